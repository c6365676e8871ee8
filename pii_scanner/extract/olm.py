"""Outlook for Mac archives (``.olm``): a zip holding one XML file per message
(``Accounts/<account>/com.microsoft.__Messages/<folder>/message_00001.xml``) and the attachments' files
(``.../com.microsoft.__Attachments/...``) that the messages name by ``OPFAttachmentURL``.

Read as a plain zip, every message's body and every attachment was read whatever the message was marked.
Here each message XML is decided like any message before its body is read: its folder path (the
directories below ``com.microsoft.__Messages``), subject, categories (``OPFMessageCopyCategoryList``: a
category is a keyword) and any element that states a sensitivity or a private flag (a number as
PR_SENSITIVITY, a name as the header, a boolean for ``...Private``; anything else cannot be read and is
private). XML that cannot be parsed is private (its marks cannot be read). An attachment file is read
only when a message decided normal names it; one named by a private message, or by none, is withheld.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.core.mail_policy import most_restrictive, sensitivity_from_name, sensitivity_from_number
from pii_scanner.core.model import Extracted, Item, MailMeta, Sensitivity, TextPart
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.formats import OLM_MESSAGE_MIME as MESSAGE_MIME
from pii_scanner.extract.formats import OLM_WITHHELD_MIME as WITHHELD_MIME
from pii_scanner.extract.html import html_to_text
from pii_scanner.extract.mail import decide_private, header_parts, private_result
from pii_scanner.extract.members import child_item
from pii_scanner.extract.xmlsafe import attr, iter_events, local

_MESSAGES = "com.microsoft.__Messages/"
_ATTACHMENTS = "com.microsoft.__Attachments/"
_MARK = re.compile(r"sensitiv|private|privat|personal", re.IGNORECASE)
_TRUE = frozenset({"1", "true", "yes"})
_FALSE = frozenset({"0", "false", "no", ""})


def is_olm(names: list[str], archive_name: str) -> bool:
    """Whether a zip is an Outlook for Mac archive: by its name or by its message folders."""
    return archive_name.lower().endswith(".olm") or any(_MESSAGES in n for n in names)


def is_message_member(name: str) -> bool:
    return _MESSAGES in name and name.lower().endswith(".xml") and _ATTACHMENTS not in name


def is_attachment_member(name: str) -> bool:
    return _ATTACHMENTS in name


@dataclass
class OlmMessage:
    meta: MailMeta
    body: str = ""
    attachments: list[str] = field(default_factory=list)  # member paths named by OPFAttachmentURL


def _folder(member: str) -> str:
    below = member.split(_MESSAGES, 1)[1] if _MESSAGES in member else ""
    return "/".join(p for p in below.split("/")[:-1] if p)


def _mark(tag: str, text: str) -> Sensitivity | None:
    """What an element whose name states a sensitivity or a private flag says (None: says nothing)."""
    value = text.strip()
    if "sensitiv" in tag.lower():
        if value.isdigit():
            return sensitivity_from_number(value)
        return sensitivity_from_name(value) if value else "unreadable"
    low = value.lower()
    if low in _FALSE:
        return None
    return "private" if low in _TRUE else "unreadable"


def parse_message(data: bytes, member: str) -> OlmMessage:
    """The message's metadata, body and attachment paths; XML that cannot be parsed is ``unreadable``."""
    folder = _folder(member)
    try:
        root = _root(data, member)
    except (ExtractionError, LimitExceeded):
        return OlmMessage(MailMeta(folder=folder, sensitivity="unreadable"))
    marks: list[Sensitivity] = []
    subject, body, html = "", "", ""
    keywords: list[str] = []
    to: list[str] = []
    cc: list[str] = []
    sender = ""
    attachments: list[str] = []
    for elem in root.iter():
        tag = local(elem.tag)
        text = "".join(elem.itertext()) if len(elem) == 0 else (elem.text or "")
        if tag == "OPFMessageCopySubject":
            subject = text.strip()
        elif tag == "OPFMessageCopyBody":
            body = "".join(elem.itertext())
        elif tag == "OPFMessageCopyHTMLBody":
            html = "".join(elem.itertext())
        elif tag == "category":
            keywords.append(attr(elem, "OPFCategoryCopyName") or text.strip())
        elif tag == "messageAttachment":
            url = attr(elem, "OPFAttachmentURL")
            if url:
                attachments.append(posixpath.normpath(url.replace("\\", "/")).lstrip("/"))
        if _MARK.search(tag) and tag != "OPFMessageCopySubject":
            said = _mark(tag, text)
            if said is not None:
                marks.append(said)
        for key, value in elem.attrib.items():
            if _MARK.search(local(key)):
                said = _mark(local(key), value)
                if said is not None:
                    marks.append(said)
    for elem in root.iter():
        tag = local(elem.tag)
        found = [a for inner in elem.iter() if (a := attr(inner, "OPFContactEmailAddressAddress"))]
        if tag in ("OPFMessageCopySenderAddress", "OPFMessageCopyFromAddresses"):
            sender = sender or (found[0] if found else "")
        elif tag == "OPFMessageCopyToAddresses":
            to += found
        elif tag == "OPFMessageCopyCCAddresses":
            cc += found
    meta = MailMeta(
        subject=subject,
        sender=sender,
        to=tuple(to),
        cc=tuple(cc),
        folder=folder,
        sensitivity=most_restrictive(marks),
        keywords=tuple(k for k in keywords if k),
    )
    return OlmMessage(meta, body or (html_to_text(html) if html else ""), attachments)


def _root(data: bytes, member: str) -> Element:
    root: Element | None = None
    for event, elem in iter_events(data, f"{member}: Outlook for Mac message", ("end",)):
        if event == "end":
            root = elem
    if root is None:
        raise ExtractionError(f"{member}: empty Outlook for Mac message")
    return root


def extract_olm_message(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    """One message of an OLM archive: decided before its body is read, like any message."""
    member = item.location.rsplit("!/", 1)[-1]
    message = parse_message(data, member)
    meta = message.meta
    reason, inspect = decide_private(meta, ctx.config)
    if reason and not inspect:
        return private_result(MESSAGE_MIME, meta, reason)
    parts = header_parts(meta) + ([TextPart(message.body, "body")] if message.body.strip() else [])
    metadata = {"private_reason": reason, "inspected_private": True} if reason else {}
    return Extracted(mime=MESSAGE_MIME, parts=parts, mail=meta, metadata=metadata)


def extract_withheld(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    """An attachment file of an OLM archive that no normal message names: private, not read."""
    meta = item.mail or MailMeta(sensitivity="unreadable")
    item.mail = None
    reason, inspect = decide_private(meta, ctx.config)
    if inspect:
        return Extracted(mime=WITHHELD_MIME, parts=[], mail=meta, metadata={"inspected_private": True})
    return private_result(WITHHELD_MIME, meta, reason or "sensitivity_unreadable")


def readable_attachments(messages: dict[str, OlmMessage], ctx: ExtractContext) -> set[str]:
    """The attachment paths some message decided normal names (only those are read)."""
    out: set[str] = set()
    for message in messages.values():
        reason, inspect = decide_private(message.meta, ctx.config)
        if reason is None or inspect:
            out.update(message.attachments)
    return out


_PLAN_MAX = 16 << 20  # a message XML larger than this is not looked into for the plan: its attachments are withheld


@dataclass
class OlmPlan:
    """Which attachment files of an OLM archive may be read, and why the others are withheld."""

    readable: set[str]  # the paths (as the messages write them) normal messages name
    owners: dict[str, MailMeta]  # such a path -> the private message naming it

    def _named(self, member: str, paths: Iterable[str]) -> str | None:
        """The path a message wrote that names ``member`` (the archive's path, or its tail), else None."""
        for path in paths:
            if member == path or member.endswith("/" + path):
                return path
        return None

    def may_read(self, member: str) -> bool:
        """Read when a normal message names it and no private one does."""
        name = posixpath.basename(member)
        return self._named(member, self.readable_by_name.get(name, ())) is not None and self.owner(member) is None

    def owner(self, member: str) -> MailMeta | None:
        path = self._named(member, self.owners_by_name.get(posixpath.basename(member), ()))
        return None if path is None else self.owners[path]

    def __post_init__(self) -> None:
        self.readable_by_name: dict[str, list[str]] = {}
        for path in self.readable:
            self.readable_by_name.setdefault(posixpath.basename(path), []).append(path)
        self.owners_by_name: dict[str, list[str]] = {}
        for path in self.owners:
            self.owners_by_name.setdefault(posixpath.basename(path), []).append(path)

    def withheld(self, parent: Item, member: str, stored: str) -> Item:
        child = child_item(parent, member, b"", stored_as=stored, mime_hint=WITHHELD_MIME)
        child.mail = self.owner(stored) or MailMeta(sensitivity="unreadable")
        return child


def olm_plan(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], item: Item, ctx: ExtractContext) -> OlmPlan:
    """Every message XML read once for its privacy and the attachments it names (not its body)."""
    messages: dict[str, OlmMessage] = {}
    for info in infos:
        if not is_message_member(info.filename) or info.flag_bits & 0x1:
            continue
        try:
            with zf.open(info) as fh:
                data = fh.read(_PLAN_MAX + 1)
        except (OSError, zipfile.BadZipFile, EOFError, ValueError, NotImplementedError):
            continue
        if len(data) <= _PLAN_MAX:
            messages[info.filename] = parse_message(data, info.filename)
    owners: dict[str, MailMeta] = {}
    for message in messages.values():
        reason, inspect = decide_private(message.meta, ctx.config)
        if reason and not inspect:
            owners.update(dict.fromkeys(message.attachments, message.meta))
    return OlmPlan(readable_attachments(messages, ctx) - set(owners), owners)
