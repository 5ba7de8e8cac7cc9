"""Mentions of a project's article: cached raw extraction plus the project's corrections.

Raw mentions are cached in the EntityCache table under a key made of the engine version
(code, word lists, gazetteer) and the text's hash, so they are recomputed only when the
text or the engine changes. Corrections (EntityRule rows) are applied at read time, so
a new correction shows at once without recomputing anything.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Generator, Iterable
from typing import Any

from rareearth_desk.core.models import Article, EntityCache, EntityRule
from rareearth_desk.nlp.corrections import apply_rules
from rareearth_desk.nlp.entities import Mention, engine_version, extract

log = logging.getLogger(__name__)


def cache_key(text: str) -> str:
    return engine_version() + ":" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def _encode(mentions: Iterable[Mention]) -> str:
    return json.dumps(
        [[m.start, m.end, m.type, m.value, m.unit] for m in mentions], ensure_ascii=False
    )


def _decode(data: str, text: str) -> list[Mention] | None:
    try:
        rows = json.loads(data)
        out = [
            Mention(int(s), int(e), text[int(s) : int(e)], str(t), v, u) for s, e, t, v, u in rows
        ]
    except (ValueError, TypeError):
        return None
    if any(m.end > len(text) or m.start >= m.end for m in out):
        return None
    return out


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
            cached = _decode(row.mentions, text)
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
                row.mentions = _encode(mentions)
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


def warm_cache(
    project: Any, article_ids: list[int], cancel: Callable[[], bool] = lambda: False
) -> Generator[tuple[int, int], None, int]:
    """Compute and cache raw mentions for many articles; yields (done, total)."""
    total = len(article_ids)
    done = 0
    for aid in article_ids:
        if cancel():
            break
        raw_mentions(project, aid)
        done += 1
        yield done, total
    return done
