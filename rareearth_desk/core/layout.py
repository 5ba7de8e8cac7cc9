"""The display structure of an article's text: headings, bullets and paragraphs.

Nothing here changes the text: every block is a (start, end) range of code points into
the text exactly as stored, so claims and highlights keep their offsets. The view
decides how to draw each kind.

* English digest bodies are structured summaries squeezed onto one line:
  ``Core Insights - point [1][3] - point [3][5] Industry Overview - point ...``. The
  points are separated by " - ", and a heading is a short Title Case phrase
  (``Market Dynamics``, ``Group 1: Industry Development``) standing just before a
  " - ", after the previous point's citation marks or full stop.
* Chinese digest bodies are paragraphs joined by a space after the sentence-final mark
  (``。 ``); they are split there again. A short phrase without punctuation that opens a
  paragraph and is followed by a space (``美澳合作的局限性 2025年…``) is a heading.
* Other text: one block a line; Markdown-like ``#`` lines are headings and ``-``, ``*``,
  ``•`` or ``1.`` lines are bullets (the marks themselves stay outside the block).

``citation_spans`` finds the citation marks (``[3][12]``) so that the view can dim them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADING = "heading"
BULLET = "bullet"
PARA = "para"


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # HEADING, BULLET or PARA
    start: int
    end: int


_CITATIONS = re.compile(r"(?:\[\d{1,3}(?:\s*[,，\-–]\s*\d{1,3})*\])+")
_SEPARATOR = re.compile(r"\s+-\s+")
_BOUNDARY = re.compile(r"(?:\]\.?|[.。;；])\s+")
_WORD = r"(?:[A-Z][\w’'&/.\-]*|\d+[A-Za-z]?)"
_LINK = r"(?:and|of|the|for|in|on|to|with|vs\.?|&)"
_TITLE_PHRASE = re.compile(rf"{_WORD}(?:(?::\s+|,?\s+)(?:{_WORD}|{_LINK}(?=\s+[A-Z\d])))*:?")
_MAX_HEADING_WORDS = 8
_ZH_PARA_BREAK = re.compile(r"[。！？…][”」』\"’]?(\s+)(?=\S)")
_ZH_HEADING = re.compile(r"([^\s，,。：:；;、！？!?（）()“”\"'《》]{2,20})\s+(?=\S)")
_CJK = re.compile(r"[\u3400-\u9fff]")
_MD_HEADING = re.compile(r"#{1,6}\s+")
_MD_BULLET = re.compile(r"(?:[-*•·]|\d{1,3}[.)、])\s+")


def citation_spans(text: str) -> list[tuple[int, int]]:
    """Ranges of runs of citation marks such as ``[3]`` or ``[3][12]``."""
    return [m.span() for m in _CITATIONS.finditer(text)]


def blocks(text: str) -> list[Block]:
    """Headings, bullets and paragraphs of a text, in order, as code-point ranges."""
    out: list[Block] = []
    pos = 0
    for line in text.split("\n"):
        start, end = _trim(text, pos, pos + len(line))
        pos += len(line) + 1
        if start >= end:
            continue
        out.extend(_structured(text, start, end) or _plain_line(text, start, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_heading(phrase: str) -> bool:
    if not _TITLE_PHRASE.fullmatch(phrase):
        return False
    words = phrase.replace(":", " ").split()
    return 0 < len(words) <= _MAX_HEADING_WORDS and not phrase.endswith(".")


def _heading_suffix(text: str, start: int, end: int) -> int | None:
    """Start of the longest Title Case phrase that ends the segment, after a boundary."""
    segment = text[start:end]
    for b in [0] + [m.end() for m in _BOUNDARY.finditer(segment)]:
        if _is_heading(segment[b:].strip()):
            return start + b
    return None


def _structured(text: str, start: int, end: int) -> list[Block]:
    """Blocks of a one-line structured summary, or [] when the line is not one."""
    line = text[start:end]
    seps = list(_SEPARATOR.finditer(line))
    if len(seps) < 2 or _CJK.search(line[:200]) and len(_CJK.findall(line)) > len(line) // 4:
        return []
    bounds = [start] + [start + m.end() for m in seps]
    ends = [start + m.start() for m in seps] + [end]
    out: list[Block] = []
    headings = 0
    for k, (s, e) in enumerate(zip(bounds, ends, strict=True)):
        is_last = k == len(seps)
        h = None if is_last else _heading_suffix(text, s, e)
        body_end = e if h is None else h
        bs, be = _trim(text, s, body_end)
        if bs < be:
            out.append(Block(BULLET if k > 0 else PARA, bs, be))
        if h is not None:
            hs, he = _trim(text, h, e)
            if he > hs and text[he - 1] == ":":
                he -= 1
            out.append(Block(HEADING, hs, he))
            headings += 1
    return out if headings else []


def _plain_line(text: str, start: int, end: int) -> list[Block]:
    m = _MD_HEADING.match(text, start, end)
    if m:
        return [Block(HEADING, m.end(), end)]
    m = _MD_BULLET.match(text, start, end)
    if m and m.end() < end:
        return [Block(BULLET, m.end(), end)]
    if not _CJK.search(text, start, end):
        return [Block(PARA, start, end)]
    out: list[Block] = []
    para_start = start
    breaks = [m.span(1) for m in _ZH_PARA_BREAK.finditer(text, start, end)]
    for s, e in [*breaks, (end, end)]:
        out.extend(_zh_paragraph(text, para_start, s))
        para_start = e
    return out


def _zh_paragraph(text: str, start: int, end: int) -> list[Block]:
    """A Chinese paragraph, split into heading and paragraph when it opens with a heading."""
    m = _ZH_HEADING.match(text, start, end)
    if m and _CJK.search(m.group(1)) and end - m.end() >= 20:
        return [Block(HEADING, m.start(1), m.end(1)), Block(PARA, m.end(), end)]
    return [Block(PARA, start, end)] if start < end else []
