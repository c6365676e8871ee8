"""Console accounts, ownership mappings and remediation assignments, kept in the findings index.

The console (``pii_scanner.web``) signs people in and shows each employee what they own. What an
account owns is matched without storing any found identifier: file owners by account name (POSIX
owner or Windows/SMB account as the sources record it), mailboxes by the keyed fingerprint of the
address (the index stores mailboxes only as fingerprint + masked form), and shared folders by a
configured location prefix. Password hashes are produced by the caller (argon2 in the console);
this module only stores strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from pii_scanner.core.errors import PiiScannerError
from pii_scanner.core.privacy import address_tag, scrub, scrub_location
from pii_scanner.store import schema

if TYPE_CHECKING:
    from pii_scanner.store.store import Store

ROLES = ("admin", "dpo", "reviewer", "employee")
USERNAME_MAX = 128

users = sa.Table(
    "console_users",
    schema.metadata,
    sa.Column("id", schema.Id, primary_key=True, autoincrement=True),
    sa.Column("username", sa.String(USERNAME_MAX), nullable=False, unique=True),
    sa.Column("display_name", sa.String(255), nullable=False, server_default=""),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.String(255)),  # None: single sign-on only
    sa.Column("oidc_subject", sa.String(255)),  # "issuer|sub" once signed in through OpenID Connect
    sa.Column("email", sa.String(320)),  # for notification mail; matching uses the fingerprints below
    sa.Column("mailbox_fps", sa.JSON, nullable=False),  # fingerprints of the mailboxes this person owns
    sa.Column("owner_names", sa.JSON, nullable=False),  # file-owner account names (POSIX / DOMAIN\\user)
    sa.Column("language", sa.String(8), nullable=False, server_default="da"),
    sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
    sa.Column("locked_until", schema.Ts),
    sa.Column("created_at", schema.Ts, nullable=False),
    sa.Column("last_login_at", schema.Ts),
    # Sessions issued before this moment are over (sign-out, new password): a copied cookie dies too.
    sa.Column("signed_out_at", schema.Ts),
)

# A shared folder (location prefix, masked form as the index shows it) owned by a named account.
owner_map = sa.Table(
    "console_owner_map",
    schema.metadata,
    sa.Column("prefix", sa.String(1000), primary_key=True),
    sa.Column("username", sa.String(USERNAME_MAX), nullable=False),
)

# The remediator queue: who is to act on an item nobody owns.
assignments = sa.Table(
    "console_assignments",
    schema.metadata,
    sa.Column("location_key", sa.String(64), primary_key=True),
    sa.Column("username", sa.String(USERNAME_MAX), nullable=False),
    sa.Column("assigned_by", sa.String(USERNAME_MAX), nullable=False),
    sa.Column("assigned_at", schema.Ts, nullable=False),
)


# Hits a dpo excluded from an access request's answer (a namesake, another person's document).
case_exclusions = sa.Table(
    "console_case_exclusions",
    schema.metadata,
    sa.Column("case_id", schema.Id, primary_key=True),
    sa.Column("location_key", sa.String(64), primary_key=True),
    sa.Column("reason", sa.Text, nullable=False, server_default=""),
    sa.Column("who", sa.String(USERNAME_MAX), nullable=False),
    sa.Column("at", schema.Ts, nullable=False),
)


def add_sign_out(conn: sa.Connection) -> None:
    """Migration step: the moment before which an account's sessions are over."""
    present = {c["name"] for c in sa.inspect(conn).get_columns(users.name)}
    if "signed_out_at" not in present:
        ddl = users.c.signed_out_at.type.compile(dialect=conn.dialect)
        conn.exec_driver_sql(f"ALTER TABLE {users.name} ADD COLUMN signed_out_at {ddl}")


def create_exclusions(conn: sa.Connection) -> None:
    """Migration step: access-request exclusions."""
    case_exclusions.create(conn, checkfirst=True)


def now() -> datetime:
    return datetime.now(UTC)


def create_tables(conn: sa.Connection) -> None:
    """Migration step: the console tables, triage expiry, and indexes the findings browser sorts by."""
    for table in (users, owner_map, assignments):
        table.create(conn, checkfirst=True)
    present = {c["name"] for c in sa.inspect(conn).get_columns("triage")}
    if "expires_at" not in present:
        ddl = schema.triage.c.expires_at.type.compile(dialect=conn.dialect)
        conn.exec_driver_sql(f"ALTER TABLE triage ADD COLUMN expires_at {ddl}")
    for index in BROWSER_INDEXES:
        # IF NOT EXISTS: reflection cannot see expression indexes, so checkfirst would not either.
        conn.execute(sa.schema.CreateIndex(index, if_not_exists=True))


BROWSER_INDEXES = (
    sa.Index("ix_findings_first_seen", schema.findings.c.first_seen_at),
    sa.Index("ix_findings_entity_seen", schema.findings.c.entity_type, schema.findings.c.first_seen_at),
    sa.Index("ix_items_owner", schema.items.c.owner),
    sa.Index("ix_items_source", schema.items.c.source_id),
    sa.Index("ix_findings_score", schema.findings.c.score),
    # Sorting by location uses its first 400 characters (a B-tree entry must stay small on PostgreSQL).
    sa.Index("ix_items_location_sort", sa.func.substr(schema.items.c.location, 1, 400)),
)


class AccountError(PiiScannerError):
    """An account operation that cannot be done (unknown user, bad role, duplicate name)."""


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    display_name: str
    role: str
    password_hash: str | None
    oidc_subject: str | None
    email: str | None
    mailbox_fps: tuple[str, ...] = ()
    owner_names: tuple[str, ...] = ()
    language: str = "da"
    disabled: bool = False
    failed_logins: int = 0
    locked_until: datetime | None = None
    created_at: datetime | None = None
    last_login_at: datetime | None = None
    signed_out_at: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_staff(self) -> bool:
        return self.role in ("admin", "dpo", "reviewer")


def _account(row: Any) -> Account:
    return Account(
        id=int(row.id),
        username=row.username,
        display_name=row.display_name,
        role=row.role,
        password_hash=row.password_hash,
        oidc_subject=row.oidc_subject,
        email=row.email,
        mailbox_fps=tuple(row.mailbox_fps or ()),
        owner_names=tuple(row.owner_names or ()),
        language=row.language,
        disabled=bool(row.disabled),
        failed_logins=int(row.failed_logins or 0),
        locked_until=row.locked_until,
        created_at=row.created_at,
        last_login_at=row.last_login_at,
        signed_out_at=row.signed_out_at,
    )


def _check_username(username: str) -> str:
    name = username.strip()
    if not name or len(name) > USERNAME_MAX or any(ch.isspace() or ord(ch) < 32 for ch in name):
        raise AccountError(f"user name must be 1-{USERNAME_MAX} characters without spaces")
    _no_identifier(name, "user name")
    return name


def _no_identifier(text: str, what: str) -> None:
    """A user name or file-owner name is stored and shown as it is (the console, ``users list``, the audit
    log): one that holds what names are masked for (a CPR number or another national identifier, a phone number,
    a card or account number) is refused, never stored in plaintext."""
    if scrub(text) != text:
        raise AccountError(
            f"{what} must not hold a national identifier, phone, card or account number (it is stored as written)"
        )


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    return role


def add_account(
    store: Store,
    username: str,
    *,
    role: str,
    password_hash: str | None = None,
    display_name: str = "",
    email: str | None = None,
    mailboxes: list[str] | None = None,
    owner_names: list[str] | None = None,
    language: str = "da",
    oidc_subject: str | None = None,
    actor: str | None = None,
) -> Account:
    """Create an account; mailboxes are stored only as fingerprints."""
    name = _check_username(username)
    owners = sorted({o.strip() for o in owner_names or () if o.strip()})
    for owner in owners:
        _no_identifier(owner, "owner name")
    fps = sorted({store.fingerprint(m.strip().casefold()) for m in mailboxes or () if m.strip()})
    values = {
        "username": name,
        "display_name": (scrub(display_name.strip()) or "")[:255],  # shown only: masked, never refused
        "role": _check_role(role),
        "password_hash": password_hash,
        "oidc_subject": oidc_subject,
        "email": (email or "").strip() or None,
        "mailbox_fps": fps,
        "owner_names": owners,
        "language": language,
        "created_at": now(),
    }
    with store.engine.begin() as conn:
        if conn.execute(sa.select(users.c.id).where(users.c.username == name)).first():
            raise AccountError(f"a user called {name!r} exists already")
        conn.execute(users.insert().values(**values))
        store.audit("user_added", actor=actor, subject=name, conn=conn, role=role)
    return get_account(store, name)


def get_account(store: Store, username: str) -> Account:
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(users).where(users.c.username == username)).first()
    if row is None:
        raise AccountError(f"no user called {username!r}")
    return _account(row)


def find_account(store: Store, username: str) -> Account | None:
    try:
        return get_account(store, username)
    except AccountError:
        return None


def account_by_oidc(store: Store, subject: str, email: str | None) -> Account | None:
    """The account bound to an OpenID Connect subject, else the one whose e-mail matches (first sign-in)."""
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(users).where(users.c.oidc_subject == subject)).first()
        if row is None and email:
            row = conn.execute(sa.select(users).where(sa.func.lower(users.c.email) == email.strip().lower())).first()
    return _account(row) if row is not None else None


def list_accounts(store: Store) -> list[Account]:
    with store.engine.connect() as conn:
        return [_account(r) for r in conn.execute(sa.select(users).order_by(users.c.username))]


def update_account(store: Store, username: str, *, actor: str | None = None, **values: Any) -> Account:
    """Change stored fields (password_hash, disabled, role, oidc_subject, counters...)."""
    allowed = {
        "password_hash",
        "disabled",
        "role",
        "oidc_subject",
        "failed_logins",
        "locked_until",
        "last_login_at",
        "signed_out_at",
        "language",
        "display_name",
    }
    unknown = set(values) - allowed
    if unknown:
        raise AccountError(f"cannot change {', '.join(sorted(unknown))}")
    if "role" in values:
        _check_role(values["role"])
    if isinstance(values.get("display_name"), str):
        values["display_name"] = (scrub(values["display_name"]) or "")[:255]
    with store.engine.begin() as conn:
        done = conn.execute(users.update().where(users.c.username == username).values(**values)).rowcount
        if not done:
            raise AccountError(f"no user called {username!r}")
        audited = sorted(k for k in values if k in ("password_hash", "disabled", "role", "oidc_subject"))
        if audited and actor != "-":
            store.audit("user_changed", actor=actor, subject=username, conn=conn, fields=audited)
    return get_account(store, username)


def map_owner(store: Store, prefix: str, username: str, *, actor: str | None = None) -> None:
    """Give a shared folder (location prefix as the index shows it, or as written) to an account.

    An e-mail address in it is kept as the index keeps it (masked with its keyed tag). A prefix holding
    a national identifier, or an address masked without its tag (``j***@firma.dk``), is refused: other
    people's folders that differ only there look the same in the index and would be given to this
    account too.
    """
    shown = scrub_location(prefix, address_tag(store.fingerprint)) or ""
    if scrub(prefix) != prefix or _AMBIGUOUS.search(shown):
        raise AccountError(
            "this folder's location holds an identifier, which the index masks: folders of other people "
            "would match it too; give the account its items by --owner or --mailbox instead"
        )
    prefix = shown
    get_account(store, username)
    with store.engine.begin() as conn:
        conn.execute(owner_map.delete().where(owner_map.c.prefix == prefix))
        conn.execute(owner_map.insert().values(prefix=prefix, username=username))
        store.audit("owner_mapped", actor=actor, subject=username, conn=conn)


# What masking leaves in a location that several people's folders share: an address masked without
# its tag (j***@, j***%40) or an identifier's hidden serial.
_AMBIGUOUS = re.compile(r"\*\*\*(?:@|%40|%2540)|\dXXXX")


def owner_prefixes(store: Store, username: str) -> list[str]:
    with store.engine.connect() as conn:
        return list(conn.scalars(sa.select(owner_map.c.prefix).where(owner_map.c.username == username)))


def assign(store: Store, location_key: str, username: str, *, actor: str) -> None:
    """Put an unowned item in someone's remediation queue."""
    get_account(store, username)
    with store.engine.begin() as conn:
        conn.execute(assignments.delete().where(assignments.c.location_key == location_key))
        conn.execute(
            assignments.insert().values(
                location_key=location_key, username=username, assigned_by=actor, assigned_at=now()
            )
        )
        store.audit("assigned", actor=actor, subject=location_key, conn=conn, to=username)


def exclude_hit(store: Store, case_id: int, location_key: str, *, reason: str, actor: str) -> None:
    """Leave one item out of an access request's answer (audited; the reason is kept masked by the caller)."""
    with store.engine.begin() as conn:
        where = (case_exclusions.c.case_id == case_id) & (case_exclusions.c.location_key == location_key)
        conn.execute(case_exclusions.delete().where(where))
        conn.execute(
            case_exclusions.insert().values(
                case_id=case_id, location_key=location_key, reason=reason, who=actor, at=now()
            )
        )
        store.audit("access_hit_excluded", actor=actor, subject=location_key, conn=conn, case=case_id, reason=reason)


def excluded_keys(store: Store, case_id: int) -> set[str]:
    with store.engine.connect() as conn:
        rows = conn.scalars(sa.select(case_exclusions.c.location_key).where(case_exclusions.c.case_id == case_id))
        return set(rows)
