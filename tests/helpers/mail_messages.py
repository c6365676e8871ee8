"""Test helpers for mail (issue 4): build messages and run them through the pipeline in-process."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Item, ItemResult
from pii_scanner.pipeline import Processor

CPR = "070761-4285"  # a valid test CPR (modulus 11)
CONFIG = ScanConfig(workers=1).with_(ner__enabled=False)


def make_mail(
    body: str = f"Mit CPR er {CPR}.",
    subject: str = "Løn",
    to: str = "kim@gmail.com",
    sensitivity: str | None = None,
    html: str | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Jens Hansen <jens@firma.dk>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = "Mon, 01 Jan 2024 10:00:00 +0100"
    msg["Message-ID"] = "<1@firma.dk>"
    if sensitivity:
        msg["Sensitivity"] = sensitivity
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg


def mbox_bytes(n: int, private_every: int = 0, body_size: int = 0) -> bytes:
    """An mbox of ``n`` messages; every ``private_every``-th one has the subject "Privat"."""
    out = []
    filler = "x" * body_size
    for i in range(n):
        private = private_every and i % private_every == 0
        msg = make_mail(
            body=f"Besked {i}\nFrom here on CPR {CPR}\n{filler}\n", subject="Privat" if private else f"m{i}"
        )
        raw = bytes(msg).replace(b"\nFrom ", b"\n>From ")
        out.append(b"From jens@firma.dk Mon Jan  1 10:00:00 2024\n" + raw + b"\n")
    return b"".join(out)


def process(data: bytes, config: ScanConfig = CONFIG, name: str = "m.eml") -> list[ItemResult]:
    item = Item(location=f"file:///t/{name}", path=f"/t/{name}", name=name, data=data)
    return Processor.build(config).process(item)


def mail_sample(name: str) -> Path | None:
    """A public Outlook sample file (see the README next to them), wherever this checkout sits."""
    here = Path(__file__).resolve().parents[2]
    for root in (here.parent / "shared", here.parent.parent / "shared", Path("/work/shared")):
        path = root / "data" / "mail-samples" / name
        if path.exists():
            return path
    return None
