"""First start: a bar in the window that offers the annotator name, without blocking.

``maybe_prompt_annotator(window, prefs)`` adds ``AnnotatorBar`` at the top of a
``QMainWindow`` when the analyst has not yet confirmed a name. The bar offers the
system user name; Confirm (or Return) stores it, "Later" hides the bar until the next
start. The window stays usable the whole time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QToolBar,
    QWidget,
)

from rareearth_desk.ui.preferences import Preferences

translate = QCoreApplication.translate


class AnnotatorBar(QWidget):
    """Label, name field, Confirm and Later; emits ``confirmed(name)`` or ``dismissed``."""

    confirmed = Signal(str)
    dismissed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotatorBar")
        self.message = QLabel(
            translate(
                "AnnotatorPrompt",
                "Welcome. Your claims will be saved under this annotator name:",
            ),
            self,
        )
        self.name = QLineEdit(name, self)
        self.name.setObjectName("annotatorName")
        self.name.setMinimumWidth(180)
        self.name.setMaximumWidth(320)
        self.name.setPlaceholderText(translate("AnnotatorPrompt", "Your name or initials"))
        self.confirm = QPushButton(translate("AnnotatorPrompt", "Confirm"), self)
        self.confirm.setObjectName("confirmAnnotator")
        self.confirm.setDefault(True)
        self.later = QPushButton(translate("AnnotatorPrompt", "Later"), self)
        self.later.setObjectName("laterAnnotator")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message)
        layout.addWidget(self.name)
        layout.addWidget(self.confirm)
        layout.addWidget(self.later)
        layout.addStretch(1)
        self.confirm.clicked.connect(self._confirm)
        self.name.returnPressed.connect(self._confirm)
        self.later.clicked.connect(self.dismissed.emit)
        self._focused = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._focused:  # the first start: typing a name and Return is all it takes
            self._focused = True
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
            self.name.selectAll()

    def _confirm(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.confirmed.emit(name)


def maybe_prompt_annotator(window: QMainWindow, prefs: Any) -> QToolBar | None:
    """Show the bar if the annotator name was never confirmed; returns the bar's toolbar."""
    p = Preferences.of(prefs)
    if p.annotator_confirmed():
        return None
    shown = window.findChild(QToolBar, "annotatorToolbar")
    return shown if shown is not None else show_annotator_bar(window, p)


def show_annotator_bar(window: QMainWindow, prefs: Preferences) -> QToolBar:
    bar = AnnotatorBar(prefs.annotator(), window)
    holder = QToolBar(translate("AnnotatorPrompt", "Annotator"), window)
    holder.setObjectName("annotatorToolbar")
    holder.setMovable(False)
    holder.setFloatable(False)
    holder.addWidget(bar)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, holder)

    def close() -> None:
        window.removeToolBar(holder)
        holder.deleteLater()
        view = getattr(window, "view", None)
        if isinstance(view, QWidget):
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirmed(name: str) -> None:
        prefs.confirm_annotator(name)
        session = getattr(window, "session", None)
        if session is not None:
            session.annotator = name
        update = getattr(window, "update_status", None)
        if callable(update):
            update()
        close()

    bar.confirmed.connect(confirmed)
    bar.dismissed.connect(close)
    return holder
