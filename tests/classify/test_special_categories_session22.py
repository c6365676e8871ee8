"""Session-22 rules (issue 13 part 2), from hold-out v19's error classes, each a mechanism probed both ways in Danish,
Swedish and English with sentences of our own (no sentence of any evaluation set).

A death notice's life dates under a name make the name the dead person's (`_LIFE_DATES`); a relative called dead
("min afdøde far", "my late father") owns the health words of its clause (`_LATE_KIN`); a line spoken under a number
("Svar 17:", "IP 4:") is nobody's (`_CODED_SPEAKER`); a personal ad's seeking is compared with the ad's own
self-description or the profile's or post's writer (`_SEEKING`, `_PROFILE_HEAD`, `_POST_HEAD`); a chat message
under a "Name Surname 09:03" line is that speaker's (`_speaker_above`, `_TIMED_SPEAKER`)."""

from __future__ import annotations

import pytest

from pii_scanner.classify.special_categories import load_special_categories


@pytest.fixture(scope="module")
def sc():  # type: ignore[no-untyped-def]
    return load_special_categories()


DEATH_NOTICES = [
    # --- life dates under the name: the dead person's party, union and illness are nobody's
    (
        "Vores kære far\nHolger Bak Nielsen\nf. 2. juni 1940 – d. 3. marts 2026\nHan havde diabetes i mange år."
        " Han var medlem af Venstre hele livet.\nMange tanker fra Susanne",
        [],
    ),
    (
        "Min käre make\nBertil Ågren\n* 12 april 1938 † 2 februari 2026\nHan var medlem i Kommunal och i"
        " Socialdemokraterna.\nKerstin",
        [],
    ),
    ("Our beloved mother\nMargaret Hall\nb. 1941 – d. 2026\nShe was a member of the Labour Party.", []),
    # --- no life dates: a living person's membership and illness stay hers
    (
        "Vores kære far\nHolger Bak Nielsen\nHan har diabetes. Han er medlem af Venstre.",
        ["health", "political_opinion"],
    ),
    ("Min käre make\nBertil Ågren\nHan är medlem i Kommunal.", ["trade_union"]),
    ("Margaret Hall\nShe is a member of the Labour Party.", ["political_opinion"]),
]


@pytest.mark.parametrize(("text", "expected"), DEATH_NOTICES)
def test_death_notice_life_dates(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


LATE_KIN = [
    # --- a relative called dead owns the illness of its clause
    ("Jens Holm\nJeg er bekymret, fordi min afdøde mor havde brystkræft.", []),
    ("Eva Lind\nJag är orolig eftersom min avlidne pappa hade tarmcancer.", []),
    ("Peter Hall\nI am thinking about it because my late father had bowel cancer.", []),
    # --- a living relative's, or the writer's own after the clause: told
    ("Jens Holm\nMin afdøde mor havde brystkræft, og jeg har selv fået konstateret brystkræft.", ["health"]),
    ("Eva Lind\nJag har själv tarmcancer.", ["health"]),
    ("Peter Hall\nMy father is alive, and I have bowel cancer myself.", ["health"]),
]


@pytest.mark.parametrize(("text", "expected"), LATE_KIN)
def test_late_relative_owns_the_illness(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


CODED = [
    # --- a numbered answer or participant: the "jeg" is nobody identified
    ("Medarbejderundersøgelse (anonym)\nSvar 12: Jeg har diabetes og skal spise til tiden.\nSvar 13: Fint.", []),
    ("Intervju, transkription\nIP 4: Jag satt i fängelse i två år.\nI: Och sedan?", []),
    ("Survey, free text\nRespondent 9: I have epilepsy and cannot drive to the office.", []),
    # --- a named answer, or a participant named after the number: told
    ("Medarbejderundersøgelse\nJens Holm: Jeg har diabetes og skal spise til tiden.", ["health"]),
    ("Intervju\nIP 4: Ove Strand, 55 år. Han satt i fängelse i två år.", ["criminal_records"]),
    ("Survey\nPeter Hall: I have epilepsy and cannot drive to the office.", ["health"]),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_coded_speaker_is_nobody(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


SEEKING = [
    # --- a personal ad seeking one's own sex: the profile's name or the ad's self-description
    (
        "Profil: Mikkel, 29, Odense\nGlad løber og kaffenørd. Søger en rar fyr til ture i skoven.",
        ["sexual_orientation"],
    ),
    ("Profil: Stina, 35, Umeå\nTjej som söker tjej att resa med.", ["sexual_orientation"]),
    ("Profile: Oliver, 38, Malmö\nTeacher and cyclist. Looking for a guy who loves the sea.", ["sexual_orientation"]),
    # --- the other sex sought, or no gender known: nothing
    ("Profil: Mikkel, 29, Odense\nGlad løber og kaffenørd. Søger en rar pige til ture i skoven.", []),
    ("Profil: Stina, 35, Umeå\nTjej som söker kille att resa med.", []),
    ("Profile: Sam, 38, Malmö\nTeacher and cyclist. Looking for a guy who loves the sea.", []),
]


@pytest.mark.parametrize(("text", "expected"), SEEKING)
def test_personal_ad_seeking(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


WRITERS = [
    # --- a post under its writer's display name, a chat message under its speaker's line
    ("Sofie Dam\nMig og min kæreste Ida har købt hus i Vejle!", ["sexual_orientation"]),
    ("Instagram · Anders Berg (@andersberg)\nMin pojkvän Oskar fyller 30 idag!", ["sexual_orientation"]),
    (
        "Team chat\nMaria Holm 10:15\nmorning, my wife Julia is picking me up at four\nPeter Hall 10:16\nok",
        ["sexual_orientation"],
    ),
    # --- the other sex, or a speaker of unknown gender above (the next speaker does not sign it)
    ("Sofie Dam\nMig og min kæreste Mads har købt hus i Vejle!", []),
    ("Instagram · Anders Berg (@andersberg)\nMin flickvän Klara fyller 30 idag!", []),
    ("Team chat\nSasha Holm 10:15\nmorning, my husband Jon is picking me up at four\nPeter Hall 10:16\nok", []),
]


@pytest.mark.parametrize(("text", "expected"), WRITERS)
def test_post_and_chat_writer(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


LEXICON = [
    ("Karen Holm\nJeg meldte mig ud af folkekirken sidste år.", ["religion"]),
    ("Karen Holm\nJeg meldte mig ud af fitnesscentret sidste år.", []),
    ("Ali Khan: vi spiser efter isha-bønnen", ["religion"]),
    ("Ali Khan: vi spiser efter fodboldkampen", []),
    ("Louise Berg: jeg tager lithium-tabletter hver morgen", ["health"]),
    ("Louise Berg: jeg har købt lithium-batterier til cyklen", []),
    ("Ove Strand: jeg sad tre år i Vestre Fængsel for narkohandel", ["criminal_records"]),
    ("Ove Strand: jeg var afhængig af kokain i ti år", ["health"]),
    ("Ove Strand: jeg var afhængig af kaffe i ti år", []),
]


@pytest.mark.parametrize(("text", "expected"), LEXICON)
def test_lexicon_session22(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


GAP_NAMES = [
    # --- a court's verdict with the person inside a phrase's gap ("dömde ~ till"): the person's
    ("Tingrettens dom\nTingretten dømte Jens Hansen til fængsel i et år for vold.", ["criminal_records"]),
    ("Tingsrättens dom\nTingsrätten dömde Ove Strand till fängelse i ett år för misshandel.", ["criminal_records"]),
    # --- nobody named in the gap: nothing
    ("Tingrettens dom\nTingretten dømte en 40-årig mand til fængsel i et år for vold.", []),
    ("Tingsrättens dom\nTingsrätten dömde en 40-årig man till fängelse i ett år för misshandel.", []),
]


@pytest.mark.parametrize(("text", "expected"), GAP_NAMES)
def test_name_in_a_phrase_gap(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


MENUS = [
    # --- a faith's food among a menu's options, nobody speaking of themself: nothing
    ("Slack\nTom Reed: vegetarian, halal and gluten free, the caterer sorts it", []),
    ("Teams\nJens Holm: der er vegetar, halal og laktosefri til julefrokosten", []),
    ("Teams\nEva Lind: det finns veganskt, koscher och glutenfritt på buffén", []),
    # --- a person's own, or a named person's request: told
    ("Teams\nJens Holm: jeg spiser kun halal.", ["religion"]),
    ("Slack\nTom Reed: Anna Berg only eats kosher, please tell the caterer", ["religion"]),
    ("Teams\nEva Lind: jag äter bara koscher", ["religion"]),
]


@pytest.mark.parametrize(("text", "expected"), MENUS)
def test_menu_options(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


CARDS = [
    # --- registering and a gate with no body or recognising: a card's
    ("Navn: Julie Berg\nJulies adgangskort er registreret i adgangssystemet ved indgangen.", []),
    ("Name: Julie Berg\nJulie's key card is registered in the access control at the gate.", []),
    # --- a face or a recognising: the person's
    ("Navn: Julie Berg\nJulies ansigtsbillede er registreret i adgangssystemet ved indgangen.", ["biometric"]),
    ("Name: Julie Berg\nJulie's face image is registered and the gate will recognise her.", ["biometric"]),
]


@pytest.mark.parametrize(("text", "expected"), CARDS)
def test_card_is_no_body(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


TITLES = [
    # --- a quoted headline over comments: about its topic
    ('Kommentarer til: "Flere unge søger hjælp for angst"\nLone Berg: Vigtigt emne.', []),
    ('Kommentarer: "Fler söker hjälp för spelberoende"\nKent Ek: Bra artikel.', []),
    ('Comments on: "More young people seek help for anxiety"\nAnn Reid: Good piece.', []),
    # --- a commenter's own statement below it: told
    ('Kommentarer til: "Flere unge søger hjælp for angst"\nLone Berg: Jeg har selv angst.', ["health"]),
    ('Kommentarer: "Fler söker hjälp för spelberoende"\nKent Ek: Jag har själv spelberoende.', ["health"]),
    ('Comments on: "More young people seek help for anxiety"\nAnn Reid: I have anxiety myself.', ["health"]),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_quoted_headline(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


MORE = [
    # --- going to Mass in a named church, not to a trade fair
    ("Teams\nJens Holm: Jeg kommer senere. Skal til messe i Sankt Knuds Kirke først.", ["religion"]),
    ("Teams\nJens Holm: Jeg kommer senere. Skal til messe i Bella Center først.", []),
    ("Teams\nEva Lind: Jag kommer sent. Ska till mässan i Sankta Eugenia kyrka först.", ["religion"]),
    ("Teams\nEva Lind: Jag kommer sent. Ska till mässan i Älvsjö först.", []),
    # --- an ad's self-description "Troende man, 55," is no generic "man"
    (
        "Kontaktannons\nTroende man, 55, medlem i pingstförsamlingen i Umeå, söker en kvinna. Svar till Ove Strand.",
        ["religion"],
    ),
    ("Kontaktannons\nGlad man, 55, medlem i golfklubben i Umeå, söker en kvinna. Svar till Ove Strand.", []),
    # --- the union's consultant or lawyer who is "mine": membership; anybody's: a topic
    ("Notat\nJens Holm: jeg har sendt sagen til min faglige konsulent i HK.", ["trade_union"]),
    ("Notat\nJens Holm: jeg har sendt sagen til en konsulent i HK.", []),
    ("Anteckning\nEva Lind: jag har pratat med min jurist i Unionen.", ["trade_union"]),
    ("Anteckning\nEva Lind: jag har pratat med en jurist i Unionen.", []),
    # --- a post's line opening with the writer's feeling, under the writer's name
    (
        "Mette Holm\nStolt over at være valgt som kasserer i Socialdemokratiets lokalafdeling i aften!",
        ["political_opinion"],
    ),
    ("Mette Holm\nStolt over at være valgt som kasserer i roklubben i aften!", []),
    ("LinkedIn · Tom Reed\nProud to be elected chair of the Labour Party branch in Leeds!", ["political_opinion"]),
    ("LinkedIn · Tom Reed\nProud to be elected chair of the rowing club in Leeds!", []),
    # --- a thread's subject line asking: its topic; the poster's own statement below: told
    ("Forum\nÄmne: Fackavgift avdragsgill?\nHej! Stämmer det att man får avdrag? /Eva Lind", []),
    (
        "Forum\nÄmne: Fackavgift avdragsgill?\nHej! Jag är med i facket, får jag avdrag? /Eva Lind",
        ["trade_union"],
    ),
    ("Forum\nEmne: Gentest i familien – hvad gør I?\nSkrevet af: Jens Holm\nVi har ikke besluttet os.", []),
    # --- a school "free from religion" is a view, an atheist is a belief
    ("Kommentarer\nUlla Berg: Jag tycker att skolan ska vara fri från religion.", []),
    ("Kommentarer\nUlla Berg: Jeg er ateist.", ["religion"]),
    ("Comments\nAnn Reid: Schools should be free from religion.", []),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_more_session22(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected


COUNTED = [
    # --- a counted one as the subject borrows no neighbour's name
    ("Årsrapport\nDer kom 7 indberetninger. En er politianmeldt. Kontakt Jens Holm for spørgsmål.", []),
    ("Årsrapport\nDet kom 7 anmälningar. En har polisanmälts. Frågor till Eva Lind.", []),
    ("Annual report\nWe received 7 reports. One was reported to the police. Questions to Ann Reid.", []),
    # --- the named person as the subject: told
    ("Notat\nJens Holm er politianmeldt for vold.", ["criminal_records"]),
    ("Anteckning\nEva Lind har polisanmälts för misshandel.", ["criminal_records"]),
    ("Note\nAnn Reid was reported to the police for assault.", ["criminal_records"]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED)
def test_counted_subject(sc, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sc.classify(text) == expected
