"""Annotation use cases: claims, their labels, article status and highlighter corrections.

Every mutation runs in one short transaction and returns a ``Changes`` record: views
redraw what it names, undo commands keep its ``undo`` payload and call these same
functions to go back. Reads return plain dataclasses, never live table rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, delete, select, update

from rareearth_desk.core.models import (
    ENTITY_TYPES,
    KIND_SINGLE,
    RULE_ADD,
    RULE_RETYPE,
    RULE_SUPPRESS,
    STATUS_NEW,
    STATUS_STARTED,
    STATUSES,
    Article,
    Claim,
    ClaimLabel,
    Dimension,
    EntityRule,
    Label,
    utcnow,
)

if TYPE_CHECKING:
    from rareearth_desk.core.store import Project

CONTEXT = 40  # code points of context kept on each side of a claim
RULE_ACTIONS = (RULE_ADD, RULE_RETYPE, RULE_SUPPRESS)


def _now() -> datetime:
    """Now in UTC, whole seconds (naive, as the tables keep times)."""
    return utcnow()


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


@dataclass(frozen=True, slots=True)
class ClaimView:
    id: int
    article_id: int
    start: int
    end: int
    quote: str
    note: str
    annotator: str
    created: datetime
    updated: datetime
    stance_id: int | None
    topic_ids: list[int]  # labels of every dimension but the stance, by dimension and position

    @property
    def label_ids(self) -> list[int]:
        return ([self.stance_id] if self.stance_id is not None else []) + self.topic_ids


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


@dataclass(frozen=True, slots=True)
class RuleSnapshot:
    id: int
    action: str
    term: str
    entity_type: str
    article_id: int | None
    created: datetime


# ---------------------------------------------------------------- reading claims


def _columns(*columns: Any) -> Any:
    """A core SELECT of several model columns (sqlmodel's own select stops at four)."""
    return sa_select(*columns)


def _label_info(session: Session, label_ids: Iterable[int]) -> dict[int, tuple[int, str, int, int]]:
    """label id -> (dimension id, dimension kind, dimension position, label position)."""
    ids = list(dict.fromkeys(label_ids))
    if not ids:
        return {}
    rows = session.connection().execute(
        _columns(Label.id, Label.dimension_id, Dimension.kind, Dimension.position, Label.position)
        .join(Dimension, col(Dimension.id) == col(Label.dimension_id))
        .where(col(Label.id).in_(ids))
    )
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows if r[0] is not None}


def _stance_dimension_id(session: Session) -> int | None:
    rows = session.exec(
        select(Dimension.id, Dimension.key, Dimension.kind).order_by(
            col(Dimension.position), col(Dimension.id)
        )
    ).all()
    for dim_id, key, _kind in rows:
        if key == "stance":
            return dim_id
    return next((dim_id for dim_id, _key, kind in rows if kind == KIND_SINGLE), None)


def _views(session: Session, claims: list[Claim]) -> list[ClaimView]:
    ids = [c.id for c in claims]
    pairs = session.exec(
        select(ClaimLabel.claim_id, ClaimLabel.label_id).where(col(ClaimLabel.claim_id).in_(ids))
    ).all()
    info = _label_info(session, (lab for _c, lab in pairs))
    stance_dim = _stance_dimension_id(session)
    by_claim: dict[int, list[int]] = {}
    for claim_id, label_id in pairs:
        by_claim.setdefault(claim_id, []).append(label_id)
    out = []
    for c in claims:
        assert c.id is not None
        labels = sorted(by_claim.get(c.id, []), key=lambda i: (info[i][2], info[i][3], i))
        stance = next((i for i in labels if info[i][0] == stance_dim), None)
        out.append(
            ClaimView(
                id=c.id,
                article_id=c.article_id,
                start=c.start,
                end=c.end,
                quote=c.quote,
                note=c.note,
                annotator=c.annotator,
                created=c.created,
                updated=c.updated,
                stance_id=stance,
                topic_ids=[i for i in labels if i != stance],
            )
        )
    return out


def claims_for_article(project: Project, article_id: int) -> list[ClaimView]:
    """The article's claims in text order (start, then end, then id)."""
    with project.session() as s:
        claims = s.exec(
            select(Claim)
            .where(col(Claim.article_id) == article_id)
            .order_by(col(Claim.start), col(Claim.end), col(Claim.id))
        ).all()
        return _views(s, list(claims))


def get_claim(project: Project, claim_id: int) -> ClaimView:
    with project.session() as s:
        return _views(s, [_claim(s, claim_id)])[0]


def claim_label_ids(project: Project, claim_id: int) -> list[int]:
    with project.session() as s:
        return _label_ids(s, claim_id)


def _claim(session: Session, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise AnnotationError(f"claim {claim_id} does not exist")
    return claim


def _label_ids(session: Session, claim_id: int) -> list[int]:
    return sorted(
        session.exec(select(ClaimLabel.label_id).where(col(ClaimLabel.claim_id) == claim_id)).all()
    )


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


# ---------------------------------------------------------------- highlighter corrections


def add_entity_rule(
    project: Project, action: str, term: str, entity_type: str = "", article_id: int | None = None
) -> Changes:
    """Add a correction for one article or (None) the whole project. ``undo`` is the rule id."""
    term = term.strip()
    if action not in RULE_ACTIONS:
        raise AnnotationError(f'rule action "{action}" is not one of {", ".join(RULE_ACTIONS)}')
    if not term:
        raise AnnotationError("a correction needs a term")
    if action == RULE_SUPPRESS:
        entity_type = ""
    elif entity_type not in ENTITY_TYPES:
        raise AnnotationError(
            f'entity type "{entity_type}" is not one of {", ".join(ENTITY_TYPES)}'
        )
    with project.session() as s:
        if article_id is not None:
            _article_text(s, article_id)
        rule = EntityRule(
            action=action, term=term, entity_type=entity_type, article_id=article_id, created=_now()
        )
        s.add(rule)
        s.flush()
        assert rule.id is not None
        rule_id = rule.id
    return Changes(articles=_scope(article_id), rules=True, undo=rule_id)


def remove_entity_rule(project: Project, rule_id: int) -> Changes:
    """Remove a correction; ``undo`` is a ``RuleSnapshot`` for ``restore_entity_rule``."""
    with project.session() as s:
        rule = s.get(EntityRule, rule_id)
        if rule is None:
            raise AnnotationError(f"correction {rule_id} does not exist")
        snap = RuleSnapshot(
            rule_id, rule.action, rule.term, rule.entity_type, rule.article_id, rule.created
        )
        s.delete(rule)
    return Changes(articles=_scope(snap.article_id), rules=True, undo=snap)


def restore_entity_rule(project: Project, snapshot: RuleSnapshot) -> Changes:
    with project.session() as s:
        s.add(
            EntityRule(
                id=snapshot.id,
                action=snapshot.action,
                term=snapshot.term,
                entity_type=snapshot.entity_type,
                article_id=snapshot.article_id,
                created=snapshot.created,
            )
        )
    return Changes(articles=_scope(snapshot.article_id), rules=True, undo=snapshot.id)


def _scope(article_id: int | None) -> set[int]:
    return set() if article_id is None else {article_id}


def entity_rules(project: Project, article_id: int | None = None) -> list[EntityRule]:
    """Project-wide corrections plus those of ``article_id``, oldest first (detached copies)."""
    with project.session() as s:
        cond: Any = col(EntityRule.article_id).is_(None)
        if article_id is not None:
            cond = cond | (col(EntityRule.article_id) == article_id)
        rules = s.exec(select(EntityRule).where(cond).order_by(col(EntityRule.id))).all()
        return [EntityRule.model_validate(r.model_dump()) for r in rules]


# Streaming for exports and re-anchoring live in their own modules; importing them from
# here keeps ``core.annotate`` the one door to the annotation use cases.
from rareearth_desk.core.anchors import reanchor  # noqa: E402
from rareearth_desk.core.claim_stream import ClaimRow, claim_count, iter_claims  # noqa: E402

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
