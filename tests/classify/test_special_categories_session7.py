"""The text as a reader sees it (escaped breaks of iCal and vCard, OCR hyphenation, hard-wrapped lines), a person
named only in the item's head, rates and topics in documents that name somebody, language skills, rites without a
priest, animals' records, first-person FAQ questions, and the lexicon of congregations, addiction clinics, iris
enrolment, ancestry tests and dating profiles (each a general rule; minimal pairs, written with other words than
the sets that showed the class)."""

from __future__ import annotations

import pytest

from pii_scanner.classify.readable import readable
from pii_scanner.classify.special_categories import load_special_categories
from pii_scanner.core.model import Explanation, Finding


def test_readable_keeps_every_offset() -> None:
    for text in (
        "DESCRIPTION:Mødet er flyttet.\\nJonas har fået konstateret epilepsi.\\nHusk kage.",
        "Min bror Kasper har epi-\nlepsi og kan ikke køre bil.",
        "Ansøger oplyser, at han har været indlagt flere gange og nu tager\nmedicin for sin sygdom hver dag.",
        "C:\\new\\notes.txt",
    ):
        out = readable(text)
        assert len(out) == len(text)
    assert "epilepsi" in readable("Min bror Kasper har epi-\nlepsi og kan ikke køre bil.")
    assert "\\n" not in readable("Mødet er flyttet.\\nJonas har epilepsi.")
    assert readable("C:\\new\\notes.txt") == "C:\\new\\notes.txt"  # a path's "\n" is no line break
    # a short line or a record line is not prose: its break stays
    assert readable("Navn: Jonas Berg\nepilepsi") == "Navn: Jonas Berg\nepilepsi"


@pytest.mark.parametrize(
    "text",
    [
        # a rate in a document that names somebody is nobody's
        "Referat\n- Fraværet pga. sygdom var 3,9 % i september.\n- Malene Kragh tager referat næste gang.",
        "Protokoll: Sjukfrånvaron låg på 5 % under kvartalet. Johan Lilja bokar lokal till nästa möte.",
        # food in the canteen is the canteen's, whoever the next line names
        "Chef skrev: Matsalen serverar halal-kött på torsdagar.\nChef skrev: Elin Sjöberg börjar på måndag.",
        "Leder skrev: Kantinen har kosher-mad på fredag.\nHR skrev: Bjarne Holt starter i lageret 1. marts.",
        # a rite without a priest, a ceremony without a pastor
        "Mindestund for Lis Kjær i kapellet uden præst, med sang af Kim Larsen.",
        "Minnesstund för Rolf Ek i aulan utan präst; Sofia Karlsson spelar fiol.",
        # a vet's record: the owner is named, the animal is the patient
        "Journal, Dyreklinikken Syd\nEjer: Preben Lund. Katten Mille har sukkersyge og får insulin. Kontrol i maj.",
        "Djurkliniken Väst\nÄgare: Ulla Berg. Hästen Freja har hälta i vänster fram. Vila två veckor.",
        # a FAQ asks in the first person what is allowed
        "**Kan jeg melde mig ud af fagforeningen når som helst?** Ja, med en måneds varsel.",
        "Får jag vara med i facket under provanställningen? Ja, alla får gå med.",
        # a union as the other side of the employer's negotiations
        "Hej, det er Tove Lind fra lønkontoret, jeg ringer om forhandlingerne med HK om den nye lønaftale.",
        # rules for a benefit, told by the agency
        "Försäkringskassan informerar: reglerna för sjukpenning ändras den 1 juli. Läs mer på webben.",
        # languages as skills in a list
        "Velkommen til Samir, der kommer fra Beirut, taler arabisk, engelsk og fransk og har kørekort.",
        # moving here says when, not from where
        "Ny i teamet: Goran, som kom til Danmark i 2009 og har arbejdet som tømrer siden.",
    ],
)
def test_nobody_is_revealed(text: str) -> None:
    assert load_special_categories().classify(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # iCal and vCard write their line breaks as "\n"
        (
            "BEGIN:VEVENT\nSUMMARY:Teammøde\nDESCRIPTION:Budgettet er godkendt.\\nMarianne har fået konstateret "
            "sklerose og arbejder hjemme om fredagen.\\nHusk kage.\nEND:VEVENT",
            ["health"],
        ),
        (
            "BEGIN:VCARD\nFN:Tobias Holm\nNOTE:Kunde siden 2019.\\nTobias er tillidsrepræsentant for 3F på lageret.\n"
            "END:VCARD",
            ["trade_union"],
        ),
        # an OCR line break inside a diagnosis
        ("[Scannet brev]\nMin datter Ida har epi-\nlepsi og skal have hjælp på lejren. Hilsen Karen", ["health"]),
        # a hard-wrapped letter: the sentence runs over the line break
        (
            "Ansøger: Jens Brink, 44 år\nAnsøger oplyser, at han er i behandling for en alvorlig hjertesygdom og skal\n"
            "opereres i foråret.",
            ["health"],
        ),
        # a person named only in the head, a pronoun far below
        (
            "Vedr.: Birthe Lauridsen\nReferat\nKaffeordningen fortsætter.\nParkeringen er lukket fredag.\n"
            "Julefrokosten er 5. december.\nHun går til fysioterapeut efter sin diskusprolaps, så hun møder kl. 10.",
            ["health"],
        ),
        # clinical shorthand "Pt." as the subject
        ("Journal\nPt. Arne Vestergaard, 68 år. Pt. er i behandling for atrieflimren og får medicin.", ["health"]),
        # a congregation the lexicon names, and a prayer group
        ("Personalnotis: Maja Lindqvist är aktiv i Livets Ord och sjunger i kören där.", ["religion"]),
        ("Ny i teamet: Elias Berg leder en bönegrupp i sin församling varje torsdag.", ["religion"]),
        # an addiction clinic as the sender of a digital letter to a named recipient
        ("e-Boks – ny post til Lasse Møller\nAfsender: Alkoholambulatoriet Vejle. Emne: Indkaldelse.", ["health"]),
        # iris enrolment in an access log; an ancestry DNA test
        ("2026-10-02 08:11 metod=IRIS användare=Karin Holm resultat=godkänd", ["biometric"]),
        ("Peters irisavlæsning er registreret i adgangssystemet til laboratoriet.", ["biometric"]),
        ("Hej Sanne! Släktforskningstestet visar att du och Mona Berg är kusiner.", ["genetic"]),
        # a dating profile: a man seeking a man
        ("Profil: Jeg er Thomas, 39, og søger en mand, der elsker vandreture og gode bøger.", ["sexual_orientation"]),
        ("Jag är Lars, 52, och söker en man att resa med.", ["sexual_orientation"]),
        # a mother tongue in a list is still an origin; a quoted status line
        ("Ansøger: Jeg er opvokset i Mogadishu og taler somalisk, arabisk og dansk.", ["ethnic_origin"]),
        ("Gäller: Vera Holm\n\n> Vera har epilepsi och får inte köra truck.", ["health"]),
    ],
)
def test_about_a_person(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


def test_a_woman_seeking_a_man_sets_no_orientation() -> None:
    assert load_special_categories().classify("Profil: Jeg er Hanne, 41, og søger en mand til lange gåture.") == []


def _person(text: str, value: str, nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Finding("PERSON", start, start + len(value), 0.9, value, value, Explanation("t", "t"))


def test_a_name_that_is_a_word_found_by_the_name_step_still_anchors_before_a_verb() -> None:
    text = "Gäller: Liv Berg\n\n> Liv har migrän och behöver ett mörkt rum.\n> Liv är glad."
    findings = [_person(text, "Liv Berg"), _person(text, "Liv", 1), _person(text, "Liv", 2)]
    assert load_special_categories().classify(text, findings) == ["health"]
    # a common word the lists hold, not before a verb, is still no anchor
    text = "Nyt liv i kantinen: Liv og glade dage med epilepsi-kagen."
    assert load_special_categories().classify(text, [_person(text, "Liv", 0)]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a firm opening the sentence (after a record row's cells) is fined itself
        ("dato;skrevet af;notat\n2026-03-02;Kim Berg;Selskabet blev sidste år idømt en bøde for miljøbrud.", []),
        ("datum\tförfattare\tanteckning\n2026-03-02\tSiv Holm\tFöretaget blev i fjol dömt för miljöbrott.", []),
        # unless a person comes between the firm and the term
        ("Firmaet har afskediget Ole Dam, der er dømt for underslæb.", ["criminal_records"]),
    ],
)
def test_an_organisation_acting(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a certificate asked for says nothing yet
        "Referat 3/5: Der er bestilt straffeattest for den nye chauffør Bjarne Lund; han starter efter sommerferien.",
        "Ny ledare på fritidsgården: Olle Berg. Utdrag ur belastningsregistret är begärt och väntas nästa vecka.",
        # a later full sentence on a record line has a subject of its own
        "Events: Monday – yoga with Sara Holt. Friday – the prayer group meets in the old chapel; all welcome.",
        # a list of titles (loans, reservations): the rows name works
        "Lånehistorik\nPia Nord: Leva med reumatism\nAnders Ek: Koranen i urval",
        # a form's "none"
        "Anmälan, simskolan\nBarn: Ella Berg. Hälsa: inga särskilda sjukdomar eller allergier.",
        # telling about a topic
        "Intervju 12: Gun Sjöberg, född 1948, berättar om strejken i gruvan 1969 och om flytten till Kiruna.",
        # an asylum case names no origin by itself
        "Asylum case note: the applicant, Mr Juma Okello, arrived on 3 May; next interview on 19 May.",
    ],
)
def test_checks_titles_nones_topics_and_cases_reveal_nothing(text: str) -> None:
    assert load_special_categories().classify(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a certificate whose content is told
        (
            "Referat 3/5: Straffeattesten for chauffør Bjarne Lund viser en dom for spritkørsel i 2023.",
            ["criminal_records"],
        ),
        # a party column of a table
        ("navn;parti;hverv\nAnne Holm;SF;byrådsmedlem\nPer Dam;V;suppleant", ["political_opinion"]),
        ("Name\tParty\tWard\nJoan Pike\tL\tWard 6", ["political_opinion"]),
        # a party's list in Norwegian, its candidates in the rows
        ("Høyres liste i Bergen:\n1. Kari Moe\n2. Ola Vik", ["political_opinion"]),
        # a telling about one's own condition
        ("Intervju 13: Gun Sjöberg berättar om sin depression efter olyckan.", ["health"]),
        # a passive decision with a rate is still about its person
        ("Ärende 2026-4410\nFörsäkrad: Leif Dahl\nBeviljas sjukersättning på grund av MS om 75 %.", ["health"]),
        # words of new sectors
        ("Adjustments request: candidate Omar Said is hard of hearing and asks for captions.", ["health"]),
        ("Melding fra barnehagen: Ola har fått lus og er hjemme i dag.", ["health"]),
        ("Medlemsnytt: Vi gratulerer Knut Berg og mannen hans, Pål, med sølvbryllupet!", ["sexual_orientation"]),
        ("Mentor note: mentee Hodan Ali, of Somali background, arrived in 2015.", ["ethnic_origin"]),
    ],
)
def test_new_sectors_about_a_person(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an unknown perpetrator is nobody
        "Protokoll § 4: Inbrott i cykelförrådet, gärningsman okänd. Kassör Ulla Dahl sköter anmälan till försäkringen.",
        # a question about what happens in case of a crime
        '{"ärende": 77, "kund": "Olle Bergh", "ämne": "Gäller reseförsäkringen vid inbrott i hyrbilen?"}',
        # a mosque or a church in a place's name
        "Kundenotat: Rasmus Kjær vil bo tæt på Hagia Sofia og Blå Moské for at fotografere.",
        "Tour note: Mr Ian Cole asked to see St Paul's Cathedral and the Central Mosque on Sunday.",
        # two brothers at somebody else's wedding; a wedding of a man and a woman
        "Mads og Emil kommer begge til brylluppet i Horsens på lørdag.",
        "Bryllupsplan – Mads og Emilie: vielse i Vor Frue Kirke 14/6.",
    ],
)
def test_places_perpetrators_and_couples_reveal_nothing(text: str) -> None:
    assert load_special_categories().classify(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wedding of two men or two women named by their first names
        ("Bryllupsplan – Jonas og Mikkel: vielse på rådhuset 3/8.", ["sexual_orientation"]),
        ("Inbjudan till Saras och Emmas bröllop den 12 juli!", ["sexual_orientation"]),
        # a prayer of some hour, a guest, the person
        ("Stillerum booket af Leila kl. 12-12.15 til hendes eftermiddagsbøn.", ["religion"]),
        ("Bokningsnotering: Gäst Per Lind. Gästen är allergisk mot skaldjur.", ["health"]),
        ("Kontroll: Resenären Ola Berg visade leg. Personen är dömd för rån sedan tidigare.", ["criminal_records"]),
        # a greeting after a label, and the message about the addressee's treatment
        ("SMS fra Bergen kommune: Hei Nora! Time for strålebehandling er flyttet til fredag kl 9.", ["health"]),
        # words: a fracture, a birthplace
        ("Residents' meeting: Ken Doyle is housebound after a hip fracture.", ["health"]),
        ("Player bio: Ama Boateng – Ghanaian-born defender, moved to Leeds aged 6.", ["ethnic_origin"]),
    ],
)
def test_couples_prayers_roles_and_words(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a prison named by its place is where somebody works
        "Vaktliste, Ullersmo fengsel 14.03: Betjent Kari Moe har nattevakt i avdeling C.",
        # a clergy title before a name is the job of the one named
        "Vallensbæk Sogn: Sognepræst Mette Lind holder ferie i uge 30; dåb aftales med kirkekontoret.",
        # a reply prefix is no party
        "Fra: Kim Ravn\nEmne: SV: Sommerfest\n\nJeg kommer gerne, og jeg tager kage med.",
        # a work's title in single quotes
        "Ulla Berg har skrivit boken 'Livet med diabetes' tillsammans med dietisten Eva Ström.",
        # a device out of order, a sentence to translate, a report's figures
        "INC0051200 | Caller: Nora Hill | Face recognition camera at the staff entrance not working since Monday",
        "Lesson 9: 'She is Jewish and keeps the Sabbath' – translate into Swedish. Tutor: Ola Nyberg.",
        "Sygemeldingerne steg sidste år, viser en rapport, som Lene Dahl fremlagde i går.",
        # opening a mosque, a talk on a disease
        "Borgerrepræsentant Ida Holm åbnede den nye moské i Aarhus og takkede menigheden.",
        "Prof. Omar Aziz will give a talk on new treatments for type 1 diabetes in children.",
    ],
)
def test_places_titles_prefixes_and_works_reveal_nothing(text: str) -> None:
    assert load_special_categories().classify(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prison named with a verb of serving time; an inmate
        (
            "Hei, jeg ble løslatt fra Bredtveit fengsel i mai og trenger hjelp med bolig. Hilsen Siri Lund",
            ["criminal_records"],
        ),
        ("Besøkslogg 14.03: Innsatt Jon Berg fikk besøk av sin mor.", ["criminal_records"]),
        # a note of a baptism opening its sentence
        ("Dåbsattest\nNavn: Freja Holm\nDøbt i Sankt Pauls Kirke 4. maj af sognepræst Jens Bro.", ["religion"]),
        # a statement by the writer ending in a question tag; the sender's gender from the mail's head
        (
            "Fra: Jonas Kjær\nEmne: Julefrokost\n\nJeg tager min kæreste Mikkel med, hvis det er ok?",
            ["sexual_orientation"],
        ),
        # a face match logged for a named person
        ('2026-03-02T08:01:11Z svc=gate msg="face match ok" person="Lina Berg" door=A1', ["biometric"]),
        # a prayer song in a church's choir, after the field line's first sentence
        ("Elevkort: Noa Lind, 13 år. Sjunger i Pingstkyrkans kör och vill öva lovsång.", ["religion"]),
    ],
)
def test_serving_time_rites_tags_and_logs(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a form's question with all boxes empty, whatever follows on the line
        "Blankett: Har du diabetes? ☐ Ja ☐ Nej  Om ja, vilken typ: ______  Namn: Olle Dahl",
        # food served in the canteen
        "Opslag: Fra tirsdag serveres der kosher-retter i kantinen. Tak til køkkenchef Pia Lund.",
        # moving here from a town at home
        "Mentor: Ali Haddad kom til Danmark fra Odense som barn og er nu ingeniør.",
    ],
)
def test_blank_questions_food_and_towns_reveal_nothing(text: str) -> None:
    assert load_special_categories().classify(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blankett: Har du diabetes? ☒ Ja ☐ Nej  Om ja, vilken typ: typ 1  Namn: Olle Dahl", ["health"]),
        ("Kundnotering: Kunden Lisa Ek har handikapptillstånd och behöver parkering nära entrén.", ["health"]),
        ("Onboarding – Jakob Holm\n☑ Kontrakt\n☑ Medlem af HK (kontingent trækkes i løn)", ["trade_union"]),
        ("Mentee: Yusuf Omar, kom til Danmark fra Somalia som 10-årig.", ["ethnic_origin"]),
        ("Hall booking: Sunday 9-12, booked by Ruth Ames for her daughter's christening.", ["religion"]),
        (
            "Endring: Ansatt Petter Lie har registrert ektemannen Jon Lie som nærmeste pårørende.",
            ["sexual_orientation"],
        ),
        ("Endring: Ansatt Kari Lie har registrert ektemannen Jon Lie som nærmeste pårørende.", []),
    ],
)
def test_forms_permits_checklists_and_spouses(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "health plan" is a scheme; a "newsletter" saying what is common is about nobody
        ("Benefits: employee Sam Roy adds his daughter, Ella Roy, to the health plan.", []),
        ("Wellbeing newsletter: panic attacks are common in winter. Editor: Sam Roy", []),
        ("Referral: employee Sam Roy reports panic attacks at work; his GP prescribed citalopram.", ["health"]),
        ("HR file – Ann Cole: cautioned by police for shoplifting last year.", ["criminal_records"]),
        ("Gate log: Ann Cole enrolled her palm vein pattern on terminal 2.", ["biometric"]),
        ("Gate log: the palm vein terminal at gate 2 is installed. Site lead: Ann Cole.", []),
    ],
)
def test_english_schemes_and_words(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected
