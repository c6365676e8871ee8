"""Hand-written English, Norwegian, Finnish, chat, technical and invoice documents (v10). Slots: see slots.py."""

BANK = r"""
=== hand-en en
Onboarding checklist - Copenhagen office

New hire: Thomas Lykke
Danish CPR number: [[cpr]]
Employee ID: {{n:6}}
Please upload the CPR card scan to Workday, not to Slack.
=== hand-en en
Hi Sarah,

For the Stockholm payroll run we still need the Swedish personal identity number (personnummer) of
Jenny Falk: [[pnr:ld]]. Her bank details are clearing {{clkto}}.

Cheers,
Mark (Payroll EMEA)
=== hand-en en
Incident report #{{n:5}}
A spreadsheet containing customer names and CPR numbers (e.g. row 12: [[cpr:plain]]) was shared via a public link.
Customer number in the same row: {{date10}} (not personal data in itself).
Severity: high.
=== hand-en en
KYC review - Nordic Crypto ApS
Customer: Lars Thygesen, onboarded {{isodate}}, CPR [[cpr]], phone {{tlfdk}}
Customer: Eva Strand, onboarded {{isodate}}, personnummer [[pnr:l]], phone {{tlfse}}
Risk score: low
=== hand-en en
Relocation summary
Employee moved from Oslo to Malmö. Norwegian national ID (fødselsnummer): [[fnr]].
New Swedish coordination number: [[pnr:co,ld]].
Tax residence changes {{isodate}}.
=== hand-en en
Please note: the number {{date10}} on your invoice is your customer reference, not your CPR number.
We never ask for your CPR number by e-mail.
=== hand-en en
Background check consent (Finland)
Name: Aino Virtanen
Personal identity code: [[hetu]]
Signed in Helsinki on {{date}}.
=== hand-en en
Shipping manifest
Consignee VAT: DK{{cvr}}
Tracking: {{sscc}}
Contact phone: {{tlfdk}}
Customs ref: {{date10}}
=== hand-en en
Dear Ms Hansen,
Your pension statement is attached. For security reasons we show only the first six digits of your CPR number
({{mcpr}}). Policy number {{date10}}.
Kind regards, Client Services
=== hand-en en
Contractor list (Q3)
- Ola Nordmann, Norway, ID no. [[fnr:sp]]
- Matti Korhonen, Finland, ID [[hetu]]
- Kristina Berg, Sweden, ID [[pnr:ld]]
- Niels Holt, Denmark, ID [[cpr]]
=== hand-nofi no
Hei Kari,
Her er opplysningene til arbeidsavtalen:
Navn: Even Haugen
Fødselsnummer: [[fnr]]
Kontonummer: {{fnrkto}}
Org.nr. arbeidsgiver: {{noorg}}
Hilsen Ingrid, HR
=== hand-nofi no
NAV - vedtak om dagpenger
Fødselsnr.: [[fnr:sp]]
Saksnummer: {{n:9}}
Du har rett til dagpenger fra {{date}}.
=== hand-nofi no
Skattekort 2026
D-nummer: [[fnr:d]]
Navn: Piotr Nowak
Arbeidsgiver: Bygg & Anlegg AS (org.nr {{noorg}})
=== hand-nofi no
Barnehageplass - bekreftelse
Barn: Sigrid, fnr [[fnr]]
Foresatt: Eirik Dahl, tlf {{tlfno}}
KID for foreldrebetaling: {{n:11}}
=== hand-nofi fi
Hei Mikko,
Tässä uuden työntekijän tiedot palkanlaskentaan:
Nimi: Laura Mäkinen
Henkilötunnus: [[hetu]]
Tilinumero: FI{{n:2}} {{n:4}} {{n:4}} {{n:4}} {{n:2}}
Terveisin, HR
=== hand-nofi fi
Kela - päätös
Henkilötunnus [[hetu]]
Asianumero {{n:10}}
Viitenumero {{n:10}}
Puhelin {{tlffi}}
=== hand-nofi fi
Personbeteckning: [[hetu]] (Ekenäs)
Felaktig beteckning i blanketten: {{badhetu}} - kontrolltecknet stämmer inte.
=== hand-nofi da
Norsk medarbejder i København: Håkon Lie, norsk fødselsnummer [[fnr]], dansk CPR [[cpr:nomod]] (tildelt 2024).
=== hand-nofi sv
Finsk student på utbyte: Veera Laine, henkilötunnus [[hetu]], svenskt samordningsnummer [[pnr:co]].
=== hand-chat da
[09:12] Mette: hej, kan du slå op på kunden?
[09:12] Jakob: cpr?
[09:13] Mette: [[cpr:plain]]
[09:13] Jakob: fundet. hun har ordrenr {{date10}}
[09:14] Mette: tak!! 👍
=== hand-chat da
Lasse: Mor, hvad er mit cpr nummer? Skal bruge det til lægen
Mor: [[cpr:kid]] skat ❤️
Lasse: tak
=== hand-chat sv
Support-chatt (Telia)
Kund: hej jag har fått dubbel faktura
Agent: Hej! Kan du uppge ditt personnummer?
Kund: [[pnr:s]]
Agent: Tack. Jag ser fakturanummer {{luhn10}} och {{luhn10}}. Jag krediterar den ena.
=== hand-chat sv
Emil: kan du skicka ditt pnr till banken, de tjatar
Frida: 12 siffror eller 10?
Emil: 12
Frida: [[pnr:l]]
=== hand-chat da
#lønteam (Slack)
@anne: nogen der ved hvorfor løbenr. {{date10}} fejler?
@ole: den er ikke et cpr, det er et løbenummer, systemet tror det er en dato 😅
@anne: ahh ok
=== hand-chat sv
Teams - #kundtjanst
Johanna 10:02: Kund ringde, pnr [[pnr:ld]], vill byta elavtal
Johanna 10:03: anläggnings-id {{n:18}}
Niklas 10:05: fixat
=== hand-chat da
Messenger
Kim: hvad var nu dit nye mobilnr?
Dorte: {{tlfdk}}
Kim: og din søns cpr til forsikringen?
Dorte: [[cpr:kid,sp]]
=== hand-tech da
{"medarbejder": {"navn": "Rikke Holst", "cpr": "[[cpr:plain]]", "lonnr": "{{date10}}", "afd": 14}}
=== hand-tech sv
<kund>
  <namn>Anders Palm</namn>
  <personnummer>[[pnr:l]]</personnummer>
  <kundnummer>{{luhn10}}</kundnummer>
  <telefon>{{mobse}}</telefon>
</kund>
=== hand-tech da
INSERT INTO borger (id, cpr, navn, kommune) VALUES ({{n:6}}, '[[cpr:plain]]', 'Villads Kirk', 751);
INSERT INTO borger (id, cpr, navn, kommune) VALUES ({{n:6}}, '[[cpr:plain,kid]]', 'Ellie Kirk', 751);
=== hand-tech sv
medlemmar:
  - namn: Karin Ljung
    personnummer: "[[pnr:ld]]"
    medlemsnummer: "{{luhn10}}"
  - namn: Olle Sand
    personnummer: "[[pnr:ld]]"
    medlemsnummer: "{{luhn10}}"
=== hand-tech da
2026-11-30T08:14:02Z INFO  cpr-lookup user=hbj query=[[cpr:plain]] result=found ms=41
2026-11-30T08:14:09Z WARN  cpr-lookup user=hbj query={{badcpr}} result=invalid_date ms=38
2026-11-30T08:14:11Z INFO  order-api order_id={{date10}} status=shipped
=== hand-tech sv
GET /api/v2/kunder?personnummer=[[pnr:l]]&fields=namn,adress HTTP/1.1
GET /api/v2/ordrar?ordernr={{luhn10}} HTTP/1.1
=== hand-tech da
https://selvbetjening.example.dk/sag?cpr=[[cpr:plain]]&sagsnr={{date10}}&lang=da
=== hand-tech sv
Traceback (most recent call last):
  File "import.py", line 88, in <module>
ValueError: ogiltigt personnummer: '{{badpnr}}' (rad 14). Förra raden ('[[pnr]]') lästes in.
=== hand-tech da
# .env (MÅ IKKE COMMITTES)
TEST_CPR=[[cpr:plain]]
API_KEY=sk_live_{{n:12}}
SHOP_ID={{date10}}
=== hand-tech sv
personnummer|förnamn|efternamn|postnr
[[pnr:s]]|Malin|Sundqvist|{{n:3}} {{n:2}}
[[pnr:s]]|Hassan|Omar|{{n:3}} {{n:2}}
=== hand-tech da
<Medarbejder><Navn>Birgit Lund</Navn><CPRNr>[[cpr:plain]]</CPRNr><LoenNr>{{date10}}</LoenNr></Medarbejder>
=== hand-invoice da
FAKTURA nr. {{n:6}}
Tømrer Hansen ApS · CVR {{cvr}} · Tlf. {{tlfdk}}
Kunde: Mette Bjerg, kundenr. {{date10}}
Arbejde udført: udskiftning af vinduer ........ {{amount}} kr
Betaling til reg.nr./konto {{regkto}}, FIK +71<{{ocr:ten}}+{{n:8}}<
Servicefradrag: kundens CPR [[cpr]] indberettes til Skattestyrelsen.
=== hand-invoice sv
FAKTURA
Målerifirman i Borås AB, org.nr {{orgnr}}, bankgiro {{bg}}
Fakturanr: {{luhn10}}   OCR: {{ocr:ten}}
Kund: Lisa Hellström
ROT-avdrag, personnummer [[pnr:ld]]: -{{amount}} kr
=== hand-invoice da
Kontoudtog {{date}}
{{date}}  Dankort-køb Netto         -{{amount}}
{{date}}  Overf. fra {{regkto}}     {{amount}}
{{date}}  Betalingsservice {{date10}}   -{{amount}}
Saldo {{amount}}
=== hand-invoice sv
Kontoutdrag
{{isodate}}  Autogiro Telia {{luhn10}}   -{{amount}}
{{isodate}}  Lön Bygg AB                {{amount}}
{{isodate}}  Swish {{tlfse}}            -{{amount}}
Konto {{clkto}}
=== hand-invoice da
Kreditnota nr. {{n:6}} til faktura {{date10}}
Modtager EAN: {{ean}}
Ordrenr. {{date10}}, leverance {{sscc}}
Beløb -{{amount}} kr
=== hand-invoice sv
Leverantörsreskontra
Lev.nr   Namn                  Org.nr         Bankgiro
{{n:5}}    Kontorsmaterial AB    {{orgnr}}    {{bg}}
{{n:5}}    Städ & Fönster HB     {{orgnr}}    {{bg}}
{{n:5}}    Elin Ek (enskild firma)  [[pnr]]    {{bg}}
(för enskild firma är organisationsnumret ägarens personnummer)
=== hand-invoice da
Lønseddel december
Medarbejder: Kenneth Dahl    CPR-nr. [[cpr]]
Lønnr. {{date10}}   Afdeling 7
Bruttoløn {{amount}}   AM-bidrag {{amount}}   A-skat {{amount}}
Udbetalt til NemKonto
=== hand-invoice sv
Lönespecifikation
Anställd: Noor Hashemi  Pnr: [[pnr:co,ld]]
Anst.nr {{n:5}}  Kostnadsställe {{n:4}}
Bruttolön {{amount}}  Skatt {{amount}}  Netto {{amount}}
"""
