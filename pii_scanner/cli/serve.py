"""``pii-scanner serve``: the web console on the index."""

from __future__ import annotations

import ipaddress
import os
import secrets
import socket
import ssl
import stat
from pathlib import Path

import click
import platformdirs

from pii_scanner.cli import sigterm_to_default
from pii_scanner.cli.common import handle_errors, log_event
from pii_scanner.core.errors import ConfigError
from pii_scanner.core.user_paths import read_settings_file
from pii_scanner.sources.specs import SourceSpec

SECRET_ENV = "PII_SCANNER_WEB_SECRET"
OIDC_SECRET_ENV = "PII_SCANNER_OIDC_SECRET"
DEFAULT_PROXY_IPS = ("127.0.0.1", "::1")  # a TLS proxy on the same host


def session_secret(path: str | None) -> str:
    """The session-signing secret: env var, else a file (created 0600 on first use), so sessions
    survive a restart."""
    if os.environ.get(SECRET_ENV):
        return os.environ[SECRET_ENV]
    target = Path(path) if path else Path(platformdirs.user_config_dir("pii-scanner")) / "web-secret"
    if target.exists():
        # Whoever reads the secret can sign a session cookie for any account (admin included).
        if os.name == "posix" and target.stat().st_mode & 0o077:
            raise ConfigError(
                f"serve: the session secret {target} can be read by other users (mode "
                f"{stat.S_IMODE(target.stat().st_mode):04o}); chmod 600 it, or give ${SECRET_ENV}"
            )
        data = read_settings_file(target, "session secret", limit=64 * 1024)
        try:
            return data.decode("ascii").strip()
        except UnicodeDecodeError:  # was exit 70
            raise ConfigError(f"serve: the session secret {target} is not ASCII text") from None
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, stat.S_IRUSR | stat.S_IWUSR)
    value = secrets.token_urlsafe(48)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(value)
    return value


def check_listen(host: str, port: int, tls_cert: str | None, tls_key: str | None) -> None:
    """Refuse, as a configuration error (one line, exit 2), an address that cannot be listened on
    (taken, unknown host) or a certificate and key that do not load, before saying we listen."""
    if tls_cert and tls_key:
        try:
            ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(tls_cert, tls_key)
        except (ssl.SSLError, OSError) as exc:
            raise ConfigError(f"serve: cannot load --tls-cert/--tls-key: {exc.strerror or exc}") from None
    try:
        family, kind, proto, _name, address = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as probe:
            if os.name != "nt":  # as uvicorn binds; on Windows the option would let a taken port pass
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as exc:
        raise ConfigError(f"serve: cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def check_proxy_ips(proxy_ips: tuple[str, ...], *, behind_proxy: bool) -> None:
    """--proxy-ip only with --behind-proxy, and each an address or network (10.0.0.5, 10.0.0.0/24)."""
    if proxy_ips and not behind_proxy:
        raise ConfigError("serve: --proxy-ip is for --behind-proxy")
    for value in proxy_ips:
        try:
            ipaddress.ip_network(value, strict=False)
        except ValueError:
            raise ConfigError(f"serve: --proxy-ip {value!r} is not an IP address or network") from None


@click.command("serve")
@click.option("--db", default=None, help="Index URL or SQLite path (default: user data dir).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8470, show_default=True, type=click.IntRange(1, 65535))
@click.option("--tls-cert", type=click.Path(exists=True, dir_okay=False), default=None)
@click.option("--tls-key", type=click.Path(exists=True, dir_okay=False), default=None)
@click.option("--behind-proxy", is_flag=True, help="A TLS-terminating reverse proxy is in front (trust its headers).")
@click.option(
    "--proxy-ip",
    "proxy_ips",
    multiple=True,
    help="With --behind-proxy: the proxy's address (repeatable; default 127.0.0.1 and ::1). X-Forwarded-For "
    "is believed only from it, so a client cannot name its own address (sign-in throttling is per address).",
)
@click.option("--secret-file", default=None, help=f"Session-signing secret file (or ${SECRET_ENV}).")
@click.option("--session-minutes", default=30, show_default=True, type=click.IntRange(1, 24 * 60))
@click.option("--oidc-issuer", default=None, help="OpenID Connect issuer URL (e.g. Entra ID's v2.0 issuer).")
@click.option("--oidc-client-id", default=None)
@click.option("--oidc-redirect-url", default=None, help="This console's /auth/oidc/callback URL.")
@click.option("--oidc-ca-file", default=None, type=click.Path(exists=True, dir_okay=False))
@click.option("--oidc-role", default="employee", show_default=True, help="Role of accounts created at first sign-in.")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, exists=True),
    default=None,
    help="The sweep configuration: its mail sources let the console write Outlook categories and move messages.",
)
@click.option(
    "--allowed-host",
    "allowed_host",
    multiple=True,
    help="A host name the console is reached by besides the bound one (a proxy's public name); repeatable.",
)
@handle_errors
def serve(
    db: str | None,
    host: str,
    port: int,
    tls_cert: str | None,
    tls_key: str | None,
    behind_proxy: bool,
    proxy_ips: tuple[str, ...],
    secret_file: str | None,
    session_minutes: int,
    oidc_issuer: str | None,
    oidc_client_id: str | None,
    oidc_redirect_url: str | None,
    oidc_ca_file: str | None,
    oidc_role: str,
    config_path: str | None,
    allowed_host: tuple[str, ...],
) -> None:
    """Start the web console (dashboard, findings, triage, my findings, access requests)."""
    import uvicorn

    from pii_scanner.web import WebSettings, create_app
    from pii_scanner.web.settings import OidcSettings, allowed_hosts, check_bind

    if bool(tls_cert) != bool(tls_key):
        raise ConfigError("serve: give both --tls-cert and --tls-key")
    tls = bool(tls_cert and tls_key)
    check_bind(host, tls=tls, behind_proxy=behind_proxy)
    check_proxy_ips(proxy_ips, behind_proxy=behind_proxy)
    oidc = None
    if oidc_issuer:
        secret = os.environ.get(OIDC_SECRET_ENV, "")
        if not (oidc_client_id and oidc_redirect_url and secret):
            raise ConfigError(
                f"serve: OpenID Connect needs --oidc-client-id, --oidc-redirect-url and ${OIDC_SECRET_ENV}"
            )
        oidc = OidcSettings(
            issuer=oidc_issuer,
            client_id=oidc_client_id,
            client_secret=secret,
            redirect_url=oidc_redirect_url,
            default_role=oidc_role,
            ca_file=oidc_ca_file,
        )
    sources: dict[str, SourceSpec] = {}
    key_file: str | None = None
    if config_path:
        from pii_scanner.sources.registry import load_sweep_config

        config, doc, specs = load_sweep_config(config_path)  # every [[sources]] table checked by its kind
        sources = {spec.name: spec for spec in specs if spec.given.get("name")}
        key_file = config.key_file
        db = db or (doc.get("store") or {}).get("db")
    settings = WebSettings(
        config_path=config_path,
        key_file=key_file,
        sources=sources,
        db=db,
        secret_key=session_secret(secret_file),
        session_idle_seconds=session_minutes * 60,
        secure_cookies=tls or behind_proxy,
        oidc=oidc,
        # Any other Host header is refused: a DNS-rebinding page names its own (webred N5).
        allowed_hosts=allowed_hosts(host, allowed_host, oidc.redirect_url if oidc else None),
    )
    app = create_app(settings)
    check_listen(host, port, tls_cert, tls_key)
    scheme = "https" if tls else "http"
    log_event("console_listening", url=f"{scheme}://{host}:{port}/")
    sigterm_to_default()  # uvicorn's own shutdown from here (exit 143)
    try:
        uvicorn.run(
            app,
            host=host,
            port=port,
            ssl_certfile=tls_cert,
            ssl_keyfile=tls_key,
            proxy_headers=behind_proxy,
            # Never "*": uvicorn then takes the left-most X-Forwarded-For entry, which the client writes itself
            # (a proxy appends to it), and every failed sign-in could come from a new address.
            forwarded_allow_ips=list(proxy_ips or DEFAULT_PROXY_IPS) if behind_proxy else None,
            access_log=False,  # URLs carry no identifiers, but the audit log is the record of who did what
            log_level="warning",
            server_header=False,
        )
    except SystemExit as exc:  # uvicorn exits 3 when it cannot start (3 means "locked" here)
        if exc.code not in (0, None):
            raise ConfigError(f"serve: the console could not start on {host}:{port}") from None
