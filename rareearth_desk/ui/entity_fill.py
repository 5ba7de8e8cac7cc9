"""Fills the open project's entity cache in the background while the analyst works.

A few seconds after a project opens, ``EntityFill`` runs ``nlp.entity_jobs.fill_entity_cache``
on a pool of its own with one low-priority thread, so the article view's workers keep
the global pool. Exports and filters then find every article's entities ready. Batches
are small (one short transaction each); closing the project cancels the fill and waits
for the batch in hand, so the project is never closed under it.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, QTimer

from rareearth_desk.ui.session import Session

log = logging.getLogger(__name__)

START_DELAY_MS = 4000  # let the window, the first article and the highlighter come first


class _FillJob(QRunnable):
    def __init__(self, project: Any, cancel: threading.Event) -> None:
        super().__init__()
        self.project, self.cancel = project, cancel

    def run(self) -> None:
        QThread.currentThread().setPriority(QThread.Priority.LowestPriority)
        try:
            from rareearth_desk.nlp.entity_jobs import fill_entity_cache

            steps = fill_entity_cache(self.project, cancel=self.cancel.is_set)
            for _progress in steps:
                if self.cancel.is_set():
                    break
        except Exception:  # noqa: BLE001 - a vanished or read-only project: nothing to fill
            log.warning("background entity fill stopped", exc_info=True)


class EntityFill(QObject):
    """Starts the fill when a project opens; cancels it before the project closes."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.cancel = threading.Event()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._start)
        session.projectOpened.connect(self._schedule)
        session.projectClosing.connect(self.stop)

    def _schedule(self, _project: Any) -> None:
        self.timer.start(START_DELAY_MS)

    def _start(self) -> None:
        project = self.session.project
        if project is None or getattr(project, "read_only", False):
            return
        self.cancel = threading.Event()
        self.pool.start(_FillJob(project, self.cancel))

    def stop(self) -> None:
        """Cancel any fill and wait for the batch in hand (a fraction of a second)."""
        self.timer.stop()
        self.cancel.set()
        self.pool.waitForDone()
