"""Full-text search in Chinese and English: tokenising, queries, the index kept in step."""

from __future__ import annotations

from pathlib import Path

import pytest

from rareearth_desk.core import search
from rareearth_desk.core.records import ArticleRecord
from rareearth_desk.core.store import Project, create_project

ARTICLES = [
    ("稀土出口管制升级", "商务部宣布对重稀土实施出口管制，龙岩的分离厂受影响。"),
    ("Lynas expands", "Lynas Rare Earths said dysprosium output in Kalgoorlie rose 20%."),
    ("镓锗", "中国对镓、锗出口实行许可管理。MP Materials 回应称将扩产。"),
    ("岩土工程", "龙门石窟附近的岩土工程与稀有金属无关。"),  # 龙 and 岩, 稀 and 土 apart
    ("Ｆｕｌｌ ｗｉｄｔｈ", "ＮｄＦｅＢ magnets from Ｍｏｕｎｔａｉｎ Ｐａｓｓ in ２０２５."),
    ("Café news", "The rare-earth café in Québec sold magnets."),
]


@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = create_project(tmp_path / "s.redesk")
    ids = p.repo.add_articles(ArticleRecord(title=t, text=x) for t, x in ARTICLES)
    assert ids == [1, 2, 3, 4, 5, 6]
    yield p
    p.close()


def test_index_text_spaces_out_cjk_and_keeps_latin_words() -> None:
    assert (
        search.index_text("中国稀土集团2500亿 MP Materials")
        == " 中 国 稀 土 集 团 2500 亿  MP Materials"
    )
    assert search.index_text("plain ascii") == "plain ascii"
    assert search.index_text("２０２５年") == "2025 年 "


def test_query_terms_and_expression() -> None:
    assert search.query_terms('稀土  "rare earth" MP') == ["稀土", "rare earth", "MP"]
    assert search.match_expression("稀土 Lynas") == '"稀 土" AND "Lynas"'
    assert search.match_expression('"rare earth"') == '"rare earth"'
    # punctuation and FTS syntax characters are not passed through
    assert search.match_expression('a*b) OR (c"') == '"a b" AND "OR" AND "c"'
    assert search.match_expression(" ,; ") is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("稀土", [1]),  # two characters; article 4 has 稀 and 土 apart
        ("龙岩", [1]),
        ("镓", [3]),
        ("锗", [3]),
        ("出口管制", [1]),
        ("出口", [3, 1]),
        ("dysprosium", [2]),
        ("DYSPROSIUM", [2]),
        ("rare earths", [2]),
        ('"rare earths"', [2]),
        ('"earths rare"', []),
        ("lynas kalgoorlie", [2]),
        ("MP Materials", [3]),
        ("MP 扩产", [3]),
        ("NdFeB", [5]),
        ("ｍｏｕｎｔａｉｎ pass", [5]),
        ("2025", [5]),
        ("cafe", [6]),
        ("quebec", [6]),
        ("rare-earth", [6]),
        ("岩土", [4]),
        ("稀有", [4]),
        ("tungsten", []),
    ],
)
def test_search_finds(project: Project, query: str, expected: list[int]) -> None:
    assert project.repo.search(query) == expected


def test_search_limit_and_empty_query(project: Project) -> None:
    assert project.repo.search("出口", limit=1) == [3]
    assert project.repo.search("") == []
    assert project.repo.search("  ...  ") == []


def test_titles_are_indexed(project: Project) -> None:
    assert project.repo.search("expands") == [2]


def test_index_follows_delete_and_update(project: Project) -> None:
    assert project.repo.delete_articles([1]) == 1
    assert project.repo.search("龙岩") == []
    assert project.repo.search("稀土") == []
    with project.connection() as conn:
        conn.execute("UPDATE article SET text = '龙岩新闻' WHERE id = 4")
    assert project.repo.search("龙岩") == [4]
    assert project.repo.search("岩土") == [4]  # from the title
    assert project.repo.search("石窟") == []
    with project.connection() as conn:
        assert conn.execute("INSERT INTO article_fts(article_fts) VALUES ('integrity-check')")


def test_rebuild_gives_the_same_results(project: Project) -> None:
    before = {q: project.repo.search(q) for q in ("稀土", "镓", "Lynas", "cafe")}
    with project.connection() as conn:
        search.rebuild(conn)
    assert {q: project.repo.search(q) for q in before} == before


def test_rows_added_outside_the_repository_are_indexed(project: Project) -> None:
    from rareearth_desk.core.models import Article

    with project.session() as s:
        article = Article(title="手工", text="赣州稀土永磁产业园。", content_hash="manual-1")
        s.add(article)
        s.flush()
        new_id = article.id
    assert project.repo.search("赣州") == [new_id]
    assert project.repo.search("永磁") == [new_id]
