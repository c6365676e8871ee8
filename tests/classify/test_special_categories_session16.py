"""Session-16 rules, from hold-out v13's error classes, written with other texts and names than any evaluation set: a
note line that opens with its verb under a name ("Fratræder efter ...", "Synger i kirkekoret ...") is about that
person (the verbs of HR notes and yearbook lines; "i" after the verb is the preposition, the pronoun is "I"); a
letterhead ("Unit, House") and a publication named after an organisation ("Medlemsbladet HK") are no fact of
anybody; an item headed as a TV listing, a quiz or a circle reading a titled book tells of characters and trivia
(unless the writer speaks of themself); in an insurance claim a theft or burglary is the insured's loss (their own
conviction still counts, "dömts för" included); a stricter punishment asked for is a policy; a disease naming a
vaccine is no condition; "variant i genet" is genetic. A study's finding told of a person ("Undersøgelsen viser, at
du ...") is no study of anybody; a generic word after the hits in a later comma clause ("..., maintainer of a Pride
event app") does not silence them, nor does the firm's "vi" there ("Kunden sidder i kørestol ..., så vi bærer alt");
a Swedish passive with the term as subject ("Fingeravtryck har tagits") is a record's note; an opposition movement
or party and protests with it are political; a weaker word as a line's label ("Hälsa:") is no fact unless the
value holds a term of its own."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.fixture(scope="module")
def sc():  # type: ignore[no-untyped-def]
    return load_special_categories()


ROWS = [
    # --- a note line opening with its verb, under a name line: about the person named
    (
        "Udtræden – notat\nAnsat: Mikkel Rasmussen\nOphør: 30. april\n"
        "Fratræder efter et langt og hårdt forløb med depression, der gør kundekontakt umulig.",
        ["health"],
    ),
    (
        "Avgångssamtal\nAnställd: Petra Lindqvist\nSista dag: 2 maj\n"
        "Slutar efter lång sjukskrivning för utmattningssyndrom, som gör kundarbete på kontoret omöjligt.",
        ["health"],
    ),
    (
        "Årets studenter\nJohanne Kirk, 3.b\n"
        "Synger i kirkekoret og går i Pinsekirken hver eneste søndag med familien.\nHeld og lykke!",
        ["religion"],
    ),
    (
        "Avgångsklassen\nMalin Örn, NA3\nGår i katolska kyrkan varje söndag och har varit korgosse i sex år.\n"
        "Lycka till!",
        ["religion"],
    ),
    # the same lines with a subject of their own, or about nothing special
    (
        "Udtræden – notat\nAnsat: Mikkel Rasmussen\nOphør: 30. april\n"
        "Fratræder for at starte eget firma med en tidligere kollega fra lageret.",
        [],
    ),
    (
        "Årets studenter\nJohanne Kirk, 3.b\n"
        "Spiller håndbold og går i byen hver fredag med hele holdet fra klassen.\nHeld og lykke!",
        [],
    ),
    # --- letterheads, publications, media and quiz items, insurance claims, punishment as policy, vaccines
    (
        "Klinisk Genetik, Odense Universitetshospital\n"
        "Til: Henrik Mølgaard\n"
        "Du er nu skrevet op til en første samtale hos os i efteråret.",
        [],
    ),
    (
        "Klinisk Genetik, Odense Universitetshospital\n"
        "Til: Henrik Mølgaard\n"
        "Gentesten viser, at du er bærer af en mutation i BRCA2.",
        ["genetic"],
    ),
    (
        "Menighedsbladet, Sankt Lukas Sogn\n"
        "Vi byder velkommen til Morten Bækgaard, der er ansat som ny kirketjener fra 1. maj.",
        [],
    ),
    (
        "Indlæg i Medlemsbladet HK\n"
        "Af Sanne Vinther, Horsens\n"
        "Som kontorassistent i 15 år er jeg træt af de nye vagtplaner på kontoret.",
        [],
    ),
    (
        "Rejseklinik – journalnotat\n"
        "Navn: Kasper Thorsen\n"
        "Notat: Hepatitis B-vaccine givet, næste dosis om en måned inden turen til Indien.",
        [],
    ),
    (
        "Journalnotat\nNavn: Kasper Thorsen\nNotat: Kasper Thorsen har kronisk hepatitis B og får antiviral medicin.",
        ["health"],
    ),
    (
        "TV-tablå lørdag\n"
        "20.00 Strisser på Samsø: Betjent Bo Klint anholder en mand, der er dømt for bedrageri.\n"
        "21.00 Nyheder.",
        [],
    ),
    (
        'Läsecirkeln läser "Hundraåringen" av Jonas Jonasson\n'
        "Allan Karlsson har suttit i fängelse och rymmer från hemmet. Vi ses hos Berit.",
        [],
    ),
    (
        "Pubquiz, Café Kanten\n"
        "Spørgsmål 3: Hvilken dansk digter var indlagt på psykiatrisk hospital, ligesom Tove Ditlevsen?",
        [],
    ),
    (
        "Bokcirkeln: Stina Holm berättade om sin bakgrund – hon kom till Sverige som flykting från Eritrea 1991.",
        ["ethnic_origin"],
    ),
    (
        "Skadeanmeldelse – bil\n"
        "Forsikringstager: Lasse Juhl\n"
        "Hændelse: Indbrud i bilen på p-pladsen, stjålet: jakke og taske. Sagen er politianmeldt.",
        [],
    ),
    (
        "Skadeanmeldelse – bil\n"
        "Forsikringstager: Lasse Juhl\n"
        "Hændelse: Forsikringstager Lasse Juhl er dømt for spritkørsel og har fået frakendt kørekortet.",
        ["criminal_records"],
    ),
    (
        "Skadeärende – villa\n"
        "Försäkrad: Olof Berg\n"
        "Krav avslaget: branden orsakades av den mordbrand som den försäkrade själv dömts för.",
        ["criminal_records"],
    ),
    (
        "Mette Kragh, 44, sygeplejerske: Jeg vil have strengere straffe for vold mod buschauffører og togførere.",
        [],
    ),
    (
        "Mette Kragh, 44, sygeplejerske, blev idømt tre måneders fængsel for vold mod en kollega.",
        ["criminal_records"],
    ),
    # --- a study's finding told of the addressee; a generic word in a later comma clause; a Swedish passive in a
    # record; words: a face scanned, cytostatika compounds, 'er stolt same', yezidi (faith and origin)
    (
        "Til: Mads Krogh\nUndersøgelsen viser, at du har en variant i genet LDLR, der giver forhøjet kolesterol.",
        ["health", "genetic"],
    ),
    (
        "En ny undersøgelse viser, at hver femte lagermedarbejder har været sygemeldt med stress.",
        [],
    ),
    (
        "Hej, jeg hedder Kim Holt. Stolt bi-mor til tre, gift med Sanne, frivillig på en festival-app.",
        [],
    ),
    (
        "Hi, I'm Ruth Berg, nurse in Aarhus. Proud lesbian mum of two, married to Ida, volunteer at a summer event.",
        ["sexual_orientation"],
    ),
    (
        "Visumansökan\nSökande: Goran Lukić\nFingeravtryck har registrerats och skickats vidare till ambassaden.",
        ["biometric"],
    ),
    (
        "Medlemskort – Fitnessland\n"
        "Medlem: Signe Bach\n"
        "Jeg fik scannet mit ansigt ved indgangen, og nu virker adgangen på alle centre.",
        ["biometric"],
    ),
    (
        "Insamlingen för Lina Ström\n"
        "Jag, Lina, har nu fått min andra cytostatikabehandling och mår illa men kämpar på.",
        ["health"],
    ),
    (
        "Årsskrift 3.a\nNiklas Thomsen\nEr stolt same fra Karasjok og joiker ved hver fest.\nTillykke!",
        ["ethnic_origin"],
    ),
    (
        "Ny elev i 2.b: Dilan. Dilan og hendes familie er yezidier fra Nordirak.",
        ["religion", "ethnic_origin"],
    ),
    # --- the firm's "vi" in a later comma clause leaves the person's clause alone; a decimal comma is no clause
    (
        "Flyttetilbud\n"
        "Kunde: Jonna Beck, Odense\n"
        "Bemærk: Kunden går med stok efter en hofteoperation, så vi pakker køkkenet for hende.",
        ["health"],
    ),
    (
        "Chat med Nordbank\n"
        "Kunde (Bent Lauritsen): Jeg kan ikke komme ind i telefonbanken.\n"
        "Medarbejder: Dit stemmeaftryk er blevet slettet ved en fejl, så vi skal optage det igen.",
        ["biometric"],
    ),
    (
        "Sygefraværet i Vejle Kommune steg til 4,8 procent i 2025, oplyser Per Lind.",
        [],
    ),
    (
        "Hej Mona\n\nVi har som firma en sygefraværspolitik, og vi følger den, skriver Per Lind.",
        [],
    ),
    # --- an opposition movement or party, and protests for it
    (
        "Vores kollega Bilal Haidari var aktiv i oppositionsbevægelsen i Iran, før han flygtede.",
        ["political_opinion"],
    ),
    (
        "Stöd till Rahel Tesfay\nRahel Tesfay satt fängslad i två år för att hon var med i oppositionsrörelsen.",
        ["political_opinion"],
    ),
    (
        "Reference: Mr Yonas Berhe worked with us for five years. He was detained for joining street protests with the "
        "opposition Unity Party.",
        ["political_opinion"],
    ),
    ("News: The opposition Labour Party criticised the budget on Tuesday.", []),
    # --- a form's label ("Helbred:", "Hälsa:") is no fact; the value tells
    (
        "Lejrskole – tilmelding\nElev: Viggo Sand, 11 år\n"
        "Helbred: Viggo cykler selv til skolen og har egen svømmebrille med.",
        [],
    ),
    (
        "Lejrskole – tilmelding\nElev: Viggo Sand, 11 år\nHelbred: Viggo har astma og tager inhalator morgen og aften.",
        ["health"],
    ),
    (
        "Kollo – anmälan\nBarn: Alva Nyström, 9 år\nHälsa: Alva cyklar bra och tar med egen hjälm och vattenflaska.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_session16_rules(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected
