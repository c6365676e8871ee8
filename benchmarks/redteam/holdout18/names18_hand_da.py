"""Hand-written Danish documents of the v18 names hold-out (``⟦...⟧`` marks a PERSON span; rules in
``names18_build.py``). News, mail threads and business papers, chats and Teams, foreign staff's names."""

BANK = """
=== hand-news da
Ny direktør i Sydfyns Elforsyning
⟦Agnieszka Wróblewska⟧ bliver ny administrerende direktør i Sydfyns Elforsyning fra 1. april. Hun kommer fra Ørsted, hvor hun har ledet havvindsprojekter. Hun afløser ⟦Bent Lykkegaard⟧, der går på pension. "⟦Agnieszka⟧ kender branchen til bunds," siger bestyrelsesformand ⟦Jytte Rømer⟧.

=== hand-news da
Vejarbejde på H.C. Ørsteds Vej og Niels Ebbesens Vej
Frederiksberg Kommune lukker i næste uge for trafik på H.C. Ørsteds Vej mellem Gammel Kongevej og Niels Ebbesens Vej. Bussen kører i stedet ad Rosenørns Allé. Arbejdet ventes færdigt til påske.

=== hand-news da
Somalisk-dansk læge får hæderspris
Overlæge ⟦Hodan Abdirahman Farah⟧ fra Hvidovre Hospital modtog i går Lundbeckfondens talentpris. ⟦Farah⟧ forsker i sjældne blodsygdomme hos børn. Prisen blev overrakt af fondens direktør, ⟦Lene Skovby-Sørensen⟧, i Carlsberg Akademi.

=== hand-news da
Byretten: 34-årig dømt for svindel med dagpenge
En 34-årig mand fra Holstebro blev i går idømt otte måneders fængsel. Han havde fået udbetalt 412.000 kroner. Anklager ⟦Rikke Bang Thomsen⟧ havde krævet ti måneder, mens forsvarer ⟦Mogens Dyrberg⟧ talte for en betinget dom.

=== hand-news da
Ukrainsk kor synger i Ribe Domkirke
Koret Dnipro fra Odesa giver søndag koncert i Ribe Domkirke. Dirigent ⟦Oleksandr Bondarenko⟧ kom til Esbjerg i 2022 med sin kone ⟦Iryna⟧. "Vi synger for dem, der er blevet hjemme," siger ⟦Bondarenko⟧. Domprovst ⟦Elof Westergaard⟧ byder velkommen.

=== hand-news da
Storm lukker Storebæltsbroen
Storm i nat: Storebæltsbroen var lukket for lette køretøjer fra kl. 2 til 7. Vest for Sjælland målte DMI vindstød af stormstyrke. Hvide Sande havn melder om oversvømmede kajer.

=== hand-news da
Håndbold: GOG vandt derbyet
⟦Mathias Gidsel⟧ var igen i storform, da GOG slog TTH. ⟦Lukas Jørgensen⟧ scorede syv mål, og målmand ⟦Emil Nielsen⟧ reddede 16 skud. Træner ⟦Nicolej Krickau⟧ var tilfreds. Næste kamp spilles i Jyske Bank Boxen.

=== hand-news da
Georg Jensen åbner nyt værksted
Sølvsmedjen Georg Jensen åbner nyt værksted i Valby. Smedemester ⟦Karsten Holm-Petersen⟧ har arbejdet der i 41 år og har lavet hundredvis af Torun-armbånd og Nanna Ditzel-ringe. ⟦Holm-Petersens⟧ lærling, ⟦Yasmin el-Amin⟧, har netop fået sit svendebrev.

=== hand-news da
Ny præst i Hellig Kors Kirke
Biskop ⟦Peter Skov-Jakobsen⟧ indsatte søndag ⟦Maria-Louise de Fine Licht⟧ som sognepræst i Hellig Kors Kirke på Nørrebro. ⟦de Fine Licht⟧ kommer fra et embede i Grønland.

=== hand-news da
Dødsfald
Tidligere borgmester i Lemvig ⟦Erik Flyvholm⟧ er død, 77 år. ⟦Flyvholm⟧ sad i byrådet i 28 år. Han efterlader sig hustruen ⟦Ruth⟧ og to sønner, ⟦Anders⟧ og ⟦Jens⟧.

=== hand-news da
Kulturnyt: Jeppe på Bjerget på Aarhus Teater
⟦Holbergs⟧ komedie får premiere fredag. ⟦Bjarne Henriksen⟧ spiller Jeppe, og ⟦Ditte Hansen⟧ er Nille. Instruktør ⟦Kasper Wilton⟧ har flyttet handlingen til en campingplads ved Kattegat.

=== hand-news da
Frost og sne: Vejdirektoratet advarer
Frost i nat og glatte veje i morgen tidlig. Salting på Kong Christian IX's Vej og på Storebæltsbroen er sat i gang. Bo du på Bornholm, så vent med at køre.

=== hand-news da
Lokalvalg: Ny formand i Grundejerforeningen Bakkegården
På generalforsamlingen blev ⟦Piotr Kamiński⟧ valgt som formand efter ⟦Helga Brund⟧. Kasserer ⟦Amir Nasseri⟧ fortsætter, og ⟦Sune Kjær-Madsen⟧ er ny suppleant.

=== hand-news da
Sejlsport: Søsterpar vinder DM
Søstrene ⟦Anne-Sofie⟧ og ⟦Frederikke von Buchwald⟧ fra Hellerup Sejlklub vandt DM i 29er. "⟦Frede⟧ styrede perfekt," siger storesøster ⟦Anne-Sofie von Buchwald⟧.

=== hand-news da
Nyt navn: Ole Rømer-Observatoriet åbner igen
Ole Rømer-Observatoriet i Aarhus åbner igen efter renoveringen. Leder ⟦Tine Vestergaard⟧ viser rundt lørdag. Planetariet i Tycho Brahe Planetarium i København har samme dag åbent hus.

=== hand-news da
Kort nyt: Indbrud i Rosengårdcentret
Ukendte gerningsmænd brød i nat ind i en butik i Rosengårdcentret. Politiet søger vidner. Butikken, Peter Beier Chokolade, holdt åbent igen fra middag.

=== hand-news da
Stort fremmøde til ⟦Zakarias⟧' koncert
Sangeren ⟦Zakarias Lundgaard⟧ solgte ud i Musikhuset. Han havde ⟦Medina⟧ med som gæst, og publikum sang med på "Kun for mig". Anmelder ⟦Kim Skotte⟧ gav fem stjerner.

=== hand-biz da
Sv: Tilbud på rengøring
Hej ⟦Anne⟧,
Tak for tilbuddet. Vi tager det med på mandagens møde.
Venlig hilsen
⟦Jørgen Aagaard Nissen⟧
Indkøbschef, Midtjysk Foderstof

> Den 12. feb. 2026 kl. 09.14 skrev ⟦Anne Thorsen⟧ <anne.thorsen@rent-nu.dk>:
> Hej ⟦Jørgen⟧. Vedhæftet tilbud som aftalt med ⟦Ewa⟧ i telefonen. Kontaktperson på stedet bliver ⟦Ewa Piątek⟧.

=== hand-biz da
Videresendt: faktura 88214
Til: ⟦Lars Brix⟧ <lb@holmsted-vvs.dk>
Cc: ⟦Mona El-Khatib⟧ <mek@holmsted-vvs.dk>
Hej ⟦Lars⟧, kan du se på den her? Den skulle være gået til ⟦Søren⟧ i Aalborg.
/⟦Mona⟧

=== hand-biz da
Referat, driftsmøde 4. marts
Deltagere: ⟦Trine Ager⟧ (TA), ⟦Mustafa Özdemir⟧ (MØ), ⟦Line Juhl⟧ (LJ)
Afbud: ⟦Jens Mølgaard⟧
1. Ny leverandør af kaffe: TA undersøger.
2. Ferieplan: MØ og LJ laver udkast.
Ref.: LJ

=== hand-biz da
CURRICULUM VITAE
⟦OKSANA HRYTSENKO-LARSEN⟧
Regnskabsassistent, Odense
Erfaring: Bogholder hos Nørgaard & Munch Revision 2019-2025.
Reference: Revisor ⟦Claus Nørgaard⟧, tlf. 65 91 20 20.

=== hand-biz da
Faktura 2026-0412
Kunde: Brdr. Dahl A/S, att. ⟦Birgit Kofoed⟧
Leverandør: Jens Lauritzen Tømrer ApS, kontaktperson ⟦Jens Lauritzen⟧
Vedr.: udskiftning af vinduer, Carl Jacobsens Vej 16, Valby

=== hand-biz da
CRM-note, kunde 20411
Ringede til Hr. ⟦Wojciech Nowak⟧ fra Polsk Byg ApS. Han vil have nyt tilbud inden fredag. Hans kollega ⟦Kasia⟧ sender tegningerne. /MB

=== hand-biz da
Ansættelsesaftale
Mellem Dansk Kaffekompagni ApS og ⟦Ahmed Abdullahi Warsame⟧ indgås aftale om ansættelse som lagermedarbejder. Nærmeste leder er ⟦Louise Fenger⟧.
Underskrevet: ⟦L. Fenger⟧ / ⟦A. A. Warsame⟧

=== hand-biz da
Automatisk svar: Jeg er på kursus til og med torsdag. Kontakt ⟦Peter Møller Kristensen⟧ (pmk@agrotek.dk) eller ⟦Sabine Schröder⟧ i salgsafdelingen.
Hilsen ⟦Nikolaj⟧

=== hand-biz da
Mødeindkaldelse: Budget 2027
Tid: tirsdag 10-11, lokale Karen Blixen (2. sal)
Deltagere: ⟦Camilla Frost⟧, ⟦Hamid Rahimi⟧, ⟦Søren Bech⟧
Agenda: budget, ferie, Niels Bohr-projektet.

=== hand-biz da
Kontaktliste, Vestegnens Transport
Disponent: ⟦Kim Lindberg⟧, 40 11 22 33
Værkstedsleder: ⟦Dariusz Kowalski⟧
Bogholder: ⟦Maj-Britt Engelund⟧
Ejer: ⟦Finn Steen Dam⟧

=== hand-biz da
Hej ⟦Lone⟧ og ⟦Rasmus⟧
Tak for et godt møde i går. Som aftalt sender ⟦Heinrich von Plessen⟧ kontrakten i morgen.
Med venlig hilsen
⟦Charlotte Kruse-Bisgaard⟧ | Advokatfirmaet Gorrissen Federspiel
ckb@gorrissenfederspiel.com

=== hand-biz da
Anbefaling
Jeg kan varmt anbefale ⟦Fatuma Ali⟧, som har været ansat hos os i fire år. ⟦Fatuma⟧ er pålidelig og god til vores kunder.
⟦Henrik Skovbo⟧, butikschef, Matas Kolding

=== hand-biz da
Vagtplan uge 14, Café Bohr
Man: ⟦Ida⟧, ⟦Yusuf⟧
Tir: ⟦Ida⟧, ⟦Marta⟧
Ons: ⟦Olek⟧
Ansvarlig: ⟦Sanne Holt⟧

=== hand-biz da
Konkursbo: Tømrerfirmaet Holger Dreyer ApS
Kurator advokat ⟦Ninna Hald⟧ har overtaget boet. Kontakt sekretær ⟦Mette Bak⟧ på mb@hald-law.dk. Direktør ⟦Holger Dreyer⟧ er indkaldt til skiftesamling.

=== hand-mixed da
Teams-chat, Lager Nord
⟦mads⟧: hvem har nøglen til truck 3?
⟦Piotr Zieliński⟧: @⟦Mads Riis⟧ det har ⟦kasia⟧
⟦mads⟧: tak ⟦piotr⟧ 👍
⟦Katarzyna Lis⟧: ligger i skuffen 😊

=== hand-mixed da
Familiechat
mor: har nogen hørt fra ⟦ole⟧?
⟦sofie⟧: han er hos farmor ⟦inge⟧
mor: ok, sig til ham at ⟦bente⟧ ringer i aften
⟦sofie⟧: 👍 og hunden Bamse skal til dyrlæge kl 15
mor: Morbror ⟦Finn⟧ kommer søndag

=== hand-mixed da
SMS
Hej det er ⟦Karina⟧ fra Dyrlægehuset. Bamse er klar til afhentning. Hilsen Dr. ⟦Lund⟧

=== hand-mixed da
Facebook, Grundejerforeningen Solsikken
⟦Bo Thygesen⟧: Nogen der har set en sort kat ved Ole Rømers Vej?
⟦Hanne Mølgaard⟧: Nej, men spørg ⟦Torben⟧ i nr. 12
⟦Bo Thygesen⟧: tak ⟦hanne⟧!

=== hand-mixed da
Forum: Bolius-debat
vvs_kongen skrev: Det er ikke et Grohe-problem, det er pakningen.
⟦Jesper⟧ fra Kolding skrev: Enig med vvs_kongen. Ring til ⟦Kurt⟧ hos Kurts VVS, han kan det.

=== hand-mixed da
Slack #salg
@⟦Lise Ravn⟧ kan du sende tallene til @line.k inden fredag?
⟦lise⟧: ja, dem har ⟦ahmed⟧ lavet
⟦ahmed⟧: ligger i drevet 👍 /AH

=== hand-mixed da
Besked til forældre, 2.C (Aula)
Kære forældre. Husk tur til Tycho Brahe Planetarium fredag. ⟦Natalia⟧, ⟦Omar⟧ og ⟦Freja⟧ mangler seddel. Hilsen ⟦Lise⟧ og ⟦Morten⟧

=== hand-mixed da
Anmeldelse, Trustpilot
⟦Grethe⟧ fra Holbæk: Super service fra ⟦Jannik⟧ i butikken! Meget bedre end hos Bilka. Leveret af ⟦Mohammed⟧ dagen efter.

=== hand-mixed da
Udskrift, Teams-møde 14:00 (automatisk genereret)
⟦Anne-Mette Holst⟧ 0:02
Okay, er alle med? ⟦Piotr⟧, kan du høre mig?
⟦Piotr Wójcik⟧ 0:09
Ja, fint. ⟦Rune⟧ er på vej ind.
⟦Rune Dalsgaard⟧ 0:15
Undskyld, jeg var lige hos ⟦Hassan⟧ på lageret.

=== hand-mixed da
LinkedIn-opslag
⟦Mette Kold Jensen⟧ · 2. grad
Stolt af mit team! Tak til ⟦Ahmed⟧, ⟦Julie⟧ og ⟦Kristian Bøgh⟧ for en fantastisk lancering.
⟦Jonas Ravn⟧: Tillykke ⟦Mette⟧! 👏
⟦Ewelina Sobczak⟧: Godt gået, ⟦Mette⟧ og team
⟦Klaus Becker⟧: Herzlichen Glückwunsch aus Hamburg, ⟦Mette⟧!

=== hand-mixed da
SMS-tråd
hej søs kan du hente ⟦emil⟧ kl 16? ⟦jakob⟧ er i Aarhus
ja ok. skal ⟦vilma⟧ også?
nej hun er hos mormor 😘

=== hand-mixed da
Opslag, vaskeriet, Mjølnerparken
Vaskemaskine 4 er i stykker. Kontakt vicevært ⟦Ali⟧ på 51 22 33 44. Tak til Fru ⟦Jensen⟧ for blomsterne! /Afdelingsbestyrelsen

=== hand-mixed da
WhatsApp, koret Stemmerne i Vanløse
⟦birthe⟧: husk noder til torsdag
⟦Kamal⟧: jeg kan ikke, ⟦henny⟧ tager mine med
⟦birthe⟧: ok ⟦kamal⟧. dirigent ⟦Jesper Grove⟧ siger vi starter med Carl Nielsen-sangen

=== hand-mixed da
Pakkeleg med hemmelig nisse, Salg & Marketing
⟦Louise⟧ → ⟦Ibrahim⟧
⟦Ibrahim⟧ → ⟦Gry Egelund⟧
⟦Gry Egelund⟧ → ⟦Thomas B⟧
⟦Thomas B⟧ → ⟦Louise⟧
Budget 100 kr. Nissen afsløres fredag. /HR

=== hand-biz da
Organisationsdiagram, Økonomi
Økonomidirektør: ⟦Hans-Henrik von Scholten⟧
Controller: ⟦Aleksandra Dąbrowska⟧ og ⟦Yonatan Levi⟧
Løn: ⟦Fadumo Hassan⟧, ⟦Gitte Overgaard⟧
Elev: ⟦Lucas Ø. Pedersen⟧

=== hand-biz da
Sv: Sv: Flytning af server
Hej alle, ⟦Bogdan⟧ og jeg tager den fredag aften. ⟦Kirsten⟧, du skal ikke gøre noget.
/⟦Emil Thorup⟧
> ⟦Kirsten Hvid⟧ skrev: Skal jeg blive, ⟦Emil⟧? Spørg evt. ⟦Bogdan Melnyk⟧ i driften.

=== hand-biz da
Fuldmagt
Undertegnede ⟦Ingrid Mortensen⟧ giver hermed min søn ⟦Palle Mortensen⟧ fuldmagt til at hæve min pension hos Sampension. Vidner: ⟦Svend Aage Kirk⟧ og ⟦Ayşe Demir⟧.

=== hand-mixed da
Teams: Kantineudvalget
⟦Hiba⟧: kan vi få falafel på torsdag?
⟦ulrik⟧: spørg @⟦Grete Holm⟧ hun bestemmer 😅
⟦Grete Holm⟧: ja ⟦hiba⟧ det kan vi godt! /GH

=== hand-mixed da
SMS, padelligaen runde 3
⟦ole⟧/⟦mikkel⟧ - ⟦fatima⟧/⟦sandra⟧ 6-4 6-3
⟦Jan⟧ skriver: ⟦søren⟧ er syg, ⟦Yusuf⟧ træder ind
banerne er booket i ⟦Kristians⟧ navn

=== hand-mixed da
Facebook, Klassens forældre
⟦Tina Bro⟧: Er der nogen der kan tage ⟦Oskar⟧ med hjem fra fodbold? ⟦Jakob⟧ arbejder sent.
⟦Nadia Osmani⟧: ja, ⟦Adam⟧ og ⟦Oskar⟧ kan køre med os 😊
"""
