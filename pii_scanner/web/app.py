"""The console application: routes, roles and templates.

Roles: ``admin`` (everything, accounts), ``dpo`` (everything about data: reveal, access requests,
audit), ``reviewer`` (dashboard, findings, triage), ``employee`` (their own items only). Every page
that lists items applies the caller's :class:`~pii_scanner.web.queries.Scope` in SQL; every
state-changing request checks the CSRF token and is audited with the signed-in user.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from pii_scanner.core.errors import ConfigError, PiiScannerError, StoreError
from pii_scanner.core.privacy import mask_text, scrub_operator_text
from pii_scanner.reports.display import display_location, shown_text
from pii_scanner.store import Store, open_store
from pii_scanner.store import accounts as acc
from pii_scanner.store import schema as s
from pii_scanner.web import i18n, queries
from pii_scanner.web.oidc import OidcClient, OidcError
from pii_scanner.web.passwords import verify_password
from pii_scanner.web.reveal import RevealError, reveal_value
from pii_scanner.web.security import (
    CsrfError,
    HostCheck,
    LoginThrottle,
    SecurityHeaders,
    checked_form,
    csp_with_styles_of,
    csrf_token,
    issued_before,
    new_session,
    session_user,
)
from pii_scanner.web.settings import WebSettings

HERE = Path(__file__).resolve().parent
STAFF = ("admin", "dpo", "reviewer")
DATA_OFFICERS = ("admin", "dpo")
STAFF_STATUSES = ("open", "false_positive", "exception", "resolved", "moved", "deleted")
EMPLOYEE_STATUSES = ("moved", "deleted", "false_positive", "resolved")
TEXT_CAP = 500
CHOICES_TTL = 60.0

Endpoint = Callable[[Request], Awaitable[Response]]


class Console:
    """Application state: settings, the index, the OIDC client and the login throttle."""

    def __init__(self, settings: WebSettings, store: Store) -> None:
        self.settings = settings
        self.store = store
        self.oidc = OidcClient(settings.oidc) if settings.oidc else None
        self.throttle = LoginThrottle(settings.login_attempts, settings.login_window_seconds)
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        self.templates.env.globals["t"] = i18n.text
        self.templates.env.filters["location"] = display_location
        self.templates.env.filters["shown"] = shown_text  # error texts name files too
        self.templates.env.filters["when"] = _when
        self.templates.env.filters["bars"] = _bars
        self._choices: tuple[float, dict[str, Any]] | None = None

    def outlook(self, source_name: str, source_kind: str) -> Any:
        """Graph actions for an item's source, when the console knows the source's configuration."""
        spec = self.settings.graph_source(source_name, self.store.source_label)
        if spec is None or source_kind != "graph":
            return None
        from pii_scanner.sources.mail.outlook_actions import graph_actions

        return graph_actions(spec, tokens=self.settings.graph_tokens)

    def choices(self) -> dict[str, Any]:
        """Filter drop-down values, recomputed at most once a minute (they scan the whole index)."""
        now = time.monotonic()
        if self._choices is None or now - self._choices[0] > CHOICES_TTL:
            self._choices = (now, queries.filter_choices(self.store))
        return self._choices[1]


def _when(ts: Any) -> str:
    if ts is None:
        return ""
    if isinstance(ts, datetime):
        return ts.astimezone(UTC).strftime("%Y-%m-%d %H:%M") if ts.tzinfo else ts.strftime("%Y-%m-%d %H:%M")
    return str(ts)


def _bars(pairs: list[tuple[str, int]]) -> list[tuple[str, int, float]]:
    top = max((v for _, v in pairs), default=0) or 1
    return [(k, v, round(100.0 * v / top, 1)) for k, v in pairs]


# --- request helpers ------------------------------------------------------------------------------


def _console(request: Request) -> Console:
    console: Console = request.app.state.console
    return console


def _language(request: Request, account: acc.Account | None = None) -> str:
    chosen = request.session.get("lang")
    if isinstance(chosen, str) and chosen in i18n.LANGUAGES:
        return chosen
    if account is not None and account.language in i18n.LANGUAGES:
        return account.language
    return i18n.pick_language(request.headers.get("accept-language"), _console(request).settings.default_language)


def _client(request: Request) -> str:
    return request.client.host if request.client else "-"


def _attempted(console: Console, typed: str, account: acc.Account | None) -> str:
    """Who a failed sign-in names in the audit log. A name that is no account may be anything typed into the
    field (a CPR, a password): it is kept as a keyed fingerprint, which still groups repeated attempts."""
    if account is not None:
        return account.username
    if not typed:
        return "-"
    return "unknown:" + console.store.fingerprint("login-name:" + typed.casefold())[:16]


class SignInRequired(Exception):
    def __init__(self, expired: bool) -> None:
        self.expired = expired


def _account(request: Request, *roles: str) -> acc.Account:
    console = _console(request)
    username, expired = session_user(
        request.session, idle=console.settings.session_idle_seconds, lifetime=console.settings.session_max_seconds
    )
    if username is None:
        raise SignInRequired(expired)
    account = acc.find_account(console.store, username)
    if account is None or account.disabled or issued_before(request.session, account.signed_out_at):
        request.session.clear()
        raise SignInRequired(False)
    if roles and account.role not in roles:
        raise HTTPException(403)
    return account


def _render(request: Request, template: str, account: acc.Account | None, status: int = 200, **ctx: Any) -> Response:
    console = _console(request)
    lang = _language(request, account)
    context = {
        "request": request,
        "account": account,
        "lang": lang,
        "csrf": csrf_token(request.session),
        "flash": request.session.pop("flash", None),
        "oidc": console.oidc is not None,
        **ctx,
    }
    return console.templates.TemplateResponse(request, template, context, status_code=status)


def _redirect(url: str, flash: str | None = None, request: Request | None = None) -> RedirectResponse:
    if flash and request is not None:
        request.session["flash"] = flash
    return RedirectResponse(url, status_code=303)


def _int(value: Any, default: int | None = None) -> int | None:
    """A whole number from a form, query or path; beyond what the index can hold counts as absent."""
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return default
    return number if abs(number) < 2**62 else default


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


class BadDate(ValueError):
    """A date typed into a form that is no date: refused, never replaced by today or by none."""


def _form_date(value: Any) -> date | None:
    """A form's date (YYYY-MM-DD, as the CLI takes it); None when left empty, BadDate when malformed
    ("2026-11-31", "30-11-2026", "yesterday"): a deadline or an expiry must not move silently."""
    text = str(value or "").strip()
    if not text:
        return None
    try:
        day = datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise BadDate(text) from None
    if day >= date.max:  # an expiry ends the day after: 9999-12-31 would be past the calendar (a server error)
        raise BadDate(text)
    return day


def _text(value: Any, cap: int = TEXT_CAP) -> str:
    return str(value or "").strip()[:cap]


def _audit(request: Request, account: acc.Account, action: str, subject: str | None = None, **detail: Any) -> None:
    _console(request).store.audit(action, actor=account.username, subject=subject, via="console", **detail)


# --- sign-in ------------------------------------------------------------------------------------------


async def home(request: Request) -> Response:
    account = _account(request)
    return _redirect("/dashboard" if account.is_staff else "/my")


async def login(request: Request) -> Response:
    console = _console(request)
    if request.method == "GET":
        expired = request.query_params.get("expired") == "1"
        return _render(request, "login.html", None, message="session_expired" if expired else None)
    try:
        form = await checked_form(request)
    except CsrfError:
        return _render(request, "login.html", None, status=403, message="csrf_failed")
    username = _text(form.get("username"), acc.USERNAME_MAX)
    password = str(form.get("password") or "")[:2048]
    ip_key, user_key = f"ip:{_client(request)}", f"user:{username.casefold()}"
    if not console.throttle.begin(ip_key, user_key):  # counted before the check: parallel tries wait their turn
        console.store.audit(
            "login_throttled",
            actor=_attempted(console, username, acc.find_account(console.store, username)),
            via="console",
        )
        return _render(request, "login.html", None, status=429, message="login_throttled")
    account = await run_in_threadpool(acc.find_account, console.store, username)
    ok = await run_in_threadpool(verify_password, account.password_hash if account else None, password)
    if not ok or account is None or account.disabled:
        console.store.audit("login_failed", actor=_attempted(console, username, account), via="console")
        return _render(request, "login.html", None, status=401, message="login_failed")
    console.throttle.succeed(user_key)
    console.throttle.release(ip_key)  # the address's other failures stay counted (a spray between own sign-ins)
    new_session(request.session, account.username)
    acc.update_account(console.store, account.username, actor="-", last_login_at=datetime.now(UTC), failed_logins=0)
    console.store.audit("login", actor=account.username, via="console", method="password")
    return _redirect("/")


async def logout(request: Request) -> Response:
    try:
        await checked_form(request)
    except CsrfError:
        raise HTTPException(403) from None
    user = request.session.get("user")
    request.session.clear()
    if isinstance(user, str):
        store = _console(request).store
        # The cookie is signed, not stored: ending it here is not enough, a copy would still work.
        with contextlib.suppress(acc.AccountError):
            acc.update_account(store, user, actor="-", signed_out_at=datetime.now(UTC))
        store.audit("logout", actor=user, via="console")
    return _redirect("/login")


async def set_language(request: Request) -> Response:
    try:
        form = await checked_form(request)
    except CsrfError:
        raise HTTPException(403) from None
    lang = str(form.get("lang") or "")
    if lang in i18n.LANGUAGES:
        request.session["lang"] = lang
    back = str(form.get("back") or "/")
    return _redirect(back if back.startswith("/") and not back.startswith("//") else "/")


async def oidc_start(request: Request) -> Response:
    console = _console(request)
    if console.oidc is None:
        raise HTTPException(404)
    try:
        url = await run_in_threadpool(console.oidc.authorization_url, request.session)
    except OidcError as exc:
        console.store.audit("login_failed", actor="-", via="oidc", reason=scrub_operator_text(str(exc)))
        return _render(request, "login.html", None, status=502, error=scrub_operator_text(str(exc)))
    return RedirectResponse(url, status_code=302)


async def oidc_callback(request: Request) -> Response:
    console = _console(request)
    if console.oidc is None or console.settings.oidc is None:
        raise HTTPException(404)
    params = {k: v[:4096] for k, v in request.query_params.items()}
    try:
        identity = await run_in_threadpool(console.oidc.complete, request.session, params)
    except OidcError as exc:
        console.store.audit("login_failed", actor="-", via="oidc", reason=scrub_operator_text(str(exc)))
        return _render(request, "login.html", None, status=401, error=scrub_operator_text(str(exc)))
    account = acc.account_by_oidc(console.store, identity.subject, identity.email)
    if account is not None and account.oidc_subject not in (None, identity.subject):
        # Found by e-mail but bound to another identity: an e-mail claim is no proof of who signs in.
        why = "e-mail of an account bound to another identity"
        console.store.audit("login_failed", actor="-", via="oidc", reason=why)
        return _render(request, "login.html", None, status=403, message="forbidden")
    if account is None:
        if not console.settings.oidc.create_accounts:
            console.store.audit(
                "login_failed", actor=_attempted(console, identity.username, None), via="oidc", reason="no account"
            )
            return _render(request, "login.html", None, status=403, message="forbidden")
        try:
            # No owner names from the token: preferred_username is neither unique nor checked (a provider may
            # let users choose it), and as an owner name 'root' or 'administrator' would hand over everything
            # those accounts own. An admin adds owner names (`users add --owner`); the mailbox is the address.
            account = acc.add_account(
                console.store,
                identity.username,
                role=console.settings.oidc.default_role,
                display_name=identity.name,
                email=identity.email,
                mailboxes=[identity.email] if identity.email else [],
                oidc_subject=identity.subject,
                actor="oidc",
            )
        except acc.AccountError:  # the name of an existing account (never taken over), or an identifier
            console.store.audit(
                "login_failed", actor="-", via="oidc", reason="user name not available for a new account"
            )
            return _render(request, "login.html", None, status=403, message="forbidden")
    elif account.oidc_subject is None:
        account = acc.update_account(console.store, account.username, actor="oidc", oidc_subject=identity.subject)
    if account.disabled:
        return _render(request, "login.html", None, status=403, message="forbidden")
    new_session(request.session, account.username)
    console.store.audit("login", actor=account.username, via="console", method="oidc")
    return _redirect("/")


# --- staff pages ----------------------------------------------------------------------------------------


async def dashboard(request: Request) -> Response:
    account = _account(request, *STAFF)
    data = await run_in_threadpool(queries.dashboard, _console(request).store)
    return _render(request, "dashboard.html", account, data=data)


def _filters(request: Request) -> queries.FindingFilters:
    q = request.query_params
    return queries.FindingFilters(
        source=_int(q.get("source")),
        owner=_text(q.get("owner"), 255) or None,
        entity=_text(q.get("entity"), 64) or None,
        category=_text(q.get("category"), 64) or None,
        risk=_text(q.get("risk"), 32) or None,
        retention=_text(q.get("retention"), 16) or None,
        status=_text(q.get("status"), 16) or None,
        found_from=_date(q.get("found_from")),
        found_to=_date(q.get("found_to")),
    )


async def findings(request: Request) -> Response:
    account = _account(request, *STAFF)
    console = _console(request)
    filters = _filters(request)
    sort = request.query_params.get("sort", "first_seen")
    descending = request.query_params.get("dir", "desc") != "asc"
    page_no = _int(request.query_params.get("page"), 1) or 1
    scope = queries.Scope.of(console.store, account)
    page = await run_in_threadpool(
        lambda: queries.findings_page(
            console.store,
            scope,
            filters,
            sort=sort,
            descending=descending,
            page=page_no,
            page_size=console.settings.page_size,
        )
    )
    choices = await run_in_threadpool(console.choices)
    base = filters.as_query() | {"sort": sort, "dir": "desc" if descending else "asc"}
    return _render(
        request,
        "findings.html",
        account,
        page=page,
        filters=filters,
        choices=choices,
        sort=sort,
        descending=descending,
        query=lambda **extra: urlencode(base | {k: str(v) for k, v in extra.items()}),
        statuses=queries.EFFECTIVE_STATUSES,
        retention_states=queries.RETENTION_STATES,
        triage_statuses=STAFF_STATUSES,
    )


async def bulk_triage(request: Request) -> Response:
    account = _account(request, *STAFF)
    form = await _form_or_403(request)
    status = str(form.get("status") or "")
    if status not in STAFF_STATUSES:
        raise HTTPException(400)
    note = mask_text(_text(form.get("note")))
    back = str(form.get("back") or "/findings")
    back = back if back.startswith("/findings") else "/findings"
    try:
        expires = _form_date(form.get("expires"))
    except BadDate:
        return _redirect(back, "bad_expires", request)
    ids = [i for i in (_int(v) for v in form.getlist("finding")) if i is not None][:1000]
    store = _console(request).store
    targets = queries.finding_keys(store, queries.Scope.of(store, account), ids)
    for _item, key, fp in targets:
        store.set_triage(key, fp, status, note=note, who=account.username, expires_at=_expiry(expires))
    _audit(request, account, "bulk_triage", status=status, count=len(targets))
    return _redirect(back, "saved", request)


def _expiry(day: date | None) -> datetime | None:
    return datetime.combine(day, datetime.min.time(), UTC) + timedelta(days=1) if day else None


async def _form_or_403(request: Request) -> Any:
    try:
        return await checked_form(request)
    except CsrfError:
        raise HTTPException(403) from None


async def item_page(request: Request) -> Response:
    account = _account(request)
    store = _console(request).store
    item_id = _int(request.path_params["item_id"])
    scope = queries.Scope.of(store, account)
    item = await run_in_threadpool(queries.item_detail, store, scope, item_id or 0)
    if item is None:
        # Another person's item reads exactly like a missing one.
        _audit(request, account, "item_refused", subject=str(item_id))
        raise HTTPException(404)
    _audit(request, account, "item_viewed", subject=str(item["location_key"]))
    allowed = STAFF_STATUSES if account.is_staff else EMPLOYEE_STATUSES
    return _render(
        request,
        "item.html",
        account,
        item=item,
        asks=queries.policy_asks(item),
        triage_statuses=allowed,
        accounts=acc.list_accounts(store) if account.role in DATA_OFFICERS else [],
        can_reveal=account.role == "dpo" and _console(request).settings.reveal_enabled and not item["private"],
        move_folders=_move_folders(_console(request), item) if account.role in DATA_OFFICERS else [],
    )


def _move_folders(console: Console, item: dict[str, Any]) -> list[str]:
    spec = console.settings.graph_source(str(item["source_name"]), console.store.source_label)
    if spec is None or item["source_kind"] != "graph":
        return []
    return list(spec.move_folders)


async def item_triage(request: Request) -> Response:
    account = _account(request)
    form = await _form_or_403(request)
    store = _console(request).store
    item_id = _int(request.path_params["item_id"]) or 0
    scope = queries.Scope.of(store, account)
    keys = queries.item_keys(store, scope, [item_id])
    if item_id not in keys:
        _audit(request, account, "item_refused", subject=str(item_id))
        raise HTTPException(404)
    status = str(form.get("status") or "")
    allowed = STAFF_STATUSES if account.is_staff else EMPLOYEE_STATUSES
    if status not in allowed:
        raise HTTPException(400)
    fingerprint = _text(form.get("fingerprint"), 64)
    if fingerprint:
        valid = {fp for _i, _k, fp in queries.finding_keys(store, scope, _finding_ids(store, item_id))}
        if fingerprint not in valid:
            raise HTTPException(400)
    note = mask_text(_text(form.get("note")))
    target = f"/items/{item_id}" if account.is_staff or form.get("back") != "/my" else "/my"
    try:
        expires = _expiry(_form_date(form.get("expires"))) if status == "exception" else None
    except BadDate:
        return _redirect(target, "bad_expires", request)
    store.set_triage(keys[item_id], fingerprint, status, note=note, who=account.username, expires_at=expires)
    flash = "saved"
    if not fingerprint and status in ("false_positive", "open"):
        flash = await _write_verdict(request, account, item_id, "false_positive" if status != "open" else "found")
    return _redirect(target, flash, request)


async def _write_verdict(request: Request, account: acc.Account, item_id: int, verdict: str) -> str:
    """Write the decision back to the message as an Outlook category, where the source allows it."""
    from pii_scanner.sources.mail.outlook_actions import MessageRef

    console = _console(request)
    item = queries.item_detail(console.store, queries.Scope.of(console.store, account), item_id)
    if item is None:
        return "saved"
    try:
        actions = console.outlook(item["source_name"], item["source_kind"])
        if actions is None:
            return "saved"
        ref = MessageRef.from_location(str(item["location"]))
        if console.store.location_key(_graph_location(item, ref)) != item["location_key"]:
            raise PiiScannerError("the message cannot be named from the index")
        await run_in_threadpool(actions.set_verdict, ref, verdict)
    except PiiScannerError as exc:
        _audit(
            request,
            account,
            "outlook_writeback_failed",
            subject=str(item["location_key"]),
            why=scrub_operator_text(str(exc))[:200],
        )
        return "outlook_failed"
    _audit(request, account, "outlook_category", subject=str(item["location_key"]), verdict=verdict)
    return "outlook_saved"


def _graph_location(item: dict[str, Any], ref: Any) -> str:
    """The message's full location as the Graph source wrote it (to prove the index names it)."""
    from urllib.parse import quote

    folder = str(item.get("mail_folder") or (item.get("metadata") or {}).get("folder") or "")
    return f"graph://{quote(ref.mailbox, safe='@')}/{quote(folder, safe='/')}/{quote(ref.message_id, safe='')}"


async def item_move(request: Request) -> Response:
    """Move a message out of the mailbox into an archive or case folder (Graph sources), audited."""
    from pii_scanner.sources.mail.outlook_actions import MessageRef

    account = _account(request, *DATA_OFFICERS)
    form = await _form_or_403(request)
    console = _console(request)
    item_id = _int(request.path_params["item_id"]) or 0
    item = queries.item_detail(console.store, queries.Scope.of(console.store, account), item_id)
    if item is None:
        raise HTTPException(404)
    destination = _text(form.get("destination"), 200)
    spec = console.settings.graph_source(str(item["source_name"]), console.store.source_label)
    allowed = list(spec.move_folders) if spec is not None else ["archive"]
    if destination not in allowed:
        raise HTTPException(400)
    try:
        actions = console.outlook(item["source_name"], item["source_kind"])
        if actions is None:
            raise PiiScannerError("this source does not allow moves from the console")
        ref = MessageRef.from_location(str(item["location"]))
        if console.store.location_key(_graph_location(item, ref)) != item["location_key"]:
            raise PiiScannerError("the message cannot be named from the index")
        await run_in_threadpool(actions.move, ref, destination)
    except PiiScannerError as exc:
        _audit(
            request,
            account,
            "message_move_failed",
            subject=str(item["location_key"]),
            why=scrub_operator_text(str(exc))[:200],
        )
        return _redirect(f"/items/{item_id}", "outlook_failed", request)
    _audit(request, account, "message_moved", subject=str(item["location_key"]), destination=destination)
    console.store.set_triage(
        str(item["location_key"]), "", "moved", note=f"moved to {destination}", who=account.username
    )
    return _redirect(f"/items/{item_id}", "saved", request)


def _finding_ids(store: Store, item_id: int) -> list[int]:
    import sqlalchemy as sa

    with store.engine.connect() as conn:
        return [int(x) for x in conn.scalars(sa.select(s.findings.c.id).where(s.findings.c.item_id == item_id))]


async def item_assign(request: Request) -> Response:
    account = _account(request, *DATA_OFFICERS)
    form = await _form_or_403(request)
    store = _console(request).store
    item_id = _int(request.path_params["item_id"]) or 0
    keys = queries.item_keys(store, queries.Scope.of(store, account), [item_id])
    if item_id not in keys:
        raise HTTPException(404)
    try:
        acc.assign(store, keys[item_id], _text(form.get("username"), acc.USERNAME_MAX), actor=account.username)
    except acc.AccountError:
        raise HTTPException(400) from None
    back = str(form.get("back") or f"/items/{item_id}")
    return _redirect(back if back in ("/queue", f"/items/{item_id}") else "/queue", "saved", request)


async def item_reveal(request: Request) -> Response:
    account = _account(request, "dpo")
    form = await _form_or_403(request)
    console = _console(request)
    if not console.settings.reveal_enabled:
        raise HTTPException(404)
    item_id = _int(request.path_params["item_id"]) or 0
    finding_id = _int(form.get("finding")) or 0
    reason = _text(form.get("reason"))
    if len(reason) < 5:
        raise HTTPException(400)
    scope = queries.Scope.of(console.store, account)
    item = queries.item_detail(console.store, scope, item_id)
    if item is None or item["private"]:
        raise HTTPException(404)
    finding = next((f for f in item["findings"] if f["id"] == finding_id), None)
    if finding is None:
        raise HTTPException(404)
    # The reason is audited masked: someone may type an identifier into it.
    _audit(request, account, "reveal", subject=str(item["location_key"]), finding=finding_id, reason=mask_text(reason))
    try:
        value = await run_in_threadpool(reveal_value, console.store, item, str(finding["fingerprint"]))
    except RevealError as exc:
        _audit(
            request,
            account,
            "reveal_failed",
            subject=str(item["location_key"]),
            finding=finding_id,
            why=scrub_operator_text(str(exc)),
        )
        return _render(
            request, "reveal.html", account, item=item, finding=finding, value=None, error=scrub_operator_text(str(exc))
        )
    return _render(request, "reveal.html", account, item=item, finding=finding, value=value, error=None)


async def runs(request: Request) -> Response:
    account = _account(request, *STAFF)
    rows = await run_in_threadpool(queries.runs_page, _console(request).store)
    return _render(request, "runs.html", account, runs=rows)


async def audit_log(request: Request) -> Response:
    account = _account(request, *DATA_OFFICERS)
    page_no = _int(request.query_params.get("page"), 1) or 1
    page = await run_in_threadpool(lambda: queries.audit_page(_console(request).store, page=page_no))
    return _render(request, "audit.html", account, page=page)


async def queue(request: Request) -> Response:
    account = _account(request, *STAFF)
    store = _console(request).store
    page_no = _int(request.query_params.get("page"), 1) or 1
    scope = queries.Scope.of(store, account)
    page = await run_in_threadpool(lambda: queries.my_items(store, scope, page=page_no, queue=True))
    return _render(request, "queue.html", account, page=page, accounts=acc.list_accounts(store))


async def my_findings(request: Request) -> Response:
    account = _account(request)
    store = _console(request).store
    page_no = _int(request.query_params.get("page"), 1) or 1
    scope = queries.Scope(
        everyone=False,
        owner_names=account.owner_names,
        mailbox_fps=account.mailbox_fps,
        prefixes=tuple(acc.owner_prefixes(store, account.username)),
        username=account.username,
    )
    page = await run_in_threadpool(lambda: queries.my_items(store, scope, page=page_no))
    return _render(request, "my.html", account, page=page, statuses=EMPLOYEE_STATUSES)


async def report(request: Request) -> Response:
    account = _account(request, *STAFF)
    from pii_scanner.reports.minimisation import build
    from pii_scanner.reports.render import render_html

    store = _console(request).store
    html = await run_in_threadpool(lambda: render_html(build(store)))
    _audit(request, account, "report_viewed")
    policy = csp_with_styles_of(html.decode("utf-8"))  # its own inline styles only, by hash
    return HTMLResponse(html, headers={"content-security-policy": policy})


# --- access requests ----------------------------------------------------------------------------------------


async def requests_page(request: Request) -> Response:
    account = _account(request, *DATA_OFFICERS)
    from pii_scanner.access import request_status

    cases = await run_in_threadpool(lambda: request_status(_console(request).store, include_closed=True))
    return _render(request, "requests.html", account, cases=cases, today=date.today())


async def request_open_view(request: Request) -> Response:
    account = _account(request, *DATA_OFFICERS)
    form = await _form_or_403(request)
    from pii_scanner.access import Subject, SubjectError, request_open

    try:
        subject = Subject.of(
            cpr=[_text(form.get("cpr"), 64)] if form.get("cpr") else [],
            personnummer=[_text(form.get("personnummer"), 64)] if form.get("personnummer") else [],
            name=[_text(form.get("name"), 200)] if form.get("name") else [],
            email=[_text(form.get("email"), 320)] if form.get("email") else [],
            phone=[_text(form.get("phone"), 64)] if form.get("phone") else [],
        )
        received = _form_date(form.get("received")) or date.today()  # left empty: received today
        case = await run_in_threadpool(
            lambda: request_open(
                _console(request).store,
                subject,
                received=received,
                reference=_text(form.get("reference"), 100),
                actor=account.username,
            )
        )
    except BadDate:
        return _redirect("/requests", "bad_received", request)  # no case: the deadline counts from it
    except (SubjectError, PiiScannerError) as exc:  # their messages never repeat a criterion
        return _redirect("/requests", f"error: {exc}", request)
    except TypeError as exc:
        request.session["flash"] = f"error: {type(exc).__name__}"
        return _redirect("/requests")
    return _redirect(f"/requests/{case.id}", "saved", request)


def _case(store: Store, case_id: int) -> Any:
    from pii_scanner.access import request_status

    try:
        return request_status(store, case_id)[0]
    except PiiScannerError:
        raise HTTPException(404) from None


async def request_view(request: Request) -> Response:
    """The case: deadline, and the index search split into the answer and the items to review."""
    account = _account(request, *DATA_OFFICERS)
    return await _request_page(request, account, live=False)


async def request_live(request: Request) -> Response:
    """The same search over the live sources of the sweep configuration (nothing stored)."""
    account = _account(request, *DATA_OFFICERS)
    await _form_or_403(request)
    if not _console(request).settings.config_path:
        raise HTTPException(404)
    return await _request_page(request, account, live=True)


async def _request_page(request: Request, account: acc.Account, *, live: bool) -> Response:
    from pii_scanner.access.lookup import run_search

    console = _console(request)
    store = console.store
    case_id = _int(request.path_params["case_id"]) or 0
    case = await run_in_threadpool(_case, store, case_id)
    config = console.settings.config_path
    result = await run_in_threadpool(
        lambda: run_search(store, case.subject, live=live, config=config if live else None, loose=False, events=None)
    )
    excluded = acc.excluded_keys(store, case.id)
    _audit(request, account, "access_request_viewed", subject=str(case.id), live=live, hits=len(result.hits))
    return _render(
        request,
        "request.html",
        account,
        case=case,
        hits=[h for h in result.hits if h.location_key not in excluded],
        review=[h for h in result.review if h.location_key not in excluded],
        excluded=[h for h in result.hits + result.review if h.location_key in excluded],
        live=live,
        failed_sources=result.failed_sources,
        # What makes `search` exit 4 (partial), said here as the CLI says it (sources not reached: above).
        gaps={
            k: getattr(result, k)
            for k in ("unreadable", "skipped", "names_not_read", "paths_not_traced")
            if getattr(result, k)
        },
        can_live=bool(config),
        today=date.today(),
    )


async def request_exclude(request: Request) -> Response:
    account = _account(request, *DATA_OFFICERS)
    form = await _form_or_403(request)
    store = _console(request).store
    case = await run_in_threadpool(_case, store, _int(request.path_params["case_id"]) or 0)
    key = _text(form.get("location_key"), 64)
    if len(key) != 64 or not all(c in "0123456789abcdef" for c in key):
        raise HTTPException(400)
    # Only a hit the case's page can show, of a case still open: the record never says an item was left out
    # of an answer that did not hold it, or of one already given.
    why = "closed" if case.status == "closed" else None
    if why is None and not await run_in_threadpool(_hit_of_case, _console(request), case, key):
        why = "not_a_hit"
    if why is not None:
        _audit(request, account, "access_exclusion_refused", subject=str(case.id), why=why)
        return _redirect(f"/requests/{case.id}", "exclusion_refused", request)
    acc.exclude_hit(store, case.id, key, reason=mask_text(_text(form.get("reason"))), actor=account.username)
    return _redirect(f"/requests/{case.id}", "saved", request)


def _hit_of_case(console: Console, case: Any, key: str) -> bool:
    """Whether ``key`` is an item the case's page lists: from the index, else (with the sweep configuration)
    from the live sources, as the live page showed it."""
    from pii_scanner.access.lookup import run_search

    for live in (False, True) if console.settings.config_path else (False,):
        config = console.settings.config_path if live else None
        result = run_search(console.store, case.subject, live=live, config=config, loose=False, events=None)
        if any(h.location_key == key for h in result.hits + result.review):
            return True
    return False


async def request_verify(request: Request) -> Response:
    """Erasure verification for the case's subject: traces left, possible namesakes, backups."""
    from pii_scanner.access import verify_erasure

    account = _account(request, *DATA_OFFICERS)
    await _form_or_403(request)
    console = _console(request)
    if not console.settings.config_path:
        raise HTTPException(404)
    case = await run_in_threadpool(_case, console.store, _int(request.path_params["case_id"]) or 0)
    result = await run_in_threadpool(
        lambda: verify_erasure(
            case.subject, config=str(console.settings.config_path), db=console.store, actor=account.username
        )
    )
    return _render(request, "erasure.html", account, case=case, result=result)


async def request_extend_view(request: Request) -> Response:
    account = _account(request, *DATA_OFFICERS)
    form = await _form_or_403(request)
    from pii_scanner.access import request_extend

    case_id = _int(request.path_params["case_id"]) or 0
    try:
        await run_in_threadpool(
            lambda: request_extend(
                _console(request).store,
                case_id,
                months=_int(form.get("months"), 1) or 1,
                reason=mask_text(_text(form.get("reason"))),
                actor=account.username,
            )
        )
    except PiiScannerError as exc:
        request.session["flash"] = f"error: {exc}"
    return _redirect(f"/requests/{case_id}")


async def request_export_view(request: Request) -> Response:
    account = _account(request, *DATA_OFFICERS)
    await _form_or_403(request)
    from pii_scanner.access import request_pack

    case_id = _int(request.path_params["case_id"]) or 0
    store = _console(request).store

    def pack() -> bytes:
        # The pack holds the subject's plaintext (an explicit export): built in memory and handed over
        # only as the download, so a console killed while it builds one (SIGKILL, OOM) leaves no file.
        config = _console(request).settings.config_path
        return request_pack(
            store,
            case_id,
            live=bool(config),
            config=config,
            actor=account.username,
            exclude=acc.excluded_keys(store, case_id),
        )

    try:
        data = await run_in_threadpool(pack)
    except PiiScannerError:
        raise HTTPException(404) from None
    return Response(
        data,
        media_type="application/zip",
        headers={"content-disposition": f'attachment; filename="access-request-{case_id}.zip"'},
    )


async def request_close_view(request: Request) -> Response:
    account = _account(request, *DATA_OFFICERS)
    await _form_or_403(request)
    from pii_scanner.access import request_close

    case_id = _int(request.path_params["case_id"]) or 0
    try:
        await run_in_threadpool(lambda: request_close(_console(request).store, case_id, actor=account.username))
    except PiiScannerError:
        # Refused (already closed, no such case) and audited by close_case: the page must not say "saved".
        return _redirect(f"/requests/{case_id}", "close_refused", request)
    return _redirect(f"/requests/{case_id}", "saved", request)


# --- errors and assembly ------------------------------------------------------------------------------------


async def _http_error(request: Request, exc: Exception) -> Response:
    if isinstance(exc, SignInRequired):
        return _redirect("/login?expired=1" if exc.expired else "/login")
    code = exc.status_code if isinstance(exc, HTTPException) else 500
    message = {403: "forbidden", 404: "not_found"}.get(code, "not_found")
    return _render(request, "error.html", None, status=code, message=message, code=code)


async def _store_error(request: Request, exc: Exception) -> Response:
    """The index locked by a sweep, read-only or full: the console's own page (503, security headers, no
    cache) saying nothing was saved, never a bare 500 and a traceback in the server log. The error's own
    text (it names the index file) is not shown."""
    return _render(request, "error.html", None, status=503, message="index_unavailable", code=503)


def routes() -> list[Any]:
    return [
        Route("/", home),
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/language", set_language, methods=["POST"]),
        Route("/auth/oidc/start", oidc_start),
        Route("/auth/oidc/callback", oidc_callback),
        Route("/dashboard", dashboard),
        Route("/findings", findings),
        Route("/findings/triage", bulk_triage, methods=["POST"]),
        Route("/items/{item_id:int}", item_page),
        Route("/items/{item_id:int}/triage", item_triage, methods=["POST"]),
        Route("/items/{item_id:int}/assign", item_assign, methods=["POST"]),
        Route("/items/{item_id:int}/reveal", item_reveal, methods=["POST"]),
        Route("/items/{item_id:int}/move", item_move, methods=["POST"]),
        Route("/my", my_findings),
        Route("/queue", queue),
        Route("/runs", runs),
        Route("/audit", audit_log),
        Route("/report", report),
        Route("/requests", requests_page),
        Route("/requests/open", request_open_view, methods=["POST"]),
        Route("/requests/{case_id:int}", request_view),
        Route("/requests/{case_id:int}/live", request_live, methods=["POST"]),
        Route("/requests/{case_id:int}/exclude", request_exclude, methods=["POST"]),
        Route("/requests/{case_id:int}/verify", request_verify, methods=["POST"]),
        Route("/requests/{case_id:int}/extend", request_extend_view, methods=["POST"]),
        Route("/requests/{case_id:int}/export", request_export_view, methods=["POST"]),
        Route("/requests/{case_id:int}/close", request_close_view, methods=["POST"]),
        Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="static"),
    ]


def create_app(settings: WebSettings, store: Store | None = None) -> Starlette:
    """The ASGI application on the index ``settings.db`` (or the Store given)."""
    owned = store is None
    # Never a new index: a mistyped --db would serve an empty console that reads as "nothing found".
    the_store = store if store is not None else open_store(settings.db, create=False, key_file=settings.key_file)
    try:
        the_store.verify_key()  # a console under another key would answer every search "nothing held"
        if the_store.read_only:
            # Every sign-in, view, triage and reveal is audited in the index: a console that cannot write it
            # would refuse every sign-in (or reveal without a record); said once at start instead.
            raise ConfigError(
                f"serve: the index {the_store.url} is read-only; the console records sign-ins, triage and "
                "reveals in it: serve a copy it may write, or run as the account that owns it"
            )
    except Exception:
        if owned:
            the_store.close()
        raise

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        if owned:
            the_store.close()

    app = Starlette(
        routes=routes(),
        middleware=[
            Middleware(SecurityHeaders, hsts=settings.secure_cookies),
            *([Middleware(HostCheck, allowed=settings.allowed_hosts)] if settings.allowed_hosts is not None else []),
            Middleware(
                SessionMiddleware,
                secret_key=settings.secret_key,
                session_cookie="pii_console",
                max_age=settings.session_max_seconds,
                same_site="lax",
                https_only=settings.secure_cookies,
            ),
        ],
        exception_handlers={HTTPException: _http_error, SignInRequired: _http_error, StoreError: _store_error},
        lifespan=lifespan,
    )
    app.state.console = Console(settings, the_store)
    return app
