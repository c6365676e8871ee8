"""Hand-written Danish category documents for hold-out v8 (redteam10b).

Markup: a document starts with a line ``@ LANG FAMILY``; ``⟦cat1,cat2|sentence⟧`` marks the sentence that reveals
the categories about an identifiable person. Documents without markup reveal nothing about any person.
"""

DOCS = r"""
@ da hand-school
Kære forældre i 3.B. Husk at tilmelde jer skolefesten senest fredag. Vi mangler stadig frivillige til kagebordet.
@ da hand-school
Hej Lene. ⟦health|Malthe har fået konstateret type 1-diabetes i weekenden og skal måle blodsukker før frokost.⟧ Kan du sørge for, at vikaren ved det? Hilsen Annika (Malthes mor)
@ da hand-school
Skolens trivselspolitik: Elever med diagnoser som ADHD eller autisme skal mødes med forståelse. Kontakt skolens AKT-team ved spørgsmål.
@ da hand-school
Til klasselæreren. ⟦religion|Yasmin holder ramadan i år for første gang, så hun spiser ikke i frokostpausen.⟧ Hun vil gerne blive i klassen alligevel. Venlig hilsen Karima Haddad
@ da hand-school
Referat fra skolebestyrelsesmødet 4. marts: Budgettet for 2027 blev godkendt. Formanden Jens Kirk takkede for et godt samarbejde. Næste møde holdes i biblioteket.
@ da hand-school
Besked til lærerne: ⟦health|Oskar i 5.A er ordblind og må bruge oplæsningsprogram til prøverne.⟧ Mvh. Ditte Brandt, læsevejleder
@ da hand-club
Vesterbro Boldklub, bestyrelsesmøde. ⟦health|Kasserer Poul Tange er sygemeldt efter en hjerteoperation og er tilbage efter sommerferien.⟧ Mikkel overtager regnskabet så længe.
@ da hand-club
Svømmeklubben Delfinen søger nye trænere til børneholdene. Krav: livredderprøve og børneattest. Løn efter aftale.
@ da hand-club
Hej alle på holdet. Jeg kommer ikke til træning de næste seks uger. ⟦health|Jeg har revet korsbåndet og skal opereres på torsdag.⟧ Heja! /Sebastian
@ da hand-club
Golfklubben minder om, at alle medlemmer skal fremvise medlemskort i proshoppen. Greenfee for gæster er 450 kr.
@ da hand-housing
Afdelingsbestyrelsen, Boligforeningen Lærkehaven. Klage over støj fra nr. 14, 2. tv. Beboeren er kontaktet og har lovet at dæmpe musikken efter kl. 22.
@ da hand-housing
Til ejendomskontoret. ⟦health|Jeg er blevet svagtseende efter en blodprop i øjet,⟧ så jeg beder om bedre belysning i opgang C. Med venlig hilsen Inger Mølgaard, Lærkevej 8
@ da hand-housing
Generalforsamling i Andelsboligforeningen Kløverløkken: Bettina Kaas blev genvalgt som formand. Vedligeholdelsesplanen blev vedtaget med stort flertal.
@ da hand-housing
Ansøgning om handicapparkering. ⟦health|Min mand, Arne Bruun, sidder i kørestol efter en rygmarvsskade.⟧ Vi bor i nr. 3 og har brug for en plads tæt på indgangen. Hilsen Grethe Bruun
@ da hand-pharmacy
Apoteket oplyser: Fra 1. juni kan du hente receptpligtig medicin i vores nye pakkeautomat. Husk NemID/MitID ved første afhentning.
@ da hand-pharmacy
Notat, Apoteket Søndertorv: ⟦health|Kunden Hanne Løvgren (CPR maskeret) henter Metformin og insulin; rådgivet om hypoglykæmi.⟧ Næste afhentning om tre måneder.
@ da hand-pharmacy
Apoteket søger farmakonomelev til start august. Vi tilbyder en god uddannelse i et travlt apotek med mange kunder.
@ da hand-insurance
Skadeanmeldelse nr. 88213: Vandskade i kælder efter skybrud. Forsikringstager Lars Brink har sendt billeder. Taksator besøger adressen tirsdag.
@ da hand-insurance
Skadeanmeldelse, ulykkesforsikring. ⟦health|Forsikrede, Nikolaj Frost, brækkede venstre håndled ved et fald på cykel den 2. februar og har gips i seks uger.⟧ Mén vurderes senere.
@ da hand-insurance
Vores sundhedsforsikring dækker behandling hos fysioterapeut, kiropraktor og psykolog for alle fastansatte. Læs mere i personalehåndbogen.
@ da hand-hr
Til HR. ⟦trade_union|Jeg er blevet valgt som tillidsrepræsentant for HK på lageret⟧ og vil gerne have tid til det afsat i min kalender. Mvh. Tina Bech
@ da hand-hr
HR-politik om fravær: Ved sygdom skal medarbejderen ringe til nærmeste leder inden kl. 8. Ved fravær ud over 14 dage afholdes en sygefraværssamtale.
@ da hand-hr
Personalesag, Rasmus Vinding. ⟦health|Rasmus har været sygemeldt med stress siden 12. januar;⟧ der holdes en rundbordssamtale med jobcentret i næste uge.
@ da hand-hr
Invitation: Temadag om mangfoldighed på arbejdspladsen. Oplægsholdere fra LGBT+ Danmark og Institut for Menneskerettigheder. Alle er velkomne.
@ da hand-hr
Hej Morten. Tak for din ansøgning om orlov. ⟦religion|Vi har noteret, at du ønsker fri til Yom Kippur og Rosh Hashana, som du plejer at fejre med menigheden.⟧ Det er godkendt. Hilsen Sofie, HR
@ da hand-hr
Lønseddel, marts 2026. Medarbejder: Kenneth Lund. Grundløn 32.450,00. ⟦trade_union|Fagforeningskontingent (3F) -512,00.⟧ Pension 3.245,00.
@ da hand-hr
Kollektiv overenskomst mellem Dansk Industri og CO-industri: Lønnen reguleres pr. 1. marts. Tillidsrepræsentanter har ret til frihed til kurser.
@ da hand-journal
Journalnotat, lægehuset i Viby. ⟦health|Pt. Bent Axelsen, 67 år, kontrol af KOL; spirometri viser let forværring.⟧ Øger inhalationsdosis. Kontrol om 3 mdr.
@ da hand-journal
Lægehuset holder lukket 24.-26. december. Ved akut sygdom ring til lægevagten på 1813 eller 112.
@ da hand-journal
Notat fra sundhedsplejerske: ⟦sexual_orientation|Familien består af mødrene Rikke og Louise Damsgaard og lille Ella på 4 måneder.⟧ Ella trives og tager fint på.
@ da hand-chat
[09:14] Nanna: er der nogen der vil bytte vagt på lørdag?
[09:15] Ahmed: jeg kan godt tage den
[09:15] Nanna: tak du er den bedste
@ da hand-chat
[21:03] Frida: ⟦health|jeg har fået migræneanfald igen, så jeg tager ikke med i morgen⟧
[21:05] Kamilla: åh nej, god bedring skat
@ da hand-chat
[11:20] Jonas: skal vi ikke stemme om frokostordningen?
[11:21] Lærke: jo! jeg stemmer for salatbar
[11:22] Jonas: vedtaget
@ da hand-chat
[16:40] Malik: ⟦political_opinion|jeg stiller op til regionsrådet for Enhedslisten, så jeg har ikke tid til torsdagsfodbold⟧
[16:41] Villum: respekt mand
@ da hand-minutes
Referat, menighedsrådsmøde. Kirkens tag skal repareres for 1,2 mio. kr. Stiftet har bevilget halvdelen. Organisten går på pension 1. oktober.
@ da hand-minutes
Referat, bestyrelsen for Grundejerforeningen Solvang. ⟦political_opinion|Bestyrelsesmedlem Kurt Nyborg meddelte, at han er opstillet for Venstre til kommunalvalget,⟧ og han trækker sig derfor fra bestyrelsen.
@ da hand-minutes
Referat fra personalemødet: Kantinen lukker en uge i juli. IT skifter printere. Vi byder velkommen til Hussein, der starter i bogholderiet.
@ da hand-social
Stolt i dag! ⟦sexual_orientation|Min kæreste Mads og jeg er blevet gift på Københavns Rådhus 🌈❤️⟧ #justmarried /Tobias
@ da hand-social
Kom til Aarhus Pride lørdag! Paraden går fra Rådhuspladsen kl. 13. Alle er velkomne, uanset hvem du elsker.
@ da hand-social
Opslag i gruppen "Nabohjælp Tilst": Er der nogen, der har set en grå kat med rødt halsbånd? Den hedder Pjuske.
@ da hand-social
⟦ethnic_origin|Som grønlænder i København savner jeg kaffemik og tørret fisk,⟧ skriver Naja Kleist på sin blog. Hun har boet i byen i fem år.
@ da hand-letter
Læserbrev: Kommunen skal bruge flere penge på psykiatrien. Ventetiderne er alt for lange, og de unge betaler prisen. Ole Thrane, Silkeborg
@ da hand-letter
Læserbrev. ⟦health|Jeg har selv haft en depression i to år⟧ og ved, hvor svært det er at få hjælp. Derfor bør regionen ansætte flere psykologer. Birthe Holmgaard, Vejle
@ da hand-letter
Læserbrev: ⟦political_opinion|Som mangeårigt medlem af Socialdemokratiet må jeg sige, at partiets udlændingepolitik skuffer mig.⟧ Jørn Staal, Holstebro
@ da hand-news
En 41-årig mand blev i nat anholdt i Randers, mistænkt for indbrud i et supermarked. Politiet efterlyser vidner.
@ da hand-news
⟦criminal_records|Den tidligere kommunaldirektør Henning Stær blev i går idømt fire måneders fængsel for mandatsvig⟧ ved retten i Kolding. Han ankede på stedet.
@ da hand-news
Datatilsynet har indstillet et varehus til en bøde på 1,5 mio. kr. for at gemme kunders oplysninger for længe.
@ da hand-news
Et rengøringsfirma i Odense er idømt en bøde på 400.000 kr. for socialt bedrageri. Direktøren udtaler, at firmaet har strammet op.
@ da hand-news
Ny statistik: 23 procent af danskerne er medlem af en fagforening uden for hovedorganisationerne. Tallet stiger for femte år i træk.
@ da hand-news
Blodbanken mangler donorer. Især blodtype 0-negativ er der brug for. Du kan tilmelde dig på nettet.
@ da hand-court
Retten i Holbæk, dombog. ⟦criminal_records|Tiltalte Dennis Vang Krogh er fundet skyldig i vold efter straffelovens § 244 og idømmes 60 dages betinget fængsel.⟧
@ da hand-court
Retten i Glostrup: Sagen om erstatning for mangler ved et sommerhus er udsat til 14. maj. Parterne forhandler forlig.
@ da hand-social-services
Børne- og ungeforvaltningen, notat. ⟦criminal_records|Far til Liva, Brian Sejer, afsoner en dom i Horserød og har samvær under opsyn.⟧ Mor ønsker støtte til transport.
@ da hand-social-services
Jobcentret, opfølgning. ⟦health|Borgeren Line Wied har en diskusprolaps og kan arbejde max 15 timer om ugen.⟧ Der søges om fleksjob.
@ da hand-social-services
Kommunen tilbyder gratis rådgivning om misbrug til unge under 25. Henvendelse kan ske anonymt.
@ da hand-akasse
Hej. ⟦trade_union|Jeg vil gerne melde mig ud af Dansk Metal men blive i a-kassen.⟧ Hvad skal jeg gøre? Hilsen Henrik Sand
@ da hand-akasse
Din a-kasse informerer: Dagpengesatsen stiger pr. 1. januar. Husk at opdatere dit CV på Jobnet hver uge.
@ da hand-bio
Adgangsskema, Datacenter Taastrup. ⟦biometric|Medarbejder Lise Holt er indrulleret med fingeraftryk i adgangssystemet til serverrummet.⟧ Kort nr. 4411.
@ da hand-bio
Produktblad: Dørlås DL-400 med fingeraftrykslæser, op til 200 brugere, IP65. Leveres med app til Android og iOS.
@ da hand-bio
Hej IT. Jeg har fået nyt adgangskort med foto, men det gamle virker stadig. Kan I spærre det? Mvh Bo Kruse
@ da hand-genetic
Fra Klinisk Genetisk Afdeling: ⟦genetic,health|Gentesten viser, at Marianne Fjord bærer en BRCA1-mutation med øget risiko for brystkræft.⟧ Vi tilbyder genetisk rådgivning.
@ da hand-genetic
Hej Søs! ⟦genetic|DNA-testen fra slægtssiden viste, at Claus faktisk er min halvbror.⟧ Ring når du har tid. Knus Pia
@ da hand-genetic
Artikel: Hvad kan en gentest fortælle? Genetisk testning bruges til at finde arvelige sygdomme, men resultatet kan være svært at tolke.
@ da hand-religion
Kære Pastor Holm. ⟦religion|Vi vil gerne have vores søn Elias døbt i Sankt Pauls Kirke til sommer.⟧ Venlig hilsen Julie og Anders Vad
@ da hand-religion
Sankt Pauls Kirke: Gudstjeneste hver søndag kl. 10. Kirkekaffe efter gudstjenesten. Alle er velkomne.
@ da hand-religion
Hej HR. ⟦religion|Jeg er konverteret til islam og vil gerne kunne bede fredagsbøn i frokostpausen.⟧ Er der et stille rum? Mvh. Kristoffer Bang
@ da hand-religion
Stillingsopslag: Sognepræst til Nørre Vium Pastorat. Tiltrædelse 1. september. Ansøgning sendes til provstiet.
@ da hand-ethnic
Tolkebestilling: Arabisk tolk til samtale med familien Othman tirsdag kl. 10 på borgerservice. Varighed 1 time.
@ da hand-ethnic
Elevsamtale, noter. ⟦ethnic_origin|Dilan fortæller, at familien er kurdere fra Qamishli⟧ og at hun taler kurmanji med bedsteforældrene.
@ da hand-ethnic
Rapport: Indvandrere og efterkommere udgør 15 procent af befolkningen. Beskæftigelsen blandt ikke-vestlige kvinder er steget.
@ da hand-multi
Personalesag, fortroligt. ⟦health|Medarbejderen Ali Rezai har PTSD efter flugten fra Iran⟧ ⟦religion,political_opinion|og er forfulgt i hjemlandet, fordi han konverterede til kristendommen og var aktiv i oppositionen.⟧ Der er aftalt nedsat tid.
@ da hand-multi
Fra advokat til klient: ⟦criminal_records|De er sigtet for spirituskørsel⟧ ⟦health|og blodprøven viste samtidig spor af Deres epilepsimedicin.⟧ Vi mødes på mit kontor torsdag. Til: Søren Hauge
@ da hand-neg-named
Hej Camilla. Tak for din tid til jobsamtalen som sygeplejerske på onkologisk afdeling. Vi vender tilbage i næste uge. Venlig hilsen Eva Steen
@ da hand-neg-named
Hej Torben. Du er udpeget som valgtilforordnet ved folketingsvalget. Mød op på Frederiksberg Skole kl. 7.30. Venlig hilsen Valgsekretariatet
@ da hand-neg-named
Forsvarsadvokat Peter Lindholm har overtaget sagen og kan kontaktes på kontoret i Vejle.
@ da hand-neg-named
Kære Margit. Vi har reserveret sognegården til din 60-års fødselsdag den 8. maj. Nøglen kan hentes hos kirketjeneren.
@ da hand-neg-named
Hej Jakob. ⟦health|Jeg er gravid i 12. uge⟧ og vil gerne fortælle det til teamet på fredag. Kan vi tage det i morgen? Hilsen Sara
@ da hand-neg-named
Hej Jakob. Jeg går på barsel fra 1. april og er tilbage i januar. Kan vi tale om overlevering? Hilsen Simon
@ da hand-neg-named
Kære Vivi. Din ansøgning om tolk til lægebesøget er modtaget. Tolken taler tigrinya og møder kl. 14.
@ da hand-neg-named
Referat: Camilla Ravn holdt oplæg om GDPR og særlige kategorier af personoplysninger. Slides ligger på intranettet.
"""
DOCS2 = r"""
@ da hand-hr
Fra: Louise Brix. Til: Lederteamet. ⟦trade_union|Som FOA's tillidsrepræsentant på plejecentret⟧ vil jeg gerne deltage i budgetmødet.
@ da hand-hr
Personalehåndbog, afsnit 7: Medarbejdere kan frit vælge, om de vil være medlem af en fagforening. Arbejdsgiveren spørger aldrig om medlemskab.
@ da hand-hr
Til lønkontoret. ⟦trade_union|Jeg har skiftet fra Krifa til HK pr. 1. februar,⟧ så kontingenttrækket skal ændres. Venlig hilsen Ronja Melby
@ da hand-hr
Exitsamtale med Camilla Øst: Hun fratræder for at starte egen virksomhed. Hun roste kollegerne og savner mere fleksibilitet.
@ da hand-hr
Notat om tilpasning af arbejdsplads. ⟦health|Medarbejderen Jannik Brøns er døv og har brug for tegnsprogstolk til personalemøder.⟧ Tolken bestilles fast.
@ da hand-hr
Årsrapport 2025: Sygefraværet i koncernen var 4,1 procent. Vi har indført tilbud om psykologhjælp til alle.
@ da hand-hr
Hej Pernille. ⟦criminal_records|Børneattesten for den nye pædagogmedhjælper Rene Kragh viser en dom for blufærdighedskrænkelse fra 2019.⟧ Vi må trække tilbuddet tilbage. Mvh. Lise
@ da hand-hr
Hej Pernille. Børneattesten for den nye pædagogmedhjælper er bestilt. Vi afventer svar fra politiet, inden hun kan starte.
@ da hand-police
Politiets døgnrapport: Et firma i Esbjerg har anmeldt tyveri af værktøj fra en byggeplads. Der er ingen anholdte.
@ da hand-police
Anmeldelse modtaget. ⟦criminal_records|Nabo oplyser, at Kim Oddershede er politianmeldt for at have slået ham i opgangen.⟧ Sagen overgives til efterforskning.
@ da hand-police
Info fra kommunen: Husk at du kan bestille en straffeattest på politi.dk. Attesten koster ikke noget.
@ da hand-prison
Dagsrapport, Statsfængslet: ⟦criminal_records|Indsatte Mikkel Stub har afsonet to år af sin dom og ønsker udgang til sin datters konfirmation.⟧
@ da hand-probation
Kriminalforsorgen: Fodlænkeordningen udvides. Flere dømte kan afsone hjemme med elektronisk kontrol.
@ da hand-sex
Blodbanken, udsættelse. ⟦sexual_orientation|Donoren Martin Eg oplyser, at han har haft sex med en mand inden for de seneste fire måneder,⟧ og udsættes derfor.
@ da hand-sex
Kære Gitte og Hans. Tillykke med jeres sølvbryllup! Vi glæder os til festen i forsamlingshuset. Hilsen Kirsten og Poul
@ da hand-sex
Hej alle. ⟦sexual_orientation|Min kone, Trine, og jeg flytter til Aalborg,⟧ så dette er min sidste uge. Tak for alt! Hilsen Charlotte
@ da hand-sex
Hej alle. Min kone, Trine, og jeg flytter til Aalborg, så dette er min sidste uge. Tak for alt! Hilsen Martin
@ da hand-sex
Medarbejderforeningen inviterer til Pride-morgenmad i kantinen fredag. Der serveres regnbuekage.
@ da hand-political
Kandidatliste, Det Konservative Folkeparti, Næstved: ⟦political_opinion|1. Gunnar Stavnsbjerg, 2. Agnete Refslund, 3. Casper Tolstrup.⟧
@ da hand-political
Kommunalvalget afholdes tirsdag den 18. november. Valgstederne har åbent fra kl. 8 til 20.
@ da hand-political
Hej chef. ⟦political_opinion|Jeg er valgt til byrådet for SF⟧ og skal bruge fri til møderne hver anden onsdag. Mvh Nadia Friis
@ da hand-political
Debatmøde om klimapolitik på biblioteket torsdag. Repræsentanter fra alle partier i byrådet deltager.
@ da hand-political
Hej Ida. Hvem stemmer du på? Det siger jeg ikke, haha. Men vi ses til valgfesten!
@ da hand-religion
Kirkeskat på årsopgørelsen: ⟦religion|Kirkeskat (medlem af folkekirken) 1.894 kr.⟧ Skatteyder: Leif Overby, Storegade 5, Tønder.
@ da hand-religion
Hej Signe. Vi holder julefrokost den 12. december. Der er både svin, kylling og vegetarretter. Hilsen festudvalget
@ da hand-religion
Diætliste til lejrskolen: ⟦health|Emil - nøddeallergi (EpiPen medbringes).⟧ Sofie - vegetar. Ahmad - ⟦religion|halal⟧. Jonas - ingen.
@ da hand-religion
⟦religion|Jeg meldte mig ud af folkekirken sidste år, fordi jeg er ateist,⟧ skriver Vibeke Lau i dagens klumme om konfirmation uden præst.
@ da hand-religion
Artikel: Flere unge vælger nonfirmation frem for konfirmation. Det viser tal fra Humanistisk Samfund.
@ da hand-health
SMS: Hej mor, ⟦health|jeg har brækket armen til håndbold, vi er på skadestuen.⟧ /Nikoline
@ da hand-health
SMS: Hej mor, bussen er aflyst, jeg kommer 20 min senere. /Nikoline
@ da hand-health
Hjemmeplejen, besøgsnotat. ⟦health|Borger Aase Kronborg, 88 år, har demens og får hjælp til medicin morgen og aften.⟧ Datteren kommer søndag.
@ da hand-health
Fitnesscentret: Vi har nu åbent 24/7. Husk at scanne dit medlemskort ved indgangen.
@ da hand-health
Til dagplejen. ⟦health|Villum er allergisk over for æg og mælk,⟧ så han skal have sin egen madpakke med. Hilsen Lasse, Villums far
@ da hand-health
Mail fra Karsten Vang: Jeg kører min søster til fysioterapi på torsdag og kommer derfor først kl. 11.
@ da hand-health
Indkaldelse til helbredstjek, firmaordning. Alle medarbejdere tilbydes blodtryksmåling og kolesteroltest i uge 14.
@ da hand-health
Hej Bjarne. ⟦health|Min datter Asta er indlagt med lungebetændelse,⟧ så jeg arbejder hjemme resten af ugen. Mvh Hans-Erik
@ da hand-health
Kursus: Førstehjælp på arbejdspladsen, 8 timer. Lær hjertelungeredning og brug af hjertestarter.
@ da hand-bio
Log fra adgangskontrol: 07:58 ⟦biometric|ansigtsgenkendelse godkendt: Mette Thorup (skabelon 2231)⟧, indgang B.
@ da hand-bio
Log fra adgangskontrol: 07:58 kort 5531 godkendt, indgang B. 08:02 kort 6620 afvist.
@ da hand-ethnic
Mangfoldighedsskema (udfyldt): Navn: Sarita Lund. ⟦ethnic_origin|Etnisk baggrund: romani.⟧ Sprog: dansk, engelsk.
@ da hand-ethnic
Mangfoldighedsskema (blankt): Navn: ____ Etnisk baggrund: ____ Sprog: ____
@ da hand-ethnic
Hej. Min svigerfar er fra Tyrkiet og har dansk statsborgerskab. Hvilke papirer skal han have med til pasfornyelse? Mvh Line Kjær
@ da hand-genetic
Retsgenetisk rapport: ⟦genetic|Faderskabstesten viser, at Jesper Hald er far til barnet⟧ med en sandsynlighed over 99,99 %.
@ da hand-genetic
Forskningsprojekt: Vi søger 2.000 frivillige til et studie om gener og hjertesygdom. Deltagerne får en gratis undersøgelse.
@ da hand-multi
Referat, familierådslagning. ⟦criminal_records|Mor, Stine Holt, har fået betinget dom for butikstyveri,⟧ ⟦health|og hun er i behandling for alkoholmisbrug på Ringgården.⟧
@ da hand-multi
Lejekontrakt for festlokale: Lejer Frank Dahl, dato 3. juli, 80 personer. Depositum 2.000 kr.
@ da hand-long
Godmorgen alle! Kort status fra kundeservice: Telefonkøen var lang i går, men vi nåede alle sager. Nyt system til returvarer kommer i uge 20. Husk at skrive jeres timer ind inden fredag. ⟦health|Amalie er sygemeldt resten af ugen efter en mindre operation i knæet,⟧ så Jonas tager hendes vagter. Kaffemaskinen på 2. sal er repareret. Tak for jeres indsats! Hilsen Bente
@ da hand-long
Nyhedsbrev fra Foreningen Aktiv Hverdag: I foråret starter vi et nyt hold for mennesker med gigt, hvor vi træner i varmtvandsbassin. Holdet ledes af fysioterapeut Carina Westh. Desuden holder vi foredrag om søvn og stress. Kontingentet er uændret. Vi håber at se rigtig mange af jer til sommerfesten.
"""
DOCS3 = r"""
@ da hand-chat
[18:02] Sigurd: kommer du til fredagsbaren?
[18:03] Asger: ⟦trade_union|nej, klubmøde i fagforeningen, jeg er jo blevet kasserer i Blik og Rør⟧
[18:03] Sigurd: nørd 😄
@ da hand-chat
[07:40] Hanne B: ⟦religion|jeg når ikke morgenmødet, det er askeonsdag og jeg skal til messe først⟧
[07:41] Teamleder Jens: fint, vi ses kl 10
@ da hand-chat
[12:15] Ditte: har I set at Novo har fået en bøde?
[12:16] Rune: ja, for noget med konkurrenceloven
@ da hand-social
Opslag: ⟦health,genetic|Jeg har fået at vide, at min søn Anton og jeg begge har arvelig hjertesygdom – gentesten viste samme mutation.⟧ Del gerne, så flere bliver testet! /Kirsten Lyng
@ da hand-social
Kampagne: Få en gratis gentest for arvelig hjertesygdom, hvis flere i din familie er ramt. Tal med din læge.
@ da hand-form
Tilmelding til sommerlejr. Barnets navn: Bertram Juul. Allergier: ingen. ⟦health|Medicin: Ritalin morgen og middag.⟧ Forældres tlf.: 2233 4455.
@ da hand-form
Tilmelding til sommerlejr. Barnets navn: ____. Allergier: ____. Medicin: ____. Forældres tlf.: ____.
@ da hand-insurance
Skadeanmeldelse, rejseforsikring: ⟦health|Forsikrede Lotte Kirk blev indlagt i Málaga med blindtarmsbetændelse⟧ og blev opereret samme dag.
@ da hand-insurance
Rejseforsikringen dækker hjemtransport ved akut sygdom. Selvrisiko 500 kr.
@ da hand-hr
Kære Thomas. Jeg er glad for, at du har sagt ja til stillingen som integrationskonsulent, hvor du skal hjælpe nytilkomne flygtninge. Vi ses 1. marts. Hilsen Birgitte
@ da hand-hr
Hej alle. ⟦ethnic_origin|Vores nye kollega Pipaluk er inuk og vokset op i Ilulissat;⟧ hun starter mandag på økonomi. Tag godt imod hende! /Leif
@ da hand-hr
Hej alle. Vores nye kollega Pipaluk har boet i Ilulissat i fem år og har arbejdet på rådhuset der; hun starter mandag på økonomi. /Leif
@ da hand-school
Mail til teamet: ⟦criminal_records|Jeppe i 9.B's storebror, Kevin Dahl, sidder varetægtsfængslet,⟧ så Jeppe kan have det svært. Vis hensyn. /Ole, skoleleder
@ da hand-school
Sidste nyt fra SFO: Vi har fået nye cykler og en bålplads. Husk tøj efter vejret!
@ da hand-letter
Læserbrev: Politiske partier bør ikke modtage anonyme donationer. Det svækker tilliden. Per Toft, Grenaa
@ da hand-letter
Læserbrev: ⟦political_opinion|Jeg har stemt Venstre hele mit liv og er stadig partimedlem,⟧ men nu overvejer jeg at melde mig ud. Kaj Hvidt, Struer
@ da hand-journal
Epikrise: ⟦health|Pt. Randi Skov, indlagt med hjertesvigt, udskrives til eget hjem med vanddrivende medicin.⟧ Opfølgning i hjerteambulatoriet.
@ da hand-journal
Kvalitetsrapport: Ventetiden i hjerteambulatoriet er faldet til 21 dage i gennemsnit.
@ da hand-minutes
Referat, Kvindeforeningen. ⟦religion|Formanden, Naila Javed, fortalte om sin pilgrimsrejse til Mekka⟧ og om at bære tørklæde på arbejdet.
@ da hand-minutes
Referat, lokalhistorisk forening: Foredrag om udvandringen til Amerika. Kaffe og kage bagefter. Næste møde i april.
@ da hand-bio
Ansøgning om opholdskort: ⟦biometric|Borgeren Elena Popescu har afgivet fingeraftryk og ansigtsfoto ved Borgerservice til sit biometriske opholdskort.⟧ Kortet sendes med posten.
@ da hand-news
Fodboldspilleren ⟦sexual_orientation|Mathias Overby står frem som homoseksuel⟧ i et interview med lokalavisen. Han håber at inspirere andre.
@ da hand-news
Fodboldklubben lancerer en kampagne mod homofobi på lægterne. Spillerne bærer regnbuebind i weekenden.
"""
DOCS4 = r"""
@ da hand-bio
Hej support. ⟦biometric|Min håndfladescanning virker ikke længere ved indgangen til laboratoriet, selv om jeg blev registreret i mandags.⟧ Kan I slette skabelonen og tage den igen? Mvh Ulrik Sejersen
@ da hand-bio
Hej support. Min nøglebrik virker ikke længere ved indgangen til laboratoriet. Kan I sende en ny? Mvh Ulrik Sejersen
@ da hand-bio
Fitnesskæden Puls indfører adgang med ansigtsgenkendelse i alle centre. Medlemmer kan vælge at beholde deres kort.
@ da hand-religion
Bisættelse, bedemandens notat: Afdøde Holger Brink. ⟦religion|Sønnen Martin Brink, der selv er aktiv i Indre Mission, ønsker salmen "Altid frejdig"⟧ og kaffe i missionshuset.
@ da hand-religion
Bedemandens prisliste: Kirkelig bisættelse, borgerlig ceremoni og muslimsk begravelse. Alle priser inkl. moms.
@ da hand-political
Pressemeddelelse fra Moderaterne: Partiet holder landsmøde i Aalborg 14.-15. september. Akkreditering via hjemmesiden.
@ da hand-union
Hej Maria. ⟦trade_union|Jeg er stadig med i Socialpædagogerne, selv om jeg er gået på efterløn,⟧ så jeg kommer til deres seniorklub. /Inge
@ da hand-union
Referat, samarbejdsudvalget: Ledelsen og medarbejderrepræsentanterne drøftede ny arbejdstidsaftale. Næste møde 2. juni.
"""
