"""Hand-written Danish documents of the v17 categories hold-out (markup: ``cats17_markup.py``; rules:
``cats17_build.py``). Professional records, legal text, HR casework, insurance, research, journalism, social
media, cross-border text and business mail."""

BANK = """
=== hand-journal da
Journalnotat, almen praksis, 14.11.
Bent Kjærsgaard, 58 år, til kontrol. {{⟦health|BT fortsat 162/98 trods amlodipin 10 mg; supplerer med losartan 50 mg.⟧||Ringer for at flytte sin tid; ny adresse rettet i systemet.}} Ny tid om tre mdr.

=== hand-journal da
Notat, sygeplejerske Vibeke, 3. december
Hjemmebesøg hos Aase Brink. {{⟦health|Tryksår på venstre hæl er nu 2 x 3 cm og væsker let, skiftes hver anden dag.⟧||Aase havde kaffe klar og ville snakke om barnebarnets konfirmation.}}

=== hand-referral da
Henvisning
Vedr. Mikkel Østerby, 27 år, Silkeborg. {{⟦health|Gennem et halvt år tiltagende tvangstanker og kontroltrang, ca. fire timer dagligt, kan ikke passe studiet.⟧||Henvisningen er sendt til forkert adresse og videresendes hermed uden ændringer.}}
Venlig hilsen, lægerne i Gudenåhuset

=== hand-discharge da
Brev fra Regionshospitalet
Kære Henning Lyhne. {{⟦health|Du udskrives i dag efter en blodprop i hjertet; du har fået lagt to stents og skal tage Brilique i 12 måneder.⟧||Vi har opdateret dit telefonnummer i vores system, og din parkeringsbillet er refunderet.}}

=== hand-homecare da
Hjemmeplejen, aftenvagt, log
20.15 Besøg hos Erna Fog, Kirkebakken 4. {{⟦health|Erna er mere forvirret i aften, kalder på sin afdøde mand og har ikke spist; demenskoordinator orienteret.⟧||Erna ville gerne se TV-avisen færdig, så vi kom igen 20.40.}}
20.55 Dør låst, nøgleboks ok.

=== hand-homecare da
Ugeseddel, madudbringning, Ribe
Bodil Schack, Sortebrødregade. {{⟦health|Skal have diabeteskost og mos pga. synkebesvær efter blodproppen.⟧||Ønsker mandagens ret byttet til frikadeller.}}

=== hand-court da
Retten i Holbæk, dom afsagt 2. oktober.
{{⟦criminal_records|Tiltalte, Jannik Bøgelund, findes skyldig i overtrædelse af straffelovens § 244 og straffes med fængsel i 40 dage, betinget.⟧||Retsmødet i sagen mod Holbæk Kommune om et skel ved Tuse Å er udsat til foråret.}}

=== hand-lawyer da
Kære Dorthe Winther
Tak for mødet i går om din fars dødsbo. {{⟦criminal_records|Som lovet har jeg set på dommen fra 2023, hvor din bror Claus fik 60 dages ubetinget fængsel for vold; den har ikke betydning for arven.⟧||Som lovet har jeg set på skødet fra 2023; sommerhuset indgår i boet til den offentlige vurdering.}}
Med venlig hilsen, advokat Finn Raaschou

=== hand-police da
Anmeldelse, Midt- og Vestjyllands Politi
{{⟦criminal_records|Sigtede, Kasper Riis, blev anholdt kl. 02.10 på Torvet i Herning for spirituskørsel og løsladt efter blodprøve.⟧||Anmelder oplyser, at hans cykel er stjålet fra stativet ved stationen mellem kl. 8 og 16; ingen mistænkte.}}

=== hand-probation da
Kriminalforsorgen, notat
{{⟦criminal_records|Søren Haahr møder til tilsyn som aftalt; han er prøveløsladt fra Horserød og har tilsyn til juni.⟧||Søren Haahr er ansat som ny fængselsbetjent i Horserød og starter på introholdet i juni.}}

=== hand-tribunal da
Retten i Kolding, dom i ansættelsessag
{{⟦trade_union|Klager, Rikke Dall, var tillidsrepræsentant for Dansk Metal på virksomheden og er repræsenteret ved forbundet.⟧||Klager, Rikke Dall, var afdelingsleder på virksomheden og er repræsenteret ved advokat.}} Retten finder afskedigelsen usaglig.

=== hand-sickleave da
Personalesamtale, samtale 2
Deltagere: Lone Maagaard, leder Peter Juhl. {{⟦health|Lone oplyser, at hun er i behandling for brystkræft og forventer at starte op på 10 timer efter sidste kemo.⟧||Lone vil gerne gå ned på 30 timer, mens hendes datter starter i skole.}}
Næste samtale om fire uger.

=== hand-sickleave da
Fra HR, opfølgning
Kære Tobias. {{⟦health|Vi har modtaget din mulighedserklæring, hvor lægen skriver, at du har en depression og højst kan arbejde 15 timer om ugen.⟧||Vi har modtaget din ansøgning om seniordage og vender tilbage efter nytår.}}

=== hand-disciplinary da
Advarsel
Kære Martin Sejer. {{⟦criminal_records|Du blev den 3. maj dømt for tyveri fra lageret og har fået bøde på 8.000 kr.; virksomheden giver dig derfor en skriftlig advarsel.⟧||Du er den 3. maj mødt 50 minutter for sent uden at melde det; virksomheden giver dig derfor en skriftlig advarsel.}}

=== hand-accommodation da
Aftale, Brdr. Dahl Lager
{{⟦health|Karina Lund har sklerose og får en fast parkeringsplads tæt ved indgangen samt mulighed for pauser efter behov.⟧||Karina Lund har flyttet sin bil, så hun får fast parkeringsplads tæt ved indgangen fra 1. februar.}}

=== hand-accommodation da
Ønske om fridage
{{⟦religion|Jeg er ortodoks jøde og vil gerne holde fri til Jom Kippur og Rosh Hashana; timerne tager jeg ind i oktober. Mvh. Daniel Melchior⟧||Jeg vil gerne holde fri i efterårsferien og tager timerne ind i oktober. Mvh. Daniel Melchior}}

=== hand-unionneg da
Referat, lokalforhandling, Vestas Lem
Ledelsen og tillidsfolkene aftalte nyt akkordsystem for vingefabrikken. {{⟦trade_union|Jesper Vind deltog som ny fællestillidsrepræsentant for 3F.⟧||Jesper Vind deltog som ny produktionschef.}}

=== hand-insurance da
Skadesanmeldelse
Navn: Michelle Kvist
{{⟦health|Hvad er sket: Faldt på glat trappe 14.1., brækket håndled, opereret med plade, gips seks uger.⟧||Hvad er sket: Glat trappe 14.1., flisen i kanten knækket, beder om tilbud på ny trappesten.}}

=== hand-pension da
Henvendelse til pensionskassen
{{⟦health|Jeg, Allan Thrane, søger udbetaling, fordi min Parkinson er så fremskreden, at jeg ikke kan arbejde som elektriker mere.⟧||Jeg, Allan Thrane, søger om at få min pension flyttet fra PFA til Velliv, fordi jeg har skiftet job.}}

=== hand-research da
Deltagerliste, interviewstudie, Aarhus Universitet (fortroligt)
1. Mette Sand, 41, Viby
{{⟦health|2. Jonas Brix, 35, Risskov, diagnose: skizofreni, stabil på clozapin⟧||2. Jonas Brix, 35, Risskov, interview flyttet til torsdag}}
3. Hanne Ravn, 62, Aabyhøj

=== hand-research da
Interviewtranskription, deltager 7 (pseudonym)
I: Hvordan var det at få diagnosen?
D7: Det var en lettelse, ærligt talt. Nu ved jeg, hvorfor jeg har det sådan med larm og lys.

=== hand-ethics da
Anmeldelse til Videnskabsetisk Komité
Projektet undersøger, om løbetræning kan mindske tilbagefald hos patienter med depression. Vi vil rekruttere 120 deltagere fra psykiatrisk ambulatorium i Vejle. Ingen deltagere er endnu inkluderet.

=== hand-news da
Lokalnyt, Skive Folkeblad
{{⟦political_opinion|Byrådsmedlem Leif Hove (Venstre) vil have flere p-pladser ved sygehuset.⟧||Byrådsmedlem Leif Hove vil have flere p-pladser ved sygehuset.}} Forslaget behandles i teknisk udvalg i næste uge.

=== hand-news da
Retsreportage, Fyens Stiftstidende
{{⟦criminal_records|En 34-årig mand fra Nyborg, Dennis Holck, blev i går idømt et års fængsel for narkohandel.⟧||En 34-årig mand fra Nyborg vandt i går en bil i Lotto og vil give halvdelen til sin søster.}}

=== hand-obituary da
Mindeord
Tidligere skoleinspektør Poul Erik Bruun er død, 81 år. Han levede de sidste år med Alzheimers, men kendte altid sine elever igen. Han efterlader hustruen Grete og tre børn.

=== hand-obituary da
Dødsannonce
Vor kære mor, Inga Damsgaard, sov stille ind. {{⟦health|Hendes søn Morten, der selv er i dialyse, kan desværre ikke være med ved bisættelsen.⟧||Hendes søn Morten, der bor i Australien, kan desværre ikke være med ved bisættelsen.}}

=== hand-social da
Facebook, opslag af Camilla Krogh
{{⟦sexual_orientation|Ti år i dag siden jeg og min kone Sofie blev gift i Aarhus Rådhus ❤️🏳️‍🌈⟧||Ti år i dag siden jeg og min mand Søren blev gift i Aarhus Rådhus ❤️}}

=== hand-social da
Kommentar under artikel, Facebook
Henrik Lausen: {{⟦political_opinion|Jeg har stemt Enhedslisten hele mit liv og gør det igen, uanset hvad I skriver.⟧||Jeg har læst artiklen to gange og forstår stadig ikke, hvem der betaler.}}

=== hand-social da
Instagram, @strikkeoliver
Hvor mange her har diabetes og strikker alligevel om aftenen? Spørger til en artikel, jeg skriver. #strik

=== hand-crossborder da
Mail fra Region Syddanmark til Skånes universitetssjukhus
Vedr. jeres patient Gunnel Ek fra Ystad, indlagt hos os efter færgeturen. {{⟦health|Hun fik et epileptisk anfald på færgen og er sat i behandling med Keppra.⟧||Hun har glemt sin taske i vores venteværelse, som vi sender med posten.}}

=== hand-crossborder da
Notat, dansk arbejdsgiver om svensk pendler
{{⟦trade_union|Anders Lövgren fra Malmö er medlem af IF Metall og vil have sin svenske A-kasse koordineret med os.⟧||Anders Lövgren fra Malmö vil have sin løn udbetalt til en svensk bankkonto.}}

=== hand-bizmail da
Hej Lise
Tak for tilbuddet på kantineordningen. {{⟦religion|Vores nye kollega Ahmed faster i ramadanen, så han springer frokosten over de næste fire uger.⟧||Vores nye kollega Ahmed starter først den 1., så han skal ikke med på listen endnu.}}
Mvh Kirsten, Tømrergården

=== hand-bizmail da
Hej alle
{{⟦ethnic_origin|Vores nye lagerchef Piitannguaq Lynge er grønlænder og har boet i Nuuk til sidste år.⟧||Vores nye lagerchef Piitannguaq Lynge har boet i Nuuk til sidste år og kender alt til kølekæder.}} Tag godt imod ham.

=== hand-hrfile da
Personalesag, notat
{{⟦ethnic_origin|Medarbejderen, Radu Stoica, er rom og har bedt os stoppe kollegernes jokes om "sigøjnere".⟧||Medarbejderen, Radu Stoica, har bedt os stoppe kollegernes jokes om hans gamle Skoda.}}

=== hand-hrfile da
Adgangskontrol, ny medarbejder
{{⟦biometric|Line Friis er nu registreret med fingeraftryk i stempeluret og i serverrummets håndscanner.⟧||Line Friis har fået udleveret nøglebrik til stempeluret og adgang til serverrummet.}}

=== hand-police da
Rapport, fingeraftryk
{{⟦biometric+criminal_records|Fingeraftryk sikret på ruden matcher registeret for Nicklas Bak, der nu sigtes for indbruddet.⟧||Der er sikret fingeraftryk på ruden; de matcher ingen i registeret, og sagen henlægges.}}

=== hand-genetic da
Svarbrev, laboratoriet
Kære Susanne Holmboe. {{⟦genetic|Undersøgelsen viser, at du bærer en sygdomsfremkaldende variant i BRCA1-genet.⟧||Din prøve er desværre gået tabt i transporten, og vi beder dig få taget en ny.}}

=== hand-genetic da
Retten i Glostrup, faderskabssag
{{⟦genetic|DNA-analysen viser med 99,99 % sandsynlighed, at Rasmus Kier er far til barnet.⟧||Parterne er enige om faderskabet, og sagen afsluttes uden DNA-analyse.}}

=== hand-insurance da
Sundhedserklæring, livsforsikring
Ansøger: Torben Mølgaard
{{⟦genetic+health|Min mor og morfar havde Huntingtons sygdom; jeg er selv testet positiv for genet i 2021, men har ingen symptomer endnu.⟧||Jeg har ingen kendte sygdomme og tager ingen medicin.}}

=== hand-journal da
Notat, sundhedshuset
{{⟦health|Ditte Karlsen, 1. gravide, uge 31, blodtryk let forhøjet, protein i urinen +1.⟧||Ditte Karlsen har aflyst sin tid og ringer selv for en ny.}}

=== hand-social da
LinkedIn, opslag af Maja Jeppesen
{{⟦religion|Efter tyve år i erhvervslivet starter jeg nu på præsteuddannelsen; troen har altid været min rettesnor.⟧||Efter tyve år i erhvervslivet starter jeg nu på en master i ledelse på CBS.}}

=== hand-policy da
Personalepolitik, Aalborg Forsyning
Medarbejdere med kronisk sygdom kan aftale en § 56-ordning. Religiøse helligdage kan holdes som afspadsering. Vi registrerer ikke medlemskab af fagforening.

=== hand-stat da
Danmarks Statistik: I 2025 var 26 % af de dømte for vold under 25 år, og andelen af dømte med anden etnisk herkomst end dansk var uændret.

=== hand-news da
TV Midtvest
Sundhedsminister Lotte Brandt besøgte i dag det nye akutsygehus i Gødstrup og roste personalet for ventetiderne.

=== hand-jobad da
Stillingsopslag: Socialrådgiver til rusmiddelcentret
Du skal arbejde med borgere med alkohol- og stofmisbrug. Løn efter overenskomst mellem KL og Dansk Socialrådgiverforening.

=== hand-social da
Kommentar, Reddit r/Denmark
u/fjordhest: Er det normalt, at man skal vente et år på en ADHD-udredning i Region Hovedstaden? Spørger for en ven.

=== hand-sickleave da
Referat, personalesamtale
{{⟦health|Jens Bækgaard er sygemeldt med stress efter omstruktureringen og har fået fire samtaler hos psykolog via sundhedsordningen.⟧||Jens Bækgaard er ikke syg, men har afspadsering og holder fri til og med fredag.}}

=== hand-court da
Retsbog, grundlovsforhør
{{⟦criminal_records+ethnic_origin|Sigtede, Yusuf Demir, af kurdisk oprindelse, fremstilles sigtet for røveri og varetægtsfængsles i fire uger.⟧||Vidnet, en taxachauffør, forklarede, at han ikke kunne genkende nogen af de to gerningsmænd.}}

=== hand-lawyer da
Kære Jonas og Peter
{{⟦sexual_orientation|Som gift par af samme køn skal I begge underskrive adoptionsansøgningen, og jeg vedlægger Ankestyrelsens vejledning.⟧||Som samlevende skal I begge underskrive lejekontrakten, og jeg vedlægger boligselskabets vejledning.}}
Venlig hilsen, advokat Gitte Bro

=== hand-probation da
Kriminalforsorgen, personundersøgelse
⟦criminal_records+health|Dennis Frost er sigtet for vold og har drukket dagligt, siden han fik diagnosen PTSD efter sin udsendelse til Afghanistan.⟧ Han ønsker behandling.

=== hand-tribunal da
Tjenestemandssag, partshøring
⟦trade_union|Frank Ibsen er repræsenteret af sin tillidsrepræsentant fra Fængselsforbundet.⟧ ⟦political_opinion|Sagen drejer sig om, at han i uniform har delt opslag som formand for Nye Borgerliges lokalafdeling.⟧
"""
