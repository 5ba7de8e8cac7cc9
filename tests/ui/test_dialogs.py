"""Background jobs with progress and cancel, and the start page."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from rareearth_desk.io.importers import Progress


def counting(n: int, log: list[int]) -> Callable[[Callable[[], bool]], Generator[Any, None, Any]]:
    def job(cancel: Callable[[], bool]) -> Generator[Progress, None, dict[str, Any]]:
        done = 0
        for i in range(n):
            if cancel():
                return {"done": done, "cancelled": True}
            log.append(i)
            done += 1
            yield Progress(done, n, f"step {done}")
        return {"done": done, "cancelled": False}

    return job


def failing(cancel: Callable[[], bool]) -> Generator[Progress, None, None]:
    yield Progress(0, 1, "starting")
    raise OSError("cannot write /nowhere/out.xlsx")


@pytest.fixture
def synchronous() -> Iterator[None]:
    from rareearth_desk.ui import tasks

    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


def test_job_runs_on_the_pool_and_reports_progress(qtbot: Any) -> None:
    from rareearth_desk.ui.tasks import TaskRunner, is_synchronous

    assert not is_synchronous()
    log: list[int] = []
    seen: list[tuple[int, int, str]] = []
    runner = TaskRunner(counting(5, log))
    runner.progress.connect(lambda d, t, m: seen.append((d, t, m)))
    with qtbot.waitSignal(runner.finished) as done:
        runner.start()
    assert done.args[0] == {"done": 5, "cancelled": False}
    # steps that come faster than the GUI takes them are merged; the last one always arrives
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] == (5, 5, "step 5"))
    assert 1 <= len(seen) <= 5
    assert [d for d, _t, _m in seen] == sorted({d for d, _t, _m in seen})


def test_failure_becomes_task_failed(qtbot: Any) -> None:
    from rareearth_desk.ui.tasks import TaskFailed, run_job

    with pytest.raises(TaskFailed) as info:
        run_job(failing)
    assert info.value.summary == "cannot write /nowhere/out.xlsx"
    assert "OSError" in info.value.details


def test_cancel_button_stops_the_job(qtbot: Any, synchronous: None) -> None:
    from rareearth_desk.ui.tasks import run_with_progress

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    log: list[int] = []

    def click_cancel_after_three() -> None:
        dialog = parent.findChild(QProgressDialog, "taskProgress")
        if dialog is None or len(log) < 3:
            QTimer.singleShot(0, click_cancel_after_three)
            return
        dialog.show()
        QTest.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click_cancel_after_three)
    report = run_with_progress(parent, "Counting", counting(1000, log))
    assert report["cancelled"] is True
    assert 3 <= report["done"] < 1000
    assert len(log) == report["done"]


def test_failure_shows_an_error_and_gives_none(qtbot: Any, synchronous: None) -> None:
    from rareearth_desk.ui.errors import ErrorDialog
    from rareearth_desk.ui.tasks import run_with_progress

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    assert run_with_progress(parent, "Exporting", failing) is None
    dialog = parent.findChild(ErrorDialog)
    assert dialog is not None
    assert dialog.message.text() == "cannot write /nowhere/out.xlsx"
    assert "OSError" in dialog.details_text


def test_start_page_offers_every_choice(qtbot: Any, tmp_path: Path) -> None:
    from rareearth_desk.ui.start_page import StartPage

    page = StartPage()
    qtbot.addWidget(page)
    real = tmp_path / "work.redesk"
    real.write_bytes(b"")
    gone = tmp_path / "gone.redesk"
    page.set_recent([str(real), str(gone)])
    page.show()
    for button, signal in (
        (page.new_button, page.newProjectRequested),
        (page.open_button, page.openProjectRequested),
        (page.sample_button, page.sampleRequested),
    ):
        with qtbot.waitSignal(signal, timeout=1000):
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.recent.count() == 2
    assert "gone" in page.recent.item(1).text() and not (
        page.recent.item(1).flags() & Qt.ItemFlag.ItemIsEnabled
    )
    page.recent.setFocus()
    page.recent.setCurrentRow(0)
    with qtbot.waitSignal(page.recentChosen, timeout=1000) as chosen:
        QTest.keyClick(page.recent, Qt.Key.Key_Return)
    assert chosen.args == [str(real)]


def test_start_page_without_recent_projects(qtbot: Any) -> None:
    from rareearth_desk.ui.start_page import StartPage

    page = StartPage()
    qtbot.addWidget(page)
    page.set_recent([])
    page.show()
    assert page.none_yet.isVisible() and not page.recent.isVisible()


def test_cancel_reaches_a_job_on_the_pool(qtbot: Any) -> None:
    import time

    from rareearth_desk.ui.tasks import is_synchronous, run_with_progress

    assert not is_synchronous()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def job(cancel: Callable[[], bool]) -> Generator[Progress, None, dict[str, Any]]:
        for i in range(10):
            yield Progress(i + 1, 10, f"step {i + 1}")
            if i == 2:  # hold here until the dialog's Cancel arrives (or give up)
                for _ in range(2000):
                    if cancel():
                        break
                    time.sleep(0.005)
            if cancel():
                return {"done": i + 1, "cancelled": True}
        return {"done": 10, "cancelled": False}

    def click_cancel() -> None:
        dialog = parent.findChild(QProgressDialog, "taskProgress")
        if dialog is None or dialog.value() < 3:
            QTimer.singleShot(5, click_cancel)
            return
        dialog.show()
        QTest.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click_cancel)
    report = run_with_progress(parent, "Counting", job)
    assert report == {"done": 3, "cancelled": True}


def test_window_takes_no_keys_while_a_job_runs(qtbot: Any) -> None:
    import threading

    from PySide6.QtWidgets import QLineEdit

    from rareearth_desk.ui.tasks import run_with_progress

    parent = QWidget()
    edit = QLineEdit(parent)
    qtbot.addWidget(parent)
    parent.show()
    typed: list[str] = []
    tried = threading.Event()

    def job(cancel: Callable[[], bool]) -> Generator[Progress, None, str]:
        yield Progress(0, 1, "")
        tried.wait(10)  # the job runs until the keys were sent
        return "done"

    def type_during() -> None:
        QTest.keyClicks(edit, "abc")
        typed.append(edit.text())
        tried.set()

    QTimer.singleShot(0, type_during)
    assert run_with_progress(parent, "Working", job) == "done"
    assert typed == [""]
    QTest.keyClicks(edit, "abc")
    assert edit.text() == "abc"


def test_a_flood_of_progress_is_merged(qtbot: Any) -> None:
    from rareearth_desk.ui.tasks import TaskRunner

    n = 100_000
    seen: list[int] = []
    runner = TaskRunner(counting(n, []))
    runner.progress.connect(lambda d, _t, _m: seen.append(d))
    with qtbot.waitSignal(runner.finished):
        runner.start()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] == n)
    assert len(seen) < n
    assert seen == sorted(seen)


def test_many_signals_leave_true_false_and_none_alone() -> None:
    """Guards against PySide6 builds that drop references to True or None on every call
    (6.12 on Python 3.11 aborts after a few thousand signals)."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        ping = Signal()
        flag = Signal(bool)

    e = Emitter()
    e.flag.connect(lambda _v: None)
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for _ in range(5_000):
        e.ping.emit()
        e.flag.emit(True)
        e.blockSignals(False)
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert all(abs(a - b) < 100 for a, b in zip(after, before, strict=True)), (before, after)
