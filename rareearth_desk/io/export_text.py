"""CSV and JSON Lines exports, for scripts and machine-learning pipelines.

CSV: UTF-8 with a byte-order mark (so Excel reads Chinese correctly), one row a claim
with the Claims sheet's columns, or one row an article with ``what="articles"``. Text is
written exactly as stored (scripts need it byte for byte), dates as ISO 8601.

JSON Lines: one article a line in exactly the shape the JSONL importer reads (title,
text, source, published, url, lang, collection, excerpt, status and claims with start,
end, stance, topics, note, annotator, created, updated), so export then import into a
new project gives the same claims back. Labels are written as names in the chosen
language, or as keys with ``labels="keys"``.

Both are written under a temporary name and moved into place when complete.
``export_file`` picks the format from the file name (.xlsx, .csv, .jsonl).
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Callable, Generator
from datetime import datetime
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
)
from rareearth_desk.io.export_entities import batch_source
from rareearth_desk.io.export_rows import (
    ARTICLE_HEADERS,
    ARTICLE_KEYS,
    ClaimColumns,
    article_values,
    export_article_ids,
    header,
    iter_bundles,
    mention_starts,
    mentions_in,
)

if TYPE_CHECKING:
    from rareearth_desk.core.codebook import Codebook
    from rareearth_desk.core.store import Project

FORMATS = {".xlsx": "xlsx", ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
CHECK_EVERY = 500


def format_of(path: str | Path) -> str:
    """ "xlsx", "csv" or "jsonl" from the file name; ExportError for anything else."""
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise ExportError(f"unknown export format (use .xlsx, .csv or .jsonl): {path}")
    return fmt


def export_file(
    project: Project, out_path: str | Path, **options: Any
) -> Generator[Progress, None, ExportReport]:
    """Export in the format the name asks for; options as for the format's own function."""
    fmt = format_of(out_path)
    if fmt == "xlsx":
        from rareearth_desk.io.export_excel import export_workbook

        options.pop("what", None)
        options.pop("labels", None)
        return export_workbook(project, out_path, **options)
    if fmt == "csv":
        options.pop("labels", None)
        return export_csv(project, out_path, **options)
    options.pop("what", None)
    options.pop("include_entities", None)
    return export_jsonl(project, out_path, **options)


def _iso(value: datetime | None) -> str:
    """ISO 8601 without an offset: published is local time as printed, the rest is UTC."""
    return value.replace(tzinfo=None).isoformat() if value is not None else ""


def _csv_cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, bool):
        return int(value)
    return "" if value is None else value


def export_csv(
    project: Project,
    out_path: str | Path,
    *,
    flt: Any = None,
    lang: str = "en",
    what: str = "claims",
    include_entities: bool = True,
    cancel: Callable[[], bool] = lambda: False,
) -> Generator[Progress, None, ExportReport]:
    """Claims (or articles) as CSV; yields progress, returns the report."""
    from rareearth_desk.core.annotate import claim_count
    from rareearth_desk.core.codebook import load_codebook

    if lang not in LANGS:
        raise ExportError(f"unknown language {lang!r} (use en or zh)")
    if what not in ("claims", "articles"):
        raise ExportError(f"unknown table {what!r} (use claims or articles)")
    started = time.perf_counter()
    target = check_target(Path(out_path))
    report = ExportReport(path=str(target), format="csv")
    codebook = load_codebook(project)
    cols = ClaimColumns(codebook, lang)
    ids = export_article_ids(project, flt)
    total = claim_count(project, flt) if what == "claims" else len(ids)
    mentions = None
    if include_entities and what == "claims":
        mentions, why = batch_source(project)
        if why:
            report.warnings.append(why)
    yield Progress(0, total, f"exporting {what}")
    done = 0
    next_check = CHECK_EVERY
    try:
        with atomic_target(target) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh)
            if what == "claims":
                out.writerow(cols.headers)
            else:
                out.writerow([header(ARTICLE_HEADERS, k, lang) for k in ARTICLE_KEYS])
            for bundle in iter_bundles(project, flt, mentions=mentions, article_ids=ids):
                report.articles += 1
                if what == "articles":
                    out.writerow([_csv_cell(v) for v in article_values(bundle, lang)])
                    done += 1
                else:
                    starts = mention_starts(bundle.mentions)
                    for claim in bundle.claims:
                        stance, topics = cols.stance_of(claim), cols.topics_of(claim)
                        ents = mentions_in(bundle.mentions, claim.start, claim.end, starts)
                        row = cols.values(claim, stance, topics, ents)
                        out.writerow([_csv_cell(v) for v in row])
                        done += 1
                        report.claims += 1
                if done + report.articles >= next_check:
                    next_check += CHECK_EVERY
                    if cancel():
                        raise ExportCancelled
                    yield Progress(done, total, f"{what} {done:,} of {total:,}")
            if cancel():
                raise ExportCancelled
    except ExportCancelled:
        report.cancelled = True
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None
    report.rows = {what: done}
    report.seconds = time.perf_counter() - started
    return report


class _Texts:
    """Article texts read 500 at a time, in the order of ``ids``."""

    def __init__(self, project: Project, ids: list[int], chunk: int = 500) -> None:
        self.project = project
        self.ids = ids
        self.pos = {aid: i for i, aid in enumerate(ids)}
        self.chunk = chunk
        self.loaded: dict[int, str] = {}

    def get(self, article_id: int) -> str:
        if article_id not in self.loaded:
            start = self.pos.get(article_id)
            part = [article_id] if start is None else self.ids[start : start + self.chunk]
            marks = ",".join("?" * len(part))
            with self.project.connection() as conn:
                rows = conn.execute(f"SELECT id, text FROM article WHERE id IN ({marks})", part)
                self.loaded = dict(rows.fetchall())
        return self.loaded.get(article_id, "")


class _LabelWords:
    """Label ids as the JSONL file names them: keys, or names in one language."""

    def __init__(self, codebook: Codebook, labels: str) -> None:
        self.cols = ClaimColumns(codebook, "zh" if labels == "zh" else "en")
        if labels == "keys":
            self.words = {lab.id: lab.key for lab in codebook.labels}
        else:
            self.words = {lab.id: lab.name(labels) for lab in codebook.labels}


def _claim_json(claim: Any, words: _LabelWords) -> dict[str, Any]:
    stance = words.cols.stance_of(claim)
    return {
        "start": claim.start,
        "end": claim.end,
        "quote": claim.quote,
        "stance": words.words[stance] if stance is not None else None,
        "topics": [words.words[t] for t in words.cols.topics_of(claim)],
        "note": claim.note,
        "annotator": claim.annotator,
        "created": _iso(claim.created),
        "updated": _iso(claim.updated),
    }


def export_jsonl(
    project: Project,
    out_path: str | Path,
    *,
    flt: Any = None,
    lang: str = "en",
    labels: str | None = None,
    cancel: Callable[[], bool] = lambda: False,
) -> Generator[Progress, None, ExportReport]:
    """One article a line with its claims; ``labels`` "keys", "en" or "zh" (default: lang)."""
    from rareearth_desk.core.codebook import load_codebook

    labels = labels or lang
    if labels not in ("keys", *LANGS):
        raise ExportError(f"unknown label naming {labels!r} (use keys, en or zh)")
    started = time.perf_counter()
    target = check_target(Path(out_path))
    report = ExportReport(path=str(target), format="jsonl")
    words = _LabelWords(load_codebook(project), labels)
    ids = export_article_ids(project, flt)
    total = len(ids)
    yield Progress(0, total, "exporting articles")
    try:
        with atomic_target(target) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            texts: _Texts = _Texts(project, ids)
            for bundle in iter_bundles(project, flt, article_ids=ids):
                a = bundle.article
                record = {
                    "title": a.title,
                    "text": texts.get(a.id),
                    "source": a.source,
                    "published": _iso(a.published) or None,
                    "url": a.url,
                    "lang": a.lang,
                    "collection": a.collection,
                    "excerpt": bool(a.excerpt),
                    "status": a.status,
                    "claims": [_claim_json(c, words) for c in bundle.claims],
                }
                fh.write(json.dumps(record, ensure_ascii=False))
                fh.write("\n")
                report.articles += 1
                report.claims += len(bundle.claims)
                if report.articles % CHECK_EVERY == 0:
                    if cancel():
                        raise ExportCancelled
                    yield Progress(
                        report.articles, total, f"articles {report.articles:,} of {total:,}"
                    )
            if cancel():
                raise ExportCancelled
    except ExportCancelled:
        report.cancelled = True
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None
    report.rows = {"articles": report.articles}
    report.seconds = time.perf_counter() - started
    return report
