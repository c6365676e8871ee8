"""Hand-written Danish documents for the v5 identifier hold-out (each written once)."""

BANK = r"""
=== hand-jobcenter da
Jobcenter Vejle
Samtale-notat, 12.11.2026

Borger: Kasper Dalgaard Holm, cpr «cpr»
Til stede: borger, sagsbehandler Lone Ravnsborg (LR)

Borger oplyser at han har søgt 14 stillinger siden sidst, bl.a. hos Vejle Rør ApS (CVR «cvr») og
Bygma Vejle. Han har ikke modtaget svar fra Bygma. Vi aftaler nyt møde 3/12 kl. 10.15.
Jobloggen er opdateret. Ref.nr. i Jobnet: «dl10:plain»
/LR

=== hand-jobcenter da
Hej Lone

Jeg kan ikke komme torsdag, min søn er syg. Kan vi flytte til mandag? Mit cpr er «cpr:plain» hvis du skal bruge det
til at finde mig i systemet.

Venlig hilsen
Nadia Haddad
Tlf. «dkphone»

=== hand-borgerservice da
Borgerservice Aarhus - kvittering for henvendelse
Sagsnr.: «dl10m:dash»
Ekspedient: MKJ
Emne: Nyt sundhedskort, bortkommet
CPR: «cpr:plain»
Gebyr 195,00 kr. betalt med MobilePay (transaktion «num:10»)

=== hand-borgerservice da
Til Borgerservice

Jeg skal have lavet pas til min datter. Hun hedder Alma og har cpr «cpr@child», jeg er selv «cpr».
Vi har tid onsdag kl 13.40, bookingnummer «dl10:plain». Skal hendes far også med, når vi er skilt?

Mvh Sanne

=== hand-byggesag da
Byggesag 2026-04411 / BBR-ejendomsnr. «num:6»
Ejendom: Lindevej 14, 8600 Silkeborg, matr.nr. 12ab Balle By
Ansøger: Henrik Munk Sørensen (cpr «cpr»)
Medansøger: Birgitte Munk Sørensen (cpr «cpr:space»)
Ansøgningen om carport 38 m² er modtaget 02.10.2026. Tilladelse forventes inden for 40 dage.
Journalnr. til brug ved henvendelse: 02.34.02-P19-«num:4»-26

=== hand-byggesag da
Fra: Jens Kallesøe
Emne: SV: Byggetilladelse udestuen

Hej,
jeg har vedhæftet tegningerne igen. BFE-nummer er «dl10m:plain», og ejerens CPR (min far, han er over 85)
er «cpr@old». Han har givet mig fuldmagt, den ligger også i vedhæftningen.
Jens

=== hand-sfo da
Kære forældre i 0.B

Der mangler stadig samtykke til fotografering fra nogle af jer. Tjek Aula.
Husk også madpakke fredag, vi skal i skoven.

Hilsen Pernille (SFO Solsikken)

PS til Jonas' forældre: den seddel I afleverede havde Jonas' cpr («cpr@child») skrevet på. Vi må egentlig
ikke have det på papir, så kan I skrive det i Aula i stedet?

=== hand-sfo da
Indmeldelse SFO Bakkegården - skoleåret 2026/27
Barnets navn: Liva Østergaard Brix
Barnets CPR-nr.: «cpr:plain@child»
Forælder 1: Camilla Brix, «cpr»
Forælder 2: Tobias Østergaard, «cpr:plain@nomod»
Betalende forælder: Forælder 1
Reg.nr./kontonr. til tilskud: «dkacct»

=== hand-aeldrepleje da
Hjemmeplejen Gruppe Nord - overlevering aftenvagt
Kl. 22.10: Borger i Æblehaven 3 (Inger Lise Dahl, cpr «cpr@old») faldet i stuen, ingen synlige skader,
vagtlæge ringet (ventetid). Datter kontaktet på «dkphone».
Kl. 22.45: Medicin givet hos Poul Erik i nr. 11, kvitteret i Nexus.
Nøgleboks-kode skiftet til 4471.

=== hand-aeldrepleje da
Visitationsafgørelse
Kommunen har den 25. november 2026 truffet afgørelse om hjælp efter servicelovens § 83 til
Ellen Margrethe Juhl
«cpr:space»
Rosenvænget 9, st.tv.
7100 Vejle

Du er bevilget hjælp til personlig pleje morgen og aften samt rengøring hver 2. uge.
Afgørelsen kan påklages inden 4 uger. Sagsnr. «dl10m:dash».

=== hand-udbetaling da
Udbetaling Danmark
Folkepension - ændring af udbetaling

Til: Knud Erik Vestergaard
CPR-nr. «cpr@old»

Vi har modtaget nye oplysninger om din indtægt fra Skattestyrelsen. Fra 1. januar 2027 udbetaler vi
16.120,00 kr. om måneden til din NemKonto. Dit journalnummer er «dl10:dash» - oplys det altid når du skriver.
Spørgsmål: ring på 70 12 80 63.

=== hand-udbetaling da
boligstøtte
ansøger: mette thorsen «cpr:plain»
medlemmer af husstanden: rasmus (søn) «cpr:plain@child», ida (datter) «cpr:plain@child»
husleje 7.850 kr/md, lejemål nr «dl10:plain» hos Boligselskabet Fjordparken
indkomst 2025: 286.400 kr

=== hand-skat da
Fra: Skattestyrelsen <noreply@skat.dk>
Emne: Du har fået en ny besked i TastSelv

Der er en ny meddelelse til dig om din forskudsopgørelse 2027.
Log på skat.dk med MitID for at læse den. Vi skriver aldrig dit cpr-nummer i en mail.
Meddelelses-id: «num:12»

=== hand-skat da
Årsopgørelse 2025 - genoptagelse
Vedr.: Torben Kragh, CPR «cpr:plain»
Jeg beder hermed om genoptagelse af min årsopgørelse, idet befordringsfradraget er beregnet forkert.
Jeg har i hele 2025 kørt fra Odder til Horsens (48 km t/r). Min arbejdsgiver (SE-nr. «senr») kan bekræfte det.

=== hand-bank da
Låneansøgning - boliglån
Ansøger 1: Michael Friis Andersen   CPR: «cpr»
Ansøger 2: Julie Friis Andersen     CPR: «cpr@nomod»
Kontonr. i dag: «dkacct»
Ønsket lån: 2.150.000 kr., 30 år, F5
Ejendommens BFE-nr.: «dl10m:plain»
Rådgiver: Søren Bjerre, Jyske afd. 7130

=== hand-bank da
Hej Mathias

Tak for snakken. Som lovet her det, jeg mangler før vi kan kreditvurdere:
- lønsedler for sep/okt/nov
- årsopgørelse 2025
- dit cpr (skriv det gerne i vores sikre postkasse, ikke her)

Referencenummer på din sag: «dl10m:plain». Det er IKKE dit cpr, bare vores sagsnummer, så det må du gerne skrive i mails.

Venlig hilsen
Lise Hald, boligrådgiver

=== hand-bank da
Kontoudtog 01.11.2026-30.11.2026
Konto: «dkacct»   IBAN «iban_dk»
Dato    Tekst                                   Beløb      Saldo
03.11   Lønoverførsel ref. «dl10:plain»         28.114,50  31.402,11
05.11   MobilePay «dkphone:plain»               -250,00    31.152,11
09.11   Dankort Netto 4711                      -412,35    30.739,76
15.11   Overf. til Bo Kjær reg «dkacct»         -1.500,00  29.239,76
28.11   BS Boligforeningen kundenr «dl10m:plain»  -6.870,00  22.369,76

=== hand-forsikring da
Skadesanmeldelse - indbrud
Forsikringstager: Ahmad Rahimi, cpr «cpr»
Police nr.: «dl10m:dash»
Skadesnummer: «dl10:plain»
Skadedato: 14.11.2026
Stjålet: cykel (stelnr. WBK«num:7»), iPhone 15 (IMEI «imei»), bærbar
Politiets journalnr.: «num:4»-«num:5»-«num:5»-26

=== hand-forsikring da
Hej Tryg

Min søn Oliver (cpr «cpr:plain@child») er faldet på trampolinen og har brækket armen. Han er dækket af vores
ulykkesforsikring, police «dl10m:plain». Skal I have journalen fra skadestuen?

Mvh
Anne Kathrine Nygaard
«cpr:plain»

=== hand-politi da
Rapport - Midt- og Vestjyllands Politi
Journalnr. 4100-«num:5»-«num:5»-26
Anmelder: Birthe Kjeldsen, cpr «cpr», Skovbrynet 2, Ikast
Sigtet: Patrick Lund Mikkelsen, cpr «cpr@nomod»
Forhold: Butikstyveri, Føtex Ikast, 2 flasker spiritus (værdi 398 kr.)
Sigtede var til stede og erkendte. Sagen sendes til anklagemyndigheden.

=== hand-politi da
Fra vagtcentralen kl. 02:14: patrulje 21-4 kørt til Østergade 22 efter uro.
Personen på stedet oplyst som «cpr:plain», navn opgivet som Rene Holst. Tjekket i POLSAS, ingen hits.
Bil reg.nr. CX 41 882. Person kørt hjem.

=== hand-retsbog da
Udskrift af retsbogen
Retten i Holbæk
Den 19. november 2026 blev retten sat af dommer Karen Dyhr.
Sag nr. SS-«num:4»/2026
Anklagemyndigheden mod
Mikkel Trane Bech
cpr.nr. «cpr»
Tiltalte mødte, ledsaget af advokat Jonas Ulrik Beck.
Tiltalte erkendte sig skyldig. Dom afsagt som anført.

=== hand-retsbog da
Sag BS-«num:5»/2025-HIL. Sagsøger: Vognmand Ejvind Ravn ApS (CVR «cvr»). Sagsøgte: Lene Ravn, cpr
«cpr:nl». Parterne er enige om at forlige sagen.

=== hand-universitet da
Aarhus Universitet - Optagelse.dk
Ansøgningsnummer: «dl10:plain»
Ansøger: Freja Mølgaard Sloth
CPR-nummer: «cpr:plain@nomod»
1. prioritet: Medicin, Aarhus
Kvote 2-ansøgning modtaget. Bilag: 3 (eksamensbevis, CV, motiveret ansøgning)

=== hand-universitet da
Eksamensliste - Mikroøkonomi II, vinter 2026/27 (lokale 1.212)
Studienr.  Navn                   Fødselsdato/CPR
201904811  Asger Lind Mortensen   «cpr»
202011322  Hiba Mansour           «cpr:plain»
202003987  Sebastian Kirk         «cpr»
201805500  Line Hauge             (orlov)
Tilsynsførende: VB / KH

=== hand-tandlaege da
Tandlægerne i Torvegade - påmindelse
Hej Bente. Du har tid til tandrensning tirsdag 8/12 kl. 08:30 hos Tandplejer Mia.
Afbud senest 24 timer før på «dkphone». Patientnr. «num:6».
Svar IKKE med dit cpr på denne sms.

=== hand-tandlaege da
Henvisning til kæbekirurgisk afdeling
Patient: Niels-Ole Frandsen, «cpr:space»
Henvisende tandlæge: Anja Thorup, ydernr. «num:6»
Diagnose: retineret 48, smerter. Røntgen vedlagt (OPG 11.11.2026).

=== hand-dyrlaege da
Dyreklinikken Vestbyen - journal
Dyr: Bella, labrador, tæve, 7 år, chip «num:15»
Ejer: Søs Baggesen, cpr «cpr» (til betalingsaftale)
Adresse: Nørregade 41, 5800 Nyborg   Tlf: «dkphone»
Behandling: tandrens + ekstraktion 208. Faktura «dl10:plain», 4.312,50 kr.

=== hand-dyrlaege da
Hej, vi fik lige en opkrævning fra jer på 2.100 kr. med kundenummer «dl10m:plain» men vi har ikke været hos jer
siden marts? Hunden hedder Fido og er en gravhund. Jeg hedder Bjarne Rosenkvist. Kan I tjekke det?

=== hand-fitness da
Velkommen i FitZone Herning!
Medlemsnummer: «dl10:plain»
Adgangskode til døren: din pinkode + #
Kontingent: 249 kr./md. trækkes via Betalingsservice, aftalenr. «dl10m:plain»
Spørgsmål? Skriv til info@fitzone-herning.dk

=== hand-fitness da
Medlemsliste bestyrelse/udvalg, Ikast Bokseklub (kun til intern brug)
Formand        Hassan Demir      «cpr»   «dkphone»
Kasserer       Dorte Skytte      «cpr»   «dkphone»
Træner U13     Mads Vinther      «cpr»   «dkphone»
Politiattest indhentet for alle tre (børneattest), ref. i Ungdomsbasen

=== hand-udlejer da
Lejekontrakt - tillæg
Lejemålet: Kastanievej 8, 2. th., 9000 Aalborg (lejemålsnr. «dl10:plain»)
Lejer: Sofie Kruse Nørgaard, cpr «cpr»
Fremlejetager: Amalie Pedersen, cpr «cpr@nomod»
Fremlejeperiode 1.1.2027 - 31.12.2027. Udlejer: Ejendomsselskabet Kastanien ApS, CVR «cvr».

=== hand-udlejer da
Kære beboer
Vi skifter vaskeri-system d. 15/12. Din nye vaskebrik har nr. «dl10:plain» og skal aktiveres med dit lejemålsnummer.
Venlig hilsen Administrationen, Boligforeningen Østparken

=== hand-bedemand da
Begravelsesforretningen Fjordlund
Ordrebekræftelse nr. «dl10:plain»
Afdøde: Gudrun Elisabeth Winther, cpr «cpr@old», død 21.11.2026
Kontaktperson: søn, Peter Winther, «cpr»
Bisættelse fra Vor Frue Kirke 28.11.2026 kl. 11.00
Begravelseshjælp søges fra Udbetaling Danmark på vegne af boet.

=== hand-slaegt da
Slægtsbog - familien Thygesen (uddrag)

Anders Thygesen, f. i Hjerm, CPR «cpr#a@old». Gift 1947 med
Karen Marie Thygesen, f. Bach (CPR «cpr@old»). Børn:
  - Ole Thygesen, «cpr»
  - Grethe Thygesen, «cpr»
Anders' CPR står på dåbsattesten fra 1968 som «cpr#a:plain» (han fik CPR ved indførelsen i 1968).

=== hand-advokat da
ADVOKATFIRMAET HOLM & ROSENDAL
Boet efter Aase Lykke Bonde, cpr. «cpr@old»
Vores ref.: 22871-0004 KBL
Skifteretten i Odense har udstedt skifteretsattest den 10.11.2026 til arvingerne:
1. Jakob Lykke Bonde, «cpr»
2. Christina Lykke Bonde, «cpr@nomod»
Boets konto i Nykredit: «dkacct»

=== hand-advokat da
Kære Peter
Som aftalt vedhæfter jeg fuldmagten til underskrift. Bemærk at der i punkt 3 står CPR «cpr:plain»,
men du skrev i din mail at det er «cpr:plain». Et af dem er forkert - tjek venligst og giv lyd.
Bedste hilsner
Signe Albrechtsen, advokatfuldmægtig

=== hand-revisor da
Bilag 2026 - Tømrermester Brian Kjær (CVR «cvr»)
Bilagsnr.  Dato       Tekst                          Beløb
«dl10:plain» 02.11.26 Stark, materialer               8.412,00
«dl10:plain» 04.11.26 Shell, diesel                     912,40
«dl10:plain» 09.11.26 Løn B. Kjær (privat, cpr «cpr»)  22.000,00
«dl10:plain» 11.11.26 Hilti, værktøj                  3.299,00

=== hand-revisor da
Hej Mette

Jeg har bogført bilagene fra oktober. To ting:
1) Bilag «dl10m:plain» (Elgiganten) ligner en privat udgift?
2) Du har lagt lønsedlen til Jesper ind som bilag, og den står med hans fulde cpr (ser ud til at være «cpr»).
   Jeg har fjernet den fra mappen. Send den via e-Boks fremover.

/Kristian, Revisorhuset

=== hand-loen da
LØNSEDDEL  November 2026
Arbejdsgiver: VVS-Centralen Skive ApS   CVR «cvr»   P-nr. «pnum»
Medarbejder:  Dennis Højgaard Møller    CPR «cpr»   Medarb.nr. 0041
Timeløn 214,65 x 160,33                 34.415,83
AM-bidrag 8%                            -2.753,27
A-skat                                  -9.115,00
ATP                                        -99,00
Udbetalt til konto «dkacct»              22.448,56

=== hand-loen da
Lønsedler sendt til e-Boks 30.11.2026 (kørsel «num:6»):
Svend Aage Nissen «cpr:plain» ok
Rikke Lauritsen «cpr:plain» ok
Yusuf Kaya «cpr:plain@jan1» fejl: ingen e-Boks, sendt som brev
Marianne Skov «cpr:plain» ok

=== hand-eboks da
e-Boks: Ny post fra Nykredit
Til: Lars Gjerløv
Emne: Din årsoversigt 2025
Afsender-id «num:8». Åbn e-Boks for at læse beskeden.

=== hand-eboks da
Du har modtaget post i Digital Post
Fra: Region Hovedstaden
Modtager: «cpr:ocr» (sidste 4 skjult i andre meddelelser)
Emne: Indkaldelse til mammografi

=== hand-sms da
[14:02] Mor: hej skat kan du sende mig dit cpr igen skal bruge det til apoteket
[14:05] Emma: «cpr:plain»
[14:05] Emma: og din egen??
[14:06] Mor: den kan jeg da godt huske 😂 «cpr»
[14:06] Mor: tak ❤️

=== hand-sms da
Din pakke fra Zalando er klar i Pakkeboks 4410 Kvickly. Kode: 4482. Pakkenr. «sscc». Afhentes senest 05.12.

=== hand-sms da
Hej det er Ulla fra lægehuset, husk at booke ny tid til blodprøve. Du kan ringe på «dkphone:plain». Vh Lægerne Bymidten

=== hand-voicemail da
Voicemail (transskriberet automatisk), 27.11.2026 09:41, fra +45 «dkphone»:
"Ja hej det er Grete Lauesen, jeg ringer angående min mands pension, han er jo død i sommer og jeg har ikke fået noget
brev endnu. Hans cpr nummer er «cpr@old» og mit eget er øh «cpr». I kan ringe tilbage på det her nummer. Tak."

=== hand-voicemail da
Talebesked 28/11 16:22 (transskription, kan indeholde fejl):
"hej det er Martin fra Elektro Service ... ordrenummeret er «dl10:space» ... vi kommer på mandag i stedet ... ring
hvis det ikke passer på otte syv seks fem fire tre to en"

=== hand-ocr da
Kommune Kolding - Social og Arbejdsmarked                                   Side 1 af 2
Afgø-
relse om personligt tillæg
Du har søgt om tillæg til medicin. Vi har den 3. novem-
ber 2026 bevilget 1.240 kr. Ansøger: Erna Jør-
gensen, cpr.nr. «cpr:ocr». Beløbet udbetales til din Nem-
Konto. Sagsnummer «dl10m:dash».

=== hand-ocr da
[Scannet brev, OCR]
Vedr. CPR-nr.«cpr:ocr» - Henrik Stæhr
Jeg har mod-
taget jeres brev af 2.11. og gør indsigelse mod op-
krævningen (kundenr. «dl10m:plain»).

=== hand-regneark da
Hej alle,
Her er listen over dem, der skal have julegave-kort (kopieret fra Excel):

Navn	Afdeling	CPR	Gavekort nr.
Susanne Bang	Lager	«cpr:plain»	«dl10:plain»
Kim Holt	Lager	«cpr:plain»	«dl10:plain»
Jakob Winther	Salg	«cpr:plain@nomod»	«dl10:plain»
Aisha Noor	Salg	«cpr:plain»	«dl10:plain»

Lønkontoret skal bruge cpr til beskatning af gaven. /Helle

=== hand-regneark da
Fra: Helle Bruun
Emne: Kørselsgodtgørelse okt

Medarb.	Km	Sats	Beløb	Løbenr.
Bent	412	3,79	1561,48	«dl10m:plain»
Signe	218	3,79	826,22	«dl10m:plain»
Ali	90	3,79	341,10	«dl10:plain»
Sum			2728,80

=== hand-api da
POST /api/v2/borgere HTTP/1.1
Host: sag.kommune.local
Content-Type: application/json

{"cpr": "«cpr:plain»", "navn": "Lea Sønderby", "adresse": {"vej": "Møllevej 3", "postnr": "4200"},
 "sagsnummer": "«dl10m:plain»", "kontaktperson": {"cpr": "«cpr:plain»", "rolle": "værge"}}

=== hand-api da
<?xml version="1.0" encoding="UTF-8"?>
<Borger>
  <PersonCivilRegistrationIdentifier>«cpr:plain»</PersonCivilRegistrationIdentifier>
  <PersonNameStructure><PersonGivenName>Karsten</PersonGivenName><PersonSurnameName>Ibsen</PersonSurnameName></PersonNameStructure>
  <CVRnummerIdentifikator>«cvr»</CVRnummerIdentifikator>
  <ProduktionsEnhedIdentifikator>«pnum»</ProduktionsEnhedIdentifikator>
</Borger>

=== hand-saft da
<AuditFile xmlns="urn:StandardAuditFile-Taxation-Financial:DK">
 <Header><Company><RegistrationNumber>«cvr»</RegistrationNumber><Name>Nørby Autolak ApS</Name></Company></Header>
 <MasterFiles><Customers><Customer><CustomerID>«dl10:plain»</CustomerID><Name>Hans Nørby</Name></Customer></Customers></MasterFiles>
 <GeneralLedgerEntries><Journal><Transaction><TransactionID>«dl10m:plain»</TransactionID><Description>Faktura 2217</Description></Transaction></Journal></GeneralLedgerEntries>
</AuditFile>

=== hand-vcard da
BEGIN:VCARD
VERSION:3.0
N:Kirkegaard;Ditte;;;
FN:Ditte Kirkegaard
ORG:Advokathuset Nord
TEL;TYPE=CELL:+45 «dkphone:plain»
NOTE:Klient. CPR «cpr» (fra fuldmagt)
END:VCARD

=== hand-ical da
BEGIN:VCALENDAR
BEGIN:VEVENT
DTSTART:20261207T091500
SUMMARY:Møde med borger - Peter Skaarup
DESCRIPTION:Opfølgning sygedagpenge. Cpr: «cpr:plain». Mødelokale 2.14. Sagsnr «dl10m:plain»
UID:«dl10:plain»@kommune.dk
END:VEVENT
END:VCALENDAR

=== hand-git da
commit 4f1e2a9c0b7d3e8f6a5b4c3d2e1f0a9b8c7d6e5f
Author: Rasmus Kjeldgaard <rk@lon-it.dk>
Date:   Thu Nov 26 14:22:10 2026 +0100

    Fjern test-cpr fra fixture

    «cpr:plain» lå i testdata/borger.json og er en rigtig person (min kollega). Erstattet med
    et opdigtet dummy-nummer. Se sag «dl10:plain».

=== hand-stack da
Traceback (most recent call last):
  File "/opt/loen/import.py", line 88, in <module>
    rows = parse(line)
  File "/opt/loen/import.py", line 41, in parse
    raise ValueError(f"Ugyldigt cpr i linje {n}: {value!r}")
ValueError: Ugyldigt cpr i linje 1142: '«cpr:plain@nomod»'
job=«ts:dash» host=lon-app02

=== hand-sql da
INSERT INTO medarbejder (id, navn, cpr, afdeling, oprettet) VALUES
  («num:5», 'Lasse Gram', '«cpr:plain»', 'IT', '2026-03-01'),
  («num:5», 'Tina Vad', '«cpr»', 'Økonomi', '2026-03-01'),
  («num:5», 'Orhan Yilmaz', '«cpr:plain@jan1»', 'Lager', '2026-04-15');

=== hand-yaml da
# config til testmiljø - MÅ IKKE bruge rigtige cpr!
testbruger:
  navn: Test Testesen
  cpr: "«cpr:plain»"   # TODO: byt ud, det er Brians rigtige
  telefon: "«dkphone:plain»"
integration:
  cvr: "«cvr»"
  p_nummer: "«pnum»"

=== hand-wiki da
## Onboarding af nye kunder (lønsystem)

1. Opret virksomheden med CVR (8 cifre, fx «cvr») og P-nummer (10 cifre, fx «pnum»).
2. Opret medarbejdere. CPR tastes uden bindestreg.
3. Kør testløn. Eksempel på en rigtig fejl vi så sidste måned: medarbejder «cpr:plain» var oprettet to gange.

| Felt | Længde | Eksempel |
|---|---|---|
| CVR | 8 | «cvr» |
| P-nr | 10 | «pnum» |
| Løbenr | 10 | «dl10:plain» |

=== hand-dating da
Singleklubben 40+ Midtjylland
Ny tilmelding til speeddating 12/12:
Navn: Charlotte (49), Brande
Medlemsnr.: «dl10:plain»
Betaling: MobilePay «dkphone:plain»
Bemærk: ønsker ikke at navn/tlf. vises for andre deltagere.

=== hand-klub da
Kontingentopkrævning 2027 - Vejen Skytteforening
Medlem «dl10:plain»: Jørgen Sand
Våbentilladelses-nr. «num:8»
Beløb 650 kr. Indbetal via FIK +71<«num:15»+«num:8»<

=== hand-neg da
Udtræk fra ordresystemet (kun tal):
«dl10:plain»
«dl10:plain»
«dl10m:plain»
«dl10:plain»
«dl10m:plain»
Alle ordrer er sendt til lageret i Kolding.

=== hand-neg da
Hej
Vores nye telefonnummer er «dkphone», og fax er nedlagt. CVR-nr. «cvr» er uændret.
P-nummer for afdelingen i Esbjerg: «pnum».
Mvh Bogholderiet

=== hand-neg da
Lottokupon uge 48
Rækker: 03 11 19 22 27 31 36
Kuponnr. «dl10:plain»
Vindertal trækkes lørdag. Præmie udbetales til konto «dkacct».

=== hand-neg da
GLS Tracking: Din pakke «num:11» er leveret til PakkeShop 96311 (Spar Gørding).
Forsendelsesnummer: «sscc» / Kunde-ID «dl10:plain»

=== hand-neg da
Tak for din ordre hos Elgiganten!
Ordrenummer: «dl10m:plain»
Fakturanr.: «dl10:plain»
Varenr. EAN «ean»
Forventet levering 03.12.2026

=== hand-neg da
Serviceaftale, elevator - Boligselskabet Nordvang
Anlægsnr. «dl10:dash» / Service-ID «dl10m:dash»
Næste eftersyn: 14.01.2027. Ved fejl ring døgnvagt «dkphone».
GLN for fakturering: «gln»

=== hand-neg da
Kære kunde
Din NemKonto er registreret på konto «dkacct». Husk at vi aldrig beder om dit cpr-nummer på sms.
Har du fået en mistænkelig sms, så send den til 1919.

=== hand-neg da
CPR: 010190-XXXX (skjult)
Kunde: Mette H.
Sagsnr.: «dl10m:dash»

=== hand-neg da
Mobil: «dkphone»  Fastnet: «dkphone»
Arbejde: +45 «dkphone:plain»
CVR: «cvr»

=== hand-neg da
Forkert cpr indtastet i formularen: «imp» - dagen findes ikke. Bed borgeren rette det.

=== hand-neg da
Tidsstempel fra adgangskontrol: dør 3, kort «dl10:plain», 2026-11-30 07:58:12, OK
Tidsstempel fra adgangskontrol: dør 3, kort «dl10:plain», 2026-11-30 08:01:45, OK
Tidsstempel fra adgangskontrol: dør 1, kort «dl10:plain», 2026-11-30 08:03:02, AFVIST

=== hand-neg da
Flytteanmeldelse modtaget. Kvitteringsnummer: «dl10m:dash». Din nye adresse registreres i CPR inden for 5 hverdage.
Har du spørgsmål, så kontakt Borgerservice på «dkphone».

=== hand-neg da
Islandsk praktikant: Guðrún Jónsdóttir, kennitala «kt» (islandsk personnummer, ikke dansk CPR).
Hun får dansk CPR når hun er registreret i folkeregistret.

=== hand-mix da
Fra: Lønservice
Emne: Medarbejder pendler fra Malmö

Vi har fået en ny medarbejder, Elin Lundqvist, svensk personnummer «pnr:long_dash», dansk cpr «cpr@nomod» (tildelt
via SKAT, hun bor i Malmö). Hun skal beskattes efter grænsegængerreglerne. Arbejdsgiverens SE-nr. «senr».

=== hand-mix da
Rejsehold Øresund - deltagerliste
Claus Madsen, «cpr»
Anna-Karin Berg, «pnr:short_dash»
Jukka Virtanen, henkilötunnus «hetu»
Ingrid Solberg, fødselsnummer «fnr»

=== hand-mix da
Hej Ove. Jeg har fået et norsk D-nummer «fnr@d» da jeg arbejder på boreplatformen, men mit danske cpr er stadig
«cpr». Skal I bruge begge til lønnen? /Steffen

=== hand-long da
Fra: Tina Gregersen <tg@kommune-middelfart.dk>
Til: Jobcenter - Virksomhedsservice
Dato: 24. november 2026 13:05
Emne: VS: Løntilskud - 3 borgere

Hej igen

Her er de tre borgere, vi talte om på mødet. Jeg har skrevet cpr, så I kan slå dem op - men husk at vi
ikke må sende det ukrypteret ud af huset, så svar uden cpr.

1) Jannik Svendsen, «cpr», ledig siden maj, truckcertifikat
2) Hanne Brix Olesen, «cpr:plain», fleksjob 15 t/uge
3) Mohammed Al-Hassan, «cpr@jan1», tolk ikke nødvendig

Virksomheden er Middelfart Metal A/S, CVR «cvr», P-nr. «pnum». Kontaktperson er værkfører Steen.
Deres sagsnumre hos os: «dl10m:dash», «dl10m:dash», «dl10m:dash».

Mvh Tina
-----Oprindelig meddelelse-----
Fra: Steen Hald <sh@middelfartmetal.dk>
Sendt: 20. november 2026 08:12
> Vi kan tage tre i løntilskud fra januar. Ring på «dkphone» hvis I har spørgsmål.
> Steen

=== hand-long da
REFERAT - Bestyrelsesmøde i Andelsboligforeningen Skovhaven, 17.11.2026

Til stede: Karin (formand), Ib, Louise, Ahmed. Afbud: Søren.

1. Salg af andel nr. 14 (Nørrevang 14, 1. tv)
   Sælger: Birthe Vang «cpr», køber: Mads Teglgaard «cpr@nomod» og Line Teglgaard «cpr».
   Pris 1.240.000 kr. godkendt. Andelsbevis nr. «dl10:plain».
2. Venteliste: Der er 41 på listen. Nr. 1 er Poul Dam (medlemsnr. «dl10:plain»), som takker nej.
3. Økonomi: Ny låneaftale i BRF, lånenr. «dl10m:plain», rente 3,1 %.
4. Evt.: Ahmed har fået tilbud på ny låsesmed. CVR på firmaet: «cvr».

Næste møde 15.12.2026. Referent: Louise

=== hand-long da
SKRIVELSE TIL FAMILIERETSHUSET

Sagsnummer: «dl10m:dash»
Vedr.: Forældremyndighed over Viktor (cpr «cpr@child») og Clara (cpr «cpr@child»)

Jeg, Nikolaj Brandt (cpr «cpr»), skriver på vegne af mig selv og børnenes mor, Josefine Dam (cpr «cpr:space»),
fordi vi er blevet enige om fælles forældremyndighed og at børnene bor hos mig hver anden uge.
Vi har talt med en børnesagkyndig fra kommunen, og vores aftale er vedlagt.

Vi beder om, at sagen afsluttes uden møde. Tlf. til mig: «dkphone».

Med venlig hilsen
Nikolaj Brandt
"""
