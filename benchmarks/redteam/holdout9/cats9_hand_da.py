"""Hand-written Danish category documents for v9 (written once; ``{{A||B}}`` gives a minimal pair)."""

BANK = r"""
=== hand-hr da
Hej Birthe

Kort status fra lageret: {{⟦health|Kenneth Bøgild er sygemeldt med en diskusprolaps og forventer at være væk resten af måneden.⟧||Kenneth Bøgild er på efteruddannelse i truckkørsel og er væk resten af måneden.}} Jeg har bedt vikarbureauet om en afløser.

Mvh
Lone
=== hand-hr da
Notat, personalemøde 12/3 (kun til HR)
Deltagere: Sanne Friis (leder), Ole Vinding (medarbejder)
{{⟦health|Ole fortalte, at han er i behandling for en stressreaktion hos sin egen læge og gerne vil starte på nedsat tid.⟧||Ole fortalte, at han gerne vil gå ned i tid i en periode for at passe sit sommerhusbyggeri.}}
Aftale: 30 timer om ugen frem til 1. maj, opfølgning hver 14. dag.
=== hand-chat da
[09:02] Trine: godmorgen alle 🌞
[09:03] Jonas Kruse: {{⟦health|æ ka it komm ind i dag, har fåt migræne ig'en og ligger i et mørkt rum⟧||æ ka it komm ind i dag, bilen vil it starte og bussen er aflyst}}
[09:04] Trine: ok, god bedring / held og lykke
=== hand-chat da
Mette B: hvem tager kagen med fredag?
Rasmus H: {{⟦health|ikke mig, jeg er lige blevet diagnosticeret med cøliaki så jeg holder mig fra kage⟧||ikke mig, jeg er lige begyndt på en slankekur så jeg holder mig fra kage}} 😅
Mette B: haha ok, så bager jeg
=== hand-mail da
Kære Henrik

Tak for din ansøgning om fleksibel mødetid. {{⟦health|Da du har oplyst, at din søn Malthe har type 1-diabetes og skal tjekkes om morgenen, giver vi dig lov til at møde kl. 9.⟧||Da du har oplyst, at din søn Malthe skal afleveres i børnehave om morgenen, giver vi dig lov til at møde kl. 9.}}

Venlig hilsen
Pia Sommerlund, HR
=== hand-mail da
Hej Annette,

{{⟦health|Jeg er gravid i 14. uge, og jordemoderen har bedt mig undgå de tunge løft på lageret.⟧||Jeg har fået nyt arbejdsskema, og jeg kan derfor ikke tage lørdagsvagterne på lageret.}} Kan vi tale om en anden fordeling af opgaverne?

Hilsen
Cecilie Dam
=== hand-note da
Journalnotat, Jobcenter Vesthimmerland
Borger: Brian Aagaard
{{⟦health|Borger oplyser, at han siden ulykken har haft kroniske smerter i venstre knæ og ikke kan stå op mere end en time ad gangen.⟧||Borger oplyser, at han siden lukningen af slagteriet har søgt 14 stillinger og har en samtale hos et vognmandsfirma.}}
Næste samtale: 4 uger.
=== hand-note da
Sagsnotat – familieafdelingen
Vedr.: Sofie (7 år), mor Ditte Lauritsen
{{⟦health|Mor fortæller, at hun er i medicinsk behandling for depression og har svært ved at få hverdagen til at hænge sammen.⟧||Mor fortæller, at hun er startet på et nyt job med skiftende arbejdstider og har svært ved at få hverdagen til at hænge sammen.}} Der bevilges støttekontaktperson.
=== hand-form da
TILMELDING – SPEJDERNES SOMMERLEJR 2026
Barnets navn: Aksel Vinther
Alder: 11
Allergier / sygdomme: {{⟦health|Astma, bruger Ventoline-inhalator før motion⟧||Ingen}}
Må barnet fotograferes: Ja
Forældres underskrift: Marianne Vinther
=== hand-form da
Helbredsoplysninger ved ansættelse (udfyldes frivilligt)
Navn: Jakob Hvidberg
Har du en sygdom, der kan påvirke arbejdet? {{⟦health|Ja – epilepsi, velbehandlet, sidste anfald 2023⟧||Ønsker ikke at oplyse}}
Dato: 02.02.2026
=== hand-sms da
{{⟦health|Hej mor, lægen siger det er brækket, jeg får gips på armen i 6 uger. Kh Ida⟧||Hej mor, toget holder stille ved Roskilde, jeg kommer en time senere. Kh Ida}}
=== hand-mail da
Hej alle

{{⟦health|Som nogle af jer ved, har jeg fået konstateret brystkræft. Jeg starter kemo på mandag og er derfor væk det meste af foråret.⟧||Som nogle af jer ved, har jeg fået bevilget orlov. Jeg starter på mit studieophold i Canada på mandag og er derfor væk det meste af foråret.}} Henrik overtager mine kunder.

De bedste hilsner
Gitte Overgaard
=== hand-hr da
Referat – fraværssamtale
Medarbejder: Thomas Skjødt
{{⟦health|Thomas har haft 11 fraværsdage i kvartalet; årsagen er en alkoholafhængighed, som han nu er i ambulant behandling for på Novavi.⟧||Thomas har haft 11 fraværsdage i kvartalet; årsagen er flere sygdomsperioder hos hans børn, der er blevet passet hjemme.}}
=== hand-note da
Hjemmeplejen, besøgsnote 14.01
Borger: Ellen Kragh, 84 år
{{⟦health|Ellen var forvirret og kunne ikke huske, at hun havde spist; demensudredning er bestilt hos egen læge.⟧||Ellen var i godt humør og havde besøg af barnebarnet; hun ønsker rengøring flyttet til torsdag.}}
=== hand-mail da
Kære Lars

{{⟦genetic+health|Resultatet af gentesten viser, at du bærer en mutation i BRCA2-genet, hvilket giver en øget risiko for prostata- og bugspytkirtelkræft.⟧||Du kan få foretaget en gentest for BRCA-mutationer, hvis der er brystkræft i din nære familie; tal med din læge om en henvisning.}}

Med venlig hilsen
Klinisk Genetisk Afdeling, Aarhus Universitetshospital
=== hand-mail da
Hej Niels

{{⟦genetic|Faderskabstesten fra Retsmedicinsk Institut er kommet: DNA-analysen viser, at du er far til Oliver.⟧||Familieretshuset har sendt en vejledning om, hvordan en faderskabssag forløber, til alle der har spurgt.}}

Venlig hilsen
Advokat Susanne Ring
=== hand-chat da
Camilla: hey har du fået svar på den der DNA-test fra MyHeritage?
Jeppe Lund: {{⟦genetic|ja!! det viser sig at jeg har en halvbror i Vejle som jeg aldrig har hørt om⟧||nej jeg droppede den, det var for dyrt}}
=== hand-hr da
IT-sag #8812
Bruger: Bettina Frost
{{⟦biometric|Bettinas fingeraftryk er registreret i adgangssystemet til serverrummet; gammel kode er slettet.⟧||Bettinas adgangskort er registreret i adgangssystemet til serverrummet; gammel kode er slettet.}}
Status: løst
=== hand-mail da
Hej Morten

{{⟦biometric|Vi har nu oprettet din ansigtsskabelon i kantinens betalingsløsning, så du kan betale uden kort.⟧||Vi har nu oprettet dit nye medarbejderkort i kantinens betalingsløsning, så du kan betale uden kontanter.}}

Mvh Facility
=== hand-mail da
Hej Jens

{{⟦trade_union|Jeg er blevet valgt som tillidsrepræsentant for 3F på pakkeriet, så fremover deltager jeg i SU-møderne.⟧||Jeg er blevet valgt som formand for personaleforeningen på pakkeriet, så fremover arrangerer jeg julefrokosten.}}

Hilsen
Dennis Holt
=== hand-form da
Lønseddel april 2026 – Karina Mørk
Timeløn 178,50 x 160,33
Pension 8 %
{{⟦trade_union|Kontingent HK Privat 512,00⟧||Frokostordning 380,00}}
Udbetalt 21.744,12
=== hand-chat da
Sebastian: er du med i en fagforening?
Julie Brix: {{⟦trade_union|ja jeg er i Dansk Metal, de hjalp mig med min opsigelse⟧||nej, jeg har kun en a-kasse}}
=== hand-mail da
Kære Ahmad

{{⟦religion|Jeg har noteret, at du faster under ramadanen og gerne vil holde frokostpause ved solnedgang i stedet.⟧||Jeg har noteret, at du gerne vil holde frokostpause kl. 13 i stedet for kl. 12 i marts.}} Det er fint med os.

Venlig hilsen
Karen Storm, afdelingsleder
=== hand-note da
Plejehjemmet Solbakken – livshistorie
Beboer: Ingrid Mosegaard
{{⟦religion|Ingrid er troende katolik og ønsker besøg af præsten fra Sankt Knuds Kirke hver søndag.⟧||Ingrid har været skolelærer i Odense og ønsker besøg af sin nevø hver søndag.}}
=== hand-mail da
Hej Mikael

{{⟦religion|Jeg melder mig ud af folkekirken, da jeg ikke længere er troende – kan du sørge for at kirkeskatten stopper på min lønseddel?⟧||Jeg er flyttet til en anden kommune – kan du sørge for at kommuneskatten bliver rettet på min lønseddel?}}

Hilsen
Patrick Juul
=== hand-hr da
Anmodning om fridag
Navn: Rebecca Stein
Dato: 22. september 2026
{{⟦religion|Begrundelse: Yom Kippur – jeg holder den jødiske helligdag med min familie.⟧||Begrundelse: Min søsters bryllup i Hamborg.}}
=== hand-note da
Integrationsnotat
Deltager: Aviaja Berthelsen
{{⟦ethnic_origin|Aviaja er inuk, opvokset i Sisimiut, og ønsker at kurset tilpasses, så hun kan deltage i grønlandsk kulturdag.⟧||Aviaja har boet to år i Sisimiut som lærer og ønsker at kurset tilpasses, så hun kan deltage i sin datters skolefest.}}
=== hand-mail da
Hej Lotte

{{⟦ethnic_origin|Min far er kurder fra Diyarbakır, så jeg har altid fejret newroz med familien.⟧||Min far har arbejdet i Diyarbakır for et ingeniørfirma, så jeg har været i Tyrkiet mange gange.}} Jeg vil gerne holde et oplæg om det i kulturugen.

Hilsen Dilan Aydın
=== hand-form da
Medarbejdertilfredshed – frivillig diversitetsdel
Navn (valgfrit): Stefan Grønvold
Etnisk baggrund: {{⟦ethnic_origin|romani (min mors familie er romaer fra Ungarn)⟧||ønsker ikke at svare}}
=== hand-mail da
Kære kolleger

{{⟦political_opinion|Jeg stiller op til byrådet for Enhedslisten i november og håber, I vil hjælpe med at sætte plakater op.⟧||Jeg er blevet valgt som tilforordnet vælger i november og skal sidde i valglokalet på Nordbyskolen.}}

Venlig hilsen
Mathilde Aggerholm
=== hand-chat da
Peter: så hvem stemte du på?
Lasse Bjerre: {{⟦political_opinion|Radikale, som altid. er også medlem af partiet⟧||det siger jeg ikke haha}}
=== hand-note da
Bestyrelsesmøde i Grundejerforeningen Lyngbakken
{{⟦political_opinion|Carsten Bro (Dansk Folkeparti) blev valgt som kasserer; han sidder også i kommunens teknik- og miljøudvalg for partiet.⟧||Carsten Bro blev valgt som kasserer; han har tidligere været revisor i foreningen.}}
=== hand-mail da
Hej Anders

{{⟦sexual_orientation|Min mand Frederik og jeg kommer begge til sommerfesten, hvis det er ok at tage ægtefæller med.⟧||Min kone Frederikke og jeg kommer begge til sommerfesten, hvis det er ok at tage ægtefæller med.}}

Hilsen
Simon Kirk
=== hand-chat da
Nadia: hvordan gik daten??
Louise Ebbesen: {{⟦sexual_orientation|super godt! hun hedder Maja og vi skal ses igen på lørdag 😍⟧||super godt! han hedder Mads og vi skal ses igen på lørdag 😍}}
=== hand-note da
Blodbanken, Odense – notat ved tapning
Donor: Kristoffer Leth
{{⟦sexual_orientation|Donor oplyser sex med en anden mand inden for de seneste fire måneder; udsættes fra tapning.⟧||Donor oplyser rejse til Thailand inden for de seneste fire uger; udsættes fra tapning.}}
=== hand-mail da
Kære Susanne

{{⟦criminal_records|Som aftalt oplyser jeg, at jeg i 2023 blev idømt 40 dages betinget fængsel for vold, inden jeg starter som pædagogmedhjælper.⟧||Som aftalt sender jeg min børneattest og mine eksamensbeviser, inden jeg starter som pædagogmedhjælper.}}

Venlig hilsen
Mikkel Brandt
=== hand-note da
Politiets døgnrapport – Sydsjælland (uddrag)
{{⟦criminal_records|Kl. 02.15 anholdt patruljen Daniel Fuglsang, 29, i Næstved, sigtet for indbrud i en villa på Parkvej.⟧||Kl. 02.15 anmeldte Daniel Fuglsang, 29, i Næstved, at hans villa på Parkvej var udsat for indbrud.}}
=== hand-sms da
{{⟦criminal_records|Hej Karsten, din bror sidder varetægtsfængslet i Vestre, så han kan ikke komme til barnedåben. Mvh Lene⟧||Hej Karsten, din bror sidder fast i lufthavnen i Málaga, så han kan ikke komme til barnedåben. Mvh Lene}}
=== hand-hr da
Referat – samtale med Martin Rask, chauffør
{{⟦criminal_records|Martin har mistet kørekortet i et år efter en dom for spirituskørsel og kan derfor ikke køre ruterne.⟧||Martin har fået en privat parkeringsafgift i Fisketorvet, som firmaet ikke dækker.}} Vi undersøger lagerarbejde i stedet.
=== hand-mail da
Hej Gert

{{⟦health+religion|Min kone Fatima er muslim og ønsker en kvindelig læge til fødslen i maj, så vi vil gerne vide, om det kan lade sig gøre på Hvidovre.⟧||Min kone Fatima vil gerne føde på Hvidovre i maj, så vi vil gerne vide, om der er ventetid på rundvisning.}}

Mvh
Omar Khalil
=== hand-mail da
Hej Rikke

{{⟦political_opinion+trade_union|Jeg er både tillidsmand i FOA og medlem af SF's hovedbestyrelse, så jeg må melde afbud til mødet den 9.⟧||Jeg er både kasserer i håndboldklubben og med i skolebestyrelsen, så jeg må melde afbud til mødet den 9.}}

Hilsen
Brian Kjærsgaard
=== hand-note da
Asylsamtale – resumé (tolk: arabisk)
Ansøger: Yasmin A.
{{⟦religion+criminal_records|Ansøgeren oplyser, at hun er konverteret til kristendommen og derfor sad fængslet i tre måneder i hjemlandet.⟧||Ansøgeren oplyser, at hun har arbejdet som sygeplejerske og har to brødre i Tyskland.}}
=== hand-news da
Tidligere afdelingschef dømt for mandatsvig
{{⟦criminal_records|Den tidligere kommunale afdelingschef Finn Egebjerg blev i går idømt otte måneders fængsel ved Retten i Aarhus for at have brugt kommunens kreditkort privat.⟧||Retten i Aarhus behandlede i går en sag om misbrug af kommunale kreditkort; den tiltalte var en 52-årig mand fra Aarhus-området.}}
=== hand-news da
{{⟦health|Landsholdsspilleren Emil Rosenvinge er blevet opereret i korsbåndet og misser resten af sæsonen, oplyser klubben.⟧||Landsholdsspilleren Emil Rosenvinge har forlænget sin kontrakt og spiller resten af sæsonen i klubben, oplyser klubben.}}
=== hand-mail da
Hej Tina,

Tak for snakken i går. {{⟦health|Jeg har fået at vide, at jeg er ordblind, så jeg vil gerne have oplæsningsprogrammet installeret på min pc.⟧||Jeg har fået ny pc, så jeg vil gerne have oplæsningsprogrammet installeret igen.}}

Hilsen
Kasper Lindholm
=== hand-chat da
[Teams] Helle Vad: {{⟦health|jeg går lige tidligt, har tid hos psykiatrien kl 15 ang. min ADHD-medicin⟧||jeg går lige tidligt, har tid hos frisøren kl 15}}
[Teams] Søren M: 👍
=== hand-form da
Skadesanmeldelse – rejseforsikring
Forsikringstager: Benedikte Holmgaard
Hvad skete der: {{⟦health|Jeg faldt på en isglat trappe i Val Thorens og fik et brud på håndleddet, som blev opereret på sygehuset i Moûtiers.⟧||Min kuffert blev væk i lufthavnen i Genève og kom først tre dage senere til hotellet i Val Thorens.}}
=== hand-note da
Tandlægejournal
Pt. Viggo Barfod, 61 år
{{⟦health|Anamnese: hjerteklapoperation 2024, får blodfortyndende (Marevan) – kontakt egen læge før ekstraktion.⟧||Anamnese: ingen ændringer siden sidste besøg; ønsker tandrensning hver 6. måned.}}
=== hand-sms da
{{⟦health|hej farmor! jeg har fået en høreapparat nu, så du behøver ikke råbe i telefonen mere 😂 knus Alberte⟧||hej farmor! jeg har fået en ny telefon nu, så du kan sende billeder direkte til mig 😂 knus Alberte}}
=== hand-mail da
Kære forældre i Bjørnegruppen

{{⟦health|Vi skal huske, at Noah har svær nøddeallergi og har en EpiPen i tasken; der må ikke være nødder i madpakkerne på turen.⟧||Vi skal huske, at der ikke må være nødder i madpakkerne på turen, da vi spiser sammen med en anden institution.}}

Venlig hilsen
Pædagog Stine Aagesen
=== hand-hr da
Ansøgning om hjælpemiddel
Medarbejder: Poul Erik Vang
{{⟦health|Poul Erik er svagtseende efter en nethindeløsning og har brug for en ekstra stor skærm med forstørrelsesprogram.⟧||Poul Erik arbejder med store regneark og ønsker en ekstra stor skærm med to vinduer side om side.}}
Godkendt af: Maria Hjort
=== hand-chat da
Mads: hvorfor var du ikke til træning?
Frederik Hald: {{⟦health|har fået ondt i ryggen igen, min fysioterapeut siger det er en diskusprolaps så ingen fodbold i 2 mdr⟧||har ondt af tid, skal aflevere speciale på fredag så ingen fodbold i 2 uger}}
=== hand-mail da
Hej Kirsten

{{⟦religion|Vi vil gerne have vores søn Johannes døbt i Vor Frue Kirke den 14. juni, og vi har valgt hans moster og morbror som faddere.⟧||Vi vil gerne holde vores søn Johannes' 1-års fødselsdag i sognegården den 14. juni, hvis lokalet er ledigt.}}

Mvh
Anne og Thomas Berg
=== hand-chat da
Lærke: skal du med til julefrokost?
Samira Haidari: {{⟦religion|ja men jeg spiser halal og drikker ikke, jeg er jo muslim⟧||ja men jeg spiser ikke svinekød, jeg bryder mig bare ikke om det}}
=== hand-note da
Notat fra kriminalforsorgen, KiF Horsens
{{⟦criminal_records|Klient Jonas Bak udstår straf med fodlænke frem til 3. april; mødepligt hos tilsynsførende hver mandag.⟧||Vores medarbejder Jonas Bak deltager i temadag om fodlænkeordningen den 3. april hos tilsynet i Horsens.}}
=== hand-mail da
Hej Dorte

Tak for ansøgningen til boligforeningen. {{⟦criminal_records|Vi har modtaget din straffeattest, som viser en dom for hæleri fra 2022, og vi skal derfor have en samtale med dig.⟧||Vi har modtaget din lønseddel og din nuværende lejekontrakt, og vi skal derfor have en samtale med dig.}}

Mvh
Boligselskabet Fjordglimt
=== hand-mail da
Hej Troels

{{⟦trade_union|Jeg har meldt mig ud af Krifa og ind i Dansk Journalistforbund, så kontingentet skal trækkes det nye sted fra august.⟧||Jeg har skiftet bank fra Nordea til Lunar, så lønnen skal indsættes det nye sted fra august.}}

Hilsen
Maja Skovbo
=== hand-note da
Referat, lokalafdelingens generalforsamling
{{⟦political_opinion|Benjamin Hauge blev opstillet som Venstres kandidat til folketingsvalget i Vestjyllandskredsen.⟧||Benjamin Hauge holdt oplæg om vindmøller og fik tak for sin indsats med foreningens hjemmeside.}}
=== hand-chat da
Jannik: kommer din kæreste med til festen?
Oliver Winther: {{⟦sexual_orientation|ja Emil kommer med, han har fri 🙌⟧||ja Emma kommer med, hun har fri 🙌}}
=== hand-note da
Sundhedsplejerske, første hjemmebesøg
Barn: Alma, født 02.01.2026
{{⟦sexual_orientation+health|Mødrene Line Krogh og Sara Wulff fortæller, at Alma er undfanget ved insemination på fertilitetsklinikken.⟧||Forældrene Line Krogh og Simon Wulff fortæller, at Alma sover godt og tager på som forventet.}}
=== hand-mail da
Hej igen

Ang. ansættelseskontrakten: {{⟦ethnic_origin|Jeg er samisk og opvokset i Kautokeino, så jeg har brug for fri til samernes nationaldag den 6. februar.⟧||Jeg har boet i Kautokeino i fire år, så jeg har brug for at flytte mine møbler hjem i februar.}}

Hilsen
Elle Márjá Sara
=== hand-hr da
Besked fra receptionen
{{⟦biometric|Nathalie Gram har fået registreret sit håndfladeaftryk i den nye scanner ved personaleindgangen.⟧||Nathalie Gram har fået udleveret en ny nøglebrik til den nye dør ved personaleindgangen.}}
=== hand-chat da
Simon: har du prøvet det nye login?
Karoline Holst: {{⟦biometric|ja, jeg har lagt mit fingeraftryk ind i lønsystemet, så nu skal jeg ikke huske koden⟧||ja, jeg har sat mit fingeraftryk på det nye design, synes det blev godt}}
=== hand-mail da
Kære Bent

Med henvisning til dit spørgsmål: {{⟦genetic+health|Din gentest viser, at du har anlæg for familiær hyperkolesterolæmi, og vi anbefaler, at dine børn også bliver testet.⟧||Vi tilbyder ikke gentest for familiær hyperkolesterolæmi uden en henvisning fra egen læge.}}

Venlig hilsen
Lipidklinikken
=== hand-policy da
Privatlivspolitik – Bryggeriet Havnen ApS
Vi behandler ikke følsomme oplysninger om helbred, fagforeningsmedlemskab, religion, etnisk oprindelse, seksuel orientering eller politisk overbevisning, medmindre du selv giver os dem. Strafbare forhold behandles kun ved ansættelse i stillinger med kontanthåndtering.
=== hand-policy da
Personalehåndbog, afsnit 7: Sygdom
Ved sygdom skal du ringe til din nærmeste leder inden kl. 8. Ved fravær over 14 dage kan virksomheden bede om en mulighedserklæring fra egen læge. Graviditet og barsel behandles efter barselsloven.
=== hand-policy da
Fra intranettet: Vi er nu 412 medarbejdere, og sygefraværet faldt i 2025 fra 4,1 % til 3,6 %. 62 % er medlem af en fagforening, og 14 medarbejdere har deltaget i vores rygestopkursus.
=== hand-news da
Datatilsynet indstiller Fitnessklub Puls ApS til en bøde på 300.000 kr. for at have registreret medlemmernes fingeraftryk uden gyldigt samtykke.
=== hand-news da
Politiet i Nordjylland anholdt i nat tre unge mænd i alderen 17 til 19 år efter et røveri mod en kiosk i Hjørring. De blev sigtet og fremstilles i grundlovsforhør i dag.
=== hand-news da
Historisk hjørne: Skomager Peder Jensen Balle blev i 1843 dømt til tugthus for tyveri af to par støvler fra en købmand i Viborg – en dom, der i dag ville være en bøde.
=== hand-news da
Ny roman af Sidsel Krogh: hovedpersonen, en midaldrende præst, opdager, at han har ALS og begynder at tvivle på sin tro. Bogen udkommer på Gyldendal i marts.
=== hand-mail da
Hej Lisbeth

Kan du booke en tolk (somali) til borgersamtalen med Abdi Warsame torsdag kl. 10? Mødet handler om boligsituationen.

Tak
Jesper
=== hand-mail da
Hej Per

Tak for din flotte indsats med kræftindsamlingen – du og Kirsten samlede 14.300 kr. ind til Kræftens Bekæmpelse på lørdag. Det er rekord for afdelingen!

Hilsen
Merete
=== hand-chat da
Anders: har du set Martins nye Tesla
Mikkel Ravn: ja den er sygt fed, han er helt syg med den bil haha
=== hand-chat da
Christina: jeg har en bøn fra HR: husk at aflevere timesedler inden fredag!!
Jonas P: noteret 🙏
=== hand-mail da
Hej Kim

Sofie har virkelig sat sit fingeraftryk på den nye hjemmeside – kunderne elsker den. Kan du sende hende en buket fra os?

Mvh
Allan
=== hand-mail da
Kære Anette

Det var et meget tiltalende tilbud, I sendte. Jeg har sigtet efter en levering i uge 12, og Dorthe bekræfter, at vi kan tage imod et parti paller om torsdagen.

Venlig hilsen
Henning Bast
=== hand-news da
Sport: Rasmus Kjeldbæk blev dømt offside to gange, før han scorede på straffespark i det 88. minut. Dommeren Kim Thaysen gav desuden Lasse Mølgaard rødt kort.
=== hand-mail da
Hej Bodil

Husk at sætte Ulrik på blindkopi, når du sender tilbuddet til kunden. Og tak for din fængslende præsentation på kick-off – alle talte om den bagefter!

Hilsen
Vagn
=== hand-note da
Referat fra SU-mødet 03.03
Deltagere: Hanne Lyng (direktør), Mogens Tind (HR), Ulla Damsgaard (økonomi)
Ledelsen orienterede om den nye overenskomst med HK, som træder i kraft 1. april. Sygefraværspolitikken revideres, og der afholdes førstehjælpskursus for alle i maj.
=== hand-mail da
Hej Signe

Kan du hjælpe mig med at finde en hal til vores julegudstjeneste for beboerne? Præsten fra Skt. Lukas Kirke har sagt ja til at komme. Alle i opgangen er inviteret.

Hilsen
Inger Bech, formand for beboerforeningen
=== hand-hr da
Stillingsopslag: Sygeplejerske til onkologisk afdeling, Herlev Hospital. Du får ansvar for patienter i kemobehandling og indgår i et tværfagligt team. Kontakt oversygeplejerske Lene Fredsted for mere information.
=== hand-mail da
Hej Asger

Virksomhedens DNA er kundeservice, og det skal vores nye medarbejdere mærke fra dag ét. Kan du og Camilla lave introforløbet til marts?

Mvh
Tobias
=== hand-mail da
Hej Martin

Jeg drejer til venstre ved rundkørslen og parkerer ved Fagbevægelsens Hus, hvor mødet om den nye vej er. Er du med? Mødet er arrangeret af grundejerne, ikke af nogen partier.

Hilsen
Erling
=== hand-chat da
Freja: hvor skal vi spise?
Nikolaj Brun: den nye thai-restaurant på Jægersborggade? de har også glutenfrit og halal på menuen
=== hand-news da
Undersøgelse: Hver femte dansker har oplevet diskrimination på grund af etnisk oprindelse, viser en ny rapport fra Institut for Menneskerettigheder. 1.800 personer deltog.
=== hand-note da
Fra referatet: Marianne Bøg er valgt som arbejdsmiljørepræsentant for lageret af medarbejderne. Hun deltager i arbejdsmiljøudvalget sammen med lederen.
=== hand-mail da
Hej Lise

Tak fordi du tog med din far til fysioterapeuten i går – så kunne jeg passe butikken. Husk at registrere timerne som afspadsering.

Mvh
Bjarne
=== hand-mail da
Kære kunde

Iris Holm er din nye kontaktperson hos Ejendomsservice Nord. Du kan fange hende på 98 12 34 56 alle hverdage.

Venlig hilsen
Kundeservice
=== hand-mail da
Hej Vivi

Jeg tager på barsel fra 1. juni og er væk i 24 uger. Min kollega Jonas overtager vagtplanen imens.

Hilsen
Anders Kold
=== hand-chat da
Kristian: hvad skal du i weekenden?
Sara Møller: skal til 40-års fødselsdag hos min kusine i Silkeborg, og søndag til Jødisk Museum med min kæreste Tobias
=== hand-news da
Byrådet i Holstebro har vedtaget budgettet med stemmer fra Socialdemokratiet, Venstre og SF. Borgmesteren kaldte det et ansvarligt budget med plads til flere sygeplejersker.
=== hand-mail da
Hej Pernille

Lidt nyt fra afdelingen, inden du kommer tilbage fra ferie:
- Kantinen holder lukket i uge 30.
- Vi har fået ny kopimaskine på 1. sal.
- ⟦health|Torben er tilbage efter tre måneder på afvænning og starter stille op med 20 timer.⟧
- Husk at godkende timesedler.

Kh Jette
=== hand-note da
Vagtskifte, afd. B4, kl. 15
Stue 3: Kirsten Dal – rolig dag, spiste godt.
⟦health|Stue 4: Villy Kjeldgaard – går til dialyse tre gange om ugen, næste gang torsdag kl. 8, husk faste fra kl. 24.⟧
Stue 5: tom, klargjort.
=== hand-mail da
Hej Gorm

Vi søger en afløser til Bo Nyland i foråret. ⟦health|Bo er kræftramt og skal igennem endnu en operation i marts.⟧ Har du nogen i dit netværk?

Venlig hilsen
Anita
=== hand-chat da
Brian: hvem er den nye på lageret
Henning Lauge: ⟦trade_union|det er Erik, han har været 3F'er i 30 år og var tillidsmand på havnen⟧
=== hand-mail da
Kære alle

Tillykke til Mette Bruun med de 25 år i kommunen! ⟦political_opinion|Mette har også været partimedlem hos Socialdemokratiet siden 1998 og sidder i bestyrelsen for partiforeningen i Greve.⟧ Vi fejrer hende fredag kl. 14.

Hilsen Direktionen
=== hand-mail da
Hej Jacob

Til planlægningen af fødselsdagsfejringen: ⟦religion|Jens er Jehovas Vidne og fejrer ikke fødselsdage, så vi springer sangen over og holder det som en almindelig kaffepause.⟧

Mvh Line
=== hand-mail da
Hej Birgit

⟦religion|Miriam har fået fri i uge 19, fordi hun tager på pilgrimsrejse til Lourdes med sin katolske menighed.⟧ Kan du tage hendes vagter?

Mvh
Ole
=== hand-note da
Referat, samtale med Nuka Kleist
⟦ethnic_origin|Nuka, der er grønlænder fra Uummannaq, beskriver, at hun savner det grønlandske fællesskab i Aalborg.⟧ Vi aftaler en henvisning til Det Grønlandske Hus.
=== hand-chat da
Sofie: hvem er det, der skal med til Aarhus?
Jakob Tang: ⟦sexual_orientation|Kasper og hans kæreste Jonathan, de har lige købt hus i Brabrand⟧
=== hand-mail da
Hej Malene

⟦sexual_orientation|Lærke Bundgaard har spurgt, om hun kan melde sig ind i vores LGBT+-netværk, da hun er lesbisk og gerne vil møde andre på arbejdspladsen.⟧ Kan du sende hende et link?

Mvh
Jonas
=== hand-note da
Sag 2026-114, butikschefens notat
⟦criminal_records|Michael Strand har vedtaget et bødeforelæg på 3.000 kr. for butikstyveri fra vores forretning i Rødovre.⟧ Han har fået butiksforbud i et år.
=== hand-chat da
Stine: er Kenni ude nu?
Dennis Roed: ⟦criminal_records|ja, han blev løsladt fra Horserød i sidste uge efter de 8 måneder⟧
=== hand-mail da
Hej Maria

⟦genetic+health|Den genetiske udredning viste, at vores søn Mathias har Marfans syndrom, så han skal følges på Rigshospitalet en gang om året.⟧ Derfor beder jeg om fri den 3. juni.

Venlig hilsen
Christian Holt
=== hand-mail da
Hej IT

⟦biometric|Rikke Sandahl er nu oprettet i den nye tidsregistrering med ansigtsgenkendelse ved indgangen.⟧ Hun skal stadig have et almindeligt kort til kantinen.

Mvh Service
=== hand-note da
Kommunens integrationsafdeling
⟦religion+ethnic_origin|Hassan Aziz er shiamuslim og kurder, og han ønsker en tolk der taler sorani, ikke arabisk.⟧
=== hand-mail da
Hej Karin,

⟦health+trade_union|Tillidsrepræsentant Sami Yousef (HK) deltager i mødet om Anjas sygemelding; hun har fået en hjerneblødning og er på genoptræning.⟧

Mvh
Lone, HR
=== hand-form da
HELBREDSERKLÆRING – KØREKORT (scannet)
Navn: Erling Vedsted        Fødselsår: 1954
Lider De af:
{{[X] Sukkersyge (diabetes)   [ ] Epilepsi   [ ] Hjertesygdom
⟦health|Hvis ja, uddyb: Type 2, tabletbehandlet siden 2019⟧||[ ] Sukkersyge (diabetes)   [ ] Epilepsi   [ ] Hjertesygdom
Hvis ja, uddyb:}}
Underskrift: E. Vedsted
=== hand-mail da
Hej Susanne

Jeg sender lige Peters svar videre, så du kender baggrunden.

> Hej Carina
> Tak for invitationen til teamdagen. {{⟦health|Jeg kan desværre ikke deltage i kanoturen, da jeg stadig er i kemoterapi for min lymfekræft.⟧||Jeg kan desværre ikke deltage i kanoturen, da jeg har lovet at køre min datter til håndboldstævne.}}
> Mvh Peter Rosendahl

Kh Carina
=== hand-mixed da
Besked fra Aula – 3.B, Hjallerup Skole
Kære forældre til Malthe
{{⟦health|Som aftalt på mødet er Malthes ADHD-udredning nu afsluttet, og han får fremover en støttepædagog i dansktimerne.⟧||Som aftalt på mødet afholder vi temaaften om ADHD og læring for alle forældre på årgangen torsdag kl. 19.}}
Venlig hilsen Pernille Gade, klasselærer
=== hand-chat da
[Messenger] Bente Holm: hvordan går det med din søster?
[Messenger] Jytte Kjær: {{⟦health|hun er kommet hjem fra Psykiatrisk Center, de siger det er bipolar lidelse⟧||hun er kommet hjem fra Thailand, de havde en fantastisk tur}}
=== hand-note da
Notat, borgerservice Bornholm
Borger: Knud Arne Kofoed, Aakirkeby
Borgeren fortæller på bornholmsk: "{{⟦health|Ja har fåt et nyt hjærta i vinters, så ja ka inte gå te Rønne mere⟧||Ja har fåt en ny bil i vinters, så ja ka køra te Rønne sjæl nu}}".
Sagsbehandler: Marlene Ipsen
=== hand-mail da
Kære medlemmer af Lions Club Sønderborg

{{⟦political_opinion|Vores kasserer, Jørgen Clausen, stiller op til kommunalvalget for Slesvigsk Parti og har bedt om orlov fra bestyrelsen frem til valget.⟧||Vores kasserer, Jørgen Clausen, har bedt om orlov fra bestyrelsen frem til efteråret, da han skal bygge om derhjemme.}}

Med venlig hilsen
Formanden
=== hand-hr da
Exit-samtale, referat
Medarbejder: Rasmus Gjerløv
{{⟦trade_union|Rasmus oplyser, at han som tillidsrepræsentant for Dansk Metal har oplevet et dårligt samarbejde med produktionschefen.⟧||Rasmus oplyser, at han som teamkoordinator har oplevet et dårligt samarbejde med produktionschefen.}}
Årsag til fratræden: nyt job i Vejle.
=== hand-mail da
Hej Signe

Personalebladet til december er næsten klar. Indhold:
- Interview med Lone Juhl om det nye lager i Taulov.
- Julefrokost: Peter Dam og Sara Bendtsen står for musikken.
- Sundhedsordningen: Alle kan nu få gratis influenzavaccine.
- Fagforeningernes nye overenskomst: Se oversigten på intranettet.
- Vi var med i Aarhus Pride med 40 kolleger – tak til Mikkel Hvid for bannerne!
Kh Ditte
"""
