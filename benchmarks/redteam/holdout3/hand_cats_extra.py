"""A third batch of hand-written category documents: own votes, prayer, prison, partners implied by the
signature, charity runs, hearing aids. Each tuple: (lang, family, text); markup as in hand_cats_da.py.
"""

from __future__ import annotations

DOCS: list[tuple[str, str, str]] = [
    (
        "da",
        "mail-employee",
        """Hej Lene

⟦religion|Jeg går til fredagsbøn i moskéen på Vibevej, så jeg vil gerne holde min frokostpause fra 12 til 13 om fredagen.⟧ Jeg tager timen igen om eftermiddagen.

Mvh
Bilal Hussain""",
    ),
    (
        "da",
        "mail-private",
        """Kære Grethe

Tak for dit brev. ⟦criminal_records|Du spørger til Kasper: han sidder stadig i Horsens Statsfængsel og kommer først ud til sommer.⟧ Jeg besøger ham hver anden søndag.

Kærlig hilsen
Din søster Inga""",
    ),
    (
        "da",
        "mail-all",
        """Kære alle

Det er med stor sorg, at vi må meddele, at vores kollega Per Andersen er død. Per var ansat i 22 år og var en stor del af værkstedet. Der bliver mulighed for at skrive i en mindebog i receptionen.

Ledelsen""",
    ),
    (
        "da",
        "mail-all",
        """Kære alle

Husk at stemme til kommunalvalget på tirsdag! Valgstederne har åbent fra kl. 8 til 20, og I må gerne gå fra arbejdet i en time for at nå det.""",
    ),
    (
        "da",
        "sms",
        """⟦political_opinion|Jeg stemte Alternativet i år, første gang jeg ikke stemmer S⟧ 😅 ses i morgen /Kristoffer""",
    ),
    (
        "da",
        "mail-hr",
        """Hej Karin

⟦health|Jens Overby fra salg har fået konstateret tarmkræft i sommer og starter i kemo i næste uge.⟧ Han vil gerne fortsætte med at arbejde hjemmefra, når han kan.

/Mads""",
    ),
    (
        "da",
        "mail-hr",
        """Hej Karin

Jens Overby fra salg løber Copenhagen Marathon for Kræftens Bekæmpelse i maj og spørger, om firmaet vil sponsorere hans startgebyr. Han har allerede samlet 14.000 kr. ind.

/Mads""",
    ),
    (
        "da",
        "mail-colleague",
        """Hej alle

⟦health|Lise Kirkegaard har fået høreapparat, så tal gerne lidt tydeligere og kig på hende, når I taler til hende på møderne.⟧

/Susanne""",
    ),
    (
        "da",
        "mail-colleague",
        """Hej alle

Lise Kirkegaard har fået ny telefon, så hun kan ikke modtage sms'er før i morgen. Skriv til hende på mail i dag.

/Susanne""",
    ),
    (
        "da",
        "mail-private",
        """Hej Tove

⟦sexual_orientation|Min kæreste Sara og jeg vil rigtig gerne komme til din 60-års fødselsdag.⟧ Vi tager toget fra Aarhus fredag.

Kærlig hilsen
Maria Holst""",
    ),
    (
        "da",
        "mail-private",
        """Hej Tove

Min kæreste Sara og jeg vil rigtig gerne komme til din 60-års fødselsdag. Vi tager toget fra Aarhus fredag.

Kærlig hilsen
Mikkel Holst""",
    ),
    (
        "da",
        "note-municipality",
        """Opfølgning, 12.11.2025

⟦criminal_records|Ahmed Khalil blev løsladt fra Vestre Fængsel den 1. november efter to års afsoning.⟧ Han bor midlertidigt på herberget og har brug for hjælp til at finde bolig.
/Sagsbehandler Louise Dam""",
    ),
    (
        "da",
        "mail-hr",
        """Hej Per

⟦health|Morten Aagaard har fortalt mig, at han er alkoholiker og har været i behandling på Minnesota-klinikken i fire uger.⟧ Han starter igen mandag, og vi aftaler en plan for de første uger.

/Birgit""",
    ),
    (
        "da",
        "mail-hr",
        """Hej Per

Morten Aagaard er ansat som misbrugskonsulent i kommunens rusmiddelcenter fra 1. januar. Han kommer fra en lignende stilling i Silkeborg.

/Birgit""",
    ),
    (
        "da",
        "mail-employee",
        """Hej Ulla

⟦trade_union|Du skal bare ringe til Dansk Sygeplejeråd, de har hjulpet mig med min sag om overarbejde, fordi jeg er medlem der.⟧

Hilsen
Rikke Dahl""",
    ),
    (
        "da",
        "mail-all",
        """Kære kolleger

Vi har fået en henvendelse fra fagforeningen om arbejdstiden i weekenden. Ledelsen mødes med dem på torsdag, og vi orienterer bagefter.""",
    ),
    (
        "sv",
        "mail-employee",
        """Hej Linda,

⟦religion|Jag går på fredagsbönen i moskén, så jag skulle vilja ta lunch mellan 12 och 13 på fredagar.⟧ Jag jobbar in tiden på eftermiddagen.

Hälsningar
Omar Abdi""",
    ),
    (
        "sv",
        "mail-private",
        """Hej Ulla,

⟦criminal_records|Du frågade om min bror Tommy: han blev villkorligt frigiven i oktober och bor nu hos mamma i Kalix.⟧ Han söker jobb.

Kram
Eva""",
    ),
    (
        "sv",
        "sms",
        """⟦political_opinion|jag röstade på Vänsterpartiet i valet, första gången inte S⟧ 😅 ses imorgon /Kristoffer""",
    ),
    (
        "sv",
        "mail-all",
        """Hej alla,

Glöm inte att rösta på söndag! Vallokalerna är öppna 8–20, och förtidsröstning pågår i biblioteket hela veckan.""",
    ),
    (
        "sv",
        "mail-hr",
        """Hej Karin,

⟦health|Jonas Vikström fick en stroke i helgen och ligger på Sunderby sjukhus.⟧ Hans fru hör av sig när de vet mer.

/Mats""",
    ),
    (
        "sv",
        "mail-hr",
        """Hej Karin,

Jonas Vikström springer Stockholm Marathon för Cancerfonden i juni och undrar om företaget vill betala hans startavgift. Han har redan samlat in 14 000 kr.

/Mats""",
    ),
    (
        "sv",
        "mail-private",
        """Hej Tove!

⟦sexual_orientation|Min flickvän Sara och jag kommer jättegärna på din 60-årsfest.⟧ Vi tar tåget från Umeå på fredag.

Kram
Emma Ek""",
    ),
    (
        "sv",
        "mail-private",
        """Hej Tove!

Min flickvän Sara och jag kommer jättegärna på din 60-årsfest. Vi tar tåget från Umeå på fredag.

Kram
Johan Ek""",
    ),
    (
        "sv",
        "mail-colleague",
        """Hej alla,

⟦health|Eva Lindström har fått en pacemaker och får inte gå genom larmbågarna vid entrén.⟧ Vakterna är informerade.

/Annika""",
    ),
    (
        "sv",
        "mail-colleague",
        """Hej alla,

Eva Lindström har fått ett nytt passerkort och ska inte använda det gamla vid entrén längre. Vakterna är informerade.

/Annika""",
    ),
    (
        "sv",
        "chat",
        """[12:01] Fredrik: vem kan tolka för familjen i morgon?
[12:02] Lina: ⟦ethnic_origin|Ali kanske, han är kurd från Kobane och talar kurmanji⟧
[12:02] Fredrik: bra, jag frågar honom""",
    ),
    (
        "sv",
        "chat",
        """[12:01] Fredrik: vem kan visa gästerna runt i morgon?
[12:02] Lina: Ali kanske, han har precis varit på semester i Turkiet och kan lite turkiska
[12:02] Fredrik: bra, jag frågar honom""",
    ),
    (
        "sv",
        "mail-employee",
        """Hej IT,

⟦biometric|Jag har lagt in mitt fingeravtryck i tidrapporteringen på verkstaden i dag, men det fungerar inte.⟧ Kan ni titta på det?

/Hampus Lind""",
    ),
    (
        "sv",
        "mail-employee",
        """Hej IT,

Tidrapporteringen på verkstaden har fått stöd för fingeravtryck, men ingen har aktiverat det än. Ska vi informera alla innan det slås på?

/Hampus Lind""",
    ),
    (
        "sv",
        "mail-private",
        """Hej moster,

⟦genetic+health|Mamma och jag har båda testats för Huntingtons sjukdom, och jag bär tyvärr på anlaget.⟧ Jag ville att du skulle höra det från mig.

Kram
Stina Nord""",
    ),
    (
        "sv",
        "mail-all",
        """Hej alla,

Facket har skickat ut en enkät om arbetsmiljön till alla anställda. Den är anonym och tar fem minuter. Sista dag att svara är fredag.""",
    ),
]
