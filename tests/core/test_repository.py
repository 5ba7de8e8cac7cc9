"""Article queries: adding batches, duplicates, claims from records, filters, order, stats."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from rareearth_desk.core.codebook import load_codebook
from rareearth_desk.core.records import ArticleRecord, ClaimRecord
from rareearth_desk.core.repository import ArticleFilter
from rareearth_desk.core.store import Project, create_project


@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = create_project(tmp_path / "r.redesk")
    yield p
    p.close()


def _label(project: Project, key: str) -> int:
    cb = load_codebook(project)
    return next(lab.id for lab in cb.labels if lab.key == key)


TEXT_A = "工信部表示，龙岩稀土分离产能将扩大。China Rare Earth Group said output rose."
TEXT_B = "MP Materials expands magnet output at Mountain Pass."
TEXT_C = "赣州的重稀土价格上涨。"


def _corpus(project: Project) -> list[int | None]:
    return project.repo.add_articles(
        [
            ArticleRecord(
                title="龙岩稀土",
                text=TEXT_A,
                source="新华社",
                published=datetime(2025, 11, 30, 6, 28),
                collection="稀土自主化",
                url="https://a.example/1",
                claims=[
                    ClaimRecord(0, 14, stance="支持", topics=["加工与精炼", "Investment, funding & M&A"],
                                note="n1", annotator="li"),
                    ClaimRecord(15, 48, stance="neutral", topics=[], annotator="emma"),
                ],
            ),
            ArticleRecord(title="MP", text=TEXT_B, source="Reuters", published=datetime(2024, 5, 1),
                          status="done"),
            ArticleRecord(title="赣州", text=TEXT_C, source="新华社", published=None,
                          claims=[ClaimRecord(0, 3, stance="SKEPTICAL", topics=["prices"],
                                              annotator="li")]),
        ]
    )  # fmt: skip


def test_add_articles_fills_fields(project: Project) -> None:
    ids = _corpus(project)
    assert ids == [1, 2, 3]
    a = project.repo.get_article(1)
    assert a.chars == len(TEXT_A) and a.lang == "mixed" and a.status == "started"
    assert a.text == TEXT_A and a.collection == "稀土自主化"
    assert project.repo.get_article(2).lang == "en"
    assert project.repo.get_article(3).lang == "zh"
    with pytest.raises(KeyError):
        project.repo.get_article(99)


def test_claims_from_records_are_anchored_and_labelled(project: Project) -> None:
    from rareearth_desk.core.annotate import claims_for_article

    _corpus(project)
    claims = claims_for_article(project, 1)
    assert [(c.start, c.end, c.quote) for c in claims] == [
        (0, 14, TEXT_A[0:14]),
        (15, 48, TEXT_A[15:48]),
    ]
    first = claims[0]
    assert first.stance_id == _label(project, "supportive")
    assert sorted(first.topic_ids) == sorted(
        [_label(project, "processing"), _label(project, "investment")]
    )
    assert first.note == "n1" and first.annotator == "li"
    with project.connection() as conn:
        before, after = conn.execute(
            "SELECT context_before, context_after FROM claim WHERE id = ?", (claims[1].id,)
        ).fetchone()
    assert before == TEXT_A[:15] and after == TEXT_A[48:88]


def test_duplicates_skipped_across_and_within_batches(project: Project) -> None:
    _corpus(project)
    ids = project.repo.add_articles(
        [
            ArticleRecord(
                title="again", text="MP  Materials expands magnet OUTPUT at Mountain Pass."
            ),
            ArticleRecord(title="new", text="全新的文章。"),
            ArticleRecord(title="new twice", text="全新的文章。 "),
        ]
    )
    assert ids == [None, 4, None]
    assert project.repo.article_count() == 4


def test_bad_records_write_nothing(project: Project) -> None:
    good = ArticleRecord(title="ok", text="正常的文章。")
    with pytest.raises(ValueError, match="unknown stance label 'Enthusiastic'.*x.jsonl:3"):
        project.repo.add_articles(
            [good, ArticleRecord(title="t", text="abc def", origin="x.jsonl:3",
                                 claims=[ClaimRecord(0, 3, stance="Enthusiastic")])]
        )  # fmt: skip
    with pytest.raises(ValueError, match="unknown topic label 'Weather'"):
        project.repo.add_articles(
            [
                good,
                ArticleRecord(
                    title="t", text="abc def", claims=[ClaimRecord(0, 3, topics=["Weather"])]
                ),
            ]
        )
    with pytest.raises(ValueError, match="offsets 2-99 outside"):
        project.repo.add_articles(
            [good, ArticleRecord(title="t", text="abc def", claims=[ClaimRecord(2, 99)])]
        )
    with pytest.raises(ValueError, match="no text"):
        project.repo.add_articles([good, ArticleRecord(title="t", text="  ")])
    assert project.repo.article_count() == 0


def test_filters(project: Project) -> None:
    _corpus(project)
    repo = project.repo
    F = ArticleFilter
    assert repo.article_ids(F(status="done")) == [2]
    assert repo.article_ids(F(status="started")) == [3, 1]
    assert repo.article_ids(F(source="新华社")) == [3, 1]
    assert repo.article_ids(F(collection="稀土自主化")) == [1]
    assert repo.article_ids(F(date_from=date(2025, 1, 1))) == [1]
    assert repo.article_ids(F(date_to=date(2025, 11, 29))) == [2]
    assert repo.article_ids(F(date_from=date(2025, 11, 30), date_to=date(2025, 11, 30))) == [1]
    assert repo.article_ids(F(topic=_label(project, "prices"))) == [3]
    assert repo.article_ids(F(stance=_label(project, "neutral"))) == [1]
    assert repo.article_ids(F(stance=_label(project, "unclear"))) == []
    assert repo.article_ids(F(annotator="li")) == [3, 1]
    assert repo.article_ids(F(annotator="emma")) == [1]
    assert repo.article_ids(F(entity="China Rare Earth Group")) == [1]
    assert repo.article_ids(F(entity="Rare China")) == []
    assert repo.article_ids(F(entity="稀土")) == [3, 1]
    assert repo.article_ids(F(search="稀土 output")) == [1]
    assert repo.article_ids(F(search="!!!")) == []
    assert repo.article_ids(F(source="新华社", annotator="li", search="龙岩")) == [1]
    assert repo.article_count(F(source="新华社")) == 2
    assert repo.article_count() == 3
    assert F().is_empty() and not F(status="new").is_empty()


def test_orders_and_rows(project: Project) -> None:
    _corpus(project)
    repo = project.repo
    assert repo.article_ids() == [3, 2, 1]  # undated first, then by date
    assert repo.article_ids(order="-published") == [1, 2, 3]
    assert repo.article_ids(order="chars") == [3, 2, 1]
    with pytest.raises(ValueError, match="unknown order"):
        repo.article_ids(order="colour")
    rows = repo.article_rows([2, 99, 1])
    assert [r.id for r in rows] == [2, 1]
    r = rows[1]
    assert (r.title, r.source, r.published, r.claims, r.status, r.url, r.excerpt) == (
        "龙岩稀土", "新华社", datetime(2025, 11, 30, 6, 28), 2, "started", "https://a.example/1", False,
    )  # fmt: skip
    many = repo.add_articles(ArticleRecord(title=f"t{i}", text=f"文本 {i}") for i in range(1200))
    got = repo.article_rows(list(reversed([i for i in many if i])))
    assert [g.id for g in got] == list(reversed([i for i in many if i]))


def test_next_unfinished(project: Project) -> None:
    _corpus(project)  # published order: 3 (undated), 2 (done), 1
    repo = project.repo
    assert repo.next_unfinished(None) == 3
    assert repo.next_unfinished(3) == 1
    assert repo.next_unfinished(2) == 1
    assert repo.next_unfinished(1) == 3  # wraps round
    assert repo.next_unfinished(1, ArticleFilter(source="新华社")) == 3
    assert repo.next_unfinished(3, ArticleFilter(collection="none such")) is None


def test_lists_and_stats(project: Project) -> None:
    assert project.repo.stats()["articles"] == 0
    _corpus(project)
    repo = project.repo
    assert repo.sources() == ["Reuters", "新华社"]
    assert repo.collections() == ["稀土自主化"]
    assert repo.annotators() == ["emma", "li"]
    stats = repo.stats()
    assert list(stats)[:2] == ["articles", "claims"]
    assert stats["articles"] == 3 and stats["claims"] == 3
    assert stats["by_status"] == {"new": 0, "started": 2, "done": 1}
    assert stats["by_stance"] == {"supportive": 1, "skeptical": 1, "neutral": 1, "unclear": 0}
    assert stats["by_topic"]["processing"] == 1 and stats["by_topic"]["prices"] == 1
    assert stats["by_topic"]["mining"] == 0 and len(stats["by_topic"]) == 12
    assert stats["by_annotator"] == {"li": 2, "emma": 1}


def test_search_filter_follows_every_commit(project: Project) -> None:
    import sqlite3

    _corpus(project)
    repo = project.repo
    F = ArticleFilter
    assert repo.article_ids(F(search="稀土", status="done")) == []
    assert repo.article_ids(F(search="稀土")) == [3, 1]
    assert repo.article_count(F(search="稀土")) == 2
    (new_id,) = repo.add_articles(
        [ArticleRecord(title="新", text="稀土永磁。", published=datetime(2020, 1, 1))]
    )
    assert repo.article_ids(F(search="稀土")) == [3, new_id, 1]
    # a write from another connection (another process would do the same)
    conn = sqlite3.connect(project.path)
    conn.execute("UPDATE article SET status = 'done' WHERE id = 1")
    conn.commit()
    conn.close()
    assert repo.article_ids(F(search="稀土", status="done")) == [1]
    assert repo.article_ids(F(search="稀土"), order="-published") == [1, new_id, 3]


def test_large_search_results_come_in_order(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rareearth_desk.core import repository

    records = [
        ArticleRecord(
            title=f"t{i}",
            text=f"镓 {i}",
            published=datetime(2020, 1, 1 + i % 28),
            source=f"s{i % 3}",
        )
        for i in range(60)
    ]
    project.repo.add_articles(records)
    flt = ArticleFilter(search="镓", source="s1")
    by_sql = project.repo.article_ids(flt)
    monkeypatch.setattr(repository, "_SMALL_MATCH", 0)  # always through the cached list
    assert project.repo.article_ids(flt) == by_sql
    assert len(by_sql) == 20
    assert by_sql == project.repo.article_ids(ArticleFilter(source="s1"))


def test_next_unfinished_with_search_and_many_undated(project: Project) -> None:
    repo = project.repo
    ids = repo.add_articles(
        [ArticleRecord(title=f"u{i}", text=f"镓 undated {i}") for i in range(3)]
        + [
            ArticleRecord(title=f"d{i}", text=f"镓 dated {i}", published=datetime(2024, 1, 3 - i))
            for i in range(3)
        ]
    )
    u0, u1, u2, d0, d1, d2 = ids
    assert repo.article_ids() == [u0, u1, u2, d2, d1, d0]
    assert repo.next_unfinished(u2) == d2
    assert repo.next_unfinished(d2) == d1
    from rareearth_desk.core.annotate import set_status

    set_status(project, d1, "done")
    assert repo.next_unfinished(d2) == d0
    flt = ArticleFilter(search="dated")
    assert repo.next_unfinished(d2, flt) == d0
    assert repo.next_unfinished(d0, flt) == d2  # wraps round
    assert repo.next_unfinished(u0, ArticleFilter(search="undated 1")) == u1
    assert repo.next_unfinished(u1, ArticleFilter(search="undated 1")) is None
