"""Record fields: which key or element name a number in an export or log is the value of."""

from __future__ import annotations

import datetime

import pytest

from pii_scanner.detect import fields
from pii_scanner.detect.recognizers.base import Env
from pii_scanner.detect.rules import load_rules

N = "0707614285"


def _field(text: str) -> fields.Field | None:
    start = text.index(N)
    return fields.field_of(text, start, start + len(N))


@pytest.mark.parametrize(
    ("text", "key", "kind", "parent"),
    [
        (f"<Rec><CPRNummer>x</CPRNummer><PNummer>{N}</PNummer></Rec>", "PNummer", "xml", "Rec"),
        (f"<a:Rec><a:Id> {N} </a:Id>", "Id", "xml", "Rec"),
        (f"<Ordre><Kunde><Cpr>1</Cpr></Kunde><Id>{N}</Id></Ordre>", "Id", "xml", "Ordre"),
        (f'<row levnr="{N}" cpr="x"/>', "levnr", "pair", "row"),
        (f'<Ansat nr="{N}">', "nr", "pair", "Ansat"),
        (f'{{"kunde": {{"cpr": "1"}}, "ordre": {{"id": "{N}"}}}}', "id", "json", "ordre"),
        (f'{{"items": [{{"lev_nr": {N}}}]}}', "lev_nr", "json", None),
        (f"ts=2026 user=38 case={N} status=200", "case", "pair", None),
        (f"navn: Ida\nleverandor_nr: {N}\nby: Vejle", "leverandor_nr", "line", None),
        (f"  - navn: Ida\n    Lev.nr: '{N}'", "Lev.nr", "line", None),
        (f"INSERT INTO t (navn, cpr, p_nr) VALUES ('Ida', '1', '{N}');", "p_nr", "sql", None),
        (f"insert into t (a, b) values ('x, y', {N}), ('z', 1);", "b", "sql", None),
    ],
)
def test_field_of(text: str, key: str, kind: str, parent: str | None) -> None:
    found = _field(text)
    assert found is not None
    assert (found.key, found.kind, found.parent) == (key, kind, parent)


@pytest.mark.parametrize(
    "text",
    [
        f"Mit CPR-nummer er {N}.",
        f"CPR: {N}",  # one label line in a letter is no record
        f"<p>Nummeret er {N} skrev hun</p>",  # an element holding more than the number
        f'{{"note": "cpr {N}"}}',  # a value holding more than the number
        f"a=b {N}",
        f"VALUES ('{N} kr')",
        f"<tr><td>CPR</td><td>{N}</td></tr>",  # generic markup names no field
        f'{{"key": "cpr", "value": "{N}"}}',
    ],
)
def test_running_text_is_no_field(text: str) -> None:
    assert _field(text) is None


def test_key_as_words() -> None:
    assert fields.Field("CPRNummer", "xml").words == "CPR Nummer"
    assert fields.Field("MedarbejderNummer", "xml").words == "Medarbejder Nummer"
    assert fields.Field("lev_nr", "json").words == "lev nr"


def test_log_record_is_its_line() -> None:
    text = f"2020-03-15 10:42:13 slog CPR 1 op\n2020-03-15 10:43:55 eksporterede {N}"
    start = text.index(N)
    assert fields.log_line_start(text, start) == text.index("2020-03-15 10:43")
    assert fields.log_line_start(f"Hej\nDu skrev {N}", 12) is None


def test_long_insert_maps_every_row_once() -> None:
    """A dump's INSERT with thousands of rows: every value keeps its column, searched in one pass."""
    rows = ",\n".join(f"('Ida', '{N}', {1000 + i})" for i in range(3000))
    text = f"INSERT INTO ansatte (navn, cpr, loebenr) VALUES\n{rows};\nSe også ('{N}')"
    memo: dict[str, object] = {}
    starts = [i for i in range(len(text)) if text.startswith(N, i)]
    found = [fields.at(text, s, s + len(N), memo) for s in starts]
    assert all(f is not None and f.key == "cpr" for f in found[:-1])
    assert found[-1] is None  # after the statement's end


def _declared(text: str) -> fields.Declared:
    start = text.index(N)
    return fields.declared(Env(text, load_rules(), datetime.date(2026, 12, 1), 40, ("DK_CPR",)), start, start + len(N))


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        # ISO 20022: the scheme follows the value inside <Othr>; the code is read as its words
        (f"<Othr><Id>{N}</Id><SchmeNm><Cd>NIDN</Cd></SchmeNm></Othr>", "national id number", None),
        # a scheme inside a sibling's child is another value's
        (
            f"<PmtInf><PmtInfId>{N}</PmtInfId><Cdtr><Othr><Id>1</Id><SchmeNm><Cd>NIDN</Cd></SchmeNm></Othr></Cdtr>",
            "",
            None,
        ),
        (f'<Id type="CPR" country="DK">{N}</Id>', "cpr", "da"),
        (f'{{"scheme": "DK:CPR", "id": "{N}"}}, {{"scheme": "loyalty", "id": "1"}}', "dk cpr", "da"),
        (f'{{"nationality": "Sverige", "doc": {{"number": "{N}"}}}}', "", None),  # the outer object's field
        (f'{{"issuer": "NO", "type": "NATIONAL_ID", "value": "{N}"}}', "national id", "nb"),
        # a key naming its own kind of number keeps its sense; the country still holds for the row
        (f'{{"country": "FI", "type": "NATIONAL_ID", "orderNo": "{N}"}}', "", "fi"),
        (f"Nat.;ID-nr\nSE;{N}", "", "sv"),
        (f"Name      Nat.   ID\nEva Holm  DNK    {N}", "", "da"),
        (f"Kunde: {N}", "", None),
    ],
)
def test_declared(text: str, words: str, country: str | None) -> None:
    told = _declared(text)
    assert (told.words, told.country) == (words, country)
