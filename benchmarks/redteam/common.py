"""Shared pieces for the red-team sets: a labelled-text builder and synthetic pools (names, places, firms)."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "redteam"


@dataclass
class Doc:
    """Text assembled piece by piece; labelled pieces record their exact character span."""

    lang: str
    parts: list[str] = field(default_factory=list)
    labels: list[dict[str, object]] = field(default_factory=list)
    _len: int = 0

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self._len += len(text)
        return self

    def lab(self, text: str, entity: str) -> Doc:
        self.labels.append({"start": self._len, "end": self._len + len(text), "entity": entity})
        return self.t(text)

    def mark(self, start: int, entity: str) -> None:
        """Label everything written since ``start`` (for sentence-level labels)."""
        self.labels.append({"start": start, "end": self._len, "entity": entity})

    @property
    def pos(self) -> int:
        return self._len

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def record(self, doc_id: str, **extra: object) -> dict[str, object]:
        text = self.text
        for lab in self.labels:
            assert 0 <= int(lab["start"]) < int(lab["end"]) <= len(text)  # type: ignore[call-overload]
        return {"id": doc_id, "lang": self.lang, "text": text, "labels": self.labels, **extra}


def write_jsonl(path: Path, records: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# --- pools -------------------------------------------------------------------------------------------

DA_FIRST = [
    "Mette",
    "Lars",
    "Søren",
    "Anne",
    "Kirsten",
    "Henrik",
    "Birgitte",
    "Jesper",
    "Louise",
    "Rasmus",
    "Camilla",
    "Thomas",
    "Sidsel",
    "Mikkel",
    "Pernille",
    "Bo",
    "Jytte",
    "Flemming",
    "Hanne",
    "Torben",
    "Dorthe",
    "Kasper",
    "Line",
    "Morten",
    "Ulla",
    "Niels",
    "Tove",
    "Jakob",
    "Signe",
    "Frederik",
    "Karen",
    "Poul",
    "Gitte",
    "Anders",
    "Malene",
    "Kristian",
    "Lone",
    "Christian",
    "Ida",
    "Mads",
    "Rikke",
    "Esben",
    "Vibeke",
    "Oliver",
    "Emma",
    "Asger",
    "Freja",
    "Villads",
    "Bodil",
    "Aksel",
    "Marianne",
    "Carsten",
    "Trine",
    "Jørgen",
    "Helle",
    "Ebbe",
    "Sanne",
    "Ib",
    "Gurli",
    "Preben",
    "Nanna",
    "Jeppe",
    "Ditte",
    "Steffen",
]
DA_LAST = [
    "Jensen",
    "Nielsen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Christiansen",
    "Poulsen",
    "Johansen",
    "Møller",
    "Mortensen",
    "Knudsen",
    "Mikkelsen",
    "Frederiksen",
    "Laursen",
    "Østergaard",
    "Bach",
    "Holm",
    "Kjær",
    "Dalsgaard",
    "Lund",
    "Skov",
    "Bak",
    "Vestergaard",
    "Bundgaard",
    "Kofoed",
    "Lauridsen",
    "Iversen",
    "Brødsgaard",
    "Fogh",
    "Thygesen",
    "Damgaard",
    "Søgaard",
    "Riis",
    "Munk",
    "Winther",
    "Krogh",
    "Dahl",
    "Juhl",
    "Bisgaard",
    "Ravn",
    "Svendsen",
]
SV_FIRST = [
    "Anna",
    "Erik",
    "Maria",
    "Lars",
    "Karin",
    "Anders",
    "Eva",
    "Johan",
    "Kristina",
    "Per",
    "Lena",
    "Mikael",
    "Sara",
    "Karl",
    "Emma",
    "Fredrik",
    "Ingrid",
    "Nils",
    "Elin",
    "Magnus",
    "Ulla",
    "Jonas",
    "Sofia",
    "Gustav",
    "Linnea",
    "Oskar",
    "Birgitta",
    "Henrik",
    "Astrid",
    "Mattias",
    "Ebba",
    "Björn",
    "Maja",
    "Olof",
    "Greta",
    "Pontus",
    "Agneta",
    "Håkan",
    "Tove",
    "Viktor",
    "Märta",
    "Sven",
    "Lovisa",
    "Torbjörn",
    "Frida",
    "Gunnar",
    "Siv",
    "Axel",
    "Hedvig",
    "Rune",
    "Alva",
    "Stig",
    "Ylva",
]
SV_LAST = [
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
    "Jonsson",
    "Jansson",
    "Hansson",
    "Bengtsson",
    "Jönsson",
    "Lindberg",
    "Jakobsson",
    "Magnusson",
    "Lindström",
    "Lindqvist",
    "Lindgren",
    "Berg",
    "Axelsson",
    "Bergström",
    "Lundberg",
    "Lind",
    "Lundgren",
    "Lundqvist",
    "Mattsson",
    "Berglund",
    "Fredriksson",
    "Sandberg",
    "Henriksson",
    "Forsberg",
    "Sjöberg",
    "Wallin",
    "Engström",
    "Eklund",
    "Danielsson",
    "Håkansson",
    "Lundin",
    "Björk",
    "Bergman",
    "Gunnarsson",
    "Holm",
    "Wikström",
    "Samuelsson",
    "Isaksson",
    "Fransson",
    "Bergqvist",
    "Nyström",
    "Holmberg",
    "Arvidsson",
    "Löfgren",
    "Söderberg",
    "Nyberg",
    "Blomqvist",
]
SV_DOUBLE = [
    "Anna-Karin",
    "Lars-Erik",
    "Karl-Johan",
    "Eva-Lena",
    "Per-Olof",
    "Ann-Sofie",
    "Jan-Erik",
    "Mats-Ola",
    "Britt-Marie",
    "Carl-Henrik",
]
FI_FIRST = [
    "Juha",
    "Anneli",
    "Mikko",
    "Päivi",
    "Timo",
    "Satu",
    "Jari",
    "Leena",
    "Pekka",
    "Sari",
    "Antti",
    "Tiina",
    "Ville",
    "Heidi",
    "Eero",
    "Aino",
    "Ilkka",
    "Kaisa",
]
FI_LAST = [
    "Virtanen",
    "Korhonen",
    "Mäkinen",
    "Nieminen",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Saarinen",
]
NO_FIRST = [
    "Ole",
    "Kari",
    "Per",
    "Ingrid",
    "Knut",
    "Solveig",
    "Håvard",
    "Silje",
    "Eirik",
    "Marit",
    "Sindre",
    "Ragnhild",
    "Torstein",
    "Hilde",
    "Vegard",
]
NO_LAST = [
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Berg",
    "Haugen",
    "Hagen",
    "Bakken",
    "Solberg",
    "Strand",
    "Dahl",
    "Lie",
    "Moen",
    "Eide",
]
OTHER_NAMES = [
    "Ahmed Hassan",
    "Fatima Yilmaz",
    "Zeynep Kaya",
    "Mohammad Rahimi",
    "Ewa Kowalska",
    "Piotr Nowak",
    "Lucia Fernández",
    "Jean-Luc Moreau",
    "Aisha Omar",
    "Dragan Petrović",
    "Nguyen Van Minh",
    "Sarah O'Brien",
    "Kofi Mensah",
    "Leila Haddad",
]

DA_CITIES = [
    ("1620", "København V"),
    ("2100", "København Ø"),
    ("8000", "Aarhus C"),
    ("5000", "Odense C"),
    ("9000", "Aalborg"),
    ("6700", "Esbjerg"),
    ("7100", "Vejle"),
    ("4000", "Roskilde"),
    ("8700", "Horsens"),
    ("3400", "Hillerød"),
    ("6000", "Kolding"),
    ("8900", "Randers"),
    ("7400", "Herning"),
    ("4700", "Næstved"),
    ("2800", "Kongens Lyngby"),
    ("2605", "Brøndby"),
    ("3000", "Helsingør"),
    ("8600", "Silkeborg"),
]
SV_CITIES = [
    ("111 52", "Stockholm"),
    ("411 05", "Göteborg"),
    ("211 20", "Malmö"),
    ("753 20", "Uppsala"),
    ("582 24", "Linköping"),
    ("702 10", "Örebro"),
    ("722 15", "Västerås"),
    ("252 21", "Helsingborg"),
    ("903 26", "Umeå"),
    ("553 18", "Jönköping"),
    ("602 32", "Norrköping"),
    ("222 21", "Lund"),
    ("831 30", "Östersund"),
    ("971 85", "Luleå"),
    ("352 30", "Växjö"),
    ("801 30", "Gävle"),
]
DA_STREETS = [
    "Vesterbrogade",
    "Nørregade",
    "Algade",
    "Søndergade",
    "Østergade",
    "Jernbanegade",
    "Strandvejen",
    "Kongevejen",
    "Skolevej",
    "Møllevej",
    "Birkevej",
    "Egevej",
    "Ringvejen",
    "Havnegade",
    "Torvegade",
    "Fasanvej",
    "Lærkevej",
    "Industrivej",
]
SV_STREETS = [
    "Storgatan",
    "Drottninggatan",
    "Kungsgatan",
    "Sveavägen",
    "Skolgatan",
    "Järnvägsgatan",
    "Södra Vägen",
    "Östra Hamngatan",
    "Björkvägen",
    "Ekvägen",
    "Industrigatan",
    "Hantverkargatan",
    "Västra Långgatan",
    "Kyrkogatan",
    "Parkvägen",
]
DA_FIRMS = [
    "Nordlys Revision ApS",
    "Hansen & Krogh Advokatpartnerselskab",
    "Jydsk Lønservice A/S",
    "Fjordbyg ApS",
    "Kattegat Logistik A/S",
    "Dansk Bogholderi Centralen ApS",
    "Søndergaard VVS I/S",
    "Vestkyst Ejendomme A/S",
    "Bryghuset Ravn ApS",
    "Lindholm IT-Drift A/S",
    "Kobbervej Tandklinik",
    "Amager Rengøring ApS",
]
SV_FIRMS = [
    "Norrsken Redovisning AB",
    "Lindqvist & Berg Advokatbyrå KB",
    "Västkust Lönetjänst AB",
    "Byggmästarna i Mälardalen AB",
    "Öresund Logistik AB",
    "Fjällbyrån Ekonomi HB",
    "Solbacka Fastigheter AB",
    "Kronobergs Bokföringstjänst AB",
    "Sjöstads IT-drift AB",
    "Tandvårdshuset Ekbacken AB",
    "Götaälv Städservice AB",
    "Nordvik Bemanning AB",
]


def da_name(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return f"{rng.choice(DA_FIRST)} {rng.choice(DA_LAST)} {rng.choice(DA_LAST)}"
    return f"{rng.choice(DA_FIRST)} {rng.choice(DA_LAST)}"


def sv_name(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return f"{rng.choice(SV_DOUBLE)} {rng.choice(SV_LAST)}"
    return f"{rng.choice(SV_FIRST)} {rng.choice(SV_LAST)}"


def email_of(name: str, domain: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "a", "ö": "o", "é": "e", "ü": "u", "'": ""})
    bits = name.lower().translate(table).replace("-", "").split()
    return f"{bits[0]}.{bits[-1]}@{domain}"


def firm_domain(firm: str, tld: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "&": " "})
    word = firm.lower().translate(table).split()[0]
    return f"{word}.{tld}"


def from_markup(lang: str, source: str) -> Doc:
    """Hand-written text with ``[[span|ENTITY]]`` markers; the markers are removed and become labels."""
    doc = Doc(lang)
    rest = source
    while "[[" in rest:
        before, _, tail = rest.partition("[[")
        inner, _, rest = tail.partition("]]")
        span, _, entity = inner.rpartition("|")
        doc.t(before)
        doc.lab(span, entity)
    doc.t(rest)
    return doc


def build_args(default_name: str, default_seed: int) -> tuple[int, Path]:
    """``--seed N --out FILE``: a fresh draw of the same families, e.g. to check that a fix did not overfit."""
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=default_seed)
    ap.add_argument("--out", type=Path, default=DATA_DIR / default_name)
    args = ap.parse_args()
    return int(args.seed), Path(args.out)
