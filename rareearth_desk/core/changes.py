"""What every annotation and codebook edit returns (``Changes``) or raises (``AnnotationError``).

Views redraw what a ``Changes`` names; undo commands keep its ``undo`` payload. Both
are re-exported by ``core.annotate``, the usual place to import them from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class AnnotationError(ValueError):
    """An edit that cannot be made; the message is one user-facing line."""


@dataclass(slots=True)
class Changes:
    """What a mutation touched, for views to refresh and undo commands to reverse."""

    articles: set[int] = field(default_factory=set)
    claims: set[int] = field(default_factory=set)
    codebook: bool = False
    rules: bool = False
    created_claim: int | None = None
    undo: Any = None  # what the matching inverse call needs; documented per function
    messages: list[str] = field(default_factory=list)  # things the user should be told

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.articles | other.articles,
            self.claims | other.claims,
            self.codebook or other.codebook,
            self.rules or other.rules,
            other.created_claim if other.created_claim is not None else self.created_claim,
            other.undo if other.undo is not None else self.undo,
            self.messages + other.messages,
        )
