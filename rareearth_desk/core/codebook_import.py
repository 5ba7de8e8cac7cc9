"""Merging a codebook file into a project (``import_codebook``).

Dimensions and labels are matched by key: existing ones are updated, new ones added,
and nothing is removed. The file is read and checked by ``core.codebook``; this module
writes it into the project in one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from rareearth_desk.core.annotate import Changes
from rareearth_desk.core.codebook import (
    CodebookError,
    read_codebook_file,
    set_dimension_description,
)
from rareearth_desk.core.codebook_common import _claims_with, _done
from rareearth_desk.core.models import KIND_SINGLE, ClaimLabel, Dimension, Label

if TYPE_CHECKING:
    from rareearth_desk.core.store import Project


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
