"""Hold-out v8 categories set (redteam10b): hand-written Danish/Swedish documents plus seeded generated layouts.

    python -m benchmarks.redteam.holdout8.build_categories [--seed 8808] [--out PATH]

A label marks the sentence revealing a GDPR art. 9/10 category about an identifiable natural person; scoring is
per document. Every name is invented. Each generated layout is drawn 7 times.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from benchmarks.redteam.bank import write_jsonl
from benchmarks.redteam.holdout8 import hand_cats8_da, hand_cats8_sv
from benchmarks.redteam.holdout8.gen_cn8 import Builder, parse, pick

OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout8" / "categories.jsonl"
DRAWS = 7

NAMES = {
    "da": (
        [
            ("Henriette", "f"),
            ("Allan", "m"),
            ("Bettina", "f"),
            ("Kristoffer", "m"),
            ("Merete", "f"),
            ("Jannik", "m"),
            ("Susanne", "f"),
            ("Bjørn", "m"),
            ("Nadia", "f"),
            ("Omar", "m"),
            ("Lærke", "f"),
            ("Villy", "m"),
        ],
        ["Skovbo", "Kragh", "Ellegaard", "Bruun", "Fabricius", "Toft", "Hedegaard", "Mølby", "Aziz", "Vinther"],
    ),
    "sv": (
        [
            ("Marita", "f"),
            ("Roland", "m"),
            ("Jenny", "f"),
            ("Patrik", "m"),
            ("Ingela", "f"),
            ("Niklas", "m"),
            ("Agneta", "f"),
            ("Tobias", "m"),
            ("Amina", "f"),
            ("Said", "m"),
            ("Linnéa", "f"),
            ("Göran", "m"),
        ],
        ["Hedberg", "Löfgren", "Ståhl", "Norling", "Wahlberg", "Kvist", "Engström", "Brodin", "Hadžić", "Sandell"],
    ),
}
PRON = {"da": {"m": "han", "f": "hun"}, "sv": {"m": "han", "f": "hon"}}
POSS = {"da": {"m": "hans", "f": "hendes"}, "sv": {"m": "hans", "f": "hennes"}}

# (template, categories); {n} full name, {f} first name, {p} pronoun
POS = {
    "da": [
        ("{n} er sygemeldt med en diskusprolaps og forventes tilbage om tre uger.", ["health"]),
        ("{f} har fortalt, at {p} er i behandling for angst.", ["health"]),
        ("{n} har epilepsi og må ikke køre truck.", ["health"]),
        ("{f} er medlem af Dansk Metal og ønsker bisidder fra klubben.", ["trade_union"]),
        ("{n} er valgt som tillidsrepræsentant for 3F.", ["trade_union"]),
        ("{n} sidder i kommunalbestyrelsen for Radikale Venstre.", ["political_opinion"]),
        ("{f} er opstillet til folketingsvalget for Liberal Alliance.", ["political_opinion"]),
        ("{n} er katolik og ønsker fri til messen skærtorsdag.", ["religion"]),
        ("{f} holder sabbat og kan ikke arbejde fredag aften.", ["religion"]),
        ("{n} er af tyrkisk-kurdisk afstamning.", ["ethnic_origin"]),
        ("{f} er grønlænder og har netop flyttet fra Nuuk.", ["ethnic_origin"]),
        ("{n}s mand, Torben, er med til personaleturen.", ["sexual_orientation"]),
        ("{n} blev i sidste måned dømt for spirituskørsel og har mistet kørekortet.", ["criminal_records"]),
        ("{f} er sigtet for dokumentfalsk, oplyser politiet.", ["criminal_records"]),
        ("{n} har fået sit fingeraftryk registreret til tidsregistreringen.", ["biometric"]),
        ("Gentesten viser, at {n} bærer anlæg for cystisk fibrose, og {q} søn er syg.", ["genetic", "health"]),
        ("En DNA-test har vist, at {n} er biologisk far til drengen.", ["genetic"]),
    ],
    "sv": [
        ("{n} är sjukskriven för ryggskott och väntas tillbaka om tre veckor.", ["health"]),
        ("{f} har berättat att {p} går i terapi för ångest.", ["health"]),
        ("{n} har epilepsi och får inte köra truck.", ["health"]),
        ("{f} är medlem i IF Metall och vill ha med ett fackligt ombud.", ["trade_union"]),
        ("{n} har valts till förtroendevald för Kommunal.", ["trade_union"]),
        ("{n} sitter i kommunfullmäktige för Miljöpartiet.", ["political_opinion"]),
        ("{f} kandiderar till riksdagen för Sverigedemokraterna.", ["political_opinion"]),
        ("{n} är katolik och vill vara ledig för mässan på skärtorsdagen.", ["religion"]),
        ("{f} firar sabbat och kan inte arbeta fredag kväll.", ["religion"]),
        ("{n} är av assyrisk härkomst.", ["ethnic_origin"]),
        ("{f} är same och har just flyttat från Kiruna.", ["ethnic_origin"]),
        ("{n}s man, Tomas, följer med på personalfesten.", ["sexual_orientation"]),
        ("{n} dömdes förra månaden för rattfylleri och har förlorat körkortet.", ["criminal_records"]),
        ("{f} är misstänkt för urkundsförfalskning, uppger polisen.", ["criminal_records"]),
        ("{n} har registrerat sitt fingeravtryck för tidrapporteringen.", ["biometric"]),
        ("Gentestet visar att {n} bär anlag för cystisk fibros, och {q} son är sjuk.", ["genetic", "health"]),
        ("Ett DNA-test har visat att {n} är biologisk far till pojken.", ["genetic"]),
    ],
}
# "{n}s man/mand" is only a same-sex relation for a man; the builder draws a male name for those templates.
NEG = {
    "da": [
        "{n} har bestilt tolk til mødet med familien fra Syrien.",
        "{n} er ny sygeplejerske på kræftafdelingen.",
        "{n} holder oplæg om fagforeningers rolle i dag.",
        "{n} har booket kirkens sognegård til personalefesten.",
        "{n} skal være valgstyrer ved kommunalvalget.",
        "{n} har skiftet adgangskort, fordi det gamle var slidt.",
        "Virksomhedens sundhedsordning dækker fysioterapi for alle ansatte.",
        "Overenskomsten giver tillidsrepræsentanter ret til uddannelse.",
        "Politikken om religiøse helligdage gælder for alle medarbejdere.",
        "Et vagtfirma blev idømt en bøde for brud på arbejdsmiljøloven.",
        "Statistikken viser, at 12 procent har været sygemeldt over en måned.",
        "{n} går på barsel fra 1. juni.",
        "{n}s kone, Maja, er med til personaleturen.",
    ],
    "sv": [
        "{n} har bokat tolk till mötet med familjen från Syrien.",
        "{n} är ny sjuksköterska på onkologen.",
        "{n} föreläser om fackets roll i dag.",
        "{n} har bokat församlingshemmet till personalfesten.",
        "{n} ska vara ordförande i valnämnden vid kommunvalet.",
        "{n} har bytt passerkort eftersom det gamla var slitet.",
        "Företagets sjukvårdsförsäkring omfattar fysioterapi för alla anställda.",
        "Kollektivavtalet ger förtroendevalda rätt till utbildning.",
        "Policyn om religiösa högtider gäller alla medarbetare.",
        "Ett bevakningsbolag fick företagsbot för brott mot arbetsmiljölagen.",
        "Statistiken visar att 12 procent varit sjukskrivna mer än en månad.",
        "{n} är föräldraledig från 1 juni.",
        "{n}s fru, Maja, följer med på personalfesten.",
    ],
}
NEUTRAL = {
    "da": [
        "Husk at registrere timer inden fredag.",
        "Mødet starter kl. 9 i lokale 2.",
        "Kaffen er på 3. sal.",
        "Vi har fået ny printer.",
        "Næste statusmøde er torsdag.",
    ],
    "sv": [
        "Glöm inte tidrapporten före fredag.",
        "Mötet börjar kl. 9 i rum 2.",
        "Kaffet finns på plan 3.",
        "Vi har fått en ny skrivare.",
        "Nästa avstämning är på torsdag.",
    ],
}
LAYOUTS = ["mail", "teams", "caselog", "csv", "ticket", "json", "sms", "minutes", "form"]


def person(rng: random.Random, lang: str, sex: str | None = None) -> tuple[str, str, str]:
    firsts, lasts = NAMES[lang]
    pool = [x for x in firsts if sex is None or x[1] == sex]
    f, s = pool[rng.randrange(len(pool))]
    return f, f"{f} {pick(rng, lasts)}", s


def sentence(rng: random.Random, lang: str, positive: bool) -> tuple[str, list[str]]:
    if positive:
        tpl, cats = POS[lang][rng.randrange(len(POS[lang]))]
        sex = "m" if ("{n}s man" in tpl or "{n}s mand" in tpl or "far til" in tpl) else None
    else:
        tpl, cats = pick(rng, NEG[lang]), []
        sex = "m" if ("{n}s kone" in tpl or "{n}s fru" in tpl) else None
    f, n, s = person(rng, lang, sex)
    return tpl.format(n=n, f=f, p=PRON[lang][s], q=POSS[lang][s]), cats


def generated(rng: random.Random, lang: str, layout: str, i: int) -> dict[str, object]:
    positive = i % 2 == 0 if rng.random() < 0.85 else i % 2 == 1
    sent, cats = sentence(rng, lang, positive)
    neutral = pick(rng, NEUTRAL[lang])
    b = Builder()
    da = lang == "da"
    if layout == "mail":
        b.t("Emne: Opfølgning\n\nHej alle\n\n" if da else "Ämne: Uppföljning\n\nHej alla\n\n")
        b.t(neutral + " ").lab(sent, *cats).t("\n\nMvh\nHR\n" if da else "\n\nHälsningar\nHR\n")
    elif layout == "teams":
        b.t(f"[{8 + i}:0{i}] {'Teamleder' if da else 'Teamledare'}: {neutral}\n[{8 + i}:1{i}] HR: ").lab(sent, *cats).t(
            "\n"
        )
    elif layout == "caselog":
        b.t(
            f"Sagslog {4400 + i}\n2026-0{1 + i % 9}-1{i} Notat: "
            if da
            else f"Ärendelogg {4400 + i}\n2026-0{1 + i % 9}-1{i} Anteckning: "
        )
        b.lab(sent, *cats).t(f"\n2026-0{1 + i % 9}-2{i} {neutral}\n")
    elif layout == "csv":
        b.t("id;dato;bemærkning\n" if da else "id;datum;anmärkning\n").t(f'{100 + i};2026-03-0{1 + i};"')
        b.lab(sent, *cats).t(f'"\n{101 + i};2026-03-1{i};"{neutral}"\n')
    elif layout == "ticket":
        b.t(f"Sag #{7700 + i} oprettet\nBeskrivelse: " if da else f"Ärende #{7700 + i} skapat\nBeskrivning: ")
        b.lab(sent, *cats).t("\nStatus: Åben\n" if da else "\nStatus: Öppen\n")
    elif layout == "json":
        b.t('{"type": "note", "text": "').lab(sent, *cats).t(f'", "seq": {i}}}\n')
    elif layout == "sms":
        b.t("SMS fra HR: " if da else "SMS från HR: ").lab(sent, *cats).t(" " + neutral + "\n")
    elif layout == "minutes":
        b.t("Referat, ledermøde\n1. " if da else "Protokoll, ledningsgrupp\n1. ").t(neutral + "\n2. ")
        b.lab(sent, *cats).t("\n3. Eventuelt: intet.\n" if da else "\n3. Övrigt: inget.\n")
    else:
        b.t("Skema udfyldt af leder\nBemærkninger: " if da else "Blankett ifylld av chef\nAnmärkningar: ")
        b.lab(sent, *cats).t("\nUnderskrift: ________\n")
    return {"lang": lang, "meta": [f"gen-{layout}-{lang}"], "text": b.text, "labels": b.labels}


def build(seed: int = 8808) -> list[dict[str, object]]:
    rng = random.Random(seed)
    records: list[dict[str, object]] = []
    hand = []
    for mod in (hand_cats8_da, hand_cats8_sv):
        for block in (mod.DOCS, mod.DOCS2, mod.DOCS3, mod.DOCS4):
            hand.extend(parse(block))
    for n, d in enumerate(hand):
        records.append(
            {
                "id": f"h8c-{n:04d}",
                "lang": d["lang"],
                "text": d["text"],
                "labels": d["labels"],
                "family": d["meta"][0],
                "origin": "hand",
            }
        )
    n = 0
    for lang in ("da", "sv"):
        for layout in LAYOUTS:
            for i in range(DRAWS):
                d = generated(rng, lang, layout, i)
                records.append(
                    {
                        "id": f"g8c-{n:04d}",
                        "lang": lang,
                        "text": d["text"],
                        "labels": d["labels"],
                        "family": d["meta"][0],
                        "origin": "generated",
                    }
                )
                n += 1
    return records


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=8808)
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    print(f"{write_jsonl(build(a.seed), a.out)} documents -> {a.out}")


if __name__ == "__main__":
    main()
