"""Rules about everyone, organisations read as people, forms, subjectless notes, nb/en coverage."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.mark.parametrize(
    "text",
    [
        # a rule about a role or about everyone: "Alla"/"All" is no first name, the rule is about nobody
        "Alla nya fritidsledare ska lämna utdrag ur belastningsregistret före första arbetsdagen.",
        "Alla i köket ska registrera fingeravtryck i den nya stämpelklockan.",
        "Alle nye chauffører skal fremvise straffeattest.",
        "Fingerprints are required for all staff entering the vault.",
        "All new volunteers must provide a criminal record check.",
        "Alle ansatte i skolen må legge fram politiattest.",
        # an organisation or a place named like a person
        "Onkologisk Dagbehandling Afdeling tilbyder kemoterapi til patienter med brystkræft.",
        "Sykefraværet i Drammen kommune var 6,1 prosent i fjor.",
        "Experience with dialysis is essential. Apply to Mary Hospital.",
        # a prosecutor, a judge or a priest doing their job
        "En 41-årig mand fik fire måneders fængsel for tyveri. Anklager Mette Lund var tilfreds med dommen.",
        "En 30-årig kvinna dömdes för bedrägeri. Chefsåklagare Pia Ek säger att domen överklagas.",
        "Højmesse søndag kl. 10 ved sognepræst Ole Berg i Sankt Jakobs Kirke.",
        # an evening about a topic
        "Velkommen til vores informationsaften om arvelig kræft, Birthe Lund.",
        # forms: unticked boxes, an unanswered yes/no, a label left empty
        "Tilmelding\nNavn: Ib Holm\nHar du en kronisk sygdom? ☐ Ja ☐ Nej",
        "Ansökan\nNamn: Eva Ström\nÄr du dömd för brott? Ja / Nej",
        "Stamkort\nNavn: Sofie Bak\nFagforening:\nBank: Nordea",
        # a statistic opening with a category word
        "Sjukfrånvaron i Kalix var 5,2 procent. Ansvarig: Lena Berg",
        # an animal's condition is nobody's data, its owner named or not
        "Klinik: Molly (puddel), ejer: Hanne Falk\nMolly har grå stær og får øjendråber.",
        # an association's own fee
        "Kassereren Bent Lund oplyste, at kontingentet hæves til 600 kr.",
        # fiction and history are about nobody living
        "I filmen spiller Mads Holm en betjent, der er dømt for vold.",
        "In the novel, Jack Moor is an alcoholic detective.",
        "Dronning Margrethe I døde i 1412 af pest.",
        "Hunden Rex har epilepsi. Ägare: Lena Ek",
        # a hotel is no person; who reports a crime to the police is its victim or witness
        "Hotel Strand beder gæster med allergier give besked ved ankomst.",
        "Medarbetaren Nils Ek har i dag anmält inbrott i sin lägenhet till polisen.",
        "Mette Kjær har anmeldt indbruddet i sommerhuset til politiet.",
        # an accessible flat, a GDPR register extract, an animal whose owner the record names
        "Lejligheden er handicapvenlig. Kontakt Jens Holm for fremvisning.",
        "Registerutdrag för Eva Berg: vi behandlar ditt namn och din adress.",
        "Vet record: Rufus (spaniel), owner Anna Webb. Rufus has diabetes and needs insulin.",
        # parental leave is no health data
        "Hanne Kirk går på barselsorlov fra 1. maj, når de adopterer.",
    ],
)
def test_rules_about_everyone_and_organisations_set_nothing(text: str) -> None:
    assert load_special_categories().classify(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a note whose subject is left out borrows the person the form names
        ("Indsat: Bo Kjeldsen\nAfsoner 14 måneder for hæleri.", ["criminal_records"]),
        ("Patient: Eva Holm\nIndlagt med lungebetændelse fra 3. maj.", ["health"]),
        # a form's question answered on its line
        ("Tilmelding\nNavn: Ib Holm\nHar du en kronisk sygdom? ☒ Ja – migræne", ["health"]),
        # the label's words address the reader ("vi"), the answer is the person's
        ("Tilmelding\nNavn: Åse Lind\nSygdomme, vi skal kende til: epilepsi", ["health"]),
        # a form's title about the person named below it
        ("Utträde ur Svenska kyrkan\nNamn: Olle Berg\nDatum: 2 april", ["religion"]),
        # the addressee of a decision named in its head
        (
            "Beslut\nSökande: Erik Nyberg\nDu får ingen ersättning eftersom du är sjukskriven från 1 maj.",
            ["health"],
        ),
        # Norwegian: the possessive after the noun, and basic terms
        ("Kjæresten min Sofie og jeg skal gifte oss.\nHilsen Ingrid", ["sexual_orientation"]),
        ("Kona mi har fått ny jobb.\nHilsen Kari", ["sexual_orientation"]),
        ("Per Olsen har et alkoholproblem og går i rusbehandling.", ["health"]),
        # English: basic terms
        ("Mrs Ann Cole was admitted to Ward 3 with a fractured wrist.", ["health"]),
        ("Tests showed that Liam Ford has cystic fibrosis.", ["health", "genetic"]),
        ("Our colleague Tom Reed and his husband Max moved to Leeds.", ["sexual_orientation"]),
        # a condition of the family is not the person's health; the analysis is genetic data
        ("Karins prov har skickats för genetisk analys av familjens njursjukdom.", ["genetic"]),
        # a face or a palm registered for a person addressed by name
        ("Kære Omar Said\nDit ansigt er nu registreret i adgangssystemet.", ["biometric"]),
        ("Hei Kari Vik,\ndu er sykmeldt ut uka etter operasjonen.", ["health"]),
        # an owner's own condition stays hers next to her animal's
        ("Kære Hanne Falk\nDu skrev, at du selv er sygemeldt; vi henter Molly (puddel) hjemme.", ["health"]),
        # a greeting going on after a comma names the addressee; public figures in the news are people
        ("Dear Mia Lane, your root canal is on Monday. As you have a heart condition, bring your tablets.", ["health"]),
        ("Zlatan Berg har opererat knät och missar säsongen.", ["health"]),
        ("Harry Lund is out for two months with a knee injury, the club said.", ["health"]),
        # an accusation in the sentence keeps the offence; a number after "studienr." ends no sentence
        ("Jonas Falk blev anmeldt til politiet og sigtet for tyveri.", ["criminal_records"]),
        ("Studerende Ida Lund, studienr. 202211873, har dokumenteret ordblindhed.", ["health"]),
        ("Hej Per Ek!\nDitt blodprov visade låga järnvärden.", ["health"]),
        # a report's label is no generic context; a surname that is also a word
        ("Incident report: driver Sam Cole is suspected of drink driving.", ["criminal_records"]),
        ("Accident report\nInjured person: Kyle Ward\nInjury: broken wrist after a fall.", ["health"]),
        # Swedish inmates, Danish methadone treatment
        ("Den intagne Kim Berg får permission i maj.", ["criminal_records"]),
        ("Jannie Holm er i metadonbehandling.", ["health"]),
    ],
)
def test_notes_forms_and_nordic_english_basics(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


def test_a_negated_status_counts_by_the_labelling_rule() -> None:
    """A stated status about an identified person is data about that person even when negative
    (benchmarks/data/redteam/README.md rule 3; docs/classification.md): so is a clean certificate."""
    sc = load_special_categories()
    assert sc.classify("Jeg har ikke diabetes, men får taget blodprøver. Hilsen Bodil Juul") == ["health"]
    assert sc.classify("Läkaren fann Lars Ek fri från smittsam tuberkulos.") == ["health"]
    # a sentence saying that no such data is held is about nobody
    assert sc.classify("Vi registrerer ikke medarbejdernes fagforeningsmedlemskab.") == []
