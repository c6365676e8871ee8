"""The classifiers' cheap checks that skip work: they may only skip what could never set anything.

An item whose category words cannot reach the threshold in any sentence (weak words on separate lines, far
apart) gets no per-hit work at all; words that can reach it together in one sentence still do; a presence-only
scan (document types) gives the same distinct terms while it stops looking for a term once it was found.
"""

from __future__ import annotations

from typing import Any

import pytest

from pii_scanner.classify import term_kernel
from pii_scanner.classify.content import combined_terms
from pii_scanner.classify.special_categories import SpecialCategories, load_special_categories
from pii_scanner.classify.terms import ItemText
from pii_scanner.core.model import Explanation, Finding

_WEAK_DA = "Dit CPR-nr. er registreret i lønsystemet."
_WEAK_SV = "Ditt personnummer är registrerat hos Skatteverket."


def _person(text: str, name: str) -> Finding:
    at = text.index(name)
    return Finding("PERSON", at, at + len(name), 0.9, name, name, Explanation("PERSON", "test"))


def _refuse(*args: Any) -> bool:
    raise AssertionError("per-hit work on an item whose words cannot reach the threshold")


def test_weak_words_apart_skip_every_per_hit_step(monkeypatch: pytest.MonkeyPatch) -> None:
    sc = load_special_categories()
    monkeypatch.setattr(SpecialCategories, "_generic_compound", _refuse)
    monkeypatch.setattr(SpecialCategories, "_contacts", _refuse)
    # one weak word per line: each line's sentence stays below the threshold, whatever the anchor
    text = f"Kære Mads Sørensen\n{_WEAK_DA}\n\nHej Johan Larsson!\n{_WEAK_SV}\n"
    assert sc.evidence(text, [_person(text, "Mads Sørensen"), _person(text, "Johan Larsson")]) == []
    # the same on one line, far apart: no sentence spans them both
    text = f"Jens Hansen: {_WEAK_DA}" + " Tak." * 200 + f" {_WEAK_SV}"
    assert sc.evidence(text, [_person(text, "Jens Hansen")]) == []


def test_weak_words_that_reach_together_are_still_scored() -> None:
    sc = load_special_categories()
    # two weak biometric words in one sentence with a direct anchor: 1 - 0.7 * 0.7 >= 0.5
    assert sc._may_reach_anywhere("x", []) is False
    text = "Jens Hansens fingeraftryk er registreret og registrerat i systemet."
    hits = [h for h in combined_terms().scan(text) if h.tag[0] == "cat"]
    assert sc._may_reach_anywhere(text, hits)
    apart = "registreret\n" + "registrerat"
    far = [h for h in combined_terms().scan(apart) if h.tag[0] == "cat"]
    assert {h.term for h in far} == {"registreret", "registrerat"}
    assert not sc._may_reach_anywhere(apart, far)
    assert sc._may_reach_anywhere(apart.replace("\n", " "), far)


def test_gate_keeps_hits_found_outside_the_lexicon() -> None:
    sc = load_special_categories()
    # a party letter, a same-sex wedding and a party column set categories with no lexicon word at all
    assert sc.classify("Anne Kjær (S) deltog i mødet.", [_person("Anne Kjær (S) deltog i mødet.", "Anne Kjær")]) == [
        "political_opinion"
    ]
    assert sc.classify("Bryllupsplan – Jonas og Mikkel: vielse på rådhuset 3/8.") == ["sexual_orientation"]
    assert sc.classify("BRYLLUPSPLAN – Jonas og Mikkel: vielse på rådhuset 3/8.") == ["sexual_orientation"]


def test_presence_only_scan_gives_the_same_distinct_terms() -> None:
    terms = combined_terms()
    # "beløb" many times, "beløb i alt" once at the end: the presence-only scan still finds both terms
    text = "Beløb: 100 kr. " * 300 + "Beløb i alt: 30.000 kr. Fakturanr 77. CVR 12345678."
    for kernel in {None, term_kernel.compiled()}:
        full = terms.scan(ItemText(text, kernel))
        once = terms.scan(ItemText(text, kernel), once=frozenset({"doc"}))
        assert {(h.tag, h.term) for h in once} == {(h.tag, h.term) for h in full}
        assert len(once) < len(full)
        assert {(h.tag, h.term, h.start, h.end) for h in once} <= {(h.tag, h.term, h.start, h.end) for h in full}


@pytest.mark.skipif(term_kernel.compiled() is None, reason="the compiled word pass is not installed")
def test_word_probes_answer_as_the_patterns_need(monkeypatch: pytest.MonkeyPatch) -> None:
    """The word pass's answers (a wedding word starting a word, "gift"/"married" or a party head as a whole
    word) decide the same-sex-couple and party-column steps exactly as the substring checks they replace."""
    import random

    from pii_scanner.classify import terms
    from pii_scanner.classify.special_categories import WORD_PROBES

    monkeypatch.setattr(terms, "_SHORT", 0)  # every text through the compiled word pass, short ones too
    sc = load_special_categories()
    kernel = term_kernel.compiled()
    tails = tuple(sc.compound_tail_tags)
    pieces = [
        "Bryllupsplan – Jonas og Mikkel: vielse på rådhuset 3/8.",
        "Saras och Emmas bröllop",
        "Wedding of Tom and Ben",
        "sommerbryllup",
        "BRYLLUP",
        "vielſe",  # long s: case-insensitive patterns fold it to "s", lower() does not
        "ı",
        "İ",
        "marriages",
        "MARRIAGE",
        "navn;parti;hverv\nAnne Holm;S;formand\nJens Berg;V;kasserer\n",
        "namn;PARTI;uppdrag\nAnders Ek;S;ledamot\n",
        "partiet",
        "partytime",
        "Jens Hansen er sygemeldt.",
        "Mads og Emil",
        "Säljarna, Lena och Karin Ahlström, är gifta.",
        "Mads og Jonas Winther-Berg kommer. De er gift og bor i Aarhus.",
        "GIFT",
        "Parret Mads og Jonas kommer til festen.\n",
        "The couple: Tom and Ben\n",
        "Ægteparret Lena og Karin\n",
        "giftig",
        " ",
        "\n",
        ";",
        "x" * 30,
        "\x00",
        "\U0001f600",
    ]
    rng = random.Random(8)
    texts = [
        "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12))) * rng.choice((1, 1, 30)) for _ in range(300)
    ]
    answered = {True: 0, False: 0}
    for text in texts:
        probed = ItemText(text, kernel, tails, WORD_PROBES)
        hits = combined_terms().scan(probed, once=frozenset({"doc"}))
        plain = ItemText(text, kernel, tails)
        assert sc.evidence(text, (), hits, prepared=probed) == sc.evidence(text, (), hits, prepared=plain), text
        if "ſ" in text or "ı" in text:
            assert probed.has_word("bryllup*") is None  # folds beyond lower(): not answered
        elif probed.has_word("parti") is not None:
            answered[any(probed.has_word(p) for p in WORD_PROBES)] += 1
    assert min(answered.values()) > 20, answered  # both answers were given by the word pass
