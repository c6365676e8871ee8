"""Hand-written Swedish documents for identifiers.jsonl (v7). Each written once; numbers are markup."""

TEXT = r"""
=== hotel sv
Gästregistrering, Hotell Sjöfröken, Visby
Rum 308, ankomst 2026-11-27, avresa 2026-11-29
Gäst: Johan Lindqvist, personnr ⟨pnr:long_dash⟩
Medresenär: Emma Lindqvist
Bokningsref: SJF-⟨n:6⟩   Kortnr: **** **** **** ⟨n:4⟩
=== hotel sv
Hej! Vi kommer sent på fredag, ca 23. Bokningen står på min sambo Nils Ek (bokningsnr ⟨n:8⟩). Om ni behöver ID kan ni ta mitt personnummer ⟨pnr⟩, jag har körkortet med mig.
/Lina
=== camping sv
Rättviks Camping - säsongsgäster 2027
Plats  Namn                  Tel            Fordon
A12    Göran & Britt Sandell ⟨phse⟩  husvagn Kabe, reg ABC 123
A13    Yvonne Strand         ⟨phse⟩  husbil
A14    Leif Hedlund          ⟨phse:intl⟩  husvagn
Camping Key Europe-kortnr registreras i receptionen, inte personnummer.
=== school sv
Meddelande i Skolplattformen från: Anneli Berg (vårdnadshavare)
Hej mentor! Min dotter Wilma (⟨pnr@child⟩) har fått fel schema i appen, hon står i 7C men går i 7B. Kan ni fixa? Hälsningar Anneli
=== school sv
Elevlista - Modersmålsundervisning arabiska, Rinkebyskolan (export)
Elev;Personnummer;Klass;Vårdnadshavare
Yasmin Haddad;⟨pnr@child:long_dash⟩;4A;Omar Haddad
Adam Khalil;⟨pnr@child:long_dash⟩;4B;Rana Khalil
Lina Nasser;⟨sam@child:long_dash⟩;5A;Hussein Nasser
=== school sv
Till skoladministratören: Vi har flyttat till Västerås och Elias ska börja hos er i januari. Hans personnummer är ⟨pnr@child:long⟩. Vi har inget intyg från förra skolan än. Mvh Petra Johansson, ⟨phse⟩
=== psych sv
Psykolog Karin Åhman - journalanteckning (utskrift)
Patient: Oskar Wennberg, ⟨pnr:long_dash⟩
Remiss från vårdcentralen Gripen, remissnr ⟨n:9⟩
Besök 3 av 10 (frikort nr ⟨n:8⟩)
=== physio sv
Sjukgymnastiken Ugglan - dagens bokningar
08:00 Birgitta Holm ⟨pnr@senior:short⟩
08:45 Hassan Jama ⟨sam:short⟩
09:30 Anders Sjöberg ⟨pnr:short⟩
10:15 (avbokad)
Frikortsgräns 1 400 kr. Kassa nr ⟨n:3⟩.
=== homecare sv
Hemtjänsten Söder - app-notis (Lifecare)
Ny insats: Margareta Öberg ⟨pnr@old⟩, Gröndalsvägen 44. Nyckelgömma: kod lämnas muntligt.
Handläggare: Sara Nyberg, ärende ⟨case⟩.
=== homecare sv
Hej! Jag är dotter till Sven-Erik Lund (⟨pnr@senior:long_dash⟩) som har hemtjänst hos er. Han har fått fel mediciner två gånger den här veckan. Kan någon ringa mig på ⟨phse⟩? / Katarina
=== fertility sv
Fertilitetscentrum - samtycke till IVF-behandling
Kvinna: Elin Andersson Roos, personnummer ⟨pnr:long_dash⟩
Partner: Sofie Roos, personnummer ⟨pnr:long_dash⟩
Behandlingsnummer: ⟨case⟩, spermabank-ID ⟨hex:8⟩
=== adoption sv
Socialnämnden - medgivandeutredning adoption
Sökande: Fredrik och Hanna Ljung
Fredrik Ljung, ⟨pnr⟩
Hanna Ljung, ⟨pnr⟩
MIA-ärende ⟨n:6⟩. Utredare: Eva Strömberg.
=== familylaw sv
Tingsrätten - Dom i mål om vårdnad, boende och umgänge
Mål nr T ⟨n:4⟩-26
KÄRANDE: Jenny Ahlberg, ⟨pnr⟩
SVARANDE: Mattias Ahlberg, ⟨pnr⟩
SAKEN: Vårdnad m.m. om Leo Ahlberg, ⟨pnr@child⟩
=== familylaw sv
Hej Mattias, bouppteckningen... nej förlåt, bodelningen. Din advokat har skrivit Jennys personnummer som ⟨pnrtypo#j⟩, men kontrollsiffran stämmer inte. Rätt är ⟨pnr#j⟩ enligt folkbokföringen. Vi rättar det innan registreringen hos Skatteverket.
/Advokatbyrån Ekman
=== inkasso sv
BETALNINGSPÅMINNELSE - Inkassokrav
Gäldenär: Robin Nyström, ⟨pnr⟩
Fordringsägare: Telia Sverige AB, org.nr ⟨orgnr⟩
Ärendenr: ⟨n:9⟩
Belopp att betala: 2 348 kr till bankgiro ⟨bg⟩, OCR ⟨ocrse⟩
Betalar du inte kan ärendet överlämnas till Kronofogden.
=== kfm sv
Kronofogden - Ansökan om betalningsföreläggande
Sökande: Intrum AB, org.nr ⟨orgnr⟩
Svarande: Petra Sandberg, personnummer ⟨pnr:long_dash⟩
Målnummer: ⟨n:2⟩-⟨n:6⟩-26
Fordran: 14 230 kr jämte ränta
=== kfm sv
Utdrag ur Kronofogdens register (skuldsaldo)
Person: ⟨pnr:long⟩
Allmänna mål: 0 kr
Enskilda mål: 48 112 kr (3 st)
Skuldsanering: nej
Utskriftsdatum 2026-11-30 10:04, kontrollnr ⟨n:10⟩
=== probate sv
BOUPPTECKNING
efter Gunnel Elisabeth Strand, ⟨pnr@senior⟩, avliden 2026-09-14 i Uddevalla församling.
Dödsbodelägare:
Make: Bertil Strand, ⟨pnr@senior⟩
Dotter: Annika Strand Wall, ⟨pnr⟩
Förrättningsman: Ulf Bergkvist, Familjerättsbyrån
Tillgångar: bankkonto ⟨clearing⟩, 312 440 kr
=== probate sv
Hej Annika! Banken vill ha dödsbodelägarnas personnummer till bouppteckningen. Pappas är ⟨pnr@senior:long⟩ och mitt ⟨pnr:long⟩. Ditt kan du skicka själv, jag vill inte ha det i mejl. Kram Lasse
=== will sv
TESTAMENTE
Jag, Inga-Lill Fors, född ⟨pnr@old:long_dash⟩, förordnar härmed som min yttersta vilja att min kvarlåtenskap ska tillfalla Svenska kyrkans församling i Mora samt mitt barnbarn Tove Fors, ⟨pnr:long_dash⟩, till lika delar.
Ort och datum: Mora 2026-10-02
=== lm sv
Lantmäteriet - Fastighetsregistret, utdrag
Fastighet: UPPSALA KÅBO 12:4
Lagfart beviljad: 2019-06-11, akt ⟨n:5⟩/2019
Ägare: Kerstin Vik, ⟨pnr:long_dash⟩ (1/2)
Ägare: Per Vik, ⟨pnr:long_dash⟩ (1/2)
Inteckning: 2 400 000 kr, dagboksnr ⟨n:5⟩
=== lm sv
Ärende ⟨n:6⟩ hos Lantmäteriet: fastighetsreglering mellan Rödön 3:14 och Rödön 3:22. Sakägare: Jämtkraft AB (org.nr ⟨orgnr⟩) och dödsboet efter Olof Nilsson (inga personnummer på detta brev).
=== farm sv
Jordbruksverket - SAM-ansökan 2027, kvittering
Kundnummer: ⟨n:7⟩
Sökande: Lars-Åke Persson, ⟨pnr:long_dash⟩
Produktionsplatsnummer: SE⟨n:6⟩
Gårdsstöd, kompensationsbidrag. Referens ⟨hex:10⟩
=== fishing sv
Havs- och vattenmyndigheten - Licens för yrkesmässigt fiske
Licensinnehavare: Tommy Karlsson, ⟨pnr:long_dash⟩
Fartygsnummer: ⟨n:5⟩  Distriktsnummer: GG ⟨n:3⟩
Licensnummer: ⟨n:6⟩, giltig t.o.m. 2031-12-31
=== fishing sv
Fiskekort Vänern, årskort: Kortnummer ⟨n:10⟩, namn Bengt Olofsson. Kortet är personligt men kräver inte personnummer.
=== military sv
Plikt- och prövningsverket
Kallelse till mönstring
Till: Alva Sundqvist
Personnummer: ⟨pnr@young:long_dash⟩
Du kallas till mönstring 2027-02-08 kl 08.15, Rekryteringsmyndigheten, Kristinehamn.
Ärendenummer: ⟨n:10⟩
=== military sv
Hej! Jag har fått mönstringsunderlaget och ska fylla i personnummer men rutan har bara 10 siffror? Mitt är ⟨pnr@young:long⟩ /Isak
=== tax sv
Inkomstdeklaration 1, 2026
Skatteverket
Personnummer ⟨pnr:long_dash⟩
Namn: Mikael Öhrn
1.1 Lön, förmåner, sjukpenning m.m. 486 200
Kontrolluppgift från arbetsgivare org.nr ⟨orgnr⟩
Slutlig skatt: 131 014
=== tax sv
Hej Skatteverket, jag har fått slutskattebeskedet men det står fel förnamn. Mitt personnummer är ⟨pnr:long⟩ och jag heter Jonna, inte Joanna. Tack! Jonna Berglund
=== appeal sv
Till Inspektionen för arbetslöshetsförsäkringen (IAF)
Begäran om omprövning av beslut från Unionens a-kassa, dnr ⟨n:4⟩-⟨n:5⟩
Namn: Tove Mattsson
Personnummer: ⟨pnr⟩
Jag anser att beslutet om avstängning i 45 ersättningsdagar är felaktigt eftersom ...
=== csn sv
CSN - Beslut om studiemedel
Till: Axel Hjort
Personnummer: ⟨pnr@young:long_dash⟩
Studieperiod: 2027-01-16 - 2027-06-04
Studiebidrag 3 616 kr/4 v, studielån 8 784 kr/4 v
Beslutsnummer: ⟨n:9⟩
=== csn sv
yo jag har glömt mitt lösenord till mina sidor på csn, och bankid funkar inte, kan jag logga in med personnummer ⟨pnr@young:short⟩ och pinkod?
=== citizenship sv
Migrationsverket - Ansökan om svenskt medborgarskap
Sökande: Tesfaye Gebremariam
Personnummer: ⟨pnr#t_p:long_dash⟩
Tidigare samordningsnummer: ⟨sam#t_s:long_dash⟩
Ärende: ⟨n:8⟩
Medborgarskap: eritreanskt
=== namechange sv
Skatteverket - Beslut om byte av efternamn
Sökande: Linnea Pettersson, ⟨pnr⟩
Nytt efternamn: Ljungqvist
Beslut: bifall. Diarienummer ⟨n:3⟩ ⟨n:6⟩-26/⟨n:3⟩
=== gender sv
Hej, jag har fått beslut om ändrad könstillhörighet och ett nytt personnummer (⟨pnr#a_new:long_dash⟩). Mitt gamla (⟨pnr#a_old:long_dash⟩) står fortfarande i ert lönesystem. Kan ni uppdatera? Vill inte att det syns för chefen. /Alex
=== churchtax sv
Utträde ur Svenska kyrkan
Namn: Sebastian Ek
Personnummer: ⟨pnr:short_dash⟩
Församling: Masthuggets församling
Jag begär utträde ur Svenska kyrkan. Underskrift: S. Ek 2026-11-18
=== union sv
IF Metall avd 2 - tvisteförhandling
Medlem: Roger Lindh, ⟨pnr⟩, medlemsnr ⟨n:7⟩
Arbetsgivare: Verkstads AB Norrland, org.nr ⟨orgnr⟩
Tvist: uppsägning p.g.a. arbetsbrist, turordning ifrågasätts
Förhandlingsprotokoll nr ⟨n:4⟩
=== whistle sv
Visselblåsarrapport ⟨case⟩ (via extern kanal)
Rapporten gäller inköpsavdelningen. Enligt rapportören har leverantören Byggtjänst i Mälardalen AB (⟨orgnr⟩) fått betalt för fakturor som ingen beställt. Fakturorna attesterades av en anställd med personnummer ⟨pnr:long⟩. Rapportören är anonym.
=== fraud sv
Försäkringsutredning - Dnr ⟨case⟩
Försäkringstagare: Andreas Lundgren, ⟨pnr⟩
Skadenummer: ⟨n:9⟩
Anmäld stöld av cykel, värde 38 000 kr. Cykeln hittad till salu på Blocket 2026-10-11, annonsnr ⟨n:9⟩.
Utredare: J. Bäckström
=== pi sv
Privatdetektiv - rapport, uppdrag 2026/⟨n:3⟩
Objekt: Carina Blom, ⟨pnr:long_dash⟩
Fordon: Volvo V70, chassinr ⟨vin⟩
Objektet observerades lämna bostaden 07:12 och arbetsplatsen 16:40.
=== energy sv
Elstöd - utbetalning via Försäkringskassan
Mottagare: Gunilla Nord, ⟨pnr@senior⟩
Anläggnings-ID: 735999⟨n:12⟩
Elhandlare: Skellefteå Kraft AB, org.nr ⟨orgnr⟩
Utbetalt belopp: 1 843 kr
=== eldercare sv
Klagomål på äldreboendet Solrosen
Jag vill klaga på att min mamma, Barbro Lindgren (⟨pnr@old⟩), inte fått hjälp med att äta vid tre tillfällen. Personalen säger att de inte hinner.
Claes Lindgren, son, ⟨phse⟩
=== eldercare sv
Svar på klagomål, dnr SN ⟨n:4⟩/⟨n:3⟩
Hej Claes, vi har tagit emot ditt klagomål. Av sekretesskäl skriver vi inte din mammas personnummer i mejlet. Verksamhetschefen kontaktar dig senast 2026-12-08.
Socialförvaltningen
=== fax sv
FAX FRÅN VÅRDCENTRALEN GRIPEN   ⟨phse:sthlm⟩   2026-11-26
Ang. patient Stig Åkesson ⟨pnr:ocr⟩
Läkarintyg för sjukpenning bifogas. Sidor: 3
=== fax sv
-- sid 1/1 -- MOTT 27 NOV 2026 09:14 --
Namn: Aino Kallio   Pnr: ⟨pnr:ocr⟩
Kommun: Haparanda   Handl: ⟨n:4⟩
=== trackchanges sv
Anställningsavtal (spåra ändringar PÅ)
Arbetstagare: Lukas Fransson, [Borttaget: ⟨pnr⟩] [Infogat: ⟨pnr:long_dash⟩]
[Kommentar MH: långt format enligt Visma]
Befattning: Lagerarbetare, provanställning 6 mån
=== pptnotes sv
Bild 12: "Så här ser ett personnummer ut i loggarna"
Talaranteckningar: Peka på raden med ⟨pnr:long⟩ - den kommer från en riktig felsökning förra året (personen har gett sitt samtycke). Poängen: loggar ska maskas.
=== onenote sv
Samtal med Malin 27/11
* ny adress fr.o.m. 1/12
* nytt clearingnr+konto: ⟨clearing⟩
* pnr ⟨pnr:short⟩ (samma)
* vill ha lönespec digitalt i Kivra
=== ooo sv
Automatiskt svar: Jag är föräldraledig till 2027-03-31. För frågor om fakturor, ange alltid fakturanummer (⟨n:8⟩-serien) eller OCR. Skicka inte personnummer i mejl.
=== ooo sv
Jag har semester v.50-52. Vid brådskande ärenden om lönekörning, ring ⟨phse:intl⟩. Lönekörningens batch-id denna månad: ⟨ocrse⟩.
=== notebook sv
{"cell_type": "code", "execution_count": 14, "source": ["kunder[kunder.pnr.str.startswith('19')].head(2)"], "outputs": [{"data": {"text/plain": ["                 pnr      namn  kommun\n", "41  ⟨pnr:long⟩  Ida Falk   Luleå\n", "97  ⟨pnr:long⟩  Arvid Moe  Umeå"]}, "output_type": "execute_result"}]}
=== sas sv
data work.urval;
  set lib.folkbok;
  where pnr in ("⟨pnr:long⟩", "⟨pnr:long⟩");
  /* testfall från support, ärende ⟨n:6⟩ */
run;
=== spss sv
GET DATA /TYPE=TXT /FILE='enkät_2026.csv'.
* Löpnummer är INTE personnummer, de skapades av SCB.
LIST löpnr kön ålder /CASES=FROM 1 TO 3.
  ⟨ocrse⟩  1  34
  ⟨ocrse⟩  2  51
  ⟨ocrse⟩  2  27
=== powerbi sv
Export från Power BI - "Sjukfrånvaro Q3" (underliggande data)
Enhet,Anst.nr,Dagar
Lager Borås,⟨n:5⟩,12
Lager Borås,⟨n:5⟩,3
Kundtjänst,⟨n:5⟩,7
=== idoc sv
EDI_DC40 200⟨n:16⟩ HRMD_A09 SAPHR
E1P0002 NACHN=Forsberg VORNA=Johanna PERID=⟨pnr:long⟩ GBDAT=
E1P0009 BANKL=⟨n:4⟩ BANKN=⟨n:10⟩
=== bgc sv
Autogiro - medgivanden, inläsning 2026-11-30 (utskrift, fälten separerade för läsbarhet)
TK  Betalarnummer        Clearing  Konto           Personnr/orgnr
04  ⟨n:8⟩             ⟨n:4⟩      ⟨n:10⟩      ⟨pnr:long⟩
04  ⟨n:8⟩             ⟨n:4⟩      ⟨n:10⟩      ⟨pnr:long⟩
04  ⟨n:8⟩             ⟨n:4⟩      ⟨n:10⟩      16⟨orgnr:plain⟩
=== pain sv
<Dbtr><Nm>Ulrika Sand</Nm><Id><PrvtId><Othr><Id>⟨pnr:long⟩</Id><SchmeNm><Cd>NIDN</Cd></SchmeNm></Othr></PrvtId></Id></Dbtr><DbtrAcct><Id><IBAN>⟨ibanse:plain⟩</IBAN></Id></DbtrAcct><RmtInf><Strd><CdtrRefInf><Ref>⟨ocrse⟩</Ref></CdtrRefInf></Strd></RmtInf>
=== camt sv
<Ntry><Amt Ccy="SEK">4500.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><NtryDtls><TxDtls><Refs><EndToEndId>⟨ocrse⟩</EndToEndId></Refs><RltdPties><Dbtr><Nm>FÖRSÄKRINGSKASSAN</Nm><Id><OrgId><Othr><Id>⟨orgnr:plain⟩</Id></Othr></OrgId></Id></Dbtr></RltdPties></TxDtls></NtryDtls></Ntry>
=== graphql sv
{"data":{"kund":{"kundnummer":"⟨ocrse⟩","namn":"Tomas Hellström","personnummer":"⟨pnr:long_dash⟩","avtal":[{"id":"AV-⟨n:6⟩","typ":"EL"}]}}}
=== terraform sv
{
  "version": 4,
  "resources": [{"type": "azuread_user", "name": "testanv", "instances": [{"attributes": {"employee_id": "⟨pnr:long⟩", "display_name": "Test Testsson (riktig pnr, byt!)", "object_id": "⟨hex:8⟩-⟨hex:4⟩-⟨hex:4⟩"}}]}]
}
=== winevent sv
Händelse-ID 4656, Säkerhetsgranskning
Objektnamn: E:\Löner\2026\11\lönespec_⟨pnr:long⟩.pdf
Konto: SVC_LON   Process-ID: 0x⟨hex:4⟩
=== apache sv
192.168.1.14 - - [30/Nov/2026:08:02:11 +0100] "GET /mina-sidor/?pnr=⟨pnr:long⟩&ret=%2Fhem HTTP/1.1" 302 0
192.168.1.14 - - [30/Nov/2026:08:02:12 +0100] "GET /hem?session=⟨hex:16⟩ HTTP/1.1" 200 8812
=== mailmerge sv
Förnamn	Efternamn	Gatuadress	Postnr	Ort	Personnummer
Kjell	Boström	Storgatan 12	91131	Umeå	⟨pnr:long_dash⟩
Anette	Dahl	Parkvägen 3	58222	Linköping	⟨pnr:long_dash⟩
Rasmus	Åberg	Kyrkogatan 9	45130	Uddevalla	⟨sam:long_dash⟩
=== srt sv
211
01:14:02,300 --> 01:14:05,120
Ordföranden: Vi tar personnumret till protokollet...

212
01:14:05,200 --> 01:14:08,900
⟨pnr:short_dash⟩, Maria Holmgren, justerare.
=== transcript sv
Handläggare (FK): Och ditt personnummer?
Sökande: Nittonhundra... ja, ⟨pnr:long_space⟩.
Handläggare (FK): Tack. Jag ser ditt ärende, nummer ⟨n:10⟩.
=== handform sv
BLANKETT (inskannad, handskriven)
Namn: Bir git ta Sjö
Pers.nr: ⟨pnr:ocr⟩
Tel: ⟨phse:plain⟩
=== crewlist sv
Besättningslista - M/S Birka Nordic, IMO ⟨n:7⟩, Flagg: SE
Namn                 Befattning    Nationalitet  Personnr / Passnr
Mats Erlandsson      Befälhavare   SE            ⟨pnr:long_dash⟩
Helena Sundin        Styrman       SE            ⟨pnr:long_dash⟩
Arvo Tamm            Matros        EE            pass ⟨n:8⟩
Dmytro Kovalenko     Motorman      UA            ⟨sam:long_dash⟩
=== ledger sv
Ver.nr  Datum       Text                    Löpnummer     Belopp
⟨n:3⟩    2026-11-02  Hyra november           ⟨ocrse⟩   -12 000,00
⟨n:3⟩    2026-11-05  Kontorsmaterial         ⟨ocrse⟩      -845,00
⟨n:3⟩    2026-11-15  Inbetalning kund        ⟨ocrse⟩    31 250,00
⟨n:3⟩    2026-11-28  Bankavgift              ⟨ocrse⟩       -95,00
=== invoice sv
FAKTURA ⟨n:6⟩
Kundnr: ⟨dlluhn⟩
Org.nr: ⟨orgnr⟩   Momsreg.nr: ⟨orgnr:moms⟩
Betala till bankgiro ⟨bg⟩ eller plusgiro ⟨pg⟩, OCR: ⟨ocrse⟩
Innehar F-skattsedel.
=== phones sv
Telefonlista jourgruppen
Ulla     ⟨phse:datelike⟩
Magnus   ⟨phse:datelike⟩
Fatima   ⟨phse⟩
Kent     ⟨phse:intl⟩
(nummer utan bindestreck kommer från gamla växeln)
=== imei sv
Utlämning av arbetstelefon
Anställd: Jessica Blom, anst.nr ⟨n:5⟩
IMEI: ⟨imei⟩
Abonnemang: ⟨phse⟩
=== car sv
Köpekontrakt begagnad bil
Säljare: Bilhallen i Borlänge AB, ⟨orgnr⟩
Köpare: Rebecka Nordin, ⟨pnr:long_dash⟩
Reg.nr: KLM 45G, chassinummer ⟨vin⟩
Mätarställning: 8 713 mil
=== sole sv
Enskild firma: Hårsalong Ebba, org.nr ⟨pnr#ebba:short_dash⟩ (= innehavarens personnummer). Innehar F-skatt. Bankgiro ⟨bg⟩.
=== misc sv
Vinnarnummer i julklappslotteriet: ⟨n:6⟩, ⟨n:6⟩, ⟨n:6⟩. Lottnummer med 10 siffror (t.ex. ⟨ocrse⟩) är från förra årets system och gäller inte.
=== misc sv
Ditt paket ⟨sscc⟩ är på väg. Spåra med kollinummer ⟨n:12⟩ på postnord.se. Utlämningsställe: ICA Kvantum, kod ⟨n:4⟩.
=== misc sv
Testdata (maskerad): ⟨mask:se⟩ Anna, ⟨mask:se⟩ Erik, ⟨mask:se8⟩ Sven
=== misc sv
Ring växeln ⟨phse:sthlm⟩ eller mobil ⟨phse:datelike⟩. Fax ⟨phse:gbg⟩.
=== misc sv
Bankgiro ⟨bg⟩ · Plusgiro ⟨pg⟩ · Org.nr ⟨orgnr⟩ · Swish 123 ⟨n:3⟩ ⟨n:2⟩ ⟨n:2⟩
=== longletter sv
Hej mamma!

Nu har jag äntligen skickat in ansökan om bostadstillägg åt dig. Försäkringskassan ville ha ditt personnummer (⟨pnr@senior:long_dash⟩) och pappas dödsfallsintyg, och jag skickade med kopian på bouppteckningen också. Handläggaren heter Rolf och ärendenumret är ⟨n:10⟩.

Jag har också sagt upp pappas Telia-abonnemang (kundnummer ⟨n:9⟩) och hans tidning. Elavtalet står kvar i dödsboets namn tills vidare.

Ring mig om du får något brev som du inte förstår! ⟨phse⟩

Kramar
Johanna
=== longletter sv
Minnesanteckningar, styrelsemöte BRF Linnéan 14, 2026-11-25
§ 4 Överlåtelser: Lägenhet 1102 (föreningens nr 47) har sålts av dödsboet efter Gösta Blom till Kim Lindqvist och Sara Wik. Köparna har godkänts som medlemmar. Lägenhetsnummer hos Lantmäteriet: ⟨n:4⟩.
§ 5 Ekonomi: Avgiftshöjning 3 % från 1 januari. Föreningens bankgiro ⟨bg⟩ oförändrat.
§ 6 Dataskydd: Förvaltaren påpekar att en medlem skickat sitt personnummer (⟨pnr⟩) i en felanmälan om ventilationen. Mejlet har raderats.
=== longletter sv
Utredning om försörjningsstöd - kompletterande uppgifter
Sökande: Nour Al-Sayed, ⟨sam:long_dash⟩ (samordningsnummer, folkbokföring pågår)
Medsökande: Ahmed Al-Sayed, ⟨pnr:long_dash⟩
Barn: Yara, ⟨pnr@child:long_dash⟩; Sami, ⟨pnr@child:long_dash⟩
Inkomster oktober: etableringsersättning 8 640 kr (utbetald av Försäkringskassan, referens ⟨ocrse⟩), barnbidrag 2 500 kr.
Hyreskontrakt nr ⟨n:7⟩, hyresvärd Stena Fastigheter, org.nr ⟨orgnr⟩.
=== short sv
pnr ⟨pnr:short⟩ funkar inte i bankid-appen?
=== short sv
Mitt personnummer: ⟨pnr:long_dash⟩
=== short sv
hennes personnr är ⟨pnr:short_space⟩
=== short sv
Kundnummer ⟨dlluhn:dash⟩ - ange vid kontakt med kundtjänst.
=== short sv
Ordernr: ⟨ocrse⟩ (skickad 2026-11-29)
=== short sv
Min farmor är över hundra år, hennes personnummer är ⟨pnr@old⟩ men Skatteverket skriver det med plustecken nu.
=== short sv
Barnets personnummer: ⟨pnr@child:long⟩  Vårdnadshavare 1: ⟨pnr:long⟩
=== short sv
Samordningsnr: ⟨sam⟩ (tilldelat av Skatteverket 2026-05-02)
=== short sv
Personnummer
⟨pnr:long_dash⟩
Namn
Leila Sarkis
=== short sv
Orgnr ⟨orgnr⟩ och momsregnr ⟨orgnr:moms⟩ ska stå på fakturan.
=== short sv
Pnr: ⟨pnr:nl⟩ Namn: Otto Lax
=== short sv
Kontrollsiffran fel? Jag skrev ⟨pnrtypo#k⟩ men menade ⟨pnr#k⟩.
=== short sv
Mitt fakturanummer är ⟨dlluhn⟩, inte mitt personnummer!
=== short sv
tackar, pnr ⟨pnr:long⟩ /Jimmy
=== short sv
Personnummer (12 siffror): ⟨pnr:long_space⟩
=== homecare sv
Trygghetslarm - installation
Brukare: Elna Gustavsson ⟨pnr@old⟩ (över 100 år)
Larmnummer: ⟨n:6⟩, nyckelkvittens ⟨n:4⟩
Anhörig: sonen Göte, ⟨phse⟩
=== probate sv
Hej! Dödsboanmälan för Ragnar Holm, ⟨pnr@old⟩, är registrerad hos kommunen. Han blev över 100 år. Dödsbodelägare är dottern Marianne Holm Ek, ⟨pnr@senior⟩.
Med vänlig hälsning, Begravningsbyrån Fridsam
=== eldercare sv
Vårdplan, Ekbackens äldreboende, avd. 2
Boende        Personnummer     Kost
Ingeborg Ahl  ⟨pnr@old⟩      konsistensanpassad
Arne Wiik     ⟨pnr@senior⟩      normal
Sigrid Palm   ⟨pnr@old⟩      diabeteskost
=== short sv
Ärendenummer ⟨n:2⟩-⟨n:6⟩ hos Kronofogden, inte mitt personnummer.
"""
