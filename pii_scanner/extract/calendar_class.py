"""Privacy marks of calendar items and contacts (iCalendar, vCalendar 1.0, vCard): the ``CLASS`` property.

An appointment or contact marked private in Outlook, Exchange or a CalDAV server carries PR_SENSITIVITY
in a PST and ``CLASS:PRIVATE`` (or ``CONFIDENTIAL``) once exported to an ``.ics``/``.vcs``/``.vcf`` file
or sent as an invitation. It is the same mark as a private message's, so it gets the same decision
(``core.mail_policy.private_reason``). RFC 5545 3.8.1.3 says a CLASS value an application does not
know must be treated as PRIVATE, which is also this project's fail-closed rule (``unreadable``).

Only parsing lives here (no items): the file extractor and the mail extractor both use it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from pii_scanner.core.mail_policy import most_restrictive
from pii_scanner.core.model import Sensitivity
from pii_scanner.extract.text import utf16_without_bom, utf32_without_bom

CALENDAR_TYPES = frozenset(
    {"text/calendar", "text/x-vcalendar", "application/ics", "text/vcard", "text/x-vcard", "text/directory"}
)
# RFC 5545 CLASS, RFC 2426 (vCard 3) CLASS, and Apple's calendar-wide X-CALENDARSERVER-ACCESS.
_CLASS_VALUES: dict[str, Sensitivity] = {
    "public": "normal",
    "private": "private",
    "confidential": "confidential",
    "restricted": "private",  # X-CALENDARSERVER-ACCESS: only the times are shown to others
}
_CLASS_NAMES = frozenset({"class", "x-calendarserver-access"})
_START = re.compile(rb"(?:\xef\xbb\xbf)*\s*begin[ \t]*[:;][ \t]*(vcalendar|vcard)\b", re.IGNORECASE)
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_NAME = re.compile(r"[ \t]*([A-Za-z0-9-]+)")
_WRAPPERS = frozenset({"vcalendar"})


def calendar_mime(data: bytes) -> str | None:
    """``text/calendar`` or ``text/vcard`` when ``data`` opens like one (after a byte order mark, blank
    lines, in any case, UTF-16 too), else None: libmagic calls such files ``text/plain``.

    >>> calendar_mime(b"\\xef\\xbb\\xbf\\r\\nbegin:vcalendar\\r\\n"), calendar_mime(b"BEGIN:VCARD\\n")
    ('text/calendar', 'text/vcard')
    >>> calendar_mime(b"Notes: BEGIN:VCALENDAR") is None
    True
    """
    head = data[:4096]
    for bom, encoding in _WIDE_BOMS:
        if head.startswith(bom):
            head = head.decode(encoding, "replace").encode("utf-8", "replace")
            break
    else:
        # UTF-32 or UTF-16 without a mark (PowerShell, .NET): libmagic calls it data, the strings reader would
        # read a CLASS:PRIVATE entry
        wide = (utf32_without_bom(head) if b"\x00\x00" in head[:64] else None) or utf16_without_bom(head)
        if wide is not None:
            head = head[: len(head) - len(head) % 4].decode(wide, "replace").encode("utf-8", "replace")
    m = _START.match(head)
    if m is None:
        return None
    return "text/vcard" if m.group(1).lower() == b"vcard" else "text/calendar"


def class_sensitivity(value: str) -> Sensitivity:
    """One CLASS value: unknown, empty or several values (``PUBLIC,PRIVATE``) are ``unreadable``.

    >>> class_sensitivity(" Private "), class_sensitivity("PUBLIC"), class_sensitivity("X-SECRET")
    ('private', 'normal', 'unreadable')
    """
    words = value.replace(",", " ").replace(";", " ").split()
    if len(words) != 1:
        return "unreadable"
    return _CLASS_VALUES.get(words[0].casefold(), "unreadable")


@dataclass
class Entry:
    """One event, to-do, journal entry or contact: its physical lines and what it says about itself."""

    kind: str
    first: int  # index of its BEGIN line
    last: int  # index of its END line (or the last line when the file is cut short)
    marks: list[Sensitivity] = field(default_factory=list)
    summary: str = ""


@dataclass
class Calendar:
    """A calendar file split into lines, its entries and the marks that apply to all of them."""

    lines: list[str]
    entries: list[Entry]
    wide: list[Sensitivity]  # CLASS / X-CALENDARSERVER-ACCESS outside every entry (the whole calendar)

    def sensitivity(self, entry: Entry | None) -> Sensitivity:
        """The strictest mark of ``entry`` (None: the calendar as a whole) together with the calendar's own."""
        if entry is None:
            return most_restrictive([*self.wide, *(m for e in self.entries for m in e.marks)])
        return most_restrictive([*self.wide, *entry.marks])


def _property(logical: str) -> tuple[str, str] | None:
    """(lower-case name, value) of a content line ``NAME;PARAM="a:b":value``; None when it has no colon."""
    m = _NAME.match(logical)
    if m is None:
        return None
    quoted = False
    for pos in range(m.end(), len(logical)):
        ch = logical[pos]
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return m.group(1).lower(), logical[pos + 1 :].strip()
    return None


def logical_lines(lines: Sequence[str]) -> Iterator[tuple[int, int, str]]:
    """Each logical line of ``lines``, unfolded (a line end then a space or tab continues a line): the index of
    its first physical line, the index after its last, and its text."""
    n = 0
    while n < len(lines):
        first, logical = n, lines[n].rstrip("\r\n")
        n += 1
        while n < len(lines) and lines[n][:1] in (" ", "\t"):
            logical += lines[n].rstrip("\r\n")[1:]
            n += 1
        yield first, n, logical


def parse_calendar(text: str) -> Calendar:
    """Split ``text`` into entries: the components right inside a VCALENDAR (VEVENT, VTODO, VJOURNAL...,
    with their alarms) and top-level vCards. Folded lines (a line end then a space or tab) are unfolded
    before a property is read, so ``CL\\r\\n ASS:PRIVATE`` counts."""
    lines = [line for line in _LINE.findall(text) if line]
    entries: list[Entry] = []
    wide: list[Sensitivity] = []
    stack: list[str] = []
    current: Entry | None = None
    for first, n, logical in logical_lines(lines):
        prop = _property(logical)
        if prop is None:
            continue
        name, value = prop
        if name == "begin":
            kind = value.strip().lower()
            outer = all(s in _WRAPPERS for s in stack)
            if current is None and outer and kind not in _WRAPPERS:
                current = Entry(kind, first, len(lines) - 1)
            stack.append(kind)
        elif name == "end":
            if stack:
                stack.pop()
            if current is not None and all(s in _WRAPPERS for s in stack):
                current.last = n - 1
                entries.append(current)
                current = None
        elif name in _CLASS_NAMES:
            (current.marks if current is not None else wide).append(class_sensitivity(value))
        elif name == "summary" and current is not None and not current.summary:
            current.summary = value
    if current is not None:  # cut short: what was read of it is an entry still
        entries.append(current)
    return Calendar(lines, entries, wide)
