"""File and member names of any bytes, made printable without losing what they were.

Names come in as ``str`` decoded with ``surrogateescape`` (``os.fsdecode``): a byte that is not
valid UTF-8 becomes a lone surrogate U+DC80..U+DCFF. Such a string cannot be written as UTF-8
(JSON, CSV, SQLite, PostgreSQL all refuse it), so everything that leaves the process uses the
printable forms below. Names that are valid Unicode pass unchanged.

- :func:`printable` (paths and names): each undecodable byte as ``\\xNN`` (Python's
  ``backslashreplace`` spelling), any other lone surrogate (possible in Windows names) as ``\\udNNN``.
- :func:`printable_uri` (locations): each undecodable byte percent-encoded as ``%NN``, the URI
  spelling of a byte, so a ``file:`` URI reads back to the same bytes.

:func:`os_name` turns the printable path form back into the name the operating system knows.
"""

from __future__ import annotations

import re

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_BYTE = re.compile(r"\\x([89a-f][0-9a-f])")


def needs_escaping(text: str) -> bool:
    """True when ``text`` holds a lone surrogate (it cannot be encoded as UTF-8)."""
    return _LONE_SURROGATE.search(text) is not None


def _byte_or_surrogate(match: re.Match[str], byte_form: str) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte carried by surrogateescape
        return byte_form % (code - 0xDC00)
    return f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with undecodable bytes spelt ``\\xNN``; unchanged when it is valid Unicode.

    >>> printable("bad\\udcff\\udcfename.txt")
    'bad\\\\xff\\\\xfename.txt'
    >>> printable("søren.txt")
    'søren.txt'
    """
    if not needs_escaping(text):
        return text
    return _LONE_SURROGATE.sub(lambda m: _byte_or_surrogate(m, "\\x%02x"), text)


def printable_uri(text: str) -> str:
    """A location with undecodable bytes percent-encoded (``%FF``); unchanged when valid Unicode.

    >>> printable_uri("file:///a.tar!/s\\udcf8ren.txt")
    'file:///a.tar!/s%F8ren.txt'
    """
    if not needs_escaping(text):
        return text
    return _LONE_SURROGATE.sub(lambda m: _byte_or_surrogate(m, "%%%02X"), text)


def os_name(shown: str) -> str:
    """The operating system's name (surrogateescape ``str``) for a :func:`printable` path.

    >>> os_name(printable("bad\\udcffname")) == "bad\\udcffname"
    True
    """
    return _ESCAPED_BYTE.sub(lambda m: chr(0xDC00 + int(m.group(1), 16)), shown)
