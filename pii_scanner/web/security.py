"""Session, CSRF, login throttling and response headers for the console.

- The session is a signed cookie (Starlette's SessionMiddleware: HttpOnly, SameSite=Lax, Secure
  unless serving plain HTTP on loopback) holding only the user name, times and the CSRF token; it
  expires after idle time and after an absolute lifetime, checked on every request.
- Every state-changing request carries the session's CSRF token (form field ``csrf`` or header
  ``X-CSRF-Token``), compared in constant time.
- Sign-in attempts are throttled per client address and per account.
- Every response gets a strict Content-Security-Policy (no inline script or style), no-referrer,
  no framing, no caching of pages that show findings.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import re
import secrets
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import UTC, datetime
from typing import Any

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
MAX_FORM_BYTES = 256 * 1024
_STYLE_ELEMENT = re.compile(r"<style\b[^>]*>(.*?)</style>", re.S | re.I)
_STYLE_ATTRIBUTE = re.compile(r'\sstyle="([^"]*)"')


def csp_with_styles_of(page: str) -> str:
    """The console's policy plus exactly the inline styles a generated page carries, by hash (the
    minimisation report: its <style> and the style="" attributes of its matplotlib charts, which the plain
    policy blocked: an unstyled report with empty charts). Nothing else inline; scripts as before."""
    values = set(_STYLE_ELEMENT.findall(page)) | {html.unescape(v) for v in _STYLE_ATTRIBUTE.findall(page)}
    if not values:
        return CSP
    digests = sorted(base64.b64encode(hashlib.sha256(v.encode("utf-8")).digest()).decode() for v in values)
    allowed = " ".join(f"'sha256-{d}'" for d in digests)
    return CSP.replace("style-src 'self'", f"style-src 'self' 'unsafe-hashes' {allowed}")


class CsrfError(Exception):
    """A state-changing request without the session's CSRF token."""


def new_session(session: MutableMapping[str, Any], username: str) -> None:
    """Start a fresh session for ``username`` (a new CSRF token: no fixation across sign-in)."""
    session.clear()
    now = time.time()  # not rounded: a sign-in right after a sign-out must be later than it
    session.update({"user": username, "issued": now, "seen": int(now), "csrf": secrets.token_urlsafe(32)})


def csrf_token(session: MutableMapping[str, Any]) -> str:
    token = session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session["csrf"] = token
    return token


def issued_before(session: MutableMapping[str, Any], moment: datetime | None) -> bool:
    """Whether the session was signed in before ``moment`` (a sign-out or password change)."""
    if moment is None:
        return False
    when = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    try:
        return float(session.get("issued", 0)) <= when.timestamp()
    except (TypeError, ValueError):
        return True


def session_user(session: MutableMapping[str, Any], *, idle: int, lifetime: int) -> tuple[str | None, bool]:
    """(user name, expired): the signed-in user, if the session is still valid; touches it."""
    user = session.get("user")
    if not isinstance(user, str):
        return None, False
    now = int(time.time())
    issued, seen = float(session.get("issued", 0)), int(session.get("seen", 0))
    if now - seen > idle or now - issued > lifetime:
        session.clear()
        return None, True
    session["seen"] = now
    return user, False


async def checked_form(request: Request) -> FormData:
    """The request's form after checking its CSRF token; raise CsrfError otherwise."""
    length = int(request.headers.get("content-length") or 0)
    if length > MAX_FORM_BYTES:
        raise CsrfError("form too large")
    form = await request.form(max_files=0, max_fields=2000)
    sent = str(form.get("csrf") or request.headers.get("x-csrf-token") or "")
    expected = request.session.get("csrf")
    if not isinstance(expected, str) or not sent or not hmac.compare_digest(sent, expected):
        raise CsrfError("missing or wrong CSRF token")
    return form


class LoginThrottle:
    """Sliding-window count of failed sign-ins per key (client address, account)."""

    def __init__(self, attempts: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.attempts = attempts
        self.window = window
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str) -> deque[float]:
        now = self._clock()
        q = self._failures.setdefault(key, deque())
        while q and now - q[0] > self.window:
            q.popleft()
        return q

    def blocked(self, *keys: str) -> bool:
        with self._lock:
            return any(len(self._recent(k)) >= self.attempts for k in keys)

    def begin(self, *keys: str) -> bool:
        """Count one attempt against every key before its password is checked, unless one key is used up
        (then False). Checking and counting under one lock: parallel sign-ins whose checks all passed before
        any failure was counted would otherwise each get a guess (15 at once, past a limit of 5)."""
        with self._lock:
            if any(len(self._recent(k)) >= self.attempts for k in keys):
                return False
            now = self._clock()
            for k in keys:
                self._recent(k).append(now)
            self._bound()
            return True

    def _bound(self) -> None:
        if len(self._failures) > 100_000:  # bounded memory under a spray of addresses
            self._failures = {k: v for k, v in self._failures.items() if v}

    def fail(self, *keys: str) -> None:
        with self._lock:
            for k in keys:
                self._recent(k).append(self._clock())
            self._bound()

    def succeed(self, *keys: str) -> None:
        with self._lock:
            for k in keys:
                self._failures.pop(k, None)

    def release(self, *keys: str) -> None:
        """Take back one attempt counted by :meth:`begin` (it succeeded) without forgetting the others: a
        client address's earlier failures stay counted when it signs in to some account in between."""
        with self._lock:
            for k in keys:
                q = self._failures.get(k)
                if q:
                    q.pop()


class HostCheck:
    """Pure ASGI middleware: a request whose Host header is not one the console answers to gets 400.

    A DNS-rebinding page (``http://evil.example:8470/`` whose name the attacker points at 127.0.0.1 after the
    page has loaded) sends its own name as Host: the console on loopback was reachable from any web page a
    user of the machine opened. ``*`` among the names lets any IP address through (never a DNS name).
    """

    def __init__(self, app: ASGIApp, *, allowed: tuple[str, ...]) -> None:
        self.app = app
        self.allowed = frozenset(allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not self._allowed(scope):
            body = b"host not allowed\n"
            await send(
                {
                    "type": "http.response.start",
                    "status": 400,
                    "headers": [
                        (b"content-type", b"text/plain; charset=utf-8"),
                        (b"content-length", b"%d" % len(body)),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)

    def _allowed(self, scope: Scope) -> bool:
        from pii_scanner.web.settings import host_name, is_address

        hosts = [v for k, v in scope.get("headers", []) if k.lower() == b"host"]
        if len(hosts) != 1:  # none, or two (which one would a proxy have read?)
            return False
        name = host_name(hosts[0].decode("latin-1"))
        return name in self.allowed or ("*" in self.allowed and is_address(name))


class SecurityHeaders:
    """Pure ASGI middleware adding the security headers to every HTTP response."""

    def __init__(self, app: ASGIApp, *, hsts: bool) -> None:
        self.app = app
        self.hsts = hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                extra = {
                    b"content-security-policy": CSP.encode(),
                    b"x-content-type-options": b"nosniff",
                    b"referrer-policy": b"no-referrer",
                    b"x-frame-options": b"DENY",
                    b"permissions-policy": b"camera=(), microphone=(), geolocation=()",
                    b"cross-origin-opener-policy": b"same-origin",
                }
                if not path.startswith("/static/"):
                    extra[b"cache-control"] = b"no-store"
                if self.hsts:
                    extra[b"strict-transport-security"] = b"max-age=31536000"
                names = {k.lower() for k, _ in headers}
                headers.extend((k, v) for k, v in extra.items() if k not in names)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


Handler = Callable[[Request], Awaitable[Any]]
