"""Hand-written Danish documents for names.jsonl: every PERSON span marked ⟦...⟧ (rule in the README)."""

TEXT = r"""
=== hand-news da
Ny formand for Skive Handelsstandsforening
⟦Lærke Bisgaard⟧, der ejer tøjbutikken Storm & Sol på Adelgade, er valgt som ny formand for handelsstandsforeningen. Hun afløser ⟦Kurt Frandsen⟧, som har siddet i 11 år. - Vi skal have flere folk ind i byen om lørdagen, siger ⟦Lærke Bisgaard⟧.
=== hand-news da
Vejle: Pakkebud reddede ældre mand
Da GLS-chauffør ⟦Mohammed El-Sayed⟧ onsdag stod med en pakke ved et hus på Ahornvej, hørte han råb inde fra haven. Han fandt den 88-årige ⟦Bent⟧ liggende på fliserne. - Jeg ringede 112 og blev der, til ambulancen kom, fortæller ⟦El-Sayed⟧. ⟦Bents⟧ datter, ⟦Susanne Kaae⟧, vil nu indstille ham til en pris.
=== hand-news da
Retten i Esbjerg: Bilforhandler dømt for svindel med brugte biler
En 46-årig bilforhandler fra Varde blev fredag idømt otte måneders fængsel. Anklager ⟦Pernille Ask⟧ havde krævet et år. Forsvarer ⟦Tue Lindhardt⟧ oplyste, at hans klient overvejer anke. Dommer ⟦Anders Vinter⟧ lagde vægt på, at 14 kunder var ramt.
=== hand-news da
Sport: Holstebro vandt derbyet
⟦Storm Juul⟧ scorede to gange, da Holstebro slog Struer 3-1. Det sidste mål kom efter et langt indspark fra målmand ⟦Birk Holm⟧. Træner ⟦Per Sand⟧ var tilfreds: - ⟦Storm⟧ er i sit livs form, sagde ⟦Sand⟧ efter kampen.
=== hand-news da
Valg: Liste Ø får ny spidskandidat i Horsens
⟦Amalie Refslund⟧ overtager pladsen som spidskandidat efter ⟦Niels-Erik Bang⟧, der trækker sig af helbredsmæssige årsager. ⟦Refslund⟧ er 29 år og sygeplejerske. Partiets lokalformand, ⟦Hassan Jaber⟧, kalder hende "et stærkt valg".
=== hand-news da
Mindeord
⟦Grethe Margrethe Dahl⟧, Ribe, er død, 91 år. Hun var i 40 år lærer på Ribe Katedralskole og kendt af generationer af elever som "fru ⟦Dahl⟧". Hun efterlader sønnerne ⟦Jens⟧ og ⟦Poul⟧ samt fem børnebørn. ⟦Grethes⟧ mand, ⟦Aage Dahl⟧, døde i 2011.
=== hand-news da
Kultur: Ny bog om Karen Blixen-museets haver
Havearkitekt ⟦Signe Rud⟧ har skrevet bogen "Rungstedlunds haver", hvor hun følger havens historie fra ⟦Karen Blixens⟧ tid til i dag. Bogen udkommer på Gyldendal. Forord af ⟦Ib Mikkelsen⟧.
=== hand-news da
Erhverv: Aarhus-virksomhed købt af svenskere
Softwarefirmaet Mols Data ApS er solgt til svenske Visma. Stifterne ⟦Kim Bak⟧ og ⟦Sten Moll⟧ fortsætter i ledelsen. - Vi har sagt nej tak før, men nu passede det, siger ⟦Bak⟧. Handlen er godkendt af Konkurrencestyrelsen.
=== hand-news da
112: Indbrud på Birk Centerpark
Politiet efterlyser vidner til et indbrud natten til torsdag i et kontor på Birk Centerpark i Herning. Vagthavende ⟦Mads Kragelund⟧ oplyser, at der blev stjålet tre bærbare computere.
=== hand-news da
Folkemødet på Bornholm: Ministeren fik kritik
Beskæftigelsesminister ⟦Ole Birk Mosegaard⟧ blev mødt af demonstranter fra FOA, da han talte på Folkemødet. Formand for FOA Bornholm, ⟦Jette Kofoed⟧, overrakte ham en underskriftindsamling. ⟦Mosegaard⟧ lovede at se på sagen.
=== hand-news da
Lokal: Bager lukker efter 60 år
Bageriet på Torvet i Tønder lukker til nytår. Bager ⟦Holger Petersen⟧ går på pension, og ingen af hans børn vil overtage. - Min far, ⟦Christian Petersen⟧, startede i 1965, fortæller ⟦Holger⟧. Kunderne kan købe det sidste rugbrød 30. december.
=== hand-news da
Nordjyske: Vindmøllesag splitter landsby
Beboere i Ulsted er uenige om seks nye vindmøller. ⟦Vibeke Sunde⟧, der bor 800 meter fra møllerne, frygter støj. Naboen ⟦Jørgen Lau⟧ har skrevet under på en aftale med opstilleren Vestas-partner European Energy. Byrådsmedlem ⟦Mai Kjærbo⟧ vil have sagen op i udvalget.
=== hand-news da
Fodbold: Transfer til Superligaen
FC Midtjylland har hentet den brasilianske angriber ⟦Wendelino⟧ og den danske back ⟦Paulinho Lauridsen⟧. Sportsdirektør ⟦Svend Graversen⟧ kalder det "to spændende profiler". ⟦Wendelinos⟧ kontrakt løber til 2030.
=== hand-news da
Retsreportage: ⟦Ruth Ahmadi⟧ frifundet
Den 52-årige ⟦Ruth Ahmadi⟧ fra Ishøj blev torsdag frifundet for at have givet falsk forklaring. Hendes advokat, ⟦Bjarne Elmholt⟧, kaldte sagen "ubegribelig". Ankeanklager ⟦Lise-Lotte Nørby⟧ vil overveje sagen.
=== hand-news da
Navne
50 år: Skoleleder ⟦Kasper Fjord⟧, Silkeborg, fylder 50 år 3. december.
60 år: Tandlæge ⟦Helle Vang Rask⟧, Viborg.
70 år: Tidligere borgmester ⟦Ejvind Hede⟧, Hammel, fejrer dagen med familien.
=== hand-news da
Ukrainsk familie har fundet fodfæste i Tarm
Da ⟦Oksana Melnyk⟧ og hendes søn ⟦Dmytro⟧ kom til Tarm i 2022, kendte de ingen. I dag arbejder ⟦Oksana⟧ på plejehjemmet, og ⟦Dmytro⟧ spiller håndbold. - ⟦Anne-Mette⟧ fra kommunen hjalp os med alt, siger ⟦Melnyk⟧.
=== hand-webshop da
Hej ⟦Birthe⟧
Tak for din mail. Jeg har talt med min kollega ⟦Frederik⟧ på lageret, og din returpakke er modtaget. Pengene er tilbage på din konto inden fredag.
Mvh ⟦Jonas Krog⟧
Kundeservice, Skovly Sko
=== hand-webshop da
Anmeldelse på Trustpilot (svar fra virksomheden):
Kære ⟦Preben⟧, vi er kede af at høre om din oplevelse med levering. Vi har sendt en ny vare. Venlig hilsen ⟦Malene⟧ fra Kundeservice.
=== hand-retail da
Vagtplan uge 49 - Føtex Slotsgade
Man: ⟦Bo⟧ (åbner), ⟦Ida⟧, ⟦Yusuf⟧
Tir: ⟦Lærke⟧, ⟦Bo⟧
Ons: ⟦Kim⟧, ⟦Sol⟧ (lukker)
Bytter: ⟦Ida⟧ og ⟦Sol⟧ bytter torsdag. Spørgsmål til ⟦Tina⟧ (souschef).
=== hand-retail da
Klage over medarbejder
Kunden ⟦Erik Storm⟧ klagede over at kassedamen ikke ville tage imod kontanter. Medarbejderen (⟦Natasja⟧) har fået besked om reglerne. Sagsbehandler: JL
=== hand-shipping da
Overlevering, natholdet på terminalen
⟦Kenneth⟧ meldte syg, ⟦Dariusz⟧ dækkede rute 14. Trailer fra Padborg kom 02:40 - chauffør ⟦Pawel Nowicki⟧ havde ikke fragtbrevene med. ⟦Henning⟧ (holdleder) ringede til disponent ⟦Lone Bech⟧. Husk at ⟦Dariusz⟧ har fri i morgen.
=== hand-shipping da
Speditørens notat: Forsendelsen til ⟦Aksel Birk⟧, Nørregade 4, er returneret. Modtageren er flyttet. Ny adresse fundet via ⟦Birks⟧ datter, ⟦Mai Birk⟧.
=== hand-housing da
Kære beboere i opgang 7
Vi byder velkommen til ⟦Fatima⟧ og ⟦Abdi Warsame⟧ i nr. 7, 2. th. Samtidig siger vi farvel til ⟦Elna Skov⟧, der efter 52 år flytter på plejecenter. ⟦Elna⟧ har været vores trappevask-general, og vi vil savne hende!
Hilsen afdelingsbestyrelsen v/ ⟦Tommy Hald⟧
=== hand-housing da
Referat, afdelingsbestyrelsesmøde
Til stede: ⟦Tommy Hald⟧ (fmd.), ⟦Rikke Lund⟧, ⟦Sten Vestergaard⟧, ⟦Hüseyin Kaya⟧. Afbud: ⟦Merete⟧.
1. ⟦Rikke⟧ fortalte om legepladsen. 2. ⟦Hüseyin⟧ tager kontakt til Lind & Risør om tagrenderne. 3. Næste møde hos ⟦Sten⟧.
=== hand-realestate da
Hej ⟦Nanna⟧ og ⟦Mads⟧
Tak for i dag. Som aftalt sender jeg salgsopstillingen på Kirkebakken 12. Sælgerne, ⟦Leif⟧ og ⟦Hanne Bundgaard⟧, er fleksible med overtagelsen. Jeg hører fra jer.
Venlig hilsen
⟦Christian Falk⟧, statsaut. ejendomsmægler, EDC Falk & Friis
=== hand-charity da
Frivillige til julehjælpen 2026
Pakning lørdag: ⟦Inger⟧, ⟦Vagn⟧, ⟦Ali⟧, ⟦Lykke Brandt⟧
Uddeling søndag: ⟦Pia Holm⟧, ⟦Mustafa⟧, ⟦Birgit⟧
Koordinator: ⟦Søs Lindahl⟧ (ring hvis du bliver syg)
=== hand-charity da
Tak til familien ⟦Krog⟧ for donationen til indsamlingen, og til Brdr. Dahl A/S for transporten. Også tak til ⟦Knud Erik Thomsen⟧, der bagte 200 æbleskiver.
=== hand-sports da
Referat, generalforsamling Skovbakken Petanque
Dirigent: ⟦Svend Åge Frost⟧. Formandens beretning ved ⟦Grethe Bonde⟧: Klubben har 48 medlemmer. ⟦Bondes⟧ beretning blev godkendt. Kasserer ⟦Ole Bak⟧ fremlagde regnskabet. Valgt til bestyrelsen: ⟦Lis Ravn⟧ og ⟦Arne Hede⟧.
=== hand-sports da
Holdopstilling U15 drenge, søndag mod Ikast
Mål: ⟦Malthe⟧
Forsvar: ⟦Villads⟧, ⟦Noah B.⟧, ⟦Emil⟧, ⟦Ahmed⟧
Midtbane: ⟦Storm⟧, ⟦Bertram⟧, ⟦Oscar⟧
Angreb: ⟦Viggo⟧, ⟦Konrad⟧, ⟦Zakaria⟧
Mødetid 9:15. Kørsel: ⟦Villads⟧' far og ⟦Emils⟧ mor.
=== hand-sports da
DGI Østjylland: Årets ildsjæl
Prisen gik i år til ⟦Hanne Sten⟧ fra Hornslet Gymnastik. Hun har trænet børnehold i 30 år. Motivationen blev læst op af ⟦Kristoffer Lund⟧ fra DGI's bestyrelse.
=== hand-recruit da
Kandidatoversigt - Projektleder, Aarhus
1. ⟦Ahmed Yousef⟧ - 2. samtale tirsdag
2. ⟦Line Kjær Bjerregaard⟧ - afventer reference fra ⟦Helle Winther⟧
3. ⟦Sebastian Holm⟧ - trukket sig
4. ⟦María José Gutiérrez⟧ - 1. samtale
Ansvarlig: ⟦Dorthe⟧ (HR) og ⟦Jakob⟧ (afdelingsleder)
=== hand-recruit da
Hej ⟦Line⟧
Tak for en god samtale i går. Vi vil gerne tilbyde dig stillingen som teamleder. ⟦Jakob Dalsgaard⟧ ringer til dig i morgen for at aftale detaljerne.
Venlig hilsen
⟦Dorthe Frost⟧
HR-partner
=== hand-telecom da
Sag 2291 - Nummerflytning
Kunde: ⟦Gitte Lykke Poulsen⟧. Ønsker at flytte nummer fra Telia. ⟦Gitte⟧ oplyser at hendes søn, ⟦Frederik⟧, bruger nummeret. Fuldmagt modtaget. Behandlet af ⟦Mikkel⟧.
=== hand-utility da
Hej ⟦Jens⟧
Vi har fundet din indbetaling. Den var registreret på ⟦Karen Thygesens⟧ kundenummer - jeres husstand har to. Vi har flyttet beløbet.
Med venlig hilsen
⟦Lise Vang⟧, Kundeservice
=== hand-travel da
Rejseleder-rapport, Kreta uge 42
Alle 38 gæster kom godt hjem. ⟦Allan Kristoffersen⟧ mistede sit pas i Chania - ⟦Susanne⟧ (hans kone) ordnede nødpas på konsulatet. Tak til buschauffør ⟦Giorgos⟧. Rejseleder: ⟦Sanne Birch⟧.
=== hand-immigration da
Notat - samtale i Jobcentret
Borger: ⟦Hamid Noori⟧. Tolk: ⟦Farida Hosseini⟧ (dari). ⟦Hamid⟧ ønsker praktik i et køkken. Sagsbehandler ⟦Louise Brix⟧ kontakter ⟦Noori⟧ igen om 14 dage.
=== hand-research da
Forsøgsprotokol, side 1
Ansvarlig forsker: ⟦Anne-Sofie Kjeldsen⟧, ph.d., Aarhus Universitet
Vejleder: professor ⟦Torben Skovgaard⟧
Datamanager: ⟦Rasmus Wiborg⟧
Studiesygeplejerske: ⟦Jannie Holst⟧
=== hand-press da
PRESSEMEDDELELSE
Tandlægeklinikken i Nørregade udvider
Klinikken har ansat tandlæge ⟦Ayşe Demir⟧ og klinikassistent ⟦Vita Storm⟧. - Vi har haft lange ventelister, siger klinikejer ⟦Jens Rosendahl⟧. Kontakt: ⟦Jens Rosendahl⟧, tlf. 86 12 34 56.
=== hand-election da
Stillerliste - kandidat ⟦Helle Bjørn Madsen⟧
1. ⟦Anton Nørgaard⟧, Møllevej 4
2. ⟦Kirsten Bach⟧, Skolegade 11
3. ⟦Tariq Mahmood⟧, Parkvej 2
4. ⟦Birte Aagaard⟧, Møllevej 3
=== hand-election da
Valgaften i Kolding
Socialdemokraten ⟦Knud Erik Langhoff⟧ blev igen borgmester. Han fik 8.412 personlige stemmer. Venstres ⟦Sebastian Dyhr⟧ blev næststørst. - Tak til alle, sagde ⟦Langhoff⟧ fra scenen i Comwell.
=== hand-cars da
Værkstedsnotat
Bilen (VW Golf) tilhører ⟦Birgit Holm⟧, men hentes af sønnen ⟦Rasmus⟧. Mekaniker ⟦Tonny⟧ har skiftet bremser. ⟦Tonnys⟧ bemærkning: dæk skal skiftes inden vinter.
=== hand-library da
Arrangement: Forfattermøde
Kom og mød ⟦Jussi Lindberg-Olsen⟧ på Hovedbiblioteket torsdag kl. 19. Samtalen ledes af bibliotekar ⟦Pia Skov⟧. Billetter i skranken. Den nye bog i serien udkom i oktober.
=== hand-kindergarten da
Nyt fra Rød stue
I denne uge har vi bygget huler. ⟦Alma⟧ og ⟦Aksel⟧ lavede den største. ⟦Ellen⟧ har haft fødselsdag - tillykke! Vi siger farvel til ⟦Pernille⟧ (pædagog), som starter i Blå. Ny kontaktperson er ⟦Hussein⟧.
Hilsen ⟦Tove⟧, ⟦Hussein⟧ og ⟦Pernille⟧
=== hand-driving da
Køreskolen Ret Frem
Teoriprøve bestået: ⟦Noah Lassen⟧, ⟦Freja Kamp⟧, ⟦Liva Sommer⟧
Køreprøve næste uge: ⟦Magnus Dal⟧ (kørelærer: ⟦Per Kjær⟧)
Husk at ⟦Freja⟧ skal booke førstehjælp.
=== hand-blood da
Tak til ⟦Erik Bonde⟧, der i dag gav blod for 100. gang! Han startede som 18-årig i Odense. Personalet ved tappestedet, ⟦Lene⟧ og ⟦Tobias⟧, havde bagt kage.
=== hand-pension da
Kære ⟦Annette Gravesen⟧
Tak for din henvendelse om udbetaling. Din rådgiver, ⟦Morten Uldall⟧, kontakter dig i næste uge.
Venlig hilsen
PFA Pension
=== hand-union da
Fagforeningsnyt, 3F Kolding
Ny tillidsrepræsentant på Danish Crown: ⟦Mirsad Hodžić⟧. Han afløser ⟦Villy Schmidt⟧. Afdelingsformand ⟦Gitte Lund⟧ takker ⟦Villy⟧ for 18 års indsats.
=== hand-studenthousing da
Kollegiets beboerrådsmøde
Til stede: ⟦Nikolaj⟧ (fmd.), ⟦Ida-Marie⟧, ⟦Wen⟧, ⟦Jonatan⟧, ⟦Aziz⟧. ⟦Wen Li⟧ blev valgt som kasserer. ⟦Jonatans⟧ forslag om fælles vaskeplan blev vedtaget.
=== hand-whatsapp da
[04.11.26, 17:02] Mor: Husk at ringe til farmor
[04.11.26, 17:05] ⟦Julie⟧: ja ja, efter træning
[04.11.26, 17:06] Mor: og hils ⟦Oliver⟧
=== hand-whatsapp da
[12.11.26, 08:00] ⟦Peter⟧ Løbergruppen: Husk løb kl 18 fra Søndermarken!
[12.11.26, 08:11] ⟦Karina⟧: jeg kommer, tager ⟦Sten⟧ med
[12.11.26, 08:12] ⟦Bo Sand⟧: 👍
[12.11.26, 08:15] ⟦Karina⟧: @⟦Bo Sand⟧ har du ⟦Lises⟧ vandflaske?
=== hand-outlook da
Møde: Overdragelse af kunde Thomsen Tømrer
Deltagere: ⟦Lise Kragh⟧, ⟦Bo Riis⟧, ⟦Michael Hvid⟧
Noter: ⟦Bent Thomsen⟧ går på pension, og hans svigersøn ⟦Kasper Munk⟧ overtager firmaet. Kontakt ⟦Kasper⟧ direkte fremover.
=== hand-spreadsheet da
	A	B	C
1	Fornavn	Efternavn	Afdeling
2	⟦Sten⟧	⟦Holm⟧	Lager
3	⟦Lærke⟧	⟦Bach⟧	Salg
4	⟦Per⟧	⟦Vinter⟧	Lager
5	⟦Dang⟧	⟦Van Minh⟧	IT
=== hand-fax da
FAX
TIL: Advokat ⟦Morten Hald⟧
FRA: ⟦Kirsten Ravn⟧, Skifteretten i Hillerød
Vedr.: Dødsbo efter ⟦Kirsten Amalie Bundgaard⟧. Arving ⟦Poul Bundgaard⟧ har underskrevet. Venligst retur til undertegnede.
=== hand-minutes da
Referat, styregruppemøde
Deltagere: ⟦Hans Jørgen Riis⟧ (HJR), ⟦Merete Sommer⟧ (MS), ⟦Oluwaseun Adeyemi⟧ (OA)
Referent: ⟦Sommer⟧
1. ⟦Riis⟧ orienterede om budget. 2. ⟦Oluwaseun⟧ viste prototypen. 3. Evt.
=== hand-jira da
[WEB-512] Forkert navn på kvittering
Kunden ⟦Søren Bech⟧ får kvitteringer med navnet "⟦Søren Beck⟧". Reporter: ⟦Katrine Wulff⟧. Assignee: ⟦Mathias⟧.
Kommentar fra ⟦Mathias⟧: rettet i CRM, ⟦Søren⟧ har fået ny kvittering.
=== hand-csv da
navn;email;telefon;rolle
⟦Lis Holm⟧;lis.holm@example.dk;40 12 34 56;formand
⟦Vagn Ask⟧;vagn@example.dk;22 33 44 55;kasserer
⟦Maja Birk Storm⟧;mbs@example.dk;31 31 31 31;sekretær
=== hand-vcard da
BEGIN:VCARD
VERSION:3.0
N:⟦Brask⟧;⟦Rikke⟧;;;
FN:⟦Rikke Brask⟧
ORG:Brask Tandteknik ApS
EMAIL:rikke@example.dk
END:VCARD
=== hand-ldif da
dn: uid=sbang,ou=people,dc=example,dc=dk
cn: ⟦Sune Bang⟧
givenName: ⟦Sune⟧
sn: ⟦Bang⟧
mail: sbang@example.dk
title: Lagerchef
=== hand-caps da
LØNSEDDEL NOVEMBER 2026
MEDARBEJDER: ⟦HOLM, METTE⟧
AFDELING: LAGER
UDBETALT: 24.312,00
GODKENDT AF: ⟦JØRGEN BAK⟧
=== hand-mail da
-----Videresendt besked-----
Fra: ⟦Hanne Winther⟧ <hanne.winther@example.dk>
Til: ⟦Bo Ravn⟧ <bo@example.dk>
Emne: Flytning af møde

Hej ⟦Bo⟧, kan vi flytte til torsdag? ⟦Jens-Ole⟧ er syg. /⟦Hanne⟧
=== hand-traps da
Husk: H.C. Andersen Airport lukker kl. 22. Vi overnatter på Hotel Christian IV og spiser på Restaurant Søren K. Taxa bestilt hos Dantaxi. Mødet holdes i lokalet "Niels Bohr". Mvh ⟦Per⟧
=== hand-traps da
Bo i Danmark: Sådan finder du bolig. Per 1. januar stiger huslejen. Sol og sommer i Skagen. Storm i Nordsøen. Vi mødes i Birk kl. 10.
=== hand-traps da
Stormen Bodil ramte Danmark i 2013, og nu er lavtrykket Gorm på vej ind over Vestjylland. Vagtchef ⟦Lars Kjeldgaard⟧ fra Beredskabet opfordrer alle til at blive hjemme i aften.
"""
