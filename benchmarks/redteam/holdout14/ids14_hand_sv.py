"""Hand-written Swedish business documents of the v14 identifier hold-out (written by rt14a for this set)."""

BANK = r"""
=== hand-mail sv
Hej Anna!

Tack för att du tog dig tid i går. Som utlovat kommer mitt personnummer för anställningen: [[pnr]].
Jag börjar den 11 januari enligt avtalet.

Vänliga hälsningar
Erik Sundqvist
{{seph}}

=== hand-mail sv
Hej,

jag har fått fel skatteavdrag i november. Kan ni kolla? Personnr [[pnr:s]], anst.nr {{n}}.
Lönespecen säger tabell 33 men jag ska ha 31 (Göteborg).

/Sofia Lindgren

=== hand-mail sv
Hej Karin

Vår nya konsult från Polen har fått samordningsnummer, inte personnummer. Det är [[pnr:co]]. Lägg in det i
Hogia så som det står, systemet klarar dagar över 60.

Mvh
Magnus, Ekonomi

=== hand-mail sv
Hej Lena,

Vi behöver uppgifter om din sambo till tjänstepensionen (efterlevandeskydd):
Namn: Jonas Ek
Personnummer: [[pnr]]
Ditt eget personnummer har vi redan: [[pnr#a]].

> Hej, är det här rätt nu? [[pnr#a]] är mitt. /Lena

Hälsningar
Löneavdelningen

=== hand-mail sv
Hej!

Faktura {{luhn12}} är betald, se bifogat kvitto. Betalningen gick via bankgiro {{bg}}, OCR {{ocr}}.
Ni har alltså fel i reskontran. Vårt kundnummer hos er är {{luhn10}}.

Hälsningar Agneta, Ekonomiavdelningen
Tel {{seph}}

=== hand-mail sv
Hej Per

Min mormor Greta Holm fyller 102 i mars och hon behöver hjälp med fullmakten till banken. Hennes personnummer är
[[pnr:old]]. Jag har själv [[pnr]].

Tack!
Maria Holm

=== hand-mail sv
Hej Fredrik,

Rättelse: personnumret i gårdagens mejl var fel (sista siffran, {{badpnr}} går inte igenom kontrollen).
Rätt är [[pnr]].

/Ulla, HR

=== hand-mail sv
Hej

Här är kontaktuppgifterna till den nya ekonomichefen som ska in i Bolagsverket:
Linnea Åberg, personnr [[pnr:sn]], tfn {{seph}}
Bolaget: Norrsken Redovisning AB, org.nr {{orgnr}}

Mvh Johan

=== hand-mail sv
Hej Ebba

Kan du lägga upp en ny kund i Fortnox? Privatperson, ROT-avdrag:
Namn: Göran Blom
Personnummer: [[pnr:s]]
Fastighetsbeteckning: Sollentuna Viby 3:14
Tel: {{seph}}

Tack / Viktor

=== hand-mail sv
Hej!

Jag har fått ett nytt samordningsnummer efter att Skatteverket rättade mitt födelsedatum: [[pnr:co]]
Det gamla ska inte användas mer.

Mvh Andrzej Kowalski
Lagret, Borås

=== hand-mail sv
Hej Stina

Beställningen är mottagen, ordernr {{luhn10:dash}}. Leverans vecka 51.
Ring oss på {{seph}} om något är fel.

Med vänlig hälsning
Kundtjänst

=== hand-mail sv
Hej Malin,

> Kan du skicka personnumret igen, det blev konstigt i förra mejlet?
Ja, här:
[[pnr:nl]]
(det blev radbrytning i telefonen)

Mvh Oskar

=== hand-mail sv
Hej Lovisa

Försäkringskassan vill ha arbetsgivarintyg för Björn Nyström, personnummer [[pnr:lsp]]. Intyget ska avse
perioden 2026-01-01 – 2026-11-30. Kan du fixa det före fredag?

/Anders

=== hand-mail sv
Hej,

Vi har tagit emot din ansökan om föräldraledighet. Barnets personnummer: [[pnr:kid]]. Ditt personnummer:
[[pnr]]. Ledigheten registreras från 2027-02-01.

Vänliga hälsningar
HR-service

=== hand-mail sv
Hej!

Du frågade om numret på fakturan: 2026-11-28-0412 är inte ett personnummer, det är vårt datum + löpnummer.
Kundnummer: {{luhn10}}. Ditt personnummer finns inte på fakturan.

/Hedvig

=== hand-mail sv
Hej Karl

Jag har ett problem med min ersättning. Jag har personnr. "[[pnr:s]]" och skickade reseräkningen den 12:e men
har inte fått något. Reseräkning nr {{n}}, belopp 1 245 kr.

Tack, Ylva

=== hand-mail sv
Hej,

Vi på Norrsken Redovisning AB (org.nr {{orgnr}}) har fått en förfrågan från Skatteverket om en av era
anställda, Pontus Ekholm, [[pnr]]. Kontakta oss på {{seph}}.

Med vänliga hälsningar
Eva Sjöberg

=== hand-mail sv
Hej Håkan,

här kommer uppgifterna till inbjudan:
Namn: Siv Lundqvist, 101 år (!), pnr [[pnr:old]]
Följeslagare: dottern Ingrid Lundqvist, pnr [[pnr]]

/Tove, föreningen

=== hand-mail sv
Hej Sara

I bifogad fil har jag rättat personnumren. Tidigare stod t.ex. Emma Berg som 19850230-1234 (30 februari finns
inte), nu står hon rätt med [[pnr]].

/Gustav

=== hand-mail sv
Hej,

Kan ni ändra min adress? Ny adress: Storgatan 14, 722 15 Västerås.
Personnummer [[pnr]], kundnummer {{luhn10}}.

Tack!
Elin Strand

=== hand-hr sv
ANSTÄLLNINGSBEVIS

Arbetsgivare: Fjällbyggarna AB, org.nr {{orgnr}}
Arbetstagare: Mikael Holmberg, personnummer [[pnr]]
Befattning: Snickare
Tillträde: 2027-01-04
Lön: 32 500 kr/mån, utbetalas till clearing {{clr}}

=== hand-hr sv
Sjukanmälan (telefon)
Namn: Astrid Wallin
Personnr: [[pnr]]
Sjuk från: 2026-12-02, ringde 07:12 från {{seph}}
Karensavdrag görs i december.

=== hand-hr sv
Hej Agneta

Inför lönesamtalen: här är listan från Hogia (bara de som är berörda):
Per Dahl        [[pnr]]     34 200
Anna Dahl       [[pnr]]     31 800
Olof Brandt     [[pnr:co]]     28 900
/Mattias

=== hand-hr sv
Introduktionschecklista
☑ Anställningsavtal signerat
☑ Personnummer registrerat: [[pnr]]
☐ Passerkort (kortnr {{n}})
☑ Bankkonto: {{clr}}

=== hand-hr sv
Utdrag ur belastningsregistret begärt för:
Namn: Rune Eklund
Personnummer: [[pnr:sn]]
Ärendenummer hos Polisen: {{luhn10}}
(utdraget förstörs efter kontroll)

=== hand-hr sv
Uppsägning på egen begäran

Jag, Maja Falk ([[pnr]]), säger härmed upp min anställning. Sista arbetsdag 2027-01-31.

Stockholm 2026-12-01
Maja Falk

=== hand-hr sv
Hej HR!

Jag har fått tvillingar 🎉 och vill lägga till dem i sjukvårdsförsäkringen:
Vera, [[pnr:kid,l]]
Vilgot, [[pnr:kid,l]]
Mitt personnummer: [[pnr:l]]

/Alva

=== hand-hr sv
Anteckning efter utvecklingssamtal
Medarbetare: Torbjörn Lind (pnr [[pnr:s]])
Önskar: gå ner till 80 %, utbildning i truck
Ny mobil: {{seph}}

=== hand-hr sv
Tjänstgöringsintyg

Härmed intygas att Frida Norén, personnummer [[pnr]], har varit anställd hos oss från 2019-03-01
till 2026-11-30 som ekonomiassistent.

Göteborg 2026-12-02
Stig Hellström, VD

=== hand-hr sv
Hej

Vår timanställde Leif har fått ett nytt skattekort. Det står samordningsnummer [[pnr:co,s]] på det, men vi har
personnummer [[pnr:s]] i systemet. Vilket ska vi använda?

/Lena

=== hand-payroll sv
Lönefil december (kopierad från Excel)
Anst.nr;Namn;Personnr;Bruttolön;Skatt
{{n}};Lars Ek;[[pnr]];35 400;10 212
{{n}};Karin Ek;[[pnr:l]];33 100;9 540
{{n}};Nils Olsson;[[pnr:co]];29 000;8 020

=== hand-payroll sv
Kontrolluppgift – arbetsgivardeklaration på individnivå (utkast)
Betalningsmottagare: Kristina Persson
Personnummer: [[pnr:l]]
Kontant bruttolön: 412 800 kr
Avdragen skatt: 118 400 kr
Arbetsgivare org.nr: {{orgnr:nd}}

=== hand-payroll sv
Personal	Personnummer	Timmar	Timlön
Sven Holm	[[pnr]]	160	210
Greta Holm	[[pnr]]	80	195
Jonas Lund	[[pnr:co]]	40	180

=== hand-payroll sv
Hej,

Utlägg för november ska utbetalas med lönen:
Henrik Axelsson [[pnr:s]] – 1 280 kr (tåg)
Annika Wik [[pnr:s]] – 412 kr (parkering)
Pontus Berg [[pnr:sn]] – 96 kr (porto)

Mvh Siv

=== hand-payroll sv
Semesterlöneskuld per 2026-11-30
Anställd,Personnummer,Sparade dagar,Skuld
"Ahlström, Malin",[[pnr]],12,"18 240"
"Bergqvist, Olof",[[pnr]],4,"6 100"
"Carlsson, Märta",[[pnr:co]],0,"0"

=== hand-payroll sv
Ändring skattejämkning
Anställd: Gunnar Sjödin, [[pnr:lsp]]
Jämkningsbeslut från Skatteverket, beslut nr {{luhn12}}
Ny skatt per månad: 6 210 kr från januari.

=== hand-payroll sv
Felmeddelanden vid import (lönesystemet)
Rad 4: "Ogiltigt personnummer {{badpnr}}" – kontrollsiffran stämmer inte
Rad 9: "Okänt format [[pnr:co]]" – samordningsnummer, godkänt manuellt
Rad 12: OK

=== hand-supplier sv
Hej Pernilla,

Jag fakturerar som enskild firma och har inget eget org.nr än, så använd mitt personnummer: [[pnr]].
F-skattsedel finns. Faktura {{n}} på 14 500 kr är bifogad. Bankgiro {{bg}}.

Mvh Jonas Hägg, fotograf

=== hand-supplier sv
Hej Göran

Leverantörsregistret ska uppdateras:
– Fjällbyggarna AB, org.nr {{orgnr}}, bankgiro {{bg}}
– Elin Berg (enskild firma), org.nr = personnr [[pnr:s]], plusgiro {{pg}}
– Norrsken Redovisning AB, org.nr {{orgnr}}

/Anna

=== hand-supplier sv
Påminnelse

Vi kan inte se att faktura {{luhn10}} har betalats. Förfallodatum var 2026-11-15.
Belopp: 7 480 kr. Bankgiro {{bg}}, OCR {{ocr}}.
Frågor: {{seph}}
Org.nr {{orgnr}}

=== hand-supplier sv
Hej

Vi byter bank från årsskiftet. Nytt bankgiro: {{bg}}. Gamla plusgirot {{pg}} stängs 2027-01-31.
Ange alltid OCR-nummer vid betalning.

Med vänliga hälsningar
Ekonomiavdelningen, Fjällbyggarna AB

=== hand-invoice sv
FAKTURA (ROT-arbete)
Kund: Ingrid och Per Sandberg
Personnummer för ROT: [[pnr]], [[pnr]]
Fastighet: Uppsala Kåbo 12:4
Arbetskostnad 48 000 kr, ROT-avdrag -14 400 kr
Fakturanr {{luhn10}}  OCR {{ocr}}
Bankgiro {{bg}}

=== hand-invoice sv
Kreditfaktura
Avser faktura {{luhn12}} (felaktig moms)
Kund nr {{luhn10:dash}}
Belopp -2 400,00 kr
Org.nr säljare {{orgnr}}

=== hand-invoice sv
Inkassokrav

Gäldenär: Håkan Wiklund, [[pnr:s]]
Borgenär: Norrsken Redovisning AB, org.nr {{orgnr}}
Vårt ärendenr: {{luhn12:dash}}
Kapitalbelopp 3 200 kr, ränta 42 kr, avgift 180 kr
Betala till bankgiro {{bg}} med OCR {{ocr}}

=== hand-voucher sv
Verifikation nr {{n}}
Datum 2026-11-14
Text: Utlägg, representation, Tove Lundberg (pnr [[pnr]])
Konto 6071 Representation 840,00
Konto 2641 Ingående moms 105,00
Konto 2890 Skuld anställd -945,00

=== hand-voucher sv
Kvitto kontantutlägg
Utlagt av: Alva Svensson, personnummer [[pnr:s]]
Vad: blommor till kund, 395 kr
Attest: ____  Ver.nr {{n}}

=== hand-minutes sv
Protokoll fört vid styrelsemöte i Bostadsrättsföreningen Linden, org.nr {{orgnr}}
Datum: 2026-11-26
§ 4 Ny firmatecknare: Karl Ahlberg, personnummer [[pnr]], väljs som ordförande och firmatecknare
tillsammans med Eva Ahlberg, personnummer [[pnr]].
§ 5 Avgiftshöjning 3 % från 2027-01-01.
Justeras: ________

=== hand-minutes sv
Minnesanteckningar, ledningsgruppen 2026-12-01
1. Kassaflöde: OK, se bilaga.
2. Nytt ärendesystem: alla ärenden får nummer på formen ÅÅMMDDNNNN, t.ex. {{luhn10}}. Obs att de kan se ut som
personnummer men inte är det.
3. Julbord 2026-12-18.

=== hand-minutes sv
Protokoll, extra bolagsstämma Fjällbyggarna AB (org.nr {{orgnr}})
Närvarande aktieägare: Olof Brandt ([[pnr]]), Ebba Brandt ([[pnr]]), Norrsken Invest AB ({{orgnr}})
Beslut: ny styrelseledamot Ebba Brandt.

=== hand-board sv
Styrelsepromemoria: Ny VD
Styrelsen föreslår att Anna-Karin Molin, personnr [[pnr]], utses till VD från 2027-03-01. Registrering hos
Bolagsverket sker efter beslut. Lön enligt separat bilaga.

=== hand-board sv
Aktiebok (utdrag) 2026-12-31
Aktieägare                Person-/org.nr            Aktier
Göran Falk                [[pnr]]             500
Falk Holding AB           {{orgnr}}             1 500
Sofia Falk                [[pnr:kid]]             100

=== hand-contract sv
SKULDEBREV
Låntagare: Emil Sandström, personnummer [[pnr]]
Långivare: Fjällbyggarna AB, org.nr {{orgnr}}
Lånebelopp: 50 000 kr. Amortering 2 000 kr/mån till bankgiro {{bg}}.

=== hand-contract sv
HYRESAVTAL, förråd
Hyresgäst: Lennart Björk, pnr: [[pnr:s]]
Hyresvärd: Bostadsrättsföreningen Linden, org.nr {{orgnr}}
Hyra: 350 kr/mån. Uppsägningstid: en kalendermånad.

=== hand-contract sv
FULLMAKT
Jag, Birgitta Nord ([[pnr:old]]), ger min son Ulf Nord ([[pnr]]) fullmakt att företräda mig i alla
bankärenden.
Ort och datum: Luleå 2026-11-20

=== hand-chat sv
[08:52] Johan Lind: vad är nya killens personnummer? behöver till passerkortet
[08:53] Sara Eng: [[pnr:s]]
[08:53] Sara Eng: han har också mobil {{seph}}
[08:55] Johan Lind: tack, tar bort det från chatten nu

=== hand-chat sv
Elin  09:30
har någon kundnumret till Fjällbyggarna?
Mattias  09:31
{{luhn10}}
Elin  09:31
det ser ut som ett pnr 😅
Mattias  09:32
ja gamla systemet, datum + löpnr

=== hand-chat sv
Viktor: behöver mammas pnr till flexförsäkringen
Karin: hennes är [[pnr:s]]
Viktor: och pappas?
Karin: [[pnr:s]] tror jag

=== hand-chat sv
Anna 14:03: Ordernr {{luhn10:dash}} har fastnat i tullen
Anna 14:03: ring 0046 31 123 45 67
Per 14:10: fixat

=== hand-form sv
ANSÖKAN OM FRISKVÅRDSBIDRAG (handskriven)
Namn: INGRID MÅRTENSSON
Personnummer: [[pnr:s]]
Aktivitet: Gymkort   Belopp: 2 400 kr
Kvitto bifogat ☑

=== hand-form sv
Blankett för reseräkning
Namn: Pontus Eriksson    Pnr: [[pnr:l]]
Resa: Stockholm – Malmö 2026-11-23–24
Milersättning 42 mil
Traktamente: heldag 1, halvdag 1

=== hand-form sv
Registrering tjänstebil
Förare: Mikael Strand
Personnummer ..... [[pnr]]
Reg.nr bil ....... ABC 123
Körkortsnummer ... {{luhn10}}

=== hand-pdf sv
Lönespecifikation Period 2026-11 Sida 1(1)
Namn Anst.nr Personnummer
Malin Sjögren {{n}} [[pnr]]
Månadslön 36 800,00 Skatt 10 720,00 Netto 26 080,00
Utbetalas till konto {{clr}}

=== hand-pdf sv
Personallista Avd 12 Utskriven 2026-12-01
Namn Personnr Anställd
Göran Ek [[pnr]] 2014-05-01 Sara Ek [[pnr]] 2020-08-15
Olof Lind [[pnr:co]] 2025-09-01
Sida 1 av 1

=== hand-pdf sv
Kontrolluppgift Sida 2
Person-/samordningsnummer
[[pnr:ocr]]
Kontant bruttolön m.m.
412 000

=== hand-scan sv
Inskannat intyg (OCR)
Intygas att Karin Öberg, personnr [[pnr:ocr,s]], har arbetat som städare.
Datum 2O26-11-3O

=== hand-scan sv
Fax, sida 1/2 (maskinläst)
Ang. anställd Henrik Vall, pnr [[pnr:ocr,l]]
Återkom på tel 08-555 12 3S

=== hand-csv sv
namn,personnummer,epost
Erik Nord,[[pnr:l]],erik.nord@telia.se
Karin Nord,[[pnr:l]],
Sven Nord,[[pnr:l]],sven.nord@gmail.com

=== hand-csv sv
"Förnamn";"Efternamn";"Personnr";"Telefon"
"Lovisa";"Hedlund";"[[pnr]]";"{{seph}}"
"Greta";"Hedlund";"[[pnr:co]]";"{{seph}}"

=== hand-csv sv
Deltagare, utbildning i hjärt-lungräddning (utan rubriker, kolumner namn/personnr/avdelning)
Anna Lind	[[pnr]]	Lager
Per Gren	[[pnr:co]]	Lager
Ulla Stål	[[pnr]]	Kontor

=== hand-csv sv
| Namn | Pnr | Kommentar |
|------|-----|-----------|
| Björn Aspelund | [[pnr:l]] | ny |
| Märta Aspelund | [[pnr:l]] | slutar 31/12 |

=== hand-csv sv
Medlemslista (export från föreningens register)
nr;namn;personnr;medlem sedan
{{n}};Stig Berglund;[[pnr:old]];1958
{{n}};Agneta Berglund;[[pnr]];1979
{{n}};Lovisa Berglund;[[pnr:co]];2024

=== hand-mail sv
Hej,

vill bara säga att numret jag skrev 19XX0101-1234 var ett exempel, inte mitt personnummer. Mitt riktiga står i
avtalet. Kundnumret {{luhn12}} är rätt däremot.

Mvh Axel

=== hand-mail sv
Hej Hedvig

Ring mig gärna på {{seph}}, [[pnr]] är mitt personnummer om du behöver slå upp mig i systemet.

/Olof

=== hand-mail sv
Hej!

Min pappa har avlidit och vi behöver säga upp hans abonnemang. Han hette Lennart Ström, personnr [[pnr:s]].
Kundnummer: {{luhn10}}. Dödsboet företräds av mig, Annika Ström, [[pnr]].

Med vänliga hälsningar
Annika

=== hand-mail sv
Hej Gunnar,

> Vi har personnumret [[pnr:s#z]] registrerat, stämmer det?

Ja, [[pnr:s#z]] stämmer. Adressen är dock ny.

Hälsningar Märta

=== hand-mail sv
Hej

Bifogar lönespecifikationen. Jag ser att personnumret står som (([[pnr:s]])) med dubbla parenteser, det är väl
bara layouten?

/Frida

=== hand-mail sv
Hej,

Kan ni ändra mitt bankkonto? Nytt: clearing {{clr}}. Mitt personnummer: [[pnr:l]].
Tack!
Oskar Lund
Mobil: +46 70 123 45 67

=== hand-mail sv
Hej,

Samordningsnumret för vår nya säsongsarbetare är [[pnr:co,l]]. Hon kommer från Litauen och har inget personnummer
än. Telefon {{seph}}.

/Lena, Bärplockning Norr

=== hand-mail sv
Hej Siv!

Tack för påminnelsen. Våra uppgifter:
Org.nr {{orgnr}}
Bankgiro {{bg}}
Momsreg.nr SE{{orgnr:nd}}01
Kontaktperson: Pontus Åkesson, {{seph}}
Inga personnummer behövs för fakturan.

/Pontus
"""

BANK += r"""
=== hand-mail sv
Hej Gunilla

Här kommer listan över de boende som ska få julgåva från föreningen (alla över 100 år!):
Anna-Lisa Berg, [[pnr:old]]
Sigvard Holm, [[pnr:old]]
Elsa Nyberg, [[pnr:old]]
Frågor: ring mig på {{seph}}.

/Margareta

=== hand-mail sv
Hej!

Tack för svaret. Mitt personnummer är
[[pnr:nl]]
och jag har haft samma mobilnummer ({{seph}}) i tio år.

Mvh Birger

=== hand-mail sv
Hej Karin,

> Vi behöver personnumret till din mamma för att ändra förmånstagare.
Hon heter Dagny Sjöberg, [[pnr:old]]. Hon fyller 103 i vår. Mitt eget nummer är [[pnr:s]].

Hälsningar Ulf Sjöberg
Tel {{seph}}

=== hand-mail sv
Hej Anders,

Nya samordningsnummer till vårens säsongspersonal (alla från Thailand, bärplockning):
Somchai P. [[pnr:co]]
Niran K. [[pnr:co]]
Malee S. [[pnr:co]]
Arun T. [[pnr:co]]
De har inte svenska personnummer.

/Bärgruppen

=== hand-mail sv
Hej Lena,

Rättelse i gårdagens lönefil: rad 14 hade personnummer och telefonnummer ihop: "{{seph}} [[pnr]]".
Det ska vara personnumret [[pnr]] i kolumn C och telefon i kolumn F.

/Peter, Lön

=== hand-mail sv
Hej Sofia,

Vi har tagit emot uppsägningen. Slutlön betalas ut den 25 januari. Ditt personnummer [[pnr:l]] och anställnings
nummer {{n}} står på slutlönebeskedet.

Med vänlig hälsning
Löneenheten

=== hand-mail sv
Hej

Fakturan ska ställas på mig som privatperson, inte företaget:
Tove Engström
Personnr: [[pnr:s]]
Org.nr för företaget (ska INTE användas): {{orgnr}}

Tack!

=== hand-mail sv
Hej igen,

jag skrev personnumret med punkter i förra mejlet, här är det utan: [[pnr:sn]].
Mitt kundnummer är {{luhn10}} (det som börjar likadant är en slump).

/Sven

=== hand-hr sv
Anhöriglista, krisberedskap (förvaras inlåst)
Anställd                 Personnr           Anhörig / telefon
Malin Öst                [[pnr]]      Per Öst / {{seph}}
Jonas Blad               [[pnr]]      Eva Blad / {{seph}}
Lisa Ahl                 [[pnr]]      Sten Ahl / {{seph}}

=== hand-hr sv
Hej HR,

Jag har fått samordningsnummer [[pnr:co,s]] i väntan på personnummer. När personnumret kommer (förmodligen i
februari) skickar jag det. Mitt anställningsnummer är {{n}}.

/Dmitri

=== hand-hr sv
Intyg om anställning för bolån
Härmed intygas att Henrik Sandell, [[pnr:l]], är tillsvidareanställd hos oss sedan 2015-04-01 med en
månadslön om 41 200 kr.
Bankens ärendenummer: {{luhn12}}

=== hand-payroll sv
lön dec - rättelser (kopierat från Teams)
Ahmed Y  [[pnr:co]]  +4 tim OB
Lisa K   [[pnr]]  -1 dag sjuk
Kent B   [[pnr:s]]  ny skattetabell 34

=== hand-payroll sv
Personnr|Namn|Semesterdagar kvar
[[pnr:l]]|Birgitta Ström|14
[[pnr:l]]|Hans Ström|3
[[pnr:l]]|Olle Ström|25

=== hand-payroll sv
Pensionsunderlag ITP 2026
Anställd: Rolf Edlund
Personnummer: [[pnr:lsp]]
Pensionsmedförande lön: 52 100 kr/mån
Försäkringsnummer: {{luhn12:dash}} (inte personnummer)

=== hand-supplier sv
Hej Magnus

Frilansaren Ida Holm saknar F-skatt, så vi betalar henne som anställd. Hennes personnummer: [[pnr]].
Arvode 8 000 kr för fotograferingen den 14/11. Konto: clearing {{clr}}.

/Karin

=== hand-invoice sv
Faktura — privatkund
Kund: Sten Lövgren (personnr [[pnr:s]])
Tjänst: Städning, RUT-avdrag 50 %
Fakturanr {{luhn10}}, förfallodatum 2026-12-31
Att betala 1 450 kr till bankgiro {{bg}}, OCR {{ocr}}

=== hand-minutes sv
Protokoll, årsmöte Fiskevårdsföreningen
§ 7 Val av kassör: Holger Vik, pnr [[pnr]], väljs på två år.
§ 8 Val av revisor: Gun Vik, pnr [[pnr]].
§ 9 Medlemsavgift oförändrad 200 kr. Föreningens org.nr {{orgnr}}, plusgiro {{pg}}.

=== hand-board sv
Förslag till styrelse 2027 (valberedningen)
Ordförande: Anders Lyck, [[pnr]]
Ledamot: Pia Nilsson, [[pnr]]
Ledamot: Karl-Erik Nilsson, [[pnr:old]] (hedersledamot)
Suppleant: Vakant

=== hand-contract sv
Köpeavtal, begagnad bil
Säljare: Tomas Falk, personnummer [[pnr]], tel {{seph}}
Köpare: Fjällbyggarna AB, org.nr {{orgnr}}
Reg.nr DEF 456. Pris 85 000 kr, betalas till bankgiro {{bg}}.

=== hand-chat sv
Johanna 16:22: behöver personnumren till kick-offen (hotellet kräver)
Mats 16:25: [[pnr]]
Linda 16:26: [[pnr:s]] 🙂
Ali 16:30: jag har samordningsnr [[pnr:co]]
Johanna 16:31: tack alla, raderar tråden imorgon

=== hand-form sv
Anmälan till företagshälsovården
Namn: Rut Lindahl
Person-nr: [[pnr:l]]
Arbetsplats: Lagret, Borås
Tel arbete: {{seph}}   Tel mobil: {{seph}}

=== hand-form sv
Godkännande av bakgrundskontroll
Jag, Patrik Sand, personnr. [[pnr:lsp]], godkänner att arbetsgivaren begär utdrag ur belastningsregistret.
Ort/datum: Malmö 2026-12-01   Underskrift: ____________

=== hand-pdf sv
Arbetsgivarintyg Sida 1 av 3 Den anställdes namn Personnummer Birgitta Lund [[pnr]] Anställningsform
Tillsvidare Arbetstid 40 tim/v Sista anställningsdag 2026-11-30 Arbetsgivarens org.nr {{orgnr}}

=== hand-pdf sv
Lönebesked
Personnummer
[[pnr:nl]]
Utbetalningsdag 2026-11-25

=== hand-csv sv
personnummer;namn;roll
[[pnr:l]];Gustav Ek;admin
[[pnr:l]];Vera Ek;användare
[[pnr:co,l]];Jan Kowal;användare

=== hand-csv sv
"Anställd","Personnr","Avdelning","Mobil"
"Nils Åkerlund","[[pnr]]","Ekonomi","{{seph}}"
"Sara Åkerlund","[[pnr]]","HR","{{seph}}"

=== hand-mail sv
Hej Britt,

Vår äldsta kund, Hilma Strand, har bett oss skicka fakturorna till hennes barnbarn i stället. Hilmas
personnummer: [[pnr:old]]. Barnbarnet: Jonna Strand, [[pnr]], tel {{seph}}.
Kundnummer {{luhn10}} oförändrat.

/Kundtjänst

=== hand-mail sv
Hej!

Personnumret blev avklippt i formuläret, så här kommer det igen (i två rader som det stod i PDF:en):
[[pnr:nl]]
Anställningsnummer {{n}}, avdelning 12.

Tack, Rasmus

=== hand-mail sv
Hej Eva

Till arbetsmiljöverket behöver vi personnummer för de två som skadades vid olyckan den 19 november:
– Kim Lindberg, [[pnr:l]]
– Amra Hodžić, samordningsnummer [[pnr:co,l]]
Anmälan görs i deras e-tjänst. Ärendenummer hos AFA: {{luhn10}}.

/Skyddsombudet
"""
