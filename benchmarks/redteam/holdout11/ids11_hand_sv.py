"""Hand-written Swedish v11 documents: claims, Skatteverket, leases, estates, unions, pawn, HR, Kivra, tickets."""

BANK = """
=== hand-claim sv
SKADEANMÄLAN - hemförsäkring
Försäkringsnummer: {{luhn10}}
Försäkringstagare: Linnéa Sjöberg
Personnummer: [[pnr]]
Skadedatum: {{isodate}}
Beskrivning: Inbrott i källarförråd, cykel stulen (ramnummer {{n:8}}).
Polisanmälan K{{n:6}}-26

=== hand-claim sv
Ansökan om sjukersättning - Försäkringskassan
Sökande: Ronny Alfredsson, personnr [[pnr:ld]]
Arbetsgivare: Skanska Sverige AB, org.nr {{orgnr}}
Ärendenummer: {{luhn10:dash}} (ärendenumret är inte ett personnummer)
Läkarintyg bifogas.

=== hand-claim sv
Pensionsmyndigheten - beslut om bostadstillägg
Till: Gunvor Hellström, [[pnr:plus]]
Du får {{kr}} kronor per månad i bostadstillägg från och med januari.
Har du frågor, ring {{tlfse}}. Ange ditt personnummer när du ringer.

=== hand-claim sv
Hej Folksam!
Jag vill anmäla en skada på min bil. Mitt personnummer är [[pnr:s]] och bilens regnr är KLM 42A.
Kundnummer hos er tror jag är {{luhn10}}.
Mvh Peter Åström

=== hand-claim sv
Livränta - utbetalningsbesked
Mottagare        Personnummer       Belopp
Viola Engström   [[pnr:ld]]     {{amount}}
Axel Engström    [[pnr:ld,kid]]     {{amount}}
Ärende {{n:8}}. Avsändare: AFA Försäkring.

=== hand-case sv
Socialtjänsten Borås - journalanteckning
Klient: Jenny Dahlqvist, [[pnr]]
Hembesök tillsammans med kollega. Lägenheten i gott skick. Barnet Wilma ([[pnr:kid]]) var hemma och verkade må bra.
Nästa uppföljning {{isodate}}. Dnr SN {{n:4}}-{{n:5}}.

=== hand-case sv
Kronofogden - beslut om utmätning av lön
Gäldenär: Marcus Lindh, personnummer [[pnr:l]]
Arbetsgivare: Postnord Sverige AB, org.nr {{orgnr}}
Förbehållsbelopp: {{kr}} kr/mån. Målnummer {{n:3}}-{{n:6}}-26.

=== hand-case sv
GÖTEBORGS TINGSRÄTT - DOM
Mål nr B {{n:4}}-25
Tilltalad: Niklas Roos, [[pnr:ld]], Kungsladugårdsgatan 4, Göteborg
Målsägande: Sara Nyqvist, [[pnr:ld]]
Påföljd: villkorlig dom och dagsböter 60 x 100 kr.

=== hand-case sv
Förvaltningsrätten i Stockholm
Klagande: Hamid Karimi, [[pnr:co]] (samordningsnummer)
Motpart: Migrationsverket
Saken: uppehållstillstånd. Förvaltningsrätten avslår överklagandet.
Mål nr {{n:4}}-25

=== hand-case sv
LSS-handläggare, anteckning
Brukare [[pnr:s]] ansöker om ledsagarservice 10 h/mån.
Kontaktperson: god man Britt Ohlsson ({{tlfse}}).
Beslut skickat via Kivra {{isodate}}.

=== hand-case sv
Överförmyndarnämnden - årsräkning
Huvudman: Erland Sjögren, personnummer [[pnr:plus]]
Ställföreträdare: Ann-Charlotte Sjögren, personnummer [[pnr]]
Tillgångar vid årets början {{amount}} kr. Bankkonto {{clkto}}.

=== hand-health sv
REMISS - Vårdcentralen Fruängen
Patient: [[pnr:ld]]  Ingegerd Molin
Till: Medicinkliniken, Södersjukhuset
Frågeställning: förmaksflimmer? Bifogar EKG.
Remiss-id {{luhn12}} (remissens löpnummer, inte patientens personnummer)

=== hand-health sv
Apoteket Hjärtat - receptexpediering
Kund: [[pnr:l]]
Läkemedel: Alvedon 500 mg, 100 st
Förskrivare: förskrivarkod {{n:7}}
Varunummer {{n:6}}  Pris {{amount}} kr  Högkostnadsskydd kvar: {{kr}} kr

=== hand-health sv
1177 - Ny händelse i din journal
Hej! Det finns en ny anteckning i din journal från Region Uppsala. Logga in med BankID för att läsa den.
Personnummer ska du aldrig skicka i ett meddelande.

=== hand-health sv
Provsvar (tidigare remiss)
Pnr: [[pnr:s]]
Analys: P-Kolesterol 5,9 mmol/L
Provtagningstid: {{isodate}} {{time}}
Lab-id: {{luhn10}}

=== hand-health sv
Tandvårdskort - Folktandvården Skåne
Namn: Moa Lindfors
Personnummer: [[pnr:kid]]
Nästa kallelse: {{isodate}}
Klinik-id {{n:5}}. Telefon {{tlfse}}.

=== hand-health sv
Vaccinationslista BVC Kungsbacka (utdrag)
Barn                Personnr          Vaccin
Elton Berg          [[pnr:l,kid]]      MPR 1
Saga Berg           [[pnr:l,kid]]      Rota 2
Nils Ahmadi         [[pnr:l,kid,co]]      MPR 1

=== hand-tax sv
Skatteverket - Slutskattebesked 2025
Namn: Pia Gunnarsson
Personnummer: [[pnr:ld]]
Skatt att betala: {{amount}} kr. Betala till bankgiro {{bg}} med OCR {{ocr}}.
Sista betalningsdag {{isodate}}.

=== hand-tax sv
Hej, jag behöver hjälp med min deklaration. Jag driver enskild firma och organisationsnumret är mitt personnummer, [[pnr]].
Min sambos firma har ett riktigt aktiebolag med org.nr {{orgnr}}.
/Jonas

=== hand-tax sv
Skatteverket - Begäran om ändring av folkbokföring
Anmälan gäller: [[pnr:s]]
Ny adress: Södra Vägen 30, 412 54 Göteborg
Flyttdatum: {{isodate}}
Medflyttande: [[pnr:s]] (make), [[pnr:s,kid]] (barn)

=== hand-tax sv
Kontrolluppgift KU10 (utdrag ur fil)
Inkomstår 2025
Uppgiftslämnare: {{orgnr}}
Inkomsttagare: [[pnr:l]]
Kontant bruttolön: {{kr}}
Avdragen skatt: {{kr}}
Specifikationsnummer: {{n:3}}

=== hand-tax sv
Arbetsgivardeklaration på individnivå - fel i uppgift
Betalningsmottagare {{badpnr}} har fel kontrollsiffra och kunde inte hittas i folkbokföringen.
Rätt uppgift enligt anställningsavtalet: [[pnr:l]]

=== hand-lease sv
HYRESKONTRAKT FÖR BOSTADSLÄGENHET
Hyresvärd: Stena Fastigheter AB, org.nr {{orgnr}}
Hyresgäst 1: Emil Strandberg, personnr [[pnr:ld]]
Hyresgäst 2: Tindra Strandberg, personnr [[pnr:ld]]
Lägenhetsnummer enligt lägenhetsregistret: 1102. Objektnr {{n:8}}.
Månadshyra: {{kr}} kr. Betalas till bankgiro {{bg}}.

=== hand-lease sv
Andrahandsuthyrning - ansökan till BRF Vasen
Bostadsrättshavare: Lars-Göran Wiik, [[pnr]]
Andrahandshyresgäst: Fatima Noor, [[pnr:co]] (samordningsnummer, ny i Sverige)
Period: {{isodate}} - {{isodate}}

=== hand-lease sv
Uppsägning av hyresavtal
Jag, Håkan Berglund ([[pnr:s]]), säger härmed upp mitt hyresavtal för lägenhet 0503, Tallvägen 8.
Kundnummer hos hyresvärden: {{luhn10}}
Telefon: {{mobse}}

=== hand-lease sv
Parkeringsavtal
Plats nr {{n:3}}, garage Solna Centrum
Hyrestagare: personnummer [[pnr:lsp]]
Registreringsnummer: ABC 123
Avgift {{kr}} kr/mån, autogiro från konto {{clkto}}.

=== hand-estate sv
BOUPPTECKNING
Den avlidne: Karl-Erik Holmqvist, personnummer [[pnr:ld,old]]
Dödsdag: {{isodate}}
Dödsbodelägare:
Make: Margareta Holmqvist, [[pnr:ld,old]]
Son: Fredrik Holmqvist, [[pnr:ld]]
Förrättningsmän: Lena Ek och Olle Brink
Tillgångar: Fastigheten Hällby 3:14, taxeringsvärde {{kr}} kr

=== hand-estate sv
Dödsboanmälan
Den avlidnes personnummer: [[pnr:plus]]
Avled: {{isodate}} på Danderyds sjukhus
Anmälare: Socialtjänsten, handläggare Tove Lund
Dödsboet saknar tillgångar för begravning.

=== hand-estate sv
Arvskifteshandling
Dödsboet efter Astrid Nyman ([[pnr:ld,old]]) har skiftats enligt följande:
Till Bo Nyman ([[pnr:ld]]) 50 %
Till Kerstin Nyman Falk ([[pnr:ld]]) 50 %
Bankens referens: {{n:12}}

=== hand-union sv
Medlemsförteckning - IF Metall avd. 14
Medlemsnr    Namn               Personnr
{{luhn10}}   Anders Löfgren     [[pnr:s]]
{{luhn10}}   Hanna Persson      [[pnr:s]]
{{luhn10}}   Tomas Kvarnström   [[pnr:s,co]]
Medlemsnumren räknas fram med Luhn och kan se ut som personnummer.

=== hand-union sv
Kommunal - inträdesblankett
Personnummer (ÅÅÅÅMMDD-NNNN): [[pnr:ld]]
Namn: Emelie Brorsson
Arbetsplats: Äldreboendet Linden
Avgift dras via lön. Löneart {{n:4}}.

=== hand-union sv
Akademikernas a-kassa - ersättningsbesked
Medlem: [[pnr]]
Ersättningsperiod v. 12-15
Utbetalt: {{amount}} kr till konto {{clkto}}

=== hand-union sv
Vision - röstlängd årsmöte
Röstberättigade medlemmar (endast medlemsnummer anges):
{{luhn10}}, {{luhn10}}, {{luhn10}}, {{luhn10}}
Inga personnummer i röstlängden enligt stadgarna.

=== hand-pawn sv
Pantbanken Sverige - lånebevis
Lånenummer: {{luhn10}}
Låntagare: Zeynep Arslan, personnummer [[pnr]]
Pant: halsband guld 18K, 21 g
Lånebelopp {{kr}} kr. Förfallodag {{isodate}}.

=== hand-pawn sv
Auktion - köparregister (Bukowskis)
Köpare 1: Rolf Ekberg, pnr [[pnr:l]], klubbat {{kr}} kr
Köpare 2: Solveig Sund, pnr [[pnr:l]], klubbat {{kr}} kr
Köpare 3: företag, org.nr {{orgnr}}, klubbat {{kr}} kr

=== hand-pawn sv
Blocket-affär, kvitto (egenhändigt)
Säljare: Ivan Petrov, samordningsnr [[pnr:co]]
Köpare: Sofie Berg
Vara: Husqvarna gräsklippare, serienr {{n:9}}
Pris {{kr}} kr via Swish {{mobse}}

=== hand-travel sv
Passagerarlista - Waxholmsbolaget, gruppbokning
Namn, födelsedatum, telefon
Britta Öhman, {{isodate}}, {{tlfse}}
Gösta Öhman, {{isodate}}, {{tlfse}}
Personnummer behövs inte för resan.

=== hand-travel sv
Skolresa till Berlin - deltagare och personnummer (krävs av försäkringsbolaget)
Alva Lindqvist     [[pnr:ld,kid]]
Hugo Ferm          [[pnr:ld,kid]]
Leila Jafari       [[pnr:ld,kid,co]]
Ansvarig lärare:   Maria Holm, [[pnr:ld]]

=== hand-travel sv
Bokningsbekräftelse SJ
Bokningsnummer: {{luhn10}}
Resenär: 1 vuxen
Avgång Stockholm C {{time}}, ankomst Malmö C {{time}}
Biljettnummer {{luhn12}}

=== hand-hr sv
Checklista ny medarbetare (HR)
☑ Anställningsavtal signerat
☑ Personnummer inlagt i Hogia: [[pnr:ld]]
☐ Skattetabell och kolumn
☐ Bankkonto {{clkto}}
☐ Passerkort {{luhn10}}
Chef: Ingrid Hammar

=== hand-hr sv
Lönespecifikation december
Anst.nr {{n:5}}   Pnr [[pnr:s]]
Grundlön {{kr}}
OB-tillägg {{kr}}
Skatt {{kr}}
Utbetalas till konto {{clkto}}

=== hand-hr sv
Intyg om anställning
Härmed intygas att Oskar Widell, född {{isodate}}, personnummer [[pnr:ld]], har varit anställd hos Clas Ohlson AB (org.nr {{orgnr}}) som säljare.
Sundsvall {{isodate}}

=== hand-hr sv
Hej Lönekontoret!
Ny timanställd: Jasmine Ekholm, [[pnr]]. Hon har inget svenskt bankkonto än, vi betalar med utbetalningskort.
Hennes mobil: {{mobse}} (inte ett personnummer, trots 10 siffror)

=== hand-hr sv
Rekrytering - referenstagning
Kandidat: Victor Hjelm (personnummer har vi inte bett om)
Referens: tidigare chef, {{tlfse}}
Anteckning: positiva omdömen.
Kandidat-id {{luhn10}}

=== hand-notify sv
Kivra: Du har fått ett nytt brev från Försäkringskassan
Ämnet är: Beslut om föräldrapenning
Till: [[pnr:ld]]
Öppna Kivra för att läsa.

=== hand-notify sv
Min myndighetspost - avisering
Avsändare: Skatteverket
Mottagare: [[pnr:l]]
Brevet innehåller: Preliminär skatteuträkning
Meddelande-id {{luhn12}}

=== hand-notify sv
BankID-signering
Du signerar: Låneansökan hos SBAB
Personnummer som signerar: [[pnr:s]]
Referens: {{luhn10}}
Om du inte känner igen detta, avbryt.

=== hand-notify sv
Swish-betalning mottagen
Från: {{mobse}}
Belopp: {{kr}} kr
Meddelande: "hyra mars"
Referens {{n:12}}

=== hand-ocr sv
FAX FRÅN VÅRDCENTRALEN ÖSTERMALM   {{isodate}} {{time}}   SID 1
PAT1ENT   [[pnr:ld]]
D1AGNOS   J06.9
REM1TTENT  Dr. Hallberg
-----------   S 1 D   1   A V   1   -----------

=== hand-ocr sv
Bouppteckning (inskannad, sid 2)
Dödsbodelägare: Lennart  Åkesson   pnr   [[pnr:ld]]
Äga re  t ill  fa stighet: Ja
0rg.nr  för  dödsboets  firma:  {{orgnr}}

=== hand-ocr sv
K V I T T O
Pantbanken    Malmö
Låntagare  pers.nr  [[pnr]]
Belopp   {{kr}}   kr
Ränta    {{amount}}

=== hand-pdf sv
Hyreskontrakt                                                        Sida 1 (4)
Hyresgäst: Erika Nordin, personnum-
mer [[pnr:ld]], nedan kallad hyresgästen.
Hyreskontrakt                                                        Sida 2 (4)
Hyran erläggs månadsvis i förskott till hyresvärdens bankgiro {{bg}}.

=== hand-pdf sv
Försäkringsbrev Sida 1 Försäkringstagare Personnummer Försäkringsnummer Karin Udd [[pnr:ld]] {{luhn10}} Försäkringsbrev Sida 2 Premie {{kr}} kr per år Betalas via autogiro

=== hand-pdf sv
Personuppgifter                       Kontaktuppgifter
Namn: Jesper Wall                     Mobil: {{tlfse}}
Personnummer: [[pnr]]          E-post: jesper.wall@telia.se
Folkbokförd: Umeå                     Kundnr: {{luhn10}}

=== hand-pdf sv
Beslut om bistånd enligt 4 kap. 1 § SoL Sida 1 av 2
Sökande [[pnr:nl]] Hanna Vik
Beslut om bistånd enligt 4 kap. 1 § SoL Sida 2 av 2
Beviljat belopp {{kr}} kr

=== hand-md sv
## Kunder som ska migreras (Confluence)
| Kundnr | Namn | Personnummer | Status |
|---|---|---|---|
| {{luhn10}} | Stefan Ljung | [[pnr:ld]] | klar |
| {{luhn10}} | Petra Wiklund | [[pnr:ld]] | väntar |
| {{luhn10}} | Företag AB | {{orgnr}} (org.nr) | klar |

=== hand-md sv
# Wiki: Testpersoner i utvecklingsmiljön
Använd bara Skatteverkets testpersonnummer, aldrig riktiga.
Någon har råkat klistra in en riktig kunds nummer här: [[pnr:ld]] - TA BORT!
Se även sidan "Maskning av data".

=== hand-md sv
| Uppgift | Ansvarig | Klart |
|:--|:--|:--:|
| Skicka lönespec till [[pnr]] (Ebba Lind) | Löner | ✓ |
| Förnya avtal med org.nr {{orgnr}} | Inköp | ✗ |
| Kontrollera OCR {{ocr}} | Ekonomi | ✓ |

=== hand-ticket sv
[Jira] HR-{{n:3}}: Fel personnummer i Primula
Beskrivning: Anställd har bytt från samordningsnummer [[pnr:co]] till personnummer [[pnr]]. Gamla numret ligger kvar i lönesystemet.
Assignee: Sanna Forsberg
Labels: lön, personuppgifter

=== hand-ticket sv
Zendesk #{{n:6}} - "Kan inte logga in"
Kundens meddelande: "Hej jag har ordernummer {{luhn10}} och vill byta leveransadress. Mitt personnr är [[pnr:s]] om ni behöver det."
Intern anteckning: Kunden skickade personnummer, radera efter verifiering.

=== hand-ticket sv
Ärende INC{{n:7}} - Ordernummer flaggas som personnummer
Våra ordernummer är tio siffror och börjar med orderdatum ÅÅMMDD, sista siffran är Luhn. Exempel: {{luhn10}}, {{luhn10}}. De ska inte maskas i rapporterna.

=== hand-sms sv
SMS-logg, vårdcentralen
{{isodate}} {{time}} till {{mobse}}: Påminnelse om din tid hos sjuksköterskan i morgon.
{{isodate}} {{time}} till {{mobse}}: Ditt provsvar finns i 1177.
{{isodate}} {{time}} till {{mobse}}: Ange personnummer [[pnr:s]] vid ankomst i kiosken.

=== hand-sms sv
Hej älskling, vad är ditt personnummer? Ska boka flyget åt dig
> [[pnr:ld]]
Tack! Bokat nu 👍

=== hand-tech sv
<?xml version="1.0" encoding="UTF-8"?>
<Folkbokforingspost>
  <Personnummer>[[pnr:l]]</Personnummer>
  <Namn><Fornamn>Wilhelm</Fornamn><Efternamn>Sandell</Efternamn></Namn>
  <Kommunkod>0180</Kommunkod>
  <Arendenummer>{{luhn12}}</Arendenummer>
</Folkbokforingspost>

=== hand-tech sv
{"kund":{"id":"{{luhn10}}","personnummer":"[[pnr:ld]]","telefon":"{{tlfse}}"},"order":{"nr":"{{luhn12}}","belopp":{{kr}}}}

=== hand-tech sv
personnr,fornamn,efternamn,anstalld,lon
[[pnr:l]],Ida,Ström,{{isodate}},{{kr}}
[[pnr:l]],Omar,Hassan,{{isodate}},{{kr}}
[[pnr:l,co]],Ana,Popescu,{{isodate}},{{kr}}

=== hand-path sv
Filer i exportmappen:
/srv/export/bankid/[[pnr:l]]/signatur.xml
/srv/export/bankid/[[pnr:l]]/signatur.xml.sha256
/srv/export/order/{{luhn12}}.json

=== hand-path sv
https://minasidor.exempel.se/kund?pnr=[[pnr:l]]&visa=fakturor
Loggen visar att personnumret skickades i URL:en, vilket vi ska sluta med.

=== hand-neg sv
Faktura 88{{n:4}}
Säljare: Byggmax AB, org.nr {{orgnr}}, momsreg.nr SE{{n:10}}01
Kund: Bostadsrättsföreningen Eken, org.nr {{orgnr}}
Artikel {{ean}} Trall 28x120  {{amount}} kr
Betala till bankgiro {{bg}} eller plusgiro {{pg}}, OCR {{ocr}}
Ingen personuppgift finns på fakturan.

=== hand-neg sv
Din order {{luhn10}} har skickats. Spårningsnummer: {{track}}.
Kundtjänst: {{tlfse}}. Ordernumret ser ut som ett personnummer men är det inte.

=== hand-neg sv
Utdrag ur kundregistret (maskerat)
Kund 1: {{mpnr}}
Kund 2: {{mpnr}}
Kund 3: {{mpnr}}
Sista fyra maskeras enligt vår policy.

=== hand-neg sv
Personnumret {{badpnr}} som du angav har fel kontrollsiffra. Kontrollera och försök igen.
Även {{badpnr}} är fel.

=== hand-neg sv
Telefonlista Kalmar Segelsällskap
Ordförande     {{tlfse}}
Hamnkapten     {{mobse}}
Kassör         {{mobse}}
Plusgiro       {{pg}}
Org.nr         {{orgnr}}

=== hand-neg sv
Pallets inleverans vecka {{n:2}}
SSCC                   Artikel (GTIN)       Antal
{{sscc}}   {{gtin}}   40
{{sscc}}   {{gtin}}   12
Inleveransnummer {{luhn12}}

=== hand-edge sv
Personnummer skrivet på olika sätt i samma ärende:
[[pnr:l#a]] (Skatteverket), [[pnr:ld#a]] (Försäkringskassan)
och samma person i banken: [[pnr:s#a]]

=== hand-edge sv
Två hundraåringar på Solbacka: Elsa Bergman [[pnr:plus]] och Harald Nyberg [[pnr:plus]]. Grattis!

=== hand-edge sv
Personnummer:[[pnr:s]];Namn:Signe Ahl;Avd:2
Personnummer:[[pnr:s]];Namn:Rolf Ahl;Avd:2

=== hand-edge sv
Samordningsnummer för säsongsarbetare (bärplockning):
Nguyen Van Minh [[pnr:co]]
Somchai Rattana [[pnr:co]]
Arbetsgivare org.nr {{orgnr}}

=== hand-edge sv
Personnummer som radbryts i PDF-exporten:
Anna Tell [[pnr:nl]]
Gustav Tell [[pnr:nl]]

=== hand-edge sv
Kontoinnehavare: Hilda Rosén. Nordea personkonto: clearing 3300, kontonummer [[pnr:s]] (personkontot är personnumret).

=== hand-form sv
Ansökan om förskoleplats
Barnets personnummer: [[pnr:ld,kid]]
Vårdnadshavare 1: [[pnr:ld]]  Tel {{mobse}}
Vårdnadshavare 2: [[pnr:ld]]  Tel {{mobse}}
Önskat startdatum: {{isodate}}

=== hand-form sv
Fullmakt
Jag, Birgitta Svanberg ([[pnr:plus]]), ger min dotter Annika Svanberg ([[pnr]]) fullmakt att sköta mina bankärenden.
Ort och datum: Västerås {{isodate}}

=== hand-form sv
Ansökan om pass - Polismyndigheten
Sökande: Liam Öberg, personnummer [[pnr:ld,kid]]
Vårdnadshavare: Nadja Öberg, personnummer [[pnr:ld]]
Ärendenummer {{luhn12}}

=== hand-form sv
Anmälan om ändrad inkomst - bostadsbidrag
Personnummer: [[pnr:lsp]]
Ny inkomst per månad: {{kr}} kr
Från och med: {{isodate}}
"""
