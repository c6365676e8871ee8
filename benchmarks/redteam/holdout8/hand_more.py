"""Hand-written short documents: Finnish, Norwegian, mixed, and more Danish/Swedish traps (one each)."""

DOCS: list[tuple[str, str, str]] = [
    (
        "fi",
        "fi-letter",
        """Kela - päätös asumistuesta
Hakija: Jussi Lahtinen, henkilötunnus «fi»
Päätöksen numero: «n10»
Tuki alkaa 1.1.2027. Tilinumero FI«n16».""",
    ),
    (
        "fi",
        "fi-school",
        """Oppilasluettelo 3B, Kaukajärven koulu
Aino Rantala «fi@2017-03-03»
Eetu Salo «fi.alt@2017-06-21»
Veeti Koivu «fi@2017-11-30»""",
    ),
    ("fi", "fi-chat", """Moi! Tarviin sun hetun vakuutusta varten, laitatko? -> «fi» kiitos :)"""),
    (
        "fi",
        "fi-payroll",
        """Palkkalaskelma 11/2026
Työntekijä: Minna Aalto  Hetu: «fi.alt»
Y-tunnus: «n7»-«n1»
Bruttopalkka 3 450,00  Ennakonpidätys 22 %""",
    ),
    (
        "fi",
        "fi-negatives",
        """Lasku «n8», viitenumero «n10», Y-tunnus «n7»-«n1». Eräpäivä 15.12.2026. Asiakasnumero 121178-443 (ei henkilötunnus).""",
    ),
    (
        "no",
        "no-letter",
        """NAV - vedtak om dagpenger
Mottaker: Ingrid Solberg, fødselsnummer «no»
Saksnummer: «n9»
Utbetales til kontonummer «n4».«n2».«n5»""",
    ),
    (
        "no",
        "no-payroll",
        """Lønnsslipp november 2026
Ansatt: Håkon Berge, fnr «no.space»
Arbeidsgiver: Fjordkraft Drift AS, org.nr 9«n8»
Brutto 48 200,00  Forskuddstrekk -14 060,00""",
    ),
    (
        "no",
        "no-dnr",
        """Hei, jeg jobber i Norge med D-nummer «nod» fordi jeg er svensk. Mitt svenske personnummer er «se». /Erik""",
    ),
    (
        "no",
        "no-negatives",
        """Faktura 2026-«n5» fra Bergen Rør AS, org.nr 9«n8» MVA. KID-nummer «n11». Kontonummer 1503.«n2».«n5». Telefon 55 «n2» «n2» «n2».""",
    ),
    (
        "no",
        "no-school",
        """Barnehageopptak: Sofie Nilsen (fnr «no@2022-05-14»), foresatt Lars Nilsen (fnr «no»). Søknadsnummer «n8».""",
    ),
    (
        "da",
        "mixed-nordic",
        """Nordisk projektgruppe - deltagerliste
Land | Navn | ID
DK | Signe Flyvholm | «cpr»
SE | Erik Haglund | «se»
NO | Tone Aas | «no»
FI | Kalle Mäki | «fi»""",
    ),
    (
        "sv",
        "mixed-nordic",
        """Gränspendlare i Öresundsregionen - underlag till Skatteverket
Namn;Bosatt;ID-nummer;Arbetsgivare
Jonas Friis;DK;«cpr»;Malmö Stad
Sara Nyholm;SE;«se»;Region Hovedstaden
Mikkel Bro;DK;«cpr.plain»;Lunds universitet
Elin Hjort;SE;«se.plain»;Novo Nordisk""",
    ),
    (
        "en",
        "english",
        """To whom it may concern,
This letter confirms that Ms. Astrid Kjellberg (Swedish personal identity number «se») has been employed by our company since 2021.
Company registration no. «org». Contact: HR, +46 8 «n3» «n2» «n2».""",
    ),
    (
        "en",
        "english",
        """Passenger manifest - ferry Frederikshavn-Göteborg, 30 Nov 2026
Booking «n8»: 2 adults, 1 car (reg. AB «n5»)
Lead passenger: Niels Dam, ID (Danish CPR) «cpr»
Co-passenger: Karin Dam, ID «cpr»""",
    ),
    (
        "de",
        "german",
        """Sehr geehrte Damen und Herren,
anbei die Unterlagen unseres dänischen Mitarbeiters Bjarne Lund (dänische Personennummer «cpr») für die A1-Bescheinigung. Unsere Steuernummer lautet 15/«n3»/«n5».
Mit freundlichen Grüßen""",
    ),
    (
        "da",
        "ocr",
        """Rekvisition ti| hjemmeplejen — CPR: «cpr.space»   Navn: Astrid Gr0n
Adresse: Kirkestræde 2, 4760 Vordingborg   Kontaktperson: datter, tlf «tel»""",
    ),
    (
        "sv",
        "ocr",
        """MEDLEMSANSÖKAN — HSB Brf Kastanjen
Namn: Ingvar Berglöf   Personnr: «se.spdash»
Lgh nr: 1301   Andelstal: O,84 %""",
    ),
    (
        "da",
        "negatives",
        """Sag 040892-1177 i Ankestyrelsen vedrører en klage over en afgørelse fra 2025. Ankestyrelsens sagsnumre består af dato og løbenummer og er ikke personnumre.""",
    ),
    (
        "sv",
        "negatives",
        """Löpnummer för inkomna handlingar 2026:
261101-0012 Ansökan bygglov
261101-0013 Grannemedgivande
261102-0001 Komplettering
(diarieförda löpnummer: datum + nummer)""",
    ),
    (
        "da",
        "negatives",
        """Kundeservice: Dit ordrenummer er 1910631145 og dit pakkenummer 00370726201234567890. Ring 33 14 25 16 ved spørgsmål. Husk: vi beder aldrig om dit CPR-nummer.""",
    ),
    (
        "sv",
        "negatives",
        """Swish-nummer till insamlingen: 123 «n3» «n2» «n2». Bankgiro 900-«n4». Organisationsnummer «org». Tack för ditt bidrag!""",
    ),
    (
        "da",
        "hr",
        """Lønsedler for november er sendt til e-Boks. Bemærk: nogle medarbejdere har fået forkert feriesaldo - kontakt løn@firma.dk med dit medarbejdernr. (ikke CPR).""",
    ),
    (
        "sv",
        "hr",
        """Påminnelse: lämna in dina kvitton för friskvårdsbidrag senast 15/12. Skriv ditt anställningsnummer på kuvertet, inte personnumret.""",
    ),
    (
        "da",
        "daycare",
        """Dagplejen Solsikken - vagtplan uge 50
Mandag: Kirsten (gæstedagpleje for Alfred og Mynte)
Tirsdag: lukket (kursus)
Ring til dagplejekontoret på «tel» ved sygdom.""",
    ),
    (
        "sv",
        "preschool",
        """Till vårdnadshavare på Förskolan Tallen: vi fotograferar barnen 9/12. Meddela om ditt barn inte får fotograferas. Ingen anmälan behövs.""",
    ),
    (
        "da",
        "pharmacy",
        """Prisliste håndkøb - uge 49
Varenr 021563 Panodil 500 mg 20 stk 24,95
Varenr 458112 Nezeril 0,1 mg/ml 29,95
Varenr 101020 Zyrtec 10 mg 30 stk 59,95""",
    ),
    (
        "sv",
        "vet",
        """Vaccinationsintyg: Hund Smilla, chip 752098100«n6», vaccinerad 2026-11-02 mot valpsjuka. Veterinär leg.nr «n5». Ägare: Jenny Å.""",
    ),
    (
        "da",
        "shipping",
        """Containerliste, Aarhus Havn
MAEU «n7» 40HC  bruttovægt 26.400 kg  segl «n8»
MSCU «n7» 20DV  bruttovægt 18.110 kg  segl «n8»
Booking «d10», toldreference 26DK«n14»""",
    ),
    (
        "sv",
        "shipping",
        """Fraktsedel DB Schenker «n10»
Avsändare: Kronobergs Bokföringstjänst AB
Mottagare: Hanna Ek, c/o Ek, Bergsgatan 4, Kiruna
Mottagarens personnummer (för utlämning mot legitimation): «se»""",
    ),
    (
        "da",
        "building",
        """BBR-meddelelse for ejendom nr. «n6», Horsens Kommune
Ejer 1: Thyge Haahr, «cpr»
Ejer 2: Ester Haahr, «cpr»
Bygning 1: Fritliggende enfamiliehus, opført 1974""",
    ),
    (
        "sv",
        "building",
        """Startbesked, ärende BYGG 2026-«n4». Byggherre: Nordvik Bemanning AB (org.nr «org»). Kontrollplan bifogas. Inga personuppgifter utöver kontaktpersonens namn behandlas.""",
    ),
    (
        "da",
        "sports",
        """Resultatliste, klubmesterskab i bordtennis
1. Mathias Krag 3-0
2. Oskar Lindahl 3-1
3. Frej Dalby 3-2
Kampnr 1201261 - 1201268 spilles søndag""",
    ),
    (
        "sv",
        "sports",
        """Hej! Sonens lag åker till Norway Cup. Arrangören vill ha personnummer på alla spelare. Ture: «se@2012-08-19», Vilgot: «se@2012-11-03». Mvh Lena, lagledare""",
    ),
    (
        "da",
        "dental",
        """Tandlæge-regning, patient «cpr», behandling 18.11.2026: tandrensning 390 kr, røntgen 2 stk 310 kr. Tilskud fra sygeforsikring danmark, medlemsnr. «d10».""",
    ),
    (
        "sv",
        "dental",
        """Tandvårdsstöd - ATB. Patient: «se.longdash». Period 2026-07-01 - 2027-06-30. Belopp 600 kr. Referens «l10».""",
    ),
    (
        "da",
        "pension",
        """Din pensionsopsparing er flyttet. Fra: PFA (police «d10») Til: Sampension (aftalenr «d10»). Spørgsmål? Skriv til os og oplys dit kundenummer, ikke dit CPR.""",
    ),
    (
        "sv",
        "pension",
        """Intyg från Alecta: Pensionsgrundande lön 2026 för «se.long»: 512 400 kr. Premiebestämd del ITP1. Intygsnr «l10d».""",
    ),
    (
        "da",
        "estate",
        """Til Arvestyrelsen: afdøde Knud Vestergaard («cpr@1930-03-11») efterlod sig ingen livsarvinger. Bobestyrer: advokat Lea Frost, j.nr. 26-«n4».""",
    ),
    (
        "sv",
        "estate",
        """Arvskifte efter Elsa Norén (avliden 2026-07-14, pnr «seold@1920-07-14»). Arvingar: Per Norén «se», Anita Holm «se».""",
    ),
    (
        "da",
        "email",
        """Hej Karsten - bare så du ved det: nummeret på din lejekontrakt er 2405791033, det er IKKE dit cpr. Vi har rettet fejlen i brevet. Mvh Boligselskabet""",
    ),
    (
        "sv",
        "email",
        """Hej! Ditt kundnummer hos oss är 7011051257 och ditt avtalsnummer 9803240089. Dessa nummer liknar personnummer men är det inte. /Kundservice Elbolaget""",
    ),
    (
        "da",
        "email",
        """Til: sekretariatet
Min søn Villum skal til skolepsykolog. Hans CPR er «cpr7.plain@2015-04-22» og min er «cpr». Kan I sende indkaldelsen til mig?
/Malene Toft""",
    ),
    (
        "sv",
        "email",
        """Till: antagning@gymnasiet.se
Hej, jag heter Selma och söker till natur. Mitt personnummer är «se.plain@2011-03-15». Min mamma heter Linda och hennes är «se.plain». Tack!""",
    ),
    (
        "da",
        "letter",
        """Kriminalforsorgen, Område Nordjylland
Vedr.: «cpr», fodlænkeafsoning fra 04.01.2027
Journalnr. 2026-«n4»-«n5»""",
    ),
    (
        "sv",
        "letter",
        """Polismyndigheten - kvitto på anmälan
Anmälningsnummer: 5000-K«n6»-26
Målsägande: «se»
Brottskod 0901 (stöld). Förundersökning inledd.""",
    ),
    (
        "da",
        "table",
        """Hjemmepleje - ruteplan 01.12
07:30  Ruth Larsen      «cpr@1933-04-04»   Medicin, bad
08:15  Erling Mørch     «cpr@1940-09-19»   Kompressionsstrømper
09:00  Grethe Aagaard   «cpr@1928-01-01»   Morgenmad
Rute 14 - bil DK «n5»""",
    ),
    (
        "sv",
        "table",
        """Hemtjänst - insatser vecka 49
Brukare          Personnr          Insats
Doris Wallin     «seold@1926-02-02»     Dusch, tillsyn
Evert Lund       «seold@1919-10-10»     Matdistribution
Rigmor Alm       «se@1934-05-05»     Inköp""",
    ),
    (
        "da",
        "negatives",
        """Bilag til årsregnskab: CVR «cvr», P-nr «pnr», SE-nr «cvr», reg.nr 7670, konto «d10», EAN 579800«n7». Revisors MNE-nr mne«n5».""",
    ),
    (
        "sv",
        "negatives",
        """Leverantörsreskontra
Lev.nr     Namn                     Org.nr        Bankgiro
«l10»  Svea Kontor AB           «org»   «n4»-«n4»
«l10»  Lundby Transport HB      «org»   «n4»-«n4»
«l10»  Östgöta Plåt AB          «org»   «n4»-«n4»""",
    ),
    ("da", "sms", """Din pakke fra Matas er klar til afhentning i Netto Vestergade. Kode: «n6». Pakkenr. «d10»."""),
    ("sv", "sms", """Din kod till 1177: «n6». Dela aldrig koden eller ditt personnummer med någon som ringer dig."""),
    (
        "da",
        "mixed",
        """Hi Lena, I'm sending the Danish details for the payroll setup: Emma Ravnkilde, CPR «cpr», start date 2027-01-04. Her Swedish coordination number will follow. Br, Jakob""",
    ),
    (
        "sv",
        "mixed",
        """Hej Jakob! Tack. Vi har fått hennes samordningsnummer nu: «sesam.plain». Danska CPR-numret lägger jag inte in i vårt system. /Lena""",
    ),
    (
        "da",
        "form",
        """Blanket: Anmodning om aktindsigt
Navn: Rasmus Holt  CPR-nr. (frivilligt): «cpr»
Sagen drejer sig om: min ejendomsvurdering, vurderingsejendom-id «n7»""",
    ),
    (
        "sv",
        "form",
        """Anmälan om ändrad inkomst - bostadstillägg
Personnummer: «seold@1926-11-30»  Namn: Anna-Greta Boman
Ny inkomst per månad: 14 820 kr
Underskrift: ______ Datum: 2026-11-30""",
    ),
    (
        "da",
        "json",
        """[{"medlem":"«d10»","navn":"Ole Kvist","cpr":null},{"medlem":"«d10»","navn":"Tine Sand","cpr":"«cpr»"},{"medlem":"«d10»","navn":"Nis Vang","cpr":"«cpr.plain»"}]""",
    ),
    (
        "sv",
        "json",
        """{"deltagare":[{"namn":"Malte Ohlsson","pnr":«se.plain»},{"namn":"Ella Widén","pnr":«se.plain»}],"kurskod":"«l10»"}""",
    ),
    (
        "da",
        "url",
        """Debitorlink: https://betal.example.dk/faktura/«d10»?kunde=«d10x»&belob=1250
Betales senest 15.12.2026.""",
    ),
    (
        "sv",
        "url",
        """Klicka här för att se din deklaration: https://skatteverket.example/dekl?id=«l10»&ar=2026 (länken innehåller inget personnummer)""",
    ),
    (
        "da",
        "prose",
        """I 1990'erne havde min mor et CPR med en kontrolcifferfejl i banken, så hun fik et nyt: «cpr». Det gamle kender jeg ikke.""",
    ),
    (
        "sv",
        "prose",
        """Jag är född på skottdagen 1988 och mitt personnummer är «se@1988-02-29». Varje gång någon webbsida säger att datumet är ogiltigt blir jag lika irriterad.""",
    ),
    (
        "da",
        "prose",
        """Han er født den 29. februar 1996, cpr «cpr@1996-02-29», og fejrer fødselsdag hvert fjerde år.""",
    ),
    (
        "sv",
        "prose",
        """Vid 2000-talets början fick min son personnumret «se@2000-01-01» - han är ett millennium-barn. Hans syster är född 2024: «se@2024-02-29».""",
    ),
    (
        "da",
        "chat",
        """gruppe: "Forældre 3.A"
Lise: nogen der kender tlf til Hannes mor?
Per: 2«n7»
Lise: tak! og hvad var skolefotografens ordrenr?
Per: 0312«n6» tror jeg""",
    ),
    (
        "sv",
        "chat",
        """Anna: vad var nu ditt personnummer igen, ska fylla i försäkringen
Bo: «se.plain»
Anna: och Idas?
Bo: «se.plain@2019-07-07»""",
    ),
    (
        "da",
        "log",
        """2026-12-01 07:00:00 INFO import start fil=cpr_opdatering_20261201.txt linjer=3
2026-12-01 07:00:00 INFO opdateret «cpr.plain» adresse
2026-12-01 07:00:01 INFO opdateret «cpr.plain» civilstand
2026-12-01 07:00:01 INFO opdateret «cpr7.plain» navn
2026-12-01 07:00:01 INFO import slut, varighed 1201 ms""",
    ),
    (
        "sv",
        "log",
        """2026-12-01T06:00:02 lonefil OK rader=3 summa=«n7» fil=LON_«l10».txt
2026-12-01T06:00:02 varning: rad 2 personnummer «sebad» har felaktig kontrollsiffra, raden hoppades över""",
    ),
    (
        "da",
        "negatives",
        """Vagtplan, Ringsted Brandstation
Vagtnr 0112261 - 0112264
Holdleder tlf «tel»
Køretøjer: M1 (reg. AB 12 345), T2 (reg. CD 67 890)""",
    ),
    (
        "sv",
        "negatives",
        """Sammanträdesprotokoll, Byggnadsnämnden 2026-11-26
§ 201 Dnr 2026-1102 Bygglov Tallkotten 7 - bifall
§ 202 Dnr 2026-1118 Strandskyddsdispens - avslag
§ 203 Dnr 2026-1121 Rivningslov - bordläggs
Justerat 2026-11-30""",
    ),
    (
        "da",
        "invoice",
        """Faktura fra Dyrlægehuset Vest - ejer: Karen Bisp (CPR «cpr»), dyr: Rosa (hest), UELN 208001«n9». Ydelse: tandraspning 1.450,00. Betal til 9877-«d10».""",
    ),
    (
        "sv",
        "invoice",
        """Kvitto Stall Tallbacken - Inackordering december 4 200 kr. Kund: Ellinor Ståhl («se»). Swish till 123«n7».""",
    ),
    (
        "da",
        "hr",
        """Personalekort
Navn: Mona Kjær  CPR «cpr.endash»
Ansat 01.03.2011  Stilling: laborant
Nærmeste pårørende: Bent Kjær (ægtefælle), tlf «tel»""",
    ),
    (
        "sv",
        "hr",
        """Personalkort
Namn: Lukas Sandell   Personnr «se.space»
Anställd 2014-09-01   Befattning: lagerarbetare
Anhörig: Frida Sandell, tel «mob»""",
    ),
    (
        "da",
        "markdown",
        """| Kunde | Kundenr. | Telefon |
|---|---|---|
| Jens Vig | «d10» | «tel» |
| Bo Nord | «d10» | «tel» |
| Ane Hvid | «d10» | «tel» |""",
    ),
    (
        "sv",
        "markdown",
        """| Kund | Kundnr | Telefon |
|---|---|---|
| Ida Blom | «l10» | «mob» |
| Sten Falk | «l10» | «mob» |
| Märit Ros | «l10» | «mob» |""",
    ),
    (
        "da",
        "letter",
        """Kære Asger
Din ansøgning om friplads i SFO er modtaget. Vi har registreret dit barn, «cpr7@2019-10-01», og beregner tilskud ud fra husstandens indkomst. Du hører fra os inden 4 uger. Sagsnr. «d10x».""",
    ),
    (
        "sv",
        "letter",
        """Hej Nadia, din ansökan om barnomsorg för «se@2024-06-06» är registrerad. Köplats: 14. Vi hör av oss senast 2027-03-01. Ärende «l10d».""",
    ),
    (
        "da",
        "ocr",
        """OVERDRAGELSESERKLÆRING — KØRETØJ
Sæ|ger: Bent Hyld, CPR «cpr»   Kober: Nina Sten, CPR «cpr»
Reg.nr: AX 41 «n3»   Stelnr: WVWZZZ«n11»""",
    ),
    (
        "sv",
        "ocr",
        """KOPIA - Köpekontrakt fordon
Säljare: Jörgen Alm, pnr «se»    Köpare: Vilma Lind, pnr «se»
Reg.nr: ABC «n3»  Pris: 45 OOO kr""",
    ),
]
