"""JSON, YAML, XML and Markdown write characters as escapes (session 18, extract6): Python's json.dumps and PHP's
json_encode escape every non-ASCII letter by default ("S\\u00f8ren \\u00d8stergaard"), XML may write any
character as a reference ("&#48;70761-4285"). They are read as the characters a person sees."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
import yaml

from pii_scanner.extract.text import unescape_data

from .extract_helpers import found, scan_file


def _hits(path: Path) -> set[tuple[str, str]]:
    return {(e, v) for e, v, _p in found(scan_file(path)) if e in ("DK_CPR", "EMAIL_ADDRESS")}


def test_json_escapes_are_read_as_the_characters_they_stand_for(tmp_path: Path) -> None:
    path = tmp_path / "kunder.json"
    # a CPR with a non-breaking hyphen, an e-mail address escaped whole: both as ASCII escapes
    record = {"navn": "Søren Østergaard", "cpr": "070761\u20114285", "mail": "s\u00f8ren@firma.dk"}
    path.write_text(json.dumps(record), encoding="utf-8")
    assert "\\u00f8" in path.read_text(encoding="utf-8")
    assert _hits(path) == {("DK_CPR", "0707614285"), ("EMAIL_ADDRESS", "søren@firma.dk")}


def test_xml_character_references_are_read_as_characters(tmp_path: Path) -> None:
    path = tmp_path / "kunder.xml"
    path.write_text(
        '<?xml version="1.0"?><kunder><kunde cpr="&#48;70761-4285"><mail>jens.hansen&#x40;firma.dk</mail>'
        "</kunde></kunder>",
        encoding="utf-8",
    )
    assert _hits(path) == {("DK_CPR", "0707614285"), ("EMAIL_ADDRESS", "jens.hansen@firma.dk")}


def test_yaml_escapes_and_markdown_references_are_read_as_characters(tmp_path: Path) -> None:
    # PyYAML's default dump escapes non-ASCII letters in double quotes ("S\xF8ren"); both files are
    # text/plain to libmagic, told apart by their extension.
    yml = tmp_path / "kunder.yaml"
    yml.write_text(yaml.dump({"kunder": [{"navn": "Søren Østergaard", "cpr": "070761\u20114285"}]}), encoding="utf-8")
    assert "\\xF8" in yml.read_text(encoding="utf-8")
    assert _hits(yml) == {("DK_CPR", "0707614285")}
    md = tmp_path / "kunde.md"
    md.write_text("# Kunde\n\nCPR: &#48;70761-4285\n\nMail: jens&#64;firma.dk\n", encoding="utf-8")
    assert _hits(md) == {("DK_CPR", "0707614285"), ("EMAIL_ADDRESS", "jens@firma.dk")}


@pytest.mark.parametrize(
    ("mime", "raw", "read"),
    [
        ("application/json", '"S\\u00f8ren \\ud83d\\ude00 \\\\u00f8 \\/ \\" \\ud800"', '"Søren 😀 \\u00f8 / " \ufffd"'),
        ("application/geo+json", '"\\u00c6"', '"Æ"'),
        ("text/xml", "&#48;&amp;amp;&lt;&copy", "0&amp;<&copy"),
        ("application/yaml", '"S\\xF8ren \\u00d8 \\U0001F600"', '"Søren Ø 😀"'),
        ("text/plain", "\\u00f8 &#48;", "\\u00f8 &#48;"),  # plain text: as written
    ],
)
def test_unescape_data(mime: str, raw: str, read: str) -> None:
    assert unescape_data(raw, mime) == read


def test_ldif_base64_values_and_java_property_escapes_are_read(tmp_path: Path) -> None:
    # An Active Directory export writes every non-ASCII value in base64; Java properties escape as \uXXXX.
    ldif = tmp_path / "brugere.ldif"
    name = base64.b64encode("Søren Østergaard".encode()).decode()
    note = base64.b64encode(b"CPR 070761-4285").decode()
    ldif.write_text(
        f"dn: cn=x,dc=firma,dc=dk\ncn:: {name}\ndescription:: {note[:20]}\n {note[20:]}\n", encoding="utf-8"
    )
    assert _hits(ldif) == {("DK_CPR", "0707614285")}
    props = tmp_path / "kunde.properties"
    props.write_text("kunde.cpr=070761\\u002d4285\nkunde.mail=s\\u00f8ren@firma.dk\n", encoding="latin-1")
    assert _hits(props) == {("DK_CPR", "0707614285"), ("EMAIL_ADDRESS", "søren@firma.dk")}
