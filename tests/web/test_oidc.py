"""Single sign-on against an OpenID Connect provider started on loopback (real HTTP both ways)."""

from __future__ import annotations

from urllib.parse import urlparse

import httpx
import pytest

from pii_scanner.store import accounts as acc
from pii_scanner.web.settings import OidcSettings
from tests.web.conftest import Console, make_client
from tests.web.oidc_provider import Provider, free_port, serving


def _settings(provider: Provider, secret: str | None = None) -> OidcSettings:
    return OidcSettings(
        issuer=provider.issuer,
        client_id=provider.client_id,
        client_secret=secret or provider.client_secret,
        redirect_url="http://testserver/auth/oidc/callback",
    )


def _follow_provider(client_response: httpx.Response) -> str:
    """The browser's hop to the provider, which answers with a redirect back to the console."""
    location = client_response.headers["location"]
    hop = httpx.get(location, follow_redirects=False)
    assert hop.status_code == 302
    back = urlparse(hop.headers["location"])
    assert back.path == "/auth/oidc/callback"
    return f"{back.path}?{back.query}"


def test_oidc_sign_in_creates_employee_account(console: Console) -> None:
    provider = Provider()
    with serving(provider.app(), provider.port):
        client = make_client(console, oidc=_settings(provider))
        assert "/auth/oidc/start" in client.get("/login").text
        start = client.get("/auth/oidc/start")
        assert start.status_code == 302 and "code_challenge=" in start.headers["location"]
        done = client.get(_follow_provider(start))
        assert done.status_code == 303, done.text
        assert client.get("/my").status_code == 200
    account = acc.get_account(console.store, "karen.holm@firma.dk")
    assert account.role == "employee" and account.oidc_subject == f"{provider.issuer}|00000000-aaaa"
    assert account.mailbox_fps == (console.store.fingerprint("karen.holm@firma.dk"),)
    assert provider.token_requests[0]["code_verifier"]  # PKCE sent
    audit = [r for r in console.store.rows("audit") if r["action"] == "login"]
    assert audit[-1]["detail"]["method"] == "oidc"


def test_oidc_links_existing_account_by_email(console: Console) -> None:
    from pii_scanner.web.users import users_add

    users_add(console.db, "karen", role="dpo", password=None, email="Karen.Holm@firma.dk")
    provider = Provider()
    with serving(provider.app(), provider.port):
        client = make_client(console, oidc=_settings(provider))
        client.get(_follow_provider(client.get("/auth/oidc/start")))
        assert client.get("/dashboard").status_code == 200  # signed in as the dpo account
    assert acc.get_account(console.store, "karen").oidc_subject is not None


def test_oidc_wrong_secret_and_forged_state_refused(console: Console) -> None:
    provider = Provider()
    with serving(provider.app(), provider.port):
        client = make_client(console, oidc=_settings(provider, secret="wrong-secret-value"))
        refused = client.get(_follow_provider(client.get("/auth/oidc/start")))
        assert refused.status_code == 401 and "AADSTS7000215" in refused.text  # the provider's own words
        assert client.get("/my").status_code == 303
        client = make_client(console, oidc=_settings(provider))
        client.get("/auth/oidc/start")
        forged = client.get("/auth/oidc/callback?code=abc&state=forged")
        assert forged.status_code == 401
        assert client.get("/my").status_code == 303


def test_oidc_provider_down_is_a_clear_error(console: Console) -> None:
    settings = OidcSettings(
        issuer=f"http://127.0.0.1:{free_port()}", client_id="x", client_secret="y", redirect_url="http://testserver/cb"
    )
    client = make_client(console, oidc=settings)
    r = client.get("/auth/oidc/start")
    assert r.status_code == 502 and "discovery failed" in r.text


@pytest.mark.parametrize("tamper", ["audience", "expired", "nonce"])
def test_invalid_id_tokens_refused(console: Console, tamper: str) -> None:
    import time

    import jwt

    from pii_scanner.web.oidc import OidcClient, OidcError

    provider = Provider()
    with serving(provider.app(), provider.port):
        client = OidcClient(_settings(provider))
        now = int(time.time())
        claims = {
            "iss": provider.issuer,
            "aud": provider.client_id,
            "iat": now,
            "exp": now + 60,
            "sub": "s",
            "nonce": "n",
        }
        if tamper == "audience":
            claims["aud"] = "someone-else"
        elif tamper == "expired":
            claims["exp"] = now - 3600
        token = jwt.encode(claims, provider.key, algorithm="RS256", headers={"kid": "test-key"})
        with pytest.raises(OidcError):
            client._validate(token, nonce="other" if tamper == "nonce" else "n")


def test_an_e_mail_claim_never_signs_in_as_an_account_bound_to_another_identity(console: Console) -> None:
    """Account linking by e-mail happens once; afterwards another identity whose token carries the same
    e-mail (a provider letting users set their address, another tenant) is refused, not signed in as the
    dpo nor given the dpo's mailbox. An address the provider calls unverified links nothing."""
    from pii_scanner.web.users import users_add

    users_add(console.db, "karen", role="dpo", password=None, email="Karen.Holm@firma.dk")
    provider = Provider()
    with serving(provider.app(), provider.port):
        client = make_client(console, oidc=_settings(provider))
        client.get(_follow_provider(client.get("/auth/oidc/start")))
        assert client.get("/dashboard").status_code == 200  # karen herself links her account
        provider.user = {"sub": "ffffffff-mallory", "email": "karen.holm@firma.dk", "name": "Mallory"}
        other = make_client(console, oidc=_settings(provider))
        refused = other.get(_follow_provider(other.get("/auth/oidc/start")))
        assert refused.status_code == 403
        assert other.get("/dashboard").status_code != 200 and other.get("/my").status_code != 200
        provider.user = {
            "sub": "eeeeeeee-unverified",
            "email": "nils.berg@firma.dk",
            "email_verified": False,
            "name": "Nils",
            "preferred_username": "nils-self-registered",
        }
        users_add(console.db, "nils", role="reviewer", password=None, email="nils.berg@firma.dk")
        third = make_client(console, oidc=_settings(provider))
        third.get(_follow_provider(third.get("/auth/oidc/start")))
        assert third.get("/dashboard").status_code != 200  # not linked to the reviewer by an unverified address
    assert acc.get_account(console.store, "karen").oidc_subject == f"{provider.issuer}|00000000-aaaa"
    assert acc.get_account(console.store, "nils").oidc_subject is None
    assert not any(a.mailbox_fps and a.username.startswith("nils-") for a in acc.list_accounts(console.store))
    audit = [r for r in console.store.rows("audit") if r["action"] == "login_failed"]
    assert any("another identity" in str(r["detail"]) for r in audit)
