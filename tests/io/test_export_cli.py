"""``rareearth-desk export`` end to end: formats, filters, corrections, errors, LibreOffice."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from test_export_excel import article_records

from rareearth_desk.cli import main
from rareearth_desk.core.store import create_project


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "p.redesk"
    with create_project(path) as p:
        assert None not in p.repo.add_articles(article_records())
    return path


def test_export_xlsx_with_filters(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "b.xlsx"
    code = main(
        [
            "export",
            str(project_path),
            str(out),
            "--stance",
            "中立",
            "--from",
            "2024-12-01",
            "--to",
            "2025-03-31",
            "--lang",
            "zh",
            "--no-entities",
            "--json",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    report = json.loads(captured.out)
    assert report["claims"] == 2 and report["format"] == "xlsx"
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Claims").to_python()
    assert [r[6] for r in rows[1:]] == ["中立", "中立"]
    assert "exporting claims" in captured.err


def test_export_csv_and_jsonl(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "export",
                str(project_path),
                str(tmp_path / "a.csv"),
                "--what",
                "articles",
                "--source",
                "Nikkei",
            ]
        )
        == 0
    )
    text = (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert len(text.strip().splitlines()) == 3
    assert (
        main(
            [
                "export",
                str(project_path),
                str(tmp_path / "c.jsonl"),
                "--labels",
                "keys",
                "--annotator",
                "bob",
            ]
        )
        == 0
    )
    lines = (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()
    claims = [c for line in lines for c in json.loads(line)["claims"]]
    assert {c["annotator"] for c in claims} == {"bob"} and {c["stance"] for c in claims} == {
        "unclear",
        "neutral",
    }
    assert "wrote" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["{p}", "{t}/x.txt"], "unknown export format"),
        (["{p}", "{t}/x.xlsx", "--stance", "hopeful"], "--stance: unknown label 'hopeful'"),
        (["{p}", "{t}/x.xlsx", "--from", "2025-02-30"], "--from: not a date"),
        (["{t}/missing.redesk", "{t}/x.xlsx"], "project file not found"),
        (["{p}", "{t}/no/such/folder/x.xlsx"], "folder does not exist"),
        (["{p}", "{t}/x.xlsx", "--dry-run"], "--dry-run goes with --apply-corrections"),
        (["{p}", "{t}/none.xlsx", "--apply-corrections"], "workbook not found"),
    ],
)
def test_errors_are_one_line(
    project_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    args = [a.format(p=project_path, t=tmp_path) for a in argv]
    assert main(["export", *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("rareearth-desk: ") and message in err[0], err
    assert not (tmp_path / "x.xlsx").exists()


def test_apply_corrections(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "b.xlsx"
    assert main(["export", str(project_path), str(book), "--no-entities"]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Claims"]
    heads = [c.value for c in ws[1]]
    ws.cell(2, heads.index("Note") + 1).value = "edited"
    ws.cell(3, heads.index("Stance") + 1).value = "Hopeful"
    wb.save(book)
    capsys.readouterr()
    code = main(["export", str(project_path), "--apply-corrections", str(book), "--json"])
    captured = capsys.readouterr()
    assert code == 1
    report = json.loads(captured.out)
    assert [(c["claim_id"], c["field"], c["new"]) for c in report["changes"]] == [
        (1, "note", "edited")
    ]
    assert "Claims row 3: unknown stance 'Hopeful'" in captured.err
    code = main(["export", str(project_path), "--apply-corrections", str(book)])
    assert code == 1
    assert "changed 0 claims" in capsys.readouterr().out  # the note is already in the store


def test_help_documents_corrections(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = capsys.readouterr().out
    assert "--apply-corrections" in out and "Topics column wins" in out


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_libreoffice_converts_the_workbook(project_path: Path, tmp_path: Path) -> None:
    book = tmp_path / "b.xlsx"
    assert main(["export", str(project_path), str(book)]) == 0
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(book),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    pdf = tmp_path / "b.pdf"
    assert pdf.is_file(), result.stderr + result.stdout
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page") + data.count(b"/Type/Page") >= 3


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_workbook_saved_by_libreoffice_reads_back_unchanged(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "b.xlsx"
    assert main(["export", str(project_path), str(book), "--lang", "zh"]) == 0
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(tmp_path / "lo"),
            str(book),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    saved = tmp_path / "lo" / "b.xlsx"
    assert saved.is_file()
    rows = CalamineWorkbook.from_path(str(saved)).get_sheet_by_name("Claims").to_python()
    notes = {r[rows[0].index("备注")] for r in rows[1:]}
    assert {"-2+3", "#N/A"} <= notes  # text that looks like a formula or an error stays text
    capsys.readouterr()
    assert (
        main(["export", str(project_path), "--apply-corrections", str(saved), "--lang", "zh"]) == 0
    )
    assert "changed 0 claims (0 fields) from 7 rows" in capsys.readouterr().out
