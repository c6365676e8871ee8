"""Hand-written Swedish documents of the v14 names hold-out (``⟦Name⟧`` marks a PERSON span; ``cats14_markup.py``)."""

BANK = """
=== hand-news sv
Ny vd för Gnosjö Gjuteri
Styrelsen har utsett ⟦Cecilia Haglund⟧ till ny vd. Hon efterträder ⟦Bengt-Åke Sjöstrand⟧, som går i pension efter 22 år. "Det känns hedrande", säger ⟦Haglund⟧. Styrelseordförande ⟦Ragnar Fält⟧ välkomnar beskedet.

=== hand-news sv
Brand i radhus vid Dag Hammarskjölds väg
Ett radhus i Uppsala totalförstördes i natt. Räddningsledaren ⟦Mats Lindblad⟧ berättar att grannen ⟦Elsa Hammar⟧ väckte familjen. Ingen skadades, men katten Greta saknas.

=== hand-news sv
Göta hovrätt
En 41-årig man från Jönköping dömdes i går för bedrägeri. Åklagare ⟦Petra Wiklund⟧ hade yrkat på ett års fängelse. Försvarare ⟦Claes Bergendahl⟧ ska överklaga. Rådmannen ⟦Anneli Ståhl⟧ skrev domen.

=== hand-news sv
Näringsliv: Max Hamburgare öppnar i Lund
Hamburgerkedjan Max öppnar en ny restaurang vid Stortorget. Enligt kedjans kommunikationschef ⟦Jonas Rehnberg⟧ blir det 40 nya jobb. Restaurangen ligger vid Clemenstorget.

=== hand-news sv
Fotboll: Hammarby värvar mittfältare
Hammarby har skrivit kontrakt med ⟦Filip Sandqvist⟧, 22, från Sirius. "Han har fart och spelförståelse", säger sportchefen ⟦Mads Jørgensen⟧. ⟦Sandqvist⟧ har spelat i U21-landslaget under ⟦Daniel Bäckström⟧.

=== hand-news sv
Minnesord
⟦Ingegerd Boman⟧, tidigare rektor på Karl Johansskolan i Örebro, har avlidit i en ålder av 90 år. Hon sörjs av sönerna ⟦Staffan⟧ och ⟦Mats⟧ med familjer. ⟦Ingegerd⟧ ledde skolkören i trettio år.

=== hand-news sv
Veckans bok
⟦Lina Wolff⟧ kommer med en ny roman om en kvinna som flyttar till Skanör. Huvudpersonen Vera påminner om tidigare gestalter. Ljudboken läses av ⟦Shima Niavarani⟧.

=== hand-news sv
TRAFIK: Vägarbete på Sankt Eriksgatan
Trafikkontoret stänger ett körfält på Sankt Eriksgatan från måndag. Projektledaren ⟦Linda Åhlén⟧ räknar med tre veckor. Bussarna leds om via Karlbergsvägen.

=== hand-news sv
Från kommunfullmäktige
Kommunstyrelsens ordförande ⟦Ann-Sofie Lindenbaum⟧ (S) vill flytta stadsbiblioteket. Oppositionsrådet ⟦Tobias Åkesson⟧ (M) kallar planen dyr. Ärendet avgörs i april.

=== hand-news sv
Innebandy: Seger för Storvreta
Storvreta vann med 7–4 mot Falun. Bäst på planen var ⟦Alexander Galante Carlström⟧ med tre mål, och målvakten ⟦Oscar Lundgren⟧ gjorde 22 räddningar. "Vi kämpade", sa tränaren ⟦Magnus Ekeroth⟧.

=== hand-news sv
Kultur
Musikalen om ⟦Evert Taube⟧ har premiär på Göteborgsoperan i september. ⟦Taube⟧ spelas av ⟦Peter Jöback⟧, och regissör är ⟦Ronny Danielsson⟧. Biljetterna släpps i dag.

=== hand-news sv
Lokalt: Ny ägare till Anderssons Bageri
Familjeföretaget Anderssons Bageri i Alingsås har sålts. Ny ägare är ⟦Henrik Strömqvist⟧, som tidigare drev Café Husaren. Förre ägaren ⟦Karin Andersson⟧ stannar som rådgivare.

=== hand-news sv
Polisens händelselogg, Västerbotten
Natten till lördag stals två mopeder vid Skolgatan i Umeå. En 19-årig man är gripen. Presstalesperson ⟦Ulrika Wedin⟧ uppmanar vittnen att höra av sig. Ingen skadades.

=== hand-news sv
FLYTT: Servicecenter byter adress
Kommunens kontaktcenter flyttar till Drottning Kristinas väg 6. Chefen ⟦Marie Ekstedt⟧ säger att det är stängt torsdag till måndag. Valborgsbrasan vid ån blir av som vanligt.

=== hand-news sv
Utnämningar
⟦Helena Norrby⟧ har utsetts till överläkare vid Norrlands universitetssjukhus. ⟦Pontus Haag⟧ blir ny professor vid KTH och ⟦Amira Saleh⟧ ny ordförande i Läkarförbundets etikråd.

=== hand-news sv
Jubileum hos Svenskt Tenn
Inredningsföretaget Svenskt Tenn fyller 100 år. Butikschefen ⟦Malin Bjurström⟧ visar runt bland tygerna, där Josef Frank-mönstret "Manhattan" fortfarande är populärast. Mönstret ritades av ⟦Josef Frank⟧ på 1940-talet.

=== hand-news sv
Vädret
Sol och värme i helgen, men storm väntas längs Norrlandskusten på måndag. Meteorologen ⟦Linnea Rehn⟧ på SMHI varnar för höga vattenstånd. Lång dag för räddningstjänsten, säger hon.

=== hand-news sv
Kort om kultur
Stiftelsen bakom Carl Eldhs Ateljémuseum har fått en ny intendent: ⟦Viveka Ståhl⟧. Spendrups har anställt ⟦Oskar Wall⟧ som ny bryggmästare.

=== hand-news sv
Kändisar på galapremiär
Bland gästerna på premiären av "Bröllopet" fanns ⟦Alexander Skarsgård⟧, ⟦Pernilla August⟧ och ⟦Sissela Kyle⟧. Filmen är producerad av SF Studios.

=== hand-news sv
Veckans profil
Varje morgon tar ⟦Ruth Sandberg⟧, 93, ett dopp i havet vid Varberg. "Livet är för kort för kallt kaffe", säger hon. Hon bor i huset som hennes far ⟦Sigfrid Sandberg⟧ byggde 1929.

=== hand-biz sv
Hej ⟦Johanna⟧!
Tack för mötet i går. Som vi sa skickar jag offerten på städning. Kontaktperson hos oss blir ⟦Robin Edlund⟧ (robin.edlund@stadfix.se).
Med vänlig hälsning
⟦Petra Lund⟧
Säljare, Städfix AB

=== hand-biz sv
PROTOKOLL
Styrgruppsmöte, projekt Nytt affärssystem, 5 februari
Närvarande: ⟦Roger Eklund⟧ (ordf.), ⟦Sanna Wahlberg⟧, ⟦Kim Nordin⟧, ⟦Lotta Hjelm⟧ (sekr.)
Frånvarande: ⟦Arne Boström⟧
§ 1 Lägesrapport: ⟦Kim⟧ meddelade att testmiljön är klar.
§ 2 Budget: ⟦Sanna⟧ redovisade en reviderad budget.

=== hand-biz sv
FAKTURA 2024-117
Säljare: Erik Olssons Fastighetsförmedling, Nacka
Köpare: ⟦Mikael Forsell⟧, Ekvägen 3, 131 40 Nacka
Kontaktperson: ⟦Therese Blom⟧
Arvode: 62 000 kr inkl. moms.

=== hand-biz sv
CV – ⟦SARA LINDQVIST⟧
Erfarenhet: Ekonomichef, Gunnar Dafgård AB (2017–2024). Redovisningsekonom, Clas Ohlson (2011–2017).
Utbildning: Civilekonom, Handelshögskolan i Göteborg.
Referens: ⟦Lars-Göran Wiik⟧, CFO, Gunnar Dafgård AB.

=== hand-biz sv
Vidarebefordrat mejl
Hej ⟦Emil⟧ – se nedan. Kan du ta den?
/⟦Jenny⟧
----
Hej kundtjänst!
Jag har köpt en Bruno Mathsson-fåtölj hos er men den levererades i fel färg. Ordernummer 55120.
Mvh ⟦Kjell Åström⟧

=== hand-biz sv
Konsultavtal
Mellan Hedlund Konsult AB, genom ⟦Ola Hedlund⟧, och Region Gävleborg, genom ⟦Catarina Sund⟧, träffas följande avtal. Konsulten levererar en rapport om Ralph Erskine-husen i Sandviken.

=== hand-biz sv
CRM-anteckning
Kund: Lennart Gustavssons Fönsterputs AB. Kontakt: ⟦Britt Gustavsson⟧, inköpare. Ringde om nya skrapor. Hon nämnde att ⟦Conny⟧ på lagret har slutat. Nästa steg: ⟦Dennis⟧ skickar prover.

=== hand-biz sv
Hej alla!
⟦Gabriella Fors⟧ från KPMG kommer på torsdag kl. 10 till mötesrummet "Greta Garbo". Hon går igenom revisionen med ⟦Stefan⟧ och mig.
/⟦Maria⟧

=== hand-biz sv
Schema, vecka 7, ICA Maxi Haninge
Måndag: ⟦Wilma⟧, ⟦Elias⟧
Tisdag: ⟦Hugo⟧, ⟦Nour⟧
Onsdag: Stängt för inventering.
Torsdag: ⟦Wilma⟧, ⟦Albin⟧

=== hand-biz sv
Svar på ansökan
Hej ⟦Yasmin El-Sayed⟧!
Tack för din ansökan. Vi har valt att gå vidare med andra kandidater. Ring gärna ⟦Mona Falk⟧ på 08-123 456 78 om du har frågor.
Vänliga hälsningar
HR, Lindex

=== hand-biz sv
Mötesinbjudan
Ämne: Lansering av kollektionen "Astrid"
Deltagare: ⟦Jessica Örn⟧, ⟦Patrik Sjödin⟧, ⟦Isabelle Kahn⟧
Plats: Rummet "Selma Lagerlöf"
Vi går igenom kampanjen och produktnamnet.

=== hand-biz sv
Överlämning
⟦Fredrik⟧ tar över mina kunder från 1 mars: Axel Johnson, Stadium och Bergendahls. Ring ⟦Fredrik Tell⟧ på 070-111 22 33. Tack för samarbetet!
⟦Urban Sten⟧

=== hand-biz sv
Hyresavtal för lokal
Hyresvärd: Fastighets AB Birger Jarl, genom vd ⟦Claes Fiskare⟧
Hyresgäst: Vinbaren Gösta, genom ⟦Tindra Lövgren⟧
Lokal: Birger Jarlsgatan 12, bottenvåningen.

=== hand-biz sv
Slack-tråd
⟦Bosse⟧: har du pratat med ⟦Svensson⟧ på Svenssons Kyl?
⟦Mia⟧: ja, de kommer fredag
⟦Bosse⟧: bra, då säger jag till ⟦Kalle⟧

=== hand-biz sv
Orderbekräftelse
Tack för din order, ⟦Birgitta Mörner⟧!
1 x Lisa Larson-katt, Mikey
2 x PH 5-lampa, vit
Levereras till: Storgatan 4, 903 26 Umeå.
Frågor? Mejla kundservice@formhuset.se.

=== hand-biz sv
Protokoll, samverkansgruppen
Närvarande: vd ⟦Per-Olof Krantz⟧, fackklubbens ordförande ⟦Irene Dahl⟧, ⟦Stina Jansson⟧.
§ 1 Julbordet äts på Operakällaren.
§ 2 Nytt avtal med Jacobssons Catering.

=== hand-biz sv
Referens
Jag rekommenderar varmt ⟦Jonatan Ekberg⟧, som var lärling hos oss i två år. Hör gärna av dig.
⟦Margareta Skog⟧, ägare, Skogs Blommor

=== hand-biz sv
Utläggsunderlag
Resa till Malmö 12/3: ⟦Louise Krantz⟧ och ⟦Anders Bergqvist⟧.
Hotell: Hotell Gustav Adolf.
Middag med kunden ⟦Nils Berglund⟧ från VA Syd.
Attest: ⟦Henrietta⟧

=== hand-biz sv
Internt meddelande
VIKTIGT: Nytt passersystem. Alla hämtar nya kort hos ⟦Lasse⟧ i receptionen. Frågor till it-chefen ⟦Ronja Hasselgren⟧. Skriv upp dig på listan.

=== hand-mixed sv
Facebookgruppen "Vi som bor på Söder"
⟦Lena Westerlund⟧: Har någon sett en svart katt vid Katarina Bangata?
⟦Per Rydberg⟧: Nej, men fråga ⟦Elsie⟧ på nummer 8
⟦Lena Westerlund⟧: Tack ⟦Per⟧!

=== hand-mixed sv
Sms-tråd, familjen
Mamma: Hämta ⟦Vide⟧ kl 15, jag sitter i möte
Pappa: ok. ska ⟦Alice⟧ också hämtas?
Mamma: nej, hon går hem med ⟦Signe⟧
Pappa: 👍

=== hand-mixed sv
Mejl med signatur
Hej ⟦Tina⟧!
Bifogat är offerten. Svara gärna före fredag.
Med vänlig hälsning
⟦Kalle Vinde⟧ | Projektledare
Vinde & Våg Konsult AB | kalle.vinde@vindevag.se | 070-222 33 44

=== hand-mixed sv
Protokoll, samfällighetsföreningen Solbacken
Närvarande: ⟦Gun Bonde⟧, ⟦Ivar Sommar⟧, ⟦Jill Korp⟧, ⟦Klas Storm⟧.
§ 1 Vägen upp till Astrid Lindgrens förskola ska asfalteras. ⟦Klas⟧ tar in offerter.
§ 2 Storm och regn har vält staketet vid lekplatsen.

=== hand-mixed sv
LinkedIn-inlägg
Stolt över mitt team! Tack ⟦Ali Rezaei⟧, ⟦Nora Kirk⟧ och ⟦Rasmus Holm⟧ för en fantastisk lansering hos Volvo Cars. ⟦Rasmus⟧, du har varit en klippa.
#teamwork

=== hand-mixed sv
Discord, #allmänt
⟦björn⟧: vem lirar i kväll?
⟦mattias⟧: jag är med
⟦ida⟧: kan först kl 21
⟦mattias⟧: lugnt, vi väntar på dig ⟦ida⟧
⟦björn⟧: en björn i skogen i morse, lång dag, jag är ute

=== hand-mixed sv
Anteckningar, föräldramöte 2A, Carl Larssonskolan
Klassläraren ⟦Helena Bang⟧ berättade om lägerskolan. Föräldrarådet: ⟦Tina Hultén⟧ (mamma till ⟦Oscar⟧) och ⟦Hassan Jafari⟧ (pappa till ⟦Leila⟧).

=== hand-mixed sv
Recension på Google
★★★★★ ⟦Marlene H.⟧ skrev: Jättebra service hos Clas Ohlson i Täby. ⟦Ahmad⟧ i kassan var supertrevlig.
Svar från ägaren: Tack ⟦Marlene⟧!

=== hand-mixed sv
Flashback-tråd
Har någon testat Arvid Nordquist Classic? Min kollega ⟦Björn⟧ svär vid det. Själv dricker jag Zoégas.

=== hand-mixed sv
Intranät: Tårtdag
På fredag fyller ⟦Karolina⟧ på lön år och ⟦Sören⟧ på IT har 25-årsjubileum. Tårta i matsalen kl. 14. På måndag talar vd ⟦Ellen Lund⟧.

=== hand-mixed sv
Meddelande i Schoolsoft
Hej föräldrar! I morgon kommer författaren ⟦Martin Widmark⟧ och läser ur "LasseMajas detektivbyrå". Ta med matsäck. Hälsningar ⟦Birgitta⟧ och ⟦Jonas⟧, 1B

=== hand-mixed sv
Chattlogg, kundtjänst
Handläggare ⟦Sara⟧: Hej, vad kan jag hjälpa till med?
Kund ⟦Erland Tvede⟧: Min Orrefors-vas har gått sönder
Handläggare ⟦Sara⟧: Tråkigt att höra, ⟦Erland⟧. Skicka en bild.

=== hand-mixed sv
Inbjudan
Välkommen till ⟦Karin⟧ och ⟦Björns⟧ bröllop lördag 7 juni i Storkyrkan. Fest efteråt på Hotel Kung Carl. OSA till ⟦Karin⟧ på 073-455 66 77.

=== hand-mixed sv
Anslagstavlan, Myrorna
SÄLJES: Bruno Mathsson-stol och en Carl Malmsten-soffa. Kontakta ⟦Vivianne⟧ på 070-314 15 92.
KÖPES: Lego. Ring ⟦Tor Ravnsson⟧.

=== hand-mixed sv
Laguppställning, korpfotboll
Mål: ⟦Mårten⟧
Back: ⟦Anders Kjellberg⟧, ⟦Ebbe⟧, ⟦Yusuf⟧
Forward: ⟦Dan⟧, ⟦Lars-Olof⟧
Lagnamn: Glada Gubbar

=== hand-mixed sv
Resedagbok
Dag 3: Besökte Strindbergsmuseet. Guiden ⟦Anette⟧ berättade om ⟦August Strindberg⟧ och ⟦Siri von Essen⟧. Middag på Café Lycka.

=== hand-mixed sv
Inköpslista
Mjölk, bröd, Marabou
Ring tandläkare ⟦Ravn⟧ om tid
Present till mormor ⟦Inga⟧

=== hand-mixed sv
Kalenderutdrag
09:00 Möte med ⟦Jesper Fogelberg⟧ (Teams)
11:00 Lunch med ⟦Ninni⟧
14:00 Visning, Millesgården
16:00 Hämta ⟦Alma⟧

=== hand-mixed sv
Gruppchatt "Löparklubben"
⟦Charlotte⟧: springer vi vid Evert Taubes terrass i morgon?
⟦Dennis⟧: japp kl 7
⟦charlotte⟧: perfekt, ⟦dennis⟧ tar med kaffe 😀

=== hand-mixed sv
Kommentarer, lokaltidningen
⟦Bengt Lycke⟧: Lycka är att bo i Ystad.
⟦Susanne Glad⟧: Glad att höra, ⟦Bengt⟧!
⟦Jan Storm⟧: Håller med.

=== hand-biz sv
ÖPPETTIDER i påsk
Butiken på Olof Palmes gata och utlämningen vid Raoul Wallenbergs torg är stängda på långfredagen och påskdagen. Beställ Lisa Larson-lejonet och Josef Frank-kudden på nätet. Kundtjänst svarar på kundtjanst@hemstilen.se.

=== hand-mixed sv
Lapp i trapphuset
Storm och regn i natt: Källaren under nr 12 är översvämmad. Vattenverket kommer i morgon. Sol och värme hade varit skönt nu. Ring fastighetsskötaren på 08-20 30 40.
"""
