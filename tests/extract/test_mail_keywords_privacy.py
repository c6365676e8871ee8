"""A message tagged private with an IMAP keyword is private on the server (the IMAP source reads its flags);
the mail stores that keep mail on disk write the same keywords into the message: Dovecot's mbox format in
``X-Keywords``, Thunderbird's local folders and IMAP cache in ``X-Mozilla-Keys``, Google Takeout the Gmail
labels (each a folder of the message) in ``X-Gmail-Labels``, mutt and Claws ``X-Label(s)``, RFC 5322
``Keywords``. Read from a file, the tag was ignored and the private message read."""

from __future__ import annotations

import io
import zipfile

import pytest

from pii_scanner.core.model import ItemResult
from tests.helpers.mail_messages import CONFIG, CPR, process

TAGGED = {
    "Dovecot X-Keywords": b"X-Keywords: Privat",
    "Dovecot, a $ keyword among others": b"X-Keywords: $label1 $Private NonJunk",
    "Thunderbird, padded": b"X-Mozilla-Keys: privat" + b" " * 60,
    "Thunderbird, among labels": b"X-Mozilla-Keys: $label1 personligt",
    "comma separated": b"X-Keywords: $Forwarded,Privat",
    "folded": b"X-Keywords: $label1\r\n Privat",
    # Google Takeout: the labels (the message's folders) are kept in this header only
    "Takeout label": "X-Gmail-Labels: Indbakke,Privat,Åbnet".encode(),
    "Takeout nested label": "X-Gmail-Labels: Arkiv,Privat/Læge".encode(),
    "Takeout label of two words, quoted": b'X-Gmail-Labels: "Privat, sager",Indbakke',
    "Takeout label, encoded word": b"X-Gmail-Labels: Indbakke,=?UTF-8?Q?Privat_l=C3=A6ge?=",
    "Takeout label, folded": b"X-Gmail-Labels: Indbakke,Vigtigt,\r\n Personligt",
    "mutt X-Label": b"X-Label: privat",
    "Claws X-Labels": b"X-Labels: Arbejde, Private",
    "RFC 5322 Keywords": b"Keywords: Sag 17, Personligt",
    # Thunderbird's built-in tag Personal ("Personligt") is written $label3 on disk and on the server
    "Thunderbird tag Personal": b"X-Mozilla-Keys: $label3",
    "Thunderbird tag Personal among others": b"X-Mozilla-Keys: $label1 $LABEL3",
    "Dovecot keeping Thunderbird's tag": b"X-Keywords: NonJunk $label3",
    "Evolution tag Personal": b"X-Keywords: $Labelpersonal",
}
UNTAGGED = {
    "no private keyword": b"X-Keywords: $label1 NonJunk",
    "a word glued on": b"X-Mozilla-Keys: privatkunder",
    "empty": b"X-Mozilla-Keys: " + b" " * 60,
    "Takeout labels, none private": "X-Gmail-Labels: Indbakke,Privatkunder,Åbnet".encode(),
    "Keywords, none private": b"Keywords: faktura, privatkunde",
    "Thunderbird tags Important, Work, To Do, Later": b"X-Mozilla-Keys: $label1 $label2 $label4 $label5",
}


def _message(header: bytes) -> bytes:
    return (
        b"From: Jens <jens@firma.dk>\r\nTo: Lise <lise@firma.dk>\r\nSubject: Hej\r\n"
        + header
        + b"\r\nContent-Type: text/plain\r\n\r\nMit CPR er "
        + CPR.encode()
        + b"\r\n"
    )


def _mbox(*messages: bytes) -> bytes:
    return b"".join(
        b"From jens@firma.dk Mon Jan  1 10:00:00 2024\n" + m.replace(b"\r\n", b"\n") + b"\n" for m in messages
    )


def _cprs(results: list[ItemResult]) -> int:
    return sum(1 for r in results for f in r.findings if f.entity_type == "DK_CPR")


@pytest.mark.parametrize("container", ["eml", "mbox", "mbox in a zip"])
@pytest.mark.parametrize("form", TAGGED)
def test_a_message_tagged_private_by_its_mail_store_is_not_read(form: str, container: str) -> None:
    tagged, normal = _message(TAGGED[form]), _message(b"X-Keywords: $label1")
    if container == "eml":
        results = process(tagged, name="besked.eml")
    else:
        mbox = _mbox(normal, tagged)
        if container == "mbox in a zip":
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w") as zf:
                zf.writestr("mail/INBOX", mbox)
            results = process(buf.getvalue(), name="mail.zip")
        else:
            results = process(mbox, name="INBOX")
    private = [r for r in results if r.private]
    assert len(private) == 1 and private[0].metadata["private_reason"].startswith("keyword marked"), form
    assert _cprs(results) == (0 if container == "eml" else 1), f"{form}: the tagged message was read"


@pytest.mark.parametrize("form", UNTAGGED)
def test_other_keywords_leave_a_message_readable(form: str) -> None:
    results = process(_message(UNTAGGED[form]))
    assert not results[0].private and _cprs(results) == 1


def test_thunderbirds_personal_tag_is_private_whatever_the_words() -> None:
    config = CONFIG.with_(mail__private_words=("privat", "private"))  # "personal" taken out (staff in Swedish)
    results = process(_message(b"X-Mozilla-Keys: $label3"), config=config)
    assert results[0].private and results[0].metadata["private_reason"] == "keyword marked private"


def test_the_configured_private_words_decide() -> None:
    config = CONFIG.with_(mail__private_words=("privat", "private", "fortroligt"))
    assert process(_message(b"X-Keywords: Fortroligt"), config=config)[0].private
    assert not process(_message(b"X-Keywords: Personligt"), config=config)[0].private  # taken out of the list
