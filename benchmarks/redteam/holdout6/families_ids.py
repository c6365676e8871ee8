"""Generated layouts for identifiers.jsonl: volume with many distinct layouts, each drawn a few times.

Each family is a function ``rng -> (lang, markup)``; labelled numbers and hard negatives come from the
markup kinds of render.py, so every label's offsets come from the renderer.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.redteam.holdout6.pools import firm, full, person, street, town

Family = Callable[[random.Random], tuple[str, str]]


def _cprf(rng: random.Random, opts: str = "") -> str:
    form = rng.choice(["dash", "dash", "dash", "plain", "space", "endash"])
    mod = "n" if rng.random() < 0.2 else ""
    o = ",".join(x for x in (mod, opts) if x)
    return f"«cpr:{form}{'@' + o if o else ''}»"


def _pnrf(rng: random.Random, opts: str = "", sam: float = 0.08) -> str:
    kind = "sam" if rng.random() < sam else "pnr"
    form = rng.choice(["short_dash", "short_dash", "long_dash", "long", "short", "long_space"])
    return f"«{kind}:{form}{'@' + opts if opts else ''}»"


def webshop_return_da(rng: random.Random) -> tuple[str, str]:
    name = full(rng, "da")
    pay = rng.choice(["faktura (ViaBill)", "kort", "MobilePay", "faktura (Anyday)"])
    cpr_line = f"Kreditvurdering: CPR {_cprf(rng)}\n" if "faktura" in pay else ""
    return "da", (
        f"Returseddel - udfyldes og lægges i pakken\n\nOrdrenr.: «n:8»\nKunde: {name}\nKundenr.: «dl10»\n"
        f"Betalt med: {pay}\n{cpr_line}Varer retur:\n"
        + "".join(
            f"  [x] Varenr. «n:7»  EAN «ean:57»  Årsag: {rng.choice(['for lille', 'for stor', 'defekt', 'fortrudt'])}\n"
            for _ in range(rng.randint(1, 3))
        )
        + "Returlabel: «s10:DK»"
    )


def customs_sv(rng: random.Random) -> tuple[str, str]:
    rows = []
    for _ in range(rng.randint(3, 6)):
        if rng.random() < 0.5:
            rows.append(f"{full(rng, 'sv')};privatperson;{_pnrf(rng)};«s10:CN»;«n:3»,00")
        else:
            rows.append(f"{firm(rng, 'sv')};företag;«orgnr»;«s10:US»;«n:4»,00")
    return (
        "sv",
        "Tullärenden att granska (export från Tulldatasystemet)\nMottagare;Typ;Id-nummer;Försändelse;Värde SEK\n"
        + "\n".join(rows),
    )


def donations_se(rng: random.Random) -> tuple[str, str]:
    sep = rng.choice([";", "\t", ","])
    head = sep.join(["Givarnr", "Namn", "Personnummer", "Gåvor 2026"])
    rows = []
    for _ in range(rng.randint(3, 7)):
        pn = _pnrf(rng, rng.choice(["", "", "senior", "old"]), sam=0.0) if rng.random() < 0.85 else ""
        rows.append(sep.join(["«dl10»", full(rng, "sv", 0.05), pn, f"{rng.randint(2, 60) * 100}"]))
    return (
        "sv",
        f"Underlag skattereduktion gåvor - {rng.choice(['Stadsmissionen', 'Naturskyddsföreningen', 'Hjärt-Lungfonden'])}\n{head}\n"
        + "\n".join(rows),
    )


def donations_dk(rng: random.Random) -> tuple[str, str]:
    rows = []
    for _ in range(rng.randint(3, 6)):
        rows.append(
            f"{full(rng, 'da', 0.05):<28}{_cprf(rng, rng.choice(['', 'senior'])):<8}   {rng.randint(2, 150) * 100:>7},00"
        )
    return "da", (
        f"Gaveindberetning § 8A - {rng.choice(['Kirkens Korshær', 'Dyrenes Beskyttelse', 'Kræftens Bekæmpelse'])}\n"
        f"Forening CVR «cvr» / SE-nr «senr»\nGiver                       CPR-nr.       Beløb\n" + "\n".join(rows)
    )


def club_roster_da(rng: random.Random) -> tuple[str, str]:
    with_cpr = rng.random() < 0.6
    lines = []
    for _ in range(rng.randint(4, 7)):
        n = full(rng, "da")
        ident = _cprf(rng, rng.choice(["", "child"])) if with_cpr else "«bdate:%d.%m.%Y»"
        lines.append(f"| «n:5» | {n} | {ident} | «phdk:space» |")
    col = "CPR" if with_cpr else "Fødselsdato"
    club = rng.choice(["Skive Svømmeklub", "Hvidovre Badminton", "Tønder Rideklub", "Lemvig Petanque"])
    return "da", f"## {club} - medlemmer\n\n| Medl.nr | Navn | {col} | Mobil |\n|---|---|---|---|\n" + "\n".join(lines)


def idrott_sv(rng: random.Random) -> tuple[str, str]:
    out = ["Förening: " + rng.choice(["Umeå IK", "Kalmar Simsällskap", "Gefle Orienteringsklubb", "BK Häcken Ungdom"])]
    for _ in range(rng.randint(3, 6)):
        f, last = person(rng, "sv")
        out.append(f"{last}, {f}\t{_pnrf(rng, rng.choice(['', 'child']))}\tLicens «n:7»\t«phse:mobile»")
    return "sv", "\n".join(out)


def brf_transfer_sv(rng: random.Random) -> tuple[str, str]:
    s, b = full(rng, "sv"), full(rng, "sv")
    return "sv", (
        f"Ansökan om medlemskap i Brf {rng.choice(['Humlegården', 'Ekbacken 2', 'Sjöutsikten', 'Gjutaren'])} (org.nr «orgnr»)\n"
        f"Lägenhet nr {rng.randint(1001, 1404)}, andel «n:2»,«n:2» %\n"
        f"Säljare: {s} ({_pnrf(rng)})\nKöpare: {b} ({_pnrf(rng)})\n"
        f"Tillträde: «date:%Y-%m-%d». Mäklarens ärendenummer «dl10»."
    )


def waitlist_da(rng: random.Random) -> tuple[str, str]:
    rows = []
    for i in range(rng.randint(3, 6)):
        if rng.random() < 0.7:
            rows.append(f"{i + 1}. {full(rng, 'da')} - CPR {_cprf(rng)} - anc. «date:%d.%m.%Y» - ventelistenr. «dl10»")
        else:
            rows.append(f"{i + 1}. {full(rng, 'da')} - (CPR mangler) - anc. «date:%d.%m.%Y» - ventelistenr. «dl10»")
    return (
        "da",
        f"{rng.choice(['AKB', 'Lejerbo', 'Domea', 'FSB'])} - Oprykning på venteliste, afd. {rng.randint(10, 99)}\n"
        + "\n".join(rows),
    )


def telecom_invoice(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        return "da", (
            f"{rng.choice(['YouSee', 'Telenor', 'CBB', 'Norlys'])} - Faktura «dl10»\nKundenr. «dl10»\n"
            f"Abonnementer:\n  «phdk:space»  Mobil 50 GB   129,00\n  «phdk:space»  Mobil 10 GB    99,00\n"
            f"Bredbånd, installations-id «n:9»   299,00\nIndbetalingskort +71<«ocr:15»+«n:8»<\nTelefon «phdk:pairs»"
        )
    return "sv", (
        f"{rng.choice(['Tele2', 'Telia', 'Comviq', 'Bahnhof'])} - Faktura «lu10d»\nKundnummer «dl10»\n"
        f"Mobil «phse:mobile»  Fast pris 249 kr\nMobil «phse:plain»  Surf 20 GB 199 kr\n"
        f"Bankgiro «bankgiro»  OCR «ocr10»"
    )


def utility_move(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        return "da", (
            f"Flytning af el - {rng.choice(['Andel Energi', 'Norlys', 'OK El', 'Ørsted'])}\nMålepunkt (GSRN): 5713131«n:11»\n"
            f"Fraflytter: {full(rng, 'da')}, {_cprf(rng)}\nTilflytter: {full(rng, 'da')}, {_cprf(rng)}\n"
            f"Aflæsning «date:%d.%m.%Y»: «n:5» kWh\nSagsnr. «dl10d»"
        )
    return "sv", (
        f"Flyttanmälan - {rng.choice(['E.ON', 'Ellevio', 'Göteborg Energi', 'Skellefteå Kraft'])}\nAnläggnings-ID: 735999«n:12»\n"
        f"Avflyttande kund: {full(rng, 'sv')} {_pnrf(rng)}\nInflyttande kund: {full(rng, 'sv')} {_pnrf(rng)}\n"
        f"Mätarställning «n:5» kWh. Ärende «dl10»."
    )


def travel_pax(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    rows = []
    for _ in range(rng.randint(2, 5)):
        n = full(rng, lang)
        if lang == "da":
            ident = _cprf(rng, rng.choice(["", "child"])) if rng.random() < 0.5 else "født «bdate:%d.%m.%Y»"
        else:
            ident = _pnrf(rng, rng.choice(["", "child"])) if rng.random() < 0.5 else "född «bdate:%Y-%m-%d»"
        rows.append(f"- {n}, {ident}, pas «n:9»")
    head = "Deltagerliste gruppetur" if lang == "da" else "Resenärslista gruppresa"
    return lang, f"{head} {rng.choice(['Rom', 'Krakow', 'Madeira', 'Island'])} - booking «n:7»\n" + "\n".join(rows)


def migration_sv(rng: random.Random) -> tuple[str, str]:
    n = full(rng, "sv", 0.9)
    ident = rng.choice(
        [
            f"samordningsnummer «sam:{rng.choice(['long_dash', 'short_dash'])}»",
            "inget svenskt id-nummer",
            f"personnummer {_pnrf(rng, sam=0)}",
        ]
    )
    return "sv", (
        f"Migrationsverket - Mottagningsbevis\nÄrendenummer: «n:2»-«n:6»\nSökande: {n}\nIdentitet: {ident}\n"
        f"LMA-kortnummer: «n:6»\nHandläggare nås på «phse:land». Beslut meddelas via brev."
    )


def redcap_csv(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    col = "cpr" if lang == "da" else "personnummer"
    rows = [f"record_id,{col},visit,date,score"]
    for i in range(rng.randint(3, 6)):
        ident = (_cprf(rng) if lang == "da" else _pnrf(rng)) if rng.random() < 0.8 else ""
        rows.append(f"{i + 101},{ident},v{rng.randint(1, 3)},«date:%Y-%m-%d»,«n:2»")
    return lang, "\n".join(rows)


def biobank(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    head = "Prøvenr.;Materiale;Boks;Position" if lang == "da" else "Provnr;Material;Låda;Position"
    rows = [head] + [
        f"«dl10»;{rng.choice(['EDTA', 'Serum', 'Plasma', 'DNA'])};«n:3»;«n:2»" for _ in range(rng.randint(4, 8))
    ]
    return lang, "\n".join(rows)


def parking(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        return "da", (
            f"{rng.choice(['Q-Park', 'Apcoa', 'EuroPark', 'ParkZone'])} kontrolafgift\nAfgiftsnr. «dl10»\nReg.nr. {rng.choice(['AB', 'CY', 'DK', 'EJ'])} «n:2» «n:3»\n"
            f"Tid: «date:%d.%m.%Y» «time»\nBetal 795 kr. på reg. «n:4» konto «dl10» mrk. «dl10»"
        )
    return "sv", (
        f"{rng.choice(['Aimo Park', 'Stockholm Parkering', 'Securitas Parkering'])} - kontrollavgift\nNr «ocr10»\nReg.nr {rng.choice(['ABC', 'XYZ', 'MLK', 'HTR'])} «n:2»«letters:1»\n"
        f"«date:%Y-%m-%d» kl «time»\nBetala 700 kr till bankgiro «bankgiro», OCR «ocr10»"
    )


def vehicle_sale(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        return "da", (
            f"Købekontrakt - {rng.choice(['Toyota Yaris', 'Skoda Octavia', 'Tesla Model 3', 'Peugeot 208'])}\nSælger: {firm(rng, 'da')}, CVR «cvr»\n"
            f"Køber: {full(rng, 'da')}, CPR {_cprf(rng)}\nStelnr.: «vin»\nFinansiering: aftale «dl10»"
        )
    return "sv", (
        f"Köpeavtal - {rng.choice(['Volvo XC40', 'Kia Niro', 'VW ID.4', 'Saab 9-3'])}\nSäljare: {firm(rng, 'sv')}, org.nr «orgnr»\n"
        f"Köpare: {full(rng, 'sv')}, pnr {_pnrf(rng)}\nVIN: «vin»\nFinansiering: kontrakt «lu10d»"
    )


def library_loans(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    child = full(rng, lang)
    if lang == "da":
        return lang, (
            f"Bibliotekskort til barn\nBarn: {child}\nBarnets CPR: {_cprf(rng, 'child')}\nForælder: {full(rng, lang)}, {_cprf(rng)}\n"
            f"Lånernr. «dl10»   Pinkode: ****"
        )
    return lang, (
        f"Lånekort barn\nBarn: {child}, {_pnrf(rng, 'child')}\nMålsman: {full(rng, lang)}, {_pnrf(rng)}\nLånekortsnummer «n:14»"
    )


def pension_statement(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        return "da", (
            f"{rng.choice(['PensionDanmark', 'Sampension', 'AP Pension', 'Velliv'])} - årsoversigt\nPolice «dl10»\n{full(rng, 'da')}, CPR {_cprf(rng, 'senior')}\n"
            f"Depot pr. 31.12: «amount» kr.\nArbejdsgiver CVR «cvr», P-nr. «pnum»"
        )
    return "sv", (
        f"{rng.choice(['AMF', 'Alecta', 'Folksam', 'KPA Pension'])} - årsbesked\nAvtal «dl10»\n{full(rng, 'sv')}, {_pnrf(rng, 'senior')}\n"
        f"Värde 31 dec: «amount» kr\nArbetsgivare org.nr «orgnr»"
    )


def blood_donor(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    if lang == "da":
        return (
            lang,
            f"Indkaldelse til tapning\nDonor: {full(rng, lang)}\nDonornr. «dl10»\nCPR: {_cprf(rng)}\nTid: «date:%d.%m.%Y» kl. 16:40",
        )
    return (
        lang,
        f"Kallelse till blodgivning\nGivare: {full(rng, lang)}\nGivarnr «dl10»\nPersonnr: {_pnrf(rng)}\nTid: «date:%Y-%m-%d» 16.40",
    )


def k8s_logs(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines = []
    for _ in range(rng.randint(3, 6)):
        r = rng.random()
        if r < 0.35:
            key, val = ("cpr", _cprf(rng)) if lang == "da" else ("pnr", _pnrf(rng))
        elif r < 0.7:
            key, val = rng.choice([("order_id", "«dl10»"), ("session", "«n:10»"), ("ts_id", "«tstamp»")])
        else:
            key, val = "phone", ("«phdk:plain»" if lang == "da" else "«phse:plain»")
        lines.append(
            f'{{"time":"2026-11-30T«time:s»Z","level":"info","msg":"lookup","{key}":"{val}","pod":"svc-«n:5»"}}'
        )
    return lang, "\n".join(lines)


def whatsapp(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    a, b = full(rng, lang).split()[0], full(rng, lang).split()[0]
    if lang == "da":
        body = [
            f"[«date#d:%d.%m.%y», 18:02] {a}: skal lige bruge dit cpr til forsikringen",
            f"[«date#d:%d.%m.%y», 18:05] {b}: {_cprf(rng)}",
            f"[«date#d:%d.%m.%y», 18:06] {a}: og ordrenummeret fra skadesanmeldelsen?",
            f"[«date#d:%d.%m.%y», 18:11] {b}: ordrenr. «dl10d»",
        ]
    else:
        body = [
            f"[«date#d:%Y-%m-%d» 18:02] {a}: vad är ditt personnummer? ska boka resan",
            f"[«date#d:%Y-%m-%d» 18:05] {b}: {_pnrf(rng)}",
            f"[«date#d:%Y-%m-%d» 18:06] {a}: och bokningsnumret?",
            f"[«date#d:%Y-%m-%d» 18:11] {b}: bokningsnr «lu10d»",
        ]
    return lang, "\n".join(body)


def swift_mt(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    name = full(rng, lang, 0).upper()
    ident = _cprf(rng).replace(":dash", ":plain") if lang == "da" else _pnrf(rng).replace("_dash", "")
    why = rng.choice(["LOEN", "ARV", "DEPOSITUM", "GAVE"])
    return lang, (
        f":20:«n:12»\n:32A:«date:%y%m%d»{'DKK' if lang == 'da' else 'SEK'}«n:5»,00\n:50K:/{'«ibandk»' if lang == 'da' else '«ibanse»'}\n{name}\n"
        f":59:/«n:14»\n{full(rng, lang, 0).upper()}\n:70:{why} {ident}\n:71A:OUR"
    )


def lotto_negative(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    if lang == "da":
        return (
            lang,
            f"Danske Spil - kvittering\nKupon «dl10»\nSpil-id «dl10d»\nRække: {' '.join(f'{x:02d}' for x in sorted(rng.sample(range(1, 37), 7)))}\nSolgt «date:%d.%m.%Y» i Kiosk «n:4»",
        )
    return (
        lang,
        f"Svenska Spel - kvitto\nKupong «ocr10»\nSpel-ID «lu10d»\nRad: {' '.join(f'{x:02d}' for x in sorted(rng.sample(range(1, 36), 7)))}\nKöpt «date:%Y-%m-%d» ombud «n:5»",
    )


def phone_list_sv(rng: random.Random) -> tuple[str, str]:
    rows = [
        f"{full(rng, 'sv')}\t«phse:plain»\t{rng.choice(['Lager', 'Kassa', 'Chaufför', 'Kontor'])}"
        for _ in range(rng.randint(4, 8))
    ]
    return "sv", "Telefonlista personal (mobil)\n" + "\n".join(rows)


def p_numbers_da(rng: random.Random) -> tuple[str, str]:
    rows = [
        f"{rng.choice(['Butik', 'Lager', 'Værksted', 'Kontor'])} {town(rng, 'da')}: P-nr. «pnum», adr. {street(rng, 'da')}"
        for _ in range(rng.randint(3, 6))
    ]
    return "da", f"{firm(rng, 'da')} (CVR «cvr») - produktionsenheder\n" + "\n".join(rows)


def recruit_pipeline(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    rows = []
    for _ in range(rng.randint(3, 6)):
        stage = rng.choice(
            ["Screening", "1. samtale", "Test", "Tilbud"]
            if lang == "da"
            else ["Urval", "Intervju", "Test", "Erbjudande"]
        )
        ident = ""
        if stage in ("Tilbud", "Erbjudande"):
            ident = _cprf(rng) if lang == "da" else _pnrf(rng)
        rows.append(f'"{full(rng, lang, 0.2)}","{stage}","«n:6»","{ident}"')
    head = (
        '"Kandidat","Status","Kandidat-ID","CPR"'
        if lang == "da"
        else '"Kandidat","Status","Kandidat-ID","Personnummer"'
    )
    return lang, head + "\n" + "\n".join(rows)


def invoice_lines(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    if lang == "da":
        return lang, (
            f"{firm(rng, lang)}\nCVR «cvr» · {street(rng, lang)}, {town(rng, lang)}\nFaktura «dl10d»   Dato «date:%d.%m.%Y»\n"
            f"Ordre «dl10»   Deres ref.: «n:6»\nBetal til «kontodk» - FI +71<«ocr:15»+«n:8»<"
        )
    return lang, (
        f"{firm(rng, lang)}\nOrg.nr «orgnr» · {street(rng, lang)}, {town(rng, lang)}\nFaktura «lu10d»   Datum «date:%Y-%m-%d»\n"
        f"Order «ocr10»   Er referens: «n:6»\nBankgiro «bankgiro» · OCR «ocr10» · Plusgiro «plusgiro»"
    )


def ocr_letter(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    if lang == "da":
        return lang, (
            f"[scannet side 1]\nVedr.: {full(rng, lang)}\nCPR.nr.: {rng.choice(['«cpr:ocr»', '«cpr:nl»', '«cpr:spdash»', '«cpr:boxes»'])}\n"
            f"J.nr. «dl10d»  Side 1/2"
        )
    return lang, (
        f"[inskannad sida]\nAngående: {full(rng, lang)}\nPersonnr: {rng.choice(['«pnr:ocr»', '«pnr:nl»', '«pnr:endash»', '«pnr:long_space»'])}\n"
        f"Dnr «year»/«n:4»  Sida 1(2)"
    )


def ldif_entries(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv", "no"])
    out = []
    for _ in range(rng.randint(2, 3)):
        first, last = person(rng, "sv" if lang == "sv" else "da")
        uid = (first[:2] + last[:2]).lower()
        if lang == "da":
            ident = f"schacPersonalUniqueID: urn:mace:terena.org:schac:personalUniqueID:dk:CPR:{_cprf(rng).replace(':dash', ':plain').replace(':space', ':plain').replace(':endash', ':plain')}"
        elif lang == "sv":
            ident = "schacPersonalUniqueID: urn:schac:personalUniqueID:se:pnr:«pnr:long»"
        else:
            ident = "norEduPersonNIN: «fnr»"
        out.append(
            f"dn: uid={uid},ou=people,dc=example,dc=org\ncn: {first} {last}\nuid: {uid}\nemployeeNumber: «dl10»\n{ident}\n"
        )
    return lang, "\n".join(out).rstrip("\n")


def fi_no_rows(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        rows = [f"{full(rng, 'da', 0)};«hetu»;«n:5»" for _ in range(rng.randint(2, 4))]
        return "fi", "Nimi;Henkilötunnus;Asiakasnumero\n" + "\n".join(rows) + "\nY-tunnus «ytunnus»"
    rows = [
        f"{full(rng, 'da', 0)}\t«fnr{':space' if rng.random() < 0.4 else ''}»\t«phno»" for _ in range(rng.randint(2, 4))
    ]
    return "no", "Navn\tFødselsnummer\tTelefon\n" + "\n".join(rows) + "\nOrg.nr. «noorg:spaced»"


def ebox_letter(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    if lang == "da":
        return lang, (
            f"Kære {full(rng, lang)}\nDu er tilmeldt {rng.choice(['Vandværket', 'Forsyning Helsingør', 'Energi Fyn'])} som ny kunde.\n"
            f"Kundenummer: «dl10»   Forbrugssted: «n:8»\nVi har registreret dig med CPR-nr. {_cprf(rng)}. Spørgsmål: «phdk:pairs»"
        )
    return lang, (
        f"Hej {full(rng, lang)}!\nVälkommen som kund hos {rng.choice(['Bredband2', 'Ownit', 'Telia'])}.\nKundnummer: «dl10»\n"
        f"Vi har registrerat ditt personnummer {_pnrf(rng)}. Frågor: «phse:land»"
    )


FAMILIES: dict[str, Family] = {
    "gen-webshop-return": webshop_return_da,
    "gen-customs-rows": customs_sv,
    "gen-donations-se": donations_se,
    "gen-donations-dk": donations_dk,
    "gen-club-markdown": club_roster_da,
    "gen-idrott-tsv": idrott_sv,
    "gen-brf-transfer": brf_transfer_sv,
    "gen-waitlist": waitlist_da,
    "gen-telecom-invoice": telecom_invoice,
    "gen-utility-move": utility_move,
    "gen-travel-pax": travel_pax,
    "gen-migration": migration_sv,
    "gen-redcap": redcap_csv,
    "gen-biobank": biobank,
    "gen-parking": parking,
    "gen-vehicle": vehicle_sale,
    "gen-library": library_loans,
    "gen-pension": pension_statement,
    "gen-blood": blood_donor,
    "gen-k8s": k8s_logs,
    "gen-whatsapp": whatsapp,
    "gen-swift": swift_mt,
    "gen-lotto": lotto_negative,
    "gen-phonelist": phone_list_sv,
    "gen-pnumbers": p_numbers_da,
    "gen-recruit": recruit_pipeline,
    "gen-invoice": invoice_lines,
    "gen-ocrscan": ocr_letter,
    "gen-ldif": ldif_entries,
    "gen-fino": fi_no_rows,
    "gen-welcome": ebox_letter,
}
