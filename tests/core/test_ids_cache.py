"""Cached article lists: kept across commits that cannot change them, dropped by those that can."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from rareearth_desk.core import annotate
from rareearth_desk.core.codebook import load_codebook
from rareearth_desk.core.filters import (
    COUNT_ARTICLE,
    COUNT_CLAIM,
    COUNT_CLAIMLABEL,
    COUNT_STATUS,
    IdsCache,
    depends_on,
)
from rareearth_desk.core.records import ArticleRecord
from rareearth_desk.core.repository import ArticleFilter
from rareearth_desk.core.store import Project, create_project, open_project

F = ArticleFilter


@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = create_project(tmp_path / "c.redesk")
    p.repo.add_articles(
        [
            ArticleRecord(title="龙岩", text="龙岩稀土分离项目投产。", published=datetime(2025, 3, 1)),
            ArticleRecord(title="MP", text="MP Materials 稀土 magnets.", published=datetime(2024, 1, 1)),
            ArticleRecord(title="镓", text="镓和锗的出口管制。", published=datetime(2023, 6, 1)),
        ]
    )  # fmt: skip
    yield p
    p.close()


def _label(project: Project, key: str) -> int:
    return next(lab.id for lab in load_codebook(project).labels if lab.key == key)


def _cache(project: Project) -> IdsCache:
    return project.repo._ids_cache


def _entry(project: Project, flt: ArticleFilter | None, order: str = "published") -> list[int]:
    """The cached list itself (not a copy), read through the cache."""
    return _cache(project).ordered_ids(flt, order)


def test_tagging_a_claim_keeps_search_and_date_lists(project: Project) -> None:
    repo, cache = project.repo, _cache(project)
    assert repo.article_ids(F(search="稀土")) == [2, 1]
    dated = F(date_from=date(2024, 1, 1))
    assert repo.article_ids(dated) == [2, 1]
    every, by_date = _entry(project, None), _entry(project, dated)
    builds = cache.builds
    # the first claim of a new article also sets its status to started
    annotate.add_claim(project, 1, 0, 4, label_ids=[_label(project, "supportive")], annotator="li")
    annotate.add_claim(project, 1, 4, 8, annotator="li")
    assert repo.get_article(1).status == "started"
    assert repo.article_ids(F(search="稀土")) == [2, 1]
    assert repo.article_ids(dated) == [2, 1]
    assert cache.builds == builds
    assert _entry(project, None) is every
    assert _entry(project, dated) is by_date


def test_claim_filters_are_read_again_after_a_claim(project: Project) -> None:
    repo, cache = project.repo, _cache(project)
    neutral, prices = _label(project, "neutral"), _label(project, "prices")
    assert repo.article_ids(F(stance=neutral)) == []
    assert repo.article_ids(F(topic=prices, search="稀土")) == []
    assert repo.article_ids(F(annotator="emma")) == []
    builds = cache.builds
    changes = annotate.add_claim(project, 2, 0, 5, label_ids=[neutral], annotator="emma")
    assert repo.article_ids(F(stance=neutral)) == [2]
    assert repo.article_ids(F(annotator="emma")) == [2]
    assert repo.article_ids(F(topic=prices, search="稀土")) == []
    annotate.toggle_label(project, changes.created_claim or 0, prices)
    assert repo.article_ids(F(topic=prices, search="稀土")) == [2]
    assert cache.builds > builds
    annotate.delete_claim(project, changes.created_claim or 0)
    assert repo.article_ids(F(stance=neutral)) == []
    assert repo.article_ids(F(topic=prices, search="稀土")) == []
    assert repo.article_ids(F(annotator="emma")) == []


def test_a_note_leaves_claim_filters_cached(project: Project) -> None:
    neutral = _label(project, "neutral")
    claim_id = annotate.add_claim(project, 3, 0, 2, label_ids=[neutral]).created_claim or 0
    listed = _entry(project, F(stance=neutral))
    annotate.set_note(project, claim_id, "checked")
    annotate.set_span(project, claim_id, 1, 3)
    assert _entry(project, F(stance=neutral)) is listed == [3]


def test_status_change_drops_lists_that_read_status(project: Project) -> None:
    repo = project.repo
    assert repo.article_ids(F(status="done")) == []
    assert repo.article_ids(F(search="稀土", status="new")) == [2, 1]
    assert repo.article_ids(order="status") == [3, 2, 1]
    every = _entry(project, None)
    annotate.set_status(project, 2, "done")
    assert repo.article_ids(F(status="done")) == [2]
    assert repo.article_ids(F(search="稀土", status="new")) == [1]
    assert repo.article_ids(order="status") == [2, 3, 1]
    assert _entry(project, None) is every  # status is neither filtered on nor sorted by


def test_import_and_delete_drop_every_list(project: Project) -> None:
    repo = project.repo
    assert repo.article_ids() == [3, 2, 1]
    assert repo.article_ids(F(search="稀土")) == [2, 1]
    (new_id,) = repo.add_articles(
        [ArticleRecord(title="新", text="稀土永磁。", published=datetime(2024, 6, 1))]
    )
    assert repo.article_ids() == [3, 2, new_id, 1]
    assert repo.article_ids(F(search="稀土")) == [2, new_id, 1]
    assert repo.delete_articles([2]) == 1
    assert repo.article_ids() == [3, new_id, 1]
    assert repo.article_ids(F(search="稀土")) == [new_id, 1]


def test_commits_from_another_connection_are_seen(project: Project) -> None:
    repo = project.repo
    neutral = _label(project, "neutral")
    assert repo.article_ids(F(status="done")) == []
    assert repo.article_ids(F(stance=neutral)) == []
    assert repo.article_ids(order="-published") == [1, 2, 3]
    conn = sqlite3.connect(project.path)  # no functions of the app: plain SQL only
    conn.execute("UPDATE article SET status = 'done' WHERE id = 3")
    conn.execute(
        'INSERT INTO claim (article_id, start, "end", quote, context_before, context_after,'
        " note, annotator, created, updated) VALUES (1, 0, 2, '龙岩', '', '', '', 'zhao',"
        " '2025-01-01 00:00:00.000000', '2025-01-01 00:00:00.000000')"
    )
    conn.execute(
        "INSERT INTO claimlabel (claim_id, label_id) VALUES (last_insert_rowid(), ?)", (neutral,)
    )
    conn.commit()
    assert repo.article_ids(F(status="done")) == [3]
    assert repo.article_ids(F(stance=neutral)) == [1]
    conn.execute("UPDATE article SET published = '2026-01-01 00:00:00.000000' WHERE id = 3")
    conn.commit()
    conn.close()
    assert repo.article_ids(order="-published") == [3, 1, 2]
    with open_project(project.path, lock=False, backup=False) as other:
        other.repo.add_articles([ArticleRecord(title="x", text="稀土 x", published=None)])
    assert repo.article_ids(F(search="稀土")) == [4, 2, 1]


def test_commits_from_another_process_are_seen(project: Project) -> None:
    repo = project.repo
    assert repo.article_ids(F(status="done")) == []
    script = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
        " c.execute(\"UPDATE article SET status = 'done' WHERE id = 1\"); c.commit()"
    )
    subprocess.run([sys.executable, "-c", script, str(project.path)], check=True, timeout=60)
    assert repo.article_ids(F(status="done")) == [1]


def test_counters_move_only_when_ids_could_change(project: Project) -> None:
    cache = _cache(project)
    start = cache.counters()
    assert set(start) == {COUNT_ARTICLE, COUNT_STATUS, COUNT_CLAIM, COUNT_CLAIMLABEL}
    with project.connection() as conn:
        conn.execute("UPDATE article SET url = 'https://x', lang = 'en' WHERE id = 1")
        conn.execute("UPDATE article SET status = status, title = title WHERE id = 2")
    assert cache.counters() == start
    with project.connection() as conn:
        conn.execute("UPDATE article SET source = 'Reuters' WHERE id = 1")
    assert cache.counters() == {**start, COUNT_ARTICLE: start[COUNT_ARTICLE] + 1}


def test_what_each_filter_depends_on() -> None:
    assert depends_on(None, "published") == (COUNT_ARTICLE,)
    assert depends_on(F(search="稀土", date_from=date(2024, 1, 1)), "id") == (COUNT_ARTICLE,)
    assert depends_on(F(status="new"), "id") == (COUNT_ARTICLE, COUNT_STATUS)
    assert depends_on(None, "status") == (COUNT_ARTICLE, COUNT_STATUS)
    assert depends_on(F(annotator="li"), "id") == (COUNT_ARTICLE, COUNT_CLAIM)
    assert depends_on(F(topic=3), "id") == (COUNT_ARTICLE, COUNT_CLAIM, COUNT_CLAIMLABEL)
    assert depends_on(F(stance=0), "id") == (COUNT_ARTICLE, COUNT_CLAIM, COUNT_CLAIMLABEL)
