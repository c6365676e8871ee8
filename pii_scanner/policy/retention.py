"""Retention policy: a YAML file (``policies/retention.yaml``) maps items to categories, each with a
period per jurisdiction and the date or EVENT the period counts from; items whose period ran out
get the ``past_retention`` flag.

Categories come from rules, first match wins, so the order in the file is the precedence (the case a
document belongs to decides before the document's type). A rule's conditions (``path``,
``mail_folder``, ``doc_type``, ``event``) must all hold. A rule may name an ``anchor``: the folder
that groups items about one case, employee, customer or recruitment round; all items of an anchor
share its event date.

The event date (case closed, employment ended, customer relationship ended, recruitment finished)
is taken, in this order, from: a register the organisation exports (CSV or SQL, ``registers:``),
markers in the documents of the anchor (classify/events.py: "sagen er afsluttet", "fratrådt pr.
..."), and folder conventions (a rule's ``state: ended`` / ``state: current``). Where none tells,
the category's ``when_unknown`` decides: ``last_activity`` (the newest document of the anchor,
reported as approximate, with the reason) or ``ongoing`` (no due date yet).

``RetentionPolicy.__call__`` decides one item alone (the scan writes that); ``decide`` decides a
whole set at once so anchors and registers apply (policy/apply.py runs it over the index after each
sweep).
"""

from __future__ import annotations

import calendar
import csv
import fnmatch
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from pii_scanner.core.errors import ConfigError
from pii_scanner.core.model import FLAG_PAST_RETENTION, ItemResult
from pii_scanner.core.privacy import scrub_location
from pii_scanner.core.resources import data_dir
from pii_scanner.core.user_paths import read_settings_file
from pii_scanner.policy.policy_schema import check_policy

EVENT_BASES = frozenset({"case_closed", "employment_ended", "relationship_ended", "recruitment_finished"})
BASES = EVENT_BASES | {"modified", "end_of_year", "continuous"}
EVENT_PREFIX = "event_"  # classify/events.py writes metadata["event_<kind>"] = YYYYMMDD or 1
_PERIOD = re.compile(r"^\s*(\d+)\s*([ymd])\s*$")


@dataclass(frozen=True)
class Category:
    name: str
    description: str
    periods: dict[str, str | None]  # jurisdiction -> "10y" / "6m" / None (continuous)
    basis: str
    when_unknown: str = "last_activity"  # or "ongoing"


@dataclass(frozen=True)
class Rule:
    category: str
    doc_type: str | None = None
    path: re.Pattern[str] | None = None
    mail_folder: re.Pattern[str] | None = None
    event: str | None = None
    anchor: re.Pattern[str] | None = None  # glob of the grouping folder (a path prefix)
    state: str | None = None  # what the folder convention says of the event: "ended" / "current"
    label: str = ""  # the rule as written, for the evidence

    def matches(self, facts: Facts) -> bool:
        if self.doc_type is not None and facts.doc_type != self.doc_type:
            return False
        if self.path is not None and not self.path.search(facts.place):
            return False
        if self.mail_folder is not None and not (facts.mail_folder and self.mail_folder.fullmatch(facts.mail_folder)):
            return False
        return self.event is None or self.event in facts.events

    def anchor_of(self, facts: Facts) -> str | None:
        """The shortest folder prefix of the item's path (or mail folder) matching ``anchor``."""
        if self.anchor is None:
            return None
        for place, whole in ((facts.place, False), (facts.mail_folder, True)):
            parts = place.split("/") if place else []
            for n in range(1, len(parts) + whole):  # a file's last part is its name, a mail folder's a folder
                prefix = "/".join(parts[:n])
                if self.anchor.search(prefix):
                    return prefix
        return None


@dataclass
class Facts:
    """What retention needs of one item (from a scan result, or from an index row)."""

    key: str
    place: str  # the path, unquoted and case-folded ("/share/sager/2023-0147/brev.docx")
    mail_folder: str = ""
    doc_type: str | None = None
    doc_date: datetime | None = None  # mail date, else modification time
    events: dict[str, date | None] = field(default_factory=dict)  # kind -> date stated (None: the document's)
    has_personal_data: bool = True
    jurisdiction: str | None = None

    @classmethod
    def of(cls, result: ItemResult, key: str = "") -> Facts:
        item = result.item
        return cls(
            key or item.location,
            place_of(item.location),
            (item.mail.folder or "").casefold() if item.mail else "",
            result.doc_type,
            item.mail.date if item.mail and item.mail.date else item.mtime,
            events_from_metadata(result.metadata),
            bool(result.findings),
        )


@dataclass
class Decision:
    category: str | None
    due: datetime | None = None
    basis: str | None = None
    approximate: bool = False
    evidence: str = ""
    event_date: date | None = None

    def as_tuple(self) -> tuple[str | None, datetime | None, str | None]:
        return self.category, self.due, self.basis


@dataclass(frozen=True)
class Register:
    """Rows an organisation exports: key (case number, employee, customer) -> event date (None: ongoing)."""

    name: str
    category: str
    rows: dict[str, date | None]

    def with_masked_addresses(self, tag: Callable[[str], str]) -> Register:
        rows = dict(self.rows)
        for key, when in self.rows.items():
            if "@" in key:
                rows.setdefault(_fold_key(scrub_location(key, tag) or key), when)
        return Register(self.name, self.category, rows)

    def identifier_keys(self) -> dict[str, list[str]]:
        """The keys that are identifiers (a CPR number, a personnummer: 10 or 12 digits, ``-``/``+``
        allowed), as digits, by the birth date a masked folder name keeps of them."""
        out: dict[str, list[str]] = defaultdict(list)
        for key in self.rows:
            digits = key.replace("-", "").replace("+", "").strip()
            if len(digits) in (10, 12) and digits.isascii() and digits.isdigit():
                out[digits[:-4]].append(digits)
        return out

    def with_tagged_identifiers(self, tag: Callable[[str], str]) -> Register:
        rows = dict(self.rows)
        for key, when in self.rows.items():
            for born, numbers in Register(self.name, self.category, {key: when}).identifier_keys().items():
                for sep in ("", "-", "+"):
                    rows.setdefault(f"{born}{sep}xxxx~{tag(numbers[0])}", when)
        return Register(self.name, self.category, rows)

    def lookup(self, anchor: str) -> tuple[str, date | None] | None:
        """The row whose key is the anchor folder's name or starts it ("2023-0147 Hansen mod Berg"): the
        equal key, else the longest key that ends where the folder's number ends. Row order never decides:
        case 12's date must not reach the open case 12-34, nor a key 2016 every folder 2016-xxxx."""
        folder = _fold_key(anchor.rsplit("/", 1)[-1])
        if folder in self.rows:
            return folder, self.rows[folder]
        best: str | None = None
        for key in self.rows:
            if folder.startswith(key) and _number_ends(folder[len(key) :]) and (best is None or len(key) > len(best)):
                best = key
        return (best, self.rows[best]) if best is not None else None


@dataclass(frozen=True)
class RetentionPolicy:
    jurisdiction: str
    categories: dict[str, Category]
    rules: tuple[Rule, ...] = field(default=())
    registers: tuple[Register, ...] = field(default=())
    default: str | None = None  # category of items no rule matches

    def with_address_tag(self, tag: Callable[[str], str]) -> RetentionPolicy:
        """The policy with each register key that is an e-mail address also known in the form the index
        shows a folder named by it (``o***12f669@firma.dk``: masked, with the keyed tag ``tag`` makes)."""
        registers = tuple(register.with_masked_addresses(tag) for register in self.registers)
        return RetentionPolicy(self.jurisdiction, self.categories, self.rules, registers, self.default)

    def identifier_keys(self) -> dict[str, list[str]]:
        """Every register's identifier keys (see ``Register.identifier_keys``)."""
        out: dict[str, list[str]] = defaultdict(list)
        for register in self.registers:
            for born, numbers in register.identifier_keys().items():
                out[born] += [n for n in numbers if n not in out[born]]
        return out

    def with_identifier_tag(self, tag: Callable[[str], str]) -> RetentionPolicy:
        """The policy with each register key that is an identifier also known in the form
        ``tag_identifiers`` gives a folder named by it (``070761-xxxx~3fa2c1``)."""
        registers = tuple(register.with_tagged_identifiers(tag) for register in self.registers)
        return RetentionPolicy(self.jurisdiction, self.categories, self.rules, registers, self.default)

    def with_jurisdiction(self, jurisdiction: str | None) -> RetentionPolicy:
        if not jurisdiction:
            return self
        policy = RetentionPolicy(jurisdiction.upper(), self.categories, self.rules, self.registers, self.default)
        policy.check_periods()
        return policy

    def check_periods(self) -> None:
        """ConfigError when a category's period table has no entry for the jurisdiction and no ``default``: its
        period would be none, "continuous", and no item of it ever flagged past retention, without a word
        (``jurisdiction: XX``, a table keyed ``DNK``). ``{DK: 5y, SE: continuous}`` says so on purpose."""
        for cat in self.categories.values():
            if self.jurisdiction not in cat.periods and "default" not in cat.periods:
                raise ConfigError(
                    f"retention category {cat.name}: no period for jurisdiction {self.jurisdiction} (its table has "
                    f"{', '.join(sorted(cat.periods))}; add {self.jurisdiction}: or default:)"
                )

    def period(self, category: str, jurisdiction: str | None = None) -> str | None:
        cat = self.categories[category]
        return cat.periods.get((jurisdiction or self.jurisdiction).upper(), cat.periods.get("default"))

    def rule_for(self, facts: Facts) -> Rule | None:
        return next((r for r in self.rules if r.matches(facts)), None)

    def category_for(self, result: ItemResult) -> str | None:
        rule = self.rule_for(Facts.of(result))
        return rule.category if rule else self.default

    def due(self, category: str, document_date: datetime | None, jurisdiction: str | None = None) -> datetime | None:
        """When the period of ``category`` runs out counted from ``document_date`` (no event logic)."""
        cat = self.categories[category]
        period = self.period(category, jurisdiction)
        if period is None or cat.basis == "continuous" or document_date is None:
            return None
        start = _aware(document_date)
        if cat.basis == "end_of_year":
            # The document's year is the firm's local year: a voucher of New Year's night in Copenhagen is
            # of the new year, though it is still the old one in UTC.
            local = local_time(start, jurisdiction or self.jurisdiction)
            start = local.replace(month=12, day=31, hour=23, minute=59, second=59, microsecond=0).astimezone(UTC)
        return add_period(start, period)

    def __call__(
        self, result: ItemResult, at: datetime | None = None
    ) -> tuple[str | None, datetime | None, str | None]:
        """(category, due date, basis) for one item alone, adding ``past_retention`` when due has passed."""
        facts = Facts.of(result)
        decision = self.decide([facts])[facts.key]
        rule = self.rule_for(facts)
        if decision.approximate and rule is not None and rule.anchor_of(facts):
            # Estimated from this item alone, though its folder may date it: the sweep's index-wide
            # pass (policy/apply.py) decides, so no false past_retention is raised meanwhile.
            decision.due = None
        if decision.due is not None and decision.due <= (at or datetime.now(UTC)):
            result.add_flag(FLAG_PAST_RETENTION)
        return decision.as_tuple()

    # --- many items at once ------------------------------------------------------------------
    def decide(self, items: Sequence[Facts]) -> dict[str, Decision]:
        """Category, due date, basis and evidence for every item; anchors share their event."""
        placed: list[tuple[Facts, Rule | None, str | None]] = []
        groups: dict[str, list[Facts]] = defaultdict(list)  # anchor folder -> its items, any category
        for facts in items:
            rule = self.rule_for(facts)
            category = rule.category if rule else self.default
            anchor = rule.anchor_of(facts) if rule else None
            placed.append((facts, rule, anchor))
            if anchor:
                groups[anchor].append(facts)
        out: dict[str, Decision] = {}
        for facts, rule, anchor in placed:
            category = rule.category if rule else self.default
            if category is None:
                out[facts.key] = Decision(None, evidence="no retention rule matches")
                continue
            members = groups.get(anchor, [facts]) if anchor else [facts]
            out[facts.key] = self._decide_one(facts, category, rule, anchor, members)
        return out

    def _decide_one(
        self, facts: Facts, category: str, rule: Rule | None, anchor: str | None, members: Sequence[Facts]
    ) -> Decision:
        cat = self.categories[category]
        jurisdiction = facts.jurisdiction or self.jurisdiction
        period = self.period(category, jurisdiction)
        why = f"rule: {_describe(rule)}" if rule else "default category"
        if cat.basis == "continuous" or period is None:
            return Decision(category, None, cat.basis, evidence=f"{why}; no fixed period (deleted continuously)")
        if cat.basis not in EVENT_BASES:
            return Decision(
                category,
                self.due(category, facts.doc_date, jurisdiction),
                cat.basis,
                evidence=f"{why}; counted from the document date",
            )
        where = f"folder {anchor}" if anchor else "this item"
        event, how, approximate = self._event(facts, cat, rule, anchor, members, where, jurisdiction)
        if event is None:
            return Decision(category, None, cat.basis, evidence=f"{why}; {how}")
        start = datetime(event.year, event.month, event.day, tzinfo=UTC)
        return Decision(category, add_period(start, period), cat.basis, approximate, f"{why}; {how}", event)

    def _event(
        self,
        facts: Facts,
        cat: Category,
        rule: Rule | None,
        anchor: str | None,
        members: Sequence[Facts],
        where: str,
        jurisdiction: str,
    ) -> tuple[date | None, str, bool]:
        """(event date or None, the evidence, approximate?). A document's own date is its local day."""
        kind = cat.basis
        for register in self.registers:
            if register.category == cat.name and anchor:
                row = register.lookup(anchor)
                if row is not None:
                    _, when = row
                    if when is None:
                        return None, f"register {register.name}: {_pretty(kind)} has not happened (ongoing)", False
                    return when, f"register {register.name}: {_pretty(kind)} {when.isoformat()}", False
        stated: list[tuple[Facts, date, bool]] = []  # (document, date, the date is written in the text)
        for m in members:
            if kind in m.events:
                written = m.events[kind]
                when = written or (local_time(m.doc_date, jurisdiction).date() if m.doc_date else None)
                if when is not None:
                    stated.append((m, when, written is not None))
        if stated:
            when = max(d for _, d, _ in stated)
            own = any(m is facts and d == when for m, d, _ in stated)
            source = "this document" if own else f"a document in {where}"
            # A phrase without a (valid) date is dated by its document: the evidence must not claim the text says when.
            dated = (
                "stated in the text"
                if any(w for _, d, w in stated if d == when)
                else "stated in the text, dated by the document"
            )
            return when, f"{_pretty(kind)} {when.isoformat()}, {dated} ({source})", False
        state = rule.state if rule else None
        if state == "current" or (state is None and cat.when_unknown == "ongoing"):
            return None, f"{_pretty(kind)}: not yet ({'folder convention' if state else 'no event known'})", False
        dates = [m.doc_date for m in members if m.doc_date is not None]
        if not dates:
            return None, f"{_pretty(kind)}: date unknown and no document date", True
        last = local_time(max(dates, key=_aware), jurisdiction).date()
        reason = "the folder says it has happened, not when" if state == "ended" else "no event date known"
        return last, f"APPROXIMATE: {reason}; the newest document in {where} ({last.isoformat()}) used", True


def _pretty(kind: str) -> str:
    return kind.replace("_", " ")


def _describe(rule: Rule | None) -> str:
    return f"{rule.category} ({rule.label})" if rule else "none"


def _aware(ts: datetime) -> datetime:
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)


_ZONES = {"DK": "Europe/Copenhagen", "SE": "Europe/Stockholm", "NO": "Europe/Oslo", "FI": "Europe/Helsinki"}
_WINTER_OFFSET = {"DK": 1, "SE": 1, "NO": 1, "FI": 2}  # where no time-zone database is installed (Windows)


def local_time(ts: datetime, jurisdiction: str | None) -> datetime:
    """``ts`` in the local time of the jurisdiction (UTC for one not known). Without a time-zone database
    the standard (winter) offset is used: exact at the turn of the year, which is what periods count from."""
    code = (jurisdiction or "").upper()
    ts = _aware(ts)
    if code not in _ZONES:
        return ts.astimezone(UTC)
    try:
        zone: tzinfo = ZoneInfo(_ZONES[code])
    except (ZoneInfoNotFoundError, ValueError):
        zone = timezone(timedelta(hours=_WINTER_OFFSET[code]))
    try:
        return ts.astimezone(zone)
    except OverflowError:  # a date at the very end of the calendar: its year is the same either way
        return ts.astimezone(UTC)


def _number_ends(rest: str) -> bool:
    """Whether a register key may end where ``rest`` begins: at the end of the name or a separator that
    does not go on with more of the number (``12`` ends in ``12 Berg``/``12_Berg``, not in ``12-34``, ``12.3``)."""
    if not rest:
        return True
    if rest[0].isalnum():
        return False
    return not (rest[0] in "-./+_~" and rest[1:2].isdigit())


def _fold_key(text: str) -> str:
    return " ".join(text.casefold().split())


def place_of(location: str) -> str:
    """The path part of a location, unquoted and case-folded (archive members keep their inner path)."""
    return unquote(location.split("://", 1)[-1]).casefold()


# An identifier masked in a stored location: the birth date kept, the rest ``XXXX`` (core.privacy.scrub).
MASKED_IDENTIFIER = re.compile(r"(?<![0-9A-Za-z])(\d{8}|\d{6})([-+]?)XXXX(?![0-9A-Za-z])")


def tag_identifiers(
    location: str,
    location_key: str,
    numbers: dict[str, list[str]],
    key_of: Callable[[str], str],
    tag: Callable[[str], str],
) -> str | None:
    """The stored (masked) ``location`` with its masked identifiers tagged by the identity they hide, when
    one of ``numbers`` (by birth date) put in their place gives the item's keyed identity ``location_key``
    (``key_of``: the index's keyed hash of a real location); None when none does.

    A masked CPR keeps only the birth date, which people share: the keyed identity of the whole location
    tells whose it is without storing or showing the number (``…/070761-XXXX~3fa2c1 Jens/``). Every masked
    identifier of one birth date in the location is taken to be the same number (a folder and a file named
    by one person); a location that also masks something else (an address, another person's number) cannot
    be rebuilt and stays untagged.
    """
    spans = list(MASKED_IDENTIFIER.finditer(location))
    for born in dict.fromkeys(m[1] for m in spans):
        for number in numbers.get(born, ()):
            if key_of(_filled(location, born, number[-4:])) == location_key:
                return _filled(location, born, "XXXX~" + tag(number))
    return None


def _filled(location: str, born: str, rest: str) -> str:
    """``location`` with each masked identifier of birth date ``born`` ending in ``rest`` for ``XXXX``."""
    return MASKED_IDENTIFIER.sub(lambda m: m[1] + m[2] + rest if m[1] == born else m[0], location)


def events_from_metadata(meta: dict[str, Any] | None) -> dict[str, date | None]:
    out: dict[str, date | None] = {}
    for key, value in (meta or {}).items():
        if key.startswith(EVENT_PREFIX) and isinstance(value, int) and value:
            text = str(value)
            try:
                out[key[len(EVENT_PREFIX) :]] = (
                    date(int(text[:4]), int(text[4:6]), int(text[6:8])) if len(text) == 8 else None
                )
            except ValueError:
                out[key[len(EVENT_PREFIX) :]] = None
    return out


def add_period(start: datetime, period: str) -> datetime:
    """``start`` plus "10y" / "6m" / "30d" (month ends clamp: 31 Aug + 6m = 28/29 Feb).

    >>> add_period(datetime(2020, 8, 31), "6m")
    datetime.datetime(2021, 2, 28, 0, 0)
    """
    m = _PERIOD.match(period)
    if not m:
        raise ConfigError(f"retention period {period!r} is not like '10y', '6m' or '30d'")
    n, unit = int(m.group(1)), m.group(2)
    if n > _LONGEST[unit]:
        raise ConfigError(f"retention period {period!r} is longer than 1000 years")
    months = n * 12 if unit == "y" else n
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    # A document dated near the end of time (a mail whose Date says 9999) is due after it: never.
    end = datetime.max.replace(tzinfo=UTC) if start.tzinfo else datetime.max
    if (unit != "d" and year >= end.year) or (unit == "d" and start > end - timedelta(days=n + 2)):
        return end
    if unit == "d":
        return start + timedelta(days=n)
    day = min(start.day, calendar.monthrange(year, month + 1)[1])
    return start.replace(year=year, month=month + 1, day=day)


_LONGEST = {"y": 1000, "m": 12000, "d": 366000}


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


def _parse_date(value: Any, where: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ConfigError(f"{where}: {text!r} is not a date (use YYYY-MM-DD)")


def load_register(spec: dict[str, Any], base: Path, categories: Iterable[str]) -> Register:
    """One ``registers:`` entry: ``csv`` (a file, relative to the policy) or ``sql`` (url + query)."""
    name = str(spec.get("name") or spec.get("csv") or "register")
    category = spec.get("category")
    if category not in set(categories):
        raise ConfigError(f"retention register {name}: unknown category {category!r}")
    key_col, date_col = str(spec.get("key", "key")), str(spec.get("date", "date"))
    rows: list[tuple[Any, Any]] = []
    if spec.get("csv"):
        file = Path(str(spec["csv"]))
        file = file if file.is_absolute() else base / file
        try:
            with open(file, encoding=str(spec.get("encoding", "utf-8-sig")), newline="") as fh:
                sample = fh.read(4096)
                fh.seek(0)
                dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample else csv.excel
                reader = csv.DictReader(fh, dialect=dialect)
                if reader.fieldnames is None or key_col not in reader.fieldnames or date_col not in reader.fieldnames:
                    raise ConfigError(f"retention register {name}: {file.name} needs the columns {key_col}, {date_col}")
                rows = [(r[key_col], r[date_col]) for r in reader]
        except OSError as exc:
            raise ConfigError(f"retention register {name}: cannot read {file}: {exc.strerror}") from exc
        except csv.Error as exc:
            raise ConfigError(f"retention register {name}: {file.name} is not a CSV file ({exc})") from exc
    elif isinstance(spec.get("sql"), dict):
        import sqlalchemy as sa

        sql = spec["sql"]
        try:
            engine = sa.create_engine(str(sql["url"]))
            with engine.connect() as conn:
                rows = [(r[0], r[1]) for r in conn.execute(sa.text(str(sql["query"])))]
            engine.dispose()
        except KeyError as exc:
            raise ConfigError(f"retention register {name}: sql needs url and query") from exc
        except sa.exc.SQLAlchemyError as exc:
            raise ConfigError(f"retention register {name}: the query failed ({type(exc).__name__})") from exc
    else:
        raise ConfigError(f"retention register {name}: give csv = FILE or sql = {{url, query}}")
    out: dict[str, date | None] = {}
    for key, when in rows:
        if key is None or not str(key).strip():
            continue
        folded, parsed = _fold_key(str(key)), _parse_date(when, f"retention register {name}")
        # One key with two dates: which one is right only the register's owner knows (no key in the message).
        if folded in out and out[folded] != parsed:
            raise ConfigError(f"retention register {name}: a {key_col} is listed twice with different {date_col}")
        out[folded] = parsed
    return Register(name, str(category), out)


def policy_from_dict(doc: dict[str, Any], base: Path | None = None, file: str = "retention policy") -> RetentionPolicy:
    check_policy(doc, file)
    cats: dict[str, Category] = {}
    for name, spec in (doc.get("categories") or {}).items():
        spec = spec or {}
        basis = str(spec.get("basis", "modified"))
        if basis not in BASES:
            raise ConfigError(f"retention category {name}: basis {basis!r} is not one of {', '.join(sorted(BASES))}")
        when_unknown = str(spec.get("when_unknown", "last_activity"))
        if when_unknown not in ("last_activity", "ongoing"):
            raise ConfigError(f"retention category {name}: when_unknown must be last_activity or ongoing")
        cats[name] = Category(
            name, str(spec.get("description", name)), _periods(spec.get("period"), name), basis, when_unknown
        )
    rules: list[Rule] = []
    for raw in doc.get("rules") or []:
        category = raw.get("category")
        if category not in cats:
            raise ConfigError(f"retention rule {raw!r}: unknown category {category!r}")
        state = raw.get("state")
        if state not in (None, "ended", "current"):
            raise ConfigError(f"retention rule {raw!r}: state must be ended or current")
        rules.append(
            Rule(
                category,
                raw.get("doc_type"),
                _glob(raw["path"]) if raw.get("path") else None,
                _folder_glob(raw["mail_folder"]) if raw.get("mail_folder") else None,
                raw.get("event"),
                _glob(raw["anchor"]) if raw.get("anchor") else None,
                state,
                ", ".join(f"{k}={raw[k]}" for k in ("path", "mail_folder", "doc_type", "event", "state") if raw.get(k)),
            )
        )
    default = doc.get("default")
    if default is not None and default not in cats:
        raise ConfigError(f"retention default category {default!r} is not defined")
    registers = tuple(load_register(r, base or Path.cwd(), cats) for r in doc.get("registers") or [])
    policy = RetentionPolicy(str(doc.get("jurisdiction", "DK")).upper(), cats, tuple(rules), registers, default)
    policy.check_periods()
    return policy


def load_policy(path: str | Path | None = None, jurisdiction: str | None = None) -> RetentionPolicy:
    """The policy file at ``path``, or the shipped ``policies/retention.yaml``."""
    file = Path(path) if path else data_dir("policies") / "retention.yaml"
    data = read_settings_file(file, "retention policy")  # never /dev/zero read until memory runs out
    try:
        doc = yaml.safe_load(data.decode("utf-8")) or {}
    except UnicodeDecodeError as exc:
        raise ConfigError(f"retention policy {file} is not UTF-8 text: {exc.reason}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML in retention policy {file}") from exc
    if not isinstance(doc, dict):
        raise ConfigError(f"retention policy {file} must be a mapping")
    if _holds_itself(doc):  # read on, it ended the sweep as an internal error (RecursionError)
        raise ConfigError(f"retention policy {file}: a YAML alias (*name) is used inside itself")
    return policy_from_dict(doc, file.parent, str(file)).with_jurisdiction(jurisdiction)


def _holds_itself(value: Any, inside: frozenset[int] = frozenset()) -> bool:
    """Whether a list or mapping of ``value`` holds itself (what a YAML alias inside its anchor builds)."""
    if not isinstance(value, (dict, list)):
        return False
    if id(value) in inside:
        return True
    inside = inside | {id(value)}
    return any(_holds_itself(v, inside) for v in (value.values() if isinstance(value, dict) else value))
