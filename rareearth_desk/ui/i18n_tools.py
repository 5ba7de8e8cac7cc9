"""Maintenance of the interface translations in ``resources/i18n`` (no Qt needed).

``python -m rareearth_desk.ui.i18n_tools fill-en FILE.ts`` gives every English message
its own text as translation (English is the source language, so that file is complete
by construction). ``python -m rareearth_desk.ui.i18n_tools check FILE.ts...`` lists the
messages still unfinished and exits 1 when there are any.
``packaging/update_translations.sh`` runs lupdate, these two steps and lrelease.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    out: list[tuple[str, ET.Element]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        out.extend((name, m) for m in context.iter("message"))
    return out


def _write(root: ET.Element, path: Path) -> None:
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def fill_english(path: Path) -> int:
    """Set each unfinished message's translation to its source; returns how many."""
    tree = ET.parse(path)
    changed = 0
    for _ctx, message in _messages(tree.getroot()):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("unfinished", None) and (
            translation.get("type") == "unfinished" or not (translation.text or list(translation))
        ):
            forms = translation.findall("numerusform")
            if message.get("numerus") == "yes":
                for form in forms or [ET.SubElement(translation, "numerusform")]:
                    form.text = source
            else:
                translation.text = source
            translation.attrib.pop("type", None)
            changed += 1
    _write(tree.getroot(), path)
    return changed


def unfinished(path: Path) -> list[str]:
    """``context: source`` of every message without a finished translation."""
    tree = ET.parse(path)
    missing = []
    for ctx, message in _messages(tree.getroot()):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        empty = translation is None or not (
            (translation.text or "").strip()
            or any((f.text or "").strip() for f in translation.findall("numerusform"))
        )
        if kind == "unfinished" or empty:
            missing.append(f"{ctx}: {message.findtext('source')}")
    return missing


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("fill-en", "check"):
        print("usage: i18n_tools (fill-en FILE.ts | check FILE.ts...)", file=sys.stderr)
        return 2
    if argv[0] == "fill-en":
        n = fill_english(Path(argv[1]))
        print(f"{argv[1]}: {n} message(s) filled", file=sys.stderr)
        return 0
    status = 0
    for name in argv[1:]:
        missing = unfinished(Path(name))
        for line in missing:
            print(f"{name}: unfinished: {line}", file=sys.stderr)
        status = 1 if missing else status
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
