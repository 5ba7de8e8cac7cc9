"""Corrections from an exported workbook edited in a spreadsheet program."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from test_export_excel import article_records, run

from rareearth_desk.core.annotate import get_claim, iter_claims
from rareearth_desk.core.codebook import load_codebook
from rareearth_desk.core.store import Project, create_project
from rareearth_desk.io.export_excel import export_workbook
from rareearth_desk.io.import_workbook import Change, CorrectionError, apply_corrections


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    p = create_project(tmp_path / "p.redesk")
    assert None not in p.repo.add_articles(article_records())
    yield p
    p.close()


def snapshot(project: Project) -> dict[int, tuple[tuple[int, ...], str, int, int, str]]:
    return {
        c.claim_id: (c.label_ids, c.note, c.start, c.end, c.annotator)
        for c in iter_claims(project, None)
    }


def export(project: Project, path: Path, lang: str = "en") -> Path:
    run(export_workbook(project, path, lang=lang, include_entities=False))
    return path


def columns(ws: openpyxl.worksheet.worksheet.Worksheet) -> dict[str, int]:
    return {c.value: c.column for c in ws[1]}


def row_of(ws: openpyxl.worksheet.worksheet.Worksheet, claim_id: int) -> int:
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == claim_id)


def label_keys(project: Project, claim_id: int) -> set[str]:
    cb = load_codebook(project)
    return {cb.label(i).key for i in get_claim(project, claim_id).label_ids}  # type: ignore[union-attr]


def test_unedited_workbook_changes_nothing(project: Project, tmp_path: Path) -> None:
    book = export(project, tmp_path / "b.xlsx")
    before = snapshot(project)
    report = apply_corrections(project, book)
    assert report.changes == [] and report.errors == [] and report.rows == 7
    assert snapshot(project) == before


def test_edits_are_applied_and_reported(project: Project, tmp_path: Path) -> None:
    book = export(project, tmp_path / "b.xlsx")
    before = snapshot(project)
    ids = sorted(before)
    first, second = ids[0], ids[1]
    wb = openpyxl.load_workbook(book)
    ws = wb["Claims"]
    col = columns(ws)
    ws.cell(row_of(ws, first), col["Stance"]).value = "Supportive"
    ws.cell(row_of(ws, first), col["Note"]).value = "checked again"
    ws.cell(row_of(ws, second), col["Topics"]).value = "Prices & markets; 外交与联盟; mining"
    ws.cell(row_of(ws, second), col["Title"]).value = "titles are not corrections"
    wb.save(book)

    report = apply_corrections(project, book)
    assert report.errors == []
    assert report.changes == [
        Change(first, "stance", "Skeptical", "Supportive"),
        Change(first, "note", "重要", "checked again"),
        Change(
            second,
            "topics",
            "Prices & markets; Supply-chain dependence",
            "Mining & resources; Prices & markets; Diplomacy & alliances",
        ),
    ]
    assert label_keys(project, first) == {"supportive", "export_controls"}
    assert get_claim(project, first).note == "checked again"
    assert label_keys(project, second) == {"neutral", "mining", "prices", "diplomacy"}
    after = snapshot(project)
    for cid in ids[2:]:
        assert after[cid] == before[cid]
    assert after[first][2:] == before[first][2:]  # span and annotator untouched
    assert project.repo.article_rows([1])[0].title == "稀土出口管制"


def test_unknown_label_is_refused_with_its_row(project: Project, tmp_path: Path) -> None:
    book = export(project, tmp_path / "b.xlsx")
    before = snapshot(project)
    ids = sorted(before)
    wb = openpyxl.load_workbook(book)
    ws = wb["Claims"]
    col = columns(ws)
    bad_row = row_of(ws, ids[2])
    ws.cell(bad_row, col["Stance"]).value = "Enthusiastic"
    ws.cell(row_of(ws, ids[3]), col["Topics"]).value = "Mining & resources; Astrology"
    ws.cell(row_of(ws, ids[4]), col["Note"]).value = "fine"
    wb.save(book)

    report = apply_corrections(project, book)
    assert report.errors == [
        f"Claims row {bad_row}: unknown stance 'Enthusiastic'",
        f"Claims row {row_of(ws, ids[3])}: unknown topic 'Astrology'",
    ]
    assert report.changes == [Change(ids[4], "note", before[ids[4]][1], "fine")]
    after = snapshot(project)
    assert after[ids[2]] == before[ids[2]] and after[ids[3]] == before[ids[3]]
    assert after[ids[4]][1] == "fine"


def test_chinese_headers_and_flag_columns(project: Project, tmp_path: Path) -> None:
    book = export(project, tmp_path / "zh.xlsx", lang="zh")
    before = snapshot(project)
    target = sorted(before)[0]
    wb = openpyxl.load_workbook(book)
    ws = wb["Claims"]
    col = columns(ws)
    r = row_of(ws, target)
    ws.cell(r, col["立场"]).value = "中立"
    # with the joined column gone, the 0/1 columns carry the topics
    ws.cell(r, col["价格与市场"]).value = 1
    ws.delete_cols(col["主题"])
    wb.save(book)
    report = apply_corrections(project, book, lang="zh")
    assert report.errors == []
    assert [(c.field, c.new) for c in report.changes] == [
        ("stance", "中立"),
        ("topics", "出口管制与贸易政策; 价格与市场"),
    ]
    assert label_keys(project, target) == {"neutral", "export_controls", "prices"}


def test_joined_topics_win_over_flags(project: Project, tmp_path: Path) -> None:
    book = export(project, tmp_path / "b.xlsx")
    target = sorted(snapshot(project))[0]
    wb = openpyxl.load_workbook(book)
    ws = wb["Claims"]
    col = columns(ws)
    ws.cell(row_of(ws, target), col["Mining & resources"]).value = 1
    wb.save(book)
    report = apply_corrections(project, book)
    assert report.changes == []
    assert len(report.warnings) == 1 and "Topics used" in report.warnings[0]
    assert label_keys(project, target) == {"skeptical", "export_controls"}


def test_dry_run_and_cleared_stance(project: Project, tmp_path: Path) -> None:
    book = export(project, tmp_path / "b.xlsx")
    target = sorted(snapshot(project))[0]
    wb = openpyxl.load_workbook(book)
    ws = wb["Claims"]
    ws.cell(row_of(ws, target), columns(ws)["Stance"]).value = None
    wb.save(book)
    report = apply_corrections(project, book, dry_run=True)
    assert report.changes == [Change(target, "stance", "Skeptical", "")] and not report.applied
    assert "skeptical" in label_keys(project, target)
    apply_corrections(project, book)
    assert label_keys(project, target) == {"export_controls"}


def test_bad_rows_and_files(project: Project, tmp_path: Path) -> None:
    book = export(project, tmp_path / "b.xlsx")
    wb = openpyxl.load_workbook(book)
    ws = wb["Claims"]
    ws.cell(3, 1).value = 99999
    ws.cell(4, 1).value = "abc"
    wb.save(book)
    report = apply_corrections(project, book)
    assert report.errors == [
        "Claims row 3: no claim with id 99999 in the project",
        "Claims row 4: not a claim id: 'abc'",
    ]
    with pytest.raises(CorrectionError, match="workbook not found"):
        apply_corrections(project, tmp_path / "none.xlsx")
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a zip", encoding="utf-8")
    with pytest.raises(CorrectionError, match="not a readable .xlsx"):
        apply_corrections(project, junk)
    other = openpyxl.Workbook()
    other.active.title = "Sheet"
    other.save(tmp_path / "other.xlsx")
    with pytest.raises(CorrectionError, match="no Claims sheet"):
        apply_corrections(project, tmp_path / "other.xlsx")


def test_split_claims_sheets_are_all_read(project: Project, tmp_path: Path) -> None:
    book = tmp_path / "split.xlsx"
    run(export_workbook(project, book, include_entities=False, row_limit=3))
    wb = openpyxl.load_workbook(book)
    ws = wb["Claims (3)"]
    claim_id = ws.cell(2, 1).value
    ws.cell(2, columns(ws)["Note"]).value = "from the third sheet"
    ws.cell(3, columns(ws)["Stance"]).value = "Doubtful"
    wb.save(book)
    report = apply_corrections(project, book)
    assert report.rows == 7
    assert [(c.claim_id, c.field, c.new) for c in report.changes] == [
        (claim_id, "note", "from the third sheet")
    ]
    assert report.errors == ["Claims (3) row 3: unknown stance 'Doubtful'"]
    assert get_claim(project, claim_id).note == "from the third sheet"
