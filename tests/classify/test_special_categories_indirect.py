"""Special categories stated indirectly (inheritance, practices, roles, peoples) and their look-alikes."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories
from pii_scanner.core.model import Explanation, Finding


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hereditary condition is genetic and health data
        ("Karen Holm har arvet sin mors sygdom, viste blodprøven.", ["health", "genetic"]),
        ("Jens Olsen har en arvelig hjertesygdom.", ["health", "genetic"]),
        ("Anna Lund har ärvt sin pappas muskelsjukdom.", ["health", "genetic"]),
        ("Hos Ulla Kjær er der påvist hæmofili.", ["health", "genetic"]),
        ("Sygdommen ligger til familien, og Mette Berg er testet positiv for anlægget.", ["health", "genetic"]),
        # biometric data used to recognise somebody, from a face image and a word of recognising
        ("Eva Lunds ansiktsbild finns i systemet så att grindens kamera känner igen henne.", ["biometric"]),
        # religion through practices, offices and conversions
        ("Khalid spørger, om han må gå tidligt i fastemåneden for at bryde fasten.", ["religion"]),
        ("Leyla Aydın er alevit.", ["religion"]),
        ("Göran Falk är kyrkvärd i församlingen.", ["religion"]),
        ("Aaron Cohen has asked for Yom Kippur off.", ["religion"]),
        # ethnic origin through a people, a language at home or a family's origin
        ("Ninos Gabriel är assyrier och talar med sin mormor på syriska.", ["ethnic_origin"]),
        ("Jeg er vokset op i en romafamilie i Ungarn. Hilsen Ágnes", ["ethnic_origin"]),
        ("Elias Haddads familj kommer från Tur Abdin.", ["ethnic_origin"]),
        # union and political roles
        ("Malene Dahl (TR) fremlagde klubbens krav.", ["trade_union"]),
        ("Jag har bytt fack till Unionen. /Therese Blom", ["trade_union"]),
        ("Kirsten Dam er valgt ind i kommunalbestyrelsen for Venstre.", ["political_opinion"]),
        ("Per Nyström är ordförande i socialnämnden för Kristdemokraterna.", ["political_opinion"]),
        ("Susan Clarke is standing as a Labour candidate.", ["political_opinion"]),
        # sexual orientation stated indirectly
        ("Lise Kruse er medmor til sønnen Alfred.", ["sexual_orientation"]),
        ("Tobias Ek har kommit ut som bisexuell.", ["sexual_orientation"]),
        # art. 10 in court and police language
        ("Ole Brink har vedtaget et bødeforelæg for spirituskørsel.", ["criminal_records"]),
        ("Hampus Berg är delgiven misstanke om stöld.", ["criminal_records"]),
        ("Kari Hansen ble dømt til 30 dagers fengsel.", ["criminal_records"]),
        ("Anna Ek har fått körförbud efter fortkörning.", ["criminal_records"]),
        # a person from a country; a journey from one needs a second word
        ("Lene Vang er fra Grønland.", ["ethnic_origin"]),
        ("Mohammed Said kommer från Somalia och kom hit som flykting.", ["ethnic_origin"]),
        # layouts: JSON, chat, a Markdown table
        ('{"navn": "Jens Hansen", "fravaer": "sygemeldt, stress"}', ["health"]),
        ("[10:42] Sara Lind: jag är sjukskriven resten av veckan", ["health"]),
        ("| Navn | Årsag |\n|---|---|\n| Lars Bo | sygemeldt (ryg) |\n| Ida Sand | ferie |", ["health"]),
    ],
)
def test_indirect_statements_about_a_person(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jens Olsen har arvet sin fars sommerhus.",  # inheriting a house is no gene
        "Min faster i Aarhus har fødselsdag på lørdag. Hilsen Jens",  # faster = aunt
        "Jeg tror på, at Jens Olsen når det.",  # believing that ..., not a belief
        "Jens Olsen har konverteret filen til PDF.",
        "Jens Olsen er ansat på prøve i tre måneder.",
        "Erik Lund kom ut från mötet vid tre.",
        "Jens Olsen har fået nyt adgangskort med ansigtsbillede.",  # a photo on a badge recognises nobody
        "Lars Christensen er retsreporter og dækker straffesager for avisen.",  # a job touching the topic
        "Jens Rasmussen er konsulent i 3F og forhandler lokalaftaler med arbejdsgiverne.",
        "Mona Ali är ombudsman på Unionen och förhandlar åt medlemmarna.",
        "Karin Sand bevakar brottmål för lokaltidningen.",
        "3F's lokalafdeling holder åbent hus på lørdag; kontakt Jens Olsen.",
        "Jens Hansen kommer fra Polen i morgen med lastbilen.",
        "Jens Hansen er den bedste kandidat for stillingen som lagerchef.",
        "Anne Bak har arrangeret iftar for medarbejderne i kantinen.",  # organising an event
        "Erik Lund har bokat lokal för Kommunals medlemsmöte.",
        "Jens Hansen overtog sagen om den sigtede virksomhed.",  # a firm charged, not a person
    ],
)
def test_look_alikes_set_nothing(text: str) -> None:
    assert load_special_categories().classify(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chat line's speaker is who speaks; a message naming nobody is about nobody, "jag" about the speaker
        ("[10:37] Anne Holm: Politiet efterforsker et indbrud i lagerbygningen natten til søndag.", []),
        ("[08:21] Freja Dal: Hvis en medarbejder bliver syg, skal det meddeles nærmeste leder inden kl. 9.", []),
        ("[10:42] Sara Lind: jag är sjukskriven resten av veckan, hörs på måndag", ["health"]),
        ("[10:42] Lise Bak: stadig sygemeldt", ["health"]),  # a fragment stays about the speaker
        ("[10:37] Anne-Mette: Politiet efterforsker et indbrud i lagerbygningen natten til søndag.", []),
        ("Kasper Holm har bedt om, at Dansk Metal deltager i mødet som hans bisidder.", ["trade_union"]),
        # a field left blank or declined reveals nothing; a field answered does
        ("Navn: Jens Hansen\nKendte sygdomme/allergier: Ønsker ikke at oplyse\nFagforening: ______ (frivilligt)", []),
        ("Namn: Eva Berg\nFackförbund: ______________ (frivillig uppgift)", []),
        ("Navn: Jens Hansen\nFagforening: 3F", ["trade_union"]),
        # a job, errand or event reaches the words after it in its clause, not a category before it
        ("Göran Kaya tillhör den romska minoriteten och arbetar som brobyggare i skolan.", ["ethnic_origin"]),
        ("Lovisa Haddad är kurd och har erbjudit sig att berätta om nowruz på temadagen.", ["ethnic_origin"]),
        ("Hanne Lund er sygeplejerske på onkologisk afdeling, og hun har selv diabetes.", ["health"]),
        ("Bent Dam er forsvarsadvokat og har travlt med en straffesag i landsretten.", []),
        ("Jens Hansen arbejder som chauffør, men er sygemeldt i denne uge.", ["health"]),
        # citizenship is no origin; a people is
        ("Gunilla Strand är finsk medborgare och har fått ett samordningsnummer.", []),
        ("Klienten Dragan Petrović er serber og har opholdstilladelse.", ["ethnic_origin"]),
        # hypotheticals and questions
        ("Skulle Malthe Bach blive syg under rejsen, dækker rejseforsikringen.", []),
        ("Om Inger Falk skulle bli sjuk under resan gäller reseförsäkringen.", []),
        ("Hej Finn\n\nEr du medlem af en fagforening?\n\nMvh Lise", []),
        # "beder om" asks for something; a name that is also a word, before a verb, is a person
        ("Hanne Brink sidder i regionsrådet for Venstre og beder om fri til møderne.", ["political_opinion"]),
        ("Bo har meldt sig ud af fagforeningen og ind i en tværfaglig a-kasse.", ["trade_union"]),
        # a letter to somebody, congratulations to the addressee
        ("Kallelse\n\nTill Melker Wallin\n\nDu har anhållits misstänkt för förskingring.", ["criminal_records"]),
        ("Kære Jonas\n\nTillykke med valget til byrådet for De Konservative!\n\nHilsen Mette", ["political_opinion"]),
        # a place named after a topic, an event of somebody unnamed
        ("Ulf Falk har hyrt församlingshemmet till personalfesten.", []),
        ("Dagmar Brink har spurgt, om hun kan få fri til en vens bryllup i moskeen.", []),
    ],
)
def test_speakers_fields_errands_and_questions(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a semicolon starts a clause with a subject of its own; a party that acts is nobody's opinion
        ("Moderaterna håller valvaka på hotellet; Per Wall har ansvar för bokningen av salen.", []),
        ("Dansk Folkeparti har lejet vores mødelokaler; Tobias Krag sørger for kaffe.", []),
        # a question to the reader, inverted with "du"
        ("Kommer du med i fagforeningen? Spørg Lars Winther.", []),
        # a chat message without a subject of its own is the speaker's
        ("[09:03] Camilla Brix: skal til kontrol hos kardiologen efter blodproppen i maj", ["health"]),
        # a long field label, blank or answered
        ("Navn: Sune Ravn\nHelbredsforhold af betydning for arbejdet: -", []),
        ("Navn: Sune Ravn\nHelbredsforhold af betydning for arbejdet: epilepsi, velbehandlet", ["health"]),
        ("Namn: Hanna Lövgren\nAllergier: Inga kända", []),
        # a clinician's work is no diagnosis; a priest in a church is a belief
        ("Hans Bøgh er psykolog og har klinik i Vejle, hvor han behandler angst og depression.", []),
        ("Thomas Aagaard er præst i Pinsekirken i Vejle.", ["religion"]),
        ("Min bror og jeg er testet for det gen, som gav min mor tarmkræft. /Charlotte", ["health", "genetic"]),
    ],
)
def test_clauses_questions_chat_and_fields(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Til: Karin Dahl\nVedr.: Afskedigelse\n\nVi har noteret, at du er dømt for underslæb.", ["criminal_records"]),
        ("Ole Berg bor på et bosted for udviklingshæmmede.", ["health"]),
        ("Thomas Krogh har anlæg for hæmokromatose, viser DNA-testen.", ["health", "genetic"]),
        ("Produktark: Fingeraftrykslæser FP-200 med ansigtsgenkendelse. Sælger: Jens Kruse.", []),
        ("Lise Holm deltager i 3F's konference om arbejdsmiljø som oplægsholder fra ledelsen.", []),
        ("Erik Ström leder projektet om psykisk hälsa på arbetsplatsen.", []),
        ("Lars Nygaard har oversat menighedsbladet til engelsk.", []),
        ("Jens Hansen sælger forsikringer mod kritisk sygdom.", []),
        ("Tina Holm har fået et nyt adgangskort; fingeraftryk bruges ikke længere.", []),
        # a victim or a witness of a crime is not art. 10 data; the one reported is
        ("Politiet kom forbi for at tale med Jens Holm om indbruddet i hans bil.", []),
        ("Karl Ek har anmält stölden av sin cykel till polisen.", []),
        ("Politirapport: Anmeldte Tom Bjerg er tidligere dømt for indbrud.", ["criminal_records"]),
    ],
)
def test_sellers_projects_victims_and_letters(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short quoted title names a topic; a quoted JSON value is data
        ('Mødeindkaldelse: Frokostoplæg – "Lev godt med gigt"\nArrangør: Helle Vind, HR', []),
        ('{"navn": "Jens Hansen", "fravaer": "sygemeldt, stress"}', ["health"]),
        # who filed a ticket is no subject; a device out of order is nobody's data; "mitt ansikte" is
        ("Ärende 8812\nSkapat av: Lars Öhman\nBeskrivning: Ansiktsigenkänningen vid entrén är ur funktion.", []),
        (
            "Ärende 8813\nSkapat av: Lars Öhman\nBeskrivning: Kameran känner inte igen mitt ansikte, "
            "kan ni registrera om mig?",
            ["biometric"],
        ),
        ("Hej Sofia Lund!\nVälkommen som medlem i Vision.\nVänliga hälsningar\nVision", ["trade_union"]),
        ("Skadelidte: Pernille Krog\nSkadens art: Brud på venstre håndled efter fald på trappe", ["health"]),
        ("Calendar: Lunch & Learn – Living with diabetes. Host: Kate Morris, Occupational Health.", []),
    ],
)
def test_titles_tickets_and_welcomes(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


def _person(text: str, value: str) -> Finding:
    start = text.index(value)
    return Finding("PERSON", start, start + len(value), 0.9, value, None, Explanation("PERSON", "test"), None, "body")


def test_an_organisation_read_as_a_person_is_nobody() -> None:
    """A name recognizer may take "Vision Utbildning" for a person: the union signing is no membership,
    while a row naming a union fee next to a person still is."""
    sc = load_special_categories()
    letter = "Hej Sofia Lund!\nTack för din anmälan till vårt webbinarium.\nVänliga hälsningar\nVision Utbildning"
    assert sc.classify(letter, [_person(letter, "Sofia Lund"), _person(letter, "Vision Utbildning")]) == []
    row = "Löneart;Anställd;Belopp\nFackavgift Unionen;Johan Pettersson;295"
    assert sc.classify(row, [_person(row, "Fackavgift Unionen"), _person(row, "Johan Pettersson")]) == ["trade_union"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chat log without time stamps: a speaker whose message has a subject of its own is nobody's subject
        ("Anna: Politiet efterforsker et indbrud i lagerbygningen i nat.\nPer: Uha, godt at ingen var der.", []),
        ("Sara: Kantinen serverer halal- och vegetariska rätter hela veckan.\nJohan: Toppen, tack!", []),
        ("Anna: Jeg er sygemeldt resten af ugen, beklager meget\nPer: God bedring!", ["health"]),
        ("Fravær:\nJens Hansen: sygemeldt med stress, forventes tilbage om to uger\nIda Sand: ferie", ["health"]),
        ("Anna: Har du hørt at Karsten er blevet sigtet for bedrageri?\nPer: Nej", ["criminal_records"]),
        ("[12:20] Finn: Er du medlem af en fagforening?", []),
    ],
)
def test_chat_logs_without_time_stamps(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence about a thing borrows nobody from its neighbour or from a greeting
        ("Dörren har fått ansiktsigenkänning. Beställare var Erik Lundqvist.", []),
        ("Hej Jens\n\nDen nye scanner kan læse fingeraftryk.\n\nMvh Eva", []),
        ("Kære Jytte\n\nOperationen gik godt, og svulsten var godartet.\n\nKh Inge", ["health"]),
        ("Jens Hansen\nSygemeldt resten af ugen.", ["health"]),
    ],
)
def test_a_sentence_about_a_thing(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where to send a document, who handles the cases: no category of theirs
        ("Lægeerklæringen skal sendes til Jens Hansen i HR senest fredag.", []),
        ("Skicka läkarintyget till Maria Lind på lönekontoret.", []),
        ("Jens Hansen (HR) håndterer alle sygemeldinger i afdelingen.", []),
        ("Bo Ek administrerar fackavgifterna i lönesystemet.", []),
        ("Kari Nordmann er leder for sykehusets kreftavdeling.", []),
        ("Vi har modtaget Jens Hansens lægeerklæring og forlænger sygemeldingen.", ["health"]),
        ("Ola Hansen er medlem av Fagforbundet.", ["trade_union"]),
    ],
)
def test_who_handles_documents(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sofie Hald bruger sit ansigt til at logge ind på arbejdscomputeren.", ["biometric"]),
        ("Annika har berättat att hon lever med en kvinna sedan tio år.", ["sexual_orientation"]),
        ("Annika har berättat att hon lever med en man sedan tio år.", []),
        ("Jens Holm lever med sclerose og arbejder på nedsat tid.", ["health"]),
    ],
)
def test_logging_in_with_a_face_and_living_with_a_partner(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jens Hansen har sendt et forslag til ny sygefraværsproces til direktionen.",
        "Maria Lind har gjort en sammanställning av sjukfrånvaron per avdelning.",
        "Ole Bak skal repræsentere virksomheden i retssagen mod leverandøren.",
        "Eva Holm vittnar i rättegången mot den tidigare leverantören.",
        "Jonas Ek intervjuade en präst och en imam till personaltidningen.",
        "Ida Kjær har bestået sin eksamen i strafferet med topkarakter.",
    ],
)
def test_processes_summaries_witnesses_and_exams_set_nothing(text: str) -> None:
    assert load_special_categories().classify(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lisa Öberg är hörselskadad och behöver teleslinga i mötesrummet.", ["health"]),
        ("Per Ström är facklig motpart och förhandlar för arbetsgivaren.", []),
    ],
)
def test_hearing_loss_and_the_employer_side(text: str, expected: list[str]) -> None:
    assert load_special_categories().classify(text) == expected
