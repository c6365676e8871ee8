"""Hand-written Danish documents of the v12 names hold-out (``⟦Name⟧`` marks a PERSON span).

News: theatre and concert reviews, research news, graduation lists, house sales, art auctions, business news,
letters to the editor, fishing contests. Business: offers, purchase orders, status reports, powers of attorney,
meeting invitations, out-of-office replies, handovers, tender references. Mixed: Messenger and Discord chat,
form exports, kanban boards, subtitles, guest books, sign-up sheets, carpools, laundry bookings, Strava posts."""

BANK = """
=== hand-news da
Anmeldelse: "Et dukkehjem" på Aarhus Teater
⟦Cecilie Gadborg Holk⟧ er en sitrende Nora, og ⟦Esben Dalsgård⟧ giver Helmer en kulde, der gør ondt. Instruktøren ⟦Anne-Sophie Wulff⟧ har flyttet handlingen til et parcelhus i 1970'erne. Fem stjerner til ⟦Gadborg Holk⟧.

=== hand-news da
Ny forskning fra Aalborg Universitet: Lektor ⟦Ravi Chandrasekaran⟧ og ph.d.-studerende ⟦Liv Thorsø⟧ har vist, at Alzheimers sygdom kan opdages i blodet ti år før symptomerne. Projektet er støttet af Lundbeckfonden og Novo Nordisk Fonden. "Det er livet værd at arbejde for," siger ⟦Thorsø⟧.

=== hand-news da
Studenter fra Viborg Katedralskole, 3.c
⟦Asta Kirkegaard⟧, ⟦Mohammad Reza Ahmadi⟧, ⟦Birk Lauritzen⟧, ⟦Sofie Ravn⟧, ⟦Oskar Due⟧, ⟦Rosa Lindskov-Bach⟧, ⟦Ask Brøndum⟧, ⟦Nanna Sø⟧ og ⟦Emil Kock⟧. Huen blev sat på af rektor ⟦Jens Hedegaard⟧.

=== hand-news da
Solgte huse i Silkeborg, uge 14
Niels Ebbesens Vej 12: solgt for 3,4 mio. kr. af ⟦Karin⟧ og ⟦Poul Stausholm⟧ til ⟦Thea Bøgh⟧. H.C. Ørsteds Vej 3: solgt af dødsboet efter ⟦Erna Kjær⟧. Tordenskjoldsgade 9: solgt af Jensens Bøfhus A/S.

=== hand-news da
Kunstauktion: Et maleri af ⟦Anna Ancher⟧ blev i går solgt for 2,1 mio. kr. hos Bruun Rasmussen. Køber var ifølge auktionarius ⟦Kasper Nielsen⟧ en privat samler fra Skagen. Et værk af ⟦P.S. Krøyer⟧ gik for 900.000 kr.

=== hand-news da
Erhverv: Mørk & Storm Ejendomme opkøber Lindhardt Gruppen. Adm. direktør ⟦Malene Storm⟧ siger, at de 40 ansatte beholder deres job. Grundlæggeren ⟦Vagn Lindhardt⟧, 71, trækker sig fra bestyrelsen. Storm og regn forsinkede i øvrigt byggeriet i Kolding.

=== hand-news da
Læserbrev: Hvorfor må vi ikke cykle på Ole Suhrs Gade? Jeg har boet her i 30 år, og det er livet af lave om nu.
⟦Bent Fisker⟧, Nørrebro

=== hand-news da
Havørred-konkurrencen på Fyn: Vinderen blev ⟦Lærke Smed⟧ fra Nyborg med en fisk på 4,6 kilo. På andenpladsen kom ⟦Tonny "Laksen" Mikkelsen⟧, og ⟦Jalal Sabri⟧ fik præmien for årets største regnbueørred. Præmierne var sponseret af Fiskerforum.

=== hand-news da
Koncert: DR Symfoniorkestret under ⟦Wang Yiran⟧ spillede ⟦Carl Nielsens⟧ femte symfoni i Koncerthuset. Solisten ⟦Kang Ha-eun⟧ fik stående bifald. Carl Nielsen-konkurrencen afholdes igen i 2027.

=== hand-news da
Kort nyt fra Bornholm: ⟦Rógvi í Dali⟧, ny færgekaptajn på Bornholmslinjen, overtager efter ⟦Ib Kofoed⟧. Første tur med Hammershus er fredag. Kaptajnens hund, Bella, får lov at komme med.

=== hand-news da
Nekrolog: Arkitekt ⟦Guðrún Sigurðardóttir⟧ er død, 84 år. Hun tegnede blandt andet udvidelsen af Thorvaldsens Museum og fik C.F. Hansen Medaillen i 1998. Hun efterlader sønnen ⟦Einar⟧ og barnebarnet ⟦Freja Sigurðardóttir Holm⟧.

=== hand-news da
Byrådet i Kolding: Forslaget om nye cykelstier blev vedtaget. ⟦Lone Vestergaard⟧ (DF) stemte imod, mens ⟦Ahmet Yıldız⟧ (S) kaldte det "en sejr for børnene". Borgmester ⟦Knud Erik Langhoff⟧ forventer byggestart i maj.

=== hand-news da
Trafikuheld på Kongevejen: En bil ført af en 19-årig kørte i aftes ind i et træ ved Kongens Lyngby. Føreren slap med skrammer, oplyser vagtchef ⟦Morten Schou⟧.

=== hand-news da
Bogudgivelse: ⟦Siobhán O'Connor⟧ har skrevet en biografi om ⟦Karen Blixen⟧. ⟦O'Connors⟧ bog bygger på breve fundet på Rungstedlund og bliver præsenteret på Karen Blixen Museet 14. maj.

=== hand-news da
Sport: ⟦Mark Due⟧ scorede to gange, da Vejle slog AGF 3-1. Træner ⟦Ivan Perković⟧ roste især målmand ⟦Sol Abildgaard⟧. Kampen blev spillet for udsolgt stadion på Vejle Stadion.

=== hand-news da
Ugens profil: ⟦Maja Holm⟧ fra Holms Blomster i Ribe har solgt blomster i 40 år. "Min mand ⟦Kaj⟧ overtog butikken efter sin far, ⟦Aage Holm⟧," fortæller hun. Barnebarnet ⟦Ida⟧ skal overtage i 2027.

=== hand-news da
Prisregn: Forfatteren ⟦Yasmin Hadi Nielsen⟧ modtager Weekendavisens litteraturpris, og illustratoren ⟦Ellen Ravn Thygesen⟧ får Kulturministeriets Illustratorpris. Prisen er opkaldt efter ⟦Ib Spang Olsen⟧.

=== hand-news da
Retsreferat: ⟦Jørgen B. Skovsgaard⟧, 58, blev frifundet for bedrageri mod Skovsgaard Auto ApS. Forsvarer ⟦Helle Juhl-Madsen⟧ kaldte anklagen "grundløs".

=== hand-news da
Vejret: Sol og varme i hele landet i weekenden. Meteorolog ⟦Sol Bergmann⟧ fra DMI lover op til 26 grader i Sønderjylland, men storm ved Skagen mandag.

=== hand-news da
Personalia: ⟦Thi Mai Pham⟧ er ansat som overlæge på Aarhus Universitetshospital. Hun kommer fra Odense, hvor hun arbejdede med Aspergers syndrom hos voksne sammen med professor ⟦Per Hove Thygesen⟧.

=== hand-biz da
Tilbud nr. 2026-118
Til: Fjordbyens Tandklinik, att. ⟦Hanne Lerche⟧
Vi tilbyder udskiftning af gulve i venteværelset for 84.500 kr. ekskl. moms. Arbejdet udføres af vores gulvmand ⟦Bjarne⟧ og lærlingen ⟦Yusuf Çelik⟧ i uge 31.
Med venlig hilsen
⟦Lasse Brix Nørgaard⟧
Brix Gulve ApS

=== hand-biz da
Indkøbsordre 45501
Bestilt af: ⟦Ulla Refslund⟧, Indkøb
Leverandør: Kähler Design A/S
5 stk. Ursula-skål, 2 stk. Omaggio-vase. Levering til Sct. Hans Torv 4.
Godkendt: UR / ⟦Peter Lassen⟧

=== hand-biz da
Statusrapport, projekt Nyt Intranet, uge 12
Ansvarlig: ⟦Frederik Aagaard⟧
- Design: færdigt (⟦Amalie⟧)
- Integration til løn: forsinket, ⟦Rasmus Kjeldgaard⟧ venter på Visma
- Test: starter uge 14, ⟦Zofia Kamińska⟧ og ⟦Henrik Gjerløv⟧
Risiko: ⟦Kjeldgaards⟧ ferie i uge 15.

=== hand-biz da
FULDMAGT
Undertegnede ⟦Inger Margrethe Dyhr⟧, Rosenvængets Allé 5, 2100 København Ø, giver hermed min søn ⟦Christian Dyhr⟧ fuldmagt til at handle på mine vegne over for Danske Bank og Skattestyrelsen.
Dato og underskrift: ⟦Inger M. Dyhr⟧

=== hand-biz da
Mødeindkaldelse: Budgetopfølgning Q2
Tid: torsdag kl. 10-11, mødelokale "Niels Bohr"
Deltagere: ⟦Kirsten Faber⟧; ⟦Mads Winther⟧; ⟦Nicolai Ørum-Hansen⟧; ⟦Priya Nair⟧
Dagsorden: 1. Afvigelser 2. Prognose. Materiale fra ⟦Mads⟧ følger.

=== hand-biz da
Autosvar: Tak for din mail. Jeg er på ferie til og med 28. juli og læser ikke mails. Ved akutte sager kontakt ⟦Signe Tarp⟧ på 33 12 45 67 eller ⟦Omar Khalil⟧.
Venlig hilsen
⟦Jakob Skriver⟧

=== hand-biz da
Overdragelsesnotat – kunde Holmegaard Glasværk
Jeg (⟦Tina Vestergaard⟧) stopper 1. september. Kunden overtages af ⟦Morten Glad⟧. Kontaktperson hos kunden er ⟦Hans-Henrik Mørch⟧, der foretrækker telefon. Filerne ligger i mappen Kunder/Holmegaard og i "Overdragelse_Tina_V.docx".

=== hand-biz da
Referencer (udbud, Region Sjælland)
1. Rigshospitalet, ombygning af afsnit 3, kontakt ⟦Lis Bonde⟧, 35 45 00 00
2. Bispebjerg Hospital, ventilation, kontakt teknisk chef ⟦Jan Kristoffersen⟧
3. Herlev Hospital, kontakt ⟦Marianne Ulv⟧

=== hand-biz da
Kære ⟦Mette⟧
Tak for et godt møde i går. Som aftalt sender jeg kontrakten til ⟦Jesper Ask⟧ i jeres juridiske afdeling. Hils ⟦Lars⟧' team.
Mvh
⟦Camilla⟧
/CH

=== hand-biz da
Reklamation, sag 3391
Kunden ⟦Erik Holmboe⟧ har købt en Børge Mogensen-sofa hos Illums Bolighus, som har fået en flænge. ⟦Holmboes⟧ datter ⟦Klara⟧ har sendt billeder. Sagsbehandler: ⟦Dorthe Vind⟧.

=== hand-biz da
Arbejdsseddel, Jensens VVS
Montør: ⟦Sten Winther⟧
Kunde: Familien ⟦Qureshi⟧, Kong Christians Allé 40
Udført: udskiftning af vandhane i køkken. Kunden (⟦Farah Qureshi⟧) var hjemme.

=== hand-biz da
Bestyrelsesmøde i Andelsboligforeningen Ørsted
Til stede: ⟦Karl Elmquist⟧ (formand), ⟦Ruth Abrahamsen⟧, ⟦Valdemar Lund⟧
Afbud: ⟦Jesper⟧
Ordstyrer: KE. Referent: ⟦Ruth⟧.

=== hand-biz da
Lønforhandling – notat
Medarbejder: ⟦Natasha Petrenko⟧. Leder: ⟦Søren Maagaard⟧. TR: ⟦Bente Kok⟧.
Aftalt: løntillæg 1.200 kr./md. fra 1. oktober.

=== hand-biz da
Faktura 7719
Sælger: Ole Lynggaard Copenhagen
Køber: ⟦Vibeke Marie Honoré⟧
1 stk. Lotus-ring, guld
Ekspedient: ⟦Natalia⟧

=== hand-biz da
Jobtilbud
Kære ⟦Olena Kovalenko⟧
Vi er glade for at kunne tilbyde dig stillingen som laborant hos Chr. Hansen A/S med start 1. august. Din nærmeste leder bliver ⟦Henning Krabbe⟧. Spørgsmål kan rettes til HR, ⟦Lise-Lotte Brodersen⟧.

=== hand-biz da
Kørselsregnskab, maj
Chauffør: ⟦Kurt Vinther⟧
2/5 København-Odense, kunde: Carl Hansen & Søn
6/5 Odense-Middelfart, kunde: Bang & Olufsen
Godkendt af ⟦Lene Mose⟧

=== hand-biz da
Skadesanmeldelse
Anmelder: ⟦Tobias Hjort⟧. Skaden skete ved Hans Tavsens Gade, da en bil ført af ⟦Vivi Rosenørn⟧ bakkede ind i anmelderens cykel. Vidne: ⟦Abdirahman Yusuf⟧.

=== hand-biz da
Tak for ordren, ⟦Gitte⟧!
Din bestilling fra Søstrene Grene er afsendt med GLS. Har du spørgsmål, så skriv til os. Hilsen kundeservice, ⟦Julie⟧

=== hand-mixed da
messenger – familien 🏡
mor: er der nogen der har hørt fra ⟦liv⟧??
⟦mads⟧: hun er hos ⟦ask⟧, de spiller fifa
far: ok. husk farmors fødselsdag søndag
mor: og ⟦lærke⟧ kommer med kagen
⟦mads⟧: livet er for kort til kage uden flødeskum 😂

=== hand-mixed da
discord #raid-aften
xXbjørnXx: hvem tager healer i aften?
⟦karl⟧: ⟦stig⟧ og jeg kan godt
sarah_k: jeg er med, men skal lige hente ⟦noah⟧ til kl 8
⟦karl⟧: fint, så venter vi på ⟦sarah⟧

=== hand-mixed da
Tilmeldinger (Google Formular), Sommerfest i Skovlyst
Tidsstempel;Navn;Antal voksne;Antal børn;Allergier
2026-06-01 20:14;⟦Mette Skov⟧;2;3;nødder
2026-06-01 21:02;⟦Abdullah Amiri⟧;2;1;
2026-06-02 07:45;⟦Lise⟧ og ⟦Bo Kjær⟧;2;0;gluten
2026-06-02 12:30;familien ⟦Nguyen⟧;4;2;

=== hand-mixed da
Trello – Marketing
TO DO: Nyhedsbrev juni (⟦Camilla⟧) | Billeder fra messen (⟦Thomas R.⟧)
DOING: Ny hjemmeside – ⟦Anders⟧ + ekstern konsulent
DONE: Pressemeddelelse om Kähler-samarbejdet (⟦Sanne⟧)

=== hand-mixed da
Undertekster, DR-dokumentaren "Vinter på Fanø"
00:01:12,400 --> 00:01:14,900
⟦BIRGIT FEDDERSEN⟧: Hvor har du været, ⟦Jens⟧?
00:01:15,100 --> 00:01:17,300
⟦JENS FEDDERSEN⟧: Hos ⟦Tove⟧ ved havnen. Hun har fået lam.

=== hand-mixed da
Gæstebog, Sommerhus "Klitrosen"
Tak for en dejlig uge! Vi så sæler og spiste på Skagens Museum café. Hilsen ⟦Henrik⟧, ⟦Sus⟧ og ⟦Malthe Overby⟧ fra Greve.
Vi kommer igen! Familien ⟦Rasmussen⟧ (og hunden Luffe)

=== hand-mixed da
Samkørsel til Roskilde Festival
Bil 1: ⟦Jonas⟧ (chauffør), ⟦Emma B.⟧, ⟦Wiktor⟧
Bil 2: ⟦Ida Marie⟧ (chauffør), ⟦Hussein⟧, ⟦Selma Rask⟧
Mødested: Netto på Peter Bangs Vej kl. 9

=== hand-mixed da
Vaskeri – bookinger uge 22
Man 8-10: ⟦Hansen⟧ 3.tv
Man 10-12: ⟦A. Yilmaz⟧ st.th
Tir 17-19: ⟦Bodil Ravn⟧
Ons 8-10: (ledig)

=== hand-mixed da
Strava – Løbeklubben Amager
⟦Kim Dam⟧ løb 21,1 km på 1:34. ⟦Tanja Hvid⟧ gav kudos: "Flot, ⟦Kim⟧!" ⟦Ebbe⟧ kommenterede: "du er jo hurtigere end ⟦Tanjas⟧ hund 🐕"

=== hand-mixed da
Facebook Marketplace
Sælger: Arne Jacobsen-stol, lidt slidt, 900 kr.
⟦Hanne Birk⟧: Er den stadig til salg?
⟦Morten Elm⟧: Ja, du kan hente den i morgen. Spørg efter ⟦Morten⟧ eller min kone ⟦Trine⟧.

=== hand-mixed da
Kvittering – Jensens Bøfhus, Aalborg
2 x Pebersteak 2 x Fadøl
Betjent af: ⟦Nicklas⟧
Tak for besøget!

=== hand-mixed da
SMS
Hej ⟦Søren⟧ det er ⟦Bettina⟧ fra Holms Blomster. Din buket til ⟦Ruths⟧ 70-års dag er klar. Send filen "kort_til_Ruth.pdf" hvis kortet skal trykkes.

=== hand-mixed da
Opslag i opgangen: Til beboeren med den røde cykel. Den blokerer døren! Hilsen ⟦Grete⟧ i 2.th. PS: Tak til ⟦Ahmed⟧ fra 4. for hjælpen med juletræet.

=== hand-mixed da
Indskrivning, Vester Skerninge Friskole
Barn: ⟦Alma Hjorth-Petersen⟧
Forældre: ⟦Stine Hjorth⟧, ⟦Kristoffer Petersen⟧
Søskende på skolen: ⟦Storm⟧ (3. kl.)
Læge: Lægerne i Ollerup v/ ⟦Anne Lund⟧

=== hand-mixed da
Kommentarer på Instagram-opslaget fra Cafe Ravnsborg
@mariavoss: åh hvor ser det lækkert ud
⟦Bent Elmann⟧: Hvornår åbner I igen?
@cafe_ravnsborg: Fredag, ⟦Bent⟧! Spørg efter ⟦Yasmin⟧ i baren
#teamYasmin #nørrebro

=== hand-mixed da
OCR-scannet brev (dårlig kvalitet)
Kære hr. ⟦Jens Chr. Lindskov⟧
Vi bekræfter modtagelsen af Deres ansøgning af 3. marts. Sagen behandles af ⟦Kir5ten Bjerregaard⟧.
Med venlig hi1sen
⟦K. Bjerregaard⟧, Sekretariatet

=== hand-mixed da
Holdkort – Old boys, Brønshøj BK
MÅL: ⟦Torben Lund⟧
FORSVAR: ⟦Jan Ravn⟧, ⟦Claus "Bulldozer" Krogh⟧, ⟦Henrik Svane⟧
MIDTBANE: ⟦Bo⟧, ⟦Mikkel Bonde⟧, ⟦Ali Haidari⟧
ANGREB: ⟦Peter Storm⟧
Holdleder: TL

=== hand-news da
Vejarbejde: Fra mandag er H.C. Andersens Boulevard spærret ved Rådhuspladsen, og Niels Juels Gade lukkes for biler. Storm og regn kan forsinke arbejdet. Buslinje 2A kører ad Tietgensgade.

=== hand-news da
Alzheimerforeningen inviterer til informationsaften om Alzheimers sygdom og Parkinsons sygdom i Carl Nielsen Salen i Odense. Tilmelding på foreningens hjemmeside. Sol og varme er lovet, så der er kaffe i haven.

=== hand-biz da
Ordrebekræftelse
2 stk. Wegner-stol CH24, 1 stk. PH5-lampe, 1 stk. Kay Bojesen-abe (stor)
Leveres fra Carl Hansen & Søn til Sankt Annæ Plads 7. Betaling: 30 dage netto.

=== hand-mixed da
Åbningstider i påsken
Skærtorsdag 10-14, langfredag lukket, påskelørdag 9-16.
Holms Blomster & Jensens Bøfhus, Niels Kjeldsens Vej 3

=== hand-mixed da
Seddel fra ⟦Lone⟧ til ⟦Kaj⟧ på køleskabet: HUSK ⟦Viggos⟧ madpakke, og ⟦Bo⟧ skal til tandlæge kl 14! Ring til ⟦Marianne Lund⟧ på klinikken, hvis tiden skal flyttes.
"""
