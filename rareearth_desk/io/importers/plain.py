"""Plain text and Markdown: one article a file (or a pasted text).

The first non-empty line is the title (a leading Markdown ``#`` mark is removed) and
the lines after it are the text, unchanged. A file of one line is its own title and
text. Markdown front matter (``---`` … ``---`` with ``title:``, ``date:``, ``source:``,
``url:``) fills those fields when present.
"""

from __future__ import annotations

import re

from rareearth_desk.core.records import ArticleRecord
from rareearth_desk.io.importers.base import MAX_TITLE_CHARS, ReadError
from rareearth_desk.io.importers.dates import parse_date

_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^(\w+)\s*:\s*(.*?)\s*$")


def parse_plain(text: str, origin: str) -> ArticleRecord:
    """One article from a text; raises ReadError when there is no text at all."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    fields: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        for line in front.group(1).split("\n"):
            m = _FIELD.match(line)
            if m:
                fields[m.group(1).casefold()] = m.group(2).strip("'\"")
        text = text[front.end() :]
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise ReadError("no text in the file")
    title_line = _HEADING_MARK.sub("", lines[first].strip())
    body = "\n".join(line.rstrip() for line in lines[first + 1 :]).strip("\n")
    if not body.strip():
        body = lines[first].strip()
    title = fields.get("title") or title_line
    if len(title) > MAX_TITLE_CHARS:
        title = title[: MAX_TITLE_CHARS - 1].rstrip() + "…"
    return ArticleRecord(
        title=title,
        text=body,
        source=fields.get("source", ""),
        published=parse_date(fields.get("date") or fields.get("published")),
        url=fields.get("url", ""),
        origin=origin,
    )
