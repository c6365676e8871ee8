"""Hand-written v17 documents, second sitting: more look-alike-only texts and a few more probes."""

BANK = r"""
=== hand-neg da
Udtræk fra ordresystem (kun ordrenumre, ingen personoplysninger)
ordre_nr;dato;status
⟨cprlike⟩;2025-11-01;afsendt
⟨cprlike⟩;2025-11-02;returneret
⟨cprdash⟩;2025-11-02;annulleret

=== hand-neg en
Stack trace excerpt:
  at Billing.Charge(Int64 invoiceNo = ⟨cprlike⟩, Int64 createdUnix = ⟨epoch⟩)
  at Billing.Run(String tenantCvr = "⟨cvr⟩")

=== hand-neg sv
UPDATE faktura SET betald = 1 WHERE fakturanr IN (⟨luhn10⟩, ⟨luhn10⟩, ⟨luhn10⟩);
-- 3 rows affected (fakturanumren har Luhn-kontrollsiffra)

=== hand-neg en
curl -s "https://api.example.com/v1/orders/⟨cprlike⟩?since=⟨epoch⟩&tenant=⟨cvr⟩" -H "X-Request-Id: ⟨luhn12⟩"

=== hand-neg da
Lægevagten, opkaldslog
⟨dkstamp⟩ indgående ⟨dkph⟩ varighed 04:12
⟨dkstamp⟩ indgående ⟨dkph⟩ varighed 01:55
(første kolonne er dato og klokkeslæt ddmmååttmm)

=== hand-neg sv
Labblista, anonymiserad för kvalitetsregistret
Prov-ID	Analys	Värde
⟨luhn12⟩	Hb	132
⟨luhn12⟩	CRP	<5
⟨luhn12⟩	Krea	88
Personnummer har tagits bort.

=== hand-neg da
Forsikringsoversigt
Police ⟨cprdash⟩: indbo, præmie ⟨amt⟩ kr.
Police ⟨cprdash⟩: bil, præmie ⟨amt⟩ kr.
Skade ⟨cprlike⟩ under behandling.

=== hand-neg sv
Lönefil till banken (ej personnummer, endast anställningsnummer och konto)
⟨n6⟩;⟨n4⟩;⟨luhn10⟩;⟨amt⟩
⟨n6⟩;⟨n4⟩;⟨luhn10⟩;⟨amt⟩

=== hand-neg en
| Build | Started (unix) | Commit | Duration |
|-------|----------------|--------|----------|
| #⟨n4⟩ | ⟨epoch⟩ | 3e9a1f2 | 11m |
| #⟨n4⟩ | ⟨epoch⟩ | 77bd0c9 | 12m |

=== hand-neg no
Betalingsoversikt: KID ⟨kid⟩, KID ⟨kid⟩. Mottaker org.nr ⟨noorg⟩. Spørsmål: ⟨noph⟩.

=== hand-neg da
Tinglysning: dagbogsnummer ⟨dkstamp⟩-⟨n4⟩, ejendomsnr. ⟨n6⟩, købesum ⟨amt⟩ kr., sælgers CVR ⟨cvr⟩.

=== hand-neg sv
Dödsboets bankkonton: clearing ⟨n4⟩ konto ⟨luhn10⟩; clearing ⟨n4⟩ konto ⟨luhn10⟩. Bankgiro för arvode ⟨bg⟩, plusgiro ⟨pg⟩.

=== hand-neg en
Phone list for the Nordic on-call rota:
DK ⟨dkph⟩ / SE ⟨seph⟩ / NO ⟨noph⟩ / FI ⟨fiph⟩ / DK backup ⟨dkph⟩

=== hand-neg fi
Laskut: viitenumero ⟨ocr⟩, Y-tunnus ⟨ytunnus⟩, henkilötunnus ⟨badhetu⟩ hylätty (tarkistusmerkki väärin).

=== hand-neg da
Kunden oplyste cpr ⟨badcpr⟩, men datoen findes ikke. Vi har bedt om det rigtige nummer.

=== hand-neg sv
Ärendelogg
⟨stamp12d⟩ ärende ⟨luhn12d⟩ skapat
⟨stamp12d⟩ ärende ⟨luhn12d⟩ stängt

=== hand-neg en
<invoice><number>⟨cprlike⟩</number><issued>⟨epoch⟩</issued><seller vat="DK⟨cvr⟩"/><buyerRef>⟨luhn10⟩</buyerRef></invoice>

=== hand-neg da
Eksportfil fra kassesystem: kvitteringsnr ⟨dkstamp⟩, EAN ⟨ean⟩, beløb ⟨amt⟩, terminal ⟨n6⟩.

=== hand-neg sv
Anonymiserad dom: Käranden (personnummer ⟨pnrmask⟩) yrkade ersättning med ⟨amt⟩ kr. Mål nr T ⟨n4⟩-24.

=== hand-neg da
Sagen vedrører borger med cpr ⟨cprmask⟩ (maskeret ved udlevering). J.nr. ⟨cprlike⟩.

=== hand-neg no
Fødselsnummer oppgitt: ⟨badfnr⟩ - avvist, kontrollsifrene stemmer ikke.

=== hand-neg en
ALTER TABLE customer ADD COLUMN cpr CHAR(10);  -- column added, no data yet
-- next id: ⟨cprlike⟩

=== hand-neg sv
Kvitto Swish ⟨stamp12⟩ till ⟨seph⟩, meddelande "hyra nov", referens ⟨luhn12⟩

=== hand-legal da
Dødsboskifte - opgørelse
Afdøde: Jørgen Hviid, cpr ⟦cpr:sl,old⟧
Arvinger: Bodil Hviid (enke), cpr ⟦cpr:sl⟧; Ebbe Hviid (søn), cpr ⟦cpr:sl⟧
Boets konto ⟨regkto⟩

=== hand-health da
Medicinliste (FMK-udskrift) for ⟦cpr:en⟧ Aase Winther
Furix 40 mg 1 x morgen
Udskrevet ⟨dkstamp⟩ af læge ⟨n6⟩

=== hand-finance da
Udbetaling af børnepenge 4. kvartal
Modtager: Rikke Skov, ⟦cpr:sd⟧
Børn: Alma Skov ⟦cpr:sd,kid⟧, Carl Skov ⟦cpr:sd,kid⟧
Beløb ⟨amt⟩ kr.

=== hand-pdf da
Ansættelsesbevis   Medarbejder: Peter Holst   CPR: ⟦cpr:dot#a⟧   Stilling: lagermedarbejder   Ansættelsesbevis side 1/2
Ansættelsesbevis   Medarbejder: Peter Holst   CPR: ⟦cpr:dot#a⟧   side 2/2

=== hand-health sv
Remissvar (kopia till patienten)
Patient: Siv Hedlund, ⟦pnr:ld⟧. Telefon ⟨seph⟩, ⟦pnr:plus⟧ är hennes mor (anhörig, informerad).

=== hand-social sv
Utredning LSS
Sökande: Axel Ström, samordningsnummer ⟦pnr:ld,co⟧ (folkbokföring pågår)
God man: Lena Ström, ⟦pnr:ld⟧

=== hand-sql sv
SELECT pnr, namn FROM elev WHERE klass = '7B';
⟦pnr:l,kid⟧ | Ebba Lind
⟦pnr:l,kid⟧ | Hugo Falk
⟦pnr:l,co,kid⟧ | Amir Haddad
(3 rows)

=== hand-code en
// Regression test for issue ⟨n4⟩: Danish CPRs of children born after 2007 (no mod 11)
assertTrue(Cpr.isValid("⟦cpr:d,kid⟧"));
assertTrue(Cpr.isValid("⟦cpr:d,kid⟧"));
assertFalse(Cpr.isValid("⟨badcpr⟩"));

=== hand-nordic sv
Flyttanmälan till Danmark: Ulf Nyberg (⟦pnr:sd⟧) flyttar till Köpenhamn och fick dansk CPR ⟦cpr:en⟧ vid inflyttningen. Hans fru Annika fick sitt CPR ⟦cpr:nm⟧ redan 2015 (CPR-nummer som tilldelats sedan 2007 har inte alltid modulus 11).

=== hand-nordic no
Arbeidstakere på Øresundsbroen-prosjektet (norsk entreprenør)
Jan Nyhus, fnr ⟦fnr⟧
Per Ek, svensk pnr ⟦pnr:ld⟧
Mette Bak, dansk cpr ⟦cpr:sl⟧
Mikko Aho, hetu ⟦hetu:new⟧, D-nummer ⟦fnr:d⟧
"""
