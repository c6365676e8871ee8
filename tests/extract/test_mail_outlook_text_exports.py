"""Outlook's "Save As" text of a message writes its header fields under the labels of Outlook's language:
a Danish, Norwegian or Swedish export of a private message (`Følsomhed:\tPrivat`, `Følsomhet:`,
`Känslighet:`) is a private message and not read, as the English one (`Sensitivity:\tPrivate`) already
was; a normal one is read as a message. Was: typed text/plain and read, a diagnosis and CPR included."""

from __future__ import annotations

import pytest

from tests.helpers.mail_messages import CPR, process

BODY = f"Mit CPR er {CPR} og jeg har diabetes."
EXPORTS = {
    "da": "Fra:\tJens Hansen\r\nSendt:\t1. december 2025 10:00\r\nTil:\tKim Larsen\r\nEmne:\tLægebesøg\r\n"
    "Prioritet:\tHøj\r\nFølsomhed:\t{value}\r\n\r\n" + BODY + "\r\n",
    "no": "Fra:\tJens Hansen\r\nSendt:\t1. desember 2025 10:00\r\nTil:\tKim Larsen\r\nEmne:\tLegebesøk\r\n"
    "Følsomhet:\t{value}\r\n\r\n" + BODY + "\r\n",
    "sv": "Från:\tJens Hansen\r\nSkickat:\tden 1 december 2025 10:00\r\nTill:\tKim Larsen\r\nÄmne:\tLäkarbesök\r\n"
    "Känslighet:\t{value}\r\n\r\n" + BODY + "\r\n",
}
ENCODINGS = ["utf-8", "cp1252", "utf-16"]


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize(
    ("language", "value"), [("da", "Privat"), ("no", "Privat"), ("sv", "Privat"), ("da", "Hemmelig")]
)
def test_a_localised_outlook_export_of_a_private_message_is_not_read(language: str, value: str, encoding: str) -> None:
    data = EXPORTS[language].format(value=value).encode(encoding)
    for name in ("besked.txt", "besked"):
        results = process(data, name=name)
        assert results[0].private, name
        assert not any(r.findings for r in results), (name, [r.item.mime for r in results])


@pytest.mark.parametrize("language", ["da", "sv"])
def test_a_normal_localised_export_is_read_as_a_message(language: str) -> None:
    (top,) = process(EXPORTS[language].format(value="Normal").encode("utf-8"), name="besked.txt")
    assert not top.private and any(f.entity_type == "DK_CPR" for f in top.findings)


def test_a_letter_with_one_label_line_stays_text() -> None:
    (top,) = process(f"Fra: Jens\r\n\r\nHej Kim, mit CPR er {CPR}.\r\n".encode(), name="brev.txt")
    assert not top.private and top.mime != "message/rfc822" and top.findings


@pytest.mark.parametrize("language", ["da", "sv"])
def test_an_ordinary_mail_pasted_into_a_text_file_stays_text_with_its_own_offsets(language: str) -> None:
    """No sensitivity label, no private word in the subject: an ordinary letter or e-mail copied into a
    text file. Typed as a message, its findings' offsets would index the parts the mail reader joins,
    not the file's own text."""
    head = (
        "Fra: Jens Hansen\nTil: Kim Larsen\nEmne: Fakturaer\n"
        if language == "da"
        else ("Från: Jens Hansen\nTill: Kim Larsen\nÄmne: Fakturor\n")
    )
    text = head + f"\nHej Kim, mit CPR er {CPR}.\n"
    (top,) = process(text.encode("utf-8"), name="mail.txt")
    assert top.mime != "message/rfc822" and not top.private
    (cpr,) = [f for f in top.findings if f.entity_type == "DK_CPR"]
    assert (cpr.start, cpr.end) == (text.index(CPR), text.index(CPR) + len(CPR))


def test_a_localised_export_whose_subject_is_marked_private_is_not_read() -> None:
    data = f"Fra:\tJens Hansen\r\nTil:\tKim Larsen\r\nEmne:\tPrivat: tandlæge\r\n\r\n{BODY}\r\n".encode()
    results = process(data, name="besked.txt")
    assert results[0].private and not any(r.findings for r in results)
