"""The digest format of the analysts' news search tool.

A header block (``Workflow``, the collection name, ``icon``, ``Search documents``) and
then records of three lines: the title; ``Source Name· YYYY-MM-DD HH:MM`` (U+00B7 and
a space); the body on one line. The reader is lenient: CRLF, blank lines, trailing
spaces, a missing header, a body spread over several lines are all accepted.

A body that ends in ``...`` was cut by the search tool: the record gets
``excerpt=True`` and its text keeps the trailing " ..." so that the analyst sees where
it stops.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rareearth_desk.core.records import ArticleRecord
from rareearth_desk.io.importers.base import ImportFailure, Item
from rareearth_desk.io.importers.dates import parse_date

_SOURCE_LINE = re.compile(
    r"^(?P<source>\S.*?)\s*[·•・]\s*"
    r"(?P<date>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*$"
)
_HEADER_WORDS = {"workflow", "icon", "search documents"}
_HEADER_SCAN = 8
_MAX_SOURCE_LINE = 200  # the header sits in the first few non-empty lines


def _lines(text: str) -> list[tuple[int, str]]:
    """Non-empty lines with their 1-based line numbers, stripped."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return [(n, line.strip()) for n, line in enumerate(text.split("\n"), 1) if line.strip()]


def _is_source_line(line: str) -> bool:
    return len(line) <= _MAX_SOURCE_LINE and _SOURCE_LINE.match(line) is not None


def _header(lines: list[tuple[int, str]]) -> tuple[int, str] | None:
    """(index of the first line after the header, collection name), or None."""
    head = [line.casefold() for _, line in lines[:_HEADER_SCAN]]
    if "workflow" not in head[:2] or "search documents" not in head:
        return None
    end = head.index("search documents") + 1
    names = [line for _, line in lines[:end] if line.casefold() not in _HEADER_WORDS]
    return end, (names[0] if names else "")


def is_digest(text: str) -> bool:
    """True when the text looks like a digest: its header, or a source line as second line."""
    lines = _lines(text[:20000])
    if _header(lines) is not None:
        return True
    return len(lines) >= 3 and _is_source_line(lines[1][1])


def parse_digest(text: str, path: str) -> Iterator[Item]:
    """Records of a digest; a record without body text becomes a failure for its line."""
    lines = _lines(text)
    header = _header(lines)
    start, collection = header if header is not None else (0, "")
    lines = lines[start:]
    source_at = [i for i, (_, line) in enumerate(lines) if _is_source_line(line)]
    # a source line right after another record's title line is a title, not a source
    source_at = [i for i in source_at if i > 0]
    if not source_at:
        yield ImportFailure(path, None, "no articles found (no 'Source· YYYY-MM-DD HH:MM' lines)")
        return
    for k, i in enumerate(source_at):
        title_no, title = lines[i - 1]
        body_end = source_at[k + 1] - 1 if k + 1 < len(source_at) else len(lines)
        body = "\n".join(line for _, line in lines[i + 1 : body_end])
        match = _SOURCE_LINE.match(lines[i][1])
        assert match is not None
        if not body:
            yield ImportFailure(path, title_no, f"article '{title[:40]}' has no text")
            continue
        excerpt = body.endswith("...") or body.endswith("…")
        yield ArticleRecord(
            title=title,
            text=body,
            source=match["source"],
            published=parse_date(match["date"]),
            collection=collection,
            excerpt=excerpt,
            origin=f"{path}:{title_no}",
        )
