"""Hand-written documents of the v13 genres that hold no true identifier: every number is something else, masked,
wrong by its check, spelt out or a published test number (the builder's docstring lists the rules)."""

BANK = r"""
=== hand-neg da
Rekvisition - Klinisk Mikrobiologi
Prøve-id: {{lab}}
Rekvirent-id: {{lab}}
Patient: se vedlagte label (cpr maskeret i denne kopi: {{mcpr}})
Materiale: Urin, midtstråle
Modtaget {{date}} kl. {{time}}

=== hand-neg da
Skadeanmeldelse - kvittering
Tak for din anmeldelse. Dit skadenummer er {{mod10:dash}} og din police {{mod10}}.
Husk at oplyse skadenummeret, ikke dit cpr-nummer, når du ringer på {{tlfdk}}.

=== hand-neg da
Tingbogsattest (uddrag) - hæftelser
Nr. 1: Pantebrev, dato/løbenummer {{dlnr}}, kr. {{kr}}
Nr. 2: Ejerpantebrev, dato/løbenummer {{dlnr}}, kr. {{kr}}
Nr. 3: Servitut om vejret, dato/løbenummer {{dlnr}}
BFE-nummer {{n:7}}, ejendomsværdi {{kr}} kr.

=== hand-neg da
Retten i Holbæk - retsliste {{date}}
09:00  BS-{{n:5}}/2026  Boligsag          Sal 1
10:30  SS-{{n:4}}/2026  Straffesag, vold   Sal 2  (politiets j.nr. {{n:4}}-{{n:5}}-{{n:5}}-26)
13:00  FS {{n:4}}-{{n:5}}/2026  Fogedsag   Sal 3
Parterne anonymiseret på den offentlige retsliste.

=== hand-neg da
MSH|^~\&|RIS|RH|EPJ|SP|{{hl7ts}}||ORM^O01|{{n:8}}|P|2.5
ORC|NW|{{mod10}}|{{mod10}}||SC||||{{hl7ts}}
OBR|1|{{mod10}}||MRCOLL^MR columna lumbalis|||{{hl7ts}}
(PID-segment fjernet ved eksport til testmiljø)

=== hand-neg da
Apotekets dagsrapport
Kasse 2: {{n:3}} ekspeditioner, omsætning {{amount}} kr.
Største bon: {{date10}} ({{amount}} kr.)
Receptkontrol-nr. {{mod10}} og {{mod10}} afventer lægens svar.
Varer med restordre: {{ean}}, {{ean}}

=== hand-neg da
A-kassens telefonnotat
Medlemmet (medl.nr. {{mod10}}) ringede om feriedagpenge. Cpr-nummeret ville hun ikke sige i telefonen, så vi bad hende logge på med MitID. Ring tilbage på {{tlfdk8}}.

=== hand-neg da
Telefonsvarer-transskription
"Hej det er Bent, mit cpr-nummer er nul fire et to syv otte ... øh nej det tager jeg når I ringer tilbage. Mit nummer er {{tlfdk}}."

=== hand-neg da
Fejllog - NemKonto-opslag
{{isodate}} 02:00:01 start job {{dkstamp}}
{{isodate}} 02:00:04 afvist: cpr "{{badcpr}}" findes ikke (dato)
{{isodate}} 02:00:04 afvist: cpr "{{badmod}}" fejl i kontrolciffer (født før 2007)
{{isodate}} 02:00:05 slut, {{n:4}} ok, 2 afvist

=== hand-neg da
Kvittering for indbetaling
Betalt til: Gældsstyrelsen
FI-kort: {{fik}}
Beløb: {{kr}} kr.
Transaktions-id: {{mod10}}  Bogføringsdato: {{date}}
Afsenders konto: reg. {{regdash}}

=== hand-neg da
Kundeservice-ticket #{{n:6}}
Kunden skriver: "Jeg har fået en regning med ordrenr. {{mod10}} men har ikke bestilt noget." Vi har spærret ordren. IMEI på den bestilte telefon: {{imei}}. Sporingsnr. {{track}}.

=== hand-neg da
OCR-scannet girokort
+71<{{n:15}}+{{n:8}}<
Beløb  kr.  {{kr}}
Konto  {{ocrkto}}
Indbetaler  -  se  bagsiden

=== hand-neg da
Lønsystemets testdata (må ikke bruges i produktion)
Testpersoner har cpr-numre med dato 01.01.1900 og løbenummer 9999 - disse er ikke rigtige personer.
Medarbejder-id {{n:5}}, {{n:5}}, {{n:5}}
Skattekort-id {{mod10}}

=== hand-neg da
Slægtsforskning - kirkebogsuddrag
Født 12. marts 1871, døbt 2. april 1871 i Ribe Domkirke: Karen Marie, datter af husmand Jens Pedersen.
Kilde: Arkivalieronline, billede {{n:8}}, opslag {{n:3}}. (Ingen cpr - født længe før 1968.)

=== hand-neg da
Data til forskning - kodebog
Variabel   Beskrivelse
pnr_pseudo Pseudonymiseret id (tal fra 1 til 5.000.000, ikke et cpr)
koen       1=mand 2=kvinde
fdato      Fødselsdato ÅÅÅÅMMDD
kom        Kommunekode, fx 0101, 0851

=== hand-neg da
Indsigtsanmodning - kvittering
Din anmodning er registreret med sagsnr. {{mod10}}. Af sikkerhedsgrunde gentager vi ikke dit cpr-nummer her ({{mcpr}}). Du får svar inden for 30 dage.

=== hand-neg da
SMS-gateway status
msgid={{tenstamp}} status=DELIVERED to=+45{{tlfdk8}} at={{epoch}}
msgid={{tenstamp}} status=FAILED to=0045{{tlfdk8}} at={{epoch}} err=31
msgid={{tenstamp}} status=DELIVERED to=+45{{tlfdk8}} at={{epoch}}

=== hand-neg da
Jobcentret - mødeliste {{date}}
09:00 Borger nr. 1 (sags-id {{mod10}})
09:30 Borger nr. 2 (sags-id {{mod10}})
10:00 Aflyst
Lokale 2.14, Teams-link-id {{n:10}}

=== hand-neg da
Pensionsoversigt - faktaboks
Ordning {{mod10}}     Depot {{kr}} kr.
Ordning {{mod10}}     Depot {{kr}} kr.
Policerne er fundet via PensionsInfo. Du skal selv logge ind med MitID for at se dit cpr-nummer.

=== hand-neg da
Dødsbo - bankens oversigt
Konto {{n:4}}-{{date10}}    Saldo {{kr}}
Konto {{n:4}}-{{date10}}    Saldo {{kr}}
Depot {{n:10}}              Kursværdi {{kr}}
Opgjort pr. dødsdagen {{date}}.

=== hand-neg da
Union-kontingent (opkrævning)
Medlemsnummer: {{mod10}}
Kontingent 1. kvartal: {{kr}} kr.
Betales via Betalingsservice, aftalenr. {{n:9}}, PBS-nr. {{n:8}}

=== hand-neg sv
Labbremiss - kvittens
Provnummer: {{luhn10}}
Remiss-id: {{luhn12}}
Rörets streckkod: {{embed}}
Personnummer visas inte i kvittensen ({{mpnr}}).

=== hand-neg sv
Försäkringsbesked
Försäkringsnummer {{luhn10:dash}}
Skadenummer {{luhn12:dash}}
Premie {{kr}} kr per år, betalas till bankgiro {{bg}} med OCR {{ocr}}.

=== hand-neg sv
Lantmäteriet - inskrivningsuppgifter
Fastighet Nacka Sicklaön 37:12
Inteckningar: {{kr}} kr (pantbrev nr {{luhn12}}), {{kr}} kr (pantbrev nr {{luhn12}})
Aktnummer {{n:2}}-{{n:5}}, dagboksnummer {{n:5}}/{{n:2}}

=== hand-neg sv
Tingsrätten - målnummer och parter (anonymiserat)
Mål T {{n:4}}-25, mål B {{n:4}}-26, mål Ä {{n:4}}-24
Parternas personnummer är borttagna ur den publicerade versionen.
Aktbilaga {{n:2}}, dagboksblad {{n:3}}.

=== hand-neg sv
Skatteverket - testpersonnummer
För tester i våra system använd endast Skatteverkets publicerade testpersonnummer, t.ex. 19121212-1212 (Tolvan Tolvansson). Riktiga personnummer får aldrig förekomma i testmiljön.

=== hand-neg sv
Apotekets kassarapport
Kvitto {{luhn10}}  {{kr}} kr
Kvitto {{luhn10}}  {{kr}} kr
Receptnummer {{luhn12}} (ej uthämtat)
Kort: **** **** **** {{n:4}}

=== hand-neg sv
Hemtjänstens nyckellista
Nyckel {{n:3}}  Portkod {{n:4}}  Larmkod {{n:6}}
Nyckel {{n:3}}  Portkod {{n:4}}  Larmkod {{n:6}}
(Inga personuppgifter i denna lista - se verksamhetssystemet)

=== hand-neg sv
Röstmeddelande (transkribering)
"Hej, det är Lennart. Mitt personnummer börjar på nitton femtiotvå noll tre ... äh, jag ringer igen. Nummer {{tlfse}}."

=== hand-neg sv
Deklaration - felmeddelande
Personnumret "{{badpnr}}" är inte giltigt (fel kontrollsiffra). Kontrollera och försök igen.
Referens för supporten: {{tenstamp}}

=== hand-neg sv
A-kassan - utbetalningsspecifikation
Medlemsnummer {{luhn10}}
Utbetalt {{date}}: {{kr}} kr till konto {{clkto}}
Ärende {{luhn12}}

=== hand-neg sv
Fackförbundet - medlemsavgift
Medlemsnr {{luhn10}}, avgift {{kr}} kr/mån
Betala till plusgiro {{pg}} eller bankgiro {{bg}}, OCR {{ocr:ten}}

=== hand-neg sv
Serverlogg (utdrag)
{{stamp}} INFO  jobb {{tenstamp}} startat
{{stamp}} INFO  {{n:6}} rader inlästa
{{stamp}} WARN  kö {{luhn10}} full, väntar
{{stamp}} INFO  klart

=== hand-neg sv
CRM - företagskunder
Org.nr {{orgnr}}  Bygg & Måleri i Umeå AB  Kundnr {{luhn10}}
Org.nr {{orgnr}}  Tandvårdskliniken Norr AB  Kundnr {{luhn10}}
Org.nr {{orgnr}}  Svenssons Åkeri AB  Kundnr {{luhn10}}

=== hand-neg sv
EDI - ORDERS (utdrag)
UNB+UNOC:3+{{gtin}}:14+{{gtin}}:14+{{n:6}}:{{n:4}}+{{n:9}}'
BGM+220+{{luhn12}}+9'
DTM+137:{{hl7ts}}:203'
NAD+BY+{{gtin}}::9'
LIN+1++{{gtin}}:SRS'

=== hand-neg sv
Släktforskning - husförhörslängd
Anna Stina Persdotter, f. 14/3 1843 i Tuna, gift 1867 med torparen Lars Jansson.
Källa: Tuna (C) AI:12, bild {{n:3}}, sida {{n:2}}. ArkivDigital bild-id v{{n:6}}.b{{n:3}}.

=== hand-neg sv
Forskningsdata - pseudonymiserad fil
id,kon,fodelsear,lan
{{n:6}},K,1961,01
{{n:6}},M,1974,12
{{n:6}},K,1988,14
Kodnyckel förvaras separat hos registerhållaren.

=== hand-neg sv
GDPR - svar på begäran om radering
Ditt ärende {{luhn12:dash}} är avslutat. Vi har raderat ditt kundkonto (kundnr {{luhn10}}). Av säkerhetsskäl visar vi inte ditt personnummer ({{mpnr}}).

=== hand-neg sv
SMS-gateway: leveransrapporter
id={{tenstamp}} till={{mobse}} status=levererat
id={{tenstamp}} till={{mobse}} status=levererat
id={{tenstamp}} till={{se00}} status=okänt nummer

=== hand-neg sv
Arbetsförmedlingen - möte bokat
Mötes-id {{luhn10}}, tid {{date}} {{time}}, handläggare {{n:6}}.
Ta med legitimation. Ditt personnummer behövs inte i chatten.

=== hand-neg en
IT incident INC{{n:7}} - false positive
The DLP tool flagged order numbers such as {{mod10}} and {{luhn12}} as national IDs. They are order numbers from the webshop (format: 10 or 12 digits). Also flagged: device IMEI {{imei}} and timestamp {{stamp}}.

=== hand-neg en
Lab requisition (test environment)
Sample ID: {{lab}}
Accession: {{hl7ts}}
Patient ID: TEST-PATIENT-{{n:3}}
Note: all patient identifiers replaced by synthetic test IDs.

=== hand-neg en
Insurance claim acknowledgement
Claim no. {{luhn12:dash}} / policy {{mod10}}
Phone our claims line on {{tlfse}} or {{tlfdk}}.
Please do not send national ID numbers by e-mail.

=== hand-neg en
Voicemail transcript (auto)
"Hi, it's Kari from the Oslo office, my ID number is one five zero three ... actually I'll send it securely. Call me on {{tlfno}}."

=== hand-neg en
Pension statement - Finland (summary)
Pension insurance number {{n:10}}, employer Y-tunnus {{ytunnus}}
Reference number for payment {{ocr}}
Contact: {{tlffi}}

=== hand-neg no
Faktura fra Tannlegesenteret
Kundenummer {{n:8}}
KID {{fnrlike}}
Kontonummer {{fnrkto}}
Forfall {{date}}, beløp {{kr}} kr.

=== hand-neg no
NAV - melding om feil fødselsnummer
Fødselsnummeret {{badfnr}} har feil kontrollsiffer og kan ikke brukes. Be brukeren kontrollere nummeret.
Saksnummer {{n:9}}

=== hand-neg fi
Kela - ilmoitus virheellisestä henkilötunnuksesta
Henkilötunnus {{badhetu}} ei ole kelvollinen (tarkistusmerkki väärin).
Asiakirjan numero {{n:10}}, viitenumero {{ocr}}.

=== hand-neg fi
Yrityksen tiedot
Y-tunnus {{ytunnus}}
Puhelin {{tlffi}}
Henkilötunnukset on poistettu tästä otteesta ({{mhetu}}).

=== hand-neg da
Røntgenafdelingen - bookingliste (anonymiseret)
{{time}}  Booking {{luhn10}}  CT abdomen
{{time}}  Booking {{luhn10}}  MR knæ
{{time}}  Booking {{luhn10}}  Rtg. thorax
Cpr-numre fremgår kun af RIS.

=== hand-neg da
HR onboarding - tjekliste
[ ] Kontrakt underskrevet ({{date}})
[ ] Medarbejdernummer oprettet: {{n:5}}
[ ] Adgangskort {{n:10}} aktiveret
[ ] Cpr-nummer indtastet af lønkontoret (vises ikke her)

=== hand-neg da
Tinglysning - afvist anmeldelse
Dokumentet med dato/løbenummer {{dlnr}} er afvist: Køberens cpr {{feb30}} er ikke en gyldig dato.
Rettet anmeldelse skal indsendes inden {{date}}.

=== hand-neg sv
Bouppteckning - skuldförteckning
Lån Swedbank, kontonr {{clkto}}, {{kr}} kr
Kreditkort, kortnr **** {{n:4}}, {{kr}} kr
Skatteskuld, OCR {{ocr}}, {{kr}} kr
Begravningskostnad, faktura {{luhn10}}, {{kr}} kr

=== hand-neg da
CRM-eksport (virksomheder)
CVR;Navn;P-nr;Telefon
{{cvr}};Fjordens VVS ApS;{{pnum}};{{tlfdk8}}
{{cvrsp}};Bager Holm I/S;{{pnum}};{{dk00}}
{{cvr}};Tandlæge Lund;{{pnum}};{{tlfdk8}}
"""
