"""The lazy article list: chunked rows, filters, search, refresh after edits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import make_project
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from rareearth_desk.ui import models
from rareearth_desk.ui.article_list import ArticleList


class CountingRepo:
    """A repository wrapper that counts row fetches."""

    def __init__(self, repo: Any) -> None:
        self.repo = repo
        self.fetched: list[int] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.repo, name)

    def article_rows(self, ids: Any) -> Any:
        self.fetched.append(len(ids))
        return self.repo.article_rows(ids)


def test_rows_are_fetched_by_chunk(qtbot: Any, tmp_path: Path) -> None:
    from rareearth_desk.core.store import open_project

    n = models.CHUNK * 2 + 50
    path = make_project(
        tmp_path / "big.redesk", [(f"Article {i}", f"稀土 text number {i}") for i in range(n)]
    )
    project = open_project(path)
    try:
        repo = CountingRepo(project.repo)
        model = models.ArticleTableModel()
        model.set_repository(repo)
        assert model.rowCount() == n
        assert repo.fetched == []  # ids only
        last = model.index(n - 1, 0)
        assert model.data(last) == f"Article {n - 1}"
        assert repo.fetched == [50]
        model.data(model.index(n - 2, 1))
        assert repo.fetched == [50]  # same chunk: cached
        assert model.data(model.index(0, 4)) == "new"
        assert repo.fetched == [50, models.CHUNK]
    finally:
        project.close()


def test_filters_and_search(qtbot: Any, window: Any) -> None:
    lst: ArticleList = window.list
    assert len(lst.model.ids) == 3
    lst.search.setText("稀土")
    lst.apply_filter()
    titles = {lst.model.row_data(r).title for r in range(lst.model.rowCount())}
    assert titles == {"中文二", "Non-BMP three"}
    assert lst.count.text() == "2 articles"
    lst.search.clear()
    lst.status.setCurrentIndex(lst.status.findData("done"))
    assert lst.model.rowCount() == 0
    lst.status.setCurrentIndex(0)
    assert lst.model.rowCount() == 3


def test_list_shows_claim_counts_and_status_after_tagging(window: Any) -> None:
    from conftest import select_text

    select_text(window, "Analysts doubt the plan.")
    QTest.keyClick(window.view, Qt.Key.Key_2)
    row = window.list.model.row_of(window.tagging.article_id)
    model = window.list.model
    assert model.data(model.index(row, 3)) == 1
    assert model.data(model.index(row, 4)) == "started"


def test_keyboard_in_the_table_opens_articles(window: Any) -> None:
    window.list.table.setFocus()
    QTest.keyClick(window.list.table, Qt.Key.Key_Down)
    assert window.tagging.article_id == window.list.model.ids[1]
    assert window.tagging.article.title == "中文二"


def test_filter_panel_fills_on_first_show_and_filters(window: Any, qtbot: Any) -> None:
    lst: ArticleList = window.list
    assert lst.source.count() == 0  # nothing asked of the store until the panel is shown
    qtbot.mouseClick(lst.more, Qt.MouseButton.LeftButton)
    assert lst.extra.isVisible()
    assert lst.source.findData("Test Wire") > 0
    assert lst.collection.findData("测试") > 0
    lst.entity.setText("Lynas")
    lst.apply_filter()
    assert {lst.model.row_data(r).title for r in range(lst.model.rowCount())} == {
        "English one",
        "Non-BMP three",
    }
