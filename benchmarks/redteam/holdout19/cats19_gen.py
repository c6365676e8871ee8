"""Generated documents of the v19 categories hold-out: four layouts per language (a job-centre contact note, a
customer-service call note, an exit-interview form and a club or tenants' board item), DRAWS draws each. In
REVEALING of the draws the focus line reveals a category about the one named person (eight lines per language, one
for each category but biometric); in the others a look-alike line reuses the words without revealing. The header names the person and is never a label."""

from __future__ import annotations

import random
from collections.abc import Callable

DRAWS = 5
REVEALING = 2
_REVEAL_AT = (0, 3)

# Invented people of Danish, Swedish, Faroese, Polish, Bosnian, Eritrean, Kurdish, Chilean, Vietnamese, Finnish
# and Iraqi origin, a particle and a double surname among them: (name, female).
PEOPLE: dict[str, list[tuple[str, bool]]] = {
    "da": [
        ("Rikke Fogh Damgaard", True),
        ("Bjarne Toft", False),
        ("Sunniva Joensen", True),
        ("Paweł Kubiak", False),
        ("Amra Hodžić", True),
        ("Tesfay Gebremariam", False),
        ("Rojda Aslan", True),
        ("Claus von Holstein", False),
        ("Camila Rojas Nielsen", True),
        ("Minh Tran", False),
    ],
    "sv": [
        ("Ebba Lindroth", True),
        ("Hampus Wiberg", False),
        ("Aino Heikkinen", True),
        ("Krzysztof Mazur", False),
        ("Lejla Begović", True),
        ("Daniel Tesfaye", False),
        ("Zhiyar Mahmoud", False),
        ("Charlotte af Rosen", True),
        ("Ali Jabbar Karlsson", False),
        ("Thi Lan Nguyen", True),
    ],
}

TOWNS = {
    "da": ("Randers", "Næstved", "Holstebro", "Frederikshavn", "Køge", "Svendborg"),
    "sv": ("Gävle", "Växjö", "Sundsvall", "Trollhättan", "Östersund", "Kalmar"),
}

STAFF = {
    "da": ("Hanne Kjær", "Ole Brandt", "Susanne Lykke", "Martin Dyhr"),
    "sv": ("Åsa Lindell", "Per Gustavsson", "Mona Sahlin Berg", "Fredrik Olin"),
}

# Revealing focus lines: (category, template). ``{first}`` the first name, ``{pn}``/``{pos}`` the pronouns.
REVEAL: dict[str, list[tuple[str, str]]] = {
    "da": [
        ("health", "{first} oplyser, at {pn} er i behandling for tarmkræft og får kemo hver tredje uge."),
        ("religion", "{first} fortæller, at {pn} er katolik og ikke arbejder om søndagen, fordi {pn} går i kirke."),
        ("trade_union", "{first} er medlem af Dansk Metal, og fagforeningen deltager i næste møde."),
        ("political_opinion", "{first} sidder i byrådet for SF og kan ikke mødes tirsdag aften."),
        ("criminal_records", "{first} har en dom for butikstyveri fra i år og har en betinget straf."),
        ("ethnic_origin", "{first} fortæller, at {pn} er kurder og har oplevet diskrimination på grund af det."),
        ("sexual_orientation", "{first} fortæller, at {pn} er homoseksuel og ikke vil skjule det for de andre."),
        ("genetic", "{first} har fået påvist et arveligt anlæg for Huntingtons sygdom ved en gentest."),
    ],
    "sv": [
        ("health", "{first} berättar att {pn} har reumatism och tar Methotrexat varje vecka."),
        ("religion", "{first} berättar att {pn} fastar under ramadan och vill ha rast vid solnedgången."),
        ("trade_union", "{first} är medlem i Kommunal och facket deltar på nästa möte."),
        ("political_opinion", "{first} sitter i kommunfullmäktige för Liberalerna och kan inte på tisdagar."),
        ("criminal_records", "{first} är dömd för olaga hot och har skyddstillsyn till våren."),
        ("ethnic_origin", "{first} berättar att {pn} är assyrier och har mött fördomar på grund av det."),
        ("sexual_orientation", "{first} berättar att {pn} är bisexuell och inte vill dölja det för de andra."),
        ("genetic", "{first} har ett påvisat ärftligt anlag för Marfans syndrom enligt ett gentest."),
    ],
}

# Look-alike focus lines: the same words, nobody's category revealed.
LOOKALIKE: dict[str, list[str]] = {
    "da": [
        "{first} spørger, om firmaet har en politik for medarbejdere i kræftbehandling.",
        "{first} har været til koncert i Domkirken og anbefaler den til kollegerne.",
        "{first} vil ikke oplyse, om {pn} er medlem af en fagforening.",
        "{first} har talt votter ved folketingsvalget som tilforordnet.",
        "{first} har været vidne i en sag om butikstyveri og skal afgive forklaring.",
        "{first} har lånt en bog om kurdisk historie på biblioteket.",
        "{first} har hængt regnbueflag op til Pride-ugen for personaleforeningen.",
        "{first} har spurgt, hvad en gentest koster, til en opgave på studiet.",
        "{first} har fået nyt adgangskort, fordi det gamle knækkede.",
        "{first} har meldt sig som frivillig til indsamlingen for Kræftens Bekæmpelse.",
        "{first} har købt Panodil og plaster til førstehjælpskassen.",
        "{first} har bestilt vegetarmad til julefrokosten.",
    ],
    "sv": [
        "{first} frågar om företaget har en policy för anställda med reumatism.",
        "{first} har varit på julkonsert i Domkyrkan och tipsar kollegerna.",
        "{first} vill inte uppge om {pn} är medlem i facket.",
        "{first} har räknat röster i valet som valförrättare.",
        "{first} har vittnat i ett mål om olaga hot och ska höras igen.",
        "{first} har lånat en bok om assyrisk historia på biblioteket.",
        "{first} har hängt upp regnbågsflaggan till Pride för personalklubben.",
        "{first} har frågat vad ett gentest kostar, till en uppgift på kursen.",
        "{first} har fått en ny tagg, eftersom den gamla gick sönder.",
        "{first} har anmält sig som volontär till insamlingen för Diabetesförbundet.",
        "{first} har köpt Alvedon och plåster till förbandslådan.",
        "{first} har beställt vegetarisk mat till julbordet.",
    ],
}


def _pron(lang: str, female: bool) -> dict[str, str]:
    if lang == "da":
        return {"pn": "hun" if female else "han", "pos": "hendes" if female else "hans"}
    return {"pn": "hon" if female else "han", "pos": "hennes" if female else "hans"}


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026"


def _jobcentre(rng: random.Random, lang: str, name: str) -> list[str]:
    town, staff = rng.choice(TOWNS[lang]), rng.choice(STAFF[lang])
    if lang == "da":
        return [
            f"Jobcenter {town} – kontaktforløb",
            f"Borger: {name}",
            f"Samtale {_date(rng)}, sagsbehandler {staff}",
            "FOCUS",
            f"Aftale: {rng.choice(('CV opdateres', 'praktik undersøges', 'ny samtale om 4 uger'))}.",
        ]
    return [
        f"Arbetsförmedlingen {town} – anteckning",
        f"Arbetssökande: {name}",
        f"Möte {_date(rng)}, handläggare {staff}",
        "FOCUS",
        f"Planering: {rng.choice(('CV uppdateras', 'praktik undersöks', 'nytt möte om 4 veckor'))}.",
    ]


def _callnote(rng: random.Random, lang: str, name: str) -> list[str]:
    firm = rng.choice(("Nordforsikring", "Telekom Syd", "Sparbanken Øst" if lang == "da" else "Sparbanken Norr"))
    ref = f"{rng.randint(100000, 999999)}"
    if lang == "da":
        return [f"{firm} – opkaldsnotat, sag {ref}", f"Kunde: {name}", "FOCUS", "Opfølgning: ingen."]
    return [f"{firm} – samtalsanteckning, ärende {ref}", f"Kund: {name}", "FOCUS", "Uppföljning: ingen."]


def _exit(rng: random.Random, lang: str, name: str) -> list[str]:
    staff = rng.choice(STAFF[lang])
    if lang == "da":
        return [
            "Fratrædelsessamtale",
            f"Medarbejder: {name}",
            f"Samtale ført af: {staff}, {_date(rng)}",
            "FOCUS",
            f"Sidste arbejdsdag: {_date(rng)}.",
        ]
    return [
        "Avgångssamtal",
        f"Medarbetare: {name}",
        f"Samtal med: {staff}, {_date(rng)}",
        "FOCUS",
        f"Sista arbetsdag: {_date(rng)}.",
    ]


def _board(rng: random.Random, lang: str, name: str) -> list[str]:
    town = rng.choice(TOWNS[lang])
    n = rng.randint(3, 9)
    if lang == "da":
        return [
            f"{rng.choice(('Boldklubben', 'Afdelingsbestyrelsen', 'Gymnastikforeningen'))} {town} – referat",
            f"Punkt {n}: Medlemmet {name}",
            "FOCUS",
            f"Punkt {n + 1}: Eventuelt.",
        ]
    return [
        f"{rng.choice(('Bollklubben', 'Brf-styrelsen', 'Gymnastikföreningen'))} {town} – protokoll",
        f"§ {n} Medlemmen {name}",
        "FOCUS",
        f"§ {n + 1} Övrigt.",
    ]


Layout = Callable[[random.Random, str, str], list[str]]
LAYOUTS: tuple[tuple[str, Layout], ...] = (
    ("gen-jobcentre", _jobcentre),
    ("gen-callnote", _callnote),
    ("gen-exit", _exit),
    ("gen-board", _board),
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
                focus = template.format(first=first, **_pron(lang, female))
                at = lines.index("FOCUS")
                lines[at] = focus
                labels: list[dict[str, object]] = []
                if category:
                    start = sum(len(line) + 1 for line in lines[:at])
                    labels.append({"start": start, "end": start + len(focus), "entity": category})
                docs.append({"lang": lang, "text": "\n".join(lines), "labels": labels, "family": f"{family}-{lang}"})
    return docs
