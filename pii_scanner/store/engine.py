"""Database URLs and engines: SQLite by default (a file in the user data dir, WAL), PostgreSQL by URL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from pii_scanner.core.errors import StoreError

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
    text = str(url)
    if "://" not in text:
        return "sqlite:///" + str(Path(text).expanduser().absolute())
    for plain in ("postgresql://", "postgres://"):
        if text.startswith(plain):
            return "postgresql+psycopg://" + text[len(plain) :]
    return text


def display_url(url: str) -> str:
    """The URL with any password hidden (for logs and run records)."""
    return make_url(url).render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers (reports) do not block the sweep
    cur.execute("PRAGMA synchronous=NORMAL")  # durable across process crashes in WAL mode
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(url: str | Path | None) -> sa.Engine:
    text = normalise_url(url)
    try:
        parsed = make_url(text)
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"not a database URL: {display_url(text) if '://' in text else text}") from exc
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:":
            try:
                Path(db).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create folder for {db}: {exc.strerror}") from exc
        engine = sa.create_engine(text, connect_args={"timeout": 30})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql":
        return sa.create_engine(text, pool_pre_ping=True)
    raise StoreError(f"unsupported database {parsed.get_backend_name()!r}; use SQLite or PostgreSQL")
