"""The open project and the signal hub the window's parts listen to.

``Session`` owns the one open ``Project``, its codebook read model, the undo stack and
the annotator's name. Every mutation goes through ``Session.run`` which calls a core use
case, turns any failure into a ``failed`` signal with a one-line message (a read-only or
vanished project file never reaches the user as a traceback) and broadcasts the
returned ``Changes`` so each view redraws only what concerns it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from rareearth_desk.ui.messages import tr_message

if TYPE_CHECKING:
    from rareearth_desk.core.codebook import Codebook
    from rareearth_desk.core.store import Project

translate = QCoreApplication.translate


def _failure_message(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    low = text.lower()
    if "readonly" in low or "read-only" in low:
        return translate("Session", "The project file is read-only; this change was not saved.")
    if "unable to open" in low or "no such table" in low or "disk i/o" in low:
        return translate(
            "Session",
            "The project file can no longer be written (moved or deleted?); this change was not saved.",  # noqa: E501 - one literal for lupdate
        )
    return translate("Session", "The change was not saved: {reason}").format(
        reason=tr_message(text)
    )


class Session(QObject):
    """One open project, shared by every part of the window."""

    projectOpened = Signal(object)  # Project
    projectClosing = Signal()  # background work on the project stops here
    projectClosed = Signal()
    changed = Signal(object)  # core.annotate.Changes
    saved = Signal()  # emitted after every successful commit
    failed = Signal(str)  # one-line, user-facing message

    def __init__(self, annotator: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self._codebook: Codebook | None = None
        self.annotator = annotator
        self.undo_stack = QUndoStack(self)

    # ------------------------------------------------------------ project

    def open(self, path: str | Path) -> Project:
        """Open ``path`` (raises core.store.ProjectError with a user-facing message)."""
        from rareearth_desk.core.store import open_project

        project = open_project(Path(path))
        self.close()
        self.project = project
        self._codebook = None
        self.projectOpened.emit(project)
        return project

    def close(self) -> None:
        if self.project is None:
            return
        self.undo_stack.clear()
        self.projectClosing.emit()
        project, self.project = self.project, None
        self._codebook = None
        try:
            project.close()
        finally:
            self.projectClosed.emit()

    @property
    def read_only(self) -> bool:
        return bool(self.project is not None and getattr(self.project, "read_only", False))

    @property
    def codebook(self) -> Codebook:
        if self._codebook is None:
            from rareearth_desk.core.codebook import load_codebook

            assert self.project is not None, "no project open"
            self._codebook = load_codebook(self.project)
        return self._codebook

    def reload_codebook(self) -> None:
        self._codebook = None

    # ------------------------------------------------------------ mutations

    def run(self, use_case: Callable[..., Any], *args: Any, **kwargs: Any) -> Any | None:
        """Call ``use_case(project, *args, **kwargs)``; broadcast its Changes.

        Returns the use case's result, or None when it failed (``failed`` was emitted).
        """
        if self.project is None:
            self.failed.emit(translate("Session", "No project is open."))
            return None
        if self.read_only:
            self.failed.emit(
                translate("Session", "The project is open read-only; this change was not saved.")
            )
            return None
        try:
            result = use_case(self.project, *args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a message
            self.failed.emit(_failure_message(exc))
            return None
        if result is not None and hasattr(result, "articles"):
            self.publish(result)
        self.saved.emit()
        return result

    def publish(self, changes: Any) -> None:
        if getattr(changes, "codebook", False):
            self._codebook = None
        self.changed.emit(changes)
