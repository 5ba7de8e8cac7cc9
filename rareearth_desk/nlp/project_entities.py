"""Mentions of a project's article: cached raw extraction plus the project's corrections.

Raw mentions are cached in the EntityCache table under a key made of the engine version
(code, word lists, gazetteer) and the text's hash, so they are recomputed only when the
text or the engine changes. Corrections (EntityRule rows) are applied at read time, so
a new correction shows at once without recomputing anything.

``article_mentions`` serves one article (the reader); ``mentions_for_articles`` serves
many (exports, the background fill of ``nlp.entity_jobs``): texts, cache rows and
corrections in one query each per chunk, missing rows computed and written in one
transaction.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Generator, Iterable, Sequence
from typing import Any, NamedTuple

from rareearth_desk.core.models import Article, EntityCache, EntityRule
from rareearth_desk.nlp.corrections import apply_rules
from rareearth_desk.nlp.entities import Mention, engine_version, extract
from rareearth_desk.nlp.mention_codec import decode, decode_light, encode

log = logging.getLogger(__name__)


def cache_key(text: str) -> str:
    return key_for(engine_version() + ":", text)


def raw_mentions(project: Any, article_id: int) -> tuple[str, list[Mention]]:
    """(text, mentions before corrections) of an article, from the cache when still valid."""
    with project.session() as session:
        article = session.get(Article, article_id)
        if article is None:
            return "", []
        text = article.text or ""
        key = cache_key(text)
        row = session.get(EntityCache, article_id)
        if row is not None and row.key == key:
            cached = decode(row.mentions, text)
            if cached is not None:
                return text, cached
    mentions = extract(text)
    if not getattr(project, "read_only", False):
        try:
            with project.session() as session:
                row = session.get(EntityCache, article_id)
                if row is None:
                    row = EntityCache(article_id=article_id, key=key, mentions="")
                row.key = key
                row.mentions = encode(mentions)
                session.add(row)
        except Exception as exc:  # noqa: BLE001 - a cache that cannot be written is only slower
            log.warning("entity cache not written for article %s: %s", article_id, exc)
    return text, mentions


def rules_for(project: Any, article_id: int) -> list[Any]:
    """The project's corrections for an article: project-wide plus the article's own."""
    try:
        from rareearth_desk.core.annotate import entity_rules

        return list(entity_rules(project, article_id))
    except ImportError:
        from sqlmodel import or_, select

        with project.session() as session:
            stmt = select(EntityRule).where(
                or_(EntityRule.article_id == None, EntityRule.article_id == article_id)  # noqa: E711
            )
            rows = list(session.exec(stmt).all())
            for r in rows:
                session.expunge(r)
            return rows


def article_mentions(project: Any, article_id: int) -> list[Mention]:
    """Mentions of an article with the project's corrections applied."""
    text, mentions = raw_mentions(project, article_id)
    rules = rules_for(project, article_id)
    return apply_rules(text, mentions, rules) if rules else mentions


BATCH = 500  # ids per query (well under SQLite's limit of bound parameters)


class _Rule(NamedTuple):
    action: str
    term: str
    entity_type: str
    article_id: int | None


def _read_chunk(
    conn: Any, ids: Sequence[int]
) -> tuple[list[tuple[int, str, str | None, str | None]], dict[Any, list[_Rule]]]:
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT a.id, a.text, c.key, c.mentions FROM article AS a "
        f"LEFT JOIN entitycache AS c ON c.article_id = a.id WHERE a.id IN ({marks})",
        list(ids),
    ).fetchall()
    rules: dict[Any, list[_Rule]] = {None: []}
    for r in conn.execute(
        "SELECT action, term, entity_type, article_id FROM entityrule "
        f"WHERE article_id IS NULL OR article_id IN ({marks}) ORDER BY id",
        list(ids),
    ):
        rule = _Rule(*r)
        rules.setdefault(rule.article_id, []).append(rule)
    return rows, rules


def mentions_for_articles(
    project: Any,
    article_ids: Iterable[int],
    *,
    compute: bool = True,
    light: bool = False,
) -> dict[int, Sequence[Any]]:
    """Mentions of many articles, corrections applied, sorted by position.

    Valid cache rows are decoded; the others are computed (unless ``compute`` is False,
    then they are left out of the answer) and written back in one transaction. With
    ``light`` uncorrected mentions come as ``LightMention`` tuples (same fields). Ids of
    missing articles map to an empty list.
    """
    ids = list(dict.fromkeys(article_ids))
    out: dict[int, Sequence[Any]] = {}
    version = engine_version() + ":"
    writable = not getattr(project, "read_only", False)
    for pos in range(0, len(ids), BATCH):
        part = ids[pos : pos + BATCH]
        with project.connection() as conn:
            rows, rules = _read_chunk(conn, part)
        found: dict[int, Sequence[Any]] = {}
        texts: dict[int, str] = {}
        fresh: list[tuple[int, str, str]] = []
        for aid, text, key, data in rows:
            text = text or ""
            texts[aid] = text
            own = rules[None] + rules.get(aid, [])
            want = key_for(version, text)
            mentions: Sequence[Any] | None = None
            if key == want and data is not None:
                if light and not own:
                    mentions = decode_light(data, text)
                else:
                    mentions = decode(data, text)
            if mentions is None:
                if not compute:
                    continue
                computed = extract(text)
                fresh.append((aid, want, encode(computed)))
                mentions = computed
            found[aid] = apply_rules(text, list(mentions), own) if own else mentions
        if fresh and writable:
            _write(project, fresh)
        for aid in part:
            if aid in found:
                out[aid] = found[aid]
            elif aid not in texts:
                out[aid] = []
    return out


def key_for(version_prefix: str, text: str) -> str:
    """``cache_key(text)`` with the engine version (and colon) already looked up."""
    return version_prefix + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def _write(project: Any, rows: list[tuple[int, str, str]]) -> None:
    try:
        with project.connection() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO entitycache (article_id, key, mentions) VALUES (?, ?, ?)",
                rows,
            )
    except Exception as exc:  # noqa: BLE001 - a cache that cannot be written is only slower
        log.warning("entity cache not written for %d articles: %s", len(rows), exc)


def warm_cache(
    project: Any, article_ids: list[int], cancel: Callable[[], bool] = lambda: False
) -> Generator[tuple[int, int], None, int]:
    """Compute and cache raw mentions for many articles; yields (done, total)."""
    total = len(article_ids)
    done = 0
    step = 20
    for pos in range(0, total, step):
        if cancel():
            break
        part = article_ids[pos : pos + step]
        mentions_for_articles(project, part)
        done += len(part)
        yield done, total
    return done
