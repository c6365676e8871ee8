# ruff: noqa: W293  (the blank lines of the flattened HTML mails hold a space, as such mails do)
"""Hand-written Danish category documents (each written once). ``⟦category|sentence⟧`` marks what reveals it."""

DOCS = """
=== hand-gp da
Journalnotat 28.11.2026
Pt. Ruth Mikkelsen, 71 år.
⟦health|Kendt med type 2-diabetes og let nedsat nyrefunktion.⟧ Kommer til årskontrol. BT 138/84.
Plan: blodprøver om 3 mdr.
=== hand-gp da
Kære Lægehuset
Jeg vil gerne flytte min tid på torsdag, da jeg skal til møde på arbejdet. Kan jeg få en tid i næste uge i stedet?
Venlig hilsen Torben Sand
=== hand-gp da
Hej Dr. Holm
⟦health|Min datter Clara (6 år) har fået konstateret cøliaki på Hvidovre, og hun skal nu have glutenfri kost.⟧ Skal vi have en ny
henvisning til diætisten, eller kan I sende den?
Mvh Louise Ravn
=== hand-hospital da
Til afdelingssygeplejerske Inger Bonde
Vi mangler en nattevagt på onkologisk afsnit i uge 50. Kan du selv tage den, eller skal vi spørge vikarbureauet?
/Vagtplanlægningen
=== hand-hospital da
Overlevering aften -> nat, stue 4
⟦health|Svend Åge Nielsen: opereret for lyskebrok i dag, smerter VAS 3, har fået morfin kl. 20.⟧
Hans kone ringer i morgen tidlig.
=== hand-pharmacy da
Apotekets notat
⟦health|Kunden, Helene Storm, henter Sertralin for første gang og fortæller, at hun er sygemeldt med stress.⟧ Vejledt om bivirkninger.
=== hand-pharmacy da
Nyhed på apoteket: Nu kan du få målt blodtryk og kolesterol uden tidsbestilling hver tirsdag. Pris 150 kr.
=== hand-akasse da
Fra: Jobcenter Aarhus
Til: Kristian Aagaard
Emne: Opfølgning

Hej Kristian
⟦health|Som aftalt på mødet bliver din sag overført til sygedagpenge, fordi lægen vurderer, at din diskusprolaps forhindrer dig i at arbejde i 8 uger.⟧
Du skal ikke søge job i den periode.
Venlig hilsen
Sanne, jobkonsulent
=== hand-akasse da
Kære medlem
Husk at du skal tilmelde dig som ledig på jobnet.dk første ledighedsdag. Har du spørgsmål, så ring til os på hverdage kl. 9-15.
Venlig hilsen 3F A-kasse
=== hand-akasse da
Hej 3F
⟦trade_union|Jeg har været medlem af 3F og a-kassen siden 2011, men jeg vil gerne melde mig ud af fagforeningen og kun beholde a-kassen.⟧
Hvordan gør jeg det?
Mvh Brian Kofoed
=== hand-pension da
Kære Peter Laursen
⟦health|Vi har modtaget din ansøgning om udbetaling ved tab af erhvervsevne.⟧ ⟦health|Af lægeerklæringen fremgår det, at du har sklerose og kun kan arbejde 10 timer om ugen.⟧
Vi vender tilbage inden for 6 uger.
Med venlig hilsen
PensionDanmark
=== hand-pension da
Pensionsordningen omfatter dækning ved kritisk sygdom og tab af erhvervsevne. Dækningen gælder for alle medarbejdere fra første ansættelsesdag.
=== hand-childwelfare da
Journalnotat - Familieafdelingen
Mor (Dorthe Friis) oplyser at hun har været i alkoholbehandling på Ringgården siden august.
⟦health|Dorthe Friis er nu ædru og går til samtaler en gang om ugen.⟧ Far er ikke en del af familiens liv.
=== hand-childwelfare da
Til forældre i 3.b
Der er konstateret lus i klassen. Tjek venligst jeres børn i weekenden. Vi har fået gode råd fra sundhedsplejersken, som vi vedhæfter.
=== hand-childwelfare da
Underretning
⟦criminal_records|Skolen oplyser, at Mathias' far, Kenneth Ravn, blev anholdt i sidste uge og sidder varetægtsfængslet.⟧ Mathias har været ked af det i skolen.
=== hand-prison da
Dagsrapport Statsfængslet, afd. B
⟦criminal_records|Indsatte Jimmy Bak Hansen, der afsoner 3 år og 6 måneder for røveri, er overført til åben afdeling.⟧
Ingen øvrige hændelser.
=== hand-prison da
Vi søger fængselsbetjente til Statsfængslet Østjylland. Du får en grunduddannelse på 3 år med løn.
=== hand-prison da
Kære Karin
Tak for i går. Jeg har talt med min advokat om sagen, og han mener ikke, at der er grundlag for at klage over naboens hæk.
Knus Helga
=== hand-church da
Kære menighedsråd
⟦religion|Jeg blev døbt som voksen i påsken og vil gerne være med som frivillig ved gudstjenesterne.⟧
Venlig hilsen Amalie Winther
=== hand-church da
Sogneindsamling søndag: Vi samler ind til Folkekirkens Nødhjælp. Mød op ved kirken kl. 10, hvor du får en indsamlingsbøsse.
=== hand-church da
Til HR
⟦religion|Jeg er muslim og vil gerne have fri den 20. marts til Eid.⟧ Jeg tager en feriedag.
Mvh Nadia Azimi
=== hand-sport da
Referat - bestyrelsesmøde Skovlunde IF
Til stede: formand Jens Ole Dahl, kasserer Mette Lund, Rasmus Haldrup
1. Nye spilledragter bestilles i januar.
2. ⟦health|Rasmus fortalte, at han har fået diagnosen ADHD, og at han derfor gerne vil have dagsordenen skriftligt før møderne.⟧
3. Evt.: intet.
=== hand-sport da
Hej forældre
Næste søndag er der stævne i Ikast. Vi mødes kl. 8 ved klubhuset. Husk madpakke og drikkedunk.
Trænerteamet
=== hand-housing da
Klage fra beboer
⟦health|Beboeren i nr. 14, Ejvind Lauridsen, er blind og bruger førerhund, og han klager over cykler i opgangen.⟧
Vi sender påmindelse til alle beboere om at fjerne cykler.
=== hand-housing da
Husorden: Det er ikke tilladt at holde hund eller kat uden skriftlig tilladelse fra bestyrelsen. Førerhunde og servicehunde er altid tilladt.
=== hand-debt da
Telefonnotat (inkasso)
⟦health|Skyldner, Lene Vind, oplyser at hun er sygemeldt med kræft og ikke kan betale før næste år.⟧ Aftalt henstand til 1. marts.
=== hand-debt da
Telefonnotat (inkasso)
Skyldner, Bo Frederiksen, oplyser at han har mistet sit job og ikke kan betale før næste år. Aftalt henstand til 1. marts.
=== hand-hr da
Hej Maria
⟦health|Vi har registreret, at du er sygemeldt fra i dag.⟧
God bedring!
HR-teamet
=== hand-hr da
Hej alle
⟦health|Henrik er desværre sygemeldt resten af måneden efter sin blodprop.⟧ Kontakt Birgit i stedet ved spørgsmål om regnskabet.
Mvh Jens
=== hand-hr da
Sygefraværspolitik: Ved sygdom skal du melde dig syg til din nærmeste leder inden kl. 8. Ved fravær ud over 14 dage indkaldes du til en sygefraværssamtale.
=== hand-hr da
Til lønafdelingen
⟦trade_union|Ali Demir er nyvalgt tillidsrepræsentant for lagerfolkene fra 1. december.⟧ Han skal have nøgle til TR-kontoret.
=== hand-hr da
Til lønafdelingen
Ali Demir er ny teamleder for lagerfolkene fra 1. december. Han skal have nøgle til kontoret ved rampen.
=== hand-it da
Sag #48213 - adgangskontrol
⟦biometric|Ansatte Karina Toft har fået registreret sit fingeraftryk i adgangssystemet til serverrummet.⟧ Kortet er spærret.
=== hand-it da
Sag #48214 - adgangskontrol
Ansatte Karina Toft har fået nyt adgangskort til serverrummet, fordi det gamle var knækket. Det gamle kort er spærret.
=== hand-it da
Nyt login på de bærbare: Fra 1. januar kan alle bruge Windows Hello med ansigtsgenkendelse eller fingeraftryk i stedet for adgangskode. Det er frivilligt.
=== hand-it da
Log fra adgangssystemet
2026-11-29 07:58:12 DØR-3 ⟦biometric|ADGANG GIVET bruger=kmo (Kim Mortensen) metode=håndfladescanning skabelon=#2231⟧
2026-11-29 07:59:40 DØR-3 ADGANG GIVET bruger=lsa metode=kort
=== hand-realestate da
Hej Rikke
Vi har fået et bud på huset fra et yngre par. ⟦sexual_orientation|Det er to mænd, Anders og hans mand Kasper Bøgh, som gerne vil overtage 1. marts.⟧
Ring når du kan.
Mads, ejendomsmægler
=== hand-realestate da
Hej Rikke
Vi har fået et bud på huset fra et yngre par, Anders og Kasper Bøgh, som gerne vil overtage 1. marts. De har finansieringen på plads.
Ring når du kan.
Mads, ejendomsmægler
=== hand-travel da
Rejsebooking - bemærkninger
⟦health|Passager Gunhild Kirk sidder i kørestol og skal have assistance (WCHC) i både Kastrup og Nice.⟧
Bagage: 1 kuffert.
=== hand-travel da
Rejsebooking - bemærkninger
Passager Gunhild Kirk har bestilt ekstra benplads og vinduesplads i både Kastrup og Nice.
Bagage: 1 kuffert og golfudstyr.
=== hand-teams da
[08:47] Lotte Skov
Godmorgen! ⟦health|Jeg er gravid i uge 14, så jeg går til scanning kl. 10 og kommer lidt senere.⟧
[08:49] Mikkel Holm
Tillykke!! 🎉
=== hand-teams da
[08:47] Lotte Skov
Godmorgen! Bilen er gået i stykker, så jeg tager toget og kommer lidt senere.
[08:49] Mikkel Holm
Øv. Vi ses!
=== hand-calendar da
Emne: Opfølgningssamtale - Camilla Juhl
Tidspunkt: fredag 5. december 10:00
⟦health|Beskrivelse: Camilla vender tilbage på nedsat tid efter sin depression; vi aftaler en plan for de næste 8 uger.⟧
=== hand-calendar da
Emne: Medarbejderudviklingssamtale - Camilla Juhl
Tidspunkt: fredag 5. december 10:00
Beskrivelse: Vi taler om det forgangne år og dine ønsker til efteruddannelse.
=== hand-outlookfwd da
-----Oprindelig meddelelse-----
Fra: Annette Kjær
Sendt: 26. november 2026 14:11
Emne: VS: Valg til byrådet

Hej Ole, kan du give ham fri til valgaftenen?
> ⟦political_opinion|Til info: Thomas Krogh stiller op til kommunalvalget for Socialistisk Folkeparti og har valgmøde 18. november.⟧
> Mvh Annette
=== hand-outlookfwd da
-----Oprindelig meddelelse-----
Fra: Annette Kjær
Sendt: 26. november 2026 14:11
Emne: VS: Valgaften

Hej Ole, kan du give ham fri til valgaftenen?
> Til info: Thomas Krogh er valgstyrer på Nørrebro Skole ved kommunalvalget og skal tælle stemmer til sent.
> Mvh Annette
=== hand-minutes da
Referat af bestyrelsesmøde i Andelsboligforeningen Solsikken
1. ⟦political_opinion|Formand Birthe Nørgaard er blevet valgt til regionsrådet for Venstre og fortsætter som formand.⟧
2. Nyt tag på blok C: tilbud fra tre firmaer.
3. Næste møde: 14. januar.
=== hand-minutes da
Referat af bestyrelsesmøde i Andelsboligforeningen Solsikken
1. Formand Birthe Nørgaard er genvalgt på generalforsamlingen og fortsætter som formand.
2. Nyt tag på blok C: tilbud fra tre firmaer.
3. Næste møde: 14. januar.
=== hand-ocrform da
HELBREDSOPLYSNINGER - SVØMMEHOLD
Barnets navn: Sofus Lind
Allergier: ⟦health|nødder (epipen medbringes)⟧
Særlige behov: _______
Forældres underskrift: Trine Lind
=== hand-ocrform da
HELBREDSOPLYSNINGER - SVØMMEHOLD
Barnets navn: ________
Allergier: ________
Særlige behov: ________
Forældres underskrift: ________
=== hand-pdfcols da
Retsbog                                      Retten i Glostrup
Sag BS-2211/2026                              Dom afsagt 24.11.2026
⟦criminal_records|Tiltalte Yasin Khalil, født 1999, findes skyldig i overtrædelse af straffelovens § 244 og idømmes 60 dages betinget fængsel.⟧
=== hand-html da
Kære Sara
 
Tak fordi du vil være med i vores netværk.
⟦sexual_orientation|Som du skrev, er du selv biseksuel, og du vil gerne være kontaktperson for nye medlemmer i LGBT+-netværket.⟧
 
Venlig hilsen
Jonas | LGBT+-netværket i Novo
=== hand-html da
Kære alle
 
Vi inviterer til Pride-morgenmad fredag kl. 8.30 i kantinen. Alle er velkomne - tag gerne en kollega med!
 
Venlig hilsen
Personaleforeningen
=== hand-markdown da
| Medarbejder | Fagforening | Kontingent/md |
|---|---|---|
| ⟦trade_union|Jannik Thorsen | Dansk Metal | 512 kr|⟧
| ⟦trade_union|Susanne Beck | HK | 498 kr|⟧
=== hand-markdown da
| Fagforening | Antal medlemmer i firmaet | Kontingent/md |
|---|---|---|
| Dansk Metal | 14 | 512 kr |
| HK | 9 | 498 kr |
=== hand-log da
2026-11-30 09:12:01 INFO hr.sync medarbejder=4471 felt=fravær værdi=ferie
2026-11-30 09:12:02 INFO hr.sync ⟦health|medarbejder=4471 (Ole Brink) felt=fravær værdi=sygdom årsag="brækket arm"⟧
=== hand-csv da
navn;afdeling;bemærkning
Per Mølgaard;Lager;kører truck
⟦ethnic_origin|Shirin Ahmadi;Kantine;"er kurder fra Iran og taler kurdisk og farsi"⟧
Gitte Holm;Lager;""
=== hand-csv da
navn;afdeling;bemærkning
Per Mølgaard;Lager;kører truck
Shirin Ahmadi;Kantine;"taler engelsk og lidt tysk"
Gitte Holm;Lager;""
=== hand-dos da
NAVN                 AFD  NOTE
MØLLER BENT          12   ⟦criminal_records|DØMT FOR SPIRITUSKØRSEL 2025, KØREKORT FRAKENDT⟧
LARSEN JYTTE         12   FØRSTEHJÆLPSKURSUS
=== hand-sms da
Hej mor, ⟦health|lægen siger det er brækket, jeg får gips på i 6 uger 😩⟧ Kan du hente mig? Knus Freja
=== hand-sms da
Hej mor, bussen er aflyst igen 😩 Kan du hente mig ved hallen? Knus Freja
=== hand-news da
Kommunen har i år brugt 14 mio. kr. på misbrugsbehandling, oplyser forvaltningen. Antallet af borgere i behandling er steget med 8 procent.
=== hand-news da
En 45-årig mand fra Næstved blev i går anholdt for indbrud i et sommerhus. Han blev løsladt efter afhøring.
=== hand-news da
⟦criminal_records|Restauratøren Preben Skytte blev tirsdag idømt bødestraf for spirituskørsel, oplyser anklagemyndigheden.⟧ Han beholder sin bevilling.
=== hand-fiction da
I romanen møder vi Ellen, der er muslim og lever som enlig mor i Vollsmose. Bogen har fået fem stjerner i Politiken.
=== hand-advice da
Har du fået konstateret diabetes, er det vigtigt at holde øje med dit blodsukker. Tal med din læge, hvis du er i tvivl.
=== hand-policy da
Vi registrerer aldrig oplysninger om medarbejdernes religion, politiske overbevisning eller fagforeningsforhold, medmindre loven kræver det.
=== hand-template da
Kære [NAVN]
Vi har modtaget din sygemelding af [DATO]. Husk at melde dig rask, når du er klar til at arbejde igen.
Venlig hilsen HR
=== hand-agreement da
Overenskomsten mellem DI og 3F giver ret til 5 dages betalt fravær ved barns hospitalsindlæggelse.
=== hand-stats da
Af virksomhedens 214 ansatte er 31 medlem af en fagforening uden for hovedorganisationerne, viser den årlige trivselsundersøgelse.
=== hand-job da
Vi søger en sognepræst til Hørning Pastorat. Stillingen er på fuld tid og indebærer konfirmandundervisning og gudstjenester.
=== hand-job da
Til Signe Bach
Du er hermed ansat som socialrådgiver i Misbrugscentret fra 1. januar. Din opgave er at følge borgere i alkoholbehandling.
=== hand-course da
Tilbud til alle ansatte: kursus i førstehjælp ved hjertestop den 9. december. Tilmelding hos Lise i receptionen.
=== hand-genetic da
Hej Bente
⟦genetic+health|Min søster og jeg er begge testet positive for BRCA2-genet, så jeg skal have fjernet æggestokkene i foråret.⟧
Jeg har brug for fri i 3 uger. Mvh Charlotte Dam
=== hand-genetic da
Kære Morten
⟦genetic|Resultatet af faderskabstesten viser med 99,9 % sikkerhed, at du er far til Nikolaj.⟧
Med venlig hilsen
Familieretshuset
=== hand-genetic da
Regionen tilbyder nu gentest for arvelig hjertesygdom til familier, hvor flere har haft pludselig hjertestop. Tal med din læge.
=== hand-ethnic da
Kære redaktion
⟦ethnic_origin|Jeg er selv grønlænder og født i Sisimiut, og jeg synes, artiklen om inuit i København var meget unuanceret.⟧
Venlig hilsen Aviaja Lynge
=== hand-ethnic da
Kære redaktion
Jeg har selv boet i Sisimiut i fem år som lærer, og jeg synes, artiklen om Grønland var meget unuanceret.
Venlig hilsen Ulla Mose
=== hand-multi da
Notat - personalesag
⟦criminal_records|Mikkel Winther har oplyst, at han er sigtet for vold i forbindelse med en episode i nattelivet.⟧
⟦health|Han er sygemeldt med en hjernerystelse fra samme aften.⟧ Vi afventer politiets efterforskning.
=== hand-multi da
Hej Pia
⟦religion+ethnic_origin|Min mand og jeg er begge kaldæiske kristne fra Irak og holder jul den 25. december i kirken i Brøndby.⟧
⟦health|Jeg skal desuden opereres i knæet i januar.⟧ Kan vi tale om ferie?
Venlig hilsen Rana Yousif
=== hand-multi da
Til tillidsrepræsentanten
⟦trade_union|Jeg er medlem af Dansk Sygeplejeråd.⟧ ⟦health|Efter min abort i september har jeg haft det svært, og min læge har sygemeldt mig i to uger.⟧
Kan du hjælpe mig med at tale med min leder? Mvh Josefine Hald
=== hand-neg-named da
Kære Jesper
Tak for dit oplæg om GDPR og særlige kategorier på personalemødet. Slides om helbredsoplysninger og fagforeningsforhold ligger på intranettet.
Mvh Karen
=== hand-neg-named da
Hej Anne
Kan du booke Kirkesalen i Domkirken til julefrokosten? Præsten siger, det er i orden.
Mvh Thomas
=== hand-neg-named da
Hej Yusuf
Kan du oversætte velkomstbrevet til arabisk og somali til de nye beboere? Vi betaler efter regning.
Mvh boligsocial medarbejder Lene
=== hand-neg-named da
Niels Hjort er valgt som ny formand for Grundejerforeningen Strandengen. Han afløser Bodil Krag, der har været formand i 12 år.
=== hand-neg-named da
Hej Sofie
Din kollega Kim er på barsel fra 1. januar. Du overtager hans kunder imens.
Mvh Lone
"""
