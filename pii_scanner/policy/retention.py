"""Retention policy: a YAML file (``policies/retention.yaml``) maps items to categories, each with a
period per jurisdiction and a date basis; items whose period ran out get the ``past_retention`` flag.

Matching uses the classifier's document type, path globs and the mail folder (first rule wins).
"""

from __future__ import annotations

import calendar
import fnmatch
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from pii_scanner.core.errors import ConfigError
from pii_scanner.core.model import FLAG_PAST_RETENTION, ItemResult
from pii_scanner.core.resources import data_dir

APPROXIMATE_BASES = frozenset({"case_closed", "relationship_ended", "employment_ended"})
_PERIOD = re.compile(r"^\s*(\d+)\s*([ymd])\s*$")


@dataclass(frozen=True)
class Category:
    name: str
    description: str
    periods: dict[str, str | None]  # jurisdiction -> "10y" / "6m" / None (continuous)
    basis: str


@dataclass(frozen=True)
class Rule:
    category: str
    doc_type: str | None = None
    path: re.Pattern[str] | None = None
    mail_folder: re.Pattern[str] | None = None


@dataclass(frozen=True)
class RetentionPolicy:
    jurisdiction: str
    categories: dict[str, Category]
    rules: tuple[Rule, ...] = field(default=())

    def with_jurisdiction(self, jurisdiction: str | None) -> RetentionPolicy:
        if not jurisdiction:
            return self
        return RetentionPolicy(jurisdiction.upper(), self.categories, self.rules)

    def category_for(self, result: ItemResult) -> str | None:
        item = result.item
        path = unquote(item.location.split("://", 1)[-1]).casefold()
        folder = (item.mail.folder if item.mail else "").casefold()
        for rule in self.rules:
            if rule.doc_type is not None and result.doc_type == rule.doc_type:
                return rule.category
            if rule.path is not None and rule.path.search(path):
                return rule.category
            if rule.mail_folder is not None and folder and rule.mail_folder.fullmatch(folder):
                return rule.category
        return None

    def due(self, category: str, document_date: datetime | None) -> datetime | None:
        """When the period of ``category`` runs out for a document dated ``document_date``."""
        cat = self.categories[category]
        period = cat.periods.get(self.jurisdiction, cat.periods.get("default"))
        if period is None or cat.basis == "continuous" or document_date is None:
            return None
        start = document_date if document_date.tzinfo else document_date.replace(tzinfo=UTC)
        if cat.basis == "end_of_year":
            start = start.replace(month=12, day=31, hour=23, minute=59, second=59, microsecond=0)
        return add_period(start, period)

    def __call__(
        self, result: ItemResult, at: datetime | None = None
    ) -> tuple[str | None, datetime | None, str | None]:
        """(category, due date, basis) for an item, adding ``past_retention`` when due has passed."""
        category = self.category_for(result)
        if category is None:
            return None, None, None
        item = result.item
        when = item.mail.date if item.mail and item.mail.date else item.mtime
        due = self.due(category, when)
        if due is not None and due <= (at or datetime.now(UTC)):
            result.add_flag(FLAG_PAST_RETENTION)
        return category, due, self.categories[category].basis


def add_period(start: datetime, period: str) -> datetime:
    """``start`` plus "10y" / "6m" / "30d" (month ends clamp: 31 Aug + 6m = 28/29 Feb).

    >>> add_period(datetime(2020, 8, 31), "6m")
    datetime.datetime(2021, 2, 28, 0, 0)
    """
    m = _PERIOD.match(period)
    if not m:
        raise ConfigError(f"retention period {period!r} is not like '10y', '6m' or '30d'")
    n, unit = int(m.group(1)), m.group(2)
    if unit == "d":
        from datetime import timedelta

        return start + timedelta(days=n)
    months = n * 12 if unit == "y" else n
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    day = min(start.day, calendar.monthrange(year, month + 1)[1])
    return start.replace(year=year, month=month + 1, day=day)


def _glob(pattern: str) -> re.Pattern[str]:
    """A path glob ("**" spans folders, "*" and "?" stay within one) as a case-folded regex."""
    out = []
    i = 0
    text = pattern.casefold()
    while i < len(text):
        if text.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif text.startswith("**", i):
            out.append(".*")
            i += 2
        elif text[i] == "*":
            out.append("[^/]*")
            i += 1
        elif text[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(text[i]))
            i += 1
    return re.compile(
        "(?:^|/)" + "".join(out).removeprefix("(?:.*/)?") + "$" if text.startswith("**/") else "^" + "".join(out) + "$"
    )


def _folder_glob(pattern: str) -> re.Pattern[str]:
    """Mail folder globs: "*" spans folder levels ("*rekrutter*" matches "Indbakke/Rekruttering")."""
    return re.compile(fnmatch.translate(pattern.casefold()))


def _periods(raw: Any, name: str) -> dict[str, str | None]:
    if raw in (None, "continuous"):
        return {"default": None}
    if isinstance(raw, str):
        add_period(datetime(2000, 1, 1), raw)
        return {"default": raw}
    if isinstance(raw, dict):
        out: dict[str, str | None] = {}
        for k, v in raw.items():
            if v not in (None, "continuous"):
                add_period(datetime(2000, 1, 1), str(v))
            out[str(k).upper() if k != "default" else "default"] = None if v in (None, "continuous") else str(v)
        return out
    raise ConfigError(f"retention category {name}: period must be a string or a table per jurisdiction")


def policy_from_dict(doc: dict[str, Any]) -> RetentionPolicy:
    cats: dict[str, Category] = {}
    for name, spec in (doc.get("categories") or {}).items():
        spec = spec or {}
        cats[name] = Category(
            name,
            str(spec.get("description", name)),
            _periods(spec.get("period"), name),
            str(spec.get("basis", "modified")),
        )
    rules: list[Rule] = []
    for raw in doc.get("rules") or []:
        category = raw.get("category")
        if category not in cats:
            raise ConfigError(f"retention rule {raw!r}: unknown category {category!r}")
        rules.append(
            Rule(
                category,
                raw.get("doc_type"),
                _glob(raw["path"]) if raw.get("path") else None,
                _folder_glob(raw["mail_folder"]) if raw.get("mail_folder") else None,
            )
        )
    return RetentionPolicy(str(doc.get("jurisdiction", "DK")).upper(), cats, tuple(rules))


def load_policy(path: str | Path | None = None, jurisdiction: str | None = None) -> RetentionPolicy:
    """The policy file at ``path``, or the shipped ``policies/retention.yaml``."""
    file = Path(path) if path else data_dir("policies") / "retention.yaml"
    try:
        doc = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ConfigError(f"cannot read retention policy {file}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML in retention policy {file}") from exc
    return policy_from_dict(doc).with_jurisdiction(jurisdiction)
