"""Blind batch ids10: identifier documents in families no earlier set used (written session 10).

Veterinary records with chip numbers, SIE accounting files, EDIFACT and HL7 v2 messages, school rosters,
payroll bureau exports (fixed width and delimited), SQL dumps, git diffs, application logs full of ten-digit
ids, plus hard negatives of each family (chip numbers, organisation numbers, verification and order numbers,
Unix timestamps, EAN codes). Every document is hand-written; only the numbers are generated. Committed BEFORE
its first score: its first run is the honest figure, anything later is tuned.

    python -m benchmarks.redteam.ids10_blind --output benchmarks/data/redteam/ids10_blind/identifiers.jsonl

Markup as in ids9_blind (``<<KIND>>`` / ``<<KIND:form>>``; KIND DK/SE/FI/NO labelled, NEG not), with three
more negative forms: ``chip`` (an ISO 11784 animal chip number, 15 digits), ``unix`` (a Unix time of 2026) and
``ean`` (an EAN-13 code).
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from benchmarks.redteam import ids, ids9_blind
from benchmarks.redteam.bank import split_bank, write_jsonl

DEFAULT_SEED = 1010
_EXTRA = re.compile(r"<<NEG:(chip|unix|ean)>>")


def _extra(rng: random.Random, kind: str) -> str:
    if kind == "chip":
        return rng.choice(["208", "752", "578", "900"]) + f"{rng.randint(0, 10**12 - 1):012d}"
    if kind == "unix":
        return str(rng.randint(1767225600, 1798761599))  # a moment of 2026
    return ids.make_ean13(rng, rng.choice(["57", "73"]))


# A number written as is and labelled: ``<<SE=198112189876>>`` (a well-known example number in the text).
_LITERAL = re.compile(r"<<(DK|SE|FI|NO)=([0-9+-]+)>>")


def render(rng: random.Random, markup: str) -> tuple[str, list[dict[str, object]]]:
    # the extra negatives carry no label, so they are filled in before the labelled pass counts offsets
    markup = _EXTRA.sub(lambda m: _extra(rng, m.group(1)), markup)
    text, labels = "", []
    pos = 0
    for m in [*_LITERAL.finditer(markup), None]:
        piece, more = ids9_blind.render(rng, markup[pos : m.start() if m else len(markup)])
        labels += [
            {**label, "start": len(text) + int(str(label["start"])), "end": len(text) + int(str(label["end"]))}
            for label in more
        ]
        text += piece
        if m is not None:
            labels.append(
                {"start": len(text), "end": len(text) + len(m.group(2)), "entity": ids9_blind.ENTITY[m.group(1)]}
            )
            text += m.group(2)
            pos = m.end()
    return text, labels


HAND = """
=== vet da
Dyreklinikken Havnegade - journaludskrift
Ejer: Lone Kristoffersen, CPR <<DK>>
Dyr: Bella, labrador, hun, f. 2019
Chipnr.: <<NEG:chip>>
Vaccination: DHPPi + L4 givet 12.11.2026
=== vet da
Patient: "Mister" (kat, EKH)   Mikrochip <<NEG:chip>>
Ejer: Søren Brandt   Tlf 22 84 19 07
Betaling: faktura <<NEG:cprdate>> sendt til ejer
=== vet sv
Smådjursklinik Norrtälje - journal
Djurägare: Malin Ek (<<SE:short_dash>>)
Djur: Sixten, tax, ID-nummer (chip) <<NEG:chip>>
Ägarens kundnr: <<NEG:luhn10>>
=== vet sv
Hundregistret (Jordbruksverket), registreringsbevis
Ägare: Kent Olofsson   personnummer <<SE:long_dash>>
Märkning: <<NEG:chip>>   Reg.nr: <<NEG:ocrref>>
=== vet en
PET PASSPORT - section III
Transponder alphanumeric code: <<NEG:chip>>
Date of application: 03.04.2024
Owner: Henrik Bech, ID <<DK:plain>>, Danish national
=== vet da
Forsikringsskade 2026-4411 (hund)
Forsikringstager: Anja Møller, cpr.nr. <<DK:space>>
Chip <<NEG:chip>>; policenr. <<NEG:cprdate>>
=== vet sv
Hej! Vi har flyttat och vår katt Doris (chip <<NEG:chip>>) ska registreras på mig i stället, mitt personnummer är <<SE:long>>. /Jenny
=== sie sv
#FLAGGA 0
#PROGRAM "Fortnox" 3.0
#FORMAT PC8
#GEN 20261130
#SIETYP 4
#ORGNR <<NEG:orgnr>>
#FNAMN "Ekdahls Bygg AB"
#RAR 0 20260101 20261231
#KONTO 1930 "Företagskonto"
#KONTO 2710 "Personalskatt"
#VER A 118 20261125 "Lön november"
{
#TRANS 7210 {} 38500.00
#TRANS 2710 {} -11200.00
#TRANS 1930 {} -27300.00
}
=== sie sv
#SIETYP 4
#ORGNR <<SE:short_dash>>
#FNAMN "Anders Wiklund Enskild firma"
#KONTO 2018 "Egna insättningar"
#VER B 14 20260930 "Insättning eget kapital"
{
#TRANS 1930 {} 50000.00
#TRANS 2018 {} -50000.00
}
=== sie sv
#SIETYP 4
#ORGNR <<NEG:orgnr>>
#FNAMN "Lindgren & Söner Handelsbolag"
#OBJEKT 6 "4" "Projekt Kv. Lärkan"
#VER A 502 20261112 "Kundfaktura <<NEG:luhn10>>"
{
#TRANS 1510 {6 "4"} 124000.00
#TRANS 3011 {6 "4"} -99200.00
#TRANS 2611 {6 "4"} -24800.00
}
=== sie sv
#SIETYP 4
#ORGNR <<NEG:orgnr>>
#FNAMN "Sjöboden AB"
#VER L 7 20261125 "Lön Per Nyström <<SE:short_dash>>"
{
#TRANS 7010 {} 32000.00
#TRANS 1930 {} -32000.00
}
=== sie sv
#SIETYP 2
#ORGNR <<NEG:orgnr>>
#FNAMN "Norrbyn Konsult AB"
#KPTYP BAS2014
#IB 0 1930 214877.50
#UB 0 1930 188120.00
#RES 0 3041 -1411200.00
#VER A 1 20260110 "Faktura 2026011031"
=== edifact en
UNA:+.? '
UNB+UNOC:3+5790000123456:14+5790000654321:14+261201:0815+<<NEG:cprdate>>'
UNH+1+INVOIC:D:96A:UN'
BGM+380+<<NEG:cprdate>>+9'
DTM+137:20261201:102'
NAD+BY+5790000123456::9++Byggemarked Nord A/S'
UNT+5+1'
UNZ+1+<<NEG:cprdate>>'
=== edifact en
UNH+44+PAXLST:D:05B:UN:IATA'
BGM+745'
NAD+FL+++SVENSSON:ERIK'
DOC+P+<<NEG:ocrref>>'
NAT+2+SWE'
RFF+AVF:<<SE:long>>'
UNT+6+44'
=== edifact en
UNH+1+PAYMUL:D:96A:UN'
FII+BE+DK5000400440116243'
NAD+BE+++Tove Munk'
RFF+AGN:<<DK:plain>>'
MOA+9:18250,00:DKK'
FTX+PMD+++Loenrefusion sygedagpenge'
UNT+6+1'
=== edifact en
UNB+UNOA:2+7365530000006:14+7300009016587:14+261129:2300+<<NEG:luhn10>>'
UNH+0001+ORDERS:D:96A:UN:EAN008'
BGM+220+<<NEG:luhn10>>+9'
LIN+1++<<NEG:ean>>:EN'
QTY+21:48'
UNT+5+0001'
=== edifact da
Fejl i EDI-fil fra lønbureau, segment 14: "NAD+EM+++Birthe Thorsen+Vestergade 3+Aalborg++9000+DK'RFF+ABO:<<DK>>'" - CPR mangler foranstillede nul? Ring til os.
=== hl7 en
MSH|^~\\&|EPJ|RH|LAB|KBA|20261130101500||ADT^A01|<<NEG:cprdate>>|P|2.5
PID|1||<<DK:plain>>^^^CPR^NNDNK||Nielsen^Karen^^^||19620314|F|||Nørregade 4^^København K^^1165^DK
PV1|1|I|MED^212^1||||||||||||||||<<NEG:cprdate>>
=== hl7 en
MSH|^~\\&|TakeCare|SLL|Labb|KS|20261128093000||ORU^R01|MSG<<NEG:luhn10>>|P|2.5
PID|1||<<SE:long>>^^^SE-PNR^NNSWE||Berg^Anna||19771207|F
OBR|1|<<NEG:luhn10>>|<<NEG:luhn10>>|NPU02319^Hæmoglobin
OBX|1|NM|NPU02319^Hb||8.4|mmol/l|7.3-9.5|N
=== hl7 en
MSH|^~\\&|EPJ|AUH|RIS|AUH|20261201074500||ORM^O01|<<NEG:cprdate>>|P|2.3
PID|||<<DK>>||Holm^Jesper||19800101|M
ORC|NW|<<NEG:cprdate>>
OBR|1|<<NEG:cprdate>>||UXRTHO^Rtg thorax
=== hl7 en
MSH|^~\\&|COSMIC|RJL|PAS|RJL|20261118112000||ADT^A08|A<<NEG:ocrref>>|P|2.5
PID|1||<<SE:coord_long>>^^^SE-SAM||Hussein^Ali||19900517|M
NK1|1|Hussein^Fatima|MTH|||||||||||||||||||||||<<SE:long>>
=== hl7 da
Hej Support, HL7-beskeden fejler i PID-3: "PID|1||<<DK:space>>^^^CPR" - der er et mellemrum i CPR-nummeret fra det gamle system. Kan I rense det?
=== school da
Klasseliste 4.B - Rosenvængets Skole, skoleåret 2026/27
Elev;CPR;Forælder;Tlf
Ida Rask;<<DK:nomod>>;Pia Rask;28 13 41 90
Otto Skov;<<DK:nomod>>;Martin Skov;40 55 12 67
Alma Dahl;<<DK:nomod>>;Helle Dahl;61 70 23 18
Noah Friis;<<DK:nomod>>;Jens Friis;22 91 04 55
=== school sv
Klasslista 7C, Vasaskolan
Namn                  Personnummer     Mentor
Elsa Lund             <<SE:long_dash>>    AB
Hugo Sandberg         <<SE:long_dash>>    AB
Wilma Öberg           <<SE:long_dash>>    KL
Liam Åström           <<SE:long_dash>>    KL
=== school sv
elev_id,fornamn,efternamn,klass,skolenhetskod
<<NEG:luhn10>>,Maja,Holm,5A,<<NEG:ocrref>>
<<NEG:luhn10>>,Alvin,Berg,5A,<<NEG:ocrref>>
<<NEG:luhn10>>,Stella,Ek,5B,<<NEG:ocrref>>
=== school da
UNI-Login eksport (brugere uden CPR)
brugernavn;navn;klasse;unilogin_id
ideg0112;Ida Egholm;3A;<<NEG:cprdate>>
mads4471;Mads Lund;3A;<<NEG:cprdate>>
sofi2231;Sofie Kjær;3B;<<NEG:cprdate>>
=== school sv
Till mentorer: ny elev i 8B från måndag, Sigrid Nyman (<<SE:short_dash>>), skyddad adress - registrera inte i det öppna systemet.
=== school da
Skolebestyrelsesvalg 2026 - kandidater
1. Karina Lauritsen (forælder, 6.A)
2. Peter Hald (forælder, 2.B) - CPR til valgstyrer: <<DK>>
Stemmeseddel nr. <<NEG:cprdate>>
=== school sv
Specialpedagogisk utredning, elev: Nils Åkesson, pnr <<SE:short>>, klass 3B. Vårdnadshavare: Karin Åkesson <<SE:short_dash>>.
=== payroll da
LØNBUREAU NORD A/S - lønkørsel 2026-11 - kunde 4410
Medarb.nr  CPR-nummer   Navn                    Brutto     AM-bidrag
00041      <<DK>>  Louise Krogh            38.200,00  3.056,00
00042      <<DK>>  Bent Winther            41.950,00  3.356,00
00057      <<DK>>  Sara Ahmadi             29.875,00  2.390,00
=== payroll da
Bilag;Dato;Tekst;Beløb
<<NEG:cprdate>>;30.11.2026;Løn nov.;-412.500,00
<<NEG:cprdate>>;30.11.2026;A-skat nov.;-118.200,00
<<NEG:cprdate>>;30.11.2026;ATP;-3.210,00
=== payroll sv
Lönebyrå Väst AB - underlag AGI 2026-11 (individuppgifter)
Fält 215 (personnummer);Fält 011 (kontant ersättning);Fält 001 (skatteavdrag)
<<SE:long>>;34500;8910
<<SE:long>>;41200;11840
<<SE:long>>;28750;6820
=== payroll sv
Specifikation lönebesked nr <<NEG:luhn10>>
Anställd: Birgitta Holmqvist   Anst.nr 1187
Personnummer: <<SE:short_dash>>
Bruttolön 37 400 kr, skatt 9 612 kr, netto 27 788 kr
=== payroll da
Eksport til e-Indkomst, fast bredde (pos 1-10 CPR, 11-18 SE-nr, 19-30 beløb i øre)
<<DK:plain>><<NEG:cvr>>000003820000
<<DK:plain>><<NEG:cvr>>000004195000
=== payroll sv
lonart;anstnr;period;belopp;kommentar
0110;4471;202611;32000;
0410;4471;202611;-1200;förskott
0110;4472;202611;29500;ny anställd, pnr <<SE:short_dash>> saknas i HR
=== payroll da
Hej Lønbureauet. Vores nye medarbejder Mikkel Holt starter 1/12 - hans cpr er <<DK:plain>> og kontonr 5470 0001234567. Skattekort er bestilt. Mvh Karin, Bogholderiet
=== payroll en
PAYROLL BUREAU EXPORT v3 (fixed width)
EMPNO NAME                 NATID        GROSS
10044 Lena Dahlberg        <<SE:long>> 0034500
10045 Jens Toft            <<DK:plain>>   0041200
=== sql en
-- MySQL dump 10.13  Distrib 8.0.36
INSERT INTO `medarbejder` (`id`, `navn`, `cpr`, `afdeling`) VALUES (17,'Gitte Boel','<<DK:plain>>','Løn'),(18,'Ole Vad','<<DK:plain>>','IT');
INSERT INTO `ordre` (`ordre_id`, `kunde_id`, `beloeb`) VALUES (<<NEG:cprdate>>,4411,1250.00),(<<NEG:cprdate>>,4412,80.00);
=== sql en
COPY public.kund (kund_id, namn, personnr, postort) FROM stdin;
<<NEG:luhn10>>	Sven Åberg	<<SE:long>>	Luleå
<<NEG:luhn10>>	Eva Falk	<<SE:long>>	Kiruna
\\.
=== sql en
CREATE TABLE patient (
  cpr CHAR(10) PRIMARY KEY,
  navn VARCHAR(80)
);
INSERT INTO patient VALUES ('<<DK:plain>>', 'Erik Vang');
INSERT INTO patient VALUES ('<<DK:plain>>', 'Hanne Vang');
=== sql en
-- seed data for staging (all ids are sequence values)
INSERT INTO invoice (id, customer_id, total) VALUES
  (<<NEG:cprdate>>, 311, 400.00),
  (<<NEG:cprdate>>, 312, 125.50),
  (<<NEG:cprdate>>, 318, 90.00);
=== sql en
UPDATE kunder SET personnummer = '<<SE:long_dash>>' WHERE kundnr = <<NEG:luhn10>>;
DELETE FROM kunder WHERE personnummer = '<<SE:long_dash>>';
=== sql en
mysql> SELECT id, name, ssn FROM employees WHERE country = 'DK';
+----+--------------+------------+
| id | name         | ssn        |
+----+--------------+------------+
|  7 | Lise Bang    | <<DK:plain>> |
|  9 | Claus Riis   | <<DK:plain>> |
+----+--------------+------------+
=== sql en
SELECT * FROM audit_log WHERE event_id BETWEEN <<NEG:unix>> AND <<NEG:unix>> ORDER BY ts;
=== gitdiff en
diff --git a/tests/fixtures/employees.csv b/tests/fixtures/employees.csv
index 3f2a1c4..9b7e0d2 100644
--- a/tests/fixtures/employees.csv
+++ b/tests/fixtures/employees.csv
@@ -1,3 +1,4 @@
 name;cpr;dept
 Anne Lind;<<DK>>;HR
-Bo Frost;<<DK>>;IT
+Bo Frost;<<DK>>;Drift
+Mia Jørgensen;<<DK>>;IT
=== gitdiff en
diff --git a/app/config.py b/app/config.py
@@ -12,7 +12,7 @@ RETRY = 3
-TIMEOUT_MS = 2500
+TIMEOUT_MS = 4000
-BUILD_ID = <<NEG:cprdate>>
+BUILD_ID = <<NEG:cprdate>>
=== gitdiff en
commit <<NEG:ocrref>>a9f3c1
Author: Jonas Sundberg <jonas@example.se>
Date:   Thu Nov 26 14:02:11 2026 +0100

    Remove real personnummer from test (was <<SE:long_dash>>), use Skatteverket test number instead

diff --git a/test/test_kund.py b/test/test_kund.py
-    kund = Kund(pnr="<<SE:long_dash>>")
+    kund = Kund(pnr="<<SE=198112189876>>")
=== gitdiff en
@@ -40,6 +40,9 @@ def test_lookup():
+    # regression: borger med erstatningsnummer
+    assert lookup(cpr="<<DK:plain>>") is not None
     assert lookup(order_no="<<NEG:cprdate>>") is None
=== gitdiff en
diff --git a/migrations/0042_orders.sql b/migrations/0042_orders.sql
+INSERT INTO orders (order_no, placed) VALUES ('<<NEG:cprdate>>', '2026-11-20');
+INSERT INTO orders (order_no, placed) VALUES ('<<NEG:cprdate>>', '2026-11-21');
=== log en
2026-11-30 08:14:02,118 INFO  [http-nio-8080-exec-4] o.e.SessionFilter - session=<<NEG:unix>> user=4411 path=/api/ping
2026-11-30 08:14:02,340 INFO  [http-nio-8080-exec-7] o.e.SessionFilter - session=<<NEG:unix>> user=4412 path=/api/ping
2026-11-30 08:14:03,002 WARN  [http-nio-8080-exec-2] o.e.Lookup - borger ikke fundet cpr=<<DK:plain>>
=== log en
Nov 30 03:12:44 batch01 loenimport[2231]: job <<NEG:cprdate>> started, file=loen_202611.csv
Nov 30 03:12:47 batch01 loenimport[2231]: row 17 rejected: ugyldigt CPR <<DK:plain>> (dødsfald registreret)
Nov 30 03:12:51 batch01 loenimport[2231]: job <<NEG:cprdate>> finished, 412 rows
=== log en
{"ts":"2026-11-29T22:01:13Z","level":"info","trace_id":"<<NEG:cprdate>>","span_id":"<<NEG:luhn10>>","msg":"payout ok"}
{"ts":"2026-11-29T22:01:14Z","level":"error","trace_id":"<<NEG:cprdate>>","msg":"Kunde med personnummer <<SE:long_dash>> saknar bankkonto"}
=== log en
[2026-11-28 17:45:09] prod.ERROR: SoapFault CPR-opslag: PNR <<DK:plain>> returnerede status 2 {"request_id":<<NEG:unix>>}
[2026-11-28 17:45:10] prod.INFO: retry request_id=<<NEG:unix>>
=== log en
ts=2026-11-27T10:00:00Z msg="order created" order_id=<<NEG:cprdate>> customer_id=<<NEG:cprdate>> amount=499
ts=2026-11-27T10:00:02Z msg="order created" order_id=<<NEG:cprdate>> customer_id=<<NEG:cprdate>> amount=129
=== log en
127.0.0.1 - - [26/Nov/2026:09:12:01 +0100] "GET /api/v2/borgere/<<DK:plain>>/sager HTTP/1.1" 200 512
127.0.0.1 - - [26/Nov/2026:09:12:03 +0100] "GET /api/v2/ordrer/<<NEG:cprdate>>/linjer HTTP/1.1" 200 2048
=== log en
2026-11-25T06:00:00.004Z worker-3 processed batch <<NEG:unix>> in 812 ms (1200 rows)
2026-11-25T06:00:01.517Z worker-1 processed batch <<NEG:unix>> in 640 ms (1200 rows)
2026-11-25T06:00:02.221Z worker-2 processed batch <<NEG:unix>> in 955 ms (1200 rows)
=== log sv
2026-11-24 13:37:00 [FK-integration] Svar från Försäkringskassan: ärende <<NEG:luhn10>> avser personnummer <<SE:short_dash>>, status BEVILJAD
=== log en
Exception in thread "main" java.lang.NumberFormatException: For input string: "<<NEG:luhn10>>x" (field: ordernummer)
    at se.example.Order.parse(Order.java:41)
=== mixed da
Kære Pia. Vedhæftet SIE-filen fra vores svenske datterselskab. Bemærk at den svenske direktør Lars Ohlin (<<SE:long_dash>>) også står som tegningsberettiget i Danmark med CPR <<DK>>. Mvh Torben
=== mixed sv
Hej, jag fick ett brev från SKAT i Danmark om mitt danska CPR-nummer <<DK>> - jag bodde i Köpenhamn 2019-2021. Mitt svenska personnummer är <<SE:short_dash>>. Vad ska jag göra?
=== mixed da
Varenr. <<NEG:ean>> - Hundefoder 12 kg, antal 4, pris 1.196,00 kr. Ordrenr. <<NEG:cprdate>>, kundenr. <<NEG:cprdate>>.
=== mixed da
Udtræk fra sagssystemet, sag <<NEG:cprdate>>: Parter: Mohammed Saleh (<<DK>>) og Fatima Saleh (<<DK>>); advokat Jens Bak, CVR <<NEG:cvr>>.
=== mixed sv
Fakturaunderlag. Kund: Eriksson Måleri (org.nr <<NEG:orgnr>>), kontaktperson Oskar Eriksson. OCR-nummer <<NEG:ocrref>>. Bankgiro 5050-1055.
=== mixed da
SMS fra 28 13 41 90, 30.11 kl. 21:14: "hej det er Jonas, mit cpr er <<DK:plain>> hvis i skal bruge det til tandlægen"
=== mixed sv
Ring Stina på 070-412 88 31 om hennes ansökan, pnr <<SE:long>>, handlingarna ligger i ärende <<NEG:ocrref>>.
=== mixed en
Dear HR, for the Swedish pension transfer I need the employee's Swedish personal identity number: Ahmed Karimi, <<SE:long_dash>>. His Danish CPR is <<DK>>. Thanks, Lisa
=== mixed da
Indberetning til Fødevarestyrelsen, hunderegistret: Ejer CPR: <<DK:plain>>, Ejer tlf: 31 40 22 19, Hundens chip: <<NEG:chip>>
=== mixed da
Kvittering. Transaktion <<NEG:unix>>. Betalt med MobilePay til Dyrlægehuset ApS (CVR <<NEG:cvr>>). Beløb 845,00 kr.
=== mixed sv
Journalanteckning 2026-11-19: Patient <<SE:long_dash>> inkommer med hund (chip <<NEG:chip>>) som bitit patienten i handen. Remiss <<NEG:luhn10>>.
=== neg en
Release notes 4.12.0: build <<NEG:cprdate>>, artifacts sha <<NEG:ocrref>>, migrations 0041-0044, tested on <<NEG:unix>>.
=== neg da
Lagerliste
Varenr;EAN;Beskrivelse;Antal
<<NEG:cprdate>>;<<NEG:ean>>;Kattegrus 10 l;40
<<NEG:cprdate>>;<<NEG:ean>>;Hundeseng L;6
<<NEG:cprdate>>;<<NEG:ean>>;Kradsetræ;3
=== neg sv
Verifikationslista 2026-11
Ver.nr     Datum       Konto  Belopp
<<NEG:luhn10>>  2026-11-03  1930   -12 400,00
<<NEG:luhn10>>  2026-11-05  1930    8 900,00
<<NEG:luhn10>>  2026-11-09  2440   -3 115,00
=== neg en
id,created_at,unix_ts,status
1,2026-11-01,<<NEG:unix>>,ok
2,2026-11-02,<<NEG:unix>>,ok
3,2026-11-03,<<NEG:unix>>,failed
=== neg da
Køreplan for pakkeruter: rute <<NEG:cprdate>> (Aalborg-Hjørring), rute <<NEG:cprdate>> (Aalborg-Frederikshavn). Sporingsnr. <<NEG:ocrref>>.
=== neg sv
Reservdelsbeställning: artikelnr <<NEG:luhn10>>, <<NEG:luhn10>> och <<NEG:luhn10>>; leverans vecka 49 till Tibro Snickeri AB (<<NEG:orgnr>>).
=== neg da
P-nummer for vores tre butikker: Aarhus <<NEG:pnum>>, Odense <<NEG:pnum>>, Vejle <<NEG:pnum>>. CVR <<NEG:cvr>>.
=== neg en
UNB+UNOC:3+5798000000001:14+5798009999997:14+261130:1745+<<NEG:cprdate>>'
UNH+1+DESADV:D:96A:UN'
BGM+351+<<NEG:cprdate>>+9'
UNT+3+1'
=== neg sv
#SIETYP 4
#ORGNR <<NEG:orgnr>>
#VER A 12 20261101 "Faktura <<NEG:luhn10>> Gävle Energi"
{
#TRANS 5020 {} 4120.00
}
=== neg da
Dyrlægens prisliste: Chipmærkning inkl. registrering i Dansk Hunderegister 395 kr. Eksempel på chipnummer: <<NEG:chip>>
=== neg en
MSH|^~\\&|LIS|KS|EPJ|KS|20261130120000||ACK^A01|<<NEG:cprdate>>|P|2.5
MSA|AA|<<NEG:cprdate>>
=== no nb
Dyreklinikk Tromsø - eier: Ola Bakken, fødselsnummer <<NO>>, hund "Tass" med brikke <<NEG:chip>>
=== fi fi
Eläinlääkäriasema, omistaja Pekka Nieminen (henkilötunnus <<FI>>), koira mikrosiru <<NEG:chip>>
=== hl7 en
PID|1||<<FI>>^^^FI-HETU||Korhonen^Aino||19850612|F
=== payroll en
Nordic payroll bureau - cross-border staff
Country;Employee;National ID
DK;Rasmus Holt;<<DK:plain>>
SE;Erik Wall;<<SE:long>>
NO;Kari Lie;<<NO>>
FI;Mika Aho;<<FI>>
=== school sv
Skolskjuts HT2026, Tierps kommun
Elev                Personnr       Hållplats
Ebba Sjöberg        <<SE:short>>     Skolvägen
Arvid Nord          <<SE:short>>     Kyrkbyn
=== sql en
INSERT INTO elev (elev_nr, cpr_nr, navn) VALUES ('<<NEG:cprdate>>', '<<DK>>', 'Asta Juhl');
=== gitdiff en
-    "personnummer": "<<SE:long>>",
+    "personnummer": "<<SE:long>>",
     "kundnummer": "<<NEG:luhn10>>",
=== log en
2026-11-22 09:00:01 INFO import: 3 rows; row 2 owner_cpr=<<DK:plain>> pnr=<<NEG:pnum>> (P-nummer for the farm)
=== vet da
CHR-udtræk (kvægbesætning): CHR-nr 45812, ejer CPR-nr <<DK>>, P-nummer <<NEG:pnum>>, ørenummer DK 04512 01337
=== edifact sv
Hej! EDI-meddelandet avvisades: "NAD+ZZZ+<<SE:long>>::ZZZ++Lindström:Kerstin'" - vi skickar personnumret i NAD-segmentet, är det fel kvalifikator?
=== sie sv
#SIETYP 4
#ORGNR <<NEG:orgnr>>
#FNAMN "Hälsans Hus AB"
#VER A 77 20261015 "Utlägg Maria Åberg <<SE:short_dash>> tandvård"
{
#TRANS 7699 {} 950.00
}
"""


def hand_docs() -> list[tuple[str, str, str]]:
    return split_bank(HAND)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    docs: list[dict[str, object]] = []
    for family, lang, markup in hand_docs():
        text, labels = render(rng, markup)
        docs.append({"id": f"b10-{len(docs) + 1:03d}", "lang": lang, "family": family, "text": text, "labels": labels})
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--output", type=Path, required=True)
    args = ap.parse_args()
    write_jsonl(build(args.seed), args.output)


if __name__ == "__main__":
    main()
