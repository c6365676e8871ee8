"""Generated v15 layouts: 21 public-sector and business templates, each drawn ``DRAWS`` times (written for v15).

Each layout returns markup for ``ids15_slots.render``; names and wording choices are drawn from the shared rng so the
build is reproducible.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.redteam import common
from benchmarks.redteam.people import person

DRAWS = 7
Layout = Callable[[random.Random], str]


def _da(rng: random.Random) -> str:
    return person(rng, "da").full


def _sv(rng: random.Random) -> str:
    return person(rng, "sv").full


def _cpr(rng: random.Random, extra: str = "") -> str:
    form = rng.choice(["", "n", "sp", "sl", "en", "sd", "dot", "", ""])
    opts = ",".join(o for o in (form, extra) if o)
    return f"[[cpr:{opts}]]" if opts else "[[cpr]]"


def _pnr(rng: random.Random, extra: str = "") -> str:
    form = rng.choice(["", "l", "ls", "sd", "s", "", "sd"])
    opts = ",".join(o for o in (form, extra) if o)
    return f"[[pnr:{opts}]]" if opts else "[[pnr]]"


def flytning(rng: random.Random) -> str:
    n = _da(rng)
    return (
        f"{rng.choice(['Borgerservice', 'Folkeregistret', 'Kommunens Borgerservice'])} – bekræftelse af flytning\n"
        f"Navn: {n}\n{rng.choice(['Cpr-nr.', 'CPR', 'Personnummer (cpr)'])}: {_cpr(rng)}\n"
        f"Ny adresse: {rng.choice(common.DA_STREETS)} {rng.randint(1, 99)}, {rng.choice(common.DA_CITIES)}\n"
        f"Sagsnr. {{{{cprdash}}}} – henvendelse fra tlf. {{{{phdk}}}}"
    )


def indskrivning(rng: random.Random) -> str:
    child, parent = person(rng, "da"), person(rng, "da")
    return (
        f"Indskrivning til skole/SFO\nBarn: {child.first} {parent.last}, cpr {_cpr(rng, 'kid')}\n"
        f"Forælder: {parent.full}, cpr {_cpr(rng)}, tlf. {{{{phdk}}}}\n"
        f"Klasse: {rng.choice(['0.A', '0.B', '0.C'])}  Skoledistrikt nr. {rng.randint(1, 40)}"
    )


def sygedagpenge(rng: random.Random) -> str:
    return (
        f"Jobcenter – opfølgning på sygedagpenge\n{_da(rng)} ({_cpr(rng)})\n"
        f"Arbejdsgiver CVR {{{{cvr}}}}, P-nr. {{{{pnum}}}}\n"
        f"Første fraværsdag {rng.randint(1, 28)}.{rng.randint(1, 11)}.2026. Næste samtale uge {rng.randint(2, 9)}."
    )


def visitation(rng: random.Random) -> str:
    return (
        f"Visitation – {rng.choice(['hjemmepleje', 'madservice', 'nødkald', 'plejebolig'])}\n"
        f"Borger: {_da(rng)}\nCpr: {_cpr(rng, 'old')}\n"
        f"Pårørende: {_da(rng)}, {{{{phdk}}}}\nBevilling gælder fra {rng.randint(1, 28)}/12. J.nr. {{{{num6}}}}"
    )


def lægebrev(rng: random.Random) -> str:
    kind = rng.choice(["kid", "", "jan1"])
    return (
        f"Lægerne {rng.choice(['i Torvegade', 'Nørrebro', 'ved Åen'])} – brev til patient\n"
        f"Vedr.: {_da(rng)}, cpr.nr. {_cpr(rng, kind)}\n"
        f"Dine prøvesvar er klar. Ring på {{{{phdk}}}} mellem 8 og 9. Prøve-id {{{{yymm}}}}"
    )


def police(rng: random.Random) -> str:
    return (
        f"{rng.choice(['Topdanmark', 'Codan', 'Alm. Brand', 'LB Forsikring'])} – policeoversigt\n"
        f"Forsikringstager: {_da(rng)}, cpr {_cpr(rng)}\n"
        f"Policenr. {{{{cprlike}}}}  Skadenr. {{{{cprdash}}}}\n"
        f"Præmie {rng.randint(1, 9)}.{rng.randint(100, 999)} kr. betales via betalingsservice."
    )


def fagforening(rng: random.Random) -> str:
    sep = rng.choice([";", ",", "\t", "|"])
    head = rng.choice([True, False])
    lines = (
        [sep.join(["medlemsnr", "navn", "cpr", "afdeling"])]
        if head
        else ["(udtræk uden overskrift: nr, navn, cpr, afd.)"]
    )
    for _ in range(rng.randint(2, 4)):
        lines.append(sep.join(["{{num6}}", _da(rng), "[[cpr:n]]", rng.choice(["Aarhus", "Esbjerg", "Køge"])]))
    return "\n".join(lines)


def venteliste(rng: random.Random) -> str:
    return (
        f"Boligforeningen – venteliste\nAnsøger: {_da(rng)} (cpr {_cpr(rng)})\n"
        f"Medlemsnr. {{{{num6}}}}, opnoteret {rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.randint(2005, 2025)}\n"
        f"Ønsket område: {rng.choice(common.DA_CITIES)}"
    )


def kyc(rng: random.Random) -> str:
    return (
        f"Advokatfirma – kundekendskab\nKlient: {_da(rng)}\nCpr-nr.: {_cpr(rng)}\n"
        f"Selskab: {rng.choice(common.DA_FIRMS)}, CVR {{{{cvr}}}}\nKonto til deponering: {{{{regkto}}}}"
    )


def lønfil(rng: random.Random) -> str:
    sep = rng.choice([";", ",", "\t", "|"])
    da = rng.random() < 0.5
    lines = [sep.join(["Navn", "CPR" if da else "Personnummer", "Løn" if da else "Lön", "Konto"])]
    for _ in range(rng.randint(2, 3)):
        num = "[[cpr:n]]" if da else "[[pnr:l]]"
        acct = "{{regkto}}" if da else "{{clkto}}"
        lines.append(sep.join([_da(rng) if da else _sv(rng), num, str(rng.randint(28000, 52000)), acct]))
    return "\n".join(lines)


def förskola(rng: random.Random) -> str:
    child, parent = person(rng, "sv"), person(rng, "sv")
    return (
        f"Ansökan om förskoleplats\nBarn: {child.first} {parent.last}, personnummer {_pnr(rng, 'kid')}\n"
        f"Vårdnadshavare: {parent.full}, {_pnr(rng)}\nTelefon {{{{phse}}}}  Önskat startdatum 2027-0{rng.randint(1, 8)}-01"
    )


def hemtjänst(rng: random.Random) -> str:
    old = rng.random() < 0.5
    num = "[[pnr:plus]]" if old else _pnr(rng)
    return (
        f"Hemtjänst – beslut\nBrukare: {_sv(rng)}, pnr {num}\nInsatser: {rng.choice(['städ', 'inköp', 'tillsyn', 'dusch'])}"
        f"\nUtförare: {rng.choice(common.SV_FIRMS)}, org.nr {{{{orgnr}}}}\nDnr {{{{luhn10}}}}"
    )


def patientavgift(rng: random.Random) -> str:
    return (
        f"Region {rng.choice(['Skåne', 'Västra Götaland', 'Östergötland', 'Uppsala'])} – faktura patientavgift\n"
        f"Patient: {_pnr(rng)} {_sv(rng)}\nFakturanr {{{{luhn12}}}}  OCR {{{{ocr}}}}  Bankgiro {{{{bg}}}}\n"
        f"Belopp {rng.choice([200, 300, 400])} kr"
    )


def akassa(rng: random.Random) -> str:
    co = "co" if rng.random() < 0.4 else ""
    return (
        f"A-kassan – ersättningskort vecka {rng.randint(40, 52)}\nNamn: {_sv(rng)}\nPersonnummer: {_pnr(rng, co)}\n"
        f"Medlemsnr {{{{num6}}}}  Inskickat {{{{stamp12}}}}"
    )


def bostadskö(rng: random.Random) -> str:
    return (
        f"Bostadskön – bekräftelse\nSökande: {_sv(rng)} ({_pnr(rng)})\n"
        f"Medsökande: {_sv(rng)} ({_pnr(rng)})\nKönummer {{{{luhn10}}}}, registrerad {rng.randint(2010, 2025)}"
    )


def svcsv(rng: random.Random) -> str:
    sep = rng.choice([";", ",", "\t", "|"])
    lines = ["Klistrat från Excel:"]
    if rng.random() < 0.6:
        lines.append(sep.join(["namn", "personnr", "enhet", "telefon"]))
    else:
        lines[0] = "Klistrat från Excel (kolumner: namn, personnr, enhet, telefon):"
    for _ in range(rng.randint(2, 4)):
        lines.append(sep.join([_sv(rng), _pnr(rng), rng.choice(["Hemtjänst Norr", "Skola", "IFO"]), "{{phse}}"]))
    return "\n".join(lines)


def chatt(rng: random.Random) -> str:
    a, b = person(rng, "sv"), person(rng, "sv")
    h = rng.randint(8, 16)
    return (
        f"[{h}:0{rng.randint(0, 9)}] {a.first}: {rng.choice(['kan du kolla', 'behöver', 'har du'])} personnumret för {_sv(rng)}?\n"
        f"[{h}:1{rng.randint(0, 9)}] {b.first}: {_pnr(rng)}\n"
        f"[{h}:2{rng.randint(0, 9)}] {a.first}: tack, och telefon? \n[{h}:3{rng.randint(0, 9)}] {b.first}: {{{{phse}}}}"
    )


def nordisk(rng: random.Random) -> str:
    rows = [
        f"DK | {_da(rng)} | CPR {_cpr(rng)}",
        f"SE | {_sv(rng)} | personnummer {_pnr(rng)}",
        f"NO | {rng.choice(common.NO_FIRST)} {rng.choice(common.NO_LAST)} | fødselsnummer [[fnr{rng.choice(['', ':sp', ':d'])}]]",
        f"FI | {rng.choice(common.FI_FIRST)} {rng.choice(common.FI_LAST)} | HETU [[hetu{rng.choice(['', ':new'])}]]",
    ]
    rng.shuffle(rows)
    return "Nordic staff register (extract)\n" + "\n".join(rows) + "\nOffice phone {{phdk}}"


def nav(rng: random.Random) -> str:
    return (
        f"{rng.choice(['NAV', 'Skatteetaten', 'Lånekassen'])} – vedtak\n"
        f"Navn: {rng.choice(common.NO_FIRST)} {rng.choice(common.NO_LAST)}\n"
        f"Fødselsnummer: [[fnr{rng.choice(['', ':sp', ':d'])}]]\nKontonummer {{{{num6}}}}  KID {{{{kid}}}}\nTelefon {{{{phno}}}}"
    )


def kela(rng: random.Random) -> str:
    return (
        f"{rng.choice(['Kela', 'Verohallinto', 'DVV'])} – päätös\n"
        f"Nimi: {rng.choice(common.FI_FIRST)} {rng.choice(common.FI_LAST)}\n"
        f"Henkilötunnus: [[hetu{rng.choice(['', ':new', ':new'])}]]\nY-tunnus (työnantaja) {{{{ytun}}}}  Puh. {{{{phfi}}}}"
    )


def negda(rng: random.Random) -> str:
    rows = [
        f"{rng.choice(common.DA_FIRMS)}; CVR {{{{cvr}}}}; faktura {{{{cprlike}}}}; tlf {{{{phdk}}}}",
        f"{rng.choice(common.DA_FIRMS)}; P-nr {{{{pnum}}}}; ordre {{{{cprdash}}}}; konto {{{{regkto}}}}",
        "Kommunen; EAN {{ean}}; sag {{cprlike}}; log {{dkstamp}}",
    ]
    rng.shuffle(rows)
    return "Kreditorer og referencer (ingen personnumre)\n" + "\n".join(rows[: rng.randint(2, 3)])


def negsv(rng: random.Random) -> str:
    rows = [
        f"{rng.choice(common.SV_FIRMS)}, org.nr {{{{orgnr}}}}, bankgiro {{{{bg}}}}",
        "Faktura {{luhn12d}}, OCR {{ocr}}, plusgiro {{pg}}",
        "Kundnr {{luhn10}}, tel {{phse}}, registrerad {{stamp12}}",
    ]
    rng.shuffle(rows)
    return "Leverantörsuppgifter\n" + "\n".join(rows[: rng.randint(2, 3)])


LAYOUTS: dict[str, tuple[str, Layout]] = {
    "flytning": ("da", flytning),
    "indskrivning": ("da", indskrivning),
    "sygedagpenge": ("da", sygedagpenge),
    "visitation": ("da", visitation),
    "laegebrev": ("da", lægebrev),
    "police": ("da", police),
    "fagforening": ("da", fagforening),
    "kyc": ("da", kyc),
    "loenfil": ("da", lønfil),
    "forskola": ("sv", förskola),
    "hemtjanst": ("sv", hemtjänst),
    "patientavgift": ("sv", patientavgift),
    "akassa": ("sv", akassa),
    "bostadsko": ("sv", bostadskö),
    "svcsv": ("sv", svcsv),
    "chatt": ("sv", chatt),
    "nordisk": ("en", nordisk),
    "nav": ("no", nav),
    "kela": ("fi", kela),
    "negda": ("da", negda),
    "negsv": ("sv", negsv),
}


def draws(rng: random.Random) -> list[tuple[str, str, str]]:
    """(family, lang, markup) for every draw, layout by layout."""
    return [(f"gen-{name}", lang, fn(rng)) for name, (lang, fn) in LAYOUTS.items() for _ in range(DRAWS)]
