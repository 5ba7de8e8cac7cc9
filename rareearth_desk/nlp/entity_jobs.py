"""Background work of the highlighter: filling a project's entity cache ahead of need.

``fill_entity_cache(project, cancel=...)`` finds the articles whose cached mentions are
missing or were made by another engine version, computes them a few articles at a time
and writes each batch in one short transaction, so exports and the reader later find
them ready. It is a progress generator (``Progress(done, total, message)`` steps, the
number of articles computed as its result) for ``ui.tasks.TaskRunner`` or a loop.
Cancelling keeps every batch written so far.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any

from rareearth_desk.nlp.entities import engine_version, ensure_loaded
from rareearth_desk.nlp.project_entities import mentions_for_articles

STEP = 20  # articles per batch: about 0.1 s of extraction, one transaction each


@dataclass(slots=True)
class Progress:
    """How far the fill is: ``done`` of ``total`` articles, and what it is doing."""

    done: int
    total: int
    message: str = ""


def stale_article_ids(project: Any) -> list[int]:
    """Articles without a cache row made by the current engine (text changes are
    caught when the batch reads the full key)."""
    prefix = engine_version() + ":"
    with project.connection() as conn:
        rows = conn.execute(
            "SELECT a.id FROM article AS a LEFT JOIN entitycache AS c ON c.article_id = a.id "
            "WHERE c.key IS NULL OR substr(c.key, 1, ?) != ? ORDER BY a.id",
            (len(prefix), prefix),
        ).fetchall()
    return [r[0] for r in rows]


def fill_entity_cache(
    project: Any, *, cancel: Callable[[], bool] = lambda: False, step: int = STEP
) -> Generator[Progress, None, int]:
    """Compute the project's missing cache rows; returns how many articles were done."""
    if getattr(project, "read_only", False):
        return 0
    ensure_loaded()
    ids = stale_article_ids(project)
    total = len(ids)
    done = 0
    yield Progress(0, total, "finding entities")
    for pos in range(0, total, step):
        if cancel():
            break
        part = ids[pos : pos + step]
        mentions_for_articles(project, part)
        done += len(part)
        yield Progress(done, total, f"entities of {done:,} of {total:,} articles")
    return done
