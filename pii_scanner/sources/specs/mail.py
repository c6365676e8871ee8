"""Specs of the mail server kinds (``imap``, ``ews``, ``graph``) and of Microsoft 365 drives
(``sharepoint``, ``onedrive``), which share the Graph application settings with ``graph``.
Keys documented in docs/mail.md and docs/sources.md."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pii_scanner.core.config_schema import EXAMPLE, NON_EMPTY, Rule, above, at_least, between
from pii_scanner.core.errors import ConfigError
from pii_scanner.core.secret_ref import SecretRef
from pii_scanner.sources.mail.verdicts import DEFAULT_VERDICTS, verdict_categories
from pii_scanner.sources.specs.base import SourceSpec, lowered, rule

LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
GRAPH_URL = "https://graph.microsoft.com/v1.0"
VERDICT_NAMES = Rule(
    "a table of " + " and ".join(DEFAULT_VERDICTS) + " to category names",
    lambda v: set(v) <= set(DEFAULT_VERDICTS) and all(str(n).strip() for n in v.values()),
)


@dataclass(frozen=True, kw_only=True)
class TlsSpec(SourceSpec):
    """A server reached over TLS: which CA to trust, whether to verify, how long to wait."""

    ca_file: str | None = field(default=None, metadata=rule(NON_EMPTY))  # "" was the system's CAs, silently
    verify: bool = True
    timeout: float = field(default=60.0, metadata=rule(above(0)))


@dataclass(frozen=True, kw_only=True)
class MailSpec(TlsSpec):
    """What every mail server kind has: which folders, and the console's Outlook write-back."""

    folders: tuple[str, ...] = ()  # empty: all
    exclude_folders: tuple[str, ...] = ()
    move_folders: tuple[str, ...] = ("archive",)
    verdict_categories: dict[str, str] = field(default_factory=dict, metadata=rule(VERDICT_NAMES))

    def verdicts(self) -> dict[str, str]:
        """Verdict -> Outlook category name, the defaults overridden by the configured ones."""
        return verdict_categories(self.verdict_categories)


@dataclass(frozen=True, kw_only=True)
class MailboxesSpec(MailSpec):
    """A server holding many mailboxes (Exchange): which ones to read."""

    mailbox: str | None = None
    mailboxes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.all_mailboxes:
            raise ConfigError("'mailboxes' is required (the mailboxes to read)")

    @property
    def all_mailboxes(self) -> tuple[str, ...]:
        return self.mailboxes or ((self.mailbox,) if self.mailbox else ())


@dataclass(frozen=True, kw_only=True)
class ImapSpec(MailSpec):
    host: str = field(metadata=rule(NON_EMPTY, **{EXAMPLE: '"imap.example.dk"'}))
    username: str = field(metadata=rule(NON_EMPTY, **{EXAMPLE: '"scanner@example.dk"'}))
    port: int | None = field(default=None, metadata=rule(between(1, 65535)))  # None: 993 with tls, else 143
    security: Literal["tls", "starttls", "none"] = "tls"  # none: loopback only
    auth: str = field(default="login", metadata=rule(lowered("login", "xoauth2")))
    mailbox: str | None = None
    batch: int = field(default=100, metadata=rule(at_least(1)))
    password: SecretRef | None = None
    token: SecretRef | None = None  # auth = "xoauth2"

    def __post_init__(self) -> None:
        if self.security == "none" and self.host not in LOOPBACK:
            raise ConfigError("security = none is only allowed on loopback")

    @property
    def server_port(self) -> int:
        return self.port or (993 if self.security == "tls" else 143)


@dataclass(frozen=True, kw_only=True)
class EwsSpec(MailboxesSpec):
    endpoint: str = field(metadata=rule(NON_EMPTY, **{EXAMPLE: '"https://mail.example.dk/EWS/Exchange.asmx"'}))
    username: str = field(metadata=rule(NON_EMPTY, **{EXAMPLE: '"DOMAIN\\\\scanner"'}))
    auth_type: str = "NTLM"
    access_type: str = field(default="impersonation", metadata=rule(lowered("impersonation", "delegate")))
    archive: bool = True
    version: str | None = None
    max_wait: float = field(default=600.0, metadata=rule(at_least(0)))
    password: SecretRef | None = None


@dataclass(frozen=True, kw_only=True)
class GraphAppSpec(TlsSpec):
    """A Microsoft Graph application (client credentials) and how the client pages and retries."""

    tenant_id: str | None = None  # required to get tokens (tests hand tokens in)
    client_id: str | None = None
    client_secret: SecretRef | None = None
    authority: str | None = None
    graph_url: str = field(default=GRAPH_URL, metadata=rule(NON_EMPTY))
    page_size: int = field(default=50, metadata=rule(between(1, 1000)))
    max_retries: int = field(default=6, metadata=rule(at_least(0)))
    max_wait: float = field(default=120.0, metadata=rule(at_least(0)))

    @property
    def tls_verify(self) -> str | bool:
        """What httpx verifies against: the CA file if one is given, else on/off."""
        return self.ca_file or self.verify


@dataclass(frozen=True, kw_only=True)
class GraphSpec(GraphAppSpec, MailboxesSpec):
    """Exchange Online mailboxes through Microsoft Graph."""


@dataclass(frozen=True, kw_only=True)
class DrivesSpec(GraphAppSpec):
    """SharePoint document libraries (``sites``; none: every site the app can see) or the
    OneDrive of each of ``users``."""

    sites: tuple[str, ...] = ()
    users: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.type == "onedrive" and not self.users:
            raise ConfigError("'users' is required for onedrive")
