"""A corpus with identifiers planted in folder, file, archive-member, sheet, mailbox and attachment
names as well as in content, and every written form of those identifiers to grep outputs for."""

from __future__ import annotations

import datetime
import io
import mailbox
import zipfile
from email.message import EmailMessage
from pathlib import Path

from tests.helpers.nordic_numbers import make_personnummer

CPR = "0707614285"  # a valid CPR (modulus 11 too)
PNR = make_personnummer(datetime.date(1961, 7, 7), 428)  # 196107074285


def written_forms() -> list[str]:
    """Every way the planted identifiers may be written (and so must never appear in output)."""
    cpr, pnr = CPR, PNR
    forms = {
        cpr,
        f"{cpr[:6]}-{cpr[6:]}",
        f"{cpr[:6]} {cpr[6:]}",
        f"{cpr[:6]}_{cpr[6:]}",
        f"{cpr[:6]}%20{cpr[6:]}",
        pnr,
        f"{pnr[:8]}-{pnr[8:]}",
        f"{pnr[:8]} {pnr[8:]}",
        pnr[2:],
        f"{pnr[2:8]}-{pnr[8:]}",
        f"{pnr[2:8]}+{pnr[8:]}",
        f"{pnr[2:8]}%20{pnr[8:]}",
        f"{pnr[2:8]}%2B{pnr[8:]}",
        f"{cpr[:6]}%2D{cpr[6:]}",
        f"{cpr[:6]}\u2011{cpr[6:]}",  # a no-break hyphen, and as a location writes it
        f"{cpr[:6]}%E2%80%91{cpr[6:]}",
        f"%20{pnr}",  # a file literally named "pnr%20...": %2520 in a location
        f"%2520{pnr}",
    }
    return sorted(forms)


def _mail(subject: str, body: str, attachment: tuple[str, bytes] | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Jens Hansen <jens@firma.dk>"
    msg["To"] = "kim@gmail.com"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 01 Jan 2024 10:00:00 +0100"
    msg["Message-ID"] = "<planted@firma.dk>"
    msg.set_content(body)
    if attachment:
        msg.add_attachment(attachment[1], maintype="text", subtype="plain", filename=attachment[0])
    return msg


def build(root: Path) -> Path:
    """Write the corpus under ``root`` and return it."""
    import openpyxl

    cpr, pnr = CPR, PNR
    content = f"CPR {cpr[:6]}-{cpr[6:]} og personnummer {pnr[:8]}-{pnr[8:]}.\n"
    folder = root / f"{cpr[:6]}-{cpr[6:]} Hansen"
    folder.mkdir(parents=True)
    (folder / f"{cpr}Hansen.txt").write_text(content, encoding="utf-8")
    (folder / f"Faktura 2019-114 {pnr}.txt").write_text(content, encoding="utf-8")
    (root / f"ansøgning {pnr[2:8]}-{pnr[8:]}.txt").write_text(content, encoding="utf-8")
    (root / f"sag 2023-0147 {cpr[:6]} {cpr[6:]}.txt").write_text("Intet her.\n", encoding="utf-8")
    (root / f"kvittering {cpr[:6]}\u2011{cpr[6:]}.txt").write_text(content, encoding="utf-8")
    (root / f"pnr%20{pnr}.txt").write_text(content, encoding="utf-8")

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(f"bilag/{cpr[:6]}_{cpr[6:]}.txt", content)
        zf.writestr(f"{pnr[:8]}-{pnr[8:]}/noter.txt", content)
    (root / f"arkiv {pnr[2:]}.zip").write_bytes(buf.getvalue())

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = f"{cpr[:6]}-{cpr[6:]}"
    ws.append(["CPR", f"{cpr[:6]}-{cpr[6:]}"])
    wb.create_sheet(f"{pnr[2:8]}-{pnr[8:]}").append(["PNR", f"{pnr[:8]}-{pnr[8:]}"])
    wb.save(str(root / "løn.xlsx"))

    eml = _mail("Løn", content, (f"{pnr[2:8]}+{pnr[8:]}.txt", content.encode()))
    (root / f"mail {cpr}.eml").write_bytes(bytes(eml))

    box = mailbox.mbox(str(root / f"Indbakke {cpr[:6]}-{cpr[6:]}.mbox"))
    box.add(_mail("Sag", content, (f"{cpr}.txt", content.encode())))
    box.flush()
    box.close()
    return root


def leaks(text: str) -> list[str]:
    """The planted forms found in ``text``."""
    return [form for form in written_forms() if form in text]
