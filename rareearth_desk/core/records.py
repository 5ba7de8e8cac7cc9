"""Plain records that flow from the importers into the store.

Importers build these; ``core.repository`` writes them. Offsets in ``ClaimRecord`` are
Unicode code points of ``ArticleRecord.text`` exactly as given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(slots=True)
class ClaimRecord:
    start: int
    end: int
    stance: str | None = None  # label key, Chinese or English name
    topics: list[str] = field(default_factory=list)  # label keys or names
    note: str = ""
    annotator: str = ""
    created: datetime | None = None
    updated: datetime | None = None


@dataclass(slots=True)
class ArticleRecord:
    title: str
    text: str
    source: str = ""
    published: datetime | None = None
    url: str = ""
    lang: str = ""  # "" = detect from the text
    collection: str = ""
    excerpt: bool = False
    origin: str = ""  # file (and line or row) the record came from
    status: str = ""  # "" = new
    claims: list[ClaimRecord] = field(default_factory=list)
