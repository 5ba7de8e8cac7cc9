"""Starting the app: the sample project at first start, reopening, bad and read-only projects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []

    def fake(_parent: Any, title: str, text: str, *a: Any, **k: Any) -> Any:
        seen.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", fake)
    return seen


def test_first_start_opens_the_sample_project(qtbot: Any) -> None:
    from rareearth_desk.paths import data_dir
    from rareearth_desk.ui.app import create_window

    win = create_window(None)
    qtbot.addWidget(win)
    try:
        project = win.session.project
        assert project is not None
        assert Path(project.path) == data_dir() / "Sample project.redesk"
        assert project.repo.article_count() >= 8
        assert project.repo.stats()["claims"] >= 5
        assert len(win.list.model.ids) == project.repo.article_count()
        assert win.tagging.article is not None
        assert win.tagging.article.collection == "稀土供应链观察"
    finally:
        win.close()


def test_later_start_reopens_last_project_and_article(qtbot: Any, project_path: Path) -> None:
    from rareearth_desk.ui.app import create_window

    win = create_window(str(project_path))
    qtbot.addWidget(win)
    second = win.list.model.ids[1]
    win.list.select_id(second)
    win.close()
    again = create_window(None)
    qtbot.addWidget(again)
    try:
        assert Path(again.session.project.path) == project_path
        assert again.tagging.article_id == second
    finally:
        again.close()


def test_window_geometry_and_splitters_are_restored(qtbot: Any, project_path: Path) -> None:
    from rareearth_desk.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.resize(760, 600)  # the offscreen screen is 800x800
    win.split.setSizes([200, 360, 180])
    wanted = win.split.sizes()
    win.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.split.sizes() == wanted
    assert again.size().width() == 760
    again.close()


def test_damaged_project_gets_a_dialog_not_a_traceback(
    qtbot: Any, tmp_path: Path, warnings: list[str]
) -> None:
    from rareearth_desk.ui.main_window import MainWindow

    bad = tmp_path / "bad.redesk"
    bad.write_bytes(b"this is not a database" * 100)
    win = MainWindow()
    qtbot.addWidget(win)
    assert not win.open_project(bad)
    assert not win.open_project(tmp_path / "missing.redesk")
    assert len(warnings) == 2
    assert "bad.redesk" in warnings[0] and "missing.redesk" in warnings[1]
    assert win.session.project is None
    assert not win.actions_by_id["file.export"].isEnabled()


def test_read_only_project_reports_instead_of_crashing(
    qtbot: Any, project_path: Path, warnings: list[str]
) -> None:
    from conftest import store_claims

    from rareearth_desk.ui.main_window import MainWindow

    project_path.chmod(0o444)
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(project_path)
    assert win.session.read_only
    assert "(read-only)" in win.windowTitle()
    win.show()
    win.activateWindow()
    win.view.setFocus()
    win.view.select_span(0, 5)
    QTest.keyClick(win.view, Qt.Key.Key_1)
    assert store_claims(win) == []
    assert win.status_saved.text() == "Read-only"
    assert "read-only" in win.statusBar().currentMessage()
    assert warnings == []
    win.close()


def test_vanished_project_file_is_reported(qtbot: Any, window: Any, warnings: list[str]) -> None:
    import sqlite3

    project = window.session.project
    with sqlite3.connect(project.path) as conn:  # simulate a broken file under our feet
        conn.execute("DROP TABLE claimlabel")
    window.view.select_span(0, 5)
    QTest.keyClick(window.view, Qt.Key.Key_1)
    assert warnings and warnings[0].startswith("Not saved")
    assert window.status_saved.text() == "Not saved"
    assert window.session.undo_stack.count() == 0


def test_menus_and_toolbar_come_from_the_action_table(window: Any) -> None:
    from rareearth_desk.ui.actions import ACTIONS

    ids = {a.objectName() for a in window.actions()}
    assert {spec.id for spec in ACTIONS} <= ids
    assert {"stance.supportive", "stance.skeptical", "topic.topic.mining"} <= ids
    stance = next(a for a in window.actions() if a.objectName() == "stance.supportive")
    assert stance.shortcut().toString() == "1"
    assert window.status_user.text().startswith("Annotator:")


def test_start_page_when_no_project_is_open(qtbot: Any, window: Any) -> None:
    from rareearth_desk.paths import data_dir

    assert window.pages.currentWidget() is window.split
    QTest.keyClick(window.view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.session.project is None
    assert window.pages.currentWidget() is window.start_page
    recent = window.start_page.recent
    assert recent.count() == 1 and "test.redesk" in recent.item(0).text()
    qtbot.mouseClick(window.start_page.sample_button, Qt.MouseButton.LeftButton)
    assert Path(window.session.project.path) == data_dir() / "Sample project.redesk"
    assert window.pages.currentWidget() is window.split
    assert window.tagging.article is not None


def test_files_dropped_on_the_window_are_imported(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from rareearth_desk.ui import import_dialog

    seen: list[list[str]] = []
    monkeypatch.setattr(import_dialog, "import_files", lambda _w, paths=None: seen.append(paths))
    dropped = tmp_path / "news.txt"
    dropped.write_text("Title\nBody", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert seen == [[str(dropped)]]


def test_entity_types_toggle_from_the_keyboard(window: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: window.tagging.mentions is not None, timeout=30000)
    QTest.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert not window.entities.boxes["GPE"].isChecked()
    assert "GPE" in window.view.layers.hidden_types
    QTest.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.view.layers.hidden_types == set()


def test_ampersand_in_a_label_name_is_text_not_a_mnemonic(window: Any) -> None:
    from rareearth_desk.ui.actions import keymap_rows, plain_text

    action = next(a for a in window.codebook_actions if "Processing" in a.text())
    assert "Processing && refining" in action.text()
    assert "Processing & refining" in plain_text(action.text())
    rows = keymap_rows(window.codebook_actions, window.keymap_groups)
    assert any("Processing & refining" in text for _g, _k, text in rows)


def test_export_and_previous_article_keys_work_from_the_search_box(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from rareearth_desk.ui import project_ops

    exported: list[Any] = []
    monkeypatch.setattr(project_ops, "export", exported.append)
    window.list.select_id(window.list.model.ids[1])
    window.focus_search()
    QTest.keyClick(window.list.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert exported == [window]
    window.focus_search()
    QTest.keyClick(window.list.search, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.tagging.article_id == window.list.model.ids[0]


def test_text_fields_leave_ctrl_e_and_ctrl_k_to_the_window(window: Any) -> None:
    """On Linux desktops line edits claim Ctrl+E and Ctrl+K by accepting the shortcut
    override; the window's fields give those two back (the platform here binds neither,
    so a filter plays the desktop's key bindings)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    class DesktopBindings(QObject):
        def eventFilter(self, _obj: Any, event: Any) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
            return False

    def claimed(field: Any, key: Any) -> bool:
        event = QKeyEvent(QEvent.Type.ShortcutOverride, key, Qt.KeyboardModifier.ControlModifier)
        event.ignore()  # as the shortcut map sends it
        QApplication.sendEvent(field, event)
        return event.isAccepted()

    bindings = DesktopBindings()
    for field in (window.list.search, window.list.entity, window.claims.note):
        field.installEventFilter(bindings)
        assert not claimed(field, Qt.Key.Key_E)
        assert not claimed(field, Qt.Key.Key_K)
        assert claimed(field, Qt.Key.Key_C)  # copy stays the field's
        field.removeEventFilter(bindings)
