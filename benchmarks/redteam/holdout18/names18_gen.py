"""Generated documents of the v18 names hold-out: six layouts per language (a new-staff notice and a club
column for ``news``, a mail thread with display names, a quoted reply and a signature, and meeting minutes with
initials for ``business``, a Teams chat with @mentions in lower case and a shift-swap SMS thread for ``mixed``),
DRAWS draws each, from 16 invented people per language of Nordic, Polish, Ukrainian, Arab, Somali, German,
English and Turkish origin. Every drawn name is a PERSON span wherever it stands (full, first name alone,
surname alone, lower case, after an "@" in a mention); the same strings in e-mail addresses, initials alone, the
firm and the street are not."""

from __future__ import annotations

import random
from collections.abc import Callable

DRAWS = 5

PEOPLE: dict[str, list[str]] = {
    "da": [
        "Birgitte Vinding",
        "Rasmus Kjærgaard",
        "Magdalena Nowicka",
        "Taras Hnatiuk",
        "Layla Haddad",
        "Abdirahman Yusuf",
        "Jonas Steen-Møller",
        "Dorte Ibsen",
        "Klaus Wendt",
        "Emily Carter",
        "Mehmet Aydin",
        "Signe Bach Rolsted",
        "Anton de Neergaard",
        "Nanna Kirk",
        "Hussein Jaber",
        "Vibeke Lund",
    ],
    "sv": [
        "Maria Lövgren",
        "Anders Hjelm",
        "Agnieszka Kruk",
        "Oleh Savchenko",
        "Rania Khalil",
        "Mohamed Farah Ali",
        "Johan Berg-Strand",
        "Britt Isaksson",
        "Jürgen Bauer",
        "Sarah Collins",
        "Elif Kaya",
        "Ebba Wallin Hed",
        "Carl von Post",
        "Tove Sandin",
        "Karim Mansour",
        "Linnéa Ström",
    ],
}

FIRMS = {
    "da": ["Kjærgaards Maskinfabrik A/S", "Vinding & Lund ApS", "Ibsens Gartneri"],
    "sv": ["Hjelms Mekaniska AB", "Ström & Berg Konsult AB", "Isakssons Trädgård"],
}
STREETS = {
    "da": ["H.C. Andersens Boulevard", "Jens Baggesens Vej", "Niels Juels Gade"],
    "sv": ["Sveavägen", "Olof Palmes gata", "Selma Lagerlöfs väg"],
}

Seg = tuple[str, bool]
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "a", "ö": "o", "é": "e", "ü": "u", "ł": "l"})


def _mail(name: str, domain: str) -> str:
    return name.lower().replace(" ", ".").translate(_ASCII) + "@" + domain


def _first(name: str) -> str:
    return name.split()[0]


def _last(name: str) -> str:
    return name.split()[-1]


def _staff(rng: random.Random, lang: str, ps: list[str]) -> list[Seg]:
    firm = rng.choice(FIRMS[lang])
    if lang == "da":
        return [
            (f"Nyt fra {firm}\n", False),
            (ps[0], True),
            (" starter som værkfører 1. marts og afløser ", False),
            (ps[1], True),
            (", der går på pension. ", False),
            (_last(ps[0]), True),
            (" kommer fra en stilling i Esbjerg. Samtidig starter ", False),
            (ps[2], True),
            (" og ", False),
            (ps[3], True),
            (" på lageret. Tag godt imod dem! Hilsen ", False),
            (ps[4], True),
            (", HR", False),
        ]
    return [
        (f"Nytt från {firm}\n", False),
        (ps[0], True),
        (" börjar som arbetsledare 1 mars och efterträder ", False),
        (ps[1], True),
        (", som går i pension. ", False),
        (_last(ps[0]), True),
        (" kommer från en tjänst i Gävle. Samtidigt börjar ", False),
        (ps[2], True),
        (" och ", False),
        (ps[3], True),
        (" på lagret. Ta väl emot dem! Hälsningar ", False),
        (ps[4], True),
        (", HR", False),
    ]


def _club(rng: random.Random, lang: str, ps: list[str]) -> list[Seg]:
    pts = rng.sample(range(12, 40), 3)
    if lang == "da":
        return [
            ("Klubnyt, bowling\n", False),
            (f"Ugens bedste serie: {pts[0] * 7} point til ", False),
            (ps[0], True),
            (". På andenpladsen kom ", False),
            (ps[1], True),
            (" foran ", False),
            (_first(ps[2]), True),
            (". Tillykke til ", False),
            (ps[3], True),
            (" med 25 år i klubben, og tak til ", False),
            (_first(ps[4]), True),
            (" for kagen.", False),
        ]
    return [
        ("Klubbnytt, bowling\n", False),
        (f"Veckans bästa serie: {pts[0] * 7} poäng till ", False),
        (ps[0], True),
        (". På andra plats kom ", False),
        (ps[1], True),
        (" före ", False),
        (_first(ps[2]), True),
        (". Grattis till ", False),
        (ps[3], True),
        (" med 25 år i klubben, och tack till ", False),
        (_first(ps[4]), True),
        (" för fikat.", False),
    ]


def _thread(rng: random.Random, lang: str, ps: list[str]) -> list[Seg]:
    firm = rng.choice(FIRMS[lang])
    domain = "kunde.dk" if lang == "da" else "kund.se"
    street = rng.choice(STREETS[lang])
    if lang == "da":
        hi, thanks, wrote, regards = "Hej ", ", tak for svaret. Jeg sender papirerne til ", " skrev ", "Venlig hilsen\n"
        subject = "Sv: levering"
    else:
        hi, thanks, wrote, regards = (
            "Hej ",
            ", tack för svaret. Jag skickar papperen till ",
            " skrev ",
            "Vänliga hälsningar\n",
        )
        subject = "Sv: leverans"
    return [
        (f"{subject}\n\n{hi}", False),
        (_first(ps[0]), True),
        (thanks, False),
        (ps[2], True),
        (" i dag.\n\n" + regards, False),
        (ps[1], True),
        (f"\n{firm}, {street} {rng.randint(2, 90)}\n{_mail(ps[1], domain)}\n\n> {rng.randint(2, 27)}/11{wrote}", False),
        (ps[0], True),
        (f" <{_mail(ps[0], 'leverandor.eu')}>:\n> {hi}", False),
        (_first(ps[1]), True),
        ("! " + ("Spørg " if lang == "da" else "Fråga ") + "", False),
        (_first(ps[3]), True),
        (" " + ("om datoen. /" if lang == "da" else "om datumet. /"), False),
        (_first(ps[0]), True),
    ]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())


def _minutes(rng: random.Random, lang: str, ps: list[str]) -> list[Seg]:
    if lang == "da":
        head, present, absent, item, ref = (
            "Referat, samarbejdsudvalg\n",
            "Til stede: ",
            "\nAfbud: ",
            "\n1. Kantine: ",
            "\nRef.: ",
        )
        verb = " undersøger priser."
    else:
        head, present, absent, item, ref = (
            "Protokoll, samverkansgrupp\n",
            "Närvarande: ",
            "\nFrånvarande: ",
            "\n§ 1 Personalmatsal: ",
            "\nSekreterare: ",
        )
        verb = " tar in priser."
    out: list[Seg] = [(head + present, False)]
    for i, p in enumerate(ps[:3]):
        out += [(p, True), (f" ({_initials(p)})" + (", " if i < 2 else ""), False)]
    out += [(absent, False), (ps[3], True), (item, False), (_initials(ps[0]) + verb + " ", False)]
    out += [(_first(ps[4]), True), (" " + ("hjælper." if lang == "da" else "hjälper till."), False)]
    out += [(ref + _initials(ps[1]), False)]
    return out


def _teams(rng: random.Random, lang: str, ps: list[str]) -> list[Seg]:
    a, b, c = (_first(p).lower() for p in ps[:3])
    if lang == "da":
        q, yes, thx = ": hvem tager vagten lørdag?\n", ": ", " kan du?\n"
        ok = ": ja det gør jeg 👍\n"
        end = ": super, tak "
    else:
        q, yes, thx = ": vem tar passet på lördag?\n", ": ", " kan du?\n"
        ok = ": ja det gör jag 👍\n"
        end = ": toppen, tack "
    return [
        (a, True),
        (q, False),
        (ps[1], True),
        (yes + "@", False),
        (ps[2], True),
        (thx, False),
        (c, True),
        (ok, False),
        (a, True),
        (end, False),
        (c, True),
        (" og " if lang == "da" else " och ", False),
        (b, True),
        ("! cc @", False),
        (ps[3], True),
    ]


def _shiftswap(rng: random.Random, lang: str, ps: list[str]) -> list[Seg]:
    t = rng.choice(["7.15", "7.30", "7.45"])
    if lang == "da":
        lines = [
            f"kan nogen bytte vagt lørdag kl {t}? ",
            " og ",
            " har fri\n",
            ": kan ",
            " ikke tage den?\n",
            ": jo hvis ",
            " tager min søndag\n",
        ]
    else:
        lines = [
            f"kan nån byta pass lördag kl {t}? ",
            " och ",
            " är lediga\n",
            ": kan inte ",
            " ta det?\n",
            ": jo om ",
            " tar mitt på söndag\n",
        ]
    return [
        (_first(ps[0]).lower(), True),
        (": " + lines[0], False),
        (_first(ps[1]).lower(), True),
        (lines[1], False),
        (_first(ps[2]).lower(), True),
        (lines[2], False),
        (_first(ps[3]).lower(), True),
        (lines[3], False),
        (_first(ps[4]), True),
        (lines[4], False),
        (_first(ps[0]).lower(), True),
        (lines[5], False),
        (_first(ps[1]).lower(), True),
        (lines[6].rstrip("\n"), False),
    ]


Layout = Callable[[random.Random, str, list[str]], list[Seg]]
LAYOUTS: tuple[tuple[str, str, Layout], ...] = (
    ("gen-staff", "news", _staff),
    ("gen-club", "news", _club),
    ("gen-thread", "business", _thread),
    ("gen-minutes", "business", _minutes),
    ("gen-teams", "mixed", _teams),
    ("gen-shiftswap", "mixed", _shiftswap),
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
