"""Database URLs and engines: SQLite by default (a file in the user data dir, WAL), PostgreSQL by URL."""

from __future__ import annotations

import functools
import os
import re
import sqlite3
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from pii_scanner.core.errors import ConfigError, IndexBusy, IndexCorrupt, IndexMissing, StoreError
from pii_scanner.core.user_paths import expand_user

# How long a write waits for another process's lock on a SQLite index before it is IndexBusy (exit 3).
BUSY_TIMEOUT_SECONDS = 30

DB_ENV = "PII_SCANNER_DB"


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("pii-scanner", appauthor=False)) / "index.sqlite3"


def normalise_url(url: str | Path | None) -> str:
    """A SQLAlchemy URL from what a user types: None (env or default file), a path, or a URL.

    >>> normalise_url("postgresql://u@127.0.0.1:5432/db")
    'postgresql+psycopg://u@127.0.0.1:5432/db'
    >>> normalise_url("/tmp/x.db")
    'sqlite:////tmp/x.db'
    """
    if url is None:
        url = os.environ.get(DB_ENV) or default_db_path()
    if isinstance(url, bytes) or not isinstance(url, (str, os.PathLike)):
        # str(b"/x.db") is "b'/x.db'": a new index of that name, not the one meant.
        raise TypeError(f"db must be a path or URL (str or Path) or a Store, got {type(url).__name__}")
    text = os.fspath(url)
    if "://" not in text:
        return "sqlite:///" + str(expand_user(text).absolute())
    for plain in ("postgresql://", "postgres://"):
        if text.startswith(plain):
            return "postgresql+psycopg://" + text[len(plain) :]
    return text


def refuse_memory_index(url: str | Path | None, what: str) -> None:
    """An in-memory SQLite index (``sqlite://``, ``:memory:``, ``mode=memory``) is thrown away when the
    command ends: a sweep or a new case written there is lost while the command says it is done."""
    if url is None:
        url = os.environ.get(DB_ENV)  # PII_SCANNER_DB=sqlite:// is the same index thrown away
    if not url:
        return
    normal = normalise_url(url)
    if not normal.startswith("sqlite"):
        return
    try:
        database = make_url(normal).database or ""
    except (sa.exc.ArgumentError, ValueError):
        return  # opening it reports the bad URL
    if database in ("", ":memory:") or "mode=memory" in normal:
        raise ConfigError(
            f"{what} into an in-memory index ({display_url(normal)}) would be thrown away when the command "
            "ends; give a file path or a database server URL"
        )


def display_url(url: str) -> str:
    """The URL with any password hidden (for logs and run records); never raises."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (sa.exc.ArgumentError, ValueError, TypeError):
        return re.sub(r"(://[^/:@]*):[^/@]*@", r"\1:***@", url)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers (reports) do not block the sweep
    cur.execute("PRAGMA synchronous=NORMAL")  # durable across process crashes in WAL mode
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
    # What a row held before it was changed or deleted is overwritten, not left in free space: a value an
    # older version stored (an address, a site name) and masked since is gone from the file too.
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


_READ_ONLY: weakref.WeakSet[sa.Engine] = weakref.WeakSet()


def is_read_only(engine: sa.Engine) -> bool:
    """Whether ``engine`` reads an index copy that may not be written (opened read-only)."""
    return engine in _READ_ONLY


def _read_only_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
    cur.close()


def _writable(path: Path) -> bool:
    """Whether the index file and its folder (where SQLite keeps its -wal/-shm files) may be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection. With its write-ahead log beside it (-wal and -shm), SQLite reads the log too
    (rows not yet checkpointed); without it the file is all there is and is opened immutable (no lock and
    no -shm to create). A -wal without its -shm cannot be read here: refused, never silently left out."""
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    has_log = wal.exists() and wal.stat().st_size > 0
    if has_log and not shm.exists():
        raise StoreError(
            f"the index {path} is read-only and its write-ahead log ({wal.name}) cannot be read without "
            f"{shm.name}: copy the index with both files, or open it where it can be written once"
        )
    mode = "mode=ro" if has_log else "mode=ro&immutable=1"
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?{mode}", uri=True, timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False
    )


def _corrupt_index_handler(path: str) -> Callable[[Any], None]:
    """Turn SQLite's "not a database" / "malformed" errors, in whatever query, into IndexCorrupt."""

    def handle(context: Any) -> None:
        original = context.original_exception
        if isinstance(original, sqlite3.DatabaseError) and not isinstance(
            original, (sqlite3.OperationalError, sqlite3.IntegrityError)
        ):
            raise IndexCorrupt(corrupt_message(path, str(original))) from original
        if isinstance(original, sqlite3.OperationalError) and "disk I/O error" in str(original):
            raise IndexCorrupt(corrupt_message(path, str(original))) from original
        # A full disk or a read-only file system is the machine's state, not a bug: one line, exit 2.
        code = getattr(original, "sqlite_errorcode", None)
        if isinstance(original, sqlite3.OperationalError) and code is not None and code & 0xFF in _BUSY:
            raise IndexBusy(
                f"the index {path} is locked by another process (a write lock held longer than "
                f"{BUSY_TIMEOUT_SECONDS} s); nothing more was written: run again when it is free"
            ) from original
        if isinstance(original, sqlite3.OperationalError) and code is not None and code & 0xFF in _UNWRITABLE:
            raise StoreError(
                f"cannot write the index {path}: {original} (free space or make it writable)"
            ) from original

    return handle


_UNWRITABLE = frozenset({sqlite3.SQLITE_FULL, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN})
_BUSY = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})  # another connection holds the lock


def _lost_server_handler(url: str) -> Callable[[Any], None]:
    """A PostgreSQL index that went away or is full mid-run is one line (exit 2), not an internal error."""

    def handle(context: Any) -> None:
        original = context.original_exception
        if getattr(context, "is_pre_ping", False):
            return  # the pool reconnects on its own
        if context.is_disconnect or type(original).__name__ in ("DiskFull", "OutOfMemory", "AdminShutdown"):
            raise StoreError(
                f"cannot reach or write the index {display_url(url)}: {type(original).__name__}"
            ) from original

    return handle


def corrupt_message(path: str, reason: str) -> str:
    return (
        f"the index {path} is damaged or not a pii-scanner index ({reason}); "
        "restore it from the backup, or move it aside and run a sweep to build a new one"
    )


def make_engine(url: str | Path | None, *, create: bool = True) -> sa.Engine:
    """An engine for ``url``. ``create=False`` (read-only verbs): a SQLite index that does not
    exist is an IndexMissing error; neither the file nor its folder is created.
    """
    text = normalise_url(url)
    try:
        parsed = make_url(text)
    except (sa.exc.ArgumentError, ValueError, TypeError) as exc:
        raise StoreError(
            f"not a database URL: {display_url(text)} (expected a SQLite path or postgresql://...)"
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:":
            if not create and not Path(db).exists():
                raise IndexMissing(f"no index at {db}: run a sweep into it first, or give the right --db / [store] db")
            if Path(db).is_dir():
                raise StoreError(f"the index {db} is a folder; give the path of the index file")
            if not create and Path(db).stat().st_size == 0:
                raise IndexMissing(f"no index at {db} (an empty file): run a sweep into it first")
            if create:
                try:
                    Path(db).parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(f"cannot create folder for {db}: {exc.strerror}") from exc
                _create_private(Path(db))
        if not create and db and db != ":memory:" and not _writable(Path(db)):
            # A copy nothing may be written to (a read-only mount, a folder and file made read-only): read it
            # read-only, never asking for the -wal/-shm files SQLite would create next to it.
            engine = sa.create_engine(text, creator=functools.partial(_connect_read_only, Path(db)))
            sa.event.listen(engine, "connect", _read_only_pragmas)
            _READ_ONLY.add(engine)
        else:
            engine = sa.create_engine(text, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})
            sa.event.listen(engine, "connect", _sqlite_pragmas)
        sa.event.listen(engine, "handle_error", _corrupt_index_handler(db or text))
        return engine
    if parsed.get_backend_name() == "postgresql":
        try:
            engine = sa.create_engine(text, pool_pre_ping=True)
        except (sa.exc.ArgumentError, ValueError, TypeError) as exc:
            raise StoreError(f"not a usable database URL: {display_url(text)} ({type(exc).__name__})") from exc
        sa.event.listen(engine, "handle_error", _lost_server_handler(text))
        return engine
    raise StoreError(f"unsupported database {parsed.get_backend_name()!r}; use SQLite or PostgreSQL")


def _private_if_empty(path: Path) -> None:
    """An empty file made beforehand (``touch index.db``, a deployment tool's umask) becomes the index with its
    mode: group and others could read it. An empty file is no index yet, so it is made owner-only first."""
    try:
        st = path.stat()
        if st.st_size == 0 and st.st_mode & 0o077 and os.name == "posix":
            os.chmod(path, 0o600)
    except OSError:
        return  # not ours to change (another owner): SQLite reports what it cannot do


def _create_private(path: Path) -> None:
    """A new index file is made readable by its owner only: its locations can name people. SQLite gives its
    -wal and -shm files the database file's permissions, so they follow."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        _private_if_empty(path)
        return
    except OSError as exc:
        raise StoreError(f"cannot create the index {path}: {exc.strerror}") from exc
    os.close(fd)
