"""The rows every export writes: columns, headers in both languages, values.

``iter_bundles`` walks the exported articles in id order together with their claims
(streamed by ``core.annotate.iter_claims``) and, when asked, their entity mentions, one
article at a time, so memory stays flat. ``ClaimColumns`` and ``ARTICLE_COLUMNS`` turn a
bundle into the cells of the Claims and Articles sheets (and the CSV files);
``import_workbook`` reads the same headers back in either language.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rareearth_desk.core.annotate import ClaimRow
    from rareearth_desk.core.codebook import Codebook, LabelView
    from rareearth_desk.core.repository import ArticleRow
    from rareearth_desk.core.store import Project

TOPIC_SEPARATOR = "; "

# column key -> (English header, Chinese header)
CLAIM_HEADERS: dict[str, tuple[str, str]] = {
    "claim_id": ("Claim ID", "论断编号"),
    "article_id": ("Article ID", "文章编号"),
    "title": ("Title", "标题"),
    "source": ("Source", "来源"),
    "published": ("Published", "发布时间"),
    "claim": ("Claim", "论断"),
    "stance": ("Stance", "立场"),
    "topics": ("Topics", "主题"),
    # one column per topic label here
    "note": ("Note", "备注"),
    "annotator": ("Annotator", "标注人"),
    "created": ("Created", "创建时间"),
    "updated": ("Updated", "修改时间"),
    "start": ("Start", "起点"),
    "end": ("End", "终点"),
    "entities": ("Entities", "实体"),
}
ARTICLE_HEADERS: dict[str, tuple[str, str]] = {
    "id": ("ID", "编号"),
    "title": ("Title", "标题"),
    "source": ("Source", "来源"),
    "published": ("Published", "发布时间"),
    "url": ("URL", "链接"),
    "lang": ("Language", "语言"),
    "collection": ("Collection", "集合"),
    "excerpt": ("Excerpt", "摘录"),
    "chars": ("Characters", "字数"),
    "claims": ("Claims", "论断数"),
    "status": ("Status", "状态"),
    "annotators": ("Annotators", "标注人"),
}
ENTITY_HEADERS: dict[str, tuple[str, str]] = {
    "article_id": ("Article ID", "文章编号"),
    "title": ("Title", "标题"),
    "text": ("Entity", "实体"),
    "type": ("Type", "类型"),
    "count": ("Count", "次数"),
    "value": ("Value", "规范值"),
    "unit": ("Unit", "单位"),
}
STATUS_NAMES = {
    "new": ("new", "未开始"),
    "started": ("started", "进行中"),
    "done": ("done", "已完成"),
}


def yes_no(value: bool, lang: str) -> str:
    if lang == "zh":
        return "是" if value else "否"
    return "yes" if value else "no"


def header(table: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    en, zh = table[key]
    return zh if lang == "zh" else en


def status_name(status: str, lang: str) -> str:
    names = STATUS_NAMES.get(status)
    return (names[1] if lang == "zh" else names[0]) if names else status


@dataclass(slots=True)
class Bundle:
    """One exported article with its exported claims and (optionally) its mentions."""

    article: ArticleRow
    claims: list[ClaimRow] = field(default_factory=list)
    mentions: Sequence[Any] = field(default_factory=list)

    @property
    def annotators(self) -> list[str]:
        return sorted({c.annotator for c in self.claims if c.annotator})


class ClaimColumns:
    """The Claims columns for one codebook and language."""

    def __init__(self, codebook: Codebook, lang: str) -> None:
        self.lang = lang
        self.codebook = codebook
        stance_dim = codebook.stance_dimension
        self.stance_ids = {lab.id for lab in stance_dim.labels} if stance_dim else set()
        self.topic_labels: list[LabelView] = [
            lab for dim in codebook.topic_dimensions for lab in dim.labels
        ]
        self._topic_pos = {lab.id: i for i, lab in enumerate(self.topic_labels)}
        self._names = {lab.id: lab.name(lang) for lab in codebook.labels}
        keys = list(CLAIM_HEADERS)
        at = keys.index("note")
        self.keys = keys[:at] + [f"topic:{lab.key}" for lab in self.topic_labels] + keys[at:]
        heads = [header(CLAIM_HEADERS, k, lang) for k in keys]
        if stance_dim is not None:
            heads[keys.index("stance")] = stance_dim.name(lang)
        self.headers = heads[:at] + [lab.name(lang) for lab in self.topic_labels] + heads[at:]
        self.index = {k: i for i, k in enumerate(self.keys)}

    def stance_of(self, claim: ClaimRow) -> int | None:
        return next((i for i in claim.label_ids if i in self.stance_ids), None)

    def topics_of(self, claim: ClaimRow) -> list[int]:
        ids = [i for i in claim.label_ids if i in self._topic_pos]
        return sorted(ids, key=self._topic_pos.__getitem__)

    def values(
        self, claim: ClaimRow, stance: int | None, topics: list[int], entities: str
    ) -> list[Any]:
        """The row's cells, in column order (datetimes stay datetimes)."""
        flags = [0] * len(self.topic_labels)
        for t in topics:
            flags[self._topic_pos[t]] = 1
        names = self._names
        return [
            claim.claim_id,
            claim.article_id,
            claim.title,
            claim.source,
            claim.published,
            claim.quote,
            names[stance] if stance is not None else "",
            TOPIC_SEPARATOR.join(names[t] for t in topics),
            *flags,
            claim.note,
            claim.annotator,
            claim.created,
            claim.updated,
            claim.start,
            claim.end,
            entities,
        ]


ARTICLE_KEYS = list(ARTICLE_HEADERS)


def article_values(bundle: Bundle, lang: str) -> list[Any]:
    a = bundle.article
    return [
        a.id,
        a.title,
        a.source,
        a.published,
        a.url,
        a.lang,
        a.collection,
        yes_no(bool(a.excerpt), lang),
        a.chars,
        len(bundle.claims),
        status_name(a.status, lang),
        TOPIC_SEPARATOR.join(bundle.annotators),
    ]


def mentions_in(
    mentions: Sequence[Any], start: int, end: int, starts: Sequence[int] | None = None
) -> str:
    """Distinct mentions inside [start, end) as "text (TYPE); ..." in text order.

    ``mentions`` are sorted by start; ``starts`` (their start offsets) skips to the claim.
    """
    seen: dict[tuple[str, str], None] = {}
    first = bisect_left(starts, start) if starts is not None else 0
    ends = getattr(mentions, "ends", None)
    if ends is not None:  # columns (``nlp.mention_codec.LightMentions``): no tuples made
        begins, types, text = mentions.starts, mentions.types, mentions.text  # type: ignore[attr-defined]
        for i in range(first, len(begins)):
            s = begins[i]
            if s >= end:
                break
            if s >= start and ends[i] <= end:
                seen.setdefault((text[s : ends[i]], types[i]), None)
        return TOPIC_SEPARATOR.join(f"{text} ({kind})" for text, kind in seen)
    for i in range(first, len(mentions)):
        m = mentions[i]
        if m.start >= end:
            break
        if m.start >= start and m.end <= end:
            seen.setdefault((m.text, m.type), None)
    return TOPIC_SEPARATOR.join(f"{text} ({kind})" for text, kind in seen)


def entity_rows(bundle: Bundle) -> list[list[Any]]:
    """One row per distinct (text, type) of the article: id, title, text, type, count, value, unit."""
    a = bundle.article
    return entity_rows_for(a.id, a.title, bundle.mentions)


def entity_rows_for(aid: int, title: str, mentions: Sequence[Any]) -> list[list[Any]]:
    """``entity_rows`` from an article's id, title and sorted mentions."""
    if not mentions:
        return []
    texts = getattr(mentions, "texts", None)
    if texts is not None:  # columns (``nlp.mention_codec.LightMentions``): no tuples made
        return _rows_from_columns(aid, title, mentions)
    keys = [(m.text, m.type) for m in mentions]
    counts = Counter(keys)  # first occurrence first
    first = dict(zip(reversed(keys), reversed(mentions), strict=True))  # earliest wins
    out = []
    for key, n in counts.items():
        m = first[key]
        out.append([aid, title, key[0], key[1], n, m.value, m.unit or ""])
    return out


def _rows_from_columns(aid: int, title: str, mentions: Any) -> list[list[Any]]:
    keys = list(zip(mentions.texts(), mentions.types, strict=True))
    counts = Counter(keys)  # first occurrence first
    first = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))  # earliest
    values, units = mentions.values, mentions.units
    out = []
    for key, n in counts.items():
        i = first[key]
        out.append([aid, title, key[0], key[1], n, values[i], units[i] or ""])
    return out


def mention_starts(mentions: Sequence[Any]) -> Sequence[int]:
    """The start offsets of sorted mentions (columns have them ready)."""
    starts = getattr(mentions, "starts", None)
    return starts if starts is not None else [m.start for m in mentions]


def export_article_ids(project: Project, flt: Any) -> list[int]:
    return sorted(project.repo.article_ids(flt, order="id"))


def iter_bundles(
    project: Project,
    flt: Any,
    *,
    mentions: Callable[[Sequence[int]], dict[int, Sequence[Any]]] | None = None,
    article_ids: list[int] | None = None,
    mentions_with_claims_only: bool = False,
) -> Iterator[Bundle]:
    """Exported articles in id order, each with its matching claims (and mentions).

    Both streams are ordered by article id and merged; the article query is never
    narrower than the claim query, so every matching claim finds its article. With
    ``mentions_with_claims_only`` articles without claims get no mentions.
    """
    from rareearth_desk.core.annotate import iter_claims

    ids = article_ids if article_ids is not None else export_article_ids(project, flt)
    repo = project.repo
    claims = iter_claims(project, flt)
    try:
        pending = next(claims, None)
        chunk = 100 if mentions is not None else 500  # mentions may need the highlighter
        for pos in range(0, len(ids), chunk):
            part = ids[pos : pos + chunk]
            bundles = []
            for row in repo.article_rows(part):
                while pending is not None and pending.article_id < row.id:
                    pending = next(claims, None)
                bundle = Bundle(row)
                while pending is not None and pending.article_id == row.id:
                    bundle.claims.append(pending)
                    pending = next(claims, None)
                bundles.append(bundle)
            if mentions is not None:
                wanted = [
                    b.article.id for b in bundles if b.claims or not mentions_with_claims_only
                ]
                found = mentions(wanted) if wanted else {}
                for bundle in bundles:
                    bundle.mentions = found.get(bundle.article.id, [])
            yield from bundles
    finally:
        close = getattr(claims, "close", None)
        if close is not None:
            close()  # ends its read transaction now, not at garbage collection
