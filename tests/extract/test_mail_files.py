"""Mailbox files (.mbox, .pst/.ost, .msg) and the scan CLI end to end on mail files."""

from __future__ import annotations

import json
import subprocess
import types
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Item, MailMeta
from pii_scanner.extract import walk
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.mailbox_files import extract_mbox, mail_folder
from pii_scanner.extract.sniff import sniff_mime
from tests.helpers.mail_messages import CONFIG, CPR, mail_sample, make_mail, mbox_bytes, process

ROOT = Path(__file__).resolve().parents[2]
_SUPPORT = mail_sample("support.pst")
SAMPLES = _SUPPORT.parent if _SUPPORT is not None else ROOT.parent / "shared" / "data" / "mail-samples"


def _sample(name: str) -> Path:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"sample {name} not available")
    return path


def test_mbox_sniffed_and_each_message_a_child(tmp_path: Path) -> None:
    data = mbox_bytes(3, private_every=2)
    assert sniff_mime(data, "Inbox") == "application/mbox"
    results = process(data, name="Inbox.mbox")
    assert [r.item.location for r in results] == [
        "file:///t/Inbox.mbox",
        *(f"file:///t/Inbox.mbox!/Inbox/{i}" for i in (1, 2, 3)),
    ]
    top, first, second, third = results
    assert top.mime == "application/mbox" and not top.flags
    assert first.private and second.flags == ["unencrypted_cpr"] and third.private
    assert second.item.mail is not None and second.item.mail.folder == "Inbox"
    assert all(r.parent == "file:///t/Inbox.mbox" for r in results[1:])


def test_mbox_folder_named_private_marks_messages_private() -> None:
    results = process(mbox_bytes(2), name="Privat.mbox")
    assert all(r.private for r in results[1:])


def test_mbox_children_are_lazy() -> None:
    """Children come from a generator; each child's bytes are read once and then dropped."""
    data = mbox_bytes(5)
    item = Item(location="file:///t/x.mbox", path="/t/x.mbox", name="x.mbox", data=data)
    extracted = extract_mbox(item, data, ExtractContext.for_top_item(CONFIG))
    assert isinstance(extracted.children, types.GeneratorType)
    assert isinstance(extracted.children, Iterator)
    child = next(iter(extracted.children))
    assert child.data is None and child.read is not None
    assert child.read().startswith(b"From: Jens")
    with pytest.raises(OSError):
        child.read()


def test_mail_folder_drops_store_root() -> None:
    assert mail_folder("/Top of Personal Folders/Inbox/Privat") == "Inbox/Privat"
    assert mail_folder("/Inbox") == "Inbox"


def test_pst_folders_properties_and_lazy_children() -> None:
    path = _sample("support.pst")
    item = Item(location=path.as_uri(), path=str(path), name=path.name, read=path.read_bytes)
    pairs = list(walk(item, CONFIG))
    top, children = pairs[0], [(i, e) for i, e in pairs[1:] if "/attachment/" not in i.location]
    assert top[1].mime == "application/vnd.ms-outlook-pst"
    assert len(children) == 17
    folders = {i.location.split("!/", 1)[1].rsplit("/", 1)[0] for i, _ in children}
    assert folders == {"Top of Personal Folders/Drafts", "Top of Personal Folders/Sent Messages"}
    meta = children[0][1].mail
    assert meta.message_class == "IPM.Note" and meta.sensitivity == "normal" and meta.folder == "Drafts"
    assert all(e.error is None for _, e in children)
    assert any(e.parts for _, e in children)


@pytest.mark.parametrize("name", ["32-bit.pst", "dist-list.pst", "passworded.pst"])
def test_other_pst_samples(name: str) -> None:
    path = _sample(name)
    results = process(path.read_bytes(), name=name)
    assert results[0].mime == "application/vnd.ms-outlook-pst"
    assert len(results) > 1 and all(r.error is None for r in results)
    messages = [r for r in results if r.mime == "message/rfc822"]
    assert messages and all(r.item.mail is not None for r in messages)


def test_pst_private_sensitivity_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """PR_SENSITIVITY=2 decides before any body is read (the body reader must not be called)."""
    import pii_scanner.extract.mailbox_files as mf

    real_meta = mf.message_meta

    def private_meta(message: object, folder: str, mailbox: str) -> MailMeta | None:
        meta = real_meta(message, folder, mailbox)
        return None if meta is None else replace(meta, sensitivity="private")

    def boom(*_args: object) -> bytes:
        raise AssertionError("body read for private mail")

    monkeypatch.setattr(mf, "message_meta", private_meta)
    monkeypatch.setattr(mf, "message_mime", boom)
    results = process(_sample("support.pst").read_bytes(), name="support.pst")
    assert len(results) == 18
    assert all(r.private and r.flags == ["private_mail"] and not r.findings for r in results[1:])
    assert results[1].metadata["private_reason"] == "sensitivity private"


def test_msg_samples() -> None:
    pytest.importorskip("extract_msg")
    results = process(_sample("unicode.msg").read_bytes(), name="unicode.msg")
    assert results[0].mime == "application/vnd.ms-outlook" and results[0].error is None
    assert results[0].item.mail is not None and results[0].item.mail.message_class == "IPM.Note"
    assert [r.item.location.rsplit("/", 2)[-2] for r in results[1:]] == ["1", "2"]
    (strange,) = process(_sample("strangeDate.msg").read_bytes(), name="strangeDate.msg")
    assert strange.error is None and strange.item.mail is not None


def _scan(cli: list[str], *args: str) -> list[dict[str, object]]:
    proc = subprocess.run(
        [*cli, "scan", *args, "--format", "jsonl", "--no-ner", "--workers", "1"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines()]


def test_cli_end_to_end(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(bytes(make_mail()))
    (tmp_path / "p.eml").write_bytes(bytes(make_mail(sensitivity="Private")))
    (tmp_path / "box.mbox").write_bytes(mbox_bytes(2))
    files = [str(tmp_path / n) for n in ("a.eml", "p.eml", "box.mbox")]
    files += [str(p) for p in (SAMPLES / "support.pst", SAMPLES / "unicode.msg") if p.exists()]
    records = _scan(cli, *files)
    items = {r["location"]: r for r in records if r["record"] == "item"}
    a = items[(tmp_path / "a.eml").as_uri()]
    assert a["encrypted"] is False and a["private"] is False
    assert a["flags"] == ["unencrypted_cpr"] and a["external_recipients"] is True
    p = items[(tmp_path / "p.eml").as_uri()]
    assert p["private"] is True and p["flags"] == ["private_mail"] and p["findings"] == 0
    assert p["private_reason"] == "sensitivity private"
    assert items[(tmp_path / "box.mbox").as_uri() + "!/box/2"]["flags"] == ["unencrypted_cpr"]
    mail_items = [r for r in items.values() if "mail" in r]
    assert all("external_recipients" in r and "encrypted" in r for r in mail_items)
    assert not any(CPR in json.dumps(r) for r in records)  # masked output only
    if (SAMPLES / "support.pst").exists():
        assert sum(1 for loc in items if "support.pst!/" in loc and "/attachment/" not in loc) == 17


def test_cli_inspect_private_needs_reason(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / "p.eml").write_bytes(bytes(make_mail(sensitivity="Private")))
    bad = subprocess.run(
        [*cli, "scan", str(tmp_path / "p.eml"), "--inspect-private"], capture_output=True, text=True, timeout=120
    )
    assert bad.returncode == 2
    proc = subprocess.run(
        [
            *cli,
            "scan",
            str(tmp_path / "p.eml"),
            "--inspect-private",
            "--reason",
            "sag 17",
            "--no-ner",
            "--workers",
            "1",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    events = [json.loads(line) for line in proc.stderr.splitlines() if line.startswith("{")]
    assert any(e["event"] == "inspect_private" and e["reason"] == "sag ##" for e in events)
    assert "sag 17" not in proc.stderr  # the reason is logged masked
    item = json.loads(proc.stdout.splitlines()[0])
    assert item["private"] is True and item["findings"] > 0


def test_config_private_words(tmp_path: Path) -> None:
    cfg = ScanConfig(workers=1).with_(ner__enabled=False, mail__private_words=("privat", "private", "hemligt"))
    assert process(bytes(make_mail(subject="Hemligt: lön")), cfg)[0].private
    assert process(bytes(make_mail(subject="Privat")), cfg)[0].private
    assert not process(bytes(make_mail(subject="Personal: schema")), cfg)[0].private  # Swedish "staff"
