"""Golden table for the recognizers through the engine: text -> exactly these findings."""

from __future__ import annotations

import datetime

import pytest

from pii_scanner.core.config import DetectConfig
from pii_scanner.detect import Engine
from tests.helpers.nordic_numbers import luhn_digit, make_cpr, make_personnummer

TODAY = datetime.date(2026, 11, 23)
CPR = "0707614285"  # mod 11 valid, 7 July 1961
CPR2 = make_cpr(datetime.date(1985, 3, 14), 2)
CPR3 = make_cpr(datetime.date(1972, 11, 30), 5)
PNR = "198112189876"  # Skatteverket's example
SAM = make_personnummer(datetime.date(1990, 5, 17), 234, coordination=True)
CENTENARIAN = make_personnummer(datetime.date(1919, 4, 2), 321)
ORDER_NUMBERS = ["8473620193", "5519203847", "9920184736", "7362910485"]
BOTH = "100312-4300"  # a valid CPR (10 March 2012, mod 11) AND a valid personnummer (2010-03-12)
BOTH_DK, BOTH_SE = "1003124300", "201003124300"
OLD_BOTH = "010104-0798"  # CPR of 1 Jan 1904 (mod 11) AND personnummer of 2001-01-04
FI_DIGIT = "270780-8172"  # HETU with a digit check character: also the shape of a CPR
# Running numbers that are mostly valid CPR dates (and some pass modulus 11): a "Løbenr." column
KID1, KID2 = "1703127206", "0902108740"  # children's CPRs issued without modulus 11 (2012, 2010)
CUSTOMER = make_personnummer(datetime.date(1981, 9, 15), 606)  # a customer number that reads as one
BOOKED = make_personnummer(datetime.date(2021, 6, 1), 622)  # a booking number that reads as a personnummer
RUNNING = [f"1{n:09d}" for n in range(203850150, 203850158)]
NON_MOD11 = "2209781001"  # a CPR issued without modulus 11 (22 September 1978): no Luhn either
SAM12 = make_personnummer(datetime.date(1990, 5, 17), 234, coordination=True)
SE_ORG = "556677-889" + luhn_digit("556677889")  # a legal person's organisationsnummer (third digit >= 2)
SAM_OLD = make_personnummer(datetime.date(1923, 4, 9), 553, coordination=True)  # a centenarian's: "230469+5535"
OLD_PLAIN = make_personnummer(datetime.date(2026, 1, 15), 377)[2:]  # 1926 (a centenarian) or 2026 (a baby)
# A valid CPR (12 March 1945) that no personnummer reads (day 45)
INVALID_SE = make_cpr(datetime.date(1945, 3, 12), 3)[:6] + "-" + make_cpr(datetime.date(1945, 3, 12), 3)[6:]
# Date-times written as digits that pass the personnummer's date and Luhn checks (2022-03-09 08:04, 2019-11-27 08:07,
# 2023-04-17 08:02) and a ddmmyyhhmm stamp passing the CPR's (14 May 1921 00:09)
STAMP12, STAMP12B, STAMP10, CPR_STAMP = "202203090804", "201911270807", "2304170802", "1405210009"
BOTH_CHILD = "0309154003"  # a CPR of 2015 without modulus 11 that is also a valid personnummer (2003-09-15)
REFERRAL = make_personnummer(datetime.date(1992, 7, 1), 996)[2:]  # a referral number that reads as a personnummer

# (text, [(entity, normalized), ...]) — anything else found is a failure.
GOLDEN: list[tuple[str, list[tuple[str, str]]]] = [
    # DK CPR: separators, context before and after, no context
    ("CPR-nr.: 070761-4285", [("DK_CPR", CPR)]),
    ("cpr 0707614285", [("DK_CPR", CPR)]),
    ("Hans nummer er 070761 4285.", [("DK_CPR", CPR)]),
    ("070761-4285 (cpr)", [("DK_CPR", CPR)]),
    (f"Medarbejder {CPR2[:6]}-{CPR2[6:]} starter mandag", [("DK_CPR", CPR2)]),
    # a 1 January number without mod 11 from the CPR office's list, with context
    ("født 010160-1235, cpr oplyst", [("DK_CPR", "0101601235")]),
    # post-2007 style number failing mod 11 is still found when context says CPR
    ("CPR-nummer: 150390-1238", [("DK_CPR", "1503901238")]),
    # replacement number (day + 60) with context
    ("erstatnings-cpr: 670761-4285", [("DK_CPR", "6707614285")]),
    # SE personnummer: all written forms
    ("Personnummer: 811218-9876", [("SE_PERSONNUMMER", PNR)]),
    ("personnummer 19811218-9876", [("SE_PERSONNUMMER", PNR)]),
    ("pnr 8112189876", [("SE_PERSONNUMMER", PNR)]),
    ("Född 198112189876 i Malmö", [("SE_PERSONNUMMER", PNR)]),
    (f"samordningsnummer {SAM[2:8]}-{SAM[8:]}", [("SE_PERSONNUMMER", SAM)]),
    (f"personnummer {CENTENARIAN[2:8]}+{CENTENARIAN[8:]}", [("SE_PERSONNUMMER", CENTENARIAN)]),
    # NO, FI, IS
    ("fødselsnummer 151086 95088", [("NO_FODSELSNUMMER", "15108695088")]),
    ("henkilötunnus 131052-308T", [("FI_PERSONAL_IDENTITY_CODE", "131052-308T")]),
    ("kennitala 120174-3399", [("IS_KENNITALA", "1201743399")]),
    # contact and financial
    ("Skriv til jens.hansen@firma.dk i dag", [("EMAIL_ADDRESS", "jens.hansen@firma.dk")]),
    ("Tlf. 12 34 56 78", [("PHONE_NUMBER", "12345678")]),
    ("ring på +45 12 34 56 78", [("PHONE_NUMBER", "+4512345678")]),
    ("Mobil: 070-123 45 67", [("PHONE_NUMBER", "0701234567")]),
    ("tel +46 70 123 45 67", [("PHONE_NUMBER", "+46701234567")]),
    ("IBAN: DK50 0040 0440 1162 43", [("IBAN_CODE", "DK5000400440116243")]),
    ("konto SE4550000000058398257466 tak", [("IBAN_CODE", "SE4550000000058398257466")]),
    ("Kortnummer 4111 1111 1111 1111", [("CREDIT_CARD", "4111111111111111")]),
    # several in one line
    (
        f"CPR {CPR[:6]}-{CPR[6:]}, personnummer 811218-9876, mail a@b.dk",
        [("DK_CPR", CPR), ("SE_PERSONNUMMER", PNR), ("EMAIL_ADDRESS", "a@b.dk")],
    ),
    # a column of real CPR numbers (payroll list) is kept
    (
        f"Navn;CPR\nA;{CPR}\nB;{CPR2}\nC;{CPR3}\n",
        [("DK_CPR", CPR), ("DK_CPR", CPR2), ("DK_CPR", CPR3)],
    ),
    # HARD NEGATIVES: nothing may be found
    ("Ordre 0707614285 er afsendt", []),
    ("Fakturanr. 070761-4285", []),
    ("Kontonr 0707614285", []),
    ("tlf 0707614285", []),
    ("OCR-nummer 8112189876", []),
    ("Org.nr 556724-3703", []),
    ("Vårt organisationsnummer är 556724-3703.", []),
    ("Reference 12340707614285 noteret", []),
    ("Betal til DK5000400440116243 nu", [("IBAN_CODE", "DK5000400440116243")]),
    ("ring +45 0707614285", []),
    ("se https://example.dk/sag/0707614285 for detaljer", []),
    ("hash 0707614285a9f3 og 9f30707614285", []),
    ("nummer 0707614285-1 og 1-0707614285", []),
    ("dato 320190-1234 er ugyldig", []),
    ("fremtid: cpr 010130-5000", []),
    ("Kort 4111 1111 1111 1112 afvist", []),
    ("Per capita er tallet 12.345.678", []),
    ("Ordrer:\n" + "\n".join([ORDER_NUMBERS[0], ORDER_NUMBERS[1], CPR, ORDER_NUMBERS[2], ORDER_NUMBERS[3]]), []),
    # --- running-number columns: consecutive values are no identifiers, valid dates or not
    ("Løbenr.;Dato;Beløb\n" + "\n".join(f"{n};2026-03-0{i % 9 + 1};{100 + i},00" for i, n in enumerate(RUNNING)), []),
    ("Løbenr.\n" + "\n".join(RUNNING), []),
    ("Bilag  " + "\nBilag  ".join(RUNNING), []),
    # ...but a payroll column of real CPRs stays, and so does one with a CPR header
    (f"Navn;Løbenr.;CPR\nA;1;{CPR}\nB;2;{CPR2}\nC;3;{CPR3}", [("DK_CPR", CPR), ("DK_CPR", CPR2), ("DK_CPR", CPR3)]),
    # a space-aligned column under a negative header ("Varenr."): item numbers, however date-like
    (f"Varenr.     Antal   Pris\n{CPR}     16   1825,00\n{CPR2}     19   1831,00\n", []),
    # ...and a header labels phone cells too
    ("| Navn | Telefon |\n|---|---|\n| Jens | 12 34 56 78 |", [("PHONE_NUMBER", "12345678")]),
    # employee numbers are labelled as such, even next to the word "medarbejder"
    ("Medarbejdernr.: 0707614285\nNavn: Jens", []),
    ("Anställningsnummer 8112189876", []),
    ("Employee no. 0707614285", []),
    # a label heads the list that follows it; running numbers in a line are no identifiers
    (f"Ordrenumre: {CPR}, {CPR2} og {CPR3}", []),
    (f"Løbenumre {RUNNING[0]} {RUNNING[1]} {RUNNING[2]}", []),
    (f"Sendt {RUNNING[0]}, {RUNNING[1]}, {RUNNING[2]}", []),
    # ...but a list of real CPRs after a positive word stays
    (f"CPR-numre: {CPR}, {CPR2} og {CPR3}", [("DK_CPR", CPR), ("DK_CPR", CPR2), ("DK_CPR", CPR3)]),
    (f"Ordre 12345 sendt. Medarbejdere {CPR}, {CPR2}", [("DK_CPR", CPR), ("DK_CPR", CPR2)]),
    # an account number after its bank's registration number, labels written in two words
    ("Konto 1234 0707614285", []),
    ("Kontonr.: reg. 1234 - 0707614285", []),
    ("Kunde nr. 0707614285", []),
    ("Faktura nr 070761-4285", []),
    # --- Danish P-numbers (production units) are no personnummer
    ("P-nr.: 1005120009", []),
    ("Vores P-nr. er 1005120009 og CVR-nr. 12345678", []),
    ("Produktionsenhed (P-nummer) 1005120009", []),
    # ...while a Swedish "p-nr" in Swedish text is the personnummer
    ("Anställd, p-nr 811218-9876, börjar i maj", [("SE_PERSONNUMMER", PNR)]),
    # --- CSV/TSV rows in mixed-language documents: the row decides the country
    (
        f"Navn;Nummer;E-mail\nJens Hansen;{BOTH};jens@firma.dk\nAnna Berg;{BOTH};anna@bolag.se",
        [
            ("DK_CPR", BOTH_DK),
            ("EMAIL_ADDRESS", "jens@firma.dk"),
            ("SE_PERSONNUMMER", BOTH_SE),
            ("EMAIL_ADDRESS", "anna@bolag.se"),
        ],
    ),
    (
        f"Hej och tack för mötet, här är listan.\nJens Hansen\t{BOTH}\tOdense\nAnna Berg\t{BOTH}\tMalmö",
        [("DK_CPR", BOTH_DK), ("SE_PERSONNUMMER", BOTH_SE)],
    ),
    (
        f"Kære alle, her er listen og tak for hjælpen.\nNamn\tPersonnummer\tOrt\nAnna Berg\t{BOTH}\tUppsala",
        [("SE_PERSONNUMMER", BOTH_SE)],
    ),
    # a negative word on the NEXT line does not kill a row
    (f"Jens Hansen;{CPR};jens@firma.dk\nCVR-nr: 12345678", [("DK_CPR", CPR), ("EMAIL_ADDRESS", "jens@firma.dk")]),
    (f"CVR-nr: 12345678\nJens Hansen;{CPR}", [("DK_CPR", CPR)]),
    # ...while a label on the line above a lone number still labels it
    ("Ordrenummer:\n0707614285", []),
    # --- words belonging to a neighbouring number or to the line
    ("Mobil 12345678, Jens Hansen 070761-4285", [("PHONE_NUMBER", "12345678"), ("DK_CPR", CPR)]),
    ("Reference: Jens Hansen 070761-4285", [("DK_CPR", CPR)]),
    ("Sag: Jens Hansen 070761-4285", [("DK_CPR", CPR)]),
    ("Sag 070761-4285", []),
    # --- "00" is a phone prefix only before a country code, never the tail of a number
    ("Anders And 060680-0002 070680-0018", [("DK_CPR", "0606800002"), ("DK_CPR", "0706800018")]),
    ("Medarbejdere: 010180-0008 070761-4285", [("DK_CPR", "0101800008"), ("DK_CPR", CPR)]),
    ("CPR: 0012 070761-4285", [("DK_CPR", CPR)]),
    ("ring 0046 0707614285", [("PHONE_NUMBER", "+460707614285")]),  # a phone, not a CPR
    # --- Finnish context, inflected forms included; ties never go to SE by order
    ("Hei, henkilötunnukseni on 151026-6702.", [("FI_PERSONAL_IDENTITY_CODE", "151026-6702")]),
    (f"Henkilötunnus: {FI_DIGIT}", [("FI_PERSONAL_IDENTITY_CODE", FI_DIGIT)]),
    (f"Työntekijän henkilötunnuksen {FI_DIGIT} tarkistus", [("FI_PERSONAL_IDENTITY_CODE", FI_DIGIT)]),
    # --- SE "-": a date later in the current year is a future birth, not a centenarian
    ("personnummer 261215-1239", [("DK_CPR", "2612151239")]),
    ("personnummer 261215+1239", [("SE_PERSONNUMMER", "192612151239")]),
    # --- IDN e-mail, UATP, IBAN with dashes, no phone fragments in foreign numbers
    ("skriv til a@xn--d1acufc.xn--p1ai nu", [("EMAIL_ADDRESS", "a@xn--d1acufc.xn--p1ai")]),
    ("UATP-kort 1354 12345 678911", [("CREDIT_CARD", "135412345678911")]),
    ("reference 135412345678911", []),
    ("card 122000000000003", [("CREDIT_CARD", "122000000000003")]),
    ("Betal med FIK +71<135412345678911>", []),
    ("OCR-nummer 135412345678911", []),
    ("IBAN DK50-0040-0440-1162-43 tak", [("IBAN_CODE", "DK5000400440116243")]),
    ("London office +44 (20) 7123 4567", []),
    ("US +1 212 555 1234 8", []),
    # --- labels nobody listed still say what a number is (recognizers/labels.yaml)
    ("Policenummer 0707614285", []),
    ("Målernummer: 070761-4285", []),
    ("Lejemålsnr. 0707614285", []),
    ("Kunde-ID 0707614285", []),
    ("Contract no. 0707614285", []),
    (f"Claim number {CPR} is approved; Ticket {CPR2} still pending.", []),
    ("Er referens\n8112189876", []),
    ("Ange vid betalning: 8112189876", []),
    ("Tak for din bestilling 0707614285. Den sendes i morgen.", []),
    ("Tack för din beställning 8112189876.", []),
    ("Kørsel 0707614285 afsluttet uden fejl", []),
    ("Vedr. INV-0707614285 og #0707614285", []),
    ("Overfør beløbet til 1234 0707614285 senest fredag", []),
    # ...while names, small words, cells and the identifier's own shape keep the number
    ("Jens Hansen: 0707614285", [("DK_CPR", CPR)]),
    ("Jens Hansen 0707614285", [("DK_CPR", CPR)]),
    ("Nummeret er 0707614285", [("DK_CPR", CPR)]),
    ("Hansen;Jens;0707614285;Vejle", [("DK_CPR", CPR)]),
    ("Elev: 070761-4285", [("DK_CPR", CPR)]),
    ("Ansøger 0707614285", [("DK_CPR", CPR)]),
    ("Sökande: Anna Berg\nPerson-nr 811218-9876", [("SE_PERSONNUMMER", PNR)]),
    ("Anna Berg, 811218-9876, börjar i maj", [("SE_PERSONNUMMER", PNR)]),
    # --- ages nobody has: a dated serial "250710-0018" reads as a CPR of 1910; a label keeps it
    ("Bilag 250710-0018 bogført", []),
    ("CPR: 250710-0018", [("DK_CPR", "2507100018")]),
    # --- a Swedish mobile written plainly in a Swedish row is the phone, not a person born in 2007
    ("Hälsningar Karin Svensson, Malmö, 0702202854", []),
    # --- a negative word after the number labels the value after it, not the number before
    (f"- Jens Hansen, {CPR[:6]}-{CPR[6:]}, tlf. +45 12 34 56 78", [("DK_CPR", CPR), ("PHONE_NUMBER", "+4512345678")]),
    ("Anna Berg, 811218-9876, mobil 070-123 45 67", [("SE_PERSONNUMMER", PNR), ("PHONE_NUMBER", "0701234567")]),
    ("Ordre 0707614285 (faktura)", []),
    # --- separators as word processors write them
    ("CPR-nr. 070761\u20134285", [("DK_CPR", CPR)]),
    ("personnummer 811218\u20119876", [("SE_PERSONNUMMER", PNR)]),
    # --- CPRs without modulus 11: issued since October 2007, 1 January dates, after a name
    ("Barnet Ida 150310-4001 starter i 0. klasse", [("DK_CPR", "1503104001")]),
    ("Hansen;Ida;150310-4001;Vejle", [("DK_CPR", "1503104001")]),
    ("Deltager 010176-1235", [("DK_CPR", "0101761235")]),
    ("Marianne Jensen (150572-1236)", [("DK_CPR", "1505721236")]),
    ("nummer 150572-1236", []),
    # --- key=value in a log line: the key labels the value
    ("INFO opslag cpr=0707614285 status=200", [("DK_CPR", CPR)]),
    # --- an XML element after another: the closing tag is markup, not a path
    ("<person><navn>Jens Hansen</navn><cpr>0707614285</cpr></person>", [("DK_CPR", CPR)]),
    ('<a href="https://x.dk/kunde/0707614285">link</a>', []),
    ("WARN job=0707614285 session=1403851237", []),
    # --- record fields (XML, JSON, key=value, YAML blocks, SQL INSERTs): the field's own key or element
    # name labels its value; the words of the neighbouring fields belong to their own values
    (
        f"<Medarbejder><Navn>Hugo Brix</Navn><CPRNummer>{CPR}</CPRNummer>"
        f"<Medarbejdernummer>{CPR2}</Medarbejdernummer><PNummer>{CPR3}</PNummer></Medarbejder>",
        [("DK_CPR", CPR)],
    ),
    (
        f"<Anstalld><Personnummer>8112189876</Personnummer><Anstallningsnummer>{BOTH_DK}"
        "</Anstallningsnummer></Anstalld>",
        [("SE_PERSONNUMMER", PNR)],
    ),
    (f'<rad personnr="8112189876" levnr="{BOTH_DK}"/>', [("SE_PERSONNUMMER", PNR)]),
    (f'{{"navn": "Ida", "cpr": "{CPR}", "pnummer": "{CPR2}", "kundeId": {CPR3}}}', [("DK_CPR", CPR)]),
    (f'{{"kunde": {{"cpr": "{CPR}"}}, "ordre": {{"id": "{CPR2}", "ean": "5790000000005"}}}}', [("DK_CPR", CPR)]),
    (f'{{"borger": {{"id": "{CPR}"}}}}', [("DK_CPR", CPR)]),  # "id" of an object named for a person
    (f"user=380924 cpr={CPR} case={CPR2} lev_nr={CPR3}", [("DK_CPR", CPR)]),
    (f"medarbejder:\n  navn: Ida Ravn\n  cpr: {CPR}\n  p_nummer: {CPR2}\n", [("DK_CPR", CPR)]),
    (
        f"INSERT INTO ansatte (navn, cpr, p_nr, kunde_nr) VALUES ('Ida', '{CPR}', '{CPR2}', {CPR3});",
        [("DK_CPR", CPR)],
    ),
    ("Ansøger:\nNavn: Ida Ravn\nNummer: 070761-4285", [("DK_CPR", CPR)]),  # a record line's bare key
    # generic markup names no field: an HTML cell or a "value" slot reads its neighbours as in prose
    (f"<tr><td>Ordrenr.</td><td>{CPR}</td></tr>", []),
    ("<tr><td>CPR</td><td>150572-1236</td></tr>", [("DK_CPR", "1505721236")]),
    (f'{{"key": "ordrenr", "value": "{CPR}"}}', []),
    # a key naming nothing leaves the number to its checks; a key naming an identifier in camel case
    (f'{{"action": "lookup", "subject": "{CPR}", "jobId": "{CPR2}", "session": "{CPR3}"}}', [("DK_CPR", CPR)]),
    (f"dn: cn=Ida Ravn,dc=firma,dc=dk\nemployeeID: {CPR2}\ndkCprNumber: {CPR}", [("DK_CPR", CPR)]),
    # --- a headed table cell: the other cells of its row ("Løn" as a department) are other fields
    (
        f"Løbenr. | Navn | CPR | Afdeling | Ref.\n{RUNNING[0]} | Ida Sommer | {CPR} | Løn | {CPR2}\n"
        f"{RUNNING[1]} | Bent Sand |  | Løn | {CPR3}",
        [("DK_CPR", CPR)],
    ),
    # --- a log record is its line: an identifier word on the line above is another event's
    (
        f"2020-03-15 10:42:13 bruger 38 slog CPR {CPR} op (formål: sag {CPR2})\n"
        f"2020-03-15 10:43:55 bruger 54 eksporterede {CPR3}",
        [("DK_CPR", CPR), ("DK_CPR", CPR3)],
    ),
    # --- a noun naming a numbered thing right before the number, even after a verb or on a line
    # that names an identifier elsewhere
    ("2023-03-15 10:43 användare 2369 exporterade rapport 8112189876", []),
    ("slog upp personnummer 811218-9876 i SPAR (ärende 6312165720)", [("SE_PERSONNUMMER", PNR)]),
    (f"Kørt job nr. {CPR} i nat", []),
    ("Lägenhet 3940, kontraktsnummer 811218-9876, hyresgäst Tuva Wallin.", []),  # its own label is nearer
    ("Körkortsnummer 8112189876 är inte samma sak som ditt personnummer.", []),
    # --- a context word after the number that heads another number's label is that number's
    (f"Kontakta oss på 0709636969 och uppge elevens personnummer {PNR}.", [("SE_PERSONNUMMER", PNR)]),
    # --- "f." (født/född), "kto", a country adjective before an ambiguous "pnr."
    (
        "Anmelder: Hanne Riis, f. 150572\u20131236, tlf. 65 98 23 70",
        [("DK_CPR", "1505721236"), ("PHONE_NUMBER", "65982370")],
    ),
    (f"Betalt til reg 3438 kto {CPR}, kvittering 2283338636.", []),
    (
        f"Anders bor i Malmö og arbejder i København. Svensk pnr. 811218-9876; dansk cpr {CPR}.",
        [("SE_PERSONNUMMER", PNR), ("DK_CPR", CPR)],
    ),
    # a label word, then a copula or "har" ("Avinumret är", "ärende har nummer"); an identifier's
    # own definite form stays positive ("Personnumret är")
    ("> Avinumret är 8112189876.", []),
    ("Tack! Ditt ärende har nummer 8112189876.", []),
    ("> Personnumret är 811218-9876", [("SE_PERSONNUMMER", PNR)]),
    ("Sagen vedr. 070761-4285 er lukket.", [("DK_CPR", CPR)]),  # a preposition relates, it does not name
    # machine keys without diacritics, an attribute read with its element, <Pnr> in a Danish export
    ("[2025-07-31 06:26:19] user=kla action=oppna arende=8112189876", []),
    (f'<Ansat nr="{CPR2}">\n  <Navn>Ida Ravn</Navn>\n  <Cpr>{CPR}</Cpr>\n</Ansat>', [("DK_CPR", CPR)]),
    (f"<Ansatte><Ansat><Navn>Ida Ravn</Navn><Cpr>{CPR}</Cpr><Pnr>{CPR2}</Pnr></Ansat></Ansatte>", [("DK_CPR", CPR)]),
    (f"namn;pnr;ort\nIda Ravn;{CPR};Randers\nAnna Berg;811218-9876;Umeå", [("DK_CPR", CPR), ("SE_PERSONNUMMER", PNR)]),
    # --- forms filled in by hand or scanned: a dash set apart by spaces, a line broken at the hyphen,
    # a label with a misread letter
    ("CPR-nummer: 070761 - 4285\nAdresse: Vejlevej 1", [("DK_CPR", CPR)]),
    ("Ansøger: Jens Hansen, cpr. 070761-\n4285, bor i Vejle", [("DK_CPR", CPR)]),
    ("Pers0nnummer: 19811218 9876", [("SE_PERSONNUMMER", PNR)]),
    ("Perioden 2019 - 2020 og 201920 - 2021", []),
    # --- words for an identifier that end like a kind of number
    ("Identitetsnummer: 8112189876", [("SE_PERSONNUMMER", PNR)]),
    (f"ID number: {CPR}", [("DK_CPR", CPR)]),
    (f"Sygesikringsnummer: {CPR}", [("DK_CPR", CPR)]),
    (f"Legitimationsnummer: {CPR}", []),
    # --- ten bare digits read as a personnummer in prose that nothing ties to a person
    ("Hej! Spåra med 8112189876 hos PostNord. Mvh Kundtjänst", []),
    ("Hej! Spåra med 811218-9876 hos PostNord.", [("SE_PERSONNUMMER", PNR)]),
    ("Vi har registrerat dig som Ulf af Klint, 8112189876, på adressen Storgatan 40.", [("SE_PERSONNUMMER", PNR)]),
    # --- a report's column header labels a number in a table aligned with spaces
    (
        f"Leverantörsreskontra\nLev.nr       Org.nr        Namn          Saldo\n"
        f"8112189876   556888-4679   Elfirman AB   79523,82\n{BOTH_DK}   556188-3488   Bevakning AB  41344,69",
        [],
    ),
    (
        f"Namn         Ärendenr      Personnr\nAnna Berg    {BOTH_DK}    811218-9876\n"
        f"Jens Berg    5312121212    {make_personnummer(datetime.date(1985, 3, 14), 123)[2:]}",
        [("SE_PERSONNUMMER", PNR), ("SE_PERSONNUMMER", make_personnummer(datetime.date(1985, 3, 14), 123))],
    ),
    # --- a column of identifiers of several countries (a header a column short, a title line above)
    (
        f"Personaleliste 2026\nNavn;Land\nJens Hansen;DK;{CPR}\nAnna Berg;SE;19811218-9876\nIda Ravn;DK;150572-1236",
        [("DK_CPR", CPR), ("SE_PERSONNUMMER", PNR)],
    ),
    (f"Medlemsliste 2026\nMedlemsnr;Navn\n{CPR};Jens Hansen;100,00\n{CPR2};Ida Ravn;50,00", []),
    # --- small words name nothing; a line about an identifier keeps a number after a verb
    ("Kan du bekræfte at det er det rigtige nummer: 0707614285.", [("DK_CPR", CPR)]),
    ("Vi mangler dit cpr til lønsystemet - du skrev 0707614285?", [("DK_CPR", CPR)]),
    ("Arbetstagare: Anna Berg\npers. nr. 8112189876", [("SE_PERSONNUMMER", PNR)]),
    ("Vores ref. 270780-8172", []),  # a reference, whatever country's check it passes
    ("P-enheder:\nPnr. 0707614285  Møllevej 41, 8700 Horsens", []),
    # --- a verb acting on a number is no label for it (audit logs); a noun after a small word is
    ("slettet 0707614285", [("DK_CPR", CPR)]),
    ("2026-01-05 12:00 bruger oprettet 0707614285", [("DK_CPR", CPR)]),
    ("Kunden er slettet 0707614285", [("DK_CPR", CPR)]),
    ("Handläggare: Anna Berg, tfn 0804813103", []),
    ("Betaling: reg.nr. 5000 konto 8112189876", []),
    # --- a report out of a PDF keeps one space between columns: the first column keeps its header
    (
        f"Bogføringsliste\nFakturanr. Dato Tekst Beløb\n{CPR} 06-11-2019 Forsikring 69.377,24\n"
        f"{CPR2} 29/09-2026 Husleje 91,35",
        [],
    ),
    # --- spreadsheet exports: trailing empty cells on titles, headers and rows (not on the last row)
    (f"Medlemslista 2021\t\nMedlemsnr\tNamn\tBelopp\t\n{CPR}\tJens Hansen\t100,00\t\n{CPR2}\tAnna Berg\t50,00", []),
    (
        f"Lista\t\nLöpnr\tNamn\tPersonnr\tBelopp\t\n1\tAnna Berg\t811218-9876\t100,00\t\n2\tJens Berg\t{CPR3}\t50,00",
        [("SE_PERSONNUMMER", PNR), ("DK_CPR", CPR3)],
    ),
    # --- every written form the identifier modules accept is found in text
    ("fødselsnummer 18-06-15-92527", [("NO_FODSELSNUMMER", "18061592527")]),
    ("fødselsnummer 26 11 15 940 14", [("NO_FODSELSNUMMER", "26111594014")]),
    ("fnr 111115984-03", [("NO_FODSELSNUMMER", "11111598403")]),
    ("henkilötunnus 131052-308t", [("FI_PERSONAL_IDENTITY_CODE", "131052-308T")]),
    ("IBAN NO 44 1850.05.14562 tak", [("IBAN_CODE", "NO4418500514562")]),
    ("IBAN MC11 1273 9000 7000 1111 1000 h79.", [("IBAN_CODE", "MC1112739000700011111000H79")]),
    ("konto NL56 3003 0A17 1643 00", []),  # a letter where the Dutch BBAN has digits
    # --- a column whose header names nothing ("IDNR") holds identifiers when its rows are about
    # people, its cells are written in an identifier's own form, validate and spread over the years
    (
        f"ID|NAVN|IDNR|POSTNR\n20519|Jens Hansen|070761-4285|6304\n21294|Ida Ravn|{CPR2[:6]}-{CPR2[6:]}|3559\n"
        f"31490|Bo Holm|{CPR3[:6]} {CPR3[6:]}|6223",
        [("DK_CPR", CPR), ("DK_CPR", CPR2), ("DK_CPR", CPR3)],
    ),
    # ...not date-prefixed serials of one autumn, nor plain member numbers next to a "Personnr" column
    (
        "ID|NAVN|IDNR|POSTNR\n1|Jens Hansen|241013-0054|6304\n2|Ida Ravn|241015-0032|3559\n3|Bo Holm|241020-0071|6223",
        [],
    ),
    (
        f"| Namn | Personnr | Medlemsnr |\n|---|---|---|\n| Anna Berg | {PNR} | {SAM[2:]} |\n"
        f"| Jens Berg | {CENTENARIAN} | {make_personnummer(datetime.date(1965, 9, 2), 606)[2:]} |",
        [("SE_PERSONNUMMER", PNR), ("SE_PERSONNUMMER", CENTENARIAN)],
    ),
    # --- a fixed-width report: the rule line under the header does not hide the header
    (
        f"NAMN                      LÖPNR   NUMMER\n----------------------------------------\n"
        f"ALVA SANDSTRÖM            500089  {PNR}\nYUSUF BERGQVIST           184108  5408253895",
        [("SE_PERSONNUMMER", PNR), ("SE_PERSONNUMMER", "195408253895")],
    ),
    # --- "pnr" names a Danish P-number only in a P-number's shape (ten plain digits)
    ("pnr=811218-9876 navn=Filip_Berg avtalsnr=6503046275", [("SE_PERSONNUMMER", PNR)]),
    # --- a person's "id" in a log is the person's identifier; columns of log lines are no table
    (
        "2025-01-21T18:20:37Z INFO  lookup subject_id=198112189876 status=200\n"
        "2025-02-14T17:15:38Z INFO  order=1008016733 customer=3909364\n"
        "2025-11-19T11:32:16Z INFO  lookup subject_id=196203084899 status=200",
        [("SE_PERSONNUMMER", PNR), ("SE_PERSONNUMMER", "196203084899")],
    ),
    # --- a context word naming the country beats the plain word it contains; the old Swedish term
    (
        "Mit danske CPR-nummer er 090749-2818 og mit svenske personnummer var 050421-6649.",
        [("DK_CPR", "0907492818"), ("SE_PERSONNUMMER", "200504216649")],
    ),
    ("Gustav Lind, födelsenummer 240119+4374, har varit medlem sedan 1952.", [("SE_PERSONNUMMER", "192401194374")]),
    # --- identifiers glued by "_" into a file name are read (not in URLs, not outside file names)
    ("Vedhæftede filer:\n  lønseddel_0101804311_okt.pdf\n  kontrakt_225681.docx", [("DK_CPR", "0101804311")]),
    ("Bilagor: intyg_195506031995.pdf, faktura_2070712.pdf", [("SE_PERSONNUMMER", "195506031995")]),
    ("Fil: /srv/dokumenter/0707614285_kontrakt.docx", [("DK_CPR", CPR)]),
    ("https://x.dk/a/lønseddel_0707614285.pdf", []),
    ("user_0707614285 logged in", []),
    # --- a label split by a scanner's stray space still names the identifier
    (
        "_HUGO FORSBERG     KALMAR\nPer son-nr:     8112189876 _\nFörsäkringsnr     7007588541",
        [("SE_PERSONNUMMER", PNR)],
    ),
    # --- a CPR with its date written as a date needs a word naming it
    ("Min kone har personnummer 10.01.85-3755.", [("DK_CPR", "1001853755")]),
    ("Mødet 10.01.85-3755 kl. 10", []),
    # --- a numbered thing after a small word and before a colon is the topic, not the label
    ("Medarbejdere på projektet: 140451-4047 131201-5591.", [("DK_CPR", "1404514047"), ("DK_CPR", "1312015591")]),
    ("Riktig kund i samma ärende: 19541231-6118.", [("SE_PERSONNUMMER", "195412316118")]),
    ("Rapport: 0508715414", []),
    # --- a sole trader's organisationsnummer IS the personnummer (a legal person's has month 20+)
    ("Skriv därför 700122-0958 på fakturan som org.nr.", [("SE_PERSONNUMMER", "197001220958")]),
    ("Org.nr: 700122-0958", [("SE_PERSONNUMMER", "197001220958")]),
    # --- a list line: the number, then its holder's name
    (
        "Här är listan:\n610320-4779 Linnea Carlsson\n5010146990 Tommy Fält",
        [("SE_PERSONNUMMER", "196103204779"), ("SE_PERSONNUMMER", "195010146990")],
    ),
    # --- a child's CPR (issued without modulus 11 since 2007) after a first name in brackets, or
    # after "hendes er:" standing for the CPR named before
    (
        "Vi mangler kun hendes CPR, så systemet kan beregne rabat sammen med Lucas (1406095391).\n\n"
        "Hendes er: 2806245745",
        [("DK_CPR", "1406095391"), ("DK_CPR", "2806245745")],
    ),
    ("Ordrelinje (1406095391) er leveret.", []),
    # --- a "key - value" block is a record: each key labels its own value
    (
        "Navn - Dorthe Juul\nCpr.nr. - 2610901304\nAftalenr. - 2010900940\nLejemålsnr. - 156916",
        [("DK_CPR", "2610901304")],
    ),
    # --- case numbers of one season (YYMMDD-NNNN) in rows about people are no CPRs, whatever the header
    (
        "Navn;Felt 3;By\nMette Thomsen;250628-0277;Ribe\nMette Kristensen;250625-0204;Ribe\n"
        "Poul Skov;250618-0052;Holbæk\nSøren Kristensen;250623-0333;Holbæk",
        [],
    ),
    # --- a CPR issued without modulus 11 in a column of people's identifiers under "IDNR"
    (
        "Navn;E-mail;IDNR\nSøren Bak;soren@bak.dk;230291-2575\nMette Bak;mette@bak.dk;2012145383\n"
        "Finn Holm;finn@holm.dk;110150-9008",
        [
            ("EMAIL_ADDRESS", "soren@bak.dk"),
            ("DK_CPR", "2302912575"),
            ("EMAIL_ADDRESS", "mette@bak.dk"),
            ("DK_CPR", "2012145383"),
            ("EMAIL_ADDRESS", "finn@holm.dk"),
            ("DK_CPR", "1101509008"),
        ],
    ),
    # --- a word naming another kind of number glued by "_" labels it
    ("Se ordre_0707614285.pdf og kundenr_0707614285.csv", []),
    # --- a dotted date is written so in Denmark: a Danish reading only
    ("Ægtefællens personnummer: 19.08.15-6100.", [("DK_CPR", "1908156100")]),
    # --- forms with one box per digit, after a word naming the identifier (not without one)
    ("CPR-nr.: |0|7|0|7|6|1|-|4|2|8|5|", [("DK_CPR", CPR)]),
    ("Personnummer: [1][9][8][1][1][2][1][8]-[9][8][7][6]", [("SE_PERSONNUMMER", PNR)]),
    ("CPR: 0 7 0 7 6 1 - 4 2 8 5", [("DK_CPR", CPR)]),
    ("Tal: 0 7 0 7 6 1 4 2 8 5", []),
    # --- reservation records: fields between "/" in capitals are no path; "NI" glued is IATA's code
    # of a national identity number
    ("SSR DOCS SK HK1/I/SWE/198112189876/SWE/18DEC81/F/20DEC30/BERG/ANNA", [("SE_PERSONNUMMER", PNR)]),
    ("SSR FOID SK HK1/NI070761-4285-1HANSEN/JENS", [("DK_CPR", CPR)]),
    ("/srv/data/198112189876/x", []),
    # --- a wiki table's header row ("||" between cells) heads the columns of the rows below
    (
        "||Namn||Personnummer||Roll||Anställningsnr||\n"
        f"|Eva Lund|811218-9876|Testare|{make_personnummer(datetime.date(1956, 11, 6), 115)[2:]}|\n"
        f"|Per Ek|{make_personnummer(datetime.date(1970, 3, 2), 402)[2:]}|Chef|"
        f"{make_personnummer(datetime.date(2010, 9, 9), 629)[2:]}|",
        [("SE_PERSONNUMMER", PNR), ("SE_PERSONNUMMER", make_personnummer(datetime.date(1970, 3, 2), 402))],
    ),
    # --- a form flattened to "key<TAB>value" rows: each row's key labels its value (the first row
    # is no column header)
    (
        "Tack för din ansökan.\nNamn\tKarin Berg\nPersonnummer\t811218-9876\n"
        f"Ärendenr\t{make_personnummer(datetime.date(1950, 1, 27), 320)[2:]}\nTelefon\t08-123 456 78",
        [("SE_PERSONNUMMER", PNR)],
    ),
    (
        f"Navn\tJens Hansen\nCPR-nummer\t{CPR2[:6]}-{CPR2[6:]}\n"
        f"Ansøgningsnr.\t{CPR3[:6]}-{CPR3[6:]}\nTelefon\t12 34 56 78",
        [("DK_CPR", CPR2), ("PHONE_NUMBER", "12345678")],
    ),
    # --- HL7 v2: a field's assigning authority ("^^^CPR") or its name in the standard (MSH-10 is the
    # message control id, OBR-2/3 order numbers) labels its number
    (
        "Navn\tCPR\nJens\t140385-0028\nOle\t070761-4285\nIngrid\t" + CPR2[:6] + "-" + CPR2[6:],
        [("DK_CPR", "1403850028"), ("DK_CPR", CPR), ("DK_CPR", CPR2)],
    ),
    (
        f"MSH|^~\\&|LAB|RH|EPJ|RH|202611301200||ORU^R01|{CPR3}|P|2.5\n"
        f"PID|1||{CPR2}^^^CPR||HANSEN^JENS\nOBR|1|{CPR}|71168690|NPU02319",
        [("DK_CPR", CPR2)],
    ),
    # --- a context word that is the number's own label beats another country's word further off; an
    # Icelandic row (its letters, "-dóttir") is Icelandic
    (
        "Ny medarbejder fra Island. Hun har ikke dansk cpr endnu; islandsk kennitala\n010372-2169. Når hun har "
        "fået cpr, opdaterer vi personalesystemet.",
        [("IS_KENNITALA", "0103722169")],
    ),
    (
        "Vi har två praktikanter i vår. De har kennitala, inte svenskt personnummer:\n"
        "Guðrún Sigurðardóttir 010372-2249 och Kristín Jónsdóttir 010372-2329.",
        [("IS_KENNITALA", "0103722249"), ("IS_KENNITALA", "0103722329")],
    ),
    # --- verbs of naming between a label and its number; "req" in a log; a booking; an aside in brackets
    # before the label's colon; a list after its label; a log's bare "id" belongs to the pair before it
    (f"Afdødes cpr-nr. er 070761-4285. Policen hedder {CPR2}.", [("DK_CPR", CPR)]),
    (f"Hendes CPR er 070761-4285, og billetnummeret står som {CPR2}.", [("DK_CPR", CPR)]),
    (f"2026-11-30 08:12:44,118 INFO  [req {CPR2}] opslag borger cpr=0707614285 status=200", [("DK_CPR", CPR)]),
    (
        f"Han har samordningsnummer {SAM[:8]}-{SAM[8:]}. Bokning {BOOKED[:8]}-{BOOKED[8:]}.",
        [("SE_PERSONNUMMER", SAM)],
    ),
    (
        "PERSNR       NAMN                     KST\n------------ ------------------------ -----\n"
        "198112189876 ANDERSSON, STIG           4100\n"
        + make_personnummer(datetime.date(1950, 1, 27), 921)
        + " BERG, INGA                4100",
        [("SE_PERSONNUMMER", PNR), ("SE_PERSONNUMMER", make_personnummer(datetime.date(1950, 1, 27), 921))],
    ),
    (
        "Personnummer: 19811218-9876\nFörsäkringsnummer (tjänstepension, AMF): "
        + make_personnummer(datetime.date(1963, 2, 11), 114),
        [("SE_PERSONNUMMER", PNR)],
    ),
    (
        "Løbenumre i dagens batch: "
        + ", ".join(make_cpr(datetime.date(1950 + 7 * i, 1 + i, 3 + 2 * i), i) for i in range(6))
        + ".",
        [],
    ),
    (f"2026-11-30 06:00:07 INFO  scheduler   job=natlig-import id={CPR2} slut varighed=6s", []),
    # --- a four-digit cell a column gap away is no bank registration number; "pnr" over identifiers in
    # their own forms is no P-number; quoted CSV cells keep their commas and semicolons
    (
        "Medlem                 Fødselsdato   CPR\nFreja Lund             2012          " + KID1 + "\n"
        "Anton Bak              2010          " + KID2,
        [("DK_CPR", KID1), ("DK_CPR", KID2)],
    ),
    (
        " id  | navn            | pnr          | kundenr\n-----+-----------------+--------------+-----------\n"
        " 517 | Eva Lund        | 811218-9876  | 1203287501\n"
        " 581 | Elsa Forsman    | "
        + make_personnummer(datetime.date(2000, 6, 16), 185)[2:]
        + "   | 0205074602\n(2 rows)",
        [("SE_PERSONNUMMER", PNR), ("SE_PERSONNUMMER", make_personnummer(datetime.date(2000, 6, 16), 185))],
    ),
    (
        '"navn","cpr","adresse","note"\n"Krog, Ane","070761-4285","Grønnegade 61, lgh 1109",""\n'
        '"Frandsen, Vita","140385-0028","Bøgevej 35, lgh 1029","ny; tidligere kunde"',
        [("DK_CPR", CPR), ("DK_CPR", "1403850028")],
    ),
    (
        '"navn";"cpr";"adresse"\n"Pedersen, Palle";"070761-4285";"Havnegade 6; lgh 1222"\n'
        '"Bundgaard, Lykke";"' + KID2 + '";"Grønnegade 24; lgh 1091"',
        [("DK_CPR", CPR), ("DK_CPR", KID2)],
    ),
    # --- holders: a list item of one first name (children of a household), the answer in a chat to a
    # request naming the identifier, a name opening a quoted JSON string, a day list "time  number  name
    # column", a genitive person noun ("afdødes nummer")
    (
        "Børn i husstanden:\n  - Alma  " + KID1 + "\n  - Viktor  " + KID2 + "\nForældremyndighed: fælles",
        [("DK_CPR", KID1), ("DK_CPR", KID2)],
    ),
    (
        "Valdemar Toft, 28.11.2026 09:17\nmangler cpr på den nye til lønkørslen\nHelle Dalsgaard, 28.11.2026 09:18\n"
        "140385-0028 (ham med to efternavne)",
        [("DK_CPR", "1403850028")],
    ),
    ('{"type": "message", "text": "Oda Mortensen 140385 0028"}', [("DK_CPR", "1403850028")]),
    (
        "Dagens patienter\n08:00  811218-9876  Sten Ek  kontroll\n09:15  "
        + make_personnummer(datetime.date(1981, 4, 15), 447)[2:]
        + "  Jae-won Park  vaccination",
        [("SE_PERSONNUMMER", PNR), ("SE_PERSONNUMMER", make_personnummer(datetime.date(1981, 4, 15), 447))],
    ),
    (
        "Afdødes CPR: 070761-4285. Husk at henvise til afdødes nummer 1403850028 i banken.",
        [("DK_CPR", CPR), ("DK_CPR", "1403850028")],
    ),
    # --- a letter for a digit (O/0, l/1, S/5, B/8) and a fødselsnummer with a dotted date: read only
    # right after a word naming the identifier; a samordningsnummer (day + 60) only in a Swedish row or text
    ("Navn:  Ole Bach\nCpr.nr.: 07076l-4285\nAdresse: Skolevej 4", [("DK_CPR", CPR)]),
    ("Cpr-nr                O70761-4285", [("DK_CPR", CPR)]),
    ("Personnummer: [ B11218-9876 ]", [("SE_PERSONNUMMER", PNR)]),
    ("Pers.nr:   8112l8-9876", [("SE_PERSONNUMMER", PNR)]),
    ("Vare 07076l-4285 på lager", []),
    ("Arbeidstaker: Lars Eik, fødselsnummer 15.10.86 95088", [("NO_FODSELSNUMMER", "15108695088")]),
    ("Møtet 15.10.86 95088 kr", []),
    ("Hej! Jeg tastede forkert: det er ikke 340581-6988 men 070761-4285. Mvh Vagn", [("DK_CPR", CPR)]),
    # --- the cells after a number in a report aligned with spaces are other fields; in a line of " / "
    # fields, the one whose label names the identifier holds it; a file name's date and time is a stamp
    (
        "Side 1 af 2        Dato        Bilagsnr.       Tekst                        Beløb\n"
        "                   03.11.26    2608751707      Husleje november             14919 kr\n"
        "                   04.11.26    1403850028      Løn Jakob Holm 070761-4285  34 699:-",
        [("DK_CPR", CPR)],
    ),
    (
        f"Kund {CUSTOMER[2:8]}-{CUSTOMER[8:]} / Order 660901-6719 / Personnr 811218-9876 / Faktura 800529-2258",
        [("SE_PERSONNUMMER", PNR)],
    ),
    ("2026-11-30 06:00:02 INFO import fil=lon_20240919-1711.csv rækker=412", []),
    # --- a key naming a card, badge or token governs its value (door-access logs); a compound ending in
    # a numbered thing labels like the thing ("Kundfaktura", "pensionsordning"); a scheme in brackets
    (
        "2026-11-02 07:41 door=B2 badge=" + CPR + " result=OK\n2026-11-02 07:44 door=B2 card=8112189876 result=DENIED",
        [],
    ),
    (
        '#VER B 4 20261102 "Kundfaktura ' + PNR + ' Eva Lund"\n{\n#TRANS 3010 {} -1200.00\n}\n'
        '#VER L 5 20261102 "Lön Eva Lund 811218-9876"',
        [("SE_PERSONNUMMER", PNR)],
    ),
    ("Grundløn   31.200,00\nPension (ordning " + CPR + ")   -2.100,00", []),
    # --- a machine header read as words ("kunde_cpr", "borgerCpr") heads a column of CPRs
    (
        "tid;kunde_cpr;status\n2026-11-02T10:00;" + NON_MOD11 + ";ok\n2026-11-02T10:05;" + CPR + ";ok",
        [("DK_CPR", NON_MOD11), ("DK_CPR", CPR)],
    ),
    # --- a number said NOT to be the identifier
    ("Log ind med " + CPR + " - ikke dit CPR-nummer.", []),
    ("Logga in med 8112189876 (inte ditt personnummer)", []),
    ("Kortnummer, ikke dit cpr-nummer: " + CPR, []),
    # --- samordningsnummer: the definite form names it; with its century it is Swedish in any text; a
    # twelve-digit number broken at its hyphen by a line end; a label broken by a hyphen at a line end
    # before a misread digit; a HETU with the new century sign (B: 2000s) is not taken as a misread CPR
    ("Du har nu fått samordningsnumret " + SAM12, [("SE_PERSONNUMMER", SAM12)]),
    ("ERROR import: duplicate " + SAM12[:8] + " " + SAM12[8:] + " skipped", [("SE_PERSONNUMMER", SAM12)]),
    ("Den tilltalade Eva Lund, född 19811218-\n9876, har överklagat.", [("SE_PERSONNUMMER", PNR)]),
    ("[inskannad blankett]\nPersonnum-\nmer: l9811218-9876  Namn: Eva Lund", [("SE_PERSONNUMMER", PNR)]),
    ("Anställd i Vasa, finsk personbeteckning 120716B4822.", [("FI_PERSONAL_IDENTITY_CODE", "120716B4822")]),
    # --- a HETU with a digit check character that also reads as a CPR, in a Danish list: the row decides
    (
        "Beboere pr. 1. december - opgang 3\n2. tv   Mette Kjær   220771-0038\n3. th   Jonas Dahl   070761-4285",
        [("DK_CPR", "2207710038"), ("DK_CPR", CPR)],
    ),
    # --- holders: a chat message that is the number, answering a request for it; a person noun as the
    # number's own label; a family member's word; one known first name inside a sentence
    (
        "[09:12] Far: send lige dit cpr til lægen\n[09:14] Sofie: " + CPR + "\n[09:14] Far: tak",
        [("DK_CPR", CPR)],
    ),
    ("IntegrityError: person " + NON_MOD11 + " already exists", [("DK_CPR", NON_MOD11)]),
    ("Jonas: hej kan du sende mit cpr, har glemt det\nMor: " + NON_MOD11 + "\nJonas: tak", [("DK_CPR", NON_MOD11)]),
    ("Eva Bak står i kirkebogen som " + CPR + " (hun fik CPR ved dåben).", [("DK_CPR", CPR)]),
    (
        "Vi trenger fødselsnummeret til begge: Ola 15108695088 og mor Kari\nHagen, 18.02.67 40777. Takk!",
        [("NO_FODSELSNUMMER", "15108695088"), ("NO_FODSELSNUMMER", "18026740777")],
    ),
    ("husstand: lone berg " + CPR + ", anton (søn) " + KID1, [("DK_CPR", CPR), ("DK_CPR", KID1)]),
    ("Tilmelding til holdet for Freja " + KID1 + " og Anton " + KID2, [("DK_CPR", KID1), ("DK_CPR", KID2)]),
    # --- a CPR without modulus 11 after a name, among rows written alike that hold CPRs passing it; a
    # family tree's CPRs written with their hyphen are no number table; the holder's birth date on the row
    (
        "Ole Bak " + CPR + "\n  ├─ Ida Bak " + CPR2 + "\n  ├─ Eva Bak " + NON_MOD11,
        [("DK_CPR", CPR), ("DK_CPR", CPR2), ("DK_CPR", NON_MOD11)],
    ),
    ("Kunde: Ole Bak 8473620193\nKunde: Eva Bak " + NON_MOD11 + "\nKunde: Per Ravn 5519203847", []),
    (
        "Slægt\n└─ Ole Bak 070761-4285\n└─ Eva Bak 110264-1000\n└─ Ida Bak 300691-1000\n└─ Bo Bak 050372-1000",
        [("DK_CPR", CPR), ("DK_CPR", "1102641000"), ("DK_CPR", "3006911000"), ("DK_CPR", "0503721000")],
    ),
    ("Eva Lund;1978-09-22;" + NON_MOD11 + ";Odense", [("DK_CPR", NON_MOD11)]),
    # ... but case numbers of one season in rows about people stay a number table
    (
        "Namn;Värde;By\nÅsa Holm;240305-0322;Visby\nEmil Berg;240226-0190;Borås\nIda Lund;240226-0270;Visby\n"
        "Nils Ek;240314-0316;Växjö\nEva Dahl;240308-0138;Visby",
        [],
    ),
    ("Eva Lund;1978-09-23;" + NON_MOD11 + ";Odense", []),
    # --- a list's label ending in ":" names what each number of the list is
    ("Vores sagsnumre: 070761-4285, 140385-0028, " + CPR3[:6] + "-" + CPR3[6:] + ".", []),
    # --- a kennitala word opening the bracket after the number labels it (a CPR reading weighs less)
    ("IS  Jón Sigurðsson   120174-3399 (kennitala, ikke til dansk løn)", [("IS_KENNITALA", "1201743399")]),
    # --- a negative word headed by a denial or a preposition, or a currency after an amount, labels nothing
    ("Lønmodtager (enkeltperson uden CVR), CPR-nummer: " + CPR[:6] + "-" + CPR[6:], [("DK_CPR", CPR)]),
    ("She read her CPR number to me over the phone (" + CPR2[:6] + " " + CPR2[6:] + ").", [("DK_CPR", CPR2)]),
    ("Orders above 2 000 SEK need the buyer's number (given: " + PNR + ").", [("SE_PERSONNUMMER", PNR)]),
    ("Phone " + CPR[:6] + " " + CPR[6:], []),
    # --- read out in pairs of digits, after a word naming it only
    ("Hun læste sit cpr op: " + " ".join(CPR2[i : i + 2] for i in range(0, 10, 2)) + ", tak.", [("DK_CPR", CPR2)]),
    ("Personnummer (uppläst): " + " ".join(PNR[i : i + 2] for i in range(0, 12, 2)), [("SE_PERSONNUMMER", PNR)]),
    ("Ring til " + " ".join(CPR2[i : i + 2] for i in range(0, 10, 2)) + " efter kl. 16", []),
    # --- a centenarian's "+" broken at a line end keeps its century
    (
        "Givare: Elsa Holm (pnr " + CENTENARIAN[2:8] + "+\n" + CENTENARIAN[8:] + ") tackas.",
        [("SE_PERSONNUMMER", CENTENARIAN)],
    ),
    # --- an English label of the Norwegian D-number; an invoice abbreviated in a payment line
    ("Worker: Ana Silva\nD-number: 45059110067\nTax card: yes", [("NO_FODSELSNUMMER", "45059110067")]),
    (":59:/86011117947\nOLA DAHL\n:70:FAKT 811218-9876 HUSLEIE", []),
    # --- a label qualified by a period before its colon ("Vinstnummer vecka 12:") still labels the list
    ("Lotteri: dragningens vinstnummer vecka 12: 811218-9876, 700403-5593", []),
    # --- a chat export with dates and seconds: the sender's name is no label of the answer
    (
        "[03.02.26, 08:10:11] Far: send mig lige dit cpr til forsikringen\n[03.02.26, 08:12:40] Ida: "
        + NON_MOD11
        + "\n[03.02.26, 08:13:02] Far: tak",
        [("DK_CPR", NON_MOD11)],
    ),
    # --- in a URL a query key or the path segment naming the identifier or its holder keeps the number;
    # a personnummer with its century stays one under a segment naming no numbered thing
    ("GET /api/journal?patient_cpr=" + CPR + "&fane=1 200", [("DK_CPR", CPR)]),
    ("Se https://intra.example.dk/borgere/" + CPR2 + "/ydelser", [("DK_CPR", CPR2)]),
    ("GET /v1/medlemmar/" + PNR + "/avgifter 200", [("SE_PERSONNUMMER", PNR)]),
    ("https://shop.example.dk/ordre/" + CPR + "/status og https://x.example.dk/?id=" + CPR2, []),
    # --- a certificate subject's serialNumber (BankID; ETSI "PNO" + country) is the holder's number
    ("Subject: C=SE, O=Bank AB, CN=Eva Lund, serialNumber=" + PNR, [("SE_PERSONNUMMER", PNR)]),
    ("subject=/C=SE/CN=Eva Lund/serialNumber=PNOSE-" + PNR, [("SE_PERSONNUMMER", PNR)]),
    ("Signeret af PNODK-" + CPR + " (MitID)", [("DK_CPR", CPR)]),
    ("Printer serialNumber=" + PNR, []),
    # --- a list's positive label reaches every number of it, asides in brackets between
    (
        "Medarbejdere i afdelingen: " + CPR + " (JH), " + NON_MOD11 + " (KL) og " + CPR2 + " (MS).",
        [("DK_CPR", CPR), ("DK_CPR", NON_MOD11), ("DK_CPR", CPR2)],
    ),
    ("Ordrenumre i dag: 811218-9876 (web), 070761-4285 (tlf)", []),
    # --- a holder's name in any Latin letters, or with a two-letter surname, before a plain number
    ("Kvitto\nKöpare: Zoë Wójcik, 8112189876\nSumma: 120 kr", [("SE_PERSONNUMMER", PNR)]),
    ("Årsbesked\nNils Ek, 8112189876\nVärde: 12 000 kr", [("SE_PERSONNUMMER", PNR)]),
    # --- more URL shapes: a key in brackets, "q=cpr:", a hash route; a plural thing's segment names a thing
    ("GET /v1/search?filter[cpr]=" + CPR + " 200", [("DK_CPR", CPR)]),
    ("GET /v1/search?q=cpr:" + CPR2 + " 200", [("DK_CPR", CPR2)]),
    ("https://intra.example.dk/#/patienter/" + CPR + "/journal", [("DK_CPR", CPR)]),
    ("GET /api/v1/ordrer/" + PNR + "/status HTTP/1.1 200", []),
    # --- an LDIF entry's serialNumber under a dn naming a common name; other read-out groupings
    ("dn: cn=Eva Lund,ou=People,dc=bank,dc=se\nobjectClass: person\nserialNumber: " + PNR, [("SE_PERSONNUMMER", PNR)]),
    ("Hun læste cpr op: " + " ".join(CPR2[i : i + 2] for i in range(0, 6, 2)) + " " + CPR2[6:], [("DK_CPR", CPR2)]),
    ("CPR: " + CPR[:4] + " " + " ".join(CPR[i : i + 2] for i in range(4, 10, 2)), [("DK_CPR", CPR)]),
    # --- a chat answer takes the request's word only for the reading it names (a CPR without modulus 11
    # that also passes the personnummer's Luhn check stays a CPR after "dit cpr")
    (
        "[02.11.26, 10:01:12] Mor: kan du sende dit cpr til tandlægen\n[02.11.26, 10:03:40] Ida: 1203884000",
        [("DK_CPR", "1203884000")],
    ),
    # --- a letter for a digit in the identifier's own form after its holder's name, when the check passes
    ("FAX\nAng.: Boet efter Eva Maria Lund, 8ll218-9876", [("SE_PERSONNUMMER", PNR)]),
    ("Eva Lund 8ll218-9875", []),
    ("Lot 8ll218-9876 udgår", []),
    # --- the URL key naming the identifier is its context word (a Swedish row does not take it)
    ("Hej! Tack för svaret.\nGET /v2/opslag?q=borgerCpr:" + CPR + " 200", [("DK_CPR", CPR)]),
    # --- a gift reported for the tax deduction names the donor's number ("GAVA": no "å" in SWIFT)
    (":50K:/1234567\nEVA LUND\n:70:GAVA 8112189876", [("SE_PERSONNUMMER", PNR)]),
    ("Kvittering for gave\nGiver: Eva Holm, " + NON_MOD11[:6] + "-" + NON_MOD11[6:], [("DK_CPR", NON_MOD11)]),
    # --- a holder's two-letter surname before a comma is a name right before (+0.1: a CPR without
    # modulus 11 in its own form is then reported, as after "Bo Eskildsen, ")
    ("Tilmeldt: Bo Ek, " + NON_MOD11[:6] + "-" + NON_MOD11[6:], [("DK_CPR", NON_MOD11)]),
    ("Tilmeldt: Nr, " + NON_MOD11[:6] + "-" + NON_MOD11[6:], []),
    # --- a country code before an identifier (a list whose column gaps a PDF lost) is no loose IBAN
    (
        "Navn Land Id-nummer\nEva Holm DK " + CPR[:6] + "-" + CPR[6:] + "\nOla Dahl NO 15108695088\n"
        "Aino Virta FI 131052-308T\nEva Lund SE 811218-9876",
        [
            ("DK_CPR", CPR),
            ("NO_FODSELSNUMMER", "15108695088"),
            ("FI_PERSONAL_IDENTITY_CODE", "131052-308T"),
            ("SE_PERSONNUMMER", PNR),
        ],
    ),
    # --- a field beside the value names its scheme or country: ISO 20022's scheme code after the value
    # ("NIDN": national identity number), a type attribute, JSON type/country fields, a nationality column
    (
        "<Cdtr><Nm>Eva Holm</Nm><Id><PrvtId><Othr><Id>" + CPR + "</Id>"
        "<SchmeNm><Cd>NIDN</Cd></SchmeNm></Othr></PrvtId></Id></Cdtr>",
        [("DK_CPR", CPR)],
    ),
    ("<Othr><Id>" + CPR + "</Id><SchmeNm><Cd>CUST</Cd></SchmeNm></Othr>", []),
    (
        "<PmtInf><PmtInfId>" + CPR2 + "</PmtInfId><Dbtr><Id><Othr><Id>" + PNR + "</Id>"
        "<SchmeNm><Cd>NIDN</Cd></SchmeNm></Othr></Id></Dbtr></PmtInf>",
        [("SE_PERSONNUMMER", PNR)],
    ),
    ('<Legitimation type="personnummer">8112189876</Legitimation>', [("SE_PERSONNUMMER", PNR)]),
    ('{"land": "SE", "personalId": "' + BOTH + '"}', [("SE_PERSONNUMMER", BOTH_SE)]),
    ('{"land": "DK", "personalId": "' + BOTH + '"}', [("DK_CPR", BOTH_DK)]),
    (
        '{"idType": "PERSONNUMMER", "idValue": "8112189876", "caseNo": "' + CUSTOMER[2:] + '"}',
        [("SE_PERSONNUMMER", PNR)],
    ),
    (
        "Rum;Gäst;Nationalitet;ID-nr\n12;Eva Holm;DK;" + CPR + "\n14;Ola Dahl;NO;15108695088\n"
        "15;Anna Berg;DE;pass 55512345",
        [("DK_CPR", CPR), ("NO_FODSELSNUMMER", "15108695088")],
    ),
    # --- OCR'd personnummer: a misread letter with the century after the holder's name or after "Pnr",
    # and the year-month-day grouping after a word naming it (not alone)
    ("Remiss gäller Eva Lund 198l1218-9876", [("SE_PERSONNUMMER", PNR)]),
    ("Pnr: l9811218-9876", [("SE_PERSONNUMMER", PNR)]),
    ("Lot 198l1218-9876 utgår", []),
    ("PERSONNUMMER  1981 1218 9876", [("SE_PERSONNUMMER", PNR)]),
    ("Tabell 1981 1218 9876 kr", []),
    # --- a debtor list's "Identitet" column holds personnummer (and organisationsnummer, which fail its check)
    (
        "Mål         Gäldenär          Identitet        Belopp\n"
        "11-2233-26  Eva Lund          19811218-9876    12 400 kr\n"
        "11-2234-26  Bygg och Måleri AB  559001-2341      9 800 kr",
        [("SE_PERSONNUMMER", PNR)],
    ),
    # --- a HETU's "+" is the 1800s: without a word naming it, a Swedish centenarian's number
    ("Ny brukare: Eva Lund 200314+1005, Storgatan 1", [("SE_PERSONNUMMER", "192003141005")]),
    ("henkilötunnus 200314+1005", [("FI_PERSONAL_IDENTITY_CODE", "200314+1005")]),
    # --- a header still heads its columns when decimal commas split the amounts after them
    ("Lånenr,Medlemsnr,Saldo,Ränta\n123456," + CUSTOMER[2:] + ",1 200,4,50", []),
    # --- percent-encoded URL keys ("%3D" is "=", "%3A" is ":", "%2F" is "/")
    ("GET /login?next=%2Fsag%3Fcpr%3D" + CPR + " 302", [("DK_CPR", CPR)]),
    ("GET /login?next=%2Fordrer%3Fordrenr%3D" + CPR + " 302", []),
    ("referer=https%3A%2F%2Fa.example.se%2Fx%3Fpersonnummer%3D" + PNR + "%26tab%3D2", [("SE_PERSONNUMMER", PNR)]),
    # --- the recipient named by a role label, a misread letter in the number (the check passes)
    ("Modtager: 070761-42B5", [("DK_CPR", CPR)]),
    ("Modtager: 070761-42B6", []),
    # --- a person's directory entry whose employeeNumber holds a CPR in its own form; plain digits stay
    # an employee number
    ("dn: uid=eh,ou=people,dc=firma,dc=dk\ncn: Eva Holm\nemployeeNumber: 070761-4285", [("DK_CPR", CPR)]),
    ("dn: uid=eh,ou=people,dc=firma,dc=dk\ncn: Eva Holm\nemployeeNumber: " + CPR, []),
    ("employeeNumber: 070761-4285\ntitle: Bogholder", []),
    # --- a country code in capitals right before the number is its country
    (
        "Panel today: Per Lind (SE, " + BOTH + "), Ida Vang (DK, 070761-4285)",
        [("SE_PERSONNUMMER", BOTH_SE), ("DK_CPR", CPR)],
    ),
    # --- a vCard or mail header's own extension property ("X-") names what its key names
    ("BEGIN:VCARD\nFN:Ove Sjöqvist\nX-PERSONNUMMER:19811218-9876\nEND:VCARD", [("SE_PERSONNUMMER", PNR)]),
    ("BEGIN:VCARD\nFN:Ove Sjöqvist\nX-ORDRE-ID:" + CPR + "\nEND:VCARD", []),
    # --- an organisationsnummer that validates as a personnummer is a sole trader's (a legal person's has a
    # third digit of 2 or more); a legal person's, or a CPR under the same label, is not reported
    ('#SIETYP 4\n#ORGNR 811218-9876\n#FNAMN "Anders Wiklund Enskild firma"', [("SE_PERSONNUMMER", PNR)]),
    ("#SIETYP 4\n#ORGNR " + SE_ORG + '\n#FNAMN "Ekdahls Bygg AB"', []),
    ("Orgnr: " + CPR, []),
    # --- EDIFACT: a "+" glued to the element before separates elements (no phone prefix); read after a
    # word naming the identifier only (an interchange reference is no CPR)
    ("Personnummer i NAD-segmentet: NAD+ZZZ+198112189876::ZZZ'", [("SE_PERSONNUMMER", PNR)]),
    ("UNB+UNOC:3+5790000123456:14+5790000654321:14+261201:0815+" + CPR + "'", []),
    ("Ring +4512345678", [("PHONE_NUMBER", "+4512345678")]),
    # --- a healthcare referral ("remiss") numbers a thing of its own
    ("Patienten 19811218-9876 kom in i dag. Remiss " + REFERRAL + ".", [("SE_PERSONNUMMER", PNR)]),
    ("Patienten har remiss, personnummer " + REFERRAL + ".", [("SE_PERSONNUMMER", "19" + REFERRAL)]),
    # --- a PostgreSQL COPY block: the column list names each tab-separated value
    (
        "COPY public.kund (kund_id, namn, personnr) FROM stdin;\n" + REFERRAL + "\tSven Åberg\t" + PNR + "\n\\.\n",
        [("SE_PERSONNUMMER", PNR)],
    ),
    # --- a SQL row with a column naming the identifier: another column's number is something else
    (
        "INSERT INTO elev (elev_nr, cpr_nr, navn) VALUES ('" + CPR2 + "', '070761-4285', 'Asta Juhl');",
        [("DK_CPR", CPR)],
    ),
    ("INSERT INTO elev (elev_nr, navn) VALUES ('" + CPR2 + "', 'Asta Juhl');", [("DK_CPR", CPR2)]),
    # --- a case number after a compound naming the case ("byggesag"); a short word ending so is no compound
    ("Partshøring, byggesag 220236-1997", []),
    ("Klagesag 220236-1997 er afgjort", []),
    ("Årsag 070761-4285 er oplyst", [("DK_CPR", CPR)]),
    ("Tina Holm, kundeprofil og CPR 070761-4285", [("DK_CPR", CPR)]),
    # --- a JSON record with a field named for the identifier: the other fields' numbers are other numbers
    ('[{"id":"' + CPR2 + '","navn":"Asta Juhl","cpr":"070761-4285","cvr":"12251939"}]', [("DK_CPR", CPR)]),
    ('{"medlem":"' + CPR2 + '","navn":"Asta Juhl","cpr":null}', []),
    ('{"id":"' + CUSTOMER[2:] + '","namn":"Majvor Ekman","pnr":"811218-9876"}', [("SE_PERSONNUMMER", PNR)]),
    ('{"id":"' + CPR2 + '","navn":"Asta Juhl"}', [("DK_CPR", CPR2)]),
    ('{"cpr":"' + CPR2 + '","navn":"Asta Juhl","partner_cpr":"070761-4285"}', [("DK_CPR", CPR2), ("DK_CPR", CPR)]),
    # --- two capitals before a CPR are a label, no loose IBAN's country code (an IBAN has 13 digits or more)
    ("Owner: Henrik Bech, ID " + CPR + ", Danish national", [("DK_CPR", CPR)]),
    ("NO 02 15037577003", [("IBAN_CODE", "NO0215037577003")]),
    # --- a column header's hyphenated compound is named by its last part ("Ejer-cpr": the owner's CPR)
    (
        "Modtager;P-nr;Ejer-cpr (enkeltmand);Beløb\nBakkegården;1011889906;" + FI_DIGIT + ";325.994",
        [("DK_CPR", "2707808172")],
    ),
    ("Modtager;Kunde-nr;Beløb\nBakkegården;" + FI_DIGIT + ";325.994", []),
    # --- Finnish for a Swedish personnummer ("ruotsalainen henkilönumero")
    ("Ebba Lind, ruotsalainen henkilönumero 19811218-9876.", [("SE_PERSONNUMMER", PNR)]),
    # --- SPSS syntax: the DATA LIST's variables name the values of the rows between BEGIN DATA and END DATA
    ("DATA LIST FREE / id (F8) cpr (A10) alder (F3).\nBEGIN DATA\n88226 " + CPR + " 9\nEND DATA.", [("DK_CPR", CPR)]),
    (
        "DATA LIST FREE / id (F10) cpr (A10) alder (F3).\nBEGIN DATA\n" + CPR2 + " " + CPR + " 65\nEND DATA.",
        [("DK_CPR", CPR)],
    ),
    # --- an EDIFACT passenger list's DOC segment: a number there that reads as a birth date with its check is the
    # traveller's identifier (passports are 8-9 characters); one failing its check, or another segment, stays unread
    (
        "UNH+1+PAXLST:D:05B:UN:IATA'\nNAD+FL+++BECH:HENRIK'\nDOC+P:110:111+140385 0027'\n"
        "NAD+FL+++EKMAN:MAJVOR'\nDOC+P:110:111+19730409-4126'",
        [("DK_CPR", CPR2), ("SE_PERSONNUMMER", "197304094126")],
    ),
    ("NAD+FL+++EKMAN:MAJVOR'\nDOC+P:110:111+19730409-4127'", []),
    ("NAD+FL+++BECH:HENRIK'\nLOC+22+" + CPR2 + "'", []),
    # --- a LaTeX tabular row: "&" sets its cells apart, so a name cell stands before the number cell
    (
        "\\begin{tabular}{ll}\nNamn & Personuppgift \\\\ \\hline\nMajvor Ekman & 7304094126 \\\\\n"
        "Ove Lind & 8810021538 \\\\\n\\end{tabular}",
        [("SE_PERSONNUMMER", "197304094126"), ("SE_PERSONNUMMER", "198810021538")],
    ),
    ("Spåra med 7304094126 & 8810021538 hos PostNord", []),
    # --- a name and the holder's street address before the number (a list of parties heard)
    (
        "Høringsliste:\n- Asta Juhl, Bøgevej 12, " + NON_MOD11 + "\n- Ove Bech, Granvej 3B, 140385-0027\n"
        "- Eva Lund, Byvej 7, 301172-0055",
        [("DK_CPR", NON_MOD11), ("DK_CPR", CPR2), ("DK_CPR", CPR3)],
    ),
    (
        "Høringsliste:\n- Bøgevej 12, " + NON_MOD11 + "\n- Granvej 3B, 140385-0027\n- Byvej 7, 301172-0055",
        [("DK_CPR", CPR2), ("DK_CPR", CPR3)],
    ),
    # --- "Ejer-ID", "Ägar-ID": a person noun before "ID" heads the owner's identifiers; "Kunde-ID" another number
    (
        "Chipnr;Dyr;Ejer;Ejer-ID\n208123456789012;kat;Asta Juhl;" + CPR2 + "\n208123456789013;hund;Ove Bech;" + CPR3,
        [("DK_CPR", CPR2), ("DK_CPR", CPR3)],
    ),
    ("Chipnr;Dyr;Ejer;Kunde-ID\n208123456789012;kat;Asta Juhl;" + CPR2 + "\n208123456789013;hund;Ove Bech;" + CPR3, []),
    # --- a form's blank filled in with underscores around the number
    ("Navn ___Asta Juhl___ CPR ___140385-0027___ Afd. ___3___", [("DK_CPR", CPR2)]),
    ("Personnummer: ____19730409-4126____", [("SE_PERSONNUMMER", "197304094126")]),
    ("Bilag ____" + CPR2 + "____", []),
    # --- "Det er ...", "Det är ...": a copula whose subject stands for the identifier named just before
    ("Hej Lone, vi mangler din datters cpr til tilmeldingen. Det er " + NON_MOD11 + ".", [("DK_CPR", NON_MOD11)]),
    ("Hej Lone, vi mangler din datters adresse. Det er " + NON_MOD11 + ".", []),
    ("Jag behöver personnumret till försäkringen. Det är 7304094126, tack.", [("SE_PERSONNUMMER", "197304094126")]),
    ("Jag behöver adressen. Det är 7304094126, tack.", []),
    # --- minified JSON: a URL in the field before is no path the value belongs to (a FHIR identifier's system);
    # a FHIR resource's own "id" is its logical id on the server, no person's identifier
    (
        '{"resourceType":"Patient","identifier":[{"system":"http://example.se/id/personnummer","value":"197304094126"}]}',
        [("SE_PERSONNUMMER", "197304094126")],
    ),
    (
        '{"resourceType":"Patient","identifier":[{"system":"http://example.se/id/kundnummer","value":"197304094126"}]}',
        [],
    ),
    (
        '{"resourceType":"Patient","id":"'
        + CPR2
        + '","identifier":[{"system":"urn:oid:1.2.208.176.1.2","value":"'
        + CPR3
        + '"}]}',
        [("DK_CPR", CPR3)],
    ),
    ('{"id":"' + CPR2 + '","navn":"Asta Juhl"}', [("DK_CPR", CPR2)]),
    # --- a person noun abbreviated as the label ("Pt.:" the patient) names the holder
    ("EPIKRISE\nPt.: " + CPR2 + " Asta Juhl", [("DK_CPR", CPR2)]),
    ("Ordre: " + CPR2, []),
    # --- "sid" (a session id) in a log or token names another number
    ("2026-11-30 10:23:02 DEBUG [session] created sid=" + CPR2 + " ttl=1800", []),
    ("2026-11-30 10:23:02 DEBUG user=" + CPR2 + " ttl=1800", [("DK_CPR", CPR2)]),
    # --- HL7: a repetition of a CX field typed MR (a medical record number) is no personnummer; PN is one
    ("PID|1||197304094126^^^SE^PN~7304094126^^^RS^MR||Ekman^Majvor", [("SE_PERSONNUMMER", "197304094126")]),
    (
        "PID|1||197304094126^^^SE^PN~8810021538^^^SE^PN||Ekman^Majvor",
        [("SE_PERSONNUMMER", "197304094126"), ("SE_PERSONNUMMER", "198810021538")],
    ),
    # --- a flattened spreadsheet's column letters ("A;B;C;D") above its header row: the header still heads
    (
        "Ark1\nA;B;C;D\nLøbenr.;Dato;Bilag;Beløb\n"
        + CPR2
        + ";01-11-2026;Husleje;-12000\n"
        + CPR3
        + ";02-11-2026;Salg;4500",
        [],
    ),
    # --- a row holding the number and nothing but words marking test data ("demo") is a fixture's row; a unified
    # diff's "-"/"+" marker glued to a line opens it like a list mark (the holder's name after the number)
    (
        "diff --git a/seed.csv b/seed.csv\n@@ -1,3 +1,3 @@\n " + CPR2 + ",demo\n-7304094126,Majvor Ekman\n"
        "+730409-XXXX,anonymiseret\n " + CPR3 + ",demo",
        [("SE_PERSONNUMMER", "197304094126")],
    ),
    ("id,navn\n" + CPR2 + ",test\n" + CPR3 + ",Asta Juhl", [("DK_CPR", CPR3)]),
    ("Test Testesen " + CPR2, [("DK_CPR", CPR2)]),
    # --- Nordea's personkonto: clearing number 3300, then the personnummer as the account number (no card's digits)
    ("Konto: Privatkonto 3300 7304094126", [("SE_PERSONNUMMER", "197304094126")]),
    ("Konto: Privatkonto 3300 7304094127", []),
    ("Konto 1234 7304094126", []),
    # --- German: "dänische/schwedische Personennummer"
    (
        "unseres Mitarbeiters Ove Bech (dänische Personennummer 140385-0027) für die A1-Bescheinigung",
        [("DK_CPR", CPR2)],
    ),
    ("Auftragsnummer 140385-0027", []),
    # --- a label across a short phrase and a copula, a case that "har nr.", a transfer "fra" a number
    ("Mit medlemsnummer hos jer er " + CPR2 + ".", []),
    ("Mit nummer hos jer er 140385-0027.", [("DK_CPR", CPR2)]),
    ("Sagen hos kommunen har nr. 140385-0027.", []),
    ("Ove Bech har nr. 140385-0027.", [("DK_CPR", CPR2)]),
    ("03.11  Overførsel fra " + CPR2 + "        2.500,00", []),
    ("Brev fra " + CPR2, [("DK_CPR", CPR2)]),
    # --- a co-applicant ("medsökande") names the holder; an aside in brackets before the colon of a label
    # naming the identifier
    ("Avtalet gäller för mig och medsökande 8810021538.", [("SE_PERSONNUMMER", "198810021538")]),
    ("Mottagarens personnummer (för utlämning mot legitimation): 730409-4126", [("SE_PERSONNUMMER", "197304094126")]),
    ("Mottagarens kundnummer (för utlämning mot legitimation): 730409-4126", []),
    # --- a contact's fields set apart by "/" after the person's name: no path
    ("Kontakt: Ove Bech/140385-0027/ove@bech.dk", [("DK_CPR", CPR2), ("EMAIL_ADDRESS", "ove@bech.dk")]),
    ("cd /srv/data/140385-0027/", []),
    # --- a list headed by a verb of lacking ("mangler kontonummer:"): the people listed lack one, no account numbers
    (
        "Følgende mangler kontonummer: 140385-0027, 301172-0055 og 197304094126.",
        [("DK_CPR", CPR2), ("DK_CPR", CPR3), ("SE_PERSONNUMMER", "197304094126")],
    ),
    ("Følgende kontonumre: 140385-0027, 301172-0055 og 197304094126.", []),
    ("Vi mangler kontonummer " + CPR2, []),
    # --- text out of a PDF without spaces: the number glued to the next field's label, after a word naming it
    ("CPR-nr.140385-0027Navn:Ove Bech", [("DK_CPR", CPR2)]),
    ("Pnr:7304094126Namn:Majvor Ekman (text ur PDF)", [("SE_PERSONNUMMER", "197304094126")]),
    ("Ordrenr.1403850027Navn:Ove Bech", []),
    # --- YAML: a bare "nr" is read with the mapping it belongs to ("konto:" above it: an account number)
    ('medarbejder:\n  navn: Ove Bech\n  konto:\n    reg: "1551"\n    nr: "' + CPR2 + '"\n', []),
    ('medarbejder:\n  navn: Ove Bech\n  person:\n    navn: Ove\n    nr: "' + CPR2 + '"\n', [("DK_CPR", CPR2)]),
    # --- the words after a number say its check digit or check fails: a validation message, no holder's number
    ("rad 2: personnummer 841017-9319 har felaktig kontrollsiffra, raden hoppades över", []),
    ("CPR-nummeret 070761-4285 fejler modulus 11-kontrollen", []),
    ("CPR number 070761-4285 has an invalid check digit.", []),
    ("rad 2: personnummer 841017-9319 har felaktig adress, raden hoppades över", [("DK_CPR", "8410179319")]),
    ("CPR-nummeret 070761-4285 fejler ikke", [("DK_CPR", CPR)]),
    # --- ten digits without a separator drop a centenarian's "+": after or before the holder's name they are a
    # 100-year-old's, not a baby's nothing names
    (OLD_PLAIN + "  Ester Falk      Alvedon 665 mg", [("SE_PERSONNUMMER", "19" + OLD_PLAIN)]),
    ("Boende: Ester Falk " + OLD_PLAIN, [("SE_PERSONNUMMER", "19" + OLD_PLAIN)]),
    ("personnummer " + OLD_PLAIN, [("SE_PERSONNUMMER", "20" + OLD_PLAIN)]),
    ("Order " + OLD_PLAIN + " skickad", []),
    # --- a number given as an example ("fx", "t.ex.") of a kind of number the clause names as another
    ("Rettet: sagsnumre på formen ÅÅMMDD-LLLL (fx 090236-1111) blev vist som CPR i søgningen.", []),
    ("Ordernummer skrivs ÅÅMMDD-NNNN, t.ex. 810915-6060, och visas som personnummer.", []),
    ("CPR-numre skrives ÅÅMMDD-LLLL, fx 070761-4285.", [("DK_CPR", CPR)]),
    ("Vi har sagsnumre. Send dit CPR, fx 070761-4285.", [("DK_CPR", CPR)]),
    # --- a sub-number after "/" (a register's second entry for the person): read after a word naming it only
    ("personnummer: 810915-6060/2 (dubblett)", [("SE_PERSONNUMMER", "198109156060")]),
    ("cpr=0707614285/1", [("DK_CPR", CPR)]),
    ("Personnr " + PNR + "/3", [("SE_PERSONNUMMER", PNR)]),
    ("Sag 070761-4285/2 er lukket", []),
    ("Löpnummer 810915-6060/2", []),
    ("070761-4285/2", []),
    # --- a table's header row says whose numbers it lists, however far above it stands
    (
        "Oversigt over udlånte medarbejdere, som skal oprettes i lønsystemet inden den første.\n\n"
        + "Förnamn;Efternamn;Nummer;Avdelning\n"
        + "Eva;Lind;-;Lager\n" * 6
        + "Anna;Berg;"
        + BOTH_DK
        + ";Lager\n",
        [("SE_PERSONNUMMER", BOTH_SE)],
    ),
    (
        "Oversigt over udlånte medarbejdere, som skal oprettes i lønsystemet inden den første.\n\n"
        + "Fornavn;Efternavn;Nummer;Afdeling\n"
        + "Eva;Lind;-;Lager\n" * 6
        + "Anna;Berg;"
        + BOTH_DK
        + ";Lager\n",
        [("DK_CPR", BOTH_DK)],
    ),
    # --- a samordningsnummer with a centenarian's "+" can only be Swedish, whatever the text's language
    ("Hej, " + SAM_OLD[2:8] + "+" + SAM_OLD[8:], [("SE_PERSONNUMMER", SAM_OLD)]),
    ("Hej, " + SAM_OLD[2:8] + "-" + SAM_OLD[8:], []),
    # ... and so is one in its own form beside its holder's name, in a diff a language guess reads as Danish
    (
        "diff --git a/seed.csv b/seed.csv\n-" + SAM[2:8] + "-" + SAM[8:] + ",Folke Ljung\n+ny,anonymiseret\n",
        [("SE_PERSONNUMMER", SAM)],
    ),
    ("Sagen gælder " + SAM[2:8] + "-" + SAM[8:] + ", som er forkert", []),
    # --- a space-aligned table whose rows are ragged: the number under a long header word is in that word's
    # column (no piece of the word, "onnummer", is a header); under "Kundnummer" it is a customer number
    (
        "Kursdeltagare\nNamn     Personnummer\nMajvor Ekman  19730409-4126\nOve Lind  19811218-9876\n",
        [("SE_PERSONNUMMER", "197304094126"), ("SE_PERSONNUMMER", PNR)],
    ),
    ("Kunder\nNamn     Kundnummer\nMajvor Ekman  19730409-4126\n", []),
    # --- a "<holder>-id" column beside a column naming the identifier: the register's own id of the person
    ("Elev-ID     Navn      CPR-nr.\n" + CPR + "  Ove Bech  140385-0027\n", [("DK_CPR", CPR2)]),
    ("Elev-ID;Navn;CPR-nr.\n" + CPR + ";Ove Bech;140385-0027\n", [("DK_CPR", CPR2)]),
    ("Elev-ID;Navn\n" + CPR + ";Ove Bech\n", [("DK_CPR", CPR)]),
    # --- a sheet pasted with "#" between its cells: the "#" opens no URL fragment and is no number sign
    ("Ansatt#Pnr#Belopp\nMajvor Ekman#7304094126#812,50\n", [("SE_PERSONNUMMER", "197304094126")]),
    ("Kund#Ordernr#Belopp\nMajvor Ekman#7304094126#812,50\n", []),
    ("https://intra.example.se/lista#7304094126#topp\n", []),
    # --- text out of a PDF without spaces: the next field's label may be abbreviated ("Matrikelnr.:")
    ("Sag:Skøde2026CPR-nr.:140385-0027Matrikelnr.:12a", [("DK_CPR", CPR2)]),
    ("Sag:Skøde2026Ordrenr.:1403850027Matrikelnr.:12a", []),
    # --- a denial after a copula ("..., er ikke hans CPR"); a denial in an earlier clause denies another number
    ("Nummeret i mailen, 140385-0027, er ikke hendes CPR men fakturanummeret.", []),
    ("Nummeret i mailen, 140385-0027, er hendes CPR, ikke fakturanummeret.", [("DK_CPR", CPR2)]),
    (
        "Ordernumret 811218-9876 liknar ett personnummer men är det inte; hennes personnummer är 730409-4126.",
        [("SE_PERSONNUMMER", "197304094126")],
    ),
    # a denial on the line above denies that line's number, not the next line's; a label alone above still counts
    ("Fejl: sag 5512 (nummeret findes ikke)\nKorrekt: CPR 140385-0027\n", [("DK_CPR", CPR2)]),
    ("Dette er ikke dit CPR-nummer:\n140385-0027\n", []),
    ("Medlemsnumre (ikke CPR):\nOve Bech   1403850027\n", []),
    # --- a heading naming the identifier over a block of "Name: number" lines names every number of it (children's
    # CPRs without modulus 11, written as ten digits); a heading naming nothing, or a block under a heading
    # holding a number of its own (another record), says nothing
    (
        "Dagplejen Mælkebøtten - børnenes cpr-numre\nOskar: 1403194003\nEmma: 2205214118\n",
        [("DK_CPR", "1403194003"), ("DK_CPR", "2205214118")],
    ),
    ("Dagplejen Mælkebøtten - børnenes stamkort\nOskar: 1403194003\nEmma: 2205214118\n", []),
    ("CPR - 0707614285\nOskar: 1403194003\nEmma: 2205214118\n", [("DK_CPR", CPR)]),
    ("Børnenes cpr-numre\nRequest-ID: 1403194003\nTrace-ID: 2205214118\n", []),
    # --- words glued by text taken out of a PDF without spaces: the label glued to the word before, the number
    # to the word after
    ("BoligstøtteansøgningCPR:1403850027Husleje:4.500,00kr", [("DK_CPR", CPR2)]),
    ("Personnummer 8112189876kontrollerat mot folkbokföringen.", [("SE_PERSONNUMMER", PNR)]),
    ("Ordernummer 8112189876skickat till lagret.", []),
    # --- two identifiers joined by "/" (spouses on one return): both, after a word naming them only
    (f"CPR 0707614285/{CPR2} (ægtefæller)", [("DK_CPR", CPR), ("DK_CPR", CPR2)]),
    (f"Konto 0707614285/{CPR2} bogført", []),
    # --- a sheet exported with a rare sign between its cells: its header labels each column
    (
        f"Navn ¤ CPR ¤ Sagsnr.\nIda Holm ¤ {CPR2} ¤ 0707614285\nBo Lund ¤ {CPR3} ¤ {CPR2}\n",
        [("DK_CPR", CPR2), ("DK_CPR", CPR3)],
    ),
    (
        f"namn ~ pnr ~ anställningsnr\nOlle Rask ~ 8112189876 ~ {REFERRAL}\nMaja Fors ~ {REFERRAL} ~ 8112189876\n",
        [("SE_PERSONNUMMER", PNR), ("SE_PERSONNUMMER", "19" + REFERRAL)],
    ),
    # --- a denial of its holder's state is none of the number ("(inte folkbokförd)"); of the number it is
    (
        f"Ansökan från en person med samordningsnummer {SAM[2:8]}-{SAM[8:]} (inte folkbokförd).",
        [("SE_PERSONNUMMER", SAM)],
    ),
    (f"Ansökan med nummer {SAM[2:8]}-{SAM[8:]} (inte hans samordningsnummer).", []),
    # --- the text says the number fails its check: "(kontrollsiffran stämmer inte)"; a validator's "ogiltigt
    # personnummer:" in a Swedish row, where only a CPR reading passes; a Danish log's "ugyldigt CPR" of a valid CPR
    # refused for another reason stays
    (
        f"Fel personnummer i ansökan: {INVALID_SE} (kontrollsiffran stämmer inte). Rätt: 811218-9876.",
        [("SE_PERSONNUMMER", PNR)],
    ),
    (f"ValueError: ogiltigt personnummer: '{INVALID_SE}' (rad 14). Förra raden lästes in utan fel.", []),
    (
        f"row 17 rejected: ugyldigt CPR {INVALID_SE} (dødsfald registreret i folkeregistret)",
        [("DK_CPR", INVALID_SE.replace("-", ""))],
    ),
    # --- a one-word question in a chat asks for the identifier the next message gives
    (
        "[09:12] Mette: hej, kan du slå kunden op?\n[09:12] Jakob: cpr?\n[09:13] Mette: 1503901238\n",
        [("DK_CPR", "1503901238")],
    ),
    ("[09:12] Mette: hej, kan du slå kunden op?\n[09:12] Jakob: ordre?\n[09:13] Mette: 1503901238\n", []),
    # --- a negation written as a form's answer field ("EI:") denies nothing after it
    ("EI: CPR: 070761-4285", [("DK_CPR", CPR)]),
    ("EI, CPR: 070761-4285", [("DK_CPR", CPR)]),
    ("EI) CPR: 070761-4285", [("DK_CPR", CPR)]),
    # --- a chat message's time after a day and month without a year ("[28.10 18:02]") heads the request too
    (
        "[28.10 18:02] Pia: har du mit cpr til forsikringen?\n[18:05] Jette: nej, send det\n[18:06] Pia: 1503901238\n",
        [("DK_CPR", "1503901238")],
    ),
    # --- the number's sentence goes on to say it is another kind of number (the copula's subject a pronoun or
    # none); "er også" (both), "er det nummer vi har" (no kind named) and "den første del er ..." (another subject)
    # say nothing
    ("Række 4 står med 0707614285 i cpr-feltet, men det er hendes gamle medarbejdernummer.", []),
    ("The number you sent, 811218-9876, is your membership number with the union.", []),
    ("Mit CPR 070761-4285 er også mit kundenummer hos jer.", [("DK_CPR", CPR)]),
    ("070761-4285 er det nummer vi har stående fra din gamle ansøgning.", [("DK_CPR", CPR)]),
    ("CPR 0012 070761-4285 - (den første del er et lokalnummer)", [("DK_CPR", CPR)]),
    # --- a test identity's number ("Testpersonnummer ...:", "(testnummer)"); a real number on a test user's line
    # is reported, and so is a made-up employee's CPR in a fraud report
    (
        "Testpersonnummer från Skatteverket (används i test): 19811218-9876. Kunden har 730409-4126.",
        [("SE_PERSONNUMMER", "197304094126")],
    ),
    ("Exempel på felaktigt ifyllt:\n19811218-9876 (testnummer), 12345678-9012.", []),
    ('namn: "Testperson Ett"\npersonnummer: "198112189876"  # riktigt nummer, byt!\n', [("SE_PERSONNUMMER", PNR)]),
    ("udbetalt løn til en fiktiv ansat med cpr 070761-4285 og kontonr. 2934 1511610501.", [("DK_CPR", CPR)]),
    # --- a direct debit's payer number on a bank statement ("Autogiro Telia ..."); a word naming it keeps it
    ("Kontoutdrag\n2026-11-05  Autogiro Telia 8112189876   -7 891,74\n2026-11-25  Lön   9 109,61\n", []),
    ("Kontoutdrag\n2026-11-05  Autogiro Telia personnummer 8112189876   -7 891,74\n", [("SE_PERSONNUMMER", PNR)]),
    # --- "ID no." names an identity number ("Contract no." another)
    ("- Ola Nordmann, Norway, ID no. 151086 95088", [("NO_FODSELSNUMMER", "15108695088")]),
    ("- Ola Nordmann, Norway, Contract no. 151086 95088", []),
    # --- a sole trader: an organisationsnummer valid as a personnummer among legal persons' (never a date); a CPR
    # in its own form under "CVR" (eight digits) where a firm has none
    (
        f"Lev.nr   Namn                     Org.nr\n41860    Kontorsmaterial AB       {SE_ORG}\n"
        f"53790    Elin Ek (enskild firma)  811218-9876\n87152    Städ & Fönster HB        232225-9561\n",
        [("SE_PERSONNUMMER", PNR)],
    ),
    (
        "Lev.nr  Navn                          CVR\n41008   Malerfirmaet Lund (enkeltm.)  070761-4285\n"
        "68008   Vaskeriet Nord ApS            69575811\n",
        [("DK_CPR", CPR)],
    ),
    ("Lev.nr  Navn                          CVR\n41008   Malerfirmaet Lund (enkeltm.)  0707614285\n", []),
    # --- a short clause of who gave it to whom between a label and its copula ("ärendenumret ni gav mig var ...");
    # a word naming the identifier there keeps it
    (
        "Mitt personnummer är 730409-4126 och ärendenumret ni gav mig var 8112189876.",
        [("SE_PERSONNUMMER", "197304094126")],
    ),
    ("Personnumret som ni fick var 8112189876.", [("SE_PERSONNUMMER", PNR)]),
    # --- "Pt.:" (the patient) names a CPR written with its date as a date; a date and a number after "Kontakt" do not
    ("Pt.: 07.07.61-4285  Jørgen Mølgaard", [("DK_CPR", CPR)]),
    ("Kontakt: 07.07.61-4285", []),
    # --- a numbered item's mark glued before the number ("#1:") opens no URL fragment
    (f"Ansøgere #1:0707614285#2:{CPR2}#3:(mangler)", [("DK_CPR", CPR), ("DK_CPR", CPR2)]),
    # --- a line of "label value" pairs aligned with spaces heads no column of the line under it
    (
        "Kundnr 0306253626   OCR 0203215348   Bankgiro 9047-7225\nROT-avdrag, köpare Jarl Wennström 198112189876\n",
        [("SE_PERSONNUMMER", PNR)],
    ),
    ("Kundnr        OCR           Bankgiro\n0306253626    0203215348    198112189876\n", []),
    # --- a dot leader joins a listed name to its number (a child's CPR without modulus 11)
    (
        "Deltagerliste\n1. Noah Friis ............ 0707614285\n2. Lucas Skov ............ 1403194003\n",
        [("DK_CPR", CPR), ("DK_CPR", "1403194003")],
    ),
    ("Indhold\n1. Indledning ............ 1403194003\n", []),
    # --- a heading ending with ":" that denies the identifier denies every row of the list under it
    (
        f"Elevnumre til UNI-Login (ikke CPR!):\nAnton Mølgaard     0707614285\nSofie Krogh        {CPR2}\n"
        f"Emil Thomsen       {CPR3}\n",
        [],
    ),
    (
        f"Elevernes CPR-numre:\nAnton Mølgaard     0707614285\nSofie Krogh        {CPR2}\nEmil Thomsen       {CPR3}\n",
        [("DK_CPR", CPR), ("DK_CPR", CPR2), ("DK_CPR", CPR3)],
    ),
    # --- a heading ending with ":" naming the identifier names every row of the list under it (children's CPRs
    # without modulus 11 after a first name); a row's own word naming another number, or prose, is not a row of it
    ("Børnenes CPR:\nEmil 1403194003\nIda 2205214118\n", [("DK_CPR", "1403194003"), ("DK_CPR", "2205214118")]),
    ("Børnenes CPR:\nOrdre 1403194003\nIda 2205214118\n", [("DK_CPR", "2205214118")]),
    ("Børnenes nye numre:\nEmil 1403194003\nIda 2205214118\n", []),
    # --- "Det skal være ..." stands for the identifier named just before, as "Det er ..." does
    (
        "Mit personnummer står forkert på sedlen. Det skal være 150390-1238, ikke det der står.",
        [("DK_CPR", "1503901238")],
    ),
    ("Beløbet står forkert på sedlen. Det skal være 150390-1238, ikke det der står.", []),
    (
        "Abdi har fået nyt CPR:\nNyt: 070761-4285\nVores P-nr. er 1004490308, og lønnummeret er stadig 1403194003.\n",
        [("DK_CPR", CPR)],
    ),
    # --- a file named by the identifier and a date joined by "-": the folder names the kind of document, the
    # file's name whose; a file named by the number alone is the folder's thing, a number and a date outside a
    # file's name are no candidate
    ("Upload OK: /data/arkiv/sag/0707614285-2024-03-01.pdf", [("DK_CPR", CPR)]),
    ("Upload OK: /data/arkiv/sag/0707614285.pdf", []),
    ("C:\\Bilag\\198112189876-2024-01-31.docx", [("SE_PERSONNUMMER", PNR)]),
    ("Lot 0707614285-2024-03-01 afsendt", []),
    # --- a word glued after the number in a file's name naming another kind of number labels it
    ("C:\\Bilag\\198112189876_beslut.pdf", [("SE_PERSONNUMMER", PNR)]),
    ("C:\\Bilag\\198112189876_faktura.pdf", []),
    # --- the number's sentence says the population register does not know it, or its last digit is wrong
    ("Nummeret 070761-4285, som kunden oplyste, findes ikke i CPR-registret.", []),
    ("Nummeret 070761-4285, som kunden oplyste, findes i CPR-registret.", [("DK_CPR", CPR)]),
    ("Personnummer 811218-9876 (sista siffran är fel)", []),
    # --- the row says the identifier is missing: the identifier word names what the row lacks
    ("Kunde 0707614285: cpr mangler", []),
    ("Kunde 0707614285: cpr oplyst", [("DK_CPR", CPR)]),
    ("CPR: 0707614285, mangler i systemet", [("DK_CPR", CPR)]),
    # --- "enligt X:" names where the value was read, not what it is
    ("Rätt uppgift enligt hyresavtalet: 198112189876", [("SE_PERSONNUMMER", PNR)]),
    ("Rätt uppgift i hyresavtalet: 198112189876", []),
    # --- "brukare" (who receives care under LSS/SoL) names the holder
    ("Brukare 8112189876 ansöker om hemtjänst.", [("SE_PERSONNUMMER", PNR)]),
    ("Ärende 8112189876 ansöker om hemtjänst.", []),
    # --- a numbered thing's label heads every number of the list after it
    ("Slå ihop kundkorten 8112189876 och 7304094126.", []),
    ("Slå ihop kundkorten 8112189876 och personnummer 7304094126.", [("SE_PERSONNUMMER", "197304094126")]),
    # --- Nordea's personkonto: the account number after clearing 3300 is the personnummer, its label between too
    ("Nordea: clearing 3300, kontonummer 8112189876", [("SE_PERSONNUMMER", PNR)]),
    ("Nordea: clearing 3301, kontonummer 8112189876", []),
    # --- a clearing or registration number, then a comma or Swedbank's check digit, before the account number
    (f"Nytt konto: clearing 8327-9, {PNR[2:]}", []),
    (f"Swedbank 8327-9 {PNR[2:]}", []),
    (f"Lönen betalas till 6000, {PNR[2:]} från januari.", []),
    (f"Anna Berg\t{PNR[2:]}\t8105-9, {CUSTOMER[2:]}\t12 300", [("SE_PERSONNUMMER", PNR)]),
    (f"Reg.nr. 1234, {CPR}", []),
    (f"Ansat i 1998, {CPR} er hans cpr", [("DK_CPR", CPR)]),  # four digits and a comma: a year, no bank
    (f"Flyttade hit 2004, personnummer {PNR[2:]}", [("SE_PERSONNUMMER", PNR)]),
    # --- a table giving the identifier its own column: a number alone in another column is another kind of number
    (f"navn|cpr|kunde\nJens Berg|{CPR}|{CPR2}", [("DK_CPR", CPR)]),
    (f"Namn;Personnummer;Order\nLars Berg;{PNR[2:]};{CUSTOMER[2:]}", [("SE_PERSONNUMMER", PNR)]),
    (f"Navn;CPR;Ægtefælle\nJens Berg;{CPR2};{CPR}", [("DK_CPR", CPR2), ("DK_CPR", CPR)]),  # a person's column
    # --- a chat message that is only a number answers the request before it: for another kind of number, not the id
    (f"Mads: kan du give mig ordrenummeret?\nGitte: {CPR}", []),
    (f"Lars: vad är ditt kundnummer?\nEva: {PNR[2:]}", []),
    (f"Tom: what's the invoice number?\nAmy: {CPR}", []),
    (f"Lars: vad är ditt personnummer?\nEva: {PNR[2:]}", [("SE_PERSONNUMMER", PNR)]),
    (f"Mads: kan du sende dit cpr?\nGitte: {CPR}", [("DK_CPR", CPR)]),
    # --- after the word for o'clock, digits reading as a date and a time of day are a time stamp
    (f"Kunden ringede kl. {CPR_STAMP} om sagen.", []),
    (f"Samtalet loggades klockan {STAMP10} av växeln.", []),
    (f"Opkald kl. 14.05, cpr {CPR_STAMP}", [("DK_CPR", CPR_STAMP)]),
    (f"kl {CPR} er hans cpr", [("DK_CPR", CPR)]),  # hour 42: no time
    # --- a label, then who gave the number ("hos Polisen", "ved Nets", "at the bank"), then its colon
    (f"Namn: Rune Ek\nÄrendenummer hos Polisen: {PNR[2:]}\nDatum: 1 dec", []),
    (f"Navn: Jens Berg\nKundenummer ved Nets: {CPR}\nDato: 1 dec", []),
    (f"Name: Jens Berg\nCustomer number at the bank: {CPR}", []),
    (f"Navn: Jens Berg\nCPR hos kommunen: {CPR}", [("DK_CPR", CPR)]),
    (f"Namn: Rune Ek\nPersonnummer hos Skatteverket: {PNR[2:]}", [("SE_PERSONNUMMER", PNR)]),
    # --- a noun before "nr"/"no." naming no identifier or person: the number numbers that noun
    (f"Jämkningsbeslut från Skatteverket, beslut nr {PNR}", []),
    (f"Afgørelse fra SKAT, afgørelse nr. {CPR[:6]}-{CPR[6:]}", []),
    (f"Decision no {CPR[:6]}-{CPR[6:]} from the agency", []),
    (f"cpr nr {CPR[:6]}-{CPR[6:]}", [("DK_CPR", CPR)]),
    (f"person nr {PNR}", [("SE_PERSONNUMMER", PNR)]),
    (f"Hans nr er {CPR[:6]}-{CPR[6:]}", [("DK_CPR", CPR)]),
    (f"Note: Jens Berg, civil registration no. {CPR[:6]} {CPR[6:]}, moves", [("DK_CPR", CPR)]),
    (f"Fält 4 Tidigare svenskt nr ...... {PNR[:8]}-{PNR[8:]}", [("SE_PERSONNUMMER", PNR)]),
    (f"Anställd: Lars Berg     Anst.nr: 5744\nPersonnr: {PNR[2:8]}-{PNR[8:]}", [("SE_PERSONNUMMER", PNR)]),
    # --- a compound's shared ending written once ("Person-/org.nr" is "personnr/org.nr"): the header names the id
    (
        f"Aktieägare   Person-/org.nr    Aktier\nLars Berg    {PNR[:8]}-{PNR[8:]}     500\n"
        f"Berg AB      {SE_ORG}       100",
        [("SE_PERSONNUMMER", PNR)],
    ),
    (f"Navn;Kunde-/ordrenr.;Beløb\nJens Berg;{CPR};100", []),
    # --- a numbered thing after a small word and an article, before a colon, is the topic ("in the contract:")
    (
        "The Norwegian employee's number is written with a space in the contract: 151086 95088.",
        [("NO_FODSELSNUMMER", "15108695088")],
    ),
    (f"His number is written like this in the contract: {CPR[:6]}-{CPR[6:]}", [("DK_CPR", CPR)]),
    (f"Ordre 1: the contract: {CPR}", []),
    # --- a ledger line's payment and its party: the customer's (debtor's) or supplier's account number
    (f"Bilag;Dato;Tekst;Beløb\n63669;151126;Indbetaling kunde {CPR};24.750,00", []),
    (f"Datum;Ver.nr;Text;Belopp\n2025-01-07;1427;Inbetalning kund {PNR[2:]};621,95", []),
    (f"Payment from customer {CPR} received", []),
    # --- "kunde"/"kund"/"customer" right before ten plain digits: the customer's number, as "ordre <n>" is the order's
    (f"(CPR {CPR2[:6]}-{CPR2[6:]}) [kunde {CPR}] {{ordre 2507097086}}", [("DK_CPR", CPR2)]),
    (f"Ny kunde {CPR} oprettet i systemet", []),
    (f"Kund {PNR[2:]} har ringt om leveransen", []),
    (f"Kunde {CPR[:6]}-{CPR[6:]} ringede i går", [("DK_CPR", CPR)]),  # its own form: the customer's CPR
    (f"Navn\tCPR\nKunde\t{CPR}\nLeverandør\t{CPR2}", [("DK_CPR", CPR), ("DK_CPR", CPR2)]),  # a cell under "CPR"
    (f"Udbetaling til medarbejder {CPR}", [("DK_CPR", CPR)]),
    (f"Kunden Jens Berg, cpr {CPR}", [("DK_CPR", CPR)]),
    # --- a legend naming the columns in order above the rows heads them
    (
        f"Fra regnearket (kolonner: ordrenr, dato, beløb):\n{ORDER_NUMBERS[0]}\t02-12-2026\t40,00\n"
        f"{CPR}\t02-12-2026\t312,50",
        [],
    ),
    (f"Export (columns: customer no, date, amount)\n\n{CPR}\t02-12-2026\t312,50", []),
    (
        f"Nya anställda (kolumnerna: namn, personnummer, konto):\n\nLars Berg\t{PNR[2:]}\t{CUSTOMER[2:]}",
        [("SE_PERSONNUMMER", PNR)],
    ),
    (f"Nye ansatte (kolonner: navn, cpr, afdeling):\nJens Berg\t{CPR}\tLager", [("DK_CPR", CPR)]),
    # --- a validator's "invalid national id" for a row of another country (only a CPR check passes)
    (f"ValueError: invalid national id '{INVALID_SE}' for employee 4411 (country=SE)", []),
    (
        f"ValueError: invalid national id '{INVALID_SE}' for employee 4411 (country=DK)",
        [("DK_CPR", INVALID_SE.replace("-", ""))],
    ),
    # --- labels joined by "/" and their values joined by "/": each value has its own label
    ("Arbejdsgivers CVR/P-nr.: 55053901 / 0707614285", []),
    ("Arbejdsgivers CVR/Ejer: 55053901 / 0707614285", [("DK_CPR", CPR)]),
    ("Arbejdsgivers CVR/CPR: 55053901 / 0707614285", [("DK_CPR", CPR)]),
    # --- "Cpr-nummer eller CVR-nummer:" offers both; a CVR number has eight digits, so ten are the CPR
    ("Cpr-nummer eller CVR-nummer: 0707614285", [("DK_CPR", CPR)]),
    ("Kundenummer eller CVR-nummer: 0707614285", []),
    # --- an example ("fx") of a kind of number the clause names, after a word naming a date
    ("Vores nye medlemsnumre har 10 cifre og starter med fødselsdatoen (fx 0707614285).", []),
    ("Jeres cpr-numre har 10 cifre og starter med fødselsdatoen (fx 0707614285).", [("DK_CPR", CPR)]),
    # --- the next cell of the row says it is a test number ("ikke rigtigt": not real)
    ("| Navn | CPR | Bemærkning |\n| Test Testesen | 070761-4285 | officielt testnummer, ikke rigtigt |", []),
    ("| Navn | CPR | Bemærkning |\n| Bo Mikkelsen | 070761-4285 | rigtig kunde! |", [("DK_CPR", CPR)]),
    # --- a legend under a record of fields set apart by spaces names each field in order (as many items as fields)
    ("0751 0707614285 20260101 431204\n(kommunekode, cpr, dato og beløb i øre)", [("DK_CPR", CPR)]),
    ("0751 0707614285 20260101 431204\n(kommunekode, kundenr, dato og beløb i øre)", []),
    ("0751 0707614285 20260101\n(kommunekode, cpr, dato og beløb i øre)", []),
    # --- BankID (Swedish e-identification issued on the personnummer) names it, also as a path's folder
    ("/srv/export/bankid/198112189876/signatur.xml", [("SE_PERSONNUMMER", PNR)]),
    ("/srv/export/data/198112189876/signatur.xml", []),
    ("Signerat med BankID. Ordernummer 8112189876", []),
    # --- a sentence nearby defines the number's label as another party's number
    ("Husleje, lejer-id 0707614285\nlejer-id er boligforeningens nummer.", []),
    ("Husleje, lejer-id 0707614285\nlejer-id er borgerens nummer.", [("DK_CPR", CPR)]),
    # --- ten bare digits in prose are the personnummer written in its own form nearby
    (
        "@maria: HR has 8112189876 but payroll wants 12 digits\n@jonas: that's 198112189876 then.",
        [("SE_PERSONNUMMER", PNR), ("SE_PERSONNUMMER", PNR)],
    ),
    (
        "@maria: HR has 8112189876 but payroll wants 12 digits\n@jonas: that's 197304094126 then.",
        [("SE_PERSONNUMMER", "197304094126")],
    ),
    # --- (hold-out v12 classes) a label's own value may be a code of capitals and digits (a plate, a chassis
    # number): it labels that value
    ("Skadelidte: Mette Holm, 070761-4285, reg.nr. AB 12 345", [("DK_CPR", "0707614285")]),
    ("Køretøjets reg.nr. 0707614285 er noteret.", []),
    ("Ägare: Lars Berg, 811218-9876, regnr ABC 123", [("SE_PERSONNUMMER", "198112189876")]),
    ("Fordonet 8112189876 (reg.nr) är avställt.", []),
    ("Regnr: AB 12 345    Stelnr: WVWZZZ1JZXW000001\nEjer: Mette Holm    0707614285", [("DK_CPR", "0707614285")]),
    (
        "Reg.nr: KLM 12A   Chassinr: YV1AS982181234567\nÄgare: Lars Berg, 19811218-9876",
        [("SE_PERSONNUMMER", "198112189876")],
    ),
    ("Dato        Ordrenr      Beløb\n2024-01-01  0707614285   120,00", []),
    # --- a label telling how the number is written names no kind of number; a bracket right after the number speaks
    # of it
    ("Med bindestreg: 140385-0027. Uden bindestreg: 0707614285.", [("DK_CPR", "1403850027"), ("DK_CPR", "0707614285")]),
    (
        "10-siffrigt utan streck: 8112189876. 12-siffrigt: 198109156060.",
        [("SE_PERSONNUMMER", "198112189876"), ("SE_PERSONNUMMER", "198109156060")],
    ),
    ("Svaret kom: 8112189876 (hans personnummer, utan streck)", [("SE_PERSONNUMMER", "198112189876")]),
    ("Hun sendte 0707614285 (cpr-nummeret uden bindestreg) i går.", [("DK_CPR", "0707614285")]),
    ("Tak for din bestilling: 0707614285 (ikke dit cpr-nummer)", []),
    ("Kvittonr 8112189876 (tio siffror)", []),
    ("Ange vid betalning: 8112189876", []),
    # --- a label naming a time: a Unix time or a time stamp is no identifier
    ("Stamdata – ingen personer\nUnix-tid 1706870011", []),
    (
        "Tidsstempel 1706870011 i loggen er ikke et cpr-nummer.\nMen bruger-feltet indeholdt cpr=1403850027.",
        [("DK_CPR", "1403850027")],
    ),
    ("Tidsstämpel 1706870011 i loggen, inte personnumret.", []),
    ("timestamp=1706870011 user_cpr=0707614285", [("DK_CPR", "0707614285")]),
    # --- a column headed "pnr" whose cells all pass the personnummer's checks is read in its Swedish sense
    (
        "pnr;anstnr;brutto\n8112189876;7010;55.380,43\n8109156060;3060;72.642,02\n9207019960;4822;27.363,07",
        [("SE_PERSONNUMMER", "198112189876"), ("SE_PERSONNUMMER", "198109156060"), ("SE_PERSONNUMMER", "199207019960")],
    ),
    (
        "Produktionsenheder\n"
        "pnr;navn;adresse\n"
        "1006641701;Lager Vest;Vejlevej 1\n"
        "1012345678;Butik Øst;Østergade 2\n"
        "1019283746;Kontor;Torvet 3",
        [],
    ),
    # --- a record layout's description names its fields by character position or by number
    (
        "LØNFIL (pos 1-10 CPR, 12-19 medarb.nr, 24-30 beløb)\n"
        "0707614285 83952164    0988877\n"
        "1403850027 48181170    2664544\n"
        "3011720055 57172458    4462020",
        [("DK_CPR", "0707614285"), ("DK_CPR", "1403850027"), ("DK_CPR", "3011720055")],
    ),
    (
        "0001 0707614285 062363 00041907 0\n"
        "0002 1403850027 690654 00033187 0\n"
        "0003 1703127206 529368 00058330 0\n"
        "Felt 2 = medarbejderens cpr. Nr. 3 er et barns (uden modulus 11).",
        [("DK_CPR", "0707614285"), ("DK_CPR", "1403850027"), ("DK_CPR", "1703127206")],
    ),
    (
        "Löneunderlag (position 1-10 personnummer, 12-17 anställningsnr)\n"
        "8112189876 004711 35000\n"
        "8109156060 004712 32000",
        [("SE_PERSONNUMMER", "198112189876"), ("SE_PERSONNUMMER", "198109156060")],
    ),
    ("Fält 2: ordernummer, fält 3: belopp\n0001 0707614285 35000\n0002 1403850027 32000", []),
    ("ORDREFIL (pos 1-10 ordrenr, 12-19 kundenr)\n0707614285 83952164\n1403850027 48181170", []),
    # --- a list under a title naming numbered things numbers those things; a list of people does not
    ("Sagsoversigt, kundeservice\n070761-4285 – lukket\n140385-0027 – åben", []),
    ("Ärendelista support\n198112189876 – stängt\n198109156060 – öppet", []),
    ("Ordrer i dag\n0707614285 – afsendt\n1403850027 – pakkes", []),
    (
        "Ärendelista support\nEva Lund 198112189876 – stängt\nPer Ek 198109156060 – öppet",
        [("SE_PERSONNUMMER", "198112189876"), ("SE_PERSONNUMMER", "198109156060")],
    ),
    (
        "Kunder med skuld\n198112189876 – stängt\n198109156060 – öppet",
        [("SE_PERSONNUMMER", "198112189876"), ("SE_PERSONNUMMER", "198109156060")],
    ),
    ("Vedhæftede filer:\n  lønseddel_0707614285_okt.pdf\n  kontrakt_2256.docx", [("DK_CPR", "0707614285")]),
    (
        "Patientliste, lægehuset\n0707614285  Holm, Mette\n1403850027  Berg, Ole",
        [("DK_CPR", "0707614285"), ("DK_CPR", "1403850027")],
    ),
    # --- the text calls the number wrong before saying its check fails; a valid number called wrong stays
    ("Vi fik cpr 070761-4286 – nummeret er forkert (kontrolcifferet passer ikke).", []),
    ("Vi fick personnummer 811218-9875, numret är fel: kontrollsiffran stämmer inte.", []),
    ("Vi fick personnummer 811218-9876, numret är fel enligt kunden.", [("SE_PERSONNUMMER", "198112189876")]),
    # --- a chat sender with an initial names the holder, not a label
    (
        "[08:02] Eva S: har någon pnr till praktikanten?\n[08:03] Johan K: 8112189876",
        [("SE_PERSONNUMMER", "198112189876")],
    ),
    ("[10:14] Mette H.: kan du sende hans cpr?\n[10:15] Jonas P.: 0707614285", [("DK_CPR", "0707614285")]),
    ("Ange vid betalning K: 0707614285", []),
    # --- a JavaScript object's unquoted key labels its quoted value
    ('const cfg = { orderId: "0707614285", timeout: 3000 };', []),
    ('const testUser = { name: "Jens Hansen", cpr: "0707614285" };', [("DK_CPR", "0707614285")]),
    ('let person = { personnummer: "198112189876", namn: "Eva Lund" };', [("SE_PERSONNUMMER", "198112189876")]),
    ('let order = {ordernummer: "8112189876"};', []),
    # --- Nordea's personkonto with a dash between clearing and account number
    ("Kontonummer: 3300-8112189876 (Nordea personkonto)", [("SE_PERSONNUMMER", "198112189876")]),
    ("Kontonummer: 3301-8112189876", []),
    ("Konto 3300-8112189875", []),
    # --- a noun glued to "id" whose number is a word naming another kind labels the number
    (
        "SELECT * FROM kund WHERE personnr = '19811218-9876';\n-- kundid 8109156060 gav fel resultat",
        [("SE_PERSONNUMMER", "198112189876")],
    ),
    ("Fejl i import: kundeid 0707614285 findes ikke", []),
    # --- the plural of a numbered thing labels the numbers after it
    (
        "Hittad väska med körkort (pnr 19811218-9876) och kvitton 8109156060, 9207019960.",
        [("SE_PERSONNUMMER", "198112189876")],
    ),
    ("Vi har modtaget fakturaer 0707614285 og 1403850027 fra leverandøren.", []),
    ("Fundet pung med sygesikringskort (cpr 0707614285) og nøgler.", [("DK_CPR", "0707614285")]),
    (
        "Hun skrev sit cpr-nummer med mellemrum: 070761 4285 og med bindestreg på næste side: 140385-0027.",
        [("DK_CPR", "0707614285"), ("DK_CPR", "1403850027")],
    ),
    # --- a phone verb phrase labels a phone number
    ("Ring mig på 0707614285 efter fem.", []),
    ("Ring till borgaren med personnummer 8112189876 i morgon.", [("SE_PERSONNUMMER", "198112189876")]),
    ("Please call me on 0707614285 after five.", []),
    # --- a bracketed legend under a line of numbers names them in order
    ("To numre: 070761-4285 140385-0027\n(først cpr, dernæst policenr.)", [("DK_CPR", "0707614285")]),
    (
        "Två nummer: 0707614285 811218-9876\n(först ordernummer, sedan personnummer)",
        [("SE_PERSONNUMMER", "198112189876")],
    ),
    (
        "Två nummer: 19811218-9876;19810915-6060\n(första är personnummer, andra är ordernummer)",
        [("SE_PERSONNUMMER", "198112189876")],
    ),
    (
        "Numre: 070761-4285 140385-0027\n(først hans cpr, dernæst hendes cpr)",
        [("DK_CPR", "0707614285"), ("DK_CPR", "1403850027")],
    ),
    # --- a delimited row broken after a number's dash goes on on the next line
    (
        "Navn;CPR;Medlemsnr\nOle Dahl;070761-4285;2701660520\nMette Holm;140385-\n0027;3011720055",
        [("DK_CPR", "0707614285"), ("DK_CPR", "1403850027")],
    ),
    (
        "Namn;Personnummer;Kundnr\nEva Lund;811218-9876;8109156060\nPer Berg;19920701-\n9960;0707614285",
        [("SE_PERSONNUMMER", "198112189876"), ("SE_PERSONNUMMER", "199207019960")],
    ),
    # --- a CPR needing no modulus 11 among records written alike whose CPRs pass it
    (
        "H;LØN;2026-11\nD;0707614285;0001;37,00\nD;1403850027;0002;32,00\nD;1703127206;0003;10,00",
        [("DK_CPR", "0707614285"), ("DK_CPR", "1403850027"), ("DK_CPR", "1703127206")],
    ),
    ("H;ORDRE;2026-11\nD;8473620193;0001;37,00\nD;5519203847;0002;32,00\nD;1703127206;0003;10,00", []),
    (
        "tid;bruger;opslag;formål\n"
        "2026-04-27 08:12;HLN;0707614285;sagsbehandling\n"
        "2020-04-28 08:40;HLN;1403850027;sagsbehandling\n"
        "2025-03-28 09:05;KBJ;1703127206;FEJL – ordrenummer tastet i cpr-feltet",
        [("DK_CPR", "0707614285"), ("DK_CPR", "1403850027")],
    ),
    # --- a sentence saying the identifier was written in the mail's subject names the number on the subject line
    (
        "Hun har skrevet sit personnummer i emnefeltet igen.\n"
        "\n"
        "Emne: Ang. ansøgning 0707614285\n"
        "Hej, her er min ansøgning.",
        [("DK_CPR", "0707614285")],
    ),
    (
        "Han skrev sitt personnummer i ämnesraden.\nÄmne: Ansökan 8112189876\nHej, här är min ansökan.",
        [("SE_PERSONNUMMER", "198112189876")],
    ),
    ("Emne: Ang. ansøgning 0707614285\nHej, her er min ansøgning.", []),
    ("Skriv aldrig dit cpr-nummer i emnefeltet.\nEmne: Ang. ansøgning 0707614285", []),
    # --- a payment to a person's NemKonto by CPR: "Overførsel til <number> <full name>"
    ("21.04.2019 Overførsel til 0707614285 Mette Holm 1.099,19", [("DK_CPR", "0707614285")]),
    ("21.04.2019 Overførsel til 0707614285 1.099,19", []),
    ("21.04.2019 Overførsel fra 0707614285 Mette Holm 1.099,19", []),
    # --- a record field whose key names a time holds a Unix time, not a CPR (1706870012 is one of 17 June 1987)
    ('{"created_at": 1706870012, "user": "anna"}', []),
    ("ts=1706870012 level=INFO msg=ok", []),
    ('{"sub": "user-17", "iat": 1706870012, "exp": 1706873612}', []),
    ("<LastLogin>1706870012</LastLogin>", []),
    ('{"id": 17, "cpr": 1706870012, "updated_at": 1706870099}', [("DK_CPR", "1706870012")]),
    ('{"birth_date": "1403850027", "navn": "Mette Holm"}', [("DK_CPR", "1403850027")]),
    ('{"personnummer": "8112189876", "tidspunkt": 1706870012}', [("SE_PERSONNUMMER", "198112189876")]),
    # --- (hold-out v13 classes) a field naming a time holds a date and a time of day written as digits, whatever the
    # digits also pass: an HL7 message's date/time (MSH-7), an order's (ORC-9), an observation's (OBR-7), an XML
    # element naming a time, an EDIFACT DTM element, a command line's "--since"
    (
        f"MSH|^~\\&|LIS|KS|EPJ|KS|{STAMP12}||ORU^R01|4711|P|2.5\n"
        f"PID|1||{PNR}^^^SE^PN||Berg^Lars\nOBR|1|||GLU|||{STAMP12B}",
        [("SE_PERSONNUMMER", PNR)],
    ),
    (f"ORC|NW|A100|B200||SC||||{STAMP12}", []),
    # ...and any field the standard defines (named by its place, no assigning authority) that is no person's
    # identifier field: twelve digits reading as yyyymmddhhmm are HL7's date/time type; a site's Z-segment is not
    (f"TQ1|1||||||{STAMP12}\nPID|1||{PNR}||Berg^Lars", [("SE_PERSONNUMMER", PNR)]),
    (f"ZPI|1|{STAMP12}", [("SE_PERSONNUMMER", STAMP12)]),
    (f"<Besked>\n  <tidpunkt>{STAMP12}</tidpunkt>\n  <pnr>{PNR}</pnr>\n</Besked>", [("SE_PERSONNUMMER", PNR)]),
    (f"UNH+1+ORDERS:D:96A:UN'\nBGM+220+A-77+9'\nDTM+137:{STAMP12}:203'", []),
    (f"/usr/local/bin/export --since {CPR_STAMP} --out /tmp/x", []),
    (f"/usr/local/bin/export --cpr {CPR} --out /tmp/x", [("DK_CPR", CPR)]),
    # ...an HL7 field's assigning authority after empty components is the number's own label, whatever the city
    (f"PID|1||{BOTH_CHILD}^^^CPR||Lund^Emma", [("DK_CPR", BOTH_CHILD)]),
    # --- a bare key's noun before it ("request id=", as "request_id=") and a numbered thing glued to "id" ("msgid")
    (f"2026-03-02 10:00:01 INFO  request id={STAMP10}", []),
    (f"till=0701234567 msgid={STAMP10} status=ok", []),
    (f"2026-03-02 10:00:01 INFO  deleted id={CPR}", [("DK_CPR", CPR)]),
    (f"2026-03-02 10:00:01 INFO  lookup personnummer={PNR}", [("SE_PERSONNUMMER", PNR)]),
    # --- a numbered thing and "nr" label a number written with its century ("pantbrev nr", "Receptid", "Låneforslag
    # nr."), as they label ten digits
    (f"Inteckning 120.000 kr, pantbrev nr {PNR}", []),
    (f"Receptid {PNR}\nUthämtat 2026-03-02", []),
    (f"Låneforslag nr. {PNR} er sendt til e-Boks.", []),
    (f"Ägare: Lars Berg, {PNR[:8]}-{PNR[8:]}, andel 1/2", [("SE_PERSONNUMMER", PNR)]),
    # --- an HL7 v3 instance identifier's value is named by its element: <remissId extension=...> is a referral's
    (
        f'<patient><id root="1.2.752.129.2.1.3.1" extension="{PNR}"/></patient>\n'
        f'<remissId root="1.2.752.129.2.1.2.1" extension="{STAMP12}"/>',
        [("SE_PERSONNUMMER", PNR)],
    ),
    # --- a row's type cell names what its number numbers ("Recept", "Skade"); an XML key ending in "Identifier"
    (f"dato;type;nummer;beløb\n2025-02-11;Recept;{CPR};120,00\n2025-02-12;Skade;{CPR2};80,00", []),
    (f"<Brev><LetterIdentifier>{CPR}</LetterIdentifier><CPR>{CPR2}</CPR></Brev>", [("DK_CPR", CPR2)]),
    (f"<Patient><PatientIdentifier>{CPR}</PatientIdentifier></Patient>", [("DK_CPR", CPR)]),
    (f'<Party><Identifier scheme="urn:oid:1.2.208.176.1.2">{CPR}</Identifier></Party>', [("DK_CPR", CPR)]),
    # --- a scanner's gap on one side of the dash is read like an OCR split (after a word naming it)
    (f"Vedr.  cpr-nr.  {CPR[:6]} -{CPR[6:]}", [("DK_CPR", CPR)]),
    (f"personnummer  {PNR[2:8]}- {PNR[8:]}", [("SE_PERSONNUMMER", PNR)]),
    # --- a form's dot leader joins a label and its value
    (f"Navn ......... Mette Holm\nCPR .......... {CPR[:6]}-{CPR[6:]}\nLønmodtagernr ... {CPR2}", [("DK_CPR", CPR)]),
    # --- "fejl i kontrolciffer" after the number: the text rejects it
    (f'afvist: cpr "{CPR[:6]}-{CPR[6:]}" fejl i kontrolciffer', []),
    (f"personnummer {PNR[2:8]}-{PNR[8:]}: fel i kontrollsiffran", []),
    # --- a scanner spacing out the words of a label ("personal  number") still names a misread number
    ("Re:  your  Swedish  personal  number  8l1218-9876\nRegards", [("SE_PERSONNUMMER", PNR)]),
    ("Re:  your  order  8l1218-9876\nRegards", []),
    # --- a relative's genitive stands for the identifier just named; "jeg/jag/vi har" the number just asked for
    (
        f"mitt personnummer är {PNR[2:]} och pappas är {CUSTOMER[2:]}. Tack!",
        [("SE_PERSONNUMMER", PNR), ("SE_PERSONNUMMER", CUSTOMER)],
    ),
    (
        f"Vi behöver ditt personnummer till lönen. Jag har {PNR[2:]} från intervjun, stämmer det?",
        [("SE_PERSONNUMMER", PNR)],
    ),
    (f"Skicka ditt personnummer. Vi har {PNR[2:]} som kundnummer.", []),
    (f"Jag har {PNR[2:]} i min lista.", []),
    # --- an access log quotes the request line: its path's segment names the personnummer's register
    (
        f'10.0.0.5 - - [01/Dec/2026:07:41:10 +0100] "GET /api/folkbokforing/{PNR}/adress HTTP/1.1" 200 512',
        [("SE_PERSONNUMMER", PNR)],
    ),
    (f'10.0.0.5 - - [01/Dec/2026:07:41:10 +0100] "GET /api/order/{PNR} HTTP/1.1" 200 512', []),
    # --- a bare "id" opening a log record whose other keys name no person is the record's own id
    (f"id={STAMP10} till=0701234567 status=levererat", []),
    (f"id={CPR} navn=Mette status=ok", [("DK_CPR", CPR)]),
    # --- a country's adjective before "ID" names its national identity number
    ("Great-grandmother from Bergen, Norwegian ID 15108695088.", [("NO_FODSELSNUMMER", "15108695088")]),
    ("Customer ID 15108695088", []),
    # --- a label and its few words head a list whose numbers are written with or without the century
    (f"The tool flagged order numbers such as {CPR} and {PNR} as national IDs.", []),
    (f"Ordre {CPR} sendt til Lars Berg {PNR}", [("SE_PERSONNUMMER", PNR)]),
    # --- separators people use: an em dash and a soft hyphen are dashes; "/", "." and "_" are read after a word
    # naming the identifier only (a slash joins sub-numbers, a dot ends decimals, "_" glues a file name's parts)
    (f"cpr {CPR[:6]}\u2014{CPR[6:]}", [("DK_CPR", CPR)]),
    (f"Mette Holm {CPR[:6]}\u00ad{CPR[6:]}", [("DK_CPR", CPR)]),
    (f"cpr {CPR[:6]}/{CPR[6:]}", [("DK_CPR", CPR)]),
    (f"CPR-nr.: {CPR[:6]}.{CPR[6:]}", [("DK_CPR", CPR)]),
    (f"cpr {CPR[:6]}_{CPR[6:]}", [("DK_CPR", CPR)]),
    (f"personnummer {PNR[2:8]}/{PNR[8:]}", [("SE_PERSONNUMMER", PNR)]),
    (f"Sag {CPR[:6]}/{CPR[6:]} er oprettet", []),
    (f"Beløb {CPR[:6]}.{CPR[6:]} kr", []),
    (f"IMG_{CPR[:6]}_{CPR[6:]}.jpg", []),
    # --- invisible format characters inside a number (a pasted page's or word processor's hyphenation and break
    # hints: soft hyphen, zero-width space and joiners, word joiner, BOM) are not there for a reader: read through
    (f"CPR {CPR[:4]}\u00ad{CPR[4:6]}-{CPR[6:]}", [("DK_CPR", CPR)]),
    (f"{CPR[:6]}-{CPR[6:8]}\u200b{CPR[8:]}", [("DK_CPR", CPR)]),
    (f"Mette Holm {CPR[:2]}\u200d{CPR[2:4]}\u00ad{CPR[4:]}", [("DK_CPR", CPR)]),
    (f"personnummer {PNR[2:8]}-{PNR[8:10]}\u2060{PNR[10:]}", [("SE_PERSONNUMMER", PNR)]),
    (f"Född \ufeff{PNR[:4]}\ufeff{PNR[4:]} i Malmö", [("SE_PERSONNUMMER", PNR)]),
    ("fødselsnummer 1510\u200c86 95088", [("NO_FODSELSNUMMER", "15108695088")]),
    ("henkilötunnus 1310\u00ad52-308T", [("FI_PERSONAL_IDENTITY_CODE", "131052-308T")]),
    # ... and read as what a reader sees: an order number stays one
    (f"Ordre {CPR[:6]}\u200b{CPR[6:]} sendt", []),
    (f"Beløb {CPR[:3]}\u200b{CPR[3:6]}.{CPR[6:]} kr", []),
    # ... and inside a word (a hyphenation hint): the word names or denies the identifier as written whole
    (f"Person\u00adnummer {PNR[2:]}", [("SE_PERSONNUMMER", PNR)]),
    ("Sygesikrings\u00adbevis 150390-1238", [("DK_CPR", "1503901238")]),
    (f"Kunde\u00adnummer {CPR}", []),
    ("Medarbejder\u200boplysninger: 150390-1238", []),
    # ... and a hyphen/non-breaking hyphen (U+2010/U+2011) between letters is the word's "-"
    (f"Kunde\u2011nummer {CPR}", []),
    (f"Person\u2010nr. {PNR[2:]}", [("SE_PERSONNUMMER", PNR)]),
    (f"CPR\u2011nr. {CPR[:6]}\u2011{CPR[6:]}", [("DK_CPR", CPR)]),
    # --- a TAB between the halves is read like "/" (after a word naming the identifier) when it is the line's only
    # TAB; in a row of TABs the halves are two cells
    (f"cpr {CPR[:6]}\t{CPR[6:]}", [("DK_CPR", CPR)]),
    (f"Personnummer: {PNR[2:8]}\t{PNR[8:]}", [("SE_PERSONNUMMER", PNR)]),
    (f"{CPR[:6]}\t{CPR[6:]}", []),
    (f"Navn\tMette\t{CPR[:6]}\t{CPR[6:]}\tAarhus", []),
    (f"CPR\t{CPR[:6]}\t{CPR[6:]}", []),
    # --- typeset spaces inside a number (no-break space, HTML's &nbsp;, figure, thin and narrow no-break space) read
    # as " ": every recognizer reads the number as its spaced form
    ("fødselsnummer 151086\u00a095088", [("NO_FODSELSNUMMER", "15108695088")]),
    (f"cpr {CPR[:6]}\u00a0-\u00a0{CPR[6:]}", [("DK_CPR", CPR)]),
    (f"personnummer {PNR[:8]}\u2009{PNR[8:]}", [("SE_PERSONNUMMER", PNR)]),
    (f"Hans nummer er {CPR[:6]}\u2007{CPR[6:]}.", [("DK_CPR", CPR)]),
    ("Tlf. 12\u00a034\u00a056\u00a078", [("PHONE_NUMBER", "12345678")]),
    ("ring på +45\u202f12\u202f34\u202f56\u202f78", [("PHONE_NUMBER", "+4512345678")]),
    ("IBAN: DK50\u00a00040\u00a00440\u00a01162\u00a043", [("IBAN_CODE", "DK5000400440116243")]),
    ("Kortnummer 4111\u00a01111\u00a01111\u00a01111", [("CREDIT_CARD", "4111111111111111")]),
    (f"Ordre {CPR[:6]}\u00a0{CPR[6:]} sendt", []),
    # --- full-width digits (an East-Asian input method in full-width mode) are the ASCII digits; other scripts' are not
    ("cpr ０７０７６１－４２８５", [("DK_CPR", CPR)]),
    ("personnummer １９８１１２１８－９８７６", [("SE_PERSONNUMMER", PNR)]),
    ("Ordre ０７０７６１４２８５ sendt", []),
    ("cpr ٠٧٠٧٦١-٤٢٨٥", []),
    ("personnummer ۱۹۸۱۱۲۱۸-۹۸۷۶", []),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    entities = tuple(e for e in DetectConfig().entities if e not in ("PERSON", "LOCATION"))
    return Engine(DetectConfig(entities=entities), today=TODAY)


@pytest.mark.parametrize(("text", "expected"), GOLDEN, ids=[g[0][:40] for g in GOLDEN])
def test_golden(engine: Engine, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.entity_type, f.normalized) for f in engine.detect(text)]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [g for g in GOLDEN if g[1]], ids=[g[0][:40] for g in GOLDEN if g[1]])
def test_golden_spans_and_explanations(engine: Engine, text: str, expected: list[tuple[str, str]]) -> None:
    for f in engine.detect(text):
        assert text[f.start : f.end] == f.value
        assert f.explanation.recognizer and f.explanation.pattern
        assert 0.5 <= f.score <= 1.0


def test_context_is_explained(engine: Engine) -> None:
    (f,) = engine.detect("CPR-nr.: 070761-4285")
    assert f.explanation.context == ("cpr-nr.",) or "cpr-nr" in f.explanation.context[0]
    assert f.explanation.checksum == "valid"


def test_negative_word_only_suppresses_its_neighbour(engine: Engine) -> None:
    text = f"Ordre 8473620193 blev sendt.\nMedarbejderens CPR er {CPR2[:6]}-{CPR2[6:]}."
    assert [f.normalized for f in engine.detect(text)] == [CPR2]
    text = f"Faktura 070761-4285.\nHans cpr er {CPR2[:6]}-{CPR2[6:]}"
    assert [f.normalized for f in engine.detect(text)] == [CPR2]


def test_mod11_failure_scores_lower_than_valid(engine: Engine) -> None:
    low = Engine(DetectConfig(entities=("DK_CPR",), min_score=0.0), today=TODAY)
    (bad,) = low.detect("nummer 150390-1238")
    (good,) = low.detect("nummer 070761-4285")
    assert bad.explanation.checksum == "invalid" and good.explanation.checksum == "valid"
    assert bad.score < 0.5 <= good.score


def test_ocr_split_digits_found_only_in_ocr_parts(engine: Engine) -> None:
    text = "Navn: Jens Hansen CPR 0707 61-4285 og O7O761-4285"
    assert [f.normalized for f in engine.detect(text, ocr=True)] == [CPR, CPR]
    # Outside OCR parts (a scan's text layer read as text) a gapped number is read right after its label only
    assert [f.normalized for f in engine.detect(text)] == [CPR]
    assert engine.detect("Navn: Jens Hansen 0707 61-4285 og O7O761-4285") == []


def test_ocr_mode_does_not_flood_on_number_soup(engine: Engine) -> None:
    soup = "Side 12 34 56 78 90 12 34 56 78 90 beløb 1 234 567 890 12 Konto 12 34 56 78 90"
    assert [f for f in engine.detect(soup, ocr=True) if f.entity_type == "DK_CPR"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Log ind med 0707614285 - ikke dit CPR-nummer.",
        "Logga in med 8112189876 (inte ditt personnummer)",
        "Kortnummer, ikke dit cpr-nummer: 0707614285",
        "Use 0707614285 (not your CPR number) to log in.",
    ],
)
def test_a_number_said_not_to_be_the_identifier_is_not_reported(engine: Engine, text: str) -> None:
    assert [f for f in engine.detect(text) if f.entity_type in ("DK_CPR", "SE_PERSONNUMMER")] == []
    # the same number named as the identifier is reported
    named = text.replace("ikke dit", "dit").replace("inte ditt", "ditt").replace("not your", "your")
    assert [f.entity_type for f in engine.detect(named) if f.entity_type in ("DK_CPR", "SE_PERSONNUMMER")]


def test_a_cpr_in_text_identified_as_norwegian_is_not_foreign(engine: Engine) -> None:
    """Short Danish text is often identified as Norwegian (bokmål), and no Norwegian number has ten digits: a CPR
    reading is not scored down as a foreign row there, as it is in Swedish text."""
    text = "Scannede bilag:\n\\\\fil01\\hr\\personalesager\\0707614285_kontrakt.pdf\n"
    assert [f.entity_type for f in engine.detect(text, lang="nb")] == ["DK_CPR"]
    assert [f.entity_type for f in engine.detect(text, lang="sv")] == []
    # a Swedish mobile number (fails modulus 11) on a row of a text identified as Norwegian stays a foreign row
    assert [f.entity_type for f in engine.detect("Viktor Nordin, 0708129547\n", lang="nb")] == []


def test_a_country_code_before_the_document_kind_names_the_row_country(engine: Engine) -> None:
    """A travel list's "FI NID <number>" (country, then the kind of document): the row is Finnish in Danish text, so
    a HETU with a digit check character is not scored down as a foreign row; without the code it is."""
    assert [f.entity_type for f in engine.detect(f"01 LAINE/AINO FI NID {FI_DIGIT}\n", lang="da")] == [
        "FI_PERSONAL_IDENTITY_CODE"
    ]
    assert [f.entity_type for f in engine.detect(f"01 LAINE/AINO NID {FI_DIGIT}\n", lang="da")] == []


def test_a_pnr_column_of_valid_personnummer_is_swedish_in_danish_text(engine: Engine) -> None:
    """A short export is often identified as Danish, where "pnr" names a P-number (ten plain digits); a column whose
    cells all pass the personnummer's date and Luhn checks holds personnummer (a P-number passes both about one time
    in thirty), so its header is read in its Swedish sense. P-numbers under "pnr" stay unreported."""
    rows = "pnr;anstnr;brutto;skatt\n8112189876;7010;55.380,43;16,0\n8109156060;3060;72.642,02;16,0\n"
    found = [(f.entity_type, f.normalized) for f in engine.detect(rows + "9207019960;4822;27.363,07;16,0\n", lang="da")]
    assert found == [("SE_PERSONNUMMER", p) for p in ("198112189876", "198109156060", "199207019960")]
    units = (
        "pnr;navn;adresse\n1006641701;Lager Vest;Vejlevej 1\n1012345678;Butik;Torvet 2\n1019283746;Kontor;Torvet 3\n"
    )
    assert engine.detect(units, lang="da") == []
    # one cell failing Luhn: no column of personnummer, the Danish sense stands
    mixed = rows + "9207019961;4822;27.363,07;16,0\n"
    assert [f for f in engine.detect(mixed, lang="da") if f.entity_type == "SE_PERSONNUMMER"] == []
