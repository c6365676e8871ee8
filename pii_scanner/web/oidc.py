"""OpenID Connect sign-in (authorization code flow with PKCE), for Microsoft Entra ID or any standard
provider: discovery, the authorization redirect, the code exchange and ID-token validation (signature
against the provider's JWKS, issuer, audience, expiry, nonce) with httpx and PyJWT.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
import time
from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx
import jwt

from pii_scanner.core.errors import PiiScannerError
from pii_scanner.web.settings import OidcSettings

TIMEOUT = 10.0
_SESSION_KEY = "oidc"
PENDING_SECONDS = 10 * 60  # a sign-in at the provider takes minutes, not the cookie's ten hours


class OidcError(PiiScannerError):
    """Single sign-on failed (provider unreachable, bad response, invalid token, state mismatch)."""


@dataclass(frozen=True)
class Identity:
    subject: str  # "issuer|sub": unique across providers
    email: str | None
    name: str
    username: str  # preferred_username / upn / email, for a new account's name


class OidcClient:
    def __init__(self, settings: OidcSettings) -> None:
        self.settings = settings
        self._meta: dict[str, Any] | None = None
        self._jwks: jwt.PyJWKSet | None = None
        # States already completed here. The pending state lives in the signed cookie, so a copy of the cookie
        # taken before the callback would pass the state check again; a provider that let a code be redeemed
        # twice would then sign the copy in too. Kept for as long as a pending state is valid.
        self._completed: dict[str, float] = {}
        self._lock = threading.Lock()

    def _http(self) -> httpx.Client:
        verify: Any = self.settings.ca_file or True
        return httpx.Client(timeout=TIMEOUT, verify=verify, follow_redirects=False)

    def metadata(self) -> dict[str, Any]:
        if self._meta is None:
            url = self.settings.issuer.rstrip("/") + "/.well-known/openid-configuration"
            try:
                with self._http() as client:
                    response = client.get(url)
                    response.raise_for_status()
                    meta = response.json()
            except (httpx.HTTPError, ValueError) as exc:
                raise OidcError(f"OpenID provider discovery failed: {type(exc).__name__}") from exc
            for key in ("authorization_endpoint", "token_endpoint", "jwks_uri", "issuer"):
                if not isinstance(meta.get(key), str):
                    raise OidcError(f"OpenID provider metadata lacks {key}")
            self._meta = meta
        return self._meta

    def _keys(self, refresh: bool = False) -> jwt.PyJWKSet:
        if self._jwks is None or refresh:
            try:
                with self._http() as client:
                    response = client.get(self.metadata()["jwks_uri"])
                    response.raise_for_status()
                    self._jwks = jwt.PyJWKSet.from_dict(response.json())
            except (httpx.HTTPError, ValueError, jwt.PyJWTError) as exc:
                raise OidcError(f"cannot read the provider's signing keys: {type(exc).__name__}") from exc
        return self._jwks

    def authorization_url(self, session: MutableMapping[str, Any]) -> str:
        """Where to send the browser; the state, nonce and PKCE verifier wait in the session."""
        state, nonce, verifier = secrets.token_urlsafe(24), secrets.token_urlsafe(24), secrets.token_urlsafe(48)
        session[_SESSION_KEY] = {"state": state, "nonce": nonce, "verifier": verifier, "at": time.time()}
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        query = {
            "response_type": "code",
            "client_id": self.settings.client_id,
            "redirect_uri": self.settings.redirect_url,
            "scope": " ".join(self.settings.scopes),
            "state": state,
            "nonce": nonce,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
        return str(self.metadata()["authorization_endpoint"]) + "?" + urlencode(query)

    def complete(self, session: MutableMapping[str, Any], params: dict[str, str]) -> Identity:
        """Check the callback's state, exchange the code, validate the ID token."""
        pending = session.pop(_SESSION_KEY, None)
        if not isinstance(pending, dict) or not params.get("state"):
            raise OidcError("sign-in was not started here (no pending state)")
        if not secrets.compare_digest(str(params["state"]), str(pending["state"])):
            raise OidcError("sign-in state does not match")
        self._complete_once(str(pending["state"]), pending.get("at"))
        if params.get("error"):
            raise OidcError(f"the provider refused sign-in: {params['error'][:100]}")
        code = params.get("code")
        if not code:
            raise OidcError("the provider sent no authorization code")
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": self.settings.redirect_url,
            "client_id": self.settings.client_id,
            "client_secret": self.settings.client_secret,
            "code_verifier": pending["verifier"],
        }
        try:
            with self._http() as client:
                response = client.post(self.metadata()["token_endpoint"], data=form)
            body = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise OidcError(f"token request failed: {type(exc).__name__}") from exc
        if response.status_code != 200 or "id_token" not in body:
            detail = str(body.get("error_description") or body.get("error") or response.status_code)[:200]
            raise OidcError(f"token request refused: {detail}")
        claims = self._validate(str(body["id_token"]), nonce=str(pending["nonce"]))
        email = claims.get("email") or (claims.get("upn") if "@" in str(claims.get("upn", "")) else None)
        if claims.get("email_verified") is False:  # the provider says so: never link an account by it
            email = None
        username = str(claims.get("preferred_username") or email or claims["sub"])
        return Identity(
            subject=f"{claims['iss']}|{claims['sub']}",
            email=str(email) if email else None,
            name=str(claims.get("name") or username),
            username=username,
        )

    def _complete_once(self, state: str, started: Any) -> None:
        """A pending sign-in is completed once, and within PENDING_SECONDS of its start."""
        now = time.time()
        if not isinstance(started, (int, float)) or not 0 <= now - started <= PENDING_SECONDS:
            raise OidcError("sign-in took too long or was not started here: start again")
        with self._lock:
            self._completed = {k: t for k, t in self._completed.items() if now - t <= PENDING_SECONDS}
            if state in self._completed:
                raise OidcError("this sign-in was completed already (a copy of the session was replayed)")
            self._completed[state] = now

    def _validate(self, token: str, *, nonce: str) -> dict[str, Any]:
        try:
            kid = jwt.get_unverified_header(token).get("kid")
        except jwt.PyJWTError as exc:
            raise OidcError("the ID token is malformed") from exc
        key = self._find_key(kid) or self._find_key(kid, refresh=True)
        if key is None:
            raise OidcError("the ID token is signed with an unknown key")
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key=key.key,
                algorithms=["RS256", "RS384", "RS512", "ES256", "PS256"],
                audience=self.settings.client_id,
                issuer=str(self.metadata()["issuer"]),
                options={"require": ["exp", "iat", "iss", "aud", "sub"]},
                leeway=60,
            )
        except jwt.PyJWTError as exc:
            raise OidcError(f"the ID token is not valid: {type(exc).__name__}") from exc
        audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
        if len(audiences) > 1 and claims.get("azp") != self.settings.client_id:
            # OpenID Connect Core 3.1.3.7: a token for several audiences names the party it was issued to.
            raise OidcError("the ID token was issued to another party (several audiences, azp is not this console)")
        if not secrets.compare_digest(str(claims.get("nonce", "")), nonce):
            raise OidcError("the ID token's nonce does not match")
        return claims

    def _find_key(self, kid: str | None, refresh: bool = False) -> jwt.PyJWK | None:
        keys = self._keys(refresh=refresh).keys
        for key in keys:
            if kid is None or key.key_id == kid:
                return key
        return None
