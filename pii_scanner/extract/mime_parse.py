"""The stdlib e-mail parser (compat32), without compiling a regular expression per multipart boundary.

Python 3.11's feed parser compiles ``(?P<sep>--BOUNDARY)(?P<end>--)?...$`` for every multipart part
it meets. Boundaries are unique per message, so the ``re`` cache never helps: a mailbox paid a
pattern compile per multipart message (~0.1-0.5 ms, more than the rest of its header work). Here the
parser's own code (``FeedParser._parsegen``, the same function object's code) runs with a ``re``
whose ``compile`` answers that one pattern with a matcher of the literal boundary followed by one
pattern compiled once for what may follow it. The boundary is a literal, so both give the same
matches and the same groups; every other use of ``re`` goes to ``re`` itself. A template this does
not recognise (another Python's parser) is compiled as before. compat32, as before: its headers are
plain strings (the default policy's header objects cost ~10x more per message).
"""

from __future__ import annotations

import contextlib
import re
import types
from email import feedparser
from email._policybase import compat32
from email.feedparser import FeedParser
from email.header import decode_header, make_header
from email.message import Message
from typing import Any

_PREFIX = "(?P<sep>"
_SUFFIX = r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$"
_TAIL = re.compile(_SUFFIX[1:])  # what the parser's pattern asks for after the boundary itself
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)  # re.escape puts a backslash before each special character
_CHUNK = 8192  # what email.parser.Parser feeds at a time


class _Boundary:
    """``re.compile(PREFIX + re.escape(sep) + SUFFIX)`` as far as the parser uses it (``match``)."""

    __slots__ = ("sep", "size")

    def __init__(self, sep: str) -> None:
        self.sep, self.size = sep, len(sep)

    def match(self, line: str) -> re.Match[str] | None:
        return _TAIL.match(line, self.size) if line.startswith(self.sep) else None


class _ParserRe:
    """The ``re`` the parser's code sees: boundary patterns answered by :class:`_Boundary`."""

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and not flags and pattern.startswith(_PREFIX) and pattern.endswith(_SUFFIX):
            escaped = pattern[len(_PREFIX) : -len(_SUFFIX)]
            sep = _ESCAPE.sub(r"\1", escaped)
            if re.escape(sep) == escaped:  # exactly the literal the pattern matches
                return _Boundary(sep)
        return re.compile(pattern, flags)

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)


_STDLIB_PARSEGEN: types.FunctionType = getattr(FeedParser, "_parsegen")  # noqa: B009 - private, untyped
_parsegen = types.FunctionType(
    _STDLIB_PARSEGEN.__code__,
    {**vars(feedparser), "re": _ParserRe()},  # the parser module's globals, but this ``re``
    "_parsegen",
    _STDLIB_PARSEGEN.__defaults__,
    _STDLIB_PARSEGEN.__closure__,
)


_MISSING = object()


class ParsedMessage(Message):
    """A parsed message or part that answers its content type, disposition and parameters once.

    Each check of a message (signed, TNEF, calendar, encryption, bodies, attachments) asks every part
    again, and each ask reads the header list anew (a pass over every header per name, the parameters
    parsed again). The answers are kept with the headers and default type they were read from; any
    change to either (the list is compared, not trusted) reads them afresh, so they are the stdlib's.
    """

    def _answers(self) -> dict[tuple[Any, ...], Any]:
        kept: tuple[list[Any], str, dict[tuple[Any, ...], Any]] | None = self.__dict__.get("_kept")
        headers: list[Any] = self._headers  # type: ignore[attr-defined]
        if kept is None or kept[0] != headers or kept[1] != self._default_type:  # type: ignore[attr-defined]
            kept = (list(headers), self._default_type, {})  # type: ignore[attr-defined]
            self.__dict__["_kept"] = kept
        return kept[2]

    def get_content_type(self) -> str:
        answers = self._answers()
        found: str | None = answers.get(("type",))
        if found is None:
            found = answers[("type",)] = super().get_content_type()
        return found

    def get_content_disposition(self) -> str | None:
        answers = self._answers()
        if ("disposition",) not in answers:
            answers[("disposition",)] = super().get_content_disposition()
        found: str | None = answers[("disposition",)]
        return found

    def get_param(self, param: str, failobj: Any = None, header: str = "content-type", unquote: bool = True) -> Any:
        answers = self._answers()
        key = ("param", param.lower(), header.lower(), unquote)
        if key not in answers:
            answers[key] = super().get_param(param, _MISSING, header, unquote)
        found = answers[key]
        return failobj if found is _MISSING else found


class _FeedParser(FeedParser):  # (generic in the stubs only: not subscripted at run time)
    _parsegen = _parsegen  # recursion into subparts (self._parsegen()) stays in this copy


def parse_bytes(data: bytes) -> Message:
    """What ``BytesParser(policy=compat32).parsebytes(data)`` gives, read the same way (8 KB at a time),
    as :class:`ParsedMessage` parts."""
    text = data.decode("ASCII", errors="surrogateescape")
    parser = _FeedParser(ParsedMessage, policy=compat32)
    for start in range(0, len(text), _CHUNK):
        parser.feed(text[start : start + _CHUNK])
    msg: Message = parser.close()
    return msg


def part_filename(part: Message) -> str:
    """A part's file name as mail clients show it: RFC 2231 decoded by the library, and RFC 2047
    encoded words (Outlook and Gmail write ``name="=?utf-8?Q?l=C3=B8n_...?="`` although RFC 2047
    forbids them in parameters) decoded too. Left encoded, the name hid its identifiers from the name
    finder, and a name split over two encoded words kept a number's digits readable past the masker.

    >>> from email import message_from_string as parse
    >>> part_filename(parse('Content-Type: text/plain; name="=?utf-8?Q?l=C3=B8n_12?= =?utf-8?Q?34.txt?="\\n\\n'))
    'løn 1234.txt'
    """
    try:
        name = part.get_filename() or ""
    except (TypeError, ValueError, IndexError):
        return ""
    if "=?" in name:
        with contextlib.suppress(LookupError, ValueError, UnicodeError, TypeError):
            name = str(make_header(decode_header(name)))
    return name
