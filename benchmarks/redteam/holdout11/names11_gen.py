"""Generated name documents for hold-out v11: six layouts per language (a match report and a birthday notice, a
forwarded mail with header and signature, an invoice with "Att." and an initialled seller, a participant list in
``SURNAME, Given`` capitals, a chat with @handles), eight draws each. People come from pools of Greenlandic, Sami,
Arabic, Somali, Tamil, Polish, Bosnian, Thai, Finnish and Nordic names with particles, double and hyphenated
surnames and names that are words; each layout also holds look-alikes that are not PERSON (halls, squares and
streets named after people, firms, products, handles, initials)."""

from __future__ import annotations

import random

from benchmarks.redteam.holdout11.cats11_markup import render

DRAWS = 8
Person = tuple[str, str]
PEOPLE: dict[str, list[Person]] = {
    "da": [
        ("Naasunnguaq", "Heilmann"),
        ("Inunnguaq", "Lynge-Olsen"),
        ("Mohammed Amin", "Al-Saadi"),
        ("Fartun", "Hersi Aden"),
        ("Kajanthan", "Sivakumaran"),
        ("Jolanta", "Mazur-Kristensen"),
        ("Adnan", "Husić"),
        ("Kittiya", "Boonsri"),
        ("Aino", "Lehtinen"),
        ("Mathilde", "de Fine Licht"),
        ("Karl Johan", "von Holstein"),
        ("Else Marie", "Bonde Hviid"),
        ("Rune", "Vinter"),
        ("Ask", "Nørregaard"),
        ("Mai", "Lund Kjær"),
        ("Storm", "Ravn"),
        ("Sumaya", "Ahmed Nuur"),
        ("Piotr", "Grabowski"),
        ("Elvira", "Mehmedović"),
        ("Kirsten", "Due"),
        ("Bo", "Skov"),
        ("Sten", "Alm"),
    ],
    "sv": [
        ("Ánte", "Marakatt"),
        ("Sofia", "Jannok-Kuoljok"),
        ("Hussein", "Al-Tamimi"),
        ("Hodan", "Yusuf Gedi"),
        ("Prashanthan", "Kanagasabai"),
        ("Beata", "Kowalska-Lind"),
        ("Senad", "Begić"),
        ("Ratana", "Sundqvist"),
        ("Eero", "Virtanen"),
        ("Charlotta", "af Sillén"),
        ("Fredrik", "von Platen"),
        ("Maj-Britt", "Ek Hallberg"),
        ("Björn", "Frost"),
        ("Linnea", "Ask"),
        ("Dag", "Stenmark"),
        ("Idun", "Lund Berg"),
        ("Warsan", "Mohamed Ali"),
        ("Paweł", "Kubiak"),
        ("Mersiha", "Hodžić"),
        ("Sten", "Sjö"),
        ("Ros-Marie", "Blom"),
        ("Vilja", "Storm"),
    ],
}
HALLS = {
    "da": ["Gunnar Nu Hansens Plads", "Knud Lauritsens Hal", "Elsebeth Ryes Idrætscenter"],
    "sv": ["Olof Palmes plats", "Sven Thofelts arena", "Gunder Häggs hall"],
}
STREETS = {
    "da": ["Niels Kjeldsens Vej", "Kong Valdemars Vej", "Karen Blixens Plads", "Absalonsgade"],
    "sv": ["Fredrika Bremers gata", "Kung Oscars väg", "Selma Lagerlöfs torg", "Engelbrektsgatan"],
}
FIRMS = {
    "da": ["Hansens Is", "Søstrene Grene", "Carl Ras A/S", "Lauritz Knudsen", "Anna Thomsens Flytteforretning"],
    "sv": ["Clas Ohlson", "Jacobs Kaffe", "Gunnars Flytt AB", "Lindex", "Bröderna Ericssons Måleri"],
}
PRODUCTS = {
    "da": ["Kaare Klint-lamper", "Mads Sørensen-tallerkener", "Ivar-reoler", "Tuborg Classic"],
    "sv": ["Lisa Larson-figurer", "Stig Lindberg-fat", "Ivar-hyllor", "Pripps Blå"],
}
CLUBS = {
    "da": [("Hvidovre IF", "B93"), ("Næstved BK", "Fremad Amager"), ("Thisted FC", "Vendsyssel FF")],
    "sv": [("IFK Luleå", "Piteå IF"), ("Husqvarna FF", "Tvååkers IF"), ("Ljungskile SK", "Utsiktens BK")],
}
LAYOUTS = {
    "da": {
        ("gen-match", "news"): (
            "{home} vandt {g1}-{g2} over {away} på {hall}. ⟦{a}⟧ scorede to gange, og ⟦{b_last}⟧ lukkede kampen i "
            'det 88. minut. ⟦{d}⟧ fik rødt kort. Træner ⟦{c}⟧ var tilfreds: "⟦{a_first}⟧ var fantastisk i dag."'
        ),
        ("gen-birthday", "news"): (
            "⟦{a}⟧, {street} {no}, fylder 60 år på fredag. Fødselaren har i 25 år drevet butik sammen med ⟦{b}⟧ "
            "og solgt {product} fra {firm}. Der er reception i {hall} fra kl. 14, oplyser ⟦{c_first}⟧ fra familien."
        ),
        ("gen-forward", "business"): (
            "Videresendt mail\nFra: ⟦{a}⟧ <{a_init_lc}@indkob-{no}.dk>\nEmne: {product}\n\nHej ⟦{b_first}⟧\nKan du "
            "bestille 20 {product} hos {firm}?\n\nMvh\n⟦{a_first}⟧\n\n--\n⟦{c}⟧ | Indkøb | {street} {no}"
        ),
        ("gen-invoice", "business"): (
            "Faktura {num}\nAtt.: ⟦{a}⟧\n{qty} stk. {product}\nLeveres til {street} {no}\nSælger: ⟦{b_init}⟧\n"
            "Godkendt: {c_initials}\nSpørgsmål til ⟦{d_first}⟧ på 70 20 30 {no}"
        ),
        ("gen-caps", "mixed"): (
            "DELTAGERLISTE, MØDE I {hall_uc}\n⟦{a_caps}⟧\n⟦{b_caps}⟧\n⟦{c_caps}⟧\n⟦{d_caps}⟧\nReferent: {a_initials}"
        ),
        ("gen-mention", "mixed"): (
            "[{hh}:01] ⟦{a_first_lc}⟧: @{b_handle} kan du tage kunden på {street}?\n[{hh}:03] ⟦{b_first_lc}⟧: ja, "
            "jeg tager ⟦{c_first}⟧ med\n[{hh}:04] ⟦{a_first_lc}⟧: super, husk {product}"
        ),
    },
    "sv": {
        ("gen-match", "news"): (
            "{home} vann med {g1}-{g2} mot {away} på {hall}. ⟦{a}⟧ gjorde två mål och ⟦{b_last}⟧ avgjorde i "
            "88:e minuten. ⟦{d}⟧ fick rött kort. Tränaren ⟦{c}⟧ var nöjd: ”⟦{a_first}⟧ var fantastisk i dag.”"
        ),
        ("gen-birthday", "news"): (
            "⟦{a}⟧, {street} {no}, fyller 60 år på fredag. Födelsedagsbarnet har i 25 år drivit butik tillsammans "
            "med ⟦{b}⟧ och sålt {product} från {firm}. Mottagning i {hall} från kl. 14, meddelar ⟦{c_first}⟧ i "
            "familjen."
        ),
        ("gen-forward", "business"): (
            "Vidarebefordrat mejl\nFrån: ⟦{a}⟧ <{a_init_lc}@inkop-{no}.se>\nÄmne: {product}\n\nHej ⟦{b_first}⟧\nKan "
            "du beställa 20 {product} från {firm}?\n\nMvh\n⟦{a_first}⟧\n\n--\n⟦{c}⟧ | Inköp | {street} {no}"
        ),
        ("gen-invoice", "business"): (
            "Faktura {num}\nAtt: ⟦{a}⟧\n{qty} st {product}\nLevereras till {street} {no}\nSäljare: ⟦{b_init}⟧\n"
            "Attesterad: {c_initials}\nFrågor till ⟦{d_first}⟧ på 08-20 30 {no}"
        ),
        ("gen-caps", "mixed"): (
            "DELTAGARLISTA, MÖTE I {hall_uc}\n⟦{a_caps}⟧\n⟦{b_caps}⟧\n⟦{c_caps}⟧\n⟦{d_caps}⟧\nSekreterare: {a_initials}"
        ),
        ("gen-mention", "mixed"): (
            "[{hh}:01] ⟦{a_first_lc}⟧: @{b_handle} kan du ta kunden på {street}?\n[{hh}:03] ⟦{b_first_lc}⟧: ja, "
            "jag tar med ⟦{c_first}⟧\n[{hh}:04] ⟦{a_first_lc}⟧: toppen, glöm inte {product}"
        ),
    },
}


def _full(p: Person) -> str:
    return f"{p[0]} {p[1]}"


def _initials(p: Person) -> str:
    return "".join(w[0] for w in _full(p).replace("-", " ").split() if w[0].isupper()).upper()


def _caps(p: Person) -> str:
    """``SURNAME, Given``: a particle belongs to the surname, so it is written in capitals too."""
    return f"{p[1].upper()}, {p[0]}"


def generate(rng: random.Random) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for lang in ("da", "sv"):
        for (family, genre), layout in LAYOUTS[lang].items():
            for _ in range(DRAWS):
                a, b, c, d = rng.sample(PEOPLE[lang], 4)
                home, away = rng.choice(CLUBS[lang])
                hall = rng.choice(HALLS[lang])
                fields = {
                    "a": _full(a),
                    "b": _full(b),
                    "c": _full(c),
                    "a_first": a[0],
                    "b_first": b[0],
                    "c_first": c[0],
                    "a_first_lc": a[0].lower(),
                    "b_first_lc": b[0].lower(),
                    "b_last": b[1],
                    "b_init": f"{b[0][0]}. {b[1]}",
                    "a_init_lc": _initials(a).lower(),
                    "b_handle": f"{b[0].split()[0].lower()}.{b[1][0].lower()}",
                    "c_initials": _initials(c),
                    "a_initials": _initials(a),
                    "d_first": d[0],
                    "d": _full(d),
                    "d_caps": _caps(d),
                    "a_caps": _caps(a),
                    "b_caps": _caps(b),
                    "c_caps": _caps(c),
                    "home": home,
                    "away": away,
                    "hall": hall,
                    "hall_uc": hall.upper(),
                    "street": rng.choice(STREETS[lang]),
                    "firm": rng.choice(FIRMS[lang]),
                    "product": rng.choice(PRODUCTS[lang]),
                    "no": str(rng.randrange(2, 90)),
                    "num": str(rng.randrange(10000, 99999)),
                    "qty": str(rng.randrange(2, 40)),
                    "g1": str(rng.randrange(2, 5)),
                    "g2": str(rng.randrange(0, 2)),
                    "hh": f"{rng.randrange(8, 22):02d}",
                }
                text, labels = render(layout.format(**fields))
                docs.append(
                    {"lang": lang, "text": text, "labels": labels, "family": f"{family}-{lang}", "genre": genre}
                )
    return docs
