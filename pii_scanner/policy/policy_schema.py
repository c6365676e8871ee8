"""The shape of a retention policy file (YAML), checked before it is read.

The same typed checks as the sweep configuration (core/config_schema): a wrong type, or an unknown key
at any level (``perod:``, ``pth:`` in a rule), is ONE line naming the file and the key with what was
expected, and exit 2. Without it a typo fell back to a default silently (a rule without its path
condition matches every item) and a list where a table belongs stopped the sweep with an internal error.
The meaning of the values (bases, periods, known categories) is checked where they are read
(policy/retention.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pii_scanner.core.config_schema import check_table


@dataclass(frozen=True)
class CategorySpec:
    description: str = ""
    period: str | dict[str, str] | None = None  # "10y", or one per jurisdiction {DK: 5y, SE: 7y}
    basis: str = "modified"
    when_unknown: str = "last_activity"


@dataclass(frozen=True)
class RuleSpec:
    category: str
    path: str | None = None
    mail_folder: str | None = None
    doc_type: str | None = None
    event: str | None = None
    anchor: str | None = None
    state: str | None = None


@dataclass(frozen=True)
class SqlSpec:
    url: str
    query: str


@dataclass(frozen=True)
class RegisterSpec:
    category: str
    name: str | None = None
    csv: str | None = None
    sql: SqlSpec | None = None
    key: str = "key"
    date: str = "date"
    encoding: str = "utf-8-sig"


@dataclass(frozen=True)
class PolicySpec:
    version: int = 2
    jurisdiction: str = "DK"
    default: str | None = None
    categories: dict[str, CategorySpec] = field(default_factory=dict)
    rules: list[RuleSpec] = field(default_factory=list)
    registers: list[RegisterSpec] = field(default_factory=list)


def _plain(value: Any) -> Any:
    """YAML as the checker reads TOML: text keys, and an empty value (``anchor:``, ``null``) as absent."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def check_policy(doc: dict[str, Any], file: str) -> PolicySpec:
    """``doc`` checked against the policy file's schema; ConfigError (one line) if it does not fit."""
    plain = _plain(doc)
    categories = doc.get("categories")
    if isinstance(categories, dict):  # a category given by its name alone takes every default
        plain["categories"] = {str(k): _plain(v) if v is not None else {} for k, v in categories.items()}
    return check_table(PolicySpec, plain, "", file)
