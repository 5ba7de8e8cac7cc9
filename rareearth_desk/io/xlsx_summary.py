"""The small sheets of the workbook: Summary (tables and charts), Codebook and About.

``SummaryStats`` counts while the claims stream past; ``write_summary`` lays out the
stance-by-topic, stance-by-source and claims-by-month tables with native charts that
reference those cells. These sheets are small, so they use openpyxl's own write-only
cells.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter

from rareearth_desk.io.xlsx_safe import cell_text
from rareearth_desk.io.xlsx_sheets import dark, light
from rareearth_desk.io.xlsx_stream import StylePool, StyleSpec

if TYPE_CHECKING:
    from rareearth_desk.core.codebook import Codebook, LabelView

TOP_SOURCES = 25
ROW_CM = 0.53  # height of a default row in centimetres

WORDS = {
    "stance_by_topic": ("Stance by topic", "各主题的立场"),
    "stance_by_source": ("Stance by source", "各来源的立场"),
    "claims_by_month": ("Claims by month published", "各月论断数（按发布时间）"),
    "topic": ("Topic", "主题"),
    "source": ("Source", "来源"),
    "month": ("Month", "月份"),
    "none": ("(none)", "（无）"),
    "no_topic": ("(no topic)", "（无主题）"),
    "no_date": ("(no date)", "（无日期）"),
    "other_sources": ("Other sources", "其他来源"),
    "total": ("Total", "合计"),
    "claims": ("Claims", "论断"),
}


def word(key: str, lang: str) -> str:
    en, zh = WORDS[key]
    return zh if lang == "zh" else en


@dataclass(slots=True)
class SummaryStats:
    """Counts gathered while streaming: stance by topic, by source, by month."""

    by_topic: Counter[tuple[int | None, int | None]] = field(default_factory=Counter)
    by_source: Counter[tuple[str, int | None]] = field(default_factory=Counter)
    by_month: Counter[tuple[str, int | None]] = field(default_factory=Counter)

    def add(
        self, stance: int | None, topics: Sequence[int], source: str, published: datetime | None
    ) -> None:
        for t in topics or (None,):
            self.by_topic[(t, stance)] += 1
        self.by_source[(source, stance)] += 1
        month = f"{published.year:04d}-{published.month:02d}" if published else ""
        self.by_month[(month, stance)] += 1


class _Rows:
    """Appends rows to a write-only sheet and counts them."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.n = 0

    def add(self, values: list[Any]) -> int:
        self.ws.append(values)
        self.n += 1
        return self.n


def write_summary(
    ws: Any, stats: SummaryStats, codebook: Codebook, lang: str, pool: StylePool
) -> None:
    stance_dim = codebook.stance_dimension
    stances: list[LabelView] = list(stance_dim.labels) if stance_dim else []
    topics = [lab for d in codebook.topic_dimensions for lab in d.labels]
    ws.column_dimensions["A"].width = 36
    for i in range(2, len(stances) + 4):
        ws.column_dimensions[get_column_letter(i)].width = 12
    from rareearth_desk.io.xlsx_stream import start_rows

    start_rows(ws)
    rows = _Rows(ws)
    none = word("none", lang)

    topic_keys: list[tuple[Any, str]] = [(t.id, t.name(lang)) for t in topics]
    topic_keys.append((None, word("no_topic", lang)))
    _table(
        rows,
        pool,
        lang,
        word("stance_by_topic", lang),
        word("topic", lang),
        stances,
        none,
        topic_keys,
        stats.by_topic,
        chart="bar",
    )

    totals: Counter[str] = Counter()
    for (source, _), n in stats.by_source.items():
        totals[source] += n
    top = [s for s, _ in totals.most_common(TOP_SOURCES)]
    counts = Counter({k: v for k, v in stats.by_source.items() if k[0] in set(top)})
    source_keys: list[tuple[Any, str]] = [(s, s or none) for s in top]
    if len(totals) > TOP_SOURCES:
        other = word("other_sources", lang)
        for (source, stance), n in stats.by_source.items():
            if source not in set(top):
                counts[(other, stance)] += n
        source_keys.append((other, other))
    _table(
        rows,
        pool,
        lang,
        word("stance_by_source", lang),
        word("source", lang),
        stances,
        none,
        source_keys,
        counts,
        chart="bar",
    )

    months = all_months({m for m, _ in stats.by_month if m})
    if any(m == "" for m, _ in stats.by_month):
        months.append("")
    month_keys = [(m, m or word("no_date", lang)) for m in months]
    _table(
        rows,
        pool,
        lang,
        word("claims_by_month", lang),
        word("month", lang),
        stances,
        none,
        month_keys,
        stats.by_month,
        chart="column",
    )


def all_months(present: set[str]) -> list[str]:
    """Every month from the first to the last present one ("YYYY-MM"), gaps filled."""
    if not present:
        return []
    first, last = min(present), max(present)
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while (key := f"{year:04d}-{month:02d}") <= last:
        out.append(key)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _table(
    rows: _Rows,
    pool: StylePool,
    lang: str,
    title: str,
    first: str,
    stances: list[LabelView],
    none: str,
    keys: list[tuple[Any, str]],
    counts: Counter[Any],
    *,
    chart: str,
) -> None:
    ws = rows.ws
    head = pool.cell(title, StyleSpec(bold=True))
    rows.add([head])
    heads = [first, *(s.name(lang) for s in stances), none, word("total", lang)]
    header_styles = (
        [StyleSpec(bold=True, fill="dde4ee")]
        + [StyleSpec(bold=True, fill=light(s.colour), colour=dark(s.colour)) for s in stances]
        + [StyleSpec(bold=True, fill="dde4ee")] * 2
    )
    header_row = rows.add(
        [pool.cell(cell_text(h), st) for h, st in zip(heads, header_styles, strict=True)]
    )
    ids: list[int | None] = [s.id for s in stances] + [None]
    for key, name in keys:
        values = [counts.get((key, sid), 0) for sid in ids]
        rows.add([pool.cell(name, StyleSpec()), *values, sum(values)])
    last = rows.n
    ncols = len(ids)
    if keys:
        _chart(
            ws,
            chart,
            title,
            header_row,
            last,
            ncols,
            stances,
            anchor=f"{get_column_letter(ncols + 4)}{header_row - 1}",
        )
    height = _chart_size(chart, len(keys))[1]
    chart_rows = int(height / ROW_CM) + 2 if keys else 0
    for _ in range(max(0, header_row - 1 + chart_rows - rows.n) + 2):
        rows.add([])


def _chart_size(kind: str, categories: int) -> tuple[float, float]:
    """Width and height in centimetres: every category label gets room to show."""
    if kind == "bar":  # categories down the side
        return 18.0, max(7.5, min(30.0, 3.0 + 0.62 * categories))
    return max(18.0, min(40.0, 4.0 + 0.45 * categories)), 9.0


def _chart(
    ws: Any,
    kind: str,
    title: str,
    header_row: int,
    last: int,
    ncols: int,
    stances: list[LabelView],
    anchor: str,
) -> None:
    """A stacked bar ("bar": horizontal, "column": vertical) chart over the table's cells."""
    chart = BarChart()
    chart.type = "bar" if kind == "bar" else "col"
    chart.grouping = "stacked"
    chart.overlap = 100
    if kind == "bar":
        chart.x_axis.scaling.orientation = "maxMin"  # first category on top, as in the table
    else:
        chart.gapWidth = 40
    chart.title = title
    chart.width, chart.height = _chart_size(kind, last - header_row)
    data = Reference(ws, min_col=2, max_col=1 + ncols, min_row=header_row, max_row=last)
    cats = Reference(ws, min_col=1, min_row=header_row + 1, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    colours = [s.colour.lstrip("#") for s in stances] + ["9e9e9e"]
    for series, colour in zip(chart.series, colours, strict=False):
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    ws.add_chart(chart, anchor)


CODEBOOK_HEADERS = [
    ("Dimension", "维度"),
    ("Dimension (English)", "维度（英文）"),
    ("Dimension (Chinese)", "维度（中文）"),
    ("Kind", "类型"),
    ("Label", "标签"),
    ("Name (English)", "名称（英文）"),
    ("Name (Chinese)", "名称（中文）"),
    ("Description", "说明"),
    ("Colour", "颜色"),
    ("Shortcut", "快捷键"),
]
CODEBOOK_WIDTHS = [12, 20, 16, 9, 16, 34, 22, 80, 10, 9]


def write_codebook(ws: Any, codebook: Codebook, lang: str, pool: StylePool) -> str:
    """Write the Codebook sheet; returns the range of stance names for validation lists."""
    from rareearth_desk.io.xlsx_stream import start_rows

    for i, w in enumerate(CODEBOOK_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 32
    start_rows(ws)
    head = StyleSpec(bold=True, fill="dde4ee", wrap=True)
    ws.append([pool.cell(zh if lang == "zh" else en, head) for en, zh in CODEBOOK_HEADERS])
    row = 1
    stance = codebook.stance_dimension
    first = last = 0
    plain, wrap = StyleSpec(), StyleSpec(wrap=True)
    for dim in codebook.dimensions:
        dim_cells = [dim.key, dim.name_en, dim.name_zh, dim.kind]
        if not dim.labels:
            ws.append([pool.cell(cell_text(v), plain) for v in dim_cells])
            row += 1
        for lab in dim.labels:
            row += 1
            if stance is not None and dim.id == stance.id:
                first = first or row
                last = row
            texts = [*dim_cells, lab.key, lab.name_en, lab.name_zh]
            cells = [pool.cell(v, plain) for v in texts]
            cells.append(pool.cell(cell_text(lab.description), wrap))
            colour = lab.colour.lstrip("#").lower()
            text_colour = "ffffff" if _is_dark(colour) else "000000"
            cells.append(pool.cell(lab.colour, StyleSpec(fill=colour, colour=text_colour)))
            cells.append(pool.cell(cell_text(lab.shortcut), plain))
            ws.append(cells)
    name_col = "G" if lang == "zh" else "F"
    ws.auto_filter.ref = f"A1:J{max(row, 2)}"
    return f"Codebook!${name_col}${first}:${name_col}${last}" if first else ""


def _is_dark(colour: str) -> bool:
    try:
        r, g, b = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return False
    return 0.299 * r + 0.587 * g + 0.114 * b < 140


def write_about(ws: Any, items: list[tuple[str, Any]], pool: StylePool) -> None:
    from rareearth_desk.io.xlsx_stream import start_rows

    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 90
    start_rows(ws)
    key_style, value_style = StyleSpec(bold=True), StyleSpec(wrap=True)
    for key, value in items:
        ws.append([pool.cell(key, key_style), pool.cell(value, value_style)])
