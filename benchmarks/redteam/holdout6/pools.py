"""Small pools of invented people, towns and firms for the generated v6 families."""

from __future__ import annotations

import random

DA_FIRST = """Anders Birgitte Carsten Dorte Erik Frida Gustav Hanne Ib Jette Karsten Lotte Morten Nina Ole Pia
Rasmus Signe Thor Ulla Vagn Winnie Asger Bodil Claus Ditte Esben Freja Gorm Helle Ivan Jonna Kaj Lykke Malthe
Naja Otto Pernille Rune Sanne Tage Viggo Ane Bent Kim Storm Lærke Birk Sten Holger Inge""".split()
DA_LAST = """Andersen Bech Dalsgaard Eriksen Fogh Gram Hedegaard Iversen Juul Kjærgaard Lund Mortensen Nørgaard
Overgaard Poulsen Qvist Raun Schou Thygesen Uldall Vestergaard Winther Østergaard Agerbæk Brask Dyhr Friis
Graversen Holst Kragh Lauritsen Mikkelsen Nyholm Pihl Riis Skov Bang Bach Holm Hvid Krog Sand""".split()
SV_FIRST = """Agnes Bertil Cecilia David Ebba Fredrik Gunilla Henrik Ingrid Jakob Karin Lars Maja Nils Olivia Per
Ronja Stefan Tove Ulf Viktor Wilma Alva Björn Cornelia Dag Elin Filip Greta Hampus Isak Josefin Kent Linnea
Mattias Nora Oskar Pontus Rut Sigrid Ture Vera Ylva Axel Sol Liv Saga""".split()
SV_LAST = """Andersson Berglund Carlsson Dahlberg Ek Forsberg Gustafsson Hedlund Isaksson Johansson Kvist Lindström
Magnusson Nyberg Olsson Persson Quist Rosén Sandberg Torstensson Ullman Wikström Åberg Öhman Almqvist Blom
Ekman Falk Granlund Holmberg Jansson Lind Mattsson Norén Palm Sjögren Strand Vik Berg Lund""".split()
FOREIGN = [
    ("Tomasz", "Wiśniewski"),
    ("Ayşe", "Demir"),
    ("Nguyen", "Thi Lan"),
    ("Abdirahman", "Hassan"),
    ("João", "Ferreira"),
    ("Oksana", "Kovalenko"),
    ("Rajesh", "Iyer"),
    ("Goran", "Petrović"),
    ("Chinedu", "Okafor"),
    ("María José", "Gutiérrez"),
    ("Siobhán", "Murphy"),
    ("Wei", "Zhang"),
    ("Leila", "Ahmadi"),
    ("Dariusz", "Zieliński"),
    ("Amina", "Yusuf"),
    ("Hiroshi", "Tanaka"),
]
DA_TOWNS = [
    "Aalborg",
    "Herning",
    "Næstved",
    "Svendborg",
    "Hjørring",
    "Roskilde",
    "Kolding",
    "Viborg",
    "Ribe",
    "Nakskov",
]
SV_TOWNS = ["Västerås", "Luleå", "Karlstad", "Växjö", "Gävle", "Kalmar", "Falun", "Visby", "Borås", "Skövde"]
DA_STREETS = ["Ahornvej", "Bakkegårdsvej", "Engtoften", "Fasanvej", "Græsmarken", "Hybenvej", "Kirkebakken", "Lærkevej"]
SV_STREETS = [
    "Björkvägen",
    "Kyrkogatan",
    "Lingonstigen",
    "Sjövägen",
    "Tallbacken",
    "Villagatan",
    "Åsgatan",
    "Ängsvägen",
]
DA_FIRMS = [
    "Limfjord Logistik ApS",
    "Brødrene Dahl Transport",
    "Nordsøen Fiskeeksport A/S",
    "Kastrup Kontorservice",
    "Holstebro Rengøring ApS",
    "Fynsk Byggecenter A/S",
    "Danbolig Nord",
    "Solskin Rejser ApS",
]
SV_FIRMS = [
    "Norrlands Frakt AB",
    "Bergslagens Måleri AB",
    "Kustbostäder i Ystad AB",
    "Tre Kronor Resor AB",
    "Sörmlands Elinstallation AB",
    "Växjö Data & Tele AB",
    "Hallands Hem AB",
    "Mälardalens Bil AB",
]


def person(rng: random.Random, lang: str, foreign: float = 0.1) -> tuple[str, str]:
    if rng.random() < foreign:
        return rng.choice(FOREIGN)
    if lang == "sv":
        return rng.choice(SV_FIRST), rng.choice(SV_LAST)
    return rng.choice(DA_FIRST), rng.choice(DA_LAST)


def full(rng: random.Random, lang: str, foreign: float = 0.1) -> str:
    first, last = person(rng, lang, foreign)
    return f"{first} {last}"


def town(rng: random.Random, lang: str) -> str:
    return rng.choice(SV_TOWNS if lang == "sv" else DA_TOWNS)


def street(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(SV_STREETS if lang == 'sv' else DA_STREETS)} {rng.randint(1, 88)}"


def firm(rng: random.Random, lang: str) -> str:
    return rng.choice(SV_FIRMS if lang == "sv" else DA_FIRMS)
