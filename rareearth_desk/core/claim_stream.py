"""Claims streamed with their articles' fields, for exports and counts.

``iter_claims`` reads in chunks so that 100,000 claims never sit in memory at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, exists, func, literal_column
from sqlalchemy import select as sa_select
from sqlmodel import col, select

from rareearth_desk.core.models import Article, Claim, ClaimLabel

if TYPE_CHECKING:
    from rareearth_desk.core.store import Project


def _columns(*columns: Any) -> Any:
    """A core SELECT of many model columns (sqlmodel's own select stops at four)."""
    return sa_select(*columns)


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One claim with its article's fields, as exports need it."""

    claim_id: int
    article_id: int
    start: int
    end: int
    quote: str
    context_before: str
    context_after: str
    note: str
    annotator: str
    created: datetime
    updated: datetime
    label_ids: tuple[int, ...]
    title: str
    source: str
    published: datetime | None
    url: str
    lang: str
    collection: str
    status: str


def _claim_conditions(project: Project, flt: Any) -> list[Any]:
    """SQL conditions on Claim/Article for an ``ArticleFilter``-like object (or None)."""
    if flt is None:
        return []
    conds: list[Any] = []

    def has(name: str) -> Any:
        value = getattr(flt, name, None)
        return None if value in (None, "") else value

    if (v := has("status")) is not None:
        conds.append(col(Article.status) == v)
    if (v := has("source")) is not None:
        conds.append(col(Article.source) == v)
    if (v := has("collection")) is not None:
        conds.append(col(Article.collection) == v)
    if (v := has("date_from")) is not None:
        conds.append(col(Article.published) >= _day(v))
    if (v := has("date_to")) is not None:
        if isinstance(v, datetime):  # an exact moment is inclusive, a day includes all of it
            conds.append(col(Article.published) <= _day(v))
        else:
            conds.append(col(Article.published) < _day(v) + timedelta(days=1))
    if (v := has("annotator")) is not None:
        conds.append(col(Claim.annotator) == v)
    for name in ("stance", "topic"):
        if (v := has(name)) is not None:
            conds.append(
                exists().where(
                    and_(col(ClaimLabel.claim_id) == col(Claim.id), col(ClaimLabel.label_id) == v)
                )
            )
    if has("search") is not None or has("entity") is not None:
        # full-text and entity filters belong to the repository; ask it which articles match
        import json

        ids = project.repo.article_ids(flt)
        conds.append(
            col(Claim.article_id).in_(
                select(literal_column("value")).select_from(func.json_each(json.dumps(ids)))
            )
        )
    return conds


def _day(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.combine(value, time())


def claim_count(project: Project, flt: Any = None) -> int:
    """How many claims ``iter_claims(project, flt)`` yields."""
    stmt = (
        select(func.count())
        .select_from(Claim)
        .join(Article, col(Article.id) == col(Claim.article_id))
    )
    for cond in _claim_conditions(project, flt):
        stmt = stmt.where(cond)
    with project.session() as s:
        return int(s.exec(stmt).one())


def iter_claims(project: Project, flt: Any = None, *, chunk: int = 1000) -> Iterator[ClaimRow]:
    """Every claim matching ``flt`` with its article's fields, by article then text order.

    Rows are streamed ``chunk`` at a time from one read transaction; label ids come in
    the same query, so memory stays flat however many claims there are.
    """
    labels = (
        select(func.group_concat(ClaimLabel.label_id))
        .where(col(ClaimLabel.claim_id) == col(Claim.id))
        .scalar_subquery()
    )
    stmt = (
        _columns(
            Claim.id,
            Claim.article_id,
            Claim.start,
            Claim.end,
            Claim.quote,
            Claim.context_before,
            Claim.context_after,
            Claim.note,
            Claim.annotator,
            Claim.created,
            Claim.updated,
            labels,
            Article.title,
            Article.source,
            Article.published,
            Article.url,
            Article.lang,
            Article.collection,
            Article.status,
        )  # fmt: skip
        .join(Article, col(Article.id) == col(Claim.article_id))
        .order_by(col(Claim.article_id), col(Claim.start), col(Claim.end), col(Claim.id))
        .execution_options(yield_per=chunk)
    )
    for cond in _claim_conditions(project, flt):
        stmt = stmt.where(cond)
    with project.session() as s:
        for r in s.connection().execute(stmt):
            ids = tuple(sorted(int(i) for i in r[11].split(","))) if r[11] else ()
            yield ClaimRow(*r[:11], ids, *r[12:])  # type: ignore[arg-type,call-arg]
