"""Pieces the mail sources share: header-only metadata (privacy before any body is fetched), UID sets."""

from __future__ import annotations

from collections.abc import Iterable
from email.header import Header
from email.message import Message
from urllib.parse import quote

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.mail_policy import SENSITIVITY_HEADER, read_meta
from pii_scanner.core.mail_policy import skip_body as policy_skip_body
from pii_scanner.core.model import Item, MailMeta, Sensitivity


def folder_selected(path: str, wanted: Iterable[str], excluded: Iterable[str]) -> bool:
    """Whether a folder is swept; Exchange folder names compare without regard to case, as Outlook does."""
    key = path.casefold()
    return (not wanted or key in {w.casefold() for w in wanted}) and key not in {e.casefold() for e in excluded}


def missing_folders(wanted: Iterable[str], listed: Iterable[str]) -> tuple[str, ...]:
    """Folders the configuration names that the server did not list (a typo, renamed, deleted): read by no
    one, so the source must fail rather than report "ok" with nothing read."""
    have = {p.casefold() for p in listed}
    return tuple(sorted(w for w in wanted if w.casefold() not in have))


def header_meta(
    headers: bytes, folder: str, mailbox: str, sensitivity: Sensitivity = "normal", message_class: str = "IPM.Note"
) -> MailMeta:
    """What the privacy rule needs from a raw header block, read as every other path reads it."""
    preset = MailMeta(folder=folder, mailbox=mailbox, sensitivity=sensitivity, message_class=message_class)
    return read_meta(headers, preset)


def message_location(scheme: str, mailbox: str, folder: str, message_id: str) -> str:
    """``<scheme>://<mailbox>/<folder path>/<message id>``: a message on an Exchange server (ews, graph).

    >>> message_location("graph", "jens@firma.dk", "Indbakke/Sager", "AAMk/x=")
    'graph://jens@firma.dk/Indbakke/Sager/AAMk%2Fx%3D'
    """
    return f"{scheme}://{quote(mailbox, safe='@')}/{quote(folder, safe='/')}/{quote(message_id, safe='')}"


def tombstone(scheme: str, mailbox: str, folder: str, message_id: str, source: str) -> Item:
    """A message the server reports deleted (the sweep marks it removed); ``<scheme>_id`` keeps the id."""
    return Item(
        location=message_location(scheme, mailbox, folder, message_id),
        path=f"{scheme}://{mailbox}/",
        origin="mail",
        source=source,
        owner=mailbox,
        deleted=True,
        metadata={f"{scheme}_id": message_id, "folder": folder},
    )


def skip_body(meta: MailMeta, config: ScanConfig) -> bool:
    """True when a message is private and no audited override says to read it: fetch its headers only."""
    return policy_skip_body(meta, config.mail)


def header_block(meta: MailMeta) -> bytes:
    """The stand-in for a message that is not downloaded: what it is, never what it says."""
    msg = Message()
    msg["Subject"] = Header(meta.subject.replace("\n", " ").replace("\r", " "), "utf-8").encode()
    if meta.sensitivity != "normal":
        msg["Sensitivity"] = SENSITIVITY_HEADER[meta.sensitivity]
    msg["X-MS-Message-Class"] = meta.message_class
    return msg.as_bytes()


def format_uids(uids: Iterable[int]) -> str:
    """Compact IMAP-style UID set: ``1:5,7,9:12``.

    >>> format_uids([1, 2, 3, 5, 9, 10])
    '1:3,5,9:10'
    """
    out: list[str] = []
    run: list[int] = []
    for uid in sorted(set(uids)):
        if run and uid == run[-1] + 1:
            run.append(uid)
            continue
        if run:
            out.append(f"{run[0]}:{run[-1]}" if len(run) > 1 else str(run[0]))
        run = [uid]
    if run:
        out.append(f"{run[0]}:{run[-1]}" if len(run) > 1 else str(run[0]))
    return ",".join(out)


def parse_uids(text: str | None) -> set[int]:
    """
    >>> sorted(parse_uids("1:3,5"))
    [1, 2, 3, 5]
    """
    out: set[int] = set()
    for piece in (text or "").split(","):
        if not piece:
            continue
        lo, _, hi = piece.partition(":")
        out.update(range(int(lo), int(hi or lo) + 1))
    return out
