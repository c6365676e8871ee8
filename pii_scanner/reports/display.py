"""Locations as people read them in reports and the console.

The index keeps locations as URIs (percent-encoded, ``file://``); a person looks for
``/srv/share/Bogføring/2015/løn.csv``, not ``file:///srv/share/Bogf%C3%B8ring/...``. Masking has
already been applied to what the index holds; this only changes the spelling.
"""

from __future__ import annotations

from urllib.parse import unquote

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
    text = unquote(str(location))
    if text.startswith("file:///"):
        text = text[len("file://") :]
        if len(text) > 2 and text[2] == ":":  # file:///C:/... -> C:/...
            text = text[1:]
    return text
