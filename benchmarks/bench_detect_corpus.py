"""A hard corpus of Danish/Swedish business text for the identifier quality benchmark.

Two splits with DIFFERENT template families, vocabularies and seeds:

- ``dev``: the templates the detection rules may be tuned on;
- ``heldout``: other templates (other layouts, wordings, names, cities, labels). Its first run
  found a real gap (space-aligned columns under a negative header such as "Varenr."), which was
  then fixed: it has been looked at once;
- ``fresh``: a third set of templates written after that fix and run once, untouched since: its
  figures are the ones to quote.

Both cover the classes that break identifier detection: running-number and amount columns,
CSV/TSV exports, mixed-language rows, the other Danish and Swedish registry numbers with their
labels (CVR, P-nummer, SE-nummer, organisationsnummer, OCR references, bank accounts, case and order
numbers) and phone numbers in every national form, next to real CPR numbers and personnummer
(with and without labels, with and without modulus 11, samordningsnummer, 12-digit forms).

Gold annotations are (entity, normalised value) per document: the benchmark compares multisets, so
extraction may reformat the text. Generated numbers come from this file's own generators, not
from the package.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from dataclasses import dataclass, field

TODAY = datetime.date.today()
_W = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


@dataclass
class Doc:
    name: str
    text: str
    gold: list[tuple[str, str]] = field(default_factory=list)  # (entity, normalised)


# --- number generators (independent of pii_scanner) --------------------------------------------
def _date(rng: random.Random, lo: int = 1935, hi: int = 2006) -> datetime.date:
    start = datetime.date(lo, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randint(start, datetime.date(hi, 12, 28).toordinal()))


def _seventh(year: int, rng: random.Random) -> int:
    if year < 1937:
        return rng.choice([0, 1, 2, 3])
    if year < 2000:
        return rng.choice([0, 1, 2, 3, 4, 9])
    return rng.choice([4, 5, 6, 7, 8, 9]) if year <= 2036 else 5


def _mod11(ten: str) -> bool:
    return sum(int(d) * w for d, w in zip(ten, _W, strict=True)) % 11 == 0


def cpr(rng: random.Random, mod11: bool = True, born: datetime.date | None = None) -> str:
    """Ten digits DDMMYYSSSS; with ``mod11`` the modulus 11 holds, else it fails (post-2007 style)."""
    born = born or _date(rng)
    while True:
        head = born.strftime("%d%m%y") + str(_seventh(born.year, rng))
        ten = head + f"{rng.randint(0, 999):03d}"
        if _mod11(ten) == mod11:
            return ten


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def pnr(rng: random.Random, coordination: bool = False, born: datetime.date | None = None) -> str:
    """Twelve digits YYYYMMDDNNNC (day + 60 for a samordningsnummer)."""
    born = born or _date(rng, 1930, 2008)
    day = born.day + (60 if coordination else 0)
    nine = f"{born.year % 100:02d}{born.month:02d}{day:02d}{rng.randint(0, 999):03d}"
    return f"{born.year // 100:02d}{nine}{_luhn_digit(nine)}"


def orgnr(rng: random.Random) -> str:
    """Swedish organisationsnummer: 10 digits, third digit >= 2 (month 20+), Luhn."""
    nine = f"{rng.choice([2, 5, 7, 8, 9])}{rng.randint(0, 9)}{rng.randint(2, 9)}{rng.randint(0, 999999):06d}"
    return nine + _luhn_digit(nine)


def date_like(rng: random.Random) -> str:
    """Ten digits that read as a valid CPR date AND pass modulus 11 (the hardest negatives)."""
    return cpr(rng, True, _date(rng, 1940, 2005))


def cpr_form(ten: str, rng: random.Random, forms: tuple[str, ...] = ("-", "-", "-", " ", "")) -> str:
    sep = rng.choice(forms)
    return f"{ten[:6]}{sep}{ten[6:]}"


def pnr_form(twelve: str, rng: random.Random) -> str:
    born_year = int(twelve[:4])
    plus = TODAY.year - born_year >= 100
    choice = rng.random()
    if choice < 0.45:
        return f"{twelve[2:8]}{'+' if plus else '-'}{twelve[8:]}"
    if choice < 0.75:
        return f"{twelve[:8]}-{twelve[8:]}"
    if choice < 0.9 and not plus:
        return twelve[2:]
    return twelve


def dk_phone(rng: random.Random) -> tuple[str, str]:
    d = f"{rng.choice([2, 3, 4, 5, 6, 7, 8, 9])}{rng.randint(0, 9999999):07d}"
    form = rng.choice(["{a} {b} {c} {d}", "+45 {a} {b} {c} {d}", "{a}{b} {c}{d}", "+45 {a}{b}{c}{d}"])
    text = form.format(a=d[0:2], b=d[2:4], c=d[4:6], d=d[6:8])
    return text, ("+45" + d if text.startswith("+") else d)


def se_phone(rng: random.Random) -> tuple[str, str]:
    mobile = f"7{rng.choice([0, 2, 3, 6])}{rng.randint(0, 9999999):07d}"
    choice = rng.randint(0, 2)
    if choice == 0:
        return f"0{mobile[:2]}-{mobile[2:5]} {mobile[5:7]} {mobile[7:]}", "0" + mobile
    if choice == 1:
        return f"+46 {mobile[:2]} {mobile[2:5]} {mobile[5:7]} {mobile[7:]}", "+46" + mobile
    return f"08-{mobile[2:5]} {mobile[5:7]} {mobile[7:]}", "08" + mobile[2:]


# --- vocabulary per split ----------------------------------------------------------------------
VOCAB = {
    "dev": {
        "dk_names": ["Jens Hansen", "Mette Nielsen", "Søren Kristensen", "Anne Larsen", "Peter Jensen", "Lone Møller"],
        "se_names": ["Anna Lindqvist", "Erik Johansson", "Karin Svensson", "Lars Nilsson", "Maria Berg", "Olof Ek"],
        "dk_cities": ["Odense", "Aarhus", "Vejle", "Roskilde", "Kolding"],
        "se_cities": ["Malmö", "Uppsala", "Göteborg", "Lund", "Västerås"],
        "dk_domains": ["firma.dk", "revision.dk", "advokat.dk"],
        "se_domains": ["bolag.se", "byra.se", "konsult.se"],
    },
    "fresh": {
        "dk_names": ["Ulla Bech", "Torben Juhl", "Signe Lauridsen", "Mads Kjær", "Pia Skov", "Bo Friis"],
        "se_names": ["Astrid Nyström", "Henrik Blom", "Linnea Ström", "Axel Hedlund", "Ebba Lind", "Per Öberg"],
        "dk_cities": ["Slagelse", "Holstebro", "Hillerød", "Næstved", "Viborg", "Fredericia"],
        "se_cities": ["Karlstad", "Gävle", "Borås", "Växjö", "Kalmar", "Östersund"],
        "dk_domains": ["regnskab.dk", "tandlaege.dk", "boligforening.dk"],
        "se_domains": ["vardcentral.se", "forening.se", "fastighet.se"],
    },
    "heldout": {
        "dk_names": [
            "Kirsten Poulsen",
            "Henrik Madsen",
            "Birgitte Olsen",
            "Niels Thomsen",
            "Camilla Holm",
            "Rasmus Dahl",
        ],
        "se_names": ["Ingrid Holmberg", "Johan Sandberg", "Sofia Wallin", "Gustav Lund", "Elin Forsberg", "Nils Ahl"],
        "dk_cities": ["Esbjerg", "Randers", "Herning", "Horsens", "Silkeborg", "Aalborg"],
        "se_cities": ["Örebro", "Linköping", "Helsingborg", "Jönköping", "Umeå", "Sundsvall"],
        "dk_domains": ["lonservice.dk", "bogholderi.dk", "kommune.dk"],
        "se_domains": ["redovisning.se", "lonebyra.se", "region.se"],
    },
}


class Gen:
    def __init__(self, split: str, rng: random.Random) -> None:
        self.v = VOCAB[split]
        self.rng = rng

    def pick(self, key: str) -> str:
        return self.rng.choice(self.v[key])

    def email(self, name: str, country: str) -> str:
        local = name.lower().replace(" ", ".").replace("ø", "o").replace("æ", "ae").replace("å", "a")
        local = local.replace("ö", "o").replace("ä", "a")
        return f"{local}@{self.pick('dk_domains' if country == 'dk' else 'se_domains')}"


Template = Callable[[Gen], tuple[str, list[tuple[str, str]]]]


# --- dev templates -----------------------------------------------------------------------------
def dev_payroll_csv(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    rows, gold = ["Navn;CPR-nr.;Afdeling;E-mail"], []
    for _ in range(g.rng.randint(3, 8)):
        name, number = g.pick("dk_names"), cpr(g.rng, g.rng.random() < 0.9)
        mail = g.email(name, "dk")
        rows.append(f"{name};{cpr_form(number, g.rng)};Løn;{mail}")
        gold += [("DK_CPR", number), ("EMAIL_ADDRESS", mail)]
    return "\n".join(rows) + "\n", gold


def dev_running_numbers(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    base = int(date_like(g.rng)[:6] + "0000")
    rows = ["Løbenr.;Dato;Beløb"]
    for i in range(g.rng.randint(4, 9)):
        rows.append(
            f"{base + i * g.rng.randint(1, 3):010d};2026-0{g.rng.randint(1, 9)}-1{i % 9};{g.rng.randint(100, 99999)},00"
        )
    return "\n".join(rows) + "\n", []


def dev_registry_labels(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    name = g.pick("dk_names")
    number = cpr(g.rng)
    lines = [
        f"Virksomhed: Hansen & Co ApS, CVR-nr. {g.rng.randint(10000000, 99999999)}",
        f"P-nr.: {date_like(g.rng)}",
        f"SE-nr. {g.rng.randint(10000000, 99999999)}",
        f"Ordrenr. {date_like(g.rng)} er afsendt.",
        f"Kontaktperson {name}, CPR {cpr_form(number, g.rng)}",
    ]
    g.rng.shuffle(lines)
    return "\n".join(lines) + "\n", [("DK_CPR", number)]


def dev_swedish_letter(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    name, number = g.pick("se_names"), pnr(g.rng, g.rng.random() < 0.15)
    phone, phone_norm = se_phone(g.rng)
    org = orgnr(g.rng)
    text = (
        f"Hej {name.split()[0]}!\n\nTack för ditt samtal. Vi har registrerat din anställning med "
        f"personnummer {pnr_form(number, g.rng)}. Vårt organisationsnummer är {org[:6]}-{org[6:]}.\n"
        f"OCR-nummer {g.rng.randint(10**9, 10**10 - 1)} ska anges vid betalning. Ring {phone} vid frågor.\n"
        "Med vänliga hälsningar\nLönekontoret\n"
    )
    return text, [("SE_PERSONNUMMER", number), ("PHONE_NUMBER", phone_norm)]


def dev_mixed_tsv(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    rows, gold = ["Kære alle, her er listen over deltagere fra begge kontorer.", "Navn\tNummer\tBy"], []
    for _ in range(g.rng.randint(3, 6)):
        if g.rng.random() < 0.5:
            name, number = g.pick("dk_names"), cpr(g.rng)
            rows.append(f"{name}\t{cpr_form(number, g.rng, ('-',))}\t{g.pick('dk_cities')}")
            gold.append(("DK_CPR", number))
        else:
            name, number = g.pick("se_names"), pnr(g.rng)
            rows.append(f"{name}\t{number[2:8]}-{number[8:]}\t{g.pick('se_cities')}")
            gold.append(("SE_PERSONNUMMER", number))
    return "\n".join(rows) + "\n", gold


def dev_phones_and_amounts(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    gold = []
    lines = ["Telefonliste"]
    for _ in range(3):
        phone, norm = dk_phone(g.rng)
        lines.append(f"{g.pick('dk_names')}: tlf. {phone}")
        gold.append(("PHONE_NUMBER", norm))
    lines.append(f"Beløb i alt: {g.rng.randint(1000000, 9999999)} kr.")
    lines.append(f"Bankkonto reg.nr. {g.rng.randint(1000, 9999)} kontonr. {date_like(g.rng)}")
    return "\n".join(lines) + "\n", gold


def dev_prose_cpr(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    name, number = g.pick("dk_names"), cpr(g.rng)
    mobile, norm = dk_phone(g.rng)
    text = (
        f"Hej,\n\nMobil {mobile}, {name} {cpr_form(number, g.rng)} starter hos os den 1. marts. "
        f"Sag: {g.rng.randint(2020, 2026)}-{g.rng.randint(100, 9999)}. Faktura {date_like(g.rng)} er betalt.\n"
    )
    return text, [("PHONE_NUMBER", norm), ("DK_CPR", number)]


DEV: list[Template] = [
    dev_payroll_csv,
    dev_running_numbers,
    dev_registry_labels,
    dev_swedish_letter,
    dev_mixed_tsv,
    dev_phones_and_amounts,
    dev_prose_cpr,
]


# --- held-out templates (other layouts, wordings and labels) -----------------------------------
def ho_hr_export_pipe(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    rows, gold = ["| Medarbejder | Fødselsdato/CPR | Kontor | Telefon |", "|---|---|---|---|"], []
    for _ in range(g.rng.randint(3, 7)):
        name, number = g.pick("dk_names"), cpr(g.rng, g.rng.random() < 0.85)
        phone, norm = dk_phone(g.rng)
        rows.append(f"| {name} | {cpr_form(number, g.rng, ('-', ''))} | {g.pick('dk_cities')} | {phone} |")
        gold += [("DK_CPR", number), ("PHONE_NUMBER", norm)]
    return "\n".join(rows) + "\n", gold


def ho_invoice_lines(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    lines = ["FAKTURA", f"Fakturanummer: {date_like(g.rng)}", f"Kundenummer: {date_like(g.rng)}"]
    lines += [f"CVR {g.rng.randint(10000000, 99999999)}   P-nummer {date_like(g.rng)}"]
    lines += ["Varenr.     Antal   Pris"]
    for _ in range(g.rng.randint(3, 6)):
        lines.append(f"{date_like(g.rng)}  {g.rng.randint(1, 20):>5}   {g.rng.randint(10, 9999)},00")
    lines.append(
        f"Betales til reg. {g.rng.randint(1000, 9999)} konto {date_like(g.rng)}, "
        f"FIK +71<{g.rng.randint(10**14, 10**15 - 1)}>"
    )
    return "\n".join(lines) + "\n", []


def ho_swedish_register(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    rows, gold = ["Namn,Personnr,Ort,E-post"], []
    for _ in range(g.rng.randint(3, 7)):
        name, number = g.pick("se_names"), pnr(g.rng, g.rng.random() < 0.1)
        mail = g.email(name, "se")
        rows.append(f"{name},{pnr_form(number, g.rng)},{g.pick('se_cities')},{mail}")
        gold += [("SE_PERSONNUMMER", number), ("EMAIL_ADDRESS", mail)]
    return "\n".join(rows) + "\n", gold


def ho_mixed_mail(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    dk_name, dk_no = g.pick("dk_names"), cpr(g.rng)
    se_name, se_no = g.pick("se_names"), pnr(g.rng)
    dk_mail, se_mail = g.email(dk_name, "dk"), g.email(se_name, "se")
    text = (
        "Hej Karin,\n\nher er de to nye kolleger til lønkørslen:\n\n"
        f"{dk_name};{cpr_form(dk_no, g.rng, ('-',))};{dk_mail}\n"
        f"{se_name};{se_no[2:8]}-{se_no[8:]};{se_mail}\n"
        f"CVR-nr: {g.rng.randint(10000000, 99999999)}\n\n"
        "Mvh\nLønafdelingen\n"
    )
    return text, [("DK_CPR", dk_no), ("EMAIL_ADDRESS", dk_mail), ("SE_PERSONNUMMER", se_no), ("EMAIL_ADDRESS", se_mail)]


def ho_case_file(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    name, number = g.pick("dk_names"), cpr(g.rng)
    text = (
        f"Journalnr. {date_like(g.rng)}\nVedr.: {name}\n"
        f"Reference: {name} {cpr_form(number, g.rng, ('-',))}\n"
        f"Sagsnummer {g.rng.randint(2019, 2026)}/{g.rng.randint(1000, 99999)}. "
        f"Ordrenummer {date_like(g.rng)}.\nLøbe-nr. {date_like(g.rng)}\n"
    )
    return text, [("DK_CPR", number)]


def ho_swedish_payment(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    phone, norm = se_phone(g.rng)
    name, number = g.pick("se_names"), pnr(g.rng)
    text = (
        f"Betalningsmottagare: Bolaget AB, org.nr {orgnr(g.rng)}\n"
        f"Bankgiro {g.rng.randint(100, 9999)}-{g.rng.randint(1000, 9999)}, OCR {date_like(g.rng)}\n"
        f"Clearingnr {g.rng.randint(1000, 9999)}, kontonr {date_like(g.rng)}\n"
        f"Ärendenr {date_like(g.rng)}\n"
        f"Kontakt: {name} (född {pnr_form(number, g.rng)}), tel. {phone}\n"
    )
    return text, [("SE_PERSONNUMMER", number), ("PHONE_NUMBER", norm)]


def ho_lopnr_column(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    base = int(date_like(g.rng)[:7] + "000")
    rows = ["Bilag\tLøbe-nr\tBeløb DKK"]
    for i in range(g.rng.randint(5, 10)):
        rows.append(f"B{100 + i}\t{base + i:010d}\t{g.rng.randint(100, 999999)},{g.rng.randint(10, 99)}")
    return "\n".join(rows) + "\n", []


def ho_english_note(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    name, number = g.pick("dk_names"), cpr(g.rng)
    se_name, se_no = g.pick("se_names"), pnr(g.rng)
    text = (
        f"Note to file: {name}, civil registration no. {cpr_form(number, g.rng)}, relocates to "
        f"{g.pick('se_cities')}. The Swedish colleague {se_name} ({se_no[:8]}-{se_no[8:]}) takes over. "
        f"Order no. {date_like(g.rng)} and invoice no. {date_like(g.rng)} are closed. "
        f"Call +44 20 {g.rng.randint(1000, 9999)} {g.rng.randint(1000, 9999)} for questions.\n"
    )
    return text, [("DK_CPR", number), ("SE_PERSONNUMMER", se_no)]


HELDOUT: list[Template] = [
    ho_hr_export_pipe,
    ho_invoice_lines,
    ho_swedish_register,
    ho_mixed_mail,
    ho_case_file,
    ho_swedish_payment,
    ho_lopnr_column,
    ho_english_note,
]


# --- fresh templates (written after the held-out fix, run once) ---------------------------------
def fr_payslip(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    name, number = g.pick("dk_names"), cpr(g.rng, g.rng.random() < 0.8)
    text = (
        f"LØNSEDDEL  {g.rng.choice(['januar', 'februar', 'marts'])} 2026\n"
        f"Medarbejdernr.: {date_like(g.rng)}\nNavn: {name}\nCPR-nr.: {cpr_form(number, g.rng)}\n"
        f"Skattekort: hovedkort   Trækprocent 38\nLøn i alt   {g.rng.randint(20000, 60000)},00\n"
        f"Udbetales til konto {g.rng.randint(1000, 9999)}-{date_like(g.rng)}\n"
    )
    return text, [("DK_CPR", number)]


def fr_lonespec(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    name, number = g.pick("se_names"), pnr(g.rng)
    text = (
        f"Lönespecifikation\nAnställningsnummer {date_like(g.rng)}\n{name}\n"
        f"Personnummer: {pnr_form(number, g.rng)}\nBruttolön {g.rng.randint(25000, 70000)} kr\n"
        f"Utbetalning till clearingnummer {g.rng.randint(1000, 9999)}, konto {date_like(g.rng)}\n"
    )
    return text, [("SE_PERSONNUMMER", number)]


def fr_quoted_csv(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    rows, gold = ['"Efternavn","Fornavn","CPR","Postnr","By"'], []
    for _ in range(g.rng.randint(3, 7)):
        first, last = g.pick("dk_names").split()
        number = cpr(g.rng)
        rows.append(
            f'"{last}","{first}","{cpr_form(number, g.rng, ("-", ""))}",'
            f'"{g.rng.randint(1000, 9990)}","{g.pick("dk_cities")}"'
        )
        gold.append(("DK_CPR", number))
    return "\n".join(rows) + "\n", gold


def fr_orders(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    rows = ["Ordre;Kunde;Dato;Beløb"]
    for _ in range(g.rng.randint(3, 8)):
        rows.append(
            f"{date_like(g.rng)};{g.pick('dk_names')};2026-02-{g.rng.randint(10, 28)};{g.rng.randint(100, 9999)},00"
        )
    return "\n".join(rows) + "\n", []


def fr_mixed_ids(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    rows, gold = ["Namn/Navn\tID\tE-post"], []
    for _ in range(g.rng.randint(3, 6)):
        if g.rng.random() < 0.5:
            name, number = g.pick("dk_names"), cpr(g.rng)
            mail = g.email(name, "dk")
            rows.append(f"{name}\t{number[:6]}-{number[6:]}\t{mail}")
            gold += [("DK_CPR", number), ("EMAIL_ADDRESS", mail)]
        else:
            name, number = g.pick("se_names"), pnr(g.rng)
            mail = g.email(name, "se")
            rows.append(f"{name}\t{number[2:8]}-{number[8:]}\t{mail}")
            gold += [("SE_PERSONNUMMER", number), ("EMAIL_ADDRESS", mail)]
    return "\n".join(rows) + "\n", gold


def fr_parent_mail(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    child = cpr(g.rng, False, _date(g.rng, 2008, 2020))
    parent = cpr(g.rng)
    phone = f"20 {g.rng.randint(10, 99)} {g.rng.randint(10, 99)} {g.rng.randint(10, 99)}"
    text = (
        f"Hej skolen\n\nMin søns CPR er {cpr_form(child, g.rng, ('-',))} og mit eget cpr-nummer er "
        f"{cpr_form(parent, g.rng)}. Vores ref.: {date_like(g.rng)}. Ring gerne på {phone}."
        f"\n\nVenlig hilsen\n{g.pick('dk_names')}\n"
    )
    return text, [("DK_CPR", child), ("DK_CPR", parent), ("PHONE_NUMBER", phone.replace(" ", ""))]


def fr_lobenummer_sum(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    start = int(date_like(g.rng))
    lines = ["Løbenummer    Tekst              Beløb"]
    for i in range(g.rng.randint(4, 9)):
        lines.append(f"{start + i:010d}    Husleje            {g.rng.randint(1000, 20000)},00")
    lines.append(f"Sum                              {g.rng.randint(10000, 99999)},00")
    return "\n".join(lines) + "\n", []


def fr_english_hr(g: Gen) -> tuple[str, list[tuple[str, str]]]:
    se_name, se_no = g.pick("se_names"), pnr(g.rng, g.rng.random() < 0.2)
    dk_name, dk_no = g.pick("dk_names"), cpr(g.rng)
    text = (
        f"Employee onboarding\n- {se_name}, Swedish personal identity number {pnr_form(se_no, g.rng)}, "
        f"office {g.pick('se_cities')}\n- {dk_name}, CPR {cpr_form(dk_no, g.rng)}, office {g.pick('dk_cities')}\n"
        f"Purchase order {date_like(g.rng)}; VAT no. DK{g.rng.randint(10000000, 99999999)}\n"
    )
    return text, [("SE_PERSONNUMMER", se_no), ("DK_CPR", dk_no)]


FRESH: list[Template] = [
    fr_payslip,
    fr_lonespec,
    fr_quoted_csv,
    fr_orders,
    fr_mixed_ids,
    fr_parent_mail,
    fr_lobenummer_sum,
    fr_english_hr,
]


def corpus(split: str, documents: int, seed: int) -> list[Doc]:
    """``documents`` documents of the split; each a few templates joined (like a real file)."""
    templates = {"dev": DEV, "heldout": HELDOUT, "fresh": FRESH}[split]
    rng = random.Random(seed)
    gen = Gen(split, rng)
    docs = []
    for i in range(documents):
        parts, gold = [], []
        for template in rng.sample(templates, k=min(len(templates), rng.randint(1, 3))):
            text, items = template(gen)
            parts.append(text)
            gold += items
        docs.append(Doc(f"{split}-{i:04d}.txt", "\n".join(parts), gold))
    return docs
