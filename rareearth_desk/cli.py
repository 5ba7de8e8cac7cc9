"""Command-line front of RareEarth Desk.

With no subcommand it opens the window; every subcommand runs headless. Each
subcommand lives in its own module that exposes ``add_arguments(parser)`` and
``run(args) -> int``; those modules import only the standard library at top level so
that parsing stays fast, and load their real work inside ``run``.

Exit codes: 0 success, 1 some input failed (the rest was done), 2 usage error.
Errors go to stderr as one line that says what and where.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from rareearth_desk import APP_NAME, __version__

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2

# name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "open": ("rareearth_desk.commands.gui", "open the window on a project"),
    "new": ("rareearth_desk.commands.project", "create a project with the default codebook"),
    "import": ("rareearth_desk.commands.project", "import files or folders into a project"),
    "articles": ("rareearth_desk.commands.project", "list a project's articles"),
    "stats": ("rareearth_desk.commands.project", "counts by status, stance, topic, annotator"),
    "entities": (
        "rareearth_desk.commands.entities",
        "entity mentions of a text file (- for stdin)",
    ),
    "export": ("rareearth_desk.commands.export", "export a project as .xlsx, .csv or .jsonl"),
    "selftest": (
        "rareearth_desk.commands.selftest",
        "check that every part of this installation works",
    ),
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="rareearth-desk", description=f"{APP_NAME}: rare-earth news annotation")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        module = importlib.import_module(module_name)
        p = sub.add_parser(name, help=help_text, description=help_text)
        adder = getattr(module, f"add_{name}_arguments", None) or module.add_arguments
        adder(p)
        p.set_defaults(_module=module_name, _runner=f"run_{name}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) == 1 and argv[0].lower().endswith(".redesk") and argv[0] not in COMMANDS:
        argv = ["open", argv[0]]  # a project opened from the file manager
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        # no subcommand: the window (GUI options such as -platform pass through to Qt)
        from rareearth_desk.commands import gui

        return gui.run_gui(None, argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from rareearth_desk.commands import gui

        return gui.run_gui(None, [])
    module = importlib.import_module(args._module)
    runner = getattr(module, args._runner, None) or module.run
    try:
        return int(runner(args) or 0)
    except KeyboardInterrupt:
        print("rareearth-desk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
