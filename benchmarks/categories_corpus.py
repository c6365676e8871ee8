"""Labelled Danish and Swedish documents for the special-category classifier (bench_categories.py).

Each document is labelled with the GDPR art. 9/10 categories it reveals ABOUT AN IDENTIFIABLE
PERSON (named, identified by a number or an e-mail address, or the writer about themself). About
half reveal nothing about anybody: hard negatives that use the same words about a scheme, a policy,
statistics, a firm, a topic, or name a person next to a category word that is not about them.

Two sources, both in data/categories_source.yaml: template families (slots filled from small name
lists, wrapped in mail or note layouts) and hand-written single documents. Every family and every
hand-written case belongs to one split: ``tune`` (looked at while building the lexicons) or
``heldout`` (written up front and only scored in aggregate, never tuned on). The frozen output is
benchmarks/data/categories.jsonl; regenerate with ``python benchmarks/categories_corpus.py`` (deterministic seed).
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

OUT = Path(__file__).resolve().parent / "data" / "categories.jsonl"
SOURCE = Path(__file__).resolve().parent / "data" / "categories_source.yaml"
# A second set written after the classifier was built; its cases carry no split: a stable hash of the
# family name / text puts each in fresh-dev (looked at) or fresh-holdout (scored once before changes).
FRESH_OUT = Path(__file__).resolve().parent / "data" / "categories_fresh.jsonl"
FRESH_SOURCE = Path(__file__).resolve().parent / "data" / "categories_fresh_source.yaml"
# A last blind batch written after every change of the day, scored once (split blind-final).
BLIND_OUT = Path(__file__).resolve().parent / "data" / "categories_blind.jsonl"
BLIND_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind_source.yaml"
BLIND2_OUT = Path(__file__).resolve().parent / "data" / "categories_blind2.jsonl"
BLIND2_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind2_source.yaml"
BLIND3_OUT = Path(__file__).resolve().parent / "data" / "categories_blind3.jsonl"
BLIND3_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind3_source.yaml"
BLIND4_OUT = Path(__file__).resolve().parent / "data" / "categories_blind4.jsonl"
BLIND4_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind4_source.yaml"
BLIND5_OUT = Path(__file__).resolve().parent / "data" / "categories_blind5.jsonl"
BLIND5_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind5_source.yaml"
# Written in session 4 before any change of that session; split blind6-dev / blind6-holdout by hash.
BLIND6_OUT = Path(__file__).resolve().parent / "data" / "categories_blind6.jsonl"
BLIND6_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind6_source.yaml"
# Written after the fixes prompted by blind6 and the red-team hold-out v2; scored once (split blind-7).
BLIND7_OUT = Path(__file__).resolve().parent / "data" / "categories_blind7.jsonl"
BLIND7_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind7_source.yaml"
# Written after the fixes prompted by blind7; scored once (split blind-8).
BLIND8_OUT = Path(__file__).resolve().parent / "data" / "categories_blind8.jsonl"
BLIND8_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind8_source.yaml"
# Written at the start of session 5 from sectors not used before (hospitals, unemployment funds, child
# welfare, prisons, churches, sports clubs, HR, debt collection), nb and en included; scored once (blind-9).
BLIND9_OUT = Path(__file__).resolve().parent / "data" / "categories_blind9.jsonl"
BLIND9_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind9_source.yaml"
# Written after the blind9 fixes (vets, housing, insurance, schools, gyms, debt advice...); scored once (blind-10).
BLIND10_OUT = Path(__file__).resolve().parent / "data" / "categories_blind10.jsonl"
BLIND10_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind10_source.yaml"
# Written after the blind10 fixes (home care, dentists, job centres, fiction, public figures...); scored once.
BLIND11_OUT = Path(__file__).resolve().parent / "data" / "categories_blind11.jsonl"
BLIND11_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind11_source.yaml"
# Written after the blind11 fixes (blood banks, KYC/PEP, fertility, hotels, students...); scored once (blind-12).
BLIND12_OUT = Path(__file__).resolve().parent / "data" / "categories_blind12.jsonl"
BLIND12_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind12_source.yaml"
# Written after the blind12 fixes (reviews, whistleblowing, accidents, polls, LinkedIn...); scored once (blind-13).
BLIND13_OUT = Path(__file__).resolve().parent / "data" / "categories_blind13.jsonl"
BLIND13_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind13_source.yaml"
# Written after the blind13 fixes (layouts: CSV rows, SMS, quoted threads, invitations, team sheets); scored once.
BLIND14_OUT = Path(__file__).resolve().parent / "data" / "categories_blind14.jsonl"
BLIND14_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind14_source.yaml"
# Written at the start of session 6 before any change (jobcentres, home care, LSS, social services, insurance,
# police and courts, schools, dentists, payroll, clubs, genealogy); scored once.
BLIND15_OUT = Path(__file__).resolve().parent / "data" / "categories_blind15.jsonl"
BLIND15_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind15_source.yaml"
# Written after the blind15 and hold-out v4 fixes of session 6 (the same sectors, other layouts); scored once.
BLIND16_OUT = Path(__file__).resolve().parent / "data" / "categories_blind16.jsonl"
BLIND16_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind16_source.yaml"
# Written after the blind16 fixes of session 6 (the same sectors, other wording); scored once.
BLIND17_OUT = Path(__file__).resolve().parent / "data" / "categories_blind17.jsonl"
BLIND17_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind17_source.yaml"
# Written after the blind17 fixes and lexicon additions of session 6; scored once.
BLIND18_OUT = Path(__file__).resolve().parent / "data" / "categories_blind18.jsonl"
BLIND18_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind18_source.yaml"
# Written after the blind18 fixes of session 6 (banks, agencies, clinics, courts, clubs, payroll); scored once.
BLIND19_OUT = Path(__file__).resolve().parent / "data" / "categories_blind19.jsonl"
BLIND19_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind19_source.yaml"
BLIND20_OUT = Path(__file__).resolve().parent / "data" / "categories_blind20.jsonl"
BLIND20_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind20_source.yaml"
BLIND21_OUT = Path(__file__).resolve().parent / "data" / "categories_blind21.jsonl"
BLIND21_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind21_source.yaml"
BLIND22_OUT = Path(__file__).resolve().parent / "data" / "categories_blind22.jsonl"
BLIND22_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind22_source.yaml"
BLIND23_OUT = Path(__file__).resolve().parent / "data" / "categories_blind23.jsonl"
BLIND23_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind23_source.yaml"
BLIND24_OUT = Path(__file__).resolve().parent / "data" / "categories_blind24.jsonl"
BLIND24_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind24_source.yaml"
BLIND25_OUT = Path(__file__).resolve().parent / "data" / "categories_blind25.jsonl"
BLIND25_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind25_source.yaml"
BLIND26_OUT = Path(__file__).resolve().parent / "data" / "categories_blind26.jsonl"
BLIND26_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind26_source.yaml"
BLIND27_OUT = Path(__file__).resolve().parent / "data" / "categories_blind27.jsonl"
BLIND27_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind27_source.yaml"
BLIND28_OUT = Path(__file__).resolve().parent / "data" / "categories_blind28.jsonl"
BLIND28_SOURCE = Path(__file__).resolve().parent / "data" / "categories_blind28_source.yaml"

DA_M = ["Jens", "Lars", "Søren", "Mikkel", "Anders", "Rasmus", "Henrik", "Thomas", "Niels", "Kasper", "Jesper", "Ole"]
DA_F = ["Mette", "Anne", "Camilla", "Louise", "Pia", "Hanne", "Sofie", "Line", "Tina", "Maja", "Karen", "Lone"]
DA_L = [
    "Hansen",
    "Jensen",
    "Nielsen",
    "Pedersen",
    "Andersen",
    "Kristiansen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Madsen",
    "Thomsen",
    "Poulsen",
    "Christensen",
    "Møller",
    "Frederiksen",
    "Holm",
    "Kjær",
    "Bach",
]
SV_M = ["Erik", "Lars", "Johan", "Anders", "Karl", "Mikael", "Per", "Fredrik", "Oskar", "Henrik", "Jonas", "Nils"]
SV_F = ["Anna", "Maria", "Karin", "Sara", "Emma", "Eva", "Lena", "Johanna", "Sofia", "Ingrid", "Elin", "Malin"]
SV_L = [
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Lindberg",
    "Lindqvist",
    "Berg",
    "Holm",
    "Sandberg",
    "Ek",
    "Lund",
]
DA_CITY = ["Odense", "Aarhus", "Aalborg", "Vejle", "Esbjerg", "Roskilde", "Horsens", "Kolding"]
SV_CITY = ["Malmö", "Uppsala", "Göteborg", "Umeå", "Örebro", "Västerås", "Lund", "Luleå"]
DA_CO = ["Nordlys A/S", "Bygma Fyn ApS", "Kvist Revision A/S", "Havnens Transport A/S", "DataHuset ApS"]
SV_CO = ["Norrsken AB", "Bygg & Mark i Väst AB", "Revisionsbyrån Ek AB", "Hamnens Logistik AB", "Datahuset AB"]


@dataclass(frozen=True)
class Doc:
    id: str
    lang: str
    split: str
    family: str
    text: str
    labels: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "lang": self.lang,
            "split": self.split,
            "family": self.family,
            "labels": list(self.labels),
            "text": self.text,
        }


class Slots(dict[str, str]):
    """Slot values for one document; a person's gender decides the pronouns."""

    @classmethod
    def draw(cls, rnd: random.Random, lang: str) -> Slots:
        female = rnd.random() < 0.5
        if lang == "da":
            first = rnd.choice(DA_F if female else DA_M)
            last = rnd.choice(DA_L)
            pron, pos, obj = ("hun", "hendes", "hende") if female else ("han", "hans", "ham")
            city, co = rnd.choice(DA_CITY), rnd.choice(DA_CO)
            sender = f"{rnd.choice(DA_F + DA_M)} {rnd.choice(DA_L)}"
            d, m, y = rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(50, 99)
            ident = f"{d:02d}{m:02d}{y:02d}-{rnd.randint(1000, 3999)}"
            fem_first = rnd.choice(DA_F)
            male_first = rnd.choice(DA_M)
        else:
            first = rnd.choice(SV_F if female else SV_M)
            last = rnd.choice(SV_L)
            pron, pos, obj = ("hon", "hennes", "henne") if female else ("han", "hans", "honom")
            city, co = rnd.choice(SV_CITY), rnd.choice(SV_CO)
            sender = f"{rnd.choice(SV_F + SV_M)} {rnd.choice(SV_L)}"
            d, m, y = rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(50, 99)
            ident = f"19{y:02d}{m:02d}{d:02d}-{rnd.randint(1000, 9999)}"
            fem_first = rnd.choice(SV_F)
            male_first = rnd.choice(SV_M)
        email = f"{first.lower()}.{last.lower()}@example.{'dk' if lang == 'da' else 'se'}".replace("ø", "o")
        email = email.replace("æ", "ae").replace("å", "a").replace("ä", "a").replace("ö", "o")
        return cls(
            name=f"{first} {last}",
            first=first,
            last=last,
            pron=pron,
            Pron=pron.capitalize(),
            pos=pos,
            Pos=pos.capitalize(),
            obj=obj,
            city=city,
            company=co,
            sender=sender,
            sender_first=sender.split()[0],
            id=ident,
            email=email,
            fem=f"{fem_first} {rnd.choice(DA_L if lang == 'da' else SV_L)}",
            fem_first=fem_first,
            male=f"{male_first} {rnd.choice(DA_L if lang == 'da' else SV_L)}",
            year=str(rnd.randint(2015, 2025)),
            amount=str(rnd.choice([25, 50, 120, 400, 750])),
        )


# --- layouts: the same body reads as a mail, a case note, a chat message ----------------------
LAYOUTS = {
    "da": [
        "{body}",
        "Hej {sender_first}\n\n{body}\n\nVenlig hilsen\n{sender}",
        "Emne: Opfølgning\n\n{body}\n\nMvh. {sender}\nHR-afdelingen, {company}",
        "Notat {year}\n\n{body}\n",
        "Kære kollega\n\n{body}\n\nBedste hilsner\n{sender}",
    ],
    "sv": [
        "{body}",
        "Hej {sender_first}!\n\n{body}\n\nMed vänliga hälsningar\n{sender}",
        "Ämne: Uppföljning\n\n{body}\n\nVänliga hälsningar\n{sender}, HR, {company}",
        "Anteckning {year}\n\n{body}\n",
        "Hej alla,\n\n{body}\n\nHälsningar\n{sender}",
    ],
}


def load_source(path: Path = SOURCE) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return list(data["families"]), list(data["hand"])


# Documents per family: negative families yield more so that about half of each split is negative.
PER_FAMILY = {
    ("tune", True): 5,
    ("tune", False): 9,
    ("heldout", True): 5,
    ("heldout", False): 40,
    ("fresh-dev", True): 6,
    ("fresh-dev", False): 8,
    ("fresh-holdout", True): 6,
    ("fresh-holdout", False): 8,
    ("blind6-dev", True): 3,
    ("blind6-dev", False): 5,
    ("blind6-holdout", True): 3,
    ("blind6-holdout", False): 5,
}


def auto_split(key: str, prefix: str = "fresh") -> str:
    """<prefix>-dev or <prefix>-holdout, by a stable hash: chosen before anything was scored, not by hand."""
    return f"{prefix}-holdout" if hashlib.sha256(key.encode("utf-8")).digest()[0] % 2 else f"{prefix}-dev"


def generate(seed: int = 20261130, source: Path = SOURCE) -> Iterator[Doc]:
    rnd = random.Random(seed)
    prefix = "blind6" if source == BLIND6_SOURCE else "fresh"
    families, hand = load_source(source)
    for fam in families:
        split = str(fam.get("split") or auto_split(str(fam["family"]), prefix))
        lang, labels = str(fam["lang"]), tuple(fam["labels"] or ())
        variants = [str(v) for v in fam["variants"]]
        for k in range(PER_FAMILY[(split, bool(labels))]):
            slots = Slots.draw(rnd, lang)
            body = variants[k % len(variants)].format_map(slots)
            layout = rnd.choice(LAYOUTS[lang])
            text = layout.format_map({**slots, "body": body})
            yield Doc(f"{fam['family']}-{k}", lang, split, str(fam["family"]), text, labels)
    for i, case in enumerate(hand):
        lang = str(case["lang"])
        family = str(case.get("family", "hand"))
        split = str(case.get("split") or auto_split(str(case["text"]), prefix))
        yield Doc(f"{family}-{lang}-{i}", lang, split, family, str(case["text"]), tuple(case["labels"] or ()))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    sets = {
        "--fresh": (FRESH_SOURCE, FRESH_OUT),
        "--blind": (BLIND_SOURCE, BLIND_OUT),
        "--blind2": (BLIND2_SOURCE, BLIND2_OUT),
        "--blind3": (BLIND3_SOURCE, BLIND3_OUT),
        "--blind4": (BLIND4_SOURCE, BLIND4_OUT),
        "--blind5": (BLIND5_SOURCE, BLIND5_OUT),
        "--blind6": (BLIND6_SOURCE, BLIND6_OUT),
        "--blind7": (BLIND7_SOURCE, BLIND7_OUT),
        "--blind8": (BLIND8_SOURCE, BLIND8_OUT),
        "--blind9": (BLIND9_SOURCE, BLIND9_OUT),
        "--blind10": (BLIND10_SOURCE, BLIND10_OUT),
        "--blind11": (BLIND11_SOURCE, BLIND11_OUT),
        "--blind12": (BLIND12_SOURCE, BLIND12_OUT),
        "--blind13": (BLIND13_SOURCE, BLIND13_OUT),
        "--blind14": (BLIND14_SOURCE, BLIND14_OUT),
        "--blind15": (BLIND15_SOURCE, BLIND15_OUT),
        "--blind16": (BLIND16_SOURCE, BLIND16_OUT),
        "--blind17": (BLIND17_SOURCE, BLIND17_OUT),
        "--blind18": (BLIND18_SOURCE, BLIND18_OUT),
        "--blind19": (BLIND19_SOURCE, BLIND19_OUT),
        "--blind20": (BLIND20_SOURCE, BLIND20_OUT),
        "--blind21": (BLIND21_SOURCE, BLIND21_OUT),
        "--blind22": (BLIND22_SOURCE, BLIND22_OUT),
        "--blind23": (BLIND23_SOURCE, BLIND23_OUT),
        "--blind24": (BLIND24_SOURCE, BLIND24_OUT),
        "--blind25": (BLIND25_SOURCE, BLIND25_OUT),
        "--blind26": (BLIND26_SOURCE, BLIND26_OUT),
        "--blind27": (BLIND27_SOURCE, BLIND27_OUT),
        "--blind28": (BLIND28_SOURCE, BLIND28_OUT),
    }
    source, out = next((v for k, v in sets.items() if k in args), (SOURCE, OUT))
    docs = list(generate(source=source))
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d.as_dict(), ensure_ascii=False) + "\n")
    neg = sum(not d.labels for d in docs)
    splits = {s: sum(d.split == s for d in docs) for s in sorted({d.split for d in docs})}
    print(f"{len(docs)} documents ({neg} with no category), {splits}, written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
