"""IMAP BODYSTRUCTURE (RFC 3501 7.4.2) read far enough to find the parts whose headers decide privacy before a
message is downloaded: the signed part of every ``multipart/signed`` (header protection repeats the message's
headers there, ``Sensitivity: Private`` included) and any TNEF part (winmail.dat), whose sensitivity only its
content holds. Attached messages (``message/rfc822``) are not looked into: they decide for themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_TOKEN = re.compile(rb'\s*(?:(\()|(\))|"((?:[^"\\]|\\.)*)"|([^\s()"]+))', re.DOTALL)
_LITERAL_END = re.compile(rb"\{(\d+)\}\s*$")
_TNEF_TYPES = frozenset({("application", "ms-tnef"), ("application", "vnd.ms-tnef")})
_DEPTH = 100  # nesting followed, at most (a hostile server's answer is data too)


@dataclass
class Structure:
    """What a message's BODYSTRUCTURE says about privacy before its download."""

    signed: list[str] = field(default_factory=list)  # sections whose MIME headers are the signed part's
    tnef: list[str] = field(default_factory=list)  # sections of TNEF parts
    unreadable: bool = False  # the answer could not be parsed


def joined(data: list[Any]) -> list[bytes]:
    """imaplib's FETCH answer (lines, and (line, literal) tuples) as one line per message, each literal written
    as a quoted string."""
    lines: list[bytes] = []
    current = b""
    for entry in data:
        if isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], bytes):
            head, literal = entry[0], entry[1] if isinstance(entry[1], bytes) else b""
            m = _LITERAL_END.search(head)
            if m and re.match(rb"\d+ \(", head) and current:
                lines.append(current)
                current = b""
            head = head[: m.start()] if m else head
            current += head + b'"' + literal.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'
        elif isinstance(entry, bytes):
            if re.match(rb"\d+ \(", entry) and current:
                lines.append(current)
                current = b""
            current += entry
    if current:
        lines.append(current)
    return lines


def parse(line: bytes) -> list[Any] | None:
    """A FETCH line's parenthesised list as nested lists of bytes (NIL as None); None when it is not one."""
    start = line.find(b"(")
    if start < 0:
        return None
    stack: list[list[Any]] = [[]]
    pos = start
    while pos < len(line):
        m = _TOKEN.match(line, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
        if m.group(1):
            if len(stack) > _DEPTH:
                return None
            stack.append([])
        elif m.group(2):
            if len(stack) == 1:
                return None
            done = stack.pop()
            stack[-1].append(done)
            if len(stack) == 1:
                return stack[0][0] if isinstance(stack[0][0], list) else None
        elif m.group(3) is not None:
            stack[-1].append(re.sub(rb"\\(.)", rb"\1", m.group(3)))
        else:
            atom = m.group(4)
            stack[-1].append(None if atom.upper() == b"NIL" else atom)
    return None


def item_of(fetch: list[Any], name: bytes) -> Any:
    """The value after ``name`` in a FETCH attribute list (``UID 5 BODYSTRUCTURE (...)``)."""
    for i in range(0, len(fetch) - 1):
        if isinstance(fetch[i], bytes) and fetch[i].upper() == name:
            return fetch[i + 1]
    return None


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace").strip().lower() if isinstance(value, bytes) else ""


def _params(value: Any) -> dict[str, str]:
    if not isinstance(value, list):
        return {}
    return {_text(value[i]): _text(value[i + 1]) for i in range(0, len(value) - 1, 2)}


def structure(body: Any) -> Structure:
    """The sections to look at in a parsed BODYSTRUCTURE."""
    found = Structure()
    if not isinstance(body, list) or not body:
        found.unreadable = True
        return found
    _walk(body, "", found, 0)
    return found


def _walk(body: list[Any], section: str, found: Structure, depth: int) -> None:
    if depth > _DEPTH:
        found.unreadable = True
        return
    if isinstance(body[0], list):  # multipart: the parts (the leading lists), then the subtype, then extensions
        leading: list[list[Any]] = []
        for value in body:
            if not isinstance(value, list):
                break
            leading.append(value)
        subtype = _text(body[len(leading)]) if len(body) > len(leading) else ""
        for n, part in enumerate(leading, start=1):
            child = f"{section}.{n}" if section else str(n)
            if subtype == "signed" and n == 1:
                found.signed.append(child)
            if part:
                _walk(part, child, found, depth + 1)
        return
    kind = (_text(body[0]), _text(body[1]) if len(body) > 1 else "")
    if kind in _TNEF_TYPES or (kind != ("message", "rfc822") and _named_winmail(body)):
        found.tnef.append(section or "1")


def _named_winmail(body: list[Any]) -> bool:
    """A part named ``winmail.dat`` by its type's ``name`` or its disposition's ``filename`` parameter (also
    RFC 2231 ``name*``/``filename*``), whatever type it says it is."""
    lists = [body[2] if len(body) > 2 else None]
    lists += [value[1] for value in body[3:] if isinstance(value, list) and len(value) == 2]  # disposition
    for params in lists:
        for key, value in _params(params).items():
            if key.rstrip("*").split("*")[0] in ("name", "filename") and value.endswith("winmail.dat"):
                return True
    return False
