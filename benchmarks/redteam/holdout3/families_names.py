"""Generated news and business texts for names.jsonl: many small layouts, each used a few times.

Names come from NAMES below (new pools: names that are also words, particles, hyphenated and double names,
foreign names). Every name is written through ``P(...)`` so that its span is labelled by render.py.
Firms, streets and prizes named after people are written as plain text (not PERSON).
"""

from __future__ import annotations

import random
from collections.abc import Callable

FIRST = {
    "da": {
        "f": [
            "Maja",
            "Rosa",
            "Vita",
            "Lærke",
            "Bodil",
            "Sif",
            "Hodan",
            "Agnete",
            "Ellen",
            "Ane",
            "Mai-Britt",
            "Karen Margrethe",
        ],
        "m": [
            "Bo",
            "Sten",
            "Storm",
            "Aksel",
            "Kaj",
            "Ib",
            "Hamid",
            "Lauge",
            "Villum",
            "Per",
            "Jens-Ole",
            "Hans Jørgen",
        ],
    },
    "sv": {
        "f": [
            "Saga",
            "Sol",
            "Vera",
            "Majken",
            "Siv",
            "Ebba",
            "Hodan",
            "Ingegerd",
            "Liv",
            "Tyra",
            "Ann-Charlotte",
            "Eva Maria",
        ],
        "m": ["Bo", "Sten", "Love", "Tage", "Kim", "Ask", "Hamid", "Folke", "Gösta", "Per", "Lars-Göran", "Carl Johan"],
    },
}
LAST = {
    "da": [
        "Skov",
        "Krog",
        "Due",
        "Ravn",
        "Lund",
        "Fisker",
        "Mølgaard-Holm",
        "de Neergaard",
        "von Bülow",
        "Okafor",
        "Al-Hakim",
        "Kristoffersen",
        "Bak",
        "Winther Lassen",
        "Nygaard",
        "Storm",
    ],
    "sv": [
        "Ek",
        "Strand",
        "Lönn",
        "Falk",
        "Berg",
        "Fiskare",
        "Holm-Nyberg",
        "af Sandeberg",
        "von Platen",
        "Okafor",
        "Al-Hakim",
        "Kristoffersson",
        "Bäck",
        "Wiklund Lind",
        "Nyqvist",
        "Storm",
    ],
}
ORG = {
    "da": [
        "Aarhus Kommune",
        "Dansk Supermarked",
        "Region Hovedstaden",
        "Rigsarkivet",
        "Sydbank",
        "Danmarks Radio",
        "Vejle Boldklub",
        "Aalborg Universitet",
    ],
    "sv": [
        "Malmö stad",
        "ICA Gruppen",
        "Region Stockholm",
        "Riksarkivet",
        "Handelsbanken",
        "Sveriges Radio",
        "IFK Norrköping",
        "Lunds universitet",
    ],
}
ROLE = {
    "da": [
        "administrerende direktør",
        "kommunikationschef",
        "økonomidirektør",
        "cheftræner",
        "afdelingschef",
        "rektor",
    ],
    "sv": ["vd", "kommunikationschef", "ekonomidirektör", "huvudtränare", "avdelningschef", "rektor"],
}
PLACES = {
    "da": [
        "H.C. Andersens Boulevard",
        "Niels Juels Gade",
        "Karen Blixen Museet",
        "Søren Kierkegaards Plads",
        "Thorvaldsens Museum",
        "Carl Nielsens Hus",
        "Tycho Brahe Planetarium",
        "Ole Rømers Observatorium",
    ],
    "sv": [
        "Olof Palmes gata",
        "Drottning Kristinas väg",
        "Astrid Lindgrens Värld",
        "Strindbergsmuseet",
        "Raoul Wallenbergs torg",
        "Carl Larsson-gården",
        "Millesgården",
        "Zorngården",
    ],
}
PRIZES = {
    "da": ["Carl Nielsen-prisen", "Holberg-medaljen", "Georg Jensen-prisen", "Dronning Ingrids Hæderspris"],
    "sv": ["Augustpriset", "Jenny Lind-stipendiet", "Selma Lagerlöf-priset", "Polhemspriset"],
}


def P(name: str) -> str:
    return f"⟦PERSON|{name}⟧"


class People:
    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng, self.lang = rng, lang

    def full(self, gender: str | None = None) -> tuple[str, str, str]:
        g = gender or self.rng.choice("fm")
        first = self.rng.choice(FIRST[self.lang][g])
        last = self.rng.choice(LAST[self.lang])
        return first, last, f"{first} {last}"

    def short_last(self, last: str) -> str:
        """How a surname is repeated: particles are kept in lower case ("de Neergaard")."""
        return last


def cap(name: str) -> str:
    """A name starting a sentence: a particle is capitalised ("De Neergaard"), as Danish and Swedish write it."""
    return name[0].upper() + name[1:]


def gen_of(name: str) -> str:
    """Genitive inside the span (the DaNE/SUC token convention); names ending in s, x or z take none here."""
    return name if name[-1] in "sxz" else name + "s"


def l_appointment(rng: random.Random, lang: str) -> str:
    pp = People(rng, lang)
    f1, l1, n1 = pp.full()
    _, _, n2 = pp.full()
    _, _, n3 = pp.full()
    org, org2 = rng.sample(ORG[lang], 2)
    role = rng.choice(ROLE[lang])
    prize = rng.choice(PRIZES[lang])
    if lang == "da":
        return (
            f"{org} har ansat {P(n1)} som ny {role}. {P(cap(l1))} kommer fra {org2} og afløser {P(n2)}, der går på pension. "
            f'Bestyrelsesformand {P(n3)} glæder sig: "{P(f1)} har præcis den erfaring, vi har brug for." '
            f"{P(cap(l1))} modtog i 2023 {prize}."
        )
    return (
        f"{org} har anställt {P(n1)} som ny {role}. {P(cap(l1))} kommer från {org2} och efterträder {P(n2)}, som går i pension. "
        f'Styrelseordföranden {P(n3)} är nöjd: "{P(f1)} har precis den erfarenhet vi behöver." '
        f"{P(cap(l1))} fick {prize} 2023."
    )


def l_crime(rng: random.Random, lang: str) -> str:
    pp = People(rng, lang)
    _, l1, n1 = pp.full()
    _, _, n2 = pp.full()
    age = rng.randint(19, 70)
    if lang == "da":
        return (
            f"En {age}-årig mand er i byretten idømt seks måneders fængsel for bedrageri mod ældre. Anklager {P(n1)} "
            f"havde krævet ni måneder. Forsvarer {P(n2)} oplyser, at dommen ankes. {P(cap(l1))} var tilfreds med skyldsspørgsmålet."
        )
    return (
        f"En {age}-årig man har dömts av tingsrätten till sex månaders fängelse för bedrägerier mot äldre. Åklagaren {P(n1)} "
        f"hade yrkat nio månader. Försvararen {P(n2)} säger att domen överklagas. {P(cap(l1))} är nöjd med skuldfrågan."
    )


def l_sport(rng: random.Random, lang: str) -> str:
    pp = People(rng, lang)
    f1, _l1, n1 = pp.full("m")
    _, _, n2 = pp.full("m")
    _, l3, n3 = pp.full()
    if lang == "da":
        return (
            f"{P(n1)} scorede to gange, da holdet vandt 3-1 søndag. Det sidste mål kom på oplæg fra {P(n2)}. "
            f'"{P(f1)} var fantastisk i dag," sagde træner {P(n3)} bagefter. {P(cap(gen_of(l3)))} hold er nu nummer to.'
        )
    return (
        f"{P(n1)} gjorde två mål när laget vann med 3-1 på söndagen. Det sista målet kom efter passning från {P(n2)}. "
        f'"{P(f1)} var fantastisk i dag", sade tränaren {P(n3)} efteråt. {P(cap(gen_of(l3)))} lag ligger nu tvåa.'
    )


def l_obituary(rng: random.Random, lang: str) -> str:
    pp = People(rng, lang)
    f1, _, n1 = pp.full("f")
    c1 = pp.full()[0]
    c2 = pp.full()[0]
    trap = rng.choice(PLACES[lang])
    if lang == "da":
        return (
            f"{P(n1)} er død, {rng.randint(70, 99)} år. {P(f1)} var i mange år frivillig ved {trap} og kendt af alle i kvarteret. "
            f"Hun efterlader børnene {P(c1)} og {P(c2)}."
        )
    return (
        f"{P(n1)} har avlidit, {rng.randint(70, 99)} år. {P(f1)} var i många år volontär vid {trap} och känd av alla i kvarteret. "
        f"Närmast sörjande är barnen {P(c1)} och {P(c2)}."
    )


def l_mail(rng: random.Random, lang: str) -> str:
    pp = People(rng, lang)
    f1, _, _ = pp.full()
    _, _, n2 = pp.full()
    _, _, n3 = pp.full()
    if lang == "da":
        return (
            f"Hej {P(f1)}\n\nJeg har sat {P(n2)} på cc, da vedkommende overtager sagen fra mandag. Mødet flyttes til "
            f"{rng.choice(PLACES[lang])} kl. 13, hvis det passer.\n\nMvh\n{P(n3)}"
        )
    return (
        f"Hej {P(f1)},\n\nJag har satt {P(n2)} på kopia eftersom hen tar över ärendet från måndag. Mötet flyttas till "
        f"{rng.choice(PLACES[lang])} kl. 13 om det passar.\n\nMvh\n{P(n3)}"
    )


def l_minutes(rng: random.Random, lang: str) -> str:
    pp = People(rng, lang)
    people = [pp.full() for _ in range(rng.randint(3, 5))]
    present = ", ".join(P(n) for _, _, n in people)
    owner = people[rng.randrange(len(people))]
    initials = f"{owner[0][0]}. {owner[1]}"
    if lang == "da":
        return (
            f"Til stede: {present}\n\n1. Budget 2026 gennemgået.\n2. Ny leverandør vælges i januar (ansvarlig: {P(initials)}).\n"
            f"3. {P(people[0][0])} undersøger priser."
        )
    return (
        f"Närvarande: {present}\n\n1. Budget 2026 genomgången.\n2. Ny leverantör väljs i januari (ansvarig: {P(initials)}).\n"
        f"3. {P(people[0][0])} undersöker priser."
    )


def l_press_quote(rng: random.Random, lang: str) -> str:
    pp = People(rng, lang)
    _, l1, n1 = pp.full()
    firm = f"{pp.full()[1]} & {pp.full()[1]}"
    if lang == "da":
        return (
            f'Advokatfirmaet {firm} har rådgivet ved salget. "Vi er glade for aftalen," siger partner {P(n1)}. '
            f"Ifølge {P(l1)} ventes handlen at blive godkendt i første kvartal."
        )
    return (
        f'Advokatfirman {firm} har varit rådgivare vid försäljningen. "Vi är glada över avtalet", säger delägaren {P(n1)}. '
        f"Enligt {P(l1)} väntas affären godkännas under första kvartalet."
    )


def l_invite(rng: random.Random, lang: str) -> str:
    pp = People(rng, lang)
    names = [pp.full()[2] for _ in range(rng.randint(2, 4))]
    req = "Obligatoriske deltagere" if lang == "da" else "Obligatoriska deltagare"
    opt = "Valgfri" if lang == "da" else "Valfria"
    return f"{req}: {'; '.join(P(n) for n in names[:-1])}\n{opt}: {P(names[-1])}\n\n" + (
        "Vi gennemgår tilbuddene fra leverandørerne." if lang == "da" else "Vi går igenom leverantörernas anbud."
    )


def l_birthdays(rng: random.Random, lang: str) -> str:
    pp = People(rng, lang)
    rows = [f"{P(pp.full()[2])} ({rng.choice([30, 40, 50, 60])} år)" for _ in range(rng.randint(2, 4))]
    head = "Tillykke til" if lang == "da" else "Grattis till"
    return f"{head} " + ", ".join(rows[:-1]) + (" og " if lang == "da" else " och ") + rows[-1] + "!"


def l_org_lines(rng: random.Random, lang: str) -> str:
    pp = People(rng, lang)
    roles = ROLE[lang][:]
    rng.shuffle(roles)
    return "\n".join(f"{r.capitalize()}: {P(pp.full()[2])}" for r in roles[: rng.randint(3, 5)])


def l_headers(rng: random.Random, lang: str) -> str:
    pp = People(rng, lang)
    a, b, c = pp.full(), pp.full(), pp.full()
    frm, to, subj = ("Fra", "Til", "Emne") if lang == "da" else ("Från", "Till", "Ämne")
    body = (
        f"Hej {P(b[0])}\n\nSe vedhæftede. {P(c[2])} har godkendt."
        if lang == "da"
        else f"Hej {P(b[0])},\n\nSe bifogat. {P(c[2])} har godkänt."
    )
    offer = "Tilbud" if lang == "da" else "Offert"
    return f"{frm}: {P(a[2])}\n{to}: {P(b[2])}\nCc: {P(c[2])}\n{subj}: {offer}\n\n{body}\n\n{P(a[0])}"


def l_programme(rng: random.Random, lang: str) -> str:
    pp = People(rng, lang)
    by = "v/" if lang == "da" else "med"
    items = [
        "Velkomst" if lang == "da" else "Välkomna",
        "Keynote",
        "Paneldebat" if lang == "da" else "Paneldebatt",
        "Afslutning" if lang == "da" else "Avslutning",
    ]
    return "\n".join(f"Kl. {9 + i}.00  {it} {by} {P(pp.full()[2])}" for i, it in enumerate(items))


def l_property(rng: random.Random, lang: str) -> str:
    pp = People(rng, lang)
    seller, buyer = pp.full()[2], pp.full()[2]
    trap = rng.choice(PLACES[lang])
    if lang == "da":
        return f"Solgt: Villa tæt på {trap}, 148 m², solgt af {P(seller)} til {P(buyer)} for 4,2 mio. kr."
    return f"Såld: Villa nära {trap}, 148 kvm, såld av {P(seller)} till {P(buyer)} för 4,2 mkr."


LAYOUTS: dict[str, Callable[[random.Random, str], str]] = {
    "gen-appointment": l_appointment,
    "gen-crime": l_crime,
    "gen-sport": l_sport,
    "gen-obituary": l_obituary,
    "gen-mail": l_mail,
    "gen-minutes": l_minutes,
    "gen-press-quote": l_press_quote,
    "gen-invite": l_invite,
    "gen-birthdays": l_birthdays,
    "gen-org-lines": l_org_lines,
    "gen-headers": l_headers,
    "gen-programme": l_programme,
    "gen-property": l_property,
}
