"""Bulk writes: the write-ahead log is folded into the file by the import, not by the next edit."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from rareearth_desk.core import search
from rareearth_desk.core.records import ArticleRecord
from rareearth_desk.core.store import WAL_CHECKPOINT_PAGES, Project, create_project


@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = create_project(tmp_path / "b.redesk")
    yield p
    p.close()


def _in_main_file(path: Path) -> int:
    """Articles in the database file itself, leaving out what only the log holds."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM article").fetchone()[0])
    finally:
        conn.close()


def test_log_is_folded_only_when_big_or_asked(project: Project) -> None:
    with project.connection() as conn:
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_CHECKPOINT_PAGES
    project.repo.add_articles([ArticleRecord(f"t{i}", f"稀土 {i}") for i in range(3)])
    assert _in_main_file(project.path) == 0
    project.checkpoint()
    assert _in_main_file(project.path) == 3
    assert project.repo.search("稀土") == [3, 2, 1]


def test_import_job_folds_the_log(project: Project, tmp_path: Path) -> None:
    from rareearth_desk.io.importers import import_paths, run_import

    source = tmp_path / "a.jsonl"
    rows = [{"title": f"t{i}", "text": f"镓 article {i}"} for i in range(5)]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report = run_import(import_paths(project, [source]))
    assert report.imported == 5
    assert _in_main_file(project.path) == 5


def test_index_merges_at_eight_segments(project: Project) -> None:
    with project.connection() as conn:
        row = conn.execute(
            f"SELECT v FROM {search.FTS_TABLE}_config WHERE k = 'automerge'"
        ).fetchone()
    assert row is not None and int(row[0]) == search.AUTOMERGE == 8
