"""Builders for real test files of every supported format (shared by tests and the benchmark).

Each ``make_*`` writes one file and returns its path. The identifiers planted are valid: a Danish
CPR (mod 11) and a Swedish personnummer (Luhn). Nothing here is a stub: the files are made with the
same libraries people's tools use (python-docx, openpyxl, python-pptx, odfpy, reportlab, Pillow,
py7zr, pyzipper, msoffcrypto-tool, pikepdf).
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import struct
import tarfile
import zipfile
from pathlib import Path

CPR = "070761-4285"
PNR = "811218-9876"
CPR_NORM = "0707614285"
PNR_NORM = "198112189876"
BODY = f"Medarbejder Jens Hansen, CPR-nr: {CPR}. Anställd Åsa Öberg, personnummer: {PNR}."
CELL_CPR = f"CPR {CPR}"
CELL_PNR = f"personnummer {PNR}"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


# --- text-ish ------------------------------------------------------------------------------
def make_txt(path: Path, text: str = BODY, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def make_html(path: Path, text: str = BODY) -> Path:
    path.write_text(
        "<!DOCTYPE html><html><head><title>Løn</title><style>p{color:red}</style>"
        "<script>var x = '0000000000';</script></head><body>"
        f"<h1>Personaleliste</h1><p>{text}</p><table><tr><td>{CELL_CPR}</td><td>{CELL_PNR}</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    return path


def make_csv(path: Path, sep: str = ",") -> Path:
    rows = [["navn", "cpr-nummer", "personnummer"], ["Jens Hansen", CPR, PNR], ["Åsa Öberg", "", ""]]
    path.write_text("\n".join(sep.join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def make_rtf(path: Path) -> Path:
    # Body, a table cell and a header; Danish letters as RTF escapes (cp1252).
    path.write_text(
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}"
        "{\\header Sidehoved: " + CELL_PNR + r"\par}"
        r"\pard Medarbejder S\'f8ren \'c6r\'f8, CPR-nr: " + CPR + r".\par"
        r"\trowd\cellx3000\cellx6000 \intbl " + CELL_CPR + r"\cell \intbl x\cell\row"
        r"\pard Anst\'e4lld " + CELL_PNR + r"\par}",
        encoding="ascii",
    )
    return path


# --- PDF -----------------------------------------------------------------------------------
def make_pdf(path: Path, text: str = BODY, pages: int = 1) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(pages):
        c.setFont("Helvetica", 9)
        c.drawString(72, 800, f"Sidehoved - {CELL_PNR}")  # a header line
        c.setFont("Helvetica", 11)
        y = 700
        for line in _wrap(text, 80):
            c.drawString(72, y, line)
            y -= 16
        c.drawString(72, y - 20, f"Side {n + 1}")
        c.textAnnotation(f"Kommentar: {CELL_CPR}", Rect=(400, 600, 500, 650))
        c.showPage()
    c.save()
    return path


def make_encrypted_pdf(path: Path) -> Path:
    import pikepdf

    plain = make_pdf(path.with_suffix(".plain.pdf"))
    with pikepdf.open(plain) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user="hemlig", owner="ägare", R=6))
    plain.unlink()
    return path


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


# --- images (OCR) --------------------------------------------------------------------------
def text_image(lines: list[str], size: int = 36, mode: str = "L") -> object:
    """A white page with black text in a TTF font, at a size tesseract reads reliably."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, size)
    width = max(int(font.getlength(line)) for line in lines) + 80
    height = (size + size // 2) * len(lines) + 80
    img = Image.new(mode, (width, height), "white")
    draw = ImageDraw.Draw(img)
    for n, line in enumerate(lines):
        draw.text((40, 40 + n * (size + size // 2)), line, fill="black", font=font)
    return img


OCR_LINES = [f"CPR-nr: {CPR}", f"Personnummer: {PNR}", "OCR: 0707 61-4285"]


def make_image(path: Path, lines: list[str] | None = None, fmt: str | None = None) -> Path:
    img = text_image(lines or OCR_LINES)
    img.save(path, format=fmt)  # type: ignore[attr-defined]
    return path


def make_multipage_tiff(path: Path) -> Path:
    first = text_image(["Side 1: ingen data her"])
    second = text_image(OCR_LINES)
    first.save(path, format="TIFF", save_all=True, append_images=[second])  # type: ignore[attr-defined]
    return path


def make_scanned_pdf(path: Path, lines: list[str] | None = None) -> Path:
    """A PDF whose page is only a picture of text (no text layer): what a scanner makes."""
    img = text_image(lines or OCR_LINES).convert("RGB")  # type: ignore[attr-defined]
    img.save(path, format="PDF", resolution=150.0)
    return path


# --- OOXML ---------------------------------------------------------------------------------
def make_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = f"Fortroligt - {CELL_PNR}"
    section.footer.paragraphs[0].text = f"Sidefod {CELL_CPR}"
    para = d.add_paragraph("Medarbejderen Jens Hansen er ansat.")
    d.add_paragraph(BODY)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Navn"
    table.cell(0, 1).text = "CPR"
    table.cell(1, 0).text = "Jens"
    table.cell(1, 1).text = CELL_CPR
    d.add_comment(para.runs, text=f"Tjek {CELL_PNR}", author="HR")
    d.save(str(path))
    return path


def make_xlsx(path: Path) -> Path:
    import openpyxl
    from openpyxl.comments import Comment

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Løn"
    ws.append(["Navn", "CPR-nummer", "Personnummer", "Løn"])
    ws.append(["Jens Hansen", CPR, PNR, 42000])
    ws.append(["Total", None, None, "=SUM(D2:D2)"])
    ws["A1"].comment = Comment(f"Se også {CELL_CPR}", "HR")
    ws.oddHeader.center.text = f"Lønliste {CELL_PNR}"
    other = wb.create_sheet("Personal")
    other["B3"] = f"Anställd: {CELL_PNR}"
    wb.save(str(path))
    return path


def make_pptx(path: Path) -> Path:
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "Personaleoversigt"
    box = slide.shapes.add_textbox(Inches(1), Inches(1.5), Inches(8), Inches(1))
    box.text_frame.text = BODY
    rows = slide.shapes.add_table(2, 2, Inches(1), Inches(3), Inches(6), Inches(1)).table
    rows.cell(0, 0).text = "Navn"
    rows.cell(1, 0).text = "Jens"
    rows.cell(1, 1).text = CELL_CPR
    slide.notes_slide.notes_text_frame.text = f"Talernoter: {CELL_PNR}"
    prs.save(str(path))
    return path


def encrypt_office(src: Path, dst: Path, password: str = "hemlig") -> Path:
    from msoffcrypto.format.ooxml import OOXMLFile

    with open(src, "rb") as fh, open(dst, "wb") as out:
        OOXMLFile(fh).encrypt(password, out)
    return dst


# --- ODF -----------------------------------------------------------------------------------
def make_odt(path: Path) -> Path:
    from odf.office import Annotation
    from odf.opendocument import OpenDocumentText
    from odf.style import Footer, Header, MasterPage, PageLayout
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    doc = OpenDocumentText()
    layout = PageLayout(name="pl1")
    doc.automaticstyles.addElement(layout)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    header = Header()
    header.addElement(P(text=f"Sidehoved {CELL_PNR}"))
    master.addElement(header)
    footer = Footer()
    footer.addElement(P(text="Sidefod"))
    master.addElement(footer)
    doc.masterstyles.addElement(master)
    para = P(text=BODY)
    note = Annotation()
    note.addElement(P(text=f"Kommentar {CELL_CPR}"))
    para.addElement(note)
    doc.text.addElement(para)
    table = Table(name="Personer")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    row = TableRow()
    for value in ("Jens", CELL_CPR):
        cell = TableCell()
        cell.addElement(P(text=value))
        row.addElement(cell)
    table.addElement(row)
    doc.text.addElement(table)
    doc.save(str(path))
    return path


def make_ods(path: Path) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Løn")
    for values in (("Navn", "CPR"), ("Jens", CPR), ("Åsa", CELL_PNR)):
        row = TableRow()
        for value in values:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def make_odp(path: Path) -> Path:
    from odf.draw import Frame, Page, TextBox
    from odf.opendocument import OpenDocumentPresentation
    from odf.presentation import Notes
    from odf.style import MasterPage, PageLayout
    from odf.text import P

    doc = OpenDocumentPresentation()
    layout = PageLayout(name="pl")
    doc.automaticstyles.addElement(layout)
    master = MasterPage(name="m", pagelayoutname=layout)
    doc.masterstyles.addElement(master)
    page = Page(masterpagename=master)
    frame = Frame(width="20cm", height="5cm", x="1cm", y="1cm")
    box = TextBox()
    box.addElement(P(text=BODY))
    frame.addElement(box)
    page.addElement(frame)
    notes = Notes()
    nframe = Frame(width="20cm", height="5cm", x="1cm", y="1cm")
    nbox = TextBox()
    nbox.addElement(P(text=f"Noter {CELL_CPR}"))
    nframe.addElement(nbox)
    notes.addElement(nframe)
    page.addElement(notes)
    doc.presentation.addElement(page)
    doc.save(str(path))
    return path


# --- archives ------------------------------------------------------------------------------
def zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def make_nested_zip(path: Path, inner_name: str = "deep.txt", inner: bytes = BODY.encode()) -> Path:
    """outer.zip -> level1/mid.zip -> level2/inner.tar.gz -> level3/deep.txt (three levels down)."""
    tar_buf = io.BytesIO()
    with tarfile.open(fileobj=tar_buf, mode="w:gz") as tf:
        info = tarfile.TarInfo(f"level3/{inner_name}")
        info.size = len(inner)
        tf.addfile(info, io.BytesIO(inner))
    mid = zip_bytes({"level2/inner.tar.gz": tar_buf.getvalue(), "level2/readme.txt": b"nothing here"})
    path.write_bytes(zip_bytes({"level1/mid.zip": mid}))
    return path


def make_tar(path: Path, compression: str = "") -> Path:
    mode = f"w:{compression}" if compression else "w"
    with tarfile.open(path, mode) as tf:
        data = BODY.encode()
        info = tarfile.TarInfo("docs/medarbejder.txt")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    return path


def make_single_compressed(path: Path, kind: str) -> Path:
    data = BODY.encode()
    if kind == "gz":
        path.write_bytes(gzip.compress(data))
    elif kind == "bz2":
        path.write_bytes(bz2.compress(data))
    else:
        path.write_bytes(lzma.compress(data))
    return path


def make_7z(path: Path, password: str | None = None, header_encryption: bool = False) -> Path:
    import py7zr

    with py7zr.SevenZipFile(path, "w", password=password, header_encryption=header_encryption) as z:
        z.writestr(BODY.encode(), "docs/medarbejder.txt")
        z.writestr(b"nothing here", "docs/readme.txt")
    return path


def make_encrypted_zip(path: Path, aes: bool = True) -> Path:
    """An AES entry (pyzipper), or a ZipCrypto-flagged one (pyzipper cannot write ZipCrypto: the
    entry's encryption bit is set in both headers, which is all a reader sees before decrypting)."""
    import pyzipper

    if aes:
        with pyzipper.AESZipFile(path, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as zf:
            zf.setpassword(b"hemlig")
            zf.writestr("hemmelig.txt", BODY.encode())
    else:
        raw = bytearray(zip_bytes({"hemmelig.txt": bytes(12) + BODY.encode()}))
        for sig, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            at = raw.find(sig)
            raw[at + flag_at] |= 0x01
        path.write_bytes(bytes(raw))
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("aaben.txt", f"Åben fil med {CELL_CPR}".encode())
    return path


def make_zip_bomb(path: Path, expanded: int = 600 * 1024 * 1024) -> Path:
    """One member of zeros: tiny on disk, hundreds of MB expanded (ratio ~1000:1)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("zeros.txt", "w", force_zip64=True) as fh:
        block = b"\0" * (1 << 20)
        for _ in range(expanded >> 20):
            fh.write(block)
    return path


def make_deep_zip(path: Path, depth: int = 50) -> Path:
    data = BODY.encode()
    name = "bottom.txt"
    for level in range(depth):
        data = zip_bytes({name: data})
        name = f"level{depth - level}.zip"
    path.write_bytes(data)
    return path


def make_xml_bomb_docx(path: Path) -> Path:
    """A DOCX whose document.xml declares the billion-laughs entities."""
    good = make_docx(path.with_suffix(".good.docx")).read_bytes()
    path.with_suffix(".good.docx").unlink()
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(2, 10))
        + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    src = zipfile.ZipFile(io.BytesIO(good))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = bomb.encode() if info.filename == "word/document.xml" else src.read(info)
            out.writestr(info.filename, data)
    return path


# --- legacy binary Office (a minimal compound-file writer) ---------------------------------
def cfb_bytes(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE2 compound file holding ``streams`` in the root storage.

    Every stream is padded to at least 4096 bytes so that none lives in the mini stream; that
    keeps the writer small and is valid CFB. Enough for olefile/xlrd to read.
    """
    sector = 512
    names = list(streams)
    datas = [s + b"\0" * max(0, 4096 - len(s)) for s in streams.values()]
    datas = [d + b"\0" * (-len(d) % sector) for d in datas]
    n_dir_entries = len(names) + 1
    dir_sectors = -(-n_dir_entries * 128 // sector)
    data_sectors = sum(len(d) // sector for d in datas)
    # FAT sectors needed for: fat itself + dir + data
    fat_sectors = 1
    while fat_sectors * 128 < fat_sectors + dir_sectors + data_sectors:
        fat_sectors += 1
    assert fat_sectors <= 109
    fat: list[int] = [0xFFFFFFFD] * fat_sectors  # FATSECT
    dir_start = len(fat)
    for i in range(dir_sectors):
        fat.append(dir_start + i + 1 if i < dir_sectors - 1 else 0xFFFFFFFE)
    starts = []
    for d in datas:
        start = len(fat)
        starts.append(start)
        count = len(d) // sector
        for i in range(count):
            fat.append(start + i + 1 if i < count - 1 else 0xFFFFFFFE)
    fat += [0xFFFFFFFF] * (fat_sectors * 128 - len(fat))
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIII", header, 40, 0, fat_sectors, dir_start, 0, 4096, 0xFFFFFFFE, 0)
    struct.pack_into("<II", header, 68, 0xFFFFFFFE, 0)
    difat = list(range(fat_sectors)) + [0xFFFFFFFF] * (109 - fat_sectors)
    struct.pack_into("<109I", header, 76, *difat)

    def entry(name: str, kind: int, left: int, right: int, child: int, start: int, size: int) -> bytes:
        e = bytearray(128)
        raw = name.encode("utf-16-le") + b"\0\0"
        e[0 : len(raw)] = raw
        struct.pack_into("<HBB", e, 64, len(raw), kind, 1)
        struct.pack_into("<III", e, 68, left, right, child)
        struct.pack_into("<II", e, 116, start, 0)
        struct.pack_into("<I", e, 120, size)
        return bytes(e)

    nostream = 0xFFFFFFFF
    # Children of the root as a right-leaning chain (a degenerate but valid red-black tree).
    entries = [entry("Root Entry", 5, nostream, nostream, 1 if names else nostream, 0xFFFFFFFE, 0)]
    for i, (name, d) in enumerate(zip(names, datas, strict=True)):
        right = i + 2 if i + 1 < len(names) else nostream
        entries.append(entry(name, 2, nostream, right, nostream, starts[i], len(d)))
    dir_blob = b"".join(entries)
    dir_blob += b"\0" * (dir_sectors * sector - len(dir_blob))
    fat_blob = struct.pack(f"<{len(fat)}I", *fat)
    return bytes(header) + fat_blob + dir_blob + b"".join(datas)


def make_doc(path: Path, text: str = BODY, encrypted: bool = False) -> Path:
    """A Word 97-2003 binary file: FIB + text in WordDocument, a one-piece CLX in 1Table."""
    body = (text + "\r").encode("utf-16-le")
    fc_text = 2048
    word = bytearray(fc_text) + body
    struct.pack_into("<HH", word, 0, 0xA5EC, 0xC1)  # wIdent, nFib
    flags = 0x0200  # fWhichTblStm = 1 -> "1Table"
    if encrypted:
        flags |= 0x0100  # fEncrypted
    struct.pack_into("<H", word, 0x0A, flags)
    # FibBase 32 bytes, csw=14 + 28 bytes, cslw=22 + 88 bytes, cbRgFcLcb then the fc/lcb pairs
    struct.pack_into("<H", word, 32, 14)
    struct.pack_into("<H", word, 62, 22)
    struct.pack_into("<i", word, 64 + 12, len(text) + 1)  # ccpText
    struct.pack_into("<H", word, 152, 0x5D)  # cbRgFcLcb (Word 97: 93 pairs)
    chars = len(text) + 1
    clx = b"\x02" + struct.pack("<I", 4 * 2 + 8) + struct.pack("<II", 0, chars)
    clx += struct.pack("<HIH", 0, fc_text, 0)  # PCD: fc without the compressed bit = UTF-16LE
    struct.pack_into("<II", word, 154 + 66 * 4, 0, len(clx))  # fcClx (pair index 33)
    return _write(path, cfb_bytes({"WordDocument": bytes(word), "1Table": clx}))


def make_xls(path: Path, rows: list[list[str]] | None = None, sheet: str = "Løn") -> Path:
    """A BIFF8 workbook with one sheet of string cells (shared string table)."""
    rows = rows or [["Navn", "CPR"], ["Jens Hansen", CPR], ["Åsa", CELL_PNR]]

    def rec(kind: int, payload: bytes) -> bytes:
        return struct.pack("<HH", kind, len(payload)) + payload

    def ustr(s: str, size16: bool = True) -> bytes:
        head = struct.pack("<H" if size16 else "<B", len(s))
        return head + b"\x01" + s.encode("utf-16-le")

    strings = [c for r in rows for c in r]
    sst = rec(0x00FC, struct.pack("<II", len(strings), len(strings)) + b"".join(ustr(s) for s in strings))
    bof_globals = rec(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 0x06))
    bof_sheet = rec(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 0x06))
    eof = rec(0x000A, b"")
    font = rec(0x0031, struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 0, 0) + ustr("Arial", False))
    xf = rec(0x00E0, struct.pack("<HHHBBBBIIH", 0, 0, 0xFFF5, 0x20, 0, 0, 0, 0, 0, 0x20C0))
    xfs = b"".join([xf] * 16)
    codepage = rec(0x0042, struct.pack("<H", 1200))
    sheet_body = bytearray(bof_sheet)
    sheet_body += rec(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, max(len(r) for r in rows), 0))
    idx = 0
    for r, row in enumerate(rows):
        for c, _value in enumerate(row):
            sheet_body += rec(0x00FD, struct.pack("<HHHI", r, c, 15, idx))
            idx += 1
    sheet_body += eof
    boundsheet_len = 4 + 6 + 2 + len(sheet.encode("utf-16-le"))
    globals_len = len(bof_globals) + len(codepage) + len(font) * 5 + len(xfs) + boundsheet_len + len(sst) + len(eof)
    boundsheet = rec(0x0085, struct.pack("<IBB", globals_len, 0, 0) + ustr(sheet, False))
    workbook = bof_globals + codepage + font * 5 + xfs + boundsheet + sst + eof + bytes(sheet_body)
    return _write(path, cfb_bytes({"Workbook": workbook}))


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
