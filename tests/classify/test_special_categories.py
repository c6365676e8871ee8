"""Special categories about a person: gating, generic context, evidence without plaintext."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.classify.content import build_hooks, combined_terms
from pii_scanner.classify.special_categories import CATEGORIES, load_special_categories
from pii_scanner.classify.terms import TermSet
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Explanation, Extracted, Finding, Item, ItemResult, TextPart
from pii_scanner.pipeline import Processor
from pii_scanner.sources.files import file_item


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jens Hansen er sygemeldt med stress.", ["health"]),
        ("Karin Lund är sjukskriven sedan måndag.", ["health"]),
        ("Jeg er med i facket.", ["trade_union"]),
        ("Jag är med i facket sedan 2019.", ["trade_union"]),
        ("Anna Svensson är same och talar samiska.", ["ethnic_origin"]),
        ("Mette Hansen bor sammen med hendes kone i Odense.", ["sexual_orientation"]),
        ("Per Olsen har fået taget en gentest, der viser BRCA2.", ["health", "genetic"]),
        ("Erik Lind lämnade ett DNA-prov till polisen.", ["genetic"]),
        ("Lars Nielsen er medlem af Venstre og stiller op til byrådet.", ["political_opinion"]),
        ("Sara Ek kandiderar för Vänsterpartiet i kommunvalet.", ["political_opinion"]),
        ("Ahmed Khan konverterede til kristendommen sidste år.", ["religion"]),
        ("Bo Nilsson dömdes till fängelse för bedrägeri.", ["criminal_records"]),
        ("Lone Berg registrerede sit fingeraftryk i adgangssystemet.", ["biometric"]),
        ("Mit navn er Ole. Jeg har diabetes og tager insulin.", ["health"]),
        ("Hej Jonas Berg!\nHan ringede i går. Han er sygemeldt igen.", ["health"]),
        ("Please note that I am a member of Unite, the trade union.", ["trade_union"]),
        ("Sofia Sandberg kommer med sin fru till julfesten.", ["sexual_orientation"]),
        ("Mikkel Larsen skal giftes med sin kæreste Thomas til sommer.", ["sexual_orientation"]),
        ("Jonas Berg är gift med Per Holm sedan 2019.", ["sexual_orientation"]),
        ("Til HR: Jeg er blevet gift med min kæreste Mads.\n\nMvh Jonas Friis", ["sexual_orientation"]),
        ("Kære Jytte\n\nOperationen gik godt, og svulsten var godartet.\n\nKh Inge", ["health"]),
        ("CV – Rasmus Vinther\n\nTillidshverv:\n2019-2023 Tillidsrepræsentant, HK Privat", ["trade_union"]),
        ("Navn: Göran Lindh\nFrånvaro: 4 veckor\nOrsak: Höftoperation och rehabilitering", ["health"]),
        ("Pressemeddelelse: Borgmester Anne Kjær (S) genopstiller.", ["political_opinion"]),
    ],
)
def test_categories_about_a_person(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vi tilbyder alle medarbejdere en sundhedsordning med psykologhjælp.",
        "Overenskomsten mellem 3F og DI fastsætter løn og arbejdstid.",
        "Vi behandler særlige kategorier af personoplysninger, fx helbredsoplysninger og fagforeningsmedlemskab.",
        "Sygefraværspolitik: Ved sygdom skal en medarbejder ringe til sin leder.",
        "Statistik: 4 procent af de ansatte var sygemeldte i 2023.",
        "Vi deltog i en temadag om mangfoldighed og etnisk ligestilling.",
        "Firma A/S fik en bøde på 2 mio. kr. for brud på GDPR.",
        "Bolaget dömdes att betala en miljon kronor i sanktionsavgift.",
        "Vår personalpolicy beskriver hur sjukskrivning hanteras.",
        "Han er sygemeldt.",  # nobody identified in the item
        "Anna Berg kommer med sin man till festen.",  # a partner of the other gender reveals nothing
        "Jens Hansen er gift med Petra Holm.",
        "Til HR: Jeg er blevet gift med min kæreste Maja.\n\nMvh Jonas Friis",
        "Hej Jens\n\nFagforeningen har ringet angående mødet i morgen.\n\nMvh Lone",  # an organisation
        "Fra: info@danskmetal.dk\n\nNyhedsbrev: Dansk Metal har fået ny forhandlingsleder.",  # no person's mailbox
        "Bilag (B) viser budgettet for 2026.",
        "Direktør Lars Hansen udtaler, at virksomheden vil betale bøden.",
        "Tak for din ordre, pakken er sendt.",
        "Vi går til lægen i morgen.",
        "Kadnaforbindelse og grasplæne.",
    ],
)
def test_nothing_about_a_person(text: str) -> None:
    assert load_special_categories().classify(text) == []


def _finding(entity: str, start: int, end: int, value: str, normalized: str | None = None) -> Finding:
    return Finding(entity, start, end, 0.9, value, normalized or value, Explanation("test", "test"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contact or a source named next to a topic is not whom it is about
        ("Tilmelding til vaccination mod influenza sker hos Birthe Mølgaard senest fredag.", []),
        ("Om du blir sjuk ska du sjukanmäla dig före kl. 8. Frågor besvaras av Eva Lund, eva.lund@firma.se.", []),
        ("Sygefraværet er faldet til 4 procent, oplyser personalechef Jette Lund.", []),
        ("Enligt rapporten har Jens Hansen varit sjukskriven i tre veckor.", ["health"]),
        # a term inside the name of an organisation, or naming a field of work
        ("Bestyrelsen for Kræftens Bekæmpelse har udpeget Anne Holm som ny direktør.", []),
        ("Maja Hansen er ny jurist i vores afdeling for strafferet.", []),
        ("Nils Nilsson är ny handläggare på enheten för sjukpenning.", []),
        ("Jens Hansen har fået konstateret Parkinsons sygdom.", ["health"]),
        ("Lars Holm har ADHD.", ["health"]),
        # general law text: "den, der" / "den som"
        ("Enligt brottsbalken döms den som tillägnar sig egendom som han har i besittning för förskingring.", []),
        # people stated by an ethnonym, a partner of the same sex stated by a word
        ("Sana Malik er pakistaner og taler urdu med sine forældre.", ["ethnic_origin"]),
        ("Hanna Berg lever i ett förhållande med en kvinna.", ["sexual_orientation"]),
        ("Hanna Berg lever i ett förhållande med en man.", []),
        # a job touching a topic is not the person's own status
        ("Jonas Vestergaard er advokat og fører mest straffesager for private klienter.", []),
        ("Kristina Ek undervisar i religion på Katedralskolan.", []),
        ("Mads Holm forhandler for arbejdsgiverne med fagforbundene om lønnen.", []),
        # a first name that is also a category word, inside a full name
        ("Christian Holm er ny på lageret.", []),
        # a first name alone, or in the genitive, names a colleague
        ("Vibeke er gravid og går på barsel i maj.", ["health"]),
        ("Sidsels fingeraftryk er registreret i adgangssystemet.", ["biometric"]),
        ("Mikkel har kæreste – han hedder Anders.", ["sexual_orientation"]),
        ("Jeppe Hansen tilhører det danske mindretal i Sydslesvig.", ["ethnic_origin"]),
        # a full sentence with a subject of its own does not borrow the person of its neighbour
        ("Lone Berg har ferie i uge 7. Samerne er et oprindeligt folk med eget parlament.", []),
        ("Kandidater melder sig hos HR. Lone Berg er ny på kontoret.", []),
        ("Lone Berg har bestilt en tolk i somali til mødet med borgeren.", []),
        # a device or an event named by a category word, a column written about a topic
        ("Jesper Holm fra IT har installeret ansigtsgenkendelse på de nye telefoner.", []),
        ("Kim Dahl har sat fingeraftrykslæserne op i kælderen.", []),
        ("Samisk kulturvecka firas på skolan; Nils Enoksson leder programmet.", []),
        ("Eva Berg har skrivit en krönika om hur samhället bemöter personer med demens.", []),
        ("Bo Riis er indlagt på psykiatrisk afdeling.", ["health"]),
        # an unknown name a pronoun refers back to; compounds of sick leave
        ("Dragana Ilić berättade att hennes föräldrar är serber från Bosnien.", ["ethnic_origin"]),
        ("Mogens Vad er stadig på deltidssygemelding.", ["health"]),
        # a policy, a field of work, the union's own people; nationality stated as an adjective
        ("Hej Jens\n\nSom aftalt sender jeg udkastet til personalepolitikken om sygefravær.\n\nMvh Lone", []),
        ("Anna Berg söker tjänsten som kurator inom psykiatrin.", []),
        ("Mette Lund er fagforeningens advokat i sagen.", []),
        ("Jens Hansen er medlem af fagforeningens bestyrelse.", ["trade_union"]),
        ("Marek Nowak er polsk og kom til Danmark i 2010.", ["ethnic_origin"]),
        ("Kunden er polsk, så vi sender fakturaen på engelsk.", []),
        # the named addressee of a mail is "du"; offers and possibilities are nobody's condition
        ("Kære Morten\n\nVi nedsætter din tid, mens du er i behandling for din angst.\n\nVh Susanne", ["health"]),
        ("Kære Morten\n\nVi nedsætter din tid, mens du passer din far.\n\nVh Susanne", []),
        ("Hej Lena\n\nHusk at du kan blive vaccineret mod influenza i kantinen.\n\nMvh HR", []),
        # conditions as the end of a compound; a percentage of working time is no statistic
        ("Borgeren Dennis Holm henvises til misbrugscenteret for sit kokainmisbrug.", ["health"]),
        ("Henrik Berg har återgått i arbete på 50 procent efter sin stroke.", ["health"]),
        ("Sygefraværet er faldet fra 6 til 4 procent, oplyser personalechef Jette Lund.", []),
        # a signature block, a quoted line, an empty form field
        ("Jens Hansen\nLagerchef\nTillidsrepræsentant for 3F\n\nHej alle, husk mødet i morgen.", ["trade_union"]),
        ("> Den 3. marts skrev Jens Hansen:\n> Jeg er syg i dag og kommer ikke.\n\nGod bedring! Mvh Lone", ["health"]),
        ("Navn: Jens Hansen\nHelbredsoplysninger: Ingen", []),
        ("Navn: Jens Hansen\nHelbredsoplysninger: Diabetes type 1", ["health"]),
        # court language; a hereditary condition is genetic and health
        (
            "Tiltalte Jens Holm har forklaret, at han ikke husker episoden. Tiltalte findes skyldig.",
            ["criminal_records"],
        ),
        ("Jens Holm har fået påvist en arvelig blodpropssygdom.", ["health", "genetic"]),
        ("Jens Holm har arvet sin fars hus i Vejle.", []),
        # an acronym is no proper name; an inflected topic lead; a source found by the pair rule
        ("Resultatet af Kristoffer Laus DNA-analyse er sendt til retten.", ["genetic"]),
        ("Sofia Holmgren har skrivit en sammanfattning av forskningen om ärftliga sjukdomar.", []),
        ("Polisen utreder bedrägerier mot företag i regionen, enligt Linda Karlsson på ekonomi.", []),
        # civil judgments, party names in the genitive, "-fri", a spouse named after a neutral word
        ("Av domen framgår att Kristian Ek får rätt mot försäkringsbolaget i tvisten om ersättning.", []),
        ("Kirsten Ahle er næstformand i Dansk Folkepartis lokalforening i Randers.", ["political_opinion"]),
        ("Jag har haft en förkylningsfri vinter. /Greta", []),
        (
            "Til HR: Min ægtefælle, Mads Holm, skal tilføjes som pårørende. Venlig hilsen Peter Juhl",
            ["sexual_orientation"],
        ),
        ("Peter Lindahl kan inte delta i julfesten eftersom han är bortrest.", []),
    ],
)
def test_contacts_organisations_topics_and_indirect_statements(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


def test_findings_anchor_and_evidence_is_masked() -> None:
    text = "Vedr. 0101901234: medarbejderen er sygemeldt med depression."
    cpr = _finding("DK_CPR", 6, 16, "0101901234")
    evidence = load_special_categories().evidence(text, [cpr], names_given=True)
    assert [e.category for e in evidence] == ["health"]
    ev = evidence[0].as_dict()
    assert ev["sentence"][0] <= text.index("sygemeldt") < ev["sentence"][1]
    assert (ev["anchor"], ev["anchor_span"], ev["via"], ev["anchor_masked"]) == (
        "DK_CPR",
        [6, 16],
        "direct",
        "010190-XXXX",
    )
    assert "0101901234" not in json.dumps(ev) and "1234" not in json.dumps(ev)
    assert 0.5 <= ev["confidence"] <= 1.0


def test_evidence_never_holds_a_name_or_address() -> None:
    text = "Fra: jens.hansen@firma.dk\nJens Hansen er sygemeldt med stress og har fået en diagnose."
    dump = json.dumps([e.as_dict() for e in load_special_categories().evidence(text)])
    assert "health" in dump
    assert "Hansen" not in dump and "jens.hansen" not in dump


def test_a_company_is_not_a_person() -> None:
    text = "Datatilsynet indstiller Novo Nordisk A/S til en bøde for ulovlig behandling."
    assert load_special_categories().classify(text, [_finding("PERSON", 24, 36, "Novo Nordisk")]) == []


def test_hooks_scan_the_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = TermSet.scan

    def counting(self: TermSet, text: str, **options: Any) -> list:  # type: ignore[type-arg]
        if len(text) > 200:  # the item's text, not a sentence around a hit
            calls.append(len(text))
        return real(self, text, **options)

    monkeypatch.setattr(TermSet, "scan", counting)
    text = "Jens Hansen er sygemeldt. " + "Fakturaen er betalt. " * 20
    result = ItemResult(item=Item("file:///a.txt", "/a.txt"))
    for hook in build_hooks(ScanConfig()):
        hook(result, Extracted(mime="text/plain", parts=[TextPart(text)]))
    assert result.categories == ["health"] and result.category_evidence
    assert len(calls) == 1


def test_term_syntax_stems_phrases_gaps_and_case() -> None:
    terms = TermSet.build(
        [
            (("a",), "sygemeld*"),
            (("b",), "medlem* ~ fagforening*"),
            (("c",), "=Venstre"),
            (("d",), "dna-prov*"),
        ]
    )
    found = {h.tag[0] for h in terms.scan("Sygemeldingen; medlem af den lokale fagforening; Venstre; DNA prov")}
    assert found == {"a", "b", "c", "d"}
    assert {h.tag[0] for h in terms.scan("drej til venstre; usygemeldt")} == set()


def test_phrases_are_found_by_their_telling_word_with_case_per_word() -> None:
    terms = TermSet.build([(("a",), "er med i fag*"), (("b",), "født i ~ =Tyrkiet"), (("c",), "i facket")])
    text = "Hun er med i fagforeningen. Han er født i det østlige Tyrkiet. Født i tyrkiet. Hon är i facket."
    hits = [(h.tag[0], text[h.start : h.end]) for h in terms.scan(text)]
    assert hits == [("a", "er med i fagforeningen"), ("b", "født i det østlige Tyrkiet"), ("c", "i facket")]
    assert "er" not in terms.exact and "i" not in terms.exact  # no lookup by a function word


def test_combined_terms_cover_every_category() -> None:
    tags = {h.tag[1] for h in combined_terms().scan("sygemeldt fagforening dømt muslim etnisk gentest fingeraftryk")}
    assert {"health", "trade_union", "criminal_records", "religion", "ethnic_origin", "genetic", "biometric"} <= tags
    assert set(CATEGORIES) >= {t for t in tags if t in CATEGORIES}


def test_streamed_item_keeps_evidence_offsets_in_the_whole_text(tmp_path: Path) -> None:
    filler = "Fakturaen er betalt, og mødet er flyttet til torsdag i lokale tre. " * 4000
    text = filler + "\nJens Hansen er sygemeldt med depression.\n" + filler
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    config = ScanConfig(workers=1).with_(limits__stream_above=100_000, limits__max_file_size=1 << 31)
    (result,) = Processor.build(config).process(file_item(path))
    assert result.metadata.get("streamed") is True
    assert result.categories == ["health"]
    (ev,) = result.category_evidence
    a, b = ev["sentence"]
    assert "sygemeldt" in text[a:b]
    s, e = ev["anchor_span"]
    assert text[s:e] == "Jens Hansen" and ev["anchor_masked"] != "Jens Hansen"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kari Nordmann er sykmeldt etter en operasjon.", ["health"]),
        ("Ola Hansen er medlem av Fellesforbundet og tillitsvalgt.", ["trade_union"]),
        ("John Smith was convicted of fraud in 2019.", ["criminal_records"]),
        ("I am a member of the Labour Party and stood for election in May.", ["political_opinion"]),
        ("Our policy covers sick leave for all employees.", []),
    ],
)
def test_norwegian_and_english_basics(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


def test_item_record_and_index_row_carry_masked_evidence_only() -> None:
    from pii_scanner.core.privacy import Fingerprinter
    from pii_scanner.reports.records import records_for
    from pii_scanner.store.rows import item_row

    text = "Fra: jens.hansen@firma.dk\nJens Hansen (070761-4285) er sygemeldt med stress."
    findings = [
        _finding("EMAIL_ADDRESS", 5, 25, "jens.hansen@firma.dk"),
        _finding("PERSON", 26, 37, "Jens Hansen"),
        _finding("DK_CPR", 39, 50, "070761-4285", "0707614285"),
    ]
    result = ItemResult(item=Item("file:///n.txt", "/n.txt", name="n.txt"), findings=findings)
    for hook in build_hooks(ScanConfig()):
        hook(result, Extracted(mime="text/plain", parts=[TextPart(text)]))
    assert result.categories == ["health"]
    fp = Fingerprinter(b"k" * 32)
    record = records_for(result, fp)[0]
    row = item_row(result, fp, "loc", "top", None, None)
    for out in (record["category_evidence"], row["metadata"]["category_evidence"]):
        dumped = json.dumps(out)
        assert out and out[0]["category"] == "health"
        assert "Hansen" not in dumped and "jens.hansen" not in dumped and "4285" not in dumped
