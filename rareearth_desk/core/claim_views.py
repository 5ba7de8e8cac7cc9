"""Reading claims: ``ClaimView`` records of an article's claims, with their labels sorted.

The stance (the label in the stance dimension, or else the first single-choice one) is
kept apart from the other labels. The label look-ups here are shared with the claim
edits in ``core.annotate``, which re-exports the public names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from rareearth_desk.core.changes import AnnotationError
from rareearth_desk.core.models import KIND_SINGLE, Claim, ClaimLabel, Dimension, Label

if TYPE_CHECKING:
    from rareearth_desk.core.store import Project


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
