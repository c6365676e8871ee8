"""Hand-written Danish name documents (each written once). ``⟦Name⟧`` marks a PERSON span."""

DOCS = """
=== hand-news da
Ny direktør for Vejle Havn
Bestyrelsen har ansat ⟦Kirsten Marie Abildgaard⟧ som ny havnedirektør. ⟦Abildgaard⟧ kommer fra en stilling som driftschef i Aarhus Havn og afløser ⟦Poul Erik Hjort⟧, der går på pension efter 19 år.
- Jeg glæder mig til at komme hjem til Vejle, siger ⟦Kirsten Marie Abildgaard⟧.
=== hand-news da
Storm over Vesterhavet
Stormen ramte i nat kysten ved Hvide Sande, og beredskabet rykkede ud 40 gange. Vagthavende ⟦Storm Nielsen⟧ fra Midt- og Vestjyllands Politi fortæller, at ingen kom til skade.
=== hand-news da
Byretten: 34-årig idømt fængsel for bedrageri
En 34-årig mand fra Odense blev i går idømt ti måneders fængsel for bedrageri for 1,4 mio. kr. Anklager ⟦Signe Bach Thorsen⟧ havde krævet halvandet år. Forsvarer ⟦Mads Guldberg⟧ overvejer at anke.
=== hand-news da
Sol og sommer i Skagen
Solen skinnede, da ⟦Sol Kjærgaard⟧ på 7 år i går åbnede den nye legeplads ved Skagen Havn sammen med borgmester ⟦Jesper Bang⟧. ⟦Sol⟧ klippede snoren.
=== hand-news da
Fodbold: Brøndby vandt 2-1 over AGF
⟦Bjørn Vestergaard⟧ bragte Brøndby foran efter 12 minutter, før AGF's ⟦Ibrahim Touré⟧ udlignede. Matchvinder blev indskiftede ⟦Ask Lindgaard⟧, der headede 2-1 ind i overtiden. ⟦Vestergaards⟧ mål var hans femte i sæsonen.
=== hand-news da
Dødsfald
Tidligere skoleinspektør ⟦Ejnar Bundgaard⟧, Ribe, er død, 88 år. ⟦Ejnar Bundgaard⟧ var i 30 år leder af Ribe Byskole og stod bag byens første ungdomsklub. Han efterlader hustruen ⟦Gudrun⟧ og tre børn.
=== hand-news da
Kunst: Ny udstilling på Ribe Kunstmuseum
Ribe Kunstmuseum viser fra lørdag værker af den unge maler ⟦Nanna Oyelaran⟧, der er født i Lagos og bor i Esbjerg. Udstillingen er kurateret af ⟦Thomas Kamp⟧.
=== hand-news da
Erhverv: Ny ejer af Bager Bech i Nibe
Bager Bech ApS er solgt til bagermester ⟦Rasmus Hvid⟧, der i forvejen driver to bagerier i Aalborg. Den hidtidige ejer, ⟦Jørn Bech⟧, stopper ved årsskiftet.
=== hand-news da
Kommunalvalg: Ny borgmester i Tønder
⟦Henriette Dam⟧ (S) blev natten til onsdag valgt som borgmester i Tønder Kommune med støtte fra SF og Radikale. ⟦Dam⟧ afløser ⟦Jørgen Popp Petersen⟧, der har været borgmester i otte år. Første viceborgmester bliver ⟦Kim Holm Frost⟧ (V).
=== hand-news da
Juniorrekord til Århus 1900
Den 17-årige løber ⟦Liv Rask⟧ fra Århus 1900 satte lørdag dansk juniorrekord på 3000 meter. - Jeg følte mig rask og frisk, sagde ⟦Rask⟧ efter løbet.
=== hand-news da
Kort nyt
Politiet efterlyser vidner til et færdselsuheld på Ringvejen i Holstebro mandag morgen. Henvendelse til vagtchef ⟦Lene Falk⟧.
Frivillige fra Kirkens Korshær har samlet 38.000 kr. ind ved juletræstændingen.
⟦Hans Henrik Lykke⟧ er ny formand for Holstebro Erhvervsforening.
=== hand-news da
Portræt: Fra Kabul til Kolding
⟦Farid Noori⟧ kom til Danmark som 15-årig. I dag driver han tre frisørsaloner i Kolding. - Min mor, ⟦Zarmina⟧, lærte mig at arbejde hårdt, siger ⟦Farid Noori⟧, der i år er nomineret til Kolding Kommunes erhvervspris.
=== hand-news da
H.C. Andersen-prisen til canadisk forfatter
Årets H.C. Andersen Litteraturpris går til ⟦Margaret Olsen-Brady⟧. Prisen overrækkes i Odense Koncerthus af juryformand ⟦Bente Holm⟧.
=== hand-news da
Bo i Nordjylland? Det vil ⟦Bo Lind⟧ gerne
Familien ⟦Lind⟧ flytter fra Valby til Løkken. - Vi vil bo tæt på havet, siger ⟦Bo Lind⟧, der arbejder hjemmefra som programmør. Hans kone, ⟦Maja Lind⟧, har fået job på Hjørring Sygehus.
=== hand-news da
Håndbold: GOG tabte i Skjern
Skjern vandt 31-27. ⟦Frederik Emil Krogh⟧ scorede otte mål for GOG, mens keeper ⟦Tobias Warming⟧ reddede 14 skud for Skjern. GOG-træner ⟦Nicolaj Winther⟧ var skuffet.
=== hand-news da
UDNÆVNELSE: ⟦METTE SKOVBO⟧ BLIVER NY REKTOR
⟦Mette Skovbo⟧, 52, bliver rektor for Vestjysk Gymnasium fra 1. februar. Hun kommer fra en stilling som uddannelseschef.
=== hand-news da
Nekrolog
⟦Inger Sommer⟧ er død. Hun var en kendt skikkelse i Svendborg, hvor hun drev boghandel i 40 år. Sommeren var hendes yndlingstid, og hver juli holdt ⟦Inger⟧ sommerfest for kunderne. ⟦Ingers⟧ søn, ⟦Carsten Sommer⟧, overtog butikken i 2012.
=== hand-news da
Retten i Herning: Landmand frifundet
Landmanden ⟦Niels Jørgen Hede⟧ fra Sunds blev i går frifundet for dyremishandling. Dommer ⟦Birgitte Krag⟧ fandt ikke bevis for, at ⟦Hede⟧ havde forsømt sine køer.
=== hand-news da
Ny præst i Gjellerup
Menighedsrådet har ansat ⟦Thea Kirstine Vang⟧ som sognepræst. Hun afløser ⟦Gunnar Dahl-Sørensen⟧, der har været præst i sognet siden 1998.
=== hand-news da
Politik: Minister på besøg i Tarm
Erhvervsminister ⟦Anne Margrethe Kvist⟧ besøgte mandag Tarm Maskinfabrik. Direktør ⟦Peder Lauritsen⟧ viste rundt. - Vi mangler folk, sagde ⟦Lauritsen⟧ til ministeren.
=== hand-biz da
Fra: ⟦Anders Krogh⟧ <ak@krogh-vvs.example>
Til: ⟦Pernille Ravn⟧ <pernille.ravn@boligselskabet.example>
Emne: Tilbud på nye faldstammer

Hej ⟦Pernille⟧
Tak for en god snak i går. Som lovet sender jeg tilbuddet. ⟦Morten⟧ fra vores kontor ringer til dig om tidsplanen.

Med venlig hilsen
⟦Anders Krogh⟧
Krogh VVS ApS
=== hand-biz da
Referat, bestyrelsesmøde i Vestegnens Golfklub, 24.11.2026
Til stede: ⟦Karen Vinter⟧ (formand), ⟦Per Bonde⟧, ⟦Helle Dahl⟧, ⟦Svend Aage Storm⟧
Afbud: ⟦Lise Skou⟧
Referent: ⟦Per Bonde⟧
1. ⟦Karen⟧ bød velkommen.
2. ⟦Svend Aage⟧ fremlagde budget for 2027.
3. Per mail er der kommet klager over parkeringen; ⟦Helle⟧ svarer.
=== hand-biz da
ANSÆTTELSESKONTRAKT
Mellem Vinterberg Rådgivning A/S (herefter arbejdsgiver) og
⟦LÆRKE MARIA HOLST⟧ (herefter medarbejder)
er indgået følgende aftale. Medarbejderens nærmeste leder er ⟦Rune Mikkelsen⟧.
Underskrifter:
_____________ ⟦Rune Mikkelsen⟧       _____________ ⟦Lærke Maria Holst⟧
=== hand-biz da
Hej alle
Vi siger velkommen til ⟦Oluwadamilare Adebayo⟧, der starter i Salg på mandag. ⟦Dami⟧, som han kaldes, kommer fra Maersk. Tag godt imod ham!
Hilsen ⟦Susanne⟧
=== hand-biz da
Vagtplan uge 49
Man: ⟦Jonas⟧, ⟦Mia⟧
Tir: ⟦Ahmed⟧, ⟦Kim⟧
Ons: ⟦Mia⟧, ⟦Sol⟧
Tor: ⟦Kim⟧, ⟦Bo⟧
Fre: Lukket (lager optælling)
=== hand-biz da
Telefonliste - økonomi
⟦Abildgaard, Tina⟧      lokal 212
⟦Bech, Carl-Johan⟧      lokal 215
⟦Nguyen, Thi Hoa⟧       lokal 219
⟦van der Berg, Sanne⟧   lokal 220
=== hand-biz da
Hej ⟦Lone⟧
Kan du bede ⟦Jens⟧ om at sende ⟦Hanne Friis⟧' kontrakt til ⟦Torben⟧? Han skal have den inden fredag. ⟦Torbens⟧ assistent er på ferie.
/⟦Maria⟧
=== hand-biz da
Pressemeddelelse
Georg Jensen A/S udnævner ⟦Camilla Frost⟧ til designdirektør. ⟦Camilla Frost⟧ har tidligere arbejdet for Royal Copenhagen og Bang & Olufsen. - Vi er glade for at få ⟦Camilla⟧ med, siger adm. direktør ⟦Henrik Eg⟧.
=== hand-biz da
Mødeindkaldelse
Emne: Kick-off med kunden
Deltagere: ⟦Peter Holm⟧; ⟦Anna Skov⟧; ⟦Faisal Rahman⟧; ⟦Lykke Mørch⟧
Sted: Mødelokale H.C. Ørsted, 3. sal
=== hand-biz da
Årsrapport 2025 - Ledelse
Bestyrelse: ⟦Birgitte Rask⟧ (formand), ⟦Jens Christian Due⟧ (næstformand), ⟦Aisha Mohamud⟧, ⟦Lars Ravn⟧
Direktion: ⟦Kasper Holm Winther⟧ (CEO), ⟦Signe Lund⟧ (CFO)
Revisor: Due & Ravn Statsautoriseret Revisionspartnerselskab
=== hand-biz da
Hej ⟦Kaj⟧
Tak for hjælpen med flytningen. Jeg har lagt dine nøgler hos ⟦Birthe⟧ i receptionen.
Mange hilsner
⟦Gitte⟧
=== hand-biz da
[09:02] ⟦mette⟧: godmorgen! er ⟦jakob⟧ her i dag?
[09:03] ⟦Jakob Holm⟧: jeg er her 🙂
[09:03] ⟦mette⟧: super, kan du kigge på ⟦Ullas⟧ faktura?
[09:05] @kasperj: jeg har den, ⟦Jakob⟧
=== hand-biz da
Kære fru ⟦Hansen⟧
Vi bekræfter din tid hos tandlæge ⟦Søren Kaas⟧ tirsdag kl. 9.30. Husk at melde afbud senest dagen før.
Venlig hilsen ⟦Pia⟧, Tandklinikken Kaas & Ravn
=== hand-biz da
Hej ⟦Allan⟧
Jeg har talt med ⟦Allans⟧ leder, ⟦Vibeke Kamp⟧, og hun siger god for, at du kan deltage i kurset hos Niels Brock. ⟦Vibeke⟧ skal bare have en kopi af tilmeldingen.
Vh ⟦Rikke⟧
=== hand-biz da
FULDMAGT
Undertegnede ⟦MADS PETER JUHL⟧ giver hermed ⟦KAREN JUHL⟧ fuldmagt til at afhente breve og pakker på mine vegne.
=== hand-biz da
Cc: ⟦Jan Ravn⟧; ⟦Sebastian Toft⟧; regnskab@firma.example; ⟦Marianne de Neergaard⟧
=== hand-biz da
Indstilling til jubilæumsgave
⟦Svend Ib⟧ har 25 års jubilæum den 1. februar. ⟦Ib⟧, som alle kalder ham, har været i lageret siden 2002. Gaven koordineres af ⟦Yrsa⟧.
=== hand-biz da
Hej ⟦Sommer⟧ (der er jo to med samme fornavn i afdelingen 😉)
Kan du tage telefonen i eftermiddag? Jeg er til møde med ⟦Karin Bach⟧ fra kunden. Vi ses til sommer!
⟦Hans⟧
=== hand-biz da
Tak for sidst! Vi glæder os til at se jer igen til sommer.
Kærlig hilsen ⟦Dorthe⟧ og ⟦Jan⟧
=== hand-biz da
Ordreliste
Kunde: Hansen & Søn Tømrerfirma ApS
Kontaktperson: ⟦Brian Hansen⟧
Leveres til: H.C. Andersens Boulevard 12
Sælger: ML
=== hand-biz da
Kære ⟦Ole Vig⟧
Tak for din ansøgning til stillingen som lagermedarbejder. Vi har valgt at gå videre med andre kandidater.
Med venlig hilsen
HR, Bilka Holstebro
=== hand-biz da
Hej ⟦Mark⟧, kan du markere de rækker, som ⟦Lykke⟧ har rettet? Held og lykke med budgettet.
=== hand-biz da
Gæsteliste, julefrokost
1. ⟦Per⟧ (per bord 8)
2. ⟦Inge-Lise Abdi⟧
3. ⟦Mohammed El-Khatib⟧
4. ⟦Vera⟧ + ledsager
=== hand-biz da
Fra: ⟦Hanne Bruun⟧
Sendt: 27. november 2026 08:14
Til: ⟦Christian Holm⟧
Emne: SV: Nøgler

Hej ⟦Christian⟧, ⟦Mads⟧ har nøglerne. Mvh ⟦Hanne⟧
=== hand-biz da
Med venlig hilsen / Best regards

⟦Jesper Aagaard⟧
Key Account Manager
Vestas Wind Systems A/S
=== hand-biz da
⟦Peter Due⟧ og ⟦Due⟧'s kone ⟦Ruth⟧ inviterer til sølvbryllup på Hotel Hans Christian Andersen i Odense.
=== hand-biz da
Opgaveliste
- JBL: bestil nye stole
- ⟦Torben⟧: ring til Bang & Olufsen om service
- ⟦Fie⟧ og ⟦Ellen⟧: julekort
- Alle: tidsregistrering
"""
