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


def test_index_text_makes_bigrams_and_keeps_latin_words() -> None:
    assert (
        search.index_text("中国稀土集团2500亿 MP Materials")
        == " 中 中国 国稀 稀土 土集 集团 团 2500 亿 亿  MP Materials"
    )
    assert search.index_text("plain ascii") == "plain ascii"
    assert search.index_text("２０２５年") == "2025 年 年 "
    assert search.index_text("镓、锗") == " 镓 镓 、 锗 锗 "


def test_query_terms_and_expression() -> None:
    assert search.query_terms('稀土  "rare earth" MP') == ["稀土", "rare earth", "MP"]
    assert search.match_expression("稀土 Lynas") == '"稀土" AND "Lynas"'
    assert search.match_expression('"rare earth"') == '"rare earth"'
    # punctuation and FTS syntax characters are not passed through
    assert search.match_expression('a*b) OR (c"') == '"a b" AND "OR" AND "c"'
    assert search.match_expression(" ,; ") is None


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("出口管制", '"出口 口管 管制"'),  # the text's run may begin earlier and go on
        ("镓", '"镓"*'),  # a lone character: first half of a bigram, or alone
        ("材料MP", '"材料 料 MP"'),  # followed by more: the last character alone
        ("MP材料", '"MP 材 材料"'),  # after something: the first character alone
        ("3月", '"3 月"'),
        ("年3", '"年 3"'),
        ("a镓b", '"a 镓 镓 b"'),
    ],
)
def test_phrase_rules(term: str, expected: str) -> None:
    assert search.phrase(term) == expected


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
        ("实施出口", [1]),
        ("管理。MP", [3]),
        ("许可管理", [3]),
        ("Materials 回应", [3]),
        ("石窟附", [4]),
        ("窟", [4]),
        ("团", []),
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


def test_every_piece_of_a_text_finds_it() -> None:
    """Any stretch of an article that does not cut a Latin word, used as a query term,
    finds the article: the tokens of query and text agree wherever the stretch starts
    or ends."""
    import random
    import sqlite3

    rng = random.Random(7)
    alphabet = list("中国稀土镓锗出口管制龙岩年月") + list("MPab19") + ["，", "。", "、", "-"]
    conn = sqlite3.connect(":memory:")
    search.register_functions(conn)
    conn.execute(
        f"CREATE VIRTUAL TABLE {search.FTS_TABLE} USING fts5(body, content='',"
        " tokenize='unicode61 remove_diacritics 2')"
    )
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(5, 40))) for _ in range(300)]
    conn.executemany(
        f"INSERT INTO {search.FTS_TABLE}(rowid, body) VALUES (?, ?)",
        [(i, search.index_text(t)) for i, t in enumerate(texts)],
    )

    def cuts_word(text: str, at: int) -> bool:
        return (
            0 < at < len(text)
            and text[at - 1].isascii()
            and text[at - 1].isalnum()
            and (text[at].isascii() and text[at].isalnum())
        )

    checked = 0
    for i, text in enumerate(texts):
        for _ in range(5):
            a = rng.randrange(len(text))
            b = rng.randrange(a + 1, len(text) + 1)
            if cuts_word(text, a) or cuts_word(text, b):
                continue
            term = text[a:b]
            expr = search.phrase(term)
            if expr is None:
                continue
            found = {r[0] for r in conn.execute(
                f"SELECT rowid FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH ?", (expr,)
            )}  # fmt: skip
            assert i in found, (text, term, expr)
            checked += 1
    assert checked > 800
