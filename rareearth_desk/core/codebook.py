"""The codebook: read model, the default codebook, seeding, label look-up, file format.

The codebook lives in the project (tables ``Dimension`` and ``Label``). This module reads
it into plain dataclasses (``Codebook``), seeds a new project from
``resources/codebook.default.json``, and reads, checks, writes and merges codebook files
in that same JSON format. Edits to labels and dimensions are in ``core.codebook_edit``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from rareearth_desk.core.models import KIND_MULTI, KIND_SINGLE, Dimension, Label, Meta

if TYPE_CHECKING:
    from rareearth_desk.core.store import Project

FORMAT = "rareearth-desk-codebook"
FORMAT_VERSION = 1
KINDS = (KIND_SINGLE, KIND_MULTI)
STANCE_KEY = "stance"
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_KEY = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
# the Dimension table has no description column; the file's text is kept in Meta
_DESCRIPTION_META = "codebook.description."
EDITS = (
    "add_label", "rename_label", "recolour_label", "set_label_description", "set_shortcut",
    "reorder_labels", "reorder_dimensions", "add_dimension", "rename_dimension", "delete_dimension", "delete_label",
    "merge_labels", "claims_using_label", "restore_labels", "shortcut_clashes",
    "import_codebook", "LabelInUseError", "ShortcutClash", "CodebookDeletion",
)  # fmt: skip


def __getattr__(name: str) -> Any:
    """Codebook edits live in ``core.codebook_edit``; they are reachable from here too."""
    if name in EDITS:
        from rareearth_desk.core import codebook_edit

        return getattr(codebook_edit, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class CodebookError(ValueError):
    """A codebook file or edit that cannot be accepted; the message is one user-facing line."""


@dataclass(frozen=True, slots=True)
class LabelView:
    id: int
    dimension_id: int
    key: str
    name_zh: str
    name_en: str
    description: str
    colour: str
    shortcut: str
    position: int

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang == "zh" else self.name_en


@dataclass(frozen=True, slots=True)
class DimensionView:
    id: int
    key: str
    name_zh: str
    name_en: str
    kind: str
    position: int
    labels: list[LabelView] = field(default_factory=list)

    @property
    def single(self) -> bool:
        return self.kind == KIND_SINGLE

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang == "zh" else self.name_en


@dataclass(slots=True)
class Codebook:
    """All dimensions (by position) with their labels (by position)."""

    dimensions: list[DimensionView]
    _labels: dict[int, LabelView] = field(init=False, repr=False)
    _dims: dict[int, DimensionView] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._labels = {lab.id: lab for d in self.dimensions for lab in d.labels}
        self._dims = {d.id: d for d in self.dimensions}

    @property
    def stance_dimension(self) -> DimensionView | None:
        """The dimension keyed "stance", else the first single-choice dimension."""
        for d in self.dimensions:
            if d.key == STANCE_KEY:
                return d
        return next((d for d in self.dimensions if d.single), None)

    @property
    def topic_dimensions(self) -> list[DimensionView]:
        """Every dimension but the stance dimension."""
        stance = self.stance_dimension
        return [d for d in self.dimensions if stance is None or d.id != stance.id]

    @property
    def labels(self) -> list[LabelView]:
        return [lab for d in self.dimensions for lab in d.labels]

    def label(self, label_id: int) -> LabelView | None:
        return self._labels.get(label_id)

    def dimension(self, dimension_id: int) -> DimensionView | None:
        return self._dims.get(dimension_id)

    def dimension_by_key(self, key: str) -> DimensionView | None:
        return next((d for d in self.dimensions if d.key == key), None)

    def dimension_of(self, label_id: int) -> DimensionView | None:
        lab = self._labels.get(label_id)
        return self._dims.get(lab.dimension_id) if lab else None

    def by_shortcut(self, key: str) -> LabelView | None:
        """The label whose shortcut is ``key`` (compared case-insensitively)."""
        want = key.strip().casefold()
        if not want:
            return None
        return next((lab for lab in self.labels if lab.shortcut.casefold() == want), None)


# ---------------------------------------------------------------- reading


def codebook_from_session(session: Session) -> Codebook:
    dims = session.exec(select(Dimension).order_by(Dimension.position, Dimension.id)).all()  # type: ignore[arg-type]
    labels = session.exec(select(Label).order_by(Label.position, Label.id)).all()  # type: ignore[arg-type]
    by_dim: dict[int, list[LabelView]] = {}
    for lab in labels:
        assert lab.id is not None
        by_dim.setdefault(lab.dimension_id, []).append(
            LabelView(
                id=lab.id,
                dimension_id=lab.dimension_id,
                key=lab.key,
                name_zh=lab.name_zh,
                name_en=lab.name_en,
                description=lab.description,
                colour=lab.colour,
                shortcut=lab.shortcut,
                position=lab.position,
            )
        )
    views = []
    for d in dims:
        assert d.id is not None
        views.append(
            DimensionView(
                id=d.id,
                key=d.key,
                name_zh=d.name_zh,
                name_en=d.name_en,
                kind=d.kind,
                position=d.position,
                labels=by_dim.get(d.id, []),
            )
        )
    return Codebook(views)


def load_codebook(project: Project) -> Codebook:
    """The project's codebook as plain data."""
    with project.session() as session:
        return codebook_from_session(session)


def resolve_label(
    codebook_or_session: Codebook | Session | Project, name: str, *, dimension: str | None = None
) -> LabelView | None:
    """The label whose key, Chinese or English name is ``name`` (case-insensitive).

    ``dimension`` (a dimension key) limits the search to that dimension. Keys win over
    names when both match different labels. None when nothing matches. Pass a loaded
    ``Codebook`` when resolving many names.
    """
    source = codebook_or_session
    if isinstance(source, Codebook):
        cb = source
    elif isinstance(source, Session):
        cb = codebook_from_session(source)
    else:
        cb = load_codebook(source)
    want = name.strip().casefold()
    if not want:
        return None
    dims = [d for d in cb.dimensions if dimension is None or d.key == dimension]
    for attr in ("key", "name_en", "name_zh"):
        for d in dims:
            for lab in d.labels:
                if str(getattr(lab, attr)).strip().casefold() == want:
                    return lab
    return None


# ---------------------------------------------------------------- the file format


def default_codebook_data() -> dict[str, Any]:
    """The shipped default codebook (``resources/codebook.default.json``) as a dict."""
    from rareearth_desk.paths import resource

    path = resource("codebook.default.json")
    return read_codebook_file(path)


def read_codebook_file(path: Path) -> dict[str, Any]:
    """Read and check a codebook file; ``CodebookError`` names the file and the problem."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise CodebookError(f"cannot read codebook file: {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise CodebookError(f"codebook file is not UTF-8 text: {path}") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CodebookError(
            f"codebook file is not valid JSON: {path}: line {exc.lineno}: {exc.msg}"
        ) from exc
    try:
        validate_codebook_data(data)
    except CodebookError as exc:
        raise CodebookError(f"{exc}: {path}") from None
    return data  # type: ignore[no-any-return]


def validate_codebook_data(data: Any) -> None:
    """Raise ``CodebookError`` with one line naming the first problem in ``data``."""
    if not isinstance(data, dict):
        raise CodebookError("codebook file must hold a JSON object")
    fmt = data.get("format", FORMAT)
    if fmt != FORMAT:
        raise CodebookError(f'codebook file has format "{fmt}", expected "{FORMAT}"')
    version = data.get("version", FORMAT_VERSION)
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise CodebookError(f"codebook file version {version!r} is newer than this app reads")
    dims = data.get("dimensions")
    if not isinstance(dims, list) or not dims:
        raise CodebookError('codebook file needs a non-empty "dimensions" list')
    dim_keys: set[str] = set()
    shortcuts: dict[str, str] = {}
    for i, d in enumerate(dims, 1):
        where = f"dimension {i}"
        if not isinstance(d, dict):
            raise CodebookError(f"{where} is not an object")
        key = _check_key(d, where)
        where = f'dimension "{key}"'
        if key in dim_keys:
            raise CodebookError(f"{where} appears twice")
        dim_keys.add(key)
        _check_names(d, where)
        if not isinstance(d.get("description", ""), str):
            raise CodebookError(f'{where}: "description" must be text')
        kind = d.get("kind", KIND_SINGLE)
        if kind not in KINDS:
            raise CodebookError(f'{where} has kind "{kind}", expected "single" or "multi"')
        labels = d.get("labels", [])
        if not isinstance(labels, list):
            raise CodebookError(f'{where}: "labels" must be a list')
        label_keys: set[str] = set()
        for j, lab in enumerate(labels, 1):
            lwhere = f"{where}, label {j}"
            if not isinstance(lab, dict):
                raise CodebookError(f"{lwhere} is not an object")
            lkey = _check_key(lab, lwhere)
            lwhere = f'{where}, label "{lkey}"'
            if lkey in label_keys:
                raise CodebookError(f"{lwhere} appears twice")
            label_keys.add(lkey)
            _check_names(lab, lwhere)
            colour = lab.get("colour", "#999999")
            if not isinstance(colour, str) or not _COLOUR.match(colour):
                raise CodebookError(f'{lwhere} has colour {colour!r}, expected "#rrggbb"')
            for opt in ("description", "shortcut"):
                if not isinstance(lab.get(opt, ""), str):
                    raise CodebookError(f'{lwhere}: "{opt}" must be text')
            shortcut = lab.get("shortcut", "").strip()
            if len(shortcut) > 1:
                raise CodebookError(f"{lwhere} has shortcut {shortcut!r}, expected one key")
            if shortcut:
                other = shortcuts.get(shortcut.casefold())
                if other:
                    raise CodebookError(
                        f"{lwhere} has shortcut {shortcut!r}, already used by {other}"
                    )
                shortcuts[shortcut.casefold()] = lwhere


def _check_key(obj: dict[str, Any], where: str) -> str:
    key = obj.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        raise CodebookError(f'{where} needs a "key" of letters, digits or _ (got {key!r})')
    return key


def _check_names(obj: dict[str, Any], where: str) -> None:
    for attr in ("name_zh", "name_en"):
        value = obj.get(attr)
        if not isinstance(value, str) or not value.strip():
            raise CodebookError(f'{where} needs a non-empty "{attr}"')


def codebook_data(session: Session) -> dict[str, Any]:
    """The project's codebook in the file format of ``resources/codebook.default.json``."""
    cb = codebook_from_session(session)
    notes = dimension_descriptions(session)
    dims = []
    for d in cb.dimensions:
        labels = [
            {
                "key": lab.key,
                "name_zh": lab.name_zh,
                "name_en": lab.name_en,
                "colour": lab.colour,
                "shortcut": lab.shortcut,
                "description": lab.description,
            }
            for lab in d.labels
        ]
        dim: dict[str, Any] = {
            "key": d.key,
            "name_zh": d.name_zh,
            "name_en": d.name_en,
            "kind": d.kind,
        }
        if notes.get(d.key):
            dim["description"] = notes[d.key]
        dims.append(dim | {"labels": labels})
    return {"format": FORMAT, "version": FORMAT_VERSION, "dimensions": dims}


def export_codebook(project: Project, path: Path | str) -> None:
    """Write the codebook file; a temporary file beside it is moved into place."""
    path = Path(path)
    with project.session() as session:
        data = codebook_data(session)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CodebookError(f"cannot write codebook file: {path}: {exc.strerror or exc}") from exc


def dimension_descriptions(session: Session) -> dict[str, str]:
    rows = session.exec(select(Meta).where(col(Meta.key).startswith(_DESCRIPTION_META))).all()
    return {m.key[len(_DESCRIPTION_META) :]: m.value for m in rows}


def set_dimension_description(session: Session, key: str, description: str) -> None:
    row = session.get(Meta, _DESCRIPTION_META + key)
    if not description:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        row = Meta(key=_DESCRIPTION_META + key, value=description)
    row.value = description
    session.add(row)


def seed_codebook(session: Session, data: dict[str, Any]) -> None:
    """Insert the dimensions and labels of a checked codebook dict (into an empty codebook)."""
    validate_codebook_data(data)
    for dpos, d in enumerate(data["dimensions"]):
        set_dimension_description(session, d["key"], d.get("description", ""))
        dim = Dimension(
            key=d["key"],
            name_zh=d["name_zh"].strip(),
            name_en=d["name_en"].strip(),
            kind=d.get("kind", KIND_SINGLE),
            position=dpos,
        )
        session.add(dim)
        session.flush()
        assert dim.id is not None
        session.add_all(_label_rows(dim.id, d.get("labels", [])))
    session.flush()


def _label_rows(dimension_id: int, labels: Iterable[dict[str, Any]]) -> list[Label]:
    return [
        Label(
            dimension_id=dimension_id,
            key=lab["key"],
            name_zh=lab["name_zh"].strip(),
            name_en=lab["name_en"].strip(),
            description=lab.get("description", ""),
            colour=lab.get("colour", "#999999").lower(),
            shortcut=lab.get("shortcut", "").strip(),
            position=pos,
        )
        for pos, lab in enumerate(labels)
    ]
