"""The project's tables (SQLModel over SQLite).

Times are naive: ``published`` is the local time the source printed, every other
time is UTC (``utcnow``).

One project is one SQLite file with these tables plus the full-text index that
``core.store``/``core.migrations`` create with raw SQL. Offsets are Unicode code
points of ``Article.text``.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import NaiveDatetime
from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

# Article.status values
STATUS_NEW = "new"
STATUS_STARTED = "started"
STATUS_DONE = "done"
STATUSES = (STATUS_NEW, STATUS_STARTED, STATUS_DONE)

# Dimension.kind values
KIND_SINGLE = "single"
KIND_MULTI = "multi"

# EntityRule.action values
RULE_ADD = "add"  # mark every occurrence of term as entity_type
RULE_RETYPE = "retype"  # a mention whose text is term gets entity_type instead
RULE_SUPPRESS = "suppress"  # drop every mention whose text is term

ENTITY_TYPES = ("GPE", "ORG", "PERSON", "LOC", "MATERIAL", "QUANTITY", "DATE")


def utcnow() -> datetime:
    """Naive UTC timestamp (SQLite stores it as ISO text)."""
    from datetime import UTC

    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


class Meta(SQLModel, table=True):
    """Key/value project metadata: schema_version, app_version, created, name."""

    key: str = Field(primary_key=True)
    value: str


class Article(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str = ""
    source: str = Field(default="", index=True)
    published: NaiveDatetime | None = Field(default=None, index=True)  # local time as printed
    url: str = ""
    lang: str = Field(default="zh", index=True)  # "zh", "en" or "mixed"
    collection: str = Field(default="", index=True)
    excerpt: bool = False  # body was cut by the news search tool (" ...")
    text: str = ""
    chars: int = 0  # len(text) in code points
    content_hash: str = Field(index=True, unique=True)  # sha1 of normalised text
    status: str = Field(default=STATUS_NEW, index=True)
    origin: str = ""  # file the article came from
    imported_at: NaiveDatetime = Field(default_factory=utcnow)


class Dimension(SQLModel, table=True):
    """A codebook dimension, e.g. Stance (single choice) or Topic (multi choice)."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)  # stable identifier, e.g. "stance", "topic"
    name_zh: str
    name_en: str
    kind: str = KIND_SINGLE
    position: int = 0


class Label(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("dimension_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    dimension_id: int = Field(
        sa_column=Column(Integer, ForeignKey("dimension.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    key: str  # stable identifier within its dimension, e.g. "supportive"
    name_zh: str
    name_en: str
    description: str = ""
    colour: str = "#999999"  # "#rrggbb"
    shortcut: str = ""  # one key, e.g. "1" or "Q"
    position: int = 0


class Claim(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    start: int  # code points into Article.text
    end: int
    quote: str  # Article.text[start:end] when tagged
    context_before: str = ""  # up to 40 code points before start
    context_after: str = ""  # up to 40 code points after end
    note: str = ""
    annotator: str = Field(default="", index=True)
    created: NaiveDatetime = Field(default_factory=utcnow, index=True)
    updated: NaiveDatetime = Field(default_factory=utcnow)


class ClaimLabel(SQLModel, table=True):
    """A label on a claim (the stance is a label of the single-choice dimension)."""

    claim_id: int = Field(
        sa_column=Column(Integer, ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True)
    )
    label_id: int = Field(
        sa_column=Column(Integer, ForeignKey("label.id", ondelete="RESTRICT"), primary_key=True, index=True)
    )


class EntityRule(SQLModel, table=True):
    """A correction of the highlighter, for one article or (article_id None) the project."""

    id: int | None = Field(default=None, primary_key=True)
    action: str  # RULE_ADD, RULE_RETYPE, RULE_SUPPRESS
    term: str = Field(index=True)
    entity_type: str = ""  # target type for add/retype
    article_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=True, index=True),
    )
    created: NaiveDatetime = Field(default_factory=utcnow)


class EntityCache(SQLModel, table=True):
    """Mentions computed for an article's text, reused while ``key`` still matches.

    ``key`` combines the highlighter's version (gazetteer and dictionary digest) and the
    text hash; project corrections are applied on top at read time, so they never stale it.
    """

    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), primary_key=True)
    )
    key: str
    mentions: str  # JSON list of [start, end, type, value, unit]
