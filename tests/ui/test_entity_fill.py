"""The window fills the project's entity cache in the background and stops on close."""

from __future__ import annotations

from typing import Any


def _cached(project: Any) -> int:
    with project.connection() as conn:
        return int(conn.execute("SELECT count(*) FROM entitycache").fetchone()[0])


def test_background_fill_caches_every_article(window: Any, qtbot: Any, monkeypatch: Any) -> None:
    project = window.session.project
    total = project.repo.article_count()
    window.entity_fill._start()  # what the timer does a few seconds after opening
    qtbot.waitUntil(lambda: _cached(project) == total, timeout=30000)
    assert window.entity_fill.pool.waitForDone(10000)


def test_closing_the_project_cancels_the_fill(window: Any) -> None:
    fill = window.entity_fill
    fill._start()
    window.session.close()  # emits projectClosing first: the fill stops before the close
    assert fill.cancel.is_set()
    assert fill.pool.activeThreadCount() == 0


def test_the_fill_waits_while_the_analyst_works(window: Any, qtbot: Any, monkeypatch: Any) -> None:
    import time

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from rareearth_desk.ui import entity_fill

    monkeypatch.setattr(entity_fill, "QUIET_SECONDS", 0.4)
    project = window.session.project
    total = project.repo.article_count()
    fill = window.entity_fill
    fill.note_activity()
    before = _cached(project)
    assert before < total
    fill._start()
    assert fill._watching  # input is watched while the fill runs
    end = time.monotonic() + 1.2
    while time.monotonic() < end:  # a list scrolled, then keys pressed: still at work
        window.list.table.verticalScrollBar().valueChanged.emit(1)
        qtbot.wait(100)
    assert _cached(project) == before
    stamp = fill.last_activity
    qtbot.wait(50)
    QTest.keyClick(window.view, Qt.Key.Key_Down)
    assert fill.last_activity > stamp
    qtbot.waitUntil(lambda: _cached(project) == total, timeout=30000)  # idle: it goes on
    assert fill.pool.waitForDone(10000)
    qtbot.waitUntil(lambda: not fill._watching, timeout=3000)  # and stops watching
