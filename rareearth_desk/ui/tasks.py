"""Long work off the GUI thread: any progress generator on a QThreadPool, with Cancel.

A job is a generator that yields ``Progress(done, total, message)`` values and returns
a report (the import and export functions of ``io`` are such generators). ``TaskRunner``
drives one on the global ``QThreadPool`` and turns each yield into a ``progress``
signal; ``run_with_progress`` shows a ``QProgressDialog`` with Cancel and returns the
report. ``set_synchronous(True)`` drives every job on the calling thread instead,
processing events between steps so that the dialog still answers clicks (tests).
"""

from __future__ import annotations

import os
import threading
import traceback
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QProgressDialog, QWidget

from rareearth_desk.ui.messages import tr_message

translate = QCoreApplication.translate

JobFactory = Callable[[Callable[[], bool]], Generator[Any, None, Any]]

_synchronous = os.environ.get("REDESK_SYNC_TASKS", "") == "1"


def set_synchronous(on: bool) -> None:
    """Drive jobs on the calling thread (tests) instead of the thread pool."""
    global _synchronous
    _synchronous = on


def is_synchronous() -> bool:
    return _synchronous


class TaskFailed(Exception):
    """A job raised; ``summary`` is its one-line message, ``details`` the traceback."""

    def __init__(self, summary: str, details: str = "") -> None:
        super().__init__(summary)
        self.summary = summary
        self.details = details


class TaskRunner(QObject):
    """Runs one job; signals are delivered on the GUI thread."""

    progress = Signal(int, int, str)  # done, total, message
    finished = Signal(object)  # the job's report
    failed = Signal(str, str)  # one-line summary, details
    _progress_ready = Signal()  # from the job's thread: a new ``_latest`` waits

    def __init__(self, make_generator: JobFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make = make_generator
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._latest: tuple[int, int, str] | None = None
        self._posted = False
        self._progress_ready.connect(self._deliver)
        self.report: Any = None
        self.error: TaskFailed | None = None
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _post(self, done: int, total: int, message: str) -> None:
        """Keep the latest progress; signal only if the last one was taken already.

        A fast job yields far more often than the GUI can repaint: the steps in between
        are merged, and the GUI always shows the latest.
        """
        with self._lock:
            self._latest = (done, total, message)
            if self._posted:
                return
            self._posted = True
        self._progress_ready.emit()

    def _deliver(self) -> None:
        with self._lock:
            latest, self._posted = self._latest, False
        if latest is not None:
            self.progress.emit(*latest)

    def _drive(self, on_step: Callable[[], None] | None = None) -> None:
        try:
            gen = self._make(self._cancel.is_set)
            while True:
                try:
                    step = next(gen)
                except StopIteration as stop:
                    self.report = stop.value
                    break
                self._post(
                    int(getattr(step, "done", 0)),
                    int(getattr(step, "total", 0)),
                    str(getattr(step, "message", "")),
                )
                if on_step is not None:
                    on_step()
        except BaseException as exc:  # noqa: BLE001 - reported through ``failed``
            text = str(exc).strip()
            summary = text.splitlines()[0] if text else type(exc).__name__
            self.error = TaskFailed(summary, "".join(traceback.format_exception(exc)))
        self.done = True
        if self.error is not None:
            self.failed.emit(self.error.summary, self.error.details)
        else:
            self.finished.emit(self.report)

    def start(self) -> None:
        """Start the job (on the pool, or right here in synchronous mode)."""
        if _synchronous:
            self._drive(on_step=QCoreApplication.processEvents)
        else:
            QThreadPool.globalInstance().start(_Job(self))

    def wait(self) -> Any:
        """Run an event loop until the job ends; return its report or raise ``TaskFailed``."""
        if not self.done:
            loop = QEventLoop()
            self.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
            self.failed.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
            if not self.done:
                loop.exec()
        if self.error is not None:
            raise self.error
        return self.report


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self.runner = runner

    def run(self) -> None:
        self.runner._drive()


_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.Drop,
    QEvent.Type.Close,
}


class _InputBlocker(QObject):
    """Holds user input back from everything but ``dialog`` while a job runs.

    The progress dialog appears only after a moment (short jobs never flash it);
    until then this keeps the window from starting a second edit or job.
    """

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() not in _INPUT:
            return False
        if isinstance(watched, QWindow):
            handle = self.dialog.windowHandle()
            return handle is None or watched is not handle
        target: QObject | None = watched
        while target is not None:
            if target is self.dialog:
                return False
            target = target.parent()
        return True


def run_job(make_generator: JobFactory) -> Any:
    """Run a job to its end with no dialog; return its report or raise ``TaskFailed``."""
    runner = TaskRunner(make_generator)
    runner.start()
    return runner.wait()


def run_with_progress(
    parent: QWidget | None, title: str, make_generator: JobFactory, *, show_error: bool = True
) -> Any:
    """Run ``make_generator(cancel)`` with a progress dialog; the report, or None if it failed.

    ``cancel`` is a callable the job polls; Cancel in the dialog sets it, and the job
    returns its report (which says it was cancelled). A failure is shown to the user
    (unless ``show_error`` is False) and gives None.
    """
    dialog = QProgressDialog(title, translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setObjectName("taskProgress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    runner = TaskRunner(make_generator, dialog)

    def on_progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(max(done, 0), max(total, 0)) if total > 0 else 0)
        if message:
            dialog.setLabelText(f"{title}\n{tr_message(message)}")

    def on_cancel() -> None:
        runner.cancel()
        dialog.setLabelText(translate("Tasks", "Cancelling…"))

    runner.progress.connect(on_progress)
    dialog.canceled.connect(on_cancel)
    app = QCoreApplication.instance()
    blocker = _InputBlocker(dialog)
    if app is not None and not _synchronous:
        app.installEventFilter(blocker)
    try:
        runner.start()
        report = runner.wait()
    except TaskFailed as exc:
        if show_error:
            from rareearth_desk.ui.errors import show_error as show

            show(parent, title, exc.summary, exc.details)
        return None
    finally:
        if app is not None:
            app.removeEventFilter(blocker)
        dialog.canceled.disconnect(on_cancel)
        dialog.close()
        dialog.deleteLater()
    return report
