"""Hand-written Danish documents of the v14 names hold-out (``⟦Name⟧`` marks a PERSON span; ``cats14_markup.py``)."""

BANK = """
=== hand-news da
Ny direktør i Vejle Spinning
Bestyrelsen i Vejle Spinning A/S har ansat ⟦Rikke Thorsager⟧ som administrerende direktør. Hun kommer fra Ørsted og afløser ⟦Henning Blach⟧, der går på pension efter 19 år. "Jeg glæder mig," siger ⟦Thorsager⟧. Bestyrelsesformand ⟦Jens Ole Kvist⟧ kalder ansættelsen et godt match.

=== hand-news da
Brand i lejlighed på H.C. Andersens Boulevard
En 82-årig kvinde blev i nat reddet ud af sin lejlighed på H.C. Andersens Boulevard. Vagtchef ⟦Per Lykkegaard⟧ fra Hovedstadens Beredskab fortæller, at naboen ⟦Amalie Bruun⟧ slog alarm. Kvinden er indlagt på Rigshospitalet.

=== hand-news da
Retten i Holstebro
En 34-årig mand fra Struer blev i går idømt seks måneders fængsel. Anklager ⟦Sofie Hedegaard⟧ havde krævet et år. Forsvarer ⟦Mogens Ryttergaard⟧ overvejer anke. Dommer ⟦Liselotte Brandt⟧ lagde vægt på tilståelsen.

=== hand-news da
Erhverv: Jensens Bøfhus åbner i Kolding
Restaurantkæden Jensens Bøfhus åbner sin 24. restaurant på Jernbanegade i Kolding. Ifølge kædens direktør, ⟦Kristian Riis⟧, skaber det 30 job. Restauranten ligger over for Niels Bohrs Plads.

=== hand-news da
Fodbold: Sønderjyske henter midtbane
Superligaklubben har skrevet kontrakt med ⟦Mathias Overgaard⟧, 23, fra AGF. "Han er en spiller med fart og overblik," siger sportschef ⟦Esben Hansen⟧. ⟦Overgaard⟧ har spillet 41 kampe for ungdomslandsholdet under ⟦Steffen Højer⟧.

=== hand-news da
Mindeord
⟦Birte Kjærsgaard⟧, tidligere skoleinspektør på Kong Frederiks Skole i Slagelse, er død, 88 år. Hun efterlader sønnerne ⟦Niels⟧ og ⟦Poul⟧ og fem børnebørn. ⟦Birte⟧ var kendt for sit arbejde med skolekoret. Bisættelsen finder sted fra Sankt Mikkels Kirke.

=== hand-news da
Ugens bog
⟦Dorthe Nors⟧ er aktuel med en ny roman om en kvinde, der flytter til Vestjylland. Hovedpersonen Sonja minder om forfatterens tidligere figurer. Bogen er udgivet af Gyldendal og læses op af ⟦Sidse Babett Knudsen⟧.

=== hand-news da
TRAFIK: Vejarbejde på Kaj Munks Vej
Vejdirektoratet lukker et spor på Kaj Munks Vej i Odense fra mandag. Projektleder ⟦Trine Lauesen⟧ forventer, at arbejdet tager tre uger. Busserne kører uden om via Søren Kierkegaards Allé.

=== hand-news da
Nyt fra byrådet
Borgmester ⟦Jakob Bjerregaard⟧ (S) vil flytte biblioteket. Oppositionens ⟦Tina Dahl⟧ (V) kalder planen for dyr. Rådmand ⟦Ole Schmidt⟧ er enig med borgmesteren. Sagen behandles på mødet den 14. april.

=== hand-news da
Håndbold: Sejr til Ringkøbing
Ringkøbing vandt 31-27 over Holstebro. Topscorer blev ⟦Line Kjeldgaard⟧ med ni mål, mens målvogter ⟦Ida-Marie Dahl⟧ reddede 14 skud. "Vi spillede med hjertet," sagde træner ⟦Jesper Holmris⟧.

=== hand-news da
Kulturnyt
Musicalen "⟦Kim Larsen⟧ – Kvinde min" får premiere på Fredericia Teater i september. ⟦Kim Larsen⟧ spilles af ⟦Thomas Bay⟧, og instruktør er ⟦Søren Møller⟧. Billetter sælges fra i dag.

=== hand-news da
Lokalt: Ny ejer af Hansens Is
Familievirksomheden Hansens Is i Greve er solgt. Den nye ejer er ⟦Frederik Wulff⟧, der tidligere drev Mikkeller. Den tidligere ejer, ⟦Mette Hansen⟧, fortsætter som konsulent.

=== hand-news da
Politirapport fra Nordsjælland
Natten til lørdag blev der stjålet to cykler fra Carlsberg Byens parkering. En 25-årig mand er anholdt. Vagthavende ⟦Michael Kjær⟧ opfordrer vidner til at ringe 114. Ingen kom til skade.

=== hand-news da
FLYTTEDAG: Kommunen flytter
Kommunens borgerservice flytter til Hans Tausens Gade 4. Leder ⟦Hanne Gregersen⟧ siger, at der er lukket fra torsdag til mandag. Sankt Hans-bålet på torvet holdes som sædvanlig.

=== hand-news da
Udnævnelser
⟦Lotte Sandbæk⟧ er udnævnt til overlæge ved Aalborg Universitetshospital. ⟦Rasmus Grøn⟧ er ny professor på DTU, og ⟦Anja Thomsen⟧ bliver ny formand for Lægeforeningens etiske udvalg.

=== hand-news da
Jubilæum i Carl Hansen & Søn
Møbelproducenten Carl Hansen & Søn fejrer 115 år. Salgschef ⟦Bettina Frost⟧ viser rundt i fabrikken i Gelsted, hvor ⟦Wegners⟧ Y-stol stadig produceres. Stolen blev tegnet af ⟦Hans J. Wegner⟧ i 1949.

=== hand-news da
Vejret
Storm og regn præger weekenden. Meteorolog ⟦Mikkel Zeuthen⟧ fra DMI venter vindstød af stormstyrke ved Vestkysten. Sol og varme kommer først i næste uge, siger han.

=== hand-news da
Kort nyt
Fonden bag Tycho Brahe Planetarium har fået ny direktør: ⟦Jens Hjorth⟧. Frederiksberg Bryggeri har ansat ⟦Asta Winther⟧ som brygmester.

=== hand-news da
Kendte til gallapremiere
Blandt gæsterne ved premieren på "Riget III" var ⟦Lars von Trier⟧, ⟦Bodil Jørgensen⟧ og ⟦Mikael Persbrandt⟧. Filmen er produceret af Zentropa og spiller fra torsdag.

=== hand-news da
Ugens profil
Hver dag går ⟦Gunhild Leth⟧, 91, en tur langs stranden i Hornbæk. "Livet er godt," siger hun. Hun bor i samme hus som sin far, ⟦Anton Leth⟧, byggede i 1931.

=== hand-biz da
Hej ⟦Louise⟧
Tak for mødet i går. Som aftalt sender jeg tilbuddet på rengøring. Kontaktperson hos os bliver ⟦Sune Mikkelsen⟧ (sune.mikkelsen@renovista.dk).
Med venlig hilsen
⟦Karina Bech⟧
Salgskonsulent, Renovista ApS

=== hand-biz da
REFERAT
Styregruppemøde, projekt Nyt ERP, 5. februar
Deltagere: ⟦Allan Vestergaard⟧ (formand), ⟦Marie Koch⟧, ⟦Simon Thrane⟧, ⟦Heidi Krog⟧ (referent)
Afbud: ⟦Bo Kastrup⟧
1. Status: ⟦Simon⟧ oplyste, at testmiljøet er klar.
2. Budget: ⟦Marie⟧ fremlagde revideret budget.

=== hand-biz da
FAKTURA 2024-0381
Sælger: Poul Erik Bech Mægler, Lyngby
Køber: ⟦Henrik Aagaard⟧, Toftevej 12, 2800 Kgs. Lyngby
Kontaktperson: ⟦Jannie Friis⟧
Salær: 45.000 kr. inkl. moms.

=== hand-biz da
CURRICULUM VITAE – ⟦METTE KROGSGAARD⟧
Erfaring: Regnskabschef, Kruuse A/S (2016–2024). Bogholder, Georg Jensen (2010–2016).
Uddannelse: HD i regnskab, CBS.
Referencer: ⟦Jørn Vestergaard⟧, økonomidirektør, Kruuse A/S.

=== hand-biz da
Videresendt mail
Hej ⟦Anders⟧ – se nedenfor. Kan du tage den?
/⟦Pia⟧
----
Kære kundeservice
Jeg har købt en Børge Mogensen-sofa hos jer, men den er leveret i forkert farve. Ordrenummer 77123.
Mvh ⟦Vagn Riis⟧

=== hand-biz da
Kontrakt om konsulentydelser
Mellem Ravnsborg Consult ApS, v/ ⟦Tobias Ravnsborg⟧, og Region Sjælland, v/ ⟦Susanne Lind⟧, indgås følgende aftale. Konsulenten leverer en rapport om Arne Jacobsen-bygningerne i Nærum.

=== hand-biz da
CRM-note
Kunde: Holms Brød ApS. Kontaktperson: ⟦Lisbeth Holm⟧, indkøber. Ringede om nye kasser. Hun nævnte, at ⟦Jørgen⟧ på lageret er stoppet. Næste skridt: ⟦Dennis⟧ sender prøver.

=== hand-biz da
Hej alle
Husk, at ⟦Gertrud Bak⟧ fra Deloitte kommer torsdag kl. 10 i mødelokale "H.C. Ørsted". Hun skal gennemgå revisionen med ⟦Kenneth⟧ og mig.
Vh ⟦Annette⟧

=== hand-biz da
Vagtplan, uge 7, Netto Nørrebrogade
Mandag: ⟦Yasmin⟧, ⟦Oliver⟧
Tirsdag: ⟦Noah⟧, ⟦Amina⟧
Onsdag: Lukket pga. optælling.
Torsdag: ⟦Yasmin⟧, ⟦Kristoffer⟧

=== hand-biz da
Svar vedr. ansøgning
Kære ⟦Ahmed Benali⟧
Tak for din ansøgning. Vi har valgt at gå videre med andre kandidater. Du er velkommen til at ringe til ⟦Lone Dyhr⟧ på 33 12 45 67.
Venlig hilsen
HR, Jysk A/S

=== hand-biz da
Mødeindkaldelse
Emne: Lancering af kollektionen "Karen Blixen"
Deltagere: ⟦Camilla Juul⟧, ⟦Peter Dreyer⟧, ⟦Sabrina Holt⟧
Sted: Lokale "Niels Bohr"
Vi gennemgår kampagnen og produktnavnet.

=== hand-biz da
Overdragelse
⟦Morten⟧ overtager mine kunder fra 1. marts: Lars Larsen Group, Jensens Køkken og Kaufmann. Ring til ⟦Morten Lund⟧ på 40 11 22 33. Tak for samarbejdet!
⟦Ulrik Steen⟧

=== hand-biz da
Lejekontrakt, erhverv
Udlejer: Ejendomsselskabet Hans Egede ApS, v/ direktør ⟦Claus Fisker⟧
Lejer: Vinbar Bodega v/ ⟦Ditte Lauridsen⟧
Lejemål: Kong Hans Gade 7, stuen.

=== hand-biz da
Teams-besked
⟦Bent⟧: Har du talt med ⟦Jensen⟧ fra Jensens Køleteknik?
⟦Mai⟧: Ja, de kommer fredag.
⟦Bent⟧: Godt, så siger jeg det til ⟦Karl⟧.

=== hand-biz da
Ordrebekræftelse
Tak for din ordre, ⟦Birgit Mørk⟧!
1 x Kay Bojesen abe, eg
2 x PH 5-lampe, hvid
Leveres til: Søndergade 4, 8000 Aarhus C.
Spørgsmål? Skriv til kundeservice@designhuset.dk.

=== hand-biz da
Referat af samarbejdsudvalget
Til stede: direktør ⟦Palle Krogh⟧, tillidsrepræsentant ⟦Ingrid Dam⟧, ⟦Søs Jensen⟧.
Pkt. 1. Julefrokosten holdes på restaurant Peter Lieps Hus.
Pkt. 2. Ny kantineaftale med Jakobsens Catering.

=== hand-biz da
Reference
Jeg kan varmt anbefale ⟦Jonas Ebbesen⟧, der var elev hos os i to år. Kontakt mig gerne.
⟦Margrethe Skov⟧, indehaver, Skovs Blomster

=== hand-biz da
Udgiftsbilag
Rejse til Aarhus 12/3: ⟦Louise Krag⟧ og ⟦Anders Bruhn⟧.
Hotel: Hotel Christian IV.
Middag med kunden ⟦Niels Brock⟧ fra Aarhus Vand.
Godkendt: ⟦Henriette⟧

=== hand-biz da
Intern meddelelse
VIGTIGT: Nyt adgangssystem. Alle skal hente nyt kort hos ⟦Preben⟧ i receptionen. Spørgsmål til it-chef ⟦Rune Haslund⟧. Husk at skrive dig på listen.

=== hand-mixed da
Facebook-gruppen "Vi der bor i Brabrand"
⟦Lene Vestergaard⟧: Er der nogen, der har set en sort kat ved Gudrunsvej?
⟦Per Ryberg⟧: Nej, men spørg ⟦Else⟧ i nr. 8
⟦Lene Vestergaard⟧: Tak ⟦Per⟧!

=== hand-mixed da
Sms-tråd, familien
Mor: Hent ⟦Viggo⟧ kl 15, jeg er til møde
Far: ok. skal ⟦Asta⟧ også hentes?
Mor: nej, hun tager med ⟦Sigrid⟧ hjem
Far: 👍

=== hand-mixed da
Mail med underskrift
Hej ⟦Tine⟧
Vedhæftet er tilbuddet. Svar gerne inden fredag.
Med venlig hilsen
⟦Kasper Vind⟧ | Projektleder
Vind & Bølge Rådgivning ApS | kasper.vind@vindbolge.dk | +45 22 33 44 55

=== hand-mixed da
Mødereferat fra grundejerforeningen Solvang
Til stede: ⟦Grethe Bonde⟧, ⟦Ib Sommer⟧, ⟦Jytte Ravn⟧, ⟦Klaus Storm⟧.
Pkt. 1: Vejen op til Grethes Have (børnehaven) skal asfalteres. ⟦Klaus⟧ indhenter tilbud.
Pkt. 2: Storm og regn har væltet hegnet ved legepladsen.

=== hand-mixed da
LinkedIn-opslag
Stolt af mit team! Tak til ⟦Ali Haider⟧, ⟦Nanna Kirk⟧ og ⟦Rasmus Munk⟧ for en fantastisk lancering hos Bang & Olufsen. ⟦Rasmus⟧, du har været en klippe.
#teamwork #lancering

=== hand-mixed da
Discord, #generelt
⟦sol⟧: hvem spiller i aften?
⟦mikkel⟧: jeg er med
⟦ida⟧: kan først kl 21
⟦mikkel⟧: fint, vi venter på dig ⟦ida⟧
⟦sol⟧: sol og vind i morgen, så jeg er ude

=== hand-mixed da
Referat, forældremøde 2.A, Hans Christian Ørsted Skolen
Klasselærer ⟦Helle Bang⟧ fortalte om lejrskolen. Forældrerådet: ⟦Tina Holst⟧ (mor til ⟦Oscar⟧) og ⟦Hassan Jafari⟧ (far til ⟦Leyla⟧).
Næste møde i marts.

=== hand-mixed da
Anmeldelse på Trustpilot
★★★★★ ⟦Marlene H.⟧ skrev: Rigtig god service hos Thomas Sabo i Field's. ⟦Ahmad⟧ ved kassen var super sød.
Svar fra virksomheden: Tak ⟦Marlene⟧!

=== hand-mixed da
Reddit, r/Denmark
Er der nogen, der har prøvet Peter Larsen Kaffe? Min kollega ⟦Bjarke⟧ sværger til den. Personligt drikker jeg Merrild.

=== hand-mixed da
Opslag på intranettet: Kagedag
Fredag har ⟦Karoline⟧ fra løn fødselsdag og ⟦Søren⟧ fra IT har 25 års jubilæum. Der er kage i kantinen kl. 14. Mandag er der tale ved direktør ⟦Ellen Marie Lund⟧.

=== hand-mixed da
Aula-besked
Kære forældre. I morgen har vi besøg af forfatteren ⟦Kim Fupz Aakeson⟧, som læser højt af "Vitello". Husk madpakke. Hilsen ⟦Birgit⟧ og ⟦Jonas⟧, 1.B

=== hand-mixed da
Chat-kopi, kundeservice
Agent ⟦Sara⟧: Hej, hvad kan jeg hjælpe med?
Kunde ⟦Erling Tvede⟧: Min Georg Jensen-vase er gået i stykker
Agent ⟦Sara⟧: Det er jeg ked af, ⟦Erling⟧. Send et billede.

=== hand-mixed da
Indbydelse
Du inviteres til ⟦Karen⟧ og ⟦Bjørns⟧ bryllup lørdag den 7. juni i Vor Frue Kirke. Fest bagefter på Hotel Frederik II. Svar til ⟦Karen⟧ på 24 55 66 77.

=== hand-mixed da
Genbrugsbutikken, opslagstavle
SÆLGES: Wegner-stol og Arne Jacobsen Svanen. Kontakt ⟦Vibeke⟧ på 31 41 59 26.
KØBES: Lego. Ring til ⟦Thor Ravn⟧.

=== hand-mixed da
Holdliste, firmafodbold
Mål: ⟦Morten⟧
Forsvar: ⟦Anders Kjær⟧, ⟦Ebbe⟧, ⟦Yusuf⟧
Angreb: ⟦Dan⟧, ⟦Lars-Ole⟧
Holdnavn: Glade Gamle Drenge

=== hand-mixed da
Notesbog, ferie
Dag 3: Besøgte Karen Blixen Museet. Guiden ⟦Anette⟧ fortalte om ⟦Karen Blixen⟧ og ⟦Denys Finch Hatton⟧. Aftensmad på Café Lykke.

=== hand-mixed da
Indkøbsliste og huskeseddel
Mælk, brød, Anthon Berg-chokolade
Ring til tandlæge ⟦Ravn⟧ om tid
Gave til mormor ⟦Inge⟧

=== hand-mixed da
Kalenderudtræk
09:00 Møde med ⟦Jesper Fog⟧ (Zoom)
11:00 Frokost med ⟦Ninna⟧
14:00 Rundvisning, Thorvaldsens Museum
16:00 Hent ⟦Alma⟧

=== hand-mixed da
Gruppechat "Løbeklubben"
⟦Charlotte⟧: Løber vi ved Søren Kierkegaards Plads i morgen?
⟦Dennis⟧: yes kl 7
⟦charlotte⟧: perfekt, ⟦dennis⟧ tager kaffe med 😀

=== hand-mixed da
Kommentartråd, lokalavisen
⟦Bent Lykke⟧: Lykke er at bo i Ry.
⟦Susanne Glad⟧: Glad for at høre det, ⟦Bent⟧!
⟦Jan Storm⟧: Enig.

=== hand-biz da
ÅBNINGSTIDER i påsken
Butikken på Niels Juels Gade og afhentningsstedet ved Tove Ditlevsens Plads holder lukket skærtorsdag og langfredag. Bestil Kay Bojesen-elefanten og PH-lampen online. Kundeservice svarer på kundeservice@boligstuen.dk.

=== hand-mixed da
Opslag i opgangen
Storm og regn i nat: Kælderen under nr. 12 er oversvømmet. Vandværket kommer i morgen. Sol og varme ville være rart nu. Ring til viceværten på 70 20 30 40.
"""
