"""LZ4 block decoding on hand-built blocks: long literal and match lengths (the 255-byte runs), an
overlapping match, and a length cut off at the block's end."""

from __future__ import annotations

import pytest

from pii_scanner.extract.lz4frame import Lz4Error, decode_block


def test_long_lengths_and_an_overlapping_match_decode() -> None:
    # token 0xFF: literals 15 + 255 + 30 = 300; match at offset 1 of 15 + 255 + 255 + 71 + 4 = 600 bytes
    block = bytes([0xFF, 255, 30]) + b"AB" * 150 + bytes([1, 0, 255, 255, 71]) + bytes([0x50]) + b"hello"
    out = bytearray()
    decode_block(block, out, 10_000)
    assert bytes(out) == b"AB" * 150 + b"B" * 600 + b"hello"


@pytest.mark.parametrize(
    ("block", "what"),
    [
        (bytes([0xF0, 255]), "literal length"),
        (bytes([0x1F, 0x41, 1]), "match offset"),
        (bytes([0x1F, 0x41, 1, 0, 255]), "match length"),
    ],
)
def test_a_length_cut_off_is_an_error(block: bytes, what: str) -> None:
    with pytest.raises(Lz4Error, match=what):
        decode_block(block, bytearray(), 10_000)
