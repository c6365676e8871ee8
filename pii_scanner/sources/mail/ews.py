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
import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ExtractionError, SourceError, SourceUnavailable
from pii_scanner.core.mail_policy import sensitivity_from_name
from pii_scanner.core.model import Item, MailMeta
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
from pii_scanner.sources.registry import Source
from pii_scanner.sources.specs import EwsSpec

SYNC_FIELDS = ("subject", "sensitivity", "item_class", "datetime_received", "size", "categories")


def _read_absent_sensitivity_as_absent() -> None:
    """exchangelib fills a Sensitivity the server left out of its answer (or sent empty) with the
    schema default "Normal", so the privacy rule could not tell it from a real "Normal" and the
    message would be downloaded. The scanner only reads through exchangelib (it never creates items,
    which is what the default is for), so the default becomes None: such a message is then
    ``unreadable``, i.e. private, and never downloaded. Idempotent."""
    from exchangelib.items import Item as ExchangeItem

    ExchangeItem.get_field_by_fieldname("sensitivity").default = None


class EwsSource:
    def __init__(self, spec: EwsSpec, config: ScanConfig, state: SourceState, password: str) -> None:
        self.s, self.config, self.state, self._password = spec, config, state, password

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
            retry_policy=_retry_policy(FaultTolerance, self.s.max_wait),
        )

    def items(self) -> Iterator[Item]:
        from exchangelib import DELEGATE, IMPERSONATION, Account
        from exchangelib.errors import EWSError, ResponseMessageError, TransportError, UnauthorizedError

        quiet_mail_loggers()
        _read_absent_sensitivity_as_absent()
        config = self._configuration()
        missing: list[str] = []
        refused: list[str] = []
        for mailbox in self.s.all_mailboxes:
            listed: set[str] = set()
            listed_ids: set[str] = set()
            walked: set[str] = set()
            swept: dict[str, list[str]] = {}
            try:
                account = Account(
                    primary_smtp_address=mailbox,
                    config=config,
                    autodiscover=False,
                    access_type=IMPERSONATION if self.s.access_type.lower() == "impersonation" else DELEGATE,
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
                        listed.add(path)
                        listed_ids.add(str(folder.id))
                        if not folder_selected(path, self.s.folders, self.s.exclude_folders):
                            continue
                        yield from self._folder(account, mailbox, folder, path)
                        swept[str(folder.id)] = [prefix, path]
                    walked.add(prefix)
                yield from self._vanished(mailbox, listed_ids, walked, swept)
                missing += [f"{mailbox}: {f!r}" for f in missing_folders(self.s.folders, listed)]
            except UnauthorizedError:
                raise SourceError(
                    f"EWS {self.s.endpoint}: authentication failed for {self.s.username} (credentials rejected or "
                    "account locked); not retried"
                ) from None
            except ResponseMessageError as exc:
                # The server answered for this mailbox alone (gone, impersonation refused, moving): the others
                # are swept, the source fails at the end and nothing of this mailbox is marked removed.
                refused.append(exc.__class__.__name__)
            except (EWSError, TransportError) as exc:
                raise SourceError(f"EWS {self.s.endpoint}: mailbox {mailbox}: {exc.__class__.__name__}") from None
        if refused:
            kinds = ", ".join(sorted(set(refused)))
            raise SourceUnavailable(
                f"EWS {self.s.endpoint}: {len(refused)} mailbox(es) could not be read ({kinds})"
                + (f"; {len(missing)} mail folder(s) named in folders are not in the mailbox" if missing else "")
            )
        if missing:  # raised once every mailbox is swept: the source failed, what was read stays
            raise SourceUnavailable(
                f"EWS {self.s.endpoint}: {len(missing)} mail folder(s) named in folders are not in the mailbox: "
                + ", ".join(missing)
            )

    def _folder(self, account: Any, mailbox: str, folder: Any, path: str) -> Iterator[Item]:
        from exchangelib.errors import ErrorInvalidSyncStateData

        key = f"ews:{mailbox}:{folder.id}:sync"
        where = f"ews:{mailbox}:{folder.id}:path"
        before = self.state.get(where)
        # Renamed or moved: same id and sync state, so SyncFolderItems lists no change. Read it afresh: every
        # message moves from the old path (a tombstone there) to the new one.
        moved_from = before if before is not None and before != path else None
        stored = None if moved_from is not None else self.state.get(key)
        try:
            yield from self._sync(account, mailbox, folder, path, stored, moved_from)
        except (ErrorInvalidSyncStateData, AttributeError):
            # Exchange no longer accepts the stored state (aged out, folder repaired or moved): read the folder
            # afresh, as Graph after a 410; change keys keep unchanged mail from being downloaded again. (An
            # error answer without its optional SyncState makes exchangelib fail reading it: AttributeError.)
            if not stored:
                raise
            self.state.delete(key)
            yield from self._sync(account, mailbox, folder, path, None, moved_from)
        if folder.item_sync_state:
            self.state.set(key, str(folder.item_sync_state))
        self.state.set(where, path)

    def _sync(
        self, account: Any, mailbox: str, folder: Any, path: str, state: str | None, moved_from: str | None
    ) -> Iterator[Item]:
        folder.item_sync_state = state
        ids_key = f"ews:{mailbox}:{folder.id}:ids"
        ids = set(_json_list(self.state.get(ids_key)))
        listed_before = frozenset(ids)
        # Read from scratch (no state: lost, refused, or the folder moved), the sync lists no deletions: a message
        # an earlier sync listed and this one does not is gone and becomes a tombstone.
        unseen = set(ids) if state is None else set()
        for change, item in folder.sync_items(only_fields=list(SYNC_FIELDS)):
            unseen.discard(str(item.id))
            if change == "delete":
                ids.discard(str(item.id))
                yield self._tombstone(mailbox, path, str(item.id))
            elif change in ("create", "update"):
                if moved_from is not None:
                    yield self._tombstone(mailbox, moved_from, str(item.id))
                ids.add(str(item.id))
                yield self._message(account, mailbox, path, item)
            # read_flag_change: not content
        for mid in sorted(unseen):
            ids.discard(mid)
            yield self._tombstone(mailbox, moved_from or path, mid)
        if ids != listed_before:  # unchanged: not written again (a large folder's list is big)
            self.state.set(ids_key, json.dumps(sorted(ids)))

    def _vanished(
        self, mailbox: str, listed_ids: set[str], walked: set[str], swept: dict[str, list[str]]
    ) -> Iterator[Item]:
        """Folders swept before that a walked hierarchy no longer has (purged): each message their syncs listed
        becomes a tombstone. A folder not selected, or in an archive that could not be opened, is not gone."""
        key = f"ews:{mailbox}:folders"
        try:
            before = json.loads(self.state.get(key) or "{}")
        except ValueError:
            before = {}
        kept: dict[str, list[str]] = {}
        for folder_id, where in (before if isinstance(before, dict) else {}).items():
            if not (isinstance(where, list) and len(where) == 2):
                continue
            prefix, path = str(where[0]), str(where[1])
            if folder_id in listed_ids or prefix not in walked:
                kept[folder_id] = [prefix, path]
                continue
            for mid in _json_list(self.state.get(f"ews:{mailbox}:{folder_id}:ids")):
                yield self._tombstone(mailbox, path, mid)
            for suffix in (":ids", ":sync", ":path"):
                self.state.delete(f"ews:{mailbox}:{folder_id}{suffix}")
        self.state.set(key, json.dumps(kept | swept, sort_keys=True))

    def _message(self, account: Any, mailbox: str, path: str, item: Any) -> Item:
        raw = getattr(item, "sensitivity", None)
        # EWS always answers the field it was asked for: no value is a value we cannot read.
        sensitivity = sensitivity_from_name(raw) if raw else "unreadable"
        cls = str(getattr(item, "item_class", "") or "IPM.Note")
        # Outlook categories are the keywords other mail paths judge (IMAP flags, OLM, .msg): "Privat" is private.
        categories = getattr(item, "categories", None)
        keywords = tuple(str(c) for c in categories) if isinstance(categories, list | tuple) else ()
        meta = MailMeta(
            subject=str(getattr(item, "subject", "") or ""),
            folder=path,
            mailbox=mailbox,
            sensitivity=sensitivity,
            message_class=cls,
            keywords=keywords,
        )
        received = getattr(item, "datetime_received", None)
        size = getattr(item, "size", None)
        out = Item(
            location=self._location(mailbox, path, str(item.id)),
            path=f"ews://{mailbox}/",
            name=f"{str(item.id)[-16:]}.eml",
            size=int(size) if isinstance(size, int) else None,
            mtime=received if isinstance(received, datetime) else None,
            owner=mailbox,
            origin="mail",
            source=self.s.name,
            change_key=str(item.changekey or item.id),
            mail=MailMeta(folder=path, mailbox=mailbox, sensitivity=sensitivity, message_class=cls, keywords=keywords),
            mime_hint="message/rfc822",
            metadata={"ews_id": str(item.id), "folder": path},
        )
        if skip_body(meta, self.config):  # privacy first: the MIME is never fetched
            out.data = header_block(meta)
        else:
            # Lazy: the sweep compares change keys first, so an unchanged message (a lost sync
            # state lists every message again) is never downloaded.
            out.read = _MimeFetch(account, item.id, item.changekey, meta)
        return out

    def _location(self, mailbox: str, path: str, item_id: str) -> str:
        return message_location("ews", mailbox, path, item_id)

    def _tombstone(self, mailbox: str, path: str, item_id: str) -> Item:
        return tombstone("ews", mailbox, path, item_id, self.s.name)


def _json_list(raw: str | None) -> list[str]:
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _path(folder: Any, root: Any) -> str:
    names = []
    node = folder
    while node is not None and node.id != root.id:
        names.append(str(node.name or ""))
        node = getattr(node, "parent", None)
    return "/".join(reversed(names))


class _MimeFetch:
    """GetItem for one message's MIME, when (and only if) the pipeline reads it."""

    __slots__ = ("account", "changekey", "item_id", "meta")

    def __init__(self, account: Any, item_id: Any, changekey: Any, meta: MailMeta) -> None:
        self.account, self.item_id, self.changekey, self.meta = account, item_id, changekey, meta

    def __call__(self) -> bytes:
        from exchangelib.errors import ErrorItemNotFound

        (full,) = list(self.account.fetch(ids=[(self.item_id, self.changekey)], only_fields=["mime_content"]))
        if isinstance(full, ErrorItemNotFound):  # deleted since the sync: the next sync's tombstone removes it
            return header_block(self.meta)
        if isinstance(full, Exception):
            # ErrorMimeContentConversionFailed, ErrorItemCorrupt, a throttled GetItem...: the message was not read.
            # Its error record (re-read by the next sweep), never its header block as if it had been read clean.
            raise ExtractionError(f"EWS: message could not be fetched ({full.__class__.__name__})")
        if not getattr(full, "mime_content", None):
            return header_block(self.meta)
        return bytes(full.mime_content)


def _retry_policy(base: type, max_wait: float) -> Any:
    """exchangelib's FaultTolerance, except that HTTP 401 is a failed login, not throttling.

    exchangelib reads a 401 as "back off" under FaultTolerance and retries a wrong password with
    growing waits for minutes; the user must hear "authentication failed" within seconds.
    """
    from exchangelib.errors import UnauthorizedError

    # exchangelib is untyped: its FaultTolerance (``base``) is Any to mypy, and --strict refuses
    # subclassing Any. Nothing else is unchecked here.
    class _Policy(base):  # type: ignore[misc]
        def raise_response_errors(self, response: Any) -> None:
            if response.status_code == 401:
                raise UnauthorizedError("authentication failed")
            super().raise_response_errors(response)

    return _Policy(max_wait=max_wait)


def _trust_ca(ca_file: str) -> None:
    """exchangelib uses requests; a private CA (e.g. an internal Exchange's) is given through its adapter."""
    import requests.adapters
    from exchangelib.protocol import BaseProtocol

    class _CaAdapter(requests.adapters.HTTPAdapter):
        def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
            super().cert_verify(conn, url, ca_file, cert)

    BaseProtocol.HTTP_ADAPTER_CLS = _CaAdapter


def open_ews(spec: EwsSpec, config: ScanConfig, state: SourceState) -> Source:
    source = EwsSource(spec, config, state, secret(spec.password, "password", spec.name) or "")
    return Source(spec.name, "ews", source.items, complete_listing=False)
