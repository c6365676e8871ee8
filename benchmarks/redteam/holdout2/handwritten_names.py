"""Hand-written documents of the v2 names hold-out; ``⟦PERSON|name⟧`` marks a person's name as labelled.

Rule (README): the name only - titles, roles, "hr."/"fru" and the genitive ending (s or ') stay outside."""

from __future__ import annotations

DOCS: list[tuple[str, str]] = [
    (
        "da",
        "Hej ⟦PERSON|Bo⟧\n\nKan du bo hos ⟦PERSON|Storm⟧ i weekenden? Der er varslet storm, så tag regntøj med.\n\n"
        "Hilsen ⟦PERSON|Rose Dam⟧",
    ),
    (
        "da",
        "Direktør ⟦PERSON|Ejvind Skov⟧ og professor ⟦PERSON|Inge Riis⟧ holdt oplæg. Dr.med. ⟦PERSON|Aksel Krog⟧ "
        "måtte melde afbud.",
    ),
    ("da", "Fru ⟦PERSON|Lauridsen⟧ ringede igen. Hr. ⟦PERSON|Bech⟧ er ikke på kontoret før kl. 10."),
    ("da", "Vi har modtaget ⟦PERSON|Malou Sand⟧s ansøgning og ⟦PERSON|Finn Juhl⟧s anbefaling."),
    (
        "da",
        "Møbelfirmaet Finn Juhl Design og restauranten Søren K er ikke personer, men ⟦PERSON|Søren Kierkegaard "
        "Holm⟧ er vores nye vicevært.",
    ),
    ("da", "Cc: ⟦PERSON|Trine Winther⟧; ⟦PERSON|Kaj Mølgaard⟧; bogholderi@firma.dk; ⟦PERSON|J.K. Overby⟧"),
    ("da", "Sagsbehandler: ⟦PERSON|ANNE-METTE BUNDGAARD⟧\nParter: ⟦PERSON|ALLAN FOG⟧ mod Kronjylland VVS ApS"),
    (
        "da",
        "Vi kørte ad Niels Bohrs Allé og H.C. Ørsteds Vej til Tycho Brahe Planetarium, hvor ⟦PERSON|Villads "
        "von Holstein⟧ tog imod.",
    ),
    ("da", "Per mail har ⟦PERSON|Per Kirkegaard⟧ bekræftet, at prisen er 200 kr. per time."),
    ("da", "Tak til ⟦PERSON|Anders⟧' hold og til ⟦PERSON|Lars⟧' team for en flot indsats."),
    ("da", "Sol skinnede i går, da ⟦PERSON|Sol Brink⟧ og ⟦PERSON|Frej Ravn⟧ åbnede butikken på Solvej."),
    (
        "da",
        "Bestyrelsen: ⟦PERSON|Hans-Henrik de Neergaard⟧ (formand), ⟦PERSON|Lise-Lotte Brahe-Trolle⟧ "
        "(næstformand), ⟦PERSON|I. Ahmadi⟧, ⟦PERSON|T. Nguyen⟧.",
    ),
    ("da", "Pressemeddelelse fra Georg Jensen A/S: Designer ⟦PERSON|Signe Bundgaard⟧ står bag den nye kollektion."),
    (
        "da",
        "Skulle du have spørgsmål, er du velkommen til at kontakte ⟦PERSON|Ib⟧ eller ⟦PERSON|Ellen⟧ på "
        "kontoret. Mange hilsner fra os alle i Kløvermarken.",
    ),
    (
        "da",
        "Referent: KK (initialer). ⟦PERSON|Karoline Kristoffersen⟧ noterede, at "
        "⟦PERSON|Jytte⟧ og ⟦PERSON|Preben⟧ deltog.",
    ),
    (
        "da",
        "Sankt Hans aften blev fejret ved stranden. Båltalen blev holdt af ⟦PERSON|Kim Due⟧, mens "
        "⟦PERSON|Dagmar⟧ sang.",
    ),
    (
        "da",
        "Ejendommen på Kirkestræde 4 er købt af Mikkelsen & Frandsen Holding ApS ved direktør ⟦PERSON|Tove Mikkelsen⟧.",
    ),
    ("da", "Ordstyrer: ⟦PERSON|Ravn⟧. Bisidder: ⟦PERSON|Due⟧. Ingen andre til stede."),
    (
        "da",
        "Kære ⟦PERSON|Kasper⟧ og ⟦PERSON|Ida⟧\n\nTillykke med brylluppet! Vi glæder os til at se billederne fra "
        "Frederiksborg Slot.\n\n⟦PERSON|Gitte⟧, ⟦PERSON|Poul⟧ og ⟦PERSON|Oskar⟧",
    ),
    ("da", "Modtaget fra ⟦PERSON|Nguyen Van An⟧: 1 kuvert. Udleveret til ⟦PERSON|Mikkel⟧ kl. 14.10."),
    (
        "da",
        "Prisen Årets Ildsjæl gik til ⟦PERSON|Henning Høj⟧. Juryen bestod af ⟦PERSON|Bodil Lund⟧ og "
        "⟦PERSON|Finn Sommer⟧ fra Sommer & Lund Advokater.",
    ),
    ("da", "Ring til ⟦PERSON|Karen⟧, hvis der er noget. Karen Blixen Museet har lukket om mandagen."),
    (
        "sv",
        "Hej ⟦PERSON|Love⟧!\n\nSkicka all love till ⟦PERSON|Vidar⟧ från oss. Vi ses hos ⟦PERSON|Ek⟧ på "
        "fredag.\n\n/⟦PERSON|Sol⟧",
    ),
    (
        "sv",
        "Vd ⟦PERSON|Märta Hedlund⟧ och professor ⟦PERSON|Arvid Falk⟧ höll tal. Docent ⟦PERSON|Ebba Ros⟧ "
        "hade förhinder.",
    ),
    ("sv", "Fru ⟦PERSON|Lindholm⟧ har ringt igen. Herr ⟦PERSON|Öberg⟧ är på semester."),
    ("sv", "Vi har tagit emot ⟦PERSON|Moa Strand⟧s ansökan och ⟦PERSON|Kjell Blom⟧s intyg."),
    ("sv", "Kopia: ⟦PERSON|Tuva Lönn⟧; ⟦PERSON|Rune Hägg⟧; ekonomi@bolaget.se; ⟦PERSON|K.-J. Åkesson⟧"),
    ("sv", "Handläggare: ⟦PERSON|EVA-LENA AF UGGLAS⟧\nParter: ⟦PERSON|BENGT RASK⟧ mot Granlunda Åkeri AB"),
    (
        "sv",
        "Vi gick längs Drottninggatan och Olof Palmes gata till Strindbergsmuseet, där ⟦PERSON|Ludvig von "
        "Platen⟧ tog emot.",
    ),
    ("sv", "Per telefon har ⟦PERSON|Per-Erik Sundqvist⟧ lovat att priset blir 300 kronor per timme."),
    ("sv", "Tack till ⟦PERSON|Lars⟧ lag och till ⟦PERSON|Agnes⟧ grupp för ett fint arbete."),
    (
        "sv",
        "Styrelsen: ⟦PERSON|Karl-Johan De Geer⟧ (ordförande), ⟦PERSON|Ann-Britt Lind-Åström⟧ (vice), "
        "⟦PERSON|M. Ali⟧, ⟦PERSON|S. Petrović⟧.",
    ),
    (
        "sv",
        "Pressmeddelande från Astrid Lindgrens Värld: Formgivaren ⟦PERSON|Stina Wallin⟧ ligger bakom den nya "
        "utställningen.",
    ),
    (
        "sv",
        "Har du frågor kan du höra av dig till ⟦PERSON|Olle⟧ eller ⟦PERSON|Siv⟧ på kontoret. Många hälsningar "
        "från oss på Björkvägen.",
    ),
    (
        "sv",
        "Sekreterare: EH (initialer). ⟦PERSON|Elin Holmgren⟧ noterade att ⟦PERSON|Gunilla⟧ och "
        "⟦PERSON|Tage⟧ var närvarande.",
    ),
    (
        "sv",
        "Midsommarafton firades vid sjön. ⟦PERSON|Björn Dahl⟧ höll tal, och ⟦PERSON|Majken⟧ spelade fiol "
        "medan en björn syntes i skogsbrynet.",
    ),
    ("sv", "Fastigheten på Kyrkvägen 7 har köpts av Wallin & Falk Invest AB genom vd ⟦PERSON|Ulrika Wallin⟧."),
    ("sv", "Mötesordförande: ⟦PERSON|Rask⟧. Justerare: ⟦PERSON|Lönn⟧. Inga övriga närvarande."),
    (
        "sv",
        "Kära ⟦PERSON|Viktor⟧ och ⟦PERSON|Alva⟧\n\nGrattis på bröllopsdagen! Vi ser fram emot bilderna från "
        "Drottningholms slott.\n\n⟦PERSON|Agneta⟧, ⟦PERSON|Stig⟧ och ⟦PERSON|Hampus⟧",
    ),
    ("sv", "Mottaget från ⟦PERSON|Amira Haddad⟧: ett kuvert. Lämnat till ⟦PERSON|Ivar⟧ kl. 14.10."),
    (
        "sv",
        "Priset Årets eldsjäl gick till ⟦PERSON|Sixten Ek⟧. Juryn bestod av ⟦PERSON|Solveig Östlund⟧ och "
        "⟦PERSON|Folke Sandström⟧ från Östlund & Sandström Advokatbyrå.",
    ),
    ("sv", "Ring ⟦PERSON|Selma⟧ om något händer. Selma Lagerlöfs Mårbacka har stängt på måndagar."),
]
