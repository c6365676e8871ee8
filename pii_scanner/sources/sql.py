"""SQL databases as a sweep source (PostgreSQL, MySQL/MariaDB, SQL Server, SQLite through SQLAlchemy).

Tables and their text-like columns are found by reflection; ``include``/``exclude`` patterns
(``schema.table`` or ``schema.table.column``, shell-style) narrow them. Each row becomes one item
whose text parts are its columns (``column:<name>``), at the location
``sql://<host>/<database>/<schema>/<table>/<primary key>``; a finding's part names its column.

- Read-only: the session is set read-only where the database allows it (PostgreSQL, MySQL/MariaDB,
  SQLite opened with ``mode=ro``) and statements get a timeout. Use a read-only role as well
  (docs/sources.md).
- Incremental: with ``updated_at = {"schema.table" = "column"}`` (or ``updated_column`` for every
  table) only rows stamped at or after the last sweep's newest are listed; otherwise every row is read.
  Either way a row is scanned again only when its text changed (the change key holds a hash of it).
- ``sample = N`` reads N rows per table (a quick look; not a complete listing, so nothing is marked removed).
- Credentials: the URL without a password plus ``password_env``/``password_file``/keyring, never
  plaintext in the TOML.
"""

from __future__ import annotations

import contextlib
import fnmatch
import hashlib
import json
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ConfigError, SourceUnavailable
from pii_scanner.core.model import DB_ROW_MIME as ROW_MIME
from pii_scanner.core.model import Item
from pii_scanner.core.state import SourceState
from pii_scanner.sources.mail.credentials import secret
from pii_scanner.sources.registry import Source
from pii_scanner.sources.specs import SqlSpec

TEXT_TYPES = (sa.String, sa.Text, sa.Unicode, sa.UnicodeText, sa.JSON, sa.Enum)
# Numbers, dates, booleans and ids hold no text; every other type is read (cast to text when the library
# has no string form for it: hstore, tsvector, xml, composite types...). A type it knows but that is none of
# these was passed over in silence (hstore holding "cpr"=>"...").
NOT_TEXT_TYPES = (sa.Integer, sa.Numeric, sa.Float, sa.Boolean, sa.Date, sa.DateTime, sa.Time, sa.Interval, sa.Uuid)
# Binary columns (bytea, BLOB, VARBINARY, BINARY): legacy schemas keep text in them; read when they decode.
BINARY_TYPES = (sa.types._Binary,)
MAX_CELL_CHARS = 1_000_000


@dataclass(frozen=True)
class SqlTarget:
    """A source's spec resolved for connecting: the URL with its password (never logged)."""

    spec: SqlSpec
    url: sa.URL

    @classmethod
    def from_spec(cls, spec: SqlSpec) -> SqlTarget:
        try:
            url = make_url(spec.url)
        except sa.exc.ArgumentError:
            raise ConfigError(f"source {spec.name}: 'url' is not a database URL") from None
        if url.password:
            raise ConfigError(
                f"source {spec.name}: no password in 'url'; use password_env, password_file or password_keyring"
            )
        password = secret(spec.password, "password", spec.name, required=False)
        return cls(spec, url.set(password=password) if password else url)

    @property
    def schemas(self) -> tuple[str | None, ...]:
        return tuple(s or None for s in self.spec.schemas) or (None,)


def _matches(name: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(name, p) for p in patterns)


def read_only_engine(target: SqlTarget) -> sa.Engine:
    """An engine whose sessions are read-only and whose statements time out."""
    backend = target.url.get_backend_name()
    url = target.url
    timeout_ms = target.spec.statement_timeout_ms
    connect_args: dict[str, Any] = {}
    if backend == "sqlite":
        database = url.database or ""
        if database and database != ":memory:":
            url = url.set(database=f"file:{database}?mode=ro", query={**url.query, "uri": "true"})
    elif backend == "postgresql":
        connect_args["options"] = f"-c default_transaction_read_only=on -c statement_timeout={timeout_ms}"
    engine = sa.create_engine(url, connect_args=connect_args, pool_pre_ping=True)

    if backend in ("mysql", "mariadb"):

        @sa.event.listens_for(engine, "connect")
        def _mysql_session(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("SET SESSION TRANSACTION READ ONLY")
            for stmt in (
                f"SET SESSION max_statement_time = {timeout_ms / 1000:.3f}",  # MariaDB
                f"SET SESSION max_execution_time = {timeout_ms}",  # MySQL
            ):
                with contextlib.suppress(Exception):  # the other server's variable; one of the two exists
                    cursor.execute(stmt)
            cursor.close()

    return engine


class SqlSource:
    def __init__(self, target: SqlTarget, config: ScanConfig, state: SourceState) -> None:
        self.target, self.s, self.config, self.state = target, target.spec, config, state
        self.host = quote(target.url.host or "local", safe="")
        self.database = quote(str(target.url.database or "").rsplit("/", 1)[-1], safe="")

    def tables(self, engine: sa.Engine) -> Iterator[tuple[str | None, str, list[str], list[str]]]:
        """(schema, table, primary-key columns, columns to read) of every table to read: text columns, arrays
        of text, binary columns and columns of a type the library does not know (PostgreSQL ``xml``, read
        cast to text), so that nothing text-like is passed over in silence."""
        inspector = sa.inspect(engine)
        for schema in self._schemas(engine, inspector):
            listed = [*inspector.get_table_names(schema=schema), *_materialized_views(inspector, schema)]
            for table in sorted([*listed, *_foreign_tables(inspector, schema)]):
                qualified = f"{schema}.{table}" if schema else table
                if not _matches(qualified, self.s.include) or _matches(qualified, self.s.exclude):
                    continue
                with warnings.catch_warnings():  # a type it does not know is read cast to text (_kind)
                    warnings.filterwarnings("ignore", "Did not recognize type", sa.exc.SAWarning)
                    columns = inspector.get_columns(table, schema=schema)
                texts = [
                    str(c["name"])
                    for c in columns
                    if _kind(c["type"]) and not _matches(f"{qualified}.{c['name']}", self.s.exclude)
                ]
                pk = list(inspector.get_pk_constraint(table, schema=schema).get("constrained_columns") or [])
                if texts:
                    yield schema, table, pk, texts

    def _schemas(self, engine: sa.Engine, inspector: Any) -> tuple[str | None, ...]:
        """The schemas to read: those named; else on PostgreSQL the default one (None: its rows keep their
        locations) and every other schema of the database, since tables in ``hr`` or ``sales`` are as much the
        database's as ``public``'s (one the role may not read is an error item, not silence); else (MySQL,
        MariaDB, SQLite: a schema is another database) the connection's own."""
        if self.s.schemas or engine.dialect.name != "postgresql":
            return self.target.schemas
        default = inspector.default_schema_name
        others = [
            name
            for name in inspector.get_schema_names()
            if name != default and name != "information_schema" and not name.startswith("pg_")
        ]
        return (None, *sorted(others))

    def items(self) -> Iterator[Item]:
        engine = read_only_engine(self.target)
        try:
            try:
                tables = list(self.tables(engine))
            except sa.exc.SQLAlchemyError as exc:
                raise SourceUnavailable(f"source {self.s.name}: cannot list tables ({_why(exc)})") from None
            for schema, table, pk, texts in tables:
                yield from self._rows(engine, schema, table, pk, texts)
        finally:
            engine.dispose()

    def _rows(
        self, engine: sa.Engine, schema: str | None, table: str, pk: list[str], texts: list[str]
    ) -> Iterator[Item]:
        """The table's rows; a table (or primary key) the account may not read is an error record
        with an incomplete listing (its rows are not marked removed) and the next table is read;
        text columns it may not read are left out, with an error record naming how many."""
        qualified = f"{schema}.{table}" if schema else table
        meta = sa.MetaData()
        try:
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", "Did not recognize type", sa.exc.SAWarning)
                tbl = sa.Table(table, meta, schema=schema, autoload_with=engine)
        except sa.exc.SQLAlchemyError as exc:
            yield self._error(schema, table, f"cannot read {qualified} ({_why(exc)})")
            return
        started = False
        try:
            for item in self._read(engine, tbl, schema, table, pk, texts):
                started = True
                yield item
            yield from self._history(engine, schema, table)
            return
        except sa.exc.SQLAlchemyError as exc:
            if started:  # cut off half-way (timeout, server gone): the rest of the table is unknown
                yield self._error(schema, table, f"reading {qualified} failed ({_why(exc)})")
                return
            failure = exc
        readable = _readable(engine, tbl, [*pk, *texts])
        if not all(c in readable for c in pk) or not any(c in readable for c in texts):
            yield self._error(schema, table, f"cannot read {qualified} ({_why(failure)})")
            return
        hidden = [c for c in texts if c not in readable]
        notes = [f"{len(hidden)} text column(s) of {qualified} may not be read by this account; the others were read"]
        notes = notes if hidden else []
        try:
            yield from self._read(engine, tbl, schema, table, pk, [c for c in texts if c in readable], notes)
        except sa.exc.SQLAlchemyError as exc:
            yield self._error(schema, table, "; ".join([*notes, f"reading {qualified} failed ({_why(exc)})"]))

    def _read(
        self,
        engine: sa.Engine,
        tbl: sa.Table,
        schema: str | None,
        table: str,
        pk: list[str],
        texts: list[str],
        notes: tuple[str, ...] | list[str] = (),
    ) -> Iterator[Item]:
        """The rows, then one error record at ``<table>!columns`` for what was not read whole (``notes``, values
        cut at the cell limit, binary values that are not text): one location, never two items at it."""
        qualified = f"{schema}.{table}" if schema else table
        column = self.s.updated_column
        updated = self.s.updated_at.get(qualified) or (column if column is not None and column in tbl.c else None)
        key_cols = [tbl.c[c] for c in pk] or []
        kinds = {c: _kind(tbl.c[c].type) for c in texts}
        wanted = [sa.cast(tbl.c[c], sa.Text).label(c) if kinds[c] == "cast" else tbl.c[c] for c in texts]
        selected = list(dict.fromkeys([*key_cols, *wanted, *([tbl.c[updated]] if updated else [])]))
        query = sa.select(*selected)
        state_key = f"sql:{qualified}:updated"
        since = self.state.get(state_key) if updated else None
        if updated and since:
            # ">=": a row written after the last sweep with its newest stamp (a coarse stamp, two writes in one
            # second, one transaction's now()) is read; the rows listed again are skipped by their change key.
            query = query.where(tbl.c[updated] >= _parse_stamp(since))
        if key_cols:
            query = query.order_by(*key_cols)
        else:
            # No primary key: rows are numbered (row<n>) in the order of their values, never the server's
            # physical order, which an UPDATE or VACUUM changes; a row then keeps its location from sweep to
            # sweep while the table's rows stay the same. PostgreSQL cannot order json or xml: their text then.
            cast = engine.dialect.name == "postgresql"
            query = query.order_by(*(sa.cast(c, sa.Text) if cast else c for c in selected))
        if self.s.sample:
            query = query.limit(self.s.sample)
        newest: Any = None
        undecoded: dict[str, int] = {}
        cut: dict[str, int] = {}
        with engine.connect() as conn:
            result = conn.execution_options(stream_results=True, max_row_buffer=self.s.batch_size).execute(query)
            for n, row in enumerate(result):
                values = row._mapping
                cells: dict[str, str] = {}
                whole = b""  # the digest of values cut, so that the change key sees the whole of them
                for c in texts:
                    cell = _cell(values[c])
                    if cell is None and values[c] is not None:
                        undecoded[c] = undecoded.get(c, 0) + 1
                    elif cell is not None:
                        if len(cell) > MAX_CELL_CHARS:
                            cut[c] = cut.get(c, 0) + 1
                            whole += hashlib.sha256(cell.encode("utf-8", "surrogatepass")).digest()
                            cell = cell[:MAX_CELL_CHARS]
                        cells[c] = cell
                keys = [str(values[c]) for c in pk] if pk else [f"row{n}"]
                if updated and values[updated] is not None and (newest is None or values[updated] > newest):
                    newest = values[updated]
                yield self._item(schema, table, keys, cells, values[updated] if updated else None, whole)
        if updated and newest is not None:
            self.state.set(state_key, _stamp(newest))
        problems = list(notes)
        if cut:  # read only in part: never "clean" over what was not read
            problems.append(
                f"{sum(cut.values())} value(s) in {len(cut)} column(s) of {qualified} are longer than "
                f"{MAX_CELL_CHARS:,} characters and were read only in part"
            )
        if undecoded:  # binary values that are not text (a stored PDF, an image) were not searched
            problems.append(
                f"{sum(undecoded.values())} binary value(s) in {len(undecoded)} column(s) of {qualified} are not "
                "text and were not read (documents stored in a database are not extracted)"
            )
        if problems:
            yield self._error(schema, table, "; ".join(problems), listing=False, suffix="!columns")

    def _history(self, engine: sa.Engine, schema: str | None, table: str) -> Iterator[Item]:
        """MariaDB system-versioned tables keep every earlier version of a row (a deleted row too) where a plain
        SELECT does not see it: those versions are counted and named in an error record at ``<table>!history``
        (exit 4), so that an erasure check is never clean over them. Other databases: nothing."""
        if engine.dialect.name not in ("mysql", "mariadb"):
            return
        quoted = engine.dialect.identifier_preparer.format_table(sa.table(table, schema=schema))
        qualified = f"{schema}.{table}" if schema else table
        try:
            with engine.connect() as conn:
                versioned = conn.execute(
                    sa.text(
                        "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = COALESCE(:s, DATABASE())"
                        " AND TABLE_NAME = :t AND TABLE_TYPE = 'SYSTEM VERSIONED'"
                    ),
                    {"s": schema, "t": table},
                ).scalar()
                if not versioned:
                    return
                every = conn.execute(sa.text(f"SELECT COUNT(*) FROM {quoted} FOR SYSTEM_TIME ALL")).scalar() or 0
                now = conn.execute(sa.text(f"SELECT COUNT(*) FROM {quoted}")).scalar() or 0
        except sa.exc.SQLAlchemyError as exc:
            yield self._error(
                schema,
                table,
                f"cannot tell whether {qualified} keeps history ({_why(exc)})",
                listing=False,
                suffix="!history",
            )
            return
        if every > now:
            yield self._error(
                schema,
                table,
                f"{every - now} earlier version(s) of rows in {qualified} (system versioning) were not read",
                listing=False,
                suffix="!history",
            )

    def _error(self, schema: str | None, table: str, reason: str, *, listing: bool = True, suffix: str = "") -> Item:
        """An error record for a table; ``listing``: its rows were not all listed (none is removed)."""
        location = f"sql://{self.host}/{self.database}/{quote(schema or '-', safe='')}/{quote(table, safe='')}{suffix}"
        return Item(
            location=location,
            path=f"sql://{self.host}/{self.database}/",
            name=table,
            origin="share",
            source=self.s.name,
            source_error=f"source {self.s.name}: {reason}",
            listing_error=listing,
        )

    def _item(
        self, schema: str | None, table: str, keys: list[str], cells: dict[str, str], updated: Any, whole: bytes = b""
    ) -> Item:
        key_text = ",".join(quote(k, safe="") for k in keys)
        location = (
            f"sql://{self.host}/{self.database}/{quote(schema or '-', safe='')}/{quote(table, safe='')}/{key_text}"
        )
        data = json.dumps(cells, ensure_ascii=False, sort_keys=True).encode("utf-8")
        # The text's digest always: a row listed again with its stamp unchanged but its text changed is read.
        digest = hashlib.sha256(data + whole).hexdigest()[:32]
        change = f"{_stamp(updated)}:{digest}" if updated is not None else digest
        return Item(
            location=location,
            path=f"sql://{self.host}/{self.database}/",
            name=f"{table}/{key_text}",
            size=len(data),
            origin="share",
            source=self.s.name,
            change_key=change,
            mime_hint=ROW_MIME,
            data=data,
        )


def _kind(column_type: Any) -> str | None:
    """How a column is read: ``text``, ``binary`` (decoded when it is text), ``cast`` (a type the library
    does not know, selected as text), or None (numbers, dates, booleans...)."""
    if isinstance(column_type, TEXT_TYPES):
        return "text"
    if isinstance(column_type, sa.ARRAY):
        item = _kind(column_type.item_type)
        return None if item is None else "text" if item == "text" else "cast"
    if isinstance(column_type, BINARY_TYPES):
        return "binary"
    if isinstance(column_type, NOT_TEXT_TYPES):
        return None
    return "cast"


def _materialized_views(inspector: Any, schema: str | None) -> list[str]:
    """Materialized views hold rows of their own (a copy that outlives its base table's rows); only some
    dialects (PostgreSQL) have them."""
    try:
        return list(inspector.get_materialized_view_names(schema=schema))
    except NotImplementedError:
        return []


def _foreign_tables(inspector: Any, schema: str | None) -> list[str]:
    """PostgreSQL foreign tables: rows another server or a file holds (postgres_fdw, file_fdw), readable through
    this database. They are read like tables (exclude them by name to leave them out); one whose server cannot
    be reached is an error record, as any table that cannot be read."""
    try:
        return list(inspector.get_foreign_table_names(schema=schema))
    except (AttributeError, NotImplementedError):
        return []


def _cell(value: Any) -> str | None:
    """A cell's whole text (cut to the cell limit by the caller, who says so); None for a binary value
    that is not text."""
    if value is None:
        return None
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _decoded(bytes(value))
    return _text(value)


def _decoded(raw: bytes) -> str | None:
    """Binary data as text when it is text: UTF-8, UTF-16 with a byte-order mark, or a legacy 8-bit
    encoding (cp1252) when nearly every character is printable; else None."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    text = text.rstrip("\x00")  # BINARY(n) pads with zero bytes
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return text if not text or printable >= 0.95 * len(text) else None


def _text(value: Any) -> str:
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False)
    return str(value)


def _stamp(value: Any) -> str:
    return value.isoformat() if isinstance(value, (datetime, date)) else str(value)


def _parse_stamp(text: str) -> Any:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return text


def _readable(engine: sa.Engine, tbl: sa.Table, names: list[str]) -> list[str]:
    """The columns this account may select (each tried alone, on a connection of its own: a refused
    statement spoils the transaction it ran in)."""
    out = []
    for name in dict.fromkeys(names):
        try:
            with engine.connect() as conn:
                conn.execute(sa.select(tbl.c[name]).where(sa.false())).close()
        except sa.exc.SQLAlchemyError:
            continue
        out.append(name)
    return out


def _why(exc: sa.exc.SQLAlchemyError) -> str:
    """The driver's error class only: messages may quote row values."""
    orig = getattr(exc, "orig", None)
    return type(orig).__name__ if orig is not None else type(exc).__name__


def open_sql(spec: SqlSpec, config: ScanConfig, state: SourceState) -> Source:
    source = SqlSource(SqlTarget.from_spec(spec), config, state)
    # A sample or an incremental read does not list every row: nothing unseen may be marked removed.
    complete = not spec.sample and not (spec.updated_at or spec.updated_column)
    return Source(spec.name, "sql", source.items, complete_listing=complete)
