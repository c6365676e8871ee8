"""Generated v17 layouts: each a function drawing one document's markup (slots filled by ``ids17_slots``)."""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.redteam import common

DRAWS = 5
Layout = Callable[[random.Random], tuple[str, str]]


def _cpr(rng: random.Random) -> str:
    opts = rng.choice(["d", "d", "n", "n", "s", "sl", "en", "sd", "dot", "d,kid", "n,kid", "d,j1"])
    return f"⟦cpr:{opts}⟧"


def _pnr(rng: random.Random) -> str:
    form = rng.choice(["sd", "sd", "ld", "ld", "l", "s", "ls"])
    kind = rng.choice(["", "", "", "", "", ",co"])
    if rng.random() < 0.3 and form in ("sd", "s"):
        return "⟦pnr:plus⟧"
    return f"⟦pnr:{form}{kind}⟧"


def _nid(rng: random.Random, country: str) -> str:
    if country == "DK":
        return _cpr(rng)
    if country == "SE":
        return _pnr(rng)
    if country == "NO":
        return rng.choice(["⟦fnr⟧", "⟦fnr⟧", "⟦fnr:d⟧", "⟦fnr:sp⟧"])
    return rng.choice(["⟦hetu⟧", "⟦hetu⟧", "⟦hetu:new⟧", "⟦hetu:kid⟧"])


def sql_dk(rng: random.Random) -> tuple[str, str]:
    rows = []
    for i in range(rng.randint(2, 4)):
        q = rng.choice(["'", ""]) if i else "'"
        rows.append(f"  ({rng.randint(100, 9999)}, '⟨cprlike⟩', {q}{_cpr(rng)}{q}, '⟨dkph⟩')")
    head = rng.choice(["INSERT INTO kunde (id, ordre_ref, cpr, tlf) VALUES", "insert into kunde values"])
    return "da", head + "\n" + ",\n".join(rows) + ";"


def json_se(rng: random.Random) -> tuple[str, str]:
    key = rng.choice(["personnummer", "personalNumber", "pnr", "ssn"])
    items = [
        f'    {{"customerId": "⟨luhn10⟩", "{key}": "{_pnr(rng)}", "name": "⟨svn⟩"}}' for _ in range(rng.randint(2, 3))
    ]
    return "sv", '{\n  "page": 1,\n  "results": [\n' + ",\n".join(items) + '\n  ],\n  "ts": ⟨epochms⟩\n}'


def xml_nordic(rng: random.Random) -> tuple[str, str]:
    lines = ["<Employees>"]
    for c in rng.sample(["DK", "SE", "NO", "FI"], rng.randint(2, 4)):
        name = {"DK": "⟨dan⟩", "SE": "⟨svn⟩", "NO": "⟨non⟩", "FI": "⟨fin⟩"}[c]
        lines.append(
            f'  <Employee country="{c}" no="⟨n6⟩"><Name>{name}</Name><NationalId>{_nid(rng, c)}</NationalId></Employee>'
        )
    lines.append("</Employees>")
    return "en", "\n".join(lines)


def access_log(rng: random.Random) -> tuple[str, str]:
    out = []
    for _ in range(rng.randint(2, 4)):
        ip = f"10.{rng.randint(0, 9)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if rng.random() < 0.6:
            path = (
                rng.choice(["/api/person/", "/borger/", "/v1/cpr/"])
                + "⟦cpr:n⟧"
                + rng.choice(["", "/sager", "?fields=navn"])
            )
        else:
            path = rng.choice(["/api/order/", "/faktura/"]) + "⟨cprlike⟩"
        out.append(
            f'{ip} - - [0{rng.randint(1, 9)}/Nov/2025:1{rng.randint(0, 9)}:0{rng.randint(0, 9)}:22 +0100] "GET {path} HTTP/1.1" {rng.choice([200, 200, 404, 500])} {rng.randint(80, 9000)}'
        )
    return "en", "\n".join(out)


def trace_se(rng: random.Random) -> tuple[str, str]:
    exc = rng.choice(["IllegalStateException", "ValidationException", "KeyError"])
    return "en", (
        f"{rng.choice(['ERROR', 'FATAL'])} ⟨stamp12d⟩ se.example.kund.Service - {exc}: kund med personnummer {_pnr(rng)} saknar adress\n"
        f"    at se.example.kund.Service.hamta(Service.java:{rng.randint(20, 400)})\n"
        f"    at se.example.web.Controller.get(Controller.java:{rng.randint(20, 400)})\n"
        f"Caused by: ärende ⟨luhn10⟩ låst av annan användare"
    )


def yaml_fixture(rng: random.Random) -> tuple[str, str]:
    out = ["# test/fixtures/persons.yml"]
    for c in rng.sample(["DK", "SE", "NO", "FI"], 3):
        name = {"DK": "⟨dan⟩", "SE": "⟨svn⟩", "NO": "⟨non⟩", "FI": "⟨fin⟩"}[c]
        out.append(
            f'- name: {name}\n  country: {c}\n  national_id: "{_nid(rng, c)}"\n  phone: "{ {"DK": "⟨dkph⟩", "SE": "⟨seph⟩", "NO": "⟨noph⟩", "FI": "⟨fiph⟩"}[c] }"'
        )
    return "en", "\n".join(out)


def git_diff(rng: random.Random) -> tuple[str, str]:
    row, name = rng.randint(1, 99), common.da_name(rng)
    return "en", (
        f"--- a/src/test/resources/kunder.csv\n+++ b/src/test/resources/kunder.csv\n@@ -1,3 +1,3 @@\n"
        f" id;navn;cpr\n-{row};{name};⟦cpr:d#a⟧\n+{row};{name};⟦cpr:n#a⟧\n"
        f" {row + 1};⟨dan⟩;{_cpr(rng)}"
    )


def csv_quoted(rng: random.Random) -> tuple[str, str]:
    rows = ['"navn","cpr","adresse","ordrenr"']
    for _ in range(rng.randint(2, 3)):
        rows.append(
            f'"⟨dan⟩","{_cpr(rng)}","Nørregade {rng.randint(1, 90)}\n{rng.randint(1, 5)}. tv.\n{rng.choice(["8000 Aarhus C", "5000 Odense C", "9000 Aalborg"])}","⟨cprlike⟩"'
        )
    return "da", "\n".join(rows)


def sheet_se(rng: random.Random) -> tuple[str, str]:
    rows = ["Namn\tPersonnr\tAnst.nr\tLön"]
    for _ in range(rng.randint(2, 4)):
        rows.append(f"⟨svn⟩\t{_pnr(rng)}\t⟨n6⟩\t⟨amt⟩")
    rows.append("Summa\t\t\t⟨amt⟩")
    return "sv", "\n".join(rows)


def wiki_table(rng: random.Random) -> tuple[str, str]:
    rows = ["## Testpersoner (staging)", "", "| Namn | Personnummer | Kundnummer |", "|---|---|---|"]
    for _ in range(rng.randint(2, 3)):
        rows.append(f"| ⟨svn⟩ | {_pnr(rng)} | ⟨luhn10⟩ |")
    return "sv", "\n".join(rows)


def nordic_payroll(rng: random.Random) -> tuple[str, str]:
    rows = [f"Nordic payroll {rng.choice(['October', 'November', 'December'])} 2025", "Country  Name  ID  Net pay"]
    for c in ["DK", "SE", "NO", "FI"]:
        name = {"DK": "⟨dan⟩", "SE": "⟨svn⟩", "NO": "⟨non⟩", "FI": "⟨fin⟩"}[c]
        rows.append(f"{c}  {name}  {_nid(rng, c)}  ⟨amt⟩")
    return "en", "\n".join(rows)


def oresund_letter(rng: random.Random) -> tuple[str, str]:
    return "da", (
        "Kære ⟨svn⟩\n\nVi bekræfter, at du som grænsegænger er registreret med dit svenske personnummer "
        f"{_pnr(rng)} og dit danske CPR-nummer {_cpr(rng)}. Din arbejdsgiver (CVR ⟨cvr⟩) indberetter "
        "løn til Skattestyrelsen.\n\nJ.nr. ⟨cprdash⟩\nTlf. ⟨dkph⟩"
    )


def journal_dk(rng: random.Random) -> tuple[str, str]:
    return "da", (
        f"Journalnotat ⟨dkstamp⟩\nPt.: ⟨dan⟩, {rng.choice(['cpr', 'CPR-nr.', 'cpr.nr.'])} {_cpr(rng)}\n"
        f"Kontakt: {rng.choice(['ambulant', 'telefonkonsultation', 'hjemmebesøg'])}. Rekv.nr. ⟨cprlike⟩.\n"
        "Pårørende tlf. ⟨dkph⟩"
    )


def lab_se(rng: random.Random) -> tuple[str, str]:
    return "sv", (
        f"Provsvar\nPers.nr: {_pnr(rng)}\nNamn: ⟨svn⟩\nProv-ID ⟨luhn12⟩  Tagen ⟨stamp12d⟩\n"
        f"CRP {rng.randint(1, 120)} mg/L\nHb {rng.randint(100, 160)} g/L"
    )


def court(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        return "da", (
            f"Retten i {rng.choice(['Holbæk', 'Randers', 'Kolding'])}\nSag BS-⟨n4⟩/2025\n"
            f"Sagsøger: ⟨dan⟩, cpr {_cpr(rng)}\nSagsøgte: ⟨dan⟩, cpr {_cpr(rng)}\nRetsafgift indbetalt via FIK ⟨fik⟩"
        )
    return "sv", (
        f"{rng.choice(['Stockholms', 'Uppsala', 'Växjö'])} tingsrätt, mål T ⟨n4⟩-25\n"
        f"Kärande: ⟨svn⟩, {_pnr(rng)}\nSvarande: ⟨svn⟩, {_pnr(rng)}\nOmbud tel ⟨seph⟩"
    )


def probate_sv(rng: random.Random) -> tuple[str, str]:
    heirs = "\n".join(
        f"  ⟨svn⟩, {rng.choice(['barn', 'make', 'barnbarn'])}, {_pnr(rng)}" for _ in range(rng.randint(1, 3))
    )
    return "sv", f"BOUPPTECKNING\nDen avlidne: ⟨svn⟩, {_pnr(rng)}\nDödsbodelägare:\n{heirs}\nBankgiro ⟨bg⟩"


def loan_dk(rng: random.Random) -> tuple[str, str]:
    return "da", (
        f"Låneansøgning nr. ⟨cprlike⟩\nAnsøger: ⟨dan⟩, {_cpr(rng)}\nMedansøger: ⟨dan⟩, {_cpr(rng)}\n"
        f"Lønkonto reg./konto ⟨regkto⟩\nØnsket lån: ⟨amt⟩ kr."
    )


def pdf_header(rng: random.Random) -> tuple[str, str]:
    office = rng.choice(["Udbetaling Danmark", "Københavns Kommune", "Region Midtjylland"])
    head = f"{office}   Vedr.: {common.da_name(rng)} ⟦cpr:{rng.choice(['d', 'sd', 'en'])}#a⟧"
    return "da", (
        f"{head}   Side 1 af 2\nVi har behandlet din ansøgning og træffer afgørelse om tilskud. Du kan kla-\n"
        f"ge over afgørelsen inden 4 uger.\n{head}   Side 2 af 2\nSagsnr. ⟨cprdash⟩"
    )


def no_fi_register(rng: random.Random) -> tuple[str, str]:
    rows = ["Medlemsliste / Jäsenluettelo"]
    for c in rng.sample(["NO", "FI", "NO", "FI"], 3):
        name = "⟨non⟩" if c == "NO" else "⟨fin⟩"
        label = "fnr" if c == "NO" else "hetu"
        rows.append(f"{name}; {label} {_nid(rng, c)}; tlf {'⟨noph⟩' if c == 'NO' else '⟨fiph⟩'}")
    return "en", "\n".join(rows)


def neg_dev(rng: random.Random) -> tuple[str, str]:
    return "en", (
        f'{{"event":"order.created","order":"⟨cprlike⟩","ts":⟨epoch⟩,"customer":"⟨luhn10⟩",'
        f'"merchant_cvr":"⟨cvr⟩","phone":"{rng.choice(["⟨dkph⟩", "⟨seph⟩"])}","amount":"⟨amt⟩"}}\n'
        f"INFO build=⟨stamp12⟩ trace=⟨luhn12⟩ took {rng.randint(3, 900)} ms"
    )


def neg_finance(rng: random.Random) -> tuple[str, str]:
    return rng.choice(["da", "sv"]), (
        "Betalingsoversigt\nKunde ⟨cprlike⟩, police ⟨cprdash⟩\nBankgiro ⟨bg⟩, OCR ⟨ocr⟩\n"
        "Kontakt ⟨dkph⟩ / ⟨seph⟩\nPersonnummer (maskerat) ⟨pnrmask⟩, CPR ⟨cprmask⟩"
    )


LAYOUTS: dict[str, Layout] = {
    "sql-dk": sql_dk,
    "json-se": json_se,
    "xml-nordic": xml_nordic,
    "access-log": access_log,
    "trace-se": trace_se,
    "yaml-fixture": yaml_fixture,
    "git-diff": git_diff,
    "csv-quoted": csv_quoted,
    "sheet-se": sheet_se,
    "wiki-table": wiki_table,
    "nordic-payroll": nordic_payroll,
    "oresund-letter": oresund_letter,
    "journal-dk": journal_dk,
    "lab-se": lab_se,
    "court": court,
    "probate-sv": probate_sv,
    "loan-dk": loan_dk,
    "pdf-header": pdf_header,
    "no-fi-register": no_fi_register,
    "neg-dev": neg_dev,
    "neg-finance": neg_finance,
}


def draws(rng: random.Random) -> list[tuple[str, str, str]]:
    """DRAWS documents of every layout, as (family, lang, markup)."""
    out = []
    for name, layout in LAYOUTS.items():
        for _ in range(DRAWS):
            lang, markup = layout(rng)
            out.append((f"gen-{name}", lang, markup))
    return out
