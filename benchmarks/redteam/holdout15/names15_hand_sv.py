"""Hand-written Swedish documents of the v15 names hold-out (``⟦Name⟧`` marks a PERSON span, see
``cats15_markup.py``; families ``hand-news``, ``hand-biz``, ``hand-mixed`` give the genre)."""

BANK = """
=== hand-news sv
Ny rektor på Vasaskolan
⟦Johanna Lindblad⟧, 51, blir ny rektor på Vasaskolan i Gävle. Hon kommer närmast från en tjänst som biträdande rektor i Sandviken. Förvaltningschef ⟦Mats Edlund⟧ säger att ⟦Lindblad⟧ har stor erfarenhet.

=== hand-news sv
Jubilar
⟦Bengt-Göran Fors⟧ i Hofors firar 40 år på Sandvik. ⟦Bengt-Göran⟧ började som svarvare och är i dag arbetsledare. Kollegorna bjuder på tårta i matsalen.

=== hand-news sv
Dödsfall
Förre kommunalrådet ⟦Gun-Britt Sahlin⟧ har avlidit, 86 år. ⟦Sahlin⟧ satt i fullmäktige i 28 år. Hon efterlämnar döttrarna ⟦Eva⟧ och ⟦Lotta⟧.

=== hand-news sv
Färjan är tillbaka
Vägfärjan Gullmaren trafikerar igen efter en vecka på varv. Befälhavare ⟦Kenth Ekholm⟧ säger att resenärerna varit tålmodiga. Klara besked om tidtabellen kommer i morgon, lovar Trafikverket.

=== hand-news sv
Recension: Fröken Julie på Dramaten
⟦Alicia Vikander⟧ gör Julie med glöd och ⟦Gustaf Skarsgård⟧ är en farlig Jean. Regissören ⟦Anna Pettersson⟧ har flyttat ⟦Strindbergs⟧ midsommarnatt till ett hotellkök. Julie och Jean är gestalter; pjäsen är ⟦August Strindbergs⟧.

=== hand-news sv
Veckans profil
Veckans profil är ⟦Hodan Warsame⟧ som startat läxhjälp på biblioteket i Rinkeby. En ek och en lind har planterats utanför, men det är ⟦Warsame⟧ som fått folk att komma. Hon får hjälp av ⟦Per-Erik⟧ från PRO.

=== hand-news sv
Vinnare i korsordet
Trisslotter går till ⟦Ingegerd Mattsson⟧, Mora, ⟦Sune Dahl⟧, Orsa, och ⟦Lillemor Ek⟧, Älvdalen. Priserna skänks av Clas Ohlson i Mora.

=== hand-news sv
Valet: personkryss i Örebro
Flest personkryss fick ⟦Anna Ljungdahl⟧ (S), följd av ⟦Ola Karlsson⟧ (M) och ⟦Bror Strandberg⟧ (C). Min bror röstade för första gången, berättar en väljare. ⟦Strandberg⟧ har suttit sedan 2018.

=== hand-news sv
Ny veterinärklinik i Kristianstad
Veterinärerna ⟦Klara Ekström⟧ och ⟦Nils Hedin⟧ öppnar klinik på Västra Boulevarden. De har arbetat på Evidensia. Många kunder är lantbrukare, säger ⟦Klara⟧.

=== hand-news sv
Rodd: SM i Strängnäs
⟦Moa Lindqvist⟧ och ⟦Ebba Sjögren-Hall⟧ vann guld i dubbelsculler. Tränaren ⟦Mikael Björck⟧ var stolt. Båden betalades av Wasa Kredit.

=== hand-news sv
Hedersmedborgare
Kommunen utser författaren ⟦Kerstin Ekman⟧ till hedersmedborgare. Hon växte upp i Katrineholm och skrev Händelser vid vatten, som inte är självbiografisk. Kommunalrådet ⟦Linnea Vik⟧ delar ut priset på Hotell Stadt.

=== hand-news sv
Kyrkliga meddelanden, Domkyrkoförsamlingen
Döpta: ⟦Elton Viktor Gren⟧, ⟦Tilde Marie Ståhl⟧. Vigda: ⟦Sara Ek⟧ och ⟦Fredrik Hamberg⟧. Begravda: ⟦Harry Sundin⟧.

=== hand-news sv
Radio i dag
P1 kl 10.03: ⟦Lisa Wall⟧ samtalar med ⟦Jonas Gardell⟧ om tro. P2 kl 12.15: Stenhammar-konsert från Berwaldhallen. Kl 13: Filippa K-visning från modeveckan.

=== hand-news sv
Polisen rapporterar
En bil stals på Dag Hammarskjölds väg natten till tisdag. En cykel har hittats vid Gustav Adolfs torg. Polisen har ingen misstänkt.

=== hand-news sv
Vädret: Klart och kallt
Klart väder och minusgrader väntar i helgen, säger SMHI. Storm i fjällen på söndag.

=== hand-news sv
Fotboll: Dalkurd – Sandviken 2–1
⟦Adam Yasin⟧ slog in straffen och ⟦Ebbe Sjöberg⟧ nickade in 2–1. Sandvikens tränare ⟦Jocke⟧ tyckte att domaren ⟦Kristoffer Karlsson⟧ missade en frispark.

=== hand-news sv
Pris till kocken
⟦Björn Frantzén⟧ tog emot Gastronomiska Akademiens guldmedalj. ⟦Frantzén⟧ tackade sin souschef ⟦Jim Löfdahl⟧. Priset delades ut på Grand Hôtel.

=== hand-news sv
Bibliotekets program
Onsdag: författarkväll med ⟦Sara Stridsberg⟧. Torsdag: läxhjälp. Lördag: Gustavsbergsporslinets historia med antikvarie ⟦Hanna Ljung⟧. Alla välkomna i Selma-salen.

=== hand-biz sv
Offert på städning
Hej ⟦Maria Sund⟧!
Tack för samtalet i går. Här kommer offerten på veckostädning av era lokaler på Birger Jarlsgatan. Ring mig på 070-214 68 90.
Vänliga hälsningar
⟦Johan Wester⟧
Säljchef, Städpartner AB
johan.wester@stadpartner.se

=== hand-biz sv
Protokoll, styrelsemöte Fiskhallen i Smögen AB
Närvarande: ⟦Lars-Åke Bohlin⟧ (ordf.), ⟦Viveka Krantz⟧, ⟦Sune Holm⟧. Frånvarande: ⟦Camilla Åberg⟧.
1. Bokslutet godkändes. 2. ⟦Viveka⟧ tar in offert på frys. 3. Nästa möte hos ⟦Bohlin⟧.

=== hand-biz sv
Inköpsorder 55201 – attest
Skapad av: ⟦Rebecka Skog⟧
Attesterad av: ⟦Henrik Lagerqvist⟧
Leverantör: Kalles Kaviar / Orkla Foods
Vara: 40 kartonger
Levereras till: Kungsgatan 12

=== hand-biz sv
Fullmakt
Jag, ⟦Hans-Erik Tidholm⟧, ger härmed ⟦Lisbet Tidholm⟧ fullmakt att skriva under köpekontraktet för Granvägen 9 för min räkning.
Ort, datum och underskrift: ⟦H-E Tidholm⟧

=== hand-biz sv
Autosvar
Tack för ditt mejl. Jag är på semester till och med 14 juli. Kontakta under tiden min kollega ⟦Sanna Björk⟧ på sanna.bjork@kommundata.se.
/⟦Niklas⟧

=== hand-biz sv
Transkription, Teams-möte
⟦Kristian Ahl⟧ 09:02: Hör alla mig?
⟦Doris Frank⟧ 09:02: Ja. ⟦Lars⟧ är på väg.
⟦Kristian Ahl⟧ 09:03: Bra. Vi börjar med siffrorna från förra kvartalet.
⟦Doris Frank⟧ 09:03: Kom ihåg att ⟦Lars⟧ har budgeten, inte jag.

=== hand-biz sv
Följesedel
Levererat till: Spendrups, Vårby
Mottaget av: ⟦Emil Sandberg⟧
Chaufför: ⟦Tomasz Kowal⟧
Varor: 12 pallar Norrlands Guld

=== hand-biz sv
CURRICULUM VITAE
⟦TYRA GYLLENHAMMAR⟧
Arbetslivserfarenhet: 2019– projektledare, Sweco. 2015–2019 ingenjör, WSP.
Referens: avdelningschef ⟦Tomas Berg⟧, lämnas på begäran.

=== hand-biz sv
Anställningserbjudande
Hej ⟦Yasmin Ali⟧!
Vi är glada att erbjuda dig tjänsten som redovisningsekonom på Johansson & Dahl Revision. Din chef blir ⟦Per Dahl⟧. Skicka det underskrivna avtalet till hr@jd-revision.se.
Hälsningar, ⟦Marie Johansson⟧, delägare

=== hand-biz sv
Reklamation
Kunden ⟦Arne Kolmodin⟧ har lämnat tillbaka en Lisa Larson-lejon med skada. Butikschefen ⟦Nina Lyngå⟧ bedömer att den har tappats. Skickas till Keramikstudion.

=== hand-biz sv
Faktura 2026-311
Kundens kontaktperson: ⟦Gunnar Thörn⟧
Vår referens: ⟦Lea Brinck⟧
Uppdrag: konsulttjänster, Carl Malmsten Möbler
Betalas till bankgiro 5551-1234.

=== hand-biz sv
Överlämning
⟦Jakob⟧ tar över kunderna Åhléns och Bruno Mathsson International från ⟦Helena Vik⟧, som går på föräldraledighet. ⟦Vik⟧ nås i nödfall.

=== hand-biz sv
Leverantörsregistrering
Företag: Oatly AB
Kontakt: ⟦Toni Petersson⟧
Ekonomi: faktura@oatly.example
Registrerad av: ⟦jenny⟧ (konsult)

=== hand-biz sv
Konkurs, kungörelse
Uddevalla tingsrätt har utsett advokat ⟦Kristina Fogelberg⟧ till förvaltare i Sven Smith Åkeri AB:s konkurs. Borgenärer kan anmäla fordringar.

=== hand-biz sv
Arbetsgivarintyg
⟦Sebastian Lundh⟧ var anställd hos oss på Drottningholms slottscafé som köksmästare 2020–2024. ⟦Sebastian⟧ var omtyckt. Med vänliga hälsningar ⟦Birgitta Holmgren⟧

=== hand-biz sv
VIKTIGT: Nya öppettider
Från måndag har butiken på Karl XII:s torg öppet 10–18. Lördag 10–14.

=== hand-biz sv
Kallelse
Rum: Greta Garbo (plan 2)
Deltagare: ⟦Axel Bengtsson⟧, ⟦Yvonne Kronberg⟧, ⟦Mikael Dahlin⟧
Ämne: budget 2027. ⟦Yvonne⟧ tar med fika.

=== hand-mixed sv
Messenger, familjen
⟦Martin⟧: vem hämtar mamma på Arlanda?
⟦Karin⟧: jag kan
Pappa: hon landar på terminal 5
⟦Martin⟧: 👍 tack ⟦Kajsa⟧

=== hand-mixed sv
Gästbok, Zornmuseet
Tack för en fin utställning om ⟦Anders Zorn⟧ och ⟦Emma Zorn⟧! Hälsningar ⟦Birgitta⟧ och ⟦Åke⟧ från Västerås.
Vilken dag. ⟦Carl Larsson⟧ var bättre, tycker jag. /anonym

=== hand-mixed sv
Strava-kommentarer
⟦Tobias Kärrholm⟧: snyggt pass!
⟦Lisa Öhman⟧: vilket tempo 💨
⟦Tobias Kärrholm⟧: ⟦lisa⟧ häng med nästa gång
Klart vi kör igen på lördag.

=== hand-mixed sv
Tradera-meddelande
Hej, finns Filippa K-kappan kvar? Jag kan hämta i morgon. Mvh ⟦Signe⟧
Svar: ja, hämta på Linnégatan 3. /⟦Camilla P.⟧

=== hand-mixed sv
Hundgruppen, Facebook
⟦Greta Wahlberg⟧: Har någon sett en svart labrador vid Raoul Wallenbergs torg?
⟦Kim Brandt⟧: Ja! ⟦Bror⟧ (min son) såg den i Humlegården.
⟦Greta Wahlberg⟧: tack ⟦Kim⟧, han heter Sixten

=== hand-mixed sv
Släktforskning – anteckningar
Farfars far ⟦Nils Petter Kjellberg⟧, f. 1869 i Arvika, gift med ⟦Anna Stina⟧. Sonen ⟦Johan Kjellberg⟧ emigrerade till Amerika. Namnen finns i Arvika församlings husförhörslängd.

=== hand-mixed sv
Visitkort (skannat)
⟦JONAS RYDBERG⟧
Delägare
Rydberg & Holt Arkitekter
jonas@rydberg-holt.se

=== hand-mixed sv
Schoolsoft
Hej föräldrar i 2A! Utflykt till Skansen på fredag. ⟦Malte⟧ och ⟦Ella⟧ har glömt matsäcken två gånger, så kolla väskan 😊 Hälsningar ⟦Pernilla⟧ och ⟦Yusuf⟧

=== hand-mixed sv
Recept: mormor ⟦Ingrids⟧ äppelkaka
500 g äpplen, 1 dl socker, mandelmassa. Mormor ⟦Ingrid⟧ använde alltid Göteborgs Kex, men Marabou funkar också.

=== hand-mixed sv
Fantasy-fotboll, ligan "Kontoret"
1. ⟦rune⟧ 412 poäng
2. ⟦Lärka Bögh⟧ 398
3. kasper_k (⟦Kasper Kjellgren⟧) 377
Klara för finalfest? Anmäl er.

=== hand-mixed sv
Instagram
Tack till @frejafoto – fotografen ⟦Freja Lundin⟧ – för bilderna från vårt bröllop på Hotel Kung Carl. ⟦Nanna⟧ och ⟦Oskar⟧ ❤️ #sommarbröllop

=== hand-mixed sv
Anslagstavla på ICA
SÄLJES: Bruno Mathsson-fåtölj, fint skick. Ring ⟦Erik⟧ på 070-40 60 80. Hämtas på Olof Palmes gata.

=== hand-mixed sv
SMS från tandläkaren
Hej ⟦Kerstin⟧, påminnelse om din tid hos tandläkare ⟦Holm⟧ torsdag kl 9.30. Svara JA för att bekräfta. Tandläkarna Holm & Rask

=== hand-mixed sv
Discord, #läxor
⟦ea⟧: nån som gjort uppgift 3?
⟦tova⟧: ja men den är svår
⟦ea⟧: ⟦tova⟧ skicka din
⟦bror⟧: glöm det ⟦ea⟧ lol

=== hand-mixed sv
Kalender, vecka 18
Mån: tandläkare. Tis: fika med ⟦Gunilla⟧. Ons: ⟦Allan⟧ fyller 50 (Restaurang Tore Wretman). Tor: ledig. Fre: valborgsmöte i samfälligheten.

=== hand-mixed sv
Recension på Trustpilot
Jättebra service på Clas Ohlson i Nacka. ⟦Kenneth⟧ i kassan hjälpte mig att hitta rätt borrmaskin. 5 stjärnor. /⟦Dorotea B.⟧
=== hand-mixed sv
Padel, bokningar lördag
8.00 bana 1: ⟦Jesper⟧, ⟦Mattias V.⟧, ⟦Sofie Dahlén⟧, ⟦Zainab⟧
9.00 bana 2: ⟦Henrik Storm⟧ + 3 gäster
Storm och regn? Vi spelar inne. Skriv till ⟦Jesper⟧ om ni lämnar återbud.

=== hand-mixed sv
Kommentarer på lokaltidningens Facebook
⟦Lena Kvist⟧: Äntligen ett nytt bageri på Linnégatan!
⟦Åsa Holmberg⟧: ⟦Lena⟧ det är bara Pågen som flyttar sin butik
⟦Pia Rönn⟧: ⟦Åsa⟧ har rätt. Men ⟦Jens⟧ från gamla bageriet öppnar igen på Kyrkogatan.

=== hand-mixed sv
Bordsplacering, bröllop
Bord 1: brudparet ⟦Kristin⟧ och ⟦Magnus⟧, tärna ⟦Ditte Wingård⟧ och marskalk ⟦Fredrik Bergh⟧
Bord 2: mormor ⟦Edit⟧, morfar ⟦Knut⟧, farbror ⟦Pål⟧
Bord 3: vänner från Handelshögskolan

=== hand-biz sv
Checklista, nyanställd
Namn: ⟦Olivia Brandin⟧
Mentor: ⟦Rune Möller⟧
IT-konto skapat av: ⟦Sami⟧
Chef: ⟦Karin Lycke Dahl⟧
Lycka till!

=== hand-biz sv
Mejltråd (vidarebefordrad)
> ⟦Peter⟧, kan du kolla priset? /⟦Sanna⟧
>> ⟦Sanna⟧, ⟦Lasse Bro⟧ på Bro & Tönnesson har lovat svar på fredag. /⟦Peter Kask⟧
För kännedom. Hälsningar ⟦Julia Ravn⟧

=== hand-news sv
Skytte: resultat från SM
Gevär 50 m: 1. ⟦Stina Nilsson⟧, 2. ⟦Olle Kjær⟧, 3. ⟦Anders Bång⟧. Luftpistol: 1. ⟦Karl Vit⟧. Förbundskapten ⟦Jakob Lundh⟧ är nöjd.

=== hand-news sv
Musikalpremiär på Göta Lejon
⟦Sissela Benn⟧ och ⟦Linus Wahlgren⟧ spelar huvudrollerna i "Peter Pan". Peter Pan och Wendy är figurer, men regissören ⟦Anna Novovic⟧ har gjort dem vuxna.
"""
