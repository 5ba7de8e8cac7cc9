"""The import job: files to records to the project, in batches, with progress and cancel.

Records are written in batches (``BATCH_SIZE``), each batch in one transaction, so an
article is stored whole or not at all. Cancelling stops before the next batch is
written: what was committed stays, records read but not yet written are dropped.
Duplicates (by the store's content hash, within the run and against the project)
are counted, not added. The job ends by folding the project's write-ahead log into the
file (``Project.checkpoint``). A batch the store refuses (say an unknown label in a claim) is retried one
article at a time so that only the faulty article fails.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Generator, Iterable
from contextlib import closing
from pathlib import Path
from typing import Protocol

from rareearth_desk.core.records import ArticleRecord
from rareearth_desk.io.importers.base import (
    BATCH_SIZE,
    ImportFailure,
    ImportReport,
    Progress,
)
from rareearth_desk.io.importers.files import expand_paths, read_file, read_text
from rareearth_desk.io.importers.table import ColumnMapping

_LINE_SUFFIX = re.compile(r":(\d+)$")


class _Repository(Protocol):
    def add_articles(self, records: list[ArticleRecord]) -> list[int | None]: ...


class ProjectLike(Protocol):
    @property
    def repo(self) -> _Repository: ...

    def checkpoint(self) -> None: ...


class _Writer:
    """Collects records and writes them to the project batch by batch."""

    def __init__(self, project: ProjectLike, report: ImportReport, batch_size: int) -> None:
        self.project = project
        self.report = report
        self.batch_size = batch_size
        self.pending: list[ArticleRecord] = []

    def add(self, record: ArticleRecord) -> None:
        self.pending.append(record)

    @property
    def full(self) -> bool:
        return len(self.pending) >= self.batch_size

    def flush(self) -> None:
        batch, self.pending = self.pending, []
        if not batch:
            return
        try:
            ids = self.project.repo.add_articles(batch)
        except ValueError:
            ids = []
            for record in batch:
                try:
                    ids.extend(self.project.repo.add_articles([record]))
                except ValueError as exc:
                    self.report.failed.append(_failure(record, str(exc)))
        for article_id in ids:
            if article_id is None:
                self.report.duplicates += 1
            else:
                self.report.imported += 1
                self.report.article_ids.append(article_id)


def _failure(record: ArticleRecord, reason: str) -> ImportFailure:
    match = _LINE_SUFFIX.search(record.origin)
    if match:
        return ImportFailure(record.origin[: match.start()], int(match.group(1)), reason)
    return ImportFailure(record.origin, None, reason)


def import_paths(
    project: ProjectLike,
    paths: Iterable[str | os.PathLike[str]],
    *,
    cancel: Callable[[], bool] = lambda: False,
    collection: str | None = None,
    mapping: ColumnMapping | None = None,
    batch_size: int = BATCH_SIZE,
) -> Generator[Progress, None, ImportReport]:
    """Import files and folders; yields progress (files done of files), returns the report.

    ``collection``, when given, is set on every imported article (over a digest's own).
    ``mapping`` chooses the columns of CSV and Excel files (see ``table.find_columns``).
    """
    report = ImportReport()
    entries = list(expand_paths(paths))
    total = len(entries)
    writer = _Writer(project, report, batch_size)
    yield Progress(0, total, "reading files")
    for done, entry in enumerate(entries):
        if isinstance(entry, ImportFailure):
            report.failed.append(entry)
            continue
        if cancel():
            report.cancelled = True
            break
        with closing(read_file(entry, mapping)) as items:
            for item in items:
                if isinstance(item, ImportFailure):
                    report.failed.append(item)
                    continue
                if not item.text.strip():
                    report.failed.append(_failure(item, "empty text"))
                    continue
                if collection:
                    item.collection = collection
                writer.add(item)
                if writer.full:
                    if cancel():
                        report.cancelled = True
                        break
                    writer.flush()
                    yield Progress(done, total, f"{Path(entry).name}: {report.imported} imported")
        if report.cancelled:
            break
        yield Progress(done + 1, total, Path(entry).name)
    if not report.cancelled:
        writer.flush()
    if report.imported:
        project.checkpoint()  # the import, not the analyst's next edit, folds its log
    return report


def import_text(
    project: ProjectLike, text: str, *, origin: str = "clipboard", collection: str | None = None
) -> ImportReport:
    """Import a pasted text (a digest becomes its articles) in one transaction."""
    report = ImportReport()
    writer = _Writer(project, report, batch_size=len(text) + 1)
    for item in read_text(text, origin):
        if isinstance(item, ImportFailure):
            report.failed.append(item)
            continue
        if collection:
            item.collection = collection
        writer.add(item)
    writer.flush()
    return report


def run_import(job: Generator[Progress, None, ImportReport]) -> ImportReport:
    """Drive an import generator to its end (for scripts and tests) and return its report."""
    while True:
        try:
            next(job)
        except StopIteration as stop:
            report: ImportReport = stop.value
            return report
