"""Generated layouts for names.jsonl (v7): news items and business documents with every person ⟦marked⟧.
Each layout is drawn at most 7 times with new names, wording and order."""

from __future__ import annotations

import random
from dataclasses import dataclass

from benchmarks.redteam.holdout7 import pools as P

DK_WORD_FIRST = "Bo Per Storm Sol Ask Birk Sten Lykke Vinter Gorm".split()
DK_WORD_LAST = "Lind Dam Skov Holm Bach Krag Ravn Fugl Bonde Frost Sommer Mose Vang".split()
SV_WORD_FIRST = "Dag Sten Ulf Björn Love Saga Alva Tor Axel Stig".split()
FOREIGN = (
    "Mohammed Ali|Fatima Hassan|Piotr Kowalski|Olena Shevchenko|Ahmet Yıldız|Maria Garcia|Ana Popescu|"
    "Rahim Ahmadi|Aisha Warsame|Jomar Santos|Tomasz Nowak|Dario Rossi|Hamza Yusuf|Leila Karimi|Svetlana Ivanova"
).split("|")
SV_WORD_LAST = "Ek Berg Strand Sjö Lax Malm Falk Gran Björk Frost Vik Hjort".split()


@dataclass
class Name:
    first: str
    last: str

    @property
    def full(self) -> str:
        return f"⟦{self.first} {self.last}⟧"

    @property
    def f(self) -> str:
        return f"⟦{self.first}⟧"

    @property
    def s(self) -> str:
        return f"⟦{self.last}⟧"

    @property
    def gen_full(self) -> str:
        return _gen(f"{self.first} {self.last}")

    @property
    def gen_last(self) -> str:
        return _gen(self.last)


def _gen(text: str) -> str:
    if text[-1] in "sxzSXZ":
        return f"⟦{text}⟧'"
    return f"⟦{text}s⟧"


def name(rng: random.Random, lang: str) -> Name:
    r = rng.random()
    if r < 0.12:
        first, last = rng.choice(FOREIGN).split(maxsplit=1)
        return Name(first, last)
    if lang == "da":
        first = rng.choice(DK_WORD_FIRST) if r < 0.25 else rng.choice(P.DK_FIRST)
        last = rng.choice(DK_WORD_LAST) if rng.random() < 0.3 else rng.choice(P.DK_LAST)
    else:
        first = rng.choice(SV_WORD_FIRST) if r < 0.25 else rng.choice(P.SE_FIRST)
        last = rng.choice(SV_WORD_LAST) if rng.random() < 0.3 else rng.choice(P.SE_LAST)
    return Name(first, last)


def appointment(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    a, b, c = (name(rng, lang) for _ in range(3))
    if lang == "da":
        firm = rng.choice(P.DK_FIRMS)
        role = rng.choice(["administrerende direktør", "økonomichef", "formand for bestyrelsen", "salgsdirektør"])
        opening = rng.choice([f"{a.full} er udnævnt til {role} i {firm}.", f"{firm} har ansat {a.full} som ny {role}."])
        quote = rng.choice([f'"Jeg glæder mig," siger {a.s}.', f"{a.gen_last} første opgave bliver at samle holdet."])
        tail = (
            f"{a.f} afløser {b.full}, som går på pension. Bestyrelsesformand {c.full} kalder ansættelsen et godt valg."
        )
        return lang, f"Navne\n{opening} {quote} {tail}"
    firm = rng.choice(P.SE_FIRMS)
    role = rng.choice(["vd", "ekonomichef", "styrelseordförande", "försäljningschef"])
    opening = rng.choice([f"{a.full} blir ny {role} för {firm}.", f"{firm} har rekryterat {a.full} som {role}."])
    quote = rng.choice(
        [f'"Det ska bli roligt," säger {a.s}.', f"{a.gen_last} första uppgift blir att se över budgeten."]
    )
    tail = f"{a.f} efterträder {b.full}. Styrelsens ordförande {c.full} är nöjd."
    return lang, f"Nya jobb\n{opening} {quote} {tail}"


def court_report(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    judge, lawyer, pros = (name(rng, lang) for _ in range(3))
    age = rng.randint(19, 70)
    if lang == "da":
        crime = rng.choice(
            ["tyveri fra arbejdspladsen", "vold mod en dørmand", "bedrageri mod kommunen", "spirituskørsel"]
        )
        return lang, (
            f"En {age}-årig mand blev i går dømt for {crime} i Retten i {rng.choice(P.DK_TOWNS)}. "
            f"Dommer {judge.full} lagde vægt på tilståelsen. Anklager {pros.full} havde krævet en hårdere straf, "
            f"mens forsvarer {lawyer.full} mener, at dommen er rimelig. {lawyer.s} vil tale med sin klient om anke."
        )
    crime = rng.choice(["stöld från arbetsplatsen", "misshandel av en vakt", "bidragsbrott", "rattfylleri"])
    return lang, (
        f"En {age}-årig kvinna dömdes i går för {crime} vid {rng.choice(P.SE_TOWNS)} tingsrätt. "
        f"Rådman {judge.full} skriver att brottet är allvarligt. Åklagare {pros.full} är nöjd, "
        f"men försvararen {lawyer.full} överväger att överklaga. {lawyer.gen_last} klient nekar till brott."
    )


def sport(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    players = [name(rng, lang) for _ in range(4)]
    coach = name(rng, lang)
    one = rng.choice(["Marquinho", "Sabinho", "Zezé", "Nené"])
    if lang == "da":
        return lang, (
            f"Målene blev scoret af {players[0].full} og {players[1].s}, mens ⟦{one}⟧ lagde op til begge. "
            f'Træner {coach.full} roste målmand {players[2].full}: "{players[2].f} holdt os inde i kampen." '
            f"{players[3].full} udgik med en skade."
        )
    return lang, (
        f"Målen gjordes av {players[0].full} och {players[1].s}, och ⟦{one}⟧ stod för båda passningarna. "
        f'Tränaren {coach.full} berömde målvakten {players[2].full}: "{players[2].f} höll oss kvar." '
        f"{players[3].full} haltade av planen."
    )


def obituary(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    dead, spouse, k1, k2 = (name(rng, lang) for _ in range(4))
    age = rng.randint(71, 99)
    if lang == "da":
        return lang, (
            f"Dødsfald\n{dead.full}, {rng.choice(P.DK_TOWNS)}, er død, {age} år. {dead.f} var i mange år ansat ved "
            f"{rng.choice(P.DK_FIRMS)}. {dead.f} efterlader sin ægtefælle {spouse.f} og børnene {k1.full} og {k2.full}."
        )
    return lang, (
        f"Dödsfall\n{dead.full}, {rng.choice(P.SE_TOWNS)}, har avlidit i en ålder av {age} år. {dead.gen_full} stora "
        f"intresse var trädgården. Närmast sörjande är {spouse.f} och barnen {k1.full} och {k2.full}."
    )


def minutes(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    people = [name(rng, lang) for _ in range(rng.randint(3, 5))]
    absent = name(rng, lang)
    present = ", ".join(p.full for p in people)
    if lang == "da":
        return lang, (
            f"Referat {P.date(rng)}\nDeltagere: {present}\nAfbud: {absent.full}\n"
            f"1. {people[0].f} bød velkommen.\n2. {people[1].f} fremlagde budgettet; {people[-1].f} tager referat.\n"
            f"3. Næste møde: {people[0].gen_last} kontor."
        )
    return lang, (
        f"Protokoll {P.date(rng, '%Y-%m-%d')}\nNärvarande: {present}\nFrånvarande: {absent.full}\n"
        f"§ 1 {people[0].f} öppnade mötet.\n§ 2 {people[1].f} redovisade ekonomin; {people[-1].f} för protokoll.\n"
        f"§ 3 Nästa möte: {people[0].gen_last} kontor."
    )


def email_thread(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    a, b, c = (name(rng, lang) for _ in range(3))
    mail = f"{a.first.lower()}.{a.last.lower()}@firma.{'dk' if lang == 'da' else 'se'}".replace(" ", "")
    if lang == "da":
        return lang, (
            f"-----Oprindelig meddelelse-----\nFra: {a.full} <{mail}>\nTil: {b.full}\nEmne: Tilbud\n\n"
            f"Hej {b.f}\nJeg har talt med {c.full}, som gerne vil have tilbuddet inden fredag. "
            f"Kan du sende det til {c.f} direkte?\nMvh {a.f}"
        )
    return lang, (
        f"-----Ursprungligt meddelande-----\nFrån: {a.full} <{mail}>\nTill: {b.full}\nÄmne: Offert\n\n"
        f"Hej {b.f}!\nJag har pratat med {c.full} som vill ha offerten före fredag. "
        f"Kan du skicka den direkt till {c.f}?\nHälsningar {a.f}"
    )


def contact_csv(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    sep = rng.choice([";", ",", "\t"])
    head = ["fornavn", "efternavn", "by"] if lang == "da" else ["förnamn", "efternamn", "ort"]
    rows = [sep.join(head)]
    for _ in range(rng.randint(3, 7)):
        n = name(rng, lang)
        town = rng.choice(P.DK_TOWNS if lang == "da" else P.SE_TOWNS)
        rows.append(sep.join([n.f, n.s, town]))
    return lang, "\n".join(rows)


def register_caps(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    rows = ["MEDLEMSLISTE" if lang == "da" else "MEDLEMSFÖRTECKNING"]
    for i in range(rng.randint(4, 8)):
        n = name(rng, lang)
        rows.append(
            f"{i + 1:>3}  ⟦{n.last.upper()}, {n.first.upper()}⟧{' ' * max(1, 26 - len(n.last) - len(n.first))}{rng.randint(1950, 2008)}"
        )
    return lang, "\n".join(rows)


def chat_export(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    a, b, c = (name(rng, lang) for _ in range(3))
    if lang == "da":
        lines = [
            f"{a.full}: har nogen hørt fra {c.f}?",
            f"{b.f}: ja, er på kursus i dag",
            f"{a.full}: ok, så tager jeg mødet med {c.gen_last} kunde",
            f"{b.f}: 👍",
        ]
    else:
        lines = [
            f"{a.full}: har nån hört av {c.f}?",
            f"{b.f}: ja, är på kurs idag",
            f"{a.full}: okej, då tar jag mötet med {c.gen_last} kund",
            f"{b.f}: 👍",
        ]
    return lang, "\n".join(f"[{10 + i}:{rng.randint(10, 59)}] {line}" for i, line in enumerate(lines))


def transcript(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    a, b, c = (name(rng, lang) for _ in range(3))
    if lang == "da":
        return lang, (
            f"{a.full}: Velkommen. Skal vi starte med status fra {b.f}?\n"
            f"{b.full}: Ja. Jeg har talt med {c.full} om leverancen.\n"
            f"{a.full}: Godt. Og hvad sagde {c.s}?\n{b.full}: At det bliver januar."
        )
    return lang, (
        f"{a.full}: Välkomna. Ska vi börja med {b.gen_full} rapport?\n"
        f"{b.full}: Ja. Jag har pratat med {c.full} om leveransen.\n"
        f"{a.full}: Bra. Vad sa {c.s}?\n{b.full}: Att det blir januari."
    )


def welcome(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    new, mentor, boss = (name(rng, lang) for _ in range(3))
    if lang == "da":
        return lang, (
            f"Velkommen til {new.full}, der starter i {rng.choice(['økonomi', 'kundeservice', 'lageret', 'IT'])} på mandag. "
            f"{new.f} kommer fra {rng.choice(P.DK_FIRMS)}. {mentor.full} bliver mentor, og {new.f} sidder ved {mentor.gen_last} bord.\n"
            f"Hilsen {boss.full}"
        )
    return lang, (
        f"Välkommen {new.full} som börjar på {rng.choice(['ekonomi', 'kundtjänst', 'lagret', 'IT'])} på måndag. "
        f"{new.f} kommer från {rng.choice(P.SE_FIRMS)}. {mentor.full} blir mentor och {new.f} sitter vid {mentor.gen_last} skrivbord.\n"
        f"Hälsningar {boss.full}"
    )


def authority_letter(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    to, officer = name(rng, lang), name(rng, lang)
    if lang == "da":
        return lang, (
            f"Kære {to.full}\n\nVi har modtaget din henvendelse og behandler den hurtigst muligt. "
            f"Har du spørgsmål, er du velkommen til at kontakte mig.\n\nMed venlig hilsen\n{officer.full}\nSagsbehandler"
        )
    return lang, (
        f"Hej {to.full}!\n\nVi har tagit emot ditt ärende och återkommer så snart vi kan. "
        f"Du är välkommen att höra av dig om du har frågor.\n\nMed vänlig hälsning\n{officer.full}\nHandläggare"
    )


def guest_list(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    rows = ["Gæsteliste" if lang == "da" else "Gästlista"]
    for _ in range(rng.randint(3, 6)):
        n = name(rng, lang)
        extra = ""
        if rng.random() < 0.4:
            m = name(rng, lang)
            extra = f" + {m.full}"
        rows.append(
            f"Vær. {rng.randint(101, 420)}: {n.full}{extra}"
            if lang == "da"
            else f"Rum {rng.randint(101, 420)}: {n.full}{extra}"
        )
    return lang, "\n".join(rows)


def local_news(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    a, b = name(rng, lang), name(rng, lang)
    if lang == "da":
        place = rng.choice(P.DK_TOWNS)
        return lang, (
            f'{place}: {a.full} åbner café i den gamle station. "Jeg har drømt om det i ti år," siger {a.f}, '
            f"der driver caféen sammen med {b.full}. {b.gen_last} mormor ejede i sin tid stationsbygningen."
        )
    place = rng.choice(P.SE_TOWNS)
    return lang, (
        f'{place}: {a.full} öppnar kafé i det gamla stationshuset. "Jag har drömt om det i tio år," säger {a.f}, '
        f"som driver kaféet tillsammans med {b.full}. {b.gen_last} mormor ägde en gång stationshuset."
    )


LAYOUTS = [
    ("appointment", appointment, 7),
    ("court-report", court_report, 7),
    ("sport", sport, 7),
    ("obituary", obituary, 7),
    ("minutes", minutes, 7),
    ("email-thread", email_thread, 7),
    ("contact-csv", contact_csv, 7),
    ("register-caps", register_caps, 7),
    ("chat-export", chat_export, 7),
    ("transcript", transcript, 7),
    ("welcome", welcome, 7),
    ("authority-letter", authority_letter, 7),
    ("guest-list", guest_list, 7),
    ("local-news", local_news, 7),
]
