"""The Entities sheet written by a second process: the same workbook, and no loose ends."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from rareearth_desk.core.store import Project, create_project
from rareearth_desk.io import xlsx_entities
from rareearth_desk.io.export_excel import export_workbook

pytest.importorskip("rareearth_desk.nlp.project_entities")

from test_export_excel import article_records, cells  # noqa: E402


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    folder = tmp_path / "project"
    folder.mkdir()
    p = create_project(folder / "p.redesk")
    p.repo.add_articles(article_records())
    yield p
    p.close()


def _sheets(path: Path) -> dict[str, bytes]:
    """Every worksheet's XML by sheet name (About aside)."""
    import re

    with zipfile.ZipFile(path) as z:
        book = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        targets = {}
        for attrs in re.findall(r"<Relationship ([^>]*)/>", rels):
            found = dict(re.findall(r'(\w+)="([^"]*)"', attrs))
            targets[found["Id"]] = found["Target"].lstrip("/")
        out = {}
        for name, rid in re.findall(r'<sheet[^>]* name="([^"]+)"[^>]* r:id="(rId\d+)"', book):
            if name != "About":  # it carries the time of the export
                out[name] = z.read(targets[rid])
        return out


def _export(project: Project, out: Path, **kw: Any) -> tuple[Any, list[str]]:
    messages: list[str] = []
    gen = export_workbook(project, out, **kw)
    while True:
        try:
            messages.append(next(gen).message)
        except StopIteration as stop:
            return stop.value, messages


def test_same_workbook_from_either_process(project: Project, tmp_path: Path) -> None:
    here, _ = _export(project, tmp_path / "here.xlsx", entity_process=False)
    there, messages = _export(project, tmp_path / "there.xlsx", entity_process=True)
    assert any(m.startswith("entities of") for m in messages), messages
    assert there.rows == here.rows and there.warnings == here.warnings == []
    assert (here.entities_by, there.entities_by) == ("this process", "second process")
    assert here.rows["Entities"] > 10
    a, b = _sheets(tmp_path / "here.xlsx"), _sheets(tmp_path / "there.xlsx")
    assert list(a) == list(b)
    for name in ("Claims", "Articles", "Entities", "Summary", "Codebook"):
        assert a[name] == b[name], name
    rows = cells(tmp_path / "there.xlsx", "Entities")
    assert rows[0] == ["Article ID", "Title", "Entity", "Type", "Count", "Value", "Unit"]
    assert any(r[2] == "Lynas" for r in rows[1:])
    assert list(tmp_path.glob("*.parts*")) == [] and list(tmp_path.glob(".*")) == []


def test_continued_sheets_from_the_second_process(project: Project, tmp_path: Path) -> None:
    here, _ = _export(project, tmp_path / "here.xlsx", entity_process=False, row_limit=4)
    there, _ = _export(project, tmp_path / "there.xlsx", entity_process=True, row_limit=4)
    names = [n for n in _sheets(tmp_path / "there.xlsx") if n.startswith("Entities")]
    assert len(names) >= 3 and names[1] == "Entities (2)"
    assert there.rows == here.rows
    assert _sheets(tmp_path / "here.xlsx") == _sheets(tmp_path / "there.xlsx")
    _export(project, tmp_path / "whole.xlsx", entity_process=True)
    whole = cells(tmp_path / "whole.xlsx", "Entities")
    split = [cells(tmp_path / "there.xlsx", name) for name in names]
    assert all(len(part) <= 4 and part[0] == whole[0] for part in split)
    assert [row for part in split for row in part[1:]] == whole[1:]


def _broken(tmp_path: Path) -> Any:
    """A job whose process cannot open the project: it reports an error."""
    real = xlsx_entities.EntitySheetJob
    return lambda spec: real(replace(spec, project_path=str(tmp_path / "missing.redesk")))


def _killed(tmp_path: Path) -> Any:
    """A job whose process dies before it answers."""
    real = xlsx_entities.EntitySheetJob

    def start(spec: xlsx_entities.EntitySheetSpec) -> xlsx_entities.EntitySheetJob:
        job = real(spec)
        job._process.kill()
        return job

    return start


@pytest.mark.parametrize("make_job", [_broken, _killed], ids=["failing", "killed"])
def test_a_second_process_that_fails_leaves_the_sheet_to_the_export(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_job: Any
) -> None:
    monkeypatch.setattr(xlsx_entities, "EntitySheetJob", make_job(tmp_path))
    here, _ = _export(project, tmp_path / "here.xlsx", entity_process=False)
    there, _ = _export(project, tmp_path / "there.xlsx", entity_process=True)
    assert there.rows == here.rows and there.entities_by == "this process"
    assert _sheets(tmp_path / "here.xlsx") == _sheets(tmp_path / "there.xlsx")


def test_no_second_process_at_all_writes_the_sheet_here(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cannot(spec: Any) -> Any:
        raise OSError("no processes in this sandbox")

    monkeypatch.setattr(xlsx_entities, "EntitySheetJob", cannot)
    report, messages = _export(project, tmp_path / "x.xlsx", entity_process=True)
    assert not any(m.startswith("entities of") for m in messages)
    assert report.rows["Entities"] > 10


def test_cancel_while_the_second_process_works(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "keep"
    folder.mkdir()
    out = folder / "book.xlsx"
    out.write_bytes(b"previous export")
    jobs: list[xlsx_entities.EntitySheetJob] = []
    real = xlsx_entities.EntitySheetJob

    def tracked(spec: xlsx_entities.EntitySheetSpec) -> xlsx_entities.EntitySheetJob:
        jobs.append(real(spec))
        return jobs[-1]

    mp = pytest.MonkeyPatch()
    mp.setattr(xlsx_entities, "EntitySheetJob", tracked)
    try:
        state = {"waiting": False}

        def cancel() -> bool:
            return state["waiting"]

        gen = export_workbook(project, out, entity_process=True, cancel=cancel)
        report = None
        while True:
            try:
                progress = next(gen)
            except StopIteration as stop:
                report = stop.value
                break
            if progress.message.startswith(("entities of", "claims")):
                state["waiting"] = True
    finally:
        mp.undo()
    assert report is not None and report.cancelled
    assert len(jobs) == 1 and not jobs[0]._process.is_alive()
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in folder.iterdir()) == ["book.xlsx"]


def test_a_process_only_when_it_pays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_entities, "cores", lambda: 2)
    assert not xlsx_entities.worth_a_process(xlsx_entities.MIN_ARTICLES - 1)
    assert xlsx_entities.worth_a_process(xlsx_entities.MIN_ARTICLES)
    monkeypatch.setattr(xlsx_entities, "cores", lambda: 1)
    assert not xlsx_entities.worth_a_process(10 * xlsx_entities.MIN_ARTICLES)
