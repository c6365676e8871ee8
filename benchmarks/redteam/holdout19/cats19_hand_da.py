"""Danish hand-written documents of the v19 categories hold-out (markup: ``cats19_markup.py``; ``=== family lang``
starts a document). Written for this set; people are invented."""

BANK = """
=== hand-social da
Mette Kronborg Vestergaard
3 t · Offentlig
Så er det 1 år siden jeg fik diagnosen. {{⟦health|Sklerose er ikke det jeg havde planlagt med 38 år, men medicinen virker og jeg cykler igen⟧.||Ny job er ikke det jeg havde planlagt med 38 år, men teamet er skønt og jeg cykler igen.}} Tak til alle jer der har heppet 💜
👍❤️ 212   47 kommentarer

=== hand-social da
Jonas Bæk Winther delte et opslag
{{⟦political_opinion|Stolt over at være valgt som næstformand i Venstres lokalforening i Hedensted i aften!⟧||Stolt over at være valgt som næstformand i Hedensted Roklub i aften!}} Tusind tak for tilliden, vi ses på generalforsamlingen til foråret 🍻
Synes godt om · Kommenter · Del

=== hand-social da
Lærke Hvid
Til alle jer der spørger: ja vi er flyttet 😅 {{⟦sexual_orientation|Mig og min kæreste Sofie har endelig fået nøglerne til vores første lejlighed sammen⟧||Mig og min kæreste Simon har endelig fået nøglerne til vores første lejlighed sammen}} i Aalborg Øst. Housewarming kommer!!

=== hand-social da
Kommentarer
Birgitte Lund: Flot skrevet. Religion bør være en privatsag og ikke noget kommunen blander sig i.
Henrik Toft: Enig. Og det gælder også frikirker og moskeer, de skal følge de samme regler som alle andre.
Birgitte Lund: Præcis. Vi har vel religionsfrihed i det her land
Kim Jessen: Læs lige grundloven før i skriver 🙄

=== hand-social da
Rasmus Holt Nielsen
Har I også oplevet det? {{⟦trade_union|Ringede til 3F i går fordi chefen ikke ville betale overtid, og deres jurist har allerede skrevet til firmaet⟧.||Ringede til Skat i går fordi chefen ikke havde indberettet min løn, og de har allerede skrevet til firmaet.}} Det kan godt betale sig at sige fra.

=== hand-forum da
Voksenforum › Helbred og medicin
Emne: Erfaring med Ritalin som voksen?
Skrevet af: helle_m_andersen (Helle M. Andersen)
{{⟦health|Jeg har fået ADHD-diagnosen som 41-årig og er lige startet på Ritalin Uno 20 mg⟧.||Min søn på 14 har spurgt, om man kan tage Ritalin til eksamen, fordi en fra klassen gør det.}} Er der nogen der har erfaring med bivirkninger, søvn især?
Svar fra Thomas_K: Snak med lægen, det er ikke noget man skal prøve sig frem med.

=== hand-forum da
Tråd: Kirkeskat når man er udmeldt?
Opslag af morten.svendsen (Morten Svendsen)
Hej. Er der nogen, der ved hvor lang tid der går, før kirkeskatten forsvinder fra forskudsopgørelsen? {{⟦religion|Jeg meldte mig ud af folkekirken i august⟧||Jeg spørger for en kollega, der har læst om det}}, men den står der stadig.
Svar: Det bliver rettet ved næste årsopgørelse, sådan var det i hvert fald hos mig.

=== hand-forum da
Handicapforum › Hjælpemidler
Emne: Hvordan søger man om handicapbil?
Jeg har læst kommunens side, men den er lidt uklar. Hvilke papirer skal man have med fra lægen, og kan man søge før man har fået et afslag på hjælpemidler? Tak på forhånd
/ Karsten, Haderslev

=== hand-chat da
SMS · Louise Brandt ❤️
Louise: er du hjemme til aftensmad?
Louise: {{⟦health|har lige været på apoteket efter mine lithium-piller, tager en time mere⟧||har lige været på apoteket efter solcreme og plastre, tager en time mere}}
Mig: ok jeg laver pasta
Louise: 👍 køb mælk hvis du kommer forbi netto

=== hand-chat da
Messenger – Gruppen "Familien Dam"
Ole Dam: Husk vi spiser hos farmor søndag kl 13
Karina Dam: Jeg kommer lidt senere. {{⟦religion|Skal til messe i Sankt Mariæ Kirke først, det er første søndag i advent⟧||Skal hente et juletræ i Brøns først, det er første søndag i advent}}
Ole Dam: fint, vi venter med desserten

=== hand-chat da
Teams – Lager Kolding
Jesper Vang 08:12
Er der nogen der kan tage min vagt på fredag?
Dorthe Krogh 08:15
{{⟦religion|Jeg kan ikke, jeg holder fri til Eid med familien⟧||Jeg kan ikke, jeg holder fri til min søsters bryllup}}
Jesper Vang 08:16
ok tak alligevel

=== hand-chat da
Teams – Kundeservice team 2
Ali Demir 10:02
nogen der ved hvornår kantinen åbner igen efter ombygningen?
Nanna Bech 10:03
mandag tror jeg. de laver også halal-hjørnet om, så der kommer flere retter
Ali Demir 10:03
fedt

=== hand-service da
Transskription af opkald – Danske Forsikring A/S, skadeservice
Medarbejder: Du taler med Camilla. Må jeg bede om dit navn?
Kunde: Jens Peter Møllgaard.
Medarbejder: Tak Jens Peter. Hvad drejer det sig om?
Kunde: {{⟦health|Jeg har fået konstateret grøn stær på begge øjne, og nu vil jeg høre, om min sundhedsforsikring dækker operationen⟧.||Jeg har fået en stenslag i forruden, og nu vil jeg høre, om min bilforsikring dækker en ny rude.}}
Medarbejder: Det kigger jeg på med det samme.

=== hand-service da
Chatlog – Telefon & Net ApS
Kunde (Annette Frost): Hej, jeg har fået en regning på 899 kr som jeg ikke forstår
Agent Mikkel: Hej Annette. Det er et gebyr for roaming i Tyrkiet i uge 31
Kunde (Annette Frost): Nå ja, vi var på ferie. Kan det nedsættes?
Agent Mikkel: Jeg kan give 50 % i rabat som en engangsforeteelse.

=== hand-service da
Opkaldsnotat – Nordbank, privatkunder
Kunde: Preben Sørensen, kundenr. oplyst
{{⟦biometric|Kunden har i dag fået registreret sit stemmeaftryk, så han fremover identificeres ved sin stemme, når han ringer ind⟧.||Kunden har i dag fået bestilt et nyt betalingskort, fordi det gamle var slidt i chippen.}}
Aftalt opfølgning: ingen.

=== hand-service da
Apotekets kundeservice, chat
Kunde: Hej. Er Panodil Zapp udgået? Jeg kan ikke finde den i jeres webshop
Apoteket: Hej, nej, men den er midlertidigt i restordre. Du kan købe Panodil 500 mg i stedet.
Kunde: ok tak. /Vibeke

=== hand-service da
Apoteket Trekanten – telefonnotat
Birthe Kjeldsen ringede kl. 14.20. {{⟦health|Hun spørger, om hendes Metotrexat til leddegigten kan hentes af naboen⟧, da hun selv ligger med influenza.||Hun spørger, om hendes pakke med håndsprit kan hentes af naboen, da hun selv er bortrejst.}} Svar: ja, med fuldmagt.

=== hand-service da
Flyselskab – kundeservice, referat af chat
Passager: Hassan Yilmaz, booking KX7H2P
{{⟦biometric|Passageren har tilmeldt sig ansigtsgenkendelse ved boarding, og hans ansigtsskabelon er gemt til rejsen⟧.||Passageren har tilmeldt sig mobilt boardingkort, og boardingkortet er sendt til hans app.}}
Bagage: 1 x 23 kg.

=== hand-review da
MEDARBEJDERUDVIKLINGSSAMTALE 2026
Medarbejder: Pernille Ravn Skov, lagerkoordinator
Leder: Søren Holm
Opsummering: Pernille har haft et godt år og tager mere ansvar for vareindgangen. {{⟦health|Hun fortæller, at hendes migræne er blevet bedre efter den nye forebyggende behandling, og hun ønsker fortsat at arbejde med dæmpet lys⟧.||Hun fortæller, at hendes pendling er blevet bedre efter den nye togforbindelse, og hun ønsker fortsat at møde kl. 7.}}
Mål for næste år: truckcertifikat, superbruger i WMS.

=== hand-review da
Udviklingssamtale – noter (fortroligt)
Navn: Mikkel Daugaard
{{⟦trade_union|Mikkel er valgt som arbejdsmiljørepræsentant og tillidsrepræsentant for Dansk Metal på værkstedet, og vi aftalte timer til hvervet⟧.||Mikkel er valgt som superbruger for det nye planlægningssystem på værkstedet, og vi aftalte timer til opgaven.}}
Ellers: god sparring, vil gerne på svejsekursus.

=== hand-exit da
Fratrædelsessamtale
Medarbejder: Tina Overgaard, sygeplejerske, afd. B4
Årsag til opsigelse: {{⟦health|Tina oplyser, at hun stopper fordi hendes kroniske rygsmerter efter diskusprolapsen ikke kan forenes med tunge løft⟧.||Tina oplyser, at hun stopper fordi hun har fået et job tættere på hjemmet i Silkeborg.}}
Hvad kunne vi have gjort bedre: flere faste vagter, mindre overtid.

=== hand-exit da
Fratrædelsessamtale – skabelon til ledere
Spørg ind til årsagen til opsigelsen, men pres ikke. Medarbejderen skal ikke oplyse om helbred, graviditet, religion eller fagforening. Skriv kun det, som medarbejderen selv vil have med i referatet.

=== hand-whistle da
Whistleblowerordningen – indberetning nr. 2026-041
Indberetningen vedrører: driftsleder Allan Brøndum, Vejle
Beskrivelse: {{⟦criminal_records|Allan Brøndum har ifølge indberetter tidligere været dømt for bedrageri mod en tidligere arbejdsgiver og har nu adgang til alle kreditorbetalinger⟧.||Allan Brøndum har ifølge indberetter godkendt sine egne rejseafregninger flere gange og har adgang til alle kreditorbetalinger.}}
Indberetter ønsker at være anonym.

=== hand-whistle da
Whistleblowerordningen – årsrapport 2025
Der kom 14 indberetninger. 5 vedrørte chikane, 3 økonomisk kriminalitet, 2 arbejdsmiljø og 4 faldt uden for ordningen. To sager er overgivet til politiet. Ingen medarbejdere er identificeret i rapporten.

=== hand-survey da
Trivselsundersøgelse 2026 – fritekstsvar (navngivne svar efter aftale med MED-udvalget)
Svar fra: Gitte Hald, rengøring
{{⟦health|Jeg har fået astma af de nye rengøringsmidler og bruger inhalator hver dag nu⟧||Jeg har fået nok af de nye rengøringsmidler og vil gerne have de gamle tilbage}}. Ellers er stemningen god.

=== hand-survey da
Brugerundersøgelse, bibliotekets fritekst (anonyme svar)
Svar 17: Jeg har ordblindhed og bruger E17 hele tiden, men lydbøgerne er svære at finde på hjemmesiden.
Svar 18: Åbn gerne om søndagen.
Svar 19: Flere pladser til lektielæsning.

=== hand-interview da
Interview 9 – transskription (projekt "Ældre og ensomhed", deltageren har givet samtykke til navn)
I: Hvordan ser din uge ud?
Aase Mikkelsen: Mandag går jeg til gymnastik. {{⟦religion|Onsdag er jeg i Indre Mission, det har jeg været siden jeg var ung⟧||Onsdag er jeg i Ældre Sagen, det har jeg været siden jeg blev pensionist}}. Og så kommer min datter om søndagen.

=== hand-interview da
Interview IP 4 – transskription (projekt "Arbejdsliv med kronisk sygdom")
I: Hvornår fortalte du din leder om det?
IP 4: Efter et halvt år. Jeg var bange for at miste mine vagter, så jeg sagde bare, at jeg havde travlt hjemme.
I: Og kollegerne?
IP 4: Nogle ved det. Det er fint nok.

=== hand-dating da
Profil: Frederik, 36, Aarhus
Om mig: Lærer, løber, laver for meget mad. {{⟦sexual_orientation|Søger en sød fyr til gåture, biograf og måske mere⟧||Søger en sød pige til gåture, biograf og måske mere}}. Ikke-ryger. Har en hund der hedder Bølle.

=== hand-dating da
Kontaktannonce – Kristeligt Dagblad
{{⟦religion|Troende kvinde, 58, aktiv i sit sogn i Viborg, søger en mand med samme kristne værdier⟧||Kvinde, 58, aktiv i sin haveforening i Viborg, søger en mand med samme glæde ved naturen}}. Skriv til Hanne Brix via bladets postboks.

=== hand-obituary da
Vores kære mor, svigermor og mormor
Inger Marie Kristensen
f. 4. maj 1939 – d. 12. november 2026
Efter mange års kamp mod KOL sov mor stille ind. Hun var trofast medlem af Socialdemokratiet og af kirkekoret i Ebeltoft.
Bisættelsen finder sted fra Ebeltoft Kirke fredag kl. 13.
Lene og Per, Torben og Anja, børnebørn

=== hand-obituary da
Mindeside – Kaj Vestergaard (1951–2026)
Skrevet af sønnen Morten Vestergaard:
Far lærte mig at fiske og at stå fast. {{⟦health|Jeg sidder selv i dialyse tre gange om ugen, så jeg nåede ikke at være der de sidste dage⟧, men mor holdt hans hånd.||Jeg sidder selv i Bruxelles fire dage om ugen, så jeg nåede ikke at være der de sidste dage, men mor holdt hans hånd.}}
Tænd et lys ❤

=== hand-podcast da
[Transskription, podcasten "Ærligt talt", afsnit 61]
VÆRT: Velkommen til. I dag har jeg besøg af kok og iværksætter Anders Bøgh.
ANDERS BØGH: Tak fordi jeg måtte komme.
VÆRT: Du har været åben om din fortid.
ANDERS BØGH: {{⟦criminal_records|Ja, jeg sad to år i Horsens Statsfængsel for narkohandel, og det var der, jeg lærte at lave mad⟧. ⟦health|Jeg var selv afhængig af kokain dengang⟧.||Ja, jeg gik to år på hotel- og restaurantskolen i Valby, og det var der, jeg lærte at lave mad. Jeg var selv afhængig af kaffe dengang.}}

=== hand-podcast da
[Transskription, YouTube "Hverdagsøkonomi", video 14]
Hej og velkommen. I dag skal vi tale om, hvad det koster at være i fagforening, og om man får noget ud af det. Der er store forskelle på kontingentet, og de gule fagforeninger er ofte billigere. Husk at a-kassen er noget andet end fagforeningen.

=== hand-newscomment da
Kommentarer til: "Byrådet vedtager nyt budget"
Søren Aagaard Pedersen: {{⟦political_opinion|Jeg har stemt Enhedslisten hele mit liv, men det her budget kan jeg ikke forsvare⟧.||Jeg har boet i kommunen hele mit liv, men det her budget kan jeg ikke forstå.}}
Marianne Due: Skolerne bliver ramt igen.
Svar til Marianne: Ja desværre.

=== hand-newscomment da
Kommentarer til: "Flere unge søger hjælp for angst"
Lone Bisgaard: Vigtigt emne. Der burde være psykologhjælp gratis for alle under 25.
Per Thomsen: Det er forældrenes ansvar at tale med deres børn.
Lone Bisgaard: Det er ikke så simpelt, Per.

=== hand-tenants da
Afdelingsbestyrelsen, Toftegården – referat af møde 3. november
Til stede: Bente (formand), Omar, Jytte, Carsten, Lis
1. Ansøgning om rampe ved opgang 14: {{⟦health|Carsten Ibsen bruger kørestol efter sin amputation og kan ikke komme ind ad opgangen⟧.||Carsten Ibsen foreslår en rampe, så barnevogne og cykler lettere kan komme ind ad opgangen.}} Bestyrelsen indstiller til boligselskabet.
2. Vaskeriet: nye priser fra 1. januar.

=== hand-tenants da
Beboerforeningen Solsiden – nyhedsbrev december
Julefesten holdes i fælleshuset 14. december. Der serveres både svinekød og halal kylling, så alle kan være med. Tilmelding hos Jytte i nr. 22.

=== hand-club da
Brabrand Badminton – bestyrelsesmøde, referat
Punkt 4: Medlemskab. {{⟦criminal_records|Bestyrelsen har modtaget børneattest for ny træner Michael Sand med anmærkning om en dom for vold fra 2021, og han kan derfor ikke træne ungdomsholdene⟧.||Bestyrelsen har modtaget børneattest for ny træner Michael Sand uden anmærkninger, og han kan derfor starte på ungdomsholdene.}}
Punkt 5: Hallen lukker i uge 8.

=== hand-club da
FC Nørreby Oldboys – bestyrelsen
Vi har fået en ny sponsor (Tømrer Holm). Kontingentet stiger 50 kr. Husk at alle trænere skal have en børneattest, før de må træne børn, og den indhentes af formanden.

=== hand-counselling da
Studievejledningen – notat
Studerende: Nadia Said, 2. semester, Socialrådgiveruddannelsen
{{⟦health|Nadia fortæller, at hun har haft panikangst siden gymnasiet og nu går hos psykiater, og hun søger om ekstra tid til eksamen⟧.||Nadia fortæller, at hun har haft et studiejob siden gymnasiet og nu arbejder 15 timer om ugen, og hun søger om at flytte en eksamen.}}
Aftale: ny samtale i januar.

=== hand-counselling da
Studievejledningen – notat
Studerende: Emil Rask, 1. semester
Emil overvejer at skifte til datalogi. Vi gennemgik optagelseskrav og frister. Han kommer tilbage efter jul.

=== hand-jobcenter da
Jobcenter Aalborg – samtalenotat
Borger: Dennis Mørk
{{⟦criminal_records|Dennis er løsladt fra Kragskovhede i september og afsoner resten af straffen med fodlænke⟧, og han ønsker praktik i et lager.||Dennis er færdig med sit vikariat i september og har fået truckcertifikat, og han ønsker praktik i et lager.}}
Næste samtale: 8. januar.

=== hand-jobcenter da
Jobcenter Esbjerg – samtalenotat
Borger: Lise Hjorth
{{⟦health|Lise har type 2-diabetes og kan ikke tage natarbejde⟧. ⟦ethnic_origin|Hun er grønlandsk inuk og vil gerne bruge sit sprog i et job med grønlandske borgere⟧.||Lise har kørekort og kan tage natarbejde. Hun er opvokset i Esbjerg og vil gerne bruge sine sprog i et job med udenlandske borgere.}}
Aftale: CV opdateres.

=== hand-caselaw da
Østre Landsrets dom af 2. oktober 2026 (resumé)
Sagen angik, om en lagerarbejder var blevet afskediget på grund af handicap. {{⟦health|Landsretten fandt, at Brian Holmgaard Nørgaards sklerose var et handicap, og at virksomheden burde have tilbudt nedsat tid⟧.||Landsretten fandt, at A's sklerose var et handicap, og at virksomheden burde have tilbudt nedsat tid.}} Virksomheden blev dømt til at betale en godtgørelse.

=== hand-caselaw da
Højesterets dom (resumé)
{{⟦criminal_records|Højesteret stadfæstede dommen over Karim El-Sayed Hansen på 3 års fængsel for grov vold⟧.||Højesteret stadfæstede dommen over T på 3 års fængsel for grov vold.}} Retten lagde vægt på, at volden var uprovokeret.

=== hand-caselaw da
Ligebehandlingsnævnets afgørelse (resumé)
Klageren, en kvinde med muslimsk baggrund, fik afslag på en stilling som receptionist, fordi hun bar tørklæde. Nævnet fandt, at der var sket indirekte forskelsbehandling. Klageren og virksomheden er anonymiseret.

=== hand-social da
Instagram · Peter Kragh (@peter.kragh.foto)
{{⟦genetic|Min DNA-test fra hospitalet viste, at jeg bærer BRCA2-mutationen, ligesom min mor⟧. Derfor har jeg været stille herinde.||Min DNA-test fra MyHeritage viste, at vi stammer fra Sønderjylland, ligesom min mor troede. Derfor har jeg været stille herinde, det tog tid at læse.}} #familie

=== hand-chat da
SMS · Henrik Skytte (nabo)
Henrik: Hej. Kan du passe på Luna torsdag? {{⟦health|Jeg skal have kemo kl 9 og det trækker ud⟧||Jeg skal have syn kl 9 og det trækker ud}}
Mig: Selvfølgelig, læg nøglen under måtten
Henrik: Tak du er guld

=== hand-chat da
Messenger · Sara Qureshi
Sara: Kommer du til min fars 60 års fødselsdag? Vi holder den lørdag i Ishøj
Sara: {{⟦religion|Det bliver efter Isha-bønnen, så først ved 19-tiden⟧||Det bliver efter fodboldkampen, så først ved 19-tiden}}
Mig: Jeg kommer 🥳

=== hand-social da
LinkedIn · Morten Friis Holm
Efter 11 år i forsvaret starter jeg i dag som sikkerhedschef i Bygma. {{⟦ethnic_origin|Som søn af en romafamilie fra Kosovo havde jeg aldrig troet, at jeg skulle stå her⟧||Som søn af en fiskerfamilie fra Thyborøn havde jeg aldrig troet, at jeg skulle stå her}}. Tak til alle der har troet på mig.

=== hand-club da
Roskilde Svømmeklub – indmelding
Navn: Julie Haastrup, 9 år
Forældre: Maja og Sebastian Haastrup
{{⟦biometric|Adgang til svømmehallen: Julies fingeraftryk er registreret i adgangssystemet ved indgangen⟧.||Adgang til svømmehallen: Julies adgangskort er registreret i adgangssystemet ved indgangen.}}
Hold: Haletudser, tirsdag 16.00.

=== hand-tenants da
Boligforeningen Vesterlund – generalforsamling, referat
Valg til bestyrelse: Lis Bonde genvalgt, Anders Kjær nyvalgt. {{⟦political_opinion|Anders Kjær præsenterede sig som byrådskandidat for Dansk Folkeparti og ville arbejde for flere p-pladser⟧.||Anders Kjær præsenterede sig som pensioneret buschauffør og ville arbejde for flere p-pladser.}}
Eventuelt: Husk at rydde cykelkælderen.

=== hand-review da
Trivselssamtale – leders noter
Medarbejder: Henriette Lauesen
{{⟦sexual_orientation|Henriette fortæller, at hun og hendes kone venter barn i maj, og vi talte om orlov⟧.||Henriette fortæller, at hun og hendes mand har købt hus i maj, og vi talte om flytte-fridag.}}
Arbejdsopgaver: uændrede.

=== hand-service da
Lønservice – chat med medarbejder
Medarbejder: Stine Koch, timelønnet
Stine: hej, hvorfor er der trukket 498 kr i min løn?
Lønservice: {{⟦trade_union|Det er dit kontingent til FOA, som du selv bad os trække fra 1. oktober⟧.||Det er din egenbetaling til frokostordningen, som du selv tilmeldte dig fra 1. oktober.}}
Stine: nå ja ok tak

=== hand-chat da
Teams – Jens Ulrik Poulsen & Anne Grøn
Jens Ulrik Poulsen: har du tid til at kigge på min opsigelse i dag?
Anne Grøn: ja kl 14
Jens Ulrik Poulsen: {{⟦trade_union|super. jeg har også sendt den til min faglige konsulent i Djøf, hun vil gerne med på mødet⟧||super. jeg har også sendt den til min advokat i Horsens, hun vil gerne med på mødet}}

=== hand-forum da
Debat › Arvelig kræft
Emne: Gentest i familien – hvad gør I?
Skrevet af: Charlotte Vinding Bak
{{⟦genetic+health|Genetisk afdeling har fundet, at jeg har Lynch-syndrom, og nu skal jeg til kikkertundersøgelse hvert andet år⟧.||Genetisk afdeling har tilbudt min familie en undersøgelse, fordi min afdøde far havde tarmkræft, men jeg har ikke besluttet mig.}} Har I fortalt det til jeres børn?
Svar fra lenebirk: Vi ventede til de var 18.

=== hand-chat da
SMS · Mor
Mor: hvad sagde de på Rigshospitalet?
Mig: {{⟦genetic|blodprøven viser at jeg er bærer af anlægget for cystisk fibrose, men jeg er ikke syg⟧||blodprøven var fin, de tog den bare fordi jeg skal bløde hos tandlægen}}
Mor: puha. ring når du har fri
(Telefonen tilhører Signe Vad Laursen)

=== hand-podcast da
[Transskription, podcasten "Rødder", afsnit 12]
VÆRT: Min gæst er forfatteren Kuupik Lynge Olsen.
KUUPIK LYNGE OLSEN: {{⟦ethnic_origin+religion|Jeg er inuk, opvokset i Sisimiut, og jeg blev døbt i den grønlandske kirke, hvor jeg stadig synger hver jul⟧.||Jeg er uddannet i Sisimiut, bosat i Odense, og jeg skrev den første bog på et kollegieværelse, hvor jeg stadig bor hver jul.}}
VÆRT: Det vender vi tilbage til.

=== hand-exit da
Fratrædelsessamtale – referat
Medarbejder: Ahmad Karimi, tekniker
{{⟦ethnic_origin+political_opinion|Ahmad fortæller, at han som hazara føler sig forfulgt af en kollega, og at han bruger sin fritid som bestyrelsesmedlem i Radikale Venstre i Ballerup⟧.||Ahmad fortæller, at han som pendler føler sig presset af trafikken, og at han bruger sin fritid som bestyrelsesmedlem i grundejerforeningen i Ballerup.}}
Stopper: 31. januar.

=== hand-social da
Facebook · Grete Nørskov
Hvem skal med til demonstration på Christiansborg Slotsplads lørdag? Der er bus fra Holbæk kl 10. Det handler om vores sygehus, og det er for alle uanset parti 🚌

=== hand-jobcenter da
Jobcenter Odense – samtalenotat
Borger: Tanja Bruun
Tanja har været til samtale hos fagforeningen om sine rettigheder og havde sin mand med. Hun søger job som butiksassistent og er klar til 37 timer. Næste samtale om 6 uger.

=== hand-caselaw da
Arbejdsrettens dom (resumé)
{{⟦trade_union|Arbejdsretten fandt, at Lone Brix Dahl var blevet afskediget, fordi hun som tillidsrepræsentant for 3F havde krævet overenskomst⟧.||Arbejdsretten fandt, at tillidsrepræsentanten var blevet afskediget, fordi klubben havde krævet overenskomst; personen er anonymiseret i resuméet.}} Virksomheden blev pålagt en bod.
"""
