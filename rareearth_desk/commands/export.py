"""``export``: a project as an Excel workbook, CSV or JSON Lines; corrections from Excel.

    rareearth-desk export PROJECT OUT.xlsx|OUT.csv|OUT.jsonl [filters] [--lang zh]
    rareearth-desk export PROJECT --apply-corrections BOOK.xlsx [--dry-run]

With ``--apply-corrections`` the file argument is the edited workbook to read.

The format follows OUT's extension. Filters narrow the claims (and their articles).
Progress goes to stderr; ``--json`` prints the report on stdout:
``{"path", "format", "rows", "claims", "articles", "cut_cells", "cancelled", "seconds",
"warnings"}`` for an export, ``{"path", "rows", "applied", "changes": [{"claim_id",
"field", "old", "new"}], "errors", "warnings"}`` for corrections.

Exit codes: 0 done; 1 corrections with refused rows (the other rows were applied);
2 usage error, a project that cannot be opened or a file that cannot be written.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

PROG = "rareearth-desk"

EPILOG = """\
corrections: export to .xlsx, edit the Stance, Topics or Note cells of the Claims
sheet (in Excel or LibreOffice), save, then run
  rareearth-desk export PROJECT --apply-corrections BOOK.xlsx
Rows are matched by claim id; labels may be keys or names in English or Chinese.
The joined Topics column wins over the 0/1 topic columns (those are read only when
the Topics column was deleted). Every change is printed; nothing else changes.
A row with an unknown label is refused with its row number (exit code 1).

CSV text is written exactly as stored (no quote prefix on text that starts with =);
the workbook always stores such text as text.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG
    parser.add_argument("project", help="project file (.redesk)")
    parser.add_argument(
        "out",
        metavar="OUT",
        help="output file: .xlsx, .csv or .jsonl (the workbook to read with --apply-corrections)",
    )
    f = parser.add_argument_group("filters (all must hold)")
    f.add_argument("--annotator", metavar="NAME", help="claims by this annotator")
    f.add_argument("--stance", metavar="LABEL", help="claims with this stance (key or name)")
    f.add_argument("--topic", metavar="LABEL", help="claims with this topic (key or name)")
    f.add_argument("--status", choices=("new", "started", "done"), help="articles with this status")
    f.add_argument("--source", metavar="NAME", help="articles from this source")
    f.add_argument("--collection", metavar="NAME", help="articles of this collection")
    f.add_argument(
        "--from", dest="date_from", metavar="DATE", help="published on or after (YYYY-MM-DD)"
    )
    f.add_argument(
        "--to", dest="date_to", metavar="DATE", help="published on or before (YYYY-MM-DD)"
    )
    o = parser.add_argument_group("output")
    o.add_argument(
        "--lang", choices=("en", "zh"), default="en", help="headers and label names (default en)"
    )
    o.add_argument("--no-entities", action="store_true", help="leave out entities (faster)")
    o.add_argument(
        "--what",
        choices=("claims", "articles"),
        default="claims",
        help="CSV only: one row a claim (default) or an article",
    )
    o.add_argument(
        "--labels",
        choices=("keys", "en", "zh"),
        help="JSONL only: labels as keys or names (default: --lang)",
    )
    o.add_argument("--json", action="store_true", help="print the report as JSON on stdout")
    c = parser.add_argument_group("corrections")
    c.add_argument(
        "--apply-corrections",
        action="store_true",
        help="read edits from OUT, an exported and edited .xlsx, into the project",
    )
    c.add_argument(
        "--dry-run", action="store_true", help="with --apply-corrections: show, change nothing"
    )


def _fail(what: str, code: int = 2) -> int:
    print(f"{PROG}: {what}", file=sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    if args.apply_corrections:
        return _run_corrections(args)
    if args.dry_run:
        return _fail("--dry-run goes with --apply-corrections")
    return _run_export(args)


def _run_export(args: argparse.Namespace) -> int:
    from rareearth_desk.core.codebook import load_codebook
    from rareearth_desk.core.store import ProjectError, open_project
    from rareearth_desk.io.export_common import ExportError, parse_filter
    from rareearth_desk.io.export_text import export_file, format_of

    try:
        fmt = format_of(args.out)
    except ExportError as exc:
        return _fail(str(exc))
    try:
        project = open_project(args.project, backup=False, lock=False)
    except ProjectError as exc:
        return _fail(str(exc))
    with project:
        try:
            flt = parse_filter(
                load_codebook(project),
                status=args.status,
                source=args.source,
                collection=args.collection,
                date_from=args.date_from,
                date_to=args.date_to,
                topic=args.topic,
                stance=args.stance,
                annotator=args.annotator,
            )
            options: dict[str, Any] = {"flt": None if flt.is_empty() else flt, "lang": args.lang}
            if fmt in ("xlsx", "csv"):
                options["include_entities"] = not args.no_entities
            if fmt == "csv":
                options["what"] = args.what
            if fmt == "jsonl" and args.labels:
                options["labels"] = args.labels
            report = _drive(export_file(project, args.out, **options))
        except ExportError as exc:
            return _fail(str(exc))
    for warning in report.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        counts = ", ".join(f"{name} {n:,}" for name, n in report.rows.items())
        print(f"wrote {report.path} ({counts}) in {report.seconds:.1f} s")
    return 0


def _drive(gen: Any) -> Any:
    """Run an export generator, showing its progress on stderr; returns its report.

    On a terminal one line is rewritten in place; otherwise a line is printed per tenth.
    """
    tty = sys.stderr.isatty()
    last = ""
    shown = -1
    while True:
        try:
            p = next(gen)
        except StopIteration as stop:
            if tty and last:
                sys.stderr.write("\r" + " " * len(last) + "\r")
            return stop.value
        percent = p.done * 100 // p.total if p.total else 0
        line = f"{p.message} ({percent}%)" if p.total else p.message
        if tty:
            sys.stderr.write("\r" + line.ljust(len(last)))
            sys.stderr.flush()
            last = line
        elif percent // 10 != shown:
            shown = percent // 10
            print(line, file=sys.stderr)


def _run_corrections(args: argparse.Namespace) -> int:
    from rareearth_desk.core.store import ProjectError, open_project
    from rareearth_desk.io.import_workbook import CorrectionError, apply_corrections

    try:
        project = open_project(args.project, backup=not args.dry_run, lock=not args.dry_run)
    except ProjectError as exc:
        return _fail(str(exc))
    with project:
        try:
            report = apply_corrections(project, args.out, dry_run=args.dry_run, lang=args.lang)
        except CorrectionError as exc:
            return _fail(str(exc))
    for error in report.errors:
        print(f"{PROG}: {args.out}: {error}", file=sys.stderr)
    for warning in report.warnings:
        print(f"{PROG}: warning: {args.out}: {warning}", file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        for c in report.changes:
            print(f"claim {c.claim_id}: {c.field}: {c.old!r} -> {c.new!r}")
        verb = "would change" if args.dry_run else "changed"
        print(
            f"{verb} {report.claims_changed} claims ({len(report.changes)} fields) from {report.rows} rows"
            + (f"; {len(report.errors)} rows refused" if report.errors else "")
        )
    return 1 if report.errors else 0
