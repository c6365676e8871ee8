"""Hostile probes (session 9 red team): mail shapes and documents that were read when private, or not read
and still called clean.

Each case plants a CPR; the promise is either "private, no findings, nothing below it read" or "found, or the
item says it was not read" (never silently clean).
"""

from __future__ import annotations

import base64

import pytest

from pii_scanner.core.model import ItemResult
from tests.helpers.mail_messages import CPR, process

DIGITS = CPR.replace("-", "")


def _message(private: bool, body: str = f"Jeg er sygemeldt. Mit CPR er {CPR}.") -> bytes:
    headers = [
        "From: Jens Hansen <jens@firma.dk>",
        "To: Lise <lise@firma.dk>",
        "Subject: Til dig",
        "Date: Mon, 30 Nov 2026 10:00:00 +0100",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
    ]
    if private:
        headers.insert(3, "Sensitivity: Private")
    return ("\r\n".join(headers) + "\r\n\r\n" + body + "\r\n").encode()


def _outer(ctype: str, inner: bytes, cte: str | None = None) -> bytes:
    """A normal message carrying ``inner`` as an attachment of type ``ctype`` (encoded with ``cte``)."""
    payload = base64.encodebytes(inner).replace(b"\n", b"\r\n") if cte == "base64" else inner
    cte_line = f"Content-Transfer-Encoding: {cte}\r\n" if cte else ""
    head = (
        "From: Lise <lise@firma.dk>\r\nTo: HR <hr@firma.dk>\r\nSubject: Fwd\r\n"
        "Date: Mon, 30 Nov 2026 11:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=XX\r\n\r\n"
        "--XX\r\nContent-Type: text/plain\r\n\r\nSe vedhaeftet.\r\n"
        f'--XX\r\nContent-Type: {ctype}\r\n{cte_line}Content-Disposition: attachment; filename="fwd.msg"\r\n\r\n'
    ).encode()
    return head + payload + b"\r\n--XX--\r\n"


def _cprs(results: list[ItemResult]) -> list[str]:
    return [f.entity_type for r in results for f in r.findings if f.entity_type == "DK_CPR"]


MESSAGE_TYPES = ["message/global", "message/news", "message/x-forwarded", "message/rfc822"]


@pytest.mark.parametrize("cte", [None, "7bit", "8bit", "base64"])
@pytest.mark.parametrize("ctype", MESSAGE_TYPES)
def test_private_message_attached_as_any_message_type_is_not_read(ctype: str, cte: str | None) -> None:
    # RFC 6532 message/global (an internationalised message) and other message/* types carry a whole
    # message; the email package parses all of them into the outer message's tree.
    results = process(_outer(ctype, _message(private=True), cte))
    assert not _cprs(results), f"a private message attached as {ctype} ({cte}) was read"
    inner = [r for r in results if r.item.depth > 0]
    assert inner and all(r.private for r in inner)


@pytest.mark.parametrize("cte", [None, "base64"])
@pytest.mark.parametrize("ctype", MESSAGE_TYPES)
def test_normal_message_attached_as_any_message_type_is_read(ctype: str, cte: str | None) -> None:
    results = process(_outer(ctype, _message(private=False), cte))
    assert len(_cprs(results)) == 1, f"a normal message attached as {ctype} ({cte}) was not read"
    assert not results[0].private and not results[0].error


def _emlx(message: bytes) -> bytes:
    """Apple Mail's .emlx: the message's byte count on a line of its own, the message, an XML plist."""
    message = message.replace(b"\r\n", b"\n")
    plist = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<plist version="1.0"><dict><key>flags</key><integer>8590195713</integer></dict></plist>\n'
    )
    return str(len(message)).encode() + b"\n" + message + plist


@pytest.mark.parametrize("name", ["12345.emlx", "12345.partial.emlx", "12345"])
def test_apple_mail_emlx_private_message_is_not_read(name: str) -> None:
    results = process(_emlx(_message(private=True)), name=name)
    assert results[0].mime == "message/rfc822" and results[0].private
    assert not _cprs(results)


def test_apple_mail_emlx_normal_message_is_read_as_mail() -> None:
    results = process(_emlx(_message(private=False)), name="12345.emlx")
    assert results[0].mime == "message/rfc822" and not results[0].private
    assert len(_cprs(results)) == 1


def test_a_number_line_before_ordinary_text_is_not_mail() -> None:
    results = process(f"2026\nReferat: Jens fik CPR {CPR} rettet.\n".encode(), name="notes.txt")
    assert results[0].mime == "text/plain" and len(_cprs(results)) == 1


def _nested_multipart(depth: int) -> bytes:
    head = "From: a@firma.dk\r\nTo: b@firma.dk\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
    opening = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n" for i in range(depth))
    closing = "".join(f"\r\n--b{i}--\r\n" for i in reversed(range(depth)))
    return (head + opening + f"Content-Type: text/plain\r\n\r\nCPR {CPR}\r\n" + closing).encode()


@pytest.mark.parametrize("depth", [3, 40])
def test_nested_multipart_body_is_read(depth: int) -> None:
    results = process(_nested_multipart(depth))
    assert len(_cprs(results)) == 1 and not results[0].error


@pytest.mark.parametrize("depth", [60, 400])
def test_multipart_nested_too_deep_is_not_called_clean(depth: int) -> None:
    # Parts below the nesting limit were dropped without a word: the message looked clean.
    results = process(_nested_multipart(depth))
    top = results[0]
    assert _cprs(results) or (top.error and "nest" in top.error), "deep MIME parts dropped silently"


def _filled_pdf_form(values: dict[str, str]) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    page.drawString(50, 800, "Ansoegning om boligstoette - udfyld felterne")
    for n, (name, value) in enumerate(values.items()):
        page.drawString(50, 770 - 30 * n, f"{name}:")
        page.acroForm.textfield(name=name, x=150, y=760 - 30 * n, width=200, height=20, value=value)
    page.save()
    return buf.getvalue()


def test_values_typed_into_a_pdf_form_are_read() -> None:
    # A filled AcroForm keeps its values outside the page's text layer: the item looked clean.
    results = process(_filled_pdf_form({"cpr": CPR, "telefon": "12 34 56 78"}), name="ansoegning.pdf")
    top = results[0]
    assert top.mime == "application/pdf" and not top.error
    assert len(_cprs(results)) == 1


def test_an_empty_pdf_form_adds_nothing() -> None:
    results = process(_filled_pdf_form({"cpr": ""}), name="blank.pdf")
    assert results[0].mime == "application/pdf" and not results[0].error and not _cprs(results)
