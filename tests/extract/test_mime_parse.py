"""The message parser without a regex compile per boundary parses exactly as the stdlib's does."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from typing import Any

import pytest

from pii_scanner.extract.mime_parse import _SUFFIX, _Boundary, _ParserRe, parse_bytes

_STDLIB = BytesParser(policy=policy.compat32)
# Boundaries with every character re.escape escapes, and some it does not.
BOUNDARIES = ["simple", "a b", "(x)", "x.y+z*?", "===abc==", "back\\slash", "tab\tx", "q'uote", "hash#~&", "-", "--"]
BOUNDARIES += ["é", "[]{}|^$", "=_Part_1_2.3", "a\\.b", "\\"]


def _shape(m: Message) -> list[Any]:
    """Everything the parser sets on a message tree."""
    payload = m._payload  # type: ignore[attr-defined]
    return [
        m._headers,  # type: ignore[attr-defined]
        m.get_unixfrom(),
        m.get_default_type(),
        m.preamble,
        m.epilogue,
        [type(d).__name__ for d in m.defects],
        [_shape(p) if isinstance(p, Message) else p for p in payload] if isinstance(payload, list) else payload,
    ]


def _multipart(boundary: str, end: str, close: str) -> bytes:
    lines = [
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
        "",
        "preamble",
        f"--{boundary}",
        "Content-Type: text/plain",
        "",
        "one",
        f"--{boundary}  ",
        'Content-Type: multipart/alternative; boundary="inner"',
        "",
        "--inner",
        "",
        "deep",
        "--inner--",
        f"--{boundary}{boundary}",
        "not a boundary, the boundary twice",
        f"--{boundary}{close}",
        "epilogue",
        "",
    ]
    return end.join(lines).encode("utf-8")


def _messages() -> list[bytes]:
    out = [
        _multipart(b, end, close) for b in BOUNDARIES for end in ("\n", "\r\n", "\r") for close in ("--", "", "--\t")
    ]
    rng = random.Random(7)
    for n in range(40):
        msg = EmailMessage()
        msg["Subject"] = f"Sag {n}"
        msg.set_content("Hej\n" * rng.randint(1, 300))
        for k in range(rng.randint(0, 3)):
            msg.add_attachment(
                rng.randbytes(rng.randint(10, 9000)), maintype="application", subtype="pdf", filename=f"{k}.pdf"
            )
        out.append(msg.as_bytes())
    mutated = []
    for _ in range(800):  # damaged messages: cut, glued, stray boundaries and line ends
        data = bytearray(rng.choice(out))
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(len(data) + 1)
            roll = rng.random()
            if roll < 0.3:
                del data[at : at + rng.randint(1, 40)]
            elif roll < 0.6:
                data[at:at] = rng.choice([b"\n", b"\r\n", b"--", b"\n--", b"boundary=", b"\r", b"\n\n", b" ", b"\xff"])
            else:
                src = rng.randrange(len(data) + 1)
                data[at:at] = data[src : src + rng.randint(1, 200)]
        mutated.append(bytes(data))
    return out + mutated


def test_parses_as_the_stdlib_parser() -> None:
    for data in _messages():
        ours, theirs = parse_bytes(data), _STDLIB.parsebytes(data)
        assert _shape(ours) == _shape(theirs), data[:300]
        assert _written(ours) == _written(theirs)


def _written(m: Message) -> bytes | str:
    """The message written out again, or the error writing it raises (a damaged tree may not be written)."""
    try:
        return m.as_bytes()
    except (UnicodeError, ValueError, TypeError, LookupError) as exc:
        return type(exc).__name__


@pytest.mark.parametrize("boundary", BOUNDARIES)
def test_a_boundary_pattern_matches_as_the_compiled_pattern(boundary: str) -> None:
    separator = "--" + boundary
    pattern = "(?P<sep>" + re.escape(separator) + _SUFFIX  # as the parser writes it
    literal, compiled = _ParserRe().compile(pattern), re.compile(pattern)
    assert isinstance(literal, _Boundary)
    lines = [separator + tail for tail in ("", "\n", "\r\n", "\r", "--", "--\n", "  \t\r\n", "x", " x\n", "--x")]
    lines += ["", "\n", separator[:-1], "x" + separator, separator.upper() + "\n", separator + "\n\n"]
    for line in lines:
        ours, theirs = literal.match(line), compiled.match(line)
        assert (ours is None) == (theirs is None), line
        if ours is not None and theirs is not None:
            assert ours.group("end", "ws", "linesep") == theirs.group("end", "ws", "linesep")
            assert ours.end() == theirs.end()


def test_other_patterns_are_compiled_as_asked() -> None:
    other = _ParserRe().compile(r"(?P<sep>a)(?P<end>--)?$")
    assert isinstance(other, re.Pattern)
    assert _ParserRe().escape("a.b") == re.escape("a.b")


def _answers(m: Message) -> list[Any]:
    """What the extractor asks of a part (type, disposition, filename, parameters), errors included."""
    out: list[Any] = []
    asks: list[Callable[[], Any]] = [
        m.get_content_type,
        m.get_content_maintype,
        m.get_content_disposition,
        m.get_filename,
        m.get_boundary,
        m.get_content_charset,
        lambda: m.get_param("protocol"),
        lambda: m.get_param("NAME", "none"),
        lambda: m.get_param("filename", header="Content-Disposition", unquote=False),
        lambda: m.get_param("smime-type"),
    ]
    for ask in asks:
        try:
            out.append(ask())
        except Exception as exc:  # the stdlib raises on some damaged parameters: so must the cache
            out.append(type(exc).__name__)
    return out


def _parts(m: Message) -> list[Message]:
    return list(m.walk())


def test_parts_answer_as_stdlib_parts_and_again_after_a_change() -> None:
    for data in _messages()[::3]:
        ours, theirs = _parts(parse_bytes(data)), _parts(_STDLIB.parsebytes(data))
        assert [_answers(p) for p in ours] == [_answers(p) for p in theirs]
        for n, (a, b) in enumerate(zip(ours, theirs, strict=True)):  # every kind of change, asked again
            assert _change(a, n) == _change(b, n)
            assert _answers(a) == _answers(b)


def _change(part: Message, n: int) -> str:
    """Change a part's headers or default type one of four ways; the error the change raised, if any."""
    try:
        if n % 4 == 0:
            part.set_param("name", f"x{n}.pdf")
        elif n % 4 == 1:
            del part["Content-Type"]
            part.set_default_type("message/rfc822")
        elif n % 4 == 2:
            part["Content-Disposition"] = 'attachment; filename="y.txt"'
        elif "content-type" in part:
            part.replace_header("Content-Type", "text/calendar; charset=latin-1")
    except Exception as exc:  # a damaged header the stdlib cannot rewrite: the same error both ways
        return type(exc).__name__
    return ""
