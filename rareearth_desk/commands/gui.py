"""``rareearth-desk`` (no subcommand) and ``rareearth-desk open PROJECT``: the window."""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", help="project file (.redesk)")


def run_gui(project: str | None, qt_args: Sequence[str]) -> int:
    from rareearth_desk.ui.app import run

    return run(project, list(qt_args))


def run(args: argparse.Namespace) -> int:
    return run_gui(args.project, [])
