"""Code points <-> UTF-16 code units: the one place where Python offsets become Qt ones.

Python counts code points; Qt counts UTF-16 units, where a character outside the Basic
Multilingual Plane (emoji, CJK Extension B such as 𠀀) takes two. ``Utf16Map`` answers
both ways in O(log n) after an O(n) scan that only records the astral characters.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class Utf16Map:
    """Offsets of one text in code points and in UTF-16 code units."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        # code-point offsets of characters that need two UTF-16 units
        self._astral = (
            [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []
        )
        # UTF-16 offset where each astral character starts
        self._astral_u16 = [cp + k for k, cp in enumerate(self._astral)]
        self.length_utf16 = self.length + len(self._astral)

    def to_utf16(self, cp: int) -> int:
        """UTF-16 offset of code-point offset ``cp`` (clamped to the text)."""
        cp = max(0, min(cp, self.length))
        return cp + bisect_left(self._astral, cp)

    def to_cp(self, u16: int) -> int:
        """Code-point offset of UTF-16 offset ``u16``; inside a surrogate pair, the pair's start."""
        u16 = max(0, min(u16, self.length_utf16))
        k = bisect_right(self._astral_u16, u16 - 1)  # astral characters starting before u16
        if k and self._astral_u16[k - 1] + 1 == u16:  # between the two halves of a pair
            return self._astral[k - 1]
        return u16 - k
