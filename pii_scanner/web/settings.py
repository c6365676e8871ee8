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
    # Host names (and addresses) the console answers to; another Host header is refused (a DNS-rebinding page
    # would name its own). None: any (an application mounted by its caller); `serve` and `demo` always set it
    # (:func:`allowed_hosts`).
    allowed_hosts: tuple[str, ...] | None = None

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


LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
_ANY_ADDRESS = ("", "0.0.0.0", "::")


def host_name(value: str) -> str:
    """The host part of a Host header or an address as compared: no port, no brackets, lower case, no final dot."""
    text = value.strip().lower()
    if text.startswith("["):  # [::1]:8470
        text = text[1 : text.find("]")] if "]" in text else text[1:]
    elif text.count(":") == 1:  # name:port (an IPv6 address without brackets has several colons)
        text = text.partition(":")[0]
    return text.rstrip(".")


def is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def allowed_hosts(bind: str, extra: tuple[str, ...] = (), redirect_url: str | None = None) -> tuple[str, ...]:
    """The Host names the console answers to when it listens on ``bind``: the bound name or address, the loopback
    names when it is loopback, this machine's names when it listens on every address, the OpenID Connect
    redirect URL's host and each ``--allowed-host``. ``*`` as a name: any address typed in a browser (an IP
    address is no DNS name, so no rebinding page can send it)."""
    import socket
    from urllib.parse import urlsplit

    names = {host_name(bind)} | {host_name(h) for h in extra if h.strip()}
    if host_name(bind) in _ANY_ADDRESS:
        names.discard(host_name(bind))
        names |= {"*", host_name(socket.gethostname()), host_name(socket.getfqdn()), *LOOPBACK_NAMES}
    elif host_name(bind) == "localhost" or (
        is_address(host_name(bind)) and ipaddress.ip_address(host_name(bind)).is_loopback
    ):
        names |= set(LOOPBACK_NAMES)
    if redirect_url and urlsplit(redirect_url).hostname:
        names.add(host_name(str(urlsplit(redirect_url).hostname)))
    return tuple(sorted(n for n in names if n))
