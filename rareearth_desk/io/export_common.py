"""What every export shares: filters, progress, the report, and writing files atomically.

``ExportFilter`` carries the same fields as ``core.repository.ArticleFilter`` (labels
as ids), so either can be passed to the exports and to ``core.annotate.iter_claims``.
``parse_filter`` builds one from command-line words (label keys or names in either
language, ISO dates). ``atomic_target`` gives a temporary name in the target's folder
and moves the finished file into place with ``os.replace``; a failure or a cancel
leaves the previous file untouched and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rareearth_desk.core.codebook import Codebook

LANGS = ("en", "zh")


class ExportError(Exception):
    """An export that cannot be done; the message is one user-facing line."""


class ExportCancelled(Exception):
    """Raised inside an export when its cancel callback says so."""


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int
    message: str


@dataclass(slots=True)
class ExportReport:
    path: str
    format: str
    rows: dict[str, int] = field(default_factory=dict)  # sheet (or file) -> data rows
    claims: int = 0
    articles: int = 0
    cut_cells: int = 0  # cells longer than the cell limit, cut with a mark
    cancelled: bool = False
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    # who wrote the Entities sheet: "second process", "this process" ("" without one)
    entities_by: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "rows": dict(self.rows),
            "claims": self.claims,
            "articles": self.articles,
            "cut_cells": self.cut_cells,
            "cancelled": self.cancelled,
            "seconds": round(self.seconds, 3),
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which claims (and their articles) an export covers; every field optional."""

    status: str | None = None
    source: str | None = None
    collection: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    topic: int | None = None  # label id
    stance: int | None = None  # label id
    annotator: str | None = None
    entity: str | None = None
    search: str | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, "") for f in fields(self))


def _parse_date(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ExportError(f"{what}: not a date (use YYYY-MM-DD): {text}") from None


def parse_filter(
    codebook: Codebook,
    *,
    status: str | None = None,
    source: str | None = None,
    collection: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    topic: str | None = None,
    stance: str | None = None,
    annotator: str | None = None,
) -> ExportFilter:
    """An ``ExportFilter`` from words; unknown labels, statuses or dates raise ``ExportError``."""
    from rareearth_desk.core.models import STATUSES

    if status is not None and status not in STATUSES:
        raise ExportError(f"--status: unknown status {status!r} (use {', '.join(STATUSES)})")
    stance_dim = codebook.stance_dimension
    stance_id = None
    if stance is not None:
        stance_id = _label_in(codebook, stance, [stance_dim] if stance_dim else [], "--stance")
    topic_id = None
    if topic is not None:
        topic_id = _label_in(codebook, topic, codebook.topic_dimensions, "--topic")
    start = _parse_date(date_from, "--from") if date_from else None
    end = _parse_date(date_to, "--to") if date_to else None
    if start and end and end < start:
        raise ExportError(f"--to {end} is before --from {start}")
    return ExportFilter(
        status=status,
        source=source,
        collection=collection,
        date_from=start,
        date_to=end,
        topic=topic_id,
        stance=stance_id,
        annotator=annotator,
    )


def _label_in(codebook: Codebook, word: str, dims: list[Any], option: str) -> int:
    want = word.strip().casefold()
    for dim in dims:
        for lab in dim.labels:
            if want in (lab.key.casefold(), lab.name_en.casefold(), lab.name_zh.casefold()):
                return int(lab.id)
    names = ", ".join(lab.key for dim in dims for lab in dim.labels)
    raise ExportError(f"{option}: unknown label {word!r} (known: {names})")


def describe_filter(flt: Any, codebook: Codebook | None, lang: str = "en") -> str:
    """The filter in words for the About sheet; "" when nothing is filtered."""
    if flt is None:
        return ""
    words = []
    for name in ("status", "source", "collection", "annotator", "entity", "search"):
        value = getattr(flt, name, None)
        if value not in (None, ""):
            words.append(f"{name} = {value}")
    for name in ("stance", "topic"):
        value = getattr(flt, name, None)
        if value is not None:
            lab = codebook.label(int(value)) if codebook else None
            words.append(f"{name} = {lab.name(lang) if lab else value}")
    if getattr(flt, "date_from", None):
        words.append(f"from {flt.date_from}")
    if getattr(flt, "date_to", None):
        words.append(f"to {flt.date_to}")
    return "; ".join(words)


def check_target(out_path: Path) -> Path:
    """The absolute target; an error if its folder is missing or the path is a folder."""
    target = Path(out_path).expanduser().absolute()
    if target.is_dir():
        raise ExportError(f"is a folder, not a file: {target}")
    if not target.parent.is_dir():
        raise ExportError(f"folder does not exist: {target.parent}")
    return target


@contextlib.contextmanager
def atomic_target(out_path: Path) -> Iterator[Path]:
    """A temporary file beside ``out_path``; moved into place only if the block succeeds."""
    target = check_target(out_path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise ExportError(f"cannot write in {target.parent}: {exc.strerror}") from None
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with contextlib.suppress(OSError):  # mkstemp makes 0600; keep the usual mode
            if target.exists():
                shutil.copymode(target, tmp_path)
            else:
                os.chmod(tmp_path, 0o644)
        os.replace(tmp_path, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.remove(tmp_path)


@contextlib.contextmanager
def scratch_folder(out_path: Path) -> Iterator[Path]:
    """A private folder beside ``out_path`` for an export's parts, removed afterwards."""
    target = check_target(out_path)
    try:
        folder = Path(
            tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".parts", dir=target.parent)
        )
    except OSError as exc:
        raise ExportError(f"cannot write in {target.parent}: {exc.strerror}") from None
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
