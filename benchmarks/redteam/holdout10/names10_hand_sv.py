"""Hand-written Swedish name documents for hold-out v10 (``⟦Name⟧`` marks a PERSON span)."""

BANK = r"""
=== hand-news sv
Ny vd för Gävle Hamn
Styrelsen har utsett ⟦Cecilia Wrede af Elimä⟧ till ny vd. Hon kommer närmast från Stena Line och efterträder ⟦Roland Öst⟧, som går i pension. ”Vi får en erfaren ledare”, säger styrelseordförande ⟦Bertil Hök⟧. ⟦Wrede af Elimä⟧ tillträder i augusti.

=== hand-news sv
Brand på Drottninggatan
En lägenhet på Drottninggatan i Uppsala brann natten till lördag. Den boende, ⟦Arash Tehrani⟧, 38, räddades av grannen ⟦Malin Sjögren⟧. ”Jag hörde skrik”, berättar ⟦Malin⟧. Räddningstjänsten från Kungsgatan var på plats efter sju minuter.

=== hand-news sv
Hovrätten friar
Svea hovrätt friade i går den 47-årige åkaren ⟦Leif Ståhlberg⟧ från anklagelserna om bedrägeri mot Ståhlbergs Åkeri AB. Åklagare ⟦Jenny Almqvist⟧ överväger att överklaga. Försvarare var advokat ⟦Kemal Yıldırım⟧.

=== hand-news sv
Hockey: Brynäs vann derbyt
Brynäs slog Leksand med 4–2 inför fullsatt arena. ⟦Oskar Forsmark⟧ gjorde två mål och målvakten ⟦Elias Nyman⟧ räddade 31 skott. Leksands ⟦Jiří Novotný⟧ utvisades i tredje perioden.

=== hand-news sv
Kultur: Ny utställning på Bror Hjorths Hus
Konstnären ⟦Saga Lindblom-Rye⟧ visar 30 nya verk. Utställningen öppnas av museichefen ⟦Per-Anders Kalm⟧. Titeln ”Ljus över Fyrisån” är en blinkning till ⟦Bruno Liljefors⟧, men ⟦Lindblom-Rye⟧ målar stadens kvarter.

=== hand-news sv
Nystartat i Borås
Kocken ⟦Tran Thi Lan⟧ har öppnat restaurangen Lans Kök på Allégatan. Tillsammans med sonen ⟦Minh⟧ serverar hon bun cha. Kommunalrådet ⟦Ulf Olsson⟧ klippte bandet i fredags.

=== hand-news sv
Fartyget ”Selma Lagerlöf” i hamn
M/S Selma Lagerlöf lade till i Karlstad efter varvsvistelsen. Befälhavare ⟦Håkan Ridderstolpe⟧ säger att allt fungerar. På Öresundsvarvet var ⟦Dmytro Savchenko⟧ och ⟦Iryna Savchenko⟧ projektledare.

=== hand-news sv
Dödsfall
Förre rektorn ⟦Karl-Gustaf Bäckström⟧ har avlidit, 89 år. Han ledde Katedralskolan i Skara 1970–1999 och grundade stadens Alfvénkör. Han sörjs närmast av hustrun ⟦Gunvor⟧ och tre barn.

=== hand-news sv
Dom i hovrätten
Göta hovrätt fastställde i går domen mot ⟦Jimmie Karlberg⟧, 31, för rån mot Ica Maxi i Jönköping. Den medåtalade ⟦Hasan Doğan⟧ fick sitt straff sänkt. Rådmannen ⟦Ingela Rosén⟧ betonade erkännandet.

=== hand-news sv
Måndag kom stormen in över västkusten. Juni har varit den blötaste på 40 år, säger SMHI:s meteorolog ⟦Tomas Lindvall⟧. I Smögen fick hamnkaptenen ⟦Lena Wik⟧ stänga gästhamnen.

=== hand-news sv
Fotboll: Hammarby värvar
Hammarby har skrivit kontrakt med ytterbacken ⟦Samuel Owusu-Darko⟧ från Brøndby. Sportchefen ⟦Jesper Alm⟧ kallar honom ”snabb och modig”. ⟦Owusu-Darko⟧ kan debutera mot AIK.

=== hand-news sv
Ny rektor i Rosengård
Rosengårdsskolan har anställt ⟦Faduma Warsame Jama⟧ som rektor. Hon har varit biträdande rektor på Holmaskolan i tio år. Föräldrarådets ordförande ⟦Nils Grönvall⟧ välkomnar beslutet.

=== hand-news sv
Jubileum på Orrefors
Glasblåsaren ⟦Gun-Britt Tell⟧ firar 40 år på Orrefors. Hon har bland annat blåst serien Erik. Kollegerna firar henne på Grand Hotel på fredag.

=== hand-news sv
Trafikolycka på Sankt Eriksgatan
En cyklist skadades i korsningen Sankt Eriksgatan/Fleminggatan. Bilföraren, en 70-årig man från Täby, misstänks för vårdslöshet i trafik. Polisens presstalesperson ⟦Mats Eldh⟧ efterlyser vittnen.

=== hand-news sv
Kommunval i Kiruna
Kiruna Kommunlista fick 14 procent. Toppnamnet ⟦Rune Pirttijärvi⟧ vill ta plats i kommunstyrelsen, medan Socialdemokraternas ⟦Elsa Labba⟧ hoppas bli kommunalråd.

=== hand-biz sv
Hej ⟦Josefin⟧!

Tack för ett bra möte igår. Som vi sa skickar jag offerten på 30 Bruno Mathsson-fåtöljer till receptionen. ⟦Pontus⟧ på lagret kan leverera vecka 9.

Vänliga hälsningar
⟦Andreas Lindqvist⟧
Försäljningschef, Bröderna Lindqvists Möbler AB
Tel 031-711 20 40

=== hand-biz sv
Protokoll – styrelsemöte Brf Solrosen
Närvarande: ⟦Eva Hallberg⟧ (ordf.), ⟦Reza Moradi⟧, ⟦Kerstin Ås⟧, ⟦Viktor Sund⟧. Frånvarande: ⟦Małgorzata Zielińska⟧.
§ 1 Taket: ⟦Reza⟧ tar in tre offerter, bl.a. från Lars Larssons Plåtslageri.
§ 2 Gårdsfest: lördag 14 juni. ⟦Kerstin⟧ ansvarar för grillen.
Justeras: ⟦Viktor Sund⟧
Sekreterare: EH

=== hand-biz sv
Hej ⟦Abdirizak Farah⟧,

Vi bekräftar härmed din anställning som undersköterska från 1 september. Din handledare är ⟦Marita Selander⟧. Första dagen möter du upp på Olof Palmes gata 3 kl. 7.00.

Med vänlig hälsning
⟦Susanna Björk⟧
HR-specialist

=== hand-biz sv
FAKTURA 88-2091
Kund: Advokatfirman Lindahl & Ek KB
Att: ⟦Helena Ek⟧
1 st Ivar hylla   895,00
2 st Poäng fåtölj 2 598,00
Frågor om fakturan: ⟦Serkan Yıldız⟧, ekonomiavdelningen

=== hand-biz sv
HYRESAVTAL (utdrag)
Hyresvärd: FASTIGHETS AB BIRGER JARL, genom ⟦ANNIKA BLOM⟧
Hyresgäst: ⟦QUANG MINH DO⟧ och ⟦THU HA DO⟧
Lägenhet: Birger Jarlsgatan 41, 3 tr, 111 45 Stockholm
Hyran betalas till Handelsbanken. Tillträde: 1 april.

=== hand-biz sv
Hej alla,

Budgetmötet flyttas till onsdag. Dagordning:
- Läget från ⟦Kim⟧ och ⟦Moa⟧
- Ny leverantör (Fiskars-saxar)
- Övrigt
Glöm inte att ⟦Tuva⟧ fyller år, så det blir tårta.

/⟦Per-Olof⟧

=== hand-biz sv
Telefonlista – Kundtjänst Umeå
Ankn. 301 ⟦Marie Hedlund⟧
Ankn. 302 ⟦Karthik Subramanian⟧
Ankn. 303 ⟦Ewa Nowak⟧
Ankn. 304 Konferensrum ”Linné”
Ankn. 305 ⟦Sten Dag⟧

=== hand-biz sv
Hej ⟦Ulf⟧ och ⟦Margareta⟧,

Tack för er bokning av stugan i Sälen vecka 8. Nyckeln hämtas hos ⟦Britt⟧ på Skistar-kontoret vid torget. Trevlig semester!

Hälsningar
⟦Lovisa Tornberg⟧, Skistar Sälen

=== hand-biz sv
Hej ⟦Carl Johan⟧,

Jag skriver för ⟦Ann-Charlotte Wahlgren⟧ räkning, eftersom hon är sjuk. Hon bad mig skicka avtalet med Gunnar Ekmans Transport som ni pratade om. Skriv under på sidan 3.

Vänliga hälsningar
⟦Daniel Fors⟧, biträdande jurist

=== hand-biz sv
Inbjudan
Ledningen bjuder in till avtackning av ⟦Sven-Åke Rydell⟧ torsdag 11 december kl. 14 i matsalen, hus Celsius. Tal av ⟦Marie-Louise Kron⟧.

=== hand-biz sv
Orderbekräftelse nr 40212
Säljare: ⟦Felix Bergkvist⟧
Köpare: Konditori Elsas Bageri, genom ⟦Elsa Hultin⟧
3 kartonger Kalles Kaviar, 10 st Marabou Mjölkchoklad
Leverans: fredag

=== hand-biz sv
Hej ⟦Vilgot⟧,

Här kommer kallelsen till årsstämman. Mötesordförande: advokat ⟦Louise Hamrin⟧. Valberedningen föreslår omval av ⟦Murat Aydemir⟧ och nyval av ⟦Alva Berg⟧ från Borlänge.

Mvh kassör ⟦Lars-Göran Nilsson⟧

=== hand-biz sv
Schema vecka 15 – Kafé Hörnan
Måndag: ⟦Saga⟧, ⟦Hamza⟧
Tisdag: ⟦Saga⟧, ⟦Wiktor⟧
Onsdag: stängt (Påsk)
Torsdag: ⟦Mai⟧, ⟦Hamza⟧
Fredag: ⟦Wiktor⟧, ⟦Majken⟧
Ansvarig: ⟦Ola Strid⟧

=== hand-biz sv
Offert på städning
Till: HSB Brf Gustav Vasa
Att: förvaltare ⟦Johan Stiernhielm⟧
Vi erbjuder trappstädning varje vecka i uppgång A–F på Karlavägen. Kontaktperson hos oss: ⟦Natalia Wróbel⟧.
Med vänlig hälsning, Rent & Fint AB

=== hand-biz sv
Hej ⟦Bosse⟧!

Stort tack för hjälpen på mässan i Älvsjö. Jag har skickat en korg från Skånska Mejerier till dig och ⟦Lotta⟧. Hälsa ⟦Gunnel⟧ från Svenskt Tenn-montern.

Kram ⟦Rebecka Ahlin-Svärd⟧

=== hand-mixed sv
förnamn,efternamn,avdelning,rum
⟦Elin⟧,⟦Sandström⟧,Lön,2.14
⟦Mehdi⟧,⟦Jafari⟧,IT,1.03
⟦Joanna⟧,⟦Kaczmarek⟧,Inköp,2.20
⟦Pradeep⟧,⟦Ranganathan⟧,IT,1.03
Mötesrum,Anders Celsius,,3.01

=== hand-mixed sv
[13:41] ⟦tilda⟧: har nån sett ⟦jockes⟧ laddare
[13:42] ⟦amir⟧: nä
[13:42] ⟦tilda⟧: fredag är det fika hos ⟦lollo⟧ förresten
[13:44] ⟦Joakim S⟧: den ligger i Volvon 😅

=== hand-mixed sv
KVITTO
ICA Nära Tranås
Kassör: ⟦Robin⟧
Loka citron 1,5 l    19,90
Estrella chips       27,50
Felix ketchup        24,95
TOTALT               72,35
Tack för ditt besök!

=== hand-mixed sv
SKADEANMÄLAN
Skadelidande: ⟦Nilüfer Arslan⟧
Motpart: ⟦JAN-ERIK SÖDERHOLM⟧
Plats: Korsningen Karl XII:s gata / Kungsgatan
Vittne: ⟦Tove Brännström⟧, tel 070-412 88 03
Händelse: Motparten backade ut från parkeringen vid Coop Forum.

=== hand-mixed sv
| Namn | Roll | Start |
|---|---|---|
| ⟦Ann-Sofi Rask⟧ | Projektledare | Juni |
| ⟦Maksym Hrytsenko⟧ | Utvecklare | Augusti |
| ⟦Huong Vo⟧ | Testare | Maj |
| Slack | Verktyg | – |

=== hand-mixed sv
Skannat brev (OCR):
Bästa ⟦Gudrun Lindgr en⟧
Vi har tagit emot Er ansökan om
bostadsbidrag. Handläggare: ⟦Kar1n Björk⟧
Försäkringskassan, Box 1164, Gotland

=== hand-mixed sv
Deltagarlista – HLR-kurs 14/3
⟦Holmberg, Filip⟧
⟦Abdi, Ayaan⟧
⟦Wagner, Ute⟧
⟦Shevchenko, Oleh⟧
Instruktör: ⟦Birgitta Wall⟧ (Röda Korset)

=== hand-mixed sv
Lapp på kylskåpet:
Mamma – tandläkare tisdag
⟦Ella⟧ – scouterna onsdag
⟦Loke⟧ – ring farmor ⟦Stina⟧!!
Torsdag: ⟦Kent⟧ och ⟦Yvonne⟧ kommer på middag

=== hand-mixed sv
SMS från ⟦Micke⟧ (28/3 18:44):
Hej älskling, jag hämtar ⟦Nova⟧ hos ⟦Leila⟧ kl 7. Glöm inte att ⟦Vide⟧ ska ha gympakläder imorgon. Puss

=== hand-mixed sv
Kalender v. 22
Mån 10:00 Möte ⟦Stefan Ask⟧ (Länsförsäkringar)
Tis 13:00 Lunch ⟦Iben⟧
Ons Heldag: kurs på Svenskt Näringsliv
Tors 08:30 Tandläkare
Fre 15:00 AW

=== hand-mixed sv
Kommentar från webbformulär: hej jag heter ⟦hodan ali⟧ och ringde igår, pratade med nån som hette ⟦jonna⟧ men har inte hört nåt. ordernummer 77120

=== hand-mixed sv
Intervju, utskrift
INTERVJUARE: När började du på bruket?
⟦ASTRID⟧: 1979. Då var det ⟦Harald Wennberg⟧ som var disponent.
INTERVJUARE: Hur var han?
⟦ASTRID⟧: Sträng men rättvis. Han och ⟦Greta⟧ på kontoret styrde allt.

=== hand-mixed sv
Följesedel – PostNord
Mottagare: ⟦Pham Quoc Bao⟧
Adress: Ingrid Bergmans torg 2, 212 15 Malmö
Avsändare: IKEA Malmö
Innehåll: 1 st Hemnes byrå
Kvitterat av: ⟦K. Lundmark⟧

=== hand-mixed sv
Laguppställning – IFK Norrköping F16
1 ⟦Tyra Holm⟧ (MV)
4 ⟦Amina Said⟧
7 ⟦Sol Ekström⟧ (K)
9 ⟦Zuzanna Lewandowska⟧
10 ⟦Abena Owusu⟧
Tränare: ⟦Jonny Vik⟧ · Lagledare: ⟦Pia⟧
Match: lördag kl. 11, Himmelstalund

=== hand-mixed sv
Minnesbok – Sankt Olofs kyrka
”Tack för allt, käre ⟦Evert⟧. Du var en fin granne.” – ⟦Ruth⟧ och ⟦Arne Lindahl⟧
”Vi minns dig med värme.” – familjen ⟦Nguyen⟧
”Vila i frid.” – ⟦Shukri Aden⟧ med barnen

=== hand-news sv
Vägarbete på Birger Jarlsgatan och Valhallavägen från maj. Augusti blir värst, meddelar Trafikverket, och bussarna leds om via Karlavägen. Ålandsfärjan M/S Viking Grace gör extra turer till midsommar.

=== hand-mixed sv
ÖPPETTIDER
Måndag–fredag 10–18
Lördag 10–15
Juli: stängt
Adress: Gustav Adolfs torg 8, Göteborg
Vi säljer Orrefors, Kosta Boda, Svenskt Tenn och Josef Frank-tyger.

=== hand-news sv
Orientering: Guld till Sol och Storm
Vid SM i orientering i Falun vann ⟦Sol Hedenius⟧ damklassen och ⟦Storm Ahlqvist⟧ herrklassen. ”⟦Sol⟧ var klart bäst i skogen”, sade förbundskaptenen ⟦Eija Koskinen⟧. Sol och värme hela helgen gjorde banorna snabba. ⟦Ahlqvists⟧ mellantider var rekord, och ⟦Mahalingam Sivarajah⟧ tog brons.

=== hand-news sv
Ukrainsk sjuksköterska får legitimation
⟦Tetiana Oleksandrivna Boiko⟧, 39, har fått svensk legitimation och börjar på Sunderby sjukhus. Hon kom till Luleå med sin son ⟦Artem⟧ 2022. Avdelningschefen ⟦Ebba von Rehnstedt⟧ kallar henne ”en tillgång”. Fredag blir det fika på avdelningen.

=== hand-biz sv
SAMARBETSAVTAL
mellan
BEIJER BYGGMATERIAL, UMEÅ (”Leverantören”) genom försäljningschef ⟦KRISTINA HOLMGREN⟧
och
⟦YUSUF MOHAMED HIRSI⟧, ägare av Hirsi Bygg AB (”Kunden”)
§ 1 Avtalet gäller från 1 februari.
Underskrifter: ⟦Kristina Holmgren⟧ ⟦Yusuf Mohamed Hirsi⟧

=== hand-biz sv
Hej ⟦Ask⟧,

Per den 1 april tar ⟦Clara af Klercker⟧ över dina kunder i Halland, och du får Skåne. Bor du kvar i Falkenberg? Det passar ju bra. ⟦Clara⟧ ringer dig nästa vecka. Per capita är Halland vårt bästa län.

Hälsningar ⟦Margit Ehn⟧

=== hand-mixed sv
WhatsApp-export ”Släkten 🎄”
2024-12-24 14:03 - Faster ⟦Gunilla⟧: God jul allihop!!
2024-12-24 14:05 - ⟦Nils-Erik⟧: detsamma ⟦Gunilla⟧ 🎅
2024-12-24 14:07 - ⟦Liv⟧: vem fixar risgrynsgröten?
2024-12-24 14:09 - Faster ⟦Gunilla⟧: det gör ⟦Karl-Johan⟧ och ⟦Liv⟧ 😉

=== hand-mixed sv
SKANNAD TRÄNARLISTA (OCR)
Lag    Tränare            Tid
P9     ⟦A. Wikström⟧        Mån 16.30
F11    ⟦L-G Nordqvist⟧      Tis 17.00
P13    ⟦Vijayakumar R.⟧     Tor 17.30
Herr   ⟦Sigge Frost⟧        Fre 19.00
Lokal: Hall 2, Gustav Vasa-hallen

=== hand-biz sv
Prislista – Snickare Ove Löfgren AB
Skåplucka, ek          1 450 kr
Ekornes-fåtölj, renovering   3 900 kr
Lagning av Carl Malmsten-stol   från 800 kr
Kontakt: ⟦Ove Löfgren⟧ eller arbetsledare ⟦Siri Dahlén⟧

=== hand-mixed sv
Överklagan av parkeringsbot (ifyllt formulär)
Namn: ⟦amal yousef⟧
Reg.nr: ABC 123
Plats: Selma Lagerlöfs väg, Sundbyberg
Motivering: jag stod bara still för att hämta min son ⟦Adam⟧ vid Ängskolan. min man ⟦Karim⟧ kan intyga det
"""
