"""Generated name documents for hold-out v10: six layouts per language (appointment and court news, order mail,
attendance minutes, a ``;`` contact list, a team chat), six draws each. People come from pools of Nordic, German,
Arabic, Somali, Turkish, Polish, Ukrainian, Vietnamese and Tamil names; each layout also holds look-alikes that
are not PERSON (streets, firms and products named after people, ships, towns that are surnames, months)."""

from __future__ import annotations

import random

DRAWS = 6
PEOPLE = {
    "da": (
        "Asbjørn Vestergaard|Mette Kirkegaard|Ibrahim Khalil|Fatima Zahra Bakkali|Hassan Abdi Farah|Ikran Yusuf|"
        "Burak Öztürk|Elif Korkmaz|Paweł Kowalski|Magdalena Wrona|Andriy Shevchuk|Nataliya Hnatyuk|"
        "Nguyen Duc Minh|Tran Bich Ngoc|Arjun Balasubramaniam|Tharsika Yogarajah|Wolfgang Richter|Heike Brandt|"
        "Bo Lykke|Dagmar Strand|Sten Mark|Ulrikke Bonde"
    ).split("|"),
    "sv": (
        "Torbjörn Ekwall|Ingela Strömqvist|Youssef Mansour|Amira Haddad|Abdiwali Hersi|Najma Aden|Mert Güneş|"
        "Selin Aksoy|Tomasz Nowicki|Katarzyna Dudek|Bohdan Tkachenko|Yuliya Moroz|Le Van Thanh|Pham Thi Thu|"
        "Ganesh Murugan|Vasuki Thirunavukkarasu|Jürgen Krause|Sabine Vogel|Dag Falk|Saga Lund|Sten Berg|Lykke Ek"
    ).split("|"),
}
FIRMS = {
    "da": ["Jensens Køkken ApS", "Peter Beier Chokolade", "Carl Hansen & Søn", "Brødrene Dahl", "Bang & Olufsen"],
    "sv": ["Gustavs Bygg AB", "Bröderna Anderssons Åkeri", "Hilding Anders", "Filippa K", "Lars Nilssons El AB"],
}
STREETS = {
    "da": [
        "H.C. Ørsteds Vej",
        "Niels Ebbesens Vej",
        "Dronning Louises Bro",
        "Ole Rømers Gade",
        "Poul Henningsens Plads",
    ],
    "sv": ["Olof Palmes gata", "Sveavägen", "Karl Johansgatan", "Drottning Kristinas väg", "Per Albin Hanssons väg"],
}
PRODUCTS = {
    "da": ["Arne Jacobsen-stole", "Kay Bojesen-aber", "Ingolf-kaffe", "Malm-kommoder"],
    "sv": ["Carl Malmsten-soffor", "Billy-hyllor", "Göteborgs Kex", "Kalles Kaviar"],
}
SHIPS = {
    "da": ["M/F Holger Danske", "M/S Peter Wessel", "M/F Hamlet"],
    "sv": ["M/S Birka Stockholm", "M/S Stena Jutlandica", "M/S Gustaf Dalén"],
}
TOWNS = {"da": ["Nyborg", "Kolding", "Ribe", "Holstebro"], "sv": ["Lund", "Falun", "Strand", "Berg"]}
ROLES = {
    "da": ["økonomichef", "afdelingsleder", "projektdirektør"],
    "sv": ["ekonomichef", "avdelningschef", "projektdirektör"],
}
LAYOUTS = {
    "da": {
        ("gen-appoint", "news"): (
            "{firm} har ansat ⟦{a}⟧ som ny {role}. ⟦{a_last}⟧ kommer fra en stilling i {town} og afløser ⟦{b}⟧, der "
            'går på pension. Kontoret flytter samtidig til {street}. "Vi glæder os," siger direktør ⟦{c}⟧.'
        ),
        ("gen-court", "news"): (
            "Retten i Holbæk idømte i går ⟦{a}⟧, {age}, 30 dages betinget fængsel for tyveri af {product} fra "
            "{firm}. Anklager ⟦{b}⟧ havde krævet ubetinget straf. Forsvarer ⟦{c}⟧ overvejer anke. {month} har "
            "retten behandlet 14 lignende sager."
        ),
        ("gen-order", "business"): (
            "Hej ⟦{a_first}⟧\n\nTak for ordren på 12 {product}. Varerne sendes med {ship} til Rønne på mandag, og "
            "⟦{c}⟧ fra vores lager ringer, når de er pakket.\n\nMed venlig hilsen\n⟦{b}⟧\n{firm}, {street} 4"
        ),
        ("gen-minutes", "business"): (
            "Referat af teammøde {day}. {month_lc}\nDeltagere: ⟦{a}⟧, ⟦{b}⟧, ⟦{c}⟧\nAfbud: ⟦{d}⟧\n1. ⟦{a_first}⟧ "
            "orienterede om flytningen til {street}.\n2. Næste møde i {town}.\nReferent: {init}"
        ),
        ("gen-list", "mixed"): (
            "navn;mobil;by\n⟦{a}⟧;+45 {ph1};{town}\n⟦{b}⟧;+45 {ph2};Odense\n⟦{c}⟧;+45 {ph3};{town2}\n"
            "{firm};+45 70 10 20 30;Aarhus"
        ),
        ("gen-chat", "mixed"): (
            "[{hh}:02] ⟦{a_first_lc}⟧: hvem tager vagten på lørdag?\n[{hh}:03] ⟦{b_first_lc}⟧: ikke mig, jeg er "
            "i {town}\n[{hh}:05] ⟦{a_first_lc}⟧: ⟦{c_first}⟧ kan du?\n[{hh}:07] ⟦{c}⟧: ok men kun til 16"
        ),
    },
    "sv": {
        ("gen-appoint", "news"): (
            "{firm} har anställt ⟦{a}⟧ som ny {role}. ⟦{a_last}⟧ kommer närmast från {town} och efterträder "
            "⟦{b}⟧, som går i pension. Kontoret flyttar samtidigt till {street}. ”Vi ser fram emot det”, säger vd "
            "⟦{c}⟧."
        ),
        ("gen-court", "news"): (
            "Tingsrätten i Västerås dömde i går ⟦{a}⟧, {age}, till villkorlig dom för stöld av {product} från "
            "{firm}. Åklagare ⟦{b}⟧ hade yrkat fängelse. Försvarare ⟦{c}⟧ överväger att överklaga. {month} har "
            "tingsrätten haft 14 liknande mål."
        ),
        ("gen-order", "business"): (
            "Hej ⟦{a_first}⟧,\n\nTack för beställningen av 12 {product}. Varorna skickas med {ship} på måndag, "
            "och ⟦{c}⟧ på lagret ringer när de är packade.\n\nVänliga hälsningar\n⟦{b}⟧\n{firm}, {street} 4"
        ),
        ("gen-minutes", "business"): (
            "Minnesanteckningar, gruppmöte {day} {month_lc}\nNärvarande: ⟦{a}⟧, ⟦{b}⟧, ⟦{c}⟧\nFrånvarande: ⟦{d}⟧\n"
            "1. ⟦{a_first}⟧ informerade om flytten till {street}.\n2. Nästa möte i {town}.\nAnteckningar: {init}"
        ),
        ("gen-list", "mixed"): (
            "namn;mobil;ort\n⟦{a}⟧;+46 {ph1};{town}\n⟦{b}⟧;+46 {ph2};Örebro\n⟦{c}⟧;+46 {ph3};{town2}\n"
            "{firm};+46 8 10 20 30;Solna"
        ),
        ("gen-chat", "mixed"): (
            "[{hh}:02] ⟦{a_first_lc}⟧: vem tar passet på lördag?\n[{hh}:03] ⟦{b_first_lc}⟧: inte jag, jag är i "
            "{town}\n[{hh}:05] ⟦{a_first_lc}⟧: ⟦{c_first}⟧ kan du?\n[{hh}:07] ⟦{c}⟧: ok men bara till 16"
        ),
    },
}
MONTHS = {"da": ["Januar", "Marts", "Maj", "August", "Oktober"], "sv": ["Januari", "Mars", "Maj", "Augusti", "Oktober"]}


def _phone(rng: random.Random) -> str:
    return " ".join(f"{rng.randrange(10, 100)}" for _ in range(4))


def generate(rng: random.Random) -> list[dict[str, object]]:
    from benchmarks.redteam.holdout10.cats10_markup import render

    docs: list[dict[str, object]] = []
    for lang in ("da", "sv"):
        for (family, genre), layout in LAYOUTS[lang].items():
            for _ in range(DRAWS):
                a, b, c, d = rng.sample(PEOPLE[lang], 4)
                towns = rng.sample(TOWNS[lang], 2)
                month = rng.choice(MONTHS[lang])
                fields = {
                    "a": a,
                    "b": b,
                    "c": c,
                    "d": d,
                    # a name is written whole: a Vietnamese surname stands first, so "last" is the whole name
                    "a_last": a if a.split()[0] in ("Nguyen", "Tran", "Le", "Pham") else a.split()[-1],
                    "a_first": a.split()[0] if a.split()[0] not in ("Nguyen", "Tran", "Le", "Pham") else a.split()[-1],
                    "a_first_lc": a.split()[0].lower()
                    if a.split()[0] not in ("Nguyen", "Tran", "Le", "Pham")
                    else a.split()[-1].lower(),
                    "b_first_lc": b.split()[0].lower()
                    if b.split()[0] not in ("Nguyen", "Tran", "Le", "Pham")
                    else b.split()[-1].lower(),
                    "c_first": c.split()[0] if c.split()[0] not in ("Nguyen", "Tran", "Le", "Pham") else c.split()[-1],
                    "firm": rng.choice(FIRMS[lang]),
                    "street": rng.choice(STREETS[lang]),
                    "product": rng.choice(PRODUCTS[lang]),
                    "ship": rng.choice(SHIPS[lang]),
                    "town": towns[0],
                    "town2": towns[1],
                    "role": rng.choice(ROLES[lang]),
                    "month": month,
                    "month_lc": month.lower(),
                    "day": str(rng.randrange(1, 29)),
                    "age": str(rng.randrange(19, 71)),
                    "init": "".join(p[0] for p in b.split()).upper(),
                    "hh": f"{rng.randrange(8, 22):02d}",
                    "ph1": _phone(rng),
                    "ph2": _phone(rng),
                    "ph3": _phone(rng),
                }
                text, labels = render(layout.format(**fields))
                docs.append(
                    {"lang": lang, "text": text, "labels": labels, "family": f"{family}-{lang}", "genre": genre}
                )
    return docs
