"""Hand-written documents holding no true identifier (hard negatives) for the v12 identifier hold-out."""

BANK = r"""
=== hand-neg da
Ordrebekræftelse
Ordrenr.: {{mod10:dash}}
Kundenr.: {{mod10}}
Levering: {{date}}. Betaling via FIK {{fik}}.

=== hand-neg da
Faktura {{date10}}
Sælger: Hjort Tømrer ApS, CVR-nr. {{cvr}}, P-nr. {{pnum}}
Beløb {{amount}} kr. inkl. moms. EAN {{ean}}.

=== hand-neg da
Kontoudtog
Reg.nr./konto {{regkto}}
{{date}} Overførsel {{amount}}
{{date}} Dankort {{amount}}
Saldo {{amount}}

=== hand-neg da
Pakkelabel
SSCC {{sscc}}
Sporingsnr. {{track}}
Modtager tlf. {{dk00}}

=== hand-neg da
Policeoversigt – indboforsikring
Policenr. {{mod10}} (policenummer, ikke CPR)
Skadenr. {{mod10:dash}}
Præmie {{amount}} kr./år

=== hand-neg da
Lønseddel (maskeret til udsendelse)
CPR: {{mcpr}}
Medarb.nr. {{n:6}}   SE-nr. {{cvr}}
Nettoløn {{amount}} kr.

=== hand-neg da
Fejl i indberetning: cpr {{badcpr}} findes ikke (ugyldig dato, dag over 31). Indberetter bedes sende korrekt nummer.

=== hand-neg da
Vi har modtaget cpr {{badmod}} – nummeret er forkert (kontrolcifferet passer ikke, og personen er født før 2007). Ret venligst.

=== hand-neg da
Kalenderinvitation: Budgetmøde
Tid: {{isodate}} {{time}}
Teams-møde-id: {{n:12}}
Adgangskode: {{n:6}}

=== hand-neg da
Chat-log, kundeservice
Kunde: mit ordrenummer er {{mod10}}
Agent: tak, jeg kan se pakken er afsendt, sporingsnr. {{track}}
Kunde: og mit kundenummer {{date10}}

=== hand-neg da
Boligforeningen – budget 2027
Konto 1110 Ejendomsskat {{amount}}
Konto 1120 Forsikring {{amount}}
Konto 1130 Vand {{amount}}
Afdelingsnr. {{n:4}}

=== hand-neg da
Byggetilladelse til Kirkebakken Udlejning A/S, CVR {{cvr}}
Matr.nr. 7a. Sagsnr. {{date10:dash}}. Ingen private ansøgere.

=== hand-neg da
Unix-tider i loggen: {{epoch}}, {{epoch}}, {{epoch}} (sekunder siden 1970).

=== hand-neg da
Stregkoder fra lageroptælling
{{embed}}
{{embed}}
{{ean}}
{{ean}}

=== hand-neg da
Telefonliste, sekretariatet
Reception {{tlfdk}}
Mobil vagt {{tlfdk8}}
Fra udlandet {{dk00}}

=== hand-neg da
Testnummer fra CPR-kontorets vejledning: {{mod10:dash}} – offentliggjort testnummer, ikke en person.

=== hand-neg da
Inkasso – oversigt over sager (uden personoplysninger)
Sag {{mod10}} – hovedstol {{amount}}
Sag {{mod10}} – hovedstol {{amount}}
Sag {{mod10}} – hovedstol {{amount}}

=== hand-neg da
Registreringsnr. {{plate:dk}}, stelnr. {{vin}}, forsikringspolice {{mod10}}. Ejer: leasingselskab, CVR {{cvrsp}}.

=== hand-neg da
Medlemsliste (kun medlemsnr.)
{{date10}}
{{date10}}
{{date10}}
{{date10}}

=== hand-neg da
const config = { orderId: "{{mod10}}", timeout: {{n:4}}, build: "{{stamp}}" };

=== hand-neg da
Spørgeskema-eksport
id;alder;svar
{{n:10}};41;ja
{{n:10}};27;nej
{{n:10}};63;ved ikke

=== hand-neg sv
Orderbekräftelse
Ordernr: {{luhn12:dash}}
Kundnr: {{luhn10}}
Betala till bankgiro {{bg}}, OCR {{ocr}}

=== hand-neg sv
Faktura från Byggnads AB, org.nr {{orgnr}}
Plusgiro {{pg}}. Momsreg.nr SE{{n:10}}01. Att betala {{amount}} kr.

=== hand-neg sv
Kontoutdrag
Clearing/konto {{clkto}}
IBAN {{ibanse}}
Saldo {{amount}} kr

=== hand-neg sv
Ärendelista kundtjänst
{{luhn12}} – stängt
{{luhn12}} – öppet
{{luhn12}} – väntar på kund

=== hand-neg sv
Felaktigt personnummer i ansökan: {{badpnr}} (kontrollsiffran stämmer inte). Sökanden ombeds skicka rätt nummer.

=== hand-neg sv
Personnummer: {{mpnr}} (maskerat i utskicket)

=== hand-neg sv
Telefonlista
Växel {{tlfse}}
Jour {{mobse}}
Från utlandet {{se00}}

=== hand-neg sv
Mobilnummer utan mellanslag från exporten: {{mobse}}, {{mobse}}, {{mobse}}

=== hand-neg sv
Transportstyrelsen – fordonsuppgifter
Reg.nr {{plate}}, chassinr {{vin}}, ägare: Leasingbolaget AB ({{orgnr}})

=== hand-neg sv
Tidsstämplar från inpasseringssystemet: {{stamp}}, {{stamp}}, {{stamp}}

=== hand-neg sv
Mötesinbjudan: Styrelsemöte BRF Eken
Tid {{isodate}} {{time}}. Plats: föreningslokalen. Föreningens org.nr {{orgnr}}.

=== hand-neg sv
Testpersonnummer från Skatteverkets lista för testmiljöer: {{luhn10:dash}} (offentliggjort testnummer)

=== hand-neg sv
Kvitto nr {{luhn10}} – kassa {{n:2}} – {{isodate}} {{time}} – summa {{amount}} kr

=== hand-neg sv
Inkassoärenden (anonymiserat)
{{luhn12:dash}};{{amount}}
{{luhn12:dash}};{{amount}}
{{luhn12:dash}};{{amount}}

=== hand-neg sv
CSN-inbetalning: bankgiro {{bg}}, OCR {{ocr:ten}}

=== hand-neg no
Faktura – Bergen Bygg AS, org.nr. {{noorg}}
KID {{fnrlike}}
Kontonr. {{fnrkto}}

=== hand-neg no
Ugyldig fødselsnummer i skjema: {{badfnr}} (kontrollsiffer feil). Søker må sende riktig nummer.

=== hand-neg fi
Lasku: Oy Nordic Ab, Y-tunnus {{ytunnus}}
Viitenumero {{n:10}}, eräpäivä {{date}}
Henkilötunnus: {{mhetu}} (peitetty)

=== hand-neg en
Build log: artifact {{uuid}} built at {{stamp}}, commit {{n:10}}, device IMEI {{imei}}

=== hand-neg en
Shipping manifest: SSCC {{sscc}}, tracking {{track}}, GTIN {{gtin}}, weight 12.4 kg

=== hand-neg en
Invoice 30 February? The date {{feb30}} on the form is impossible and was rejected as an identifier.

=== hand-neg en
Support ticket: customer number {{luhn10}} and order {{mod10:dash}}; phone {{tlfno}}; no national ID supplied.

=== hand-neg da
Sagsoversigt, Jobcenter (intern, uden borgere)
Sagsnr. {{date10:dash}} – lukket
Sagsnr. {{date10:dash}} – åben
Sagsnr. {{date10:dash}} – åben

=== hand-neg da
Kirkens regnskab: kollekt {{amount}} kr, konto {{regkto}}, CVR {{cvr}}

=== hand-neg sv
Kyrkans kollekt: {{amount}} kr till bankgiro {{bg}}, Swish {{n:10}}

=== hand-neg da
Tilmelding, løb: startnr. {{n:4}}, chip-nr. {{n:10}}, betalt via MobilePay {{tlfdk8}}

=== hand-neg sv
Lopp: startnummer {{n:4}}, tidtagningschip {{luhn10}}, betalt med Swish {{mobse}}
"""
