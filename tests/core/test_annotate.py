"""Claims, labels, status, corrections, streaming for exports and re-anchoring."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from rareearth_desk.core import annotate as an
from rareearth_desk.core.codebook import load_codebook
from rareearth_desk.core.models import Article, Claim, ClaimLabel
from rareearth_desk.core.store import create_project
from rareearth_desk.core.text import content_hash

TEXT = "美国能源部称，芒廷山口矿将在2027年前实现重稀土分离。Analysts said prices will rise 20%. 𠀀补充句子。"


def add_article(project: Any, text: str = TEXT, **fields: Any) -> int:
    fields.setdefault("imported_at", datetime.now(UTC))
    with project.session() as s:
        a = Article(
            text=text, chars=len(text), content_hash=content_hash(text + repr(fields)), **fields
        )
        s.add(a)
        s.flush()
        assert a.id is not None
        return a.id


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Any]:
    p = create_project(tmp_path / "p.redesk")
    yield p
    p.close()


@pytest.fixture
def labels(project: Any) -> dict[str, int]:
    return {lab.key: lab.id for lab in load_codebook(project).labels}


def claim_rows(project: Any, claim_id: int) -> tuple[Any, list[int]]:
    with project.session() as s:
        c = s.get(Claim, claim_id)
        row = None if c is None else c.model_dump()
        ids = sorted(
            s.exec(select(ClaimLabel.label_id).where(ClaimLabel.claim_id == claim_id)).all()
        )
    return row, ids


def test_add_claim_stores_anchor_labels_and_starts_article(
    project: Any, labels: dict[str, int]
) -> None:
    aid = add_article(project)
    start = TEXT.index("芒廷山口矿")
    end = TEXT.index("。")
    ch = an.add_claim(
        project, aid, start, end, label_ids=[labels["supportive"], labels["mining"]], annotator="li"
    )
    assert ch.created_claim is not None and ch.claims == {ch.created_claim}
    assert ch.articles == {aid}
    view = an.get_claim(project, ch.created_claim)
    assert view.quote == "芒廷山口矿将在2027年前实现重稀土分离"
    assert view.stance_id == labels["supportive"]
    assert view.topic_ids == [labels["mining"]]
    assert view.annotator == "li"
    row, _ = claim_rows(project, ch.created_claim)
    assert row["context_before"] == "美国能源部称，"
    assert row["context_after"] == TEXT[end : end + 40]
    assert len(row["context_after"]) == 40
    with project.session() as s:
        assert s.get(Article, aid).status == "started"  # type: ignore[union-attr]


def test_add_claim_validates_span_and_labels(project: Any, labels: dict[str, int]) -> None:
    aid = add_article(project)
    for start, end in [(-1, 3), (5, 5), (6, 2), (0, len(TEXT) + 1)]:
        with pytest.raises(an.AnnotationError, match="outside|empty"):
            an.add_claim(project, aid, start, end)
    with pytest.raises(an.AnnotationError, match="single-choice"):
        an.add_claim(project, aid, 0, 3, label_ids=[labels["supportive"], labels["skeptical"]])
    with pytest.raises(an.AnnotationError, match="label 9999"):
        an.add_claim(project, aid, 0, 3, label_ids=[9999])
    with pytest.raises(an.AnnotationError, match="article 777"):
        an.add_claim(project, 777, 0, 3)
    assert an.claims_for_article(project, aid) == []
    # the whole text, up to the character outside the BMP at the end, is a valid span
    ch = an.add_claim(project, aid, 0, len(TEXT))
    assert an.get_claim(project, ch.created_claim).quote == TEXT  # type: ignore[arg-type]


def test_claims_for_article_in_text_order(project: Any) -> None:
    aid = add_article(project)
    other = add_article(project, "another text entirely")
    an.add_claim(project, aid, 30, 40)
    an.add_claim(project, aid, 2, 9)
    an.add_claim(project, aid, 2, 5)
    an.add_claim(project, other, 0, 4)
    assert [(c.start, c.end) for c in an.claims_for_article(project, aid)] == [
        (2, 5),
        (2, 9),
        (30, 40),
    ]


def test_delete_then_restore_gives_identical_rows(project: Any, labels: dict[str, int]) -> None:
    aid = add_article(project)
    cid = an.add_claim(
        project,
        aid,
        3,
        12,
        label_ids=[labels["skeptical"], labels["prices"], labels["magnets"]],
        note="n",
    ).created_claim
    assert cid is not None
    before = claim_rows(project, cid)
    ch = an.delete_claim(project, cid)
    assert isinstance(ch.undo, an.ClaimSnapshot)
    assert claim_rows(project, cid) == (None, [])
    back = an.restore_claim(project, ch.undo)
    assert back.created_claim == cid and back.messages == []
    assert claim_rows(project, cid) == before
    with pytest.raises(an.AnnotationError, match="already exists"):
        an.restore_claim(project, ch.undo)


def test_set_stance_replaces_and_clears(project: Any, labels: dict[str, int]) -> None:
    aid = add_article(project)
    cid = an.add_claim(
        project, aid, 0, 5, label_ids=[labels["neutral"], labels["prices"]]
    ).created_claim
    assert cid is not None
    ch = an.set_stance(project, cid, labels["skeptical"])
    assert sorted(ch.undo) == sorted([labels["neutral"], labels["prices"]])
    v = an.get_claim(project, cid)
    assert v.stance_id == labels["skeptical"] and v.topic_ids == [labels["prices"]]
    assert claim_rows(project, cid)[1] == sorted([labels["skeptical"], labels["prices"]])
    an.set_stance(project, cid, None)
    v = an.get_claim(project, cid)
    assert v.stance_id is None and v.topic_ids == [labels["prices"]]
    with pytest.raises(an.AnnotationError, match="not in a single-choice"):
        an.set_stance(project, cid, labels["mining"])
    # undo payload puts the earlier labels back
    an.set_labels(project, cid, ch.undo)
    assert an.get_claim(project, cid).stance_id == labels["neutral"]


def test_toggle_label_and_single_choice_invariant(project: Any, labels: dict[str, int]) -> None:
    aid = add_article(project)
    cid = an.add_claim(project, aid, 0, 5).created_claim
    assert cid is not None
    an.toggle_label(project, cid, labels["mining"])
    an.toggle_label(project, cid, labels["defence"])
    assert an.get_claim(project, cid).topic_ids == [labels["mining"], labels["defence"]]
    an.toggle_label(project, cid, labels["mining"])
    assert an.get_claim(project, cid).topic_ids == [labels["defence"]]
    an.toggle_label(project, cid, labels["supportive"])
    an.toggle_label(project, cid, labels["unclear"])  # replaces, never two stances
    assert claim_rows(project, cid)[1] == sorted([labels["defence"], labels["unclear"]])
    with pytest.raises(an.AnnotationError, match="single-choice"):
        an.set_labels(project, cid, [labels["supportive"], labels["neutral"]])
    assert claim_rows(project, cid)[1] == sorted([labels["defence"], labels["unclear"]])


def test_set_note_span_status(project: Any) -> None:
    aid = add_article(project)
    cid = an.add_claim(project, aid, 0, 5, note="old").created_claim
    assert cid is not None
    assert an.set_note(project, cid, "new").undo == "old"
    assert an.get_claim(project, cid).note == "new"
    ch = an.set_span(project, cid, 7, 12)
    assert ch.undo == (0, 5)
    v = an.get_claim(project, cid)
    assert (v.start, v.end, v.quote) == (7, 12, TEXT[7:12])
    assert claim_rows(project, cid)[0]["context_before"] == TEXT[:7]
    with pytest.raises(an.AnnotationError):
        an.set_span(project, cid, 5, 5000)
    assert an.set_status(project, aid, "done").undo == "started"
    with pytest.raises(an.AnnotationError, match="status"):
        an.set_status(project, aid, "finished")
    with pytest.raises(an.AnnotationError, match="claim 4242"):
        an.set_note(project, 4242, "x")


def test_entity_rules_scope_and_validation(project: Any) -> None:
    a1, a2 = add_article(project), add_article(project, "second text")
    r1 = an.add_entity_rule(project, "add", " 龙岩 ", "GPE").undo
    r2 = an.add_entity_rule(project, "suppress", "顾问", "PERSON", article_id=a1).undo
    an.add_entity_rule(project, "retype", "Lynas", "ORG", article_id=a2)
    rules = an.entity_rules(project, a1)
    assert [(r.id, r.term, r.entity_type, r.article_id) for r in rules] == [
        (r1, "龙岩", "GPE", None),
        (r2, "顾问", "", a1),
    ]
    with pytest.raises(an.AnnotationError, match="action"):
        an.add_entity_rule(project, "rename", "x", "ORG")
    with pytest.raises(an.AnnotationError, match="entity type"):
        an.add_entity_rule(project, "add", "x", "COMPANY")
    ch = an.remove_entity_rule(project, r2)
    assert ch.rules and ch.articles == {a1}
    assert [r.id for r in an.entity_rules(project, a1)] == [r1]
    an.restore_entity_rule(project, ch.undo)
    assert [r.id for r in an.entity_rules(project, a1)] == [r1, r2]


@dataclass
class Flt:
    status: str | None = None
    source: str | None = None
    collection: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    topic: int | None = None
    stance: int | None = None
    annotator: str | None = None


def test_iter_claims_streams_with_filters(project: Any, labels: dict[str, int]) -> None:
    a1 = add_article(
        project, source="新华网", published=datetime(2025, 3, 1, 9, tzinfo=UTC), collection="c1"
    )
    a2 = add_article(
        project,
        source="Reuters",
        published=datetime(2025, 4, 2, 23, 30, tzinfo=UTC),
        collection="c2",
    )
    sup, ske, mining, prices = (labels[k] for k in ("supportive", "skeptical", "mining", "prices"))
    for i in range(30):
        an.add_claim(project, a1, i, i + 3, label_ids=[sup, mining] if i % 3 == 0 else [ske],
                     annotator="li" if i % 2 else "wang")  # fmt: skip
    an.add_claim(project, a2, 1, 4, label_ids=[ske, prices, mining], annotator="li")
    rows = list(an.iter_claims(project, chunk=7))
    assert len(rows) == 31 == an.claim_count(project)
    assert [r.start for r in rows[:30]] == list(range(30)) and rows[30].article_id == a2
    assert rows[30].label_ids == tuple(sorted([ske, prices, mining]))
    assert (rows[30].source, rows[30].collection, rows[30].quote) == ("Reuters", "c2", TEXT[1:4])
    cases = [
        (Flt(stance=sup), 10),
        (Flt(topic=mining), 11),
        (Flt(topic=mining, annotator="li"), 1 + 5),
        (Flt(source="Reuters"), 1),
        (Flt(collection="c1", annotator="wang"), 15),
        (Flt(date_from=date(2025, 4, 2)), 1),
        (Flt(date_to=date(2025, 4, 1)), 30),
        (Flt(date_to=date(2025, 4, 2)), 31),
        (Flt(date_to=datetime(2025, 4, 2, 23, 0)), 30),  # a moment, not a whole day
        (Flt(status="done"), 0),
    ]
    for flt, n in cases:
        got = list(an.iter_claims(project, flt, chunk=4))
        assert len(got) == n == an.claim_count(project, flt), flt
    assert all(mining in r.label_ids for r in an.iter_claims(project, Flt(topic=mining)))


def test_iter_claims_with_full_text_filter(project: Any, labels: dict[str, int]) -> None:
    from rareearth_desk.core.repository import ArticleFilter

    a1 = add_article(project, "龙岩稀土项目开工。另一句。")
    a2 = add_article(project, "Lynas expands Kalgoorlie. Another sentence.")
    an.add_claim(project, a1, 0, 6, label_ids=[labels["supportive"]], annotator="li")
    an.add_claim(project, a1, 7, 10, annotator="wang")
    an.add_claim(project, a2, 0, 24, label_ids=[labels["supportive"]], annotator="li")
    flt = ArticleFilter(search="龙岩")
    assert [(r.article_id, r.start) for r in an.iter_claims(project, flt)] == [(a1, 0), (a1, 7)]
    flt = ArticleFilter(search="龙岩", annotator="wang")
    assert [(r.article_id, r.start) for r in an.iter_claims(project, flt)] == [(a1, 7)]
    flt = ArticleFilter(stance=labels["supportive"])
    assert an.claim_count(project, flt) == 2
    assert an.claim_count(project, ArticleFilter(search="Kalgoorlie")) == 1
    assert an.claim_count(project, ArticleFilter(search="镓")) == 0


def test_changes_combine() -> None:
    a = an.Changes(articles={1}, claims={2}, undo="x", messages=["m"])
    b = an.Changes(articles={3}, codebook=True, created_claim=9)
    c = a | b
    assert (c.articles, c.claims, c.codebook, c.created_claim, c.undo, c.messages) == (
        {1, 3}, {2}, True, 9, "x", ["m"],
    )  # fmt: skip


# ---------------------------------------------------------------- reanchor


def test_reanchor_exact_offsets_kept() -> None:
    assert an.reanchor(TEXT, TEXT[3:9], "", "", 3, 9) == (3, 9)


def test_reanchor_after_text_moved() -> None:
    old = "前言。中国将限制镓出口。结尾。"
    start = old.index("中国")
    end = old.index("。", start)
    quote, before, after = old[start:end], old[:start], old[end:]
    new = "新增一段很长的导语，说明背景。" + old
    got = an.reanchor(new, quote, before, after, start, end)
    assert got is not None and new[got[0] : got[1]] == quote
    assert got[0] == start + len("新增一段很长的导语，说明背景。")


def test_reanchor_picks_occurrence_by_context() -> None:
    text = "A said prices rise. B noted output. C said prices rise. D ends."
    quote = "prices rise"
    second = text.rindex(quote)
    # stored context says "C said", even though the stale offset is nearer the first
    got = an.reanchor("X" + text, quote, "C said ", ". D ends.", 0, len(quote))
    assert got == (second + 1, second + 1 + len(quote))


def test_reanchor_tolerates_spacing_and_reports_loss() -> None:
    text = "Analysts  said\nprices will rise."
    got = an.reanchor(text, "said prices", "Analysts ", " will", 9, 20)
    assert got is not None and text[got[0] : got[1]] == "said\nprices"
    assert an.reanchor(text, "gallium", "", "", 0, 7) is None
    assert an.reanchor(text, "", "", "", 0, 0) is None


def test_reanchor_quote_edited_inside_found_by_context() -> None:
    old = "Industry Overview. Lynas said output rose 12%[3][12] in the quarter. Next point here."
    start = old.index("Lynas")
    end = old.index(" in the quarter") + len(" in the quarter")
    quote = old[start:end]
    before, after = old[max(0, start - 40) : start], old[end : end + 40]
    new = "Preface. " + old.replace("[3][12]", "")
    got = an.reanchor(new, quote, before, after, start, end)
    assert got is not None
    assert new[got[0] : got[1]] == "Lynas said output rose 12% in the quarter"
    # without enough context on both sides the claim is reported lost, not guessed
    assert an.reanchor(new, quote, "", after, start, end) is None


def test_changes_record_for_new_claim_time(project: Any) -> None:
    aid = add_article(project)
    t0 = datetime.now(UTC).replace(microsecond=0)
    cid = an.add_claim(project, aid, 0, 2).created_claim
    v = an.get_claim(project, cid)  # type: ignore[arg-type]
    assert v.created.replace(tzinfo=UTC) >= t0 and v.created == v.updated
