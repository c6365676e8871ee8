"""Generated v10 layouts: each drawn DRAWS times with new people, row counts, separators and numbers."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

DRAWS = 7
DA_FIRST = ["Anders", "Birgitte", "Carsten", "Ditte", "Esben", "Fie", "Gustav", "Hella", "Ib", "Janni", "Kaj", "Liva"]
DA_LAST = ["Abildgaard", "Brøndum", "Dybdahl", "Fogh", "Grønbech", "Hovgaard", "Kirkegaard", "Lassen", "Vinding"]
SV_FIRST = ["Agnes", "Bertil", "Cecilia", "Dennis", "Ebba", "Folke", "Greta", "Hampus", "Irma", "Joel", "Kerstin"]
SV_LAST = ["Almqvist", "Brandt", "Dahlberg", "Fridh", "Granlund", "Hedin", "Jernberg", "Kvist", "Moberg", "Rehn"]


def _da(rng: random.Random) -> str:
    return f"{rng.choice(DA_FIRST)} {rng.choice(DA_LAST)}"


def _sv(rng: random.Random) -> str:
    return f"{rng.choice(SV_FIRST)} {rng.choice(SV_LAST)}"


def _cprform(rng: random.Random) -> str:
    return rng.choice(["", "plain", "plain", "sp", "en", "kid", "jan1"])


def _slot(kind: str, opts: str) -> str:
    return f"[[{kind}:{opts}]]" if opts else f"[[{kind}]]"


def municipal_list(rng: random.Random) -> str:
    sep = rng.choice([" ; ", " | ", "\t", " ¤ "])
    rows = [
        sep.join([_da(rng), _slot("cpr", _cprform(rng)), "{{tlfdk}}", "{{date10}}"]) for _ in range(rng.randint(2, 5))
    ]
    head = sep.join(["Navn", "CPR", "Telefon", "Sagsnr."])
    return f"Visitationsliste, hjemmepleje uge {rng.randint(1, 52)}\n{head}\n" + "\n".join(rows)


def se_payroll(rng: random.Random) -> str:
    sep = rng.choice([";", ",", " | ", "\t"])
    form = rng.choice(["ld", "l", "", "s"])
    rows = [
        sep.join(["{{n:5}}", _sv(rng), _slot("pnr", rng.choice([form, form, "co," + (form or "ld")])), "{{amount}}"])
        for _ in range(rng.randint(2, 5))
    ]
    return sep.join(["Anst.nr", "Namn", "Personnummer", "Bruttolön"]) + "\n" + "\n".join(rows)


def da_quoted_mail(rng: random.Random) -> str:
    a, b = _da(rng), _da(rng)
    return (
        f"Hej {b.split()[0]},\n\nHer er CPR-nummeret, du bad om: [[cpr:{rng.choice(['', 'plain', 'sp'])}]]\n"
        f"Kundenummeret er stadig {{{{date10}}}}.\n\nMvh {a}\n\n"
        f"> Den {{{{date}}}} skrev {b}:\n> Kan du sende CPR-nummeret på {a.split()[0]}? Vi har kun kundenummeret."
    )


def sv_quoted_mail(rng: random.Random) -> str:
    a, b = _sv(rng), _sv(rng)
    return (
        f"Hej {b.split()[0]}!\n\nPersonnumret är [[pnr:{rng.choice(['', 'ld', 'l'])}]], kundnumret {{{{luhn10}}}}.\n"
        f"/{a}\n\n> {b} skrev {{{{isodate}}}}:\n> Vilket personnummer gäller för avtalet?"
    )


def invoice_many(rng: random.Random) -> str:
    lines = ["FAKTURA", "CVR {{cvr}}   P-nr {{pnum}}   EAN {{ean}}", "Fakturanr. {{date10}}   Ordrenr. {{date10}}"]
    lines += ["Konto {{regkto}}   Tlf {{tlfdk}}", f"Linje {rng.randint(1, 9)}: {{{{amount}}}} kr"]
    if rng.random() < 0.5:
        lines.append("Servicefradrag indberettes på CPR [[cpr]]")
    rng.shuffle(lines[1:])
    return "\n".join(lines)


def se_invoice_many(rng: random.Random) -> str:
    lines = [
        "Org.nr {{orgnr}}  Bankgiro {{bg}}  Plusgiro {{pg}}",
        "Fakturanr {{luhn10}}  OCR {{ocr:ten}}",
        "Kundnr {{luhn10:dash}}",
    ]
    if rng.random() < 0.5:
        lines.append("RUT-avdrag för [[pnr:ld]]")
    rng.shuffle(lines)
    return "FAKTURA\n" + "\n".join(lines)


def json_export(rng: random.Random) -> str:
    rows = []
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.5:
            rows.append(f'{{"name": "{_da(rng)}", "cpr": "[[cpr:plain]]", "customer_no": "{{{{date10}}}}"}}')
        else:
            rows.append(f'{{"name": "{_sv(rng)}", "personnummer": "[[pnr:l]]", "customer_no": "{{{{luhn10}}}}"}}')
    return "[\n  " + ",\n  ".join(rows) + "\n]"


def sql_dump(rng: random.Random) -> str:
    rows = [
        f"({{{{n:4}}}}, '{_sv(rng)}', '[[pnr:{rng.choice(['ld', 'l'])}]]', '{{{{luhn10}}}}')"
        for _ in range(rng.randint(1, 4))
    ]
    return "INSERT INTO kund (id, namn, pnr, kundnr) VALUES\n" + ",\n".join(rows) + ";"


def access_log(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(2, 4)):
        if rng.random() < 0.5:
            lines.append('10.0.{{n:1}}.{{n:2}} - - "GET /borger?cpr=[[cpr:plain]] HTTP/1.1" 200 {{n:4}}')
        else:
            lines.append('10.0.{{n:1}}.{{n:2}} - - "GET /ordre?id={{date10}} HTTP/1.1" 200 {{n:4}}')
    return "\n".join(lines)


def ocr_form(rng: random.Random) -> str:
    return (
        f"BLANKET {rng.randint(10, 99)}.{rng.randint(1, 9)}  -  ANS0GNING\n"
        f"Navn: {_da(rng).upper()}\nCPR-nr.: [[cpr:{rng.choice(['', 'nl', 'sp', 'plain'])}]]\n"
        "Telef0n: {{tlfdk}}\nJ.nr. {{date10}}"
    )


def school_list(rng: random.Random) -> str:
    rows = [f"{rng.choice(SV_FIRST)}  [[pnr:kid{rng.choice(['', ',l', ',ld'])}]]" for _ in range(rng.randint(3, 5))]
    return f"Klass {rng.randint(1, 9)}{rng.choice('ABC')} - elevlista\nElev  Personnummer\n" + "\n".join(rows)


def daycare_da(rng: random.Random) -> str:
    rows = [f"{rng.choice(DA_FIRST)}: [[cpr:kid{rng.choice(['', ',plain'])}]]" for _ in range(rng.randint(2, 5))]
    return "Vuggestuen Solsikken - børnenes cpr-numre (fortroligt)\n" + "\n".join(rows)


def nordic_roster(rng: random.Random) -> str:
    rows = [
        f"DK  {_da(rng)}  [[cpr]]",
        f"SE  {_sv(rng)}  [[pnr:ld]]",
        "NO  Kari Haugland  [[fnr]]",
        "FI  Juha Salo  [[hetu]]",
    ]
    rng.shuffle(rows)
    return "Land  Navn  Nationalt ID-nummer\n" + "\n".join(rows[: rng.randint(2, 4)])


def bank_statement(rng: random.Random) -> str:
    rows = ["{{date}}  Overførsel {{date10}}  {{amount}}" for _ in range(rng.randint(3, 6))]
    return "Kontoudskrift konto {{regkto}}\nDato  Tekst  Beløb\n" + "\n".join(rows)


def chat_log(rng: random.Random) -> str:
    a = rng.choice(SV_FIRST)
    return (
        f"[{rng.randint(8, 17)}:{rng.randint(10, 59)}] {a}: kan du kolla kunden\n"
        f"[{rng.randint(8, 17)}:{rng.randint(10, 59)}] {a}: pnr [[pnr:{rng.choice(['', 's', 'l'])}]]\n"
        f"[{rng.randint(8, 17)}:{rng.randint(10, 59)}] Support: hittad, ärende {{{{luhn10}}}}"
    )


def en_memo(rng: random.Random) -> str:
    return (
        f"MEMO\nTo: HR\nRe: {_da(rng)}\nThe employee's CPR number is [[cpr:{rng.choice(['', 'plain'])}]]; "
        "employee no. {{date10}}. Please update the pension record."
    )


def yaml_members(rng: random.Random) -> str:
    rows = [f"- name: {_sv(rng)}\n  pnr: '[[pnr:ld]]'\n  member_no: '{{{{luhn10}}}}'" for _ in range(rng.randint(1, 3))]
    return "members:\n" + "\n".join("  " + r.replace("\n", "\n  ") for r in rows)


def police_report(rng: random.Random) -> str:
    return (
        f"Rapport - journalnr. {{{{n:4}}}}-{{{{n:5}}}}-{{{{n:5}}}}-26\nAfhørt: {_da(rng)}, f. [[cpr:{rng.choice(['', 'dots'])}]]\n"
        "Køretøj reg.nr. AB {{n:5}}, telefon {{tlfdk}}"
    )


def negatives_only(rng: random.Random) -> str:
    return rng.choice(
        [
            "Medlemsnummer {{luhn10:dash}}\nKundenummer {{date10}}\nTelefon {{mobse}}",
            "Ordrenr. {{mod10:dash}}\nLevering {{date}}\nSporing {{sscc}}",
            "Kontonr. {{regkto}}\nIBAN {{ibandk}}\nBetalings-id {{ocr:ten}}",
            "Ärendenummer {{luhn10}}\nOCR {{ocr:ten}}\nIBAN {{ibanse}}",
            "Maskeret CPR {{mcpr}}\nMaskerat pnr {{mpnr}}\nPolicenr. {{date10}}",
        ]
    )


def hr_sheet_far(rng: random.Random) -> str:
    filler = "\n".join(f"Note {i}: intet at bemærke" for i in range(rng.randint(3, 8)))
    rows = "\n".join(f"{_da(rng)}  [[cpr:plain]]" for _ in range(rng.randint(2, 4)))
    return f"Navn  CPR-nummer\n{filler}\n{rows}"


def split_lines(rng: random.Random) -> str:
    return rng.choice(
        [
            f"Ansøger {_da(rng)}, CPR [[cpr:nl]], søger om boligstøtte.",
            f"Medansøger {_da(rng)} (cpr-nr. [[cpr:nl]]) er samlever.",
        ]
    )


LAYOUTS: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "municipal-list": ("da", municipal_list),
    "se-payroll": ("sv", se_payroll),
    "da-quoted-mail": ("da", da_quoted_mail),
    "sv-quoted-mail": ("sv", sv_quoted_mail),
    "invoice-many": ("da", invoice_many),
    "se-invoice-many": ("sv", se_invoice_many),
    "json-export": ("en", json_export),
    "sql-dump": ("sv", sql_dump),
    "access-log": ("da", access_log),
    "ocr-form": ("da", ocr_form),
    "school-list": ("sv", school_list),
    "daycare-da": ("da", daycare_da),
    "nordic-roster": ("da", nordic_roster),
    "bank-statement": ("da", bank_statement),
    "chat-log": ("sv", chat_log),
    "en-memo": ("en", en_memo),
    "yaml-members": ("sv", yaml_members),
    "police-report": ("da", police_report),
    "negatives-only": ("da", negatives_only),
    "hr-sheet-far": ("da", hr_sheet_far),
    "split-lines": ("da", split_lines),
}


def draws(rng: random.Random) -> Iterator[tuple[str, str, str]]:
    """(layout name, lang, markup) for every draw, layout by layout."""
    for name, (lang, fn) in LAYOUTS.items():
        for _ in range(DRAWS):
            yield name, lang, fn(rng)
