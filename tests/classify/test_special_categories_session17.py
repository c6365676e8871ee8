"""Session-17 rules, from hold-out v14's error classes, written with other texts and names than any evaluation set: a
report (the document) silences what a sentence tells, reporting (the verb) does not ("Nils reported that ... his
husband"). The writer of "min kæreste Camilla" is named by the message's title ("SMS fra Birgitte til ...") or their
greeting's clause ("Hej alle, det er Rasmus."), not only by a signature. Two given names of one gender greeted and
congratulated on their wedding ("Kære Jens og Morten\nTillykke med brylluppet!") are a couple. A clause whose subject
is an indefinite pronoun ("..., at nogen på lageret har siddet i fængsel") tells of nobody in particular. "Vi er en
kurdisk familie" is the writer's household (no firm's "vi"); "hon som same" says what "hon är same" does; Māori is a
people's name like Sami. A law or accounting firm named after its partners ("Advokatkontoret Bruun & Falk") is a
firm; "I" before an everyday verb ("I pray", "I attend") is the writer. A name above a field's label line ("Jonas
Friis\nAfdeling: Pakkeriet") is no firm ("Bergen kommune" is one only on its line). A union's or party's one-word
name in the Scandinavian genitive ("Polisförbundets styrelse") is the name. A crime one can suffer named as a time
mark ("siden overfaldet", "since the robbery") is an event lived through, not a record; a new heart valve is health.
English "I" before any verb in a sentence with English words ("As a devout Hindu I visit the temple") is the writer."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.fixture(scope="module")
def sc():  # type: ignore[no-untyped-def]
    return load_special_categories()


ROWS = [
    # --- English "I" before any verb in an English sentence is the writer; Danish "I" (you) and Swedish "I" (in) not
    ("Hi, Ravi here from IT. As a devout Hindu I visit the temple every Sunday and fast on Tuesdays.", ["religion"]),
    ("Kære forældre. I skal huske madpakker og regntøj til turen på fredag.\nMvh Lone", []),
    ("Hej! I Göteborg finns en moské och en synagoga nära stationen.", []),
    # --- a crime one can suffer as a time mark ("siden røveriet") is an event lived through; a heart valve is health
    ("Hej Kim\nJeg ved, at du har haft mareridt siden overfaldet på stationen, og vi tager det roligt.\nMvh Bo", []),
    ("Hej Kim!\nJag vet att du har haft svårt att sova sedan inbrottet i butiken.\nHälsningar Bo", []),
    ("Hi Kim, I know you have struggled since the robbery at the branch; take the time you need.\nBo", []),
    ("Hej Kim\nJeg ved, at du blev dømt for røveriet på stationen.\nMvh Bo", ["criminal_records"]),
    ("Hej Ulla! Skönt att din pappa mår bättre; jag hoppas att hans nya hjärtklaff håller.\nKram Eva", ["health"]),
    ("Hej Ulla, godt at høre, at din mor har det bedre, og at hendes nye hjerteklap virker.\nKnus Eva", ["health"]),
    # --- a union's or party's one-word name in the genitive; a limb "amputerat" after it
    ("Kontakt: Eva Lund\nEva sitter i Polisförbundets styrelse och vill ha avtalet med.", ["trade_union"]),
    ("Kontakt: Eva Lund\nEva er næstformand i Malerforbundets afdeling i Aarhus.", ["trade_union"]),
    ("Klient: Ove Berg\nKlienten uppger att han har fått högra armen amputerad och söker färdtjänst.", ["health"]),
    ("Klient: Ove Berg\nKlienten uppger att han har fått vänster ben amputerat efter en olycka.", ["health"]),
    # --- a name above a field's label line ("Afdeling:") is no firm: the form's note below is its person's
    (
        "Fravær\nMedarbejder: Jonas Friis\nAfdeling: Pakkeriet\nÅrsag:\nIndlagt med lungebetændelse i en uge.",
        ["health"],
    ),
    (
        "Frånvaro\nMedarbetare: Maja Lund\nAvdelning: Kundtjänst\nOrsak:\nOpererad för diskbråck.",
        ["health"],
    ),
    ("Fravær\nMedarbejder: Jonas Friis\nAfdeling: Pakkeriet\nÅrsag:\nFlytning til ny lejlighed i Vejle.", []),
    # --- a law or accounting firm named after its partners is a firm; "I" before an everyday verb is the writer
    ("Erhverv\nAdvokatkontoret Bruun & Falk har specialiseret sig i straffesager og ansætter to jurister.", []),
    ("Näringsliv\nRevisionsbyrån Ek & Sand har specialiserat sig på brottmål och anställer två revisorer.", []),
    (
        "Hi, Omar here from sales. As an observant Jew I keep the Sabbath, so I cannot work Friday evenings.",
        ["religion"],
    ),
    (
        "Hello, this is Grace from payroll. I attend Mass every Sunday with my family at the Catholic church.",
        ["religion"],
    ),
    # --- "Vi er en ... familie": the writer's household; "som <people>" says what "er <people>" does
    (
        "Hej alle. Vi er en kurdisk familie fra Erbil, og vores datter bliver drillet i skolen.\nMvh Dilan Aziz",
        ["ethnic_origin"],
    ),
    (
        "Hej allihop! Vi är en romsk familj från Malmö och vår son blir retad i skolan.\nHälsningar Jovan Nikolić",
        ["ethnic_origin"],
    ),
    ("Vi er en lille familie fra Kolding, og vores datter bliver drillet i skolen.\nMvh Dilan Aziz", []),
    ("Notat\nMedarbetare: Lisa Berg\nLisa berättade att hon som same har mött fördomar på lagret.", ["ethnic_origin"]),
    (
        "Notat\nMedarbetare: Lisa Berg\nLisa berättade att hon som kurd har fått höra elaka kommentarer.",
        ["ethnic_origin"],
    ),
    (
        "Notat\nMedarbejder: Ali Demir\nAli fortalte, at han som kurder har fået grove kommentarer på lageret.",
        ["ethnic_origin"],
    ),
    ("Notat\nMedarbejder: Ali Demir\nAli fortalte, at han som lagerarbejder har fået grove kommentarer.", []),
    (
        "New starter form\nName: Hemi Walker\nNotes: I am Maori and would like my name pronounced properly.",
        ["ethnic_origin"],
    ),
    # --- a clause whose subject is "nogen"/"någon"/"someone": nobody in particular
    (
        "Hej Bo\nMin kollega nævnte, at nogen på lageret har siddet i fængsel for vold. Jeg ved ikke, hvem.\nMvh Jonna",
        [],
    ),
    ("Hej Eva!\nDet sägs att någon på kontoret har suttit i fängelse, men ingen vet vem.\nHälsningar Rut", []),
    ("Hi Sam, I heard that someone in the building has been to prison, but it is just gossip.\nMia", []),
    # the person named in their own clause is still the one
    ("Hej Bo\nNogen fortalte, at Kim Holt har siddet i fængsel for vold.\nMvh Jonna", ["criminal_records"]),
    ("Hej Eva!\nNågon sa att Per Lind har suttit i fängelse för rån.\nHälsningar Rut", ["criminal_records"]),
    # --- the writer named by the message's title or their greeting's clause, a partner of their gender named
    (
        "SMS fra Birgitte til vagtplanen\nMin kæreste Camilla og jeg skal til banken i morgen, så jeg møder kl. 10.",
        ["sexual_orientation"],
    ),
    (
        "Sms från Lovisa till chefen\nMin sambo Elsa och jag ska till banken i morgon, så jag börjar klockan tio.",
        ["sexual_orientation"],
    ),
    ("Besked fra Kasper til holdet\nMin mand Anders og jeg flytter til Vejle til sommer.", ["sexual_orientation"]),
    ("Hej alle, det er Rasmus. Jeg siger op, fordi min kæreste Henrik har fået job i Aarhus.", ["sexual_orientation"]),
    ("Hej allihop, det är Sanna. Jag slutar eftersom min partner Karin har fått jobb i Malmö.", ["sexual_orientation"]),
    (
        "Hi everyone, this is Greg! I am moving to Leeds because my partner Daniel got a job there.",
        ["sexual_orientation"],
    ),
    # a partner of the other gender, or the writer not named
    ("SMS fra Birgitte til vagtplanen\nMin kæreste Thomas og jeg skal til banken i morgen, så jeg møder kl. 10.", []),
    ("Hej alle, det er Rasmus. Jeg siger op, fordi min kæreste Louise har fået job i Aarhus.", []),
    ("SMS fra vagtplanen\nMin kæreste Camilla og jeg skal til banken i morgen, så jeg møder kl. 10.", []),
    # --- two given names of one gender greeted and congratulated on their wedding
    ("Kære Jens og Morten\nTillykke med brylluppet! Vi ses til sommerfesten.\nHilsen klubben", ["sexual_orientation"]),
    ("Hej Elin och Frida!\nStort grattis till ert bröllop, vi ses på midsommar.\nKören", ["sexual_orientation"]),
    ("Dear Sarah and Emily,\nCongratulations on your wedding! The team sends its love.\nPaul", ["sexual_orientation"]),
    # a man and a woman, or somebody else's wedding
    ("Kære Jens og Hanne\nTillykke med brylluppet! Vi ses til sommerfesten.\nHilsen klubben", []),
    ("Kære Jens og Morten\nTillykke med jeres datters bryllup! Vi ses til sommerfesten.\nHilsen klubben", []),
    # --- "reported" (the verb) is no report: the hits after it count
    (
        "Staff member Oscar Flynn reported that a client laughed when he spoke of his husband at reception.",
        ["sexual_orientation"],
    ),
    ("Per Dahl rapporterede, at han har været sygemeldt med en diskusprolaps siden marts.", ["health"]),
    ("Jonas Ek rapporterade att han är sjukskriven för utbrändhet sedan i våras.", ["health"]),
    # a report (the document) still is one
    ("The report shows that staff with diabetes need more breaks during long shifts.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_session17_rules(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected
