"""Hand-written Danish documents (one each; «slots» are filled by render.py)."""

DOCS: list[tuple[str, str, str]] = [
    (
        "da",
        "daycare",
        """Børnehuset Mælkebøtten - indmeldelse
Barnets navn: Alma Juhl Kristoffersen
Barnets CPR: «cpr7@2023-04-17»
Forældremyndighed: Jonas Kristoffersen (CPR «cpr») og Line Juhl
Pladsnummer: 2024-0417  Ventelistenr.: «n6»
Tlf. mor: «tel»""",
    ),
    (
        "da",
        "daycare",
        """Hej Birthe
Vi mangler stadig lillebrors cpr til pladsanvisningen, kan du sende det? Det er «cpr7.plain@2021-09-30» hvis du har brug for at dobbelttjekke.
Mvh Sanne (mor til Viggo, stue Grøn)""",
    ),
    (
        "da",
        "school",
        """Elevliste 7.B, Hedelyskolen, skoleåret 2026/27
Nr | Elev | CPR | UNI-Login
1 | Aksel Damgaard | «cpr7@2013-02-11» | aksel213d
2 | Clara Munk | «cpr7.plain@2013-06-02» | clar0602
3 | Emil Thygesen | «cpr7@2013-11-23» | emil23t9
4 | Frida Kofoed | (afventer) | fridk7
Klasselærer: Tove Riis, lokale 112""",
    ),
    (
        "da",
        "school",
        """Ansøgning om fritagelse for idræt
Undertegnede forælder til Noah Bak, CPR-nr. «cpr7@2011-05-08», 9.A, anmoder om fritagelse frem til uge 12.
Journalnr. hos skolen: 26-0331-08.  Lægeerklæring vedlagt (lægens ydernr. «n6»).""",
    ),
    (
        "da",
        "pharmacy",
        """APOTEKET SVANEN - RECEPTUDLEVERING
Kunde: Erna Vestergaard   CPR: «cpr@1938-08-14»
Varenr. 0416 93  Pakning 100 stk  Tilskud: 60 %
Receptnr. «d10»  Ordinationsdato 28.11.2026
Kasse 2 - bon 00471833""",
    ),
    (
        "da",
        "pharmacy",
        """Til apoteket
Jeg henter medicin for min far, Kaj Ravn, født 3.2.1941. Hans cpr er «cpr.space@1941-02-03». Jeg har fuldmagt med.
Mit eget telefonnummer er «tel».""",
    ),
    (
        "da",
        "pharmacy",
        """Dosisdispensering - ændringsliste uge 49
Borger            Personnr.     Præparat             Dosis
Hansine Bach      «cpr@1934-12-01»   Furix 40 mg          1x1
Verner Lauridsen  «cpr»   Hjertemagnyl 75 mg   1x1
Leveringsadresse: Plejecenter Lindely, afd. C, kontaktnr. «n10»""",
    ),
    (
        "da",
        "vet",
        """Dyreklinikken Nordstjernen - journalnotat
Patient: Bella (labrador, tæve, 6 år) Chipnr. 208098100«n6»
Ejer: Morten Fogh, «cpr»
Vaccination DHPPi + L4. Næste besøg 12.06.2027. Faktura «n8».""",
    ),
    (
        "da",
        "vet",
        """Registrering i Dansk Hunderegister
Mikrochip: 208 250 000 «n6»
Ejerens CPR: «cpr.plain»
Tidligere ejer: Kennel Skovly v/ CVR «cvr»
Registreringsnr. «d10»""",
    ),
    (
        "da",
        "vet",
        """hej, vi har fået kattekilling fra internatet og skal omregistrere chippen (941000024681357). Mit cpr er «cpr» og min mands «cpr» - det er ham der står som ejer. /Pia""",
    ),
    (
        "da",
        "shipping",
        """FRAGTBREV / CMR   Nr. «n10»
Afsender: Kattegat Fisk ApS, CVR «cvr», Havnevej 4, 9850 Hirtshals
Modtager: Fischhandel Nord GmbH, Kiel
Chauffør: Dariusz Lewandowski, pas PL ZB«n7»
Kolli 22 - bruttovægt 4.410 kg - temperatur -18
Reference: «d10»""",
    ),
    (
        "da",
        "shipping",
        """Besætningsliste M/S Skagerak Trader, IMO 9«n6»
Rang     Navn                 Fødselsdato  ID
Kaptajn  Peder Skov           14.03.1968   CPR «cpr@1968-03-14»
Styrmand Karin Olsen (N)      02.09.1979   F.nr «no@1979-09-02»
Matros   Tiago Alves (P)      22.07.1990   Pass CB«n6»
Maskinmester Bo Winther       11.11.1971   CPR «cpr@1971-11-11»""",
    ),
    (
        "da",
        "pension",
        """PENSIONSKASSEN FOR SUNDHEDSFAGLIGE
Pensionsoversigt pr. 31.12.2026
Medlem: Lise Bundgaard, CPR «cpr»
Policenr. «d10»   Aftalenr. 7731-«n6»
Indbetalt i året: «amt» kr.  Depot: «amt» kr.
Begunstiget: ægtefælle, Carsten Bundgaard («cpr»)""",
    ),
    (
        "da",
        "pension",
        """Kære medlem
Vi har modtaget din anmodning om udbetaling af ratepension. Vi har registreret følgende:
Medlemsnummer: «d10»
Udbetalingskonto: reg. 9570 kontonr. «d10»
Skattekort hentet fra Skattestyrelsen på dit personnummer «cpr».
Venlig hilsen, Medlemsservice""",
    ),
    (
        "da",
        "building",
        """Byggesag nr. 26/18442  -  Ansøgning om byggetilladelse, carport
Ejendomsnr. «n6»   Matr.nr. 14ab Tune By, Tune
Ansøger: Henning Laursen, CPR «cpr»
Medansøger: Gitte Laursen, CPR «cpr»
BBR-bygningsnr. 3 - bebygget areal 38 m2
Sagsbehandler: Teknik og Miljø, tlf. 46 35 «n4»""",
    ),
    (
        "da",
        "building",
        """Afgørelse om dispensation fra lokalplan 112
Kommunen har den 18. november 2026 truffet afgørelse i sag 2026-«n6». Afgørelsen sendes til ejer (CVR «cvr») og til naboer, der har afgivet høringssvar. Klagefrist 4 uger. Der er ikke registreret personoplysninger i denne udgave af afgørelsen.""",
    ),
    (
        "da",
        "sports",
        """Vejle Svømmeklub - kontingentliste efterår
medlemsnr;navn;født;kontingent;betalt
«d10»;Liv Holm;2014;850;ja
«d10»;Oscar Mørk;2012;850;ja
«d10»;Ella Kragh;2015;650;nej
«d10»;Magnus Bech;2011;850;ja""",
    ),
    (
        "da",
        "sports",
        """Spillercertifikat - overgang mellem klubber (DBU)
Spiller: Johan Kirkegaard  CPR: «cpr7@2010-07-19»
Fra: B.93  Til: Fremad Amager
Licensnr. «n9»  Forældres underskrift: ________""",
    ),
    (
        "da",
        "sports",
        """Hej træner, min søn Luca skal med til stævnet i Malmö, de vil have hans personnummer til forsikringen. Det er «cpr7.plain@2012-03-05». Kan du også skrive mig på holdlisten til kørsel? Mobil «tel». Mvh Rikke""",
    ),
    (
        "da",
        "dental",
        """TANDLÆGERNE I ALGADE
Indkaldelse til årligt eftersyn
Patient: Sigrid Nørgaard  Cpr.: «cpr»
Tid: tirsdag 19.01.2027 kl. 08:40, behandler TL Munk
Patientnr. «d10»   Ydernr. 01«n4»""",
    ),
    (
        "da",
        "dental",
        """Henvisning til kæbekirurgisk afdeling
Vedr.: Tobias Helmer, «cpr», Skovbrynet 12, 8600 Silkeborg
Diagnose: retineret 38, mesioangulær. Rtg. OPG vedlagt (billed-id «d10»).
Henvisende tandlæge: Sanne Bak, ydernr. «n6»""",
    ),
    (
        "da",
        "payroll",
        """LØNSEDDEL  November 2026        Løbenr. «d10»
Medarbejder: Kasper Ravn   Medarb.nr. 00412   CPR «cpr»
Arbejdsgiver: Fjordbyg Entreprise ApS, CVR «cvr», P-nr. «pnr»
Grundløn          31.450,00
AM-bidrag         -2.516,00
A-skat           -7.119,00
Til udbetaling    21.815,00  -> reg. 5301 konto «d10»""",
    ),
    (
        "da",
        "payroll",
        """Fra lønbureauet: vi har fået en ny medarbejder fra 1/12. Oplysningerne fra jer:
navn Amalie Brix
cpr «cpr.plain»
reg/konto 1551 «d10»
skattekort: hovedkort
Vi mangler pensionsselskab og aftalenr. Hilsen Tina, Jydsk Løn""",
    ),
    (
        "da",
        "payroll",
        """Eksport fra lønsystem (FerieKonto) - 2026-11-30
CPR-nr,Navn,Feriepenge,Periode
«cpr»,Ulrik Brandt,4218.75,2025-09
«cpr»,Nadia Qureshi,3904.10,2025-09
«cpr7»,Julie Asmussen,1122.00,2025-09
«cpr»,Svend Åge Toft,5871.40,2025-09""",
    ),
    (
        "da",
        "municipal",
        """Borgerservice - flytteanmeldelse
Fraflyttet: Rosenvænget 4, 2. tv, 5700 Svendborg
Tilflyttet: Nyborgvej 77, 5000 Odense C
Personer omfattet af flytningen:
  Maja Lindqvist Holm  «cpr»
  Storm Holm           «cpr7@2019-08-08»
Sagsnr. «d10x» (bemærk: sagsnummer, ikke personnummer)""",
    ),
    (
        "da",
        "municipal",
        """Kære Ahmad
Tak for din ansøgning om boligstøtte. For at behandle den skal vi bruge dit skatteydernummer fra din arbejdsgiver i Sverige og dit danske CPR-nummer. Du har skrevet «cpr» i skemaet - er det korrekt? Vores journalnummer er 27.18.00-«n6».
Med venlig hilsen Ydelsesservice""",
    ),
    (
        "da",
        "municipal",
        """Partshøring vedr. tilbagebetaling af kontanthjælp
Journalnr.: 15.20.12-G01-«n5»-26
Din CPR-nr.: «cpr.spdash»
Beløb: «amt» kr.
Du kan svare inden 14 dage til Jobcentret, tlf. «tel».""",
    ),
    (
        "da",
        "bank",
        """Kontoudskrift 01.11.2026 - 30.11.2026      Side 1 af 2
Kontohaver: Bodil Frost   Reg.nr. 0400  Konto «d10»
03.11  Overførsel fra «d10»        2.500,00
07.11  Dankort Netto 1126          -312,45
15.11  Løn Fjordbyg ApS             21.815,00
21.11  MobilePay «n8»              -250,00""",
    ),
    (
        "da",
        "bank",
        """Fuldmagt til netbank
Fuldmagtsgiver: Anna Marie Kjeldsen, cpr-nr «cpr@1931-05-27»
Fuldmagtshaver: Søren Kjeldsen, cpr-nr «cpr»
Konti omfattet: 3409-«d10», 3409-«d10»
Kundenummer i banken: «d10x»""",
    ),
    (
        "da",
        "insurance",
        """Skadeanmeldelse - indbrud
Forsikringstager: Troels Hviid, CPR «cpr»
Police: 640-«n7»   Skadenr. «d10»
Anmeldt til politiet, journalnr. 4400-80273-«n5»-26
Stjålet: bærbar (serienr. 5CG«n7»), cykel (stelnr. WAW«n6»)""",
    ),
    (
        "da",
        "insurance",
        """Begunstigelseserklæring, gruppelivsordning
Som begunstiget indsættes: min samlever Merete Skov, født 04.01.1977, cpr. «cpr@1977-01-04»
Forsikrede: Allan Krag, cpr. «cpr»
Dato: 28/11-2026  Underskrift: Allan Krag""",
    ),
    (
        "da",
        "hospital",
        """EPIKRISE (udskrift fra Sundhedsplatformen)
Pt.: «cpr.plain» Mikkel Østergaard
Indlagt 22.11.2026, udskrevet 26.11.2026, Kardiologisk afd. B
Kontakt-id «n10». Kontrol i ambulatoriet om 3 mdr.
Ordinerende læge: ydernr. «n6»""",
    ),
    (
        "da",
        "hospital",
        """Blodprøvesvar (laboratoriet)
Rekvisitionsnr.: «d10»
Prøve-id: «d10»
Patient: 120756 (fødselsdato)
Hæmoglobin 8,4 mmol/l, ref. 8,3-10,5
Bemærk: svaret er anonymiseret til kvalitetsdatabasen.""",
    ),
    (
        "da",
        "estate",
        """Skifteretten - Boopgørelse
Dødsbo efter Inger Margrethe Holst, CPR «cpr@1939-10-15», død 02.08.2026
Arving: Peter Holst, CPR «cpr»
Arving: Lene Holst Berg, CPR «cpr»
Boets CVR/SE: «cvr»   Sagsnr. BS-«n5»/2026""",
    ),
    (
        "da",
        "letter",
        """Kære Jørn
Tak for sidst. Jeg har nu fundet mormors gamle papirer, og i dåbsattesten står hendes personnummer som «cpr.dots@1929-06-08». Det er vist den gamle skrivemåde. Kan du tage det med til advokaten på torsdag?
Kh Ulla""",
    ),
    (
        "da",
        "letter",
        """Til Udbetaling Danmark
Jeg vil gerne klage over afgørelsen af 14.11.2026 om boligydelse (jeres sagsnr. «d10x»). Mit cpr-nummer er «cpr» og min adresse er uændret.
Venlig hilsen Gerda Mølgaard""",
    ),
    (
        "da",
        "email",
        """Emne: SV: CPR på ny vikar
Hej Louise
Her er hans oplysninger: Tariq Hamdan, «cpr», reg.nr. 2191 kontonr. «d10». Skattekort er bestilt.
/Jesper
> Hej Jesper, kan du sende CPR og konto på Tariq inden fredag?""",
    ),
    (
        "da",
        "email",
        """Hej alle,
Husk at indberette timer inden kl. 12 fredag. Projektnummer for december er 2612-«n4». Ordrenummer hos kunden er «d10».
Ring på «tel» hvis noget driller.
Torben""",
    ),
    (
        "da",
        "email",
        """Hej Nete
Vi har modtaget en faktura fra Nordlys Revision med fakturanr. «d10» og vores kundenr. «d10x». Jeg tror det er en fejl, vi har allerede betalt den via FI-kort +71<«n15»+«n8»<.
Mvh Ole, bogholderiet""",
    ),
    (
        "da",
        "form",
        """ANSØGNING OM SU
1. Personnummer: «cpr7.plain@1988-01-01»
2. Uddannelsesinstitution: Professionshøjskolen Absalon, inst.nr. 280727
3. Bopæl: hjemmeboende [ ] udeboende [x]
4. Forælders cpr (kun hvis hjemmeboende): ____________""",
    ),
    (
        "da",
        "form",
        """Tilmelding til influenzavaccination
Navn ______Helge Krogsgaard________ Cpr-nr ___«cpr@1950-02-18»___
Arbejdssted __Plejecenter Egebo__ Medarbejdernr __«n5»__
Ønsker vaccination: [X] ja  [ ] nej""",
    ),
    (
        "da",
        "chat",
        """[09:12] Marie: hvad var det nu lille Olivers cpr? lægen spørger
[09:13] Thomas: «cpr7@2022-02-14»
[09:13] Marie: tak ❤️
[09:15] Thomas: og husk sundhedskortet ligger i pungen, kortnr er «n9»""",
    ),
    (
        "da",
        "chat",
        """Teams - #økonomi
Mads: nogen der ved hvad 1104810331 er? står på en kreditnota
Helle: det er vores lagerbilagsnummer fra det gamle system, 10 cifre, starter med dato
Mads: phew, troede det var et cpr 😅""",
    ),
    (
        "da",
        "ocr",
        """KØBEKONTRAKT (scannet)
Kober: Frederik Svane, cpr. nr. «cpr» , Bl0mstervænget 9
SæIger: Vibeke Svane, cpr.nr. «cpr.space», samme adresse
Kobesum kr. 2.450.000 - deponeres på konto 9541 «d10»""",
    ),
    (
        "da",
        "ocr",
        """Ti|skudsberegning - Sundhed danmark
Medlem nr «d10» Navn: Knud Egede
CPR «cpr@1946-07-30» Gruppe 1
Kvitteringsnr 2611 3O88 21""",
    ),
    (
        "da",
        "invoice",
        """FAKTURA 2026-«n5»
Bryghuset Ravn ApS · CVR «cvr» · SE-nr. «cvr» · EAN 5790000«n6»
Kunde: Cafe Klinten v/ Mia Holt (kundenr. «d10»)
Ordre «d10x» leveret 24.11.2026
Betaling: +71<«n15»+«n8»<  Reg. 6610 konto «d10»
Momsgrundlag «amt»""",
    ),
    (
        "da",
        "invoice",
        """Kreditnota
Vedr. faktura «d10» af 02.11.2026 til Lene Kold (privat, ingen CVR).
Kunden har opgivet CPR «cpr» til brug for håndværkerfradraget.
Krediteret beløb: 1.250,00 kr. inkl. moms.""",
    ),
    (
        "da",
        "hr",
        """Ansættelsesbrev
Lone Dalby (CPR «cpr»), Vibevej 3, 7100 Vejle, ansættes som teknisk designer pr. 1. januar 2027.
Arbejdsgiver: Lindholm IT-Drift A/S, CVR «cvr», P-nummer «pnr».
Løn: 42.000 kr. pr. måned, udbetales til NemKonto.""",
    ),
    (
        "da",
        "hr",
        """Fratrædelsesaftale
Medarbejder: Ib Søgaard (medarbejdernr. «d10», CPR «cpr»)
Fratrædelse 28.02.2027. Godtgørelse jf. funktionærlovens §2a: tre måneders løn.
Sag hos fagforeningen: «d10x»""",
    ),
    (
        "da",
        "hr",
        """Hej HR
Jeg har fået nyt job og skal bruge dokumentation. Min CPR er rettet efter navneændring? Nej, CPR er det samme - «cpr» - men efternavnet er nu Hjorth. Kan I rette det i lønsystemet?
Ditte""",
    ),
    (
        "da",
        "log",
        """2026-11-30T08:14:02Z INFO  borger.opslag bruger=ksh12 cpr=«cpr.plain» resultat=OK svartid=212ms
2026-11-30T08:14:05Z INFO  borger.opslag bruger=ksh12 cpr=«cpr.plain» resultat=IKKE_FUNDET svartid=198ms
2026-11-30T08:15:44Z WARN  sag.laas sag=«d10» laast_af=mpe07 siden=2026-11-30T07:59:01Z
2026-11-30T08:16:10Z INFO  job=«d10» status=færdig rækker=1202""",
    ),
    (
        "da",
        "log",
        """[2026-12-01 03:00:01] cron: backup start id=1201260300
[2026-12-01 03:00:02] cron: dumping table borgere (rows=48213)
[2026-12-01 03:41:55] cron: checksum 2811739012 ok
[2026-12-01 03:41:56] cron: backup done id=1201260300 size=3.1G""",
    ),
    (
        "da",
        "notes",
        """Mødereferat - forældrebestyrelsen, Regnbuen
Til stede: 5 forældre, leder, pædagogisk personale (1)
Pkt. 3: Ny procedure for indskrivning: forældre må ikke sende barnets CPR på mail, kun via sikker post eller Aula.
Pkt. 4: Budget 2027, konto 4410-«n4» godkendt.
Næste møde 14.01.2027""",
    ),
    (
        "da",
        "markdown",
        """## Testpersoner til integrationsmiljøet

| Rolle | Navn | CPR |
|---|---|---|
| Borger | Hanne Lind | «cpr» |
| Barn | Vitus Lind | «cpr7@2018-03-21» |
| Værge | Kurt Lind | «cpr» |

> OBS: kun til TEST-miljøet, men det er rigtige kollegaers data - fjern efter brug!""",
    ),
    (
        "da",
        "json",
        """{"bevilling":{"id":"«d10»","borger":{"navn":"Elin Skau","cpr":"«cpr»"},"ydelse":"hjælpemiddel","beloeb":14200,"leverandoer":{"cvr":"«cvr»","pnr":"«pnr»"}}}""",
    ),
    (
        "da",
        "xml",
        """<?xml version="1.0" encoding="UTF-8"?>
<Indberetning xmlns="urn:oio:skat:eindkomst:1">
  <IndberetterCVR>«cvr»</IndberetterCVR>
  <Modtager>
    <CPRNummer>«cpr.plain»</CPRNummer>
    <Beloeb felt="13">«amt»</Beloeb>
  </Modtager>
  <Modtager>
    <CPRNummer>«cpr7.plain»</CPRNummer>
    <Beloeb felt="13">«amt»</Beloeb>
  </Modtager>
  <Loebenummer>«d10»</Loebenummer>
</Indberetning>""",
    ),
    (
        "da",
        "url",
        """Link til sagen: https://fagsystem.kommune.local/sag/vis?cpr=«cpr.plain»&sagsid=«d10»&fane=dokumenter
(åbn kun fra kommunens net)""",
    ),
    (
        "da",
        "receipt",
        """KVITTERING - Nørrebro Cykler
Bon 1127-«n4»  Kasse 01  30.11.26 15:42
Cykel Kildemoes, stelnr. «n10»
Registreret i politiets stelnummer-register på købers CPR: «cpr»
Beløb 6.499,00  Dankort ****4411""",
    ),
    (
        "da",
        "negatives",
        """Lagerliste - Hjørring Tømmerhandel
Varenr.     Beskrivelse              Antal  Lokation
1203851742  Spær 45x195 4,8m         112    A-12
0711930468  Krydsfiner 12mm          40     B-03
2809790051  Gips 13mm 900x2400       260    B-11
1505621107  Skruer 5x60 A4 (500)     18     C-01
Alle numre er interne varenumre (10 cifre, dato for oprettelse + løbenr.)""",
    ),
    (
        "da",
        "negatives",
        """Telefonliste - Ringsted Vognmandsforretning
Disponent Jan   22 46 81 02
Værksted        57 61 20 14
Chauffør Brian  «tel»
Vagttelefon     70 20 «n4»
CVR «cvr»   P-nr. «pnr»""",
    ),
    (
        "da",
        "negatives",
        """Regnskabsbilag 2026 - udtræk
Bilagsnr  Dato        Tekst                   Beløb
«d10»  03-11-2026  Husleje november       -18.500,00
«d10»  05-11-2026  Salg faktura 2611      44.120,00
«d10»  12-11-2026  El, Andel Energi        -2.310,55
«d10»  20-11-2026  Løn                   -121.004,00""",
    ),
    (
        "da",
        "negatives",
        """Brev fra SKAT: Din forskudsopgørelse 2027 er klar. Log ind på skat.dk med MitID. Referencenr. «d10x». Vi sender aldrig dit CPR-nummer i en e-mail - oplysninger herover er et referencenummer.""",
    ),
    (
        "da",
        "masked",
        """Bekræftelse af aftale
Navn: Poul Erik Jessen
CPR: «mask» (maskeret)
Aftale-ID: «d10»
Kontakt: «tel»""",
    ),
    (
        "da",
        "prose",
        """Min farfar Hans Peter blev født den 1. januar 1962 på Bornholm, og hans cpr-nummer slutter ikke med et tal, der går op i 11, fortalte min mor. Det passer: det er «cpr7.plain@1962-01-01». Sjovt nok.""",
    ),
    (
        "da",
        "prose",
        """Ejendomsmægleren bad om begge sælgeres personnumre. Jeg sendte Birgits, «cpr», men mit eget kunne jeg ikke huske udenad - det står på sygesikringsbeviset: «cpr.space».""",
    ),
    (
        "da",
        "tsv",
        "Navn\tCPR\tAfdeling\tLokal\nPia Grønbech\t«cpr»\tIndkøb\t214\nRené Duus\t«cpr»\tLager\t118\nSara Ali\t«cpr7»\tSalg\t301\nSteen Roed\t«cpr»\tLager\t119",
    ),
    (
        "da",
        "csv-nohdr",
        """«cpr.plain»;Vagn Overby;Strandgade 3;4300
«cpr.plain»;Lis Overby;Strandgade 3;4300
«cpr7.plain»;Jens Ole Kirk;Bakkevej 19;4300""",
    ),
    (
        "da",
        "negatives",
        """Følgeseddel nr. «d10»
Ordrenr. 2611-88412, kundenr. «n8», pakkenr. (GLS) «n11»
Afsendt 27.11.2026 fra lager Taulov. Spørgsmål: kundeservice@fjordbyg.dk, tlf. 70 22 «n4»""",
    ),
    (
        "da",
        "mixed",
        """Dear Mr. Bergström,
As discussed, please find the details of our Danish employee seconded to your Stockholm office:
Name: Asbjørn Riis
Danish CPR: «cpr»
Swedish samordningsnummer (applied): «sesam»
Employer CVR: «cvr»
Kind regards, Nordlys Revision""",
    ),
    (
        "da",
        "letter",
        """Vedr. begæring om fri proces
Ansøger: Zainab Hussein, «cpr»
Modpart: Fjordbyg ApS (CVR «cvr»)
Ansøgers husstandsindkomst 2025: «amt» kr. (jf. årsopgørelse, SKAT-ref. «d10»)
Advokat: Hansen & Krogh, j.nr. «n5»-26""",
    ),
    (
        "da",
        "sms",
        """Fra 1919: Din tid til corona-/influenzavaccination er bekræftet 04.12 kl 10:20, Vaccinationscenter Ballerup. Husk sundhedskort. Ref «n8»""",
    ),
    (
        "da",
        "sms",
        """Hej mor, lægen vil have farmors cpr til hjemmebesøget - er det «cpr.plain@1936-09-09»?? Jeg har det fra gamle papirer""",
    ),
]
