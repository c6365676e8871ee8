"""Generated documents of the v15 names hold-out: six layouts per language, two per genre (news: a club's annual
meeting report and a chess or bridge results column; business: project-meeting minutes with action items and a
CRM contact export with e-mail addresses; mixed: a lower-case group chat and a poll of who can come), DRAWS draws
each, 4-7 people of the language's pool per document.

Every drawn name is a PERSON span wherever it stands (full name, first name alone, surname alone, or a lower-case
first name in a chat); the same strings inside an e-mail address, a firm (``FIRM``) or a street (``STREET``) are
not. Many pool names are words (Tage, Birk, Lærke, Bo, Sommer, Bonde, Kilde, Klara, Bror, Ek, Strand, Vik)."""

from __future__ import annotations

import random
import unicodedata

DRAWS = 7

PEOPLE: dict[str, list[str]] = {
    "da": [
        "Tage Sommer",
        "Birk Bonde",
        "Lærke Hjort",
        "Bo Kilde",
        "Malte Due",
        "Vilma Krog",
        "Karen Fisker",
        "Søs Smed",
        "Jonna Winther",
        "Holger Bech",
        "Amina Sommer",
        "Ea Brix",
        "Halfdan Rask",
        "Solvej Laursen",
        "Tue Bonde",
        "Merete Kilde",
        "Yusuf Demir",
        "Agnete Frost",
        "Nanna Ravnsborg",
        "Anker Møller",
        "Vita Holst",
        "Palle Juhl",
        "Maj Lind",
        "Carl Emil Vang",
    ],
    "sv": [
        "Klara Ek",
        "Bror Strand",
        "Tyra Vik",
        "Sixten Berg",
        "Ronja Fors",
        "Ester Hed",
        "Ebbe Sjö",
        "Signe Mård",
        "Hugo Näs",
        "Alva Ek",
        "Leo Strand",
        "Saga Lund",
        "Vide Åkesson",
        "Majken Holm",
        "Elis Backman",
        "Ines Kovač",
        "Tage Lilja",
        "Greta Ström",
        "Olle Bergqvist",
        "Siri Falkén",
        "Noa Blom",
        "Juni Ahlgren",
        "Kerstin Dal",
        "Per-Olof Vik",
    ],
}

FIRM = {"da": "Bonde & Kilde Revision", "sv": "Ek & Strand Juristbyrå"}
STREET = {"da": "Tage Sommers Vej", "sv": "Klara Eks gata"}
DOMAIN = {"da": "bonde-kilde.dk", "sv": "ekstrand.se"}


class Doc:
    """Text assembled piece by piece with the offsets of the PERSON spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.labels: list[dict[str, object]] = []
        self.length = 0

    def add(self, text: str) -> Doc:
        self.parts.append(text)
        self.length += len(text)
        return self

    def name(self, text: str) -> Doc:
        self.labels.append({"start": self.length, "end": self.length + len(text), "entity": "PERSON"})
        return self.add(text)

    def text(self) -> str:
        return "".join(self.parts)


def _ascii(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa"))
    return "".join(c for c in plain if c.isascii()).lower().replace(" ", ".")


def first(p: str) -> str:
    return p.split()[0]


def last(p: str) -> str:
    return p.split()[-1]


def annual(rng: random.Random, lang: str, ps: list[str]) -> Doc:
    d = Doc()
    if lang == "da":
        d.add("Generalforsamling i Grundejerforeningen Sommerbo\nFormand ").name(ps[0])
        d.add(" bød velkommen i klubhuset på ").add(STREET[lang]).add(". ")
        d.add("Til dirigent valgtes ").name(ps[1]).add(", som konstaterede, at mødet var lovligt indkaldt. ")
        d.add("Kassereren, ").name(ps[2]).add(", fremlagde regnskabet, revideret af ").add(FIRM[lang]).add(". ")
        d.add("Nyvalgt til bestyrelsen: ").name(ps[3])
        if len(ps) > 4:
            d.add(". Suppleant: ").name(ps[4])
        d.add(". ").name(first(ps[0])).add(" takkede ").name(first(ps[1])).add(" for god ro og orden.")
    else:
        d.add("Årsmöte i Samfällighetsföreningen Ekbacken\nOrdförande ").name(ps[0])
        d.add(" hälsade välkommen i föreningslokalen på ").add(STREET[lang]).add(". ")
        d.add("Till mötesordförande valdes ").name(ps[1]).add(", som fann mötet behörigt utlyst. ")
        d.add("Kassören ").name(ps[2]).add(" redovisade ekonomin, granskad av ").add(FIRM[lang]).add(". ")
        d.add("Nyvald i styrelsen: ").name(ps[3])
        if len(ps) > 4:
            d.add(". Suppleant: ").name(ps[4])
        d.add(". ").name(first(ps[0])).add(" tackade ").name(first(ps[1])).add(" för ett lugnt möte.")
    return d


def results(rng: random.Random, lang: str, ps: list[str]) -> Doc:
    d = Doc()
    d.add("Skak: resultater fra 4. runde\n" if lang == "da" else "Schack: resultat från rond 4\n")
    for a, b in zip(ps[0::2], ps[1::2], strict=True):
        d.name(a).add(" – ").name(b).add(f"  {rng.choice(['1-0', '0-1', '½-½'])}\n")
    lead = ps[-1]
    if lang == "da":
        d.add("Førende efter fire runder er ").name(last(lead)).add(" med 3½ point.")
    else:
        d.add("Leder efter fyra ronder gör ").name(last(lead)).add(" med 3½ poäng.")
    return d


def minutes(rng: random.Random, lang: str, ps: list[str]) -> Doc:
    d = Doc()
    d.add("Projektmøde, ny kundeportal\nDeltagere: " if lang == "da" else "Projektmöte, ny kundportal\nNärvarande: ")
    for i, p in enumerate(ps[:-1]):
        d.add(", " if i else "").name(p)
    d.add("\nAfbud: " if lang == "da" else "\nFrånvarande: ").name(ps[-1]).add("\n")
    for p in ps[:3]:
        d.add("- ").name(first(p))
        d.add(" sender status til styregruppen\n" if lang == "da" else " skickar status till styrgruppen\n")
    d.add("Referent: ").name(first(ps[1])).add(f" ({_ascii(ps[1])}@{DOMAIN[lang]})")
    return d


def crm(rng: random.Random, lang: str, ps: list[str]) -> Doc:
    d = Doc()
    d.add("Kontakter eksporteret fra CRM\n" if lang == "da" else "Kontakter exporterade från CRM\n")
    d.add("navn;firma;mail\n" if lang == "da" else "namn;företag;mejl\n")
    for p in ps:
        d.name(p).add(f";{FIRM[lang]};{_ascii(p)}@{DOMAIN[lang]}\n")
    if lang == "da":
        d.add("Note: ring til ").name(last(ps[0])).add(" om fornyelse.")
    else:
        d.add("Anteckning: ring ").name(last(ps[0])).add(" om förnyelse.")
    return d


def chat(rng: random.Random, lang: str, ps: list[str]) -> Doc:
    d = Doc()
    lines = (
        ["hvem tager kagen med?", "jeg kan godt", "super", "husk lys", "ok"]
        if lang == "da"
        else ["vem tar med tårtan?", "jag kan", "toppen", "glöm inte ljusen", "ok"]
    )
    for i, p in enumerate(ps[:5]):
        d.name(first(p).lower()).add(f": {lines[i % len(lines)]}")
        if i == 2:
            d.add(" @" + _ascii(first(ps[0])))
        d.add("\n")
    d.add("tak " if lang == "da" else "tack ").name(first(ps[1]).lower()).add(" 🎂")
    return d


def poll(rng: random.Random, lang: str, ps: list[str]) -> Doc:
    d = Doc()
    d.add("Afstemning: arbejdsdag i haven lørdag\n" if lang == "da" else "Omröstning: städdag lördag\n")
    for p in ps:
        d.name(p).add(f"  {rng.choice(['ja', 'nej', 'måske' if lang == 'da' else 'kanske'])}\n")
    d.add("Opsat af " if lang == "da" else "Skapad av ").name(first(ps[0]))
    return d


LAYOUTS = {
    "news": (annual, results),
    "business": (minutes, crm),
    "mixed": (chat, poll),
}


def generate(rng: random.Random) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for lang in ("da", "sv"):
        for genre, layouts in LAYOUTS.items():
            for layout in layouts:
                for _ in range(DRAWS):
                    ps = rng.sample(PEOPLE[lang], rng.randint(4, 7))
                    if layout is results and len(ps) % 2:
                        ps = ps[:-1]
                    d = layout(rng, lang, ps)
                    docs.append(
                        {
                            "lang": lang,
                            "text": d.text(),
                            "labels": d.labels,
                            "family": f"gen-{lang}-{layout.__name__}",
                            "genre": genre,
                        }
                    )
    return docs
