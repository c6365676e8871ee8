"""Generated layouts: each returns a text with «slots» (filled by render.py with the same generator)."""

from __future__ import annotations

import random
from collections.abc import Callable

DA_F = ["Ea", "Vagn", "Hjørdis", "Svend", "Nanna", "Bjarke", "Inge", "Eskild", "Tilde", "Holger", "Minna", "Osvald"]
DA_L = ["Bonde", "Hald", "Krebs", "Linnet", "Mørup", "Qvist", "Sejr", "Trier", "Ulstrup", "Vium", "Yde", "Ærø"]
SV_F = [
    "Alvar",
    "Berit",
    "Dagny",
    "Evert",
    "Folke",
    "Gullan",
    "Harriet",
    "Ingvar",
    "Jolin",
    "Kerstin",
    "Lage",
    "Majvor",
]
SV_L = ["Ahlin", "Brodin", "Dufva", "Ekman", "Frisk", "Grahn", "Hedin", "Junger", "Kvist", "Ljung", "Mård", "Norell"]


def da(rng: random.Random) -> str:
    return f"{rng.choice(DA_F)} {rng.choice(DA_L)}"


def sv(rng: random.Random) -> str:
    return f"{rng.choice(SV_F)} {rng.choice(SV_L)}"


def cpr(rng: random.Random) -> str:
    kind = "cpr7" if rng.random() < 0.2 else "cpr"
    return f"«{kind}.{rng.choice(['dash', 'dash', 'plain', 'space'])}»"


def se(rng: random.Random) -> str:
    kind = rng.choice(["se", "se", "se", "se", "sesam", "seold"])
    return f"«{kind}.{rng.choice(['dash', 'dash', 'plain', 'long', 'longdash'])}»"


def rows(rng: random.Random, lo: int, hi: int) -> range:
    return range(rng.randint(lo, hi))


def g_daycare_waitlist(rng: random.Random) -> tuple[str, str]:
    out = ["Venteliste - Kommunal dagtilbud (udtræk)", "Plads-id;Barn;CPR;Ønsket start"]
    for _ in rows(rng, 3, 6):
        out.append(
            f"«d10»;{rng.choice(DA_F)} {rng.choice(DA_L)};«cpr7@20{rng.randint(21, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}»;2027-0{rng.randint(1, 8)}-01"
        )
    return "da", "\n".join(out)


def g_pharmacy_batch(rng: random.Random) -> tuple[str, str]:
    out = ["Recepturliste, dosispakning", f"Batch «n8» - pakket {rng.randint(1, 28)}.11.2026"]
    for _ in rows(rng, 2, 5):
        out.append(f"{da(rng):<20} {cpr(rng):<14} Varenr {rng.randint(100000, 999999)}  Recept «d10»")
    return "da", "\n".join(out)


def g_vet_chiplist(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    head = "Chipnr;Dyr;Ejer;Ejer-ID" if lang == "da" else "Chipnr;Djur;Ägare;Ägar-ID"
    out = [head]
    for _ in rows(rng, 3, 5):
        cc = "208" if lang == "da" else "752"
        owner, oid = (da(rng), cpr(rng)) if lang == "da" else (sv(rng), se(rng))
        if rng.random() < 0.25:
            owner, oid = ("Kennel Nord" if lang == "da" else "Kennel Norr", "«cvr»" if lang == "da" else "«org»")
        out.append(f"{cc}«n12»;{rng.choice(['hund', 'kat', 'hest'])};{owner};{oid}")
    return lang, "\n".join(out)


def g_crew_manifest(rng: random.Random) -> tuple[str, str]:
    out = [
        f"CREW LIST - MV {rng.choice(['Nordkap', 'Hanö', 'Læsø Star', 'Baltic Tern'])}  Voyage «n6»",
        "No. Name              Nat.  ID number",
    ]
    for i in range(1, rng.randint(4, 7)):
        nat = rng.choice(["DK", "SE", "NO", "FI", "PH"])
        ident = {"DK": cpr(rng), "SE": se(rng), "NO": "«no»", "FI": "«fi»", "PH": "P«n7»A"}[nat]
        name = da(rng) if nat in ("DK", "NO") else sv(rng) if nat in ("SE", "FI") else "Jose Santos"
        out.append(f"{i:<3} {name:<18} {nat:<5} {ident}")
    return "en", "\n".join(out)


def g_pension_statement(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        return "da", (
            f"Årsoversigt {rng.randint(2024, 2026)}\nMedlem: {da(rng)}\nCPR: {cpr(rng)}\nPolicenr.: «d10»\n"
            f"Arbejdsgiver CVR: «cvr»\nIndbetaling: «amt» kr\nDepot: «amt» kr"
        )
    return "sv", (
        f"Pensionsbesked {rng.randint(2024, 2026)}\nNamn: {sv(rng)}\nPersonnummer: {se(rng)}\n"
        f"Försäkringsnr: «l10»\nArbetsgivare org.nr: «org»\nPremie: «amt» kr"
    )


def g_building_neighbours(rng: random.Random) -> tuple[str, str]:
    out = ["Partshøring, byggesag «d10x»", "Følgende naboer er hørt:"]
    for _ in rows(rng, 2, 4):
        out.append(f"- {da(rng)}, {rng.choice(['Egevej', 'Lyngvej', 'Kærvej'])} {rng.randint(1, 40)}, {cpr(rng)}")
    out.append("Ansøger: Byg og Bo ApS, CVR «cvr»")
    return "da", "\n".join(out)


def g_club_members(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    out = ["Medlemsnr,Navn,Født,Kontingent" if lang == "da" else "Medlemsnr,Namn,Född,Avgift"]
    for _ in rows(rng, 4, 7):
        num = "«d10»" if lang == "da" else "«l10»"
        out.append(
            f"{num},{da(rng) if lang == 'da' else sv(rng)},{rng.randint(1950, 2015)},{rng.choice([450, 600, 900])}"
        )
    return lang, "\n".join(out)


def g_dental_recall(rng: random.Random) -> tuple[str, str]:
    out = ["Indkaldelsesliste uge " + str(rng.randint(2, 50))]
    for _ in rows(rng, 3, 5):
        out.append(f"{rng.randint(8, 15):02d}:{rng.choice(['00', '20', '40'])}  {da(rng):<18} {cpr(rng)}  pt.nr «n6»")
    return "da", "\n".join(out)


def g_payroll_bureau(rng: random.Random) -> tuple[str, str]:
    sep = rng.choice([";", "\t"])
    out = [sep.join(["Løbenr", "Medarb", "CPR", "Bruttoløn", "Konto"])]
    for _ in rows(rng, 3, 6):
        out.append(
            sep.join(["«d10»", da(rng), cpr(rng), str(rng.randint(18000, 60000)), f"{rng.randint(1000, 9999)}-«d10»"])
        )
    return "da", "\n".join(out)


def g_sie_lon(rng: random.Random) -> tuple[str, str]:
    out = ["#FLAGGA 0", '#PROGRAM "Lönesystem" 2.1', "#SIETYP 4", "#ORGNR «org»"]
    for i in rows(rng, 2, 4):
        out.append(f'#VER L {i + 1} 202611{rng.randint(10, 28)} "Lön {sv(rng)} {se(rng)}"')
        out.append("{")
        out.append(f"#TRANS 7210 {{}} {rng.randint(20000, 50000)}.00")
        out.append("}")
    return "sv", "\n".join(out)


def g_edifact_pnr(rng: random.Random) -> tuple[str, str]:
    out = ["UNB+UNOC:3+«n13»:14+«n13»:14+261130:1200+«n8»'", "UNH+1+PAXLST:D:05B:UN:IATA'"]
    for _ in rows(rng, 2, 4):
        if rng.random() < 0.5:
            out.append(f"NAD+FL+++{rng.choice(DA_L).upper()}:{rng.choice(DA_F).upper()}'")
            out.append(f"DOC+P:110:111+{cpr(rng)}'")
        else:
            out.append(f"NAD+FL+++{rng.choice(SV_L).upper()}:{rng.choice(SV_F).upper()}'")
            out.append(f"DOC+P:110:111+{se(rng)}'")
        out.append("RFF+AVF:«n6»'")
    out.append("UNT+12+1'")
    return "en", "\n".join(out)


def g_hl7_adt(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        pid = f"PID|1||«cpr.plain»^^^CPR||{rng.choice(DA_L)}^{rng.choice(DA_F)}"
        lang = "da"
    else:
        pid = f"PID|1||«se.long»^^^SE^PN||{rng.choice(SV_L)}^{rng.choice(SV_F)}"
        lang = "sv"
    return (
        lang,
        f"MSH|^~\\&|ADT|H1|EPJ|H1|20261130{rng.randint(100000, 235959)}||ADT^A08|«n10»|P|2.5\n{pid}\nPV1|1|I|AFD{rng.randint(1, 40)}||||«n6»\nIN1|1|«n8»",
    )


def g_yaml_staff(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    out = ["staff:"]
    for _ in rows(rng, 2, 4):
        if lang == "da":
            out += [f"  - name: {da(rng)}", f'    cpr: "{cpr(rng)}"', "    employee_no: «d10»"]
        else:
            out += [f"  - name: {sv(rng)}", f'    pnr: "{se(rng)}"', "    employee_no: «l10»"]
    return lang, "\n".join(out)


def g_sql_insert(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    col = "cpr" if lang == "da" else "personnummer"
    vals = []
    for _ in rows(rng, 2, 5):
        name = da(rng) if lang == "da" else sv(rng)
        ident = (cpr(rng) if lang == "da" else se(rng)) if rng.random() < 0.8 else "NULL"
        q = ident if ident == "NULL" else f"'{ident}'"
        vals.append(f"  ('{'«d10»' if lang == 'da' else '«l10»'}', '{name}', {q})")
    return lang, f"INSERT INTO kunde (kundenr, navn, {col}) VALUES\n" + ",\n".join(vals) + ";"


def g_access_log(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    out = []
    for _ in rows(rng, 3, 6):
        ts = (
            f"2026-11-{rng.randint(10, 30)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
        )
        r = rng.random()
        if r < 0.45:
            ident = cpr(rng) if lang == "da" else se(rng)
            out.append(f"{ts} user=u{rng.randint(100, 999)} op=lookup subject={ident} ok")
        elif r < 0.75:
            out.append(
                f"{ts} user=u{rng.randint(100, 999)} op=export job={'«d10»' if lang == 'da' else '«l10»'} rows={rng.randint(1, 9999)}"
            )
        else:
            out.append(f"{ts} session={'«d10x»' if lang == 'da' else '«l10d»'} op=logout")
    return lang, "\n".join(out)


def g_markdown_contacts(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    out = ["| Navn | ID | Telefon |" if lang == "da" else "| Namn | ID | Telefon |", "|---|---|---|"]
    for _ in rows(rng, 2, 5):
        if lang == "da":
            ident = cpr(rng) if rng.random() < 0.6 else "kundenr. «d10»"
            out.append(f"| {da(rng)} | {ident} | «tel» |")
        else:
            ident = se(rng) if rng.random() < 0.6 else "kundnr «l10»"
            out.append(f"| {sv(rng)} | {ident} | «mob» |")
    return lang, "\n".join(out)


def g_json_export(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    items = []
    for _ in rows(rng, 2, 4):
        if lang == "da":
            items.append(f'{{"id":"«d10»","navn":"{da(rng)}","cpr":"{cpr(rng)}","cvr":"«cvr»"}}')
        else:
            items.append(f'{{"id":"«l10»","namn":"{sv(rng)}","pnr":"{se(rng)}","orgnr":"«org»"}}')
    return lang, "[" + ",".join(items) + "]"


def g_git_diff(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    ident = cpr(rng) if lang == "da" else se(rng)
    mask = "«mask»" if lang == "da" else "«smask»"
    ref = "«d10»" if lang == "da" else "«l10»"
    return lang, (
        f"diff --git a/seed.csv b/seed.csv\n--- a/seed.csv\n+++ b/seed.csv\n@@ -2,3 +2,3 @@\n"
        f" {ref},demo\n-{ident},{da(rng) if lang == 'da' else sv(rng)}\n+{mask},anonymiseret\n {ref},demo"
    )


def g_latex_table(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    out = ["\\begin{tabular}{ll}", "Navn & ID \\\\ \\hline" if lang == "da" else "Namn & ID \\\\ \\hline"]
    for _ in rows(rng, 2, 4):
        out.append(f"{da(rng)} & {cpr(rng)} \\\\" if lang == "da" else f"{sv(rng)} & {se(rng)} \\\\")
    out.append("\\end{tabular}")
    return lang, "\n".join(out)


def g_invoice_negatives(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        return "da", (
            f"Faktura «d10»\nCVR «cvr» · P-nr. «pnr» · SE-nr. «cvr»\nKundenr. «d10x»\nOrdre «d10»\n"
            f"Reg. {rng.randint(1000, 9999)} konto «d10»\nFI +71<«n15»+«n8»<\nTlf. «tel»"
        )
    return "sv", (
        "Faktura «l10»\nOrg.nr «org» · Momsreg.nr SE«n10»01\nKundnr «l10d»\nOrder «l10»\n"
        "Bankgiro «n4»-«n4» · OCR «ocr»\nTel «mob»"
    )


def g_mixed_roster(rng: random.Random) -> tuple[str, str]:
    out = ["Land\tNavn\tID\tBy"]
    for _ in rows(rng, 3, 6):
        c = rng.choice(["DK", "SE", "SE", "DK", "NO", "FI"])
        ident = {"DK": cpr(rng), "SE": se(rng), "NO": "«no»", "FI": "«fi»"}[c]
        city = {"DK": "Odense", "SE": "Malmö", "NO": "Bergen", "FI": "Turku"}[c]
        out.append(f"{c}\t{da(rng) if c in ('DK', 'NO') else sv(rng)}\t{ident}\t{city}")
    return rng.choice(["da", "sv"]), "\n".join(out)


def g_chat_ids(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        a, b = rng.choice(DA_F), rng.choice(DA_F)
        return "da", (
            f"[{rng.randint(8, 20)}:{rng.randint(10, 59)}] {a}: kan du sende dit cpr til forsikringen?\n"
            f"[{rng.randint(8, 20)}:{rng.randint(10, 59)}] {b}: {cpr(rng)}\n[..] {a}: og ordrenummeret?\n[..] {b}: «d10»"
        )
    a, b = rng.choice(SV_F), rng.choice(SV_F)
    return "sv", (
        f"[{rng.randint(8, 20)}:{rng.randint(10, 59)}] {a}: kan du skicka ditt pnr till försäkringen?\n"
        f"[{rng.randint(8, 20)}:{rng.randint(10, 59)}] {b}: {se(rng)}\n[..] {a}: och ordernumret?\n[..] {b}: «l10»"
    )


def g_running_numbers(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    head = "Løbenr.;Dato;Tekst;Beløb" if lang == "da" else "Löpnr;Datum;Text;Belopp"
    words = ["Varekøb", "Salg", "Husleje", "Løn"] if lang == "da" else ["Varuinköp", "Försäljning", "Hyra", "Lön"]
    out = [head]
    for _ in rows(rng, 4, 8):
        num = rng.choice(["«d10»", "«d10x»"]) if lang == "da" else rng.choice(["«l10»", "«l10d»"])
        out.append(f"{num};2026-11-{rng.randint(10, 30)};{rng.choice(words)};«amt»")
    return lang, "\n".join(out)


def g_fi_no_letters(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        return "fi", (
            f"Verohallinto - verokortti 2027\nNimi: {rng.choice(['Aatu', 'Helmi', 'Onni'])} {rng.choice(['Kallio', 'Peltonen', 'Hakala'])}\n"
            f"Henkilötunnus: «fi{rng.choice(['', '.alt'])}»\nAsiakasnumero «n10»\nPidätysprosentti {rng.randint(5, 35)} %"
        )
    return "no", (
        f"Skatteetaten - skattekort 2027\nNavn: {rng.choice(['Eirik', 'Liv', 'Tore'])} {rng.choice(['Haug', 'Lunde', 'Moe'])}\n"
        f"Fødselsnummer: «{rng.choice(['no', 'no', 'nod'])}»\nReferanse «n11»\nTabell 7{rng.randint(100, 199)}"
    )


def g_ocr_form(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        return "da", (
            f"ANSØGNlNG OM BOLlGSTØTTE (scannet)\nNavn: {da(rng)}\nCPR-nr.: {cpr(rng)}\n"
            f"Husstand: {rng.randint(1, 5)} pers.   Lejemål nr. «d10»\nUnderskrift: ________"
        )
    return "sv", (
        f"ANSÖKAN OM BOSTADSBlDRAG (inskannad)\nNamn: {sv(rng)}\nPersonnr: {se(rng)}\n"
        f"Hushåll: {rng.randint(1, 5)} pers.   Lägenhetsnr {rng.randint(1001, 1404)}, kontrakt «l10»"
    )


LAYOUTS: list[Callable[[random.Random], tuple[str, str]]] = [
    g_daycare_waitlist,
    g_pharmacy_batch,
    g_vet_chiplist,
    g_crew_manifest,
    g_pension_statement,
    g_building_neighbours,
    g_club_members,
    g_dental_recall,
    g_payroll_bureau,
    g_sie_lon,
    g_edifact_pnr,
    g_hl7_adt,
    g_yaml_staff,
    g_sql_insert,
    g_access_log,
    g_markdown_contacts,
    g_json_export,
    g_git_diff,
    g_latex_table,
    g_invoice_negatives,
    g_mixed_roster,
    g_chat_ids,
    g_running_numbers,
    g_fi_no_letters,
    g_ocr_form,
]
