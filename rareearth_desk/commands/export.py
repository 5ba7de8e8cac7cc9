"""Placeholder for the `export` command(s); replaced by the part that owns them."""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rest", nargs="*")


def run(args: argparse.Namespace) -> int:
    print("rareearth-desk: this command is not built yet", file=sys.stderr)
    return 2
