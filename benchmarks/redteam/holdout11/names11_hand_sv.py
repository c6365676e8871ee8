"""Hand-written Swedish name documents of hold-out v11 (``⟦Name⟧`` marks a PERSON span, see ``cats11_markup.py``).
Families: ``hand-news``, ``hand-biz`` (mail, minutes, contracts, invoices) and ``hand-mixed`` (chat, forms,
tables, CSV, OCR)."""

BANK = """
=== hand-news sv
Samisk slöjdare prisas
⟦Máret Ánne Sara-Labba⟧ från Jokkmokk får årets slöjdpris. ⟦Sara-Labba⟧ delar priset med silversmeden ⟦Nils-Henrik Pavval⟧. Priset delas ut i Ájtte museum på lördag.

=== hand-news sv
Ny överläkare i Borås
Södra Älvsborgs sjukhus har anställt ⟦Abirami Thevarajah⟧ som överläkare i njurmedicin. Hon kommer från Lund, där hon forskade med professor ⟦Gunnar Ekdahl-Berg⟧. Kliniken ligger i hus Linné.

=== hand-news sv
Bosnisk bagare öppnar i Rosengård
⟦Edin Mujanović⟧ och hans fru ⟦Lejla⟧ öppnar på lördag Edins Bageri på Ramels väg. ”Vi bakar burek som min mormor gjorde”, säger ⟦Edin Mujanović⟧.

=== hand-news sv
Dom i mål om bidragsfusk
Södertörns tingsrätt dömde på tisdagen ⟦Patrik J. Hellström⟧, 44, till åtta månaders fängelse. Åklagaren ⟦Susanne Wide⟧ hade yrkat ett år. Försvararen ⟦Rami Haddad-Saliba⟧ överklagar.

=== hand-news sv
Thairestaurang firar 20 år
När ⟦Sunee Johansson⟧ öppnade Thai Garden på Karl Johansgatan stod hon ensam i köket. I dag har ⟦Sunees⟧ dotter ⟦Fon⟧ tagit över. ⟦Johansson⟧ kommer fortfarande varje fredag.

=== hand-news sv
Konsert i Engelbrektskyrkan
Organisten ⟦Britt-Inger Sandahl⟧ spelar orgelmusik från barocken på söndag klockan 16. Biljetter säljs i Stadsmissionens butik på Götgatan.

=== hand-news sv
Somalisk förening har ny ordförande
⟦Ubah Mohamud Jimale⟧ har valts till ordförande i Somaliska kulturföreningen i Eskilstuna. Hon efterträder ⟦Abdirahman ”Gaab” Hirsi⟧ som suttit i tio år. Vice ordförande blev ⟦Sagal Cumar⟧.

=== hand-news sv
Färjan i trafik igen
M/S Gustav Vasa går i trafik igen från måndag. Kaptenen ⟦Lars-Erik Sjöholm⟧ säger att varvet i Landskrona är klart. Resenärer ska vara på plats 30 minuter före avgång.

=== hand-news sv
Polsk hantverkare prisad
Årets hantverkarpris gick till snickaren ⟦Krzysztof Zieliński-Berg⟧. Priset delades ut av kommunstyrelsens ordförande ⟦Helena Fors Alm⟧ i stadshuset. ⟦Zieliński-Bergs⟧ firma har tolv anställda.

=== hand-news sv
Finländsk kock vinner tävling
⟦Riikka Nieminen⟧ på restaurang Sjöstugan vann Årets kock. Tvåa blev ⟦Axel Ström⟧, medan ⟦Kugan Vijayakumar⟧ fick publikens pris. Restaurangen har Bruno Mathsson-stolar i hela matsalen.

=== hand-news sv
Vädret
Storm och regn drar in över Bohuslän i kväll. Meteorologen ⟦Sol Bergqvist⟧ väntar vindbyar av stormstyrka vid Smögen. Sol och värme kommer tillbaka först på lördag.

=== hand-news sv
Minnesord
⟦Karl-Gustav Öberg⟧, tidigare rektor på Tegnérskolan, har avlidit, 91 år. Han sörjs av hustrun ⟦Margit⟧ och tre barn. ⟦K-G Öberg⟧ var i 30 år tränare i IK Sirius.

=== hand-news sv
Utställning på Bror Hjorths Hus
⟦Inga-Maj Blind⟧ ställer ut bilder från Karesuando. Utställningen har curerats av ⟦Vendela af Ugglas⟧ och öppnar på fredag.

=== hand-news sv
Innebandy
Storvreta vann med 7-5 mot Falun. ⟦Hampus Lindqvist-Öhrn⟧ gjorde fyra mål, och målvakten ⟦Arash Moradi⟧ räddade 23 skott. Tränaren ⟦Peter Ek⟧ berömde försvaret.

=== hand-news sv
Trafik
Vägarbetet på Drottning Kristinas väg pågår till maj. Kommunen ber bilister att köra via Birger Jarlsgatan. Ingen omledning finns för cyklister.

=== hand-news sv
Ny kyrkoherde i Kiruna
⟦Anna-Karin Vuolab⟧ installeras som kyrkoherde i Kiruna församling den 7 september. Kontraktsprosten ⟦Olof Rönnbäck⟧ leder installationen.

=== hand-news sv
Företagare från Syrien
Efter tio år som busschaufför startade ⟦Bashar Al-Hamwi⟧ eget åkeri, Hamwi Frakt AB. Företaget kör nu för ICA. ”Min bror ⟦Nizar⟧ sköter kontoret”, säger ⟦Bashar⟧.

=== hand-news sv
Schack
⟦Pema Lhamo⟧ vann stadsturneringen före ⟦Viggo Falk⟧ och ⟦Hoa Tran⟧. Turneringen spelades i Gustav Adolfsalen.

=== hand-biz sv
Vidarebefordrat meddelande
Från: ⟦Jessica Holm Wikström⟧ <jessica.hw@norrbygg.se>
Ämne: Offert på tak
Hej ⟦Mattias⟧
Här kommer offerten. Ring ⟦Sten⟧ på lagret om ni vill titta på takpannorna.
Mvh ⟦Jessica⟧

=== hand-biz sv
Protokoll från styrelsemöte i Brf Solrosen
Närvarande: ⟦Agnieszka Lewandowska⟧ (ordförande), ⟦Per-Ola Hägg⟧, ⟦Zeynep Arslan⟧, ⟦Rune Fält⟧
Frånvarande: ⟦Ingrid Sjöö⟧
§ 1 ⟦Lewandowska⟧ informerade om takbytet.
Sekreterare: PH

=== hand-biz sv
Faktura 88120
Att: ⟦Ove Lindh⟧, ekonomiavdelningen
Leverans av 30 st Poäng-fåtöljer och 10 st Lamino-stolar.
Säljare: ⟦Cecilia Wahlberg-Ruiz⟧

=== hand-biz sv
HYRESAVTAL
Hyresvärd: ⟦BENGT-ÅKE NORDSTRÖM⟧, Olof Palmes gata 22, 111 37 Stockholm
Hyresgäst: ⟦NAPAPORN SUKSAI⟧
Lägenheten tillträds den 1 augusti. Deposition betalas till hyresvärdens konto.

=== hand-biz sv
Hej ⟦Fredrik⟧ och ⟦Nilla⟧
Tack för ett bra möte i går. ⟦Nilla Tuorda⟧ skickar ritningarna när ⟦Hugo⟧ på Sweco har godkänt dem.
Vänliga hälsningar
⟦Malin Ask Granström⟧
Projektledare | Granström Arkitekter AB
Mobil 070-214 87 03

=== hand-biz sv
Anställningsbevis
Hej ⟦Emina Softić⟧
Vi bekräftar härmed din anställning som löneadministratör från 1 mars. Din närmaste chef är ⟦Joel Björkman⟧.
Vänliga hälsningar
⟦Lotta Frid⟧, HR

=== hand-biz sv
Mötesplan vecka 14
Måndag: ⟦Kim⟧ och ⟦Elif⟧ – kundbesök hos Svenskt Tenn
Tisdag: Säljmöte i rummet ”Celsius”
Onsdag: ⟦Elif Yıldız⟧ på kurs
Fredag: Stängt

=== hand-biz sv
Hej ⟦Gunilla⟧
På uppdrag av ⟦Hans Bergström⟧ vill jag tacka för samarbetet. ⟦Hans⟧ uppgifter tas över av ⟦Nora Lind⟧ från 1 juni.
Vänliga hälsningar
⟦Eva M. Strand⟧, vd-assistent

=== hand-biz sv
Orderbekräftelse
Kund: Hotell Gustaf Fröding, Karlstad
Kontaktperson: ⟦Siv Orre⟧
3 st Josef Frank-soffor, 8 st Carl Malmsten-stolar
Levereras av ⟦Janne⟧ från Anderssons Flytt.

=== hand-biz sv
Kallelse till årsmöte i Roddklubben Njord
Mötesordförande: ⟦Sven-Erik Hörnqvist⟧
Valberedningen föreslår omval av ⟦Annelie Qvarnström⟧ och nyval av ⟦Mattias Kallio-Berg⟧.
Mötet hålls i Ellen Keys sal.

=== hand-biz sv
Anteckningar från telefonmöte
⟦G. Sandström⟧ (Handelsbanken) och ⟦A-L Björk⟧ (Swedbank) deltog. Överenskommet att ⟦Björk⟧ skickar utkast före fredag.

=== hand-biz sv
Hej Lasses Städservice
Vi vill gärna ha en offert på fönsterputs. Fråga efter ⟦Pham Thi Mai⟧ i receptionen.
Mvh ⟦Gösta⟧

=== hand-biz sv
Tack för i dag!
Det var roligt att träffa er i montern. ⟦Ebba Juhlin⟧ och jag hör av oss nästa vecka.
--
⟦Dariusz ”Darek” Kowal⟧
Key Account Manager
Gense AB

=== hand-biz sv
Avtal om samarbete mellan Advokatfirman Vinge och ⟦Ragnhild Sørbø⟧ (konsult). Avtalet undertecknas av delägaren ⟦Fredrik Lilliehöök⟧ för byråns räkning.

=== hand-biz sv
Schema, Café Kungsgatan
Lör: ⟦Ella⟧, ⟦Omid⟧, ⟦Liv⟧
Sön: ⟦Omid⟧, ⟦Sigge⟧
Kom ihåg att ⟦Majken⟧ från Majkens Blommor levererar kl. 8.

=== hand-mixed sv
[WhatsApp] Familjen ⟦Lundgren⟧
[18.02, 09:14] ⟦Anders⟧: Vem hämtar farmor?
[18.02, 09:15] ⟦Carina Lundgren⟧: jag gör det
[18.02, 09:17] ⟦Anders⟧: toppen, ⟦Tilde⟧ kommer först kl 14

=== hand-mixed sv
förnamn;efternamn;avdelning;rum
⟦Samira⟧;⟦Benali⟧;Ekonomi;Linné
⟦Viktor⟧;⟦Sten⟧;IT;Celsius
⟦Chidinma⟧;⟦Eze-Nilsson⟧;Sälj;Polhem

=== hand-mixed sv
| Namn | Roll | Telefon |
|---|---|---|
| ⟦Gustav Ringbom⟧ | Tränare | 070-233 44 55 |
| ⟦Parisa Rostami⟧ | Lagledare | 073-141 59 26 |
| ⟦Ulf Sten⟧ | Material | 076-405 06 07 |

=== hand-mixed sv
hej ⟦linus⟧ kan du ta över på lördag? ⟦saga⟧ är sjuk och ⟦omar⟧ är ledig. mvh ⟦jonna⟧

=== hand-mixed sv
KVITTO – Coop Majorna
Kassör: ⟦Wilma⟧
2 st Marabou mjölkchoklad
1 st Kalles Kaviar
Välkommen åter

=== hand-mixed sv
Skadeanmälan
Skadad: ⟦Sahra Ismail Farah⟧
Vittne: ⟦Leif-Göran Ruuth⟧
Beskrivning: Föll i trappan på Sankt Eriksgatan 4. ⟦Ruuth⟧ hjälpte henne upp.

=== hand-mixed sv
Laguppställning F13: ⟦Alma⟧, ⟦Majken⟧, ⟦Ronja L.⟧, ⟦Ronja S.⟧, ⟦Hanin⟧, ⟦Astrid⟧. Tränare: ⟦Pia Lindeberg⟧.

=== hand-mixed sv
Sms från mormor ⟦Gun⟧: Glöm inte ⟦Nilas⟧ födelsedag i morgon. Tårta från Tössebageriet.

=== hand-mixed sv
Kalender
09:00 Tandläkare ⟦Hjalmar Mörk⟧, Storgatan 3
12:00 Lunch med ⟦Alice⟧ på Café Saturnus
15:30 Hämta ⟦Melker⟧ på Björkens förskola

=== hand-mixed sv
OCR, inskannat brev:
Bäste herr ⟦Gunnar Sjö berg⟧ …
Vi bekräftar att vi har mottagit Ert brev av den 3/4. Handläggare: ⟦Astrid Wennerholm⟧

=== hand-mixed sv
Kommentar från kontaktformuläret: jag beställde en malm byrå och en billy bokhylla men fick en hemnes. hälsningar ⟦ulla berg⟧

=== hand-mixed sv
Deltagarlista, HLR-kurs
1. ⟦JOHANSSON, Mia⟧
2. ⟦AL-ZUBAIDI, Ali⟧
3. ⟦DOS SANTOS, Mariana⟧
4. ⟦TORSTENSSON, Bengt⟧

=== hand-mixed sv
Ljudupptagning, intervju
INTERVJUARE: När började du?
⟦KARIN DAHLBÄCK⟧: 2009, tillsammans med ⟦Erik⟧ och ⟦Vivi⟧.
INTERVJUARE: Och nu?
⟦KARIN DAHLBÄCK⟧: Nu är det bara jag.

=== hand-mixed sv
Till kylskåpet: Den som tog ⟦Sofias⟧ yoghurt får gärna köpa en ny. Mvh ⟦Sofia H.⟧

=== hand-mixed sv
Slack #marknad
⟦Nadja Wallin⟧ 10:02: @jakob.l har du loggan till Volvo-kampanjen?
⟦Jakob Lindahl⟧ 10:04: ja, skickar nu
⟦Nadja Wallin⟧ 10:05: tack ⟦Jakob⟧

=== hand-mixed sv
Öppettider i påsk: Skärtorsdag 10-14, Långfredag stängt, Påskdagen stängt, Annandag påsk 10-14. Välkommen till Gustavs Bygg.

=== hand-mixed sv
Följesedel 4471
Mottaget av: ⟦P. Ringvall⟧
Avsändare: Bröderna Hedlund AB
Chaufför: ⟦Tomas⟧
=== hand-news sv
Skoterrally i Gällivare
⟦Per-Anders Kuoljok⟧ vann årets rally före kusinen ⟦Niila Kuoljok⟧ och ⟦Mimmi Sunna⟧. ”Det var tungt före”, sa ⟦Kuoljok⟧ vid målet på Lars Levi Laestadius gata.

=== hand-news sv
Ny kommundirektör
Kommunstyrelsen har anställt ⟦Therese Lind Wiklund⟧ som kommundirektör. Hon efterträder ⟦Bo-Göran Hagelin⟧, som går i pension efter 19 år. Rekryteringen sköttes av Novare.

=== hand-biz sv
Handlingsplan, kvalitetsgruppen
Uppgift | Ansvarig | Klart
Ny checklista | ⟦Lena Skoog⟧ (LS) | 1/3
Introkurs | LS och ⟦Ali Reza Mousavi⟧ | 15/3
Uppföljning | ⟦Nguyen Van Duc⟧ | 1/4

=== hand-biz sv
Hej alla
Kopia: ⟦Gudrun Axelsson⟧, ⟦Sivakumar Rajan⟧
Glöm inte ⟦Gudruns⟧ avtackning på fredag kl. 14 i personalrummet. Presenten köps på Åhléns; ⟦Sivakumar⟧ samlar in.
Hälsningar ⟦Greta⟧

=== hand-mixed sv
Instagram, kommentarer
@sol.och.sommar: vad fint ⟦Tova⟧ 😍
@gotland_mats: vem tog bilden?
⟦Tova Ek Lindblad⟧: det gjorde ⟦Reza⟧ 📸

=== hand-mixed sv
Spelare till företagsturneringen:
- ⟦Somsak Chaiyaporn⟧ (Ekonomi)
- ⟦Vasanthi Kandasamy⟧ (IT)
- ⟦Magdalena Wójcik-Strand⟧ (Sälj)
- ⟦Lars ”Lasse” Kyrk⟧ (Lager)
Reserver: inga

=== hand-mixed sv
Vi fick storm, sol och lite hagel på Gotland i helgen. ⟦Sol⟧ i grannhuset och hennes son ⟦Storm⟧ kom ändå förbi med kaka.

=== hand-biz sv
Protokoll, föräldraråd Björken
Närvarande: ⟦Ebba⟧ (ordförande), ⟦Abdiqani⟧, ⟦Lovisa K.⟧ och förskolläraren ⟦Malin Wulff⟧.
⟦Abdiqanis⟧ förslag om en morfarsdag antogs.
"""
