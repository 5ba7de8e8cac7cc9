"""Annotation use cases: claims, their labels and article status.

Every mutation runs in one short transaction and returns a ``Changes`` record: views
redraw what it names, undo commands keep its ``undo`` payload and call these same
functions to go back. Reads return plain dataclasses, never live table rows.

This module is the one door to the annotation use cases: it re-exports ``Changes`` and
``AnnotationError`` (``core.changes``), the claim reads (``core.claim_views``), the
highlighter corrections (``core.entity_rules``), the streaming of claims for exports
(``core.claim_stream``) and re-anchoring (``core.anchors``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, delete, select, update

from rareearth_desk.core.anchors import reanchor
from rareearth_desk.core.changes import AnnotationError, Changes
from rareearth_desk.core.claim_stream import ClaimRow, claim_count, iter_claims
from rareearth_desk.core.claim_views import (
    ClaimView,
    _claim,
    _label_ids,
    _label_info,
    _stance_dimension_id,
    claim_label_ids,
    claims_for_article,
    get_claim,
)
from rareearth_desk.core.entity_rules import (  # noqa: F401  (RULE_ACTIONS: re-exported)
    RULE_ACTIONS,
    RuleSnapshot,
    add_entity_rule,
    entity_rules,
    remove_entity_rule,
    restore_entity_rule,
)
from rareearth_desk.core.models import (
    KIND_SINGLE,
    STATUS_NEW,
    STATUS_STARTED,
    STATUSES,
    Article,
    Claim,
    ClaimLabel,
    utcnow,
)

if TYPE_CHECKING:
    from rareearth_desk.core.store import Project

CONTEXT = 40  # code points of context kept on each side of a claim


def _now() -> datetime:
    """Now in UTC, whole seconds (naive, as the tables keep times)."""
    return utcnow()


@dataclass(frozen=True, slots=True)
class ClaimSnapshot:
    """A deleted claim, complete: ``restore_claim`` puts it back as it was."""

    id: int
    article_id: int
    start: int
    end: int
    quote: str
    context_before: str
    context_after: str
    note: str
    annotator: str
    created: datetime
    updated: datetime
    label_ids: tuple[int, ...]


# ---------------------------------------------------------------- claims


def _article_text(session: Session, article_id: int) -> tuple[str, str]:
    row = session.exec(
        select(Article.text, Article.status).where(col(Article.id) == article_id)
    ).first()
    if row is None:
        raise AnnotationError(f"article {article_id} does not exist")
    return row[0], row[1]


def _check_span(text: str, start: int, end: int, article_id: int) -> None:
    if not (0 <= start < end <= len(text)):
        raise AnnotationError(
            f"span {start}-{end} is outside article {article_id} (0-{len(text)}) or empty"
        )


def _set_anchor(claim: Claim, text: str) -> None:
    start, end = claim.start, claim.end
    claim.quote = text[start:end]
    claim.context_before = text[max(0, start - CONTEXT) : start]
    claim.context_after = text[end : end + CONTEXT]


def _check_labels(session: Session, label_ids: Iterable[int]) -> list[int]:
    """Unique, existing labels with at most one per single-choice dimension."""
    ids = list(dict.fromkeys(label_ids))
    info = _label_info(session, ids)
    missing = [i for i in ids if i not in info]
    if missing:
        raise AnnotationError(f"label {missing[0]} does not exist")
    seen: dict[int, int] = {}
    for i in ids:
        dim_id, kind, _dp, _lp = info[i]
        if kind == KIND_SINGLE:
            if dim_id in seen:
                raise AnnotationError(
                    f"labels {seen[dim_id]} and {i} belong to the same single-choice dimension"
                )
            seen[dim_id] = i
    return ids


def add_claim(
    project: Project,
    article_id: int,
    start: int,
    end: int,
    *,
    label_ids: Iterable[int] = (),
    note: str = "",
    annotator: str = "",
) -> Changes:
    """Mark ``text[start:end]`` as a claim. ``undo`` is the new claim's id (for delete_claim)."""
    with project.session() as s:
        text, status = _article_text(s, article_id)
        _check_span(text, start, end, article_id)
        ids = _check_labels(s, label_ids)
        now = _now()
        claim = Claim(
            article_id=article_id,
            start=start,
            end=end,
            quote="",
            note=note,
            annotator=annotator,
            created=now,
            updated=now,
        )
        _set_anchor(claim, text)
        s.add(claim)
        s.flush()
        assert claim.id is not None
        claim_id = claim.id
        s.add_all(ClaimLabel(claim_id=claim_id, label_id=i) for i in ids)
        if status == STATUS_NEW:
            s.exec(
                update(Article).where(col(Article.id) == article_id).values(status=STATUS_STARTED)
            )
    return Changes(articles={article_id}, claims={claim_id}, created_claim=claim_id, undo=claim_id)


def delete_claim(project: Project, claim_id: int) -> Changes:
    """Delete a claim; ``undo`` is a ``ClaimSnapshot`` for ``restore_claim``."""
    with project.session() as s:
        c = _claim(s, claim_id)
        assert c.id is not None
        snap = ClaimSnapshot(
            id=c.id,
            article_id=c.article_id,
            start=c.start,
            end=c.end,
            quote=c.quote,
            context_before=c.context_before,
            context_after=c.context_after,
            note=c.note,
            annotator=c.annotator,
            created=c.created,
            updated=c.updated,
            label_ids=tuple(_label_ids(s, claim_id)),
        )
        s.exec(delete(ClaimLabel).where(col(ClaimLabel.claim_id) == claim_id))
        s.delete(c)
    return Changes(articles={snap.article_id}, claims={claim_id}, undo=snap)


def restore_claim(project: Project, snapshot: ClaimSnapshot) -> Changes:
    """Put a deleted claim back with its id, anchor, times and the labels that still exist."""
    with project.session() as s:
        if s.get(Claim, snapshot.id) is not None:
            raise AnnotationError(f"claim {snapshot.id} already exists")
        _article_text(s, snapshot.article_id)
        info = _label_info(s, snapshot.label_ids)
        s.add(
            Claim(
                id=snapshot.id,
                article_id=snapshot.article_id,
                start=snapshot.start,
                end=snapshot.end,
                quote=snapshot.quote,
                context_before=snapshot.context_before,
                context_after=snapshot.context_after,
                note=snapshot.note,
                annotator=snapshot.annotator,
                created=snapshot.created,
                updated=snapshot.updated,
            )
        )
        s.flush()
        s.add_all(
            ClaimLabel(claim_id=snapshot.id, label_id=i) for i in snapshot.label_ids if i in info
        )
    gone = [i for i in snapshot.label_ids if i not in info]
    msgs = [f"claim {snapshot.id}: label {i} no longer exists and was not restored" for i in gone]
    return Changes(
        articles={snapshot.article_id},
        claims={snapshot.id},
        created_claim=snapshot.id,
        undo=snapshot.id,
        messages=msgs,
    )


def _replace_labels(project: Project, claim_id: int, build: Any) -> Changes:
    """Run ``build(session, current_ids) -> new_ids``; store them. ``undo`` = previous ids."""
    with project.session() as s:
        c = _claim(s, claim_id)
        before = _label_ids(s, claim_id)
        after = _check_labels(s, build(s, before))
        if sorted(after) != before:
            s.exec(delete(ClaimLabel).where(col(ClaimLabel.claim_id) == claim_id))
            s.add_all(ClaimLabel(claim_id=claim_id, label_id=i) for i in after)
            c.updated = _now()
            s.add(c)
        article_id = c.article_id
    return Changes(articles={article_id}, claims={claim_id}, undo=before)


def set_labels(project: Project, claim_id: int, label_ids: Iterable[int]) -> Changes:
    """Replace all of a claim's labels. ``undo`` is the previous list of label ids."""
    wanted = list(label_ids)
    return _replace_labels(project, claim_id, lambda _s, _before: wanted)


def set_stance(project: Project, claim_id: int, label_id: int | None) -> Changes:
    """Set the claim's label in that label's single-choice dimension; None clears the stance."""

    def build(s: Session, before: list[int]) -> list[int]:
        if label_id is None:
            dim_id = _stance_dimension_id(s)
            info = _label_info(s, before)
            return [i for i in before if info[i][0] != dim_id]
        target = _label_info(s, [label_id]).get(label_id)
        if target is None:
            raise AnnotationError(f"label {label_id} does not exist")
        if target[1] != KIND_SINGLE:
            raise AnnotationError(f"label {label_id} is not in a single-choice dimension")
        info = _label_info(s, before)
        return [i for i in before if info[i][0] != target[0]] + [label_id]

    return _replace_labels(project, claim_id, build)


def toggle_label(project: Project, claim_id: int, label_id: int) -> Changes:
    """Add the label if absent, remove it if present (single-choice: replaces the other)."""

    def build(s: Session, before: list[int]) -> list[int]:
        if label_id in before:
            return [i for i in before if i != label_id]
        target = _label_info(s, [label_id]).get(label_id)
        if target is None:
            raise AnnotationError(f"label {label_id} does not exist")
        if target[1] == KIND_SINGLE:
            info = _label_info(s, before)
            before = [i for i in before if info[i][0] != target[0]]
        return before + [label_id]

    return _replace_labels(project, claim_id, build)


def set_note(project: Project, claim_id: int, note: str) -> Changes:
    """Replace the claim's note. ``undo`` is the previous note."""
    with project.session() as s:
        c = _claim(s, claim_id)
        before, article_id = c.note, c.article_id
        if note != before:
            c.note, c.updated = note, _now()
            s.add(c)
    return Changes(articles={article_id}, claims={claim_id}, undo=before)


def set_span(project: Project, claim_id: int, start: int, end: int) -> Changes:
    """Move the claim to ``text[start:end]``. ``undo`` is the previous ``(start, end)``."""
    with project.session() as s:
        c = _claim(s, claim_id)
        text, _status = _article_text(s, c.article_id)
        _check_span(text, start, end, c.article_id)
        before, article_id = (c.start, c.end), c.article_id
        c.start, c.end, c.updated = start, end, _now()
        _set_anchor(c, text)
        s.add(c)
    return Changes(articles={article_id}, claims={claim_id}, undo=before)


def set_status(project: Project, article_id: int, status: str) -> Changes:
    """Set an article's status (new, started, done). ``undo`` is the previous status."""
    if status not in STATUSES:
        raise AnnotationError(f'status "{status}" is not one of {", ".join(STATUSES)}')
    with project.session() as s:
        _text, before = _article_text(s, article_id)
        if status != before:
            s.exec(update(Article).where(col(Article.id) == article_id).values(status=status))
    return Changes(articles={article_id}, undo=before)


__all__ = [
    "AnnotationError",
    "Changes",
    "ClaimRow",
    "ClaimSnapshot",
    "ClaimView",
    "RuleSnapshot",
    "add_claim",
    "add_entity_rule",
    "claim_count",
    "claim_label_ids",
    "claims_for_article",
    "delete_claim",
    "entity_rules",
    "get_claim",
    "iter_claims",
    "reanchor",
    "remove_entity_rule",
    "restore_claim",
    "restore_entity_rule",
    "set_labels",
    "set_note",
    "set_span",
    "set_stance",
    "set_status",
    "toggle_label",
]
