"""Hand-written v17 documents that hold no true identifier: look-alikes with their own label, column or sentence."""

BANK = r"""
=== hand-neg en
{"orderId":"⟨cprlike⟩","createdAt":⟨epoch⟩,"customer":{"id":⟨n6⟩,"phone":"⟨dkph⟩"},"total":"⟨amt⟩"}

=== hand-neg da
INSERT INTO faktura (fakturanr, cvr, ean, beloeb) VALUES ('⟨cprlike⟩', '⟨cvr⟩', '⟨ean⟩', 12500.00);
INSERT INTO faktura (fakturanr, cvr, ean, beloeb) VALUES ('⟨cprlike⟩', '⟨cvr⟩', '⟨ean⟩', 980.00);

=== hand-neg sv
Ordernummer	Datum	Belopp
⟨luhn10⟩	2025-11-03	⟨amt⟩
⟨luhn10⟩	2025-11-04	⟨amt⟩
⟨luhn12⟩	2025-11-04	⟨amt⟩
(ordernumren har kontrollsiffra enligt Luhn)

=== hand-neg en
2025-11-20T08:00:01Z INFO job=nightly-export started_at=⟨epoch⟩ rows=48211 batch=⟨stamp12⟩
2025-11-20T08:04:17Z INFO job=nightly-export finished_at=⟨epoch⟩ duration_ms=256004

=== hand-neg da
Telefonliste, kundeservice
Hovednummer ⟨dkph⟩
Sverige ⟨seph⟩
Norge ⟨noph⟩
Finland ⟨fiph⟩
Fax ⟨dkph⟩

=== hand-neg sv
Betalningsinformation
Bankgiro: ⟨bg⟩
Plusgiro: ⟨pg⟩
OCR: ⟨ocr⟩
Org.nr: ⟨orgnr⟩
Fakturanummer: ⟨luhn10d⟩

=== hand-neg da
Kvittering - FIK-betaling
Betalingslinje: ⟨fik⟩
Kreditor: ⟨cvrsp⟩ (CVR), P-nr. ⟨pnum⟩
Gennemført 0311251742

=== hand-neg en
Our CPR validator rejected these in the migration (they are not real numbers, the dates do not exist):
⟨badcpr⟩
⟨badcpr⟩
⟨badcpr⟩

=== hand-neg sv
Skannad blankett: personnumret är maskerat i vårt system (⟨pnrmask⟩). Kunden har bytt adress. Ärende ⟨luhn12d⟩.

=== hand-neg da
Kære kunde
Dit CPR-nummer vises af sikkerhedshensyn kun delvist: ⟨cprmask⟩. Kundenr. ⟨cprlike⟩. Ring på ⟨dkph⟩ ved spørgsmål.

=== hand-neg no
Faktura fra Hafslund
KID: ⟨kid⟩
Kontonummer: ⟨n4⟩.⟨n4⟩.⟨n4⟩
Org.nr.: ⟨noorg⟩ MVA
Kundenummer: ⟨n6⟩

=== hand-neg fi
Lasku ⟨n6⟩
Y-tunnus ⟨ytunnus⟩
Viitenumero ⟨ocr⟩
Puhelin ⟨fiph⟩
Eräpäivä 15.12.2025

=== hand-neg en
git log --oneline
a9c3f1e Bump version to ⟨n4⟩.0
7e2b0d4 Fix timezone in ⟨epoch⟩-style timestamps
3f0a9c1 Reject HETU ⟨badhetu⟩ (wrong check character) in validator tests

=== hand-neg sv
Personnumret som kunden angav, ⟨badpnr⟩, är felaktigt (kontrollsiffran stämmer inte). Vi har bett om ett nytt.

=== hand-neg no
Fødselsnummeret ⟨badfnr⟩ er ugyldig (kontrollsiffer feil). Ba kunden sjekke på nytt.

=== hand-neg da
Vagtplan uge 48
Rul-nr Medarbejder Fra Til
⟨dkstamp⟩ Vagt A 0600 1400
⟨dkstamp⟩ Vagt B 1400 2200
(rul-nr er dato + klokkeslæt)

=== hand-neg en
Sheet "Prices"
SKU	EAN	Price	Stock
⟨n6⟩	⟨ean⟩	⟨amt⟩	42
⟨n6⟩	⟨ean⟩	⟨amt⟩	7
⟨n6⟩	⟨ean⟩	⟨amt⟩	0

=== hand-neg sv
Kontoutdrag: clearing ⟨n4⟩, konto ⟨luhn10⟩. IBAN ⟨ibanse⟩. Kundnummer ⟨luhn12d⟩.

=== hand-neg da
Ny p-enhed registreret: P-nummer ⟨pnum⟩, tilknyttet CVR ⟨cvr⟩. Adresse: Industrivej 9, 7100 Vejle.

=== hand-neg en
# Postman environment
{"baseUrl":"https://api.example.com","traceId":"⟨luhn12⟩","buildTs":⟨epochms⟩,"tenant":"⟨cvr⟩"}
"""
