"""Generated v12 layouts: each draws names, fields, forms and look-alikes at random into slot markup."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from benchmarks.redteam.common import FI_FIRST, FI_LAST, NO_FIRST, NO_LAST, da_name, sv_name

DRAWS = 7


def _cpr(rng: random.Random) -> str:
    opts = rng.choice(["", "", "", "plain", "sp", "en", "dots", "kid", "kid,plain", "jan1", "old", "nl", "sds"])
    return f"[[cpr:{opts}]]" if opts else "[[cpr]]"


def _pnr(rng: random.Random) -> str:
    opts = rng.choice(["", "", "l", "ld", "ld", "lsp", "s", "co", "co,ld", "kid,ld", "plus", "nl", "kid,l"])
    return f"[[pnr:{opts}]]" if opts else "[[pnr]]"


def _rows(rng: random.Random, lo: int, hi: int) -> range:
    return range(rng.randint(lo, hi))


def teams_da(rng: random.Random) -> str:
    a, b = da_name(rng).split()[0], da_name(rng).split()[0]
    hh = rng.randint(8, 15)
    ask = rng.choice(["har du cpr på", "hvad er cpr-nummeret på", "send lige personnummeret for"])
    who = da_name(rng)
    return (
        f"[{hh}:{rng.randint(10, 59)}] {a}: {ask} {who}?\n"
        f"[{hh}:{rng.randint(10, 59)}] {b}: {_cpr(rng)}\n"
        f"[{hh}:{rng.randint(10, 59)}] {a}: tak. ordren er {{{{mod10:dash}}}} btw\n"
        f"[{hh + 1}:{rng.randint(10, 59)}] {b}: 👍 ring {{{{tlfdk8}}}} hvis det driller"
    )


def slack_sv(rng: random.Random) -> str:
    a, b = sv_name(rng).split()[0].lower(), sv_name(rng).split()[0].lower()
    who = sv_name(rng)
    return (
        f"#{rng.choice(['lon', 'hr-internt', 'kundtjanst'])} {{{{isodate}}}}\n"
        f"{a}: behöver personnumret till {who} för {rng.choice(['lönekörningen', 'pensionen', 'friskvården'])}\n"
        f"{b}: {_pnr(rng)}\n"
        f"{a}: och {rng.choice(['hans', 'hennes'])} {rng.choice(['partner', 'barn'])}? {b}: {_pnr(rng)}\n"
        f"{a}: tack! ärende {{{{luhn12}}}} uppdaterat"
    )


def ics_da(rng: random.Random) -> str:
    who = da_name(rng)
    what = rng.choice(["Opfølgningssamtale", "Partshøring", "Rundbordssamtale", "Lægesamtale"])
    return (
        "BEGIN:VEVENT\n"
        f"SUMMARY:{what} {who}\n"
        f"DTSTART:2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}T{rng.randint(8, 15):02d}0000\n"
        f"DESCRIPTION:Borgerens cpr: {_cpr(rng)}. Sagsnr. {{{{date10:dash}}}}.\n"
        f"UID:{{{{uuid}}}}\nEND:VEVENT"
    )


def reply_sv(rng: random.Random) -> str:
    asker, answerer = sv_name(rng), sv_name(rng)
    return (
        f"{rng.choice(['Tack!', 'Toppen, då är det klart.', 'Perfekt.'])}\n\n"
        f"> {answerer} skrev:\n> Mitt personnummer är {_pnr(rng).replace(':nl', ':ld')} och kundnumret {{{{luhn10}}}}.\n"
        f">> {asker} skrev:\n>> Kan du skicka personnumret så vi kan registrera {rng.choice(['avtalet', 'ansökan', 'flytten'])}?"
    )


def daycare_da(rng: random.Random) -> str:
    parent, kid_first = da_name(rng), da_name(rng).split()[0]
    return (
        f"{rng.choice(['Indmeldelse', 'Ansøgning om plads', 'Skift af institution'])} – {rng.choice(['vuggestue', 'børnehave', 'SFO'])}\n"
        f"Barn: {kid_first}, cpr [[cpr:kid]]\n"
        f"Forælder: {parent}, cpr {_cpr(rng)}\n"
        f"Telefon {{{{tlfdk}}}}. Ønsket start {{{{date}}}}. Pladsnr. {{{{n:6}}}}"
    )


def csn_sv(rng: random.Random) -> str:
    who = sv_name(rng)
    return (
        f"CSN – {rng.choice(['Beslut', 'Återkrav', 'Ändrat beslut'])}\n"
        f"Till: {who}, {_pnr(rng)}\n"
        f"Belopp {{{{amount}}}} kr. Ärendenummer {{{{luhn12}}}}.\n"
        "Betala till bankgiro {{bg}} med OCR {{ocr:ten}}."
    )


def payroll_da(rng: random.Random) -> str:
    rows = [
        f"D;{_cpr(rng).replace(':nl', ':plain').replace(':sds', ':plain')};{{{{n:4}}}};{{{{amount}}}}"
        for _ in _rows(rng, 2, 4)
    ]
    return "H;LØN;{{cvr}};{{isodate}}\n" + "\n".join(rows) + f"\nT;{len(rows)};{{{{amount}}}}"


def payroll_sv(rng: random.Random) -> str:
    forms = ["l", "l", "co,l", "kid,l", "plus"]
    rows = [f"{rng.choice(['1', '2'])} [[pnr:{rng.choice(forms)}]] {{{{n:6}}}} {{{{n:7}}}}" for _ in _rows(rng, 3, 6)]
    return "POSTTYP PERSONNUMMER  ANSTNR BELOPP\n" + "\n".join(rows)


def vehicle_da(rng: random.Random) -> str:
    return (
        f"Motorregistret – {rng.choice(['ejerskifte', 'registrering', 'afmelding'])}\n"
        f"Reg.nr. {{{{plate:dk}}}}  Stelnr. {{{{vin}}}}\n"
        f"Ny ejer: {da_name(rng)}, CPR-nr. {_cpr(rng)}\n"
        f"Tidl. ejer: {rng.choice(['Leasing Nord A/S, CVR {{cvr}}', da_name(rng) + ', CPR-nr. ' + _cpr(rng)])}"
    )


def boat_sv(rng: random.Random) -> str:
    return (
        f"Båtregister – {rng.choice(['Segelsällskapet', 'Båtklubben', 'Kanotförbundet'])}\n"
        f"Båt: HIN {{{{hin}}}}, plats {{{{n:3}}}}\n"
        f"Ägare: {sv_name(rng)}, pnr {_pnr(rng)}\n"
        f"Medlemsnummer {{{{luhn10}}}}, avgift {{{{amount}}}} kr"
    )


def kyc_da(rng: random.Random) -> str:
    owners = "\n".join(f"Reel ejer: {da_name(rng)}, cpr {_cpr(rng)}" for _ in _rows(rng, 1, 3))
    return (
        f"Kundekendskab – {{{{isodate}}}}\nSelskab CVR {{{{cvr}}}}, P-nr. {{{{pnum}}}}\n{owners}\nKonto {{{{ibandk}}}}"
    )


def debt_sv(rng: random.Random) -> str:
    return (
        f"{rng.choice(['Inkassokrav', 'Påminnelse', 'Betalningsföreläggande (utkast)'])}\n"
        f"Gäldenär: {sv_name(rng)}, {_pnr(rng)}\n"
        + rng.choice(["", f"Medgäldenär: {sv_name(rng)}, personnr {_pnr(rng)}\n"])
        + "Fakturanr {{luhn10:dash}}, belopp {{amount}} kr\n"
        "Bankgiro {{bg}}, OCR {{ocr}}"
    )


def survey_en(rng: random.Random) -> str:
    pick = {
        "DK": lambda: _cpr(rng).replace(":nl", ":plain"),
        "SE": lambda: _pnr(rng).replace(":nl", ":ld"),
        "NO": lambda: rng.choice(["[[fnr]]", "[[fnr:d]]"]),
        "FI": lambda: rng.choice(["[[hetu]]", "[[hetu:new]]"]),
    }
    rows = []
    for _ in _rows(rng, 3, 5):
        c = rng.choice(list(pick))
        rows.append(f"{{{{n:5}}}},{c},{pick[c]() if rng.random() < 0.75 else ''},{rng.randint(1, 5)}")
    return "response_id,country,national_id_optional,score\n" + "\n".join(rows)


def church_da(rng: random.Random) -> str:
    event = rng.choice(["Dåb", "Konfirmation", "Vielse", "Begravelse"])
    main = "[[cpr:kid]]" if event in ("Dåb", "Konfirmation") else _cpr(rng)
    return (
        f"Kirkebog – {event}, {rng.choice(['Sankt Mortens', 'Vor Frelsers', 'Budolfi', 'Hans Tausens'])} Sogn\n"
        f"Hovedperson: {da_name(rng)}, cpr {main}\n"
        f"Anmelder: {da_name(rng)}, cpr {_cpr(rng)}\n"
        "Kirkebogsside {{n:3}}, løbenr. {{n:4}}"
    )


def brf_sv(rng: random.Random) -> str:
    rows = "\n".join(f"{{{{n:4}}}} | {sv_name(rng)} | {_pnr(rng).replace(':nl', ':ld')}" for _ in _rows(rng, 3, 5))
    return f"BRF {rng.choice(['Linden', 'Björken', 'Havsutsikten', 'Kvarnen'])} – medlemsförteckning\nLgh | Medlem | Personnummer\n{rows}\nOrg.nr {{{{orgnr}}}}"


def club_da(rng: random.Random) -> str:
    rows = "\n".join(f"{da_name(rng)};{rng.choice(['[[cpr:kid]]', _cpr(rng)])};{{{{mod10}}}}" for _ in _rows(rng, 2, 4))
    return (
        f"{rng.choice(['Håndboldklub', 'Gymnastikforening', 'Skytteforening'])} – medlemmer\nNavn;CPR;Medlemsnr\n{rows}"
    )


def police_sv(rng: random.Random) -> str:
    return (
        f"Polisanmälan – {rng.choice(['skadegörelse', 'stöld', 'bedrägeri', 'trafikbrott'])}\n"
        f"Målsägande: {sv_name(rng)}, {_pnr(rng)}\n"
        f"Misstänkt: {rng.choice(['okänd', sv_name(rng) + ', ' + _pnr(rng)])}\n"
        "Ärendenummer K{{n:6}}-26, mobil IMEI {{imei}}"
    )


def residence_no(rng: random.Random) -> str:
    who = f"{rng.choice(NO_FIRST)} {rng.choice(NO_LAST)}"
    kind = rng.choice([("Fødselsnummer", "[[fnr]]"), ("D-nummer", "[[fnr:d]]"), ("Fødselsnr.", "[[fnr:sp]]")])
    return (
        f"{rng.choice(['Skattekort', 'Oppholdskort', 'Lønnsslipp'])} – {who}\n"
        f"{kind[0]}: {kind[1]}\n"
        "Arbeidsgiver org.nr. {{noorg}}, konto {{fnrkto}}, KID {{fnrlike}}"
    )


def register_fi(rng: random.Random) -> str:
    who = f"{rng.choice(FI_FIRST)} {rng.choice(FI_LAST)}"
    return (
        f"{rng.choice(['Kela – päätös', 'Palkkalaskelma', 'Vuokrasopimus'])}\n"
        f"Nimi: {who}, henkilötunnus {rng.choice(['[[hetu]]', '[[hetu:new]]', '[[hetu:new,kid]]', '[[hetu:old]]'])}\n"
        "Y-tunnus {{ytunnus}}, viitenumero {{n:10}}, puh. {{tlffi}}"
    )


def fixture_en(rng: random.Random) -> str:
    key, val = rng.choice(
        [("cpr", _cpr(rng).replace(":nl", ":plain").replace(":sds", ":plain")), ("personnummer", "[[pnr:l]]")]
    )
    return (
        "// test fixture – TODO: real number pasted from a support case, replace\n"
        f'{{"name": "{rng.choice([da_name(rng), sv_name(rng)])}", "{key}": "{val}", '
        f'"orderId": "{{{{mod10}}}}", "created": "{{{{stamp}}}}"}}'
    )


def negatives(rng: random.Random) -> str:
    lines = rng.sample(
        [
            "Ordrenr. {{mod10:dash}}",
            "Kundenr. {{date10}}",
            "CVR {{cvr}}",
            "P-nr. {{pnum}}",
            "Ordernr {{luhn12}}",
            "Org.nr {{orgnr}}",
            "Bankgiro {{bg}}",
            "Plusgiro {{pg}}",
            "OCR {{ocr}}",
            "FIK {{fik}}",
            "Tlf. {{tlfdk}}",
            "Mobil {{mobse}}",
            "Unix-tid {{epoch}}",
            "Stregkode {{embed}}",
            "Konto {{regdash}}",
            "CPR {{mcpr}} (maskeret)",
        ],
        5,
    )
    return f"{rng.choice(['Stamdata', 'Masterdata', 'Grunddata'])} – ingen personer\n" + "\n".join(lines)


LAYOUTS: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "teams": ("da", teams_da),
    "slack": ("sv", slack_sv),
    "ics": ("da", ics_da),
    "reply": ("sv", reply_sv),
    "daycare": ("da", daycare_da),
    "csn": ("sv", csn_sv),
    "payroll-csv": ("da", payroll_da),
    "payroll-fixed": ("sv", payroll_sv),
    "vehicle": ("da", vehicle_da),
    "boat": ("sv", boat_sv),
    "kyc": ("da", kyc_da),
    "debt": ("sv", debt_sv),
    "survey": ("en", survey_en),
    "church": ("da", church_da),
    "brf": ("sv", brf_sv),
    "club": ("da", club_da),
    "police": ("sv", police_sv),
    "residence": ("no", residence_no),
    "register": ("fi", register_fi),
    "fixture": ("en", fixture_en),
    "negatives": ("da", negatives),
}


def draws(rng: random.Random) -> Iterator[tuple[str, str, str]]:
    """(layout name, lang, markup) for every draw, layout by layout."""
    for name, (lang, fn) in LAYOUTS.items():
        for _ in range(DRAWS):
            yield name, lang, fn(rng)
