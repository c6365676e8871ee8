"""A synthetic organisation for retention benchmarks: documents of known category, event and age.

Case folders (letters, debt-collection letters, exhibits, invoices, blank templates) closed by a
closing letter, by the case register, not at all (open), or silently (nothing records when: the
truth is then a date no system knows, up to 45 days after the last document); employees current
(Ansatte) and former (Fratrådte, dated by a confirmation letter or the HR register, some with a
resignation mail in the inbox root); customers with KYC records (ended by a letter or the customer
register, or active per the register); recruitment rounds on a USB stick (finished by a "stillingen
er besat" letter or silently); bookkeeping by year; general mail; and a Swedish share (7-year
bookkeeping, 2-year applicants). Each document's true category and due date follow DESIGN.md's
periods, computed here independently of the library.

Splits ``dev`` and ``heldout`` differ in seed, names, folder spellings and phrasings.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import random
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from tests.helpers.nordic_numbers import make_cpr, make_personnummer

TODAY = dt.date.today()
NAMES = [
    "Mette Kjærgaard",
    "Søren Østergaard",
    "Jens Hansen",
    "Anne Møller",
    "Lærke Sørensen",
    "Bjørn Lindholm",
    "Åse Bækgaard",
    "Jørgen Højgaard",
    "Mads Dalsgaard",
    "Ida Nørgaard",
    "Karen Thygesen",
    "Niels Brøndum",
    "Rasmus Frølund",
    "Signe Kærsgaard",
    "Torben Mikkelsen",
    "Ulla Damgaard",
    "Henrik Fænø",
    "Birthe Ravnsbæk",
    "Malene Holmgård",
    "Jesper Løvendahl",
    "Tove Skovgaard",
    "Kasper Vinther",
    "Pia Juhl",
    "Ole Dam",
    "Eva Lund",
    "Sara Holm",
    "Peter Olsen",
    "Lone Bach",
    "Finn Krogh",
    "Gitte Winther",
]
SE_NAMES = [
    "Åsa Lindqvist",
    "Björn Öberg",
    "Märta Åkesson",
    "Göran Sjöberg",
    "Linnéa Bergström",
    "Örjan Nyström",
    "Karin Ekström",
]


def add_years(day: dt.date, years: int = 0, months: int = 0) -> dt.date:
    total = day.month - 1 + months + 12 * years
    year, month = day.year + total // 12, total % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass
class Doc:
    rel: str
    text: str
    when: dt.date
    category: str
    due: dt.date | None
    personal: bool = True
    approximate_truth: bool = False  # the true event is recorded nowhere
    eml: EmailMessage | None = None


@dataclass
class Corpus:
    docs: list[Doc] = field(default_factory=list)
    registers: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # file -> (key, date) rows


def _ago(rng: random.Random, lo: float, hi: float) -> dt.date:
    return TODAY - dt.timedelta(days=int(rng.uniform(lo, hi) * 365.25))


def _fmt(day: dt.date, style: int) -> str:
    months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober"]
    months += ["november", "december"]
    return [day.strftime("%d.%m.%Y"), day.isoformat(), f"{day.day}. {months[day.month - 1]} {day.year}"][style % 3]


def build(root: Path, seed: int, split: str) -> Corpus:
    rng = random.Random(seed)
    heldout = split == "heldout"
    names = NAMES[1::2] if heldout else NAMES[0::2]
    names = names * 3
    serial = iter(range(1, 10_000))
    c = Corpus()

    def person() -> tuple[str, str]:
        n = next(serial)
        birth = dt.date(rng.randint(1950, 1999), rng.randint(1, 12), rng.randint(1, 28))
        cpr = make_cpr(birth, n % 80)
        return names[n % len(names)], f"{cpr[:6]}-{cpr[6:]}"

    def doc(rel: str, text: str, when: dt.date, category: str, due: dt.date | None, **kw: object) -> None:
        c.docs.append(Doc(rel, text, when, category, due, **kw))  # type: ignore[arg-type]

    # --- case folders -------------------------------------------------------------------------
    closing = ["Sagen er hermed afsluttet", "Vi afslutter hermed sagen", "Sagen er nu lukket"]
    if heldout:
        closing = ["Sagen er afsluttet", "Afslutning af sagen", "Sagen er lukket"]
    cases_rows: list[tuple[str, str]] = []
    for n in range(16):
        client, cpr = person()
        other, ocpr = person()
        number = f"{rng.randint(2008, 2023)}-{n + 1:04d}"
        folder = (
            f"share/Sager/{number} {client.split()[1]} mod {other.split()[1]}" if n % 2 else f"share/Sager/{number}"
        )
        closed = _ago(rng, 0.3, 14)
        opened = closed - dt.timedelta(days=rng.randint(200, 3000))
        how = ["letter", "letter", "register", "register", "open", "silent"][n % 6]
        docs_dates = sorted(opened + dt.timedelta(days=rng.randint(0, (closed - opened).days)) for _ in range(3))
        if how == "open":
            docs_dates = sorted(_ago(rng, 0.1, 9) for _ in range(3))
        last = max(docs_dates)
        if how == "silent":
            closed = last + dt.timedelta(days=rng.randint(0, 45))
        due = add_years(closed, 10) if how != "open" else None
        texts = [
            f"Stævning\nSagsøger: {client}, CPR {cpr}\nSagsøgte: {other}, CPR {ocpr}\n",
            f"Rykker og inkassovarsel\nTil {client}\nSkyldigt beløb 4.250 kr. Betales senest om 10 dage.\nCPR {cpr}\n",
            f"Bilag 3 - lejekontrakt\nLejer: {client}, CPR {cpr}\nUdlejer: {other}\nHusleje 8.500 kr.\n",
        ]
        names_ = ["stævning.txt", "rykker.txt", "Bilag 3 - lejekontrakt.txt"]
        # Nothing records a silent close, nor that a case missing from the register is still open.
        unknowable = how == "silent" or (how == "open" and n % 12 != 4)
        for text, name, when in zip(texts, names_, docs_dates, strict=True):
            doc(f"{folder}/{name}", text, when, "case_material", due, approximate_truth=unknowable)
        doc(
            f"{folder}/faktura_{n}.txt",
            f"Faktura nr. {n}\nTil {client}\nSalær 12.000 kr. + moms\n",
            docs_dates[1],
            "case_material",
            due,
            approximate_truth=unknowable,
        )
        if n % 4 == 0:
            doc(
                f"{folder}/skabelon.txt",
                "Navn: ____________\nCPR: ______-____\n",
                docs_dates[0],
                "case_material",
                due,
                personal=False,
            )
        if how == "letter":
            letter_day = closed + dt.timedelta(days=rng.randint(0, 5))
            doc(
                f"{folder}/afslutning.txt",
                f"Kære {client}\n\n{rng.choice(closing)} pr. {_fmt(closed, n)}.\n\nMed venlig hilsen\nAdvokatfirmaet",
                letter_day,
                "case_material",
                due,
            )
        elif how == "register":
            cases_rows.append((number, closed.isoformat()))
        elif how == "open" and n % 12 == 4:
            cases_rows.append((number, ""))
    c.registers["sager.csv"] = [("sagsnr", "lukket"), *cases_rows]

    # --- employees ------------------------------------------------------------------------------
    staff_rows: list[tuple[str, str]] = []
    ansatte = "Personale/Ansatte" if not heldout else "Personale/Medarbejdere"
    for _ in range(6):
        name, cpr = person()
        hired = _ago(rng, 1, 15)
        folder = f"share/{ansatte}/{name}"
        doc(
            f"{folder}/kontrakt.txt", f"Ansættelseskontrakt\nMedarbejder: {name}, CPR {cpr}\n", hired, "personnel", None
        )
        doc(
            f"{folder}/ansøgning.txt",
            f"Ansøgning\nJeg søger hermed stillingen.\n{name}\n",
            hired - dt.timedelta(days=40),
            "personnel",
            None,
        )
    for n in range(8):
        name, cpr = person()
        ended = _ago(rng, 0.3, 7)
        hired = ended - dt.timedelta(days=rng.randint(400, 4000))
        folder = f"share/Personale/Fratrådte/{name}"
        due = add_years(ended, 3)
        doc(f"{folder}/kontrakt.txt", f"Ansættelseskontrakt\nMedarbejder: {name}, CPR {cpr}\n", hired, "personnel", due)
        doc(
            f"{folder}/mus.txt",
            f"Referat af MUS-samtale med {name}\n",
            hired + dt.timedelta(days=200),
            "personnel",
            due,
        )
        if n % 5 < 3:
            doc(
                f"{folder}/fratræden.txt",
                f"{name}, CPR {cpr}\nBekræftelse af fratræden: sidste arbejdsdag {_fmt(ended, n)}.\n",
                ended - dt.timedelta(days=rng.randint(0, 30)),
                "personnel",
                due,
            )
        else:
            staff_rows.append((name, ended.isoformat()))
        if n % 4 == 0:  # a resignation mail in the inbox root
            msg = EmailMessage()
            msg["From"] = f'"{name}" <m{n}@firma.dk>'
            msg["To"] = "hr@firma.dk"
            msg["Subject"] = "Opsigelse"
            sent = ended - dt.timedelta(days=rng.randint(30, 90))
            msg["Date"] = format_datetime(dt.datetime(sent.year, sent.month, sent.day, 9, tzinfo=dt.UTC))
            msg["Message-ID"] = f"<r{n}.{split}@firma.dk>"
            msg.set_content(
                f"Kære HR\n\nJeg opsiger hermed min stilling med sidste arbejdsdag {_fmt(ended, n)}.\n\n{name}\n"
            )
            c.docs.append(Doc(f"mail/Indbakke/opsigelse_{n}.eml", "", sent, "personnel", due, eml=msg))
    c.registers["ansatte.csv"] = [("navn", "fratraadt"), *staff_rows]

    # --- customers ------------------------------------------------------------------------------
    cust_rows: list[tuple[str, str]] = []
    for n in range(8):
        name, cpr = person()
        folder = f"share/Kunder/{name}"
        start = _ago(rng, 3, 14)
        kyc = f"Kundekendskab (KYC)\nLegitimation: kopi af pas og sundhedskort\nKunde: {name}, CPR {cpr}\n"
        if n % 3 == 2:  # active
            doc(f"{folder}/kyc.txt", kyc, start, "aml", None)
            doc(f"{folder}/korrespondance.txt", f"Kære {name}\nTak for mødet.\n", _ago(rng, 0.05, 1), "aml", None)
            cust_rows.append((name, ""))
            continue
        ended = start + dt.timedelta(days=rng.randint(200, max(201, (TODAY - start).days - 30)))
        due = add_years(ended, 5)
        doc(f"{folder}/kyc.txt", kyc, start, "aml", due)
        if n % 3 == 0:
            doc(f"{folder}/ophør.txt", f"Kære {name}\nKundeforholdet ophørte {_fmt(ended, n)}.\n", ended, "aml", due)
        else:
            cust_rows.append((name, ended.isoformat()))
    c.registers["kunder.csv"] = [("kunde", "ophoert"), *cust_rows]

    # --- recruitment on a USB stick -------------------------------------------------------------
    for n, year in enumerate(range(2019, 2026)):
        folder = f"usb/Ansøgere {year}" if not heldout else f"usb/Ansøgninger {year}"
        dates = sorted(dt.date(year, rng.randint(1, 9), rng.randint(1, 28)) for _ in range(4))
        finished = dates[-1] + dt.timedelta(days=rng.randint(5, 40))
        silent = n % 3 == 2
        if silent:
            finished = dates[-1] + dt.timedelta(days=rng.randint(0, 30))
        if finished > TODAY:
            finished = TODAY - dt.timedelta(days=1)
        due = add_years(finished, months=6)
        for k, when in enumerate(dates):
            name, cpr = person()
            doc(
                f"{folder}/CV_{k}.txt",
                f"CURRICULUM VITAE\n{name}\nErhvervserfaring\nUddannelse\n",
                when,
                "rejected_applicants",
                due,
                approximate_truth=silent,
            )
        if not silent:
            name, _ = person()
            doc(
                f"{folder}/afslag_{n}.txt",
                f"Kære {name}\nTak for din ansøgning. Stillingen er besat pr. {_fmt(finished, n)}.\n",
                finished,
                "rejected_applicants",
                due,
            )

    # --- bookkeeping, general mail --------------------------------------------------------------
    for n in range(10):
        year = rng.randint(2012, TODAY.year - 1)
        name, cpr = person()
        when = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        doc(
            f"share/Bogføring/{year}/bilag_{n}.txt",
            f"Faktura {n}\nKunde: {name}\nBeløb 2.000 kr.\n",
            when,
            "bookkeeping",
            dt.date(year + 5, 12, 31),
        )
    for n in range(5):
        name, _ = person()
        msg = EmailMessage()
        msg["From"] = f'"{name}" <g{n}@kunde.dk>'
        msg["To"] = "info@firma.dk"
        msg["Subject"] = "Spørgsmål"
        sent = _ago(rng, 0.5, 12)
        msg["Date"] = format_datetime(dt.datetime(sent.year, sent.month, sent.day, 9, tzinfo=dt.UTC))
        msg["Message-ID"] = f"<g{n}.{split}@kunde.dk>"
        msg.set_content(f"Hej\n\nKan I ringe mig op?\n\n{name}\n")
        c.docs.append(Doc(f"mail/Indbakke/fra_kunde_{n}.eml", "", sent, "general", None, eml=msg))

    # --- a Swedish share: 7-year bookkeeping, 2-year applicants ---------------------------------
    for n in range(6):
        name = SE_NAMES[n % len(SE_NAMES)]
        birth = dt.date(rng.randint(1950, 1999), rng.randint(1, 12), rng.randint(1, 28))
        pnr = make_personnummer(birth, 200 + n)  # serial: the last three digits
        year = rng.randint(2012, TODAY.year - 1)
        when = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        doc(
            f"se/Bokföring/{year}/verifikation_{n}.txt",
            f"Faktura\nKund: {name}, personnummer {pnr[:8]}-{pnr[8:]}\n",
            when,
            "bookkeeping",
            dt.date(year + 7, 12, 31),
        )
        ryear = rng.randint(2020, TODAY.year - 1)
        applied = dt.date(ryear, rng.randint(1, 6), rng.randint(1, 28))
        filled = applied + dt.timedelta(days=rng.randint(20, 90))
        due = add_years(filled, 2)
        doc(
            f"se/Rekrytering {ryear}-{n}/ansokan_{n}.txt",
            f"Ansökan\n{name}\nJag söker härmed tjänsten.\n",
            applied,
            "rejected_applicants",
            due,
        )
        doc(
            f"se/Rekrytering {ryear}-{n}/besked_{n}.txt",
            f"Hej {name}\nTjänsten är tillsatt den {filled.isoformat()}. Tack för din ansökan.\n",
            filled,
            "rejected_applicants",
            due,
        )
    _write(root, c)
    return c


def _write(root: Path, c: Corpus) -> None:
    by_rel: dict[str, Doc] = {}
    for d in c.docs:
        by_rel[d.rel] = d  # the last write of a path wins (duplicate names across rounds)
    c.docs = list(by_rel.values())
    for d in c.docs:
        path = root / d.rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if d.eml is not None:
            path.write_bytes(bytes(d.eml))
        else:
            path.write_text(d.text, encoding="utf-8")
        stamp = dt.datetime(d.when.year, d.when.month, d.when.day, 12, tzinfo=dt.UTC).timestamp()
        os.utime(path, (stamp, stamp))
    for name, rows in c.registers.items():
        (root / name).write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
