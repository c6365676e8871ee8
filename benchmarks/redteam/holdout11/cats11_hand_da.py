"""Hand-written Danish category documents of hold-out v11 (markup: ``cats11_markup.py``). Kinds of text the earlier
sets lack: appraisal dialogues, tick-box forms, case notes, minutes, SMS and Teams lines with @mentions, e-mail
signatures; categories said indirectly, negated, hypothetically, about a firm or a group, or by the writer."""

BANK = """
=== hand-dialogue da
Referat af MUS-samtale, lageret, 3. marts
Leder: Hvordan går det med skulderen?
Waleed Haddad: {{⟦health|Jeg har fået en frossen skulder og går til fysioterapi to gange om ugen.⟧||Fint nok, jeg har bare byttet vagt, så jeg kan nå badminton om tirsdagen.}}
Leder: Godt, vi kigger på opgaverne i næste uge.

=== hand-tickbox da
Indmeldelse – Tåstrup Svømmeklub, hold Delfin 2
Barnets navn: Ayaan Warsame   Alder: 9
Har barnet en sygdom, trænerne skal kende til?
{{⟦health|[X] Ja – type 1-diabetes, har insulinpumpe på under træning.⟧||[ ] Ja   [X] Nej}}
Underskrift: Hodan Warsame (mor)

=== hand-casenote da
Sagsnotat 12.04 – borger: Krystian Nowak-Lindberg
{{⟦health|Borgeren oplyser, at han er i behandling for PTSD efter udsendelsen til Afghanistan.⟧||Borgeren oplyser, at han har fået truckcertifikat og søger lagerjob i Taulov.}}
Næste samtale 26.04. /SBJ

=== hand-minutes da
Referat af afdelingsmøde, pakkeriet
Pkt. 2: {{⟦trade_union|Nimmi Sivakumar blev valgt som ny tillidsrepræsentant for 3F på pakkeriet.⟧||Nimmi Sivakumar blev valgt som ny kasserer i kantineudvalget.}}
Pkt. 3: Julefrokosten holdes 6. december.

=== hand-sms da
Hej Lone, {{⟦religion|jeg faster under ramadanen, så jeg spiser ikke med til frokosten fredag.⟧||jeg har selv madpakke med, så du skal ikke bestille til mig fredag.}} Hilsen Samira

=== hand-welcome da
Velkommen til vores nye kollega Aputsiaq Kleist-Lynge! {{⟦ethnic_origin|Aputsiaq er inuk fra Sisimiut og taler grønlandsk med sin familie.⟧||Aputsiaq har arbejdet seks år på rederiets kontor i Sisimiut.}} Sig endelig hej i kaffestuen.

=== hand-minutes da
Beboermøde, afdeling 14, Gellerupparken
{{⟦political_opinion|Mette Gulbrandsen-Ali fortalte, at hun stiller op for SF til regionsrådsvalget.⟧||Mette Gulbrandsen-Ali fortalte, at hun stiller op til formandsposten i afdelingsbestyrelsen.}}
Mødet sluttede kl. 21.10.

=== hand-chat da
[Messenger, familiegruppen]
Jonas Ravnsborg: {{⟦sexual_orientation|min kæreste Mikkel og jeg er flyttet sammen i Vejle, han glæder sig vildt til at møde jer⟧||min kæreste Mikkeline og jeg er flyttet sammen i Vejle, hun glæder sig vildt til at møde jer}}
Farmor: Hvor dejligt, I skal komme til kaffe

=== hand-casenote da
Notat fra boligsocial medarbejder
Beboer: Dženan Hodžić, opgang 7, 3. th.
{{⟦criminal_records|Dženan blev løsladt fra Vestre Fængsel i sidste uge efter en dom for vold.⟧||Dženan er kommet hjem fra et højskoleophold i Ry i sidste uge.}}
Han vil gerne hjælpe til i lektiecaféen.

=== hand-it da
Hej IT
{{⟦biometric|Mit ansigt bliver ikke genkendt af den nye kameralås ved personaleindgangen, kan I registrere mig igen?⟧||Mit nøglekort bliver ikke læst af den nye lås ved personaleindgangen, kan I kode det igen?}}
Vh Thanawat Srisuk, drift

=== hand-mail da
Kære Nanna
{{⟦genetic+health|Gentesten har bekræftet, at jeg har arveligt angioødem ligesom min mor, så jeg skal have akutmedicin med på turen.⟧||Testen af vores nye vandfilter viste, at det fjerner kalken, så du kan roligt drikke af hanen i hytten.}}
Kram Rikke

=== hand-absence da
{{⟦health|Jeg er sygemeldt med stress, men forventer at være tilbage i april.⟧||Jeg er ikke syg – jeg har afspadsering resten af ugen og er tilbage mandag.}}
Mvh Birgitte Qvortrup, løn og personale

=== hand-notice da
Til alle på 2. sal
{{⟦health|Farouk Idris har fået en blodprop i hjertet og er indlagt på Skejby.⟧||Skulle nogen få symptomer på en blodprop, står hjertestarteren ved receptionen.}}
Driftschefen

=== hand-rota da
Besked til vagtholdet
{{⟦religion|Husk at Abdikarim Jama har bedt om fri til eid, fordi han fejrer afslutningen på ramadanen.⟧||Husk at mange af vores kolleger holder eid i næste uge, så planlæg vagterne i god tid.}}

=== hand-news da
{{⟦criminal_records|Vognmand Preben Skafte-Holm er idømt 60 dagbøder for at køre med manipuleret fartskriver.⟧||Vognmandsfirmaet Skafte-Holm Transport A/S har fået en bøde på 200.000 kr. for manipulerede fartskrivere.}} Dommen blev afsagt ved Retten i Kolding.

=== hand-forum da
Tråd: Afstemning om ny overenskomst
{{⟦trade_union|Som medlem af Dansk Sygeplejeråd vil jeg gerne vide, hvornår vi stemmer.⟧||Som ny på afdelingen vil jeg gerne vide, hvornår vi stemmer om vagtplanen.}}
– Helle-Marie Kjærsgaard, afsnit B4

=== hand-school da
Hej Mette
{{⟦health|Vores søn Emil har fået konstateret ordblindhed, så han skal have en IT-rygsæk.⟧||Vores søn Emil har fået ny computer, så han skal have installeret skoleprogrammerne.}}
Mvh Karin og Tomas Bech-Olsen

=== hand-interview da
Interview til boligforeningens blad
— Hvor kommer du fra, Rojin?
— {{⟦ethnic_origin|Jeg er hazara fra Afghanistan, og min familie kom hertil i 2015.⟧||Jeg er opvokset i Brabrand, og min familie flyttede hertil i 2015.}}

=== hand-podcast da
Udskrift, podcasten "Lokalt", afsnit 12
VÆRT: Hvordan var det at være 17 i Thisted?
SOFIE NYQVIST-HANSEN: {{⟦sexual_orientation|Jeg sprang ud som lesbisk, da jeg var 17, og mine forældre tog det fint.⟧||Jeg flyttede hjemmefra, da jeg var 17, og mine forældre tog det fint.}}

=== hand-chat da
Ahmad Rahimi: {{⟦political_opinion|nå, så har jeg meldt mig ind i Radikale, første møde er på torsdag⟧||nå, så har jeg meldt mig ind i løbeklubben, første træning er på torsdag}}
Sara: hold da op

=== hand-record da
Uddrag af straffeattest – Mikkel Ahlgren
{{⟦criminal_records|Betinget dom for besiddelse af narkotika, afsagt 2022.⟧||Ingen anmærkninger.}}

=== hand-school da
Kære køkkenudvalg
{{⟦biometric|Vores datter Freja er tilmeldt betaling med ansigtsscanning i kantinen, men vi vil gerne have hende afmeldt.⟧||Vores datter Freja er tilmeldt betaling med armbånd i kantinen, men vi vil gerne have hende afmeldt.}}
Mvh Louise Kragh

=== hand-minutes da
Bestyrelsesmøde i Grundejerforeningen Lærkebo
Pkt. 1: {{⟦health|Formanden Ib Kaalund-Jensen deltog ikke, da han er indlagt efter et slagtilfælde.⟧||Formanden Ib Kaalund-Jensen deltog ikke, da han er på ferie i Thailand.}}
Pkt. 2: Vejbump på Lærkevej.

=== hand-parents da
Kære forældre i 2.B
{{⟦religion|Da vi er Jehovas Vidner, fejrer Malou ikke fødselsdage, så hun kommer ikke til festen.⟧||Da vi er på skiferie den uge, kommer Malou desværre ikke til festen.}}
Vh Trine (Malous mor)

=== hand-lab da
Retsgenetisk Afdeling, svar på sag 24-1187
{{⟦genetic|Analysen viser med 99,99 % sandsynlighed, at Arne Qvist er far til Liva Mortensen.⟧||Prøverne er modtaget og bliver analyseret inden for fire uger.}}

=== hand-chatbot da
Chat med lønservice
Peter Simonsen: {{⟦trade_union|min fagforening Krifa siger, at I skal betale mig for overarbejdet i uge 9⟧||min revisor siger, at I skal betale mig for overarbejdet i uge 9}}
Lønservice: Vi undersøger det.

=== hand-mail da
Hej Søren
{{⟦health|Jeg er gravid i 12. uge, så jeg må ikke arbejde med opløsningsmidlerne længere.⟧||Jeg har taget kurset i kemikaliehåndtering, så jeg må gerne arbejde med opløsningsmidlerne nu.}}
Hilsen Pimchanok Jensen

=== hand-letter da
Læserbrev
{{⟦political_opinion|Som medlem af Dansk Folkeparti i 30 år er jeg dybt skuffet over den nye busplan.⟧||Som beboer i Ølstykke i 30 år er jeg dybt skuffet over den nye busplan.}}
Leif Brogaard Dahl, Ølstykke

=== hand-dialogue da
Fra julefrokosten, genfortalt af Bente
— Hvad er det på din ankel, Jimmi?
— {{⟦criminal_records|Det er en fodlænke, jeg afsoner min dom for spirituskørsel derhjemme.⟧||Det er mit nye løbeur, jeg har bare flyttet det ned på anklen.}}

=== hand-school da
Nyt fra 0.A
{{⟦religion+ethnic_origin|Vores nye elev Sirwan er yezidi og flygtede fra Sinjar med sin familie.⟧||Vores nye elev Sirwan er lige flyttet hertil fra Sønderborg med sin familie.}} Tag godt imod ham.

=== hand-hr da
Kommentar i personalesystemet, 4. juni
{{⟦health|Lina Abou-Chakra har fået bevilget fleksjob på grund af kroniske rygsmerter.⟧||Lina Abou-Chakra har fået bevilget hjemmearbejde om fredagen.}}

=== hand-sms da
{{⟦sexual_orientation|Kan du hente børnene? Torben og hans mand tager dem i weekenden.⟧||Kan du hente børnene? Torben og hans kone tager dem i weekenden.}} /Lene

=== hand-tickbox da
Helbredserklæring, rejseforsikring
Navn: Salma Ibrahim Nur
Har du inden for de sidste 2 måneder været indlagt?
{{⟦health|[X] Ja – indlagt 4 dage med lungebetændelse i januar.⟧||[ ] Ja   [X] Nej}}

=== hand-facility da
Booking af mødelokale 2
{{⟦religion|Yusuf Demirović har spurgt, om han kan bruge lokalet til sine daglige bønner.⟧||Yusuf Demirović har spurgt, om han kan bruge lokalet til sin online-undervisning.}}

=== hand-mail da
Hej Lise
{{⟦trade_union|Jeg har meldt mig ud af HK og ind i Krifa, fordi kontingentet er lavere.⟧||Jeg har skiftet fra Telenor til Oister, fordi abonnementet er lavere.}}
Hilsen Camilla Søgaard

=== hand-club da
Fra bestyrelsen i Brøndby Strand IF
{{⟦criminal_records|Rasmus Thygesen-Ørum er udelukket, efter at han er dømt for at have slået en modspiller ned efter kampen.⟧||Rasmus Thygesen-Ørum er udelukket, efter at han gentagne gange har glemt at betale kontingent.}}

=== hand-sms da
Hej Lotte, {{⟦health|Zainab har fået konstateret cøliaki, så hun kan ikke spise kagen til fødselsdagen.⟧||Zainab er blevet vegetar, så hun spiser ikke pølserne til fødselsdagen.}} Mvh Amina (Zainabs mor)

=== hand-casenote da
Udlændingesag, resumé
{{⟦political_opinion|Chaiwat Boonmee har fået asyl, fordi han var aktiv i rødtrøjebevægelsen i Thailand.⟧||Chaiwat Boonmee har fået opholdstilladelse som kok på en thailandsk restaurant i Roskilde.}}

=== hand-signature da
Tak for i dag, jeg sender referatet i morgen.

Venlig hilsen
Gitte Maj Lauritsen
{{⟦trade_union|Fællestillidsrepræsentant for FOA⟧||Afdelingssygeplejerske}}
Plejecenter Solhaven

=== hand-teams da
#vagtplan
@Kristoffer Vangsgaard {{⟦health|bliv bare hjemme, til feberen og mellemørebetændelsen er væk 🤒⟧||husk at bytte din lørdag med Nadia 👍}}
Susanne Lyng

=== hand-casenote da
Journalnotat, kriminalforsorgen
⟦health+criminal_records|Klienten, Omar Mahdi Hassan, er idømt behandling på psykiatrisk afdeling for trusler mod sin nabo.⟧ Næste tilsyn 14. august.

=== hand-speech da
Tale til min farmor Ulla på 80-årsdagen
Du har altid sagt din mening. ⟦political_opinion|Du stod på Venstresocialisternes liste til byrådet i 1981 og har stemt på dem lige siden.⟧ Skål!
Dit barnebarn Nikoline

=== hand-minutes da
Referat, styregruppe for trivsel
Deltagere: Anders Qorsuaq Olsen, Pia Mejer, Kamal Haidari
⟦ethnic_origin|Kamal Haidari fortalte, at han som pashtun ofte bliver spurgt om sin baggrund i kantinen.⟧
Næste møde: 2. oktober.

=== hand-signature da
Vi ses til konfirmationsforberedelsen torsdag.

Med venlig hilsen
Anne-Sofie Bruun
Sognepræst, Vor Frue Sogn

=== hand-stats da
Sygefravær pr. afdeling, 1. kvartal
Lager 4,1 % · Kontor 2,3 % · Kantine 5,0 %
Fraværet på lageret skyldes især rygproblemer og influenza. Tallene er anonymiserede.

=== hand-union da
Er du medlem af en fagforening, kan du få gratis hjælp til at læse din kontrakt igennem. Spørg din tillidsrepræsentant eller ring til os på 70 30 30 30.

=== hand-charity da
Stafet for Livet, Holbæk: Lone Dybdahl og hendes hold gik 212 omgange og samlede 4.300 kr. ind til Kræftens Bekæmpelse.

=== hand-chat da
Mikkel: den nye burger på hjørnet er sindssyg god, jeg er helt afhængig
Muhammad: haha samme, skal vi tage derhen efter træning?
Christian: jeg er med

=== hand-news da
3F og Dansk Erhverv er blevet enige om en ny overenskomst for lagerområdet. Dansk Erhvervs forhandler Torben Wiese kalder resultatet "fornuftigt".

=== hand-quiz da
Quiz til personalefesten: Hvilket land har flest medlemmer af Jehovas Vidner pr. indbygger? Svar afleveres til Jannick Holt senest kl. 22.

=== hand-hypothetical da
Hvis du bliver syg under rejsen, skal du straks kontakte SOS International. Husk at have dit sygesikringskort med. Venlig hilsen Rejseholdet, Peder Lykkes Vej 2
"""
