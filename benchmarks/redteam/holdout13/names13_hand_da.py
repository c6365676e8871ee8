"""Hand-written Danish documents of the v13 names hold-out (``⟦...⟧`` marks a PERSON span; ``=== family lang``
starts a document; families ``hand-news``, ``hand-biz``, ``hand-mixed``). Genres new to v13: dog and cattle shows,
trotting results, TV and radio listings, birth and wedding announcements, lottery and bingo winners, transfer news,
bridge results, wine columns, podcast episode notes, conference programmes, tender evaluations, recruitment
shortlists, deviation reports, expense claims, customer-event guest lists, git logs, Jira comments, Doodle exports,
quiz-night teams, Secret Santa draws, karaoke lists, reading lists and Vinted messages."""

BANK = """
=== hand-news da
Hundeudstilling i Herning: Bedst i racen
Bedste hanhund blev den ruhårede gravhund "Kaptajn Bonde" fra Kennel Østerlund, ført af ⟦Lise-Lotte Vinding⟧. Bedste tæve blev flatcoated retrieveren "Freja", ejet af ⟦Kaj Rømer⟧ og ⟦Sonja Rømer⟧ fra Lemvig. Dommer var ⟦Agnieszka Wrona⟧ fra Polen.

=== hand-news da
Dyrskuet i Roskilde: Årets ko
Årets ko blev jerseykoen "Bodil 1422" fra ⟦Thomas Marks⟧ besætning ved Gadstrup. Ungdomsprisen gik til ⟦Selma Dyhr⟧, 15, der viste kalven "Mark". Glad og stolt var også formand ⟦Peder Ask⟧.

=== hand-news da
Travløb, Charlottenlund – lørdagens resultater
1. løb: "Storm Hanover" (kusk ⟦Birger Jørgensen⟧) foran "Frost Laksmi" (kusk ⟦Rikke Sten-Hansen⟧). V75-gevinsten på 2,1 mio. kr. gik til en spiller i Holstebro, oplyser Danske Spil.

=== hand-news da
TV-guide, fredag – TV 2
20.00 Matador (genudsendelse): Mads Skjern køber Damernes Magasin. Med ⟦Jørgen Buckhøj⟧ og ⟦Ghita Nørby⟧.
21.40 "⟦Kim Larsen⟧ – en dokumentar". Fortæller: ⟦Sofie Gråbøl⟧.

=== hand-news da
Fødselsannoncer, uge 12
Velkommen til ⟦Alma⟧, født 2. marts, 3.450 g. Stolte forældre ⟦Maria Frost⟧ og ⟦Sebastian Vinter⟧, Skive. Storebror ⟦August⟧ glæder sig. Født i august? Skriv til redaktionen.

=== hand-news da
Bryllupper i Thisted Kirke
Lørdag blev ⟦Camilla Ravn⟧ og ⟦Ahmed Benali⟧ viet af sognepræst ⟦Knud Falk⟧. Forlover var ⟦Jasmin Ravn⟧. Festen holdtes på Hotel Limfjorden, hvor ⟦Per Bisgaard⟧ holdt tale.

=== hand-news da
Bingo-vinder i Ribe
Bingopladen i Ribe Fritidscenter gav i går 25.000 kr. til ⟦Else Marie Gundersen⟧, 82. "Lykke er et godt bingo-bræt," sagde hun. Opråber var ⟦Bo Glad⟧.

=== hand-news da
Transfernyt: FC Midtjylland henter kantspiller
FCM har skrevet kontrakt med ⟦Chukwuemeka Obi⟧ fra Lillestrøm. "Han er hurtig som storm," siger sportsdirektør ⟦Svend Graversen⟧. ⟦Obi⟧ debuterer tidligst mod Brøndby, hvor ⟦Jesper Ulv⟧ er skadet.

=== hand-news da
Bridge: Vejle Bridgeklub, tirsdag
A-rækken: 1. ⟦Henny Kold⟧ / ⟦Erling Kold⟧ 63,4 %, 2. ⟦Rosa Lind⟧ / ⟦Iris Malmgren⟧ 58,1 %, 3. ⟦Vagn Sol⟧ / ⟦Tage Bech⟧ 55,0 %.
Næste turnering: Sankt Hans-turneringen den 23. juni.

=== hand-news da
Vinspalten: Ugens fund
Domaine Henri Gouges' Pinot Noir er rund og blød. Vinen er importeret af Hansens Vinhandel i Aalborg, hvor ⟦Rune Hansen⟧ har smagt den til. Til påske anbefaler ⟦Mette Friis⟧ en Riesling fra Dr. Loosen.

=== hand-news da
Podcast: "Krimi i provinsen", afsnit 14
Journalisterne ⟦Andreas Holm⟧ og ⟦Yasmin Farouk⟧ besøger Nykøbing Falster, hvor ⟦Erik Hald⟧ i 1987 forsvandt. Med i afsnittet er tidligere politimand ⟦Ib Storm⟧.

=== hand-news da
Radio 4 – lørdag
09.03 Lørdagsmorgen med ⟦Rasmus Bo Iversen⟧, der taler med astronaut ⟦Andreas Mogensen⟧ om Tycho Brahe Planetarium.
10.00 Nyheder.

=== hand-news da
Skolejubilæum: Kaj Munk Skolen fylder 50
Kaj Munk Skolen i Hvide Sande holdt fest fredag. Skoleleder ⟦Hanne Dalsgaard⟧ takkede første elev ⟦Niels Ove Bruun⟧, der nu bor på Kaj Munks Vej. Borgmester ⟦Lene Holm⟧ holdt tale.

=== hand-news da
Ny restaurant åbner på Tove Ditlevsens Plads
Restauranten Olufs åbner i næste uge. Bag står kokken ⟦Thanh Huong Le⟧ og sommelier ⟦Kasper Frost⟧. Køkkenet er inspireret af Vietnam, og vinene kommer fra Lars Larsen Groups vinafdeling.

=== hand-news da
Brand i kolonihave ved Mariager
Beredskabet rykkede i nat ud til en kolonihave på Hobrovej. Indsatsleder ⟦Morten Sønderby⟧ oplyser, at ingen kom til skade. Haveejeren ⟦Grethe Ulriksen⟧ var i Frederikshavn.

=== hand-news da
Lotto: Vinder fra Nakskov
En lottokupon købt i Nakskov gav 11 mio. kr. Vinderen ønsker at være anonym. "Det er fantastisk," siger købmand ⟦Juan Carlos Pérez⟧, der solgte kuponen.

=== hand-news da
Boganmeldelse: "Arv og miljø"
⟦Vigdis Hjorths⟧ roman om en familie i Oslo er skarp. Hovedpersonen Bergljot konfronterer sin mor. Oversat af ⟦Ida Holst⟧. Til sammenligning er ⟦Tove Ditlevsens⟧ trilogi stadig uovertruffen.

=== hand-news da
Julemærkehjemmet i Hobro får ny leder
⟦Signe Bjerregaard⟧ bliver pr. 1. maj leder på Julemærkehjemmet Kildemose. Hun afløser ⟦Flemming Agger⟧, der går på pension. Per 1. maj flytter kontoret også.

=== hand-news da
Vejarbejde på Niels Finsens Allé
Fra mandag er der kun ét spor på Niels Finsens Allé og H.C. Ørsteds Vej. Omkørsel via Peter Bangs Vej. Arbejdet varer til august.

=== hand-biz da
Program – Energikonference, Fredericia, 4. juni
09.00 Velkomst ved ⟦Gitte Krogsgaard⟧, adm. direktør, Energinet
09.30 "Brint i Vestjylland" – ⟦Hamid Noori⟧, Ørsted
10.15 Paneldebat med ⟦Jens-Peter Holm⟧ og ⟦Kirstine Falk⟧
Frokost i Salen Niels Bohr.

=== hand-biz da
Tilbudsevaluering – udbud 2026/14, rengøring
Tilbudsgivere: Jensens Rengøring ApS, ISS og Mads Bjerre Service. Evalueringsgruppe: ⟦Lone Bisgaard⟧ (formand), ⟦Anders Vinter⟧, ⟦Miriam Eskildsen⟧. Vinder: ISS. Klagefrist oplyses af ⟦Bisgaard⟧.

=== hand-biz da
Rekruttering: Indstilling til 2. samtale
Stilling: Controller. Indstillet: ⟦Yusuf Kaya⟧, ⟦Sarah Holm-Nielsen⟧, ⟦Ravn Ebbesen⟧. Fravalgt efter test: 4 kandidater. Panel: ⟦Bente Kjær⟧ og ⟦Dorte Mark⟧. Ansøgningen "CV_Yusuf_Kaya.pdf" arkiveres.

=== hand-biz da
Afvigelsesrapport nr. 88 – Produktion, Danish Crown Horsens
Opdaget af: ⟦Preben Hjorth⟧, kvalitetskontrol. Temperatur i kølerum 3 over grænse. Ansvarlig for opfølgning: ⟦Malene Storm⟧. Godkendt: ⟦P. Hjorth⟧. Sendt til Fødevarestyrelsen.

=== hand-biz da
Udlægsafregning – marts
Medarbejder: ⟦Torben Hessellund⟧. Middag med kunde (⟦Per Lykke⟧, Bang & Olufsen) på Restaurant Frederiks Have, 1.240 kr. Taxa til Kastrup. Godkendt af ⟦Ulla Birk⟧.

=== hand-biz da
Gæsteliste – kundearrangement, Tivoli, 12. juni
⟦Kim Brandt⟧ (Salling Group), ⟦Helle Kjeldsen⟧ (Coop), ⟦Arif Hussaini⟧ (Lidl), ⟦Signe Bo⟧ (Rema 1000). Værter: ⟦Martin Degn⟧ og ⟦Julie Sand⟧. Bord i Nimb.

=== hand-biz da
Ejerskifte – meddelelse til kunder
Bageriet Holms Brød i Silkeborg er pr. 1. juli overtaget af ⟦Lars Kiilerich⟧ og ⟦Rana Hosseini⟧. Tidligere ejer ⟦Verner Holm⟧ takker for 31 gode år. Åbningstider uændrede.

=== hand-biz da
Referat – samarbejdsudvalget, Vestas Lem
Til stede: ⟦Søren Dalgas⟧ (formand), ⟦Vivi Lund⟧, ⟦Mohamad Khalil⟧, ⟦Bjarne Mark⟧. Afbud: ⟦Ditte Vang⟧. Punkt 3: Kantinen flytter til bygning Paul la Cour. Referent: ⟦Vivi Lund⟧.

=== hand-biz da
Reklamation – levering 44812
Kære ⟦Jonna Skytte⟧. Tak for din henvendelse om den skadede Børge Mogensen-sofa. Vi sender montøren ⟦Anton Glad⟧ tirsdag. Venlig hilsen ⟦Kenneth Bloch⟧, kundeservice, Carl Hansen & Søn.

=== hand-biz da
Pressemeddelelse – Lundbeck
⟦Ingrid Sommer⟧ bliver ny forskningsdirektør i Lundbeck. "Hun er en stjerne," siger koncernchef ⟦Frits van Dalen⟧. ⟦Sommer⟧ kommer fra Novo Nordisk Fonden.

=== hand-biz da
Referenceliste i tilbud – Arkitektfirmaet Lundgaard & Tranberg
Tidligere opgaver: Skuespilhuset, Tietgenkollegiet. Kontaktperson for reference: ⟦Birthe Amstrup⟧, Realdania. Projektleder hos os: ⟦Oskar Winge⟧.

=== hand-biz da
Vurderingsrapport – ejendom, Kong Christians Allé 8, Aalborg
Besigtiget af ⟦Per Hald⟧, valuar. Ejer: ⟦Dagny Wiese⟧. Ejendommen ligger nær Hans Egedes Skole. Per kvadratmeter: 28.400 kr.

=== hand-biz da
Mødeindkaldelse – styregruppe
Deltagere: ⟦Kristian Bonde⟧, ⟦Asger Brink⟧, ⟦Ea Ravnsborg⟧, ⟦Fatma Yıldız⟧. Sted: mødelokale "Karen Blixen", Axelborg. Dagsorden sendes af ⟦Ea⟧ fredag.

=== hand-biz da
Leverandøroprettelse – formular
Firma: Jørgen Kruuse A/S. Kontakt: ⟦Line Kruuse⟧, økonomi. Bank: Jyske Bank. Oprettet af: ⟦M. Thygesen⟧. Kontrolleret af: ⟦Ole Bech⟧.

=== hand-biz da
Orienteringsmail til afdelingen
Hej alle. ⟦Kirsten Vestergaard⟧ går på barsel fra 1. maj, og ⟦Mikael Ravn⟧ overtager hendes kunder. Spørgsmål om Jysk og Bilka går til ⟦Mikael⟧. Kh ⟦Tine⟧

=== hand-biz da
Faktura 2026-311 – Poul Erik Bech Mægler ApS
Til ⟦Svend Aage Kirk⟧, Hans Tausens Gade 4. Salær for salg. Spørgsmål rettes til ⟦Henriette Ravn⟧, bogholderiet. Betales til Danske Bank.

=== hand-biz da
Ordre – Georg Jensen Damask
Kunde: ⟦Annette Skov⟧. Varer: 2 duge "Erik", 12 servietter "Karen". Leveres til Kong Hans Vej 7. Ekspedient: ⟦Lena⟧.

=== hand-mixed da
git log --oneline (uddrag) – repo "bookingsystem"
a3f91c2 ⟦Jonas Bech⟧: ret bug i kalender
7be00d1 ⟦Nadia Elmi⟧: ny side til Sankt Hans-tilmelding
c41e8aa ⟦jonas bech⟧: merge fra main
Reviewet af ⟦Lærke Toft⟧

=== hand-mixed da
Jira – KUNDE-2231
Kommentar fra ⟦Frederik Storm⟧: Virker stadig ikke i Safari.
Kommentar fra ⟦Ayse Demir⟧: @frederik.storm har du ryddet cache?
Tildelt: ⟦Ayse Demir⟧. Label: storm-fix

=== hand-mixed da
Doodle-eksport: "Julefrokost 2026"
Navn; 27/11; 4/12; 11/12
⟦Birgit Holm⟧; ja; nej; ja
⟦Ole Mark⟧; ja; ja; ja
⟦Karim⟧; nej; ja; ja
⟦frida k⟧; ja; nej; nej

=== hand-mixed da
Quizaften på Bryggen – hold
Hold "Glad Kaos": ⟦Mette⟧, ⟦Bo⟧, ⟦Lykke⟧, ⟦Ibrahim⟧
Hold "Per capita": ⟦Per Skovgaard⟧, ⟦Anne⟧, ⟦Vagn⟧
Vinder: "Glad Kaos" med 41 point. Quizmaster: ⟦Rasmus Holt⟧

=== hand-mixed da
Pakkeleg / Secret Santa – lodtrækning
⟦Søren⟧ → ⟦Pia⟧
⟦Pia⟧ → ⟦Mohammed⟧
⟦Mohammed⟧ → ⟦Dorthe⟧
⟦Dorthe⟧ → ⟦Søren⟧
Max 100 kr. Ingen Anton Berg-chokolade til ⟦Dorthe⟧ (allergi).

=== hand-mixed da
Karaoke, fredagsbar – rækkefølge
1. ⟦Cecilie⟧: "Kvinde min" (Gasolin')
2. ⟦Dennis⟧ og ⟦Simon⟧: "Rolling Home"
3. ⟦Hanne⟧: "Glad igen"
4. ⟦Tom Mark⟧: "Dag efter dag"

=== hand-mixed da
Læseliste, 2.g dansk
⟦Herman Bang⟧: "Ved vejen"
⟦Karen Blixen⟧: "Babettes gæstebud"
⟦Tove Ditlevsen⟧: "Barndom"
⟦Yahya Hassan⟧: digte (uddrag)
Aflevering til ⟦Ellen⟧ senest fredag.

=== hand-mixed da
Vinted-beskeder
Køber ⟦Anne Marie⟧: Er Kay Bojesen-aben stadig til salg?
Sælger ⟦Jesper⟧: Ja, og Arne Jacobsen-stolen også. Send til Glad Mark 12?
⟦Anne Marie⟧: Glad Mark er min gade, ja :)

=== hand-mixed da
Hundeluftergruppe (Messenger)
⟦Trine⟧: går med Bella og Ask kl 7
⟦Kasper⟧: Storm har ondt i poten, vi springer over
⟦Trine⟧: god bedring til Storm! ⟦Mille⟧ kommer med Sol i stedet

=== hand-mixed da
Bordplan – sølvbryllup ⟦Karen⟧ og ⟦Niels Holm⟧
Bord 1: ⟦Karen⟧, ⟦Niels⟧, ⟦Ulla Berg⟧, ⟦Sten Berg⟧
Bord 2: ⟦Rosa⟧, ⟦Ib⟧, ⟦Maj-Britt⟧, ⟦Kaj⟧
Bordkort skrives af ⟦Rosa⟧.

=== hand-mixed da
Discord #turnering
[19:02] ⟦ravn⟧: hvem er med i aften
[19:03] ⟦mark⟧: mig, men min mark er oversvømmet så jeg er sent på
[19:04] ⟦ravn⟧: ok, ⟦sol⟧ tager mid
[19:05] guest_4411: kan jeg joine

=== hand-mixed da
Babysitterplan, uge 22
Man: ⟦Freja⟧ (16)
Tirs: mormor ⟦Inger⟧
Ons: ⟦Ahmed⟧ fra nr. 4
Tors: Lukket – Kristi himmelfart
Fre: ⟦Freja⟧

=== hand-mixed da
Kahoot-resultater, 7.b – "Danske konger"
1. ⟦viktor⟧ 8.210
2. ⟦amalie⟧ 7.990
3. ⟦noah⟧ 7.450
Flest rigtige: "⟦Christian IV⟧ byggede Rundetårn"

=== hand-mixed da
P-tilladelser, Boligforeningen Storkereden
Nr.; Navn; Bil
11; ⟦Hassan Jafari⟧; AB 12 345
12; ⟦Vibeke Storm⟧; CX 55 901
13; ⟦Gladys Holm⟧; DJ 44 010
Administrator: ⟦Jan Ulv⟧

=== hand-mixed da
Spotify-playliste "Sommer på Fanø" – lavet af ⟦Malthe Kjær⟧
1. ⟦Kim Larsen⟧ – "Om lidt"
2. ⟦Tove Lo⟧ – "Habits"
3. ⟦Malthes⟧ egen indspilning med ⟦Eva⟧ på guitar

=== hand-mixed da
Escape room-booking, Esbjerg
Hold: ⟦Nicklas Brandt⟧, ⟦Zainab Hashemi⟧, ⟦Oliver Mark⟧, ⟦Sigrid⟧. Rum: "Tycho Brahes laboratorium". Tid: 41:12. Spilleder: ⟦Emil⟧.

=== hand-mixed da
Kor-vagtplan, Vor Frue Kirkes Kor
Sopran: ⟦Lone Vinter⟧, ⟦Marianne Sol⟧
Alt: ⟦Bodil Krag⟧
Tenor: ⟦Henrik Ravn⟧
Bas: ⟦Kaj Storm⟧
Dirigent: ⟦Søren K. Mølbak⟧. Øver i Carl Nielsen-salen.

=== hand-mixed da
Aula-besked
Hej forældre til 3.a. ⟦Liv⟧ og ⟦Ask⟧ har mistet deres madkasser ved Sankt Hans-bålet. Livet som lærer! Hilsen ⟦Birte⟧

=== hand-mixed da
Åbningstider, Glad Mad Kantine
Mandag-torsdag 11-14, fredag 11-13. Lukket Sankt Hans aften og i uge 42. Ingen navne på bestillingssedlen, kun bordnummer.
=== hand-biz da
Kontrakt om køb af hest – Hestehandel
Sælger: ⟦Jens Christian Lykke⟧, Tønder. Køber: ⟦Sanne Mølgaard⟧ og ⟦Oliver Mølgaard⟧. Hesten "Prins Valdemar" (f. 2017). Dyrlægeattest ved ⟦Hussein Abbas⟧. Vidner: ⟦Gry Damsgaard⟧ og ⟦Bent Glad⟧.

=== hand-biz da
Projektstatus, uge 19 – Letbanen Odense
Ansvarlige: ⟦Camilla Brask⟧ (spor), ⟦Aleksandr Volkov⟧ (el), ⟦Per Sand⟧ (sikring). Risiko: leverance fra Vestergaard Company forsinket. Eskaleret af ⟦Brask⟧ til ⟦Thomas Nørgaard⟧. Strækningen ved Hans Christian Andersen Airport er ikke berørt.

=== hand-news da
Lokalrevyen 2026 i Skagen
Revyen "Sol over Skagen" har premiere fredag. Instruktør ⟦Malou Kragh⟧ har samlet ⟦Bjarne Hjort⟧, ⟦Siri Lauridsen⟧, ⟦Kristian Ravn⟧ og nykommeren ⟦Emre Şimşek⟧. ⟦Ravn⟧ spiller både fyrpasseren og en måge. Kapelmester: ⟦Lasse Bro⟧.

=== hand-mixed da
Kommentarer under opslaget "Hvem har lånt stigen?"
⟦Hans-Jørgen Bak⟧: Det var vist ⟦Lene⟧ fra nr. 9
⟦lene winther⟧: nej, jeg gav den til ⟦Aage⟧ 😅
⟦Aage Storm⟧: Den står hos mig, hent den bare. Hans bil holder foran.
⟦Hans-Jørgen Bak⟧: tak ⟦Aage⟧!
"""
