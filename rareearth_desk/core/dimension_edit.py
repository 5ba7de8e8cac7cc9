"""Edits of the codebook's dimensions: add, rename, reorder, delete.

Each runs in one transaction and returns a ``core.annotate.Changes`` with
``codebook=True``. Deleting a dimension whose labels claims use needs ``force``;
otherwise ``LabelInUseError`` carries the claims. The deletion's ``Changes.undo`` is a
``CodebookDeletion`` that ``core.codebook_edit.restore_labels`` puts back exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlmodel import col, delete, select

from rareearth_desk.core.annotate import Changes
from rareearth_desk.core.codebook import KINDS, CodebookError
from rareearth_desk.core.codebook_common import (
    CodebookDeletion,
    LabelInUseError,
    _articles_of,
    _check_new_key,
    _claims_with,
    _dimension,
    _done,
    _labels_of,
    _names,
    _slug,
)
from rareearth_desk.core.models import ClaimLabel, Dimension, Label

if TYPE_CHECKING:
    from rareearth_desk.core.store import Project


def add_dimension(
    project: Project, name_zh: str, name_en: str, kind: str = "multi", *, key: str | None = None
) -> Changes:
    """Add an empty dimension at the end. ``undo`` is its id."""
    if kind not in KINDS:
        raise CodebookError(f'dimension kind "{kind}" must be "single" or "multi"')
    zh, en = _names(name_zh, name_en)
    with project.session() as s:
        dims = s.exec(select(Dimension)).all()
        taken = {d.key for d in dims}
        _check_new_key(key, taken, "dimension")
        dim = Dimension(
            key=key or _slug(en, taken, f"dimension_{len(dims) + 1}"),
            name_zh=zh,
            name_en=en,
            kind=kind,
            position=max((d.position for d in dims), default=-1) + 1,
        )
        s.add(dim)
        s.flush()
        new_id = dim.id
    return _done(undo=new_id)


def reorder_dimensions(project: Project, ordered_ids: Sequence[int]) -> Changes:
    """Put the dimensions in the given order. ``undo`` is the previous order."""
    with project.session() as s:
        dims = s.exec(select(Dimension).order_by(col(Dimension.position), col(Dimension.id))).all()
        before = [d.id for d in dims]
        if sorted(ordered_ids) != sorted(i for i in before if i is not None):
            raise CodebookError("the new order must list every dimension once")
        pos = {dim_id: n for n, dim_id in enumerate(ordered_ids)}
        for d in dims:
            assert d.id is not None
            d.position = pos[d.id]
            s.add(d)
    return _done(undo=before)


def rename_dimension(project: Project, dimension_id: int, name_zh: str, name_en: str) -> Changes:
    zh, en = _names(name_zh, name_en)
    with project.session() as s:
        dim = _dimension(s, dimension_id)
        before = (dim.name_zh, dim.name_en)
        dim.name_zh, dim.name_en = zh, en
        s.add(dim)
    return _done(undo=before)


def delete_dimension(project: Project, dimension_id: int, *, force: bool = False) -> Changes:
    """Delete a dimension and its labels; in use needs ``force`` (labels leave the claims)."""
    with project.session() as s:
        dim = _dimension(s, dimension_id)
        labels = s.exec(select(Label).where(col(Label.dimension_id) == dimension_id)).all()
        label_ids = [lab.id for lab in labels if lab.id is not None]
        claims = _claims_with(s, label_ids)
        if claims and not force:
            raise LabelInUseError(
                f'dimension "{dim.name_en}" is used by {len(claims)} claim(s)', claims
            )
        snap = CodebookDeletion(
            dim.model_dump(), tuple(lab.model_dump() for lab in labels), _labels_of(s, claims)
        )
        articles = _articles_of(s, claims)
        s.exec(delete(ClaimLabel).where(col(ClaimLabel.label_id).in_(label_ids)))
        s.exec(delete(Label).where(col(Label.dimension_id) == dimension_id))
        s.delete(dim)
    return _done(undo=snap, claims=claims, articles=articles)
