"""Generated documents of the v12 names hold-out: six layouts per language, ``DRAWS`` each, two per genre (news: a
council vote and a race result list; business: an offer letter and a meeting invitation; mixed: a tab-separated shift
rota and a lower-case group chat). Each draws 4-6 people of many origins from the language's pool of 24, some with
names that are also words; look-alikes (firms, streets, halls named after people) stay unlabelled."""

from __future__ import annotations

import random
from collections.abc import Callable

DRAWS = 7
Doc = dict[str, object]
Part = str | tuple[str]  # a plain string, or (name,) for a PERSON span

POOL = {
    "da": (
        "Ask Frydendahl, Liv Mørup, Sol Kragh, Bjørn Ulv, Lærke Due, Storm Ravn, Yasmin Qadir, Oleksiy Hrytsenko, "
        "Hjørdis Bonde, Søren Kierulff, Nuka Lynge, Rógvi Højgaard, Ingrid Skou-Larsen, Mustafa Öztürk, "
        "Agnieszka Wrona, Kim Vinter, Hoa Thi Dao, Tenzin Dorje, Karoline af Rosenborg, Emeka Okafor, "
        "Mads Mark, Bodil Hald Rømer, Eik Sommer, Hira Baig"
    ).split(", "),
    "sv": (
        "Stig Örn, Björk Lindahl, Ros Alm, Sten Falk, Ylva Svan, Tor Ek, Rut Strand, Leyla Demir, Oksana Melnyk, "
        "Henrik Blom, Märit Kuhmunen, Aapo Niemi, Cecilia Ehrenkrona, Mehmet Acar, Wiktoria Kowal, Lo Vinter, "
        "Thu Nguyen, Karma Lhamo, Axel von Dardel, Chidi Eze, Ebbe Berg, Signe Alm Lyth, Ask Sommar, Sana Malik"
    ).split(", "),
}
PARTIES = {"da": ["S", "V", "SF", "K", "Ø", "LA", "M"], "sv": ["S", "M", "C", "V", "L", "KD", "MP"]}
TOWNS = {
    "da": "Skive Haderslev Ringsted Thisted Nakskov Hillerød".split(),
    "sv": "Ludvika Mjölby Sala Arvika Härnösand Ystad".split(),
}


def _first(name: str) -> str:
    return name.split()[0]


def _last(name: str) -> str:
    return name.split()[-1]


def _render(parts: list[Part]) -> tuple[str, list[dict[str, object]]]:
    text, labels = "", []
    for part in parts:
        if isinstance(part, tuple):
            labels.append({"start": len(text), "end": len(text) + len(part[0]), "entity": "PERSON"})
            text += part[0]
        else:
            text += part
    return text, labels


def _council(rng: random.Random, lang: str, ppl: list[str]) -> list[Part]:
    town = rng.choice(TOWNS[lang])
    a, b, c, d = ppl[:4]
    pa, pb, pc = rng.sample(PARTIES[lang], 3)
    if lang == "da":
        return [
            f"{town} Byråd vedtog i aftes at lukke Niels Juels Skole. ",
            (a,),
            f" ({pa}) og ",
            (b,),
            f" ({pb}) stemte imod. Borgmester ",
            (c,),
            f" ({pc}) kaldte det ",
            '"nødvendigt". Skoleleder ',
            (d,),
            " oplyser, at eleverne flytter til ",
            (_last(c) + "s",),
            " gamle skole, H.C. Andersen Skolen, til august.",
        ]
    return [
        f"Kommunfullmäktige i {town} beslutade i går att stänga Tegnérskolan. ",
        (a,),
        f" ({pa}) och ",
        (b,),
        f" ({pb}) reserverade sig. Kommunalrådet ",
        (c,),
        f" ({pc}) kallade det ",
        '"nödvändigt". Rektorn ',
        (d,),
        " säger att eleverna flyttar till Selma Lagerlöfskolan. ",
        (_first(a),),
        " lovar att ta upp frågan igen.",
    ]


def _race(rng: random.Random, lang: str, ppl: list[str]) -> list[Part]:
    town = rng.choice(TOWNS[lang])
    head = f"Resultater, {town} Halvmaraton" if lang == "da" else f"Resultat, {town} Stadslopp"
    parts: list[Part] = [head + "\n"]
    minutes = sorted(rng.sample(range(68, 99), 4))
    clubs = ["IF", "AK", "Løb", "Motion"] if lang == "da" else ["IF", "FK", "Löp", "SOK"]
    for place, (name, m) in enumerate(zip(ppl[:4], minutes, strict=True), 1):
        parts += [f"{place}. ", (name,), f", {town} {rng.choice(clubs)}, 1:{m - 60:02d}:{rng.randint(10, 59)}\n"]
    winner = ppl[0]
    if lang == "da":
        parts += ['"Jeg havde kræfterne til sidst," sagde ', (_first(winner),), " efter målgang ved Sparekassen Arena."]
    else:
        parts += ['"Jag hade krafter kvar på slutet," sa ', (_first(winner),), " vid målet på Gunder Häggs bana."]
    return parts


def _offer(rng: random.Random, lang: str, ppl: list[str]) -> list[Part]:
    a, b, c, d = ppl[:4]
    n = rng.randint(100, 999)
    if lang == "da":
        return [
            f"Tilbud nr. {n}\nAtt.: ",
            (a,),
            "\nKære ",
            (_first(a),),
            "\nTak for en god snak i tirsdags. ",
            "Vi kan levere de nye skranker i uge ",
            str(rng.randint(20, 40)),
            ". Montagen ledes af ",
            (b,),
            ", og ",
            (c,),
            " fra vores tegnestue laver tegningerne.\nMed venlig hilsen\n",
            (d,),
            "\nSalgschef, Kjærgaards Inventar A/S",
        ]
    return [
        f"Offert nr {n}\nTill: ",
        (a,),
        "\nHej ",
        (_first(a),),
        "!\nTack för samtalet i tisdags. ",
        "Vi kan leverera de nya diskarna vecka ",
        str(rng.randint(20, 40)),
        ". Monteringen leds av ",
        (b,),
        " och ",
        (c,),
        " på ritkontoret gör ritningarna.\nVänliga hälsningar\n",
        (d,),
        "\nFörsäljningschef, Bröderna Anderssons Inredning AB",
    ]


def _meeting(rng: random.Random, lang: str, ppl: list[str]) -> list[Part]:
    a, b, c, d, e, f = ppl[:6]
    if lang == "da":
        room = rng.choice(['"Karen Blixen"', '"Tycho"', '"Ørsted"'])
        return [
            "Mødeindkaldelse: Kvartalsmøde\nOrganisator: ",
            (a,),
            f"\nLokale: {room}, 3. sal\nDeltagere: ",
            (b,),
            "; ",
            (c,),
            "; ",
            (d,),
            "; ",
            (e,),
            "\nValgfri: ",
            (_first(f)[0] + ". " + _last(f),),
            "\nBemærk: ",
            (_first(c) + "s",),
            " oplæg flyttes til sidst.",
        ]
    room = rng.choice(['"Linné"', '"Polhem"', '"Celsius"'])
    return [
        "Mötesinbjudan: Kvartalsmöte\nOrganisatör: ",
        (a,),
        f"\nRum: {room}, plan 3\nDeltagare: ",
        (b,),
        "; ",
        (c,),
        "; ",
        (d,),
        "; ",
        (e,),
        "\nValfri: ",
        (_first(f)[0] + ". " + _last(f),),
        "\nObs: ",
        (_first(c) + "s",),
        " dragning flyttas till slutet.",
    ]


def _rota(rng: random.Random, lang: str, ppl: list[str]) -> list[Part]:
    days = ["Man", "Tir", "Ons", "Tor"] if lang == "da" else ["Mån", "Tis", "Ons", "Tor"]
    head = "Dag\tTidlig\tSen\n" if lang == "da" else "Dag\tTidig\tSen\n"
    parts: list[Part] = ["Vagtplan, uge " if lang == "da" else "Schema, vecka ", str(rng.randint(1, 52)), "\n", head]
    for i, day in enumerate(days):
        early, late = ppl[i % 5], ppl[(i + 2) % 5]
        parts += [day, "\t", (_first(early) + " " + _last(early)[0] + ".",), "\t", (_first(late),), "\n"]
    parts += ["Bytter: kontakt ", (ppl[4],)]
    return parts


def _chat(rng: random.Random, lang: str, ppl: list[str]) -> list[Part]:
    a, b, c, d = (_first(p).lower() for p in ppl[:4])
    if lang == "da":
        return [
            (a,),
            ": er ",
            (b,),
            " med i aften?\n",
            (c,),
            ": ja og ",
            (d,),
            " tager kage med\n",
            (a,),
            ": fedt. sig til ",
            (b,),
            " at vi mødes ved Jensens Bøfhus kl 19\n",
            (c,),
            ": 👍",
        ]
    return [
        (a,),
        ": hänger ",
        (b,),
        " med i kväll?\n",
        (c,),
        ": ja och ",
        (d,),
        " tar med tårta\n",
        (a,),
        ": nice. säg till ",
        (b,),
        " att vi ses vid Max Hamburgare kl 19\n",
        (c,),
        ": 👍",
    ]


Layout = Callable[[random.Random, str, list[str]], list[Part]]
LAYOUTS: dict[str, tuple[str, Layout]] = {
    "council": ("news", _council),
    "race": ("news", _race),
    "offer": ("business", _offer),
    "meeting": ("business", _meeting),
    "rota": ("mixed", _rota),
    "chat": ("mixed", _chat),
}


def generate(rng: random.Random) -> list[Doc]:
    docs: list[Doc] = []
    for lang in ("da", "sv"):
        for family, (genre, layout) in LAYOUTS.items():
            for _ in range(DRAWS):
                ppl = rng.sample(POOL[lang], 6)
                text, labels = _render(layout(rng, lang, ppl))
                docs.append(
                    {"lang": lang, "text": text, "labels": labels, "family": f"gen-{family}-{lang}", "genre": genre}
                )
    return docs
