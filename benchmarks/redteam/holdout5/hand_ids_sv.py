"""Hand-written Swedish documents for the v5 identifier hold-out (each written once)."""

BANK = r"""
=== hand-fk sv
Försäkringskassan
Beslut om sjukpenning

Till: Linnea Åkesson
Personnummer: «pnr:long_dash»

Du får sjukpenning från och med den 2 november 2026 på fjärdedels nivå. Beslutet har fattats av
handläggare Emil Rask. Ärendenummer: «ord12:dash». Om du vill att vi ändrar beslutet ska du begära
omprövning inom två månader.

=== hand-fk sv
Hej! Jag har fått ett brev från Försäkringskassan om återkrav av bostadsbidrag men det står fel personnummer
på det, «pnr:short_dash», det är min sambos. Mitt är «pnr:short_dash». Hur gör jag? /Ronja

=== hand-fk sv
Ansökan om tillfällig föräldrapenning (vab)
Förälder: Johan Pettersson, «pnr:long»
Barn: Ella Pettersson, «pnr:long@child»
Datum: 2026-11-23 – 2026-11-25
Arbetsgivare: Pettersson Bygg & Plåt AB, org.nr «orgnr»

=== hand-skv sv
Skatteverket
Personbevis – utdrag ur folkbokföringen
Personnummer: «pnr:short_dash»
Namn: Greta Maria Holmström
Folkbokföringsadress: Storgatan 12 A lgh 1102, 903 26 Umeå
Civilstånd: Gift
Make: «pnr:short_dash» Per Olof Holmström
Utfärdat 2026-11-27. Kontrollnummer: «luhn10:plain»

=== hand-skv sv
Samordningsnummer tilldelat
Hej Tomasz! Skatteverket har tilldelat dig samordningsnumret «pnr:long_dash@sam». Det ska du ge till din
arbetsgivare (Byggservice Väst AB, «orgnr»). Ditt gamla tillfälliga nummer från sjukhuset gäller inte längre.
//Ewa, lönekontoret

=== hand-skv sv
Från: Skatteverket <noreply@skatteverket.se>
Ämne: Din deklaration är inlämnad

Tack! Din inkomstdeklaration för inkomstår 2025 har kommit in. Kvittensnummer: «ord12».
Vi skickar aldrig ut ditt personnummer eller bankuppgifter via e-post.

=== hand-kreditupp sv
UC Kreditupplysning (utdrag)
Fråga om: «pnr:long_dash»
Namn: Hampus Lindkvist
Inkomst taxerad 2025: 412 300 kr
Betalningsanmärkningar: 0
Skuldsaldo: 2 180 000 kr (bolån, SBAB)
Frågeställare: Bredband2 Sverige AB, org.nr «orgnr»
Förfrågan nr «ord12:dash»

=== hand-kreditupp sv
Hej, jag fick ett brev om att någon tagit en kreditupplysning på mig. Det är inte jag som har ansökt om
något lån. Mitt personnummer: «pnr:short». Kan ni spärra mig? Ring «semobile:dash». /Kerstin Bäck

=== hand-lan sv
Låneansökan – privatlån 150 000 kr
Sökande: Oskar Nyberg           Personnr: «pnr:short_dash»
Medsökande: Fatima Nyberg        Personnr: «pnr:short_dash»
Arbetsgivare: Region Västerbotten
Clearing/konto för utbetalning: «seacct»
Ansökningsnummer: «ord12»

=== hand-forsakring sv
Skadeanmälan – bilskada
Försäkringstagare: Mikael Sundberg («pnr:long_dash»)
Försäkringsnummer: «luhn10:dash»
Skadenummer: «ord12:dash»
Reg.nr bil: KLM 42B
Motpart: okänd, smitning på ICA Maxis parkering Haninge 2026-11-14
Polisanmälan diarienr 5000-K«num:6»-26

=== hand-forsakring sv
Hej If!
Jag skadade knät på skidsemestern i Åre och har ett olycksfallsärende hos er, nr «luhn10:plain». Läkarintyget
ligger bifogat. Personnummer om ni behöver det: «pnr:short_dash». Mvh Sebastian Wallin

=== hand-polis sv
POLISANMÄLAN
Diarienummer: 5000-K«num:6»-26
Brott: Stöld, villainbrott
Målsägande: Agneta Berglund, «pnr:short_dash», Björkvägen 7, Täby
Misstänkt: Dragan Kovač, «pnr:long_dash@sam»
Gärningstid: 2026-11-09 mellan 18:00 och 22:30
Anmälan upptagen av: inspektör 17442

=== hand-polis sv
Vid kontroll på Drottninggatan kl. 23.40 uppgav personen sitt namn som Viktor Engström och personnumret
«pnr:short». Personen kunde inte visa legitimation. Kontroll mot folkbokföringen gav träff.

=== hand-dom sv
GÖTEBORGS TINGSRÄTT          DOM          Mål nr B «num:4»-26
Avd. 3                                    2026-11-18
PARTER
Åklagare: Kammaråklagare Helena Sjö, Åklagarmyndigheten
Tilltalad: Robin Karl Axel Sandberg, «pnr:short_dash»
Medborgare i Sverige
Offentlig försvarare: advokat Marie Lind
DOMSLUT
Robin Sandberg döms för ringa narkotikabrott till dagsböter 40 à 100 kr.

=== hand-dom sv
Hovrätten över Skåne och Blekinge, mål B «num:4»-25. Den tilltalade Alexander Nilsson, född «pnr:long_nl»,
har överklagat tingsrättens dom.

=== hand-ladok sv
Ladok – Utdrag resultat
Student: Sara Khalil
Personnummer: «pnr:long_dash»
Program: Sjuksköterskeprogrammet, 180 hp
Kurs        Namn                          Hp    Betyg  Datum
3SJ120      Omvårdnad I                   15,0  G      2026-01-18
3SJ130      Farmakologi                   7,5   VG     2026-03-22
Utfärdat av Umeå universitet, org.nr «orgnr».

=== hand-ladok sv
Hej! Jag är utbytesstudent från Finland och har fått samordningsnummer «pnr:short_dash@sam», men Ladok
visar fortfarande mitt tillfälliga nummer. Min henkilötunnus är «hetu». Kan ni uppdatera? /Aino Lehtonen

=== hand-ladok sv
Tentamenslista – Statistik I, 2026-10-30, sal Aula Nordica
Anonymkod  Personnummer    Namn
STA-0112   «pnr:short»      Elsa Borg
STA-0113   «pnr:short»      Lukas Frisk
STA-0114   «pnr:short_dash» Zeynep Aydın
STA-0115   «pnr:short»      Hugo Fors

=== hand-tandvard sv
Folktandvården Sickla – kallelse
Hej Ebba! Du är välkommen på undersökning 2026-12-10 kl. 14:20.
Om du får förhinder, avboka senast 24 timmar innan på 08-123 456 78.
Patient-id: «luhn10:plain» (inte ditt personnummer)

=== hand-tandvard sv
Remiss till specialisttandvård (käkkirurgi)
Patient: Göran Lindahl, «pnr:short_dash@old»
Över hundra år, bor på Solgårdens äldreboende. Frisk men skör. Extraktion 46.
Remitterande tandläkare: Lena Ström, Folktandvården Tierp

=== hand-veterinar sv
Djurkliniken Ugglan
Journal nr: «luhn10:plain»
Djur: Sigge, katt (huskatt), hane kastrerad, ID-nummer «num:15»
Ägare: Maja Lund, «pnr:short_dash», tel «semobile:dash»
Åtgärd: vaccination, avmaskning. Faktura «ord12» betald med Swish.

=== hand-gym sv
Välkommen till Nordic Wellness!
Ditt medlemsnummer: «luhn10:plain»
Autogiro medgivande-nr: «ord12»
Personnummer (för avtalet): «pnr:long»
Spärra kortet direkt i appen om du tappar det.

=== hand-hyresvard sv
HYRESAVTAL FÖR BOSTAD – andrahandsuthyrning
Hyresvärd (förstahandshyresgäst): Anton Lindgren, «pnr:short_dash»
Hyresgäst: Noor Rahmani, «pnr:short_dash»
Lägenhet nr 1204 (Lantmäteriets lgh-nr), objekt-nr «luhn10:plain», Kungsholmsgatan 44, Stockholm
Hyra 11 400 kr/mån betalas till bankgiro «bg» med OCR «ocr».

=== hand-hyresvard sv
Hej hyresgäster i trappuppgång B!
Nya nycklar delas ut 3/12. Ta med legitimation. Er nyckel-id står på lappen i brevlådan, t.ex. «luhn10:plain».
Hälsningar, Förvaltaren

=== hand-begravning sv
Fonus Ängelholm – uppdragsbekräftelse
Avliden: Sven-Erik Magnusson, «pnr:short_dash@old», död 2026-11-19
Dödsbo: Sven-Erik Magnussons dödsbo, «pnr:long_dash»
Beställare: dottern Annika Rydén, «pnr:long_dash»
Ceremoni: Ängelholms kyrka 2026-12-04 kl. 13.00
Uppdragsnummer: «ord12:dash»

=== hand-slakt sv
Släktträd, familjen Ohlsson (sammanställt av Birgitta)
Karl Johan Ohlsson, f. 1919-04-02, d. 1998, pnr saknas i arkivet
Elna Ohlsson f. Månsson, «pnr#m:long_dash@old» (lever, över hundra!)
 └ Rune Ohlsson «pnr:long_dash»
 └ Ingrid Ohlsson «pnr:long_dash»
Mormor skriver själv sitt nummer «pnr#m:short_dash@old» – med plus, eftersom hon fyllt hundra.

=== hand-advokat sv
ADVOKATFIRMAN LEXHOLM KB
Bouppteckning efter Ulla Margareta Eklund, «pnr:short_dash@old»
Förrättningsdag 2026-11-20
Dödsbodelägare:
1. Maria Eklund-Said, «pnr:long_dash», dotter
2. Thomas Eklund, «pnr:long_dash», son
Tillgångar: bankkonto Swedbank «seacct»; fonder; fritidshus Hälsingland (fastighetsbeteckning Bollnäs Hå 3:14)

=== hand-advokat sv
Hej Karin, i fullmakten har du skrivit motpartens personnummer som «pnr:short_dash» men i stämningsansökan står
«pnr:short_dash». Vilket stämmer? Jag skickar inget förrän vi vet. /Petra (biträdande jurist)

=== hand-redovisning sv
#FLAGGA 0
#PROGRAM "Visma Administration" 2026.1
#FORMAT PC8
#SIETYP 4
#ORGNR «orgnr»
#FNAMN "Åkermans Städ & Fönster"
#RAR 0 20260101 20261231
#KONTO 1930 "Företagskonto"
#KONTO 7010 "Löner"
#VER A «num:3» 20261125 "Lön november Jenny Åkerman «pnr:short»"
{
#TRANS 7010 {} 28500.00
#TRANS 1930 {} -28500.00
}
#VER A «num:3» 20261126 "Faktura «ord12» Städhjälpen"
{
#TRANS 1930 {} -3400.00
}

=== hand-redovisning sv
Hej Mats! Jag hittade ett verifikat (nr «luhn10:plain») som verkar vara din privata tandläkarfaktura. Den är
betald från företagskontot. Ska vi boka den som lön? Personnr behövs då för KU: «pnr:short_dash». Det har jag
från anställningsavtalet. /Lena, Redovisningsbyrån

=== hand-lon sv
LÖNESPECIFIKATION november 2026
Arbetsgivare: Kullaberg Transport AB  Org.nr «orgnr»
Anställd: Niklas Jönsson  Pnr «pnr:short_dash»  Anst.nr 0213
Månadslön                        32 400,00
OB-tillägg 14 tim                 1 218,00
Skatt (tabell 32)                -8 911,00
Utbetalt till konto «seacct»     24 707,00
Semesterdagar kvar: 14

=== hand-lon sv
Lönefil (exporterad 2026-11-25) – till banken via Bankgirot
Rad  Pnr           Belopp
1    «pnr:long»    24 707,00
2    «pnr:long»    31 180,50
3    «pnr:long@sam» 18 400,00
Bankgironummer avsändare: «bg»
Filreferens «ts»

=== hand-kivra sv
Kivra: Du har fått ett nytt brev från Vattenfall
Till: Anna-Lena Forsberg
Fakturanummer «ord12», belopp 1 482 kr, förfallodag 2026-12-31. Betala med OCR «ocr» till bankgiro «bg».

=== hand-kivra sv
Ny digital post i Mina meddelanden
Avsändare: Pensionsmyndigheten
Mottagare: «pnr:long_dash@old»
Ämne: Ditt orange kuvert 2026

=== hand-sms sv
Pappa: vad är ditt personnummer nu igen? ska fixa bokningen till Mallis
Julia: «pnr:long_dash» 🙄 skriv inte ner det nånstans
Pappa: ok tack gumman
Julia: och mammas är «pnr:long_dash» om du behöver det med

=== hand-sms sv
Hej! Din tid på Vaccinationscentralen är bokad 2026-12-02 kl 10:40. Bokningsnr «luhn10:plain». Svara INTE på sms:et.

=== hand-sms sv
Swish från «semobile:intl»? Nej, jag har inte swishat dig. Numret «semobile» är inte mitt. /Bengt

=== hand-rost sv
Röstmeddelande (automatisk textning) 2026-11-26 11:03:
"Ja hej det är Karin Holm från hemtjänsten Väster, jag ringer om Edvin Sjöström, hans personnummer
är «pnr:short_dash@old» ... han har inte öppnat dörren i morse, vi har nyckeln men behöver någon från
familjen, ring mig på «semobile:dash», tack"

=== hand-hemtjanst sv
Hemtjänst Östermalm – genomförandeplan
Brukare: Gunvor Eriksson, «pnr:short_dash@old»
Insatser: morgon-/kvällshjälp, dusch tisdagar, matleverans (Matleveransen Ö-malm, kundnr «luhn10:plain»)
Kontaktperson: Sirpa (undersköterska)
Anhörig: sonen Lars Eriksson, «semobile:dash»

=== hand-lss sv
Beslut enligt LSS 9 § 3 (ledsagarservice)
Sökande: Alva Sandström, «pnr:long_dash@child»
Företrädd av: vårdnadshavare Jenny Sandström, «pnr:long_dash»
Du beviljas ledsagarservice 16 timmar per månad från 2026-12-01 till 2027-11-30.
Dnr SN 2026/«num:4»

=== hand-socialtjanst sv
Utredning enligt 11 kap. 1 § SoL
Barn: Wilma Hedlund, «pnr:long_dash@child»
Vårdnadshavare: Patrik Hedlund, «pnr:long_dash»; Sandra Hedlund, «pnr:long_dash»
Anmälan inkom 2026-10-02 från förskolan Tallkotten. Utredare: Johanna Berg.
Dnr: IFO «num:4»-«num:5»

=== hand-socialtjanst sv
Ekonomiskt bistånd – ansökan december
Sökande: Abdi Warsame «pnr:short_dash@sam»
Hushåll: 2 vuxna, 3 barn
Hyra 9 800 kr (hyresvärd: Bostadsbolaget, objekt «luhn10:plain»)
Utbetalning till konto «seacct»

=== hand-excel sv
Hej! Klistrar in listan från Excel som du bad om:

Namn	Personnr	Avdelning	Startdatum
Ali Hosseini	«pnr:short»	Lager	2026-09-01
Hanna Lövgren	«pnr:short»	Ekonomi	2026-09-15
Jesper Falk	«pnr:short»	IT	2026-10-01
Moa Kjellberg	«pnr:short»	Lager	2026-10-01

Säg till om du behöver anställningsnummer också. /Tove

=== hand-excel sv
Inventering datorer (klistrat från Excel)
Serienr	Inköpsdatum	Order	Ansvarig
«luhn10:plain»	2024-03-01	«ord12»	Jesper
«luhn10:plain»	2024-03-01	«ord12»	Moa
«luhn10:plain»	2025-01-10	«ord12»	Ali

=== hand-json sv
{"kund": {"personnummer": "«pnr:long»", "namn": "Leo Strand", "epost": "leo.strand@telia.com"},
 "order": {"id": "«ord12»", "ocr": "«ocr»", "belopp": 1299.0},
 "leverans": {"kolli": "«s10:se»", "ombud": "ICA Nära Tallkrogen"}}

=== hand-xml sv
<Ansokan>
  <Sokande personnummer="«pnr:long»">
    <Namn>Emma Wikström</Namn>
  </Sokande>
  <Arbetsgivare orgnr="«orgnr:plain»">Wikströms Hund & Katt</Arbetsgivare>
  <Referens>«ord12»</Referens>
</Ansokan>

=== hand-vcard sv
BEGIN:VCARD
VERSION:3.0
FN:Henrik Ahlberg
ORG:Ahlberg Juridik AB
TEL;TYPE=WORK:08-511 22 30
TEL;TYPE=CELL:«semobile»
NOTE:Pnr «pnr:short_dash» (för fakturering via enskild firma)
END:VCARD

=== hand-ical sv
BEGIN:VEVENT
DTSTART;TZID=Europe/Stockholm:20261209T130000
SUMMARY:Överlämning ärende Sjöberg
DESCRIPTION:Klient Lisa Sjöberg «pnr:long_dash». Ta med fullmakt. Teams-länk i mejlet.
END:VEVENT

=== hand-git sv
commit 9e2d41b
Author: Per Tegnér <per@loneservice.se>
Date:   2026-11-27

    Maska personnummer i loggen

    Tidigare loggades t.ex. "validering misslyckades för «pnr:long»" i klartext. Nu loggas bara de
    sex första siffrorna. Build «ts».

=== hand-stack sv
2026-11-29 03:12:44 ERROR [lon-import] se.lon.ImportJob: Kunde inte matcha anställd
java.lang.IllegalStateException: Dubbletter för personnummer «pnr:long» (anst.nr 4411, 4412)
    at se.lon.ImportJob.match(ImportJob.java:212)
    at se.lon.ImportJob.run(ImportJob.java:88)
jobId=«ts:us» traceId=«num:16»

=== hand-sql sv
INSERT INTO kund (kundnr, personnummer, namn, postnr) VALUES
('«luhn10:plain»', '«pnr:long»', 'Ida Sjögren', '41318'),
('«luhn10:plain»', '«pnr:long»', 'Malte Berg', '41660'),
('«luhn10:plain»', NULL, 'Ekströms Bil AB', '42131');

=== hand-yaml sv
testdata:
  - namn: "Testperson Ett"
    personnummer: "«pnr:long»"   # från Skatteverkets testpersonnummer? NEJ, det är Ingas riktiga - byt!
  - namn: "Testbolaget AB"
    orgnr: "«orgnr»"
    bankgiro: "«bg»"

=== hand-wiki sv
# Rutin: ändra utbetalningskonto för anställd

1. Kontrollera att begäran kommer från den anställde själv (ring upp på numret i HR-systemet).
2. Sök på personnummer i lönesystemet (format ÅÅÅÅMMDD-NNNN).
3. Exempel på ett ärende som gick fel i oktober: anställd «pnr:long_dash» fick lönen till fel konto
   eftersom kontonumret «seacct» angavs i ett mejl från en falsk adress.

| Fält | Format | Exempel |
|---|---|---|
| Orgnr | NNNNNN-NNNN | «orgnr» |
| Bankgiro | NNN-NNNN | «bg» |
| OCR | Luhn | «ocr» |

=== hand-dejting sv
Välkommen till Singelklubben Göta!
Ditt medlems-ID: «luhn10:plain»
Årsavgift 395 kr betalas till plusgiro «pg».
Vi frågar aldrig efter ditt personnummer i chatten.

=== hand-forening sv
Medlemsregister Sällskapet Gamla Gävle (utdrag för kassören)
Medl.nr  Namn               Personnr         Betalt
«num:4»     Arne Wahlberg      «pnr:short_dash@old» ja
«num:4»     Doris Sjödin       «pnr:short_dash» ja
«num:4»     Kent Holmqvist     «pnr:short_dash» nej

=== hand-neg sv
Din order «ord12» har skickats! Spåra paketet med kollinummer «s10:se» hos PostNord.
Kundnummer: «luhn10:plain». Frågor? Ring kundtjänst 0771-33 33 10.

=== hand-neg sv
Faktura 2026-«num:5»
Att betala: 4 812,00 kr
Bankgiro: «bg»
OCR-nummer: «luhn10:plain»
Förfallodatum: 2026-12-28
Org.nr «orgnr»  Momsreg.nr SE«orgnr:plain»01

=== hand-neg sv
Mobil: «semobile»
Växel: «sephone»
Fax: «sephone»

=== hand-neg sv
Kvitto 2026-11-28 14:31  ICA Kvantum Malmborgs
Kassa 3  Kvitto nr «luhn10:plain»
Kortnr ************4417
Ref «ord12»
Tack för ditt besök!

=== hand-neg sv
Loggfil: backup_«ts:us».tar.gz skapad
Loggfil: backup_«ts:us».tar.gz skapad
Loggfil: backup_«ts:us».tar.gz FEL: disk full

=== hand-neg sv
Lotto 2026-11-28, kvitto «luhn10:plain»
Rad 1: 4 9 16 22 27 30 35
Rad 2: 1 7 13 19 24 31 34
Joker: «num:7»

=== hand-neg sv
Ärendet gäller personnummer 19XXXXXX-XXXX (maskerat i utskrift). Diarienummer «ord12:dash».

=== hand-neg sv
Hej! Nytt nummer till supporten: «semobile:dash». Det gamla «semobile:dash» slutar fungera vid årsskiftet.

=== hand-neg sv
Betalningsmottagare: Bostadsrättsföreningen Lärkan, org.nr «orgnr», plusgiro «pg», bankgiro «bg».
Avgiften för december: 4 215 kr, OCR «ocr».

=== hand-neg sv
IMEI-nummer på din nya telefon: «imei». Spara det om telefonen blir stulen.
Ordernummer: «ord12». Artikelnummer (EAN) «ean».

=== hand-neg sv
Finsk leverantör: Kuljetus Virtanen Oy, Y-tunnus «ytunnus». Norsk kund: Fjordtransport AS, org.nr «noorg:space».
Isländsk kontaktperson: Sigríður Ólafsdóttir, kennitala «kt».

=== hand-mix sv
Hej! Jag har dubbelt medborgarskap och har både svenskt personnummer «pnr:long_dash» och danskt cpr «cpr»,
eftersom jag jobbade i Köpenhamn 2019–2022. Vilket ska jag ange i er blankett? /Mira Olsen

=== hand-mix sv
Deltagare seminarium Haparanda–Tornio:
Matti Kallio, henkilötunnus «hetu»
Eva Niemi, personnummer «pnr:long_dash»
Tiina Rantanen, henkilötunnus «hetu@new»
Jonas Wikman, personnummer «pnr:short_dash@young»

=== hand-mix sv
Till Lönekontoret. Ny medarbetare från Norge: Kristoffer Aas, fødselsnummer «fnr:space». Han har ännu inte fått
samordningsnummer, vi har sökt 2026-11-10. Arbetsgivare: Nordkalotten Entreprenad AB, «orgnr».

=== hand-long sv
Från: Johanna Nordin <johanna.nordin@socialtjansten.lulea.se>
Skickat: den 26 november 2026 14:17
Till: Överförmyndarnämnden
Ämne: Anmälan om behov av god man

Hej,

Vi anmäler härmed behov av god man för Ragnar Lind, «pnr:short_dash@old», Kvarngatan 4, Luleå.
Ragnar bor ensam och har sedan i våras haft svårt att sköta sina räkningar. Hemtjänsten har vid två tillfällen
hittat obetalda fakturor (bl.a. Luleå Energi, kundnr «luhn10:plain», och Telia, fakturanr «ord12»).

Närmast anhöriga:
- dottern Margareta Lind Sjöberg, «pnr:short_dash», tel «semobile:dash»
- sonen Bo Lind, «pnr:short_dash», bor i Oslo (norskt fødselsnummer «fnr» enligt honom själv)

Ragnar har själv sagt att han vill ha hjälp. Läkarintyg bifogas.

Med vänlig hälsning
Johanna Nordin
Socialsekreterare, Vuxenenheten
Dnr SOC 2026/«num:4»

=== hand-long sv
PROTOKOLL fört vid extra föreningsstämma i Brf Solrosen, org.nr «orgnr», 2026-11-19

§1 Stämmans öppnande. Ordförande Britt Ahlqvist öppnade stämman.
§2 Röstlängd: 23 lägenheter representerade. Fullmakt för lgh 1102 (innehavare Sten Öberg, «pnr:short_dash@old»)
   lämnad till dottern Karin Öberg.
§3 Försäljning av lokal till Frisörsalong Hårfint AB («orgnr»). Köpeskilling 1 950 000 kr.
§4 Ny låneavtal med Handelsbanken, lånenr «luhn10:plain».
§5 Övrigt: Medlem Rasmus Kuusela («pnr:short_dash») föreslog laddstolpar. Beslut: utreds.

Justeras: Britt Ahlqvist, Rasmus Kuusela
"""
