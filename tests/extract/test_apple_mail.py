"""Apple Mail keeps a partly downloaded message's attachments as plain files in
``Data/Attachments/<id>/<part>/`` beside ``Data/Messages/<id>.partial.emlx``. The message was private
(unread) while its attachment file was read like any document: the attachments of a private message,
or of a message that cannot be found, are withheld."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from click.testing import CliRunner

from pii_scanner.cli.main import main
from tests.helpers.mail_messages import CPR

ACCOUNT = "Library/Mail/V10/1A2B-ACCOUNT"


def _emlx(headers: str) -> bytes:
    body = (
        f"From: a@firma.dk\nTo: b@firma.dk\nSubject: Lønseddel\n{headers}MIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nSe bilag.\n'
        '--b\nContent-Type: text/plain; name="loen.txt"\nContent-Disposition: attachment; filename="loen.txt"\n'
        "X-Apple-Content-Length: 30\n\n\n--b--\n"
    ).encode()
    plist = b'<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict></dict></plist>\n'
    return str(len(body)).encode() + b"\n" + body + plist


# attachment file -> (its message file or None, the message's extra headers, withheld?)
CASES = {
    "INBOX.mbox/U1/Data/Attachments/123/2/loen.txt": (
        "INBOX.mbox/U1/Data/Messages/123.partial.emlx",
        "Sensitivity: Private\n",
        True,
    ),
    "INBOX.mbox/U1/Data/Attachments/125/2/loen.txt": ("INBOX.mbox/U1/Data/Messages/125.partial.emlx", "", False),
    "INBOX.mbox/U1/Data/Attachments/127/1.2/loen.txt": (
        "INBOX.mbox/U1/Data/Messages/127.partial.emlx",
        "Subject: PRIVAT\n",
        True,
    ),
    "Privat.mbox/U2/Data/Attachments/124/2/loen.txt": ("Privat.mbox/U2/Data/Messages/124.partial.emlx", "", True),
    "Arkiv.mbox/U3/Data/9/2/1/Attachments/129/2/loen.txt": (
        "Arkiv.mbox/U3/Data/9/2/1/Messages/129.emlx",
        "Sensitivity: Private\n",
        True,
    ),
    "INBOX.mbox/U1/Data/Attachments/126/2/loen.txt": (None, "", True),  # its message is not there
}


def _scan(root: Path) -> list[dict[str, Any]]:
    result = CliRunner().invoke(main, ["scan", str(root), "--no-ner", "--workers", "1", "--format", "jsonl"])
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_attachment_files_of_private_or_unknown_messages_are_withheld(tmp_path: Path) -> None:
    for attachment, (message, headers, _withheld) in CASES.items():
        (tmp_path / ACCOUNT / attachment).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / ACCOUNT / attachment).write_text(f"Lønseddel CPR-nummer {CPR}\n", encoding="utf-8")
        if message:
            (tmp_path / ACCOUNT / message).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / ACCOUNT / message).write_bytes(_emlx(headers))
    # an ordinary folder called Attachments (no Apple Mail store around it) is read as before
    plain = tmp_path / "share" / "Attachments" / "123" / "2" / "loen.txt"
    plain.parent.mkdir(parents=True)
    plain.write_text(f"Lønseddel CPR-nummer {CPR}\n", encoding="utf-8")
    records = _scan(tmp_path)
    items = {unquote(r["location"]).split(str(tmp_path) + "/", 1)[1]: r for r in records if r.get("record") == "item"}
    cprs = {loc: 0 for loc in items}
    for r in records:
        if r.get("entity_type") == "DK_CPR":
            cprs[unquote(r["location"]).split(str(tmp_path) + "/", 1)[1]] += 1
    for attachment, (_message, _headers, withheld) in CASES.items():
        record = items[f"{ACCOUNT}/{attachment}"]
        assert record["private"] is withheld, attachment
        assert cprs[f"{ACCOUNT}/{attachment}"] == (0 if withheld else 1), attachment
    assert items["share/Attachments/123/2/loen.txt"]["private"] is False
    assert cprs["share/Attachments/123/2/loen.txt"] == 1
    unknown = items[f"{ACCOUNT}/INBOX.mbox/U1/Data/Attachments/126/2/loen.txt"]
    assert unknown["private_reason"] == "sensitivity_unreadable"
