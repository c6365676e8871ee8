"""The console probed like an attacker and a careless admin: identifiers in file and folder names
(any dash, percent signs, e-mail-like), markup in names, numbers too big for the index, redirects
out of the console, every role against every state-changing route, and what the index files keep."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.sweeps.engine import sweep
from tests.helpers.nordic_numbers import make_personnummer
from tests.store.planted import CPRS, NAMES, plaintext_forms
from tests.web.conftest import PASSWORD, Console, build_index, csrf_of, make_client, sign_in

NAME_CPR = CPRS[1]
NAME_PNR = make_personnummer(datetime.date(1961, 7, 7), 428)
SUBJECT_CPR = CPRS[4]
SUBJECT_EMAIL = "jens.hansen@example.dk"
MARKUP = '<img src=x onerror="alert(1)">'
HOSTILE_NAMES = [
    f"{NAME_CPR[:6]}\u2011{NAME_CPR[6:]}.txt",  # no-break hyphen
    f"{NAME_CPR[:6]}\u00a0-\u00a0{NAME_CPR[6:]} notat.txt",  # "DDMMYY - SSSS" with no-break spaces
    f"pnr%20{NAME_PNR}.txt",  # a literal %20: stored as %2520
    f"løn_{NAME_CPR}.txt",
    f"kunde.{NAME_CPR[:6]}-{NAME_CPR[6:]}@example.dk.txt",
    f"{MARKUP}.txt",
]


def _secrets() -> list[str]:
    out = [*plaintext_forms(), NAME_PNR, NAME_PNR[2:], f"{NAME_PNR[:8]}-{NAME_PNR[8:]}"]
    for cpr in (NAME_CPR, SUBJECT_CPR):
        out += [f"{cpr[:6]}{sep}{cpr[6:]}" for sep in ("\u2011", "\u00a0-\u00a0", "_", "")]
    return [*out, SUBJECT_EMAIL, NAMES[0], NAMES[1]]


def _leaks(text: str) -> list[str]:
    plain = unquote(unquote(text))
    return [s for s in _secrets() if s in text or s in plain]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Console:
    from pii_scanner.store import open_store

    tmp = tmp_path_factory.mktemp("console-hostile")
    db, root = build_index(tmp)
    body = f"CPR-nr.: {SUBJECT_CPR[:6]}-{SUBJECT_CPR[6:]}\nMail: {SUBJECT_EMAIL}\nKunde: {NAMES[0]}\n"
    for name in HOSTILE_NAMES:
        (root / "alice" / name).write_text(body, encoding="utf-8")
    folder = root / "alice" / f"sag {NAME_CPR[:6]}\u2013{NAME_CPR[6:]}"
    folder.mkdir()
    (folder / "notat.txt").write_text(body, encoding="utf-8")
    sweep([root], db=db, config=ScanConfig(), origin="share")
    return Console(db=db, root=root, store=open_store(db))


def _pages(console: Console, user: str) -> dict[str, object]:
    client = sign_in(make_client(console), user)
    urls = ["/", "/dashboard", "/findings", "/findings?sort=location&dir=asc", "/my", "/queue", "/runs"]
    urls += ["/audit", "/report", "/requests"]
    urls += [f"/items/{row['id']}" for row in console.store.rows("items")]
    return {url: client.get(url) for url in urls}


@pytest.mark.parametrize("user", ["admin", "dpo", "rev", "alice", "bob"])
def test_no_page_shows_an_identifier_from_a_file_name_or_markup_from_it(hostile: Console, user: str) -> None:
    pages = _pages(hostile, user)
    shown = 0
    for url, response in pages.items():
        assert response.status_code in (200, 303, 403, 404), (url, response.status_code)  # type: ignore[attr-defined]
        text = response.text + str(response.headers)  # type: ignore[attr-defined]
        assert not _leaks(text), (user, url, _leaks(text))
        assert MARKUP not in response.text, (user, url)  # type: ignore[attr-defined]
        shown += "XXXX" in response.text  # type: ignore[attr-defined]
    if user in ("admin", "dpo", "rev", "alice"):
        assert shown, "the hostile items were never on a page: the test proves nothing"


def test_access_request_pages_and_index_files_keep_no_plaintext(hostile: Console, tmp_path: Path) -> None:
    client = sign_in(make_client(hostile), "dpo")
    page = client.get("/requests")
    opened = client.post(
        "/requests/open",
        data={
            "csrf": csrf_of(page.text),
            "cpr": f"{SUBJECT_CPR[:6]}-{SUBJECT_CPR[6:]}",
            "name": NAMES[0],
            "email": SUBJECT_EMAIL,
            "reference": f"ticket {SUBJECT_CPR}",
        },
    )
    assert opened.status_code == 303, opened.text
    case = client.get(opened.headers["location"])
    assert case.status_code == 200 and "XXXX" in case.text
    for url in (opened.headers["location"], "/requests", "/audit"):
        response = client.get(url)
        assert not _leaks(response.text), (url, _leaks(response.text))
    triage = client.post(
        "/findings/triage",
        data={"csrf": csrf_of(case.text), "status": "exception", "note": f"se {SUBJECT_CPR} og {SUBJECT_EMAIL}"},
    )
    assert triage.status_code == 303
    hostile.store.engine.dispose()
    files = list(Path(hostile.db.removeprefix("sqlite:///")).parent.glob("index.sqlite3*"))
    assert files
    for file in files:
        raw = file.read_bytes()
        for secret in _secrets():
            if secret in (NAMES[0], NAMES[1]):
                continue  # the subject's name is a search term of the case (fingerprinted); checked above
            assert secret.encode() not in raw, (file.name, secret)


@pytest.mark.parametrize(
    "url",
    [
        "/items/99999999999999999999999",
        "/findings?page=99999999999999999999",
        "/audit?page=" + "9" * 5000,
        "/requests/99999999999999999999",
        "/my?page=-99999999999999999999999",
    ],
)
def test_numbers_too_big_for_the_index_are_not_found_never_a_server_error(hostile: Console, url: str) -> None:
    client = sign_in(make_client(hostile), "dpo")
    response = client.get(url)
    assert response.status_code in (200, 404), response.status_code


def test_posted_numbers_too_big_are_refused_cleanly(hostile: Console) -> None:
    client = sign_in(make_client(hostile), "dpo")
    csrf = csrf_of(client.get("/findings").text)
    big = "9" * 30
    for path, data in (
        ("/findings/triage", {"status": "open", "finding": big}),
        (f"/items/{big}/triage", {"status": "open"}),
        (f"/items/{big}/reveal", {"finding": big, "reason": "a reason"}),
        (f"/requests/{big}/extend", {"months": big, "reason": "x"}),
    ):
        response = client.post(path, data=data | {"csrf": csrf})
        assert response.status_code in (303, 400, 404), (path, response.status_code)


@pytest.mark.parametrize("back", ["//evil.example/x", "/\\evil.example", "https://evil.example/", "/\\/evil.example"])
def test_redirects_never_leave_the_console(hostile: Console, back: str) -> None:
    client = sign_in(make_client(hostile), "dpo")
    csrf = csrf_of(client.get("/findings").text)
    for path, data in (("/language", {"lang": "en"}), ("/findings/triage", {"status": "open"})):
        response = client.post(path, data=data | {"csrf": csrf, "back": back})
        target = response.headers["location"]
        assert target.startswith("/") and not target.startswith("//") and not target.startswith("/\\"), target
        assert "evil.example" not in target.split("?")[0][:2]


STATE_CHANGES = [
    ("/findings/triage", {"status": "resolved", "finding": "1"}),
    ("/items/{item}/triage", {"status": "resolved"}),
    ("/items/{item}/assign", {"username": "bob"}),
    ("/items/{item}/reveal", {"finding": "1", "reason": "just looking"}),
    ("/items/{item}/move", {"destination": "archive"}),
    ("/requests/open", {"name": "Jens Hansen"}),
    ("/requests/1/export", {}),
    ("/requests/1/close", {}),
    ("/requests/1/extend", {"months": "1", "reason": "complex"}),
]


@pytest.mark.parametrize("user", ["rev", "alice"])
def test_roles_below_dpo_cannot_change_or_reveal_what_they_should_not(hostile: Console, user: str) -> None:
    other = next(int(r["id"]) for r in hostile.store.rows("items") if "/bob/" in r["location"])
    client = sign_in(make_client(hostile), user)
    csrf = csrf_of(client.get("/my").text)
    before = {t: len(hostile.store.rows(t)) for t in ("triage", "access_requests")}
    for path, data in STATE_CHANGES:
        url = path.format(item=other)
        if user == "rev" and url.endswith("/triage"):
            continue  # reviewers triage by design
        response = client.post(url, data=data | {"csrf": csrf})
        assert response.status_code in (403, 404), (user, url, response.status_code)
        assert not _leaks(response.text)
    after = {t: len(hostile.store.rows(t)) for t in ("triage", "access_requests")}
    if user == "alice":
        assert after == before


def test_a_session_cookie_from_before_sign_in_is_not_the_signed_in_session(hostile: Console) -> None:
    client = make_client(hostile)
    client.get("/login")
    planted = dict(client.cookies)
    sign_in(client, "dpo")
    assert dict(client.cookies) != planted
    # The attacker's copy of the pre-login cookie is still anonymous.
    attacker = make_client(hostile)
    for name, value in planted.items():
        attacker.cookies.set(name, value)
    assert attacker.get("/dashboard").status_code == 303


def test_error_pages_carry_the_security_headers_and_no_cache(hostile: Console) -> None:
    client = sign_in(make_client(hostile), "alice")
    for url in ("/items/999999", "/dashboard", "/nope"):
        response = client.get(url)
        assert response.status_code in (403, 404)
        assert response.headers["cache-control"] == "no-store"
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert re.search(r"<title>", response.text)


def test_a_session_cookie_copied_before_sign_out_is_dead_after_it(hostile: Console) -> None:
    client = sign_in(make_client(hostile), "rev")
    stolen = dict(client.cookies)
    page = client.get("/dashboard")
    assert client.post("/logout", data={"csrf": csrf_of(page.text)}).status_code == 303
    thief = make_client(hostile)
    for name, value in stolen.items():
        thief.cookies.set(name, value)
    assert thief.get("/dashboard").status_code == 303
    assert sign_in(make_client(hostile), "rev").get("/dashboard").status_code == 200  # signing in again works


def test_a_new_password_ends_the_sessions_signed_in_with_the_old_one(hostile: Console) -> None:
    from pii_scanner.web.users import users_passwd

    client = sign_in(make_client(hostile), "bob")
    assert client.get("/my").status_code == 200
    users_passwd(hostile.db, "bob", "another long password")
    assert client.get("/my").status_code == 303
    users_passwd(hostile.db, "bob", PASSWORD)


def test_an_index_from_before_sign_out_existed_is_migrated(tmp_path: Path) -> None:
    import sqlalchemy as sa

    from pii_scanner.store import open_store

    db, _root = build_index(tmp_path)
    engine = sa.create_engine(db)
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE console_users DROP COLUMN signed_out_at")
        conn.exec_driver_sql("DELETE FROM schema_migrations WHERE version = 11")
    engine.dispose()
    store = open_store(db)
    try:
        assert 11 in [r["version"] for r in store.rows("schema_migrations")]
        client = sign_in(make_client(Console(db=db, root=_root, store=store)), "dpo")
        assert client.get("/dashboard").status_code == 200
    finally:
        store.close()


_NOT_A_DATE = ("er ikke en dato", "är inget datum", "is not a date")


@pytest.mark.parametrize("typed", ["2026-11-31", "30-11-2026", "yesterday", "2026-13-01", "20261130"])
def test_a_malformed_received_date_is_refused_never_today(console: Console, typed: str) -> None:
    """The deadline counts from the receipt: a date that is no date opens no case (as the CLI, exit 2),
    and the page says why; it never becomes today (a later deadline nobody notices)."""
    client = sign_in(make_client(console), "dpo")
    page = client.get("/requests")
    before = len(console.store.rows("access_requests"))
    response = client.post("/requests/open", data={"csrf": csrf_of(page.text), "cpr": SUBJECT_CPR, "received": typed})
    assert response.status_code == 303 and response.headers["location"] == "/requests"
    assert len(console.store.rows("access_requests")) == before
    shown = client.get("/requests").text
    assert any(words in shown for words in _NOT_A_DATE), typed
    assert SUBJECT_CPR not in shown and SUBJECT_CPR[:6] not in shown


def test_a_received_date_is_kept_and_a_future_one_refused_with_its_reason(console: Console) -> None:
    client = sign_in(make_client(console), "dpo")
    csrf = csrf_of(client.get("/requests").text)
    opened = client.post("/requests/open", data={"csrf": csrf, "cpr": SUBJECT_CPR, "received": "2026-11-30"})
    assert opened.status_code == 303 and opened.headers["location"] != "/requests"
    assert [str(r["received_on"]) for r in console.store.rows("access_requests")][-1].startswith("2026-11-30")
    later = (datetime.date.today() + datetime.timedelta(days=3)).isoformat()
    refused = client.post("/requests/open", data={"csrf": csrf, "cpr": SUBJECT_CPR, "received": later})
    assert refused.headers["location"] == "/requests" and "in the future" in client.get("/requests").text


@pytest.mark.parametrize("path", ["item", "bulk"])
def test_a_malformed_expiry_saves_no_exception_for_ever(console: Console, path: str) -> None:
    """An exception whose expiry is no date would be kept for ever: refused, nothing saved, said why."""
    client = sign_in(make_client(console), "dpo")
    finding = console.store.rows("findings")[0]
    item = finding["item_id"]
    csrf = csrf_of(client.get(f"/items/{item}").text)
    data = {"csrf": csrf, "status": "exception", "expires": "2026-02-30", "note": "leverandør"}
    if path == "item":
        response = client.post(f"/items/{item}/triage", data=data)
    else:
        response = client.post("/findings/triage", data=data | {"finding": str(finding["id"])})
    assert response.status_code == 303
    assert console.store.rows("triage") == []
    shown = client.get(response.headers["location"]).text
    assert any(words in shown for words in _NOT_A_DATE)


def test_a_failed_sign_in_keeps_no_typed_name_in_the_audit_log(hostile: Console) -> None:
    typed = ["010570-1020", "Mette Kjærgaard 0105701020", "pw-dpo-123456"]
    for name in [*typed, typed[0]]:
        client = make_client(hostile)
        page = client.get("/login")
        response = client.post("/login", data={"username": name, "password": "wrong", "csrf": csrf_of(page.text)})
        assert response.status_code in (401, 429)
    client = make_client(hostile)
    page = client.get("/login")
    client.post("/login", data={"username": "dpo", "password": "wrong", "csrf": csrf_of(page.text)})
    failed = [r["actor"] for r in hostile.store.rows("audit") if r["action"] in ("login_failed", "login_throttled")]
    for name in typed:
        assert not any(name in actor or "1020" in actor for actor in failed), failed
    # a name that is no account is a keyed fingerprint (repeats group together); a real account is named
    unknown = [a for a in failed if a.startswith("unknown:")]
    assert len(unknown) >= 4 and len(set(unknown)) == 3
    assert "dpo" in failed
    raw = b"".join(p.read_bytes() for p in Path(hostile.db.removeprefix("sqlite:///")).parent.glob("*.sqlite3*"))
    for name in typed:
        assert name.encode() not in raw


def test_an_overdue_case_cannot_be_extended_from_the_console(console: Console) -> None:
    client = sign_in(make_client(console), "dpo")
    csrf = csrf_of(client.get("/requests").text)
    received = (datetime.date.today() - datetime.timedelta(days=40)).isoformat()
    opened = client.post("/requests/open", data={"csrf": csrf, "cpr": SUBJECT_CPR, "received": received})
    case_url = opened.headers["location"]
    extend = client.post(case_url + "/extend", data={"csrf": csrf, "months": "1", "reason": "complex"})
    assert extend.status_code == 303
    page = client.get(extend.headers["location"]).text
    assert "overdue since" in page
    (row,) = [r for r in console.store.rows("access_requests") if str(r["received_on"]).startswith(received)]
    assert row["extended_to"] is None
