"""Queries over a project's articles: adding them, filtering, listing, counting.

Reads and bulk writes go through raw sqlite3 cursors on the project's pool (they must
stay fast for 100,000 articles); every call is one short transaction. The full-text
index follows ``article`` by itself (triggers, see ``core.search``), except in
``add_articles``, which writes the index rows of a batch in one go. ``ArticleFilter``,
the SQL it becomes and the cache of ordered id lists live in ``core.filters``.

Datetimes are written in SQLAlchemy's SQLite format so that the ORM reads them back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from rareearth_desk.core import search
from rareearth_desk.core.filters import (
    ORDERS,
    ArticleFilter,
    IdsCache,
    fts_expressions,
    sql_datetime,
    where_clause,
)
from rareearth_desk.core.models import (
    STATUS_DONE,
    STATUS_NEW,
    STATUS_STARTED,
    STATUSES,
    Article,
    utcnow,
)
from rareearth_desk.core.records import ArticleRecord, ClaimRecord
from rareearth_desk.core.text import content_hash, detect_lang

if TYPE_CHECKING:
    from rareearth_desk.core.codebook import Codebook
    from rareearth_desk.core.store import Project

CONTEXT_CHARS = 40
_CHUNK = 500
# up to this many full-text matches are ordered by SQL instead of the cached id list
_SMALL_MATCH = 10_000


@dataclass(slots=True)
class ArticleRow:
    """One line of the article list."""

    id: int
    title: str
    source: str
    published: datetime | None
    lang: str
    collection: str
    excerpt: bool
    chars: int
    claims: int
    status: str
    url: str = ""


def parse_datetime(value: str | None) -> datetime | None:
    return None if not value else datetime.fromisoformat(value)


_ROW_SQL = (
    "SELECT a.id, a.title, a.source, a.published, a.lang, a.collection, a.excerpt, a.chars,"
    " (SELECT count(*) FROM claim c WHERE c.article_id = a.id), a.status, a.url"
    " FROM article a WHERE a.id IN ({})"
)
_INSERT_ARTICLE = (
    "INSERT INTO article (title, source, published, url, lang, collection, excerpt, text,"
    " chars, content_hash, status, origin, imported_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(content_hash) DO NOTHING"
)
_INSERT_CLAIM = (
    'INSERT INTO claim (article_id, start, "end", quote, context_before, context_after,'
    " note, annotator, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class Repository:
    """The queries of one open project."""

    def __init__(self, project: Project):
        self.project = project
        self._ids_cache = IdsCache(project)

    # ------------------------------------------------------------ writing

    def add_articles(self, records: Iterable[ArticleRecord]) -> list[int | None]:
        """Store a batch in one transaction; None for a duplicate (by content hash).

        Claims carried by the records are stored with their labels; an unknown label
        or a claim outside its text raises ValueError before anything is written.
        """
        records = list(records)
        codebook = self._codebook() if any(r.claims for r in records) else None
        now = sql_datetime(utcnow())
        rows = [self._article_row(r, now) for r in records]
        claims = [self._claim_rows(r, codebook, now) if r.claims else [] for r in records]
        ids: list[int | None] = []
        indexed: list[tuple[int, str, str]] = []
        with self.project.connection() as conn, search.manual_indexing():
            cur = conn.cursor()
            for record, row, claim_rows in zip(records, rows, claims, strict=True):
                cur.execute(_INSERT_ARTICLE, row)
                if cur.rowcount != 1:
                    ids.append(None)
                    continue
                article_id = cur.lastrowid
                assert article_id is not None
                ids.append(article_id)
                indexed.append((article_id, record.title, record.text))
                for values, label_ids in claim_rows:
                    cur.execute(_INSERT_CLAIM, (article_id, *values))
                    claim_id = cur.lastrowid
                    cur.executemany(
                        "INSERT OR IGNORE INTO claimlabel (claim_id, label_id) VALUES (?, ?)",
                        [(claim_id, lid) for lid in label_ids],
                    )
            search.index_rows(conn, indexed)
        return ids

    def delete_articles(self, ids: Iterable[int]) -> int:
        """Remove articles with their claims and cache; returns how many went."""
        ids = list(ids)
        n = 0
        with self.project.connection() as conn:
            for chunk in _chunks(ids):
                cur = conn.execute(f"DELETE FROM article WHERE id IN ({_marks(chunk)})", chunk)
                n += cur.rowcount
        return n

    def _article_row(self, r: ArticleRecord, now: str | None) -> tuple[Any, ...]:
        where = r.origin or repr(r.title[:60])
        if not isinstance(r.text, str) or not r.text.strip():
            raise ValueError(f"article has no text: {where}")
        status = r.status or (STATUS_STARTED if r.claims else STATUS_NEW)
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}: {where}")
        return (
            r.title or "",
            r.source or "",
            sql_datetime(r.published),
            r.url or "",
            r.lang or detect_lang(r.text),
            r.collection or "",
            bool(r.excerpt),
            r.text,
            len(r.text),
            content_hash(r.text),
            status,
            r.origin or "",
            now,
        )

    def _claim_rows(
        self, r: ArticleRecord, codebook: Codebook | None, now: str | None
    ) -> list[tuple[tuple[Any, ...], list[int]]]:
        assert codebook is not None
        where = r.origin or repr(r.title[:60])
        text = r.text
        out = []
        for i, c in enumerate(r.claims, 1):
            if not (0 <= c.start < c.end <= len(text)):
                raise ValueError(
                    f"claim {i} has offsets {c.start}-{c.end} outside the text "
                    f"({len(text)} characters): {where}"
                )
            label_ids = self._resolve_labels(c, codebook, f"claim {i}: {where}")
            values = (
                c.start,
                c.end,
                text[c.start : c.end],
                text[max(0, c.start - CONTEXT_CHARS) : c.start],
                text[c.end : c.end + CONTEXT_CHARS],
                c.note or "",
                c.annotator or "",
                sql_datetime(c.created) or now,
                sql_datetime(c.updated or c.created) or now,
            )
            out.append((values, label_ids))
        return out

    @staticmethod
    def _resolve_labels(c: ClaimRecord, codebook: Codebook, where: str) -> list[int]:
        from rareearth_desk.core.codebook import resolve_label

        ids: list[int] = []
        stance_dim = codebook.stance_dimension
        if c.stance:
            lab = resolve_label(
                codebook, c.stance, dimension=stance_dim.key if stance_dim else None
            )
            if lab is None:
                raise ValueError(f"unknown stance label {c.stance!r} in {where}")
            ids.append(lab.id)
        for topic in c.topics:
            found = None
            for dim in codebook.topic_dimensions:
                found = resolve_label(codebook, topic, dimension=dim.key)
                if found is not None:
                    break
            if found is None:
                raise ValueError(f"unknown topic label {topic!r} in {where}")
            if found.id not in ids:
                ids.append(found.id)
        return ids

    def _codebook(self) -> Codebook:
        from rareearth_desk.core.codebook import load_codebook

        return load_codebook(self.project)

    # ------------------------------------------------------------ reading

    def article_count(self, flt: ArticleFilter | None = None) -> int:
        if flt is not None and (flt.search or flt.entity):
            return len(self.article_ids(flt, order="id"))
        where, params = where_clause(flt)
        with self.project.connection() as conn:
            row = conn.execute(f"SELECT count(*) FROM article a{where}", params).fetchone()
        return int(row[0])

    def article_ids(self, flt: ArticleFilter | None = None, order: str = "published") -> list[int]:
        """Ids of the matching articles in ``order`` (a key of ``ORDERS``).

        With a full-text part the matching ids come from the index as a set and are
        picked out of the ordered ids of the rest of the filter, which are cached while
        nothing they depend on changes (tagging a claim does not drop the list of a
        search or date filter): a search over 100,000 articles stays one index read.
        """
        if order not in ORDERS:
            raise ValueError(f"unknown order {order!r}; use one of {', '.join(ORDERS)}")
        exprs = fts_expressions(flt)
        if exprs is None:
            return []
        if not exprs:
            return list(self._ids_cache.ordered_ids(flt, order))
        assert flt is not None
        rest = replace(flt, search=None, entity=None)
        with self.project.connection() as conn:
            keep = search.matching_ids(conn, exprs[0])
            for expr in exprs[1:]:
                keep &= search.matching_ids(conn, expr)
            if not keep:
                return []
            if len(keep) <= _SMALL_MATCH and not self._ids_cache.cached(rest, order):
                where, params = where_clause(rest)
                where += " AND" if where else " WHERE"
                sql = (
                    f"SELECT a.id FROM article a{where} a.id IN (SELECT value FROM json_each(?))"
                    f" ORDER BY {ORDERS[order]}"
                )
                return [r[0] for r in conn.execute(sql, [*params, json.dumps(sorted(keep))])]
        return list(filter(keep.__contains__, self._ids_cache.ordered_ids(rest, order)))

    def close(self) -> None:
        self._ids_cache.close()

    def article_rows(self, ids: Sequence[int]) -> list[ArticleRow]:
        """Rows for ``ids`` in the order given (ids that do not exist are left out)."""
        found: dict[int, ArticleRow] = {}
        with self.project.connection() as conn:
            for chunk in _chunks(ids):
                for r in conn.execute(_ROW_SQL.format(_marks(chunk)), chunk):
                    found[r[0]] = ArticleRow(
                        id=r[0],
                        title=r[1],
                        source=r[2],
                        published=parse_datetime(r[3]),
                        lang=r[4],
                        collection=r[5],
                        excerpt=bool(r[6]),
                        chars=r[7],
                        claims=r[8],
                        status=r[9],
                        url=r[10],
                    )
        return [found[i] for i in ids if i in found]

    def get_article(self, article_id: int) -> Article:
        """The whole article (a detached ORM object); KeyError when there is none."""
        with self.project.session() as session:
            article = session.get(Article, article_id)
        if article is None:
            raise KeyError(f"no article with id {article_id}")
        return article

    def search(self, query: str, limit: int | None = 200) -> list[int]:
        """Ids of articles whose title or text holds every term of ``query``, newest first."""
        with self.project.connection() as conn:
            return search.search_ids(conn, query, limit)

    def next_unfinished(self, after_id: int | None, flt: ArticleFilter | None = None) -> int | None:
        """The next article (in published order) not yet done, wrapping round; None if none."""
        if fts_expressions(flt):
            return self._next_unfinished_in(self.article_ids(flt), after_id)
        where, params = where_clause(flt)
        base = f"SELECT a.id FROM article a{where}{' AND' if where else ' WHERE'} a.status != ?"
        order = f" ORDER BY {ORDERS['published']} LIMIT 1"
        with self.project.connection() as conn:

            def first(condition: str, *values: Any) -> int | None:
                row = conn.execute(
                    f"{base} AND {condition}{order}", [*params, STATUS_DONE, *values]
                ).fetchone()
                return None if row is None else int(row[0])

            key = None
            if after_id is not None:
                key = conn.execute(
                    "SELECT published, id FROM article WHERE id = ?", (after_id,)
                ).fetchone()
            if key is not None:
                if key[0] is None:  # undated articles come first, by id
                    found = first("a.published IS NULL AND a.id > ?", key[1])
                    if found is None:
                        found = first("a.published IS NOT NULL")
                else:
                    found = first("(a.published, a.id) > (?, ?)", key[0], key[1])
                if found is not None:
                    return found
            return first("a.id != ?", after_id if after_id is not None else -1)

    def _next_unfinished_in(self, ids: list[int], after_id: int | None) -> int | None:
        start = ids.index(after_id) + 1 if after_id in ids else 0
        ordered = ids[start:] + ids[:start]
        with self.project.connection() as conn:
            for chunk in _chunks([i for i in ordered if i != after_id]):
                done = {
                    r[0]
                    for r in conn.execute(
                        f"SELECT id FROM article WHERE status = ? AND id IN ({_marks(chunk)})",
                        [STATUS_DONE, *chunk],
                    )
                }
                for i in chunk:
                    if i not in done:
                        return i
        return None

    def sources(self) -> list[str]:
        return self._distinct("SELECT DISTINCT source FROM article WHERE source != '' ORDER BY 1")

    def collections(self) -> list[str]:
        return self._distinct(
            "SELECT DISTINCT collection FROM article WHERE collection != '' ORDER BY 1"
        )

    def annotators(self) -> list[str]:
        return self._distinct(
            "SELECT DISTINCT annotator FROM claim WHERE annotator != '' ORDER BY 1"
        )

    def _distinct(self, sql: str) -> list[str]:
        with self.project.connection() as conn:
            return [r[0] for r in conn.execute(sql)]

    def stats(self) -> dict[str, Any]:
        """Counts: articles, claims, by status, by stance and topic label key, by annotator."""
        codebook = self._codebook()
        with self.project.connection() as conn:
            articles = conn.execute("SELECT count(*) FROM article").fetchone()[0]
            claims = conn.execute("SELECT count(*) FROM claim").fetchone()[0]
            by_status = dict.fromkeys(STATUSES, 0)
            by_status.update(conn.execute("SELECT status, count(*) FROM article GROUP BY status"))
            per_label = dict(
                conn.execute("SELECT label_id, count(*) FROM claimlabel GROUP BY label_id")
            )
            by_annotator = dict(
                conn.execute(
                    "SELECT annotator, count(*) FROM claim GROUP BY annotator ORDER BY 2 DESC, 1"
                )
            )
        stance_dim = codebook.stance_dimension
        by_stance = (
            {lab.key: per_label.get(lab.id, 0) for lab in stance_dim.labels} if stance_dim else {}
        )
        by_topic = {
            lab.key: per_label.get(lab.id, 0)
            for dim in codebook.topic_dimensions
            for lab in dim.labels
        }
        return {
            "articles": int(articles),
            "claims": int(claims),
            "by_status": by_status,
            "by_stance": by_stance,
            "by_topic": by_topic,
            "by_annotator": by_annotator,
        }


def _marks(chunk: Sequence[object]) -> str:
    return ",".join("?" * len(chunk))


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield list(ids[i : i + _CHUNK])
