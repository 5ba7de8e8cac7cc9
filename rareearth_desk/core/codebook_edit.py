"""Edits of the codebook's labels: add, rename, recolour, shortcuts, order, delete, merge.

Every edit runs in one transaction and returns a ``core.annotate.Changes`` with
``codebook=True`` (plus the claims whose labels moved). Nothing that claims use is ever
dropped silently: deleting a label in use needs ``reassign_to`` or ``force``, otherwise a
``LabelInUseError`` carries the claims. Deletions and merges return a ``CodebookDeletion``
in ``Changes.undo`` that ``restore_labels`` puts back exactly.

This is also the one place to import every codebook edit from: the dimension edits
(``core.dimension_edit``) and the file import (``core.codebook_import``) are
re-exported here, as are the shared errors and records (``core.codebook_common``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import col, delete, select

from rareearth_desk.core.annotate import Changes
from rareearth_desk.core.codebook import (
    _COLOUR,
    Codebook,
    CodebookError,
    LabelView,
)
from rareearth_desk.core.codebook_common import (
    CodebookDeletion,
    LabelInUseError,
    _articles_of,
    _check_new_key,
    _check_shortcut,
    _claims_with,
    _dimension,
    _done,
    _label,
    _labels_of,
    _names,
    _slug,
    _update,
)
from rareearth_desk.core.codebook_import import import_codebook
from rareearth_desk.core.dimension_edit import (
    add_dimension,
    delete_dimension,
    rename_dimension,
    reorder_dimensions,
)
from rareearth_desk.core.models import KIND_SINGLE, ClaimLabel, Dimension, Label

if TYPE_CHECKING:
    from rareearth_desk.core.store import Project

__all__ = [
    "PALETTE",
    "CodebookDeletion",
    "LabelInUseError",
    "ShortcutClash",
    "add_dimension",
    "add_label",
    "claims_using_label",
    "delete_dimension",
    "delete_label",
    "import_codebook",
    "merge_labels",
    "recolour_label",
    "rename_dimension",
    "rename_label",
    "reorder_dimensions",
    "reorder_labels",
    "restore_labels",
    "set_label_description",
    "set_shortcut",
    "shortcut_clashes",
]

PALETTE = ("#6a1b9a", "#00695c", "#9e9d24", "#4e342e", "#283593", "#bf360c", "#00838f", "#c2185b")


@dataclass(frozen=True, slots=True)
class ShortcutClash:
    key: str  # as typed on the first label, e.g. "Q"
    labels: tuple[LabelView, ...]


def add_label(
    project: Project,
    dimension_id: int,
    name_zh: str,
    name_en: str,
    *,
    key: str | None = None,
    colour: str | None = None,
    shortcut: str = "",
    description: str = "",
) -> Changes:
    """Add a label at the end of a dimension. ``undo`` is the new label's id."""
    zh, en = _names(name_zh, name_en)
    with project.session() as s:
        _dimension(s, dimension_id)
        siblings = s.exec(select(Label).where(col(Label.dimension_id) == dimension_id)).all()
        taken = {lab.key for lab in siblings}
        _check_new_key(key, taken, "label")
        key = key or _slug(en, taken, f"label_{len(siblings) + 1}")
        if colour is None:
            colour = PALETTE[len(siblings) % len(PALETTE)]
        if not _COLOUR.match(colour):
            raise CodebookError(f'colour {colour!r} is not of the form "#rrggbb"')
        lab = Label(
            dimension_id=dimension_id,
            key=key,
            name_zh=zh,
            name_en=en,
            description=description,
            colour=colour.lower(),
            shortcut=_check_shortcut(s, shortcut, None),
            position=max((x.position for x in siblings), default=-1) + 1,
        )
        s.add(lab)
        s.flush()
        new_id = lab.id
    return _done(undo=new_id)


def rename_label(project: Project, label_id: int, name_zh: str, name_en: str) -> Changes:
    """New names in both languages; claims keep the label. ``undo``: previous names."""
    zh, en = _names(name_zh, name_en)
    return _update(project, label_id, claims=True, name_zh=zh, name_en=en)


def recolour_label(project: Project, label_id: int, colour: str) -> Changes:
    if not _COLOUR.match(colour):
        raise CodebookError(f'colour {colour!r} is not of the form "#rrggbb"')
    return _update(project, label_id, claims=True, colour=colour.lower())


def set_label_description(project: Project, label_id: int, description: str) -> Changes:
    return _update(project, label_id, description=description.strip())


def set_shortcut(project: Project, label_id: int, shortcut: str) -> Changes:
    """Give a label a one-key shortcut ("" clears); a key another label has is refused."""
    with project.session() as s:
        key = _check_shortcut(s, shortcut, label_id)
    return _update(project, label_id, shortcut=key)


def shortcut_clashes(codebook: Codebook) -> list[ShortcutClash]:
    """Shortcuts shared by more than one label (compared case-insensitively)."""
    groups: dict[str, list[LabelView]] = {}
    for lab in codebook.labels:
        if lab.shortcut:
            groups.setdefault(lab.shortcut.casefold(), []).append(lab)
    return [ShortcutClash(g[0].shortcut, tuple(g)) for g in groups.values() if len(g) > 1]


def reorder_labels(project: Project, dimension_id: int, ordered_ids: Sequence[int]) -> Changes:
    """Put a dimension's labels in the given order. ``undo`` is the previous order."""
    with project.session() as s:
        _dimension(s, dimension_id)
        labels = s.exec(
            select(Label)
            .where(col(Label.dimension_id) == dimension_id)
            .order_by(col(Label.position), col(Label.id))
        ).all()
        before = [lab.id for lab in labels]
        if sorted(ordered_ids) != sorted(i for i in before if i is not None):
            raise CodebookError("the new order must list every label of the dimension once")
        pos = {label_id: n for n, label_id in enumerate(ordered_ids)}
        for lab in labels:
            assert lab.id is not None
            lab.position = pos[lab.id]
            s.add(lab)
    return _done(undo=before)


def claims_using_label(project: Project, label_id: int) -> list[int]:
    """Ids of the claims that carry the label, ascending."""
    with project.session() as s:
        return _claims_with(s, [label_id])


# ---------------------------------------------------------------- delete and merge


def delete_label(
    project: Project, label_id: int, *, reassign_to: int | None = None, force: bool = False
) -> Changes:
    """Delete a label. Claims using it move to ``reassign_to``, or lose it with ``force``;
    with neither, ``LabelInUseError`` lists them. ``undo`` is a ``CodebookDeletion``."""
    if reassign_to is not None:
        return merge_labels(project, label_id, reassign_to)
    with project.session() as s:
        lab = _label(s, label_id)
        claims = _claims_with(s, [label_id])
        if claims and not force:
            raise LabelInUseError(
                f'label "{lab.name_en}" is used by {len(claims)} claim(s)', claims
            )
        snap = CodebookDeletion(None, (lab.model_dump(),), _labels_of(s, claims))
        articles = _articles_of(s, claims)
        s.exec(delete(ClaimLabel).where(col(ClaimLabel.label_id) == label_id))
        s.delete(lab)
    return _done(undo=snap, claims=claims, articles=articles)


def merge_labels(project: Project, source_id: int, target_id: int) -> Changes:
    """Move every claim from ``source`` to ``target`` and delete ``source``.

    If ``target`` is in a single-choice dimension it replaces any other label the claim
    has there, so no claim ends with two; those claims are named in ``messages``.
    """
    if source_id == target_id:
        raise CodebookError("a label cannot be merged into itself")
    messages = []
    with project.session() as s:
        src, tgt = _label(s, source_id), _label(s, target_id)
        tgt_dim = _dimension(s, tgt.dimension_id)
        siblings = set(s.exec(select(Label.id).where(col(Label.dimension_id) == tgt_dim.id)).all())
        claims = _claims_with(s, [source_id])
        before = _labels_of(s, claims)
        for claim_id, ids in before.items():
            after = [i for i in ids if i != source_id]
            if tgt_dim.kind == KIND_SINGLE:
                dropped = [i for i in after if i in siblings and i != target_id]
                if dropped:
                    messages.append(f"claim {claim_id}: label {dropped[0]} replaced by {target_id}")
                after = [i for i in after if i not in siblings]
            if target_id not in after:
                after.append(target_id)
            s.exec(delete(ClaimLabel).where(col(ClaimLabel.claim_id) == claim_id))
            s.add_all(ClaimLabel(claim_id=claim_id, label_id=i) for i in after)
        s.flush()
        snap = CodebookDeletion(None, (src.model_dump(),), before)
        articles = _articles_of(s, claims)
        s.delete(src)
    ch = _done(undo=snap, claims=claims, articles=articles)
    ch.messages = messages
    return ch


def restore_labels(project: Project, snapshot: CodebookDeletion) -> Changes:
    """Undo a delete or merge: the rows come back with their ids, claims get their labels."""
    with project.session() as s:
        if snapshot.dimension is not None:
            s.add(Dimension(**snapshot.dimension))
            s.flush()
        s.add_all(Label(**lab) for lab in snapshot.labels)
        s.flush()
        for claim_id, ids in snapshot.claim_labels.items():
            s.exec(delete(ClaimLabel).where(col(ClaimLabel.claim_id) == claim_id))
            s.add_all(ClaimLabel(claim_id=claim_id, label_id=i) for i in ids)
        articles = _articles_of(s, snapshot.claim_labels)
    return _done(claims=snapshot.claim_labels, articles=articles)
