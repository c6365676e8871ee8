"""Hand-written Danish news and business texts for the v5 name hold-out (each written once)."""

BANK = r"""
=== hand-news da
Ny direktør for Herning Vand
Bestyrelsen i Herning Vand A/S har ansat ⟦P|Gry Bak Nielsen⟧ som administrerende direktør. Hun kommer fra en stilling
som driftschef i Aarhus Vand og afløser ⟦P|Per Storm⟧, der går på pension efter 22 år. "⟦P|Gry⟧ har den tekniske
baggrund og evnen til at samle folk," siger bestyrelsesformand ⟦P|Lykke Dam⟧.

=== hand-news da
Storm lukkede Storebæltsbroen
Stormen Ingunn lukkede natten til tirsdag Storebæltsbroen i fire timer. Vagthavende ved Fyns Politi, ⟦P|Mark Sommer⟧,
oplyser, at en lastbil væltede ved Knudshoved. Chaufføren, en 51-årig mand fra Polen, slap med skrammer.

=== hand-news da
Bager i Ribe får pris
Bageriet Bak & Søn i Ribe har vundet Danmarks bedste rugbrød. Bager ⟦P|Ahmad Karimi⟧, der overtog forretningen
fra familien ⟦P|Bak⟧ i 2021, var rørt: "Det er ⟦P|Ole Baks⟧ opskrift, jeg har bare ikke ændret på den," siger han.
⟦P|Karimi⟧ kom til Danmark fra Afghanistan i 2010.

=== hand-news da
Byrådet i Vejle
På mødet onsdag stemte ⟦P|Hans Kristian Bro⟧ (V) imod budgettet, mens ⟦P|Sol Hvid⟧ (SF) og ⟦P|Bent Kjær⟧ (S)
stemte for. Borgmester ⟦P|Jens Ejner Kristoffersen⟧ kaldte det "et ansvarligt budget". Hans kritikere mener, at det
skærer i ældreplejen.

=== hand-news da
Dødsfald
Tidligere skoleinspektør ⟦P|Inger Margrethe Vilde⟧, Skive, er død, 89 år. ⟦P|Inger Vilde⟧ var i 30 år leder af
Krabbesholm Skole og var kendt for sine vilde juleoptog. Hun efterlader sønnen ⟦P|Rasmus⟧ og tre børnebørn.

=== hand-news da
Fodbold: FC Midtjylland vandt 2-1 over Brøndby. ⟦P|Franculino⟧ scorede efter 12 minutter, ⟦P|Nicolai Vallys⟧
udlignede, før ⟦P|Dani Silva⟧ afgjorde kampen. Træner ⟦P|Thomas Thorsbjerg⟧ var tilfreds: "Vi var bedst i anden
halvleg."

=== hand-news da
Retten i Glostrup: 34-årig fik dom for bedrageri
En 34-årig mand fra Albertslund er idømt otte måneders fængsel for bedrageri mod ældre. Anklager ⟦P|Signe Krog Møller⟧
kaldte det "kynisk". Forsvarer ⟦P|Anders Ask⟧ overvejer anke.

=== hand-news da
Kulturpris til forfatter
Forfatteren ⟦P|Mira Solberg⟧ modtager i år Kulturprisen fra Fredericia Kommune for romanen "Hans bror". Prisen
overrækkes af kulturudvalgsformand ⟦P|Ib Lund⟧ i Tøjhushuset. Sidste år gik prisen til billedkunstneren
⟦P|Kaj Dalgaard⟧.

=== hand-news da
Polske brødre åbner værksted i Holstebro
⟦P|Tomasz⟧ og ⟦P|Piotr Nowicki⟧ har åbnet et autoværksted på Nyholmvej. "Vi har arbejdet for andre i ti år,
nu vil vi selv," siger ⟦P|Tomasz Nowicki⟧. Brødrenes far, ⟦P|Andrzej⟧, hjælper til om lørdagen.

=== hand-news da
Ny præst i Hjerting
Menighedsrådet har valgt ⟦P|Maria Skov Præstegaard⟧ som ny sognepræst. Hun afløser ⟦P|Kim Fisker⟧, der har fået
embede i Ribe Domkirke. Indsættelsen sker 1. søndag i advent ved provst ⟦P|Hanne Smed⟧.

=== hand-news da
Kort nyt: Brand i lejlighed i Aalborg Øst. Ingen kom til skade. Beboeren, ⟦P|Fatuma Abdi Warsame⟧, nåede at
få sine tre børn ud. "Jeg vækkede dem og løb," siger hun til TV2 Nord.

=== hand-news da
Tennis: ⟦P|Holger Rune⟧ tabte i første runde til ⟦P|Jannik Sinner⟧ i Paris. ⟦P|Rune⟧ havde problemer med
serven og lavede otte dobbeltfejl. ⟦P|Caroline Wozniacki⟧ kommenterede kampen på Eurosport.

=== hand-news da
Arne Jacobsen-stolen Ægget er solgt for 410.000 kr. på Bruun Rasmussen. Sælgeren var en privat samler fra
Hellerup. Auktionarius ⟦P|Kasper Nielsen⟧: "Det er en rekord for en Ægget i original stand."

=== hand-news da
Jubilæum: Maskinarbejder ⟦P|Bo Lind⟧ har den 1. december været 40 år hos Grundfos i Bjerringbro. ⟦P|Bo⟧ startede
som lærling og bor stadig i Bjerringbro med sin kone, ⟦P|Jytte⟧. Der er reception i kantinen kl. 14.

=== hand-news da
Læserbrev: Giv os cykelstien!
Som mor til tre og bosat på Vestervang undrer jeg mig over, at kommunen igen har udskudt cykelstien. Vi bor her,
vi cykler her, og vores børn skal kunne komme sikkert i skole. ⟦P|Lene Dal⟧, Skibby

=== hand-mail da
Fra: "⟦P|Østergaard, Tina⟧" <tina.ostergaard@kommune.dk>
Til: ⟦P|Mikkel Hvass⟧ <mh@vvs-hvass.dk>
Cc: "⟦P|Birk, Jonas⟧" <jbi@kommune.dk>
Emne: Tilbud på renovering, Sølystskolen

Hej ⟦P|Mikkel⟧

Tak for tilbuddet. ⟦P|Jonas⟧ og jeg har gennemgået det, og vi har et par spørgsmål til posten om afløb.
Kan du ringe mig op i morgen?

Venlig hilsen
⟦P|Tina Østergaard⟧
Projektleder, Teknik og Miljø

=== hand-mail da
Hej alle

Velkommen til ⟦P|Siddharth Iyer⟧, som starter i udviklingsafdelingen mandag! ⟦P|Siddharth⟧ - eller ⟦P|Sid⟧, som han
selv foretrækker - kommer fra Bangalore og har boet i Aarhus i fire år. Han sidder ved siden af ⟦P|Maja⟧ og ⟦P|Ulrik⟧.

Mvh ⟦P|Helle⟧, HR

=== hand-mail da
Kære ⟦P|Per⟧
Per mail bekræfter vi hermed mødet den 4. december kl. 10 hos Kromann Reumert. Du bedes medbringe fuldmagten.
Med venlig hilsen
⟦P|Ditte Rosenkrantz⟧
Advokatsekretær

=== hand-mail da
Emne: SV: Kontrakt

Hej ⟦P|Sofie⟧, det er godt for mig. Jeg sender den til ⟦P|Gert⟧ i økonomi.
/⟦P|Kim⟧

Sendt fra min iPhone

> Den 28. nov. 2026 kl. 09.14 skrev ⟦P|Sofie Lykke Hald⟧ <slh@byg.dk>:
> Hej ⟦P|Kim⟧, kan vi underskrive kontrakten fredag? Mvh ⟦P|Sofie⟧

=== hand-mail da
Til alle beboere i opgang 12
Der er vandafbrydelse torsdag kl. 8-12. Spørgsmål til viceværten, ⟦P|Jørn⟧, på tlf. 40 11 22 33.
Hilsen Afdelingsbestyrelsen v/ ⟦P|Rose Andersen⟧

=== hand-mail da
Hej ⟦P|Lars⟧ - kan du ikke lige tjekke om H.C. Andersens Boulevard 12 er den rigtige adresse til Kinnarps? De har
sendt fakturaen til Niels Bohr Institutet ved en fejl. /⟦P|Anne⟧

=== hand-mail da
Fra: Bestyrelsen
Emne: Indkaldelse til generalforsamling

Bestyrelsen består af:
Formand: ⟦P|Svend Åge Holm⟧
Næstformand: ⟦P|Yasmin El-Khatib⟧
Kasserer: ⟦P|Vagn Mølgaard⟧
Menige: ⟦P|Dorthe Bonde⟧, ⟦P|Hans Sand⟧

Dagsorden iflg. vedtægterne. Forslag sendes til formanden senest 14 dage før.

=== hand-mail da
Hej ⟦P|Mette⟧,
hans bil står stadig på vores p-plads, kan du ikke bede ⟦P|Hans⟧ om at flytte den? Han siger, den er
til salg, men det har den været siden sommer.
⟦P|Karin⟧

=== hand-mail da
Kære kunde
Tak for din bestilling hos Georg Jensen Damask. Din ordre sendes fra vores lager i Kolding. Med venlig hilsen
Kundeservice

=== hand-mail da
Hej ⟦P|Jesper⟧ og ⟦P|Lone⟧
Vi er klar med jeres nye køkken fra Kvik. Montøren, ⟦P|Dragan⟧, kommer mandag kl. 7. Hvis der er spørgsmål, så ring
til mig. Venlig hilsen ⟦P|Nanna Bech⟧, projektleder

=== hand-mail da
Kære kolleger
Vi tager afsked med ⟦P|Else-Marie Kjærsgaard⟧, som går på pension efter 38 år. ⟦P|Else-Maries⟧ sidste dag er
fredag, og der er kage i frokoststuen kl. 14. ⟦P|Else-Marie⟧ har ønsket sig bidrag til en rejse til Island.
Hilsen ⟦P|Jonna⟧ og ⟦P|Frank⟧

=== hand-mail da
Fra: noreply@carlsberg.dk
Emne: Din bestilling
Tak for din bestilling af 2 kasser Tuborg Classic. Leveres af Carlsberg Danmark torsdag.

=== hand-chat da
[09:02] tine.m: godmorgen! er der nogen der har set ⟦P|bo⟧? han skulle have nøglen til lageret
[09:03] ⟦P|Rasmus Kjær⟧: han er til tandlæge, kommer kl 10
[09:03] tine.m: ok tak 👍
[09:15] @jesper_b: ⟦P|Tine⟧ kan du sende mig fakturaen fra Bygma?
[09:16] tine.m: ja 2 sek

=== hand-chat da
⟦P|Mikkel⟧ 14:22
hvornår er mødet med ⟦P|Storm⟧?
⟦P|Camilla⟧ 14:23
kl 15, i Ørsted-lokalet
⟦P|Mikkel⟧ 14:23
storm i et glas vand det her 😂

=== hand-liste da
Vagtplan uge 49 – Plejecenter Solgården
Mandag: ⟦P|Lykke⟧, ⟦P|Sol⟧, ⟦P|Ahmed⟧
Tirsdag: ⟦P|Kaj⟧, ⟦P|Bodil⟧
Onsdag: ⟦P|Lykke⟧, ⟦P|Mustafa⟧, ⟦P|Vera⟧
Torsdag: ⟦P|Storm⟧, ⟦P|Sol⟧
Fredag: ⟦P|Bodil⟧, ⟦P|Kaj⟧, ⟦P|Ahmed⟧
Ved sygdom: ring til ⟦P|Gitte⟧ (afdelingsleder)

=== hand-liste da
Deltagerliste, kursus i førstehjælp 12.12.2026
1. ⟦P|Andersen, Pia⟧
2. ⟦P|Bach, Morten⟧
3. ⟦P|Çelik, Zeynep⟧
4. ⟦P|Dam, Klaus⟧
5. ⟦P|Nguyen, Thi Lan⟧
6. ⟦P|Ravn, Per⟧
Underviser: ⟦P|Søren Bak⟧ (Dansk Røde Kors)

=== hand-liste da
FULDMAGT
Undertegnede ⟦P|MORTEN KRISTIAN VANG⟧ giver hermed ⟦P|LOUISE VANG⟧ fuldmagt til at afhente post og underskrive på
mine vegne.
Dato: 28.11.2026       Underskrift: ⟦P|Morten K. Vang⟧

=== hand-liste da
Navn;Efternavn;Afdeling;Lokalnr
⟦P|Karen⟧;⟦P|Winther⟧;Økonomi;2211
⟦P|Bo⟧;⟦P|Sand⟧;IT;2215
⟦P|Oluwaseun⟧;⟦P|Adeyemi⟧;IT;2216
⟦P|Per⟧;⟦P|Holm⟧;Lager;2301

=== hand-liste da
BEGIN:VCARD
VERSION:3.0
N:⟦P|Kirk⟧;⟦P|Marianne⟧;;;
FN:⟦P|Marianne Kirk⟧
ORG:Advokatfirmaet Lund & Ravn
TITLE:Advokat
EMAIL:mk@lundravn.dk
END:VCARD

=== hand-liste da
Telefonliste, Revisionsfirmaet Bech & Dahl
⟦P|Bech, Allan⟧ (partner) .......... 2211
⟦P|Dahl, Susanne⟧ (partner) ........ 2212
⟦P|Hussein, Amal⟧ .................. 2219
⟦P|Lind, Bo⟧ ....................... 2220
Reception ......................... 2200

=== hand-biz da
Referat af styregruppemøde 25.11.2026
Deltagere: ⟦P|Jens Ravn⟧ (JR), ⟦P|Malene Dybdahl⟧ (MD), ⟦P|Anton Sørensen⟧ (AS). Afbud: ⟦P|Kirsten Lykke⟧.
1. Status: JR orienterede om tidsplanen. MD og AS følger op på budgettet.
2. ⟦P|Kirstens⟧ forslag om ny leverandør udsættes til næste møde.
Referent: AS

=== hand-biz da
Pressemeddelelse
Rockwool udnævner ny CFO
Rockwool A/S har udnævnt ⟦P|Ida Storm Lauritzen⟧ til koncernens finansdirektør. ⟦P|Storm Lauritzen⟧ kommer fra
Danfoss, hvor hun har været regnskabschef siden 2019. "Vi glæder os," siger adm. direktør ⟦P|Jens Bergholt⟧.

=== hand-biz da
Tilbud fra Malerfirmaet Brdr. Kjær ApS
Att.: ⟦P|Susanne Holt⟧, Boligforeningen Fjordbo
Vi tilbyder maling af 14 opgange for 312.000 kr. ekskl. moms. Arbejdet udføres af vores svende under ledelse af
⟦P|Brian Kjær⟧.
Med venlig hilsen ⟦P|Lasse Kjær⟧

=== hand-biz da
Kontrakt nr. 2026-118
Mellem Nordic Byg A/S (herefter "Entreprenøren") og ⟦P|Niels Peter Dam⟧ og ⟦P|Hanne Dam⟧ (herefter "Bygherren")
om opførelse af carport. Entreprenørens kontaktperson: ⟦P|Thomas Lund⟧. Bygherrens rådgiver: arkitekt
⟦P|Sara Fisker⟧, Fisker Arkitekter ApS.

=== hand-biz da
Lønkørsel november: husk at ⟦P|Ali⟧, ⟦P|Bent⟧ og ⟦P|Ask⟧ har fået ny timeløn. ⟦P|Asks⟧ kontrakt er forlænget til
juni. /⟦P|Susanne⟧

=== hand-biz da
Anbefaling
Jeg kan varmt anbefale ⟦P|Hiba Mansour⟧, som har været ansat hos os som bogholder i fire år. ⟦P|Hiba⟧ er præcis,
hjælpsom og god til at lære nye systemer. ⟦P|Mansour⟧ har selv valgt at søge nye udfordringer.
⟦P|Poul Erik Vad⟧, økonomichef, Vad & Co.

=== hand-biz da
Hej ⟦P|Jonas⟧, til Kay Bojesen-aben i receptionen: den er sendt til reparation hos Rosendahl. Den kommer tilbage
før jul. Mvh ⟦P|Freja⟧

=== hand-biz da
Opgaveliste
- Ring til ⟦P|Gorm⟧ om nøglerne
- Send faktura til Jensens Bøfhus
- Book mødelokale "Karen Blixen" til torsdag
- Spørg ⟦P|Lisbeth Juhl⟧ om ferieplanen
- Køb gave til ⟦P|Vivis⟧ 50-års fødselsdag

=== hand-biz da
Kundeklage
Kunde: ⟦P|Ejnar Toft⟧, Vestergade 3, Ringe
Klage: Leveringen fra IKEA var tre dage forsinket. Chaufføren (⟦P|Milan⟧) var venlig, men sofaen var ridset.
Sagsbehandler: ⟦P|Jytte Storm⟧

=== hand-biz da
Hej alle i 2.C!
Husk at aflevere sedlen om lejrskolen senest fredag. Tak til ⟦P|Emmas⟧ far, ⟦P|Henrik⟧, der kører med bagagen.
⟦P|Vilde⟧ og ⟦P|Noah⟧ skal huske deres medicin. Hilsen ⟦P|Trine⟧ (klasselærer)

=== hand-biz da
Referat af bestyrelsesmøde i Grundejerforeningen Bøgely
Til stede: ⟦P|Erik Bonde⟧ (formand), ⟦P|Hanne Lund⟧, ⟦P|Kurt Skov⟧, ⟦P|Zainab Ali⟧.
⟦P|Erik⟧ orienterede om vejbump. ⟦P|Kurt⟧ har indhentet tilbud fra Asfalt Lund ApS. ⟦P|Zainab⟧ laver nyhedsbrev.
Lund ApS har lovet at starte i april.

=== hand-long da
Da ⟦P|Johanne Vinter⟧ overtog sin fars gartneri i Odder i 1998, var der tre ansatte. I dag er de 41, og
Vinters Planteskole leverer til hele Østjylland. "Min far, ⟦P|Aksel⟧, troede ikke på det," griner ⟦P|Johanne Vinter⟧,
der nu selv overvejer at trække sig tilbage.

Hendes datter, ⟦P|Line Vinter Haddad⟧, er uddannet gartner og har arbejdet i firmaet i otte år. Hun er gift med
⟦P|Karim Haddad⟧, der står for webshoppen. "Vi vil gerne fortsætte, men på vores måde," siger ⟦P|Line⟧.

Vinteren er travl. Juletræssalget begynder 1. december, og i år har planteskolen ansat ⟦P|Bo⟧ og ⟦P|Asta⟧ fra
ungdomsskolen til at hjælpe i weekenderne. ⟦P|Astas⟧ mor, ⟦P|Rikke Sommer⟧, er selv tidligere ansat.

"Det er en familievirksomhed, også for dem, der ikke hedder ⟦P|Vinter⟧," siger ⟦P|Johanne⟧.

=== hand-long da
Fra: ⟦P|Hans-Henrik Thygesen⟧
Til: Økonomi
Emne: Overdragelse inden ferie

Kære alle

Her er status, inden jeg går på ferie:

1. Kreditorer: ⟦P|Linda⟧ har overtaget betalingerne. Hvis en leverandør ringer (fx Brødrene Dahl eller Lemvigh-Müller),
   så stil dem om til hende.
2. Løn: ⟦P|Tariq Hussain⟧ kører lønnen den 25. ⟦P|Tariqs⟧ backup er ⟦P|Inge⟧.
3. Revision: Revisor ⟦P|Kim Kjær⟧ fra BDO kommer den 7. januar. ⟦P|Kjær⟧ vil have bilagene fra 4. kvartal.
4. Årsrapport: Direktør ⟦P|Mads Ravn⟧ og bestyrelsesformand ⟦P|Birgitte Bonde⟧ underskriver den 15. marts.

God jul!
⟦P|Hans-Henrik⟧
"""
