"""Rolling backups of a project file.

At each open a copy goes into ``data_dir()/backups/<stem>/``, in a background thread a
moment after opening, skipped when the file has not changed since the last copy; the
newest five are kept. A migration makes its own tagged copy first (``-before-v<N>``),
synchronously, and that one is never rotated away. Copies are made with SQLite's backup
API from a read-only connection, so a project in use is copied consistently.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

KEEP_BACKUPS = 5
BACKUP_DELAY = 3.0  # seconds after opening before the rolling backup starts


def backups_dir(path: Path) -> Path:
    from rareearth_desk.paths import data_dir

    return data_dir() / "backups" / path.stem


def list_backups(path: Path) -> list[Path]:
    """Backups of a project, oldest first."""
    folder = backups_dir(path)
    if not folder.is_dir():
        return []
    from rareearth_desk.core.store import SUFFIX

    return sorted(folder.glob(f"{path.stem}-*{SUFFIX}"), key=lambda p: p.name)


def newest_backup(path: Path) -> Path | None:
    found = list_backups(path)
    return found[-1] if found else None


def _signature(path: Path) -> list[int]:
    sig: list[int] = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = p.stat()
            sig += [st.st_size, st.st_mtime_ns]
        except FileNotFoundError:
            sig += [0, 0]
    return sig


def back_up(path: Path, tag: str = "") -> Path:
    """Copy the project into its backups folder with SQLite's backup API; return the copy.

    Untagged (rolling) backups beyond the newest five are removed; tagged ones (the
    copies made before an upgrade) are kept.
    """
    from rareearth_desk.core.store import SUFFIX, connect_read_only

    folder = backups_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    name = f"{path.stem}-{stamp}{'-' + tag if tag else ''}{SUFFIX}"
    target = folder / name
    partial = folder / (name + ".partial")
    for stale in folder.glob("*.partial"):
        stale.unlink(missing_ok=True)
    sig = _signature(path)
    src = connect_read_only(path)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(partial, target)
    if not tag:
        (folder / "last.json").write_text(json.dumps({"path": str(path), "signature": sig}))
        rolling = [p for p in list_backups(path) if "-before-v" not in p.name]
        for old in rolling[:-KEEP_BACKUPS]:
            old.unlink(missing_ok=True)
    return target


def _unchanged_since_backup(path: Path) -> bool:
    state = backups_dir(path) / "last.json"
    try:
        data = json.loads(state.read_text())
    except (OSError, ValueError):
        return False
    return bool(
        data.get("path") == str(path)
        and data.get("signature") == _signature(path)
        and newest_backup(path) is not None
    )


class BackupJob:
    """The rolling backup of an opened project, run in a thread a moment after opening
    (so that it does not compete with the start of the app), after a ``quick_check``
    when ``check``. ``wait`` starts it at once and waits; ``cancel`` drops it if it has
    not started yet."""

    def __init__(self, path: Path, check: bool, on_problem: Any = None):
        self.path = path
        self.check = check
        self.on_problem = on_problem
        self._hurry = threading.Event()
        self._cancelled = False
        self.thread = threading.Thread(target=self._run, name="project-backup", daemon=True)

    def _run(self) -> None:
        self._hurry.wait(BACKUP_DELAY)
        if self._cancelled:
            return
        from rareearth_desk.core.store import connect_read_only

        path = self.path
        try:
            if self.check:
                conn = connect_read_only(path)
                try:
                    row = conn.execute("PRAGMA quick_check(1)").fetchone()
                finally:
                    conn.close()
                if row is None or row[0] != "ok":
                    if self.on_problem is not None:
                        self.on_problem(str(row[0] if row else "check failed"))
                    return  # never let a damaged file push a good backup out
            back_up(path)
        except (OSError, sqlite3.Error) as exc:
            logging.getLogger(__name__).warning("backup of %s failed: %s", path, exc)

    def wait(self, timeout: float | None = None) -> None:
        self._hurry.set()
        self.thread.join(timeout)

    def cancel(self) -> None:
        self._cancelled = True
        self._hurry.set()


def backup_in_background(path: Path, *, check: bool, on_problem: Any = None) -> BackupJob | None:
    """Start the rolling backup job; None when the file has not changed since the last one."""
    if _unchanged_since_backup(path):
        return None
    job = BackupJob(path, check, on_problem)
    job.thread.start()
    return job
