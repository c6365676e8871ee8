"""Hand-written v17 documents: developers' and IT artefacts (SQL, JSON, XML, URLs, traces)."""

BANK = r"""
=== hand-sql da
-- Dump af tabel borger (udtræk til testmiljø, MÅ IKKE committes)
INSERT INTO borger (id, cpr, fornavn, efternavn, postnr) VALUES
  (1041, '⟦cpr:n⟧', 'Kirsten', 'Dahl', '8000'),
  (1042, '⟦cpr:n⟧', 'Jesper', 'Bruun', '2100'),
  (1043, '⟦cpr:n,kid⟧', 'Asta', 'Bruun', '2100');

=== hand-sql sv
INSERT INTO kund(kundnr, personnummer, namn, skapad) VALUES (⟨luhn10⟩, '⟦pnr:l⟧', 'Elin Ström', '2024-03-02 11:04:55');
INSERT INTO kund(kundnr, personnummer, namn, skapad) VALUES (⟨luhn10⟩, '⟦pnr:l,co⟧', 'Dariusz Nowak', '2024-03-02 11:05:12');
-- kundnr är löpnummer med kontrollsiffra, inte personnummer

=== hand-sql en
mysql> SELECT id, ssn_dk, created_at FROM applicants WHERE id IN (88, 91);
+----+-------------+---------------------+
| id | ssn_dk      | created_at          |
+----+-------------+---------------------+
| 88 | ⟦cpr:d⟧ | 2025-11-02 08:14:09 |
| 91 | ⟦cpr:d⟧ | 2025-11-02 09:40:51 |
+----+-------------+---------------------+
2 rows in set (0.00 sec)

=== hand-sql sv
UPDATE patient SET pnr = '⟦pnr:ld⟧' WHERE patient_id = ⟨cprlike⟩;
-- patient_id är intern nyckel (bigint), inte ett personnummer

=== hand-sql da
COPY public.medlem (medlem_id, cpr_nr, indmeldt) FROM stdin;
⟨cprlike⟩	⟦cpr:n⟧	2019-04-01
⟨cprlike⟩	⟦cpr:n,old⟧	2003-09-15
⟨cprlike⟩	⟦cpr:n⟧	2021-01-11
\.

=== hand-sql en
ERROR:  duplicate key value violates unique constraint "person_national_id_key"
DETAIL:  Key (national_id)=(⟦pnr:ld⟧) already exists.
CONTEXT:  COPY person, line 4112
STATEMENT:  INSERT INTO person (national_id, country) VALUES ($1, 'SE')

=== hand-sql da
SELECT * FROM ordre WHERE ordre_nr = '⟨cprlike⟩';
-- NB: ordrenumre i det gamle system er 10 cifre og ligner cpr-numre. Det er de ikke.
-- 0 rows

=== hand-sql no
-- migrering av ansattregister
INSERT INTO ansatt (ansattnr, fodselsnummer, navn) VALUES (⟨n4⟩, '⟦fnr⟧', 'Ingrid Haugen');
INSERT INTO ansatt (ansattnr, fodselsnummer, navn) VALUES (⟨n4⟩, '⟦fnr:d⟧', 'Tomasz Zielinski');
-- Tomasz har D-nummer inntil videre

=== hand-json en
POST /api/v2/applicants HTTP/1.1
Host: onboarding.internal
Content-Type: application/json

{"firstName":"Mikkel","lastName":"Holm","cpr":"⟦cpr:d⟧","phone":"⟨dkph⟩","orderRef":"⟨cprlike⟩"}

=== hand-json sv
{
  "event": "customer.updated",
  "created": ⟨epoch⟩,
  "data": {
    "customerId": "⟨luhn10⟩",
    "personalNumber": "⟦pnr:l⟧",
    "name": "Karin Lindqvist",
    "mobile": "⟨seph⟩"
  }
}

=== hand-json en
{"level":"error","ts":⟨epochms⟩,"msg":"BankID collect failed","personalNumber":"⟦pnr:l⟧","orderRef":"c1f0a9e2-77b3-4f0e-9a4c-3e5d2b1a0f66","hintCode":"userCancel"}

=== hand-json da
// svar fra /borgere/opslag (forkortet)
[
  {"navn": "Hanne Vestergaard", "cprNummer": "⟦cpr:n⟧", "kommunekode": 751},
  {"navn": "Oliver Vestergaard", "cprNummer": "⟦cpr:n,kid⟧", "kommunekode": 751},
  {"navn": "Ukendt", "cprNummer": "⟨cprmask⟩", "kommunekode": null}
]

=== hand-json en
{
  "employees": [
    {"name": "Anna Lund", "country": "SE", "nationalId": "⟦pnr:ld⟧"},
    {"name": "Jonas Friis", "country": "DK", "nationalId": "⟦cpr:d⟧"},
    {"name": "Sigrid Bakke", "country": "NO", "nationalId": "⟦fnr⟧"},
    {"name": "Aino Virtanen", "country": "FI", "nationalId": "⟦hetu⟧"}
  ],
  "payrollRun": ⟨stamp12⟩
}

=== hand-json en
{"webhook":"invoice.paid","invoice":{"number":"⟨cprlike⟩","amount":⟨n6⟩,"currency":"DKK","customer":{"cvr":"⟨cvr⟩","ean":"⟨ean⟩"}},"sent_at":⟨epoch⟩}

=== hand-json sv
Request body loggad av gatewayn (maskning avstängd i test!):
{"sokande":{"personnummer":"⟦pnr:sd⟧","namn":"Ebba Sandberg"},"medsokande":{"personnummer":"⟦pnr:sd⟧","namn":"Viktor Sandberg"},"lanebelopp":2350000}

=== hand-xml da
<?xml version="1.0" encoding="UTF-8"?>
<Indberetning xmlns="urn:oio:skat:eindkomst:1.0">
  <Virksomhed><SENummer>⟨cvr⟩</SENummer></Virksomhed>
  <Indkomstmodtager>
    <CPRNummer>⟦cpr:n⟧</CPRNummer>
    <AMBidrag>4120.00</AMBidrag>
  </Indkomstmodtager>
  <Indkomstmodtager>
    <CPRNummer>⟦cpr:n⟧</CPRNummer>
    <AMBidrag>3877.50</AMBidrag>
  </Indkomstmodtager>
</Indberetning>

=== hand-xml sv
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
 <soap:Body>
  <HamtaPerson>
   <Personid>⟦pnr:l⟧</Personid>
   <Arendenummer>⟨luhn12⟩</Arendenummer>
  </HamtaPerson>
 </soap:Body>
</soap:Envelope>

=== hand-xml en
<patient id="⟨n6⟩">
  <identifier system="urn:oid:1.2.208.176.1.2" value="⟦cpr:n⟧"/>
  <identifier system="urn:oid:1.2.752.129.2.1.3.1" value="⟦pnr:l⟧"/>
  <telecom value="tel:⟨dkph⟩"/>
</patient>

=== hand-xml fi
<henkilo>
  <nimi>Mikko Laaksonen</nimi>
  <henkilotunnus>⟦hetu:new⟧</henkilotunnus>
  <ytunnus>⟨ytunnus⟩</ytunnus>
</henkilo>

=== hand-url en
10.0.4.17 - - [12/Nov/2025:10:41:07 +0100] "GET /api/borger/⟦cpr:n⟧/adresse HTTP/1.1" 200 512 "-" "okhttp/4.9.3"
10.0.4.17 - - [12/Nov/2025:10:41:09 +0100] "GET /api/ordre/⟨cprlike⟩ HTTP/1.1" 404 87 "-" "okhttp/4.9.3"

=== hand-url sv
https://minasidor.example.se/arenden?pnr=⟦pnr:s⟧&arende=⟨luhn10⟩&lang=sv

=== hand-url da
Linket fra supporten virker ikke: https://portal.example.dk/sag/visning?sagsnr=⟨cprlike⟩&cpr=⟦cpr:n⟧#bilag
Kan I se hvorfor? Det er min mors sag.

=== hand-url no
GET /folkeregister/v1/personer/⟦fnr⟧?part=navn,adresse  -> 403 Forbidden (mangler samtykke)

=== hand-trace en
Traceback (most recent call last):
  File "/srv/app/payroll/export.py", line 214, in build_line
    check_cpr(row["cpr"])
  File "/srv/app/payroll/validate.py", line 38, in check_cpr
    raise ValueError(f"invalid CPR {value!r}")
ValueError: invalid CPR '⟨badcpr⟩'

=== hand-trace en
java.lang.IllegalArgumentException: Personnummer ⟦pnr:ld⟧ matchar inte kundens födelsedatum 1971-02-14
	at se.example.kyc.Matcher.verify(Matcher.java:88)
	at se.example.kyc.OnboardingService.start(OnboardingService.java:142)
	at sun.reflect.NativeMethodAccessorImpl.invoke0(Native Method)

=== hand-trace da
2025-10-30 14:02:11,884 ERROR [worker-3] dk.example.ydelse.Beregner - Kunne ikke beregne boligstøtte for cpr ⟦cpr:d⟧ (sag ⟨cprlike⟩): NullPointerException
2025-10-30 14:02:11,885 WARN  [worker-3] dk.example.ydelse.Beregner - retry 1/3 om 30 s

=== hand-trace en
System.FormatException: Input string '⟦hetu⟧' was not in a correct format.
   at System.Number.ThrowOverflowOrFormatException(ParsingStatus status, TypeCode type)
   at Hr.Import.FinnishEmployeeMapper.Map(CsvRow row) in C:\build\src\Hr.Import\FinnishEmployeeMapper.cs:line 57

=== hand-trace en
panic: runtime error: index out of range [10] with length 10

goroutine 7 [running]:
main.parseNorwegianID({0xc00001c0a8, 0xb}) id="⟦fnr⟧"
	/home/ci/go/src/idparse/no.go:41 +0x1d9

=== hand-trace sv
Sentry: TypeError: Cannot read properties of undefined (reading 'postort')
  user: { id: ⟨n6⟩, personnummer: "⟦pnr:sd⟧" }
  release: web@⟨n4⟩.2.1
  timestamp: ⟨epochms⟩
"""
