"""The Excel export on a real project: sheets, values, safety, splitting, atomicity."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from rareearth_desk.core.records import ArticleRecord, ClaimRecord
from rareearth_desk.core.store import Project, create_project
from rareearth_desk.io.export_common import ExportError, ExportFilter
from rareearth_desk.io.export_excel import SHEETS, export_workbook

LONG = "稀土" * 50_000  # a 100,000-character article
HOSTILE_TITLE = '=HYPERLINK("http://evil.example","click")'


def _claim(text: str, quote: str, **kw: Any) -> ClaimRecord:
    start = text.index(quote)
    return ClaimRecord(start, start + len(quote), **kw)


def article_records() -> list[ArticleRecord]:
    """Articles in both languages, hostile text and one very long article."""
    zh = "中国稀土集团表示，出口管制将持续。莱纳斯在马来西亚的工厂产量增长20%。业内人士认为价格将上涨。"
    en = "Lynas said on Monday that output rose. =1+1 is what the critics wrote. MP Materials plans a plant."
    bmp = "Magnet makers 𠀀𝄞 said 😀 demand for 钕铁硼 would double by 2030, +5% a year."
    control = "Control\x01characters\x0bin a claim: neodymium supply is tight."
    return [
        ArticleRecord(
            title="稀土出口管制",
            text=zh,
            source="新华社",
            published=datetime(2025, 3, 1, 9, 30),
            url="https://example.cn/1",
            collection="batch1",
            claims=[
                _claim(
                    zh,
                    "中国稀土集团表示，出口管制将持续。",
                    stance="skeptical",
                    topics=["export_controls"],
                    note="重要",
                    annotator="王",
                ),
                _claim(
                    zh,
                    "业内人士认为价格将上涨。",
                    stance="neutral",
                    topics=["prices", "dependence"],
                    annotator="王",
                ),
            ],
        ),
        ArticleRecord(
            title=HOSTILE_TITLE,
            text=en,
            source="+Reuters",
            published=datetime(2025, 4, 2, 12, 0),
            url="https://example.com/2",
            claims=[
                _claim(
                    en,
                    "Lynas said on Monday that output rose.",
                    stance="supportive",
                    topics=["mining"],
                    note="-2+3",
                    annotator="@ann",
                ),
                _claim(
                    en,
                    "=1+1 is what the critics wrote.",
                    stance=None,
                    topics=[],
                    note="#N/A",
                    annotator="ann",
                ),
            ],
        ),
        ArticleRecord(
            title="Outside the BMP",
            text=bmp,
            source="Nikkei",
            published=datetime(2025, 4, 20, 8, 0),
            claims=[
                _claim(
                    bmp,
                    bmp[:40],
                    stance="supportive",
                    topics=["magnets"],
                    note="\tindented\rnote",
                    annotator="ann",
                )
            ],
        ),
        ArticleRecord(
            title="Control",
            text=control,
            source="Nikkei",
            published=None,
            claims=[_claim(control, control, stance="unclear", annotator="bob")],
        ),
        ArticleRecord(
            title="Long",
            text=LONG,
            source="新华社",
            published=datetime(2024, 12, 31),
            claims=[
                ClaimRecord(0, 40_000, stance="neutral", topics=["processing"], annotator="bob")
            ],
        ),
        ArticleRecord(
            title="No claims here",
            text="An article nobody has annotated yet.",
            source="Reuters",
            published=datetime(2025, 1, 5),
        ),
    ]


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    folder = tmp_path / "project"
    folder.mkdir()
    p = create_project(folder / "p.redesk")
    ids = p.repo.add_articles(article_records())
    assert None not in ids
    yield p
    p.close()


def run(gen: Any) -> Any:
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


def cells(path: Path, sheet: str) -> list[list[Any]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


def formula_elements(path: Path) -> list[str]:
    found = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = z.read(name).decode("utf-8")
                found += [f"{name}: {m}" for m in re.findall(r"<f[\s>/][^<]*", xml)]
    return found


@pytest.fixture
def book(project: Project, tmp_path: Path) -> Path:
    out = tmp_path / "out" / "book.xlsx"
    out.parent.mkdir()
    report = run(export_workbook(project, out))
    assert not report.cancelled
    return out


def test_sheets_in_order_and_counts(book: Path) -> None:
    wb = CalamineWorkbook.from_path(str(book))
    assert wb.sheet_names == list(SHEETS)
    claims = cells(book, "Claims")
    assert len(claims) == 1 + 7
    articles = cells(book, "Articles")
    assert len(articles) == 1 + 6
    about = {r[0]: r[1] for r in cells(book, "About")}
    assert about["Rows in Claims"] == 7
    assert about["Rows in Articles"] == 6


def test_claim_row_values(book: Path, project: Project) -> None:
    rows = cells(book, "Claims")
    head = rows[0]
    assert head[:8] == [
        "Claim ID",
        "Article ID",
        "Title",
        "Source",
        "Published",
        "Claim",
        "Stance",
        "Topics",
    ]
    assert head[-7:] == ["Note", "Annotator", "Created", "Updated", "Start", "End", "Entities"]
    assert "Export controls & trade policy" in head and "Supply-chain dependence" in head
    by_quote = {r[5]: dict(zip(head, r, strict=True)) for r in rows[1:]}
    row = by_quote["业内人士认为价格将上涨。"]
    assert row["Stance"] == "Neutral"
    assert row["Topics"] == "Prices & markets; Supply-chain dependence"
    assert row["Prices & markets"] == 1 and row["Supply-chain dependence"] == 1
    assert row["Mining & resources"] == 0
    assert row["Source"] == "新华社"
    assert row["Published"] == datetime(2025, 3, 1, 9, 30)
    zh = article_records()[0].text
    assert (row["Start"], row["End"]) == (zh.index("业内人士"), len(zh))
    assert row["Annotator"] == "王"


def test_hostile_text_stays_text(book: Path) -> None:
    assert formula_elements(book) == []
    rows = cells(book, "Claims")
    head = rows[0]
    by_note = {r[head.index("Note")]: r for r in rows[1:]}
    r = by_note["-2+3"]
    assert r[head.index("Title")] == HOSTILE_TITLE
    assert r[head.index("Source")] == "+Reuters"
    assert r[head.index("Annotator")] == "@ann"
    assert by_note["#N/A"][head.index("Claim")] == "=1+1 is what the critics wrote."
    assert by_note["\tindented\rnote"][head.index("Claim")].startswith("Magnet makers 𠀀𝄞 said 😀")
    wb = openpyxl.load_workbook(book)
    ws = wb["Claims"]
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type in ("s", "n", "d", "b"), (cell.coordinate, cell.value)
            if isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@", "\t", "\r"):
                assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate


def test_control_characters_removed_and_long_cells_cut(book: Path) -> None:
    rows = cells(book, "Claims")
    head = rows[0]
    claims = [r[head.index("Claim")] for r in rows[1:]]
    assert "Controlcharactersin a claim: neodymium supply is tight." in claims
    long = next(c for c in claims if c.startswith("稀土稀土"))
    assert len(long) <= 32_767
    assert re.search(r"… \[cut: [\d,]+ characters\]$", long)
    removed = int(re.search(r"cut: ([\d,]+)", long).group(1).replace(",", ""))  # type: ignore[union-attr]
    assert len(long) - len(f"… [cut: {removed:,} characters]") + removed == 40_000


def test_links_validation_freeze_and_styles(book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    ws = wb["Claims"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}8"
    articles = wb["Articles"]
    for row in range(2, ws.max_row + 1):
        link = ws.cell(row, 2).hyperlink
        assert link is not None
        target_row = int(link.location.split("!A")[1])
        assert link.location.startswith("Articles!")
        assert articles.cell(target_row, 1).value == ws.cell(row, 2).value
    stance_col = [c.value for c in ws[1]].index("Stance") + 1
    letter = ws.cell(1, stance_col).column_letter
    lists = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert lists[f"{letter}2:{letter}8"] == "Codebook!$F$2:$F$5"
    names = [wb["Codebook"].cell(r, 6).value for r in range(2, 6)]
    assert names == ["Supportive", "Skeptical", "Neutral", "Unclear"]
    skeptical = next(
        ws.cell(r, stance_col) for r in range(2, 9) if ws.cell(r, stance_col).value == "Skeptical"
    )
    assert (
        skeptical.fill.fgColor.rgb.lower().endswith("f3d1d1") or skeptical.fill.fill_type == "solid"
    )
    assert ws.column_dimensions["F"].width == 60
    assert ws.cell(2, 6).alignment.wrap_text
    colour = next(r for r in wb["Codebook"].iter_rows(min_row=2) if r[4].value == "supportive")[8]
    assert colour.value == "#2e7d32" and colour.fill.fgColor.rgb.lower().endswith("2e7d32")


def test_summary_tables_and_charts(book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    ws = wb["Summary"]
    assert len(ws._charts) == 3
    rows = cells(book, "Summary")
    assert rows[0][0] == "Stance by topic"
    assert rows[1][:3] == ["Topic", "Supportive", "Skeptical"]
    mining = next(r for r in rows if r[0] == "Mining & resources")
    assert mining[1:3] == [1, 0] and mining[-1] == 1
    no_topic = next(r for r in rows if r[0] == "(no topic)")
    assert no_topic[-1] == 2  # the =1+1 claim and the control-character claim
    source = next(r for r in rows if r[0] == "新华社")
    assert source[-1] == 3
    month = next(r for r in rows if r[0] == "2025-04")
    assert month[-1] == 3
    with zipfile.ZipFile(book) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 3
        assert "'Summary'!$A$3:$A$15" in z.read(charts[0]).decode()  # 12 topics + none


def test_chinese_headers_and_labels(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "zh.xlsx"
    run(export_workbook(project, out, lang="zh", include_entities=False))
    rows = cells(out, "Claims")
    assert rows[0][:8] == [
        "论断编号",
        "文章编号",
        "标题",
        "来源",
        "发布时间",
        "论断",
        "立场",
        "主题",
    ]
    stances = {r[6] for r in rows[1:]}
    assert {"质疑", "中立", "支持", "不明"} <= stances
    assert cells(out, "Articles")[0][0] == "编号"
    assert cells(out, "Summary")[0][0] == "各主题的立场"
    wb = openpyxl.load_workbook(out)
    formulas = [dv.formula1 for dv in wb["Claims"].data_validations.dataValidation]
    assert "Codebook!$G$2:$G$5" in formulas


def test_filter_narrows_claims(project: Project, tmp_path: Path) -> None:
    from rareearth_desk.core.codebook import load_codebook

    cb = load_codebook(project)
    supportive = next(lab.id for lab in cb.labels if lab.key == "supportive")
    out = tmp_path / "f.xlsx"
    report = run(export_workbook(project, out, flt=ExportFilter(stance=supportive)))
    assert report.claims == 2
    rows = cells(out, "Claims")
    assert {r[6] for r in rows[1:]} == {"Supportive"}
    about = {r[0]: r[1] for r in cells(out, "About")}
    assert about["Filters"] == "stance = Supportive"


def test_row_limit_continues_on_more_sheets(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "split.xlsx"
    report = run(export_workbook(project, out, row_limit=3, include_entities=False))
    names = CalamineWorkbook.from_path(str(out)).sheet_names
    assert names[:4] == ["Claims", "Claims (2)", "Claims (3)", "Claims (4)"]
    assert names[4:7] == ["Articles", "Articles (2)", "Articles (3)"]
    assert names[-3:] == ["Summary", "Codebook", "About"]
    parts = [cells(out, n) for n in names[:4]]
    assert [len(p) for p in parts] == [3, 3, 3, 2]
    assert all(p[0][0] == "Claim ID" for p in parts)
    ids = [r[0] for p in parts for r in p[1:]]
    assert ids == sorted(ids) and len(ids) == 7
    assert report.rows["Claims (4)"] == 1
    wb = openpyxl.load_workbook(out)
    for title in names[:4]:
        ws = wb[title]
        for row in range(2, ws.max_row + 1):
            sheet, cell = ws.cell(row, 2).hyperlink.location.split("!A")
            target = wb[sheet.strip("'")]
            assert target.cell(int(cell), 1).value == ws.cell(row, 2).value


def test_cancel_leaves_previous_file(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "keep"
    folder.mkdir()
    out = folder / "book.xlsx"
    out.write_bytes(b"previous export")
    report = run(export_workbook(project, out, cancel=lambda: True))
    assert report.cancelled
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in folder.iterdir()) == ["book.xlsx"]


def test_failure_leaves_previous_file(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rareearth_desk.io.xlsx_summary as summary

    def boom(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(summary, "write_summary", boom)
    folder = tmp_path / "keep"
    folder.mkdir()
    out = folder / "book.xlsx"
    out.write_bytes(b"previous export")
    with pytest.raises(RuntimeError, match="disk on fire"):
        run(export_workbook(project, out))
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in folder.iterdir()) == ["book.xlsx"]


def test_abandoned_export_cleans_up(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "abandoned.xlsx"
    gen = export_workbook(project, out)
    next(gen)
    gen.close()
    assert list(tmp_path.glob("*abandoned*")) == []


def test_bad_targets(project: Project, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="folder does not exist"):
        run(export_workbook(project, tmp_path / "missing" / "x.xlsx"))
    with pytest.raises(ExportError, match="is a folder"):
        run(export_workbook(project, tmp_path))
    with pytest.raises(ExportError, match="unknown language"):
        run(export_workbook(project, tmp_path / "x.xlsx", lang="fr"))


def test_entities_sheet_when_highlighter_present(project: Project, tmp_path: Path) -> None:
    pytest.importorskip("rareearth_desk.nlp.project_entities")
    out = tmp_path / "ents.xlsx"
    report = run(export_workbook(project, out))
    assert report.warnings == []
    rows = cells(out, "Entities")
    assert rows[0] == ["Article ID", "Title", "Entity", "Type", "Count", "Value", "Unit"]
    found = {(r[2], r[3]) for r in rows[1:]}
    assert any(text == "Lynas" for text, _ in found), found
    claims = cells(out, "Claims")
    head = claims[0]
    lynas = next(r for r in claims[1:] if r[5].startswith("Lynas said"))
    assert "Lynas (" in lynas[head.index("Entities")]


def test_links_stop_at_the_excel_limit(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rareearth_desk.io.xlsx_stream as stream

    monkeypatch.setattr(stream, "LINK_LIMIT", 3)
    out = tmp_path / "links.xlsx"
    report = run(export_workbook(project, out, include_entities=False))
    assert report.warnings == [
        "Claims: links to Articles on the first 3 rows only (Excel's limit); 4 rows have the article id alone"
    ]
    ws = openpyxl.load_workbook(out)["Claims"]
    assert [ws.cell(r, 2).hyperlink is not None for r in range(2, 9)] == [True] * 3 + [False] * 4
    assert ws.cell(8, 2).font.underline is None
