"""Swedish hand-written documents of the v19 names hold-out (``=== family lang`` starts a document; ``⟦...⟧``
marks a PERSON span). All texts written for v19; people are invented unless named as public figures."""

BANK = r"""
=== hand-news sv
Malmstens flyttar från Strandvägen efter 80 år

Möbelbutiken Malmstens lämnar lokalerna på Strandvägen vid årsskiftet. »Hyran har tredubblats,« säger vd ⟦Karin Åberg⟧. Butiken, som bär ⟦Carl Malmstens⟧ namn, öppnar i stället i Nacka i mars.
⟦Malmsten⟧ själv ritade en del av inredningen 1940, och den följer med. Snickaren ⟦Micke Holmqvist⟧ har jobbat där i 31 år: »Jag hade hoppats att få gå i pension härifrån.«

=== hand-news sv
RECENSION Krogen Bojan i Visby – tre av fem

Krogen Bojan har fått ny kock. ⟦Ylva Sten⟧, tidigare på Fäviken, serverar nu lamm från Fårö och en ankbröstrisotto som ⟦Sten⟧ själv kallar "mormors fusk". Lammet var rosa och gott, risotton för salt.
Servitören ⟦Kalle⟧ rekommenderade ett rött från Gotland – modigt men rätt. Restaurangen ägs av syskonen ⟦Jonas⟧ och ⟦Emma Bojander⟧, vars farfar ⟦Bo Bojander⟧ startade krogen 1971.
Desserten, "Taubes tårta", saknade smak.
⟦Fredrik Lundh Sjöberg⟧

=== hand-news sv
BANDY, allsvenskan, herrar
Vetlanda–Edsbyn 4–6 (2–3)
Vetlanda: ⟦Sten Ekström⟧ 2, ⟦Viktor Berg⟧, ⟦Arvid Storm⟧. Edsbyn: ⟦Bo Åkesson⟧ 3, ⟦Oskar Vinter⟧ 2, ⟦Ivan Petrenko⟧.
Utvisningar: Vetlanda 3x10, Edsbyn 2x10 (⟦Åkesson⟧ 10 min för fasthållning).
Publik: 1 811. Domare: ⟦Magnus Lund⟧.
Matchens lirare: ⟦Bo Åkesson⟧, Edsbyn.
Nästa omgång: Edsbyn–Broberg, fredag 19.00 på Svenska Kraftnät Arena.

=== hand-news sv
Tingsrätten: Fängelse för rån mot kiosk

En 27-årig man från Vänersborg döms till fängelse i ett år och sex månader för rån mot Pressbyrån på Edsgatan i september. I domen kallas den tilltalade T och målsäganden, kioskbiträdet, M.
T nekade men övervakningsfilmen visar enligt rätten "tydligt" hans ansikte. Åklagare ⟦Lena Siv Håkansson⟧ hade yrkat två år. T:s försvarare ⟦Amir Rostami-Berg⟧ överväger att överklaga. Rådman ⟦Per-Erik Lo⟧ var ordförande.

=== hand-news sv
Polisens händelser i Gävleborg, lördag

03.12 Inbrott i båten "Anna Lisa" i Gävle hamn. En utombordsmotor stals.
11.40 En trafikolycka på Olof Palmes gata, två bilar, inga skadade.
19.05 Bråk utanför Pizzeria Gino på Drottninggatan. En 20-årig man omhändertogs för berusning.
Inre befäl ⟦Tomas Berglund⟧ uppmanar båtägare att märka motorerna.

=== hand-news sv
MINNESORD
⟦Siv Lindqvist⟧, född ⟦Ask⟧, Umeå, har avlidit i en ålder av 89 år.
⟦Siv⟧ var i över 30 år sjuksköterska på Norrlands universitetssjukhus. Hon älskade vinter och skidspår längs Umeälven, och hon sjöng i kören i Backens kyrka ända till förra året.
Hon sörjs av barnen ⟦Ulf⟧ och ⟦Birgitta⟧ med familjer. Begravningen sker i Umeå stads kyrka.
⟦Britt Storm⟧ och ⟦Sven-Olof Lund⟧, vänner

=== hand-news sv
UR KYRKBOKEN – Sankt Olofs församling, november
Döpta: ⟦Elsa Lo Nyberg⟧, ⟦Hugo Sten Axelsson⟧, ⟦Maryam Yusuf Ali⟧ (dopet på arabiska och svenska).
Vigda: ⟦Linnea Berg⟧ och ⟦Dang Quoc Huy⟧, vigselförrättare kyrkoherde ⟦Anders Storm⟧.
Avlidna: ⟦Gunnel Vinter⟧, 93 år; ⟦Rolf Ek⟧, 77 år.
Kyrkskjutsen går från Vasagårdens äldreboende och från Sankt Görans gata 9.

=== hand-news sv
Sekelskiftesvilla på Carl Larssons väg – dödsbo

Carl Larssons väg 12, Sundborn. Timrad villa från 1904, 7 rok, 212 kvm, tomt 1 640 kvm. Säljs som dödsbo efter ⟦Gösta Hedlund⟧, som bodde här i 60 år. Kakelugn från Gustavsberg, berså mot Sundbornsån.
Utgångspris 3 950 000 kr. Visning söndag 13.00–14.00. Ansvarig mäklare: ⟦Jenny Ask⟧, Erik Olsson Fastighetsförmedling Falun. Dödsbodelägare: ⟦Lars Hedlund⟧.

=== hand-news sv
Bukowskis höstauktion – i urval
Nr 204: ⟦Carl Malmsten⟧, "Lilla Åland", stol, furu. Utrop 4 000 kr.
Nr 207: Bruno Mathsson-fåtölj "Eva", tillverkad av Firma Karl Mathsson. Utrop 9 000 kr.
Nr 211: Målning av ⟦Hilma af Klint⟧ (tillskriven), skiss. Utrop 150 000 kr.
Nr 215: Svenskt Tenn, Josef Frank-soffa "Liljevalchs". Utrop 30 000 kr.
Frågor till specialist ⟦Nils Berg af Sandeberg⟧.

=== hand-news sv
Stiftelser ger 12 miljoner till nytt kulturhus i Piteå

Knut och Alice Wallenbergs Stiftelse och Stiftelsen Ebbe Lindholms Minne står bakom bidraget till kulturhuset vid Olof Palmes torg. Kulturchef ⟦Sanna Berg⟧ säger att huset ska rymma bibliotek och en konsertsal, som ska heta "Hildursalen", inte "Ebbe Lindholm-salen".
Byggstart sker i maj. Fastighetsbolaget Hedbergs Bygg AB har fått uppdraget, med ⟦Jonas Hedberg⟧ som projektledare.

=== hand-news sv
Augustpriset till ⟦Lina Wolff⟧

Årets Augustpris i kategorin skönlitteratur går till ⟦Lina Wolff⟧. Priset delades ut i Konserthuset av förläggaren ⟦Maria Sten⟧. ⟦Wolff⟧ tackade sin mamma och "alla som läst utan att begripa".
Selma Lagerlöf-priset gick samma vecka till en annan författare, och Stig Dagerman-priset delas ut i Älvkarleby i juni.

=== hand-news sv
af Chapman får nytt skrov

Vandrarhemsfartyget af Chapman på Skeppsholmen ska få ny plåt under vattenlinjen. Arbetet leds av varvschefen ⟦Petra Örn⟧ på Beckholmens varv. »Hon är 138 år, man får ta det lugnt,« säger ⟦Örn⟧.
Under tiden bor gästerna på M/S Birger Jarl vid Söder Mälarstrand. Skepparen ⟦Hassan Jama⟧ har förberett 40 extra sängplatser.

=== hand-news sv
NY DIREKTÖR PÅ ASTRID LINDGRENS VÄRLD: ⟦BO WESTERLUND⟧

⟦Bo Westerlund⟧, 48, tar över som vd i mars. Han kommer från Liseberg och har bott i Vimmerby sedan 2019. Han efterträder ⟦Anna-Karin Storm⟧, som går i pension. »Jag vill bo kvar här resten av livet,« säger ⟦Westerlund⟧.
Parken har gäster från hela världen och bygger nu en ny del kring Emil i Lönneberga.

=== hand-news sv
Snöovädret: Tåg inställda mellan Sundsvall och Umeå

Ett snöoväder med kraftig vind drog in över Västernorrland natten till tisdag. SJ ställde in sex avgångar, och E4 vid Gideå var avstängd i fyra timmar. Räddningstjänsten fick hjälpa bilister på Nils Holgerssons väg i Örnsköldsvik. Ingen skadades.
SMHI varnar för mer snö under onsdagen, men ingen storm väntas.

=== hand-news sv
Gatan får namnet Sonja Kovalevskys gata

Kulturnämnden i Stockholm beslöt att en ny gata i Hagastaden ska heta Sonja Kovalevskys gata. Ledamoten ⟦Farah Abdullahi⟧ (MP) föreslog namnet. ⟦Ulf Vinter⟧ (M) reserverade sig: »Vi borde döpa gator efter lokala företagare, som ⟦Gunnar Lind⟧ som drev Linds Järn i 50 år.«

=== hand-news sv
Lokalt: Konditori Ekberg byter ägare

Efter 35 år säljer ⟦Lisbeth Ekberg⟧ konditoriet på Stora torget till bagaren ⟦Tuan Pham⟧. »Prinsesstårtan blir kvar, och ⟦Lisbeths⟧ kanelbullar också,« lovar ⟦Pham⟧. Namnet Konditori Ekberg behålls.

=== hand-biz sv
Hej ⟦Olena⟧,

Tack! Vi kör leveransen till Bröderna Nordlunds Åkeri i Borås på onsdag, och ⟦Mykola⟧ tar resten på torsdag.

Vänliga hälsningar
⟦Henrik Sten⟧
Transportplanerare | Storm Logistik AB
070-412 88 19

Den 2 dec. 2026 kl. 08:47 skrev ⟦Olena Hrytsenko⟧ <ohr@stormlogistik.se>:
> Привіт, alltså hej ⟦Henrik⟧ :) Har vi chaufför till Borås? ⟦Mykola Bondar⟧ är ledig onsdag.
> /⟦Olena⟧

=== hand-biz sv
Protokoll – personalmöte 1 december
Närvarande: ⟦Micke Andersson⟧ (MA), ⟦Pham Thi Hoa⟧ (PTH), ⟦Samir Haddad⟧ (SH), ⟦Fadumo Osman⟧ (FO). Frånvarande: ⟦Siv Berg⟧.
§1 Julbord: ⟦Micke⟧ har bokat Restaurang Tranan, 30 kuvert den 11/12. @⟦Fadumo Osman⟧ skickar budget.
§2 Schema januari: @ma_schema lägger upp det i Teams. SH kollar helgerna, ⟦Hoa⟧ tar nätterna v. 2.
§3 Övrigt: ⟦Samir⟧ vill flytta mötet till rummet Alfred Nobel, det är kallt i fikarummet.
Justeras: PTH, SH

=== hand-biz sv
Välkommen ⟦Nirmala Sivarajah⟧!

Hej alla,
På måndag börjar ⟦Nirmala Sivarajah⟧ som redovisningsekonom hos oss. ⟦Nirmala⟧ kommer närmast från Volvo Cars och har tamilska som modersmål. Hon sitter bredvid ⟦Lasse⟧ på plan 3 – säg hej vid fikat!
Hälsningar
⟦Eva Storm Lindgren⟧, HR

=== hand-biz sv
BOUPPTECKNING (utdrag, sid 2 av 5)
Efter: ⟦Gunnar Sixten Lind⟧, avliden 2026-08-14, senast boende Linds väg 3, Skellefteå.
Dödsbodelägare: ⟦Ann-Marie Lind⟧ (dotter), ⟦Per Lind⟧ (son), ⟦Zeynep Lind Aksoy⟧ (barnbarn, genom testamente).
Förrättningsmän: ⟦Roger Vinter⟧ och ⟦Malin Åhs⟧, Familjens Jurist Skellefteå.
Tillgångar: andelar i Linds Järn & Färg AB (avvecklat 2011), bil Volvo V70, konto i Sparbanken Nord.
Uppgiftslämnare: ⟦Ann-Marie Lind⟧. Bouppteckningen förrättad 2026-11-02.

=== hand-biz sv
Leverantörslista – BRF Ekbacken
Målare: Målerifirma Bo Ek AB – kontakt ⟦Bo Ek⟧, 070-311 22 90
VVS: Kalles Rör – kontakt ⟦Dragan⟧ (inte ⟦Kalle⟧, han har slutat)
El: Elfirman Sten Lund AB – kontakt ⟦Tomasz Wiśniewski⟧
Trädgård: Bergs Trädgård – kontakt ⟦Maja Berg⟧
Låssmed: Låssmeden i Sollentuna – jour, fråga efter ⟦Ali⟧
Uppdaterad av ⟦Gunilla Sjö⟧ 2026-12-01

=== hand-biz sv
ANBUDSÖPPNING – Ombyggnad av Ekbackens förskola, dnr 2026/0412
Datum: 2026-11-30 kl. 14.00, kommunhuset, rum "Selma"
Närvarande: ⟦Annika Sten⟧ (upphandlare), ⟦Robert Kaya⟧ (bevittnare), ⟦Yasmin El-Amin⟧ (fastighetsavdelningen)
Inkomna anbud:
1. Bröderna Ekmans Bygg AB – 4 812 000 kr
2. Olle Ohlssons Schakt & Bygg AB – 5 020 500 kr
3. Byggfirman Storm & Son – 4 455 000 kr (undertecknat av ⟦Jesper Storm⟧)
4. NCC Sverige AB – 5 310 000 kr
Anbud från Lasse Bergs Snickeri kom in 14.06 och öppnades inte.
Protokollet justeras av ⟦Robert Kaya⟧.

=== hand-biz sv
Städschema, Hotell Gustav Vasa, vecka 50
Mån: ⟦Halyna Melnyk⟧ (plan 1–3), ⟦Oksana⟧ (plan 4–5)
Tis: ⟦Taras Hnatiuk⟧, ⟦Halyna⟧
Ons: ⟦Oksana Kravets⟧, ⟦Hawa Jallow⟧
Tors: ⟦Hawa⟧ + ny: ⟦Solomiia⟧ (⟦Halyna⟧ lär upp)
Fre: ⟦Taras⟧, ⟦Oksana⟧
Bröllop i Kristina-salen lördag: alla börjar 07.30. Glöm inte nycklarna till Oscar II-sviten.

=== hand-biz sv
Tjänsteanteckning, Arbetsförmedlingen Rinkeby, 2026-11-27
Arbetssökande: ⟦Abdiqani Hussein Warsame⟧. Tolk (somaliska): ⟦Ubah Farah⟧.
⟦Abdiqani⟧ har tagit C-körkort och erbjuds nystartsjobb hos Keolis. Handläggare ⟦Ulrika Vinter⟧ kontaktar arbetsgivaren (kontaktperson ⟦Roger⟧).
Nästa möte: 2027-01-14.

=== hand-biz sv
HYRESAVTAL FÖR LOKAL (utdrag)
Hyresvärd: Fastighets AB Gustav Dahlberg, genom förvaltare ⟦Eva Lindblad⟧
Hyresgäst: Café Svensson HB, org.nr 969781-3320, företrätt av ⟦Dragana Svensson⟧ och ⟦Nils Svensson⟧
Lokal: Sankt Eriksgatan 44, bottenvåning, 86 kvm, för kafé- och bageriverksamhet
Hyrestid: 2027-01-01 – 2029-12-31. Hyra 21 500 kr/mån exkl. moms.
Hyresgästen får inte sätta upp skylt med annat namn än "Café Svensson".
Underskrifter: ⟦E. Lindblad⟧ / ⟦Dragana Svensson⟧ / ⟦N. Svensson⟧

=== hand-biz sv
Bokningsbekräftelse – Operakällaren
Namn: ⟦Mathilda Berg-Eklund⟧ (Vinter & Partners Advokatbyrå)
Datum: torsdag 17/12 kl. 19.00, 10 personer, chambre séparée "Bellmanrummet"
Allergier: ⟦Oscar⟧ – skaldjur.
Välkomna! Hälsningar ⟦Nadja⟧, hovmästare

=== hand-biz sv
Protokoll fört vid styrelsemöte i Stiftelsen Greta och Einar Lunds Minnesfond, 2026-11-24
Närvarande: ⟦Marie Lund⟧ (ordf.), ⟦Stefan Ask⟧, ⟦Pia Bo-Nilsson⟧. Revisor ⟦Jan Ek⟧ närvarade under §2.
§1 Stipendier 2027: Fondens stipendium om 30 000 kr tilldelas ⟦Leila Mansour⟧ (fiol) och ⟦Isak Vinter⟧ (cello).
§2 Årsredovisningen godkändes.
Vid protokollet: SA. Justeras: ML, PBN

=== hand-biz sv
Automatiskt svar: Jag är på utbildning t.o.m. 9 december. Vid brådskande ärenden kontakta ⟦Storm⟧ (⟦Linus Storm⟧, 073-550 98 76) eller skriv till order@blomsterbritt.se. Beställningar till Britts Blommor på Storgatan tas också per telefon.
/⟦Lotta⟧

=== hand-biz sv
NÄRVAROLISTA – HLR-utbildning vuxen, 2026-11-26, Röda Korset Borlänge (inskannad)
Nr  Namn                         Avdelning      Sign.
1   ⟦Lena Siv Åkerlund⟧          Kök            LSÅ
2   ⟦Mohammed Haj Ali⟧           Städ           MHA
3   ⟦Ngo Thi Hanh⟧               Kök            ⟦ngo⟧
4   ⟦Kristoffer Eng⟧             Vaktmästeri    K.E.
5   ⟦Anja Schmidt-Bergström⟧     Reception      AS-B
6   ⟦Filsan Abdi Warsame⟧        Städ           (saknas)
Instruktör: ⟦Bosse Almqvist⟧. Intyg skickas till ⟦Filsan⟧ separat.

=== hand-biz sv
Ny mejlsignatur från 1 januari, använd denna:

Med vänlig hälsning

⟦Carl-Gustaf von Platen⟧
Delägare | Advokatfirman Lind & Ask
Birger Jarlsgatan 18, 114 34 Stockholm
T +46 8 411 22 33 | M +46 70 400 12 12

Skickat från min iPhone

=== hand-biz sv
Till medarbetarna på Sahlgrenska, hus 3
Från måndag heter konferensrum 2 "Elsa Brändström" och konferensrum 5 "Alva Myrdal". Bokas i Outlook som tidigare. Frågor: ⟦Sanna Lind⟧, kansliet.
Caféet "Hos Birgitta" får nya öppettider 7–15. ⟦Birgitta⟧ själv går i pension 1 februari efter 27 år – avtackning i caféet 30 januari kl. 14.
⟦Erik Vinter⟧, driftchef

=== hand-biz sv
KALLELSE till extra bolagsstämma i Hedbergs Bygg AB (556088-4410)
Tid: fredag 18 december 2026 kl. 10.00. Plats: rummet "Ivar Kreuger" (skämt, numera "Rum 3"), Storgatan 19, Piteå.
Ärenden: 1. Val av ordförande – styrelsen föreslår ⟦Jonas Hedberg⟧. 2. Val av justerare – förslag ⟦Kerstin Bo⟧. 3. Beslut om nyemission.
Aktieägare som vill företrädas av ombud ska skicka fullmakt till ⟦Anna Stenlund⟧, anna.stenlund@hedbergsbygg.se, senast 15 december.
Styrelsen

=== hand-mixed sv
Swish – senaste
+150,00 kr  ⟦ANNA SVENSSON⟧  "pizza fre 🍕"
+150,00 kr  ⟦MOHAMMED AL-KHATIB⟧  "pizza"
−420,00 kr  PIZZERIA MARIO & LUIGI HB
+75,00 kr  ⟦STEN LO⟧  "halva kebaben"
+150,00 kr  ⟦JOHANNA BERG VINTER⟧  "sorry sen! pizza + dricks"
+200,00 kr  BAGERI SUNDQVISTS BRÖD AB (återbetalning)
Meddelande till ⟦Anna⟧: tack, nu är vi kvitt 🙂

=== hand-mixed sv
Köp & sälj Kalmar (Facebookgrupp)
⟦Ulla-Britt Nyman⟧: Säljer Malmstens-soffa "Samsas", lite nött, 2 500 kr. Hämtas på Gustav Adolfs gata.
⟦erik petterson⟧: pm
⟦Ulla-Britt Nyman⟧: @⟦erik petterson⟧ svarat i pm 👍
kalmarmamman: är den äkta Malmsten?
⟦Ulla-Britt Nyman⟧: ja kvitto från Malmstens 1987, min man ⟦Rune⟧ köpte den
⟦Hamid Rezaei⟧: kan hämta ikväll om ⟦erik⟧ inte vill ha den

=== hand-mixed sv
Röstmeddelande (automatisk transkribering, kan innehålla fel)
"Ja hej det är ⟦Bosse⟧ på Däckmästarn i Ludvika, ringer om vinterdäcken till Volvon… ehm, de är klara, du kan hämta dom från tre. Och hälsa ⟦Gunnar⟧ att hans fälgar också är klara. Ring mig på nollsjutti… ja du har numret. Hej hej."
Inspelat 2026-12-03 11:42, 0:27

=== hand-mixed sv
Kommentarer (Facebook – Visby just nu) under "Krogen Bojan får ny kock":
⟦Anneli Sten Ragnarsson⟧: Äntligen! Den gamla fisksoppan var inte bra 😅
⟦Per-Ola Hägg⟧: Jag saknar ⟦Bengt⟧ i baren. Vart tog han vägen?
⟦Anneli Sten Ragnarsson⟧: @⟦Per-Ola Hägg⟧ han öppnade Bengans Bar vid Donners plats
visbymormor58: Åt där igår, kocken ⟦Ylva⟧ kom ut och hälsade ❤️
⟦Olle Storm⟧: storm i ett vattenglas

=== hand-mixed sv
PODD "Norrländska krogar" avsnitt 9 – automatisk transkribering
⟦SARA⟧: Välkomna. I dag sitter jag med ⟦Jocke⟧ och vi ska prata om Kallax Flyg-baren.
⟦JOCKE⟧: Och om Kalle Anka-smörgåsen, som de faktiskt har.
⟦SARA⟧: Haha. Men allvarligt, ⟦Greta Nilsson⟧ som startade stället 1962 var en legend.
⟦JOCKE⟧: Och idag heter efterrätten "Gretas gräddbulle". Lite gulligt.
⟦SARA⟧: Mejla oss på krogpodden@poddmail.se, hälsningar ⟦Sara⟧ och ⟦Jocke⟧.

=== hand-mixed sv
Omdömen – Bageri Sundqvists Bröd (Google)
★★★★★ ⟦Lisa M.⟧: Bästa kardemummabullarna i Östersund! Tjejen i kassan (⟦Alva⟧?) var så trevlig.
★★☆☆☆ ⟦Göran Bo⟧: Dyrt. 45 kr för en semla.
★★★★★ ⟦Nguyen Thi Mai⟧: Gott bröd, snäll ägare. Tack ⟦Sune⟧.
★☆☆☆☆ Anonym: stängt kl 14 en lördag??
Svar från ägaren: Hej ⟦Göran⟧, semlan kostar 38 kr – 45 kr var med grädde extra. Hälsningar ⟦Sune⟧

=== hand-mixed sv
Tieto/Skolplattformen – Avdelning Humlan, Förskolan Sjöstjärnan
Hej alla föräldrar!
På fredag är det mor- och farföräldradag. Fam. ⟦Andersson⟧ och fam. ⟦Mohamud⟧ har lovat att baka. ⟦Berg⟧ (vår nya pedagog ⟦Tove Berg⟧) spelar gitarr kl. 10.
Glöm inte kläder till utflykten till Carl Larsson-gården på torsdag.
Hälsningar ⟦Mona⟧ och ⟦Reza⟧, Humlan

=== hand-mixed sv
Spond – Vasalunds IF P12
Aktivitet: Träning lör 10.00, Carl Linnés plan 2
Kommer (9): ⟦Elias⟧, ⟦Noah A.⟧, ⟦Noah K.⟧, ⟦Abdullahi⟧, ⟦Vincent⟧, ⟦Liam Storm⟧, ⟦Hussein⟧, ⟦Milo⟧, ⟦Ask⟧
Kommer inte (2): ⟦Ture⟧ (sjuk), ⟦Oliver Ek⟧ (bortrest)
Inget svar: ⟦Bo⟧
Kommentar från ⟦Pernilla⟧ (förälder till ⟦Milo⟧): Jag kan skjutsa tre till bortamatchen.
Ledare: ⟦Jimmy Eriksson⟧, ⟦Farhan Yusuf⟧

=== hand-mixed sv
kommentar till "Ny gata får namnet Sonja Kovalevskys gata" (svd.se):
Karin_S: Sonja Kovalevskys gata är bra. Hon var smartare än hela nämnden.
⟦Bengt Olofsson⟧: Varför inte döpa den efter ⟦Gunnar Lind⟧ som ⟦Vinter⟧ föreslog?
anna_1969: @⟦Bengt Olofsson⟧ för att Linds Järn gick i konkurs 2011 😂
⟦Ulf Vinter⟧ svarade: Jag har förklarat mig i tidningen, ⟦Bengt⟧.

=== hand-mixed sv
Julkortslistan 2026 (mammas handstil, fotad)
✔ Fam. ⟦Lund⟧, Lund (skriv ⟦Gösta⟧ och ⟦Märta⟧, inte "familjen")
✔ ⟦Bo⟧ & ⟦Siv⟧ i Borlänge
✔ ⟦Storms⟧ – ny adress, Vinterviksvägen 3!
✘ ⟦Kerstin Berg⟧ (avliden i mars)
✔ farbror ⟦Ragnar⟧ på Ragnars Fisk i Grebbestad
✔ ⟦Thu⟧ och ⟦Anders⟧ + lilla ⟦Minh⟧
frimärken: 14 st, köp fler på Ica Maxi

=== hand-mixed sv
Messenger – Tamilska föreningen Uppsala, Pongalfesten
⟦Kavya⟧: Pongal lördag 14.00 i Gottsunda bibliotek, hela familjen välkommen 🎉
⟦Suresh Balakrishnan⟧: jag tar med pongal-grytan, ⟦Vani⟧ gör vadai
⟦Vani Suresh⟧: ja! och ⟦Priyas⟧ mamma kommer med sött
⟦Kavya⟧: tack ⟦Suresh⟧ anna 🙏 (anna = storebror)

=== hand-mixed sv
sms-tråd hemtjänsten Kortedala, grupp dag
⟦hodan⟧: jag tar brukare på Ernst Fontells plats 9.00, ⟦ayan⟧ kan du ta Kortedala torg?
⟦ayan⟧: ja. brukaren G.L. ville ha ⟦samira⟧ men hon är ledig
⟦samira⟧: jag är ledig men kan ringa henne 🙂
⟦Birgitta⟧ (sgl): ⟦hodan⟧ glöm inte signera i appen
⟦hodan⟧: ok ⟦birgitta⟧

=== hand-mixed sv
Hej ⟦Kalle⟧! Det är ⟦Lena⟧ på Bygatan 4. Diskhon droppar igen 🙈 Kan Kalles Rör komma nästa vecka? Jag är hemma mån+tis. Mvh ⟦Lena Ask⟧
---
Hej ⟦Lena⟧, ⟦Kalle⟧ har slutat, men jag (⟦Dragan⟧) kommer tisdag kl 8. Mvh Kalles Rör

=== hand-mixed sv
Forum: Byggahus › Möbler › "Malmsten-stol på loppis – äkta?"
loppisfyndet: Köpte en pinnstol för 200 kr, det står Malmstens under sitsen. Äkta?
⟦Mattias Ågren⟧ (moderator): Malmstens-stämpeln är ett bra tecken men kolla modellnumret. ⟦Carl Malmsten⟧ ritade mängder av pinnstolar och det finns många kopior.
loppisfyndet: tack ⟦mattias⟧!! 🙏
DesignDanne: Sälj på Bukowskis eller Auktionsverket, inte på Blocket

=== hand-mixed sv
Instagram – @konditoriekberg
Inlägg: "Nu tar ⟦Tuan⟧ över! Tack ⟦Lisbeth⟧ för 35 år ❤️"
⟦Malin Ekström⟧: Lycka till ⟦Tuan⟧!! 🎉
gotlandsgrabben: kommer prinsesstårtan vara kvar?
@konditoriekberg svarade: ja självklart, ⟦Lisbeths⟧ recept 😊
⟦Pham Van Duc⟧: Stolt över min brorsa 🥹
sara.k.82: @konditoriekberg öppet på juldagen?

=== hand-mixed sv
Från församlingens Facebooksida:
Tack till alla som kom till julkonserten i Sankt Johannes kyrka! Särskilt tack till organisten ⟦Anna Eng⟧ och flickkören under ledning av ⟦Sara Bo Lindahl⟧. Kollekten (5 120 kr) går till Stadsmissionen. Nästa söndag predikar ⟦Joakim⟧ (vår nya komminister ⟦Joakim Sten⟧).

=== hand-mixed sv
Ridskolans gruppchatt (Stall Bosse & Sture)
⟦Frida⟧: vem rider Sture i morgon? han haltar lite
⟦Moa Storm⟧: jag tar Bosse istället
⟦Frida⟧: ok. ⟦Kalle⟧ sa att hovslagaren kommer tors, ⟦Kalle Lindgren⟧ alltså inte hästen Kalle 😂
⟦Moa Storm⟧: haha. Kalle (hästen) fick nya skor förra veckan
⟦Frida⟧: ⟦Siri⟧ mockar lör

=== hand-mixed sv
DÖDSANNONS
Vår älskade mamma, svärmor och mormor
⟦Karin Margareta Ask⟧
* 2 mars 1940  † 27 november 2026
har stilla somnat in. I sorg och saknad
⟦Lisbeth⟧ och ⟦Göran⟧, ⟦Tove⟧ och ⟦Hans Ask⟧
Begravningen äger rum i Sankt Lars kapell, Linköping, fredagen den 18 december kl. 11. Tänk gärna på Cancerfonden.

=== hand-news sv
Vattenläcka stängde Drottninggatan

En vattenledning sprack under natten mot torsdag i korsningen Drottninggatan–Kungsgatan i Uppsala. Gatan var avstängd från Fyristorg till Stora torget i sex timmar, och Café Linné fick hålla stängt. Ingen kom till skada. Uppsala Vatten räknar med att asfalten lagas före helgen.

=== hand-news sv
Halka orsakade flera olyckor på E20

Underkylt regn gjorde vägarna spegelblanka i Skaraborg på onsdagsmorgonen. Fem bilar kanade av E20 mellan Hova och Mariestad, och en lastbil från Bröderna Anderssons Åkeri välte vid Töreboda. Föraren klarade sig med lättare skador. Trafikverket saltade sträckan vid sjutiden.

=== hand-news sv
Nytt från koloniföreningen Humlegården, december

Storm och regn har slitit på de gemensamma ytorna i november. Stormskadorna är nu undanröjda tack vare ⟦Storm⟧ själv – ⟦Göran Storm⟧ på lott 14 – som kom med motorsåg.
Ek och lind ska planteras vid lekplatsen. ⟦Ek⟧ (⟦Maria Ek⟧, lott 3) har beställt plantorna.
Berg i dagen vid grinden sprängs inte. ⟦Berg⟧ (kassören ⟦Ove Berg⟧) påminner om avgiften före 1 januari.
Sten från den gamla muren kan hämtas gratis – fråga ⟦Sten⟧ på lott 22.
Lo har setts i skogen bakom kolonin, ett lodjur alltså, inte ⟦Lo Dahlgren⟧ på lott 9.
Vinter är tid för beskärning, säger trädgårdsmästaren ⟦Ulla Vinter⟧.
"""
