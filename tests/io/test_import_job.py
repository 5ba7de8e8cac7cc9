"""import_paths into a real project: batches, duplicates, failures, cancel, claims, report."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rareearth_desk.core.annotate import claims_for_article
from rareearth_desk.core.codebook import load_codebook
from rareearth_desk.core.store import create_project
from rareearth_desk.io.importers import Progress, import_paths, run_import


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Any]:
    p = create_project(tmp_path / "p.redesk")
    yield p
    p.close()


def _jsonl(path: Path, n: int, prefix: str = "article") -> Path:
    lines = [
        json.dumps({"title": f"{prefix} {i}", "text": f"{prefix} text number {i}."})
        for i in range(n)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_digest_import_and_second_import_adds_nothing(project: Any, digest_path: Path) -> None:
    report = run_import(import_paths(project, [digest_path]))
    assert report.to_json() == {
        "imported": 6,
        "duplicates": 0,
        "failed": [],
        "article_ids": report.article_ids,
        "cancelled": False,
    }
    assert len(report.article_ids) == 6
    article = project.repo.get_article(report.article_ids[0])
    assert article.collection == "稀土自主化" and article.excerpt is True
    assert article.source == "Guan Cha Zhe Wang"
    again = run_import(import_paths(project, [digest_path]))
    assert (again.imported, again.duplicates, again.article_ids) == (0, 6, [])
    assert project.repo.article_count() == 6
    assert set(project.repo.search("稀土")) == set(report.article_ids)


def test_good_files_import_beside_bad_ones(project: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title A\nText A.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.jsonl").write_text('{"text": "Text C"}\n{oops\n', encoding="utf-8")
    (tmp_path / "d.csv").write_text("name\nx\n", encoding="utf-8")
    report = run_import(import_paths(project, [tmp_path, tmp_path / "e.pdf"]))
    assert report.imported == 2
    failed = [(Path(f.path).name, f.line) for f in report.failed]
    assert failed == [("b.txt", None), ("c.jsonl", 2), ("d.csv", 1), ("e.pdf", None)]
    data = report.to_json()
    assert set(data) == {"imported", "duplicates", "failed", "article_ids", "cancelled"}
    assert set(data["failed"][0]) == {"path", "line", "reason"}
    json.dumps(data)  # serialisable


def test_batches_progress_and_duplicates_within_a_run(project: Any, tmp_path: Path) -> None:
    first = _jsonl(tmp_path / "one.jsonl", 25)
    second = _jsonl(tmp_path / "two.jsonl", 10)  # the same ten texts again
    job = import_paths(project, [first, second], batch_size=10)
    steps: list[Progress] = []
    while True:
        try:
            steps.append(next(job))
        except StopIteration as stop:
            report = stop.value
            break
    assert (report.imported, report.duplicates) == (25, 10)
    assert steps[0].done == 0 and steps[-1].done == steps[-1].total == 2
    assert any("imported" in s.message for s in steps)
    assert project.repo.article_count() == 25


def test_cancel_keeps_committed_batches_only(project: Any, tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "many.jsonl", 35)
    writes = 0
    real = project.repo.add_articles

    def counting(records: list[Any]) -> list[int | None]:
        nonlocal writes
        writes += 1
        result: list[int | None] = real(records)
        return result

    project.repo.add_articles = counting
    report = run_import(import_paths(project, [path], cancel=lambda: writes >= 2, batch_size=10))
    assert report.cancelled is True
    assert report.imported == 20 == project.repo.article_count()
    assert len(report.article_ids) == 20


def test_collection_option_applies_to_every_article(project: Any, tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "a.jsonl", 3)
    report = run_import(import_paths(project, [path], collection="镓锗"))
    assert {project.repo.get_article(i).collection for i in report.article_ids} == {"镓锗"}


def test_claims_round_trip_with_labels_in_either_language(project: Any, tmp_path: Path) -> None:
    text = "商务部称，\U00020000出口管制将继续。Prices will rise."
    rows = [
        {
            "title": "with claims",
            "text": text,
            "claims": [
                {"start": 0, "end": 14, "stance": "Skeptical", "topics": ["出口管制与贸易政策"]},
                {"start": 14, "end": 31, "stance": "支持", "topics": ["Prices & markets"]},
            ],
        },
        {"title": "bad label", "text": "Other text.", "claims": [{"start": 0, "end": 5, "stance": "Nonsense"}]},
        {"title": "plain", "text": "Third text."},
    ]  # fmt: skip
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    report = run_import(import_paths(project, [path]))
    assert report.imported == 2
    [failure] = report.failed
    assert failure.path == str(path) and failure.line == 2 and "Nonsense" in failure.reason
    article_id = report.article_ids[0]
    assert project.repo.get_article(article_id).text == text
    claims = claims_for_article(project, article_id)
    assert [(c.start, c.end, c.quote) for c in claims] == [
        (0, 14, text[0:14]),
        (14, 31, text[14:31]),
    ]
    codebook = load_codebook(project)
    names = {label.id: label.name_en for d in codebook.dimensions for label in d.labels}
    assert names[claims[0].stance_id] == "Skeptical"
    assert [names[t] for t in claims[0].topic_ids] == ["Export controls & trade policy"]
    assert names[claims[1].stance_id] == "Supportive"


def test_jsonl_export_round_trips(project: Any, tmp_path: Path) -> None:
    from rareearth_desk.io.export_text import export_jsonl

    text = "第一句。\u2028Line two\x85 with odd breaks \U0001f600 and more text."
    rows = [
        {"title": "odd", "text": text, "source": "S", "published": "2025-01-02T03:04:00",
         "collection": "C", "excerpt": True, "status": "done",
         "claims": [{"start": 5, "end": 13, "stance": "Neutral", "topics": ["Prices & markets"],
                     "note": "n", "annotator": "a"}]},
        {"title": "plain", "text": "Second article."},
    ]  # fmt: skip
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    first = run_import(import_paths(project, [source]))
    assert first.imported == 2 and first.failed == []
    out = tmp_path / "out.jsonl"
    for labels in ("zh", "en", "keys"):
        run_export = export_jsonl(project, out, labels=labels)
        while True:
            try:
                next(run_export)
            except StopIteration:
                break
        with create_project(tmp_path / f"copy-{labels}.redesk") as copy:
            report = run_import(import_paths(copy, [out]))
            assert report.imported == 2 and report.failed == []
            article = copy.repo.get_article(report.article_ids[0])
            assert article.text == text and article.status == "done" and article.excerpt
            [claim] = claims_for_article(copy, article.id)
            assert (claim.start, claim.end, claim.quote, claim.note) == (5, 13, text[5:13], "n")
            assert claim.stance_id is not None and len(claim.topic_ids) == 1


def test_import_pasted_text(project: Any, digest_path: Path) -> None:
    from rareearth_desk.io.importers import import_text

    report = import_text(project, digest_path.read_text(encoding="utf-8"))
    assert (report.imported, report.duplicates, report.failed) == (6, 0, [])
    assert project.repo.get_article(report.article_ids[0]).origin == "clipboard:5"
    again = import_text(project, digest_path.read_text(encoding="utf-8"), collection="x")
    assert (again.imported, again.duplicates) == (0, 6)
    single = import_text(project, "A pasted title\nAnd its text.", collection="粘贴")
    article = project.repo.get_article(single.article_ids[0])
    assert (article.title, article.text, article.collection) == (
        "A pasted title",
        "And its text.",
        "粘贴",
    )
    assert import_text(project, "   ").failed[0].reason == "no text to import"
