"""From paths to records: which files to read, which reader reads each, pasted text.

Folders are read recursively in sorted order; hidden files and folders (``.name``) and
Office lock files (``~$name``) are skipped, and so are files of unknown types inside a
folder. A file named directly with an unknown type is reported as a failure. Text
files (``.txt``, ``.md``, no extension) are sniffed by content: a digest is split into
its articles whatever the extension, and so is a file of unknown type named directly
(anything else of unknown type is reported).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path

from rareearth_desk.io.importers.base import (
    MAX_DOCX_BYTES,
    MAX_TEXT_BYTES,
    MAX_XLSX_BYTES,
    ImportFailure,
    Item,
    ReadError,
    origin_of,
)
from rareearth_desk.io.importers.detect import check_size, decode, read_bytes
from rareearth_desk.io.importers.digest import is_digest, parse_digest
from rareearth_desk.io.importers.plain import parse_plain
from rareearth_desk.io.importers.table import ColumnMapping

log = logging.getLogger(__name__)

TEXT_TYPES = {".txt", ".text", ".md", ".markdown", ""}
HTML_TYPES = {".html", ".htm", ".xhtml"}
KINDS: dict[str, str] = {
    **{ext: "text" for ext in TEXT_TYPES},
    **{ext: "html" for ext in HTML_TYPES},
    ".docx": "docx",
    ".csv": "csv",
    ".tsv": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}
_OLD_FORMATS = {
    ".doc": "old Word format: save it as .docx",
    ".xls": "old Excel format: save it as .xlsx",
}
SUPPORTED = ", ".join(sorted(ext for ext in KINDS if ext))


def kind_of(path: Path) -> str | None:
    """The reader for a path by its extension, or None for an unknown type."""
    return KINDS.get(path.suffix.lower())


def _hidden(name: str) -> bool:
    return name.startswith((".", "~$"))


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | ImportFailure]:
    """Files to read, in order, and failures for paths that cannot be read at all."""
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files: list[Path] = []
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not _hidden(d))
                files.extend(
                    Path(root, n) for n in names if not _hidden(n) and kind_of(Path(n)) is not None
                )
            candidates = sorted(files, key=lambda p: p.relative_to(path).parts)
        elif path.is_file():
            suffix = path.suffix.lower()
            if suffix in _OLD_FORMATS:
                yield ImportFailure(str(path), None, _OLD_FORMATS[suffix])
                continue
            candidates = [path]  # an unknown type is sniffed: it may be a digest
        elif path.exists():
            yield ImportFailure(str(path), None, "not a regular file")
            continue
        else:
            yield ImportFailure(str(path), None, "no such file or folder")
            continue
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                yield candidate


def read_file(path: Path, mapping: ColumnMapping | None = None) -> Generator[Item, None, None]:
    """Records and failures of one file; never raises for bad input."""
    try:
        yield from _read(path, mapping)
    except ReadError as exc:
        yield ImportFailure(str(path), exc.line, exc.reason)
    except MemoryError:
        yield ImportFailure(str(path), None, "not enough memory to read the file")
    except Exception as exc:  # a reader library failing on odd input must not stop the run
        log.exception("reading %s failed", path)
        yield ImportFailure(
            str(path), None, f"could not read the file ({type(exc).__name__}: {exc})"
        )


def _read(path: Path, mapping: ColumnMapping | None) -> Iterator[Item]:
    kind = kind_of(path)
    if kind is None:
        yield from _sniff_unknown(path)
        return
    if kind == "docx":
        from rareearth_desk.io.importers.word import parse_docx

        check_size(path, MAX_DOCX_BYTES, "Word documents")
        yield parse_docx(path, origin_of(path))
        return
    if kind == "xlsx":
        from rareearth_desk.io.importers.table import read_xlsx

        check_size(path, MAX_XLSX_BYTES, "Excel workbooks")
        yield from read_xlsx(path, mapping)
        return
    data = read_bytes(path, MAX_TEXT_BYTES, "text files")
    if kind == "html":
        from rareearth_desk.io.importers.html_page import parse_html

        yield parse_html(data, origin_of(path))
    elif kind == "csv":
        from rareearth_desk.io.importers.table import read_csv

        yield from read_csv(data, path, mapping)
    elif kind == "jsonl":
        from rareearth_desk.io.importers.jsonl import read_jsonl

        yield from read_jsonl(data, path)
    elif kind == "json":
        from rareearth_desk.io.importers.jsonl import read_json

        yield from read_json(data, path)
    else:
        text = decode(data)
        if not text.strip():
            raise ReadError("no text in the file")
        if is_digest(text):
            yield from parse_digest(text, str(path))
        elif text.lstrip().lower().startswith(("<!doctype html", "<html")):
            from rareearth_desk.io.importers.html_page import parse_html

            yield parse_html(data, origin_of(path))
        else:
            yield parse_plain(text, origin_of(path))


def _sniff_unknown(path: Path) -> Iterator[Item]:
    """A file of unknown type named directly: imported only when its content is a digest."""
    unsupported = ReadError(
        f"unsupported file type '{path.suffix.lower()}' (supported: {SUPPORTED}, or a digest)"
    )
    data = read_bytes(path, MAX_TEXT_BYTES, "text files")
    try:
        text = decode(data)
    except ReadError:
        raise unsupported from None
    if not is_digest(text):
        raise unsupported
    yield from parse_digest(text, str(path))


def read_paths(
    paths: Iterable[str | os.PathLike[str]], mapping: ColumnMapping | None = None
) -> Iterator[Item]:
    """Records and failures of files and whole folders, in order."""
    for entry in expand_paths(paths):
        if isinstance(entry, ImportFailure):
            yield entry
        else:
            yield from read_file(entry, mapping)


def read_text(text: str, origin: str = "clipboard") -> list[Item]:
    """Articles of a pasted text: a digest is split into its articles, else one article."""
    if not text.strip():
        return [ImportFailure(origin, None, "no text to import")]
    if is_digest(text):
        return list(parse_digest(text, origin))
    try:
        return [parse_plain(text, origin)]
    except ReadError as exc:
        return [ImportFailure(origin, exc.line, exc.reason)]
