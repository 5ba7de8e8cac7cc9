"""Shared pieces of the importers: limits, failures, progress and the import report.

Every reader turns one file into ``ArticleRecord`` values and ``ImportFailure`` values.
A problem that spoils the whole file is raised as ``ReadError`` and becomes one failure
that names the file; a problem in one line or row becomes a failure for that line only,
and the other lines still import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rareearth_desk.core.records import ArticleRecord

MB = 1024 * 1024

# Largest file read, by kind. Bigger files are refused with a failure naming the limit.
MAX_TEXT_BYTES = 50 * MB  # .txt, .md, digests, .html, .csv, .jsonl, .json
MAX_DOCX_BYTES = 50 * MB
MAX_XLSX_BYTES = 100 * MB

# Zip containers (.docx, .xlsx) are checked in their directory before they are opened.
MAX_ZIP_UNCOMPRESSED = 500 * MB  # total declared uncompressed size of all members
MAX_ZIP_RATIO = 200  # uncompressed / compressed size of one member ...
ZIP_RATIO_FLOOR = 5 * MB  # ... checked only for members that unpack to more than this
MAX_ZIP_MEMBERS = 10_000

# Records are written to the project in batches of this many articles. Each batch is
# one transaction; into a big project every commit rewrites the index pages its rows
# touched, so fewer, larger batches cost less (a batch is about a second of work, and
# the window waits for the import anyway).
BATCH_SIZE = 2000

# A title made from the first line of the text is cut to this many characters.
MAX_TITLE_CHARS = 200


class ReadError(Exception):
    """A file (or one line of it) cannot be read; the message is one line for the user."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


@dataclass(slots=True)
class ImportFailure:
    """One input that could not be imported: the file, the line or row if known, why."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "reason": self.reason}


@dataclass(slots=True)
class Progress:
    """How far a long job is: ``done`` of ``total`` steps, and what it is doing."""

    done: int
    total: int
    message: str = ""


@dataclass(slots=True)
class ImportReport:
    """What an import did. ``article_ids`` are the ids of the newly added articles."""

    imported: int = 0
    duplicates: int = 0
    failed: list[ImportFailure] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "failed": [f.to_json() for f in self.failed],
            "article_ids": list(self.article_ids),
            "cancelled": self.cancelled,
        }


Item = ArticleRecord | ImportFailure


def origin_of(path: Path, line: int | None = None) -> str:
    """The ``origin`` string of a record: the file, and its line or row when there are many."""
    return str(path) if line is None else f"{path}:{line}"


def title_from_text(text: str) -> str:
    """A title for a record that has none: its first non-empty line, cut to a sensible length."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            if len(line) > MAX_TITLE_CHARS:
                return line[: MAX_TITLE_CHARS - 1].rstrip() + "…"
            return line
    return ""


def size_text(n: int) -> str:
    """A byte count for messages: "63.2 MB"."""
    if n >= MB:
        return f"{n / MB:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"
