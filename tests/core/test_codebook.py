"""The codebook: default data, look-up, edits, delete and merge with claims, the file format."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from rareearth_desk.core import annotate as an
from rareearth_desk.core import codebook as cbm
from rareearth_desk.core import codebook_edit as ed
from rareearth_desk.core.models import Article, ClaimLabel, Dimension, Label
from rareearth_desk.core.store import create_project
from rareearth_desk.core.text import content_hash


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Any]:
    p = create_project(tmp_path / "p.redesk")
    yield p
    p.close()


@pytest.fixture
def ids(project: Any) -> dict[str, int]:
    return {lab.key: lab.id for lab in cbm.load_codebook(project).labels}


def article(project: Any, text: str = "中国将限制镓和锗的出口。Prices rose 20% in May.") -> int:
    with project.session() as s:
        a = Article(
            text=text,
            chars=len(text),
            content_hash=content_hash(text),
            imported_at=datetime.now(UTC),
        )
        s.add(a)
        s.flush()
        assert a.id is not None
        return a.id


def labels_of(project: Any, claim_id: int) -> list[int]:
    with project.session() as s:
        return sorted(
            s.exec(select(ClaimLabel.label_id).where(ClaimLabel.claim_id == claim_id)).all()
        )


def all_rows(project: Any) -> tuple[list[Any], list[Any], list[Any]]:
    with project.session() as s:
        dims = [d.model_dump() for d in s.exec(select(Dimension).order_by(Dimension.id)).all()]
        labs = [x.model_dump() for x in s.exec(select(Label).order_by(Label.id)).all()]
        pairs = sorted((c.claim_id, c.label_id) for c in s.exec(select(ClaimLabel)).all())
    return dims, labs, pairs


# ---------------------------------------------------------------- reading


def test_default_codebook_seeded_and_read(project: Any) -> None:
    cb = cbm.load_codebook(project)
    assert [d.key for d in cb.dimensions] == ["stance", "topic"]
    stance = cb.stance_dimension
    assert stance is not None and stance.kind == "single"
    assert [lab.name_zh for lab in stance.labels] == ["支持", "质疑", "中立", "不明"]
    assert len(cb.dimensions[1].labels) == 12 and cb.dimensions[1].kind == "multi"
    q = cb.by_shortcut("q")
    assert q is not None and q.key == "mining" and cb.label(q.id) == q
    assert cb.by_shortcut("Z") is None
    assert cbm.default_codebook_data()["dimensions"][0]["labels"][0]["key"] == "supportive"


def test_resolve_label_by_key_or_name_in_either_language(project: Any) -> None:
    cb = cbm.load_codebook(project)
    assert cbm.resolve_label(cb, "SKEPTICAL").key == "skeptical"  # type: ignore[union-attr]
    assert cbm.resolve_label(cb, " 质疑 ").key == "skeptical"  # type: ignore[union-attr]
    assert cbm.resolve_label(cb, "prices & markets").key == "prices"  # type: ignore[union-attr]
    assert cbm.resolve_label(cb, "nonsense") is None
    assert cbm.resolve_label(cb, "mining", dimension="stance") is None
    with project.session() as s:
        assert cbm.resolve_label(s, "供应链依赖").key == "dependence"  # type: ignore[union-attr]


# ---------------------------------------------------------------- edits


def test_add_rename_recolour_describe_reorder(project: Any) -> None:
    topic = cbm.load_codebook(project).dimension_by_key("topic")
    assert topic is not None
    ch = ed.add_label(project, topic.id, "回收", "Recycling", shortcut="F")
    assert ch.codebook and isinstance(ch.undo, int)
    new = cbm.load_codebook(project).label(ch.undo)
    assert new is not None and (new.key, new.shortcut, new.position) == ("recycling", "F", 12)
    assert ed.rename_label(project, new.id, "再生", "Recovery").undo == {
        "name_zh": "回收",
        "name_en": "Recycling",
    }
    ed.recolour_label(project, new.id, "#ABCDEF")
    ed.set_label_description(project, new.id, " Scrap and recycling. ")
    lab = cbm.load_codebook(project).label(new.id)
    assert lab is not None
    assert (lab.name_zh, lab.name_en, lab.colour, lab.description) == (
        "再生", "Recovery", "#abcdef", "Scrap and recycling.",
    )  # fmt: skip
    with pytest.raises(cbm.CodebookError, match="colour"):
        ed.recolour_label(project, new.id, "red")
    order = [lab.id for lab in cbm.load_codebook(project).dimension_by_key("topic").labels]  # type: ignore[union-attr]
    ch = ed.reorder_labels(project, topic.id, list(reversed(order)))
    assert ch.undo == order
    assert [x.id for x in cbm.load_codebook(project).dimension_by_key("topic").labels] == order[
        ::-1
    ]  # type: ignore[union-attr]
    with pytest.raises(cbm.CodebookError, match="every label"):
        ed.reorder_labels(project, topic.id, order[:-1])


def test_rename_names_claims_and_dimension_order(project: Any, ids: dict[str, int]) -> None:
    aid = article(project)
    cid = an.add_claim(project, aid, 0, 3, label_ids=[ids["prices"]]).created_claim
    ch = ed.rename_label(project, ids["prices"], "价格", "Prices")
    assert ch.claims == {cid} and ch.articles == {aid} and ch.codebook
    assert cbm.resolve_label(project, "价格").id == ids["prices"]  # type: ignore[union-attr]
    with pytest.raises(cbm.CodebookError, match="name"):
        ed.rename_label(project, ids["prices"], " ", "")
    dims = [d.id for d in cbm.load_codebook(project).dimensions]
    assert ed.reorder_dimensions(project, dims[::-1]).undo == dims
    cb = cbm.load_codebook(project)
    assert [d.key for d in cb.dimensions] == ["topic", "stance"]
    assert cb.stance_dimension.key == "stance"  # type: ignore[union-attr]
    with pytest.raises(cbm.CodebookError, match="every dimension"):
        ed.reorder_dimensions(project, dims[:1])
    with pytest.raises(cbm.CodebookError, match="already exists"):
        ed.add_label(project, dims[1], "x", "y", key="mining")
    with pytest.raises(cbm.CodebookError, match="letters"):
        ed.add_dimension(project, "x", "y", key="two words")
    with pytest.raises(cbm.CodebookError, match="kind"):
        ed.add_dimension(project, "x", "y", "several")


def test_shortcut_clash_refused_and_detected(project: Any, ids: dict[str, int]) -> None:
    with pytest.raises(cbm.CodebookError, match='"q" is already used by label "Mining'):
        ed.set_shortcut(project, ids["prices"], "q")
    ed.set_shortcut(project, ids["prices"], "x")
    assert cbm.load_codebook(project).label(ids["prices"]).shortcut == "x"  # type: ignore[union-attr]
    assert ed.set_shortcut(project, ids["prices"], "X").undo == {"shortcut": "x"}  # own key: fine
    with pytest.raises(cbm.CodebookError, match="one key"):
        ed.set_shortcut(project, ids["prices"], "F5")
    assert ed.shortcut_clashes(cbm.load_codebook(project)) == []
    # a clash made behind the edits' back (e.g. an older file) is found
    with project.session() as s:
        lab = s.get(Label, ids["defence"])
        lab.shortcut = "w"  # type: ignore[union-attr]
        s.add(lab)
    clashes = ed.shortcut_clashes(cbm.load_codebook(project))
    assert [(c.key, sorted(x.key for x in c.labels)) for c in clashes] == [
        ("W", ["defence", "processing"])
    ]


def test_dimensions_add_rename_delete(project: Any, ids: dict[str, int]) -> None:
    ch = ed.add_dimension(project, "来源类型", "Source type", "single")
    dim_id = ch.undo
    a = ed.add_label(project, dim_id, "官方", "Official").undo
    b = ed.add_label(project, dim_id, "媒体", "Media").undo
    cb = cbm.load_codebook(project)
    d = cb.dimension(dim_id)
    assert d is not None and d.key == "source_type" and [x.id for x in d.labels] == [a, b]
    assert cb.stance_dimension.key == "stance"  # type: ignore[union-attr]
    ed.rename_dimension(project, dim_id, "来源", "Source")
    aid = article(project)
    cid = an.add_claim(project, aid, 0, 4, label_ids=[a, ids["neutral"]]).created_claim
    assert cid is not None
    with pytest.raises(an.AnnotationError, match="single-choice"):
        an.set_labels(project, cid, [a, b])
    with pytest.raises(ed.LabelInUseError) as err:
        ed.delete_dimension(project, dim_id)
    assert err.value.claim_ids == [cid]
    before = all_rows(project)
    ch = ed.delete_dimension(project, dim_id, force=True)
    assert ch.claims == {cid} and ch.articles == {aid}
    assert cbm.load_codebook(project).dimension(dim_id) is None
    assert labels_of(project, cid) == [ids["neutral"]]
    ed.restore_labels(project, ch.undo)
    assert all_rows(project) == before


def test_delete_label_in_use_needs_a_decision(project: Any, ids: dict[str, int]) -> None:
    aid = article(project)
    c1 = an.add_claim(
        project, aid, 0, 3, label_ids=[ids["supportive"], ids["prices"]]
    ).created_claim
    c2 = an.add_claim(project, aid, 4, 8, label_ids=[ids["prices"], ids["mining"]]).created_claim
    c3 = an.add_claim(project, aid, 9, 12, label_ids=[ids["mining"]]).created_claim
    assert ed.claims_using_label(project, ids["prices"]) == [c1, c2]
    with pytest.raises(ed.LabelInUseError) as err:
        ed.delete_label(project, ids["prices"])
    assert err.value.claim_ids == [c1, c2] and "2 claim" in str(err.value)
    assert cbm.load_codebook(project).label(ids["prices"]) is not None  # nothing dropped
    before = all_rows(project)
    ch = ed.delete_label(project, ids["prices"], force=True)
    assert ch.claims == {c1, c2} and ch.codebook
    assert labels_of(project, c1) == [ids["supportive"]]
    assert labels_of(project, c2) == [ids["mining"]]
    assert labels_of(project, c3) == [ids["mining"]]
    ed.restore_labels(project, ch.undo)
    assert all_rows(project) == before
    # an unused label goes without a question
    assert ed.delete_label(project, ids["diplomacy"]).claims == set()


def test_delete_label_with_reassign(project: Any, ids: dict[str, int]) -> None:
    aid = article(project)
    c1 = an.add_claim(project, aid, 0, 3, label_ids=[ids["prices"]]).created_claim
    c2 = an.add_claim(
        project, aid, 4, 8, label_ids=[ids["prices"], ids["investment"]]
    ).created_claim
    ch = ed.delete_label(project, ids["prices"], reassign_to=ids["investment"])
    assert ch.claims == {c1, c2}
    assert labels_of(project, c1) == [ids["investment"]]
    assert labels_of(project, c2) == [ids["investment"]]
    assert cbm.load_codebook(project).label(ids["prices"]) is None


def test_merge_single_choice_never_leaves_two_labels(project: Any, ids: dict[str, int]) -> None:
    aid = article(project)
    sup, ske, neu, mining = ids["supportive"], ids["skeptical"], ids["neutral"], ids["mining"]
    c1 = an.add_claim(project, aid, 0, 3, label_ids=[ske, mining]).created_claim
    c2 = an.add_claim(project, aid, 4, 8, label_ids=[neu]).created_claim
    c3 = an.add_claim(project, aid, 9, 12, label_ids=[sup]).created_claim
    assert c1 and c2 and c3
    before = all_rows(project)
    ch = ed.merge_labels(project, ske, neu)
    assert ch.claims == {c1}
    assert labels_of(project, c1) == sorted([neu, mining])
    assert labels_of(project, c2) == [neu] and labels_of(project, c3) == [sup]
    ed.restore_labels(project, ch.undo)
    assert all_rows(project) == before
    # a topic merged into a stance label replaces the claim's stance (and says so)
    ch = ed.merge_labels(project, mining, neu)
    assert labels_of(project, c1) == [neu]
    ch = ed.merge_labels(project, ids["prices"], sup)
    c4 = an.add_claim(project, aid, 13, 15, label_ids=[ske, ids["magnets"]]).created_claim
    ch = ed.merge_labels(project, ids["magnets"], sup)
    assert labels_of(project, c4) == [sup]  # type: ignore[arg-type]
    assert ch.messages == [f"claim {c4}: label {ske} replaced by {sup}"]
    for claim in (c1, c2, c3, c4):
        view = an.get_claim(project, claim)  # type: ignore[arg-type]
        assert view.topic_ids == []
    with pytest.raises(cbm.CodebookError, match="itself"):
        ed.merge_labels(project, sup, sup)


def test_edits_are_reachable_from_codebook_module() -> None:
    assert cbm.delete_label is ed.delete_label
    assert cbm.LabelInUseError is ed.LabelInUseError
    with pytest.raises(AttributeError):
        cbm.no_such_thing  # noqa: B018


# ---------------------------------------------------------------- the file


def strip(cb: cbm.Codebook) -> list[Any]:
    return [
        (d.key, [(x.key, x.name_en, x.colour, x.shortcut) for x in d.labels]) for d in cb.dimensions
    ]


def test_export_import_round_trip(project: Any, tmp_path: Path) -> None:
    out = tmp_path / "codebook.json"
    cbm.export_codebook(project, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    default = cbm.default_codebook_data()
    assert data == default  # the shipped file survives a project unchanged
    other = create_project(tmp_path / "q.redesk")
    try:
        ed.add_label(other, cbm.load_codebook(other).dimensions[1].id, "回收", "Recycling")
        ch = ed.import_codebook(other, out)
        assert ch.codebook and ch.messages == []
        a = cbm.load_codebook(project)
        b = cbm.load_codebook(other)
        assert strip(b)[0] == strip(a)[0]
        assert strip(b)[1][1][:12] == strip(a)[1][1]
        assert strip(b)[1][1][12][0] == "recycling"  # kept, not dropped
    finally:
        other.close()


def test_import_merges_by_key_and_reports_kept_labels(
    project: Any, ids: dict[str, int], tmp_path: Path
) -> None:
    aid = article(project)
    cid = an.add_claim(project, aid, 0, 3, label_ids=[ids["unclear"], ids["defence"]]).created_claim
    data = cbm.default_codebook_data()
    stance = data["dimensions"][0]
    stance["labels"] = [lab for lab in stance["labels"] if lab["key"] != "unclear"]
    stance["labels"][0]["name_en"] = "In favour"
    stance["labels"].append(
        {
            "key": "mixed",
            "name_zh": "混合",
            "name_en": "Mixed",
            "colour": "#000000",
            "shortcut": "5",
        }
    )
    topic = data["dimensions"][1]
    topic["labels"] = [lab for lab in topic["labels"] if lab["key"] != "diplomacy"]
    for lab in topic["labels"]:
        if lab["key"] == "mining":
            lab["shortcut"] = "D"  # was S's neighbour; takes "D" from nobody
        if lab["key"] == "dependence":
            lab["shortcut"] = "Q"  # mining's old key
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    ch = ed.import_codebook(project, path)
    cb = cbm.load_codebook(project)
    assert cb.label(ids["supportive"]).name_en == "In favour"  # type: ignore[union-attr]
    assert cbm.resolve_label(cb, "mixed").shortcut == "5"  # type: ignore[union-attr]
    assert [x.key for x in cb.stance_dimension.labels] == [  # type: ignore[union-attr]
        "supportive", "skeptical", "neutral", "mixed", "unclear",
    ]  # fmt: skip
    assert cb.label(ids["diplomacy"]) is not None  # unused, still kept
    assert labels_of(project, cid) == sorted([ids["unclear"], ids["defence"]])
    assert ch.messages == [
        'label "Unclear" (stance/unclear) is not in the file and is kept: 1 claim(s) use it'
    ]
    assert cb.by_shortcut("q").key == "dependence"  # type: ignore[union-attr]
    assert ed.shortcut_clashes(cb) == []


def test_import_refuses_multi_to_single_when_claims_have_two(
    project: Any, ids: dict[str, int], tmp_path: Path
) -> None:
    aid = article(project)
    an.add_claim(project, aid, 0, 3, label_ids=[ids["mining"], ids["prices"]])
    data = cbm.default_codebook_data()
    data["dimensions"][1]["kind"] = "single"
    path = tmp_path / "single.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = all_rows(project)
    with pytest.raises(cbm.CodebookError, match='"topic" cannot become single-choice'):
        ed.import_codebook(project, path)
    assert all_rows(project) == before


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON: .*line 1"),
        ("[]", "must hold a JSON object"),
        ('{"format": "other", "dimensions": []}', 'format "other"'),
        ('{"dimensions": []}', 'non-empty "dimensions"'),
        (
            '{"dimensions": [{"key": "a b", "name_zh": "x", "name_en": "x"}]}',
            'dimension 1 needs a "key"',
        ),
        (
            '{"dimensions": [{"key": "a", "name_zh": "", "name_en": "x"}]}',
            'dimension "a" needs a non-empty "name_zh"',
        ),
        (
            '{"dimensions": [{"key": "a", "name_zh": "x", "name_en": "x", "kind": "many"}]}',
            'kind "many"',
        ),
        (
            '{"dimensions": [{"key": "a", "name_zh": "x", "name_en": "x", "labels": ['
            '{"key": "l", "name_zh": "x", "name_en": "x", "colour": "blue"}]}]}',
            'dimension "a", label "l" has colour \'blue\'',
        ),
        (
            '{"dimensions": [{"key": "a", "name_zh": "x", "name_en": "x", "labels": ['
            '{"key": "l", "name_zh": "x", "name_en": "x", "shortcut": "k"},'
            '{"key": "m", "name_zh": "y", "name_en": "y", "shortcut": "K"}]}]}',
            'label "m" has shortcut \'K\', already used by dimension "a", label "l"',
        ),
        (
            '{"dimensions": [{"key": "a", "name_zh": "x", "name_en": "x", "labels": ['
            '{"key": "l", "name_zh": "x", "name_en": "x"}, {"key": "l", "name_zh": "y", "name_en": "y"}]}]}',
            'label "l" appears twice',
        ),
    ],
)
def test_bad_codebook_file_gives_one_clear_error(
    project: Any, tmp_path: Path, content: str, problem: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    before = all_rows(project)
    with pytest.raises(cbm.CodebookError, match=problem) as err:
        ed.import_codebook(project, path)
    message = str(err.value)
    assert "\n" not in message and str(path) in message
    assert all_rows(project) == before


def test_missing_codebook_file(project: Any, tmp_path: Path) -> None:
    with pytest.raises(cbm.CodebookError, match="cannot read codebook file: .*nope.json"):
        ed.import_codebook(project, tmp_path / "nope.json")
