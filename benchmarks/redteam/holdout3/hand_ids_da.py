"""Hand-written Danish documents for identifiers.jsonl (each written once, values drawn by render.py).

Slots: «cpr»/«cpr:FORM» a labelled CPR (forms: dash, plain, space, endash, spdash, dots); «cpr7» one issued
without modulus 11; every other «kind» is an unlabelled hard negative (see render.NEGATIVE).
"""

from __future__ import annotations

DOCS: list[tuple[str, str]] = [
    (
        "mail-municipality",
        """Fra: Borgerservice <borgerservice@frederikssund.dk>
Til: Rikke Lauridsen
Emne: Vedr. din ansøgning om boligstøtte - sag «case:dk»

Kære Rikke Lauridsen

Tak for din ansøgning, som vi modtog den 14. november. For at vi kan behandle den, mangler vi
lønsedler for de seneste tre måneder for både dig og din samlever.

Din samlever er registreret med CPR-nr. «cpr» på adressen. Hvis det ikke er korrekt, skal du
kontakte os.

Du kan sende dokumenterne sikkert via borger.dk. Husk at skrive sagsnummeret i emnefeltet.

Med venlig hilsen
Jonas Thygesen
Ydelsesservice, Frederikssund Kommune
Tlf. «teldk»
""",
    ),
    ("sms", """hej Lone, kan du give lægen mit cpr når du ringer? det er «cpr:plain» 🙏 jeg når ikke hjem før 16"""),
    (
        "sms",
        """Mor: Hvad er Sofies cpr igen? Skal bruge det til tandlægen
Mig: «cpr7:@kid»
Mor: tak skat ❤️""",
    ),
    (
        "chat",
        """[09:12] Kasper Holm: har du lige CPR på den nye i lageret? lønsystemet brokker sig
[09:13] Trine Bach: Ahmad? «cpr:space»
[09:13] Kasper Holm: og kontonr?
[09:14] Trine Bach: reg «kontodk:datelike» står på hans blanket
[09:14] Kasper Holm: 👍 tak""",
    ),
    (
        "mail-union",
        """Kære Bjarne

Jeg har talt med din arbejdsgiver om opsigelsen. De har bekræftet, at du er ansat pr. 1. august 2019,
så din opsigelsesvarsel er fire måneder.

Til sagen hos a-kassen skal jeg bruge dit medlemsnummer og dit personnummer. Medlemsnummeret har jeg
(«num:7»), men dit CPR mangler i systemet – kan du sende det i en sikker mail?

Venlig hilsen
Lisbeth Krogh, faglig konsulent
3F Midtjylland, afd. Herning""",
    ),
    (
        "mail-union",
        """Hej Lisbeth

Her er det: «cpr»

Og ja, jeg er stadig på adressen i Sunds.

Mvh Bjarne Kjeldsen""",
    ),
    (
        "letter-landlord",
        """BOLIGSELSKABET ØSTERPORT
Afdeling 12 – Rosenhaven

Lejemål nr. «num:5»
Lejer: Hanne og Preben Dalgaard
Ejendomsnr. «num:6»

OPGØRELSE AF VARME OG VAND 2025

Forbrugsperioden 1. juni 2024 – 31. maj 2025
Aconto indbetalt:  «amount» kr.
Faktisk forbrug:   «amount» kr.

Efterbetalingen opkræves sammen med huslejen for februar. Spørgsmål kan rettes til kontoret på
«teldk» mandag-torsdag kl. 10-14. Husk at oplyse lejemålsnummer - ikke CPR-nummer - når du ringer.
""",
    ),
    (
        "letter-landlord",
        """Til Boligselskabet Østerport

Jeg vil hermed opsige mit lejemål i afd. 12, Rosenhaven 4, 2. th., til fraflytning 1. marts.

Navn: Preben Dalgaard
CPR: «cpr»
Ny adresse: Søndergade 41, 8700 Horsens
Kontonummer til tilbagebetaling af depositum: «kontodk»

Venlig hilsen
Preben Dalgaard""",
    ),
    (
        "mail-bank",
        """Kære Ida Munk

Vi har modtaget dit ønske om at oprette en børneopsparing til dit barnebarn. Vi skal bruge barnets
CPR-nummer og en kopi af dit eget sundhedskort eller pas.

Du skrev i din besked: "Hun hedder Alma og har CPR-nr «cpr7:@kid»." - det har vi noteret.

Kontoen oprettes som reg.nr. «num:4» konto «num:10», og du får besked i din netbank, når den er klar.

Venlig hilsen
Rådgiver Mikael Dahl, Sparekassen Kronjylland""",
    ),
    (
        "mail-insurer",
        """Emne: Skadeanmeldelse – tyveri af cykel, skadenr. «case:x»

Hej

Jeg anmeldte tyveriet af min cykel online i går, men I beder nu om mit personnummer, så det kommer
her: «cpr:dash». Policenummer er «num:9».

Stelnummer på cyklen: WBK«num:7»
Politiets journalnummer: «case:police»

Mvh
Jesper Frandsen""",
    ),
    (
        "mail-insurer",
        """Kære Jesper Frandsen

Tak for din anmeldelse. Vi har registreret skaden under skadenummer «case:x» og policenummer «num:9».
Du skal ikke sende dit CPR-nummer pr. mail – vi har det allerede fra din police. Vi har slettet det fra
din mail i vores system.

Erstatningen udbetales til din NemKonto, når vi har modtaget kvitteringen.

Med venlig hilsen
Skadeafdelingen, Tryghed Forsikring A/S
CVR «cvr»""",
    ),
    (
        "payslip",
        """LØNSEDDEL                                  Periode: 01.10.2025 - 31.10.2025
Kaj Andersen Transport ApS · CVR-nr. «cvr» · P-nr. «pnum»

Medarbejder:  Nadia Rasmussen                  Medarb.nr.: «num:5»
CPR-nr.:      «cpr»                           Afdeling:   Lager
Skattekort:   Hovedkort                        Trækprocent: 38 %

Løn                 160,33 t x 172,50       «amount»
Pension 4 %                                 «amount»
AM-bidrag 8 %                               «amount»
A-skat                                      «amount»
Udbetalt til konto «kontodk»                «amount»
""",
    ),
    (
        "spreadsheet",
        """Navn\tCPR\tStartdato\tTimer/uge
Mads Lund\t«cpr»\t01-02-2024\t37
Sara Nygaard\t«cpr»\t15-03-2024\t25
Emil Bruun\t«cpr»\t01-06-2025\t37
Fatima Ali\t«cpr»\t01-09-2025\t30
""",
    ),
    (
        "spreadsheet",
        """Løbenr.;Dato;Beløb;Bilag
«datelike»;03-01-2025;1.250,00;K-101
«datelike»;03-01-2025;489,50;K-102
«datelike»;07-01-2025;12.000,00;K-103
«datelike»;09-01-2025;75,00;K-104
«datelike»;14-01-2025;3.312,75;K-105
«datelike»;21-01-2025;640,00;K-106
""",
    ),
    (
        "form",
        """ANMODNING OM AKTINDSIGT

Navn: Birgitte Skov
Adresse: Algade 9, 4000 Roskilde
CPR-nr. (frivilligt): «cpr:space»
Telefon: «teldk»

Jeg anmoder om aktindsigt i min sag om ressourceforløb (j.nr. «case:jnr»), herunder
lægeerklæringer og notater fra rehabiliteringsteamet.

Dato: 12/10-2025      Underskrift: Birgitte Skov""",
    ),
    (
        "ocr-letter",
        """SKAT
Postboks 1000, 2860 Søborg

Afsender: Skattestyrelsen                  Dato: 28. februar 2025
Modtager:
Torben Vestergaard
Birkevej 3
6800 Varde

CPR-nr. «cpr:dash»
                                                         Side 1 af 2
ÅRSOPGØRELSE 2024

Din skattepligtige indkomst er opgjort til «amount» kr. Du skal have «amount» kr. tilbage.
Beløbet bliver udbetalt til din NemKonto inden 5 bankdage.
Kontrolnummer: «num:8»""",
    ),
    (
        "ocr-letter",
        """Region Midtjylland
Hospitalsenheden Vest · Ortopædkirurgi

lNDKALDELSE TIL OPERATION

Patient: Gunhild Mogensen
Cpr.nr.:  «cpr:spdash»

Du er indkaldt til operation (knæ, højre side) tirsdag den 9. december kl. 07.30.
Du skal møde fastende fra kl. 24.00.
Hvis du er forhindret, bedes du ringe på tlf. «teldk» hverdage 8-14.

Henvisningsnr. «num:10»     Afd. kode «num:4»""",
    ),
    (
        "mail-doctor",
        """Hej Dorte

Min søn Malthe (CPR «cpr7:@kid») har haft feber i fire dage og hoster om natten. Kan vi få en tid i
morgen? Jeg kan komme efter kl. 14.

Han er tilmeldt hos jer, men står måske stadig med den gamle adresse på Vestergade.

Hilsen Line Østergaard
«teldk:4»""",
    ),
    (
        "mail-employer",
        """Hej Maria

Velkommen om bord! Før din første dag mangler vi et par oplysninger til lønsystemet:

- CPR-nummer
- reg.nr. og kontonummer (eller NemKonto)
- pensionsselskab, hvis du har en eksisterende ordning

Du må IKKE sende CPR-nummeret her i mailen - brug linket til vores sikre formular i stedet.

Mvh
Pernille, HR
Nordvest Revision ApS · CVR «cvr»""",
    ),
    (
        "mail-employer",
        """Hej Pernille

Beklager, jeg så først linket bagefter. Mit CPR er «cpr:plain», konto «kontodk». Pension har jeg i
PFA med policenr. «num:8».

Ses mandag!
Maria Winther""",
    ),
    (
        "minutes",
        """Referat af bestyrelsesmøde i Grundejerforeningen Skovbrynet, 3. november 2025

Til stede: Anders (formand), Vibeke, Henrik, Lise. Afbud: Claus.

1. Regnskab: Kassereren gennemgik regnskabet. Foreningens konto «kontodk» har en saldo på «amount» kr.
   CVR-nr. «cvr» skal opdateres i Erhvervsstyrelsen, da adressen er ændret.
2. Vejbelysning: Tilbud fra el-installatør (tilbudsnr. «num:6») godkendt.
3. Nye medlemmer: Nr. 14 og nr. 22 er solgt. Medlemsnumre «num:4» og «num:4» tildeles.
4. Eventuelt: Husk at referatet lægges på hjemmesiden - uden personnumre og telefonnumre.
""",
    ),
    (
        "complaint",
        """Til Ankestyrelsen

KLAGE OVER AFGØRELSE OM TABT ARBEJDSFORTJENESTE

Jeg klager over Aalborg Kommunes afgørelse af 2. oktober 2025 (sagsnr. «case:dk»), hvor min ansøgning
om tabt arbejdsfortjeneste til pasning af min datter blev afslået.

Mine oplysninger:
Navn: Kenneth Bæk Sørensen, CPR «cpr»
Barnets navn: Liva Bæk Sørensen, CPR «cpr7:@kid»

Kommunen har ikke taget stilling til lægens udtalelse af 20. august, selvom den blev sendt med
ansøgningen. Jeg vedlægger den igen.

Venlig hilsen
Kenneth Bæk Sørensen""",
    ),
    (
        "mail-school",
        """Kære forældre i 4.B

Vi skal på lejrskole i uge 38. Husk at udfylde sedlen om allergier og medicin og aflevere den senest
fredag. I skal IKKE skrive jeres barns CPR-nummer på sedlen - skolen har det i forvejen. Hvis I vil
betale via MobilePay, er nummeret «num:5».

Hilsen Karina (klasselærer)""",
    ),
    (
        "mail-school",
        """Hej Karina

Sedlen for Noah er vedlagt. Hans sygesikringsbevis skal nok med, så her er nummeret alligevel,
hvis der skulle ske noget: «cpr7:dash@kid». Han må ikke få nødder.

Mvh Jannik (far til Noah)""",
    ),
    (
        "mail-lawyer",
        """Kære Henrik Brandt

Som aftalt fremsender jeg udkast til skøde vedrørende ejendommen matr.nr. 7bq Hjortshøj By, Hjortshøj.

Køber:  Anne Sofie Kvist, CPR «cpr»
        Thomas Kvist, CPR «cpr»
Sælger: Dødsboet efter Inge Margrethe Holm, CVR/SE-nr. «cvr»

Købesum: kr. «amount». Købesummen deponeres på klientkonto reg.nr. «num:4» kontonr. «num:10».

Venlig hilsen
Advokat Camilla Friis
Friis & Leth Advokater · J.nr. «case:jnr»""",
    ),
    (
        "note-probate",
        """Dødsbo efter Inge Margrethe Holm, født 3. april 1931, død 22. august 2025.
Afdødes CPR-nr.: «cpr:dash@1931-04-03»
Skifteretten i Aarhus, sagsnr. BS-«num:5»/2025.
Arvinger: Kirsten Holm (datter), Ole Holm (søn).""",
    ),
    (
        "mail-forward",
        """-----Oprindelig meddelelse-----
Fra: Peter Laursen
Sendt: 3. juni 2025 08:14
Til: Kontoret
Emne: SV: SV: adresseændring

Jeg er flyttet. Ny adresse: Kirkestien 2, 5700 Svendborg. Mit CPR står nedenfor i den oprindelige mail.

> Fra: Kontoret
> Hvad er dit kunde- og CPR-nummer?
>
> > Fra: Peter Laursen
> > Kundenr «num:8», cpr «cpr»
""",
    ),
    (
        "guidance",
        """Sådan udfylder du blanketten

Felt 3: Skriv dit CPR-nummer som 10 cifre, fx DDMMÅÅ-XXXX. Skriv ikke et fiktivt nummer som
010101-0101 eller 123456-7890 - blanketten bliver så afvist.

Felt 4: Dit kundenummer står øverst på din seneste regning (8 cifre).

Felt 5: CVR-nummer, hvis du ansøger som virksomhed.""",
    ),
    (
        "masked",
        """Kvittering for indberetning

Vi har modtaget din indberetning for CPR-nr. 1203XX-XXXX (de sidste fire cifre vises ikke).
Indberetningen har kvitteringsnummer «num:12» og er registreret den 4. marts 2025.
Referencenummer til brug ved henvendelse: «datelike:dash»
""",
    ),
    (
        "invoice",
        """FAKTURA nr. «num:6»                                         Dato: 02.09.2025

Kunde:          Marianne Juhl
Kundenummer:    «datelike»
Ordrenummer:    «datelike»
Leverandør:     Vinduespudser Jensen · CVR «cvr» · P-nr. «pnum»

3 x vinduespudsning, rækkehus                                  «amount»
Moms 25 %                                                       «amount»
I alt                                                           «amount»

Indbetales via FI-kort: +71<«ocr:15»+«num:8»<
eller til konto «kontodk»""",
    ),
    (
        "invoice",
        """Kreditnota «num:7» til faktura «num:7»

Kunde: Bent Vinther, kundenr. «datelike:mod11»
EAN/GLN: «ean»

Beløb krediteret: «amount» kr. inkl. moms
Betalings-ID: «ocr:15»""",
    ),
    (
        "sms",
        """Din pakke fra Matas er klar til afhentning i Pakkeshop Netto Vesterbro. Kode: «num:6». Trackingnr. «num:10»«num:8». Medbring ID.""",
    ),
    (
        "sms",
        """Husk din tid hos tandlæge Bech onsdag 10/12 kl. 8.15. Afbud senest dagen før på «teldk». Svar ikke på denne SMS. Ref «datelike»""",
    ),
    (
        "mail-municipality",
        """Hej Søren

Her er listen over borgere, der mangler at aflevere dokumentation til kontanthjælpssagerne. Jeg har
taget CPR med, så du kan finde dem i fagsystemet:

«cpr»  Ali Hassan
«cpr»  Charlotte Pihl
«cpr»  Steffen Bang
«cpr:plain»  Rasmus Møller

Husk at slette mailen, når du har opdateret sagerne.

/Gitte""",
    ),
    (
        "mail-municipality",
        """Til Jobcenter Odense

Jeg er blevet bedt om at sende mit cpr nummer for at kunne blive afmeldt som ledig, da jeg er startet i
job. Det er «cpr:endash». Jeg er startet den 1. november hos Elgiganten.

Hilsen Mustafa Yilmaz""",
    ),
    (
        "mail-pension",
        """Kære Bodil Hjort

Vi bekræfter hermed, at din pension fra PensionDanmark (policenr. «num:10») er sat til udbetaling fra
1. januar 2026. Udbetalingen sker den sidste hverdag i måneden til konto «kontodk».

Ændringer til din skattekort sker automatisk via Skattestyrelsen.

Ved henvendelse bedes du oplyse dit kundenummer «datelike» eller dit CPR-nummer.

Venlig hilsen
PensionDanmark""",
    ),
    (
        "note",
        """Telefonnotat 11.11.2025 kl. 13.40

Ringede: Vagn Eriksen (pårørende, søn)
Vedr.: Far, Erling Eriksen, cpr «cpr@1938-02-14», bor på Plejecenter Lindebo, stue 14.
Sønnen ønsker et møde om medicinen. Tlf. «teldk». Aftalt møde 18.11. kl. 10.
/Lene (sygeplejerske)""",
    ),
    (
        "csv",
        """medarbejdernr,navn,cpr,afdeling,email
«num:4»,Mikkel Dam,«cpr:plain»,Salg,mdam@firma.dk
«num:4»,Louise Berg,«cpr:plain»,Salg,lberg@firma.dk
«num:4»,Anders Riis,«cpr:plain»,IT,ariis@firma.dk
""",
    ),
    (
        "spreadsheet",
        """Kundenr.\tNavn\tPostnr.\tSidste ordre
«datelike»\tBrdr. Vestergaard I/S\t7100\t«date:dmy»
«datelike»\tHansens Is\t8600\t«date:dmy»
«datelike»\tAnni Madsen\t4700\t«date:dmy»
«datelike»\tKlinik for Fodterapi\t2300\t«date:dmy»
«datelike»\tTømrer Lund\t9000\t«date:dmy»
""",
    ),
    (
        "form",
        """TILMELDING TIL FRITIDSKLUBBEN KRUMMEN

Barnets navn: Victor Løvgren       CPR: «cpr7:plain@kid»
Klasse: 3.A
Forælder 1: Julie Løvgren          Mobil: «teldk»
Forælder 2: Martin Løvgren         Mobil: «teldk:intl»
Må barnet gå selv hjem?  ☑ ja  ☐ nej""",
    ),
    (
        "mail-car",
        """Hej

Jeg har købt en brugt Skoda af jer (reg.nr. «regnr», stelnr. TMBJG7NE«num:9»). Forsikringen beder
om ejerens CPR til registreringen – det er mit: «cpr». Kan I sende slutsedlen igen?

Mvh Allan Thomsen""",
    ),
    (
        "ocr-letter",
        """ATP Livslang Pension                     Kongens Vænge 8, 3400 Hillerød

                                          Dato 15-01-2025
Karen Lykke Mortensen
Havnevej 12, 1.
5600 Faaborg                              Cpr-nr. «cpr»

Pensionsoversigt pr. 31.12.2024
Indbetalt i alt .................. «amount» kr.
Forventet årlig pension fra 67 år  «amount» kr.

Journalnr. «num:10»""",
    ),
    (
        "mail-association",
        """Kære medlemmer af Roklubben Viking

Vi skal indberette tilskud til kommunen, og til det skal vi bruge CPR-nr. på alle medlemmer under 25.
Kassereren har sendt en liste, men der mangler tre:

Oliver Friis, «cpr7:@kid»
Ella Hviid, «cpr:dash@kid»
Anton Krag, mangler

Anton - send gerne dit til kassereren på mail, ikke i Facebookgruppen 😉

Roklig hilsen
Bestyrelsen""",
    ),
    (
        "note",
        """Kontaktoplysninger flyttet til ny patientjournal:
Navn: Sven Aage Poulsen
F. 17.08.1949
Personnummer: «cpr@1949-08-17»
Egen læge: Lægerne i Ribe, ydernr. «num:6»""",
    ),
    (
        "mail-audit",
        """Hej alle

I forbindelse med GDPR-gennemgangen fandt vi en gammel Excel-fil på S-drevet med 412 rækker med
navne og personnumre (fx række 2: «cpr:plain»). Filen er nu flyttet til ESDH og slettet fra drevet.
Eksempler på andre numre i filen, som ikke er CPR: kundenr. «datelike», P-nr. «pnum», telefon «teldk».

/Jakob, IT""",
    ),
    (
        "mail-tax",
        """Hej

Min revisor siger, at jeg skal oplyse SE-nr. og CPR på fakturaen, når jeg er enkeltmandsvirksomhed
uden CVR. Er det rigtigt? Jeg har skrevet: "Martin Kure, cpr «cpr», SE-nr. «cvr»".

Mvh Martin""",
    ),
    (
        "chat",
        """Lærke 14:02
kan du huske hvad vores husstands nummer hos forsyningen er?

Rune 14:05
kundenr «num:8», måler «num:9». de vil også have dit cpr

Lærke 14:06
«cpr» er det bare det?

Rune 14:06
ja""",
    ),
    (
        "mail-hospital",
        """Kære Hans-Christian Wulff

Du er henvist til MR-scanning af ryggen. Tiden er torsdag den 27. november kl. 15.20 i Billeddiagnostisk
Afdeling, indgang 8.

Medbring dit gule sundhedskort. Hvis du ikke har det, skal du kende dit CPR-nummer.

Henvisnings-ID: «num:10»
Ved spørgsmål: «teldk»

Med venlig hilsen
Sekretær Malene Jeppesen""",
    ),
    (
        "notes-police",
        """Politirapport, journalnr. «case:police»

Anmelder: Lise Gram, f. «cpr»
Anmeldt: tyveri fra kælderrum, Ryesgade 30
Tidsrum: 8.-10. maj 2025
Vidne: Nabo Poul Iversen, tlf. «teldk»""",
    ),
    (
        "ocr-letter",
        """UDBETALING DANMARK
Familieydelser

Dato: 20.03.2025
Sagsnr.: «num:10»

Til Amina Hussein
Møllebakken 14, 2. mf
7100 Vejle

BØRNE- OG UNGEYDELSE
Du får udbetalt ydelse for:
Yusuf Hussein        CPR-nr. «cpr7:@kid»
Maryam Hussein       CPR-nr. «cpr7:@kid»
Beløbet udbetales til din NemKonto den 20. april 2025.""",
    ),
    (
        "mail-hr",
        """Hej Steen

Vedr. opsigelse af Jan Mortensen: Han er født 1961 og har været ansat i 27 år, så funktionærlovens
§ 2a om fratrædelsesgodtgørelse er relevant. Medarbejdernr. «num:5», ansættelsesdato 01.03.1998.

CPR har jeg ikke lagt i mailen - det står i lønsystemet.

Mvh Helle, HR""",
    ),
    (
        "letter-bank",
        """Kære Niels og Birthe Holt

Vi har tilbudt jer et nyt realkreditlån på Solvej 8, 3600 Frederikssund.

Låntagere:       Niels Holt, CPR «cpr»
                 Birthe Holt, CPR «cpr»
Lånenummer:      «num:10»
Ejendomsnummer:  «num:6»
Kommunekode:     0250

Lånet på kr. «amount» udbetales, når skødet er tinglyst.""",
    ),
    (
        "minutes",
        """Referat – teammøde hjemmeplejen, gruppe Nord, 4.11.2025

1. Nye borgere: Ove Kristensen (Skovvej 4) starter med morgenbesøg fra mandag.
   CPR står i omsorgssystemet, IKKE i referatet.
2. Nøglebokse: kode til Ellen Pihls nøgleboks er ændret til «num:4».
3. Bil nr. «regnr» til værksted onsdag.
4. Vagtplan uge 47: Se intranet.""",
    ),
    (
        "mail-bank",
        """Hej

Jeg vil gerne overføre min kones og mine aktier til et fælles depot. Min kone hedder Kirsten og har
personnummer «cpr:dots». Mit er «cpr». Depotnummer «num:10».

På forhånd tak
Erik Lyng""",
    ),
    (
        "mail-membership",
        """Velkommen som medlem af Danmarks Naturfredningsforening!

Dit medlemsnummer er «datelike». Brug det, når du logger ind på medlemssiden.
Kontingentet trækkes via Betalingsservice, aftalenr. «num:9», pbs-nr. «num:8».

Vi gemmer ikke dit CPR-nummer.""",
    ),
    (
        "mail-daycare",
        """Hej Camilla

Så er Freja skrevet op til vuggestuen Mælkebøtten fra 1. april. Vi mangler kun hendes CPR, så
systemet kan beregne søskenderabat sammen med Lucas («cpr7:plain@kid»).

Hendes er: «cpr7:plain@baby»

Hilsen Tina, Pladsanvisningen""",
    ),
    (
        "mail-research",
        """Kære deltager

Tak fordi du vil være med i undersøgelsen om søvn og skærmbrug. Dit deltagernummer er «num:6».
Vi bruger ikke dit CPR-nummer i analysen; koblingen mellem deltagernummer og CPR opbevares adskilt
hos Danmarks Statistik.

Venlig hilsen
Forskergruppen, SDU""",
    ),
    (
        "mail-lawyer",
        """Kære Morten

Vedhæftet finder du kopi af dom i sagen BS-«num:4»/2024 om forældremyndighed. Navne og CPR-numre på
børnene er anonymiseret (barn A, født 2014; barn B, født 2017).

Din egen CPR-nr. («cpr») står på side 1, som retten skriver den – sig til, hvis den skal anonymiseres,
før du sender dommen videre.

Venlig hilsen
Advokat Sanne Qvist""",
    ),
    (
        "mail-it",
        """Hej

Nogen har sat en printer op med navnet PRN-«datelike». Det er vores lokationsnummer + løbenr., ikke
et cpr, så DLP-reglen skal undtage det. Serienr. på printeren er «num:10».

/Anders, IT-drift""",
    ),
    (
        "spreadsheet",
        """Dato;Bilagsnr.;Tekst;Debet;Kredit
02-01-2025;«num:10»;Husleje jan;«amount»;
02-01-2025;«num:10»;El;«amount»;
05-01-2025;«num:10»;Indbetaling kunde «datelike»;;«amount»
08-01-2025;«num:10»;Løn;«amount»;
""",
    ),
    (
        "mail-citizen",
        """Hej Kommunen

Jeg har fået brev om at min mor skal flytte til en anden afdeling på plejecentret. Hun hedder Ruth
Kjærgaard, hendes cpr-nummer er «cpr@1932-06-30» og hun bor på Solhøj. Jeg er hendes værge. Hvorfor er
vi ikke blevet spurgt?

Hilsen Leif Kjærgaard
«teldk»""",
    ),
    (
        "list-ocr",
        """BORGERLISTE - VALGSTED SKOLEN VED SØEN            Side 3

Vælgernr. Navn                           Fødselsdato
«num:5»   Aagaard, Hanne                 12.03.1961
«num:5»   Abdi, Mohamed                  02.11.1990
«num:5»   Adamsen, Bo                    27.07.1974
«num:5»   Ahlers, Marie                  30.09.2001

Vælgerlisten må ikke kopieres.""",
    ),
    (
        "mail-crossborder",
        """Hej Anna

Min svenske kollega, der skal på lønningslisten i København, har dansk CPR «cpr» og svensk
personnummer «pnr:long_dash». Hun bor i Malmö, så hun er grænsependler. Kan du oprette hende?

/Thomas""",
    ),
]
