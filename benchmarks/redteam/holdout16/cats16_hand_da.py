"""Hand-written Danish documents of the v16 categories hold-out (markup: ``cats16_markup.py``)."""

BANK = """
=== hand-sms da
Hej Birthe, det er Søs. Jeg kommer ikke til kor i aften. {{⟦health|Har fået et migræneanfald igen og ligger i mørke⟧.||Min bil er på værksted, og bussen går for sent.}} Kys

=== hand-sms da
SMS til mor
Husk jeg er på Rigshospitalet til kl 14. {{⟦health|Lægen siger kemoen virker, tumoren er skrumpet!⟧||Lægen siger at min praktik er godkendt!}} Ringer bagefter ❤️

=== hand-sms da
Hej Jonas! Vi ses til fredagsbar? {{⟦religion|Jeg drikker ikke længere, jeg er blevet muslim i foråret⟧, så jeg tager sodavand med.||Jeg kører selv, så jeg tager sodavand med.}} /Emil

=== hand-sms da
Fra Tandlægerne i Vanløse: Kære Bent Aagaard, husk din tid tirsdag kl. 9.40. {{⟦health|Tag din Marevan-dosis som aftalt med lægen før rodbehandlingen⟧.||Mød gerne 5 min. før, vi har ny adresse på 1. sal.}} Svar JA for at bekræfte.

=== hand-chat da
[Messenger – Forældre 2.B Lindevangskolen]
Mie (mor til Otto): Er der nogen der kan tage Otto med til fodbold torsdag?
Rasmus (far til Alma): Jeg kan godt
Mie (mor til Otto): {{⟦criminal_records|Tak!! Jeg har ikke kørekort før til maj pga den dom for spritkørsel⟧ 🙈||Tak!! Min bil er til syn torsdag 🙈}}

=== hand-chat da
[Teams, Lager nord]
Kim S: hvem tager weekendvagten 14/6?
Dennis Hald: {{⟦religion|ikke mig, jeg er til konfirmationsforberedelse som frivillig i menigheden hver lørdag, jeg er med i Pinsekirken⟧||ikke mig, jeg er til min nevøs konfirmation}}
Kim S: ok, Lærke?

=== hand-chat da
Snapchat med Freja (16):
freja: skal jeg sige det til mor i aften
freja: {{⟦sexual_orientation|at jeg er sammen med Maja og ikke med nogen dreng⟧||at jeg har dumpet fysiktesten}}
freja: hun flipper

=== hand-helpdesk da
Ticket 88213 – IT-support
Bruger: Anders Bech (Økonomi)
Beskrivelse: {{⟦biometric|Windows Hello genkender ikke længere mit ansigt efter jeg har fået nye briller, kan I nulstille min ansigtsskabelon?⟧||Windows Hello beder om PIN hver morgen, kan I se på det?}}
Prioritet: normal

=== hand-helpdesk da
Sag 20417 – Bank kundeservice
Kunden Ejnar Holt ringede. {{⟦health|Han har fået Parkinson og kan ikke længere skrive under, så han ønsker fuldmagt til sønnen⟧.||Han flytter til Spanien og ønsker fuldmagt til sønnen.}} Blanket sendt.

=== hand-crm da
CRM · Kontakt: Lise Munch, indkøber, Holm Maskiner ApS
12/5 møde i Vejle. Gode til lange tilbudsforløb. {{⟦trade_union|Lise nævnte selv, at hun er tillidsrepræsentant for HK på kontoret⟧, så hun er svær at få fat i tirsdage.||Lise nævnte, at hun har fri hver anden fredag.}}

=== hand-crm da
Salgsnote 3/3: Ring tilbage til Preben Strøm om varmepumpen. {{⟦political_opinion|Han sidder i kommunalbestyrelsen for Dansk Folkeparti⟧ og ville høre om tilskud til hele vejen.||Han er formand for grundejerforeningen og ville høre om tilskud til hele vejen.}}

=== hand-webform da
Kontaktformular – Tilmelding til vinsmagning
Navn: Helle Due
Antal: 2
Bemærkning: {{⟦health|Jeg er gravid i 5. måned, så jeg smager ikke, men kommer gerne med min mand⟧.||Jeg kommer lidt senere pga. arbejde, men kommer gerne med min mand.}}

=== hand-webform da
Henvendelse via boligforeningens hjemmeside
Navn: Abdi Nur, Rosenhøj 14, 2. th.
Emne: Chikane
Tekst: {{⟦ethnic_origin|Nogen har skrevet "somaliere ud" på min dør, og jeg er den eneste somalier i opgangen⟧.||Nogen har skrevet grimme ord på cykelkælderens dør.}} Kan I fjerne det?

=== hand-phone da
Transskription, opkald til forsikring, 9. april
Kunde (Jens Vad): Ja hej, det er om min skade på knæet.
Medarbejder: Ja.
Kunde: {{⟦health|Ortopædkirurgen siger, at korsbåndet er helt røget, og jeg skal opereres⟧.||Jeg glemte at sende kvitteringen på krykkerne til min søn.}}
Medarbejder: Det noterer jeg.

=== hand-phone da
Optaget samtale, Jobsøgning (rekrutteringsbureau)
Kandidat (Sanne Kjær): Jeg skal lige sige, {{⟦criminal_records|at jeg har en dom for underslæb fra 2021, den står på min straffeattest⟧.||at jeg kun kan starte 1. september pga. opsigelse.}}
Konsulent: Tak for ærligheden.

=== hand-forum da
Tråd: Sportsklubber der er rummelige?
Bruger Jakob_Aarhus skriver: {{⟦sexual_orientation|Min kæreste Mikkel og jeg leder efter en løbeklub hvor to fyre der er kærester ikke bliver gloet på⟧.||Min kollega og jeg leder efter en løbeklub hvor man ikke skal løbe hurtigt.}} Tips i Aarhus?

=== hand-forum da
Kirkebladet, Sct. Lukas sogn – Nyt fra menighedsrådet
Vi byder velkommen til vores nye kirketjener, Martin Schou. {{⟦religion|Martin er selv vokset op i Indre Mission og blev døbt voksen i vores kirke sidste år⟧.||Martin har tidligere arbejdet som gartner i Valby.}}

=== hand-forening da
Referat, bestyrelsesmøde i Afdeling 7, Tåstrup Boligselskab
Pkt. 3: Beboeren i nr. 22, Henning Lauritsen, har klaget over støj. {{⟦health|Henning har PTSD efter udsendelse og bad om, at fyrværkeri nytårsaften begrænses⟧.||Henning bad om, at fyrværkeri nytårsaften begrænses til pladsen.}}

=== hand-forening da
Nyhedsbrev fra Brønshøj Boldklub, juni
Tillykke til Idris Nasser, der er valgt som ny formand for ungdomsafdelingen. {{⟦political_opinion|Idris er også kendt som byrådsmedlem for SF⟧ og har lovet at hjælpe med den nye kunstgræsbane.||Idris har selv spillet i klubben siden U9 og har lovet at hjælpe med den nye kunstgræsbane.}}

=== hand-skole da
Besked i Aula fra Rikke (mor til Theo, 0.A):
Hej pædagoger. {{⟦health|Theo har fået konstateret type 1-diabetes, og han har sensor på armen fra mandag⟧.||Theo får ny cykelhjelm mandag, den er blå.}} Vi kommer forbi og viser jer appen.

=== hand-skole da
Besked i Aula fra Ahmad (far til Leyla, 3.C)
Leyla holder fri fredag. {{⟦religion|Vi fejrer Eid med familien i moskeen⟧.||Vi skal til farmors 80-års fødselsdag i Odense.}}

=== hand-hr da
HR-system, fravær, fritekst (medarbejder: Trine Lykke)
{{⟦health|Sygemeldt med stress, lægeerklæring vedlagt, forventet tilbage om fire uger⟧||Afspadsering, aftalt med leder, forventet tilbage om fire uger}}

=== hand-hr da
Onboarding-note, ny medarbejder Lasse Winther
Udstyr bestilt: pc, headset. {{⟦biometric|Lasses fingeraftryk er registreret i tidsregistreringsterminalen ved porten⟧.||Lasses adgangskort er bestilt og kan hentes i receptionen.}}

=== hand-hr da
Intern note, lønafdelingen
Mette Rasmussen har bedt om, at {{⟦trade_union|kontingentet til 3F trækkes via lønnen fra næste måned⟧.||hendes feriedage overføres til næste år.}}

=== hand-insurer da
Skadenote · police 551-2209 · Kunde: Per Ulrik Dahl
{{⟦health|Kunden har epilepsi og fik anfald bag rattet, derfor påkørslen af postkassen⟧.||Kunden blev blændet af solen, derfor påkørslen af postkassen.}} Afventer politirapport.

=== hand-insurer da
Notat, sundhedsforsikring, kunde Lone Skov
{{⟦genetic|Lone oplyser, at hun er testet positiv for Lynch-syndrom (MLH1) og ønsker dækning af årlige kikkertundersøgelser⟧.||Lone ønsker at vide, om forsikringen dækker kikkertundersøgelser.}}

=== hand-pharmacy da
Apoteksnote, receptekspedition
Kunde: Ulrik Brandt
{{⟦health|Første udlevering af PrEP, rådgivet om bivirkninger og HIV-test hver 3. måned⟧.||Første udlevering af malariapiller, rådgivet om myg og rejsen.}}

=== hand-physio da
Journalnotat, Fysioterapi Østerbro, 12/9
Pt.: Kasper Lindholm, 34 år
{{⟦health|Diskusprolaps L5/S1 bekræftet ved MR, smerter ud i venstre ben⟧.||Ønsker program til at komme i gang med løb igen.}} Øvelser udleveret.

=== hand-travel da
Bestilling, Rejsebureauet Solkysten, ordre 44810
Rejsende: Grethe og Ib Sønderby
Særlige ønsker: {{⟦health|Ib bruger kørestol efter sit slagtilfælde og skal have assistance i lufthavnen⟧.||Vi vil gerne sidde sammen og have værelse med havudsigt.}}

=== hand-travel da
Flybestilling – måltidsønske
Passager: Daniel Rosenberg
{{⟦religion|Kosher måltid, da jeg er praktiserende jøde⟧||Vegetarisk måltid, tak}}

=== hand-recruit da
Interviewnoter, stilling: lagerchef
Kandidat: Brian Thygesen
Stærk på lean. {{⟦health|Fortalte selv, at han er i behandling for alkoholmisbrug og har været ædru i to år⟧.||Fortalte, at han har taget truckcertifikat sidste år.}} Referencer: to.

=== hand-recruit da
CV – Naja Kleist
Frivilligt arbejde: {{⟦ethnic_origin|Formand for Foreningen af unge grønlændere i Aalborg, da jeg selv er inuk fra Uummannaq⟧||Formand for Foreningen af unge badmintonspillere i Aalborg}}
Sprog: dansk, engelsk

=== hand-intranet da
Intranettet · Personalenyt
Vi siger tillykke til Søren Baagø med 25 år i huset. {{⟦trade_union|Søren har i 12 år været vores tillidsmand for Dansk Metal⟧ og er kendt for sin kringle om fredagen.||Søren har i 12 år været vores sikkerhedsrepræsentant og er kendt for sin kringle om fredagen.}}

=== hand-intranet da
Intranettet · Velkommen tilbage
Gitte Mørch er tilbage fra orlov på mandag. {{⟦sexual_orientation|Gitte og hendes kone har fået en datter⟧, og vi glæder os til at se billeder.||Gitte har været på jordomrejse i tre måneder, og vi glæder os til at se billeder.}}

=== hand-mail da
Hej Michael
Tak for mødet i går. {{⟦criminal_records|Som nævnt er min bror Tue Jessen sigtet for hæleri, så jeg tager fri onsdag for at følge ham i retten⟧.||Som nævnt tager jeg fri onsdag for at følge min bror til tandlægen.}}
Mvh. Pia

=== hand-mail da
Kære kunder i Fjordbo Andel
Vores formand Bjarne Krog er fraværende resten af måneden. {{⟦health|Bjarne er indlagt efter en hjerteoperation⟧, og næstformanden tager over.||Bjarne er på ferie i Thailand, og næstformanden tager over.}}
Venlig hilsen Bestyrelsen

=== hand-dentist da
Tandlæge Krarup – journalnotat
Pt. Karina Ruud. {{⟦health|Syreskader på kindtænder, pt. fortæller åbent om bulimi gennem ti år⟧.||Kontrol, ingen huller, rens udført.}} Næste indkaldelse om 12 mdr.

=== hand-webform da
Skema: Ansøgning om fritidspas
Barnets navn: Elias Jankowski
Forælder: Marta Jankowska
Begrundelse: {{⟦ethnic_origin|Vi er en romafamilie, og Elias bliver holdt ude af klubben⟧.||Vi er en stor familie og har svært ved at betale kontingentet.}}

=== hand-news da
Lokalavisen Sydsjælland
Byrådsmedlem Hanne Tvede (V) vil have flere p-pladser ved stationen. ⟦political_opinion|Hun blev valgt for Venstre i 2021 og sidder i teknisk udvalg⟧. Forslaget behandles i marts.

=== hand-news da
Biskop over Haderslev Stift, Henrik Ravnborg, prædiker påskedag i Domkirken. ⟦religion|Biskoppen har været præst i folkekirken i over 30 år⟧. Der er gratis adgang.

=== hand-news da
Sundhedsminister Anne Bøgelund besøgte i går Hvidovre Hospital for at se de nye sengeafsnit. Ministeren talte med personale om ventelister og rekruttering.

=== hand-news da
Statistik: Hver fjerde dansker over 65 år har diabetes eller forstadier, viser ny opgørelse fra Sundhedsstyrelsen. Tallet er steget siden 2015.

=== hand-policy da
Personalepolitik, Nordlys Kontorservice A/S
Sygdom meldes til nærmeste leder inden kl. 8. Medarbejdere har ret til fri til religiøse helligdage efter aftale. Vi spørger aldrig om diagnose.

=== hand-policy da
Rejsepolitik: Medarbejdere, der har behov for særlig kost af helbredsmæssige eller religiøse grunde, bestiller den selv via rejsebureauets portal. Udgiften dækkes.

=== hand-policy da
Fagforeningerne HK og Dansk Metal har i dag indgået overenskomst med Dansk Industri for 2025-2028. Lønnen stiger 10,5 procent over perioden.

=== hand-newsletter da
Nyhedsbrev, Gymnastikforeningen Hvide Sande
Husk generalforsamling 20. marts kl. 19 i klubhuset. Alle medlemmer kan stille forslag. Kaffe og kage.

=== hand-forum da
Tråd: Spørgsmål om cøliaki
Bruger mikkel77: Hvis man har cøliaki, kan man så spise havregryn? Spørger for en artikel, jeg skriver til skolebladet.

=== hand-forum da
Tråd: Har nogen erfaring med fagforeninger for selvstændige?
Bruger grafiker_k: Jeg er freelance og overvejer om det kan betale sig. Hvad koster det typisk?

=== hand-crm da
Kundenote: Firma Tranholm Byg ApS har bestilt førstehjælpskursus for 12 ansatte. Kontaktperson Jan Brixen ønsker dato i uge 38.

=== hand-hr da
HR, fritekst, Karsten Hjort: Har søgt om at gå ned i tid til 32 timer fra 1/10 for at passe sine bier. Leder har godkendt.

=== hand-webform da
Webformular – Spørgsmål til Sundhedsforsikring
Navn: Lene Vinther
Spørgsmål: Dækker forsikringen psykolog, hvis man får brug for det en dag? Jeg har ingen aktuelle problemer, vil bare vide det.

=== hand-skole da
Daginstitutionen Solsikken – nyt til forældre
Vi har i denne uge talt om jul, hanukka og eid, og børnene har tegnet lys. Husk madpakke fredag.

=== hand-sms da
Hej Ole, jeg er ikke syg, jeg har bare glemt mødet. Undskyld! Ses i morgen. /Ditte

=== hand-phone da
Transskription, kundeservice, teleselskab
Kunde (Morten Graae): Jeg vil opsige mit abonnement.
Medarbejder: Må jeg spørge hvorfor?
Kunde: Jeg flytter sammen med min kæreste Anne, og hun har allerede et.

=== hand-chat da
[Teams] Louise Kvist: kan ikke komme til standup, er hos dyrlægen med min kat 😿 ses efter frokost

=== hand-recruit da
Stillingsopslag: Vi søger en tillidsfuld sygeplejerske til vores klinik for diabetes og hjertesygdomme. Medlemskab af fagforening er ikke et krav. Vi ser gerne ansøgere med forskellig baggrund.

=== hand-mail da
Hej alle
Fredagsbaren er aflyst, da Nikolaj har fødselsdag og holder den i stedet i kantinen kl. 15. Der er alkoholfri øl.
/Lotte

=== hand-intranet da
Intranettet: Nu kan du bruge ansigtsgenkendelse på din firmatelefon. Funktionen er frivillig, og skabelonen gemmes kun på telefonen.

=== hand-insurer da
Skadenote, kunde Hans Eriksen: Indbrud i garage, cykel og plæneklipper stjålet. Politianmeldelse modtaget, journalnr. vedlagt. Ingen mistænkte.

=== hand-forening da
Ejerforeningen Bakkehuset: Det er besluttet at der ikke må hænges politiske plakater op i opgangen frem til valget. Ophængte plakater fjernes.

=== hand-travel da
Rejseforespørgsel: Vi er en gruppe fra Sankt Andreas Kirke, der gerne vil på pilgrimsrejse til Santiago i maj. 24 deltagere. Hvad koster det?

=== hand-chat da
[Familiegruppe]
Mormor: ⟦health|Jeg har fået lungebetændelse igen, lægen siger, det er min KOL der spiller ind⟧.
Sara: Åh nej, mormor, skal vi komme med suppe?
Mormor: Ja tak 🥰

=== hand-mail da
Fra kunde til elselskab:
Jeg har et iltapparat hjemme og må ikke blive afbrudt. ⟦health|Jeg har lungefibrose og er afhængig af ilt døgnet rundt⟧. Venlig hilsen Palle Riis

=== hand-forum da
Forældregruppe, Facebook: Min søn Villum på 7 har lige fået ADHD-diagnose. ⟦health|Han starter på medicin i næste uge, og jeg er bange for bivirkninger⟧. Nogen erfaringer?

=== hand-hr da
HR, fritekst (medarbejder: Bo Lysgaard)
⟦criminal_records|Bo er idømt 60 dages ubetinget fængsel og afsoner fra 1/11⟧. ⟦trade_union|Han har bedt om, at hans sag i Fødevareforbundet NNF ikke nævnes i teamet⟧.

=== hand-phone da
Transskription, opkald til vagtcentral for hjemmeplejen
Pårørende (Lise Holck): Det er om min far, Aage Holck, på Kirkevej 9.
Vagt: Ja?
Pårørende: ⟦health|Han er begyndt at blive forvirret om natten, lægen mener det er Alzheimers⟧. ⟦religion|Og han vil gerne have besøg af præsten fra Apostolsk Kirke, han har været med der hele livet⟧.
Vagt: Det noterer vi.

=== hand-forening da
Referat, generalforsamling i Roklubben Kvik
Pkt. 6: Valg til bestyrelsen. ⟦political_opinion|Kasserer Tina Bjerre fortalte, at hun nu er opstillet for Moderaterna og derfor ikke genopstiller⟧. ⟦sexual_orientation|Hendes kone Marie overtager posten som kasserer⟧.
"""
