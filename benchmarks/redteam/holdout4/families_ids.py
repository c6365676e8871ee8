"""Generated identifier layouts of the v4 hold-out: each a function ``rng -> (lang, marked-up text)``.

Every layout is a kind of text real systems produce (HL7 messages, GDS booking records, psql output, Teams and
Slack exports, Outlook forward chains, DOS reports with page headers, paper forms with digit boxes...). Each is
drawn a few times with new people, numbers, row counts, separators and written forms.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.redteam.holdout4.pools import DA_STREETS, DA_TOWNS, SV_STREETS, SV_TOWNS, person

Family = Callable[[random.Random], tuple[str, str]]


def _lang(rng: random.Random) -> str:
    return rng.choice(["da", "sv"])


def _id(lang: str, rng: random.Random, weights: tuple[float, float] = (0.8, 0.2)) -> str:
    """A labelled identifier slot of the document's country, in one of its written forms."""
    if lang == "da":
        form = rng.choice(["", "", ":plain", ":plain", ":space"])
        opt = rng.choice(["", "", "", "", "@nomod", "@jan1", "@aged"])
        return f"«cpr{form}{opt}»"
    form = rng.choice(["", "", ":long", ":long_dash", ":short"])
    kind = "sam" if rng.random() < 0.08 else "pnr"
    opt = "@old" if kind == "pnr" and rng.random() < 0.06 else ""
    return f"«{kind}{form}{opt}»"


def _num_neg(lang: str, rng: random.Random) -> str:
    """A hard negative number of the document's country that reads like its identifier."""
    return rng.choice(["«dl10»", "«dl10m»", "«dl10m_dash»"] if lang == "da" else ["«dlluhn»", "«dlluhn_dash»"])


def _name(rng: random.Random, lang: str) -> str:
    f, last = person(rng, lang)
    return f"{f} {last}"


def hl7(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    f, last = person(rng, lang)
    auth = "CPR" if lang == "da" else "SE-PNR"
    pid = rng.choice(["«cpr:plain»", "«cpr:plain@nomod»"]) if lang == "da" else "«pnr:long»"
    ts = "2026113" + str(rng.randint(0, 0)) + f"{rng.randint(10, 23)}{rng.randint(10, 59)}"
    lines = [
        f"MSH|^~\\&|LABKA|RH|EPJ|RH|{ts}||ORU^R01|«dl10m»|P|2.5",
        f"PID|1||{pid}^^^{auth}||{last.upper()}^{f.upper()}|||{rng.choice('MF')}|||"
        f"{rng.choice(DA_STREETS if lang == 'da' else SV_STREETS)} {rng.randint(1, 80)}^^{rng.choice(DA_TOWNS if lang == 'da' else SV_TOWNS)}",
        f"PV1|1|O|{rng.choice(['MED3', 'KIR1', 'AKUT'])}||||«num6»^{rng.choice(['Holm', 'Berg', 'Toft'])}",
        "OBR|1|«dl10»|«num8»|NPU02319^Hæmoglobin",
        f"OBX|1|NM|NPU02319||{rng.randint(60, 110) / 10}|mmol/L|7.3-9.5||||F",
    ]
    if rng.random() < 0.5:
        kin = rng.choice(["ANNA", "PER", "KIM", "MAJ"])
        lines.insert(2, f"NK1|1|{last.upper()}^{kin}|SPO|||{'«phone_dk»' if lang == 'da' else '«mobile_se»'}")
    return lang, "\n".join(lines)


def gds(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    rows = []
    n = rng.randint(1, 3)
    for i in range(n):
        f, last = person(rng, lang)
        rows.append(
            f" {i + 1}.{last.upper().replace(' ', '')}/{f.upper().replace(' ', '')} {rng.choice(['MR', 'MRS', 'MS'])}"
        )
    rec = rng.choice(["K", "L", "X", "Q"]) + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5))
    body = [f"RP/CPHSK08AA/CPHSK08AA            AA/SU  30NOV26/0912Z   {rec}", *rows]
    body.append(
        f"  {n + 1}  SK 1{rng.randint(100, 999)} Y 1{rng.randint(0, 9)}DEC 4 CPHARN HK{n}  0{rng.randint(6, 9)}40 0{rng.randint(7, 9)}55"
    )
    body.append(f"  {n + 2} AP {'+45' if lang == 'da' else '+46'} «num8»")
    body.append(f"  {n + 3} FA PAX 117-«dl10»/ETSK/DKK«num6»")
    if rng.random() < 0.7:
        label = "CPR" if lang == "da" else "PERSONNR"
        body.append(f"  {n + 4} RM {label} {_id(lang, rng)} FOR REFUSION")
    body.append(f"  {n + 5} RM KUNDENR {_num_neg(lang, rng)}")
    return lang, "\n".join(body)


def psql(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    col = rng.choice(["cpr", "cpr_nr", "personnr"] if lang == "da" else ["pnr", "personnummer", "persnr"])
    if lang == "da" and col == "personnr":
        col = "cpr"
    n = rng.randint(2, 5)
    head = (
        f" id  | navn                  | {col:<12}| kundenr\n-----+-----------------------+-------------+------------"
    )
    rows = [
        f" {rng.randint(100, 999)} | {_name(rng, lang):<21} | {_id(lang, rng)} | {_num_neg(lang, rng)}"
        for _ in range(n)
    ]
    prompt = rng.choice(
        [
            "crm=> SELECT id, navn, " + col + ", kundenr FROM kunde WHERE oprettet > now() - interval '7 days';",
            "crm=# \\x off",
        ]
    )
    return lang, "\n".join([prompt, head, *rows, f"({n} rows)"])


def teams_export(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    a, b = _name(rng, lang), _name(rng, lang)
    day = f"{rng.randint(1, 28)}.11.2026" if lang == "da" else f"2026-11-{rng.randint(1, 28):02d}"
    m1, m2, m3 = sorted(rng.sample(range(10, 60), 3))
    if lang == "da":
        lines = [
            f"{a}, {day} 09:{m1}",
            rng.choice(["Hej, har du CPR på den nye?", "kan du tjekke et cpr for mig", "mangler cpr til lønkørslen"]),
            f"{b}, {day} 09:{m2}",
            f"{_id(lang, rng)} {rng.choice(['- det er hende fra Vejle', '(ham med to efternavne)', ''])}".strip(),
            f"{a}, {day} 09:{m3}",
            rng.choice(
                [f"tak. Og ordrenr er {_num_neg(lang, rng)}", "perfekt tak 👍", "tlf. «phone_dk» hvis hun ringer"]
            ),
        ]
    else:
        lines = [
            f"{a}  {day} 09:{m1}",
            rng.choice(
                [
                    "Hej! Har du pnr till nya vikarien?",
                    "kan du kolla ett personnummer",
                    "behöver pnr till lönekörningen",
                ]
            ),
            f"{b}  {day} 09:{m2}",
            f"{_id(lang, rng)} {rng.choice(['- hon från Borås', '(han med dubbelnamn)', ''])}".strip(),
            f"{a}  {day} 09:{m3}",
            rng.choice(
                [f"tack. Ordernr är {_num_neg(lang, rng)}", "toppen tack 🙏", "mobil «mobile_se» om hon ringer"]
            ),
        ]
    return lang, "\n".join(lines)


def slack_json(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    msgs = []
    for _ in range(rng.randint(2, 4)):
        user = f"U0{rng.randint(10000000, 99999999)}"
        ts = f"17{rng.randint(64000000, 64999999)}.{rng.randint(100000, 999999)}"
        text = rng.choice(
            [
                f"{'cpr' if lang == 'da' else 'pnr'}: {_id(lang, rng)}",
                f"ordre {_num_neg(lang, rng)} er sendt",
                f"{_name(rng, lang)} {_id(lang, rng)}",
                "ok, jeg kigger på det" if lang == "da" else "ok, jag tittar på det",
            ]
        )
        msgs.append(f'  {{"type": "message", "user": "{user}", "ts": "{ts}", "text": "{text}"}}')
    return lang, "[\n" + ",\n".join(msgs) + "\n]"


def fwd_chain(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    a, b, c = _name(rng, "da"), _name(rng, "sv"), _name(rng, lang)
    if lang == "da":
        top = [
            f"Fra: {a}",
            "Sendt: 28. november 2026 10:02",
            f"Til: {c}",
            "Emne: VS: VB: Personale i Malmö",
            "",
            "Til orientering - se nederst. Hans danske cpr er " + _id("da", rng) + ".",
            "",
            "Mvh " + a.split()[0],
            "",
        ]
        low = [
            "-----Original Message-----",
            f"Från: {b}",
            "Skickat: den 27 november 2026 16:44",
            f"Till: {a}",
            "Ämne: Personale i Malmö",
            "",
            f"Hej! Den nya konsulten har personnummer {_id('sv', rng)}.",
            f"Hans kundnummer hos oss är {_num_neg('sv', rng)}.",
            "Hälsningar " + b.split()[0],
        ]
    else:
        top = [
            f"Från: {b}",
            "Skickat: den 28 november 2026 10:02",
            f"Till: {c}",
            "Ämne: VB: SV: Personal i Köpenhamn",
            "",
            "Se nedan. Hennes svenska personnummer är " + _id("sv", rng) + ".",
            "",
            "/" + b.split()[0],
            "",
        ]
        low = [
            "-----Oprindelig meddelelse-----",
            f"Fra: {a}",
            "Sendt: 27. november 2026 16:44",
            f"Til: {b}",
            "Emne: Personale i København",
            "",
            f"Hej, hun har fået dansk cpr {_id('da', rng)}.",
            f"Kundenr. hos os: {_num_neg('da', rng)}.",
            "Mvh " + a.split()[0],
        ]
    if rng.random() < 0.5:
        low = ["> " + ln if ln else ">" for ln in low]
    return lang, "\n".join(top + low)


def dos_report(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    title = "PERSONALELISTE PR. 30.11.26" if lang == "da" else "PERSONALLISTA PER 26-11-30"
    idh = "CPR-NR" if lang == "da" else "PERSONNR"
    out = []
    for page in range(1, rng.randint(2, 3)):
        out += [
            f"{title:<50}SIDE {page}" if lang == "da" else f"{title:<50}SIDA {page}",
            "=" * 62,
            f"{'NR':<6}{'NAVN':<26}{idh:<14}{'LØBENR' if lang == 'da' else 'LÖPNR':<12}",
            "-" * 62,
        ]
        for _ in range(rng.randint(2, 4)):
            nm = _name(rng, lang).upper()
            out.append(f"{rng.randint(1000, 9999):<6}{nm[:25]:<26}{_id(lang, rng)}  {_num_neg(lang, rng)}")
        out.append("\f")
    out.append("*** SLUT PÅ LISTE ***" if lang == "da" else "*** SLUT PÅ LISTA ***")
    return lang, "\n".join(out)


def csv_quoted(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    sep = rng.choice([";", ","])
    hdr = ["navn", "cpr", "adresse", "note"] if lang == "da" else ["namn", "personnummer", "adress", "anteckning"]
    rows = [sep.join(f'"{h}"' for h in hdr)]
    for _ in range(rng.randint(2, 4)):
        f, last = person(rng, lang)
        street = rng.choice(DA_STREETS if lang == "da" else SV_STREETS)
        note = rng.choice(
            ['"ring efter kl. 16"', '"ny; tidligere kunde"', '"betaler ""kontant"""', '""', '"flyttet\nfra Odense"']
        )
        if lang == "sv":
            note = note.replace("ring efter kl. 16", "ring efter 16").replace(
                "ny; tidligere kunde", "ny; tidigare kund"
            )
            note = note.replace("flyttet\nfra Odense", "flyttat\nfrån Lund")
        rows.append(
            sep.join(
                [
                    f'"{last}, {f}"',
                    f'"{_id(lang, rng)}"',
                    f'"{street} {rng.randint(1, 90)}{sep} lgh {rng.randint(1001, 1409)}"',
                    note,
                ]
            )
        )
    return lang, "\n".join(rows)


def json_in_csv(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    key = "cpr" if lang == "da" else "personnr"
    rows = ["event_id;created;source;payload"]
    for _ in range(rng.randint(2, 4)):
        nm = _name(rng, lang)
        if rng.random() < 0.7:
            payload = f'{{""{key}"": ""{_id(lang, rng)}"", ""name"": ""{nm}""}}'
        else:
            payload = f'{{""kundenr"": ""{_num_neg(lang, rng)}"", ""name"": ""{nm}""}}'
        rows.append(
            f'{rng.randint(10**6, 10**7)};2026-11-{rng.randint(1, 29):02d}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:00Z;crm;"{payload}"'
        )
    return lang, "\n".join(rows)


def html_flat(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    nm = _name(rng, lang)
    if lang == "da":
        lines = [
            f"Kære {nm}",
            "\u00a0",
            "Tak for din ansøgning. Her er dine oplysninger:",
            "\u00a0",
            f"Navn\t{nm}",
            f"CPR-nummer\t{_id(lang, rng)}",
            f"Ansøgningsnr.\t{_num_neg(lang, rng)}",
            "Telefon\t«phone_dk»",
            "\u00a0",
            "[Se din ansøgning<https://selvbetjening.example/a/«dl10m»>]",
            "Med venlig hilsen",
            "Kommunen | Rådhuspladsen 1 | CVR «cvr»",
        ]
    else:
        lines = [
            f"Hej {nm}!",
            "\u00a0",
            "Tack för din ansökan. Här är dina uppgifter:",
            "\u00a0",
            f"Namn\t{nm}",
            f"Personnummer\t{_id(lang, rng)}",
            f"Ärendenr\t{_num_neg(lang, rng)}",
            "Telefon\t«mobile_se»",
            "\u00a0",
            "[Se din ansökan<https://e-tjanst.example/a/«dlluhn»>]",
            "Med vänliga hälsningar",
            "Kommunen | Stadshuset | Org.nr «orgnr»",
        ]
    return lang, "\n".join(lines)


def pdf_columns(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    nm = _name(rng, lang)
    if lang == "da":
        left = ["Pensionsoversigt", f"Navn: {nm}", "CPR-nr.:", _id(lang, rng), "Policenr.:", _num_neg(lang, rng)]
        right = ["Side 1 af 3", "Udskrevet 30.11.2026", "Kundenummer", _num_neg(lang, rng), "Depot", "«amount»"]
    else:
        left = ["Pensionsbesked", f"Namn: {nm}", "Personnr:", _id(lang, rng), "Försäkringsnr:", _num_neg(lang, rng)]
        right = ["Sida 1 av 3", "Utskrivet 2026-11-30", "Kundnummer", _num_neg(lang, rng), "Värde", "«amount»"]
    width = rng.choice([28, 34, 40])
    return lang, "\n".join(f"{a:<{width}}{b}" for a, b in zip(left, right, strict=True))


def form_boxes(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    nm = _name(rng, lang)
    if lang == "da":
        idf = rng.choice(["«cpr:boxes»", "«cpr:ocr»", "«cpr:dash»"])
        lines = [
            "BLANKET  -  udfyldes med blokbogstaver",
            f"Efternavn: {nm.split()[-1].upper()}",
            f"Fornavn: {nm.split()[0].upper()}",
            f"CPR-nummer: [ {idf} ]",
            "Tlf.: «phone_dk»",
            "Dato/underskrift: ______",
        ]
    else:
        idf = rng.choice(["«pnr:boxes»", "«pnr:ocr»", "«pnr»"])
        lines = [
            "BLANKETT  -  texta tydligt",
            f"Efternamn: {nm.split()[-1].upper()}",
            f"Förnamn: {nm.split()[0].upper()}",
            f"Personnummer: [ {idf} ]",
            "Tel.: «mobile_se»",
            "Datum/namnteckning: ______",
        ]
    return lang, "\n".join(lines)


def syslog_kv(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    key = "cpr" if lang == "da" else "pnr"
    out = []
    for _ in range(rng.randint(3, 5)):
        t = f"Nov 30 {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        kind = rng.random()
        if kind < 0.4:
            out.append(
                f'{t} app01 api[{rng.randint(1000, 9999)}]: msg="lookup" {key}={_id(lang, rng)} took_ms={rng.randint(3, 900)}'
            )
        elif kind < 0.7:
            out.append(
                f'{t} app01 api[{rng.randint(1000, 9999)}]: msg="order" order_id={_num_neg(lang, rng)} status=paid'
            )
        else:
            out.append(
                f"{t} app01 sshd[{rng.randint(1000, 9999)}]: Accepted publickey for deploy from 10.0.{rng.randint(0, 9)}.{rng.randint(2, 250)} port {rng.randint(30000, 60000)}"
            )
    return lang, "\n".join(out)


def excel_paste(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    hdr = "Navn\tCPR\tTimer\tBeløb" if lang == "da" else "Namn\tPersonnr\tTimmar\tBelopp"
    rows = [hdr]
    for _ in range(rng.randint(2, 5)):
        rows.append(f"{_name(rng, lang)}\t{_id(lang, rng)}\t{rng.randint(4, 160)},{rng.randint(0, 9)}\t«amount»")
    rows.append(("I alt" if lang == "da" else "Summa") + "\t\t" + str(rng.randint(100, 600)) + "\t«amount»")
    intro = (
        "Hej, her er timerne for november (kopieret fra regnearket):"
        if lang == "da"
        else "Hej, här är timmarna för november (kopierat från Excel):"
    )
    return lang, intro + "\n\n" + "\n".join(rows)


def akasse_statement(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    nm = _name(rng, lang)
    if lang == "da":
        lines = [
            "UDBETALINGSSPECIFIKATION - dagpenge",
            f"{nm}",
            f"Cpr.nr. {_id(lang, rng)}    Medlemsnr. {_num_neg(lang, rng)}",
            f"Periode: uge {rng.randint(40, 48)}-{rng.randint(40, 48)}",
            "Dagpenge brutto «amount»   AM-bidrag «amount»   A-skat «amount»",
            "Indsat på NemKonto «dk_konto»",
        ]
    else:
        lines = [
            "UTBETALNINGSBESKED - a-kassa",
            f"{nm}",
            f"Personnr {_id(lang, rng)}    Medlemsnr {_num_neg(lang, rng)}",
            f"Period: vecka {rng.randint(40, 48)}-{rng.randint(40, 48)}",
            "Ersättning brutto «amount»   Skatt «amount»",
            "Insatt på konto «se_konto»",
        ]
    return lang, "\n".join(lines)


def pharmacy_label(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    nm = _name(rng, lang)
    drug = rng.choice(["Metformin 500 mg", "Sertralin 50 mg", "Ibuprofen 400 mg", "Levaxin 75 mikrog"])
    if lang == "da":
        lines = [
            f"{drug}   100 stk.",
            "1 tablet 2 gange daglig",
            f"Til: {nm}  {_id(lang, rng)}",
            f"Ordineret af: læge {person(rng, 'da')[1]}",
            "Apotek: Løve Apotek   Rp.nr. «num8»   Varenr. «num6»",
            "Udl. «date»",
        ]
    else:
        lines = [
            f"{drug}   100 st",
            "1 tablett 2 gånger dagligen",
            f"Till: {nm}  {_id(lang, rng)}",
            f"Förskrivare: {person(rng, 'sv')[1]}",
            "Apotek: Kronans Apotek   Receptnr «num8»   Varunr «num6»",
            "Exp. «date»",
        ]
    return lang, "\n".join(lines)


def debt_batch(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    hdr = (
        "sagsnr;skyldner;cpr;hovedstol;kreditor_cvr" if lang == "da" else "arendenr;galdenar;pnr;kapital;borgenar_orgnr"
    )
    rows = [hdr]
    for _ in range(rng.randint(3, 5)):
        cred = "«cvr»" if lang == "da" else "«orgnr»"
        rows.append(f"{_num_neg(lang, rng)};{_name(rng, lang)};{_id(lang, rng)};«amount»;{cred}")
    return lang, "\n".join(rows)


def visitor_log(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    hdr = "BESØGSLOG - Afsnit 7" if lang == "da" else "BESÖKSLOGG - Avdelning 7"
    cols = (
        "Tid    Besøgende                 ID                Besøger"
        if lang == "da"
        else "Tid    Besökare                  ID                Besöker"
    )
    rows = [hdr, cols]
    for _ in range(rng.randint(2, 4)):
        idv = (
            _id(lang, rng)
            if rng.random() < 0.7
            else rng.choice(["pas", "kørekort"] if lang == "da" else ["pass", "körkort"])
        )
        rows.append(
            f"{rng.randint(9, 16):02d}:{rng.choice(['00', '15', '30', '45'])}  {_name(rng, lang):<25} {idv:<17} {person(rng, lang)[1]}"
        )
    return lang, "\n".join(rows)


def club_roster(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    hdr = (
        "Medlemsnr | Navn | Født | CPR (kun til tilskud)"
        if lang == "da"
        else "Medlemsnr | Namn | Född | Personnr (för LOK-stöd)"
    )
    rows = [hdr]
    for _ in range(rng.randint(3, 5)):
        y = rng.randint(2009, 2016)
        idf = f"«cpr:plain@y{y},child»" if lang == "da" else f"«pnr:long@y{y}»"
        rows.append(f"{_num_neg(lang, rng)} | {_name(rng, lang)} | {y} | {idf}")
    return lang, "\n".join(rows)


def housing_queue(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    out = [
        "Venteliste, afdeling " + str(rng.randint(1, 40))
        if lang == "da"
        else "Kölista, område " + str(rng.randint(1, 40))
    ]
    for i in range(rng.randint(3, 5)):
        nm = _name(rng, lang)
        out.append(
            f"{i + 1}. {nm} ({_id(lang, rng)}), {'opskrevet' if lang == 'da' else 'anmäld'} «date», {'ans.nr' if lang == 'da' else 'kö-nr'} {_num_neg(lang, rng)}"
        )
    return lang, "\n".join(out)


def gp_daylist(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    out = [
        "Dagens patienter - Dr. " + person(rng, lang)[1]
        if lang == "da"
        else "Dagens patienter - Dr " + person(rng, lang)[1]
    ]
    h = 8
    for _ in range(rng.randint(3, 6)):
        h_m = f"{h:02d}:{rng.choice(['00', '15', '30', '45'])}"
        h += 1
        out.append(
            f"{h_m}  {_id(lang, rng)}  {_name(rng, lang)}  {rng.choice(['kontrol', 'blodprøve', 'vaccination', 'samtale'] if lang == 'da' else ['kontroll', 'provtagning', 'vaccination', 'samtal'])}"
        )
    return lang, "\n".join(out)


def church_register(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    nm = _name(rng, lang)
    if lang == "da":
        lines = [
            "Udskrift af kirkebogen",
            f"Navn: {nm}",
            f"CPR: {_id(lang, rng)}",
            f"Døbt: «date» i {rng.choice(['Vor Frue', 'Sankt Pauls', 'Hjerting'])} Kirke",
            f"Forældre: {_name(rng, 'da')} og {_name(rng, 'da')}",
            "Attesteret af sognepræsten",
        ]
    else:
        lines = [
            "Utdrag ur kyrkbok (före 1991)" if rng.random() < 0.5 else "Personbevis (utdrag)",
            f"Namn: {nm}",
            f"Personnummer: {_id(lang, rng)}",
            f"Församling: {rng.choice(['Adolf Fredrik', 'Domkyrko', 'Sankt Johannes'])}",
            f"Föräldrar: {_name(rng, 'sv')} och {_name(rng, 'sv')}",
        ]
    return lang, "\n".join(lines)


def invite(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    org = _name(rng, lang)
    parts = [_name(rng, lang) for _ in range(rng.randint(2, 4))]
    if lang == "da":
        lines = [
            "Mødeindkaldelse",
            f"Arrangør: {org}",
            "Hvornår: "
            + rng.choice(["mandag", "onsdag", "fredag"])
            + f" {rng.randint(1, 19)}. december 2026 {rng.randint(9, 14)}:00",
            "Hvor: Microsoft Teams-møde",
            "Deltagere: " + "; ".join(parts),
            "",
            "Dagsorden: opfølgning på sag om " + parts[0] + f" (cpr {_id(lang, rng)})",
            f"Møde-id: {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            "Adgangskode: " + "".join(rng.choice("abcdefgh23456789") for _ in range(6)),
        ]
    else:
        lines = [
            "Mötesinbjudan",
            f"Organisatör: {org}",
            "När: "
            + rng.choice(["måndag", "onsdag", "fredag"])
            + f" {rng.randint(1, 19)} december 2026 {rng.randint(9, 14)}:00",
            "Var: Microsoft Teams-möte",
            "Deltagare: " + "; ".join(parts),
            "",
            "Agenda: uppföljning av ärende om " + parts[0] + f" (pnr {_id(lang, rng)})",
            f"Mötes-ID: {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            "Lösenord: " + "".join(rng.choice("abcdefgh23456789") for _ in range(6)),
        ]
    return lang, "\n".join(lines)


def wiki_table(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    hdr = "||Navn||CPR||Rolle||Medarbejdernr||" if lang == "da" else "||Namn||Personnummer||Roll||Anställningsnr||"
    rows = [hdr]
    for _ in range(rng.randint(2, 4)):
        role = rng.choice(
            ["Projektleder", "Udvikler", "Tester"] if lang == "da" else ["Projektledare", "Utvecklare", "Testare"]
        )
        rows.append(f"|{_name(rng, lang)}|{_id(lang, rng)}|{role}|{_num_neg(lang, rng)}|")
    return lang, ("h3. Projektdeltagere\n" if lang == "da" else "h3. Projektdeltagare\n") + "\n".join(rows)


def neg_numbers(rng: random.Random) -> tuple[str, str]:
    """No identifier at all: a page of registry, bank and order numbers, each with its label."""
    lang = _lang(rng)
    if lang == "da":
        pool = [
            "CVR «cvr»",
            "SE-nr. «senr»",
            "P-nr. «pnum»",
            "EAN «gln»",
            "Kundenr. «dl10m»",
            "Ordrenr. «dl10»",
            "Policenr. «policy»",
            "Reg./konto «dk_konto»",
            "IBAN «iban_dk»",
            "Tlf. «phone_dk»",
            "Fakturanr. «dl10m_dash»",
            "Sporingsnr. «tracking»",
            "IMEI «imei»",
            "Betalingsid «fik»",
            "Journalnr. «case»",
            "Løbenr. «dl10m»",
            "Bilagsnr. «dl10»",
        ]
        title = rng.choice(["Stamdata - leverandør", "Kundekort", "Oplysninger til bogholderiet", "Ordrebekræftelse"])
    else:
        pool = [
            "Org.nr «orgnr»",
            "Momsreg.nr «momsreg»",
            "Bankgiro «bg»",
            "Plusgiro «pg»",
            "OCR «ocr10»",
            "Kundnr «dlluhn»",
            "Ordernr «dlluhn_dash»",
            "Avtalsnr «dlluhn12r_dash»",
            "Konto «se_konto»",
            "IBAN «iban_se»",
            "Tel «mobile_se»",
            "Fakturanr «dlluhn»",
            "Kollinr «sscc»",
            "IMEI «imei»",
            "Diarienr «case»",
            "Löpnr «dlluhn»",
            "GLN «ean_se»",
        ]
        title = rng.choice(["Leverantörsuppgifter", "Kundkort", "Uppgifter till ekonomi", "Orderbekräftelse"])
    return lang, title + "\n" + "\n".join(rng.sample(pool, rng.randint(5, 9)))


def mobile_list(rng: random.Random) -> tuple[str, str]:
    """No identifier: phone numbers that read as dates (and pass Luhn) in a staff list."""
    lang = _lang(rng)
    out = ["Vagtliste - mobilnumre" if lang == "da" else "Jourlista - mobilnummer"]
    for _ in range(rng.randint(3, 6)):
        num = "«phone_dk»" if lang == "da" else rng.choice(["«mobile_se»", "«mobile_se_plain»"])
        out.append(f"{_name(rng, lang):<26}{num}")
    return lang, "\n".join(out)


FAMILIES: dict[str, Family] = {
    "gen-hl7": hl7,
    "gen-gds": gds,
    "gen-psql": psql,
    "gen-teams": teams_export,
    "gen-slackjson": slack_json,
    "gen-fwdchain": fwd_chain,
    "gen-dosreport": dos_report,
    "gen-csvquoted": csv_quoted,
    "gen-jsonincsv": json_in_csv,
    "gen-htmlflat": html_flat,
    "gen-pdfcols": pdf_columns,
    "gen-formboxes": form_boxes,
    "gen-syslog": syslog_kv,
    "gen-excelpaste": excel_paste,
    "gen-akasse": akasse_statement,
    "gen-pharmacy": pharmacy_label,
    "gen-debtbatch": debt_batch,
    "gen-visitorlog": visitor_log,
    "gen-clubroster": club_roster,
    "gen-housingqueue": housing_queue,
    "gen-gpdaylist": gp_daylist,
    "gen-churchreg": church_register,
    "gen-invite": invite,
    "gen-wikitable": wiki_table,
    "gen-negnumbers": neg_numbers,
    "gen-mobilelist": mobile_list,
}
