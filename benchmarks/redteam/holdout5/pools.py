"""Small pools of invented people, firms and places for the v5 generated layouts."""

from __future__ import annotations

import random

DA_FIRST = (
    "Anders Birthe Carsten Dorthe Esben Frida Gitte Henning Ida Jesper Karoline Lars Malene Nikolaj Pia Rune Signe "
    "Torben Ulla Vibeke Asger Bodil Christian Dagmar Emil Freja Gustav Hanne Jonas Katrine Leif Marianne Niels "
    "Oda Palle Rikke Sune Tove Viggo Yasmin Zainab Ole Agnes Aksel Villads Tilde Lykke Storm Bo Kaj"
).split()
DA_LAST = (
    "Andersen Bech Christiansen Damgaard Eriksen Frandsen Gravesen Hvid Iversen Jessen Kjær Lauridsen Mogensen "
    "Nørgaard Overgaard Poulsen Qvist Risager Skov Thomsen Udsen Vestergaard Winther Østergaard Aagaard Bang "
    "Dahl Holm Kirk Lund Munk Ravn Sand Toft Vinther Yilmaz Hussein Nguyen Kowalski"
).split()
SV_FIRST = (
    "Agnes Axel Birgitta Carl Dalia Elias Frida Gustav Hedvig Isak Jenny Karl Linnea Magnus Nora Olle Pernilla "
    "Rasmus Sigrid Tobias Ulrika Viktor Wilma Åsa Ebbe Alma Hugo Ines Jonas Klara Leo Maja Nils Oskar Saga Tyra "
    "Vera Yusuf Amir Mirja Dag Stig Liv Love"
).split()
SV_LAST = (
    "Andersson Berglund Carlsson Dahlberg Eklund Forsberg Gustafsson Hedlund Isaksson Johansson Karlsson "
    "Lindqvist Mattsson Nordström Olofsson Persson Quist Rydberg Sjöberg Törnqvist Ullman Wallin Åberg Öberg "
    "Ek Falk Lund Berg Strand Holm Haddad Mohammed Nowak Virtanen Yıldız"
).split()
DA_TOWNS = (
    "Aarhus Odense Aalborg Esbjerg Randers Kolding Horsens Vejle Roskilde Herning Silkeborg Næstved Viborg".split()
)
SV_TOWNS = "Uppsala Västerås Örebro Linköping Helsingborg Jönköping Norrköping Lund Umeå Gävle Borås Sundsvall".split()
DA_STREETS = "Vestergade Nørregade Skolevej Kirkevej Engvej Bøgevej Møllevej Havnegade Åboulevarden Strandvejen".split()
SV_STREETS = (
    "Storgatan Kyrkogatan Skolgatan Björkvägen Tallvägen Ringvägen Hamngatan Åsvägen Parkgatan Torggatan".split()
)


def da_name(rng: random.Random) -> str:
    return f"{rng.choice(DA_FIRST)} {rng.choice(DA_LAST)}"


def sv_name(rng: random.Random) -> str:
    return f"{rng.choice(SV_FIRST)} {rng.choice(SV_LAST)}"


def name(rng: random.Random, lang: str) -> str:
    return da_name(rng) if lang == "da" else sv_name(rng)


def town(rng: random.Random, lang: str) -> str:
    return rng.choice(DA_TOWNS if lang == "da" else SV_TOWNS)


def street(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(DA_STREETS if lang == 'da' else SV_STREETS)} {rng.randint(1, 120)}"
