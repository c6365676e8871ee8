"""Plain data types shared by every stage (sources -> extract -> detect -> classify -> store -> reports).

This module sits below all stages: any stage may import it, it imports no stage.
Plaintext values live only in memory (``Finding.value``); what leaves the process goes through
:mod:`pii_scanner.core.privacy` first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from pii_scanner.core.names import needs_escaping, printable, printable_uri
from pii_scanner.core.privacy import mask_email, mask_value, scrub, scrub_location, scrub_text

if TYPE_CHECKING:
    from pii_scanner.core.finding_log import FindingLog

Origin = Literal["local", "removable", "share", "mail", "stdin", "unknown"]
Sensitivity = Literal["normal", "personal", "private", "confidential", "unreadable"]

# Flags used across the project (DESIGN.md).
FLAG_UNENCRYPTED_CPR = "unencrypted_cpr"
FLAG_PRIVATE_MAIL = "private_mail"
FLAG_REMOVABLE_MEDIA = "removable_media"
FLAG_LOCAL_STORAGE = "local_storage"
FLAG_PAST_RETENTION = "past_retention"
FLAG_SPECIAL_CATEGORY = "special_category"
# Not a violation: the item was not read (a binary type no extractor reads), so "no findings" means "not looked".
FLAG_NOT_READ = "not_read"
FLAG_SKIPPED = "skipped"  # not read because the configuration says so (the reason is in the record)

# Separator placed between the text parts of one item; offsets count it.
PART_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a candidate became a finding (Presidio's AnalysisExplanation, slimmed)."""

    recognizer: str
    pattern: str
    checksum: str | None = None  # "valid", "invalid", "exempt" (CPR 1 Jan list), None = no checksum
    context: tuple[str, ...] = ()  # context words seen near the match
    negative_context: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[type[Explanation], tuple[Any, ...]]:
        # Pickled as its fields in order (see Finding.__reduce__).
        return (
            Explanation,
            (self.recognizer, self.pattern, self.checksum, self.context, self.negative_context, self.notes),
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "recognizer": self.recognizer,
            "pattern": self.pattern,
            "checksum": self.checksum,
            "context": list(self.context),
            "negative_context": list(self.negative_context),
            "notes": list(self.notes),
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data found in one item's extracted text.

    ``value`` is the text as written and ``normalized`` the compact form (DESIGN.md contract);
    both are plaintext and must never be written out unless the user asked for values.
    """

    entity_type: str
    start: int
    end: int
    score: float
    value: str
    normalized: str
    explanation: Explanation
    subtype: str | None = None
    part: str | None = None  # label of the text part the finding is in (e.g. "body", "sheet:Løn")

    def __reduce__(self) -> tuple[type[Finding], tuple[Any, ...]]:
        # Pickled as its fields in order, rebuilt by the constructor: findings are pickled by the
        # hundred thousand (spilled to a FindingLog's file, results sent back by pool workers), and the
        # frozen dataclass's own state functions look the fields up again for every object.
        return (
            Finding,
            (
                self.entity_type,
                self.start,
                self.end,
                self.score,
                self.value,
                self.normalized,
                self.explanation,
                self.subtype,
                self.part,
            ),
        )

    def __repr__(self) -> str:
        # A repr lands in notebooks, logs and tracebacks: the value masked, never as written.
        masked = mask_value(self.entity_type, self.value, self.normalized)
        return (
            f"Finding({self.entity_type} {masked!r}, {self.start}:{self.end}, score={self.score}, "
            f"part={_safe(self.part)!r}, subtype={self.subtype!r}, recognizer={self.explanation.recognizer!r})"
        )


@dataclass(frozen=True, slots=True)
class MailMeta:
    """Metadata of a mail message; enough to apply the mail policies without reading the body."""

    subject: str = ""
    sender: str = ""
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    date: datetime | None = None
    folder: str = ""
    sensitivity: Sensitivity = "normal"
    message_class: str = "IPM.Note"
    message_id: str = ""
    mailbox: str = ""
    # Keywords (tags) a mail store wrote into the message: Dovecot's mbox ``X-Keywords``, Thunderbird's
    # ``X-Mozilla-Keys``; the same IMAP keywords the IMAP source reads as flags.
    keywords: tuple[str, ...] = ()

    @property
    def recipients(self) -> tuple[str, ...]:
        return self.to + self.cc + self.bcc

    def __repr__(self) -> str:
        return (
            f"MailMeta(sender={_address(self.sender)!r}, recipients={len(self.recipients)}, "
            f"subject=<{len(self.subject)} characters>, date={self.date!r}, folder={_safe(self.folder)!r}, "
            f"sensitivity={self.sensitivity!r}, message_class={_safe(self.message_class)!r}, "
            f"mailbox={_address(self.mailbox)!r})"
        )


@dataclass(slots=True)
class Item:
    """Something a source yields: a file, an archive member, a mail message or an attachment.

    ``read`` returns the raw bytes lazily so sources can yield without holding content in memory.
    ``data`` may be given instead for members already in memory.
    """

    location: str  # full URI down to the member, e.g. file:///x/a.zip!/b/c.docx
    path: str  # the outer file (or mailbox URI) that holds it
    name: str = ""
    size: int | None = None
    mtime: datetime | None = None
    owner: str = ""
    origin: Origin = "unknown"
    source: str = ""  # name of the configured source that yielded it
    change_key: str | None = None  # mail change key / etag / size+mtime signature
    mail: MailMeta | None = None
    data: bytes | None = None
    read: Callable[[], bytes] | None = None
    mime_hint: str | None = None  # a content type the source already knows (MIME part headers)
    depth: int = 0  # nesting depth inside archives / attachments
    # What steers the stages is typed; ``metadata`` only carries informational extras.
    deleted: bool = False  # a tombstone: the source says this item is gone (mail servers)
    source_error: str | None = None  # the source could not read it: an error record, never opened
    listing_error: bool = False  # a folder that could not be listed: the source's listing is incomplete
    encrypted_reason: str | None = None  # a member that cannot be opened without a password
    outlook_verdict: str | None = None  # a verdict the owner set in Outlook ("found", "false_positive")
    metadata: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Names of any bytes (surrogateescape) in their lossless printable forms: everything
        # downstream (JSON, CSV, the index, fingerprints of locations) needs valid Unicode.
        if needs_escaping(self.location):
            self.location = printable_uri(self.location)
        if needs_escaping(self.path):
            self.path = printable(self.path)
        if needs_escaping(self.name):
            self.name = printable(self.name)

    def __repr__(self) -> str:
        data = "None" if self.data is None else f"<{len(self.data)} bytes>"
        return (
            f"Item(location={_safe(self.location)!r}, path={_safe(self.path)!r}, name={_safe(self.name)!r}, "
            f"size={self.size!r}, mtime={self.mtime!r}, origin={self.origin!r}, source={_safe(self.source)!r}, "
            f"mime_hint={self.mime_hint!r}, depth={self.depth}, deleted={self.deleted}, "
            f"source_error={_safe(self.source_error)!r}, encrypted_reason={_safe(self.encrypted_reason)!r}, "
            f"mail={self.mail!r}, data={data}, metadata=<keys {sorted(self.metadata)}>)"
        )

    def content(self) -> bytes:
        if self.data is not None:
            return self.data
        if self.read is not None:
            return self.read()
        return b""


@dataclass(slots=True)
class TextPart:
    """A piece of text extracted from an item, labelled by where it came from."""

    text: str
    label: str = "body"  # "body", "header", "footer", "comment", "notes", "sheet:<name>", "ocr", "subject"
    lang: str | None = None

    def __repr__(self) -> str:
        return f"TextPart(<{len(self.text)} characters>, label={_safe(self.label)!r}, lang={self.lang!r})"


@dataclass(frozen=True, slots=True)
class PartPiece:
    """A piece of a document's text read out of the file in order (``Extracted.part_stream``).

    ``start`` marks the first piece of a new text part (parts with the same label may follow each
    other); the pieces of a part joined give the part's text. A piece with ``error`` carries no text:
    that piece of the document (a page, a sheet, a header) could not be read; the rest still comes.
    """

    text: str
    label: str = "body"
    start: bool = False
    error: str | None = None

    def __repr__(self) -> str:
        return (
            f"PartPiece(<{len(self.text)} characters>, label={_safe(self.label)!r}, start={self.start}, "
            f"error={_safe(self.error)!r})"
        )


@dataclass(slots=True)
class Extracted:
    """What extraction made of one item: text parts, child items, encryption state, error."""

    mime: str
    parts: list[TextPart] = field(default_factory=list)
    # May be a generator: containers with many members (mailbox files) yield them lazily.
    children: Iterable[Item] = field(default_factory=list)
    encrypted: bool = False
    encryption_reason: str | None = None
    error: str | None = None
    mail: MailMeta | None = None  # a parsed message's metadata; the pipeline moves it onto the item
    metadata: dict[str, Any] = field(default_factory=dict)
    # Large plain text read in pieces instead of ``parts`` (one "body" part, never held whole):
    # each call starts over and yields the decoded text in order.
    stream: Callable[[], Iterator[str]] | None = None
    # A large document (PDF, DOCX, XLSX, ODF...) read out of the file piece by piece instead of
    # ``parts``: called once, yields its parts' text in order (see PartPiece).
    part_stream: Callable[[], Iterator[PartPiece]] | None = None

    def text(self) -> str:
        """The item's extracted text; finding offsets index into this string."""
        return PART_SEPARATOR.join(p.text for p in self.parts)

    def __repr__(self) -> str:
        return (
            f"Extracted(mime={self.mime!r}, parts={self.parts!r}, encrypted={self.encrypted}, "
            f"encryption_reason={_safe(self.encryption_reason)!r}, error={_safe(self.error)!r}, mail={self.mail!r})"
        )


@dataclass(slots=True)
class ItemResult:
    """One scanned item with its findings and the classifier's verdicts (before storage/output)."""

    item: Item
    mime: str = "application/octet-stream"
    # A list, or for items with very many findings a FindingLog (bounded memory, spilled encrypted).
    findings: list[Finding] | FindingLog = field(default_factory=list)
    encrypted: bool = False
    encryption_reason: str | None = None
    private: bool = False
    flags: list[str] = field(default_factory=list)
    error: str | None = None
    categories: list[str] = field(default_factory=list)  # GDPR art. 9/10 special categories
    doc_type: str | None = None
    risk: str | None = None
    risk_reasons: list[str] = field(default_factory=list)
    external_recipients: bool | None = None
    content_hash: str | None = None
    text_length: int = 0
    languages: list[str] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    parent: str | None = None  # location of the containing item, for members and attachments
    # Why each category was set: sentence offsets, masked person/identifier span, confidence.
    category_evidence: list[dict[str, Any]] = field(default_factory=list)
    # Sweeps: the numbers and addresses the text writes only encoded (detect.known.encoded_values). The store
    # keeps keyed traces of them and nothing else; never written out, never in repr.
    encoded_values: set[str] = field(default_factory=set)

    def add_flag(self, flag: str) -> None:
        if flag not in self.flags:
            self.flags.append(flag)

    def __repr__(self) -> str:
        findings = self.findings if isinstance(self.findings, list) else f"<{len(self.findings)} findings>"
        return (
            f"ItemResult(item={self.item!r}, mime={self.mime!r}, findings={findings!r}, "
            f"encrypted={self.encrypted}, private={self.private}, flags={self.flags!r}, error={_safe(self.error)!r}, "
            f"categories={self.categories!r}, doc_type={self.doc_type!r}, risk={self.risk!r}, "
            f"parent={_safe(self.parent)!r})"
        )


def _safe(text: str | None) -> str | None:
    """Names, locations and messages as every default output shows them: identifiers and e-mail
    addresses masked (a file named after a CPR is personal data)."""
    return None if text is None else scrub_text(scrub_location(text) or "")


def _address(value: str) -> str:
    return mask_email(value) if "@" in value else (scrub(value) or "")


# A database row as the SQL source hands it to extraction: a JSON object of its text columns.
DB_ROW_MIME = "application/x-pii-scanner-row+json"
# Result metadata: the From addresses of the private messages in a file made private by them (a digest, an
# export) beyond the first (MailMeta.sender); the index keeps their keyed fingerprints only.
PRIVATE_SENDERS = "private_senders"
