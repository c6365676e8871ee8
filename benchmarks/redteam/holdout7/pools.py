"""Small pools of invented people, firms and places for the v7 generated layouts (synthetic identities only)."""

from __future__ import annotations

import random

DK_FIRST = (
    "Anders Birgit Carsten Ditte Eskild Fie Gorm Hanne Ib Jette Kasper Lise Mogens Nina Orla Pia Rune Signe "
    "Torben Ulla Vagn Winnie Aksel Bodil Casper Dagny Egon Frida Gustav Hjørdis Ivan Jytte Knud Lærke Malte "
    "Naja Oluf Pernille Rasmus Susanne Thorvald Vibeke Bent Astrid"
).split()
DK_LAST = (
    "Andersen Bech Christiansen Dahl Egholm Frederiksen Gregersen Hedegaard Iversen Juhl Kjeldsen Lauridsen "
    "Munch Nygaard Overgaard Poulsen Qvist Riis Skovgaard Thomsen Urup Villadsen Winther Østergaard Aagaard "
    "Bisgaard Damgaard Fogh Holst Kragh Lykke Mølgaard Nørby Rask Sloth Toft Vind"
).split()
SE_FIRST = (
    "Agneta Bo Cecilia Dan Ebba Fredrik Gunilla Henrik Ingrid Jonas Karin Lennart Maria Nils Olle Pernilla "
    "Rickard Sofia Tobias Ulrika Viktor Åsa Alice Björn Camilla David Elsa Filip Greta Hugo Ida Jens Klara "
    "Leo Maja Nora Oskar Stina Tuva Vera Wilhelm"
).split()
SE_LAST = (
    "Almqvist Bergström Carlsson Danielsson Ekström Forsberg Gustafsson Holmberg Isaksson Jakobsson Lindberg "
    "Magnusson Nordin Olsson Pettersson Rydberg Sundberg Törnqvist Wallin Åström Öberg Blomqvist Engström "
    "Hedberg Lundqvist Norberg Sjögren Söderlund Viklund Axelsson"
).split()
DK_WOMEN = (
    "Birgit Ditte Fie Hanne Jette Lise Nina Pia Signe Ulla Winnie Bodil Dagny Frida Jytte Lærke Naja Pernille".split()
)
DK_MEN = (
    "Anders Carsten Eskild Gorm Ib Kasper Mogens Orla Rune Torben Vagn Aksel Casper Egon Gustav Knud Malte Oluf".split()
)
SE_WOMEN = "Agneta Cecilia Ebba Gunilla Ingrid Karin Maria Pernilla Sofia Ulrika Åsa Alice Camilla Elsa Greta Ida Klara".split()
SE_MEN = (
    "Bo Dan Fredrik Henrik Jonas Lennart Nils Olle Rickard Tobias Viktor Björn David Filip Hugo Jens Leo Oskar".split()
)
NO_NAMES = "Kari Nordmann|Ola Haugen|Ingrid Bakke|Sindre Moe|Tone Aasland|Eirik Solheim|Hilde Vik|Jørn Lie".split("|")
FI_NAMES = "Aino Virtanen|Juha Korhonen|Sanna Laine|Mikko Heikkinen|Eveliina Koskinen|Tapio Järvinen".split("|")
FOREIGN = (
    "Mohammed Ali|Fatima Hassan|Piotr Kowalski|Olena Shevchenko|Ahmet Yıldız|Maria Garcia|Nguyen Van Minh|"
    "Ana Popescu|Rahim Ahmadi|Aisha Warsame|Jomar Santos|Tomasz Nowak|Siti Rahman|Dario Rossi"
).split("|")
DK_TOWNS = (
    "Aarhus|Odense|Aalborg|Esbjerg|Randers|Kolding|Horsens|Vejle|Roskilde|Herning|Næstved|Viborg|Skive|Thisted".split(
        "|"
    )
)
SE_TOWNS = "Malmö|Göteborg|Uppsala|Västerås|Örebro|Linköping|Helsingborg|Jönköping|Norrköping|Umeå|Gävle|Borås|Luleå|Kalmar".split(
    "|"
)
DK_FIRMS = "Nordvest Tømrer ApS|Holm Rengøring I/S|Fjordens Fisk A/S|Bakkegården Mejeri|Kattegat Shipping A/S|Vestjysk VVS ApS".split(
    "|"
)
SE_FIRMS = "Norrlands Plåt AB|Kustfisk i Bohuslän AB|Mälardalens Städ AB|Gårdsbutiken Ek HB|Västkust Rederi AB|Bygg & Mark i Dalarna AB".split(
    "|"
)


def dk(rng: random.Random) -> str:
    return f"{rng.choice(DK_FIRST)} {rng.choice(DK_LAST)}"


def se(rng: random.Random) -> str:
    return f"{rng.choice(SE_FIRST)} {rng.choice(SE_LAST)}"


def person(rng: random.Random, lang: str) -> str:
    if lang == "da":
        return dk(rng)
    if lang == "sv":
        return se(rng)
    if lang == "no":
        return rng.choice(NO_NAMES)
    if lang == "fi":
        return rng.choice(FI_NAMES)
    return rng.choice(FOREIGN)


def date(rng: random.Random, fmt: str = "%d.%m.%Y") -> str:
    import datetime as dt

    d = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 333))
    return d.strftime(fmt)
