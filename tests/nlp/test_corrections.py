"""Project corrections, the entity cache and the ``entities`` command."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from rareearth_desk.nlp.entities import Mention, engine_version, extract

TEXT = "特朗普称,美国将与澳大利亚合作。Lynas Rare Earths said 顾问 matters."


@dataclass
class Rule:
    action: str
    term: str
    entity_type: str = ""
    article_id: int | None = None


def spans(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in mentions]


def test_add_retype_suppress() -> None:
    base = spans(extract(TEXT))
    assert ("特朗普", "PERSON") in base and ("美国", "GPE") in base
    got = spans(
        extract(
            TEXT,
            [
                Rule("suppress", "美国"),
                Rule("retype", "澳大利亚", "LOC"),
                Rule("add", "lynas", "ORG"),
                Rule("add", "合作", "MATERIAL", article_id=7),
            ],
        )
    )
    assert ("美国", "GPE") not in got
    assert ("澳大利亚", "LOC") in got
    assert ("Lynas", "ORG") in got and ("Lynas Rare Earths", "ORG") not in got
    assert ("合作", "MATERIAL") in got


def test_article_rule_beats_project_rule() -> None:
    rules = [Rule("suppress", "特朗普", article_id=3), Rule("add", "特朗普", "ORG")]
    got = spans(extract(TEXT, rules))
    assert all(t != "特朗普" for t, _ in got)


def test_add_rule_for_traditional_text_and_offsets() -> None:
    text = "美國商務部稱"
    got = extract(text, [Rule("add", "商务部", "ORG")])
    assert [(m.text, m.type) for m in got if m.text == "商務部"] == [("商務部", "ORG")]
    for m in got:
        assert text[m.start : m.end] == m.text


def _project(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = pytest.importorskip("rareearth_desk.core.store")
    from rareearth_desk.core.records import ArticleRecord

    project = store.create_project(tmp_path / "p.redesk")
    ids = project.repo.add_articles([ArticleRecord(title="t", text=TEXT)])
    return project, ids[0]


def test_article_mentions_cache_and_rules(tmp_path: Path) -> None:
    from rareearth_desk.core import annotate
    from rareearth_desk.core.models import Article, EntityCache
    from rareearth_desk.nlp.mention_codec import decode
    from rareearth_desk.nlp.project_entities import article_mentions

    project, aid = _project(tmp_path)
    with project:
        first = article_mentions(project, aid)
        assert ("美国", "GPE") in spans(first)
        with project.session() as s:
            row = s.get(EntityCache, aid)
            assert row is not None and row.key.startswith(engine_version())
            cached = row.mentions
            article = s.get(Article, aid)
            assert article is not None
            decoded = decode(cached, article.text)
        assert decoded is not None and [(m.start, m.end, m.type) for m in decoded] == [
            (m.start, m.end, m.type) for m in first
        ]
        annotate.add_entity_rule(project, "suppress", "美国", "", None)
        annotate.add_entity_rule(project, "add", "顾问", "PERSON", aid)
        second = article_mentions(project, aid)
        assert ("美国", "GPE") not in spans(second)
        assert ("顾问", "PERSON") in spans(second)
        with project.session() as s:
            assert s.get(EntityCache, aid).mentions == cached  # type: ignore[union-attr]


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "rareearth_desk", "entities", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def test_command_json_and_errors(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("中國稀土集團稱,產量2800萬噸。", encoding="gb18030")
    done = _cli(str(f), "--json")
    assert done.returncode == 0, done.stderr
    items = json.loads(done.stdout)
    assert {"start": 0, "end": 6, "text": "中國稀土集團", "type": "ORG"} in items
    qty = [i for i in items if i["type"] == "QUANTITY"][0]
    assert qty["value"] == 2.8e7 and qty["unit"] == "t"
    piped = _cli("-", stdin="美国 90%".encode())
    assert piped.returncode == 0 and "GPE" in piped.stdout.decode()
    missing = _cli(str(tmp_path / "nope.txt"))
    assert missing.returncode == 1
    assert missing.stderr.decode().count("\n") == 1 and "nope.txt" in missing.stderr.decode()
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 20)
    bad = _cli(str(junk), "--json")
    assert bad.returncode == 1 and "junk.bin" in bad.stderr.decode()
    noproj = _cli(str(f), "--project", str(tmp_path / "none.redesk"))
    assert noproj.returncode == 2 and noproj.stderr.decode().count("\n") == 1


def test_command_project_rules(tmp_path: Path) -> None:
    from rareearth_desk.core import annotate

    project, aid = _project(tmp_path)
    with project:
        annotate.add_entity_rule(project, "suppress", "美国", "", None)
        annotate.add_entity_rule(project, "suppress", "特朗普", "", aid)
    f = tmp_path / "b.txt"
    f.write_text(TEXT, encoding="utf-8")
    done = _cli(str(f), "--json", "--project", str(tmp_path / "p.redesk"))
    assert done.returncode == 0, done.stderr
    texts = [i["text"] for i in json.loads(done.stdout)]
    assert "美国" not in texts and "特朗普" in texts
