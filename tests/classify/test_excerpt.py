"""Masked excerpts of the sentences special categories were found in: readable words, no identifier."""

from __future__ import annotations

from pii_scanner.classify.excerpt import masked_excerpt
from pii_scanner.core.model import Explanation, Finding


def _person(text: str, value: str) -> Finding:
    start = text.index(value)
    return Finding("PERSON", start, start + len(value), 0.9, value, value, Explanation("t", "t"))


def test_names_numbers_and_addresses_are_masked_words_stay() -> None:
    text = "Vedr. Jens Hansen, CPR 140551-3849: Han har været sygemeldt siden 1. marts, skriv til jh@firma.dk."
    out = masked_excerpt(text, (0, len(text)), [_person(text, "Jens Hansen")])
    assert out == "Vedr. J. H., CPR ######-####: H. har været sygemeldt siden #. marts, skriv til j***@firma.dk."


def test_names_nobody_found_are_masked_too() -> None:
    for text, name in (
        ("Sana Malik er pakistaner og taler urdu.", "Sana"),  # first word, but a capitalised word follows
        ("Navn: Kofi Mensah\nDiagnose: diabetes", "Kofi"),  # after a colon
        ("Kasper er sygemeldt.", "Kasper"),  # a known first name first in the sentence
        ("Klienten Dragan Petrović er dømt for vold.", "Petrović"),
    ):
        out = masked_excerpt(text, (0, len(text)))
        assert name not in out, out


def test_acronyms_and_sentence_starts_stay_and_long_sentences_are_cut_around_the_term() -> None:
    text = "Hun er medlem af HK og har ADHD."
    assert masked_excerpt(text, (0, len(text))) == text
    long = "Indledning " * 30 + "hun er sygemeldt med stress" + " og mere tekst" * 30
    at = long.index("sygemeldt")
    out = masked_excerpt(long, (0, len(long)), focus=[(at, at + 9)], width=60)
    assert out.startswith("… ") and out.endswith(" …") and "sygemeldt med stress" in out
    assert len(out) < 90
