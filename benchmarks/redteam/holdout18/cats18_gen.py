"""Generated documents of the v18 categories hold-out: four layouts per language (a note on a personnel file, a
municipal decision letter, a hotel or course booking, an association's member log), DRAWS draws each. In
REVEALING of the draws the focus line reveals a category about the one named person; in the others a look-alike
line reuses the words without revealing. The header names the person and is never a label."""

from __future__ import annotations

import random
from collections.abc import Callable

DRAWS = 9
REVEALING = 4
_REVEAL_AT = (0, 2, 5, 7)

# Invented people of Danish, Greenlandic, Polish, Ukrainian, Somali, Turkish, Arab, Iranian and Finnish origin,
# with a particle and a double surname among them: (name, female).
PEOPLE: dict[str, list[tuple[str, bool]]] = {
    "da": [
        ("Mette Bjerregaard", True),
        ("Hassan Al-Sayed", False),
        ("Ewa Kowalczyk", True),
        ("Søren Damgaard", False),
        ("Aputsiaq Lynge", False),
        ("Fatima Osman", True),
        ("Jens Peter Juul", False),
        ("Oksana Melnyk", True),
        ("Kasper von Holstein", False),
        ("Lise Høgh-Nielsen", True),
        ("Emre Yilmaz", False),
        ("Birthe Kjær", True),
    ],
    "sv": [
        ("Annika Bergqvist", True),
        ("Mehmet Demir", False),
        ("Katarzyna Wójcik", True),
        ("Johan af Klercker", False),
        ("Saga Nilsson-Hed", True),
        ("Abdi Warsame", False),
        ("Niklas Laine", False),
        ("Olena Kovalenko", True),
        ("Per-Erik Stål", False),
        ("Yasmin Karimi", True),
        ("Torbjörn Ek", False),
        ("Elsa Grahn", True),
    ],
}

REVEAL: dict[str, list[tuple[str, str]]] = {
    "da": [
        ("health", "{first} har sklerose og har brug for en plads tæt ved udgangen."),
        ("genetic", "En gentest viser, at {first} er bærer af anlægget for cystisk fibrose."),
        ("biometric", "Fingeraftrykket fra {first} er gemt som adgangsnøgle i låsesystemet."),
        ("trade_union", "{first} er medlem af FOA og har bedt om, at tillidsrepræsentanten deltager."),
        ("religion", "{first} er muslim og ønsker halalmad og et roligt sted at bede."),
        ("ethnic_origin", "{first} er romani og har bedt om en tolk til romanes."),
        ("sexual_orientation", "{first} er biseksuel og vil gerne med i regnbuenetværket."),
        ("political_opinion", "{first} er medlem af Dansk Folkeparti og stiller op til kommunalvalget."),
        ("criminal_records", "{first} er prøveløsladt efter en dom for røveri og har meldepligt."),
        ("health", "{first} er i behandling for angst og tager Cipralex hver morgen."),
    ],
    "sv": [
        ("health", "{first} har epilepsi och behöver en plats nära utgången."),
        ("genetic", "Ett gentest visar att {first} bär anlaget för ärftlig bröstcancer."),
        ("biometric", "Fingeravtrycket från {first} är sparat som nyckel i låssystemet."),
        ("trade_union", "{first} är medlem i Vision och vill att ombudet är med på mötet."),
        ("religion", "{first} är jude och önskar koshermat och ledigt på sabbaten."),
        ("ethnic_origin", "{first} är tornedaling och har bett om tolk till meänkieli."),
        ("sexual_orientation", "{first} är homosexuell och vill vara med i regnbågsnätverket."),
        ("political_opinion", "{first} är medlem i Kristdemokraterna och kandiderar i kommunvalet."),
        ("criminal_records", "{first} är villkorligt frigiven efter en dom för bedrägeri och har övervakning."),
        ("health", "{first} behandlas för depression och tar Sertralin varje morgon."),
    ],
}

LOOKALIKE: dict[str, list[str]] = {
    "da": [
        "{first} har spurgt, om man kan få fri til Scleroseforeningens indsamling.",
        "{first} har afleveret nøglen til medicinskabet i receptionen.",
        "{first} har spurgt, om låsesystemet gemmer fingeraftryk, og valgt et kort i stedet.",
        "{first} vil ikke oplyse, om {he} er medlem af en fagforening.",
        "{first} har købt billetter til julekoncerten i Domkirken til hele afdelingen.",
        "{first} har bestilt en tolk til et møde med en leverandør fra Rumænien.",
        "{first} har lånt regnbueflaget til sommerfesten af kommunen.",
        "{first} har fået studiejob med at tælle stemmer ved kommunalvalget.",
        "{first} var vidne i en sag om røveri og har afgivet forklaring.",
        "{first} har meldt flytning til ny adresse pr. 1. i måneden.",
    ],
    "sv": [
        "{first} har frågat om man får ledigt för Epilepsiförbundets insamling.",
        "{first} har lämnat nyckeln till medicinskåpet i receptionen.",
        "{first} har frågat om låssystemet sparar fingeravtryck och valt ett kort i stället.",
        "{first} vill inte uppge om {he} är med i facket.",
        "{first} har köpt biljetter till julkonserten i domkyrkan till hela avdelningen.",
        "{first} har bokat tolk till ett möte med en leverantör från Finland.",
        "{first} har lånat regnbågsflaggan till sommarfesten av kommunen.",
        "{first} har extrajobbat som rösträknare i kommunvalet.",
        "{first} var vittne i ett mål om bedrägeri och har hörts i tingsrätten.",
        "{first} har anmält flytt till ny adress från den 1:a.",
    ],
}

TOWNS = {
    "da": ["Vejle", "Svendborg", "Herning", "Roskilde", "Hjørring", "Næstved"],
    "sv": ["Gävle", "Växjö", "Karlstad", "Luleå", "Halmstad", "Sundsvall"],
}


def _pron(lang: str, female: bool) -> dict[str, str]:
    if lang == "da":
        return {"he": "hun" if female else "han", "his": "hendes" if female else "hans"}
    return {"he": "hon" if female else "han", "his": "hennes" if female else "hans"}


def _cap(line: str) -> str:
    return line[:1].upper() + line[1:]


Layout = Callable[[random.Random, str, str], list[str]]


def _hrnote(rng: random.Random, lang: str, name: str) -> list[str]:
    n = rng.randint(1000, 9999)
    if lang == "da":
        return [
            f"Notat til personalesag nr. {n}",
            f"Medarbejder: {name}",
            "Oprettet af: HR",
            "FOCUS",
            "Opfølgning næste kvartal.",
        ]
    return [
        f"Anteckning i personalakt nr {n}",
        f"Medarbetare: {name}",
        "Upprättad av: HR",
        "FOCUS",
        "Uppföljning nästa kvartal.",
    ]


def _decision(rng: random.Random, lang: str, name: str) -> list[str]:
    town = rng.choice(TOWNS[lang])
    if lang == "da":
        return [
            f"Afgørelse, {town} Kommune",
            f"Borger: {name}",
            "Sagen er behandlet efter serviceloven.",
            "FOCUS",
            "Klagevejledning er vedlagt.",
        ]
    return [
        f"Beslut, {town} kommun",
        f"Sökande: {name}",
        "Ärendet har prövats enligt socialtjänstlagen.",
        "FOCUS",
        "Information om hur man överklagar bifogas.",
    ]


def _booking(rng: random.Random, lang: str, name: str) -> list[str]:
    day = rng.randint(1, 28)
    if lang == "da":
        return [
            "Bookingbekræftelse, kursus og ophold",
            f"Deltager: {name}",
            f"Ankomst: {day}/9 kl. 15",
            "FOCUS",
            "Betaling: faktura til arbejdsgiver",
        ]
    return [
        "Bokningsbekräftelse, kurs och logi",
        f"Deltagare: {name}",
        f"Ankomst: {day}/9 kl. 15",
        "FOCUS",
        "Betalning: faktura till arbetsgivaren",
    ]


def _memberlog(rng: random.Random, lang: str, name: str) -> list[str]:
    year = rng.randint(2019, 2025)
    if lang == "da":
        return [
            "Foreningslog, frivilligkoordinator",
            f"Frivillig: {name}, med siden {year}",
            "FOCUS",
            "Kontingent betalt.",
        ]
    return [
        "Föreningslogg, volontärsamordnare",
        f"Volontär: {name}, med sedan {year}",
        "FOCUS",
        "Medlemsavgiften är betald.",
    ]


LAYOUTS: tuple[tuple[str, Layout], ...] = (
    ("gen-hrnote", _hrnote),
    ("gen-decision", _decision),
    ("gen-booking", _booking),
    ("gen-memberlog", _memberlog),
)


def generate(rng: random.Random) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for lang in ("da", "sv"):
        for f, (family, layout) in enumerate(LAYOUTS):
            k = 0
            for d in range(DRAWS):
                name, female = rng.choice(PEOPLE[lang])
                first = name.split()[0]
                lines = layout(rng, lang, name)
                if d in _REVEAL_AT:
                    category, template = REVEAL[lang][(f * REVEALING + k) % len(REVEAL[lang])]
                    k += 1
                else:
                    category, template = "", LOOKALIKE[lang][(f * DRAWS + d) % len(LOOKALIKE[lang])]
                focus = _cap(template.format(first=first, **_pron(lang, female)))
                at = lines.index("FOCUS")
                lines[at] = focus
                labels: list[dict[str, object]] = []
                if category:
                    start = sum(len(line) + 1 for line in lines[:at])
                    labels.append({"start": start, "end": start + len(focus), "entity": category})
                docs.append({"lang": lang, "text": "\n".join(lines), "labels": labels, "family": f"{family}-{lang}"})
    return docs
