"""Hand-written Swedish documents for identifiers.jsonl (each written once; markup in render.py)."""

TEXT = r"""
=== hand-webshop sv
Hej! Jag beställde en soffa för tre veckor sedan (ordernr «n:9») och den har fortfarande inte kommit. Spårningen hos DB Schenker säger "försenad" sedan 12/11. Kan ni kolla? Mvh Malin Eklund, tel «phse:mobile»
=== hand-webshop sv
Hej Malin! Vi beklagar förseningen. Vi har kontaktat transportören. Ditt ärende har nummer «dl10». Om du vill häva köpet får du pengarna tillbaka inom 14 dagar.
Vänliga hälsningar, Elin på Hemfint kundtjänst (org.nr «orgnr»)
=== hand-webshop sv
Kreditprövning Klarna - faktura 30 dagar
Personnummer: «pnr:any»
Namn: Oskar Lindgren
Adress: Storgatan 12 B, 831 30 Östersund
Beslut: Godkänd, kreditgräns 15 000 kr
Referens: «lu10d»
=== hand-webshop sv
Returer vecka 47 (lager Jönköping)
Retur-ID    Order      Kund        Orsak
«n:8»  «n:9»  «dl10»  Fel storlek
«n:8»  «n:9»  «dl10»  Trasig vid leverans
«n:8»  «n:9»  «dl10»  Ångerrätt
=== hand-retail sv
Kassakvitto ICA Kvantum Mariestad
Org nr «orgnr»
Kvitto «n:4» Kassa 3 «date:%Y-%m-%d» 17:22
Stammis-nr «n:10»
Mjölk 3% 1,5l        18,95
Kaffe Zoégas         54,90
ATT BETALA          73,85
Kort: ************«n:4»
=== hand-shipping sv
Tulldeklaration - privatimport
Mottagare: Johanna Berg
Personnummer: «pnr:long_dash»
Försändelse: «s10:US»
Innehåll: begagnad kamera, värde 310 USD
Tullid: «n:2»SE«n:10»
Moms att betala: 575 kr. Betala via PostNord-appen innan paketet kan lämnas ut.
=== hand-shipping sv
SMS från PostNord: Ditt paket «n:12» kan hämtas hos ICA Nära Tallbacken. Ta med legitimation. Utlämningskod «n:6». Sista dag «date:%d/%m».
=== hand-shipping sv
Fraktsedel DHL Freight
Avsändare: Nordisk Möbel AB, org.nr «orgnr», kundnr «n:9»
Mottagare: Kalle Nyström (privat), personnr «pnr:short» för avisering
Kollin: 3   Vikt: 62 kg
Sändnings-ID: «n:10»
=== hand-housing sv
BRF Linden 14 - medlemsförteckning (utdrag)
Lgh-nr  Skatteverkets nr  Namn                    Tillträde
1101    «n:4»            Anna & Per Sjöberg      2014-09-01
1102    «n:4»            Fatima Al-Khatib        2021-03-15
1201    «n:4»            Rolf Ekdahl             1998-06-01
Andelstal totalt: 100 %. Föreningens org.nr «orgnr».
=== hand-housing sv
Överlåtelseavtal bostadsrätt
Säljare: Gunnel Ahlberg, personnummer «pnr:short_dash@senior»
Köpare: Emir Hodžić, personnummer «pnr:short_dash», och Lina Hodžić, personnummer «pnr:short_dash»
Lägenhet nr 1203 i Bostadsrättsföreningen Tornet 3 (org.nr «orgnr»)
Köpeskilling: 2 450 000 kr
=== hand-housing sv
Hej styrelsen! Jag har bytt bank, här är mitt nya kontonummer för återbetalning av överskjutande avgift: «kontose». Clearing står först. //Roger i 1304
=== hand-realestate sv
Fastighetsbeteckning: Uppsala Kåbo 14:3
Objektsnummer «n:7»
Utgångspris 5 950 000 kr
Visning söndag 13.00-13.45
Mäklare: Sara Wennberg, Fastighetsbyrån, tel «phse:land»
=== hand-realestate sv
Lagfartsansökan
Köpare: Mikael Strand, «pnr:long», 50 %
Köpare: Therese Strand, «pnr:long», 50 %
Fastighet: Göteborg Björkekärr 7:112
Köpeavtal daterat «date:%Y-%m-%d». Stämpelskatt betalas via bankgiro «bankgiro», OCR «ocr:12».
=== hand-charity sv
Tack för din gåva till Läkarmissionen!
Gåvobelopp: 500 kr
Givarnummer: «dl10»
För att du ska få skattereduktion rapporterar vi gåvan till Skatteverket. Vi har registrerat ditt personnummer som «pnr:long_dash». Stämmer det inte, hör av dig.
=== hand-charity sv
Kontrolluppgift gåvor (KU65) - underlag
Givare;Personnummer;Belopp
Ingrid Håkansson;«pnr:long@senior»;2000
Bo Ahlin;«pnr:long»;600
Kerstin Öberg;«pnr:long@old»;1200
Summa;;3800
=== hand-charity sv
Hej! Vill ni ha mitt personnummer för skatteavdraget? Det är «pnr:short_dash». Jag swishade 200 till 90 «n:6» «n:2». //Ebba
=== hand-charity sv
Swishnummer för insamlingen: 123 «n:3» «n:2» «n:2». Plusgiro «plusgiro», bankgiro «bankgiro». 90-konto kontrollerat av Svensk Insamlingskontroll.
=== hand-sports sv
IFK Tumba Handboll - licensanmälan
Spelare: Vilma Åberg
Personnummer: «pnr:long@child»
Förälder: Jenny Åberg, «phse:mobile»
Licensnr: «n:7»
Avgift: 650 kr (Swish 123 «n:3» «n:4»)
=== hand-sports sv
Medlemsregister export (IdrottOnline)
IdrottsID,Förnamn,Efternamn,Personnummer,Kön
«n:8»,Alvin,Persson,«pnr:long@child»,M
«n:8»,Selma,Nordin,«pnr:long@child»,K
«n:8»,Hugo,Karimi,,M
«n:8»,Maja,Lundqvist,«sam:long»,K
=== hand-sports sv
Ridklubben: vi behöver personnummer till Svenska Ridsportförbundets försäkring. Lisa S. «pnr:short_dash@child», Greta «pnr:short_dash@child». Tina har skyddade personuppgifter, ring mig i stället. /Kansliet
=== hand-hunting sv
Vapenlicensansökan - Polismyndigheten
Sökande: Per-Olof Hedlund
Personnummer: «pnr:short_dash@senior»
Jägarexamen: teori och skjutprov godkända, intyg nr «n:6»
Vapen: Tikka T3x, kal. .308, tillverkningsnummer «n:7»
Jaktkortsnummer: «dl10»
=== hand-recruit sv
Ansökan: Undersköterska, Region Dalarna, ref nr «n:4»/«n:2»
Namn: Aleksandra Kowalska
Född: «bdate:%Y-%m-%d»
Legitimation: Socialstyrelsen, reg.nr «n:6»
Telefon: «phse:intl»
Personnummer lämnas vid anställning.
=== hand-recruit sv
Hej Johan, kandidaten vi diskuterade har tackat ja. Till lönesystemet: personnummer «pnr:short», konto «kontose». Hon börjar 1 mars. Mvh Sanna, Rekryteringsbyrån Norr
=== hand-recruit sv
Referenstagning - Daniel Wikström
Referent: Pernilla Sund, f.d. chef på Scania, «phse:mobile»
Daniel arbetade som montör 2017-2023, anställningsnummer «dl10». Pålitlig och noggrann, sjukfrånvaro låg.
=== hand-telecom sv
Faktura Telenor
Kundnummer: «dl10»
Abonnemang: «phse:mobile» - Obegränsat
Belopp: 399 kr
Förfallodag: «date:%Y-%m-%d»
Bankgiro «bankgiro»  OCR «ocr10»
=== hand-telecom sv
Portering av nummer
Jag, Gustav Ekström («pnr:long_dash»), begär att mitt nummer «phse:mobile» flyttas till Tre. Nuvarande operatör: Telia. Kundnummer hos Telia «dl10».
=== hand-telecom sv
Bredbandsbeställning
Adress: Kvarnvägen 4, lgh 1102, 175 43 Järfälla
Beställare: Nour Hassan, personnummer «sam:short_dash» (samordningsnummer)
Hastighet: 1000/1000
Nätägare: Stokab. Port-ID «n:8»
=== hand-utility sv
Elräkning Vattenfall
Anläggnings-ID: 735999«n:12»
Kundnummer: «dl10»
Förbrukning: 1 284 kWh
Att betala: 2 113 kr  Bankgiro «bankgiro» OCR «ocr:14»
=== hand-utility sv
Flyttanmälan el
Avflyttande: Sven Bergkvist, «pnr:long»
Inflyttande: Amira Youssef, «pnr:long»
Mätarställning: 38 122
Datum: «date:%Y-%m-%d»
=== hand-utility sv
hej. fick en påminnelse på fjärrvärmen fast jag har betalat. OCR-numret var «ocr10» och jag betalade «date:%d/%m». Kundnummer «dl10». /Lena Holmgren
=== hand-travel sv
Resebekräftelse Apollo
Bokningsnummer: «n:8»
Resenärer:
Carl Eriksson, född «bdate:%Y%m%d»
Sofia Eriksson, född «bdate:%Y%m%d»
Flyg: SK1531 ARN-LPA
Pass nr skall anges senast 3 dagar före avresa.
=== hand-travel sv
Hej, min son ska med på skolresan till Berlin. Personnummer: «pnr:long_dash@teen», passnummer «n:8». Han är allergisk mot nötter. Mvh Anneli Forsberg
=== hand-immigration sv
Migrationsverket
Beslut om uppehållstillstånd
Ärendenummer: «n:2»-«n:6»
Sökande: Tesfaye Gebremedhin, medborgare i Eritrea
Samordningsnummer: «sam:long_dash»
UT-kortnummer: «n:8»
Beslut: Permanent uppehållstillstånd beviljas.
=== hand-immigration sv
Kallelse till utredningssamtal
Ärende: «n:2»-«n:6»
Tolk: dari, beställd via Tolkförmedling Väst, uppdragsnr «dl10»
Vid frågor, ring Migrationsverket «phse:land». Ta med LMA-kort («n:6»).
=== hand-interpreter sv
Tolkrapport
Uppdrag: «dl10»  Språk: somaliska
Datum: «date:%Y-%m-%d»  Tid: 09.00-10.30
Beställare: Arbetsförmedlingen Rinkeby
Klient: identitet i beställarens system (personnummer maskerat «mpnr:X»)
Tolk: Hodan Warsame, tolknummer «n:5»
=== hand-research sv
Samtyckesblankett - studien HÄLSA-UNG
Deltagare: Ella Sundberg
Personnummer: «pnr:long_dash@child»
Vårdnadshavare 1: Karin Sundberg, «pnr:long_dash»
Vårdnadshavare 2: ________________
Studie-ID: «n:4»-«n:3»
Etikprövningsmyndigheten Dnr «year»-«n:5»-01
=== hand-research sv
record_id;personnummer;kon;alder;bmi;grupp
«n:4»;«pnr:long»;K;43;24,1;kontroll
«n:4»;«pnr:long»;M;51;29,8;intervention
«n:4»;«pnr:long»;M;38;31,2;intervention
«n:4»;;K;47;22,0;kontroll
=== hand-research sv
Biobanksprov - följesedel
Provnr.      Typ      Provdatum
«dl10»   Serum    «date:%Y-%m-%d»
«dl10»   Helblod  «date:%Y-%m-%d»
«dl10»   Plasma   «date:%Y-%m-%d»
Biobank: Biobank Väst, BBK «n:4». Koppling till personnummer finns endast i LIMS.
=== hand-press sv
PRESSMEDDELANDE
Ny vd för Sörmlandskusten Energi
Styrelsen har utsett Hanna Lövgren till ny vd från 1 april. Hon efterträder Björn Dahl som går i pension. Presskontakt: «phse:mobile». Sörmlandskusten Energi AB, org.nr «orgnr».
=== hand-press sv
Tingsrätten: 41-åring döms för grov stöld

En 41-årig man från Borlänge döms till fängelse i ett år för stöld av verktyg till ett värde av 600 000 kronor. Målnummer B «n:4»-«n:2». Mannen förnekar brott och överklagar sannolikt.
=== hand-election sv
Röstlängd - valdistrikt Centrum 3, Sundsvall
Nr  Namn                        Född    Adress
214 Andersson, Britt-Marie      «byear»    Storgatan 8
215 Andersson, Kjell            «byear»    Storgatan 8
216 Anttila, Seppo              «byear»    Nybrogatan 2
Vallokalens ID: «n:6»
=== hand-election sv
Kandidatförklaring
Jag samtycker till att stå som kandidat för Centerpartiet i valet till kommunfullmäktige.
Namn: Sixten Lund
Personnummer: «pnr:short_dash»
Datum och underskrift ____________
=== hand-cars sv
Köpekontrakt bil (privatköp)
Säljare: Maria Holm, pnr «pnr:short_dash»
Köpare: Ahmed Saleh, pnr «pnr:short_dash»
Reg.nr: KLM 23«n:1»  Chassinr: «vin»
Miltal: 11 340 mil
Pris: 86 000 kr, betalt via Swish
=== hand-cars sv
Verkstadsorder
Kund: Gösta Lind, kundnr «dl10»
Bil: Volvo V60, reg ABC 12«n:1», VIN «vin»
Arbete: byte kamrem
Pris: 7 840 kr inkl moms. Betala till bankgiro «bankgiro», OCR «ocr10».
=== hand-cars sv
Felparkeringsavgift
Kontrollavgiftsnummer: «lu10d»
Reg.nr: HJK 41«n:1»
Tid: «date:%Y-%m-%d» 09:12
Överträdelse: Parkering på gångbana
Belopp: 1 000 kr till bankgiro «bankgiro», OCR «ocr:16»
=== hand-library sv
Lånekvitto - Stadsbiblioteket Malmö
Lånekort: «n:14»
Lånade:
Pippi Långstrump (åter «date:%Y-%m-%d»)
Mio min Mio (åter «date:%Y-%m-%d»)
Du har 2 reservationer. Välkommen åter!
=== hand-library sv
Ansökan om lånekort för barn
Barnets namn: Ture Fors
Personnummer: «pnr:long@child»
Målsman: Sara Fors, «pnr:long»
Bibliotekets anteckning: kortnummer «n:14» utlämnat.
=== hand-kindergarten sv
Ansökan om förskoleplats
Barn: Levi Bergström, «pnr:short_dash@small»
Vårdnadshavare: Emma Bergström «pnr:short_dash» och Ali Rahimi «sam:short_dash»
Önskat startdatum: «date:%Y-%m-%d»
Förskola i första hand: Ekorren
=== hand-kindergarten sv
Hej från Förskolan Myrstacken! Vi behöver barnets personnummer till utflykten (försäkringen). Skicka gärna via Tyra-appen, inte sms. Tack! /Anna
-
Svar: okej, Wilmers är «pnr:short_dash@small». //Maja, hans mamma
=== hand-driving sv
Trafikskolan Direkt - elevkort
Elev: Noel Åkesson
Personnummer: «pnr:short@teen»
Körkortstillstånd: ja, giltigt t.o.m. «date:%Y-%m-%d»
Lektioner: 8 av 10 betalda
Riskettan bokad. Handledare: Jan Åkesson
=== hand-blood sv
Geblod - tack för din blodgivning!
Givarnummer: «dl10»
Blodgrupp: A+
Nästa tappning tidigast: «date:%Y-%m-%d»
Vi sms:ar när ditt blod har kommit till användning.
=== hand-blood sv
Hälsodeklaration blodgivare (inskannad)
Namn: Mats Öhman
Personnummer: «pnr:ocr»
Givarnr: «dl10»
=== hand-pension sv
Orange kuvert - Pensionsmyndigheten
Till: Barbro Lindahl, «pnr:long_dash@senior»
Din allmänna pension vid 67 år: ca 14 200 kr/mån
Tjänstepension (AMF): «dl10» avtalsnummer
Alecta: ingen tjänstepension registrerad.
=== hand-pension sv
Hej Alecta. Min mamma Sigrid fyllde 100 i våras och har inte fått sin ITP-utbetalning. Hennes personnummer är «pnr:short_dash@old». Fullmakt bifogas. Vänliga hälsningar, Ulla Sundin
=== hand-library sv
Boken kommer - hemleverans av böcker
Låntagare: Astrid Wahlgren (fyllde 102 i augusti), «pnr:short_dash@old»
Adress: Solhemmet, rum 14, Falköping
Önskemål: storstilsböcker, gärna deckare. Leverans varannan torsdag.
=== hand-pension sv
Pensionsmyndigheten - ändring av utbetalningskonto
Pensionär: Harald Sjöqvist, «pnr:short_dash@old»
Ombud: dottern Margareta Sjöqvist, «pnr:short_dash@senior»
Nytt konto: «kontose»
=== hand-charity sv
Tack-brev till våra äldsta givare: Elna Bergman (personnr «pnr:nl@old») har skänkt 100 kr i månaden sedan 1974. Givarnr «dl10».
=== hand-union sv
NYHETSBREV Kommunal sektion Göta
Lönerevisionen klar: 3,4 % från 1 april. Årsmöte 20 mars kl. 18 på Folkets Hus. Nytt bankgiro för medlemsavgift: «bankgiro». Frågor? Ring sektionen «phse:land».
=== hand-union sv
Hej! Jag har bytt jobb och vill flytta medlemskapet från Handels till Unionen. Personnummer «pnr:short», medlemsnummer hos Handels «dl10». Tack! /Jonna
=== hand-studenthousing sv
AF Bostäder - hyreskontrakt
Hyresgäst: Amanda Lindvall
Personnummer: «pnr:short_dash»
Objekt: Delphi, korridor 4, rum 12
Studieintyg: LU, ladok-ID «n:8»
Hyra: 4 390 kr/mån. Bankgiro «bankgiro», OCR «ocr:10»
=== hand-whatsapp sv
[2026-11-28 21:14:03] Pappa: vad är ditt personnummer nu igen, ska deklarera åt dig
[2026-11-28 21:16:40] Nils: «pnr:long»
[2026-11-28 21:16:58] Nils: med bindestreck «pnr:short_dash» om de vill ha det så
[2026-11-28 21:17:12] Pappa: 👍
=== hand-signal sv
Lisa: har du orgnumret till föreningen? ska fylla i bidragsansökan
Kim: «orgnr» tror jag
Lisa: och bg?
Kim: «bankgiro»
Lisa: tack!!
=== hand-outlook sv
Möte: Kreditgenomgång - Bageri Solrosen
Tid: «date:%Y-%m-%d» 13:00-14:00
Plats: Rum Vättern
Bolaget är enskild firma, så orgnr = innehavarens personnummer: Mohammed Nasser, «pnr:short_dash».
=== hand-spreadsheet sv
	A	B	C	D
1	Namn	Personnr	Timmar	Lön
2	Ida Sund	«pnr:short»	160	=C2*182
3	Leo Falk	«pnr:short»	80	=C3*182
4	Tuva Ek	«sam:short»	120	=C4*175
5	Summa		=SUMMA(C2:C4)	=SUMMA(D2:D4)
=== hand-fax sv
FAX Från: Advokatbyrån Norrsken   Tel «phse:land»
Sida 1 av 2
Ang.: Dödsbo efter Elsa Maria Gran, «pnr:ocr@senior»
Dödsbodelägare: Bengt Gran, «pnr:short_dash@senior»
Tingsrätten, mål nr T «n:4»-«n:2»
=== hand-minutes sv
Protokoll fört vid styrelsemöte, Villaföreningen Solbacken
Närvarande: Ulf, Birgitta, Hassan, Eva (kassör)
§1 Kassören rapporterade: föreningens plusgiro «plusgiro» ska avslutas, allt går via bankgiro «bankgiro».
§2 Snöröjning: avtal med Lindbergs Maskin AB (org.nr «orgnr») förlängs.
§3 Nästa möte 12 januari.
=== hand-jira sv
[LÖN-2291] Fel personnummer för anställd 8812
Anställd har bytt från samordningsnummer «sam#s:long» till personnummer «pnr:long». Gamla numret måste finnas kvar i historiken.
Status: Pågår
=== hand-jira sv
[INFRA-3310] Backup misslyckades 261130
Jobbet backup_db «tstamp» avbröts. Logg: /var/log/backup/«tstamp».log. Ingen persondata i loggen.
=== hand-pdfform sv
Blankett SKV 7665 - Ansökan om samordningsnummer
Fält 1 Efternamn ................ Petrov
Fält 2 Förnamn .................. Dimitar
Fält 3 Medborgarskap ............ Bulgarien
Fält 4 Tidigare svenskt nr ...... «sam:long_dash»
Fält 5 Passnummer ............... «n:9»
=== hand-markdown sv
| Namn | Roll | Personnummer | Mobil |
|---|---|---|---|
| Hampus Wallin | Ordförande | «pnr:short_dash» | «phse:mobile» |
| Stina Dahl | Kassör | «pnr:short_dash» | «phse:mobile» |
| Jamal Osman | Ledamot | (ej lämnat) | «phse:mobile» |
=== hand-log sv
{"ts":"2026-11-30T22:01:13Z","level":"info","svc":"kund-api","msg":"lookup","personnummer":"«pnr:long»","took_ms":14}
{"ts":"2026-11-30T22:01:14Z","level":"info","svc":"kund-api","msg":"lookup","kundnr":"«dl10»","took_ms":9}
{"ts":"2026-11-30T22:01:19Z","level":"warn","svc":"kund-api","msg":"retry","trace":"«n:16»"}
=== hand-lotto sv
Lotto-kvitto
Kupong-ID: «lu10d»
Rad 1: 04 09 13 21 27 30 33
Dragning lördag «date:%Y-%m-%d»
Spelarnummer: «ocr10»
=== hand-negative sv
Så här skriver du personnummer: ÅÅÅÅMMDD-XXXX. Exempel: 19870101-XXXX. Samordningsnummer har 60 tillagt på dagen. Skicka aldrig personnummer i okrypterad e-post.
=== hand-negative sv
Kontoutdrag Swedbank
Datum       Text                         Belopp
2026-11-02  LÖN                        31 220,00
2026-11-05  BG «bankgiro» OCR «ocr10»   -1 245,00
2026-11-09  SWISH «phse:plain»            -150,00
2026-11-12  KORTKÖP ICA «n:6»              -312,40
=== hand-negative sv
Faktura «lu10d»
Kund: Byggnads Ab Norrland, org.nr «orgnr»
Betalningsvillkor 30 dagar. Bankgiro «bankgiro». Ange OCR «ocr10» vid betalning.
"""
