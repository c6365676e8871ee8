"""Mail kept on disk by a mail client carries its folder tree in directory names. A subfolder of a folder
marked private is private in a PST or on IMAP (the folder path is judged whole); on disk it was read:
Thunderbird's ``Privat.sbd/Tandlæge`` mbox counted as the folder "Tandlæge", Apple Mail's ``.emlx`` files
in ``Privat.mbox`` and Maildir++ ``.Privat`` messages had no folder at all."""

from __future__ import annotations

import io
import zipfile

import pytest

from pii_scanner.core.model import Item, ItemResult
from pii_scanner.pipeline import Processor
from tests.helpers.mail_messages import CONFIG, make_mail, mbox_bytes, process

MESSAGE = bytes(make_mail())  # a normal message (no Sensitivity, subject "Løn") holding a CPR
MBOX = mbox_bytes(2)  # two normal messages holding a CPR each

PRIVATE_PLACES = {
    "Thunderbird subfolder": ("/home/jens/.thunderbird/a.default/Mail/Local Folders/Privat.sbd/Tandlæge", MBOX),
    "Thunderbird two levels down": (
        "/home/jens/.thunderbird/a/ImapMail/imap.firma.dk/INBOX.sbd/Personligt.sbd/Læge.sbd/2026",
        MBOX,
    ),
    "Apple Mail": ("/Users/jens/Library/Mail/V10/A1B2/Privat.mbox/C3D4/Data/1/Messages/17.emlx", MESSAGE),
    "Apple Mail subfolder": (
        "/Users/jens/Library/Mail/V10/A1B2/Privat.mbox/Læge.mbox/C3D4/Data/Messages/18.emlx",
        MESSAGE,
    ),
    "Maildir++": ("/home/jens/Maildir/.Privat/cur/1700000000.M1P2.host:2,S", MESSAGE),
    "Maildir++ subfolder": ("/home/jens/Maildir/.Privat.Sager/new/1700000001.M3P4.host", MESSAGE),
}
NORMAL_PLACES = {
    "Thunderbird subfolder": ("/home/jens/.thunderbird/a.default/Mail/Local Folders/Arbejde.sbd/Sager", MBOX),
    "Apple Mail": ("/Users/jens/Library/Mail/V10/A1B2/Arbejde.mbox/C3D4/Data/Messages/17.emlx", MESSAGE),
    "Maildir++": ("/home/jens/Maildir/.Arbejde/cur/1700000000.M1P2.host:2,S", MESSAGE),
    "Maildir inbox": ("/home/jens/Maildir/cur/1700000000.M1P2.host:2,S", MESSAGE),
    "an ordinary directory named Privat (no mail client's layout)": ("/srv/share/Privat/referat.eml", MESSAGE),
}


def _at(path: str, data: bytes) -> list[ItemResult]:
    item = Item(location=f"file://{path}", path=path, name=path.rsplit("/", 1)[1], data=data)
    return Processor.build(CONFIG).process(item)


def _cprs(results: list[ItemResult]) -> int:
    return sum(1 for r in results for f in r.findings if f.entity_type == "DK_CPR")


@pytest.mark.parametrize("place", PRIVATE_PLACES)
def test_messages_in_a_private_folder_of_a_mail_clients_layout_are_not_read(place: str) -> None:
    path, data = PRIVATE_PLACES[place]
    results = _at(path, data)
    messages = [r for r in results if r.item.mail is not None]
    assert messages and all(r.private and "private_mail" in r.flags for r in messages), place
    assert _cprs(results) == 0, f"{place}: a message of a private folder was read"


@pytest.mark.parametrize("place", NORMAL_PLACES)
def test_messages_elsewhere_are_read(place: str) -> None:
    path, data = NORMAL_PLACES[place]
    results = _at(path, data)
    assert _cprs(results) == (2 if data is MBOX else 1) and not any(r.private for r in results)


def test_a_copied_thunderbird_profile_in_a_zip_keeps_its_private_folders() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("Mail/Local Folders/Privat.sbd/Tandlæge", MBOX)
        zf.writestr("Mail/Local Folders/Arbejde.sbd/Sager", MBOX)
    results = process(buf.getvalue(), name="profil.zip")
    private = [r for r in results if r.private]
    assert {r.item.mail.folder for r in private if r.item.mail} == {"Privat/Tandlæge"}
    assert len(private) == 2 and _cprs(results) == 2  # only the two messages of Arbejde/Sager are read


def test_mbox_message_locations_keep_the_mbox_name_alone() -> None:
    # The folder path is the privacy decision's; the location (the item's identity in the index) is unchanged.
    path = PRIVATE_PLACES["Thunderbird subfolder"][0]
    results = _at(path, MBOX)
    assert [r.item.location for r in results[1:]] == [f"file://{path}!/Tandlæge/1", f"file://{path}!/Tandlæge/2"]
