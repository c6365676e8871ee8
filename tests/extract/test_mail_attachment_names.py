"""Attachment names written as RFC 2047 encoded words (Outlook and Gmail put them in `name=` and
`filename=` although RFC 2047 forbids it there) are decoded as mail clients show them: an identifier in
such a name is a finding of its own and is masked in every location. Undecoded, a Q-encoded name split
over two encoded words left the CPR's digits readable in the location, and a B-encoded one its base64."""

from __future__ import annotations

import base64
import json
import subprocess
from pathlib import Path

import pytest

from tests.helpers.mail_messages import CPR, process

DIGITS = CPR.replace("-", "")
B_NAME = base64.b64encode(f"løn_{DIGITS}.txt".encode()).decode()

NAMES = {
    "q-split": f'"=?utf-8?Q?l=C3=B8n_{CPR[:9]}?= =?utf-8?Q?{CPR[9:]}.txt?="',
    "b": f'"=?utf-8?B?{B_NAME}?="',
    "q-latin1": f'"=?iso-8859-1?Q?l=F8nseddel_{DIGITS}.pdf?="',
    "q-dashed": f'"=?utf-8?Q?Journal_Jens_{CPR}_l=C3=A6ge.txt?="',
}


def _mail() -> bytes:
    parts = [
        "Content-Type: text/plain\n\nSe vedhæftede.\n",
        *(
            f"Content-Type: text/plain; name={value}\nContent-Disposition: attachment; filename={value}\n\nhej\n"
            for value in NAMES.values()
        ),
    ]
    head = (
        "From: Jens <jens@firma.dk>\nTo: kim@firma.dk\nSubject: Løn\nDate: Mon, 1 Dec 2025 10:00:00 +0100\n"
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="XX"\n\n'
    )
    return (head + "".join(f"--XX\n{p}" for p in parts) + "--XX--\n").encode("utf-8")


def _leaks(text: str) -> list[str]:
    forms = [DIGITS, CPR, CPR[7:], B_NAME, B_NAME[:12]]
    return [f for f in forms if f in text]


def test_an_identifier_in_an_encoded_attachment_name_is_a_finding_of_its_own() -> None:
    results = process(_mail())
    attachments = [r for r in results if "!/attachment/" in r.item.location]
    assert len(attachments) == len(NAMES)
    for r in attachments:
        assert "=?" not in r.item.name, r.item.name  # decoded, as a mail client shows it
        names = [f for f in r.findings if f.part == "name" and f.entity_type == "DK_CPR"]
        assert names, r.item.name


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_encoded_attachment_names_leave_no_identifier_in_scan_output(cli: list[str], tmp_path: Path, fmt: str) -> None:
    mail = tmp_path / "loen.eml"
    mail.write_bytes(_mail())
    out = tmp_path / f"out.{fmt}"
    proc = subprocess.run(
        [*cli, "scan", str(mail), "--no-ner", "--workers", "1", "--format", fmt, "-o", str(out)],
        capture_output=True,
        timeout=120,
        text=True,
    )
    assert proc.returncode == 1, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert _leaks(text) == [] and _leaks(proc.stderr) == []
    if fmt == "jsonl":
        records = [json.loads(line) for line in text.splitlines()]
        names = [r for r in records if r["record"] == "finding" and r.get("part") == "name"]
        assert len({r["location"] for r in names}) == len(NAMES)
