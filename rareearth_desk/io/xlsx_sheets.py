"""The big sheets of the workbook: Claims, Articles and Entities.

Each is a ``SheetSeries``: a run of ``StreamSheet`` files that continues on a second
sheet ("Claims (2)") when the row limit is reached. This module decides their columns,
widths, looks and row heights; ``export_excel`` feeds them one article at a time.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rareearth_desk.io.export_rows import (
    ARTICLE_HEADERS,
    ARTICLE_KEYS,
    ENTITY_HEADERS,
    ClaimColumns,
    header,
)
from rareearth_desk.io.xlsx_stream import (
    EXCEL_ROW_LIMIT,
    PresetPool,
    StreamSheet,
    Styled,
    StylePool,
    StyleSpec,
)

DATE_FORMAT = "yyyy-mm-dd hh:mm"
LINE_HEIGHT = 15.0
MAX_LINES = 8


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str
    width: float
    kind: str = "text"  # text, wrap, int, date, flag, link


def sheet_ref(title: str, row: int, column: str = "A") -> str:
    """An internal location such as Articles!A12 ('Claims (2)'!A3 when quoting is needed)."""
    name = title if title.isalnum() else "'" + title.replace("'", "''") + "'"
    return f"{name}!{column}{row}"


def display_width(text: str) -> int:
    """Rough width in Latin characters: wide (CJK) characters count two."""
    return (len(text.encode("utf-8")) + len(text)) // 2 if not text.isascii() else len(text)


def wrapped_lines(text: str, width: float, limit: int = 0) -> int:
    """About how many lines ``text`` takes in a wrapped column ``width`` characters wide.

    With a ``limit``, counting stops once it is reached (row heights are capped anyway).
    """
    room = max(width * 1.1 - 1, 4)  # a column of width w holds a little more than w letters
    if "\n" not in text and (len(text) <= room / 2 or (len(text) <= room and text.isascii())):
        return 1
    lines = 0
    for para in text[:3000].split("\n"):
        if " " not in para:
            lines += max(1, math.ceil(display_width(para) / room))
        else:
            narrow = para.isascii()
            used, n = 0.0, 1
            for w in para.split(" "):
                size = len(w) if narrow else display_width(w)
                if used and used + 1 + size > room:
                    n += 1
                    used = 0.0
                    if limit and lines + n >= limit:
                        return limit
                used += (1 if used else 0) + size
                while used > room:  # a word longer than the line breaks anywhere
                    n += 1
                    used -= room
            lines += n
        if limit and lines >= limit:
            return limit
    return lines


class SheetSeries:
    """One logical sheet written as one or more worksheets of at most ``row_limit`` rows."""

    def __init__(
        self,
        title: str,
        columns: Sequence[Column],
        pool: StylePool | PresetPool,
        parts: Path,
        *,
        row_limit: int = EXCEL_ROW_LIMIT,
        validations: Sequence[tuple[int, str]] = (),
    ) -> None:
        if row_limit < 2:
            raise ValueError("row_limit must leave room for a header and a row")
        self.title = title
        self.columns = list(columns)
        self.parts = parts
        self.row_limit = row_limit
        self.validations = list(validations)
        self.sheets: list[tuple[str, StreamSheet]] = []
        self.rows = 0  # data rows over all parts
        specs = [self._spec(c.kind) for c in self.columns]
        self._styles = [pool.id(s) for s in specs]
        self._quote = [pool.id(_with_quote(s)) for s in specs]
        self._header = [pool.id(StyleSpec(bold=True, wrap=True, fill="dde4ee")) for _ in columns]
        self._wrap = [i for i, c in enumerate(self.columns) if c.kind == "wrap"]
        self._plain = pool.id(StyleSpec())
        self._lines: dict[tuple[int, str], int] = {}  # wrapped lines of short texts
        self._sheet: StreamSheet | None = None

    @staticmethod
    def _spec(kind: str) -> StyleSpec:
        if kind == "wrap":
            return StyleSpec(wrap=True)
        if kind == "date":
            return StyleSpec(number_format=DATE_FORMAT)
        if kind == "link":
            return StyleSpec(link=True)
        return StyleSpec()

    def _open(self) -> StreamSheet:
        n = len(self.sheets) + 1
        title = self.title if n == 1 else f"{self.title} ({n})"
        sheet = StreamSheet(
            self.parts / f"{self.title.lower()}-{n}.xml",
            [c.width for c in self.columns],
            self._styles,
            self._quote,
        )
        sheet.validations = list(self.validations)
        sheet.plain_style = self._plain
        lines = min(5, max((wrapped_lines(c.header, c.width) for c in self.columns), default=1))
        sheet.append(
            [Styled(c.header, s) for c, s in zip(self.columns, self._header, strict=True)],
            LINE_HEIGHT * lines + 3 if lines > 1 else None,
        )
        self.sheets.append((title, sheet))
        self._sheet = sheet
        return sheet

    def next_position(self) -> tuple[str, int]:
        """Sheet title and row number the next ``append`` will write to."""
        sheet = self._sheet
        if sheet is None or sheet.rows >= self.row_limit:
            sheet = self._open()
        return self.sheets[-1][0], sheet.rows + 1

    def append(self, values: list[Any]) -> None:
        sheet = self._sheet
        if sheet is None or sheet.rows >= self.row_limit:
            sheet = self._open()
        sheet.append(values, self._height(values) if self._wrap else None)
        self.rows += 1

    def append_plain(self, rows: Sequence[Sequence[Any]]) -> None:
        """``append`` for many rows of plain values (int, float, str, None) in a sheet
        without wrapped columns: the fast path of the Entities sheet."""
        if self._wrap:
            raise ValueError("plain rows need a sheet without wrapped columns")
        pos = 0
        while pos < len(rows):
            sheet = self._sheet
            if sheet is None or sheet.rows >= self.row_limit:
                sheet = self._open()
            room = self.row_limit - sheet.rows
            part = rows[pos : pos + room]
            sheet.append_plain(part)
            self.rows += len(part)
            pos += len(part)

    def _height(self, values: list[Any]) -> float | None:
        lines = 1
        known = self._lines
        for i in self._wrap:
            v = values[i]
            if isinstance(v, Styled):
                v = v.value
            if isinstance(v, str) and v:
                n = known.get((i, v))
                if n is None:
                    n = wrapped_lines(v, self.columns[i].width, MAX_LINES)
                    if len(v) <= 300:  # titles repeat on every claim of their article
                        if len(known) > 10_000:
                            known.clear()
                        known[(i, v)] = n
                if n > lines:
                    lines = n
                    if lines >= MAX_LINES:
                        break
        return LINE_HEIGHT * min(lines, MAX_LINES) if lines > 1 else None

    def close(self) -> list[tuple[str, StreamSheet]]:
        if not self.sheets:
            self._open()
        for _, sheet in self.sheets:
            sheet.close()
        return self.sheets

    def discard(self) -> None:
        for _, sheet in self.sheets:
            sheet.discard()


def _with_quote(spec: StyleSpec) -> StyleSpec:
    return StyleSpec(
        bold=spec.bold,
        wrap=spec.wrap,
        fill=spec.fill,
        colour=spec.colour,
        number_format=spec.number_format,
        quote=True,
        link=spec.link,
    )


CLAIM_WIDTHS = {
    "claim_id": (9, "int"),
    "article_id": (9, "link"),
    "title": (34, "wrap"),
    "source": (14, "text"),
    "published": (16, "date"),
    "claim": (60, "wrap"),
    "stance": (12, "text"),
    "topics": (26, "wrap"),
    "note": (28, "wrap"),
    "annotator": (12, "text"),
    "created": (16, "date"),
    "updated": (16, "date"),
    "start": (8, "int"),
    "end": (8, "int"),
    "entities": (34, "wrap"),
}


def claim_columns(cols: ClaimColumns) -> list[Column]:
    out = []
    for key, head in zip(cols.keys, cols.headers, strict=True):
        width, kind = CLAIM_WIDTHS.get(key, (14, "flag"))
        out.append(Column(key, head, width, kind))
    return out


ARTICLE_WIDTHS = {
    "id": (8, "int"),
    "title": (50, "wrap"),
    "source": (16, "text"),
    "published": (16, "date"),
    "url": (30, "text"),
    "lang": (9, "text"),
    "collection": (16, "text"),
    "excerpt": (9, "text"),  # yes / no
    "chars": (10, "int"),
    "claims": (8, "int"),
    "status": (10, "text"),
    "annotators": (20, "text"),
}


def article_columns(lang: str) -> list[Column]:
    return [Column(k, header(ARTICLE_HEADERS, k, lang), *ARTICLE_WIDTHS[k]) for k in ARTICLE_KEYS]


ENTITY_WIDTHS = {
    "article_id": (9, "int"),
    "title": (40, "text"),
    "text": (24, "text"),
    "type": (11, "text"),
    "count": (8, "int"),
    "value": (14, "text"),
    "unit": (10, "text"),
}


def entity_columns(lang: str) -> list[Column]:
    return [Column(k, header(ENTITY_HEADERS, k, lang), *ENTITY_WIDTHS[k]) for k in ENTITY_HEADERS]


def light(colour: str, share: float = 0.22) -> str:
    """``colour`` ("#rrggbb") mixed with white: a fill that dark text reads well on."""
    r, g, b = _rgb(colour)
    mix = [round(c * share + 255 * (1 - share)) for c in (r, g, b)]
    return "".join(f"{c:02x}" for c in mix)


def dark(colour: str, factor: float = 0.55) -> str:
    """``colour`` darkened for text on its light fill."""
    return "".join(f"{round(c * factor):02x}" for c in _rgb(colour))


def _rgb(colour: str) -> tuple[int, int, int]:
    c = colour.lstrip("#")
    if len(c) != 6:
        return (153, 153, 153)
    try:
        return (int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16))
    except ValueError:
        return (153, 153, 153)
