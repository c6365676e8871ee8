"""Session-12 rules and golden rows, written with other texts and names than any evaluation set: a fault of
a personal phone or computer's face or fingerprint unlock is no biometric data (a failing reader at work still
holds the person's template); an errand verb whose object is a named person taken by a biometric means enrols
that person; a name addressed after a thanks or congratulation ("Tak for mødet i dag, Bente Lind.") is whom a
later "du"/"dig"/"din" means."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.fixture(scope="module")
def classify():  # type: ignore[no-untyped-def]
    sc = load_special_categories()
    return lambda text: sc.classify(text)


# Each of these failed before this session's rules.
NEW_RULES = [
    # a personal device's unlock feature that fails, in each language
    ("Face ID virker ikke på min nye telefon.", []),
    ("Face ID fungerar inte på min nya telefon.", []),
    ("Touch ID på min bærbare virker ikke længere.", []),
    ("Ansiktsgjenkjenningen på mobilen min fungerer ikke etter oppdateringen.", []),
    ("Face ID stopped working on my phone after the update.", []),
    # enrolment of the named person by an operator or a machine
    ("Stämpelklockan registrerar Malin Ek via fingeravtryck.", ["biometric"]),
    ("Systemet registrerer Bo Lind med fingeraftryk ved mødet.", ["biometric"]),
    # a name addressed after a thanks, then "du"
    ("Tak for mødet i dag, Bente Lind. Det er godt at høre, at du er gravid og har det godt.", ["health"]),
    ("Tack för samtalet idag, Malin Ek. Som vi pratade om är du sjukskriven till fredag.", ["health"]),
    ("Takk for praten, Ola Nordmann. Vi har notert at du er gravid.", ["health"]),
    ("Referat. Tusind tak for i dag, Kim Vestergaard! Vi noterede at du har diabetes.", ["health"]),
    # a debate meeting with a party is an event; its moderator is no member
    ("Invitation til debatmøde med Enhedslisten torsdag. Ordstyrer: Peter Lund.", []),
    ("Invitasjon til valgmøte med Høyre. Ordstyrer: Kari Nilsen.", []),
]


@pytest.mark.parametrize(("text", "expected"), NEW_RULES)
def test_new_rules(classify, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert classify(text) == expected


# Hard negatives and positives at each rule's edge.
BOUNDS = [
    # a failing reader at work still holds the person's template
    ("Min håndfladescanner virker ikke længere ved indgangen, selv om jeg blev registreret i mandags.", ["biometric"]),
    ("Mitt fingeravtryck i stämpelterminalen fungerar inte längre, kan ni registrera ett nytt?", ["biometric"]),
    # the fault drops only the biometric word: another category in the sentence stays
    ("Min Face ID virker ikke på telefonen, og jeg er sygemeldt med lungebetændelse.", ["health"]),
    # a device without a fault: the writer's own unlock feature named, nothing fails
    ("Jeg har fået taget fingeraftryk til mit nye pas.", ["biometric"]),
    # an errand verb without a named object, or with a person as the subject, enrols nobody
    ("Stämpelklockan registrerar arbetstid via fingeravtryck.", []),
    ("Lena Holm registrerar besökare via fingeravtryck i receptionen.", []),
    # a thanks without a name, or a name addressed after the "du" sentence
    ("Tak for mødet i dag. Det er godt at høre, at du er gravid.", []),
    ("Det er godt at høre, at du er gravid. Tak for mødet i dag, Bente Lind.", []),
    # a thanks to a group, then a general "du"
    ("Tak for mødet, alle sammen. Husk at du kan melde dig ind i fagforeningen.", []),
    # a hypothetical after the addressed name is still nobody's
    ("Tak for mødet i dag, Bente Lind. Skulle du blive syg, så ring.", []),
    ("Inbjudan till debattmöte med Vänsterpartiet på torsdag. Moderator: Eva Lind.", []),
    # a party before the meeting word, or a member who moderates, still counts
    ("Eva Lind är medlem i Vänsterpartiet och talar på debattmötet.", ["political_opinion"]),
    ("Jens Holm stiller op for Enhedslisten ved vælgermødet i aften.", ["political_opinion"]),
    ("Ordstyrer Peter Lund er selv medlem af Venstre.", ["political_opinion"]),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDS)
def test_new_rules_keep_their_bounds(classify, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert classify(text) == expected


# Compound tails: the fast path finds exactly what the case-insensitive pattern finds, also in a text that
# holds a dotless i or a long s (a Turkish name in a dense text used to send the whole text to the pattern).
def _corpus_texts() -> list[str]:
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
    out: list[str] = []
    for path in sorted(data.glob("**/categories*.jsonl")):
        if "holdout9" in path.parts:  # sealed
            continue
        out += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


_TAIL_EDGES = [
    "Yıldız har alkohol mısbrug og ſygemelding",
    "MISBRUG 3misbrug _misbrug aMisbrug",
    "İlhan har kokainmisbrug",
    "kokaın-misbrug kokaınmısbrug fredagsbön FREDAGSBØNNEN",
    "Æblemisbrug ålkoholmisbrug xxxxxmisbrugs",
    "Aylın Kaya har en langtıdssygemelding og Kemal Yıldırım har lungekræft.",
]


@pytest.mark.parametrize("kernel_name", ["auto", "off"])
def test_tail_spans_equal_the_pattern(kernel_name: str) -> None:
    from pii_scanner.classify import special_categories as scm
    from pii_scanner.classify.content import combined_terms
    from pii_scanner.classify.term_kernel import select
    from pii_scanner.classify.terms import ItemText

    sc = load_special_categories()
    assert sc.compound_tails is not None
    tails = tuple(sc.compound_tail_tags)
    kernel = select(kernel_name)
    terms = combined_terms()
    texts = _corpus_texts()
    assert len(texts) > 3000
    compared = 0
    for t in [*texts, *_TAIL_EDGES]:
        for text in (t, t.upper(), t.replace("i", "\u0131"), t.replace("s", "\u017f")):
            prepared = ItemText(text, kernel, tails, scm.WORD_PROBES)
            terms.scan(prepared)
            expected = [m.span() for m in sc.compound_tails.finditer(text)]
            assert list(scm._tail_spans(sc.compound_tails, tails, prepared)) == expected, text
            compared += bool(expected)
    assert compared > 500


class _NoPattern:
    """Stands for the case-insensitive pattern: the fast path must not need it."""

    def finditer(self, text: str) -> None:
        raise AssertionError("the slow case-insensitive pattern was used")


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Emre Yıldız er sygemeldt pga. kokainmisbrug.", [(36, 43)]),
        ("Aylın Kaya har et alkoholmısbrug.", [(25, 32)]),
        ("Tarık Çelik har lungekræft og en ſygemelding.", [(21, 26)]),
    ],
)
def test_tail_spans_fold_dotless_i_without_the_pattern(text: str, spans: list[tuple[int, int]]) -> None:
    from pii_scanner.classify import special_categories as scm
    from pii_scanner.classify.terms import ItemText

    sc = load_special_categories()
    assert sc.compound_tails is not None
    assert [m.span() for m in sc.compound_tails.finditer(text)] == spans
    tails = tuple(sc.compound_tail_tags)
    assert list(scm._tail_spans(_NoPattern(), tails, ItemText(text))) == spans  # type: ignore[arg-type]


# The labelling rule for negation and uncertainty (docs/classification.md), and texts about organisations and
# topics with a named person who is only a contact, a writer or a speaker.
GOLDEN = [
    ("Jens Holm er ikke medlem af nogen fagforening.", ["trade_union"]),
    ("Lisa Berg är inte troende.", ["religion"]),
    ("Kari Lie er ikke gravid likevel.", ["health"]),
    ("Hanne Lund er måske gravid.", ["health"]),
    ("Per Ek kanske har diabetes, han ska testas nästa vecka.", ["health"]),
    ("Socialdemokratiet vil hæve pensionsalderen. Det skriver journalist Karen Bach i Politiken.", []),
    ("Stillingsopslag: Vi søger en tillidsrepræsentant til lageret. Spørgsmål til Lars Møller.", []),
    ("Jobbannons: Vi söker en facklig ombudsman till Kommunal. Kontaktperson: Eva Strand.", []),
    ("Ledig stilling: Fagforbundet søker rådgiver. Kontakt Kari Nilsen.", []),
    ("Inbjudan: Temakväll om psykisk ohälsa. Föreläsare: Anna Berg, psykolog.", []),
    ("Privatlivspolitik: Vi behandler følsomme oplysninger som helbred og fagforening. Dataansvarlig: Ole Sand.", []),
    ("Statistik: 42 procent af medlemmerne i 3F stemmer på Socialdemokratiet, viser en måling ved Lise Dam.", []),
    ("Pressemeddelelse fra Sverigedemokraterna. Presskontakt: Oscar Lund.", []),
    ("Vi søger en præst til Vor Frue Kirke. Ansøgning sendes til Mette Lund.", []),
]


@pytest.mark.parametrize(("text", "expected"), GOLDEN)
def test_golden_rows(classify, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert classify(text) == expected
