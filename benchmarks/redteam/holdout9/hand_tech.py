"""Hand-written technical text: JSON, XML, YAML, SQL dumps, CSV, logs, URLs and query strings."""

BANK = r"""
=== hand-tech da
{"medarbejdere":[{"navn":"Peter Kjeldsen","cpr":"[[cpr:plain]]","loennr":{{digits:5}},"afd":"Drift"},
{"navn":"Hanne Mose","cpr":"[[cpr]]","loennr":{{digits:5}},"afd":"Salg"}],"eksporteret":"{{date:iso}}"}

=== hand-tech da
{
  "ordreId": "{{ten}}",
  "kunde": {"kundenr": "{{ten}}", "navn": "Malene Juhl", "telefon": "{{tel:dk,plain}}"},
  "levering": {"sporingsnr": "{{sscc}}", "pakkeshop": "{{digits:6}}"}
}

=== hand-tech da
<borger>
  <navn>Jørn Bagger</navn>
  <personnummer>[[cpr:plain]]</personnummer>
  <adresse>Fasanvej 22, 7100 Vejle</adresse>
  <sagsnummer>{{ten}}</sagsnummer>
</borger>

=== hand-tech da
medarbejder:
  navn: Charlotte Bie
  cpr: "[[cpr]]"
  konto:
    reg: "{{digits:4}}"
    nr: "{{kto}}"
  telefon: "{{tel:dk}}"

=== hand-tech da
INSERT INTO kunder (id, navn, cpr, oprettet) VALUES
  ({{digits:6}}, 'Else Brink', '[[cpr:plain]]', '{{date:iso}}'),
  ({{digits:6}}, 'Tobias Friis', '[[cpr:plain,nomod,jan1]]', '{{date:iso}}'),
  ({{digits:6}}, 'Nanna Lind', NULL, '{{date:iso}}');

=== hand-tech da
2026-11-30T23:14:07.118Z INFO  payroll.import  row=17 employee={{digits:5}} cpr=[[cpr:plain]] status=OK
2026-11-30T23:14:07.120Z WARN  payroll.import  row=18 employee={{digits:5}} cpr=<missing> status=SKIPPED
2026-11-30T23:14:07.121Z INFO  payroll.import  row=19 employee={{digits:5}} cpr=[[cpr:plain]] status=OK
2026-11-30T23:14:07.130Z INFO  payroll.import  batch={{ten}} rows=19 duration_ms=412

=== hand-tech da
GET /api/v2/borger/opslag?cpr=[[cpr:plain]]&felter=navn,adresse HTTP/1.1
Host: intern.kommune.local
X-Request-Id: {{ten}}
User-Agent: sagssystem/5.3

=== hand-tech da
https://portal.forsikring.dk/skade/ny?policenr={{ten}}&skadenr={{ten}}&kanal=web&ref=mail

=== hand-tech da
# .env for testmiljø – ingen rigtige data
TEST_CPR=XXXXXX-XXXX
DB_URL=postgres://app:app@localhost:5432/crm
SESSION_SECRET={{digits:16}}
DEFAULT_KUNDENR={{ten}}

=== hand-tech da
cpr;navn;mail
[[cpr:plain]];Ole Høg;ole.hoeg@example.dk
[[cpr:plain]];Inge Moos;inge.moos@example.dk
[[cpr:plain,nomod,kid]];Bastian Moos;-

=== hand-tech da
Traceback (most recent call last):
  File "import_borgere.py", line 88, in <module>
    valider(cpr)
ValueError: ugyldigt cpr-nummer: '{{badcpr:plain}}' (dato findes ikke)

=== hand-tech da
[2026-11-28 10:02:11] sms-gateway: sendt til {{tel:dk,plain}} besked-id {{ten}} længde 140
[2026-11-28 10:02:12] sms-gateway: sendt til {{tel:dk,plain}} besked-id {{ten}} længde 98
[2026-11-28 10:02:15] sms-gateway: fejl ved {{tel:dk,plain}} kode 4001

=== hand-tech da
<?xml version="1.0" encoding="UTF-8"?>
<Indberetning xmlns="urn:oio:skat:eindkomst:1.0">
  <VirksomhedSENummer>{{cvr}}</VirksomhedSENummer>
  <Indkomstmodtager>
    <PersonCPRNummer>[[cpr:plain]]</PersonCPRNummer>
    <AIndkomst>{{amount}}</AIndkomst>
  </Indkomstmodtager>
</Indberetning>

=== hand-tech sv
{"anstalld": {"namn": "Sara Wallin", "personnummer": "[[pnr:l]]", "anstnr": "{{digits:5}}"},
 "arbetsgivare": {"namn": "Dalarnas Måleri AB", "orgnr": "{{orgnr:plain}}"}}

=== hand-tech sv
UPDATE patient SET telefon = '{{tel:se,plain}}' WHERE personnummer = '[[pnr:ld]]';
UPDATE patient SET telefon = '{{tel:se,plain}}' WHERE personnummer = '[[pnr:ld]]';
-- 2 rader påverkade

=== hand-tech sv
kund:
  id: {{tenl}}
  namn: "Lars Eklund"
  pnr: "[[pnr:l]]"
  fakturor:
    - ocr: "{{ocr:10}}"
    - ocr: "{{ocr:10}}"

=== hand-tech sv
2026-11-29 07:12:55,201 ERROR [bankid-callback] personnummer mismatch: order={{tenl}} expected=[[pnr:l]]
2026-11-29 07:12:55,203 INFO  [bankid-callback] session {{digits:10}} closed

=== hand-tech sv
https://minasidor.exempel.se/deklaration?pnr=[[pnr:l]]&ar=2025&lang=sv

=== hand-tech sv
<Kund>
  <Kundnummer>{{tenl}}</Kundnummer>
  <Namn>Hedvig Sund</Namn>
  <Personnummer>[[pnr:l]]</Personnummer>
  <Telefon>{{tel:se,plain}}</Telefon>
</Kund>

=== hand-tech sv
personnummer,fornamn,efternamn,postnr
[[pnr:l]],Arvid,Nord,{{digits:5}}
[[pnr:l]],Selma,Björk,{{digits:5}}
[[pnr:l,samo]],Dawit,Tesfaye,{{digits:5}}

=== hand-tech sv
# Testdata – Skatteverkets testpersonnummer får användas, riktiga får inte
TEST_PNR = "[[pnr:ld]]"  # FEL: det här är en riktig kollegas nummer, byt!
ORDER_ID = "{{tenl}}"

=== hand-tech da
-- sikkerhedskopi af tabellen 'foraeldre' (delvis)
| id   | navn            | cpr          | barn_cpr     |
|------|-----------------|--------------|--------------|
| {{digits:4}} | Tanja Mørch     | [[cpr]]  | [[cpr:nomod,kid]]  |
| {{digits:4}} | Hussein Ali     | [[cpr]]  | [[cpr:kid]]  |

=== hand-tech da
Apache access log (udklip)
10.2.4.17 - - [27/Nov/2026:11:02:44 +0100] "GET /sag/{{ten}}/dokumenter HTTP/1.1" 200 5132
10.2.4.17 - - [27/Nov/2026:11:02:47 +0100] "POST /borger/[[cpr:plain]]/samtykke HTTP/1.1" 302 0
10.2.4.23 - - [27/Nov/2026:11:03:01 +0100] "GET /faktura/{{ten}}.pdf HTTP/1.1" 200 48211

=== hand-tech sv
journalctl -u integration
nov 30 02:00:01 srv03 integration[991]: startar export till Försäkringskassan, batch {{digits:8}}
nov 30 02:00:04 srv03 integration[991]: post 42: samordningsnummer=[[pnr:l,samo]] ok
nov 30 02:00:04 srv03 integration[991]: post 43: personnummer saknas, ärende {{tenl}} hoppas över

=== hand-tech da
git log --oneline
{{digits:7}}a Fjern testperson med cpr fra fixtures
{{digits:7}}b Ret sortering af fakturanr. ({{ten}} før {{ten}})
{{digits:7}}c Tilføj P-nr. {{pnum}} til stamdata

=== hand-tech da
ndjson-eksport fra CRM:
{"type":"kontakt","id":{{ten}},"cpr":null,"tlf":"{{tel:dk,plain}}"}
{"type":"kontakt","id":{{ten}},"cpr":"[[cpr:plain]]","tlf":"{{tel:dk,plain}}"}
{"type":"kontakt","id":{{ten}},"cpr":"[[cpr:plain]]","tlf":null}

=== hand-tech sv
Excel-formel som kollegan klistrade in:
=OM(LÄNGD(A2)=12;VÄNSTER(A2;8)&"-"&HÖGER(A2;4);A2)   // A2 = [[pnr:l]]

=== hand-tech da
curl -s -X POST https://api.lonportal.dk/v1/ansatte \
  -H "Authorization: Bearer {{digits:20}}" \
  -d '{"cpr":"[[cpr]]","navn":"Kim Lassen","startdato":"{{date:iso}}"}'

=== hand-tech sv
Felmeddelande i Visma: "Personnummer {{badpnr:plain}} har felaktig kontrollsiffra." Kontrollera uppgiften
mot ID-handlingen.

=== hand-tech da
Regex i vores DLP-regel (dokumentation): \b\d{6}-?\d{4}\b matcher fx ordrenr. {{ten}} – derfor falske hits.
"""
