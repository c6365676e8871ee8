"""Hand-written Danish news and business texts for names.jsonl: ``[[...]]`` marks a PERSON span.

Rule (README): every mention of a natural person by name is a span; a genitive -s stays inside (as one
token, the DaNE/SUC convention); titles, roles and a genitive apostrophe stay outside.
"""

from __future__ import annotations

DOCS: list[tuple[str, str]] = [
    (
        "news",
        """Borgmester [[Kirsten Ravnholt]] (S) genopstiller ikke ved næste kommunalvalg i Faxe. Det oplyste hun i går på et pressemøde på rådhuset. [[Ravnholt]] har været borgmester i otte år. Partiets spidskandidat bliver i stedet rådmand [[Ahmad Sharif]], der i dag er formand for teknik- og miljøudvalget.""",
    ),
    (
        "news",
        """Politiet i Midt- og Vestjylland efterlyser vidner til et færdselsuheld på Holstebrovej torsdag aften. En 19-årig kvindelig bilist blev kørt på sygehuset med lettere skader. Vagtchef [[Bo Kragh]] opfordrer alle, der har set noget, til at ringe på 114.""",
    ),
    (
        "news",
        """Håndboldlandsholdets målmand [[Emil Nørskov-Juhl]] er ude med en skadet skulder og misser EM. Landstræner [[Frederik Bach]] har i stedet udtaget [[Sune Lykkegaard]] fra Skjern. "Det er surt for [[Emil]], men [[Sune]] er klar," siger [[Bach]].""",
    ),
    (
        "news",
        """Odense Teater har ansat [[Marie-Louise Dahlin]] som ny teaterdirektør. Hun kommer fra Aarhus Teater, hvor hun har været kunstnerisk leder siden 2019. [[Dahlin]] afløser [[Jens Hvidberg]], der går på pension efter 15 år. Bestyrelsesformand [[Ulla Mørch]] kalder ansættelsen "et stærkt valg".""",
    ),
    (
        "news",
        """Den 82-årige forfatter [[Inge Marstal]] modtager i år Holbergmedaljen. [[Marstals]] debutroman fra 1971 er netop genudgivet. Prisen overrækkes i Aula ved Københavns Universitet den 3. december af rektor [[Henrik C. Weber]].""",
    ),
    (
        "news",
        """Vejdirektoratet åbner den nye forbindelse ved Kalvebod i marts. Projektleder [[Sofie Ahlmann]] forventer kortere køer i myldretiden. H.C. Andersens Boulevard bliver samtidig spærret i to uger på grund af asfaltarbejde.""",
    ),
    (
        "news",
        """Landsretten har stadfæstet dommen over den tidligere direktør i Fynsk Ejendomsinvest [[Peter Lund Kjeldsen]]. Han skal afsone to års fængsel for mandatsvig. Forsvarer [[Karina Ibsen]] oplyser, at hendes klient vil søge om Procesbevillingsnævnets tilladelse til at anke til Højesteret.""",
    ),
    (
        "news",
        """Århus Gymnastikforening har fået ny formand. [[Bent Storm]] overtager posten efter [[Lis Holm]], der har været formand i 12 år. [[Storm]] vil især arbejde for flere frivillige trænere. Foreningens kasserer [[Dan Bo Christiansen]] fortsætter.""",
    ),
    (
        "news",
        """På Christiansborg kaldte finansminister [[Nicolai Wamberg]] forslaget for "uansvarligt". Oppositionens finansordfører [[Louise Schack Ellehøj-Ravn]] svarede, at regeringen selv havde foreslået noget lignende i 2023. Forhandlingerne fortsætter mandag.""",
    ),
    (
        "news",
        """En 45-årig mand fra Silkeborg er anholdt for at have stjålet kobberkabler fra Banedanmark. Politikommissær [[Jørn Bundgaard]] oplyser, at manden var kendt af politiet. Han fremstilles i grundlovsforhør i dag.""",
    ),
    (
        "news",
        """Skuespilleren [[Trine Dyrlund-Winther]] spiller hovedrollen i Det Kongelige Teaters nye opsætning af "Et dukkehjem". Instruktør [[Morten Kirkegård Lange]] har flyttet handlingen til 1970'ernes Valby. Premieren er den 14. februar.""",
    ),
    (
        "news",
        """Sygeplejerske [[Anja Fog]] fra Hvidovre Hospital er kåret som årets sygeplejerske. Hun har stået bag et projekt, der har halveret antallet af fald på afdelingen. "[[Anja]] er en ildsjæl," siger afdelingssygeplejerske [[Tove Lind]].""",
    ),
    (
        "news",
        """Ved Tour de France-præsentationen i Paris fortalte [[Jonas Vestergaard Holm]], at han satser på at vinde igen. Holdkammeraten [[Mads Kjærsgaard]] skal køre Giro d'Italia. Sportsdirektør [[Grischa Neumann]] bekræftede planen.""",
    ),
    (
        "news",
        """Nationalmuseet har fået en usædvanlig gave: [[Elisabeth von Holstein]] har testamenteret sin samling af 1700-tals porcelæn til museet. Samlingen stammer fra hendes oldefar, [[Frederik Christian von Holstein]]. Museumsdirektør [[Rune Willumsen Dam]] kalder den "en sjælden skat".""",
    ),
    (
        "news",
        """Aalborg Zoo har fået en ny dyrepasser med speciale i isbjørne. [[Kim Ask]] kommer fra Skandinavisk Dyrepark. "Vi glæder os til at få [[Kim]] med på holdet," siger zoologisk chef [[Ask Møller]]. Zoo holder åbent hele julen.""",
    ),
    (
        "news",
        """Byrådet i Randers har vedtaget budgettet med stemmer fra alle partier undtagen Enhedslisten. Økonomiudvalgets næstformand [[Mette Juul Skovsgaard]] (V) kalder det "et ansvarligt budget". [[Juul Skovsgaards]] parti havde især kæmpet for flere penge til ældreplejen.""",
    ),
    (
        "business",
        """Kære [[Henning]]

Tak for et godt møde i går. Som aftalt sender jeg tilbuddet på rengøring af jeres lokaler i Taastrup. Min kollega [[Nadia El-Amin]] kontakter dig i næste uge for at aftale en besigtigelse.

Med venlig hilsen
[[Rikke Bro Sørensen]]
Salgschef, Holmsgaard Service A/S""",
    ),
    (
        "business",
        """Hej [[Lars]] og [[Birgitte]]

Jeg har talt med [[Pedersen]] fra revisionen, og de kan godt nå årsrapporten til den 15. [[Birgitte]], kan du sende bilagene til ham? [[Lars]], jeg har brug for din underskrift på ledelseserklæringen.

Hilsen
[[Tom]]""",
    ),
    (
        "business",
        """REFERAT – bestyrelsesmøde i Vestjysk Tømmerhandel A/S, 10. november 2025

Til stede: [[Ole Kjær]] (formand), [[Hanne Bisgaard]], [[Svend Aage Lauritsen]], [[Malene Ibsen]]. Fra direktionen: adm. direktør [[Claus Westh]].

1. [[Westh]] gennemgik kvartalsregnskabet.
2. Bestyrelsen godkendte køb af grund i Herning.
3. [[Malene Ibsen]] orienterede om it-sikkerhed.
Referent: [[H. Bisgaard]]""",
    ),
    (
        "business",
        """Pressemeddelelse

Nordisk Solenergi ApS udnævner [[Zeynep Kaya]] til ny teknisk direktør fra 1. januar. [[Kaya]] kommer fra Vestas, hvor hun har ledet udviklingen af styringssoftware. Hun afløser medstifter [[Jakob Riis]], som fortsætter i bestyrelsen.

Kontakt: kommunikationschef [[Signe Nørby]], tlf. 30 12 44 87""",
    ),
    (
        "business",
        """Kære kunde

Fra 1. december bliver din faste rådgiver [[Mikkel Vad]] i stedet for [[Jette Bruun]], som går på pension. [[Mikkel]] har været i banken i 11 år og kender dit område godt. Du kan stadig skrive til os i netbanken.

Venlig hilsen
Sparekassen Himmerland""",
    ),
    (
        "business",
        """Hej alle

Velkommen til [[Ida Marie Thorsen]], som starter i bogholderiet i dag, og til [[Nguyen Van Long]], der bliver ny lagerchef. [[Ida Marie]] sidder ved vinduet ved siden af [[Gitte]]. Sig hej, når I ser dem!

/[[Anne-Mette]], HR""",
    ),
    (
        "business",
        """Dagsorden – teammøde tirsdag

1. Status på kunden Georg Jensen (ansvarlig: [[Søren Vestergaard]])
2. Ny procedure for udlæg – [[Charlotte]] fortæller
3. Ferieplan 2026
4. Evt.

NB: [[Bo]] er på kursus og deltager ikke.""",
    ),
    (
        "business",
        """Kære fru [[Olsen]]

Tak for din henvendelse om fakturaen. Den er nu krediteret, og du får pengene retur inden for fem bankdage.

Med venlig hilsen
Kundeservice""",
    ),
    (
        "business",
        """Hej [[Jens Peter]]

Kan du og [[Anne Grethe]] komme til middag lørdag? [[Aksel]] og [[Vita]] kommer også. Vi spiser kl. 18.

Kh [[Lone]]""",
    ),
    (
        "business",
        """KONTRAKT – side 3 af 4

§ 9 Underskrifter

For Sælger:                      For Køber:
[[MORTEN HOLST LARSEN]]          [[SARA ELKJÆR]]
direktør                         indehaver
Ejendomsmægler: [[L. Vinding]], Home Silkeborg""",
    ),
    (
        "business",
        """Til alle medarbejdere

Vi mindes [[Erik Dalsgaard]], som døde den 12. november efter kort tids sygdom. [[Erik]] var ansat i 31 år som maskinmester og var kendt for sit gode humør. Bisættelsen finder sted fra Vor Frue Kirke i Vejle fredag kl. 13.

Direktionen""",
    ),
    (
        "business",
        """Hej [[Kasper]]

Jeg har sat [[Louise Winther]] (projektleder) og [[Jens Bech]] (arkitekt, Bech & Skov Tegnestue) på mailen, så I kan aftale et møde om tegningerne. [[Louise]] er på ferie uge 48.

Mvh [[Tina Krogh]]""",
    ),
    (
        "business",
        """Nyhedsbrev fra Lokalarkivet

Ved årets generalforsamling blev [[Poul Erik Schmidt]] genvalgt som formand. Nyt bestyrelsesmedlem er [[Annelise Kruse]], der i mange år har skrevet om sognets gårde. Arkivet takker [[Karen Marie Lund]], som har afleveret sin fars dagbøger fra besættelsen. Arkivet holder åbent i Carl Nielsens Hus hver tirsdag.""",
    ),
    (
        "business",
        """Tilbudsgiver: Tømrer & Snedker Rasmus Friis ApS (CVR 38877120)
Kontaktperson: [[Rasmus Friis]]
Tilbuddet omfatter udskiftning af vinduer i stueetagen hos [[Vibeke]] og [[Allan Dam]], Skolevej 4, Hornslet.""",
    ),
    (
        "business",
        """Hej [[Christina]]

[[Frank]] fra IT siger, at [[Bodil Hvass]]' nye computer først kommer på fredag. Indtil da kan hun låne [[Steens]]. Kan du give hende besked?

/[[Maja]]""",
    ),
    (
        "business",
        """Kære [[Arne]]

Hermed invitation til 50-års jubilæum for Djurslands Bank, fredag den 6. marts kl. 16. Talere er bankdirektør [[Lars Møller Vinther]] og tidligere direktør [[Birthe Rosenkrantz]]. Tilmelding til [[Sanne Ry]] senest 20. februar.

Med venlig hilsen
Bestyrelsen""",
    ),
    (
        "business",
        """Påmindelse: Tandlæge [[Jacob Ørum]] har flyttet din tid til onsdag kl. 9.30. Spørgsmål: Tandlægerne i Ørum Centret, tlf. 86 45 12 00.""",
    ),
    (
        "business",
        """Fra: [[Pia Kjeldgaard]]
Til: [[Hans-Henrik Bonde]]
Emne: SV: levering

Hej [[Hans-Henrik]]

Varerne er sendt i dag med GLS. [[Yusuf]] på lageret har pakket dem, så ring til ham, hvis noget mangler.

Mvh [[Pia]]""",
    ),
    (
        "business",
        """Kære [[Dorthe Kaae]] og [[Morten Kaae]]

Vi bekræfter hermed jeres bestilling af bryllupsmiddag for 64 personer lørdag den 20. juni på Hotel Marienlund. Vores køkkenchef [[Anders Ravn]] kontakter jer om menuen.

Med venlig hilsen
[[Camilla Storm]], eventkoordinator""",
    ),
    (
        "business",
        """Vagtplan uge 49 – Plejecenter Solbakken

Mandag: [[Hanne]], [[Birgit]], [[Mohamed]]
Tirsdag: [[Lis]], [[Bo]], [[Sidsel]]
Onsdag: [[Hanne]], [[Ulla]], [[Kim]]
Nattevagt hele ugen: [[Susanne Dal]]
Ansvarlig: afdelingsleder [[Helle Vang]]""",
    ),
    (
        "business",
        """Skal vi bo i Aarhus eller Odense under messen? Per person koster hotellet 950 kr. Vi har bedt Niels Brock om et tilbud på konferencelokale, og Tivoli Hotel har sendt priser. Jeg tjekker også Hotel Hans Christian Andersen. /[[Rune]]""",
    ),
    (
        "business",
        """Kære medlemmer

Den årlige gåtur går i år til Ny Carlsberg Glyptotek og Thorvaldsens Museum. Guide er kunsthistoriker [[Merete Sandberg]]. Mødested: H.C. Ørsteds Vej 5 kl. 10.

Bestyrelsen, Seniorklubben Frederiksberg""",
    ),
    (
        "news",
        """DR's vært [[Clement Kjærbo Dahl]] skifter til TV 2, hvor han skal lede et nyt debatprogram. Programchef [[Ditte Bach Jørgensen]] siger, at [[Kjærbo Dahl]] "bringer erfaring og skarphed". Han begynder i februar.""",
    ),
    (
        "news",
        """[[Birk]] på 7 år fra Ebeltoft har fundet en 3.000 år gammel bronzeøkse på stranden. Hans mor, [[Rosa Lindhardt]], afleverede den til Museum Østjylland. Arkæolog [[Hans Skov]] kalder fundet "helt exceptionelt".""",
    ),
    (
        "news",
        """Regionsrådet i Region Syddanmark har valgt [[Stephanie Loft-Hansen]] (V) som formand for endnu en periode. Næstformand bliver [[Bo Lindegren]] (V), mens [[Karsten Ulf Petersen]] (S) fortsætter som formand for sundhedsudvalget.""",
    ),
    (
        "news",
        """Fodboldklubben FC Fredericia har fyret cheftræner [[Michael Hemmer]] efter seks nederlag i træk. Assistenttræner [[Asger Sand]] overtager midlertidigt. Klubbens direktør [[Stig Pedersen]] vil ikke kommentere, hvem der bliver ny træner.""",
    ),
    (
        "news",
        """En kvinde på 67 år er død efter en brand i en lejlighed i Nørresundby natten til søndag. Politiet kender endnu ikke brandårsagen. Naboen [[Jan Kronborg]] fortæller, at han hørte røgalarmen kl. 3.""",
    ),
    (
        "news",
        """Komponisten [[Bent Søndergaard]] har skrevet et nyt værk til Aarhus Symfoniorkester. Dirigent [[Marie Rosenholm]] leder uropførelsen i Musikhuset den 30. januar. Solist er cellisten [[Jakob Kullmann]].""",
    ),
    (
        "news",
        """Efter 40 år lukker Dansk Folkemindesamlings afdeling i Viborg. Arkivar [[Gunhild Ravn Nielsen]] har været der fra starten: "Vi har samlet over 9.000 interviews," siger hun. Samlingen flyttes til Det Kgl. Bibliotek.""",
    ),
    (
        "news",
        """Partiformand [[Martin Lindegaard Holm]] afviste i går at gå i regering med Venstre. "Vi peger på [[Fredslund]]," sagde han til DR. Venstres formand [[Troels Lund Pallesen]] kaldte meldingen "forventelig".""",
    ),
    (
        "business",
        """Referat af møde med Odense Kommune om byggetilladelse

Deltagere: [[J. Lykke]] (kommunen), [[S. Madsen]] (bygherre), arkitekt [[Pernille Vind]]

[[Lykke]] forklarede, at tilladelsen afventer en udtalelse fra Slots- og Kulturstyrelsen. [[Vind]] sender reviderede tegninger inden fredag.""",
    ),
    (
        "business",
        """Hej [[Sten]]

Kan du bekræfte, at [[Storm]] og [[Vilja]] fra 3.B er tilmeldt svømning? Forældrene har spurgt. [[Gry]] har sagt god for det.

Mvh [[Lis]], SFO""",
    ),
    (
        "business",
        """Opgaveliste
- ring til Bolig+ om fugtskaden (spørg efter [[Anette]])
- bestil flyttebil til lørdag
- Mor skal have nøgler""",
    ),
]
