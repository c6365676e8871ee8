"""Hand-written Danish name documents for v9: ``⟦...⟧`` marks a PERSON span (families hand-news, hand-biz,
hand-mixed give the genre)."""

BANK = r"""
=== hand-news da
Ny direktør i Vejle Spildevand
⟦Hanne Søgaard Kirkegaard⟧, 51, bliver 1. marts ny administrerende direktør for Vejle Spildevand. Hun kommer fra en stilling som teknisk chef i Fredericia. "Vi har fundet en leder med både faglig tyngde og erfaring fra et politisk styret selskab," siger bestyrelsesformand ⟦Ole Wind⟧. ⟦Kirkegaard⟧ afløser ⟦Preben Skaarup⟧, der går på pension efter 19 år.
=== hand-news da
Somalisk-dansk iværksætter åbner bageri i Gellerup
Det var en lang vej fra Mogadishu til Bazar Vest for ⟦Faadumo Cabdi Nuur⟧. I dag åbner hun Bageriet Sahra på Edwin Rahrs Vej sammen med sin bror ⟦Maxamed⟧. "Vi bager både somaliske sabaayad og danske rundstykker," siger ⟦Faadumo⟧, der har lært faget hos bagermester ⟦Jens-Ole Frisk⟧ i Brabrand.
=== hand-news da
Kajakroer fra Silkeborg tog EM-guld
⟦Mads Rugaard⟧ vandt søndag EM-guld i K1 1000 meter i Brandenburg. Han slog tyskeren ⟦Lukas Brenner⟧ med under et halvt sekund. "Det er sindssygt," sagde ⟦Rugaard⟧ til DR Sporten bagefter. Landstræner ⟦Zsófia Kovács⟧ kaldte løbet taktisk perfekt.
=== hand-news da
Ukrainsk pianist giver koncert i Musikhuset
⟦Yuliia Melnychenko⟧, der flygtede fra Kharkiv i 2022, spiller lørdag ⟦Chopins⟧ nocturner og ⟦Carl Nielsens⟧ klaversuite i Musikhuset Aarhus. Koncerten arrangeres af ⟦Birthe Ladefoged⟧ fra foreningen Kulturbro.
=== hand-news da
Dom i sagen om svindel med byggetilskud
Retten i Holbæk idømte torsdag ⟦Kenneth Brix Holmgaard⟧ et års fængsel. Anklager ⟦Sidsel Aamand⟧ havde krævet halvandet år. ⟦Holmgaards⟧ forsvarer, advokat ⟦Jonas Thorup⟧, overvejer at anke.
=== hand-news da
Frederikssund: Brand i Kong Valdemars Gade
En lejlighed i Kong Valdemars Gade udbrændte natten til mandag. Beboeren, ⟦Gunnar Lyhne⟧, 78, kom ud ved egen hjælp. Vagtchef ⟦Pia Ebdrup⟧ fra Nordsjællands Politi oplyser, at branden formentlig startede i et komfur.
=== hand-news da
Vietnamesisk familie fejrer 40 år med restaurant i Odense
Da ⟦Trần Văn Phúc⟧ og hans kone ⟦Lê Thị Hoa⟧ åbnede Saigon Kitchen på Vestergade i 1986, var de de første af deres slags i byen. I dag står datteren ⟦Linh Tran Sørensen⟧ for driften. "Mor laver stadig suppen hver morgen," siger ⟦Linh⟧.
=== hand-news da
Ny præst i Ansgars Kirke
Sognepræst ⟦Rebekka Schou Lindahl⟧ indsættes søndag i Ansgars Kirke i Odense. Hun afløser ⟦Ebbe Gjørup⟧, der har været præst i sognet siden 1994. Biskop ⟦Karin Vesterholt⟧ forestår indsættelsen. Efter gudstjenesten er der kaffe i sognegården.
=== hand-news da
Lokalpolitik: Ny formand for teknikudvalget
⟦Jesper Hauberg⟧ (V) er ny formand for teknik- og miljøudvalget i Viborg. Han overtager posten fra ⟦Mette Bruhn⟧ (S), der er blevet rådmand. "Jeg glæder mig til at tage fat på cykelstierne," siger ⟦Hauberg⟧. Oppositionens ⟦Nadia Khalil⟧ (SF) kalder valget forventeligt.
=== hand-news da
Fodbold: Vendsyssel vandt derbyet
⟦Mathias Skov⟧ scorede to gange, da Vendsyssel FF slog AaB 3-1. Det tredje mål kom fra nigerianeren ⟦Chidi Okonkwo⟧ på straffespark. AaB's eneste mål blev scoret af ⟦Emil Friis⟧. Træner ⟦Kim Aalund⟧ var tilfreds: "⟦Skov⟧ var fremragende i dag."
=== hand-news da
Mindeord: ⟦Aase Marie Lykkegaard⟧
⟦Aase Marie Lykkegaard⟧, Skagen, er død, 91 år. Hun var i 40 år lærer på Skagen Skole og en af byens kendte malere. Hun efterlades af sønnerne ⟦Claus⟧ og ⟦Henrik⟧ og fem børnebørn. Æret være ⟦Aase Maries⟧ minde.
=== hand-news da
Tamilsk kulturfestival i Herning
For 25. gang samler Tamil Kalacharam festivalen i Herning. Formand ⟦Tharmalingam Sivapalan⟧ venter 2.000 gæster. Dansegruppen ledes af ⟦Nirosha Kanagaratnam⟧, der selv kom til Danmark som barn i 1990. Borgmester ⟦Lis Kaae Brandt⟧ åbner festivalen.
=== hand-news da
Polsk håndværker reddede nabo
Da det brændte i et rækkehus i Ishøj, løb ⟦Krzysztof Wiśniewski⟧ ind og bar den 84-årige ⟦Else Brøndum⟧ ud. "Jeg tænkte ikke, jeg gjorde det bare," siger ⟦Wiśniewski⟧, der arbejder som tømrer i firmaet Brdr. Madsen A/S.
=== hand-news da
Erhverv: Generationsskifte hos Mikkelsen & Bach
Revisionsfirmaet Mikkelsen & Bach i Randers får ny ejer. ⟦Torben Mikkelsen⟧ sælger sin andel til ⟦Ayşe Demir⟧, der har været partner siden 2019. Firmaet har 22 ansatte og holder til i Thors Bakke.
=== hand-news da
Færgen M/F Peder Paars sejler igen
Efter tre ugers reparation sejler M/F Peder Paars igen mellem Kalundborg og Aarhus. Kaptajn ⟦Jens Erik Quist⟧ fortæller, at der blev skiftet en propelaksel. Rederiet Niels Juel Shipping takker kunderne for tålmodigheden.
=== hand-news da
Grønlandsk kunstner udstiller i Nuuk og København
⟦Pipaluk Kreutzmann Olsen⟧ udstiller fra fredag på Nordatlantens Brygge. Værkerne er lavet af drivtømmer fra Tasiilaq. Kurator ⟦Naja Berthelsen⟧ kalder udstillingen "stille og stærk". ⟦Kreutzmann Olsens⟧ forrige udstilling blev vist i Nuuk Kunstmuseum.
=== hand-news da
Tyskere vil bygge solcellepark ved Tønder
Det tyske selskab SonnenFeld GmbH vil opføre en solcellepark på 80 hektar ved Tønder. Projektleder ⟦Jürgen Albrecht⟧ mødtes tirsdag med borgerne i Tønder Hallen. Lodsejer ⟦Hans Christian Møller⟧ er positiv: "Det giver mere end korn," siger han.
=== hand-news da
Maj blev den vådeste måned i ti år
Maj gav 112 millimeter regn i Østjylland, oplyser DMI. Klimatolog ⟦Mikkel Brodersen⟧ forklarer, at lavtrykket Helga lå stille over landet i fire dage. Landmand ⟦Rikke Hvam⟧ fra Hammel har endnu ikke sået sin majs.
=== hand-news da
Kort nyt
* ⟦Ahmad Al-Sayed⟧, 17, fra Vollsmose er udtaget til U19-landsholdet i taekwondo.
* Byens ældste borger, ⟦Inger Thorsager⟧, fyldte 104 år i går på plejehjemmet Sankt Lukas.
* Lørdag indvies Frederik den Syvendes Plads efter renoveringen.
=== hand-news da
Retssag om hundeangreb
En 44-årig kvinde fra Slagelse er tiltalt for at have ladet sin hund angribe naboen ⟦Peter Vognsen⟧. Retten hørte torsdag dyrlæge ⟦Camilla Rytter⟧ som vidne. Anklager ⟦Morten Ulrik Dalgas⟧ kræver hunden aflivet.
=== hand-biz da
Hej ⟦Lotte⟧

Tak for et godt møde i går. Som aftalt sender jeg tilbuddet på de 40 Billy-reoler og 12 Ivar-skabe til jeres nye kontor på H.C. Ørsteds Vej. ⟦Ejnar⟧ fra vores lager kontakter dig om levering.

Med venlig hilsen

⟦Kristian Lykke Vinding⟧
Salgskonsulent
Kontormøbler Danmark ApS
=== hand-biz da
Referat af bestyrelsesmøde i Andelsboligforeningen Christian X's Allé 14
Til stede: ⟦Birgit Nørgaard⟧ (formand), ⟦Alaa Hamdan⟧, ⟦Søren Bie⟧, ⟦Olga Kowalczyk⟧
Afbud: ⟦Nikolaj Ravnsborg⟧
1. Godkendelse af dagsorden: Godkendt.
2. Tag: ⟦Søren⟧ har indhentet tre tilbud. Tømrerfirmaet Hansen & Bøgh er billigst.
3. Eventuelt: ⟦Olga⟧ foreslår fælles loppemarked i august.
Referent: ⟦Alaa Hamdan⟧
=== hand-biz da
Kære ⟦Jürgen Schmidt⟧

Hermed bekræftes ordren på 2.000 flasker Carlsberg og 600 Tuborg Classic til jeres messe i Hamborg. Fakturaen sendes til Frau ⟦Schmidts⟧ kollega, ⟦Anja Bergmann⟧, som ønsket.

Med venlig hilsen
⟦Rasmus Elkjær⟧
Eksportafdelingen
=== hand-biz da
Hej alle

Velkommen til ⟦Oksana Tkachenko⟧, som starter i regnskab mandag. ⟦Oksana⟧ kommer fra en stilling hos Peter Larsen Kaffe i Viborg og skal sidde ved siden af ⟦Bent⟧. Tag godt imod hende!

Venlig hilsen
⟦Charlotte Munch⟧, HR
=== hand-biz da
FAKTURA 2026-0412
Kunde: Tandlæge Ulla Fogh ApS
Att.: ⟦Ulla Fogh⟧
Vare: Tandstol model "Ingolf", 1 stk., 48.500,00 kr.
Montør: ⟦M. Lassen⟧
Betales senest 14.05.2026 til Danske Bank.
=== hand-biz da
Mødeindkaldelse – projekt "Søren Kierkegaards Plads"
Deltagere: ⟦Jakob Ladegaard⟧ (Københavns Kommune), ⟦Sara Ibsen⟧ (arkitekt), ⟦Hamid Zadeh⟧ (ingeniør)
Sted: Lokale "Niels Bohr", 3. sal
⟦Jakob⟧ indleder med status på belægningen; ⟦Hamid⟧ gennemgår afvandingen.
=== hand-biz da
Kære fru ⟦Eriksen⟧

Vi har modtaget Deres klage over forsinkelsen. Vores kundechef, ⟦Lars Rune Kamp⟧, vil kontakte Dem i næste uge.

Med venlig hilsen
Forsikringsselskabet Codan
=== hand-biz da
Hej ⟦Mikkel⟧,

Kan du bede ⟦Tove⟧ om at sende mig Q3-tallene fra Georg Jensen-kontoen? Jeg har møde med deres indkøber, ⟦Louise Ravn Østergaard⟧, på torsdag.

Tak
⟦Dorthe⟧

Sendt fra min iPhone
=== hand-biz da
LEJEKONTRAKT
Udlejer: Ejendomsselskabet Nørrebro A/S, v/ ⟦Allan Thygesen⟧
Lejer: ⟦YOUSSEF EL AMRANI⟧ og ⟦KHADIJA EL AMRANI⟧
Lejemål: Rantzausgade 44, 2. tv., 2200 København N
Indflytning: 1. august 2026
=== hand-biz da
Vagtplan uge 23 – Café Sankt Hans
Mandag: ⟦Storm⟧, ⟦Freja⟧
Tirsdag: ⟦Asta⟧, ⟦Bo⟧
Onsdag: ⟦Mustafa⟧, ⟦Vilma⟧
Torsdag: ⟦Storm⟧, ⟦Sol⟧
Fredag: alle – personalemøde kl. 15 med ⟦Kirsten⟧
=== hand-biz da
Kære hr. ⟦Andersen⟧

Hermed fremsendes opsigelse af aftale nr. 8812 vedrørende vedligehold af Volvo og Mercedes-vognparken. Opsigelsen har virkning fra 1. oktober.

Med venlig hilsen
⟦Helle Vestergaard⟧
Indkøbschef, Fjordtrans A/S
=== hand-biz da
Telefonliste – Kundeservice
⟦Abdirahman Farah⟧ 3312 4401
⟦Bente Dam⟧ 3312 4402
⟦Ngozi Eze⟧ 3312 4403
⟦Per Kragh⟧ 3312 4404
⟦Wiktoria Zając⟧ 3312 4405
Omstilling: 3312 4400
=== hand-biz da
Hej ⟦Frank⟧

Jeg har talt med ⟦Vibeke⟧ hos Jensens Bøfhus om julefrokosten. De kan tage os fredag den 11. december. ⟦Vibekes⟧ chef, ⟦Martin Krogh⟧, vil gerne have et foreløbigt antal.

/⟦Sanne⟧
=== hand-biz da
Referat – Teammøde marketing 4/2
Til stede: ⟦Anne-Lise Stampe⟧ (ALS), ⟦Jonas Friberg⟧ (JF), ⟦Mia Holck⟧ (MH)
Pkt. 1: JF viser kampagnen for Anthon Berg-chokolade.
Pkt. 2: ALS og MH laver budget til messen i Bella Center.
=== hand-biz da
Kære ⟦Ingeborg⟧ og ⟦Poul⟧

Tak for jeres bestilling af sommerhuset "Svalereden" i uge 28. Nøglen afhentes hos fru ⟦Lund⟧ i Købmandsgården. Ved spørgsmål kan I ringe til ⟦Mette Bjerregaard⟧ på 40 11 22 33.

Med venlig hilsen
Feriehusudlejning Vestkysten
=== hand-biz da
Notat til økonomi
Vedr.: Udlæg
⟦Carsten Hviid⟧ har haft udlæg til taxa (Dantaxi) og hotel (Hotel Hans Christian Andersen, Odense) i forbindelse med kundebesøg hos Novo Nordisk. Godkendt af ⟦Lena Ibsen⟧.
=== hand-biz da
Hej ⟦Tanja⟧

Jeg er på kursus i Ikast onsdag og torsdag. Ring til ⟦Gustav⟧ eller ⟦Emilie⟧ hvis der er noget akut med Lindholm-kontoen.

Hilsen ⟦Karsten⟧
=== hand-biz da
Aftale om konsulentbistand
Mellem Grundfos Holding A/S og konsulent ⟦Ibrahim Çelik⟧ (CVR 41 22 33 44) indgås følgende aftale: ⟦Çelik⟧ leverer 120 timers rådgivning om ERP-system i perioden 1. april–30. juni 2026. Kontaktperson hos kunden: ⟦Susanne Borg⟧.
=== hand-biz da
Invitation
⟦Hanne⟧ og ⟦Jesper Brix⟧ inviterer hermed alle kolleger til reception i anledning af ⟦Jespers⟧ 25-års jubilæum fredag kl. 14 i kantinen. Gaver frabedes – giv hellere til Børnecancerfonden.
=== hand-mixed da
⟦Mette K⟧: hej alle, hvem tager ⟦Anders⟧' vagt på lørdag?
⟦ali⟧: jeg kan godt
⟦Mette K⟧: super tak ⟦Ali⟧ 🙏
⟦Sofie⟧: og husk ⟦Jonas⟧ har fødselsdag fredag
=== hand-mixed da
fornavn;efternavn;afdeling;telefon
⟦Aksel⟧;⟦Brandt⟧;Lager;20334455
⟦Fatuma⟧;⟦Hussein⟧;Kantine;20334456
⟦Kristina⟧;⟦Lund⟧;Salg;20334457
⟦Tuan⟧;⟦Pham⟧;IT;20334458
=== hand-mixed da
KVITTERING
Magasin du Nord, Kgs. Nytorv
Ekspedient: ⟦Rosa⟧
1 stk. Kay Bojesen abe  1.099,00
1 stk. Royal Copenhagen kop  329,00
Total 1.428,00
Tak for besøget – hilsen ⟦Rosa⟧ og resten af holdet
=== hand-mixed da
UDSKRIFT AF SKÆRMBILLEDE (OCR)
Navn: ⟦SØREN BAGGE NIELSEN⟧   Fødselsår: 1968
Adresse: Niels Ebbesens Vej 12, 1911 Frederiksberg C
Sagsbehandler: ⟦K.  Dalgaard⟧
Bemærk: Iigger i sag med ⟦Bagge Nielsens⟧ arbejdsgiver
=== hand-mixed da
| Navn | Rolle | Lokale |
|---|---|---|
| ⟦Lene Holt⟧ | Projektleder | Ole Rømer |
| ⟦Nasrin Karimi⟧ | Udvikler | H.C. Ørsted |
| ⟦Viggo Tang⟧ | Tester | Tycho Brahe |
=== hand-mixed da
Ordre 55102 – leveringsnote
Modtager: ⟦Jens Peter Mose⟧, Hans Tavsens Gade 3, 8000 Aarhus C
Vare: Felix ketchup 12 x 1 kg, Kalles Kaviar 24 stk.
Chauffør: ⟦Ivan⟧ (GLS)
Kvitteret af: ⟦J.P. Mose⟧
=== hand-mixed da
Hej Siri, ring til ⟦Ruth Kjærgaard⟧ mobil
Siri: Jeg ringer til ⟦Ruth Kjærgaard⟧, mobil.
Alexa: Tænder lyset i stuen.
=== hand-mixed da
Deltagerliste – førstehjælpskursus 12/3
1. ⟦Holm, Birgitte⟧
2. ⟦Osman, Hibaaq⟧
3. ⟦Wójcik, Paweł⟧
4. ⟦Skov Jensen, Anders⟧
5. ⟦Nguyen, Thi Thu⟧
Instruktør: ⟦Michael Falk⟧ (Dansk Røde Kors)
=== hand-mixed da
[10:02] ⟦Lise Dahl⟧: er der nogen der har set ⟦Bos⟧ nøgler?
[10:03] ⟦Bo Thorsen⟧: haha de er i min lomme 🙈
[10:04] ⟦Lise Dahl⟧: typisk ⟦Bo⟧
[10:05] ⟦Karim⟧: Bo i Aarhus eller København på fredag?
=== hand-mixed da
Formular: Ansøgning om parkeringslicens
Ansøgers navn: ⟦Merete Hjortshøj⟧
Bilmærke: Ford Mondeo
Ejer (hvis anden): ⟦Thomas Hjortshøj⟧
Underskrift: ⟦M. Hjortshøj⟧
=== hand-mixed da
TORSDAG
Kl. 9: Møde med ⟦August⟧ om budget
Kl. 12: Frokost – ⟦Maj⟧ og ⟦Juni⟧ (tvillingerne fra lageret)
Kl. 15: August-planlægning (ferieplan for august)
=== hand-mixed da
Hej ⟦Benny⟧
Din pakke fra Clas Ohlson er leveret til pakkeshoppen i Føtex, Frederiks Allé.
Hilsen PostNord
=== hand-mixed da
NOTE PÅ KØLESKABET
Til ⟦Ulla⟧: tak for kagen!! – ⟦Hassan⟧, ⟦Ming⟧ og ⟦Lærke⟧
PS ⟦Ulla⟧: Jysk-kataloget ligger på dit bord
=== hand-mixed da
Log, adgangskontrol 04.03
07:58 Kort 1184 (⟦Niels-Henrik Borup⟧) Indgang A
08:02 Kort 1190 (⟦Zainab Mahdi⟧) Indgang A
08:15 Kort 1201 (gæst – ⟦Tom Becker⟧, Siemens) Indgang B
=== hand-mixed da
SMS-tråd
Fra "Mor": Husk ⟦Karlas⟧ fødselsdag på søndag!!
Fra ⟦Mads⟧: ja ja, hvad skal hun have?
Fra "Mor": En Rituals-gaveæske fra Matas
=== hand-mixed da
Bemærkninger til budget 2027 (fra ⟦Kent Raun⟧)
Ivar-reolerne til arkivet (6 stk.) er ikke med.
Lørdag den 3. er lageret lukket.
Fredag: ⟦Kent⟧ og ⟦Pia⟧ tæller varelager.
=== hand-mixed da
Interviewudskrift
INTERVIEWER: Hvornår startede du?
⟦HENRIETTE VOLD⟧: Det var i 2011, hos Lego i Billund.
INTERVIEWER: Og din chef var?
⟦HENRIETTE VOLD⟧: ⟦Poul-Erik Iversen⟧. Han lærte mig alt.
=== hand-news da
Storm over Vestjylland
Stormen Ingolf nåede i nat op på orkanstyrke ved Thyborøn. Sol og lune temperaturer vender tilbage fra fredag. Bo du langs kysten, så hold øje med varslerne fra DMI. Færgen M/F Peder Paars er aflyst, og Kong Frederik IX's Bro er lukket for lastbiler.
=== hand-news da
Ny skoleleder på Grundtvigsskolen
⟦Aisha Mahamud Gedi⟧ er ansat som skoleleder på Grundtvigsskolen i Hillerød. Hun har været viceskoleleder på Ingemannskolen i otte år. Skolebestyrelsens formand, ⟦Troels Brammer⟧, glæder sig: "⟦Aisha⟧ kender både elever og forældre." Den afgående leder ⟦Hans Ulrik Kure⟧ går på pension efter 30 år i ⟦Grundtvigs⟧ ånd.
=== hand-biz da
Prisliste 2026 – Mødelokaler
Lokale "Karen Blixen": 8 pers., 1.200 kr./dag
Lokale "Søren Kierkegaard": 14 pers., 1.900 kr./dag
Lokale "Niels Bohr": 30 pers., 3.400 kr./dag
Fredag og lørdag: 20 % rabat. Forplejning leveres af Jensens Køkken.
=== hand-biz da
Hej ⟦Vagn⟧ og ⟦Birthe⟧

Tak for sidst! Vi har nu sendt jeres nye Hilding Anders-madras og to Carl Hansen-stole. Montøren ⟦Oleksandr⟧ ringer en halv time før. Skulle der være problemer, så kontakt ⟦Rikke Damsgaard⟧ i kundeservice.

Mvh Møbelhuset Vestergade
=== hand-mixed da
Varenr.;Navn;Antal
10221;Billy reol hvid;4
10388;Ivar skab fyr;2
10412;Malm kommode;1
10533;Stefan stol;6
=== hand-mixed da
Kommentarfelt (webformular): hej, jeg hedder ⟦karina juhl⟧ og ringede i går angående min regning. ⟦Kristoffer⟧ lovede at ringe tilbage men det er ikke sket?? mvh ⟦Karina⟧
=== hand-news da
Familien bag Esbjerg-færgen
I 1998 kom ⟦Mohammed bin Rashid Al-Hakim⟧ til Esbjerg som skibsmekaniker. I dag er han maskinchef på M/S Dronning Margrethe, og sønnen ⟦Khalid⟧ er styrmand på samme skib. "Far lærte mig at lytte til motoren," siger ⟦Khalid Al-Hakim⟧. Rederiets direktør, ⟦Anne-Mette von der Heide⟧, kalder familien "rygraden i besætningen". Også ⟦Khalids⟧ kone, ⟦Svetlana Al-Hakim⟧, arbejder om bord – i cafeteriet.
=== hand-news da
Tamilsk læge hædret i Horsens
Overlæge ⟦K. Sivakumaran⟧ modtog fredag Horsens Kommunes ildsjælepris. ⟦Sivakumaran⟧, der kom til Danmark fra Jaffna i 1987, har i 30 år drevet en gratis lektiecafé. Prisen blev overrakt af formanden for kulturudvalget, ⟦Jens Ole Kragh-Jepsen⟧. Han takkede også ⟦Sivakumarans⟧ hustru, ⟦Vasanthi⟧.
=== hand-biz da
REFERAT – Koordineringsmøde, Esbjerg Havn
Mødeleder: ⟦Van den Berg, Pieter⟧ (DFDS)
Referent: ⟦Nielsen, Kirstine⟧
⟦Van den Berg⟧ redegjorde for de nye anløbstider. ⟦Nielsen⟧ spurgte til fortøjningen ved Dokhavnen. Næste møde holdes ombord på M/S Dronning Margrethe.
=== hand-biz da
Hej ⟦Olena⟧ og ⟦Taras⟧

Velkommen til Danmark og til Hedensted Kommune! Jeres kontaktperson er ⟦Olena Petrivna Hnatiuk⟧ fra Integrationsteamet (hun taler ukrainsk). Første møde er mandag kl. 10 på Tørring Rådhus, Nørregade 2.

Venlig hilsen
⟦Bodil Marie Thygesen⟧
Borgerservice
=== hand-mixed da
Gæsteliste – bryllup 14/6 (bord 3)
⟦Ngô Thị Bích⟧ og ⟦Henrik⟧
Tante ⟦Agnes⟧ – OBS nøddeallergi
Farfar ⟦Poul⟧
⟦Sebastian⟧ + 1
=== hand-mixed da
Kundeservice-log
14.02 09:12 Opkald fra fr. ⟦Wendelboe⟧ ang. regning – viderestillet til ⟦Jonas Kirk⟧ (JK)
14.02 09:40 Mail fra ⟦Ahmad⟧ (Ahmad's Pizza ApS) – vil opsige abonnement
=== hand-news da
Håndbold: Skjern vandt efter forlænget spilletid
Skjern Håndbold sikrede sig lørdag finalepladsen efter en dramatisk kamp mod GOG i en udsolgt Skjern Bank Arena. ⟦Oskar Bergholt⟧ blev kampens store profil med 11 mål, mens målmand ⟦Nikolaj Aabo⟧ reddede tre straffekast i den forlængede spilletid. GOG førte ellers 27-24 med fem minutter igen, da ⟦Tobias Grønlund Mwangi⟧ scorede sit syvende mål. Men så tog ⟦Bergholt⟧ over. "Jeg kiggede bare på ⟦Aabo⟧ og vidste, at han ville tage den næste," sagde ⟦Bergholt⟧ bagefter.

GOG's træner, ⟦Ian Marko Kovačević⟧, var skuffet: "Vi havde den, men Skjerns publikum bar dem hjem." Også ⟦Kovačevićs⟧ anfører, ⟦Mathias Dyhr Olesen⟧, måtte se sig slået, efter at han brækkede fingeren i første halvleg. Klubbens læge, ⟦Hanne Skovgaard Nyborg⟧, oplyser, at ⟦Olesen⟧ er ude i seks uger.

Finalen spilles søndag mod Aalborg, hvor ⟦Sebastian Storm⟧ og ⟦Bo Lykke Hansen⟧ er tilbage efter skader. Stormvejret over Vestjylland kan dog give problemer for de tilrejsende fans, advarer politiet.
=== hand-biz da
REFERAT AF ORDINÆR GENERALFORSAMLING – Vandværket Bakkely A.m.b.a.
Dato: 26. marts 2026, Bakkely Forsamlingshus, Niels Kjeldsens Vej 4
1. Valg af dirigent: Bestyrelsen foreslog advokat ⟦Helene Munk-Poulsen⟧, som blev valgt. ⟦Munk-Poulsen⟧ konstaterede, at generalforsamlingen var lovligt indkaldt.
2. Formandens beretning: Formand ⟦Søren Aagaard Kjær⟧ fortalte om den nye boring ved Mølleengen. ⟦Kjær⟧ takkede ⟦Villy Brandstrup⟧ for 25 års arbejde som driftsleder.
3. Regnskab: Kasserer ⟦Ayşe Karadağ⟧ gennemgik regnskabet. ⟦Karadağ⟧ svarede på spørgsmål fra ⟦Jytte Mølgaard⟧ om takststigningen.
4. Valg: ⟦Brian Storm⟧ og ⟦Lis Bonde⟧ blev genvalgt. Som suppleant valgtes ⟦Anders "Pølle" Pedersen⟧.
5. Eventuelt: ⟦Karl Ove Sand⟧ spurgte til vandmålerne fra Kamstrup. Bestyrelsen svarer skriftligt.
Referent: ⟦Bodil Kristoffersen⟧   Dirigent: ⟦H. Munk-Poulsen⟧
"""
