"""Work on an article's text off the GUI thread: entities and suggested claims.

``TextJob`` runs on the global ``QThreadPool``: it loads the highlighter if needed
(jieba and the gazetteer, about half a second, once), reads the article's mentions
through ``nlp.project_entities`` (its cache in the project plus the project's
corrections) and the suggested claims of ``nlp.sentences``, and hands them back through
a ``Relay`` signal, which Qt delivers on the GUI thread.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

SYNC_LIMIT = 60_000  # characters: larger articles get their entities from a worker
FIRST_LOAD_DELAY_MS = 150  # the first highlighter load waits for the window's first paint


class Relay(QObject):
    ready = Signal(int, int, object, object)  # generation, article id, mentions, suggestions


class TextJob(QRunnable):
    """Entities (unless already shown) and suggested claims of one article, off the GUI thread."""

    def __init__(
        self, relay: Relay, gen: int, project: Any, article_id: int, text: str, mentions: bool
    ) -> None:
        super().__init__()
        self.relay, self.gen, self.project = relay, gen, project
        self.article_id, self.text, self.want_mentions = article_id, text, mentions

    def run(self) -> None:
        mentions: list[Any] | None = None
        suggestions: list[tuple[int, int]] = []
        try:
            if self.want_mentions:
                from rareearth_desk.nlp.entities import ensure_loaded

                ensure_loaded()
                mentions = load_mentions(self.project, self.article_id)
            suggestions = load_suggestions(self.text)
        except Exception:  # noqa: BLE001 - a vanished project or article: nothing to show
            mentions = [] if self.want_mentions else None
        try:
            self.relay.ready.emit(self.gen, self.article_id, mentions, suggestions)
        except RuntimeError:  # the window closed while we worked
            pass


def load_mentions(project: Any, article_id: int) -> list[Any]:
    from rareearth_desk.nlp.project_entities import article_mentions

    return list(article_mentions(project, article_id))


def load_suggestions(text: str) -> list[tuple[int, int]]:
    """Suggested claims, minus section headings ("Group 1" has a number but says nothing)."""
    from rareearth_desk.nlp.sentences import suggest_claims
    from rareearth_desk.ui.rendering import layout_of

    headings = [(b.start, b.end) for b in layout_of(text)[0] if b.kind == "heading"]
    return [
        (s.start, s.end)
        for s in suggest_claims(text)
        if not any(hs <= s.start and s.end <= he for hs, he in headings)
    ]


def highlighter_ready() -> bool:
    """True once the highlighter is loaded (never imports it: that is the worker's job)."""
    entities = sys.modules.get("rareearth_desk.nlp.entities")
    return entities is not None and bool(entities.is_loaded())
