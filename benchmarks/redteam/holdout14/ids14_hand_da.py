"""Hand-written Danish business documents of the v14 identifier hold-out (written by rt14a for this set)."""

BANK = r"""
=== hand-mail da
Hej Pia

Jeg har vedhæftet min kontrakt i underskrevet stand. Du bad også om mit cpr-nummer til lønsystemet, det er [[cpr]].
Min første arbejdsdag er mandag den 4. januar.

Venlig hilsen
Kasper Lindholm
Tlf. {{dkph}}

=== hand-mail da
Hej Søren,

kan du lige tjekke om lønnen til Maja er gået ind? Hun ringede i morges og sagde at der ikke var kommet noget.
Hendes medarbejdernummer er {{n}} og cpr [[cpr:sp]]. Reg.nr. og kontonr. står som {{kto}} i systemet.

/Helle

=== hand-mail da
Tak for i går. Som aftalt sender jeg oplysningerne på min søn, der skal med på sundhedsforsikringen:
Navn: Oscar Brandt Mikkelsen
Cpr: [[cpr:kid]]
Policenr. på min egen ordning: {{cprlike}}

Mvh Anja Mikkelsen
Mobil {{dkph}}

=== hand-mail da
Hej igen

Beklager, jeg skrev forkert i går. Det rigtige er [[cpr#a]] (ikke {{badcpr}}, den dato findes jo ikke).

Hilsen
Torben

> Hej Torben, vi kan ikke oprette dig, cpr-nummeret afvises af systemet. Kan du sende det igen?
> Mvh Lønafdelingen

=== hand-mail da
Kære Bodil

Vedr. din henvendelse om feriepenge: vi har slået dig op på CPR [[cpr:senior]] og kan se, at feriepengene for
2025 er udbetalt den 14.05.2026 til konto {{kto:sp}}. Dit sagsnummer hos os er {{cprlike:dash}}.

Med venlig hilsen
Lønservice
Direkte {{dkph}}

=== hand-mail da
Hej alle

Husk at nye ansatte skal sende cpr-nr, adresse og kontonummer senest d. 20. Se eksempel nedenfor:

Navn: Frederik Holm
Cpr-nr.: [[cpr:nd]]
Konto: {{kto}}

Frederik har givet lov til at vi bruger hans oplysninger som eksempel.
/Malene, HR

=== hand-mail da
Hej Jesper

Jeg kan se at der i bilag {{n}} er opgivet et cpr-nummer i stedet for CVR på leverandøren. Enkeltmandsvirksomheden
har ikke noget CVR, så vi bruger ejerens cpr: [[cpr]]. Det er helt efter bogen, men husk at slette det fra mailen
når du har bogført.

Mvh Lone
Regnskab

=== hand-mail da
Hej Mette, tak for hurtigt svar!

> Kan du bekræfte din søns cpr, vi har [[cpr:kid#b]] i systemet?

Ja, det er rigtigt, [[cpr:kid#b]].

Venlig hilsen
Jens Ravn

=== hand-mail da
Til lønkontoret

Min kone er kommet på min pensionsordning som begunstiget. Hun hedder Karen Ravnsborg, cpr. [[cpr:senior]].
Mit eget cpr er [[cpr:senior]] og medarbejdernr. {{n}}.

Hilsen Poul Ravnsborg
Lager, hal 3

=== hand-mail da
Hej Line

Vi fik et ekstra barn på hos os i august, så jeg skal have opdateret forældreorlov og børnetillæg. Her er
oplysningerne:
- Alma, cpr [[cpr:kid]]
- storebror Viggo har i forvejen cpr [[cpr:kid]]

Tlf. hvis I har spørgsmål: {{dkph}}
Bh Ditte

=== hand-mail da
Hej Anders

Det nye cpr-nummer er tildelt efter 2007 (jeg kom til Danmark i 2019), så det er normalt at det ikke passer med
den gamle kontrolberegning. Det er [[cpr:new]]. Bed venligst IT om at slå valideringen fra i jeres formular.

Venlig hilsen
Oksana Petrenko

=== hand-mail da
Hej Dorthe

Fakturaen fra Nordlys Revision ApS er betalt. Betalingsoplysninger til dit bogholderi:
FIK {{fik}}
Beløb {{amount:da}} kr
Bilagsnr. {{n}}
Ingen personoplysninger i denne her, så den kan bare arkiveres.

/Carsten

=== hand-mail da
Hej,

vedr. jeres ordre {{cprlike}} af 28.11: varen er afsendt i dag. Pakkenr. {{ean}}. Ring gerne på {{dkph}} hvis
noget er galt.

Mvh Kundeservice

=== hand-mail da
Kære Rikke

Skat har bedt om dokumentation for din fradragsberettigede udgift. Vi har sendt oplysningerne under dit
CPR-nr. [[cpr:dot]] i går. Kvitteringsnummeret fra Skat er {{luhn10}}.

Venlig hilsen
Lønbureauet

=== hand-mail da
Hej Gitte

Jeg har kigget på regnearket. I kolonne C står der både cpr-numre og CVR-numre, det skal vi have skilt ad. Fx står
Flemming Aagaard som "[[cpr]]" (det er cpr) mens hans selskab står med {{cvr}} (det er CVR).

Mvh Kim

=== hand-mail da
Hej,

Vil I ændre min adresse? Jeg er flyttet til Skovvej 12, 8600 Silkeborg.
Cpr. [[cpr:en]]

Mange tak,
Signe Fuglsang
{{dkph}}

=== hand-mail da
Hej Nanna

Jeg har fundet fejlen: i importfilen var cpr-nummeret på Lars Winther delt over to linjer, så den læste kun den
første halvdel. Sådan står det i filen:
Lars Winther, cpr [[cpr:nl]]
Jeg retter filen og kører importen igen.

/Esben

=== hand-mail da
Hej Preben!

Nej, det er ikke mit cpr, det er vores kundenummer hos DSB: {{cprlike}}. Mit cpr har I allerede.

Hilsen Ebbe

=== hand-mail da
Til Ejendomsadministrationen

Lejer: Vibeke Østergaard, cpr-nr. [[cpr]]
Lejemål: Nørregade 7, 2. tv., 5000 Odense C
Lejekontraktnr.: {{cprlike}}
Depositum {{amount:da}} kr. er indbetalt til reg. {{kto}}.

Venlig hilsen
Vibeke

=== hand-mail da
Hej Søren

Jeg forstår ikke helt hvorfor lønsedlen viser [[cpr#c]] som mit cpr. Det er da korrekt, men jeg troede ikke det
stod på sedlen. Kan man få det fjernet?

> Hej, cpr-nummeret skal stå på lønsedlen efter reglerne, men vi kan maskere det i e-Boks-versionen,
> så der kun står {{cprmask}}.

Ok, tak. /Asger

=== hand-hr da
ANSÆTTELSESKONTRAKT

Mellem
Solstrand Byg A/S, CVR-nr. {{cvr}}, Havnevej 3, 4300 Holbæk
og
Mikkel Bonde, cpr-nr. [[cpr]], Kirkestræde 9, 4300 Holbæk

§ 1 Tiltrædelse: 1. februar 2027
§ 2 Løn: {{amount:da}} kr. pr. måned, udbetales til konto {{kto}}.

=== hand-hr da
Personaleoplysningsskema (udfyldt i hånden, indscannet)

Fornavn: Jytte     Efternavn: Kjærgaard
Cpr-nummer: [[cpr:senior]]
Telefon: {{dkph}}   Nærmeste pårørende: Ole Kjærgaard, tlf {{dkph}}
Skattekort: Hovedkort   Trækprocent: 38

=== hand-hr da
Fratrædelsesaftale
Medarbejder: Camilla Hougaard (cpr [[cpr]])
Fratrædelsesdato: 31.01.2027
Fratrædelsesgodtgørelse: {{amount:da}} kr.
Feriepenge afregnes via Feriepengeinfo.

=== hand-hr da
Hej HR

Jeg skal på barsel fra 1/3. Min kæreste hedder Mads Lykke og har cpr-nr. [[cpr]]; jeg har selv [[cpr]].
Vi deler orloven, så han tager uge 15-26.

Knus Trine

=== hand-hr da
Noter fra MUS-samtale med Henrik (emp. nr. {{n}}, cpr [[cpr:sp]]):
- ønsker at gå ned i tid fra 1. april
- har fået ny telefon: {{dkph}}
- kursus i Excel, pris {{amount:da}}

=== hand-hr da
Lønændring pr. 01.01.2027

Medarbejder        Cpr-nr         Ny løn
Anne Skov          [[cpr]]    {{amount:da}}
Rasmus Dahl        [[cpr]]    {{amount:da}}
Birgitte Holm      [[cpr:jan]]    {{amount:da}}

Godkendt: direktionen 02.12.2026

=== hand-hr da
Kære Ulla

Tillykke med de 25 år! Vi har lagt jubilæumsgratialet ind i december-lønnen. Gratialet er skattefrit op til
8.000 kr., resten beskattes. Det er registreret på dit cpr.nr. [[cpr:senior]].

Hilsen Direktionen

=== hand-hr da
Tro og love-erklæring vedr. straffeattest

Undertegnede Morten Vestergaard, cpr-nr. [[cpr:sdash]], giver samtykke til at virksomheden indhenter privat
straffeattest.

Dato: ___ / ___ 2026      Underskrift: ______________

=== hand-hr da
Sygemelding modtaget pr. telefon {{dkph}} kl. 07.45
Medarbejder: Louise Bang
Cpr: [[cpr]]
Første fraværsdag: 02.12.2026
Refusion anmodes via NemRefusion efter 30 dage.

=== hand-hr da
HR-checkliste – ny medarbejder
[x] Kontrakt underskrevet
[x] Cpr-nr. modtaget: [[cpr]]
[ ] Skattekort hentet
[x] Kontonummer: {{kto:sp}}
[ ] IT-konto oprettet (ticket {{n}})

=== hand-hr da
Elevkontrakt
Elev: Villads Friis, cpr-nr.: [[cpr:kid]]
Forældremyndighedsindehaver: Hanne Friis, cpr-nr.: [[cpr]]
Skole: Erhvervsskolen Nord, elevnr. {{n}}
Uddannelse: Tømrer, start august 2027

=== hand-payroll da
Hej Lønservice

Rettelser til lønkørsel 12:
Jakob Kragh: cpr [[cpr]] skal have 7,5 timers overtid
Sidsel Krogh: cpr [[cpr]] fratræder 15.12
Mette Kragh: cpr [[cpr:jan]], ny medarbejder, løn iflg. kontrakt
Hele listen står i vedhæftede fil.

Hilsen Niels

=== hand-payroll da
LØNSEDDEL december 2026
Lønmodtager: Aksel Thorsen  CPR: [[cpr]]
Medarb.nr: {{n}}   Afd.: 200 Produktion
Bruttoløn {{amount:da}}   AM-bidrag {{amount:da}}   A-skat {{amount:da}}
Udbetalt til {{kto}}
Arbejdsgiver: CVR {{cvr}}, P-nr. {{pnum}}

=== hand-payroll da
medarb;navn;cprnr;timer;sats
1042;Kirsten Lund;[[cpr]];37;215,50
1043;Jørgen Lund;[[cpr:nd]];30;198,00
1051;Emma Juhl;[[cpr]];25;140,25

=== hand-payroll da
Fra regnearket (kopieret, kolonnerne er: navn, cpr, løntrin, konto)

Lene Bruun	[[cpr]]	4	{{kto}}
Steffen Bruun	[[cpr]]	6	{{kto}}
Ida Bruun	[[cpr:jan]]	2	{{kto}}

=== hand-payroll da
Hej Pernille

Timelønnede til lønkørslen:
Oliver Bach [[cpr]] 42 t
Freja Ølgaard [[cpr]] 12 t
Jeppe Hald (ny i dag) [[cpr:new]] 8 t – cpr'en er tildelt i 2021, derfor fejler den gamle kontrol

Mvh Susanne

=== hand-payroll da
Feriepengeudbetaling – opgørelse
Navn: Christian Dam
Cpr-nr. [[cpr:sl]]
Ferieår: 01.09.2025-31.08.2026
Optjent ferie: 25 dage   Feriepenge: {{amount:da}} kr
Udbetalingsdato: 2026-05-01

=== hand-payroll da
Ændring af trækprocent
Medarbejder: Hanne Juul (cpr [[cpr]])
Gammel trækprocent 37, ny 39 fra lønperiode 202612.
Tlf. til medarbejder: {{dkph}}. Sag nr. {{n}}.

=== hand-payroll da
Udbetalingsliste — kørselsgodtgørelse november

Navn               Km    Beløb      CPR
Bo Kirk            412   1.553,24   [[cpr]]
Tove Kirk          98    369,46     [[cpr]]
Kasper Brix        1020  3.845,40   [[cpr]]
I alt                    5.768,10

=== hand-payroll da
Lønsystemet melder fejl på følgende:
"Ugyldigt CPR: {{badcpr}}" – medarbejderen har tastet forkert, vi afventer rettelse.
"Ugyldigt CPR: [[cpr:jan]]" – det er et gyldigt nummer født 1. januar, så der skal valideringen bare overstyres.

=== hand-supplier da
Hej Bente

Som aftalt i telefonen: jeg er selvstændig uden CVR-nummer, så I skal indberette honoraret på mit cpr [[cpr]].
Faktura {{n}} på {{amount:da}} kr. er vedhæftet.
Betaling til {{kto}}.

Mvh Lars Boesen, foredragsholder
{{dkph}}

=== hand-supplier da
Kære kunde

Vi har registreret jeres indbetaling på {{amount:da}} kr. på kundenr. {{cprlike}}. Restbeløbet er {{amount:da}} kr.
Betal venligst med FIK {{fik}}.
Med venlig hilsen Vestjysk Maskinhandel, CVR {{cvr}}

=== hand-supplier da
Hej Thomas

Kreditoroprettelse: Privat udlejer af lagerlokalet er Kirsten Dahlgaard. Hun har ingen CVR, så vi skal bruge cpr:
[[cpr:senior]]. Betaling til reg.nr. {{kto:sp}}. Husleje pr. kvartal {{amount:da}} kr.

/Gitte

=== hand-supplier da
Hej Hanne

Vi har fået en rykker fra Elektro-Service I/S, CVR {{cvr}}, på faktura nr. {{cprlike}}. Den er betalt den 12/11
med FIK {{fik}}. Kan du sende dem kvitteringen?

/Peter

=== hand-supplier da
Honorarkvittering
Modtager: Birgitte Winther
CPR: [[cpr]]
Ydelse: Oversættelse af brugsanvisning, 14 sider
Honorar: {{amount:da}} kr. (B-indkomst, AM-bidrag trækkes ikke)
Dato og underskrift: 01.12.2026 _____________

=== hand-invoice da
RYKKER 2

Kunde: Jan Frandsen, cpr.nr. [[cpr]]
Kundenr.: {{cprlike}}
Faktura {{cprlike:dash}} af 01.10.2026, beløb {{amount:da}} kr.
Rykkergebyr 100,00 kr.
Betales senest 15.12.2026 via FIK {{fik}}.
Spørgsmål til 70 20 30 40.

=== hand-invoice da
Faktura til privatkunde (håndværkerfradrag)
Kunde: Sanne og Bo Andersen
Cpr (til fradrag): [[cpr]] og [[cpr]]
Arbejdsløn {{amount:da}}, materialer {{amount:da}}
Vores CVR: {{cvr}}
Fakturanr. {{n}}

=== hand-invoice da
Kreditnota nr. {{n}}
Vedr. faktura {{cprlike}}
Ordrenr. {{cprlike}}
Beløb {{amount:da}} DKK
Tlf {{dkph}}
Bemærk: Ordrenumrene er ikke cpr-numre, selvom de ligner.

=== hand-voucher da
Bilag {{n}} – Udlæg
Medarbejder Rikke Hjorth, cpr [[cpr]]
Taxa 18.11 (kvittering {{cprlike}}) 312,00 kr
Parkering 60,00 kr
Refunderes til {{kto}}

=== hand-voucher da
Kassekladde nov. 2026
Bilag;Dato;Tekst;Konto;Beløb
{{n}};011126;Husleje;3410;-18.000,00
{{n}};031126;Løn forskud Peter Ahl cpr [[cpr]];6820;-5.000,00
{{n}};151126;Indbetaling kunde {{cprlike}};1100;24.750,00
{{n}};281126;Bankgebyr;7220;-45,00

=== hand-voucher da
Hej bogholder

Bilag 4711 er et forskud på rejse for Torben Schmidt ([[cpr:sp]]). Beløbet er hævet fra firmakortet
(kortnr. **** 4432). På kvitteringen står hans cpr maskeret som {{cprmask}}, det er den samme person.

/Line

=== hand-minutes da
Referat, personalemøde 28.11.2026
1. Ny lønpartner pr. 1/1. Alle skal logge på den nye portal med MitID.
2. Jesper spurgte, om cpr-nummer står på lønsedlen. Svar: ja.
3. Kantineordning: 15 kr. pr. dag.
4. Næste møde 09.01.2027 kl. 0900.
Referent: Anne

=== hand-minutes da
Bestyrelsesmøde i Grundejerforeningen Bakkely, 24.11.2026
Til stede: formand Flemming Rask, kasserer Inge Rask, Kirsten Borup
Ny kasserer: Kirsten Borup, cpr-nr. [[cpr:senior]], registreres i banken som tegningsberettiget.
Kontingent 2027: 1.200 kr. Foreningens CVR: {{cvr}}. Konto: {{kto}}.

=== hand-minutes da
Referat - driftsmøde lager
Deltagere: Bo, Jytte, Kasper
- Palleopgørelse: 412 stk, heraf 37 defekte.
- Ordre {{cprlike}} mangler stadig, kunden er ringet op på {{dkph}}.
- Vagtplan for jul rundsendes fredag.

=== hand-board da
Bestyrelsespapir: Punkt 5, ny direktør
Bestyrelsen indstiller at Signe Aabye (cpr. [[cpr]]) ansættes som administrerende direktør pr. 1. marts 2027
med en årsløn på {{amount:da}} kr. Aftalen anmeldes til Erhvervsstyrelsen; selskabets CVR er {{cvr}}.

=== hand-board da
Ejerbog pr. 31.12.2026 (uddrag)
Kapitalejer                 Cpr/CVR                Andel
Holding Nord ApS             {{cvr}}                 60 %
Anders Bødker               [[cpr]]          25 %
Mette Bødker                [[cpr]]          15 %

=== hand-contract da
Gældsbrev
Debitor: Jonas Sørensen, cpr-nr. [[cpr]]
Kreditor: Nordlys Revision ApS, CVR {{cvr}}
Hovedstol: {{amount:da}} kr., rente 6 % p.a.
Afdrag betales til reg.nr./kontonr. {{kto}}.

=== hand-contract da
Lejekontrakt — parkeringsplads nr. 14
Lejer: Susanne Hald, (cpr [[cpr]])
Udlejer: A/B Solgården, CVR-nr. {{cvr}}
Leje: 450 kr. pr. måned. Opsigelse: 1 måned.

=== hand-contract da
FULDMAGT
Jeg, Aase Vinther, cpr-nr. [[cpr:senior]], giver hermed min søn Christian Vinther, cpr-nr. [[cpr]], fuldmagt til
at handle på mine vegne over for banken.
Dato 30.11.2026

=== hand-chat da
[10:02] Pernille Holt: hej, hvad er Ebbes cpr? skal bruge det til forsikringen
[10:03] Kim Aagaard: [[cpr]]
[10:03] Kim Aagaard: men send det ikke på teams igen 🙈
[10:04] Pernille Holt: ups, sorry. sletter

=== hand-chat da
Malene Friis  11:47
den nye på lageret har cpr-nr [[cpr:nd]] og mobil {{dkph}}
Rasmus Kjeldsen  11:49
tak, oprettet. medarbejdernr {{n}}

=== hand-chat da
Mads: kan du give mig ordrenummeret?
Gitte: {{cprlike}}
Mads: det ligner et cpr haha
Gitte: ja, vores gamle system lavede dem ud fra dato + løbenummer

=== hand-chat da
Sidsel 08:31: Mathildes cpr er [[cpr:kid]] – hun skal med på firmaets børneforsikring
Sidsel 08:31: og tlf til mig er {{dkph}}
HR 08:40: modtaget, tak

=== hand-chat da
Henrik [13.22]: Kan nogen bekræfte CVR på Solstrand? Jeg har {{cvr}}
Lene [13.24]: korrekt. P-nr er {{pnum}}
Henrik [13.25]: super

=== hand-form da
Tilmelding til firmaets sundhedsordning (udfyldes med blokbogstaver)
NAVN: METTE GRØN
CPR-NR.: [[cpr]]
ÆGTEFÆLLE/SAMLEVER: TORBEN GRØN   CPR-NR.: [[cpr]]
BØRN UNDER 21: EMIL GRØN, [[cpr:kid]]
TLF: {{dkph}}

=== hand-form da
Blanket: Ansøgning om personalelån
Navn .................. Peter Kolding
Cpr-nr. ............... [[cpr]]
Lånebeløb ............. 25.000 kr
Afdrag pr. md. ........ 2.083 kr
Konto ................. {{kto}}

=== hand-form da
Udlevering af nøglebrik
Navn: Freja Hansen    Cpr: [[cpr:dot]]    Brik nr.: {{n}}
Udleveret: 02-12-2026   Kvittering: ____________

=== hand-form da
Skema for kørsel i egen bil
Navn: Bent Kjær, cpr. [[cpr:sl]]
Nummerplade: AB 12 345
Dato   Fra-til              Km
03/11  Vejle-Kolding        28
07/11  Vejle-Horsens        31

=== hand-pdf da
Medarbejderoversigt    Afdeling 310    Udskrevet 02.12.2026
Navn Cpr-nr. Ansat
Poul Ebbesen [[cpr]] 01.03.2011
Kirsten Hvid [[cpr]] 15.08.2019 Lone Bjerre [[cpr]] 01.10.2022
Side 1 / 1

=== hand-pdf da
LØNSEDDEL
Navn: Hanne Lauridsen Cpr-nr.: [[cpr:ocr]] Periode: 01.11.2026 - 30.11.2026
Bruttoløn 34.512,00 A-skat 9.874,00
Udbetalt 21.044,18 Reg.nr. {{kto}}

=== hand-pdf da
Årsopgørelse 2025 (side 2)
Personnummer (CPR)
[[cpr:ocr]]
Lønindkomst 412.300 Beskæftigelsesfradrag 45.100
Skattekommune Aarhus

=== hand-pdf da
Ansøgning om flexjob Side 3 af 7
Borgerens cpr-nr.
[[cpr]] Borgerens navn Mette Lynge
Arbejdsgiver CVR {{cvr}} Arbejdsgivers P-nr. {{pnum}}

=== hand-pdf da
Kontoudtog nr. 12 Reg.nr. Kontonr. {{kto}} Side 1
Dato Tekst Beløb Saldo
01.11 Løn {{amount:da}} {{amount:da}}
03.11 MobilePay {{dkph}} -200,00 {{amount:da}}
(ingen cpr på kontoudtog)

=== hand-scan da
Indscannet formular (tekstgenkendelse)
Medarbejder: Gunnar Bak
CPR—nr: [[cpr:ocr]]
Dato: O2.12.2026

=== hand-scan da
Kvittering for udbetaling (OCR-læst)
Modtager Lis Damgaard, CPR [[cpr:ocr,sp]]
Beløb kr. 4.5OO,OO

=== hand-csv da
id,navn,cpr,email
1,Anders Frost,[[cpr]],anders.frost@gmail.com
2,Ida Frost,[[cpr:kid]],
3,Karen Frost,[[cpr:senior]],karen.f@mail.dk

=== hand-csv da
"Navn";"CPR-nummer";"Telefon"
"Søren Østergaard";"[[cpr]]";"{{dkph}}"
"Lene Østergaard";"[[cpr]]";"{{dkph}}"

=== hand-csv da
navn|cpr|kunde
Mikkel Skov|[[cpr]]|{{cprlike}}
Tine Skov|[[cpr:en]]|{{cprlike}}

=== hand-csv da
Deltagerliste (eksport fra tilmeldingssystemet, uden overskrift)
Carsten Mølgaard, [[cpr]], Aalborg
Hanne Mølgaard, [[cpr]], Aalborg
Sebastian Mølgaard, [[cpr:kid]], Aalborg
Kolonne 2 er cpr-nr. (bruges til kursusbeviset)

=== hand-csv da
Navn	Medarb.nr	Cpr	Bemærkning
Jonas Brink	{{n}}	[[cpr]]	på orlov
Amalie Brink	{{n}}	[[cpr]]
Helge Brink	{{n}}	[[cpr:jan]]	født 1/1

=== hand-mail da
Hej Jonna,

tak for mødet. Jeg har fundet policenummeret: {{cprlike}}. Det er ikke mit cpr, selvom det ligner. Mit cpr har I
fra ansøgningen.

Mvh Kristian

=== hand-mail da
Hej,

ring venligst til mig på 40 12 77 98, [[cpr]] er mit cpr-nummer hvis I skal slå mig op.

Mvh Klaus Riis

=== hand-mail da
Hej Lønservice

Vi har fået en ny medarbejder fra Polen. Hun har fået cpr-nummer i oktober 2026 (tildelt efter 2007, så den gamle
modulus-kontrol passer ikke): [[cpr:new]]. Navn: Agnieszka Nowak. Start: 01.12.2026.

/HR

=== hand-mail da
Kære Morten

Vi mangler stadig din underskrift på pensionsaftalen, policenr. {{cprlike:dash}}. Aftalen er oprettet på dit
cpr-nr. "[[cpr]]". Du kan underskrive med MitID via linket.

Venlig hilsen
Pension Danmark-teamet

=== hand-mail da
Hej, kan I stoppe abonnementet på min afdøde fars vegne? Han hed Erik Bodholt, cpr [[cpr:senior]], og døde den
14. november. Kundenummeret er {{cprlike}}.

Venlig hilsen
Hanne Bodholt
{{dkph}}

=== hand-mail da
Hej Jacob

Opfølgning på telefonsamtalen (tlf./cpr: {{dkph}} / [[cpr]]): Ja, vi kan godt oprette fleksordningen fra 1. januar.

Mvh Birgit
Løn og personale

=== hand-mail da
Hej,

Er cpr "[[cpr:sp]]" korrekt? Det står sådan i jeres brev, og jeg synes ikke det ligner mit.

Hilsen Ole Thomsen

> Kære Ole Thomsen
> Vi har registreret dit cpr-nummer [[cpr:sp]] i forbindelse med din ansøgning.

=== hand-mail da
Hej igen

Her er tallene til kvartalsrapporten:
Omsætning Q3: 4.812.000
Antal ordrer: 1.204
Største ordre: {{cprlike}} (Vestjysk Maskinhandel)
Mvh
Bo
"""

BANK += r"""
=== hand-mail da
Hej Kirsten

Jeg sender lige de tre nye elever til lønsystemet. Cpr-numrene er skrevet af fra deres sundhedskort:
Emil Vestergaard – [[cpr:kid]]
Laura Bisgaard – [[cpr:kid]]
Noah Sletting – [[cpr:kid]]
Kontaktpersonen på skolen har tlf. {{dkph}}.

Mvh Bjarne

=== hand-mail da
Hej Trine

Telefonnummer og cpr, som du bad om: {{dkph}}
[[cpr:nl]]
(det blev delt op i to linjer, da jeg kopierede fra mobilen)

/Charlotte

=== hand-mail da
Hej,

I jeres brev af 25/11 står mit cpr som "[[cpr:sdash]]" med mellemrum omkring stregen. Det er rigtigt nok, men
jeres system skriver at det er ugyldigt. Jeg er født 1. januar, så måske er det derfor?
> Ja, personer født 1. januar kan have cpr-numre uden kontrolciffer, vi retter det.

Mvh Arne Kjeldsen

=== hand-mail da
Hej Jette

Bestyrelsen skal registreres i banken. Her er oplysningerne:
Formand: Kurt Møller, cpr [[cpr:senior]], tlf. {{dkph}}
Kasserer: Inge Dahl, cpr [[cpr]], tlf. {{dkph}}
Foreningens CVR: {{cvr}}, konto {{kto}}

Venlig hilsen Kurt

=== hand-mail da
Kære Lønafdeling

Min datter (cpr. [[cpr:kid]]) har fået studiejob hos jer. Hun er under 18, så jeg giver hermed samtykke som
forælder. Mit eget cpr er [[cpr]].

Hilsen Lisbeth Holt

=== hand-mail da
Hej Anders,

Her kommer oversigten over de tillidsrepræsentanter, der skal have frihed til kursus:
1. Tina Bech ([[cpr:en]])
2. Henrik Lau ([[cpr:en]])
3. Majken Lind ([[cpr:en]])
Kursusnr. {{cprlike}}, pris pr. deltager {{amount:da}} kr.

/Tillidsmand

=== hand-mail da
Hej Lene

> > Kan du sende cpr-nummeret på din mand til dødsfaldsdækningen?
> Ja: [[cpr:senior#m]]
Tak! Jeg har registreret [[cpr:senior#m]] på policen {{cprlike}}.

Mvh Pensionskassen

=== hand-mail da
Hej igen

Nej, 1203861234 er ikke mit cpr, det er vores gamle kundenummer. Mit cpr er [[cpr:nd]].

Mvh Villy

=== hand-payroll da
Hej Lønservice,

Vi har tre korrektioner til december-lønnen (medarbejdernr., navn, cpr, beløb):
{{n}} / Ole Bisgaard / [[cpr:sl]] / 1.200,00
{{n}} / Gitte Lind / [[cpr:sl]] / -450,00
{{n}} / Amir Haddad / [[cpr:new]] / 3.100,00 (cpr tildelt 2018, uden modulus 11)

Tak!
Mette, bogholderiet
Direkte {{dkph}}

=== hand-payroll da
Lønoplysninger til revisor (udtræk pr. 30.11.2026, uden overskrifter, kolonner: navn, cpr, løn hittil i år)
Jens Kold [[cpr]] 412.300
Bente Kold [[cpr]] 389.120
Mie Lauritsen [[cpr:jan]] 156.400

=== hand-payroll da
Medarbejder: Sven Iversen   CPR: [[cpr:dot]]   Løntrin 5
Medarbejder: Lise Iversen   CPR: [[cpr:dot]]   Løntrin 3
Medarbejder: Kaj Brandt     CPR: [[cpr:dot]]   Løntrin 7

=== hand-supplier da
Hej Mogens

Vi kan ikke oprette dig som kreditor uden CVR-nummer eller cpr. Du skrev {{cprlike}} i fakturaen, men det er jo
dit fakturanummer. Kan du sende dit cpr-nummer i en sikker mail?

> Undskyld! Cpr er [[cpr]]. Fakturanummeret er som sagt det andet.

Mvh Regnskab

=== hand-contract da
Købsaftale – brugt varevogn
Sælger: Niels Hedegaard, cpr-nr. [[cpr]], Ringvej 4, 7100 Vejle
Køber: Solstrand Byg A/S, CVR-nr. {{cvr}}
Stelnr. WF0XXXTTGXKJ12345, reg.nr. AB 12 345
Købesum 98.000 kr. betales til reg.nr./konto {{kto}}.

=== hand-board da
Bilag til bestyrelsesmøde: Ledelsens aktiebeholdninger
Adm. dir. Søren Lauge, cpr [[cpr]]: 12.000 aktier
Økonomichef Pia Lauge, cpr [[cpr]]: 3.500 aktier
Selskabets aktiebog føres af {{cvr}} (VP Securities).

=== hand-chat da
Bo 14:01: har du cpr på Lines søn? skal bruge det til rejseforsikringen
Line 14:03: [[cpr:kid]]
Line 14:03: og min egen er [[cpr]] hvis du også mangler den
Bo 14:04: tak, slet gerne beskederne

=== hand-form da
Tilmelding til julefrokost + overnatning (hotellet kræver cpr for alle over 18)
Navn            Cpr               Værelse
Hans Kirk       [[cpr]]       enkelt
Maria Kirk      [[cpr]]       dobbelt
Ludvig Kirk     [[cpr:kid]]       dobbelt (barn)

=== hand-pdf da
Tillæg til ansættelseskontrakt Side 1/2 Medarbejder Cpr-nr. Afdeling Carina Friis [[cpr]] Salg
Tillægget vedrører ændret arbejdstid fra 37 til 32 timer pr. uge, gældende fra 01.02.2027. Medarbejder
Cpr-nr. Afdeling Leo Friis [[cpr]] Lager

=== hand-pdf da
Udskrift fra e-Boks: Lønseddel
Navn Bjørn Kruse
CPR-nr.
[[cpr:nl]]
Medarbejdernr. {{n}}

=== hand-csv da
cpr;navn;start
[[cpr]];Jacob Holm;01-01-2027
[[cpr]];Signe Holm;01-01-2027
[[cpr:nl]];Ib Holm;01-02-2027

=== hand-form da
Ansøgning om firmabil – udfyldt af medarbejder
Navn: Poul Holst
Cpr-nr.: [[cpr:sdash]]
Ønsket model: Skoda Enyaq, beskatningsgrundlag 412.000 kr.
Ægtefælle (kører også bilen): Inger Holst, cpr-nr.: [[cpr:sdash]]
Tlf.: {{dkph}}
"""
