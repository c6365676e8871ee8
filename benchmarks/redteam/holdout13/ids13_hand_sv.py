"""Hand-written Swedish documents for the v13 identifier hold-out (genres new to the sets; markup in ids13_slots)."""

BANK = r"""
=== hand-hospital sv
REMISS - Ortopedmottagningen, Södersjukhuset
Remitterande: Vårdcentralen Hägersten, HSA-id SE{{n:10}}-{{n:5}}
Patient: Göran Lindqvist
Personnummer: [[pnr:ld]]
Frågeställning: Knäledsartros? Önskar bedömning för eventuell protes.
Remissnummer: {{luhn12}}
Prioritet: inom 90 dagar (vårdgaranti)

=== hand-hospital sv
Labbremiss - Klinisk kemi, Akademiska sjukhuset
Provtagningsdatum {{isodate}} kl {{time}}
Pnr: [[pnr:l]]
Namn: Berglund, Astrid
Analyser: Hb, CRP, Na, K, Krea, ALAT
Rörets streckkod: {{embed}}
Beställare: VC Gottsunda, kund-id {{luhn10}}

=== hand-hospital sv
Epikris, Barn- och ungdomsmedicin
Patient: Elsa Nyberg, [[pnr:kid,ld]]
Vårdnadshavare: Malin Nyberg, [[pnr:ld]]
Inkom med andningsbesvär, RS-virus positiv. Vårdades 3 dygn med syrgas.
Uppföljning på BVC om en vecka. Journalnr {{luhn10}} anges vid kontakt.

=== hand-hospital sv
Akutliggaren, natt {{date}} (utskrift)
Tid   Pnr              Namn               Prio  Sökorsak
22:14 [[pnr:l]]     Olsson, Rune       Orange Bröstsmärta
22:40 [[pnr:l]]     Ahmadi, Leila      Gul   Buksmärta
23:05 [[pnr:co,l]]     Kowalski, Piotr    Grön  Sårskada hand (reservnr ej aktuellt, har samordningsnr)
23:51 [[pnr:l]]     Sjöberg, Maj       Röd   Medvetslös

=== hand-hospital sv
Hej,
Jag ringer angående min mamma som ligger på avdelning 52. Hennes personnummer är [[pnr:plus]], hon fyllde 101 i våras. Kan någon ringa mig på {{tlfse}}? /Birgitta Ek

=== hand-hospital sv
Reservnummer ersätts med personnummer (meddelande till journalsystemet)
Tidigare reservnummer: {{n:4}}-{{n:3}}-{{n:4}} (ej ett personnummer)
Nytt id: [[pnr:co]] (samordningsnummer tilldelat av Skatteverket {{date}})
Patient: Mohammed Haidari
Samtliga journalanteckningar flyttas till det nya id:t.

=== hand-hospital sv
Förlossningsjournal - nyfödd
Barn: gosse, född {{date}} kl {{time}}, 3 640 g
Barnets personnummer: [[pnr:kid,ld]]
Moderns personnummer: [[pnr:ld]]
Apgar 9-10-10. BVC-anmälan skickad.

=== hand-hospital sv
Röntgenremiss - DT thorax
Patient [[pnr]] (Hedvig Axelsson)
Anamnes: Långvarig hosta, f.d. rökare 30 paketår.
Kreatinin {{n:2}} µmol/L {{date}}.
Undersökningsnummer {{hl7ts}} (ej patient-id)

=== hand-pharmacy sv
Apotek Hjärtat - uthämtning e-recept
Kund: [[pnr:ld]] (legitimerad, körkort)
Vara: Alvedon 500 mg, 100 st, varunr {{n:6}}
Förskrivare: leg. läkare, arbetsplatskod {{n:10}}
Receptid {{luhn12}}
Högkostnadsskydd: {{kr}} kr kvar till frikort

=== hand-pharmacy sv
Dosdispensering - avvikelserapport
Brukare: [[pnr:plus]] Sigrid Holmberg, Solgårdens äldreboende
Påsen för {{date}} 08:00 saknade Levaxin 50 µg. Kontrollerat mot ordinationen.
Rapporterat av: Usk Fatima Yusuf
Avvikelsenr: {{luhn10:dash}}

=== hand-pharmacy sv
Fullmakt att hämta ut läkemedel
Jag, Lennart Forsberg, [[pnr]], ger fullmakt till min granne Ann-Sofie Roos, [[pnr]], att hämta ut mina läkemedel på apotek.
Fullmakten gäller till {{date}}.
Underskrift: Lennart Forsberg

=== hand-pharmacy sv
Läkemedelsförteckningen - utdrag
Personnummer  [[pnr:lsp]]
Senaste uttag     Läkemedel                      Förskrivare
{{isodate}}        Sertralin Sandoz 50 mg         VC Tullinge
{{isodate}}        Omeprazol Teva 20 mg           VC Tullinge
Förteckningen får bara lämnas ut till patienten.

=== hand-insurance sv
SKADEANMÄLAN - Hem och villa, Folksam
Försäkringstagare: Ulf Jonsson, personnummer [[pnr:ld]]
Försäkringsnummer: {{luhn10}}
Skadenummer: {{luhn12:dash}}
Skadedag {{date}}: Vattenskada från diskmaskin, köksgolv ska bytas.
Ersättning betalas till konto clearing {{clkto}}.

=== hand-insurance sv
Hej If,
Min son Leo (personnr [[pnr:kid]]) bröt armen på fotbollsträningen. Vi har olycksfallsförsäkring för barn hos er, försäkringsnr {{luhn10}}. Kvitton från akuten bifogas.
Mvh Sara Lund, [[pnr]]

=== hand-insurance sv
Beslut - sjukpenning (Försäkringskassan)
Namn: Peter Åkesson
Personnummer: [[pnr:ld]]
Ärendenummer: {{luhn12}}
Du får sjukpenning på fortsättningsnivå från {{date}}.
Beloppet är {{kr}} kr per dag före skatt.

=== hand-insurance sv
Livförsäkring - förmånstagarförordnande
Försäkrad: Maria Hultgren, [[pnr:l]]
Förmånstagare 1: make Johan Hultgren, [[pnr:l]]
Förmånstagare 2: barn Nils Hultgren, [[pnr:kid,l]]
Försäkringsnummer {{luhn12}}

=== hand-pension sv
Orange kuvert - Ditt pensionsbesked 2025
Pensionsmyndigheten
Kerstin Bäck
[[pnr:ld]]
Inkomstpension, prognos vid 67 år: {{kr}} kr/mån
Premiepension (fondkonto {{luhn10}}): {{kr}} kr/mån

=== hand-pension sv
Förenklad deklaration inkomstår 2025
Personnummer [[pnr:ld]]
Namn Anders Wallin
1.1 Lön, förmåner, sjukpenning m.m.     {{kr}}
7.1 Ränteutgifter                        {{kr}}
Slutlig skatt                            {{kr}}
OCR-nummer för inbetalning: {{ocr}}

=== hand-pension sv
Kontrolluppgift KU10 (XML-utdrag)
<Blankett nummer="2300">
  <Arendeinformation><Arendeagare>{{orgnr}}</Arendeagare><Period>202512</Period></Arendeinformation>
  <Blankettinnehall><KU10>
    <InkomstagareKU10><Inkomsttagare faltkod="215">[[pnr:l]]</Inkomsttagare></InkomstagareKU10>
    <KontantErsattningUlagAG faltkod="011">{{n:6}}</KontantErsattningUlagAG>
    <Specifikationsnummer faltkod="570">{{n:3}}</Specifikationsnummer>
  </KU10></Blankettinnehall>
</Blankett>

=== hand-pension sv
Hej Skatteverket!
Jag har fått två skattsedlar. Den ena är ställd till [[pnr:ld]] (mitt) men den andra till [[pnr:ld]] som är min avlidne fars. Han dog {{date}}. Vad gör jag med hans?
Vänligen Stina Åberg

=== hand-pension sv
AMF - utbetalningsbesked tjänstepension
Till: Torbjörn Sandell, [[pnr:plus]]
Utbetalning {{date}}: {{kr}} kr
Preliminärskatt: {{kr}} kr
Avtalsnummer {{luhn12}}

=== hand-landreg sv
Lagfartsbevis - Lantmäteriet
Fastighet: Uppsala Kåbo 14:7
Ägare: Henrik Strand, [[pnr:ld]], andel 1/2
Ägare: Lovisa Strand, [[pnr:ld]], andel 1/2
Inskrivningsdag {{isodate}}, aktnummer {{n:2}}-{{n:5}}
Köpeskilling {{kr}} kr

=== hand-landreg sv
Köpekontrakt, bostadsrätt (utdrag)
Säljare: Eva Lindgren, [[pnr]]
Köpare: Ahmed Saleh, [[pnr:co]] (samordningsnummer; personnummer ej tilldelat)
Lägenhet nr 1102 i BRF Solrosen, org.nr {{orgnr}}
Tillträdesdag {{date}}

=== hand-landreg sv
Pantbrev - uttagen handling
Fastighet Borås Tullen 8
Pantbrevsnummer {{luhn12}} (ej personnummer)
Sökande: Mattias Eng, [[pnr:lsp]]
Belopp: {{kr}} kr

=== hand-estate sv
BOUPPTECKNING
efter Gunnel Margareta Holm, [[pnr:ld,old]], avliden {{date}} i Västerås församling.
Förrättningsdag {{date}}. Dödsbodelägare:
- Make Stig Holm, [[pnr:ld,old]]
- Dotter Annika Holm-Berg, [[pnr:ld]]
Tillgångar: Bankkonto Swedbank {{clkto}}, {{kr}} kr

=== hand-estate sv
Dödsboanmälan (socialtjänsten)
Avliden: Olof Björk, personnr [[pnr:plus]]
Tillgångar understiger begravningskostnaden; dödsboanmälan i stället för bouppteckning.
Närmast anhörig: brorson Magnus Björk, [[pnr]]
Begravningsbyrå: Fonus, faktura {{luhn10}}

=== hand-estate sv
Arvskifteshandling
Dödsbo efter Karin Persson ([[pnr:old]])
Delägare: Erik Persson ([[pnr]]) och Ylva Persson ([[pnr]]).
Erik erhåller fritidshuset i Orsa, Ylva erhåller aktierna (depå {{n:8}}).
Undertecknat i Falun {{date}}.

=== hand-court sv
DOM, Solna tingsrätt, mål nr B {{n:4}}-26
Tilltalad: Kevin Larsson, [[pnr:ld]], Rinkebysvängen 12
Brott: Ringa narkotikabrott
Påföljd: Dagsböter 40 x 80 kr
Målsägande: Inga
Domen meddelad {{date}}. Överklagande senast tre veckor därefter.

=== hand-court sv
STÄMNINGSANSÖKAN
Kärande: Intrum Sverige AB, org.nr {{orgnr}}
Svarande: Jenny Falk, [[pnr]], c/o Andersson
Yrkande: Svaranden ska betala {{kr}} kr jämte ränta.
Kärandens referens: {{luhn12}}

=== hand-court sv
Kronofogden - Utmätningsbeslut
Gäldenär: Sven-Erik Nord, personnummer [[pnr:ld]]
Utmätt: Lön från arbetsgivare ({{orgnr}}), förbehållsbelopp {{kr}} kr/mån
Målnummer: {{n:2}}-{{n:6}}-26
Betala till bankgiro {{bg}}, ange OCR {{ocr}}

=== hand-court sv
Förhandlingsprotokoll, Göteborgs tingsrätt, mål T {{n:4}}-25 (vårdnad)
Barnet: Alva, [[pnr:kid]]
Föräldrar: Amir Hassan [[pnr:co]] och Jessica Hassan [[pnr]].
Tingsrätten uppdrar åt familjerätten att utföra vårdnadsutredning.

=== hand-social sv
Orosanmälan till socialtjänsten
Barnets namn: Theo Ek   Personnummer: [[pnr:kid,ld]]
Anmälare: Förskolan Gläntan, avdelning Humlan
Vad har hänt: Barnet har blåmärken på armarna och säger att pappa blev arg.
Vårdnadshavare: Johanna Ek, [[pnr:ld]]; Fredrik Ek, [[pnr:ld]]

=== hand-social sv
Ansökan om ekonomiskt bistånd, {{date}}
Sökande: Farah Ali, [[pnr:co]]
Medsökande: Hussein Ali, [[pnr:co]]
Barn i hushållet: 2 ([[pnr:kid]], [[pnr:kid]])
Hyra {{kr}} kr, el {{kr}} kr. Beslut fattas av handläggare inom 14 dagar.

=== hand-social sv
Journalanteckning, LSS-handläggning
Den enskilde ([[pnr:l]]) har ansökt om personlig assistans. Hembesök genomfört {{date}}. Behov ca 60 tim/vecka. Beslut i ärende {{luhn10}}.
Handläggare: Ebba Strand

=== hand-social sv
Hemtjänstens körschema - tisdag
07:00  Åke Nilsson      [[pnr:plus]]    morgonhjälp, insulin
07:45  Signe Berg       [[pnr:ld]]    dusch
08:30  Gösta Lund        [[pnr:ld]]    frukost, tillsyn
Portkod Solgården {{n:4}}, nyckelgömma {{n:4}}

=== hand-social sv
Meddelande till Skatteverket (socialtjänsten)
Vi har beviljat skyddat boende för en kvinna ([[pnr]]) och hennes barn ([[pnr:kid]]). Vi begär sekretessmarkering i folkbokföringen. Handläggarens telefon {{tlfse}}.

=== hand-jobcenter sv
Arbetsförmedlingen - Kallelse till möte
Till: Pontus Hedlund, [[pnr]]
Du kallas till uppföljningsmöte {{date}} kl {{time}} (digitalt).
Ditt handläggar-id: {{n:6}}. Ditt ärende: {{luhn10}}.
Om du inte deltar kan det påverka din ersättning.

=== hand-jobcenter sv
A-kassan Unionen - Tidrapport v.{{n:2}}
Medlemsnummer: {{luhn10}}
Personnummer: [[pnr:ld]]
Mån 0 tim  Tis 0 tim  Ons 4 tim (timanställning)  Tor 0  Fre 0
Jag intygar att uppgifterna är riktiga.

=== hand-jobcenter sv
Intyg om anställning (arbetsgivarintyg)
Den anställde: Mikaela Roos, [[pnr:ld]]
Arbetsgivare: Göteborgs Hamn AB, org.nr {{orgnr}}
Anställd {{date}} - {{date}}, heltid, 40 tim/vecka
Orsak till att anställningen upphörde: Arbetsbrist

=== hand-jobcenter sv
Hej IF Metalls a-kassa,
Jag har bytt konto för utbetalning. Mitt personnummer är [[pnr:s]] och nya kontot är {{clkto}}. Medlemsnumret är {{luhn10}}.
Hälsningar Lars-Göran Wik

=== hand-union sv
Medlemsregister, Kommunal sektion Norrtälje (export)
medlnr,personnr,namn,arbetsplats
{{luhn10}},[[pnr:l]],Anneli Sund,Hemtjänst Öst
{{luhn10}},[[pnr:l]],Jelena Popović,Rimbo äldreboende
{{luhn10}},[[pnr:co,l]],Tomasz Nowak,Lokalvård
{{luhn10}},[[pnr:l]],Kim Ström,Förskola Solen

=== hand-union sv
Inträdesansökan - Vision
Förnamn Josefin   Efternavn Lund
Personnummer [[pnr:ld]]
Arbetsgivare Region Skåne, org.nr {{orgnr}}
Betalning via autogiro från konto {{clkto}}

=== hand-hr sv
Nyanställda januari - checklista för IT och lön
Namn              Pnr             Startdag   Anst.nr
Emil Holm         [[pnr:ld]]  {{isodate}}   {{n:5}}
Wilma Ström       [[pnr:ld]]  {{isodate}}   {{n:5}}
Arvid Lindqvist   [[pnr:ld]]  {{isodate}}   {{n:5}}
Dawit Tesfaye     [[pnr:co,ld]]  {{isodate}}   {{n:5}}   (samordningsnr tills vidare)

=== hand-hr sv
Hej Oskar!
Välkommen till oss den {{date}}. Innan start behöver vi ditt personnummer till lönesystemet. Jag har [[pnr:s]] från intervjun, stämmer det? Ditt anställningsnummer blir {{n:5}} och ditt passerkort {{n:10}}.
/Hanna, HR

=== hand-hr sv
Anställningsavtal - tillsvidare
Arbetsgivare: Nordvik Logistik AB ({{orgnr}})
Arbetstagare: Linnéa Sjödin, pnr [[pnr]]
Befattning: Lagerarbetare
Månadslön {{kr}} kr från {{date}}.

=== hand-hr sv
Begäran om utdrag ur belastningsregistret (kopia för personalakten)
Sökande: Jonas Åström
Personnummer: [[pnr:ld]]
Ändamål: Arbete med barn i skola/förskola
Polisens ärendenummer: {{luhn12:dash}}

=== hand-helpdesk sv
Ärende #{{n:6}} - "BankID fungerar inte i appen"
Användare: Karin Lind
Personnummer (från inloggning): [[pnr:l]]
Fel: RFA8 - användaren avbröt. Testat ominstallation.
Intern kommentar: Kund-id {{luhn10}}, enhet IMEI {{imei}}.

=== hand-helpdesk sv
ServiceNow INC{{n:7}} | Kategori: Lön
Beskrivning: Medarbetaren [[pnr:ld]] har fått fel semesterersättning i november. Jämför med löneart 310.
Tilldelad: Lönegruppen. Relaterad ändring CHG{{n:7}}.

=== hand-helpdesk sv
Hej support,
när jag loggar in i Mina sidor visas min frus uppgifter ({{mpnr}}) i stället för mina. Mitt personnummer är [[pnr:ld]]. Vänligen åtgärda - det här är väl en GDPR-incident?
Per Sundqvist

=== hand-crm sv
Lime CRM - kontaktexport (urval)
Kundnr;Namn;Personnr;Telefon;Senaste köp
{{luhn10}};Agneta Hallberg;[[pnr:ld]];{{tlfse}};{{isodate}}
{{luhn10}};Johan Qvist;[[pnr:ld]];{{tlfse}};{{isodate}}
{{luhn10}};Ebba Lind;[[pnr:ld]];{{mobse}};{{isodate}}

=== hand-crm sv
Samtalsanteckning i CRM
Kunden (pnr [[pnr]]) ringde om sin elavtalsfaktura. Vill byta till fast pris. Avtalsnummer {{luhn12}}, anläggnings-id {{n:18}}. Ny faktura skickas till e-post.

=== hand-log sv
2026-12-01 09:12:01,552 INFO  [kundtjanst] Inloggning BankID ok personalNumber=[[pnr:l]] orderRef={{uuid}}
2026-12-01 09:12:03,014 INFO  [kundtjanst] hämtar kund pnr=[[pnr:l]]
2026-12-01 09:12:03,227 WARN  [kundtjanst] långsam fråga (1840 ms) id={{hl7ts}}

=== hand-log sv
access.log
10.2.14.88 - - [01/Dec/2026:07:41:10 +0100] "GET /api/folkbokforing/[[pnr:l]]/adress HTTP/1.1" 200 512
10.2.14.88 - - [01/Dec/2026:07:41:12 +0100] "GET /api/folkbokforing/[[pnr:l]]/adress HTTP/1.1" 404 88
10.2.14.91 - - [01/Dec/2026:07:41:15 +0100] "GET /api/order/{{luhn12}} HTTP/1.1" 200 1290

=== hand-log sv
Rotated: app-{{tenstamp}}.log.gz  (size {{n:7}})
[ERROR] Skatteverket-SPAR svarade 500 för personnummer [[pnr:ld]] (försök 3)
[INFO] Kö-id {{tenstamp}} återupptas {{time}}

=== hand-ocr sv
FÖRSÄKR1NGSKASSAN                     Beslut
Persnnr  [[pnr:ocr]]
Beslut  om  bostadsbidrag
Du  får  bostadsbidrag  med  {{kr}}  kr  per  månad  från  och  med  {{date}}.
Ärendenr:  {{luhn10}}

=== hand-ocr sv
[skannat dokument, sida 1]
GAV0BREV
Jag,  Rut  Lindahl,  personnummer  [[pnr:ocr,l]],  skänker  härmed  till  mitt  barnbarn
Klara  Lindahl,  personnummer  [[pnr:gap]],  summan  {{kr}}  kr.
Ort  och  datum:  Sundsvall  {{date}}

=== hand-ocr sv
INTYG  (inskannat,  handskrivet  original)
Härmed  intygas  att  Stefan  Borg  [[pnr:ocr]]  har  arbetat  hos  oss  som  snickare.
Arbetsgivarens  org.nr  {{orgnr}}

=== hand-ocr sv
Fax {{date}} {{time}} från Vårdcentralen Kiruna
REM1SS
Pat:  [[pnr:ocr,ld]]   Lars  Mäki
Fråga:  Ryggsmärta  sedan  3  mån.

=== hand-pdf sv
Lönespecifikation                       November 2026
Anställd                                Arbetsgivare
Ingrid Nordin                           Kalmar Plåt AB
Pnr [[pnr:ld]]                      Org.nr {{orgnr}}
Anst.nr {{n:4}}                         Utbetalningsdag {{date}}
Bruttolön     {{kr}}                    Semester-
Skatt        -{{kr}}                    dagar kvar 17

=== hand-pdf sv
Kontoutdrag sida 1/2
Kontohavare                      Kontonummer
Sofia och Henrik Berg            {{clkto}}
[[pnr:ld]]                    Period
[[pnr:ld]]                    {{isodate}} - {{isodate}}
Transaktion                              Belopp

=== hand-pdf sv
CSN ANSÖKAN - utdrag (kolumner ur PDF)
Sökande                 Medsökande förälder       Skola
Alice Wikström          Maria Wikström            Komvux
[[pnr:ld]]           [[pnr:ld]]             Skolkod
                                                  {{n:8}}

=== hand-edi sv
<?xml version="1.0" encoding="UTF-8"?>
<Remiss xmlns="urn:riv:clinicalprocess">
  <patient>
    <id root="1.2.752.129.2.1.3.1" extension="[[pnr:l]]"/>
    <namn>Holmström, Gunnar</namn>
  </patient>
  <remissId root="1.2.752.129.2.1.2.1" extension="{{luhn12}}"/>
  <tidpunkt>{{hl7ts}}</tidpunkt>
</Remiss>

=== hand-edi sv
MSH|^~\&|LIMS|SU|COSMIC|VGR|{{hl7ts}}||ORU^R01|{{n:9}}|P|2.5.1
PID|1||[[pnr:l]]^^^SE^PN||Karlsson^Märta^^^|||F
PID|2||[[pnr:co,l]]^^^SE^SN||Rahimi^Omid|||M
OBX|1|NM|CRP||14|mg/L|<5|H

=== hand-edi sv
#FLAGGA 0
#PROGRAM "Fortnox" 3.0
#FORMAT PC8
#ORGNR {{orgnr}}
#FNAMN "Sundqvist Bygg AB"
#RAR 0 20250101 20251231
#OBJEKT 6 "{{n:4}}" "Projekt Åkersberga"
#TRANS 7010 {} {{kr}} "Lön Pelle Sundqvist [[pnr:l]]"

=== hand-edi sv
{"bestallning": {"id": "{{luhn12}}", "skapad": "{{isodate}}",
 "kund": {"personnummer": "[[pnr:l]]", "namn": "Viktor Ek"},
 "leverans": {"sparnr": "{{track}}"} } }

=== hand-sms sv
SMS-logg (1177 påminnelser)
{{isodate}} 07:00 till {{mobse}}: "Påminnelse om tid hos Vårdcentralen Bergsjön {{date}} {{time}}. Avboka på 1177.se" msgid={{tenstamp}}
{{isodate}} 07:00 till {{mobse}}: "Svara med ditt personnummer för att bekräfta." msgid={{tenstamp}}
{{isodate}} 07:03 från {{mobse}}: "[[pnr:ld]]" (svar på msgid ovan)

=== hand-sms sv
sms från mamma {{date}}: hej gumman kan du fylla i blanketten till tandläkaren åt mig? mitt personnummer är [[pnr:s]] och pappas är [[pnr:s]]. kram

=== hand-voicemail sv
Röstmeddelande (automatisk transkribering) {{date}} {{time}} från {{tlfse}}
"Hej det här är Agneta Söderlund jag ringer angående mitt ärende hos er, mitt personnummer är [[pnr:lsp]] och jag har fortfarande inte fått något beslut, ring mig gärna tillbaka, hej."

=== hand-voicemail sv
Transkribering röstbrevlåda (Vårdcentralen Ljusdal)
"...ja hej jag heter Ali och jag ringer för min pappa som inte pratar svenska, han har samordningsnummer [[pnr:co]], han har ont i magen sedan tre dagar, mitt nummer är {{tlfse}}, tack."

=== hand-genealogy sv
Släktutredning - familjen Boman
Farfar: Axel Boman, personnummer [[pnr:plus]], död 2015.
Farmor: Elin Boman, personnummer [[pnr:plus]], död 2019.
Farfars far: Per August Boman, f. 1889 (inget personnummer, före 1947).
Källa: Sveriges dödbok 1860-2017, Rotemansarkivet id {{n:7}}.

=== hand-genealogy sv
Hej ArkivDigital!
Jag försöker hitta min mormors bouppteckning. Hon hette Greta Lundin och hade personnummer [[pnr:old]] enligt ett gammalt sjukkassekort. Kan ni hjälpa mig? Kundnummer {{luhn10}}.
Hälsningar, Tove

=== hand-research sv
Forskningsdata - kodnyckel (FÅR EJ LÄMNA INSTITUTIONEN)
löpnr,personnummer,grupp
001,[[pnr:l]],A
002,[[pnr:l]],B
003,[[pnr:l]],A
004,[[pnr:co,l]],B
Kodnyckeln förvaras i brandskåp, rum 4:112. Etikprövning Dnr {{isodate}}-{{n:5}}.

=== hand-research sv
Samtycke - studien "Hjärta och sömn", Karolinska Institutet
Deltagare: Håkan Björklund, personnummer [[pnr]]
Studie-id: {{n:4}}
Jag har fått muntlig och skriftlig information och samtycker till deltagande.
Ort/datum: Solna {{date}}

=== hand-dpr sv
Begäran om registerutdrag enligt artikel 15 GDPR
Jag, Alva Engström ([[pnr:ld]]), begär att få ett registerutdrag över alla personuppgifter som ni behandlar om mig, inklusive uppgifter från kundklubben (medlemsnr {{luhn10}}).
Svar till min folkbokföringsadress.

=== hand-dpr sv
Registerutdrag - Länsförsäkringar
Registrerad: Nils Ekholm
Personnummer: [[pnr:ld]]
Uppgifter vi behandlar: namn, adress, telefon ({{tlfse}}), försäkringar ({{luhn10}}, {{luhn10}}), skadehistorik.
Vi har även uppgifter om din make ([[pnr:ld]]) som medförsäkrad.

=== hand-dpr sv
Personuppgiftsincident - intern rapport
Ett kalkylblad med 37 elevers personnummer skickades till fel vårdnadshavare. Exempel: [[pnr:kid]] och [[pnr:kid]]. Mottagaren har raderat filen {{date}}. IMY-anmälan gjord, ärende {{luhn12:dash}}.

=== hand-hospital sv
Hej Avdelning 7!
Lapp från nattpersonalen: patienten i sal 3 har fel armband. Rätt personnummer är [[pnr#p]], armbandet säger [[pnr]] vilket är hennes systers (hon var här förra veckan). Skrivit ut nytt med [[pnr:l#p]].
/Natt-Eva

=== hand-insurance sv
Trafikskadeanmälan
Fordon 1: {{plate}}, förare Rasmus Eklund ([[pnr:ld]])
Fordon 2: {{plate}}, förare Maja Sandberg ([[pnr:ld]])
Plats: E4 vid Gävle norra, {{date}} {{time}}
Vittne: Kenneth Berg, tel {{tlfse}}

=== hand-court sv
Delgivningskvitto
Handling: Stämning i mål T {{n:4}}-26
Mottagare: Viktoria Dahl
Personnummer: [[pnr:nl]]
Delgiven den {{date}}. Underskrift: ________

=== hand-social sv
Beslut om bistånd enligt 4 kap. 1 § SoL
Sökande: Leif Nyström, [[pnr:plus]]
Beviljas: Trygghetslarm, matdistribution 7 dagar/vecka
Larmnummer {{n:6}}, enhet IMEI {{imei}}
Avgift enligt maxtaxan.

=== hand-jobcenter sv
Hej,
Jag har anmält mig som arbetssökande men ni har registrerat fel personnummer: ni har [[pnr]] men mitt är [[pnr]]. Det första tillhör min tvillingbror.
/Kalle Jansson

=== hand-hr sv
Utlägg - reseräkning
Anställd: Frida Hellström, pnr [[pnr:nl]]
Resa: Stockholm - Luleå {{date}}, tåg {{kr}} kr, hotell {{kr}} kr
Traktamente: 2 dagar
Kostnadsställe {{n:4}}, projekt {{n:6}}

=== hand-crm sv
Bounced mail report (CRM)
Kontakt-id  Personnummer     E-post                 Orsak
{{n:8}}     [[pnr:ld]]    lina.h@exampel.se      550 user unknown
{{n:8}}     [[pnr:ld]]    b.norberg@exampel.se   mailbox full
{{n:8}}     {{mpnr}}    -                      saknas

=== hand-pension sv
Skattebesked från Skatteverket (utdrag)
Inkomstår 2025
Personnummer: [[pnr:nl]]
Att betala: {{kr}} kr senast {{date}}
Betala till bankgiro {{bg}}. OCR-nummer: {{ocr}}

=== hand-estate sv
Hej Anna,
Till bouppteckningsförrättningen behöver vi alla dödsbodelägares personnummer. Din mammas var [[pnr:old]], ditt eget har vi ([[pnr]]), men din bror Jonas finns inte med. Kan du be honom mejla oss sitt?
/Juristfirman, Maria

=== hand-edi sv
<Ansokan>
  <Sokande personnr="[[pnr:l]]" namn="Rasmus Holm"/>
  <Medsokande personnr="[[pnr:co,l]]" namn="Daria Holm"/>
  <Objekt fastighet="Lund Klostergården 3:14" bfe="{{n:8}}"/>
  <Referens>{{luhn12}}</Referens>
</Ansokan>

=== hand-log sv
2026-11-29 23:58:01 batch-skattetabell: laddar {{n:6}} rader
2026-11-29 23:58:04 batch-skattetabell: rad 4411: ogiltigt personnummer "{{badpnr}}" (kontrollsiffra)
2026-11-29 23:58:04 batch-skattetabell: rad 4412: ok pnr=[[pnr:ld]]
2026-11-29 23:58:09 batch-skattetabell: klar, tid {{stamp}}
"""
