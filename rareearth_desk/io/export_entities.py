"""Entity mentions for many articles at once, as the exports need them.

Exports walk articles in chunks; ``batch_source`` hands them
``nlp.project_entities.mentions_for_articles``, which reads a chunk's texts, cached
mentions and corrections in bulk, computes (and caches) only what the cache lacks, and
applies corrections exactly as the reader does. Mentions come as light tuples with the
fields of ``nlp.entities.Mention``, sorted by position.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rareearth_desk.core.store import Project

MentionBatch = Callable[[Sequence[int]], dict[int, Sequence[Any]]]


def batch_source(project: Project) -> tuple[MentionBatch | None, str]:
    """A function from article ids to their sorted mentions, or None and why not."""
    try:
        from rareearth_desk.nlp.project_entities import mentions_for_articles
    except ImportError as exc:
        return None, f"entities left out: the highlighter is not available ({exc})"

    def batch(ids: Sequence[int]) -> dict[int, Sequence[Any]]:
        return mentions_for_articles(project, ids, light=True)

    return batch, ""
