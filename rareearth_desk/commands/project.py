"""``new``, ``import``, ``articles`` and ``stats``: project work from the command line.

JSON shapes (``--json``, stable):

* ``import``: the import report, ``{"imported", "duplicates", "failed": [{"path",
  "line", "reason"}], "article_ids", "cancelled"}``.
* ``articles``: a list of ``{"id", "title", "source", "published", "url", "lang",
  "collection", "excerpt", "chars", "claims"}``; ``published`` is ISO 8601 local time
  as printed by the source (``"2025-11-30T06:28:00"``) or null.
* ``stats``: ``{"articles", "claims", "by_status", "by_stance", "by_topic",
  "by_annotator"}``; stance and topic counts are keyed by label key.

Exit codes: 0 done, 1 some input files failed (the rest was imported), 2 usage error or
a project that cannot be opened.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any

PROG = "rareearth-desk"


def _fail(what: str) -> int:
    print(f"{PROG}: {what}", file=sys.stderr)
    return 2


def _one_line_errors(
    run: Callable[[argparse.Namespace], int],
) -> Callable[[argparse.Namespace], int]:
    """A project that turns out damaged while being read, or a failing disk, gives one
    line and exit code 2 instead of a traceback. A reader that closes the pipe early
    (``| head``) is not an error: the BrokenPipeError goes on to ``cli.main``."""

    @functools.wraps(run)
    def wrapper(args: argparse.Namespace) -> int:
        import sqlite3

        try:
            code = run(args)
            sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
            return code
        except BrokenPipeError:
            _silence_stdout()
            raise
        except sqlite3.DatabaseError as exc:
            return _fail(f"project file is damaged or unreadable ({exc}): {args.project}")
        except OSError as exc:
            where = exc.filename or args.project
            return _fail(f"{exc.strerror or exc}: {where}")

    return wrapper


def _silence_stdout() -> None:
    """Point stdout at the null device, so that the flush at exit cannot fail again on
    the closed pipe (as Python's documentation of SIGPIPE advises)."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass  # stdout is not a real file (replaced by a test or an embedding program)


# ---------------------------------------------------------------- new


def add_new_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help="path of the new project file (.redesk)")


@_one_line_errors
def run_new(args: argparse.Namespace) -> int:
    from rareearth_desk.core.store import ProjectError, create_project

    try:
        project = create_project(args.project)
    except ProjectError as exc:
        return _fail(str(exc))
    with project:
        print(f"created {project.path}")
    return 0


# ---------------------------------------------------------------- import


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help="project file (.redesk)")
    parser.add_argument("files", nargs="+", metavar="FILE", help="files or folders to import")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--collection", metavar="NAME", help="collection name for every article")


@_one_line_errors
def run_import(args: argparse.Namespace) -> int:
    from rareearth_desk.core.store import ProjectError, open_project

    try:
        from rareearth_desk.io.importers import import_paths
    except ImportError:
        return _fail("importers are not available in this installation")
    try:
        project = open_project(args.project)
    except ProjectError as exc:
        return _fail(str(exc))
    with project:
        gen = import_paths(project, list(args.files), collection=args.collection)
        reporter = _ProgressPrinter()
        while True:
            try:
                progress = next(gen)
            except StopIteration as stop:
                report = stop.value
                break
            reporter.show(progress.done, progress.total, progress.message)
        reporter.finish()
        project.wait_for_backup()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(
            f"imported {report.imported}, duplicates skipped {report.duplicates}, "
            f"failed {len(report.failed)}" + (" (cancelled)" if report.cancelled else "")
        )
    for failure in report.failed:
        print(f"{PROG}: cannot import: {failure}", file=sys.stderr)
    return 1 if report.failed else 0


class _ProgressPrinter:
    """Progress on stderr: one rewritten line on a terminal, a line a second otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = 0.0
        self.pending = ""

    def show(self, done: int, total: int, message: str) -> None:
        line = f"{done}/{total} {message}" if total else f"{done} {message}"
        now = time.monotonic()
        if now - self.last < (0.1 if self.tty else 1.0):
            self.pending = line
            return
        self.last = now
        self.pending = ""
        self._write(line)

    def _write(self, line: str) -> None:
        if self.tty:
            sys.stderr.write("\r\x1b[K" + line[:120])
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.pending:
            self._write(self.pending)
        if self.tty and self.last:
            sys.stderr.write("\n")


# ---------------------------------------------------------------- articles


def add_articles_arguments(parser: argparse.ArgumentParser) -> None:
    from_statuses = ("new", "started", "done")
    parser.add_argument("project", help="project file (.redesk)")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.add_argument("--search", metavar="Q", help="full-text query (every word must occur)")
    parser.add_argument("--status", choices=from_statuses, help="only articles with this status")
    parser.add_argument("--source", metavar="NAME", help="only articles from this source")
    parser.add_argument("--collection", metavar="NAME", help="only articles of this collection")
    parser.add_argument("--limit", type=_positive, metavar="N", help="at most N articles")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text}")
    return value


@_one_line_errors
def run_articles(args: argparse.Namespace) -> int:
    from rareearth_desk.core.repository import ArticleFilter
    from rareearth_desk.core.store import ProjectError, open_project

    try:
        project = open_project(args.project, backup=False, lock=False)
    except ProjectError as exc:
        return _fail(str(exc))
    with project:
        flt = ArticleFilter(
            status=args.status,
            source=args.source,
            collection=args.collection,
            search=args.search,
        )
        ids = project.repo.article_ids(flt)
        if args.limit is not None:
            ids = ids[: args.limit]
        rows = project.repo.article_rows(ids)
    if args.json:
        out = [
            {
                "id": r.id,
                "title": r.title,
                "source": r.source,
                "published": r.published.isoformat(timespec="seconds") if r.published else None,
                "url": r.url,
                "lang": r.lang,
                "collection": r.collection,
                "excerpt": r.excerpt,
                "chars": r.chars,
                "claims": r.claims,
            }
            for r in rows
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    table = [
        [
            str(r.id),
            r.published.strftime("%Y-%m-%d %H:%M") if r.published else "",
            r.status,
            r.lang,
            str(r.chars),
            str(r.claims),
            _cut(r.source, 20),
            _cut(r.title, 50),
        ]
        for r in rows
    ]
    _print_table(["id", "published", "status", "lang", "chars", "claims", "source", "title"], table)
    print(f"{len(rows)} article{'s' if len(rows) != 1 else ''}")
    return 0


# ---------------------------------------------------------------- stats


def add_stats_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help="project file (.redesk)")
    parser.add_argument("--json", action="store_true", help="print JSON")


@_one_line_errors
def run_stats(args: argparse.Namespace) -> int:
    from rareearth_desk.core.store import ProjectError, open_project

    try:
        project = open_project(args.project, backup=False, lock=False)
    except ProjectError as exc:
        return _fail(str(exc))
    with project:
        stats = project.repo.stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return 0
    print(f"articles  {stats['articles']}")
    print(f"claims    {stats['claims']}")
    for title, key in (
        ("by status", "by_status"),
        ("by stance", "by_stance"),
        ("by topic", "by_topic"),
        ("by annotator", "by_annotator"),
    ):
        counts: dict[str, Any] = stats[key]
        if not counts:
            continue
        print(f"\n{title}")
        _print_table([], [[k or "(none)", str(v)] for k, v in counts.items()], indent="  ")
    return 0


# ---------------------------------------------------------------- tables


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    if _width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = _width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _print_table(header: Sequence[str], rows: Iterable[Sequence[str]], indent: str = "") -> None:
    rows = list(rows)
    all_rows = ([list(header)] if header else []) + [list(r) for r in rows]
    if not all_rows:
        return
    widths = [max(_width(r[i]) for r in all_rows) for i in range(len(all_rows[0]))]
    for row in all_rows:
        cells = [c + " " * (widths[i] - _width(c)) for i, c in enumerate(row)]
        print(indent + "  ".join(cells).rstrip())
