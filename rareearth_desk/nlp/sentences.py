"""Sentences, claim suggestions and word snapping for Chinese and English text.

* ``sentence_spans``: Chinese ends at 。！？；(closing quotes and brackets included),
  English at . ! ? followed by space, except after abbreviations (U.S., Dr., Inc.,
  e.g.) and initials; decimals never end a sentence; a line break always does. In the
  digests' English summaries, citation marks ([3][12]) and " - " between items end one.
* ``suggest_claims``: sentences with numbers, attributions (称, 表示, 指出, 认为,
  according to, said, says) or predictions (将, 预计, 有望, expected, will, forecast).
* ``snap_to_words``: a selection widened to whole words (jieba for Chinese when it is
  loaded, word characters for English) and trimmed of surrounding spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = {
    "u.s", "u.k", "u.n", "e.u", "dr", "mr", "mrs", "ms", "prof", "inc", "ltd", "corp", "co",
    "jr", "sr", "st", "no", "vs", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "dept", "approx",
    "est", "fig", "p.m", "a.m", "mt", "ft", "n.a", "govt",
}  # fmt: skip
_ZH_END = "。！？；!?"
_CLOSERS = "”’」』）)】》\"'"
_EN_END = re.compile(r"[.!?](?=[" + re.escape(_CLOSERS) + r"]*(?:\s|$))")
_ZH_END_RX = re.compile(
    f"[{re.escape(_ZH_END)}]+[{re.escape(_CLOSERS)}]*|\\n+"
    f"|[.!?][{re.escape(_CLOSERS)}]*(?:\\[\\d+\\])*(?=\\s|$)|\\.{{3}}|…+"
    r"|(?:\[\d+\])+(?=\s)|(?P<bullet>\s-\s(?=[A-Z\"“]))"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


@dataclass(frozen=True)
class Suggestion:
    start: int
    end: int
    reason: str


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, surrounding whitespace excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _ZH_END_RX.finditer(text):
        if m.group("bullet"):
            # the " - " between items of a structured summary
            _add(text, start, m.start(), spans)
            start = m.end()
            continue
        end = m.end()
        if m.group()[0] == "." and not m.group().startswith("..."):
            if not _english_break(text, m.start()):
                continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def _english_break(text: str, dot: int) -> bool:
    before = _WORD_BEFORE.search(text[max(0, dot - 12) : dot])
    if before:
        word = before.group(1).lower()
        if word in _ABBREV or len(word) == 1 or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
            return False
    nxt = text[dot + 1 : dot + 4].lstrip("".join(_CLOSERS)).lstrip()
    return not (nxt and nxt[0].islower())


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


_NUMBER = re.compile(r"\d|[一二两三四五六七八九十百千万亿]+(?:[%吨种家个]|美元|亿|万|成)")
_ATTRIB = re.compile(
    r"称|表示|指出|认为|写道|透露|强调|坦言|据.{0,12}(?:报道|消息|数据)|"
    r"\b(?:according to|said|says|say|told|stated|noted|argued|warned|claims?|reported)\b",
    re.IGNORECASE,
)
_PREDICT = re.compile(
    r"将|预计|有望|预期|预测|计划|势必|或将|可能会|"
    r"\b(?:will|expected|expects|forecasts?|projected|likely|plans? to|aims? to|set to|"
    r"could|would|by 20\d\d)\b",
    re.IGNORECASE,
)


def suggest_claims(text: str) -> list[Suggestion]:
    """Sentences worth marking as claims, with the reasons (number, attribution, prediction)."""
    out: list[Suggestion] = []
    for s, e in sentence_spans(text):
        sent = text[s:e]
        if len(sent) < 6:
            continue
        reasons = [
            name
            for name, rx in (
                ("number", _NUMBER),
                ("attribution", _ATTRIB),
                ("prediction", _PREDICT),
            )
            if rx.search(sent)
        ]
        if reasons:
            out.append(Suggestion(s, e, ", ".join(reasons)))
    return out


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() and ch.isascii() or ch in "_'-" or (ch.isalpha() and not _is_cjk(ch))


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole words and trim spaces; offsets in code points."""
    n = len(text)
    start, end = max(0, min(start, n)), max(0, min(end, n))
    if start > end:
        start, end = end, start
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # English words
    while 0 < start < n and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
        start -= 1
    while 0 < end < n and _is_word_char(text[end - 1]) and _is_word_char(text[end]):
        end += 1
    # Chinese words (jieba, on a window around each edge)
    if (start < n and _is_cjk(text[start])) or (end > 0 and _is_cjk(text[end - 1])):
        from rareearth_desk.nlp import segment

        if segment.is_loaded():
            start = _snap_cjk(text, start, left=True)
            end = _snap_cjk(text, end, left=False)
    return start, end


def _snap_cjk(text: str, pos: int, left: bool) -> int:
    from rareearth_desk.nlp import segment

    lo = max(0, pos - 8)
    hi = min(len(text), pos + 8)
    for s, e in segment.words(text[lo:hi]):
        s, e = s + lo, e + lo
        if s < pos < e:
            return s if left else e
    return pos
