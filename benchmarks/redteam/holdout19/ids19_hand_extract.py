"""Hand-written v19 documents: text as extraction leaves it (PDF columns out of order, glued cells, hyphenation,
page headers and footers between a label and its number, XLSX rows as tab/semicolon lines, DOCX tables flattened)."""

BANK = r"""
=== pdf da
Side 1 af 2                                    Bilag 3 til indstilling
Navn                 Adresse
⟨dan#a⟩     ⟨dastreet⟩
CPR-nr.              Postnr./by
⟦cpr#a⟧          ⟨dacity⟩
Ansøgningen vedrører tilskud til briller efter servicelovens § 10 6. Ansøger har oplyst at
indtægten er under grænsen. Kontonr. ⟨regkto⟩ (NemKonto)

=== pdf da
AFGØRELSE OM BOLIGSTØTTE
Vi har behandlet din ansøgning      Dine oplysninger
modtaget den ⟨date⟩ og har          ⟨dan⟩
beregnet din boligstøtte til        ⟦cpr:n⟧
⟨amount⟩ kr. om måneden.            ⟨dastreet⟩
                                    ⟨dacity⟩
Sagsnr. ⟨cprlike⟩                    Journalnr. ⟨n6⟩
Udbetaling Danmark · Side 1/3

=== pdf sv
BESLUT                                  Datum ⟨date⟩
Sökande                                 Dnr ⟨n4⟩-⟨n5⟩
⟨svn⟩
Personnummer                            Handläggare
⟦pnr:ld⟧                       ⟨svn⟩
Ärende: bostadsanpassning, ramp vid entré. Beslutet kan överklagas,
se bilaga. Org.nr ⟨seorg⟩   Bankgiro ⟨bg⟩

=== pdf da
den ansatte skal ved fratrædelse tilbagelevere alt udstyr jf. bilag 2.
                       - 4 -
                  Ansættelseskontrakt
        ⟨dan#x⟩ · cpr. ⟦cpr:sp⟧
5. Løn
Lønnen udgør ⟨amount⟩ kr. pr. måned og udbetales bagud. Løn-
nen reguleres hvert år pr. 1. april.
Arbejdsgiver: CVR ⟨cvr⟩, P-nr. ⟨pnum⟩

=== pdf sv
Anställningsavtal ⟨svn#a⟩, personnum-
mer ⟦pnr:l⟧, gäller från ⟨date⟩.
Sida 2 (5)                                           Konfidentiellt
Lön: ⟨amount⟩ kr/mån. Semester enligt lag. Arbetsgivarens org.nr ⟨seorg⟩.
Kontaktperson: ⟨svn⟩, ⟨seph⟩

=== pdf da
Vedr. indberetning af arbejdsskade for ⟨dan#a⟩, CPR-
Side 3 af 7 · Arbejdsmarkedets Erhvervssikring · Udskrevet ⟨date⟩ ⟨time⟩
nummer ⟦cpr:dot⟧. Skaden skete på arbejdspladsen (P-nr. ⟨pnum⟩) under løft af
kasser. Skadelidte var sygemeldt i ⟨n2⟩ dage.

=== pdf sv
FÖRSÄKRINGSKASSAN                    Sida 1 av 2
Beslut om bostadstillägg
                                     Mottagare:
Vi har räknat om ditt                ⟨svn⟩
bostadstillägg från ⟨date⟩.          ⟨svstreet⟩
                                     ⟨svcity⟩
Belopp per månad: ⟨amount⟩ kr
                                     ⟦pnr:nl⟧
Har du frågor? Ring ⟨seph⟩. Ange ärendenummer ⟨luhn10⟩.

=== pdf da
Personale-
oplysninger
Navn ⟨dan⟩ Stilling Pædagogmedhjælper Personnummer ⟦cpr:n⟧ Ansat ⟨date⟩
Timer pr. uge 32 Lønnr. ⟨n5⟩ Afdeling Børnehuset Mælkebøtten
Pension Ja Feriekonto ⟨regkto⟩

=== pdf en
RELOCATION SUMMARY — CONFIDENTIAL                               page 2
Employee: ⟨enn⟩   Home country: Denmark   Host: Sweden
Danish CPR          Swedish co-ordination no.      Start date
⟦cpr⟧         ⟦pnr:co⟧                     ⟨date⟩
Cost centre 4410 · Assignment id ⟨cprlike⟩ · Vendor no. ⟨n6⟩

=== pdf sv
Ansök-  Personnummer  Beviljat
an nr                 belopp
⟨n5⟩    ⟦pnr:s⟧   ⟨amount⟩
⟨n5⟩    ⟦pnr:s⟧   ⟨amount⟩
⟨n5⟩    ⟦pnr:s⟧   ⟨amount⟩
Summa: ⟨amount⟩ · Utbetalt via bankgiro ⟨bg⟩ · Sida 4

=== pdf da
  side 11                      Tilsynsrapport, plejecenter Egebo
beboer på stue 14 (⟨dan⟩, f. ⟨born#g⟩, cpr ⟦cpr:cent,nl#g⟧) var ved tilsynet
tilfreds med maden. Der blev observeret mangler i medicinskabet.
Plejecentret har EAN ⟨ean⟩ og CVR ⟨cvr⟩.

=== xlsx da
Medarbejder	CPR	Afdeling	Timer	Timeløn
⟨dan⟩	⟦cpr:n⟧	Lager	37	⟨amount⟩
⟨dan⟩	⟦cpr:n⟧	Lager	37	⟨amount⟩
⟨dan⟩	⟦cpr:n⟧	Kontor	30	⟨amount⟩
⟨dan⟩	⟦cpr:n⟧	Chauffør	37	⟨amount⟩
⟨dan⟩	⟦cpr:n⟧	Chauffør	25	⟨amount⟩
⟨dan⟩	⟦cpr:n⟧	Lager	37	⟨amount⟩
⟨dan⟩	⟦cpr:n⟧	Kontor	37	⟨amount⟩
⟨pln⟩	⟦cpr:n⟧	Lager	37	⟨amount⟩
⟨pln⟩	⟦cpr:n⟧	Lager	20	⟨amount⟩
⟨dan⟩	⟦cpr:n⟧	Værksted	37	⟨amount⟩
⟨dan⟩	⟦cpr:n⟧	Værksted	37	⟨amount⟩
⟨dan⟩	⟦cpr:n⟧	Kontor	15	⟨amount⟩

=== xlsx sv
Namn;Personnr;Kostnadsställe;Anst.nr;Bankkonto
⟨svn⟩;⟦pnr:ld⟧;1100;⟨n5⟩;⟨clkto⟩
⟨svn⟩;⟦pnr:ld⟧;1100;⟨n5⟩;⟨clkto⟩
⟨svn⟩;⟦pnr:ld⟧;1200;⟨n5⟩;⟨clkto⟩
⟨svn⟩;⟦pnr:ld,co⟧;1200;⟨n5⟩;⟨clkto⟩
⟨svn⟩;⟦pnr:ld⟧;1310;⟨n5⟩;⟨clkto⟩
⟨svn⟩;⟦pnr:ld⟧;1310;⟨n5⟩;⟨clkto⟩
⟨svn⟩;⟦pnr:ld⟧;1400;⟨n5⟩;⟨clkto⟩
⟨svn⟩;⟦pnr:ld⟧;1400;⟨n5⟩;⟨clkto⟩
⟨svn⟩;⟦pnr:ld⟧;1400;⟨n5⟩;⟨clkto⟩
⟨svn⟩;⟦pnr:ld⟧;1500;⟨n5⟩;⟨clkto⟩

=== xlsx da
Ark1
"Holdnr";"Deltager";"Fødselsdato";"Personnr";"Betalt"
"H-12";"⟨dan#a⟩";"⟨born#a⟩";"⟦cpr#a⟧";"ja"
"H-12";"⟨dan#b⟩";"⟨born#b⟩";"⟦cpr#b⟧";"nej"
"H-12";"⟨dan#c⟩";"⟨born#c⟩";"⟦cpr#c⟧";"ja"
"H-14";"⟨dan#d⟩";"⟨born#d⟩";"⟦cpr:old#d⟧";"ja"
"H-14";"⟨dan#e⟩";"⟨born#e⟩";"⟦cpr:old#e⟧";"ja"
Ark2
"Fakturanr";"Beløb";"FIK"
"⟨cprlike⟩";"⟨amount⟩";"⟨fik⟩"

=== xlsx sv
Blad1
	A	B	C	D
1	Löpnr	Namn	Födelsedatum/personnr	Anmärkning
2	1	⟨svn⟩	⟦pnr:ss⟧	nyanställd
3	2	⟨svn⟩	⟦pnr:ss⟧
4	3	⟨svn⟩	⟦pnr:ss⟧	slutar ⟨date⟩
5	4	⟨svn⟩	⟦pnr:ss⟧
6	5	⟨svn⟩	⟦pnr:ss⟧	tjänstledig
7	6	⟨svn⟩	⟦pnr:ss⟧

=== xlsx da
Export fra Medarbejderportal ⟨date⟩
Initialer;Navn;Cprnr;Tlf;Lønkonto
AKJ;⟨dan⟩;⟦cpr:n⟧;⟨dkph⟩;⟨regkto⟩
BHN;⟨dan⟩;⟦cpr:n⟧;⟨dkph⟩;⟨regkto⟩
CTS;⟨dan⟩;⟦cpr:n⟧;⟨dkph⟩;⟨regkto⟩
DLM;⟨dan⟩;⟦cpr:n⟧;⟨dkph⟩;⟨regkto⟩
EPR;⟨dan⟩;⟦cpr:n⟧;⟨dkph⟩;⟨regkto⟩
FSV;⟨dan⟩;⟦cpr:n,kid⟧;⟨dkph⟩;⟨regkto⟩

=== xlsx sv
ID	Skapad	Kund	Kundnummer	Belopp
⟨n4⟩	⟨stamp12⟩	⟨svn⟩	⟨luhn10⟩	⟨amount⟩
⟨n4⟩	⟨stamp12⟩	⟨svn⟩	⟨luhn10⟩	⟨amount⟩
⟨n4⟩	⟨stamp12⟩	⟨svn⟩	⟨luhn10⟩	⟨amount⟩
⟨n4⟩	⟨stamp12⟩	⟨svn⟩	⟨luhn10⟩	⟨amount⟩
Kundnummer är det gamla 10-siffriga från Visma, inte personnummer.

=== docx da
Tabel 1. Deltagere i forløbet
Navn CPR-nummer Jobcenter Start
⟨dan⟩ ⟦cpr⟧ Aarhus ⟨date⟩
⟨dan⟩ ⟦cpr⟧ Aarhus ⟨date⟩
⟨dan⟩ ⟦cpr⟧ Randers ⟨date⟩
⟨dan⟩ ⟦cpr:sl⟧ Silkeborg ⟨date⟩
Tabel 2. Økonomi
Post Beløb Konto
Honorar ⟨amount⟩ ⟨cprlike⟩

=== docx sv
Bilaga 1
Deltagarförteckning
Namn
Personnummer
Roll
⟨svn⟩
⟦pnr⟧
Ordförande
⟨svn⟩
⟦pnr⟧
Kassör
⟨svn⟩
⟦pnr⟧
Ledamot
⟨svn⟩
⟦pnr:co⟧
Suppleant

=== docx da
|Barnets navn|⟨dan#k⟩|
|CPR|⟦cpr:kid#k⟧|
|Mor|⟨dan⟩ (⟦cpr⟧)|
|Far|⟨dan⟩ (⟦cpr⟧)|
|Institution|Vuggestuen Solsikken, EAN ⟨ean⟩|
|Pladsnr.|⟨cprlike⟩|

=== docx sv
Fält
Värde
Sökandes namn
⟨svn⟩
Sökandes personnummer
⟦pnr:l⟧
Medsökande
⟨svn⟩
Medsökandes personnummer
⟦pnr:l⟧
Referensnummer
⟨luhn12⟩
Inlämnad
⟨stamp12d⟩

=== docx en
Table 3 – Staff seconded to the Malmö site
Name | Role | Swedish ID | Danish CPR | Mobile
⟨enn⟩ | Engineer | ⟦pnr:co,ld⟧ | ⟦cpr⟧ | ⟨seph⟩
⟨enn⟩ | Site lead | ⟦pnr:co,ld⟧ | ⟦cpr⟧ | ⟨dkph⟩
⟨pln⟩ | Welder | ⟦pnr:co,ld⟧ | ⟦cpr:n⟧ | ⟨dkph⟩
⟨enn⟩ | Planner | pending | ⟦cpr⟧ | ⟨seph⟩
Purchase order ⟨cprlike⟩ covers travel; contact HR on ⟨dkph⟩.
=== docx da
Referat af netværksmøde
┌──────────────────┬─────────────────────────┐
│ Deltager         │ ⟨dan⟩ (borger)          │
│ CPR              │ ⟦cpr:dot⟧           │
│ Bisidder         │ ⟨dan⟩                   │
│ Sagsbehandler    │ ⟨dan⟩, tlf. ⟨dkph⟩      │
└──────────────────┴─────────────────────────┘
Der blev aftalt en plan for afklaring af arbejdsevnen. Næste møde ⟨date⟩.

=== docx sv
Underskrifter
Ort och datum                     Ort och datum
⟨svcity⟩, ⟨date⟩                 ⟨svcity⟩, ⟨date⟩
Hyresvärd                          Hyresgäst
⟨svlast⟩ Bostäder AB               ⟨svn⟩
Org.nr ⟨seorg⟩                    Pnr ⟦pnr:ld⟧
"""
