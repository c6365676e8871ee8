"""More hand-written documents for categories.jsonl: longer mail, indirect wording, jobs next to a topic.

Each tuple: (lang, family, text); markup as in hand_cats_da.py.
"""

from __future__ import annotations

DOCS: list[tuple[str, str, str]] = [
    (
        "da",
        "mail-hr-long",
        """Hej Jens

Kort opfølgning efter mødet med Camilla Broe i går.

Vi gennemgik hendes opgaver og aftalte, at hun fra mandag overtager budgetopfølgningen for region Syd. ⟦health|Camilla fortalte, at hun har været sygemeldt med stress i foråret og stadig går til psykolog hver anden uge,⟧ så vi holder hendes arbejdstid på 30 timer til og med januar. Hun vil selv fortælle teamet, hvad hun har lyst til.

Jeg har bestilt et hæve-sænkebord til hende og sat et opfølgningsmøde i kalenderen den 15. december.

Mvh
Lotte Brink, HR-partner""",
    ),
    (
        "da",
        "reference",
        """ANBEFALING

Frederik Skov har været ansat som projektmedarbejder hos os fra 2021 til 2025. Han er grundig, vellidt og god til at formidle. ⟦political_opinion|Ved siden af arbejdet har Frederik været aktiv i Venstres Ungdom, hvor han sad i landsstyrelsen.⟧

Jeg kan varmt anbefale ham.

Karen Lauritsen, afdelingschef""",
    ),
    (
        "da",
        "mail-employee",
        """Hej Birgitte

⟦religion|Jeg er muslim og vil gerne høre, om der er et stille rum, hvor jeg kan bede middagsbøn i pausen.⟧ Det tager kun ti minutter.

Mvh
Hamza Rahimi, lager""",
    ),
    (
        "da",
        "mail-all",
        """Kære kolleger

Vi opretter et netværk for LGBT+-ansatte og allierede. Første møde er torsdag kl. 15 i mødelokale 3. Alle er velkomne, og man behøver ikke at sige noget om sig selv for at deltage.

Mangfoldighedsudvalget""",
    ),
    (
        "da",
        "complaint",
        """Til Borgerservice

⟦health|Jeg er døv og kan ikke ringe til jer, men jeres hjemmeside siger, at jeg skal ringe for at bestille tid.⟧ Det er ikke i orden. Kan I give mig en tid via mail?

Venlig hilsen
Lene Madsen""",
    ),
    (
        "da",
        "mail-parent",
        """Hej Annette

⟦health|Vores datter Nora har fået type 1-diabetes, og hun skal måle blodsukker før frokost.⟧ Kan vi tage en snak om, hvordan det kan fungere i SFO'en?

Mvh Christian og Pia Krog""",
    ),
    (
        "da",
        "job-ad",
        """Region Syddanmark søger en erfaren sygeplejerske til Onkologisk Afdeling R, Odense Universitetshospital. Du får ansvar for patienter i kemoterapi og indgår i et tværfagligt team. Ansøgningsfrist 15. december. Spørgsmål til afdelingssygeplejerske Mette Riis.""",
    ),
    (
        "da",
        "mail-colleague",
        """Hej Stine

Lise Vad starter hos os i januar. Hun har arbejdet ti år som sygeplejerske på kræftafdelingen i Herlev og har stor erfaring med pårørendesamtaler, så hun bliver et godt tilskud til rådgivningen.

/Jonas""",
    ),
    (
        "da",
        "news-local",
        """Peter Dyhr er valgt som ny formand for Lejerforeningen i Gellerup. Han vil arbejde for bedre belysning og flere bænke i gården. Foreningen har 340 medlemmer.""",
    ),
    (
        "da",
        "mail-lawyer",
        """Kære Michael

Advokat Jesper Hald er beskikket som forsvarer i straffesagen mod selskabet Nordisk Fragt ApS, som er tiltalt for overtrædelse af arbejdsmiljøloven. Selskabet risikerer en bøde på 400.000 kr. Sagen kører i retten i Kolding i januar.

Venlig hilsen
Sekretariatet""",
    ),
    (
        "sv",
        "reference",
        """REFERENSBREV

Ebba Lindgren har arbetat hos oss som administratör 2020–2025. Hon är noggrann och trevlig. ⟦political_opinion|Under studietiden var hon ordförande i SSU-klubben i Lund,⟧ vilket har gjort henne van vid att leda möten.

Anna Roos, kontorschef""",
    ),
    (
        "sv",
        "mail-citizen",
        """Hej,

⟦health|Jag är döv och behöver teckenspråkstolk vid mötet med handläggaren den 9 december.⟧ Kan ni boka det?

Mvh
Pontus Ek""",
    ),
    (
        "sv",
        "job-ad",
        """Uppsala domkyrkoförsamling söker en präst med inriktning på konfirmandarbete. Du leder gudstjänster, förrättningar och undervisning. Tjänsten är en tillsvidareanställning på heltid. Kontakt: kyrkoherde Anna Hellström.""",
    ),
    (
        "sv",
        "mail-colleague",
        """Hej,

Kalle Nyström börjar hos oss på måndag. Han har jobbat som arabisktolk på Migrationsverket i sju år och ska nu hjälpa oss med översättningar av kundbrev.

/Sara""",
    ),
    (
        "sv",
        "mail-parent",
        """Hej Maria,

⟦health|Vår son Elias har autism och blir orolig när schemat ändras.⟧ Kan ni meddela oss i förväg när det kommer en vikarie?

Hälsningar
Anders och Lena Brandt""",
    ),
    (
        "sv",
        "mail-family",
        """Hej Britt,

⟦criminal_records|Som du vet sitter Jimmy i fängelse på Kumla till i maj,⟧ så han kan inte komma på begravningen. Jag tar med blommor från honom.

Kram
Annelie""",
    ),
    (
        "sv",
        "mail-colleague",
        """Hej Britt,

Jimmy Hallin har fått jobb som kriminalvårdare på anstalten i Kumla och börjar där i maj. Han hälsar till alla på lagret och tackar för åren hos oss.

/Annelie""",
    ),
    (
        "sv",
        "mail-hr-long",
        """Hej Karl,

Uppföljning efter samtalet med Dragan Petrović i dag.

Vi gick igenom hans nya ansvar för inköpen i Norden och kom överens om att han tar över leverantörsavtalen från januari. ⟦health|Dragan berättade att han har opererats för en tumör i tarmen i somras och fortfarande går på cellgiftsbehandling varannan vecka,⟧ så han jobbar hemifrån de dagarna.

Jag har bokat ett uppföljningsmöte den 12 januari.

Vänliga hälsningar
Sofia Ek, HR""",
    ),
    (
        "sv",
        "mail-union-rep",
        """Hej alla på lagret,

⟦trade_union|Från och med december är Patrik Holm er nya arbetsplatsombud för Handels.⟧ Ni når honom på lagrets telefon eller i fikarummet på tisdagar.

Handels avdelning 5""",
    ),
    (
        "da",
        "mail-union-rep",
        """Kære kolleger

Overenskomstforhandlingerne mellem DI og CO-industri er afsluttet, og den nye overenskomst giver 4,5 % over tre år. Har I spørgsmål, kan I kontakte HR eller jeres fagforening.

Venlig hilsen
Direktionen""",
    ),
]
