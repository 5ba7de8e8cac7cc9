"""CSV and JSON Lines exports read back: the claims are the ones in the store."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_export_excel import article_records, run

from rareearth_desk.core.annotate import iter_claims
from rareearth_desk.core.codebook import load_codebook
from rareearth_desk.core.store import Project, create_project
from rareearth_desk.io.export_common import ExportError, ExportFilter
from rareearth_desk.io.export_text import export_csv, export_file, export_jsonl, format_of


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    p = create_project(tmp_path / "p.redesk")
    assert None not in p.repo.add_articles(article_records())
    yield p
    p.close()


def store_claims(project: Project) -> list[tuple[str, int, int, frozenset[str], str, str]]:
    """(quote, start, end, label keys, note, annotator) for every claim, by quote."""
    cb = load_codebook(project)
    out = []
    for c in iter_claims(project, None):
        keys = frozenset(cb.label(i).key for i in c.label_ids)  # type: ignore[union-attr]
        out.append((c.quote, c.start, c.end, keys, c.note, c.annotator))
    return sorted(out)


@pytest.mark.parametrize("labels", ["en", "zh", "keys"])
def test_jsonl_export_import_gives_the_same_claims(
    project: Project, tmp_path: Path, labels: str
) -> None:
    from rareearth_desk.io.importers import import_paths, run_import

    out = tmp_path / "all.jsonl"
    report = run(export_jsonl(project, out, labels=labels))
    assert (report.articles, report.claims) == (6, 7)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6
    first = json.loads(lines[0])
    assert set(first) >= {
        "title",
        "text",
        "source",
        "published",
        "url",
        "lang",
        "collection",
        "excerpt",
        "status",
        "claims",
    }
    assert set(first["claims"][0]) >= {
        "start",
        "end",
        "stance",
        "topics",
        "note",
        "annotator",
        "created",
        "updated",
    }
    again = create_project(tmp_path / "again.redesk")
    try:
        imported = run_import(import_paths(again, [out]))
        assert imported.failed == [] and imported.imported == 6
        assert store_claims(again) == store_claims(project)
        titles = sorted(a.title for a in again.repo.article_rows(again.repo.article_ids()))
        assert titles == sorted(r.title for r in article_records())
    finally:
        again.close()


def test_jsonl_keeps_text_dates_and_status(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    run(export_jsonl(project, out, lang="zh"))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_title = {r["title"]: r for r in records}
    zh = by_title["稀土出口管制"]
    assert zh["text"] == article_records()[0].text
    assert zh["published"] == "2025-03-01T09:30:00"
    assert zh["claims"][0]["stance"] == "质疑"
    assert by_title["Long"]["text"] == "稀土" * 50_000
    assert by_title["Control"]["published"] is None
    assert by_title["No claims here"]["claims"] == []


def test_csv_claims_match_the_store(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    report = run(export_csv(project, out, include_entities=False))
    assert report.rows == {"claims": 7}
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 7
    cb = load_codebook(project)
    names = {lab.name_en: lab.key for lab in cb.labels}
    got = []
    for r in rows:
        keys = {names[t] for t in r["Topics"].split("; ") if t}
        if r["Stance"]:
            keys.add(names[r["Stance"]])
        assert all(
            r[lab.name_en] == ("1" if lab.key in keys else "0")
            for d in cb.topic_dimensions
            for lab in d.labels
        )
        got.append(
            (r["Claim"], int(r["Start"]), int(r["End"]), frozenset(keys), r["Note"], r["Annotator"])
        )
    # the CSV keeps text exactly, control characters and over-long claims included
    assert sorted(got) == store_claims(project)
    hostile = next(r for r in rows if r["Note"] == "-2+3")
    assert hostile["Title"].startswith("=HYPERLINK(")
    assert hostile["Published"] == "2025-04-02T12:00:00"


def test_csv_articles_and_chinese_headers(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "articles.csv"
    run(export_csv(project, out, what="articles", lang="zh"))
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["编号", "标题", "来源", "发布时间"]
    assert len(rows) == 7
    no_claims = next(r for r in rows if r[1] == "No claims here")
    assert no_claims[9] == "0" and no_claims[10] == "未开始"


def test_csv_filter_and_cancel(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "bob.csv"
    run(export_csv(project, out, flt=ExportFilter(annotator="bob")))
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["Annotator"] for r in rows} == {"bob"} and len(rows) == 2
    out.write_text("previous", encoding="utf-8")
    report = run(export_csv(project, out, cancel=lambda: True))
    assert report.cancelled and out.read_text(encoding="utf-8") == "previous"
    keep = tmp_path / "keep.jsonl"
    keep.write_text("previous", encoding="utf-8")
    report = run(export_jsonl(project, keep, cancel=lambda: True))
    assert report.cancelled and keep.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.glob("*keep*")) == ["keep.jsonl"]


def test_format_by_extension(project: Project, tmp_path: Path) -> None:
    assert (
        format_of("a.XLSX") == "xlsx"
        and format_of("b.csv") == "csv"
        and format_of("c.jsonl") == "jsonl"
    )
    with pytest.raises(ExportError, match="unknown export format"):
        format_of("d.txt")
    report = run(export_file(project, tmp_path / "x.jsonl", include_entities=False, what="claims"))
    assert report.format == "jsonl"
