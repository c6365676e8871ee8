"""Hand-written Danish category documents for hold-out v10 (markup in ``cats10_markup.py``)."""

BANK = r"""
=== hand-mail da
Hej Gunver

Tak for i går. Jeg kommer desværre ikke til workshoppen på torsdag, {{⟦health|jeg skal have skiftet min insulinpumpe på Steno, og det tager hele formiddagen⟧||jeg skal have skiftet dæk på bilen i Viby, og det tager hele formiddagen}}.

Kh Rikke Dalsgaard

=== hand-hr da
Personalenotat – Kasper Hvidberg, lager
Samtale 14/3 med nærmeste leder. {{⟦health|Kasper fortalte, at han er i behandling for alkoholafhængighed på Ringgården og har været ædru i syv uger.⟧||Kasper fortalte, at han er i gang med truckcertifikatet på AMU og regner med at bestå i april.}} Vi aftalte opfølgning om en måned.

=== hand-chat da
[09:12] Yasmin Haddad: god morgen alle 🙂
[09:13] Yasmin Haddad: {{⟦religion|jeg går lidt tidligt fredag, skal nå fredagsbønnen i moskéen på Dortheavej⟧||jeg går lidt tidligt fredag, skal nå at hente min nevø på Dortheavej}}
[09:15] Jens Aagaard: helt fint 👍

=== hand-case da
Journalnotat, Jobcenter Vejle
Borger: Dragan Petrović, 44 år.
{{⟦criminal_records|Borgeren oplyser, at han afsoner en dom på 60 dages samfundstjeneste for hæleri og derfor ikke kan tage vagter om lørdagen.⟧||Borgeren oplyser, at han passer sin mor om lørdagen og derfor ikke kan tage vagter der.}}
Næste samtale: 2. maj.

=== hand-form da
TILMELDING – SOMMERLEJR FOR 4.-6. KLASSE
Barnets navn: Alfred Mørch Kjær
Klasse: 5.B
Allergier/medicin: {{⟦health|Astma – Ventoline inhalator før løb, har altid en med⟧||Ingen}}
Må barnet bade? Ja
Forælders underskrift: Pia Mørch

=== hand-sms da
Hej Lone, det er Bent fra bestyrelsen. {{⟦political_opinion|Jeg står på Venstres liste til regionsrådsvalget, så jeg kan ikke tage referatet i november⟧||Jeg er på ferie på Madeira i uge 46, så jeg kan ikke tage referatet i november}}. Mvh Bent Schou

=== hand-mail da
Kære Ole

Vedr. din ansøgning om fleksibel arbejdstid: {{⟦trade_union|Som du ved, har Brian Holm, tillidsrepræsentant for Dansk Metal, bedt om at deltage i mødet, og det er selvfølgelig i orden.⟧||Som du ved, har Brian Holm, din teamleder, bedt om at deltage i mødet, og det er selvfølgelig i orden.}}

Venlig hilsen
Marianne Skov, HR

=== hand-case da
Sagsnotat – Familieafdelingen
Mor: Hodan Abdi Warsame. Barn: Ilhan, 7 år.
{{⟦ethnic_origin|Mor er somalisk og taler kun lidt dansk; tolk på somali bestilles til næste møde.⟧||Mor har ønsket mødet flyttet til eftermiddagen; ny tid sendes i e-Boks.}}

=== hand-note da
Note til vagtskiftet, stue 4
{{⟦health|Hr. Leif Bregnhøj (seng 2) har haft feber om natten, CRP 140, vi venter på svar på bloddyrkning.⟧||Hr. Leif Bregnhøj (seng 2) har ønsket avisen leveret hver morgen, det er aftalt med kiosken.}}
/Natsygeplejerske Tove

=== hand-mail da
Hej Mathias

{{⟦genetic+health|Min gentest fra Rigshospitalet viste, at jeg er bærer af Lynch-syndrom, så jeg skal til kikkertundersøgelse hvert andet år.⟧||Min ansøgning til Rigshospitalet er sendt, så nu venter jeg bare på svar.}} Vi ses til fødselsdagen.

Knus Stine

=== hand-hr da
Adgangskontrol – oprettelse
Medarbejder: Troels Kamp Nissen, IT-drift
{{⟦biometric|Fingeraftryk (højre pegefinger) indlæst i serverrummets læser 03.02, skabelon gemt i adgangssystemet.⟧||Nøglebrik nr. 4471 udleveret 03.02, kvittering underskrevet.}}

=== hand-chat da
mor: hvordan gik det i dag skat?
Emil: fint nok
Emil: {{⟦sexual_orientation|og mor, jeg har en kæreste. han hedder Jonatan og går i 3.g⟧||og mor, jeg har fået job. i Netto på hjørnet, fra næste uge}}
mor: det er da dejligt ❤️

=== hand-news da
Lokalavisen, Thisted
Byrådsmedlem Anker Thygesen træder ud af teknik- og miljøudvalget. {{⟦criminal_records|Det sker, efter at han i sidste uge blev idømt 20 dagsbøder for spirituskørsel ved retten i Thisted.⟧||Det sker, efter at han i sidste uge blev valgt som formand for havneudvalget.}} Hans plads overtages af en suppleant.

=== hand-mail da
Hej alle i Børnehuset Solsikken

Husk at Nanna i Mariehønsegruppen {{⟦religion|ikke må få svinekød, da familien er muslimer – vi har aftalt, at hun får fiskefrikadeller⟧||ikke må få jordbær, fordi hun altid får udslæt af dem – vi har aftalt, at hun får melon}}.

Hilsen Ida, pædagog

=== hand-case da
Kriminalforsorgen, Afdeling Sjælland – notat
Klient: Michael Juul Brandt
{{⟦criminal_records|Klienten er prøveløsladt 1. juni efter afsoning for grov vold og har meldepligt hver 14. dag.⟧||Klienten har deltaget i informationsmødet om projektet som pårørende til en indsat.}}

=== hand-form da
Ansøgning om kontingentfritagelse
Navn: Lise-Lotte Brix
Forening: {{⟦trade_union|FOA – Fag og Arbejde, afdeling Aarhus⟧||Aarhus Roklub}}
Begrundelse: arbejdsløs siden januar
Dato: 12.02

=== hand-hr da
Referat af sygefraværssamtale
Deltagere: Søs Frederiksen (medarbejder), Kim Lauritsen (leder)
{{⟦health|Søs har fået diagnosen fibromyalgi og har brug for at kunne arbejde hjemme på dårlige dage.⟧||Søs ønsker at kunne arbejde hjemme om fredagen, når hun henter børn i Odder.}} Lederen vender tilbage i næste uge.

=== hand-chat da
Lasse K: skal vi have julefrokost hos mig?
Hanne: ja!! men {{⟦religion|jeg spiser ikke kød i adventstiden, jeg er ortodoks kristen så vi faster⟧||jeg spiser ikke kød for tiden, jeg prøver en vegansk måned}}
Lasse K: fint, jeg laver en linseret 🙂

=== hand-mail da
Til Skovlunde Tennisklub

Jeg vil gerne melde mig ind i motionistholdet. {{⟦health|Jeg har en kunstig hofte siden sidste år, så jeg kan ikke spille single.⟧||Jeg har en ny ketsjer siden sidste år, så jeg er klar til at spille single.}}

Mvh Preben Vestergaard

=== hand-note da
Praktikantens dagbog, dag 3
Mødte Mustafa Öztürk fra økonomi til frokost. {{⟦ethnic_origin|Han er kurder fra Diyarbakır og fortalte om sin familie, der stadig bor der.⟧||Han har boet i Diyarbakır et år som udvekslingsstuderende og fortalte om byen.}} Sjov fyr.

=== hand-sms da
Hej Charlotte. {{⟦sexual_orientation|Min kone Sidsel og jeg kommer begge til forældremødet på tirsdag.⟧||Min mand Søren og jeg kommer begge til forældremødet på tirsdag.}} Hilsen Camilla (Freyas mor)

=== hand-form da
Donorregistrering – Blodbanken, Aalborg
Navn: Thomas Bech Møller
Spm. 14: Har du inden for de sidste 4 måneder haft seksuel kontakt med en mand? {{⟦sexual_orientation|☒ Ja – med min faste partner⟧||☒ Nej}}
Blodtype: 0 RhD+

=== hand-case da
Udlændingestyrelsen – samtalereferat (uddrag)
Ansøger: Nguyen Thi Mai
{{⟦political_opinion|Ansøgeren forklarer, at hun blev forfulgt i Vietnam, fordi hun skrev regeringskritiske indlæg og er medlem af en forbudt demokratibevægelse.⟧||Ansøgeren forklarer, at hun kom til Danmark for at studere og nu ønsker at blive hos sin ægtefælle.}}

=== hand-mail da
Kære Karsten

{{⟦trade_union|Jeg har meldt mig ind i Djøf i sidste uge og vil gerne have, at du trækker kontingentet over lønnen.⟧||Jeg har meldt mig til firmaets løbeklub i sidste uge og vil gerne have, at du trækker kontingentet over lønnen.}}

Venlig hilsen
Annemette Holst

=== hand-hr da
Rekrutteringsnotat – kandidat 3, Wojciech Nowak
Indtryk: Stærk faglig profil, taler godt dansk. {{⟦criminal_records|Straffeattesten viser en betinget dom fra 2021 for dokumentfalsk.⟧||Straffeattesten er indhentet og er uden anmærkninger.}}

=== hand-chat da
Gruppe: Vejlauget 🏡
Birthe (nr. 14): {{⟦health|jeg kan ikke hjælpe med hækken i år, jeg er lige startet på strålebehandling for brystkræft⟧||jeg kan ikke hjælpe med hækken i år, jeg er lige startet på et nyt job med weekendvagter}}
Karl (nr. 9): selvfølgelig, god bedring / held og lykke!

=== hand-news da
Sport: FC Midtjylland
{{⟦health|Angriberen Oumar Diallo er ude resten af sæsonen med en afrevet akillessene, oplyser klubben.⟧||Angriberen Oumar Diallo har forlænget sin kontrakt til 2029, oplyser klubben.}} Cheftræneren glæder sig over nyheden.

=== hand-mail da
Hej Birgitte

Tak for opringningen. {{⟦genetic|Faderskabstesten viste, at Rune ikke er biologisk far til Malthe, så vi må ændre papirerne.⟧||Navneændringen for Malthe er godkendt, så vi må ændre papirerne.}}

Mvh Advokatsekretær Henny

=== hand-form da
Medlemsblanket
Navn: Inger Stokholm
{{⟦political_opinion|Jeg ønsker at blive medlem af Radikale Venstre, Hillerød lokalforening.⟧||Jeg ønsker at modtage Hillerød Bibliotekers nyhedsbrev.}}
Underskrift: Inger Stokholm

=== hand-note da
Til min kollega Ebbe (dørmand, lørdag)
{{⟦criminal_records|Ham med rødt skæg, Jimmy Sandholm, har karantæne – han blev dømt for vold mod en af vores dørmænd sidste år.⟧||Ham med rødt skæg, Jimmy Sandholm, er ny bartender – han starter kl. 22.}}

=== hand-case da
Hjemmeplejen, besøgsnotat
Borger: Gudrun Lassen, 88 år
{{⟦health|Gudrun var forvirret og kunne ikke huske, om hun havde taget sin demensmedicin; sygeplejerske kontaktet.⟧||Gudrun havde ryddet op i køkkenet og bagt boller til gæster; alt i orden.}}

=== hand-mail da
Hej Omar

{{⟦religion|Jeg har sat dig på vagtplanen til 1. juledag, men husk at du ønskede fri til Eid, så det holder jeg fri for dig.⟧||Jeg har sat dig på vagtplanen til 1. juledag, men husk at du ønskede fri til din søsters bryllup, så det holder jeg fri for dig.}}

Mvh Tina

=== hand-sms da
hej det er Kaj. {{⟦biometric|banken har lige taget mit stemmeaftryk til telefonbetjeningen, så nu skal jeg bare sige min sætning⟧||banken har lige givet mig en ny kode til telefonbetjeningen, så nu skal jeg bare taste den}}

=== hand-hr da
Exit-samtale, Rebecca Malling
{{⟦sexual_orientation|Rebecca fortalte, at hun flere gange har hørt nedsættende kommentarer om, at hun er lesbisk, og at det er en del af grunden til, at hun stopper.⟧||Rebecca fortalte, at hun har fået et job tættere på Holstebro, og at det er hovedgrunden til, at hun stopper.}}

=== hand-chat da
Maja: har du set at Sune er stillet op?
Klara: {{⟦political_opinion|ja han stiller op for Enhedslisten i Nørrebro, jeg har lovet at dele løbesedler med ham⟧||ja han stiller op til halvmaraton i Nørrebro, jeg har lovet at heppe på ham}}

=== hand-case da
Skolesundhedsplejen, notat
Elev: Hamza Yilmaz, 8.A
{{⟦health|Hamza har angst og ondt i maven om morgenen; henvist til skolepsykolog.⟧||Hamza er målt og vejet; vægt og højde følger kurven.}}

=== hand-mail da
Kære Tove

{{⟦ethnic_origin|Som grønlænder fra Uummannaq er jeg glad for, at I vil tage min families fortællinger med i udstillingen.⟧||Som tidligere ansat i Uummannaq er jeg glad for, at I vil tage mine fotos med i udstillingen.}}

Venlig hilsen
Aviaja Lund

=== hand-note da
Minder fra fars fødselsdag
{{⟦health|Far fik sit hjertestop i foråret og har nu en ICD under huden, så han må ikke stå tæt på induktionskomfuret.⟧||Far fik sit nye køkken i foråret og har nu et induktionskomfur, som han er vild med.}} — skrevet af Rasmus Bjerre

=== hand-hr da
Indberetning til lønkontoret
Medarbejder: Dorte Rask, løn nr. 2219
Fradrag: {{⟦trade_union|Fagforeningskontingent HK Kommunal, kr. 492,-⟧||Kantineordning, kr. 492,-}}

=== hand-form da
Skema ved indskrivning – Friskolen Lindholt
Elev: Aya Mansour
Deltager i kristendomsundervisning? {{⟦religion|Nej – familien er muslimer og ønsker fritagelse⟧||Ja}}

=== hand-misc da
Privatlivspolitik for Hjortshøj Boligforening
Vi behandler som udgangspunkt ikke følsomme oplysninger, fx om helbred, religiøs overbevisning, fagforeningsmæssigt tilhørsforhold, etnisk oprindelse, seksuel orientering eller strafbare forhold. Hvis du selv giver os sådanne oplysninger i forbindelse med en ansøgning om handicapbolig, behandler vi dem efter databeskyttelsesforordningens artikel 9.

=== hand-news da
Datatilsynet indstiller fitnesskæden PowerZone til en bøde på 400.000 kr., fordi kæden brugte ansigtsgenkendelse ved indgangen uden et gyldigt grundlag. Kæden har 31 centre og oplyser, at systemet er slukket.

=== hand-news da
Ny opgørelse: 17 procent af de ansatte i regionerne var sygemeldte mindst én gang med stress sidste år, og andelen af medlemmer i FOA og Dansk Sygeplejeråd, der overvejer at skifte job, er steget. Det viser en undersøgelse fra VIVE.

=== hand-misc da
Boganmeldelse: I Hanne Vibekes nye roman "Vinterhavn" møder vi fiskeren Aksel, der efter en dom for smugleri vender hjem til Skagen og langsomt drikker sig ihjel. Et stærkt portræt, fem stjerner.

=== hand-misc da
Byvandring i Ribe, søndag kl. 14
Vi fortæller om Maren Spliid, der blev brændt som heks i 1641, og om domkirkens katolske fortid. Tilmelding ikke nødvendig.

=== hand-mail da
Hej Henrik

Vedhæftet er udkastet til den nye overenskomst, som DI og 3F blev enige om i nat. Læg mærke til reglerne om sygdom i opsigelsesperioden og om børns første sygedag. Vi tager det på ledermødet.

Mvh Susanne

=== hand-news da
En 34-årig mand blev i nat anholdt på Vesterbro, sigtet for indbrud i tre butikker. Politiet oplyser ikke hans navn.

=== hand-misc da
Stillingsopslag: Sygeplejerske til onkologisk dagafsnit, Vejle Sygehus. Du får ansvar for kemoterapi og samtaler med patienter og pårørende. Medlemskab af fagforening er ikke et krav. Kontakt afdelingssygeplejerske Lotte Brink.

=== hand-chat da
Jonas: det var sygt godt koncerten i går
Mikkel: ja helt vildt, jeg var syg af grin over forsangeren
Jonas: haha han var fuldstændig gal

=== hand-mail da
Hej Allan

Kan du sende mig tallene for Q3? Revisoren vil gerne se hele budgettet før mandag, også posten til firmaets Pride-sponsorat og julegudstjenesten for kunder.

Mvh Bettina

=== hand-misc da
Menukort – Café Bazar
Halal kyllingespyd · Kosher-inspireret bagel · Vegansk buddha bowl · Glutenfri brownie
Alle retter kan laves uden nødder – spørg personalet.

=== hand-news da
Folketingsvalg: Socialdemokratiet gik 3,1 procentpoint frem i Nordjylland, mens Dansk Folkeparti mistede to mandater. Valgdeltagelsen var 84 procent.

=== hand-case da
Notat fra tolkebooking
Tolk på arabisk bestilt til samtale 4/11 kl. 10 på Ydre Nørrebro Lægehus. Tolkens navn: Rania Saleh. Borgeren møder selv op.

=== hand-hr da
Nyhedsbrev fra HR
Velkommen til Frida Juhl i lønteamet og tillykke til Jesper Brandt med 25 års jubilæum! Husk influenzavaccinationen i kantinen torsdag, og at arbejdsmiljørepræsentanten skal vælges i april.

=== hand-mail da
Hej Lis

{{Det er Thorvald her, din nabo. ⟦health+genetic|Lægen siger, at min arvelige hjertesygdom (hypertrofisk kardiomyopati) er bekræftet ved gentesten, så jeg skal have pacemaker.⟧||Det er Thorvald her, din nabo. Lægen siger, at jeg skal have taget en blodprøve igen, men det er bare rutine.}} Kan du tage dig af katten i næste uge?

Thorvald

=== hand-note da
Gæsteliste, Idas konfirmation
Bord 1: Ida, mor, far, mormor og morfar
Bord 2: ⟦sexual_orientation|Onkel Jakob og hans mand Kristian⟧, faster Sanne
NB: ⟦health|mormor sidder i kørestol efter sin blodprop⟧, så bord 1 skal stå ved døren.

=== hand-mail da
Kære Poul

⟦criminal_records+political_opinion|Min søn Aksel blev anholdt under klimademonstrationen ved Christiansborg, hvor han var med for Extinction Rebellion, og er nu sigtet for hærværk.⟧ Har du tid til at tale med mig om en forsvarer?

Venlig hilsen
Gitte Krogsgaard

=== hand-chat da
Mehmet: kommer du til fodbold i aften?
Ali: ⟦religion|ikke i aften, det er ramadan og jeg bryder fasten med familien⟧
Mehmet: ok, næste uge så

=== hand-case da
Patientklage (uddrag)
Klager: Kirsten Abildgaard
⟦health|Jeg blev opereret for grå stær på højre øje den 3. marts og har siden haft dobbeltsyn.⟧ Jeg ønsker sagen vurderet.

=== hand-form da
Sundhedserklæring – kørekort
Ansøger: Jørgen Svendsen
Epilepsi: ☐  Diabetes: ⟦health|☒⟧  Hjertesygdom: ☐
Lægens bemærkning: ⟦health|Velreguleret type 2, ingen føling det seneste år.⟧

=== hand-mail da
Til Fagbladet

⟦trade_union|Som tillidsrepræsentant for Dansk El-Forbund på værftet i 12 år⟧ vil jeg gerne kommentere jeres artikel om akkordløn.

Bjarne Hedegaard, Frederikshavn

=== hand-note da
Portræt til medarbejderbladet
Samira Jamal kom til Odense som 6-årig. ⟦ethnic_origin|Hun er palæstinenser, født i en flygtningelejr i Libanon,⟧ og arbejder i dag som laborant hos os.

=== hand-chat da
Gruppe: Fiskeklubben Limfjorden
Svend Aage: hva så drenge, ska vi ud o fisk på lørdag?
Kristen P: {{⟦health|a ka it, a er blevet sukkersyg o ska te kontrol på sygehuset i Skive⟧||a ka it, a ska te barnebarnets konfirmation i Skive}}
Svend Aage: det var da et pokkers

=== hand-mail da
Hej Vibeke

{{⟦health|Vores nye kollega Anton er sclerosepatient og har brug for et hæve-sænkebord tæt på elevatoren.⟧||Vores nye kollega Anton er fynbo og har brug for et hæve-sænkebord tæt på vinduet.}} Kan du bestille det?

Mvh Henrik, facility

=== hand-note da
Referat, forældremøde 3.C
{{⟦religion|Lukas' forældre er frikirkelige og ønsker, at han ikke deltager i halloweenfesten.⟧||Lukas' forældre er på ferie og ønsker, at han bliver hentet tidligt fra halloweenfesten.}} Ingen yderligere bemærkninger.

=== hand-hr da
Personalesag – Jannie Overgaard
{{⟦trade_union|Jannie er fagforeningsaktiv i 3F og har bedt om, at hendes fællestillidsrepræsentant deltager i tjenstlig samtale.⟧||Jannie er nyuddannet fra Erhvervsakademiet og har bedt om, at hendes mentor deltager i opfølgningssamtalen.}}
"""
