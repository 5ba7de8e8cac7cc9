"""The workbook's Entities sheet, written beside the rest in a second process.

With entities included, Entities is by far the workbook's largest sheet: one row per
distinct entity per article, tens of rows an article. For a big export on a machine
with more than one core, ``EntitySheetJob`` writes it in a process of its own (on the
other core) while the export writes Claims and Articles; the finished sheet files come
back by path and are packed into the workbook like the others. Style ids are fixed
beforehand by the workbook's ``StylePool`` (``PresetPool``), so both processes write
the same looks.

The second process is started with ``spawn`` (never ``fork``: the window has threads),
reads the project through a connection of its own and never writes to it. If it
cannot start or fails, the export writes the sheet itself (``write_entity_sheets``),
and the workbook is the same either way.
"""

from __future__ import annotations

import logging
import os
import traceback
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rareearth_desk.io.export_common import ExportCancelled, Progress

if TYPE_CHECKING:
    from rareearth_desk.io.xlsx_stream import SheetFile, StyleSpec

log = logging.getLogger(__name__)

MIN_ARTICLES = 2_000  # below this a second process costs more than it saves
CHUNK = 200  # articles read at a time
POLL_SECONDS = 0.1


@dataclass(frozen=True, slots=True)
class EntitySheetSpec:
    """Everything the sheet's writer needs, picklable for the second process."""

    project_path: str
    article_ids: list[int]
    parts: str
    styles: dict[StyleSpec, int]
    lang: str
    row_limit: int


def cores() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def worth_a_process(n_articles: int) -> bool:
    return n_articles >= MIN_ARTICLES and cores() >= 2


def write_entity_sheets(
    project: Any,
    spec: EntitySheetSpec,
    progress: Callable[[int], None] = lambda done: None,
    cancel: Callable[[], bool] = lambda: False,
) -> list[tuple[str, SheetFile]]:
    """Write the Entities sheet (and its continuations) into ``spec.parts``."""
    from rareearth_desk.io.export_rows import entity_rows_for
    from rareearth_desk.io.xlsx_sheets import SheetSeries, entity_columns
    from rareearth_desk.io.xlsx_stream import PresetPool
    from rareearth_desk.nlp.project_entities import mentions_for_articles

    series = SheetSeries(
        "Entities",
        entity_columns(spec.lang),
        PresetPool(spec.styles),
        Path(spec.parts),
        row_limit=spec.row_limit,
    )
    ids = spec.article_ids
    try:
        for pos in range(0, len(ids), CHUNK):
            if cancel():
                raise ExportCancelled
            part = ids[pos : pos + CHUNK]
            found = mentions_for_articles(project, part, light=True)
            for row in project.repo.article_rows(part):
                series.append_plain(entity_rows_for(row.id, row.title, found.get(row.id, ())))
            progress(min(pos + CHUNK, len(ids)))
        return [(title, sheet.finished()) for title, sheet in series.close()]
    except BaseException:
        series.discard()
        raise


def _child(conn: Any, spec: EntitySheetSpec) -> None:
    """The second process: write the sheet, report progress and the result on ``conn``."""
    try:
        from rareearth_desk.core.store import open_project

        with open_project(spec.project_path, backup=False, lock=False) as project:
            sheets = write_entity_sheets(project, spec, lambda n: conn.send(("progress", n)))
        conn.send(("done", sheets))
    except BaseException as exc:  # noqa: BLE001 - everything goes back to the export
        conn.send(("error", f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"))
    finally:
        conn.close()


class EntitySheetJob:
    """The Entities sheet being written by a second process."""

    def __init__(self, spec: EntitySheetSpec) -> None:
        import multiprocessing

        self.spec = spec
        ctx = multiprocessing.get_context("spawn")
        self._conn, child_conn = ctx.Pipe(duplex=False)
        self._process = ctx.Process(
            target=_child, args=(child_conn, spec), name="entities-sheet", daemon=True
        )
        self._process.start()
        child_conn.close()  # this end belongs to the child now

    def wait(
        self, cancel: Callable[[], bool], total_claims: int
    ) -> Generator[Progress, None, list[tuple[str, SheetFile]] | None]:
        """Wait for the sheet, yielding progress; None when the second process failed."""
        n = len(self.spec.article_ids)
        while True:
            if cancel():
                self.stop()
                raise ExportCancelled
            try:
                ready = self._conn.poll(POLL_SECONDS)
                message = self._conn.recv() if ready else None
            except (EOFError, OSError):
                log.warning("the entities sheet's process ended without an answer")
                self.stop()
                return None
            if message is None:
                if not self._process.is_alive() and not self._conn.poll():
                    log.warning(
                        "the entities sheet's process died (exit %s)", self._process.exitcode
                    )
                    self.stop()
                    return None
                continue
            kind, value = message
            if kind == "progress":
                yield Progress(
                    total_claims, total_claims, f"entities of {value:,} of {n:,} articles"
                )
            elif kind == "done":
                self._finish()
                return list(value)
            else:
                log.warning("the entities sheet's process failed: %s", value)
                self._finish()
                return None

    def _finish(self) -> None:
        self._conn.close()
        self._process.join(timeout=10)

    def stop(self) -> None:
        """End the second process now (cancel, or the export failed meanwhile)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=10)
        self._conn.close()


def start_job(spec: EntitySheetSpec) -> EntitySheetJob | None:
    """Start the second process; None (the export then writes the sheet itself) if it can't."""
    try:
        return EntitySheetJob(spec)
    except Exception as exc:  # noqa: BLE001 - e.g. no way to start processes here
        log.warning("entities sheet written in this process: %s", exc)
        return None
