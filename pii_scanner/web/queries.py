"""What the console pages read from the index: scoped, filtered, sorted, paged in SQL.

Every query that lists items or findings takes a :class:`Scope`: staff see the organisation, an
employee only what they own (file owner account, mailbox fingerprint, mapped shared folder, or an
assignment in the remediation queue). The scope is applied in SQL, so a direct URL to somebody
else's item finds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from pii_scanner.store import schema as s
from pii_scanner.store.accounts import Account, assignments, owner_map, owner_prefixes
from pii_scanner.store.store import Store

COUNT_CAP = 1_000  # "1000+" instead of an exact count over a million rows (the count is most of a page's cost)
SORTS = {
    "first_seen": s.findings.c.first_seen_at,
    "score": s.findings.c.score,
    "entity": s.findings.c.entity_type,
    # Literal arguments, so the expression matches the index ix_items_location_sort (bound
    # parameters would not, and SQLite would sort the whole join).
    "location": sa.func.substr(s.items.c.location, sa.literal_column("1"), sa.literal_column("400")),
    "risk": s.items.c.risk,
}
RETENTION_STATES = ("past", "due_soon", "kept", "none")
EFFECTIVE_STATUSES = ("open", "false_positive", "exception", "resolved", "moved", "deleted", "reopened")
OWNER_CLAIMS = ("resolved", "moved", "deleted")  # closed by the owner; the next sweep verifies them
DUE_SOON_DAYS = 90

_item_triage = s.triage.alias("item_triage")
_finding_triage = s.triage.alias("finding_triage")


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass(frozen=True)
class Scope:
    """Whose items a page may show: everyone's (staff) or one account's."""

    everyone: bool
    owner_names: tuple[str, ...] = ()
    mailbox_fps: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    username: str = ""

    @classmethod
    def of(cls, store: Store, account: Account) -> Scope:
        if account.is_staff:
            return cls(everyone=True, username=account.username)
        return cls(
            everyone=False,
            owner_names=account.owner_names,
            mailbox_fps=account.mailbox_fps,
            prefixes=tuple(owner_prefixes(store, account.username)),
            username=account.username,
        )

    def condition(self) -> sa.ColumnElement[bool]:
        if self.everyone:
            return sa.true()
        i = s.items.c
        parts: list[sa.ColumnElement[bool]] = [
            i.location_key.in_(sa.select(assignments.c.location_key).where(assignments.c.username == self.username))
        ]
        if self.owner_names:
            parts.append(i.owner.in_(self.owner_names))
        if self.mailbox_fps:
            parts.append(i.mail["mailbox_fp"].as_string().in_(self.mailbox_fps))
        parts.extend(i.location.like(_like_prefix(p), escape="\\") for p in self.prefixes)
        return sa.or_(*parts)


def unowned_condition(store: Store) -> sa.ColumnElement[bool]:
    """Items no account owns: the remediation queue."""
    with store.engine.connect() as conn:
        accounts_rows = conn.execute(
            sa.select(sa.text("owner_names"), sa.text("mailbox_fps")).select_from(sa.text("console_users"))
        ).all()
        prefixes = list(conn.scalars(sa.select(owner_map.c.prefix)))
    names: set[str] = set()
    fps: set[str] = set()
    for row in accounts_rows:
        names.update(_json_list(row[0]))
        fps.update(_json_list(row[1]))
    i = s.items.c
    owned: list[sa.ColumnElement[bool]] = [
        i.owner.in_(sorted(names)),
        i.mail["mailbox_fp"].as_string().in_(sorted(fps)),
    ]
    owned.extend(i.location.like(_like_prefix(p), escape="\\") for p in prefixes)
    return sa.not_(sa.or_(*owned))


def _json_list(value: Any) -> list[str]:
    if isinstance(value, str):
        import json

        value = json.loads(value)
    return [str(v) for v in value or []]


def effective_status() -> sa.ColumnElement[str]:
    """Triage status of a finding row: its own decision, else its item's, else open; an owner's claim
    ("moved", "deleted", "resolved") that a later sweep contradicts (still there) reads "reopened"."""
    raw = sa.func.coalesce(_finding_triage.c.status, _item_triage.c.status, "open")
    decided_at = sa.func.coalesce(_finding_triage.c.updated_at, _item_triage.c.updated_at)
    expires = sa.func.coalesce(_finding_triage.c.expires_at, _item_triage.c.expires_at)
    i = s.items.c
    return sa.case(
        ((raw == "exception") & expires.is_not(None) & (expires < datetime.now(UTC)), sa.literal("open")),
        (
            raw.in_(OWNER_CLAIMS) & i.removed_at.is_(None) & (i.scanned_at > decided_at),
            sa.literal("reopened"),
        ),
        else_=raw,
    )


def _finding_from() -> Any:
    f, i = s.findings.c, s.items.c
    return (
        s.findings.join(s.items, f.item_id == i.id)
        .outerjoin(
            _finding_triage,
            (_finding_triage.c.location_key == i.location_key) & (_finding_triage.c.fingerprint == f.fingerprint),
        )
        .outerjoin(_item_triage, (_item_triage.c.location_key == i.location_key) & (_item_triage.c.fingerprint == ""))
    )


def retention_state(at: datetime | None = None) -> sa.ColumnElement[str]:
    when = at or datetime.now(UTC)
    i = s.items.c
    return sa.case(
        (i.past_retention.is_(True), sa.literal("past")),
        (i.retention_due.is_(None), sa.literal("none")),
        (i.retention_due <= when + timedelta(days=DUE_SOON_DAYS), sa.literal("due_soon")),
        else_=sa.literal("kept"),
    )


@dataclass(frozen=True)
class FindingFilters:
    source: int | None = None
    owner: str | None = None
    entity: str | None = None
    category: str | None = None
    risk: str | None = None
    retention: str | None = None
    status: str | None = None
    found_from: date | None = None
    found_to: date | None = None
    include_removed: bool = False

    def conditions(self) -> list[sa.ColumnElement[bool]]:
        f, i = s.findings.c, s.items.c
        out: list[sa.ColumnElement[bool]] = []
        if not self.include_removed:
            out.append(i.removed_at.is_(None))
        if self.source is not None:
            out.append(i.source_id == self.source)
        if self.owner:
            out.append(i.owner == self.owner)
        if self.entity:
            out.append(f.entity_type == self.entity)
        if self.category:
            # JSON list of category names; the quotes make the match exact.
            out.append(sa.cast(i.categories, sa.Text).like(f'%"{_plain(self.category)}"%'))
        if self.risk:
            out.append(i.risk == self.risk)
        if self.retention in RETENTION_STATES:
            out.append(retention_state() == self.retention)
        if self.status in EFFECTIVE_STATUSES:
            out.append(effective_status() == self.status)
        if self.found_from:
            out.append(f.first_seen_at >= datetime.combine(self.found_from, datetime.min.time(), UTC))
        if self.found_to:
            out.append(f.first_seen_at < datetime.combine(self.found_to + timedelta(days=1), datetime.min.time(), UTC))
        return out

    def as_query(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for key in ("source", "owner", "entity", "category", "risk", "retention", "status", "found_from", "found_to"):
            value = getattr(self, key)
            if value not in (None, ""):
                out[key] = str(value)
        return out


def _plain(value: str) -> str:
    return "".join(ch for ch in value if ch.isalnum() or ch in "_-")


@dataclass
class Page:
    rows: list[dict[str, Any]]
    total: int
    capped: bool
    page: int
    page_size: int
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


def findings_page(
    store: Store,
    scope: Scope,
    filters: FindingFilters,
    *,
    sort: str = "first_seen",
    descending: bool = True,
    page: int = 1,
    page_size: int = 50,
) -> Page:
    f, i = s.findings.c, s.items.c
    where = sa.and_(scope.condition(), *filters.conditions())
    order = SORTS.get(sort, SORTS["first_seen"])
    keys = [order, f.id] if sort != "location" else [order, i.id, f.id]  # follows the items' index order
    order_by = [k.desc() if descending else k.asc() for k in keys]
    page = max(1, page)
    query = (
        sa.select(
            f.id,
            f.entity_type,
            f.subtype,
            f.masked,
            f.score,
            f.fingerprint,
            f.first_seen_at,
            i.id.label("item_id"),
            i.location,
            i.owner,
            i.risk,
            i.categories,
            i.source_id,
            effective_status().label("status"),
            retention_state().label("retention"),
        )
        .select_from(_finding_from())
        .where(where)
        .order_by(*order_by)
        .limit(page_size)
        .offset((page - 1) * page_size)
    )
    counted = sa.select(sa.literal(1)).select_from(_finding_from()).where(where).limit(COUNT_CAP + 1).subquery()
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
        total = int(conn.scalar(sa.select(sa.func.count()).select_from(counted)) or 0)
    return Page(rows=rows, total=min(total, COUNT_CAP), capped=total > COUNT_CAP, page=page, page_size=page_size)


def item_detail(store: Store, scope: Scope, item_id: int) -> dict[str, Any] | None:
    i, f = s.items.c, s.findings.c
    with store.engine.connect() as conn:
        item = conn.execute(sa.select(s.items).where((i.id == item_id) & scope.condition())).mappings().first()
        if item is None:
            return None
        findings = [
            dict(r)
            for r in conn.execute(
                sa.select(
                    f.id,
                    f.entity_type,
                    f.subtype,
                    f.masked,
                    f.fingerprint,
                    f.score,
                    f.part,
                    f.context,
                    f.recognizer,
                    f.checksum,
                    f.start_offset,
                    f.end_offset,
                    effective_status().label("status"),
                )
                .select_from(_finding_from())
                .where(f.item_id == item_id)
                .order_by(f.start_offset)
            ).mappings()
        ]
        decisions = [
            dict(r)
            for r in conn.execute(
                sa.select(s.triage)
                .where(s.triage.c.location_key == item["location_key"])
                .order_by(s.triage.c.updated_at)
            ).mappings()
        ]
        source = conn.execute(
            sa.select(s.sources.c.name, s.sources.c.kind).where(s.sources.c.id == item["source_id"])
        ).first()
        assigned = conn.scalar(
            sa.select(assignments.c.username).where(assignments.c.location_key == item["location_key"])
        )
    out = dict(item)
    out["findings"] = findings
    out["decisions"] = decisions
    out["source_name"] = source[0] if source else ""
    out["source_kind"] = source[1] if source else ""
    out["assigned_to"] = assigned
    item_status = next((d for d in decisions if d["fingerprint"] == ""), None)
    out["item_status"] = _item_effective(out, item_status)
    return out


def _item_effective(item: dict[str, Any], decision: dict[str, Any] | None) -> str:
    if decision is None:
        return "open"
    status = str(decision["status"])
    scanned, decided = item.get("scanned_at"), decision.get("updated_at")
    if status not in OWNER_CLAIMS or item.get("removed_at") is not None:
        return status
    if isinstance(scanned, datetime) and isinstance(decided, datetime) and _aware(scanned) > _aware(decided):
        return "reopened"
    return status


def _aware(ts: datetime) -> datetime:
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)


def my_items(store: Store, scope: Scope, *, page: int = 1, page_size: int = 50, queue: bool = False) -> Page:
    """Items with personal data an employee owns (or, with ``queue``, that nobody owns)."""
    i = s.items.c
    cond = unowned_condition(store) if queue else scope.condition()
    where = sa.and_(cond, i.removed_at.is_(None), (i.findings_count > 0) | i.private.is_(True))
    status = sa.func.coalesce(_item_triage.c.status, "open")
    query = (
        sa.select(
            i.id,
            i.location,
            i.location_key,
            i.owner,
            i.origin,
            i.flags,
            i.entities,
            i.findings_count,
            i.private,
            i.risk,
            i.retention_category,
            i.retention_due,
            i.past_retention,
            i.scanned_at,
            i.removed_at,
            status.label("status"),
            _item_triage.c.updated_at.label("decided_at"),
            assignments.c.username.label("assigned_to"),
        )
        .select_from(
            s.items.outerjoin(
                _item_triage, (_item_triage.c.location_key == i.location_key) & (_item_triage.c.fingerprint == "")
            ).outerjoin(assignments, assignments.c.location_key == i.location_key)
        )
        .where(where)
        .order_by(i.past_retention.desc(), i.findings_count.desc(), i.id)
        .limit(page_size)
        .offset((max(1, page) - 1) * page_size)
    )
    counted = sa.select(sa.literal(1)).select_from(s.items).where(where).limit(COUNT_CAP + 1).subquery()
    with store.engine.connect() as conn:
        rows = []
        for r in conn.execute(query).mappings():
            row = dict(r)
            decision = {"status": row["status"], "updated_at": row["decided_at"]} if row["decided_at"] else None
            row["status"] = _item_effective(row, decision)
            row["asks"] = policy_asks(row)
            rows.append(row)
        total = int(conn.scalar(sa.select(sa.func.count()).select_from(counted)) or 0)
    return Page(rows=rows, total=min(total, COUNT_CAP), capped=total > COUNT_CAP, page=page, page_size=page_size)


def policy_asks(item: dict[str, Any]) -> list[str]:
    """Message ids (i18n) of what the organisation's policy asks the owner to do with an item."""
    flags = set(item.get("flags") or ())
    asks: list[str] = []
    if item.get("private"):
        return ["ask_private"]
    if "unencrypted_cpr" in flags:
        asks.append("ask_mail_cpr")
    if "removable_media" in flags:
        asks.append("ask_removable")
    if "local_storage" in flags:
        asks.append("ask_local")
    if item.get("past_retention") or "past_retention" in flags:
        asks.append("ask_retention")
    if "special_category" in flags:
        asks.append("ask_special")
    return asks or ["ask_case_system"]


def dashboard(store: Store, *, at: datetime | None = None) -> dict[str, Any]:
    """The minimisation picture as counts, computed in SQL (fast on large indexes)."""
    when = at or datetime.now(UTC)
    i, f, r = s.items.c, s.findings.c, s.runs.c
    live = i.removed_at.is_(None)
    with_findings = live & (i.findings_count > 0)
    out: dict[str, Any] = {}
    with store.engine.connect() as conn:
        out["items_with_pii"] = conn.scalar(sa.select(sa.func.count()).where(with_findings)) or 0
        out["findings"] = (
            conn.scalar(sa.select(sa.func.count()).select_from(s.findings.join(s.items, f.item_id == i.id)).where(live))
            or 0
        )
        out["past_retention"] = conn.scalar(sa.select(sa.func.count()).where(live & i.past_retention.is_(True))) or 0
        out["errors"] = conn.scalar(sa.select(sa.func.count()).where(live & i.error.is_not(None))) or 0
        out["private"] = conn.scalar(sa.select(sa.func.count()).where(live & i.private.is_(True))) or 0
        out["by_entity"] = _pairs(
            conn.execute(
                sa.select(f.entity_type, sa.func.count())
                .select_from(s.findings.join(s.items, f.item_id == i.id))
                .where(live)
                .group_by(f.entity_type)
                .order_by(sa.func.count().desc())
            )
        )
        out["by_source"] = _pairs(
            conn.execute(
                sa.select(s.sources.c.name, sa.func.count())
                .select_from(s.items.join(s.sources, s.sources.c.id == i.source_id))
                .where(with_findings)
                .group_by(s.sources.c.name)
                .order_by(sa.func.count().desc())
                .limit(12)
            )
        )
        out["by_owner"] = _pairs(
            conn.execute(
                sa.select(i.owner, sa.func.count())
                .where(with_findings)
                .group_by(i.owner)
                .order_by(sa.func.count().desc())
                .limit(12)
            )
        )
        out["by_risk"] = _pairs(
            conn.execute(sa.select(i.risk, sa.func.count()).where(with_findings).group_by(i.risk).order_by(i.risk))
        )
        out["by_retention"] = _pairs(
            conn.execute(
                sa.select(retention_state(when), sa.func.count()).where(with_findings).group_by(retention_state(when))
            )
        )
        out["by_category"] = _category_counts(
            conn.execute(sa.select(i.categories).where(with_findings & (i.categories != "[]")))
        )
        out["by_folder"] = _folder_counts(conn.execute(sa.select(i.path).where(with_findings).limit(100_000)))
        out["by_age"] = _age_counts(conn.execute(sa.select(i.mtime).where(with_findings)), when)
        runs = conn.execute(
            sa.select(r.id, r.started_at, r.status, r.stats).where(r.kind != "web").order_by(r.id.desc()).limit(20)
        ).all()
    out["trend"] = [
        (f"#{row.id}", int((row.stats or {}).get("findings", 0) or 0), row.status) for row in reversed(runs)
    ]
    return out


def _pairs(rows: Any) -> list[tuple[str, int]]:
    return [(str(k) if k not in (None, "") else "-", int(v)) for k, v in rows]


def _category_counts(rows: Any) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for (value,) in rows:
        for cat in _json_list(value):
            counts[cat] = counts.get(cat, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])


def _folder_counts(rows: Any) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for (path,) in rows:
        folder = str(path).rsplit("/", 1)[0] if "/" in str(path) else str(path)
        counts[folder] = counts.get(folder, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])[:12]


AGE_BUCKETS: Sequence[tuple[str, int]] = (("< 1y", 365), ("1-3y", 3 * 365), ("3-5y", 5 * 365), ("5-10y", 3650))


def _age_counts(rows: Any, at: datetime) -> list[tuple[str, int]]:
    counts = {label: 0 for label, _ in AGE_BUCKETS} | {"> 10y": 0, "?": 0}
    for (mtime,) in rows:
        if mtime is None:
            counts["?"] += 1
            continue
        days = (at - _aware(mtime)).days
        label = next((lbl for lbl, limit in AGE_BUCKETS if days < limit), "> 10y")
        counts[label] += 1
    return [(k, v) for k, v in counts.items() if v or k != "?"]


def runs_page(store: Store, *, limit: int = 50) -> list[dict[str, Any]]:
    r = s.runs.c
    with store.engine.connect() as conn:
        rows = [dict(x) for x in conn.execute(sa.select(s.runs).order_by(r.id.desc()).limit(limit)).mappings()]
        for row in rows:
            row["failed_sources"] = [
                str(a.subject)
                for a in conn.execute(
                    sa.select(s.audit.c.subject).where(
                        (s.audit.c.run_id == row["id"]) & (s.audit.c.action.in_(("source_failed", "source_error")))
                    )
                )
            ]
            row["error_items"] = [
                dict(e)
                for e in conn.execute(
                    sa.select(s.items.c.id, s.items.c.location, s.items.c.error)
                    .where((s.items.c.scanned_run == row["id"]) & s.items.c.error.is_not(None))
                    .limit(20)
                ).mappings()
            ]
    return rows


def audit_page(store: Store, *, page: int = 1, page_size: int = 100) -> Page:
    a = s.audit.c
    with store.engine.connect() as conn:
        rows = [
            dict(x)
            for x in conn.execute(
                sa.select(s.audit).order_by(a.id.desc()).limit(page_size).offset((max(1, page) - 1) * page_size)
            ).mappings()
        ]
        total = int(conn.scalar(sa.select(sa.func.count()).select_from(s.audit)) or 0)
    return Page(rows=rows, total=total, capped=False, page=page, page_size=page_size)


def filter_choices(store: Store) -> dict[str, list[Any]]:
    """Values for the filter drop-downs."""
    i, f = s.items.c, s.findings.c
    with store.engine.connect() as conn:
        sources = [(int(x.id), str(x.name)) for x in conn.execute(sa.select(s.sources.c.id, s.sources.c.name))]
        owners = [str(o) for o in conn.scalars(sa.select(i.owner).distinct().where(i.owner != "").limit(500))]
        entities = [str(e) for e in conn.scalars(sa.select(f.entity_type).distinct())]
        risks = [str(r) for r in conn.scalars(sa.select(i.risk).distinct().where(i.risk.is_not(None)))]
        cats = {c for (v,) in conn.execute(sa.select(i.categories).distinct().limit(2000)) for c in _json_list(v)}
    return {
        "sources": sources,
        "owners": sorted(owners),
        "entities": sorted(entities),
        "risks": sorted(risks),
        "categories": sorted(cats),
    }


def item_keys(store: Store, scope: Scope, item_ids: Sequence[int]) -> dict[int, str]:
    """location_key of each item the scope may act on (others are dropped)."""
    if not item_ids:
        return {}
    i = s.items.c
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(i.id, i.location_key).where(i.id.in_(list(item_ids)) & scope.condition()))
        return {int(r.id): str(r.location_key) for r in rows}


def finding_keys(store: Store, scope: Scope, finding_ids: Sequence[int]) -> list[tuple[int, str, str]]:
    """(item id, location_key, fingerprint) of findings the scope may act on."""
    if not finding_ids:
        return []
    f, i = s.findings.c, s.items.c
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(i.id, i.location_key, f.fingerprint)
            .select_from(s.findings.join(s.items, f.item_id == i.id))
            .where(f.id.in_(list(finding_ids)) & scope.condition())
        )
        return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]
