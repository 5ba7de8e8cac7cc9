"""Uncaught errors are logged and shown in a dialog that does not block the app."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


@pytest.fixture
def handler() -> Iterator[Any]:
    from rareearth_desk.ui.errors import install_error_handling

    h = install_error_handling(QApplication.instance())
    yield h
    for d in list(h.dialogs):
        d.close()
    h.uninstall()
    assert sys.excepthook != h.excepthook
    assert threading.excepthook != h.thread_excepthook


def boom() -> None:
    raise ValueError("the gazetteer line 12 is broken")


def test_uncaught_error_is_logged_and_shown(handler: Any, qtbot: Any) -> None:
    from rareearth_desk.ui.errors import log_path

    try:
        boom()
    except ValueError:
        sys.excepthook(*sys.exc_info())
    # the handler returned at once: the dialog comes through the event loop
    qtbot.waitUntil(lambda: len(handler.dialogs) == 1)
    dialog = handler.dialogs[0]
    assert dialog.isVisible()
    assert QApplication.activeModalWidget() in (None, dialog)
    assert "the gazetteer line 12 is broken" in dialog.message.text()
    assert not dialog.details.isVisible()
    QTest.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible()
    assert "in boom" in dialog.details.toPlainText()
    QTest.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    assert "Traceback" in QApplication.clipboard().text()
    for h in handler.logger.handlers:
        h.flush()
    log = log_path().read_text(encoding="utf-8")
    assert "ValueError: the gazetteer line 12 is broken" in log
    assert "in boom" in log


def test_error_in_a_thread_reaches_the_dialog(handler: Any, qtbot: Any) -> None:
    t = threading.Thread(target=boom)
    t.start()
    t.join()
    qtbot.waitUntil(lambda: len(handler.dialogs) == 1)
    assert "ValueError" in handler.dialogs[0].message.text()


def test_show_error_returns_at_once(qtbot: Any) -> None:
    from rareearth_desk.ui.errors import ErrorDialog, show_error

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = show_error(parent, "Import", "cannot read file: /x/y.txt", "details here")
    assert isinstance(dialog, ErrorDialog)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Import"
    assert dialog.message.text() == "cannot read file: /x/y.txt"
    dialog.close()
    plain = show_error(parent, "Import", "no details")
    assert not plain.copy.isEnabled()
    plain.close()


def test_a_repeating_error_opens_few_dialogs(handler: Any, qtbot: Any) -> None:
    from rareearth_desk.ui.errors import MAX_DIALOGS, log_path

    for _ in range(MAX_DIALOGS + 5):
        try:
            boom()
        except ValueError:
            sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: len(handler.dialogs) == MAX_DIALOGS)
    QApplication.processEvents()
    assert len(handler.dialogs) == MAX_DIALOGS
    for h in handler.logger.handlers:
        h.flush()
    assert log_path().read_text(encoding="utf-8").count("Unhandled error") == MAX_DIALOGS + 5


def test_qt_warnings_reach_the_log(handler: Any) -> None:
    from PySide6.QtCore import qWarning

    from rareearth_desk.ui.errors import log_path

    qWarning("a warning from Qt for the log")
    for h in handler.logger.handlers:
        h.flush()
    assert "Qt: a warning from Qt for the log" in log_path().read_text(encoding="utf-8")
