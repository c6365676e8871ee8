"""Hand-written Danish documents for categories.jsonl (v7): positives and hard negatives, each written once."""

TEXT = r"""
=== psych da
Journalnotat, psykolog Hanne Bruun
Klient: Martin Vestergaard
⟦health|Martin beskriver tilbagevendende panikanfald siden skilsmissen og sover 3-4 timer om natten.⟧ Vi aftaler eksponeringsøvelser til næste gang.
=== psych da
Kære alle forældre
Skolepsykologen holder åben rådgivning hver torsdag kl. 14-16 i lokale 12. Her kan I tale om alt fra skoleangst til søvnproblemer. Det er gratis og anonymt.
=== physio da
Hej Lone, jeg må aflyse tirsdag igen. ⟦health|Min diskusprolaps er blusset op, og lægen har sat mig på Tramadol.⟧ Jeg ringer når jeg kan gå ordentligt. /Preben
=== physio da
Fysioterapeut søges til vores klinik i Viborg. Du skal have erfaring med genoptræning efter knæoperationer og lyst til at arbejde med ældre borgere. Løn efter overenskomst.
=== homecare da
Overlevering aften, Solbakken
⟦health|Erling (stue 4) har haft feber 38,9 og hoster grønt; vagtlægen har ordineret penicillin.⟧ ⟦religion|Han bad om at få besøg af sognepræsten i morgen, fordi han gerne vil tage nadver.⟧
=== homecare da
Kvalitetsstandard for personlig pleje 2027: Hjælpen tildeles efter en konkret vurdering. Borgere med demens kan få hjælpen tilrettelagt af faste medarbejdere.
=== fertility da
Hej Maria og Thomas
⟦health|Jeres tredje IVF-forsøg er desværre ikke lykkedes, og scanningen i dag viste en tidlig abort.⟧ Lægen ringer til jer i morgen for at tale om næste skridt.
Venlig hilsen Fertilitetsklinikken
=== fertility da
Vi tilbyder fertilitetsbehandling til enlige kvinder og par af samme køn. Læs mere om ventetider og egenbetaling på vores hjemmeside.
=== fertility da
⟦sexual_orientation|Min kone Sara og jeg har brugt donorsæd fra Cryos, og vi venter vores første barn i marts.⟧ ⟦health|Jeg er i 24. uge og har fået konstateret graviditetsdiabetes.⟧ Så jeg kan ikke løfte tungt på lageret fra nu af. Hilsen Rikke
=== adoption da
Udtalelse til Adoptionssamrådet om ansøgerne Kasper og Louise Friis
Ansøgerne fremstår stabile og velfungerende. ⟦health|Louise har oplyst, at hun har type 1-diabetes, som er velreguleret.⟧ Parret har et stort netværk.
=== adoption da
Kan man adoptere som enlig i Danmark? Ja, det kan man, men der stilles de samme krav til økonomi og helbred som til par.
=== familylaw da
Referat, børnesamtale i Familieretshuset
Barnet (Emil, 9 år) fortæller, at han gerne vil bo mest hos mor. ⟦criminal_records|Far, Henrik Bang Lauridsen, har en betinget dom for vold mod mor fra 2025, hvilket indgår i vurderingen.⟧
=== familylaw da
Forældremyndighed: Når forældre går fra hinanden, fortsætter den fælles forældremyndighed som udgangspunkt. Er I uenige, kan I søge Familieretshuset om hjælp.
=== familylaw da
Kære Line
Tak for mødet. ⟦health|Som jeg nævnte, har min eksmand Kristian været indlagt på psykiatrisk afdeling to gange i år med bipolar lidelse, og jeg er bekymret for samværet.⟧ Jeg har vedlagt udskrivningsbrevene.
Mvh Camilla
=== inkasso da
Rykkerprocedure: Vi sender tre rykkere med 10 dages mellemrum. Derefter overdrages kravet til inkasso. Vi registrerer ikke oplysninger om skyldners helbred eller sociale forhold.
=== inkasso da
Til Danske Inkasso
Jeg kan ikke betale afdragene lige nu. ⟦health|Jeg har været sygemeldt med kræft i tarmen siden juli og får kemo hver anden uge.⟧ Kan vi lave en afdragsordning på 300 kr. om måneden?
Venlig hilsen Jonas Ravn
=== bailiff da
Fogedretten noterede, at rekvisitus, Lars Møller Iversen, ikke var mødt. Der udstedes derfor anholdelsesbeslutning, så rekvisitus kan fremstilles til næste møde, jf. retsplejelovens § 493. Sagen genoptages 14.01.2027.
=== probate da
Boopgørelse, dødsboet efter Else Marie Thygesen
Arvingerne er enige om fordelingen. Afdøde var medlem af folkekirken, og bisættelsen fandt sted fra Vor Frue Kirke. Indbo fordeles efter lodtrækning.
=== probate da
Hej Birthe, jeg har talt med bedemanden. ⟦religion|Niels ønsker ikke at deltage i kirken, fordi han er trådt ud af folkekirken og kalder sig ateist,⟧ men han kommer til kaffen bagefter. Knus Dorte
=== will da
Testamente, § 4: Min samling af fagforeningsfaner fra 1920'erne skænkes til Arbejderbevægelsens Bibliotek.
Testator: Aage Villy Pedersen
=== will da
Tillæg til testamente
⟦religion|Jeg, Grete Hansen, ønsker som praktiserende katolik at blive begravet efter katolsk ritual med requiem-messe i Sankt Andreas Kirke.⟧ Min formue fordeles som anført i hovedtestamentet.
=== tingl da
Servitut lyst på matr.nr. 14b: Ejendommen må ikke anvendes til forsamlingshus for religiøse eller politiske foreninger. Servitutten er fra 1931 og vurderes forældet.
=== farm da
Kontrolrapport, Landbrugsstyrelsen
Ved kontrollen 12.09. var ejeren, Kristian Højgaard, ikke til stede. ⟦health|Hans hustru oplyste, at han er sygemeldt efter en arbejdsulykke med et knust bækken.⟧ Kontrollen gennemføres igen i oktober.
=== fishing da
Bestyrelsen for Thyborøn Fiskeriforening
Foreningen har i år haft 43 medlemmer. Generalforsamlingen vedtog at støtte kampagnen mod bundtrawl i Kattegat. Formand: Ole Brink Andersen.
=== military da
Forsvarets Dag - resultat
⟦health|Mikkel Stenbæk Lauritsen er vurderet "ikke egnet" på grund af astma og nedsat hørelse på venstre øre.⟧ Han fritages for værnepligt.
=== military da
Hvem skal møde til Forsvarets Dag? Alle unge mænd, der fylder 18, indkaldes. Kvinder kan møde frivilligt. Du kan blive fritaget af helbredsmæssige grunde.
=== military da
Hej Jens, tak for invitationen til regimentets jubilæum. ⟦health|Jeg kommer desværre ikke, jeg er stadig i behandling for PTSD efter udsendelsen til Afghanistan,⟧ og store forsamlinger er svære for mig. Hilsen Kasper
=== tax da
Årsopgørelse 2025 for Frederik Holst-Madsen
Personlig indkomst 412.330 kr.
⟦religion|Kirkeskat (medlem af folkekirken) 2.741 kr.⟧
⟦trade_union|Fradrag for fagligt kontingent (HK Danmark) 7.000 kr.⟧
=== tax da
Vejledning: Du kan trække kontingent til fagforening og a-kasse fra i skat. Fradraget for fagligt kontingent er maksimalt 7.000 kr. om året.
=== tax da
Hej Skattestyrelsen
⟦religion|Jeg meldte mig ud af folkekirken i august, men jeg betaler stadig kirkeskat på min forskudsopgørelse.⟧ Kan I rette det?
Venlig hilsen Amira Haddad
=== appeal da
Klage over afslag på sygedagpenge
⟦health|Jeg har haft svær depression og angst siden foråret og har været i behandling hos psykiater.⟧ Kommunen har ikke indhentet oplysninger fra min psykiater, før de traf afgørelse. Jeg beder Ankestyrelsen om at se på sagen.
Sebastian Krogh
=== appeal da
Ankestyrelsens principmeddelelse 12-26 om sygedagpenge ved psykisk sygdom: Kommunen skal indhente lægelige oplysninger, før den træffer afgørelse om ophør.
=== su da
Hej SU-kontoret
⟦health|Jeg søger om handicaptillæg, fordi jeg er ordblind og har ADHD, hvilket er dokumenteret af PPR og min læge.⟧ Jeg vedlægger erklæringerne.
Nanna Holt
=== su da
Du kan søge handicaptillæg til SU, hvis du har en varig psykisk eller fysisk funktionsnedsættelse. Ansøgningen skal indeholde dokumentation fra en læge eller psykolog.
=== citizenship da
Ansøgning om indfødsret - supplerende oplysninger
⟦criminal_records|Ansøgeren, Ahmad Karimi, blev i 2022 idømt en bøde på 10.000 kr. for spirituskørsel,⟧ hvilket medfører en karenstid.
=== citizenship da
Indfødsretsprøven afholdes to gange årligt. Prøven består af 45 spørgsmål om danske samfundsforhold, kultur og historie.
=== namechange da
Ansøgning om navneændring
⟦religion|Jeg ønsker at tage navnet Yusuf, fordi jeg er konverteret til islam.⟧ Mit nuværende navn er Jakob Lindgaard Holm.
=== namechange da
Tilføjelse af mellemnavn: Du kan tage et mellemnavn, hvis du har tilknytning til navnet, fx fordi det er din mors pigenavn. Gebyret er 570 kr.
=== gender da
Hej Louise
Jeg har fået nyt cpr-nummer efter mit juridiske kønsskifte, så husk at rette det i lønsystemet og på adgangskortet. Mit navn er stadig Alex.
Mvh Alex Winther
=== gender da
Fra 2027 kan personer over 15 år ansøge om juridisk kønsskifte. Ansøgningen sker digitalt på borger.dk, og der er en refleksionsperiode på 6 måneder.
=== churchtax da
Kirkekontoret har i 2026 registreret 312 udmeldelser og 48 indmeldelser. Flest udmeldelser kom i januar, efter at årsopgørelsen blev sendt ud.
=== churchtax da
Bekræftelse fra Vor Frue Kirkekontor
⟦religion|Hermed bekræftes, at Frederik Holst-Madsen er udmeldt af folkekirken pr. 12.11.2026.⟧
=== union da
Faglig sag, 3F Vestjylland
⟦trade_union|Kenneth Bjerre har været medlem af 3F siden 2014 og er tillidsrepræsentant på pladsen.⟧ Arbejdsgiveren har afskediget ham med henvisning til samarbejdsvanskeligheder, hvilket vi anser for usagligt.
=== union da
Overenskomst for byggeriet 2025-2028: Lønnen stiger med 2,5 % om året. Der indføres en ny seniorordning. Aftalen er indgået mellem Dansk Byggeri og 3F.
=== union da
Hej alle på lageret
Jeg er blevet valgt som ny arbejdsmiljørepræsentant efter Jonna. Mit lokalnummer er 2241. Kom endelig forbi med forslag til bedre indretning af pakkestationen.
Hilsen Dennis
=== union da
Kære Dennis
⟦trade_union|Som din fagforening (Dansk Metal) kan vi bekræfte, at du er dækket af vores juridiske bistand i sagen mod Nordvest Tømrer ApS.⟧ Vi har sendt et brev til arbejdsgiveren i dag.
=== whistle da
Indberetning til whistleblowerordningen
⟦criminal_records|Jeg har set, at vores indkøbschef Torben Skjold modtager kontanter fra en leverandør, og jeg har meldt ham til politiet i går.⟧ Jeg ønsker at være anonym over for ledelsen.
=== whistle da
Whistleblowerordningen gælder for alle ansatte og samarbejdspartnere. Indberetninger kan ske anonymt og behandles af et eksternt advokatfirma. Årsrapport: 7 indberetninger, 2 sager videregivet til politiet.
=== fraud da
Skadeafdelingen, intern note
⟦criminal_records|Forsikringstageren Claus Damgaard er politianmeldt for forsikringsbedrageri efter at have anmeldt et tyveri, som ifølge overvågning ikke har fundet sted.⟧ Sagen lukkes i skadesystemet.
=== fraud da
Forsikringssvindel koster branchen ca. 1 mia. kr. om året. Forsikring & Pension opfordrer til at anmelde mistanke via tiplinjen.
=== pi da
Rapport, Detektivbureau Falck & Lind
Objektet (Jakob Sejersen) blev observeret, mens han handlede i Bilka og kørte på cykel. ⟦health|Dette er relevant, da han modtager førtidspension på grund af en rygskade og har oplyst, at han ikke kan gå mere end 100 meter.⟧
=== pi da
Vi udfører baggrundstjek på kommende medarbejdere. Vi indhenter ikke straffeattester eller helbredsoplysninger uden samtykke.
=== energy da
Ansøgning om varmecheck (særlig pulje)
⟦health|Jeg er på førtidspension på grund af sklerose og skal holde varmen i huset, fordi kulde giver mig kramper.⟧ Min varmeregning er steget 40 %.
Bodil Ravnsborg
=== energy da
Du kan søge om varmecheck, hvis din husstandsindkomst er under 650.000 kr. og du bor i en bolig med gasfyr eller fjernvarme.
=== eldercare da
Klage over hjemmeplejen
⟦health|Min mor, Ruth Mortensen, har Alzheimers og kan ikke selv huske at tage sin blodfortyndende medicin.⟧ Hjælperen har ikke givet den tre gange i denne uge.
Henrik Mortensen
=== eldercare da
Tilsynsrapport, Plejecenter Lindely 2026: Tilsynet fandt generelt god kvalitet. På to ud af 40 beboere manglede der opdateret medicinliste. Ledelsen har lavet en handleplan.
=== aula da
Besked i Aula, 2.A
Hej alle. ⟦health|Jeg vil lige fortælle, at Villads har fået konstateret epilepsi, så hvis han pludselig stirrer tomt ud i luften, er det et anfald.⟧ Lærerne er orienteret. Mvh Birgitte
=== aula da
Hej forældre i 5.B. Vi holder juleklippedag fredag. Husk at give besked, hvis jeres barn ikke må spise svinekød eller har allergier, så vi kan tage hensyn i køkkenet.
=== aula da
Til klasselærer
⟦religion|Amina deltager ikke i julegudstjenesten, da vi er muslimer,⟧ men hun kommer gerne til juleklippedagen. ⟦religion|Hun faster heller ikke i skolen.⟧
Mvh Rana (mor)
=== aula da
Hej Jette, Sofie kommer lidt senere i morgen, hun skal til tandlæge. Mvh Ida
=== hotel da
Gæstekommentar, TripAdvisor-svar fra hotellet: "Kære gæst, vi beklager, at du ikke fik det glutenfri morgenmadsbrød. Vi har nu styr på vores allergeninformation."
=== hotel da
Notat til receptionen, værelse 214
⟦health|Gæsten Brian Holm er kørestolsbruger og skal have handicapværelset i stueetagen;⟧ han kommer med sin hjælper.
=== camping da
Opslag på campingpladsens tavle: Gudstjeneste i det fri søndag kl. 10 ved søen. Alle er velkomne, også selvom man ikke er medlem af kirken.
=== camping da
Bøgely Camping - hændelsesrapport 14.07
⟦criminal_records|Sæsongæst Asger Lund blev anholdt af politiet på pladsen efter et slagsmål ved grillen og sigtet for vold.⟧ Han er bortvist resten af sæsonen.
=== crewlist da
Rederiets lægeerklæring, sømand Dennis Skov
⟦health|Dennis Skov er på grund af hjerteflimmer erklæret midlertidigt uegnet til tjeneste til søs.⟧ Ny vurdering om 6 måneder.
=== crewlist da
Alle søfarende skal have gyldigt helbredsbevis. Beviset udstedes af en godkendt søfartslæge og gælder i op til 2 år.
=== adoption da
Kære Louise og Kasper
Tillykke! Vi har matchet jer med en lille pige fra Colombia. ⟦ethnic_origin|Hun er af afrocolombiansk oprindelse,⟧ og I kan læse hendes journal i den vedhæftede fil. Venlig hilsen DanAdopt
=== news da
En 34-årig mand er i går varetægtsfængslet i fire uger, sigtet for indbrud i flere sommerhuse ved Hvide Sande. Han nægter sig skyldig. Politiet efterlyser vidner.
=== news da
Byrådsmedlem Nanna Kirk (SF) genopstiller ikke ved næste valg. ⟦political_opinion|"Jeg har været i SF i 20 år, og det bliver jeg ved med, men nu vil jeg bruge tiden på min familie," siger hun.⟧
=== news da
Partierne på Christiansborg er enige om en ny aftale om psykiatrien. Aftalen indeholder 1,2 mia. kr. over fire år til bl.a. flere sengepladser.
=== news da
Dom i Retten i Kolding: ⟦criminal_records|Den 52-årige tidligere kommunaldirektør Ejvind Laursen blev i dag idømt otte måneders fængsel for mandatsvig.⟧ Han ankede dommen på stedet.
=== chat da
Teams-chat, lønafdelingen
Stine: har du set at Jesper har meldt sig ud af fagforeningen?
Karsten: nej, hvorfor?
Stine: ⟦trade_union|han skrev at han nu kun er i Ase a-kasse og har droppet HK⟧
Karsten: ok, så skal kontingentet af lønsedlen
=== chat da
Stine: kommer du til julefrokost?
Karsten: ja men jeg spiser ikke svinekød, jeg er på kur
Stine: haha ok, der er også kalkun
=== chat da
Mads: hvem stemmer du på til regionsrådsvalget?
Ida: ⟦political_opinion|jeg er jo medlem af Radikale, så det er vel ikke nogen hemmelighed 😄⟧
Mads: fair
=== chat da
Mads: skal vi ikke i fitness efter arbejde?
Ida: kan ikke, skal til fysioterapi med min søster
Mads: ok, i morgen så
=== sms da
hej mor, ⟦health|lægen siger at jeg har fået helvedesild,⟧ så jeg kommer ikke søndag. knus Sofie
=== sms da
Påmindelse: Du har tid hos Tandlægerne i Centrum tirsdag 08.12 kl. 09:30. Svar NEJ for at aflyse.
=== sms da
Hej Karin, ⟦health|din blodprøve viser at du har for lavt stofskifte,⟧ ring til klinikken i morgen mellem 8 og 9. Mvh lægesekretær Pia
=== ooo da
Autosvar: ⟦health|Jeg er sygemeldt og forventer at være tilbage i januar.⟧ Kontakt venligst min kollega Anne på tlf. 45 22 33 44.
Med venlig hilsen
Peter Lund, bogholder
=== ooo da
Jeg er på kursus i arbejdsmiljø og ledelse hele uge 50 og læser ikke mails. Akutte sager: ring til receptionen.
=== minutes da
Referat, bestyrelsesmøde i Ejerforeningen Kastanjegården
1. ⟦health|Formanden, Johanne Bundgaard, træder midlertidigt tilbage på grund af sin brystkræftbehandling;⟧ næstformand Emir Hodžić overtager.
2. Vinduesudskiftning: tilbud fra tre firmaer.
=== minutes da
Referat, medarbejdermøde
Punkt 4: Ny politik for trivsel og stress. HR præsenterede tilbuddet om psykologhjælp via sundhedsforsikringen. Tilbuddet gælder alle medarbejdere.
=== hr da
Fortroligt notat, HR
⟦health|Louise Dam har fortalt sin leder, at hun er gravid i 12. uge og har svær kvalme.⟧ Vi aftaler nedsat tid i de næste 4 uger efter § 56-aftale med kommunen.
=== hr da
Personalepolitik, afsnit 7: Medarbejdere, der ønsker at holde fri på religiøse helligdage, som ikke er danske helligdage, kan bruge afspadsering eller feriedage.
=== hr da
Hej Anne
⟦religion|Må jeg bytte min vagt den 10. marts? Det er Eid, og min familie og jeg fejrer afslutningen på ramadanen.⟧
Mvh Yasmin
=== hr da
Jobopslag: Vi søger en hospitalspræst til Aarhus Universitetshospital, 30 timer om ugen. Du skal være ordineret i folkekirken.
=== hr da
Ansættelsessamtale, noter
Kandidat: Ali Demir. Stærk erfaring med lager og truck. Har kørekort C. Talte om sin tid som frivillig i Røde Kors. Anbefales til 2. samtale.
=== crim da
Hej Tine, jeg skal bruge en børneattest på den nye træner, Allan Frost. Kan du bestille den via Virk? Han starter 1. januar.
=== crim da
Børneattest for Allan Frost
⟦criminal_records|Attesten indeholder en afgørelse fra 2019 om overtrædelse af straffelovens § 232 (blufærdighedskrænkelse).⟧ Klubben kan derfor ikke ansætte ham som træner.
=== crim da
Straffeattester: En privat straffeattest indeholder afgørelser fra de seneste 2-5 år. Arbejdsgivere må kun kræve den, hvis det er sagligt begrundet.
=== ethnic da
Mentorprogram, tilmelding
⟦ethnic_origin|Jeg er født og opvokset i Nuuk og er inuk, og jeg vil gerne være mentor for grønlandske studerende i Aarhus.⟧
Pipaluk Lyberth
=== ethnic da
Projektbeskrivelse: Vi vil styrke beskæftigelsen blandt grønlændere i Danmark. Målgruppen er ca. 800 personer i Aarhus og Aalborg. Projektet finansieres af Socialstyrelsen.
=== ethnic da
Hej Zoran. Tak for din ansøgning til vores kor. Vi øver tirsdag kl. 19 i Kulturhuset. Vi synger på dansk, engelsk og serbisk, så du er meget velkommen!
=== genetic da
Kære Kirsten Møller
⟦genetic,health|Gentesten viser, at du er bærer af en BRCA1-mutation, som øger risikoen for bryst- og æggestokkræft.⟧ Vi tilbyder dig en samtale med en genetisk vejleder.
Klinisk Genetisk Afdeling
=== genetic da
Familieretshuset har pålagt faderskabssagen en DNA-undersøgelse. ⟦genetic|DNA-profilen viser med 99,99 % sandsynlighed, at Jonas Ravn er far til barnet.⟧
=== genetic da
Hvad er en gentest? En gentest er en blodprøve, hvor man undersøger dine gener. Den kan bruges til at finde arvelige sygdomme. Testen er frivillig.
=== biometric da
Nyt adgangssystem
⟦biometric|Torben Skjold og Annette Lykke er nu registreret med ansigtsgenkendelse til serverrummet;⟧ deres nøglebrikker er deaktiveret.
=== biometric da
Vi har installeret fingeraftrykslæsere på alle bærbare. Det er frivilligt at bruge dem; man kan altid logge ind med adgangskode.
=== sexor da
Hej Palle
⟦sexual_orientation|Jeg tager min mand, Jesper, med til julefrokosten, hvis det er ok?⟧ Han kender jo halvdelen af jer fra sommerfesten.
Mvh Anders
=== sexor da
Copenhagen Pride holder åbent hus i Pride House. Alle medarbejdere er velkomne til at gå med i paraden under firmaets banner.
=== sexor da
Ny medarbejder på kontoret: Lotte har lige købt hus i Viby med sin kæreste Martin, og de har to katte. Sig hej til hende!
=== politic da
Kære kolleger
⟦political_opinion|Som mange af jer ved, stiller jeg op til kommunalvalget for Enhedslisten i Aarhus.⟧ Jeg tager orlov uden løn de sidste tre uger før valget.
Mvh Rune
=== politic da
Kommunen søger tilforordnede vælgere til folketingsvalget. Du skal hjælpe med at dele stemmesedler ud og tælle stemmer. Der ydes diæter.
=== politic da
Referat, Kastanjegårdens generalforsamling: Emir Hodžić blev valgt som formand for ejerforeningen med 34 stemmer mod 12.
=== multi da
Sagsnotat, Jobcenter
⟦health|Borgeren, Camilla Worm, har gigt i hænderne og kan ikke arbejde ved kasse.⟧ ⟦criminal_records|Hun har oplyst, at hun afsonede 30 dage med fodlænke i 2024 for spirituskørsel.⟧ Hun ønsker jobs inden for rengøring eller kontor.
=== multi da
Velkommen til "Ny i Danmark"-caféen. Her kan du få hjælp til breve fra kommunen, gæld, boligstøtte og sundhedskort. Tolkning på arabisk, somali og ukrainsk.
=== longletter da
Kære Margit

Jeg ville bare fortælle, hvordan det går herhjemme. Holger er kommet godt hjem fra hospitalet, ⟦health|men lægerne siger, at hans hjertesvigt er blevet værre, og han skal have vanddrivende medicin resten af livet.⟧ Han sidder mest i stolen og løser krydsord.

⟦religion|Vi er begyndt at komme i Pinsekirken igen om søndagen, det giver os begge ro.⟧ Præsten har besøgt os to gange.

Knus fra os begge
Inger
=== longletter da
Til bestyrelsen i Andelsboligforeningen

Vi har nu kigget på ansøgningerne om den ledige lejlighed. Vi foreslår, at vi følger ventelisten strengt, så der ikke kan sås tvivl om forskelsbehandling. Ansøgerne skal ikke oplyse om helbred, religion eller familieforhold; vi spørger kun om indkomst og antal personer i husstanden.

Mvh udlejningsudvalget
=== longletter da
Notat fra hjemmebesøg, familieafdelingen, 26.11.2026
Familien: mor Nadia Mikkelsen, far Zoran Petrović, to børn.
⟦health|Far fortæller, at han er i metadonbehandling og har været stoffri i to år.⟧ ⟦criminal_records|Han har tidligere afsonet en dom for narkotikasmugling.⟧ Børnene fremstår velplejede. Næste besøg aftales i januar.
=== transcript da
[00:04:12] Sagsbehandler: Hvordan går det med ryggen?
[00:04:15] Borger (Svend Aakjær): ⟦health|Det er værre. Jeg er blevet opereret to gange, og nu har de sagt, at jeg har fået en ny prolaps.⟧
[00:04:22] Sagsbehandler: Det er jeg ked af at høre.
=== srt da
41
00:12:02,100 --> 00:12:06,000
Mødeleder: Vi starter med en runde. Hvem har en god nyhed?

42
00:12:06,200 --> 00:12:10,500
Kim: Jeg er blevet morfar i weekenden!
=== pptnotes da
Slide 9 - Særlige kategorier
Noter: Forklar de 8 kategorier i art. 9. Brug eksemplet med en medarbejder, der fortæller om sin sygdom på en Teams-kanal. Understreg at eksemplet er opdigtet.
=== onenote da
Møde m. Karsten 28/11
- ⟦trade_union|er stadig TR for HK-klubben⟧
- vil ned i tid fra marts
- ⟦health|genoptræning efter knæoperation, mandag og torsdag⟧
=== fax da
FAX - Til kommunens visitation - Fra Dr. Holm
Vedr. Ruth Nielsen, 87 år.
⟦health|Patienten har svær KOL og bruger ilt i hjemmet, og hun bør visiteres til plejebolig hurtigst muligt.⟧
=== handform da
Tilmelding til seniorklubbens busudflugt (udfyldt i hånden)
Navn: Inger Lise Bach
Særlige behov: ⟦health|rollator, diabetiker⟧
Kost: ingen svinekød
=== handform da
Tilmelding - julefrokost
Navn: _______________
Allergier/kost: _______________
Særlige behov: _______________
=== survey da
Trivselsundersøgelsen 2026, resultater for afdelingen: 12 % har været sygemeldt med stress det seneste år. 4 % oplever mobning. Svarprocent 81.
=== survey da
Medarbejderundersøgelse - spørgsmål 14: Er du medlem af en fagforening? (Ja / Nej / Vil ikke svare) - svarene er anonyme.
"""
