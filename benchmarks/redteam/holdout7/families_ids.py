"""Generated layouts for identifiers.jsonl (v7): many layouts, each drawn a few times with new rows and values."""

from __future__ import annotations

import random

from benchmarks.redteam.holdout7 import pools as P


def _cpr(rng: random.Random) -> str:
    r = rng.random()
    form = rng.choice(["", "", "", ":plain", ":space"])
    if r < 0.12:
        return f"⟨cpr{form}@nomod⟩" if form else "⟨cpr@nomod⟩"
    return f"⟨cpr{form}⟩"


def _pnr(rng: random.Random, forms: tuple[str, ...] = ("", ":long_dash", ":long", ":short")) -> str:
    form = rng.choice(forms)
    kind = "sam" if rng.random() < 0.08 else "pnr"
    return f"⟨{kind}{form}⟩"


def hotel_register(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    sep = rng.choice([";", "\t", " | "])
    head = ["Ankomst", "Vær.", "Navn", "Nat.", "ID"] if lang == "da" else ["Ankomst", "Rum", "Namn", "Nat.", "ID-nr"]
    rows = [sep.join(head)]
    for _ in range(rng.randint(3, 7)):
        nat = rng.choice(["DK", "SE", "DE", "NO", "PL", "GB"])
        name = P.dk(rng) if nat == "DK" else P.se(rng) if nat == "SE" else P.person(rng, "xx")
        if nat == "DK":
            idv = _cpr(rng)
        elif nat == "SE":
            idv = _pnr(rng)
        elif nat == "NO":
            idv = "⟨fnr⟩"
        else:
            idv = "pas ⟨n:9⟩" if lang == "da" else "pass ⟨n:9⟩"
        rows.append(sep.join([P.date(rng, "%d.%m"), f"{rng.randint(101, 420)}", name, nat, idv]))
    title = "Gæsteliste, Hotel Fjordblik" if lang == "da" else "Gästlista, Hotell Strandbaden"
    return lang, title + "\n" + "\n".join(rows)


def crew_fixed(rng: random.Random) -> tuple[str, str]:
    lines = [
        f"CREW LIST  M/V {rng.choice(['NORD', 'BALTIC', 'ØRESUND', 'KATTEGAT'])} {rng.choice(['STAR', 'SPIRIT', 'CARRIER'])}   IMO ⟨n:7⟩"
    ]
    lines.append("Seq  Surname          Given name     Rank   Nat  Doc")
    for i in range(rng.randint(4, 8)):
        nat = rng.choice(["DNK", "SWE", "NOR", "FIN", "PHL", "UKR", "POL"])
        if nat == "DNK":
            first, last, doc = rng.choice(P.DK_FIRST), rng.choice(P.DK_LAST), _cpr(rng)
        elif nat == "SWE":
            first, last, doc = rng.choice(P.SE_FIRST), rng.choice(P.SE_LAST), _pnr(rng, (":long_dash", ""))
        elif nat == "NOR":
            first, last = rng.choice(P.NO_NAMES).split()
            doc = "⟨fnr⟩"
        elif nat == "FIN":
            first, last = rng.choice(P.FI_NAMES).split()
            doc = "⟨hetu⟩"
        else:
            first, last = rng.choice(P.FOREIGN).split(maxsplit=1)
            doc = "SB ⟨n:8⟩"
        rank = rng.choice(["Master", "C/O", "2/O", "C/E", "AB", "OS", "Cook", "Oiler"])
        lines.append(f"{i + 1:<5}{last.upper():<17}{first:<15}{rank:<7}{nat:<5}{doc}")
    return "en", "\n".join(lines)


def inkasso_letter(rng: random.Random) -> tuple[str, str]:
    name = P.dk(rng)
    parts = [
        f"Skyldner: {name}",
        "Cpr-nr.: " + _cpr(rng),
        "Sagsnr.: ⟨dl10⟩",
        "Kreditor: " + rng.choice(P.DK_FIRMS) + ", CVR ⟨cvr⟩",
        "Fakturanr.: ⟨n:7⟩",
    ]
    rng.shuffle(parts)
    body = "\n".join(parts)
    return "da", (
        f"{rng.choice(['INKASSOVARSEL', 'Sidste rykker før retslige skridt', 'Påkrav i henhold til rentelovens § 9 b'])}\n"
        f"{body}\nSamlet krav: kr. ⟨amount⟩. Betal med FI ⟨fik⟩ inden {P.date(rng)}."
    )


def kfm_list(rng: random.Random) -> tuple[str, str]:
    lines = ["Målnummer        Gäldenär                 Identitet          Belopp"]
    for _ in range(rng.randint(3, 6)):
        if rng.random() < 0.3:
            firm = rng.choice(P.SE_FIRMS)
            lines.append(f"⟨n:2⟩-⟨n:6⟩-26     {firm:<25}⟨orgnr⟩        {rng.randint(2, 90)} ⟨n:3⟩ kr")
        else:
            lines.append(
                f"⟨n:2⟩-⟨n:6⟩-26     {P.se(rng):<25}{_pnr(rng, ('', ':long_dash'))}   {rng.randint(2, 90)} ⟨n:3⟩ kr"
            )
    return "sv", "Kronofogden - bevakningslista för ombud, utskrift " + P.date(rng, "%Y-%m-%d") + "\n" + "\n".join(
        lines
    )


def bouppteckning_register(rng: random.Random) -> tuple[str, str]:
    dead = P.se(rng)
    rows = [f"Dödsbo efter {dead}, ⟨pnr@senior:long_dash⟩", "Dödsbodelägare:"]
    for rel in rng.sample(["make/maka", "son", "dotter", "barnbarn", "syster", "bror"], rng.randint(2, 4)):
        rows.append(f"  {rel:<10} {P.se(rng):<24} {_pnr(rng, (':long_dash', ''))}")
    rows.append(
        f"Bankkonto: ⟨clearing⟩   Fastighet: {rng.choice(['Kåbo', 'Rödön', 'Tuna', 'Öster'])} {rng.randint(1, 40)}:{rng.randint(1, 99)}"
    )
    rows.append("Registreringsnummer hos Skatteverket: ⟨n:4⟩-⟨n:6⟩")
    return "sv", "\n".join(rows)


def tinglysning(rng: random.Random) -> tuple[str, str]:
    rows = [
        f"Ejendom: matr.nr. {rng.randint(1, 60)}{rng.choice('abcdefg')} {rng.choice(P.DK_TOWNS)} Bygrunde",
        "Adkomster:",
    ]
    for _ in range(rng.randint(1, 2)):
        rows.append(f"  Dato/løbenummer {'⟨tingl⟩'}  Skøde  {P.dk(rng)}, {_cpr(rng)}")
    rows.append("Hæftelser:")
    for _ in range(rng.randint(1, 3)):
        rows.append(f"  Dato/løbenummer ⟨tingl⟩  Realkreditpantebrev  kr. {rng.randint(3, 40) * 100}.000")
    rows.append("BFE-nummer ⟨n:7⟩")
    return "da", "\n".join(rows)


def aula_class(rng: random.Random) -> tuple[str, str]:
    rows = [
        f"Klasseliste {rng.randint(0, 9)}.{rng.choice('ABC')} - til lærerteamet (fortroligt)",
        "Elev, cpr, forælder",
    ]
    for _ in range(rng.randint(4, 8)):
        rows.append(
            f"{rng.choice(P.DK_FIRST)} {rng.choice(P.DK_LAST)}, {'⟨cpr@child⟩' if rng.random() < 0.8 else '⟨cpr@child,nomod⟩'}, {P.dk(rng)}"
        )
    return "da", "\n".join(rows)


def payroll_fixed(rng: random.Random) -> tuple[str, str]:
    rows = ["LØNOVERFØRSEL " + P.date(rng, "%Y%m%d") + " leverance ⟨n:6⟩"]
    for _ in range(rng.randint(4, 8)):
        name = P.dk(rng)
        rows.append(
            f"{name[:22]:<23}{_cpr(rng).replace('⟨cpr:space⟩', '⟨cpr⟩')}  reg ⟨n:4⟩ kto ⟨konto10⟩  {rng.randint(18, 52)}.{rng.randint(100, 999)},00"
        )
    rows.append("SLUT antal=" + str(len(rows) - 1))
    return "da", "\n".join(rows)


def csn_batch(rng: random.Random) -> tuple[str, str]:
    rows = ["Beslutsnr;Personnummer;Termin;Studiemedel"]
    for _ in range(rng.randint(3, 7)):
        rows.append(
            f"⟨n:9⟩;⟨pnr@young:{rng.choice(['long', 'long_dash'])}⟩;VT27;{rng.choice(['heltid', 'halvtid', '75 %'])}"
        )
    return "sv", "\n".join(rows)


def iso_payments(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    out = ["<PmtInf><PmtInfId>⟨ocrse⟩</PmtInfId>"]
    for _ in range(rng.randint(2, 4)):
        if lang == "da":
            nid, acct = "⟨cpr:plain⟩", "⟨ibandk:plain⟩"
        else:
            nid, acct = "⟨pnr:long⟩", "⟨ibanse:plain⟩"
        out.append(
            f"<CdtTrfTxInf><PmtId><EndToEndId>⟨dl10⟩</EndToEndId></PmtId><Cdtr><Nm>{P.person(rng, lang)}</Nm>"
            f"<Id><PrvtId><Othr><Id>{nid}</Id><SchmeNm><Cd>NIDN</Cd></SchmeNm></Othr></PrvtId></Id></Cdtr>"
            f"<CdtrAcct><Id><IBAN>{acct}</IBAN></Id></CdtrAcct></CdtTrfTxInf>"
        )
    out.append("</PmtInf>")
    return lang, "\n".join(out)


def auth_log(rng: random.Random) -> tuple[str, str]:
    rows = []
    for _ in range(rng.randint(3, 6)):
        ip = f"10.{rng.randint(0, 9)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        pick = rng.random()
        if pick < 0.35:
            q = f"/login/callback?pnr={'⟨pnr:long⟩'}&state=⟨hex:8⟩"
        elif pick < 0.6:
            q = f"/api/borger?cpr={'⟨cpr:plain⟩'}"
        elif pick < 0.8:
            q = "/ordre/⟨dl10⟩/kvittering"
        else:
            q = "/track?id=⟨sscc⟩"
        rows.append(
            f'{ip} - - [{P.date(rng, "%d/%b/%Y")}:{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} +0100] "GET {q} HTTP/1.1" {rng.choice([200, 302, 404])} {rng.randint(200, 9000)}'
        )
    return "en", "\n".join(rows)


def skattemelding(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(P.NO_NAMES)
    return "no", (
        f"Skattemelding for {rng.choice([2024, 2025])}\nNavn: {name}\nFødselsnummer: {rng.choice(['⟨fnr⟩', '⟨fnr:space⟩'])}\n"
        f"Arbeidsgiver: {rng.choice(['Vestland Fisk AS', 'Nordlys Hotell AS', 'Bergen Bygg AS'])} (org.nr ⟨noorg⟩)\n"
        f"Kontonummer for tilbakebetaling: ⟨n:4⟩ ⟨n:2⟩ ⟨n:5⟩\nReferanse: ⟨n:12⟩"
    )


def kela_list(rng: random.Random) -> tuple[str, str]:
    rows = ["Päätösluettelo / Beslutslista, Kela " + P.date(rng)]
    for _ in range(rng.randint(3, 6)):
        rows.append(
            f"{rng.choice(P.FI_NAMES):<20} {'⟨hetu⟩'}   päätös ⟨n:10⟩   {rng.choice(['asumistuki', 'opintotuki', 'sairauspäiväraha'])}"
        )
    return "fi", "\n".join(rows)


def sms_thread(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    if lang == "da":
        a, b = rng.choice(P.DK_FIRST), rng.choice(P.DK_FIRST)
        lines = [
            f"[{P.date(rng, '%d.%m')} 18:02] {a}: hey har du mit cpr til forsikringen?",
            f"[18:05] {b}: nej, send det lige",
            f"[18:06] {a}: {_cpr(rng)}",
            f"[18:06] {a}: og policenr er ⟨n:9⟩",
            f"[18:09] {b}: 👍 ringer til dem i morgen på ⟨phdk⟩",
        ]
    else:
        a, b = rng.choice(P.SE_FIRST), rng.choice(P.SE_FIRST)
        lines = [
            f"{a}: vad var ditt personnummer nu igen, ska boka resan",
            f"{b}: {_pnr(rng, ('', ':short', ':long'))}",
            f"{a}: tack! bokningsnr {'⟨ocrse⟩'}",
            f"{b}: ring om nåt {'⟨phse⟩'}",
        ]
    return lang, "\n".join(lines)


def mailmerge_se(rng: random.Random) -> tuple[str, str]:
    cols = ["Namn", "Telefon", "Personnummer", "Kundnr"]
    rng.shuffle(cols)
    rows = [",".join(cols)]
    for _ in range(rng.randint(3, 6)):
        vals = {
            "Namn": P.se(rng),
            "Telefon": rng.choice(["⟨phse:datelike⟩", "⟨phse:plain⟩"]),
            "Personnummer": _pnr(rng),
            "Kundnr": "⟨ocrse⟩",
        }
        rows.append(",".join(vals[c] for c in cols))
    return "sv", "\n".join(rows)


def sagsliste(rng: random.Random) -> tuple[str, str]:
    rows = ["Sagsnr.     Part                     Cpr/CVR       Sagstype"]
    for _ in range(rng.randint(3, 7)):
        if rng.random() < 0.3:
            rows.append(f"⟨dl10⟩  {rng.choice(P.DK_FIRMS):<25}⟨cvr⟩      erhverv")
        else:
            rows.append(f"⟨dl10⟩  {P.dk(rng):<25}{_cpr(rng)}   {rng.choice(['skilsmisse', 'dødsbo', 'gæld', 'bolig'])}")
    return "da", "Advokatkontoret - åbne sager pr. " + P.date(rng) + "\n" + "\n".join(rows)


def json_events(rng: random.Random) -> tuple[str, str]:
    rows = []
    for _ in range(rng.randint(3, 5)):
        c = rng.choice(["DK", "SE", "NO", "FI"])
        val = {"DK": "⟨cpr⟩", "SE": "⟨pnr:long⟩", "NO": "⟨fnr⟩", "FI": "⟨hetu⟩"}[c]
        rows.append(f'{{"event":"kyc.check","country":"{c}","subject":"{val}","order":"⟨dl10⟩","ts":⟨ts⟩}}')
    return "en", "\n".join(rows)


def fishing_register(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    rows = ["Licensregister - uddrag" if lang == "da" else "Licensregister - utdrag"]
    for _ in range(rng.randint(3, 6)):
        if lang == "da":
            rows.append(
                f"Fartøj {rng.choice(['HM', 'ES', 'S', 'L'])} {rng.randint(1, 500)}  {P.dk(rng)}  {_cpr(rng)}  licens ⟨n:6⟩"
            )
        else:
            rows.append(
                f"Fartyg {rng.choice(['GG', 'SD', 'VG', 'KA'])} {rng.randint(1, 999)}  {P.se(rng)}  {_pnr(rng, (':long_dash', ''))}  licens ⟨n:6⟩"
            )
    return lang, "\n".join(rows)


def farm_payout(rng: random.Random) -> tuple[str, str]:
    rows = ["Udbetaling grundbetaling 2026", "Modtager;CVR;P-nr;Ejer-cpr (enkeltmand);Beløb"]
    for _ in range(rng.randint(3, 6)):
        own = _cpr(rng) if rng.random() < 0.6 else ""
        rows.append(
            f"{rng.choice(['Højgård', 'Engly', 'Bakkegården', 'Søndermark', 'Vestergård'])};⟨cvr⟩;⟨pnum⟩;{own};{rng.randint(20, 900)}.{rng.randint(100, 999)}"
        )
    return "da", "\n".join(rows)


def monstring(rng: random.Random) -> tuple[str, str]:
    rows = [f"Mönstringslista {P.date(rng, '%Y-%m-%d')}, Rekryteringsmyndigheten"]
    for i in range(rng.randint(4, 8)):
        rows.append(
            f"{i + 1:>2}. {P.se(rng):<22} ⟨pnr@young:{rng.choice(['long_dash', 'short_dash', 'long'])}⟩  grupp {rng.choice('ABCD')}"
        )
    return "sv", "\n".join(rows)


def claims_csv(rng: random.Random) -> tuple[str, str]:
    rows = ["skadenr;police;anmelder;cpr;dato;beløb"]
    for _ in range(rng.randint(3, 6)):
        rows.append(f"⟨n:8⟩;⟨dl10⟩;{P.dk(rng)};{_cpr(rng)};{P.date(rng)};⟨amount⟩")
    return "da", "\n".join(rows)


def loans_export(rng: random.Random) -> tuple[str, str]:
    rows = ["Lånenummer,Kundnummer,Saldo,Ränta"]
    for _ in range(rng.randint(4, 8)):
        rows.append(
            f"⟨ocrse⟩,⟨dlluhn⟩,{rng.randint(10, 900)} {rng.randint(100, 999)},{rng.randint(2, 9)},{rng.randint(0, 99):02d}"
        )
    return "sv", "Export från Power BI: Låneportfölj (inga personnummer i denna vy)\n" + "\n".join(rows)


def gs1_delivery(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    rows = ["Følgeseddel" if lang == "da" else "Följesedel", "Leveres til GLN ⟨gln⟩"]
    for _ in range(rng.randint(3, 6)):
        rows.append(f"SSCC ⟨sscc⟩  GTIN ⟨ean⟩  antal {rng.randint(1, 40)}")
    rows.append(("Ordrenr. " if lang == "da" else "Ordernr. ") + "⟨dl10⟩")
    return lang, "\n".join(rows)


def phone_directory(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    rows = []
    for _ in range(rng.randint(4, 8)):
        if lang == "da":
            rows.append(f"{P.dk(rng):<24}{rng.choice(['⟨phdk:plain⟩', '⟨phdk:intl⟩', '⟨phdk:00⟩', '⟨phdk:pairs⟩'])}")
        else:
            rows.append(f"{P.se(rng):<24}{rng.choice(['⟨phse:datelike⟩', '⟨phse⟩', '⟨phse:intl⟩', '⟨phse:sthlm⟩'])}")
    return lang, ("Intern telefonbog" if lang == "da" else "Internkatalog") + "\n" + "\n".join(rows)


LAYOUTS = [
    ("hotel-register", hotel_register, 7),
    ("crew-fixed", crew_fixed, 7),
    ("inkasso-letter", inkasso_letter, 7),
    ("kfm-list", kfm_list, 7),
    ("bouppteckning", bouppteckning_register, 7),
    ("tinglysning", tinglysning, 7),
    ("aula-class", aula_class, 6),
    ("payroll-fixed", payroll_fixed, 7),
    ("csn-batch", csn_batch, 6),
    ("iso-payments", iso_payments, 7),
    ("auth-log", auth_log, 7),
    ("skattemelding-no", skattemelding, 6),
    ("kela-list", kela_list, 6),
    ("sms-thread", sms_thread, 7),
    ("mailmerge-se", mailmerge_se, 7),
    ("sagsliste", sagsliste, 7),
    ("json-events", json_events, 6),
    ("fishing-register", fishing_register, 6),
    ("farm-payout", farm_payout, 6),
    ("monstring", monstring, 6),
    ("claims-csv", claims_csv, 7),
    ("loans-export", loans_export, 6),
    ("gs1-delivery", gs1_delivery, 6),
    ("phone-directory", phone_directory, 6),
]
