"""Generated v11 layouts: each drawn DRAWS times with new people, row counts, field orders and numbers."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

DRAWS = 7
DA_FIRST = ["Aksel", "Bodil", "Cecilie", "Dan", "Elna", "Finn", "Gry", "Holger", "Irene", "Jonna", "Knud", "Lykke"]
DA_LAST = ["Agerskov", "Bækgaard", "Damsgaard", "Egholm", "Futtrup", "Gammelgaard", "Hessellund", "Krabbe", "Toft"]
SV_FIRST = ["Alice", "Bengt", "Cornelia", "Douglas", "Elsa", "Filip", "Gun", "Harriet", "Ivar", "Judit", "Kjell"]
SV_LAST = ["Alm", "Bergkvist", "Dufva", "Ekdahl", "Forsman", "Gyllen", "Hult", "Jarl", "Lindeberg", "Nordgren"]


def _da(rng: random.Random) -> str:
    return f"{rng.choice(DA_FIRST)} {rng.choice(DA_LAST)}"


def _sv(rng: random.Random) -> str:
    return f"{rng.choice(SV_FIRST)} {rng.choice(SV_LAST)}"


def _cpr(rng: random.Random) -> str:
    opts = rng.choice(["", "", "plain", "sp", "kid", "en", "jan1", "old", "dots"])
    return f"[[cpr:{opts}]]" if opts else "[[cpr]]"


def _pnr(rng: random.Random) -> str:
    opts = rng.choice(["", "", "l", "ld", "s", "co", "plus", "kid", "lsp", "ld,co"])
    return f"[[pnr:{opts}]]" if opts else "[[pnr]]"


def pension_claim(rng: random.Random) -> str:
    fields = [
        f"Forsikringstager: {_da(rng)}",
        f"CPR-nummer: {_cpr(rng)}",
        "Policenummer: {{mod10}}",
        "Pensionsselskabets CVR: {{cvr}}",
        "Telefon: {{tlfdk}}",
    ]
    rng.shuffle(fields)
    return "Anmodning om udbetaling af ratepension\n" + "\n".join(fields) + "\nUdbetaling til NemKonto."


def kivra_notice(rng: random.Random) -> str:
    sender = rng.choice(["Försäkringskassan", "Skatteverket", "CSN", "Pensionsmyndigheten", "Region Skåne"])
    return (
        f"Nytt brev i Kivra från {sender}\nMottagare: {_pnr(rng)}\n"
        f"Meddelande-id: {{{{luhn12}}}}\nLogga in med BankID för att läsa brevet."
    )


def pharmacy_log(rng: random.Random) -> str:
    rows = [
        f"{{{{isodate}}}} {{{{time}}}} | {_cpr(rng)} | recept {{{{date10}}}} | {rng.choice(['Pinex', 'Zyrtec', 'Atorvastatin', 'Metformin'])}"
        for _ in range(rng.randint(2, 4))
    ]
    return "Ekspeditionslog, Apoteket Vejle\ntid | cpr | receptnr | vare\n" + "\n".join(rows)


def apotek_log(rng: random.Random) -> str:
    rows = [f"{_pnr(rng)}\t{{{{luhn10}}}}\t{{{{amount}}}}" for _ in range(rng.randint(2, 4))]
    return "Receptexpedieringar (utdrag)\nPersonnummer\tExpeditionsnr\tBelopp\n" + "\n".join(rows)


def lease_header(rng: random.Random) -> str:
    return (
        f"LEJEKONTRAKT\nUdlejer: Boligselskabet {rng.choice(['Toften', 'Engen', 'Vænget'])}, CVR {{{{cvr}}}}\n"
        f"Lejer: {_da(rng)}, cpr {_cpr(rng)}\nLejemålsnr.: {{{{date10}}}}\nHusleje: {{{{kr}}}} kr. pr. md."
    )


def estate_heirs(rng: random.Random) -> str:
    heirs = "\n".join(f"  {_sv(rng)}, {_pnr(rng)}" for _ in range(rng.randint(1, 3)))
    return (
        f"Bouppteckning efter {_sv(rng)}, personnummer [[pnr:ld,old]]\nDödsbodelägare:\n{heirs}\n"
        "Bankens referens: {{n:12}}. Förrättning hölls {{isodate}}."
    )


def union_csv(rng: random.Random) -> str:
    rows = [f"{{{{date10}}}},{_da(rng)},{_cpr(rng)}" for _ in range(rng.randint(2, 5))]
    return "medlemsnr,navn,cpr\n" + "\n".join(rows)


def pawn_register(rng: random.Random) -> str:
    item = rng.choice(["guldkæde", "Rolex ur", "sølvbestik", "diamantring", "iPhone 15"])
    return (
        f"Pantelån nr. {{{{n:6}}}}\nPantsætter: {_da(rng)}\nCpr: {_cpr(rng)}\n"
        f"Pant: {item}, serienr. {{{{n:9}}}}\nLån {{{{kr}}}} kr., forfald {{{{date}}}}"
    )


def airline_manifest(rng: random.Random) -> str:
    rows = []
    for i in range(rng.randint(2, 4)):
        who = rng.choice([("DK", "[[cpr:plain]]"), ("SE", "[[pnr:l]]"), ("NO", "[[fnr]]"), ("FI", "[[hetu]]")])
        rows.append(
            f"{i + 1:02d} {rng.choice(DA_LAST + SV_LAST).upper()}/{rng.choice(DA_FIRST + SV_FIRST).upper()} {who[0]} NID {who[1]}"
        )
    return "CHARTER MANIFEST NYX{{n:3}} BLL-LPA\nSEQ NAME NAT NID\n" + "\n".join(rows) + "\nPNR ref {{n:6}}"


def jira_ticket(rng: random.Random) -> str:
    return (
        f"[Jira] KUND-{{{{n:4}}}}: Kunden kan inte se sina fakturor\nReporter: {_sv(rng)}\n"
        f"Kundens personnummer: {_pnr(rng)}\nKundnummer: {{{{luhn10}}}}\nPrioritet: {rng.choice(['Låg', 'Medel', 'Hög'])}"
    )


def zendesk_thread(rng: random.Random) -> str:
    return (
        f"Ticket #{{{{n:6}}}}\nKunde ({_da(rng)}): Jeg har skiftet adresse, mit cpr er {_cpr(rng)}.\n"
        f"Agent: Tak, vi har opdateret kundenr. {{{{date10}}}}.\nIntern note: slet cpr fra tråden."
    )


def sms_gateway(rng: random.Random) -> str:
    rows = [
        f'{{"to":"+46{{{{n:9}}}}","status":"{rng.choice(["sent", "delivered", "failed"])}","body":"Din tid {{{{isodate}}}} {{{{time}}}}"}}'
        for _ in range(rng.randint(1, 3))
    ]
    rows.insert(
        rng.randint(0, len(rows)),
        f'{{"to":"{{{{mobse}}}}","status":"sent","body":"Personnummer {_pnr(rng)} registrerat"}}',
    )
    return "\n".join(rows)


def pdf_pages(rng: random.Random) -> str:
    name = _da(rng)
    pages = rng.randint(2, 3)
    out = []
    for p in range(1, pages + 1):
        out.append(f"Visitationsafgørelse - {name} - cpr [[cpr:plain#a]]        Side {p} af {pages}")
        out.append(rng.choice(["Borgeren tildeles praktisk hjælp.", "Rengøring hver 14. dag.", "Klage inden 4 uger."]))
    return "\n".join(out)


def md_table(rng: random.Random) -> str:
    rows = [f"| {_sv(rng)} | {_pnr(rng)} | {{{{luhn10}}}} |" for _ in range(rng.randint(2, 4))]
    return "| Namn | Personnummer | Kundnr |\n|---|---|---|\n" + "\n".join(rows)


def xml_case(rng: random.Random) -> str:
    return (
        f'<Sag><Sagsnr>{{{{date10}}}}</Sagsnr><Part rolle="borger"><CPR>{_cpr(rng)}</CPR>'
        f'<Navn>{_da(rng)}</Navn></Part><Myndighed cvr="{{{{cvr}}}}"/></Sag>'
    )


def pasted_sheet(rng: random.Random) -> str:
    rows = [f"{_sv(rng)}\t{_pnr(rng)}\t{{{{kr}}}}" for _ in range(rng.randint(2, 4))]
    return "Hej! Klistrar in från Excel, se nedan.\n\nNamn\tPersonnr\tLön\n" + "\n".join(rows) + "\n\nMvh Ekonomi"


def url_files(rng: random.Random) -> str:
    return (
        f"Upload OK: /data/scan/{rng.choice(['hr', 'loen', 'sag'])}/[[cpr:plain]]-{{{{isodate}}}}.pdf\n"
        "Upload OK: /data/scan/faktura/{{date10}}.pdf\n"
        f"Link: https://intra.local/borger/[[cpr:plain]]/dokumenter"
    )


def fax_ocr(rng: random.Random) -> str:
    return (
        f"FAX {{{{isodate}}}} {{{{time}}}}   FRÅN: {rng.choice(['VÅRDCENTRALEN', 'FÖRSÄKRINGSKASSAN', 'KOMMUNEN'])}   SID 1\n"
        f"P A T I E N T   {_sv(rng).upper()}\nPNR   {_pnr(rng)}\nTEL   {{{{tlfse}}}}"
    )


def nordic_json(rng: random.Random) -> str:
    rec = rng.choice(
        [
            ('"country":"DK","national_id":"[[cpr:plain]]"'),
            ('"country":"SE","national_id":"[[pnr:l]]"'),
            ('"country":"NO","national_id":"[[fnr]]"'),
            ('"country":"FI","national_id":"[[hetu:new]]"'),
        ]
    )
    return f'{{"employee":{{"id":"{{{{date10}}}}",{rec},"phone":"{{{{tlfdk}}}}"}}}}'


def negatives(rng: random.Random) -> str:
    lines = [
        "Ordrenr.: {{mod10}}",
        "Kundenr.: {{date10}}",
        "Org.nr: {{orgnr}}",
        "CVR: {{cvr}}",
        "P-nr.: {{pnum}}",
        "GTIN: {{gtin}}",
        "Mobil: {{mobse}}",
        "Telefon: {{tlfdk}}",
        "Ordernummer: {{luhn12}}",
        "Bankgiro: {{bg}}",
        "Cpr: {{mcpr}}",
    ]
    rng.shuffle(lines)
    return "Stamdata (ingen personnumre)\n" + "\n".join(lines[: rng.randint(5, 8)])


LAYOUTS: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "pension-claim": ("da", pension_claim),
    "kivra-notice": ("sv", kivra_notice),
    "pharmacy-log": ("da", pharmacy_log),
    "apotek-log": ("sv", apotek_log),
    "lease-header": ("da", lease_header),
    "estate-heirs": ("sv", estate_heirs),
    "union-csv": ("da", union_csv),
    "pawn-register": ("da", pawn_register),
    "airline-manifest": ("en", airline_manifest),
    "jira-ticket": ("sv", jira_ticket),
    "zendesk-thread": ("da", zendesk_thread),
    "sms-gateway": ("sv", sms_gateway),
    "pdf-pages": ("da", pdf_pages),
    "md-table": ("sv", md_table),
    "xml-case": ("da", xml_case),
    "pasted-sheet": ("sv", pasted_sheet),
    "url-files": ("da", url_files),
    "fax-ocr": ("sv", fax_ocr),
    "nordic-json": ("en", nordic_json),
    "negatives": ("da", negatives),
}


def draws(rng: random.Random) -> Iterator[tuple[str, str, str]]:
    """(layout name, lang, markup) for every draw, layout by layout."""
    for name, (lang, fn) in LAYOUTS.items():
        for _ in range(DRAWS):
            yield name, lang, fn(rng)
