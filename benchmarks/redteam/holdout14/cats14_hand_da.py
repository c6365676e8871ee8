"""Hand-written Danish documents of the v14 categories hold-out (markup: ``cats14_markup.py``)."""

BANK = """
=== hand-pair da
Hej Lone
Jeg kommer ikke ind i morgen. {{⟦health|Lægen har sygemeldt mig i tre uger på grund af min diskusprolaps.⟧||Min søn har fødselsdag, og jeg har fået lov til at afspadsere.}}
Mvh Torben Kjeldsen, lager

=== hand-pair da
Referat af personalemøde, Brøndby afdeling, 4. marts
Til stede: Gitte, Asger, Pernille, Ole (ref.)
Pkt. 3: {{⟦trade_union|Asger er valgt som ny tillidsrepræsentant for HK-medlemmerne og overtager efter Pernille.⟧||Asger er valgt som ny kaffeansvarlig og overtager efter Pernille.}}
Pkt. 4: Eventuelt. Intet.

=== hand-pair da
Kære Sanne
Tak for samtalen i går. Som aftalt noterer jeg i din personalemappe, at {{⟦health|du går til samtaler hos psykolog for angst hver anden torsdag og derfor møder kl. 10 de dage⟧||du henter dine børn i vuggestuen hver anden torsdag og derfor går kl. 14 de dage}}.
Venlig hilsen
Birgitte Holm, HR

=== hand-pair da
Kundeservice-log, sag 88213
Kunden Jeppe Rosendahl ringer om sin ordre på et hæve-sænkebord.
{{⟦health|Han oplyser, at han er blevet opereret i ryggen og skal have bordet leveret og samlet, fordi han ikke må løfte.⟧||Han oplyser, at han er flyttet og skal have bordet leveret til den nye adresse i Vejle.}}
Løsning: ny levering bestilt.

=== hand-pair da
Hej alle i Team Nord
{{⟦religion|Mikkel holder fri fredag eftermiddag i ramadanen for at nå fredagsbønnen i moskeen på Vesterbro.⟧||Mikkel holder fri fredag eftermiddag i april for at nå sin datters håndboldkamp i Ballerup.}} Ring til Signe i stedet.
/Helle

=== hand-pair da
Notat fra sagsbehandler, Jobcenter Holbæk
Borger: Kristian Aagaard
{{⟦criminal_records|Borgeren er løsladt fra Statsfængslet Møgelkær i januar efter en dom for vold og ønsker hjælp til at finde praktik.⟧||Borgeren er hjemvendt fra et højskoleophold i januar og ønsker hjælp til at finde praktik.}}
Næste samtale: 12. februar.

=== hand-pair da
Hej Jytte,
Jeg vil lige høre, om jeg kan få et andet skrivebord. {{⟦health|Jeg har fået konstateret sklerose, og det lange stykke fra indgangen til min plads er blevet for hårdt.⟧||Det lange stykke fra indgangen til min plads tager tid, når jeg har mange pakker med.}}
Hilsen Dorthe fra bogholderiet

=== hand-pair da
Chat med Netbank-support, 14:02
Kunde (Flemming Bruun): jeg kan ikke logge ind med min fingeraftryk-login efter opdateringen
Agent: Det beklager vi.
{{⟦biometric|Agent: Jeg kan se, at din fingeraftryksskabelon er slettet fra vores system. Du skal registrere din finger igen i appen.⟧||Agent: Jeg kan se, at din adgangskode er udløbet. Du skal vælge en ny i appen.}}

=== hand-pair da
Overdragelsesnotat – Ditte Ravnsholt fratræder 31/5
{{⟦trade_union|Ditte har været kasserer i Dansk Sygeplejeråds kreds og skal have fjernet sin adgang til kredsens mapper.⟧||Ditte har været kasserer i personaleforeningen og skal have fjernet sin adgang til foreningens mapper.}}
Bærbar afleveres til IT.

=== hand-pair da
Kære Karen og Lise
{{⟦sexual_orientation|Tillykke med brylluppet! Vi glæder os til at byde jer velkommen som nye medlemmer af vores forening for regnbuefamilier.⟧||Tillykke med flytningen! Vi glæder os til at byde jer velkommen som nye medlemmer af grundejerforeningen.}}
Hilsen bestyrelsen

=== hand-pair da
Mødenotat – udviklingssamtale med Rasmus Friis
{{⟦political_opinion|Rasmus nævnte, at han stiller op for Enhedslisten til kommunalvalget og ønsker nedsat tid i valgkampen.⟧||Rasmus nævnte, at han skal på efteruddannelse i foråret og ønsker nedsat tid i den periode.}}
Opfølgning: Lederen vender tilbage.

=== hand-pair da
Hej Kasper
Vedr. din ansøgning til vagtselskabet: {{⟦criminal_records|Din straffeattest viser en betinget dom for tyveri fra 2023, og vi kan derfor ikke ansætte dig som vagt.⟧||Din straffeattest er ren, men stillingen er desværre besat.}}
Med venlig hilsen
Securitas Rekruttering

=== hand-pair da
Hej Mette,
{{⟦genetic|Gentesten fra Rigshospitalet viste, at jeg bærer den samme BRCA1-mutation som min mor, så jeg skal til kontrol to gange om året.⟧||Rigshospitalet har flyttet min mors kontrol til fredag, så jeg skal køre hende derind.}} Jeg tager fri om formiddagen.
Anne

=== hand-pair da
Indlæg i Facebook-gruppen "Forældre i 3.B"
Hej alle. {{⟦ethnic_origin|Vi er en romafamilie fra Slovakiet og har oplevet, at vores søn bliver drillet med det i frikvarteret.⟧||Vi er lige flyttet fra Slovakiet og har oplevet, at vores søn bliver drillet med sin accent i frikvarteret.}} Er der andre, der har oplevet noget lignende?
Mvh Marek Horváth

=== hand-pair da
Sygemelding via Planday, besked til vagtplanlægger
Fra medarbejder Ida Lund: {{⟦health|Jeg er indlagt med blindtarmsbetændelse og er opereret i nat. Kommer ikke på vagter resten af ugen.⟧||Jeg har byttet vagt med Nanna på lørdag. Hun har sagt ja i chatten.}}

=== hand-pair da
Personalenyt, uge 12
{{⟦religion|Velkommen tilbage til Jakob Mørch, som har været på orlov for at gennemgå præsteuddannelsen i Pinsekirken og nu er døbt voksen.⟧||Velkommen tilbage til Jakob Mørch, som har været på orlov for at bygge hus i Odder.}}
Kantinen holder lukket fredag.

=== hand-pair da
Journalnotat, tandklinikken Nørregade
Patient: Steffen Krogh
{{⟦health|Patienten oplyser, at han er i blodfortyndende behandling efter en blodprop i hjertet; udtrækning udskydes.⟧||Patienten oplyser, at han ønsker tid om morgenen; udtrækning planlægges til næste uge.}}

=== hand-pair da
Besked i Teams fra Louise til Preben
{{⟦trade_union|Jeg har talt med min fagforening, 3F, og de sender en faglig sagsbehandler med til mødet om min opsigelse.⟧||Jeg har talt med min advokat, og han sender et brev om hegnet til naboen i næste uge.}}

=== hand-pair da
Klage til Rejsekort kundeservice
Jeg hedder Vibeke Dam og {{⟦health|er blind, og automaten på Skanderborg station har ingen lyd, så jeg kan ikke tjekke ind uden hjælp.⟧||bor i Skanderborg, og automaten på stationen har været i stykker i tre uger.}}

=== hand-pair da
Notat til forsikringssag 2024-1177
Skadelidte: Carsten Vad
{{⟦criminal_records|Carsten Vad er ved byretten dømt for spirituskørsel i forbindelse med ulykken og har fået frakendt kørekortet i tre år.⟧||Carsten Vad har fremsendt fotos af bilen og værkstedets overslag.}}

=== hand-pair da
Kære Ebbe
{{⟦political_opinion|Tak fordi du vil være stiller for Venstre i Vejen Kommune. Vi sender blanketten til digital underskrift.⟧||Tak fordi du vil være stiller til bestyrelsesvalget i Vejen Golfklub. Vi sender blanketten til digital underskrift.}}
Hilsen Kirsten

=== hand-pair da
Adgangskontrol – hændelseslog, hovedkontor Aarhus
{{⟦biometric|Medarbejder Susanne Vinther: irisscanning registreret ved døren til serverrummet 07:58.⟧||Medarbejder Susanne Vinther: nøglekort brugt ved døren til serverrummet 07:58.}}

=== hand-pair da
Til daglig leder, børnehaven Mælkebøtten
{{⟦health|Vores datter Freja har fået diagnosen type 1-diabetes og skal have målt blodsukker før frokost.⟧||Vores datter Freja skal hentes af sin mormor på torsdage fra næste måned.}}
Hilsen Malene og Thomas Hviid

=== hand-pair da
SMS fra Lene til holdleder
{{⟦sexual_orientation|Min kæreste Sofie og jeg skal til informationsmøde på fertilitetsklinikken, så jeg kommer en time senere.⟧||Min kæreste og jeg skal til syn med bilen, så jeg kommer en time senere.}}

=== hand-pair da
Ansættelsesbrev, tillæg
Medarbejder: Niels Holt
{{⟦health|Niels Holt er ansat efter § 56 i sygedagpengeloven på grund af kronisk tarmsygdom, så arbejdsgiveren får refusion fra første fraværsdag.⟧||Niels Holt er ansat på nedsat tid de første tre måneder efter eget ønske.}}

=== hand-pair da
Referat fra menighedsrådsmøde, Skt. Lukas
{{⟦religion|Nyt medlem: Aksel Brandt, der er konverteret fra islam og blev optaget i folkekirken ved dåben i maj.⟧||Nyt medlem: Aksel Brandt, der er flyttet til sognet og er valgt som kasserer.}}

=== hand-pair da
Sagsnotat, kommunens ydelsesservice
{{⟦ethnic_origin|Ansøgeren, Aviaaja Lynge, er grønlænder og har behov for tolk på grønlandsk til mødet.⟧||Ansøgeren, Aviaaja Lynge, har behov for et møde efter kl. 15 på grund af arbejde.}}

=== hand-pair da
Kære Bodil
Jeg skriver for at undskylde for i går. {{⟦health|Jeg var fuld til julefrokosten, fordi jeg faldt i igen efter to år uden alkohol, og jeg er startet i behandling på Ringgården.⟧||Jeg gik tidligt fra julefrokosten, fordi jeg skulle nå toget, og jeg glemte at sige farvel.}}
Ole

=== hand-pair da
Lønkontoret, korrektion af lønseddel
{{⟦trade_union|For Jesper Lauritsen trækkes fremover kontingent til Dansk Metal via lønnen, 512 kr. pr. måned.⟧||For Jesper Lauritsen trækkes fremover frokostordning via lønnen, 512 kr. pr. måned.}}

=== hand-pair da
Hej Signe
{{⟦genetic|Vi har modtaget svar på Emils genetiske undersøgelse: han har Fragilt X-syndrom, bekræftet ved DNA-analyse.⟧||Vi har modtaget svar på Emils ansøgning: han har fået plads i fritidsklubben fra august.}}
Venlig hilsen
Kirsten, PPR

=== hand-pos da
Hej Hanne
⟦health|Vil du sige til de andre, at jeg er sygemeldt med lungebetændelse?⟧ Jeg har fået penicillin og håber at være tilbage på mandag.
Mvh Lars

=== hand-pos da
Mødereferat, arbejdsmiljøudvalget 2. kvartal
⟦health|Pkt. 2: Sygefravær. Peter fra pakkeriet har været sygemeldt i seks uger med stress; han starter gradvist op med 15 timer om ugen.⟧
Pkt. 3: Nye sikkerhedssko bestilt.

=== hand-pos da
Kære Thomas
Som din leder vil jeg bekræfte, at du kan tage fri den 10. oktober til Yom Kippur. ⟦religion|Jeg ved, at det er den vigtigste dag for dig og din familie i synagogen.⟧
Venlig hilsen
Marianne

=== hand-pos da
Intern mail, juridisk afdeling
Vedr. ansøgeren Morten Sand: ⟦criminal_records|Han oplyser selv i ansøgningen, at han har afsonet to år for narkotikasmugling.⟧ Vi skal vurdere, om det har betydning for stillingen.

=== hand-pos da
Chat, kundeservice Telia
⟦trade_union|Kunde: Hej, jeg hedder Mads og er medlem af FOA, får jeg så rabat på abonnementet gennem fagforeningsaftalen?⟧
Agent: Ja, det gør du.

=== hand-pos da
Til Ældreplejen, Ikast
⟦health|Min mor, Gerda Skov, har fået demens og kan ikke længere selv tage sin medicin.⟧ Vi ønsker derfor hjælp morgen og aften.
Hilsen sønnen Henrik Skov

=== hand-pos da
Indlæg på Linkedin
⟦sexual_orientation|Jeg er stolt af at være den første åbent homoseksuelle formand for Jysk Håndværkerforening.⟧ Tak for opbakningen! /Jesper Brix

=== hand-pos da
Klage til Falck Hjemmehjælp
⟦health|Jeg er sukkersyg og skal have min insulin kl. 8 hver morgen, men jeres medarbejder kom først kl. 11 i går.⟧ Det er tredje gang.
Mvh Poul Eskildsen, Thyregod

=== hand-pos da
Hej Camilla
⟦religion|Jeg har tænkt over det, og jeg vil gerne have fri til Eid den 30. marts.⟧ Det er første gang, hele familien kan holde det sammen.
Mange hilsner
Rima

=== hand-pos da
HR-notat, fortroligt
⟦political_opinion|Medarbejderen Anders Bæk har oplyst, at han er stemt ind som kandidat for Dansk Folkeparti i region Syddanmark.⟧ Han er gjort opmærksom på retningslinjerne for politisk arbejde i arbejdstiden.

=== hand-pos da
Tjekliste, nyansat, Klinik Syd
Navn: Trine Ladefoged
⟦biometric|Ansigtsgenkendelse til medicinskabet: skabelon oprettet 3/9 (se adgangssystemet).⟧
Nøgle til omklædning: udleveret.

=== hand-pos da
Kære Søren
⟦ethnic_origin|Efter vores samtale har jeg forstået, at du er dansker med tyrkisk-kurdisk baggrund, og at du gerne vil være kontaktperson for de kurdisktalende familier.⟧ Det er en god idé.
Hilsen Kim, skoleleder

=== hand-pos da
Hej, det er Susanne fra 4. sal. ⟦health|Jeg er gravid og har fået besked på at undgå at løfte, så jeg kan desværre ikke hjælpe med at bære flyttekasser i weekenden.⟧

=== hand-pos da
Notat, personaleafdeling
⟦criminal_records|Medarbejder Frederik Nørby har meddelt, at han er tiltalt for vold mod en dørmand og skal i retten i Glostrup 14. juni.⟧ Han ønsker fri den dag.

=== hand-pos da
Hej Gitte – bare så du ved det, inden du møder Christian i morgen: ⟦political_opinion|han er lige gået ud af Socialdemokratiet efter 20 år og er blevet medlem af Moderaterne.⟧ Han er lidt øm over emnet.

=== hand-pos da
Referat af mødet i Lokal 12, Dansk El-Forbund
Til stede: Esben Kaas (formand), Villads Hegn, Rikke Moos.
⟦trade_union|Villads blev valgt som ny fællestillidsrepræsentant på værftet.⟧

=== hand-neg da
Sygefraværspolitik for Nordvest Logistik A/S
Meld dig syg til din nærmeste leder inden kl. 7. Ved fravær over 14 dage indkaldes du til en sygefraværssamtale. Oplys aldrig din diagnose; lederen må kun spørge til, hvad du kan og ikke kan.

=== hand-neg da
Stillingsopslag: Tillidsrepræsentant-koordinator til HK Hovedstaden
Vi søger en erfaren medarbejder, der kan støtte vores tillidsvalgte. Kendskab til overenskomster er en fordel. Ansøgningsfrist 1. maj.

=== hand-neg da
Hej Lene
Kan du bestille to kasser kopipapir og et nyt førstehjælpskit til kontoret? Det gamle er udløbet. Plaster, gazebind og en øjenskyller.
Tak! Jesper

=== hand-neg da
Pressemeddelelse fra Region Midtjylland
Antallet af diabetespatienter i regionen er steget med 4 % siden 2022. Regionen åbner derfor to nye diabetesambulatorier i Herning og Randers.

=== hand-neg da
Referat, ledermøde, 8. maj
Pkt. 1: Sygefraværet i kvartalet var 4,1 %, lavere end sidste år.
Pkt. 2: Vi overvejer at tilbyde alle medarbejdere en forebyggende sundhedsordning med fysioterapi.
Pkt. 3: Bestyrelsen godkender budgettet.

=== hand-neg da
Hej Rikke
Jeg er ikke syg, bare træt efter flytningen. Jeg kommer som normalt i morgen.
Anne-Mette

=== hand-neg da
Nyhedsbrev fra Dansk Metal, Aalborg
Overenskomstforhandlingerne er afsluttet. Mindstelønnen stiger med 2,8 % pr. 1. marts. Husk at opdatere dine kontaktoplysninger i appen.

=== hand-neg da
Hej alle
Julefrokosten er fredag den 6. december. Der er både halal-, vegetar- og svinekødsretter, så sig til, hvis I har særlige ønsker. Der er også alkoholfri drinks.
/Personaleforeningen

=== hand-neg da
Kundeservice, standardsvar
Tak for din henvendelse om rabat for medlemmer af fagforeninger. Vi tilbyder desværre ikke længere rabat gennem fagforeningsaftaler. Har du spørgsmål, er du velkommen til at ringe.

=== hand-neg da
Kære kolleger
Husk, at man i Danmark ikke må spørge om religion, politisk holdning eller fagforeningsmedlemskab ved en jobsamtale. Se vores nye guide på intranettet.
Venlig hilsen HR

=== hand-neg da
Notat: Ansøgning om § 56-aftale
En § 56-aftale kan indgås, når en medarbejder har en kronisk eller langvarig sygdom. Ansøgningen sendes til kommunen via virk.dk. Arbejdsgiveren får refusion fra første dag.

=== hand-neg da
Intern chat, #salg
Gitte: hvem kan tage mødet med Novo på torsdag?
Bo: jeg kan godt, men jeg er til tandlæge kl 9
Gitte: super, så starter vi kl 11

=== hand-neg da
Forsikringsbetingelser, Tryg Indbo
Dækningen omfatter ikke skader, der er sket under påvirkning af alkohol eller euforiserende stoffer, eller skader forvoldt med forsæt.

=== hand-neg da
Hej Mette
Min nabo sagde, at nogen i opgangen havde været i fængsel, men jeg ved ikke, hvem det er, og det er nok bare sladder. Kan vi få skiftet låsen til kælderen alligevel?
Mvh Dorte, nr. 14, 2. th.

=== hand-neg da
Mødereferat, bestyrelsen for Vejle Moské-forening
Regnskabet for 2024 blev godkendt. Taget over bederummet skal repareres for 180.000 kr. Næste møde 3. september.

=== hand-neg da
Artikel i Ingeniøren
Flere virksomheder bruger fingeraftryk og ansigtsgenkendelse til adgangskontrol. Datatilsynet minder om, at biometriske data kræver et særligt grundlag, og at et nøglekort ofte er nok.

=== hand-neg da
Hej Torben
Tak for din ansøgning til stillingen som sygeplejerske på kardiologisk afsnit. Vi vil gerne invitere dig til samtale tirsdag kl. 10.
Venlig hilsen
Hanne Friis, afdelingssygeplejerske

=== hand-neg da
Valgplakat-tilladelse, Teknik og Miljø
Partierne må hænge valgplakater op fra 14. oktober. Plakater skal fjernes senest 8 dage efter valget. Overtrædelse koster 500 kr. pr. plakat.

=== hand-neg da
Hej Søren
Filmen om Anders Fogh var god, synes jeg, men alt for lang. Skal vi se den nye danske krimi på fredag?
Pernille

=== hand-pos da
Referat, fraværssamtale med Lone Juhl
Lone fortalte, at hun har været meget væk, fordi hendes søn har autisme og ikke kan passes i klubben. ⟦health|Hun har selv fået konstateret fibromyalgi og har ondt i hele kroppen om morgenen.⟧
Aftale: Lone starter kl. 9 de næste to måneder.

=== hand-pos da
Hej Poul
Jeg har snakket med Kirsten fra kantinen. ⟦religion|Hun er Jehovas Vidne og vil derfor ikke være med til at pynte op til jul,⟧ men hun tager gerne en ekstra vagt til sommerfesten.
Helle

=== hand-pos da
Kære Ebbe
⟦trade_union|Som din tillidsrepræsentant i Serviceforbundet⟧ vil jeg bekræfte, at jeg deltager i mødet. ⟦health|Jeg har forstået, at du har været sygemeldt med PTSD siden røveriet i butikken,⟧ og det skal vi have talt om.
Med venlig hilsen
Mette Gram

=== hand-pos da
Notat, personaleafdelingen, Kerteminde Kommune
⟦criminal_records|Medarbejderen Bo Skaarup er idømt 40 dages fængsel for vold mod sin nabo og afsoner med fodlænke fra 1. marts.⟧ ⟦health|Han oplyser samtidig, at han er i behandling for et alkoholproblem.⟧

=== hand-pos da
Hej Lise, tak for kaffen i går. Det er så fint, at din far har fået det bedre. ⟦health|Jeg håber, at hans nye hjerteklap holder,⟧ og hils ham fra mig.
Mange hilsner Annette

=== hand-pos da
Ansøgning om nedsat tid, Kasper Lind
⟦health+genetic|Min datter og jeg har begge cystisk fibrose, bekræftet ved gentest på Skejby.⟧ Jeg har brug for at kunne gå kl. 14 to dage om ugen.

=== hand-pos da
Hej alle, det er Villads. Jeg flytter til Aabenraa, fordi min kæreste Mads har fået job der. ⟦sexual_orientation|Vi har været sammen i fem år og skal giftes til sommer, så I er alle inviteret til brylluppet på rådhuset.⟧

=== hand-pos da
Velkomstmail til nye medlemmer, Dansk Sygeplejeråd
Kære Hanne Møller
⟦trade_union|Velkommen som medlem af Dansk Sygeplejeråd fra 1. februar.⟧ Dit medlemsnummer står i appen.

=== hand-neg da
Hej Jørgen
Hvis en medarbejder en dag fortæller dig om en alvorlig sygdom, så lyt, og spørg, hvad vi kan gøre. Skriv ikke diagnosen ned. Det er bare et generelt råd fra HR før dit første lederår.
Marianne

=== hand-neg da
Kære Steffen
Nej, jeg er ikke medlem af nogen fagforening, og jeg har aldrig været det. Jeg vil gerne høre om jeres lønsikring alligevel.
Vibeke

=== hand-neg da
Intern mail
En kunde ringede i går og sagde, at hun var kræftsyg, men hun ville ikke oplyse navn eller kundenummer, og vi kunne ikke finde hende. Sagen er lukket.
/Kundeservice

=== hand-neg da
Referat fra bestyrelsesmøde, Karlslunde Boldklub
Vi har tilmeldt et hold til Pride-løbet og et til Kræftens Bekæmpelses Stafet for Livet. Kassereren sørger for startgebyret.

=== hand-neg da
Hej Dorthe
Jeg stemmer altid, men jeg siger aldrig hvad, heller ikke til min mand. Kan vi ikke bare snakke om noget andet til frokost i morgen?
Ulla

=== hand-neg da
Tilbud fra Falck Healthcare
Vi tilbyder alle jeres medarbejdere psykologhjælp, fysioterapi og en sundhedstjek-ordning for 89 kr. pr. medarbejder pr. måned.

=== hand-neg da
Kære Ole
Din rolle som hospitalspræst på Odense Universitetshospital starter 1. april. Du har kontor i stueetagen ved kapellet.
Venlig hilsen, ledelsen

=== hand-neg da
Lokalavisen, erhverv
Advokatfirmaet Holm & Lund har specialiseret sig i straffesager og har åbnet et nyt kontor i Kolding med fem forsvarsadvokater.

=== hand-neg da
Hej Nanna
Tak for din fine tale i forsamlingshuset. Især historien om din farmor, der kom til Danmark i 1956, rørte mange. Vi ses til sommerfesten.
Karen

=== hand-pos da
Notat fra opstartsmøde, praktikant Ahmad Rasuli
⟦ethnic_origin+religion|Ahmad er hazara og shiamuslim fra Afghanistan og beder om et sted at bede ved middagstid.⟧ Vi har fundet et hjørne i mødelokale 2.
Mentor: Lars fra værkstedet.

=== hand-pos da
Hej Jens
⟦political_opinion|Tak for din tale på SF's landsmøde,⟧ og ⟦trade_union|tillykke med valget som næstformand i FOA Sydjylland.⟧ Jeg ringer i næste uge om samarbejdet.
Mvh Birthe
"""
