"""Generated documents of the v17 categories hold-out: five record layouts per language (a home-care visit log,
an HR case file, an insurance claim, a research participant sheet, a probation / legal-aid intake), DRAWS draws
each. In REVEALING of the draws the focus line reveals a category about the one named person; in the others a
look-alike line reuses the words without revealing. The header names the person and is never a label."""

from __future__ import annotations

import random
from collections.abc import Callable

DRAWS = 9
REVEALING = 4
_REVEAL_AT = (1, 3, 5, 7)

# Invented people (full name, female).
PEOPLE: dict[str, list[tuple[str, bool]]] = {
    "da": [
        ("Birthe Kronborg", True),
        ("Villy Aagaard", False),
        ("Naja Kristiansen Heilmann", True),
        ("Emre Kaplan", False),
        ("Zofia Nowak", True),
        ("Hassan Rahimi", False),
        ("Ingelise Bach", True),
        ("Palle de Thurah", False),
        ("Ayaan Warsame", True),
        ("Gunnar Vestergaard", False),
        ("Maiken Lindholt", True),
        ("Tonny Skou", False),
    ],
    "sv": [
        ("Gun-Britt Ljung", True),
        ("Seppo Mäkinen", False),
        ("Nour Haddad", True),
        ("Ove Strömqvist", False),
        ("Ingela af Klint", True),
        ("Milan Petrović", False),
        ("Saga Nilsson-Rehn", True),
        ("Tommy Fransson", False),
        ("Hawa Jalloh", True),
        ("Alf Sjöberg", False),
        ("Kristin Palmgren", True),
        ("Reza Karimi", False),
    ],
}

REVEAL: dict[str, list[tuple[str, str]]] = {
    "da": [
        ("health", "Oplyst: {he} har fået konstateret type 1-diabetes og måler blodsukker fire gange dagligt."),
        ("health", "Oplyst: {he} er i behandling for angst og tager sertralin hver morgen."),
        ("genetic", "Oplyst: {he} har fået påvist arvelig Lynch syndrom ved en gentest."),
        ("biometric", "Oplyst: {his} fingeraftryk og ansigt er registreret i adgangssystemet på jobbet."),
        ("trade_union", "Oplyst: {he} er medlem af FOA og vil have sin tillidsrepræsentant med til møder."),
        ("religion", "Oplyst: {he} er aktiv i Pinsekirken og vil ikke kontaktes om søndagen."),
        ("ethnic_origin", "Oplyst: {he} er af palæstinensisk oprindelse og taler med sin familie på arabisk."),
        ("sexual_orientation", "Oplyst: {he} bor med sin kæreste af samme køn, som er nærmeste pårørende."),
        ("political_opinion", "Oplyst: {he} er lokalformand for Dansk Folkeparti og optaget torsdag aften."),
        ("criminal_records", "Oplyst: {he} afsoner en dom med fodlænke og skal være hjemme efter kl. 21."),
    ],
    "sv": [
        ("health", "Uppgift: {he} har reumatoid artrit och tar metotrexat en gång i veckan."),
        ("health", "Uppgift: {he} har opererats för grå starr och får inte lyfta tungt."),
        ("genetic", "Uppgift: {he} har genom gentest fått veta att {he} bär anlag för Huntingtons sjukdom."),
        ("biometric", "Uppgift: {his} handflata och fingeravtryck är registrerade i arbetsplatsens passersystem."),
        ("trade_union", "Uppgift: {he} är medlem i Kommunal och vill ha sitt skyddsombud med på mötet."),
        ("religion", "Uppgift: {he} är troende muslim och ber fem gånger om dagen."),
        ("ethnic_origin", "Uppgift: {he} är tornedalning och vill ha information på meänkieli."),
        ("sexual_orientation", "Uppgift: {he} lever med en partner av samma kön, som är närstående."),
        ("political_opinion", "Uppgift: {he} sitter i kommunfullmäktige för Vänsterpartiet och har möten på måndagar."),
        ("criminal_records", "Uppgift: {he} är dömd för narkotikabrott och har fotboja till våren."),
    ],
}

LOOKALIKE: dict[str, list[str]] = {
    "da": [
        "Oplyst: {he} spørger, om sundhedsordningen dækker fysioterapi, hvis man får brug for det.",
        "Oplyst: {he} har læst om gentest i avisen og synes, det var spændende.",
        "Oplyst: {he} har fået ny nøglebrik til hoveddøren.",
        "Oplyst: {he} ønsker ikke at oplyse, om {he} er i en fagforening.",
        "Oplyst: {he} har købt en gammel kirkebænk på auktion til haven.",
        "Oplyst: {he} er frivillig ved kaffen, når hallen lægger lokaler til valgmøder.",
        "Oplyst: {he} har været vidne til et færdselsuheld og skal afgive forklaring.",
        "Oplyst: {he} er ikke syg, men kan ikke komme på grund af et barnebarns dåb.",
        "Oplyst: {he} har sendt julekort til hele personalet.",
        "Oplyst: {he} vil gerne have post på dansk og ikke i e-Boks.",
    ],
    "sv": [
        "Uppgift: {he} undrar om försäkringen gäller om man skulle bli sjuk utomlands.",
        "Uppgift: {he} har sett ett program om DNA och släktforskning.",
        "Uppgift: {he} har fått nytt passerkort och ny portkod.",
        "Uppgift: {he} vill inte uppge om {he} är med i facket.",
        "Uppgift: {he} har köpt gamla kyrkbänkar till sommarstugan.",
        "Uppgift: {he} delar ut valsedlar på uppdrag av valnämnden vid valet i september.",
        "Uppgift: {he} blev bestulen på cykeln och har gjort en polisanmälan.",
        "Uppgift: {he} är inte sjuk men kan inte komma på grund av ett barnbarns dop.",
        "Uppgift: {he} har skickat blommor till personalen.",
        "Uppgift: {he} vill ha breven på svenska i stället för engelska.",
    ],
}

STREETS = {
    "da": ["Engtoften", "Skovbrynet", "Fasanvej", "Ågade", "Bakkedraget", "Mosevej"],
    "sv": ["Björkvägen", "Storgatan", "Kvarngränd", "Sjövägen", "Lärkstigen", "Tallbacken"],
}
TOWNS = {
    "da": ["Skjern", "Thisted", "Faxe", "Brønderslev", "Tønder", "Nakskov"],
    "sv": ["Hudiksvall", "Vetlanda", "Arvika", "Boden", "Ystad", "Mjölby"],
}


def _pron(lang: str, female: bool) -> dict[str, str]:
    if lang == "da":
        return {"he": "hun" if female else "han", "his": "hendes" if female else "hans"}
    return {"he": "hon" if female else "han", "his": "hennes" if female else "hans"}


def _cap(line: str) -> str:
    head, sep, rest = line.partition(": ")
    return f"{head}{sep}{rest[:1].upper()}{rest[1:]}"


Layout = Callable[[random.Random, str, str, str], list[str]]


def _homecare(rng: random.Random, lang: str, name: str, first: str) -> list[str]:
    street, n = rng.choice(STREETS[lang]), rng.randint(2, 60)
    hh, mm = rng.randint(7, 10), rng.choice(("05", "20", "35", "50"))
    if lang == "da":
        return [
            f"Hjemmeplejen, besøgslog {rng.randint(1, 28)}.{rng.randint(1, 12)}.",
            f"Borger: {name}, {street} {n}",
            f"{hh}.{mm} Morgenbesøg, hjælp til bad og påklædning.",
            "FOCUS",
            f"{hh + 1}.{mm} Opvask og skrald taget med ud.",
        ]
    return [
        f"Hemtjänsten, besökslogg {rng.randint(1, 28)}/{rng.randint(1, 12)}",
        f"Brukare: {name}, {street} {n}",
        f"{hh}.{mm} Morgonbesök, hjälp med dusch och påklädning.",
        "FOCUS",
        f"{hh + 1}.{mm} Diskat och tagit ut soporna.",
    ]


def _hrcase(rng: random.Random, lang: str, name: str, first: str) -> list[str]:
    case = rng.randint(1000, 9999)
    if lang == "da":
        return [
            f"HR-sag {case}, personalemappe",
            f"Medarbejder: {name}, {rng.choice(('lager', 'kundeservice', 'rengøring', 'kantine'))}",
            f"Møde holdt med {first} og nærmeste leder.",
            "FOCUS",
            "Næste opfølgning aftalt om seks uger.",
        ]
    return [
        f"HR-ärende {case}, personalakt",
        f"Medarbetare: {name}, {rng.choice(('lager', 'kundtjänst', 'lokalvård', 'kök'))}",
        f"Möte hållet med {first} och närmaste chef.",
        "FOCUS",
        "Nästa uppföljning om sex veckor.",
    ]


def _claim(rng: random.Random, lang: str, name: str, first: str) -> list[str]:
    no = rng.randint(100000, 999999)
    if lang == "da":
        return [
            f"Skadesag {no}, sagsbehandlernotat",
            f"Forsikringstager: {name}, {rng.choice(TOWNS[lang])}",
            f"Talt med {first} i telefon om sagens gang.",
            "FOCUS",
            "Sagen afventer dokumentation.",
        ]
    return [
        f"Skadeärende {no}, handläggaranteckning",
        f"Försäkringstagare: {name}, {rng.choice(TOWNS[lang])}",
        f"Talat med {first} i telefon om ärendet.",
        "FOCUS",
        "Ärendet väntar på underlag.",
    ]


def _study(rng: random.Random, lang: str, name: str, first: str) -> list[str]:
    code = f"{rng.choice('ABCD')}{rng.randint(10, 99)}"
    if lang == "da":
        return [
            f"Forskningsprojekt om ældres hverdag, deltagerark {code} (fortroligt)",
            f"Deltager: {name}, {rng.randint(60, 90)} år, {rng.choice(TOWNS[lang])}",
            "Samtykke underskrevet og arkiveret.",
            "FOCUS",
            "Interview 2 bookes efter sommerferien.",
        ]
    return [
        f"Forskningsprojekt om äldres vardag, deltagarblad {code} (sekretess)",
        f"Deltagare: {name}, {rng.randint(60, 90)} år, {rng.choice(TOWNS[lang])}",
        "Samtycke undertecknat och arkiverat.",
        "FOCUS",
        "Intervju 2 bokas efter sommaren.",
    ]


def _intake(rng: random.Random, lang: str, name: str, first: str) -> list[str]:
    if lang == "da":
        return [
            f"Retshjælpen {rng.choice(TOWNS[lang])}, modtagelse",
            f"Klient: {name}",
            f"Sagen drejer sig om en lejekontrakt; {first} har medbragt papirerne.",
            "FOCUS",
            "Frivillig jurist ringer tilbage inden for en uge.",
        ]
    return [
        f"Juridisk rådgivning {rng.choice(TOWNS[lang])}, mottagning",
        f"Klient: {name}",
        f"Ärendet gäller ett hyreskontrakt; {first} har tagit med papperen.",
        "FOCUS",
        "Juriststudent ringer tillbaka inom en vecka.",
    ]


LAYOUTS: tuple[tuple[str, Layout], ...] = (
    ("gen-homecare", _homecare),
    ("gen-hrcase", _hrcase),
    ("gen-claim", _claim),
    ("gen-study", _study),
    ("gen-intake", _intake),
)


def generate(rng: random.Random) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for lang in ("da", "sv"):
        for f, (family, layout) in enumerate(LAYOUTS):
            k = 0
            for d in range(DRAWS):
                name, female = rng.choice(PEOPLE[lang])
                first = name.split()[0]
                pron = _pron(lang, female)
                lines = layout(rng, lang, name, first)
                if d in _REVEAL_AT:
                    category, template = REVEAL[lang][(f * REVEALING + k) % len(REVEAL[lang])]
                    k += 1
                else:
                    category, template = "", LOOKALIKE[lang][(f * DRAWS + d) % len(LOOKALIKE[lang])]
                focus = _cap(template.format(**pron))
                at = lines.index("FOCUS")
                lines[at] = focus
                text = "\n".join(lines)
                labels: list[dict[str, object]] = []
                if category:
                    start = sum(len(line) + 1 for line in lines[:at])
                    labels.append({"start": start, "end": start + len(focus), "entity": category})
                docs.append({"lang": lang, "text": text, "labels": labels, "family": f"{family}-{lang}"})
    return docs
