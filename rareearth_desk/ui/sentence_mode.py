"""Sentence mode: a sentence cursor over the article that stance keys tag at once.

Sentence spans come from ``nlp.sentences.sentence_spans`` (computed on first use per
article). The cursor is drawn by the view as an extra selection, so moving it never
touches the document's formats.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Protocol


class _View(Protocol):
    def show_sentence(self, span: tuple[int, int] | None) -> None: ...

    def cursor_cp(self) -> int: ...


def sentence_spans(text: str, blocks: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Sentences of ``text``, cut at layout blocks (a digest bullet is a sentence of its own)."""
    try:
        from rareearth_desk.nlp.sentences import sentence_spans as spans
    except ImportError:
        return []
    sentences = [(s, e) for s, e in spans(text) if e > s]
    if not blocks:
        return sentences
    out: list[tuple[int, int]] = []
    starts = [b[0] for b in blocks]
    for s, e in sentences:
        i = max(bisect_right(starts, s) - 1, 0)
        while i < len(blocks) and blocks[i][0] < e:
            a, b = max(s, blocks[i][0]), min(e, blocks[i][1])
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                out.append((a, b))
            i += 1
    return out


class SentenceCursor:
    """Which sentence is current, and whether sentence mode is on."""

    def __init__(self, view: _View) -> None:
        self.view = view
        self.active = False
        self._text = ""
        self._blocks: list[tuple[int, int]] = []
        self._spans: list[tuple[int, int]] | None = None
        self.index = 0

    def reset(self, text: str, blocks: Sequence[tuple[int, int]] = ()) -> None:
        self._text = text
        self._blocks = list(blocks)
        self._spans = None
        self.index = 0
        if self.active:
            self._start_at(0)

    @property
    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = sentence_spans(self._text, self._blocks) if self._text else []
        return self._spans

    def set_active(self, on: bool) -> None:
        self.active = on
        if on:
            self._start_at(self.view.cursor_cp())
        else:
            self.view.show_sentence(None)

    def _start_at(self, cp: int) -> None:
        self.go_to(cp)

    def current(self) -> tuple[int, int] | None:
        spans = self.spans
        if not self.active or not spans:
            return None
        return spans[min(self.index, len(spans) - 1)]

    def move(self, step: int) -> None:
        if not self.spans:
            return
        self.index = min(max(self.index + step, 0), len(self.spans) - 1)
        self.view.show_sentence(self.current())

    def go_to(self, cp: int) -> None:
        spans = self.spans
        if not spans:
            self.view.show_sentence(None)
            return
        starts = [s for s, _ in spans]
        self.index = max(bisect_right(starts, cp) - 1, 0)
        self.view.show_sentence(self.current())
