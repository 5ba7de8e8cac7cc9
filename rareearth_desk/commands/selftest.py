"""``rareearth-desk selftest``: check that every part of this installation works.

Runs each part once, in a fresh folder made under the user's cache folder (never the
install folder, never the system temp folder), which becomes ``REDESK_HOME`` for the
run and is removed afterwards: resources, store, import, entities, annotate, export and
the main window (offscreen unless ``--gui``; skipped with ``--no-gui``).

Prints ``ok <part> <seconds> s (...)`` per part; on the first failure prints one line
``selftest failed: <part>: <reason>`` and exits with 1. ``--report FILE`` writes the
same lines to a file, for a windowed Windows executable that has no stdout.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_FAILED = 1

# A digest in the analysts' tool format, used when resources/sample has none.
FALLBACK_DIGEST = (
    "Workflow\n稀土自主化\nicon\nSearch documents\n"
    "工信部:稀土开采总量控制指标将向中重稀土倾斜\n"
    "Xin Hua Wang· 2026-01-12 09:15\n"
    "工信部1月12日发布通知称,2026年第一批稀土开采总量控制指标为13.5万吨。"
    "中国稀土集团和北方稀土仍是主要承接方。\n"
    "Lynas expects heavy rare earth line to reach nameplate by mid-2026\n"
    "Mining Weekly· 2026-01-20 14:02\n"
    "Core Insights - Lynas Rare Earths said its separation circuit in Malaysia produced "
    "dysprosium oxide and is expected to reach 1,500 tons a year [1]\n"
)


class PartFailed(Exception):
    """A part ran but did not give what it should; the message is one line."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--gui",
        dest="window",
        action="store_const",
        const="screen",
        help="open the main window on the real display (default: offscreen)",
    )
    mode.add_argument(
        "--no-gui",
        dest="window",
        action="store_const",
        const="none",
        help="skip the main window",
    )
    parser.set_defaults(window="offscreen")
    parser.add_argument("--report", metavar="FILE", help="also write the result to FILE")
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary folder and say where it is"
    )


class _Output:
    """Lines to stdout (when there is one) and, with --report, to a file."""

    def __init__(self, report: str | None) -> None:
        self.report = Path(report) if report else None
        self.lines: list[str] = []

    def say(self, line: str, *, error: bool = False) -> None:
        self.lines.append(line)
        stream = sys.stderr if error else sys.stdout
        if stream is not None:
            try:
                print(line, file=stream, flush=True)
            except (OSError, ValueError):  # a closed or missing console
                pass

    def write_report(self) -> None:
        if self.report is None:
            return
        try:
            self.report.write_text("\n".join(self.lines) + "\n", encoding="utf-8")
        except OSError as exc:
            print(f"rareearth-desk: cannot write the report: {exc}", file=sys.stderr)


class _Run:
    """State shared by the parts of one self-test."""

    def __init__(self, home: Path, window: str) -> None:
        self.home = home
        self.window = window
        self.project: Any = None
        self.project_path = home / "selftest.redesk"
        self.article_ids: list[int] = []
        self.claim_quote = ""
        self.app: Any = None


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, ModuleNotFoundError):
        return f"part missing from this installation ({text})"
    if isinstance(exc, ImportError):
        return f"part cannot be loaded ({text})"
    if not isinstance(exc, PartFailed):
        text = f"{type(exc).__name__}: {text}"
    return text[:400]


def part_resources(run: _Run) -> str:
    from rareearth_desk import __version__, paths

    root = paths.resources_dir()
    gazetteer = sorted(root.glob("gazetteer/*.tsv"))
    if not gazetteer:
        raise PartFailed(f"no gazetteer files in {root / 'gazetteer'}")
    if not paths.resource("codebook.default.json").is_file():
        raise PartFailed(f"codebook.default.json missing in {root}")
    frozen = " frozen" if getattr(sys, "frozen", False) else ""
    return f"version {__version__}{frozen}, {len(gazetteer)} gazetteer files"


def part_store(run: _Run) -> str:
    from rareearth_desk.core.codebook import load_codebook
    from rareearth_desk.core.store import create_project, open_project

    create_project(run.project_path).close()
    run.project = open_project(run.project_path)
    labels = len(load_codebook(run.project).labels)
    if labels == 0:
        raise PartFailed("the new project has an empty codebook")
    return f"{labels} labels"


def _digest_text() -> str:
    from rareearth_desk import paths

    sample = paths.resource("sample", "digest_sample.txt")
    if sample.is_file():
        return sample.read_text(encoding="utf-8")
    return FALLBACK_DIGEST


def part_import(run: _Run) -> str:
    from rareearth_desk.io.importers import import_paths, run_import

    digest = run.home / "digest.txt"
    digest.write_text(_digest_text(), encoding="utf-8")
    report = run_import(import_paths(run.project, [digest]))
    if report.failed:
        first = report.failed[0]
        raise PartFailed(f"{first.path}: {first.reason}")
    ids = [i for i in report.article_ids if i is not None]
    if not ids or report.imported != len(ids):
        raise PartFailed(f"imported {report.imported} articles from the sample digest")
    run.article_ids = ids
    hits = run.project.repo.search("稀土")
    if not set(hits) & set(ids):
        raise PartFailed("full-text search finds none of the imported articles for 稀土")
    return f"{report.imported} articles, {len(hits)} found by searching 稀土"


def _chinese_article(run: _Run) -> Any:
    for article_id in run.article_ids:
        article = run.project.repo.get_article(article_id)
        if article.lang in ("zh", "mixed"):
            return article
    return run.project.repo.get_article(run.article_ids[0])


def part_entities(run: _Run) -> str:
    from rareearth_desk.nlp import entities, segment

    entities.ensure_loaded()
    tokens = segment.words("中国稀土集团发布了新的开采指标")
    if len(tokens) < 3:
        raise PartFailed(f"jieba split a sentence into {len(tokens)} words")
    article = _chinese_article(run)
    mentions = entities.extract(article.text)
    if not mentions:
        raise PartFailed(f"no entities found in article {article.id}")
    types = sorted({m.type for m in mentions})
    return f"{len(mentions)} mentions ({', '.join(types)}) in article {article.id}"


def part_annotate(run: _Run) -> str:
    from rareearth_desk.core.annotate import add_claim, claims_for_article, set_status
    from rareearth_desk.core.codebook import load_codebook

    codebook = load_codebook(run.project)
    stance = codebook.stance_dimension
    topics = [lab for d in codebook.topic_dimensions for lab in d.labels]
    if stance is None or not stance.labels or not topics:
        raise PartFailed("the default codebook has no stance or topic labels")
    article = _chinese_article(run)
    end = article.text.find("。") + 1 or min(len(article.text), 40)
    label_ids = [stance.labels[0].id, topics[0].id]
    add_claim(run.project, article.id, 0, end, label_ids=label_ids, note="selftest")
    set_status(run.project, article.id, "done")
    claims = claims_for_article(run.project, article.id)
    if len(claims) != 1:
        raise PartFailed(f"article {article.id} has {len(claims)} claims, expected 1")
    claim = claims[0]
    if claim.stance_id != stance.labels[0].id or claim.topic_ids != [topics[0].id]:
        raise PartFailed(f"claim {claim.id} lost its labels")
    run.claim_quote = claim.quote
    return f"claim {claim.id} with stance and topic"


def part_export(run: _Run) -> str:
    import openpyxl

    from rareearth_desk.io.export_excel import export_workbook

    out = run.home / "selftest.xlsx"
    # big exports write the Entities sheet in a second process: check that one starts here
    job = export_workbook(run.project, out, entity_process=True)
    while True:
        try:
            next(job)
        except StopIteration as stop:
            report = stop.value
            break
    if report.entities_by not in ("second process", ""):
        raise PartFailed("the second process that writes the Entities sheet did not run")
    book = openpyxl.load_workbook(out, read_only=True)
    try:
        sheets = book.sheetnames
        claims_sheet = book[sheets[0]]
        values = [str(v) for row in claims_sheet.iter_rows(values_only=True) for v in row]
    finally:
        book.close()
    if not any(run.claim_quote in v for v in values):
        raise PartFailed(f"the claim is not in sheet {sheets[0]!r} of {out.name}")
    by = f", entities by a {report.entities_by}" if report.entities_by else ""
    return f"{out.stat().st_size // 1024} KB, sheets {', '.join(sheets)}{by}"


def part_window(run: _Run) -> str:
    if run.project is not None:
        run.project.close()
        run.project = None
    from rareearth_desk.ui.selfcheck import WindowCheckFailed, open_and_close_window

    try:
        run.app, platform, title = open_and_close_window(run.project_path)
    except WindowCheckFailed as exc:
        raise PartFailed(str(exc)) from None
    return f"{platform}: {title}"


PARTS: list[tuple[str, Callable[[_Run], str]]] = [
    ("resources", part_resources),
    ("store", part_store),
    ("import", part_import),
    ("entities", part_entities),
    ("annotate", part_annotate),
    ("export", part_export),
    ("window", part_window),
]


def _make_home() -> Path:
    from rareearth_desk import paths

    return Path(tempfile.mkdtemp(prefix="selftest-", dir=paths.cache_dir()))


def check_installation(
    window: str = "offscreen", report: str | None = None, keep: bool = False
) -> int:
    """Run every part; 0 when all pass, 1 at the first failure (after one line saying why)."""
    out = _Output(report)
    saved = {k: os.environ.get(k) for k in ("REDESK_HOME", "QT_QPA_PLATFORM")}
    started = time.perf_counter()
    run: _Run | None = None
    try:
        try:
            home = _make_home()
        except Exception as exc:  # noqa: BLE001 - a user folder that cannot be made
            out.say(f"selftest failed: setup: {_one_line(exc)}", error=True)
            return EXIT_FAILED
        os.environ["REDESK_HOME"] = str(home)
        if window == "offscreen":
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        run = _Run(home, window)
        for name, part in PARTS:
            if name == "window" and window == "none":
                out.say("skipped window (--no-gui)")
                continue
            t0 = time.perf_counter()
            try:
                detail = part(run)
            except Exception as exc:  # noqa: BLE001 - every failure becomes one line
                out.say(f"selftest failed: {name}: {_one_line(exc)}", error=True)
                return EXIT_FAILED
            out.say(f"ok {name} {time.perf_counter() - t0:.2f} s ({detail})")
        total = time.perf_counter() - started
        out.say(f"selftest passed: {total:.2f} s")
        return 0
    finally:
        if run is not None:
            if run.project is not None:
                run.project.close()
            if keep:
                out.say(f"selftest folder kept: {run.home}")
            else:
                shutil.rmtree(run.home, ignore_errors=True)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        out.write_report()


def run_selftest(args: argparse.Namespace) -> int:
    return check_installation(args.window, args.report, args.keep)
