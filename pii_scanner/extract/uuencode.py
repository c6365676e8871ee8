"""Files uuencoded inline in a text (``begin 644 name`` ... ``end``): how Outlook Express, mailing-list
digests and old archives attach files in a mail body. Each block is decoded into bytes that become a
child item, sniffed and decided like any attachment; a block cut short or damaged is said (read in part).
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass

# The mode is octal; a name is whatever follows (spaces allowed), the line ends the header.
_BEGIN = re.compile(r"^begin [0-7]{3,4} ([^\r\n]+?)[ \t]*\r?$", re.MULTILINE)
_END = re.compile(r"^end[ \t]*\r?$", re.MULTILINE)


@dataclass(frozen=True)
class UuBlock:
    name: str
    data: bytes
    problem: str | None  # None when the block decoded whole
    start: int
    end: int  # offsets of the block in the text (removed from it: the code is not text)


def _line(line: str) -> bytes:
    raw = line.encode("latin-1", errors="replace")
    try:
        return binascii.a2b_uu(raw)
    except binascii.Error:
        # Some encoders pad lines with extra characters: decode only as many as the count says.
        count = ((raw[0] - 32) & 63) if raw else 0
        return binascii.a2b_uu(raw[: (count * 4 + 5) // 3])


def _first_line_decodes(text: str, pos: int) -> bool:
    line = text[pos:].lstrip("\r\n").split("\n", 1)[0].rstrip("\r")
    if not line or line[0] == "`" or line.strip() == "end":
        return bool(line)  # an empty file is a block too
    try:
        return len(binascii.a2b_uu(line.encode("latin-1", errors="replace"))) > 0
    except binascii.Error:
        return False


def uu_blocks(text: str) -> Iterator[UuBlock]:
    """Every uuencoded block in ``text``, decoded."""
    pos = 0
    while (begin := _BEGIN.search(text, pos)) is not None:
        if not _first_line_decodes(text, begin.end()):  # "begin 644 ..." in prose: not a block
            pos = begin.end()
            continue
        end = _END.search(text, begin.end())
        stop = end.start() if end else len(text)
        chunks: list[bytes] = []
        problem = None if end else "no end line: cut short"
        for line in text[begin.end() : stop].splitlines():
            if not line.strip() or line.strip() == "`":
                continue
            try:
                chunks.append(_line(line.rstrip("\r")))
            except (binascii.Error, IndexError):
                problem = problem or "a line is not uuencoded"
        block_end = end.end() if end else len(text)
        yield UuBlock(begin.group(1), b"".join(chunks), problem, begin.start(), block_end)
        pos = block_end


def without_blocks(text: str, blocks: list[UuBlock]) -> str:
    """``text`` with the blocks taken out (their code is noise to the detectors)."""
    out: list[str] = []
    pos = 0
    for block in blocks:
        out.append(text[pos : block.start])
        pos = block.end
    out.append(text[pos:])
    return "".join(out)
