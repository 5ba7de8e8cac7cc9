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
