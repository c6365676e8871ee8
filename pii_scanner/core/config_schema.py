"""The schema of the sweep configuration file (TOML), checked before anything runs.

One typed schema covers the whole file: ``[scan]`` is read into the :mod:`pii_scanner.core.config`
dataclasses by their type hints (a new section or field is picked up without touching this module),
``[store]``, ``[retention]`` and ``[notify]`` into the small dataclasses below, and every
``[[sources]]`` table is checked against the keys of its kind. Every error is ONE line naming the
file, the key and what was expected; unknown keys and tables are refused with the nearest valid
name suggested, so a typo never falls back to a default silently.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import re
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from pii_scanner.core.entities import ALL_ENTITIES
from pii_scanner.core.errors import ConfigError

T = TypeVar("T")

JURISDICTIONS = ("DK", "SE")  # the retention policy's periods are written per jurisdiction
ORIGINS = ("local", "removable", "share")
MAX_INT = (1 << 63) - 1  # what SQLite and PostgreSQL BIGINT hold; larger sizes are typos


# --- sizes --------------------------------------------------------------------------------------

_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}
_SIZE = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\s*([KMGT]?)(?:I?B)?\s*$", re.IGNORECASE)


def parse_size(value: object) -> int:
    """Bytes from an integer or a text such as ``512M``, ``2G``, ``1.5GiB``; ValueError otherwise.

    >>> parse_size("512M"), parse_size(1024), parse_size("2gib")
    (536870912, 1024, 2147483648)
    >>> parse_size("1e400")
    Traceback (most recent call last):
    ValueError: 1e400 is too large (at most 9223372036854775807 bytes)
    """
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a size")
    if isinstance(value, int):
        number: float = value
    elif isinstance(value, float):
        number = value
    elif isinstance(value, str) and (match := _SIZE.match(value)):
        number = float(match.group(1)) * _UNITS[match.group(2).upper()]
    else:
        raise ValueError(f"{value!r} is not a size such as 536870912, 512M or 2G")
    if math.isnan(number) or number < 0:
        raise ValueError(f"{value!r} is not a size such as 536870912, 512M or 2G")
    if math.isinf(number) or number > MAX_INT:
        raise ValueError(f"{value} is too large (at most {MAX_INT} bytes)")
    return int(number)


# --- value rules beyond the type -----------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """An extra condition on a value of the right type; ``expected`` says it in words."""

    expected: str
    ok: Callable[[Any], bool]


def at_least(low: float) -> Rule:
    return Rule(f"a number >= {low:g}", lambda v: v >= low)


def above(low: float) -> Rule:
    return Rule(f"a number > {low:g}", lambda v: v > low)


def between(low: float, high: float) -> Rule:
    return Rule(f"a number from {low:g} to {high:g}", lambda v: low <= v <= high)


def one_of(*choices: str, fold: bool = False) -> Rule:
    def ok(value: Any) -> bool:
        return (value.upper() if fold else value) in choices

    return Rule("one of " + ", ".join(choices), ok)


NON_EMPTY = Rule("a non-empty text", lambda v: bool(str(v).strip()))

# Dotted key -> rule (the type comes from the dataclass). Size keys also accept "512M".
RULES: dict[str, Rule] = {
    "scan.workers": between(0, 1024),
    "scan.origin": one_of(*ORIGINS, "unknown"),
    "scan.detect.min_score": between(0, 1),
    "scan.detect.context_window": between(0, 10_000),
    "scan.detect.chunk_size": at_least(1024),
    "scan.ner.batch_size": at_least(1),
    "scan.ner.max_chars": at_least(1000),
    "scan.ner.combine": one_of("confident", "pipeline"),
    "scan.ner.combine_min_score": between(0, 1),
    "scan.limits.max_file_size": at_least(1),
    "scan.limits.max_depth": between(0, 1000),
    "scan.limits.max_ratio": at_least(1),
    "scan.limits.max_expanded": at_least(1),
    "scan.limits.stream_above": at_least(1),
    "scan.limits.time_budget": above(0),
    "scan.limits.max_members": at_least(1),
    "scan.limits.ocr_dpi": between(50, 1200),
    "scan.limits.ocr_languages": NON_EMPTY,
    "scan.output.context_chars": between(0, 1000),
    "scan.sweep.batch_items": at_least(1),
    "scan.sweep.batch_seconds": above(0),
    "scan.sweep.heartbeat_seconds": above(0),
    "scan.sweep.max_removed_share": between(0, 1),
    "scan.sweep.item_deadline": above(0),
    "store.lock_stale_seconds": above(0),
    "store.db": NON_EMPTY,
    "retention.jurisdiction": one_of(*JURISDICTIONS, fold=True),
    "notify.smtp_port": between(1, 65535),
    "notify.timeout": above(0),
}
SIZE_KEYS = frozenset({"scan.limits.max_file_size", "scan.limits.max_expanded", "scan.limits.stream_above"})


# --- the non-[scan] tables ------------------------------------------------------------------------


@dataclass(frozen=True)
class StoreSettings:
    db: str | None = None  # a SQLite path or postgresql://...; default: user data dir or $PII_SCANNER_DB
    lock_stale_seconds: float = 900.0


@dataclass(frozen=True)
class RetentionSettings:
    policy: str | None = None  # a retention YAML; default: the shipped policies/retention.yaml
    jurisdiction: str | None = None


@dataclass(frozen=True)
class NotifySettings:
    smtp_host: str = ""
    to: str | tuple[str, ...] = ()
    smtp_port: int = 25
    ssl: bool = False
    starttls: bool = False
    sender: str | None = None  # TOML key "from"
    subject: str | None = None
    timeout: float = 30.0
    username: str | None = None
    password_env: str | None = None


# TOML key -> field name where a key is a Python keyword.
_ALIASES = {"from": "sender"}

# Keys of each [[sources]] kind besides type, name and jurisdiction. Secrets are named by where
# they are (X_env, X_keyring, X_file), never given (credentials.py); SECRET_KEYS lists the X.
_COMMON_SOURCE_KEYS = frozenset({"type", "name", "jurisdiction"})
_FILE_KEYS = frozenset({"paths", "path", "origin"})
_MAIL_COMMON = frozenset(
    {"folders", "exclude_folders", "ca_file", "verify", "timeout", "move_folders", "verdict_categories"}
)
SECRET_KEYS = frozenset({"password", "client_secret", "token"})


def _secrets(*names: str) -> frozenset[str]:
    return frozenset(f"{n}_{where}" for n in names for where in ("env", "keyring", "file"))


SOURCE_KEYS: dict[str, frozenset[str]] = {
    "paths": _FILE_KEYS,
    "removable": frozenset(),
    "imap": _MAIL_COMMON
    | {"host", "port", "security", "username", "auth", "batch", "mailbox"}
    | _secrets("password", "token"),
    "ews": _MAIL_COMMON
    | {"endpoint", "username", "auth_type", "access_type", "mailbox", "mailboxes", "archive", "version", "max_wait"}
    | _secrets("password"),
    "graph": _MAIL_COMMON
    | {
        "tenant_id",
        "client_id",
        "mailbox",
        "mailboxes",
        "page_size",
        "max_retries",
        "max_wait",
        "authority",
        "graph_url",
    }
    | _secrets("client_secret"),
    "pst": _FILE_KEYS,
    "mailbox_file": _FILE_KEYS,
    "sql": frozenset(
        {
            "url",
            "schemas",
            "include",
            "exclude",
            "updated_at",
            "updated_column",
            "sample",
            "statement_timeout_ms",
            "batch_size",
        }
    )
    | _secrets("password"),
    "smb": frozenset(
        {
            "server",
            "share",
            "path",
            "port",
            "domain",
            "username",
            "auth",
            "encrypt",
            "exclude",
            "owner",
            "origin",
            "timeout",
        }
    )
    | _secrets("password"),
}
# Keys every kind shares; a kind not in SOURCE_KEYS (a plug-in, or one added since) gets these checks only.
_UNIVERSAL_SOURCE_KEYS = frozenset({"type", "name", "jurisdiction", "paths", "path", "origin"})

# Types of source keys that several kinds share (a kind's own module checks the rest further).
_SOURCE_TYPES: dict[str, Any] = {
    "name": str,
    "type": str,
    "path": str,
    "paths": list[str],
    "origin": str,
    "jurisdiction": str,
    "folders": list[str],
    "exclude_folders": list[str],
    "mailboxes": list[str],
    "mailbox": str,
    "host": str,
    "port": int,
    "username": str,
    "endpoint": str,
    "tenant_id": str,
    "client_id": str,
    "ca_file": str,
    "verify": bool,
    "archive": bool,
    "timeout": float,
    "max_wait": float,
    "max_retries": int,
    "page_size": int,
    "batch": int,
    "security": str,
    "auth": str,
    "auth_type": str,
    "access_type": str,
    "authority": str,
    "graph_url": str,
    "version": str,
    "url": str,
    "server": str,
    "share": str,
    "domain": str,
    "encrypt": bool,
    "owner": bool,
    "schemas": list[str],
    "include": list[str],
    "exclude": list[str],
    "updated_at": dict[str, str],
    "updated_column": str,
    "sample": int,
    "statement_timeout_ms": int,
    "batch_size": int,
}
_SOURCE_RULES: dict[str, Rule] = {
    "name": NON_EMPTY,
    "path": NON_EMPTY,
    "origin": one_of(*ORIGINS),
    "jurisdiction": one_of(*JURISDICTIONS, fold=True),
    "port": between(1, 65535),
    "timeout": above(0),
    "max_wait": at_least(0),
    "max_retries": at_least(0),
    "page_size": between(1, 1000),
    "batch": at_least(1),
    "security": one_of("tls", "starttls", "none"),
    "url": NON_EMPTY,
    "sample": at_least(1),
    "statement_timeout_ms": at_least(0),
    "batch_size": at_least(1),
}

# Top-level tables of the file; other parts of the product register theirs here.
TABLES: dict[str, type[Any] | None] = {
    "scan": None,  # the ScanConfig dataclass, passed in by core.config (it imports this module)
    "store": StoreSettings,
    "retention": RetentionSettings,
    "notify": NotifySettings,
    "sources": None,  # an array of tables, checked by kind
    "backups": None,  # the backup window (access/backups.py checks its own keys)
}


# --- checking -------------------------------------------------------------------------------------


def _shown(value: Any) -> str:
    kinds = {bool: "true/false", int: "integer", float: "number", str: "text", list: "list", dict: "table"}
    kind = next((name for t, name in kinds.items() if type(value) is t), type(value).__name__)
    if isinstance(value, dict):
        return "a table"
    text = repr(value) if not isinstance(value, str) else '"' + value.replace('"', '\\"') + '"'
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{text} ({kind})"


def _suggest(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f"; did you mean {close[0]}?" if close else f"; known: {', '.join(sorted(known))}"


class _Checker:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, key: str, message: str) -> ConfigError:
        return ConfigError(f"{self.file}: {key}: {message}")

    def expected(self, key: str, what: str, value: Any) -> ConfigError:
        return self.fail(key, f"expected {what}, got {_shown(value)}")

    def value(self, key: str, hint: Any, value: Any, rule: Rule | None) -> Any:
        """``value`` converted to the type ``hint`` (TOML lists become tuples), or ConfigError."""
        checked = self._typed(key, hint, value)
        if rule is not None and not rule.ok(checked):
            raise self.expected(key, rule.expected, value)
        return checked

    def _typed(self, key: str, hint: Any, value: Any) -> Any:
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if key in SIZE_KEYS:
            try:
                return parse_size(value)
            except ValueError:
                raise self.expected(key, 'a size in bytes such as 536870912, "512M" or "2G"', value) from None
        if origin in (types.UnionType, typing.Union):
            options = [a for a in args if a is not type(None)]
            for option in options:
                try:
                    return self._typed(key, option, value)
                except ConfigError:
                    continue
            raise self.expected(key, " or ".join(_describe(o) for o in options), value)
        if origin is typing.Literal:
            if value not in args:
                raise self.expected(key, "one of " + ", ".join(str(a) for a in args), value)
            return value
        if hint is bool:
            if not isinstance(value, bool):
                raise self.expected(key, "true or false", value)
            return value
        if hint is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise self.expected(key, "a whole number", value)
            if abs(value) > MAX_INT:
                raise self.expected(key, f"a whole number up to {MAX_INT}", value)
            return value
        if hint is float:
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise self.expected(key, "a number", value)
            return float(value)
        if hint is str:
            if not isinstance(value, str):
                raise self.expected(key, "a text in quotes", value)
            return value
        if origin in (tuple, list):
            if not isinstance(value, list):
                raise self.expected(key, f"a list such as [{_example(args[0])}]", value)
            items = [self._typed(f"{key}[{n}]", args[0], v) for n, v in enumerate(value)]
            return tuple(items) if origin is tuple else items
        if origin is dict:
            if not isinstance(value, dict):
                raise self.expected(key, "a table", value)
            return {str(k): self._typed(f"{key}.{k}", args[1], v) for k, v in value.items()}
        if dataclasses.is_dataclass(hint) and isinstance(hint, type):
            if not isinstance(value, dict):
                raise self.expected(key, f"a table [{key}]", value)
            return self.table(hint, value, key)
        raise self.fail(key, f"cannot check a value of type {hint!r}")  # a schema bug, caught by tests

    def table(self, cls: type[T], data: Mapping[str, Any], where: str) -> T:
        """An instance of the dataclass ``cls`` from a TOML table; unknown keys refused."""
        hints = typing.get_type_hints(cls)
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        toml_names = [next((k for k, v in _ALIASES.items() if v == n), n) for n in names]
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            name = _ALIASES.get(key, key)
            full = f"{where}.{key}"
            if name not in names:
                raise self.fail(full, "unknown key" + _suggest(key, toml_names))
            kwargs[name] = self.value(full, hints[name], value, RULES.get(full))
            if full == "scan.detect.entities":
                self.entities(full, kwargs[name])
        try:
            return cls(**kwargs)
        except ConfigError as exc:  # a rule across fields (e.g. inspect_private needs a reason)
            raise self.fail(where, str(exc)) from None
        except (TypeError, ValueError) as exc:
            raise self.fail(where, str(exc)) from None

    def entities(self, key: str, names: tuple[str, ...]) -> None:
        for n, name in enumerate(names):
            if name not in ALL_ENTITIES:
                raise self.fail(f"{key}[{n}]", f'unknown entity "{name}"' + _suggest(name, list(ALL_ENTITIES)))

    def sources(self, value: Any) -> list[dict[str, Any]]:
        if isinstance(value, dict):
            raise self.fail("sources", "expected [[sources]] tables (an array of tables), got a single [sources] table")
        if not isinstance(value, list) or not all(isinstance(s, dict) for s in value):
            raise self.expected("sources", "[[sources]] tables", value)
        return [self.source(n, spec) for n, spec in enumerate(value)]

    def source(self, n: int, spec: dict[str, Any]) -> dict[str, Any]:
        label = f"sources[{n}]" + (f" ({spec['name']})" if isinstance(spec.get("name"), str) else "")
        kind = spec.get("type", "paths")
        if not isinstance(kind, str) or not kind.strip():
            raise self.expected(f"{label}.type", 'a source type such as "paths" or "imap"', kind)
        # A kind this table does not know may be a plug-in: the source registry (above core)
        # refuses unknown kinds (sources.registry.check_kinds); its keys are checked by its factory.
        allowed = SOURCE_KEYS[kind] | _COMMON_SOURCE_KEYS if kind in SOURCE_KEYS else None
        if "paths" in spec and not isinstance(spec["paths"], list):  # a text would be read letter by letter
            raise self.expected(f"{label}.paths", 'a list of paths such as ["/srv/share"]', spec["paths"])
        for key, value in spec.items():
            full = f"{label}.{key}"
            if key in SECRET_KEYS:
                raise self.fail(
                    full,
                    f"a secret is never written in the file: give {key}_env (a variable), "
                    f'{key}_keyring ("service:user") or {key}_file (a 0600 file)',
                )
            if allowed is not None and key not in allowed:
                raise self.fail(full, f"unknown key for a {kind} source" + _suggest(key, sorted(allowed)))
            if key in _SOURCE_TYPES and (allowed is not None or key in _UNIVERSAL_SOURCE_KEYS):
                self.value(full, _SOURCE_TYPES[key], value, _SOURCE_RULES.get(key))
        if kind in ("paths", "pst", "mailbox_file"):
            paths = spec.get("paths")
            if paths is not None:
                if not paths:
                    raise self.fail(f"{label}.paths", 'expected at least one path, such as ["/srv/share"]')
                for i, p in enumerate(paths):
                    if not p.strip():
                        raise self.fail(f"{label}.paths[{i}]", "expected a path, got an empty text")
            elif "path" not in spec:
                raise self.fail(label, 'expected paths = ["/srv/share", ...] (the folders or files to sweep)')
        return spec


def _describe(hint: Any) -> str:
    if hint is str:
        return "a text in quotes"
    if hint is bool:
        return "true or false"
    if hint in (int, float):
        return "a number"
    if typing.get_origin(hint) in (tuple, list):
        return f"a list such as [{_example(typing.get_args(hint)[0])}]"
    return str(hint)


def _example(hint: Any) -> str:
    return {str: '"..."', int: "1", float: "1.0", bool: "true"}.get(hint, "...")


@dataclass(frozen=True)
class SweepFile:
    """A whole sweep configuration file, checked."""

    scan: Any  # ScanConfig (typed in core.config, which imports this module)
    store: StoreSettings
    retention: RetentionSettings
    notify: NotifySettings | None
    sources: list[dict[str, Any]]


def check_document(doc: Mapping[str, Any], file: str, scan_class: type[T]) -> SweepFile:
    """Check a parsed TOML document; ConfigError (one line: file, key, what was expected) if wrong."""
    checker = _Checker(file)
    scan_fields = {f.name for f in dataclasses.fields(scan_class)}  # type: ignore[arg-type]
    for key, value in doc.items():
        if key in TABLES:
            continue
        if key in scan_fields:  # e.g. workers = 2 or [limits] outside [scan]
            where = f"[scan.{key}]" if isinstance(value, dict) else f"[scan] {key}"
            raise checker.fail(key, f"belongs in the [scan] table; did you mean {where}?")
        what = "table" if isinstance(value, (dict, list)) else "key"
        names = list(TABLES)
        raise checker.fail(key, f"unknown {what}" + _suggest(key, names).replace("mean ", "mean [").replace("?", "]?"))

    def section(name: str, cls: type[Any]) -> Any:
        raw = doc.get(name, {})
        if not isinstance(raw, dict):
            raise checker.expected(name, f"a table [{name}]", raw)
        return checker.table(cls, raw, name)

    notify = section("notify", NotifySettings) if "notify" in doc else None
    if notify is not None:
        if not notify.smtp_host:
            raise checker.fail("notify.smtp_host", 'expected the SMTP server, such as "mail.example.dk"')
        if not notify.to:
            raise checker.fail("notify.to", 'expected the DPO address(es), such as ["dpo@example.dk"]')
    return SweepFile(
        scan=section("scan", scan_class),
        store=section("store", StoreSettings),
        retention=section("retention", RetentionSettings),
        notify=notify,
        sources=checker.sources(doc.get("sources", [])),
    )


def check_table(cls: type[T], data: Mapping[str, Any], where: str, file: str = "configuration") -> T:
    """One dataclass from one table with the same checks (e.g. ``[scan]`` given as a dict)."""
    return _Checker(file).table(cls, data, where)
