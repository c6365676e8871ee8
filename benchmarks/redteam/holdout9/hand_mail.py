"""Hand-written e-mail threads (Danish and Swedish) with quoted replies, signatures and forwards."""

BANK = r"""
=== hand-mail da
Hej Lone

Tak for hurtigt svar. Jeg har rettet det i lønsystemet nu.

Mvh
Kasper

> Den 14. nov. 2026 kl. 09:12 skrev Lone Skaarup <lone.skaarup@vestergaard-revision.dk>:
>
> Hej Kasper
> Der står et forkert CPR på Jannik i lønkørslen for oktober. Det rigtige er [[cpr#a]] (ikke det
> gamle telefonnummer vi havde stående). Kan du rette det inden fredag?
>
> Venlig hilsen
> Lone Skaarup
> Lønbogholder | Vestergaard Revision ApS | CVR {{cvr}}
> Direkte: {{tel:dk}}

=== hand-mail da
Kære Bodil,

Vedhæftet finder du ansættelseskontrakten til underskrift. Vi mangler stadig dit CPR-nummer og din
NemKonto-bekræftelse – send det gerne via sikker mail og ikke som svar på denne.

Med venlig hilsen
Troels Enevoldsen
HR-partner
Tlf. {{tel:dk}} · Mobil {{tel:dk}}

-----Oprindelig meddelelse-----
Fra: Bodil Thygesen
Sendt: 3. november 2026 21:40
Til: Troels Enevoldsen
Emne: Sv: Kontrakt

Hej Troels, mit cpr er [[cpr:plain]] og mit kontonr. er {{regkto}}. Glæder mig til at starte!
Bodil

=== hand-mail da
Hej alle

Som aftalt på mødet: listen over hvem der mangler at aflevere skattekort. Skriv jer ikke selv op i tråden,
ring til mig.

  Jonas Brix        [[cpr#j]]
  Merete Lund       [[cpr:nomod,jan1]]
  Ahmad Karimi      [[cpr]]

/Tina

> Tina, kan du ikke bare sende listen krypteret næste gang? Jonas' nummer ([[cpr#j]]) står nu i tre
> forskellige mails.
> Kh Rikke

=== hand-mail da
Hej Søren

Jeg har kigget på sagen. Det nummer du sendte, {{cprlike:dash}}, er IKKE hans CPR – det er
kreditorens kontonummer fra fakturaen. CPR-nummeret står på side 2 af skødet: [[cpr]].

Hilsen
Maja Frost, advokatsekretær
Holm & Dybdal Advokatpartnerselskab
Kongensgade 14, 5000 Odense C

=== hand-mail da
Videresendt mail:

Fra: Kundeservice <kunde@forsyningen-nord.dk>
Dato: 28. okt. 2026 13:05
Emne: Din flytning – kundenr. {{digits:8}}

Kære kunde
Vi har registreret din flytning. Dit nye forbrugssted har målernummer {{digits:10}} og aftagenummer
(EAN) {{ean:dk}}. Husk at oplyse dit kundenummer ved henvendelse – vi spørger aldrig om CPR-nummer i mails.

Med venlig hilsen
Forsyningen Nord A/S

=== hand-mail da
Hej Gitte

Kan du oprette min søn i systemet til vinterferieholdet? Han hedder Villads og hans cpr er
[[cpr:nomod,school]]. Min egen tlf er {{tel:dk}}.

Tak!
Louise (mor til Villads, 3.B)

Sendt fra min iPhone

=== hand-mail da
Hej Preben

> Hvad er CPR på den nye elev?

Det har jeg ikke – jeg har kun fødselsdatoen {{bdate:kid}} og hans elevnr. {{digits:10}}. Forældrene kommer
ind på mandag med sundhedskortet.

Mvh Yvonne, kontoret

=== hand-mail da
Hej Nikolaj,

Her er oplysningerne til forsikringen:

Forsikringstager: Rune Asmussen, cpr.nr. [[cpr#r]]
Medforsikret: Karina Asmussen, cpr.nr. [[cpr:space]]
Policenr.: {{digits:10}}
Skadenr.: {{ten}}

> Hej Rune, vi skal bruge jeres begges personnumre for at kunne oprette policen.
> Nikolaj Kvist, Kundeansvarlig

Mvh Rune

=== hand-mail da
Hej Frederik,

Beklager, jeg kom til at skrive forkert i går. Det nummer der stod i min sidste mail ({{ten:dash}}) er vores
ordrenummer hos leverandøren, ikke Mikkels CPR. Hans CPR er [[cpr]].

Undskyld rodet!
Camilla

=== hand-mail da
Hej Tove

Kvittering for modtaget dokumentation:
- Lønsedler for august–oktober
- Årsopgørelse 2025 (med CPR {{mask:star#x}})
- Kopi af pas

Dit sagsnr. hos os er {{digits:7}}. Vi vender tilbage inden for 10 hverdage.

Venlig hilsen
Boligkontoret

PS: Vi har kun modtaget de sidste fire cifre af dit CPR ({{mask:last4#x}}) — vi skal bruge hele nummeret
for at kunne behandle ansøgningen. Ring på {{tel:dk}}.
[[cpr#x]] er det nummer vi har stående fra din gamle ansøgning – passer det stadig?

=== hand-mail sv
Hej Annika!

Tack för att du skickade underlagen. Jag har lagt in dig som medsökande på lånet.

Vänliga hälsningar
Petter Nyqvist
Kreditrådgivare, Sparbanken Mälardalen
Tfn {{tel:sefix}} | Mobil {{tel:se}}

Från: Annika Sundin
Skickat: den 2 november 2026 18:22
Till: Petter Nyqvist
Ämne: SV: Bolåneansökan

Hej Petter, mitt personnummer är [[pnr]] och Olles är [[pnr:ld]]. Vi har lönekonto hos er med
clearing {{clearing}}.
/Annika

=== hand-mail sv
Hej Magnus,

Nej, det där är inte hans personnummer utan hans kundnummer i Fortnox. Personnumret hittar du i
anställningsavtalet: [[pnr:ld]].

Mvh
Eva-Lena

> Eva-Lena, är det här rätt pnr för Stefan: {{pnrlike:dash}}? Skatteverket säger att det inte finns.
> /Magnus

=== hand-mail sv
Hej!

Jag skickar uppgifterna till föreningens medlemsregister som du bad om:

Namn: Ingrid Axelsson
Personnummer: [[pnr:old]]
Adress: Björkvägen 4, 352 36 Växjö
Telefon: {{tel:sefix}}

Hon fyllde 100 i våras och vill gärna stå kvar som hedersmedlem.

Hälsningar
Birgitta, kassör

=== hand-mail sv
Hej Linnea

Vidarebefordrar från Migrationsverket. Amir har fått ett samordningsnummer: [[pnr:samo]]. Det ska användas
i lönesystemet tills han får ett personnummer.

/Kristoffer

---------- Vidarebefordrat meddelande ---------
Från: noreply@migrationsverket.se
Datum: tis 10 nov. 2026 kl 08:14
Ämne: Ärende {{digits:8}}

Ditt ärende har fått beslut. Logga in för att läsa beslutet.

=== hand-mail sv
Hej Johan!

Här kommer fakturan för oktober. Betala till bankgiro {{bg}} och ange OCR-nummer {{ocr:10}}.
Vid frågor, ring {{tel:se}}.

Med vänlig hälsning
Ekonomiavdelningen
Nordmarks Bygg & Fasad AB
Org.nr {{orgnr}} · Momsreg.nr SE{{orgnr:plain}}01

=== hand-mail sv
Hej Sara,

> Kan du skicka personnumret till den nya vikarien så jag kan lägga upp henne i Visma?

Visst: Hanna Lidén, [[pnr:s]]. Hon börjar måndag 16/11 och jobbar 75 %.

Kram/Ulrika

> > Hon har också lämnat in sitt kontonummer, {{clearing}}.

=== hand-mail sv
Hej igen

Jag råkade skriva fel i förra mejlet – personnumret {{badpnr}} har fel kontrollsiffra, det rätta är
[[pnr]]. Ber om ursäkt för besväret.

Med vänliga hälsningar
Marie Holmberg
Löneadministratör

=== hand-mail sv
Till samtliga medarbetare,

Vi vill påminna om att personnummer inte ska skickas i okrypterade mejl. Skriv hellre de fyra sista
siffrorna ({{mask:last4#p}}) eller använd kundnumret. Exempel på hur det INTE ska se ut: "Kalle Anka,
19XXXXXX-XXXX".

Fler frågor? Kontakta dataskyddsombudet på {{tel:sefix}}.

HR
P.S. Karl, ditt eget nummer [[pnr:ld#p]] stod i ämnesraden igår – jag har raderat tråden.

=== hand-mail en
Hi Anders,

Following up on our call: for the Danish payroll we need each new hire's CPR number. For Mette Holm it
is [[cpr]]; for Oskar Lindgren, who commutes from Malmö, we only have his Swedish personnummer
[[pnr:ld]] — he will get a Danish CPR once registered.

Our VAT no. is DK{{cvr}} and the PO number is {{digits:10}}.

Best regards,
Jennifer Walsh
Nordic Payroll Services Ltd, Copenhagen branch

=== hand-mail en
Dear Ms Berg,

Thank you for your application. Please note that we cannot process your file until we receive your
Swedish personal identity number (personnummer). The number you sent, {{tenl:dash}}, is your
membership number with the union, not your personnummer.

Kind regards,
Admissions, Lund Summer School
Ref. {{digits:9}}

=== hand-mail da
Hej Bjarne

Kan du tjekke om faktura {{digits:6}} er betalt? Kunden siger de har overført til {{regkto}} den
{{date:dk}}, men jeg kan ikke finde posteringen.

Hilsen Dorte
Bogholderiet

> Den er betalt – beløb {{amount}} kr., bilag {{digits:5}}.

=== hand-mail da
Hej Henriette

Vi har modtaget underretningen. Barnet er født {{bdate#n}} og har CPR [[cpr:baby#n]]. Mor: [[cpr]].
Sagen er oprettet som {{digits:2}}.{{digits:2}}.{{digits:2}}-A{{digits:2}}-{{digits:5}}-26.

Venlig hilsen
Familieafdelingen, Ringkøbing-Skjern Kommune

=== hand-mail sv
Hej Fredrik,

Skickar listan över deltagare till kursen som du bad om. Personnummer behövs för CSN-rapporteringen.

Lisa Ek        [[pnr:ld]]
Tobias Wall    [[pnr:ld]]
Mona Fahlén    [[pnr:ld,samo]]

Mvh
Gunilla, Studieförbundet

=== hand-mail da
Hej Mads

Jeg kan se at din mail er kommet igennem, men vedhæftningen mangler. Kan du sende lønsedlen igen?
Du kan bare skrive dit medarbejdernr. ({{digits:5}}) i emnefeltet – ikke dit CPR.

Venlig hilsen
Anja Poulsen
Løn & Personale
Tlf. {{tel:dk}}

=== hand-mail da
Kære Ib og Hanne

Tillykke med huset! Til tinglysningen skal vi bruge jeres CPR-numre. Ib: [[cpr:old]], Hanne: [[cpr:endash]]
– står det rigtigt? Købesum {{amount:big}} kr., deponeret på konto {{regkto}}.

Med venlig hilsen
Ejendomsmægler Carsten Bøgh
EDC Viborg, tlf. {{tel:dk}}

=== hand-mail sv
Hej Ahmed!

Jag har lagt in din dotter i skolskjutssystemet. Kontrollera gärna att uppgifterna stämmer:
Elev: Yasmin, pnr [[pnr:ld,school]]
Hållplats: Ekbacken 2
Kort-id: {{digits:10}}

/Skolskjutsen, Kumla kommun

=== hand-mail da
Hej Jesper,

Banken har ringet. De har brug for dit CPR for at kunne oprette NemKonto – jeg har IKKE givet dem det i
telefonen. Ring selv til dem på {{tel:dk}} og oplys sagsnr. {{ten}}.

Mvh Signe

=== hand-mail sv
Hej Petra,

Svar på din fråga om Lundqvists dödsbo: den avlidnes personnummer är [[pnr:ld]] och dödsboets
organisationsnummer (tillfälligt) är {{orgnr}}. Bouppteckningen ska vara inlämnad senast {{date:iso}}.

Vänligen
Juristbyrån Hedlund & Falk

=== hand-mail da
Hej Karsten

Til din orientering: vi har spærret adgangskortet for Anders Bjerre (medarb.nr. {{digits:6}}, kort-id
{{ten}}). Han stopper pr. 30/11. CPR til slutlønnen: [[cpr]].

Hilsen
Facility / Reception

=== hand-mail sv
Hej,

Vi ber om ursäkt för dröjsmålet. Din reklamation har ärendenummer {{tenl}} och returfrakten har
sändningsnummer {{sscc}}. Har du frågor, hänvisa till ordernumret {{digits:9}}.

Vänliga hälsningar
Kundtjänst, Hemtex Outlet
"""
