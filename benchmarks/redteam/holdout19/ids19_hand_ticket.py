"""Hand-written v19 documents: ticketing/CRM/helpdesk exports (Zendesk, Jira, ServiceNow, Freshdesk style), logs,
JSON/XML/YAML/SQL dumps and stack traces."""

BANK = r"""
=== ticket da
Ticket #⟨zdt⟩ · Status: Åben · Prioritet: Normal
Anmoder: ⟨dan#a⟩ <⟨dalast⟩@mail.dk>
Oprettet: ⟨isodt⟩
---
⟨dan#a⟩ skrev:
Hej, jeg kan ikke logge ind på lønsedlerne. Mit cpr er ⟦cpr:n⟧ hvis i skal slå mig op.
---
Intern note (agent ⟨dan⟩): Fundet i Silkeborg Data, nulstillet adgang. Lukker om 3 dage.

=== ticket sv
[SUP-4471] Fel personnummer i Agda efter import
Typ: Bugg   Prioritet: Hög   Rapportör: ⟨svn⟩
Beskrivning:
Importfilen från Visma har lagt in ⟦pnr:ld⟧ på två anställda. Den ena ska ha ⟦pnr:ld⟧ enligt anställningsavtalet.
Kommentarer:
⟨svn⟩ - ⟨date⟩ ⟨time⟩: Rättat manuellt. Orsak: dublett i kolumn C.

=== ticket en
INC⟨n8⟩ | Category: HR Systems | Assignment group: Nordic Payroll L2
Caller: ⟨enn⟩
Short description: Danish CPR rejected by Workday
Description: Worker id ⟨n6⟩ cannot be saved, validation says "CPR invalid" for ⟦cpr:jan1⟧. Born on 1 January, the
number has no modulus-11 check. Please relax the rule.
Work notes: Confirmed with Skat guidance, created change CHG⟨n8⟩.

=== ticket sv
Ärende 2026-⟨n5⟩ · Kanal: E-post · Kö: Kundtjänst Elnät
Kund: ⟨svn⟩ · Kundnr ⟨luhn10⟩ · Mätarnr ⟨meter⟩
Meddelande:
hej vill flytta abonnemanget till min sambo ⟨svn⟩ ⟦pnr⟧ från första nästa månad. mitt eget pnr är ⟦pnr:s⟧
Svar (⟨svn⟩): Vi har tagit emot din begäran. Din sambo behöver själv signera med BankID.

=== ticket da
Freshdesk · Ticket ⟨zdt⟩ · Kunde: ⟨dan#a⟩
Tags: flytning, fjernvarme
Beskrivning
målernummer ⟨meter⟩ aflæst til 18432 ved fraflytning. ny lejer overtager. mvh ⟨dan#a⟩ (⟦cpr⟧)
Agentsvar
Tak, vi har registreret slutaflæsningen. Din slutopgørelse sendes til e-Boks.

=== ticket en
Jira · PAY-⟨n3⟩ · "Payslip shows wrong tax card"
Reporter: ⟨pln⟩ | Components: DK payroll
Steps to reproduce:
1. Open employee ⟨n5⟩ (CPR ⟦cpr⟧)
2. Go to Tax card > e-Skattekort
3. Card from ⟨date⟩ is not loaded
Expected: primary card. Actual: secondary card at 55 %.
Attachment: skattekort_⟨n5⟩.pdf

=== log da
2026-11-02 08:14:03,512 INFO  [borgerportal] login ok user=⟨n6⟩ mitid_uuid=⟨guid⟩
2026-11-02 08:14:09,007 INFO  [borgerportal] opslag cpr=⟦cpr:n⟧ resultat=1
2026-11-02 08:14:09,233 WARN  [cpr-gw] langsom svartid 2312 ms req=⟨dt14⟩
2026-11-02 08:14:11,871 INFO  [borgerportal] opslag cpr=⟦cpr:n⟧ resultat=0
2026-11-02 08:14:12,002 DEBUG [audit] seq=⟨seq⟩ hash=⟨hash⟩

=== log sv
Nov 03 10:22:41 app01 kassa-api[2211]: POST /api/v2/kunder 201 12ms
Nov 03 10:22:41 app01 kassa-api[2211]: created customer id=⟨luhn10⟩ ssn=⟦pnr:l⟧
Nov 03 10:22:42 app01 kassa-api[2211]: seq ⟨seq⟩ committed
Nov 03 10:22:45 app01 kassa-api[2211]: GET /api/v2/kunder?personnummer=⟦pnr:l⟧&include=avtal 200 8ms
Nov 03 10:22:45 app01 kassa-api[2211]: trace_id=⟨hash⟩

=== log en
192.0.2.14 - - [03/Nov/2026:09:12:55 +0100] "GET /borger/sag?cpr=⟦cpr:n⟧&vis=alle HTTP/1.1" 200 4312 "-" "Mozilla/5.0"
192.0.2.14 - - [03/Nov/2026:09:12:56 +0100] "GET /static/app.⟨hash⟩.js HTTP/1.1" 200 88123 "-" "Mozilla/5.0"
198.51.100.7 - - [03/Nov/2026:09:13:02 +0100] "GET /api/status?ts=⟨epochms⟩ HTTP/1.1" 200 17 "-" "curl/8.4"
192.0.2.14 - - [03/Nov/2026:09:13:40 +0100] "POST /borger/sag/⟨cprlike⟩/noter HTTP/1.1" 302 0 "-" "Mozilla/5.0"

=== trace en
Traceback (most recent call last):
  File "/srv/hr/import_staff.py", line 212, in <module>
    main()
  File "/srv/hr/import_staff.py", line 188, in main
    row = validate(rec)
  File "/srv/hr/validators.py", line 41, in validate
    raise ValueError(f"bad personnummer {rec['pnr']!r} for {rec['name']!r}")
ValueError: bad personnummer '⟦pnr:ld⟧' for '⟨svn⟩'

=== trace en
java.lang.IllegalStateException: Duplicate key Borger[cpr=⟦cpr⟧, navn=⟨dan⟩] (attempted merging values
⟨dan⟩ and ⟨dan⟩)
	at java.base/java.util.stream.Collectors.duplicateKeyException(Collectors.java:135)
	at dk.kommune.ydelse.BorgerIndex.build(BorgerIndex.java:77)
	at dk.kommune.ydelse.Batch.run(Batch.java:40)
Caused by: job ⟨cprlike⟩ started ⟨dkstamp⟩

=== json sv
{"event":"applicant.created","id":"⟨guid⟩","ts":⟨epoch⟩,
 "data":{"name":"⟨svn⟩","personalNumber":"⟦pnr:l⟧","phone":"⟨seph⟩",
 "coApplicant":{"name":"⟨svn⟩","personalNumber":"⟦pnr:l⟧"},
 "ref":"⟨luhn12⟩"}}

=== json da
[
  {"medarbejderId": ⟨n5⟩, "navn": "⟨dan⟩", "cpr": "⟦cpr⟧", "afdeling": "IT"},
  {"medarbejderId": ⟨n5⟩, "navn": "⟨dan⟩", "cpr": "⟦cpr⟧", "afdeling": "IT"},
  {"medarbejderId": ⟨n5⟩, "navn": "⟨dan⟩", "cpr": null, "afdeling": "Salg"},
  {"medarbejderId": ⟨n5⟩, "navn": "⟨dan⟩", "cpr": "⟦cpr:n⟧", "afdeling": "Salg"}
]

=== xml da
<?xml version="1.0" encoding="UTF-8"?>
<Indberetning xmlns="urn:oio:skat:eindkomst">
  <Virksomhed><SENummer>⟨cvr⟩</SENummer></Virksomhed>
  <Indkomstmodtager>
    <PersonCPR>⟦cpr:n⟧</PersonCPR>
    <Navn>⟨dan⟩</Navn>
    <AMIndkomst>⟨amount⟩</AMIndkomst>
  </Indkomstmodtager>
  <Indkomstmodtager>
    <PersonCPR>⟦cpr:n⟧</PersonCPR>
    <Navn>⟨dan⟩</Navn>
    <AMIndkomst>⟨amount⟩</AMIndkomst>
  </Indkomstmodtager>
  <Kvittering loebenr="⟨cprlike⟩"/>
</Indberetning>

=== yaml en
# fixtures/staff_se.yml  -- REAL DATA, do not commit!!
- name: ⟨svn⟩
  ssn: "⟦pnr:ld⟧"
  employee_no: ⟨n5⟩
- name: ⟨svn⟩
  ssn: "⟦pnr:ld⟧"
  employee_no: ⟨n5⟩
- name: ⟨svn⟩
  ssn: "⟦pnr:ld,co⟧"
  employee_no: ⟨n5⟩
build: ⟨dt14⟩

=== sql sv
INSERT INTO medlem (id, namn, personnr, medlem_sedan) VALUES
 (⟨n4⟩, '⟨svn⟩', '⟦pnr⟧', '2019-03-01'),
 (⟨n4⟩, '⟨svn⟩', '⟦pnr⟧', '2021-09-15'),
 (⟨n4⟩, '⟨svn⟩', '⟦pnr:cent⟧', '1988-01-01'),
 (⟨n4⟩, '⟨svn⟩', '⟦pnr⟧', '2024-06-30');
-- next id seq: ⟨seq⟩

=== sql da
mysql> SELECT kunde_id, navn, cpr, oprettet FROM kunder WHERE navn LIKE '%⟨dalast⟩%';
+------------+-------------------+------------+---------------------+
| kunde_id   | navn              | cpr        | oprettet            |
+------------+-------------------+------------+---------------------+
| ⟨cprlike⟩ | ⟨dan⟩ | ⟦cpr:n⟧ | 2024-02-11 10:03:55 |
| ⟨cprlike⟩ | ⟨dan⟩ | ⟦cpr:n⟧ | 2025-07-30 14:41:09 |
+------------+-------------------+------------+---------------------+
2 rows in set (0.01 sec)

=== sql en
ERROR:  duplicate key value violates unique constraint "person_ssn_key"
DETAIL:  Key (ssn)=(⟦cpr:n⟧) already exists.
CONTEXT:  COPY person, line 4412: "⟨n5⟩,⟨dan⟩,⟦cpr:n⟧,DK"

=== log sv
[2026-11-04T06:00:01.223Z] job=lonekorning run=⟨isodt⟩ start
[2026-11-04T06:00:03.901Z] AGI rad 14: fel i fält 215 (personnummer) värde=⟦pnr:l⟧ orsak=saknar_skattetabell
[2026-11-04T06:00:03.902Z] AGI rad 15: OK
[2026-11-04T06:00:04.117Z] job=lonekorning klar, 212 rader, checksum=⟨hash⟩

=== json en
POST /v1/verify HTTP/1.1
Content-Type: application/json
{"country":"FI","nationalId":"⟦hetu⟧","callback":"https://app.example.test/cb?session=⟨guid⟩"}

=== ticket no
Sak #⟨zdt⟩  Kø: Lønn Norge
Fra ansatt ⟨non⟩: Hei, har fått feil skattetrekk. Fødselsnummeret mitt er ⟦fnr⟧ og ansattnummer ⟨n5⟩.
Svar: Vi har hentet nytt skattekort fra Skatteetaten. Rettes på neste lønn.
=== xml sv
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
 <soapenv:Body>
  <ns2:HamtaPersonSvar xmlns:ns2="urn:se:navet:personpost">
   <Personpost>
    <PersonId><PersonNr>⟦pnr:l⟧</PersonNr></PersonId>
    <Namn><Fornamn>⟨svn⟩</Fornamn></Namn>
    <Folkbokforingsadress><Postnummer>⟨n5⟩</Postnummer></Folkbokforingsadress>
    <Relationer><Relation><Typ>B</Typ><PersonNr>⟦pnr:l,kid⟧</PersonNr></Relation></Relationer>
   </Personpost>
   <Transaktion id="⟨guid⟩" tid="⟨isodt⟩"/>
  </ns2:HamtaPersonSvar>
 </soapenv:Body>
</soapenv:Envelope>

=== xml da
<Patient>
  <Identifier system="urn:oid:1.2.208.176.1.2">⟦cpr:n⟧</Identifier>
  <Name>⟨dan⟩</Name>
  <Encounter id="⟨cprlike⟩" start="⟨dt14⟩"/>
  <Practitioner ydernummer="⟨n6⟩" tlf="⟨dkph⟩"/>
</Patient>

=== yaml sv
apiVersion: v1
kind: ConfigMap
metadata:
  name: bankid-test-users
data:
  # testanvändare, OBS: den andra är en riktig kollega (⟨svn⟩), byt ut!
  user1_pnr: "⟨badpnr⟩"
  user2_pnr: "⟦pnr:l⟧"
  retries: "3"
  build: "⟨dt14⟩"

=== trace en
Unhandled exception. System.ArgumentException: Personnummer '⟦pnr⟧' har ogiltigt format för fält 'pnr12'.
   at Lon.Import.AgiRad.Validera(String personnummer) in C:\build\⟨hash⟩\AgiRad.cs:line 88
   at Lon.Import.Program.Main(String[] args) in C:\build\⟨hash⟩\Program.cs:line 31
Correlation: ⟨guid⟩

=== trace en
panic: runtime error: index out of range [10] with length 10
goroutine 1 [running]:
main.parseCPR({0xc000012345, 0xa})
	/app/cpr.go:27 +0x1d4
main.main()
	/app/main.go:14 +0x65 (input "⟦cpr:n⟧", line 3 of borgere.csv)
exit status 2
"""
