"""Hostile shapes of private mail: every path into a message decides privacy before reading.

Each case plants a CPR in the body of a message marked private in some odd way; the promise is
that the item is private, carries no findings, and nothing below it is read.
"""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

import pytest

from pii_scanner.core.mail_policy import header_sensitivity, repaired
from pii_scanner.core.model import ItemResult
from pii_scanner.extract.sniff import sniff_mime
from tests.helpers.mail_messages import CONFIG, CPR, make_mail, process

HTML_BODY = f"<html><body><p>Lægeerklæring, CPR {CPR}</p></body></html>"


def _raw(headers: list[str], body: str = HTML_BODY, nl: str = "\n") -> bytes:
    return (nl.join(headers) + nl + nl + body + nl).encode("utf-8")


def _no_plaintext_read(results: list[ItemResult]) -> None:
    assert results, "nothing came out"
    assert all(not r.findings for r in results if r.private), "a private item was read"
    assert not any(f.entity_type == "DK_CPR" for r in results for f in r.findings), "the private CPR was read"


HEADER_VARIANTS: dict[str, bytes] = {
    "subject_first_html": _raw(
        ["Subject: Lægebesøg", "From: jens@firma.dk", "Sensitivity: Private", "Content-Type: text/html; charset=utf-8"]
    ),
    "thread_topic_first": _raw(
        ["Thread-Topic: Lægebesøg", "Sensitivity: Private", "Content-Type: text/html; charset=utf-8"]
    ),
    "x_ms_has_attach_first": _raw(
        ["X-MS-Has-Attach: no", "Sensitivity: Private", "Subject: x", "Content-Type: text/html; charset=utf-8"]
    ),
    "importance_first": _raw(["Importance: high", "Sensitivity: Private", "Content-Type: text/html; charset=utf-8"]),
    "sensitivity_first": _raw(["Sensitivity: Private", "Content-Type: text/html; charset=utf-8"]),
    "sensitivity_only_plain": _raw(["Sensitivity: Private"], body=f"CPR {CPR}"),
    "utf8_bom": b"\xef\xbb\xbf" + bytes(make_mail(sensitivity="Private")),
    "blank_line_first": b"\n" + bytes(make_mail(sensitivity="Private")),
    "blank_lines_crlf_first": b"\r\n\r\n" + bytes(make_mail(sensitivity="Private")).replace(b"\n", b"\r\n"),
    "bom_then_blank": b"\xef\xbb\xbf\r\n" + bytes(make_mail(sensitivity="Private")),
    "private_user_comment": _raw(["From: a@firma.dk", "Subject: x", "Sensitivity: Private (user)"]),
    "twice_normal_then_private": _raw(
        ["From: a@firma.dk", "Subject: x", "Sensitivity: Normal", "Sensitivity: Private"]
    ),
    "twice_private_then_normal": _raw(
        ["From: a@firma.dk", "Subject: x", "Sensitivity: Private", "Sensitivity: Normal"]
    ),
    "line_without_colon_before": _raw(
        ["From: a@firma.dk", "Subject: x", "this line has no colon", "Sensitivity: Private"]
    ),
    "space_before_colon": _raw(["From: a@firma.dk", "Subject: x", "Sensitivity : Private"]),
    "lower_case": _raw(["from: a@firma.dk", "subject: x", "sensitivity: private"]),
    "folded_value": _raw(["From: a@firma.dk", "Subject: x", "Sensitivity:", " Private"]),
    "encoded_word": _raw(["From: a@firma.dk", "Subject: x", "Sensitivity: =?utf-8?q?Private?="]),
    "crlf": _raw(["From: a@firma.dk", "Subject: x", "Sensitivity: Private"], nl="\r\n"),
    "subject_twice": _raw(["From: a@firma.dk", "Subject: Hej", "Subject: PRIVAT lægebesøg", "To: b@firma.dk"]),
    "encoded_word_base64": _raw(["From: a@firma.dk", "Subject: x", "Sensitivity: =?utf-8?b?UHJpdmF0ZQ==?="]),
    "encoded_words_split": _raw(["From: a@firma.dk", "Subject: x", "Sensitivity: =?utf-8?q?Pri?= =?utf-8?q?vate?="]),
    "no_break_space_before_value": _raw(["From: a@firma.dk", "Subject: x", "Sensitivity:\u00a0Private"]),
    "tab_folded_value": _raw(["From: a@firma.dk", "Subject: x", "Sensitivity:", "\tPrivate"], nl="\r\n"),
    "form_feed_line_before": _raw(["From: a@firma.dk", "Subject: x", "\x0c", "Sensitivity: Private"]),
    # the header block ends past the parser's reach (a line without a colon first) and past 256 KB
    "huge_header_then_broken_line": _raw(
        ["From: a@firma.dk", "X-Long: " + "a" * 300_000, "no colon here", "Sensitivity: Private"]
    ),
    "huge_header_broken_line_then_private_subject": _raw(
        ["From: a@firma.dk", "X-Long: " + "a" * 300_000, "no colon here", "Subject: PRIVAT: læge"]
    ),
    # the mail headers come after 400 headers the sniffer does not know: it gave up after 300 lines
    "many_unknown_headers_first": _raw(
        [f"X-Junk-{i}: v" for i in range(400)] + ["From: a@firma.dk", "Subject: x", "Sensitivity: Private"]
    ),
    "subject_full_width": _raw(["From: a@firma.dk", "Subject: \uff30\uff32\uff29\uff36\uff21\uff34: læge"]),
    "subject_soft_hyphen": _raw(["From: a@firma.dk", "Subject: PRI\u00adVAT: læge"]),
    "subject_zero_width_space": _raw(["From: a@firma.dk", "Subject: PRI\u200bVAT: læge"]),
    "subject_underscore": _raw(["From: a@firma.dk", "Subject: privat_laegebesoeg"]),
}
UNREADABLE_VARIANTS: dict[str, bytes] = {
    "unknown_word": _raw(["From: a@firma.dk", "Subject: x", "Sensitivity: Geheim"]),
    "danish_word": _raw(["From: a@firma.dk", "Subject: x", "Sensitivity: Privat"]),
    "empty_value": _raw(["From: a@firma.dk", "Subject: x", "Sensitivity:"]),
    "garbage_bytes": b"From: a@firma.dk\nSubject: x\nSensitivity: \xff\xfe\x00\n\n" + f"CPR {CPR}\n".encode(),
    "two_values": _raw(["From: a@firma.dk", "Subject: x", "Sensitivity: Normal; Private"]),
    "normal_then_encoded_private": _raw(["From: a@firma.dk", "Subject: x", "Sensitivity: Normal =?utf-8?q?Private?="]),
    "unknown_charset_word": _raw(["From: a@firma.dk", "Subject: x", "Sensitivity: =?x-bogus?q?Private?="]),
    "nul_after_value": b"From: a@firma.dk\nSubject: x\nSensitivity: Private\x00\n\n" + f"CPR {CPR}\n".encode(),
}


@pytest.mark.parametrize("name", sorted(HEADER_VARIANTS))
@pytest.mark.parametrize("filename", ["m.eml", "m.txt", "m"])
def test_private_header_variants_are_not_read(name: str, filename: str) -> None:
    results = process(HEADER_VARIANTS[name], name=filename)
    top = results[0]
    assert top.mime == "message/rfc822", f"{name} typed {top.mime}"
    assert top.private and "private_mail" in top.flags
    _no_plaintext_read(results)


@pytest.mark.parametrize("name", sorted(UNREADABLE_VARIANTS))
def test_unreadable_sensitivity_is_private_with_reason(name: str) -> None:
    (top,) = process(UNREADABLE_VARIANTS[name])
    assert top.private and top.metadata["private_reason"] == "sensitivity_unreadable"
    assert top.item.mail is not None and top.item.mail.sensitivity == "unreadable"
    assert not top.findings


def test_normal_mail_still_read_after_hardening() -> None:
    """The hardening must not make every message private (a test that can fail the other way)."""
    for data in (
        bytes(make_mail()),
        b"\xef\xbb\xbf" + bytes(make_mail()),
        _raw(["From: a@firma.dk", "Subject: x", "Sensitivity: Normal"], body=f"CPR {CPR}"),
        _raw(["From: a@firma.dk", "Subject: x", "Sensitivity: Normal (default)"], body=f"CPR {CPR}"),
        _raw(["Subject: x", "Thread-Topic: x", "Content-Type: text/html"]),
        _raw(["From: a@firma.dk", "Subject: x", "Sensitivity: Normal;"], body=f"CPR {CPR}"),
        _raw(["From: a@firma.dk", "Subject: Privatkunder Q3", "Sensitivity: Normal"], body=f"CPR {CPR}"),
        _raw(["From: a@firma.dk", "Subject: x", "X-Long: " + "a" * 300_000, "Sensitivity: Normal"], body=f"CPR {CPR}"),
    ):
        (top,) = process(data)
        assert top.mime == "message/rfc822" and not top.private
        assert any(f.entity_type == "DK_CPR" for f in top.findings)


def test_header_after_body_separator_is_not_a_header() -> None:
    assert header_sensitivity(b"From: a\n\nSensitivity: Private\n") is None
    data = _raw(["From: a@firma.dk", "Subject: x"], body=f"Sensitivity: Private\nCPR {CPR}")
    (top,) = process(data)
    assert not top.private


def test_repaired_keeps_every_header_for_the_parser() -> None:
    fixed = repaired(b"From: a\nno colon here\nSubject : PRIVAT\n\nbody\n")
    assert fixed == b"From: a\nSubject: PRIVAT\n\nbody\n"


def test_plain_text_is_not_made_a_message() -> None:
    assert sniff_mime(b"Dear John,\nthis is not mail: really.\n", "notes.txt") == "text/plain"
    assert sniff_mime(b"Note: a\nTo do: b\n\nmore\n", "todo.txt") == "text/plain"
    assert sniff_mime(b"<html><body>x</body></html>", "a.html") == "text/html"
    flat = "".join(f"key{i}: value {i}\n" for i in range(500)).encode()  # 500 "name: value" lines, no mail
    assert sniff_mime(flat, "conf") == "text/plain" and sniff_mime(flat, "notes.txt") == "text/plain"


def _private_message() -> bytes:
    return HEADER_VARIANTS["subject_first_html"]


@pytest.mark.parametrize("maintype,subtype", [("application", "octet-stream"), ("text", "plain"), ("text", "html")])
def test_private_message_attached_as_opaque_type_is_not_read(maintype: str, subtype: str) -> None:
    outer = make_mail(body="Se vedhæftet.", to="kim@firma.dk")
    outer.add_attachment(_private_message(), maintype=maintype, subtype=subtype, filename="fwd.bin")
    results = process(bytes(outer))
    assert len(results) == 2 and not results[0].private
    inner = results[1]
    assert inner.mime == "message/rfc822" and inner.private and not inner.findings
    _no_plaintext_read(results)


def test_private_message_inside_zip_inside_mail_is_not_read() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a/besked.eml", _private_message())
        zf.writestr("a/besked.dat", HEADER_VARIANTS["utf8_bom"])
    outer = make_mail(body="zip", to="kim@firma.dk")
    outer.add_attachment(buf.getvalue(), maintype="application", subtype="zip", filename="x.zip")
    results = process(bytes(outer))
    messages = [r for r in results if r.mime == "message/rfc822" and r.item.depth > 0]
    assert len(messages) == 2 and all(m.private for m in messages)
    _no_plaintext_read(results)


def test_private_rfc822_attachment_in_normal_mail() -> None:
    outer = make_mail(body="ingen cpr", to="kim@firma.dk")
    inner = EmailMessage()
    inner["Subject"] = "x"
    inner["Sensitivity"] = "Private (user)"
    inner.set_content(f"CPR {CPR}")
    outer.add_attachment(inner)
    results = process(bytes(outer))
    assert results[1].private and not results[1].findings
    _no_plaintext_read(results)


# --- inspection: an audited exception, and inspected items stay private ---------------------------
def test_inspected_private_message_and_its_attachments_stay_private() -> None:
    cfg = CONFIG.with_(mail__inspect_private=True, mail__inspect_private_reason="sag 17")
    msg = make_mail(sensitivity="Private")
    msg.add_attachment(f"CPR;{CPR}\n".encode(), maintype="text", subtype="csv", filename="l.csv")
    nested = make_mail(body=f"indre {CPR}", subject="indre")
    msg.add_attachment(nested)
    results = process(bytes(msg), cfg)
    assert len(results) == 3
    assert all(r.private and "private_mail" in r.flags for r in results)
    assert all(any(f.entity_type == "DK_CPR" for f in r.findings) for r in results)  # read: inspected


def test_inspection_without_reason_reads_nothing() -> None:
    from pii_scanner.core.config import ScanConfig, config_from_dict
    from pii_scanner.core.errors import ConfigError

    for bad in ({"inspect_private": True}, {"inspect_private": True, "inspect_private_reason": "  "}):
        with pytest.raises(ConfigError, match="inspect_private_reason"):
            config_from_dict({"mail": bad})
    with pytest.raises(ConfigError):
        ScanConfig().with_(mail__inspect_private=True)
    with pytest.raises(ConfigError):
        config_from_dict({"mail": {"inspect_private": "yes", "inspect_private_reason": "x"}})


@pytest.mark.parametrize("name", ["x.pst", "x.ost", "x.mbox", "x.msg"])
def test_mail_file_names_are_never_read_as_text(name: str) -> None:
    """A mail file that is not what its name says is an error record, not a text file read."""
    (top,) = process(f"Hemmeligt: CPR {CPR}\n".encode(), name=name)
    assert top.error and not top.findings


def test_msg_sensitivity_reading() -> None:
    from pii_scanner.extract.msg import _sensitivity

    class Raises:
        @property
        def sensitivity(self) -> object:
            raise ValueError("7 is not a valid Sensitivity")

        header = ""

    class Absent:
        sensitivity = None
        header = "Subject: x\nSensitivity: Private\n"

    class Value:
        def __init__(self, value: int) -> None:
            self.sensitivity, self.header = value, None

    assert _sensitivity(Raises()) == "unreadable"
    assert _sensitivity(Absent()) == "private"  # the transport header counts too
    assert _sensitivity(Value(2)) == "private" and _sensitivity(Value(0)) == "normal"
    assert _sensitivity(Value(9)) == "unreadable"


@pytest.mark.parametrize(
    "inner_headers",
    [
        "From: a@firma.dk\nSubject: x\nno colon line\nSensitivity: Private\n",
        "From: a@firma.dk\nSubject: x\nSensitivity : Private\n",
        "\nFrom: a@firma.dk\nSubject: x\nSensitivity: Private\n",
        "From: a@firma.dk\nSubject: x\nSensitivity: Normal\nSensitivity: Private (user)\n",
    ],
)
def test_attached_message_with_malformed_header_block_is_not_read(inner_headers: str) -> None:
    """message/rfc822 parts are parsed with the outer message: a malformed inner header block must not hide privacy."""
    inner = (inner_headers + f"\nCPR {CPR}\n").encode()
    outer = (
        b"From: jens@firma.dk\nTo: kim@firma.dk\nSubject: fwd\nMIME-Version: 1.0\nContent-Type: multipart/mixed; "
        b'boundary="B"\n\n--B\nContent-Type: text/plain\n\nse vedh\n--B\nContent-Type: message/rfc822\n\n'
        + inner
        + b"--B--\n"
    )
    results = process(outer)
    assert len(results) == 2 and results[1].private
    _no_plaintext_read(results)


def test_sensitivity_after_a_huge_header_block_counts() -> None:
    filler = "".join(f"X-Filler-{i}: {'a' * 60}\n" for i in range(5000))  # ~350 KB of headers
    data = f"From: a@firma.dk\nSubject: x\n{filler}Sensitivity: Private\n\nCPR {CPR}\n".encode()
    (top,) = process(data)
    assert top.private and not top.findings


@pytest.mark.parametrize(
    "subject", ["=?utf-8?b?UFJJVkFUOiBsw6ZnZQ==?=", "Hej\n PRIVAT", "=?iso-8859-1?q?Personligt?= sag"]
)
def test_encoded_and_folded_private_subjects(subject: str) -> None:
    (top,) = process(_raw(["From: a@firma.dk", f"Subject: {subject}"], body=f"CPR {CPR}"))
    assert top.private and not top.findings


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_private_message_saved_as_utf16_is_not_read(encoding: str) -> None:
    text = bytes(make_mail(sensitivity="Private")).decode()
    data = text.encode(encoding)
    if encoding != "utf-16":  # with an explicit byte order mark, as Windows writes it
        data = ("\ufeff" + text).encode(encoding)
    for name in ("m.eml", "m"):
        results = process(data, name=name)
        assert results[0].mime == "message/rfc822" and results[0].private, name
        _no_plaintext_read(results)
