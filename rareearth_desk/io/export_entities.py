"""Entity mentions for many articles at once, as the exports need them.

``nlp.project_entities.article_mentions`` opens several sessions per article, which
costs about as much as writing the article's rows. Exports walk articles in chunks, so
this reads a chunk's texts, cached mentions and corrections in three queries, decodes
the cache entries that are still valid (same key as ``project_entities.cache_key``)
and asks ``project_entities.raw_mentions`` only for the others (which computes and
caches them). Corrections are applied with ``nlp.corrections.apply_rules`` exactly as
``article_mentions`` does.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rareearth_desk.core.store import Project

MentionBatch = Callable[[Sequence[int]], dict[int, list[Any]]]


class _Light:
    """A read-only mention with ``nlp.entities.Mention``'s fields, cheaper to make."""

    __slots__ = ("start", "end", "text", "type", "value", "unit")

    def __init__(self, start: int, end: int, text: str, type: str, value: Any, unit: Any) -> None:
        self.start, self.end, self.text, self.type, self.value, self.unit = (
            start, end, text, type, value, unit,
        )  # fmt: skip


def batch_source(project: Project) -> tuple[MentionBatch | None, str]:
    """A function from article ids to their sorted mentions, or None and why not."""
    try:
        from rareearth_desk.nlp.corrections import apply_rules
        from rareearth_desk.nlp.entities import Mention
        from rareearth_desk.nlp.project_entities import cache_key, raw_mentions
    except ImportError as exc:
        return None, f"entities left out: the highlighter is not available ({exc})"

    def decode(data: str, text: str, plain: bool) -> list[Any] | None:
        """Cached mentions; light records when no correction needs real ``Mention``s."""
        make = _Light if plain else Mention
        try:
            out = [
                make(int(s), int(e), text[int(s) : int(e)], str(t), v, u)
                for s, e, t, v, u in json.loads(data)
            ]
        except (ValueError, TypeError):
            return None
        if any(m.end > len(text) or m.start >= m.end for m in out):
            return None
        return out

    def batch(ids: Sequence[int]) -> dict[int, list[Any]]:
        texts, cached, rules = _read(project, list(ids))
        out: dict[int, list[Any]] = {}
        for aid in ids:
            text = texts.get(aid)
            if text is None:
                out[aid] = []
                continue
            mentions = None
            own = rules["global"] + rules.get(aid, [])
            entry = cached.get(aid)
            if entry is not None and entry[0] == cache_key(text):
                mentions = decode(entry[1], text, plain=not own)
            if mentions is None:
                text, mentions = raw_mentions(project, aid)
            if own:
                mentions = apply_rules(text, mentions, own)
            out[aid] = sorted(mentions, key=lambda m: (m.start, m.end))
        return out

    return batch, ""


def _read(
    project: Project, ids: list[int]
) -> tuple[dict[int, str], dict[int, tuple[str, str]], dict[Any, list[Any]]]:
    """Texts, cache entries (key, mentions JSON) and corrections of ``ids``."""
    from types import SimpleNamespace

    marks = ",".join("?" * len(ids))
    with project.connection() as conn:
        texts = dict(
            conn.execute(f"SELECT id, text FROM article WHERE id IN ({marks})", ids).fetchall()
        )
        cached = {
            r[0]: (r[1], r[2])
            for r in conn.execute(
                f"SELECT article_id, key, mentions FROM entitycache WHERE article_id IN ({marks})",
                ids,
            )
        }
        rows = conn.execute(
            "SELECT action, term, entity_type, article_id FROM entityrule "
            f"WHERE article_id IS NULL OR article_id IN ({marks}) ORDER BY id",
            ids,
        ).fetchall()
    rules: dict[Any, list[Any]] = {"global": []}
    for action, term, entity_type, article_id in rows:
        rule = SimpleNamespace(
            action=action, term=term, entity_type=entity_type, article_id=article_id
        )
        rules.setdefault("global" if article_id is None else article_id, []).append(rule)
    return texts, cached, rules
