"""JSON Lines: one article a line, possibly with its claims (the shape the JSONL export writes).

Fields: ``title``, ``text`` (required), ``source``, ``published`` (or ``date``), ``url``,
``lang``, ``collection``, ``excerpt``, ``status`` and ``claims``: a list of ``{start,
end, stance, topics, note, annotator, created, updated}`` whose offsets are code points
of ``text`` exactly as given; the text is stored unchanged. Labels are named by key or by
their Chinese or English name; the store resolves them. A claim's ``quote``, when
present, must equal that span of the text (a check that both sides count alike).

A line that is not valid JSON, or not a valid article, is a failure naming its line
number; the other lines still import. A ``.json`` file holding a list of such objects
(or ``{"articles": [...]}``) is read the same way, numbered by position.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rareearth_desk.core.models import STATUSES
from rareearth_desk.core.records import ArticleRecord, ClaimRecord
from rareearth_desk.io.importers.base import (
    ImportFailure,
    Item,
    ReadError,
    origin_of,
    title_from_text,
)
from rareearth_desk.io.importers.dates import parse_date
from rareearth_desk.io.importers.detect import decode


def read_jsonl(data: bytes, path: Path) -> Iterator[Item]:
    """Records of a JSON Lines file, one failure per broken line."""
    text = decode(data).lstrip("\ufeff")
    found = False
    # only "\n" ends a line: texts may hold U+2028, U+0085 and others that JSON leaves raw
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        found = True
        try:
            obj = json.loads(line)
        except ValueError as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            yield ImportFailure(str(path), number, f"line {number} is not valid JSON ({msg})")
            continue
        yield _record_or_failure(obj, path, number)
    if not found:
        raise ReadError("no text in the file")


def read_json(data: bytes, path: Path) -> Iterator[Item]:
    """Records of a .json file: a list of article objects or ``{"articles": [...]}``."""
    try:
        obj = json.loads(decode(data).lstrip("\ufeff"))
    except ValueError as exc:
        if isinstance(exc, json.JSONDecodeError):
            raise ReadError(f"not valid JSON (line {exc.lineno}: {exc.msg})", exc.lineno) from None
        raise ReadError(f"not valid JSON ({exc})") from None
    if isinstance(obj, dict) and isinstance(obj.get("articles"), list):
        obj = obj["articles"]
    if isinstance(obj, dict):
        obj = [obj]
    if not isinstance(obj, list):
        raise ReadError("expected a list of articles")
    for number, item in enumerate(obj, 1):
        yield _record_or_failure(item, path, number)


def _record_or_failure(obj: Any, path: Path, number: int) -> Item:
    try:
        return parse_article(obj, origin_of(path, number))
    except ReadError as exc:
        return ImportFailure(str(path), number, f"line {number}: {exc.reason}")


def parse_article(obj: Any, origin: str) -> ArticleRecord:
    """One article from a decoded JSON object; raises ReadError naming what is wrong."""
    if not isinstance(obj, dict):
        raise ReadError(f"expected an object, found {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise ReadError("no 'text' field" if text is None else "'text' is not a string")
    if not text.strip():
        raise ReadError("empty text")
    status = _string(obj, "status").casefold()
    if status and status not in STATUSES:
        raise ReadError(f"unknown status '{status}' (use {', '.join(STATUSES)})")
    lang = _string(obj, "lang")
    if lang and lang not in ("zh", "en", "mixed"):
        raise ReadError(f"unknown lang '{lang}' (use zh, en or mixed)")
    raw_date = obj.get("published", obj.get("date"))
    published = parse_date(raw_date)
    if raw_date not in (None, "") and published is None:
        raise ReadError(f"unreadable date '{raw_date}'")
    claims_data = obj.get("claims") or []
    if not isinstance(claims_data, list):
        raise ReadError("'claims' is not a list")
    claims = [_claim(c, i, text) for i, c in enumerate(claims_data, 1)]
    return ArticleRecord(
        title=_string(obj, "title") or title_from_text(text),
        text=text,
        source=_string(obj, "source"),
        published=published,
        url=_string(obj, "url"),
        lang=lang,
        collection=_string(obj, "collection"),
        excerpt=_flag(obj.get("excerpt")),
        origin=origin,
        status=status,
        claims=claims,
    )


def _string(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        raise ReadError(f"'{key}' is not a string")
    return str(value).strip()


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().casefold() in ("1", "true", "yes", "y", "是")
    return bool(value)


def _claim(obj: Any, index: int, text: str) -> ClaimRecord:
    if not isinstance(obj, dict):
        raise ReadError(f"claim {index} is not an object")
    start, end = obj.get("start"), obj.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
        raise ReadError(f"claim {index}: 'start' and 'end' must be whole numbers")
    if not 0 <= start < end <= len(text):
        raise ReadError(
            f"claim {index}: span {start}-{end} is outside the text (length {len(text)})"
        )
    stance = obj.get("stance")
    if stance is not None and not isinstance(stance, str):
        raise ReadError(f"claim {index}: 'stance' is not a string")
    quote = obj.get("quote")
    if isinstance(quote, str) and quote and quote != text[start:end]:
        raise ReadError(f"claim {index}: quote does not match the text at {start}-{end}")
    topics = obj.get("topics") or []
    if isinstance(topics, str):
        topics = [t.strip() for t in topics.replace("；", ";").split(";") if t.strip()]
    if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
        raise ReadError(f"claim {index}: 'topics' must be a list of label names")
    return ClaimRecord(
        start=start,
        end=end,
        stance=stance or None,
        topics=[t for t in topics if t],
        note=str(obj.get("note") or ""),
        annotator=str(obj.get("annotator") or ""),
        created=parse_date(obj.get("created")),
        updated=parse_date(obj.get("updated")),
    )
