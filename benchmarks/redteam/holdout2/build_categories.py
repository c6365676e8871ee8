"""Build benchmarks/data/redteam/holdout2/categories.jsonl (v2 category hold-out), seeded and reproducible.

    python benchmarks/redteam/holdout2/build_categories.py             # seed 909, the committed file

Labelling rules: see the README section "holdout2/ ... categories.jsonl" (written before the first scoring).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from benchmarks.redteam.holdout2 import pools  # noqa: E402
from benchmarks.redteam.holdout2.bank_categories import NEGATIVE, NEUTRAL, POSITIVE  # noqa: E402
from benchmarks.redteam.holdout2.handwritten_categories import DOCS  # noqa: E402
from benchmarks.redteam.holdout2.textdoc import TextDoc, from_markup  # noqa: E402

OUT = ROOT / "benchmarks" / "data" / "redteam" / "holdout2" / "categories.jsonl"
DEFAULT_SEED = 909
POSITIVES_PER_LANG = 60
NEGATIVES_PER_LANG = 55

FEMALE = {"da": pools.DA_FIRST_F, "sv": pools.SV_FIRST_F}
MALE = {"da": pools.DA_FIRST_M, "sv": pools.SV_FIRST_M}
LAST = {"da": pools.DA_LAST, "sv": pools.SV_LAST}

FORM_POSITIVE: dict[str, list[tuple[tuple[str, ...], str]]] = {
    "da": [
        (("trade_union",), "Fagforening: Dansk Metal (kontingent trækkes over lønnen)"),
        (("trade_union",), "Medlem af fagforening: Ja – FOA"),
        (("religion",), "Kosthensyn: Halal (muslim)"),
        (("health",), "Kendte sygdomme/allergier: Epilepsi, medicineret"),
        (("health",), "Særlige behov: Kørestolsbruger – skal have stueetage"),
        (("criminal_records",), "Straffeattest: Dom for hæleri, 2022 (40 dages betinget fængsel)"),
        (("political_opinion",), "Tillidshverv: Byrådsmedlem for Radikale Venstre"),
        (("biometric",), "Adgangsmetode: Fingeraftryk registreret den 3.11."),
    ],
    "sv": [
        (("trade_union",), "Fackförbund: Unionen (avgift dras på lönen)"),
        (("trade_union",), "Medlem i fackförening: Ja – Handels"),
        (("religion",), "Kostönskemål: Koscher (judisk)"),
        (("health",), "Kända sjukdomar/allergier: Astma, använder inhalator"),
        (("health",), "Särskilda behov: Synskadad – behöver förstoringsprogram"),
        (("criminal_records",), "Belastningsregister: Dom för häleri 2022 (villkorlig dom)"),
        (("political_opinion",), "Förtroendeuppdrag: Ledamot i kommunfullmäktige för Liberalerna"),
        (("biometric",), "Inpassering: Fingeravtryck registrerat 3/11"),
    ],
}
FORM_NEGATIVE: dict[str, list[str]] = {
    "da": [
        "Fagforening: ______________ (frivilligt)",
        "Kosthensyn: Ingen",
        "Kendte sygdomme/allergier: Ønsker ikke at oplyse",
        "Adgangsmetode: Nøglekort",
        "Tillidshverv: Kasserer i den lokale håndboldklub",
        "Nærmeste pårørende: Søster",
        "Kørekort: B",
    ],
    "sv": [
        "Fackförbund: ______________ (frivillig uppgift)",
        "Kostönskemål: Inga",
        "Kända sjukdomar/allergier: Vill inte uppge",
        "Inpassering: Passerkort",
        "Förtroendeuppdrag: Kassör i den lokala fotbollsklubben",
        "Närmast anhörig: Bror",
        "Körkort: B",
    ],
}


class Drawer:
    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.pos = list(POSITIVE[lang])
        self.neg = list(NEGATIVE[lang])
        rng.shuffle(self.pos)
        rng.shuffle(self.neg)
        self.pi = 0
        self.ni = 0

    def name(self, gender: str | None) -> tuple[str, str]:
        r = self.rng
        g = gender or r.choice("fm")
        first = r.choice(FEMALE[self.lang] if g == "f" else MALE[self.lang])
        return first, f"{first} {r.choice(LAST[self.lang])}"

    def fill(self, gender: str | None, template: str) -> str:
        first, full = self.name(gender)
        _, other = self.name(None)
        return template.replace("{N}", full).replace("{F}", first).replace("{M}", other)

    def positive(self, first_person_ok: bool) -> tuple[tuple[str, ...], str]:
        for _ in range(len(self.pos)):
            cats, gender, template = self.pos[self.pi % len(self.pos)]
            self.pi += 1
            first_person = "{N}" not in template and "{F}" not in template
            if first_person and not first_person_ok:
                continue
            return cats, self.fill(gender, template)
        raise AssertionError("no sentence")

    def negative(self) -> str:
        gender, template = self.neg[self.ni % len(self.neg)]
        self.ni += 1
        return self.fill(gender, template)


def sentences(dr: Drawer, positive: bool, first_person_ok: bool) -> list[tuple[tuple[str, ...], str]]:
    r = dr.rng
    items: list[tuple[tuple[str, ...], str]] = []
    if positive:
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            items.append(dr.positive(first_person_ok))
    for _ in range(r.choice([1, 1, 2]) if positive else r.choice([1, 2, 3])):
        items.append(((), dr.negative()))
    for s in r.sample(NEUTRAL[dr.lang], r.randint(1, 3)):
        items.append(((), s))
    r.shuffle(items)
    return items


def layout_mail(dr: Drawer, positive: bool) -> TextDoc:
    da = dr.lang == "da"
    _, sender = dr.name(None)
    first_to, _ = dr.name(None)
    doc = TextDoc()
    doc.add(
        f"{'Fra' if da else 'Från'}: {sender}\n{'Emne' if da else 'Ämne'}: {dr.rng.choice(['Status', 'Info', 'Opfølgning' if da else 'Uppföljning'])}\n\n"
    )
    doc.add(f"Hej {first_to}\n\n")
    for cats, s in sentences(dr, positive, True):
        doc.mark(s, cats) if cats else doc.add(s)
        doc.add(" " if dr.rng.random() < 0.6 else "\n\n")
    doc.add(f"\n\n{'Venlig hilsen' if da else 'Vänliga hälsningar'}\n{sender}\n")
    return doc


def layout_note(dr: Drawer, positive: bool) -> TextDoc:
    da = dr.lang == "da"
    doc = TextDoc()
    title = dr.rng.choice(
        ["Personalenotat", "Journalnotat", "Sagsnotat"]
        if da
        else ["Personalanteckning", "Journalanteckning", "Tjänsteanteckning"]
    )
    doc.add(f"{title}\n{'Dato' if da else 'Datum'}: {dr.rng.randint(1, 28)}.{dr.rng.randint(1, 12)}.2026\n\n")
    for cats, s in sentences(dr, positive, False):
        doc.mark(s, cats) if cats else doc.add(s)
        doc.add("\n")
    return doc


def layout_chat(dr: Drawer, positive: bool) -> TextDoc:
    doc = TextDoc()
    speakers = [dr.name(None)[0] for _ in range(2)]
    h, m = dr.rng.randint(8, 15), dr.rng.randint(0, 40)
    for i, (cats, s) in enumerate(sentences(dr, positive, False)):
        doc.add(f"[{h:02d}:{m + i:02d}] {speakers[i % 2]}: ")
        doc.mark(s, cats) if cats else doc.add(s)
        doc.add("\n")
    return doc


def layout_minutes(dr: Drawer, positive: bool) -> TextDoc:
    da = dr.lang == "da"
    doc = TextDoc()
    doc.add(
        ("Referat af teammøde\n" if da else "Minnesanteckningar, teammöte\n")
        + ("Deltagere: " if da else "Närvarande: ")
    )
    doc.add(", ".join(dr.name(None)[1] for _ in range(3)) + "\n\n")
    for i, (cats, s) in enumerate(sentences(dr, positive, False), 1):
        doc.add(f"{i}. ")
        doc.mark(s, cats) if cats else doc.add(s)
        doc.add("\n")
    return doc


def layout_form(dr: Drawer, positive: bool) -> TextDoc:
    da = dr.lang == "da"
    r = dr.rng
    _, full = dr.name(None)
    doc = TextDoc()
    doc.add(
        ("Stamoplysninger – ny medarbejder\n" if da else "Personuppgifter – nyanställd\n")
        + f"{'Navn' if da else 'Namn'}: {full}\n"
    )
    fields: list[tuple[tuple[str, ...], str]] = [((), f) for f in r.sample(FORM_NEGATIVE[dr.lang], r.randint(2, 4))]
    if positive:
        fields += r.sample(FORM_POSITIVE[dr.lang], r.choice([1, 1, 2]))
    r.shuffle(fields)
    for cats, f in fields:
        doc.mark(f, cats) if cats else doc.add(f)
        doc.add("\n")
    doc.add("Underskrift: ____________\n")
    return doc


LAYOUTS = {
    "mail": layout_mail,
    "note": layout_note,
    "chat": layout_chat,
    "minutes": layout_minutes,
    "form": layout_form,
}
WEIGHTS = {"mail": 30, "note": 25, "chat": 15, "minutes": 20, "form": 10}


def build(seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    docs: list[dict[str, Any]] = []
    for lang in ("da", "sv"):
        dr = Drawer(rng, lang)
        plan = [True] * POSITIVES_PER_LANG + [False] * NEGATIVES_PER_LANG
        rng.shuffle(plan)
        for n, positive in enumerate(plan):
            name = rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
            made = LAYOUTS[name](dr, positive)
            docs.append(
                {
                    "id": f"h2c-{lang}-{name}-{n:03d}",
                    "lang": lang,
                    "family": name,
                    "text": made.text,
                    "labels": made.labels,
                }
            )
    for n, (lang, markup) in enumerate(DOCS):
        text, labels = from_markup(markup)
        docs.append({"id": f"h2c-hand-{n:03d}", "lang": lang, "family": "hand", "text": text, "labels": labels})
    for d in docs:
        for lab in d["labels"]:
            span = d["text"][lab["start"] : lab["end"]]
            assert span == span.strip() and len(span) > 10, (d["id"], span)
            assert "{" not in d["text"], d["id"]
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    docs = build(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    cats: dict[str, int] = {}
    for d in docs:
        for c in {lab["entity"] for lab in d["labels"]}:
            cats[c] = cats.get(c, 0) + 1
    neg = sum(1 for d in docs if not d["labels"])
    print(f"{len(docs)} documents, {neg} without a category; documents per category {dict(sorted(cats.items()))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
