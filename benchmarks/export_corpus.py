# ruff: noqa: E501  (templates read best one line per line of the generated text)
"""A third identifier corpus: machine-written records, logs, threads and flattened tables.

``unseen_corpus.py`` is mostly letters and simple rows. Much of what a sweep reads is machine-written:
system exports in JSON/NDJSON/XML/YAML and SQL dumps that put a CPR next to an employee number, a
P-number or an OCR reference; log files; e-mail threads whose quoted replies and signatures carry other
numbers; tables out of PDF or XLSX flattened to text; Swedish invoices (OCR, bankgiro, plusgiro,
organisationsnummer) and Danish ones (CVR, P-nummer, SE-nummer, EAN, reg.nr + konto); Finnish and
Norwegian numbers in Nordic rows. Its hard negatives are drawn to pass the check of the reading they
imitate (a CPR date with modulus 11, a personnummer date with Luhn), and many Luhn-valid ten-digit
numbers stand WITHOUT a label: the known weak spot.

Two splits with DISJOINT template families, keys, labels, wordings, names and seeds:

- ``tune``: rules may be tuned on it;
- ``sealed``: scored ONCE before any rule was changed for it (that first run is the figure to quote).

Gold is (entity, normalised value) per document, as in ``unseen_corpus``; ``negatives`` lists
(class, digits) so the benchmark can say which class a false finding came from. Numbers come from the
generators of the other corpora (written from the public rules), never from the package.

    .venv/bin/python benchmarks/bench_detect_quality.py --corpus exports --split sealed
"""

from __future__ import annotations

import datetime
import json
import random
from collections.abc import Callable

from bench_detect_corpus import _date, cpr, orgnr, pnr
from unseen_corpus import (
    Doc,
    Part,
    _neg,
    any_ten,
    both_like,
    cpr_like,
    cpr_written,
    dated_serial,
    ean13,
    fi_hetu,
    no_fnr,
    pnr_written,
    real_cpr,
    se_like,
    stamp10,
)

Template = Callable[["Gen"], Part]

NAMES = {
    "tune": {
        "dk": ["Jette Holm", "Per Kristensen", "Mads Nygaard", "Lone Bach", "Rikke Thomsen", "Søren Kjær"],
        "se": ["Annika Ström", "Lars Wikström", "Elin Dahl", "Johan Sandberg", "Petra Lind", "Nils Hägg"],
        "fi": ["Mikko Laine", "Sanna Heikkinen"],
        "no": ["Kari Nordmann", "Ola Haugen"],
    },
    "sealed": {
        "dk": ["Birgit Lauridsen", "Torben Skov", "Camilla Nørgaard", "Jakob Ebbesen", "Marianne Juul", "Henrik Dyhr"],
        "se": ["Ingrid Falk", "Mattias Ek", "Sofia Brandt", "Gustav Roos", "Linnea Strand", "Erik Vall"],
        "fi": ["Jukka Virtanen", "Aino Mäkelä"],
        "no": ["Ingrid Bakke", "Trond Solberg"],
    },
}


class Gen:
    def __init__(self, split: str, rng: random.Random) -> None:
        self.names = NAMES[split]
        self.rng = rng

    def person(self, country: str) -> str:
        return self.rng.choice(self.names[country])

    def ts(self) -> str:
        when = datetime.datetime(2025, 1, 1) + datetime.timedelta(seconds=self.rng.randint(0, 300 * 86400))
        return when.strftime("%Y-%m-%d %H:%M:%S")

    def amount(self) -> str:
        return f"{self.rng.randint(100, 99999)},{self.rng.randint(0, 99):02d}"


def _cpr(p: Part, g: Gen, forms: tuple[str, ...] = ("-", "-", " ", "")) -> str:
    ten = real_cpr(g.rng)
    p.gold.append(("DK_CPR", ten))
    return cpr_written(ten, g.rng, forms)


def _pnr(p: Part, g: Gen, ten_only: bool = False) -> str:
    twelve = pnr(g.rng, g.rng.random() < 0.1)
    p.gold.append(("SE_PERSONNUMMER", twelve))
    if ten_only:
        return twelve[2:]
    return pnr_written(twelve, g.rng)


def _fi(p: Part, g: Gen) -> str:
    code = fi_hetu(g.rng)
    p.gold.append(("FI_PERSONAL_IDENTITY_CODE", code))
    return code


def _no(p: Part, g: Gen) -> str:
    code = no_fnr(g.rng)
    p.gold.append(("NO_FODSELSNUMMER", code))
    return code


def _mod10_ocr(g: Gen) -> str:
    return se_like(g.rng)  # a Luhn-valid reference that reads as a personnummer date


def _bankgiro(g: Gen) -> str:
    n = f"{g.rng.randint(100, 9999)}{g.rng.randint(0, 9999):04d}"
    return f"{n[:-4]}-{n[-4:]}"


# --- TUNE families ------------------------------------------------------------------------------
def t_json_hr(g: Gen) -> Part:
    p = Part("")
    rows = []
    for _ in range(g.rng.randint(2, 4)):
        rows.append(
            {
                "navn": g.person("dk"),
                "cpr": _cpr(p, g, ("-", "")),
                "medarbejdernr": _neg(p, "json_key", both_like(g.rng)),
                "afdeling": g.rng.choice(["Løn", "Drift", "Salg"]),
                "bankkonto": {"reg": f"{g.rng.randint(1000, 9899)}", "konto": _neg(p, "json_key", cpr_like(g.rng))},
            }
        )
    p.text = json.dumps({"ansatte": rows}, ensure_ascii=False, indent=g.rng.choice([None, 2])) + "\n"
    return p


def t_ndjson_audit(g: Gen) -> Part:
    p = Part("")
    lines = []
    for _ in range(g.rng.randint(3, 6)):
        kind = g.rng.random()
        rec: dict[str, object] = {"ts": g.ts(), "actor": g.rng.choice(["jkh", "svc-sync", "mla"])}
        if kind < 0.35:
            rec |= {"event": "view", "borgerCpr": _cpr(p, g, ("", "-"))}
        elif kind < 0.7:
            rec |= {"event": "print", "batchNo": _neg(p, "ndjson_key", both_like(g.rng)), "pages": g.rng.randint(1, 9)}
        else:
            rec |= {"event": "sync", "orderRef": _neg(p, "ndjson_key", se_like(g.rng)), "ok": True}
        lines.append(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
    p.text = "\n".join(lines) + "\n"
    return p


def t_xml_sv(g: Gen) -> Part:
    p = Part("")
    items = []
    for _ in range(g.rng.randint(1, 3)):
        items.append(
            f"<Kund><Namn>{g.person('se')}</Namn><Personnummer>{_pnr(p, g)}</Personnummer>"
            f"<Kundnummer>{_neg(p, 'xml_element', se_like(g.rng))}</Kundnummer>"
            f"<OCR>{_neg(p, 'xml_element', _mod10_ocr(g))}</OCR></Kund>"
        )
    p.text = "<?xml version='1.0' encoding='utf-8'?>\n<Kunder>" + "".join(items) + "</Kunder>\n"
    return p


def t_sql_dk(g: Gen) -> Part:
    p = Part("")
    values = []
    for _ in range(g.rng.randint(2, 4)):
        values.append(
            f"('{g.person('dk')}', '{_cpr(p, g, ('', '-'))}', {_neg(p, 'sql_column', both_like(g.rng))}, '{g.rng.randint(20000000, 99999999)}')"
        )
    p.text = "INSERT INTO kunder (navn, cpr_nr, kundenr, telefon) VALUES\n" + ",\n".join(values) + ";\n"
    return p


def t_log_file(g: Gen) -> Part:
    p = Part("")
    lines = []
    for _ in range(g.rng.randint(3, 6)):
        r = g.rng.random()
        if r < 0.3:
            lines.append(f"{g.ts()} INFO  opslag cpr={_cpr(p, g, ('', '-'))} bruger=jkh")
        elif r < 0.55:
            lines.append(f"{g.ts()} WARN  ordre {_neg(p, 'log_line', both_like(g.rng))} kunne ikke sendes")
        elif r < 0.8:
            lines.append(
                f"{g.ts()} INFO  request_id={_neg(p, 'log_line', se_like(g.rng))} status=200 ms={g.rng.randint(3, 900)}"
            )
        else:
            lines.append(f"{g.ts()} DEBUG job {_neg(p, 'log_line', stamp10(g.rng))} startet")
    p.text = "\n".join(lines) + "\n"
    return p


def t_email_thread_dk(g: Gen) -> Part:
    p = Part("")
    a, b = g.person("dk"), g.person("dk")
    p.text = (
        f"Hej {a.split()[0]}\n\nTak, jeg har rettet det i lønsystemet.\n\nVenlig hilsen\n{b}\nLønafdelingen\n"
        f"Tlf. {g.rng.randint(20, 99)} {g.rng.randint(10, 99)} {g.rng.randint(10, 99)} {g.rng.randint(10, 99)} · CVR {g.rng.randint(10000000, 99999999)}\n\n"
        f"-----Oprindelig meddelelse-----\nFra: {a}\nSendt: 3. marts 2026 09:14\nEmne: Forkert cpr på lønseddel\n\n"
        f"> Hej\n> Mit cpr-nr. står forkert på lønsedlen. Det rigtige er {_cpr(p, g, ('-',))}.\n"
        f"> Lønsedlens bilagsnummer er {_neg(p, 'quoted_reply', both_like(g.rng))}.\n> Mvh {a.split()[0]}\n"
    )
    return p


def t_pdf_table_dk(g: Gen) -> Part:
    p = Part("")
    rows = ["Lønliste marts 2026", "Medarb. Navn CPR-nr. Løntrin Beløb"]
    for _ in range(g.rng.randint(3, 5)):
        rows.append(
            f"{g.rng.randint(100, 999)} {g.person('dk')} {_cpr(p, g, ('-',))} {g.rng.randint(1, 9)} {g.amount()}"
        )
    p.text = "\n".join(rows) + "\n"
    return p


def t_se_invoice(g: Gen) -> Part:
    p = Part("")
    private = g.rng.random() < 0.5
    buyer = g.person("se")
    p.text = (
        f"FAKTURA\nFakturanr: {_neg(p, 'invoice', dated_serial(g.rng))}\nKundnr: {_neg(p, 'invoice', se_like(g.rng))}\n"
        f"Kund: {buyer}\n"
        + (f"Personnr: {_pnr(p, g)}\n" if private else "")
        + f"Att betala: {g.amount()} kr\nBankgiro: {_bankgiro(g)}\nOCR: {_neg(p, 'invoice_ocr', _mod10_ocr(g))}\n"
        f"Org.nr {(o := orgnr(g.rng))[:6]}-{o[6:]} · Godkänd för F-skatt\n"
    )
    return p


def t_dk_invoice(g: Gen) -> Part:
    p = Part("")
    reg = g.rng.randint(1000, 9899)
    p.text = (
        f"Faktura {g.rng.randint(10000, 99999)}\nCVR-nr. {g.rng.randint(10000000, 99999999)}  P-nr. {_neg(p, 'registry', cpr_like(g.rng))}\n"
        f"EAN: {ean13(g.rng, '579')}\nBetaling til reg.nr. {reg} kontonr. {_neg(p, 'bank_account', cpr_like(g.rng))}\n"
        f"Kunde: {g.person('dk')}, cpr {_cpr(p, g, ('-',))}\n"
    )
    return p


def t_nordic_tsv(g: Gen) -> Part:
    p = Part("")
    rows = ["Land\tNavn\tID\tBy"]
    for _ in range(g.rng.randint(3, 5)):
        c = g.rng.choice(["DK", "SE", "FI", "NO"])
        number = {
            "DK": lambda: _cpr(p, g, ("-",)),
            "SE": lambda: _pnr(p, g),
            "FI": lambda: _fi(p, g),
            "NO": lambda: _no(p, g),
        }[c]()
        city = {"DK": "Odense", "SE": "Malmö", "FI": "Turku", "NO": "Bergen"}[c]
        rows.append(f"{c}\t{g.person(c.lower())}\t{number}\t{city}")
    p.text = "\n".join(rows) + "\n"
    return p


def t_unlabelled_se(g: Gen) -> Part:
    p = Part("")
    p.text = (
        f"Hej!\nVi har nu skickat varorna. Spåra med {_neg(p, 'unlabelled', se_like(g.rng))} hos PostNord.\n"
        f"Ange {_neg(p, 'unlabelled', se_like(g.rng))} när du betalar.\nMvh Kundtjänst\n"
    )
    return p


FAMILY_TUNE: list[Template] = [
    t_json_hr,
    t_ndjson_audit,
    t_xml_sv,
    t_sql_dk,
    t_log_file,
    t_email_thread_dk,
    t_pdf_table_dk,
    t_se_invoice,
    t_dk_invoice,
    t_nordic_tsv,
    t_unlabelled_se,
]


# --- SEALED families ----------------------------------------------------------------------------
def s_json_crm_sv(g: Gen) -> Part:
    p = Part("")
    doc = {
        "kund": {"namn": g.person("se"), "pnr": _pnr(p, g), "kundId": _neg(p, "json_key", se_like(g.rng))},
        "faktura": {
            "nummer": _neg(p, "json_key", se_like(g.rng)),
            "ocr": _neg(p, "json_key", se_like(g.rng)),
            "belopp": g.amount(),
        },
    }
    p.text = json.dumps(doc, ensure_ascii=False) + "\n"
    return p


def s_ndjson_api_dk(g: Gen) -> Part:
    p = Part("")
    lines = []
    for _ in range(g.rng.randint(3, 6)):
        rec: dict[str, object] = {"time": g.ts(), "method": "GET"}
        if g.rng.random() < 0.4:
            rec |= {"path": "/api/borgere", "cprNummer": _cpr(p, g, ("", "-"))}
        else:
            rec |= {"path": "/api/ordrer", "traceId": _neg(p, "ndjson_key", both_like(g.rng))}
        rec["status"] = 200
        lines.append(json.dumps(rec, ensure_ascii=False))
    p.text = "\n".join(lines) + "\n"
    return p


def s_xml_dk(g: Gen) -> Part:
    p = Part("")
    items = []
    for _ in range(g.rng.randint(1, 3)):
        items.append(
            f'  <Ansat nr="{_neg(p, "xml_attr", both_like(g.rng))}">\n    <Navn>{g.person("dk")}</Navn>\n'
            f"    <Cpr>{_cpr(p, g, ('', '-'))}</Cpr>\n    <LoenNr>{_neg(p, 'xml_element', cpr_like(g.rng))}</LoenNr>\n"
            f"    <Pnr>{_neg(p, 'xml_element', cpr_like(g.rng))}</Pnr>\n  </Ansat>"
        )
    p.text = "<Ansatte>\n" + "\n".join(items) + "\n</Ansatte>\n"
    return p


def s_yaml_se(g: Gen) -> Part:
    p = Part("")
    blocks = []
    for _ in range(g.rng.randint(2, 3)):
        blocks.append(
            f"- namn: {g.person('se')}\n  personnummer: '{_pnr(p, g)}'\n"
            f"  anstallningsnr: {_neg(p, 'yaml_key', se_like(g.rng))}\n  telefon: 08-{g.rng.randint(100000, 999999)}"
        )
    p.text = "personal:\n" + "\n".join("  " + b.replace("\n", "\n  ") for b in blocks) + "\n"
    return p


def s_sql_se(g: Gen) -> Part:
    p = Part("")
    lines = []
    for _ in range(g.rng.randint(2, 4)):
        lines.append(
            f"INSERT INTO anstallda (fornamn, personnr, anstnr, clearing, konto) VALUES "
            f"('{g.person('se').split()[0]}', '{_pnr(p, g)}', '{_neg(p, 'sql_column', se_like(g.rng))}', '{g.rng.randint(3000, 9999)}', '{_neg(p, 'sql_column', se_like(g.rng))}');"
        )
    p.text = "\n".join(lines) + "\n"
    return p


def s_access_log_se(g: Gen) -> Part:
    p = Part("")
    lines = []
    for _ in range(g.rng.randint(3, 6)):
        r = g.rng.random()
        if r < 0.35:
            lines.append(f"[{g.ts()}] user=kla action=visa personnummer={_pnr(p, g)}")
        elif r < 0.7:
            lines.append(f"[{g.ts()}] user=kla action=oppna arende={_neg(p, 'log_line', se_like(g.rng))}")
        else:
            lines.append(
                f"[{g.ts()}] user=svc action=export fil=rapport.csv rader={g.rng.randint(1, 999)} kvittens {_neg(p, 'log_line', se_like(g.rng))}"
            )
    p.text = "\n".join(lines) + "\n"
    return p


def s_email_thread_sv(g: Gen) -> Part:
    p = Part("")
    a, b = g.person("se"), g.person("se")
    o = orgnr(g.rng)
    p.text = (
        f"Hej {a.split()[0]},\n\nTack, vi har uppdaterat uppgifterna. Ditt ärende har nummer {_neg(p, 'reply', se_like(g.rng))}.\n\n"
        f"Med vänlig hälsning\n{b}\nKundservice\nOrg.nr {o[:6]}-{o[6:]}\nMobil 070-{g.rng.randint(1000000, 9999999)}\n\n"
        f"Den 4 mars 2026 skrev {a}:\n> Hej! Mitt personnummer är {_pnr(p, g)} men det står fel på avin.\n"
        f"> Avinumret är {_neg(p, 'quoted_reply', se_like(g.rng))}.\n"
    )
    return p


def s_xlsx_flat_se(g: Gen) -> Part:
    p = Part("")
    rows = ["Blad1", "Kundnr\tFöretag\tKontaktperson\tPersonnr kontakt"]
    for _ in range(g.rng.randint(3, 5)):
        rows.append(
            f"{_neg(p, 'sheet_cell', se_like(g.rng))}\t{g.rng.choice(['Byggab', 'Ekonomitjänst', 'Vård Syd'])} AB\t{g.person('se')}\t{_pnr(p, g)}"
        )
    p.text = "\n".join(rows) + "\n"
    return p


def s_se_invoice2(g: Gen) -> Part:
    p = Part("")
    o = orgnr(g.rng)
    p.text = (
        f"Betalningsmottagare: Fastighetsservice i Mälardalen AB\nBankgironummer {_bankgiro(g)} · Plusgiro {g.rng.randint(100000, 9999999)}-{g.rng.randint(0, 9)}\n"
        f"OCR-nummer {_neg(p, 'invoice_ocr', _mod10_ocr(g))} · Förfallodag 2026-04-30\n"
        f"Momsreg.nr SE{o}01 · Betalningsreferens {_neg(p, 'invoice', se_like(g.rng))}\n"
        f"Hyresgäst {g.person('se')} ({_pnr(p, g)})\n"
    )
    return p


def s_dk_invoice2(g: Gen) -> Part:
    p = Part("")
    p.text = (
        f"Kreditnota\nSE-nr. {g.rng.randint(10000000, 99999999)} · P-nummer {_neg(p, 'registry', cpr_like(g.rng))}\n"
        f"EAN-lokationsnummer {ean13(g.rng, '579')}\nReg. {g.rng.randint(1000, 9899)} Konto {_neg(p, 'bank_account', cpr_like(g.rng))}\n"
        f"Vedr. lejer {g.person('dk')} ({_cpr(p, g, ('-',))})\n"
    )
    return p


def s_nordic_pipe(g: Gen) -> Part:
    p = Part("")
    rows = ["| Namn | Land | Identitet | Ort |", "|---|---|---|---|"]
    for _ in range(g.rng.randint(3, 5)):
        c = g.rng.choice(["dk", "se", "fi", "no"])
        number = {
            "dk": lambda: _cpr(p, g, ("-",)),
            "se": lambda: _pnr(p, g),
            "fi": lambda: _fi(p, g),
            "no": lambda: _no(p, g),
        }[c]()
        city = {"dk": "Aalborg", "se": "Umeå", "fi": "Oulu", "no": "Tromsø"}[c]
        rows.append(f"| {g.person(c)} | {c.upper()} | {number} | {city} |")
    p.text = "\n".join(rows) + "\n"
    return p


def s_unlabelled_se(g: Gen) -> Part:
    p = Part("")
    p.text = (
        f"Hej,\nDin beställning är registrerad. Använd {_neg(p, 'unlabelled', se_like(g.rng))} om du kontaktar oss,\n"
        f"och {_neg(p, 'unlabelled', se_like(g.rng))} för att logga in i appen.\nVänliga hälsningar\n"
    )
    return p


def s_running_dk(g: Gen) -> Part:
    p = Part("")
    base = int(any_ten(g.rng)[:7]) * 1000
    rows = ["Bilag  Dato        Tekst            Beløb"]
    for i in range(g.rng.randint(3, 5)):
        rows.append(
            f"{_neg(p, 'running', str(base + i * g.rng.randint(1, 9)))}  0{g.rng.randint(1, 9)}-03-2026  Husleje          {g.amount()}"
        )
    p.text = "\n".join(rows) + "\n"
    return p


FAMILY_SEALED: list[Template] = [
    s_json_crm_sv,
    s_ndjson_api_dk,
    s_xml_dk,
    s_yaml_se,
    s_sql_se,
    s_access_log_se,
    s_email_thread_sv,
    s_xlsx_flat_se,
    s_se_invoice2,
    s_dk_invoice2,
    s_nordic_pipe,
    s_unlabelled_se,
    s_running_dk,
]

FAMILIES = {"tune": FAMILY_TUNE, "sealed": FAMILY_SEALED}
SEEDS = {"tune": 5_150, "sealed": 8_008}


def corpus(split: str, documents: int, seed: int | None = None) -> list[Doc]:
    """``documents`` documents of the split; each joins one or two templates."""
    templates = FAMILIES[split]
    rng = random.Random(SEEDS[split] if seed is None else seed)
    gen = Gen(split, rng)
    docs = []
    for i in range(documents):
        doc = Doc(f"exports-{split}-{i:04d}.txt", "")
        texts = []
        for template in rng.sample(templates, k=rng.randint(1, 2)):
            part = template(gen)
            texts.append(part.text)
            doc.gold += part.gold
            doc.optional += part.optional
            doc.negatives += part.negatives
        doc.text = "\n".join(texts)
        docs.append(doc)
    return docs


assert _date(random.Random(1)).year >= 1935 and cpr(random.Random(1))
