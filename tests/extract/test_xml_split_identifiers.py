"""Hostile (trust7, item 4; extract6 E19): generic XML is read as written, tags and all, so an identifier split
across elements (`<a>070761</a>-<b>4285</b>`, `<cpr><d>070761</d><n>4285</n></cpr>`) was never seen. Rule: a
digit run cut by tags with a separator written as text between them (mixed content: inline markup) is joined as
a reader sees it, and so are the children of an element named as an identifier (cpr, personnummer, ssn...);
sibling fields with nothing or only blanks between them are separate values and never joined into a false id."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.extract.extract_helpers import CONFIG, scan_file
from tests.helpers.nordic_numbers import make_cpr

CPR = make_cpr(datetime.date(1961, 7, 7), 4)
A, B = CPR[:6], CPR[6:]


def _cprs(path: Path) -> list[str]:
    (result,) = scan_file(path, CONFIG)
    return sorted(f.normalized for f in result.findings if f.entity_type == "DK_CPR")


@pytest.mark.parametrize(
    "xml",
    [
        f"<brev><p>Kunden har CPR <a>{A}</a>-<b>{B}</b> oplyst.</p></brev>",
        f"<klient><navn>Jens</navn><cpr><d>{A}</d><n>{B}</n></cpr></klient>",
        f'<k:klient xmlns:k="urn:k"><k:CPRnr><k:a>{A}</k:a>\n  <k:b>{B}</k:b></k:CPRnr></k:klient>',
    ],
    ids=["mixed", "cpr-element", "namespaced"],
)
def test_an_identifier_split_across_elements_is_found(tmp_path: Path, xml: str) -> None:
    path = tmp_path / "data.xml"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + xml, encoding="utf-8")
    assert _cprs(path) == [CPR]


@pytest.mark.parametrize(
    "xml",
    [
        f"<rows><row><id>{A}</id><amount>{B}</amount></row></rows>",  # two adjacent numeric fields
        f"<rows><row>\n  <id>{A}</id>\n  <amount>{B}</amount>\n</row></rows>",  # pretty-printed
        f"<rows><row><id>{A}</id> <amount>{B}</amount></row></rows>",  # a blank between two fields
    ],
    ids=["adjacent", "indented", "blank"],
)
def test_adjacent_fields_are_not_joined_into_a_false_identifier(tmp_path: Path, xml: str) -> None:
    path = tmp_path / "data.xml"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + xml, encoding="utf-8")
    assert _cprs(path) == []


def test_a_whole_identifier_in_one_element_is_found_once(tmp_path: Path) -> None:
    path = tmp_path / "data.xml"
    path.write_text(f"<k><cpr>{A}-{B}</cpr><p>CPR <b>{A}-{B}</b>.</p></k>", encoding="utf-8")
    assert _cprs(path) == [CPR, CPR]  # two occurrences, each once
