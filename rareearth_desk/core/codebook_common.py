"""What the codebook edits share: their errors, undo records, row look-ups and checks.

The edits themselves are in ``core.codebook_edit`` (labels, deleting and merging),
``core.dimension_edit`` (dimensions) and ``core.codebook_import`` (merging a codebook
file into a project); this module holds what they have in common, so that the dimension
edits and the file import do not depend on the label edits (which re-export them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from rareearth_desk.core.annotate import Changes
from rareearth_desk.core.codebook import _KEY, CodebookError
from rareearth_desk.core.models import Claim, ClaimLabel, Dimension, Label

if TYPE_CHECKING:
    from rareearth_desk.core.store import Project


class LabelInUseError(CodebookError):
    """The label (or dimension) is used by claims and the caller did not say what to do."""

    def __init__(self, message: str, claim_ids: Sequence[int]) -> None:
        super().__init__(message)
        self.claim_ids = list(claim_ids)


@dataclass(frozen=True, slots=True)
class CodebookDeletion:
    """Rows removed by a delete or merge, and each touched claim's labels before it."""

    dimension: dict[str, Any] | None
    labels: tuple[dict[str, Any], ...]
    claim_labels: dict[int, tuple[int, ...]] = field(default_factory=dict)


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
