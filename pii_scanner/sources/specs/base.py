"""The spec every source kind extends, and how a ``[[sources]]`` table becomes one.

A kind's spec is a frozen dataclass: its fields are the kind's TOML keys (a ``SecretRef`` field
``password`` is spelled ``password_env`` / ``password_keyring`` / ``password_file``), their types
are checked, their defaults are the kind's defaults, and ``metadata`` carries a value rule
(``RULE``), an example for a missing key (``EXAMPLE``) or a one-element alias (``SINGLE``). A rule
across fields lives in ``__post_init__`` and raises ``ConfigError`` with a short reason.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pii_scanner.core.config_schema import INTERNAL, JURISDICTIONS, NON_EMPTY, RULE, Rule, is_secret, one_of
from pii_scanner.core.secret_ref import WHERE, SecretRef


def rule(check: Rule, **more: Any) -> dict[str, Any]:
    """Field metadata: the value ``check`` (plus other metadata keys)."""
    return {RULE: check, **more}


def lowered(*choices: str) -> Rule:
    """One of ``choices``, case folded (``NTLM`` and ``ntlm`` are the same)."""
    return Rule("one of " + ", ".join(choices), lambda v: str(v).lower() in choices)


@dataclass(frozen=True)
class SourceSpec:
    """Keys every kind has. ``given`` is the table as written: what the source IS for its identity
    (``sweeps.engine.normalised_spec``) and what the index records, so existing indexes keep
    recognising their sources whatever defaults a spec fills in."""

    type: str
    name: str = field(metadata=rule(NON_EMPTY))
    jurisdiction: str | None = field(default=None, metadata=rule(one_of(*JURISDICTIONS, fold=True)))
    given: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False, metadata={INTERNAL: True})

    def roots(self) -> tuple[str, ...]:
        """Local folders or files the source reads (the Dask executor partitions by them)."""
        return ()

    def as_table(self) -> dict[str, Any]:
        """The TOML-shaped table: as written when parsed, else from the fields that differ from
        their defaults (a spec built in code)."""
        if self.given:
            return dict(self.given)
        hints = _hints(type(self))
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            if f.metadata.get(INTERNAL):
                continue
            value = getattr(self, f.name)
            if f.name not in ("type", "name") and value == _default(f):
                continue
            if is_secret(hints[f.name]):
                out.update({f"{f.name}_{w}": getattr(value, w) for w in WHERE if getattr(value, w, None)})
            else:
                out[f.name] = list(value) if isinstance(value, tuple) else value
        return out


@dataclass(frozen=True, kw_only=True)
class GenericSpec(SourceSpec):
    """A kind without a spec class of its own (a plug-in factory): its own keys as given."""

    options: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def as_table(self) -> dict[str, Any]:
        if self.given:
            return dict(self.given)
        common = {k: v for k, v in super().as_table().items() if k != "options"}
        return {**self.options, **common}


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return dataclasses.MISSING


def _hints(cls: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(cls)


__all__ = ["GenericSpec", "SecretRef", "SourceSpec", "lowered", "rule"]
