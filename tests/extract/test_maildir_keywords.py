"""A Maildir message file carries its IMAP keywords in its name: Dovecot renames ``<unique>:2,S`` to
``<unique>:2,Sa`` when a keyword is set and writes ``a`` = ``Privat`` into the folder's
``dovecot-keywords`` file. The private tag lives nowhere else on disk (not in the message), so a sweep of
a Maildir read the message the owner tagged private. A real Dovecot (maildir storage) tags the messages
here; the scan reads the folder it wrote, a zip of it, and a copy without its ``dovecot-keywords``."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pii_scanner.cli.main import main
from pii_scanner.core.model import Item
from pii_scanner.pipeline import Processor
from tests.helpers.mail_messages import CONFIG, CPR, make_mail
from tests.servers import dovecot

# The flags Dovecot is asked to set on message n (1-based), whose body holds n CPR numbers: the scan
# output names no subject, so a message read is known by its number of CPRs.
TAGS = {
    1: r"(NonJunk $label1 Privat \Seen)",
    2: r"($Private)",
    3: r"(NonJunk $label1)",
    4: "",
}
PRIVATE = {1, 2}


def _scan(path: Path) -> tuple[int, list[dict[str, Any]]]:
    result = CliRunner().invoke(main, ["scan", str(path), "--no-ner", "--workers", "1"])
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def _messages(records: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[int]]:
    """The private message items, and the CPR counts of the messages read."""
    items = [r for r in records if r.get("record") == "item" and r.get("mail")]
    cprs = {r["location"]: 0 for r in items}
    for r in records:
        if r.get("record") == "finding" and r.get("entity_type") == "DK_CPR" and r["location"] in cprs:
            cprs[r["location"]] += 1
    return [r for r in items if r["private"]], sorted(cprs[r["location"]] for r in items if not r["private"])


@pytest.fixture(scope="module")
def maildir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Maildir a real Dovecot wrote after the keywords were set over IMAP (copied out of its folder)."""
    if not dovecot.available():
        pytest.skip("dovecot not installed")
    out = tmp_path_factory.mktemp("maildir") / "Maildir"
    with dovecot.run_dovecot() as srv:
        client: Any = dovecot.imap_client(srv)
        client.create("Sager")
        for n, flags in TAGS.items():
            body = "".join(f"Linje {i}: CPR {CPR}\n" for i in range(n))
            client.append("Sager", None, None, bytes(make_mail(subject=f"Besked {n}", body=body)))
            if flags:
                client.select("Sager")
                client.uid("STORE", str(n), "+FLAGS", flags)
        client.logout()
        shutil.copytree(srv.root / "mail" / srv.user, out)
    letters = sorted(
        "".join(c for c in p.name.rpartition(",")[2] if c.islower()) for p in (out / ".Sager" / "cur").iterdir()
    )
    assert letters == ["", "ab", "abc", "d"], letters  # the keywords are in the file names only
    assert "Privat" in (out / ".Sager" / "dovecot-keywords").read_text()
    return out


def _assert_private_ones_unread(records: list[dict[str, Any]], private: set[int]) -> list[dict[str, Any]]:
    unread, read = _messages(records)
    assert len(unread) == len(private) and all(r["findings"] == 0 for r in unread), [r["location"] for r in unread]
    assert read == sorted(set(TAGS) - private), read
    return unread


def test_a_message_tagged_private_in_a_dovecot_maildir_is_not_read(maildir: Path) -> None:
    code, records = _scan(maildir)
    unread = _assert_private_ones_unread(records, PRIVATE)
    assert sorted(r["private_reason"] for r in unread) == ["keyword marked privat", "keyword marked private"]
    assert code in (1, 4)  # findings in the normal messages; Dovecot's binary index files may be read in part


def test_the_same_maildir_in_a_zip_keeps_its_keywords(maildir: Path, tmp_path: Path) -> None:
    archive = tmp_path / "backup.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for dirpath, _dirs, files in os.walk(maildir):
            for name in files:
                full = Path(dirpath) / name
                zf.write(full, f"home/Maildir/{full.relative_to(maildir)}")
    _assert_private_ones_unread(_scan(archive)[1], PRIVATE)


def test_keyword_letters_that_cannot_be_looked_up_are_private(maildir: Path, tmp_path: Path) -> None:
    """Copied without ``dovecot-keywords`` (or with a stale one), a keyword letter may be the private tag."""
    copy = tmp_path / "Maildir"
    shutil.copytree(maildir, copy)
    (copy / ".Sager" / "dovecot-keywords").unlink()
    unread = _assert_private_ones_unread(_scan(copy)[1], PRIVATE | {3})
    assert {r["private_reason"] for r in unread} == {"sensitivity_unreadable"}
    (copy / ".Sager" / "dovecot-keywords").write_text("0 NonJunk\n")  # 'b', 'c' and 'd' not listed
    _assert_private_ones_unread(_scan(copy)[1], PRIVATE | {3})


@pytest.mark.parametrize(
    ("name", "table", "private"),
    [
        ("17.M1P2.host:2,Sa", "0 Privat\n", True),
        ("17.M1P2.host;2,a", "0 $Private\n", True),  # the separator where ':' may not stand in a name
        ("17.M1P2.host!2,Sba", "0 NonJunk\n1 personligt\n", True),
        ("17.M1P2.host:2,Sa", "0 NonJunk\n", False),
        ("17.M1P2.host:2,S", None, False),  # system flags only: nothing to look up
        ("17.M1P2.host:2,Sa", None, True),
    ],
)
def test_keyword_letters_in_a_file_name(tmp_path: Path, name: str, table: str | None, private: bool) -> None:
    folder = tmp_path / "Maildir" / ".Sager"
    (folder / "cur").mkdir(parents=True)
    path = folder / "cur" / name
    path.write_bytes(bytes(make_mail(subject="Hej")))
    if table is not None:
        (folder / "dovecot-keywords").write_text(table)
    item = Item(location=path.as_uri(), path=str(path), name=name, data=path.read_bytes())
    (result,) = Processor.build(CONFIG).process(item)
    assert result.private is private and bool(result.findings) is not private


def test_a_fifo_named_dovecot_keywords_does_not_block(tmp_path: Path) -> None:
    folder = tmp_path / "Maildir"
    (folder / "cur").mkdir(parents=True)
    os.mkfifo(folder / "dovecot-keywords")
    path = folder / "cur" / "17.M1P2.host:2,Sa"
    path.write_bytes(bytes(make_mail(subject="Hej")))
    item = Item(location=path.as_uri(), path=str(path), name=path.name, data=path.read_bytes())
    (result,) = Processor.build(CONFIG).process(item)
    assert result.private and not result.findings
