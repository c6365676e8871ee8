"""Hand-written Danish documents of the v12 categories hold-out (markup: ``cats12_markup.py``).

Genres new to v12: pharmacy and booking notifications, payslips, dating profiles, job applications and CVs,
LinkedIn posts, police logs, death notices, council votes, recipe and review blogs, gym and bank letters, housing
association boards, wedding speeches, sports-club news, genealogy forums, book clubs, job ads and real-estate ads."""

BANK = """
=== hand-pharmacy da
Apoteket Østerbro: Hej Karina Lyngsø. {{⟦health|Din recept på Levaxin 100 mikrogram og Ozempic pen er klar til afhentning.⟧||Din bestilling af solcreme faktor 50 og to tandbørster er klar til afhentning.}} Husk at medbringe sundhedskort. Åbent til kl. 19.

=== hand-booking da
Bookingreference QX7P4L – Aalborg–København, 14. marts
Passager: Bendt Overgaard
Særlig service: {{⟦health|Kørestol helt til flyets dør (WCHC), passageren kan ikke gå på trapper.⟧||Vinduesplads i række 3, ekstra benplads ønskes.}}
Bagage: 1 kuffert à 20 kg

=== hand-payslip da
Lønspecifikation marts – Jonas Ravn Frandsen, medarbejdernr. 4471
Grundløn 31.240,00
Pension 12 % -3.748,80
{{⟦trade_union|Kontingent Dansk Metal -498,00⟧||Kantineordning -380,00}}
AM-bidrag -2.169,00

=== hand-dating da
Profiltekst: Jeg hedder Signe, 34 år, fra Aarhus. {{⟦sexual_orientation|Kvinde der søger kvinde – gerne en, der også elsker ture på Mols.⟧||Jeg søger en makker til ture på Mols og kaffe bagefter.}} Ryger ikke, har en gammel labrador.

=== hand-application da
Kære Tine Bak
Jeg søger stillingen som projektleder i Teknik og Miljø. {{⟦political_opinion|De sidste fire år har jeg siddet i byrådet i Favrskov for Enhedslisten, hvor jeg var med i miljøudvalget.⟧||De sidste fire år har jeg siddet i bestyrelsen for Hinnerup Roklub, hvor jeg stod for økonomien.}} Jeg er vant til at samarbejde på tværs.
Venlig hilsen
Rune Dahlerup

=== hand-linkedin da
Stolt i dag! {{⟦trade_union|Mine kolleger på lageret har valgt mig som tillidsrepræsentant for 3F, og jeg glæder mig til at tage fat.⟧||Mine kolleger på lageret har valgt mig som ny skiftleder, og jeg glæder mig til at tage fat.}} Tak for tilliden. – Mehmet Kaya, Kolding

=== hand-police da
Døgnrapport fra Midt- og Vestjyllands Politi
{{⟦criminal_records|Kl. 02.14 blev Kenneth Mølgaard, 41 år, fra Skive anholdt og sigtet for spirituskørsel på Viborgvej.⟧||Kl. 02.14 blev en 41-årig mand fra Skive standset og sigtet for spirituskørsel på Viborgvej.}} Bilen blev kørt til politigården.

=== hand-council da
Byrådsmøde 12. april, punkt 7: Udvidelse af Ringvejen.
Forslaget blev vedtaget med 19 stemmer mod 6. {{⟦political_opinion|Imod stemte bl.a. Lone Vestergaard (DF) og Martin Krogh (Ø).⟧||Sagen går nu videre til Teknisk Forvaltning, som indhenter tilbud.}} Borgmesteren takkede for debatten.

=== hand-recipe da
Kanelsnegle med mindre sukker
{{⟦health|Jeg bager dem mest til min søn Malte, der fik type 1-diabetes i sommer, så vi tæller kulhydrater til hvert måltid.⟧||Jeg bager dem mest til min søn Malte, der har fået en kæmpe appetit efter sommerens fodboldskole.}} Dejen skal hæve i 40 minutter.

=== hand-gym da
Velkommen i FitNord Randers, Dorthe Hvass!
{{⟦biometric|Din håndflade er nu registreret i vores palmescanner, så du kan komme ind uden kort.⟧||Dit medlemskort er nu aktiveret, så du kan komme ind hele døgnet.}} Husk at booke hold i appen.

=== hand-bank da
Kære Poul Eriksen
{{⟦biometric|Vi har nu optaget dit stemmeaftryk, så vi kan genkende dig, når du ringer til os.⟧||Vi har nu sendt dig en ny pinkode, som du kan bruge, når du ringer til os.}}
Med venlig hilsen, Sparekassen Sjælland-Fyn

=== hand-board da
Opslag på beboerappen, Ringparken blok C:
{{⟦criminal_records|Til orientering: Ham fra 4. th., Dennis Juul, blev i går idømt 60 dages fængsel for indbruddene i kælderrummene.⟧||Til orientering: Dennis Juul fra 4. th. har fået nøglerne til kælderrummene og kan låse op, hvis I mangler noget.}}
Mvh bestyrelsen

=== hand-wedding da
Tale til brudeparret, Skovshoved Hotel
Kære Mikkel! {{⟦sexual_orientation|Da du for tre år siden fortalte mig, at du og Jonas var kærester, vidste jeg, at han var den rette for dig.⟧||Da du for tre år siden fortalte mig, at du og Jonas ville starte firma sammen, vidste jeg, at det ville lykkes.}} Skål for jer!

=== hand-sportsnews da
Nyt fra Viby IF, håndbold
{{⟦health|Anders Holm er tilbage på banen efter sin korsbåndsoperation og et halvt år med genoptræning.⟧||Anders Holm er tilbage på banen efter et halvt år som udstationeret i Singapore.}} Vi spiller hjemme søndag kl. 14.

=== hand-confirmation da
Kære familie
{{⟦religion|Vi inviterer til Idas konfirmation i Sønderbro Kirke lørdag den 2. maj kl. 10 og frokost bagefter.⟧||Vi inviterer til Idas 14-års fødselsdag i haven lørdag den 2. maj kl. 12.}}
Kærlig hilsen Maja og Christian

=== hand-ancestry da
Skrevet i tråden "Resultater fra MyHeritage":
{{⟦genetic|Min DNA-test siger 38 % finsk og 12 % baltisk – det havde jeg aldrig troet.⟧||Min hund Bellas DNA-test siger 38 % border collie og resten labrador.}} Er der andre, der er blevet overrasket? /Henrik

=== hand-hotel da
Reservation for konference, 9.-10. oktober
Deltagere: Lasse Brink, Amira Haddad, Frederikke Hjort
{{⟦religion|Amira Haddad ønsker halalmad ved alle måltider.⟧||Amira Haddad ønsker vegetarisk mad ved alle måltider.}} Ankomst ca. kl. 9.

=== hand-speeding da
Rigspolitiet, Automatisk Trafikkontrol
{{⟦criminal_records|Bødeforelæg til Camilla Brøndum: Du kørte 94 km/t, hvor der er tilladt 60 km/t, og skal betale 2.400 kr.⟧||Kontrolafgift til Camilla Brøndum: Bilen var parkeret uden gyldig p-billet og afgiften er 795 kr.}}
Betal senest om 21 dage.

=== hand-cv da
CV – Ahmad Rahimi
Uddannelse: Cand.merc., CBS 2019
{{⟦political_opinion|Frivilligt: kasserer for Radikale Venstre på Nørrebro siden 2020.⟧||Frivilligt: kasserer for Nørrebro Bokseklub siden 2020.}}
Sprog: dansk, engelsk, dari

=== hand-school da
Besked på Aula til 4.B vedr. lejrturen
{{⟦health|Husk at Noah skal have sin EpiPen med, fordi han er alvorligt allergisk over for nødder.⟧||Husk at Noah skal have sin sovepose med, fordi den fra skolen er blevet væk.}} Hilsen Birthe (lærer)

=== hand-forum da
Tråd: Arbejde og tro
{{⟦religion|Jeg konverterede til buddhismen for fem år siden og mediterer hver morgen før arbejde.⟧||Jeg begyndte at løbe for fem år siden og løber hver morgen før arbejde.}} Min chef har aldrig sagt noget til det. – Trine_K

=== hand-roma da
Fra et portræt i lokalavisen:
{{⟦ethnic_origin|Tanja Nicolaisen er romani, og hjemme taler familien stadig romanes med bedstemoren.⟧||Tanja Nicolaisen er vokset op i Holstebro, og hjemme taler familien stadig vestjysk med bedstemoren.}} Hun åbner nu sin egen frisørsalon.

=== hand-nipt da
Skrevet i Facebook-gruppen "Forældre i Roskilde":
{{⟦genetic+health|Vores NIPT-test viste trisomi 21 hos barnet, jeg er i uge 13, og vi har brugt ugen på at tale med en genetisk rådgiver.⟧||Vores søn startede i vuggestue i mandags, og vi har brugt ugen på at vænne os til de tidlige morgener.}} Tak for alle jeres søde beskeder. Kh Louise

=== hand-hr da
Til lønafdelingen
{{⟦trade_union+health|Preben Søgaard har meldt sig ind i FOA og er samtidig sygemeldt med en diskusprolaps til og med den 20.⟧||Preben Søgaard har fået nyt kontonummer og holder samtidig ferie til og med den 20.}} Venligst ret lønsedlen.
Jette, HR

=== hand-uighur da
Mødereferat, Integrationsrådet
{{⟦ethnic_origin|Nyt medlem Dilnur Abdurehim fortalte, at hun er uigur og kom til Danmark fra Xinjiang i 2017.⟧||Nyt medlem Dilnur Abdurehim fortalte, at hun er uddannet sygeplejerske og kom til Vejle i 2017.}} Rådet bød hende velkommen.

=== hand-pharmaco da
Klinisk Biokemisk Afdeling, Aarhus Universitetshospital
{{⟦genetic|Farmakogenetisk test for Svend Aage Kruse: CYP2D6 langsom omsætter, dosis af antidepressiva bør nedsættes.⟧||Svend Aage Kruse starter som laborant i afdelingen den 1. september og skal have adgangskort.}}

=== hand-tenant da
Klage til administrationen
{{⟦health|Min nabo Egon Thygesen er blind og har en førerhund, så han skal kunne komme forbi cyklerne på trappen.⟧||Min nabo Egon Thygesen har en barnevogn, så han skal kunne komme forbi cyklerne på trappen.}} Hilsen Birte, 2. sal

=== hand-egate da
Københavns Lufthavn
{{⟦biometric|Bekræftelse: Dit ansigt er nu registreret til automatisk paskontrol, Jens Peter Ulstrup.⟧||Bekræftelse: Din parkeringsplads i P4 er reserveret, Jens Peter Ulstrup.}} God rejse.

=== hand-linkedinbi da
Et lidt personligt opslag her på LinkedIn:
{{⟦sexual_orientation|Jeg er biseksuel, og jeg har først i år turdet sige det højt på arbejdet.⟧||Jeg er blevet mentor for nye kolleger, og jeg har først i år turdet holde oplæg på arbejdet.}} Tak til mine kolleger i Rambøll. #mangfoldighed
Sara Munch

=== hand-shoplift da
Indkaldelse, Retten i Glostrup
{{⟦criminal_records|Jannik Lauridsen er tiltalt for butikstyveri i Føtex og indkaldes til retsmøde den 3. juni kl. 9.⟧||Jannik Lauridsen er indkaldt som domsmand til retsmøde den 3. juni kl. 9.}}

=== hand-canteen da
Hej alle i kantineudvalget
{{⟦religion|Yosef fra økonomi spiser kun kosher, så han tager selv mad med til julefrokosten.⟧||Yosef fra økonomi spiser ikke rejer, så han tager selv mad med til julefrokosten.}} Kan vi få et ekstra bord? /Lise

=== hand-kindergarten da
Besked fra Solsikken børnehave
{{⟦health|Emil har fået konstateret astma og skal have sin inhalator to gange i løbet af dagen.⟧||Emil har fået nyt regntøj og skal have det på to gange i løbet af dagen.}} Tak for hjælpen, mor til Emil (Rikke)

=== hand-grandma da
Sms til Kasper
{{⟦health|Farmor er blevet indlagt med en blodprop i hjernen, hun kan ikke tale endnu.⟧||Farmor er flyttet ind i en ny lejlighed i Brønshøj, hun har ikke internet endnu.}} Ring til mig når du kan. Mor

=== hand-cv2 da
Ansøgning, Frederiksberg Kommune – Pia Westergaard
{{⟦ethnic_origin|Jeg er halvt grønlænder og taler flydende kalaallisut, hvilket jeg har brugt i mit arbejde med udsatte grønlændere.⟧||Jeg har boet to år i Nuuk og taler lidt kalaallisut, hvilket jeg har brugt i mit arbejde med turister.}}

=== hand-obituary da
Dødsfald
Vores kære far, svigerfar og morfar Bjarne Holst Iversen er død efter lang tids kræftsygdom, 78 år. Bisættelsen foregår fra Sankt Lukas Kirke fredag kl. 13. Mindeord kan sendes til familien.

=== hand-obituary2 da
Mindeord
Kamma Villadsen døde i sin søvn, 91 år gammel. Hun var i 40 år medlem af Socialdemokratiet og sad i byrådet i to perioder. Hun blev begravet fra Vor Frue Kirke i Haderslev.

=== hand-genealogy da
Slægtsforum: Min oldefar Anton Brix blev ifølge kirkebogen dømt for krybskytteri i 1889 og sad et år i Horsens Statsfængsel. Er der nogen, der ved, hvor arkivet for fængslet ligger i dag?

=== hand-bookclub da
Læseklubben i Lystrup, referat
Vi talte om "Mit hjerte er en flod" – romanen om Arne, der efter sin kones død bliver alkoholiker og til sidst dømmes for vold. De fleste syntes, at slutningen var for hurtig. Næste gang: "Havet".

=== hand-jobad da
Stillingsopslag: Regnskabsmedarbejder til Dansk Metal, Aalborg
Vi søger en struktureret kollega til fakturering og afstemning. Du behøver ikke være medlem af en fagforening, men skal trives i en politisk organisation. Vi opfordrer alle uanset etnisk baggrund, religion og seksuel orientering til at søge.

=== hand-realestate da
Salgsopstilling – Rækkehus, Gellerup
Dejligt rækkehus med 4 værelser. Gåafstand til moské, kirke, lægehus og apotek. Kort til Aarhus Universitetshospital. Kontakt mægler Stine Krag.

=== hand-review da
Anmeldelse: Restaurant Tusindfryd
Syg god andesteg og en sovs, man bliver afhængig af. Tjeneren, Kristian, var helt vanvittig sød. Desserten var til gengæld en katastrofe – kræftens bekæmpelse af sukker. Fire stjerner.

=== hand-fined da
Arbejdstilsynet har givet Brødrene Holst Tømrer ApS en bøde på 80.000 kr. for manglende stilladssikring. Firmaets direktør, Kurt Holst, oplyser, at de har rettet op på forholdene.

=== hand-dogdna da
Opdrætter Helle Mikkelsen: Kuldet efter Aske og Freja er født 4. maj. Begge forældre er DNA-testet fri for PRA og arvelig nyresygdom. Hvalpene er chippede og dyrlægetjekkede.

=== hand-victim da
Politiet efterlyser vidner: Natten til lørdag blev Ole Sandgaard, 67, overfaldet og frarøvet sin pung ved Odense Banegård. Han kom ikke noget til. Gerningsmanden er ca. 180 cm høj.

=== hand-akasse da
Til HR: Oscar Juhl har meldt sig ud af Ase a-kasse og ind i Det Faglige Hus' a-kasse. Hans lønindeholdelse skal ikke ændres. Mvh Nanna

=== hand-diversity da
Mangfoldighedsrapport 2025
12 % af vores medarbejdere har anden etnisk baggrund end dansk, og 4 % oplyser at være LGBT+. Fraværet pga. sygdom faldt til 3,1 %. Vi vil i 2026 rekruttere bredere.

=== hand-agreement da
Overenskomst for lager og transport, § 14 Sygdom
Ved sygdom betales fuld løn i op til 12 uger. Den ansatte skal give besked inden arbejdstids begyndelse. Tillidsrepræsentanten har ret til at deltage i sygefraværssamtaler.

=== hand-spokes da
Pressemeddelelse: "Lønstigningerne er ikke høje nok," siger Pia Holm, presseansvarlig i 3F, efter forhandlingerne i nat. 3F vil nu spørge medlemmerne i en urafstemning.

=== hand-policy da
Privatlivspolitik for Patientforeningen Lungeliv
Vi behandler helbredsoplysninger, når du selv giver os dem, fx hvis du har KOL eller astma. Oplysningerne slettes, når du melder dig ud.

=== hand-idiom da
Chat, Team Salg
Kristian: den præsentation var sindssyg, jeg blev helt blæst bagover
Muhammad: hahaha ja, og Bente var jo helt blind for fejl i tallene
Kristian: jeg dør. kaffe?

=== hand-christmas da
Julefrokost fredag den 12. december i kirkesalen ved Sankt Andreas, som vi lejer fordi kantinen er for lille. Der er juleand, og veganere kan få nøddesteg. Tilmelding til Gitte senest den 1.

=== hand-statistics da
Region Syddanmark: I 2025 blev 1.204 personer behandlet for alkoholmisbrug, og 314 af dem var under 25 år. Flest henvendelser kom fra Esbjerg og Odense.

=== hand-board2 da
Referat, bestyrelsesmøde i Haveforeningen Solbakken
Til stede: Ruth Damgaard, Benny Lysgaard, Hassan Demir
⟦health|Ruth Damgaard trækker sig som formand, fordi hun skal i kemobehandling for brystkræft i efteråret.⟧ Benny Lysgaard overtager. ⟦political_opinion|Hassan Demir oplyste, at han stiller op til kommunalvalget for SF og derfor gerne vil have fri fra kassererjobbet.⟧

=== hand-sms2 da
Hej Ulla, kan du tage Asta i morgen? ⟦health|Jeg skal have taget en biopsi på Herlev, de tror det kan være lymfekræft.⟧ Jeg siger det til børnene senere. Kram Lene

=== hand-sms3 da
Hej Ulla, kan du tage Asta i morgen? Jeg skal til et tidligt møde i Kolding og kommer først hjem ved middagstid. Kram Lene

=== hand-mother da
Til Kommunens hjemmepleje
⟦health|Min mor, Ingrid Bech, har fået konstateret Alzheimers og kan ikke længere selv huske at tage sin medicin.⟧ Kan I komme morgen og aften? Venlig hilsen Torben Bech

=== hand-vote da
Facebook, gruppen "Borgere i Tønder":
⟦political_opinion|Jeg har stemt Venstre hele mit liv, men denne gang sætter jeg krydset ved Moderaterne.⟧ Nogen der er enige? – Gert Nissen

=== hand-atheist da
Klumme af Søren Ditlevsen, 52, gymnasielærer
⟦religion|Jeg er ateist og meldte mig ud af folkekirken, da min datter blev født.⟧ Alligevel synger jeg salmer til jul med stor fornøjelse.

=== hand-sami da
Fra medarbejderbladet: Ny i IT-afdelingen er Nils-Aslak Gaup. ⟦ethnic_origin|Han er same fra Kautokeino og taler nordsamisk med sin far.⟧ Han kan lide fjeldvandring og skak.

=== hand-prison da
Afslag på ansøgning om kørekort
⟦criminal_records|Kim Langballe afsoner for tiden en dom på 18 måneder for narkotikasmugling i Statsfængslet Østjylland.⟧ Ansøgningen kan genoptages efter løsladelsen.

=== hand-gay da
Julehilsen fra familien
⟦sexual_orientation|Rasmus og hans mand Ali har købt hus i Svendborg og venter en lille pige via rugemor i marts.⟧ Vi andre har det som sædvanlig. Glædelig jul!

=== hand-fingerprint da
IT-support, sag 44821
⟦biometric|Henriette Skov kan ikke logge på den bærbare, fordi fingeraftrykket ikke længere bliver genkendt efter hendes forbrænding.⟧ ⟦health|Hun har forbinding på højre hånd i to uger.⟧ Vi har givet hende en midlertidig pinkode.

=== hand-huntington da
Brev til egen læge fra Anna Kjeldsen
⟦genetic+health|Jeg har fået svar på gentesten, og jeg bærer anlægget for Huntingtons sygdom ligesom min far.⟧ Jeg vil gerne tale om, hvad det betyder for mit arbejde.

=== hand-union2 da
Sms fra Jens til Karsten: Hvad siger du til at vi holder fri på fredag? ⟦trade_union|Jeg er i øvrigt gået over til Krifa, 3F var for dyre for mig.⟧

=== hand-mp da
Folketingets spørgetime
⟦political_opinion|Mette Frost (Liberal Alliance) spurgte beskæftigelsesministeren om dagpengeperioden.⟧ Ministeren svarede, at regeringen vil fremlægge et udspil.

=== hand-vietnam da
Introduktion af ny praktikant: Linh Tran, 22 år, studerer revision på SDU. ⟦ethnic_origin|Hendes forældre er vietnamesiske bådflygtninge, og hun taler vietnamesisk derhjemme.⟧

=== hand-crimenovel da
Tv-guide lørdag: "Forbrydelsen III" – Sarah Lund opdager, at borgmesteren har været dømt for spirituskørsel. Kl. 21.00 på DR1.

=== hand-hypothetical da
Personalehåndbog: Hvis du bliver sygemeldt, skal du ringe til din leder før kl. 8. Hvis du er medlem af en fagforening, kan du få bistand. Du skal ikke oplyse din diagnose.

=== hand-church da
Sankt Nicolai Kirke, Vejle: Koncert med kirkens drengekor søndag kl. 16. Organist Lars Gram spiller Bach. Fri entré, kollekt til Folkekirkens Nødhjælp.

=== hand-facility da
Nyhed fra Facility: Fra 1. marts kan alle medarbejdere åbne døren til kontoret med ansigtsgenkendelse i stedet for nøglekort. Tilmelding er frivillig og sker i receptionen.

=== hand-pride da
Intranet: Vi deltager i Copenhagen Pride lørdag. Alle kolleger og deres familier er velkomne på vognen. Tilmelding hos Morten Aagaard i kommunikation senest onsdag.

=== hand-elections da
Kommunalvalget i Horsens: Socialdemokratiet fik 34,2 % af stemmerne, Venstre 21,1 % og SF 9,8 %. Valgdeltagelsen var 68 %. Det nye byråd konstituerer sig i aften.
"""
