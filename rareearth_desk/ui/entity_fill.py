"""Fills the open project's entity cache in the background while the analyst works.

A few seconds after a project opens, ``EntityFill`` runs ``nlp.entity_jobs.fill_entity_cache``
on a pool of its own with one low-priority thread, so the article view's workers keep
the global pool. Exports and filters then find every article's entities ready. Batches
are small (one short transaction each); closing the project cancels the fill and waits
for the batch in hand, so the project is never closed under it.

Extraction is Python work, and a thread running it takes the interpreter from the
window for milliseconds at a time, on every call the window makes into Python: a
100,000-article list scrolled during a fill crawls. So the fill waits while the analyst
is at work (a key, a click, the wheel, a list or article scrolled within the last
``QUIET_SECONDS``) and goes on in the pauses of reading.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    QThread,
    QThreadPool,
    QTimer,
)

from rareearth_desk.ui.session import Session

log = logging.getLogger(__name__)

START_DELAY_MS = 4000  # let the window, the first article and the highlighter come first
QUIET_SECONDS = 1.5  # the fill waits until the analyst has been idle this long
STEP = 5  # articles per batch: a few hundredths of a second, the longest wait for the window
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
    }
)


class _FillJob(QRunnable):
    def __init__(
        self, project: Any, cancel: threading.Event, busy: Callable[[], bool] = lambda: False
    ) -> None:
        super().__init__()
        self.project, self.cancel, self.busy = project, cancel, busy

    def run(self) -> None:
        QThread.currentThread().setPriority(QThread.Priority.LowestPriority)
        try:
            from rareearth_desk.nlp.entity_jobs import fill_entity_cache

            steps = fill_entity_cache(self.project, cancel=self._stop_or_wait, step=STEP)
            for _progress in steps:
                if self.cancel.is_set():
                    break
        except Exception:  # noqa: BLE001 - a vanished or read-only project: nothing to fill
            log.warning("background entity fill stopped", exc_info=True)

    def _stop_or_wait(self) -> bool:
        """Before each batch: wait (without holding the interpreter) while the analyst works."""
        while self.busy() and not self.cancel.is_set():
            self.cancel.wait(0.1)
        return self.cancel.is_set()


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
        self.last_activity = 0.0  # time.monotonic() of the analyst's last key, click, scroll
        self._watching = False
        self._watch_end = QTimer(self)
        self._watch_end.setInterval(1000)
        self._watch_end.timeout.connect(self._stop_watching_when_done)

    def note_activity(self, *_args: Any) -> None:
        """The analyst did something: the fill waits until they have been idle a while."""
        self.last_activity = time.monotonic()

    def busy(self) -> bool:
        return time.monotonic() - self.last_activity < QUIET_SECONDS

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _INPUT:
            self.last_activity = time.monotonic()
        return False

    def _watch(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True
            self._watch_end.start()

    def _stop_watching_when_done(self) -> None:
        if self.pool.activeThreadCount() == 0:
            self._unwatch()

    def _unwatch(self) -> None:
        self._watch_end.stop()
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False

    def _schedule(self, _project: Any) -> None:
        self.timer.start(START_DELAY_MS)

    def _start(self) -> None:
        project = self.session.project
        if project is None or getattr(project, "read_only", False):
            return
        self.cancel = threading.Event()
        self._watch()  # only while a fill runs: no cost on every event afterwards
        self.pool.start(_FillJob(project, self.cancel, self.busy))

    def stop(self) -> None:
        """Cancel any fill and wait for the batch in hand (a fraction of a second)."""
        self.timer.stop()
        self.cancel.set()
        self.pool.waitForDone()
        self._unwatch()
