"""Hand-written Swedish documents of the v16 names hold-out (``⟦...⟧`` marks a PERSON span)."""

BANK = """
=== hand-news sv
Ny rektor på Vasaskolan
⟦Cecilia Bergqvist⟧ blir från höstterminen rektor på Vasaskolan i Gävle. Hon efterträder ⟦Ove Lindahl⟧, som går i pension. "⟦Cecilia⟧ har ett stort hjärta för eleverna", säger förvaltningschefen ⟦Jan-Erik Moberg⟧.

=== hand-news sv
Färjan tillbaka i trafik
Gotlandsfärjan är tillbaka efter varvsbesöket. Befälhavare ⟦Stefan Rydh⟧ berättar att allt gått enligt plan. Hamnkaptenen ⟦Lena Gustafsson⟧ tog emot de första passagerarna.

=== hand-news sv
Recension: "Fröken Julie" på Dramaten
⟦Alicia Vikander⟧ gör Julie med skärpa, och ⟦Gustaf Skarsgård⟧ är en farlig Jean. ⟦Strindbergs⟧ text lyfter i ⟦Anna Petterssons⟧ regi. Fyra getingar.

=== hand-news sv
Dödsfall
Förre kyrkoherden ⟦Sven-Olof Hedlund⟧, Mora, har avlidit, 91 år. ⟦Hedlund⟧ var kyrkoherde i Mora i trettio år. Han sörjs närmast av makan ⟦Elsie⟧ och tre barn.

=== hand-news sv
Fotboll: Degerfors vann med 2–1
⟦Erik Lindell⟧ gav Degerfors ledningen i första halvlek. ⟦Osmanović⟧ kvitterade, men ⟦Dijan Vukojević⟧ avgjorde i slutminuten. Tränaren ⟦Henok Goitom⟧ var nöjd.

=== hand-news sv
Jubileum
Snickarmästaren ⟦Bo Ljungqvist⟧ firar 40 år som egenföretagare. Ljungqvist & Son Bygg AB drivs idag med dottern ⟦Hedda⟧. Mottagning på Olof Palmes gata 12.

=== hand-news sv
Polisen: Inbrott vid Sveavägen
Natten till onsdag gjordes ett inbrott i en butik nära Olof Palmes plats. Gärningspersonen är okänd. Polisen söker vittnen.

=== hand-news sv
Pris
Årets Stenhammarpris går till sopranen ⟦Malin Byström⟧. Priset delas ut i Konserthuset av Kungliga Musikaliska Akademien. ⟦Byström⟧ säger att hon är "överlycklig".

=== hand-news sv
Ny präst i Ljusdal
Församlingen har anställt ⟦Maria Sundin-Ek⟧ som kyrkoherde. Hon installeras på söndag av biskop ⟦Eva Nordung Byström⟧. Kyrkkaffe serveras i Sankt Olofs församlingshem.

=== hand-news sv
Val i Ystad
Kommunstyrelsens ordförande ⟦Kristina Bendz⟧ fick flest personröster. Utmanaren ⟦Peter Nilsson Fors⟧ kom tvåa. Klart väder gav högt valdeltagande.

=== hand-news sv
Rodd
På SM i Norrköping vann ⟦Ebba Lind⟧ och ⟦Tilde Ek⟧ dubbelsculler. En ek och en lind stod vid målet. Tränaren ⟦Mats Bror⟧ var glad.

=== hand-news sv
Radio idag
P1 kl. 10: "Min bror och jag", reportage. P2 kl. 19: Sveriges Radios symfoniorkester, dirigent ⟦Daniel Harding⟧.

=== hand-news sv
Vädret
Sol i söder, regn i norr. Storm i fjällen under natten. Svaga vindar vid kusten.

=== hand-news sv
Porträtt: Fiskaren från Smögen
⟦Lars-Göran Olsson⟧, 64, har fiskat sedan han var 14. "Pappa ⟦Gunnar⟧ lärde mig allt", säger ⟦Lars-Göran⟧. Frun ⟦Gun⟧ säljer räkorna i boden.

=== hand-news sv
Korsordsvinnare
⟦Ingrid Åkesson⟧, Falun; ⟦B. Strömberg⟧, Borås; ⟦Lisa⟧ och ⟦Kent Wall⟧, Umeå. Vinsterna har skickats.

=== hand-news sv
Veterinärklinik öppnar
Veterinären ⟦Johanna Frisk⟧ öppnar klinik på Drottninggatan. Hon har tidigare arbetat på Anicura. "Äntligen", säger ⟦Frisk⟧.

=== hand-news sv
Hedersmedborgare
Kommunfullmäktige har utsett författaren ⟦Kerstin Ekman⟧ till hedersmedborgare i Härnösand. Hon belönades 1993 med Augustpriset.

=== hand-biz sv
Hej ⟦Fredrik⟧
Tack för igår. Bifogar offert på 12 Bruno Mathsson-fåtöljer till lounge. Säg till om ⟦Petra⟧ på inköp ska ha en kopia.
Vänliga hälsningar
⟦Annelie Kroon⟧
Säljare, Kontorsmöbler Väst AB
Tel. 031-22 44 10 · annelie.kroon@kontorsmoblervast.se

=== hand-biz sv
PROTOKOLL – STYRELSEMÖTE 14 MAJ
Närvarande: ⟦Bengt Axelsson⟧ (ordf.), ⟦Sara Lööf⟧, ⟦Tomas Hägg⟧, ⟦Jenny Holm⟧. Frånvarande: ⟦Kalle Nord⟧.
Sekreterare: JH
§ 1. ⟦Bengt⟧ öppnade mötet. Bokslutet godkändes.
§ 2. ⟦Jenny Holm⟧ presenterade budgeten.

=== hand-biz sv
CURRICULUM VITAE
⟦ELIN MARKLUND⟧
Projektledare · elin.marklund@outlook.com
Erfarenhet: 2018– Skanska; 2013–2018 Peab.
Referens: ⟦Ola Berg⟧, avdelningschef, Peab.

=== hand-biz sv
Faktura 2026-118
Kund: Lindberg & Wahl Advokatbyrå, Storgatan 5, Umeå
Att: ⟦Helena Wahl⟧
Vår referens: ⟦Oskar Dahlin⟧
Belopp: 24 500 kr exkl. moms.

=== hand-biz sv
Vidarebefordrat meddelande
Från: ⟦Roger Sjö⟧ <rs@sjoror.se>
Ämne: SV: Läckage
Hej ⟦Tina⟧, vi kommer torsdag. ⟦Mange⟧ tar med slangen.
/RS

=== hand-biz sv
Autosvar: Jag är på semester till 4 augusti. Kontakta min kollega ⟦Moa Linde⟧ på moa.linde@elbolaget-syd.se eller 040-11 22 33. Hälsningar ⟦Jonas Ek⟧

=== hand-biz sv
Fullmakt
Undertecknad ⟦Karl-Axel Bergman⟧ ger härmed ⟦Kerstin Bergman⟧ fullmakt att underteckna köpekontraktet avseende Astrid Lindgrens väg 3.
Ort, datum, namnteckning: ⟦K-A Bergman⟧

=== hand-biz sv
Följesedel 40221
Levererat till: Clas Ohlson, Drottninggatan
Mottaget av: ⟦Wilma⟧ (lager)
Chaufför: ⟦Ronny J.⟧

=== hand-biz sv
CRM-anteckning 12/9: Pratade med ⟦Göran Nyberg⟧ på Carl Malmsten Möbler. Han vill ha ny offert. ⟦Göran⟧ sa att ⟦Anette⟧ är ny inköpschef. Följ upp v. 40. /ML

=== hand-biz sv
Anställningsavtal
Mellan Volvo Cars AB och ⟦Albin Sundqvist⟧ avtalas anställning som tekniker från 1 oktober. Närmaste chef: ⟦Sanna Dreyer⟧.

=== hand-biz sv
Kallelse: Projekt Klara
Deltagare: ⟦Ivar Thorell⟧, ⟦Helén Bunde⟧, ⟦Ali Hassan⟧. Rum: Greta Garbo (plan 2). Klara besked om budgeten behövs före fredag.

=== hand-biz sv
Anteckningar från Teams-möte
⟦Vilgot⟧: Jag har gjort utkastet.
⟦Nora Skog⟧: Bra, jag skickar till ⟦Rasmus⟧.
⟦Vilgot⟧: Glöm inte att ⟦Rasmus⟧ är ledig.

=== hand-biz sv
Bästa herr ⟦Lindroth⟧
Vi bekräftar härmed er beställning. Vid frågor, kontakta ⟦Camilla⟧ på kundtjänst.
Med vänliga hälsningar
Kalles Kaviar / Orkla Foods Sverige

=== hand-biz sv
Referens för ⟦Yasin Omar⟧
⟦Yasin⟧ har arbetat som kock på Restaurang Tore Wretman 2020–2025. Han är pålitlig. ⟦Mikaela Bryde⟧, köksmästare.

=== hand-biz sv
Konkurs: Byggfirman Nils Lund AB
Förvaltare: advokat ⟦Marie Sönnerberg⟧. Bevakning av fordringar skickas till förvaltaren.

=== hand-biz sv
Leverantörsuppgifter
Företag: Jula AB
Kontakt: ⟦Doris Skarp⟧ (doris.skarp@jula.se)
Betalning: 30 dagar netto.

=== hand-mixed sv
[Messenger · Familjen]
mamma: har nån sett mormors glasögon
⟦klara⟧: nej
⟦ludde⟧: ⟦klara⟧ tog dem i bilen tror jag
mamma: tack ⟦ludde⟧ ❤️

=== hand-mixed sv
Gästbok, Zornmuseet
Underbart att se ⟦Zorns⟧ "Midsommardans" på riktigt! – ⟦Birgitta⟧ och ⟦Olle⟧ från Västerås
Tack för en fin dag. ⟦Nils⟧ (8 år)

=== hand-mixed sv
Blocket-annons: Säljer Lisa Larson-katt, fint skick. Hämtas i Uppsala hos ⟦Maud⟧. Skriv till maud_uppsala.

=== hand-mixed sv
[Hundägare i Haga]
⟦Tove⟧: Har nån sett en svart pudel vid Karlavägen?
⟦Jocke B⟧: Ja! Den sprang mot Hagaparken
⟦Tove⟧: Tack ⟦Jocke⟧! Det är grannens hund Sigge

=== hand-mixed sv
Släktanteckning: ⟦Brita Kajsa Ersdotter⟧ f. 1839 i Orsa, gift 1860 med ⟦Anders Persson⟧. Dottern ⟦Karin⟧ emigrerade till Minnesota.

=== hand-mixed sv
Meddelande från klassläraren ⟦Anna Friberg⟧: ⟦Otto⟧ och ⟦Selma⟧ har fruktstund på torsdag. Klart väder – vi går till Skansen på fredag!

=== hand-mixed sv
Recept: Farmor ⟦Elsas⟧ kanelbullar
Mjöl, smör, socker och kanel. Tack till ⟦Bror⟧ (min son) som knådade degen.

=== hand-mixed sv
Sms från Folktandvården: Hej ⟦Alva⟧! Välkommen till tandläkare ⟦Öberg⟧ imorgon kl. 8.15. Mvh Folktandvården Hisingen

=== hand-mixed sv
[Discord · #allsvenskan-fantasy]
⟦viktor⟧: vem har ⟦Isak⟧ i laget
⟦filip⟧: jag och ⟦nisse⟧
⟦viktor⟧: starkt ⟦nisse⟧, du leder

=== hand-mixed sv
Trustpilot: Snabb leverans från Filippa K. ⟦Nadja⟧ i butiken var jättetrevlig. ★★★★★ – ⟦Karin L.⟧

=== hand-mixed sv
Anslagstavla på ICA: Barnvakt sökes till ⟦Signe⟧ (4) och ⟦Hugo⟧ (2). Ring ⟦Stina⟧ på 070-123 45 67. Bo i Lund? Hör av dig!

=== hand-mixed sv
Strava: ⟦Rasmus Klint⟧ sprang 10,4 km runt Djurgården. ⟦Pia⟧ och 3 andra gav kudos.

=== hand-mixed sv
Kalender: 9.00 möte m. ⟦Lars⟧ · 12.00 lunch m. ⟦Jessica Bark⟧ · 15.00 tandläkare · 17.30 hämta ⟦Vera⟧

=== hand-mixed sv
[Messenger · P12 föräldrar]
⟦Malin⟧ (mamma till ⟦Elvin⟧): Samåkning lördag: jag tar ⟦Elvin⟧, ⟦Sixten⟧ och ⟦Ture⟧
⟦jonas k⟧: ⟦Melvin⟧ åker med mig, och ⟦Leo⟧ också
⟦Malin⟧: toppen! vem tar ⟦Harry⟧?
⟦Petra S⟧: det gör jag 👍 och ⟦Loke⟧ om han är frisk

=== hand-mixed sv
Kommentarer, Facebooksidan för Bokcafé Pilgatan
⟦Eva Rask⟧: Härlig kväll med ⟦Jonas Hassen Khemiri⟧ igår!
⟦Per-Erik Lund⟧: Håller med, och ⟦Lena Andersson⟧ nästa månad blir också bra
⟦eva rask⟧: ⟦Per-Erik⟧, tar du med ⟦Birgit⟧?

=== hand-mixed sv
Anmälningslista – midsommar, Vägföreningen Ängen
⟦Göran⟧ och ⟦Lis Nyholm⟧ nr 3 · ⟦Amira Saleh⟧ nr 7 · ⟦Fredrik Juhlin⟧ nr 12 (med ⟦Signe⟧ och barnen) · ⟦Kaj⟧ nr 15 · familjen ⟦Östlund⟧ nr 21

=== hand-biz sv
Underskriftssida
För hyresvärden: ⟦Torbjörn Lyck⟧, vd
För hyresgästen: ⟦Sabina Holm⟧ och ⟦Rasmus Holm⟧
Bevittnas: ⟦Karin Möller⟧, ⟦Ali Reza Ahmadi⟧

=== hand-biz sv
Minnesanteckningar – avdelningsmöte kundtjänst
Deltagare: ⟦Pia⟧, ⟦Jonas⟧, ⟦Haider⟧, ⟦Linn M.⟧, ⟦Linn S.⟧, ⟦Bosse⟧ (mötesledare)
⟦Haider⟧ gick igenom väntetider. ⟦Linn S.⟧ föreslog kvällschatt. ⟦Bosse⟧ tar det med ⟦Camilla Krantz⟧.
Nästa möte: ⟦Pias⟧ rum, tisdag.

=== hand-biz sv
Mejltråd (kopia)
> Hej ⟦Mårten⟧, kan ⟦Henrietta⟧ ta över ärendet? /⟦Ebbe⟧
Hej ⟦Ebbe⟧, ja, ⟦Henrietta Kirk⟧ tar det från måndag. Hon känner familjen ⟦Åkesson⟧ sedan tidigare.
⟦Mårten Skytt⟧ · marten.skytt@advokathuset-vast.se

=== hand-news sv
Barnmorskor firar 300 år
På festen i Uppsala talade barnmorskan ⟦Ann-Marie Wejle⟧ och ordföranden ⟦Mia Ahlberg⟧. ⟦Wejle⟧ har tagit emot 3 000 barn, bland dem kommunalrådet ⟦Erik Pellgren⟧ och hans döttrar ⟦Ella⟧ och ⟦Stina⟧.

=== hand-news sv
Handboll: Truppen till landskampen
Förbundskaptenen ⟦Michael Apelgren⟧ har tagit ut ⟦Jim Gottfridsson⟧, ⟦Andreas Palicka⟧, ⟦Hampus Wanne⟧, ⟦Eric Johansson⟧ och ⟦Lukas Sandell⟧. ⟦Gottfridsson⟧ är lagkapten, medan ⟦Palicka⟧ vilar en match.

=== hand-news sv
Kyrkboken, Domkyrkoförsamlingen
Döpta: ⟦Alicia Sofia Krantz⟧, ⟦Malte Emil Dahlén⟧. Vigda: ⟦Camilla Brunn⟧ och ⟦Jesper Laurén⟧. Begravda: ⟦Ester Kristina Hall⟧, 94 år, ⟦Sven-Åke Bus⟧, 81 år. Präst: ⟦Mikael Wold⟧.

=== hand-mixed sv
[Sms-tråd, Grannar Klövervägen]
⟦Anette⟧ nr 4: Soptunnan har vält igen 🙄
⟦Robban⟧: Det var nog ⟦Kims⟧ släpvagn
⟦kim⟧: förlåt!! jag städar, ⟦Anette⟧ 🙏
⟦Ulla B⟧: ⟦Robban⟧ och ⟦Kim⟧, kommer ni på grannfesten?
"""
