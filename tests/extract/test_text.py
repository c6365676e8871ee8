"""Text in UTF-32 without a byte order mark is read (it was typed as data, or as a colour swatch file
for big endian, and called clean); tables of small integers are not taken for it."""

from __future__ import annotations

import random
import struct
from pathlib import Path

import pytest

from pii_scanner.extract.sniff import sniff_mime
from pii_scanner.extract.text import decode_text, stream_encoding, utf32_without_bom
from tests.helpers.mail_messages import CPR, process

TEXT = f"Kunde: Søren Ærø\nCPR-nummer: {CPR}\nNoter: ringede 3 gange 😀\n"


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_utf32_text_without_a_byte_order_mark_is_found_and_read(encoding: str, tmp_path: Path) -> None:
    data = TEXT.encode(encoding)
    assert utf32_without_bom(data) == encoding and stream_encoding(data) == encoding
    assert decode_text(data) == (TEXT, encoding)
    assert sniff_mime(data, "kunde") == "text/plain"
    (top,) = process(data, name="kunde")
    assert not top.error and [f.entity_type for f in top.findings if f.entity_type == "DK_CPR"] == ["DK_CPR"]


def test_integers_and_other_wide_text_are_not_taken_for_utf32() -> None:
    assert utf32_without_bom(struct.pack("<64i", *range(64))) is None  # mostly control codes
    assert utf32_without_bom(TEXT.encode("utf-16-le")) is None
    assert utf32_without_bom(TEXT.encode("utf-8")) is None
    assert utf32_without_bom(bytes(4096)) is None


def test_a_message_in_utf32_is_not_read_as_plain_text() -> None:
    mail = f"From: a@example.dk\nTo: b@example.dk\nSubject: Laege\nSensitivity: Private\n\nMit CPR {CPR}\n"
    data = mail.encode("utf-32-le")
    assert sniff_mime(data, "besked") != "text/plain"
    (top,) = process(data, name="besked")
    assert not [f for f in top.findings if f.entity_type == "DK_CPR"]  # a private body is never reported


def _utf32_unit_by_unit(data: bytes) -> str | None:
    """The first version of ``utf32_without_bom``, unit by unit in Python (~5 ms per DOCX): the answers to keep."""
    head = data[: 1 << 16]
    head = head[: len(head) - len(head) % 4]
    if len(head) < 8:
        return None
    for encoding, order in (("utf-32-le", "little"), ("utf-32-be", "big")):
        units = [int.from_bytes(head[i : i + 4], order) for i in range(0, len(head), 4)]  # type: ignore[arg-type]
        if any(u > 0x10FFFF or 0xD800 <= u <= 0xDFFF for u in units):
            continue
        readable = sum(1 for u in units if 0x20 <= u < 0x7F or u in (9, 10, 13) or u >= 0xA0)
        if readable * 10 < len(units) * 9 or sum(1 for u in units if u < 0x80) * 2 < len(units):
            continue
        return encoding
    return None


def _wide_samples() -> list[bytes]:
    rng = random.Random(32)
    edges = [0, 8, 9, 10, 13, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xFF, 0xD7FF, 0xD800, 0xDBFF, 0xDC00]
    edges += [0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, 0x7FFFFFFF, 0xFFFFFFFF]
    samples = [b"", bytes(7), bytes(8), b"PK\x03\x04" + bytes(60), TEXT.encode("utf-32-le")[:-1]]
    for unit in [*range(0x200), *edges]:
        for order in "<>":
            # One unit at each threshold: readable or not decides [u, a x8]; ASCII or not [u, a x4, e x5].
            samples.append(struct.pack(f"{order}9I", unit, *[0x61] * 8))
            samples.append(struct.pack(f"{order}10I", unit, *[0x61] * 4, *[0xE6] * 5))
    for n in (2, 3, 10, 20, 100, 16400, 16500):
        for _ in range(40 if n < 1000 else 4):
            # Mostly text with a few odd units: around the 9-in-10 readable and 1-in-2 ASCII thresholds.
            odd = rng.choice((0.0, 0.05, 0.1, 0.11, 0.3))
            plain = rng.random() < 0.5  # ASCII letters only, or wider text

            def unit(odd: float = odd, plain: bool = plain) -> int:
                if rng.random() < odd:
                    return rng.choice(edges)
                return rng.randrange(0x61, 0x7B) if plain else rng.choice((rng.randrange(0x20, 0x7F), 0xE6, 0x1F600))

            units = [unit() for _ in range(n)]
            order = rng.choice(("<", ">"))
            data = struct.pack(f"{order}{n}I", *units)
            samples += [data, data + bytes(rng.randrange(1, 4)), rng.randbytes(n * 4)]
    return samples


def test_utf32_check_answers_as_unit_by_unit() -> None:
    """Fails if the decoded check ever answers otherwise than the unit-by-unit one."""
    answers = set()
    for data in _wide_samples():
        answer = _utf32_unit_by_unit(data)
        assert utf32_without_bom(data) == answer, data[:40]
        answers.add(answer)
    assert answers == {None, "utf-32-le", "utf-32-be"}  # the samples reach every answer


def test_utf32_check_on_the_benchmark_attachments(tmp_path: Path) -> None:
    from tests.extract import extract_makers as mk

    for data in (mk.make_docx(tmp_path / "a.docx").read_bytes(), mk.make_xlsx(tmp_path / "a.xlsx").read_bytes()):
        assert b"\x00\x00" in data[:64] and utf32_without_bom(data) is None is _utf32_unit_by_unit(data)
