"""Open and create projects: one project is one SQLite file (``.redesk``).

Any SQLite tool can open the file. This module gives the app its engine and short
sessions, and keeps the file safe:

* PRAGMAs: WAL journal, ``synchronous=NORMAL`` (a committed transaction survives the
  process being killed at any moment; a power cut may lose the last commits but never
  corrupts the file), foreign keys on, a busy timeout, a log folded into the file every
  64 MiB (``WAL_CHECKPOINT_PAGES``; ``Project.checkpoint`` after bulk writes).
* One writer: a sidecar ``<project>.lock`` held with ``flock`` (``msvcrt.locking`` on
  Windows) while the project is open, released by the OS when the process dies
  (``core.locking``). A second window or process gets ``ProjectLockedError``.
* Checks at open: missing file, not SQLite, truncated or damaged (``quick_check``; on
  big files it runs in the background before the backup), made by a newer version.
  Each gives one user-facing line naming the file and the newest backup.
* A read-only file (no write permission) opens read-only: ``Project.read_only`` is
  True, nothing is locked or migrated, and writes fail. An older read-only file that
  would need migrating raises ``ProjectReadOnlyError``.
* Backups (``core.backups``): a rolling copy into
  ``data_dir()/backups/<stem>/`` at each open, in a background thread, skipped when the
  file has not changed since the last one; the newest five are kept. Migration always
  makes its own backup first, synchronously, and that one is never rotated away.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, create_engine

from rareearth_desk.core import migrations, search
from rareearth_desk.core.backups import (  # noqa: F401  (backups_dir, list_backups: re-exported)
    BackupJob,
    back_up,
    backup_in_background,
    backups_dir,
    list_backups,
    newest_backup,
)
from rareearth_desk.core.locking import FileLock, lock_path

if TYPE_CHECKING:
    from rareearth_desk.core.repository import Repository

SUFFIX = ".redesk"
BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 32 * 1024  # page cache per connection, grown only as used (bulk imports)
# The log is folded into the file once it holds this many pages (SQLite's default:
# 1,000). Each page is then copied once for many commits of a bulk import instead of
# once or twice per batch; a commit of the analyst's writes a few pages, so it rarely
# gets there. Left over after a checkpoint, the log file is cut back to 64 MiB.
WAL_CHECKPOINT_PAGES = 16_384
WAL_SIZE_LIMIT = 64 * 1024 * 1024
_SQLITE_HEADER = b"SQLite format 3\x00"
# files up to this size get PRAGMA quick_check before they open; bigger ones in the
# background, before their backup
QUICK_CHECK_LIMIT = 64 * 1024 * 1024


class ProjectError(Exception):
    """A project that cannot be opened or created; the message is one user-facing line."""


class ProjectLockedError(ProjectError):
    pass


class ProjectTooNewError(ProjectError):
    pass


class ProjectDamagedError(ProjectError):
    pass


class ProjectMissingError(ProjectError):
    pass


class ProjectReadOnlyError(ProjectError):
    pass


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; in a folder where SQLite cannot make its WAL index
    file, the file is read as immutable (it cannot change while nobody can write there)."""
    uri = path.absolute().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False, timeout=10)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        if os.access(path.parent, os.W_OK):
            raise
        conn = sqlite3.connect(
            f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=False, timeout=10
        )
    return conn


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        conn = connect_read_only(path)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
        conn.execute(f"PRAGMA journal_size_limit={WAL_SIZE_LIMIT}")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    search.register_functions(conn)
    return conn


def _make_engine(path: Path, read_only: bool) -> Engine:
    return create_engine(f"sqlite:///{path}", creator=lambda: _connect(path, read_only))


# ---------------------------------------------------------------- projects


class Project:
    """An open project: its engine, short sessions, the repository of queries."""

    def __init__(self, path: Path, engine: Engine, lock: FileLock | None, read_only: bool):
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._lock = lock
        self._repo: Repository | None = None
        self._closed = False
        self.backup: BackupJob | None = None
        # set by the background check when a big file turns out to be damaged
        self.problem: str | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short session; commits when the block ends normally, rolls back otherwise."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A raw sqlite3 connection from the pool, for bulk work; commits on success."""
        raw = self.engine.raw_connection()
        try:
            conn: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
            try:
                yield conn
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
        finally:
            raw.close()

    @property
    def repo(self) -> Repository:
        if self._repo is None:
            from rareearth_desk.core.repository import Repository

            self._repo = Repository(self)
        return self._repo

    @property
    def closed(self) -> bool:
        return self._closed

    def meta(self) -> dict[str, str]:
        with self.connection() as conn:
            return dict(conn.execute("SELECT key, value FROM meta").fetchall())

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the file now, after a bulk write, so that the
        analyst's next commit does not do it; never waits for readers."""
        if self.read_only:
            return
        with self.connection() as conn:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def wait_for_backup(self, timeout: float | None = None) -> None:
        """Run the pending rolling backup now, if any, and wait for it."""
        if self.backup is not None:
            self.backup.wait(timeout)

    def close(self) -> None:
        """Close every connection (the WAL is folded into the file) and release the lock."""
        if self._closed:
            return
        self._closed = True
        if self.backup is not None:
            self.backup.cancel()  # a backup already running finishes on its own
        if self._repo is not None:
            self._repo.close()
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Project({str(self.path)!r}, read_only={self.read_only})"


def _damaged(path: Path, reason: str) -> ProjectDamagedError:
    msg = f"project file is damaged ({reason}): {path}"
    backup = newest_backup(path)
    if backup is not None:
        msg += f"; newest backup: {backup}"
    return ProjectDamagedError(msg)


def _is_read_only(path: Path) -> bool:
    st = path.stat()
    if not st.st_mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        return True
    return not os.access(path.parent, os.W_OK)


def _check_header(path: Path) -> None:
    """Cheap checks on the first 100 bytes: SQLite signature and a file not cut short."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        header = fh.read(100)
    if size == 0:
        raise _damaged(path, "empty file")
    if len(header) < 100 or not header.startswith(_SQLITE_HEADER):
        raise _damaged(path, "not a SQLite file")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = int.from_bytes(header[24:28], "big")
    pages = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    if pages and valid_for == change_counter and size < pages * page_size:
        wal = path.with_name(path.name + "-wal")
        if not wal.exists():
            raise _damaged(path, "file is cut short")


def _open_checked(path: Path, read_only: bool, quick_check: bool) -> sqlite3.Connection:
    try:
        conn = _connect(path, read_only)
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if quick_check:
            row = conn.execute("PRAGMA quick_check(1)").fetchone()
            if row is None or row[0] != "ok":
                raise _damaged(path, str(row[0] if row else "check failed"))
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _damaged(path, str(exc)) from None
    except ProjectError:
        conn.close()
        raise
    return conn


def open_project(
    path: str | os.PathLike[str], *, backup: bool = True, lock: bool = True
) -> Project:
    """Open an existing project: check it, lock it, migrate it (after a backup), back it up."""
    path = Path(path).expanduser().absolute()
    if not path.exists():
        raise ProjectMissingError(f"project file not found: {path}")
    if not path.is_file():
        raise ProjectDamagedError(f"not a project file: {path}")
    _check_header(path)
    read_only = _is_read_only(path)
    file_lock: FileLock | None = None
    if lock and not read_only:
        file_lock = _take_lock(path)
    temp_lock: FileLock | None = None
    try:
        size = path.stat().st_size
        conn = _open_checked(path, read_only, quick_check=size <= QUICK_CHECK_LIMIT)
        try:
            if file_lock is None and not read_only and _needs_migration(conn):
                # even a reader that does not lock must not upgrade a file in use
                temp_lock = _take_lock(path)
            _check_version_and_migrate(conn, path, read_only)
        finally:
            conn.close()
        project = Project(path, _make_engine(path, read_only), file_lock, read_only)
    except BaseException:
        if file_lock is not None:
            file_lock.release()
        raise
    finally:
        if temp_lock is not None:
            temp_lock.release()
    if backup:
        project.backup = backup_in_background(
            path, check=size > QUICK_CHECK_LIMIT, on_problem=_problem_setter(project)
        )
    return project


def _take_lock(path: Path) -> FileLock:
    file_lock = FileLock(lock_path(path))
    try:
        got = file_lock.acquire()
    except OSError as exc:
        raise ProjectReadOnlyError(
            f"cannot lock the project (folder not writable?): {path}: {exc.strerror or exc}"
        ) from None
    if not got:
        raise ProjectLockedError(f"project is already open in another window or process: {path}")
    return file_lock


def _needs_migration(conn: sqlite3.Connection) -> bool:
    try:
        version = migrations.read_version(conn)
    except sqlite3.DatabaseError:
        return False
    return version is not None and version < migrations.SCHEMA_VERSION


def _problem_setter(project: Project) -> Any:
    def _set(problem: str) -> None:
        project.problem = str(_damaged(project.path, problem))

    return _set


def _check_version_and_migrate(conn: sqlite3.Connection, path: Path, read_only: bool) -> None:
    try:
        version = migrations.read_version(conn)
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from None
    if version is None:
        raise ProjectDamagedError(f"not a RareEarth Desk project (no schema version): {path}")
    if version > migrations.SCHEMA_VERSION:
        raise ProjectTooNewError(
            f"project was made by a newer version of RareEarth Desk (schema {version}, "
            f"this version reads up to {migrations.SCHEMA_VERSION}): {path}"
        )
    if version < migrations.SCHEMA_VERSION:
        if read_only:
            raise ProjectReadOnlyError(
                f"project needs upgrading from schema {version} but the file is read-only: {path}"
            )
        try:
            back_up(path, tag=f"before-v{migrations.SCHEMA_VERSION}")
        except (OSError, sqlite3.Error) as exc:
            raise ProjectError(
                f"cannot back up the project before upgrading it: {path}: {exc}"
            ) from None
        conn.isolation_level = None
        try:
            migrations.migrate(conn)
        except (sqlite3.Error, ValueError) as exc:
            raise _damaged(path, f"upgrade from schema {version} failed: {exc}") from None
    if not read_only:
        _stamp_app_version(conn)


def _stamp_app_version(conn: sqlite3.Connection) -> None:
    from rareearth_desk import __version__

    row = conn.execute("SELECT value FROM meta WHERE key = 'app_version'").fetchone()
    if row is None or row[0] != __version__:
        with conn:
            conn.execute(
                "INSERT INTO meta(key, value) VALUES ('app_version', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (__version__,),
            )


def create_project(path: str | os.PathLike[str], *, seed: bool = True) -> Project:
    """Create a new project file (never over an existing file) with the default codebook."""
    from rareearth_desk import __version__
    from rareearth_desk.core import models
    from rareearth_desk.core.codebook import default_codebook_data, seed_codebook

    path = Path(path).expanduser().absolute()
    if path.exists() or path.is_symlink():
        raise ProjectError(f"a file of that name already exists: {path}")
    if not path.parent.is_dir():
        raise ProjectError(f"folder not found: {path.parent}")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.creating")
    for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        leftover.unlink(missing_ok=True)
    try:
        engine = _make_engine(tmp, read_only=False)
        try:
            SQLModel.metadata.create_all(engine)
            with engine.begin() as c:
                raw: sqlite3.Connection = c.connection.driver_connection  # type: ignore[assignment]
                migrations.create_extras(raw)
                meta = {
                    "schema_version": str(migrations.SCHEMA_VERSION),
                    "app_version": __version__,
                    "created": models.utcnow().isoformat(),
                    "name": path.stem,
                    "tokeniser_version": str(search.TOKENISER_VERSION),
                }
                raw.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", meta.items())
            if seed:
                with Session(engine) as session:
                    seed_codebook(session, default_codebook_data())
                    session.commit()
        finally:
            engine.dispose()
        try:
            os.link(tmp, path)  # fails, unlike a rename, if the name was taken meanwhile
        except FileExistsError:
            raise ProjectError(f"a file of that name already exists: {path}") from None
        except OSError:
            os.replace(tmp, path)
    except OSError as exc:
        raise ProjectError(f"cannot create the project: {path}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return open_project(path, backup=False)
