"""The schema ladder: an old project file is backed up, upgraded step by step, and works."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlmodel import SQLModel, create_engine

from rareearth_desk.core import migrations
from rareearth_desk.core.store import (
    ProjectDamagedError,
    list_backups,
    open_project,
)


def make_v1_file(path: Path) -> None:
    """A project as version 1 wrote it: the model tables, no filter indexes, no full-text index."""
    import rareearth_desk.core.models  # noqa: F401  (registers the tables)

    engine = create_engine(f"sqlite:///{path}")
    SQLModel.metadata.create_all(engine)
    engine.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executemany(
        "INSERT INTO meta(key, value) VALUES (?, ?)",
        [("schema_version", "1"), ("app_version", "0.0.1"), ("created", "2025-01-01T00:00:00")],
    )
    rows = [
        ("龙岩稀土", "福建龙岩的稀土分离项目投产。", "h1"),
        ("Lynas", "Lynas said dysprosium output at Kalgoorlie rose.", "h2"),
        ("镓", "中国对镓和锗实施出口管制。", "h3"),
    ]
    conn.executemany(
        "INSERT INTO article (title, text, content_hash, source, url, lang, collection, excerpt,"
        " chars, status, origin, imported_at) VALUES (?, ?, ?, '', '', 'zh', '', 0, 10, 'new', '',"
        " '2025-01-01 00:00:00.000000')",
        rows,
    )
    conn.commit()
    conn.close()


def _objects(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    return names


def test_ladder_is_complete() -> None:
    assert sorted(migrations.STEPS) == list(range(1, migrations.SCHEMA_VERSION))


def test_v1_file_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.redesk"
    make_v1_file(path)
    assert "article_fts" not in _objects(path)
    with open_project(path, backup=False) as project:
        assert project.meta()["schema_version"] == str(migrations.SCHEMA_VERSION)
        assert project.repo.search("龙岩") == [1]
        assert project.repo.search("dysprosium") == [2]
        assert project.repo.search("镓") == [3]
        # the index follows new articles after the upgrade too
        from rareearth_desk.core.records import ArticleRecord

        (new_id,) = project.repo.add_articles([ArticleRecord("新", "龙岩新闻")])
        assert project.repo.search("龙岩") == [new_id, 1]
    names = _objects(path)
    assert {"article_fts", "ix_article_status_published", "article_fts_insert"} <= names
    assert {"change_count", "change_article_insert", "change_claimlabel_delete"} <= names
    conn = sqlite3.connect(path)
    counts = dict(conn.execute("SELECT name, n FROM change_count"))
    conn.close()
    assert counts == {"article": 1, "article.status": 0, "claim": 0, "claimlabel": 0}
    backups = list_backups(path)
    assert len(backups) == 1 and backups[0].name.endswith(
        f"-before-v{migrations.SCHEMA_VERSION}.redesk"
    )
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == "1"
    assert conn.execute("SELECT count(*) FROM article").fetchone()[0] == 3
    conn.close()


def _as_v4(path: Path) -> None:
    """Turn a current project into what version 4 wrote: no change counters."""
    conn = sqlite3.connect(path)
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'change_%'"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE change_count")
    conn.execute("DELETE FROM article_fts_config WHERE k = 'automerge'")
    conn.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()


def test_v4_file_gets_the_change_counters(tmp_path: Path) -> None:
    from rareearth_desk.core import annotate
    from rareearth_desk.core.records import ArticleRecord
    from rareearth_desk.core.repository import ArticleFilter
    from rareearth_desk.core.store import create_project

    path = tmp_path / "v4.redesk"
    with create_project(path) as project:
        project.repo.add_articles([ArticleRecord("龙岩", "龙岩稀土"), ArticleRecord("镓", "镓锗")])
    _as_v4(path)
    assert "change_count" not in _objects(path)
    with open_project(path, backup=False) as project:
        assert project.meta()["schema_version"] == str(migrations.SCHEMA_VERSION)
        repo = project.repo
        assert repo.article_ids(ArticleFilter(status="done")) == []
        listed = repo._ids_cache.ordered_ids(None, "published")
        annotate.add_claim(project, 1, 0, 2, annotator="li")
        assert repo._ids_cache.ordered_ids(None, "published") is listed
        assert repo.article_ids(ArticleFilter(annotator="li")) == [1]
        annotate.set_status(project, 2, "done")
        assert repo.article_ids(ArticleFilter(status="done")) == [2]
    names = _objects(path)
    assert {"change_count", "change_article_status", "change_claim_insert"} <= names
    conn = sqlite3.connect(path)
    merge = conn.execute("SELECT v FROM article_fts_config WHERE k = 'automerge'").fetchone()
    conn.close()
    assert merge == (8,)


def test_failed_step_leaves_the_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.redesk"
    make_v1_file(path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done(x)")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(migrations.STEPS, 1, broken)
    with pytest.raises(ProjectDamagedError, match="upgrade from schema 1 failed"):
        open_project(path, backup=False)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == "1"
    assert "half_done" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    monkeypatch.undo()
    with open_project(path, backup=False) as project:
        assert project.repo.search("龙岩") == [1]


def test_reader_upgrades_under_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "old.redesk"
    make_v1_file(path)
    with open_project(path, lock=False, backup=False) as project:
        assert project.repo.search("锗") == [3]
    with open_project(path):  # the temporary lock was given back
        pass
