"""The schema of the sweep configuration file (TOML), checked before anything runs.

One typed schema covers the whole file: ``[scan]`` is read into the :mod:`pii_scanner.core.config`
dataclasses by their type hints (a new section or field is picked up without touching this module),
``[store]``, ``[retention]`` and ``[notify]`` into the small dataclasses below; every
``[[sources]]`` table gets the checks all kinds share here, and the checks of its kind from its
typed spec one layer up (``pii_scanner.sources.specs``, read with the same :meth:`_Checker.table`:
core cannot import sources). Every error is ONE line naming the
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
from pii_scanner.core.secret_ref import WHERE, SecretRef

# "auto": the compiled per-candidate steps when installed (native/); "off": pure Python. Same findings.
FAST_PATH_SETTINGS = ("auto", "off")

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
    "scan.detect.fast_path": one_of(*FAST_PATH_SETTINGS),
    "scan.ner.batch_size": at_least(1),
    "scan.ner.max_chars": at_least(1000),
    "scan.ner.combine": one_of("confident", "pipeline"),
    "scan.ner.combine_min_score": between(0, 1),
    "scan.limits.max_file_size": at_least(1),
    "scan.limits.max_depth": between(0, 1000),
    "scan.limits.max_ratio": at_least(1),
    "scan.limits.max_expanded": at_least(1),
    "scan.limits.stream_above": at_least(1),
    "scan.limits.findings_in_memory": at_least(1),
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
    # An empty text here was the default, silently: the default key, the shipped policy, no name model,
    # the default password variable, no SMTP login.
    "scan.key_file": NON_EMPTY,
    "scan.ner.pipelines": Rule(
        'a table of language = pipeline package or folder, none empty, such as { da = "da_core_news_lg" }',
        lambda v: all(str(p).strip() for p in v.values()),
    ),
    "retention.policy": NON_EMPTY,
    "notify.username": NON_EMPTY,
    "notify.password_env": NON_EMPTY,
    "notify.from": NON_EMPTY,
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

# Field metadata a dataclass table may carry (the source specs use them; sources/specs):
RULE = "rule"  # a Rule the value must meet beyond its type
EXAMPLE = "example"  # shown when a required key is missing: ``expected <key> = <example>``
SINGLE = "single"  # another TOML key giving one element of this list field (``path`` for ``paths``)
INTERNAL = "internal"  # not a TOML key (set by the code that builds the object)

# Secrets are named by where they are (X_env, X_keyring, X_file), never given; a field typed
# ``SecretRef | None`` is spelled that way, and its plain name is refused with a clear line.
# SECRET_KEYS are refused in every [[sources]] table, also of a kind this module knows nothing of.
SECRET_KEYS = frozenset({"password", "client_secret", "token"})

# Keys every [[sources]] table may have, typed here; a kind's own keys are checked by its typed
# spec (sources/specs, which derives the per-kind key table from the spec classes).
_SOURCE_TYPES: dict[str, Any] = {
    "name": str,
    "type": str,
    "path": str,
    "paths": list[str],
    "origin": str,
    "jurisdiction": str,
}
_SOURCE_RULES: dict[str, Rule] = {
    "name": NON_EMPTY,
    "path": NON_EMPTY,
    "origin": one_of(*ORIGINS),
    "jurisdiction": one_of(*JURISDICTIONS, fold=True),
}


@dataclass(frozen=True)
class OffsiteSettings:
    window_days: int = dataclasses.field(metadata={RULE: at_least(0), EXAMPLE: "90"})
    name: str = "offsite"


@dataclass(frozen=True)
class BackupSettings:
    """One ``[[backups]]`` table: what a backup keeps and for how long (read by access/backups.py)."""

    window_days: int = dataclasses.field(metadata={RULE: at_least(0), EXAMPLE: "30"})
    name: str | None = None
    system: str = ""
    covers: str | tuple[str, ...] = ("*",)  # source names, or "*" for all
    offsite: tuple[OffsiteSettings, ...] = ()


# Top-level tables of the file; other parts of the product register theirs here.
TABLES: dict[str, type[Any] | None] = {
    "scan": None,  # the ScanConfig dataclass, passed in by core.config (it imports this module)
    "store": StoreSettings,
    "retention": RetentionSettings,
    "notify": NotifySettings,
    "sources": None,  # an array of tables, checked by kind
    "backups": None,  # an array of BackupSettings tables (read by access/backups.py)
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
        return ConfigError(f"{self.file}: {key}: {message}" if key else f"{self.file}: {message}")

    def expected(self, key: str, what: str, value: Any) -> ConfigError:
        return self.fail(key, f"expected {what}, got {_shown(value)}")

    def value(self, key: str, hint: Any, value: Any, rule: Rule | None) -> Any:
        """``value`` converted to the type ``hint`` (TOML lists become tuples), or ConfigError."""
        if rule is not None and typing.get_origin(hint) is typing.Literal and value not in typing.get_args(hint):
            raise self.expected(key, rule.expected, value)  # the rule may allow fewer than the type
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
            if len(options) == 1:  # an optional value: the one type's own message
                return self._typed(key, options[0], value)
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

    def table(self, cls: type[T], data: Mapping[str, Any], where: str, what: str = "") -> T:
        """An instance of the dataclass ``cls`` from a TOML table; unknown keys refused.

        Field metadata (``RULE``, ``EXAMPLE``, ``SINGLE``, ``INTERNAL``) and ``SecretRef`` fields are
        honoured; a field without a default is required. ``what`` ends the "unknown key" line
        (e.g. " for a imap source").
        """
        hints = typing.get_type_hints(cls)
        fields = {f.name: f for f in _fields(cls) if not f.metadata.get(INTERNAL)}
        keys = _toml_keys(fields, hints)
        kwargs: dict[str, Any] = {}
        refs: dict[str, dict[str, str]] = {}
        for key, value in data.items():
            full = f"{where}.{key}" if where else key
            if key not in keys:
                if key in fields and is_secret(hints[key]):
                    raise self.fail(full, secret_hint(key))
                raise self.fail(full, f"unknown key{what}" + _suggest(key, sorted(keys)))
            name, how = keys[key]
            meta = fields[name].metadata
            if how in WHERE:
                refs.setdefault(name, {})[how] = self.value(full, str, value, NON_EMPTY)
            elif how == SINGLE:
                if _key_of(name) not in data:  # the list key wins when both are given
                    single = self.value(full, str, value, NON_EMPTY)
                    kwargs[name] = self._typed(full, hints[name], [single])
            else:
                kwargs[name] = self.value(full, hints[name], value, meta.get(RULE) or RULES.get(full))
            if full == "scan.detect.entities":
                self.entities(full, kwargs[name])
        kwargs.update({name: SecretRef(**where_) for name, where_ in refs.items()})
        for name, f in fields.items():
            if name not in kwargs and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                example = f.metadata.get(EXAMPLE, "...")
                raise self.fail(where, f"expected {_key_of(name)} = {example} (required)")
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
        """The checks every kind shares; the kind's own keys are checked by its typed spec above core
        (``sources.registry.load_sweep_config``), which also refuses a kind no factory handles."""
        label = source_label(n, spec)
        kind = spec.get("type", "paths")
        if not isinstance(kind, str) or not kind.strip():
            raise self.expected(f"{label}.type", 'a source type such as "paths" or "imap"', kind)
        if "paths" in spec and not isinstance(spec["paths"], list):  # a text would be read letter by letter
            raise self.expected(f"{label}.paths", 'a list of paths such as ["/srv/share"]', spec["paths"])
        for key, value in spec.items():
            full = f"{label}.{key}"
            if key in SECRET_KEYS:
                raise self.fail(full, secret_hint(key))
            if key in _SOURCE_TYPES:
                self.value(full, _SOURCE_TYPES[key], value, _SOURCE_RULES.get(key))
        return spec


def source_label(n: int, spec: Mapping[str, Any]) -> str:
    """How errors name the n-th [[sources]] table: ``sources[0] (its name)``."""
    name = spec.get("name")
    return f"sources[{n}]" + (f" ({name})" if isinstance(name, str) else "")


def secret_hint(key: str) -> str:
    return (
        f"a secret is never written in the file: give {key}_env (a variable), "
        f'{key}_keyring ("service:user") or {key}_file (a 0600 file)'
    )


def is_secret(hint: Any) -> bool:
    """A ``SecretRef`` field (possibly optional): spelled X_env / X_keyring / X_file in TOML."""
    return hint is SecretRef or SecretRef in typing.get_args(hint)


def _fields(cls: type[Any]) -> tuple[dataclasses.Field[Any], ...]:
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"{cls!r} is not a dataclass")
    return dataclasses.fields(cls)


def _key_of(name: str) -> str:
    return next((k for k, v in _ALIASES.items() if v == name), name)


def _toml_keys(fields: Mapping[str, dataclasses.Field[Any]], hints: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
    """TOML key -> (field name, how it is given: "" a value, SINGLE one element, or a secret's place)."""
    keys: dict[str, tuple[str, str]] = {}
    for name, f in fields.items():
        key = _key_of(name)
        if is_secret(hints[name]):
            keys.update({f"{key}_{where}": (name, where) for where in WHERE})
        else:
            keys[key] = (name, "")
        if f.metadata.get(SINGLE):
            keys[str(f.metadata[SINGLE])] = (name, SINGLE)
    return keys


def toml_keys(cls: type[Any]) -> frozenset[str]:
    """Every TOML key a table read into the dataclass ``cls`` accepts."""
    fields = {f.name: f for f in _fields(cls) if not f.metadata.get(INTERNAL)}
    return frozenset(_toml_keys(fields, typing.get_type_hints(cls)))


def _describe(hint: Any) -> str:
    if hint is str:
        return "a text in quotes"
    if hint is bool:
        return "true or false"
    if hint in (int, float):
        return "a number"
    if typing.get_origin(hint) in (tuple, list):
        return f"a list such as [{_example(typing.get_args(hint)[0])}]"
    if typing.get_origin(hint) is dict or dataclasses.is_dataclass(hint):
        return "a table"
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
    scan_fields = {f.name for f in _fields(scan_class)}
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

    backups = doc.get("backups", [])
    if not isinstance(backups, list) or not all(isinstance(b, dict) for b in backups):
        raise checker.expected("backups", "[[backups]] tables (an array of tables)", backups)
    for n, backup in enumerate(backups):
        checker.table(BackupSettings, backup, f"backups[{n}]")
    notify = section("notify", NotifySettings) if "notify" in doc else None
    if notify is not None:
        if not notify.smtp_host:
            raise checker.fail("notify.smtp_host", 'expected the SMTP server, such as "mail.example.dk"')
        if not notify.to:
            raise checker.fail("notify.to", 'expected the DPO address(es), such as ["dpo@example.dk"]')
    scan = section("scan", scan_class)
    store = section("store", StoreSettings)
    heartbeat = float(getattr(getattr(scan, "sweep", None), "heartbeat_seconds", 0.0))
    if heartbeat * 2 > store.lock_stale_seconds:
        # A running sweep that beats less often than this looks stale: a second sweep takes its lock over and
        # both sweep the same sources at once.
        raise checker.fail(
            "store.lock_stale_seconds",
            f"expected at least twice scan.sweep.heartbeat_seconds ({heartbeat:g}), got {store.lock_stale_seconds:g}: "
            "a running sweep would look stale and a second one would take its lock",
        )
    return SweepFile(
        scan=scan,
        store=store,
        retention=section("retention", RetentionSettings),
        notify=notify,
        sources=checker.sources(doc.get("sources", [])),
    )


def check_setting(key: str, value: Any) -> None:
    """One setting changed in code or by a command-line option (``ScanConfig.with_``), held to the rule
    of its key in the file (a range, a choice); ConfigError naming the key. Keys without a rule pass."""
    rule = RULES.get(key)
    if rule is None or value is None:
        return
    try:
        checked = parse_size(value) if key in SIZE_KEYS else value
    except ValueError:
        raise _Checker("setting").expected(key, 'a size such as 536870912 or "512M"', value) from None
    if isinstance(checked, float) and not math.isfinite(checked):
        raise _Checker("setting").expected(key, rule.expected, value)
    try:
        ok = rule.ok(checked)
    except (TypeError, ValueError):
        ok = False
    if not ok:
        raise _Checker("setting").expected(key, rule.expected, value)


def check_table(cls: type[T], data: Mapping[str, Any], where: str, file: str = "configuration", what: str = "") -> T:
    """One dataclass from one table with the same checks (``[scan]`` given as a dict, a source spec)."""
    return _Checker(file).table(cls, data, where, what)
