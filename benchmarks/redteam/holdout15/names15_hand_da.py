"""Hand-written Danish documents of the v15 names hold-out (``⟦Name⟧`` marks a PERSON span, see
``cats15_markup.py``; families ``hand-news``, ``hand-biz``, ``hand-mixed`` give the genre)."""

BANK = """
=== hand-news da
Ny skoleleder på Ørstedskolen
⟦Henriette Mølgaard⟧, 47, er ansat som skoleleder på Ørstedskolen i Frederiksværk. Hun kommer fra en stilling som viceskoleleder i Hillerød. Formand for skolebestyrelsen ⟦Claus Riis⟧ siger, at ⟦Mølgaard⟧ var det oplagte valg.

=== hand-news da
Jubilæum
Den 1. marts kan ⟦Torkild Brandt⟧, Fredericia, fejre 40 år hos Bang & Olufsen i Struer. ⟦Torkild⟧ startede som lærling og er i dag værkfører. Kollegerne holder reception i kantinen.

=== hand-news da
Dødsfald
Tidligere borgmester ⟦Inger-Lise Baun⟧ er død, 88 år. ⟦Baun⟧ sad i byrådet i 24 år og fik opkaldt en sal på rådhuset efter sig. Hun efterlader sig sønnerne ⟦Per⟧ og ⟦Søren⟧.

=== hand-news da
Færgen sejler igen
Færgen M/F Ærøsund sejler igen efter en uge på værft. Kaptajn ⟦Bjarke Holm Lauridsen⟧ fortæller, at passagererne har været tålmodige. Lærken synger, skrev en passager på Facebook, og det kunne han godt bruge.

=== hand-news da
Teateranmeldelse: Et dukkehjem på Aarhus Teater
⟦Marie Bach Hansen⟧ spiller Nora med stor kraft, og ⟦Thure Lindhardt⟧ er en kold Helmer. Instruktør ⟦Tue Biering⟧ har flyttet ⟦Ibsens⟧ stue til et parcelhus i Viby. Nora og Helmer er figurer; stykket er stadig ⟦Henrik Ibsens⟧.

=== hand-news da
Ugens navn
Ugens navn er ⟦Saida Rahimi⟧, som har startet en lektiecafé på biblioteket i Gellerup. Birk og lind er plantet foran biblioteket i år, men det er ⟦Rahimi⟧, der har fået folk til at komme. Hun får hjælp af ⟦Jens-Ole⟧ fra menighedsrådet.

=== hand-news da
Vinder af krydsordskonkurrencen
Gavekort à 200 kr. går til ⟦Ruth Damgaard⟧, Skjern, ⟦Alfred Kjær⟧, Tarm, og ⟦Lis Mortensen⟧, Videbæk. Gevinsterne er sponsoreret af Søstrene Grene i Herning.

=== hand-news da
Byrådsvalg: stemmetal i Randers
Flest personlige stemmer fik ⟦Torben Hansen⟧ (S) med 9.412. Derefter ⟦Dorthe Thøgersen⟧ (V) og ⟦Mikkel Sommer⟧ (K). For ⟦Sommer⟧ er det første valg siden 2017.

=== hand-news da
Nyt dyrlægehus i Christiansfeld
Dyrlægerne ⟦Astrid Bonde⟧ og ⟦Ulrik Fenger⟧ åbner klinik på Lindegade. De har begge arbejdet på AniCura i Kolding. Mange af kunderne er landmænd, siger ⟦Astrid Bonde⟧.

=== hand-news da
Roning: DM i Bagsværd
⟦Frida Kirk⟧ og ⟦Anna Møller-Holst⟧ vandt guld i dobbeltsculler. Træner ⟦Henrik Hald⟧ var stolt. Kirken og kommunen har sponsoreret den nye båd.

=== hand-news da
Æresborger
Kommunen udnævner forfatteren ⟦Kirsten Thorup⟧ til æresborger. Hun voksede op i Gelsted og skrev Lille Jonna, som ikke er en selvbiografi. Borgmester ⟦Mogens Nyholm⟧ overrækker diplomet på H.C. Andersen Hotel.

=== hand-news da
Kirkelige handlinger, Vor Frue Sogn
Døbte: ⟦Otto Valdemar Skou⟧, ⟦Ellen Marie Faber⟧. Viede: ⟦Sofie Kragh⟧ og ⟦Anders Glerup⟧. Begravede: ⟦Erling Fisker⟧.

=== hand-news da
Radio i dag
P1 kl. 10.03: ⟦Adrian Hughes⟧ taler med ⟦Karen Lisa Salamon⟧ om tro. P2 kl. 12.15: Carl Nielsen-koncert fra DR Koncerthuset med DR's Koncertkor. Kl. 13: Mads Nørgaard-modeshow fra Fashion Week.

=== hand-news da
Lokalpolitiet melder
En bil blev stjålet fra Kaj Munks Vej natten til tirsdag. En cykel er fundet på H.C. Andersens Boulevard. Politiet har ingen mistænkte. Ring 114.

=== hand-news da
Vejr: Sommer i sigte
Sommer og sol er på vej, siger DMI. Efter en uge med regn kommer der op til 24 grader. Nattefrost er slut.

=== hand-news da
Fodbold: Skive IK – Vendsyssel 2-1
⟦Nicolai Klitgaard⟧ scorede på straffe, og ⟦Bo Due⟧ lukkede kampen med et hovedstød. Vendsyssels træner, ⟦Gudmundur⟧, mente, at dommer ⟦Jørgen Daugbjerg⟧ overså et frispark.

=== hand-news da
Pris til kokken
⟦Rasmus Munk⟧ fra Alchemist modtog i går Carl Jacobsen-prisen. Prisen gives af Ny Carlsbergfondet. ⟦Munk⟧ takkede sin sous-chef, ⟦Mikkel Tjørnelund⟧.

=== hand-news da
Bibliotekets arrangementer
Onsdag: forfatteraften med ⟦Ida Jessen⟧. Torsdag: lektiecafé. Lørdag: Georg Jensen-sølvets historie fortalt af museumsinspektør ⟦Lone Steen⟧. Alle er velkomne i Grundtvig-salen.

=== hand-biz da
Tilbud på rengøring
Kære ⟦Ulla Sand⟧
Tak for en god snak i går. Vedlagt tilbud på ugentlig rengøring af jeres lokaler på Frederiksberg Allé. Kontakt mig gerne på 22 14 68 90.
Med venlig hilsen
⟦Martin Vestergaard⟧
Salgschef, Rent & Co.
martin.vestergaard@rentco.dk

=== hand-biz da
Referat af bestyrelsesmøde, Havnens Fiskehus A/S
Til stede: ⟦Jørn Bisgaard⟧ (formand), ⟦Vivi Krag⟧, ⟦Sune Holt⟧. Fraværende: ⟦Kamilla Aagaard⟧.
1. Regnskab godkendt. 2. ⟦Vivi⟧ undersøger pris på ny fryser. 3. Næste møde hos ⟦Bisgaard⟧.

=== hand-biz da
Indkøbsordre 44182 – godkendelse
Oprettet af: ⟦Rikke Skov⟧
Godkendt af: ⟦Henning Lauesen⟧
Leverandør: Peter Beier Chokolade A/S
Vare: 40 kasser julekonfekt
Leveres til: Anker Heegaards Gade 2

=== hand-biz da
Fuldmagt
Undertegnede, ⟦Hans Christian Trier⟧, giver hermed ⟦Lisbeth Trier⟧ fuldmagt til at underskrive skødet på Kløvervej 9 på mine vegne.
Dato og underskrift: ⟦H.C. Trier⟧

=== hand-biz da
Autosvar
Tak for din mail. Jeg er på ferie til og med 14. juli. Kontakt i mellemtiden min kollega ⟦Sanne Bjerre⟧ på sanne.bjerre@kommunedata.dk.
/⟦Nikolaj⟧

=== hand-biz da
Udskrift af Teams-møde, automatisk
⟦Kristoffer Ahl⟧ 09:02: Kan alle høre mig?
⟦Dorte Frandsen⟧ 09:02: Ja. ⟦Lars⟧ er på vej.
⟦Kristoffer Ahl⟧ 09:03: Godt. Vi starter med tallene fra sidste kvartal.
⟦Dorte Frandsen⟧ 09:03: Husk, at ⟦Lars⟧ har budgettet, ikke mig.

=== hand-biz da
Følgeseddel
Leveret til: Carlsberg Byen, Bryggernes Plads
Modtaget af: ⟦Emil Sandholm⟧
Chauffør: ⟦Piotr Nowicki⟧
Varer: 12 paller Tuborg

=== hand-biz da
CURRICULUM VITAE
⟦LÆRKE GYLDENSTEDT⟧
Erhverv: 2019- projektleder, Ramboll. 2015-2019 ingeniør, COWI.
Reference: afdelingsleder ⟦Thomas Bjerg⟧, telefon efter aftale.

=== hand-biz da
Tilsagn om ansættelse
Kære ⟦Yasmin Ali⟧
Vi er glade for at kunne tilbyde dig stillingen som bogholder hos Jensen & Dalgaard Revision. Din nærmeste leder bliver ⟦Preben Dalgaard⟧. Underskrevet kontrakt sendes til hr@jd-revision.dk.
Venlig hilsen ⟦Mette Jensen⟧, partner

=== hand-biz da
Reklamation
Kunden, hr. ⟦Arne Kold⟧, har returneret en Kay Bojesen-abe med skade. Butikschef ⟦Nina Lyng⟧ vurderer, at den er tabt. Sendes til Rosendahl Design Group.

=== hand-biz da
Faktura 2026-311
Kontaktperson hos kunden: ⟦Gunnar Thorsen⟧
Vores reference: ⟦Lea Brink⟧
Leverance: konsulentbistand, Georg Jensen Damask
Betales til konto 1551-123456.

=== hand-biz da
Overdragelse af opgaver
⟦Jacob⟧ overtager kunderne Ole Lynggaard Copenhagen og Arne Jacobsen-licensen fra ⟦Helle Vang⟧, som går på barsel. ⟦Vang⟧ kan kontaktes i nødstilfælde.

=== hand-biz da
Leverandøroprettelse
Firma: Mikkeller ApS
Kontakt: ⟦Mikkel Borg Bjergsø⟧
Bogholderi: bogholderi@mikkeller.example
Oprettet af: ⟦jane⟧ (ekstern)

=== hand-biz da
Konkursbo, meddelelse
Skifteretten i Kolding har udnævnt advokat ⟦Kirsten Fogh⟧ som kurator i boet efter Vagn Smith Transport ApS. Kreditorer kan anmelde krav til kurator.

=== hand-biz da
Ansættelsesreference
⟦Sebastian Lund⟧ var ansat hos os på Frederiksberg Slot som kantineleder 2020-2024. ⟦Sebastian⟧ var vellidt. Med venlig hilsen ⟦Birgitte Holm⟧

=== hand-biz da
VIGTIGT: Nye åbningstider
Fra mandag har butikken på Christian IX's Gade åbent 10-18. Lørdag 10-14.

=== hand-biz da
Mødeindkaldelse
Lokale: Karen Blixen (2. sal)
Deltagere: ⟦Asger Bendtsen⟧, ⟦Yvonne Krogh⟧, ⟦Mikael Dam⟧
Emne: budget 2027. ⟦Yvonne⟧ tager kage med.

=== hand-mixed da
Messenger, familie
⟦Morten⟧: hvem henter mor i lufthavnen?
⟦Kathrine⟧: jeg kan godt
Far: husk hun lander i Kastrup, ikke Billund
⟦Morten⟧: 👍 tak ⟦Kat⟧

=== hand-mixed da
Gæstebog, Skagen Museum
Tak for en fantastisk udstilling om ⟦Anna Ancher⟧ og ⟦P.S. Krøyer⟧! Hilsen ⟦Bodil⟧ og ⟦Aksel⟧ fra Vejle.
Smuk dag. ⟦Michael Ancher⟧ er undervurderet. /anonym

=== hand-mixed da
Strava-kommentarer
⟦Tobias Kirk⟧: flot tur!
⟦Lise Overgaard⟧: sikke en fart 💨
⟦Tobias Kirk⟧: ⟦lise⟧ du skal med næste gang
Sommer er bedst på cyklen.

=== hand-mixed da
Vinted-besked
Hej, er jakken fra Mads Nørgaard stadig til salg? Jeg kan hente i morgen. Mvh ⟦Signe⟧
Svar: ja, hent hos mig på Ørstedsvej 3. /⟦Camilla P.⟧

=== hand-mixed da
Hundeluftergruppe, Facebook
⟦Grete Valbjørn⟧: Nogen der har set en sort labrador på Tage Hansens Gade?
⟦Kim Brask⟧: Ja! ⟦Birk⟧ (min søn) så den ved Frederiksberg Have.
⟦Grete Valbjørn⟧: tak ⟦Kim⟧, den hedder Bamse

=== hand-mixed da
Slægtsforskning – noter
Oldefar ⟦Niels Peder Kjær⟧, f. 1871 i Lemvig, gift med ⟦Ane Kirstine⟧. Søn ⟦Jens Kjær⟧ udvandrede til Amerika. Kirkebogen fra Lemvig Kirke har navnene.

=== hand-mixed da
Visitkort (scannet)
⟦JONAS RYBERG⟧
Partner
Ryberg & Holt Arkitekter
jonas@ryberg-holt.dk

=== hand-mixed da
Aula-besked
Kære forældre i 2.A. Husk tur til Zoologisk Have på fredag. ⟦Malte⟧ og ⟦Ella⟧ har glemt madpakken to gange, så tjek tasken 😊 Hilsen ⟦Pernille⟧ og ⟦Yousef⟧

=== hand-mixed da
Opskrift: mormor ⟦Ingers⟧ æblekage
500 g æbler, 100 g sukker, makroner. Mormor ⟦Inger⟧ brugte altid Kelsen-kiks, men Anthon Berg-marcipan er også godt.

=== hand-mixed da
Fantasy-fodbold, ligaen "Kontoret"
1. ⟦rune⟧ 412 point
2. ⟦Lærke Bøgh⟧ 398
3. kasper_k (⟦Kasper Kjeldsen⟧) 377
Bo i Aarhus? Så kom til finalefest.

=== hand-mixed da
Instagram-opslag
Tak til @frejafoto – fotograf ⟦Freja Lund⟧ – for billederne fra vores bryllup på Hotel Marienlyst. ⟦Nanna⟧ og ⟦Oskar⟧ ❤️ #sommerbryllup

=== hand-mixed da
Opslagstavle i Netto
SÆLGES: Børge Mogensen-sofa, pæn stand. Ring til ⟦Erik⟧ på 20 40 60 80. Kan afhentes på Niels Bohrs Allé.

=== hand-mixed da
Sms fra tandlæge
Hej ⟦Kirsten⟧, husk din tid hos tandlæge ⟦Holm⟧ torsdag kl. 9.30. Svar JA for at bekræfte. Tandlægerne Holm & Ravnsbæk

=== hand-mixed da
Discord, #lektier
⟦ea⟧: nogen der har lavet opgave 3?
⟦tobi⟧: ja men den er svær
⟦ea⟧: ⟦tobi⟧ send lige din
⟦mads⟧: glem det ⟦ea⟧ lol

=== hand-mixed da
Kalender, uge 18
Man: tandlæge. Tirs: kaffe med ⟦Grethe⟧. Ons: ⟦Allan⟧ fylder 50 (Restaurant Søren K). Tors: fri. Fre: Sankt Hans-møde i grundejerforeningen.

=== hand-mixed da
Anmeldelse på Trustpilot
Rigtig god service hos Harald Nyborg i Næstved. ⟦Kenneth⟧ ved kassen hjalp mig med at finde den rigtige boremaskine. 5 stjerner. /⟦Dorthe B.⟧
=== hand-mixed da
Padel, bookinger lørdag
8.00 bane 1: ⟦Jeppe⟧, ⟦Mathias V.⟧, ⟦Sofie Dahl⟧, ⟦Zainab⟧
9.00 bane 2: ⟦Henrik Storm-Nielsen⟧ + 3 gæster
Storm og blæst? Vi spiller inde. Skriv til ⟦Jeppe⟧, hvis I melder fra.

=== hand-mixed da
Kommentarer på lokalavisens Facebook
⟦Lene Kvist⟧: Endelig en ny bager på Grundtvigsvej!
⟦Asbjørn Holm⟧: ⟦Lene⟧ det er bare Lagkagehuset der flytter
⟦Pia Rønne⟧: ⟦Asbjørn⟧ har ret. Men ⟦Jesper⟧ fra den gamle bager åbner igen i Kirkegade.

=== hand-mixed da
Bryllupsbordplan
Bord 1: brudeparret ⟦Kristine⟧ og ⟦Magnus⟧, forlovere ⟦Ditte Winge⟧ og ⟦Frederik Bech⟧
Bord 2: mormor ⟦Edith⟧, morfar ⟦Knud⟧, onkel ⟦Poul⟧
Bord 3: venner fra Niels Brock

=== hand-biz da
Tjekliste, nyansat
Navn: ⟦Olivia Brandt⟧
Mentor: ⟦Rune Møller⟧
IT-konto oprettet af: ⟦Sami⟧
Leder: ⟦Karina Lykke Dahl⟧
Lykke til med starten!

=== hand-biz da
Mail-tråd (videresendt)
> ⟦Peter⟧, kan du tjekke prisen? /⟦Sanne⟧
>> ⟦Sanne⟧, ⟦Lasse Bro⟧ fra Bro & Tønnesen har lovet svar fredag. /⟦Peter Kaas⟧
Til orientering. Hilsen ⟦Julie Ravn⟧

=== hand-news da
Skydning: resultater fra DM
Riffel 50 m: 1. ⟦Stine Nielsen⟧, 2. ⟦Ole Kjær Pedersen⟧, 3. ⟦Anders Bang⟧. Luftpistol: 1. ⟦Karl Hvid⟧. Landstræner ⟦Jakob Lund⟧ er tilfreds.

=== hand-news da
Musical-premiere i Tivoli
⟦Sofie Lassen-Kahlke⟧ og ⟦Johannes Nymark⟧ har hovedrollerne i "Peter Pan" på Tivolis Koncertsal. Peter Pan og Wendy er figurer, men instruktør ⟦Anders Aggerbeck⟧ har gjort dem voksne.
"""
