"""Hand-written hard cases: boundaries, punctuation, look-alikes next to true numbers (one each)."""

DOCS: list[tuple[str, str, str]] = [
    ("da", "hard", """Oplys venligst CPR(«cpr.plain») og kontonr(«d10») i parentes som vist."""),
    ("da", "hard", """Kontakt: Lea Brun/«cpr»/«tel»/lea@brun.dk"""),
    ("sv", "hard", """Kontakt: Olle Dal|«se»|«mob»|olle@dal.se"""),
    (
        "da",
        "hard",
        """Borgeren (f. 01.01.1975) har cpr «cpr7@1975-01-01» - bemærk at nummeret ikke opfylder modulus 11, hvilket er normalt for 1. januar-fødte.""",
    ),
    (
        "sv",
        "hard",
        """Personnummer: «seold.long@1926-12-31#p»; i kort form «seold#p» eftersom han fyller 100 i år. Jfr «seold#p».""",
    ),
    (
        "da",
        "hard",
        """Medarbejdere der mangler skattekort: «cpr», «cpr», «cpr7» og «cpr.plain». Ring til lønkontoret på 70 20 «n2» «n2».""",
    ),
    (
        "sv",
        "hard",
        """Följande saknar kontonummer: «se», «se.plain», «sesam» och «se.long». Löpnummer för ärendet: «l10d».""",
    ),
    ("da", "hard", """Tlf 2«n7» · mobil «tel» · CPR «cpr» · P-nr «pnr» · CVR «cvr»"""),
    ("sv", "hard", """Tel 08-«n7» · mobil «mob.plain» · pnr «se» · org.nr «org» · bg «n3»-«n4»"""),
    ("da", "hard", """Barnets CPR er «cpr7@2025-03-14». Søskende: «cpr7@2020-10-02» og «cpr7@2017-06-27»."""),
    (
        "sv",
        "hard",
        """Åtgärdslista: 1) «se» ska få nytt kort. 2) «se» har flyttat. 3) Ordernr «l10d» makuleras. 4) Kund «l10» avslutas.""",
    ),
    ("da", "hard", """https://minside.example.dk/borger/«cpr.plain»/breve?fra=2026-01-01&til=2026-11-30&side=«n2»"""),
    (
        "sv",
        "hard",
        """https://portal.example.se/arenden/«l10»/dokument/«n6».pdf (ärendets löpnummer, inget personnummer)""",
    ),
    (
        "da",
        "hard",
        """Linje 1: Hanne Fisker
Linje 2: «cpr»
Linje 3: Algade 8, 4000 Roskilde
Linje 4: «tel»
Linje 5: kundenr «d10»""",
    ),
    (
        "sv",
        "hard",
        """NAMN:     ELLA JOHANSSON
PNR:      «se.plain»
KUNDNR:   «l10»
TELEFON:  «mob.plain»""",
    ),
    (
        "en",
        "hard",
        """Swedish employees on the project: Karl Vik («se.longdash»), Mona Sten («se»). Danish: Ole Rand («cpr»). Project id 2611-«n5».""",
    ),
    (
        "da",
        "hard",
        """Sygesikringsbevis (gult kort) - oplysninger
Navn: Jens Ulrik Tang
CPR-nr. «cpr»
Læge: Lægehuset Torvet, ydernr «n6», tlf «tel»
Kommune: 101""",
    ),
    ("sv", "hard", """Körkortsnummer? Nej, på körkortet står personnumret: «se.long», och kortnumret «n8»."""),
    ("da", "hard", """Forsikringsnr. «d10» gælder for «cpr» og ægtefælle «cpr.plain». Police udstedt 01.12.2026."""),
    ("sv", "hard", """Avtal «l10d» gäller för «se.plain» och medsökande «se.plain». Avtalet löper till 2029."""),
    (
        "no",
        "hard",
        """Hei! Fødselsnummeret til barnet er «no@2019-03-05», og mitt er «no». Kundenummer hos oss: «n11» (ikke fødselsnummer).""",
    ),
    (
        "fi",
        "hard",
        """Henkilötunnukset: «fi», «fi.alt», «fi@2005-05-05». Asiakasnumerot 010101-123A ja 020202-234B ovat testitunnisteita, joita ei ole annettu kenellekään.""",
    ),
    ("da", "hard", """CPR-nr.«cpr»Navn:Peter Aamand   (tekst udtrukket fra PDF uden mellemrum)"""),
    ("sv", "hard", """Pnr:«se.plain»Namn:Sara Ek (text utdragen ur PDF utan mellanslag)"""),
    (
        "da",
        "hard",
        """Søren har nyt cpr efter kønsskifte: gammelt «cpr», nyt «cpr». Begge står i sagen indtil videre.""",
    ),
    (
        "sv",
        "hard",
        """Skyddad identitet - personnummer visas inte: «smask». Kontakta Skatteverket vid frågor, ärende «l10d».""",
    ),
    (
        "da",
        "hard",
        """Betalingsservice: debitorgruppe 00001, kundenr «d10», PBS-nr «n8». Betaler: Ida Glad, CPR «cpr».""",
    ),
    (
        "sv",
        "hard",
        """Autogiromedgivande: betalarnummer «l10» (ofta ditt personnummer - men här ett kundnummer). Kontoinnehavarens pnr: «se».""",
    ),
]
