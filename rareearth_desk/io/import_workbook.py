"""Corrections from Excel: read an exported, edited workbook back into the project.

Only the Claims sheet (and its continuations "Claims (2)" ...) is read, rows matched by
claim id. Three things may change: the stance, the topics and the note; everything else
in the workbook is ignored. Topics come from the joined Topics column when the sheet
has it (it wins over the 0/1 columns, which are read only when there is no Topics
column); a row whose 0/1 columns disagree with its Topics column gets a warning. Labels
may be written as keys or as names in either language, and headers may be English or
Chinese. A row with an unknown label or claim is refused with its sheet and row number;
the other rows are applied. Every change is reported as (claim id, field, old, new).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rareearth_desk.io.export_rows import CLAIM_HEADERS, TOPIC_SEPARATOR

if TYPE_CHECKING:
    from rareearth_desk.core.codebook import Codebook, LabelView
    from rareearth_desk.core.store import Project

_SPLIT = re.compile(r"\s*[;；]\s*")
_TRUE = {"1", "1.0", "true", "yes", "x", "是", "✓"}


class CorrectionError(Exception):
    """The workbook cannot be read as corrections; one user-facing line."""


@dataclass(frozen=True, slots=True)
class Change:
    claim_id: int
    field: str  # "stance", "topics" or "note"
    old: str
    new: str


@dataclass(slots=True)
class CorrectionReport:
    path: str
    rows: int = 0  # data rows read
    changes: list[Change] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # refused rows, "Claims row 7: ..."
    warnings: list[str] = field(default_factory=list)
    applied: bool = False  # False for a dry run

    @property
    def claims_changed(self) -> int:
        return len({c.claim_id for c in self.changes})

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "rows": self.rows,
            "applied": self.applied,
            "changes": [
                {"claim_id": c.claim_id, "field": c.field, "old": c.old, "new": c.new}
                for c in self.changes
            ],
            "errors": list(self.errors),
            "warnings": list(self.warnings),
        }


@dataclass(slots=True)
class _Layout:
    """Where the columns this module reads are, by 0-based index."""

    claim_id: int
    stance: int | None
    topics: int | None
    note: int | None
    flags: dict[int, int]  # column index -> topic label id


def _fold(text: Any) -> str:
    return str(text).strip().casefold() if text is not None else ""


def _layout(header: tuple[Any, ...], codebook: Codebook, where: str) -> _Layout:
    names: dict[str, str] = {}
    for key, (en, zh) in CLAIM_HEADERS.items():
        names[_fold(en)] = key
        names[_fold(zh)] = key
        names[key] = key
    stance = codebook.stance_dimension
    if stance is not None:
        names[_fold(stance.name_en)] = "stance"
        names[_fold(stance.name_zh)] = "stance"
    topic_names: dict[str, int] = {}
    for dim in codebook.topic_dimensions:
        for lab in dim.labels:
            for n in (lab.key, lab.name_en, lab.name_zh):
                topic_names.setdefault(_fold(n), lab.id)
    found: dict[str, int] = {}
    flags: dict[int, int] = {}
    for i, cell in enumerate(header):
        h = _fold(cell)
        if not h:
            continue
        if h in names and names[h] not in found:
            found[names[h]] = i
        elif h in topic_names:
            flags[i] = topic_names[h]
    if "claim_id" not in found:
        raise CorrectionError(f"{where}: no claim id column in the header row")
    return _Layout(
        found["claim_id"], found.get("stance"), found.get("topics"), found.get("note"), flags
    )


def _claim_sheets(wb: Any) -> list[Any]:
    return [
        ws
        for ws in wb.worksheets
        if ws.title == "Claims" or re.fullmatch(r"Claims \(\d+\)", ws.title)
    ]


def _as_id(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class _Resolver:
    """Label words (key or either name) to ids, within the stance or the topic dimensions."""

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        stance = codebook.stance_dimension
        self.stance_labels = list(stance.labels) if stance else []
        self.topic_labels = [lab for d in codebook.topic_dimensions for lab in d.labels]
        self.stance_ids = {lab.id for lab in self.stance_labels}
        self.topic_pos = {lab.id: i for i, lab in enumerate(self.topic_labels)}

    @staticmethod
    def _find(labels: list[LabelView], word: str) -> int | None:
        w = word.strip().casefold()
        for lab in labels:
            if w in (lab.key.casefold(), lab.name_en.casefold(), lab.name_zh.casefold()):
                return lab.id
        return None

    def stance(self, word: str) -> int | None:
        """None for an empty cell; raises ValueError for an unknown stance."""
        if not word.strip():
            return None
        found = self._find(self.stance_labels, word)
        if found is None:
            raise ValueError(f"unknown stance {word.strip()!r}")
        return found

    def topics(self, text: str) -> list[int]:
        ids: list[int] = []
        for part in _SPLIT.split(text.strip()):
            if not part:
                continue
            found = self._find(self.topic_labels, part)
            if found is None:
                raise ValueError(f"unknown topic {part!r}")
            if found not in ids:
                ids.append(found)
        return sorted(ids, key=self.topic_pos.__getitem__)

    def names(self, ids: list[int], lang: str) -> str:
        labs = [self.codebook.label(i) for i in ids]
        return TOPIC_SEPARATOR.join(lab.name(lang) for lab in labs if lab is not None)


def read_corrections(
    project: Project, book: str | Path, *, lang: str = "en"
) -> tuple[CorrectionReport, list[tuple[int, list[int] | None, str | None]]]:
    """Compare the workbook with the project: the report and the edits to make.

    Each edit is (claim id, new label ids or None if unchanged, new note or None).
    """
    from openpyxl import load_workbook

    from rareearth_desk.core.annotate import iter_claims
    from rareearth_desk.core.codebook import load_codebook

    path = Path(book).expanduser()
    report = CorrectionReport(path=str(path))
    if not path.is_file():
        raise CorrectionError(f"workbook not found: {path}")
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise CorrectionError(f"not a readable .xlsx workbook: {path}: {exc}") from None
    codebook = load_codebook(project)
    resolver = _Resolver(codebook)
    current: dict[int, tuple[tuple[int, ...], str]] = {
        c.claim_id: (c.label_ids, c.note) for c in iter_claims(project, None)
    }
    edits: list[tuple[int, list[int] | None, str | None]] = []
    seen: dict[int, str] = {}
    try:
        sheets = _claim_sheets(wb)
        if not sheets:
            raise CorrectionError(f"no Claims sheet in {path}")
        for ws in sheets:
            rows = ws.iter_rows(values_only=True)
            header = next(rows, None)
            if header is None:
                continue
            layout = _layout(header, codebook, f"{path.name}: {ws.title}")
            for n, row in enumerate(rows, 2):
                where = f"{ws.title} row {n}"
                if not any(v not in (None, "") for v in row):
                    continue
                report.rows += 1
                edit = _row_edit(row, layout, resolver, current, where, report, lang, seen)
                if edit is not None:
                    edits.append(edit)
    finally:
        wb.close()
    return report, edits


def _cell(row: tuple[Any, ...], i: int | None) -> Any:
    return row[i] if i is not None and i < len(row) else None


def _row_edit(
    row: tuple[Any, ...],
    layout: _Layout,
    resolver: _Resolver,
    current: dict[int, tuple[tuple[int, ...], str]],
    where: str,
    report: CorrectionReport,
    lang: str,
    seen: dict[int, str],
) -> tuple[int, list[int] | None, str | None] | None:
    raw_id = _cell(row, layout.claim_id)
    claim_id = _as_id(raw_id)
    if claim_id is None:
        report.errors.append(f"{where}: not a claim id: {raw_id!r}")
        return None
    if claim_id not in current:
        report.errors.append(f"{where}: no claim with id {claim_id} in the project")
        return None
    if claim_id in seen:
        report.errors.append(f"{where}: claim {claim_id} is already at {seen[claim_id]}")
        return None
    seen[claim_id] = where
    old_ids, old_note = current[claim_id]
    old_stance = next((i for i in old_ids if i in resolver.stance_ids), None)
    old_topics = sorted(
        (i for i in old_ids if i in resolver.topic_pos), key=resolver.topic_pos.__getitem__
    )
    try:
        new_stance = old_stance
        if layout.stance is not None:
            new_stance = resolver.stance(_text(_cell(row, layout.stance)))
        new_topics = old_topics
        flag_topics = None
        if layout.flags:
            flag_topics = sorted(
                (lab for i, lab in layout.flags.items() if _fold(_text(_cell(row, i))) in _TRUE),
                key=resolver.topic_pos.__getitem__,
            )
        if layout.topics is not None:
            new_topics = resolver.topics(_text(_cell(row, layout.topics)))
            if flag_topics is not None and flag_topics != new_topics:
                report.warnings.append(
                    f"{where}: the 0/1 topic columns disagree with Topics; Topics used"
                )
        elif flag_topics is not None:
            new_topics = flag_topics
    except ValueError as exc:
        report.errors.append(f"{where}: {exc}")
        return None
    new_note = old_note if layout.note is None else _text(_cell(row, layout.note))
    labels: list[int] | None = None
    if new_stance != old_stance:
        report.changes.append(
            Change(
                claim_id,
                "stance",
                resolver.names([] if old_stance is None else [old_stance], lang),
                resolver.names([] if new_stance is None else [new_stance], lang),
            )
        )
    if new_topics != old_topics:
        report.changes.append(
            Change(
                claim_id,
                "topics",
                resolver.names(old_topics, lang),
                resolver.names(new_topics, lang),
            )
        )
    if new_stance != old_stance or new_topics != old_topics:
        keep = [i for i in old_ids if i not in resolver.stance_ids and i not in resolver.topic_pos]
        labels = keep + ([new_stance] if new_stance is not None else []) + new_topics
    note: str | None = None
    if new_note.replace("\r\n", "\n") != old_note.replace("\r\n", "\n"):
        report.changes.append(Change(claim_id, "note", old_note, new_note))
        note = new_note
    if labels is None and note is None:
        return None
    return (claim_id, labels, note)


def apply_corrections(
    project: Project, book: str | Path, *, dry_run: bool = False, lang: str = "en"
) -> CorrectionReport:
    """Read the workbook and make its edits (unless ``dry_run``); returns what changed."""
    from rareearth_desk.core.annotate import set_labels, set_note

    report, edits = read_corrections(project, book, lang=lang)
    if dry_run:
        return report
    for claim_id, labels, note in edits:
        if labels is not None:
            set_labels(project, claim_id, labels)
        if note is not None:
            set_note(project, claim_id, note)
    report.applied = True
    return report
