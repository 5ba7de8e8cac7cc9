"""The Export dialog: a workbook in the chosen language, the current filter, open folder."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from modal import when_modal
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget


@pytest.fixture(autouse=True)
def synchronous_jobs() -> Iterator[None]:
    from rareearth_desk.ui import tasks

    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture
def project(project_path: Path) -> Iterator[Any]:
    from rareearth_desk.core.annotate import add_claim, set_status
    from rareearth_desk.core.codebook import load_codebook, resolve_label
    from rareearth_desk.core.store import open_project

    p = open_project(project_path)
    cb = load_codebook(p)
    ids = p.repo.article_ids()
    skeptical = resolve_label(cb, "skeptical").id
    mining = resolve_label(cb, "mining").id
    add_claim(p, ids[0], 0, 20, label_ids=[skeptical, mining], annotator="lin")
    add_claim(p, ids[1], 0, 8, label_ids=[skeptical], annotator="lin")
    add_claim(p, ids[1], 9, 16, label_ids=[mining], annotator="lin")
    set_status(p, ids[1], "done")
    yield p
    p.close()


def fill(dialog: Any, path: Path, *, fmt: str, lang: str, scope_filter: bool = False) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.path.setFocus()
    dialog.path.selectAll()
    QTest.keyClick(dialog.path, Qt.Key.Key_Delete)
    QTest.keyClicks(dialog.path, str(path))
    dialog.lang.setCurrentIndex(dialog.lang.findData(lang))
    if scope_filter:
        QTest.mouseClick(dialog.scope_filter, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def test_export_dialog_writes_a_workbook_in_chinese(
    project: Any, parent: QWidget, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from rareearth_desk.ui.export_dialog import export_interactive

    out = tmp_path / "out.xlsx"
    seen = when_modal(lambda d: fill(d, out, fmt=".xlsx", lang="zh"))
    report = export_interactive(parent, project, None)
    assert seen == ["ExportDialog"]
    assert report is not None and not report.cancelled
    assert report.claims == 3
    wb = load_workbook(out, read_only=True)
    claims = wb.worksheets[0]
    headers = [c.value for c in next(claims.iter_rows(max_row=1))]
    assert "立场" in headers and "论断" in headers
    stances = [row[headers.index("立场")] for row in claims.iter_rows(min_row=2, values_only=True)]
    assert stances.count("质疑") == 2
    wb.close()
    box = parent.findChild(QMessageBox, "exportResult")
    assert box is not None and str(out) in box.text()


def test_current_filter_scope_and_open_folder(
    project: Any, parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    from rareearth_desk.core.repository import ArticleFilter
    from rareearth_desk.ui.export_dialog import export_interactive

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda u: opened.append(u.toLocalFile()))
    )
    out = tmp_path / "done.csv"
    when_modal(lambda d: fill(d, out, fmt=".csv", lang="en", scope_filter=True))
    report = export_interactive(parent, project, ArticleFilter(status="done"))
    assert report.claims == 2
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 2
    assert {r["Title"] for r in rows} == {"中文二"}
    box = parent.findChild(QMessageBox, "exportResult")
    button = next(b for b in box.buttons() if b.objectName() == "openFolder")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path)]


def test_no_filter_means_whole_project_only(project: Any, parent: QWidget) -> None:
    from rareearth_desk.core.repository import ArticleFilter
    from rareearth_desk.ui.export_dialog import ExportDialog

    dialog = ExportDialog(project, ArticleFilter(), parent)
    assert not dialog.scope_filter.isEnabled()
    assert dialog.scope_all.isChecked()
    dialog.format.setCurrentIndex(dialog.format.findData(".jsonl"))
    assert dialog.path.text().endswith(".jsonl")
    assert not dialog.entities.isEnabled()
    assert dialog.options().flt is None


def test_cancelled_export_leaves_no_file(project: Any, parent: QWidget, tmp_path: Path) -> None:
    from rareearth_desk.ui import tasks
    from rareearth_desk.ui.export_dialog import ExportOptions, run_export

    out = tmp_path / "never.xlsx"

    def cancel_at_once() -> None:
        dialog = parent.findChild(QProgressDialog, "taskProgress")
        if dialog is None:
            QTimer.singleShot(0, cancel_at_once)
            return
        dialog.show()
        QTest.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, cancel_at_once)
    assert tasks.is_synchronous()
    report = run_export(parent, project, ExportOptions(out, None, "en", False))
    assert report is not None and report.cancelled
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("test.redesk")] == []


def test_default_folder(project: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rareearth_desk.ui.export_dialog import default_folder

    assert default_folder(project, "") == Path(project.path).resolve().parent
    assert default_folder(project, str(tmp_path / "gone")) == Path(project.path).resolve().parent
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    assert default_folder(project, str(elsewhere)) == elsewhere
    monkeypatch.setattr("rareearth_desk.paths.data_dir", lambda: Path(project.path).parent)
    kept = default_folder(project, "")
    assert kept != Path(project.path).resolve().parent and kept.is_dir()
