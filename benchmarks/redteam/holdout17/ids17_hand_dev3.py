"""Hand-written v17 documents, third sitting: more developers' artefacts."""

BANK = r"""
=== hand-sql da
psql> \x
Expanded display is on.
psql> SELECT * FROM laaner WHERE navn LIKE 'Jeppe%';
-[ RECORD 1 ]-+---------------------
sag_id        | ⟨n6⟩
cpr           | ⟦cpr:d⟧
navn          | Jeppe Lausen
oprettet_unix | ⟨epoch⟩

=== hand-sql sv
-- backup 2025-11-30, tabell vardnadshavare
(⟨n4⟩,'⟦pnr:ld⟧','⟦pnr:ld⟧','Maja och Hugo'),
(⟨n4⟩,'⟦pnr:ld⟧',NULL,'Leo'),

=== hand-json da
Webhook fra MitID-broker (log, debug-niveau):
{"sub":"⟨luhn12⟩","cpr":"⟦cpr:n⟧","name":"Trine Nørgaard","loa":"substantial","iat":⟨epoch⟩,"exp":⟨epoch⟩}

=== hand-json en
GraphQL response:
{"data":{"member":{"id":"⟨n6⟩","fodselsnummer":"⟦fnr⟧","name":"Eirik Moe","phone":"⟨noph⟩"}}}

=== hand-json fi
{"asiakas":{"nimi":"Sanna Lehtonen","hetu":"⟦hetu:kid,new⟧","huoltaja":{"nimi":"Petri Lehtonen","hetu":"⟦hetu⟧"}},"viite":"⟨ocr⟩"}

=== hand-url sv
Referer: https://ansokan.example.se/steg3?personnummer=⟦pnr:l⟧&belopp=⟨n6⟩&ref=⟨luhn10⟩

=== hand-url da
[Slack] #drift: Nogen der ved hvorfor https://intra.example.dk/hr/medarbejder/⟦cpr:d⟧/loenseddel/2025-11 giver 500? Det er Steffens lønseddel.

=== hand-trace da
AssertionError: forventede alder 67 for cpr=⟦cpr:n,old⟧, fik 66
  File "tests/test_pension.py", line 51, in test_folkepensionsalder

=== hand-trace sv
ValidationError: 1 validation error for Kund
personnummer
  value is not a valid personnummer: '⟨badpnr⟩' (type=value_error)

=== hand-code en
# seed.py - demo data for the clinic booking app
patients = [
    Patient("Lovisa Åberg", pnr="⟦pnr:ld⟧", phone="⟨seph⟩"),
    Patient("Mads Lind", cpr="⟦cpr:d⟧", phone="⟨dkph⟩"),
    Patient("Noora Kallio", hetu="⟦hetu:new⟧", phone="⟨fiph⟩"),
]
NEXT_BOOKING_ID = ⟨cprlike⟩

=== hand-test sv
    [TestCase("⟦pnr:sd#a⟧", "⟦pnr:l#a⟧")]
    [TestCase("⟦pnr:sd,co#b⟧", "⟦pnr:l#b⟧")]   // samordningsnummer
    public void Normaliserar(string input, string expected) => Assert.AreEqual(expected, Pnr.Normalize(input));

=== hand-config no
# .env.staging
ALTINN_ORGNR=⟨noorg⟩
TEST_FNR=⟦fnr⟧   # Kristins eget fødselsnummer, bytt ut med syntetisk!
SMS_AVSENDER=⟨noph⟩

=== hand-diff da
-    cpr = "⟦cpr:d⟧"  # Karen Holst, brugt i demo
+    cpr = os.environ["DEMO_CPR"]
     ordre = "⟨cprlike⟩"

=== hand-commit da
Fjern rigtigt CPR fra fixtures

Nanna opdagede at fixtures/borgere.json indeholdt hendes mors CPR (⟦cpr:sl⟧). Erstattet med syntetiske numre.
Relateret: sag ⟨cprlike⟩, build ⟨stamp12⟩.

=== hand-csv en
"id","name","note"
"⟨n6⟩","Lars Bech","CPR on file: ⟦cpr:d⟧; phone ⟨dkph⟩"
"⟨n6⟩","Ylva Sten","personnummer ⟦pnr:ld⟧, called from ⟨seph⟩ ""about the invoice"" ⟨luhn10⟩"

=== hand-sheet en
Copied from Excel (Payroll Q4):
Employee	Country	National ID	Gross	Tax
Helle Brink	DK	⟦cpr:sd⟧	⟨amt⟩	⟨amt⟩
Stig Moberg	SE	⟦pnr:ld⟧	⟨amt⟩	⟨amt⟩
Liisa Rantanen	FI	⟦hetu⟧	⟨amt⟩	⟨amt⟩
Total			⟨amt⟩	⟨amt⟩

=== hand-wiki en
### Known customers with duplicate records (cleanup in progress)
* ⟦cpr:d⟧ - Ditte Hald, two accounts (⟨n6⟩ and ⟨n6⟩)
* ⟦pnr:sd⟧ - Torbjörn Alm, old address still active
* order ⟨cprdash⟩ is NOT a CPR, ignore the warning from the scanner

=== hand-xml da
<Sag nr="⟨cprlike⟩">
  <Part rolle="ansøger"><Navn>Tove Krogh</Navn><CPR>⟦cpr:en⟧</CPR></Part>
  <Part rolle="barn"><Navn>Liva Krogh</Navn><CPR>⟦cpr:en,kid⟧</CPR></Part>
</Sag>
"""
