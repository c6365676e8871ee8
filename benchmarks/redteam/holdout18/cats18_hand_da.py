"""Hand-written Danish documents of the v18 categories hold-out (markup in ``cats18_markup.py``, rules in
``cats18_build.py``). Mailboxes (threads, forwards, auto-replies, calendars), personal papers kept at work,
school and day-care, associations, municipal decisions, buying and selling, hard negatives."""

BANK = """
=== hand-thread da
Hej Rikke,
Tak, jeg giver besked videre til holdet.
/Carsten

> Den 4. marts 2026 kl. 08.12 skrev Rikke Dalsgaard:
> Hej Carsten. {{⟦health|Jeg er indlagt på Herlev med en blodprop i lungen og kommer ikke før tidligst i næste uge.⟧||Jeg sidder fast i Kastrup efter en aflyst flyafgang og kommer ikke før tidligst i morgen.}}
> Hilsen Rikke

=== hand-thread da
Sv: vagtplan uge 12

Jeg tager gerne torsdag for Jeppe.
Mvh Signe Fogh

> Jeppe Lauritzen skrev:
> Kan nogen bytte torsdag med mig? {{⟦religion|Jeg skal til bøn i moskeen fredag middag og vil gerne have torsdag aften fri i stedet.⟧||Jeg skal til min søsters tandlægeeksamen og vil gerne have torsdag aften fri i stedet.}}

=== hand-forward da
Videresendt af Mette Kruse, HR

---------- Videresendt meddelelse ----------
Afsender: Dorthe Ravn
Hej Mette, {{⟦health|min mand Ole Ravn er diagnosticeret med tarmkræft, så jeg søger om omsorgsdage i april.⟧||min mand Ole Ravn har fået nyt job i Aarhus, så jeg søger om at arbejde hjemme om fredagen i april.}}
Venlig hilsen Dorthe

Mette: kan du svare hende inden fredag?

=== hand-forward da
Til orientering, Kasper
-----Oprindelig meddelelse-----
Afsender: lokal tillidsrepræsentant
{{⟦trade_union|Lagerarbejder Bo Villadsen meldte sig i 3F i sidste uge og har bedt mig deltage i hans samtale om overarbejde.⟧||Lagerarbejder Bo Villadsen har bedt om at få en kollega med til sin samtale om overarbejde.}}

=== hand-autoreply da
Automatisk svar: Tak for din mail. {{⟦health|Jeg er sygemeldt efter en knæoperation og er tilbage 14. april.⟧||Jeg holder ferie og er tilbage 14. april.}} Henvendelser om løn kan sendes til løn@fyrkat-revision.dk.
Venlig hilsen Pernille Graversen

=== hand-autoreply da
Autosvar fra Anders Bech: {{⟦health|Jeg er på orlov i behandling for alkoholafhængighed frem til 1. juni.⟧||Jeg er på forældreorlov frem til 1. juni.}} Ved akutte spørgsmål kontakt kollega Susanne på 33 12 40 00.

=== hand-calendar da
Kalender, Hanne Wulff, uge 9
Man 08:30 Teammøde (Teams)
Tir 16:00 {{⟦health|AA-møde, Kirkens Korshær Nørrebro⟧||Svømning med Emma, Nørrebrohallen}}
Ons 10:00 Budgetopfølgning med Frederik
Tor 12:00 Frokost m. revisor

=== hand-calendar da
Kalender, Preben Maag (delt med sekretariatet)
09.00 Styregruppe
11.30 Lægetjek, Lægehuset Amager
{{⟦health|14.00 Kemobehandling 3 af 6, Rigshospitalet, afd. 5073⟧||14.00 Tandrensning, Tandlægerne Sundby}}
16.00 Fri

=== hand-cv da
CURRICULUM VITAE
Louise Abildgaard, født 1991, bor i Viborg
Erhvervserfaring: Bogholder hos Jysk Tagpap 2016-2025.
Frivilligt arbejde: {{⟦political_opinion|Kasserer i Socialistisk Folkepartis lokalafdeling i Viborg siden 2019.⟧||Kasserer i Viborg Roklub siden 2019.}}
Sprog: dansk, engelsk, tysk.

=== hand-cv da
CV, Tariq Hamdan
Uddannelse: maskinmester, Fredericia 2014.
{{⟦trade_union|Medlem af Dansk Metal og tidligere tillidsrepræsentant på Fredericia Skibsværft.⟧||Medlem af Ingeniørforeningens netværk for vedligehold.}}
Kørekort B og C.

=== hand-application da
Ansøgning om stillingen som pædagogmedhjælper
Kære Børnehuset Solsikken. Jeg hedder Ida Frost og er 24 år. {{⟦ethnic_origin|Jeg er født i Nuuk, er inuk og taler grønlandsk med min familie.⟧||Jeg er født i Nuuk og flyttede til Odense, da jeg var ti.}} Jeg har arbejdet to år i en SFO.

=== hand-application da
Ansøgning, Jeppe Skov
{{⟦health|Jeg skal nævne, at jeg har type 1-diabetes og har en insulinpumpe, men det har aldrig givet fravær.⟧||Jeg skal nævne, at jeg har kørekort til lastbil, hvis stillingen kræver kørsel.}} Jeg kan starte 1. maj.

=== hand-reference da
Reference for Sidsel Brandt
Sidsel var ansat hos os som kontorelev 2022-2024 og var punktlig og grundig. {{⟦criminal_records|Hun fik i 2023 en betinget dom for dokumentfalsk, hvilket vi tog hånd om internt.⟧||Hun gennemførte i 2023 kurset i dokumenthåndtering med topkarakter.}}
Thomas Holst, kontorchef

=== hand-invitation da
Kære kolleger
{{⟦sexual_orientation|Mikkel og hans kæreste Jonas gifter sig lørdag den 6. juni på Frederiksberg Rådhus, og I er alle inviteret til reception bagefter.⟧||Mikkel og hans kæreste Sofie gifter sig lørdag den 6. juni på Frederiksberg Rådhus, og I er alle inviteret til reception bagefter.}}
Tilmelding til Lone i receptionen.

=== hand-invitation da
Invitation
{{⟦religion|Vores datter Naja Lind bliver konfirmeret i Grundtvigs Kirke søndag 3. maj, og vi holder åbent hus bagefter.⟧||Vores datter Naja Lind bliver student fra Gammel Hellerup Gymnasium fredag 26. juni, og vi holder åbent hus bagefter.}}
Kærlig hilsen Malene og Torben

=== hand-condolence da
Kære Kirsten
Vi er i afdelingen meget kede af at høre, at din far er død. Han kæmpede længe med sin lungesygdom, og vi ved, hvor meget du har været hos ham.
{{⟦health|Vi forstår også, at din egen depression har fyldt meget i år, så tag al den tid du har brug for.⟧||Vi forstår også, at du skal rydde hans hus i år, så tag al den tid du har brug for.}}
Dine kolleger i løn og personale

=== hand-leave da
Anmodning om tjenestefrihed
Medarbejder: Steffen Ahmadi, lager. {{⟦religion|Jeg søger fri 20. og 21. marts til Eid al-Fitr, da jeg faster under ramadanen og fejrer afslutningen med familien.⟧||Jeg søger fri 20. og 21. marts til min brors bryllup i Vejle.}}
Godkendt af: Kim Bøgh

=== hand-leave da
Orlovsansøgning
Undertegnede, Helle Dam, søger ulønnet orlov i tre måneder. {{⟦health|Min søn og jeg skal følge hans behandling for leukæmi på Skejby, og jeg har selv brug for ro efter et nervesammenbrud i efteråret.⟧||Min søn og jeg skal rejse rundt i Australien, før han starter på universitetet.}}

=== hand-school da
Besked fra klasselærer til forældre i 4.B
Kære forældre. Sankt Hans-festen flytter til den 22. juni. Husk madpakke.
{{⟦health|Til Oscars forældre: Oscar havde igen et epileptisk anfald i frikvarteret, og vi ringede efter ambulancen som aftalt i hans handleplan.⟧||Til Oscars forældre: Oscar glemte igen sin madkasse i frikvarteret, så vi gav ham en bolle fra køkkenet.}}
Venlig hilsen Gitte, 4.B

=== hand-school da
Elevplan, 7.A, Ahmed Yusuf
Mål for dansk: læse en roman og skrive en anmeldelse.
Mål for matematik: brøker og procent.
{{⟦health|Ahmed har ADHD og får ekstra pauser og et ståbord efter aftale med PPR.⟧||Ahmed er rigtig god til at hjælpe andre i gruppearbejde.}}

=== hand-daycare da
Aula-besked fra Jytte, Børnehuset Lærkereden
Hej alle. {{⟦religion|Til Sara Cohens forældre: vi har bestilt koshermad til Sara til sommerfesten, så hun kan spise med.⟧||Til Sara Cohens forældre: vi har fundet Saras blå hue, den ligger i garderoben.}} Vi ses fredag!

=== hand-daycare da
Kære pædagoger
{{⟦health|Liam har fået konstateret cøliaki, så han må ikke få noget med gluten fra i dag.⟧||Liam er begyndt at sove middagslur igen, så han må gerne puttes efter frokost fra i dag.}}
Mvh Sanne, Liams mor

=== hand-members da
Medlemsliste, Scleroseforeningen Lokalafdeling Skive, aktive frivillige 2026
{{⟦health|Medlemmer med sclerose, som er tovholdere for gåture: Birgitte Holm, Jørgen Friis og Lene Ottesen.⟧||Tovholdere for gåture (pårørende og støttemedlemmer): Birgitte Holm, Jørgen Friis og Lene Ottesen.}}
Næste møde: 12. februar kl. 19 i Medborgerhuset.

=== hand-members da
Nyhedsbrev fra kirkekontoret, Vesterbro
{{⟦religion|Nyt medlem af menighedsrådet: Aksel Hartmann, der blev døbt voksen i påsken.⟧||Ny graver ansat fra 1. marts: Aksel Hartmann, der kommer fra Assistens Kirkegård.}}

=== hand-club da
Ballerup Boldklub, para-afdelingen
Holdet til stævnet i Herning 15. marts:
{{⟦health|Kørestolsbasket: Torben Lykke og Ditte Svane, begge på grund af rygmarvsskade.⟧||Trænere: Torben Lykke og Ditte Svane, begge med DGI-træneruddannelse.}}
Bussen kører kl. 07.00 fra klubhuset.

=== hand-decision da
Afgørelse
Kære Vibeke Lauridsen. Holbæk Kommune har nu behandlet din ansøgning. {{⟦health|Du bevilges en el-kørestol efter servicelovens § 112, fordi din muskelsvind gør, at du ikke længere kan gå mere end 20 meter.⟧||Du får tilladelse til at opføre en carport på 30 m², fordi den overholder lokalplanen for området.}}
Med venlig hilsen Borgerservice

=== hand-decision da
Afgørelse om boligstøtte
Kære Jakob Mortensen. Du får 1.840 kr. om måneden i boligstøtte fra 1. april. {{⟦criminal_records|Støtten udbetales til din adresse i Statsfængslet i Renbæk, hvor du afsoner til september.⟧||Støtten udbetales til din NemKonto den sidste hverdag i måneden.}}
Udbetaling Danmark

=== hand-decision da
Børne- og Familieafdelingen, Vejle Kommune
Sag: Freja Nørgaard, 6 år
{{⟦health|Mor, Nanna Nørgaard, er i behandling for stofmisbrug, og familien tilbydes derfor en familiebehandler to gange om ugen.⟧||Mor, Nanna Nørgaard, er flyttet til en større lejlighed, og familien tilbydes derfor hjælp til flytning af børneværelset.}}

=== hand-pharmacy da
Ordrebekræftelse, Apoteket Nørreport
Kunde: Asger Vinther, afhentning i butik
{{⟦health|1 x Sertralin 50 mg, 98 stk.
1 x Lamotrigin 100 mg, 56 stk.⟧||1 x Panodil 500 mg, 20 stk.
1 x Solcreme faktor 30}}
Klar til afhentning efter kl. 14.

=== hand-quote da
Tilbud på livsforsikring, Kunde: Karen Munch
{{⟦health|Præmien er forhøjet med 50 %, fordi du har oplyst, at du har hjertesvigt og tager vanddrivende medicin.⟧||Præmien er nedsat med 10 %, fordi du også har bil- og husforsikring hos os.}}
Tilbuddet gælder i 30 dage.

=== hand-travel da
Rejsebestilling, Carlsen Rejser
Rejsende: Esben Frandsen, København-Tel Aviv, 12. maj.
{{⟦religion|Måltid: koshermad (KSML) bestilt på alle strækninger.⟧||Måltid: standard, sæde 14C ved midtergangen.}}
{{⟦health|Assistance: kørestol fra gate til fly (WCHR) på grund af hjertesygdom.⟧||Bagage: 23 kg indskrevet og 8 kg håndbagage.}}

=== hand-payslip da
Lønseddel marts 2026, Lykke Thrane, medarb.nr. 4412
Timeløn 168,50, 160 timer
AM-bidrag og A-skat
{{⟦trade_union|Fradrag: Kontingent HK Privat 512,00⟧||Fradrag: Personaleforening 50,00}}
Udbetalt til konto 1551

=== hand-payslip da
Lønseddel, Mads Klitgaard, april
Bruttoløn 38.200,00
Pension 4.202,00
{{⟦religion|Kirkeskat 0,87 % beregnet af skattepligtig indkomst⟧||Sundhedsbidrag 0,00}}
Nettoløn 24.870,15

=== hand-certificate da
Børneattest, Holbæk Svømmeklub
Person: Lars Vestergaard, ansøger som træner.
{{⟦criminal_records|Svar fra Rigspolitiet: Attesten indeholder en anmærkning om overtrædelse af straffelovens § 232.⟧||Svar fra Rigspolitiet: Attesten indeholder ingen anmærkninger.}}
Sagsbehandler: Henrik, formand

=== hand-certificate da
HR-tjekliste, nyansat chauffør Kristian Bro
Kørekort kontrolleret: ja
{{⟦criminal_records|Straffeattest: betinget dom 2024 for spirituskørsel, frakendelse udløbet.⟧||Straffeattest: ren, modtaget 2. februar.}}
Kontrakt underskrevet: ja

=== hand-biometric da
Til IT-support
{{⟦biometric|Sanne Laursens fingeraftryk er nu registreret i tidsregistreringen på lageret, og hendes skabelon ligger på terminal 2.⟧||Sanne Laursens adgangskort er nu registreret i tidsregistreringen på lageret, og hendes kortnummer ligger på terminal 2.}}
Mvh Facility

=== hand-biometric da
Hej Ebbe. {{⟦biometric|Dit ansigt er nu indlæst i adgangskontrollen ved hovedindgangen, så døren åbner, når kameraet genkender dig.⟧||Din kode er nu indlæst i adgangskontrollen ved hovedindgangen, så døren åbner, når du taster den.}} Ring hvis det driller. /Vagten

=== hand-genetic da
Besked fra sekretariatet til Trine Iversen (personlig)
Hej Trine, {{⟦genetic+health|svaret fra Klinisk Genetisk Afdeling ligger i din e-Boks: du bærer BRCA1-mutationen, og de anbefaler forebyggende operation.⟧||svaret fra Skattestyrelsen ligger i din e-Boks: du skal betale 312 kr. tilbage, og de anbefaler at rette forskudsopgørelsen.}}

=== hand-ethnic da
Sv: ny kollega
> Hvem er den nye på kontoret?
{{⟦ethnic_origin|Det er Amira Haddad, hun er kurder fra Syrien og har boet her i otte år.⟧||Det er Amira Haddad, hun kommer fra vores kontor i Kolding og har været her i otte år.}}

=== hand-thread da
Sv: julefrokost
Jeg melder mig til. /Birgitte

> Den 2. dec. skrev Jens Dahl:
> {{⟦sexual_orientation|Jeg tager min mand Jesper med, hvis det er ok at have en ledsager med.⟧||Jeg tager min kone Jette med, hvis det er ok at have en ledsager med.}}

=== hand-thread da
Re: valgmøde
Tak Anne, jeg kommer ikke.
> Anne Vad skrev: {{⟦political_opinion|Jeg stiller op for Enhedslisten til regionsrådsvalget og holder møde i kantinen efter arbejdstid.⟧||Der holdes valgmøde med alle partier i kantinen efter arbejdstid, arrangeret af personaleforeningen.}}

=== hand-policy da
Personalepolitik for sygefravær, Fyrkat Revision A/S
Medarbejdere, der er syge, melder sig syge til nærmeste leder inden kl. 9. Efter 14 dage holdes en sygefraværssamtale. Vi spørger aldrig til diagnose, og oplysninger om helbred opbevares adskilt fra personalesagen.

=== hand-policy da
Retningslinjer for bøn og ro på arbejdspladsen
Alle medarbejdere kan bruge stillerummet på 2. sal til bøn, meditation eller en pause. Rummet bookes ikke. Ledere skal imødekomme ønsker om fri til religiøse højtider, hvis driften tillader det.

=== hand-stats da
Nøgletal 2025, Region Sjælland: 14 % af de ansatte i sygeplejen var medlem af en anden fagforening end DSR. Andelen af langtidssygemeldte med stress steg fra 4,1 til 4,6 %. Tallene kan ikke føres tilbage til enkeltpersoner.

=== hand-jobad da
Stillingsopslag: Vi søger en socialrådgiver til Misbrugscenter Nordvest. Du skal arbejde med borgere i behandling for alkohol og stoffer. Medlemskab af en fagforening er ikke et krav. Løn efter overenskomst. Kontakt afdelingsleder Marianne Kolding.

=== hand-topic da
Nyhedsbrev fra personaleforeningen: Foredrag om søvn og stress torsdag i kantinen. Lægen Anders Krogh fortæller, hvad der sker i kroppen ved kronisk stress, og hvad man selv kan gøre. Der er kaffe og kage.

=== hand-topic da
Når en kollega har en kronisk sygdom, kan det være svært at vide, hvad man må spørge om. Mange med diabetes eller gigt ønsker ikke at tale om det på arbejdet. Spørg åbent, og lad kollegaen bestemme.

=== hand-news da
Lokalnyt: Borgmester Henrik Toft åbnede i går den nye svømmehal i Hedensted. Han talte om sport for alle aldre og klippede snoren sammen med svømmeklubbens formand.

=== hand-news da
{{⟦political_opinion|Byrådsmedlem Susanne Bach er i går skiftet fra Socialdemokratiet til Moderaterne, oplyser hun i en pressemeddelelse.⟧||Byrådsmedlem Susanne Bach blev i går valgt som formand for teknik- og miljøudvalget, oplyser kommunen i en pressemeddelelse.}}

=== hand-thread da
Fwd: nøgle til depotrum
Hej Line, se herunder.
> Fra viceværten: Nøglen til depotrum 4 er afleveret af Ole Busk. Han fortæller, at han har en ny lås på cykelskuret.

=== hand-calendar da
Fælleskalender, Tandklinikken Solbakken
Tir 09:00 Personalemøde
Tir 13:00 Brandøvelse
Ons 08:00 Firmafoto
Tor 15:00 Afsked med Bodil (kage i frokoststuen)

=== hand-members da
Medlemsliste, Lyngby Kajakklub, bestyrelsen 2026: formand Rasmus Lund, kasserer Gitte Berg, sekretær Poul Schou. Kontingent 900 kr. om året.

=== hand-payslip da
Lønseddel februar, Niels Haahr
A-kasse (Min A-kasse) 482,00
ATP 99,00
Feriepenge 12,5 %
Kantineordning 220,00

=== hand-thread da
Sv: frivillige til loppemarkedet
Tak Hanne, vi sætter dig på lørdag.

> Hanne Skovgaard skrev:
> ⟦religion|Jeg kommer fra Pinsekirken i Vejle og tager to fra menigheden med.⟧ ⟦health|Jeg kan bare ikke løfte noget tungt efter min diskusprolaps.⟧

=== hand-reference da
Udtalelse om Mikkel Juhl, sagsbehandler
Mikkel har været ansat i Jobcenter Kolding i otte år og er dygtig og vellidt. ⟦trade_union|Han var fællestillidsrepræsentant for HK i fem af årene.⟧ ⟦political_opinion|Han sidder i dag i byrådet for Radikale Venstre, hvilket aldrig har påvirket hans arbejde.⟧
Dorthe Kolind, centerchef

=== hand-leave da
Anmodning om orlov, Ulla Brink, bogholderiet
⟦genetic+health|En gentest har vist, at jeg har familiær hyperkolesterolæmi, og jeg skal i behandling på Hjertemedicinsk Afdeling i maj.⟧ Jeg søger derfor to ugers orlov.

=== hand-cv da
CV, Else Kristoffersen, social- og sundhedsassistent
Ansættelser: Plejecentret Dybbøl, Sønderborg Kommune 2008-2025.
Tillidshverv: ⟦trade_union|Arbejdspladsrepræsentant for FOA på Plejecentret Dybbøl.⟧
Fritid: ⟦religion|Frivillig kirkevært i Sankt Mariæ Kirke, hvor jeg er aktiv i menigheden.⟧
"""
