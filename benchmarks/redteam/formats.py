"""Write a labelled document as a real file of the kind it would live in: e-mail, Word, Excel, PDF or text.

Used by ``bench_redteam.py --formats``: the scanner then has to extract the text itself, so offsets no longer
match the JSONL text and the scoring compares values instead of spans.
"""

from __future__ import annotations

import re
import textwrap
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

HEADER = re.compile(r"^(Fra|Från|Til|Till|Emne|Ämne|From|To|Subject): ?(.*)$")
KEYS = {"Fra": "From", "Från": "From", "From": "From", "Til": "To", "Till": "To", "To": "To"}
KEYS |= {"Emne": "Subject", "Ämne": "Subject", "Subject": "Subject"}


def choose_format(doc_id: str, text: str) -> str:
    """Mail-shaped text becomes .eml, tables .xlsx, the rest .docx/.pdf/.txt in turn (by a stable hash)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines and HEADER.match(lines[0]):
        return "eml"
    for sep in (";", "\t"):
        if len(lines) >= 3 and sum(1 for ln in lines if ln.count(sep) >= 2) >= 0.6 * len(lines):
            return "xlsx"
    return ("docx", "pdf", "txt")[sum(map(ord, doc_id)) % 3]


def write_as(folder: Path, doc_id: str, text: str, fmt: str) -> Path:
    path = folder / f"{doc_id}.{fmt}"
    if fmt == "txt":
        path.write_text(text, encoding="utf-8")
    elif fmt == "eml":
        _eml(path, text)
    elif fmt == "docx":
        _docx(path, text)
    elif fmt == "xlsx":
        _xlsx(path, text)
    elif fmt == "pdf":
        _pdf(path, text)
    else:
        raise ValueError(fmt)
    return path


def _eml(path: Path, text: str) -> None:
    msg = EmailMessage()
    lines = text.splitlines()
    body_from = 0
    for i, line in enumerate(lines):
        m = HEADER.match(line)
        if not m:
            body_from = i
            break
        key = KEYS[m.group(1)]
        value = m.group(2).strip()
        if key in ("From", "To") and "@" not in value:
            value = f"{value} <unknown@example.invalid>"
        if key not in msg:
            msg[key] = value
    if "From" not in msg:
        msg["From"] = "afsender@example.invalid"
    if "To" not in msg:
        msg["To"] = "modtager@example.invalid"
    msg["Date"] = "Mon, 30 Nov 2026 10:00:00 +0100"
    msg.set_content("\n".join(lines[body_from:]).lstrip("\n") + "\n", charset="utf-8")
    path.write_bytes(msg.as_bytes(policy=SMTP))


# XML 1.0 (DOCX, XLSX) has no place for C0 control characters other than tab and line breaks: a
# form feed becomes a page break, as a word processor makes it; any other control a space.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xml_safe(text: str) -> str:
    return _XML_ILLEGAL.sub(" ", text)


def _docx(path: Path, text: str) -> None:
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        for n, piece in enumerate(line.split("\f")):
            if n:
                document.add_page_break()
            document.add_paragraph(_xml_safe(piece))
    document.save(str(path))


def _xlsx(path: Path, text: str) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    lines = text.split("\n")
    sep = ";" if sum(ln.count(";") for ln in lines) >= sum(ln.count("\t") for ln in lines) else "\t"
    for r, line in enumerate(lines, start=1):
        for c, cell in enumerate(line.split(sep), start=1):
            if cell:
                target = sheet.cell(row=r, column=c, value=_xml_safe(cell))
                target.number_format = "@"  # kept as text, as an export with leading zeros is
    book.save(str(path))


def _pdf(path: Path, text: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 9)
    y = A4[1] - 50
    for para in text.split("\n"):
        for line in textwrap.wrap(para, 110, break_long_words=False, break_on_hyphens=False) or [""]:
            if y < 50:
                pdf.showPage()
                pdf.setFont("Helvetica", 9)
                y = A4[1] - 50
            pdf.drawString(40, y, line)
            y -= 12
    pdf.save()
