"""Console settings: one frozen object handed to the application (no module-level settings)."""

from __future__ import annotations

import ipaddress
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pii_scanner.core.errors import ConfigError
from pii_scanner.sources.specs import GraphSpec, SourceSpec


@dataclass(frozen=True)
class OidcSettings:
    """OpenID Connect single sign-on (Microsoft Entra ID or any standard provider)."""

    issuer: str
    client_id: str
    client_secret: str
    redirect_url: str  # this console's /auth/oidc/callback as the provider knows it
    scopes: tuple[str, ...] = ("openid", "profile", "email")
    default_role: str = "employee"  # role of an account created at first sign-in
    create_accounts: bool = True
    ca_file: str | None = None  # private CA of the provider (tests, on-premises providers)


@dataclass(frozen=True)
class WebSettings:
    db: str | None = None
    secret_key: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    session_idle_seconds: int = 30 * 60
    session_max_seconds: int = 10 * 60 * 60
    secure_cookies: bool = True  # Secure flag; off only for plain-HTTP loopback (tests, demo)
    login_attempts: int = 5  # failures before the account and the client address are held back
    login_window_seconds: int = 15 * 60
    page_size: int = 50
    oidc: OidcSettings | None = None
    reveal_enabled: bool = True
    default_language: str = "da"
    max_query_chars: int = 200  # every text filter and search field is capped
    # Typed source specs by name (the sweep configuration's [[sources]]), for Outlook write-back and moves.
    sources: Mapping[str, SourceSpec] = field(default_factory=dict)
    config_path: str | None = None  # the sweep configuration: live access search, erasure verification
    key_file: str | None = None  # its [scan] key_file: the index is keyed as the sweep keyed it
    graph_tokens: Any = None  # a TokenProvider for Graph actions (tests, or tokens held elsewhere)

    def __post_init__(self) -> None:
        if len(self.secret_key) < 16:
            raise ConfigError("web: secret key must be at least 16 characters")
        if self.session_idle_seconds <= 0 or self.session_max_seconds <= 0:
            raise ConfigError("web: session lifetimes must be positive")

    def graph_source(self, name: str, label: Callable[[str], str] | None = None) -> GraphSpec | None:
        """The configured Graph mail source of that name (Outlook write-back and moves), if any. ``name``
        is the source's name as the index stores it; ``label`` (``Store.source_label``) gives that form of
        a configured name (addresses in it are masked in the index)."""
        spec = self.sources.get(name)
        if spec is None and label is not None:
            spec = next((s for n, s in self.sources.items() if label(n) == name), None)
        return spec if isinstance(spec, GraphSpec) else None


def check_bind(host: str, *, tls: bool, behind_proxy: bool) -> None:
    """Refuse to listen beyond loopback without TLS or an explicit reverse proxy."""
    if tls or behind_proxy:
        return
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise ConfigError(
            f"serve: refusing to listen on {host} without TLS; give --tls-cert/--tls-key, "
            "or --behind-proxy when a TLS-terminating proxy is in front"
        )
