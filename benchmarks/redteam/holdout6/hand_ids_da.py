"""Hand-written Danish documents for identifiers.jsonl (each written once; markup in render.py)."""

TEXT = r"""
=== hand-webshop da
Hej Kundeservice

Jeg har returneret den røde vinterjakke (ordre #«n:7») men har stadig ikke fået pengene tilbage. Det er nu 3 uger siden. Pakken blev sendt med GLS, stregkoden på kvitteringen er «n:11».
Mit telefonnummer er «phdk:pairs» hvis I vil ringe.

Venlig hilsen
Birthe Lauridsen
=== hand-webshop da
Kære Birthe
Tak for din henvendelse. Vi kan se at returpakken er modtaget på vores lager i Kolding den 14/11. Refusionen på 899,00 kr. er sat i gang og står på dit kort inden for 3-5 bankdage.
Sagsnr.: «dl10»
Mvh Jonas / Kundeservice, Nordlys Tøj ApS, CVR «cvr»
=== hand-webshop da
Til kundeservice. jeg skal bruge en faktura med mit CPR på til min arbejdsgiver (de betaler briller via sundhedsordningen). CPR: «cpr:plain» og ordrenummeret var «n:8». på forhånd tak, Kim
=== hand-webshop da
Ordrebekræftelse
Ordre: «dl10»
Kundenr.: «dl10»
Dato: «date»
1 stk. Kaffemaskine Barista Pro   2.499,00
Fragt (PostNord MyPack Home)        49,00
I alt inkl. moms                 2.548,00
EAN: «ean:57»
Sendes til: Pakkeshop Netto, Vestergade 12, 8600 Silkeborg
=== hand-retail da
Reklamation - købt i butikken i Fields

Kunde: Søren Mikkelsen, mobil «phdk:plain»
Vare: Samsung Galaxy A55, IMEI «imei»
Fejl: skærmen flimrer efter opdatering. Kunden ønsker ombytning. Bon nr. «n:12» fra «date».
Medarbejder: KLA
=== hand-retail da
Kvittering Byggemarked Vejle
Medlemskort «n:13»  Bonuskunde
Terminal «n:8»  Trans «n:6»
Dankort ************«n:4»
Beløb DKK 1.284,75
Godkendt «date:%d/%m/%y» 16:42
=== hand-shipping da
Tolddeklaration (import fra UK efter Brexit)

Modtager: Henrik Vestergaard Jessen
Adresse: Skovbrynet 4, 5250 Odense SV
CPR-nr. (privatperson uden CVR): «cpr»
Forsendelse: «s10:GB»
Varebeskrivelse: brugt motorcykeltøj, værdi GBP 240
EORI: ikke relevant
Tarifkode: 6203 4290
=== hand-shipping da
Hej - vi har modtaget en pakke til dig fra Kina, der skal betales moms og told før den kan udleveres. Sporingsnummer «s10:CN». For at oprette dig i toldsystemet skal vi bruge dit CPR-nummer. Svar på denne SMS med dit CPR-nummer (10 cifre). PostNord
=== hand-shipping da
Svar: «cpr#x:space»... nej undskyld, glemte bindestregen: «cpr#x:dash»
=== hand-shipping da
Fragtbrev / CMR
Afsender: Jysk Metal A/S, CVR «cvr», P-nr. «pnum»
Modtager: Lindqvist Bygg AB, org.nr «orgnr»
Chauffør: Tomasz Nowak, kørekort nr. «n:8»
SSCC: «sscc»
Kolli: 14   Vægt: 2.340 kg
Trailer: AB 12 345 / «vin»
=== hand-shipping da
Leveringsadresse ændret.
Pakken med nummer «n:10» er flyttet til pakkeboks 2341 ved Føtex Nørrebro. Afhentningskode: «n:6». Husk billed-ID.
=== hand-housing da
Boligforeningen Enghaven, afd. 7
Referat af afdelingsmøde 12. marts

1. Valg af dirigent: Poul Erik Bach blev valgt.
2. Beretning. Formanden fortalte om de nye altaner. Der har været klager over parkering ved blok C.
3. Regnskab: lejen stiger med 2,1 % fra 1/7. Konto i Arbejdernes Landsbank: «kontodk».
4. Valg: Susanne Holm (nr. 34, 2.tv) blev valgt til bestyrelsen. Hendes mail ligger på opslagstavlen.
Referent: Lis Nyborg
=== hand-housing da
Opskrivning på venteliste
Navn: Aisha Rahimi
CPR: «cpr#a»
Medansøger: Farid Rahimi, CPR «cpr»
Ønsker: 3-4 værelser, max. 8.500 kr/md
Børn: 2 (født 2016 og 2019)
Ansøgningsnr. «dl10»
=== hand-housing da
hej lis. kan du sende mig kontonummeret til indskud? jeg har kun reg.nr. 9570 og så noget der starter med 12. Min lejekontrakt har lejemålsnummer «n:9». mvh Ali (nr 41 st th)
=== hand-realestate da
Salgsopstilling - Ejerlejlighed, Frederiksberg
Matr.nr. 34 ez Frederiksberg
Ejendomsnummer «n:6»  BFE-nr. «n:8»
Kontantpris 4.295.000 kr.   Ejerudgift 3.214 kr./md.
Sælger: dødsbo efter Inger Margrethe Krogh ved advokat Christian Falk
Mægler: Home Frederiksberg, sag «dl10d»
=== hand-realestate da
Købsaftale - side 2 af 11

Køber 1: Mads Kjeldsen, CPR-nr. «cpr:space»
Køber 2: Nanna Friis Kjeldsen, CPR-nr. «cpr:space»
Sælger: Vagn Aage Sørensen, CPR-nr. «cpr:space@senior»
Ejendommen matr.nr. 12bd, Brabrand By, Brabrand
Købesum: kr. 3.150.000
Deponering i Danske Bank, reg.nr. 3409 konto «dl10»
=== hand-realestate da
Fra tinglysning.dk: Skøde modtaget. Anmelder: Advokatfirmaet Rahbek, J.nr. «n:5»-«n:2». Dokument-ID «n:8»-«n:6». Anmeldelsesdato «date:%d.%m.%Y» 10:14:51
=== hand-charity da
Kære giver
Tak for din støtte til Børnehjælpen i 2026. Vi indberetter dine gaver til Skattestyrelsen, så du får fradrag. Det kræver at vi har dit CPR-nummer. Du har oplyst: «cpr#g:dash». Er det forkert, så ring på 70 20 30 40.
Gavebeløb 2026: 2.400 kr. (12 x 200 kr. via Betalingsservice, PBS-nr. «n:8»)
=== hand-charity da
Indberetning af gaver - ligningslovens § 8A
Forening: Dansk Hjertehjælp, CVR «cvr», SE-nr. «senr»
Giver;CPR;Beløb
Hanne Dalgaard;«cpr:plain»;1.500
Jørgen Frost;«cpr:plain@senior»;3.000
Else Marie Vind;«cpr:plain@senior»;600
Total;;5.100
=== hand-charity da
Hej! Jeg har lige doneret 300 kr på MobilePay til indsamlingen. Vil I have mit cpr til fradraget? Det er «cpr:any», og min kone Bente «cpr:any». /Henning
=== hand-charity da
Tak for din gave! Din donation er registreret med donornummer «dl10» og indsamlingsnummer «n:5». Vi har ikke modtaget dit CPR-nummer, derfor kan gaven ikke indberettes til SKAT.
=== hand-sports da
Vejle Bold Ungdom - Holdkort U13 piger
Spiller          Født       DBU-id
Ida Brix         «kdate:%d.%m.%Y» «n:7»
Sofie Lund       «kdate:%d.%m.%Y» «n:7»
Emma Thrane      «kdate:%d.%m.%Y» «n:7»
Holdleder: Rikke Thrane, tlf «phdk:space»
=== hand-sports da
Medlemsliste Ry Roklub (udtræk fra Conventus)
Medlemsnr.;Navn;Indmeldt;Mobil;Kontingent
«dl10»;Lars Bang;«date:%d-%m-%Y»;«phdk:plain»;Betalt
«dl10»;Merete Skov;«date:%d-%m-%Y»;«phdk:plain»;Betalt
«dl10»;Kasper Riis;«date:%d-%m-%Y»;«phdk:plain»;Rykker 1
«dl10»;Jette Munk;«date:%d-%m-%Y»;«phdk:plain»;Betalt
=== hand-sports da
Hej Kasserer. Til DGI-forsikringen skal vi bruge CPR på de to trænere: Torben «cpr#t:dash» og Malene «cpr:dash». Torbens står forkert i systemet som «cpr#t:plain» uden bindestreg, det er det samme nummer.
=== hand-sports da
Skydebane Sydfyn: Våbenpåtegning
Medlem: Erling Rasmussen, født «bdate:%d.%m.%Y»
Våbentilladelse nr. «n:7», udstedt af Fyns Politi, journalnr. «n:4»-«n:5»-«n:5»-«n:5»
Våben: Sauer 101, løbsnr. «n:7»
Jagttegn nr. «dl10»
=== hand-hunting da
Fornyelse af jagttegn 2027
Jagttegnsnummer: «dl10»
Navn: Kristian Buch
Betal 675 kr. senest 31.03 med indbetalingskort +71<«ocr:15»+«n:8»<
Spørgsmål: Miljøstyrelsen, Jagt og vildtforvaltning
=== hand-recruit da
Ansøgning: Lagermedarbejder (ref. «n:6»)
Navn: Piotr Kowalczyk
Adresse: Sønderbrogade 9, 7100 Vejle
Født: «bdate:%d/%m/%Y»
Kørekort: B + C, truck certifikat
CPR oplyses ved ansættelse.
Mobil: «phdk:intl»
=== hand-recruit da
Hej Mette, kandidaten til controllerstillingen har sendt sin kontrakt retur. Til lønsystemet: CPR «cpr», reg og konto 2270 «dl10». Startdato 1. feb. Hilsen Anders (Vikarbureauet Nord)
=== hand-recruit da
Reference for Line Bjerregaard - telefonsamtale d. 3/11
Referencegiver: Helle Winther, tidl. afdelingsleder, tlf. «phdk:pairs»
Line var ansat fra 2019 til 2024 som teamleder. Pålidelig, god til konflikter.
Medarbejdernummer hos tidligere arbejdsgiver: «dl10d»
=== hand-recruit da
CV - Ahmed Yousef
Født 1991 i Aarhus. Gift, 2 børn.
2018-nu: Projektleder, Vestas (projektnummer på vindmøllepark «dl10»)
2014-2018: Ingeniør, COWI
Uddannelse: Civilingeniør DTU 2014, studienr. s«n:6»
=== hand-telecom da
Din regning fra Telia
Kundenummer: «dl10»
Abonnement: Fri Tale + 100 GB, nummer «phdk:space»
Periode: 01.11-30.11
Beløb: 249,00 kr.
Betales via Betalingsservice. FI-kort +71<«ocr:15»+«n:8»<
=== hand-telecom da
Nummerflytning - fuldmagt
Jeg, undertegnede, Gitte Lykke Poulsen, CPR «cpr», giver hermed Lebara fuldmagt til at flytte mit nummer «phdk:plain» fra min nuværende udbyder. SIM-kortnummer (ICCID): 8945 «n:4» «n:4» «n:4» «n:3»
Dato og underskrift: ______________
=== hand-utility da
Aflæsning af fjernvarmemåler
Forbrugernummer: «dl10»
Målernummer: «n:8»
Aflæst: 34.512 MWh
Installationsadresse: Bakkedraget 14, 8381 Tilst
Kunde: Ole og Grethe Hviid
=== hand-utility da
Flytteanmeldelse el - Andel Energi
Fraflytter: Rasmus Klitgaard, CPR «cpr:plain»
Tilflytter: Freja Dam, CPR «cpr:plain»
Aftagenummer (GSRN): «n:18»
Målerstand ved overtagelse: 48213 kWh
=== hand-utility da
Hej. jeg har fået en rykker på vandregningen, men jeg har betalt. Betalings-id: «ocr:15», kreditornr «n:8». Kundenr «dl10». Kan i se det? Mvh Jens Thygesen
=== hand-travel da
Rejsebevis - Kreta, 1 uge
Bookingnr. «n:8»
Rejsende:
1. Hr. Allan Kristoffersen, født «bdate:%d%m%Y»
2. Fru Susanne Kristoffersen, født «bdate:%d%m%Y»
3. Barn Oliver Kristoffersen, født «kdate:%d%m%Y»
Fly: DY3712 BLL-HER, afg. 06:15
Pasnr. skal indtastes senest 72 timer før afrejse.
=== hand-travel da
Hej Rejsebureau. Min datter skal med på sprogrejsen til Malaga. Hendes CPR er «cpr:dash@teen» og pasnummer «n:9». Hun har nødpas fordi det gamle udløb. Venlig hilsen Lone Birk
=== hand-immigration da
Udlændingestyrelsen
Vedr.: Ansøgning om familiesammenføring, sagsnr. «n:2»-«n:7»
Ansøger: Mariam Haidari, født «bdate:%d.%m.%Y» i Kabul, Afghanistan
Herboende ægtefælle: Jawad Haidari, CPR-nr. «cpr»
Udlændinge-ID (ansøger): «n:8»
Vi har modtaget dit gebyr på 8.625 kr. Sagsbehandlingstiden er ca. 10 måneder.
=== hand-immigration da
Kære tolk - bestilling af tolkning (dari) til samtale i Sønderborg Kommune.
Borgerens navn: Hamid Noori. CPR: «cpr@n». Tidspunkt: tirsdag kl. 10. Bestillingsnr «dl10». Tolkens tolkenr. hos Tolkdanmark: «n:5».
=== hand-interpreter da
Timeregistrering tolk - november
Dato   Opgave-ID      Sprog     Timer
03.11  «dl10»   tigrinya  2,0
07.11  «dl10»   arabisk   1,5
12.11  «dl10»   tigrinya  3,0
Tolk: Yonas Tesfay, CVR «cvr» (enkeltmandsvirksomhed)
=== hand-research da
Samtykkeerklæring - deltagelse i forskningsprojekt
Projekt: Søvn og skærmtid hos unge (j.nr. «n:2»-«n:5», Videnskabsetisk Komité)
Deltager: Frederik Ravn
CPR: «cpr:dash@child»
Forælder/værge: Camilla Ravn, CPR: «cpr:dash»
Jeg giver hermed samtykke til ...
=== hand-research da
record_id,redcap_event_name,cpr,inkl_dato,randomisering,arm
«n:3»,baseline_arm_1,«cpr:plain»,«date:%Y-%m-%d»,«n:4»,A
«n:3»,baseline_arm_1,«cpr:plain»,«date:%Y-%m-%d»,«n:4»,B
«n:3»,baseline_arm_1,«cpr:plain@n»,«date:%Y-%m-%d»,«n:4»,B
«n:3»,followup_arm_1,,«date:%Y-%m-%d»,,
=== hand-research da
Biobank - prøveoversigt
Prøve-ID       Materiale   Frys       Pos.
«dl10»     EDTA-blod   -80 A3     12
«dl10»     Serum       -80 A3     13
«dl10»     Urin        -20 B1     4
Pseudonymiseret: nøgle opbevares hos projektleder.
=== hand-press da
PRESSEMEDDELELSE
Ny direktør i Sydbank Fonden
Bestyrelsen har ansat Karina Holt som direktør pr. 1. januar. Hun kommer fra en stilling som økonomichef. Kontakt: Presseafdelingen, tlf. «phdk:pairs», presse@example.dk. CVR «cvr».
=== hand-press da
Retten i Holbæk: 34-årig idømt fængsel for momssvindel

En 34-årig mand fra Tølløse blev tirsdag idømt 1 år og 6 måneders fængsel for at have snydt med moms for 2,1 mio. kr. gennem tre selskaber. Anklagemyndighedens journalnummer er «n:4»-«n:5»-«n:5»-«n:2». Han ankede på stedet.
=== hand-election da
Valgliste - Kommunalvalg, Stemmested Hallen
Valgkreds 3, bord 2 (A-Ø)
Vælgernr.  Navn                          Adresse                    Født
0412       Aagaard, Birte                Møllevej 3, st.            «bdate:%d.%m.%Y»
0413       Aagaard, Claus Peter          Møllevej 3, st.            «bdate:%d.%m.%Y»
0414       Abdi, Hodan Mohamed           Parkalle 22, 1. tv         «bdate:%d.%m.%Y»
0415       Ahlgren, Tove                 Kirkestræde 8              «bdate:%d.%m.%Y»
Afkrydset af: TH / BN
=== hand-election da
Kandidatanmeldelse - Kommunalbestyrelsesvalg
Kandidat: Helle Bjørn Madsen
CPR-nr.: «cpr»
Stilling: sygeplejerske
Parti/liste: Liste Ø
Stillere: 25 underskrifter vedlagt (stillerlistens løbenr. «n:4»)
=== hand-election da
Til valgsekretariatet. Der er en fejl på stemmesedlen for liste C: kandidatnummer 14 står som "Niels Holck", men han hedder Nils Holck. Kandidatens CPR «cpr:plain» (til jeres opslag i CPR). Hilsen partikontoret
=== hand-cars da
Slutseddel - brugt bil
Køber: Martin Koch, CPR «cpr:dash»
Bil: VW Golf 1.5 TSI, 2021
Stelnummer: «vin»
Reg.nr.: CX 41 «n:3»
Km: 48.900
Pris: 189.900 kr. Byttebil: Toyota Aygo, stelnr. «vin»
=== hand-cars da
Værkstedsfaktura «n:6»
Kunde: Birgit Holm, kundenr. «dl10»
Reg. nr. AB 12 «n:3»   Stelnr. «vin»
Service 60.000 km, bremseklodser for
Beløb inkl. moms: 4.318,50
Kontonr. til indbetaling: Reg. 5301 Konto «dl10»
=== hand-cars da
Kontrolafgift
Afgiftsnummer: «dl10»
Reg.nr: DF 88 «n:3»
Tidspunkt: «date:%d.%m.%Y» kl. 14:07
Overtrædelse: Parkering uden gyldig P-billet
Beløb: 795 kr. Indbetales til konto 3001 «dl10» med afgiftsnummer som reference.
=== hand-library da
Lånerstatus - Aarhus Bibliotekerne
Lånernummer: «dl10»
Navn: Ella Vinther
Lån:
- Hvor der er skov, der er ... (afl. «date:%d.%m»)
- Harry Potter og De Vises Sten (afl. «date:%d.%m»)
Du har 1 reservering klar til afhentning på hylde «n:3».
=== hand-library da
Hej bibliotek. Min søn Aksel har mistet sit lånerkort. Kan I spærre det? Hans cpr er «cpr:plain@child». Vi låner tit i Viby. Mvh Mikkel
=== hand-kindergarten da
Indmeldelse i Børnehuset Solstrålen
Barnets navn: Alma Kirkegaard
Barnets CPR: «cpr:dash@small»
Mor: Signe Kirkegaard, CPR «cpr:dash», tlf. «phdk:space»
Far: Rune Dahl, CPR «cpr:dash», tlf. «phdk:space»
Allergi: nej. Må fotograferes: ja
=== hand-kindergarten da
Besked i AULA fra stuen Blå
Husk tøjskift i morgen, vi skal i skoven. Forældre der ikke har afleveret sygesikringsbevis til turen: vi skal bruge barnets CPR. Olivia mangler stadig (mor, du kan bare skrive det her: Olivia «cpr:plain@small»). Hilsen Pernille
=== hand-driving da
Køreskolen Ret Frem - elevkort
Elev: Noah Lassen
CPR: «cpr:space@teen»
Lektion 1-4 teori: OK
Køretime 1: 14/10 kl. 15 (lærer PK)
Førstehjælp: bevis nr. «n:8»
Betalt: 4.000 kr. af 16.900 kr. via MobilePay «n:5»
=== hand-blood da
Bloddonorerne i Danmark
Tak fordi du tappede 450 ml i dag!
Donornr.: «dl10»
Blodtype: 0 RhD neg
Næste tapning tidligst: «date:%d.%m.%Y»
Tappested: Rigshospitalet Blodbank, Ringvej.
=== hand-blood da
Donorregistrering (papirskema, indtastet)
Navn: Bjarne Riis Sørensen
CPR-nummer: «cpr:endash»
Tidligere tappet andetsteds: ja, donornr. «dl10d»
=== hand-pension da
PFA Pension - Pensionsoversigt 2026
Policenummer: «dl10»
Navn: Annette Gravesen
CPR-nr.: «cpr»
Indbetalt i år: 64.812 kr.
Arbejdsgiver: Gravesen & Co ApS, CVR «cvr»
=== hand-pension da
ATP Livslang Pension
Dit ATP-nummer: du finder det ikke her - vi bruger dit CPR-nummer «cpr:ocr@senior» (udskrevet på brevet fra 1998, scannet). Udbetaling fra: 1. marts. Kontakt os på 70 11 12 13.
=== hand-union da
NYHEDSBREV - 3F Kolding
Ny overenskomst på plads! Mindstelønnen stiger med 5,25 kr. i timen fra 1. marts. Husk generalforsamling 16. april kl. 19 i Fagforeningshuset. Medlemsnummer og kontingent kan ses på Mit 3F. Spørgsmål: ring «phdk:pairs».
=== hand-union da
Hej tillidsrepræsentant. Jeg er blevet bedt om at skrive mit medlemsnummer på ansøgningen om kursus - er det det samme som mit CPR? Mit medlemsnummer er «dl10», cpr er «cpr». Mvh Tanja i pakkeriet
=== hand-studenthousing da
Kollegiet Rovsinggade - indflytning
Værelse: 412
Beboer: Nikolaj Frandsen
CPR: «cpr:dash»
Studienummer: «n:6»
Depositum: 6.900 kr. til reg. 1551 konto «dl10»
Nøglenummer: «n:4»
=== hand-whatsapp da
[12.11.26, 19:03:11] Mor: Kan du sende dit cpr, jeg skal have tilmeldt dig tandlægen
[12.11.26, 19:05:47] Julie: «cpr:plain»
[12.11.26, 19:05:52] Julie: sorry det var med bindestreg «cpr:dash»
[12.11.26, 19:06:03] Mor: Tak skat 👍
=== hand-whatsapp da
[03.10.26, 08:14] Peter Løbergruppen: Resultaterne fra Eremitageløbet er ude! Startnr. «n:5» løb 10 km på 48:12.
[03.10.26, 08:20] Karina: 🎉 min chip-nr var «dl10», kan ikke finde mig på listen
[03.10.26, 08:21] Peter Løbergruppen: prøv at søg på efternavn
=== hand-outlook da
Møde: Overdragelse af kunde Thomsen Tømrer
Tidspunkt: «date:%d.%m.%Y» 10:00-11:00
Sted: Teams
Deltagere: Lise, Bo, Michael
Kunden har CVR «cvr» og P-nr. «pnum». Ejeren Bent Thomsen har personlig hæftelse, hans CPR «cpr» står i kreditvurderingen.
=== hand-spreadsheet da
	A	B	C	D
1	Navn	CPR	Timer	Løn
2	Laila Juhl	«cpr:plain»	37	=C2*198
3	Per Vind	«cpr:plain@n»	20	=C3*198
4	Kenneth Bach	«cpr:plain»	37	=C4*210
5	I alt		=SUM(C2:C4)	=SUM(D2:D4)
=== hand-fax da
FAX FRA: Advokatkontoret Møller & Hald   TLF «phdk:pairs»
SIDE 1/3

Vedr. dødsbo efter Kirsten Amalie Bundgaard, CPR «cpr:ocr@senior»
Arving: Poul Bundgaard, CPR «cpr:dash@senior»
Skifteretten i Hillerød, j.nr. BS «n:4»/2026
=== hand-fax da
M0dtaget pr. fax 14:32
Kunde nr. «dl10»
Vedr. pens1onsopsparing for Ruth Olsen, cpr. nr. «cpr:ocr@senior»
Bem.: nummeret er delvist ulæseligt på originalen, men læst som ovenfor.
=== hand-minutes da
Referat - bestyrelsesmøde i Grundejerforeningen Kildebakken
Til stede: Ib, Karen, Tue (kasserer), Vibeke. Afbud: Jesper
1. Kassereren oplyste at bankkontoen er flyttet: ny konto 9070 «dl10». Kontingent 1.200 kr. for 2027.
2. Vejbelysning: tilbud fra elinstallatør (CVR «cvr») på 48.000 kr. godkendt.
3. Ny ejer af nr. 17 er Stine og Hussein. Velkommen!
Næste møde: 4. februar.
=== hand-jira da
[HR-4412] Forkert CPR i lønsystemet for medarbejder 10233
Beskrivelse: Medarbejder oplyser at CPR er registreret som «cpr#e:plain», men det korrekte er «cpr:dash». Skal rettes før lønkørsel d. 28.
Prioritet: Høj
Reporter: katrine.w
=== hand-jira da
[DATA-881] Importjob fejler på linje 4471
Stacktrace: ValueError: invalid literal for int() with base 10: '«dl10d»'
Felt: loebenummer (ikke CPR - det er journalens løbenummer, format DDMMYY-NNNN af historiske grunde)
=== hand-pdfform da
Blanket 04.013 Ansøgning om sygedagpenge
Felt 1 Navn ................................ Mathias Lyng
Felt 2 CPR-nr. ............................. «cpr:boxes»
Felt 3 Arbejdsgivers CVR-nr. ............... «cvr»
Felt 4 Første fraværsdag ................... «date:%d-%m-%Y»
=== hand-markdown da
| Navn | Rolle | CPR | Telefon |
|------|-------|-----|---------|
| Oskar Meldgaard | Formand | «cpr» | «phdk:space» |
| Vita Kragh | Kasserer | «cpr» | «phdk:space» |
| Tobias Eskildsen | Suppleant | – | «phdk:space» |
=== hand-log da
2026-11-30 23:14:02,118 INFO  [borger-api] GET /v2/borger?cpr=«cpr:plain» 200 41ms
2026-11-30 23:14:02,190 WARN  [borger-api] opslag uden samtykke-id, request-id «n:10»
2026-11-30 23:14:05,001 INFO  [borger-api] GET /v2/borger?id=«dl10» 404 12ms
=== hand-lotto da
Din Lotto-kupon
Kupon-id: «dl10»
Række 1: 03 09 17 22 28 31 36
Række 2: 01 11 12 19 24 30 33
Trækning lørdag «date:%d.%m.%Y». Spillernummer «dl10d».
=== hand-negative da
Husk: CPR-numre skrives som DDMMÅÅ-XXXX. Et eksempel: 010203-XXXX. Send aldrig et CPR-nummer på SMS eller almindelig mail - brug sikker post.
=== hand-negative da
Kontoudtog, Lån & Spar
Dato       Tekst                           Beløb      Saldo
02.11      Overf. fra «kontodk»            2.000,00   8.112,40
05.11      Dankort-køb Rema 1000 «n:6»      -312,95   7.799,45
09.11      Betalingsservice «n:8» «dl10»   -849,00    6.950,45
=== hand-negative da
Faktura nr. «dl10d»
Kunde: Hjem & Have ApS, CVR «cvr»
Betalingsbetingelser: netto 14 dage. Beløbet indbetales på FI +71<«ocr:15»+«n:8»<
Ved spørgsmål oplys venligst fakturanummer.
"""
