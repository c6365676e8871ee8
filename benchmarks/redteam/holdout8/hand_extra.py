"""Hand-written documents, last batch (one each)."""

DOCS: list[tuple[str, str, str]] = [
    (
        "da",
        "daycare",
        """Udmeldelse af vuggestue: Ellen Brask (cpr «cpr7@2024-01-09») stopper 31.12.2026. Forældre: Sune Brask, «cpr». Sidste betaling trækkes via Betalingsservice, kundenr. «d10».""",
    ),
    (
        "sv",
        "preschool",
        """Hej, jag vill säga upp Leos plats på Myrstacken från 1 februari. Leo Berg, «se.plain@2021-11-11». Min räkning kommer som e-faktura med OCR «ocr». /Amanda""",
    ),
    (
        "da",
        "pharmacy",
        """Afhentningsfuldmagt: Jeg, Svend Nøhr, cpr «cpr@1944-12-24», giver hermed min nabo Gunnar Lyhne fuldmagt til at afhente min medicin på Kronens Apotek. Receptnr. «d10».""",
    ),
    (
        "sv",
        "pharmacy",
        """E-recept spärrad för «se.longdash» p.g.a. misstänkt förfalskning. Apotekskedjans incidentnr «l10d». Kontakta förskrivaren.""",
    ),
    (
        "da",
        "vet",
        """Forsikringsskade - hund. Forsikringstager Jannik Olesen, «cpr». Dyrets chipnr. 208250«n9». Police «d10». Diagnose: korsbåndsskade.""",
    ),
    (
        "sv",
        "vet",
        """Hästpass - ägarbyte. Ny ägare: Tilda Engman, «se», Ödeshög. Tidigare ägare: Stuteri Bråvalla AB, org.nr «org». UELN 752004«n9».""",
    ),
    (
        "da",
        "payroll",
        """Rettelse til indberetning: lønmodtager «cpr» skal have korrigeret A-indkomst for oktober. Indberetningsnr. «d10». Lønbureau: Jydsk Lønservice, CVR «cvr».""",
    ),
    (
        "sv",
        "payroll",
        """Rättelse AGI 202610: «se.long» ska ha 2 000 kr lägre bruttolön. Redovisningsnummer «l10». /Lönekontoret""",
    ),
    (
        "da",
        "school",
        """Karakterudskrift, 9. klasse. Elev: Laurits Ager, CPR «cpr7@2011-01-30». Dansk skriftlig 10, matematik 12, engelsk 7. Skolekode 280«n3».""",
    ),
    (
        "sv",
        "school",
        """Betygsutdrag åk 9: Hilma Nord, «se@2011-05-17». Svenska B, matematik A, engelska C. Skolenhetskod «n8».""",
    ),
    (
        "da",
        "pension",
        """Udbetaling af aldersopsparing - ansøger: Rolf Wied, «cpr@1958-06-06». Opsparingen udbetales til NemKonto. Vores reference: «d10».""",
    ),
    (
        "sv",
        "pension",
        """Hej! Min pappa Arne Lindh («seold@1925-09-29») får pension från både Sverige och Norge. Hans norska fødselsnummer är «no@1925-09-29». Vem kontaktar jag?""",
    ),
    (
        "da",
        "building",
        """Klage over naboens byggeri. Klager: Inger Bach, «cpr», Engvej 7. Sagen hos kommunen har nr. «d10x». Naboens ejendomsnr. «n6».""",
    ),
    (
        "sv",
        "building",
        """Anmälan om olovligt byggande. Anmälare vill vara anonym. Fastighet Granen 3 ägs av Solbacka Fastigheter AB (org.nr «org»). Ärendenr «l10d».""",
    ),
    (
        "da",
        "sports",
        """Tilmelding til Eremitageløbet: Navn Carl Dreyer, født 14.08.1985, CPR (til tidtagning, frivilligt) «cpr@1985-08-14». Startnr. «n5».""",
    ),
    ("sv", "sports", """Anmälan Vasaloppet: Åsa Kling, «se.long», klubb IFK Mora. Startnummer «n5», led 4."""),
    (
        "da",
        "email",
        """Hej Signe, jeg har fundet fejlen: i lønfilen mangler dit cpr, men i e-Boks står det som «cpr.plain#x». Det er korrekt - «cpr#x». Jeg retter det. /Bo""",
    ),
    (
        "sv",
        "email",
        """Hej! Ni har skrivit fel på mitt personnummer i avtalet. Det ska vara «se#r» och inte «sebad». Kan ni rätta och skicka igen? Hälsningar Vera""",
    ),
    (
        "da",
        "notes",
        """Telefonnotat 30.11 kl. 14.10: Borger ringede (cpr «cpr») om manglende udbetaling. Lovet tilbagekald inden fredag på «tel». Sag «d10».""",
    ),
    (
        "sv",
        "notes",
        """Telefonanteckning 2026-11-30: Hanna ringde ang. sin mammas ansökan om särskilt boende. Mamman: «seold@1926-01-15». Återkomma på «mob».""",
    ),
    (
        "da",
        "receipt",
        """Kvittering for indbetaling af depositum: 24.000 kr. for lejemål Vesterbrogade 12, 3. th. Lejer: Oskar Wind, «cpr». Lejekontraktnr. «d10».""",
    ),
    (
        "sv",
        "receipt",
        """Kvitto handpenning: 150 000 kr för Brf Kastanjen lgh 1301. Köpare: Filip Ahlström, «se». Mäklarens uppdragsnr «l10».""",
    ),
    (
        "da",
        "negatives",
        """Indbetalingskort: +71<«n15»+«n8»<
Beløb: 1.245,00
Kreditor: Andel Energi, kundenr. «d10»
Aftalenr. «d10x»""",
    ),
    (
        "sv",
        "negatives",
        """Inbetalningskort (OCR)
# «ocr» #  1245 00   > «n8»#41#
Betalningsmottagare: Göteborg Energi, bankgiro «n4»-«n4»""",
    ),
    (
        "da",
        "mixed",
        """Moi Kaisa! Her er min kollegas finske henkilötunnus til projektansøgningen: «fi». Hendes danske CPR er «cpr». /Mette""",
    ),
    (
        "sv",
        "mixed",
        """Hei! Jeg er norsk men bor i Sverige. Fødselsnummer «no», svenskt personnummer «se». Kan ni registrera båda?""",
    ),
]
