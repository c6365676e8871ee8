"""Hand-written Swedish documents of the v17 names hold-out (``⟦...⟧`` marks a PERSON span; rules:
``names17_build.py``). Families: ``hand-news``, ``hand-biz``, ``hand-mixed``."""

BANK = """
=== hand-news sv
Ny rektor vid Chalmers
⟦Ulrika Grahn⟧ blir ny rektor vid Chalmers från årsskiftet. Hon efterträder ⟦Stefan Bengtsson⟧. ⟦Grahn⟧ har tidigare lett forskning om batterier tillsammans med ⟦Pär Vinge⟧.

=== hand-news sv
Trafik: Avstängt på Birger Jarlsgatan
Från måndag stängs ett körfält på Birger Jarlsgatan i Stockholm. Även Dag Hammarskjölds väg i Uppsala och Raoul Wallenbergs torg får nya cykelbanor, meddelar trafikkontoret.

=== hand-news sv
Nobelpriset i kemi
Nobelpriset i kemi går i år till ⟦Hiroshi Tanaka⟧ och ⟦Ingrid Solbakken⟧. ⟦Solbakken⟧ nåddes av beskedet i Bergen, säger akademiens ständiga sekreterare ⟦Hans Ellegren⟧.

=== hand-news sv
Tingsrätten: Fängelse för stöld från Åhléns
En 31-årig man, ⟦Dennis Kvarnström⟧, döms till fängelse i tre månader för stölder från Åhléns i Örebro. Försvararen ⟦Elin Ståhlberg⟧ överväger att överklaga. Åklagare var ⟦Mårten Ek⟧.

=== hand-news sv
Väder
Sten och grus på vägarna efter stormen i Jämtland. Björn har setts vid sommarstugorna i Åre, men ingen har kommit till skada. Frost i natt i hela Norrland.

=== hand-news sv
Dödsfall
Förre landshövdingen ⟦Gunvor Hedberg⟧ har avlidit, 91 år. ⟦Hedberg⟧ var landshövding i Jämtland i tolv år. Hon sörjs av sönerna ⟦Anders⟧ och ⟦Olof Hedberg⟧ och barnbarnet ⟦Freja⟧.

=== hand-news sv
Fotboll: Häcken vann derbyt
⟦Mikkel Rygaard⟧ gjorde två mål när Häcken slog Gais med 3-1. Målvakten ⟦Peter Abrahamsson⟧ räddade en straff. "Vi var starkare i andra halvlek", sa tränaren ⟦Jens Gustafsson⟧.

=== hand-news sv
Jubileum för Hasselblad
Kameratillverkaren Victor Hasselblad AB firar 85 år i Göteborg. Företaget grundades av ⟦Victor Hasselblad⟧, och i dag leds det av ⟦Liu Xiaoming⟧.

=== hand-news sv
Ny kyrkoherde i Lunds domkyrka
⟦Lena Sjöstrand⟧ installerades på söndagen av biskop ⟦Johan Tyrberg⟧. Hon efterträder ⟦Bo Lindqvist⟧. Domkyrkoorganisten ⟦Ingrid Ek⟧ spelade Bach.

=== hand-news sv
Teater: "Fröken Julie" på Dramaten
⟦Alba August⟧ är en sårbar Julie och ⟦Jonas Karlsson⟧ en farlig Jean. ⟦Strindbergs⟧ pjäs regisseras av ⟦Sofia Adrian Jupither⟧. Julie med sin far, greven, syns aldrig.

=== hand-news sv
Polarpriset till norsk trummis
Polarpriset går i år till ⟦Ingebrigt Håker Flaten⟧ och ⟦Anna von Hausswolff⟧. Priset delas ut av kung ⟦Carl XVI Gustaf⟧ i Konserthuset.

=== hand-news sv
Kalle Anka på julafton
SVT visar Kalle Anka klockan 15 som vanligt. Programmet presenteras i år av ⟦Pernilla Wahlgren⟧, meddelar programchefen ⟦Johan Linder⟧.

=== hand-news sv
Kommunalval: Nytt styre i Nacka
⟦Mats Gerdau⟧ blir kvar som kommunstyrelsens ordförande efter en uppgörelse med ⟦Lina Hägg⟧ och ⟦Sven Ek⟧. Bo i Nacka ska bli billigare, lovar ⟦Gerdau⟧.

=== hand-news sv
Årets eldsjäl i Kiruna
⟦Britt-Marie Niemi⟧, 68, har lett simskolan i fyrtio år. Hon fick priset av sin gamla elev ⟦Sarah Sjöström⟧. ⟦Niemis⟧ man ⟦Arne⟧ var med på ceremonin.

=== hand-news sv
Polisen: Inbrott på Carl Larsson-gården
Natten till onsdag bröt sig någon in på Carl Larsson-gården i Sundborn. Inga tavlor stals, men ett fönster krossades. Polisen har ingen misstänkt.

=== hand-news sv
Musik: Nytt album
⟦Laleh⟧ släpper nytt album i april. Skivan är producerad av ⟦Max Martin⟧, och i låten "Strindbergsmuseet" sjunger hon duett med ⟦Veronica Maggio⟧.

=== hand-news sv
Utnämningar
⟦Karolina Öhman⟧ blir ny vd för Gunnar Dafgård AB. Hon kommer närmast från Axfood. Styrelseordförande ⟦Magnus Dafgård⟧ säger att han är mycket nöjd.

=== hand-biz sv
Hej ⟦Johanna⟧,
Tack för mötet i dag. Jag skickar offerten på Stig Lindberg-fat och Josef Frank-tyg till butiken i morgon.
Vänliga hälsningar
⟦Erik Sandahl⟧
Inköpare, Svenskt Tenn
erik.sandahl@svenskttenn.se

=== hand-biz sv
Protokoll fört vid styrelsemöte, BRF Linnéan
Närvarande: ⟦Birgitta Lööf⟧ (ordf.), ⟦Hassan Ali⟧, ⟦Ewa Berg⟧, ⟦Jan-Olof Rask⟧
Frånvarande: ⟦Tiina Koskinen⟧
Protokollförare: AS
§ 3 ⟦Birgitta⟧ redogjorde för stambytet. § 4 ⟦Ewa⟧ tar in offert från Bröderna Hedlunds Åkeri.

=== hand-biz sv
CV
⟦MALIN ÖSTBERG LUNDH⟧
Född 1988, bor i Västerås
Erfarenhet: Projektledare på Berg & Strand Konsult AB (2020-), där jag rapporterar till ⟦Tomas Berg⟧.
Referens: ⟦Anneli Strand⟧, delägare.

=== hand-biz sv
FAKTURA 88123
Mälardalens Bygg AB
Kontaktperson: ⟦Ronny Lindgren⟧
Er referens: ⟦Sofia Åkerlund⟧, inköp
Avser: takarbeten Raoul Wallenbergs torg 4. Betalningsvillkor 30 dagar.

=== hand-biz sv
Hej ⟦Amanda Roos⟧,
Vi bekräftar härmed din anställning som ekonomiassistent från 1 april. Din närmaste chef blir ⟦Peter Wiik⟧. Avtalet är undertecknat av ⟦Wiik⟧ och vd ⟦Maria Sten⟧.
Med vänliga hälsningar, Advokatfirman Lindahl

=== hand-biz sv
CRM-anteckning 14/3
Ringde ⟦Göran Backman⟧ (inköpschef, Max Hamburgerrestauranger). Vill ha demo vecka 14. ⟦Görans⟧ kollega ⟦Nina⟧ sköter it. Uppföljning: /BK

=== hand-biz sv
Kallelse
Ämne: Budget 2027
Mötesledare: ⟦Niklas Ahlgren⟧
Deltagare: ⟦Camilla Hed⟧, ⟦Oskar Frid⟧, ⟦Sanna Lövgren⟧
Rum: Selma (plan 4)

=== hand-biz sv
Autosvar: Jag är på semester till och med 22 juli. Vid brådskande ärenden kontakta ⟦Anna Heikkinen⟧ på anna.heikkinen@schenker.se eller ⟦Bilal Khan⟧ på bilal.khan@schenker.se.
Hälsningar ⟦Leif Brodin⟧

=== hand-biz sv
Fullmakt
Härmed ger jag, ⟦Elsy Wikström⟧, min dotter ⟦Monica Wikström⟧ fullmakt att företräda mig gentemot Swedbank. Bevittnas: ⟦Karl Dahl⟧ och ⟦Irene Svensson⟧.

=== hand-biz sv
Orderbekräftelse, Åhléns
Tack för din beställning, ⟦Linnea⟧. Du har köpt ett Stig Lindberg-fat och två Josef Frank-kuddar. Din säljare var ⟦Mohammed Rashid⟧.

=== hand-biz sv
Anteckningar, Teams-möte 2/9
⟦Fredrik⟧: vi saknar siffror från Axel Johnson AB. ⟦Lisa Ahl⟧: de kommer fredag. ⟦Fredrik⟧ och ⟦Lisa⟧ tar mötet med ⟦Antonia⟧ från Axel Johnson nästa vecka.
Sekreterare: ML

=== hand-biz sv
Referens
⟦Elias Frost⟧ var anställd hos oss som snickarlärling 2021-2025. ⟦Elias⟧ är pålitlig och noggrann. Frågor besvaras av mästaren ⟦Gunnar Holm⟧, Holms Snickeri AB.

=== hand-biz sv
Avtal om entreprenad
Mellan Ek & Son Rör AB och beställaren ⟦Kerstin Lundgren⟧, Tallvägen 9, Borås. Arbetet leds av ⟦Per Ek⟧. Undertecknat av ⟦K. Lundgren⟧ och ⟦P. Ek⟧.

=== hand-biz sv
Konkurs: Restaurang Kungsholmen
Konkursförvaltaren, advokat ⟦Carina Tell⟧, meddelar att boet efter Restaurang Erik den Röde AB på Birger Jarlsgatan säljs. Vd var ⟦Erik Rödin⟧.

=== hand-biz sv
Leverantörsregister
Företag: Lennart Nilssons Åkeri AB
Kontakt: ⟦Jessica Nilsson⟧, jessica@lnakeri.se
Ekonomi: ⟦Roger Bäck⟧
Leverantörsnr 30711

=== hand-mixed sv
familjen 💛
mamma: glöm inte farmor ⟦brittas⟧ födelsedag på söndag
⟦elin⟧: nä nä. kommer ⟦ludde⟧?
⟦ludvig⟧: jag kommer med ⟦ida⟧ 😊
pappa: och hunden Tyra ska rastas av ⟦sten⟧ granne

=== hand-mixed sv
Blocket-annons
Säljer Bruno Mathsson-stol och en Lisa Larson-lejon. Hämtas i Majorna. Sms:a ⟦Kalle⟧ eller ring min fru ⟦Annika⟧ efter 17.

=== hand-mixed sv
Facebookgrupp: Hundägare i Slottsskogen
⟦Jenny Holmström⟧: Har någon sett en svart pudel? Hon heter Doris.
⟦Janne B⟧: ⟦jenny⟧ jag såg en vid dammen för tio min sen
⟦Jenny Holmström⟧: tack snälla ⟦janne⟧!!

=== hand-mixed sv
Släktforskning
Min farfars far ⟦Per Johan Olsson⟧ (1862-1931) var smed i Mora. Han gifte sig med ⟦Anna Greta⟧, dotter till ⟦Erik Ersson Lind⟧. Deras son ⟦Algot⟧ utvandrade till Minnesota.

=== hand-mixed sv
sms
hej det är ⟦moa⟧ på tandvården. ⟦viktor⟧ har tid torsdag 8.15. svara ja eller nej. mvh kliniken

=== hand-mixed sv
Recept: Mormors kanelbullar
Min mormor ⟦Signe⟧ bakade dem varje lördag. Morbror ⟦Gösta⟧ säger att hemligheten är kardemumma; min kusin ⟦Lars-Göran⟧ säger smör.

=== hand-mixed sv
Trustpilot
★★★★☆ Snabb leverans från Clas Ohlson! ⟦Josefin⟧ i kundtjänst var jättetrevlig. – ⟦Mats K.⟧, Gävle

=== hand-mixed sv
Discord #allsvenskan-manager
ollebolle skrev: vem tar ni som kapten?
⟦robin⟧: ⟦gyökeres⟧ såklart
ollebolle: ⟦patrik⟧ har ⟦isak⟧ haha

=== hand-mixed sv
Anslagstavla, ICA Högsbo
Borttappad: röd cykel vid Axel Dahlströms torg. Ring ⟦Omar⟧ eller ⟦Hiba⟧. Hittelön! Köpes: Kalle Anka-tidningar från 70-talet.

=== hand-mixed sv
Strava
⟦Johan Kolm⟧ sprang 21,1 km runt Djurgården. ⟦Frida Dahl⟧ och 9 andra gav kudos. ⟦Frida⟧: snyggt ⟦jocke⟧! 🔥

=== hand-mixed sv
Meddelande, Unikum
Hej föräldrar i 3B! ⟦Linnea⟧ och ⟦Melvin⟧ fyller år på fredag. Kom ihåg matsäck till utflykten. Hälsningar ⟦Katarina⟧ och ⟦Yusuf⟧ (lärare)

=== hand-mixed sv
Gästbok, Strindbergsmuseet
Vilken fin utställning. ⟦Strindbergs⟧ skrivbord rörde mig. Varma hälsningar ⟦Gun⟧ och ⟦Rolf Hammar⟧, Eskilstuna

=== hand-biz sv
Schema vecka 12, Äldreboendet Solbacken
Måndag: ⟦Tina Berggren⟧, ⟦Ali Hassan⟧, ⟦Lisbeth Mård⟧
Tisdag: ⟦Helena Krantz⟧, ⟦Ali⟧, ⟦Gudrun Ahl⟧
Natt: ⟦Bosse Sköld⟧ (alla dagar)
Ändringar till ⟦Tina⟧ senast torsdag. /LM

=== hand-biz sv
Program, Chefsdagarna 2027, Elite Hotel Jönköping
09.00 Välkommen, ⟦Rebecka Falk⟧, vd
09.30 "Ledarskap i kris" – ⟦Jan-Olov Holm⟧ och ⟦Nadia Barakat⟧
11.00 Panel med ⟦Kurt Vestberg⟧, ⟦Sara Lindvall⟧ och ⟦Tor Harding⟧
Moderator: ⟦Pia Kjellberg⟧ från Svenskt Näringsliv

=== hand-biz sv
Hej ⟦Thomas⟧ och ⟦Louise⟧,
Jag har satt ⟦Jakob Ramsten⟧ (jakob.ramsten@wsp.se) på kopia; han tar över efter ⟦Britt⟧. ⟦Jakobs⟧ första dag är måndag.
Hälsningar
⟦Lars Wennerholm⟧
WSP Sverige, Arenavägen 7

=== hand-biz sv
Organisationsschema, Ekonomi
Ekonomichef: ⟦Annette Rydh⟧
Redovisning: ⟦Kenneth Bruhn⟧, ⟦Lisbeth Hägg⟧
Lön: ⟦Yasmin Aziz⟧
Controller: ⟦Mathias Holst⟧ (föräldraledig; vikarie ⟦Ida Sommar⟧)

=== hand-mixed sv
bröllop 💍 placering
bord 1: ⟦julia⟧, ⟦max⟧, mamma och pappa, farmor ⟦ruth⟧
bord 2: ⟦sebastian⟧, ⟦alice⟧, ⟦wilma⟧, ⟦noah⟧
bord 3: ⟦ulla⟧ och ⟦janne⟧ från granngården, ⟦berra⟧
kom ihåg att ⟦alices⟧ mat ska vara glutenfri!

=== hand-mixed sv
Föräldragrupp P11
⟦Rune Holmberg⟧: Skjuts till Borås lördag?
⟦Maja (mamma till Elias)⟧: jag kan ta ⟦elias⟧, ⟦oscar⟧ och ⟦william⟧
⟦Rune Holmberg⟧: toppen, då tar jag ⟦alfred⟧ och ⟦kalle⟧
⟦Tom⟧: ⟦kalle⟧ är sjuk, sorry

=== hand-mixed sv
Kommentarer, Facebook
⟦Gittan Hall⟧: Grattis ⟦Jonna⟧ 🎉
⟦Jonna Pettersson⟧: tack snälla ⟦gittan⟧ ❤️
⟦Bengt-Åke Mickelsson⟧: Grattis från oss och ⟦Lisbet⟧
⟦Jonna Pettersson⟧: tack ⟦Bengt-Åke⟧ och ⟦Lisbet⟧

=== hand-mixed sv
barnvakt?
hej är det ⟦ebba⟧? det är ⟦lina⟧ på nr 7, ⟦sixten⟧ och ⟦ella⟧ behöver barnvakt fredag. ⟦mattias⟧ hämtar dig kl 18 🙂

=== hand-mixed sv
Laguppställning, Vinterbadarna i Ystad
⟦Gunnar⟧ (kapten), ⟦Karin Hjort⟧, ⟦Sven-Erik⟧, ⟦Mona T.⟧, ⟦Jytte Fries⟧, ⟦Bertil⟧
Frost i morgon, vi ses kl. 7 vid bryggan. Ta med kaffe till ⟦Jyttes⟧ födelsedag!

=== hand-mixed sv
Forum, Sol och bad (camping)
Vi var på campingen med ⟦Henrietta⟧ och ⟦Palle⟧ från Kalmar. Ägaren ⟦Finn⟧ var trevlig. Våra barn ⟦Vide⟧ och ⟦Liv⟧ älskade poolen. – ⟦Tove K.⟧
"""
