"""Schema version of a project file and the ordered steps that upgrade an older one.

A new project gets the tables of ``core.models`` (SQLModel metadata) plus what
``create_extras`` adds (indexes for the article filters, the full-text index) and is
stamped with ``SCHEMA_VERSION``. An older file climbs the ladder ``STEPS`` one rung at
a time; each step runs in its own transaction together with the new version stamp, so
a file is always at exactly one version. ``core.store`` backs the file up before the
first step.

Version history:
1. the tables of ``core.models``
2. the full-text index ``article_fts`` and indexes for the article filters
3. the full-text index holds CJK bigrams instead of single characters (rebuilt)
4. each CJK run also gives its first character alone (rebuilt; faster to tokenise)
5. change counters: the table ``change_count`` and the triggers on ``article``,
   ``claim`` and ``claimlabel`` that bump it, so that cached article lists know which
   commits concern them (``core.filters``); the full-text index merges its segments
   less often (``search.AUTOMERGE``)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from rareearth_desk.core import filters, search

SCHEMA_VERSION = 5

# Indexes beyond the ones the models declare, for the article list's filters and sort.
_INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_article_status_published ON article(status, published)",
    "CREATE INDEX IF NOT EXISTS ix_article_source_published ON article(source, published)",
    "CREATE INDEX IF NOT EXISTS ix_article_collection_published ON article(collection, published)",
    "CREATE INDEX IF NOT EXISTS ix_claim_annotator_article ON claim(annotator, article_id)",
)


def create_extras(conn: sqlite3.Connection) -> None:
    """What a current project has beyond the SQLModel tables."""
    for sql in _INDEXES:
        conn.execute(sql)
    search.create_index(conn)
    filters.create_change_counters(conn)


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Add the filter indexes and the full-text index, and index every article."""
    for sql in _INDEXES:
        conn.execute(sql)
    search.create_index(conn)
    search.rebuild(conn)


def _reindex(conn: sqlite3.Connection) -> None:
    """Index every article again with the current tokeniser."""
    search.rebuild(conn)
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('tokeniser_version', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (str(search.TOKENISER_VERSION),),
    )


def _v4_to_v5(conn: sqlite3.Connection) -> None:
    """Add the change counters and their triggers; set the index's merge policy."""
    filters.create_change_counters(conn)
    search.set_merge_policy(conn)


# STEPS[n] upgrades a version-n file to version n + 1.
STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _v1_to_v2,
    2: _reindex,
    3: _reindex,
    4: _v4_to_v5,
}


def read_version(conn: sqlite3.Connection) -> int | None:
    """The file's schema version, or None when it has no ``meta`` table or version."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.OperationalError:
        return None
    if row is None:
        return None
    try:
        return int(row[0])
    except (TypeError, ValueError):
        return None


def write_version(conn: sqlite3.Connection, version: int) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (str(version),),
    )


def migrate(conn: sqlite3.Connection, progress: Callable[[int, int], None] | None = None) -> int:
    """Run every step from the file's version up to ``SCHEMA_VERSION``; return the old version.

    ``conn`` must be in autocommit mode (``isolation_level=None``) with the project's
    SQL functions registered. Each step commits on its own; a failing step rolls back
    and raises, leaving the file at the version before it.
    """
    start = read_version(conn)
    if start is None:
        raise ValueError("file has no schema version")
    version = start
    while version < SCHEMA_VERSION:
        step = STEPS.get(version)
        if step is None:
            raise ValueError(f"no upgrade from schema version {version}")
        if progress is not None:
            progress(version, SCHEMA_VERSION)
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            write_version(conn, version + 1)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        version += 1
    return start
