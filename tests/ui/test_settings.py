"""Settings persist, apply to the window, load the translation; the annotator bar."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from modal import when_modal
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolBar


@pytest.fixture
def light_again() -> Iterator[None]:
    yield
    from rareearth_desk.ui.settings import install_translator
    from rareearth_desk.ui.theme import apply_theme

    apply_theme("light")
    install_translator(QApplication.instance(), "en")


def test_settings_dialog_saves_and_a_new_reader_sees_them(qtbot: Any) -> None:
    from rareearth_desk.ui.preferences import Preferences
    from rareearth_desk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    assert dialog.restart_note.isVisible()
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.text_size.setFocus()
    dialog.text_size.selectAll()
    QTest.keyClicks(dialog.text_size, "15")
    dialog.annotator.selectAll()
    QTest.keyClicks(dialog.annotator, "  wang  ")
    QTest.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    dialog.save()
    fresh = Preferences()
    assert (fresh.language(), fresh.theme(), fresh.text_size(), fresh.annotator()) == (
        "zh",
        "dark",
        15,
        "wang",
    )
    assert fresh.annotator_confirmed()
    assert fresh.effective_language() == "zh"


def test_show_settings_applies_theme_size_and_annotator(
    window: Any, qtbot: Any, light_again: None
) -> None:
    from rareearth_desk.ui.settings import show_settings

    def change(dialog: Any) -> None:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.text_size.setValue(17)
        dialog.annotator.setText("li")
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    seen = when_modal(change)
    assert show_settings(window)
    assert seen == ["SettingsDialog"]
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    assert base.lightness() < 128
    assert window.view.font().pointSize() == 17
    assert window.session.annotator == "li"
    assert "li" in window.status_user.text()
    assert window.prefs.theme() == "dark"
    assert window.actions_by_id["view.dark"].isChecked()
    # the article is drawn again with the dark palette's text colour, not the light one's
    qtbot.waitUntil(lambda: window.view.factory().dark)
    text_colour = window.view.factory().plain().foreground().color()
    assert text_colour.lightness() > 128


def test_cancel_changes_nothing(window: Any) -> None:
    from rareearth_desk.ui.preferences import Preferences
    from rareearth_desk.ui.settings import show_settings

    def change_then_cancel(dialog: Any) -> None:
        dialog.annotator.setText("nobody")
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(change_then_cancel)
    assert not show_settings(window)
    assert Preferences().annotator() != "nobody"


def test_install_translator_switches_language(light_again: None) -> None:
    from rareearth_desk.ui.settings import install_translator

    app = QApplication.instance()
    assert install_translator(app, "zh") == "zh"
    assert QCoreApplication.translate("Settings", "Settings") == "设置"
    assert QCoreApplication.translate("ImportDialog", "Import report") == "导入报告"
    assert install_translator(app, "en") == "en"
    assert QCoreApplication.translate("Settings", "Settings") == "Settings"


def test_first_start_bar_does_not_block_and_stores_the_name(window: Any, qtbot: Any) -> None:
    from rareearth_desk.ui.annotator_prompt import maybe_prompt_annotator
    from rareearth_desk.ui.preferences import Preferences

    bar = maybe_prompt_annotator(window, window.prefs)
    assert bar is not None
    assert QApplication.activeModalWidget() is None
    assert window.isEnabled()
    prompt = bar.widgetForAction(bar.actions()[0])
    assert prompt.name.text()  # the system user name is offered
    prompt.name.setFocus()
    prompt.name.selectAll()
    QTest.keyClicks(prompt.name, "zhao")
    QTest.keyClick(prompt.name, Qt.Key.Key_Return)
    assert window.session.annotator == "zhao"
    assert Preferences().annotator_confirmed()
    assert Preferences().annotator() == "zhao"
    qtbot.waitUntil(lambda: window.findChild(QToolBar, "annotatorToolbar") is None)
    assert maybe_prompt_annotator(window, window.prefs) is None


def test_later_hides_the_bar_and_asks_next_time(window: Any, qtbot: Any) -> None:
    from rareearth_desk.ui.annotator_prompt import maybe_prompt_annotator

    bar = maybe_prompt_annotator(window, window.prefs)
    prompt = bar.widgetForAction(bar.actions()[0])
    QTest.mouseClick(prompt.later, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QToolBar, "annotatorToolbar") is None)
    again = maybe_prompt_annotator(window, window.prefs)
    assert again is not None


def test_system_theme_follows_the_desktop(light_again: None) -> None:
    from PySide6.QtGui import QGuiApplication

    from rareearth_desk.ui.theme import follow_system_theme, resolve_theme

    seen: list[str] = []
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "colorSchemeChanged"):
        pytest.skip("this Qt cannot tell the desktop's colour scheme")
    owner = QObject()
    assert follow_system_theme(lambda: "system", seen.append, owner)
    hints.colorSchemeChanged.emit(hints.colorScheme())
    assert seen == [resolve_theme("system")]
    other = QObject()
    assert follow_system_theme(lambda: "dark", seen.append, other)
    hints.colorSchemeChanged.emit(hints.colorScheme())
    assert len(seen) == 2  # the first watcher again; the "dark" one stays quiet
    del owner, other  # both watches end with their owners
    hints.colorSchemeChanged.emit(hints.colorScheme())
    assert len(seen) == 2


def test_the_window_follows_the_desktop_when_the_theme_is_system(
    qtbot: Any, project_path: Any, light_again: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QGuiApplication

    from rareearth_desk.ui import theme
    from rareearth_desk.ui.app import create_window
    from rareearth_desk.ui.preferences import Preferences

    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "colorSchemeChanged"):
        pytest.skip("this Qt cannot tell the desktop's colour scheme")
    Preferences().set_theme("system")
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: False)
    win = create_window(str(project_path))
    qtbot.addWidget(win)
    try:
        assert not theme.is_dark()
        monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert theme.is_dark()
        assert win.actions_by_id["view.dark"].isChecked()
        assert win.prefs.theme() == "system"  # still following, not pinned to dark
    finally:
        win.close()
