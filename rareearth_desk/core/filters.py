"""Which articles to show and in what order: ``ArticleFilter``, its SQL, cached id lists.

A filter becomes a WHERE clause over ``article a`` (``where_clause``); its full-text
parts also become MATCH expressions of their own (``fts_expressions``), which the
repository reads from the index as id sets. ``IdsCache`` keeps the ordered ids of a few
recent filters while nothing they depend on changes, so that a search over 100,000
articles is one index read picked out of a cached list. What changed is told by
counters in the table ``change_count`` that triggers bump (``create_change_counters``):
one for articles, one for their status, one for claims, one for their labels.

Datetimes are compared in SQLAlchemy's SQLite format (``sql_datetime``), the format
they are stored in.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from rareearth_desk.core import search

if TYPE_CHECKING:
    from rareearth_desk.core.store import Project

ORDERS = {
    "published": "a.published, a.id",
    "-published": "a.published DESC, a.id DESC",
    "id": "a.id",
    "-id": "a.id DESC",
    "title": "a.title COLLATE NOCASE, a.id",
    "source": "a.source, a.published, a.id",
    "chars": "a.chars, a.id",
    "-chars": "a.chars DESC, a.id DESC",
    "status": "a.status, a.published, a.id",
}


@dataclass(slots=True)
class ArticleFilter:
    """Which articles to show; every field that is set must hold (AND)."""

    status: str | None = None
    source: str | None = None
    collection: str | None = None
    date_from: date | None = None  # inclusive, by published
    date_to: date | None = None  # inclusive (the whole day)
    topic: int | None = None  # label id: has a claim with this label
    stance: int | None = None  # label id: has a claim with this stance
    annotator: str | None = None  # has a claim by this annotator
    entity: str | None = None  # the text contains this name (full-text phrase)
    search: str | None = None  # full-text query: every term must occur

    def is_empty(self) -> bool:
        return all(getattr(self, f) in (None, "") for f in self.__slots__)  # type: ignore[attr-defined]


def sql_datetime(value: datetime | None) -> str | None:
    """A datetime as SQLAlchemy stores it in SQLite."""
    return None if value is None else value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _day_start(d: date) -> str:
    if isinstance(d, datetime):
        return sql_datetime(d) or ""
    return f"{d.isoformat()} 00:00:00"


_IN_LABEL = (
    "a.id IN (SELECT c.article_id FROM claimlabel cl JOIN claim c ON c.id = cl.claim_id"
    " WHERE cl.label_id = ?)"
)
_IN_FTS = f"a.id IN (SELECT rowid FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH ?)"


def fts_expressions(flt: ArticleFilter | None) -> list[str] | None:
    """MATCH expressions of the filter's full-text parts; None when one can match nothing."""
    exprs: list[str] = []
    if flt is None:
        return exprs
    for text, to_expr in (
        (flt.entity, search.entity_expression),
        (flt.search, search.match_expression),
    ):
        if text and text.strip():
            expr = to_expr(text)
            if expr is None:
                return None
            exprs.append(expr)
    return exprs


def where_clause(flt: ArticleFilter | None) -> tuple[str, list[Any]]:
    """SQL WHERE clause (with a leading space, or empty) and its parameters."""
    if flt is None:
        return "", []
    clauses: list[str] = []
    params: list[Any] = []

    def add(clause: str, value: Any) -> None:
        clauses.append(clause)
        params.append(value)

    if flt.status:
        add("a.status = ?", flt.status)
    if flt.source:
        add("a.source = ?", flt.source)
    if flt.collection:
        add("a.collection = ?", flt.collection)
    if flt.date_from:
        add("a.published >= ?", _day_start(flt.date_from))
    if flt.date_to:
        end = flt.date_to if isinstance(flt.date_to, datetime) else flt.date_to + timedelta(days=1)
        add(
            "a.published < ?" if not isinstance(flt.date_to, datetime) else "a.published <= ?",
            _day_start(end),
        )
    if flt.topic is not None:
        add(_IN_LABEL, flt.topic)
    if flt.stance is not None:
        add(_IN_LABEL, flt.stance)
    if flt.annotator:
        add("a.id IN (SELECT article_id FROM claim WHERE annotator = ?)", flt.annotator)
    exprs = fts_expressions(flt)
    if exprs is None:
        clauses.append("0")  # nothing searchable in it: no article matches
    else:
        for expr in exprs:
            add(_IN_FTS, expr)
    if not clauses:
        return "", []
    return " WHERE " + " AND ".join(clauses), params


# ---------------------------------------------------------------- change counters

CHANGE_TABLE = "change_count"
# rows of CHANGE_TABLE, each bumped by triggers when ids of some filter could change
COUNT_ARTICLE = "article"  # an article added or removed, or a column filtered on changed
COUNT_STATUS = "article.status"  # an article's status changed
COUNT_CLAIM = "claim"  # a claim added or removed, or its article or annotator changed
COUNT_CLAIMLABEL = "claimlabel"  # a label put on or taken off a claim
COUNTERS = (COUNT_ARTICLE, COUNT_STATUS, COUNT_CLAIM, COUNT_CLAIMLABEL)

# article columns that a filter or an order reads, apart from status
_ARTICLE_COLUMNS = ("id", "title", "text", "source", "collection", "published", "chars")


def _bump(name: str) -> str:
    return f"UPDATE {CHANGE_TABLE} SET n = n + 1 WHERE name = '{name}';"


def _changed(columns: tuple[str, ...]) -> str:
    return " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)


def _counter_triggers() -> list[tuple[str, str]]:
    """(name, body after CREATE TRIGGER name) of every trigger that bumps a counter."""
    article_cols = ", ".join(_ARTICLE_COLUMNS)
    return [
        ("change_article_insert", f"AFTER INSERT ON article BEGIN {_bump(COUNT_ARTICLE)} END"),
        ("change_article_delete", f"AFTER DELETE ON article BEGIN {_bump(COUNT_ARTICLE)} END"),
        (
            "change_article_update",
            f"AFTER UPDATE OF {article_cols} ON article WHEN {_changed(_ARTICLE_COLUMNS)}"
            f" BEGIN {_bump(COUNT_ARTICLE)} END",
        ),
        (
            "change_article_status",
            "AFTER UPDATE OF status ON article WHEN old.status IS NOT new.status"
            f" BEGIN {_bump(COUNT_STATUS)} END",
        ),
        ("change_claim_insert", f"AFTER INSERT ON claim BEGIN {_bump(COUNT_CLAIM)} END"),
        ("change_claim_delete", f"AFTER DELETE ON claim BEGIN {_bump(COUNT_CLAIM)} END"),
        (
            "change_claim_update",
            "AFTER UPDATE OF article_id, annotator ON claim"
            f" WHEN {_changed(('article_id', 'annotator'))} BEGIN {_bump(COUNT_CLAIM)} END",
        ),
        (
            "change_claimlabel_insert",
            f"AFTER INSERT ON claimlabel BEGIN {_bump(COUNT_CLAIMLABEL)} END",
        ),
        (
            "change_claimlabel_delete",
            f"AFTER DELETE ON claimlabel BEGIN {_bump(COUNT_CLAIMLABEL)} END",
        ),
        (
            "change_claimlabel_update",
            "AFTER UPDATE ON claimlabel WHEN"
            f" {_changed(('claim_id', 'label_id'))} BEGIN {_bump(COUNT_CLAIMLABEL)} END",
        ),
    ]


def create_change_counters(conn: sqlite3.Connection) -> None:
    """Create the counters table, its rows and the triggers that keep it (idempotent).

    The triggers use plain SQL only, so a write from any SQLite tool bumps them too.
    """
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {CHANGE_TABLE}"
        " (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID"
    )
    conn.executemany(
        f"INSERT OR IGNORE INTO {CHANGE_TABLE}(name, n) VALUES (?, 0)",
        [(name,) for name in COUNTERS],
    )
    for name, body in _counter_triggers():
        conn.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")


def depends_on(flt: ArticleFilter | None, order: str) -> tuple[str, ...]:
    """The counters whose change may change the ids of ``flt`` in ``order``.

    Full-text parts are not listed: their matches are read from the index each time,
    and the index follows title and text, which the article counter covers.
    """
    names = [COUNT_ARTICLE]
    if (flt is not None and flt.status) or order == "status":
        names.append(COUNT_STATUS)
    if flt is not None:
        if flt.annotator or flt.topic is not None or flt.stance is not None:
            names.append(COUNT_CLAIM)
        if flt.topic is not None or flt.stance is not None:
            names.append(COUNT_CLAIMLABEL)
    return tuple(names)


@dataclass(slots=True)
class _Entry:
    stamp: tuple[int, ...]  # the counters of ``depends_on`` when the ids were read
    ids: list[int]


class IdsCache:
    """Ordered id lists by filter, each kept while the counters it depends on stand still.

    The counters (``change_count``, kept by triggers) are read on a connection of the
    cache's own, in one small query: a new read transaction each time, so it sees every
    commit, from this process or another. Tagging a claim thus leaves the list of a
    search or date filter in place, while a stance or topic filter is read again.
    ``builds`` counts the lists read from the database.
    """

    SIZE = 4  # a 100,000-id list costs about 4 MB

    def __init__(self, project: Project):
        self.project = project
        self._entries: OrderedDict[tuple[Any, ...], _Entry] = OrderedDict()
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self.builds = 0

    def counters(self) -> dict[str, int]:
        """The change counters as committed now."""
        with self._lock:
            if self._conn is None:
                from rareearth_desk.core.store import connect_read_only

                self._conn = connect_read_only(self.project.path)
            return dict(self._conn.execute(f"SELECT name, n FROM {CHANGE_TABLE}").fetchall())

    def _stamp(self, flt: ArticleFilter | None, order: str) -> tuple[int, ...]:
        counts = self.counters()
        return tuple(counts.get(name, 0) for name in depends_on(flt, order))

    def _get(self, key: tuple[Any, ...], stamp: tuple[int, ...]) -> list[int] | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry.stamp != stamp:
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return entry.ids

    def _put(self, key: tuple[Any, ...], stamp: tuple[int, ...], ids: list[int]) -> None:
        with self._lock:
            self._entries[key] = _Entry(stamp, ids)
            self._entries.move_to_end(key)
            while len(self._entries) > self.SIZE:
                self._entries.popitem(last=False)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            self._entries.clear()

    @staticmethod
    def key(flt: ArticleFilter | None, order: str) -> tuple[Any, ...]:
        where, params = where_clause(flt)
        return (where, tuple(params), order)

    def cached(self, flt: ArticleFilter | None, order: str) -> bool:
        return self._get(self.key(flt, order), self._stamp(flt, order)) is not None

    def ordered_ids(self, flt: ArticleFilter | None, order: str) -> list[int]:
        """Ids for a filter without a full-text part, cached while its counters stand.

        The counters are read before the ids, so a commit in between leaves an entry
        that looks older than it is and is read again next time, never the reverse.
        The list returned is the cached one: callers must not change it.
        """
        key = self.key(flt, order)
        stamp = self._stamp(flt, order)
        cached = self._get(key, stamp)
        if cached is not None:
            return cached
        where, params = key[0], list(key[1])
        # one JSON array built by SQLite: much cheaper than a Python row per id; an
        # aggregate over an ordered subquery keeps the subquery's order
        sql = (
            "SELECT json_group_array(id) FROM"
            f" (SELECT a.id FROM article a{where} ORDER BY {ORDERS[order]})"
        )
        with self.project.connection() as conn:
            ids: list[int] = json.loads(conn.execute(sql, params).fetchone()[0])
        with self._lock:
            self.builds += 1
        self._put(key, stamp, ids)
        return ids
