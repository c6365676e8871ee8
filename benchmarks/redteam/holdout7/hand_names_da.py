"""Hand-written Danish news and business documents for names.jsonl (v7): every person's name is ⟦marked⟧."""

TEXT = r"""
=== news da
Skibsreder fra Marstal fylder 90
Skibsreder ⟦Hans Christian Mose⟧ fylder 90 år på lørdag. ⟦Mose⟧ overtog rederiet efter sin far i 1962 og byggede det op til en flåde på 14 coastere. I dag drives det af datteren ⟦Karen Mose Lund⟧, som siger: "Far kommer stadig på kontoret hver tirsdag."
=== news da
Ny leder af Fiskeriets Hus
⟦Bo Storm⟧, 52, bliver ny direktør for Fiskeriets Hus i Thyborøn. Han kommer fra en stilling som havnefoged i Hvide Sande. "Vi bor jo alle ved vandet herude," siger ⟦Storm⟧ med et grin. Han afløser ⟦Inger Bonde⟧, der går på pension.
=== news da
Retten i Holbæk: Mand dømt for bedrageri mod hotel
En 41-årig mand fra Kalundborg blev i går idømt fire måneders fængsel for at have boet på tre hoteller uden at betale. Dommer ⟦Susanne Ravn⟧ lagde vægt på, at han havde gjort det før. Forsvarer ⟦Mikkel Frost⟧ oplyser, at dommen ankes.
=== news da
Storm over Vestkysten
Stormen Dagmar er ikke officielt navngivet endnu, men DMI siger, at vinden når stormstyrke i nat. Beredskabschef ⟦Per Lykke⟧ opfordrer folk til at blive inde. Per i morgen tidlig er der varslet høj vandstand i Limfjorden.
=== news da
Campingplads skifter ejer
Familien ⟦Dalsgaard⟧ har solgt Bøgely Camping ved Silkeborg til ⟦Ahmed Rashid⟧ og ⟦Louise Kirk⟧, der i forvejen driver to pladser på Fyn. "Vi vil beholde stemningen," siger ⟦Rashid⟧. ⟦Hans-Jørgen Dalsgaard⟧ bliver boende i huset ved indkørslen.
=== news da
Æresborger i Nykøbing
Byrådet har udnævnt forfatteren ⟦Sol Bech⟧ til æresborger. ⟦Bech⟧, der skrev romanen "Sommer i Sol og Skygge", har boet i byen siden 1978. Borgmester ⟦Tue Hald⟧ overrakte diplomet.
=== news da
Håndbold: Aalborg tabte trods ⟦Sander Lykkes⟧ 10 mål
Aalborg Håndbold tabte søndag til GOG, selvom fans med ⟦Mikkel Ravns⟧ gamle trøje var mødt talstærkt op. Træner ⟦Stefan Bjerre⟧ var skuffet: "Vi var ikke skarpe nok." Topscorer blev ⟦Buster Kjeldsen⟧ med 9 mål.
=== news da
Dødsfald
Tidligere skoleinspektør ⟦Aksel Ørum Krag⟧ er død, 88 år. Han ledede Vestre Skole i 25 år og var kendt for sin kærlighed til ⟦Grundtvigs⟧ salmer. Han efterlader hustruen ⟦Grethe⟧ og tre børn.
=== news da
Tinglysning: Villa i Hellerup solgt for 38 mio.
Ejendommen på Strandvejen er solgt af dødsboet efter erhvervsmanden ⟦Poul Ejnar Winther⟧. Køberen er ifølge tinglysningen ⟦Jasmin Al-Khatib⟧, medstifter af tech-virksomheden Fjord Labs.
=== news da
Værnepligt: Flere kvinder melder sig
På Høvelte Kaserne møder 40 procent kvinder op til dette hold. En af dem er ⟦Freja Lund Østergaard⟧, 19, fra Roskilde. "Min mormor var lotte under krigen," fortæller hun. Oberstløjtnant ⟦Claus Birk⟧ glæder sig over udviklingen.
=== news da
Kirkeskat: Præst kritiserer udmeldelsesbølge
Sognepræst ⟦Ask Holmgaard⟧ fra Vor Frue Sogn er bekymret. "Folk melder sig ud, når årsopgørelsen kommer," siger han. Provst ⟦Birthe Bang⟧ mener ikke, det er et nyt fænomen.
=== news da
Inkassofirma fik påbud
Datatilsynet har givet inkassofirmaet Nordic Collect påbud efter en klage fra ⟦Rasmus Dyhr⟧ fra Svendborg. Firmaets direktør, ⟦Anette Kjær⟧, ville ikke kommentere sagen. Advokat ⟦Jonas Sten⟧ repræsenterede ⟦Dyhr⟧.
=== news da
Lokalt: Ny fysioterapeut i Ry
Fysioterapeut ⟦Maja Lind⟧ åbner klinik i den gamle bank på Skanderborgvej. Hun har tidligere arbejdet med landsholdsspillere, blandt andre ⟦Pernille Hald⟧. "Jeg vil gerne hjælpe almindelige mennesker med rygsmerter," siger ⟦Lind⟧.
=== news da
Fiskeri: Kvoten er brugt op
Fisker ⟦Ole Brink⟧ fra Hvide Sande har ligget i havn i tre uger. "Vi må vente til januar," siger han. Hans kollega ⟦Kim Fugl⟧ har solgt sin båd. Fiskeriminister ⟦Jens Ole Vestergaard⟧ har lovet at se på kvotefordelingen.
=== news da
Musik: Kirkekoncert med ⟦Bach⟧
Domkirkens kor opfører ⟦Bachs⟧ Juleoratorium søndag under ledelse af organist ⟦Ulrik Sommer⟧. Solister er ⟦Eva Høst⟧ (sopran) og ⟦Thomas Vinther⟧ (bas). Billetter koster 150 kr. og kan købes i H.C. Andersen Boghandel.
=== news da
Skolen fik ny skolebestyrelse
Til Aula-valget blev ⟦Nadia Mikkelsen⟧ valgt som formand. Næstformand er ⟦Zoran Petrović⟧. Skoleleder ⟦Henrik Dam⟧ takkede den afgående formand, ⟦Lise Gorm⟧, for seks års indsats.
=== news da
Byretten: Detektiv frifundet
Privatdetektiven ⟦Kenneth Falck⟧ blev i går frifundet for ulovlig overvågning. Sagen var anlagt af ⟦Lene Sejersen⟧, hvis eksmand havde hyret ⟦Falck⟧. Anklager ⟦Mette Mark⟧ overvejer anke.
=== news da
Fodbold: ⟦Marquinho⟧ scorede igen
FC Midtjylland vandt 2-0 over Brøndby. ⟦Marquinho⟧ scorede begge mål, og træner ⟦Thomas Brandt⟧ roste især ⟦Marko Perić⟧ i forsvaret. Brøndbys ⟦Nicolai Vang⟧ blev udvist.
=== news da
Grønlandsk kunstner udstiller i Aarhus
⟦Pipaluk Lyberth⟧ viser sine malerier på Godsbanen. Udstillingen hedder "Sila" og er kurateret af ⟦Aviaja Egede⟧. "⟦Pipaluks⟧ værker handler om is og tid," siger ⟦Egede⟧.
=== news da
Ældrepleje: Kritik fra pårørende
⟦Tina Nørskov⟧ er vred. Hendes far, ⟦Erling⟧, har fået besøg af 11 forskellige hjælpere på to uger. Ældrerådmand ⟦Anders Winther⟧ vil undersøge sagen. Plejecenterleder ⟦Vibeke Sloth⟧ beklager.
=== business da
Hej ⟦Søren⟧
Tak for mødet i går. Som aftalt sender jeg udkastet til bodelingsoverenskomsten. ⟦Camillas⟧ advokat, ⟦Line Vinther⟧, har ingen bemærkninger til punkt 3. Jeg mangler stadig at høre fra ⟦Henrik⟧ om bilen.
Venlig hilsen
⟦Jakob Holst⟧
Advokatfirmaet Holst & Bach
=== business da
Mødereferat, styregruppe (Projekt Nyt Lønsystem)
Deltagere: ⟦Anne Mølgaard⟧ (formand), ⟦Rune Thomsen⟧, ⟦Ib Qvist⟧, ⟦Signe Lykke⟧
Afbud: ⟦Gorm Nygaard⟧
1. ⟦Rune⟧ gennemgik tidsplanen.
2. ⟦Ib⟧ og ⟦Signe⟧ tester lønkørslen i uge 50.
3. Næste møde: ⟦Annes⟧ kontor, 15. december.
=== business da
Til alle medarbejdere
Vi siger i dag farvel til ⟦Birgit Frederiksen⟧, som går på pension efter 31 år i bogholderiet. ⟦Birgit⟧ har været med fra de første hulkort til vores nye ERP-system. Kom til reception fredag kl. 14 i kantinen.
Hilsen ⟦Lars Overgaard⟧, direktør
=== business da
-----Oprindelig meddelelse-----
Fra: ⟦Mette Kirkegaard⟧ <mkir@nordvest-toemrer.dk>
Sendt: 28. november 2026 09:14
Til: Bogholderi <bogholderi@holm-rengoering.dk>
Emne: Faktura 4471

Hej. Vi har ikke modtaget betaling for faktura 4471. Kan I tjekke det? ⟦Per⟧ fra jeres lager sagde, at den var betalt.
Mvh ⟦Mette⟧
=== business da
Dagsorden, bestyrelsesmøde i Fjordens Fisk A/S
1. Godkendelse af referat (v/ ⟦Holger Bisgaard⟧)
2. Regnskab 3. kvartal (v/ CFO ⟦Naja Toft⟧)
3. Ny kaj i Hanstholm
4. Evt.
=== business da
Hej ⟦Ulla⟧ og ⟦Vagn⟧
Tak for sidst! Jeres plads (nr. 41) er reserveret til næste sæson. ⟦Asger⟧ på plads 42 har spurgt, om I vil dele en grill igen. Betaling via MobilePay til 12345.
Mvh ⟦Jette⟧, Bøgely Camping
=== business da
ORDRE BEKRÆFTELSE
Kunde: Vestjysk VVS ApS, att. ⟦Torben Riis⟧
Leveres til: Byggeplads Skovbrynet, kontakt ⟦Malte Egholm⟧
Sælger: ⟦Pia Juhl⟧
=== business da
Kære ⟦Bodil Ravnsborg⟧
Vi har modtaget din ansøgning om varmecheck og sender den videre til Udbetaling Danmark. Sagsbehandler: ⟦Oluf Kjeldsen⟧.
Med venlig hilsen
Energistyrelsen
=== business da
Referat, personalemøde Børnehuset Mælkebøtten
Til stede: ⟦Lærke⟧, ⟦Dagny⟧, ⟦Eskild⟧, ⟦Fie⟧ og ⟦Winnie⟧ (leder)
- ⟦Eskild⟧ har planlagt julefrokost.
- Forældremøde 9/1: ⟦Fie⟧ laver kaffe.
- Husk at skrive i Aula, når I har talt med ⟦Villads⟧' mor.
=== business da
Hej ⟦Kasper⟧
Jeg har talt med ⟦Louise Friis⟧ i telefonen. Hun og ⟦Kasper Friis⟧ (ja, samme navn som dig!) vil gerne have et møde om adoptionssagen i uge 2. Jeg har foreslået onsdag.
/⟦Tove⟧
=== business da
Velkommen til ⟦Yasmin El-Amin⟧, der starter i kundeservice 1. januar. ⟦Yasmin⟧ kommer fra Telia og taler dansk, arabisk og fransk. Hun skal sidde ved siden af ⟦Bjarke Poulsen⟧, som bliver hendes mentor.
=== business da
Underskrevet:
⟦Aage Villy Pedersen⟧                 ⟦Grete Hansen⟧
Vitterlighedsvidner:
⟦Jens Ole Nørgaard⟧, Kirkebakken 5     ⟦Kirsten Møller⟧, Kirkebakken 7
=== business da
NAVN              STILLING          TLF
⟦ANDERSEN, KNUD⟧   Lagerchef         20 11 22 33
⟦BECH, NINA⟧       Bogholder         20 11 22 34
⟦EL-SAYED, OMAR⟧   Chauffør          20 11 22 35
⟦ØSTERGAARD, PIA⟧  Receptionist      20 11 22 36
=== business da
Hej alle
⟦Gustav⟧ har været så sød at bage kage til i dag, den står i køkkenet. Og tak til ⟦Hjørdis⟧ for at have styr på gaven til ⟦Jytte Larsens⟧ afsked.
/⟦Malene⟧
=== business da
Kontrakt nr. 2026-118: Udlejning af sommerhus
Udlejer: ⟦Poul Riis⟧, Klitvej 4, 6960 Hvide Sande
Lejer: ⟦Dario Rossi⟧ og ⟦Anna Rossi⟧, Milano
Nøgle udleveres af naboen, fru ⟦Lauridsen⟧, nr. 6.
=== business da
Hej ⟦Mads⟧, kan du give ⟦Ida⟧ adgang til SharePoint-mappen "Kunder 2027"? Hun mangler også Teams-kanalen. Jeg har sat ⟦Karsten⟧ i cc. Tak! ⟦Stine⟧
=== business da
Opkald fra ⟦Inger Lise Bachs⟧ datter kl. 10.40: Hun vil vide, hvornår moren får ny hjælper. Ring tilbage til ⟦Sanne⟧ (teamleder) eller ⟦Winnie⟧ i visitationen.
=== business da
Lønudbetaling - manglende kontonumre
⟦Allan Frost⟧ - mangler
⟦Tobias Klitgaard⟧ - mangler
⟦Mette Kirkegaard⟧ - ok
⟦Ali Demir⟧ - ok (rettet 28/11)
Tjekket af JBH (⟦Jens Bach Hansen⟧)
=== business da
Kære ⟦Margit⟧ og ⟦Holger⟧
Tak for jeres brev. ⟦Holgers⟧ ansøgning om ældrebolig er modtaget. Jeg kommer forbi med papirerne på lørdag sammen med ⟦Dorthe⟧.
Kærlig hilsen ⟦Torben⟧
=== business da
Fra ⟦Sofie Winthers⟧ kalender: "Frokost m. ⟦Mads⟧ og ⟦Ida Winther⟧ - Cafe Storm"
Mødelokale: "Karen Blixen" (2. sal)
=== business da
Notat fra samtale med ⟦Henrik Mortensen⟧, søn af ⟦Ruth Mortensen⟧. Han ønsker at blive kontaktet på mail frem for telefon. Hans søster ⟦Lone⟧ skal ikke have oplysninger.
=== trap da
Bo i Danmark som udlænding: Du skal have et CPR-nummer for at bo og arbejde her. Per 1. januar 2027 stiger gebyret for opholdstilladelse. Storm og regn kan forsinke posten.
=== trap da
Vi har sol, sommer og hav - og plads til 240 campingvogne. Lyst til at holde ferie ved Mols Bjerge? Ring til receptionen. Bjørn og ulv er der ikke, men masser af rådyr.
=== trap da
Nyt fra Georg Jensen, Bang & Olufsen og Carlsberg: Alle tre melder om stigende salg. H.C. Andersen Airport i Odense får nye ruter. Mødet holdes i lokalet "Niels Bohr".
=== news da
Nyt navn: Byens første adopterede fra Sydkorea fejrer 50 år i Danmark
⟦Mi-Sook Damgaard⟧ kom til Vejle som fireårig i 1976. I dag er hun formand for Korea Klubben. "Mine forældre, ⟦Erik⟧ og ⟦Inge Damgaard⟧, gav mig alt," siger hun. Hendes biologiske familie, familien ⟦Park⟧, fandt hun først i 2019.
=== news da
Navneændring vækker debat
Da ⟦Jakob Lindgaard Holm⟧ skiftede navn til ⟦Yusuf Holm⟧, fik han brev fra over 200 mennesker. "De fleste var søde," siger ⟦Yusuf⟧. Navneforsker ⟦Birgit Egede Friis⟧ kalder sagen typisk.
=== news da
Fogedretten: Familie sat ud af lejlighed
Familien ⟦Hodžić⟧ blev fredag sat ud af deres lejlighed i Gellerup. Boligselskabets direktør, ⟦Niels Ravn⟧, siger, at huslejen ikke var betalt i fem måneder. ⟦Emir Hodžić⟧ siger, at han var syg.
=== business da
HR - onboarding checkliste for ⟦Zhang Wei⟧
☐ Bestil computer (⟦Rasmus⟧, IT)
☐ Adgangskort (receptionen, ⟦Frida⟧)
☐ Mentor: ⟦Liu Yang⟧
☐ Velkomstfrokost med ⟦Zhang⟧ fredag
=== business da
Opsummering af telefonmøde med Skifteretten
⟦Birthe Thygesen Holm⟧ og ⟦Niels Thygesen⟧ deltog. Skifteretten v/ fuldmægtig ⟦Maria Sørensen⟧ oplyste, at boet kan afsluttes, når ⟦Niels⟧' underskrift foreligger.
=== business da
Referat, forældremøde 3.B (Aula)
Til stede: 14 forældre, klasselærer ⟦Jette Holm⟧.
⟦Birgitte⟧ (mor til ⟦Villads⟧) foreslog en fælles julefrokost for børnene. ⟦Rune Bech⟧ tilbød at arrangere. ⟦Alma⟧ og ⟦Oskar⟧ skal have nyt bord.
=== business da
Sagsnotat, Familieretshuset
Mødt: ⟦Camilla Bang⟧ med bisidder ⟦Lotte Holm⟧. ⟦Henrik Bang Lauridsen⟧ udeblev. ⟦Emil⟧ var ikke med til mødet.
Sagsbehandler: ⟦Mette Kjær⟧
"""
