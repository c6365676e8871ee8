"""IMAP mailboxes: every folder, incremental by UIDVALIDITY/UID, TLS or STARTTLS, login or XOAUTH2.

Per folder the state keeps UIDVALIDITY, the UIDs seen and (with CONDSTORE) the highest mod-sequence.
A sweep fetches headers first, in batches, and the full message only for mail that is not private;
messages that disappeared come back as tombstones. A changed UIDVALIDITY means every UID is new.
Flags are not content: a flag change re-yields a message only when it makes it private or not
(an IMAP keyword such as "Privat" marks a message private like Outlook's sensitivity).
"""

from __future__ import annotations

import base64
import contextlib
import imaplib
import json
import re
import ssl
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import quote

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import SourceError, SourceUnavailable
from pii_scanner.core.mail_policy import (
    keyword_text,
    marked_word,
    may_read_private,
    most_restrictive,
    private_reason,
    read_meta,
)
from pii_scanner.core.model import Item, MailMeta, Sensitivity
from pii_scanner.core.state import SourceState
from pii_scanner.sources.mail.common import format_uids, header_meta, parse_uids, skip_body
from pii_scanner.sources.mail.credentials import secret
from pii_scanner.sources.mail.imap_structure import item_of, joined, parse, structure
from pii_scanner.sources.registry import Source
from pii_scanner.sources.specs import ImapSpec

_LIST = re.compile(rb'^\((?P<flags>[^)]*)\) (?P<delim>"[^"]*"|NIL) (?P<name>.*)$')
_FETCH = re.compile(rb"UID (\d+)")
_FLAGS = re.compile(rb"FLAGS \(([^)]*)\)")
_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")
_DATE = re.compile(rb'INTERNALDATE "([^"]+)"')
_MODSEQ = re.compile(rb"HIGHESTMODSEQ (\d+)")
_BODY_BATCH = 20  # full messages per FETCH: few round trips, bounded memory
_SIGNED_PARTS = 20  # signed parts' headers asked for per message, at most


def refresh_capabilities(conn: imaplib.IMAP4) -> None:
    """Re-read CAPABILITY after authentication: servers announce more once logged in.

    Dovecot's greeting lists what a client may do before login; CONDSTORE, ENABLE and the like
    are announced only after it. Deciding on the pre-login list misses them.
    """
    typ, data = conn.capability()
    if typ == "OK" and data and isinstance(data[-1], bytes):
        conn.capabilities = tuple(data[-1].decode("ascii", "replace").upper().split())


def decode_folder(name: str) -> str:
    """IMAP modified UTF-7 (RFC 3501 5.1.3) to text.

    >>> decode_folder("Personlig &APg-konomi")
    'Personlig økonomi'
    """

    def repl(m: re.Match[str]) -> str:
        chunk = m.group(1)
        if not chunk:
            return "&"
        raw = base64.b64decode(chunk.replace(",", "/") + "=" * (-len(chunk) % 4))
        return raw.decode("utf-16-be", errors="replace")

    return re.sub(r"&([A-Za-z0-9+,]*)-", repl, name)


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


class ImapSource:
    def __init__(self, spec: ImapSpec, config: ScanConfig, state: SourceState, password: str) -> None:
        self.missing: tuple[str, ...] = ()  # folders the configuration names that the server does not list
        self.s, self.config, self.state, self._password = spec, config, state, password
        self.base = f"imap://{quote(spec.username, safe='')}@{spec.host}:{spec.server_port}/"

    # --- connection --------------------------------------------------------------------------
    def _ssl(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.s.ca_file)
        if not self.s.verify:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        return ctx

    def connect(self) -> imaplib.IMAP4:
        s = self.s
        try:
            if s.security == "tls":
                conn: imaplib.IMAP4 = imaplib.IMAP4_SSL(
                    s.host, s.server_port, ssl_context=self._ssl(), timeout=s.timeout
                )
            else:
                conn = imaplib.IMAP4(s.host, s.server_port, timeout=s.timeout)
                if s.security == "starttls":
                    conn.starttls(ssl_context=self._ssl())
            if s.auth.lower() == "xoauth2":
                token = f"user={s.username}\x01auth=Bearer {self._password}\x01\x01".encode()
                conn.authenticate("XOAUTH2", lambda _challenge: token)
            else:
                conn.login(s.username, self._password)
            refresh_capabilities(conn)
            return conn
        except (imaplib.IMAP4.error, OSError, ssl.SSLError) as exc:
            raise SourceError(
                f"IMAP {s.host}:{s.server_port}: cannot log in as {s.username} ({exc.__class__.__name__})"
            ) from None

    # --- listing -----------------------------------------------------------------------------
    def folders(self, conn: imaplib.IMAP4) -> list[str]:
        typ, data = conn.list()
        if typ != "OK":
            raise SourceError(f"IMAP {self.s.host}: LIST failed")
        names: list[str] = []
        self.missing = ()
        listed: set[str] = set()  # every name the server has, also those that hold no mail of their own
        for entry in data:
            line, literal = (entry[0], entry[1]) if isinstance(entry, tuple) else (entry, None)
            if not isinstance(line, bytes):
                continue
            m = _LIST.match(line)
            if m is None or b"\\nonexistent" in m.group("flags").lower():
                continue
            raw = literal if literal is not None else m.group("name")
            name = raw.decode("utf-8", errors="replace")
            if literal is None and name.startswith('"') and name.endswith('"'):
                name = name[1:-1].replace('\\"', '"').replace("\\\\", "\\")
            listed.update((name, decode_folder(name)))
            if b"\\noselect" not in m.group("flags").lower():
                names.append(name)
        wanted = set(self.s.folders)
        # A folder the configuration names that the server does not have (a typo, renamed, deleted) is read
        # by no one: the source fails once the others are swept, not "ok" with nothing read.
        self.missing = tuple(sorted(w for w in wanted if w not in listed))
        return sorted(
            n
            for n in names
            if (not wanted or n in wanted or decode_folder(n) in wanted)
            and n not in self.s.exclude_folders
            and decode_folder(n) not in self.s.exclude_folders
        )

    # --- sweep -------------------------------------------------------------------------------
    def items(self) -> Iterator[Item]:
        conn = self.connect()
        try:
            yield from self._mailbox(conn)
        except (imaplib.IMAP4.error, OSError, ssl.SSLError, EOFError) as exc:
            # The server dropped the connection (restart, idle timeout) or answered BAD mid-sweep: the
            # source failed (exit 4), what was stored stays, its state is not committed, the rest is swept.
            raise SourceError(
                f"IMAP {self.s.host}:{self.s.server_port}: connection lost during the sweep ({exc.__class__.__name__})"
            ) from None
        finally:
            with contextlib.suppress(imaplib.IMAP4.error, OSError, ssl.SSLError):
                conn.logout()

    def _mailbox(self, conn: imaplib.IMAP4) -> Iterator[Item]:
        if "CONDSTORE" in conn.capabilities and "ENABLE" in conn.capabilities:
            conn.enable("CONDSTORE")
        known_folders = set(json.loads(self.state.get("imap:folders") or "[]"))
        current = self.folders(conn)
        for folder in current:
            yield from self._folder(conn, folder)
        if self.missing:
            raise SourceUnavailable(
                f"IMAP {self.s.host}: {len(self.missing)} folder(s) named in folders are not on the server: "
                + ", ".join(repr(f) for f in self.missing)
            )
        for gone in sorted(known_folders - set(current)):  # a deleted folder: all its mail is gone
            validity = self.state.get(f"imap:{gone}:uidvalidity") or "0"
            for uid in sorted(parse_uids(self.state.get(f"imap:{gone}:uids"))):
                yield self._tombstone(gone, validity, uid)
            for key in ("uidvalidity", "uids", "modseq", "private"):
                self.state.delete(f"imap:{gone}:{key}")
        self.state.set("imap:folders", json.dumps(sorted(current)))

    def _folder(self, conn: imaplib.IMAP4, folder: str) -> Iterator[Item]:
        typ, _ = conn.select(_quote(folder), readonly=True)
        if typ != "OK":
            return
        raw_validity = (conn.untagged_responses.get("UIDVALIDITY") or [b"0"])[-1]
        validity = raw_validity.decode() if isinstance(raw_validity, bytes) else "0"
        modseq = self._highest_modseq(conn)
        key = f"imap:{folder}"
        old_validity = self.state.get(f"{key}:uidvalidity")
        known = parse_uids(self.state.get(f"{key}:uids"))
        kw_private = parse_uids(self.state.get(f"{key}:private"))
        if old_validity is not None and old_validity != validity:
            for uid in sorted(known):  # UIDs of the old validity mean nothing any more
                yield self._tombstone(folder, old_validity, uid)
            known, kw_private = set(), set()
        typ, data = conn.uid("SEARCH", "ALL")
        now = {int(x) for x in (data[0] or b"").split()} if typ == "OK" and data else set()
        for uid in sorted(known - now):
            yield self._tombstone(folder, validity, uid)
        todo = sorted(now - known)
        changed = self._changed_private(conn, known & now, kw_private, modseq, key)
        new_private: set[int] = set(kw_private & now)
        for start in range(0, len(todo) + len(changed), self.s.batch):
            batch = (todo + sorted(changed))[start : start + self.s.batch]
            for item, is_kw_private in self._fetch(conn, folder, validity, batch):
                (new_private.add if is_kw_private else new_private.discard)(int(item.metadata["uid"]))
                yield item
        self.state.set(f"{key}:uidvalidity", validity)
        self.state.set(f"{key}:uids", format_uids(now))
        self.state.set(f"{key}:private", format_uids(new_private))
        if modseq is not None:
            self.state.set(f"{key}:modseq", str(modseq))

    def _highest_modseq(self, conn: imaplib.IMAP4) -> int | None:
        for line in conn.untagged_responses.get("OK", []):
            m = _MODSEQ.search(line if isinstance(line, bytes) else b"")
            if m:
                return int(m.group(1))
        return None

    def _changed_private(
        self, conn: imaplib.IMAP4, seen: set[int], kw_private: set[int], modseq: int | None, key: str
    ) -> set[int]:
        """Known messages whose keywords now say private or no longer do.

        With CONDSTORE only the flags changed since the stored mod-sequence are fetched; without it
        (or without a stored one) the flags of every message, which is one small line each.
        """
        old = self.state.get(f"{key}:modseq")
        if not seen:
            return set()
        if modseq is not None and old is not None:
            if int(old) >= modseq:
                return set()
            _typ, data = conn.uid("FETCH", "1:*", f"(UID FLAGS) (CHANGEDSINCE {int(old)})")
        else:
            _typ, data = conn.uid("FETCH", "1:*", "(UID FLAGS)")
        changed: set[int] = set()
        for entry in data or []:
            line = entry[0] if isinstance(entry, tuple) else entry
            if not isinstance(line, bytes):
                continue
            uid_m, flags_m = _FETCH.search(line), _FLAGS.search(line)
            if uid_m and flags_m and int(uid_m.group(1)) in seen:
                uid = int(uid_m.group(1))
                if self._keyword_private(flags_m.group(1)) != (uid in kw_private):
                    changed.add(uid)
        return changed

    def _keyword_private(self, flags: bytes) -> bool:
        words = [keyword_text(w) for w in flags.decode("utf-8", "replace").split() if not w.startswith("\\")]
        return any(marked_word(w, self.config.mail.private_words) for w in words)

    def _fetch(self, conn: imaplib.IMAP4, folder: str, validity: str, uids: list[int]) -> Iterator[tuple[Item, bool]]:
        if not uids:
            return
        typ, data = conn.uid(
            "FETCH", ",".join(map(str, uids)), "(UID FLAGS RFC822.SIZE INTERNALDATE BODY.PEEK[HEADER])"
        )
        if typ != "OK":
            raise SourceError(f"IMAP {self.s.host}: FETCH failed in a folder")
        display = decode_folder(folder)
        heads: list[tuple[int, bytes, bytes, bool, MailMeta]] = []
        for n, entry in enumerate(data):
            if not isinstance(entry, tuple):
                continue
            # A server may put FLAGS or UID after the header literal (RFC 3501 fixes no order):
            # imaplib hands that rest of the response over as the next element.
            rest = data[n + 1] if n + 1 < len(data) and isinstance(data[n + 1], bytes) else b""
            line, headers = entry[0] + b" " + rest, entry[1]
            uid_m = _FETCH.search(line)
            if uid_m is None:
                continue
            flags_m = _FLAGS.search(line)
            kw_private = bool(flags_m and self._keyword_private(flags_m.group(1)))
            meta = header_meta(headers, display, self.s.username, "private" if kw_private else "normal")
            heads.append((int(uid_m.group(1)), line, headers, kw_private, meta))
        # Privacy first: bodies are fetched only for mail that is not private, a few per round trip.
        wanted = {h[0] for h in heads if not skip_body(h[4], self.config)}
        by_parts = self._private_by_parts(conn, [h for h in heads if h[0] in wanted])
        wanted -= set(by_parts)
        for start in range(0, max(len(heads), 1), _BODY_BATCH):
            chunk = heads[start : start + _BODY_BATCH]
            bodies = self._bodies(conn, [h[0] for h in chunk if h[0] in wanted])
            for uid, line, headers, kw_private, meta in chunk:
                if uid in by_parts:
                    meta = replace(meta, sensitivity=by_parts[uid])
                yield (
                    self._item(folder, display, validity, uid, line, bodies.get(uid, headers), kw_private, meta),
                    kw_private,
                )

    def _item(
        self,
        folder: str,
        display: str,
        validity: str,
        uid: int,
        line: bytes,
        data_bytes: bytes,
        kw_private: bool,
        meta: MailMeta,
    ) -> Item:
        size_m, date_m = _SIZE.search(line), _DATE.search(line)
        mtime: datetime | None = None
        if date_m:
            with contextlib.suppress(TypeError, ValueError):
                mtime = parsedate_to_datetime(date_m.group(1).decode())
        return Item(
            location=self._location(folder, validity, uid),
            path=self.base,
            name=f"{uid}.eml",
            size=int(size_m.group(1)) if size_m else len(data_bytes),
            mtime=mtime,
            owner=self.s.username,
            origin="mail",
            source=self.s.name,
            change_key=f"{validity}:{uid}" + (":p" if kw_private else ""),
            mail=MailMeta(folder=display, mailbox=self.s.username, sensitivity=meta.sensitivity),
            data=data_bytes,
            mime_hint="message/rfc822",
            metadata={"uid": uid, "folder": display},
        )

    def _private_by_parts(
        self, conn: imaplib.IMAP4, heads: list[tuple[int, bytes, bytes, bool, MailMeta]]
    ) -> dict[int, Sensitivity]:
        """Messages whose header block says nothing but whose structure makes them private, found from
        BODYSTRUCTURE before anything of them is downloaded; with the sensitivity to record. A signed part
        (``multipart/signed``: header protection repeats the headers there) is judged by its MIME headers. A
        TNEF part (winmail.dat, also the whole message) holds its PR_SENSITIVITY next to the body, so nothing
        short of downloading it can clear it: such a message is ``unreadable`` (private, fail closed) unless
        an audited inspection reads private mail anyway. A message whose structure cannot be read is
        downloaded and decided by the extractor, which reads nothing of a private one."""
        asked = {h[0] for h in heads}
        if not asked:
            return {}
        typ, data = conn.uid("FETCH", format_uids(asked), "(UID BODYSTRUCTURE)")
        if typ != "OK":
            return {}
        tnef_unread = not may_read_private(self.config.mail)
        out: dict[int, Sensitivity] = {}
        for line in joined(data or []):
            fetched = parse(line)
            uid = item_of(fetched or [], b"UID")
            if fetched is None or not isinstance(uid, bytes) or not uid.isdigit() or int(uid) not in asked:
                continue
            found = structure(item_of(fetched, b"BODYSTRUCTURE"))
            if found.tnef and tnef_unread:
                out[int(uid)] = "unreadable"
                continue
            signed = found.signed[:_SIGNED_PARTS]
            if not signed:
                continue
            what = "(UID " + " ".join(f"BODY.PEEK[{section}.MIME]" for section in signed) + ")"
            typ, parts = conn.uid("FETCH", uid.decode(), what)
            if typ != "OK":
                continue
            for entry in parts or []:
                if isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[1], bytes):
                    part = read_meta(entry[1] + b"\r\n\r\n")
                    if private_reason(part, self.config.mail):
                        said = part.sensitivity if part.sensitivity != "normal" else "unreadable"
                        out[int(uid)] = most_restrictive([out.get(int(uid), "normal"), said])
        return out

    def _bodies(self, conn: imaplib.IMAP4, uids: list[int]) -> dict[int, bytes]:
        """Full messages by UID; a message expunged meanwhile is simply missing (headers stand in)."""
        if not uids:
            return {}
        typ, data = conn.uid("FETCH", ",".join(map(str, uids)), "(UID BODY.PEEK[])")
        out: dict[int, bytes] = {}
        data = data or []
        for n, entry in enumerate(data):
            if typ == "OK" and isinstance(entry, tuple) and isinstance(entry[1], bytes):
                rest = data[n + 1] if n + 1 < len(data) and isinstance(data[n + 1], bytes) else b""
                m = _FETCH.search(entry[0] + b" " + rest)
                if m:
                    out[int(m.group(1))] = entry[1]
        return out

    def _location(self, folder: str, validity: str, uid: int) -> str:
        return f"{self.base}{quote(folder, safe='')};UIDVALIDITY={validity}/;UID={uid}"

    def _tombstone(self, folder: str, validity: str, uid: int) -> Item:
        return Item(
            location=self._location(folder, validity, uid),
            path=self.base,
            name=f"{uid}.eml",
            origin="mail",
            source=self.s.name,
            owner=self.s.username,
            deleted=True,
            metadata={"uid": uid, "folder": decode_folder(folder)},
        )


def open_imap(spec: ImapSpec, config: ScanConfig, state: SourceState) -> Source:
    key = "token" if spec.auth.lower() == "xoauth2" else "password"
    password = secret(spec.token if key == "token" else spec.password, key, spec.name) or ""
    source = ImapSource(spec, config, state, password)
    return Source(spec.name, "imap", source.items, complete_listing=False)
