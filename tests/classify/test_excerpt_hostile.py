"""Hostile texts for the special-category evidence excerpt, run through the whole pipeline (names off,
as with ``--no-ner``): what people read next to a health or union finding must not name anybody."""

from __future__ import annotations

import pytest

from pii_scanner.core.model import Item
from pii_scanner.pipeline import Processor
from tests.helpers.mail_messages import CONFIG


@pytest.fixture(scope="module")
def processor() -> Processor:
    return Processor.build(CONFIG.with_(ner__enabled=False))


def _excerpts(processor: Processor, text: str) -> list[str]:
    item = Item(location="file:///t/a.txt", path="/t/a.txt", name="a.txt", data=(text + "\n").encode())
    (result,) = processor.process(item)
    excerpts = [str(e.get("excerpt")) for e in result.category_evidence]
    assert excerpts, f"no category evidence for {text!r}: the test would prove nothing"
    return excerpts


@pytest.mark.parametrize(
    "text,secrets",
    [
        ("Sygemeldt med depression: Ib Ørsted, tlf. +45 20 30 40 50, CPR 070761-4285.", ["Ørsted", "4285", "20 30"]),
        ("Patienten Åse Lindqvist, personnummer 19610707-4285, har diabetes.", ["Lindqvist", "4285"]),
        ("Mette Hansen, Nørregade 12, 2100 København Ø, er sygemeldt med depression.", ["Hansen", "Nørregade", "2100"]),
        ("Mette Hansen er sygemeldt med depression (konto 1234 5678901234).", ["Hansen", "5678901234"]),
        ("Lægen skriver at Mette Kjærsgaardsen-Thorbjørn er sygemeldt med depression.", ["Kjærsgaardsen", "Thorbjørn"]),
        ("Jens Hansen (jens.hansen@firma.dk) er medlem af 3F og sygemeldt.", ["Hansen", "jens.hansen@"]),
    ],
)
def test_excerpt_masks_names_numbers_addresses(processor: Processor, text: str, secrets: list[str]) -> None:
    for excerpt in _excerpts(processor, text):
        assert not [s for s in secrets if s in excerpt], excerpt


def test_excerpt_masks_names_written_in_capitals(processor: Processor) -> None:
    for text, secrets in (
        ("Ifølge OLE BAK er Mette sygemeldt med depression.", ["OLE", "BAK"]),
        ("Mette er sygemeldt med depression, oplyser KIM ØST fra HR.", ["KIM", "ØST"]),
    ):
        for excerpt in _excerpts(processor, text):
            assert not [s for s in secrets if s in excerpt], excerpt


def test_excerpt_masks_an_unlisted_surname_first_in_a_sentence(processor: Processor) -> None:
    for excerpt in _excerpts(processor, "Hej Mette. Thorbjørnsen er sygemeldt med depression."):
        assert "Thorbjørnsen" not in excerpt, excerpt


@pytest.mark.parametrize(
    "text,secrets",
    [
        ("Hun er gravid jens@firma.dk0707614285", ["0707614285", "4285"]),
        ("Straffeattest: jens@firma.dk070761-4285", ["070761", "4285"]),
        ("Hun er gravid jens@firma.dk19610707-4285 og træt.", ["19610707", "4285"]),
    ],
)
def test_an_identifier_glued_to_an_email_is_masked_in_excerpt_and_anchor(
    processor: Processor, text: str, secrets: list[str]
) -> None:
    """The detect stage reports nothing here; the classifier's own anchor must not keep what follows the @."""
    item = Item(location="file:///t/a.txt", path="/t/a.txt", name="a.txt", data=(text + "\n").encode())
    (result,) = processor.process(item)
    shown = [str(e.get(k)) for e in result.category_evidence for k in ("excerpt", "anchor_masked")]
    assert shown, "no category evidence: the test would prove nothing"
    assert not [s for s in secrets for x in shown if s in x], shown
