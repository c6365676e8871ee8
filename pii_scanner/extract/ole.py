"""Legacy binary Office files (OLE2 compound files): type by stream names, encryption, Word .doc text.

- Type: libmagic often says only "CDFV2"; the stream names tell Word, Excel, PowerPoint, Outlook
  .msg and password-protected OOXML (an ``EncryptedPackage`` stream) apart.
- Encryption: msoffcrypto-tool (MIT) reads the FIB/FILEPASS flags of .doc/.xls/.ppt and the
  ECMA-376 encryption of OOXML; an encrypted file is reported, not an error.
- .doc text: the piece table (CLX) in the table stream points at the text runs in WordDocument
  (8-bit cp1252 or UTF-16). That covers the main text, tables, headers/footers, footnotes,
  comments and text boxes (all stored in the one character stream), not embedded objects or
  fast-saved (``fComplex``) revisions older than the last full save.
"""

from __future__ import annotations

import io
import re
import struct
from typing import Any

from pii_scanner.core.errors import ExtractionError
from pii_scanner.core.model import Extracted, Item, TextPart
from pii_scanner.extract.context import ExtractContext
from pii_scanner.extract.formats import DOC, ENCRYPTED_OOXML, MSG, PPT, XLS
from pii_scanner.extract.numfmt import digit_pattern, render

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


def _open(data: bytes) -> Any:
    import olefile

    if not data.startswith(OLE_MAGIC):
        raise ExtractionError("corrupt Office file: not an OLE2 compound file")
    try:
        return olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:  # olefile raises assorted errors on damaged files
        raise ExtractionError("corrupt Office file: compound file structure damaged") from exc


def ole_kind(data: bytes) -> str | None:
    """The MIME type an OLE2 file's streams reveal, or None when it is not one we know."""
    try:
        ole = _open(data)
    except ExtractionError:
        return None
    try:
        streams = {"/".join(path) for path in ole.listdir(streams=True, storages=True)}
    finally:
        ole.close()
    if "EncryptedPackage" in streams:
        return ENCRYPTED_OOXML
    if "WordDocument" in streams:
        return DOC
    if "Workbook" in streams or "Book" in streams:
        return XLS
    if "PowerPoint Document" in streams:
        return PPT
    if any(s.startswith("__substg1.0_") for s in streams):
        return MSG
    return None


def encryption(data: bytes) -> str | None:
    """Why an Office file cannot be read without a password, or None."""
    import msoffcrypto

    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        if office.is_encrypted():
            return f"password-protected Office file ({type(office).__name__.replace('File', '')})"
    except Exception:  # msoffcrypto rejects files it does not know; the caller parses them itself
        return None
    return None


def extract_encrypted_ooxml(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    if data.startswith(OLE_MAGIC):
        return Extracted(
            mime=ENCRYPTED_OOXML,
            encrypted=True,
            encryption_reason="password-protected Office document (ECMA-376 encryption)",
        )
    raise ExtractionError("encrypted file of an unknown kind; cannot be read")


def check_readable(data: bytes) -> None:
    """Raise ExtractionError when ``data`` is not a readable compound file."""
    _open(data).close()


def extract_ppt(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    reason = encryption(data)
    if reason:
        return Extracted(mime=PPT, encrypted=True, encryption_reason=reason)
    # No maintained pure-Python reader for PowerPoint 97-2003: say so rather than skip silently.
    raise ExtractionError("legacy PowerPoint (.ppt) text is not extracted; convert to .pptx to scan it")


# --- Word 97-2003 --------------------------------------------------------------------------
_FIELD = re.compile(r"\x13[^\x13\x14\x15]*\x14?|\x15")  # field instructions (HYPERLINK ...) and marks
_CONTROL = str.maketrans({"\x07": "\t", "\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x1e": "-", "\x1f": ""})


def _doc_text(word: bytes, table: bytes) -> str:
    if len(word) < 0x20 or struct.unpack_from("<H", word, 0)[0] != 0xA5EC:
        raise ExtractionError("corrupt Word document: bad FIB signature")
    pos = 32
    csw = struct.unpack_from("<H", word, pos)[0]
    pos += 2 + csw * 2
    cslw = struct.unpack_from("<H", word, pos)[0]
    pos += 2 + cslw * 4
    pos += 2  # cbRgFcLcb
    fc_clx, lcb_clx = struct.unpack_from("<II", word, pos + 33 * 8)
    clx = table[fc_clx : fc_clx + lcb_clx]
    if len(clx) != lcb_clx or lcb_clx == 0:
        raise ExtractionError("corrupt Word document: piece table out of range")
    i = 0
    while i < len(clx) and clx[i] == 0x01:  # skip Prc (property modifiers)
        i += 3 + struct.unpack_from("<H", clx, i + 1)[0]
    if i + 5 > len(clx) or clx[i] != 0x02:
        raise ExtractionError("corrupt Word document: no piece table")
    lcb = struct.unpack_from("<I", clx, i + 1)[0]
    plc = clx[i + 5 : i + 5 + lcb]
    n = (lcb - 4) // 12
    if n <= 0 or len(plc) < lcb:
        raise ExtractionError("corrupt Word document: empty piece table")
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    out: list[str] = []
    for k in range(n):
        fc = struct.unpack_from("<I", plc, (n + 1) * 4 + k * 8 + 2)[0]
        chars = max(0, cps[k + 1] - cps[k])
        if fc & 0x40000000:  # compressed: 8-bit cp1252 at fc/2
            start = (fc & ~0x40000000) // 2
            out.append(word[start : start + chars].decode("cp1252", errors="replace"))
        else:
            out.append(word[fc : fc + 2 * chars].decode("utf-16-le", errors="replace"))
    text = _FIELD.sub("", "".join(out)).translate(_CONTROL)
    return "".join(ch for ch in text if ch >= " " or ch in "\t\n")


def extract_doc(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    ole = _open(data)
    try:
        if not ole.exists("WordDocument"):
            raise ExtractionError("corrupt Word document: no WordDocument stream")
        word = ole.openstream("WordDocument").read()
        flags = struct.unpack_from("<H", word, 0x0A)[0] if len(word) >= 0x0C else 0
        if flags & 0x0100:  # fEncrypted (RC4 or XOR obfuscation)
            return Extracted(mime=DOC, encrypted=True, encryption_reason="password-protected Word document")
        table_name = "1Table" if flags & 0x0200 else "0Table"
        if not ole.exists(table_name):
            raise ExtractionError("corrupt Word document: table stream missing")
        table = ole.openstream(table_name).read()
    except (OSError, struct.error) as exc:
        raise ExtractionError("corrupt Word document: streams unreadable") from exc
    finally:
        ole.close()
    try:
        text = _doc_text(word, table)
    except struct.error as exc:
        raise ExtractionError("corrupt Word document: truncated structures") from exc
    return Extracted(mime=DOC, parts=[TextPart(text.strip(), "body")] if text.strip() else [])


# --- Excel 97-2003 -------------------------------------------------------------------------
def extract_xls(item: Item, data: bytes, ctx: ExtractContext) -> Extracted:
    import xlrd

    try:
        # formatting_info: each cell's number format, so a CPR typed as a number is read as shown
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=io.StringIO(), formatting_info=True)
    except xlrd.XLRDError as exc:
        if "encrypted" in str(exc).lower():
            return Extracted(mime=XLS, encrypted=True, encryption_reason="password-protected Excel workbook")
        raise ExtractionError("corrupt Excel 97-2003 workbook") from exc
    except Exception as exc:  # xlrd raises assorted errors (AssertionError, IndexError) on damage
        raise ExtractionError(f"corrupt Excel 97-2003 workbook: {type(exc).__name__}") from exc
    parts: list[TextPart] = []
    shown: dict[int, list[str] | None] = {}  # XF index -> its digit pattern (None: shown as stored)
    try:
        for index in range(book.nsheets):
            ctx.budget.check_time()
            sheet = book.sheet_by_index(index)
            lines = [sheet.name]
            for r in range(sheet.nrows):
                lines.append("\t".join(_shown(book, sheet, r, c, v, shown) for c, v in enumerate(sheet.row_values(r))))
            parts.append(TextPart("\n".join(lines).strip(), f"sheet:{sheet.name}"))
            book.unload_sheet(index)
    except Exception as exc:
        raise ExtractionError(f"corrupt Excel 97-2003 workbook: {type(exc).__name__}") from exc
    finally:
        book.release_resources()
    return Extracted(mime=XLS, parts=parts)


def _shown(book: Any, sheet: Any, row: int, col: int, value: object, patterns: dict[int, list[str] | None]) -> str:
    """A cell as Excel shows it: a whole number in a digit-pattern format (``000000-0000``: a CPR typed as
    a number, its leading zero lost) rendered through it, anything else as stored."""
    if isinstance(value, float) and value.is_integer() and value >= 0:
        xf_index = sheet.cell_xf_index(row, col)
        if xf_index not in patterns:
            xf = book.xf_list[xf_index] if 0 <= xf_index < len(book.xf_list) else None
            fmt = book.format_map.get(xf.format_key) if xf is not None else None
            patterns[xf_index] = digit_pattern(fmt.format_str) if fmt is not None else None
        tokens = patterns[xf_index]
        if tokens is not None:
            return render(tokens, str(int(value))) or _cell(value)
    return _cell(value)


def _cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)
