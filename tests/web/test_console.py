"""The console over HTTP (Starlette's test client): sign-in, roles, scoping, triage, CSRF, expiry, headers."""

from __future__ import annotations

import datetime
import re
import time
from pathlib import Path

import pytest

from pii_scanner.core.errors import ConfigError
from pii_scanner.store import accounts as acc
from pii_scanner.web.settings import check_bind
from tests.store.planted import CPRS, NAMES, plaintext_forms
from tests.web.conftest import PASSWORD, Console, SessionClock, csrf_of, make_client, sign_in


def test_sign_in_and_out(console: Console) -> None:
    client = make_client(console)
    assert client.get("/dashboard").headers["location"] == "/login"
    sign_in(client, "dpo")
    page = client.get("/dashboard")
    assert page.status_code == 200 and "Dpo (dpo)" in page.text
    client.post("/logout", data={"csrf": csrf_of(page.text)})
    assert client.get("/dashboard").status_code == 303
    actions = [r["action"] for r in console.store.rows("audit")]
    assert "login" in actions and "logout" in actions


def test_wrong_password_refused_and_throttled(console: Console) -> None:
    client = make_client(console, login_attempts=3)
    for _ in range(3):
        page = client.get("/login")
        r = client.post("/login", data={"username": "dpo", "password": "wrong-password", "csrf": csrf_of(page.text)})
        assert r.status_code == 401
    page = client.get("/login")
    r = client.post("/login", data={"username": "dpo", "password": PASSWORD, "csrf": csrf_of(page.text)})
    assert r.status_code == 429  # even the right password waits once the window is full
    assert "login_throttled" in [row["action"] for row in console.store.rows("audit")]


def test_disabled_account_cannot_sign_in(console: Console) -> None:
    acc.update_account(console.store, "rev", disabled=True)
    client = make_client(console)
    page = client.get("/login")
    r = client.post("/login", data={"username": "rev", "password": PASSWORD, "csrf": csrf_of(page.text)})
    assert r.status_code == 401


def test_post_without_csrf_refused(console: Console) -> None:
    client = sign_in(make_client(console), "dpo")
    item = console.item_id("alice/doc000")
    for path, data in (
        ("/logout", {}),
        (f"/items/{item}/triage", {"status": "resolved"}),
        ("/findings/triage", {"status": "resolved", "finding": "1"}),
        (f"/items/{item}/reveal", {"finding": "1", "reason": "checking a request"}),
        ("/requests/open", {"name": "Jens Hansen"}),
        ("/language", {"lang": "en"}),
    ):
        assert client.post(path, data=data).status_code == 403, path
        assert client.post(path, data=data | {"csrf": "forged"}).status_code == 403, path
    assert all(r["status"] != "resolved" for r in console.store.rows("triage"))


def test_login_without_csrf_refused(console: Console) -> None:
    client = make_client(console)
    r = client.post("/login", data={"username": "dpo", "password": PASSWORD})
    assert r.status_code == 403
    assert client.get("/dashboard").status_code == 303


def test_session_expires_when_idle(console: Console, session_clock: SessionClock) -> None:
    client = sign_in(make_client(console, session_idle_seconds=1), "dpo")
    assert client.get("/dashboard").status_code == 200
    session_clock.ahead = 2.2
    r = client.get("/dashboard")
    assert r.status_code == 303 and r.headers["location"] == "/login?expired=1"


def test_cookie_and_security_headers(console: Console) -> None:
    client = make_client(console, secure_cookies=True)
    page = client.get("/login")
    cookie = page.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" in cookie
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-frame-options"] == "DENY" and page.headers["cache-control"] == "no-store"
    assert "<script>" not in page.text and "style=" not in page.text  # nothing inline for the CSP to allow


def test_employee_sees_only_own_items(console: Console) -> None:
    client = sign_in(make_client(console), "alice")
    assert client.get("/dashboard").status_code == 403
    assert client.get("/findings").status_code == 403
    mine = client.get("/my").text
    assert "alice/doc000" in mine and "bob/" not in mine and "shared/liste" not in mine
    own = console.item_id("alice/doc001")
    other = console.item_id("bob/doc000")
    assert client.get(f"/items/{own}").status_code == 200
    refused = client.get(f"/items/{other}")
    assert refused.status_code == 404 and "bob/" not in refused.text
    csrf = csrf_of(mine)
    assert client.post(f"/items/{other}/triage", data={"status": "deleted", "csrf": csrf}).status_code == 404
    assert "item_refused" in [r["action"] for r in console.store.rows("audit")]


def test_employee_records_action_and_next_sweep_reopens(fresh_console: Console) -> None:
    console = fresh_console
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.sweeps.engine import sweep

    client = sign_in(make_client(console), "alice")
    kept, gone = console.item_id("alice/doc000"), console.item_id("alice/doc001")
    csrf = csrf_of(client.get("/my").text)
    for item in (kept, gone):
        r = client.post(f"/items/{item}/triage", data={"status": "moved", "csrf": csrf, "back": "/my"})
        assert r.status_code == 303 and r.headers["location"] == "/my"
    assert client.post(f"/items/{kept}/triage", data={"status": "open", "csrf": csrf}).status_code == 400
    # The owner moved one file; the other is still there. Touch it so the next sweep re-reads it.
    (console.root / "alice" / "doc001.txt").unlink()
    doc0 = console.root / "alice" / "doc000.txt"
    doc0.write_text(doc0.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    time.sleep(0.05)
    sweep([console.root], db=console.db, config=ScanConfig(), origin="share")
    assert (
        "reopened" in client.get(f"/items/{kept}").text.lower()
        or "genåbnet" in client.get(f"/items/{kept}").text.lower()
    )
    rows = {r["id"]: r for r in console.store.rows("items")}
    assert rows[gone]["removed_at"] is not None


def test_findings_browser_filters_sorts_pages(console: Console) -> None:
    client = sign_in(make_client(console, page_size=3), "rev")
    page = client.get("/findings")
    assert page.status_code == 200
    total = int(re.search(r'data-testid="total">(\d+)', page.text).group(1))  # type: ignore[union-attr]
    assert total >= 10
    only_cpr = client.get("/findings?entity=DK_CPR&sort=location&dir=asc")
    assert "SE_PERSONNUMMER" not in only_cpr.text.split("<tbody>")[1]
    second = client.get("/findings?page=2")
    assert second.status_code == 200 and 'rel="prev"' in second.text
    for form in plaintext_forms():
        assert form not in page.text and form not in only_cpr.text


def test_bulk_triage_and_status_filter(console: Console) -> None:
    client = sign_in(make_client(console), "rev")
    page = client.get("/findings?entity=DK_CPR")
    ids = re.findall(r'name="finding" value="(\d+)"', page.text)[:2]
    r = client.post(
        "/findings/triage",
        data={"csrf": csrf_of(page.text), "status": "false_positive", "note": "test 070761-4285", "finding": ids},
    )
    assert r.status_code == 303
    closed = client.get("/findings?status=false_positive")
    assert len(re.findall(r'name="finding" value="(\d+)"', closed.text)) == 2
    notes = [row["note"] for row in console.store.rows("triage")]
    assert notes and all("070761-4285" not in n for n in notes)


def test_reviewer_cannot_reveal_or_see_audit(console: Console) -> None:
    client = sign_in(make_client(console), "rev")
    item = console.item_id("alice/doc000")
    page = client.get(f"/items/{item}")
    assert "/reveal" not in page.text
    assert client.get("/audit").status_code == 403
    r = client.post(f"/items/{item}/reveal", data={"csrf": csrf_of(page.text), "finding": "1", "reason": "curious"})
    assert r.status_code == 403


def test_dpo_reveal_is_live_and_audited(console: Console) -> None:
    client = sign_in(make_client(console), "dpo")
    item = console.item_id("alice/doc000")
    page = client.get(f"/items/{item}")
    finding = re.search(r'name="finding" value="(\d+)"', page.text.split("/reveal")[1]).group(1)  # type: ignore[union-attr]
    reason = "Access request 12, subject asked, CPR 070761-4285"
    r = client.post(f"/items/{item}/reveal", data={"csrf": csrf_of(page.text), "finding": finding, "reason": reason})
    assert r.status_code == 200
    revealed = re.search(r'data-testid="revealed">([^<]+)<', r.text)
    assert revealed is not None
    assert revealed.group(1) in NAMES or revealed.group(1) in plaintext_forms()
    audit = [row for row in console.store.rows("audit") if row["action"] == "reveal"]
    assert audit and "070761-4285" not in str(audit[-1]["detail"]) and audit[-1]["actor"] == "dpo"
    # Nothing plaintext was stored by the reveal.
    dump = str(console.store.dump())
    assert all(form not in dump for form in plaintext_forms())


def test_queue_and_assignment(console: Console) -> None:
    client = sign_in(make_client(console), "dpo")
    queue = client.get("/queue").text
    assert "shared/liste.txt" in queue and "alice/doc000" not in queue
    item = console.item_id("shared/liste")
    r = client.post(f"/items/{item}/assign", data={"csrf": csrf_of(queue), "username": "bob", "back": "/queue"})
    assert r.status_code == 303
    bob = sign_in(make_client(console), "bob")
    assert "shared/liste.txt" in bob.get("/my").text


def test_dashboard_runs_audit_report(console: Console) -> None:
    client = sign_in(make_client(console), "dpo")
    dash = client.get("/dashboard").text
    items = int(re.search(r'data-testid="items-with-pii">(\d+)', dash).group(1))  # type: ignore[union-attr]
    assert items == 6
    assert "DK_CPR" in dash and "<svg" in dash
    runs = client.get("/runs").text
    assert "ok" in runs or "partial" in runs
    assert client.get("/audit").status_code == 200
    report = client.get("/report")
    assert report.status_code == 200 and "<built-in method" not in report.text


def test_access_request_from_open_to_export(console: Console) -> None:
    client = sign_in(make_client(console), "dpo")
    received = datetime.date.today() - datetime.timedelta(days=12)  # relative: an overdue case cannot be extended
    due = received + datetime.timedelta(days=28)
    page = client.get("/requests")
    cpr = CPRS[0]
    r = client.post(
        "/requests/open",
        data={
            "csrf": csrf_of(page.text),
            "cpr": f"{cpr[:6]}-{cpr[6:]}",
            "reference": "REQ-1",
            "received": received.isoformat(),
        },
    )
    assert r.status_code == 303, r.text
    case_url = r.headers["location"]
    case = client.get(case_url)
    assert case.status_code == 200 and "REQ-1" in case.text and due.isoformat() in case.text
    assert "shared/liste.txt" in case.text and "alice/doc000" in case.text
    assert all(form not in case.text for form in plaintext_forms())
    export = client.post(case_url + "/export", data={"csrf": csrf_of(case.text)})
    assert export.status_code == 200 and export.headers["content-type"] == "application/zip"
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(export.content)) as zf:
        assert zf.namelist()
    extend = client.post(case_url + "/extend", data={"csrf": csrf_of(case.text), "months": "1", "reason": "complex"})
    assert extend.status_code == 303
    assert "access_request_exported" in [row["action"] for row in console.store.rows("audit")]


def test_languages(console: Console) -> None:
    client = make_client(console)
    assert "Log ind" in client.get("/login", headers={"accept-language": "da"}).text
    assert "Logga in" in client.get("/login", headers={"accept-language": "sv-SE,sv;q=0.9"}).text
    assert "Sign in" in client.get("/login", headers={"accept-language": "en-GB"}).text


def test_refuses_public_bind_without_tls() -> None:
    with pytest.raises(ConfigError):
        check_bind("0.0.0.0", tls=False, behind_proxy=False)
    check_bind("127.0.0.1", tls=False, behind_proxy=False)
    check_bind("0.0.0.0", tls=True, behind_proxy=False)
    check_bind("10.0.0.5", tls=False, behind_proxy=True)


def test_account_store_has_no_plaintext_mailbox(console: Console) -> None:
    from pii_scanner.web.users import users_add

    users_add(console.db, "carl", role="employee", password=PASSWORD, mailboxes=["carl.berg@firma.dk"])
    rows = console.store.rows("console_users")
    carl = next(r for r in rows if r["username"] == "carl")
    assert "carl.berg@firma.dk" not in str(carl["mailbox_fps"]) and len(carl["mailbox_fps"]) == 1
    assert carl["password_hash"].startswith("$argon2id$")


def test_access_request_exclude_live_search_and_erasure_check(console: Console, tmp_path: Path) -> None:
    import io
    import zipfile

    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{console.db}"\n\n[[sources]]\ntype = "paths"\nname = "share"\n'
        f'paths = ["{console.root}"]\norigin = "share"\n',
        encoding="utf-8",
    )
    client = sign_in(make_client(console, config_path=str(config)), "dpo")
    page = client.get("/requests")
    cpr = CPRS[0]
    r = client.post(
        "/requests/open", data={"csrf": csrf_of(page.text), "cpr": f"{cpr[:6]}-{cpr[6:]}", "reference": "R-9"}
    )
    case_url = r.headers["location"]
    case = client.get(case_url).text
    assert "shared/liste.txt" in case.split('id="hits"')[1].split("</table>")[0]
    key = re.search(r'name="location_key" value="([0-9a-f]{64})"', case.split('id="hits"')[1]).group(1)  # type: ignore[union-attr]
    keys = re.findall(r'name="location_key" value="([0-9a-f]{64})"', case.split('id="hits"')[1].split("</table>")[0])
    row = next(
        k for k in keys if f'value="{k}"' in case and "shared/liste.txt" in case.split(k)[0].rsplit("<tr>", 1)[1]
    )
    r = client.post(case_url + "/exclude", data={"csrf": csrf_of(case), "location_key": row, "reason": "other person"})
    assert r.status_code == 303 and key
    after = client.get(case_url).text
    answer = after.split('id="hits"')[1].split("</table>")[0]
    assert "shared/liste.txt" not in answer and 'id="excluded"' in after
    live = client.post(case_url + "/live", data={"csrf": csrf_of(after)})
    assert live.status_code == 200 and 'data-testid="searched"' in live.text and "alice/doc000" in live.text
    export = client.post(case_url + "/export", data={"csrf": csrf_of(after)})
    with zipfile.ZipFile(io.BytesIO(export.content)) as zf:
        text = " ".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())
    assert "liste.txt" not in text and "doc000" in text
    assert all(form not in live.text for form in plaintext_forms())
    check = client.post(case_url + "/verify", data={"csrf": csrf_of(after)})
    assert check.status_code == 200
    assert 'data-testid="erasure-status"' in check.text and "alice/doc000" in check.text  # traces remain
    assert "access_hit_excluded" in [r["action"] for r in console.store.rows("audit")]
