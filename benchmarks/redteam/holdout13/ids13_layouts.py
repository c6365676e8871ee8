"""Generated layouts of the v13 identifier hold-out: 21 record shapes of the v13 genres, 7 draws each.

Each layout returns (lang, markup); numbers are drawn later by ``ids13_slots.render`` from the same generator.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

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
    da_name,
    sv_name,
)

DRAWS = 7
Layout = Callable[[random.Random], tuple[str, str]]


def _cpr(rng: random.Random, extra: str = "", forms: tuple[str, ...] = ("", "", "sp", "plain", "dots", "en")) -> str:
    opts = ",".join(filter(None, (rng.choice(forms), extra)))
    return f"[[cpr:{opts}]]"


def _pnr(rng: random.Random, extra: str = "", forms: tuple[str, ...] = ("", "ld", "ld", "l", "lsp")) -> str:
    opts = ",".join(filter(None, (rng.choice(forms), extra)))
    return f"[[pnr:{opts}]]"


def _kind(rng: random.Random) -> str:
    """Mostly adults; children (often without modulus 11), old people and 1 January births now and then."""
    return rng.choice(["", "", "", "kid", "kid", "old", "jan1"])


def _da_addr(rng: random.Random) -> str:
    zip_, city = rng.choice(DA_CITIES)
    return f"{rng.choice(DA_STREETS)} {rng.randint(1, 140)}, {zip_} {city}"


def _sv_addr(rng: random.Random) -> str:
    zip_, city = rng.choice(SV_CITIES)
    return f"{rng.choice(SV_STREETS)} {rng.randint(1, 90)}, {zip_} {city}"


def lab_dk(rng: random.Random) -> tuple[str, str]:
    head = rng.choice(["Laboratorierekvisition", "Rekvisition til Klinisk Biokemisk Afdeling", "Blodprøverekvisition"])
    key = rng.choice(["CPR-nr.", "Cpr", "Personnr.", "Pt. cpr"])
    analyses = ", ".join(rng.sample(["B-Hæmoglobin", "P-CRP", "P-Natrium", "P-Kalium", "HbA1c", "P-ALAT"], 3))
    return "da", (
        f"{head}\nPatient: {da_name(rng)}\n{key}: {_cpr(rng, _kind(rng))}\n"
        f"Prøve-id: {{{{lab}}}}   Rekv.nr.: {{{{mod10}}}}\nAnalyser: {analyses}\n"
        f"Taget {{{{date}}}} kl. {{{{time}}}} af bioanalytiker {da_name(rng).split()[0]}"
    )


def fmk_dk(rng: random.Random) -> tuple[str, str]:
    rows = []
    for _ in range(rng.randint(2, 4)):
        drug = rng.choice(["Pinex 500 mg", "Furix 40 mg", "Eliquis 5 mg", "Lyrica 75 mg", "Cipramil 20 mg"])
        rows.append(f"{{{{isodate}}}};{_cpr(rng, _kind(rng), ('plain', 'plain', ''))};{drug};{{{{mod10}}}}")
    sep = rng.choice(["cpr", "CPR", "patient_cpr"])
    return "da", (
        f"# udtræk fra apotekets ekspeditionslog, {rng.choice(['Apoteket Hjortekær', 'Løve Apotek', 'Svane Apoteket'])}\n"
        f"dato;{sep};præparat;recept_id\n" + "\n".join(rows)
    )


def claim_dk(rng: random.Random) -> tuple[str, str]:
    name = da_name(rng)
    kind = rng.choice(["Indboskade", "Vandskade", "Tyveri af cykel", "Ansvarsskade", "Bilskade"])
    co = ""
    if rng.random() < 0.5:
        co = f"\nMedforsikret ægtefælle: {da_name(rng)}, cpr {_cpr(rng)}"
    return "da", (
        f"Skadeanmeldelse - {kind}\nForsikringstager: {name}, {_da_addr(rng)}\n"
        f"{rng.choice(['CPR-nr.', 'Cpr', 'Personnummer'])}: {_cpr(rng)}{co}\n"
        f"Police: {{{{mod10}}}}   Skadenr.: {{{{mod10:dash}}}}\nSkadedato {{{{date}}}}, anslået beløb {{{{kr}}}} kr."
    )


def tingbog_dk(rng: random.Random) -> tuple[str, str]:
    owners = "\n".join(
        f"Adkomsthaver: {da_name(rng)}, cpr {_cpr(rng)}, andel 1/{n}" for n in [rng.choice([1, 2])] for _ in range(n)
    )
    return "da", (
        f"Tingbogsattest - Matr.nr. {rng.randint(1, 60)}{rng.choice('abcdefg')} {rng.choice(['Vester Egesborg', 'Lille Værløse', 'Sdr. Bork'])} By\n"
        f"BFE-nr. {{{{n:7}}}}\n{owners}\nSkøde tinglyst {{{{date}}}}, dato/løbenummer {{{{dlnr}}}}\n"
        f"Pantebrev {{{{kr}}}} kr., dato/løbenummer {{{{dlnr}}}}"
    )


def dodsbo_dk(rng: random.Random) -> tuple[str, str]:
    heirs = "\n".join(
        f"  {rng.choice(['Barn', 'Barnebarn', 'Ægtefælle', 'Søskende'])}: {da_name(rng)}, cpr {_cpr(rng, rng.choice(['', '', 'kid']))}"
        for _ in range(rng.randint(1, 3))
    )
    return "da", (
        f"Skifteretten i {rng.choice(['Odense', 'Herning', 'Hillerød', 'Svendborg'])} - dødsbo nr. {{{{n:5}}}}/2026\n"
        f"Afdøde: {da_name(rng)}, cpr-nr. {_cpr(rng, 'old')}, død {{{{date}}}}\nArvinger:\n{heirs}\n"
        f"Bobestyrer: {rng.choice(DA_FIRMS)}"
    )


def hl7_dk(rng: random.Random) -> tuple[str, str]:
    last, first = da_name(rng).split()[-1], da_name(rng).split()[0]
    return "da", (
        f"MSH|^~\\&|{rng.choice(['LABKA', 'BCC', 'WEBREQ'])}|{rng.choice(['OUH', 'AUH', 'RH', 'AAUH'])}|EPJ|SP|{{{{hl7ts}}}}||ORU^R01|{{{{n:8}}}}|P|2.5\n"
        f"PID|1||{_cpr(rng, _kind(rng), ('plain',))}^^^CPR||{last}^{first}\n"
        f"OBR|1|{{{{mod10}}}}||NPU{{{{n:5}}}}|||{{{{hl7ts}}}}\nOBX|1|NM|NPU{{{{n:5}}}}||{rng.randint(2, 140)}|mmol/L"
    )


def akasse_dk(rng: random.Random) -> tuple[str, str]:
    fund = rng.choice(["Min A-kasse", "FOA A-kasse", "Akademikernes A-kasse", "Ase"])
    rows = [
        f"{{{{mod10}}}};{_cpr(rng, rng.choice(['', '', '', 'nomod']) if i == 0 and rng.random() < 0.3 else '', ('plain', ''))};{da_name(rng)};{rng.choice(['dagpenge', 'efterløn', 'supplerende'])}"
        for i in range(rng.randint(3, 4))
    ]
    note = "\n(cpr-numre tildelt efter 2007 kontrolleres ikke med modulus 11)" if "nomod" in "".join(rows) else ""
    return "da", f"{fund} - medlemsudtræk\nmedlemsnr;cpr;navn;ydelse\n" + "\n".join(rows) + note


def ocr_dk(rng: random.Random) -> tuple[str, str]:
    form = rng.choice(["ocr", "ocr", "gap", "nl"])
    sender = rng.choice(["Udbetaling Danmark", "Borgerservice", "Ældre- og Sundhedsforvaltningen"])
    return "da", (
        f"[skannet brev]\n{sender.upper()}\nVedr.  cpr-nr.  {_cpr(rng, form, ('',))}\n"
        f"Kære  {da_name(rng)}\nVi  har  behandlet  din  ansøgning  og  bevilger  {{{{kr}}}}  kr.  fra  {{{{date}}}}.\n"
        f"Sagsnr.  {{{{ocrkto}}}}"
    )


def remiss_se(rng: random.Random) -> tuple[str, str]:
    to = rng.choice(["Kardiologmottagningen", "Hudkliniken", "Ögonkliniken", "Minnesmottagningen"])
    return "sv", (
        f"Remiss till {to}, {rng.choice(['Sahlgrenska', 'Danderyds sjukhus', 'Skånes universitetssjukhus'])}\n"
        f"Patient: {sv_name(rng)}\n{rng.choice(['Personnummer', 'Pnr', 'Personnr'])}: {_pnr(rng, rng.choice(['', '', 'kid', 'co']))}\n"
        f"Remissnummer: {{{{luhn12}}}}\nFrågeställning: {rng.choice(['Förmaksflimmer?', 'Misstänkt melanom', 'Synnedsättning', 'Minnessvikt'])}"
    )


def apotek_se(rng: random.Random) -> tuple[str, str]:
    rows = [
        f"{{{{isodate}}}}\t{_pnr(rng, rng.choice(['', '', '', 'co', 'plus']), ('l', 'ld', ''))}\t{rng.choice(['Waran', 'Alvedon', 'Kåvepenin', 'Omeprazol'])}\t{{{{luhn12}}}}"
        for _ in range(rng.randint(2, 3))
    ]
    return "sv", "datum\tpersonnummer\tvara\trecept-id\n" + "\n".join(rows)


def fk_se(rng: random.Random) -> tuple[str, str]:
    what = rng.choice(["föräldrapenning", "sjukpenning", "bostadstillägg", "aktivitetsersättning"])
    return "sv", (
        f"Försäkringskassan\nBeslut om {what}\n{sv_name(rng)}\n{_sv_addr(rng)}\n"
        f"Personnummer: {_pnr(rng, '', ('ld', '', 'nl'))}\nÄrendenummer: {{{{luhn12}}}}\n"
        f"Du får {{{{kr}}}} kr per månad från {{{{date}}}}."
    )


def lagfart_se(rng: random.Random) -> tuple[str, str]:
    n = rng.choice([1, 2])
    owners = "\n".join(f"Ägare: {sv_name(rng)}, {_pnr(rng)}, andel 1/{n}" for _ in range(n))
    return "sv", (
        f"Lagfart - {rng.choice(['Täby', 'Kungsbacka', 'Lerum', 'Härnösand'])} {rng.choice(['Ekbacken', 'Skogen', 'Villan'])} {rng.randint(1, 40)}:{rng.randint(1, 300)}\n"
        f"{owners}\nInskriven {{{{isodate}}}}, aktnr {{{{n:2}}}}-{{{{n:5}}}}, pantbrev nr {{{{luhn12}}}}"
    )


def bouppt_se(rng: random.Random) -> tuple[str, str]:
    heirs = "\n".join(
        f"- {rng.choice(['Barn', 'Barnbarn', 'Efterlevande make/maka', 'Syskon'])} {sv_name(rng)}, {_pnr(rng)}"
        for _ in range(rng.randint(1, 3))
    )
    dead = _pnr(rng, "plus", ("", "")) if rng.random() < 0.6 else _pnr(rng, "old")
    return "sv", (
        f"Bouppteckning efter {sv_name(rng)}, {dead}, avliden {{{{date}}}}\nDödsbodelägare:\n{heirs}\n"
        f"Förrättningsman: {rng.choice(SV_FIRMS)}"
    )


def soc_se(rng: random.Random) -> tuple[str, str]:
    kids = ", ".join(_pnr(rng, "kid") for _ in range(rng.randint(1, 2)))
    adult = _pnr(rng, rng.choice(["", "co", "co"]))
    return "sv", (
        f"Socialtjänsten {rng.choice(['Botkyrka', 'Malmö', 'Örebro', 'Luleå'])} - journalanteckning {{{{date}}}}\n"
        f"Vårdnadshavare {sv_name(rng)} ({adult}) besökte mottagningen med barnen ({kids}).\n"
        f"Ärende {{{{luhn10}}}}. Nästa möte {{{{date}}}} kl {{{{time}}}}."
    )


def crm_se(rng: random.Random) -> tuple[str, str]:
    rows = [
        f"{{{{luhn10}}}};{sv_name(rng)};{_pnr(rng, rng.choice(['', '', 'co']), ('ld', 'l'))};{{{{tlfse}}}}"
        for _ in range(rng.randint(2, 4))
    ]
    return "sv", "kundnr;namn;personnummer;telefon\n" + "\n".join(rows)


def log_se(rng: random.Random) -> tuple[str, str]:
    key = rng.choice(["pnr", "personnummer", "personalNumber", "subject.pnr"])
    lines = ["{{stamp}} INFO  request id={{tenstamp}}"]
    for _ in range(rng.randint(1, 3)):
        lines.append(
            f"{{{{stamp}}}} {rng.choice(['INFO ', 'WARN ', 'DEBUG'])} lookup {key}={_pnr(rng, rng.choice(['', 'co']), ('l', ''))}"
        )
    lines.append(f"{{{{stamp}}}} INFO  done in {rng.randint(3, 900)} ms order={{{{luhn12}}}}")
    return "sv", "\n".join(lines)


def nav_no(rng: random.Random) -> tuple[str, str]:
    d = rng.random() < 0.4
    label = "D-nummer" if d else "Fødselsnummer"
    return "no", (
        f"{rng.choice(['NAV', 'Skatteetaten', 'Helsenorge'])} - {rng.choice(['vedtak', 'melding', 'kvittering'])}\n"
        f"Navn: {rng.choice(NO_FIRST)} {rng.choice(NO_LAST)}\n{label}: [[fnr:{'d' if d else rng.choice(['', 'sp'])}]]\n"
        f"Kontonummer {{{{fnrkto}}}}, KID {{{{fnrlike}}}}, saksnr {{{{n:9}}}}"
    )


def kela_fi(rng: random.Random) -> tuple[str, str]:
    opt = rng.choice(["new", "new", "", "kid,new", "old"])
    extra = ""
    if rng.random() < 0.5:
        extra = (
            f"\nPuoliso: {rng.choice(FI_FIRST)} {rng.choice(FI_LAST)}, henkilötunnus [[hetu:{rng.choice(['', 'new'])}]]"
        )
    return "fi", (
        f"{rng.choice(['Kela', 'Verohallinto', 'DVV'])} - päätös\nHakija: {rng.choice(FI_FIRST)} {rng.choice(FI_LAST)}\n"
        f"Henkilötunnus: [[hetu:{opt}]]{extra}\nViitenumero {{{{ocr}}}}, Y-tunnus {{{{ytunnus}}}}"
    )


def dsar_en(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        who, ident = da_name(rng), f"Danish CPR number: {_cpr(rng)}"
    else:
        who, ident = sv_name(rng), f"Swedish personal identity number: {_pnr(rng)}"
    return "en", (
        f"Data subject access request #{{{{n:5}}}}\nRequester: {who}\n{ident}\n"
        f"Customer no.: {{{{luhn10}}}}   Received: {{{{isodate}}}}\nPlease verify identity before disclosing any data."
    )


def neg_dk(rng: random.Random) -> tuple[str, str]:
    rows = [
        f"{{{{isodate}}}};{rng.choice(['Ordre', 'Skade', 'Rekvisition', 'Recept'])};{{{{mod10}}}};{{{{amount}}}}"
        for _ in range(rng.randint(2, 4))
    ]
    return "da", (
        f"{rng.choice(DA_FIRMS)} - bilagsliste (CVR {{{{cvr}}}})\ndato;type;nummer;beløb\n"
        + "\n".join(rows)
        + "\nKontakt {{tlfdk}}, log-id {{dkstamp}}"
    )


def neg_se(rng: random.Random) -> tuple[str, str]:
    rows = [
        f"{rng.choice(['Ärende', 'Order', 'Remiss', 'Skada'])} {{{{luhn12}}}}  {{{{kr}}}} kr  {{{{isodate}}}}"
        for _ in range(rng.randint(2, 4))
    ]
    return "sv", (
        f"{rng.choice(SV_FIRMS)} (org.nr {{{{orgnr}}}}) - sammanställning\n"
        + "\n".join(rows)
        + "\nBankgiro {{bg}}, tidsstämpel {{hl7ts}}"
    )


LAYOUTS: dict[str, Layout] = {
    "lab-dk": lab_dk,
    "fmk-dk": fmk_dk,
    "claim-dk": claim_dk,
    "tingbog-dk": tingbog_dk,
    "dodsbo-dk": dodsbo_dk,
    "hl7-dk": hl7_dk,
    "akasse-dk": akasse_dk,
    "ocr-dk": ocr_dk,
    "remiss-se": remiss_se,
    "apotek-se": apotek_se,
    "fk-se": fk_se,
    "lagfart-se": lagfart_se,
    "bouppt-se": bouppt_se,
    "soc-se": soc_se,
    "crm-se": crm_se,
    "log-se": log_se,
    "nav-no": nav_no,
    "kela-fi": kela_fi,
    "dsar-en": dsar_en,
    "neg-dk": neg_dk,
    "neg-se": neg_se,
}


def draws(rng: random.Random) -> Iterator[tuple[str, str, str]]:
    """(layout name, lang, markup), DRAWS of each layout in turn."""
    for name, layout in LAYOUTS.items():
        for _ in range(DRAWS):
            lang, src = layout(rng)
            yield name, lang, src
