"""Highlighter corrections (entity rules): add, remove, restore and list them.

A correction adds a term as an entity, gives a found entity another type, or
suppresses it, for one article or (``article_id`` None) the whole project. Each edit
runs in one transaction and returns a ``Changes`` with ``rules=True`` naming the
article it concerns (none for a project-wide rule). ``core.annotate`` re-exports these.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from rareearth_desk.core.changes import AnnotationError, Changes
from rareearth_desk.core.models import (
    ENTITY_TYPES,
    RULE_ADD,
    RULE_RETYPE,
    RULE_SUPPRESS,
    Article,
    EntityRule,
    utcnow,
)

if TYPE_CHECKING:
    from rareearth_desk.core.store import Project

RULE_ACTIONS = (RULE_ADD, RULE_RETYPE, RULE_SUPPRESS)


@dataclass(frozen=True, slots=True)
class RuleSnapshot:
    id: int
    action: str
    term: str
    entity_type: str
    article_id: int | None
    created: datetime


def _check_article(session: Session, article_id: int) -> None:
    if session.exec(select(Article.id).where(col(Article.id) == article_id)).first() is None:
        raise AnnotationError(f"article {article_id} does not exist")


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
            _check_article(s, article_id)
        rule = EntityRule(
            action=action,
            term=term,
            entity_type=entity_type,
            article_id=article_id,
            created=utcnow(),
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
