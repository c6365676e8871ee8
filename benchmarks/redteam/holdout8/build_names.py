"""Hold-out v8 names set (redteam10b): hand-written news and business text plus seeded generated layouts.

    python -m benchmarks.redteam.holdout8.build_names [--seed 8809] [--out PATH]

Every mention of a natural person by name is one PERSON span (genitive -s inside, apostrophe genitive outside,
titles and roles outside; handles, initials alone, e-mail addresses, firms, rooms, streets and places named
after people are not PERSON). Every name is invented. Each generated layout is drawn 7 times.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from benchmarks.redteam.bank import write_jsonl
from benchmarks.redteam.holdout8 import hand_names8
from benchmarks.redteam.holdout8.gen_cn8 import Builder, parse, pick

OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout8" / "names.jsonl"
DRAWS = 7

FIRST = {
    "da": [
        "Bo",
        "Sol",
        "Storm",
        "Lykke",
        "Ravn",
        "Birk",
        "Aase",
        "Ejner",
        "Gunhild",
        "Tage",
        "Maja",
        "Asbjørn",
        "Hjørdis",
        "Kaj",
        "Vita",
        "Mathilde",
        "Eskild",
        "Jytte",
        "Tariq",
        "Agnieszka",
        "Duc",
        "Folmer",
    ],
    "sv": [
        "Dag",
        "Sten",
        "Saga",
        "Love",
        "Vilja",
        "Ask",
        "Sol",
        "Gun",
        "Ture",
        "Majken",
        "Ulf",
        "Hjalmar",
        "Siv",
        "Iris",
        "Sixten",
        "Märta",
        "Östen",
        "Jessika",
        "Kemal",
        "Dorota",
        "Minh",
        "Alvar",
    ],
}
LAST = {
    "da": [
        "Strand",
        "Frost",
        "Skov",
        "Bæk",
        "Hjort",
        "Mark",
        "Ravnholt",
        "Kirkegaard",
        "Vestergaard",
        "Ottesen",
        "Brøndum",
        "Kudsk",
        "Rosenkilde",
        "Demir",
        "Kowalczyk",
        "Pham",
        "von Holck",
        "Bech-Jessen",
    ],
    "sv": [
        "Ek",
        "Lind",
        "Sjö",
        "Falk",
        "Lax",
        "Berg",
        "Åkerlund",
        "Fröberg",
        "Tallqvist",
        "Hägg",
        "Wikström",
        "Ringdahl",
        "Nyström",
        "Yıldız",
        "Nowak",
        "Nguyen",
        "af Wetterstedt",
        "Lind-Åhman",
    ],
}
TOWNS = {"da": ["Herning", "Skagen", "Nakskov", "Ribe"], "sv": ["Ljusdal", "Kalmar", "Piteå", "Ystad"]}
LAYOUTS = ["appoint", "sport", "court", "mailhdr", "attend", "csv", "teams", "caps"]
NEWS = {"appoint", "sport", "court"}


def name(rng: random.Random, lang: str) -> tuple[str, str]:
    return pick(rng, FIRST[lang]), pick(rng, LAST[lang])


def gen(rng: random.Random, lang: str, layout: str, i: int) -> Builder:
    b = Builder()
    da = lang == "da"
    f1, l1 = name(rng, lang)
    f2, l2 = name(rng, lang)
    f3, l3 = name(rng, lang)
    town = pick(rng, TOWNS[lang])
    if layout == "appoint":
        b.lab(f"{f1} {l1}", "PERSON").t(
            f", {40 + i} år, er ny direktør i {town} Forsyning. "
            if da
            else f", {40 + i}, blir ny vd för {town} Energi. "
        )
        b.t("Posten var før besat af " if da else "Tjänsten innehades tidigare av ").lab(f"{f2} {l2}", "PERSON").t(". ")
        b.lab(l1, "PERSON").t(" tiltræder 1. maj.\n" if da else " tillträder 1 maj.\n")
    elif layout == "sport":
        b.lab(f"{f1} {l1}", "PERSON").t(
            f" scorede to mål, da {town} vandt 2-1. " if da else f" gjorde två mål när {town} vann med 2-1. "
        )
        b.t("Reduceringen kom fra " if da else "Reduceringen kom från ").lab(l2, "PERSON").t(". ")
        b.lab(f"{l1}s" if not l1.endswith("s") else l1, "PERSON").t(" træner, " if da else " tränare, ").lab(
            f"{f3} {l3}", "PERSON"
        ).t(", var tilfreds.\n" if da else ", var nöjd.\n")
    elif layout == "court":
        b.t(f"Retten i {town}: " if da else f"Tingsrätten i {town}: ").lab(f"{f1} {l1}", "PERSON")
        b.t(f", {20 + i}, blev frifundet. Anklager " if da else f", {20 + i}, frikändes. Åklagare ").lab(
            f"{f2} {l2}", "PERSON"
        )
        b.t(" anker ikke. Forsvarer var advokat " if da else " överklagar inte. Försvarare var advokat ").lab(
            l3, "PERSON"
        ).t(".\n")
    elif layout == "mailhdr":
        b.t("Fra: " if da else "Från: ").lab(f"{f1} {l1}", "PERSON").t(f" <{f1.lower()}.x{i}@firma.example>\nTil: ")
        b.lab(f"{f2} {l2}", "PERSON").t(f" <post{i}@kunde.example>\n\nHej ").lab(f2, "PERSON")
        b.t("\n\nTak for mødet. " if da else "\n\nTack för mötet. ").lab(f3, "PERSON").t(
            " sender tilbuddet.\n\nHilsen\n" if da else " skickar offerten.\n\nHälsningar\n"
        ).lab(f1, "PERSON").t("\n")
    elif layout == "attend":
        b.t("Til stede: " if da else "Närvarande: ").lab(f"{f1} {l1}", "PERSON").t(", ").lab(f"{f2} {l2}", "PERSON")
        b.t(". Afbud: " if da else ". Förhinder: ").lab(f3, "PERSON").t(
            f". Mødet holdtes i lokale {i}.\n" if da else f". Mötet hölls i rum {i}.\n"
        )
    elif layout == "csv":
        b.t("fornavn;efternavn;by\n" if da else "förnamn;efternamn;ort\n")
        for f, sur in ((f1, l1), (f2, l2), (f3, l3)):
            b.lab(f, "PERSON").t(";").lab(sur, "PERSON").t(f";{town}\n")
    elif layout == "teams":
        b.t(f"[09:0{i}] ").lab(f"{f1} {l1}", "PERSON").t(
            ": kan nogen tage telefonen?\n" if da else ": kan någon ta telefonen?\n"
        )
        b.t(f"[09:1{i}] ").lab(f"{f2} {l2}", "PERSON").t(": @").lab(f1, "PERSON").t(
            " jeg tager den\n" if da else " jag tar den\n"
        )
    else:
        b.t("PERSONALELISTE\n" if da else "PERSONALLISTA\n")
        for f, sur in ((f1, l1), (f2, l2), (f3, l3)):
            b.lab(f"{sur.upper()}, {f.upper()}", "PERSON").t(f" - {town.upper()}\n")
    return b


def build(seed: int = 8809) -> list[dict[str, object]]:
    rng = random.Random(seed)
    records: list[dict[str, object]] = []
    hand = []
    for block in (hand_names8.DOCS, hand_names8.DOCS2, hand_names8.DOCS3):
        hand.extend(parse(block))
    for n, d in enumerate(hand):
        meta = d["meta"]
        records.append(
            {
                "id": f"h8n-{n:04d}",
                "lang": d["lang"],
                "text": d["text"],
                "labels": d["labels"],
                "family": meta[1],
                "genre": meta[0],
                "origin": "hand",
            }
        )
    n = 0
    for lang in ("da", "sv"):
        for layout in LAYOUTS:
            for i in range(DRAWS):
                b = gen(rng, lang, layout, i)
                records.append(
                    {
                        "id": f"g8n-{n:04d}",
                        "lang": lang,
                        "text": b.text,
                        "labels": b.labels,
                        "family": f"gen-{layout}-{lang}",
                        "genre": "news" if layout in NEWS else "biz",
                        "origin": "generated",
                    }
                )
                n += 1
    return records


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=8809)
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    print(f"{write_jsonl(build(a.seed), a.out)} documents -> {a.out}")


if __name__ == "__main__":
    main()
