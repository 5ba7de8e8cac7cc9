"""Fast streaming worksheets inside an openpyxl write-only workbook.

openpyxl's write-only cells cost several microseconds each, too slow for 100,000 claims
of thirty columns. ``StreamSheet`` writes a worksheet's XML straight to a file, row by
row (inline strings, numbers, dates as serial numbers, never a formula), and
``attach_sheet`` hands the finished file to openpyxl, which packs it with the styles,
the other sheets and the charts it writes itself. Cell styles are registered with the
workbook through ``StylePool`` so that the ids in the XML are the ids in styles.xml.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import WorksheetWriter

from rareearth_desk.io.xlsx_safe import (
    FORMULA_STARTS,
    ILLEGAL_RE,
    cell_text,
    looks_like_formula,
    xml_attr,
    xml_text,
)

EXCEL_ROW_LIMIT = 1_048_576
LINK_LIMIT = 65_000  # Excel repairs (drops) a sheet's hyperlinks past about 65,530
_EPOCH = datetime(1899, 12, 30)
_DAY = timedelta(days=1)
_SPACES = frozenset(" \t\n\r")
FORMULA_FIRST = frozenset(FORMULA_STARTS)
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass(frozen=True, slots=True)
class StyleSpec:
    """What a cell looks like; ``StylePool`` turns it into a workbook style id."""

    bold: bool = False
    wrap: bool = False
    fill: str = ""  # "rrggbb" background
    colour: str = ""  # "rrggbb" text colour
    number_format: str = ""
    quote: bool = False  # quote prefix: the cell is text even if it looks like a formula
    link: bool = False  # blue underlined text


class StylePool:
    """Style ids of one workbook, registered on first use."""

    def __init__(self, ws: Any) -> None:
        self._ws = ws
        self._ids: dict[StyleSpec, int] = {}

    def snapshot(self) -> dict[StyleSpec, int]:
        """The ids registered so far, for a writer in another process (``PresetPool``)."""
        return dict(self._ids)

    def id(self, spec: StyleSpec) -> int:
        found = self._ids.get(spec)
        if found is not None:
            return found
        cell = self.cell(None, spec)
        style_id = int(cell.style_id)
        self._ids[spec] = style_id
        return style_id

    def cell(self, value: Any, spec: StyleSpec) -> WriteOnlyCell:
        """An openpyxl write-only cell with this look (for the small sheets); text stays text."""
        is_text = isinstance(value, str)
        if is_text:
            value = cell_text(value)
            if looks_like_formula(value) and not spec.quote:
                return self.cell(value, replace(spec, quote=True))
        cell = WriteOnlyCell(self._ws, value)
        if is_text:
            cell.data_type = "s"  # never a formula or an error value
        if spec.bold or spec.colour or spec.link:
            cell.font = Font(
                bold=spec.bold,
                color=spec.colour or ("0563C1" if spec.link else None),
                underline="single" if spec.link else None,
            )
        if spec.wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        else:
            cell.alignment = Alignment(vertical="top")
        if spec.fill:
            cell.fill = PatternFill("solid", fgColor=spec.fill)
        if spec.number_format:
            cell.number_format = spec.number_format
        if spec.quote:
            cell.quotePrefix = True
        return cell


class PresetPool:
    """Style ids fixed in advance by a ``StylePool`` of the workbook (its ``snapshot``).

    A sheet written in a second process asks for the same looks as the workbook's own
    pool and gets the same ids; a look that was not registered beforehand is a bug.
    """

    def __init__(self, ids: dict[StyleSpec, int]) -> None:
        self._ids = dict(ids)

    def id(self, spec: StyleSpec) -> int:
        try:
            return self._ids[spec]
        except KeyError:
            raise KeyError(
                f"style not registered before the sheet was handed over: {spec}"
            ) from None


@dataclass(frozen=True, slots=True)
class SheetFile:
    """A finished sheet's XML file and what the workbook needs to know of it."""

    path: Path
    ref: str
    rows: int
    cut: int
    links: int
    links_left_out: int


class Styled:
    """A value with its own style id (overrides the column's style for one cell)."""

    __slots__ = ("value", "style", "link")

    def __init__(self, value: Any, style: int, link: str = "") -> None:
        self.value = value
        self.style = style
        self.link = link  # internal location such as "Articles!A12"


def excel_serial(value: datetime | date) -> float:
    """Days since 1899-12-30, the way Excel stores dates (time of day as the fraction)."""
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    elif value.tzinfo is not None:
        value = value.replace(tzinfo=None)
    return (value - _EPOCH) / _DAY


class StreamSheet:
    """One worksheet written row by row to ``path``.

    ``styles[i]`` is the style id of column i; ``quote_styles[i]`` the same look with a
    quote prefix, used for text that starts like a formula. Validations are
    ``(column index, formula)`` pairs applied to every data row at ``close``.
    """

    def __init__(
        self,
        path: Path,
        widths: Sequence[float],
        styles: Sequence[int],
        quote_styles: Sequence[int],
        *,
        freeze: bool = True,
        landscape: bool = True,
    ) -> None:
        self.path = path
        self.ncols = len(widths)
        self._letters = [get_column_letter(i + 1) for i in range(self.ncols)]
        self._styles = list(styles)
        self._quote = list(quote_styles)
        self._links_path = path.with_suffix(".links")
        self._links = open(self._links_path, "w", encoding="utf-8")
        self._out = open(path, "w", encoding="utf-8")
        self._landscape = landscape
        self.rows = 0
        self.cut = 0  # cells cut at the cell limit
        self.links = 0
        self.links_left_out = 0
        self.plain_style = 0  # the look of a link cell past LINK_LIMIT
        self._frags: dict[str, tuple[bool, str]] = {}
        # pieces of a cell's XML around its row number, for ``append_plain``
        self._cell_at = [f'<c r="{letter}' for letter in self._letters]
        self._num_mid = [f'" s="{s}"><v>' for s in self._styles]
        self._str_mid = [f'" s="{s}" t="inlineStr"><is>' for s in self._styles]
        self._quote_mid = [f'" s="{s}" t="inlineStr"><is>' for s in self._quote]
        self._tails: dict[tuple[int, Any], str] = {}
        self.validations: list[tuple[int, str]] = []
        head = [
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
            f'<worksheet xmlns="{_NS}" xmlns:r="{_NS_R}">',
            '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
            '<sheetViews><sheetView workbookViewId="0">',
        ]
        if freeze:
            head.append(
                '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
            )
        head.append('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>')
        for i, w in enumerate(widths, 1):
            head.append(f'<col min="{i}" max="{i}" width="{w:.1f}" customWidth="1"/>')
        head.append("</cols><sheetData>")
        self._out.write("".join(head))

    def append(self, values: Sequence[Any], height: float | None = None) -> None:
        """Write one row; ``values`` aligned with the columns (None or "" = empty cell)."""
        self.rows += 1
        r = self.rows
        parts = [
            f'<row r="{r}" ht="{height:.1f}" customHeight="1">' if height else f'<row r="{r}">'
        ]
        add = parts.append
        frags = self._frags
        styles = self._styles
        letters = self._letters
        for i, value in enumerate(values):
            t = type(value)
            if t is int:  # most cells: ids, offsets, 0/1 topic flags
                add(f'<c r="{letters[i]}{r}" s="{styles[i]}"><v>{value}</v></c>')
                continue
            if value is None or value == "":
                continue
            style = styles[i]
            if t is Styled:
                style = value.style
                if value.link:
                    if self.links < LINK_LIMIT:
                        self.links += 1
                        self._links.write(
                            f'<hyperlink ref="{letters[i]}{r}" location="{xml_attr(value.link)}"/>'
                        )
                    else:
                        self.links_left_out += 1
                        style = self.plain_style
                value = value.value
                t = type(value)
                if value is None or value == "":
                    continue
            if t is str:
                known = frags.get(value)
                if known is None:
                    known = self._fragment(value)
                    if known is None:
                        continue
                    if len(value) <= 200:  # titles, sources, labels, entities repeat
                        if len(frags) > 50_000:
                            frags.clear()
                        frags[value] = known
                if known[0] and style == styles[i]:
                    style = self._quote[i]
                add(f'<c r="{letters[i]}{r}" s="{style}" t="inlineStr"><is>{known[1]}</is></c>')
            elif t is datetime or t is date:
                add(f'<c r="{letters[i]}{r}" s="{style}"><v>{excel_serial(value)!r}</v></c>')
            elif t is bool:
                add(f'<c r="{letters[i]}{r}" s="{style}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, int | float):
                add(f'<c r="{letters[i]}{r}" s="{style}"><v>{value!r}</v></c>')
            else:
                text = xml_text(cell_text(str(value)))
                add(f'<c r="{letters[i]}{r}" s="{style}" t="inlineStr"><is><t>{text}</t></is></c>')
        add("</row>")
        self._out.write("".join(parts))

    def append_plain(self, rows: Sequence[Sequence[Any]]) -> None:
        """``append`` for many rows of plain values (int, float, str, None) in the
        columns' own looks: the same XML, in one write and with each distinct cell's XML
        made once, for sheets of millions of rows."""
        tails = self._tails
        cell_at = self._cell_at
        out: list[str] = []
        add = out.append
        r = self.rows
        for values in rows:
            r += 1
            rs = str(r)
            add(f'<row r="{rs}">')
            for i, value in enumerate(values):
                if value is None or value == "":
                    continue
                key = (i, value)
                tail = tails.get(key)
                if tail is None:
                    tail = self._tail(i, value)
                    if tail is None:
                        continue
                    if type(value) is not str or len(value) <= 200:  # ids, types, names repeat
                        if len(tails) > 100_000:
                            tails.clear()
                        tails[key] = tail
                add(f"{cell_at[i]}{rs}{tail}")
            add("</row>")
        self.rows = r
        self._out.write("".join(out))

    def _tail(self, i: int, value: Any) -> str | None:
        """A plain cell's XML after its reference (``<c r="B7``); None for an empty cell."""
        t = type(value)
        if t is str:
            known = self._fragment(value)
            if known is None:
                return None
            mid = self._quote_mid[i] if known[0] else self._str_mid[i]
            return f"{mid}{known[1]}</is></c>"
        if t is int:
            return f"{self._num_mid[i]}{value}</v></c>"
        if t is float:
            return f"{self._num_mid[i]}{value!r}</v></c>"
        raise TypeError(f"append_plain takes int, float, str or None, not {t.__name__}")

    def _fragment(self, value: str) -> tuple[bool, str] | None:
        """(looks like a formula, the <t> element) of a text cell; None if nothing is left."""
        if len(value) < 8_000 and not ILLEGAL_RE.search(value):
            text = value
        else:
            text = cell_text(value)
            if len(text) < len(value) and text.endswith("characters]"):
                self.cut += 1
            if not text:
                return None
        space = ' xml:space="preserve"' if text[0] in _SPACES or text[-1] in _SPACES else ""
        return text[0] in FORMULA_FIRST, f"<t{space}>{xml_text(text)}</t>"

    @property
    def ref(self) -> str:
        return f"A1:{self._letters[-1]}{max(self.rows, 1)}"

    def close(self) -> None:
        """Finish the XML: autofilter, validations, hyperlinks, page set-up."""
        out = self._out
        out.write("</sheetData>")
        last = max(self.rows, 2)
        out.write(f'<autoFilter ref="{self.ref}"/>')
        if self.validations and self.rows > 1:
            out.write(f'<dataValidations count="{len(self.validations)}">')
            for col, formula in self.validations:
                letter = self._letters[col]
                out.write(
                    '<dataValidation type="list" allowBlank="1" showInputMessage="1" '
                    f'showErrorMessage="1" sqref="{letter}2:{letter}{last}">'
                    f"<formula1>{xml_text(formula)}</formula1></dataValidation>"
                )
            out.write("</dataValidations>")
        self._links.close()
        if self._links_path.stat().st_size:
            out.write("<hyperlinks>")
            with open(self._links_path, encoding="utf-8") as links:
                while chunk := links.read(1 << 20):
                    out.write(chunk)
            out.write("</hyperlinks>")
        out.write(
            '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>'
        )
        orientation = "landscape" if self._landscape else "portrait"
        out.write(f'<pageSetup orientation="{orientation}" fitToWidth="1" fitToHeight="0"/>')
        out.write("</worksheet>")
        out.close()
        os.remove(self._links_path)

    def finished(self) -> SheetFile:
        """What ``attach_sheet`` and the report need, once ``close`` has run."""
        return SheetFile(self.path, self.ref, self.rows, self.cut, self.links, self.links_left_out)

    def discard(self) -> None:
        for f in (self._out, self._links):
            f.close()


class _Prewritten:
    """Stands in for openpyxl's worksheet writer: the XML is already in ``out``."""

    def __init__(self, out: Path) -> None:
        from openpyxl.packaging.relationship import RelationshipList

        self.out = str(out)
        self._rels = RelationshipList()

    def cleanup(self) -> None:
        pass  # the export's parts folder is removed as a whole


def attach_sheet(wb: Any, title: str, sheet: StreamSheet | SheetFile) -> Any:
    """Add a finished ``StreamSheet`` to write-only workbook ``wb`` under ``title``."""
    ws = wb.create_sheet(title)
    ws._writer = _Prewritten(sheet.path)
    ws._WriteOnlyWorksheet__saved = True  # openpyxl packs ws._writer.out as it is
    ws.auto_filter.ref = sheet.ref
    ws.print_title_rows = "1:1"
    return ws


class _PartsWriter(WorksheetWriter):  # type: ignore[misc]
    """openpyxl's writer with its scratch file in the export's parts folder."""

    def cleanup(self) -> None:
        if os.path.exists(self.out):
            os.remove(self.out)


def openpyxl_sheet(wb: Any, title: str, parts: Path) -> Any:
    """A normal write-only sheet whose scratch file lives in ``parts`` (not the system temp)."""
    from openpyxl.worksheet.properties import PageSetupProperties

    ws = wb.create_sheet(title)
    ws._writer = _PartsWriter(ws, out=str(parts / f"sheet{len(wb.worksheets)}.xml"))
    # printed (or converted to PDF) one page wide, so charts stay beside their tables
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    return ws


def start_rows(ws: Any) -> None:
    """Write the sheet's top (views, columns) once widths and panes are set."""
    ws._writer.write_top()
