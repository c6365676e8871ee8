"""Outlook/Exchange may carry a message's sensitivity only inside its TNEF part (winmail.dat,
``application/ms-tnef``): a message whose TNEF part does not let the scanner tell that it is normal is
private, and nothing of it (body, attachments, the winmail.dat itself) is read."""

from __future__ import annotations

import base64
import io
import struct
import zipfile

import pytest

from pii_scanner.core.model import ItemResult
from pii_scanner.extract import sniff
from tests.helpers.mail_messages import CONFIG, CPR, process
from tests.helpers.tnef_bytes import (
    ATT_MSG_PROPS,
    LVL_MESSAGE,
    PR_SENSITIVITY,
    PR_SUBJECT,
    attachment_with_method,
    attribute,
    binary_prop,
    long_prop,
    multi_long_prop,
    named_long_prop,
    props,
    string_prop,
    tnef,
    tnef_mail,
    tnef_with_sensitivity,
)

BODY = f"Jeg er sygemeldt. CPR {CPR}"


def _has_cpr(results: list[ItemResult]) -> bool:
    return any(f.entity_type == "DK_CPR" for r in results for f in r.findings)


@pytest.mark.parametrize(
    ("ctype", "filename", "nested"),
    [
        ("application/ms-tnef", "winmail.dat", False),
        ("application/vnd.ms-tnef", "winmail.dat", False),
        ("application/octet-stream", "WINMAIL.DAT", False),
        ("application/octet-stream", "bilag.bin", False),  # renamed: known by its signature
        ("application/ms-tnef", "winmail.dat", True),
    ],
)
def test_private_only_inside_tnef_is_private_and_unread(ctype: str, filename: str, nested: bool) -> None:
    (top, *rest) = process(tnef_mail(BODY, tnef_with_sensitivity(2), ctype, filename, nested=nested))
    assert top.private and not top.findings and not rest
    assert "TNEF" in top.metadata["private_reason"]
    assert top.item.mail is not None and top.item.mail.sensitivity in ("private", "unreadable")


def test_unreadable_tnef_is_private_and_unread() -> None:
    (top, *rest) = process(tnef_mail(BODY, b"\x78\x9f\x3e\x22garbage"))
    assert top.private and not top.findings and not rest
    assert top.metadata["private_reason"].startswith("sensitivity_unreadable")


def test_outer_private_header_keeps_its_own_reason() -> None:
    (top, *rest) = process(tnef_mail(BODY, b"junk", outer="Sensitivity: Private\r\n"))
    assert top.private and not top.findings and not rest
    assert top.metadata["private_reason"] == "sensitivity private"


def test_outer_confidential_header_with_tnef_is_private() -> None:
    (top, *rest) = process(tnef_mail(BODY, b"junk", outer="Sensitivity: Company-Confidential\r\n"))
    assert top.private and not top.findings and not rest


def test_message_without_tnef_is_read() -> None:
    data = tnef_mail(BODY, b"%PDF-1.4 nothing", "application/pdf", "bilag.pdf")
    results = process(data)
    assert not results[0].private and _has_cpr(results)


def test_tnef_message_attached_to_a_normal_one_decides_for_itself() -> None:
    inner = tnef_mail(BODY, tnef_with_sensitivity(2))
    outer = (
        (
            "From: a@firma.dk\r\nTo: b@firma.dk\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=O\r\n\r\n"
            f"--O\r\nContent-Type: text/plain\r\n\r\nSe vedhæftede, CPR {CPR}\r\n"
            "--O\r\nContent-Type: message/rfc822\r\n\r\n"
        ).encode()
        + inner
        + b"\r\n--O--\r\n"
    )
    results = process(outer)
    assert not results[0].private and _has_cpr(results[:1])
    attached = [r for r in results[1:] if r.item.mail is not None]
    assert attached and all(r.private and not r.findings for r in attached)
    assert not any(r.findings for r in results[1:])


def test_inspection_reads_a_tnef_private_message_and_keeps_it_private() -> None:
    config = CONFIG.with_(mail__inspect_private=True, mail__inspect_private_reason="sag 17")
    (top, *_rest) = process(tnef_mail(BODY, tnef_with_sensitivity(2)), config)
    assert top.private and any(f.entity_type == "DK_CPR" for f in top.findings)


# --- the TNEF stream is read: its PR_SENSITIVITY decides -----------------------------------------
def _msg_props(*encoded: bytes) -> bytes:
    return tnef(attribute(LVL_MESSAGE, ATT_MSG_PROPS, props(*encoded)))


def test_tnef_saying_normal_is_read_as_before() -> None:
    stream = _msg_props(
        named_long_prop("x-custom", 2),  # a named property with a private-looking value is not PR_SENSITIVITY
        multi_long_prop(0x1234, 2, 2),
        binary_prop(0x0FFF, b"\x01\x02\x03"),
        string_prop(PR_SUBJECT, "Mødet"),
        long_prop(PR_SENSITIVITY, 0),
    )
    results = process(tnef_mail(BODY, stream + attachment_with_method(1)))
    assert not results[0].private and _has_cpr(results[:1])
    assert any(r.item.name == "winmail.dat" for r in results[1:])  # read as any attachment, as before


def test_tnef_saying_private_gives_the_reason() -> None:
    (top, *rest) = process(tnef_mail(BODY, tnef_with_sensitivity(2)))
    assert top.private and not top.findings and not rest
    assert top.metadata["private_reason"] == "sensitivity private: in TNEF (winmail.dat)"
    assert top.item.mail is not None and top.item.mail.sensitivity == "private"


@pytest.mark.parametrize(
    ("stream", "why"),
    [
        (_msg_props(long_prop(PR_SENSITIVITY, 7)), "in TNEF"),  # out of range
        (_msg_props(string_prop(PR_SUBJECT, "x")), "states no sensitivity"),
        (_msg_props(string_prop(PR_SENSITIVITY, "0")), "in TNEF"),  # wrong type
        (_msg_props(multi_long_prop(PR_SENSITIVITY, 0, 0)), "in TNEF"),
        (tnef(attribute(LVL_MESSAGE, ATT_MSG_PROPS, props(long_prop(PR_SENSITIVITY, 0)), checksum=1)), "checksum"),
        (tnef(attribute(LVL_MESSAGE, ATT_MSG_PROPS, struct.pack("<I", 10**8))), "count beyond"),
        (tnef(attribute(LVL_MESSAGE, ATT_MSG_PROPS, props(struct.pack("<HHi", 0x0999, 0x36, 0)))), "unknown property"),
        (tnef(attribute(7, ATT_MSG_PROPS, props(long_prop(PR_SENSITIVITY, 0)))), "level"),
        (_msg_props(long_prop(PR_SENSITIVITY, 0)) + attachment_with_method(5), "attached message"),
        (_msg_props(long_prop(PR_SENSITIVITY, 0), long_prop(PR_SENSITIVITY, 2)), "in TNEF"),  # strictest wins
    ],
)
def test_tnef_not_saying_normal_clearly_is_private(stream: bytes, why: str) -> None:
    (top, *rest) = process(tnef_mail(BODY, stream))
    assert top.private and not top.findings and not rest
    assert "TNEF" in top.metadata["private_reason"] and why in top.metadata["private_reason"]


def test_a_normal_tnef_cut_anywhere_is_private() -> None:
    stream = _msg_props(string_prop(PR_SUBJECT, "Mødet"), long_prop(PR_SENSITIVITY, 0))
    for cut in range(len(stream)):
        (top, *rest) = process(tnef_mail(BODY, stream[:cut]))
        assert top.private and not top.findings and not rest, cut


def test_two_tnef_parts_the_private_one_wins() -> None:
    data = tnef_mail(BODY, _msg_props(long_prop(PR_SENSITIVITY, 0)), nested=True)
    second = tnef_mail("", tnef_with_sensitivity(2)).split(b"--B\r\n")[2]
    data = data.replace(b"--B--", b"--B\r\n" + second.removesuffix(b"--B--\r\n") + b"--B--")
    (top, *rest) = process(data)
    assert top.private and not rest and "sensitivity private" in top.metadata["private_reason"]


def test_outer_private_wins_over_a_normal_tnef() -> None:
    stream = _msg_props(long_prop(PR_SENSITIVITY, 0))
    (top, *rest) = process(tnef_mail(BODY, stream, outer="Sensitivity: Private\r\n"))
    assert top.private and not top.findings and not rest


# --- a winmail.dat on its own (saved to disk, inside a zip) is a message too ----------------------
def _winmail(value: int) -> bytes:
    return _msg_props(string_prop(0x1000, BODY), long_prop(PR_SENSITIVITY, value))  # PR_BODY in plain text


@pytest.mark.parametrize("value", [2, 7])
def test_private_winmail_dat_file_is_not_read(value: int) -> None:
    (top, *rest) = process(_winmail(value), name="winmail.dat")
    assert top.private and not top.findings and not rest
    assert "TNEF" in top.metadata["private_reason"]


def test_damaged_winmail_dat_file_is_not_read() -> None:
    (top,) = process(_winmail(0)[:-3], name="winmail.dat")
    assert top.private and not top.findings


def test_private_winmail_dat_inside_a_zip_is_not_read() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("gemt/winmail.dat", _winmail(2))
    results = process(buf.getvalue(), name="arkiv.zip")
    inner = [r for r in results if r.item.name == "winmail.dat"]
    assert inner and inner[0].private and not any(r.findings for r in results)


def test_normal_winmail_dat_file_is_read_as_before() -> None:
    results = process(_winmail(0), name="winmail.dat")
    assert not results[0].private and _has_cpr(results)


def test_inspection_reads_a_private_winmail_dat_and_keeps_it_private() -> None:
    config = CONFIG.with_(mail__inspect_private=True, mail__inspect_private_reason="sag 17")
    (top,) = process(_winmail(2), config, name="winmail.dat")
    assert top.private and _has_cpr([top])


def test_winmail_dat_is_known_by_its_signature_whatever_libmagic_says(monkeypatch: pytest.MonkeyPatch) -> None:
    class _Generic:  # an older libmagic without the TNEF rule
        def from_buffer(self, data: bytes) -> str:
            return "application/octet-stream"

    monkeypatch.setattr(sniff, "_magic", _Generic)
    assert sniff.sniff_mime(_winmail(2), "bilag.bin") == "application/vnd.ms-tnef"


# --- a TNEF part labelled as text (a gateway's doing), or without a type --------------------------
def _labelled(stream: bytes, headers: str, cte: str = "base64") -> bytes:
    import quopri

    encoded = base64.encodebytes(stream).decode() if cte == "base64" else quopri.encodestring(stream).decode("latin-1")
    return (
        "From: a@firma.dk\r\nTo: b@firma.dk\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nhej\r\n"
        f"--B\r\n{headers}Content-Transfer-Encoding: {cte}\r\n\r\n{encoded}\r\n--B--\r\n"
    ).encode("latin-1")


LABELS = {
    "text_plain_inline": "Content-Type: text/plain\r\n",
    "text_html_inline": "Content-Type: text/html\r\n",
    "no_type_inline": "",
    "text_first_of_two_types": "Content-Type: text/plain\r\nContent-Type: application/ms-tnef\r\n",
    "text_plain_attached": 'Content-Type: text/plain\r\nContent-Disposition: attachment; filename="bilag.bin"\r\n',
}


@pytest.mark.parametrize("cte", ["base64", "quoted-printable"])
@pytest.mark.parametrize("label", sorted(LABELS))
def test_a_private_tnef_labelled_as_text_is_private_and_unread(label: str, cte: str) -> None:
    # Read as a text body, the TNEF's own body (its PR_BODY) was scanned: the private message's text.
    stream = _msg_props(string_prop(0x1000, BODY), long_prop(PR_SENSITIVITY, 2))
    (top, *rest) = process(_labelled(stream, LABELS[label], cte))
    assert top.private and not top.findings and not rest
    assert "TNEF" in top.metadata["private_reason"]


def test_a_normal_tnef_labelled_as_text_is_read_as_tnef() -> None:
    stream = _msg_props(string_prop(0x1000, BODY), long_prop(PR_SENSITIVITY, 0))
    results = process(_labelled(stream, LABELS["text_plain_inline"]))
    assert not results[0].private
    tnef_items = [r for r in results if r.mime == "application/vnd.ms-tnef"]
    assert tnef_items and _has_cpr(tnef_items), "the TNEF part was read as text, not as TNEF"


@pytest.mark.parametrize("at", [0, 1, 3])
def test_a_winmail_dat_with_a_damaged_signature_is_not_read(at: int) -> None:
    # Known by its signature only, it was read by the strings reader: the private message's text.
    data = bytearray(_winmail(2))
    data[at] ^= 0xFF
    (top,) = process(bytes(data), name="winmail.dat")
    assert top.private and not top.findings
    assert top.metadata["private_reason"].startswith("sensitivity_unreadable")
