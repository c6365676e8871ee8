"""More hand-written news and business documents for names.jsonl (v7)."""

TEXT = r"""
=== news da
Landbrug: Ung landmand overtager slægtsgård
⟦Kristian Højgaard⟧, 27, har overtaget gården Højgård ved Skive efter sin far, ⟦Jens Peter Højgaard⟧. "Far bliver boende i aftægtsboligen," siger ⟦Kristian⟧. Landbrugsrådgiver ⟦Bente Krog⟧ har hjulpet med generationsskiftet.
=== news da
Whistleblower fik medhold
En tidligere bogholder i Holm Rengøring I/S har fået medhold i en sag om usaglig afskedigelse. Hun havde slået alarm om direktør ⟦Torben Skjold⟧. Advokat ⟦Rikke Dahl Sand⟧ kalder afgørelsen principiel. ⟦Skjold⟧ ønsker ikke at kommentere.
=== news da
Mindeord
⟦Lis Gormsen⟧ døde den 20. november, 81 år. Hun var sygeplejerske i Thisted i 40 år og stiftede byens første hospice sammen med ⟦Aase Mark⟧. ⟦Lis⟧ blev gift med maleren ⟦Holger Gormsen⟧, der døde i 2019. Æret være ⟦Lis Gormsens⟧ minde.
=== news da
Bog: Roman om en sømand
I ⟦Ask Vinters⟧ nye roman følger vi en unavngiven styrmand på en coaster i Nordsøen. Forfatteren er selv uddannet skibsfører og har sejlet med Mærsk. "⟦Ask⟧ skriver som han sejler: roligt," skrev anmelderen ⟦Dorte Fugl⟧.
=== news da
Ny præst i Vor Frue
⟦Marianne Kirk⟧ er indsat som sognepræst. Biskop ⟦Henrik Lund⟧ forestod indsættelsen, og menighedsrådsformand ⟦Jens Bak⟧ holdt tale.
=== news da
Badminton: Guld til Odense-par
⟦Mathias Bay⟧ og ⟦Frida Sol Eriksen⟧ vandt mixed double ved DM. I finalen slog de ⟦Oliver Storm⟧ og ⟦Amalie Bo⟧ 21-18, 21-19. "Vi har trænet sammen siden vi var 12," siger ⟦Frida⟧.
=== news sv
Fiskeauktion i Smögen slår rekord
Räkorna gick för 410 kronor kilot. Köparen, krögaren ⟦Jonas Lax⟧, säger att det var värt det. Auktionsförrättaren ⟦Märta Sjö⟧ har aldrig sett liknande. Även ⟦Lax⟧ konkurrent ⟦Bo Strömberg⟧ bjöd högt.
=== news sv
Minnesord
⟦Göte Alm⟧, Ljusdal, har gått bort, 89 år. ⟦Göte⟧ var skogsarbetare och en av grundarna av Ljusdals Skidklubb. Han sörjs av hustrun ⟦Ella⟧ och sönerna ⟦Per⟧ och ⟦Anders Alm⟧.
=== news sv
Kommunen köper ⟦Vikings⟧ gamla lada
⟦Viking Svensson⟧ säljer ladan vid Storsjön till kommunen för 1 krona. "Den ska bli scen," säger kulturchefen ⟦Sol Björk⟧. ⟦Svensson⟧ får behålla nycklarna.
=== news sv
Präst blir biskop
⟦Karin Malm⟧, i dag kyrkoherde i Falun, har valts till biskop i Västerås stift. Hon fick 54 procent av rösterna mot ⟦Anders Lind⟧. ⟦Malm⟧ vigs i februari.
=== news sv
Ishockey: ⟦Love⟧ matchhjälte
Luleå vann med 3-2 efter förlängning. ⟦Love Strand⟧ gjorde segermålet och ⟦Dag Holm⟧ två assist. Tränaren ⟦Ulf Gran⟧: "⟦Love⟧ var överallt på isen." Men ⟦Holms⟧ lagkamrat ⟦Stig Ek⟧ fick en matchstraff.
=== business da
Hej ⟦Bente⟧
⟦Kristian⟧ har nu sendt fællesskemaet. Jeg har tjekket markkortet sammen med ⟦Jens Peter⟧. Ring til mig eller ⟦Lykke⟧ på kontoret, hvis der er spørgsmål.
Mvh ⟦Ole Bonde⟧, LandboNord
=== business da
Tilbud på flytning
Kunde: ⟦Sol Ravn⟧, Vestergade 12, Aarhus
Flyttedag: 15.01.2027
Flyttemænd: ⟦Mark⟧, ⟦Storm⟧ og ⟦Birk⟧
Kontaktperson hos os: ⟦Per Dam⟧
=== business da
Referat - fagligt møde, HK-klubben
Til stede: ⟦Karsten Holm⟧ (TR), ⟦Stine Aagaard⟧, ⟦Jesper Nyholm⟧
⟦Karsten⟧ orienterede om lønforhandlingen. ⟦Stine⟧ spurgte til ⟦Jespers⟧ sag.
=== business da
Pårørendeliste, Plejecenter Lindely
Stue 4: ⟦Erling Christiansen⟧ - pårørende: datter ⟦Tina⟧ (1. kontakt), søn ⟦Jørn⟧
Stue 5: ⟦Ruth Mortensen⟧ - pårørende: søn ⟦Henrik Mortensen⟧
Stue 6: ⟦Valdemar⟧ og ⟦Inger Bach⟧ (ægtepar)
=== business da
Hej ⟦Palle⟧
Kan du give ⟦Anders⟧ og ⟦Jesper⟧ besked om julefrokosten? Og spørg ⟦Lotte⟧, om hun tager ⟦Martin⟧ med. Vi er 24 i alt.
Hilsen ⟦Susanne⟧
=== business sv
Hej ⟦Ella⟧,
Jag är ledsen för din förlust. ⟦Göte⟧ var en fin kollega. Begravningsbyrån Fridsam (⟦Anna-Lena Öst⟧) kontaktar dig om minnesstunden.
Med vänliga hälsningar
⟦Per Alm⟧
=== business sv
Arbetsschema, hemtjänsten Söder v. 49
Mån: ⟦Yvonne⟧, ⟦Sara N.⟧, ⟦Hassan⟧
Tis: ⟦Yvonne⟧, ⟦Saga⟧
Ons: ⟦Hassan⟧, ⟦Linnea⟧, ⟦Stig⟧
Ansvarig: ⟦Sara Nyberg⟧
=== business sv
Meddelande i föreningsappen
Till: ⟦Kim Lindqvist⟧, ⟦Sara Wik⟧
Från: Förvaltaren ⟦Åke Berg⟧
Ärende: Nycklar till lägenhet 1102
Nycklarna finns hos ⟦Gösta Palm⟧ i styrelsen. Ring ⟦Gösta⟧ innan ni åker.
=== business sv
Protokoll, facklig förhandling
Närvarande för arbetsgivaren: ⟦Kent Viklund⟧, ⟦Helena Törnqvist⟧
Närvarande för IF Metall: ⟦Roger Lindh⟧, ⟦Fatima Hassan⟧
Parterna enades om att ⟦Rogers⟧ uppsägning dras tillbaka.
=== business sv
Julhälsning från ⟦Lasse⟧, ⟦Johanna⟧ och lilla ⟦Tuva⟧! Vi hoppas att ni får en fin jul. Hälsa mormor ⟦Britt⟧!
=== trap sv
Storm i Bohuslän: SMHI varnar för hårda vindar. Per person får man ta med två väskor på färjan. Björnen i Sollefteå är fortfarande på fri fot. Dag ett av sportlovet börjar med snö.
=== trap da
Nyt fra Ravnsborg Sogn: Kirkens kor synger ved juletræstænding. Mark og skov omkring Bøgely står i frost. Holm Rengøring og Hansen & Krogh sponsorerer juletræet.
=== mixed da
Hej ⟦Ingvild⟧! Tak for sidst i Oslo. ⟦Rasmus⟧ siger hej. Jeg har talt med ⟦Kari Nordheim⟧ om båden, og hun kender en ⟦Even⟧, der måske vil købe den.
Hilsen ⟦Linnea⟧
=== mixed sv
Hei ⟦Aino⟧! Tack för att du hjälpte ⟦Riikka⟧ med flytten. ⟦Jonas Eriksson⟧ i Mariehamn hälsar också. Ses i jul! /⟦Ebba⟧
=== business da
Deltagerliste, kursus i førstehjælp 03.12
⟦Ahmed Rashid⟧
⟦Louise Kirk⟧
⟦Mi-Sook Damgaard⟧
⟦Zhang Wei⟧
⟦Oluwaseun Adeyemi⟧
Instruktør: ⟦Claus Birk⟧
=== business sv
Deltagare, introduktionsdag 2026-12-03
⟦Tesfaye Gebremariam⟧, ⟦Nguyen Thi Lan⟧, ⟦Aisha Warsame⟧, ⟦Piotr Kowalski⟧, ⟦Emma Niemi⟧
Kursledare: ⟦Rolf Sandberg⟧
=== business da
Hej ⟦Sebastian⟧
Tak for din klage. Jeg har talt med ⟦Tove⟧ i a-kassen. Din sag behandles af ⟦Lars Møller⟧, og du hører fra ham inden jul.
Venlig hilsen ⟦Nanna Holt⟧
"""
