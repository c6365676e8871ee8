"""Generated v16 layouts: system exports, logs, tickets, SMS/chat, forms, scans and letters, each drawn DRAWS times.

Each layout returns slot markup (see ``ids16_slots``); the column order, separator, header and forms are drawn too.
"""

from __future__ import annotations

import random
from collections.abc import Callable

DRAWS = 5
Layout = Callable[[random.Random], tuple[str, str]]


def _rows(rng: random.Random, cell: str, n: tuple[int, int] = (2, 4)) -> str:
    return "\n".join(cell.replace("#", str(i + 1)) for i in range(rng.randint(*n)))


def payroll_fixed(rng: random.Random) -> tuple[str, str]:
    form = rng.choice(["n", "", "s"])
    head = "LBNR  LØNNR  CPR          PERIODE   NETTO\n" if rng.random() < 0.6 else ""
    row = f"000#  {{{{n5}}}}  [[cpr:{form}]]  {{{{n6}}}}    {{{{amount}}}}"
    return "da", f"Lønfil fra lønbureau, kørsel {{{{tsd}}}}\n{head}{_rows(rng, row)}\nTotal netto {{{{amount}}}}"


def hr_csv_se(rng: random.Random) -> tuple[str, str]:
    sep = rng.choice([";", ",", "\t", "|"])
    cols = [
        ("anst_nr", "{{n5}}"),
        ("personnummer", f"[[pnr:{rng.choice(['l', 'ld', '', 's'])}]]"),
        ("namn", "{{sv}}"),
        ("lön", "{{n5}}"),
        ("startdatum", "{{isodate}}"),
    ]
    rng.shuffle(cols)
    head = sep.join(c for c, _ in cols) + "\n" if rng.random() < 0.7 else ""
    note = "" if head else "(kolumn med personnummer enligt exportmallen HR-07)\n"
    return "sv", f"Export från HR-systemet {{{{stamp12d}}}}\n{note}{head}{_rows(rng, sep.join(v for _, v in cols))}"


def hotel_booking(rng: random.Random) -> tuple[str, str]:
    form = rng.choice(["", "sl", "en"])
    return "da", (
        "Hotel Fjordgården - ankomstliste {{date}}\nVær.  Gæst                 Booking      CPR (kun ved gavekort)\n"
        + _rows(rng, f"{{{{n2}}}}    {{{{da}}}}      {{{{luhn10}}}}   [[cpr:{form}]]")
        + "\nBookingnumre er ikke personnumre."
    )


def ticket_se(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["", "co", "l", "ld"])
    return "sv", (
        f"Ärende #{{{{n6}}}} ({{{{tsd}}}}) - Kund: {{{{sv}}}}\nKategori: Inloggning\n"
        f"Beskrivning: Kunden kan inte logga in. Personnummer enligt kunden: [[pnr:{kind}]]. Telefon {{{{seph}}}}.\n"
        "Åtgärd: Konto upplåst. Referens {{luhn10}}."
    )


def audit_log_dk(rng: random.Random) -> tuple[str, str]:
    key = rng.choice(["cpr=", "CPR:", "personnr=", "cprnr "])
    return "da", (
        f"{{{{isodate}}}} {{{{time}}}}:01 AUDIT bruger=sbh{{{{n4}}}} handling=OPSLAG {key}[[cpr:n]] resultat=OK\n"
        f"{{{{isodate}}}} {{{{time}}}}:07 AUDIT bruger=sbh{{{{n4}}}} handling=UDSKRIV sag={{{{cprlike}}}}\n"
        f"{{{{isodate}}}} {{{{time}}}}:12 AUDIT bruger=sbh{{{{n4}}}} handling=OPSLAG {key}[[cpr:n]] resultat=OK"
    )


def sms_dk(rng: random.Random) -> tuple[str, str]:
    who = rng.choice(["mit cpr", "cpr nr", "cpr-nummeret", "mit personnummer"])
    return "da", f"SMS fra {{{{dkph}}}}: Hej, {who} er [[cpr:{rng.choice(['n', '', 's'])}]] - mvh {{{{da}}}}"


def chat_se(rng: random.Random) -> tuple[str, str]:
    return "sv", (
        "Chatt, kundtjänst\n[{{time}}] Kund: hej, jag vill ändra min adress\n"
        "[{{time}}] Agent: Absolut, vilket personnummer gäller det?\n"
        f"[{{{{time}}}}] Kund: [[pnr:{rng.choice(['', 's', 'ld', 'l'])}]]\n"
        "[{{time}}] Agent: Tack. Och ditt kundnummer {{luhn10}} stämmer fortfarande?\n[{{time}}] Kund: ja"
    )


def webform_child_dk(rng: random.Random) -> tuple[str, str]:
    club = rng.choice(["Svømmeklubben Delfinen", "Musikskolen", "Dagplejen Syd", "Ungdomsskolen"])
    return "da", (
        f"Tilmelding - {club} (indsendt {{{{ts12}}}})\nBarnets navn: {{{{da}}}}\nBarnets cpr: [[cpr:kid]]\n"
        "Forælders navn: {{da}}\nForælders cpr: [[cpr]]\nTelefon: {{dkph8}}\nBetalingsreference: {{ocrref}}"
    )


def webform_forskola_se(rng: random.Random) -> tuple[str, str]:
    return "sv", (
        "Ansökan om plats i förskola (e-tjänst)\nBarn: {{sv}}, personnummer [[pnr:kid,ld]]\n"
        f"Vårdnadshavare: {{{{sv}}}}, personnummer [[pnr:{rng.choice(['ld', 'co,ld', 'l'])}]]\n"
        "Önskad förskola: Solrosen, {{svcity}}\nÄrendenummer: {{luhn12d}}"
    )


def ocr_letter_dk(rng: random.Random) -> tuple[str, str]:
    return "da", (
        "[Indscannet brev, OCR]\n{{da}}\n{{dastreet}}\n{{dktown}}\n\n"
        f"Vedr.: udbetaling, CPR-nr. [[cpr:ocr{rng.choice(['', ',n', ',s'])}]]\n"
        "Beløbet {{amount}} kr. overføres til Deres NemKonto. Journalnr. {{n6}}."
    )


def club_members_dk(rng: random.Random) -> tuple[str, str]:
    sep = rng.choice([";", "\t", ","])
    head = sep.join(["medlemsnr", "navn", "cpr", "hold"]) + "\n" if rng.random() < 0.6 else ""
    row = sep.join(
        ["{{cprlike}}", "{{da}}", f"[[cpr:{rng.choice(['', 'kid'])}]]", rng.choice(["U11", "senior", "motion"])]
    )
    pre = "Medlemsliste fra klubsystemet" + ("" if head else " (kolonner: medlemsnr, navn, cpr, hold)")
    return "da", f"{pre}\n{head}{_rows(rng, row)}"


def church_baptism_se(rng: random.Random) -> tuple[str, str]:
    return "sv", (
        "Anmälan om dop, {{svcity}} församling\nBarnets namn: {{sv}}\nBarnets personnummer: [[pnr:kid]]\n"
        "Vårdnadshavare: {{sv}}, [[pnr]]\nDopdag: {{isodate}}, kl {{time}}\nTelefon: {{seph}}"
    )


def lease_dk(rng: random.Random) -> tuple[str, str]:
    return "da", (
        "LEJEKONTRAKT (uddrag)\nUdlejer: Ejendomsselskab, CVR {{cvr}}\n"
        f"Lejer: {{{{da}}}}, CPR [[cpr:{rng.choice(['', 'sl', 'sd', 'dot'])}]]\n"
        "Lejemål: {{dastreet}}, {{dktown}}\nLejemålsnr.: {{cprdash}}\nDepositum: {{amount}} kr."
    )


def car_lease_se(rng: random.Random) -> tuple[str, str]:
    return "sv", (
        "Leasingavtal privatleasing, avtalsnr {{luhn12d}}\n"
        f"Leasetagare: {{{{sv}}}}, personnr [[pnr:{rng.choice(['ld', '', 'ls'])}]]\n"
        "Bil: {{n4}}-modell, reg.nr XYZ 123\nMånadsavgift: {{amount}} kr, betalas till bankgiro {{bg}}"
    )


def pharmacy_dk(rng: random.Random) -> tuple[str, str]:
    return "da", (
        "Receptudlevering - kvittering {{dkstamp}}\n"
        f"Patient: {{{{da}}}} ([[cpr:{rng.choice(['', 'en', 'old'])}]])\n"
        "Afhentet af: pårørende\nTilskud: {{amount}} kr. Egenbetaling: {{amount}} kr."
    )


def vet_owner(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        return "da", (
            "Dyrlægeregning\nDyr: hund (chip {{n8}})\nEjer: {{da}}, cpr [[cpr]]\nTlf.: {{dkph}}\nAt betale: {{amount}}"
        )
    return "sv", (
        "Veterinärfaktura\nDjurägare: {{sv}}, pnr [[pnr]]\nTelefon: {{seph46}}\nAtt betala: {{amount}}, OCR {{ocrref}}"
    )


def bank_letter_se(rng: random.Random) -> tuple[str, str]:
    return "sv", (
        "Hej {{sv}},\nVi har uppdaterat villkoren för ditt sparkonto {{clearkto}}. "
        f"Kontot är registrerat på personnummer [[pnr:{rng.choice(['ld', 'l', '', 'plus'])}]].\n"
        "Frågor? Ring {{seph08}}.\nMed vänlig hälsning, Banken"
    )


def nordic_staff(rng: random.Random) -> tuple[str, str]:
    rows = ["DK | {{da}} | [[cpr]]", "SE | {{sv}} | [[pnr:ld]]", "NO | {{no}} | [[fnr]]", "FI | {{fi}} | [[hetu]]"]
    rng.shuffle(rows)
    return "en", "Nordic staff list (country | name | national ID)\n" + "\n".join(rows[: rng.randint(3, 4)])


def no_fi_register(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        return "no", (
            f"Medlemsliste, idrettslaget\nNavn: {{{{no}}}}, fødselsnummer [[fnr:{rng.choice(['', 'sp', 'd'])}]]\n"
            "Navn: {{no}}, fødselsnummer [[fnr]]\nKontonr klubben: {{n4}}.{{n2}}.{{n5}}, org.nr {{noorg}}"
        )
    return "fi", (
        f"Jäsenluettelo, urheiluseura\n{{{{fi}}}}, henkilötunnus [[hetu:{rng.choice(['', 'new'])}]]\n"
        "{{fi}}, henkilötunnus [[hetu]]\nY-tunnus {{ytunnus}}"
    )


def neg_export_da(rng: random.Random) -> tuple[str, str]:
    return "da", (
        "Ordreeksport (ingen persondata)\nordrenr;kundenr;tidspunkt;beløb;tlf\n"
        + _rows(rng, "{{cprlike}};{{cprdash}};{{ts12}};{{amount}};{{dkph8}}", (3, 5))
        + "\nAfsender CVR {{cvr}}, P-nr {{pnum}}"
    )


def neg_export_sv(rng: random.Random) -> tuple[str, str]:
    return "sv", (
        "Fakturalista (företagskunder)\nfakturanr\tkundnr\tdatum\torg.nr\tbelopp\n"
        + _rows(rng, "{{luhn12}}\t{{luhn10}}\t{{stamp12d}}\t{{orgnr}}\t{{amount}}", (3, 5))
        + "\nBankgiro {{bg}}, frågor {{seph08}}"
    )


LAYOUTS: dict[str, Layout] = {
    "payroll-fixed": payroll_fixed,
    "hr-csv-se": hr_csv_se,
    "hotel-booking": hotel_booking,
    "ticket-se": ticket_se,
    "audit-log-dk": audit_log_dk,
    "sms-dk": sms_dk,
    "chat-se": chat_se,
    "webform-child-dk": webform_child_dk,
    "webform-forskola-se": webform_forskola_se,
    "ocr-letter-dk": ocr_letter_dk,
    "club-members-dk": club_members_dk,
    "church-baptism-se": church_baptism_se,
    "lease-dk": lease_dk,
    "car-lease-se": car_lease_se,
    "pharmacy-dk": pharmacy_dk,
    "vet-owner": vet_owner,
    "bank-letter-se": bank_letter_se,
    "nordic-staff": nordic_staff,
    "no-fi-register": no_fi_register,
    "neg-export-da": neg_export_da,
    "neg-export-sv": neg_export_sv,
}


def draws(rng: random.Random) -> list[tuple[str, str, str]]:
    """(family, lang, markup) for DRAWS draws of every layout, in a fixed order."""
    out = []
    for name, layout in LAYOUTS.items():
        for _ in range(DRAWS):
            lang, markup = layout(rng)
            out.append((f"gen-{name}", lang, markup))
    return out
