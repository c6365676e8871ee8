"""The C-parser fast path of ``xmlsafe.iter_events`` gives what defusedxml gives.

A part goes to the C parser only when ``without_dtd`` sees, in UTF-8, its first element before any DTD
could stand. Hostile parts (DTDs, entities, UTF-16, DOCTYPE after comments or PIs, byte order marks,
other encodings) must take the defusedxml path and be refused as before; every XML part of the
generated Office and OpenDocument files, whole, cut short and damaged, must give the same events,
element states and errors from both paths.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

import pytest

import tests.extract.extract_makers as mk
from pii_scanner.core.errors import ExtractionError, LimitExceeded
from pii_scanner.extract import xmlsafe

BILLION_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(2, 10))
    + "]><a>&lol9;</a>"
)
EXTERNAL = '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'
PARAMETER = '<!DOCTYPE a [<!ENTITY % p SYSTEM "http://example.invalid/x.dtd"> %p;]><a/>'
PUBLIC_DTD = '<!DOCTYPE a PUBLIC "-//X//DTD X//EN" "http://example.invalid/x.dtd"><a/>'
PLAIN_DTD = "<!DOCTYPE a><a/>"
UNPARSED = '<!DOCTYPE a [<!NOTATION n SYSTEM "x"><!ENTITY u SYSTEM "y" NDATA n>]><a/>'
# A DTD holding a comment and a PI: a check that skipped "<!...-->" or "<?...?>" loosely would miss it.
COMMENTED = '<!DOCTYPE a [<!-- c --><?p x?><!ENTITY e "--><b/>">]><a>&e;</a>'
DTDS = (BILLION_LAUGHS, EXTERNAL, PARAMETER, PUBLIC_DTD, PLAIN_DTD, UNPARSED, COMMENTED)

PROLOGS = (
    "",
    '<?xml version="1.0"?>',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
    "<?xml version='1.0' encoding='utf-8'?>\n<!-- a comment -->\n",
    '<?xml version="1.0"?><?mso-application progid="Word.Document"?>',
    "<!-- <a> inside a comment --><?pi <b> ?>  \t",
    "<!---->",
)


def _encodings(text: str) -> Iterator[bytes]:
    yield text.encode()
    yield b"\xef\xbb\xbf" + text.encode()
    yield text.encode("utf-16")  # with its byte order mark
    yield text.encode("utf-16-le")
    yield text.encode("utf-16-be")
    yield b"\xff\xfe" + text.encode("utf-16-le")


def _hostile() -> Iterator[bytes]:
    for dtd in DTDS:
        for prolog in PROLOGS:
            yield from _encodings(prolog + dtd)
        # A declaration naming UTF-16 or Latin-1, in the bytes it names.
        yield ('<?xml version="1.0" encoding="UTF-16"?>' + dtd).encode("utf-16")
        yield ('<?xml version="1.0" encoding="ISO-8859-1"?>' + dtd).encode("latin-1")
        yield ('<?xml version="1.0" encoding="UTF-16"?>' + dtd).encode("utf-16-be")


def _events(data: bytes, events: tuple[str, ...], prune: bool, whole: frozenset[str], stream: bool) -> list[Any]:
    """Every event with the element's state at that moment, or the error, as comparable values."""
    out: list[Any] = []
    source: Any = io.BytesIO(data) if stream else data
    try:
        for event, elem in xmlsafe.iter_events(source, "T", events, prune=prune, whole=whole):
            out.append((event, elem.tag, dict(elem.attrib), elem.text, elem.tail, [c.tag for c in elem]))
            if event == "end" and prune and xmlsafe.local(elem.tag) in ("t", "p", "c", "si"):
                elem.clear()  # as the readers do
    except (ExtractionError, LimitExceeded) as exc:
        out.append((type(exc).__name__, str(exc)))
    return out


def _both(data: bytes, monkeypatch: pytest.MonkeyPatch, **kw: Any) -> tuple[list[Any], list[Any]]:
    fast = _events(data, **kw)
    with monkeypatch.context() as m:
        m.setattr(xmlsafe, "without_dtd", lambda head: False)
        slow = _events(data, **kw)
    return fast, slow


MODES = (
    {"events": ("end",), "prune": False, "whole": frozenset(), "stream": False},
    {"events": ("start", "end"), "prune": True, "whole": frozenset(), "stream": True},
    {"events": ("end",), "prune": True, "whole": frozenset({"p", "property"}), "stream": True},
)


@pytest.mark.parametrize("index", range(len(list(_hostile()))))
def test_hostile_parts_take_the_defused_path_and_are_refused(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    data = list(_hostile())[index]
    assert not xmlsafe.without_dtd(data[: xmlsafe._CHUNK])
    for mode in MODES:
        fast, slow = _both(data, monkeypatch, **mode)
        assert fast == slow
        assert fast[-1][0] in ("LimitExceeded", "ExtractionError")
    if b"\x00" not in data and b"ISO-8859-1" not in data:
        assert _events(data, **MODES[0])[-1][0] == "LimitExceeded"  # a DTD read as UTF-8: refused


def test_prolog_check_follows_only_what_it_knows() -> None:
    yes = [
        b"<a/>",
        b"\xef\xbb\xbf<a/>",
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document/>',
        b"<!-- x --><?pi x?>\n <_a/>",
        "<ø/>".encode(),
    ]
    no = [
        b"",
        b"   ",
        b"<!DOCTYPE a><a/>",
        b"<!-- unclosed comment <a/>",
        b"<?pi unclosed <a/>",
        b'<?xml version="1.0" encoding="ISO-8859-1"?><a/>',
        b'<?xml version="1.0" encoding="UTF-16"?><a/>',
        b'<?xml version="1.0" encoding="utf8"?><a/>',
        b"<?xml version=1.0?><a/>",
        b"<?xml?><a/>",
        "<a/>".encode("utf-16"),
        "<a/>".encode("utf-16-le"),
        "<a/>".encode("utf-16-be"),
        b"<!-- x --><!DOCTYPE a><a/>",
        b"<?x?><!DOCTYPE a><a/>",
        b"<!ENTITY a 'b'><a/>",
        b"<1a/>",
        b"text<a/>",
        b"\x00<a/>",
        b"<" + b" " * xmlsafe._CHUNK,
    ]
    assert all(xmlsafe.without_dtd(head) for head in yes)
    assert not any(xmlsafe.without_dtd(head) for head in no)


def _office_parts(tmp: Path) -> list[tuple[str, bytes]]:
    files = [
        mk.make_docx(tmp / "a.docx"),
        mk.make_xlsx(tmp / "a.xlsx"),
        mk.make_pptx(tmp / "a.pptx"),
        mk.make_odt(tmp / "a.odt"),
        mk.make_ods(tmp / "a.ods"),
        mk.make_odp(tmp / "a.odp"),
    ]
    parts = []
    for path in files:
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                if name.endswith((".xml", ".rels")):
                    parts.append((f"{path.name}:{name}", zf.read(name)))
    return parts


def _damaged(data: bytes, rng: random.Random) -> Iterator[bytes]:
    for cut in sorted({len(data) // 2, len(data) - 1, xmlsafe._CHUNK + 7, rng.randrange(1, len(data))}):
        if 0 < cut < len(data):
            yield data[:cut]
    at = rng.randrange(len(data) // 2, len(data))
    yield data[:at] + b"&undefined;" + data[at:]
    yield data[:at] + b"</mismatch>" + data[at:]
    yield data[:at] + b"<!DOCTYPE late>" + data[at:]  # after the first element: not a DTD, an error
    yield data[:at] + b"\xff\xfe" + data[at:]
    yield data + b"<second/>"


def test_office_parts_give_the_same_events_both_ways(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parts = _office_parts(tmp_path)
    assert len(parts) >= 40 and any(len(data) > 3 * xmlsafe._CHUNK for _, data in parts)
    rng = random.Random(17)
    compared = errors = 0
    for name, data in parts:
        assert xmlsafe.without_dtd(data[: xmlsafe._CHUNK]), name  # every real part takes the fast path
        for variant in (data, *_damaged(data, rng)):
            for mode in MODES:
                fast, slow = _both(variant, monkeypatch, **mode)
                assert fast == slow, name
                compared += 1
                errors += bool(fast) and fast[-1][0] == "ExtractionError"
    assert compared > 1000 and errors > 500


def test_a_zip_member_stream_is_read_in_the_same_chunks(tmp_path: Path) -> None:
    path = mk.make_docx(tmp_path / "a.docx")
    with zipfile.ZipFile(path) as zf:
        data = zf.read("word/styles.xml")
        with zf.open("word/styles.xml") as stream:
            streamed = [(e, el.tag, el.text) for e, el in xmlsafe.iter_events(stream, "T", ("end",), prune=True)]
    whole = [(e, el.tag, el.text) for e, el in xmlsafe.iter_events(data, "T", ("end",), prune=True)]
    assert streamed == whole and len(whole) > 1000


def test_the_readers_refuse_the_billion_laughs_docx(tmp_path: Path) -> None:
    from pii_scanner.extract.ooxml import _markup

    path = mk.make_xml_bomb_docx(tmp_path / "bomb.docx")
    with zipfile.ZipFile(path) as zf, zf.open("word/document.xml") as stream, pytest.raises(LimitExceeded, match="DTD"):
        list(_markup(stream, "DOCX"))


def _stdlib(parse: Any, data: bytes, events: tuple[str, ...]) -> list[Any]:
    out: list[Any] = []
    try:
        for event, elem in parse(io.BytesIO(data), events):
            out.append((event, elem.tag, dict(elem.attrib), elem.text, elem.tail, [c.tag for c in elem]))
    except ParseError as exc:
        out.append((str(exc), exc.position))
    return out


def test_the_c_path_runs_as_iterparse(tmp_path: Path) -> None:
    """The C path's loop gives the events, element states and errors (message and place) that the
    standard library's iterparse gives, in the same chunks, on whole, cut short and damaged parts."""
    from xml.etree.ElementTree import iterparse

    rng = random.Random(23)
    compared = errors = 0
    for name, data in _office_parts(tmp_path):
        for variant in (data, *_damaged(data, rng), b"", b"<a>" + b"x" * (3 * xmlsafe._CHUNK) + b"</b>"):
            for events in (("end",), ("start", "end")):
                ours = _stdlib(lambda s, e: xmlsafe._c_iterparse(s, e), variant, events)
                theirs = _stdlib(lambda s, e: iterparse(s, events=e), variant, events)
                assert ours == theirs, name
                compared += 1
                errors += bool(ours) and len(ours[-1]) == 2
    assert compared > 500 and errors > 200
