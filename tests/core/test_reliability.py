"""Killing the process at any moment loses nothing acknowledged and never damages the file.

A child process imports articles and tags claims in a loop, printing each id after its
commit returns; the parent kills it with SIGKILL at random moments, again and again, and
then checks the file with ``PRAGMA integrity_check`` and looks for every acknowledged write.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from rareearth_desk.core.store import create_project, open_project

REPO = Path(__file__).resolve().parents[2]
KILLS = 15

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

WRITER = textwrap.dedent(
    """
    import sys
    from rareearth_desk.core.annotate import add_claim
    from rareearth_desk.core.records import ArticleRecord
    from rareearth_desk.core.store import open_project

    path, n = sys.argv[1], int(sys.argv[2])
    project = open_project(path, backup=False)
    print("ready", flush=True)
    while True:
        batch = [
            ArticleRecord(title=f"t{n}-{k}", text=f"第{n}篇第{k}段：龙岩稀土 article {n} {k}. " * 30)
            for k in range(5)
        ]
        ids = project.repo.add_articles(batch)
        print("a", n, *ids, flush=True)
        change = add_claim(project, ids[0], 0, 8, label_ids=[1], note=f"n{n}", annotator="k")
        print("c", change.created_claim, n, flush=True)
        n += 1
    """
)


def _spawn(path: Path, first: int) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(first)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    if line.strip() != "ready":
        child.kill()
        raise AssertionError(
            f"writer did not start: {line!r} {child.stderr.read() if child.stderr else ''}"
        )
    return child


def test_sigkill_at_random_moments_loses_no_acknowledged_write(tmp_path: Path) -> None:
    path = tmp_path / "kill.redesk"
    create_project(path).close()
    rng = random.Random(20251130)
    articles: dict[int, str] = {}  # id -> title
    claims: dict[int, str] = {}  # id -> note
    for round_ in range(KILLS):
        child = _spawn(path, first=round_ * 100_000)
        time.sleep(rng.uniform(0.02, 0.3))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
        assert child.returncode == -signal.SIGKILL
        for line in out.splitlines():
            parts = line.split()
            if parts[:1] == ["a"] and len(parts) == 7:
                n = parts[1]
                for k, article_id in enumerate(parts[2:]):
                    articles[int(article_id)] = f"t{n}-{k}"
            elif parts[:1] == ["c"] and len(parts) == 3:
                claims[int(parts[1])] = f"n{parts[2]}"
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    assert len(articles) > KILLS and claims, "the writer never got to write"
    with open_project(path, backup=False) as project, project.connection() as conn:
        stored = dict(conn.execute("SELECT id, title FROM article"))
        stored_claims = dict(conn.execute("SELECT id, note FROM claim"))
        labelled = {
            r[0] for r in conn.execute("SELECT claim_id FROM claimlabel WHERE label_id = 1")
        }
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO article_fts(article_fts) VALUES ('integrity-check')")
        # every article is whole: each one written is found by the index
        assert len(project.repo.search("龙岩", limit=None)) == len(stored)
    for article_id, title in articles.items():
        assert stored.get(article_id) == title
    for claim_id, note in claims.items():
        assert stored_claims.get(claim_id) == note
        assert claim_id in labelled
    # batches are all or nothing
    assert len(stored) % 5 == 0


READER = textwrap.dedent(
    """
    import sys
    from rareearth_desk.core.store import ProjectLockedError, open_project

    path = sys.argv[1]
    try:
        open_project(path)
    except ProjectLockedError as exc:
        print("locked:", exc, flush=True)
    counts = []
    for _ in range(20):
        with open_project(path, lock=False, backup=False) as project:
            before = project.repo.article_count()
            found = len(project.repo.search("稀土", limit=None))
            counts.append(project.repo.article_count())
            assert before <= found <= counts[-1], (before, found, counts[-1])
    print("counts", *counts, flush=True)
    """
)


def test_two_processes_on_one_project(tmp_path: Path) -> None:
    path = tmp_path / "two.redesk"
    create_project(path).close()
    writer = _spawn(path, first=0)
    try:
        reader = subprocess.run(
            [sys.executable, "-c", READER, str(path)],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=120,
        )
    finally:
        writer.kill()
        writer.communicate()
    assert reader.returncode == 0, reader.stderr
    lines = reader.stdout.splitlines()
    assert lines[0].startswith("locked: project is already open in another window or process")
    counts = [int(c) for c in lines[1].split()[1:]]
    assert counts == sorted(counts) and counts[-1] > 0
    with open_project(path) as project:
        assert project.repo.article_count() >= counts[-1]
