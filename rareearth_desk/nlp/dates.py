"""Dates: absolute dates, months and years as a careful reader marks them.

Marked: 2025年10月20日, 2025年10月, 11月29日, 29日, 10月, 2026年 (also 2026年上半年,
2026年第三季度), 2025-11-30, October 20, 2025, 20 October 2025, Oct. 20, August 2025,
August, and a year written alone in English text (by **2030**, in **2024**, **1990s**).
Not marked: relative dates (今年, 去年, 一年后, last year), durations (13年, 14 days),
times of day, and a year's surrounding words (by, 底, 前): the span is the date itself.
"""

from __future__ import annotations

import re

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"

_ZH_DATE = re.compile(
    r"(?<!\d)(?:"
    r"(?:\d{4}|[〇零一二三四五六七八九]{4})年度?(?:(?:1[0-2]|0?[1-9])月(?:份|(?:[12]\d|3[01]|0?[1-9])[日号])?"
    r"|上半年|下半年|第?[一二三四1-4]季度|[初中底末])?"
    r"|(?:(?:1[0-2]|0?[1-9])[-~至到])?(?:1[0-2]|0?[1-9])月(?:份|(?:[12]\d|3[01]|0?[1-9])[日号])?"
    r"|(?:[12]\d|3[01]|0?[1-9])[日号](?![元本语文子常益报])"
    r")"
)
_ISO = re.compile(
    r"(?<![\d.])(?:" + _YEAR + r")([-/.])(?:1[0-2]|0?[1-9])\1(?:[12]\d|3[01]|0?[1-9])(?!\d)"
)
_EN_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\s+{_DAY}(?:,?\s+{_YEAR})?(?![\d,]\d)"
    rf"|{_DAY}\s+(?:{_MONTHS})(?:,?\s+{_YEAR})?"
    rf"|(?:{_MONTHS})\s+(?:of\s+)?{_YEAR}"
    rf"|(?:January|February|March|April|June|July|August|September|October|November|December))"
    rf"(?![A-Za-z])"
)
_EN_MAY = re.compile(
    r"\b(?:in|by|since|until|from|early|late|mid|end of|In|By|Since|Until)\s+(?P<y>May)\b"
)
_EN_YEAR = re.compile(rf"(?<![\w.,$€£¥₹/:#-])(?:mid-)?(?P<y>{_YEAR})(?:s|'s)?(?![\w%$/:]|[.,]\d)")
_EN_YEAR_RANGE_END = re.compile(rf"(?<=\d{{4}}[-–])(?P<y>{_YEAR})(?![\w%]|[.,]\d)")

_YEAR_TRIM = re.compile(r"\d年[初中底末]$|[〇零一二三四五六七八九]年[初中底末]$")


def find_dates(text: str) -> list[tuple[int, int]]:
    """(start, end) of dates in ``text`` (folded: ASCII digits, simplified characters)."""
    out: list[tuple[int, int]] = []
    for m in _ZH_DATE.finditer(text):
        s, e = m.span()
        if _YEAR_TRIM.search(m.group()):
            e -= 1
        out.append((s, e))
    for m in _ISO.finditer(text):
        out.append(m.span())
    for m in _EN_DATE.finditer(text):
        out.append(m.span())
    for rx in (_EN_YEAR, _EN_YEAR_RANGE_END, _EN_MAY):
        for m in rx.finditer(text):
            s, e = m.start("y"), m.end()
            out.append((s, e))
    return out
