"""Finding a claim again when its article's text has changed.

A claim keeps its offsets, its quote and some context on each side; ``reanchor`` uses
them to place the claim in a cleaned or re-imported text.
"""

from __future__ import annotations

import re

_MIN_CONTEXT = 8  # context needed on both sides to find a claim whose quote was edited


def reanchor(
    text: str, quote: str, before: str, after: str, start: int, end: int
) -> tuple[int, int] | None:
    """Find a claim again in ``text``, which may have changed since it was tagged.

    The old offsets win if they still hold the quote; otherwise the occurrence of the
    quote whose surroundings best match the stored context (then the nearest to the old
    start); failing an exact occurrence, the quote with its spacing changed. None if the
    quote is gone. Failing even that, the stretch between the stored contexts when both
    are found once and it is about the quote's length. None if the claim is lost.
    """
    if not quote:
        return None
    if 0 <= start < end <= len(text) and text[start:end] == quote:
        return start, end
    spans: list[tuple[int, int]] = []
    pos = text.find(quote)
    while pos != -1:
        spans.append((pos, pos + len(quote)))
        pos = text.find(quote, pos + 1)
    if not spans:
        chars = [re.escape(ch) for ch in quote if not ch.isspace()]
        if chars and len(chars) <= 5000:
            pattern = re.compile(r"\s*".join(chars))
            spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not spans:
        return _between_context(text, quote, before, after)

    def score(span: tuple[int, int]) -> tuple[int, int]:
        s, e = span
        left = _common_suffix(text[max(0, s - len(before)) : s], before)
        right = _common_prefix(text[e : e + len(after)], after)
        return (-(left + right), abs(s - start))

    return min(spans, key=score)


def _between_context(text: str, quote: str, before: str, after: str) -> tuple[int, int] | None:
    """The one stretch of ``text`` between both stored contexts, when the quote itself was
    edited (e.g. citation marks removed); its length must stay near the quote's."""
    if len(before.strip()) < _MIN_CONTEXT or len(after.strip()) < _MIN_CONTEXT:
        return None
    found = set()
    pos = text.find(before)
    while pos != -1:
        s = pos + len(before)
        e = text.find(after, s)
        if e > s and abs((e - s) - len(quote)) <= max(10, len(quote) // 2):
            found.add((s, e))
        pos = text.find(before, pos + 1)
    return found.pop() if len(found) == 1 else None


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
