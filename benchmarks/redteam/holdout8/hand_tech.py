"""Hand-written technical documents: code, config, data exchange formats, logs (one each)."""

DOCS: list[tuple[str, str, str]] = [
    (
        "da",
        "edifact",
        """UNA:+.? '
UNB+UNOC:3+5790000«n6»:14+5790001«n6»:14+261130:0912+«n10»'
UNH+1+INVOIC:D:96A:UN'
BGM+380+«d10»+9'
DTM+137:20261130:102'
NAD+SU+5790000«n6»::9++Fjordbyg ApS'
RFF+VA:DK«cvr»'
NAD+BY+5790001«n6»::9++Region Syd'
LIN+1++57012345«n5»:EN'
MOA+203:«n5».00'
UNT+10+1'
UNZ+1+«n10»'""",
    ),
    (
        "sv",
        "edifact",
        """UNB+UNOC:3+«n13»:14+«n13»:14+261201:0700+4471'
UNH+1+DESADV:D:96A:UN'
BGM+351+«l10»+9'
DTM+11:20261201:102'
RFF+ON:«l10»'
NAD+DP+«n13»::9++Ica Kvantum Lund'
CPS+1'
PAC+1++201'
GIN+BJ+00«n16»'
UNT+9+1'""",
    ),
    (
        "da",
        "hl7",
        """MSH|^~\\&|LABKA|RH|EPJ|SP|20261130081500||ORU^R01|«n10»|P|2.5
PID|1||«cpr.plain»^^^CPR||Rask^Malene||19790412|F|||Solvej 2^^Greve^^2670
OBR|1|«d10»||NPU02319^Hgb|||20261130074500
OBX|1|NM|NPU02319^Hgb||8.9|mmol/L|8.3-10.5|N""",
    ),
    (
        "sv",
        "hl7",
        """MSH|^~\\&|COSMIC|RS|LIS|KS|20261129141000||ADT^A04|«n9»|P|2.5.1
PID|1||«se.long»^^^SE^PN~«l10»^^^RS^MR||Falk^Isak||19880214|M
PV1|1|O|KIR-MOTT^^^RS||||«n6»^Berg^Lina
NK1|1|Falk^Hanna|SPO|||||||||||||||«se.long»^^^SE^PN""",
    ),
    (
        "da",
        "fhir",
        """{
  "resourceType": "Patient",
  "id": "«d10»",
  "identifier": [
    {"system": "urn:oid:1.2.208.176.1.2", "value": "«cpr.plain»"},
    {"system": "urn:oid:1.2.208.176.1.1", "value": "«n6»", "type": {"text": "SOR-id"}}
  ],
  "name": [{"family": "Holmgaard", "given": ["Ejnar"]}],
  "birthDate": "1958-03-30"
}""",
    ),
    (
        "sv",
        "fhir",
        """{"resourceType":"Patient","identifier":[{"system":"http://electronichealth.se/identifier/personnummer","value":"«se.long»"}],"name":[{"family":"Lundell","given":["Signe"]}],"managingOrganization":{"identifier":{"system":"urn:oid:1.2.752.29.4.19","value":"SE2321000«n6»"}}}""",
    ),
    (
        "sv",
        "fhir",
        """{"resourceType":"Patient","identifier":[{"system":"http://electronichealth.se/identifier/samordningsnummer","value":"«sesam.long»"}],"name":[{"family":"Petrov","given":["Anton"]}]}""",
    ),
    (
        "da",
        "latex",
        r"""\documentclass{article}
\begin{document}
\section*{Bilag 3: Deltagere i pilotprojektet}
\begin{tabular}{lll}
Navn & CPR & Kommune \\ \hline
Jonna Ebbesen & «cpr» & Guldborgsund \\
Arne Smedegaard & «cpr» & Lolland \\
Rebekka Sahl & «cpr7» & Guldborgsund \\
\end{tabular}
\end{document}""",
    ),
    (
        "sv",
        "latex",
        r"""\begin{table}[h]
\caption{Deltagare (pseudonymiserade) -- projekt 2026-«n4»}
\begin{tabular}{rrr}
ID & Löpnr & Ålder \\
P01 & «l10» & 54 \\
P02 & «l10» & 61 \\
P03 & «l10» & 47 \\
\end{tabular}
\end{table}""",
    ),
    (
        "da",
        "yaml",
        """# medarbejder-onboarding.yml
medarbejder:
  navn: Kim Valentin
  cpr: "«cpr»"
  startdato: 2027-01-02
  udstyr:
    - laptop: PF«n6»
    - mobil: "+45 «tel»"
  konto:
    reg: "1551"
    nr: "«d10»"
""",
    ),
    (
        "sv",
        "yaml",
        """apiVersion: v1
kind: ConfigMap
metadata:
  name: bankid-test
data:
  BANKID_ENV: "prod"
  ORG_NR: "«org»"
  TIMEOUT_MS: "1800000"
  RETRY_ID: "«l10»"
""",
    ),
    (
        "sv",
        "yaml",
        """# fixtures/anstallda.yaml -- kopierad från produktion (!!)
- namn: Elias Lundh
  pnr: «se.long»
  avd: 12
- namn: Moa Eriksson
  pnr: «se.longdash»
  avd: 12
""",
    ),
    (
        "da",
        "sql",
        """-- dump af tabel kunder, 2026-11-30
INSERT INTO kunder (id, navn, cpr, tlf, oprettet) VALUES
  («n6», 'Arne Weis', '«cpr.plain»', '«tel.plain»', '2019-04-01'),
  («n6», 'Britta Hald', '«cpr.plain»', '«tel.plain»', '2021-10-12'),
  («n6», 'Sofus Lyng', NULL, '«tel.plain»', '2024-02-29');
INSERT INTO ordrer (id, kunde_id, ordrenr) VALUES (1, 1, '«d10»');""",
    ),
    (
        "sv",
        "sql",
        """UPDATE kund SET personnummer = '«se.long»' WHERE kundnr = «l10»;
UPDATE kund SET personnummer = '«se.long»' WHERE kundnr = «l10»;
-- kundnr är 10-siffrigt och kan se ut som ett personnummer, men är det inte
SELECT * FROM faktura WHERE ocr = '«ocr»';""",
    ),
    (
        "da",
        "gitdiff",
        """diff --git a/tests/fixtures/borger.json b/tests/fixtures/borger.json
index 3a1f2c0..9b7e411 100644
--- a/tests/fixtures/borger.json
+++ b/tests/fixtures/borger.json
@@ -1,5 +1,5 @@
 {
   "navn": "Testborger",
-  "cpr": "«cpr.plain»",
+  "cpr": "«mask»",
   "kommune": 101
 }""",
    ),
    (
        "sv",
        "gitdiff",
        """commit 1e2d«n6»
Author: Anton Wik <anton@example.se>
Date:   Mon Nov 30 16:02:11 2026 +0100

    Ta bort riktiga personnummer ur seed-data

-    ("Petra Lind", "«se»"),
-    ("Jon Ek", "«se»"),
+    ("Petra Lind", "«smask»"),
+    ("Jon Ek", "«smask»"),""",
    ),
    (
        "da",
        "code",
        """def test_beregn_alder():
    # borgeren fra supportsagen, brug IKKE i produktion
    assert beregn_alder("«cpr»", idag=date(2026, 12, 1)) == 47
    assert beregn_alder("3102601000", idag=date(2026, 12, 1)) is None  # 31. februar findes ikke
""",
    ),
    (
        "sv",
        "code",
        """public static final String ORGNR = "«org»";
public static final long KUND_ID = «l10»L;
// personnumret nedan är kundens, lagrat vid BankID-inloggning
String pnr = "«se.long»";""",
    ),
    (
        "da",
        "ini",
        """[eboks]
afsender_cvr = «cvr»
materiale_id = «n6»
ftp_konto = «d10»
; kontaktperson (drift): Lasse Vig, tlf «tel»
""",
    ),
    (
        "da",
        "csvlog",
        """tid,bruger,handling,objekt
2026-11-29 22:01:13,sys,login,-
2026-11-29 22:01:40,anj,opslag_cpr,«cpr.plain»
2026-11-29 22:02:05,anj,print,brev-«d10»
2026-11-29 22:04:51,anj,opslag_cpr,«cpr7.plain»""",
    ),
    (
        "sv",
        "csvlog",
        """timestamp;user;action;subject
2026-11-29T07:59:11;kjo;view_journal;«se.long»
2026-11-29T08:01:47;kjo;print;remiss «n10»
2026-11-29T08:03:02;kjo;view_journal;«sesam.long»
2026-11-29T08:05:30;sys;session_end;«l10»""",
    ),
    (
        "da",
        "ndjson",
        """{"ts":"2026-11-30T11:02:00Z","lvl":"info","msg":"udbetaling oprettet","ref":"«d10»","belob":4120.50}
{"ts":"2026-11-30T11:02:01Z","lvl":"info","msg":"modtager valideret","cpr":"«cpr»","nemkonto":true}
{"ts":"2026-11-30T11:02:01Z","lvl":"warn","msg":"dublet","ref":"«d10»"}""",
    ),
    (
        "sv",
        "ndjson",
        """{"t":"2026-11-30T12:00:00+01:00","event":"swish.in","payer":"46«mob.plain»","amount":250,"ref":"«l10»"}
{"t":"2026-11-30T12:00:04+01:00","event":"kyc.ok","pnr":"«se.plain»","risk":"low"}""",
    ),
    (
        "da",
        "oioubl",
        """<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">
  <cbc:ID>«d10»</cbc:ID>
  <cac:AccountingSupplierParty><cac:Party>
    <cbc:EndpointID schemeID="DK:CVR">DK«cvr»</cbc:EndpointID>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cbc:EndpointID schemeID="GLN">5798000«n6»</cbc:EndpointID>
    <cac:Contact><cbc:ID>«d10»</cbc:ID><cbc:Name>Ref. Tove Lyng</cbc:Name></cac:Contact>
  </cac:Party></cac:AccountingCustomerParty>
</Invoice>""",
    ),
    (
        "sv",
        "pain",
        """<CdtTrfTxInf>
  <PmtId><EndToEndId>«l10»</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="SEK">«n5».00</InstdAmt></Amt>
  <Cdtr><Nm>Lisa Hed</Nm></Cdtr>
  <CdtrAcct><Id><Othr><Id>«n11»</Id><SchmeNm><Prtry>BBAN</Prtry></SchmeNm></Othr></Id></CdtrAcct>
  <RmtInf><Ustrd>Lön 2026-11 anst «n4»</Ustrd></RmtInf>
</CdtTrfTxInf>""",
    ),
    (
        "da",
        "vcard",
        """BEGIN:VCARD
VERSION:3.0
FN:Gry Abildgaard
TEL;TYPE=cell:+45 «tel»
NOTE:CPR «cpr» (til lønsystemet)
ORG:Kobbervej Tandklinik
END:VCARD""",
    ),
    (
        "sv",
        "ics",
        """BEGIN:VEVENT
DTSTART:20261208T090000
SUMMARY:Läkarbesök Karl Ohlin («se»)
LOCATION:Vårdcentralen Tallbacken
UID:«l10»@kalender
END:VEVENT""",
    ),
    (
        "da",
        "env",
        """# .env.production  (må ikke committes)
DB_URL=postgres://app:hemmeligt@db01:5432/borger
NEMID_SERVICE_ID=«n8»
SUPPORT_TEST_CPR=«cpr»
SMTP_PORT=587""",
    ),
    (
        "sv",
        "properties",
        """# application.properties
kund.orgnr=«org»
rapport.kontaktperson.pnr=«se»
rapport.id=«l10»
server.port=8443""",
    ),
    (
        "da",
        "stacktrace",
        """Traceback (most recent call last):
  File "/srv/app/ydelse.py", line 214, in beregn
    raise ValueError(f"ukendt borger: {cpr}")
ValueError: ukendt borger: «cpr.plain»
Request-ID: «d10»""",
    ),
    (
        "sv",
        "stacktrace",
        """java.lang.IllegalStateException: Kunde med personnummer «se.longdash» saknar adress
	at se.kommun.debitering.Faktura.skapa(Faktura.java:118)
	at se.kommun.debitering.Batch.run(Batch.java:42)
batch-id=«l10» körning=20261130""",
    ),
    (
        "da",
        "markdown",
        """# Releasenoter 4.12

* Rettet: sagsnumre på formen `ÅÅMMDD-LLLL` (fx «d10x») blev vist som CPR i søgningen.
* Nyt: eksport af lagerlister med 10-cifrede varenumre.
* Kendt fejl: P-nr. «pnr» vises forkert på faktura.""",
    ),
    (
        "sv",
        "markdown",
        """## Avvikelserapport 2026-11-28

- **Vad:** En handläggare skickade ett e-postmeddelande med personnummer «se» i klartext till fel mottagare.
- **Åtgärd:** mottagaren har raderat meddelandet; anmält till IMY (ärende «l10d»).
- **Ansvarig:** Dataskyddsombud""",
    ),
    (
        "da",
        "xlsx-flat",
        """Ark1
A;B;C;D
Løbenr.;Dato;Bilag;Beløb
«d10»;01-11-2026;Husleje;-12000
«d10»;02-11-2026;Salg;4500
«d10»;04-11-2026;Salg;8200""",
    ),
    (
        "da",
        "xlsx-flat",
        """Medarbejdere
Nr;Navn;CPR;Ansat
1;Hugo Bram;«cpr»;2019
2;Lea Mose;«cpr»;2021
3;Ali Demir;«cpr7»;2024
4;Thea Krull;«cpr»;2016""",
    ),
    (
        "sv",
        "xlsx-flat",
        """Blad1
Nr;Namn;Personnummer;Start
1;Nova Ahl;«se»;2020
2;Melvin Bo;«se.plain»;2022
3;Irma Ståhl;«se.long»;2018
4;Vera Kask;«sesam»;2025""",
    ),
    (
        "da",
        "nemkonto",
        """NEMKONTO-UDBETALING (fil NK2026113001)
0001«cvr»«n6»00000000000
1000 «cpr.plain» 0000«n8» DKK 00000412050
1000 «cpr.plain» 0000«n8» DKK 00000099000
9999000002""",
    ),
    (
        "sv",
        "bgmax",
        """01BGMAX               0120261130094512123456P
05«n10»          SEK
20«n10»«l10»         00000000012500000000000000000001
26Tea Sandberg
29«org»
70000001000000000000000000001""",
    ),
    (
        "da",
        "html",
        """<table border="1"><tr><th>Navn</th><th>CPR</th></tr>
<tr><td>Egon Vad</td><td>«cpr»</td></tr>
<tr><td>Lis Vad</td><td>«cpr»</td></tr></table>""",
    ),
    (
        "sv",
        "tsvexport",
        "kundnr\tnamn\tort\tpersonnr\n«l10»\tEdit Sved\tKalmar\t«se»\n«l10»\tÅke Rönn\tKalmar\t«se»\n«l10»\tAB Kalmarsund Bygg\tKalmar\t«org»",
    ),
    (
        "da",
        "regex-doc",
        """Validering i skemaet: feltet "CPR" skal matche ^\\d{6}-?\\d{4}$. Eksempel på ugyldig værdi: 3113XX-1234. Der er ingen rigtige personnumre i denne vejledning; kundenummeret 2003841234 i screenshottet er vores eget.""",
    ),
    (
        "sv",
        "api",
        """POST /api/v2/kreditupplysning HTTP/1.1
Host: uc.example.se
Content-Type: application/json

{"personnummer":"«se.long»","syfte":"kreditprövning","referens":"«l10»"}""",
    ),
    (
        "da",
        "api",
        """GET /borgere/«cpr.plain»/adresse HTTP/1.1
Host: api.dataudveksling.local
X-Correlation-ID: «d10»""",
    ),
    (
        "da",
        "sftp",
        """sftp> ls -l /ud/lon/2026-11
-rw-r--r--  1 lon lon  88412 Nov 30 20:01 loen_«cvr»_202611.csv
-rw-r--r--  1 lon lon   1202 Nov 30 20:01 kvittering_«d10».xml
sftp> get loen_*.csv""",
    ),
    (
        "sv",
        "dump",
        """COPY public.medlem (id, namn, pnr, medlemsnr) FROM stdin;
1	Sture Hall	«se.plain»	«l10»
2	Gun Ekdahl	«seold.plain@1924-08-08»	«l10»
3	Ture Ask	«se.plain»	«l10»
\\.""",
    ),
    (
        "da",
        "makefile",
        """# Makefile - testdata
TESTORDRE=«d10»
REF_SAG=«d10x»
seed:
\tpython manage.py seed --ordre $(TESTORDRE) --sag $(REF_SAG)""",
    ),
    (
        "sv",
        "jwt",
        """Decoded JWT payload:
{
  "sub": "«se.long»",
  "iss": "https://idp.kommun.se",
  "iat": 1764500000,
  "exp": 1764503600,
  "sid": "«l10»"
}""",
    ),
]
