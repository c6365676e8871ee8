"""Hand-written Danish name documents of hold-out v11 (``⟦Name⟧`` marks a PERSON span, see ``cats11_markup.py``).
Families: ``hand-news``, ``hand-biz`` (mail, minutes, contracts, invoices) and ``hand-mixed`` (chat, forms,
tables, CSV, OCR)."""

BANK = """
=== hand-news da
Grønlandsk kajakroer vinder DM
⟦Ivalo Berthelsen-Kreutzmann⟧ fra Qajaq Aarhus vandt søndag DM i grønlandsk kajak. ⟦Berthelsen-Kreutzmann⟧ slog den forsvarende mester ⟦Pilunnguaq Geisler⟧ med to sekunder. Løbet blev roet på Brabrand Sø.

=== hand-news da
Ny overlæge på Hvidovre
Hospitalet har ansat ⟦Senthilnathan Kanagaratnam⟧ som overlæge i hæmatologi. Han kommer fra Odense, hvor han arbejdede sammen med professor ⟦Birte Holm-Sørensen⟧. Afdelingen ligger i Finsenbygningen.

=== hand-news da
Bager fra Bosnien åbner i Vollsmose
⟦Almir Hadžiahmetović⟧ og hans kone ⟦Selma⟧ åbner på lørdag Almirs Bageri på Vollsmose Allé. "Vi bager burek ligesom min mormor," siger ⟦Almir Hadžiahmetović⟧.

=== hand-news da
Dom i sag om svindel med madpakker
Retten i Glostrup idømte tirsdag ⟦Kasper W. Lindegaard⟧, 41, otte måneders fængsel. Anklager ⟦Trine Mølgaard⟧ havde krævet et år. Forsvarer ⟦Ahmed Nasser El-Din⟧ har anket.

=== hand-news da
Thailandsk restaurant fejrer 25 år
Da ⟦Wanida Sørensen⟧ åbnede Bangkok Kitchen på H.C. Andersens Boulevard i 2001, stod hun alene i køkkenet. I dag har ⟦Wanidas⟧ datter ⟦Ploy⟧ overtaget. ⟦Sørensen⟧ kommer stadig hver fredag.

=== hand-news da
Orgelkoncert i Grundtvigs Kirke
Organist ⟦Hanne-Vibeke Aagaard⟧ spiller orgelværker fra romantikken søndag kl. 16. Billetter kan købes i Kirkens Korshærs butik på Kongens Nytorv.

=== hand-news da
Somalisk forening får ny formand
⟦Faadumo Sheikh Abdi⟧ er valgt som formand for Somali Kulturforening i Aarhus. Hun afløser ⟦Mohamed Ali "Dheere" Warsame⟧, der har siddet i ti år. Næstformand blev ⟦Abdirizak Xuseen⟧.

=== hand-news da
Færge sat ind igen
M/F Prins Joachim sejler igen fra mandag. Kaptajn ⟦Ole Bundgaard Friis⟧ siger, at værftet i Frederikshavn er færdigt. Passagerer skal fortsat møde op 30 minutter før afgang.

=== hand-news da
Polsk håndværker hædret
Byens håndværkerpris gik i år til tømrer ⟦Grzegorz Wiśniewski-Holm⟧. Prisen blev overrakt af borgmester ⟦Lene Bach Kjeldsen⟧ i Rådhushallen. ⟦Wiśniewski-Holms⟧ firma har 14 ansatte.

=== hand-news da
Finsk kok vinder konkurrence
⟦Kaisa Hyvärinen⟧ fra restaurant Aalto vandt Årets Kok. På andenpladsen kom ⟦Mads Kirk⟧, mens ⟦Tamilarasi Sivapalan⟧ fik publikumsprisen. Restauranten har Arne Jacobsen-stole i hele salen.

=== hand-news da
Vejret
Storm og regn rammer Vestjylland i aften. Meteorolog ⟦Vera Lund⟧ venter vindstød af stormstyrke ved Hvide Sande. Sol og varme vender først tilbage på lørdag.

=== hand-news da
Mindeord
⟦Jens Peter Qvist⟧, tidligere skoleinspektør på Hans Tausens Skole, er død, 88 år. Han efterlader sin hustru ⟦Else⟧ og tre børn. ⟦J.P. Qvist⟧ var i 30 år træner i Hellerup IK.

=== hand-news da
Kunstudstilling i Brandts
⟦Naja Rosing-Asvid⟧ udstiller malerier fra Nuuk. Udstillingen er kurateret af ⟦Mette-Marie Lindbjerg⟧ og åbner fredag. Samtidig viser museet Poul Kjærholm-møbler fra samlingen.

=== hand-news da
Håndbold
Ribe-Esbjerg vandt 31-28 over Skjern. ⟦Nikolaj Øris Thomsen⟧ scorede ti mål, mens målmand ⟦Tariq Bakhtiari⟧ havde 15 redninger. Træner ⟦Lars Krogh Jeppesen⟧ roste forsvaret.

=== hand-news da
Trafik
Vejarbejdet på Dronning Olgas Vej fortsætter til maj. Kommunen beder bilister køre ad Peter Bangs Vej. Der er ingen omkørsel for cyklister.

=== hand-news da
Ny præst i Ølstykke
⟦Sune Juhl-Nielsen⟧ bliver indsat som sognepræst i Ølstykke Kirke den 7. september. Provst ⟦Inger Lise Damgaard⟧ forestår indsættelsen.

=== hand-news da
Iværksætter fra Irak
Efter ti år som buschauffør startede ⟦Haider Al-Jubouri⟧ sit eget vognmandsfirma, Jubouri Transport ApS. Firmaet kører nu for Arla. "Min bror ⟦Mustafa⟧ styrer kontoret," siger ⟦Haider⟧.

=== hand-news da
Skak
⟦Tenzin Dorje⟧ vandt byturneringen foran ⟦Asger Bak⟧ og ⟦Lotus Nguyen⟧. Turneringen blev spillet i Mærsk Mc-Kinney Møller Salen.

=== hand-biz da
Videresendt meddelelse
Fra: ⟦Rikke Vestergaard Holm⟧ <rvh@nordlys-byg.dk>
Emne: Tilbud på tag
Hej ⟦Kenneth⟧
Vedhæftet er tilbuddet. Ring til ⟦Bo⟧ på lageret, hvis I vil se tagstenene.
Mvh ⟦Rikke⟧

=== hand-biz da
Referat af bestyrelsesmøde i Andelsboligforeningen Bispebjerg
Til stede: ⟦Aleksandra Nowicka⟧ (formand), ⟦Pernille Krag⟧, ⟦Yusuf Çelik⟧, ⟦Henning Bæk⟧
Afbud: ⟦Tove Fisker⟧
1. ⟦Nowicka⟧ orienterede om tagrenoveringen.
Ref.: PK

=== hand-biz da
Faktura 20431
Att.: ⟦Ib Juhl⟧, økonomiafdelingen
Levering af 40 stk. Kay Bojesen-abe og 12 stk. PH5-lamper.
Sælger: ⟦Marianne Schrøder-Dahl⟧

=== hand-biz da
LEJEKONTRAKT
Udlejer: ⟦KNUD ERIK MADSEN⟧, Hans Egedes Gade 11, 8000 Aarhus C
Lejer: ⟦SIRIPORN KHAMSAI⟧
Lejemålet overtages 1. august. Depositum indbetales til udlejers konto.

=== hand-biz da
Hej ⟦Søren⟧ og ⟦Aviaja⟧
Tak for et godt møde i går. ⟦Aviaja Egede⟧ sender tegningerne, når ⟦Mikael⟧ fra Niras har godkendt dem.
Venlig hilsen
⟦Thomas Ravn Sloth⟧
Projektleder | Sloth & Partnere ApS
M +45 22 14 87 03

=== hand-biz da
Ansættelsesbrev
Kære ⟦Mirela Kovačević⟧
Vi bekræfter hermed din ansættelse som bogholder fra 1. marts. Din nærmeste leder er ⟦Rasmus Thorhauge⟧.
Med venlig hilsen
⟦Dorte Fogh⟧, HR

=== hand-biz da
Mødeplan uge 14
Mandag: ⟦Kim⟧ og ⟦Ayşe⟧ – kunde hos Georg Jensen
Tirsdag: Salgsmøde i lokale "Tycho Brahe"
Onsdag: ⟦Ayşe Demir⟧ på kursus
Fredag: Lukket

=== hand-biz da
Kære ⟦Jette⟧
På vegne af ⟦Claus Bisgaard⟧ vil jeg takke for samarbejdet. ⟦Claus⟧' opgaver overtages af ⟦Nanna Birk⟧ fra 1. juni.
Med venlig hilsen
⟦Line M. Holst⟧, direktionssekretær

=== hand-biz da
Ordrebekræftelse
Kunde: Hotel Dagmar, Ribe
Kontaktperson: ⟦Sonja Wiik⟧
3 stk. Børge Mogensen-sofa, 8 stk. Wegner-stol
Leveres af ⟦Jannik⟧ fra Mikkelsens Flytteforretning.

=== hand-biz da
Indkaldelse til generalforsamling i Roklubben Viking
Dirigent: ⟦Povl Erik Hørlyck⟧
Bestyrelsen foreslår genvalg af ⟦Anne Qvortrup⟧ og nyvalg af ⟦Matias Kristensen-Tuxen⟧.
Mødet holdes i Frode Jakobsens Hus.

=== hand-biz da
Notat fra telefonmøde
⟦H. Skovgaard⟧ (Danske Bank) og ⟦M.B. Lauritsen⟧ (Sydbank) deltog. Aftalt at ⟦Lauritsen⟧ sender udkast inden fredag.

=== hand-biz da
Hej Jens Nielsens Rengøring
Vi vil gerne have et tilbud på vinduespudsning. Spørg efter ⟦Dinh Thi Lan⟧ i receptionen.
Mvh ⟦Eskild⟧

=== hand-biz da
Tak for i dag!
Det var en fornøjelse at møde jer på standen. ⟦Maja Juel⟧ og jeg følger op i næste uge.
--
⟦Stanisław "Staszek" Nowak⟧
Key Account Manager
Carl Hansen & Søn

=== hand-biz da
Kontrakt om samarbejde mellem Bech & Bruun Advokater og ⟦Idunn Sørlie⟧ (konsulent). Aftalen underskrives af partner ⟦Frederik Munch⟧ på vegne af firmaet.

=== hand-biz da
Vagtplan, Café Strøget
Lør: ⟦Emma⟧, ⟦Ahmad⟧, ⟦Liv⟧
Søn: ⟦Ahmad⟧, ⟦Sigurd⟧
Husk at ⟦Pernille⟧ fra Pernilles Blomster leverer kl. 8.

=== hand-mixed da
[WhatsApp] Familien ⟦Rasmussen⟧
[18.02, 09:14] ⟦Morten⟧: Hvem henter farmor?
[18.02, 09:15] ⟦Sanne Rasmussen⟧: det gør jeg
[18.02, 09:17] ⟦Morten⟧: super, ⟦Ida⟧ kommer først kl 14

=== hand-mixed da
navn;efternavn;afdeling;lokale
⟦Khadija⟧;⟦Bouzid⟧;Regnskab;Niels Bohr
⟦Lasse⟧;⟦Storm⟧;IT;H.C. Ørsted
⟦Ngozi⟧;⟦Okafor-Hansen⟧;Salg;Ole Rømer

=== hand-mixed da
| Navn | Rolle | Telefon |
|---|---|---|
| ⟦Villads Krarup⟧ | Træner | 22 33 44 55 |
| ⟦Maryam Sadeghi⟧ | Holdleder | 31 41 59 26 |
| ⟦Uffe Sten⟧ | Materialer | 40 50 60 70 |

=== hand-mixed da
hej ⟦mads⟧ kan du tage over på lørdag? ⟦signe⟧ er syg og ⟦ali⟧ har fri. mvh ⟦rasmus⟧

=== hand-mixed da
KVITTERING – Netto Vesterbro
Ekspedient: ⟦Julie⟧
2 x Anthon Berg marcipan
1 x Kims chips
Tak for besøget

=== hand-mixed da
Skadesanmeldelse
Skadelidte: ⟦Halima Osman Ahmed⟧
Vidne: ⟦Lars-Ole Riis⟧
Beskrivelse: Faldt på trappen ved Dronning Margrethes Vej 4. ⟦Riis⟧ hjalp hende op.

=== hand-mixed da
Holdkort U13 piger: ⟦Lærke⟧, ⟦Viola⟧, ⟦Rosa A.⟧, ⟦Rosa K.⟧, ⟦Hiba⟧, ⟦Agnes⟧. Træner: ⟦Pia Lerche⟧.

=== hand-mixed da
SMS fra farmor ⟦Inger⟧: Husk ⟦Nukas⟧ fødselsdag i morgen. Kage fra Lagkagehuset.

=== hand-mixed da
Kalender
09:00 Tandlæge ⟦Hjalte Mørch⟧, Algade 3
12:00 Frokost med ⟦Amalie⟧ på Café Victor
15:30 Hent ⟦Oskar⟧ i Bøgely

=== hand-mixed da
OCR, scannet brev:
Kære Hr. ⟦Gunnar Lyk ke⟧ …
Vi bekræfter modtagelsen af Deres brev af 3/4. Sagsbehandler: ⟦Asta Vinther⟧

=== hand-mixed da
Kommentar fra kontaktformular: jeg har bestilt en malm kommode og en billy reol men fik en hemnes. hilsen ⟦ulla bech⟧

=== hand-mixed da
Deltagerliste, førstehjælpskursus
1. ⟦JENSEN, Mie⟧
2. ⟦AL-HASHIMI, Zaid⟧
3. ⟦DE LA CRUZ, Marisol⟧
4. ⟦THORSEN, Bent⟧

=== hand-mixed da
Lyd fra interview
INTERVIEWER: Hvornår startede du?
⟦KARINA DYBDAL⟧: I 2009, sammen med ⟦Erik⟧ og ⟦Vibeke⟧.
INTERVIEWER: Og nu?
⟦KARINA DYBDAL⟧: Nu er det kun mig.

=== hand-mixed da
Til køleskabet: Den der har taget ⟦Sofies⟧ yoghurt, må gerne købe en ny. Mvh ⟦Sofie H.⟧

=== hand-mixed da
Slack #marketing
⟦Nadia Vang⟧ 10:02: @jakob.l har du logoet til Maersk-kampagnen?
⟦Jakob Lindhardt⟧ 10:04: ja, sender det nu
⟦Nadia Vang⟧ 10:05: tak ⟦Jakob⟧

=== hand-mixed da
Åbningstider i påsken: Skærtorsdag 10-14, Langfredag lukket, Påskedag lukket, 2. påskedag 10-14. Velkommen i Bo Bedre Boligbutik.

=== hand-mixed da
Følgeseddel 4471
Modtaget af: ⟦P. Ravnkilde⟧
Afsender: Kjær & Richter A/S
Chauffør: ⟦Tomasz⟧
=== hand-news da
Hundeslæder i Ilulissat
⟦Malik Hegelund Zeeb⟧ vandt årets løb foran sin fætter ⟦Kunuk Zeeb⟧ og ⟦Arnannguaq Fleischer⟧. "Hundene var klar," sagde ⟦Zeeb⟧ efter målgang ved Knud Rasmussens Hus.

=== hand-news da
Ny kommunaldirektør
Byrådet har ansat ⟦Signe Thybo Kaas⟧ som kommunaldirektør. Hun afløser ⟦Poul-Erik Brix⟧, der går på pension efter 19 år. Stillingen blev besat efter anbefaling fra rekrutteringsfirmaet Mercuri Urval.

=== hand-biz da
Handlingsplan, kvalitetsudvalget
Opgave | Ansvarlig | Frist
Ny tjekliste | ⟦Lone Skaarup⟧ (LS) | 1/3
Kursus for nye | LS og ⟦Abdullah Rahimi⟧ | 15/3
Opfølgning | ⟦Thi Huong Le⟧ | 1/4

=== hand-biz da
Hej alle
cc: ⟦Bodil Kjærgaard⟧, ⟦Tharsan Ravindran⟧
Husk at ⟦Bodils⟧ afskedsreception er fredag kl. 14 i kantinen. Gaven købes i Illums Bolighus; ⟦Tharsan⟧ samler ind.
Hilsen ⟦Grete⟧

=== hand-mixed da
Instagram, kommentarer
@sol.og.sommer: wow, hvor er det flot ⟦Ditte⟧ 😍
@bornholm_mads: hvem har taget billedet?
⟦Ditte Bech Munk⟧: det har ⟦Ahmad⟧ 📸

=== hand-mixed da
Spillere til firmaturneringen:
- ⟦Chanathip Prasert⟧ (Økonomi)
- ⟦Thirumalai Ganeshan⟧ (IT)
- ⟦Ewelina Zając-Møller⟧ (Salg)
- ⟦Jens "Jumbo" Kirkegaard⟧ (Lager)
Reserver: ingen

=== hand-mixed da
Vi fik storm, sol og lidt hagl på Bornholm i weekenden. ⟦Sol⟧ fra nabohuset og hendes søn ⟦Storm⟧ kom alligevel forbi med kage.

=== hand-biz da
Referat, forældreråd Bøgely
Til stede: ⟦Iben⟧ (formand), ⟦Zakariye⟧, ⟦Louise K.⟧ og pædagog ⟦Malene Wulff⟧.
⟦Zakariyes⟧ forslag om en bedsteforældredag blev vedtaget.
"""
