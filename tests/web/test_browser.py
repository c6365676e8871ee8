"""The console in a real headless Chromium (Debian's chromium + chromium-driver, driven by Selenium).

Screenshots go to a temporary folder; with PII_SCANNER_SCREENSHOTS=docs/web they refresh the pictures
in docs/web.md.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pii_scanner.web import WebSettings, create_app
from pii_scanner.web.settings import OidcSettings
from tests.web.conftest import PASSWORD, Console, SessionClock
from tests.web.oidc_provider import Provider, free_port, serving

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()) and not os.environ.get("CI"):
    pytest.skip(
        "Debian's chromium and chromium-driver are not installed (./run installs them)", allow_module_level=True
    )

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    target = Path(os.environ.get("PII_SCANNER_SCREENSHOTS") or tmp_path / "shots")
    target.mkdir(parents=True, exist_ok=True)
    return target


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not try to download a driver
    opts = Options()
    opts.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1366,900",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(60)
    driver.implicitly_wait(10)  # elements of the page after a click may still be on their way
    try:
        yield driver
    finally:
        driver.quit()


def _serve(console: Console, **settings: object) -> tuple[object, int]:
    opts: dict[str, object] = {"db": console.db, "secure_cookies": False, "secret_key": "s" * 32}
    opts.update(settings)
    return create_app(WebSettings(**opts)), free_port()  # type: ignore[arg-type]


def _wait_url(driver: WebDriver, fragment: str) -> str:
    WebDriverWait(driver, 30).until(lambda d: fragment in d.current_url)
    return str(driver.current_url)


def _sign_in(driver: WebDriver, base: str, username: str) -> None:
    driver.get(base + "/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.ID, "sign-in").click()
    # The click returns before the POST and its redirect finish: wait for the page after sign-in.
    WebDriverWait(driver, 30).until(lambda d: "/login" not in d.current_url)


def test_staff_flow_sign_in_dashboard_filter_triage_sign_out(console: Console, browser: WebDriver, shots: Path) -> None:
    app, port = _serve(console)
    with serving(app, port) as base:
        _sign_in(browser, base, "dpo")
        assert browser.current_url.endswith("/dashboard")
        assert browser.find_element(By.CSS_SELECTOR, "[data-testid=items-with-pii]").text == "6"
        browser.save_screenshot(str(shots / "dashboard.png"))
        browser.get(base + "/findings")
        Select(browser.find_element(By.ID, "f-entity")).select_by_visible_text("DK_CPR")
        browser.find_element(By.ID, "apply-filters").click()
        assert "entity=DK_CPR" in _wait_url(browser, "entity=DK_CPR")
        rows = browser.find_elements(By.CSS_SELECTOR, "#findings-table tbody tr")
        assert rows and all("DK_CPR" in r.text for r in rows)
        browser.save_screenshot(str(shots / "findings.png"))
        browser.find_element(By.CSS_SELECTOR, "input[name=finding]").click()
        Select(browser.find_element(By.ID, "bulk-status")).select_by_value("false_positive")
        browser.find_element(By.ID, "bulk-apply").click()
        assert browser.find_element(By.CSS_SELECTOR, ".flash").text in ("Gemt.", "Sparat.", "Saved.")
        link = browser.find_element(By.CSS_SELECTOR, "#findings-table tbody td.loc a")
        link.click()
        assert "/items/" in _wait_url(browser, "/items/")
        browser.save_screenshot(str(shots / "item.png"))
        browser.find_element(By.ID, "sign-out").click()
        assert "/login" in _wait_url(browser, "/login")
        browser.get(base + "/dashboard")
        assert "/login" in browser.current_url
    assert any(r["status"] == "false_positive" for r in console.store.rows("triage"))


def test_employee_sees_own_items_and_is_refused_others(console: Console, browser: WebDriver, shots: Path) -> None:
    other = console.item_id("bob/doc000")
    app, port = _serve(console)
    with serving(app, port) as base:
        _sign_in(browser, base, "alice")
        assert browser.current_url.endswith("/my")
        table = browser.find_element(By.ID, "items-table").text
        assert "alice" in table and "bob" not in table
        browser.save_screenshot(str(shots / "my-findings.png"))
        browser.get(f"{base}/items/{other}")
        assert browser.find_element(By.ID, "error-message").text and "bob" not in browser.page_source
        browser.get(base + "/findings")
        assert browser.find_element(By.ID, "error-message")
        browser.get(base + "/my")
        row = browser.find_element(By.CSS_SELECTOR, "#items-table tbody tr")
        Select(row.find_element(By.CSS_SELECTOR, "select[name=status]")).select_by_value("moved")
        row.find_element(By.CSS_SELECTOR, "button").click()
        # The page was already /my before the click: wait for the form's POST to be stored before the
        # server stops, or the check races the request.
        WebDriverWait(browser, 30).until(lambda _d: _moved_by_alice(console))
        assert browser.current_url.endswith("/my")
    assert _moved_by_alice(console)


def _moved_by_alice(console: Console) -> bool:
    return any(r["status"] == "moved" and r["who"] == "alice" for r in console.store.rows("triage"))


def test_post_without_csrf_token_refused_in_browser(console: Console, browser: WebDriver) -> None:
    item = console.item_id("alice/doc000")
    app, port = _serve(console)
    with serving(app, port) as base:
        _sign_in(browser, base, "dpo")
        status = browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            f"fetch('/items/{item}/triage', {{method: 'POST', body: new URLSearchParams({{status: 'resolved'}})}})"
            ".then(r => done(r.status));"
        )
        assert status == 403
    assert not console.store.rows("triage")


def test_access_request_from_opening_to_export(console: Console, browser: WebDriver, shots: Path) -> None:
    from tests.store.planted import CPRS

    app, port = _serve(console)
    with serving(app, port) as base:
        _sign_in(browser, base, "dpo")
        browser.get(base + "/requests")
        cpr = CPRS[0]
        browser.find_element(By.ID, "case-cpr").send_keys(f"{cpr[:6]}-{cpr[6:]}")
        browser.find_element(By.ID, "case-reference").send_keys("REQ-7")
        browser.find_element(By.ID, "open-case-submit").click()
        WebDriverWait(browser, 30).until(lambda d: re.search(r"/requests/\d+$", d.current_url))
        assert "days" in browser.page_source or "dage" in browser.page_source or "dagar" in browser.page_source
        hits = browser.find_elements(By.CSS_SELECTOR, "#hits tbody tr")
        assert len(hits) >= 2
        browser.save_screenshot(str(shots / "access-request.png"))
        # The export is a download; fetch it the way the button would, with the page's token.
        result = browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "const form = document.querySelector('form[action$=\"/export\"]');"
            "fetch(form.action, {method: 'POST', body: new FormData(form)})"
            ".then(r => done([r.status, r.headers.get('content-type')]));"
        )
        assert result == [200, "application/zip"]
    assert "access_request_exported" in [r["action"] for r in console.store.rows("audit")]


def test_session_expiry_in_browser(console: Console, browser: WebDriver, session_clock: SessionClock) -> None:
    # Idle long enough that a slow sign-in on a busy machine still lands; the server (a thread of this
    # process) is then moved past it, not waited out.
    app, port = _serve(console, session_idle_seconds=6)
    with serving(app, port) as base:
        _sign_in(browser, base, "rev")
        assert browser.current_url.endswith("/dashboard")
        session_clock.ahead = 8
        browser.get(base + "/findings")
        assert "/login?expired=1" in _wait_url(browser, "/login")
        assert browser.find_element(By.ID, "login-message").text


def test_oidc_sign_in_in_browser(console: Console, browser: WebDriver, shots: Path) -> None:
    provider = Provider()
    port = free_port()
    oidc = OidcSettings(
        issuer=provider.issuer,
        client_id=provider.client_id,
        client_secret=provider.client_secret,
        redirect_url=f"http://127.0.0.1:{port}/auth/oidc/callback",
    )
    app = create_app(WebSettings(db=console.db, secure_cookies=False, secret_key="o" * 32, oidc=oidc))
    with serving(provider.app(), provider.port), serving(app, port) as base:
        browser.get(base + "/login")
        browser.save_screenshot(str(shots / "login.png"))
        browser.find_element(By.ID, "sso").click()
        deadline = time.monotonic() + 20
        while not browser.current_url.endswith("/my") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert browser.current_url.endswith("/my")
        assert "Karen Holm" in browser.find_element(By.CSS_SELECTOR, "[data-testid=who]").text


def test_item_view_shows_category_evidence_in_browser(tmp_path: Path, browser: WebDriver, shots: Path) -> None:
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.store import open_store
    from pii_scanner.sweeps.engine import sweep
    from pii_scanner.web.users import users_add

    root = tmp_path / "share"
    root.mkdir()
    (root / "notat.txt").write_text(
        "Notat\n\nSana Malik (sana.malik@example.dk) er sygemeldt med stress og er medlem af HK.\n", encoding="utf-8"
    )
    db = f"sqlite:///{tmp_path / 'index.sqlite3'}"
    sweep([root], db=db, config=ScanConfig(), origin="share")
    users_add(db, "dpo", role="dpo", password=PASSWORD, display_name="Dpo", owner_names=["nobody"])
    store = open_store(db)
    try:
        console = Console(db=db, root=root, store=store)
        app, port = _serve(console)
        with serving(app, port) as base:
            _sign_in(browser, base, "dpo")
            browser.get(f"{base}/items/{console.item_id('notat.txt')}")
            rows = browser.find_elements(By.CSS_SELECTOR, "#category-evidence [data-testid=evidence]")
            cells = [[td.text for td in r.find_elements(By.TAG_NAME, "td")] for r in rows]
            browser.save_screenshot(str(shots / "item-evidence.png"))
            page = browser.page_source
    finally:
        store.close()
    assert {c[0] for c in cells} == {"health", "trade_union"}
    assert all(float(c[1]) >= 0.9 and c[2] == "PERSON S. M." for c in cells)
    assert any("sygemeldt med stress" in c[3] for c in cells)
    for plain in ("Sana", "Malik", "sana.malik"):
        assert plain not in page
