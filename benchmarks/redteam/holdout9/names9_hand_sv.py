"""Hand-written Swedish name documents for v9: ``⟦...⟧`` marks a PERSON span (families hand-news, hand-biz,
hand-mixed give the genre)."""

BANK = r"""
=== hand-news sv
Ny vd för Mälarenergi Service
⟦Annika Strömholm Berg⟧, 49, blir ny vd för Mälarenergi Service från 1 april. Hon kommer närmast från en tjänst som driftchef i Eskilstuna. "⟦Annika⟧ har precis den erfarenhet vi behöver," säger styrelseordföranden ⟦Håkan Sjöling⟧. ⟦Strömholm Berg⟧ efterträder ⟦Leif Ådahl⟧, som går i pension.
=== hand-news sv
Somalisk kvinnoförening firar tio år i Rinkeby
När ⟦Xaliimo Cali Jaamac⟧ startade föreningen 2016 var de sju medlemmar. I dag är de 140. "Vi började vid ett köksbord på Rinkebystråket," säger ⟦Xaliimo⟧. Ordföranden ⟦Ifrah Dahir⟧ hoppas på nya lokaler till hösten.
=== hand-news sv
Bandy: Edsbyn vann finalen
⟦Jonas Hedqvist⟧ avgjorde med två mål när Edsbyn slog Villa Lidköping med 4–3. Ryssen ⟦Artjom Sorokin⟧ kvitterade två gånger för Villa. "⟦Hedqvist⟧ är ett fenomen," sa tränaren ⟦Pär Wiklund⟧ efteråt. Domaren ⟦Mikael Stenlund⟧ fick beröm.
=== hand-news sv
Ukrainsk kör sjunger i Uppsala domkyrka
Kören Dnipro under ledning av ⟦Olha Kravchenko⟧ framför ⟦Bortnianskyjs⟧ och ⟦Hugo Alfvéns⟧ verk på lördag. Initiativet kommer från ⟦Gunnel Wrede⟧ i Uppsala kammarkörsförening.
=== hand-news sv
Dom i målet om stölderna på byggen
Göta hovrätt skärpte straffet för ⟦Dennis Kjellgren⟧ till två års fängelse. Åklagaren ⟦Maria Lejon⟧ är nöjd. ⟦Kjellgrens⟧ försvarare, advokaten ⟦Per Lycke⟧, säger att domen kommer att överklagas.
=== hand-news sv
Brand på Sankt Eriksgatan
En lägenhet på Sankt Eriksgatan i Stockholm totalförstördes natten till söndag. Den boende, ⟦Viola Lundh⟧, 81, lyckades ta sig ut. Räddningsledaren ⟦Tomas Ringdahl⟧ tror att branden började i en adventsljusstake.
=== hand-news sv
Vietnamesisk restaurang fyller 30 år i Lund
⟦Nguyễn Văn Thắng⟧ och hans fru ⟦Phạm Thị Lan⟧ öppnade Pho Hanoi på Bangatan 1996. I dag driver sonen ⟦Minh Nguyen Ek⟧ restaurangen. "Pappa står fortfarande i köket på söndagar," säger ⟦Minh⟧.
=== hand-news sv
Ny kyrkoherde i Gustav Vasa församling
⟦Elisabet Hägglund⟧ installeras på söndag som kyrkoherde i Gustav Vasa församling. Hon efterträder ⟦Ingvar Bodén⟧. Biskop ⟦Marianne Strand Lilja⟧ leder gudstjänsten. Efteråt bjuds det på kyrkkaffe.
=== hand-news sv
Kommunpolitik: Ny ordförande i byggnadsnämnden
⟦Jessica Wennerholm⟧ (M) blir ny ordförande i byggnadsnämnden i Örebro. Hon tar över efter ⟦Roger Alm⟧ (KD). Oppositionsrådet ⟦Samir Haddad⟧ (S) kallar beslutet väntat.
=== hand-news sv
Fotboll: Brage tog derbyt
⟦Viktor Ström⟧ gjorde två mål när Brage slog Sirius med 3–1. Ghananen ⟦Kwame Asante⟧ satte straffen. Sirius enda mål gjordes av ⟦Albin Sjö⟧. "⟦Ström⟧ var fantastisk," säger tränaren ⟦Kent Skog⟧.
=== hand-news sv
Minnesord: ⟦Britt-Marie Lindqvist⟧
⟦Britt-Marie Lindqvist⟧, Gävle, har avlidit i en ålder av 89 år. Hon var i 35 år lärare på Vasaskolan och en känd körledare. Hon sörjs närmast av sönerna ⟦Anders⟧ och ⟦Mats⟧ med familjer. ⟦Britt-Maries⟧ minne lever vidare.
=== hand-news sv
Tamilsk dansskola i Västerås
⟦Kalaivani Sritharan⟧ har drivit Natyalaya dansskola i Västerås i 20 år. Nu tar dottern ⟦Abirami Sritharan⟧ över. Kommunalrådet ⟦Anna Törnqvist⟧ delade ut stadens kulturpris.
=== hand-news sv
Polsk snickare räddade granne
När det brann i ett radhus i Haninge sprang ⟦Paweł Kowalczyk⟧ in och bar ut ⟦Gun Sandelin⟧, 86. "Jag tänkte inte, jag bara gjorde det," säger ⟦Kowalczyk⟧, som arbetar på Bygg & Kakel i Handen AB.
=== hand-news sv
Näringsliv: Generationsskifte hos Bengtssons Åkeri
Transportföretaget Bengtssons Åkeri i Vetlanda får ny ägare. ⟦Gösta Bengtsson⟧ säljer till ⟦Mehmet Yıldız⟧, som varit trafikledare sedan 2012. Firman har 30 lastbilar och kontor på Birger Jarls väg.
=== hand-news sv
M/S Birger Jarl tillbaka efter varvsbesöket
Efter fyra veckor på varv i Nådendal trafikerar M/S Birger Jarl åter Stockholm–Mariehamn. Befälhavaren ⟦Rolf Engblom⟧ berättar att båda motorerna setts över. Rederiet tackar för tålamodet.
=== hand-news sv
Samisk konstnär ställer ut i Kiruna
⟦Ánne Marja Nutti Labba⟧ visar nya verk i Kiruna stadshus. Verken är gjorda av renhorn och björknäver. Intendenten ⟦Lena Bergkvist⟧ kallar utställningen stark. ⟦Nutti Labbas⟧ förra utställning visades i Tromsø.
=== hand-news sv
Tyskt bolag vill bygga vindpark i Härjedalen
Det tyska bolaget Windkraft Nord GmbH planerar 30 vindkraftverk. Projektledaren ⟦Klaus-Peter Engel⟧ mötte invånarna i Sveg i tisdags. Markägaren ⟦Stig-Åke Grahn⟧ är positiv: "Det ger mer än skogen."
=== hand-news sv
Juni blev den torraste på 50 år
Juni gav bara 4 millimeter regn i Skåne, enligt SMHI. Meteorologen ⟦Therese Wängberg⟧ förklarar att ett högtryck låg kvar i tre veckor. Lantbrukaren ⟦Nils Per Åkesson⟧ i Vellinge har redan börjat vattna.
=== hand-news sv
Korta nyheter
* ⟦Amir Rostamzadeh⟧, 16, från Angered är uttagen till U17-landslaget i brottning.
* Stadens äldsta invånare, ⟦Signe Wallström⟧, fyllde 105 år i går på Karlsgårdens äldreboende.
* På lördag invigs Drottning Kristinas torg efter ombyggnaden.
=== hand-news sv
Rättegång om hundattack
En 39-årig man från Borås är åtalad för att ha låtit sin hund bita grannen ⟦Göran Lindkvist⟧. Tingsrätten hörde i torsdags veterinären ⟦Cecilia Ahlin⟧ som vittne. Åklagaren ⟦Fredrik Wrangel⟧ yrkar att hunden avlivas.
=== hand-biz sv
Hej ⟦Maria⟧,

Tack för ett bra möte i går. Som vi sa skickar jag offerten på 30 Billy-hyllor och 8 Malm-byråer till ert nya kontor på Karlavägen. ⟦Ebbe⟧ på lagret ringer dig om leveransen.

Med vänliga hälsningar

⟦Jonatan Lind Hägg⟧
Säljare
Kontorsinredning Syd AB
=== hand-biz sv
Protokoll, styrelsemöte Brf Sankt Göran 5
Närvarande: ⟦Birgitta Nord⟧ (ordf.), ⟦Haider Al-Mansour⟧, ⟦Sten Ros⟧, ⟦Katarzyna Lis⟧
Frånvarande: ⟦Pontus Ravelin⟧
§ 1 Dagordningen godkändes.
§ 2 Taket: ⟦Sten⟧ har tagit in tre offerter. Tak & Plåt i Solna AB är billigast.
§ 3 Övrigt: ⟦Katarzyna⟧ föreslår gemensam städdag i maj.
Sekreterare: ⟦Haider Al-Mansour⟧
=== hand-biz sv
Hej ⟦Claudia Becker⟧,

Härmed bekräftar vi beställningen av 1 500 burkar Kalles Kaviar och 800 paket Marabou till er mässa i Köln. Fakturan skickas till Frau ⟦Beckers⟧ kollega ⟦Sabine Krüger⟧ som önskat.

Med vänlig hälsning
⟦Oscar Hedin⟧
Exportavdelningen
=== hand-biz sv
Hej alla!

Välkommen till ⟦Iryna Bondarenko⟧, som börjar på ekonomi på måndag. ⟦Iryna⟧ kommer från Clas Ohlson i Insjön och ska sitta bredvid ⟦Ulf⟧. Ta väl emot henne!

Hälsningar
⟦Therese Blom⟧, HR
=== hand-biz sv
FAKTURA 26-0311
Kund: Tandläkare Eva Sundin AB
Att: ⟦Eva Sundin⟧
Artikel: Behandlingsstol "Stefan", 1 st, 52 400 kr
Montör: ⟦K. Backman⟧
Förfallodatum 2026-05-14, bankgiro 5123-4411.
=== hand-biz sv
Kallelse – projekt "Olof Palmes plats"
Deltagare: ⟦Johanna Ekberg⟧ (Stockholms stad), ⟦Reza Tavakoli⟧ (arkitekt), ⟦Lars-Göran Wiik⟧ (konstruktör)
Plats: Rummet "Alfred Nobel", plan 4
⟦Johanna⟧ inleder med lägesrapport; ⟦Reza⟧ går igenom dagvattnet.
=== hand-biz sv
Bästa herr ⟦Lundgren⟧

Vi har tagit emot Ert klagomål om förseningen. Vår kundchef ⟦Lena Dag Sjöberg⟧ kontaktar Er nästa vecka.

Med vänlig hälsning
Försäkringsbolaget Folksam
=== hand-biz sv
Hej ⟦Kalle⟧,

Kan du be ⟦Tuva⟧ skicka Q3-siffrorna för Fjällräven-kontot? Jag har möte med deras inköpare ⟦Saga Bergman Ståhl⟧ på torsdag.

Tack!
⟦Petra⟧

Skickat från min iPhone
=== hand-biz sv
HYRESKONTRAKT
Hyresvärd: Fastighets AB Vasastaden, genom ⟦Mikael Dahlin⟧
Hyresgäst: ⟦AHMED HUSSEIN ABDULLE⟧ och ⟦HAWA ABDI WARSAME⟧
Lägenhet: Dalagatan 12, 3 tr, 113 24 Stockholm
Tillträde: 1 augusti 2026
=== hand-biz sv
Schema vecka 23 – Café Linnéa
Måndag: ⟦Storm⟧, ⟦Alva⟧
Tisdag: ⟦Sten⟧, ⟦Love⟧
Onsdag: ⟦Hassan⟧, ⟦Vilma⟧
Torsdag: ⟦Björn⟧, ⟦Sol⟧
Fredag: alla – personalmöte kl. 15 med ⟦Anneli⟧
=== hand-biz sv
Hej herr ⟦Nyberg⟧,

Härmed säger vi upp avtal nr 5531 om service av Volvo- och Scania-parken. Uppsägningen gäller från 1 oktober.

Med vänlig hälsning
⟦Pia Hedenström⟧
Inköpschef, Norrlandsfrakt AB
=== hand-biz sv
Telefonlista – Kundtjänst
⟦Hodan Mohamed⟧ 08-123 44 01
⟦Bengt Ask⟧ 08-123 44 02
⟦Chinedu Obi⟧ 08-123 44 03
⟦Per Malm⟧ 08-123 44 04
⟦Agata Wróbel⟧ 08-123 44 05
Växel: 08-123 44 00
=== hand-biz sv
Hej ⟦Frank⟧

Jag har pratat med ⟦Ylva⟧ på Max i Luleå om julfesten. De kan ta emot oss fredag 11 december. ⟦Ylvas⟧ chef ⟦Martin Krook⟧ vill ha ett preliminärt antal.

/⟦Sanna⟧
=== hand-biz sv
Anteckningar – teammöte marknad 4/2
Närvarande: ⟦Eva-Lotta Sahlin⟧ (ELS), ⟦Jonas Fredin⟧ (JF), ⟦Mira Hult⟧ (MH)
Punkt 1: JF visar kampanjen för Göteborgs Kex.
Punkt 2: ELS och MH gör budget för mässan på Stockholmsmässan.
=== hand-biz sv
Hej ⟦Ingegerd⟧ och ⟦Rune⟧

Tack för bokningen av stugan "Svalboet" vecka 28. Nyckeln hämtas hos fru ⟦Holm⟧ på Lanthandeln. Vid frågor ringer ni ⟦Malin Brodd⟧ på 070-211 22 33.

Vänliga hälsningar
Stuguthyrning Västkusten
=== hand-biz sv
Reseräkning
⟦Carl-Johan Hed⟧ har haft utlägg för taxi (Taxi Kurir) och hotell (Hotel Birger Jarl, Stockholm) vid kundbesök hos Atlas Copco. Attesterat av ⟦Lena Ivarsson⟧.
=== hand-biz sv
Hej ⟦Tanja⟧

Jag är på kurs i Borås onsdag och torsdag. Ring ⟦Gustav⟧ eller ⟦Emilia⟧ om det är något akut med Lindex-kontot.

Hälsningar ⟦Kjell⟧
=== hand-biz sv
Konsultavtal
Mellan Sandvik AB och konsulten ⟦Emre Aydın⟧ (org.nr 850512-xxxx) träffas följande avtal: ⟦Aydın⟧ levererar 120 timmars rådgivning om affärssystem under perioden 1 april–30 juni 2026. Kontaktperson hos kunden: ⟦Susanne Borg⟧.
=== hand-biz sv
Inbjudan
⟦Hanna⟧ och ⟦Jesper Rydh⟧ bjuder in alla kollegor till mingel med anledning av ⟦Jespers⟧ 25-årsjubileum fredag kl. 14 i matsalen. Inga presenter – skänk hellre till Barncancerfonden.
=== hand-mixed sv
⟦Mia K⟧: hej alla, vem tar ⟦Jonas⟧ pass på lördag?
⟦ali⟧: jag kan
⟦Mia K⟧: toppen tack ⟦Ali⟧ 🙏
⟦Saga⟧: och glöm inte att ⟦Lukas⟧ fyller år på fredag
=== hand-mixed sv
förnamn;efternamn;avdelning;telefon
⟦Axel⟧;⟦Brandt⟧;Lager;0701234455
⟦Fadumo⟧;⟦Hassan⟧;Kök;0701234456
⟦Kristina⟧;⟦Berg⟧;Sälj;0701234457
⟦Duc⟧;⟦Tran⟧;IT;0701234458
=== hand-mixed sv
KVITTO
NK Göteborg
Kassör: ⟦Rosa⟧
1 st Orrefors vas  899,00
1 st Filippa K halsduk  1 200,00
Totalt 2 099,00
Tack för besöket – hälsningar ⟦Rosa⟧ med kollegor
=== hand-mixed sv
SKANNAD BLANKETT (OCR)
Namn: ⟦GÖRAN SVEN ÖBERG⟧   Födelseår: 1961
Adress: Birger Jarlsgatan 40, 114 29 Stockholm
Handläggare: ⟦E.  Nordlund⟧
Anm: k0ntakt med ⟦Öbergs⟧ arbetsgivare
=== hand-mixed sv
| Namn | Roll | Rum |
|---|---|---|
| ⟦Lena Holst⟧ | Projektledare | Linné |
| ⟦Parisa Moradi⟧ | Utvecklare | Celsius |
| ⟦Vidar Tamm⟧ | Testare | Selma Lagerlöf |
=== hand-mixed sv
Order 55102 – följesedel
Mottagare: ⟦Karl-Erik Sten⟧, Sankt Paulsgatan 3, 118 46 Stockholm
Vara: Felix ketchup 12 x 1 kg, Kalles Kaviar 24 st
Chaufför: ⟦Ivan⟧ (DB Schenker)
Kvitterat av: ⟦K-E Sten⟧
=== hand-mixed sv
Hej Siri, ring ⟦Ruth Kjellin⟧ mobil
Siri: Jag ringer ⟦Ruth Kjellin⟧, mobil.
Alexa: Tänder lampan i vardagsrummet.
=== hand-mixed sv
Deltagarlista – HLR-kurs 12/3
1. ⟦Holm, Birgitta⟧
2. ⟦Osman, Hibaq⟧
3. ⟦Wójcik, Paweł⟧
4. ⟦Sjöberg Lind, Anders⟧
5. ⟦Nguyen, Thi Thu⟧
Instruktör: ⟦Mikael Falk⟧ (Röda Korset)
=== hand-mixed sv
[10:02] ⟦Lisa Dahl⟧: har nån sett ⟦Bos⟧ nycklar?
[10:03] ⟦Bo Thorsell⟧: haha de ligger i min ficka 🙈
[10:04] ⟦Lisa Dahl⟧: typiskt ⟦Bo⟧
[10:05] ⟦Karim⟧: Bo i Göteborg eller Stockholm nu?
=== hand-mixed sv
Blankett: Ansökan om boendeparkering
Sökandens namn: ⟦Merit Hjort⟧
Bilmärke: Ford Transit
Ägare (om annan): ⟦Tomas Hjort⟧
Underskrift: ⟦M. Hjort⟧
=== hand-mixed sv
TORSDAG
Kl. 9: Möte med ⟦August⟧ om budgeten
Kl. 12: Lunch – ⟦Maj⟧ och ⟦Juni⟧ (tvillingarna från lagret)
Kl. 15: Augusti-planering (semesterlistan)
=== hand-mixed sv
Hej ⟦Benny⟧
Ditt paket från Åhléns har levererats till ombudet på ICA Kvantum, Gustav Adolfs torg.
Hälsningar PostNord
=== hand-mixed sv
LAPP PÅ KYLSKÅPET
Till ⟦Ulla⟧: tack för kakan!! – ⟦Hassan⟧, ⟦Ming⟧ och ⟦Lärka⟧
PS ⟦Ulla⟧: IKEA-katalogen ligger på ditt skrivbord
=== hand-mixed sv
Logg, passersystem 04.03
07:58 Kort 1184 (⟦Nils-Henrik Borg⟧) Entré A
08:02 Kort 1190 (⟦Zainab Mahdi⟧) Entré A
08:15 Kort 1201 (besökare – ⟦Tom Becker⟧, Siemens) Entré B
=== hand-mixed sv
Sms-tråd
Från "Mamma": Glöm inte ⟦Karlas⟧ födelsedag på söndag!!
Från ⟦Melker⟧: ja ja, vad ska hon få?
Från "Mamma": Ett presentkort på Åhléns
=== hand-mixed sv
Synpunkter på budget 2027 (från ⟦Kent Rahm⟧)
Ivar-hyllorna till arkivet (6 st) saknas.
Lördag den 3:e är lagret stängt.
Fredag: ⟦Kent⟧ och ⟦Pia⟧ inventerar.
=== hand-mixed sv
Intervjuutskrift
INTERVJUARE: När började du?
⟦HENRIETTE WALL⟧: Det var 2011, på Ericsson i Kista.
INTERVJUARE: Och din chef hette?
⟦HENRIETTE WALL⟧: ⟦Per-Erik Isaksson⟧. Han lärde mig allt.
=== hand-mixed sv
Anmälan till korpen – innebandy
Lag: Kontoret
Spelare: ⟦Sten⟧, ⟦Ask⟧, ⟦Dag⟧, ⟦Tor Lindahl⟧, ⟦Per⟧
Per spelare: 150 kr. Tor 18:00 i Fyrishov.
Kontakt: ⟦Dag Sjöholm⟧
=== hand-news sv
Storm över Gotland
Stormen Gorm nådde orkanstyrka vid Östergarn i natt. Sol och milt väder väntas från fredag. Bor du längs kusten, håll koll på SMHI:s varningar. M/S Gustav Vasa är inställd och Gustav Adolfs torg i Visby är avstängt för trafik.
=== hand-news sv
Ny rektor på Selma Lagerlöfskolan
⟦Ayan Warsame Ali⟧ blir ny rektor på Selma Lagerlöfskolan i Karlstad. Hon har varit biträdande rektor på Frödingskolan i åtta år. Föräldraföreningens ordförande ⟦Tobias Brännström⟧ är glad: "⟦Ayan⟧ känner både elever och föräldrar." Avgående rektorn ⟦Hans-Åke Kurén⟧ går i pension efter 30 år och brukar citera ⟦Lagerlöfs⟧ böcker.
=== hand-biz sv
Prislista 2026 – Konferensrum
Rum "Greta Garbo": 8 pers., 1 400 kr/dag
Rum "Dag Hammarskjöld": 14 pers., 2 100 kr/dag
Rum "Alfred Nobel": 30 pers., 3 800 kr/dag
Fredag och lördag: 20 % rabatt. Fikat levereras av Bröderna Olssons Konditori.
=== hand-biz sv
Hej ⟦Yngve⟧ och ⟦Berit⟧

Tack för senast! Vi har nu skickat er nya Hilding Anders-säng och två Bruno Mathsson-fåtöljer. Montören ⟦Oleksandr⟧ ringer en halvtimme innan. Om något är fel, kontakta ⟦Rebecka Dahlström⟧ på kundtjänst.

Mvh Möbelhuset Storgatan
=== hand-mixed sv
Artnr;Benämning;Antal
10221;Billy bokhylla vit;4
10388;Ivar skåp furu;2
10412;Malm byrå;1
10533;Stefan stol;6
=== hand-mixed sv
Kommentarsfält (webbformulär): hej, jag heter ⟦karin juhlin⟧ och ringde igår om min faktura. ⟦Kristoffer⟧ lovade att ringa tillbaka men inget har hänt?? mvh ⟦Karin⟧
=== hand-news sv
Familjen bakom Gotlandsfärjan
År 1999 kom ⟦Mohammed bin Rashid Al-Hakim⟧ till Nynäshamn som fartygsmekaniker. I dag är han maskinchef på M/S Visby, och sonen ⟦Khalid⟧ är styrman på samma fartyg. "Pappa lärde mig att lyssna på motorn," säger ⟦Khalid Al-Hakim⟧. Rederiets vd, ⟦Anne-Marie von der Heide⟧, kallar familjen "ryggraden i besättningen". Även ⟦Khalids⟧ fru, ⟦Svetlana Al-Hakim⟧, arbetar ombord – i cafeterian.
=== hand-news sv
Tamilsk läkare prisad i Borås
Överläkaren ⟦K. Sivakumaran⟧ tog på fredagen emot Borås stads eldsjälspris. ⟦Sivakumaran⟧, som kom till Sverige från Jaffna 1988, har i 30 år drivit ett gratis läxcafé. Priset delades ut av kulturnämndens ordförande ⟦Jan-Olof Krantz-Björk⟧. Han tackade också ⟦Sivakumarans⟧ fru ⟦Vasanthi⟧.
=== hand-biz sv
PROTOKOLL – Samordningsmöte, Göteborgs hamn
Mötesledare: ⟦Van den Berg, Pieter⟧ (Stena Line)
Sekreterare: ⟦Nilsson, Kristin⟧
⟦Van den Berg⟧ redogjorde för de nya anlöpstiderna. ⟦Nilsson⟧ frågade om förtöjningen vid Masthuggskajen. Nästa möte hålls ombord på M/S Stena Danica.
=== hand-biz sv
Hej ⟦Olena⟧ och ⟦Taras⟧

Välkomna till Sverige och till Gislaveds kommun! Er kontaktperson är ⟦Olena Petrivna Hnatiuk⟧ på integrationsenheten (hon talar ukrainska). Första mötet är måndag kl. 10 i stadshuset, Stortorget 1.

Vänliga hälsningar
⟦Bodil Maria Thyrén⟧
Medborgarservice
=== hand-mixed sv
Gästlista – bröllop 14/6 (bord 3)
⟦Ngô Thị Bích⟧ och ⟦Henrik⟧
Faster ⟦Agnes⟧ – OBS nötallergi
Farfar ⟦Paul⟧
⟦Sebastian⟧ + 1
=== hand-mixed sv
Kundtjänstlogg
14.02 09:12 Samtal från fru ⟦Wendel⟧ om faktura – kopplat till ⟦Jonas Kirk⟧
14.02 09:40 Mejl från ⟦Ahmad⟧ (Ahmads Pizzeria AB) – vill säga upp abonnemanget
=== hand-news sv
Ishockey: Skellefteå vann efter straffar
Skellefteå AIK tog sig på lördagen till final efter en dramatisk match mot Färjestad i en fullsatt Skellefteå Kraft Arena. ⟦Oscar Lindmark⟧ blev matchens stora profil med två mål, medan målvakten ⟦Nils Åkerblom⟧ räddade tre straffar i avgörandet. Färjestad ledde med 3–2 med fem minuter kvar när ⟦Tobias Grönlund Mwangi⟧ satte sitt andra mål. Men sedan tog ⟦Lindmark⟧ över. "Jag tittade bara på ⟦Åkerblom⟧ och visste att han skulle ta nästa," sa ⟦Lindmark⟧ efteråt.

Färjestads tränare ⟦Ivan Marko Kovačević⟧ var besviken: "Vi hade den, men Skellefteås publik bar dem hem." Även ⟦Kovačevićs⟧ lagkapten ⟦Mattias Dahl Olofsson⟧ fick se sig besegrad efter att ha brutit fingret i första perioden. Klubbläkaren ⟦Hanna Skog Nyberg⟧ uppger att ⟦Olofsson⟧ blir borta i sex veckor.

Finalen spelas på söndag mot Luleå, där ⟦Sebastian Storm⟧ och ⟦Bo Lykke Hansson⟧ är tillbaka efter skador. Stormvädret över Norrbotten kan dock ställa till det för bortafansen, varnar polisen.
=== hand-biz sv
PROTOKOLL FÖRT VID ORDINARIE FÖRENINGSSTÄMMA – Vägsamfälligheten Backlund
Datum: 26 mars 2026, Backlunds bygdegård, Nils Ferlins väg 4
§ 1 Val av ordförande för stämman: Styrelsen föreslog advokaten ⟦Helena Munck af Rosenschöld⟧, som valdes. ⟦Munck af Rosenschöld⟧ konstaterade att stämman var behörigen kallad.
§ 2 Verksamhetsberättelse: Ordföranden ⟦Sören Åberg Kjellin⟧ berättade om den nya vägtrumman vid Kvarnängen. ⟦Kjellin⟧ tackade ⟦Ville Brandström⟧ för 25 år som vägfogde.
§ 3 Ekonomi: Kassören ⟦Ayşe Karadağ⟧ gick igenom räkenskaperna. ⟦Karadağ⟧ svarade på frågor från ⟦Jytte Malmgren⟧ om avgiftshöjningen.
§ 4 Val: ⟦Björn Storm⟧ och ⟦Lis Bonde⟧ omvaldes. Till suppleant valdes ⟦Anders "Pelle" Persson⟧.
§ 5 Övrigt: ⟦Karl-Ove Sand⟧ frågade om snöplogningen från Svevia. Styrelsen svarar skriftligt.
Sekreterare: ⟦Bodil Kristersson⟧   Stämmans ordförande: ⟦H. Munck af Rosenschöld⟧
"""
