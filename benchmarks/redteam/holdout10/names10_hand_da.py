"""Hand-written Danish name documents for hold-out v10 (``⟦Name⟧`` marks a PERSON span)."""

BANK = r"""
=== hand-news da
Ny direktør for Esbjerg Havn
Bestyrelsen har udpeget ⟦Katrine Winther Bonde⟧ som ny administrerende direktør. Hun kommer fra en stilling i Maersk og afløser ⟦Henning Dahl⟧, der går på pension efter 19 år. "Vi har fået en stærk leder," siger formand ⟦Ejnar Poulsen⟧. ⟦Winther Bonde⟧ tiltræder 1. august.

=== hand-news da
Brand i Gammel Kongevej
En lejlighed på Gammel Kongevej brændte natten til søndag. Beboeren, ⟦Farhan Siddiqui⟧, 41, blev reddet ud af naboen ⟦Gry Lindholm⟧. "Jeg hørte bare råb," fortæller ⟦Gry⟧. Brandvæsenet fra H.C. Andersens Boulevard var fremme efter otte minutter.

=== hand-news da
Retten i Kolding
En 52-årig vognmand, ⟦Torsten Kjeldgaard⟧, blev i går frifundet for bedrageri mod Kjeldgaard Transport ApS. Anklager ⟦Sabine Mortensen⟧ overvejer at anke. Forsvareren, advokat ⟦Nikolaj Ibsen⟧, kalder dommen "den eneste rigtige".

=== hand-news da
Håndbold: Skjern vandt derbyet
Skjern slog Ringkøbing 31-27 i en tæt kamp. ⟦Mathias Gravgaard⟧ scorede ni mål, og målmand ⟦Lukas Hvid⟧ havde 16 redninger. Gæsternes ⟦Ahmed Benali⟧ blev udvist i anden halvleg. Næste kamp spilles torsdag i Jyske Bank Boxen.

=== hand-news da
Kultur: Ny udstilling på Bornholms Kunstmuseum
Maleren ⟦Oda Sørensen-Kirk⟧ viser 40 nye værker. Udstillingen åbnes af museumsdirektør ⟦Preben Lyngbæk⟧. Titlen, "Østersølys", er en hilsen til ⟦P.S. Krøyers⟧ blå time, men ⟦Sørensen-Kirk⟧ understreger, at hun maler Østersøen, ikke Skagen.

=== hand-news da
Iværksætter åbner i Randers
Tidligere kok ⟦Nguyen Van Hai⟧ har åbnet restauranten Hai's Køkken på Houmeden. Sammen med sin datter ⟦Thao⟧ serverer han pho og banh mi. Borgmester ⟦Ulla Kvist⟧ klippede snoren fredag.

=== hand-news da
Skibet "Karen Blixen" kom i havn
Færgen M/F Karen Blixen lagde til i Grenaa efter tre dages værftsophold. Kaptajn ⟦Morten Aasted⟧ oplyser, at alt fungerer. Værftet Søby Værft havde ⟦Ivan Petrenko⟧ og ⟦Olena Petrenko⟧ som projektledere.

=== hand-news da
Dødsfald
Tidligere skoleinspektør ⟦Svend Åge Bisgaard⟧ er død, 87 år. Han ledede Grundtvigsskolen i Viborg fra 1972 til 2001 og stiftede byens Carl Nielsen-kor. Han efterlader sin hustru ⟦Edith⟧ og tre børn.

=== hand-news da
Landsretten stadfæster dom
Østre Landsret stadfæstede i går dommen over ⟦Kenneth Raun Jessen⟧, 29, for røveri i Føtex på Frederiksberg. Hans medtiltalte, ⟦Mikail Çelik⟧, fik nedsat straffen. Dommer ⟦Birgit Holmstrøm⟧ lagde vægt på tilståelsen.

=== hand-news da
Mandag ramte stormen Vestkysten. Maj måned har været den vådeste i 50 år, siger DMI's vagthavende meteorolog ⟦Jesper Thaning⟧. I Hvide Sande måtte havnefoged ⟦Ingrid Tang⟧ lukke slusen.

=== hand-news da
Fodbold: Brøndby hentede kantspiller
Brøndby har skrevet kontrakt med ⟦Kwame Mensah-Boateng⟧ fra Hammarby. Sportsdirektør ⟦Tue Fabricius⟧ kalder ham "en spiller med fart". ⟦Mensah-Boateng⟧ debuterer tidligst mod FC Nordsjælland.

=== hand-news da
Skole får ny leder
Tingbjerg Skole har ansat ⟦Hibaaq Abdullahi Nuur⟧ som skoleleder. Hun har i ti år været viceskoleleder på Søndervangskolen. Forældrerådets formand ⟦Rasmus Ploug⟧ er glad for valget.

=== hand-news da
Jubilæum hos Georg Jensen
Sølvsmed ⟦Birthe Ravn⟧ har 40-års jubilæum hos Georg Jensen i Frederiksberg. Hun har blandt andet udført smykkeserien Daisy. Kollegerne fejrer hende på Hotel d'Angleterre fredag.

=== hand-news da
Trafikulykke ved Hans Tausens Gade
En cyklist blev torsdag påkørt i krydset ved Niels Brocks Gade. Bilisten, en 67-årig kvinde fra Kolding, blev sigtet for uagtsomhed. Politikommissær ⟦Anders Holk⟧ efterlyser vidner.

=== hand-news da
Kommunalvalg i Tønder
Slesvigsk Parti fik 11 procent. Spidskandidat ⟦Lorenz Brodersen-Jessen⟧ vil have en plads i økonomiudvalget, mens Venstres ⟦Asmus Thyregod⟧ forventer at fortsætte som borgmester.

=== hand-biz da
Hej ⟦Louise⟧

Tak for et godt møde i går. Som aftalt sender jeg tilbuddet på de 40 Carl Hansen-stole til kantinen. ⟦Bjørn⟧ fra vores lager kan levere i uge 12.

Med venlig hilsen
⟦Søren Bach Klitgaard⟧
Salgschef, Mikkelsen Møbler A/S
Tlf. 86 12 44 90

=== hand-biz da
Referat – bestyrelsesmøde i Andelsboligforeningen Mølleparken
Til stede: ⟦Hanne Brix⟧ (formand), ⟦Ali Rezaei⟧, ⟦Vibeke Moos⟧, ⟦Kristoffer Lund⟧. Afbud: ⟦Agnieszka Nowicka⟧.
1. Tag: ⟦Ali⟧ indhenter tre tilbud, bl.a. fra Bent Brandt Tagdækning ApS.
2. Gårdfest: Lørdag 7. juni. ⟦Vibeke⟧ står for grillen.
Referent: KL

=== hand-biz da
Kære ⟦Mohammad Karimi⟧

Vi bekræfter hermed din ansættelse som elektriker pr. 1. september. Din kontaktperson er værkfører ⟦Jannik Ravnsborg⟧. Første dag møder du ind på Hans Broges Gade 12 kl. 7.00.

Venlig hilsen
⟦Susanne Holt⟧
HR-konsulent

=== hand-biz da
FAKTURA 2026-0412
Kunde: Tandlægerne Hjort & Vang I/S
Att.: ⟦Pia Hjort⟧
1 stk. Malm kommode   1.295,00
2 stk. Billy reol       998,00
Kontakt vedr. fakturaen: ⟦Emre Aksoy⟧, bogholderiet

=== hand-biz da
LEJEKONTRAKT (uddrag)
Udlejer: EJENDOMSSELSKABET NIELS JUEL ApS, ved ⟦HELLE GRAM⟧
Lejer: ⟦TUAN ANH LE⟧ og ⟦MAI PHUONG LE⟧
Lejemålet: Niels Juels Gade 8, 2. th., 1059 København K
Lejen betales til Danske Bank. Overtagelse: 1. marts.

=== hand-biz da
Hej alle

Mødet om budgettet flyttes til onsdag. Dagsorden:
- Status fra ⟦Kim⟧ og ⟦Sofie⟧
- Ny leverandør (Lauritz Knudsen-stikkontakter)
- Evt.
Husk at ⟦Thit⟧ har fødselsdag, så der er kage.

/⟦Lars-Ole⟧

=== hand-biz da
Telefonliste – Kundeservice, Aalborg
Lokal 201 ⟦Jette Villadsen⟧
Lokal 202 ⟦Rajesh Kumar Iyer⟧
Lokal 203 ⟦Dorota Lis⟧
Lokal 204 Mødelokale "Tycho Brahe"
Lokal 205 ⟦Bo Skov⟧

=== hand-biz da
Kære ⟦Ebbe⟧ og ⟦Margit⟧

Tak for jeres bestilling af sommerhuset i Blokhus uge 29. Nøglen afhentes hos ⟦Grethe⟧ i Feriepartner-kontoret på Jens Bangs Vej. Vi ønsker jer en god ferie!

Mange hilsner
⟦Camilla Straarup⟧, Feriepartner Blokhus

=== hand-biz da
Kære ⟦Jens Peter⟧

Jeg skriver på vegne af ⟦Maria Augusta Voss⟧, som desværre er syg. Hun har bedt mig sende kontrakten med Søren Lund Transport, som I talte om fredag. Underskriv venligst side 3.

Venlig hilsen
⟦Andreas Friis⟧, juniorpartner

=== hand-biz da
Invitation
Direktionen inviterer til afskedsreception for ⟦Knud-Erik Halberg⟧ torsdag 12. december kl. 14 i kantinen, Bygning Ørsted. Tale ved ⟦Marianne Løvstrup⟧.

=== hand-biz da
Ordrebekræftelse nr. 55102
Sælger: ⟦Oliver Strøm⟧
Køber: Bageriet Kirstens Brød v/ ⟦Kirsten Ager⟧
2 stk. Anthon Berg gaveæsker, 6 kg Kelsen-kager
Levering: fredag

=== hand-biz da
Hej ⟦Tobias⟧,

Vedhæftet dagsorden til generalforsamlingen. Dirigent: advokat ⟦Merete Qvist⟧. Bestyrelsen foreslår genvalg af ⟦Yusuf Demirci⟧ og nyvalg af ⟦Freja Holm⟧ fra Holstebro.

Mvh. Kasserer ⟦Poul Erik Thomsen⟧

=== hand-biz da
Vagtplan uge 14 – Café Trekanten
Mandag: ⟦Signe⟧, ⟦Abdi⟧
Tirsdag: ⟦Signe⟧, ⟦Kacper⟧
Onsdag: lukket (Påske)
Torsdag: ⟦Linh⟧, ⟦Abdi⟧
Fredag: ⟦Kacper⟧, ⟦Sunniva⟧
Ansvarlig: ⟦Malte Krag⟧

=== hand-biz da
Tilbud på rengøring
Til: Boligselskabet Sankt Jørgen
Att.: driftschef ⟦Henrik Oxholm⟧
Vi tilbyder ugentlig trappevask i opgang 1-6 på Christian IX's Gade. Kontaktperson hos os: ⟦Aleksandra Szymańska⟧.
Med venlig hilsen, Clean Partners ApS

=== hand-biz da
Kære ⟦Vagn⟧

Tusind tak for din hjælp med messen i Bella Center. Jeg har sendt en kurv fra Summerbird til dig og ⟦Lotte⟧. Hils ⟦Mogens⟧ fra Kaj Bojesen-standen.

Kh ⟦Sanne Juhl-Andersen⟧

=== hand-mixed da
fornavn;efternavn;afdeling;lokale
⟦Rikke⟧;⟦Thorsen⟧;Løn;2.14
⟦Hamid⟧;⟦Naseri⟧;IT;1.03
⟦Zofia⟧;⟦Krawczyk⟧;Indkøb;2.20
⟦Selvakumar⟧;⟦Sivanesan⟧;IT;1.03
Mødelokale;Niels Bohr;;3.01

=== hand-mixed da
[14:02] ⟦sofie⟧: er der nogen der har set ⟦mikkels⟧ oplader
[14:03] ⟦ahmad⟧: nej
[14:03] ⟦sofie⟧: fredag er det kage hos ⟦jonna⟧ btw
[14:05] ⟦Mikkel B⟧: den ligger i Tesla'en 😅

=== hand-mixed da
KVITTERING
Netto Ringsted
Ekspedient: ⟦Dennis⟧
Faxe Kondi 1,5 l    14,00
Kims chips          22,95
Matas håndsæbe      19,00
TOTAL               55,95
Tak for besøget – Velkommen igen

=== hand-mixed da
SKADESANMELDELSE
Skadelidtes navn: ⟦Aysel Güler⟧
Modparts navn: ⟦ERIK VANG-HANSEN⟧
Sted: Krydset Frederik VII's Gade / Kong Hans Vej
Vidne: ⟦Thomas Egebjerg⟧, tlf. 22 41 09 87
Beskrivelse: Modparten bakkede ud fra P-pladsen ved Bilka.

=== hand-mixed da
| Navn | Rolle | Start |
|---|---|---|
| ⟦Anne-Sofie Riis⟧ | Projektleder | Juni |
| ⟦Viktor Orlov⟧ | Udvikler | August |
| ⟦Nhung Dao⟧ | Tester | Maj |
| Jira | Værktøj | – |

=== hand-mixed da
Scannet brev (OCR):
Kære ⟦Ejvind Ma rtinsen⟧
Vi har modtaget Deres ansøgning om
boligstøtte. Sagsbehandler: ⟦L0tte Friis⟧
Udbetaling Danmark, Kongens Vænge 8, Hillerød

=== hand-mixed da
Deltagerliste – førstehjælpskursus 14/3
⟦Mikkelsen, Jonas⟧
⟦Abdullahi, Hawa⟧
⟦Schmidt, Dieter⟧
⟦Kovalenko, Iryna⟧
Underviser: ⟦Bodil Winge⟧ (Dansk Røde Kors)

=== hand-mixed da
Huskeseddel på køleskabet:
Mor – tandlæge tirsdag
⟦Frida⟧ – spejder onsdag
⟦Asger⟧ – ring til farmor ⟦Inge⟧!!
Torsdag: ⟦Lise⟧ og ⟦Bent⟧ kommer til middag

=== hand-mixed da
SMS fra ⟦Kenneth⟧ (28-03 18:44):
Hej skat, jeg henter ⟦Liva⟧ hos ⟦Nour⟧ kl 7. Husk at ⟦Aske⟧ skal have gymnastiktøj med i morgen. Kys

=== hand-mixed da
Kalender, uge 22
Man 10:00 Møde med ⟦Gert Jul⟧ (Alm. Brand)
Tir 13:00 Frokost ⟦Sif⟧
Ons Hele dagen: kursus hos Dansk Erhverv
Tor 08:30 Tandlæge
Fre 15:00 Fredagsbar

=== hand-mixed da
Bemærkning fra webformular: hej jeg hedder ⟦jamal abdi⟧ og ringede i går, jeg talte med en der hed ⟦kirsten⟧ men jeg har ikke hørt noget. mit ordrenummer er 88123

=== hand-mixed da
Interview, transskription
INTERVIEWER: Hvornår startede du i firmaet?
⟦GUNHILD⟧: I 1987. Dengang var det ⟦Ove Brandstrup⟧, der var chef.
INTERVIEWER: Og hvordan var han?
⟦GUNHILD⟧: Streng men retfærdig. Ham og ⟦Else⟧ fra kontoret styrede det hele.

=== hand-mixed da
Pakkeseddel – GLS
Modtager: hr. ⟦Vu Duc Thang⟧
Adresse: Ingrid Marie Vej 3, 5250 Odense SV
Afsender: Jysk, Brabrand
Indhold: 1 x Sultan madras
Kvitteret af: ⟦P. Nørskov⟧

=== hand-mixed da
Holdkort – Vejle Boldklub U17
1 ⟦Mads Høeg⟧ (MM)
4 ⟦Idris Yousef⟧
7 ⟦Lauge Storm⟧ (A)
9 ⟦Bartosz Wiśniewski⟧
10 ⟦Kofi Asante⟧
Træner: ⟦Per Vinther⟧ · Holdleder: ⟦Jytte⟧
Kamp: lørdag kl. 11, Nørreskoven

=== hand-mixed da
Kondolencebog – Sorø Kirke
"Tak for alt, kære ⟦Aage⟧. Du var en god nabo." – ⟦Ruth⟧ og ⟦Helmer Kristensen⟧
"Vi mindes dig med glæde." – Familien ⟦Pham⟧
"Hvil i fred." – ⟦Sahra Ismail⟧ og børnene

=== hand-news da
Vejarbejde på H.C. Andersens Boulevard og Niels Bohrs Allé fra maj. Juni bliver værst, oplyser Københavns Kommune, og busserne kører i stedet ad Kong Christians Gade. Storebæltsfærgen M/F Sprogø sejler ekstra afgange i pinsen.

=== hand-mixed da
ÅBNINGSTIDER
Mandag–fredag 9–17
Lørdag 10–14
Juli: lukket
Adresse: Kronprinsesse Sofies Vej 4, Frederiksberg
Vi forhandler Georg Jensen, Royal Copenhagen, Kähler og Louis Poulsen.

=== hand-news da
Badminton: Dobbelt guld til Greve
Greve vandt søndag både herre- og damedouble ved DM i Vejen. I finalen slog ⟦Storm Juhl⟧ og ⟦Valdemar Kjær⟧ de forsvarende mestre fra Aarhus i tre sæt. "⟦Storm⟧ spillede sit livs kamp," sagde ⟦Kjær⟧ bagefter. Storm og regn havde ellers forsinket starten. Hos damerne vandt ⟦Thanuja Ravichandran⟧ og ⟦Sol Brink⟧; ⟦Ravichandrans⟧ smash var afgørende. Sol og varme er lovet til næste weekends stævne.

=== hand-news da
Ukrainsk læge får autorisation
⟦Oleksandr Mykolayovych Hrytsenko⟧, 46, har efter to år fået dansk autorisation og starter på Regionshospitalet Gødstrup. Han kom til Herning med sin kone ⟦Svitlana⟧ i 2022. Overlæge ⟦Bodil af Hvidkilde⟧ kalder ham "en gave for afdelingen". Fredag holder afdelingen reception.

=== hand-biz da
SAMARBEJDSAFTALE
mellem
BYGMA ODDER (herefter "Leverandøren") ved salgschef ⟦KARIN ØSTERGAARD⟧
og
⟦AHMED BIN SALEM AL-AMRI⟧, ejer af Al-Amri Byg ApS (herefter "Kunden")
§ 1 Aftalen gælder fra 1. februar. Lykke og held med samarbejdet ønskes af begge parter.
Underskrifter: ⟦Karin Østergaard⟧ ⟦Ahmed bin Salem Al-Amri⟧

=== hand-biz da
Hej ⟦Per⟧

Per 1. april overtager ⟦Helga von Bülow⟧ dine kunder i Sønderjylland, mens du får Fyn. Bo du stadig i Middelfart? Så passer det jo fint. ⟦Helga⟧ ringer til dig i næste uge.

Hilsen ⟦Agnete Wulff⟧

=== hand-mixed da
WhatsApp-eksport "Familien 🎄"
24/12 14:03 - Moster ⟦Bitten⟧: Glædelig jul alle sammen!!
24/12 14:05 - ⟦Jens-Ulrik⟧: i lige måde ⟦Bitten⟧ 🎅
24/12 14:07 - ⟦Ea⟧: hvem tager sig af risalamanden?
24/12 14:09 - Moster ⟦Bitten⟧: det gør ⟦Karl Emil⟧ og ⟦Ea⟧ 😉

=== hand-mixed da
SCANNET HOLDLISTE (OCR)
Hold   Træner            Tid
U9     ⟦B. Damgaard⟧       Man 16.30
U11    ⟦S.K. Meldgaard⟧    Tirs 17.00
U13    ⟦Tamilselvan K.⟧    Tors 17.30
Senior ⟦Gorm Hvass⟧        Fre 19.00
Lokale: Hal 2, Frederik IX's Idrætscenter

=== hand-biz da
Prisliste – Snedker Holger Bøgh ApS
Skabsdør, eg         1.450 kr.
Ole Wanscher-taburet   3.900 kr.
Reparation af Hans J. Wegner-stol   fra 800 kr.
Kontakt: ⟦Holger Bøgh⟧ eller værkfører ⟦Liv Sandahl⟧

=== hand-mixed da
Parkeringsbøde – klage (udfyldt formular)
Navn: ⟦nadia el-khatib⟧
Bilens reg.nr.: AB 12 345
Sted: Christian Winthers Vej, Næstved
Begrundelse: jeg holdt kun stille for at hente min søn ⟦Yasin⟧ ved Herlufsholm. min mand ⟦Tarek⟧ kan bekræfte det
"""
