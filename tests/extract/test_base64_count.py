"""The base64 completeness check counts the alphabet's bytes with ``bytes.translate`` (one C pass) instead of
a regex substitution over the whole attachment: the same bytes are kept, so the same parts are reported cut
short (perfmail20, issue 14)."""

from __future__ import annotations

import random
import re
from email.message import Message

from pii_scanner.extract import mail_cte

# The pattern the check used before: what it deleted, the translate table must delete.
_OLD = re.compile(rb"[^A-Za-z0-9+/=]+")


def _part(payload: str) -> Message:
    part = Message()
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(payload)
    return part


def test_translate_keeps_what_the_regex_kept() -> None:
    rng = random.Random(20)
    alphabet = [bytes([b]) for b in range(256)]
    for _ in range(20_000):
        data = b"".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        assert data.translate(None, mail_cte._NOT_BASE64) == _OLD.sub(b"", data)
    every = bytes(range(256))
    assert every.translate(None, mail_cte._NOT_BASE64) == _OLD.sub(b"", every)


def test_same_answers_as_the_regex() -> None:
    rng = random.Random(21)
    # alphabet, line ends, other ASCII, 8-bit bytes as the parser keeps them (surrogate escapes)
    chars = "ABCxyz019+/=\r\n \t-_.*\x00\udce6\udcff"
    reached = set()
    for _ in range(20_000):
        payload = "".join(rng.choice(chars) for _ in range(rng.randrange(0, 30)))
        old = _OLD.sub(b"", payload.encode("ascii", errors="replace"))
        expected = "base64 content cut short or damaged: its end not read" if len(old) % 4 else None
        got = mail_cte.transfer_problem(_part(payload))
        assert got == expected, payload.encode("unicode_escape")
        reached.add(got)
    assert reached == {None, "base64 content cut short or damaged: its end not read"}
