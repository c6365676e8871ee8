"""Locations as people read them in reports and the console.

The index keeps locations as URIs (percent-encoded, ``file://``); a person looks for
``/srv/share/Bogføring/2015/løn.csv``, not ``file:///srv/share/Bogf%C3%B8ring/...``. Masking has
already been applied to what the index holds; this only changes the spelling.
"""

from __future__ import annotations

from urllib.parse import unquote

from pii_scanner.core.names import printable as names_printable
from pii_scanner.reports.cells import printable as cells_printable

LOCATION_COLUMNS = ("location", "path", "folder", "parent", "source", "top_location")


def display_location(location: object) -> str:
    """``file:///srv/a%20b/x.txt`` -> ``/srv/a b/x.txt``; other schemes keep their scheme.

    >>> display_location("file:///srv/share/Bogf%C3%B8ring/l%C3%B8n.csv")
    '/srv/share/Bogføring/løn.csv'
    >>> display_location("imap://mail.example.dk/INBOX/42")
    'imap://mail.example.dk/INBOX/42'
    >>> display_location(None)
    ''
    """
    if location is None:
        return ""
    # Bytes that are no UTF-8 spelt \xNN (two names differing only there must not look alike), then
    # controls and format characters: a right-to-left override (U+202E) would show 'x<RLO>gpj.txt' as
    # 'xtxt.jpg', a line break or a zero-width space hides where one name ends.
    text = shown_text(unquote(str(location), errors="surrogateescape"))
    if text.startswith("file:///"):
        text = text[len("file://") :]
        if len(text) > 2 and text[2] == ":":  # file:///C:/... -> C:/...
            text = text[1:]
    return text


def shown_text(text: object) -> str:
    r"""Text from the index (a name, an error) as people may read it: undecodable bytes as ``\xNN``,
    control and format characters (bidirectional overrides, zero-width, line breaks) as ``\uNNNN``.

    >>> shown_text("x\u202egpj.txt")
    'x\\u202egpj.txt'
    >>> shown_text("a\r\nb")
    'a\\x0d\\x0ab'
    """
    return cells_printable(names_printable(str(text)))
