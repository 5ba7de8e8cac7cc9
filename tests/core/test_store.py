"""Opening and creating projects: checks, lock, read-only files, backups."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from rareearth_desk.core import migrations
from rareearth_desk.core.models import Dimension, Label
from rareearth_desk.core.records import ArticleRecord
from rareearth_desk.core.store import (
    ProjectDamagedError,
    ProjectError,
    ProjectLockedError,
    ProjectMissingError,
    ProjectTooNewError,
    back_up,
    backups_dir,
    create_project,
    list_backups,
    lock_path,
    open_project,
)

REPO = Path(__file__).resolve().parents[2]


def _records(n: int, tag: str = "") -> list[ArticleRecord]:
    return [
        ArticleRecord(title=f"标题{i}{tag}", text=f"第{i}篇{tag}：稀土出口管制。Article {i}{tag}.")
        for i in range(n)
    ]


def _new(tmp_path: Path, name: str = "p.redesk", n: int = 0) -> Path:
    path = tmp_path / name
    with create_project(path) as project:
        if n:
            project.repo.add_articles(_records(n))
    return path


def test_create_seeds_meta_and_codebook(tmp_path: Path) -> None:
    path = tmp_path / "new.redesk"
    with create_project(path) as project:
        meta = project.meta()
        assert meta["schema_version"] == str(migrations.SCHEMA_VERSION)
        assert meta["name"] == "new"
        assert meta["created"][:2] == "20"
        with project.session() as s:
            dims = s.exec(select(Dimension).order_by(Dimension.position)).all()
            assert [d.key for d in dims] == ["stance", "topic"]
            assert len(s.exec(select(Label)).all()) == 16
        assert project.read_only is False
    # a plain SQLite connection reads it, in WAL mode
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT value FROM meta WHERE key='app_version'").fetchone()[0]
    conn.close()
    assert not list(tmp_path.glob("*.creating*"))


def test_create_refuses_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "x.redesk"
    path.write_text("keep me")
    with pytest.raises(ProjectError, match="already exists"):
        create_project(path)
    assert path.read_text() == "keep me"


def test_create_in_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="folder not found"):
        create_project(tmp_path / "no" / "x.redesk")


def test_reopen_keeps_data_and_session_commits(tmp_path: Path) -> None:
    path = _new(tmp_path, n=3)
    with open_project(path) as project:
        assert project.repo.article_count() == 3
        with project.session() as s:
            s.add(Label(dimension_id=1, key="extra", name_zh="额外", name_en="Extra"))
        with pytest.raises(RuntimeError), project.session() as s:
            s.add(Label(dimension_id=1, key="lost", name_zh="丢", name_en="Lost"))
            s.flush()
            raise RuntimeError("boom")
    with open_project(path) as project, project.session() as s:
        keys = {lab.key for lab in s.exec(select(Label)).all()}
        assert "extra" in keys and "lost" not in keys
    assert not lock_path(path).exists()


def test_missing_project(tmp_path: Path) -> None:
    with pytest.raises(ProjectMissingError, match="not found.*nope.redesk"):
        open_project(tmp_path / "nope.redesk")


def test_second_open_in_same_process_is_locked(tmp_path: Path) -> None:
    path = _new(tmp_path)
    with open_project(path):
        with pytest.raises(ProjectLockedError, match="already open"):
            open_project(path)
        # a reader that does not lock may look
        with open_project(path, lock=False, backup=False) as reader:
            assert reader.repo.article_count() == 0
    with open_project(path):
        pass


_HOLDER = textwrap.dedent(
    """
    import sys
    from rareearth_desk.core.store import open_project
    p = open_project(sys.argv[1])
    print("open", flush=True)
    sys.stdin.read()
    """
)


def test_lock_from_second_process_and_released_on_kill(tmp_path: Path) -> None:
    path = _new(tmp_path)
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(ProjectLockedError, match=str(path.name)):
            open_project(path)
    finally:
        child.kill()
        child.wait()
    # the OS dropped the lock with the process; the stale lock file does not matter
    with open_project(path) as project:
        assert project.repo.article_count() == 0


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = _new(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(99),))
    conn.commit()
    conn.close()
    with pytest.raises(ProjectTooNewError, match="newer version") as info:
        open_project(path)
    assert "\n" not in str(info.value)
    # the refused file is left alone and unlocked
    assert not lock_path(path).exists()


def test_random_bytes_are_damaged(tmp_path: Path) -> None:
    path = tmp_path / "junk.redesk"
    path.write_bytes(os.urandom(5000))
    with pytest.raises(ProjectDamagedError, match="not a SQLite file.*junk.redesk"):
        open_project(path)


def test_empty_file_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "empty.redesk"
    path.write_bytes(b"")
    with pytest.raises(ProjectDamagedError, match="empty"):
        open_project(path)


def test_truncated_file_is_damaged_and_names_backup(tmp_path: Path) -> None:
    path = _new(tmp_path, n=300)
    backup = back_up(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ProjectDamagedError) as info:
        open_project(path)
    message = str(info.value)
    assert str(path) in message and str(backup) in message and "\n" not in message


def test_corrupt_pages_are_damaged(tmp_path: Path) -> None:
    path = _new(tmp_path, n=300)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, 3 * page):
        data[offset + 8 : offset + 400] = os.urandom(392)
    path.write_bytes(bytes(data))
    with pytest.raises(ProjectDamagedError, match="damaged"):
        open_project(path)


def test_sqlite_file_that_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "other.redesk"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectDamagedError, match="not a RareEarth Desk project"):
        open_project(path)


@pytest.fixture
def read_only_file(tmp_path: Path) -> Iterator[Path]:
    path = _new(tmp_path, n=2)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    yield path
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_file_opens_read_only(read_only_file: Path) -> None:
    with open_project(read_only_file) as project:
        assert project.read_only
        assert project.repo.article_count() == 2
        assert project.repo.search("稀土")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            project.repo.add_articles(_records(1, "new"))
    assert not lock_path(read_only_file).exists()


def test_read_only_file_needing_upgrade_is_refused(read_only_file: Path) -> None:
    read_only_file.chmod(stat.S_IRUSR | stat.S_IWUSR)
    conn = sqlite3.connect(read_only_file)
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    read_only_file.chmod(stat.S_IRUSR)
    from rareearth_desk.core.store import ProjectReadOnlyError

    with pytest.raises(ProjectReadOnlyError, match="read-only"):
        open_project(read_only_file)


def test_backups_rotate_and_skip_unchanged(tmp_path: Path) -> None:
    path = _new(tmp_path, n=1)
    for i in range(7):
        with open_project(path) as project:
            project.wait_for_backup()
            project.repo.add_articles(_records(1, f"round{i}"))
    backups = list_backups(path)
    assert len(backups) == 5
    assert backups_dir(path).is_dir()
    # the newest backup holds the state as it was opened the last time: 7 articles
    conn = sqlite3.connect(backups[-1])
    assert conn.execute("SELECT count(*) FROM article").fetchone()[0] == 7
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    # opened again without a change since the last backup: nothing new
    with open_project(path) as project:
        project.wait_for_backup()
    before = list_backups(path)
    with open_project(path) as project:
        assert project.backup is None
    assert list_backups(path) == before


def test_open_without_backup(tmp_path: Path) -> None:
    path = _new(tmp_path)
    with open_project(path, backup=False) as project:
        assert project.backup is None
    assert list_backups(path) == []


def test_backup_waits_a_moment_and_is_dropped_by_a_quick_close(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rareearth_desk.core import backups

    path = _new(tmp_path, n=1)
    monkeypatch.setattr(backups, "BACKUP_DELAY", 30.0)
    with open_project(path) as project:
        assert project.backup is not None
    assert project.backup.thread.join(5) is None and not project.backup.thread.is_alive()
    assert list_backups(path) == []
    monkeypatch.setattr(backups, "BACKUP_DELAY", 0.05)
    with open_project(path) as project:
        assert project.backup is not None
        project.backup.thread.join(10)
    assert len(list_backups(path)) == 1
