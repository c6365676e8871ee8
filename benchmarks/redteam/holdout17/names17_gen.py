"""Generated documents of the v17 names hold-out: six layouts per language (a club's results and a birthday
column for ``news``, a mail with a signature and a quote with contact persons for ``business``, a lower-case
group chat and a date poll for ``mixed``), DRAWS draws each, from 16 invented people per language. Every drawn
name is a PERSON span wherever it stands (full, first name alone, surname alone, lower case); the same strings in
e-mail addresses, the firm and the street are not."""

from __future__ import annotations

import random
from collections.abc import Callable

DRAWS = 5

PEOPLE: dict[str, list[str]] = {
    "da": [
        "Asta Mejlvang",
        "Bjarne Sloth",
        "Cecilie Fogh",
        "Dan Hjort",
        "Elna Skytte",
        "Frank Nedergaard",
        "Gry Buus",
        "Holger Stampe",
        "Iben Lykke",
        "Johannes Qvist",
        "Kamilla Refslund",
        "Leon Abildgaard",
        "Merete Guldager",
        "Nikolaj Storgaard",
        "Oda Thygesen",
        "Preben Kirk",
    ],
    "sv": [
        "Alma Hägglund",
        "Bertil Ringström",
        "Cornelia Vik",
        "David Sundin",
        "Ellinor Brandt",
        "Folke Widén",
        "Gunilla Tjäder",
        "Hugo Nordin",
        "Irma Lagerkvist",
        "Jesper Holmlund",
        "Kajsa Rosén",
        "Linus Ekdahl",
        "Matilda Strand",
        "Nils-Erik Boman",
        "Olivia Granath",
        "Pelle Wikman",
    ],
}

FIRMS = {
    "da": [
        ("Jørgensens Maskinfabrik A/S", "jmf.dk"),
        ("Brdr. Kristensen VVS ApS", "brdrk.dk"),
        ("Nordhavn Logistik A/S", "nhlog.dk"),
        ("Skovby Revision", "skovbyrev.dk"),
    ],
    "sv": [
        ("Anderssons Rör AB", "andror.se"),
        ("Bröderna Lindqvist Bygg AB", "brlindqvist.se"),
        ("Norrlands Frakt AB", "nfrakt.se"),
        ("Ekholm Revision AB", "ekholmrev.se"),
    ],
}
STREETS = {
    "da": ["N.J. Fjords Gade", "Chr. Winthers Vej", "Niels Juels Gade", "Dronning Olgas Vej"],
    "sv": ["Gustav Adolfs torg", "Fredrik Bremers gata", "Anders Zorns väg", "Karl Johansgatan"],
}
CLUBS = {
    "da": ["Hedensted Badminton", "Brabrand Petanque", "Lemvig Skytteforening"],
    "sv": ["Vetlanda Bordtennis", "Arvika Bågskytte", "Boden Orientering"],
}

_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "a", "ö": "o", "é": "e"})

Seg = tuple[str, bool]


def _mail(name: str, domain: str) -> str:
    return name.lower().replace(" ", ".").translate(_ASCII) + "@" + domain


def _results(rng: random.Random, lang: str, ps: list[str]) -> list[Seg]:
    club = rng.choice(CLUBS[lang])
    head = f"{club}: {'Resultater fra klubmesterskabet' if lang == 'da' else 'Resultat från klubbmästerskapet'}\n"
    out: list[Seg] = [(head, False)]
    points = sorted(rng.sample(range(40, 100), 4), reverse=True)
    for place, (p, score) in enumerate(zip(ps[:4], points, strict=True), 1):
        out += [(f"{place}. ", False), (p, True), (f", {score} {'point' if lang == 'da' else 'poäng'}\n", False)]
    last = ps[0].split()[-1]
    out += [("Vinderen " if lang == "da" else "Vinnaren ", False), (last, True)]
    out += [
        (" fik pokalen af formand " if lang == "da" else " fick pokalen av ordförande ", False),
        (ps[4], True),
        (".", False),
    ]
    return out


def _birthdays(rng: random.Random, lang: str, ps: list[str]) -> list[Seg]:
    out: list[Seg] = [("Mærkedage\n" if lang == "da" else "Födelsedagar\n", False)]
    for age, p in zip((60, 70, 75, 80), ps[:4], strict=True):
        town = rng.choice(("Vejen", "Bogense", "Hobro") if lang == "da" else ("Tranås", "Sala", "Kalix"))
        out += [(f"{age} år: ", False), (p, True), (f", {town}", False)]
        if age == 70:
            out += [(", gift med ", False), (ps[4].split()[0], True)]
        out.append((".\n", False))
    return [*out[:-1], (".", False)]


def _mail_doc(rng: random.Random, lang: str, ps: list[str]) -> list[Seg]:
    firm, domain = rng.choice(FIRMS[lang])
    street = rng.choice(STREETS[lang])
    a, b, c = ps[0], ps[1], ps[2]
    if lang == "da":
        body = [
            ("Hej ", False),
            (a.split()[0], True),
            ("\n\nSom aftalt med ", False),
            (c, True),
            (
                f" sender jeg tegningerne. Ring til mig, hvis der er spørgsmål, eller skriv til {_mail(c, domain)}.\n\n"
                "Venlig hilsen\n",
                False,
            ),
            (b, True),
            (f"\n{firm}\n{street} {rng.randint(1, 80)}\n{_mail(b, domain)}\n\nPS: Hilsen fra ", False),
            (ps[3].split()[0], True),
            (".", False),
        ]
    else:
        body = [
            ("Hej ", False),
            (a.split()[0], True),
            ("!\n\nSom vi kom överens med ", False),
            (c, True),
            (
                f" skickar jag ritningarna. Ring mig om det är något, eller mejla {_mail(c, domain)}.\n\n"
                "Vänliga hälsningar\n",
                False,
            ),
            (b, True),
            (f"\n{firm}\n{street} {rng.randint(1, 80)}\n{_mail(b, domain)}\n\nPS: Hälsningar från ", False),
            (ps[3].split()[0], True),
            (".", False),
        ]
    return body


def _quote(rng: random.Random, lang: str, ps: list[str]) -> list[Seg]:
    firm, domain = rng.choice(FIRMS[lang])
    no = rng.randint(1000, 9999)
    if lang == "da":
        return [
            (f"TILBUD {no}\n{firm}\nKontaktperson: ", False),
            (ps[0], True),
            (f", {_mail(ps[0], domain)}\nKunde: ", False),
            (ps[1], True),
            ("\nProjektleder: ", False),
            (ps[2], True),
            ("\nGodkendt af ", False),
            (ps[2].split()[-1], True),
            (" og ", False),
            (ps[3], True),
            (".", False),
        ]
    return [
        (f"OFFERT {no}\n{firm}\nKontaktperson: ", False),
        (ps[0], True),
        (f", {_mail(ps[0], domain)}\nKund: ", False),
        (ps[1], True),
        ("\nProjektledare: ", False),
        (ps[2], True),
        ("\nGodkänd av ", False),
        (ps[2].split()[-1], True),
        (" och ", False),
        (ps[3], True),
        (".", False),
    ]


def _chat(rng: random.Random, lang: str, ps: list[str]) -> list[Seg]:
    f = [p.split()[0].lower() for p in ps]
    if lang == "da":
        return [
            (f[0], True),
            (": hvem kører til stævnet lørdag?\n", False),
            (f[1], True),
            (": jeg kan tage ", False),
            (f[2], True),
            (" med\n", False),
            (f[2], True),
            (": super! spørg lige ", False),
            (f[3], True),
            (" om nøglen\n", False),
            (f[0], True),
            (": ", False),
            (f[3], True),
            (" svarer ikke 🙄", False),
        ]
    return [
        (f[0], True),
        (": vem kör till tävlingen lördag?\n", False),
        (f[1], True),
        (": jag kan ta med ", False),
        (f[2], True),
        ("\n", False),
        (f[2], True),
        (": toppen! fråga ", False),
        (f[3], True),
        (" om nyckeln\n", False),
        (f[0], True),
        (": ", False),
        (f[3], True),
        (" svarar inte 🙄", False),
    ]


def _poll(rng: random.Random, lang: str, ps: list[str]) -> list[Seg]:
    day = rng.choice(("tirsdag", "onsdag", "torsdag") if lang == "da" else ("tisdag", "onsdag", "torsdag"))
    out: list[Seg] = [(f"Afstemning: julefrokost {day}?\n" if lang == "da" else f"Omröstning: julbord {day}?\n", False)]
    for p in ps[:4]:
        out += [(p, True), (f": {rng.choice(('ja', 'nej', 'måske' if lang == 'da' else 'kanske'))}\n", False)]
    out += [("Oprettet af " if lang == "da" else "Skapad av ", False), (ps[4], True)]
    return out


Layout = Callable[[random.Random, str, list[str]], list[Seg]]
LAYOUTS: tuple[tuple[str, str, Layout], ...] = (
    ("gen-results", "news", _results),
    ("gen-birthdays", "news", _birthdays),
    ("gen-mail", "business", _mail_doc),
    ("gen-quote", "business", _quote),
    ("gen-chat", "mixed", _chat),
    ("gen-poll", "mixed", _poll),
)


def generate(rng: random.Random) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for lang in ("da", "sv"):
        for family, genre, layout in LAYOUTS:
            for _ in range(DRAWS):
                ps = rng.sample(PEOPLE[lang], 5)
                text, labels, pos = [], [], 0
                for piece, person in layout(rng, lang, ps):
                    if person:
                        labels.append({"start": pos, "end": pos + len(piece), "entity": "PERSON"})
                    text.append(piece)
                    pos += len(piece)
                docs.append(
                    {
                        "lang": lang,
                        "text": "".join(text),
                        "labels": labels,
                        "family": f"{family}-{lang}",
                        "genre": genre,
                    }
                )
    return docs
