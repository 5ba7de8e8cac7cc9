"""CSV and Excel sheets with one article a row.

Columns are found by their header, in English or Chinese, ignoring case, spaces,
underscores and hyphens (see ``ALIASES``). ``mapping`` lets the caller choose: a dict
from field (``title``, ``text``, ``source``, ``published``, ``url``, ``lang``,
``collection``) to a header name or a 0-based column number. A sheet without a text
column is one failure naming the file and the columns it has; a row without text is a
failure naming its row; other rows still import.

Rows are numbered as a spreadsheet shows them (the header row is row 1 when it is the
first line). The CSV delimiter (comma, semicolon, tab, bar, full-width comma) is the
one the header line uses.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from rareearth_desk.core.records import ArticleRecord
from rareearth_desk.io.importers.base import (
    MAX_TEXT_BYTES,
    ImportFailure,
    Item,
    ReadError,
    origin_of,
    title_from_text,
)
from rareearth_desk.io.importers.dates import parse_date
from rareearth_desk.io.importers.detect import check_zip, decode

ColumnMapping = Mapping[str, str | int]

ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "标题", "標題", "题目", "題目", "文章标题", "新闻标题"),
    "text": (
        "text", "body", "content", "contents", "article", "fulltext", "maintext",
        "正文", "内容", "內容", "全文", "文本", "新闻内容", "文章内容", "摘要",
    ),
    "source": ("source", "media", "publisher", "outlet", "来源", "來源", "媒体", "媒體", "出处", "新闻来源"),
    "published": (
        "date", "published", "publishedat", "publicationdate", "pubdate", "time", "datetime",
        "日期", "时间", "時間", "发布时间", "發布時間", "发布日期", "发表时间", "发文时间",
    ),
    "url": ("url", "link", "href", "链接", "鏈接", "連結", "网址", "網址", "原文链接"),
    "lang": ("lang", "language", "语言", "語言"),
    "collection": ("collection", "topic collection", "合集", "专题", "專題"),
}  # fmt: skip
FIELDS = tuple(ALIASES)
_KEY = re.compile(r"[\s_\-]+")


def _key(name: object) -> str:
    return _KEY.sub("", str(name or "")).casefold()


_LOOKUP = {_key(alias): field for field, aliases in ALIASES.items() for alias in aliases}


def find_columns(header: Sequence[object], mapping: ColumnMapping | None = None) -> dict[str, int]:
    """Field -> column number, from the caller's mapping first and then the header names."""
    keys = [_key(h) for h in header]
    columns: dict[str, int] = {}
    for field, wanted in (mapping or {}).items():
        if field not in ALIASES:
            raise ReadError(
                f"unknown field '{field}' in the column mapping (fields: {', '.join(FIELDS)})"
            )
        if isinstance(wanted, int):
            if not 0 <= wanted < len(header):
                raise ReadError(f"column {wanted} for '{field}' is outside the sheet")
            columns[field] = wanted
        elif _key(wanted) in keys:
            columns[field] = keys.index(_key(wanted))
        else:
            raise ReadError(f"no column '{wanted}' for '{field}'; columns: {_names(header)}")
    for i, key in enumerate(keys):
        found = _LOOKUP.get(key)
        if found and found not in columns and i not in columns.values():
            columns[found] = i
    return columns


def _names(header: Sequence[object]) -> str:
    names = [str(h).strip() for h in header if str(h or "").strip()]
    return ", ".join(names) if names else "(none)"


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def rows_to_records(
    rows: Iterable[tuple[int, Sequence[Any]]],
    path: Path,
    where: str = "",
    mapping: ColumnMapping | None = None,
) -> Iterator[Item]:
    """Records from (row number, cells) pairs; the first non-empty row is the header.

    Raises ReadError (before yielding anything) when the sheet has no rows, no text
    column or a mapping that does not fit it.
    """
    name = str(path)
    columns: dict[str, int] | None = None
    for number, cells in rows:
        if not any(_cell(c) for c in cells):
            continue
        if columns is None:
            try:
                columns = find_columns(cells, mapping)
            except ReadError as exc:
                raise ReadError(f"{where}{exc.reason}", number) from None
            if "text" not in columns:
                raise ReadError(f"{where}no text column; columns found: {_names(cells)}", number)
            continue
        values = {f: cells[i] if i < len(cells) else None for f, i in columns.items()}
        text = _cell(values.get("text"))
        if not text:
            yield ImportFailure(name, number, f"{where}row {number} has no text")
            continue
        yield ArticleRecord(
            title=_cell(values.get("title")) or title_from_text(text),
            text=text,
            source=_cell(values.get("source")),
            published=parse_date(values.get("published")),
            url=_cell(values.get("url")),
            lang=_lang(_cell(values.get("lang"))),
            collection=_cell(values.get("collection")),
            origin=origin_of(path, number),
        )
    if columns is None:
        raise ReadError(f"{where}no rows" if where else "no rows in the file")


def _lang(value: str) -> str:
    value = value.casefold()
    if value in ("zh", "en", "mixed"):
        return value
    return {"chinese": "zh", "中文": "zh", "english": "en", "英文": "en"}.get(value, "")


def _delimiter(text: str) -> str:
    """The delimiter used most in the header line (a comma when there is none).

    The header decides, not the rows: rows hold free text full of commas and semicolons.
    """
    header = next((line for line in text.split("\n") if line.strip()), "")
    header = re.sub(r'"[^"]*"', "", header)  # quoted header names do not count
    counts = {d: header.count(d) for d in (",", ";", "\t", "|", "，")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes, path: Path, mapping: ColumnMapping | None = None) -> Iterator[Item]:
    """Records of a CSV file (any supported encoding; delimiter from the header line)."""
    text = decode(data).lstrip("\ufeff")
    csv.field_size_limit(MAX_TEXT_BYTES)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))

    def numbered() -> Iterator[tuple[int, list[str]]]:
        row_number = 0
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ReadError(
                    f"broken CSV on line {reader.line_num}: {exc}", reader.line_num
                ) from None
            row_number += 1
            yield row_number, cells

    try:
        yield from rows_to_records(numbered(), path, mapping=mapping)
    except ReadError as exc:
        yield ImportFailure(str(path), exc.line, exc.reason)


def read_xlsx(path: Path, mapping: ColumnMapping | None = None) -> Iterator[Item]:
    """Records of every sheet of a workbook that has a text column."""
    check_zip(path)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on broken workbooks
        raise ReadError(f"damaged or not an Excel workbook ({type(exc).__name__})") from None
    try:
        sheets = list(workbook.worksheets)
        reasons: list[ReadError] = []
        for sheet in sheets:
            where = f"sheet '{sheet.title}': " if len(sheets) > 1 else ""
            rows = enumerate(sheet.iter_rows(values_only=True), 1)
            try:
                yield from rows_to_records(rows, path, where, mapping)
            except ReadError as exc:
                reasons.append(exc)
            except Exception as exc:  # a damaged sheet part
                raise ReadError(f"{where}damaged sheet ({type(exc).__name__})") from None
        if len(reasons) == len(sheets):
            # no sheet had articles: report why for each sheet
            for reason in reasons:
                yield ImportFailure(str(path), reason.line, reason.reason)
    finally:
        workbook.close()
