"""Entry point of the frozen RareEarth Desk: the same command line as ``rareearth-desk``.

A file manager or the macOS Finder may start the program with nothing but a project
path (``RareEarthDesk /path/to/x.redesk``); that is read as ``open /path/to/x.redesk``.
"""

from __future__ import annotations

import multiprocessing
import sys

from rareearth_desk.cli import main


def _arguments(argv: list[str]) -> list[str]:
    if len(argv) == 1 and argv[0].lower().endswith(".redesk"):
        return ["open", argv[0]]
    return argv


if __name__ == "__main__":
    # a process started by the program (the Excel export's Entities sheet) runs its part
    # here and exits; PyInstaller's runtime hook makes this work on every platform
    multiprocessing.freeze_support()
    sys.exit(main(_arguments(sys.argv[1:])))
