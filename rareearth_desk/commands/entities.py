"""``rareearth-desk entities FILE``: the entity mentions of a text file (``-`` for stdin).

``--json`` prints a list of ``{"start", "end", "text", "type"}`` (plus ``"value"`` and
``"unit"`` for quantities), offsets in code points of the decoded text; without it a
readable listing. ``--project P`` applies that project's project-wide corrections.
Exit codes: 0 done, 1 the file could not be read or decoded, 2 usage or project error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a text file, or - for standard input")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--project", metavar="P", help="apply this project's project-wide corrections"
    )


def _fail(message: str, code: int) -> int:
    print(f"rareearth-desk: {message}", file=sys.stderr)
    return code


def decode(data: bytes) -> str | None:
    """Text of ``data``: the importers' detection when present, else UTF-8/UTF-16/GB18030."""
    try:
        from rareearth_desk.io.importers import detect  # type: ignore[attr-defined]

        for name in ("decode_bytes", "decode", "decode_text"):
            fn = getattr(detect, name, None)
            if callable(fn):
                try:
                    result = fn(data)
                except Exception:  # noqa: BLE001 - the importers' verdict: not decodable
                    return None
                if isinstance(result, tuple):
                    result = result[0]
                if isinstance(result, str):
                    return result
                break
    except ImportError:
        pass
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    for enc in ("utf-8", "gb18030"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            return None
        return text
    return None


def _project_rules(path: str) -> list[Any]:
    from rareearth_desk.core.annotate import entity_rules
    from rareearth_desk.core.store import open_project

    with open_project(Path(path), backup=False, lock=False) as project:
        return list(entity_rules(project, None))


def run(args: argparse.Namespace) -> int:
    name = "stdin" if args.file == "-" else args.file
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except FileNotFoundError:
        return _fail(f"file not found: {name}", 1)
    except IsADirectoryError:
        return _fail(f"is a folder, not a file: {name}", 1)
    except OSError as exc:
        return _fail(f"cannot read file: {name}: {exc.strerror or exc}", 1)
    text = decode(data)
    if text is None:
        return _fail(f"cannot decode text (not UTF-8, UTF-16 or GB18030): {name}", 1)
    rules: list[Any] = []
    if args.project:
        try:
            rules = _project_rules(args.project)
        except Exception as exc:  # noqa: BLE001 - one line for the user, whatever the cause
            msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            return _fail(f"cannot open project: {args.project}: {msg}", 2)
    from rareearth_desk.nlp.entities import extract

    mentions = extract(text, rules)
    if args.json:
        import json

        out = []
        for m in mentions:
            item: dict[str, Any] = {"start": m.start, "end": m.end, "text": m.text, "type": m.type}
            if m.type == "QUANTITY":
                item["value"] = m.value
                item["unit"] = m.unit
            out.append(item)
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    else:
        for m in mentions:
            extra = f"  = {m.value:g} {m.unit or ''}".rstrip() if m.value is not None else ""
            shown = m.text.replace("\n", " ")
            print(f"{m.start:>7}-{m.end:<7} {m.type:<9} {shown}{extra}")
    return 0
