"""Bulk mentions and the background fill of the entity cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from rareearth_desk.nlp.entities import engine_version, extract
from rareearth_desk.nlp.mention_codec import decode

TEXTS = [
    "美国国防部称,中国稀土集团在龙岩的产量达到2800万吨。",
    "MP Materials said Mountain Pass shipped 50,000 tons of NdFeB in 2024.",
    "工信部表示,镓和锗的出口管制将持续。",
]


def _project(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = pytest.importorskip("rareearth_desk.core.store")
    from rareearth_desk.core.records import ArticleRecord

    project = store.create_project(tmp_path / "p.redesk")
    ids = project.repo.add_articles(
        [ArticleRecord(title=f"t{i}", text=t) for i, t in enumerate(TEXTS)]
    )
    return project, [i for i in ids if i is not None]


def _text_of(project, aid: int) -> str:  # type: ignore[no-untyped-def]
    with project.connection() as conn:
        return str(conn.execute("SELECT text FROM article WHERE id = ?", (aid,)).fetchone()[0])


def _pairs(mentions: list) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(m.text, m.type) for m in mentions]


def test_fill_then_bulk_read_matches_extract(tmp_path: Path) -> None:
    from rareearth_desk.nlp.entity_jobs import fill_entity_cache, stale_article_ids
    from rareearth_desk.nlp.project_entities import mentions_for_articles

    project, ids = _project(tmp_path)
    with project:
        assert stale_article_ids(project) == ids
        before = mentions_for_articles(project, ids, compute=False)
        assert before == {}
        gen = fill_entity_cache(project, step=2)
        steps = []
        while True:
            try:
                steps.append(next(gen))
            except StopIteration as stop:
                assert stop.value == 3
                break
        assert [s.done for s in steps] == [0, 2, 3] and steps[-1].total == 3
        assert stale_article_ids(project) == []
        with project.connection() as conn:
            rows = conn.execute("SELECT article_id, key, mentions FROM entitycache").fetchall()
        assert len(rows) == 3 and all(k.startswith(engine_version() + ":") for _, k, _ in rows)
        got = mentions_for_articles(project, [*ids, 9999], light=True)
        assert got[9999] == []
        for aid, text in zip(ids, TEXTS, strict=True):
            assert _pairs(got[aid]) == _pairs(extract(text))
            assert all(text[m.start : m.end] == m.text for m in got[aid])
        assert ("龙岩", "GPE") in _pairs(got[ids[0]]) or ("龙岩", "LOC") in _pairs(got[ids[0]])


def test_bulk_read_applies_corrections_and_recomputes_bad_rows(tmp_path: Path) -> None:
    from rareearth_desk.core import annotate
    from rareearth_desk.nlp.project_entities import article_mentions, mentions_for_articles

    project, ids = _project(tmp_path)
    with project:
        mentions_for_articles(project, ids)
        annotate.add_entity_rule(project, "suppress", "工信部", "", None)
        annotate.add_entity_rule(project, "add", "产量", "MATERIAL", ids[0])
        with project.connection() as conn:
            conn.execute("UPDATE entitycache SET mentions = '[[0, 999, \"GPE\", null, null]]' "
                         "WHERE article_id = ?", (ids[1],))  # fmt: skip
        got = mentions_for_articles(project, ids, light=True)
        assert ("工信部", "ORG") not in _pairs(got[ids[2]])
        assert ("产量", "MATERIAL") in _pairs(got[ids[0]])
        for aid in ids:
            assert _pairs(got[aid]) == _pairs(article_mentions(project, aid))
        with project.connection() as conn:
            data = conn.execute(
                "SELECT mentions FROM entitycache WHERE article_id = ?", (ids[1],)
            ).fetchone()[0]
        assert data.startswith("2|")
        assert decode(data, _text_of(project, ids[1])) is not None
