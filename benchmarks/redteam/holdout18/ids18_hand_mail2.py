"""Hand-written v18 documents: calendar invitations (.ics), vCards, mail merges and newsletters with personal fields."""

BANK = """
=== calendar da
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Romance Standard Time:20260312T100000
DTEND;TZID=Romance Standard Time:20260312T110000
SUMMARY:Tjenstlig samtale - Kristian Mørk
LOCATION:Mødelokale 2.14
DESCRIPTION:Deltagere: Kristian Mørk (cpr ⟦cpr#a⟧)\\, tillidsrepræsentant Gitte Lund\\, HR.\\nMedbring personalesagen.\\nOBS: sagsnr. ⟨cprlike⟩
UID:040000008200E00074C5B7101A82E0080000000070E5C9A1
DTSTAMP:20260305T081500Z
END:VEVENT
END:VCALENDAR

=== calendar sv
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART:20260415T070000Z
DTEND:20260415T073000Z
SUMMARY:Hälsokontroll Elin Wallin
DESCRIPTION:Företagshälsovården\\, rum 3. Ta med legitimation.\\nPersonnr:
 ⟦pnr:ld⟧\\nTel. ⟨seph⟩
LOCATION:Avonova\\, Kungsgatan 12
UID:7kq2mfd0c3@google.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR

=== calendar en
BEGIN:VEVENT
SUMMARY:Exit interview - Stefan Krüger
DTSTART:20260330T130000
DTEND:20260330T134500
ORGANIZER;CN=Hannah Clarke:mailto:hannah.clarke@example.com
ATTENDEE;CN=Stefan Krüger;ROLE=REQ-PARTICIPANT:mailto:stefan.kruger@example.com
DESCRIPTION:Agenda: holiday pay\\, return of laptop (asset ⟨n6⟩)\\, final pay
 slip. CPR for the final settlement: ⟦cpr:n⟧. Phone ⟨dkph⟩.
END:VEVENT

=== calendar da
Invitation: Vaccination - medarbejdere afd. 4 @ tors. 8. okt. 2026 09:00 - 12:00

Hvem
Birgitte Skov (arrangør)
Vibeke Thorsen
Carsten Ravn

Beskrivelse
Husk sundhedskort. Listen til apoteket:
Vibeke Thorsen ⟦cpr⟧
Carsten Ravn ⟦cpr:y1944,c49⟧
Birgitte Skov ⟦cpr⟧
Mødelink: https://meet.google.com/xyz-qwer-tyu
Opkaldsnr.: ⟨dkph⟩ PIN: ⟨n6⟩#

=== vcard sv
BEGIN:VCARD
VERSION:3.0
N:Sund;Ylva;;;
FN:Ylva Sund
ORG:Solbacka Fastigheter AB
TEL;TYPE=CELL:⟨seph⟩
TEL;TYPE=WORK:⟨seph⟩
EMAIL:ylva.sund@solbacka.se
NOTE:Hyresgäst lgh 1102. Pnr ⟦pnr#a⟧. Nyckel nr ⟨n4⟩.
BDAY:⟨born#a⟩
END:VCARD

=== vcard da
BEGIN:VCARD
VERSION:3.0
FN:Jørgen Bang
N:Bang;Jørgen;;;
TEL;TYPE=HOME:⟨dkph⟩
ADR;TYPE=HOME:;;⟨dastreet⟩;;;;Danmark
NOTE:Pårørende til beboer Aase Bang (cpr ⟦cpr:old⟧)\\, stue 14.
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Aase Bang
NOTE:Beboer. CPR: ⟦cpr:c18⟧ - husk at tjekke medicinlisten
END:VCARD

=== vcard en
BEGIN:VCARD
VERSION:4.0
FN:Rajesh Iyer
ORG:Kattegat Logistik A/S;Finance
TITLE:Financial Controller
TEL;VALUE=uri;TYPE=work:tel:⟨dkph⟩
X-EMPLOYEE-ID:⟨n5⟩
X-DK-CPR:⟦cpr⟧
END:VCARD

=== merge da
Kære «Fornavn» «Efternavn»

Flet-felter til brevet om ændret pensionsordning (udkast, test med tre modtagere):

«Fornavn»;«Efternavn»;«CPR»;«Medarbejdernr»
Mette;Kjær;⟦cpr⟧;⟨n4⟩
Poul;Winther;⟦cpr:y1948,c49⟧;⟨n4⟩
Sanne;Holt;⟦cpr⟧;⟨n4⟩

Brevtekst: Fra 1. juli 2026 indbetales din pension til den nye ordning. Dit cpr-nummer «CPR» bruges som nøgle hos pensionsselskabet.

=== merge sv
Dokumentkoppling - kallelse till medarbetarsamtal

Mottagarlista (från HR-systemet, exporterad 2026-03-02):
Namn	Personnummer	Enhet	Chef
Astrid Holm	⟦pnr:ld⟧	Ekonomi	Ulf Ek
Björn Dahl	⟦pnr:ld⟧	Ekonomi	Ulf Ek
Siv Ståhl	⟦pnr:ld⟧	Lager	Gunnar Ros
Oskar Ny	⟦pnr:ld⟧	Lager	Gunnar Ros

Mall: Hej {Namn}! Du kallas till medarbetarsamtal. Ta med din utvecklingsplan.

=== merge da
Kære Kirsten Hald

Din løn for februar er udbetalt den 27.02.2026 til konto ⟨regkto⟩.
Cpr-nr.: ⟦cpr:dot⟧
Lønperiode: 01.02.2026 - 28.02.2026
Nettoløn: ⟨amount⟩ kr.

Denne mail er automatisk genereret fra lønsystemet. Du kan ikke svare på den.

=== newsletter sv
NYHETSBREV FRÅN PENSIONÄRSFÖRENINGEN SOLROSEN - MARS 2026

Hej ⟨svn⟩!

Välkommen till vårens program. Här är också medlemmarna som fyller jämnt i mars (med deras tillstånd):
  Maja Lund, 100 år den 14 mars! (pnr ⟦pnr:cent⟧ - till föreningens gratulationslista hos kommunen)
  Erik Berg, 90 år

Kaffe i Folkets hus torsdagar kl 14. Medlemsavgift till bankgiro ⟨bg⟩.
Avregistrera dig: svara STOPP.

=== newsletter da
Medlemsnyt - Grundejerforeningen Skovbrynet

Kære medlem

Vi har fået ny kasserer. Kontingentet på ⟨amount⟩ kr. betales til reg.nr. ⟨regkto⟩.
Husk at opdatere jeres oplysninger. Vi har på generalforsamlingen fået at vide, at det ikke er nødvendigt at oplyse cpr-nummer; de der har sendt det, har vi slettet.

Kommende arrangementer:
- 14.04 Arbejdsdag kl. 10
- 02.05 Loppemarked, tilmelding på ⟨dkph⟩

Bestyrelsen

=== newsletter en
Staff newsletter - People & Culture, March 2026

Welcome to our new colleagues!
- Chloe Martin, Marketing (Copenhagen)
- Paweł Szymański, Warehouse (Køge)
- Emily Watson, Finance (Malmö)

Reminder: when you update your bank details, do NOT e-mail your CPR or personnummer. Use the HR portal.
Last month someone sent theirs (⟦cpr⟧) to the whole distribution list. Please delete that mail if you still have it.

Payday is 27 March. Questions: ext. ⟨n4⟩.

=== merge en
Mail merge test - DO NOT SEND

{FirstName}, your tax card for 2026 has been received.
Test rows:
FirstName,LastName,CPR,TaxCardType
James,Whitfield,⟦cpr⟧,Hovedkort
Priya,Raman,⟦cpr:c49,y2k⟧,Hovedkort
Carlos,Mendes,⟦cpr:nm⟧,Bikort
Note: Carlos got his CPR in 2023 (new series, no modulus 11 check), so the CPR validator must be switched off for him.
"""
