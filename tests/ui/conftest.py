"""Fixtures for window tests: a small project on disk and the main window opened on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# "𝒳" (U+1D4B3) is outside the Basic Multilingual Plane: two UTF-16 units in Qt.
NON_BMP = (
    "𝒳𝒴 稀土 Lynas 在澳大利亚扩产。Lynas said output will rise 20% by 2027. 美国依赖中国加工。"
)
ENGLISH = (
    "Lynas said its plant in Malaysia will double output. Analysts doubt the plan. "
    "China controls 90% of refining capacity, according to the report."
)
CHINESE = (
    "工信部表示,稀土指标将向中重稀土倾斜。业内人士指出,镝和铽的供给仍然偏紧。预计价格将继续上涨。"
)


def make_project(path: Path, texts: list[tuple[str, str]]) -> Path:
    from datetime import datetime, timedelta

    from rareearth_desk.core.records import ArticleRecord
    from rareearth_desk.core.store import create_project

    project = create_project(path)
    try:
        project.repo.add_articles(
            ArticleRecord(
                title=title,
                text=text,
                source="Test Wire",
                published=datetime(2026, 1, 1, 9, 0) + timedelta(hours=i),
                collection="测试",
            )
            for i, (title, text) in enumerate(texts)
        )
    finally:
        project.close()
    return path


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return make_project(
        tmp_path / "test.redesk",
        [("English one", ENGLISH), ("中文二", CHINESE), ("Non-BMP three", NON_BMP)],
    )


@pytest.fixture
def window(qtbot: Any, project_path: Path) -> Iterator[Any]:
    from rareearth_desk.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(project_path)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=20000)
    win.view.setFocus()
    yield win
    settle()
    win.close()
    settle()


def settle() -> None:
    """Let every worker of the thread pool finish and deliver its results.

    A worker that outlived its window would signal into deleted objects in a later test.
    """
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()


def store_claims(win: Any) -> list[Any]:
    from rareearth_desk.core.annotate import claims_for_article

    return claims_for_article(win.session.project, win.tagging.article_id)


def label(win: Any, key: str) -> Any:
    from rareearth_desk.core.codebook import resolve_label

    return resolve_label(win.session.codebook, key)


def select_text(win: Any, needle: str) -> tuple[int, int]:
    """Select ``needle`` in the view the way a user would: cursor, then shift+right."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    text = win.view.text
    start = text.index(needle)
    win.view.place_cursor(start)
    for _ in range(len(needle)):
        QTest.keyClick(win.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    return start, start + len(needle)


@pytest.fixture
def parent(qtbot: Any) -> Any:
    """A shown top-level widget for dialogs to belong to."""
    from PySide6.QtWidgets import QWidget

    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w
