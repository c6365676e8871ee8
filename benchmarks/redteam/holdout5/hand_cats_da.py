"""Hand-written Danish (and a few Norwegian) documents for the v5 category hold-out (each written once)."""

BANK = r"""
=== hand-jobcenter da
Jobcenter Horsens - opfølgningssamtale 18.11.2026
Borger: Lene Brink Ottesen
⟦H|Lene er sygemeldt efter en diskusprolaps i lænden og venter på en MR-scanning.⟧ Hun forventer at kunne starte
på 10 timer om ugen efter nytår. Næste samtale 16.12.
/Sagsbehandler AH

=== hand-jobcenter da
Jobcenter Horsens - opfølgningssamtale 18.11.2026
Borger: Lene Brink Ottesen
Lene har haft to jobsamtaler siden sidst og har fået tilbud om praktik hos Bilka. Hun starter på 10 timer om ugen
efter nytår. Næste samtale 16.12.
/Sagsbehandler AH

=== hand-jobcenter da
Referat af rundbordssamtale
Deltagere: borger Karsten Juul, sagsbehandler, virksomhedskonsulent, psykolog fra Klinik for Angst.
⟦H|Karsten har en kronisk angstlidelse og har fået det værre, efter at han mistede sit job på lageret.⟧
⟦C|Han oplyser selv, at han fik en dom for vold i 2023 og har afsonet 40 dage med fodlænke,⟧ hvilket gør det svært
at finde job i vagtbranchen. Vi aftaler et ressourceforløb.

=== hand-jobcenter da
Til alle ledige i målgruppen:
Jobcenteret tilbyder et nyt forløb for borgere med stress, angst eller depression. Forløbet er frivilligt og
foregår i små hold. Tilmelding på jobnet.dk. Spørgsmål kan rettes til teamleder Anette Krogh.

=== hand-borgerservice da
Hej Borgerservice
Jeg skal have nyt pas, men jeg kan ikke stå i kø så længe. ⟦H|Jeg sidder i kørestol efter en rygmarvsskade,⟧
er der en anden indgang? Mvh Jesper Thorsø

=== hand-borgerservice da
Hej Borgerservice
Jeg skal have nyt pas, men jeg kan ikke komme før kl. 16 på grund af mit arbejde. Har I åbent om torsdagen?
Mvh Jesper Thorsø

=== hand-byggesag da
Byggesag - dispensation fra byggelinje
Ansøger: Hanne og Bjarne Wulff, Engtoften 4
⟦H|Ansøgningen begrundes med, at Bjarne har ALS og snart skal bruge el-kørestol, så der skal bygges en rampe og et nyt badeværelse i stueplan.⟧
Forvaltningen indstiller til godkendelse.

=== hand-byggesag da
Byggesag - dispensation fra byggelinje
Ansøger: Hanne og Bjarne Wulff, Engtoften 4
Ansøgningen begrundes med, at familien ønsker et større køkken og en overdækket terrasse mod syd.
Forvaltningen indstiller til afslag.

=== hand-skole da
Kære forældre til Noah i 3.A
⟦H|Som vi talte om til samtalen, er Noah nu blevet udredt for ordblindhed, og han får en AppWriter-licens fra mandag.⟧
Vi lægger også en plan for ekstra læsetræning. Venlig hilsen Line (dansklærer)

=== hand-skole da
Kære forældre i 3.A
Alle elever får adgang til AppWriter fra mandag, så de kan øve oplæsning derhjemme. Ordblindetesten tilbydes
i 3. klasse til alle, der har brug for den. Venlig hilsen Line (dansklærer)

=== hand-skole da
Besked i Aula fra Sara (mor til Yusuf, 0.B):
⟦R|Yusuf må ikke spise svinekød, og han faster ikke, men vi fejrer eid i næste uge, så han har fri onsdag.⟧ Tak for forståelsen.

=== hand-skole da
Besked i Aula fra Sara (mor til Yusuf, 0.B):
Yusuf skal til tandlæge onsdag kl. 10, så han bliver hentet kl. 9.30. Tak for forståelsen.

=== hand-sfo da
Til SFO'en
⟦H|Ella har fået konstateret cøliaki, så hun må ikke få almindelig rugbrød eller kage til fødselsdage.⟧ Vi sender
selv glutenfri boller med. Hilsen Martin, Ellas far

=== hand-aeldre da
Hjemmeplejen, dagbog for Edith Holmgaard, Solbakken 12
08.15 Morgenhjælp. ⟦H|Edith er mere forvirret i dag, demensen er tydeligt tiltaget, og hun kendte ikke min kollega.⟧
12.00 Mad leveret. Spiste halvdelen.
⟦R|16.30 Præsten fra valgmenigheden kom forbi, og Edith bad som altid Fadervor med ham.⟧

=== hand-aeldre da
Hjemmeplejen - nyhedsbrev november
Vi har fået nye medarbejdere i gruppe Syd: Kamilla og Torben. Husk at melde afbud til rengøring senest dagen før.
I december kommer der besøg fra valgmenighedens præst, som holder en lille julegudstjeneste i fælleshuset for
alle, der har lyst.

=== hand-udbetaling da
Udbetaling Danmark - afgørelse om førtidspension
Til Rasmus Holt Kirkegaard
⟦H|Vi har tilkendt dig førtidspension, fordi din arbejdsevne er varigt nedsat på grund af sklerose.⟧
Pensionen udbetales fra 1. januar 2027.

=== hand-udbetaling da
Udbetaling Danmark - vejledning
Førtidspension kan tilkendes, hvis arbejdsevnen er varigt nedsat, fx på grund af sygdom. Kommunen træffer
afgørelsen. Udbetaling Danmark står for selve udbetalingen. Se mere på borger.dk.

=== hand-bank da
Kreditnotat - låneansøgning
Ansøger: Per Dalby, 52 år, selvstændig tømrer
⟦C|Ansøger oplyser, at han i 2024 blev dømt for skattesvig og har betalt en bøde på 180.000 kr.⟧ Banken vurderer,
at forholdet ikke i sig selv udelukker lånet. ⟦H|Ansøger har desuden en hjertesygdom, som han skal opereres for i foråret,⟧
hvilket kan påvirke indtjeningen.

=== hand-bank da
Kreditnotat - låneansøgning
Ansøger: Per Dalby, 52 år, selvstændig tømrer
Ansøger har en stabil indtjening de seneste tre år og ingen registreringer i RKI. Banken vurderer, at lånet kan
bevilges på normale vilkår.

=== hand-bank da
Bankens politik for hvidvask
Banken skal kende sine kunder og kan i visse tilfælde spørge om straffedomme, politisk eksponerede personer og
kilden til midler. Oplysningerne behandles fortroligt og slettes 5 år efter kundeforholdets ophør.

=== hand-forsikring da
Skadesnotat, sag 8812
Kunden, Maria Vestbo, ringede. ⟦H|Hun har været sygemeldt med piskesmæld siden færdselsuheldet i august og går til fysioterapeut to gange om ugen.⟧
Vi har bedt om journal fra egen læge.

=== hand-forsikring da
Skadesnotat, sag 8813
Kunden, Maria Vestbo, ringede. Hendes bil blev påkørt bagfra i august; værkstedet har sendt tilbud på 24.000 kr.
Vi har bedt om fotos af skaden.

=== hand-forsikring da
Sundhedsforsikring - hvad er dækket?
Ordningen dækker behandling hos fysioterapeut, kiropraktor og psykolog samt operationer på privathospital.
Kræft og kroniske sygdomme dækkes ikke. Alle ansatte i virksomheden er omfattet.

=== hand-politi da
Døgnrapport, Sydøstjyllands Politi
Kl. 01.40 blev en 34-årig mand anholdt på Torvet i Vejle for vold mod en dørmand. Han sidder i detentionen.
Kl. 03.15 indbrud i en villa i Hedensted. Ingen anholdte.

=== hand-politi da
Afhøringsrapport
⟦C|Sigtede, Frederik Bay Nissen, blev anholdt den 14.11.2026 kl. 01.40 og sigtet for vold efter straffelovens § 244.⟧
Han ønskede ikke at udtale sig uden sin forsvarer.

=== hand-politi da
Afhøringsrapport
Vidnet, Frederik Bay Nissen, forklarede, at han så en mand slå dørmanden. Han kendte ikke manden.
Vidnet blev gjort bekendt med, at han ikke havde pligt til at udtale sig.

=== hand-retsbog da
Retten i Kolding, retsbog 19.11.2026
⟦C|Tiltalte, Dennis Sloth, blev idømt 60 dages ubetinget fængsel for narkotikabesiddelse og frakendt førerretten i tre år.⟧
Dommen blev forkyndt i retten.

=== hand-retsbog da
Retten i Kolding har i 2026 behandlet 412 straffesager, heraf 38 om narkotika. Sagsbehandlingstiden er faldet til
gennemsnitligt 94 dage.

=== hand-uni da
Til Studievejledningen, DTU
⟦H|Jeg har autisme og får meget svært ved eksamen i den store hal,⟧ så jeg vil gerne søge om at sidde i et
mindre lokale med ekstra tid. Erklæring fra psykiater er vedhæftet.
Mvh Oliver Sand, s214477

=== hand-uni da
Til Studievejledningen, DTU
Jeg har fået job ved siden af studiet og vil gerne høre, om jeg kan tage eksamen i januar i stedet for december.
Mvh Oliver Sand, s214477

=== hand-uni da
Opslag: Studenterpræst søges til Københavns Universitet
Vi søger en præst, der kan samtale med studerende om tro, tvivl og livets store spørgsmål. Ansøgningsfrist 1. februar.

=== hand-tandlaege da
Journal, Tandlægehuset Nord
Pt. Svend Aagaard, 71 år. ⟦H|Pt. er i behandling med blodfortyndende medicin efter en blodprop i hjertet,⟧ så
ekstraktion foretages på hospitalet. Henvisning sendt.

=== hand-tandlaege da
Tandlægehuset Nord - priser 2027
Undersøgelse 395 kr., tandrens 310 kr., fyldning fra 620 kr. Patienter med blodfortyndende medicin bedes oplyse
det ved booking.

=== hand-dyrlaege da
Dyreklinik, notat ved hjemmebesøg
Ejer: Poul Brix, Skovvej 8. ⟦H|Poul er blind og har førerhunden Zelda, som skal have vaccine og klippet klør.⟧
Næste besøg om et år.

=== hand-dyrlaege da
Dyreklinik, notat ved hjemmebesøg
Ejer: Poul Brix, Skovvej 8. Hunden Zelda skal have vaccine og klippet klør. Poul var ikke hjemme, datteren
lukkede os ind.

=== hand-fitness da
Hej FitnessX
⟦H|Jeg er gravid i 5. måned og vil gerne sætte mit medlemskab på pause fra januar.⟧ Kan det lade sig gøre?
Mvh Josefine Kamp

=== hand-fitness da
Hej FitnessX
Jeg skal på udlandsophold i Australien og vil gerne sætte mit medlemskab på pause fra januar. Kan det lade sig gøre?
Mvh Josefine Kamp

=== hand-dating da
Profiltekst, Match-klubben 40+:
⟦S|Jeg er Henrik, 46, og søger en mand at dele weekender og gode middage med.⟧ Jeg bor i Aarhus og elsker jazz.

=== hand-dating da
Profiltekst, Match-klubben 40+:
Jeg er Henrik, 46, og søger nogen at dele weekender og gode middage med. Jeg bor i Aarhus og elsker jazz.

=== hand-klub da
Referat, bestyrelsesmøde Skanderborg Roklub
Pkt. 3: ⟦PO|Vores kasserer, Mette Friis, stiller op til byrådet for SF og træder derfor ud af bestyrelsen efter valget.⟧
Pkt. 4: Nyt tag på bådehallen; tilbud fra to tømrere.

=== hand-klub da
Referat, bestyrelsesmøde Skanderborg Roklub
Pkt. 3: Vores kasserer, Mette Friis, flytter til Aalborg og træder derfor ud af bestyrelsen efter sommer.
Pkt. 4: Roklubben låner lokaler ud til byrådets valgmøde den 4. november; alle partier er inviteret.

=== hand-udlejer da
Til Ejendomsselskabet Kastanien
⟦C|Vores søn Mikkel, der står på kontrakten, afsoner en dom på 8 måneder i Horserød,⟧ så vi betaler huslejen for ham
indtil han kommer ud i juni. Venlig hilsen Inge og Carsten Juhl

=== hand-udlejer da
Til Ejendomsselskabet Kastanien
Vores søn Mikkel, der står på kontrakten, er på udveksling i Canada, så vi betaler huslejen for ham indtil han kommer
hjem i juni. Venlig hilsen Inge og Carsten Juhl

=== hand-bedemand da
Begravelsesforretningen - aftale
Pårørende: datter Hiba Al-Masri. ⟦R|Hiba, der selv er muslim, ønsker at moderen begraves efter muslimsk skik, og at familien kan bede ved graven⟧
på den muslimske gravplads i Brøndby.

=== hand-bedemand da
Begravelsesforretningen - vores ydelser
Vi arrangerer begravelser og bisættelser efter folkekirkens ritual, efter muslimsk, jødisk og hinduistisk skik og
borgerlige ceremonier uden præst. Ring døgnet rundt.

=== hand-slaegt da
Fra slægtsbogen: Jens Peter Holm (1840-1911) udvandrede til Amerika, men kom hjem efter fem år. Han blev idømt 14
dages vand og brød for krybskytteri i 1871, står der i retsprotokollen.

=== hand-advokat da
Kære Anders Rye
⟦C|Som din forsvarer kan jeg bekræfte, at anklagemyndigheden har rejst tiltale mod dig for dokumentfalsk,⟧ og at
sagen kommer for retten den 12. januar. Vi holder møde på mit kontor inden.
Med venlig hilsen Advokat Sidsel Brandt

=== hand-advokat da
Kære Anders Rye
Som din advokat kan jeg bekræfte, at modparten har accepteret forliget i erstatningssagen, og at pengene udbetales
den 12. januar. Vi holder et kort møde på mit kontor inden.
Med venlig hilsen Advokat Sidsel Brandt

=== hand-advokat da
Advokat Sidsel Brandt er ny partner i vores strafferetsafdeling. Hun har i ti år ført forsvarssager om økonomisk
kriminalitet og underviser i strafferet på Aarhus Universitet.

=== hand-revisor da
Hej Jonas
Jeg har kigget på lønnen. ⟦TU|Lisbeth har bedt om at få trukket kontingent til 3F direkte over lønnen fra januar,⟧
så jeg opretter et nyt lønart-nummer. Er det ok? /Kirsten, bogholder

=== hand-revisor da
Hej Jonas
Jeg har kigget på lønnen. Lisbeth har bedt om at få trukket sin kantineordning direkte over lønnen fra januar,
så jeg opretter et nyt lønart-nummer. Er det ok? /Kirsten, bogholder

=== hand-loen da
Lønseddel november 2026 - Birgit Holst
Fast løn 31.200,00
⟦TU|Fagforeningskontingent (HK) -512,00⟧
Pension -2.496,00
Kantine -300,00

=== hand-loen da
Lønseddel november 2026 - Birgit Holst
Fast løn 31.200,00
Feriefridage 5 optjent
Pension -2.496,00
Kantine -300,00

=== hand-eboks da
e-Boks notifikation
Til: Kenneth Lind
⟦H|Afsender: Psykiatrisk Center Glostrup - Emne: Indkaldelse til samtale i ambulatoriet for spiseforstyrrelser⟧

=== hand-eboks da
e-Boks notifikation
Til: Kenneth Lind
Afsender: Region Hovedstaden - Emne: Nyt fra regionen: Sådan får du hurtigere svar på hospitalets telefon

=== hand-sms da
[Mette] hej skat, jeg er på vej hjem fra Rigshospitalet
[Mette] ⟦H|de fandt en knude i brystet, jeg skal have taget en biopsi på mandag 😞⟧
[Lars] åh nej. jeg kommer hjem nu
[Lars] kærlig hilsen

=== hand-sms da
[Mette] hej skat, jeg er på vej hjem fra Rigshospitalet
[Mette] min kollega har fået en ny afdeling, jeg skulle hjælpe hende med at flytte 😅
[Lars] ok, sulten?
[Lars] laver lasagne

=== hand-voicemail da
Talebesked til Fagbevægelsens Hovedorganisation (transskriberet):
"ja hej det er Brian Nygaard, ⟦TU|jeg er tillidsmand for Dansk Metal på Vestas i Lem,⟧ og jeg vil gerne høre om
jeres kursus i arbejdsmiljø i februar, ring tilbage på mobilen, tak"

=== hand-voicemail da
Talebesked til Vestas i Lem (transskriberet):
"ja hej det er Brian Nygaard fra personaleafdelingen, jeg ringer om overenskomstforhandlingerne med Dansk Metal,
vi har fået en ny dato, ring tilbage på mobilen, tak"

=== hand-ocr da
[OCR af scannet brev]
Kære Kom-
mune. ⟦H|Min mand, Ove Sejer, er blevet indlagt på hospice med lungekræft, og jeg søger om plejeorlov.⟧ Jeg vedlægger lægeer-
klæringen. Venlig hilsen Ruth Sejer

=== hand-regneark da
Til: HR
Her er listen til julefrokosten fra Excel (allergier og kost):

Navn	Afdeling	Kost
Jeppe	Lager	alt
⟦H|Nanna	Salg	nøddeallergi (EpiPen)⟧
Samir	Salg	vegetar
⟦R|Ruth	Økonomi	kosher⟧

=== hand-regneark da
Til: HR
Her er listen til julefrokosten fra Excel (kost):

Navn	Afdeling	Kost
Jeppe	Lager	alt
Nanna	Salg	fisk
Samir	Salg	vegetar
Ruth	Økonomi	alt

=== hand-api da
{"patient": {"navn": "Connie Vang", "cpr": "xxxxxx-xxxx"},
 ⟦H|"diagnoser": [{"kode": "DE119", "tekst": "Type 2-diabetes uden komplikationer"}],⟧
 "behandler": "Lægerne Ringkøbing"}

=== hand-api da
{"klinik": {"navn": "Lægerne Ringkøbing", "ydernr": "012345"},
 "diagnosekoder": [{"kode": "DE119", "tekst": "Type 2-diabetes uden komplikationer"}, {"kode": "DJ459", "tekst": "Astma"}],
 "version": "2026.4"}

=== hand-ical da
BEGIN:VEVENT
SUMMARY:Samtale med alkoholbehandlingen - Torben
⟦H|DESCRIPTION:Torben Riis møder til opfølgning på sin alkoholbehandling (Antabus). Husk urinprøve.⟧
DTSTART:20261208T090000
END:VEVENT

=== hand-ical da
BEGIN:VEVENT
SUMMARY:Temadag om alkohol på arbejdspladsen
DESCRIPTION:Oplæg ved Torben Riis fra Alkoholbehandlingen i Odense. Alle ledere deltager.
DTSTART:20261208T090000
END:VEVENT

=== hand-wiki da
## Kontaktpersoner i huset
| Navn | Rolle |
|---|---|
| ⟦TU|Signe Lauritsen | Tillidsrepræsentant (HK)⟧ |
| Bo Winther | Arbejdsmiljørepræsentant |
| Ditte Skov | Førstehjælp |

=== hand-wiki da
## Personalepolitik: sygdom
Sygemeld dig til din leder før kl. 9 første sygedag. Ved sygdom over 14 dage indkaldes du til en sygefraværssamtale.
Du skal ikke oplyse, hvad du fejler. Spørgsmål til HR.

=== hand-wiki da
## FAQ
**Må jeg være med i en fagforening?** Ja, alle ansatte må frit vælge fagforening og a-kasse.
**Trækker I kontingent over lønnen?** Kun hvis du selv beder om det.

=== hand-nyhed da
En 45-årig mand fra Ribe er i går idømt to års fængsel for at have snydt kommunen for 1,2 mio. kr. i
boligstøtte. Manden ankede dommen i retten.

=== hand-nyhed da
⟦C|Det tidligere byrådsmedlem Bjarke Sønderholm-Ravn er i dag idømt fire måneders betinget fængsel for mandatsvig.⟧
⟦PO|Sønderholm-Ravn, der var valgt for Venstre, har meldt sig ud af partiet.⟧

=== hand-nyhed da
Statistik: 21 procent af alle ansatte i regionerne var i 2025 sygemeldt i mere end fire uger.
Flest langtidssygemeldte findes blandt sygeplejersker og social- og sundhedsassistenter.

=== hand-hr da
Hej alle
⟦H|Som nogle af jer ved, har Camilla fået en hjernerystelse efter et fald på cyklen og er sygemeldt resten af måneden.⟧
Hendes opgaver fordeles mellem Asger og mig. /Tina

=== hand-hr da
Hej alle
Som nogle af jer ved, er Camilla på kursus i Berlin resten af måneden. Hendes opgaver fordeles mellem Asger og mig. /Tina

=== hand-hr da
Hvis du bliver syg under din ferie, skal du straks give besked til din leder og lægen skal bekræfte det. Så kan du
få erstatningsferie. Har du spørgsmål, så kontakt HR-afdelingen.

=== hand-hr da
Velkommen til vores nye kollega Ahmad! ⟦E|Ahmad er kurder fra Qamishli i Syrien⟧ og kom til Danmark i 2015. Han er
uddannet elektriker og starter i montageafdelingen på mandag.

=== hand-hr da
Velkommen til vores nye kollega Ahmad! Ahmad kommer fra Aleppo, taler arabisk, tysk og dansk og kom til Danmark i
2015. Han er uddannet elektriker og starter i montageafdelingen på mandag.

=== hand-hr da
Hej Kim
⟦B|Jeg har registreret dit fingeraftryk i adgangssystemet til serverrummet, så dit kort ikke længere er nødvendigt derinde.⟧
Prøv at scanne i morgen tidlig. /IT-support, Lars

=== hand-hr da
Hej Kim
Dit nye adgangskort til serverrummet ligger i receptionen. Fotoet fra dit gamle kort er genbrugt. /IT-support, Lars

=== hand-gen da
Kære Tove Lund
⟦G,H|Din gentest viser, at du bærer en mutation i BRCA2-genet, som giver en øget risiko for bryst- og æggestokkræft.⟧
Vi tilbyder dig en samtale med en genetisk vejleder. Klinisk Genetisk Afdeling, OUH

=== hand-gen da
Klinisk Genetisk Afdeling, OUH
Vi tilbyder genetisk rådgivning til familier med arvelig bryst- og æggestokkræft. Henvisning sker via egen læge.

=== hand-gen da
Hej Rasmus
⟦G|Resultatet af faderskabstesten er kommet: DNA-profilerne viser, at du er far til Lucas.⟧
Kopi af rapporten sendes til Familieretshuset. Venlig hilsen Retsgenetisk Institut

=== hand-tro da
Hej Susanne
⟦R|Jeg er meldt ud af folkekirken i sommer, så jeg vil ikke stå fadder alligevel,⟧ men jeg kommer gerne til festen.
Knus Mie

=== hand-tro da
Hej Susanne
Jeg er desværre i Spanien den weekend, så jeg kan ikke stå fadder alligevel, men jeg sender en gave.
Knus Mie

=== hand-tro da
Sognebladet: Julegudstjenester i Ølgod Kirke 24.12 kl. 10.30, 14.00 og 16.00. Alle er velkomne. Kirkekaffe
efter gudstjenesten kl. 10.30.

=== hand-etnisk da
Notat fra Jobcenter Nuuk-kontoret i Aalborg:
⟦E|Borgeren, Ane Kristiansen, er grønlænder og taler primært kalaallisut,⟧ så vi bruger tolk ved samtalerne.

=== hand-etnisk da
Notat: Borgeren, Ane Kristiansen, har boet i Nuuk i ti år som lærer og taler dansk, engelsk og lidt kalaallisut.
Hun søger job som underviser.

=== hand-politik da
Fra: Christian Lykke
Emne: Julefrokost
⟦PO|Jeg kan ikke komme fredag, fordi jeg er til landsmøde i Enhedslisten, hvor jeg er delegeret.⟧ Hav en god aften!

=== hand-politik da
Fra: Christian Lykke
Emne: Julefrokost
Jeg kan ikke komme fredag, fordi jeg skal til min nevøs studentergilde. Hav en god aften!

=== hand-politik da
Valgstedet på rådhuset skal bruge 40 valgtilforordnede. Du kan melde dig uanset partifarve. Kontakt Valgsekretariatet.

=== hand-seksualitet da
Hej Bettina
⟦S|Min kone Louise og jeg kommer gerne til jeres bryllup!⟧ Skal vi tage noget med? Kh Maja

=== hand-seksualitet da
Hej Bettina
Min mand Louis og jeg kommer gerne til jeres bryllup! Skal vi tage noget med? Kh Maja

=== hand-seksualitet da
Copenhagen Pride 2026: Virksomheden deltager med en vogn i paraden. Alle medarbejdere og familier er velkomne.

=== hand-blank da
Helbredsoplysninger (udfyldes af medarbejderen)
Navn: ____________________
Kroniske sygdomme: ____________________
Allergier: ____________________
Medicin: ____________________

=== hand-blank da
Skabelon: Kære [NAVN]. Vi har modtaget din sygemelding af [DATO] og ønsker dig god bedring. Husk at holde os
orienteret om, hvornår du forventer at være tilbage.

=== hand-spm da
Er det lovligt, at min arbejdsgiver spørger, om jeg er medlem af en fagforening? Og hvad hvis jeg siger nej?
Spørgsmålet blev stillet i vores brevkasse, og svaret er: nej, det må arbejdsgiveren som udgangspunkt ikke.

=== hand-spm da
Hvad sker der, hvis en ansat bliver dømt for spirituskørsel og mister kørekortet, når jobbet kræver kørsel?
Det afhænger af ansættelseskontrakten, svarer HR-juristen.

=== hand-lang da
Fra: Anne-Mette Dahl
Til: Personale, Børnehuset Solstrålen
Emne: Status før jul

Kære alle

Tak for en travl november. Her er et par ting før vi går på juleferie:

- Forældremødet for Sommerfuglestuen er flyttet til 9.12.
- ⟦H|Sofies mor har bedt mig fortælle, at Sofie har fået diagnosen type 1-diabetes, så vi skal alle lære at tjekke hendes blodsukker.⟧
  Diabetessygeplejersken kommer og underviser den 4.12 kl. 14.
- ⟦R|Noor og Alis familie er muslimer og holder ikke jul, men familien vil gerne have, at de deltager i julehyggen uden at synge salmer.⟧
- Vi mangler stadig en vikar til januar.
- Husk at vi ikke skriver børnenes helbredsoplysninger på tavlen i garderoben.

God weekend
Anne-Mette

=== hand-lang da
REFERAT - Afdelingsmøde, Lageret Taulov, 24.11.2026

1. Sikkerhed: To nær-ved-hændelser med trucks. Ny hastighedsgrænse 6 km/t.
2. Sygefravær: Fraværet er faldet til 3,1 %. Tak til alle.
3. Overenskomst: Dansk Industri og 3F har indgået ny aftale; lønstigning 1.3.
4. Julefrokost: 11.12 i kantinen. Vegetarret kan bestilles.
5. Evt.: Der blev spurgt, om man kan få fri til at passe syge børn. Svar: ja, første og anden sygedag.

Referent: Jan

=== hand-lang da
Kære Ingrid

Tak for dit brev. Her går det sådan set godt. ⟦H|Min knæoperation gik fint, og jeg går nu uden krykker,⟧ men jeg
må ikke cykle før til marts. Peter har travlt med sit kor igen, og vi har fået nye naboer fra Polen, søde folk.

⟦S|Vores datter Signe er blevet gift med sin kæreste Karoline i rådhuset,⟧ og det var en dejlig dag, selvom det
regnede. Vi savner dig, kom snart forbi.

Kærlig hilsen
Birthe

=== hand-no no
Notat, NAV Sandnes
⟦H|Brukeren, Øystein Lie, er sykmeldt etter et hjerteinfarkt i september og har redusert arbeidsevne.⟧ Vi vurderer
arbeidsrettet tiltak fra februar.

=== hand-no no
NAV Sandnes informerer: Fra 1. januar endres reglene for sykepenger til selvstendig næringsdrivende. Les mer på nav.no.

=== hand-no no
Hei Kari!
⟦TU|Jeg er blitt valgt som hovedtillitsvalgt for Fagforbundet på sykehjemmet,⟧ så jeg har mindre tid til koret fremover.
Hilsen Turid

=== hand-bio da
Hej Ulrik
⟦B|Du er nu oprettet med håndfladescanning ved indgangen til lægemiddellageret, så husk at scanne højre hånd.⟧
Skriv hvis det driller. /Facility, Novo-lageret i Kalundborg

=== hand-bio da
Hej Ulrik
Du er nu oprettet med pinkode ved indgangen til lægemiddellageret. Koden får du på sms.
Skriv hvis det driller. /Facility, Novo-lageret i Kalundborg

=== hand-bio da
Leverandørmøde: Firmaet Zkteco præsenterede adgangssystemer med fingeraftrykslæser og ansigtsgenkendelse. Vi
beslutter os først efter en DPIA. Referent: Mona

=== hand-bio da
Logudtræk, adgangskontrol (kun til IT-sikkerhed)
⟦B|2026-11-30 07:58 dør=serverrum metode=FINGERAFTRYK bruger=Lasse Holm resultat=OK⟧
⟦B|2026-11-30 08:02 dør=serverrum metode=FINGERAFTRYK skabelon=tilmeldt 2026-10-01 bruger=Mira Stampe resultat=OK⟧
2026-11-30 08:10 dør=hovedindgang metode=KORT bruger=Ib Dam resultat=OK

=== hand-gen2 da
Hej Morten
⟦G,H|Gentesten viste, at du er bærer af anlæg for familiær hyperkolesterolæmi, ligesom din far.⟧ Vi anbefaler, at
dine børn også bliver testet. Venlig hilsen Klinisk Biokemisk Afdeling, Aalborg

=== hand-politik2 da
Kære naboer
⟦PO|Jeg hedder Niels Kruse og stiller op for Moderaterne til kommunalvalget,⟧ så I vil se mine plakater på Bredgade.
Kig forbi valgboden på torvet lørdag!
"""
