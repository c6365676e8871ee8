"""Session-11 rules and golden rows, written with other texts and names than any evaluation set:
a certificate said to be clean is a check passed, no conviction (in its sentence or the next); religious
holidays besides Christmas and Easter; a same-gender "sambo"/"samboer"/"samlever" after "har en"/"sin";
Norwegian party letters and union names; a union representative of some rank as a compound
("hovedtillitsvalgt"). Plus positive and hard-negative rows for what independent writers produce: union and
party names and abbreviations, dietary and holiday statements, orientation via a spouse, criminal-record
certificates, biometric enrolment, English sentences inside Nordic documents, Norwegian."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.fixture(scope="module")
def classify():  # type: ignore[no-untyped-def]
    sc = load_special_categories()
    return lambda text: sc.classify(text)


# Each of these failed before this session's rules.
NEW_RULES = [
    # a clean certificate, in its sentence or the one after it
    ("Vi har modtaget straffeattesten for Bo Lind, og den er uden anmærkninger.", []),
    ("Tim Holm har afleveret sin straffeattest; den er uden anmærkninger.", []),
    ("Vi har fået børneattesten for træneren Per Lund. Der er ingen anmærkninger.", []),
    ("Politiattesten for Ola Hansen viser ingen merknader.", []),
    ("Reference check: Mark Taylor has a clean criminal record.", []),
    # a religious holiday kept by a named person
    ("Sandeep Patel fejrer Diwali og har bedt om fri mandag.", ["religion"]),
    ("Rachel Stern tager fri til pesach og rosh hashana.", ["religion"]),
    ("Arjun Mehta firar diwali med familjen och är ledig fredag.", ["religion"]),
    ("Olav Nes er aktiv i pinsemenigheten i Bergen.", ["religion"]),
    # a same-gender partner after "har en" / "sin"
    ("Annika Berg har en sambo, Sara, som också jobbar här.", ["sexual_orientation"]),
    ("Kjell Lund bor med samboeren sin, Morten, på Majorstuen.", ["sexual_orientation"]),
    ("Trine Holm har en samlever, Maja, og to børn.", ["sexual_orientation"]),
    # Norwegian party letters and union names, a representative of some rank
    ("Bystyrerepresentant Jon Moe (FrP) stemte mot forslaget.", ["political_opinion"]),
    ("Rune Berg er medlem av Norsk Sykepleierforbund.", ["trade_union"]),
    ("Per Lund er medlem av LO Stat.", ["trade_union"]),
    ("Silje Haugen er hovedtillitsvalgt på verkstedet og sitter i drøftingsmøtene.", ["trade_union"]),
    # a hospital after a job noun is a workplace
    ("Lars Berg er portør på sygehuset i Kolding.", []),
    ("Jonna Vik er sekretær på sjukhuset i Gävle.", []),
    ("Eirik Dahl er vekter på sykehuset om natten.", []),
    # a union, party or church that hires somebody is the employer
    ("Fagforbundet har ansatt Per Lund som ny kommunikasjonssjef.", []),
    ("Unionen anställer Lisa Berg som jurist.", []),
    ("HK Danmark har udnævnt Lone Friis til pressechef.", []),
    # an inverted condition ("Skulle du ..."), a statement that no such data is held
    ("Skulle du blive sygemeldt, så ring til mig. Hilsen Lone Dahl", []),
    ("Hej Lisa Berg! Vi sparar inga uppgifter om hälsa, religion eller facktillhörighet om dig.", []),
    ("Vi har ingen oplysninger om Kaj Brandts helbred i sagen.", []),
    # a partner "of another" gender word, dating in the plural
    ("Tom Berg er i et forhold med en anden mand.", ["sexual_orientation"]),
    ("Kari Lie er i et forhold med en annen kvinne.", ["sexual_orientation"]),
    ("Anna Lund dater kvinder.", ["sexual_orientation"]),
    ("Per Lund dejtar män sedan han flyttade till Stockholm.", ["sexual_orientation"]),
    # a couple of one gender "who have just got married"
    ("Hilsen fra Ole og Kasper, der netop er blevet gift!", ["sexual_orientation"]),
    ("Stort grattis till Emma och Sara som har blivit gifta!", ["sexual_orientation"]),
    ("Congratulations to Tom and Ben, who have just got married.", ["sexual_orientation"]),
    # a union's own case work for a named member
    (
        "Sagsbehandler: Pia Holm. Medlemmet, Tom Berg, har bedt forbundet om bistand i sin afskedigelsessag.",
        ["trade_union"],
    ),
    (
        "Medlem: Tom Berg, medlemsnr. 44123. Sagen om uberettiget bortvisning er sendt til faglig voldgift.",
        ["trade_union"],
    ),
    ("Ärende 2231: Medlemmen Anna Lind har begärt att förbundet driver hennes lönetvist.", ["trade_union"]),
    ("Forbundet fører sagen for Tom Berg ved Arbejdsretten.", ["trade_union"]),
    ("Ola Berg er medlem av Pinsemenigheten og synger i koret.", ["religion"]),
]


@pytest.mark.parametrize(("text", "expected"), NEW_RULES)
def test_new_rules(classify, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert classify(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a certificate with an entry, or said not to be clean, still reveals a record
        ("Vi har modtaget straffeattesten for Bo Lind; han er dømt for vold i 2020.", ["criminal_records"]),
        ("Bo Lind har ikke en ren straffeattest.", ["criminal_records"]),
        ("Utdraget ur belastningsregistret för Lisa Nord visar en dom för snatteri.", ["criminal_records"]),
        ("Kasper Møller har en plettet straffeattest og kan ikke ansættes som chauffør.", ["criminal_records"]),
        # a partner of the other gender; a holiday with nobody keeping it
        ("Annika Berg har en sambo, Johan, som också jobbar här.", []),
        ("Kjell Lund bor med samboeren sin, Marte, på Majorstuen.", []),
        ("Trine Holm har en samlever, Mads, og to børn.", []),
        ("Pesach-menuen serveres i restauranten fra mandag.", []),
        ("Diwali-festivalen i Tivoli åbner fredag.", []),
        ("Valget av hovedtillitsvalgt skjer i mars.", []),
        ("Kari Lie (Ap 3) fikk nøkkelen.", []),
        # the other gender; "dater" as a verb of dates; "men" is "but"
        ("Tom Berg er i et forhold med en anden kvinde.", []),
        ("Anna Lund dater mænd.", []),
        ("Per Lund dejtar kvinnor sedan han flyttade till Stockholm.", []),
        ("Jens Holm dater fakturaen 1. maj.", []),
        ("Mette Lund har en kæreste, men han bor i Oslo.", []),
        ("Hilsen fra Ole og Karen, der netop er blevet gift!", []),
        ("Stort grattis till Emma och Johan som har blivit gifta!", []),
        ("Mads og Emil er blevet venner.", []),
        # a federation's other work, quoted by a spokesperson
        ("Forbundet fører nu an i klimadebatten, siger Lone Bak.", []),
        ("Förbundet driver frågan om pensioner vidare, säger Anna Ek.", []),
        ("Idrætsforbundet fører sagen mod klubben, oplyser formand Jens Holm.", []),
        ("Faglig voldgift er en del af det fagretlige system. Kilde: Jens Holm", []),
        # a stay in hospital is still one; a member hired by a union still a member
        ("Per Holm er indlagt på sygehuset i Kolding.", ["health"]),
        ("Kari Lie ligger på sykehuset etter et fall.", ["health"]),
        ("Jonna Vik är kvar på sjukhuset efter operationen.", ["health"]),
        ("Unionen anställer Lisa Berg som jurist; hon är medlem i Vänsterpartiet.", ["political_opinion"]),
        ("Lisa Berg är medlem i Unionen och anställdes i fjol.", ["trade_union"]),
    ],
)
def test_new_rules_keep_their_bounds(classify, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert classify(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unions by name and abbreviation (da, sv, nb, en)
        ("Mette Skov er medlem af HK Handel og har bedt os trække kontingentet over lønnen.", ["trade_union"]),
        ("Jeg har meldt mig ind i 3F, fordi jeg vil have hjælp til min sag. /Ole Brask", ["trade_union"]),
        ("Kjell Ström är medlem i IF Metall och facket har begärt förhandling om hans uppsägning.", ["trade_union"]),
        ("Anna Berg är med i Unionen sedan 2019 och vill ha hjälp med lönesamtalet.", ["trade_union"]),
        ("Sara Nyström är skyddsombud för Kommunal på äldreboendet Solgården.", ["trade_union"]),
        ("Löneavdrag för Lena Ek: fackavgift Vision 310 kr.", ["trade_union"]),
        ("Erik Dahl er organisert i Fagforbundet og har tatt kontakt med sin tillitsvalgt.", ["trade_union"]),
        ("John Smith is a member of Unite and asked for his union rep to attend the meeting.", ["trade_union"]),
        ("Lone Kirk er medlem af FOA.", ["trade_union"]),
        ("3F har indgået en ny overenskomst med Dansk Industri, oplyser forhandler Jan Poulsen.", []),
        ("Kommunal varslar strejk på tio äldreboenden, enligt pressmeddelandet.", []),
        ("Per Lund er medlem av styret i borettslaget.", []),
        ("Tillidsrepræsentantvalget afholdes torsdag; stemmesedler fås hos receptionen.", []),
        # parties by name and letter
        ("Jeg stemte på Enhedslisten ved sidste valg. /Rikke Dahl", ["political_opinion"]),
        ("Lena Ström är medlem i Sverigedemokraterna sedan 2018.", ["political_opinion"]),
        ("Kristin Haug stemte på Høyre ved stortingsvalget.", ["political_opinion"]),
        ("Kasper Lind (SF) talte ved mødet om klimaet.", ["political_opinion"]),
        ("Lise Berg (MDG) fremmet forslaget om sykkelveier.", ["political_opinion"]),
        ("Drej til venstre ved rundkørslen og parker bag hallen, skriver Lone Berg.", []),
        ("Venstre holder landsmøde i Herning i weekenden.", []),
        # faith by diet, holiday, dress, prayer
        ("Rebecca Cohen holder kosher og spiser ikke med til julefrokosten.", ["religion"]),
        ("Noor Hussein spiser kun halal af religiøse grunde.", ["religion"]),
        ("Maryam Ali har fri til Eid al-Fitr.", ["religion"]),
        ("Note til vagtplanen: Daniel Cohen observes the Sabbath and cannot work Friday evenings.", ["religion"]),
        ("Kantinen serverer halal og vegetarisk mad på fredag.", []),
        ("Priya Sharma spiser vegetarisk.", []),
        ("Sandeep Patel holder ferie fra mandag.", []),
        # orientation via a spouse or partner
        ("Torsten Aagaard og hans ægtemand holder bryllupsfest i juni.", ["sexual_orientation"]),
        ("Welcome aboard, Chris Adams! Chris lives in Malmö with his husband Daniel.", ["sexual_orientation"]),
        ("Emil Strand er gift med Mikkel Strand.", ["sexual_orientation"]),
        ("Jonas Lund og hans kone Maria har adopteret en datter.", []),
        ("Mette Holm er gift med Peter Holm.", []),
        # criminal records and certificates
        ("Utdraget ur belastningsregistret för Johan Lind visar en dom för misshandel.", ["criminal_records"]),
        ("Reference check for Mark Taylor: he was convicted of fraud in 2019.", ["criminal_records"]),
        ("Per Hansen ble dømt til ubetinget fengsel for underslag.", ["criminal_records"]),
        ("Alle nyansatte skal aflevere straffeattest inden første arbejdsdag.", []),
        ("Utdraget ur belastningsregistret för Lisa Nord var tomt.", []),
        ("Mette Lind er advokat og forsvarer i straffesager.", []),
        # biometric enrolment
        ("Peter Holm er registreret med fingeraftryk i adgangssystemet.", ["biometric"]),
        ("Medarbejderen Lars Fisker er indrulleret i det biometriske adgangssystem med sit håndaftryk.", ["biometric"]),
        ("Olle Lind har lämnat fingeravtryck vid ansökan om uppehållstillstånd.", ["biometric"]),
        ("Vores nye telefoner har fingeraftrykslæser.", []),
        ("Fingeraftrykslæseren ved bagindgangen er i stykker, skriver pedel Ole Bak.", []),
        # English in a Nordic document; Norwegian
        ("Hej Jens, fyi: Sarah Mills is on sick leave until Friday due to a back injury. Mvh Lone", ["health"]),
        ("Kari Hansen er sykmeldt ut måneden på grunn av en kneskade.", ["health"]),
        ("Nils Somby er same og snakker nordsamisk hjemme.", ["ethnic_origin"]),
    ],
)
def test_golden_rows(classify, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert classify(text) == expected
