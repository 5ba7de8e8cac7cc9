"""Which articles to show and in what order: ``ArticleFilter``, its SQL, cached id lists.

A filter becomes a WHERE clause over ``article a`` (``where_clause``); its full-text
parts also become MATCH expressions of their own (``fts_expressions``), which the
repository reads from the index as id sets. ``IdsCache`` keeps the ordered ids of a few
recent filters until anything commits to the project, so that a search over 100,000
articles is one index read picked out of a cached list.

Datetimes are compared in SQLAlchemy's SQLite format (``sql_datetime``), the format
they are stored in.
"""

from __future__ import annotations

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
    for text, to_expr in (
        (flt.entity, search.entity_expression),
        (flt.search, search.match_expression),
    ):
        if text and text.strip():
            expr = to_expr(text)
            if expr is None:
                clauses.append("0")  # nothing searchable in it: no article matches
            else:
                add(_IN_FTS, expr)
    if not clauses:
        return "", []
    return " WHERE " + " AND ".join(clauses), params


class IdsCache:
    """Ordered id lists by filter, dropped whenever anything commits to the project.

    ``PRAGMA data_version`` on a connection of its own (used for nothing else) changes
    with every commit made by any other connection, in this process or another.
    """

    SIZE = 4  # a 100,000-id list costs about 4 MB

    def __init__(self, project: Project):
        self.project = project
        self._entries: OrderedDict[tuple[Any, ...], list[int]] = OrderedDict()
        self._version: int | None = None
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def version(self) -> int:
        with self._lock:
            if self._conn is None:
                from rareearth_desk.core.store import connect_read_only

                self._conn = connect_read_only(self.project.path)
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def get(self, key: tuple[Any, ...]) -> list[int] | None:
        version = self.version()
        with self._lock:
            if version != self._version:
                self._entries.clear()
                self._version = version
                return None
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(self, key: tuple[Any, ...], version: int, ids: list[int]) -> None:
        with self._lock:
            if version != self._version:
                return
            self._entries[key] = ids
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
        return self.get(self.key(flt, order)) is not None

    def ordered_ids(self, flt: ArticleFilter | None, order: str) -> list[int]:
        """Ids for a filter without a full-text part, cached until the next commit."""
        key = self.key(flt, order)
        cached = self.get(key)
        if cached is not None:
            return cached
        version = self.version()
        where, params = key[0], list(key[1])
        sql = f"SELECT a.id FROM article a{where} ORDER BY {ORDERS[order]}"
        with self.project.connection() as conn:
            ids = [r[0] for r in conn.execute(sql, params)]
        self.put(key, version, ids)
        return ids
