"""Hand-written documents of the v2 category hold-out. ``⟦cat1,cat2|sentence⟧`` marks a sentence that reveals
the categories about an identifiable natural person; a document without marks reveals none."""

from __future__ import annotations

DOCS: list[tuple[str, str]] = [
    # ----------------------------------------------------------------------------------------------- Danish
    (
        "da",
        "Hej Karina\n\n⟦health|Jeg skal have fjernet galdeblæren den 12., så jeg er væk i ca. to uger.⟧ "
        "Torben overtager mine kunder imens.\n\nKh Vibeke",
    ),
    (
        "da",
        "Kære alle\n\nVi har fået en henvendelse fra en kunde om vores politik for religiøse helligdage. "
        "Svaret er, at alle kan bytte fridage efter aftale med deres leder. Det gælder både jul, eid og jom kippur.\n\n"
        "HR",
    ),
    (
        "da",
        "Notat fra samtale med Palle Kirkegaard (medarb.nr. 2231)\n\n"
        "⟦health|Palle fortalte, at han har været til udredning for søvnapnø og nu sover med CPAP-maske.⟧ "
        "Han ønsker ikke at køre firmabil om natten i en periode. Vi aftalte dagvagter frem til 1. marts.",
    ),
    (
        "da",
        "Hej Ib\n\nDin kollega Dagmar Brink har spurgt, om hun kan få fri til en vens bryllup i moskeen i "
        "Hvidovre. Det er fint med mig.\n\nMvh Jesper",
    ),
    (
        "da",
        "Hej Jesper\n\n⟦religion|Jeg faster i ramadanen, der starter på mandag, så jeg vil gerne holde kortere "
        "frokost og gå tidligere.⟧ Er det ok?\n\nHilsen Yasmin Ahmadi",
    ),
    (
        "da",
        "Til bestyrelsen\n\nÅrsrapporten viser, at 31 af vores 240 ansatte er medlem af en fagforening under FH. "
        "Tallet er faldet siden 2020. Der er ingen planer om at ændre overenskomstdækningen.",
    ),
    (
        "da",
        "Referat, personalemøde 4. november\n\n1. Nyt fra ledelsen: Ingen bemærkninger.\n"
        "2. Valg af tillidsrepræsentant: ⟦trade_union|Sille Juhl blev valgt som ny tillidsrepræsentant for HK-"
        "medlemmerne.⟧\n3. Eventuelt: Julefrokosten holdes den 6. december.",
    ),
    ("da", "Hej Troels\n\nJeg vil bare sige tak for i går. Min mand og jeg hyggede os rigtig meget.\n\nHilsen Freja"),
    (
        "da",
        "Hej Troels\n\n⟦sexual_orientation|Tak for i går – min mand Anders og jeg hyggede os rigtig meget.⟧\n\n"
        "Hilsen Kasper",
    ),
    (
        "da",
        "Kære Rikke\n\n⟦health|Din far har ringet og sagt, at han ligger på Rigshospitalet med en brækket hofte efter et fald.⟧ "
        "Han bad mig give dig besked.",
    ),
    (
        "da",
        "Indstilling til kommunalbestyrelsen\n\nForvaltningen anbefaler, at der afsættes 2 mio. kr. til "
        "forebyggelse af ensomhed blandt ældre med demens. Indsatsen evalueres i 2028.",
    ),
    (
        "da",
        "Hej Mads\n\n⟦criminal_records|Vores nye chauffør, Kim Vang, har oplyst, at han har en betinget dom for "
        "vold fra 2021.⟧ Jeg synes, vi skal tale om det, før han starter.\n\nMvh Lone",
    ),
    (
        "da",
        "Hej Mads\n\nVores nye chauffør, Kim Vang, har afleveret en ren straffeattest. Han starter mandag.\n\nMvh Lone",
    ),
    (
        "da",
        "Pressemeddelelse\n\nTranekær Rengøring A/S er blevet idømt en bøde på 250.000 kr. for "
        "sort arbejde. Selskabet har ikke ønsket at kommentere dommen.",
    ),
    (
        "da",
        "Hej Ellen\n\n⟦political_opinion|Tillykke med valget til byrådet for De Konservative!⟧ "
        "Vi glæder os til at se dig til sommerfesten.\n\nKollegerne i bogholderiet",
    ),
    (
        "da",
        "Hej Ellen\n\nTillykke med valget til formand for grundejerforeningen! Vi glæder os til at se dig til "
        "sommerfesten.\n\nKollegerne i bogholderiet",
    ),
    (
        "da",
        "Lægeerklæring modtaget for Bo Lauridsen.\n⟦health|Erklæringen bekræfter, at Bo Lauridsen ikke kan "
        "arbejde med armene over skulderhøjde de næste tre måneder.⟧",
    ),
    (
        "da",
        "Til alle ledere\n\nHusk, at vi ikke må registrere, hvorfor en medarbejder er syg. "
        "Kun fraværsdage og eventuel lægeerklæring journaliseres.",
    ),
    (
        "da",
        "Hej Inge\n\n⟦ethnic_origin|Min mor er samisk og voksede op i Kautokeino, så jeg forstår lidt "
        "nordsamisk.⟧ Måske kan jeg hjælpe med oversættelsen?\n\nHilsen Nanna",
    ),
    (
        "da",
        "Hej Inge\n\nJeg har boet i Norge i fem år og forstår lidt norsk. Måske kan jeg hjælpe med "
        "oversættelsen?\n\nHilsen Nanna",
    ),
    (
        "da",
        "Journalnotat\n\n⟦genetic|Retsgenetisk Afdeling har udtaget spytprøve fra Ejvind Mikkelsen til brug for "
        "faderskabssagen.⟧ Resultatet forventes om seks uger.",
    ),
    (
        "da",
        "Nyhedsbrev\n\nForskere har kortlagt generne hos 10.000 danskere for at finde risikofaktorer for "
        "hjertesygdom. Deltagerne er anonyme.",
    ),
    (
        "da",
        "Kære Allan\n\n⟦biometric|Fra 1. januar logger du ind på lønsystemet med dit fingeraftryk på den nye "
        "bærbare.⟧ Aftrykket ligger kun lokalt på maskinen.\n\nIT-afdelingen",
    ),
    (
        "da",
        "Kære alle\n\nFra 1. januar kan man logge ind på lønsystemet med fingeraftryk, hvis man ønsker det. "
        "Det er frivilligt.\n\nIT-afdelingen",
    ),
    (
        "da",
        "Hej Signe\n\n⟦health,sexual_orientation|Min kone Marie er lige blevet opereret for en diskusprolaps, "
        "så jeg tager omsorgsdage resten af ugen.⟧\n\nKh Tina",
    ),
    (
        "da",
        "Mødeindkaldelse\n\nKære Frej Overby\n\nDu indkaldes til tjenstlig samtale den 3. december. "
        "⟦criminal_records|Baggrunden er, at politiet har rejst sigtelse mod dig for tyveri fra lageret.⟧ "
        "Du er velkommen til at tage en bisidder med.",
    ),
    (
        "da",
        "Tilbud: Kursus i konflikthåndtering\n\nKurset henvender sig til ledere, der oplever chikane på grund af "
        "religion, køn eller etnicitet på arbejdspladsen. Pris 4.500 kr.",
    ),
    (
        "da",
        "Hej Henning\n\n⟦trade_union,political_opinion|Steen Damgaard er næstformand i 3F's lokalafdeling og "
        "sidder samtidig i byrådet for SF.⟧ Han kan måske hjælpe med lokalplanen.\n\nMvh Rasmus",
    ),
    (
        "da",
        "Kære Birthe\n\nTak for din ansøgning. Vi skal bruge kopi af dit pas og dit eksamensbevis. "
        "Du har oplyst, at du er tyrkisk statsborger med permanent opholdstilladelse.",
    ),
    (
        "da",
        "Referat af MED-udvalgsmøde\n\nUdvalget drøftede den nye alkoholpolitik. "
        "Ledelsen tilbyder hjælp til behandling til medarbejdere med et misbrug. Politikken træder i kraft 1. februar.",
    ),
    (
        "da",
        "Referat af MED-udvalgsmøde\n\nUdvalget drøftede den nye alkoholpolitik. "
        "⟦health|Mikkel Nørgaard fortalte åbent, at han selv har været i alkoholbehandling på Ringgården.⟧",
    ),
    (
        "da",
        "Hej Dorthe\n\n⟦religion|Oskar er konfirmeret i katolsk kirke i weekenden og har derfor fri mandag.⟧\n\n"
        "Mvh Poul",
    ),
    ("da", "Rejseplan\n\nMalou Skov flyver til Istanbul den 4. og videre til Ankara. Hotellet er booket."),
    ("da", "Hej Finn\n\nKan du tage Gittes vagt på lørdag? Hun skal til barnedåb hos en nabo.\n\nHilsen Hanne"),
    (
        "da",
        "Indberetning til Arbejdstilsynet\n\nEn ansat kom til skade med hånden i pakkemaskinen den 9. oktober. "
        "Vedkommende blev behandlet på skadestuen og er tilbage på arbejde.",
    ),
    (
        "da",
        "Hej Aksel\n\n⟦ethnic_origin|Som grønlænder fra Nuuk vil Aviaja Kleist gerne holde oplæg om inuitisk "
        "kultur til temadagen.⟧\n\nMvh Laura",
    ),
    (
        "da",
        "Hej team\n\nJeg har booket et foredrag om inuitisk kultur til temadagen i april. "
        "Foredragsholderen kommer fra Nationalmuseet.\n\nMvh Laura",
    ),
    (
        "da",
        "Til personalesagen – Flemming Thygesen\n\n⟦criminal_records|Flemming har i dag oplyst, at han er blevet "
        "frakendt kørekortet betinget efter en dom for spirituskørsel.⟧ ⟦health|Han går i øvrigt til samtaler hos "
        "Lænken.⟧",
    ),
    (
        "da",
        "Hej Kaj\n\nVi har modtaget en klage over en patient, som har råbt ad personalet. Sagen er overdraget "
        "til afdelingssygeplejersken.\n\nVenlig hilsen Sekretariatet",
    ),
    (
        "da",
        "Hej Karoline\n\nDu har spurgt, hvilke oplysninger vi har om dig. Vi har dit navn, adresse, "
        "kontonummer og lønsedler. Vi har ingen oplysninger om helbred eller fagforening.\n\nHR",
    ),
    # ----------------------------------------------------------------------------------------------- Swedish
    (
        "sv",
        "Hej Agneta\n\n⟦health|Jag har fått en blodpropp i benet och är sjukskriven två veckor.⟧ "
        "Leif tar mina ärenden under tiden.\n\nHälsningar Kerstin",
    ),
    (
        "sv",
        "Hej alla\n\nFrån och med i år kan ni själva välja att vara lediga på en religiös helgdag i stället för "
        "trettondagen. Meddela er chef.\n\nHR",
    ),
    (
        "sv",
        "Anteckning från samtal med Ulf Östlund\n\n⟦health|Ulf berättade att han har fått diagnosen Parkinsons "
        "sjukdom och att darrningarna gör det svårt att skriva för hand.⟧ Vi beställer taligenkänningsprogram.",
    ),
    (
        "sv",
        "Hej Pontus\n\nDin kollega Moa Falk undrar om hon kan vara ledig för en väns bröllop i kyrkan i Mora. "
        "Det går bra för min del.\n\nMvh Göran",
    ),
    (
        "sv",
        "Hej Göran\n\n⟦religion|Jag är sjundedagsadventist och firar sabbat från fredag kväll, så jag kan inte "
        "jobba fredagskvällar.⟧\n\nMvh Hedvig Lönn",
    ),
    (
        "sv",
        "Till styrelsen\n\nPersonalenkäten visar att 64 procent av de anställda är med i ett fackförbund. "
        "Andelen är oförändrad sedan förra året.",
    ),
    (
        "sv",
        "Protokoll, arbetsplatsträff 2 december\n\n§1 Information från ledningen.\n"
        "§2 ⟦trade_union|Ludvig Engström är ny arbetsplatsombud för Kommunal.⟧\n§3 Övrigt: Julbordet den 12.",
    ),
    ("sv", "Hej Mats\n\nTack för i lördags. Min fru och jag hade det jättetrevligt.\n\nHälsningar Lennart"),
    (
        "sv",
        "Hej Mats\n\n⟦sexual_orientation|Tack för i lördags – min fru Sara och jag hade det jättetrevligt.⟧\n\n"
        "Hälsningar Elin",
    ),
    (
        "sv",
        "Hej Camilla\n\n⟦health|Din mamma har ringt och sagt att hon ligger på Sahlgrenska efter en stroke.⟧ "
        "Hon bad mig meddela dig.",
    ),
    (
        "sv",
        "Tjänsteskrivelse\n\nSocialförvaltningen föreslår att 1,5 miljoner kronor avsätts för stöd till "
        "personer med missbruksproblem. Insatsen följs upp 2028.",
    ),
    (
        "sv",
        "Hej Stina\n\n⟦criminal_records|Vår nya lagerarbetare Arvid Hägg har berättat att han är dömd för "
        "narkotikabrott och har skyddstillsyn.⟧ Vi behöver prata om det.\n\nMvh Olle",
    ),
    (
        "sv",
        "Hej Stina\n\nVår nya lagerarbetare Arvid Hägg har lämnat ett utdrag ur belastningsregistret utan "
        "anteckningar. Han börjar på måndag.\n\nMvh Olle",
    ),
    (
        "sv",
        "Pressmeddelande\n\nGranlunda Åkeri AB har ålagts en företagsbot på 400 000 kronor för "
        "arbetsmiljöbrott. Bolaget har överklagat.",
    ),
    (
        "sv",
        "Hej Inger\n\n⟦political_opinion|Grattis till platsen i regionfullmäktige för Centerpartiet!⟧ "
        "Vi ses på julfesten.\n\nKollegorna på ekonomi",
    ),
    (
        "sv",
        "Hej Inger\n\nGrattis till platsen i bostadsrättsföreningens styrelse! Vi ses på julfesten.\n\n"
        "Kollegorna på ekonomi",
    ),
    (
        "sv",
        "Läkarintyg inkommet för Björn Sandström.\n⟦health|Intyget anger att Björn Sandström inte får lyfta mer "
        "än fem kilo efter bråckoperationen.⟧",
    ),
    (
        "sv",
        "Till alla chefer\n\nKom ihåg att ni inte får anteckna orsaken till en sjukanmälan. Endast datum och "
        "eventuellt läkarintyg ska registreras.",
    ),
    (
        "sv",
        "Hej Linnea\n\n⟦ethnic_origin|Min pappa är sydsame och renskötare i Jämtland, så jag har vuxit upp med "
        "sydsamiska.⟧ Jag kan hjälpa till med skyltarna.\n\nHälsningar Tuva",
    ),
    (
        "sv",
        "Hej Linnea\n\nJag bodde i Jämtland i tio år och kan lite jämtska. Jag kan hjälpa till med skyltarna.\n\n"
        "Hälsningar Tuva",
    ),
    (
        "sv",
        "Tjänsteanteckning\n\n⟦genetic|Ett DNA-prov har tagits från Sixten Nyström för att fastställa "
        "faderskapet.⟧ Svar väntas inom en månad.",
    ),
    (
        "sv",
        "Nyhetsbrev\n\nEn ny studie har analyserat arvsmassan hos 20 000 svenskar för att hitta gener kopplade "
        "till diabetes. Alla deltagare är avidentifierade.",
    ),
    (
        "sv",
        "Hej Vidar\n\n⟦biometric|Ditt ansikte är nu registrerat i passersystemet, så du kommer in i "
        "serverhallen utan kort.⟧\n\nIT-support",
    ),
    (
        "sv",
        "Hej alla\n\nPassersystemet i serverhallen kan nu läsa ansikten. Vill ni använda det, kontakta "
        "IT-support.\n\nIT-support",
    ),
    (
        "sv",
        "Hej Majken\n\n⟦health,sexual_orientation|Min man Erik ska opereras för prostatacancer på torsdag, så jag "
        "tar ledigt.⟧\n\nKram Folke",
    ),
    (
        "sv",
        "Kallelse\n\nTill Melker Wallin\n\nDu kallas till samtal om anställningen den 5 december. "
        "⟦criminal_records|Anledningen är att du har anhållits misstänkt för förskingring.⟧ "
        "Du får ta med ett fackligt ombud.",
    ),
    (
        "sv",
        "Kursinbjudan\n\nUtbildningen riktar sig till chefer som möter trakasserier på grund av religion, "
        "etnicitet eller sexuell läggning. Avgift 3 900 kr.",
    ),
    (
        "sv",
        "Hej Bengt\n\n⟦trade_union,political_opinion|Siv Bergqvist är ordförande i Kommunals sektion och sitter "
        "dessutom i fullmäktige för Vänsterpartiet.⟧ Hon kan nog svara på frågan.\n\nMvh Rune",
    ),
    (
        "sv",
        "Hej Ebba\n\nTack för din ansökan. Vi behöver en kopia av ditt pass. Du har uppgett att du är polsk "
        "medborgare med uppehållsrätt.",
    ),
    (
        "sv",
        "Protokoll från samverkansgruppen\n\nGruppen diskuterade den nya drogpolicyn. Bolaget erbjuder stöd "
        "och behandling till anställda med beroende. Policyn gäller från 1 mars.",
    ),
    (
        "sv",
        "Protokoll från samverkansgruppen\n\nGruppen diskuterade den nya drogpolicyn. "
        "⟦health|Tage Rask berättade öppet att han själv har genomgått behandling för spelberoende.⟧",
    ),
    (
        "sv",
        "Hej Märta\n\n⟦religion|Hampus ska konfirmeras i Svenska kyrkan i helgen och är därför ledig "
        "måndag.⟧\n\nMvh Kjell",
    ),
    ("sv", "Reseplan\n\nSolveig Dahl flyger till Teheran den 3:e och vidare till Shiraz. Hotellet är bokat."),
    ("sv", "Hej Ivar\n\nKan du ta Wilmas pass på lördag? Hon ska på dop hos en granne.\n\nHälsningar Gunilla"),
    (
        "sv",
        "Tillbudsrapport\n\nEn anställd halkade på lastkajen den 14 oktober och fick uppsöka vårdcentralen. "
        "Personen är tillbaka i tjänst.",
    ),
    (
        "sv",
        "Hej Axel\n\n⟦ethnic_origin|Lovisa Haddad är kurd och har erbjudit sig att berätta om nowruz på "
        "temadagen.⟧\n\nMvh Alva",
    ),
    (
        "sv",
        "Hej alla\n\nTemadagen i mars handlar om nowruz och kurdisk kultur. Föreläsaren kommer från "
        "Mångkulturellt centrum.\n\nMvh Alva",
    ),
    (
        "sv",
        "Till personalakten – Love Sjöberg\n\n⟦criminal_records|Love meddelade i dag att han har dömts för "
        "rattfylleri och fått körkortet återkallat.⟧ ⟦health|Han har också påbörjat behandling på beroendemottagningen.⟧",
    ),
    (
        "sv",
        "Hej Tove\n\nVi har fått ett klagomål på en patient som uppträtt hotfullt mot personalen. Ärendet har "
        "lämnats till avdelningschefen.\n\nVänliga hälsningar Kansliet",
    ),
    (
        "sv",
        "Hej Ulrika\n\nDu har frågat vilka uppgifter vi har om dig. Vi har namn, adress, kontonummer och "
        "lönespecifikationer. Vi har inga uppgifter om hälsa eller facklig tillhörighet.\n\nHR",
    ),
]
