"""Build benchmarks/data/redteam/identifiers.jsonl: Danish/Swedish business documents with national identifiers.

    python benchmarks/redteam/build_identifiers.py          # rewrites the committed set (seeded, reproducible)

True identifiers (DK_CPR, SE_PERSONNUMMER, FI_PERSONAL_IDENTITY_CODE, NO_FODSELSNUMMER) are labelled with the
exact span as written. Everything else that is a number (registry numbers, accounts, references, phones,
running numbers, tracking numbers) is deliberately left unlabelled: those are the hard negatives, and many of
them are drawn so that their digits read as a valid CPR date or a Luhn-valid personnummer.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from benchmarks.redteam import ids
from benchmarks.redteam.common import (
    DA_CITIES,
    DA_FIRMS,
    DA_STREETS,
    FI_FIRST,
    FI_LAST,
    NO_FIRST,
    NO_LAST,
    SV_CITIES,
    SV_FIRMS,
    SV_STREETS,
    Doc,
    build_args,
    da_name,
    email_of,
    firm_domain,
    sv_name,
    write_jsonl,
)

TODAY = dt.date(2026, 11, 30)
CPR, PNR, HETU, FNR = "DK_CPR", "SE_PERSONNUMMER", "FI_PERSONAL_IDENTITY_CODE", "NO_FODSELSNUMMER"


# --- written forms -----------------------------------------------------------------------------------


def cpr_text(rng: random.Random, digits: str | None = None, style: str | None = None) -> str:
    digits = digits or new_cpr(rng)
    style = style or rng.choices(["dash", "plain", "space", "endash"], [60, 25, 10, 5])[0]
    if style == "plain":
        return digits
    if style == "space":
        return f"{digits[:6]} {digits[6:]}"
    if style == "endash":
        return f"{digits[:6]}\u2013{digits[6:]}"
    return f"{digits[:6]}-{digits[6:]}"


def new_cpr(rng: random.Random, born: dt.date | None = None) -> str:
    """Mostly modulus-11 numbers; about one in eight without (issued since 2007: 1 January dates, newborns)."""
    if rng.random() < 0.88:
        return ids.make_cpr(rng, born)
    if born is None:
        kind = rng.random()
        if kind < 0.5:
            born = dt.date(rng.randint(1960, 1992), 1, 1)
        elif kind < 0.75:
            born = ids.random_birth_date(rng, 2007, 2025)
    return ids.make_cpr(rng, born, mod11=False)


def child_cpr(rng: random.Random) -> str:
    return cpr_text(rng, new_cpr(rng, ids.random_birth_date(rng, 2008, 2025)))


def pnr_text(rng: random.Random, twelve: str | None = None, form: str | None = None, coord: bool = False) -> str:
    twelve = twelve or ids.make_personnummer(rng, coordination=coord)
    forms = ids.pnr_forms(twelve, TODAY)
    form = form or rng.choices(["long_dash", "short_dash", "short", "long", "long_space"], [35, 35, 12, 13, 5])[0]
    return forms[form]


def old_pnr_text(rng: random.Random) -> str:
    born = ids.random_birth_date(rng, 1918, 1926)
    return ids.pnr_forms(ids.make_personnummer(rng, born), TODAY)["short_dash"]


def hetu_text(rng: random.Random) -> str:
    return ids.make_hetu(rng)


def fnr_text(rng: random.Random) -> str:
    digits = ids.make_fodselsnummer(rng, d_number=rng.random() < 0.15)
    return digits if rng.random() < 0.6 else f"{digits[:6]} {digits[6:]}"


def dk_phone(rng: random.Random) -> str:
    first = rng.choice("2345678")
    d = first + "".join(str(rng.randint(0, 9)) for _ in range(7))
    forms = [
        f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
        f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
        f"{d[:4]} {d[4:]}",
        d,
        f"+45{d}",
        f"(+45) {d[:4]} {d[4:]}",
        f"0045 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
        f"+45 {d[:4]} {d[4:]}",
    ]
    return rng.choice(forms)


def se_phone(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.55:
        d = "07" + rng.choice("02369") + "".join(str(rng.randint(0, 9)) for _ in range(7))
        forms = [
            f"{d[:3]}-{d[3:6]} {d[6:8]} {d[8:]}",
            f"{d[:3]} {d[3:6]} {d[6:8]} {d[8:]}",
            d,
            f"+46 {d[1:3]} {d[3:6]} {d[6:8]} {d[8:]}",
            f"+46 (0){d[1:3]}-{d[3:6]} {d[6:8]} {d[8:]}",
            f"+46{d[1:]}",
            f"0046 {d[1:3]} {d[3:]}",
            f"{d[:3]}-{d[3:]}",
        ]
    elif kind < 0.8:
        d = "".join(str(rng.randint(0, 9)) for _ in range(8))
        forms = [f"08-{d[:3]} {d[3:6]} {d[6:]}", f"08-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"]
        forms.append(f"08{d}")
    else:
        area = rng.choice(["031", "040", "018", "013", "019", "090", "046", "063", "010", "011", "054"])
        d = "".join(str(rng.randint(0, 9)) for _ in range(7))
        forms = [f"{area}-{d[:3]} {d[3:5]} {d[5:]}", f"{area}-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 {area[1:]} {d}"]
        forms.append(f"{area}{d}")
    return rng.choice(forms)


def dk_amount(rng: random.Random) -> str:
    v = rng.randint(100, 9_999_999) / 100
    whole = f"{int(v):,}".replace(",", ".")
    return f"{whole},{round(v * 100) % 100:02d}"


def se_amount(rng: random.Random) -> str:
    v = rng.randint(100, 9_999_999) / 100
    whole = f"{int(v):,}".replace(",", "\u00a0" if rng.random() < 0.2 else " ")
    return f"{whole},{round(v * 100) % 100:02d}"


def dk_date(rng: random.Random) -> str:
    d = ids.random_birth_date(rng, 2019, 2026)
    return rng.choice(
        [f"{d:%d.%m.%Y}", f"{d.day}. {MONTHS_DA[d.month - 1]} {d.year}", f"{d:%d-%m-%Y}", f"{d:%d/%m-%Y}"]
    )


def se_date(rng: random.Random) -> str:
    d = ids.random_birth_date(rng, 2019, 2026)
    return rng.choice([f"{d:%Y-%m-%d}", f"{d.day} {MONTHS_SV[d.month - 1]} {d.year}", f"{d:%Y%m%d}"])


MONTHS_DA = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]
MONTHS_SV = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]


def da_addr(rng: random.Random) -> str:
    pc, city = rng.choice(DA_CITIES)
    return f"{rng.choice(DA_STREETS)} {rng.randint(1, 140)}{rng.choice(['', '', ', 2. tv.', ', st. th.', 'B'])}, {pc} {city}"


def sv_addr(rng: random.Random) -> str:
    pc, city = rng.choice(SV_CITIES)
    return f"{rng.choice(SV_STREETS)} {rng.randint(1, 90)}{rng.choice(['', '', ' lgh 1102', 'A'])}, {pc} {city}"


CPR_LABELS = [
    "CPR-nr.: ",
    "CPR-nr. ",
    "CPR: ",
    "cpr.nr. ",
    "CPR nummer: ",
    "CPR-nummer ",
    "Cpr nr ",
    "personnummer: ",
    "Personnr. ",
    "P-nr. (CPR) ",
    "CPR ",
    "cpr: ",
    "Cpr-nr.:",
    "Fødselsdato/CPR: ",
    "CPR.NR.: ",
]
PNR_LABELS = [
    "Personnummer: ",
    "Personnr: ",
    "Pers.nr ",
    "PNR: ",
    "personnummer ",
    "Person-nr: ",
    "Pnr. ",
    "ÅÅMMDD-XXXX: ",
    "Personnummer (ÅÅÅÅMMDD-XXXX): ",
    "pers. nr. ",
    "Personnummer:",
    "Född/pnr: ",
]
COORD_LABELS = ["Samordningsnummer: ", "Samordningsnr ", "Samordningsnummer (saknar personnummer): "]


# --- Danish templates --------------------------------------------------------------------------------


def da_hr_letter(rng: random.Random) -> Doc:
    d = Doc("da")
    firm = rng.choice(DA_FIRMS)
    name = da_name(rng)
    d.t(f"{firm}\n{da_addr(rng)}\nCVR-nr. {ids.make_cvr(rng)}  ·  P-nr. {ids.make_p_number(rng)}\n\n")
    d.t(f"{name}\n{da_addr(rng)}\n\n{dk_date(rng)}\n\n")
    d.t(
        rng.choice(
            ["Ansættelsesbevis", "ANSÆTTELSESKONTRAKT", "Bekræftelse af ansættelse", "Tillæg til ansættelseskontrakt"]
        )
    )
    d.t("\n\nMedarbejder: " + name + "\n")
    d.t(rng.choice(CPR_LABELS)).lab(cpr_text(rng), CPR).t("\n")
    d.t(f"Medarbejdernr.: {rng.randint(1000, 99999)}\n")
    d.t(
        f"Tiltrædelse: {dk_date(rng)}\nStilling: {rng.choice(['bogholder', 'lagermedarbejder', 'jurist', 'lønkonsulent', 'projektleder', 'sekretær'])}\n"
    )
    d.t(f"Månedsløn: kr. {dk_amount(rng)} inkl. pension\n")
    d.t(f"Løn udbetales til reg.nr. {rng.randint(1000, 9999)} kontonr. {ids.date_like_ten(rng)}\n\n")
    d.t(
        rng.choice(
            [
                "Opsigelsesvarsel følger funktionærloven.",
                "Der henvises i øvrigt til personalehåndbogen.",
                "Kontrakten er udfærdiget i to eksemplarer.",
            ]
        )
    )
    d.t(f"\n\nMed venlig hilsen\n{da_name(rng)}\nHR-partner, {firm}\nDirekte {dk_phone(rng)}\n")
    return d


def da_payslip(rng: random.Random) -> Doc:
    d = Doc("da")
    firm = rng.choice(DA_FIRMS)
    name = da_name(rng)
    d.t(f"LØNSEDDEL  {firm}  CVR {ids.make_cvr(rng)}\n")
    d.t(
        f"Periode: {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026 - {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026\n"
    )
    d.t(f"Lønnr. {rng.randint(100, 9999)}   {name}   ")
    if rng.random() < 0.5:
        d.t(rng.choice(["CPR ", "Cpr.nr. ", ""])).lab(cpr_text(rng), CPR)
    else:
        d.t("CPR-nr. ").lab(cpr_text(rng, style="dash"), CPR)
    d.t(f"\nAfd. {rng.randint(10, 99)}  Skattekort: hovedkort  Trækprocent {rng.randint(30, 45)} %\n\n")
    d.t("Tekst                     Antal      Sats        Beløb\n")
    for item in rng.sample(
        [
            "Månedsløn",
            "Overtid 50%",
            "Fritvalgskonto",
            "Pension egen",
            "Pension firma",
            "ATP",
            "AM-bidrag",
            "A-skat",
            "Personalegode",
            "Sygeløn",
        ],
        5,
    ):
        d.t(f"{item:<25} {rng.randint(1, 160):>5},00  {dk_amount(rng):>10}  {dk_amount(rng):>12}\n")
    d.t(f"\nUdbetalt: {dk_amount(rng)} til konto {rng.randint(1000, 9999)}-{ids.date_like_ten(rng)}\n")
    d.t(f"Feriepenge optjent: {dk_amount(rng)}   Ferietimer: {rng.randint(1, 200)},{rng.randint(0, 99):02d}\n")
    return d


def da_email(rng: random.Random) -> Doc:
    d = Doc("da")
    firm = rng.choice(DA_FIRMS)
    dom = firm_domain(firm, "dk")
    sender, other = da_name(rng), da_name(rng)
    d.t(f"Fra: {sender} <{email_of(sender, dom)}>\nTil: {email_of(other, 'kunde-mail.dk')}\n")
    d.t(
        f"Emne: {rng.choice(['Manglende oplysninger', 'SV: Lønindberetning', 'Vedr. din sag', 'Opfølgning på møde', 'Dokumenter til skattesag'])}\n\n"
    )
    d.t(f"Hej {other.split()[0]}\n\n")
    mode = rng.random()
    if mode < 0.35:
        d.t(
            rng.choice(
                [
                    "Tak for snakken i går. Jeg mangler stadig dit cpr for at kunne oprette dig i lønsystemet - du skrev ",
                    "Vi har fået oplysningerne fra kommunen. Barnets CPR er ",
                    "Ang. børnetilskud - barnets cpr.nr. er ",
                    "Kan du bekræfte at det er det rigtige nummer: ",
                    "Som aftalt sender jeg her oplysningerne. Min ægtefælles cpr-nummer er ",
                ]
            )
        )
        d.lab(child_cpr(rng) if "barnets" in d.text.lower() else cpr_text(rng), CPR)
        d.t(rng.choice([".", " - giv lyd hvis det ikke passer.", ", og hans er ", "?"]))
        if d.text.endswith("hans er "):
            d.lab(cpr_text(rng), CPR).t(".")
        d.t("\n\n")
    elif mode < 0.55:
        d.t(
            f"Ordren er afsendt. Ordrenr. {ids.date_like_ten(rng)}, pakkenummer {rng.randint(10**10, 10**11 - 1)} (GLS).\n"
        )
        d.t(f"Fakturaen (nr. {rng.randint(20240000, 20269999)}) kommer separat. Beløb: kr. {dk_amount(rng)}.\n\n")
    elif mode < 0.75:
        d.t(
            f"Vi har registreret din henvendelse under sagsnr. {ids.date_like_ten(rng)[:6]}-{rng.randint(1, 9999):04d}. "
        )
        d.t(
            f"Ring gerne på {dk_phone(rng)} hvis du har spørgsmål, eller skriv til os med sagsnummeret i emnefeltet.\n\n"
        )
    else:
        d.t("Her er listen over deltagere til kurset:\n")
        for _ in range(rng.randint(2, 5)):
            d.t(f"- {da_name(rng)}, ").lab(cpr_text(rng), CPR).t(f", tlf. {dk_phone(rng)}\n")
        d.t("\n")
    d.t(
        f"Venlig hilsen\n\n{sender}\n{rng.choice(['Revisor', 'Lønansvarlig', 'Advokatsekretær', 'Bogholder'])}\n{firm}\n"
    )
    d.t(
        f"{rng.choice(['T', 'Tlf.', 'Telefon', 'Mobil', 'M'])}: {dk_phone(rng)}\n{rng.choice(['CVR', 'CVR-nr.', 'Cvr.nr.'])} {ids.make_cvr(rng)}\n"
    )
    return d


def csv_rows(rng: random.Random, d: Doc, sep: str, header: bool, mix: float) -> None:
    if header:
        d.t(
            sep.join(
                rng.choice(
                    [
                        ["Navn", "CPR", "Email", "By"],
                        ["navn", "cpr_nr", "mail", "postnr_by"],
                        ["Name", "ID", "E-mail", "City"],
                        ["Medarbejder", "Personnummer", "E-mail", "Arbejdssted"],
                    ]
                )
            )
            + "\n"
        )
    for _ in range(rng.randint(3, 14)):
        if rng.random() < mix:
            name = sv_name(rng)
            pc, city = rng.choice(SV_CITIES)
            d.t(name + sep).lab(pnr_text(rng, form=rng.choice(["short_dash", "long_dash", "long"])), PNR)
            d.t(
                f"{sep}{email_of(name, rng.choice(['telia.se', 'gmail.com', 'bredband.net', 'firma.se']))}{sep}{city}\n"
            )
        else:
            name = da_name(rng)
            pc, city = rng.choice(DA_CITIES)
            d.t(name + sep).lab(cpr_text(rng, style=rng.choice(["dash", "plain"])), CPR)
            d.t(
                f"{sep}{email_of(name, rng.choice(['gmail.com', 'mail.dk', 'jubii.dk', 'firma.dk']))}{sep}{pc} {city}\n"
            )


def da_csv(rng: random.Random) -> Doc:
    d = Doc("da")
    d.t(
        rng.choice(
            ["Eksport fra lønsystem\n", "", "Deltagerliste (udtræk)\n", "Kopi af regneark: medarbejdere Øresund\n"]
        )
    )
    csv_rows(rng, d, rng.choice([";", "\t", ",", ";"]), rng.random() < 0.75, rng.choice([0.0, 0.0, 0.3, 0.5]))
    if rng.random() < 0.5:
        d.t(f"\nCVR-nr: {ids.make_cvr(rng)}\nUdtrukket {dk_date(rng)} af {da_name(rng)}\n")
    return d


def da_running_numbers(rng: random.Random) -> Doc:
    d = Doc("da")
    col = rng.choice(
        ["Løbenr.", "Løbenummer", "Bilagsnr.", "Ordrenr.", "Kundenr.", "Fakturanr.", "Transaktions-ID", "Journalnr."]
    )
    d.t(
        rng.choice(["Bogføringsliste", "Udtræk af ordrer", "Kassekladde", "Bilagsoversigt", "Debitorliste"])
        + f" {dk_date(rng)}\n\n"
    )
    d.t(f"{col:<16}Dato        Tekst                          Beløb\n")
    person_col = rng.random() < 0.3
    for _ in range(rng.randint(6, 18)):
        num = ids.date_like_ten(rng) if rng.random() < 0.8 else str(rng.randint(10**9, 10**10 - 1))
        d.t(f"{num:<16}{dk_date(rng):<17} ")
        if person_col:
            name = da_name(rng)
            d.t(f"{name} (").lab(cpr_text(rng), CPR).t(")")
            d.t(" " * max(1, 30 - len(name) - 14))
        else:
            d.t(
                f"{rng.choice(['Varekøb', 'Husleje', 'Kontorartikler', 'Rejseudgifter', 'Forsikring', 'Konsulentydelse', 'Leasing']):<31}"
            )
        d.t(f"{dk_amount(rng):>12}\n")
    d.t(f"\nI alt: kr. {dk_amount(rng)}\n")
    return d


def da_invoice(rng: random.Random) -> Doc:
    d = Doc("da")
    firm = rng.choice(DA_FIRMS)
    d.t(f"{firm}\n{da_addr(rng)}\nCVR {ids.make_cvr(rng)} · SE-nr. {ids.make_cvr(rng)}\n\n")
    d.t(f"FAKTURA\nFakturanr.: {ids.date_like_ten(rng) if rng.random() < 0.6 else rng.randint(10000, 999999)}\n")
    d.t(f"Fakturadato: {dk_date(rng)}\nOrdrenr.: {ids.date_like_ten(rng)}\nKundenr.: {rng.randint(10000, 9999999)}\n")
    if rng.random() < 0.4:
        d.t(f"EAN-nr.: {ids.make_ean13(rng, '5798')}\n")
    if rng.random() < 0.35:
        name = da_name(rng)
        d.t(f"\nPatient/kunde: {name}, {rng.choice(['cpr ', 'CPR-nr. ', '', 'Cpr: '])}").lab(cpr_text(rng), CPR).t("\n")
    d.t("\nVarenr.      Beskrivelse                 Antal     Pris\n")
    for _ in range(rng.randint(2, 6)):
        d.t(
            f"{ids.make_ean13(rng)}  {rng.choice(['Tonerpatron', 'Ryglæn', 'Skrivebord', 'Timeforbrug', 'Kabel 5m', 'Licens'])}{' ' * 14}{rng.randint(1, 20):>3}  {dk_amount(rng):>10}\n"
        )
    d.t(f"\nI alt ekskl. moms: {dk_amount(rng)}\nMoms 25 %: {dk_amount(rng)}\nAt betale DKK {dk_amount(rng)}\n\n")
    d.t(f"Betaling: reg.nr. {rng.randint(1000, 9999)} konto {ids.date_like_ten(rng)}")
    d.t(f" eller FI-kort +71<{rng.randint(10**14, 10**15 - 1)}+{ids.make_cvr(rng)}<\n")
    d.t(f"IBAN {ids.group4(ids.make_iban_dk(rng))}  BIC DABADKKK\n")
    return d


def da_case(rng: random.Random) -> Doc:
    d = Doc("da")
    d.t(
        f"{rng.choice(['Sagsnr.', 'Sag nr.', 'J.nr.', 'Journalnummer', 'Vores ref.'])} {ids.date_like_ten(rng)[:6]}-{rng.randint(1, 9999):04d}\n"
    )
    d.t(f"{rng.choice(['Sagsbehandler', 'Ansvarlig', 'Sagsansvarlig'])}: {da_name(rng)}, tlf. {dk_phone(rng)}\n\n")
    who = da_name(rng)
    d.t(f"{rng.choice(['Borger', 'Part', 'Klient', 'Ansøger', 'Skadelidte'])}: {who}\n")
    label = rng.choice([*CPR_LABELS, "", "", ""])
    d.t(label).lab(cpr_text(rng), CPR).t(f"\nAdresse: {da_addr(rng)}\n\n")
    d.t(
        rng.choice(
            [
                f"Sagen vedrører ansøgning om tilskud modtaget {dk_date(rng)}. ",
                f"Der er den {dk_date(rng)} afholdt møde med parten. ",
                f"Klienten har oplyst, at boligen er fraflyttet {dk_date(rng)}. ",
            ]
        )
    )
    if rng.random() < 0.4:
        other = da_name(rng)
        d.t(f"Ægtefællen {other} (").lab(cpr_text(rng), CPR).t(") deltog også. ")
    d.t(f"Tidligere sag {rng.randint(2015, 2025)}-{rng.randint(100, 99999)} er afsluttet.\n")
    d.t(
        f"Bilag: {rng.randint(2, 12)} stk., modtaget pr. e-Boks {dk_date(rng)} kl. {rng.randint(7, 17):02d}.{rng.randint(0, 59):02d}\n"
    )
    return d


def da_tracking(rng: random.Random) -> Doc:
    d = Doc("da")
    d.t(rng.choice(["Din pakke er på vej!\n\n", "Forsendelsesbekræftelse\n\n", "Leveringsadvisering\n\n"]))
    d.t(f"Ordrenummer: {ids.date_like_ten(rng)}\n")
    d.t(
        f"{rng.choice(['Pakkenummer', 'Trackingnummer', 'Stregkode', 'Forsendelsesnr.'])}: {rng.choice([ids.date_like_ten(rng), '00' + str(rng.randint(10**17, 10**18 - 1)), str(rng.randint(10**10, 10**11 - 1))])}\n"
    )
    d.t(f"DHL Waybill: {ids.date_like_ten(rng)}\nVægt: {rng.randint(1, 30)},{rng.randint(0, 9)} kg\n")
    d.t(f"Afhentes i pakkeshop senest {dk_date(rng)}. Afhentningskode: {rng.randint(100000, 999999)}\n")
    d.t(f"Spørgsmål? Ring {dk_phone(rng)} eller svar på denne mail.\n")
    return d


def da_phone_list(rng: random.Random) -> Doc:
    d = Doc("da")
    d.t(rng.choice(["Telefonliste - kontoret\n", "Vagtplan og telefonnumre\n", "Kontaktliste\n"]))
    d.t("Navn                  Lokal   Mobil                Direkte\n")
    for _ in range(rng.randint(5, 14)):
        name = da_name(rng)
        d.t(f"{name:<22}{rng.randint(200, 899):<8}{dk_phone(rng):<21}{dk_phone(rng)}\n")
    d.t(f"\nHovednummer {dk_phone(rng)} · Omstilling åben 8-16\n")
    return d


def da_form(rng: random.Random) -> Doc:
    d = Doc("da")
    d.t(
        rng.choice(
            [
                "Tilmeldingsblanket\n",
                "Ændring af personoplysninger\n",
                "Blanket: Udbetaling af feriepenge\n",
                "Anmodning om skattekort\n",
            ]
        )
    )
    name = da_name(rng)
    fields = [
        ("Navn", name),
        ("Adresse", da_addr(rng)),
        ("Telefon", dk_phone(rng)),
        ("E-mail", email_of(name, "mail.dk")),
    ]
    rng.shuffle(fields)
    pos = rng.randint(0, len(fields))
    for i, (k, v) in enumerate(fields):
        if i == pos:
            d.t(
                rng.choice(["CPR-nummer", "CPR nr.", "Personnummer", "CPR (10 cifre)"]) + rng.choice([": ", ":\t", " "])
            )
            d.lab(cpr_text(rng), CPR).t("\n")
        d.t(f"{k}: {v}\n")
    if pos == len(fields):
        d.t("CPR-nr.: ").lab(cpr_text(rng), CPR).t("\n")
    d.t(f"Dato: {dk_date(rng)}   Underskrift: ______________\n")
    return d


def da_bank(rng: random.Random) -> Doc:
    d = Doc("da")
    d.t(rng.choice(["Kontoudtog\n", "Betalingsoversigt\n", "Overførselskvittering\n"]))
    d.t(f"Konto: {rng.randint(1000, 9999)} {ids.date_like_ten(rng)}\n")
    for _ in range(rng.randint(4, 10)):
        d.t(
            f"{dk_date(rng):<14}{rng.choice(['Dankort-køb', 'Overførsel', 'Betalingsservice', 'MobilePay', 'Løn', 'Husleje']):<20}"
        )
        d.t(
            f"{rng.choice(['', 'Ref. ' + ids.date_like_ten(rng), 'PBS-nr. ' + str(rng.randint(10**7, 10**8 - 1)), 'Kort ****' + str(rng.randint(1000, 9999))]):<22}{dk_amount(rng):>12}\n"
        )
    d.t(f"Saldo: {dk_amount(rng)}\n")
    return d


def da_insurance(rng: random.Random) -> Doc:
    d = Doc("da")
    d.t(f"{rng.choice(['Skadesanmeldelse', 'Policeoversigt', 'Ændring af forsikring'])}\n")
    d.t(f"Policenr.: {ids.date_like_ten(rng)}\nSkadenr.: {rng.randint(2020, 2026)}-{rng.randint(10000, 99999)}\n")
    d.t(f"Forsikringstager: {da_name(rng)}, ")
    d.t(rng.choice(["cpr. ", "CPR-nr. ", "født ", ""]))
    d.lab(cpr_text(rng), CPR)
    d.t(
        f"\nRegistreringsnr.: {rng.choice('ABCDEFG')}{rng.choice('ABCDEFG')} {rng.randint(10, 99)} {rng.randint(100, 999)}\n"
    )
    d.t(f"Skadedato: {dk_date(rng)}   Beløb: kr. {dk_amount(rng)}\n")
    d.t(f"Spørgsmål: {dk_phone(rng)}\n")
    return d


def da_meeting(rng: random.Random) -> Doc:
    d = Doc("da")
    d.t(f"Referat af {rng.choice(['teammøde', 'styregruppemøde', 'personalemøde', 'statusmøde'])} {dk_date(rng)}\n")
    d.t(f"Deltagere: {', '.join(da_name(rng) for _ in range(rng.randint(2, 5)))}\n\n")
    d.t(f"1. Godkendelse af dagsorden\n2. Status på projekt {rng.randint(2024, 2026)}-{rng.randint(10, 999)}\n")
    d.t(f"   Budget kr. {dk_amount(rng)}; forbrugt {rng.randint(10, 95)} %.\n")
    if rng.random() < 0.5:
        d.t("3. Personalesag: ny medarbejder ")
        name = da_name(rng)
        d.t(f"{name} ").lab(cpr_text(rng), CPR).t(" starter 1. " + rng.choice(MONTHS_DA) + ".\n")
    else:
        d.t(f"3. Leverandør (CVR {ids.make_cvr(rng)}, P-nr. {ids.make_p_number(rng)}) udskiftes.\n")
    d.t(f"4. Eventuelt. Næste møde: {dk_date(rng)} kl. 10.00, lokale {rng.randint(1, 4)}.{rng.randint(10, 40)}\n")
    return d


def da_log(rng: random.Random) -> Doc:
    d = Doc("da")
    for _ in range(rng.randint(4, 12)):
        ts = f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
        r = rng.random()
        if r < 0.25:
            d.t(f"{ts} INFO opslag bruger={rng.randint(1000, 9999)} ").t(rng.choice(["cpr=", "CPR=", "cprnr:"])).lab(
                cpr_text(rng, style="plain"), CPR
            ).t(" status=200\n")
        elif r < 0.5:
            d.t(f"{ts} INFO GET /api/ordre/{ids.date_like_ten(rng)} 200 {rng.randint(3, 900)}ms\n")
        else:
            d.t(
                f"{ts} WARN job={rng.randint(10**9, 10**10 - 1)} session={ids.date_like_ten(rng)} retry={rng.randint(1, 5)}\n"
            )
    return d


def da_p_numbers(rng: random.Random) -> Doc:
    d = Doc("da")
    firm = rng.choice(DA_FIRMS)
    d.t(f"Produktionsenheder for {firm} (CVR {ids.make_cvr(rng)})\n\n")
    for _ in range(rng.randint(2, 6)):
        pc, city = rng.choice(DA_CITIES)
        d.t(
            f"{rng.choice(['P-nr.', 'P-nummer', 'P-enhed', 'Pnr.'])} {ids.make_p_number(rng)}  {rng.choice(DA_STREETS)} {rng.randint(1, 99)}, {pc} {city}\n"
        )
    d.t(f"\nKontakt: {da_name(rng)}, {dk_phone(rng)}\n")
    return d


def da_pension(rng: random.Random) -> Doc:
    d = Doc("da")
    name = da_name(rng)
    d.t(f"Pensionsoversigt pr. {dk_date(rng)}\n\n{name}\n{da_addr(rng)}\n\n")
    d.t(rng.choice(["Dit CPR-nr.: ", "CPR ", "Kunde (cpr): ", "Vedr. "])).lab(cpr_text(rng), CPR)
    d.t(f"   Policenr. {ids.date_like_ten(rng)}\n\n")
    d.t(f"Opsparing i alt: kr. {dk_amount(rng)}\nIndbetalt i år: kr. {dk_amount(rng)}\n")
    if rng.random() < 0.5:
        d.t("Begunstiget: ")
        d.t(f"{da_name(rng)} (").lab(cpr_text(rng), CPR).t(")\n")
    d.t(f"\nSpørgsmål? Ring på {dk_phone(rng)} hverdage 8-16.\n")
    return d


# --- Swedish templates -------------------------------------------------------------------------------


def sv_contract(rng: random.Random) -> Doc:
    d = Doc("sv")
    firm = rng.choice(SV_FIRMS)
    name = sv_name(rng)
    d.t(f"{rng.choice(['ANSTÄLLNINGSAVTAL', 'Anställningsbevis', 'Avtal om tidsbegränsad anställning'])}\n\n")
    d.t(f"Arbetsgivare: {firm}, org.nr {ids.make_se_orgnr(rng)}\n{sv_addr(rng)}\n\n")
    d.t(f"Arbetstagare: {name}\n")
    if rng.random() < 0.12:
        d.t(rng.choice(COORD_LABELS)).lab(pnr_text(rng, coord=True), PNR).t("\n")
    else:
        d.t(rng.choice(PNR_LABELS)).lab(pnr_text(rng), PNR).t("\n")
    d.t(f"Adress: {sv_addr(rng)}\nTelefon: {se_phone(rng)}\n\n")
    d.t(
        f"Tillträdesdag: {se_date(rng)}\nBefattning: {rng.choice(['redovisningskonsult', 'lagerarbetare', 'jurist', 'löneadministratör', 'säljare'])}\n"
    )
    d.t(
        f"Månadslön: {se_amount(rng)} kr\nLön betalas till clearingnr {rng.randint(3000, 9999)}, kontonr {rng.randint(10**8, 10**9 - 1)}\n"
    )
    d.t(
        f"Kollektivavtal: {rng.choice(['Tjänstemannaavtalet', 'Handelsavtalet', 'inget'])}\n\nOrt och datum: {rng.choice(SV_CITIES)[1]}, {se_date(rng)}\n"
    )
    return d


def sv_payslip(rng: random.Random) -> Doc:
    d = Doc("sv")
    firm = rng.choice(SV_FIRMS)
    d.t(f"LÖNESPECIFIKATION  {firm}  Org.nr {ids.make_se_orgnr(rng)}\n")
    d.t(f"Anst.nr {rng.randint(100, 99999)}   {sv_name(rng)}   ")
    d.t(rng.choice(["Pnr ", "Personnr ", "", "Personnummer "])).lab(pnr_text(rng), PNR)
    d.t(f"\nUtbetalningsdag {se_date(rng)}   Skattetabell {rng.randint(29, 36)}  Kolumn 1\n\n")
    for item in rng.sample(
        [
            "Månadslön",
            "Övertid",
            "Sjukavdrag",
            "Semesterersättning",
            "Förmån bil",
            "Preliminärskatt",
            "Traktamente",
            "OB-tillägg",
        ],
        5,
    ):
        d.t(f"{item:<22}{rng.randint(1, 170):>4}  {se_amount(rng):>12}\n")
    d.t(f"\nNettolön {se_amount(rng)} kr till konto {rng.randint(3000, 9999)}-{rng.randint(10**6, 10**10 - 1)}\n")
    return d


def sv_email(rng: random.Random) -> Doc:
    d = Doc("sv")
    firm = rng.choice(SV_FIRMS)
    dom = firm_domain(firm, "se")
    sender, other = sv_name(rng), sv_name(rng)
    d.t(
        f"Från: {sender} <{email_of(sender, dom)}>\nTill: {email_of(other, rng.choice(['telia.com', 'gmail.com', 'outlook.com']))}\n"
    )
    d.t(
        f"Ämne: {rng.choice(['Sv: Underlag deklaration', 'Komplettering', 'Ang. ditt ärende', 'Lönefil november', 'VB: Kontrakt'])}\n\n"
    )
    d.t(f"Hej {other.split()[0]}!\n\n")
    mode = rng.random()
    if mode < 0.4:
        d.t(
            rng.choice(
                [
                    "Tack för senast. För att vi ska kunna registrera dig behöver vi ditt personnummer, du angav ",
                    "Jag har kontrollerat uppgifterna mot Skatteverket och personnumret stämmer: ",
                    "Vi har tagit emot ansökan för ",
                    "Kan du kolla om det här är rätt: ",
                    "Min sambos personnummer är ",
                ]
            )
        )
        d.lab(pnr_text(rng), PNR).t(rng.choice([".", ". Hör av dig om något är fel.", "?", ", och barnets är "]))
        if d.text.endswith("barnets är "):
            d.lab(pnr_text(rng, twelve=ids.make_personnummer(rng, ids.random_birth_date(rng, 2010, 2024))), PNR).t(".")
        d.t("\n\n")
    elif mode < 0.6:
        d.t(f"Fakturan är skickad. Fakturanummer {ids.date_like_luhn_ten(rng)}, OCR {ids.make_ocr(rng, 10)}, ")
        d.t(f"bankgiro {ids.make_bankgiro(rng)}. Förfallodag {se_date(rng)}, belopp {se_amount(rng)} kr.\n\n")
    elif mode < 0.8:
        d.t(f"Ditt ärende har fått diarienummer {rng.randint(2020, 2026)}-{rng.randint(1, 99999):05d}. ")
        d.t(f"Ring oss på {se_phone(rng)} om du undrar något, eller svara på detta mejl.\n\n")
    else:
        d.t("Här är deltagarlistan:\n")
        for _ in range(rng.randint(2, 5)):
            d.t(f"{sv_name(rng)}, ").lab(pnr_text(rng), PNR).t(f", mobil {se_phone(rng)}\n")
        d.t("\n")
    d.t(
        f"Med vänliga hälsningar\n{sender}\n{rng.choice(['Redovisningskonsult', 'Lönespecialist', 'Jurist', 'Ekonomiassistent'])} | {firm}\n"
    )
    d.t(f"{rng.choice(['Mobil', 'Tel', 'Direkt', 'Växel'])}: {se_phone(rng)}\nOrg.nr: {ids.make_se_orgnr(rng)}\n")
    return d


def sv_invoice(rng: random.Random) -> Doc:
    d = Doc("sv")
    firm = rng.choice(SV_FIRMS)
    org = ids.make_se_orgnr(rng)
    d.t(f"{firm}\n{sv_addr(rng)}\n\nFAKTURA\n")
    d.t(f"Fakturanummer: {ids.date_like_luhn_ten(rng) if rng.random() < 0.6 else rng.randint(1000, 99999)}\n")
    d.t(f"Fakturadatum: {se_date(rng)}\nKundnummer: {ids.date_like_luhn_ten(rng)}\nEr referens: {sv_name(rng)}\n")
    if rng.random() < 0.3:
        d.t("Kund: ").t(f"{sv_name(rng)}, ").lab(pnr_text(rng), PNR).t(" (ROT-avdrag)\n")
    d.t("\n")
    for _ in range(rng.randint(2, 5)):
        d.t(
            f"{rng.choice(['Arbete', 'Material', 'Resekostnad', 'Konsulttimmar', 'Hyra'])}{' ' * 12}{rng.randint(1, 40):>3} st  {se_amount(rng):>12}\n"
        )
    d.t(f"\nMoms 25 %: {se_amount(rng)}\nAtt betala: {se_amount(rng)} SEK\n\n")
    d.t(
        f"OCR-nummer: {rng.choice([ids.date_like_luhn_ten(rng), ids.make_ocr(rng)])}\nBankgiro: {ids.make_bankgiro(rng)}\n"
    )
    if rng.random() < 0.5:
        d.t(f"Plusgiro: {ids.make_plusgiro(rng)}\n")
    d.t(f"Org.nr {org}  Momsreg.nr SE{org.replace('-', '')}01  F-skatt\n")
    d.t(f"IBAN {ids.group4(ids.make_iban_se(rng))}\n")
    return d


def sv_csv(rng: random.Random) -> Doc:
    d = Doc("sv")
    sep = rng.choice([";", "\t", ","])
    if rng.random() < 0.75:
        d.t(
            sep.join(
                rng.choice(
                    [
                        ["Namn", "Personnummer", "E-post", "Ort"],
                        ["namn", "pnr", "epost", "ort"],
                        ["Name", "ID", "Email", "City"],
                    ]
                )
            )
            + "\n"
        )
    mix = rng.choice([0.0, 0.0, 0.3, 0.5])
    for _ in range(rng.randint(3, 14)):
        if rng.random() < mix:
            name = da_name(rng)
            _pc, city = rng.choice(DA_CITIES)
            d.t(name + sep).lab(cpr_text(rng, style=rng.choice(["dash", "plain"])), CPR)
            d.t(f"{sep}{email_of(name, rng.choice(['mail.dk', 'firma.dk', 'jubii.dk']))}{sep}{city}\n")
        else:
            name = sv_name(rng)
            _pc, city = rng.choice(SV_CITIES)
            d.t(name + sep).lab(pnr_text(rng, form=rng.choice(["short_dash", "long_dash", "long", "short"])), PNR)
            d.t(f"{sep}{email_of(name, rng.choice(['telia.com', 'bredband.net', 'firma.se']))}{sep}{city}\n")
    return d


def sv_member_list(rng: random.Random) -> Doc:
    d = Doc("sv")
    col = rng.choice(["Medlemsnr", "Kundnr", "Löpnummer", "Verifikationsnr", "Ordernummer", "Ärendenr"])
    d.t(
        f"{rng.choice(['Medlemsregister', 'Kundlista', 'Verifikationslista', 'Orderlista'])} {se_date(rng)}\n{col}\tNamn\tBelopp\n"
    )
    with_pnr = rng.random() < 0.3
    for _ in range(rng.randint(6, 16)):
        d.t(
            f"{ids.date_like_luhn_ten(rng) if rng.random() < 0.5 else rng.randint(10**9, 10**10 - 1)}\t{sv_name(rng)}\t"
        )
        if with_pnr:
            d.lab(pnr_text(rng), PNR).t("\t")
        d.t(f"{se_amount(rng)}\n")
    return d


def sv_case(rng: random.Random) -> Doc:
    d = Doc("sv")
    d.t(
        f"{rng.choice(['Dnr', 'Diarienummer', 'Ärendenummer', 'Vårt dnr'])} {rng.choice([f'{rng.randint(2020, 2026)}/{rng.randint(1, 9999)}', f'KS {rng.randint(2020, 2026)}-{rng.randint(1, 999):03d}', ids.date_like_luhn_ten(rng)[:6] + '-' + str(rng.randint(1000, 9999))])}\n"
    )
    d.t(f"Handläggare: {sv_name(rng)}, tfn {se_phone(rng)}\n\n")
    d.t(f"{rng.choice(['Sökande', 'Klient', 'Part', 'Den enskilde', 'Brukare'])}: {sv_name(rng)}, ")
    if rng.random() < 0.15:
        d.t(rng.choice(COORD_LABELS).lower()).lab(pnr_text(rng, coord=True), PNR)
    else:
        d.t(rng.choice([*PNR_LABELS, "", ""]).lower()).lab(pnr_text(rng), PNR)
    d.t(f"\nFolkbokföringsadress: {sv_addr(rng)}\n\n")
    d.t(
        rng.choice(
            [
                f"Ansökan inkom {se_date(rng)}. Komplettering begärd.",
                f"Möte hölls {se_date(rng)} med den enskilde och god man.",
                f"Beslut fattat {se_date(rng)} enligt delegationsordning punkt {rng.randint(1, 20)}.{rng.randint(1, 9)}.",
            ]
        )
    )
    if rng.random() < 0.3:
        d.t(" God man: ").t(f"{sv_name(rng)} (").lab(pnr_text(rng), PNR).t(").")
    d.t("\n")
    return d


def sv_pension(rng: random.Random) -> Doc:
    d = Doc("sv")
    d.t(f"Pensionsbesked {se_date(rng)}\n\n{sv_name(rng)}\n")
    d.t(rng.choice(["Personnummer ", "Pnr ", ""])).lab(old_pnr_text(rng) if rng.random() < 0.5 else pnr_text(rng), PNR)
    d.t(f"\n\nAllmän pension per månad: {se_amount(rng)} kr\nTjänstepension: {se_amount(rng)} kr\n")
    d.t(
        f"Utbetalas den {rng.randint(18, 20)}:e varje månad till konto {rng.randint(3000, 9999)}-{rng.randint(10**6, 10**9)}\n"
    )
    d.t(f"Frågor: {se_phone(rng)}\n")
    return d


def sv_tracking(rng: random.Random) -> Doc:
    d = Doc("sv")
    d.t(rng.choice(["Ditt paket är på väg\n\n", "Leveransavisering\n\n", "Avisering: försändelse\n\n"]))
    d.t(
        f"Kollinummer: {rng.choice(['00' + str(rng.randint(10**17, 10**18 - 1)), ids.date_like_luhn_ten(rng), 'RR' + str(rng.randint(10**8, 10**9 - 1)) + 'SE'])}\n"
    )
    d.t(f"Sändnings-ID: {ids.date_like_luhn_ten(rng)}\nOrdernummer: {ids.date_like_luhn_ten(rng)}\n")
    d.t(
        f"Upphämtningskod: {rng.randint(1000, 9999)}\nHämta senast {se_date(rng)} hos ombud. Kundtjänst {se_phone(rng)}\n"
    )
    return d


def sv_phone_list(rng: random.Random) -> Doc:
    d = Doc("sv")
    d.t(rng.choice(["Telefonlista\n", "Kontaktlista jourhavande\n", "Internkatalog\n"]))
    for _ in range(rng.randint(5, 14)):
        d.t(f"{sv_name(rng)}\t{rng.choice(['Mobil', 'Mob', 'Tel', 'Direkt', ''])} {se_phone(rng)}\t{se_phone(rng)}\n")
    return d


def sv_chat(rng: random.Random) -> Doc:
    d = Doc("sv")
    d.t(f"Chattlogg kundtjänst {se_date(rng)}\n")
    d.t("Agent: Hej och välkommen! Vad gäller ditt ärende?\nKund: Hej, jag vill ändra min adress. ")
    d.t(rng.choice(["Mitt personnummer är ", "personnummer ", "Det är ", "pnr: "])).lab(pnr_text(rng), PNR).t("\n")
    d.t(
        f"Agent: Tack. Jag ser att du har kundnummer {ids.date_like_luhn_ten(rng)}. Vilket telefonnummer når vi dig på?\n"
    )
    d.t(f"Kund: {se_phone(rng)}\nAgent: Toppen, ärendet har nummer {rng.randint(10**6, 10**7 - 1)}.\n")
    return d


def sv_bank_accounts(rng: random.Random) -> Doc:
    d = Doc("sv")
    d.t("Utbetalningsuppgifter\n")
    for _ in range(rng.randint(3, 8)):
        d.t(f"{sv_name(rng)}: clearingnr {rng.randint(3000, 9999)}{rng.choice(['', '-' + str(rng.randint(0, 9))])}, ")
        d.t(
            f"kontonr {rng.choice([str(rng.randint(10**8, 10**9 - 1)), ids.date_like_luhn_ten(rng), f'{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}-{rng.randint(0, 9)}'])}\n"
        )
    d.t(f"Bankgiro {ids.make_bankgiro(rng)} · Plusgiro {ids.make_plusgiro(rng)}\n")
    return d


# --- mixed Nordic and other countries ----------------------------------------------------------------


def nordic_roster(rng: random.Random) -> Doc:
    d = Doc(rng.choice(["da", "sv", "en"]))
    d.t(
        rng.choice(
            ["Country;Name;National ID;Email\n", "Land;Navn;Personnummer;E-mail\n", "Land\tNamn\tID-nummer\tE-post\n"]
        )
    )
    sep = ";" if ";" in d.text else "\t"
    for _ in range(rng.randint(4, 12)):
        r = rng.random()
        if r < 0.35:
            n = da_name(rng)
            d.t(f"DK{sep}{n}{sep}").lab(cpr_text(rng), CPR).t(f"{sep}{email_of(n, 'firma.dk')}\n")
        elif r < 0.7:
            n = sv_name(rng)
            d.t(f"SE{sep}{n}{sep}").lab(pnr_text(rng), PNR).t(f"{sep}{email_of(n, 'firma.se')}\n")
        elif r < 0.85:
            n = f"{rng.choice(FI_FIRST)} {rng.choice(FI_LAST)}"
            d.t(f"FI{sep}{n}{sep}").lab(hetu_text(rng), HETU).t(f"{sep}{email_of(n, 'firma.fi')}\n")
        else:
            n = f"{rng.choice(NO_FIRST)} {rng.choice(NO_LAST)}"
            d.t(f"NO{sep}{n}{sep}").lab(fnr_text(rng), FNR).t(f"{sep}{email_of(n, 'firma.no')}\n")
    return d


def fi_doc(rng: random.Random) -> Doc:
    d = Doc(rng.choice(["fi", "sv"]))
    name = f"{rng.choice(FI_FIRST)} {rng.choice(FI_LAST)}"
    if d.lang == "fi":
        d.t(f"Hei,\n\nlähetän pyydetyt tiedot palkanmaksua varten.\nNimi: {name}\n")
        d.t(rng.choice(["Henkilötunnus: ", "Hetu: ", "HETU ", "henkilötunnukseni on ", "Henkilötunnus "])).lab(
            hetu_text(rng), HETU
        )
        d.t(
            f"\nPuhelin: +358 {rng.randint(40, 50)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}\nY-tunnus {rng.randint(1000000, 9999999)}-{rng.randint(0, 9)}\n\nTerveisin\n{name}\n"
        )
    else:
        d.t(f"Hej,\n\nhär kommer uppgifterna om vår nya medarbetare i Helsingfors.\nNamn: {name}\n")
        d.t(rng.choice(["Personbeteckning: ", "Finsk personbeteckning ", "HETU: "])).lab(hetu_text(rng), HETU)
        d.t(f"\nFO-nummer {rng.randint(1000000, 9999999)}-{rng.randint(0, 9)}\n\nHälsningar\n{sv_name(rng)}\n")
    return d


def no_doc(rng: random.Random) -> Doc:
    d = Doc(rng.choice(["nb", "da"]))
    name = f"{rng.choice(NO_FIRST)} {rng.choice(NO_LAST)}"
    if d.lang == "nb":
        d.t(f"Hei!\n\nVi trenger følgende opplysninger for lønnsutbetaling:\nNavn: {name}\n")
        d.t(rng.choice(["Fødselsnummer: ", "Fnr. ", "fødselsnr ", "Personnummer (11 siffer): ", "D-nummer: "])).lab(
            fnr_text(rng), FNR
        )
        d.t(
            f"\nKontonummer: {rng.randint(1000, 9999)}.{rng.randint(10, 99)}.{rng.randint(10000, 99999)}\nOrg.nr. {rng.randint(800000000, 999999999)} MVA\nTlf. +47 {rng.randint(400, 999)} {rng.randint(10, 99)} {rng.randint(100, 999)}\n"
        )
    else:
        d.t(f"Ny medarbejder i Oslo-afdelingen: {name}, norsk fødselsnummer ").lab(fnr_text(rng), FNR)
        d.t(
            f". Skal oprettes i det norske lønsystem. Kontakt: +47 {rng.randint(400, 999)} {rng.randint(10, 99)} {rng.randint(100, 999)}\n"
        )
    return d


def mixed_da_sv(rng: random.Random) -> Doc:
    d = Doc("da")
    d.t(f"Hej,\n\nHer er oversigten over de ansatte der pendler over Øresund (til {rng.choice(DA_FIRMS)}):\n\n")
    for _ in range(rng.randint(3, 8)):
        if rng.random() < 0.5:
            n = sv_name(rng)
            _pc, city = rng.choice(SV_CITIES[:4] + SV_CITIES[-5:])
            d.t(f"{n}, {city}, ").t(rng.choice(["svensk pnr ", "personnummer ", "", "pnr "])).lab(pnr_text(rng), PNR).t(
                f", tlf {se_phone(rng)}\n"
            )
        else:
            n = da_name(rng)
            _pc, city = rng.choice(DA_CITIES)
            d.t(f"{n}, {city}, ").t(rng.choice(["cpr ", "CPR-nr. ", ""])).lab(cpr_text(rng), CPR).t(
                f", tlf {dk_phone(rng)}\n"
            )
    d.t(f"\nCVR-nr: {ids.make_cvr(rng)}\nMvh {da_name(rng)}\n")
    return d


def negative_only(rng: random.Random) -> Doc:
    lang = rng.choice(["da", "sv"])
    d = Doc(lang)
    if lang == "da":
        d.t(
            f"Kvittering\n{rng.choice(DA_FIRMS)}  CVR {ids.make_cvr(rng)}\nKasse {rng.randint(1, 9)}  Bon {ids.date_like_ten(rng)}\n"
        )
        d.t(f"Dato {dk_date(rng)} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}\n")
        for _ in range(rng.randint(2, 6)):
            d.t(f"{ids.make_ean13(rng)}  {dk_amount(rng)}\n")
        d.t(
            f"Dankort  ****{rng.randint(1000, 9999)}  Aut.kode {rng.randint(100000, 999999)}\nTerminal-ID {ids.date_like_ten(rng)}\n"
        )
        d.t(f"Kundeservice {dk_phone(rng)}\n")
    else:
        d.t(
            f"Kvitto\n{rng.choice(SV_FIRMS)}  Org.nr {ids.make_se_orgnr(rng)}\nKassa {rng.randint(1, 9)}  Kvittonr {ids.date_like_luhn_ten(rng)}\n"
        )
        for _ in range(rng.randint(2, 6)):
            d.t(f"{ids.make_ean13(rng, '73')}  {se_amount(rng)}\n")
        d.t(
            f"Kort ****{rng.randint(1000, 9999)}  Ref {ids.date_like_luhn_ten(rng)}  Terminal {ids.date_like_luhn_ten(rng)}\n"
        )
        d.t(f"Kundtjänst {se_phone(rng)}\n")
    return d


def masked_and_invalid(rng: random.Random) -> Doc:
    """Masked identifiers, impossible dates and wrong checksums: not identifiers, never to be reported."""
    lang = rng.choice(["da", "sv"])
    d = Doc(lang)
    born = ids.random_birth_date(rng)
    if lang == "da":
        d.t(
            f"Vi har modtaget din henvendelse. Af hensyn til datasikkerheden viser vi kun de første cifre: CPR {born:%d%m%y}-XXXX.\n"
        )
        d.t(
            f"Bemærk: nummeret {rng.randint(32, 39)}{rng.randint(1, 12):02d}{rng.randint(40, 99)}-{rng.randint(1000, 9999)} i din mail er ikke et gyldigt CPR-nummer (ugyldig dato).\n"
        )
        d.t(f"Skriv aldrig dit fulde CPR-nummer i en almindelig mail. Ring i stedet på {dk_phone(rng)}.\n")
    else:
        twelve = ids.make_personnummer(rng)
        bad = twelve[:-1] + str((int(twelve[-1]) + rng.randint(1, 9)) % 10)
        d.t(f"Vi visar endast födelsedatumet: {twelve[2:8]}-****. Skicka aldrig hela personnumret med vanlig e-post.\n")
        d.t(
            f"Numret {bad[2:8]}-{bad[8:]} som du angav är inte ett giltigt personnummer (kontrollsiffran stämmer inte).\n"
        )
        d.t(f"Ring oss på {se_phone(rng)} så hjälper vi dig.\n")
    return d


TEMPLATES: list[tuple[Callable[[random.Random], Doc], int]] = [
    (da_hr_letter, 28),
    (da_payslip, 25),
    (da_email, 40),
    (da_csv, 30),
    (da_running_numbers, 25),
    (da_invoice, 28),
    (da_case, 28),
    (da_tracking, 14),
    (da_phone_list, 12),
    (da_form, 18),
    (da_bank, 14),
    (da_insurance, 14),
    (da_meeting, 16),
    (da_log, 10),
    (da_p_numbers, 12),
    (da_pension, 12),
    (sv_contract, 26),
    (sv_payslip, 22),
    (sv_email, 40),
    (sv_invoice, 26),
    (sv_csv, 28),
    (sv_member_list, 20),
    (sv_case, 26),
    (sv_pension, 12),
    (sv_tracking, 14),
    (sv_phone_list, 12),
    (sv_chat, 14),
    (sv_bank_accounts, 12),
    (nordic_roster, 18),
    (fi_doc, 24),
    (no_doc, 20),
    (mixed_da_sv, 16),
    (negative_only, 20),
    (masked_and_invalid, 12),
]

# Hand-written cases: my own sentences in the forms people actually type.
HAND_WRITTEN: list[tuple[str, str]] = [
    (
        "da",
        "Hej Lise, kan du oprette Mikkel Bach? Han har cpr [[1203881217|DK_CPR]] og starter mandag. Mobil 28 91 44 03.",
    ),
    ("da", "Mobil 40 11 22 33, Jens Bundgaard [[150772-3413|DK_CPR]]"),
    ("da", "Reference: Karen Lund [[230145-1216|DK_CPR]]"),
    ("da", "Sag: Bo Riis [[021163-2219|DK_CPR]] - afventer svar fra kommunen"),
    ("da", "Medarbejdere: [[010180-2026|DK_CPR]] [[070761-4285|DK_CPR]]"),
    ("da", "Anders Juhl [[060680-2013|DK_CPR]] [[070680-2034|DK_CPR]]"),
    ("da", "CPR: 0012 [[110690-1218|DK_CPR]]"),
    ("da", "Barnets personnummer er [[120615-4019|DK_CPR]] (født på Rigshospitalet)."),
    ("da", "P-nr. 1012449875\nCVR-nr. 29403473\nSE-nr. 12345674"),
    ("da", "Betal til reg. 9570 konto 1203881217. Husk at skrive fakturanr. 0311942246 i teksten."),
    (
        "da",
        "Løbenr.;Dato;Beløb\n0101200001;01-01-2026;120,00\n0201200002;02-01-2026;87,50\n0301200003;03-01-2026;1.200,00\n0401200004;04-01-2026;99,95\n0501200005;05-01-2026;310,00",
    ),
    ("da", "Bilagsnummer 2511260017 er bogført på konto 1600."),
    (
        "da",
        "Jeg har skrevet mit cpr forkert i går, det rigtige er [[241290-1633|DK_CPR]] (jeg byttede om på to cifre).",
    ),
    ("da", "Hvad er jeres telefonnummer? Vores er 0045 33 12 34 56 eller 0045 70121314."),
    ("da", "ID: [[310154-0727|DK_CPR]]  Navn: Gurli Skov  Adr.: Algade 3, 4000 Roskilde"),
    ("da", "cpr.nr.[[050505-5055|DK_CPR]]"),
    ("da", "Ordre 1508231107 er leveret. Spørgsmål? 7020 3040."),
    (
        "sv",
        "Hej! Jag heter Stina Berg och mitt personnr är [[19780414-2384|SE_PERSONNUMMER]]. Kan ni skicka blanketten?",
    ),
    ("sv", "OCR: 8503122391\nBankgiro: 5050-1055\nBelopp: 1 250,00 kr"),
    ("sv", "Pnr [[780414-2384|SE_PERSONNUMMER]], mobil 070-812 33 19, bor på Storgatan 4 i Umeå."),
    ("sv", "Samordningsnr: [[870375-0119|SE_PERSONNUMMER]] (tillfälligt arbete i Sverige)"),
    ("sv", "Org.nr 556036-0793 · Momsreg.nr SE556036079301 · Styrelsens säte: Stockholm"),
    ("sv", "Min farmor är född 1922, hennes nummer är [[221105+9807|SE_PERSONNUMMER]]."),
    ("sv", "Ring 0701234567 eller 0708-12 34 56 efter kl 16."),
    ("sv", "Kund: [[198112189876|SE_PERSONNUMMER]]; Faktura: 2611300042; Belopp: 4 500 kr"),
    ("sv", "Hej,\nDottern Alva fick personnummer [[20241015-4016|SE_PERSONNUMMER]] igår.\n/Maja"),
    ("sv", "Clearingnummer 8327-9, kontonummer 914 283 117-4 (Swedbank)."),
    ("sv", "Ärende 20230315-0042 gäller rättelse av lönen för mars."),
    ("fi", "Hei, henkilötunnukseni on [[151026-668K|FI_PERSONAL_IDENTITY_CODE]]."),
    ("fi", "Henkilötunnus: [[270780-907H|FI_PERSONAL_IDENTITY_CODE]]"),
    ("nb", "Fødselsnummeret mitt er [[01019012345|NO_FODSELSNUMMER]], kontonummer 1234.56.78903."),
    ("da", "Telefon: +45 20 30 40 50\nTelefon: +46 70 123 45 67\nTelefon: +358 40 123 4567\nTelefon: +47 912 34 567"),
    ("da", "Dokumentet blev scannet 12.03.2026-1042 og arkiveret under 120326-1042."),
    ("da", "Vedhæftet: lønseddel_[[1203881217|DK_CPR]].pdf"),
    ("sv", "Bifogat: intyg_[[197804142384|SE_PERSONNUMMER]].pdf"),
    ("da", "Dankortnr. 4571 1234 5678 9012, udløb 08/28. EAN 5701234567892."),
    ("sv", "Leveransadress: Kungsgatan 12, 411 19 Göteborg. Kollinr 00373500123456789012."),
    ("da", "Kontakt: Søren (tlf. 61 71 81 91), Mette ([[101085-1604|DK_CPR]]) og Pia."),
    ("da", "Navn\tCPR\tBy\nIda Krogh\t[[2806972012|DK_CPR]]\tVejle\nAsger Dahl\t[[0301551123|DK_CPR]]\tHerning"),
    (
        "sv",
        "Namn\tPnr\tOrt\nOlof Wallin\t[[5412104936|SE_PERSONNUMMER]]\tGävle\nHedvig Nyberg\t[[9003022385|SE_PERSONNUMMER]]\tLund",
    ),
]


def _fix_handwritten(rng: random.Random, lang: str, text: str) -> Doc:
    """Hand-written identifiers are replaced by freshly generated valid ones of the same written shape."""
    doc = Doc(lang)
    rest = text
    while "[[" in rest:
        before, _, tail = rest.partition("[[")
        inner, _, rest = tail.partition("]]")
        span, _, entity = inner.rpartition("|")
        doc.t(before)
        doc.lab(_regenerate(rng, span, entity), entity)
    doc.t(rest)
    return doc


def _regenerate(rng: random.Random, span: str, entity: str) -> str:
    digits = "".join(c for c in span if c.isdigit())
    if entity == CPR:
        dd, mm, yy = int(span[0:2]), int(span[2:4]), int(span[4:6])
        year = (2000 if yy <= 24 else 1900) + yy
        new = new_cpr(rng, dt.date(year, mm, dd))
        sep = span[6] if len(span) == 11 else ""
        return new[:6] + sep + new[6:]
    if entity == PNR:
        if len(digits) == 12:
            born = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]) % 60 or 1)
        else:
            yy = int(digits[:2])
            century = 1800 if "+" in span else (2000 if yy <= 24 else 1900)
            born = dt.date(
                century + yy + (100 if "+" in span and century == 1800 else 0),
                int(digits[2:4]),
                (int(digits[4:6]) - 1) % 60 + 1,
            )
        coord = int(digits[-6:-4]) > 60 if len(digits) == 10 else int(digits[6:8]) > 60
        twelve = ids.make_personnummer(rng, born, coordination=coord)
        if len(digits) == 12:
            return twelve[:8] + span[8] + twelve[8:] if len(span) == 13 else twelve
        sep = span[6] if len(span) == 11 else ""
        return twelve[2:8] + sep + twelve[8:]
    if entity == HETU:
        return ids.make_hetu(rng)
    if entity == FNR:
        return ids.make_fodselsnummer(rng)
    raise ValueError(entity)


def build(seed: int = 13, n_generated: int = 600) -> list[dict[str, object]]:
    rng = random.Random(seed)
    funcs = [f for f, _ in TEMPLATES]
    weights = [w for _, w in TEMPLATES]
    records: list[dict[str, object]] = []
    for i in range(n_generated):
        f = rng.choices(funcs, weights)[0]
        records.append(f(rng).record(f"id-{i:04d}", family=f.__name__))
    for j, (lang, text) in enumerate(HAND_WRITTEN):
        records.append(_fix_handwritten(rng, lang, text).record(f"id-hand-{j:03d}", family="hand_written"))
    return records


def main() -> None:
    seed, out = build_args("identifiers.jsonl", 13)
    records = build(seed)
    write_jsonl(out, records)
    counts: dict[str, int] = {}
    for rec in records:
        for lab in rec["labels"]:  # type: ignore[attr-defined]
            counts[lab["entity"]] = counts.get(lab["entity"], 0) + 1
    print(f"{len(records)} documents, labels: {counts}")


if __name__ == "__main__":
    main()
