"""``read_meta`` parses only the header block: the same MailMeta as a header-only parse of the whole message."""

from __future__ import annotations

import random
from email.parser import BytesParser
from email.policy import compat32

import pytest

from pii_scanner.core import mail_policy
from pii_scanner.core.mail_policy import read_meta, through_blank_line
from pii_scanner.core.model import MailMeta

_ENDS = [b"\n", b"\r\n", b"\r"]
_LINES = [
    b"From: Jens Hansen <jens@firma.dk>",
    b"To: kunde@example.se, =?utf-8?q?M=C3=B8ller?= <m@x.dk>",
    b"Cc: a@b.dk",
    b"Subject: Privat: l\xc3\xb8n",
    b"Subject: second",
    b"Sensitivity: Private",
    b"Sensitivity: Normal",
    b"Date: Mon, 01 Jan 2024 10:00:00 +0100",
    b"Message-ID: <1@firma.dk>",
    b" folded continuation",
    b"\tfolded tab",
    b"X-Stray line without colon",
    b"Subject : spaced name",
    b"",
    b"body text Sensitivity: Private",
]


def _message(rng: random.Random) -> bytes:
    out = b""
    for _ in range(rng.randrange(0, 14)):
        out += rng.choice(_LINES) + rng.choice(_ENDS)
    return out + rng.choice([b"", b"body\n" * rng.randrange(0, 5), b"\r\r", b"\n\r\n", b"Subject: late\n"])


def test_read_meta_is_the_whole_message_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(21)
    messages = [_message(rng) for _ in range(3000)]
    got = [read_meta(m, MailMeta()) for m in messages]
    monkeypatch.setattr(mail_policy, "through_blank_line", lambda data: data)  # the whole message, as before
    assert got == [read_meta(m, MailMeta()) for m in messages]


def test_the_cut_keeps_every_header_line() -> None:
    parser = BytesParser(policy=compat32)
    rng = random.Random(5)
    for _ in range(3000):
        data = _message(rng)
        whole = parser.parsebytes(data, headersonly=True)
        cut = parser.parsebytes(through_blank_line(data), headersonly=True)
        assert whole.items() == cut.items(), data
    assert through_blank_line(b"A: 1\nB: 2") == b"A: 1\nB: 2"  # no empty line: all of it
    assert through_blank_line(b"\n\nA: 1") == b"\n\n"


def test_header_block_is_the_lines_before_the_first_empty_line(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(8)
    messages = [_message(rng) for _ in range(3000)]
    got = [mail_policy.header_block(m) for m in messages]
    monkeypatch.setattr(mail_policy, "through_blank_line", lambda data: data)
    assert got == [mail_policy.header_block(m) for m in messages]


def test_marked_word_answers_as_one_search_per_word() -> None:
    """The private-word check compiles its patterns once per word list: same answer as a search per word."""
    import re

    def reference(text: str, words: tuple[str, ...]) -> str | None:
        import unicodedata

        lowered = unicodedata.normalize("NFKC", text).replace("\u200b", "").replace("\u00ad", "").casefold()
        for word in words:  # "_" separates words; letters and digits do not
            if re.search(rf"(?<![^\W_]){re.escape(word.casefold())}(?![^\W_])", lowered):
                return word
        return None

    rng = random.Random(3)
    pieces = ["Privat", "PRIVATE", "privatlivet", "personlig", "ß", "STRASSE", " ", "-", "_", "é", "(p.s.)", "x"]
    pieces += ["\u200b", "\u00ad", "\uff30\uff32\uff29\uff36\uff21\uff34"]  # invisible, full-width PRIVAT
    lists = [("privat", "private", "personlig"), ("Straße",), ("p.s.", "x"), ("personlig", "privat")]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 6)))
        for words in lists:
            assert mail_policy.marked_word(text, words) == reference(text, words), (text, words)
    assert mail_policy.marked_word("Privat: løn", ["privat"]) == "privat"  # type: ignore[arg-type]  # a list works too


def test_internationalised_addresses_are_read_not_an_error() -> None:
    """RFC 6532 allows UTF-8 in addresses; formataddr refuses them, so the message was an error record."""
    raw = (
        'From: Ask Lund <ask@bolaget.dk>\nTo: "Holm, Hans-Jørgen" <hans-jørgen.holm@firma.dk>, Bo <bø@x.se>\n'
        "Subject: Møde\n\nHej\n"
    ).encode()
    meta = read_meta(raw, None)
    assert len(meta.to) == 2 and meta.to[0].endswith(".holm@firma.dk>") and meta.to[1].endswith("@x.se>")
    assert mail_policy.display_address("Holm, Jørgen", "jørgen@firma.dk") == '"Holm, Jørgen" <jørgen@firma.dk>'
    assert mail_policy.display_address("Ask Lund", "ask@bolaget.dk") == "Ask Lund <ask@bolaget.dk>"


def test_names_beyond_ascii_stay_readable_text() -> None:
    """Raw UTF-8 headers (RFC 6532) and encoded words both give the readable name: the name finder reads the
    header part, and a name written as replacement characters or as an encoded word was lost."""
    raw = 'From: Søren Østergaard <so@x.dk>\nTo: "Åberg, Jörgen" <ja@x.se>, jørgen@x.dk\nSubject: Möte om lön\n\nHej'
    meta = read_meta(raw.encode(), None)
    assert meta.subject == "Möte om lön"
    assert meta.sender == "Søren Østergaard <so@x.dk>"
    assert meta.to == ('"Åberg, Jörgen" <ja@x.se>', "jørgen@x.dk")
    encoded = b"From: =?utf-8?q?S=C3=B8ren_=C3=98stergaard?= <so@x.dk>\nTo: =?utf-8?q?=C3=85sa?= Berg <ab@x.se>\n\nx"
    meta = read_meta(encoded, None)
    assert meta.sender == "Søren Østergaard <so@x.dk>" and meta.to == ("Åsa Berg <ab@x.se>",)
    legacy = "From: Søren Hansen <s@x.dk>\nSubject: løn\n\nx".encode("cp1252")  # 8-bit, not UTF-8
    meta = read_meta(legacy, None)
    assert meta.subject == "løn" and meta.sender == "Søren Hansen <s@x.dk>"
    assert mail_policy.display_address("Åsa Berg", "ab@x.se") == "Åsa Berg <ab@x.se>"
    assert mail_policy.display_address("Berg, Åsa", "ab@x.se") == '"Berg, Åsa" <ab@x.se>'


def test_a_recipient_named_without_an_address_keeps_the_whole_name() -> None:
    """'To: Ulla Yilmaz' (an Outlook text export, a memo): getaddresses reads only 'Ulla', hiding the surname."""
    meta = read_meta(b"From: Dagmar Vang <dv@firma.dk>\nTo: Ulla Yilmaz\nCc: Bo Ek <bo@x.dk>, Eva Lund\n\nHej")
    assert meta.sender == "Dagmar Vang <dv@firma.dk>"
    assert meta.to == ("Ulla Yilmaz",)
    assert meta.cc == ("Bo Ek <bo@x.dk>", "Eva")  # a value holding an address is read as before
