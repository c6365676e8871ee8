"""Hand-written Swedish documents of the v18 names hold-out (``⟦...⟧`` marks a PERSON span; rules in
``names18_build.py``). News, mail threads and business papers, chats and Teams, foreign staff's names."""

BANK = """
=== hand-news sv
Ny rektor för Mittuniversitetet
⟦Anders Fällgren⟧ lämnar, och regeringen har utsett ⟦Katarzyna Zielińska-Berg⟧ till ny rektor från 1 juli. Hon kommer från KTH. ⟦Zielińska-Berg⟧ säger att hon vill satsa på forskning om skog. Studentkårens ordförande ⟦Moa Eriksson⟧ välkomnar beskedet.

=== hand-news sv
Vägarbete på Sankt Eriksgatan och Karlavägen
Stockholms stad stänger Sankt Eriksgatan vid Fleminggatan i två veckor. Bussarna leds om via Drottningholmsvägen. På Karlavägen pågår samtidigt arbete vid Engelbrektsgatan.

=== hand-news sv
Eritreansk-svensk sjuksköterska prisas
⟦Selam Tesfaye⟧ på Sahlgrenska fick i går Florence Nightingale-medaljen. ⟦Tesfaye⟧ startade en mottagning för papperslösa. Medaljen delades ut av Röda korsets ordförande ⟦Margareta Wahlund⟧.

=== hand-news sv
Tingsrätten: 45-åring döms för bokföringsbrott
En 45-årig man från Borås döms till fängelse i sex månader. Åklagare ⟦Johanna Hallin⟧ hade yrkat på ett år. Försvarare ⟦Per-Ola Sjögren⟧ ska överklaga. Bolaget, Ekmans Bygg AB, är försatt i konkurs.

=== hand-news sv
Ukrainsk konstnär ställer ut i Umeå
⟦Mykola Shevchuk⟧ visar sina målningar på Bildmuseet. Han flydde från Charkiv 2022 med dottern ⟦Daryna⟧. "Jag målar det jag saknar," säger ⟦Shevchuk⟧. Curator ⟦Ingrid af Segerstad⟧ har valt ut verken.

=== hand-news sv
Snöoväder i Norrland
Snö och storm i natt: SMHI varnar för svåra förhållanden längs E4 mellan Skellefteå och Luleå. Sten och grus från en ras blockerar väg 95 vid Arjeplog.

=== hand-news sv
Fotboll: Malmö FF vann Skånederbyt
⟦Isaac Kiese Thelin⟧ gjorde två mål när Malmö FF slog Helsingborg. Tränaren ⟦Henrik Rydström⟧ var nöjd. ⟦Kiese Thelin⟧ har nu nio mål i allsvenskan.

=== hand-news sv
Gustavsbergs porslinsfabrik visar nytt
Porslinsfabriken i Gustavsberg öppnar en utställning av Wilhelm Kåge-vaser och Karin Björquist-tallrikar. Museichef ⟦Helena Björck⟧ visar runt. Den förre keramikern ⟦Gunnel Sahlin-Åberg⟧ berättar om åren vid drejskivan.

=== hand-news sv
Ny kyrkoherde i Hedvig Eleonora
Biskop ⟦Andreas Holmberg⟧ installerade i söndags ⟦Johan Dalman de Geer⟧ som kyrkoherde i Hedvig Eleonora församling. ⟦Dalman de Geer⟧ kommer närmast från Visby.

=== hand-news sv
Dödsfall
Förre kommunalrådet i Kalix ⟦Birgitta Pekkari⟧ har avlidit, 81 år. ⟦Pekkari⟧ ledde kommunen under tolv år. Hon sörjs av maken ⟦Tore⟧ och dottern ⟦Lisa⟧.

=== hand-news sv
Kultur: Fröken Julie på Dramaten
⟦Strindbergs⟧ pjäs får nypremiär på lördag. ⟦Alba August⟧ spelar Julie och ⟦Gustaf Skarsgård⟧ är Jean. Regissören ⟦Mattias Andersson⟧ har förlagt den till ett hotell i Åre.

=== hand-news sv
Lokalval: Ny ordförande i Hyresgästföreningen Rinkeby
Årsmötet valde ⟦Abdirizak Hassan Nur⟧ till ordförande efter ⟦Gun Wikström⟧. Kassören ⟦Emir Hodžić⟧ omvaldes och ⟦Lotta Ek-Sandberg⟧ blev ny suppleant.

=== hand-news sv
Segling: Bröder vann Gotland Runt
Bröderna ⟦Carl⟧ och ⟦Fredrik af Ugglas⟧ från KSSS vann sin klass i Gotland Runt. "⟦Calle⟧ trimmade seglen perfekt," säger ⟦Fredrik af Ugglas⟧.

=== hand-news sv
Astrid Lindgrens Värld öppnar säsongen
Astrid Lindgrens Värld i Vimmerby öppnar på lördag. Vd ⟦Maria Fridell⟧ lovar nya föreställningar om Pippi och Emil. Närmaste parkering finns vid Astrid Lindgrens väg.

=== hand-news sv
Kort: Inbrott i Nordstan
Okända gärningsmän bröt sig i natt in i en butik i Nordstan i Göteborg. Polisen söker vittnen. Butiken, Clas Ohlson, öppnade igen vid lunch.

=== hand-news sv
Utsålt för ⟦Veronicas⟧ turné
⟦Veronica Maggio⟧ sålde ut Scandinavium två kvällar i rad. Hon hade med sig ⟦Håkan Hellström⟧ som gäst. Recensenten ⟦Po Tidholm⟧ gav fem plus.

=== hand-news sv
Ny vd på Bröderna Hedlunds Åkeri
⟦Sofia Hedlund Rask⟧ tar över som vd efter sin far ⟦Roger Hedlund⟧. Bolaget, med 40 lastbilar, grundades av farfar ⟦Helge Hedlund⟧ i Lycksele 1958.

=== hand-biz sv
Sv: Offert på städning
Hej ⟦Petra⟧,
Tack för offerten. Vi tar upp den på måndagsmötet.
Vänliga hälsningar
⟦Göran Ljungqvist⟧
Inköpschef, Norrmejerier

> Den 12 feb. 2026 kl. 09:14 skrev ⟦Petra Nordin⟧ <petra.nordin@stadpartner.se>:
> Hej ⟦Göran⟧! Bifogar offert som vi pratade om. Kontaktperson på plats blir ⟦Marta Nowicka⟧.

=== hand-biz sv
Vidarebefordrat: faktura 55102
Till: ⟦Jonas Lindell⟧ <jl@vvsbolaget.se>
Kopia: ⟦Nadia Haddad⟧ <nh@vvsbolaget.se>
Hej ⟦Jonas⟧, kan du titta på den här? Den skulle till ⟦Rickard⟧ i Sundsvall.
/⟦Nadia⟧

=== hand-biz sv
Protokoll, ledningsgrupp 4 mars
Närvarande: ⟦Ulrika Bengtsson⟧ (UB), ⟦Ivan Petrenko⟧ (IP), ⟦Kerstin Moberg⟧ (KM)
Frånvarande: ⟦Leif Sundqvist⟧
§ 1 Ny kaffeleverantör: UB utreder.
§ 2 Semesterlista: IP och KM tar fram förslag.
Justeras: KM

=== hand-biz sv
CURRICULUM VITAE
⟦AHMAD RAHIMI NILSSON⟧
Ekonomiassistent, Västerås
Erfarenhet: Redovisningsbyrån Holm & Berg AB 2017-2025.
Referens: auktoriserad revisor ⟦Eva Holm⟧, 021-12 34 56.

=== hand-biz sv
Faktura 2026-1187
Kund: Bröderna Lindqvists Bygg AB, att. ⟦Anneli Strand⟧
Leverantör: Erik Olssons Måleri AB, kontaktperson ⟦Erik Olsson⟧
Avser: målning av trapphus, Birger Jarlsgatan 12

=== hand-biz sv
CRM-anteckning, kund 8812
Ringde ⟦Tomasz Wiśniewski⟧ på Polbud AB. Han vill ha ny offert före fredag. Kollegan ⟦Gosia⟧ mejlar ritningarna. /AL

=== hand-biz sv
Anställningsavtal
Mellan Kaffekompaniet i Norr AB och ⟦Hibaq Mohamed Jama⟧ om anställning som lagerarbetare. Närmaste chef: ⟦Jenny Strömberg⟧.
Underskrifter: ⟦J. Strömberg⟧ / ⟦H. M. Jama⟧

=== hand-biz sv
Autosvar: Jag är på kurs till och med torsdag. Kontakta ⟦Lars-Göran Wik⟧ (lgw@agrodata.se) eller ⟦Ulrike Hoffmann⟧ på sälj.
Hälsningar ⟦Oskar⟧

=== hand-biz sv
Kallelse: Budget 2027
Tid: tisdag 10-11, rum Selma Lagerlöf (plan 3)
Deltagare: ⟦Jessica Lund⟧, ⟦Reza Tavakoli⟧, ⟦Björn Sahlin⟧
Dagordning: budget, semester, Alfred Nobel-projektet.

=== hand-biz sv
Kontaktlista, Mälardalens Transport
Trafikledare: ⟦Micke Lindholm⟧, 070-111 22 33
Verkstadschef: ⟦Jarosław Mazur⟧
Ekonomi: ⟦Ann-Charlotte Krook⟧
Ägare: ⟦Bengt-Åke Fors⟧

=== hand-biz sv
Hej ⟦Annika⟧ och ⟦Rasmus⟧!
Tack för ett bra möte i går. Som vi sa skickar ⟦Friedrich von Essen⟧ avtalet i morgon.
Med vänlig hälsning
⟦Cecilia Nord-Lagerqvist⟧ | Advokatfirman Vinge
cecilia.nord-lagerqvist@vinge.se

=== hand-biz sv
Rekommendation
Jag rekommenderar varmt ⟦Nasra Abdi⟧, som har arbetat hos oss i fyra år. ⟦Nasra⟧ är pålitlig och uppskattad av kunderna.
⟦Henrik Dahlgren⟧, butikschef, Åhléns Uppsala

=== hand-biz sv
Schema vecka 14, Café Linné
Mån: ⟦Elin⟧, ⟦Yasin⟧
Tis: ⟦Elin⟧, ⟦Marta⟧
Ons: ⟦Olek⟧
Ansvarig: ⟦Sara Holt⟧

=== hand-biz sv
Konkurs: Snickeri Gösta Lind AB
Konkursförvaltare advokat ⟦Hanna Grip⟧ har tagit över. Kontakta sekreterare ⟦Maja Berg⟧ på mb@griplaw.se. Styrelseledamoten ⟦Gösta Lind⟧ kallas till edgångssammanträde.

=== hand-mixed sv
Teams-chatt, Lager Syd
⟦johan⟧: vem har nyckeln till truck 3?
⟦Tomasz Kowal⟧: @⟦Johan Berg⟧ ⟦gosia⟧ har den
⟦johan⟧: tack ⟦tomek⟧ 👍
⟦Małgorzata Lis⟧: den ligger i lådan 😊

=== hand-mixed sv
Familjechatt
mamma: har nån hört av ⟦olle⟧?
⟦tilda⟧: han är hos farmor ⟦gun⟧
mamma: ok säg att ⟦bosse⟧ ringer ikväll
⟦tilda⟧: 👍 och katten Sigge ska till veterinären kl 15
mamma: Morbror ⟦Gösta⟧ kommer på söndag

=== hand-mixed sv
SMS
Hej! Det är ⟦Josefin⟧ på Djurkliniken. Sigge är klar att hämtas. Mvh Dr. ⟦Hult⟧

=== hand-mixed sv
Facebook, Villaföreningen Solrosen
⟦Kent Åberg⟧: Har nån sett en svart katt vid Evert Taubes gata?
⟦Lena Myrberg⟧: Nej, men fråga ⟦Roland⟧ i nr 12
⟦Kent Åberg⟧: tack ⟦lena⟧!

=== hand-mixed sv
Forum: Byggahus.se
rormokarn72 skrev: Det är inte Gustavsbergs fel, det är packningen.
⟦Stefan⟧ från Örebro skrev: Håller med rormokarn72. Ring ⟦Kalle⟧ på Kalles VVS, han fixar det.

=== hand-mixed sv
Slack #sälj
@⟦Lisa Rehn⟧ kan du skicka siffrorna till @linus.k före fredag?
⟦lisa⟧: ja, ⟦omar⟧ har tagit fram dem
⟦omar⟧: ligger på drivet 👍 /OH

=== hand-mixed sv
Veckobrev, klass 2C
Hej föräldrar! Glöm inte utflykten till Tom Tits Experiment på fredag. ⟦Natalia⟧, ⟦Omar⟧ och ⟦Wilma⟧ saknar lapp. Hälsningar ⟦Lise⟧ och ⟦Mårten⟧

=== hand-mixed sv
Recension, Reco.se
⟦Gunilla⟧ i Västerås: Toppenservice från ⟦Jimmy⟧ i butiken! Bättre än på Biltema. Levererat av ⟦Mohammed⟧ dagen efter.

=== hand-mixed sv
Transkription, Teams-möte 14:00 (automatiskt genererad)
⟦Maj-Lis Holmén⟧ 0:02
Okej, är alla med? ⟦Volodymyr⟧, hör du mig?
⟦Volodymyr Tkachenko⟧ 0:09
Ja, det hörs bra. ⟦Ronja⟧ är på väg in.
⟦Ronja Ek⟧ 0:15
Förlåt, jag var hos ⟦Samir⟧ på lagret.

=== hand-mixed sv
LinkedIn-inlägg
⟦Malin Kull Johansson⟧ · 2:a
Stolt över mitt team! Tack ⟦Ahmed⟧, ⟦Julia⟧ och ⟦Kristian Bågh⟧ för en fantastisk lansering.
⟦Jonas Rydell⟧: Grattis ⟦Malin⟧! 👏
⟦Ewelina Sobczak⟧: Bra jobbat, ⟦Malin⟧ och teamet
⟦Heike Braun⟧: Herzlichen Glückwunsch aus Kiel, ⟦Malin⟧!

=== hand-mixed sv
SMS-tråd
hej kan du hämta ⟦elias⟧ kl 16? ⟦jakob⟧ är i Uppsala
ja ok. ska ⟦vilma⟧ också?
nej hon är hos mormor 😘

=== hand-mixed sv
Anslag, tvättstugan, Rosengård
Maskin 4 är trasig. Kontakta vaktmästare ⟦Ali⟧ på 070-222 33 44. Tack Fru ⟦Jönsson⟧ för blommorna! /Styrelsen

=== hand-mixed sv
WhatsApp, kören Stämbanden i Västerås
⟦britt⟧: glöm inte noterna till torsdag
⟦Kamal⟧: jag kan inte, ⟦henny⟧ tar mina
⟦britt⟧: ok ⟦kamal⟧. dirigenten ⟦Jesper Grahn⟧ säger att vi börjar med Taube-visan

=== hand-mixed sv
Julklappslek, Sälj & Marknad
⟦Lovisa⟧ → ⟦Ibrahim⟧
⟦Ibrahim⟧ → ⟦Gry Engqvist⟧
⟦Gry Engqvist⟧ → ⟦Tomas B⟧
⟦Tomas B⟧ → ⟦Lovisa⟧
Budget 100 kr. Tomtarna avslöjas på fredag. /HR

=== hand-biz sv
Organisationsschema, Ekonomi
Ekonomichef: ⟦Carl-Johan af Klint⟧
Controller: ⟦Aleksandra Nowak⟧ och ⟦Yonatan Cohen⟧
Lön: ⟦Faduma Warsame⟧, ⟦Gunilla Öberg⟧
Praktikant: ⟦Lucas Å. Persson⟧

=== hand-biz sv
Sv: Sv: Flytt av server
Hej alla, ⟦Bohdan⟧ och jag tar det på fredag kväll. ⟦Kerstin⟧, du behöver inte göra något.
/⟦Emil Thorsell⟧
> ⟦Kerstin Hvit⟧ skrev: Ska jag stanna, ⟦Emil⟧? Fråga annars ⟦Bohdan Melnyk⟧ på driften.

=== hand-biz sv
Fullmakt
Undertecknad ⟦Ingrid Mårtensson⟧ ger härmed min son ⟦Peder Mårtensson⟧ fullmakt att sköta mina bankärenden hos Handelsbanken. Bevittnas av ⟦Sven-Åke Kirk⟧ och ⟦Ayşe Yıldız⟧.

=== hand-mixed sv
Teams: Fikagruppen
⟦Hiba⟧: kan vi ha kanelbullar på torsdag?
⟦ulf⟧: fråga @⟦Greta Holm⟧ hon bestämmer 😅
⟦Greta Holm⟧: ja ⟦hiba⟧ det fixar vi! /GH

=== hand-mixed sv
SMS, padelligan omgång 3
⟦olle⟧/⟦micke⟧ - ⟦fatima⟧/⟦sandra⟧ 6-4 6-3
⟦Jan⟧ skriver: ⟦sören⟧ är sjuk, ⟦Yusuf⟧ hoppar in
banorna är bokade i ⟦Kristians⟧ namn

=== hand-mixed sv
Facebook, föräldrar i 3B
⟦Tina Broman⟧: Kan nån ta med ⟦Oskar⟧ hem från fotbollen? ⟦Jakob⟧ jobbar sent.
⟦Nadia Osmani⟧: ja, ⟦Adam⟧ och ⟦Oskar⟧ kan åka med oss 😊
"""
