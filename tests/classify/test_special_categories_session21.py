"""Session-21 rules (issue 13 part 2), from hold-out v18's error classes, each a mechanism probed both ways in Danish,
Swedish and English with sentences of our own (no sentence of any evaluation set).

A verb of telling refused or negated before a yes/no question ("vil ikke oplyse, om ...", "vill inte uppge om ...",
"declined to say whether ...", `suppressors.withheld`) leaves the question open: nothing is told, the person's own
pronoun inside the question included, unless a contrast follows. An indirect question in the perfect ("har spurgt,
om ...", "har frågat om ...") asks as its past form does (`suppressors.asked`)."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.fixture(scope="module")
def sc():  # type: ignore[no-untyped-def]
    return load_special_categories()


WITHHELD = [
    # --- telling refused before a yes/no question: nothing (da, sv, nb, en)
    ("Notat om medarbejder\nMedarbejder: Karen Holm\nKaren vil ikke oplyse, om hun er medlem af en fagforening.", []),
    ("Notat\nBorger: Jens Kold\nHan ønsker ikke at oplyse, om han har en psykisk lidelse.", []),
    ("Anteckning\nAnställd: Lars Berg\nLars ville inte uppge om han är med i facket.", []),
    ("Anteckning\nKlient: Eva Lund\nHon vill inte säga om hon har någon diagnos.", []),
    ("Notat\nAnsatt: Per Moe\nPer vil ikke si om han er medlem av en fagforening.", []),
    ("File note\nEmployee: Peter Hall\nPeter declined to say whether he is a member of a trade union.", []),
    ("File note\nClient: Ann Reid\nShe would not say whether she has been diagnosed with depression.", []),
    # --- told: the statement itself, or a contrast after the open question
    ("Notat om medarbejder\nMedarbejder: Karen Holm\nKaren er medlem af en fagforening.", ["trade_union"]),
    (
        "Notat\nMedarbejder: Karen Holm\nKaren vil ikke oplyse, om hun er i en fagforening, men hun har diabetes.",
        ["health"],
    ),
    ("Anteckning\nAnställd: Lars Berg\nLars är med i facket sedan 2019.", ["trade_union"]),
    ("Anteckning\nKlient: Eva Lund\nHon vill inte säga om hon är med i facket, men hon har diabetes.", ["health"]),
    ("File note\nEmployee: Peter Hall\nPeter is a member of a trade union.", ["trade_union"]),
]


@pytest.mark.parametrize(("text", "expected"), WITHHELD)
def test_withheld_answer_tells_nothing(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


ASKED_PERFECT = [
    # --- an indirect question in the perfect asks (da, sv)
    ("Afgørelse\nBorger: Søren Dahl\nSøren har spurgt, om låsesystemet gemmer fingeraftryk, og valgt et kort.", []),
    ("Notat\nKunde: Bente Lyng\nBente har spurgt, hvad en gentest koster.", []),
    ("Beslut\nSökande: Eva Lind\nEva har frågat om låssystemet sparar fingeravtryck och valt ett kort.", []),
    ("Anteckning\nKund: Ove Strand\nHan har frågat vad ett DNA-test kostar hos er.", []),
    # --- the statement, or the person's own possessive inside the question: told
    ("Afgørelse\nBorger: Søren Dahl\nSøren har registreret sit fingeraftryk i låsesystemet.", ["biometric"]),
    ("Notat\nKunde: Bente Lyng\nBente har spurgt, hvordan hun skal tage sin insulin på rejsen.", ["health"]),
    ("Beslut\nSökande: Eva Lind\nEvas fingeravtryck är registrerat i låssystemet.", ["biometric"]),
    ("Anteckning\nKund: Ove Strand\nHan har frågat hur hans diabetes påverkar premien.", ["health"]),
]


@pytest.mark.parametrize(("text", "expected"), ASKED_PERFECT)
def test_indirect_question_in_the_perfect_asks(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


QUOTED_WRITER = [
    # --- a quoted message's writer is its attribution, whoever answers above (da, sv, en)
    (
        "Sv: sommerfest\nJeg kommer gerne. /Hanne\n\n> Den 3. juni skrev Mikkel Holm:\n> Jeg tager min mand Ole med.",
        ["sexual_orientation"],
    ),
    (
        "Sv: sommerfest\nJeg kommer gerne. /Hanne\n\n> Den 3. juni skrev Mikkel Holm:\n> Jeg tager min kone Lise med.",
        [],
    ),
    (
        "Sv: kräftskiva\nLåter bra! /Anna\n\n> Den 12 aug. skrev Oskar Lind:\n> Jag tar med min man Johan.",
        ["sexual_orientation"],
    ),
    ("Sv: kräftskiva\nLåter bra! /Anna\n\n> Den 12 aug. skrev Oskar Lind:\n> Jag tar med min fru Karin.", []),
    (
        "Re: summer party\nSee you there. /Emma\n\n> On Monday, Daniel Hart wrote:\n> I will bring my husband Mark.",
        ["sexual_orientation"],
    ),
    ("Re: summer party\nSee you there. /Emma\n\n> On Monday, Daniel Hart wrote:\n> I will bring my wife Sarah.", []),
    # --- a forwarded message's writer is its sender field, not who forwards it or comments below
    (
        "Videresendt af Mette (HR)\n-----Oprindelig meddelelse-----\nFra: Torben Vang\n"
        "Min kone Susanne er flyttet til Aarhus, så jeg søger om hjemmearbejde.\nMette: kan du svare ham?",
        [],
    ),
    (
        "Videresendt af Mette (HR)\n-----Oprindelig meddelelse-----\nFra: Torben Vang\n"
        "Min mand Henrik er flyttet til Aarhus, så jeg søger om hjemmearbejde.\nMette: kan du svare ham?",
        ["sexual_orientation"],
    ),
    (
        "Vidarebefordrat av Sara\n-------- Vidarebefordrat meddelande --------\nFrån: Per Sund\n"
        "Min fru Maria har fått jobb i Luleå, så jag söker distansarbete.\nSara: kan du kolla?",
        [],
    ),
    (
        "Forwarded by Kate\n---------- Forwarded message ---------\nFrom: Paul Green\n"
        "My wife Anna has a new job in Leeds, so I am asking to work from home.\nKate: can you check?",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_WRITER)
def test_quoted_and_forwarded_writer(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


CALENDAR_AND_CV = [
    # --- a calendar's entry lines (a time of day, perhaps after the day) are its named owner's (da, sv, en)
    (
        "Kalender, Henrik Bach\n08.30 Teammøde\n13.00 Strålebehandling, Odense Universitetshospital\n15.00 Fri",
        ["health"],
    ),
    ("Kalender, Henrik Bach\n08.30 Teammøde\n13.00 Tandlæge, Vestergade\n15.00 Fri", []),
    ("Kalender, Maja Ek, vecka 12\nMån 10:00 Planering\nTor 14:30 Dialys, Danderyds sjukhus\nFre 16:00 AW", ["health"]),
    ("Kalender, Maja Ek, vecka 12\nMån 10:00 Planering\nTor 14:30 Kundmöte, Kista\nFre 16:00 AW", []),
    ("Calendar, Omar Said\nMon 09:00 Stand-up\nFri 12:30 Friday prayer at the mosque\nFri 15:00 Review", ["religion"]),
    ("Calendar, Omar Said\nMon 09:00 Stand-up\nFri 12:30 Lunch with the sales team\nFri 15:00 Review", []),
    # --- a CV's lines without a subject of their own are its subject's
    (
        "CV, Morten Lund\nUddannelse: elektriker, 2012.\nMedlem af Dansk El-Forbund siden 2012.\nKørekort B.",
        ["trade_union"],
    ),
    ("CV, Morten Lund\nUddannelse: elektriker, 2012.\nMedlem af Dansk Vandrelaug siden 2012.\nKørekort B.", []),
    (
        "MERITFÖRTECKNING\nEbba Strand, lärare\nTjänster: Uppsala kommun 2011-2024.\n"
        "Facklig förtroendeman för Lärarförbundet 2015-2020.",
        ["trade_union"],
    ),
    (
        "MERITFÖRTECKNING\nEbba Strand, lärare\nTjänster: Uppsala kommun 2011-2024.\n"
        "Mentor för nyanställda lärare 2015-2020.",
        [],
    ),
    (
        "CV, Laura Hill\nEducation: nursing, 2015.\nShop steward for Unison at Leeds City Council 2017-2022.",
        ["trade_union"],
    ),
    ("CV, Laura Hill\nEducation: nursing, 2015.\nTeam leader at Leeds City Council 2017-2022.", []),
]


@pytest.mark.parametrize(("text", "expected"), CALENDAR_AND_CV)
def test_calendar_and_cv_lines_are_their_persons(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


LEXICON = [
    # --- rheumatoid arthritis by its standard name (da, sv, en); a talk on it names nobody's
    ("Borger: Hans Lund\nHar reumatoid artritis og får metotreksat.", ["health"]),
    ("Aftenskolen, program\nForedrag om reumatoid artritis for alle interesserede torsdag.", []),
    ("Brukare: Eva Berg\nHar reumatoid artrit sedan 2015.", ["health"]),
    ("Kursprogram\nFöreläsning om reumatoid artrit för alla intresserade på torsdag.", []),
    ("Client: Amy Cole\nShe has rheumatoid arthritis and uses a stick.", ["health"]),
    ("Programme\nA talk on rheumatoid arthritis for all staff on Thursday.", []),
    # --- an amputation written as one word with the limb
    ("Holdet til DM: Per Holm og Ida Lund, begge benamputerede.", ["health"]),
    ("Holdet til DM: Per Holm og Ida Lund, begge målmænd.", []),
    ("Laget till SM: Stig Ek och Ylva Dahl, båda armamputerade.", ["health"]),
    ("Laget till SM: Stig Ek och Ylva Dahl, båda målvakter.", []),
    ("Team list: Tom Ward, leg amputee, plays sitting volleyball.", ["health"]),
    ("Team list: Tom Ward, goalkeeper, plays sitting volleyball.", []),
    # --- HIV prevention (PrEP, Truvada) ordered for a named customer
    ("Ordrebekræftelse\nKunde: Jonas Friis\n1 x PrEP 30 tabletter, recept", ["health"]),
    ("Ordrebekræftelse\nKunde: Jonas Friis\n1 x Panodil 20 tabletter", []),
    ("Orderbekräftelse\nKund: Olle Sand\n1 x Truvada 30 tabletter, recept", ["health"]),
    ("Order confirmation\nCustomer: Ben Gray\n1 x PrEP 30 tablets, repeat prescription", ["health"]),
    ("Order confirmation\nCustomer: Ben Gray\n1 x hand cream 50 ml", []),
    # --- the word for ill negated across the copula of a subordinate clause ("att du inte är sjuk")
    ("Hej Lena!\nLäkaren säger att du inte är sjuk.", []),
    ("Hej Lena!\nLäkaren säger att du är sjuk.", ["health"]),
    ("Hej Lena!\nJag vet att du inte är sjuk längre.", ["health"]),
    ("Hej Lena!\nSvaret visar att du bär anlaget för hemokromatos.", ["health", "genetic"]),
]


@pytest.mark.parametrize(("text", "expected"), LEXICON)
def test_lexicon_gaps_and_not_ill(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


CERTIFICATES_AND_WITNESSES = [
    # --- a checklist's "ren" answers the certificate: clean (da, sv, en)
    ("HR-tjekliste, nyansat Ole Bak\nStraffeattest: ren, modtaget 3. marts.\nKontrakt: ja", []),
    (
        "HR-tjekliste, nyansat Ole Bak\nStraffeattest: dom for vold i 2022, modtaget 3. marts.\nKontrakt: ja",
        ["criminal_records"],
    ),
    ("Checklista, nyanställd Eva Sund\nUtdrag ur belastningsregistret: rent utdrag, mottaget 3 mars.", []),
    ("Checklista, nyanställd Eva Sund\nUtdrag ur belastningsregistret: dom för bedrägeri 2021.", ["criminal_records"]),
    ("Checklist, new driver Sam Cole\nDBS check: clear, received 3 March.", []),
    # --- a witness in a case is not its offender
    ("Notat\nMedarbejder: Fatima Ali\nFatima var vidne i en sag om vold og har afgivet forklaring.", []),
    ("Notat\nMedarbejder: Fatima Ali\nFatima er dømt for vold og har afsonet sin straf.", ["criminal_records"]),
    ("Anteckning\nAnställd: Omar Said\nOmar var vittne i ett mål om misshandel och har vittnat.", []),
    (
        "Anteckning\nAnställd: Omar Said\nOmar är dömd för misshandel och har avtjänat sitt straff.",
        ["criminal_records"],
    ),
    ("File note\nEmployee: Jack Reed\nJack was a witness in a robbery trial and gave evidence.", []),
    ("File note\nEmployee: Jack Reed\nJack was convicted of robbery and served his sentence.", ["criminal_records"]),
]


@pytest.mark.parametrize(("text", "expected"), CERTIFICATES_AND_WITNESSES)
def test_clean_answers_and_witnesses(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


THE_DEAD = [
    # --- a pronoun right after a death told is the dead person's: their illness is no data subject's (da, sv, en)
    ("Kære Jonas\nVi er kede af at høre, at din mor er død. Hun kæmpede i mange år med sin kræft.", []),
    ("Kære Jonas\nVi er kede af at høre, at din mor er flyttet. Hun kæmpede i mange år med sin kræft.", ["health"]),
    ("Kære Jonas\nVi er kede af at høre, at din mor er død. Du har selv kæmpet med din depression.", ["health"]),
    ("Kära Maria\nVi beklagar sorgen efter din pappa. Han var sjuk i Parkinsons i många år.", []),
    ("Kära Maria\nVi hörde att din pappa har flyttat till Umeå. Han är sjuk i Parkinsons sedan i år.", ["health"]),
    ("Dear Tom\nWe were sorry to hear that your father passed away. He had lived with dementia for years.", []),
    (
        "Dear Tom\nWe were glad to hear that your father has moved home. He has lived with dementia for years.",
        ["health"],
    ),
    # --- the survivors named after the death keep theirs
    ("Mindeord: Hanne Lund døde i sidste uge. Hun efterlader sin hustru Bodil.", ["sexual_orientation"]),
]


@pytest.mark.parametrize(("text", "expected"), THE_DEAD)
def test_pronoun_after_a_death_is_the_dead(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


PAYSLIPS = [
    # --- a payslip's lines are its employee's deductions: church tax or fee, union dues (da, sv, en)
    (
        "Lønseddel, Anne Holt, maj\nBruttoløn 35.100,00\nKirkeskat 0,9 % af skattepligtig indkomst\nNettoløn 23.800,00",
        ["religion"],
    ),
    ("Lønseddel, Anne Holt, maj\nBruttoløn 35.100,00\nAM-bidrag 8 % af bruttoløn\nNettoløn 23.800,00", []),
    (
        "Lönespecifikation, Per Lund, maj\nBruttolön 38 000\nKyrkoavgift (Svenska kyrkan) 390\nNettolön 28 100",
        ["religion"],
    ),
    ("Lönespecifikation, Per Lund, maj\nBruttolön 38 000\nBegravningsavgift 95\nNettolön 28 100", []),
    (
        "Payslip, Ann Ross, May\nGross pay 3,100.00\nUnison membership 1.3 % of gross pay\nNet pay 2,400.00",
        ["trade_union"],
    ),
    ("Payslip, Ann Ross, May\nGross pay 3,100.00\nPension 5 % of gross pay\nNet pay 2,400.00", []),
]


@pytest.mark.parametrize(("text", "expected"), PAYSLIPS)
def test_payslip_lines_are_the_employees(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected
