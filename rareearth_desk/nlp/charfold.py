"""A one-for-one character folding used for matching, so that offsets never move.

Traditional characters become simplified (table in ``resources/nlp/t2s_chars.tsv``),
full-width ASCII becomes ASCII, the middle-dot variants of foreign names become ``·``
and curly apostrophes become ``'``. ``fold(text)`` always has ``len(text)`` code points,
so a span found in the folded text is the same span of the original.
"""

from __future__ import annotations

import threading

from rareearth_desk import paths

_lock = threading.Lock()
_table: dict[int, str] | None = None

_EXTRA = {
    "•": "·",
    "・": "·",
    "‧": "·",
    "∙": "·",
    "･": "·",
    "’": "'",
    "‘": "'",
    "\u3000": " ",
    "\u00a0": " ",
    "－": "-",
    "–": "-",
    "—": "-",
    "～": "~",
}


def _build() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII block
        table[code] = chr(code - 0xFEE0)
    table[ord("，")] = "，"  # the Chinese comma stays a Chinese comma
    table[ord("（")] = "("
    table[ord("）")] = ")"
    for src, dst in _EXTRA.items():
        table[ord(src)] = dst
    path = paths.resource("nlp", "t2s_chars.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1 and len(parts[1]) == 1:
            table[ord(parts[0])] = parts[1]
    return table


def table() -> dict[int, str]:
    """The translation table (loaded once)."""
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                _table = _build()
    return _table


def fold(text: str) -> str:
    """``text`` with each character folded; same length, same offsets."""
    return text.translate(table())
