"""Hand-written v11 documents added last: more genres, layouts and hard negatives, Norwegian and Finnish papers."""

BANK = """
=== hand-neg da
Regnskabsbilag, kassekladde nr. 12
Bilag  Dato        Konto  Tekst                      Beløb
{{n:4}}   {{date}}  1010   Salg kontant               {{amount}}
{{n:4}}   {{date}}  5510   Husleje, lejer-id {{mod10}}  {{amount}}
{{n:4}}   {{date}}  6800   Telefon {{tlfdk8}}             {{amount}}
Ingen cpr-numre i kassekladden; lejer-id er boligforeningens nummer.

=== hand-neg sv
Leveranssedel
Ordernr {{luhn12:dash}}   Kundnr {{luhn10}}
Kolli-id {{sscc}}
Mottagare: Ica Maxi Haninge, org.nr {{orgnr}}, tel {{tlfse}}
Inga personuppgifter.

=== hand-neg da
Vagtplan uge {{n:2}}, Sygehus Lillebælt
Man {{date}}  06:45-15:15  lønnr. {{n:6}}
Tir {{date}}  15:00-23:30  lønnr. {{n:6}}
Vagttelefon {{tlfdk}}, personsøger {{n:4}}

=== hand-neg sv
Vi har tagit emot din betalning.
Bankgiro: {{bg}}   OCR: {{ocr:ten}}   Belopp: {{amount}} kr
Betalningsdatum: {{isodate}} {{time}}
OCR-numret är tio siffror och kan se ut som ett personnummer, men det är en betalningsreferens.

=== hand-neg da
Personnummer-felt i systemet er tomt for alle tre kunder:
Kunde {{date10}}: cpr mangler
Kunde {{date10}}: cpr mangler
Kunde {{date10}}: cpr mangler
Tallene er kundenumre.

=== hand-neg sv
Testfall i acceptanstestet (endast påhittade värden, alla med fel kontrollsiffra):
TC-01 personnummer {{badpnr}} ska ge felmeddelande
TC-02 personnummer {{badpnr}} ska ge felmeddelande
TC-03 personnummer {{mpnr}} (maskerat) ska visas som det är

=== hand-neg no
Faktura fra Elektrikeren AS
Org.nr. {{noorg}} MVA
Kundenummer {{n:11}}
KID-nummer {{n:11}}
Kontonummer {{fnrkto}}
Telefon {{tlfno}}
Ingen fødselsnumre på fakturaen.

=== hand-neg fi
Lasku 2026-{{n:4}}
Y-tunnus {{n:7}}-{{n:1}}
Viitenumero {{n:10}}
Asiakasnumero {{n:8}}
Puhelin {{tlffi}}
Henkilötunnus: {{mhetu}} (piilotettu)

=== hand-neg da
Ugens tal fra callcentret
Opkald i alt 1.482, gennemsnitlig ventetid 02:41
Længste kø kl. {{time}} den {{date}}
Flest opkald fra nummer {{tlfdk8}} (47 gange)
Sager oprettet: sagsnr. {{date10}} til {{date10}}

=== hand-neg sv
Kallelse till årsstämma i Brf Linden, org.nr {{orgnr}}
Tid: {{isodate}} kl. {{time}}
Plats: Föreningslokalen
Fullmakter skickas till styrelsen, plusgiro {{pg}}.

=== hand-claim da
Udbetaling fra Lønmodtagernes Garantifond
Lønmodtager: Viktor Hald, cpr [[cpr:dots]]
Konkursboet: Hald Tømrer ApS under konkurs, CVR {{cvr}}
Kurator: advokat Henriette Bro
Anmeldt krav: {{amount}} kr.

=== hand-claim sv
Begäran om ersättning - tandvårdsförsäkring barn
Barnets personnummer: [[pnr:l,kid]]
Förälder: [[pnr:l]]
Försäkringsnummer: {{luhn12}}
Kvitto från kliniken bifogas.

=== hand-case sv
Migrationsverket - beslut
Sökande: Abdirahman Yusuf, född {{isodate}}
Samordningsnummer: [[pnr:co,ld]]
Dossiernummer {{n:8}}
Beslut: arbetstillstånd beviljas för 24 månader.

=== hand-case da
Tilsynsrapport, plejebolig
Beboerens cpr [[cpr:old]] fremgår af medicinskemaet, hvor der var to fejlregistreringer.
Tilsynet har talt med beboerens datter (tlf. {{tlfdk}}).
Rapport-id {{date10}}.

=== hand-case da
Ankestyrelsens principafgørelse - referat
Borgeren (cpr-nr. {{mcpr}}) klagede over kommunens afgørelse om tabt arbejdsfortjeneste.
Ankestyrelsen gav borgeren medhold. Sagsnr. {{n:5}}-{{n:2}}.

=== hand-tax sv
Skatteverket - begäran om komplettering
Ärendet gäller: [[pnr:ld]]
Du har ansökt om ROT-avdrag för arbete utfört av firma med org.nr {{orgnr}}.
Vi behöver en kopia av fakturan. Svara senast {{isodate}}.
Diarienummer {{n:3}}-{{n:6}}-26/{{n:4}}

=== hand-tax da
Skattestyrelsen - lønmodtager uden skattekort
Arbejdsgiver (SE-nr. {{cvr}}) har indberettet løn til cpr [[cpr]] uden forskudsregistrering.
Der er trukket 55 % i A-skat. Medarbejderen bør bestille skattekort.

=== hand-lease no
Leieavtale for garasjeplass
Utleier: Sameiet Fjellveien 12, org.nr. {{noorg}}
Leietaker: Ragnhild Strand, fødselsnr. [[fnr]]
Leie: {{kr}} kr per måned, betales til {{fnrkto}}.

=== hand-estate no
Boliste etter avdøde Olav Tveit (fnr. [[fnr]])
Møbler og innbo: takst {{kr}} kr
Bil: Volvo V70, reg.nr. EL {{n:5}}
Arving: Bjørg Tveit, fnr. [[fnr]]

=== hand-union fi
JHL - jäsenrekisteriote
Jäsen: Pirjo Salonen
Henkilötunnus: [[hetu:old]]
Jäsennumero: {{n:8}}
Jäsenmaksu {{amount}} € vuodessa.

=== hand-health fi
Apteekin reseptiote
Asiakas: [[hetu:new]]
Lääke: Burana 600 mg
Reseptin tunniste {{n:12}}
Kela-korvaus {{amount}} €

=== hand-health no
Henvisning til spesialisthelsetjenesten
Pasient: Even Sæther, fødselsnummer [[fnr:sp]]
Henvisende lege: Fastlege Kari Dahl, HPR {{n:7}}
Problemstilling: langvarig hoste.

=== hand-hr no
Ny ansatt - sjekkliste
[x] Arbeidsavtale signert
[x] Fødselsnummer registrert: [[fnr]]
[ ] Skattekort hentet
[ ] Kontonummer {{fnrkto}}
Leder: Sigrid Nygaard

=== hand-hr fi
Uuden työntekijän tiedot
Nimi: Otto Rantanen
Henkilötunnus: [[hetu:new]]
Tilinumero: FI{{n:16}}
Puhelin: {{tlffi}}

=== hand-travel no
Passasjerliste, Hurtigruten gruppe
Navn | Fødselsnummer
Astrid Berge | [[fnr]]
Knut Berge | [[fnr]]
Gruppenr. {{n:6}}

=== hand-travel fi
Matkustajaluettelo, Viking Line (ryhmä)
Nimi; henkilötunnus
Laura Mäki; [[hetu:kid]]
Timo Mäki; [[hetu]]
Varausnumero {{n:8}}

=== hand-ticket da
Jira DATA-{{n:3}}: Maskering fejler for cpr med mellemrum
Eksempel fra prod-loggen (skal ryddes): [[cpr:sp]]
Samme person med bindestreg blev maskeret korrekt: {{mcpr}}
Sprint 14

=== hand-ticket sv
Zendesk #{{n:6}} (intern)
Kund uppger samordningsnummer [[pnr:co]] men i systemet finns hon med sitt nya personnummer [[pnr]]. Slå ihop kundkorten {{luhn10}} och {{luhn10}}.

=== hand-md da
### Fejlede CPR-opslag (uge {{n:2}})
- `[[cpr:plain]]` - navne- og adressebeskyttelse
- `[[cpr:plain]]` - død
- `{{date10}}` - ikke et cpr, det er et kundenummer tastet forkert
- `{{badcpr}}` - ugyldig dato

=== hand-md sv
> **Obs!** Ärendet gäller en person med skyddad identitet. Personnummer [[pnr:ld]] får inte lämnas ut.
>
> Handläggare: se rutin för sekretessmarkering.

=== hand-sms da
SMS fra Borger.dk-gatewayen, afvist:
"Din kode er {{n:6}}. Del den ikke med nogen."
"Du har fået post til cpr [[cpr:en]] i Digital Post."
(Den sidste blev afvist, fordi den indeholdt et cpr.)

=== hand-sms sv
SMS från hyresvärden: Hej! Vi behöver ditt personnummer för kontraktet. Svara med det här.
Svar: [[pnr:ld]] /Leo

=== hand-tech da
INSERT INTO lejere (lejer_id, cpr, navn, indflyttet) VALUES
({{date10}}, '[[cpr:plain]]', 'Sebastian Kure', '{{isodate}}'),
({{date10}}, '[[cpr:plain]]', 'Marie Kure', '{{isodate}}'),
({{date10}}, NULL, 'Firma ApS', '{{isodate}}');

=== hand-tech sv
2026-11-30 08:14:22 WARN  Uppslag mot SPAR misslyckades för personnummer=[[pnr:l]] orsak=SKYDDAD
2026-11-30 08:14:23 INFO  order={{luhn12}} status=CREATED
2026-11-30 08:14:25 INFO  session={{luhn10}} user=svc_spar

=== hand-tech da
pension_udbetaling.csv
policenr;cpr;beloeb;udbetalingsdato
{{mod10}};[[cpr:plain]];{{amount}};{{isodate}}
{{mod10}};[[cpr:plain]];{{amount}};{{isodate}}
{{mod10}};[[cpr:plain,old]];{{amount}};{{isodate}}

=== hand-path sv
C:\\Users\\handlaggare\\Desktop\\Beslut\\[[pnr:l]]_beslut_bostadsbidrag.docx
C:\\Users\\handlaggare\\Desktop\\Beslut\\{{luhn12}}_faktura.pdf (fakturans nummer)

=== hand-path da
Vedhæftede filer: loenseddel_[[cpr:plain]]_okt.pdf, kontrakt_{{date10}}.pdf (kontraktnr.)

=== hand-ocr sv
PERS0NNUMMER  [[pnr:ld]]
NAMN  Bertil   Sjöh olm
ADRESS  Storga tan 7,  S undsvall
K0NTONUMMER  {{clkto}}

=== hand-ocr da
SKAT   TE   KORT   (skannet fax)
CPR -nr.   [[cpr:sds]]
Trækprocent  38   Fradrag  {{kr}} kr. / md.
Arbejdsgiver   CVR  {{cvr}}

=== hand-pdf da
Lejer                    Cpr                      Lejemål
Jonas Vinther Holm       [[cpr:plain]]               Bolig 14B
Camilla Iversen          [[cpr:plain]]               Bolig 15A
(kolonnerne er flettet fra PDF og kan være forskudt)

=== hand-pdf sv
Kontrolluppgift                                Sida 1 (2)
Betalningsmottagare: Alva Rundqvist [[pnr:l]] Kontant ersättning {{kr}}
Kontrolluppgift                                Sida 2 (2)
Betalningsmottagare: Alva Rundqvist [[pnr:l]] Avdragen skatt {{kr}}

=== hand-edge da
Søskende i samme husstand: cpr [[cpr:kid]] og [[cpr:kid]].
Storebror: [[cpr:kid]]. Mor: [[cpr:jan1]].

=== hand-edge sv
Gamla och nya former av samma nummer:
Hundraåring i folkbokföringen: [[pnr:plus,nl]]
Samma person i 12-siffrigt format finns i journalsystemet.

=== hand-edge no
D-nummer og fødselsnummer for samme person
D-nummer (fra 2019): [[fnr:d]]
Fødselsnummer (fra 2023): [[fnr]]

=== hand-edge fi
Uudet välimerkit (2023 alkaen)
[[hetu:new]]
[[hetu:new,kid]]
[[hetu:new,old]]
Vanha muoto: [[hetu]]

=== hand-form sv
Ansökan om färdtjänst
Sökande: Evert Lund, [[pnr:plus]]
Hjälpmedel: rullator
Kontaktperson: dottern Maria, {{mobse}}

=== hand-form da
Ansøgning om ledsageordning
Ansøger: Carla Busk Nørby
Cpr-nr: [[cpr:nl]]
Kontaktperson: Ove Nørby, tlf. {{tlfdk}}

=== hand-mix da
Opdeling af dødsbo med arvinger i tre lande
Afdøde: Esther Winther, cpr [[cpr:old]]
Arving (Norge): Ole Winther, fnr. [[fnr]]
Arving (Sverige): Klara Winther, pnr [[pnr:ld]]
Arving (Finland): Eeva Winther, hetu [[hetu:new]]

=== hand-case da
CPR-opslag afvist
Nummeret {{badmod}}, som borgeren skrev på blanketten, findes ikke i CPR-registret (sidste ciffer er forkert).
Borgeren har ringet og oplyst det rigtige cpr-nr.: [[cpr]]
Opslag-id {{date10}}

=== hand-nofi no
Sesongarbeidere, Lofoten Fisk AS (org.nr. {{noorg}})
Navn | D-nummer | Telefon
Tomasz Nowak | [[fnr:d]] | {{tlfno}}
Andrius Kazlauskas | [[fnr:d]] | {{tlfno}}
Mindaugas Petraitis | [[fnr:d,sp]] | {{tlfno}}
"""
