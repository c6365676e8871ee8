"""Outlook in the loop, through Microsoft Graph: write a verdict on a message as an Outlook category
("Persondata fundet" / "Falsk positiv", configurable per source), and move a message out of a
mailbox into an archive or case folder.

Only the categories this module owns are replaced; the owner's own categories stay. The verdict
categories an owner sets in Outlook are read back by the Graph source on the next sweep
(``Item.outlook_verdict``) and become their triage decision.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote, urlparse

import httpx

from pii_scanner.core.errors import ConfigError, SourceError
from pii_scanner.sources.mail.graph import MsalTokens, TokenProvider, open_graph_tokens, tls_verify
from pii_scanner.sources.mail.verdicts import DEFAULT_VERDICTS, verdict_categories, verdict_of
from pii_scanner.sources.specs import GraphSpec, parse_spec

MAX_RETRIES = 4


@dataclass(frozen=True)
class MessageRef:
    mailbox: str
    message_id: str

    @classmethod
    def from_location(cls, location: str) -> MessageRef:
        """``graph://<mailbox>/<folder path>/<message id>`` (as the Graph source writes it)."""
        parsed = urlparse(location)
        if parsed.scheme != "graph" or not parsed.netloc:
            raise SourceError("not a Graph message location")
        last = parsed.path.rstrip("/").rsplit("/", 1)[-1]
        if not last:
            raise SourceError("the location names no message")
        return cls(unquote(parsed.netloc), unquote(last))


class GraphActions:
    def __init__(
        self,
        spec: GraphSpec,
        tokens: TokenProvider,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.s, self.tokens, self.sleep = spec, tokens, sleep
        self.verdicts = spec.verdicts()
        self.base_url = spec.graph_url.rstrip("/")
        self.client = httpx.Client(timeout=spec.timeout, verify=tls_verify(spec))

    def _url(self, ref: MessageRef, suffix: str = "") -> str:
        return f"{self.base_url}/users/{quote(ref.mailbox, safe='@')}/messages/{quote(ref.message_id, safe='')}{suffix}"

    def _call(self, method: str, url: str, body: dict[str, Any] | None = None) -> Any:
        for attempt in range(MAX_RETRIES + 1):
            try:
                resp = self.client.request(
                    method, url, json=body, headers={"Authorization": f"Bearer {self.tokens.token()}"}
                )
            except httpx.HTTPError as exc:
                raise SourceError(f"Graph: {method} failed ({type(exc).__name__})") from None
            if resp.status_code in (429, 503) and attempt < MAX_RETRIES:
                wait = resp.headers.get("Retry-After", "")
                self.sleep(min(float(wait) if wait.isdigit() else 2.0**attempt, self.s.max_wait))
                continue
            if resp.status_code >= 400:
                raise SourceError(f"Graph: HTTP {resp.status_code} for {method} {httpx.URL(url).path}")
            return resp.json() if resp.content else None
        raise SourceError("Graph: throttled too long")

    def categories(self, ref: MessageRef) -> list[str]:
        doc = self._call("GET", self._url(ref) + "?$select=categories")
        return [str(c) for c in (doc or {}).get("categories") or []]

    def set_verdict(self, ref: MessageRef, verdict: str) -> list[str]:
        """Replace this scanner's verdict category on the message; the owner's own categories stay."""
        if verdict not in self.verdicts:
            raise ConfigError(f"unknown verdict {verdict!r}")
        ours = {v.casefold() for v in self.verdicts.values()}
        kept = [c for c in self.categories(ref) if c.casefold() not in ours]
        wanted = [*kept, self.verdicts[verdict]]
        self._call("PATCH", self._url(ref), {"categories": wanted})
        return wanted

    def move(self, ref: MessageRef, destination: str) -> str:
        """Move the message to a folder (id or well-known name such as ``archive``); returns its new id."""
        doc = self._call("POST", self._url(ref, "/move"), {"destinationId": destination})
        return str((doc or {}).get("id") or "")


def graph_actions(spec: GraphSpec | Mapping[str, Any], tokens: TokenProvider | None = None) -> GraphActions:
    """Actions on the mailboxes of one configured Graph source (credentials as the source has them);
    ``spec`` its typed spec or its ``[[sources]]`` table."""
    typed = parse_spec(spec)
    if not isinstance(typed, GraphSpec):
        raise ConfigError(f"source {typed.name}: Outlook actions need a graph source, not {typed.type}")
    chosen: TokenProvider = tokens if tokens is not None else open_graph_tokens(typed)
    return GraphActions(typed, chosen)


__all__ = [
    "DEFAULT_VERDICTS",
    "GraphActions",
    "MessageRef",
    "MsalTokens",
    "graph_actions",
    "verdict_categories",
    "verdict_of",
]
