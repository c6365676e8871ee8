"""Generated documents of the v13 names hold-out: six layouts per language, ``DRAWS`` draws each, 4-6 people per
document from a pool of 24 invented people per language (many origins; several names are also words: Storm, Sol,
Ravn, Falk, Lykke, Vinter, Björk, Ros, Sten, Lo, Dag). Layouts: a dog-show result list with dogs that carry
people's names (``news``), a bridge pairs result (``news``), a conference programme with firms named after people
(``business``), works-council minutes with a surname repeated alone (``business``), a ``;`` Doodle export with
some names in lower case (``mixed``) and a git log with lower-case authors and @handles (``mixed``).
PERSON spans are recorded while the text is assembled."""

from __future__ import annotations

import random
from collections.abc import Callable

DRAWS = 7
Part = tuple[str, bool]  # (text, is a PERSON span)

PEOPLE = {
    "da": (
        "Anders Storm",
        "Lykke Bach",
        "Sol Mikkelsen",
        "Jesper Ravn",
        "Hanne Falk",
        "Mads Vinter",
        "Amina Yusuf",
        "Karim Haddad",
        "Ngozi Okafor",
        "Mehmet Arslan",
        "Olena Bondarenko",
        "Piotr Zieliński",
        "Thuy Tran",
        "Rajesh Iyer",
        "Birk Sommer",
        "Ellen Glad",
        "Ida Brun",
        "Sune de Place",
        "Gry Holm-Winther",
        "Tenna Lund",
        "Ulrik Bonde",
        "Svend Aage Krog",
        "Fatima Zahra Amrani",
        "Niels Ask",
    ),
    "sv": (
        "Anna Björk",
        "Dag Lindström",
        "Lo Ekberg",
        "Sten Ros",
        "Maja Falk",
        "Tor Vinter",
        "Hodan Abdi",
        "Samir Khoury",
        "Chiamaka Eze",
        "Emre Doğan",
        "Iryna Kovalenko",
        "Tomasz Wójcik",
        "Linh Pham",
        "Anand Krishnan",
        "Ebbe Sommar",
        "Rut Glad",
        "Ylva Brun",
        "Carl-Johan af Sillén",
        "Pia Storm-Lindqvist",
        "Siri Lund",
        "Hugo Bonde",
        "Per-Erik Krook",
        "Nadia El Amrani",
        "Olle Ask",
    ),
}

DOGS = {
    "da": ("Bella", "Storm", "Sixten", "Frida", "Kaptajn", "Ronja", "Oskar", "Molly", "Bamse", "Luna"),
    "sv": ("Bella", "Storm", "Sixten", "Frida", "Kapten", "Ronja", "Oskar", "Molly", "Bamse", "Sigge"),
}
FIRMS = {
    "da": ("Ole Kirk Holding", "Niels Brock", "Jensens Bøfhus", "Carl Hansen & Søn", "Bang & Olufsen", "Arla"),
    "sv": ("Clas Ohlson", "Anderssons Färg", "Max Hamburgare", "Nilson Group", "Axel Johnson", "Atlas Copco"),
}
ANSWERS = ("ja", "nej")
WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "da": {
        "show": ("Hundeskue i Vejen – resultater", "fører", "Dommer", "Storm og regn prægede dagen."),
        "pairs": ("Bridge, Kolding Bridgeklub – mandag", "Næste spilleaften", "Sol og varme i pausen."),
        "prog": ("Program – Logistikdag i Vejle", "Velkomst", "Panel", "Frokost i Salen H.C. Ørsted."),
        "minutes": ("Referat – samarbejdsudvalget", "Til stede", "Afbud", "Referent", "Punkt 2: ny kantine."),
        "doodle": ('Doodle: "Sommerfest"', "Navn; 6/6; 13/6; 20/6"),
        "git": ('git log – repo "vagtplan"', "ret fejl i", "Reviewet af", "Lykke til med releasen!"),
    },
    "sv": {
        "show": ("Hundutställning i Mora – resultat", "förare", "Domare", "Sten och grus på banan."),
        "pairs": ("Bridge, Visby Bridgeklubb – måndag", "Nästa spelkväll", "Sol och värme i pausen."),
        "prog": ("Program – Logistikdagen i Borås", "Välkommen", "Panel", "Lunch i Polhemssalen."),
        "minutes": ("Protokoll – samverkansgruppen", "Närvarande", "Förhinder", "Sekreterare", "§ 2: ny matsal."),
        "doodle": ('Doodle: "Sommarfest"', "Namn; 6/6; 13/6; 20/6"),
        "git": ('git log – repo "schema"', "fixa fel i", "Granskat av", "Lo och Dag i LO-klubben tackar."),
    },
}


def _surname(name: str) -> str:
    return name.split()[-1]


def _handle(name: str) -> str:
    return "@" + ".".join(name.lower().replace("-", "").split())


def _show(rng: random.Random, lang: str, people: list[str]) -> list[Part]:
    title, handler, judge, tail = WORDS[lang]["show"]
    dogs = rng.sample(DOGS[lang], len(people) - 1)
    parts: list[Part] = [(title + "\n", False)]
    for i, (dog, who) in enumerate(zip(dogs, people[1:], strict=True), 1):
        parts += [(f'{i}. "{dog}", {handler} ', False), (who, True), ("\n", False)]
    parts += [(f"{judge}: ", False), (people[0], True), (f". {tail}", False)]
    return parts


def _pairs(rng: random.Random, lang: str, people: list[str]) -> list[Part]:
    title, nxt, tail = WORDS[lang]["pairs"]
    parts: list[Part] = [(title + "\n", False)]
    ranked = people[: len(people) // 2 * 2]
    for i in range(0, len(ranked), 2):
        score = f"{rng.randint(520, 640) / 10:.1f}".replace(".", ",")
        parts += [(f"{i // 2 + 1}. ", False), (ranked[i], True), (" / ", False), (ranked[i + 1], True)]
        parts += [(f" {score} %\n", False)]
    parts += [(f"{nxt}: 14/{rng.randint(1, 12)}. {tail}", False)]
    return parts


def _prog(rng: random.Random, lang: str, people: list[str]) -> list[Part]:
    title, welcome, panel, tail = WORDS[lang]["prog"]
    firms = rng.sample(FIRMS[lang], len(people))
    parts: list[Part] = [(title + "\n", False), (f"09.00 {welcome}: ", False), (people[0], True)]
    parts += [(f", {firms[0]}\n", False)]
    for i, who in enumerate(people[1:-2], 1):
        parts += [(f"{9 + i}.30 ", False), (who, True), (f" ({firms[i]})\n", False)]
    parts += [(f"13.00 {panel}: ", False), (people[-2], True), (" & ", False), (people[-1], True)]
    parts += [(f"\n{tail}", False)]
    return parts


def _minutes(rng: random.Random, lang: str, people: list[str]) -> list[Part]:
    title, present, absent, clerk, tail = WORDS[lang]["minutes"]
    parts: list[Part] = [(f"{title} {rng.randint(2, 28)}/{rng.randint(1, 12)}\n{present}: ", False)]
    for i, who in enumerate(people[:-1]):
        parts += [(", " if i else "", False), (who, True)]
    parts += [(f"\n{absent}: ", False), (people[-1], True), (f"\n{tail} {clerk}: ", False)]
    parts += [(_surname(people[1]), True), (".", False)]
    return parts


def _doodle(rng: random.Random, lang: str, people: list[str]) -> list[Part]:
    title, header = WORDS[lang]["doodle"]
    parts: list[Part] = [(f"{title}\n{header}\n", False)]
    for i, who in enumerate(people):
        shown = who.lower() if i % 3 == 2 else who
        row = "; ".join(rng.choice(ANSWERS) for _ in range(3))
        parts += [(shown, True), (f"; {row}\n", False)]
    return [*parts[:-1], (parts[-1][0].rstrip("\n"), False)]


def _git(rng: random.Random, lang: str, people: list[str]) -> list[Part]:
    title, fix, review, tail = WORDS[lang]["git"]
    parts: list[Part] = [(title + "\n", False)]
    for i, who in enumerate(people[:-1]):
        sha = f"{rng.getrandbits(28):07x}"
        shown = who.lower() if i == 1 else who
        parts += [
            (f"{sha} ", False),
            (shown, True),
            (f": {fix} modul {rng.randint(2, 40)} (cc {_handle(who)})\n", False),
        ]
    parts += [(f"{review} ", False), (people[-1], True), (f". {tail}", False)]
    return parts


LAYOUTS: dict[str, tuple[str, Callable[[random.Random, str, list[str]], list[Part]]]] = {
    "show": ("news", _show),
    "pairs": ("news", _pairs),
    "prog": ("business", _prog),
    "minutes": ("business", _minutes),
    "doodle": ("mixed", _doodle),
    "git": ("mixed", _git),
}


def _render(parts: list[Part]) -> tuple[str, list[dict[str, object]]]:
    text, labels, pos = [], [], 0
    for chunk, person in parts:
        if person:
            labels.append({"start": pos, "end": pos + len(chunk), "entity": "PERSON"})
        text.append(chunk)
        pos += len(chunk)
    return "".join(text), labels


def generate(rng: random.Random) -> list[dict[str, object]]:
    """``DRAWS`` documents per layout and language, each with 4-6 people of the language's pool."""
    docs: list[dict[str, object]] = []
    for lang in ("da", "sv"):
        for name, (genre, layout) in LAYOUTS.items():
            for _ in range(DRAWS):
                people = rng.sample(PEOPLE[lang], rng.randint(4, 6))
                text, labels = _render(layout(rng, lang, people))
                docs.append(
                    {"lang": lang, "text": text, "labels": labels, "family": f"gen-{name}-{lang}", "genre": genre}
                )
    return docs
