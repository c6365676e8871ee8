"""Hand-written v16 documents, fourth batch: Swedish system and customer text (samordningsnummer, odd columns) and
more negatives that sit next to phone numbers, timestamps and amounts."""

BANK = r"""
=== hand-export sv
Utskrift från bokningssystemet, Simhallen Aqua (kursdeltagare vt-25, kolumner: pnr först)
[[pnr:s]]  Maja Lund        Simskola 2   {{amount}}
[[pnr:s]]  Olle Lund        Simskola 1   {{amount}}
[[pnr:kid,s]]  Ines Faraj   Simskola 1   {{amount}}
Kursavgiften dras via autogiro, mandat {{luhn10}}.

=== hand-log sv
Behörighetslogg Journalsystemet (export 20250303-0700)
20250302-2214  usr=lakare07  open   patient=[[pnr:co,l]]  orsak=akut
20250302-2231  usr=lakare07  print  patient=[[pnr:co,l]]  dokument={{luhn12}}
20250302-2259  usr=ssk112    open   patient=[[pnr:l]]  orsak=omvårdnad

=== hand-helpdesk sv
Ärende {{n6}} i Kommunens e-tjänstsupport
Medborgaren skriver: "Jag har samordningsnummer [[pnr:co]] och kan inte logga in med BankID, vad gör jag?"
Svar: Samordningsnummer fungerar inte alltid med BankID. Du kan använda Freja eID. Ring {{seph08}} vid frågor.

=== hand-form sv
Ansökan om medlemskap, Hyresgästföreningen (webb)
Personnummer: [[pnr:ld]]
Medsökande (make/maka/sambo): [[pnr:co,ld]]
Adress: {{svstreet}}, {{sepost}} {{svcity}}
Telefon: {{seph46}}
Autogiro från clearing/konto: {{clearkto}}

=== hand-chat sv
Chattlogg, Apotekets kundtjänst
Kund: jag ska hämta ut åt min pappa, han är 101 år
Farmaceut: Då behöver du fullmakt. Vad är hans personnummer?
Kund: [[pnr:plus]]
Farmaceut: Tack, och ditt eget?
Kund: [[pnr:l]]

=== hand-call sv
Samtalsanteckning, Skolskjutsen (taxi)
Förälder ringer från {{sephn}} om skolskjuts för sonen, personnummer [[pnr:kid,ld]]. Ny adress från {{isodate}}. Ärende {{luhn10d}}.

=== hand-export sv
Hyresreskontra, restnoteringar (Fastighetssystemet Vitec), tab-separerad
objekt	hyresgäst	personnr/orgnr	skuld
{{luhn10}}	Karin Lövgren	[[pnr:ld]]	{{amount}}
{{luhn10}}	Pizzeria Napoli HB	{{orgnr}}	{{amount}}
{{luhn10}}	Mehmet Yilmaz	[[pnr:co,ld]]	{{amount}}

=== hand-sms sv
Sms från {{seph}} 22:14: hej det är Sixten, glömde ge dig mitt pnr till medlemskortet, det är [[pnr:ld]] 👍

=== hand-neg sv
Tidrapport export, Bemanning Syd (inga personnummer i denna fil)
anst;datum;in;ut;projekt
{{n5}};{{stamp12d}};07:00;16:00;{{luhn10}}
{{n5}};{{stamp12d}};06:30;15:00;{{luhn10}}
{{n5}};{{stamp12d}};08:00;17:00;{{luhn10}}

=== hand-neg da
Ring-tilbage-liste, kundeservice {{date}}
{{time}}  {{dkph8}}  ordre {{cprlike}}   "pakke ikke modtaget"
{{time}}  {{dkph}}  faktura {{cprlike}}   "dobbelt opkrævning"
{{time}}  {{seph46}}  bokning {{luhn10}}  "svensk kunde, ring efter 16"

=== hand-neg sv
Serverlogg, webbshop
2025-05-11 10:22:01 POST /checkout order={{luhn12}} total={{amount}} status=200
2025-05-11 10:22:09 POST /checkout order={{luhn12}} total={{amount}} status=402
2025-05-11 10:23:40 GET /order/{{luhn10}} status=200

=== hand-neg da
Forsikringsoversigt sendt til kunden (cpr udeladt af hensyn til sikkerheden)
Indbo        police {{cprlike}}    {{amount}} kr./år
Bil          police {{cprdash}}    {{amount}} kr./år
Ulykke       police {{cprlike}}    {{amount}} kr./år

=== hand-neg sv
Sms-tråd med hantverkaren: "Offert nr {{luhn10}} gäller 30 dagar, totalt {{amount}} kr inkl. ROT. Ring {{seph}} om något är oklart." -- "Tack, vi återkommer."

=== hand-neg en
Ferry booking change log
20250614-1230 booking {{luhn10}} created, phone {{seph46}}
20250615-0910 booking {{luhn10}} vehicle added
20250616-1745 booking {{luhn10}} cancelled, refund {{amount}}

=== hand-neg da
Vagtplan-eksport (medarbejdernr., ikke cpr)
{{cprlike}}  Lone   D  07-15
{{cprlike}}  Bente  A  15-23
{{cprlike}}  Yusuf  N  23-07
Medarbejdernumrene er 10-cifrede fra det gamle lønsystem.
"""
