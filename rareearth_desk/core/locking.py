"""The write lock of a project: one writer per project file.

A sidecar ``<project>.lock`` is held with ``flock`` (``msvcrt.locking`` on Windows)
while the project is open and released by the OS when the process dies. The file holds
the owner's process id, for people looking at the folder.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class FileLock:
    """An exclusive lock on a sidecar file, dropped by the OS when the process dies."""

    def __init__(self, path: Path):
        self.path = path
        self._fh: Any = None

    def acquire(self) -> bool:
        """Take the lock; False when another process (or another open here) holds it."""
        while True:
            fh = open(self.path, "a+b")  # noqa: SIM115 - held open while locked
            try:
                _lock_fd(fh)
            except OSError:
                fh.close()
                return False
            # the previous holder may have removed the file between our open and lock
            try:
                same = os.stat(self.path).st_ino == os.fstat(fh.fileno()).st_ino
            except FileNotFoundError:
                same = False
            if same:
                break
            fh.close()
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()).encode())
        fh.flush()
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            self.path.unlink(missing_ok=True)  # while still held, so no one gets a stale inode
        except OSError:
            pass  # Windows: still open elsewhere; the lock itself goes with the handle
        self._fh.close()
        self._fh = None


def _lock_fd(fh: Any) -> None:
    if os.name == "nt":
        import msvcrt

        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    else:
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
