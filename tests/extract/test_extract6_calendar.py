"""Files carried inline in a calendar or contact (session 18, extract6): an invitation's attachment
(ATTACH;VALUE=BINARY;ENCODING=BASE64) and a contact's photo are read as the files they are, not as
base64 text; those of a private entry stay unread."""

from __future__ import annotations

import base64
import io
from pathlib import Path

from PIL import Image, PngImagePlugin

from .extract_helpers import found, scan_file

TEXT = "Kunde CPR 070761-4285, anna.berg@firma.se"


def _fold(line: str) -> str:
    return "\r\n ".join(line[i : i + 73] for i in range(0, len(line), 73)) + "\r\n"


def _event(extra: str, klass: str = "PUBLIC") -> str:
    return f"BEGIN:VEVENT\r\nUID:{klass}\r\nCLASS:{klass}\r\nSUMMARY:Møde\r\n{extra}END:VEVENT\r\n"


def _hits(path: Path) -> set[tuple[str, str]]:
    return {(e, v) for e, v, _p in found(scan_file(path)) if e in ("DK_CPR", "EMAIL_ADDRESS")}


def test_an_invitations_base64_attachment_is_read_as_its_file(tmp_path: Path) -> None:
    payload = base64.b64encode(TEXT.encode()).decode()
    attach = _fold(f"ATTACH;FMTTYPE=text/plain;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=kunde.txt:{payload}")
    path = tmp_path / "invitation.ics"
    path.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{_event(attach)}END:VCALENDAR\r\n", encoding="utf-8")
    results = scan_file(path)
    assert any(r.item.location.endswith("kunde.txt") for r in results)
    assert _hits(path) == {("DK_CPR", "0707614285"), ("EMAIL_ADDRESS", "anna.berg@firma.se")}


def test_a_private_entrys_attachment_is_not_read(tmp_path: Path) -> None:
    payload = base64.b64encode(TEXT.encode()).decode()
    attach = _fold(f"ATTACH;FMTTYPE=text/plain;ENCODING=BASE64;VALUE=BINARY:{payload}")
    path = tmp_path / "mixed.ics"
    body = _event("", "PUBLIC") + _event(attach, "PRIVATE")
    path.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}END:VCALENDAR\r\n", encoding="utf-8")
    assert _hits(path) == set()


def test_a_contacts_photo_is_read_as_a_picture(tmp_path: Path) -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Description", TEXT)
    buf = io.BytesIO()
    Image.new("L", (8, 8), 255).save(buf, "PNG", pnginfo=info)
    payload = base64.b64encode(buf.getvalue()).decode()
    for photo in (f"PHOTO;ENCODING=b;TYPE=PNG:{payload}", f"PHOTO:data:image/png;base64,{payload}"):
        path = tmp_path / "kontakt.vcf"
        path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jens\r\n{_fold(photo)}END:VCARD\r\n", encoding="utf-8")
        assert _hits(path) == {("DK_CPR", "0707614285"), ("EMAIL_ADDRESS", "anna.berg@firma.se")}, photo


def test_a_folded_line_is_read_unfolded(tmp_path: Path) -> None:
    # RFC 5545 folds every line longer than 75 octets: an identifier across the fold was two words.
    path = tmp_path / "fold.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:M\xc3\xb8de\r\n"
        b"DESCRIPTION:M\xc3\xb8det handler om borgeren med CPR 0707\r\n 61-4285 og mail anna.berg@fir\r\n"
        b"\tma.se\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert _hits(path) == {("DK_CPR", "0707614285"), ("EMAIL_ADDRESS", "anna.berg@firma.se")}


def test_quoted_printable_vcard_values_are_decoded(tmp_path: Path) -> None:
    # vCard 2.1 (Outlook's and phones' contact exports) writes values quoted-printable, soft breaks too.
    path = tmp_path / "kontakt.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:S=C3=B8ren =C3=98stergaard\r\n"
        b"NOTE;ENCODING=QUOTED-PRINTABLE:CPR 070761=2D4285=0D=0Amail anna.berg=40fir=\r\nma.se\r\nEND:VCARD\r\n"
    )
    assert _hits(path) == {("DK_CPR", "0707614285"), ("EMAIL_ADDRESS", "anna.berg@firma.se")}
