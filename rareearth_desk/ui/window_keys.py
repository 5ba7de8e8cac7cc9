"""Window shortcuts that text fields would otherwise keep for themselves.

On Linux desktops Qt gives line and text edits Emacs-style keys: Ctrl+E (end of line)
and Ctrl+K (delete to the end of the line). Those are the window's Export and Previous
article, so from the search box or a note they would silently do nothing. The filter
here refuses the fields' claim on those keys, and the window's actions get them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

WINDOW_KEYS = frozenset({Qt.Key.Key_E, Qt.Key.Key_K})


class WindowKeys(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if (
                event.modifiers() == Qt.KeyboardModifier.ControlModifier
                and Qt.Key(event.key()) in WINDOW_KEYS
            ):
                event.ignore()
                return True
        return False


def release_window_keys(owner: QObject, fields: list[QWidget]) -> WindowKeys:
    """Install one filter (kept alive by ``owner``) on each of ``fields``."""
    keys = WindowKeys(owner)
    for field in fields:
        field.installEventFilter(keys)
    return keys
