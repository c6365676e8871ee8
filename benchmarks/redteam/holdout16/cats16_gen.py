"""Generated documents of the v16 categories hold-out: five layouts per language from outside the office (a
pharmacy SMS thread, a helpdesk ticket, a travel booking's special-request field, an HR system's free-text field
and a sports club's membership form), each drawn DRAWS times. REVEALING of the draws put a revealing focus line
(labelled, one whole line, going round the language's ten lines so every category appears) and the others a
look-alike line with the same words that reveals nothing about the person. Each document names one person."""

from __future__ import annotations

import random

DRAWS = 9
REVEALING = 4

# Invented people: (full name, female).
PEOPLE: dict[str, list[tuple[str, bool]]] = {
    "da": [
        ("Malthe Brøndum", False),
        ("Sofie Kragh-Iversen", True),
        ("Yusuf Demirci", False),
        ("Agnieszka Wróbel", True),
        ("Rune Albrechtsen", False),
        ("Nivi Lynge", True),
        ("Tariq Haidari", False),
        ("Karoline Friis", True),
        ("Benjamin de Place", False),
        ("Ewa Szymańska", True),
        ("Holger Vestergaard", False),
        ("Amina Warsame", True),
    ],
    "sv": [
        ("Linus Berglöf", False),
        ("Hanna Ek Lindqvist", True),
        ("Dragan Petrović", False),
        ("Saga Nilsson", True),
        ("Kenan Yıldız", False),
        ("Ingela Rapp", True),
        ("Elias von Post", False),
        ("Fatima Abdi", True),
        ("Tobias Hägglund", False),
        ("Marjatta Kivelä", True),
        ("Oscar Lind", False),
        ("Rahel Tesfay", True),
    ],
}

# (category, line); {he}/{his}/{him} are the person's pronouns.
REVEAL: dict[str, list[tuple[str, str]]] = {
    "da": [
        ("health", "Bemærk: {he} tager blodfortyndende medicin efter sin blodprop i februar"),
        ("religion", "{He} faster under ramadanen og ønsker ikke mad før solnedgang"),
        ("trade_union", "Kontingent til Dansk Sygeplejeråd trækkes fra {his} løn hver måned"),
        ("criminal_records", "{He} er dømt for vold i 2023 og afsoner med fodlænke til marts"),
        ("sexual_orientation", "{He} bor sammen med sin mand og har bedt om, at han står som pårørende"),
        ("political_opinion", "{He} stiller op for Enhedslisten til byrådsvalget og vil gerne fri den dag"),
        ("ethnic_origin", "{He} er grønlænder og ønsker kontakt til en grønlandsk tolk ved samtaler"),
        ("genetic", "Gentesten viste, at {he} er bærer af en BRCA1-mutation"),
        ("biometric", "{His} fingeraftryk er registreret til adgangskontrollen i lageret"),
        ("health+genetic", "{He} har cystisk fibrose (to kopier af F508del) og skal have egen stue"),
    ],
    "sv": [
        ("health", "Observera: {he} har typ 1-diabetes och behöver äta regelbundet"),
        ("religion", "{He} är aktiv i Pingstkyrkan och vill vara ledig på söndagar"),
        ("trade_union", "{He} är medlem i Kommunal och har bett att facket får delta på mötet"),
        ("criminal_records", "{He} dömdes för rattfylleri förra året och har indraget körkort"),
        ("sexual_orientation", "{He} lever med sin fru och vill att hon skrivs in som närmast anhörig"),
        ("political_opinion", "{He} sitter i kommunfullmäktige för Centerpartiet och behöver ledigt på torsdagar"),
        ("ethnic_origin", "{He} är same och önskar samisk tolk vid besöket"),
        ("genetic", "Genetisk utredning visade att {he} bär en mutation i MYBPC3-genen"),
        ("biometric", "{His} ansiktsmall är registrerad för inpasseringen i labbet"),
        ("health+genetic", "{He} har hemofili A som ärvts via mamman och ska inte få sprutor i muskeln"),
    ],
}

# Look-alikes: the same words, nothing revealed about the named person.
LOOK: dict[str, list[str]] = {
    "da": [
        "Bemærk: butikken tager imod returmedicin alle hverdage",
        "{He} spurgte, hvornår kantinen holder lukket under ramadanen",
        "{He} har søgt om at få løn udbetalt til en ny konto",
        "{He} har bestilt ny cykellås og hjelm, levering i marts",
        "{He} har ændret pårørende til sin søster",
        "{He} ønsker fri til byrådsvalget for at være tilforordnet på skolen",
        "{He} har boet tre år i Grønland og ønsker kontakt til en kollega derfra",
        "{He} spurgte, om firmaet dækker gentest i sundhedsforsikringen",
        "{His} nøglebrik er registreret til adgangskontrollen i lageret",
        "{He} ønsker egen stue, hvis det er muligt, for at kunne sove",
    ],
    "sv": [
        "Observera: kontoret stänger klockan 15 på fredagar",
        "{He} har frågat om parkeringen vid kyrkan på söndagar",
        "{He} har bett att få mötet flyttat till eftermiddagen",
        "{He} har fått ett nytt körkort efter att det gamla gått ut",
        "{He} vill att {his} bror skrivs in som närmast anhörig",
        "{He} har frågat när kommunfullmäktige sänds på webben",
        "{He} önskar tolk på finska vid besöket",
        "{He} frågade vad en genetisk utredning kostar i allmänhet",
        "{His} passerkort är registrerat för inpasseringen i labbet",
        "{He} vill inte ha sprutor om det finns tabletter",
    ],
}

PRON = {
    "da": {True: ("hun", "hendes", "hende"), False: ("han", "hans", "ham")},
    "sv": {True: ("hon", "hennes", "henne"), False: ("han", "hans", "honom")},
}


def _fill(line: str, lang: str, female: bool) -> str:
    he, his, him = PRON[lang][female]
    return line.format(he=he, his=his, him=him, He=he.capitalize(), His=his.capitalize())


def _sms(lang: str, name: str, focus: str, rng: random.Random) -> str:
    first = name.split()[0]
    if lang == "da":
        return (
            f"Apoteket Nørreport – SMS-tråd\nTil: {name}\n"
            f"Kl. {rng.randint(8, 11)}:{rng.choice(['05', '20', '41'])} Hej {first}, din bestilling er klar til afhentning.\n"
            f"Kl. 12:02 Tak, jeg kommer i morgen.\nIntern note:\n{focus}\n"
        )
    return (
        f"Apotek Hjärtat Mölndal – sms\nTill: {name}\n"
        f"{rng.randint(8, 11)}.{rng.choice(['05', '20', '41'])} Hej {first}! Din beställning kan hämtas.\n"
        f"12.02 Tack, jag kommer imorgon.\nIntern anteckning:\n{focus}\n"
    )


def _ticket(lang: str, name: str, focus: str, rng: random.Random) -> str:
    nr = rng.randint(40000, 49999)
    if lang == "da":
        return f"Sag #{nr} · Kundeservice\nKunde: {name}\nKanal: telefon\nStatus: åben\nNotat:\n{focus}\n"
    return f"Ärende #{nr} · Kundtjänst\nKund: {name}\nKanal: telefon\nStatus: öppen\nAnteckning:\n{focus}\n"


def _travel(lang: str, name: str, focus: str, rng: random.Random) -> str:
    ref = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6))
    if lang == "da":
        return f"Booking {ref}\nRejsende: {name}\nRute: CPH–AGP\nSærlige ønsker (fritekst):\n{focus}\n"
    return f"Bokning {ref}\nResenär: {name}\nSträcka: ARN–LPA\nSärskilda önskemål (fritext):\n{focus}\n"


def _hr(lang: str, name: str, focus: str, rng: random.Random) -> str:
    emp = rng.randint(1000, 1999)
    if lang == "da":
        return f"Medarbejderkort · medarb.nr. {emp}\nNavn: {name}\nAfdeling: Lager\nBemærkninger:\n{focus}\n"
    return f"Personalkort · anst.nr {emp}\nNamn: {name}\nAvdelning: Lager\nKommentarer:\n{focus}\n"


def _club(lang: str, name: str, focus: str, rng: random.Random) -> str:
    year = rng.choice([2025, 2026])
    if lang == "da":
        return f"Indmeldelse · Svømmeklubben Delfinen {year}\nMedlem: {name}\nHold: Motion voksne\nAndet vi bør vide:\n{focus}\n"
    return f"Medlemsansökan · IK Sjöbris simsektion {year}\nMedlem: {name}\nGrupp: Motion vuxna\nÖvrigt vi bör veta:\n{focus}\n"


LAYOUTS = (("sms", _sms), ("ticket", _ticket), ("travel", _travel), ("hr", _hr), ("club", _club))


def _labels(text: str, line: str, cats: str) -> list[dict[str, object]]:
    start = text.index("\n" + line + "\n") + 1
    return [{"start": start, "end": start + len(line), "entity": c} for c in cats.split("+")]


def generate(rng: random.Random) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for lang in ("da", "sv"):
        reveal = list(REVEAL[lang])
        rng.shuffle(reveal)
        turn = 0
        for key, layout in LAYOUTS:
            flags = [True] * REVEALING + [False] * (DRAWS - REVEALING)
            rng.shuffle(flags)
            for flag in flags:
                name, female = rng.choice(PEOPLE[lang])
                if flag:
                    cats, line = reveal[turn % len(reveal)]
                    turn += 1
                else:
                    cats, line = "", rng.choice(LOOK[lang])
                focus = _fill(line, lang, female)
                text = layout(lang, name, focus, rng)
                labels = _labels(text, focus, cats) if cats else []
                docs.append({"lang": lang, "text": text, "labels": labels, "family": f"gen-{key}-{lang}"})
    return docs
