"""Hand-written v19 documents with no true identifier: every number is something else (each has its own label,
column or sentence), also when it passes the CPR, Luhn or fødselsnummer checks; masked and invalid numbers."""

BANK = r"""
=== neg da
Faktura nr. ⟨cprlike⟩                     Side 1 af 1
⟨dalast⟩ VVS ApS · CVR ⟨cvr⟩ · P-nr. ⟨pnum⟩
Kunde nr. ⟨cprlike⟩
Udskiftning af termostat, 2 timer                    ⟨amount⟩
Betales via FIK ⟨fik⟩ senest ⟨date⟩
Bank: reg. ⟨n4⟩ konto ⟨cprlike⟩ · Tlf. ⟨dkph⟩

=== neg sv
Orderbekräftelse ⟨luhn10⟩
Tack för din beställning ⟨date⟩ ⟨time⟩!
Kundnummer: ⟨luhn10⟩   Ordernr: ⟨luhn12⟩
Leverans: PostNord, kollinr ⟨track⟩
Betala till bankgiro ⟨bg⟩, OCR ⟨ocr⟩
Frågor? ⟨seph⟩ · Org.nr ⟨seorg⟩

=== neg en
2026-11-05T07:00:00Z INFO scheduler tick seq=⟨seq⟩
2026-11-05T07:00:00Z INFO run id=⟨guid⟩ started_at=⟨dt14⟩
2026-11-05T07:00:01Z INFO fetched 1,204 records in ⟨n3⟩ ms, etag=⟨hash⟩
2026-11-05T07:00:01Z WARN retry 1/3 for batch ⟨cprlike⟩ (HTTP 503)
2026-11-05T07:00:04Z INFO done, last_modified=⟨epoch⟩

=== neg da
Lotto – kupon
Kuponnr. ⟨coupon⟩   Spilleid ⟨n8⟩
Række 1: 03 11 17 22 28 30 35
Række 2: 01 09 14 19 24 31 36
Trækning lørdag ⟨date⟩ · Kontrolnr. ⟨coupon⟩
Gevinster udbetales til NemKonto.

=== neg sv
Mätaravläsning
Anläggnings-id 735999⟨n8⟩⟨n4⟩
Mätarnummer ⟨meter⟩
Avläst ⟨stamp12d⟩: 48 213 kWh
Nätägare: ⟨svlast⟩ Energi AB, org.nr ⟨seorg⟩, kundtjänst ⟨seph⟩

=== neg da
Jira · KS-⟨n3⟩: CPR-felt skal maskeres i udskrifter
Beskrivelse: På side 2 vises fuldt personnummer. Forventet: ⟨cprmask⟩. Testdata bruger kun fiktive numre
med dag 32, f.eks. ⟨badcpr⟩ og ⟨badcpr⟩, som systemet skal afvise.
Oprettet ⟨isodt⟩ af ⟨dan⟩ · Sprint 41

=== neg sv
Testfall TC-118: ogiltiga personnummer ska avvisas
Indata: ⟨badpnr⟩ (fel kontrollsiffra) -> förväntat: felmeddelande
Indata: ⟨badpnr⟩ (fel kontrollsiffra) -> förväntat: felmeddelande
Indata: ⟨pnrmask⟩ (maskerat) -> förväntat: felmeddelande
Kört ⟨stamp12d⟩ av ⟨svn⟩, resultat: OK

=== neg da
Sporing af pakke
Pakkenummer: ⟨track⟩
Afsender: ⟨dalast⟩ Webshop (CVR ⟨cvr⟩)
⟨date⟩ ⟨time⟩ Pakken er modtaget i pakkecentret
⟨date⟩ ⟨time⟩ Pakken er klar til afhentning i Pakkeshop ⟨n5⟩
Afhentningskode: ⟨n6⟩ · Kundeservice ⟨dkph⟩

=== neg en
Security advisory – rotated API keys
The following key ids were revoked on ⟨date⟩:
  key_⟨cprlike⟩  (payroll export)
  key_⟨luhn10⟩  (SE integration)
Commit ⟨hash⟩ removed the hard-coded secrets. Incident INC⟨n8⟩, contact secops ⟨dkph⟩.

=== neg da
Mødereferat, bestyrelsen i A/B ⟨dalast⟩gården
Tid: ⟨date⟩ kl. 19.00. Til stede: 5 af 7.
1. Regnskab: egenkapital ⟨amount⟩ kr. Ejendommens matr.nr. ⟨n2⟩a. BFE-nr. ⟨n8⟩.
2. Vaskeri: Nyt kort-system, kortnr. trykkes på bagsiden (10 cifre, fx ⟨cprlike⟩).
3. Ejendomsmægler ⟨dan⟩, tlf. ⟨dkph⟩, har vurderet andelsværdien.

=== neg sv
Svar från Skatteverket (automatiskt)
Vi har tagit emot ditt ärende. Ärendenummer: ⟨luhn12d⟩
Ange ärendenumret om du kontaktar oss. Skicka aldrig ditt personnummer via e-post.
Mottaget ⟨stamp12⟩

=== neg no
Faktura fra ⟨non⟩ Rør AS
Org.nr ⟨noorg⟩ MVA
KID: ⟨kid⟩
Kontonr. 1503.⟨n2⟩.⟨n5⟩
Forfall ⟨date⟩ · Beløp kr ⟨amount⟩ · Tlf ⟨noph⟩

=== neg fi
Lasku ⟨n6⟩
⟨fin⟩ Oy, Y-tunnus ⟨ytun⟩
Viitenumero ⟨n10⟩
IBAN FI⟨n2⟩ ⟨n4⟩ ⟨n4⟩ ⟨n4⟩ ⟨n2⟩
Eräpäivä ⟨date⟩ · Asiakaspalvelu ⟨fiph⟩
Virheellinen henkilötunnus lomakkeella (⟨badhetu⟩) – pyydämme oikean.

=== neg sv
Parkeringsbot (kontrollavgift)
Avgiftsnr ⟨luhn10⟩ · Utfärdad ⟨stamp12⟩
Reg.nr GHT 4⟨n2⟩ · Zon ⟨n4⟩
Betala till bankgiro ⟨bg⟩ med OCR ⟨ocr⟩ inom 8 dagar.

=== neg da
Elregning – Forbrugsoversigt
Målernummer: ⟨meter⟩   Målepunkts-ID: 571313⟨n8⟩⟨n4⟩
Kundenr.: ⟨cprlike⟩
Periode ⟨date⟩ – ⟨date⟩: 1.204 kWh
Aflæsningstidspunkt: ⟨dkstamp⟩
Betalingsservice: PBS-nr ⟨n8⟩, debitorgruppe 00001

=== neg en
Zendesk export – tickets.csv (first rows)
id,created_at,requester,subject,status
⟨cprlike⟩,⟨isodt⟩,⟨enn⟩,"Can't log in",solved
⟨cprlike⟩,⟨isodt⟩,⟨enn⟩,"Invoice copy",open
⟨cprlike⟩,⟨isodt⟩,⟨enn⟩,"Change of address",pending
(ticket ids are 10-digit since the migration)

=== neg da
Kassebon · Føtex ⟨dacity⟩
Bon nr. ⟨n4⟩  Kasse 07  ⟨date⟩ ⟨time⟩
MÆLK 1L                 12,95
RUGBRØD                 24,00
I ALT               ⟨amount⟩
Dankort ****⟨n4⟩  Trans.nr ⟨cprlike⟩
Medlemsnr. ⟨cprlike⟩ · CVR ⟨cvr⟩

=== neg sv
Inloggningshistorik
⟨stamp12d⟩ BankID ok (enhet ⟨guid⟩)
⟨stamp12d⟩ BankID ok (enhet ⟨guid⟩)
⟨stamp12d⟩ misslyckad inloggning, sessions-id ⟨luhn10⟩
Kontakta oss på ⟨seph⟩ om du inte känner igen inloggningen.

=== neg da
Tlf.liste – Driftsafdelingen
⟨dan⟩   ⟨dkph⟩
⟨dan⟩   ⟨dkph⟩
⟨dan⟩   ⟨dkph⟩
Vagttelefon (døgn) ⟨dkph⟩ · Lokal ⟨n4⟩
Svensk leverandør ⟨seph⟩ · Norsk leverandør ⟨noph⟩ · Finsk service ⟨fiph⟩

=== neg en
Unit test output
test_cpr_masking ... ok  (input masked to ⟨cprmask⟩)
test_rejects_day_32 ... ok (⟨badcpr⟩)
test_rejects_bad_fnr ... ok (⟨badfnr⟩)
test_rejects_bad_hetu ... ok (⟨badhetu⟩)
Ran 4 tests in 0.0⟨n2⟩s · build ⟨dt14⟩ · commit ⟨hash⟩

=== neg sv
Utskick: Vinnare i julkalendern
Vinnande lottnummer: ⟨coupon⟩, ⟨coupon⟩ och ⟨coupon⟩.
Vinsterna hämtas i receptionen senast ⟨date⟩. Frågor: ⟨seph⟩.

=== neg da
Ordrebekræftelse (EDI, flad fil)
UNH+⟨n6⟩+ORDERS:D:96A:UN'
BGM+220+⟨cprlike⟩+9'
DTM+137:⟨dt14⟩:204'
NAD+BY+⟨ean⟩::9'
NAD+SU+⟨ean⟩::9'
LIN+1++⟨ean⟩:EN'
QTY+21:⟨n2⟩'

=== neg sv
Lönespecifikation – sammandrag (maskerad för utskick)
Anställd: ⟨svn⟩, personnr ⟨pnrmask⟩
Anst.nr ⟨n5⟩ · Löneperiod 2026-11 · Utbetalningsdag ⟨date⟩
Bruttolön ⟨amount⟩ · Skatt ⟨amount⟩ · Nettolön ⟨amount⟩
Utbetalas till konto ⟨clkto⟩

=== neg da
Sikkerhedshændelse – sporing
Hændelses-ID: ⟨guid⟩
Første log: ⟨epochms⟩ (ms)
Påvirkede records: 0 (kun tekniske felter). Eksempel på masket felt: cpr=⟨cprmask⟩
Log-sekvens ⟨seq⟩ – ⟨seq⟩

=== neg en
Shipping manifest
SSCC 00⟨n8⟩⟨n10⟩ · Waybill ⟨cprlike⟩ · Booking ⟨luhn10⟩
Consignee: ⟨dalast⟩ Logistik A/S, CVR ⟨cvr⟩, ⟨dacity⟩
Contact ⟨dkph⟩ / ⟨seph⟩
Pickup window ⟨isodt⟩ – ⟨isodt⟩

=== neg no
Strømavregning
Målepunkt-ID 70705⟨n8⟩⟨n5⟩
Målernr ⟨meter⟩
Kundenr ⟨kid⟩
Avlest ⟨date⟩ · Netteier org.nr ⟨noorg⟩

=== neg da
SMS-kode: ⟨n6⟩ er din engangskode til MitID. Del den aldrig. Ref ⟨cprlike⟩.

=== neg sv
Protokoll från årsstämma i ⟨svlast⟩ Fastigheter AB, org.nr ⟨seorg⟩
§ 7 Beslöts att utdelning om ⟨amount⟩ kr ska betalas via Euroclear, avstämningsdag ⟨date⟩.
§ 8 Styrelseledamöter omvaldes. Aktiebok förs av bolaget, aktienummer 1–⟨n5⟩.
Justeras: ⟨svn⟩ · ⟨svn⟩
"""
