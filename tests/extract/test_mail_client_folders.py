"""Mail kept on disk by a mail client carries its folder tree in directory names. A subfolder of a folder
marked private is private in a PST or on IMAP (the folder path is judged whole); on disk it was read:
Thunderbird's ``Privat.sbd/Tandlæge`` mbox counted as the folder "Tandlæge", Apple Mail's ``.emlx`` files
in ``Privat.mbox`` and Maildir++ ``.Privat`` messages had no folder at all."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from click.testing import CliRunner

from pii_scanner.cli.main import main
from pii_scanner.core.model import Item, ItemResult
from pii_scanner.pipeline import Processor
from tests.helpers.mail_messages import CONFIG, make_mail, mbox_bytes, process
from tests.servers import dovecot

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


# Maildir folders kept as plain directories: Dovecot LAYOUT=fs, mbsync "SubFolders Verbatim", offlineimap.
# (place under the scanned root -> private?); each message holds one CPR.
PLAIN_MAILDIR_TREES = {
    "Dovecot LAYOUT=fs": {
        "Maildir/cur/1.M1.host:2,S": False,  # the inbox
        "Maildir/Privat/cur/2.M2.host:2,S": True,
        "Maildir/Privat/Laege/new/3.M3.host": True,
        "Maildir/Arbejde/cur/4.M4.host:2,S": False,
    },
    "mbsync, a parent folder without mail of its own": {
        "Mail/INBOX/cur/1.M1.host:2,S": False,
        "Mail/Personligt/Tandlaege/cur/2.M2.host:2,S": True,  # Personligt holds no cur/new/tmp
        "Mail/Arbejde/Sager/cur/3.M3.host:2,S": False,
    },
    "offlineimap, '.' separated names": {
        "Mail/firma/INBOX/cur/1.M1.host:2,S": False,
        "Mail/firma/Privat.Laege/cur/2.M2.host:2,S": True,
    },
    "a Maildir lying in an ordinary directory named Privat": {
        "Privat/Maildir/cur/1.M1.host:2,S": False,  # Privat also holds a document: no mail folder
    },
}


def _plain_maildir(root: Path, tree: dict[str, bool]) -> None:
    for place in tree:
        message = root / place
        for leaf in ("cur", "new", "tmp"):
            (message.parent.parent / leaf).mkdir(parents=True, exist_ok=True)
        message.write_bytes(MESSAGE)
    if any(p.startswith("Privat/Maildir/") for p in tree):
        (root / "Privat" / "referat.txt").write_text("Referat\n")
    (root / "noter.txt").write_text("Ingen post her\n")  # the scanned root is an ordinary directory


def _scan(path: Path) -> list[dict[str, Any]]:
    result = CliRunner().invoke(main, ["scan", str(path), "--no-ner", "--workers", "1", "--format", "jsonl"])
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def _privacy(records: list[dict[str, Any]], root: str) -> dict[str, tuple[bool, int]]:
    """Message place under ``root`` -> (private, CPRs reported)."""
    items = {r["location"]: r for r in records if r.get("record") == "item" and r.get("mail")}
    cprs = dict.fromkeys(items, 0)
    for r in records:
        if r.get("entity_type") == "DK_CPR" and r.get("location") in cprs:
            cprs[r["location"]] += 1
    return {unquote(loc).split(root + "/", 1)[1]: (bool(items[loc]["private"]), cprs[loc]) for loc in items}


@pytest.mark.parametrize("layout", PLAIN_MAILDIR_TREES)
def test_a_maildir_kept_as_plain_directories_judges_its_folder_tree(layout: str, tmp_path: Path) -> None:
    tree = PLAIN_MAILDIR_TREES[layout]
    _plain_maildir(tmp_path, tree)
    found = _privacy(_scan(tmp_path), str(tmp_path))
    assert found == {place: (private, 0 if private else 1) for place, private in tree.items()}, layout


def test_a_zip_of_a_maildir_kept_as_plain_directories_keeps_its_private_folders(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "post.zip", "w") as zf:
        zf.writestr("backup/Maildir/Privat/Laege/new/3.M3.host", MESSAGE)
        zf.writestr("backup/Maildir/Arbejde/cur/4.M4.host:2,S", MESSAGE)
    found = _privacy(_scan(tmp_path), str(tmp_path))
    assert found == {
        "post.zip!/backup/Maildir/Privat/Laege/new/3.M3.host": (True, 0),
        "post.zip!/backup/Maildir/Arbejde/cur/4.M4.host:2,S": (False, 1),
    }


def test_a_real_dovecot_layout_fs_maildir_keeps_its_private_folders(tmp_path: Path) -> None:
    """Dovecot (``mail_location = maildir:...:LAYOUT=fs``) writes the folders it is asked for over IMAP;
    ``Personligt`` is only the parent of ``Personligt/Tandlaege`` (never created itself)."""
    if not dovecot.available():
        pytest.skip("dovecot not installed")
    with dovecot.run_dovecot(layout="fs") as srv:
        client: Any = dovecot.imap_client(srv)
        for folder in ("Privat", "Personligt/Tandlaege", "Arbejde"):
            client.create(folder)
            client.append(folder, None, None, MESSAGE)
        client.append("INBOX", None, None, MESSAGE)
        client.logout()
        shutil.copytree(srv.root / "mail" / srv.user, tmp_path / "Maildir")
    assert (tmp_path / "Maildir" / "Personligt" / "Tandlaege" / "cur").is_dir()  # plain directories, not .Privat
    assert not (tmp_path / "Maildir" / "Personligt" / "cur").exists()
    found = _privacy(_scan(tmp_path), str(tmp_path))
    by_folder = {place.rsplit("/", 2)[0]: seen for place, seen in found.items()}
    assert by_folder == {
        "Maildir": (False, 1),
        "Maildir/Privat": (True, 0),
        "Maildir/Personligt/Tandlaege": (True, 0),
        "Maildir/Arbejde": (False, 1),
    }


def test_mh_folders_are_judged_by_their_folder_tree(tmp_path: Path) -> None:
    """MH (nmh, Claws Mail, Sylpheed): a folder is a directory of numbered message files with the client's
    marks (``.mh_sequences``, ``.claws_mark``); ``Mail/Privat/1`` was read as an ordinary file."""
    mail = tmp_path / "Mail"
    tree = {
        "Mail/inbox/1": False,
        "Mail/Privat/1": True,
        "Mail/Privat/2": True,
        "Mail/Privat/Laege/1": True,  # a subfolder of a private folder that has mail of its own
        "Mail/Arbejde/7": False,
        "share/Privat/3": False,  # a numbered file in an ordinary directory named Privat: no MH folder
    }
    for place in tree:
        (tmp_path / place).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / place).write_bytes(MESSAGE)
    (mail / "context").write_text("Current-Folder: inbox\n")
    for folder, mark in (("inbox", ".mh_sequences"), ("Privat", ".mh_sequences"), ("Privat/Laege", ".claws_mark")):
        (mail / folder / mark).write_text("unseen: 1\n")
    (mail / "Arbejde" / ".sylpheed_mark").write_bytes(b"\x00")
    (tmp_path / "share" / "Privat" / "referat.txt").write_text("Referat\n")
    found = _privacy(_scan(tmp_path), str(tmp_path))
    assert found == {place: (private, 0 if private else 1) for place, private in tree.items()}
