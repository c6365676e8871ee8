"""Hand-written Danish documents of the v15 categories hold-out (markup: ``cats15_markup.py``). Public-sector and
regulated organisations first: municipal casework, schools, job centre, elder care, disability support, hospital
and GP letters, insurers and pension funds, unions, housing associations, police and court letters, HR."""

BANK = """
=== hand-kommune da
Handleplan § 141 – revideret
Borger: Jannik Holt Sørensen, 34 år
Mål 1: Jannik skal have en stabil hverdag i egen bolig.
{{⟦health|Jannik har paranoid skizofreni og tager depotinjektion hver fjortende dag i distriktspsykiatrien⟧.||Jannik har fået nøgle til egen bolig i Solsikkeparken og betaler selv husleje over Boligstøtten.}}
Støttekontaktperson: 3 timer ugentligt.

=== hand-kommune da
Hej Signe
Kort fra mødet i dag med Birgit Rask (hjemmeplejen, rute 4): {{⟦health|hun er faldet to gange på en uge, og lægen mener, det skyldes hendes Parkinson⟧.||hun vil gerne have besøget flyttet til efter kl. 10, fordi hun ser TV-Avisen om morgenen.}} Kan du justere i Nexus?
Mvh Kasper, visitator

=== hand-skole da
Til forældre i 4.B
{{Vi har talt med Lauras mor, Helle Bruun, og ⟦health|Laura har fået stillet diagnosen autisme i børne- og ungdomspsykiatrien⟧, så hun får en fast voksen i frikvartererne.||Vi har talt med Lauras mor, Helle Bruun, og Laura skifter fra næste uge til 4.A, så hun kan gå i klasse med sin kusine.}}
Venlig hilsen
Klasseteamet

=== hand-jobcenter da
Opfølgning sygedagpenge – uge 12
Borger: Ahmad Karimi
{{⟦health|Ahmad er stadig sygemeldt med diskusprolaps i lænden og venter på operation på Silkeborg⟧.||Ahmad er raskmeldt pr. 1. april og har fået arbejde som lagermedarbejder i Herning.}}
Sagen afsluttes ved næste opfølgning.

=== hand-ældre da
Plejehjemmet Lærkebo – overlevering aftenvagt
Stue 12, Erna Mogensen: {{⟦health|Erna fik morfin kl. 21, hun er terminal og familien er tilkaldt⟧.||Erna fik kaffe kl. 21 og har spillet kort med sin søn, som er på besøg.}}
Stue 14: sover.

=== hand-handicap da
Besøgsdagbog
14/3 Besøg hos Morten Lykkegaard. {{⟦health|Morten er udviklingshæmmet og kan ikke selv håndtere sin medicin mod epilepsi⟧.||Morten har købt ny cykel og vil gerne lære at skifte slange selv.}} Vi øvede indkøbsliste.

=== hand-læge da
Kære Vagn Frederiksen
Svar på blodprøver fra 2. maj: {{⟦health|dine levertal er forhøjede, og vi skal tale om dit alkoholforbrug⟧.||alle værdier er normale, og der er ikke brug for at komme igen.}}
Ring i telefontiden 8-9, hvis du vil have en tid.
Lægerne i Bredgade 14

=== hand-hospital da
Indkaldelse
Kære Yasmin El-Sayed
{{⟦health|Du er henvist til kemoterapi for din lymfekræft og skal møde på Onkologisk Ambulatorium, Herlev, den 12. juni kl. 8.15⟧.||Du er indkaldt som pårørende til informationsmøde om den nye parkeringsordning på Herlev Hospital den 12. juni kl. 8.15.}}
Medbring medicinliste.

=== hand-forsikring da
Afgørelse på din anmeldelse
Kære Lise Hammer
{{⟦health|Vi har vurderet, at din sclerose er omfattet af forsikringen⟧, og udbetaler 150.000 kr.||Vi har vurderet, at din anmeldelse mangler underskrift, og beder dig sende den igen.}}
Med venlig hilsen
PensionDanmark, Skadeafdelingen
=== hand-forsikring da
Notat – telefonsamtale
Kunde: Flemming Aagaard, police 88-4412
{{⟦health|Kunden oplyser, at han har fået konstateret grøn stær på begge øjne og ikke længere må køre bil⟧.||Kunden oplyser, at han har solgt bilen og ønsker bilforsikringen opsagt pr. 1. næste måned.}}
Kundens ønske er registreret.

=== hand-pension da
Hej Maj-Britt
Jeg skal bruge en udbetaling af min pension før tid. {{⟦health|Min læge har skrevet, at jeg ikke kan arbejde mere på grund af KOL i svær grad⟧.||Jeg har fået tilbudt en fratrædelsesordning og vil gå ned i tid.}}
Hvad skal I bruge fra mig?
Hilsen Torben Lund

=== hand-fagforening da
Referat, personalemøde Vestas Lem, 3. skift
Til stede: 14
{{⟦trade_union|Dennis Holm blev valgt som ny tillidsrepræsentant for Dansk Metal med 11 stemmer⟧.||Dennis Holm blev valgt som ny ansvarlig for julefrokosten med 11 stemmer.}}
Næste møde efter sommerferien.

=== hand-fagforening da
Sagsnotat – HK Hovedstaden, juridisk afdeling
{{Medlem: Rikke Thorsen, medlemsnr. 4417-228. ⟦trade_union|Rikke har været medlem siden 2009 og har bedt os føre sagen om sin bortvisning⟧.||Henvendelse: Rikke Thorsen. Rikke er ikke medlem og er henvist til Retshjælpen i Valby.}}

=== hand-hr da
Lønsedler – rettelse marts
Til lønkontoret
{{⟦trade_union|Hos Anja Krog skal fradraget til 3F trækkes igen, hun meldte sig ikke ud alligevel⟧.||Hos Anja Krog skal fradraget til kantineordningen trækkes igen, hun meldte sig ikke ud alligevel.}}
Tak, Mona

=== hand-bolig da
Afdelingsbestyrelsen, Rosenhaven – referat
Punkt 4. {{⟦religion|Beboer i nr. 7, Ibrahim Demir, har spurgt, om fællesrummet kan lånes til bøn under ramadanen⟧, da han ikke kan nå moskéen.||Beboer i nr. 7, Ibrahim Demir, har spurgt, om fællesrummet kan lånes til hans søns konfirmationsfest, da lejligheden er for lille.}}
Bestyrelsen sagde ja.

=== hand-skole da
Fraværsnotat, 8.C
Elev: Miriam Feldmann
{{⟦religion|Miriam er fritaget den 2. og 3. oktober, da familien fejrer jødisk nytår i synagogen⟧.||Miriam er fritaget den 2. og 3. oktober, da familien skal til bryllup i Aarhus.}}
Skoleleder: OK. /JR

=== hand-ældre da
Livshistorie – indflytning, Plejecenter Egely
Beboer: Anders Kjeldsen
{{⟦religion|Anders er Jehovas Vidne og ønsker ikke blodtransfusion, heller ikke hvis han bliver akut syg⟧.||Anders var maskinarbejder på B&W og ønsker ikke at deltage i fællessang om formiddagen.}}
Yndlingsret: frikadeller.

=== hand-politi da
Sagsnr. 0100-81234-00417-26
Til Kim Brandt
{{⟦criminal_records|Du er sigtet for butikstyveri i Netto, Jagtvej, den 14. januar⟧, og vi beder dig kontakte os for afhøring.||Du er anmelder i sagen om butikstyveri i Netto, Jagtvej, den 14. januar, og vi beder dig kontakte os som vidne.}}
Københavns Politi

=== hand-kriminalforsorg da
Kriminalforsorgen, Tilsyn Fyn
Samtale med Brian Kofoed, 11/2
{{⟦criminal_records|Brian er prøveløsladt efter dom for narkotikahandel og har tilsyn til 2027⟧.||Brian er kommet i lære som tømrer og har fået lærlingeløn fra februar.}}
Næste fremmøde 11/3.

=== hand-hr da
Bemærkning til ansættelse – Hjemmeplejen Nord
{{⟦criminal_records|Den børneattest, vi har fået på Kristian Hviid, viser en dom for blufærdighedskrænkelse fra 2019⟧, så ansættelsen kan ikke gennemføres.||Den børneattest, vi har fået på Kristian Hviid, er uden anmærkninger, så ansættelsen kan gennemføres.}}

=== hand-kommune da
Mail til valgsekretariatet
Jeg kan ikke være tilforordnet ved valget. {{⟦political_opinion|Jeg stiller selv op for Radikale Venstre i Aalborg Øst⟧ og må derfor ikke sidde ved optællingen.||Jeg skal til min datters dimission og kan derfor ikke sidde ved optællingen.}}
Venlig hilsen Trine Aabo, jobcentret

=== hand-hr da
Opslag på intranettet
{{⟦political_opinion|Vores kollega Jesper Dahl er blevet opstillet som folketingskandidat for SF i Sydjylland⟧, så han går ned på 30 timer i valgkampen.||Vores kollega Jesper Dahl er blevet færdig med sin master i ledelse, så han går ned på 30 timer resten af foråret.}}
Tillykke, Jesper!

=== hand-kommune da
Tolkebestilling – Familieafdelingen
Familie: Jusufi, Gellerupparken
{{⟦ethnic_origin|Mor oplyser, at familien er romaer fra Makedonien⟧ og ønsker tolk på romani, ikke makedonsk.||Mor oplyser, at familien taler makedonsk hjemme og ønsker tolk på makedonsk.}}
Mor: Fatime Jusufi.

=== hand-skole da
Kære Nivi Lynge
{{⟦ethnic_origin|Da du har fortalt, at du er grønlænder og har grønlandsk som modersmål⟧, tilbyder vi dig modersmålsundervisning om tirsdagen.||Da du har fortalt, at du har boet i Sisimiut som barn, tilbyder vi dig at fortælle klassen om Grønland i geografi.}}
Hilsen Vibeke, klasselærer

=== hand-bolig da
Boligsocial medarbejder, notat
{{⟦sexual_orientation|Kasper Nyholm fortæller, at han og hans kæreste Mathias bliver chikaneret i opgangen, fordi de er bøsser⟧.||Kasper Nyholm fortæller, at han og hans kæreste Mathilde bliver chikaneret i opgangen, fordi de har en hund.}}
Sagen sendes til ejendomskontoret.

=== hand-hr da
Ansøgning om barsel
Navn: Louise Winther
{{⟦sexual_orientation|Min kone Nadia føder i august, og jeg søger om medmorbarsel i 10 uger⟧.||Min søster Nadia føder i august, og jeg søger om 5 dages omsorgsdage.}}

=== hand-hr da
Onboarding – Rigshospitalets apotek, medarbejder 22871
Navn: Rasmus Lind
{{⟦biometric|Håndfladescanning til medicinrummet: registreret 4/9⟧||Nøglebrik til medicinrummet: udleveret 4/9}}
ID-kort: udleveret

=== hand-forsikring da
Chat – Tryg kundeservice
Kunde (Gitte Borup): {{⟦biometric|jeg kan ikke logge på appen efter mit ansigt er blevet opereret, ansigtsgenkendelsen vil ikke kende mig⟧||jeg kan ikke logge på appen efter jeg har skiftet telefon, koden virker ikke}}
Medarbejder: Jeg sender dig et nyt aktiveringsbrev.

=== hand-hospital da
Klinisk Genetisk Afdeling, Odense
Kære Peter Skov
{{⟦health+genetic|Undersøgelsen viser, at du har arvelig hjertesygdom, familiær hyperkolesterolæmi, med en fejl i LDLR-genet⟧.||Undersøgelsen af din bror er ikke afsluttet, og vi kan ikke oplyse noget til dig om den.}}
Vi tilbyder samtale med genetisk vejleder.

=== hand-læge da
Henvisning til genetisk rådgivning
Pt.: Camilla Weis
{{⟦genetic|Pt. er testet positiv for BRCA2 efter mormors og mors brystkræft⟧ og ønsker rådgivning om forebyggende operation.||Pt. spørger om test for BRCA2 efter en artikel i Politiken, ingen familiær disposition.}}

=== hand-skole da
SMS fra Aula, Bakkeskolen
{{Hej Brian og Tina. ⟦health|Oskar fik et astmaanfald i idræt og har brugt sin inhalator⟧. Han har det fint nu.||Hej Brian og Tina. Oskar glemte sin madpakke i idræt og har fået lidt fra kantinen. Han har det fint nu.}}
/Mette, SFO

=== hand-pension da
Pensionssag – internt
{{⟦health|Mads Kirkegaard er tilkendt førtidspension på grund af svær depression og PTSD efter udsendelse⟧, så vi frigiver præmiefritagelse.||Mads Kirkegaard er gået på efterløn, så vi stopper indbetalingerne og sender opgørelse.}}
/Sagsbehandler LS

=== hand-jobcenter da
Jobcenter – indstilling
Borger: Susanne Krabbe
{{⟦health|Susanne har fibromyalgi og kan højst arbejde 8 timer om ugen⟧, så teamet indstiller til fleksjob.||Susanne har ønsket at skifte branche og vil gerne have et kursus i regnskab.}}

=== hand-politi da
Retten i Holbæk – indkaldelse
{{⟦criminal_records|Du er tiltalt for vold efter straffelovens § 244⟧, og sagen behandles den 3. juni. Tiltalte: Jonas Bech.||Du er indkaldt som domsmand, og sagen behandles den 3. juni. Domsmand: Jonas Bech.}}

=== hand-fagforening da
Hej Kenneth
{{⟦trade_union|Som din fællestillidsmand i FOA kan jeg fortælle⟧, at din sag om løntillæg er sendt til kommunen.||Som din nærmeste leder kan jeg fortælle, at din sag om løntillæg er sendt til kommunen.}}
Hilsen Jette

=== hand-kommune da
Afgørelse fra Borgerservice
Til Ole Thygesen
{{Du får bevilget en elkørestol. ⟦health|Begrundelsen er din ALS, som gør, at du ikke længere kan gå⟧.||Du får bevilget hjælp til flytning. Begrundelsen er, at din lejlighed skal totalrenoveres.}}
Borgerservice

=== hand-ældre da
Besked til natholdet
{{Fru Lund på 3 skal have sin ilt på hele natten, ⟦health|hun har haft lungebetændelse oven i sin KOL⟧.||Fru Lund på 3 skal have sin radio på hele natten, hun sover dårligt uden.}} Gerda Lund, stue 3, tjekkes kl. 2.

=== hand-kommune da
Svar på din ansøgning om enkeltydelse
Kære Leila Ahmadi
Vi kan ikke bevilge hjælp til flytteudgifter, fordi du har formue over grænsen. Du kan klage inden fire uger.
Ydelseskontoret

=== hand-kommune da
Politik for sygefravær – Ældre og Sundhed
Alle medarbejdere skal sygemelde sig til nærmeste leder før kl. 7. Ved fravær over 14 dage holdes sygefraværssamtale. Diagnosen skal ikke oplyses, og lederen må ikke spørge efter den.

=== hand-hospital da
Venteliste, knæoperationer 2026
Ortopædkirurgisk Afdeling har i år 412 patienter på venteliste. Den gennemsnitlige ventetid er 11 uger. Vi forventer at nedbringe den med nyt operationsteam fra august.

=== hand-fagforening da
Stillingsopslag: faglig konsulent til 3F Vestegnen
Vi søger en konsulent med erfaring i overenskomster og arbejdsmiljø. Du skal kunne føre sager for vores medlemmer i byggeriet. Løn efter aftale.

=== hand-bolig da
Husorden, Boligforeningen Kløverbakken
Fællesrummet kan lejes til fester, konfirmationer, bryllupper, Eid og jul. Husk at rengøre efter brug. Der må ikke ryges indendørs.

=== hand-politi da
Pressemeddelelse – Østjyllands Politi
I går blev en 24-årig mand anholdt efter et indbrud i Risskov. Han er fremstillet i grundlovsforhør. Politiet efterlyser vidner.

=== hand-hr da
Til alle ledere
Husk at der ikke må spørges til graviditet, fagforening, religion eller helbred ved jobsamtaler. Spørg i stedet om, hvad kandidaten kan bidrage med. HR sidder klar til spørgsmål.

=== hand-kommune da
Statistik: Sygefravær i Ældreplejen, 3. kvartal
Sygefraværet var 7,8 %. Muskel- og skeletbesvær og stress fylder mest i de tilbagemeldinger, vi har fået fra lederne. Tallene er ikke opgjort på personer.

=== hand-skole da
Nyhedsbrev fra Skovlyskolen
Vi markerer både jul, eid og diwali i indskolingen i år. Eleverne laver lanterner og papirstjerner. Forældre er velkomne til at bidrage med sange.

=== hand-læge da
Lægehuset Havnegade informerer: Influenzavaccination for borgere over 65 og kronisk syge tilbydes fra 1. oktober. Bestil tid på app. Husk sygesikringskort.

=== hand-forsikring da
Vilkår, sundhedsforsikring § 7
Forsikringen dækker ikke behandling af sygdomme, der var kendt før forsikringens start, herunder diabetes, kræft, psykiske lidelser og misbrug.

=== hand-jobcenter da
Jobopslag – Jobcenter Vejle
Vi søger en sagsbehandler til sygedagpengeområdet. Du har erfaring med rehabiliteringsteams og kan lide at tale med borgere, der er syge eller på vej tilbage i job.

=== hand-bolig da
Kære beboere
Vi har fået en klage over, at nogen har malet politiske slogans i cykelkælderen. Vi ved ikke, hvem det er, og har fået det malet over. Kontakt ejendomskontoret, hvis I ser noget.

=== hand-kommune da
Referat, Byrådet 23. april, pkt. 12
Byrådet vedtog med stemmerne fra Socialdemokratiet, Venstre og SF at forlænge aftalen med Ungdommens Uddannelsesvejledning. Enhedslisten stemte imod.

=== hand-hr da
Hej alle
Kantinen har nu både halal- og vegetarretter hver dag. Skriv til Lone, hvis I savner noget på menuen.

=== hand-fagforening da
Standardsvar – FOA
Tak for din henvendelse. Vi besvarer normalt mails inden for tre hverdage. Har du brug for akut hjælp, så ring på 46 97 26 26.

=== hand-hospital da
Mail fra sekretær
Hej Jens, personalemødet i Lungeambulatoriet er flyttet fra tirsdag til onsdag kl. 10, fordi overlægen er på kursus. Husk at tage vagtplanen med. Hilsen Karina, sekretær

=== hand-kommune da
Chat med borgerservice
Borger: hej jeg skal have nyt pas, kan jeg booke tid?
Borgerservice: Ja, du kan booke på kommunens hjemmeside. Husk gammelt pas og billede. Fingeraftryk tages ved skranken.

=== hand-hr da
Notat – MUS, Pia Vestergaard
Pia ønsker at tage et kursus i Excel og gerne flere opgaver med budget. Hun trives i teamet og har ingen fravær.

=== hand-politi da
Udtalelse til brug for ansættelse
Hermed bekræftes, at der ikke er noget registreret i Kriminalregisteret om Frederik Aagesen. Attesten er gyldig i tre måneder.

=== hand-skole da
Mail til ledelsen
Jeg synes ikke, det er okay, at vi kun holder julegudstjeneste i kirken. Kan vi ikke lave noget alternativt for dem, der ikke vil med? /Bo, dansklærer

=== hand-jobcenter da
Borgeren er ikke mødt til samtalen. Der er sendt brev om partshøring. Ydelsen stoppes ikke før svarfristen. /TM

=== hand-ældre da
Hej, jeg ville bare høre om min mor kan få besøg af præsten på plejehjemmet? Hun kendte ham fra sognet, da hun boede i Hvalsø. Mvh Grethe

=== hand-fagforening da
Medlemsblad, Dansk Sygeplejeråd
Tema: Hvad gør du, hvis du selv bliver syg? Vi har talt med tre sygeplejersker om, hvordan man taler med sin leder. Alle er anonyme.

=== hand-forsikring da
Hej Susanne. Ja, din indboforsikring dækker cyklen, også hvis den står i gården. Selvrisiko 1.500 kr. Venlig hilsen Anders, Alka

=== hand-hr da
Tjekliste for nye medarbejdere på Herlev
1. Nøglekort. 2. Adgang til Sundhedsplatformen. 3. Uniform. 4. Brandkursus. Fingeraftryk bruges ikke længere på vores afdelinger.

=== hand-kommune da
Jeg ringer igen fordi min nabo skriger om natten og jeg tror han er syg i hovedet. Jeg ved ikke hvad han hedder. /anonym henvendelse til Borgerservice

=== hand-hospital da
Hej. Vi søger frivillige til patientcaféen på Aarhus Universitetshospital. Kræver ingen erfaring, kun godt humør. Skriv til frivillig@auh.example.

=== hand-skole da
Elevrådet i 9. klasse holder valgmøde med alle ungdomspartierne den 8. marts. Alle elever kan stille spørgsmål.

=== hand-politi da
Til Jesper Hvidt
Vi har modtaget din anmeldelse af cykeltyveri. Sagen er henlagt, da der ikke er spor. Du kan klage til Statsadvokaten.

=== hand-kommune da
Sagsbehandler til kollega, Teams:
Erik Nørgaard har spurgt til sin bror igen, men broren er myndig, og vi må ikke udlevere noget. Har sagt det til ham. 👍

=== hand-jobcenter da
Notat
Samtale med Helle Kragh. ⟦health|Helle fortæller, at hun er i behandling for spiseforstyrrelse på Psykiatrisk Center Ballerup⟧ og ikke kan møde i praktik før efteråret. Aftalt telefonisk kontakt hver måned.

=== hand-ældre da
Fra datter til hjemmeplejen, sms:
Hej. Far siger I ikke har givet ham insulin i morges? Han er meget sløv. Ring venligst. /Susanne Holm
Far er Arne Holm, Bøgevej 4. ⟦health|Han har sukkersyge og skal have insulin hver morgen⟧.

=== hand-hr da
Bekræftelse
Kære Nikolaj Damsgaard
⟦religion|Vi har godkendt, at du holder fri den 7. juni til Eid al-Adha⟧, og at du arbejder ekstra den 10. juni. God fest!
HR, Arla Vimmelskaftet

=== hand-kommune da
Borgerrådgiveren, udtalelse
Klager, Aslan Çelik, har oplyst, ⟦ethnic_origin|at han er kurder⟧ og oplever at blive behandlet dårligere i jobcentret af den grund. Vi har gennemgået sagen og finder ikke grundlag for kritik.

=== hand-fagforening da
Godmorgen Stine!
⟦trade_union|Tak fordi du melder dig ind i Socialpædagogerne⟧. Dit første kontingent trækkes den 1. Velkommen til!
/Medlemsservice

=== hand-kommune da
notat (kort)
tlf m. Leon Vind. ⟦criminal_records|L. afsoner p.t. med fodlænke, dom på 60 dg for spirituskørsel⟧. kan derfor ikke møde før 19/5. ok fra afd.leder.

=== hand-pension da
Hej PFA
Jeg er blevet opsagt fra min stilling som præst i Folkekirken og vil gerne flytte min pension. ⟦religion|Jeg er konverteret til katolicismen, og biskoppen har fjernet mig fra embedet⟧. Hvad gør jeg?
Johannes Breum

=== hand-hr da
Chat, Teams
Lasse Fog: sorry er først inde kl 10
Lasse Fog: ⟦health|skal til kontrol på Riget for min nye hjerteklap⟧
Anne Bach: fint, god bedring

=== hand-politi da
Høring om pas
Kære Amal Yusuf
⟦biometric|Ved din ansøgning den 3. marts blev dit fingeraftryk optaget, men det kunne ikke læses, og vi beder dig møde igen⟧. Medbring kvittering.
Borgerservice, Aarhus

=== hand-bolig da
Svar til afdelingsbestyrelsen
Jeg, Finn Rosenkvist, vil gerne forklare, hvorfor jeg har hængt plakater op på altanen. ⟦political_opinion|Jeg er medlem af Dansk Folkeparti og stiller op til regionsrådet⟧, og det er min ret at vise det. Plakaterne er væk efter valget.

=== hand-skole da
Referat af netværksmøde, PPR
Elev: Sebastian Lohse, 6.A. Deltagere: mor, AKT-lærer, psykolog.
⟦health|Sebastian er udredt for ADHD og begynder på medicin efter jul⟧. Mor ønsker ikke, at klassen får det at vide.

=== hand-kommune da
Tilsynsrapport, botilbuddet Lindely
Beboer A (navn i journal) har fået forkert medicin to gange. Tilsynet påbyder ny medicinprocedure. Ingen beboere nævnes ved navn i denne rapport.

=== hand-kommune da
Underretning – Børn og Familie
Skolen underretter om Ayaan Warsame, 13 år. ⟦ethnic_origin+religion|Familien er somaliske bantuer og strengt muslimske, og Ayaan siger, at hun ikke må deltage i lejrskolen af religiøse grunde⟧. ⟦health|Hun har desuden tabt sig meget og har været hos lægen med spiseforstyrrelse⟧.
Videre: samtale med forældrene.

=== hand-fagforening da
Forhandlingsreferat, FOA Sydfyn
⟦trade_union|FOA repræsenterer medlemmet Hanne Borg⟧. ⟦health|Hanne har haft en hjerneblødning og kan ikke længere løfte borgere⟧, og arbejdsgiveren tilbyder omplacering til visitationen.

=== hand-politi da
Personundersøgelse til retten, Kriminalforsorgen
⟦criminal_records|Tiltalte, Mikkel Bang, er tidligere straffet for røveri og våbenbesiddelse⟧. ⟦health|Han har et aktivt kokainmisbrug og er startet i behandling hos Lænke-ambulatoriet⟧.

=== hand-hospital da
Tak for i dag, skriver vi til alle patienter på afdeling B3. Husk at udfylde vores spørgeskema om din oplevelse af indlæggelsen. Det tager fem minutter.
"""
