"""The private-message check of a text (a private message's header block inside a digest or a saved thread) cuts
the text into paragraphs with a break pattern searched from its "\\n" and skips, in C, paragraphs without a colon
(issue 14: on a 4 MB text with one "Emne:" line the check cost ~0.13 s, the split alone ~0.05 s). The paragraphs
and the answers must be the ones of the full check: compared here with it (kept below)."""

from __future__ import annotations

import itertools
import random

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.mail_policy import english_labels, private_reason, read_meta
from pii_scanner.extract import mail_sniff
from pii_scanner.extract.mail_sniff import _PARAGRAPH_BREAK, PRIVATE_MARK, header_run, paragraphs, whole_header_block


def _full(paragraph: bytes, config: ScanConfig) -> object:
    """The paragraph check as it was before the colon test."""
    block = header_run(english_labels(paragraph))
    if PRIVATE_MARK.search(block) is None or not whole_header_block(block):
        return None
    meta = read_meta(block + b"\n\n")
    reason = private_reason(meta, config.mail)
    return (reason, meta) if reason else None


def test_paragraphs_are_the_splits_on_every_short_string() -> None:
    """Every string of up to 7 bytes over the bytes a break is made of (and two others)."""
    alphabet = [b"\r", b"\n", b" ", b"\t", b"a", b":"]
    checked = 0
    for length in range(8):
        for letters in itertools.product(alphabet, repeat=length):
            data = b"".join(letters)
            assert paragraphs(data) == _PARAGRAPH_BREAK.split(data), data
            checked += 1
    assert checked > 300_000


def test_paragraphs_are_the_splits_on_long_texts() -> None:
    rng = random.Random(14)
    pieces = [
        b"\r",
        b"\n",
        b"\r\n",
        b" ",
        b"\t",
        b"\n\n",
        b"\r\n\r\n",
        b"\n \t\n",
        b"Hej Jens",
        b"Emne: x",
        b"\xc3\xa5",
    ]
    for _ in range(2000):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 200)))
        assert paragraphs(data) == _PARAGRAPH_BREAK.split(data)


FROM = ["From", "Fra", "FRA", "Från", "FRÅN", "Message", "Notat"]
MARKS = ["Sensitivity", "Følsomhed", "FØLSOMHED", "Känslighet", "Subject", "Emne", "Ämne", "ÄMNE", "Keywords"]
OTHERS = ["To", "Til", "Till", "Cc", "Kopi", "Sendt", "Date", "X-Mailer", "Sag"]
VALUES = ["Privat", "Private", "Personlig", "fortrolig", "Normal", "Hej", "Privat: læge", "Jens <jens@firma.dk>"]
GAPS = ["", "", " ", "\t"]


def _paragraph(rng: random.Random) -> bytes:
    lines = []
    if rng.random() < 0.6:
        lines.append(f"{rng.choice(FROM)}{rng.choice(GAPS)}: {rng.choice(VALUES)}")
    if rng.random() < 0.2:
        lines.insert(0, "X-" + "Long-Header" * rng.randint(1, 6) + ": v")  # a first colon far into the paragraph
    for _ in range(rng.randint(0, 4)):
        lines.append(f"{rng.choice(MARKS + OTHERS)}{rng.choice(GAPS)}: {rng.choice(VALUES)}")
    if rng.random() < 0.4:
        lines.append(rng.choice(["Mit CPR er 010190-1234.", "Hej Jens, tak for mødet.", " foldet", "Vi ses"]))
    text = rng.choice(["\n", "\r\n"]).join(lines)
    if rng.random() < 0.3:
        text = text.replace(":", "")  # the same lines without their colons
    return (rng.choice(["", "\ufeff", "1412\n"]) + text).encode(rng.choice(["utf-8", "cp1252"]), "replace")


def test_the_colon_test_gives_the_full_checks_answers() -> None:
    config = ScanConfig()
    rng = random.Random(19)
    counts = {"no colon": 0, "private": 0, "not private": 0}
    for _ in range(6000):
        paragraph = _paragraph(rng)
        want = _full(paragraph, config)
        assert mail_sniff._paragraph_private(paragraph, config) == want, paragraph
        key = "no colon" if b":" not in paragraph else "private" if want else "not private"
        counts[key] += 1
    assert min(counts.values()) > 200, counts


def test_a_digest_gives_the_same_reason_and_senders() -> None:
    config = ScanConfig()
    private = "Fra: Jens <jens@firma.dk>\r\nTil: kim@x.se\r\nEmne: Hej\r\nFølsomhed: Privat\r\n"
    for gap in ("\n\n", "\r\n\r\n", "\n \n\t\n", "\r\n\n"):
        text = f"Liste{gap}Message: 1{gap}Notat uden kolon{gap}{private}{gap}CPR{gap}".encode()
        assert mail_sniff.quoted_private_reason(text, config) == "embedded message: sensitivity private"
        assert mail_sniff.quoted_private_senders(text, config) == ["Jens <jens@firma.dk>"]
