"""Hand-written Swedish documents of the v13 names hold-out (``⟦...⟧`` marks a PERSON span; ``=== family lang``
starts a document; families ``hand-news``, ``hand-biz``, ``hand-mixed``). Genres new to v13: horse and dog shows,
V75 results, TV listings, Lucia and Valborg notices, birth and wedding notices, lottery winners, transfer news,
bridge results, wine columns, podcast notes, conference programmes, tender evaluations, shortlists, deviation
reports, expense claims, event guest lists, git logs, Jira comments, Doodle exports, quiz teams, Secret Santa
draws, karaoke lists, reading lists and Tradera messages."""

BANK = """
=== hand-news sv
Hundutställning i Eskilstuna: BIR och BIM
Bäst i rasen blev tax-hanen "Herr Nilsson" från Kennel Vårbacka, visad av ⟦Mona Sjöberg⟧. Bästa tik blev golden retrievern "Greta", ägd av ⟦Alf Ros⟧ i Nora. Domare: ⟦Katarzyna Nowicka⟧.

=== hand-news sv
Elmia Lantbruk: Årets kviga
Årets kviga blev SRB-kvigan "Stina 881" från familjen ⟦Bondes⟧ gård utanför Mora. Unga ledarpriset gick till ⟦Ella Hed⟧, 14. Juryordförande var ⟦Sten Karlsson⟧.

=== hand-news sv
V75 på Solvalla – lördagens resultat
Avd 1: "Björn Boko" (kusk ⟦Örjan Kihlström⟧) före "Dag Hammar" (kusk ⟦Jenny Vik⟧). Jackpotten på 32 miljoner gick till en andelsspelare i Karlstad, meddelar ATG.

=== hand-news sv
TV-tablå, lördag – TV4
20.00 "Lorry" (repris) med ⟦Peter Dalle⟧ och ⟦Claes Månsson⟧.
21.30 Beck: Beck och Gunvald jagar en seriemördare. Med ⟦Peter Haber⟧.
23.00 "⟦Zlatan⟧ – historien om en ikon".

=== hand-news sv
Födda, vecka 12
⟦Lucia⟧, född 1 mars, 3 280 g. Stolta föräldrar ⟦Sara Ek⟧ och ⟦Omar Saleh⟧, Luleå. Storasyster ⟦Viola⟧ har redan köpt en docka. Luciatåget i december får vänta.

=== hand-news sv
Vigda i Uppsala domkyrka
Lördagen vigdes ⟦Karin Sten⟧ och ⟦Björn Dahl⟧ av komminister ⟦Ulf Pettersson⟧. Tärna var ⟦Ronja Sten⟧. Middagen hölls på Hotell Linné, där ⟦Dag Ulfsson⟧ talade.

=== hand-news sv
Bingovinst i Kristinehamn
Bingolotto gav 50 000 kronor till ⟦Gun-Britt Åkesson⟧, 79. "Tur och lycka!" sa hon. Bingovärd var ⟦Lo Kristensson⟧, som också är ordförande i LO-sektionen.

=== hand-news sv
Övergångsnytt: Hammarby värvar målvakt
Hammarby har skrivit kontrakt med ⟦Mikael Dos Santos⟧ från Djurgården. "Han är en stenvägg," säger sportchef ⟦Jesper Jansson⟧. ⟦Dos Santos⟧ kan debutera mot AIK, där ⟦Viktor Björn⟧ är avstängd.

=== hand-news sv
Bridge: Örebro Bridgesällskap, torsdag
A-gruppen: 1. ⟦Ulla Björk⟧ / ⟦Iris Stål⟧ 61,2 %, 2. ⟦Per-Olof Vinter⟧ / ⟦Göte Ek⟧ 57,5 %, 3. ⟦Maj Lund⟧ / ⟦Siv Ros⟧ 54,8 %.
Nästa: Valborgsturneringen den 30 april.

=== hand-news sv
Vinspalten: Veckans fynd
Château Léoville Barton är stram men generös. Importeras av Arvid Nordquist, där ⟦Lena Arvidsson⟧ valt ut årgången. Till påsk tipsar ⟦Fredrik Sol⟧ om en Chablis från William Fèvre.

=== hand-news sv
Podd: "Mord i Norrland", avsnitt 22
Journalisterna ⟦Hedvig Strand⟧ och ⟦Amir Rahimi⟧ åker till Boden, där ⟦Ragnar Lidén⟧ försvann 1979. Med i avsnittet: före detta polisen ⟦Kjell Storm⟧.

=== hand-news sv
P1 – söndag
09.03 Filosofiska rummet: ⟦Johanna Lindgren⟧ samtalar med ⟦Åsa Wikforss⟧ om ⟦Hannah Arendt⟧ och om Tycho Brahe-observatoriet vid Raoul Wallenbergs torg.
10.00 Ekot.

=== hand-news sv
Jubileum: Selma Lagerlöfskolan 60 år
Selma Lagerlöfskolan i Sunne firade i fredags. Rektor ⟦Anneli Broström⟧ tackade förste eleven ⟦Bengt Rosén⟧, som nu bor på Gösta Berlings väg. Kommunalrådet ⟦Maria Ek⟧ höll tal.

=== hand-news sv
Ny restaurang vid Greta Garbos torg
Restaurangen Ingrid öppnar nästa vecka. Bakom står kocken ⟦Keiko Tanaka⟧ och sommelieren ⟦Oscar Frost⟧. Vinerna kommer från Wine Team Ivar Lind.

=== hand-news sv
Brand i friggebod i Alingsås
Räddningstjänsten ryckte ut i natt till en friggebod på Karl Johans väg. Insatsledare ⟦Lars Bäck⟧ uppger att ingen skadades. Ägaren ⟦Rut Hallberg⟧ var i Ulricehamn.

=== hand-news sv
Lotto: Vinnare från Skövde
En lottorad köpt i Skövde gav 14 miljoner. Vinnaren vill vara anonym. "Helt fantastiskt", säger butiksägaren ⟦Daniel Arslan⟧, som sålde raden.

=== hand-news sv
Bokrecension: "Kvinnor och äppelträd"
⟦Moa Martinsons⟧ klassiker ges ut igen. Huvudpersonen Sally kämpar mot fattigdomen. Förord av ⟦Ebba Witt-Brattström⟧. Augustpriset har hon aldrig fått.

=== hand-news sv
Ny chef på Ronald McDonald Hus i Lund
⟦Frida Rosenqvist⟧ blir den 1 maj chef på Ronald McDonald Hus. Hon efterträder ⟦Hans Bergström⟧. Per den 1 maj flyttar även kontoret.

=== hand-news sv
Vägarbete på Dag Hammarskjölds väg
Från måndag stängs ett körfält på Dag Hammarskjölds väg och Strindbergsgatan. Omledning via Kung Oscars väg. Arbetet pågår till augusti.

=== hand-biz sv
Program – Hållbarhetsdagen, Göteborg, 6 maj
09.00 Välkommen: ⟦Annika Ramsay⟧, vd, Göteborg Energi
09.30 "Vätgas i Norrbotten" – ⟦Farhad Jalali⟧, Hybrit
10.15 Panel med ⟦Nils-Erik Berg⟧ och ⟦Karolina Falk⟧
Lunch i Polhemssalen.

=== hand-biz sv
Utvärdering av anbud – upphandling 2026/09, städ
Anbudsgivare: Anderssons Städ AB, Samhall, Lennart Gustavssons Fönsterputs. Utvärderingsgrupp: ⟦Ingela Björk⟧ (ordf.), ⟦Magnus Sten⟧, ⟦Hiba Yousef⟧. Tilldelning: Samhall. Frågor till ⟦Björk⟧.

=== hand-biz sv
Rekrytering – vidare till intervju 2
Tjänst: Ekonomichef. Vidare: ⟦Elif Şahin⟧, ⟦Johan Ros⟧, ⟦Björn Karl Lindqvist⟧. Rekryteringsgrupp: ⟦Christina Mörk⟧ och ⟦Dag Eriksson⟧. Filen "Elif_Sahin_CV.pdf" raderas efter processen.

=== hand-biz sv
Avvikelserapport 41 – Arla Jönköping
Upptäckt av: ⟦Tommy Kvist⟧, kvalitet. Pastöriseringstemperaturen under gräns i linje 2. Åtgärd: ⟦Eva-Lena Storm⟧. Godkänt av ⟦T. Kvist⟧. Rapporterat till Livsmedelsverket.

=== hand-biz sv
Utläggsredovisning – april
Anställd: ⟦Ragnar Holm⟧. Middag med kund (⟦Lars Vik⟧, Clas Ohlson) på Operakällaren, 2 140 kr. Taxi till Arlanda. Attesterat av ⟦Birgitta Lo⟧.

=== hand-biz sv
Gästlista – kundevent, Gröna Lund, 14 juni
⟦Kim Wallin⟧ (ICA), ⟦Susanne Pihl⟧ (Axfood), ⟦Reza Ahmadi⟧ (Lidl), ⟦Ros-Marie Nyberg⟧ (Coop). Värdar: ⟦Petter Dag⟧ och ⟦Julia Sand⟧.

=== hand-biz sv
Ägarbyte – till våra kunder
Konditori Sten & Sol i Östersund har från 1 juli tagits över av ⟦Fredrik Jonsson⟧ och ⟦Leyla Karimi⟧. Tidigare ägare ⟦Maud Stensson⟧ tackar för 28 år. Öppettiderna är desamma.

=== hand-biz sv
Protokoll – MBL-förhandling, Volvo Umeå
Närvarande: ⟦Göran Alm⟧ (arbetsgivare), ⟦Petra Lund⟧ (IF Metall), ⟦Ahmed Warsame⟧ (Unionen), ⟦Nils Sten⟧ (Akademikerna). Punkt 2: Matsalen flyttar till huset Celsius. Justerare: ⟦Petra Lund⟧.

=== hand-biz sv
Reklamation – order 77120
Hej ⟦Marianne Fogel⟧! Tack för ditt ärende om den skadade Bruno Mathsson-fåtöljen. Vår tekniker ⟦Anton Dag⟧ kommer på tisdag. Hälsningar ⟦Kenneth Bro⟧, kundtjänst, Svenskt Tenn.

=== hand-biz sv
Pressmeddelande – Getinge
⟦Sofia Strömqvist⟧ blir ny forskningschef på Getinge. "Hon är en stjärna", säger vd ⟦Henrik Falk⟧. ⟦Strömqvist⟧ kommer närmast från Karolinska Institutet.

=== hand-biz sv
Referenslista i anbud – White Arkitekter
Tidigare uppdrag: Kiruna stadshus, Sara kulturhus i Skellefteå. Referensperson: ⟦Björn Nylander⟧, Skellefteå kommun. Projektledare hos oss: ⟦Maja Edlund⟧.

=== hand-biz sv
Värderingsutlåtande – Drottning Kristinas väg 14, Stockholm
Besiktigat av ⟦Per Sundin⟧, värderingsman. Ägare: ⟦Gunhild af Ekenstam⟧. Fastigheten ligger nära Carl Wahren-skolan. Per kvadratmeter: 96 000 kr.

=== hand-biz sv
Kallelse – styrgrupp
Deltagare: ⟦Karl Bonde⟧, ⟦Sara Lindahl⟧, ⟦Tuva Nordin⟧, ⟦Hüseyin Çelik⟧. Plats: rum "Astrid Lindgren", plan 3. Dagordning skickas av ⟦Tuva⟧ på fredag.

=== hand-biz sv
Leverantörsregistrering – formulär
Företag: Gunnar Dafgård AB. Kontakt: ⟦Anna Dafgård⟧, ekonomi. Bank: Handelsbanken. Upplagt av: ⟦M. Åström⟧. Kontrollerat av: ⟦Ove Lind⟧.

=== hand-biz sv
Info till avdelningen
Hej alla! ⟦Linnea Forsberg⟧ går på föräldraledighet från 1 maj, och ⟦Mats Ravn⟧ tar över hennes kunder. Frågor om Jula och Rusta till ⟦Mats⟧. /⟦Ylva⟧

=== hand-biz sv
Faktura 2026-204 – Erik Olssons Fastighetsförmedling
Till ⟦Gösta Lindberg⟧, Sankt Eriksgatan 40. Arvode för försäljning. Frågor till ⟦Hanna Sten⟧, ekonomi. Betalas till Swedbank.

=== hand-biz sv
Order – Svenskt Tenn
Kund: ⟦Agneta Ros⟧. Varor: 2 kuddar Josef Frank "Manhattan", 1 pall "Karl". Leverans till Karlavägen 9. Expedit: ⟦Lisa⟧.

=== hand-mixed sv
git log --oneline (utdrag) – repo "bokning"
e12aa07 ⟦Elias Berg⟧: fixa datumfel
9ab33f1 ⟦Sanna Yilmaz⟧: ny sida för Lucia-anmälan
f0c2b8e ⟦elias berg⟧: merge från main
Granskat av ⟦Tove Ask⟧

=== hand-mixed sv
Jira – SUPPORT-918
Kommentar från ⟦Viktor Sol⟧: Fungerar fortfarande inte i Chrome.
Kommentar från ⟦Nour Haddad⟧: @viktor.sol har du tömt cachen?
Tilldelad: ⟦Nour Haddad⟧. Etikett: sol-fix

=== hand-mixed sv
Doodle-export: "Kräftskiva 2026"
Namn; 15/8; 22/8; 29/8
⟦Britt Ek⟧; ja; nej; ja
⟦Karl Mark⟧; ja; ja; ja
⟦Hassan⟧; nej; ja; ja
⟦maja s⟧; ja; nej; nej

=== hand-mixed sv
Quizkväll på Puben – lag
Lag "Björnligan": ⟦Björn⟧, ⟦Siv⟧, ⟦Ebba⟧, ⟦Idris⟧
Lag "Per capita": ⟦Per Ahlström⟧, ⟦Lo⟧, ⟦Göran⟧
Vinnare: "Björnligan" med 38 poäng. Quizledare: ⟦Rasmus Ek⟧

=== hand-mixed sv
Julklappslotteri – dragning
⟦Stina⟧ → ⟦Ali⟧
⟦Ali⟧ → ⟦Gunnel⟧
⟦Gunnel⟧ → ⟦Lennart⟧
⟦Lennart⟧ → ⟦Stina⟧
Max 150 kr. Ingen Marabou till ⟦Gunnel⟧ (nötallergi).

=== hand-mixed sv
Karaoke, afterwork – ordning
1. ⟦Jenny⟧: "Dansa i neon"
2. ⟦Robin⟧ och ⟦Sami⟧: "Sommaren är kort"
3. ⟦Åsa⟧: "Vem vet"
4. ⟦Tor Ek⟧: "Dag efter dag"

=== hand-mixed sv
Läslista, svenska 2
⟦August Strindberg⟧: "Röda rummet"
⟦Selma Lagerlöf⟧: "Gösta Berlings saga"
⟦Karin Boye⟧: "Kallocain"
⟦Jonas Hassen Khemiri⟧: "Ett öga rött"
Inlämning till ⟦Ingrid⟧ senast fredag.

=== hand-mixed sv
Tradera-meddelanden
Köpare ⟦Anna-Karin⟧: Finns Dalahästen kvar?
Säljare ⟦Jörgen⟧: Ja, och Lisa Larson-katten också. Skickar till Björkvägen 3?
⟦Anna-Karin⟧: Björkvägen stämmer!

=== hand-mixed sv
Hundrastargruppen (Messenger)
⟦Malin⟧: går med Sixten och Dag kl 7
⟦Jonny⟧: Ronja har tassen lindad, vi hoppar över
⟦Malin⟧: krya på dig Ronja! ⟦Cissi⟧ kommer med Björn istället

=== hand-mixed sv
Placeringskort – 40-årsfest för ⟦Sten Holm⟧
Bord 1: ⟦Sten⟧, ⟦Annika Holm⟧, ⟦Per Berg⟧, ⟦Rut Berg⟧
Bord 2: ⟦Iris⟧, ⟦Ove⟧, ⟦Maj-Lis⟧, ⟦Kjell⟧
Korten skrivs av ⟦Iris⟧.

=== hand-mixed sv
Discord #turnering
[20:11] ⟦dag⟧: vem kör ikväll
[20:12] ⟦lo⟧: jag, men det blir sent, har haft en lång dag
[20:13] ⟦dag⟧: ok ⟦björn⟧ tar support
[20:14] gäst_2201: får jag vara med

=== hand-mixed sv
Barnvaktsschema vecka 18
Mån: ⟦Tilde⟧ (15)
Tis: farmor ⟦Inger⟧
Ons: ⟦Hamid⟧ från nr 6
Tor: Stängt – Valborg
Fre: ⟦Tilde⟧

=== hand-mixed sv
Kahoot-resultat, 6B – "Svenska kungar"
1. ⟦alva⟧ 9 020
2. ⟦melvin⟧ 8 770
3. ⟦karl⟧ 8 100
Flest rätt: "⟦Gustav Vasa⟧ kröntes 1528"

=== hand-mixed sv
Parkeringstillstånd, Brf Linden
Nr; Namn; Bil
21; ⟦Mehdi Rostami⟧; ABC 123
22; ⟦Viola Storm⟧; XYZ 789
23; ⟦Ulf Ros⟧; KLM 456
Förvaltare: ⟦Eva Hök⟧

=== hand-mixed sv
Spotify-spellista "Sommar i Skanör" – skapad av ⟦Noa Lindgren⟧
1. ⟦Lisa Ekdahl⟧ – "Vem vet"
2. ⟦Tove Lo⟧ – "Habits"
3. ⟦Noas⟧ egen inspelning med ⟦Edvin⟧ på gitarr

=== hand-mixed sv
Escape room-bokning, Västerås
Lag: ⟦Lukas Brandt⟧, ⟦Shirin Moradi⟧, ⟦Oliver Kron⟧, ⟦Signe⟧. Rum: "Polhems verkstad". Tid: 44:30. Spelledare: ⟦Emil⟧.

=== hand-mixed sv
Körschema, Oscarskyrkans kör
Sopran: ⟦Lena Vinter⟧, ⟦Marie Sol⟧
Alt: ⟦Birgit Kron⟧
Tenor: ⟦Håkan Ravn⟧
Bas: ⟦Karl Storm⟧
Dirigent: ⟦Eva-Karin Mölleby⟧. Övar i Alfvénsalen.

=== hand-mixed sv
Meddelande från förskolan Björken
Hej föräldrar! ⟦Liv⟧ och ⟦Ask⟧ har tappat sina mössor vid Valborgsbrasan. Livet på förskolan! Hälsningar ⟦Britt⟧

=== hand-mixed sv
Öppettider, Café Sten & Sol
Måndag–torsdag 8–17, fredag 8–15. Stängt på Valborg, Lucia och midsommarafton. Inga namn på beställningslappen, bara bordsnummer.
=== hand-biz sv
Köpeavtal – häst
Säljare: ⟦Lars-Göran Ek⟧, Ystad. Köpare: ⟦Therese Nyman⟧ och ⟦Alvin Nyman⟧. Hästen "Kung Gustaf" (f. 2016). Veterinärintyg av ⟦Fatemeh Rahimi⟧. Vittnen: ⟦Jonas Lo⟧ och ⟦Barbro Sten⟧.

=== hand-biz sv
Projektstatus v. 21 – Spårväg Lund
Ansvariga: ⟦Helena Brandt⟧ (spår), ⟦Dmytro Shevchuk⟧ (el), ⟦Ola Sand⟧ (signal). Risk: leverans från Ahlsell försenad. Eskalerat av ⟦Brandt⟧ till ⟦Mikael Norén⟧. Sträckan vid Ideon påverkas inte.

=== hand-news sv
Sommarrevyn i Vadstena
Revyn "Sol över Vättern" har premiär på fredag. Regissören ⟦Moa Kihlberg⟧ har samlat ⟦Bosse Hjort⟧, ⟦Saga Lindell⟧, ⟦Kristoffer Falk⟧ och nykomlingen ⟦Deniz Yıldırım⟧. ⟦Falk⟧ spelar både fyrvaktaren och en mås. Kapellmästare: ⟦Lasse Bro⟧.

=== hand-mixed sv
Kommentarer under inlägget "Vem har lånat stegen?"
⟦Per-Anders Bäck⟧: Det var nog ⟦Lena⟧ på nummer 9
⟦lena wiklund⟧: nej, jag gav den till ⟦Åke⟧ 😅
⟦Åke Storm⟧: Den står hos mig, hämta bara. Per timme tar jag inget.
⟦Per-Anders Bäck⟧: tack ⟦Åke⟧!
"""
