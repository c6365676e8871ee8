"""Generated families for identifiers.jsonl: many small layouts, each used a few times with new values.

A family function takes the document's random generator and language and returns marked-up text for
render.py. Layout details (labels, separators, row counts, which column holds what) vary per draw.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.redteam.holdout3.pools import FIRM, FIRST, LAST, STREET, TOWN

ID_SLOT = {"da": "cpr", "sv": "pnr", "no": "fnr", "fi": "hetu"}
ID_LABEL = {
    "da": ["CPR-nr.", "CPR", "Cpr.nr.", "cpr-nummer", "Personnummer", "CPR nr"],
    "sv": ["Personnummer", "Pnr", "Personnr", "Person-nr", "P-nr", "Personnummer (ÅÅMMDD-NNNN)"],
    "no": ["Fødselsnummer", "Fnr.", "Personnummer"],
    "fi": ["Henkilötunnus", "Hetu", "HETU"],
}
NEG_LABEL = {
    "da": [
        ("Kundenr.", "datelike"),
        ("Ordrenr.", "datelike"),
        ("Fakturanr.", "num:8"),
        ("Policenr.", "num:9"),
        ("P-nr.", "pnum"),
        ("CVR", "cvr"),
        ("Sagsnr.", "case:dk"),
        ("J.nr.", "case:jnr"),
        ("Medlemsnr.", "datelike"),
        ("Lejemålsnr.", "num:6"),
        ("Kontonr.", "kontodk:datelike"),
        ("EAN", "ean"),
        ("Tlf.", "teldk"),
        ("Mobil", "teldk:intl"),
        ("Aftalenr.", "datelike:mod11"),
    ],
    "sv": [
        ("Kundnr", "luhn10"),
        ("Ordernr", "luhn10:dash"),
        ("Fakturanr", "num:8"),
        ("Försäkringsnr", "num:10"),
        ("Org.nr", "orgnr"),
        ("Dnr", "case:dnr"),
        ("Ärendenr", "num:12"),
        ("Medlemsnr", "luhn10"),
        ("Bankgiro", "bg"),
        ("Plusgiro", "pg"),
        ("OCR", "ocr"),
        ("Tel", "telse"),
        ("Mobil", "telse:intl"),
        ("Avtalsnr", "luhn10"),
        ("Konto", "kontose"),
    ],
    "no": [("Kontonr.", "kontono"), ("Org.nr.", "orgno"), ("Kundenr.", "num:8"), ("KID", "ocr:11"), ("Tlf.", "telno")],
    "fi": [("Viite", "ocr:12"), ("Asiakasnro", "num:8"), ("Puh.", "telfi"), ("Y-tunnus", "num:7")],
}
ID_FORMS = {
    "da": ["", "", "", "plain", "space", "endash"],
    "sv": ["short_dash", "short_dash", "long_dash", "long", "short", "long_space"],
    "no": ["", "", "space"],
    "fi": [""],
}


def _name(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRST[lang])} {rng.choice(LAST[lang])}"


def _id(rng: random.Random, lang: str) -> str:
    slot = ID_SLOT[lang]
    if lang == "sv" and rng.random() < 0.08:
        slot = "samo"
    if lang == "da" and rng.random() < 0.1:
        slot = "cpr7"
    if lang == "no" and rng.random() < 0.2:
        slot = "dnr"
    form = rng.choice(ID_FORMS[lang])
    if lang == "sv" and form.startswith("short") and rng.random() < 0.1:
        form += "@old"
    return f"«{slot}:{form}»" if form else f"«{slot}»"


def _neg(rng: random.Random, lang: str) -> tuple[str, str]:
    label, slot = rng.choice(NEG_LABEL[lang])
    return label, f"«{slot}»"


def fam_field_block(rng: random.Random, lang: str) -> str:
    """A record block of 'label: value' lines with one identifier among several other numbers."""
    sep = rng.choice([": ", ":\t", " ", " - ", ".......: "])
    lines = [f"{'Navn' if lang in ('da', 'no') else 'Namn' if lang == 'sv' else 'Nimi'}{sep}{_name(rng, lang)}"]
    negs = [_neg(rng, lang) for _ in range(rng.randint(2, 4))]
    pos = rng.randint(0, len(negs))
    for i, (lab, slot) in enumerate(negs):
        if i == pos:
            lines.append(f"{rng.choice(ID_LABEL[lang])}{sep}{_id(rng, lang)}")
        lines.append(f"{lab}{sep}{slot}")
    if pos == len(negs):
        lines.append(f"{rng.choice(ID_LABEL[lang])}{sep}{_id(rng, lang)}")
    return "\n".join(lines)


def fam_markdown_table(rng: random.Random, lang: str) -> str:
    """A Markdown table pasted from a wiki: name | id | other number | town."""
    neg_label, neg_slot = _neg(rng, lang)
    head = ["Navn" if lang != "sv" else "Namn", rng.choice(ID_LABEL[lang]), neg_label, "By" if lang == "da" else "Ort"]
    rows = [f"| {' | '.join(head)} |", "|" + "---|" * len(head)]
    for _ in range(rng.randint(2, 5)):
        slot = _neg(rng, lang)[1] if neg_slot.startswith("«num") else neg_slot
        rows.append(f"| {_name(rng, lang)} | {_id(rng, lang)} | {slot} | {rng.choice(TOWN[lang])} |")
    return "\n".join(rows)


def fam_log(rng: random.Random, lang: str) -> str:
    """Application log lines: most carry request ids, timestamps and order numbers; a few an identifier."""
    out = []
    for _i in range(rng.randint(4, 8)):
        ts = f"2025-{rng.randint(1, 11):02d}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}Z"
        kind = rng.random()
        if kind < 0.3:
            key = (
                rng.choice(["cpr", "ssn", "personnummer", "pnr", "subject_id"])
                if lang != "da"
                else rng.choice(["cpr", "cprnr", "borger_cpr"])
            )
            out.append(f"{ts} INFO  lookup {key}={_id(rng, lang)} status=200 took={rng.randint(3, 900)}ms")
        elif kind < 0.6:
            out.append(
                f"{ts} INFO  order={'«luhn10»' if lang == 'sv' else '«datelike»'} customer=«num:7» amount=«amount»"
            )
        else:
            out.append(
                f"{ts} WARN  retry request_id=«num:10» attempt={rng.randint(1, 5)} upstream=10.0.{rng.randint(0, 9)}.{rng.randint(2, 250)}"
            )
    return "\n".join(out)


def fam_json(rng: random.Random, lang: str) -> str:
    """A JSON record copied from an API response into a support ticket."""
    key = {"da": "cpr", "sv": "personalIdentityNumber", "no": "fodselsnummer", "fi": "hetu"}[lang]
    neg_slot = {"da": "«datelike»", "sv": "«luhn10»", "no": "«num:8»", "fi": "«num:8»"}[lang]
    pretty = rng.random() < 0.5
    fields = [
        f'"name": "{_name(rng, lang)}"',
        f'"{key}": "{_id(rng, lang)}"',
        f'"customerId": "{neg_slot}"',
        '"created": "«date:iso»"',
        f'"phone": "«tel{"dk" if lang == "da" else "se" if lang == "sv" else "no" if lang == "no" else "fi"}»"',
    ]
    rng.shuffle(fields)
    body = ",\n  ".join(fields) if pretty else ", ".join(fields)
    intro = {"da": "Svaret fra API'et:", "sv": "Svaret från API:t:", "no": "Svar fra API:", "fi": "API:n vastaus:"}[
        lang
    ]
    return f"{intro}\n{{\n  {body}\n}}" if pretty else f"{intro} {{{body}}}"


def fam_sql(rng: random.Random, lang: str) -> str:
    """SQL INSERTs found in a migration script on a share."""
    col = {"da": "cpr_nr", "sv": "personnr", "no": "fnr", "fi": "hetu"}[lang]
    out = [f"INSERT INTO kunder (id, navn, {col}, kundenr) VALUES"]
    rows = []
    for _i in range(rng.randint(2, 5)):
        cust = {"da": "«datelike»", "sv": "«luhn10»", "no": "«num:8»", "fi": "«num:8»"}[lang]
        rows.append(f"  ({rng.randint(100, 9999)}, '{_name(rng, lang)}', '{_id(rng, lang)}', '{cust}')")
    return "\n".join(out) + "\n" + ",\n".join(rows) + ";"


def fam_bank_lines(rng: random.Random, lang: str) -> str:
    """Bank statement lines: dates, amounts, posting ids; one transfer text with a person's identifier."""
    out = []
    for _ in range(rng.randint(4, 7)):
        d = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}"
        text = rng.choice(
            ["Dankort-køb Netto", "MobilePay", "Overførsel", "Betalingsservice", "Løn"]
            if lang == "da"
            else ["Kortköp ICA", "Swish", "Överföring", "Autogiro", "Lön"]
        )
        out.append(f"{d}  {text:<22} «amount{':sv' if lang == 'sv' else ''}»   «num:10»")
    pos = rng.randint(0, len(out))
    who = _name(rng, lang)
    note = f"Overførsel til {who} {_id(rng, lang)}" if lang == "da" else f"Överföring till {who} {_id(rng, lang)}"
    out.insert(pos, f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}  {note}  «amount»")
    return "\n".join(out)


def fam_reply_chain(rng: random.Random, lang: str) -> str:
    """A short reply chain, the identifier in a quoted level."""
    a, b = _name(rng, lang), _name(rng, lang)
    if lang == "da":
        ask = rng.choice(
            [
                "Kan du sende dit CPR-nummer, så jeg kan finde sagen?",
                "Vi mangler dit personnummer til sagen.",
                "Hvad er dit cpr nr?",
            ]
        )
        ans = rng.choice(
            [
                f"Det er {_id(rng, lang)}",
                f"{_id(rng, lang)} - og sagsnr. «case:dk»",
                f"cpr: {_id(rng, lang)}\nkundenr: «datelike»",
            ]
        )
        top = rng.choice(["Tak, det har jeg nu.", "Modtaget. Jeg vender tilbage.", "Tak! Sagen er fundet."])
    else:
        ask = rng.choice(
            [
                "Kan du skicka ditt personnummer så jag hittar ärendet?",
                "Vi saknar ditt personnummer.",
                "Vad har du för pnr?",
            ]
        )
        ans = rng.choice(
            [f"Det är {_id(rng, lang)}", f"{_id(rng, lang)}, ärende «num:8»", f"pnr {_id(rng, lang)}\nkundnr «luhn10»"]
        )
        top = rng.choice(["Tack, då har jag det.", "Mottaget. Jag återkommer.", "Tack! Ärendet är hittat."])
    q = rng.choice(["> ", ">", "| "])
    wrote = {"da": "skrev", "sv": "skrev", "no": "skrev", "fi": "kirjoitti"}[lang]
    quoted_ans = "\n".join(q + line for line in ans.splitlines())
    return f"{top}\n\n{b}\n\n{q}{a} {wrote}:\n{quoted_ans}\n{q}\n{q}{q}{b} {wrote}:\n{q}{q}{ask}"


def fam_fixed_width(rng: random.Random, lang: str) -> str:
    """A fixed-width report printed to text (payroll or member list)."""
    h = {
        "da": "NAVN                      LØBENR  AFD  NUMMER",
        "sv": "NAMN                      LÖPNR   AVD  NUMMER",
        "no": "NAVN                      LØPENR  AVD  NUMMER",
        "fi": "NIMI                      JUOKSU  OS   NUMERO",
    }[lang]
    out = [h, "-" * len(h)]
    for _ in range(rng.randint(3, 6)):
        out.append(f"{_name(rng, lang).upper():<26}«num:6»  {rng.randint(10, 99)}   {_id(rng, lang)}")
    return "\n".join(out)


def fam_numbers_only(rng: random.Random, lang: str) -> str:
    """A document full of organisation numbers and no identifier at all (an invoice or order confirmation)."""
    lines = [rng.choice(FIRM[lang])]
    for _ in range(rng.randint(4, 7)):
        lab, slot = _neg(rng, lang)
        lines.append(f"{lab} {slot}")
    lines.append(
        {
            "da": "Tak for din ordre.",
            "sv": "Tack för din beställning.",
            "no": "Takk for bestillingen.",
            "fi": "Kiitos tilauksestasi.",
        }[lang]
    )
    rng.shuffle(lines[1:-1])
    return "\n".join(lines)


def fam_prose(rng: random.Random, lang: str) -> str:
    """A sentence or two of prose naming a person with their identifier and another number near by."""
    n = _name(rng, lang)
    lab, slot = _neg(rng, lang)
    street = f"{rng.choice(STREET[lang])} {rng.randint(1, 80)}, {rng.choice(TOWN[lang])}"
    if lang == "da":
        s = rng.choice(
            [
                f"{n} ({_id(rng, lang)}) er flyttet til {street}. {lab} {slot} er uændret.",
                f"Vi har d.d. modtaget betaling fra {n}, {lab.lower()} {slot}. Kunden oplyste også sit cpr {_id(rng, lang)}, som vi ikke skal gemme.",
                f"Ifølge folkeregistret bor {n}, født {_id(rng, lang)}, på {street}.",
            ]
        )
    elif lang == "sv":
        s = rng.choice(
            [
                f"{n} ({_id(rng, lang)}) har flyttat till {street}. {lab} {slot} är oförändrat.",
                f"Vi har idag fått betalning från {n}, {lab.lower()} {slot}. Kunden uppgav även sitt personnummer {_id(rng, lang)}, som vi inte ska spara.",
                f"Enligt folkbokföringen bor {n}, född {_id(rng, lang)}, på {street}.",
            ]
        )
    elif lang == "no":
        s = f"{n} (fnr. {_id(rng, lang)}) har flyttet til {street}. {lab} {slot}."
    else:
        s = f"{n} (hetu {_id(rng, lang)}) on muuttanut osoitteeseen {street}. {lab} {slot}."
    return s


def fam_pipe_export(rng: random.Random, lang: str) -> str:
    """A pipe-separated export from an old system, with a header and mixed columns."""
    cols = ["ID", "NAVN" if lang != "sv" else "NAMN", "IDNR", "TLF", "POSTNR"]
    out = ["|".join(cols)]
    tel = {"da": "teldk:plain", "sv": "telse:plain", "no": "telno", "fi": "telfi"}[lang]
    for _ in range(rng.randint(3, 6)):
        out.append(f"«num:5»|{_name(rng, lang)}|{_id(rng, lang)}|«{tel}»|{rng.randint(1000, 9990)}")
    return "\n".join(out)


def fam_html_text(rng: random.Random, lang: str) -> str:
    """Text of an HTML page copied from an intranet (labels on their own lines, values below)."""
    n = _name(rng, lang)
    lab, slot = _neg(rng, lang)
    idl = rng.choice(ID_LABEL[lang])
    return (
        f"Medarbejderprofil\n\n{n}\n{rng.choice(TOWN[lang])}\n\n{idl}\n{_id(rng, lang)}\n\n{lab}\n{slot}\n\nSenest opdateret «date:dmy»"
        if lang == "da"
        else f"Profil\n\n{n}\n{rng.choice(TOWN[lang])}\n\n{idl}\n{_id(rng, lang)}\n\n{lab}\n{slot}\n\nSenast uppdaterad «date:iso»"
    )


def fam_ocr_form(rng: random.Random, lang: str) -> str:
    """A scanned form after OCR: spaced-out labels, stray characters, a value after a wide gap."""
    idl = rng.choice(ID_LABEL[lang])
    spaced = " ".join(idl) if rng.random() < 0.4 else idl.replace("r", "r ", 1)
    n = _name(rng, lang)
    lab, slot = _neg(rng, lang)
    gap = " " * rng.randint(3, 12)
    junk = rng.choice(["|", "~", "_", "'", ""])
    return f"{junk}{n.upper()}{gap}{rng.choice(TOWN[lang]).upper()}\n{spaced}:{gap}{_id(rng, lang)} {junk}\n{lab}{gap}{slot}\n{junk}{junk}"


def fam_sms_thread(rng: random.Random, lang: str) -> str:
    """Two or three text messages, the identifier typed by a relative."""
    if lang == "da":
        msgs = [
            rng.choice(["hvad er dit cpr?", "skal bruge dit cpr til apoteket", "far hvad er dit personnummer"]),
            rng.choice([f"{_id(rng, lang)}", f"det er {_id(rng, lang)}", f"{_id(rng, lang)} husk at slette beskeden"]),
            rng.choice(["tak", "👍", "modtaget", ""]),
        ]
    elif lang == "sv":
        msgs = [
            rng.choice(["vad är ditt personnr?", "behöver ditt pnr till apoteket", "mamma vad är ditt personnummer"]),
            rng.choice([f"{_id(rng, lang)}", f"det är {_id(rng, lang)}", f"{_id(rng, lang)} radera sen"]),
            rng.choice(["tack", "👍", "fått det", ""]),
        ]
    else:
        msgs = ["?", f"{_id(rng, lang)}", "ok"]
    return "\n".join(m for m in msgs if m)


def fam_xml(rng: random.Random, lang: str) -> str:
    """An XML fragment from an integration (tag names in the system's language)."""
    tag = {"da": "CPRNummer", "sv": "Personnummer", "no": "Fodselsnummer", "fi": "Henkilotunnus"}[lang]
    _lab, slot = _neg(rng, lang)
    return (
        f"<Borger>\n  <Navn>{_name(rng, lang)}</Navn>\n  <{tag}>{_id(rng, lang)}</{tag}>\n"
        f"  <Reference>{slot}</Reference>\n  <Oprettet>«date:iso»</Oprettet>\n</Borger>"
    )


def fam_ticket(rng: random.Random, lang: str) -> str:
    """A helpdesk ticket: ticket number and asset ids at the top, the identifier in the description."""
    n = _name(rng, lang)
    if lang == "da":
        desc = rng.choice(
            [
                f"Brugeren {n} kan ikke logge på MitID og oplyser cpr {_id(rng, lang)}.",
                f"{n} har fået forkert lønseddel. CPR {_id(rng, lang)}, medarb.nr «num:5».",
            ]
        )
        return f"Sag #«num:7» · Prioritet 3 · Aktiv PC-«num:6»\nBeskrivelse: {desc}\nTelefon: «teldk»"
    if lang == "sv":
        desc = rng.choice(
            [
                f"Användaren {n} kommer inte in med BankID. Personnummer {_id(rng, lang)}.",
                f"{n} har fått fel lönespec. Pnr {_id(rng, lang)}, anst.nr «num:5».",
            ]
        )
        return f"Ärende #«luhn10» · Prio 3 · Dator PC-«num:6»\nBeskrivning: {desc}\nTelefon: «telse»"
    return f"Ticket #«num:7»\n{n}: {_id(rng, lang)}"


def fam_inline_kv(rng: random.Random, lang: str) -> str:
    """One CRM note line: key=value pairs in any order."""
    key = {"da": "cpr", "sv": "pnr", "no": "fnr", "fi": "hetu"}[lang]
    lab, slot = _neg(rng, lang)
    parts = [
        f"navn={_name(rng, lang).replace(' ', '_')}",
        f"{key}={_id(rng, lang)}",
        f"{lab.rstrip('.').lower()}={slot}",
    ]
    rng.shuffle(parts)
    return rng.choice(["; ", ", ", " | ", " "]).join(parts)


def fam_window_envelope(rng: random.Random, lang: str) -> str:
    """The address field of a letter as it appears in a scan, the identifier under the address."""
    n = _name(rng, lang)
    street = f"{rng.choice(STREET[lang])} {rng.randint(1, 99)}"
    town = f"{rng.randint(1000, 9990)} {rng.choice(TOWN[lang])}"
    lab, slot = _neg(rng, lang)
    return f"{n}\n{street}\n{town}\n\n{rng.choice(ID_LABEL[lang])} {_id(rng, lang)}\n{lab} {slot}"


def fam_people_with_phones(rng: random.Random, lang: str) -> str:
    """Lines that join a phone number, a name and an identifier (phone first or last)."""
    tel = {"da": "teldk", "sv": "telse", "no": "telno", "fi": "telfi"}[lang]
    lead = rng.choice(["Mobil", "Tlf", "Tel", "Kontakt"])
    out = []
    for _ in range(rng.randint(2, 4)):
        if rng.random() < 0.5:
            form = rng.choice([":plain", "", ":intl"])
            out.append(f"{lead} «{tel}{form}», {_name(rng, lang)} {_id(rng, lang)}")
        else:
            out.append(f"{_name(rng, lang)} {_id(rng, lang)}, {lead.lower()} «{tel}»")
    return "\n".join(out)


def fam_minutes(rng: random.Random, lang: str) -> str:
    """Numbered minutes points with case numbers; one point names a person with an identifier."""
    pts = []
    for i in range(rng.randint(3, 5)):
        _lab, slot = _neg(rng, lang)
        pts.append(
            f"{i + 1}. {'Sag' if lang == 'da' else 'Ärende'} {slot}: {'drøftet' if lang == 'da' else 'diskuterat'}."
        )
    k = rng.randrange(len(pts))
    who = _name(rng, lang)
    pts[k] = pts[k][:-1] + (
        f" – vedr. {who}, {_id(rng, lang)}." if lang == "da" else f" – gäller {who}, {_id(rng, lang)}."
    )
    return ("Referat\n" if lang == "da" else "Protokoll\n") + "\n".join(pts)


FAMILIES: dict[str, Callable[[random.Random, str], str]] = {
    "gen-field-block": fam_field_block,
    "gen-markdown": fam_markdown_table,
    "gen-log": fam_log,
    "gen-json": fam_json,
    "gen-sql": fam_sql,
    "gen-bank-lines": fam_bank_lines,
    "gen-reply-chain": fam_reply_chain,
    "gen-fixed-width": fam_fixed_width,
    "gen-numbers-only": fam_numbers_only,
    "gen-prose": fam_prose,
    "gen-pipe": fam_pipe_export,
    "gen-html-text": fam_html_text,
    "gen-ocr-form": fam_ocr_form,
    "gen-sms-thread": fam_sms_thread,
    "gen-xml": fam_xml,
    "gen-ticket": fam_ticket,
    "gen-inline-kv": fam_inline_kv,
    "gen-window": fam_window_envelope,
    "gen-phones": fam_people_with_phones,
    "gen-minutes": fam_minutes,
}
