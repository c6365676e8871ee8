"""Hand-written Swedish documents of the v12 names hold-out (``⟦Name⟧`` marks a PERSON span).

News: opera reviews, Vasaloppet results, research news, student lists, house sales, Nobel and August prizes, lex
Sarah reports, book fairs, letters to the editor, crayfish contests. Business: tenders, purchase orders, weekly
reports, powers of attorney with witnesses, board minutes with checkers, absence replies, handovers, complaints.
Mixed: Swish history, padel bookings, Discord and Messenger chat, form exports, kanban boards, radio call-ins,
guest books, carpools, laundry rotas, Blocket threads, school forms."""

BANK = """
=== hand-news sv
Operarecension: "La Bohème" på Göteborgsoperan
⟦Hedvig Ros⟧ sjunger Mimì med en sårbarhet som går rakt in, och tenoren ⟦Joel Anmark Lindkvist⟧ är en trovärdig Rodolfo. Dirigenten ⟦Eun-ji Park⟧ håller ihop föreställningen. Mimì dör, som alltid, i sista akten.

=== hand-news sv
Vasaloppet 2026: ⟦Ebba Falk⟧ från Mora vann damklassen före ⟦Ragnhild Haugli Østby⟧ och ⟦Lovisa Björk⟧. I herrklassen vann ⟦Torleif Syversen⟧. Björk och gran kantade spåret, och ⟦Björks⟧ tränare ⟦Stig-Arne Wikström⟧ var nöjd.

=== hand-news sv
KTH-forskare prisas: ⟦Nasrin Ghafoori⟧ och ⟦Mattias Örn⟧ får Göran Gustafssons pris för sin forskning om batterier. Priset delas ut av Kungl. Vetenskapsakademien i samband med Nobelveckan. ⟦Ghafooris⟧ grupp har tolv medlemmar.

=== hand-news sv
Studenten 2026, Katedralskolan i Lund, NA21b
⟦Alva Sjöstrand⟧, ⟦Noah Lindqvist⟧, ⟦Ylva Nordström⟧, ⟦Adam Haddad⟧, ⟦Ester Ek⟧, ⟦Ture Sandberg⟧, ⟦Leia Mohammadi⟧, ⟦Rut Svan⟧ och ⟦William af Ugglas⟧. Mentor: ⟦Gunnel Strand⟧.

=== hand-news sv
Sålda bostäder i Uppsala, vecka 20
Linnégatan 14: ⟦Johanna⟧ och ⟦Petter Liljegren⟧ sålde till ⟦Kim Sundell⟧ för 4,9 miljoner. Strindbergsgatan 3: sålt av dödsboet efter ⟦Sigvard Bolin⟧. Döbelnsgatan 22: Anderssons Bil AB köpte av HSB.

=== hand-news sv
Augustpriset 2026: ⟦Aino Tornell Kallio⟧ vann i kategorin skönlitteratur med romanen "Stig". Juryns ordförande ⟦Ulrika Mörn⟧ kallade den "en stig in i glömskan". Priset är uppkallat efter ⟦August Strindberg⟧.

=== hand-news sv
Lex Sarah-anmälan vid äldreboende i Luleå: Socialnämndens ordförande ⟦Pär-Erik Nilsson⟧ (S) säger att rutinerna ska ses över. Enhetschefen ⟦Halima Yusuf⟧ har gjort en lex Maria-anmälan också.

=== hand-news sv
Bokmässan: ⟦Liv Strömgren⟧ är inte på plats i år, men ⟦Jonas Hassen Karimi⟧ och ⟦Lena Andersson⟧ håller samtal på lördag, meddelar mässans vd ⟦Frida Edman⟧.

=== hand-news sv
Insändare: Varför stängs Fredrika Bremers bibliotek i Tumba? Min dotter lånar böcker där varje vecka. Politikerna borde skämmas.
⟦Marita Ekholm⟧, Tumba

=== hand-news sv
Kräftpremiären i Vättern: ⟦Bosse "Kräftkungen" Engström⟧ fick flest kräftor, 312 stycken. ⟦Linnéa Ehn⟧ kom tvåa, och ⟦Tahir Mahmood⟧ fick pris för största kräftan. Priserna delades ut av ⟦Ehns⟧ farfar ⟦Olle⟧.

=== hand-news sv
Astrid Lindgrens Värld i Vimmerby slog besöksrekord i sommar. Vd ⟦Karin Sjölander Björk⟧ tackar personalen. Pippi och Emil var de mest fotograferade figurerna.

=== hand-news sv
Kommunstyrelsen i Gävle: Förslaget om ny simhall röstades igenom. ⟦Carina Lööf⟧ (M) reserverade sig, medan ⟦Dragan Jovanović⟧ (S) var nöjd. Kommunalrådet ⟦Lars-Åke Holm⟧ räknar med byggstart 2027.

=== hand-news sv
Polisen: En 30-årig man från Borlänge greps i natt efter ett inbrott i en tobaksbutik på Kung Oscars väg. Ingen skadades, enligt presstalespersonen ⟦Sofia Kjellberg⟧.

=== hand-news sv
Minnesord: ⟦Ingvar Sköld⟧, Örebro, har avlidit, 88 år. Han var lärare på Karolinska skolan i 35 år och grundade Skölds Bokhandel. Han sörjs närmast av hustrun ⟦Margit⟧ och barnen ⟦Anders⟧ och ⟦Eva⟧ med familjer.

=== hand-news sv
Nobelpriset i medicin 2026 går till ⟦Mei-Ling Chou⟧ och ⟦Oluwaseun Adeyemi⟧ för upptäckter om immunförsvaret. Karolinska Institutets ⟦Per Lindahl Berg⟧ läste upp motiveringen. ⟦Alfred Nobels⟧ minnesdag firas som vanligt den 10 december.

=== hand-news sv
Sport: ⟦Sten Lax⟧ gjorde hattrick när IFK Norrköping slog Djurgården på Platinumcars Arena. Tränaren ⟦Amir Sadiku⟧ hyllade sin kapten ⟦Viola Ek⟧, som är lagets första kvinnliga lagledare.

=== hand-news sv
Vädret: Meteorologen ⟦Stig Blom⟧ på SMHI varnar för kraftiga vindbyar i Bohuslän. Ta en stig genom skogen hellre än kustvägen, råder han. Sol i Norrland.

=== hand-news sv
Personalia: ⟦Thi Lan Nguyen⟧ blir ny överläkare på Sahlgrenska, där hon ska leda forskningen om Parkinsons sjukdom. Hon efterträder professor ⟦Bengt Östlund⟧, som går i pension.

=== hand-news sv
Konstauktion: En målning av ⟦Anders Zorn⟧ såldes för 6,2 miljoner hos Bukowskis. Zornmuseet i Mora lånar ut ytterligare verk till hösten. Auktionsansvarig ⟦Sara Lagergren⟧ är nöjd.

=== hand-news sv
Hemvärnet i Kalix fick ny chef: ⟦Kjell Raattamaa⟧ efterträder ⟦Tuula Keskitalo⟧. ⟦Raattamaas⟧ första uppdrag blir övningen vid Kalix älv i mars.

=== hand-biz sv
Anbud, upphandling dnr 2026/118
Anbudsgivare: Lindqvist & Sjöberg Bygg AB
Kontaktperson: ⟦Emil Sjöberg⟧, 070-331 22 10
Projektledare blir ⟦Hanna Persson Wiik⟧, arbetsledare ⟦Janne Raitio⟧.
Referens: Nilssons Skor, ombyggnad av butik 2024, kontakt ⟦Gun Nilsson⟧.

=== hand-biz sv
Inköpsorder 88210
Beställare: ⟦Anneli Mård⟧, Inköp
Leverantör: Svenskt Tenn AB
3 st Josef Frank-kuddar, 1 st bord. Leverans till Sveavägen 44.
Attesterad: ⟦Rickard Bohman⟧

=== hand-biz sv
Veckorapport, projekt Nytt ekonomisystem v. 19
Ansvarig: ⟦Malin Tell⟧
- Migrering: klar (⟦Omid⟧)
- Integration mot Hennes & Mauritz: försenad, väntar på ⟦Lucas Berggren⟧
- Test: ⟦Agnieszka Nowak⟧ och ⟦Patrik Ros⟧ från v. 21
Risk: ⟦Berggrens⟧ föräldraledighet i juni.

=== hand-biz sv
FULLMAKT
Härmed ger jag, ⟦Birgitta Margareta Öhman⟧, min dotter ⟦Lena Öhman Ryd⟧ fullmakt att företräda mig i alla ärenden hos Skatteverket och Swedbank.
Bevittnas: ⟦Göran Ryd⟧ och ⟦Aisha Abdi⟧

=== hand-biz sv
Protokoll, styrelsemöte Brf Linnéan 2026-04-12
Närvarande: ⟦Katarina Wiberg⟧ (ordf.), ⟦Hassan Jaber⟧, ⟦Ulf Sten⟧
§ 4 Tvättstugan: ⟦Sten⟧ tar in offerter.
Justeras: ⟦Katarina Wiberg⟧ ⟦Hassan Jaber⟧

=== hand-biz sv
Frånvaromeddelande: Jag är föräldraledig till och med 31 augusti. Kontakta ⟦Ronja Liljeholm⟧ eller ⟦Ahmed Saleh⟧ i brådskande ärenden.
Vänliga hälsningar
⟦Gustav Bergh⟧

=== hand-biz sv
Överlämning – kund Åhléns
Jag (⟦Therese Karlberg⟧) slutar 30 juni. ⟦Simon Örtegren⟧ tar över. Kundens inköpschef ⟦Madeleine Fors⟧ vill helst ha mejl. Allt ligger i mappen "Åhléns_Therese_K".

=== hand-biz sv
Reklamation, ärende 55120
Kunden ⟦Per-Gunnar Åkesson⟧ köpte en Carl Malmsten-soffa som har spruckit i sömmen. ⟦Åkessons⟧ fru ⟦Inga-Lill⟧ har mejlat bilder. Handläggare: ⟦Jessica Moberg⟧.

=== hand-biz sv
Arbetsorder, Bröderna Fors Rör AB
Montör: ⟦Lo Strand⟧
Kund: familjen ⟦Karimi⟧, Karlavägen 88
Utfört: byte av blandare. Kunden (⟦Leyla Karimi⟧) skrev under.

=== hand-biz sv
Kallelse till årsmöte, Koloniföreningen Rosendal
Tid: söndag 3 maj kl. 14 i föreningsstugan
Valberedningen föreslår ⟦Marianne Hjort⟧ som ordförande och ⟦Bo Ek⟧ som kassör. Frågor till ⟦Hjort⟧ på 073-221 14 14.

=== hand-biz sv
Lönesamtal – anteckning
Medarbetare: ⟦Irina Volkova⟧. Chef: ⟦Henrik Wallén⟧. Ombud: ⟦Tove Lind⟧.
Överenskommet: nytt lönetillägg från 1 oktober.

=== hand-biz sv
Faktura 20-4410
Säljare: Nilssons Skor AB, Gävle
Köpare: ⟦Vendela Frost⟧
1 par kängor. Expedit: ⟦Ville⟧

=== hand-biz sv
Anställningserbjudande
Hej ⟦Dmytro Shevchenko⟧!
Vi är glada att erbjuda dig tjänsten som svetsare hos Volvo Construction Equipment i Eskilstuna. Din chef blir ⟦Kristina Hägg⟧. Frågor om avtalet besvaras av ⟦Matti Rautio⟧ på HR.

=== hand-biz sv
Körjournal, maj
Förare: ⟦Sune Alm⟧
2/5 Stockholm–Uppsala, kund: Clas Ohlson
7/5 Uppsala–Västerås, kund: Max Hamburgare
Attest: ⟦Birgit Skog⟧

=== hand-biz sv
Skadeanmälan
Anmälare: ⟦Hampus Lilja⟧. Olyckan skedde på Drottninggatan när en bil körd av ⟦Maj-Britt Vikström⟧ backade in i min cykel. Vittne: ⟦Abdi Warsame⟧.

=== hand-biz sv
Hej ⟦Maria⟧!
Tack för ett bra möte. Jag skickar avtalet till ⟦Frej Holmgren⟧ på er juridik nu. Hälsa ⟦Klas⟧' grupp!
Mvh
⟦Jenny⟧
/JL

=== hand-biz sv
Mötesinbjudan: Budget Q3
Plats: rum "Celsius", plan 4
Deltagare: ⟦Anna-Karin Boström⟧; ⟦Reza Tehrani⟧; ⟦Oskar Stig⟧; ⟦Weronika Lis⟧
Underlag skickas av ⟦Reza⟧ på fredag.

=== hand-mixed sv
Swish-historik
2026-05-02 Swish från ⟦ANNA LINDQVIST⟧ 150,00 kr "padel"
2026-05-03 Swish till ⟦Mohamed Ali⟧ -240,00 kr "pizza"
2026-05-04 Swish från ⟦Ros-Marie Elg⟧ 500,00 kr "tack för lånet"
2026-05-06 Swish till Nilssons Skor -899,00 kr

=== hand-mixed sv
MATCHi – bokning padel, Hallen i Umeå
Bana 3, onsdag 18.00–19.30
Spelare: ⟦Tove Ekström⟧, ⟦Jonatan Kask⟧, ⟦Linnéa Frisk⟧, ⟦Ali Reza Hosseini⟧
Bokad av: ⟦Tove Ekström⟧

=== hand-mixed sv
messenger – kusinerna
⟦saga⟧: har nån sett ⟦stig⟧ idag?
⟦hugo⟧: han gick längs stigen mot sjön med ⟦björk⟧
⟦saga⟧: björken vid bryggan har blåst ner btw
⟦hugo⟧: lol. ⟦ylva⟧ kommer vid 6

=== hand-mixed sv
discord #minecraft-servern
⟦elias⟧: vem byggde slottet?
creeperKing99: jag och ⟦vera⟧
⟦elias⟧: snyggt, säg åt ⟦frans⟧ att sluta spränga grejer

=== hand-mixed sv
Anmälningar (Microsoft Forms), Midsommarfirande i Bjurholm
ID;Namn;Vuxna;Barn;Kost
1;⟦Agneta Lundmark⟧;2;2;
2;⟦Yonas Tesfaye⟧;1;0;vegetarisk
3;⟦Per⟧ och ⟦Siv Östman⟧;2;0;laktosfri
4;familjen ⟦Pettersson⟧;3;4;

=== hand-mixed sv
Planner – Kommunikation
ATT GÖRA: Nyhetsbrev (⟦Emelie⟧) | Bilder från mässan (⟦Tom N.⟧)
PÅGÅR: Ny webb – ⟦Kalle⟧ + konsult från Sigma
KLART: Pressmeddelande om Lisa Larson-utställningen (⟦Mirja⟧)

=== hand-mixed sv
Transkribering, P4 Västerbotten, ringprogrammet
PROGRAMLEDARE: Nästa lyssnare är ⟦Gunnel⟧ från Lycksele. Välkommen!
⟦GUNNEL⟧: Tack! Jag vill hälsa till min granne ⟦Evert Lindgren⟧ som fyller 90.
PROGRAMLEDARE: Grattis ⟦Evert⟧!

=== hand-mixed sv
Gästbok, stugan "Granbacken"
Tack för en härlig vecka! Vi såg älg och badade varje dag. ⟦Maja⟧, ⟦Fredrik⟧ och ⟦Viggo Hedberg⟧ från Västerås.
Vi kommer tillbaka! Familjen ⟦Åström⟧ och katten Sixten

=== hand-mixed sv
Samåkning till Way Out West
Bil 1: ⟦Moa⟧ (kör), ⟦Ebbe T.⟧, ⟦Leo⟧
Bil 2: ⟦Nelly Ström⟧ (kör), ⟦Karim⟧, ⟦Juni Berglund⟧
Samling: ICA vid Olof Palmes plats kl. 10

=== hand-mixed sv
Tvättstugan, vecka 18
Mån 7–10: ⟦Lindberg⟧ 1 tr
Mån 10–13: ⟦R. Öztürk⟧ 3 tr
Tis 17–20: ⟦Ulla-Britt Sand⟧
Ons 7–10: ledigt

=== hand-mixed sv
Strava – Löparklubben Frösön
⟦Per Falk⟧ sprang 42,2 km på 3:12. ⟦Agnes Rönn⟧: "Grymt, ⟦Per⟧!" ⟦Lennart⟧: "snabbare än ⟦Agnes⟧' hund 🐕"

=== hand-mixed sv
Blocket, Bruno Mathsson-fåtölj, 2 500 kr
⟦Lena Sjögren⟧: Finns den kvar?
⟦Tommy Öberg⟧: Ja, hämta i Tierp i morgon. Fråga efter ⟦Tommy⟧ eller min sambo ⟦Pia⟧.

=== hand-mixed sv
Kvitto – Max Hamburgare, Luleå
1 Grandiosa-burgare 1 Pommes
Kassör: ⟦Alexia⟧
Välkommen åter!

=== hand-mixed sv
Sms: Hej ⟦Göran⟧, det är ⟦Malin⟧ från Majas Blommor. Buketten till ⟦Karins⟧ 60-årsdag är klar. Skicka filen "kort_Karin.pdf" om kortet ska tryckas.

=== hand-mixed sv
Lapp i trapphuset: Till den som ställer barnvagnen vid hissen – den blockerar! Hälsningar ⟦Solveig⟧ 2 tr. PS. Tack ⟦Jamal⟧ på 4:an för hjälpen med granen.

=== hand-mixed sv
Inskrivning, Montessoriskolan Kastanjen
Elev: ⟦Elsa Lind-Gustafsson⟧
Vårdnadshavare: ⟦Cecilia Lind⟧, ⟦Olof Gustafsson⟧
Syskon: ⟦Frej⟧ (åk 2)
Vårdcentral: Capio Hjorthagen

=== hand-mixed sv
Instagram, Café Linnea i Visby
@lisa_w: åh så gott det ser ut!
⟦Britt-Marie Åkerlund⟧: När öppnar ni igen?
@cafe.linnea.visby: På fredag, ⟦Britt-Marie⟧! Fråga efter ⟦Linnea⟧ i kassan #teamLinnea

=== hand-mixed sv
OCR-inskannat brev (dålig kvalitet)
Bäste herr ⟦Sven-0ve Lindh⟧
Vi bekräftar att vi mottagit Er ansökan. Ärendet handläggs av ⟦Ingri d Mårtensson⟧.
Med vänliga hä1sningar, ⟦I. Mårtensson⟧, Lantmäteriet

=== hand-mixed sv
Laguppställning – Veteranerna, Hammarby IF innebandy
MÅL: ⟦Stefan Rask⟧
BACKAR: ⟦Mats Hjort⟧, ⟦Jörgen "Tjuren" Ahl⟧
CENTER: ⟦Bo⟧, ⟦Ahmad Noori⟧
FORWARDS: ⟦Nils Ekdahl⟧, ⟦Rune Falk⟧
Lagledare: MH

=== hand-news sv
Vägarbete: Från måndag stängs Birger Jarlsgatan vid Stureplan, och Sankt Eriksgatan får bara ett körfält. Buss 4 leds om via Karlavägen. Arbetet väntas pågå till februari.

=== hand-news sv
Lex Sarah-anmälningarna ökade med tolv procent i fjol enligt IVO. Flest kom från hemtjänsten i Stockholm och Malmö. Myndigheten publicerar nya riktlinjer i höst.

=== hand-biz sv
Orderbekräftelse
2 st Bruno Mathsson-fåtöljer, 1 st Josef Frank-lampa, 6 st Lisa Larson-figurer
Levereras från Svenskt Tenn till Strandvägen 5. Betalning 30 dagar netto.

=== hand-mixed sv
Öppettider i påsk
Skärtorsdag 10–15, långfredag stängt, påskafton 9–14.
Anderssons Bil & Nilssons Skor, Kung Oscars väg 12

=== hand-mixed sv
Lapp på kylskåpet från ⟦Annika⟧ till ⟦Leif⟧: GLÖM INTE ⟦Vides⟧ matsäck, och ⟦Sten⟧ ska till tandläkaren kl 14! Ring ⟦Karin Borgs⟧ mottagning direkt.
"""
