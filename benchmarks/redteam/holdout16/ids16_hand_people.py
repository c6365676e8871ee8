"""Hand-written v16 documents: people outside the office (SMS, chat, phone calls, web forms, scanned letters)."""

BANK = r"""
=== hand-sms da
[SMS fra {{dkph}}, 07:42]
Hej det er Lone fra 2. sal, jeg skal bruge mit cpr til jeres formular: [[cpr:n]] - og min søns er [[cpr:kid,n]]. Mvh Lone

=== hand-sms sv
SMS 14:03 från {{seph46}}:
hej! personnumret du bad om till hyreskontraktet: [[pnr]] / Linnea

=== hand-sms da
Besked fra Mekanikeren A/S: Din bil med reg.nr. AB 12 345 er klar. Ordre {{cprlike}}. Beløb {{amount}} kr. Betal via MobilePay {{n5}}.

=== hand-sms sv
Sms från Apoteket: Ditt recept är klart att hämtas. Uppge kod {{n6}} i kassan. Frågor? Ring {{seph08}}.

=== hand-chat da
Chat-udskrift, kundeservice (Forsikring), {{date}}
[{{time}}] Kunde: hej jeg har fået et brev med policenr {{cprdash}} men det er min mands police
[{{time}}] Agent Maja: Hej! Jeg kan slå det op. Må jeg få din mands cpr-nummer?
[{{time}}] Kunde: [[cpr]]
[{{time}}] Kunde: og mit eget er [[cpr:s]] hvis det er nemmere
[{{time}}] Agent Maja: Tak, jeg kan se begge. Policen ligger hos ham.

=== hand-chat sv
Messenger-tråd, Brf Lingonet styrelsen
Karl: behöver pnr på nya ägarna i 3B för medlemsansökan
Ulla: Han: [[pnr:ld]] hon: [[pnr:ld]]
Karl: tack! lgh-nr är {{n4}} och andelstalet 1,87%
Ulla: 👍

=== hand-chat da
Teams, kanal #løn-spørgsmål
Signe H.: kan nogen tjekke hvorfor Morten Birk ikke fik feriepenge?
Kristian P.: hvad er hans medarbejdernr?
Signe H.: {{n5}}. cpr (hvis det hjælper) [[cpr:en]]
Kristian P.: fundet. fejl i overførsel {{tsd}}, rettet i næste kørsel

=== hand-chat sv
WhatsApp, "Föräldrar 4B"
Maria: någon som vet vad skolans org.nr är till fritidsavdraget? står {{orgnr}} på fakturan
Johan: det är det. och ni behöver barnets personnummer också, Elsas är [[pnr:kid,ld]]
Maria: va? varför skriver du det här i gruppen 😅
Johan: oj, fel chatt. raderar!

=== hand-call da
Transskription, opkald til Borgerservice-linjen (automatisk tale-til-tekst, ikke rettet):
Medarbejder: Borgerservice du taler med Ditte.
Borger: Ja hej det er Ebbe Kofoed jeg ringer om mit sundhedskort.
Medarbejder: Må jeg få dit personnummer?
Borger: Ja det er [[cpr:s]].
Medarbejder: tak og din adresse?
Borger: {{dastreet}} {{dktown}}. Og mit telefonnummer er {{dkph8}}.

=== hand-call sv
Samtalslogg Kundtjänst El&Värme, samtal {{n8}}
Kund uppger personnummer [[pnr:s]], anläggnings-id {{luhn12}}.
Kund vill flytta abonnemang till ny adress per {{isodate}}. Mätarställning {{n5}} kWh.
Kund lämnar även sambons personnummer, [[pnr:ld]], för gemensamt avtal.

=== hand-call da
Telefonnotat (tandlæge) {{date}} {{time}}
Mor ringer om datterens tid. Datterens cpr [[cpr:kid]]. Mors mobil {{dkph}}. Flyttet tid til {{date}}.

=== hand-call no
Telefonnotat, legekontoret: pasienten oppgir fødselsnummer [[fnr:sp]], ringer fra {{noph}}. Ønsker resept fornyet.

=== hand-form da
Webformular: Tilmelding til svømmeskole (indsendt {{ts12}})
Barnets navn: Viggo Lykke
Barnets CPR: [[cpr:kid]]
Forælder: Trine Lykke
Forælders telefon: {{dkph8}}
Evt. kommentar: han kan allerede crawle lidt
Betaling via reference {{ocrref}}

=== hand-form sv
Formulär: Intresseanmälan förskola (skickat 2025-03-02 21:44)
Barnets personnummer*: [[pnr:kid]]
Vårdnadshavare 1 personnummer*: [[pnr:ld]]
Vårdnadshavare 2 personnummer: [[pnr:co,ld]]
Önskat startdatum: 2025-08-18
Telefon: {{sephn}}

=== hand-form da
Kontaktformular - Boligudlejning Nord
Navn: Rasmus Qvist
Email: rq@eksempel.dk
Besked: Jeg vil gerne søge lejligheden på {{dastreet}}. Mit cpr nr til kreditvurdering: [[cpr:sl]]. Jeg har fast job og kan sende lønsedler.

=== hand-form sv
Webbformulär, Felanmälan (Hyresvärd Bostadsbolaget)
Lägenhetsnummer: {{n4}}
Objektnummer: {{luhn10}}
Beskrivning: Diskmaskinen läcker. Jag är hemma efter 16.
Kontakt: {{seph}}
(Personnummer behövs inte för felanmälan.)

=== hand-form en
Online booking - Copenhagen Airport Hotel
Guest: Mikael Berg
Nationality: Swedish
ID number (personnummer): [[pnr:ld]]
Booking ref: {{luhn10}}
Card: **** **** **** {{n4}}

=== hand-scan da
SKANNET DOKUMENT (OCR) - side 1 af 2
Kære Povl Eskildsen
Vedr. Deres pension. CPR-nr. [[cpr:ocr]]
Vi har modtaget Deres anmodning om udbetaling. Beløbet ud-
betales den 1. i måneden til konto {{n4}} {{cprlike}}.
Med venlig hilsen
PensionsKassen

=== hand-scan sv
[OCR, inskannad blankett]
Ansökan om bostadstillägg
Sökande: Britt-Marie Sandell      Personnr: [[pnr:ocr]]
Make/maka/sambo: Rolf Sandell     Personnr: [[pnr:ocr]]
Hyra per månad: {{amount}} kr

=== hand-scan da
OCR fra indscannet blanket "Ansøgning om fripladstilskud", læsbarhed middel
Ansøgers CPR.nr.: [[cpr:ocr,n]]
Barnets CPR.nr.: [[cpr:kid,ocr]]
Husstandsindkomst: {{amount}}
Tlf.: {{dkph8}}
Note: et tal i feltet "Ansøgers CPR.nr." er læst som bogstav (scanner), stemmer ellers.

=== hand-scan sv
OCR-tolkad sida ur församlingens kyrkbok (avskrift 1998, inläst 2024):
Dop 1926, nr 14. Barnet Erik Valfrid, far Johan Alm, mor Hulda f. Berg
I marginalen senare tillagt: pnr [[pnr:plus]] (levande 2026)
Nr 15 i boken: {{n5}}, inga uppgifter.

=== hand-scan da
[scannet brev, håndskrevet, OCR]
Hej Kommunen. Jeg hedder Erna Kristoffersen og bor på {{dastreet}}. Mit cpr er
[[cpr:old,ocr]] og jeg vil gerne have hjælp til at komme til lægen. Telefon {{dkph8}}.

=== hand-form da
Selvbetjening: Opret ny kunde - Bilvaerkstedet Hansen & Søn
Type: Privat
CPR (kun ved finansiering): [[cpr:dot]]
Registreringsnummer: CX 44 910
Stelnummer: WVWZZZ1KZ{{n8}}
Kilometerstand: {{n6}}

=== hand-form sv
Onlineansökan - Billeasing Privat, Nordic Lease AB
Personnummer (ÅÅÅÅMMDD-XXXX): [[pnr:ld]]
Månadsinkomst före skatt: {{amount}}
Arbetsgivarens org.nr: {{orgnr}}
Önskad bil: Volvo XC40, 36 mån
Medsökande personnummer: [[pnr:ls]]

=== hand-chat en
Slack DM, #nordic-payroll
Ole: quick q, the new Norwegian starter in Bergen - do we have her fødselsnummer?
Pia: yes: [[fnr]] (it's an ordinary one, not a D-number)
Ole: thanks. And the Finn in Turku?
Pia: henkilötunnus [[hetu:new]], note the new century letter
Ole: 👍 phone is {{fiph}} btw

=== hand-call fi
Puhelumuistio, apteekki: asiakas antaa henkilötunnuksen [[hetu]] ja pyytää reseptiä. Puhelinnumero {{fiph0}}.

=== hand-sms en
Text from +45 {{dkph8}}: hi it's Freja, the CPR you need for the travel insurance is [[cpr:n]]!! thanks

=== hand-sms da
SMS: Hej mor, sygesikringen spørger efter mit cpr og jeg kan ikke huske det. Er det 0 eller 9 til sidst? -- Svar: det er [[cpr]] skat. Du har det også i appen

=== hand-chat sv
Chattlogg, Bankens kundtjänst
Kund: jag vill spärra mitt kort
Handläggare: Jag behöver ditt personnummer, tolv siffror.
Kund: [[pnr:l]]
Handläggare: Tack. Kortet slutar på {{n4}}?
Kund: ja. clearing och konto är {{clearkto}} om det behövs
Handläggare: Kortet är spärrat.

=== hand-form da
Udfyldt PDF-formular (tekstudtræk): Ansøgning om medlemskab, Vester Bådelaug
Navn ............ Poul Winther
Cpr-nr .......... [[cpr:n]]
Bådens navn ..... "Mågen"
Bådnr ........... DEN {{n5}}
Ønsket bådplads . {{n4}}
"""
