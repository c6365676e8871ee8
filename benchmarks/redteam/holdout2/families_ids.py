"""Generated document families of the v2 identifier hold-out: system exports and business layouts.

Each family is ``fn(rng) -> (lang, template)``; the template's «slots» are filled by ``render.Filler``.
"""

from __future__ import annotations

import random
from collections.abc import Callable

Family = Callable[[random.Random], tuple[str, str]]


def _q(s: str) -> str:
    return s.replace('"', '\\"')


def json_hr_export(r: random.Random) -> tuple[str, str]:
    rows = []
    for i in range(r.randint(2, 4)):
        cpr = r.choice(['"«DK»"', '"«DK:plain»"', "«DK:int»", '"«DK:dash»"'])
        rows.append(
            "    {\n"
            f'      "medarbejderId": {r.randint(1000, 9999)},\n'
            f'      "navn": "«name#{i}»",\n'
            f'      "cpr": {cpr},\n'
            '      "loenkonto": {"regNr": "«reg»", "kontoNr": "«konto10»"},\n'
            '      "arbejdssted": {"pNummer": "«pnum»", "cvr": "«cvr»"},\n'
            f'      "ansat": "«date:iso»", "mobil": "«phone_dk:plain»"\n'
            "    }"
        )
    body = ",\n".join(rows)
    return "da", '{\n  "eksport": "Lønsystem v4",\n  "dato": "«date:iso»",\n  "medarbejdere": [\n' + body + "\n  ]\n}\n"


def ndjson_audit(r: random.Random) -> tuple[str, str]:
    lang = r.choice(["da", "sv"])
    lines = []
    for _ in range(r.randint(4, 7)):
        t = r.random()
        ts = f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
        user = r.choice(["jkr", "mbl", "svc-batch", "ahe", "tlo"])
        if t < 0.35:
            q = "«DK:plain»" if lang == "da" else "«SE:short»"
            lines.append(f'{{"ts":"{ts}","user":"{user}","action":"lookup","subject":"{q}","hits":{r.randint(0, 9)}}}')
        elif t < 0.6:
            lines.append(
                f'{{"ts":"{ts}","user":"{user}","action":"export","jobId":"«date10»","rows":{r.randint(10, 9000)}}}'
            )
        elif t < 0.8:
            ip = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            lines.append(f'{{"ts":"{ts}","user":"{user}","action":"login","session":"«luhn10»","ip":"{ip}"}}')
        else:
            q = "ret adresse for «DK»" if lang == "da" else "ändrad adress för «SE:long_dash»"
            lines.append(f'{{"ts":"{ts}","user":"{user}","action":"update","note":"{q}"}}')
    return lang, "\n".join(lines) + "\n"


def xml_citizens(r: random.Random) -> tuple[str, str]:
    lang = r.choice(["da", "sv"])
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    if lang == "da":
        out.append('<udtraek system="ESDH" kommune="«city»" loebenr="«date10»">')
        for i in range(r.randint(1, 3)):
            cpr = r.choice(['cpr="«DK:plain»"', 'cpr="«DK:dash»"'])
            out.append(f'  <borger {cpr} id="«order:6»">')
            out.append(f"    <navn>«name#{i}»</navn>")
            out.append('    <adresse vej="«street»" postnr="«zip_dk»"/>')
            out.append('    <sag journalnr="«case»" dokumentnr="«cprlike»"/>')
            if r.random() < 0.4:
                out.append('    <paaroerende relation="forælder"><cpr>«DK»</cpr></paaroerende>')
            out.append("  </borger>")
        out.append("</udtraek>")
    else:
        out.append('<export kalla="Procapita" arendenr="«luhn12»">')
        for i in range(r.randint(1, 3)):
            out.append('  <person personnummer="«SE:long»" kundnr="«luhn10»">')
            out.append(f'    <namn fornamn="«first#{i}»" efternamn="«last#{i}»"/>')
            out.append("    <kontakt><telefon>«phone_se:datelike»</telefon><epost>«email»</epost></kontakt>")
            if r.random() < 0.3:
                out.append("    <samordningsnummer>«SAM:long_dash»</samordningsnummer>")
            out.append("  </person>")
        out.append("</export>")
    return lang, "\n".join(out) + "\n"


def yaml_roster(r: random.Random) -> tuple[str, str]:
    lang = r.choice(["da", "sv"])
    out = [
        "# vagtplan.yml" if lang == "da" else "# personal.yaml",
        "version: 3",
        "personer:" if lang == "da" else "personal:",
    ]
    for i in range(r.randint(2, 4)):
        out.append(f"  - navn: «name#{i}»" if lang == "da" else f"  - namn: «name#{i}»")
        if lang == "da":
            out.append(f"    cpr: {r.choice(['«DK:dash»', '«DK:plain»', chr(39) + '«DK:plain»' + chr(39)])}")
            out.append("    medarbejdernr: «date10»")
            out.append("    telefon: «phone_dk»")
        else:
            out.append(
                f"    personnr: {r.choice(['«SE:long_dash»', '«SE:short_dash»', chr(34) + '«SE:long»' + chr(34)])}"
            )
            out.append("    anstallningsnr: «luhn10»")
            out.append("    telefon: «phone_se»")
    return lang, "\n".join(out) + "\n"


def sql_insert(r: random.Random) -> tuple[str, str]:
    lang = r.choice(["da", "sv"])
    rows = []
    for i in range(r.randint(2, 5)):
        if lang == "da":
            rows.append(
                f"  ({r.randint(100, 999)}, '«name#{i}»', '«DK:plain»', '«phone_dk:plain»', '«reg»-«konto10»', «date10»)"
            )
        else:
            rows.append(
                f"  ({r.randint(100, 999)}, '«name#{i}»', '«SE:long»', '«phone_se:plain»', '«ocr:10»', «luhn10»)"
            )
    cols = "(id, navn, cpr, tlf, konto, loebenr)" if lang == "da" else "(id, namn, personnr, tfn, ocr, kundnr)"
    table = "kunder" if lang == "da" else "kunder_se"
    return lang, f"-- dump {table}\nINSERT INTO {table} {cols} VALUES\n" + ",\n".join(rows) + ";\n"


def ldif_people(r: random.Random) -> tuple[str, str]:
    lang = r.choice(["da", "sv"])
    out = []
    for i in range(r.randint(1, 3)):
        dc = "dc=firma,dc=dk" if lang == "da" else "dc=bolaget,dc=se"
        out.append(f"dn: uid=u«num:4»,ou=people,{dc}")
        out.append("objectClass: inetOrgPerson")
        out.append(f"cn: «name#{i}»")
        out.append(f"sn: «last#{i}»")
        out.append(f"mail: «email#{i}»")
        out.append("employeeNumber: «date10»" if lang == "da" else "employeeNumber: «luhn10»")
        out.append("telephoneNumber: «phone_dk:intl»" if lang == "da" else "telephoneNumber: «phone_se:intl»")
        if r.random() < 0.7:
            out.append("description: CPR «DK»" if lang == "da" else "description: pnr «SE:short_dash»")
        out.append("")
    return lang, "\n".join(out)


def vcard(r: random.Random) -> tuple[str, str]:
    lang = r.choice(["da", "sv"])
    note = "NOTE:CPR-nr. «DK» - kunde siden «date:dk»" if lang == "da" else "NOTE:Personnr «SE» (kund sedan «date:iso»)"
    if r.random() < 0.3:
        note = "NOTE:Kundenr. «cprlike» / konto «konto10»" if lang == "da" else "NOTE:Kundnummer «luhn10:dash»"
    tel = "«phone_dk:intl»" if lang == "da" else "«phone_se:intl»"
    return lang, (
        "BEGIN:VCARD\nVERSION:3.0\nN:«last#1»;«first#1»;;;\nFN:«name#1»\nORG:«firm»\n"
        f"TEL;TYPE=CELL:{tel}\nEMAIL:«email#1»\n{note}\nEND:VCARD\n"
    )


def icalendar(r: random.Random) -> tuple[str, str]:
    lang = r.choice(["da", "sv"])
    if lang == "da":
        desc = r.choice(
            [
                "DESCRIPTION:Samtale med «name» (CPR «DK:plain») om ledighed\\nMødelokale 2",
                "DESCRIPTION:Opfølgning\\, sagsnr. «date10»\\, ring på «phone_dk»",
                "DESCRIPTION:Borgers CPR: «DK»\\nHusk ID",
            ]
        )
    else:
        desc = r.choice(
            [
                "DESCRIPTION:Möte med «name»\\, pnr «SE:short_dash»\\nRum 4",
                "DESCRIPTION:Uppföljning ärende «luhn12»",
                "DESCRIPTION:Besök\\, personnummer «SE:long»\\, tolk bokad",
            ]
        )
    return lang, (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Kalender//DA\nBEGIN:VEVENT\n"
        "UID:«luhn12:plain»@kalender.local\nDTSTART:20261203T090000\nDTEND:20261203T093000\n"
        f"SUMMARY:{'Møde' if lang == 'da' else 'Möte'}\n{desc}\nEND:VEVENT\nEND:VCALENDAR\n"
    )


def webform_mail(r: random.Random) -> tuple[str, str]:
    lang = r.choice(["da", "sv"])
    if lang == "da":
        return lang, (
            "Fra: Kontaktformular <noreply@firma.dk>\nTil: kundeservice@firma.dk\nEmne: Ny henvendelse via kontaktformular\n\n"
            "Følgende blev indsendt:\n\n"
            "Fulde navn: «name»\n"
            f"CPR-nr. (kun ved pensionssager): {r.choice(['«DK»', '«DK:plain»', '', '«masked:dk»'])}\n"
            "Telefon: «phone_dk»\n"
            f"Policenummer: {r.choice(['«cprlike»', '«date10»', '«order:8»'])}\n"
            "Emne: Ændring af begunstiget\n"
            "Besked: Hej, jeg vil gerne have min søster indsat som begunstiget. Hun har CPR «DK:any» .\n"
            "Samtykke: ja\n"
        )
    return lang, (
        "Från: Webbformulär <no-reply@bolaget.se>\nTill: support@bolaget.se\nÄmne: Nytt ärende från webbplatsen\n\n"
        "Formulär: Kontakta oss\n"
        "Namn: «name»\n"
        f"Personnummer (ÅÅÅÅMMDD-XXXX): {r.choice(['«SE:long_dash»', '«SE:long»', '«SE:short_dash»'])}\n"
        f"Kundnummer: {r.choice(['«luhn10»', '«order:8»'])}\n"
        "Telefon: «phone_se»\n"
        "Meddelande: Hej! Jag har fått en faktura med OCR «ocr:10» men jag har redan betalat.\n"
    )


def ticket(r: random.Random) -> tuple[str, str]:
    lang = r.choice(["da", "sv"])
    if lang == "da":
        return lang, (
            f"Sag #INC00{r.randint(10000, 99999)} | Status: Åben | Prioritet: 3\n"
            "Oprettet af: «name#1» («email#1»)\n"
            "Kategori: Løn > Skattekort\n\n"
            "--- Kommentar 1 (bruger) ---\n"
            "Mit skattekort er forkert efter jeg flyttede. CPR «DK#1»\n\n"
            "--- Kommentar 2 (support) ---\n"
            "Hej «first#1», vi har slået «DK:plain#1» op og sendt en anmodning til SKAT. Ref. «date10».\n"
            f"Medarbejdernummer i systemet: {r.choice(['«cprlike»', '«order:6»'])}\n"
        )
    return lang, (
        f"Ärende INC-{r.randint(100000, 999999)} · Status: Pågår\n"
        "Anmälare: «name#1»\n"
        "Kategori: Lön / Frånvaro\n\n"
        "[Anmälare] Min lönespec visar fel skattetabell. Pnr «SE:short_dash#1».\n"
        "[Handläggare] Tack «first#1». Jag har kontrollerat «SE:long#1» mot Skatteverket.\n"
        "[System] Ärendet kopplat till batch «luhn12» (körning «luhn10»).\n"
    )


def payroll_file(r: random.Random) -> tuple[str, str]:
    lang = r.choice(["da", "sv"])
    sep = r.choice([";", "\t", "|"])
    rows = []
    if lang == "da":
        rows.append(sep.join(["Medarb.nr", "CPR", "Navn", "Reg.nr", "Kontonr", "Bruttoløn", "AM-bidrag"]))
        for i in range(r.randint(3, 6)):
            rows.append(
                sep.join(
                    [
                        "«order:5»",
                        r.choice(["«DK:plain»", "«DK:dash»", "«DK:nomodplain»"]),
                        f"«name#{i}»",
                        "«reg»",
                        "«konto10»",
                        "«amount»",
                        "«amount»",
                    ]
                )
            )
    else:
        rows.append(sep.join(["Anst.nr", "Personnummer", "Namn", "Clearing", "Kontonr", "Bruttolön", "Skatt"]))
        for i in range(r.randint(3, 6)):
            rows.append(
                sep.join(
                    [
                        "«luhn10»",
                        r.choice(["«SE:long»", "«SE:short»", "«SE:long_dash»"]),
                        f"«name#{i}»",
                        "«clearing»",
                        "«kontose»",
                        "«amount»",
                        "«amount»",
                    ]
                )
            )
    return lang, "\n".join(rows) + "\n"


def pension_statement(r: random.Random) -> tuple[str, str]:
    lang = r.choice(["da", "sv"])
    if lang == "da":
        return lang, (
            "«firm»\nPensionsoversigt pr. 31.12.2025\n\n"
            "«name»\n«street»\n«town»\n\n"
            f"Policenr.: {r.choice(['«cprlike»', '«date10»'])}     Kundenr.: «order:7»\n"
            f"CPR-nr.: {r.choice(['«DK»', '«DK:space»', '«DK:plain»'])}\n\n"
            "Indbetalt i året: «amount» kr.\nDepotværdi: «amount» kr.\n"
            "Udbetaling fra: «date:dk»\n"
            "Begunstiget: nærmeste pårørende\n"
            "Har du spørgsmål, så ring på «phone_dk:pairs».\n"
        )
    return lang, (
        "«firm»\nPensionsbesked 2025\n\n"
        "«name»\n«street»\n«town»\n"
        f"Personnummer: {r.choice(['«SE:long_dash»', '«SE:short_dash»', '«SE:long_space»', '«SE:oldshort»'])}\n\n"
        f"Försäkringsnummer: {r.choice(['«luhn10»', '«luhn10:dash»', '«order:9»'])}\n"
        "Värde 2025-12-31: «amount» kr\n"
        "Förmånstagare: make/maka/sambo, därefter barn\n"
        "Frågor? Ring «phone_se:dash».\n"
    )


def municipality_letter(r: random.Random) -> tuple[str, str]:
    lang = r.choice(["da", "sv"])
    if lang == "da":
        return lang, (
            "«city» Kommune · Børn og Familie\n"
            "Dato: «date:dk»   Sagsnr.: «case»   Dok.nr.: «date10»\n\n"
            "Afgørelse om tabt arbejdsfortjeneste\n\n"
            "Barn: «name#1», CPR «DK#1»\n"
            "Forælder: «name#2», CPR-nr. «DK#2»\n\n"
            "Kommunen har behandlet din ansøgning af «date:dk». Ydelsen udbetales til din NemKonto "
            "(reg.nr. «reg», konto «konto10»).\n"
            "Klagevejledning: Du kan klage inden 4 uger. Oplys venligst sagsnummer og barnets CPR ("
            "«DK:plain#1»"
            ").\n"
        )
    return lang, (
        "«city» kommun · Barn- och utbildningsförvaltningen\n"
        "Datum: «date:iso»  Dnr: BUN «case»\n\n"
        "Beslut om skolskjuts\n\n"
        "Elev: «name#1», «SE:long_dash#1»\n"
        "Vårdnadshavare: «name#2» («SE:short_dash#2»)\n\n"
        "Eleven beviljas skolskjuts läsåret 2026/27. Kontakta oss på «phone_se» och uppge elevens "
        "personnummer «SE:long#1».\n"
    )


def police_summary(r: random.Random) -> tuple[str, str]:
    lang = r.choice(["da", "sv"])
    if lang == "da":
        return lang, (
            "RAPPORT – resumé\nJ.nr. «journal»\n\n"
            "Anmelder: «name#1», f. «DK#1», tlf. «phone_dk»\n"
            "Sigtede: «NAME#2», cpr.nr. «DK:dash#2»\n\n"
            "Den «date:dk» kl. «time» blev sigtede standset i en bil med reg.nr. «num:2»-«num:3». "
            "Sigtede oplyste eget cpr.nr. som «DK:plain#2», hvilket blev bekræftet.\n"
            "Genstande: 1 mobiltelefon (IMEI «order:9»«order:6»)\n"
        )
    return lang, (
        "Sammanfattning av förundersökning\nK-nummer: K«order:6»-26\nMålnummer: B «num:4»-26\n\n"
        "Målsägande: «name#1», «SE:short_dash#1»\n"
        "Misstänkt: «NAME#2» («SE:long_dash#2»)\n\n"
        "Den «date:iso» anträffades den misstänkte vid «street». Den misstänkte uppgav personnummer "
        "«SE:short#2» och bekräftades via folkbokföringen.\n"
    )


def flat_table(r: random.Random) -> tuple[str, str]:
    """Excel-like sheet pasted as text: mixed columns, some holding identifiers, some running numbers."""
    lang = r.choice(["da", "sv"])
    sep = r.choice(["\t", ";", " | "])
    if lang == "da":
        head = ["Løbenr.", "Navn", "CPR", "Afdeling", "Ref."]
        rows = [sep.join(head)]
        for i in range(r.randint(3, 7)):
            cpr = r.choice(["«DK»", "«DK:plain»", ""]) if r.random() < 0.85 else "«masked:dk2»"
            rows.append(sep.join(["«date10»", f"«name#{i}»", cpr, r.choice(["Løn", "Drift", "Salg"]), "«cprlike»"]))
    else:
        head = ["Löpnr", "Namn", "Personnr", "Enhet", "Ref"]
        rows = [sep.join(head)]
        for i in range(r.randint(3, 7)):
            pnr = r.choice(["«SE»", "«SE:short»", ""]) if r.random() < 0.85 else "«masked:se»"
            rows.append(sep.join(["«luhn10»", f"«name#{i}»", pnr, r.choice(["Lön", "Drift", "Sälj"]), "«luhn10»"]))
    return lang, "\n".join(rows) + "\n"


def quoted_thread(r: random.Random) -> tuple[str, str]:
    lang = r.choice(["da", "sv"])
    if lang == "da":
        return lang, (
            "Fra: «name#1» <«email#1»>\nTil: «email#2»\nEmne: SV: SV: Manglende løn\n\n"
            "Tak, jeg har rettet det.\n\n"
            "> Den «date:dk» skrev «name#2»:\n"
            "> Hej, jeg kan se at «first#3» «last#3» ikke har fået løn.\n"
            "> Hans CPR er «DK#3» og kontonr. «reg» «konto10».\n"
            ">\n"
            ">> Den «date:dk» skrev «name#1»:\n"
            ">> Kan du sende CPR? Vi har kun medarbejdernr. «date10».\n"
        )
    return lang, (
        "Från: «name#1» <«email#1»>\nTill: «email#2»\nÄmne: Sv: Sv: Fel i lönen\n\n"
        "Fixat nu.\n\n"
        "> «date:iso» skrev «name#2»:\n"
        "> «first#3» «last#3» saknar lön för november.\n"
        "> Personnummer «SE#3», kontonummer «clearing»-«kontose».\n"
        ">\n"
        ">> «date:iso» skrev «name#1»:\n"
        ">> Har du personnumret? Anställningsnumret «luhn10» räcker inte.\n"
    )


def ocr_scan(r: random.Random) -> tuple[str, str]:
    """A scanned form read by OCR: letters swapped in the words, numbers broken over lines."""
    lang = r.choice(["da", "sv"])
    if lang == "da":
        return lang, (
            "BLANKET 07-2 ANSØGNING OM BOLIGSTØTTE\n"
            "Ansøgers navn: «name»\n"
            f"CPR-nummer: {r.choice(['«DK:broken»', '«DK:spaced»', '«DK»'])}\n"
            "Adresse: «street», «town»\n"
            "Husstandens indkomst: «amount»\n"
            "Udlejers CVR: «cvr»  Lejemålsnr.: «date10»\n"
            "Underskrift: ______ Dato: «date:dots»\n"
        )
    return lang, (
        "ANSÖKAN OM BOSTADSBIDRAG (blankett FK 4610)\n"
        "Sökandens namn: «name»\n"
        f"Personnummer: {r.choice(['«SE:broken»', '«SE:long_space»', '«SE:short_dash»'])}\n"
        "Adress: «street», «town»\n"
        "Hyresvärdens org.nr: «orgnr»   Lägenhetsnr: «num:4»\n"
        "Underskrift: ______ Datum: «date:iso»\n"
    )


def se_invoice(r: random.Random) -> tuple[str, str]:
    rot = r.random() < 0.5
    lines = [
        "«firm»",
        "Org.nr «orgnr» · Momsreg.nr «momsse» · Godkänd för F-skatt",
        "",
        f"FAKTURA {r.randint(10000, 99999)}",
        "Fakturadatum: «date:iso»   Förfallodatum: «date:iso»",
        f"Kundnr: {r.choice(['«luhn10»', '«order:6»'])}",
        "Kund: «name#1», «street», «town»",
        "",
        "Arbetskostnad ...................... «amount»",
        "Material ........................... «amount»",
    ]
    if rot:
        lines += [
            "ROT-avdrag (30 %) ................. -«amount»",
            f"Avdrag begärt för: «name#1», {r.choice(['«SE:long_dash#1»', '«SE:short_dash#1»', '«SE:long#1»'])}",
        ]
    lines += [
        "",
        "Att betala: «amount» SEK",
        "Bankgiro: «bg»   Plusgiro: «pg»",
        f"OCR: {r.choice(['«ocr:10»', '«luhn10»', '«ocr:14»'])}",
        "IBAN: «iban:se»",
    ]
    return "sv", "\n".join(lines) + "\n"


def dk_invoice(r: random.Random) -> tuple[str, str]:
    lines = [
        "«firm»",
        "CVR-nr. «cvr» · P-nr. «pnum» · SE-nr. «senr:spaced»",
        "EAN-lokationsnr.: «ean»",
        "",
        f"Faktura nr. {r.randint(2000, 99999)}      Dato: «date:dk»",
        f"Kundenr.: {r.choice(['«date10»', '«cprlike»', '«order:6»'])}",
        "Leveringsadresse: «street», «town»",
        "",
        "Timer, rådgivning ........ «amount» kr.",
        "Moms 25 % ................ «amount» kr.",
        "I alt .................... «amount» kr.",
        "",
        "Betaling: reg.nr. «reg» kontonr. «konto10»",
        "FI-kort: «fik»",
        "IBAN: «iban»",
    ]
    if r.random() < 0.4:
        lines.insert(7, "Vedr.: dødsbo efter «name», CPR «DK»")
    return "da", "\n".join(lines) + "\n"


def mixed_nordic(r: random.Random) -> tuple[str, str]:
    """Roster of a Nordic group: the country of each row comes from its own columns."""
    sep = r.choice([";", "\t"])
    rows = [sep.join(["Land", "Navn", "ID-nummer", "By", "Telefon"])]
    for i in range(r.randint(4, 7)):
        c = r.choice(["dk", "se", "no", "fi"])
        ident = {"dk": "«DK»", "se": "«SE»", "no": "«NO»", "fi": "«FI»"}[c]
        phone = {"dk": "«phone_dk:intl»", "se": "«phone_se:intl»", "no": "«phone_no»", "fi": "«phone_fi»"}[c]
        city = {"dk": "«city:dk»", "se": "«city:se»", "no": "Bergen", "fi": "Tampere"}[c]
        rows.append(sep.join([c.upper(), f"«name:{c}#{i}»", ident, city, phone]))
    if r.random() < 0.5:
        rows.append(sep.join(["FI", "Oy Pohjola Ab", "«ytunnus»", "Espoo", "«phone_fi»"]))
    return "da", "\n".join(rows) + "\n"


def no_fi_letter(r: random.Random) -> tuple[str, str]:
    if r.random() < 0.5:
        return "no", (
            "NAV Arbeid og ytelser\nVedtak om sykepenger\n\n"
            "Navn: «name:no#1»\nFødselsnummer: «NO»\n"
            "Arbeidsgiver: «firm:dk» (org.nr. «noorg»)\n"
            "Saksnummer: «date10»\nKontonummer: «num:4».«num:2».«num:5»\n"
        )
    return "fi", (
        "Kela – Päätös\n\nNimi: «name:fi#1»\nHenkilötunnus: «FI»\n"
        "Työnantaja: Oy Pohjola Ab, Y-tunnus «ytunnus»\n"
        "Asiakasnumero: «luhn10»\nPuhelin: «phone_fi»\n"
    )


FAMILIES: dict[str, Family] = {
    "json_hr_export": json_hr_export,
    "ndjson_audit": ndjson_audit,
    "xml_citizens": xml_citizens,
    "yaml_roster": yaml_roster,
    "sql_insert": sql_insert,
    "ldif_people": ldif_people,
    "vcard": vcard,
    "icalendar": icalendar,
    "webform_mail": webform_mail,
    "ticket": ticket,
    "payroll_file": payroll_file,
    "pension_statement": pension_statement,
    "municipality_letter": municipality_letter,
    "police_summary": police_summary,
    "flat_table": flat_table,
    "quoted_thread": quoted_thread,
    "ocr_scan": ocr_scan,
    "se_invoice": se_invoice,
    "dk_invoice": dk_invoice,
    "mixed_nordic": mixed_nordic,
    "no_fi_letter": no_fi_letter,
}
