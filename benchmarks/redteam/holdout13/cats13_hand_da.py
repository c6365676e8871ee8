"""Hand-written Danish documents of the v13 categories hold-out (markup: ``cats13_markup.py``; ``=== family lang``
starts a document). Genres new to v13: insurance claims, lost-and-found logs, crowdfunding pages, agony-aunt
columns, app and shop reviews, exit interviews, whistleblower reports, prison-visit bookings, housing applications,
exam arrangements, student yearbooks, funeral wishes of the living, church-council minutes, genetic-counselling and
fertility letters, hearing-aid and vaccination reminders, customer-service chats, Discord, TV listings, horoscopes,
crosswords, package leaflets and museum labels."""

BANK = """
=== hand-pair da
Skadeanmeldelse – indbo
Forsikringstager: Kenneth Laustsen, Brovejen 14, 7100 Vejle
Beskrivelse: Indbrud i kælderrum natten til 3. marts. Stjålet: cykel og værktøj.
{{⟦health|Desuden blev min insulinpen og en pakke sensorer til min diabetes taget fra køleskabet i kælderen.⟧||Desuden blev to kasser øl og en pakke vinterdæk taget fra kælderen.}}
Anmeldt til politiet, journalnr. 3400-80231-00412-26.

=== hand-pair da
Hittegods – Aarhus Rutebilstation, uge 9
Fundet på perron 4: sort rygsæk med navneskilt "Yusuf Demir". Indhold: {{⟦religion|bedetæppe, en lille Koran og en tasbih⟧||madpakke, en opladerledning og et sæt høretelefoner}}.
Kan afhentes i billetsalget mod legitimation.

=== hand-pair da
Indsamling: Hjælp Mathilde Krag tilbage på benene
{{⟦health|Mathilde er 27 og fik i januar konstateret en sjælden knoglekræft i venstre lår.⟧ Behandlingen i Tyskland er ikke dækket, og alle bidrag går direkte til rejser og ophold.||Mathilde er 27 og vil i januar cykle fra Skagen til Gedser for at samle ind til Kræftens Bekæmpelse. Alle bidrag går direkte til foreningen.}}
Tak fordi du deler!

=== hand-pair da
BREVKASSEN – spørg Hanne
Kære Hanne. Jeg er 34 år og hedder Sofie. {{⟦sexual_orientation|Min familie ved stadig ikke, at jeg bor sammen med min kæreste Louise, og jeg tør ikke tage hende med til min fars 60-års fødselsdag.⟧||Min familie ved stadig ikke, at jeg har sagt mit job op, og jeg tør ikke fortælle det til min fars 60-års fødselsdag.}} Hvad gør jeg?
Hilsen Sofie, Næstved

=== hand-pair da
★★☆☆☆ Anmeldelse af Vitus Fitness, Esbjerg
Skrevet af Morten Hvidberg
{{⟦biometric|Jeg fik scannet mit ansigt i indgangen ved indmeldelsen, og nu lukker slusen mig ikke ind, når jeg har briller på.⟧||Jeg fik et nøglekort ved indmeldelsen, og nu lukker slusen mig ikke ind, fordi kortet er afmagnetiseret.}} Personalet er søde, men det sker hver uge.

=== hand-pair da
Fratrædelsessamtale – referat
Medarbejder: Tina Bruun, lagerafdelingen
Årsag til opsigelse: {{⟦trade_union|Tina oplyser, at hun som tillidsrepræsentant for 3F har følt sig holdt uden for planlægningsmøderne det seneste år.⟧||Tina oplyser, at hun som nyuddannet truckfører har fået job tættere på sin bopæl i Horsens.}}
Udleveret: løn til og med 31. maj, feriepenge.

=== hand-pair da
Whistleblowerordningen – indberetning nr. 2026-014
Indberetningen vedrører lagerchef Flemming Dahl.
{{⟦criminal_records|Det oplyses, at Flemming Dahl i efteråret blev idømt 40 dages betinget fængsel for underslæb hos sin tidligere arbejdsgiver.⟧||Det oplyses, at Flemming Dahl i efteråret flere gange har parkeret på kundepladserne foran indgangen.}}
Sagen er sendt til HR.

=== hand-pair da
Besøgsbooking – Kriminalforsorgen
Besøgende: Gitte Overgaard, mor
{{⟦criminal_records|Besøg hos indsatte Jannick Overgaard, Statsfængslet Østjylland, afdeling C, lørdag kl. 13-15.⟧||Besøg hos medarbejder Jannick Overgaard, Kriminalforsorgens kontor i Horsens, rundvisning for pårørende lørdag kl. 13-15.}}
Husk billedlegitimation.

=== hand-pair da
Ansøgning om bolig – Boligselskabet Fjordbo
Ansøger: Jytte Kjærsgaard, 71 år
Ønsker: stuelejlighed eller lejlighed med elevator
{{⟦health|Begrundelse: Jeg har KOL og bruger ilt om natten, og jeg kan ikke længere gå op til 3. sal.⟧||Begrundelse: Jeg vil gerne bo tættere på mine børnebørn, og trapperne er mange med indkøbsposer.}}

=== hand-pair da
Vedr. eksamen 3.g – særlige prøvevilkår
Elev: Asta Rønnow, 3.b
{{⟦health|Asta har ordblindhed og får 30 minutters ekstra tid samt oplæsningsprogram til skriftlig dansk.⟧||Asta er udtaget til landsholdet i orientering og tager skriftlig dansk på sygeeksamensdagen pga. VM.}}
Med venlig hilsen, studievejleder

=== hand-pair da
STUDENTERBLADET 2026 – 3.x
Noah Brink: Klassens klovn med det store hjerte. {{⟦political_opinion|Noah har været formand for Konservativ Ungdom i Viborg og deler flyers ud foran Netto hver lørdag.⟧||Noah har været formand for elevrådet og deler sodavand ud foran Netto hver lørdag.}} Vi ses i Aarhus!

=== hand-pair da
Mine ønsker til min begravelse – Ahmad Rezai (skrevet mens jeg er rask)
{{⟦religion|Jeg ønsker at blive begravet efter islamisk skik, vasket af imamen fra Imam Ali-moskeen og lagt i jorden inden for et døgn.⟧||Jeg ønsker at blive bisat i stilhed, og mine venner må gerne spille Kim Larsen bagefter i haven.}}
Min søn Reza ved, hvor papirerne ligger.

=== hand-pair da
Genetisk Rådgivning, Rigshospitalet
Til: Camilla Østergaard
{{⟦genetic+health|Undersøgelsen viser, at du bærer en sygdomsfremkaldende variant i genet MYBPC3, som giver øget risiko for hjertesygdommen hypertrofisk kardiomyopati.⟧||Vi har modtaget din henvisning og sender en indkaldelse til en samtale med en genetisk vejleder i løbet af foråret.}}
Venlig hilsen, Klinisk Genetisk Afdeling

=== hand-pair da
Fertilitetsklinikken Trianglen
Kære Freja og Nanna Holst-Brix
{{⟦sexual_orientation+health|I er begge velkomne til scanningen i uge 12, hvor vi ser på jeres graviditet efter inseminationen med donorsæd i december.⟧||I er begge velkomne til informationsaftenen i uge 12, hvor vi fortæller om klinikkens nye lokaler og parkering.}}

=== hand-pair da
Påmindelse fra Audika
Hej Poul Damgaard, {{⟦health|dine høreapparater skal justeres, og vi vil gerne gentage din hørerest-måling fra sidste år.⟧||dit gavekort på 200 kr. udløber snart og kan bruges på batterier og rensesæt.}} Ring 70 20 20 20.

=== hand-pair da
Chat med Sydbank kundeservice
Kunde (Ole Svendsen): Jeg kan ikke logge ind i appen.
Medarbejder: {{⟦biometric|Det er fordi dit stemmeaftryk, som du registrerede til telefonbanken, er blevet nulstillet – vi skal optage din stemme igen.⟧||Det er fordi din adgangskode er udløbet – du kan vælge en ny under "Glemt kode".}}
Kunde: Okay tak.

=== hand-pair da
#general på Discord-serveren "Fredagsbrætspil"
[20:14] kasperbo: {{⟦ethnic_origin|min mormor er fra Kalaallit Nunaat, så jeg er kvart grønlænder, derfor navnet Aputsiaq i min bio⟧||min mormor er fra Sønderborg, så jeg kan lidt sønderjysk, derfor dialektord i min bio}}
[20:15] ninja_line: haha nice

=== hand-pair da
Menighedsrådsmøde, Sct. Mortens Kirke – referat
Punkt 4: {{⟦religion|Hans Lykkeberg er blevet døbt som voksen i påsken og er optaget som medlem af folkekirken.⟧||Hans Lykkeberg er ansat som ny kirketjener fra 1. april og skal bruge en nøgle til våbenhuset.}}
Punkt 5: Vinduerne i sognegården udskiftes.

=== hand-pair da
Vaccinationsoversigt – Rejseklinikken
Navn: Abdi Warsame
{{⟦health|Bemærkning: Ingen levende vacciner pga. hiv-behandling, aftalt med infektionsmedicinsk ambulatorium.⟧||Bemærkning: Gul feber-vaccine givet, certifikat udleveret til rejsen til Kenya.}}

=== hand-pair da
Kundeanmeldelse – Tandlægehuset Ribe ★★★★★
Jeg hedder Birthe og har altid været bange for tandlæger. {{⟦health|Efter min depression sidste år har jeg forsømt tænderne, og de var så forstående.⟧||Efter min flytning sidste år havde jeg ikke fundet en ny tandlæge, og de var så forstående.}} Kan varmt anbefales.

=== hand-pair da
Opslag i Facebook-gruppen "Skovlunde Naboer"
Hej alle. Vi er Lene og Tom fra nr. 17. {{⟦criminal_records|Tom har fodlænke på resten af sin dom frem til jul, så vi er meget hjemme og siger gerne hej.⟧||Tom har brækket foden og går med støvle frem til jul, så vi er meget hjemme og siger gerne hej.}}

=== hand-pair da
Kirkebladet, Hjerting Sogn
Konfirmander 2026: {{⟦religion|Vi glæder os også til at døbe Emil Vester, som vil konfirmeres med de andre, og til at byde Selma Aziz velkommen, der er konverteret fra islam.⟧||Vi glæder os også til at se Emil Vester og Selma Aziz, som spiller guitar og fløjte ved gudstjenesten.}}

=== hand-pair da
Lønseddel, marts 2026 – Carsten Hougaard
Grundløn 34.200,00
{{⟦trade_union|Kontingent Dansk Metal -412,00⟧||Kontingent personaleforening -65,00}}
Pension 12 % -4.104,00

=== hand-pair da
Referat – Skolebestyrelsen, Tranbjerg Skole
{{⟦political_opinion|Forældrerepræsentant Jens Ulrik Mose meddelte, at han stiller op til byrådet for Socialistisk Folkeparti og derfor træder ud af bestyrelsen.⟧||Forældrerepræsentant Jens Ulrik Mose meddelte, at han flytter til Silkeborg og derfor træder ud af bestyrelsen.}}

=== hand-pair da
SMS fra Apoteket Frederiksberg
Hej Kamilla, din medicin er klar til afhentning: {{⟦health|Sertralin 50 mg og Melatonin 3 mg⟧||Solcreme faktor 50 og plastre}}. Venlig hilsen Apoteket.

=== hand-pair da
Anmeldelse på Trustpilot – GoMore
Jeg (Jakob Schultz) lejede en bil via appen. {{⟦criminal_records|Udlejeren afviste mig, fordi jeg har fået frakendt kørekortet for spirituskørsel i 2024, hvilket jeg selv havde skrevet – men jeg har fået det tilbage.⟧||Udlejeren afviste mig, fordi jeg kun har haft kørekort i et år, hvilket stod i min profil – men det var ikke nævnt i annoncen.}}

=== hand-pair da
Hold 2B – besked på Aula
Kære forældre. {{⟦religion|Aleksander deltager ikke i juleafslutningen i kirken, da familien er Jehovas Vidner.⟧||Aleksander deltager ikke i juleafslutningen i kirken, da familien rejser til Thailand den 18.}} Han er velkommen i klassen imens.

=== hand-pair da
Klubbladet, Brøndby Bordtennis
Nyt fra bestyrelsen: {{⟦sexual_orientation|Vores træner Rune Kaas blev i sommer gift med sin mand Daniel i Aalborg, og klubben sendte blomster.⟧||Vores træner Rune Kaas blev i sommer gift med sin Dorthe i Aalborg, og klubben sendte blomster.}}

=== hand-pair da
Tilbud på flytning – Bedsteds Flytteservice
Kunde: Inger Pallesen, Viborg
{{⟦health|Ekstra: Kunden sidder i kørestol efter en rygmarvsskade, så vi bærer alt og stiller møbler op.⟧||Ekstra: Kunden har et klaver, så vi sender tre mand og en trappemaskine.}}
Pris i alt: 9.850 kr. inkl. moms.

=== hand-pair da
Pasansøgning – kvittering, Borgerservice Odense
Ansøger: Leila Haddad
{{⟦biometric|Dine fingeraftryk og dit ansigtsfoto er registreret og sendt til produktion.⟧||Dit gebyr er betalt, og ansøgningen er sendt til produktion.}}
Passet kan afhentes om ca. 14 dage.

=== hand-pair da
Læserbrev i Fagbladet FOA
Af Pia Thyssen, Nakskov
{{⟦trade_union|Som medlem af FOA i 22 år er jeg skuffet over den nye overenskomst.⟧||Som social- og sundhedsassistent i 22 år er jeg skuffet over den nye rengøringsplan.}} Vi løber allerede stærkt nok.

=== hand-pair da
Podcasten Hold da op – lytterbrev (oplæst i afsnit 41)
"Hej, det er Magnus fra Grindsted. {{⟦ethnic_origin|Min far er rom fra Slovakiet, og jeg voksede op med romani derhjemme.⟧||Min far er murer fra Slovakiet, og jeg voksede op med byggepladser derhjemme.}} Jeg elsker jeres program."

=== hand-pair da
Børnehaven Solsikken – noter fra forældresamtale
Barn: Villum, 5 år
{{⟦genetic|Mor fortæller, at Villum er gentestet og er bærer af anlæg for cystisk fibrose, som hans far.⟧||Mor fortæller, at Villum er begyndt til svømning og er glad for sin nye cykel, som hans far har lavet.}}

=== hand-neg da
Lindre Halstabletter – indlægsseddel (uddrag)
Tal med lægen, før du tager tabletterne, hvis du har sukkersyge, nedsat nyrefunktion eller er gravid. Må ikke gives til børn under 12 år. Opbevares utilgængeligt for børn.

=== hand-neg da
TV i aften, DR1
20.00 Badehotellet (8:10): Fru Fjeldsøe får besøg af sin søster, og Georg Madsen frygter, at hans hjerte svigter.
21.00 Forbrydelsen: Sarah Lund afhører en mistænkt, der er dømt for drab tidligere.
22.00 Dokumentar: Min vej ud af bandemiljøet (genudsendelse).

=== hand-neg da
HOROSKOP – Vædderen
Din uge byder på åndelig fordybelse og måske et møde med en gammel kærlighed. Sørg for at passe på ryggen, og stem for dit hjerte, når der skal vælges i familien.

=== hand-neg da
Krydsord nr. 2211, lodret
4. Fagforening for håndværkere (2 bogst.)
9. Sygdom med sukker i blodet (8)
12. Parti med rosen som logo (17)
17. Hellig bog (5)

=== hand-neg da
Udstilling på Moesgaard: "Tro og trolddom i jernalderen"
Montre 7: Amuletter, Thorshamre og et kors fra 900-tallet viser, at gammel og ny tro levede side om side. Knoglerne i graven bærer spor af gigt og tandbylder.

=== hand-neg da
Pressemeddelelse – Novo Nordisk
Et nyt studie med 3.400 deltagere viser, at ugentlig behandling nedsætter risikoen for hjertetilfælde hos personer med type 2-diabetes og overvægt med 20 procent.

=== hand-neg da
Fagbladet 3F – kvartalsrapport
Medlemstallet steg med 2.100 i tredje kvartal. Flest nye medlemmer kom fra rengøring og transport. Strejkefonden er på 1,9 mia. kr.

=== hand-neg da
Valgfolder, Venstre i Ringkøbing-Skjern
Vi vil have flere lærere, kortere ventetid på genoptræning og en ny hal i Tarm. Stem på Venstre den 18. november!

=== hand-neg da
Klage over nabo – Boligforeningen Enghaven
Der spilles høj musik fra nr. 22 efter kl. 23 flere gange om ugen. Jeg beder foreningen om at sende et brev. Mvh Henning Rask, nr. 20

=== hand-neg da
Anmeldelse: Restaurant Syd, Nørrebro ★★★★☆
Tjeneren Muhamed anbefalede lammet, som var himmelsk. Desserten var syndig god, og kaffen gjorde os helt høje. Vi kommer igen.

=== hand-neg da
Studieordning, Sygeplejerskeuddannelsen, 4. semester
Modulet omfatter kræftpleje, palliation, psykiatri og medicinhåndtering. Den studerende skal kunne vurdere patienter med diabetes og KOL.

=== hand-neg da
Pressemeddelelse – Kirkeministeriet
Antallet af medlemmer af folkekirken faldt i 2025 til 71,3 procent af befolkningen. Flest udmeldelser var blandt unge mænd i hovedstaden.

=== hand-neg da
Referat, Grundejerforeningen Kildebakken
Formand Erik Thorup bød velkommen. Vejfonden er tom, og vi skal have nye skraldespande. Næste møde 12. juni i Sct. Jakobs Kirkes sognegård.

=== hand-neg da
Salgsopstilling – Horsensvej 118
Villa på 164 m² med plads til hele familien. 400 meter til skole, moské, kirke og indkøb. Kælderen er tør og kan bruges som fitnessrum.

=== hand-neg da
Fundet hund! Labrador, sort, med halsbånd "Bella" ved Gudenåen. DNA-test fra dyrlægen viser, at hun er chippet til en opdrætter i Randers. Ring 28 41 03 77.

=== hand-neg da
Nyhedsbrev – Scleroseforeningen
Vi holder åbent hus i Odense den 4. maj. Kom og hør om ny forskning i sclerose og om rettigheder på arbejdsmarkedet. Alle er velkomne, også pårørende.

=== hand-neg da
Lejekontrakt, § 11 Husdyr og særlige forhold
Lejer må holde én hund eller kat. Lejer må ikke ryge i lejligheden. Kørestolsrampe ved indgang B vedligeholdes af udlejer.

=== hand-neg da
Citat til opslagstavlen
"Det er ikke de raske, der trænger til læge, men de syge." – Markusevangeliet 2,17. Ugens tanke fra personaleforeningen.

=== hand-neg da
Sangtekst, fællessang ved sommerfesten
Vi er røde, vi er hvide, vi står sammen side om side – og når regnen rammer teltet, synger vi for fuld hals.

=== hand-neg da
Kommunens sundhedsprofil 2025
17 % af borgerne i Lemvig Kommune har en kronisk lungesygdom, og 9 % har diabetes. Andelen af rygere er faldet til 13 %.

=== hand-neg da
Quiz, Fredagsbar på Tømrerpladsen
Spørgsmål 6: Hvilken dansk statsminister var medlem af Det Radikale Venstre? Spørgsmål 7: Hvad hedder sygdommen, som Hans Christian Andersen frygtede mest?

=== hand-neg da
Mail-signatur
Venlig hilsen
Tobias Lindegaard
Sognepræst, Ansgars Kirke
Tlf. 98 12 44 10

=== hand-neg da
Udtalelse – Dansk Arbejdsgiverforening
Strejken på havnene i Aarhus og Fredericia koster virksomhederne 80 mio. kr. om dagen. Vi opfordrer fagbevægelsen til at vende tilbage til forhandlingsbordet.

=== hand-neg da
Bogklubben læser: "Sønnen" af Jo Nesbø
Sonny sidder i fængsel for mord han ikke har begået, og hans far var politimand. Vi mødes hos Lise den 14. og taler om skyld og tilgivelse.

=== hand-neg da
Kursuskatalog, Ældresagen
Mindfulness for pårørende til demente – 4 gange i Kolding. Underviser: psykolog Anja Rosenkilde. Pris 400 kr.

=== hand-neg da
Politiets døgnrapport, Sydsjællands Politi
En 19-årig blev i nat anholdt for butikstyveri i Næstved. En kvinde blev lettere såret ved et færdselsuheld i Faxe. Ingen navne oplyses.

=== hand-neg da
Opslag på biblioteket
Foredrag: "Depression – hvad kan de pårørende gøre?" med psykiater Mikkel Rasmussen. Torsdag kl. 19. Gratis billetter på bibliotekets hjemmeside.

=== hand-neg da
Menukort, Kantinen ved Aarhus Universitet
Dagens ret: Kylling i karry (halal). Vegetar: Linsegryde. Glutenfri brød kan bestilles. Fredag: Fiskefrikadeller.

=== hand-pos da
Besked på Min Læge-appen
Hej, det er Ronja Falk. Mine blodtryksmålinger ligger stadig over 160, selvom jeg tager de nye piller. Skal jeg komme ind?

=== hand-pos da
Afgørelse fra Ankestyrelsen
Kære Marius Lund-Iversen. Du har klaget over afgørelsen om hjælpemidler. ⟦health|Kommunen har bevilget dig en el-kørestol, fordi du har muskelsvind, men afslået en ny badestol.⟧ Vi stadfæster afgørelsen.

=== hand-pos da
Personaleblad, Region Nordjylland – "Mød en kollega"
⟦ethnic_origin|Bioanalytiker Thuy Nguyen kom til Danmark som barn med sine vietnamesiske forældre, der var bådflygtninge.⟧ ⟦religion|I dag synger hun i den katolske kirkes kor i Aalborg.⟧

=== hand-pos da
Lokalavisen Uge 14 – "Syv spørgsmål til"
Malene Brix, 44, sognerådsmedlem i Vorbasse. ⟦political_opinion|Hvorfor Dansk Folkeparti? "Fordi jeg mener, landet har taget imod for mange."⟧ Yndlingsret? Stegt flæsk.

=== hand-pos da
Klage til Patienterstatningen
Jeg, Aksel Holmgaard, klager over behandlingen på Kolding Sygehus. ⟦health|Efter min operation for grå stær på højre øje fik jeg en infektion, og synet er nu halveret.⟧

=== hand-pos da
Retsliste, Retten i Glostrup, torsdag
Kl. 09.30 Sag 99-2201/2026: ⟦criminal_records|Anklagemyndigheden mod Dennis Hjort Pedersen, vold mod tjenestemand, domsforhandling.⟧
Kl. 11.00 Sag BS-4410/2026: ejendomshandel, Lindholm mod Brøndby Kommune.

=== hand-pos da
Sms til personalechef
Hej Britta, det er Said. ⟦religion|Jeg vil gerne have fri fredag eftermiddag i ramadanen, så jeg kan nå fredagsbønnen i moskeen.⟧ Jeg tager timerne igen om mandagen.

=== hand-pos da
Forældreintra, 0.a
Til alle: Vi har fået ny elev, Hamza. ⟦ethnic_origin+religion|Hamza og hans familie er yezidier fra Sinjar i Irak.⟧ Tag godt imod ham!

=== hand-pos da
Facebook-opslag, Kim Winther
⟦political_opinion|Efter 12 år i Socialdemokratiet har jeg meldt mig ind i Moderaterne, og jeg står på deres liste til regionsrådet.⟧ Tak for opbakningen, alle sammen.

=== hand-pos da
Gensvar i DNA-forum "Slægt og gener"
Jeg (Tove Mølgaard) fik resultat fra MyHeritage i går. ⟦genetic|Jeg har et match på 1.740 cM med en mand i Minnesota, så han er min halvbror på fars side.⟧ Vildt!

=== hand-pos da
Mail fra tillidsmand
Kære alle på sengeafsnit B3. ⟦trade_union|Jeg er valgt som jeres tillidsrepræsentant for Dansk Sygeplejeråd og kan træffes onsdag.⟧ Hilsen Kirsten Juhl

=== hand-pos da
Retsbog (uddrag), Retten i Holbæk
⟦criminal_records+health|Tiltalte Bjarne Sloth idømmes ambulant psykiatrisk behandling for trusler mod sin nabo, da han var sindssyg på gerningstidspunktet.⟧

=== hand-pos da
Referat, Aarhus Pride-frivillige
⟦sexual_orientation|Mikkel Storm fortalte, at han som biseksuel mand har savnet at blive set i debatten og gerne vil stå for et oplæg.⟧ Næste møde er 3. juni.

=== hand-pos da
Lydfil transskriberet – telefonsvarer
"Hej mor, det er Clara. ⟦health|Jeg er blevet indlagt på psykiatrisk afdeling i Risskov igen, fordi spiseforstyrrelsen er blusset op.⟧ Ring når du kan."

=== hand-pos da
Kortfattet bio på Wikipedia (pr. marts 2026)
Søren Aagaard (født 1971) er en dansk politiker. ⟦political_opinion|Han har siden 2019 været medlem af Folketinget for Enhedslisten.⟧ Han er uddannet tømrer.

=== hand-pos da
Kommentar til nyhed om tatoveringer
Jeg hedder Pernille Dam, og ⟦biometric+health|mit håndfladescan ved adgangen på Grundfos virker ikke efter en brandskade, så vagten lukker mig ind hver morgen⟧.
"""
