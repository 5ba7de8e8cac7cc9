"""Answering modal dialogs from tests: the dialog's own event loop runs ``action`` on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget


def when_modal(action: Callable[[QWidget], None]) -> list[str]:
    """Run ``action`` on the next visible modal dialog (not a progress dialog) as soon as
    it opens; returns the list its class name is recorded in."""
    seen: list[str] = []
    tries = [1000]  # stop polling (about 10 s) so that a failed test leaves nothing behind

    def poll() -> None:
        tries[0] -= 1
        w = QApplication.activeModalWidget()
        if w is None or not w.isVisible() or isinstance(w, QProgressDialog):
            if tries[0] > 0:
                QTimer.singleShot(10, poll)
            return
        seen.append(type(w).__name__)
        action(w)

    QTimer.singleShot(0, poll)
    return seen
