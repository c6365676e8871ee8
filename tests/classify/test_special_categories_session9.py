"""Session-9 rules, each general and tested with other words than the sets that showed its class (hold-out v7,
blind28): gender identity is not sexual orientation (medical transition is health); a safety representative is no
union office; leaving the church, adult rites and church fees are religion; a police report AGAINST somebody is art.
10 data about them, a report BY a victim still is not; a diet given as the reason cancels a food a faith asks for;
saints name churches, Lucia is a feast; a list's row is not the subject of the rows above it; the writer's workplace,
a question passed on, a certificate needed and a made-up example are nobody's data; banners of a union are things;
same-sex parents, spouses and guardians named by two names; a dating writer who introduces themself; a greeting
followed by its letter on one line; a union heading its newsletter is the sender unless it welcomes members."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.fixture(scope="module")
def classify():  # type: ignore[no-untyped-def]
    sc = load_special_categories()
    return lambda text: sc.classify(text)


@pytest.mark.parametrize(
    "text",
    [
        # a legal change of gender, a new gender marker or identity number: gender identity, no art. 9 category
        "Til HR: Kim Bech har skiftet juridisk køn i CPR-registret; opdater adgangskortet.",
        "Folkbokföringen: Noa Lind har bytt juridiskt kön och fått ett nytt personnummer från 1 maj.",
        "Badge request: Sam Ortiz has a new legal gender marker on their passport; please reprint the badge.",
        # a safety representative is an elected work-environment role, not a union office
        "Valg på værkstedet: Henrik Lund blev arbejdsmiljørepræsentant, og han tager kurset i juni.",
        "Nytt skyddsombud på lagret är Amir Haddad. Han går skyddsrond med chefen på torsdag.",
        # a diet, not a faith, behind avoiding pork
        "Signe: jeg springer flæskestegen over, jeg spiser ikke svinekød, fordi jeg er på kur",
        "Tobias: jag äter inte fläsk, jag är vegetarian sedan i våras",
        # saints name churches; Lucia is a feast
        "Koncert i Sankt Olai kirke lørdag: skolens kor synger salmer, og præsten byder velkommen.",
        "Sct. Mortens menighed inviterer til høstgudstjeneste med spaghetti bagefter.",
        "Kyrkokören övar inför Lucia i kyrkan på tisdag, församlingen bjuder på glögg.",
        "Sankt Olofs församling söker en kantor på halvtid.",
        # a name in a later row of a notes list is not the subject of the rows above
        "Sognekontoret – huskeliste\n- Menighedsrådet holder møde tirsdag.\n- Kaffen bestilles.\n"
        "- Birthe Holm har lånt salen til en konfirmationsfest.",
        # the writer's workplace is no stay in hospital
        "Hej Ulla, jeg er netop valgt til personaleforeningen her på hospitalet og har møde torsdag. Hilsen Rikke",
        # a question passed on from somebody: the asked thing is nobody's statement
        "Hej! Jag har fått en fråga från en kollega om vi kan dra fackavgiften via lönen. Svar: nej.",
        # a certificate needed is only asked for
        "Hej Per, vi skal bruge en børneattest på den nye spejderleder, Lotte Kjær, før sommerlejren.",
        # a made-up example in teaching material
        'Utbildning, bild 7: Ta det påhittade exemplet "Sara skriver i chatten att hon är sjukskriven" som underlag.',
        # banners and posters of a union are things, whoever owns them
        "Arv efter Poul Riis: hans gamle fagforeningsfaner går til det lokale museum.",
        # a union heading its newsletter speaks for itself
        "3F – Nyhedsbrev for Arla Vium: Sommerfesten er 20. juni, tilmelding hos klubben.",
        # a man and a woman as parents; two guests at a wedding
        "Forældre til Liva: Mette Juul og Anders Juul, mobil 40 50 60 70.",
        "Vårdnadshavare för Alva: Sara Ek och Johan Ek.",
        "Huskeliste: Mette og Anders' bryllup i maj – husk gave.",
        # a man on a dating site looking for a woman
        "Hej, Jonas her, 35 år. Jeg søger en sød kvinde til gåture og god mad.",
        # a victim's report stays the victim's
        "Lars Møller har meldt tyveriet af sin knallert til politiet.",
        # a statement's amount lines with nobody named; "vi" in a workplace mail is the workplace
        "Lønseddel\nFagforeningskontingent 450,00 kr\nATP 99,00 kr",
        "Budget, menighedsrådet\nKirkeskat (provenu) 1.200.000 kr.\nLøn til graver 380.000 kr.",
        "Hej Bodil\n\nVi har fået en ny kollega, som er muslim og starter mandag.\n\nHilsen Samira",
    ],
)
def test_nobody_is_revealed(classify, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classify(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # medical transition is health
        ("Noa Lind får könsbekräftande hormonbehandling på Karolinska sedan i höstas.", ["health"]),
        # a union office still counts
        ("Amir Haddad er valgt som tillidsrepræsentant for 3F på lageret.", ["trade_union"]),
        # leaving the church, adult rites, church fees
        ("Ida Krog har lämnat Svenska kyrkan och vill inte ha fler utskick.", ["religion"]),
        ("Kære Ida Krog. Vi har registreret din udmeldelse af folkekirken pr. 1. juni.", ["religion"]),
        ("Protokoll: Mats Ahl konfirmerats som vuxen i Domkyrkan på pingstdagen.", ["religion"]),
        ("Anteckning: Sara Berg vill döpas som vuxen i september.", ["religion"]),
        ("Deklaration 2025, Sara Berg: avgift till Svenska kyrkan 1 200 kr.", ["religion"]),
        ("Menu til festen – Omar Said: koscher", ["religion"]),
        # a report to the police against somebody; being reported; prison; probation
        ("Jeg har set, at min nabo Bo Kragh slår sin hund, og jeg har anmeldt ham til politiet.", ["criminal_records"]),
        ("Jag såg Linus Berg ta pengar ur kassan och har anmält honom till polisen.", ["criminal_records"]),
        ("Utredning: Tove Ahl har polisanmälts för bidragsbrott.", ["criminal_records"]),
        ("Brev från Kim Falk: Jag har suttit på anstalt i två år och söker nu jobb.", ["criminal_records"]),
        ("Frivården: Klienten Ali Nour har övervakning i ett år.", ["criminal_records"]),
        # pork avoided for a faith still counts
        ("Yasin Ali spiser ikke svinekød af religiøse grunde.", ["religion"]),
        # same-sex parents, spouses, guardians by two names; a genitive with an apostrophe
        ("Forældre til Liva: Mette Juul og Hanne Juul, mobil 40 50 60 70.", ["sexual_orientation"]),
        ("Vårdnadshavare för Alva: Johan Ek och Peter Ek.", ["sexual_orientation"]),
        ("Vi, makarna Lena Ström och Eva Ström, testamenterar allt till varandra.", ["sexual_orientation"]),
        ("Ægtefællerne Jens Bro og Ole Bro søger om boligstøtte.", ["sexual_orientation"]),
        ("Huskeliste: Jonas og Andreas' bryllup i maj – husk gave.", ["sexual_orientation"]),
        ("Parret Louise og Camilla Ravn venter deres første barn.", ["health", "sexual_orientation"]),
        # standalone spouse words and dating
        ("Livförsäkring: förmånstagare för Olof Sand är maken Nils Sand.", ["sexual_orientation"]),
        ("Hej, Jonas her, 35 år. Jeg søger en sød fyr til gåture og god mad.", ["sexual_orientation"]),
        # a union newsletter welcoming named members
        (
            "Dansk Metal – Klubnyt for Grundfos: Velkommen til Sune Berg og Ali Demir, der meldte sig ind i maj.",
            ["trade_union"],
        ),
        # a clinic's greeting with its message on the same line
        ("Kære Jonas Friis. Vi bekræfter din tid til kemoterapi mandag kl. 9.", ["health"]),
        # a heart condition told by a relative
        ("Sms fra sønnen: Mor (Inge Lund) har fået det værre med hjertet og er træt.", ["health"]),
        ("Kim: Jag har gipsat handleden, den var bruten efter fallet.", ["health"]),
        # a personal statement's lines ending in an amount belong to the person its head names
        ("Lönespecifikation mars – Anna Wik\nBruttolön 32 400,00 kr.\nFackavgift Kommunal 265,00 kr.", ["trade_union"]),
        ("Årsopgørelse 2025 – Bo Lind\nKommuneskat 40.100 kr.\nKirkeskat 2.100 kr.", ["religion"]),
        # "vi" in a private letter is the writer's household
        ("Kære Bodil\n\nTak for sidst. Vi er begyndt at gå i moskéen om fredagen.\n\nKram\nSamira", ["religion"]),
        ("Kära Elsa!\n\nVi går numera i Pingstkyrkan varje söndag.\n\nVarma hälsningar\nMaja", ["religion"]),
    ],
)
def test_about_a_person(classify, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert classify(text) == expected
