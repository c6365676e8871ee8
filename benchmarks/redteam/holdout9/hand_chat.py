"""Hand-written chat logs: Teams, SMS, Messenger, support chat (Danish, Swedish)."""

BANK = r"""
=== hand-chat da
[08:02] Mette H: godmorgen! har nogen cpr på den nye vikar?
[08:03] Jakob: jep [[cpr:plain]]
[08:03] Mette H: tak 👍
[08:05] Jakob: og hun har tlf {{tel:dk,plain}}

=== hand-chat da
Maria: hej skat, kan du sende mig dit cpr? skal bruge det til tandlægen
Thomas: [[cpr]]
Maria: og Idas?
Thomas: [[cpr:nomod,kid]] tror jeg, tjek sundhedskortet

=== hand-chat da
Kundeservice-chat, Telebutikken
Agent (Sara): Hej! Hvad kan jeg hjælpe med?
Kunde: jeg vil gerne opsige mit abonnement, kundenr {{ten}}
Agent (Sara): Tak. Af sikkerhedshensyn: kan du bekræfte de sidste 4 cifre i dit cpr-nr?
Kunde: {{mask:last4#c}}
Agent (Sara): Perfekt, opsigelsen er registreret. Sagsnr. {{digits:8}}.

=== hand-chat da
Teams – #løn-support
Bettina: Er det her et CPR eller et kontonr? {{kto}} – det står uden overskrift i filen fra banken
Kenneth: kontonr, der er reg.nr. foran i kolonnen til venstre
Bettina: ok tak

=== hand-chat da
sms-backup fra den gamle telefon:
"Hej Far, her er mit nye sygesikringsnr/cpr: [[cpr]] – kan du give det til forsikringen? Knus Line"
"Modtaget. Mor siger hej"

=== hand-chat da
Jonas: hvad var nu Oskars cpr til sygeforsikringen
Jonas: er det [[cpr:plain,nomod,kid#o]]?
Signe: ja. men slet det herfra bagefter
Jonas: gjort ✔️

=== hand-chat da
Messenger-gruppe: Roklubben bestyrelse
Per: Banken vil have cpr på ny kasserer
Anita: mit er [[cpr:space]]
Per: tak, og klubbens cvr er {{cvr}} ikke?
Anita: jo

=== hand-chat da
Helpdesk-chat
Bruger: min NemID virker ikke, jeg har bruger-id {{ten}}
Supporter: Bruger-id er fint, jeg skal ikke bruge dit CPR. Prøv at nulstille via nemid.nu.
Bruger: ok

=== hand-chat da
Lisbeth: hov du har skrevet mit cpr forkert i bookingen
Lisbeth: det er [[cpr#l]]
Lisbeth: ikke {{badcpr}}
Receptionen: Undskyld, rettet nu!

=== hand-chat da
[14:20] Mikkel: kan du slå denne op i CVR-registret: {{cvr}}
[14:21] Ditte: Tømrerfirmaet Bøg & Søn, P-nr {{pnum}}
[14:21] Mikkel: super

=== hand-chat sv
Klara: hej! vad är ditt personnummer till bokningen?
Johan: [[pnr:s]]
Klara: och din sambo?
Johan: [[pnr]]

=== hand-chat sv
Kundchatt – Elbolaget Syd
Kund: hej, jag har fått dubbla fakturor, kundnummer {{tenl}}
Agent Malin: Hej! Jag ser två fakturor med OCR {{ocr:10}} och {{ocr:10}}. Den andra krediteras.
Kund: tack!

=== hand-chat sv
SMS från Vårdcentralen:
"Hej! Du har en bokad tid 3/12 kl 10:40 hos distriktssköterska. Ta med legitimation. Avboka på
{{tel:sefix}}. Ditt personnummer: {{mask:pnr#v}}"

=== hand-chat sv
Teams – #ekonomi
Jenny: den här leverantören har inget orgnr i Visma, bara {{tenl}} – vad är det?
Oskar: det är deras kundnummer hos oss. orgnr står på fakturan: {{orgnr}}
Jenny: hittade, tack

=== hand-chat sv
[21:03] mamma: Elsas personnummer till passansökan: [[pnr:ld,kid]]
[21:04] pappa: tack, och mitt har dom redan
[21:10] mamma: glöm inte att boka tid på polisen

=== hand-chat sv
Discord #hjälp
user42: vad är skillnaden på personnummer och samordningsnummer?
modd_erik: samordningsnr har dag + 60, typ {{digits:6}}-XXXX blir … äh kolla skatteverket.se
user42: ok 👍

=== hand-chat sv
Kalle: jag har glömt mitt medlemsnummer till gymmet
Gymmet (chatbot): Ange ditt personnummer så hjälper jag dig.
Kalle: [[pnr:l]]
Gymmet (chatbot): Ditt medlemsnummer är {{digits:7}}.

=== hand-chat da
Hej Vibe. Jeg er på vej. Kan du give mig boligselskabets kontonr?
— {{regkto}}
Tak. Og dit cpr til ansøgningen?
— [[cpr:endash]]

=== hand-chat sv
Lena: skickar Bos pnr här ifall du behöver det till tandläkaren: [[pnr]]
Lena: och ja, han heter Bo Lindahl nu, bytte efternamn i våras
Per: 👌

=== hand-chat da
Opkaldsnotat (chat-transskript) – Rejsekort-kundeservice
Kunde oplyser kortnr. {{digits:16}}, og kundenr. {{ten}}.
Kunde ønsker refusion til konto {{regkto}}.
Kunden oplyste ikke CPR og det blev ikke efterspurgt.

=== hand-chat sv
Instagram DM
@saga.lund: hej, vann jag tävlingen? 😍
@fikabutiken: Grattis! Skicka namn, adress och telefon så skickar vi priset. Vi behöver INTE ditt personnummer.
@saga.lund: Saga Lund, Storgatan 3, 411 38 Göteborg, {{tel:se}}

=== hand-chat da
Whatsapp – Familien
Morfar: Mit cpr-kort er i stykker, hvad står der på det
Birthe: [[cpr:old]] far
Morfar: tak min pige
"""
