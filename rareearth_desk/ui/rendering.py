"""The article as a QTextDocument, and the exact map between article offsets and Qt positions.

The document shows the article's layout blocks (headings, bullets, paragraphs from
``core.layout``) as separate text blocks; the characters between blocks (line breaks,
the `` - `` of a one-line digest summary) are not shown. ``DocMap`` converts code-point
offsets of the article to document positions (UTF-16 units plus one separator per
block) and back, through ``nlp.offsets.Utf16Map``: highlights therefore sit exactly on
their words, also after characters outside the Basic Multilingual Plane.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import (
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)


@dataclass(frozen=True, slots=True)
class Block:
    start: int
    end: int
    kind: str  # "heading", "bullet" or "para"


class _Identity:
    """Text without characters outside the BMP: code points are UTF-16 units."""

    @staticmethod
    def to_utf16(cp: int) -> int:
        return cp

    @staticmethod
    def to_cp(u16: int) -> int:
        return u16


class _Utf16Fallback:
    """Used only while nlp.offsets is not installed."""

    def __init__(self, text: str) -> None:
        self.prefix = [0]
        for ch in text:
            self.prefix.append(self.prefix[-1] + (2 if ord(ch) > 0xFFFF else 1))

    def to_utf16(self, cp: int) -> int:
        return self.prefix[cp]

    def to_cp(self, u16: int) -> int:
        i = bisect_right(self.prefix, u16) - 1
        return max(i, 0)


def _utf16_map(text: str) -> Any:
    if len(text.encode("utf-16-le")) == 2 * len(text):
        return _Identity()
    try:
        from rareearth_desk.nlp.offsets import Utf16Map
    except ImportError:
        return _Utf16Fallback(text)
    return Utf16Map(text)


def layout_of(text: str) -> tuple[list[Block], list[tuple[int, int]]]:
    """Blocks and citation spans of ``text`` (core.layout; one block a line without it)."""
    try:
        from rareearth_desk.core import layout
    except ImportError:
        layout = None
    if layout is not None:
        blocks = [Block(b.start, b.end, str(b.kind)) for b in layout.blocks(text)]
        cites = [(s, e) for s, e in layout.citation_spans(text)]
        if blocks:
            return blocks, cites
    blocks = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            blocks.append(Block(pos + lead, pos + lead + len(stripped), "para"))
        pos += len(line) + 1
    if not blocks:
        blocks = [Block(0, len(text), "para")]
    return blocks, []


class DocMap:
    """Article code points <-> document positions for one rendering."""

    def __init__(self, text: str, blocks: list[Block]) -> None:
        self.text = text
        self.blocks = blocks
        self.u16 = _utf16_map(text)
        self.cp_starts = [b.start for b in blocks]
        self.doc_starts: list[int] = []
        pos = 0
        for b in blocks:
            self.doc_starts.append(pos)
            pos += self.u16.to_utf16(b.end) - self.u16.to_utf16(b.start) + 1
        self.doc_length = max(pos - 1, 0)

    def to_doc(self, cp: int) -> int:
        i = max(bisect_right(self.cp_starts, cp) - 1, 0)
        b = self.blocks[i]
        cp = min(max(cp, b.start), b.end)
        return self.doc_starts[i] + self.u16.to_utf16(cp) - self.u16.to_utf16(b.start)

    def to_cp(self, pos: int) -> int:
        i = max(bisect_right(self.doc_starts, pos) - 1, 0)
        b = self.blocks[i]
        base = self.u16.to_utf16(b.start)
        off = min(max(pos - self.doc_starts[i], 0), self.u16.to_utf16(b.end) - base)
        return int(self.u16.to_cp(base + off))

    def block_at(self, cp: int) -> Block:
        return self.blocks[max(bisect_right(self.cp_starts, cp) - 1, 0)]


def build_document(
    doc: QTextDocument, text: str, blocks: list[Block], char_format: QTextCharFormat | None = None
) -> None:
    """Fill ``doc`` with the blocks of ``text`` (in ``char_format``): headings, bullets as a list."""
    doc.clear()
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    para = QTextBlockFormat()
    para.setBottomMargin(6)
    para.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    heading = QTextBlockFormat(para)
    heading.setTopMargin(10)
    heading.setBottomMargin(4)
    bullet = QTextBlockFormat(para)
    bullet.setBottomMargin(3)
    list_format = QTextListFormat()
    list_format.setStyle(QTextListFormat.Style.ListDisc)
    list_format.setIndent(1)
    current_list = None
    for i, b in enumerate(blocks):
        fmt = {"heading": heading, "bullet": bullet}.get(b.kind, para)
        if i == 0:
            cursor.setBlockFormat(fmt)
        else:
            cursor.insertBlock(fmt)
        if b.kind == "bullet":
            if current_list is None:
                current_list = cursor.createList(list_format)
            else:
                current_list.add(cursor.block())
        else:
            current_list = None
        if char_format is None:
            cursor.insertText(text[b.start : b.end])
        else:
            cursor.insertText(text[b.start : b.end], char_format)
    cursor.endEditBlock()
