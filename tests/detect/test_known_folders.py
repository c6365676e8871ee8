"""The folders an item lies in, as its location names them: never the item's own name, whatever its bytes."""

from __future__ import annotations

from pii_scanner.core.model import Item
from pii_scanner.detect.known import folders_of


def _item(location: str, name: str, depth: int = 0) -> Item:
    return Item(location=location, path=location, name=name, depth=depth)


def test_a_name_that_is_not_utf8_is_not_taken_for_a_folder() -> None:
    # A tar member stored with Latin-1 bytes: the location escapes the byte, the name holds it as a surrogate.
    member = _item("file:///share/latin1.tar!/s%F8ren%20notat.txt", "s\udcf8ren notat.txt", depth=1)
    assert folders_of(member) == "/share/latin1.tar!/"


def test_folders_are_kept_and_the_name_cut() -> None:
    assert folders_of(_item("file:///share/Sag%20A/notat.txt", "notat.txt")) == "/share/Sag A/"
    assert folders_of(_item("file:///share/a.zip!/sub/f.txt", "f.txt", depth=1)) == "/share/a.zip!/sub/"
    assert folders_of(_item("imap://host/INBOX/1", "1")) == ""
