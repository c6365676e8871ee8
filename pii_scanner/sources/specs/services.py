"""Specs of the database, SMB share and Dropbox kinds (keys documented in docs/sources.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pii_scanner.core.config_schema import EXAMPLE, NON_EMPTY, Rule, above, at_least, between
from pii_scanner.core.errors import ConfigError
from pii_scanner.core.secret_ref import SecretRef
from pii_scanner.sources.specs.base import SourceSpec, lowered, rule

SMB_PORT = 445
SMB_AUTH = ("ntlm", "kerberos", "negotiate")


@dataclass(frozen=True, kw_only=True)
class SqlSpec(SourceSpec):
    """A database read through SQLAlchemy, read-only; text columns become items, one per row."""

    url: str = field(metadata=rule(NON_EMPTY, **{EXAMPLE: '"postgresql+psycopg://scanner@db/erp" (no password)'}))
    schemas: tuple[str, ...] = ()  # empty: the default schema ("" names it too)
    include: tuple[str, ...] = ("*",)  # table name patterns
    exclude: tuple[str, ...] = ()
    updated_at: dict[str, str] = field(default_factory=dict)  # "schema.table" -> change column
    updated_column: str | None = None  # the change column of every table that has it
    sample: int = field(default=0, metadata=rule(at_least(1)))  # 0: every row
    statement_timeout_ms: int = field(default=30_000, metadata=rule(at_least(0)))
    batch_size: int = field(default=500, metadata=rule(at_least(1)))
    password: SecretRef | None = None


@dataclass(frozen=True, kw_only=True)
class SmbSpec(SourceSpec):
    """One SMB/CIFS share (or a folder in it) read without mounting."""

    server: str = field(metadata=rule(NON_EMPTY, **{EXAMPLE: '"fileserver.example.dk"'}))
    share: str = field(metadata=rule(NON_EMPTY, **{EXAMPLE: '"Clients"'}))
    path: str = ""  # a folder in the share; empty: the whole share
    port: int = field(default=SMB_PORT, metadata=rule(between(1, 65535)))
    domain: str | None = None
    username: str | None = None
    auth: str = field(default="ntlm", metadata=rule(lowered(*SMB_AUTH)))
    encrypt: bool = False
    exclude: tuple[str, ...] = ()  # glob patterns of names to skip
    owner: bool = True  # read each file's owner from its security descriptor
    origin: Literal["share"] = "share"
    timeout: float = field(default=30.0, metadata=rule(above(0)))
    password: SecretRef | None = None

    def __post_init__(self) -> None:
        if self.auth.lower() == "ntlm" and not self.username:
            raise ConfigError('username is required for auth = "ntlm"')


NOT_EMPTY_LIST = Rule("at least one path", bool)


@dataclass(frozen=True, kw_only=True)
class DropboxSpec(SourceSpec):
    """A Dropbox account, or team members with a team token (``team``, ``members``)."""

    paths: tuple[str, ...] = field(default=("",), metadata=rule(NOT_EMPTY_LIST))  # "": the whole account
    exclude: tuple[str, ...] = ()
    team: bool = False
    team_space: bool = False
    members: tuple[str, ...] = ()
    api_host: str | None = None  # a Dropbox-compatible endpoint (a private gateway)
    content_host: str | None = None
    ca_certs: str | None = field(default=None, metadata=rule(NON_EMPTY))
    max_retries: int = field(default=3, metadata=rule(at_least(0)))
    max_retries_on_rate_limit: int = field(default=5, metadata=rule(at_least(0)))
    timeout: float = field(default=60.0, metadata=rule(above(0)))
    token: SecretRef | None = None
    refresh_token: SecretRef | None = None
    app_key: str | None = None  # with a refresh token
    app_secret: SecretRef | None = None

    def __post_init__(self) -> None:
        if self.team and not self.members:
            raise ConfigError("a team token needs 'members' (team member ids)")
