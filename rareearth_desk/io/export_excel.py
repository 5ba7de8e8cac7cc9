"""The Excel export: one streaming pass over a project into one .xlsx workbook.

Sheets, in order: Claims, Articles, Entities (each continued on "Claims (2)" and so on
past the row limit), Summary, Codebook, About. The big sheets are streamed by
``xlsx_stream``; the workbook is built in a scratch folder beside the target, saved
under a temporary name there and moved into place only when complete, so a failed or
cancelled export leaves the previous file as it was.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Generator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rareearth_desk.io.export_common import (
    LANGS,
    ExportCancelled,
    ExportError,
    ExportReport,
    Progress,
    atomic_target,
    check_target,
    describe_filter,
    scratch_folder,
)
from rareearth_desk.io.export_entities import batch_source
from rareearth_desk.io.export_rows import (
    ClaimColumns,
    article_values,
    entity_rows,
    export_article_ids,
    iter_bundles,
    mention_starts,
    mentions_in,
)
from rareearth_desk.io.xlsx_entities import (
    EntitySheetJob,
    EntitySheetSpec,
    start_job,
    worth_a_process,
    write_entity_sheets,
)
from rareearth_desk.io.xlsx_stream import EXCEL_ROW_LIMIT, SheetFile

if TYPE_CHECKING:
    from rareearth_desk.core.codebook import Codebook
    from rareearth_desk.core.store import Project

SHEETS = ("Claims", "Articles", "Entities", "Summary", "Codebook", "About")
CHECK_EVERY = 500  # rows between progress reports and cancel checks

ABOUT_WORDS = {
    "project": ("Project file", "项目文件"),
    "exported": ("Exported at", "导出时间"),
    "version": ("App version", "软件版本"),
    "lang": ("Language", "语言"),
    "filters": ("Filters", "筛选条件"),
    "no_filter": ("none (everything)", "无（全部）"),
    "entities": ("Entities", "实体"),
    "included": ("included", "已包含"),
    "left_out": ("left out", "未包含"),
    "rows": ("Rows in {sheet}", "{sheet} 行数"),
    "corrections": ("Corrections", "更正"),
    "corrections_text": (
        "Edit stance, topics or note in Claims, save, then run: rareearth-desk export "
        "PROJECT --apply-corrections THIS.xlsx (the Topics column wins over the 0/1 columns).",
        "在 Claims 表中修改立场、主题或备注并保存，然后运行：rareearth-desk export PROJECT "
        "--apply-corrections 本文件.xlsx（“主题”列优先于 0/1 列）。",
    ),
}


def _about(key: str, lang: str) -> str:
    en, zh = ABOUT_WORDS[key]
    return zh if lang == "zh" else en


def export_workbook(
    project: Project,
    out_path: str | Path,
    *,
    flt: Any = None,
    lang: str = "en",
    include_entities: bool = True,
    cancel: Callable[[], bool] = lambda: False,
    row_limit: int = EXCEL_ROW_LIMIT,
    entity_process: bool | None = None,
) -> Generator[Progress, None, ExportReport]:
    """Write the workbook; yields progress, returns the report (``cancelled`` when stopped).

    ``entity_process``: write the Entities sheet in a second process (True), here (False),
    or decide by the export's size and the machine's cores (None).
    """
    from rareearth_desk.core.annotate import claim_count
    from rareearth_desk.core.codebook import load_codebook

    if lang not in LANGS:
        raise ExportError(f"unknown language {lang!r} (use en or zh)")
    started = time.perf_counter()
    target = check_target(Path(out_path))
    report = ExportReport(path=str(target), format="xlsx")
    codebook = load_codebook(project)
    total = claim_count(project, flt)
    ids = export_article_ids(project, flt)
    mentions = None
    if include_entities:
        mentions, why = batch_source(project)
        if why:
            report.warnings.append(why)
    yield Progress(0, total, "exporting claims")
    try:
        with scratch_folder(target) as parts, atomic_target(target) as tmp:
            writer = _Writer(project, codebook, lang, parts, row_limit, mentions is not None)
            if mentions is not None:
                if entity_process is None:
                    entity_process = worth_a_process(len(ids))
                if entity_process:
                    writer.hand_over_entities(ids)
            try:
                bundles = iter_bundles(
                    project,
                    flt,
                    mentions=mentions,
                    article_ids=ids,
                    mentions_with_claims_only=writer.entity_job is not None,
                )
                yield from writer.stream(bundles, total, cancel)
                if cancel():
                    raise ExportCancelled
                yield from writer.collect_entities(ids, total, cancel)
                yield Progress(total, total, "writing the workbook")
                writer.finish(report, flt, tmp)
            except BaseException:
                writer.discard()
                raise
    except ExportCancelled:
        report.cancelled = True
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None
    report.seconds = time.perf_counter() - started
    return report


def _save(wb: Any, path: Path) -> None:
    """openpyxl's save with fast compression: the big sheets pack in a third of the time."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    wb.properties.modified = datetime.now(UTC).replace(tzinfo=None)
    with ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=1) as archive:
        ExcelWriter(wb, archive).write_data()


class _Writer:
    """One workbook being written: the stream sheets, the small sheets, the counts."""

    def __init__(
        self,
        project: Project,
        codebook: Codebook,
        lang: str,
        parts: Path,
        row_limit: int,
        with_entities: bool,
    ) -> None:
        from openpyxl import Workbook

        from rareearth_desk.io.xlsx_sheets import (
            SheetSeries,
            article_columns,
            claim_columns,
            dark,
            entity_columns,
            light,
        )
        from rareearth_desk.io.xlsx_stream import StylePool, StyleSpec, openpyxl_sheet
        from rareearth_desk.io.xlsx_summary import SummaryStats, write_codebook

        self.project = project
        self.codebook = codebook
        self.lang = lang
        self.with_entities = with_entities
        self.wb = Workbook(write_only=True)
        self.summary_ws = openpyxl_sheet(self.wb, "Summary", parts)
        self.codebook_ws = openpyxl_sheet(self.wb, "Codebook", parts)
        self.about_ws = openpyxl_sheet(self.wb, "About", parts)
        self.pool = StylePool(self.about_ws)
        stance_range = write_codebook(self.codebook_ws, codebook, lang, self.pool)
        self.cols = ClaimColumns(codebook, lang)
        ccols = claim_columns(self.cols)
        validations = []
        self.stance_col = self.cols.index["stance"]
        if stance_range:
            validations.append((self.stance_col, stance_range))
        validations += [(i, '"0,1"') for i, c in enumerate(ccols) if c.kind == "flag"]
        self.claims = SheetSeries(
            "Claims", ccols, self.pool, parts, row_limit=row_limit, validations=validations
        )
        self.articles = SheetSeries(
            "Articles", article_columns(lang), self.pool, parts, row_limit=row_limit
        )
        self.entities = SheetSeries(
            "Entities", entity_columns(lang), self.pool, parts, row_limit=row_limit
        )
        self.link_style = self.pool.id(StyleSpec(link=True))
        self.stance_styles = {
            lab.id: self.pool.id(StyleSpec(fill=light(lab.colour), colour=dark(lab.colour)))
            for lab in codebook.labels
        }
        self.stats = SummaryStats()
        # the Entities sheet when another process writes it: the job, then its files
        self.entity_job: EntitySheetJob | None = None
        self.entity_sheets: list[tuple[str, SheetFile]] | None = None
        self.parts = parts
        self.row_limit = row_limit
        self.entities_by = "this process" if with_entities else ""

    def _entity_spec(self, ids: list[int]) -> EntitySheetSpec:
        return EntitySheetSpec(
            str(self.project.path),
            ids,
            str(self.parts),
            self.pool.snapshot(),
            self.lang,
            self.row_limit,
        )

    def hand_over_entities(self, ids: list[int]) -> None:
        """Have a second process write the Entities sheet while this one streams the rest."""
        self.entity_job = start_job(self._entity_spec(ids))

    def collect_entities(
        self, ids: list[int], total: int, cancel: Callable[[], bool]
    ) -> Generator[Progress]:
        """Wait for the second process's sheet; write it here if that process failed."""
        job = self.entity_job
        if job is None:
            return
        sheets = yield from job.wait(cancel, total)
        self.entity_job = None
        if sheets is None:  # same rows, one pass later
            sheets = write_entity_sheets(self.project, self._entity_spec(ids), cancel=cancel)
        else:
            self.entities_by = "second process"
        self.entity_sheets = sheets

    def stream(self, bundles: Any, total: int, cancel: Callable[[], bool]) -> Generator[Progress]:
        from rareearth_desk.io.xlsx_sheets import sheet_ref
        from rareearth_desk.io.xlsx_stream import Styled

        cols, stats, link_style = self.cols, self.stats, self.link_style
        stance_col, stance_styles = self.stance_col, self.stance_styles
        done = 0
        articles = 0
        for bundle in bundles:
            title, row = self.articles.next_position()
            link = sheet_ref(title, row)
            mentions = bundle.mentions
            starts = mention_starts(mentions) if mentions and bundle.claims else None
            for claim in bundle.claims:
                stance, topics = cols.stance_of(claim), cols.topics_of(claim)
                ents = mentions_in(mentions, claim.start, claim.end, starts) if mentions else ""
                values = cols.values(claim, stance, topics, ents)
                values[1] = Styled(claim.article_id, link_style, link)
                if stance is not None:
                    values[stance_col] = Styled(values[stance_col], stance_styles[stance])
                self.claims.append(values)
                stats.add(stance, topics, claim.source, claim.published)
                done += 1
                if done % CHECK_EVERY == 0:
                    if cancel():
                        raise ExportCancelled
                    yield Progress(done, total, f"claims {done:,} of {total:,}")
            self.articles.append(article_values(bundle, self.lang))
            if self.entity_job is None:
                self.entities.append_plain(entity_rows(bundle))
            articles += 1
            if articles % 50 == 0:  # articles without claims, or slow entity look-ups
                if cancel():
                    raise ExportCancelled
                yield Progress(done, total, f"claims {done:,} of {total:,}")

    def finish(self, report: ExportReport, flt: Any, tmp: Path) -> None:
        from rareearth_desk import __version__
        from rareearth_desk.io.xlsx_stream import attach_sheet
        from rareearth_desk.io.xlsx_summary import write_about, write_summary

        lang = self.lang
        entities: list[tuple[str, Any]]
        if self.entity_sheets is not None:
            self.entities.discard()
            entities = list(self.entity_sheets)
        else:
            entities = list(self.entities.close())
        parts: list[tuple[str, Any]] = [*self.claims.close(), *self.articles.close(), *entities]
        write_summary(self.summary_ws, self.stats, self.codebook, lang, self.pool)
        rows = {title: sheet.rows - 1 for title, sheet in parts}
        rows["Codebook"] = sum(max(1, len(d.labels)) for d in self.codebook.dimensions)
        report.rows = rows
        report.claims = self.claims.rows
        report.articles = self.articles.rows
        report.cut_cells = sum(sheet.cut for _, sheet in parts)
        report.entities_by = self.entities_by
        for title, sheet in parts:
            if sheet.links_left_out:
                report.warnings.append(
                    f"{title}: links to Articles on the first {sheet.links:,} rows only "
                    f"(Excel's limit); {sheet.links_left_out:,} rows have the article id alone"
                )
        filters = describe_filter(flt, self.codebook, lang) or _about("no_filter", lang)
        ents = _about("included", lang) if self.with_entities else _about("left_out", lang)
        items: list[tuple[str, Any]] = [
            (_about("project", lang), str(self.project.path)),
            (_about("exported", lang), datetime.now().astimezone().isoformat(timespec="seconds")),
            (_about("version", lang), __version__),
            (_about("lang", lang), lang),
            (_about("filters", lang), filters),
            (_about("entities", lang), ents),
        ]
        items += [(_about("rows", lang).format(sheet=title), n) for title, n in rows.items()]
        items.append((_about("corrections", lang), _about("corrections_text", lang)))
        write_about(self.about_ws, items, self.pool)
        small = list(self.wb._sheets)
        for title, sheet in parts:
            attach_sheet(self.wb, title, sheet)
        big = [ws for ws in self.wb._sheets if ws not in small]
        self.wb._sheets = big + small
        self.wb.active = 0
        _save(self.wb, tmp)

    def discard(self) -> None:
        """Close every open scratch file (the parts folder is removed afterwards)."""
        if self.entity_job is not None:
            self.entity_job.stop()
            self.entity_job = None
        for series in (self.claims, self.articles, self.entities):
            series.discard()
        for ws in (self.summary_ws, self.codebook_ws, self.about_ws):
            if not ws.closed:
                with contextlib.suppress(Exception):
                    ws.close()
