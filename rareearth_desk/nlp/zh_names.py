"""Person names written in Chinese characters, proposed only where the context supports one.

* Transliterated foreign names joined by ``·`` (米特·罗姆尼, 梅格·赖斯).
* A name followed by its English form in brackets: 梅格·赖斯(Meg Reiss) gives two
  PERSON mentions; an English form with an organisation cue gives an ORG.
* A name right after a title (国防部长辛格, 部长王文涛) or right before a speech verb
  (王文涛表示), as jieba's ``nr`` tag or a transliteration run, never a stop-list word.
"""

from __future__ import annotations

import re
from functools import cache

from rareearth_desk.nlp import lexicon, segment

Cand = tuple[int, int, str]

_SPEECH = (
    "表示|指出|称|说|认为|强调|透露|坦言|警告|直言|介绍|提到|回应|呼吁|承认|补充|写道|预计|预测"
)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    tchars = "".join(sorted(lexicon.char_set("translit_chars.txt")))
    t = f"[{re.escape(tchars)}]"
    titles = sorted(lexicon.word_set("zh_titles.txt"), key=len, reverse=True)
    return {
        "dot": re.compile(rf"{t}{{1,7}}(?:·{t}{{1,7}})+"),
        "bracket": re.compile(
            rf"(?P<zh>{t}[{re.escape(tchars)}·]{{1,14}})\((?P<en>[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){{0,3}})\)"
        ),
        "title": re.compile("(?:" + "|".join(map(re.escape, titles)) + ")"),
        "speech": re.compile(f"(?:{_SPEECH})"),
        "translit_run": re.compile(rf"{t}{{2,6}}"),
    }


# characters that end ordinary words before a speech verb, never a name
_NOT_NAME_END = set(
    "的了是在和与也都还就将会又被对把从向等们者方家国人士界媒章业府门局部司会院所员商"
)


# characters that start ordinary words after a title, never a name
_NOT_NAME_START = set("的了是在和与也都还就将会又被对把从向等们者称表指说认强透及或兼此该其这那所")


# characters after a transliteration that make it a place or a people: 阿拉伯国家
_PLACE_NEXT = set("国人族语州省市岛湾河山洲区")


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _after_title(text: str, start: int, first_len: int) -> int:
    """Start of a dotted name once a title that ends inside it is cut off (总理|夏巴兹)."""
    titles = lexicon.word_set("zh_titles.txt")
    for k in range(min(2, first_len - 1), 0, -1):
        head = text[max(0, start - 6) : start + k]
        if any(head.endswith(t) for t in titles):
            return start + k
    return start


def _ok_zh_name(word: str) -> bool:
    if word in lexicon.word_set("zh_person_stop.txt") or not 2 <= len(word) <= 4:
        return False
    single, double = lexicon.surnames()
    tchars = lexicon.char_set("translit_chars.txt")
    if word[:2] in double and len(word) >= 3:
        return True
    if word[0] in single and len(word) <= 3:
        return True
    return all(c in tchars for c in word)


def chinese_names(text: str) -> list[Cand]:
    """PERSON (and a few ORG) candidates in folded text."""
    pats = _patterns()
    cues = lexicon.word_set("en_org_cues.txt")
    stop = lexicon.word_set("zh_person_stop.txt")
    out: list[Cand] = []
    for m in pats["dot"].finditer(text):
        start = _after_title(text, m.start(), m.group().index("·"))
        if m.end() - start >= 4 and text.index("·", start) - start >= 1:
            out.append((start, m.end(), "PERSON"))
    for m in pats["bracket"].finditer(text):
        en = m.group("en")
        last = en.split()[-1]
        if last in cues:
            out.append((m.start("en"), m.end("en"), "ORG"))
            continue
        zh = m.group("zh")
        if len(en.split()) >= 2 or "·" in zh:
            out.append((m.start("en"), m.end("en"), "PERSON"))
            if zh not in stop:
                out.append((m.start("zh"), m.end("zh"), "PERSON"))
    if not segment.is_loaded():
        return out
    for m in pats["title"].finditer(text):
        nxt = text[m.end() : m.end() + 1]
        if not nxt or not _is_han(nxt) or nxt in _NOT_NAME_START:
            continue
        cand = _name_after(text, m.end())
        if cand:
            out.append(cand)
    for m in pats["speech"].finditer(text):
        if (
            m.start() < 2
            or text[m.start() - 1] in _NOT_NAME_END
            or not _is_han(text[m.start() - 1])
        ):
            continue
        cand = _name_before(text, m.start())
        if cand:
            out.append(cand)
    return out


def _name_after(text: str, pos: int) -> Cand | None:
    window = text[pos : pos + 8]
    if not window or not ("\u4e00" <= window[0] <= "\u9fff"):
        return None
    run = _patterns()["translit_run"].match(window)
    tagged = segment.pos_cut(window)
    if not tagged:
        return None
    word, tag, _ = tagged[0]
    if (
        run
        and run.end() >= max(3, len(word))
        and window[run.end() : run.end() + 1] not in _PLACE_NEXT
        and run.group() not in lexicon.word_set("zh_person_stop.txt")
    ):
        # a transliterated name of three or more characters right after a title
        return pos, pos + run.end(), "PERSON"
    if (
        tag.startswith("nr")
        and _ok_zh_name(word)
        and window[len(word) : len(word) + 1] not in _PLACE_NEXT
    ):
        if len(tagged) >= 2 and _third_char(
            word, tagged[1][0], tagged[2][0] if len(tagged) > 2 else ""
        ):
            return pos, pos + 3, "PERSON"
        return pos, pos + len(word), "PERSON"
    single, _double = lexicon.surnames()
    if len(word) == 1 and word in single and len(tagged) >= 2 and 1 <= len(tagged[1][0]) <= 2:
        # jieba split the surname off an ordinary word: 孙|海军 after 主任
        rest = tagged[1][0]
        after = tagged[2][0] if len(tagged) > 2 else ""
        if (
            all(_is_han(c) for c in rest)
            and rest[0] not in _NOT_NAME_START
            and _patterns()["speech"].match(rest) is None
        ) and (
            not after
            or after[0] in "说称表指认强透在等和与,，。:：、"
            or _patterns()["speech"].match(after) is not None
        ):
            return pos, pos + 1 + len(rest), "PERSON"
    return None


def _name_before(text: str, pos: int) -> Cand | None:
    lo = max(0, pos - 8)
    window = text[lo:pos]
    if len(window) < 2:
        return None
    tagged = segment.pos_cut(window)
    if not tagged:
        return None
    word, tag, start = tagged[-1]
    if tag.startswith("nr") and _ok_zh_name(word):
        return lo + start, pos, "PERSON"
    if len(tagged) >= 2:
        prev, ptag, pstart = tagged[-2]
        if ptag.startswith("nr") and _third_char(prev, word, "说"):
            return lo + pstart, pos, "PERSON"
    return None


def _third_char(two: str, nxt: str, after: str) -> bool:
    """jieba cut a three-character name after two (赵云|峰说): take the third character."""
    single, _double = lexicon.surnames()
    return (
        len(two) == 2
        and two[0] in single
        and len(nxt) == 1
        and _is_han(nxt)
        and nxt not in _NOT_NAME_END
        and nxt not in _NOT_NAME_START
        and (
            not after
            or after[0] in "说称表指认强透在等和与,，。:：、"
            or _patterns()["speech"].match(after) is not None
        )
    )
