"""Exchange Online through Microsoft Graph: application access (client credentials) to many mailboxes.

Per mailbox and folder a delta query (``/messages/delta``) is followed page by page; the final
``@odata.deltaLink`` is stored as state, so the next sweep reads only changes (``@removed`` entries
become tombstones). HTTP 410 on a stored link means the server forgot it: start that folder afresh.
HTTP 429/503 honour Retry-After. Sensitivity (PR_SENSITIVITY 0x0036) comes from an extended
property before the MIME (``/messages/{id}/$value``) is fetched, and private mail is not fetched.
"""

from __future__ import annotations

import json
import ssl
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any, Protocol
from urllib.parse import quote

import httpx

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ConfigError, SourceError, SourceUnavailable
from pii_scanner.core.mail_policy import PR_SENSITIVITY, mapi_property_id, most_restrictive, sensitivity_from_number
from pii_scanner.core.model import Item, MailMeta, Sensitivity
from pii_scanner.core.state import SourceState
from pii_scanner.sources.mail.common import (
    folder_selected,
    header_block,
    message_location,
    missing_folders,
    skip_body,
    tombstone,
)
from pii_scanner.sources.mail.credentials import secret
from pii_scanner.sources.mail.logs import quiet_mail_loggers
from pii_scanner.sources.mail.verdicts import verdict_of
from pii_scanner.sources.registry import Source
from pii_scanner.sources.specs import GraphAppSpec, GraphSpec

SENSITIVITY_PROP = "Integer 0x0036"
# Entra ID sign-in host of each national cloud, by its Graph host.
_LOGIN_HOSTS = {
    "graph.microsoft.com": "login.microsoftonline.com",
    "graph.microsoft.us": "login.microsoftonline.us",
    "dod-graph.microsoft.us": "login.microsoftonline.us",
    "microsoftgraph.chinacloudapi.cn": "login.chinacloudapi.cn",
}
_DELTA_SELECT = "subject,receivedDateTime,changeKey,parentFolderId"


def graph_scope(graph_url: str) -> str:
    """The token scope of the Graph the source talks to: a national cloud's Graph is its own resource.

    >>> graph_scope("https://graph.microsoft.us/v1.0")
    'https://graph.microsoft.us/.default'
    >>> graph_scope("https://microsoftgraph.chinacloudapi.cn/v1.0/")
    'https://microsoftgraph.chinacloudapi.cn/.default'
    """
    url = httpx.URL(graph_url)
    return f"{url.scheme}://{url.netloc.decode('ascii')}/.default"


def login_authority(graph_url: str, tenant: str) -> str:
    """The Entra ID authority of the cloud whose Graph is ``graph_url`` (public cloud otherwise).

    >>> login_authority("https://graph.microsoft.us/v1.0", "contoso")
    'https://login.microsoftonline.us/contoso'
    >>> login_authority("https://graph.microsoft.com/v1.0", "contoso")
    'https://login.microsoftonline.com/contoso'
    """
    host = httpx.URL(graph_url).host
    return f"https://{_LOGIN_HOSTS.get(host, 'login.microsoftonline.com')}/{tenant}"


class TokenProvider(Protocol):
    def token(self) -> str: ...


class MsalTokens:
    """Client-credentials tokens from Entra ID via msal (cached by msal until they expire)."""

    def __init__(
        self,
        tenant: str,
        client_id: str,
        client_secret: str,
        authority: str | None = None,
        verify: str | bool = True,
        graph_url: str = "https://graph.microsoft.com/v1.0",
    ) -> None:
        import msal
        import requests

        quiet_mail_loggers()
        custom = authority is not None
        authority = authority or login_authority(graph_url, tenant)
        # msal validates only the public cloud's sign-in host; a national cloud's is given exactly.
        custom = custom or not authority.startswith("https://login.microsoftonline.com/")
        session = requests.Session()
        session.verify = verify  # a private CA for a custom (e.g. loopback test) authority
        if isinstance(verify, str):
            session.trust_env = False  # else REQUESTS_CA_BUNDLE silently replaces session.verify
        self.app = msal.ConfidentialClientApplication(
            client_id,
            client_credential=client_secret,
            authority=authority,
            validate_authority=not custom,
            instance_discovery=not custom,
            http_client=session,
        )
        self.scopes = [graph_scope(graph_url)]

    def invalidate(self) -> None:
        """Forget the cached access tokens: the next ``token()`` asks Entra ID for a new one."""
        cache = self.app.token_cache
        for entry in list(cache.search(cache.CredentialType.ACCESS_TOKEN)):
            cache.remove_at(entry)

    def token(self) -> str:
        result = self.app.acquire_token_for_client(scopes=self.scopes)
        if "access_token" not in result:
            error = str(result.get("error") or "unknown error")
            description = str(result.get("error_description") or "").strip().splitlines()
            detail = f": {description[0]}" if description else ""
            raise SourceError(f"Graph: authentication failed ({error}{detail})")
        return str(result["access_token"])


class Gone(SourceError):
    """HTTP 410: a delta link (stored, or the next page of one) is no longer valid. A SourceError: when
    reading afresh meets it again the source fails (exit 4), the program does not crash."""

    def __init__(self) -> None:
        super().__init__("Graph: HTTP 410, a delta link expired (again, while reading afresh)")


class Refused(SourceError):
    """HTTP 403/404: a mailbox, drive, site or item that is gone or that the application may not read."""

    def __init__(self, status: int, path: str) -> None:
        super().__init__(f"Graph: HTTP {status} for {path}")
        self.status = status


class GraphSource:
    def __init__(
        self,
        spec: GraphAppSpec,
        config: ScanConfig,
        state: SourceState,
        tokens: TokenProvider,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """``spec``: a mail source (GraphSpec: mailboxes, folders, verdicts) or the Graph
        application of another kind (Microsoft 365 drives use the client part only)."""
        self.s, self.config, self.state, self.tokens, self.sleep = spec, config, state, tokens, sleep
        self.mail = spec if isinstance(spec, GraphSpec) else None
        self.verdicts = self.mail.verdicts() if self.mail else {}
        self.base_url = spec.graph_url.rstrip("/")
        self.client = httpx.Client(timeout=spec.timeout, verify=tls_verify(spec))

    # --- HTTP with throttling ------------------------------------------------------------------
    def get(self, url: str, params: dict[str, str] | None = None, raw: bool = False) -> Any:
        url = url if url.startswith("http") else self.base_url + url
        reauthorised = False
        attempt = -1
        while attempt < self.s.max_retries:
            attempt += 1
            try:
                resp = self.client.get(
                    url,
                    params=params,
                    headers={
                        "Authorization": f"Bearer {self.tokens.token()}",
                        "Prefer": f"odata.maxpagesize={self.s.page_size}",
                    },
                )
            except httpx.HTTPError as exc:
                if attempt == self.s.max_retries:
                    raise SourceError(f"Graph: request failed ({exc.__class__.__name__})") from None
                self.sleep(min(2.0**attempt, self.s.max_wait))
                continue
            if resp.status_code == 401 and not reauthorised and hasattr(self.tokens, "invalidate"):
                # A token msal still holds as valid, rejected (revoked, continuous access evaluation, clocks
                # apart): drop it and ask for a new one, once for this request.
                reauthorised = True
                self.tokens.invalidate()
                attempt -= 1
                continue
            if resp.status_code == 410:
                raise Gone()
            if resp.status_code in (403, 404):
                raise Refused(resp.status_code, httpx.URL(url).path)
            if resp.status_code in (429, 503, 504) and attempt < self.s.max_retries:
                self.sleep(min(_retry_after(resp, attempt), self.s.max_wait))
                continue
            if resp.status_code >= 400:
                raise SourceError(f"Graph: HTTP {resp.status_code} for {httpx.URL(url).path}")
            return resp.content if raw else resp.json()
        raise SourceError("Graph: throttled too long")  # pragma: no cover - loop always returns/raises

    def pages(self, url: str, params: dict[str, str] | None = None) -> Iterator[dict[str, Any]]:
        page: dict[str, Any] = self.get(url, params)
        while True:
            yield page
            nxt = page.get("@odata.nextLink")
            if not nxt:
                return
            page = self.get(str(nxt))

    # --- folders and messages --------------------------------------------------------------------
    def folders(
        self, mailbox: str, listed: set[str] | None = None, listed_ids: set[str] | None = None
    ) -> Iterator[tuple[str, str]]:
        """(folder id, display path) of every selected mail folder, child folders included; ``listed``
        collects the path (``listed_ids`` the id) of every folder the server has, selected or not."""
        user = quote(mailbox, safe="@")
        wanted, skipped = (self.mail.folders, self.mail.exclude_folders) if self.mail else ((), ())
        todo: list[tuple[str, str]] = [(f"/users/{user}/mailFolders", "")]
        while todo:
            url, prefix = todo.pop(0)
            for page in self.pages(url, {"$top": str(self.s.page_size), "includeHiddenFolders": "true"}):
                for folder in page.get("value", []):
                    path = f"{prefix}/{folder.get('displayName', '')}".strip("/")
                    if folder.get("childFolderCount"):
                        todo.append((f"/users/{user}/mailFolders/{folder['id']}/childFolders", path))
                    if listed is not None:
                        listed.add(path)
                    if listed_ids is not None:
                        listed_ids.add(str(folder["id"]))
                    if not folder_selected(path, wanted, skipped):
                        continue
                    yield str(folder["id"]), path

    def items(self) -> Iterator[Item]:
        missing: list[str] = []
        refused: list[int] = []
        for mailbox in self.mail.all_mailboxes if self.mail else ():
            listed: set[str] = set()
            listed_ids: set[str] = set()
            swept: dict[str, str] = {}
            try:
                for folder_id, path in self.folders(mailbox, listed, listed_ids):
                    yield from self._folder(mailbox, folder_id, path)
                    swept[folder_id] = path
            except Refused as exc:  # a mailbox removed, or refused by an access policy: the others are swept
                refused.append(exc.status)
                continue
            yield from self._vanished(mailbox, listed_ids, swept)
            missing += [f"{mailbox}: {f!r}" for f in missing_folders(self.mail.folders if self.mail else (), listed)]
        # Raised once every mailbox is swept: the source failed, what was read stays, nothing is marked removed.
        if refused:
            raise SourceUnavailable(
                f"Graph: {len(refused)} mailbox(es) gone or refused (HTTP {', '.join(map(str, sorted(set(refused))))})"
                + (f"; {len(missing)} folder(s) named in folders are not in the mailbox" if missing else "")
            )
        if missing:
            raise SourceUnavailable(
                f"Graph: {len(missing)} folder(s) named in folders are not in the mailbox: " + ", ".join(missing)
            )

    def _folder(self, mailbox: str, folder_id: str, path: str) -> Iterator[Item]:
        key = f"graph:{mailbox}:{folder_id}:delta"
        where = f"graph:{mailbox}:{folder_id}:path"
        user = quote(mailbox, safe="@")
        before = self.state.get(where)
        # Renamed or moved (into Deleted Items too): same id, same delta link, so delta lists no change. Read it
        # afresh: every message moves from the old path (a tombstone there) to the new one.
        moved_from = before if before is not None and before != path else None
        start = None if moved_from is not None else self.state.get(key)
        first = f"/users/{user}/mailFolders/{folder_id}/messages/delta"
        params: dict[str, str] | None = None if start else {"$select": _DELTA_SELECT}
        try:
            yield from self._delta(mailbox, path, start or first, params, key, moved_from, whole=not start)
        except Gone:  # the stored link expired: read the folder from scratch
            self.state.delete(key)
            yield from self._delta(mailbox, path, first, {"$select": _DELTA_SELECT}, key, moved_from, whole=True)
        self.state.set(where, path)

    def _delta(
        self,
        mailbox: str,
        path: str,
        url: str,
        params: dict[str, str] | None,
        key: str,
        moved_from: str | None = None,
        *,
        whole: bool = False,
    ) -> Iterator[Item]:
        """``whole``: the folder is read from scratch, which lists no deletions: a message listed by an earlier
        delta and not now is gone (deleted while the link was expired) and becomes a tombstone."""
        delta_link = None
        ids_key = key.removesuffix(":delta") + ":ids"
        ids = set(_json_list(self.state.get(ids_key)))
        listed_before = frozenset(ids)
        unseen = set(ids) if whole else set()
        for page in self.pages(url, params):
            for entry in page.get("value", []):
                mid = str(entry["id"])
                unseen.discard(mid)
                if "@removed" in entry:
                    ids.discard(mid)
                    yield self._tombstone(mailbox, path, mid)
                    continue
                if moved_from is not None:
                    yield self._tombstone(mailbox, moved_from, mid)
                try:
                    message = self._message(mailbox, path, entry)
                    ids.add(mid)
                except Refused as exc:
                    if exc.status != 404:
                        raise
                    # Deleted between the delta listing and its properties: gone (removes it only if stored).
                    message = self._tombstone(mailbox, path, mid)
                    ids.discard(mid)
                yield message
            delta_link = page.get("@odata.deltaLink") or delta_link
        for mid in sorted(unseen):
            ids.discard(mid)
            yield self._tombstone(mailbox, moved_from or path, mid)
        if delta_link:
            self.state.set(key, str(delta_link))
        if ids != listed_before:  # unchanged: not written again (a large folder's list is big)
            self.state.set(ids_key, json.dumps(sorted(ids)))

    def _vanished(self, mailbox: str, listed_ids: set[str], swept: dict[str, str]) -> Iterator[Item]:
        """Folders swept before that the mailbox no longer has at all (purged from Deleted Items): their delta is
        never asked for again, so each message their deltas listed becomes a tombstone. A folder still there but
        not selected is not gone."""
        key = f"graph:{mailbox}:folders"
        before = _json_dict(self.state.get(key))
        for folder_id, path in before.items():
            if folder_id in listed_ids:
                continue
            prefix = f"graph:{mailbox}:{folder_id}"
            for mid in _json_list(self.state.get(prefix + ":ids")):
                yield self._tombstone(mailbox, path, mid)
            for suffix in (":ids", ":delta", ":path"):
                self.state.delete(prefix + suffix)
        kept = {f: p for f, p in before.items() if f in listed_ids}
        self.state.set(key, json.dumps(kept | swept, sort_keys=True))

    def _message(self, mailbox: str, path: str, entry: dict[str, Any]) -> Item:
        user, mid = quote(mailbox, safe="@"), str(entry["id"])
        props = self.get(
            f"/users/{user}/messages/{quote(mid, safe='')}",
            {
                "$select": "subject,receivedDateTime,categories",
                "$expand": f"singleValueExtendedProperties($filter=id eq '{SENSITIVITY_PROP}')",
            },
        )
        sensitivity = _sensitivity(props)
        categories = props.get("categories")
        if categories is not None and not (
            isinstance(categories, list) and all(isinstance(c, str) for c in categories)
        ):
            sensitivity = "unreadable"  # categories we cannot read may say private
        # Outlook categories are the keywords other mail paths judge (IMAP flags, OLM, .msg): "Privat" is private.
        keywords = tuple(c for c in categories if isinstance(c, str)) if isinstance(categories, list) else ()
        meta = MailMeta(
            subject=str(props.get("subject") or entry.get("subject") or ""),
            folder=path,
            mailbox=mailbox,
            sensitivity=sensitivity,
            keywords=keywords,
        )
        received = entry.get("receivedDateTime") or props.get("receivedDateTime")
        item = Item(
            location=self._location(mailbox, path, mid),
            path=f"graph://{mailbox}/",
            name=f"{mid[-16:]}.eml",
            mtime=_date(received),
            owner=mailbox,
            origin="mail",
            source=self.s.name,
            change_key=str(entry.get("changeKey") or mid),
            mail=MailMeta(folder=path, mailbox=mailbox, sensitivity=sensitivity, keywords=keywords),
            mime_hint="message/rfc822",
            metadata={"graph_id": mid, "folder": path},
        )
        # A verdict the owner set in Outlook ("Falsk positiv") becomes their triage decision.
        verdict = _outlook_verdict(props.get("categories"), self.verdicts)
        if verdict:
            item.outlook_verdict = verdict
        if skip_body(meta, self.config):  # privacy first: the MIME is not fetched
            item.data = header_block(meta)
        else:
            # Lazy: the sweep compares change keys first, so after a 410 an unchanged message
            # is listed again but never downloaded again.
            item.read = _MimeDownload(self, f"/users/{user}/messages/{quote(mid, safe='')}/$value")
        return item

    def _location(self, mailbox: str, path: str, mid: str) -> str:
        return message_location("graph", mailbox, path, mid)

    def _tombstone(self, mailbox: str, path: str, mid: str) -> Item:
        return tombstone("graph", mailbox, path, mid, self.s.name)


class _MimeDownload:
    """``GET /messages/{id}/$value``, when (and only if) the pipeline reads the message."""

    __slots__ = ("source", "url")

    def __init__(self, source: GraphSource, url: str) -> None:
        self.source, self.url = source, url

    def __call__(self) -> bytes:
        return bytes(self.source.get(self.url, raw=True))


def _sensitivity(props: dict[str, Any]) -> Sensitivity:
    """PR_SENSITIVITY from the expanded extended properties, ids compared by type and number.

    Absent means normal (Graph omits properties that are not set); present but not a known
    number means unreadable (private).
    """
    found: list[Sensitivity] = []
    for prop in props.get("singleValueExtendedProperties") or []:
        pid = mapi_property_id(prop.get("id")) if isinstance(prop, dict) else None
        if pid is None:  # asked for one property, got something we cannot read
            found.append("unreadable")
        elif pid == PR_SENSITIVITY:
            found.append(sensitivity_from_number(prop.get("value")))
    return most_restrictive(found)


def _json_list(raw: str | None) -> list[str]:
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _json_dict(raw: str | None) -> dict[str, str]:
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _outlook_verdict(categories: Any, verdicts: dict[str, str]) -> str | None:
    if not isinstance(categories, list) or not verdicts:
        return None
    return verdict_of([str(c) for c in categories], verdicts)


def _retry_after(resp: httpx.Response, attempt: int) -> float:
    try:
        return max(0.0, float(resp.headers.get("Retry-After", "")))
    except ValueError:
        return float(2**attempt)


def _date(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


def tls_verify(spec: GraphAppSpec) -> ssl.SSLContext | bool:
    """What httpx verifies the Graph server against: the configured CA file, or on/off."""
    chosen = spec.tls_verify
    return ssl.create_default_context(cafile=chosen) if isinstance(chosen, str) else chosen


def open_graph(spec: GraphSpec, config: ScanConfig, state: SourceState, tokens: TokenProvider | None = None) -> Source:
    if tokens is None:
        tokens = open_graph_tokens(spec)
    source = GraphSource(spec, config, state, tokens)
    return Source(spec.name, "graph", source.items, complete_listing=False)


def open_graph_tokens(spec: GraphAppSpec) -> MsalTokens:
    """Application tokens for a configured Graph application (the secret from env, keyring or file)."""
    if not spec.tenant_id:
        raise ConfigError(f"source {spec.name}: 'tenant_id' is required")
    if not spec.client_id:
        raise ConfigError(f"source {spec.name}: 'client_id' is required")
    return MsalTokens(
        spec.tenant_id,
        spec.client_id,
        secret(spec.client_secret, "client_secret", spec.name) or "",
        authority=spec.authority,
        verify=spec.tls_verify,
        graph_url=spec.graph_url.rstrip("/"),
    )
