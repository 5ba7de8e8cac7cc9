"""Importing from the window: files with Cancel, failures listed, a pasted digest, drops."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from modal import when_modal
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)


@pytest.fixture(autouse=True)
def synchronous_jobs() -> Iterator[None]:
    from rareearth_desk.ui import tasks

    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture
def project(project_path: Path) -> Iterator[Any]:
    from rareearth_desk.core.store import open_project

    p = open_project(project_path)
    yield p
    p.close()


def write_csv(path: Path, prefix: str, rows: int) -> list[str]:
    texts = [f"{prefix} article {i}: Lynas output rose {i}% in Malaysia." for i in range(rows)]
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["title", "source", "text"])
        for i, text in enumerate(texts):
            w.writerow([f"{prefix} {i}", "Wire", text])
    return texts


def stored_texts(project: Any) -> list[str]:
    repo = project.repo
    return [repo.get_article(i).text for i in repo.article_ids()]


def test_cancel_keeps_whole_articles_and_says_so(
    project: Any, parent: QWidget, tmp_path: Path
) -> None:
    from rareearth_desk.io.importers.base import BATCH_SIZE
    from rareearth_desk.ui.import_dialog import ImportReportDialog, import_paths_interactive

    before = set(stored_texts(project))
    written: set[str] = set()
    files = []
    per_file = BATCH_SIZE * 6 // 5  # three files: more than two batches
    for name in ("a", "b", "c"):
        path = tmp_path / f"{name}.csv"
        written |= set(write_csv(path, name, per_file))
        files.append(path)

    def cancel_after_first_batch() -> None:
        dialog = parent.findChild(QProgressDialog, "taskProgress")
        if dialog is not None and "imported" in dialog.labelText():
            dialog.show()
            QTest.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
            return
        QTimer.singleShot(0, cancel_after_first_batch)

    QTimer.singleShot(0, cancel_after_first_batch)
    report = import_paths_interactive(parent, project, files)

    assert report is not None and report.cancelled
    new = set(stored_texts(project)) - before
    assert 0 < report.imported < 3 * per_file
    assert len(new) == report.imported
    assert new <= written  # every stored article is one whole source text
    shown = parent.findChild(ImportReportDialog)
    assert shown is not None and "cancelled" in shown.summary.text()


def test_report_lists_failures_with_reasons(project: Any, parent: QWidget, tmp_path: Path) -> None:
    from rareearth_desk.ui.import_dialog import ImportReportDialog, import_paths_interactive

    good = tmp_path / "good.txt"
    good.write_text("Lynas expands\nLynas said output will rise.\n", encoding="utf-8")
    bad = tmp_path / "old.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0 not really word")
    report = import_paths_interactive(parent, project, [good, bad, good])
    assert report.imported == 1
    assert [Path(f.path).name for f in report.failed] == ["old.doc"]
    dialog = parent.findChild(ImportReportDialog)
    lines = [dialog.failures.item(i).text() for i in range(dialog.failures.count())]
    assert len(lines) == 1 and "old.doc" in lines[0] and ".docx" in lines[0]
    assert "Imported: 1" in dialog.summary.text()


def test_paste_a_digest_splits_it_into_articles(
    project: Any, parent: QWidget, digest_path: Path
) -> None:
    from rareearth_desk.ui.import_dialog import paste_as_article

    text = digest_path.read_text(encoding="utf-8")
    QApplication.clipboard().setText(text)
    before = project.repo.article_count()

    def check_and_import(dialog: Any) -> None:
        assert "6 articles" in dialog.heading.text()
        assert dialog.table.rowCount() == 6
        assert dialog.table.item(0, 0).text()
        box = dialog.findChild(QDialogButtonBox)
        QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    seen = when_modal(check_and_import)
    report = paste_as_article(parent, project)
    assert seen == ["PastePreview"]
    assert report.imported == 6
    assert project.repo.article_count() == before + 6
    titles = {r.title for r in project.repo.article_rows(report.article_ids)}
    assert len(titles) == 6
    collections = {project.repo.get_article(i).collection for i in report.article_ids}
    assert collections == {"稀土自主化"}


def test_paste_cancelled_imports_nothing(project: Any, parent: QWidget) -> None:
    from rareearth_desk.ui.import_dialog import paste_as_article

    before = project.repo.article_count()

    def cancel(dialog: Any) -> None:
        assert "one article" in dialog.heading.text()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(cancel)
    assert paste_as_article(parent, project, "A title\nSome text about gallium.") is None
    assert project.repo.article_count() == before


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_dropped_files_reach_the_handler(parent: QWidget, tmp_path: Path) -> None:
    from rareearth_desk.ui.import_dialog import install_drop_handler

    got: list[list[str]] = []
    handler = install_drop_handler(parent, got.append)
    assert parent.acceptDrops()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "x.txt")), QUrl.fromLocalFile(str(tmp_path))])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers drops only during a real drag, so the events go to the filter directly.
    enter = QDragMoveEvent(QPoint(5, 5), *args)
    assert handler.eventFilter(parent, enter) and enter.isAccepted()
    assert handler.eventFilter(parent, QDropEvent(QPointF(5, 5), *args))
    assert got == [[str(tmp_path / "x.txt"), str(tmp_path)]]
    text_only = QMimeData()
    text_only.setText("plain text is left to the widget")
    assert not handler.eventFilter(parent, QDropEvent(QPointF(5, 5), args[0], text_only, *args[2:]))
    assert len(got) == 1


def test_window_import_selects_the_new_article(window: Any, tmp_path: Path) -> None:
    from rareearth_desk.ui.import_dialog import import_files

    path = tmp_path / "new.md"
    path.write_text("# Gallium prices\nGallium prices rose 20% this week.\n", encoding="utf-8")
    report = import_files(window, [str(path)])
    assert report.imported == 1
    assert window.tagging.article_id == report.article_ids[0]
    assert report.article_ids[0] in window.list.model.ids
