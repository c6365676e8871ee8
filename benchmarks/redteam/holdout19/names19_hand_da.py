"""Danish hand-written documents of the v19 names hold-out (``=== family lang`` starts a document; ``⟦...⟧``
marks a PERSON span). All texts written for v19; people are invented unless named as public figures."""

BANK = r"""
=== hand-news da
Bager Jensens Brød på Vestergade lukker efter 41 år

Indehaver ⟦Poul Erik Jensen⟧, 68, har ikke kunnet finde en afløser. »Min far startede butikken i 1983, og jeg har stået her hver morgen kl. 4 siden,« siger han. Datteren ⟦Camilla⟧ arbejder i dag hos Lagkagehuset i Aarhus og vil ikke overtage.
Fredag byder ⟦Jensen⟧ på kaffe og rundstykker fra kl. 7. Skiltet med "Bager Jensens Brød" skal hænge på Bymuseet.

=== hand-news da
ANMELDELSE ★★★★☆☆ Café Petersen har fået en ny kok – og det kan smages

Café Petersen i Svendborg har siden 1962 været byens sikre valg til stjerneskud. Nu står ⟦Asger Bruun⟧, tidligere Falsled Kro, ved grydene, og han har ryddet ud i kortet. Rødspætten med persillesovs (165 kr.) var perfekt stegt, og citronfromagen, som ⟦Bruun⟧ kalder "mormors", var let og sur på den gode måde.
Tjeneren, ⟦Yasmin⟧, kendte hver eneste vin. Caféen ejes stadig af familien ⟦Petersen⟧, nu tredje generation med ⟦Søren⟧ og ⟦Lise Petersen⟧ bag baren.
Kun desserten "Storm P.s yndlingskage" skuffede: tør.
⟦Mikkel Brøndum Holst⟧

=== hand-news da
HÅNDBOLD, 2. division, mænd, pulje 3
Skanderborg 2 - Odder 27-31 (13-15)
Odder: ⟦Sten Kjeldsen⟧ 8, ⟦Bo Lauritsen⟧ 6/2, ⟦Ask Mølgaard⟧ 5, ⟦Oleksandr Tkachenko⟧ 4, ⟦Frederik Storm⟧ 3, ⟦Emil Vinter⟧ 3, ⟦Jonas Eng⟧ 2.
Skanderborg: ⟦M. Lund⟧ 9, ⟦Kasper Berg⟧ 7/4, ⟦Tobias Friis⟧ 4, ⟦Ali Demir⟧ 3, ⟦Nikolaj Holm⟧ 2, ⟦Jeppe Ravn⟧ 2.
Kampens spiller: ⟦Sten Kjeldsen⟧ (Odder). Tilskuere: 212. Dommere: ⟦Hansen⟧/⟦Abdi⟧.
Næste runde: Odder - HEI Aarhus, lørdag kl. 15 i Odder Idrætscenter.

=== hand-news da
Retten i Holbæk: Fængsel for slag mod dørmand på Café Olsen

En 34-årig mand fra Jyderup blev tirsdag idømt 60 dages ubetinget fængsel for at have slået en dørmand i ansigtet foran Café Olsen på Ahlgade i august. I dommen er den tiltalte anonymiseret som T og dørmanden som F.
T forklarede, at han "kun skubbede", men to vidner, K og M, så slaget. Anklager ⟦Jakob Sten Rasmussen⟧ havde krævet 80 dage. Forsvarer ⟦Karina Lind-Madsen⟧ oplyste efter dommen, at T ikke vil anke. Dommer var ⟦Hanne Ask⟧.

=== hand-news da
Døgnrapport, Sydøstjyllands Politi, lørdag

Nat til lørdag blev der stjålet en påhængsmotor fra motorbåden "Karen Margrethe" i Juelsminde Havn. Ejeren opdagede tyveriet kl. 6.40.
Kl. 14.10 blev en 52-årig kvinde standset på Niels Bohrs Allé i Horsens for kørsel med 92 km/t, hvor der må køres 50.
Kl. 22.30: Skænderi på pizzeriaet Mama Rosa i Vejle. En 19-årig fra Give blev anholdt.
Vagtchef ⟦Lars Agerskov⟧ opfordrer bådejere til at låse motorerne fast.

=== hand-news da
MINDEORD
⟦Else Marie Vinter⟧, Ribe, 7. maj 1937 – 21. november 2026

⟦Else Marie Vinter⟧, født ⟦Bundgaard⟧, sov stille ind på Plejehjemmet Grethe Sørensens Minde. Hun var i 34 år lærer ved Ansgarskolen, og generationer af ribenser lærte at læse hos "fru ⟦Vinter⟧". Hun elskede vinter og lange ture ved Kammerslusen.
Hun efterlades af ⟦Bent⟧, børnene ⟦Ulla⟧ og ⟦Peder⟧ og fem børnebørn. Æret være hendes minde.
⟦Grethe⟧ og ⟦Viggo Lund⟧, gamle naboer i Lund-kvarteret

=== hand-news da
FRA KIRKEBOGEN – Nørre Nebel og Lydum sogne, november
Døbte: ⟦Alma Siv Kristensen⟧ (faddere ⟦Tina Kristensen⟧, ⟦Rasmus Bo Nielsen⟧), ⟦Konrad Eng Poulsen⟧, ⟦Liva Nguyen Thomsen⟧.
Viede: ⟦Nadia Hussain⟧ og ⟦Mathias Lund⟧ (Lydum Kirke, vielsen foretaget af sognepræst ⟦Birgitte Storm⟧).
Døde/begravede: ⟦Holger Berg⟧, Tarm, 91 år; ⟦Inga Marie Ravn⟧, 84 år.
Kirkebilen kører fra Johannes Jensens Hus kl. 9.30 til alle gudstjenester i december.

=== hand-news da
Villa med udsigt – dødsbo sælges

Carl Nielsens Allé 14, 5000 Odense C. Murermestervilla fra 1934, 186 m², grund 812 m². Huset sælges som dødsbo efter ⟦Aage Frimodt⟧, der boede her i 52 år. Køkken fra Svane, original Kähler-kakkelovn i stuen.
Kontantpris 4.295.000 kr. Fremvisning søndag kl. 13-14 ved ejendomsmægler ⟦Pernille Skov⟧, EDC Poul Erik Bech, Odense. Bobestyrer: advokat ⟦Morten Kjær-Hansen⟧.

=== hand-news da
Bruun Rasmussen, onlineauktion 2231 – udvalgte numre
Kat.nr. 114: ⟦Kaare Klint⟧. "Safaristol", ask og okselæder, produceret af Rud. Rasmussen. Vurdering 12.000.
Kat.nr. 115: Le Klint-lampe model 101, plisseret papir. Vurdering 800.
Kat.nr. 118: Wegner-stol, "Y-stolen", eg og papirflet, Carl Hansen & Søn. Vurdering 3.000.
Kat.nr. 121: Maleri af ⟦Anna Ancher⟧, "Pige i køkkenet", skitse, signeret A.A. Vurdering 40.000.
Spørgsmål til vurderingsekspert ⟦Søren Holst Ask⟧.

=== hand-news da
Fonde giver 14 mio. til nyt havnebad i Nykøbing F.

Augustinus Fonden, A.P. Møller Fonden og Knud Højgaards Fond står bag det nye havnebad, der åbner til sommer ved Ludvig Masmanns Plads. Projektleder ⟦Trine Hjort⟧ fra kommunen glæder sig: »Vi har ventet på det her i ti år.«
Badet kommer til at hedde "Bølgen", ikke "Frederik IX's Bad", som nogle borgere havde foreslået. Formand for badelauget ⟦Kim Eng⟧ har allerede solgt 300 vintermedlemskaber.

=== hand-news da
Søren Gyldendal-prisen til ⟦Dorthe Nors⟧

Årets Søren Gyldendal-pris på 200.000 kr. går til forfatteren ⟦Dorthe Nors⟧. Prisen blev overrakt i Gyldendals gård på Klareboderne af direktør ⟦Lise Bach Munk⟧. ⟦Nors⟧ takkede sin første redaktør og "alle de mennesker i Vestjylland, der aldrig siger noget".
Tidligere har prisen gået til blandt andre ⟦Helle Helle⟧ og ⟦Kim Leine⟧.

=== hand-news da
Skoleskibet Georg Stage er hjemme efter 10 uger

Skoleskibet Georg Stage lagde onsdag til ved Holmen med 60 elever om bord. Kaptajn ⟦Anders Storm Petersen⟧ fortæller, at turen gik til Lissabon og tilbage. Eleven ⟦Amira Said⟧, 17, fra Ishøj, var den første om bord til at klatre i masten.
Skibet ligger i vinter ved Nyholm ved siden af fregatten Jylland og fyrskib XVII.

=== hand-news da
NY REKTOR PÅ DTU-CAMPUS I BALLERUP: ⟦SIV HOLMGAARD⟧ TAGER OVER

⟦Siv Holmgaard⟧, 51, tiltræder 1. februar. Hun kommer fra Niels Bohr Institutet, hvor hun ledede en forskningsgruppe i 9 år. Kontoret bliver i H.C. Ørsted Bygningen.
Hun afløser ⟦Jens-Ole Winther⟧, der går på pension. »Vi skal ud over stepperne med siv og tagrør – campus skal have en naturpark,« siger ⟦Holmgaard⟧ med et grin.

=== hand-news da
Højvande i Vejle: Vand i kældrene på Dæmningen

Vandet stod tirsdag aften 1,71 meter over daglig vande i Vejle Fjord. Beredskabet lagde sandsække ud langs Dæmningen og Fjordgade, og Carl Jacobsens Vej var spærret til kl. 23. Der er ingen tilskadekomne.
DMI venter, at vandstanden falder onsdag formiddag, men vinden vender igen torsdag. Storm er ikke varslet.

=== hand-news da
Bydelen får Inger Christensens Vej

Teknik- og Miljøudvalget i Vejle besluttede mandag at give den nye vej ved Nørremarken navnet Inger Christensens Vej efter digteren, der voksede op i byen. Forslaget kom fra byrådsmedlem ⟦Hüseyin Aksoy⟧ (S). ⟦Bente Storm⟧ (V) stemte imod: »Vi har allerede nok veje opkaldt efter folk, ingen husker.«
Vejen skal ligge ved siden af Tove Ditlevsens Plads.

=== hand-news da
Nyt lokalt: Pizzeria Ali Baba skifter ejer

Efter 22 år sælger ⟦Mehmet Yıldız⟧ Pizzeria Ali Baba på Torvet til sin nevø, ⟦Emre Yıldız⟧. »Ovnen er den samme, og ⟦Mehmets⟧ dressing bliver også,« siger ⟦Emre⟧. Stedet har været lukket en uge, mens ⟦Emre⟧ og hans svoger, ⟦Hamza⟧, har malet.

=== hand-biz da
Hej ⟦Agnieszka⟧

Tak for hurtigt svar. Vi tager de 40 paller til Brdr. Dahl i Taulov torsdag, så må ⟦Krzysztof⟧ køre resten fredag.

Med venlig hilsen
⟦Torben Eng⟧
Lagerchef | Vinter Logistik A/S
Mob. 21 44 80 12

Den 3. dec. 2026 kl. 09.14 skrev ⟦Agnieszka Wójcik-Larsen⟧ <awl@vinterlogistik.dk>:
> Cześć ⟦Torben⟧ – nej undskyld, hej ⟦Torben⟧ :) Har vi chauffør til Taulov torsdag? ⟦Krzysztof Mazur⟧ har fri.
> /⟦Agnieszka⟧

=== hand-biz da
Referat – driftsmøde 2. december
Deltagere: ⟦Lasse Bech⟧ (LB), ⟦Nguyen Thi Lan⟧ (NTL), ⟦Ahmed Al-Sayed⟧ (AAS), ⟦Hodan Warsame⟧ (HW). Afbud: ⟦Bo Frandsen⟧.
1. Julefrokost: ⟦Lasse⟧ har talt med Café Petersen, 42 kuverter fredag 12/12. @⟦Hodan Warsame⟧ sender budgettet rundt.
2. Vagtplan januar: @lb_drift lægger den i Teams. AAS tjekker weekenderne, ⟦Lan⟧ tager nattevagterne i uge 2.
3. Evt.: ⟦Ahmed⟧ foreslår, at vi flytter mødet til Niels Steensen-lokalet, der er for koldt i kantinen.
Næste møde: 9/12. Ref.: NTL

=== hand-biz da
Velkommen til ⟦Tharshika Sivakumar⟧!

Kære alle
Mandag starter ⟦Tharshika Sivakumar⟧ som controller i Økonomi. ⟦Tharshika⟧ kommer fra Maersk, hvor hun har arbejdet med transfer pricing. Hun er født i Jaffna og flyttede til Herning som 8-årig. Hun sidder ved siden af ⟦Ulrik⟧ på 2. sal og spiser gerne frokost med jer – sig hej!
Hilsen
⟦Marianne Bo Kristiansen⟧, HR

=== hand-biz da
FAKTURA 2026-0815
Bager Jensens Brød ApS, Vestergade 9, 8000 Aarhus C, CVR 31 22 41 07
Til: Kantinen, Aarhus Tekniske Skole, att. ⟦Henrik Sten⟧
40 stk. rugbrød, 120 stk. rundstykker, 2 lagkager ("Fru Jensens kringle" udgået)
I alt inkl. moms: 4.312,50 kr. Betales senest 18.12.
Spørgsmål: ⟦Dorte⟧ i butikken, tlf. 86 12 33 90.

=== hand-biz da
Leverandørliste – Boligforeningen Solgården, afd. 4
Maler: Malermester Bo Storm ApS – kontakt ⟦Bo Storm⟧, 40 11 22 09
VVS: Kurts Rør & Blik – kontakt ⟦Jannik⟧ (ikke ⟦Kurt⟧, han er gået på pension)
El: Elektriker Svend Berg A/S – kontakt ⟦Mariusz Kowalczyk⟧
Gartner: Lunds Have & Anlæg – kontakt ⟦Sofie Lund⟧
Låsesmed: Låsesmeden Jakob Holm – døgnvagt, spørg efter ⟦Jakob⟧
Opdateret af ⟦Gitte Møller⟧, 1/12-26

=== hand-biz da
Kommentarer i dokumentet "Produktbeskrivelse_v3.docx"
⟦Jürgen Schäfer⟧ (11:02): Bitte noch einmal prüfen – Frau ⟦Nowak⟧ hat die Maße aus Gdańsk geschickt.
⟦Katarzyna Nowak⟧ (11:15): Rettet. Målene er nu i mm, ikke tommer.
⟦Rune Skjold⟧ (11:40): Godkendt fra min side. ⟦Jürgen⟧, kan du sende til Bang & Olufsen i dag?
⟦Jürgen Schäfer⟧ (12:01): Ja, mache ich. Danke, ⟦Kasia⟧!

=== hand-biz da
Vagtplan rengøring, Hotel Kong Frederik, uge 50
Man: ⟦Olena Kovalenko⟧ (1.-3. sal), ⟦Iryna⟧ (4.-5. sal)
Tirs: ⟦Mykola Shevchuk⟧, ⟦Olena⟧
Ons: ⟦Iryna Bondarenko⟧, ⟦Fatma Öztürk⟧
Tors: ⟦Fatma⟧ + ny: ⟦Daryna⟧ (oplæres af ⟦Olena⟧)
Fre: ⟦Mykola⟧, ⟦Iryna⟧
Bryllup i Dronning Margrethe-salen lørdag: alle møder 8.00. Husk nøgler til Christian IV-suiten.

=== hand-biz da
Journalnotat, Jobcenter Brøndby, 28.11.2026
Borger: ⟦Abdirahman Mohamed Hassan⟧. Til samtale med tolk (somali), ⟦Fartun Ali⟧.
⟦Abdirahman⟧ har afsluttet kørekort C og har fået løntilskud hos Arriva. Han ønsker at starte i januar. Sagsbehandler ⟦Stine Vinter⟧ kontakter arbejdsgiver (kontaktperson ⟦Brian⟧).
Næste samtale: 15.1.2027.

=== hand-biz da
Hej ⟦Peter⟧ og ⟦Anja⟧

Tak for fremvisningen i går. Køberne, ⟦Rikke⟧ og ⟦Omar Haddad⟧, vil gerne byde 3.750.000 kr. med forbehold for advokatgennemgang. Deres advokat er ⟦Lone Bjerg⟧ hos Poul Schmith/Kammeradvokaten.
I hører fra mig igen i morgen inden kl. 12.

Venlig hilsen
⟦Christoffer Lund⟧
Statsaut. ejendomsmægler, MDE
home Roskilde | Algade 31

=== hand-biz da
Bordbestilling – bekræftelse
Restaurant Kong Hans Kælder, Vingårdstræde 6
Navn: ⟦Malene Ask-Jørgensen⟧ (firma: Storm Advokater)
Dato: torsdag 17.12 kl. 19.00, 8 personer, separat rum ("H.C. Andersen-stuen")
Allergier: ⟦Thomas⟧ – nødder; en gæst vegetar.
Vi glæder os til at se jer. Med venlig hilsen ⟦Nina⟧, vært

=== hand-biz da
Referat af bestyrelsesmøde i Karen og Ejnar Bergs Mindefond, 25.11.2026
Til stede: ⟦Helle Berg⟧ (formand), ⟦Michael Bo⟧, ⟦Pia Sten-Larsen⟧. Revisor ⟦Jan Eng⟧ deltog under pkt. 2.
1. Legater 2027: Fondens legat på 25.000 kr. gives til ⟦Selma Ibrahim⟧ (violin) og ⟦Viktor Ravn⟧ (cello).
2. Regnskab godkendt.
Underskrevet: HB / MB / PSL

=== hand-biz da
Autosvar: Jeg er på kursus til og med 9. december og læser ikke mail. Ved hastesager kontakt ⟦Storm⟧ (⟦Mads Storm⟧, 31 55 09 87) eller skriv til salg@blomsterhuset-birthe.dk. Bestillinger til Birthes Blomster i Nørregade kan også ringes ind på 98 12 14 16.
/⟦Lotte⟧

=== hand-biz da
Kundesag #44812 – Elgiganten Skive
Kunde: Fam. ⟦Hansen⟧, Bogfinkevej 12, Skive
Henvendt af ⟦Jytte Hansen⟧ 30/11: vaskemaskine (Bosch) larmer. Montør ⟦Nikolaj⟧ var ude 2/12, tromlelejet er slidt.
Aftale: ny maskine leveres 8/12. ⟦Hansen⟧ vil have ringet en halv time før (mobil til sønnen ⟦Kasper⟧).
Sagsbehandler: ⟦Vu Minh Duc⟧

=== hand-biz da
Mail-signatur (ny skabelon fra 1. januar – brug denne):

Venlig hilsen

⟦Anne-Sofie de Neergaard⟧
Partner | Advokatfirmaet Sten & Siv
Amaliegade 21, 1256 København K
T +45 33 11 22 33 | M +45 40 40 12 12

Sendt fra min iPhone – undskyld stavefejl

=== hand-biz da
Til medarbejderne på Herning Sygehus
Fra mandag hedder mødelokale 3 "Florence Nightingale" og mødelokale 4 "Thit Jensen". Lokalerne bookes i Outlook som før. Spørgsmål om booking: ⟦Sanne Berg⟧, sekretariatet.
Kantinen "Hos Bodil" har nye åbningstider: 7-14. ⟦Bodil⟧ selv går på pension 1. februar efter 29 år – der holdes reception i kantinen 30. januar kl. 14. Vel mødt.
⟦Erik Vinter⟧, driftschef

=== hand-biz da
Emne fra referat af samarbejdsudvalget: Parkering
⟦Kristian Holm⟧ (TR) rejste, at folk parkerer på Dr. Holsts Vej uden for p-pladsen. ⟦Lene Sten⟧ (ledelsen) svarer, at p-skiltene bliver opsat i januar. ⟦Yusuf⟧ fra lageret spurgte til cykelskur – sendes videre til ⟦Morten⟧ i Facility.

=== hand-mixed da
ses hos ⟦mette⟧ kl 5 👍
hvem tager kage med?
jeg tager fra bager jensen
⟦mette⟧ siger vi skal ha gløgg med 😂
ok jeg køber hos netto. ⟦kalle⟧ og ⟦rikke⟧ kommer også senere
👌


=== hand-mixed da
[Messenger – "Ravn-familien 🐦"]
⟦Lasse⟧: er i hjemme i aften?
mor: ja, far laver lasagne. tager du ⟦Sofie⟧ med?
⟦Lasse⟧: hun er hos sin mormor i Lund… altså Lundtofte haha
far: husk at hente pakken hos Café Petersen, ⟦Bent⟧ har lagt den der
⟦Lasse⟧: 👍 ses kl 18

=== hand-mixed da
sms fra 22 61 90 14:
hej det er ⟦ulla⟧ fra frisøren, din tid i morgen er flyttet til kl 10.30 fordi ⟦sanne⟧ er syg. ⟦bo⟧ klipper dig i stedet. skriv ok hvis det passer 🙂
svar: ok. bor stadig på nørrebrogade så jeg kommer på cykel
svar fra 22 61 90 14: super, hilsen ⟦ulla⟧

=== hand-mixed da
Kommentarer (Facebook – Svendborg Byforum) under "Café Petersen får ny kok":
⟦Gitte Ravn Sørensen⟧: Endelig!! Den gamle schnitzel var ikke til at tygge 😅
⟦Jens Ole Hald⟧: Jeg savner ⟦Bjarne⟧ bag baren. Hvor blev han af?
⟦Gitte Ravn Sørensen⟧: @⟦Jens Ole Hald⟧ han åbnede Bjarnes Bodega i Rantzausgade
Svendborg_Mormor62: Har spist der i går, kokken ⟦Asger⟧ kom selv ud og sagde hej ❤️
⟦Ole Storm⟧: Storm i et glas vand det her

=== hand-mixed da
PODCAST "Jyske Kroer" afsnit 14 – automatisk transskription
⟦METTE⟧: Velkommen til. I dag sidder jeg med ⟦Jonas⟧ og vi skal snakke om Hvidsten Kro.
⟦JONAS⟧: Ja, og ikke om Marius Fiil-sandwichen, vel?
⟦METTE⟧: Ha, jo lidt. ⟦Marius Fiil⟧ var jo kromanden, der blev skudt af tyskerne i 44.
⟦JONAS⟧: Og i dag hedder sandwichen "Fiils favorit". Det er lidt morbidt.
⟦METTE⟧: Skriv til os på jyskekroer@podmail.dk, hilsen ⟦Mette⟧ og ⟦Jonas⟧.

=== hand-mixed da
Anmeldelser – Bager Jensens Brød (Google)
★★★★★ ⟦Mia K.⟧: Bedste kanelsnegle i Aarhus! Pigen ved disken (⟦Freja⟧?) var så sød.
★★☆☆☆ ⟦Henrik Bo⟧: Dyrt. 38 kr for en tebirkes.
★★★★★ ⟦Nguyen Van Hai⟧: Godt brød, venlig ejer. Tak ⟦Poul⟧.
★☆☆☆☆ Anonym: lukket kl 14 en lørdag??
Svar fra ejeren: Kære ⟦Henrik⟧, tebirkes koster 14 kr – 38 kr var for tre. Hilsen ⟦Poul⟧

=== hand-mixed da
Aula – Stue 3, Børnehuset Solsikken
Hej alle forældre
Fredag er der bedsteforældredag. Fam. ⟦Hansen⟧ og fam. ⟦Warsame⟧ har tilbudt at bage. ⟦Eng⟧ (vores nye pædagog, ⟦Mikkel Eng⟧) spiller guitar kl. 10.
Husk tøj til skovturen til H.C. Andersens Hus på torsdag.
Hilsen ⟦Vibeke⟧ og ⟦Ahmad⟧, stue 3

=== hand-mixed da
[Discord – #ferie-ekstra]
lasse_gamer: hvem spiller i aften
⟦micke⟧: mig + ⟦sten⟧ fra kl 20
lasse_gamer: ⟦sten⟧ har jo eksamen??
⟦sten⟧: den er i morgen kl 9 rolig
⟦micke⟧: haha klassisk ⟦sten⟧
lasse_gamer: ok vi ses, husk headset ikke som sidst

=== hand-mixed da
kommentar til "Nyt navn til vejen ved Nørremarken" (vejleavis.dk):
KarenM: Inger Christensens Vej er fint. Hun skrev bedre end de fleste byrådsmedlemmer kan læse.
⟦Bent Olesen⟧: Hvorfor ikke opkalde den efter ⟦Kaj Vilhelmsen⟧, der byggede halvdelen af kvarteret?
anne_1971: @⟦Bent Olesen⟧ fordi Kajs Byg gik konkurs i 2009 😂
⟦Bente Storm⟧ svarede: Jeg har forklaret min holdning i avisen, ⟦Bent⟧.

=== hand-mixed da
Sedlen på køleskabet:
⟦siv⟧ – tandlæge ons kl 14!!
⟦ask⟧ – fodbold flytter til Bellahøj
⟦bo⟧ er hos farmor fre-søn
mælk, gær, rugbrød (ikke fra Bager Jensens Brød, de har lukket)
hilsen far

=== hand-mixed da
[WhatsApp – "Bryllup ⟦Linh⟧ ❤️ ⟦Frederik⟧"]
⟦Thu Trang⟧: Hej alle, vielsen er kl 13 i Skt. Hans Kirke, receptionen på Restaurant Carl Nielsen i Odense Koncerthus
⟦Frederik⟧: Mormor ⟦Hoa⟧ skal hentes i Dalum kl 12 – ⟦Kim⟧ kan du?
⟦Kim Lund⟧: Jeg kører hende 👍
⟦Thu Trang⟧: Tak ⟦Kim⟧! Og ⟦Linh⟧ siger: ingen taler over 5 min 😅

=== hand-mixed da
Slack #lager-odense
⟦Piotr Zieliński⟧: dzięki ⟦Kasia⟧ 🙏 paller er kommet
⟦Katarzyna Nowak⟧: nie ma sprawy! husk at skrive det i WMS ⟦Piotr⟧
⟦Dennis⟧: @⟦Piotr Zieliński⟧ er det de 12 fra Brdr. Hartmann eller fra Jens Schou Transport?
⟦Piotr Zieliński⟧: fra Hartmann. bilen fra Jens Schou Transport kommer i morgen
⟦Dennis⟧: super

=== hand-mixed da
Hej ⟦Kurt⟧! Det er ⟦Hanne⟧ fra Bygaden 4. Vasken drypper igen 🙈 Kan Kurts Rør komme i næste uge? Jeg er hjemme man+tirs. Mvh ⟦Hanne Lund⟧
---
Hej ⟦Hanne⟧, ⟦Kurt⟧ er gået på pension, men jeg (⟦Jannik⟧) kommer tirsdag kl 8. Vh Kurts Rør

=== hand-mixed da
Forum: bolius-debat › Møbler › "Arne Jacobsen-stol fra genbrug – ægte?"
trineogtrine: Har købt en syver-stol til 150 kr. Der står Fritz Hansen under sædet. Ægte?
⟦Morten Aagaard⟧ (moderator): Fritz Hansen-mærket er et godt tegn, men tjek stelnummeret. ⟦Arne Jacobsen⟧ tegnede den i 1955, og der er mange kopier.
trineogtrine: tak ⟦morten⟧!! 🙏
DesignDanni: Sælg den hos Lauritz eller Bruun Rasmussen, ikke på dba

=== hand-mixed da
Noter fra opkald (håndskrevet, skannet)
ring til ⟦Bo⟧ ang. tilbud – han er på Bo Bedre-messen til 14
⟦Berg⟧ (revisor) vil have bilag senest fre
⟦Storm⟧ – OK til flytning, men ikke før nytår
Vinter-kampagne: ring til ⟦Schou⟧ igen? (⟦Jens Schou⟧, ikke firmaet)

=== hand-mixed da
Udklip fra sognets Facebook-side:
Tak til alle der kom til julekoncerten i Vor Frue Kirke! Særlig tak til organist ⟦Anne Eng⟧ og til pigekoret under ledelse af ⟦Sara Bo Lassen⟧. Kollekten (4.210 kr.) går til Mødrehjælpen. Næste søndag prædiker ⟦Joachim⟧ (vores nye kapellan, ⟦Joachim Sten⟧).

=== hand-mixed da
[SMS-tråd: "Holdet 🏃"]
⟦signe⟧: løb i morgen 6.30 ved H.C. Ørsteds Park?
⟦Abdi⟧: jeg er med
⟦signe⟧: ⟦abdi⟧ husk refleks denne gang
⟦jakob b⟧: kan ikke, har ⟦storm⟧ til svømning
⟦signe⟧: ok, ⟦jakob⟧ næste gang så

=== hand-mixed da
DØDSFALD (annonce)
Vores kære mor, svigermor og mormor
⟦Karen Margrethe Ask⟧
* 2.3.1941  † 28.11.2026
sov stille ind. På familiens vegne
⟦Lis⟧ og ⟦Jørgen⟧, ⟦Tove⟧ og ⟦Hans Ask⟧
Bisættelsen foregår fra Ansgar Kirke, Aalborg, fredag kl. 11. I stedet for blomster: gave til Kræftens Bekæmpelse.

=== hand-news da
Vejarbejde på H.C. Andersens Boulevard fra mandag

Fra mandag lukkes to af de fire spor på H.C. Andersens Boulevard mellem Rådhuspladsen og Langebro. Københavns Kommune udskifter fjernvarmerør, og arbejdet varer til slutningen af marts. Cyklister ledes om ad Vester Voldgade. Busserne 5C og 12 kører efter ændret køreplan.

=== hand-news da
Brand i fritidshus i Hornbæk

Et fritidshus på Ewalds Vej brændte natten til søndag ned til grunden. Ingen var hjemme. Ejeren, et ældre ægtepar fra Hellerup, er underrettet. Nordsjællands Brandvæsen mistænker et elektrisk tæppe i soveværelset. Naboen i nr. 8 fik røgskader.

=== hand-news da
Nyt fra Haveforeningen Solsikken, december

Storm og regn har taget hårdt på fællesarealerne i november. Storm-skaderne er nu ryddet, takket være ⟦Storm⟧ selv – ⟦Henning Storm⟧ fra have 14 – der mødte op med motorsav.
Eng og blomster: Bestyrelsen vil så en blomstereng ved legepladsen. ⟦Eng⟧ (⟦Lise Eng⟧, have 3) står for frøene.
Lund af birk ved indgangen fældes ikke. ⟦Lund⟧ (kassereren, ⟦Arne Lund⟧) minder om kontingentet inden 1. januar.
Sten fra den gamle mur kan hentes gratis – spørg ⟦Sten⟧ i have 22.
Vinter er tiden for beskæring, siger vores gartner, ⟦Bodil Vinter⟧.
"""
