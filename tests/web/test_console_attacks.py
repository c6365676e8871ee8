"""Attacks on the console from the session-19 red team (webred); each test failed before its fix.

Sign-in throttling under parallel requests and behind a proxy, accounts made at a first OpenID Connect
sign-in, tokens for several audiences, dates and numbers past the calendar, and a locked index: never a
server error, never more than was promised.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

import httpx
import jwt
import pytest

from pii_scanner.store import accounts as acc
from pii_scanner.web import WebSettings, create_app
from pii_scanner.web.oidc import OidcClient, OidcError
from pii_scanner.web.settings import OidcSettings
from tests.web.conftest import PASSWORD, Console, csrf_of, make_client, sign_in
from tests.web.oidc_provider import Provider, free_port, serving

WRONG = "not the password at all"


def _post_login(client: httpx.Client, username: str, password: str, **headers: str) -> int:
    page = client.get("/login", headers=headers)
    form = {"username": username, "password": password, "csrf": csrf_of(page.text)}
    if page.cookies.get("pii_console"):  # a Secure cookie (behind a proxy) the client keeps off plain HTTP
        headers = headers | {"cookie": f"pii_console={page.cookies['pii_console']}"}
    return client.post("/login", data=form, headers=headers).status_code


def test_parallel_sign_ins_get_no_more_guesses_than_the_limit(console: Console) -> None:
    """Five failures, then "too many attempts": also when the guesses arrive at once (each used to pass the
    check before any failure was counted: 15 parallel guesses were 15 password checks)."""
    app = create_app(WebSettings(db=console.db, secure_cookies=False, secret_key="k" * 32))
    with serving(app, free_port()) as base:
        clients = [httpx.Client(base_url=base, timeout=120) for _ in range(9)]
        forms = []
        for client in clients:
            forms.append({"username": "rev", "password": WRONG, "csrf": csrf_of(client.get("/login").text)})
        with ThreadPoolExecutor(len(clients)) as pool:
            codes = list(
                pool.map(lambda cf: cf[0].post("/login", data=cf[1]).status_code, zip(clients, forms, strict=True))
            )
        for client in clients:
            client.close()
    assert sorted(codes) == [401] * 5 + [429] * 4, codes


def test_a_sign_in_between_failures_does_not_forget_the_address_failures(console: Console) -> None:
    """Someone with an account of their own cannot spray guesses at others' accounts by signing in to it
    between them: the address's failures stay counted (a success only takes back its own attempt)."""
    client = make_client(console)
    for n in range(4):
        assert _post_login(client, f"someone{n}", WRONG) == 401
    sign_in(client, "alice")
    client.cookies.clear()
    assert _post_login(client, "someone4", WRONG) == 401
    assert _post_login(client, "someone5", WRONG) == 429


def _env() -> dict[str, str]:
    return os.environ | {"PII_SCANNER_WEB_SECRET": "s" * 32}  # the fingerprint key: the tests' own


def test_behind_a_proxy_a_client_cannot_name_its_own_address(console: Console, tmp_path: Path) -> None:
    """`serve --behind-proxy` believes X-Forwarded-For only from the proxy (loopback by default, or
    --proxy-ip): the entries a client writes itself before the proxy appends its address are not taken
    as its address, so a new made-up address per guess does not lift the sign-in throttle."""
    port = free_port()
    cmd = [sys.executable, "-m", "pii_scanner", "serve", "--db", console.db, "--port", str(port), "--behind-proxy"]
    proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/login", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr and proc.stderr.read()
                time.sleep(0.3)
        codes = []
        for n in range(7):
            with httpx.Client(base_url=base, timeout=60) as client:
                # What the client wrote, then what the proxy on loopback appended (the address it saw).
                forwarded = {"x-forwarded-for": f"198.51.100.{n}, 203.0.113.7", "x-forwarded-proto": "https"}
                codes.append(_post_login(client, f"sprayed{n}", WRONG, **forwarded))
        assert codes == [401] * 5 + [429] * 2, codes
    finally:
        proc.terminate()
        proc.communicate(timeout=30)


@pytest.mark.parametrize(
    ("args", "words"),
    [(("--proxy-ip", "10.0.0.5"), "--behind-proxy"), (("--behind-proxy", "--proxy-ip", "proxy.lan"), "not an IP")],
)
def test_a_proxy_address_is_checked(console: Console, args: tuple[str, ...], words: str) -> None:
    cmd = [sys.executable, "-m", "pii_scanner", "serve", "--db", console.db, "--port", str(free_port()), *args]
    result = subprocess.run(cmd, capture_output=True, text=True, env=_env(), timeout=60)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in json.loads(lines[0])["message"], lines


def _oidc(provider: Provider) -> OidcSettings:
    return OidcSettings(
        issuer=provider.issuer,
        client_id=provider.client_id,
        client_secret=provider.client_secret,
        redirect_url="http://testserver/auth/oidc/callback",
    )


def _sso(client: object, provider: Provider) -> httpx.Response:
    start = client.get("/auth/oidc/start")  # type: ignore[attr-defined]
    hop = httpx.get(start.headers["location"], follow_redirects=False)
    back = urlparse(hop.headers["location"])
    return client.get(f"{back.path}?{back.query}")  # type: ignore[attr-defined,no-any-return]


def test_an_account_made_at_first_sso_sign_in_owns_nothing_by_its_user_name(console: Console) -> None:
    """preferred_username is neither unique nor checked (a provider may let people choose it): as the owner
    name of a new account, 'root' would have listed every file root owns on the employee's "My findings"."""
    owner = str(console.store.rows("items")[0]["owner"])
    assert owner  # the swept files' owner account (POSIX)
    provider = Provider()
    provider.user = {"sub": "chosen-name", "email": "new.person@firma.dk", "name": "N", "preferred_username": owner}
    with serving(provider.app(), provider.port):
        client = make_client(console, oidc=_oidc(provider))
        assert _sso(client, provider).status_code == 303
        my = client.get("/my")
    assert my.status_code == 200 and 'href="/items/' not in my.text
    assert acc.get_account(console.store, owner).owner_names == ()


def test_an_sso_user_name_of_an_existing_account_is_refused_and_audited(console: Console) -> None:
    """A new identity whose user name is an existing account's (a local dpo) is refused, audited: never a
    server error (it was one, with nothing in the audit log), never that account."""
    provider = Provider()
    provider.user = {"sub": "another-dpo", "email": "someone.else@firma.dk", "name": "M", "preferred_username": "dpo"}
    with serving(provider.app(), provider.port):
        client = make_client(console, oidc=_oidc(provider))
        refused = _sso(client, provider)
        assert refused.status_code == 403
        assert client.get("/dashboard").status_code == 303 and client.get("/my").status_code == 303
    assert acc.get_account(console.store, "dpo").oidc_subject is None
    failed = [r for r in console.store.rows("audit") if r["action"] == "login_failed"]
    assert failed and "not available" in str(failed[-1]["detail"])


def test_a_token_for_several_audiences_must_name_the_console_as_its_party() -> None:
    """OpenID Connect Core 3.1.3.7: with several audiences the token's azp must be this client."""
    provider = Provider()
    with serving(provider.app(), provider.port):
        client = OidcClient(_oidc(provider))
        now = int(time.time())
        base = {"iss": provider.issuer, "iat": now, "exp": now + 60, "sub": "s", "nonce": "n"}

        def token(**claims: object) -> str:
            return jwt.encode(base | claims, provider.key, algorithm="RS256", headers={"kid": "test-key"})

        with pytest.raises(OidcError, match="another party"):
            client._validate(token(aud=[provider.client_id, "other-app"]), nonce="n")
        with pytest.raises(OidcError, match="another party"):
            client._validate(token(aud=[provider.client_id, "other-app"], azp="other-app"), nonce="n")
        assert client._validate(token(aud=[provider.client_id, "other-app"], azp=provider.client_id), nonce="n")
        assert client._validate(token(aud=provider.client_id), nonce="n")


def _item_with_findings(console: Console) -> int:
    return console.item_id("alice")


def test_an_expiry_at_the_end_of_the_calendar_is_refused_not_a_server_error(console: Console) -> None:
    """9999-12-31 is a date, but the exception ends the day after: refused like a malformed expiry (item and
    bulk triage), never a server error."""
    client = sign_in(make_client(console), "dpo")
    item = _item_with_findings(console)
    token = csrf_of(client.get(f"/items/{item}").text)
    form = {"csrf": token, "status": "exception", "note": "n", "expires": "9999-12-31"}
    one = client.post(f"/items/{item}/triage", data=form)
    assert one.status_code == 303 and one.headers["location"] == f"/items/{item}"
    finding = str(console.store.rows("findings")[0]["id"])
    bulk = client.post("/findings/triage", data=form | {"finding": finding})
    assert bulk.status_code == 303
    assert not [r for r in console.store.rows("triage") if r["status"] == "exception"]
    assert "9999" not in client.get(f"/items/{item}").text


def test_an_extension_of_too_many_months_is_refused_not_a_server_error(console: Console) -> None:
    from pii_scanner.access.cases import CaseError, extend_case, get_case

    client = sign_in(make_client(console), "dpo")
    token = csrf_of(client.get("/requests").text)
    opened = client.post("/requests/open", data={"csrf": token, "name": "Mette Frederiksen Lyng"})
    case_id = int(opened.headers["location"].rsplit("/", 1)[1])
    before = get_case(console.store, case_id).deadline
    for months in ("3", "99999999"):
        answer = client.post(f"/requests/{case_id}/extend", data={"csrf": token, "months": months, "reason": "many"})
        assert answer.status_code == 303
    assert get_case(console.store, case_id).deadline == before
    with pytest.raises(CaseError, match="1 or 2"):
        extend_case(console.store, case_id, months=99999999, reason="many")


def test_a_locked_index_answers_the_console_page_not_a_server_error(
    console: Console, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sweep holding the index's write lock: a triage answers the console's own page (503, security
    headers, not cached) saying nothing was saved, never a bare 500; nothing is saved."""
    from pii_scanner.store import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_SECONDS", 1)
    client = sign_in(make_client(console, default_language="en"), "dpo")
    item = _item_with_findings(console)
    token = csrf_of(client.get(f"/items/{item}").text)
    path = urlparse(console.db).path
    holder = sqlite3.connect(path, timeout=1, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        answer = client.post(f"/items/{item}/triage", data={"csrf": token, "status": "resolved"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert answer.status_code == 503
    assert "Nothing was saved" in answer.text and path not in answer.text
    assert (
        answer.headers["cache-control"] == "no-store" and "frame-ancestors" in answer.headers["content-security-policy"]
    )
    assert not [r for r in console.store.rows("triage") if r["status"] == "resolved"]
    assert client.get(f"/items/{item}").status_code == 200  # the console still answers once it is free


def test_the_right_password_of_a_held_back_account_is_refused_too(console: Console) -> None:
    """Once held back, even the right password is refused: no oracle for the guess that would have been right."""
    client = make_client(console)
    for _ in range(5):
        assert _post_login(client, "rev", WRONG) == 401
    assert _post_login(client, "rev", PASSWORD) == 429


def test_a_name_with_a_direction_override_or_bytes_that_are_no_utf8_is_shown_as_it_is(tmp_path: Path) -> None:
    """A right-to-left override in a file name ('x<U+202E>gpj.txt' reads as 'xtxt.jpg') or a line break is
    spelt out on every page (\\u202e, \\x0a), and two names that differ only in bytes that are no UTF-8 do
    not look alike (\\xff, not a replacement character)."""
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.sweeps.engine import sweep
    from pii_scanner.web.users import users_add
    from tests.store.planted import CPRS

    share = tmp_path / "share"
    share.mkdir()
    body = f"CPR-nr.: {CPRS[1][:6]}-{CPRS[1][6:]}\n".encode()
    for raw in (b"x\xe2\x80\xaegpj.txt", b"two\nlines.txt", b"bad\xff.txt", b"bad\xfe.txt"):
        with open(share.as_posix().encode() + b"/" + raw, "wb") as fh:
            fh.write(body)
    db = f"sqlite:///{tmp_path / 'index.sqlite3'}"
    sweep([share], db=db, config=ScanConfig(), origin="share")
    users_add(db, "dpo", role="dpo", password=PASSWORD, display_name="Dpo", owner_names=["nobody-dpo"])
    client = make_client(Console(db=db, root=share, store=None))  # type: ignore[arg-type]
    sign_in(client, "dpo")
    pages = [client.get(p).text for p in ("/findings", "/findings?sort=location", "/queue", "/dashboard", "/report")]
    pages += [client.get(f"/items/{n}").text for n in range(1, 6)]
    text = "\n".join(pages)
    assert "\u202e" not in text and "\ufffd" not in text and "two\nlines" not in text
    assert "x\\u202egpj.txt" in text and "two\\x0alines.txt" in text
    assert "bad\\xff.txt" in text and "bad\\xfe.txt" in text


def test_a_provider_error_naming_the_person_is_masked_in_the_audit_log(console: Console) -> None:
    """Entra ID's errors name the account ("AADSTS50020: User account 'jens@firma.dk' ... does not exist"): the
    append-only audit log keeps the reason with the address and any identifier masked, as for a typed note."""
    from tests.store.planted import CPRS

    cpr = f"{CPRS[2][:6]}-{CPRS[2][6:]}"
    provider = Provider(token_error=f"AADSTS50020: User account 'jens.hansen@firma.dk' ({cpr}) does not exist")
    with serving(provider.app(), provider.port):
        client = make_client(console, oidc=_oidc(provider))
        refused = _sso(client, provider)
    assert refused.status_code == 401 and "AADSTS50020" in refused.text
    failed = [r for r in console.store.rows("audit") if r["action"] == "login_failed"]
    reason = str(failed[-1]["detail"])
    assert "AADSTS50020" in reason and "jens.hansen" not in reason and cpr not in reason
    assert "jens.hansen" not in refused.text and cpr not in refused.text


def test_no_form_lets_the_browser_remember_what_was_typed(console: Console) -> None:
    """Notes and reasons are masked by the console because people type identifiers into them; the browser's
    own form history would keep them as typed (offered again to whoever uses that browser). Every form but
    the sign-in says autocomplete="off"."""
    client = sign_in(make_client(console), "dpo")
    token = csrf_of(client.get("/requests").text)
    case = client.post("/requests/open", data={"csrf": token, "name": "Mette Frederiksen Lyng"}).headers["location"]
    item = _item_with_findings(console)
    pages = ["/findings", f"/items/{item}", "/queue", "/requests", case, "/dashboard"]
    forms = 0
    for path in pages:
        for tag in re.findall(r"<form\b[^>]*>", client.get(path).text):
            forms += 1
            assert 'autocomplete="off"' in tag or 'method="get"' in tag, (path, tag)
    assert forms >= 10


def test_a_mapped_folder_ends_at_the_folder(console: Console) -> None:
    """`users map-folder file:///srv/share/ali` gave 'alice/' (and 'HR' gave 'HR-disciplinary/') to the
    account: a mapping is a folder, the prefix ends at its '/'; a plain path (which matches nothing in the
    index) is refused, never a mapping that silently gives nothing."""
    from pii_scanner.web.users import users_map_folder

    alice = console.root / "alice"
    users_map_folder(console.db, alice.as_uri()[:-2], "bob")  # '.../share/ali'
    bob = sign_in(make_client(console), "bob")
    assert "/share/alice/" not in bob.get("/my").text
    with pytest.raises(acc.AccountError, match="as the index shows it"):
        users_map_folder(console.db, str(alice), "bob")
    users_map_folder(console.db, alice.as_uri(), "bob")  # the folder itself, written without its '/'
    assert bob.get("/my").text.count("/share/alice/") >= 3


def test_a_read_only_index_is_refused_at_start(console: Console, monkeypatch: pytest.MonkeyPatch) -> None:
    """The console audits every sign-in, view, triage and reveal in the index: on a read-only index (a
    read-only mount, another account's file) it said it listened and then failed every sign-in with a
    server error. Refused at start instead (one line, exit 2 from `serve`)."""
    from pii_scanner.core.errors import ConfigError
    from pii_scanner.store import engine

    monkeypatch.setattr(engine, "_writable", lambda path: False)  # as the file's modes would say (not as root)
    with pytest.raises(ConfigError, match="read-only"):
        create_app(WebSettings(db=console.db, secure_cookies=False, secret_key="k" * 32))


def test_the_report_page_allows_exactly_its_own_inline_styles(console: Console) -> None:
    """The minimisation report's <style> and its charts' style="" attributes were blocked by the console's
    policy (an unstyled report, empty charts: ~100 violations in Chromium). /report's policy names exactly
    those styles by hash; no inline script anywhere, no other page's policy loosened."""
    import base64
    import hashlib
    import html as html_lib

    client = sign_in(make_client(console), "rev")
    page = client.get("/report")
    assert page.status_code == 200
    policy = page.headers["content-security-policy"]
    values = set(re.findall(r"<style\b[^>]*>(.*?)</style>", page.text, re.S))
    values |= {html_lib.unescape(v) for v in re.findall(r'\sstyle="([^"]*)"', page.text)}
    assert len(values) >= 3
    for value in values:
        digest = base64.b64encode(hashlib.sha256(value.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy, value
    assert "script-src 'self';" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    other = client.get("/findings").headers["content-security-policy"]
    assert "unsafe-hashes" not in other and "sha256-" not in other


def test_a_copy_of_the_session_cannot_complete_a_single_sign_on_twice(console: Console) -> None:
    """The pending state lives in the signed cookie: a copy taken before the callback passed the state check
    again, and a provider that lets a code be redeemed twice signed the copy in as the same person. A sign-in
    is completed once (and within ten minutes of its start)."""
    provider = Provider(single_use_codes=False)
    with serving(provider.app(), provider.port):
        app = create_app(WebSettings(db=console.db, secure_cookies=False, secret_key="k" * 32, oidc=_oidc(provider)))
        from starlette.testclient import TestClient

        victim = TestClient(app, follow_redirects=False)
        start = victim.get("/auth/oidc/start")
        copied = dict(victim.cookies)
        hop = httpx.get(start.headers["location"], follow_redirects=False)
        back = urlparse(hop.headers["location"])
        callback = f"{back.path}?{back.query}"
        assert victim.get(callback).status_code == 303 and victim.get("/my").status_code == 200
        thief = TestClient(app, follow_redirects=False, cookies=copied)
        replayed = thief.get(callback)
        assert replayed.status_code == 401
        assert thief.get("/my").status_code == 303
