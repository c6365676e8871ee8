"""Hand-written Swedish documents for names.jsonl: every PERSON span marked ⟦...⟧ (rule in the README)."""

TEXT = r"""
=== hand-news sv
Ny ordförande i Företagarna Östersund
⟦Linnea Sjöholm⟧, som driver klädbutiken Vide & Vän på Storgatan, har valts till ny ordförande. Hon efterträder ⟦Göran Ask⟧ som suttit i nio år. - Vi måste få fler att handla i centrum, säger ⟦Sjöholm⟧.
=== hand-news sv
Brevbärare räddade kvinna i Sandviken
När brevbäraren ⟦Ahmad Rezaei⟧ i tisdags kom till ett hus på Lingonstigen såg han en äldre kvinna ligga i trädgården. - Jag ringde 112 och stannade hos henne, säger ⟦Rezaei⟧. Kvinnans son, ⟦Tommy Vik⟧, är mycket tacksam.
=== hand-news sv
Tingsrätten: Bilhandlare döms för bedrägeri
En 51-årig bilhandlare från Borås döms till fängelse i tio månader. Åklagare ⟦Sara Dag⟧ hade yrkat ett år. Försvarare ⟦Henrik Lönn⟧ säger att domen sannolikt överklagas. Rådman ⟦Eva Strand⟧ skriver att bedrägerierna var systematiska.
=== hand-news sv
Sport: Derbyseger för Gefle
⟦Love Sten⟧ gjorde två mål när Gefle vann mot Brynäs-alliansen med 3-1. Målvakten ⟦Dag Falk⟧ räddade en straff. Tränaren ⟦Stig Berg⟧ var nöjd: - ⟦Love⟧ är i sitt livs form, sa ⟦Berg⟧.
=== hand-news sv
Val: Ny toppkandidat för Vänsterpartiet i Umeå
⟦Saga Lindkvist⟧ tar över som toppnamn efter ⟦Per-Erik Holm⟧, som lämnar politiken. ⟦Lindkvist⟧ är 31 år och barnmorska. Partiets lokala ordförande ⟦Yasmin Haddad⟧ säger att hon är "ett självklart val".
=== hand-news sv
Minnesord
⟦Ingegerd Sol Berglund⟧, Visby, har avlidit i en ålder av 93 år. Hon var under fyrtio år lärare på Säveskolan och kallades av eleverna "fröken ⟦Berglund⟧". Hon sörjs närmast av sönerna ⟦Ulf⟧ och ⟦Mats⟧ med familjer. ⟦Ingegerds⟧ make ⟦Harry⟧ gick bort 2009.
=== hand-news sv
Kultur: Ny bok om ⟦Carl Larssons⟧ Sundborn
Konstvetaren ⟦Elin Nord⟧ har skrivit boken "Trädgården i Sundborn" om Carl Larsson-gårdens historia från ⟦Karin Larssons⟧ tid fram till i dag. Förord av ⟦Lars Ek⟧.
=== hand-news sv
Näringsliv: Uppsalaföretag köps av danskar
IT-bolaget Fyris Data AB säljs till danska Netcompany. Grundarna ⟦Jakob Palm⟧ och ⟦Vera Strand⟧ blir kvar i ledningen. - Vi har sagt nej förut, men nu kändes det rätt, säger ⟦Palm⟧.
=== hand-news sv
Polisen: Inbrott på Sten Sturegatan
Polisen söker vittnen till ett inbrott i en frisersalong på Sten Sturegatan i Göteborg natten till onsdag. Stationsbefäl ⟦Maria Sund⟧ säger att kassan och två hårtorkar stals.
=== hand-news sv
Almedalen: Ministern buades ut
Arbetsmarknadsminister ⟦Johan Persdotter⟧ möttes av protester från Kommunal när han talade i Almedalen. Ordföranden i Kommunal Gotland, ⟦Annika Hejdström⟧, överlämnade en namninsamling. ⟦Persdotter⟧ lovade att titta på frågan.
=== hand-news sv
Lokalt: Konditori stänger efter 70 år
Konditoriet vid torget i Hjo stänger vid årsskiftet. Konditor ⟦Bertil Ek⟧ går i pension. - Min farfar, ⟦Oskar Ek⟧, öppnade 1955, berättar ⟦Bertil⟧. Sista semlan säljs den 30 december.
=== hand-news sv
Vindkraftsbråk delar byn
Invånarna i Åsele är oense om sex nya vindkraftverk. ⟦Siv Granlund⟧, som bor 900 meter bort, oroar sig för buller. Grannen ⟦Kjell Lund⟧ har skrivit avtal med bolaget. Kommunalrådet ⟦Mona Sundin⟧ vill ta upp frågan i nämnden.
=== hand-news sv
Fotboll: Värvningar klara
Hammarby har värvat den brasilianske anfallaren ⟦Rafinhão⟧ och mittfältaren ⟦Nahom Tesfaye⟧. Sportchefen ⟦Mats Åkerlund⟧ kallar dem "två spännande spelare". ⟦Rafinhãos⟧ kontrakt sträcker sig till 2029.
=== hand-news sv
Rättegång: ⟦Leila Karimi⟧ frias
Den 47-åriga ⟦Leila Karimi⟧ från Rinkeby friades på torsdagen från anklagelsen om bidragsbrott. Hennes advokat, ⟦Claes Björn⟧, kallar åtalet "obegripligt". Kammaråklagare ⟦Jenny Vinter⟧ överväger att överklaga.
=== hand-news sv
Födelsedagar
50 år: Rektor ⟦Fredrik Hav⟧, Ludvika, fyller 50 den 3 december.
60 år: Tandläkare ⟦Gunilla Rask Öhman⟧, Säffle.
70 år: F.d. kommunalrådet ⟦Rune Ljung⟧, Mora, firar med familjen.
=== hand-news sv
Ukrainsk familj har rotat sig i Ljusdal
När ⟦Olena Bondarenko⟧ och sonen ⟦Maksym⟧ kom till Ljusdal 2022 kände de ingen. I dag jobbar ⟦Olena⟧ i hemtjänsten och ⟦Maksym⟧ spelar bandy. - ⟦Karin⟧ på kommunen hjälpte oss med allt, säger ⟦Bondarenko⟧.
=== hand-webshop sv
Hej ⟦Malin⟧!
Tack för ditt mejl. Min kollega ⟦Robin⟧ på lagret har hittat din retur. Pengarna är tillbaka på kontot senast fredag.
Vänliga hälsningar
⟦Elin Björk⟧, kundtjänst Hemfint
=== hand-webshop sv
Svar på recension (Prisjakt):
Hej ⟦Bosse⟧! Vi beklagar förseningen och har skickat en ny vara. Hälsningar ⟦Kicki⟧ på kundservice
=== hand-retail sv
Schema vecka 49 - ICA Kvantum
Mån: ⟦Sol⟧ (öppnar), ⟦Ebba⟧, ⟦Ali⟧
Tis: ⟦Dag⟧, ⟦Vide⟧
Ons: ⟦Mio⟧, ⟦Ebba⟧ (stänger)
Byte: ⟦Ali⟧ och ⟦Mio⟧ byter torsdag. Frågor till ⟦Gunnel⟧.
=== hand-shipping sv
Överlämning nattskiftet, terminalen i Rosersberg
⟦Kenta⟧ sjukanmäld, ⟦Piotr⟧ tog linje 7. Bilen från Malmö kom 03:10 - chauffören ⟦Andrzej Wójcik⟧ saknade fraktsedlar. Skiftledare ⟦Stefan⟧ ringde till trafikledaren ⟦Lotta Berg⟧.
=== hand-housing sv
Välkommen till trappuppgång 3!
Vi hälsar ⟦Amina⟧ och ⟦Yonas Haile⟧ välkomna till lgh 1302. Samtidigt tar vi farväl av ⟦Märta Lind⟧, som flyttar till Solgården efter 48 år. ⟦Märta⟧ har skött våra blomlådor i alla år!
Styrelsen genom ⟦Rolf Ekdahl⟧
=== hand-housing sv
Protokoll, styrelsemöte Brf Tornet 3
Närvarande: ⟦Rolf Ekdahl⟧ (ordf.), ⟦Pia Sten⟧, ⟦Emir Hodžić⟧, ⟦Lena Strand⟧. Förhinder: ⟦Bo⟧.
§1 ⟦Pia⟧ rapporterade om tvättstugan. §2 ⟦Emir⟧ kontaktar Lindbergs Bygg om stupröret. §3 Nästa möte hos ⟦Lena⟧.
=== hand-realestate sv
Hej ⟦Therese⟧ och ⟦Mikael⟧!
Tack för visningen. Säljarna, ⟦Gösta⟧ och ⟦Ulla Bergkvist⟧, är flexibla med tillträdet. Hör av er!
Hälsningar ⟦Sara Wennberg⟧, Fastighetsbyrån
=== hand-charity sv
Volontärer julinsamlingen 2026
Packning lördag: ⟦Inga⟧, ⟦Sven⟧, ⟦Abdullahi⟧, ⟦Linnéa Brandt⟧
Utdelning söndag: ⟦Pia Holm⟧, ⟦Mustafa⟧, ⟦Britt⟧
Samordnare: ⟦Kajsa Lindahl⟧
=== hand-charity sv
Tack till familjen ⟦Sjöberg⟧ för gåvan och till Bröderna Lindqvist Åkeri AB för transporten. Tack också ⟦Karl-Erik Nyström⟧ som bakade 300 lussekatter.
=== hand-sports sv
Protokoll, årsmöte Bouleklubben Kulan
Mötesordförande: ⟦Sven-Åke Frost⟧. Verksamhetsberättelsen lästes av ⟦Gunnel Bonde⟧. ⟦Bondes⟧ berättelse godkändes. Kassören ⟦Olle Vik⟧ redovisade. Valda: ⟦Lisa Ravn⟧ och ⟦Arne Hed⟧.
=== hand-sports sv
Laguppställning P15, söndag mot Sirius
Mål: ⟦Melker⟧
Back: ⟦Vidar⟧, ⟦Noel A.⟧, ⟦Elton⟧, ⟦Abdi⟧
Mittfält: ⟦Ture⟧, ⟦Sixten⟧, ⟦Otto⟧
Anfall: ⟦Ivar⟧, ⟦Colin⟧, ⟦Zakaria⟧
Samling 9.15. Skjuts: ⟦Vidars⟧ pappa och ⟦Eltons⟧ mamma.
=== hand-sports sv
Årets eldsjäl i Upplands Idrottsförbund
Priset gick till ⟦Hanna Sten⟧ i Alunda Gymnastik, som tränat barngrupper i 25 år. Motiveringen lästes av ⟦Kristoffer Lund⟧.
=== hand-recruit sv
Kandidatlista - Projektledare, Örebro
1. ⟦Aleksandra Kowalska⟧ - andra intervju tisdag
2. ⟦Daniel Wikström⟧ - väntar på referens från ⟦Pernilla Sund⟧
3. ⟦Viktor Hed⟧ - drog sig ur
4. ⟦Siobhán Murphy⟧ - första intervju
Ansvariga: ⟦Sanna⟧ (HR) och ⟦Johan⟧ (chef)
=== hand-recruit sv
Hej ⟦Daniel⟧!
Tack för ett bra samtal. Vi vill gärna erbjuda dig tjänsten. ⟦Johan Falk⟧ ringer dig i morgon om detaljerna.
Vänliga hälsningar
⟦Sanna Åberg⟧, HR
=== hand-telecom sv
Ärende 4471 - Portering
Kund: ⟦Gustav Ekström⟧. ⟦Gustav⟧ säger att hans dotter ⟦Alva⟧ använder numret. Fullmakt mottagen. Handläggare: ⟦Nils⟧.
=== hand-utility sv
Hej ⟦Lena⟧!
Vi har hittat din betalning. Den låg på ⟦Stig Holmgrens⟧ kundnummer - ert hushåll har två. Vi har flyttat beloppet.
Vänliga hälsningar ⟦Ulrika Dahl⟧, kundservice
=== hand-travel sv
Reseledarrapport, Rhodos v. 42
Alla 41 resenärer kom hem. ⟦Carl Eriksson⟧ tappade passet i Lindos - ⟦Sofia⟧ (hans fru) fixade provisoriskt pass. Tack till chauffören ⟦Nikos⟧. Reseledare: ⟦Malin Rosén⟧.
=== hand-immigration sv
Anteckning - möte på Arbetsförmedlingen
Sökande: ⟦Tesfaye Gebremedhin⟧. Tolk: ⟦Hodan Warsame⟧. ⟦Tesfaye⟧ vill praktisera som svetsare. Handläggare ⟦Lina Bergman⟧ återkommer till ⟦Gebremedhin⟧ om två veckor.
=== hand-research sv
Forskningsplan, sida 1
Huvudansvarig forskare: docent ⟦Anna-Karin Löf⟧, Karolinska Institutet
Handledare: professor ⟦Bengt Ahlqvist⟧
Datahanterare: ⟦Jonas Wirén⟧
Forskningssjuksköterska: ⟦Tuva Holm⟧
=== hand-press sv
PRESSMEDDELANDE
Tandvården i Kalmar växer
Kliniken har anställt tandläkaren ⟦Ayşe Yılmaz⟧ och tandsköterskan ⟦Vilja Sand⟧. - Köerna har varit långa, säger klinikchefen ⟦Per Rosengren⟧. Presskontakt: ⟦Per Rosengren⟧, 0480-12 34 56.
=== hand-election sv
Valsedel, Centerpartiet, Kommunfullmäktige Ånge
1. ⟦Sixten Lund⟧, lantbrukare
2. ⟦Maja Ek⟧, sjuksköterska
3. ⟦Hussein Ali⟧, företagare
4. ⟦Britt-Marie Andersson⟧, pensionär
=== hand-election sv
Valvakan i Örnsköldsvik
Socialdemokraten ⟦Glenn Norrman⟧ fortsätter som kommunstyrelsens ordförande. Moderaternas ⟦Anna-Lena Edholm⟧ blev näst störst. - Tack till alla väljare, sa ⟦Norrman⟧ från scenen.
=== hand-cars sv
Verkstadsanteckning
Bilen (Volvo V60) ägs av ⟦Gösta Lind⟧ men hämtas av sonen ⟦Rasmus⟧. Mekanikern ⟦Tobbe⟧ bytte kamrem. ⟦Tobbes⟧ anteckning: bromsarna ska ses över i vår.
=== hand-library sv
Författarbesök!
Träffa ⟦Åsa Lindquist-Bengtsson⟧ på Stadsbiblioteket torsdag kl. 18. Samtalet leds av bibliotekarien ⟦Pia Skog⟧. Biljetter i informationsdisken. Hennes nya deckare utspelar sig i Hudiksvall.
=== hand-kindergarten sv
Veckobrev från Blå avdelningen
I veckan har vi byggt kojor. ⟦Alma⟧ och ⟦Charlie⟧ byggde den största. ⟦Ellen⟧ har fyllt år - grattis! Vi säger hej då till ⟦Pernilla⟧ (förskollärare) som börjar på Gul. Ny kontaktperson blir ⟦Hassan⟧.
Hälsningar ⟦Tove⟧, ⟦Hassan⟧ och ⟦Pernilla⟧
=== hand-driving sv
Trafikskolan Direkt
Godkänd teori: ⟦Noel Åkesson⟧, ⟦Freja Kamp⟧, ⟦Liv Sommar⟧
Uppkörning nästa vecka: ⟦Måns Dahl⟧ (lärare: ⟦Per Kjellberg⟧)
Kom ihåg att ⟦Freja⟧ ska boka riskettan.
=== hand-blood sv
Stort tack till ⟦Erik Bonde⟧ som i dag lämnade blod för hundrade gången! Personalet, ⟦Lena⟧ och ⟦Tobias⟧, bjöd på tårta.
=== hand-pension sv
Hej ⟦Barbro Lindahl⟧!
Tack för ditt samtal. Din rådgivare ⟦Mikael Ullman⟧ kontaktar dig nästa vecka.
Vänliga hälsningar, AMF
=== hand-union sv
Fackbladet IF Metall Skaraborg
Ny klubbordförande på Volvo Skövde: ⟦Mirza Begić⟧. Han efterträder ⟦Roger Håkansson⟧. Avdelningens ordförande ⟦Åsa Lund⟧ tackar ⟦Roger⟧ för 20 år.
=== hand-studenthousing sv
Korridormöte, Delphi 4
Närvarande: ⟦Amanda⟧, ⟦Wen⟧, ⟦Jonatan⟧, ⟦Aziz⟧, ⟦Ebba⟧. ⟦Wen Li⟧ valdes till kassör. ⟦Jonatans⟧ förslag om städschema antogs.
=== hand-whatsapp sv
[2026-11-04 17:02] Mamma: glöm inte att ringa farmor
[2026-11-04 17:05] ⟦Nils⟧: jaja efter träningen
[2026-11-04 17:06] Mamma: och hälsa ⟦Oskar⟧
=== hand-whatsapp sv
[2026-11-12 08:00] ⟦Micke⟧ Löpargruppen: Löpning kl 18 från Hagaparken!
[2026-11-12 08:11] ⟦Kajsa⟧: jag kommer, tar med ⟦Sten⟧
[2026-11-12 08:12] ⟦Dag Sand⟧: 👍
[2026-11-12 08:15] ⟦Kajsa⟧: @⟦Dag Sand⟧ har du ⟦Lisas⟧ vattenflaska?
=== hand-outlook sv
Möte: Överlämning kund Bageri Solrosen
Deltagare: ⟦Lisa Kvist⟧, ⟦Bo Ring⟧, ⟦Mikael Vit⟧
Anteckningar: ⟦Mohammed Nasser⟧ går i pension och svärsonen ⟦Karim Haddad⟧ tar över. Kontakta ⟦Karim⟧ direkt.
=== hand-spreadsheet sv
	A	B	C
1	Förnamn	Efternamn	Avdelning
2	⟦Sten⟧	⟦Lönn⟧	Lager
3	⟦Saga⟧	⟦Ek⟧	Sälj
4	⟦Per⟧	⟦Vinter⟧	Lager
5	⟦Nguyen⟧	⟦Thi Hoa⟧	IT
=== hand-fax sv
FAX
TILL: Advokat ⟦Magnus Hallin⟧
FRÅN: ⟦Kerstin Ravn⟧, Tingsrätten
Ang.: Dödsbo efter ⟦Elsa Maria Gran⟧. Dödsbodelägaren ⟦Bengt Gran⟧ har undertecknat.
=== hand-minutes sv
Protokoll, styrgruppsmöte
Närvarande: ⟦Hans-Olof Rydh⟧ (HOR), ⟦Marie Sommar⟧ (MS), ⟦Chukwuemeka Obi⟧ (CO)
Sekreterare: ⟦Sommar⟧
§1 ⟦Rydh⟧ informerade om budgeten. §2 ⟦Chukwuemeka⟧ visade prototypen.
=== hand-jira sv
[WEB-77] Fel namn på kvitto
Kunden ⟦Sören Beck⟧ får kvitton med "⟦Sören Bäck⟧". Reporter: ⟦Katja Wulff⟧. Tilldelad: ⟦Mattias⟧.
Kommentar från ⟦Mattias⟧: fixat i CRM.
=== hand-csv sv
namn;epost;telefon;roll
⟦Lisa Holm⟧;lisa.holm@example.se;070-123 45 67;ordförande
⟦Vilgot Ask⟧;vilgot@example.se;073-222 33 44;kassör
⟦Maja Björk Strand⟧;mbs@example.se;076-313 13 13;sekreterare
=== hand-vcard sv
BEGIN:VCARD
VERSION:3.0
N:⟦Nyberg⟧;⟦Ronja⟧;;;
FN:⟦Ronja Nyberg⟧
ORG:Nybergs Måleri AB
EMAIL:ronja@example.se
END:VCARD
=== hand-ldif sv
dn: uid=sbergq,ou=people,dc=example,dc=se
cn: ⟦Sune Bergqvist⟧
givenName: ⟦Sune⟧
sn: ⟦Bergqvist⟧
mail: sbergq@example.se
title: Lagerchef
=== hand-caps sv
LÖNEBESKED NOVEMBER 2026
ANSTÄLLD: ⟦LUNDGREN, ANNA-KARIN⟧
AVDELNING: LAGER
UTBETALT: 29 312,00
ATTESTERAT AV: ⟦GÖRAN SKOG⟧
=== hand-mail sv
-----Vidarebefordrat meddelande-----
Från: ⟦Hanna Wiklund⟧ <hanna.wiklund@example.se>
Till: ⟦Bo Rapp⟧ <bo@example.se>
Ämne: Flytta mötet

Hej ⟦Bo⟧, kan vi ta det på torsdag i stället? ⟦Jan-Olof⟧ är sjuk. /⟦Hanna⟧
=== hand-traps sv
Kom ihåg: Vi bor på Hotel Birger Jarl och äter på Restaurang Strindberg. Mötet är i rummet "Selma Lagerlöf". Taxi via Taxi Kurir. Vi flyger från Göteborg Landvetter. Hälsningar ⟦Per⟧
=== hand-traps sv
Bo i Sverige: så hittar du bostad. Per den 1 januari höjs hyran. Sol och bad i Båstad. Storm i Bottenviken. Vi ses i Ek kl. 10.
=== hand-traps sv
Stormen Gudrun drabbade Småland 2005. Nu varnar SMHI för lågtrycket Ivar. Räddningschefen ⟦Lars Hägg⟧ uppmanar alla att stanna hemma.
"""
