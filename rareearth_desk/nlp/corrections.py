"""The project's corrections applied to extracted mentions: add, retype, suppress.

Rules are objects with ``action``, ``term``, ``entity_type`` and ``article_id``
(``core.models.EntityRule`` rows or anything shaped like them). Project-wide rules
(article_id None) are applied first, then the article's own, so the article's win.
Terms are compared after folding (traditional = simplified, full-width = ASCII) and,
for Latin terms, without regard to case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rareearth_desk.nlp.charfold import fold

TYPES = ("GPE", "ORG", "PERSON", "LOC", "MATERIAL", "QUANTITY", "DATE")


def _key(term: str) -> str:
    f = fold(term).strip()
    return f.lower() if f.isascii() else f


def apply_rules(
    text: str, mentions: list[Any], rules: Sequence[Any], folded: str | None = None
) -> list[Any]:
    from rareearth_desk.nlp.entities import Mention

    folded = fold(text) if folded is None else folded
    ordered = sorted(rules, key=lambda r: getattr(r, "article_id", None) is not None)
    out = list(mentions)
    for rule in ordered:
        action = getattr(rule, "action", "")
        term = getattr(rule, "term", "") or ""
        etype = getattr(rule, "entity_type", "") or ""
        key = _key(term)
        if not key:
            continue
        if action == "suppress":
            out = [m for m in out if _key(m.text) != key]
        elif action == "retype" and etype in TYPES:
            out = [
                Mention(m.start, m.end, m.text, etype, m.value, m.unit)
                if _key(m.text) == key
                else m
                for m in out
            ]
        elif action == "add" and etype in TYPES:
            spans = _find(folded, fold(term).strip())
            if not spans:
                continue
            keep = []
            for m in out:
                if not any(m.start < e and s < m.end for s, e in spans):
                    keep.append(m)
            keep.extend(Mention(s, e, text[s:e], etype) for s, e in spans)
            out = keep
    out.sort()
    return out


def _find(folded: str, term: str) -> list[tuple[int, int]]:
    if term.isascii():
        rx = re.compile(rf"(?<![A-Za-z0-9]){re.escape(term)}(?![A-Za-z0-9])", re.IGNORECASE)
    else:
        rx = re.compile(re.escape(term))
    return [m.span() for m in rx.finditer(folded)]
