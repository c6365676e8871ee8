"""Name columns read by their header (detect/ner/columns.py): layouts, hostile input, cost."""

from __future__ import annotations

from pii_scanner.detect.ner.columns import ColumnHeaders, name_cells
from pii_scanner.detect.ner.fallback import FallbackNameFinder

HEADERS = ColumnHeaders(frozenset({"fornavn"}), frozenset({"efternavn"}), frozenset({"navn"}))


def cells(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], role) for s, e, role in name_cells(text, HEADERS)]


def test_plain_comma_csv_and_quoted_cells() -> None:
    assert cells("Fornavn,Efternavn,By\nMette,Hansen,Aarhus") == [("Mette", "first"), ("Hansen", "last")]
    text = 'Navn;By\n"Hansen, Mette";Aarhus\n"Lund, Bo";Vejle'
    assert cells(text) == [("Hansen, Mette", "full"), ("Lund, Bo", "full")]


def test_a_table_ends_at_a_blank_line_or_another_layout() -> None:
    text = "Fornavn;Efternavn\nMette;Hansen\n\nMødet;slutter\nkl. 12"
    assert cells(text) == [("Mette", "first"), ("Hansen", "last")]


def test_header_word_in_prose_reads_nothing() -> None:
    assert cells("Skriv dit navn, din adresse og dit telefonnummer, tak.") == []


def test_lower_casing_that_changes_length_keeps_offsets() -> None:
    # "İ" lower-cases to two characters: the header search must still give offsets into the text itself
    text = "İİ\nFornavn;Efternavn\nMette;Hansen"
    assert cells(text) == [("Mette", "first"), ("Hansen", "last")]


def test_unbalanced_quotes_and_ragged_rows_do_not_fail() -> None:
    text = 'Fornavn;Efternavn\n"Mette;Hansen\nBo;Lund;x;y;z\n;\n'
    assert isinstance(cells(text), list)


def test_a_long_export_is_read_to_its_end() -> None:
    finder = FallbackNameFinder()
    rows = 20_000  # thousands of column findings replace what the run pass found inside them
    found = finder.find("Fornavn;Efternavn;By\n" + "Mette;Hansen;Aarhus\n" * rows)
    assert len(found) == 2 * rows
    assert {f.value for f in found} == {"Mette", "Hansen"}


def test_a_long_surname_first_list_is_read_to_its_end() -> None:
    rows = 20_000
    found = FallbackNameFinder().find("Deltagere\n" + "Hansen, Mette\n" * rows)
    assert len(found) == rows and {f.normalized for f in found} == {"Mette Hansen"}
