"""Generated name layouts of v4: each ``rng -> (lang, marked-up text)`` with every person's name in ``⟦...⟧``.

Layouts: profile blurbs, Teams posts with @-mentions, org charts, contact CSVs, court lists, race results,
conference programmes, anniversaries, ticket assignments, staff newsletters, wedding notices, property
transfers, council votes, out-of-office replies and reviews. Each is drawn 8 times with new people.
"""

from __future__ import annotations

import random
from collections.abc import Callable

Family = Callable[[random.Random], tuple[str, str]]

FIRST = {
    "da": [
        "Asta",
        "Bo",
        "Carl Emil",
        "Dagmar",
        "Eskild",
        "Frej",
        "Gunver",
        "Hakon",
        "Ida Marie",
        "Jeppe",
        "Kaj",
        "Lykke",
        "Mads",
        "Nete",
        "Otto",
        "Pil",
        "Rune",
        "Sol",
        "Storm",
        "Tinne",
        "Ulf",
        "Vagn",
        "Åse",
        "Mark",
    ],
    "sv": [
        "Ada",
        "Bo",
        "Carl-Johan",
        "Dag",
        "Ebbe",
        "Freja",
        "Gun",
        "Hilding",
        "Ingela",
        "Joel",
        "Klara",
        "Liv",
        "Måns",
        "Nora",
        "Ove",
        "Pia",
        "Ronja",
        "Siri",
        "Stig",
        "Tyra",
        "Ulf",
        "Vilja",
        "Åke",
        "Love",
    ],
}
LAST = {
    "da": [
        "Ravn",
        "Skov",
        "Holm",
        "Due",
        "Vind",
        "Krog",
        "Bach",
        "Bonde",
        "Mølgaard",
        "Fisker",
        "Kragh",
        "Brink",
        "Hvid",
        "Winther",
        "Østergaard-Poulsen",
        "Bruun",
        "Sand",
        "Kamp",
    ],
    "sv": [
        "Ek",
        "Lönn",
        "Falk",
        "Strand",
        "Vinge",
        "Sten",
        "Berg",
        "Dahl",
        "Hägg",
        "Nordin",
        "Åkerlund",
        "Wallin",
        "Sjöström",
        "Lind-Holm",
        "Rapp",
        "Björk",
        "Sand",
        "Kamp",
    ],
}
FOREIGN = [
    "Agata Zielińska",
    "Ömer Demir",
    "Hoa Tran",
    "Abdirahman Farah",
    "Tiago Mendes",
    "Rania El-Sayed",
    "Vikram Iyer",
    "Milica Petrović",
    "Chinedu Okafor",
    "Olena Melnyk",
    "Juan Pablo Rojas",
    "Li Wei",
    "Siobhán O'Neill",
    "Pieter van Dijk",
    "Aylin Kaya",
    "Mohamed Ali Abdullahi",
]
PARTICLES = {
    "da": ["Christian de Falsen", "Elisabeth von Holstein", "Sophie de Linde"],
    "sv": ["Gustaf af Ugglas", "Ebba von Essen", "Carl De Geer"],
}


def name(rng: random.Random, lang: str) -> str:
    r = rng.random()
    if r < 0.15:
        return rng.choice(FOREIGN)
    if r < 0.2:
        return rng.choice(PARTICLES[lang])
    return f"{rng.choice(FIRST[lang])} {rng.choice(LAST[lang])}"


def split_name(full: str) -> tuple[str, str]:
    """First name(s) and surname of a pool name (double first names and particles kept together)."""
    words = full.split()
    for lang in ("da", "sv"):
        for first in FIRST[lang]:
            if " " in first and full.startswith(first + " "):
                return first, full[len(first) + 1 :]
    for i, w in enumerate(words):
        if i and w in ("de", "von", "af", "van", "De"):
            return " ".join(words[:i]), " ".join(words[i:])
    return " ".join(words[:-1]), words[-1]


def genitive(surname: str) -> str:
    """The genitive as written: -s glued (inside the span), or an apostrophe after a final s (outside)."""
    return f"⟦{surname}⟧'" if surname.endswith(("s", "x", "z")) else f"⟦{surname}s⟧"


def people(rng: random.Random, lang: str, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        p = name(rng, lang)
        if p not in out:
            out.append(p)
    return out


def _lang(rng: random.Random) -> str:
    return rng.choice(["da", "sv"])


def profile(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    p, q = people(rng, lang, 2)
    first = p.split()[0]
    if lang == "da":
        return lang, (
            f"⟦{p}⟧\nCFO hos Nordlys Energi A/S · Aarhus\n\nOm\n⟦{first}⟧ har 15 års erfaring med økonomistyring "
            f'og kom til Nordlys fra Danske Bank. Anbefalet af ⟦{q}⟧: "⟦{first}⟧ er den bedste chef, jeg har haft."'
        )
    return lang, (
        f"⟦{p}⟧\nCFO på Norrsken Energi AB · Umeå\n\nOm\n⟦{first}⟧ har 15 års erfarenhet av ekonomistyrning "
        f"och kom till Norrsken från Handelsbanken. Rekommenderad av ⟦{q}⟧: ”⟦{first}⟧ är den bästa chef jag haft.”"
    )


def teams_post(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    a, b, c = people(rng, lang, 3)
    if lang == "da":
        return lang, (
            f"⟦{a}⟧ 10:14\nTak til @⟦{b}⟧ og @⟦{c}⟧ for hjælpen med kvartalsrapporten! 🎉\n"
            f"  ⟦{b}⟧ 10:20\n  Selv tak - det var mest ⟦{c.split()[0]}⟧ 😄"
        )
    return lang, (
        f"⟦{a}⟧ 10:14\nTack till @⟦{b}⟧ och @⟦{c}⟧ för hjälpen med kvartalsrapporten! 🎉\n"
        f"  ⟦{b}⟧ 10:20\n  Varsågod – det var mest ⟦{c.split()[0]}⟧ 😄"
    )


def org_chart(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    ps = people(rng, lang, rng.randint(4, 6))
    roles = (
        ["Adm. direktør", "Økonomichef", "Salgschef", "HR-chef", "IT-chef", "Lagerchef"]
        if lang == "da"
        else ["Vd", "Ekonomichef", "Försäljningschef", "HR-chef", "IT-chef", "Lagerchef"]
    )
    out = [f"{roles[0]}: ⟦{ps[0]}⟧"]
    for i, p in enumerate(ps[1:], 1):
        out.append(f"{'└─' if i == len(ps) - 1 else '├─'} {roles[i]}: ⟦{p}⟧")
    return lang, ("Organisationsdiagram\n" if lang == "da" else "Organisationsschema\n") + "\n".join(out)


def contacts_csv(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    rows = ["Fornavn;Efternavn;E-mail;Firma" if lang == "da" else "Förnamn;Efternamn;E-post;Företag"]
    for p in people(rng, lang, rng.randint(3, 5)):
        first, last = split_name(p)
        mail = f"{first.split()[0].lower()}.{last.split()[-1].lower()}@kunde.example".replace("'", "")
        firm = rng.choice(["Holm & Krog ApS", "Berg Invest AB", "Sand Rådgivning", "Kamp Logistik"])
        rows.append(f"⟦{first}⟧;⟦{last}⟧;{mail};{firm}")
    return lang, "\n".join(rows)


def court_list(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    out = ["Retsliste, Retten i Holbæk, tirsdag" if lang == "da" else "Förhandlingslista, Uddevalla tingsrätt, tisdag"]
    for i in range(rng.randint(2, 4)):
        d, j, a = people(rng, lang, 3)
        if lang == "da":
            out.append(
                f"{9 + i}:00  Anklagemyndigheden mod ⟦{d}⟧ (SS {rng.randint(100, 999)}/2026). Dommer: ⟦{j}⟧. Forsvarer: advokat ⟦{a}⟧."
            )
        else:
            out.append(
                f"{9 + i}:00  Åklagaren mot ⟦{d}⟧ (B {rng.randint(100, 999)}-26). Ordförande: rådman ⟦{j}⟧. Försvarare: advokat ⟦{a}⟧."
            )
    return lang, "\n".join(out)


def race_results(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    clubs = (
        ["Aarhus 1900", "Sparta", "Odense Atletik", "AK Holbæk"]
        if lang == "da"
        else ["Hässelby SK", "IFK Lidingö", "Spårvägen", "Örgryte IS"]
    )
    out = ["Resultater, 10 km kvinder/mænd" if lang == "da" else "Resultat, 10 km damer/herrar"]
    for i, p in enumerate(people(rng, lang, rng.randint(4, 6)), 1):
        out.append(f"{i}. ⟦{p}⟧, {rng.choice(clubs)}  {rng.randint(29, 45)}:{rng.randint(10, 59)}")
    return lang, "\n".join(out)


def programme(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    ps = people(rng, lang, 4)
    if lang == "da":
        lines = [
            "Program - Årskonference 2027",
            f"09.00 Velkomst v/ ⟦{ps[0]}⟧, formand",
            f"09.15 Fremtidens arbejdsmarked v/ professor ⟦{ps[1]}⟧",
            f"10.30 Paneldebat med ⟦{ps[2]}⟧ og ⟦{ps[3]}⟧",
            "12.00 Frokost i H.C. Ørsted-salen",
        ]
    else:
        lines = [
            "Program – Årskonferens 2027",
            f"09.00 Välkommen, ⟦{ps[0]}⟧, ordförande",
            f"09.15 Framtidens arbetsmarknad, professor ⟦{ps[1]}⟧",
            f"10.30 Paneldebatt med ⟦{ps[2]}⟧ och ⟦{ps[3]}⟧",
            "12.00 Lunch i Anders Celsius-salen",
        ]
    return lang, "\n".join(lines)


def anniversaries(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    out = ["Jubilæer i december" if lang == "da" else "Jubilarer i december"]
    for p in people(rng, lang, rng.randint(2, 4)):
        yrs = rng.choice([10, 25, 40])
        out.append(
            f"{rng.randint(1, 31)}/12  ⟦{p}⟧, {rng.choice(['Lager', 'Salg', 'Økonomi'] if lang == 'da' else ['Lager', 'Sälj', 'Ekonomi'])} – {yrs} år"
        )
    out.append("Tillykke til jer alle!" if lang == "da" else "Grattis till er alla!")
    return lang, "\n".join(out)


def ticket_assign(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    a, b, c, d = people(rng, lang, 4)
    if lang == "da":
        return lang, (
            f"Sag INC-{rng.randint(1000, 9999)}: Printer på 2. sal virker ikke\nOprettet af: ⟦{a}⟧\nTildelt: ⟦{b}⟧\n"
            f"Følgere: ⟦{c}⟧, ⟦{d}⟧\nKommentar fra ⟦{b.split()[0]}⟧: Toner skiftet, lukker sagen."
        )
    return lang, (
        f"Ärende INC-{rng.randint(1000, 9999)}: Skrivaren på plan 2 fungerar inte\nSkapad av: ⟦{a}⟧\nTilldelad: ⟦{b}⟧\n"
        f"Bevakare: ⟦{c}⟧, ⟦{d}⟧\nKommentar från ⟦{b.split()[0]}⟧: Bytt toner, stänger ärendet."
    )


def newsletter(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    a, b, c = people(rng, lang, 3)
    fa = a.split()[0]
    if lang == "da":
        return lang, (
            f"NYT FRA HUSET\nNye kolleger: ⟦{a}⟧ starter i regnskab og ⟦{b}⟧ i kundeservice. "
            f"⟦{fa}⟧ kommer fra Vestas og glæder sig til at møde jer. Farvel til ⟦{c}⟧, som går på pension efter 31 år."
        )
    return lang, (
        f"NYTT FRÅN HUSET\nNya kollegor: ⟦{a}⟧ börjar på ekonomi och ⟦{b}⟧ på kundtjänst. "
        f"⟦{fa}⟧ kommer från Scania och ser fram emot att träffa er. Vi säger hej då till ⟦{c}⟧ som går i pension efter 31 år."
    )


def weddings(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    out = ["Bryllupper" if lang == "da" else "Vigda"]
    for _ in range(rng.randint(2, 3)):
        a, b = people(rng, lang, 2)
        church = rng.choice(
            ["Vor Frue Kirke", "Sankt Nikolaj Kirke", "Rådhuset"]
            if lang == "da"
            else ["Uppsala domkyrka", "Sofia kyrka", "Rådhuset"]
        )
        out.append(
            f"⟦{a}⟧ og ⟦{b}⟧ blev viet i {church} lørdag."
            if lang == "da"
            else f"⟦{a}⟧ och ⟦{b}⟧ vigdes i {church} i lördags."
        )
    return lang, "\n".join(out)


def property_transfers(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    out = ["Ejendomshandler i Skive" if lang == "da" else "Fastighetsaffärer i Mora"]
    for _ in range(rng.randint(2, 4)):
        s, b = people(rng, lang, 2)
        street = rng.choice(
            ["Bøgevej", "Storegade", "Møllevej"] if lang == "da" else ["Björkvägen", "Storgatan", "Kvarnvägen"]
        )
        price = f"{rng.randint(9, 45) * 100_000:,}".replace(",", ".")
        if lang == "da":
            out.append(f"{street} {rng.randint(1, 60)}: solgt af ⟦{s}⟧ til ⟦{b}⟧ for {price} kr.")
        else:
            out.append(f"{street} {rng.randint(1, 60)}: ⟦{s}⟧ till ⟦{b}⟧, {price.replace('.', ' ')} kr.")
    return lang, "\n".join(out)


def council_votes(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    ps = people(rng, lang, rng.randint(4, 6))
    parties = ["S", "V", "K", "SF", "EL", "DF"] if lang == "da" else ["S", "M", "C", "V", "L", "SD"]
    n = len(ps) // 2 + 1
    yes = ", ".join(f"⟦{p}⟧ ({rng.choice(parties)})" for p in ps[:n])
    no = ", ".join(f"⟦{p}⟧ ({rng.choice(parties)})" for p in ps[n:])
    if lang == "da":
        return lang, f"Punkt 7: Ny skole i Hvam\nFor stemte: {yes}\nImod stemte: {no}\nForslaget blev vedtaget."
    return lang, f"§ 7 Ny skola i Orsa\nFör röstade: {yes}\nEmot röstade: {no}\nFörslaget bifölls."


def out_of_office(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    a, b, c = people(rng, lang, 3)
    if lang == "da":
        return lang, (
            f"Automatisk svar: Tak for din mail. Jeg er på ferie til og med 2. januar. Ved hastende sager kontakt ⟦{b}⟧ "
            f"på tlf. 33 12 45 67 eller ⟦{c}⟧.\n\nVenlig hilsen\n⟦{a}⟧"
        )
    return lang, (
        f"Autosvar: Tack för ditt mejl. Jag är på semester till och med 2 januari. Vid brådskande ärenden kontakta ⟦{b}⟧ "
        f"på 08-123 45 67 eller ⟦{c}⟧.\n\nVänliga hälsningar\n⟦{a}⟧"
    )


def review(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    a, b, c = people(rng, lang, 3)
    sb, sc = split_name(b)[1], split_name(c)[1]
    if lang == "da":
        return lang, (
            f'Anmeldelse: "Vinterrejsen" på Aarhus Teater\nInstruktør ⟦{a}⟧ har skabt en stram forestilling. '
            f"⟦{b}⟧ er fremragende som faderen, og ⟦{sc}⟧ overrasker i rollen som datteren. {genitive(sb)} monolog i anden akt er aftenens højdepunkt."
        )
    return lang, (
        f"Recension: ”Vinterresan” på Dramaten\nRegissören ⟦{a}⟧ har skapat en stram föreställning. "
        f"⟦{b}⟧ är lysande som fadern, och ⟦{sc}⟧ överraskar i rollen som dottern. {genitive(sb)} monolog i andra akten är kvällens höjdpunkt."
    )


FAMILIES: dict[str, Family] = {
    "gen-profile": profile,
    "gen-teamspost": teams_post,
    "gen-orgchart": org_chart,
    "gen-contactscsv": contacts_csv,
    "gen-courtlist": court_list,
    "gen-raceresults": race_results,
    "gen-programme": programme,
    "gen-anniversaries": anniversaries,
    "gen-ticketassign": ticket_assign,
    "gen-newsletter": newsletter,
    "gen-weddings": weddings,
    "gen-propertytransfers": property_transfers,
    "gen-councilvotes": council_votes,
    "gen-outofoffice": out_of_office,
    "gen-review": review,
}
