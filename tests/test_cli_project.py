"""The project commands as a user runs them: new, import, articles, stats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ARTICLE_KEYS = ["id", "title", "source", "published", "url", "lang", "collection", "excerpt",
                "chars", "claims"]  # fmt: skip


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rareearth_desk", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


def _one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("rareearth-desk"), lines[0]
    for fragment in fragments:
        assert fragment in lines[0]
    assert "Traceback" not in result.stderr


def test_new_empty_project_lists_and_counts(tmp_path: Path) -> None:
    path = tmp_path / "p.redesk"
    made = cli("new", path)
    assert made.returncode == 0, made.stderr
    assert str(path) in made.stdout and path.is_file()
    _one_line_error(cli("new", path), "already exists", str(path))

    listed = cli("articles", path, "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []

    stats = cli("stats", path, "--json")
    assert stats.returncode == 0, stats.stderr
    data = json.loads(stats.stdout)
    assert list(data)[:2] == ["articles", "claims"]
    assert data["articles"] == 0 and data["claims"] == 0
    assert data["by_status"] == {"new": 0, "started": 0, "done": 0}
    assert set(data["by_stance"]) == {"supportive", "skeptical", "neutral", "unclear"}

    readable = cli("stats", path)
    assert readable.returncode == 0 and "articles  0" in readable.stdout


def test_usage_and_project_errors(tmp_path: Path) -> None:
    _one_line_error(cli("articles"), "error")
    _one_line_error(cli("articles", tmp_path / "x.redesk", "--limit", "many"), "--limit")
    _one_line_error(cli("stats", tmp_path / "missing.redesk"), "not found", "missing.redesk")
    junk = tmp_path / "junk.redesk"
    junk.write_bytes(b"\x00garbage" * 100)
    _one_line_error(cli("articles", junk, "--json"), "damaged", "junk.redesk")
    _one_line_error(cli("import", junk, tmp_path), "damaged")


def test_import_then_list_search_and_count(tmp_path: Path) -> None:
    path = tmp_path / "p.redesk"
    assert cli("new", path).returncode == 0
    good = tmp_path / "note.txt"
    good.write_text(
        "龙岩稀土分离项目投产\n福建龙岩的稀土分离项目11月投产，产能将翻倍。\n", encoding="utf-8"
    )
    other = tmp_path / "lynas.md"
    other.write_text(
        "# Lynas expands\n\nLynas said dysprosium output in Malaysia rose.\n", encoding="utf-8"
    )
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"this is not a zip file")

    imported = cli("import", path, good, other, bad, "--json", "--collection", "试验")
    assert imported.returncode == 1, imported.stderr  # one file failed, the rest went in
    report = json.loads(imported.stdout)
    assert report["imported"] == 2 and report["duplicates"] == 0
    assert [Path(f["path"]).name for f in report["failed"]] == ["broken.docx"]
    assert "broken.docx" in imported.stderr

    again = cli("import", path, good, "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["duplicates"] == 1

    listed = json.loads(cli("articles", path, "--json").stdout)
    assert len(listed) == 2
    assert all(list(a) == ARTICLE_KEYS for a in listed)
    titles = {a["title"]: a for a in listed}
    zh = titles["龙岩稀土分离项目投产"]
    assert zh["lang"] == "zh" and zh["collection"] == "试验" and zh["claims"] == 0
    assert zh["chars"] > 10 and zh["excerpt"] is False

    found = json.loads(cli("articles", path, "--json", "--search", "龙岩").stdout)
    assert [a["title"] for a in found] == ["龙岩稀土分离项目投产"]
    found = json.loads(cli("articles", path, "--json", "--search", "dysprosium").stdout)
    assert [a["title"] for a in found] == ["Lynas expands"]
    limited = json.loads(cli("articles", path, "--json", "--limit", "1").stdout)
    assert len(limited) == 1

    table = cli("articles", path)
    assert table.returncode == 0 and "龙岩稀土分离项目投产" in table.stdout
    assert "2 articles" in table.stdout


def test_digest_import_keeps_published_times(tmp_path: Path, digest_path: Path) -> None:
    path = tmp_path / "d.redesk"
    assert cli("new", path).returncode == 0
    imported = cli("import", path, digest_path, "--json")
    assert imported.returncode == 0, imported.stderr
    report = json.loads(imported.stdout)
    assert report["imported"] > 3 and not report["failed"]
    listed = json.loads(cli("articles", path, "--json").stdout)
    by_title = {a["title"]: a for a in listed}
    first = by_title["美媒:想要跟中国竞争稀土,我们得搞定官僚习气"]
    assert first["published"] == "2025-11-30T06:28:00"
    assert first["source"] == "Guan Cha Zhe Wang"
    assert first["collection"] == "稀土自主化"
    stats = json.loads(cli("stats", path, "--json").stdout)
    assert stats["articles"] == len(listed) == report["imported"]


def test_damage_found_while_reading_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    from rareearth_desk import cli
    from rareearth_desk.core import store
    from rareearth_desk.core.records import ArticleRecord

    path = tmp_path / "big.redesk"
    with store.create_project(path) as project:
        project.repo.add_articles(
            ArticleRecord(title=f"t{i}", text=f"第{i}篇：稀土。" * 50) for i in range(400)
        )
    data = bytearray(path.read_bytes())
    for offset in range(8 * 4096, len(data) - 4096, 2 * 4096):
        data[offset : offset + 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))
    monkeypatch.setattr(store, "QUICK_CHECK_LIMIT", 0)  # as for a big file: no check before opening
    for command in (["stats", str(path), "--json"], ["articles", str(path), "--search", "稀土"]):
        code = cli.main(command)
        err = capsys.readouterr().err
        assert code == 2, err
        assert err.count("\n") == 1 and "damaged" in err and str(path) in err


def test_listing_into_a_closed_pipe_is_quiet(tmp_path: Path) -> None:
    from rareearth_desk.core.records import ArticleRecord
    from rareearth_desk.core.store import create_project

    path = tmp_path / "p.redesk"
    with create_project(path) as project:
        project.repo.add_articles(
            [
                ArticleRecord(title=f"稀土标题 {i} " * 8, text=f"第{i}篇 rare earths")
                for i in range(800)
            ]
        )
    for extra in (["--json"], []):
        # like `rareearth-desk articles p.redesk --json | head -1`: far more than a pipe holds
        proc = subprocess.Popen(
            [sys.executable, "-m", "rareearth_desk", "articles", str(path), *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=REPO,
        )
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=120) == 0
        assert first.split()[0] == (b"[" if extra else b"id")
        assert err == ""


def test_a_lone_project_path_means_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """`rareearth-desk file.redesk`, as a file manager starts it, opens the window on it."""
    from rareearth_desk import cli
    from rareearth_desk.commands import gui

    seen: list[tuple[str | None, list[str]]] = []
    monkeypatch.setattr(
        gui, "run_gui", lambda project, qt_args: seen.append((project, list(qt_args))) or 0
    )
    assert cli.main(["Some Project.redesk"]) == 0
    assert seen == [("Some Project.redesk", [])]
