"""Generated v9 name documents: nine small layouts per language (three news, three business, three mixed),
6 draws each, people drawn from pools of several origins (Nordic names that are also words among them), with
streets, firms, products, ships and institutions named after people left unlabelled."""

from __future__ import annotations

import random

from benchmarks.redteam.holdout9.cats9_markup import render

# (first, last, female)
PEOPLE = {
    "da": [
        ("Bo", "Skov", False),
        ("Sol", "Mark", True),
        ("Storm", "Bonde", False),
        ("Lykke", "Hav", True),
        ("Dag", "Lund", False),
        ("Karen-Margrethe", "Dybdahl", True),
        ("Jens Ole", "Kirkegaard", False),
        ("Ditte", "Holm-Sørensen", True),
        ("Hodan", "Jaamac", True),
        ("Abdikarim", "Yusuf", False),
        ("Mehmet Ali", "Öztürk", False),
        ("Elif", "Yıldırım", True),
        ("Małgorzata", "Zielińska", True),
        ("Grzegorz", "Nowak", False),
        ("Taras", "Shevchuk", False),
        ("Nataliia", "Koval", True),
        ("Thi Hoa", "Trinh", True),
        ("Quang", "Vu", False),
        ("Senthuran", "Balasingam", False),
        ("Tharshika", "Yogarajah", True),
        ("Yousef", "Abu Khalil", False),
        ("Layla", "Al-Rubaie", True),
        ("Heinz", "Vogel", False),
        ("Ulrike", "Brandt", True),
        ("Aputsiaq", "Kristiansen", False),
    ],
    "sv": [
        ("Bo", "Strand", False),
        ("Sol", "Ek", True),
        ("Storm", "Falk", False),
        ("Saga", "Berg", True),
        ("Sten", "Lax", False),
        ("Ann-Charlotte", "Wikander", True),
        ("Per Olof", "Hägglund", False),
        ("Lovisa", "Grip af Sandeberg", True),
        ("Fartun", "Ali Jama", True),
        ("Abdullahi", "Nur", False),
        ("Hüseyin", "Koç", False),
        ("Büşra", "Şahin", True),
        ("Joanna", "Dąbrowska", True),
        ("Wojciech", "Mazur", False),
        ("Bohdan", "Lysenko", False),
        ("Kateryna", "Savchuk", True),
        ("Thi Ngoc", "Dang", True),
        ("Minh Tuan", "Hoang", False),
        ("Vithusan", "Thevarajah", False),
        ("Mathumitha", "Sivanesan", True),
        ("Mahmoud", "El-Sayed", False),
        ("Noor", "Al-Hashimi", True),
        ("Wolfgang", "Richter", False),
        ("Gisela", "Hartmann", True),
        ("Ánde", "Labba", False),
    ],
}

STREETS = {
    "da": [
        "H.C. Andersens Boulevard",
        "Niels Juels Gade",
        "Fredrik Bajers Vej",
        "Ole Rømers Gade",
        "Peder Skrams Gade",
    ],
    "sv": ["Birger Jarlsgatan", "Olof Palmes gata", "Drottning Kristinas väg", "Karlavägen", "Sankt Eriksgatan"],
}
FIRMS = {
    "da": ["Carl Hansen & Søn", "Jensens Bøfhus", "Peter Larsen Kaffe", "Mads Nørgaard", "Georg Jensen"],
    "sv": ["Clas Ohlson", "Filippa K", "Hilding Anders", "Anton Berg Bygg AB", "Max Burgers"],
}
PLACES = {
    "da": ["Frederiksberg", "Kristiansand", "Frederikshavn", "Marielyst", "Karlslunde"],
    "sv": ["Karlstad", "Kristianstad", "Gustavsberg", "Fredrikshov", "Kristinehamn"],
}
INSTITUTIONS = {
    "da": ["Rigshospitalet", "Frederiksberg Hospital", "Kong Christian X's Gigthospital", "Sankt Hans Hospital"],
    "sv": ["Sahlgrenska", "Ersta sjukhus", "S:t Görans sjukhus", "Astrid Lindgrens barnsjukhus"],
}
PRODUCTS = {
    "da": ["Billy-reoler", "Ivar-skabe", "Felix ketchup", "Anthon Berg-chokolade", "Kalles Kaviar"],
    "sv": ["Billy-hyllor", "Ivar-hyllor", "Felix ketchup", "Anthon Berg-choklad", "Kalles Kaviar"],
}
SHIPS = {
    "da": ["M/F Peder Paars", "M/F Niels Klim", "M/S Prinsesse Benedikte"],
    "sv": ["M/S Birger Jarl", "M/S Gustav Vasa", "M/S Kronprinsessan Victoria"],
}


def _full(p: tuple[str, str, bool]) -> str:
    return f"{p[0]} {p[1]}"


def _gen(name: str, lang: str) -> str:
    """Genitive markup: -s inside the span, an apostrophe (Danish) or nothing (Swedish) after s/x/z."""
    if name[-1] in "sxzSXZ":
        return f"⟦{name}⟧'" if lang == "da" else f"⟦{name}⟧"
    return f"⟦{name}s⟧"


def _news_appointment(rng: random.Random, lang: str, ps: list[tuple[str, str, bool]]) -> str:
    a, b = ps[0], ps[1]
    firm, street, place = rng.choice(FIRMS[lang]), rng.choice(STREETS[lang]), rng.choice(PLACES[lang])
    if lang == "da":
        pron = "Hun" if a[2] else "Han"
        return (
            f"⟦{_full(a)}⟧, {rng.randint(31, 62)}, bliver ny økonomichef hos {firm} med kontor på {street}. "
            f'{pron} kommer fra en stilling i {place}. "Vi har fået en stærk profil," siger direktør ⟦{_full(b)}⟧. '
            f"⟦{a[1]}⟧ tiltræder 1. {rng.choice(['marts', 'maj', 'august'])}."
        )
    pron = "Hon" if a[2] else "Han"
    return (
        f"⟦{_full(a)}⟧, {rng.randint(31, 62)}, blir ny ekonomichef på {firm} med kontor på {street}. "
        f'{pron} kommer närmast från en tjänst i {place}. "Vi får en stark profil," säger vd ⟦{_full(b)}⟧. '
        f"⟦{a[1]}⟧ tillträder 1 {rng.choice(['mars', 'maj', 'augusti'])}."
    )


def _news_sport(rng: random.Random, lang: str, ps: list[tuple[str, str, bool]]) -> str:
    a, b, c = ps[0], ps[1], ps[2]
    if lang == "da":
        return (
            f"⟦{_full(a)}⟧ scorede to gange, da holdet vandt 3-1 på udebane. Det sidste mål kom fra ⟦{_full(b)}⟧ "
            f'på straffespark. "⟦{a[1]}⟧ var uimodståelig," siger træner ⟦{_full(c)}⟧. '
            f"Det var {_gen(b[1], lang)} {rng.randint(3, 12)}. mål i sæsonen."
        )
    return (
        f"⟦{_full(a)}⟧ gjorde två mål när laget vann med 3–1 på bortaplan. Det sista målet kom från ⟦{_full(b)}⟧ "
        f'på straff. "⟦{a[1]}⟧ var ostoppbar," säger tränaren ⟦{_full(c)}⟧. '
        f"Det var {_gen(b[1], lang)} {rng.randint(3, 12)}:e mål för säsongen."
    )


def _news_ship(rng: random.Random, lang: str, ps: list[tuple[str, str, bool]]) -> str:
    a, b = ps[0], ps[1]
    ship, inst = rng.choice(SHIPS[lang]), rng.choice(INSTITUTIONS[lang])
    if lang == "da":
        return (
            f"En passager på {ship} blev søndag fløjet til {inst} efter et fald på soldækket. Kaptajn ⟦{_full(a)}⟧ "
            f"roser besætningen, og overlæge ⟦{_full(b)}⟧ oplyser, at passageren har det godt. "
            f"Ifølge ⟦{a[1]}⟧ var dækket glat efter regnen."
        )
    return (
        f"En passagerare på {ship} flögs i söndags till {inst} efter ett fall på soldäcket. Befälhavaren "
        f"⟦{_full(a)}⟧ berömmer besättningen, och överläkaren ⟦{_full(b)}⟧ uppger att passageraren mår bra. "
        f"Enligt ⟦{a[1]}⟧ var däcket halt efter regnet."
    )


def _biz_mail(rng: random.Random, lang: str, ps: list[tuple[str, str, bool]]) -> str:
    a, b, c = ps[0], ps[1], ps[2]
    prod = rng.choice(PRODUCTS[lang])
    if lang == "da":
        return (
            f"Kære ⟦{a[0]}⟧\n\nTak for din bestilling af {prod}. Varerne sendes fredag, og ⟦{_full(c)}⟧ fra "
            f"lageret ringer, inden chaufføren kommer.\n\nMed venlig hilsen\n⟦{_full(b)}⟧\nKundeservice"
        )
    return (
        f"Hej ⟦{a[0]}⟧,\n\nTack för din beställning av {prod}. Varorna skickas på fredag, och ⟦{_full(c)}⟧ på "
        f"lagret ringer innan chauffören kommer.\n\nMed vänliga hälsningar\n⟦{_full(b)}⟧\nKundtjänst"
    )


def _biz_minutes(rng: random.Random, lang: str, ps: list[tuple[str, str, bool]]) -> str:
    a, b, c, d = ps[0], ps[1], ps[2], ps[3]
    street = rng.choice(STREETS[lang])
    if lang == "da":
        return (
            f"Referat, driftsmøde {rng.randint(2, 27)}/{rng.randint(1, 12)}\nTil stede: ⟦{_full(a)}⟧, "
            f"⟦{_full(b)}⟧, ⟦{_full(c)}⟧\nAfbud: ⟦{_full(d)}⟧\n1. Flytning til {street}: ⟦{a[0]}⟧ har "
            f"fået nøglerne.\n2. IT: ⟦{b[1]}⟧ bestiller nye skærme.\nNæste møde: fredag."
        )
    return (
        f"Minnesanteckningar, driftmöte {rng.randint(2, 27)}/{rng.randint(1, 12)}\nNärvarande: ⟦{_full(a)}⟧, "
        f"⟦{_full(b)}⟧, ⟦{_full(c)}⟧\nFrånvarande: ⟦{_full(d)}⟧\n1. Flytten till {street}: ⟦{a[0]}⟧ har "
        f"fått nycklarna.\n2. IT: ⟦{b[1]}⟧ beställer nya skärmar.\nNästa möte: fredag."
    )


def _biz_invoice(rng: random.Random, lang: str, ps: list[tuple[str, str, bool]]) -> str:
    a, b = ps[0], ps[1]
    prod, firm = rng.choice(PRODUCTS[lang]), rng.choice(FIRMS[lang])
    n = rng.randint(1000, 9999)
    if lang == "da":
        return (
            f"FAKTURA {n}\nKunde: {firm}\nAtt.: ⟦{_full(a)}⟧\nVare: {prod}, {rng.randint(2, 40)} stk.\n"
            f"Sælger: ⟦{_full(b)}⟧\nBetaling: netto 30 dage"
        )
    return (
        f"FAKTURA {n}\nKund: {firm}\nErt ref: ⟦{_full(a)}⟧\nArtikel: {prod}, {rng.randint(2, 40)} st\n"
        f"Vår ref: ⟦{_full(b)}⟧\nBetalningsvillkor: 30 dagar netto"
    )


def _mixed_csv(rng: random.Random, lang: str, ps: list[tuple[str, str, bool]]) -> str:
    head = "efternavn,fornavn,by" if lang == "da" else "efternamn,förnamn,ort"
    rows = [f"⟦{p[1]}⟧,⟦{p[0]}⟧,{rng.choice(PLACES[lang])}" for p in ps[:4]]
    return "\n".join([head, *rows])


def _mixed_chat(rng: random.Random, lang: str, ps: list[tuple[str, str, bool]]) -> str:
    a, b, c = ps[0], ps[1], ps[2]
    handle = f"@{a[0].split()[0].lower()}.{a[1][0].lower()}"
    if lang == "da":
        lines = [
            f"[08:5{rng.randint(0, 9)}] ⟦{_full(a)}⟧: godmorgen, er der nogen der har nøglen til lageret?",
            f"[08:59] ⟦{b[0].lower()}⟧: {handle} den ligger hos ⟦{c[0]}⟧",
            f"[09:01] ⟦{_full(a)}⟧: tak!! Maj er travl, så vi ses til mødet",
        ]
    else:
        lines = [
            f"[08:5{rng.randint(0, 9)}] ⟦{_full(a)}⟧: god morgon, har nån nyckeln till lagret?",
            f"[08:59] ⟦{b[0].lower()}⟧: {handle} den ligger hos ⟦{c[0]}⟧",
            f"[09:01] ⟦{_full(a)}⟧: tack!! Maj blir stressig, vi ses på mötet",
        ]
    return "\n".join(lines)


def _mixed_form(rng: random.Random, lang: str, ps: list[tuple[str, str, bool]]) -> str:
    a, b = ps[0], ps[1]
    street, inst = rng.choice(STREETS[lang]), rng.choice(INSTITUTIONS[lang])
    if lang == "da":
        return (
            f"HENVISNING (scannet)\nPatient: ⟦{_full(a).upper()}⟧\nAdresse: {street} {rng.randint(1, 90)}\n"
            f"Henvist til: {inst}\nHenvisende læge: ⟦{_full(b)}⟧\nPårørende: se journal"
        )
    return (
        f"REMISS (skannad)\nPatient: ⟦{_full(a).upper()}⟧\nAdress: {street} {rng.randint(1, 90)}\n"
        f"Remiss till: {inst}\nRemitterande läkare: ⟦{_full(b)}⟧\nAnhörig: se journal"
    )


LAYOUTS = {
    "news": [("appointment", _news_appointment), ("sport", _news_sport), ("ship", _news_ship)],
    "business": [("mail", _biz_mail), ("minutes", _biz_minutes), ("invoice", _biz_invoice)],
    "mixed": [("csv", _mixed_csv), ("chat", _mixed_chat), ("form", _mixed_form)],
}
DRAWS = 6


def generate(rng: random.Random) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for lang in ("da", "sv"):
        for genre, layouts in LAYOUTS.items():
            for name, make in layouts:
                for _ in range(DRAWS):
                    people = rng.sample(PEOPLE[lang], 4)
                    text, labels = render(make(rng, lang, people))
                    docs.append(
                        {"lang": lang, "text": text, "labels": labels, "family": f"gen-{name}-{lang}", "genre": genre}
                    )
    return docs
