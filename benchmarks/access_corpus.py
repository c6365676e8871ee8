"""A synthetic organisation for access-request benchmarks: a share, a USB export and mail, with data
subjects written in every form a real request meets, namesakes and decoys, and the ground truth.

Two splits with DISJOINT name pools and partly different phrasings: ``dev`` (what the matching was
looked at on) and ``heldout`` (never looked at while building it). Everything is generated from a
seed; nothing here is read by the library.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from tests.helpers.nordic_numbers import make_cpr, make_personnummer

DK_FIRST = [
    "Mette",
    "Søren",
    "Jens",
    "Anne",
    "Lærke",
    "Bjørn",
    "Åse",
    "Jørgen",
    "Mads",
    "Sørine",
    "Frederik",
    "Ida",
    "Karen",
    "Niels",
    "Rasmus",
    "Signe",
    "Torben",
    "Ulla",
    "Henrik",
    "Birthe",
    "Malene",
    "Jesper",
    "Tove",
    "Kasper",
]
DK_LAST = [
    "Kjærgaard",
    "Østergaard",
    "Hansen",
    "Møller",
    "Sørensen",
    "Lindholm",
    "Bækgaard",
    "Højgaard",
    "Dalsgaard",
    "Nørgaard",
    "Thygesen",
    "Brøndum",
    "Frølund",
    "Kærsgaard",
    "Mikkelsen",
    "Løvendahl",
    "Damgaard",
    "Fænø",
    "Ravnsbæk",
    "Holmgård",
]
SE_FIRST = [
    "Åsa",
    "Björn",
    "Märta",
    "Göran",
    "Linnéa",
    "Örjan",
    "Sven",
    "Ingrid",
    "Karin",
    "Lars",
    "Håkan",
    "Elin",
    "Maja",
    "Pär",
    "Sölve",
    "Agneta",
    "Ulrika",
    "Mårten",
]
SE_LAST = [
    "Lindqvist",
    "Öberg",
    "Åkesson",
    "Sjöberg",
    "Bergström",
    "Nyström",
    "Söderberg",
    "Ekström",
    "Håkansson",
    "Wikström",
    "Lundgren",
    "Hägglund",
    "Törnqvist",
    "Ångström",
    "Fröberg",
    "Strömgren",
]
DK_STREETS = [
    "Nørregade",
    "Vestergade",
    "Søndergade",
    "Algade",
    "Skolevej",
    "Kirkevej",
    "Møllevej",
    "Strandvejen",
    "Bøgevej",
    "Ågade",
]
SE_STREETS = [
    "Storgatan",
    "Kungsgatan",
    "Drottninggatan",
    "Järnvägsgatan",
    "Skolgatan",
    "Ängsvägen",
    "Björkvägen",
    "Sjögatan",
]
DK_TOWNS = ["8000 Aarhus C", "5000 Odense C", "2100 København Ø", "9000 Aalborg", "7100 Vejle"]
SE_TOWNS = ["111 22 Stockholm", "411 05 Göteborg", "211 45 Malmö", "753 20 Uppsala"]


@dataclass
class Person:
    pid: str
    first: str
    last: str
    country: str
    ident: str  # CPR (10 digits) or personnummer (12 digits)
    email: str
    phone: str  # as written
    street: str  # "Nørregade 4"
    town: str
    role: str = "other"  # subject | namesake | decoy | other

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def ident_forms(self) -> list[str]:
        if self.country == "DK":
            c = self.ident
            return [f"{c[:6]}-{c[6:]}", c, f"{c[:6]} {c[6:]}"]
        p = self.ident
        return [f"{p[:8]}-{p[8:]}", f"{p[2:8]}-{p[8:]}", p]


@dataclass
class Doc:
    rel: str  # path under the corpus root: share/..., usb/..., mail/...
    text: str = ""
    people: set[str] = field(default_factory=set)  # pids whose data the document holds
    written: dict[str, set[str]] = field(default_factory=dict)  # pid -> strings written
    eml: EmailMessage | None = None

    def add(self, person: Person, *strings: str) -> None:
        self.people.add(person.pid)
        self.written.setdefault(person.pid, set()).update(s for s in strings if s)


def ascii_fold(text: str, style: int) -> str:
    """How people type Nordic letters without them: style 0 'ae/oe/aa', 1 'a/o/a'."""
    table = (
        {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "ä": "ae", "ö": "oe", "Ä": "Ae", "Ö": "Oe"}
        if style == 0
        else {"æ": "a", "ø": "o", "å": "a", "Æ": "A", "Ø": "O", "Å": "A", "ä": "a", "ö": "o", "Ä": "A", "Ö": "O"}
    )
    out = "".join(table.get(ch, ch) for ch in text)
    return "".join(c for c in unicodedata.normalize("NFKD", out) if not unicodedata.combining(c))


class World:
    def __init__(self, seed: int, split: str) -> None:
        self.rng = random.Random(seed)
        self.split = split
        pick = 0 if split == "dev" else 1
        self.pools = {
            "DK": (
                [n for i, n in enumerate(DK_FIRST) if i % 2 == pick],
                [n for i, n in enumerate(DK_LAST) if i % 2 == pick],
            ),
            "SE": (
                [n for i, n in enumerate(SE_FIRST) if i % 2 == pick],
                [n for i, n in enumerate(SE_LAST) if i % 2 == pick],
            ),
        }
        self.people: dict[str, Person] = {}
        self.used_names: set[str] = set()
        self.serial = 0

    def person(self, country: str, role: str, first: str | None = None, last: str | None = None) -> Person:
        rng = self.rng
        firsts, lasts = self.pools[country]
        while True:
            f = first or rng.choice(firsts)
            surname = last or rng.choice(lasts)
            if (first and last) or f"{f} {surname}" not in self.used_names:
                break
        self.used_names.add(f"{f} {surname}")
        self.serial += 1
        birth = dt.date(rng.randint(1945, 2000), rng.randint(1, 12), rng.randint(1, 28))
        ident = make_cpr(birth, self.serial) if country == "DK" else make_personnummer(birth, 100 + self.serial)
        local = ascii_fold(f"{f}.{surname}", 1).lower().replace(" ", "")
        email = f"{local}{self.serial}@{rng.choice(['gmail.com', 'firma.dk', 'post.se', 'mail.dk'])}"
        if country == "DK":
            d = f"{rng.randint(20, 99)}{rng.randint(100000, 999999)}"
            phone = rng.choice([f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"+45 {d}", f"{d[:4]} {d[4:]}"])
            street, town = f"{rng.choice(DK_STREETS)} {rng.randint(1, 99)}", rng.choice(DK_TOWNS)
        else:
            d = f"7{rng.randint(0, 9)}{rng.randint(1000000, 9999999)}"
            phone = rng.choice([f"0{d[:2]}-{d[2:5]} {d[5:7]} {d[7:]}", f"+46 {d[:2]} {d[2:5]} {d[5:]}"])
            street, town = f"{rng.choice(SE_STREETS)} {rng.randint(1, 99)}", rng.choice(SE_TOWNS)
        p = Person(f"p{self.serial}", f, surname, country, ident, email, phone, street, town, role)
        self.people[p.pid] = p
        return p


def _letter_date(rng: random.Random) -> str:
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    return day.strftime("%d.%m.%Y")


def build(root: Path, seed: int, split: str) -> tuple[World, list[Doc], list[Person]]:
    """Write the corpus under ``root`` (share/, usb/, mail/); return the world, documents and subjects."""
    w = World(seed, split)
    rng = w.rng
    subjects = [w.person("DK" if n < 7 else "SE", "subject") for n in range(12)]
    namesakes = [w.person(s.country, "namesake", s.first, s.last) for s in subjects[:4]]
    decoys: list[Person] = []
    for n, s in enumerate(subjects):
        firsts, lasts = w.pools[s.country]
        # Decoys resemble the subject but never carry a name already in use (that would be a namesake).
        other_first = rng.choice([f for f in firsts if f != s.first and f"{f} {s.last}" not in w.used_names])
        other_last = rng.choice([x for x in lasts if x != s.last and f"{s.first} {x}" not in w.used_names])
        if n % 3 == 0:
            decoys.append(w.person(s.country, "decoy", f"{s.first}-{other_first}", s.last))  # Anne-Sofie Møller
        if n % 3 != 2:
            decoys.append(w.person(s.country, "decoy", other_first, s.last))  # another Møller
        if n % 4 == 1:
            decoys.append(w.person(s.country, "decoy", s.first, other_last))  # another Anne
    decoys = decoys[:16]
    others = [w.person("DK" if n % 3 else "SE", "other") for n in range(30)]
    docs: list[Doc] = []
    heldout = split == "heldout"

    def third() -> Person:
        return rng.choice(others)

    for n, s in enumerate(subjects):
        dk = s.country == "DK"
        idf = s.ident_forms()
        # 1. A letter in a case folder: full name, identifier, address, with the opposing party.
        opp = third()
        d = Doc(f"share/Sager/{2020 + n % 4}-{n + 1:04d}/brev_{n}.txt")
        greet = "Kære" if dk else "Hej"
        d.text = (
            f"{_letter_date(rng)}\n\n{greet} {s.name}\n{s.street}, {s.town}\n\n"
            + (f"Vedr. CPR-nr. {idf[0]}\n" if dk else f"Ang. personnummer {idf[0]}\n")
            + f"Modparten {opp.name} ({opp.street}, {opp.town}, tlf. {opp.phone}) har svaret.\n"
        )
        d.add(s, s.name, idf[0], s.street)
        d.add(opp, opp.name, opp.street, opp.phone)
        docs.append(d)
        # 2. Identifier only, another written form.
        d = Doc(f"share/Økonomi/udbetaling_{n}.txt")
        d.text = (
            f"Udbetaling godkendt for CPR {idf[1 + n % 2]}, beløb 12.400 kr.\n"
            if dk
            else f"Utbetalning godkänd för personnummer {idf[1 + n % 2]}, belopp 9 800 kr.\n"
        )
        d.add(s, idf[1 + n % 2])
        docs.append(d)
        # 3. Names in capitals on a form.
        d = Doc(f"share/Blanketter/fuldmagt_{n}.txt")
        label = ("NAVN" if dk else "NAMN") if not heldout else ("FULDMAGTSGIVER" if dk else "FULLMAKTSGIVARE")
        d.text = f"FULDMAGT\n{label}: {s.name.upper()}\nAdresse: {s.street}, {s.town}\nUnderskrift: ____\n"
        d.add(s, s.name.upper(), s.street)
        docs.append(d)
        # 4. Genitive.
        d = Doc(f"share/Noter/note_{n}.txt")
        thing = rng.choice(
            ["kvitteringer", "fuldmagt", "ansøgning", "lønsedler"] if dk else ["fullmakt", "kvitton", "ansökan"]
        )
        d.text = (
            f"Husk at arkivere {s.name}s {thing} i morgen.\n"
            if not heldout
            else f"{s.name}s {thing} er modtaget og gennemgået.\n"
        )
        d.add(s, f"{s.name}s")
        docs.append(d)
        # 5. ASCII spelling (no Nordic letters), surname first.
        d = Doc(f"share/Lister/deltagere_{n}.txt")
        a, b = third(), third()
        folded = ascii_fold(f"{s.last}, {s.first}", n % 2)
        d.text = f"Deltagere:\n{a.last}, {a.first}\n{folded}\n{b.last}, {b.first}\n"
        d.add(s, folded)
        d.add(a, a.first, a.last)
        d.add(b, b.first, b.last)
        docs.append(d)
        # 6. Initial and surname in a signature, with the subject's phone.
        d = Doc(f"share/Noter/opkald_{n}.txt")
        d.text = f"Notat om opkald.\nVenlig hilsen\n{s.first[0]}. {s.last}\nTlf. {s.phone}\n"
        d.add(s, f"{s.first[0]}. {s.last}", s.phone)
        docs.append(d)
        # 7. Mail from the subject (address in the header), body with a colleague.
        colleague = third()
        msg = EmailMessage()
        msg["From"] = f'"{s.name}" <{s.email}>'
        msg["To"] = "kontakt@firma.dk"
        msg["Subject"] = "Spørgsmål" if dk else "Fråga"
        msg["Date"] = format_datetime(dt.datetime(2024, 3, 1 + n, 9, 30, tzinfo=dt.UTC))
        msg["Message-ID"] = f"<m{n}.{split}@firma.dk>"
        msg.set_content(
            f"Hej\n\nJeg har talt med {colleague.name} ({colleague.email}, {colleague.phone}).\n\nMvh\n{s.first}\n"
        )
        d = Doc(f"mail/Indbakke/besked_{n}.eml", eml=msg)
        d.add(s, s.email)
        d.add(colleague, colleague.name, colleague.email, colleague.phone)
        docs.append(d)
        # 8. A CV on a USB stick.
        d = Doc(f"usb/Ansøgere 2024/CV_{n}.txt")
        d.text = (
            f"CURRICULUM VITAE\n{s.name.upper()}\n{s.email}\n{s.phone}\n\nErhvervserfaring\n"
            f"2019-2024 Sagsbehandler\n\nReferencer\n{third().name}, tlf. udleveres på forespørgsel\n"
        )
        d.add(s, s.name.upper(), s.email, s.phone)
        ref_line = d.text.splitlines()[-1].split(",")[0]
        ref = next(p for p in others if p.name == ref_line)
        d.add(ref, ref.name)
        docs.append(d)
    # 9. Contact list exports (USB): subjects and others in rows.
    pool = subjects + others[:12]
    for n in range(6):
        rows = rng.sample(pool, 7)
        d = Doc(f"usb/eksport/kontakter_{n}.csv")
        lines = ["navn;telefon;email;adresse"]
        for p in rows:
            lines.append(f"{p.name};{p.phone};{p.email};{p.street}, {p.town}")
            d.add(p, p.name, p.phone, p.email, p.street)
        d.text = "\n".join(lines) + "\n"
        docs.append(d)
    # 10. Namesakes: alone (not the subject), and next to the subject in one document.
    for n, ns in enumerate(namesakes):
        s = subjects[n]
        d = Doc(f"share/Sager/2023-{900 + n}/part_{n}.txt")
        d.text = f"Parter:\n{ns.name}, CPR-nr. {ns.ident_forms()[0]}, {ns.street}, {ns.town}\n"
        d.add(ns, ns.ident_forms()[0], ns.street)
        docs.append(d)
        d = Doc(f"share/Sager/2023-{950 + n}/navnebror_{n}.txt")
        d.text = (
            f"Bemærk: to personer med samme navn.\n\n{s.name}, CPR-nr. {s.ident_forms()[0]}, {s.street}, {s.town}\n\n"
            f"{ns.name}, CPR-nr. {ns.ident_forms()[0]}, {ns.street}, {ns.town}\n"
        )
        d.add(s, s.ident_forms()[0], s.street)
        d.add(ns, ns.ident_forms()[0], ns.street)
        docs.append(d)
    # 11. Decoys: similar names, never the subject.
    for n, dc in enumerate(decoys):
        d = Doc(f"share/Møder/referat_{n}.txt")
        d.text = f"Referat\nMødedeltager: {dc.name}, tlf. {dc.phone}\nEmne: budget\n"
        d.add(dc, dc.name, dc.phone)
        docs.append(d)
    for d in docs:
        path = root / d.rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if d.eml is not None:
            path.write_bytes(bytes(d.eml))
        else:
            path.write_text(d.text, encoding="utf-8")
    return w, docs, subjects
