"""Edits of the codebook: labels and dimensions, shortcuts, merging, deleting, file import.

Every edit runs in one transaction and returns a ``core.annotate.Changes`` with
``codebook=True`` (plus the claims whose labels moved). Nothing that claims use is ever
dropped silently: deleting a label in use needs ``reassign_to`` or ``force``, otherwise a
``LabelInUseError`` carries the claims. Deletions and merges return a ``CodebookDeletion``
in ``Changes.undo`` that ``restore_labels`` puts back exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, delete, select

from rareearth_desk.core.annotate import Changes
from rareearth_desk.core.codebook import (
    _COLOUR,
    _KEY,
    KINDS,
    Codebook,
    CodebookError,
    LabelView,
    read_codebook_file,
    set_dimension_description,
)
from rareearth_desk.core.models import KIND_SINGLE, Claim, ClaimLabel, Dimension, Label

if TYPE_CHECKING:
    from rareearth_desk.core.store import Project

PALETTE = ("#6a1b9a", "#00695c", "#9e9d24", "#4e342e", "#283593", "#bf360c", "#00838f", "#c2185b")


class LabelInUseError(CodebookError):
    """The label (or dimension) is used by claims and the caller did not say what to do."""

    def __init__(self, message: str, claim_ids: Sequence[int]) -> None:
        super().__init__(message)
        self.claim_ids = list(claim_ids)


@dataclass(frozen=True, slots=True)
class ShortcutClash:
    key: str  # as typed on the first label, e.g. "Q"
    labels: tuple[LabelView, ...]


@dataclass(frozen=True, slots=True)
class CodebookDeletion:
    """Rows removed by a delete or merge, and each touched claim's labels before it."""

    dimension: dict[str, Any] | None
    labels: tuple[dict[str, Any], ...]
    claim_labels: dict[int, tuple[int, ...]] = field(default_factory=dict)


# ---------------------------------------------------------------- helpers


def _label(session: Session, label_id: int) -> Label:
    lab = session.get(Label, label_id)
    if lab is None:
        raise CodebookError(f"label {label_id} does not exist")
    return lab


def _dimension(session: Session, dimension_id: int) -> Dimension:
    dim = session.get(Dimension, dimension_id)
    if dim is None:
        raise CodebookError(f"dimension {dimension_id} does not exist")
    return dim


def _names(name_zh: str, name_en: str) -> tuple[str, str]:
    zh, en = name_zh.strip(), name_en.strip()
    if not zh and not en:
        raise CodebookError("a name in Chinese or English is needed")
    return zh or en, en or zh


def _slug(text: str, taken: Iterable[str], fallback: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_")[:40] or fallback
    taken = set(taken)
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def _check_new_key(key: str | None, taken: set[str], what: str) -> None:
    if key is None:
        return
    if not _KEY.match(key):
        raise CodebookError(f'{what} key "{key}" must be letters, digits or _')
    if key in taken:
        raise CodebookError(f'{what} key "{key}" already exists')


def _claims_with(session: Session, label_ids: Iterable[int]) -> list[int]:
    ids = list(label_ids)
    if not ids:
        return []
    rows = session.exec(
        select(ClaimLabel.claim_id).where(col(ClaimLabel.label_id).in_(ids)).distinct()
    ).all()
    return sorted(rows)


def _labels_of(session: Session, claim_ids: Iterable[int]) -> dict[int, tuple[int, ...]]:
    out: dict[int, list[int]] = {c: [] for c in claim_ids}
    if out:
        rows = session.exec(
            select(ClaimLabel.claim_id, ClaimLabel.label_id).where(
                col(ClaimLabel.claim_id).in_(list(out))
            )
        ).all()
        for claim_id, label_id in rows:
            out[claim_id].append(label_id)
    return {c: tuple(sorted(v)) for c, v in out.items()}


def _articles_of(session: Session, claim_ids: Iterable[int]) -> set[int]:
    ids = list(claim_ids)
    if not ids:
        return set()
    return set(session.exec(select(Claim.article_id).where(col(Claim.id).in_(ids))).all())


def _check_shortcut(session: Session, shortcut: str, label_id: int | None) -> str:
    key = shortcut.strip()
    if len(key) > 1:
        raise CodebookError(f"shortcut {key!r} must be one key")
    if key:
        for other in session.exec(select(Label).where(col(Label.shortcut) != "")).all():
            if other.id != label_id and other.shortcut.casefold() == key.casefold():
                raise CodebookError(
                    f'shortcut "{key}" is already used by label "{other.name_en}" ({other.key})'
                )
    return key


def _done(undo: Any = None, claims: Iterable[int] = (), articles: Iterable[int] = ()) -> Changes:
    return Changes(articles=set(articles), claims=set(claims), codebook=True, undo=undo)


def _update(project: Project, label_id: int, *, claims: bool = False, **values: Any) -> Changes:
    """Set fields of a label; ``undo`` is the previous values (a dict for the same call).

    With ``claims`` the claims carrying the label (and their articles) are named too.
    """
    with project.session() as s:
        lab = _label(s, label_id)
        before = {k: getattr(lab, k) for k in values}
        for k, v in values.items():
            setattr(lab, k, v)
        s.add(lab)
        used = _claims_with(s, [label_id]) if claims else []
        articles = _articles_of(s, used)
    return _done(undo=before, claims=used, articles=articles)


# ---------------------------------------------------------------- labels


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


# ---------------------------------------------------------------- dimensions


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


# ---------------------------------------------------------------- file import


def import_codebook(project: Project, path: Path | str) -> Changes:
    """Merge a codebook file into the project, matching dimensions and labels by key.

    Existing ones are updated, new ones added, and nothing is removed: labels missing
    from the file stay (those in use are named in ``messages``). A shortcut the file
    gives to one label is taken from any other label that had it, which is reported.
    A bad file raises ``CodebookError`` naming the file and the first problem.
    """
    data = read_codebook_file(Path(path))
    messages: list[str] = []
    with project.session() as s:
        dims = {d.key: d for d in s.exec(select(Dimension)).all()}
        file_shortcuts = {
            lab.get("shortcut", "").strip().casefold(): (d["key"], lab["key"])
            for d in data["dimensions"]
            for lab in d.get("labels", [])
            if lab.get("shortcut", "").strip()
        }
        for dpos, d in enumerate(data["dimensions"]):
            dim = dims.get(d["key"]) or Dimension(key=d["key"], name_zh="", name_en="")
            kind = d.get("kind", KIND_SINGLE)
            if dim.id is not None and kind == KIND_SINGLE and dim.kind != KIND_SINGLE:
                _refuse_single(s, dim)
            dim.name_zh, dim.name_en = d["name_zh"].strip(), d["name_en"].strip()
            dim.kind, dim.position = kind, dpos
            s.add(dim)
            s.flush()
            assert dim.id is not None
            set_dimension_description(s, dim.key, d.get("description", ""))
            _merge_labels(s, dim, d.get("labels", []), messages)
        for dpos, dim in enumerate(
            sorted(
                (x for k, x in dims.items() if k not in {d["key"] for d in data["dimensions"]}),
                key=lambda x: x.position,
            ),  # fmt: skip
            start=len(data["dimensions"]),
        ):
            dim.position = dpos
            s.add(dim)
        s.flush()
        for lab in s.exec(select(Label).where(col(Label.shortcut) != "")).all():
            owner = file_shortcuts.get(lab.shortcut.casefold())
            dim_key = s.get(Dimension, lab.dimension_id).key  # type: ignore[union-attr]
            if owner is not None and owner != (dim_key, lab.key):
                messages.append(
                    f'label "{lab.name_en}" lost shortcut "{lab.shortcut}" to "{owner[1]}"'
                )
                lab.shortcut = ""
                s.add(lab)
    ch = _done()
    ch.messages = messages
    return ch


def _refuse_single(session: Session, dim: Dimension) -> None:
    ids = session.exec(select(Label.id).where(col(Label.dimension_id) == dim.id)).all()
    rows = session.exec(
        select(ClaimLabel.claim_id).where(col(ClaimLabel.label_id).in_(list(ids)))
    ).all()
    seen: set[int] = set()
    for claim_id in rows:
        if claim_id in seen:
            raise CodebookError(
                f'dimension "{dim.key}" cannot become single-choice: '
                f"claim {claim_id} has several of its labels"
            )
        seen.add(claim_id)


def _merge_labels(
    session: Session, dim: Dimension, labels: list[dict[str, Any]], messages: list[str]
) -> None:
    assert dim.id is not None
    existing = {
        lab.key: lab
        for lab in session.exec(select(Label).where(col(Label.dimension_id) == dim.id)).all()
    }
    for pos, d in enumerate(labels):
        lab = existing.pop(d["key"], None) or Label(
            dimension_id=dim.id, key=d["key"], name_zh="", name_en=""
        )
        lab.name_zh, lab.name_en = d["name_zh"].strip(), d["name_en"].strip()
        lab.description = d.get("description", "")
        lab.colour = d.get("colour", "#999999").lower()
        lab.shortcut = d.get("shortcut", "").strip()
        lab.position = pos
        session.add(lab)
    for pos, lab in enumerate(sorted(existing.values(), key=lambda x: x.position), len(labels)):
        lab.position = pos
        session.add(lab)
        used = _claims_with(session, [lab.id] if lab.id is not None else [])
        if used:
            messages.append(
                f'label "{lab.name_en}" ({dim.key}/{lab.key}) is not in the file and is kept: '
                f"{len(used)} claim(s) use it"
            )
