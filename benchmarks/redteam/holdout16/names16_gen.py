"""Generated documents of the v16 names hold-out: six layouts per language, two per genre (news: a club's
results and a trade paper's appointments; business: a mail with signature and a CRM export; mixed: a lower-case
group chat and a poll), each drawn DRAWS times from a pool of invented people. Every drawn name is a PERSON span
wherever it stands (full, first name alone, surname alone, lower case); the same strings inside e-mail
addresses and handles, the firm and the street are not."""

from __future__ import annotations

import random

DRAWS = 5

PEOPLE: dict[str, list[str]] = {
    "da": [
        "Asta Kjeldgaard",
        "Villads Holmboe",
        "Nadia Ibsen",
        "Kristoffer Bach",
        "Ulla Tranekær",
        "Emre Kaya",
        "Sigrid Vinther",
        "Oliver Dam",
        "Merete Skou",
        "Johan Riis",
        "Pernille Lund-Madsen",
        "Bilal Mansour",
        "Lykke Agerbæk",
        "Frode Hessellund",
        "Ida Winther",
        "Anders Bay",
    ],
    "sv": [
        "Tyra Lundgren",
        "Hugo Wahlberg",
        "Jasmin Haddad",
        "Anton Sjöberg",
        "Margareta Falk",
        "Ismail Demir",
        "Vera Hellström",
        "Gustav Ek",
        "Kerstin Ahl",
        "Melker Roos",
        "Josefin Berg-Ström",
        "Arvid Nyqvist",
        "Siri Lindblad",
        "Patrik Öst",
        "Nellie Sand",
        "Axel Dahl",
    ],
}
FIRM = {"da": "Kjeldgaard & Bay Revision", "sv": "Ek & Dahl Juristbyrå AB"}
STREET = {"da": "Tove Ditlevsens Vej", "sv": "Selma Lagerlöfs gata"}
DOMAIN = {"da": "kb-revision.dk", "sv": "ekdahl.se"}

Doc = dict[str, object]


class _Text:
    """Text and PERSON spans built piece by piece."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.labels: list[dict[str, object]] = []
        self.length = 0

    def add(self, text: str) -> _Text:
        self.parts.append(text)
        self.length += len(text)
        return self

    def name(self, text: str) -> _Text:
        self.labels.append({"start": self.length, "end": self.length + len(text), "entity": "PERSON"})
        return self.add(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _ascii(name: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "a", "ö": "o", "é": "e", " ": ".", "-": ""})
    return name.lower().translate(table)


def first(p: str) -> str:
    return p.split()[0]


def last(p: str) -> str:
    return p.split()[-1]


def results(rng: random.Random, lang: str, ps: list[str]) -> _Text:
    t = _Text()
    sport = rng.choice(
        ["bordtennis", "badminton", "petanque"] if lang == "da" else ["bordtennis", "badminton", "boule"]
    )
    if lang == "da":
        t.add(f"Klubmesterskab i {sport}\n1. ").name(ps[0]).add(" 2. ").name(ps[1]).add(" 3. ").name(ps[2])
        t.add(".\nFormand ").name(ps[3]).add(" overrakte pokalerne. ").name(last(ps[0]))
        t.add(" vandt finalen 3-1 og takkede ").name(first(ps[1])).add(" for en god kamp.\n")
    else:
        t.add(f"Klubbmästerskap i {sport}\n1. ").name(ps[0]).add(" 2. ").name(ps[1]).add(" 3. ").name(ps[2])
        t.add(".\nOrdförande ").name(ps[3]).add(" delade ut pokalerna. ").name(last(ps[0]))
        t.add(" vann finalen med 3–1 och tackade ").name(first(ps[1])).add(" för en fin match.\n")
    return t


def appointments(rng: random.Random, lang: str, ps: list[str]) -> _Text:
    t = _Text()
    year = rng.randint(2009, 2019)
    if lang == "da":
        t.add("Nyt fra erhvervslivet\n").name(ps[0]).add(f" er ansat som økonomichef i {FIRM[lang]}. ")
        t.add(f"Vedkommende har siden {year} været controller. ").name(last(ps[0])).add(" afløser ").name(ps[1])
        t.add(", der går på pension. Samtidig bliver ").name(ps[2]).add(
            f" partner. Kontoret ligger på {STREET[lang]}.\n"
        )
    else:
        t.add("Nytt i näringslivet\n").name(ps[0]).add(f" blir ekonomichef på {FIRM[lang]}. ")
        t.add(f"Hen har sedan {year} arbetat som controller. ").name(last(ps[0])).add(" efterträder ").name(ps[1])
        t.add(", som går i pension. Samtidigt blir ").name(ps[2]).add(
            f" delägare. Kontoret ligger på {STREET[lang]}.\n"
        )
    return t


def mail(rng: random.Random, lang: str, ps: list[str]) -> _Text:
    t = _Text()
    day = rng.choice(["tirsdag", "onsdag", "torsdag"] if lang == "da" else ["tisdag", "onsdag", "torsdag"])
    sender = ps[2]
    if lang == "da":
        t.add("Hej ").name(first(ps[0])).add("\nTak for snakken. Jeg har talt med ").name(ps[1])
        t.add(f", og vi kan mødes {day} kl. 10. ").name(first(ps[1])).add(" tager årsregnskabet med.\nVenlig hilsen\n")
    else:
        t.add("Hej ").name(first(ps[0])).add("\nTack för samtalet. Jag har pratat med ").name(ps[1])
        t.add(f", och vi kan ses på {day} kl. 10. ").name(first(ps[1])).add(
            " tar med årsredovisningen.\nVänliga hälsningar\n"
        )
    t.name(sender).add(f"\n{FIRM[lang]} · {STREET[lang]} {rng.randint(2, 40)}\n{_ascii(sender)}@{DOMAIN[lang]}\n")
    return t


def crm(rng: random.Random, lang: str, ps: list[str]) -> _Text:
    t = _Text()
    head = "Navn; Rolle; E-mail; Ansvarlig" if lang == "da" else "Namn; Roll; E-post; Ansvarig"
    roles = ["CFO", "indkøb", "IT"] if lang == "da" else ["CFO", "inköp", "IT"]
    t.add(f"Eksport fra CRM, {FIRM[lang]}\n" if lang == "da" else f"Export från CRM, {FIRM[lang]}\n").add(head + "\n")
    for p, role in zip(ps[:3], roles, strict=True):
        t.name(p).add(f"; {role}; {_ascii(p)}@kunde{rng.randint(1, 9)}.{lang if lang == 'da' else 'se'}; ").name(
            first(ps[3])
        )
        t.add("\n")
    return t


def chat(rng: random.Random, lang: str, ps: list[str]) -> _Text:
    t = _Text()
    a, b, c = (first(p).lower() for p in ps[:3])
    if lang == "da":
        t.name(a).add(": hvem tager kage med fredag?\n").name(b).add(
            f": ikke mig, spørg @{a}_{rng.randint(10, 99)}'s bror\n"
        )
        t.name(c).add(": jeg gør det hvis ").name(b).add(" henter kaffe\n").name(a).add(": deal 👍\n")
    else:
        t.name(a).add(": vem tar med fika fredag?\n").name(b).add(
            f": inte jag, fråga @{a}_{rng.randint(10, 99)}s bror\n"
        )
        t.name(c).add(": jag gör det om ").name(b).add(" fixar kaffe\n").name(a).add(": deal 👍\n")
    return t


def poll(rng: random.Random, lang: str, ps: list[str]) -> _Text:
    t = _Text()
    t.add("Afstemning: Hvem skal styre julefrokosten?\n" if lang == "da" else "Omröstning: Vem ska fixa julbordet?\n")
    for p in ps[:4]:
        t.name(p).add(f" – {rng.randint(0, 9)}\n")
    t.add("Oprettet af " if lang == "da" else "Skapad av ").name(first(ps[4]).lower()).add("\n")
    return t


LAYOUTS = {
    "news": (("results", results), ("appointments", appointments)),
    "business": (("mail", mail), ("crm", crm)),
    "mixed": (("chat", chat), ("poll", poll)),
}


def generate(rng: random.Random) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for lang in ("da", "sv"):
        for genre, layouts in LAYOUTS.items():
            for key, layout in layouts:
                for _ in range(DRAWS):
                    ps = rng.sample(PEOPLE[lang], 5)
                    t = layout(rng, lang, ps)
                    docs.append(
                        {
                            "lang": lang,
                            "text": t.text,
                            "labels": t.labels,
                            "family": f"gen-{key}-{lang}",
                            "genre": genre,
                        }
                    )
    return docs
