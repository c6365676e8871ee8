"""Hand-written v18 documents with no true identifier (hard negatives only) and mixed probes."""

BANK = """
=== neg da
Faktura nr. ⟨cprlike⟩

Kunde: Bryghuset Ravn ApS, CVR ⟨cvr⟩
Kundenr.: ⟨cprdash⟩
Levering: ⟨date⟩
Betales via FIK ⟨fik⟩
Beløb i alt inkl. moms: ⟨amount⟩ kr.
Bank: reg. ⟨regkto⟩, IBAN ⟨iban⟩

=== neg sv
Fakturaunderlag mars - Götaälv Städservice AB

Kundnummer  Fakturanr     OCR             Belopp
⟨luhn10⟩  ⟨luhn12d⟩ ⟨ocr⟩  ⟨amount⟩
⟨luhn10⟩  ⟨luhn12d⟩ ⟨ocr⟩  ⟨amount⟩
⟨luhn10⟩  ⟨luhn12d⟩ ⟨ocr⟩  ⟨amount⟩
Bankgiro ⟨bg⟩  Plusgiro ⟨pg⟩  Org.nr ⟨seorg⟩

=== neg da
Re: Mødeindkaldelse - ny tid

Hej alle
Mødet flyttes til ⟨date⟩ kl. ⟨time⟩. Ring ind på ⟨dkph⟩ eller ⟨dkph⟩.
Logfilen fra sidste møde hedder mote_⟨dkstamp⟩.txt
Hilsen
Gitte

=== neg sv
Telefonlista kontoret Göteborg

Reception      ⟨seph⟩
Lön            ⟨seph⟩
IT-support     ⟨seph⟩
Norge-kontoret ⟨noph⟩
Helsingfors    ⟨fiph⟩
Köpenhamn      ⟨dkph⟩

=== neg da
Kvittering for indbetaling

Betalings-id: ⟨cprlike⟩
Tidspunkt: ⟨epoch⟩ (unix)
Modtager: Dansk Bogholderi Centralen ApS, CVR ⟨cvrsp⟩, P-nr. ⟨pnum⟩
Beløb: ⟨amount⟩ kr.

=== neg en
Ticket #⟨n5⟩ - Payroll export failing

Steps: run export at ⟨dkstamp⟩ (ddmmyyhhmm), job id ⟨cprlike⟩.
Error: "CPR field contains ⟨cprmask⟩ (masked) - export requires unmasked value".
Workaround: none. The masked CPR must not be unmasked in the ticket.
Last successful run: ⟨epochms⟩ ms.

=== neg sv
Lönespecifikation - maskerad kopia

Anställd: ⟨svn⟩
Personnummer: ⟨pnrmask⟩
Anställningsnr: ⟨n5⟩
Utbetalning: ⟨amount⟩ kr till konto ⟨clkto⟩

=== neg da
Fejlliste fra CPR-validering (intern test, ingen rigtige personer)

Række 4: ⟨badcpr⟩ - ugyldig dato
Række 9: ⟨badcpr⟩ - ugyldig dato
Række 11: ⟨cprmask⟩ - maskeret, kan ikke valideres
Alle øvrige rækker OK.

=== neg sv
Kontrollrapport personnummer (felaktiga)

⟨badpnr⟩  fel kontrollsiffra
⟨badpnr⟩  fel kontrollsiffra
⟨pnrmask⟩  maskerat
Dessa nummer är felaktiga och har skickats tillbaka till avsändaren.

=== neg fi
Laskutustiedot

Yritys: Nordlys Oy, Y-tunnus ⟨ytun⟩
Viitenumero: ⟨ocr⟩
Puhelin: ⟨fiph⟩
Virheellinen henkilötunnus hylätty: ⟨badhetu⟩ (tarkiste väärä)

=== neg no
Faktura fra Fjordkraft

KID: ⟨kid⟩
Kundenummer: ⟨n8⟩
Org.nr: ⟨noorg⟩
Telefon: ⟨noph⟩
Feil fødselsnummer i registeret: ⟨badfnr⟩ (kontrollsiffer stemmer ikke) - vennligst oppgi riktig.

=== neg da
Ordrebekræftelse

Ordre nr. ⟨cprdash⟩, bestilt ⟨date⟩
Sporingsnr. ⟨n10⟩⟨n4⟩
Kunde-tlf. ⟨dkph⟩
Levering til ⟨dastreet⟩, ⟨dacity⟩
EAN ⟨ean⟩

=== neg sv
Loggutdrag från passersystemet

⟨stamp12⟩ kort ⟨luhn10⟩ dörr 3 OK
⟨stamp12⟩ kort ⟨luhn10⟩ dörr 3 OK
⟨stamp12d⟩ kort ⟨luhn10⟩ dörr 1 NEKAD
Larmnummer ⟨seph⟩

=== neg en
Policy schedule - Contents insurance

Policy number: ⟨cprlike⟩
Claim reference: ⟨cprdash⟩
Policyholder: ⟨enn⟩
Premium: DKK ⟨amount⟩ per year
Phone: ⟨dkph⟩

=== neg da
Regnskab for foreningen 2025

Bilag  Dato        Tekst                     Beløb
⟨n4⟩   ⟨date⟩  Kontingent                ⟨amount⟩
⟨n4⟩   ⟨date⟩  Lokaleleje                ⟨amount⟩
⟨n4⟩   ⟨date⟩  Gebyr, konto ⟨regkto⟩  ⟨amount⟩
Revideret af ⟨dan⟩ og ⟨dan⟩.

=== neg sv
Skattekontoutdrag (utdrag)

Organisationsnummer ⟨seorg⟩
Betalningsreferens (OCR) ⟨luhn12⟩
Inbetalning via bankgiro ⟨bg⟩
Saldo ⟨amount⟩ kr

=== neg en
Re: Webinar registration confirmation

Thank you for registering. Your registration ID is ⟨luhn10d⟩. Dial-in: ⟨seph⟩ / ⟨dkph⟩ / ⟨noph⟩.
Event starts ⟨stamp12⟩ (UTC, yyyymmddhhmm).

=== neg da
Forsikringsskade - anmeldelse modtaget

Skadenr.: ⟨cprlike⟩
Policenr.: ⟨cprdash⟩
Anmeldt: ⟨date⟩ kl. ⟨time⟩
CPR: oplyses ikke på skadeanmeldelsen - vi finder dig via policenummeret.
Tlf. ⟨dkph⟩

=== neg no
Påminnelse om betaling

Fakturanr. ⟨kid⟩ (KID ⟨kid⟩) forfaller ⟨date⟩.
Kontonummer: ⟨n4⟩.⟨n2⟩.⟨n5⟩
Spørsmål? Ring ⟨noph⟩.
"""
