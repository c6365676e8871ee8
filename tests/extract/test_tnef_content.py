"""A normal TNEF (winmail.dat) is read like the message it is: its attachments become child items
(with the limits and privacy rules of any attachment) and its compressed RTF body (PR_RTF_COMPRESSED,
MS-OXRTFCP) is decompressed and read. Before, only the stream's readable runs were read: an attachment's
zipped or compressed content and the RTF body were silently missed. What cannot be read is an error."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pii_scanner.core.model import ItemResult
from pii_scanner.extract.rtf_compressed import CompressedRtfError, decompress
from tests.helpers.mail_messages import CONFIG, CPR, make_mail, process
from tests.helpers.tnef_bytes import (
    ATT_MSG_PROPS,
    ATT_RECIP_TABLE,
    LVL_MESSAGE,
    PR_BODY,
    PR_DISPLAY_NAME,
    PR_EMAIL_ADDRESS,
    PR_HTML,
    PR_RTF_COMPRESSED,
    PR_SENSITIVITY,
    PR_SUBJECT,
    attachment,
    attribute,
    binary_prop,
    long_prop,
    lzfu_literals,
    props,
    string_prop,
    tnef,
    tnef_mail,
    unicode_prop,
)

ROOT = Path(__file__).resolve().parents[2]
# MS-OXRTFCP 3.1.1.1 and 3.1.1.2: the specification's two compressed examples and what they hold.
SPEC_1 = bytes.fromhex(
    "2d0000002b0000004c5a4675f1c5c7a703000a007263706731323542320af32068656c09002062770 5b06c647d0a800fa0".replace(
        " ", ""
    )
)
SPEC_1_TEXT = b"{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n"
SPEC_2 = bytes.fromhex("1a0000001c0000004c5a4675e2d44b51410004205758595a0d6e7d010eb0")
SPEC_2_TEXT = b"{\\rtf1 WXYZWXYZWXYZWXYZWXYZ}"
RTF_BODY = (
    b"{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\\pard Sygemelding, CPR " + CPR.encode() + b"\\par}"
)


def _cprs(results: list[ItemResult]) -> list[ItemResult]:
    return [r for r in results if any(f.entity_type == "DK_CPR" for f in r.findings)]


def _normal(*attributes: bytes, message_props: tuple[bytes, ...] = ()) -> bytes:
    listed = props(string_prop(PR_SUBJECT, "Mødet"), *message_props, long_prop(PR_SENSITIVITY, 0))
    return tnef(attribute(LVL_MESSAGE, ATT_MSG_PROPS, listed), *attributes)


def _zip(name: str, data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(name, data)
    return buf.getvalue()


# --- compressed RTF --------------------------------------------------------------------------------
def test_the_specification_examples_decompress() -> None:
    assert decompress(SPEC_1, 1 << 20) == SPEC_1_TEXT
    assert decompress(SPEC_2, 1 << 20) == SPEC_2_TEXT  # a reference that runs over the write position


def test_uncompressed_rtf_in_the_same_frame_is_read() -> None:
    import struct

    framed = struct.pack("<IIII", 12 + len(SPEC_2_TEXT), len(SPEC_2_TEXT), 0x414C454D, 0) + SPEC_2_TEXT
    assert decompress(framed, 1 << 20) == SPEC_2_TEXT


@pytest.mark.parametrize("spec", [SPEC_1, SPEC_2])
def test_damaged_compressed_rtf_is_never_read_as_something_else(spec: bytes) -> None:
    for cut in range(len(spec)):
        with pytest.raises(CompressedRtfError):
            decompress(spec[:cut], 1 << 20)
    for at in range(16, len(spec)):  # any byte of the compressed data changed: the CRC says so
        flipped = spec[:at] + bytes([spec[at] ^ 0x40]) + spec[at + 1 :]
        with pytest.raises(CompressedRtfError):
            decompress(flipped, 1 << 20)
    with pytest.raises(CompressedRtfError):
        decompress(spec[:8] + b"XXXX" + spec[12:], 1 << 20)  # an unknown compression type
    with pytest.raises(CompressedRtfError):
        decompress(spec, 10)  # larger than allowed


def test_rtf_body_of_a_winmail_dat_is_read() -> None:
    stream = _normal(message_props=(binary_prop(PR_RTF_COMPRESSED, lzfu_literals(RTF_BODY)),))
    (top,) = process(stream, name="winmail.dat")
    assert not top.error and not top.private
    assert _cprs([top]), "the compressed RTF body was not read"


def test_damaged_rtf_body_is_an_error_not_a_clean_item() -> None:
    good = lzfu_literals(RTF_BODY)
    broken = good[:20] + bytes([good[20] ^ 1]) + good[21:]
    stream = _normal(message_props=(binary_prop(PR_RTF_COMPRESSED, broken), unicode_prop(0x0C1A, "Jens Hansen")))
    (top,) = process(stream, name="winmail.dat")
    assert top.error and "PR_RTF_COMPRESSED" in top.error and "CRC" in top.error


def test_plain_and_html_bodies_are_read() -> None:
    plain = _normal(message_props=(string_prop(PR_BODY, f"CPR {CPR}"),))
    html = _normal(message_props=(binary_prop(PR_HTML, f"<p>CPR <b>{CPR}</b></p>".encode()),))
    for stream in (plain, html):
        (top,) = process(stream, name="winmail.dat")
        assert not top.error and _cprs([top])


def test_sender_and_recipients_are_read() -> None:
    row = props(unicode_prop(PR_DISPLAY_NAME, "Kim Larsen"), string_prop(PR_EMAIL_ADDRESS, "kim.larsen@gmail.com"))
    import struct

    table = attribute(LVL_MESSAGE, ATT_RECIP_TABLE, struct.pack("<I", 1) + row)
    (top,) = process(_normal(table), name="winmail.dat")
    assert not top.error
    assert any(f.entity_type == "EMAIL_ADDRESS" for f in top.findings)


# --- attachments ------------------------------------------------------------------------------------
def test_attachments_of_a_winmail_dat_are_child_items_and_read() -> None:
    stream = _normal(
        attachment("bilag.txt", f"Kunde CPR {CPR}".encode()),
        attachment("arkiv.zip", _zip("inde/sag.txt", f"Sag: CPR {CPR}".encode())),
        attachment("kun-i-egenskaber.txt", f"CPR {CPR} igen".encode(), in_props=True, legacy_title=False),
        attachment("link.docx", None, method=2),  # by reference: the file is elsewhere, nothing to read
    )
    results = process(stream, name="winmail.dat")
    top = results[0]
    assert not top.error and not top.private
    names = [r.item.name for r in results[1:]]
    assert names == ["bilag.txt", "arkiv.zip", "sag.txt", "kun-i-egenskaber.txt"], names
    assert {r.item.name for r in _cprs(results)} == {"bilag.txt", "sag.txt", "kun-i-egenskaber.txt"}
    assert results[1].item.location == "file:///t/winmail.dat!/attachment/1/bilag.txt"


def test_attachments_of_a_tnef_part_in_a_normal_mail_are_read() -> None:
    stream = _normal(attachment("løn.txt", f"Løn for CPR {CPR}".encode()))
    results = process(tnef_mail("Se vedhæftede", stream))
    assert not results[0].private
    hits = _cprs(results)
    assert [r.item.name for r in hits] == ["løn.txt"] and hits[0].item.depth == 2


def test_an_attachment_without_its_data_is_an_error() -> None:
    results = process(_normal(attachment("mangler.pdf", None)), name="winmail.dat")
    broken = [r for r in results if r.item.name == "mangler.pdf"]
    assert broken and broken[0].error and "no data" in broken[0].error


def test_a_private_message_attached_as_a_file_stays_private() -> None:
    private = bytes(make_mail(body=f"CPR {CPR}", sensitivity="Private"))
    results = process(_normal(attachment("privat.eml", private)), name="winmail.dat")
    attached = [r for r in results if r.item.name == "privat.eml"]
    assert attached and attached[0].private and not _cprs(results)


def test_a_private_tnef_with_attachments_reads_none_of_them() -> None:
    listed = props(long_prop(PR_SENSITIVITY, 2))
    stream = tnef(attribute(LVL_MESSAGE, ATT_MSG_PROPS, listed), attachment("bilag.txt", f"CPR {CPR}".encode()))
    for results in (process(stream, name="winmail.dat"), process(tnef_mail("hej", stream))):
        assert results[0].private and len(results) == 1 and not _cprs(results)


def test_inspected_private_tnef_attachments_are_read_and_stay_private() -> None:
    config = CONFIG.with_(mail__inspect_private=True, mail__inspect_private_reason="sag 17")
    listed = props(long_prop(PR_SENSITIVITY, 2))
    stream = tnef(attribute(LVL_MESSAGE, ATT_MSG_PROPS, listed), attachment("bilag.txt", f"CPR {CPR}".encode()))
    results = process(stream, config, name="winmail.dat")
    assert len(results) == 2 and all(r.private for r in results) and _cprs(results)


def test_attachments_keep_the_nesting_and_member_limits() -> None:
    stream = _normal(attachment("bilag.txt", f"CPR {CPR}".encode()))
    deep = process(tnef_mail("hej", stream), CONFIG.with_(limits__max_depth=1))
    cut = [r for r in deep if r.item.name == "bilag.txt"]
    assert cut and cut[0].error and "nesting deeper" in cut[0].error and not _cprs(deep)
    many = _normal(*(attachment(f"b{n}.txt", f"CPR {CPR}".encode()) for n in range(3)))
    results = process(many, CONFIG.with_(limits__max_members=2), name="winmail.dat")
    assert [r.item.name for r in results[1:3]] == ["b0.txt", "b1.txt"]
    assert len(results) == 4 and results[3].error and "more than 2 members" in results[3].error


def _scan(tmp_path: Path, stream: bytes) -> int:
    (tmp_path / "winmail.dat").write_bytes(stream)
    proc = subprocess.run(
        [sys.executable, "-m", "pii_scanner", "scan", str(tmp_path / "winmail.dat"), "--no-ner", "--workers", "1"],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert b"Traceback" not in proc.stderr and CPR.encode() not in proc.stdout + proc.stderr
    return proc.returncode


def test_scan_exit_codes(tmp_path: Path) -> None:
    assert _scan(tmp_path, _normal(attachment("bilag.txt", f"CPR {CPR}".encode()))) == 1
    good = lzfu_literals(RTF_BODY)
    broken = good[:-1] + bytes([good[-1] ^ 1])
    assert _scan(tmp_path, _normal(message_props=(binary_prop(PR_RTF_COMPRESSED, broken),))) == 4
    assert _scan(tmp_path, _normal(attachment("mangler.pdf", None))) == 4


def test_a_long_compressed_rtf_body_is_read_within_the_time_budget() -> None:
    import struct

    from pii_scanner.core.errors import LimitExceeded

    text = b" " * (2 << 20)
    stream = lzfu_literals(text)
    assert decompress(stream, 1 << 30) == text
    calls: list[int] = []

    def spent() -> None:
        calls.append(1)
        raise LimitExceeded("time budget spent")

    with pytest.raises(LimitExceeded):  # asked after the first MiB, not at the end
        decompress(stream, 1 << 30, spent)
    assert calls == [1]
    short = stream[:4] + struct.pack("<I", len(text) - 1) + stream[8:]  # the header says less than there is
    with pytest.raises(CompressedRtfError):
        decompress(short, 1 << 30)


def test_an_attachment_without_its_start_marker_is_not_merged_into_the_one_before() -> None:
    second = attachment("to.txt", f"CPR {CPR} igen".encode())
    second = second[len(attribute(2, 0x00069002, b"\0" * 14)) :]  # no attAttachRenddata before it
    results = process(_normal(attachment("en.txt", f"CPR {CPR}".encode()), second), name="winmail.dat")
    assert [r.item.name for r in _cprs(results)] == ["en.txt", "to.txt"]


def test_attachment_data_at_message_level_is_an_error() -> None:
    import struct

    moved = attachment("bilag.txt", f"CPR {CPR}".encode())
    moved = moved.replace(struct.pack("<BI", 2, 0x0006800F), struct.pack("<BI", 1, 0x0006800F))
    (top, *_rest) = process(_normal(moved), name="winmail.dat")
    assert top.error and "at message level" in top.error


def test_a_normal_winmail_dat_changed_anywhere_is_private_or_read_whole() -> None:
    import random

    stream = _normal(
        attachment("a.txt", f"CPR {CPR}".encode()),
        attachment("b.txt", b"x" * 100, in_props=True),
        message_props=(binary_prop(PR_RTF_COMPRESSED, lzfu_literals(RTF_BODY)),),
    )
    rng = random.Random(5)
    for _ in range(200):
        changed = bytearray(stream)
        for _ in range(rng.randrange(1, 4)):
            changed[rng.randrange(len(changed))] = rng.randrange(256)
        results = process(bytes(changed), name="winmail.dat")
        if results[0].private or any(r.error for r in results):
            continue
        assert {r.item.name for r in results} == {"winmail.dat", "a.txt", "b.txt"}, bytes(changed).hex()
        assert len(_cprs(results)) == 2  # the RTF body and a.txt
