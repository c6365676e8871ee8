"""Hand-written invoices, statements and receipts full of other ten-digit numbers."""

BANK = r"""
=== hand-invoice da
FAKTURA
Elinstallatør Brøndum ApS · Industrivej 4 · 9400 Nørresundby
CVR-nr. {{cvr}} · P-nr. {{pnum}} · Tlf. {{tel:dk}}

Fakturanr.: {{digits:6}}          Kundenr.: {{ten}}
Fakturadato: {{date:dk}}          Ordrenr.: {{ten}}

Arbejde udført hos: Villy Bendix, Lærkevej 7
Beløb ekskl. moms {{amount}} · Moms {{amount}} · I alt {{amount}} DKK

Betaling: Reg.nr. {{digits:4}} Kontonr. {{kto}} · FIK +71<{{digits:15}}+{{digits:8}}<
EAN (offentlige kunder): {{ean:dk}}

=== hand-invoice da
Kontoudtog – Nordjysk Andelskasse
Konto {{regkto}}   Periode 01.11.2026–30.11.2026

Dato     Tekst                          Beløb       Saldo
03.11    Overførsel fra {{kto}}         {{amount}}  {{amount}}
05.11    Dankort-køb Netto {{digits:4}}    -{{amount}}  {{amount}}
10.11    BS Forsikring aftale {{ten}}   -{{amount}}  {{amount}}
28.11    Løn, ref. {{ten}}              {{amount}}  {{amount}}

=== hand-invoice da
Regning fra Tandlægerne i Kolding
Patient: Rikke Mølgaard, cpr [[cpr]]
Behandling: Undersøgelse og rens
Tilskud fra den offentlige sygesikring: {{amount}}
Egenbetaling: {{amount}}
Fakturanr. {{ten}} · Betales til {{regkto}} inden 8 dage.

=== hand-invoice da
Ordrebekræftelse

Kunde: Aalborg Kommune, EAN-lokationsnummer {{ean:dk}}
Ordrenr.: {{ten}}   Indkøbsordre: {{ten}}
Leveringsadresse: Plejecentret Solbjerg
Varenr. {{ean:dk}}  Incontinensprodukter, 12 kartoner
Forventet levering {{date:dk}}. Pakkenr. {{sscc}}.

=== hand-invoice da
Kreditnota {{digits:6}}
Vedr. faktura {{digits:6}} af {{date:dk}}
Kunde: Jens Peter Skjold (privat), kundenr. {{ten}}
Kreditering: {{amount}} kr. udbetales til konto {{regkto}}.
Spørgsmål: ring {{tel:dk}}.

=== hand-invoice da
Huslejeopkrævning december
Lejer: Mona Eskildsen
Lejemålsnr.: {{digits:8}}-{{digits:3}}
Husleje {{amount}} · Varme a conto {{amount}} · Vand {{amount}}
Indbetales via Betalingsservice. Debitornr. {{ten}}. PBS-nr. {{digits:8}}.

=== hand-invoice da
Lønsedel november 2026
Arbejdsgiver: Randers Bogtryk A/S, CVR {{cvr}}, SE-nr. {{cvr}}
Medarbejder: Hanne Skov, Medarb.nr. {{digits:5}}, CPR-nr. [[cpr]]
Timeløn {{amount}} · Timer 160,33 · Brutto {{amount}}
AM-bidrag {{amount}} · A-skat {{amount}} · Netto {{amount}}
Udbetalt til NemKonto {{regkto}}

=== hand-invoice sv
FAKTURA
Rörläggar'n i Umeå AB · Org.nr {{orgnr}} · Godkänd för F-skatt
Momsreg.nr SE{{orgnr:plain}}01

Fakturanummer {{digits:6}}       Kundnummer {{tenl}}
Fakturadatum {{date:iso}}        Förfallodatum {{date:iso}}

ROT-avdrag: Köparens personnummer [[pnr:ld]], fastighetsbeteckning Umeå Ålidhem 4:12
Arbetskostnad {{amount}} · Material {{amount}} · ROT-avdrag -{{amount}}
Att betala {{amount}} kr till bankgiro {{bg}}, OCR {{ocr:10}}

=== hand-invoice sv
Kontoutdrag – Sparbanken Nord
Konto {{clearing}}
2026-11-02  Lön {{digits:6}}                    {{amount}}
2026-11-05  Autogiro Telia {{ocr:10}}           -{{amount}}
2026-11-14  Överföring till {{clearing}}        -{{amount}}
2026-11-25  Swish från {{tel:se,plain}}         {{amount}}

=== hand-invoice sv
Påminnelse – obetald faktura

Faktura {{digits:8}} med OCR-nummer {{ocr:10}} är fortfarande obetald. Betala {{amount}} kr till
plusgiro {{pg}} senast {{date:iso}}. Kundnummer: {{tenl}}. Vid frågor ring {{tel:sefix}}.

Inkasso Norrland AB, org.nr {{orgnr}}

=== hand-invoice sv
Kvitto – Tandvården Söder
Patient: Ebba Lindroth ([[pnr]])
Behandling: Undersökning
Högkostnadsskydd: {{amount}}
Patientavgift: {{amount}}
Kvittonr {{tenl}}

=== hand-invoice sv
RUT-avdrag – begäran om utbetalning (utdrag)
Utförare: Städfixarna i Lund AB, org.nr {{orgnr}}
Köpare            Personnummer    Betalt    Begärt
Ulla Persson      [[pnr:l]]    {{amount}}   {{amount}}
Bertil Månsson    [[pnr:l,old]]    {{amount}}   {{amount}}
Faktura {{digits:6}}, betaldatum {{date:iso}}

=== hand-invoice sv
Följesedel
Order {{tenl}}   Kolli 3 av 3   Sändnings-id {{sscc}}
Mottagare: Kristina Hagman, Lövstigen 9, 702 31 Örebro, tel {{tel:se}}
Artikelnr {{ean}}  Vinterjacka dam, stl M   1 st

=== hand-invoice da
Faktura fra Vognmand Kjær
Fragtbrev nr. {{dhl}}
Afsender: Thisted Bryghus A/S, CVR {{cvr}}
Modtager: Restaurant Havnen, P-nr {{pnum}}
Kolli: 14, vægt 380 kg
Beløb {{amount}} kr. · Betal til {{iban:dk,grp}}

=== hand-invoice da
Forsikringsoversigt 2027

Forsikringstager: Lasse Bundgaard, CPR [[cpr]]
Police             Type                 Præmie
{{ten}}       Indbo                {{amount}}
{{ten}}       Bil (CX 21 880)      {{amount}}
{{ten}}       Ulykke               {{amount}}
Samlet årlig præmie {{amount}} kr. Kundenr. {{ten}}.

=== hand-invoice da
Gebyr for fogedforretning
Rekvirent: Inkassofirmaet Nord ApS, CVR {{cvr}}
Skyldner: Bjarke Lund, cpr.nr. [[cpr]]
Fogedsag nr. FS {{digits:5}}/2026
Retsafgift {{amount}} kr., betalt med kvittering {{ten}}.

=== hand-invoice sv
Lönespecifikation
Anställningsnummer {{digits:5}}     Personnummer [[pnr:ld]]
Utbetalningsdag 25/11     Skattetabell 33
Månadslön {{amount}}
Skatt     -{{amount}}
Netto     {{amount}}  till konto {{clearing}}

=== hand-invoice da
Kassebon
Bilka Odense · CVR {{cvr}}
Bon {{digits:4}}-{{digits:4}}-{{ten}}
Medlem: Coop {{ten}}
I alt {{amount}}
Kort: Visa ************{{digits:4}}

=== hand-invoice sv
Faktura från Vårdcentralen Ekeby
Patient: Inez Lindgren, [[pnr:s]]
Besök: {{date:iso}}   Avgift {{amount}} kr
Betalas till bankgiro {{bg}} med OCR {{ocr:10}}.
Fakturan har personnumret tryckt på sig – kasta den inte i vanliga soporna.

=== hand-invoice da
Leverandørliste (fra økonomisystemet)
Kreditor   Navn                      CVR        Konto
{{digits:5}}      Kontorland A/S            {{cvr}}   {{regkto}}
{{digits:5}}      Vaskeriet Nord ApS        {{cvr}}   {{regkto}}
{{digits:5}}      Malerfirmaet Lund (enkeltm.) [[cpr]]   {{regkto}}
(enkeltmandsvirksomheder uden CVR står med ejerens CPR)
"""
