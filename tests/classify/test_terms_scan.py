"""The word-set term scan gives exactly the trie regex's hits (``TermSet.scan_regex``), on any text."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from pii_scanner.classify import special_categories, terms
from pii_scanner.classify.content import combined_terms
from pii_scanner.classify.special_categories import load_special_categories
from pii_scanner.classify.terms import TermSet
from tests.classify.classify_golden import stress_texts

# Characters that exercise the edges: case folds beyond lower() (dotless i, long s, micro, Greek), a
# lower() that changes the length (İ), word characters that are not letters, brackets for party letters.
ODD_CHARS = ["ı", "ſ", "µ", "Σ", "ς", "İ", "_", "’", "–", "(S)", "(V)", " (M)", ".", "'", "+", "*", "/", "\t"]


def _texts() -> list[str]:
    rng = random.Random(3)
    sets = [combined_terms(), load_special_categories().cues]
    words = [f for ts in sets for f in ts.firsts] + ["kommune", "sygdom", "org", "nr", "dk", "df", "er", "lgbt"]
    out = stress_texts(40, seed=99)
    for _ in range(300):
        pieces = []
        for _ in range(rng.randrange(1, 60)):
            w = rng.choice(words)
            r = rng.random()
            if r < 0.2:
                w = w.upper()
            elif r < 0.3:
                w += rng.choice(["", "e", "ne", "s", "_x", "ſ"])
            elif r < 0.35:
                w = rng.choice(ODD_CHARS) + w
            pieces += [w, rng.choice([" ", "-", "  ", "\n", ". ", "", rng.choice(ODD_CHARS)])]
        out.append("".join(pieces))
    return out


TEXTS = _texts()


@pytest.mark.parametrize("finds", [0, 40, 10**6], ids=["regex-pass", "default", "finds-only"])
def test_scan_is_the_trie_regex(monkeypatch: pytest.MonkeyPatch, finds: int) -> None:
    monkeypatch.setattr(terms, "_MAX_FINDS", finds)
    monkeypatch.setattr(terms, "_SHORT", 0)  # short texts too through the word-set scan
    for ts in (combined_terms(), load_special_categories().cues, load_special_categories().terms):
        ts.known.clear()
        for text in TEXTS:
            assert ts.scan(text) == ts.scan_regex(text), text[:200]


def test_short_texts_take_the_regex(monkeypatch: pytest.MonkeyPatch) -> None:
    ts = combined_terms()
    ts.scan_regex("warm")  # the trie is compiled (a run that has scanned before)
    calls: list[str] = []
    monkeypatch.setattr(TermSet, "_words", staticmethod(lambda lower: calls.append(lower) or set()))
    ts.scan("Jens er sygemeldt.")
    assert not calls
    ts.scan("Jens er sygemeldt. " * 20)
    assert calls


def test_a_short_text_does_not_compile_a_big_trie(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process's first short text (a one-line file) takes the word-set scan rather than compiling the
    trie regex of thousands of words; small term sets (the person cues) compile theirs."""
    monkeypatch.setattr(terms, "_TRIES_USED", set())
    compiled: list[str] = []
    real = terms._compiled.__wrapped__
    monkeypatch.setattr(terms, "_compiled", lambda source, flags=0: compiled.append(source) or real(source, flags))
    big = combined_terms()
    text = "Jens Hansen er sygemeldt med stress."
    hits = big.scan(text)
    assert [h.term for h in hits] and big.source not in compiled
    assert hits == big.scan_regex(text) and big.source in compiled
    cues = load_special_categories().cues
    cues.scan(text)
    assert cues.source in compiled


def test_a_short_text_does_not_build_a_big_tries_source(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nor is the big trie's regex source built just to ask whether it was compiled (~35 ms per process
    for the categories' lexicon); once compiled, short texts take the regex."""
    monkeypatch.setattr(terms, "_TRIES_USED", set())
    built: list[int] = []
    real = terms._trie_source.__wrapped__
    monkeypatch.setattr(terms, "_trie_source", lambda firsts: built.append(len(firsts)) or real(firsts))
    words = [f"ord{i:05d}" for i in range(terms._SMALL_TRIE + 300)] + ["sygemeld*"]
    big = TermSet.build((("health", "cue"), w) for w in words)
    text = "Jens er sygemeldt, se ord00042."
    hits = big.scan(text)
    assert [h.term for h in hits] == ["sygemeld*", "ord00042"] and built == []
    assert big.scan_regex(text) == hits and len(built) == 1
    words_seen: list[str] = []
    monkeypatch.setattr(TermSet, "_words", staticmethod(lambda lower: words_seen.append(lower) or set()))
    assert big.scan(text) == hits and words_seen == [] and len(built) == 1


def test_words_with_punctuation_and_phrases(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(terms, "_SHORT", 0)
    ts = TermSet.build(
        [
            (("a",), "df"),
            (("b",), "df'er"),
            (("c",), "org.nr"),
            (("d",), "kom ud som"),
            (("e",), "syg*"),
            (("f",), "=DF"),
        ]
    )
    text = "DF'er og DF. org.nr 12; han kom ud som bøsse; kom ikke. Sygdom, sygemeldt; org.x"
    assert ts.scan(text) == ts.scan_regex(text)
    assert [(h.term, text[h.start : h.end]) for h in ts.scan(text)] == [
        ("df'er", "DF'er"),
        ("df", "DF"),
        ("=DF", "DF"),
        ("org.nr", "org.nr"),
        ("kom ud som", "kom ud som"),
        ("syg*", "Sygdom"),
        ("syg*", "sygemeldt"),
    ]


def test_the_word_memory_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(terms, "_MAX_KNOWN", 50)
    ts = TermSet.build([(("a",), "syg*")])
    for n in range(20):
        ts.scan(" ".join(f"w{n}x{i}" for i in range(40)) + " sygdom")
        assert len(ts.known) <= 50


def test_party_letters_are_the_look_behind_regex() -> None:
    sc = load_special_categories()
    assert sc.party_tag is not None
    reference = re.compile(r"(?<=[\w.])[ \t]?" + sc.party_tag.pattern)
    rng = random.Random(5)
    pieces = ["Mette", "F.", " ", "  ", "\t", "(S)", "(V)", "(M)", "(SD)", "(xx)", "(", ")", "\n", ",", "_"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        got = [(h.start, h.end) for h in special_categories._party_hits(sc.party_tag, text)]
        assert got == [m.span() for m in reference.finditer(text)], text


def test_compound_tails_are_the_look_behind_regex() -> None:
    sc = load_special_categories()
    assert sc.compound_tails is not None
    reference = sc.compound_tails  # the case-insensitive pattern with its look-behind
    tails = list(sc.compound_tail_tags)
    rng = random.Random(8)
    pieces = [*tails, "lunge", "kokain", "stress", "x", "1", "_", " ", "-", ".", "\n", "İ", "ı", "ſ", "K", "Æ"]
    texts = [t for t in TEXTS[:60]]
    for _ in range(3000):
        words = [rng.choice(pieces) for _ in range(rng.randrange(1, 10))]
        text = "".join(w.upper() if rng.random() < 0.2 else w for w in words)
        texts.append(text)
    for text in texts:
        got = list(special_categories._tail_spans(sc.compound_tails, tuple(sc.compound_tail_tags), text))
        assert got == [m.span() for m in reference.finditer(text)], text


def _presence_equivalent(ts: TermSet, text: str, once: frozenset[str]) -> None:
    full, some = ts.scan(text), ts.scan(text, once=once)
    assert [h for h in full if h.tag[0] not in once] == [h for h in some if h.tag[0] not in once], text[:200]
    assert {(h.tag, h.term) for h in full} == {(h.tag, h.term) for h in some}, text[:200]
    assert Counter(some) <= Counter(full)  # a subset of the full scan's hits (duplicates included)


@pytest.mark.parametrize("finds", [40, 10**6], ids=["default", "finds-only"])
def test_presence_only_terms_keep_every_other_hit_and_every_term(monkeypatch: pytest.MonkeyPatch, finds: int) -> None:
    """Document types ask only which terms occur: their first words are looked for until each term was
    found; the hits of every other lexicon and the distinct terms found stay exactly those of the full scan."""
    monkeypatch.setattr(terms, "_MAX_FINDS", finds)
    monkeypatch.setattr(terms, "_SHORT", 0)
    ts = combined_terms()
    for text in TEXTS:
        _presence_equivalent(ts, text, frozenset({"doc"}))


def test_presence_only_on_random_lexicons(monkeypatch: pytest.MonkeyPatch) -> None:
    """Random lexicons over a small vocabulary (stems, exact words, phrases, punctuation, case-sensitive
    terms, both tags on one word) and texts of the same words: the word-level interplay of the two kinds."""
    monkeypatch.setattr(terms, "_MAX_FINDS", 10**6)
    monkeypatch.setattr(terms, "_SHORT", 0)
    rng = random.Random(8)
    vocab = ["løn", "lønseddel", "org", "org.nr", "nr", "syg", "sygdom", "faktura", "fakturanr", "cv", "ab", "abc"]
    for _ in range(60):
        tagged = []
        for _ in range(rng.randrange(2, 14)):
            w = rng.choice(vocab)
            form = rng.random()
            if form < 0.3:
                w += "*"
            elif form < 0.45:
                w = w + " " + rng.choice(vocab)
            elif form < 0.5:
                w = "=" + w.capitalize()
            tagged.append(((rng.choice(["doc", "cat"]), str(rng.randrange(3))), w))
        ts = TermSet.build(tagged)
        for _ in range(15):
            pieces = []
            for _ in range(rng.randrange(1, 40)):
                w = rng.choice([*vocab, "x", "lønnen", "Løn", "ORG.NR", "abcd"])
                pieces += [w, rng.choice([" ", ".", "-", "", "\n", ". ", "_"])]
            text = "".join(pieces)
            _presence_equivalent(ts, text, frozenset({"doc"}))
            assert ts.scan(text) == ts.scan_regex(text)
