"""A second batch of hand-written identifier documents (official letters, cards after OCR, registrations,
debt collection, fines, school records). Each tuple: (lang, family, text); slots as in render.py.
"""

from __future__ import annotations

DOCS: list[tuple[str, str, str]] = [
    (
        "da",
        "letter-family-court",
        """Familieretshuset
Afdeling Øst

Afgørelse om forældremyndighed

Mor:   Stine Kjærgaard Holm, CPR-nr. «cpr»
Far:   Rasmus Holm, CPR-nr. «cpr»
Barn:  Alberte Kjærgaard Holm, CPR-nr. «cpr7:@kid»

Forældrene har aftalt fælles forældremyndighed. Barnet har bopæl hos mor. Aftalen er registreret i
CPR-registeret den 4. november 2025. Sagsnummer «num:8»-«num:2».

Med venlig hilsen
Familieretshuset""",
    ),
    (
        "da",
        "cv",
        """CURRICULUM VITAE

Personlige oplysninger
Navn: Amalie Sønderby
Født: 12.03.1994
Adresse: Fynsgade 18, 1. tv., 9000 Aalborg
Telefon: «teldk»
Kørekort: B

Erhvervserfaring
2021-      Økonomiassistent, Jysk Revision (CVR «cvr»)
2018-2021  Kontorelev, Aalborg Kommune""",
    ),
    (
        "da",
        "cv",
        """CV – Henrik Lauesen
Født 1979 · Gift, 2 børn · CPR: «cpr:dash@1979-06-21»
Ledig fra 1. januar. Referencer gives gerne.""",
    ),
    (
        "da",
        "chat-bank",
        """Chat med Jyske Bank, 12.11.2025

Kunde: hej jeg kan ikke logge på netbank
Rådgiver Pia: Hej! Det hjælper jeg gerne med. Hvad er dit kundenummer?
Kunde: det ved jeg ikke. mit cpr er «cpr:plain»
Rådgiver Pia: Tak. Du må ikke skrive dit CPR-nummer i chatten - jeg har slettet det fra din profil. Jeg sender en ny kode til din e-Boks.""",
    ),
    (
        "da",
        "doctor-statement",
        """LÆGEERKLÆRING – MULIGHEDSERKLÆRING (side 2)

Patientens navn: Torben Kallesøe
Patientens CPR-nr.: «cpr»
Arbejdsgiver: Kolding Kommune, Teknisk Forvaltning (P-nr. «pnum»)

Lægens vurdering: Medarbejderen kan arbejde 20 timer om ugen i 4 uger.
Ydernummer: «num:6»    Dato: 10.11.2025""",
    ),
    (
        "da",
        "company-registration",
        """Anmeldelse af ledelse – Vestfyns Byg ApS (CVR «cvr»)

Direktør:          Kenneth Mølgaard, CPR «cpr», Assensvej 4, 5610 Assens
Bestyrelsesformand: Lone Mølgaard, CPR «cpr»
Revisor:           Revisionsfirmaet Fyn, CVR «cvr»

Anmeldelsen er indsendt via virk.dk den 3. november 2025, kvitteringsnr. «num:10».""",
    ),
    (
        "da",
        "sms",
        """Hej det er Jan fra udlejningen. Jeg skal lige bruge dit cpr til kvitteringen for depositum, kan du sende det? Mvh Jan Bolig
---
Hej Jan, det er «cpr:space». Hilsen Nikoline""",
    ),
    (
        "da",
        "card-ocr",
        """SUNDHEDSKORT  ·  SUNDHEDSSIKRINGSBEVIS
CPR-nr.    «cpr»
Navn       JESPER MUNK ANDERSEN
Adresse    Nørrevang 22
           4300 Holbæk
Læge       Lægerne Ahlgade, tlf. «teldk»
Gruppe 1   Region Sjælland""",
    ),
    (
        "da",
        "dunning",
        """INKASSO – RYKKER 3

Skyldner:   Mads Rønnow
CPR-nr.:    «cpr»
Kreditor:   TeleNord A/S (CVR «cvr»)
Vores sag:  «num:7»
Fakturanr.: «num:9»

Hovedstol         «amount»
Gebyrer             «amount»
I alt til betaling «amount»

Betal via MobilePay MyShop «num:5» eller til konto «kontodk».""",
    ),
    (
        "da",
        "fine",
        """Bødeforelæg

Nordsjællands Politi
Bødenr.: «num:12»
Journalnr.: «case:police»

Sigtede: Frederik Hald, CPR-nr. «cpr»
Overtrædelse: Hastighedsoverskridelse, 78 km/t i byzone, Helsingevej, 14.09.2025 kl. 07.42
Bøde: 2.000 kr. Kørekortnr.: «num:8»""",
    ),
    (
        "da",
        "student",
        """Uddannelsesbevis – udskrift fra STADS

Studerende: Camilla Frost Bang
CPR-nr.: «cpr:dash»
Studienr.: «num:6»
Uddannelse: Cand.merc.aud., Copenhagen Business School
Bestået ECTS: 120""",
    ),
    (
        "da",
        "su",
        """Din SU er ændret

Kære Oliver Hjort (cpr.nr. «cpr»)
Fra 1. januar 2026 får du udeboende sats. Udbetalingen sker den sidste bankdag til din NemKonto.
Uddannelsesinstitution: Aarhus Universitet, institutionsnr. «num:6».""",
    ),
    (
        "da",
        "vet",
        """Dyrlægeklinikken Kærgården

Ejer: Mette Schou, CPR «cpr» (til Dansk Hunderegister)
Hund: Labrador, tæve, "Sally"
Chipnummer: 208 «num:3» «num:9»
Vaccinationsnr. «num:8»""",
    ),
    (
        "da",
        "valuation",
        """Foreløbig ejendomsvurdering 2024

Ejendomsnummer: «num:6»
Kommunenr.: 0101
BFE-nummer: «num:7»
Ejer: Anne Marie Eskildsen, CPR «cpr:dash»
Ejendomsværdi: 3.450.000 kr.
Grundværdi: 1.200.000 kr.""",
    ),
    (
        "da",
        "case-summary",
        """Sagsresumé, 14.11.2025

Borger: Ali Sharif, pers.nr. «cpr», Tingbjerg.
Borger ønsker at klage over afslag på enkeltydelse (sag «case:dk»). Hans mor, Fatma Sharif
(pers. nr. «cpr:plain»), er værge. Vi sender partshøring.
/Jonas, Ydelsescentret""",
    ),
    (
        "da",
        "note",
        """CPR.: «cpr:plain»
Patient ringede 8.10 ang. recept på Hjertemagnyl. Sendt til apoteket. /Ketty""",
    ),
    (
        "da",
        "sv-in-da",
        """Hej Jobcenter

Jeg er svensk statsborger og flyttede til Helsingør i sommer. Mit danske CPR-nummer er «cpr» og mit
svenske personnummer var «pnr:short_dash». Skal I bruge begge til a-kassen?

Venlig hilsen
Elsa Nordström""",
    ),
    (
        "da",
        "teams",
        """[Teams – Kanal: Løn]
Birgitte 13:02: hvem har lagt CPR-listen her i kanalen?? den skal fjernes NU
Karsten 13:04: det var mig, beklager, den er slettet. Der var kun 3 navne på
Birgitte 13:05: ok, men så skal vi registrere det som brud. Skriv til DPO'en""",
    ),
    (
        "da",
        "kommune-letter",
        """Kære Hanne Bjerre

Du har søgt om hjælpemidler til din søn, Oscar Bjerre (CPR «cpr7:dash@kid»). Vi har bevilget en
kørestol og et bade-/toiletstativ. Leverandøren kontakter dig.

Bevillingsnr.: «num:8»
Hjælpemiddelcentralen, Horsens Kommune, tlf. «teldk»""",
    ),
    (
        "da",
        "mail-auditor",
        """Hej Sune

Jeg har gennemgået lønlisterne for oktober. Der er to medarbejdere med samme kontonummer
(«kontodk»). Det drejer sig om Lea Winther, cpr «cpr», og Thomas Winther, cpr «cpr», som er gift,
så det er nok i orden, men tjek det.

/Revisor Malene Kronborg""",
    ),
    (
        "sv",
        "letter-kronofogden",
        """Kronofogden
Utslag i mål om betalningsföreläggande

Målnummer: «num:2»-«num:6»-25
Sökande: Inkasso Norr AB, org.nr «orgnr»
Svarande: Jonny Lindberg, «pnr:long_dash»

Svaranden ska betala «amount:sv» kr jämte ränta. Betalning till bankgiro «bg» med OCR «ocr:14».""",
    ),
    (
        "sv",
        "fine",
        """Ordningsbot

Polismyndigheten, region Mitt
Ordningsbotsnummer: «num:12»

Personnummer: «pnr:long_dash»
Namn: Emil Sjöström
Förseelse: Hastighetsöverträdelse 72 km/h där högsta tillåtna hastighet är 50 km/h
Bötesbelopp: 2 400 kr. Betalas till bankgiro «bg».""",
    ),
    (
        "sv",
        "ladok",
        """Resultatintyg från Ladok

Namn: Linnea Sjökvist
Personnummer: «pnr:long_dash»
Program: Civilekonomprogrammet, Umeå universitet

Kurs          Kurskod   Hp    Betyg   Datum
Redovisning   2FE«num:3»    7,5   VG      2025-01-15
Statistik     2ST«num:3»    7,5   G       2025-03-20""",
    ),
    (
        "sv",
        "card-ocr",
        """SVERIGE  ·  IDENTITETSKORT  ·  SWEDEN
Efternamn / Surname   ÖSTLUND
Förnamn / Given names ANNA KARIN
Personnummer          «pnr:long_dash»
Kortnummer            «num:8»
Giltig t.o.m.         2030-04-11""",
    ),
    (
        "sv",
        "company-registration",
        """Anmälan om ändring – Sjöviks Bygg AB (org.nr «orgnr»)

Ny styrelseledamot:  Patrik Öberg, «pnr:short_dash», Granvägen 3, 931 36 Skellefteå
Ny suppleant:        Hanna Öberg, «pnr:short_dash»
Avgående:            Tord Lind, «pnr:short_dash@old»

Ärendet registrerat hos Bolagsverket med ärendenummer «num:4»/«num:6».""",
    ),
    (
        "sv",
        "insurance-child",
        """Skadeanmälan – barnförsäkring

Barnets namn: Ella Grönlund
Barnets personnummer: «pnr:long_dash@kid»
Försäkringsnummer: «num:9»
Skadedatum: 2025-10-18
Beskrivning: Bröt handleden vid fall från studsmatta. Behandlad på akuten i Östersund.
Vårdnadshavare: Mattias Grönlund, «pnr:long_dash»""",
    ),
    (
        "sv",
        "property",
        """Lagfartsbevis

Fastighet: Nacka Sicklaön 82:14
Köpare: Robert Lindqvist («pnr:short_dash») och Nadia Lindqvist («pnr:short_dash»), hälften var
Köpeskilling: 6 950 000 kr
Inskrivningsdag: 2025-09-30, akt «num:5»/25""",
    ),
    (
        "sv",
        "journal-copy",
        """Journalkopia – Vårdcentralen Ekholmen                          Sida 1 (2)
Patient: Kristina Hallberg    Personnummer: «pnr:long_dash#k»
Utskriven av: Lisa Berg, läkarsekreterare

2025-09-12 Besök. Hosta sedan tre veckor. Lungröntgen beställd (remissnr «num:8»).

Journalkopia – Vårdcentralen Ekholmen                          Sida 2 (2)
Patient: Kristina Hallberg    Personnummer: «pnr:long_dash#k»
2025-09-20 Röntgen utan anmärkning.""",
    ),
    (
        "sv",
        "home-care",
        """Ansökan om hemtjänst

Sökande: Zainab Mahdi
Samordningsnummer: «samo:long_dash»
Adress: Rinkebysvängen 12, 163 74 Spånga
Kontaktperson: dottern Samira Mahdi, «telse»
Handläggare: Jenny Ström, dnr «case:dnr»""",
    ),
    (
        "sv",
        "old-term",
        """Intyg

Härmed intygas att Gustav Adolf Lind, födelsenummer «pnr:short_dash@old», har varit medlem i
Skellefteå Skytteförening sedan 1952.

Skellefteå den 3 november 2025
Ordförande Bo Nyström""",
    ),
    (
        "sv",
        "da-in-sv",
        """Hej,

Jag har arbetat i Danmark och har ett danskt CPR-nummer, «cpr», men bor nu i Malmö med personnummer
«pnr:long_dash». Hur gör jag med skatten för december?

Mvh Niels Madsen""",
    ),
    (
        "sv",
        "teams",
        """[Teams – Lönegruppen]
Sara 10:12: någon har lagt upp en fil med personnummer i den allmänna kanalen
Per 10:14: ja det var jag, raderad nu. Det var tre personer
Sara 10:15: ok, vi måste anmäla det som en personuppgiftsincident""",
    ),
    (
        "sv",
        "tracking",
        """Din försändelse är på väg!
Kollinummer: «num:18»
Försändelse-ID: RR«num:9»SE
Beräknad leverans: 2025-12-02
Avsändare: Apotea AB, org.nr «orgnr»""",
    ),
    (
        "sv",
        "municipality-letter",
        """Hej Maria Lundberg,

Du har ansökt om färdtjänst för din son Viggo Lundberg («pnr:short_dash@kid»). Nämnden har beviljat
färdtjänst till och med 2027-06-30. Färdtjänstkortet skickas till er adress.

Beslutsnummer: «num:7»
Omsorgsförvaltningen, Örebro kommun, «telse:land»""",
    ),
    (
        "sv",
        "mail-auditor",
        """Hej Jonas,

Jag har gått igenom lönelistan för oktober. Två anställda har samma kontonummer («kontose»):
Ida Wester, pnr «pnr:short_dash», och Martin Wester, pnr «pnr:short_dash». De är gifta, så det är
troligen i sin ordning, men kontrollera gärna.

/Revisor Karin Sund""",
    ),
    (
        "sv",
        "chat-bank",
        """Chatt med Nordea 2025-11-12

Kund: hej kommer inte in med bankid
Nordea Assistent: Hej! Jag hjälper dig. Vad gäller det?
Kund: mitt personnummer är «pnr:long» om ni behöver
Nordea Assistent: Tack, men skriv aldrig ditt personnummer i chatten. Jag har tagit bort det. Logga in via appen så hjälper en rådgivare dig.""",
    ),
    (
        "no",
        "tax",
        """Skattemelding for 2024

Navn: Torunn Eide
Fødselsnummer: «fnr»
Kommune: 4601 Bergen
Alminnelig inntekt: 512 300 kr
Skatt å betale: 112 940 kr. Innbetales til kontonummer «kontono», KID «ocr:15».""",
    ),
    (
        "no",
        "card-ocr",
        """Helsenorge · Fastlegeoversikt
Pasient: ANDERS BRÅTEN
Fødselsnr. «fnr:space»
Fastlege: Dr. Kari Sundby, Legesenteret Majorstua
HPR-nr «num:7»""",
    ),
    (
        "fi",
        "tax",
        """Verokortti 2026

Nimi: Matti Hämäläinen
Henkilötunnus: «hetu»
Ennakonpidätysprosentti: 21,5 %
Tulorajasi: 42 000 euroa
Verohallinnon asiakaspalvelu «telfi»""",
    ),
    (
        "fi",
        "school",
        """Wilma-viesti

Hei Eetun huoltajat,
Eetun henkilötunnus («hetu:@kid») tarvitaan leirikoulun vakuutukseen. Kiitos, että toimititte sen.
Terveisin, opettaja Anna Lehto""",
    ),
]
