"""Golden table: registers in capitals written "SURNAME FIRST", SQL dumps, chat threads, genitives of names
never written alone, nicknames, "Surname, First (role)" phone lists, roles before a name, and things named
after people (rooms, ships, brands) that are no person. Written with other names and words than the
evaluation sets the rules were found on."""

from __future__ import annotations

import pytest

from pii_scanner.detect.ner.fallback import FallbackNameFinder


@pytest.fixture(scope="module")
def finder() -> FallbackNameFinder:
    return FallbackNameFinder()


def names(finder: FallbackNameFinder, text: str) -> list[str]:
    found = finder.find(text)
    assert all(text[f.start : f.end] == f.value and f.entity_type == "PERSON" for f in found)
    return [f.value for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a register in capitals, surname first, before a column gap or at the line's end
        (
            "MEDLEMSLISTE 2027\nKJÆRGAARD METTE            kontingent betalt\nVANG TORBEN\n"
            "ÖZTÜRK AYLA               restance\nI ALT 3",
            ["KJÆRGAARD METTE", "VANG TORBEN", "ÖZTÜRK AYLA"],
        ),
        # a surname the lists lack counts among listed ones; a hyphenated first name; a particle
        (
            "LØNKØRSEL DECEMBER\nMØLLER KAREN-MARIE     21.400,00\nVON HOLSTEIN ERIK      18.000,00\n"
            "PIRTTIJÄRVI ANNA       19.300,00\nSKOV NIELS             22.100,00",
            ["MØLLER KAREN-MARIE", "VON HOLSTEIN ERIK", "PIRTTIJÄRVI ANNA", "SKOV NIELS"],
        ),
        # a first name that is a stop word ("INGA" is "none"), a surname that is a street word ("BRO"), after
        # listed surnames
        ("LØNLISTE\nLUND INGA     3\nBRO KAJ     4\nHOLM ULLA     5", ["LUND INGA", "BRO KAJ", "HOLM ULLA"]),
        # one such line alone is a heading as often as a name; headings and totals are never names
        ("BERG ANNA\n\nSe vedlagte.", []),
        ("SAMLET LØN          44.000\nI ALT               44.000", []),
    ],
)
def test_capitals_register_surname_first(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


def test_register_normalises_to_first_surname(finder: FallbackNameFinder) -> None:
    text = "HOLT JENS-PETER     3\nDAMGAARD LIS     4\n"
    assert [f.normalized for f in finder.find(text)] == ["Jens-Peter Holt", "Lis Damgaard"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "INSERT INTO kunder (kunde_id, fornavn, efternavn, postnr) VALUES\n"
            "(7, 'Sidsel', 'Kragh', '8000'),\n(8, 'Malthe', 'Dyrberg', '8200');",
            ["Sidsel", "Kragh", "Malthe", "Dyrberg"],
        ),
        ("insert into staff (id, name) values (1, 'Vang, Sol'), (2, 'Brink, Tage');", ["Vang, Sol", "Brink, Tage"]),
        # a name column of products, and a table without a name column
        ("INSERT INTO varer (id, name, pris) VALUES (1, 'Bord', 100), (2, 'Stol', 50);", []),
        ("INSERT INTO log (id, msg) VALUES (1, 'Brink'), (2, 'Holm');", []),
    ],
)
def test_sql_insert_rows_under_name_columns(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an SMS or chat thread: "Name: message in lower case", two speakers at least
        (
            "Kaya: er du hjemme i aften?\nLind: nej, først efter otte\nKaya: ok",
            ["Kaya", "Lind", "Kaya"],
        ),
        # a speaker's name alone later in the thread; a first name that is a word capitalised mid-sentence
        (
            "Sten: har du sett Bo?\nMarta: ja, Bo Sjö var här nyss\nSten: tack",
            ["Sten", "Bo", "Marta", "Bo Sjö", "Sten"],
        ),
        # a form with lower-case values is no thread
        ("Status: i gang\nPrioritet: lav\nAnsvarlig: ikke tildelt", []),
        # one speaker is no thread (a first name that is a word stays a word)
        ("Dag: husk mælk", []),
    ],
)
def test_chat_threads(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name in the genitive before what a person owns or is related to, never written alone
        ("Tak til Gunvors forældre for hjælpen.", ["Gunvors"]),
        ("- Torbens gamle telefon sendes til IT", ["Torbens"]),
        ("Hälsa att Margits mamma hämtar idag.", ["Margits"]),
        # not a firm's genitive before other nouns
        ("Vestas skære er leveret.", []),
    ],
)
def test_genitive_before_owned_nouns(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nickname in quotes inside the name; listed nicknames alone
        ('Kaptajn Anders "Tusse" Mikkelsen scorede to mål.', ['Anders "Tusse" Mikkelsen']),
        ("Jocke och Robban bär stegen.", ["Jocke", "Robban"]),
        # "Surname, First" list items with a role in brackets or a dotted leader; a two-word surname
        (
            "Intern telefonliste\nHvid Kjær, Bente (regnskab) ..... 301\nAndersson, Pia (vikar) .......... 302",
            ["Hvid Kjær, Bente", "Andersson, Pia"],
        ),
        # a two-word surname only on a line of its own, never "First Surname, First" in running text
        ("Deltog: Jens Hansen, Eva Holt.", ["Jens Hansen", "Eva Holt"]),
    ],
)
def test_nicknames_and_phone_lists(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trades, crews and teams before a name stay outside it
        ("Styrmand Villads Krog meldte klar.", ["Villads Krog"]),
        ("Snickaren Per-Ola Wennerström kommer kl 7.", ["Per-Ola Wennerström"]),
        ("Lagkamraten Hampus Edvardsson gjorde 2-1.", ["Hampus Edvardsson"]),
        # a label's one-word value that is a stop word opening a sentence is no name (an interview transcript)
        ("Reporter: Vad händer nu?\nTil: Hans", ["Hans"]),
        # log and form labels from the name lists are labels
        ("commit 1a2b\nAuthor: Ebbe Thorsen <et@x.example>\nReviewed-by: Lise Wolff", ["Ebbe Thorsen", "Lise Wolff"]),
        # rooms, ships and brands named after people
        ('Vi mødes i mødelokale "Niels Bohr" kl. 10.', []),
        ("Konferensrum Selma Lagerlöf är bokat.", []),
        ("Skibet M/S Peter Wessel anløber kl. 7.", []),
        ("Hej! Tak for din ordre hos Clas Ohlson. Pakken er afsendt.", []),
        ("Hej Lone! Tak for din ordre.", ["Lone"]),
    ],
)
def test_roles_labels_and_named_things(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # word-names: a first name and one or two surnames that are all words, then the surname alone
        ("Vejle: Gry Eng er valgt som formand. Eng kommer fra Fredericia.", ["Gry Eng", "Eng"]),
        ("Skolebestyrelsen: Liv Hede Lyng takker af.", ["Liv Hede Lyng"]),
        ("oncall:\n  - Juni Sjö\n  - team-syd", ["Juni Sjö"]),
        # a first name that is a word, opening a sentence or a clause before an auxiliary or a verb of saying
        ("Tak for i går. Per har glemt sin hue, og Dag skal hente den.", ["Per", "Dag"]),
        ("Barnen sjöng, Saga var lucia.", ["Saga"]),
        # ... but not weather, definite nouns, pronouns, months or place names before a verb
        ("Storm kommer i nat. Gaven kan betales på MobilePay. Alla är välkomna. Maj blev kold.", []),
        ("Hans bil er rød, og hans cykel er blå.", []),
        # a first name written in full before, coordinated with the writer
        ("Cc: Dag Vang <dv@x.dk>\n\nHej Lis\n\nDag og jeg kommer fredag.", ["Dag Vang", "Lis", "Dag"]),
        # the genitive of a first name that is a word, right before a person's relation
        ("Tak til Stigs forældre for saften.", ["Stigs"]),
        ("Stigs gamle bil er solgt.", []),
        # an apostrophe genitive of a first name written in full before
        ("Hans Lyng har været ansat i fem år. Hans’ arbejde har været grundigt.", ["Hans Lyng", "Hans"]),
    ],
)
def test_word_names(finder: FallbackNameFinder, text: str, expected: list[str]) -> None:
    assert names(finder, text) == expected
