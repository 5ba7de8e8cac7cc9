"""Cell text that is safe to put in a workbook.

Every string an export writes goes through ``cell_text``: characters that XML forbids
are removed and text longer than Excel's cell limit is cut with a visible mark. Text
that a spreadsheet could take for a formula (``=``, ``+``, ``-``, ``@``, tab, carriage
return at the start) is flagged by ``looks_like_formula`` so that the writer stores it
as a string with a quote prefix; no export ever writes a formula.
"""

from __future__ import annotations

import re

CELL_LIMIT = 32_767  # Excel's maximum characters in one cell (UTF-16 code units)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# control characters XML 1.0 forbids (tab, newline and carriage return stay),
# lone surrogates and the two non-characters
ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\r": "&#13;",
        "\n": "&#10;",
        "\t": "&#9;",
    }
)


def cut_mark(removed: int) -> str:
    return f"… [cut: {removed:,} characters]"


def utf16_len(text: str) -> int:
    """Length as Excel counts it: characters outside the BMP count twice."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def strip_illegal(text: str) -> str:
    return ILLEGAL_RE.sub("", text)


def cut_to_limit(text: str, limit: int = CELL_LIMIT) -> str:
    """``text`` unchanged if it fits in ``limit`` UTF-16 units, else cut with a visible mark."""
    if len(text) * 2 <= limit or utf16_len(text) <= limit:
        return text
    total = len(text)
    # the mark's own length depends on how much is removed; two passes settle it
    keep = limit - len(cut_mark(total))
    head = _utf16_prefix(text, keep)
    mark = cut_mark(total - len(head))
    head = _utf16_prefix(text, limit - len(mark))
    return head + cut_mark(total - len(head))


def _utf16_prefix(text: str, units: int) -> str:
    """The longest prefix of ``text`` that takes at most ``units`` UTF-16 code units."""
    data = text.encode("utf-16-le")[: units * 2]
    # never end on the first half of a surrogate pair
    if len(data) >= 2 and 0xD8 <= data[-1] <= 0xDB:
        data = data[:-2]
    return data.decode("utf-16-le")


def cell_text(value: str, limit: int = CELL_LIMIT) -> str:
    """``value`` as it may be written to a cell: legal XML characters, within ``limit``."""
    if ILLEGAL_RE.search(value):
        value = ILLEGAL_RE.sub("", value)
    return cut_to_limit(value, limit)


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def xml_text(text: str) -> str:
    """Escape cell text for an XML text node (carriage returns kept as character references)."""
    if "&" in text or "<" in text or ">" in text or "\r" in text:
        return text.translate(_ESCAPES)
    return text


def xml_attr(text: str) -> str:
    """Escape a value for a double-quoted XML attribute."""
    return text.translate(_ATTR_ESCAPES)
