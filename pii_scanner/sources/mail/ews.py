"""Exchange on-premises through EWS (exchangelib): every mail folder incl. the archive, incrementally.

Per folder ``SyncFolderItems`` (exchangelib ``sync_items``) returns only changes since the stored sync
state; deletions become tombstones. Only the fields the privacy rule needs are synced (subject,
sensitivity, class, dates); MIME is fetched with ``GetItem`` afterwards and only for mail that is not
private. Many mailboxes are swept with one service account through impersonation (or delegate
access); throttling (ErrorServerBusy with BackOffMilliseconds) is absorbed by exchangelib's
FaultTolerance retry policy.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ConfigError, SourceError
from pii_scanner.core.model import Item, MailMeta, Sensitivity
from pii_scanner.core.state import SourceState
from pii_scanner.sources.mail.common import skip_body
from pii_scanner.sources.mail.credentials import secret
from pii_scanner.sources.registry import Source

_SENSITIVITY: dict[str, Sensitivity] = {
    "Normal": "normal",
    "Personal": "personal",
    "Private": "private",
    "Confidential": "confidential",
}
SYNC_FIELDS = ("subject", "sensitivity", "item_class", "datetime_received", "size")


@dataclass(frozen=True)
class EwsSettings:
    name: str
    endpoint: str
    username: str
    mailboxes: tuple[str, ...]
    auth_type: str  # NTLM | basic
    access_type: str  # impersonation | delegate
    archive: bool
    folders: tuple[str, ...]
    exclude: tuple[str, ...]
    max_wait: float
    version: str | None
    ca_file: str | None

    @classmethod
    def from_spec(cls, spec: dict[str, Any]) -> EwsSettings:
        name = str(spec.get("name") or "ews")
        for key in ("endpoint", "username"):
            if not spec.get(key):
                raise ConfigError(f"source {name}: '{key}' is required")
        mailboxes = tuple(spec.get("mailboxes") or ([spec["mailbox"]] if spec.get("mailbox") else []))
        if not mailboxes:
            raise ConfigError(f"source {name}: 'mailboxes' is required")
        access = str(spec.get("access_type", "impersonation")).lower()
        if access not in ("impersonation", "delegate"):
            raise ConfigError(f"source {name}: access_type must be impersonation or delegate")
        return cls(
            name=name,
            endpoint=str(spec["endpoint"]),
            username=str(spec["username"]),
            mailboxes=mailboxes,
            auth_type=str(spec.get("auth_type", "NTLM")),
            access_type=access,
            archive=bool(spec.get("archive", True)),
            folders=tuple(spec.get("folders", ())),
            exclude=tuple(spec.get("exclude_folders", ())),
            max_wait=float(spec.get("max_wait", 600)),
            version=spec.get("version"),
            ca_file=spec.get("ca_file"),
        )


class EwsSource:
    def __init__(self, settings: EwsSettings, config: ScanConfig, state: SourceState, password: str) -> None:
        self.s, self.config, self.state, self._password = settings, config, state, password

    def _configuration(self) -> Any:
        from exchangelib import BASIC, NTLM, Configuration, Credentials, FaultTolerance
        from exchangelib.version import EXCHANGE_2013, EXCHANGE_2016, EXCHANGE_2019, Version

        builds = {"2013": EXCHANGE_2013, "2016": EXCHANGE_2016, "2019": EXCHANGE_2019}
        version = Version(build=builds[self.s.version]) if self.s.version in builds else None
        if self.s.ca_file:
            _trust_ca(self.s.ca_file)
        return Configuration(
            service_endpoint=self.s.endpoint,
            credentials=Credentials(self.s.username, self._password),
            auth_type=NTLM if self.s.auth_type.upper() == "NTLM" else BASIC,
            version=version,
            retry_policy=FaultTolerance(max_wait=self.s.max_wait),
        )

    def items(self) -> Iterator[Item]:
        from exchangelib import DELEGATE, IMPERSONATION, Account
        from exchangelib.errors import EWSError, TransportError

        config = self._configuration()
        for mailbox in self.s.mailboxes:
            try:
                account = Account(
                    primary_smtp_address=mailbox,
                    config=config,
                    autodiscover=False,
                    access_type=IMPERSONATION if self.s.access_type == "impersonation" else DELEGATE,
                )
                roots = [("", account.msg_folder_root)]
                if self.s.archive:
                    with contextlib.suppress(EWSError):  # no online archive for this mailbox
                        roots.append(("Archive", account.archive_msg_folder_root))
                for prefix, root in roots:
                    for folder in root.walk():
                        if not str(getattr(folder, "folder_class", "") or "IPF.Note").startswith("IPF.Note"):
                            continue
                        path = "/".join(p for p in (prefix, _path(folder, root)) if p)
                        if (self.s.folders and path not in self.s.folders) or path in self.s.exclude:
                            continue
                        yield from self._folder(account, mailbox, folder, path)
            except (EWSError, TransportError) as exc:
                raise SourceError(f"EWS {self.s.endpoint}: mailbox {mailbox}: {exc.__class__.__name__}") from None

    def _folder(self, account: Any, mailbox: str, folder: Any, path: str) -> Iterator[Item]:
        key = f"ews:{mailbox}:{folder.id}:sync"
        folder.item_sync_state = self.state.get(key)
        for change, item in folder.sync_items(only_fields=list(SYNC_FIELDS)):
            if change == "delete":
                yield self._tombstone(mailbox, path, str(item.id))
            elif change in ("create", "update"):
                yield self._message(account, mailbox, path, item)
            # read_flag_change: not content
        if folder.item_sync_state:
            self.state.set(key, str(folder.item_sync_state))

    def _message(self, account: Any, mailbox: str, path: str, item: Any) -> Item:
        sensitivity = _SENSITIVITY.get(str(getattr(item, "sensitivity", "") or "Normal"), "normal")
        cls = str(getattr(item, "item_class", "") or "IPM.Note")
        meta = MailMeta(
            subject=str(getattr(item, "subject", "") or ""),
            folder=path,
            mailbox=mailbox,
            sensitivity=sensitivity,
            message_class=cls,
        )
        if skip_body(meta, self.config):  # privacy first: the MIME is never fetched
            data = _header_block(meta)
        else:
            (full,) = list(account.fetch(ids=[(item.id, item.changekey)], only_fields=["mime_content"]))
            if isinstance(full, Exception) or not getattr(full, "mime_content", None):
                data = _header_block(meta)
            else:
                data = bytes(full.mime_content)
        received = getattr(item, "datetime_received", None)
        return Item(
            location=self._location(mailbox, path, str(item.id)),
            path=f"ews://{mailbox}/",
            name=f"{str(item.id)[-16:]}.eml",
            size=len(data),
            mtime=received if isinstance(received, datetime) else None,
            owner=mailbox,
            origin="mail",
            source=self.s.name,
            change_key=str(item.changekey or item.id),
            mail=MailMeta(folder=path, mailbox=mailbox, sensitivity=sensitivity, message_class=cls),
            data=data,
            mime_hint="message/rfc822",
            metadata={"ews_id": str(item.id), "folder": path},
        )

    def _location(self, mailbox: str, path: str, item_id: str) -> str:
        return f"ews://{quote(mailbox, safe='@')}/{quote(path, safe='/')}/{quote(item_id, safe='')}"

    def _tombstone(self, mailbox: str, path: str, item_id: str) -> Item:
        return Item(
            location=self._location(mailbox, path, item_id),
            path=f"ews://{mailbox}/",
            origin="mail",
            source=self.s.name,
            owner=mailbox,
            metadata={"deleted": True, "ews_id": item_id, "folder": path},
        )


def _path(folder: Any, root: Any) -> str:
    names = []
    node = folder
    while node is not None and node.id != root.id:
        names.append(str(node.name or ""))
        node = getattr(node, "parent", None)
    return "/".join(reversed(names))


def _header_block(meta: MailMeta) -> bytes:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Subject"] = meta.subject.replace("\n", " ").replace("\r", " ")
    if meta.sensitivity != "normal":
        msg["Sensitivity"] = meta.sensitivity.capitalize()
    msg["X-MS-Message-Class"] = meta.message_class
    return msg.as_bytes()


def _trust_ca(ca_file: str) -> None:
    """exchangelib uses requests; a private CA (e.g. an internal Exchange's) is given through its adapter."""
    import requests.adapters
    from exchangelib.protocol import BaseProtocol

    class _CaAdapter(requests.adapters.HTTPAdapter):
        def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
            super().cert_verify(conn, url, ca_file, cert)

    BaseProtocol.HTTP_ADAPTER_CLS = _CaAdapter


def open_ews(spec: dict[str, Any], config: ScanConfig, state: SourceState) -> Source:
    settings = EwsSettings.from_spec(spec)
    source = EwsSource(settings, config, state, secret(spec, "password") or "")
    return Source(settings.name, "ews", source.items, complete_listing=False)
