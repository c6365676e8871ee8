"""Generated documents of the v14 names hold-out: six layouts per language, two per genre, ``DRAWS`` draws each.

news: a running-race result list (clubs and a race named after people) and a "round birthdays" column (addresses
on streets named after people); business: a forwarded mail thread with signatures and e-mail addresses, and an
invoice with contact persons from a firm named after people; mixed: a car-pool sign-up chat with lower-case
names and a cake rota with first names alone. Every drawn name is PERSON wherever it stands (also lower case, also
a surname or a first name alone); the same words inside e-mail addresses, firm, race and street names are not.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable

from benchmarks.redteam.holdout14.cats14_markup import render

DRAWS = 7

# 24 invented people per language; many surnames and some first names are also words or firm names.
PEOPLE: dict[str, tuple[str, ...]] = {
    "da": (
        "Karla Storm",
        "Vagn Ravn",
        "Lykke Falk",
        "Bo Vinter",
        "Sol Bonde",
        "Glen Sommer",
        "Ask Hjort",
        "Vita Glad",
        "Signe Ulv",
        "Jens Kragh",
        "Mette Hav",
        "Aage Lund",
        "Malte Bjerg",
        "Liv Engel",
        "Nanna Skov",
        "Kaj Sten",
        "Trine Mark",
        "Uffe Fugl",
        "Alberte Dal",
        "Bjørn Holm",
        "Dagny Lerche",
        "Ebbe Flint",
        "Frode Kure",
        "Hjørdis Nygaard",
    ),
    "sv": (
        "Lo Björk",
        "Dag Lind",
        "Tor Sten",
        "Ros-Marie Berg",
        "Vilgot Strand",
        "Siv Vinter",
        "Stellan Falk",
        "Ylva Ros",
        "Bo Ek",
        "Sol Hägg",
        "Gert Sjö",
        "Astrid Kvist",
        "Ingvar Holm",
        "Maj Dahl",
        "Folke Ström",
        "Signe Rask",
        "Ulf Lax",
        "Greta Blom",
        "Algot Moberg",
        "Tuva Nord",
        "Elof Fors",
        "Berit Malm",
        "Joar Hed",
        "Saga Lilja",
    ),
}

FIRM = {"da": "Falk & Ravn Advokater", "sv": "Lind & Björk Advokatbyrå"}


def _ascii(name: str) -> str:
    name = name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _mail(person: str, domain: str) -> str:
    first, last = person.split()
    return f"{_ascii(first)}.{_ascii(last)}@{domain}"


def race(rng: random.Random, lang: str, ps: list[str]) -> str:
    head = {
        "da": "RESULTATER – Ravnsholt Løbet 10 km (Ravnsholt Skov)\nArrangør: Falk Motion\n",
        "sv": "RESULTAT – Björkloppet 10 km (Björkliden)\nArrangör: Lind IF\n",
    }[lang]
    clubs = {
        "da": ("Storm Løb", "Holte IF", "Sparta", "Aage Lunds Venner"),
        "sv": ("Sten IK", "Hässelby SK", "Spårvägen", "Dag Linds Vänner"),
    }[lang]
    rows = []
    t = 36 * 60
    for i, p in enumerate(ps, 1):
        t += rng.randint(5, 90)
        rows.append(f"{i}. ⟦{p}⟧, {rng.choice(clubs)}, {t // 60}:{t % 60:02d}")
    tail = {"da": "Præmierne blev overrakt af løbslederen.", "sv": "Priserna delades ut av tävlingsledaren."}[lang]
    return head + "\n".join(rows) + "\n" + tail


def birthdays(rng: random.Random, lang: str, ps: list[str]) -> str:
    streets = {
        "da": ("Kaj Sten Vej", "Storms Allé", "Ravnsvej", "Bondes Gade", "Karla Falks Plads", "Holms Have"),
        "sv": ("Tor Stens väg", "Björkgatan", "Dag Linds gata", "Strandvägen", "Falks torg", "Holmvägen"),
    }[lang]
    head = {"da": "Runde fødselsdage i denne uge\n", "sv": "Jämna födelsedagar den här veckan\n"}[lang]
    word = {"da": "år", "sv": "år"}[lang]
    rows = []
    for p in ps:
        age = rng.choice((50, 60, 70, 75, 80, 85, 90))
        street = rng.choice(streets)
        rows.append(f"{age} {word}: ⟦{p}⟧, {street} {rng.randint(1, 40)}")
    last = ps[-1].split()[-1]
    rows.append(
        {
            "da": f"Tillykke til alle, også til ⟦{last}⟧ fra redaktionen.",
            "sv": f"Grattis alla, också till ⟦{last}⟧ på redaktionen.",
        }[lang]
    )
    return head + "\n".join(rows)


def thread(rng: random.Random, lang: str, ps: list[str]) -> str:
    a, b, c, d = ps[:4]
    dom = {"da": "falkravn.dk", "sv": "lindbjork.se"}[lang]
    firm = FIRM[lang]
    if lang == "da":
        return (
            f"Videresendt besked\nHej ⟦{c.split()[0]}⟧ – kan du svare ⟦{a.split()[0]}⟧? Jeg er på ferie.\n"
            f"⟦{b}⟧\n---\nFra: ⟦{a}⟧ <{_mail(a, dom)}>\nEmne: Sag 2024-{rng.randint(100, 999)}\n"
            f"Kære ⟦{b}⟧\nVi har talt med ⟦{d}⟧ om sagen. Sender du kontrakten?\n"
            f"Venlig hilsen\n⟦{a}⟧, advokatfuldmægtig\n{firm} | {_mail(a, dom)}"
        )
    return (
        f"Vidarebefordrat meddelande\nHej ⟦{c.split()[0]}⟧ – kan du svara ⟦{a.split()[0]}⟧? Jag har semester.\n"
        f"⟦{b}⟧\n---\nFrån: ⟦{a}⟧ <{_mail(a, dom)}>\nÄmne: Ärende 2024-{rng.randint(100, 999)}\n"
        f"Hej ⟦{b}⟧!\nVi har pratat med ⟦{d}⟧ om ärendet. Skickar du avtalet?\n"
        f"Med vänlig hälsning\n⟦{a}⟧, biträdande jurist\n{firm} | {_mail(a, dom)}"
    )


def invoice(rng: random.Random, lang: str, ps: list[str]) -> str:
    a, b, c, d, e = ps[:5]
    n = rng.randint(10000, 99999)
    if lang == "da":
        return (
            f"FAKTURA nr. {n}\nLeverandør: Vinter & Søn VVS ApS, Sten Blichers Vej 3\nKontaktperson: ⟦{a}⟧\n"
            f"Kunde: Bjerg Ejendomme A/S, att. ⟦{b}⟧\nArbejde udført af ⟦{c}⟧ og ⟦{d}⟧\n"
            f"Godkendt af ⟦{e.split()[-1]}⟧ (driftsleder)\nBetaling: 30 dage netto. Spørgsmål: {_mail(a, 'vintervvs.dk')}"
        )
    return (
        f"FAKTURA nr {n}\nLeverantör: Vinter & Söner Rör AB, Pär Lagerkvists väg 3\nKontaktperson: ⟦{a}⟧\n"
        f"Kund: Bergs Fastigheter AB, att. ⟦{b}⟧\nArbete utfört av ⟦{c}⟧ och ⟦{d}⟧\n"
        f"Attesterad av ⟦{e.split()[-1]}⟧ (driftchef)\nBetalning: 30 dagar netto. Frågor: {_mail(a, 'vinterror.se')}"
    )


def carpool(rng: random.Random, lang: str, ps: list[str]) -> str:
    lines = [
        {"da": "Samkørsel til firmaets sommerfest, skriv dig på:", "sv": "Samåkning till sommarfesten, skriv upp dig:"}[
            lang
        ]
    ]
    seats = {"da": "pladser", "sv": "platser"}[lang]
    drive, ride = {"da": ("jeg kører", "vil gerne med"), "sv": ("jag kör", "vill gärna åka med")}[lang]
    for i, p in enumerate(ps):
        if i % 2:  # chat names in lower case, first name only
            lines.append(f"⟦{p.split()[0].lower()}⟧: {drive}, {rng.randint(2, 4)} {seats}")
        else:
            lines.append(f"⟦{p}⟧: {ride}")
    return "\n".join(lines)


def cakes(rng: random.Random, lang: str, ps: list[str]) -> str:
    weeks = rng.sample(range(2, 50), len(ps))
    head = {"da": "KAGEORDNING – Økonomi, efterår", "sv": "FIKALISTA – Ekonomi, hösten"}[lang]
    word = {"da": "Uge", "sv": "Vecka"}[lang]
    rows = [f"{word} {w}: ⟦{p.split()[0]}⟧" for w, p in sorted(zip(weeks, ps, strict=True))]
    end = {"da": "Bytter du, så sig det til ⟦{x}⟧.", "sv": "Byter du, säg till ⟦{x}⟧."}[lang].format(x=ps[0])
    return head + "\n" + "\n".join(rows) + "\n" + end


LAYOUTS: tuple[tuple[str, str, Callable[[random.Random, str, list[str]], str], int], ...] = (
    ("race", "news", race, 7),
    ("birthdays", "news", birthdays, 6),
    ("thread", "business", thread, 4),
    ("invoice", "business", invoice, 5),
    ("carpool", "mixed", carpool, 7),
    ("cakes", "mixed", cakes, 7),
)


def generate(rng: random.Random) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for lang in ("da", "sv"):
        for layout, genre, make, k in LAYOUTS:
            for _ in range(DRAWS):
                people = rng.sample(PEOPLE[lang], k)
                text, labels = render(make(rng, lang, people))
                docs.append(
                    {"lang": lang, "text": text, "labels": labels, "family": f"gen-{layout}-{lang}", "genre": genre}
                )
    return docs
