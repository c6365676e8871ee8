"""Special categories stated indirectly (inheritance, practices, roles, peoples) and their look-alikes."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


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
