# ruff: noqa: W293  (the blank lines of the flattened HTML mails hold a space, as such mails do)
"""Hand-written Swedish identifier documents (each written once). Slots: see render.py."""

DOCS = '''
=== hand-gp sv
Journalanteckning - Vårdcentralen Brunnsgatan
Patient: Kerstin Ålund  «pnr:long_dash»
Besöksorsak: Förnyelse av recept
Anteckning: BT 142/88. Fortsatt behandling enligt tidigare. Åter om 6 mån.
Signerad: leg. läk. M. Ahlgren, 2026-11-30 10:42
=== hand-gp sv
Remiss till Öron-näs-hals, Sahlgrenska
Pat: Bengt Olofsson, «pnr:long»
Tel: «mobile_se»
Frågeställning: Nedsatt hörsel höger sida sedan 2 mån.
Remiss-id: «dlluhn»
=== hand-hospital sv
UTSKRIVNINGSMEDDELANDE
Namn:           Sonja Pettersson
Personnummer:   «pnr@old»
Avdelning:      Geriatrik 22
Inskriven:      «date»
Anhörig:        dottern Ulla, tel «mobile_se»
=== hand-hospital sv
Hej! Vi har en patient med reservnummer «dlluhn12_dash» på akuten som nu har identifierats. Rätt
personnummer är «pnr:long_dash». Kan ni slå ihop journalerna? /Anna, kanslist akutmottagningen
=== hand-pharmacy sv
APOTEK HJÄRTAT
Kvitto nr «dlluhn»
Receptförskrivning expedierad för: «pnr»
Högkostnadsskydd: «amount» kvar
Org.nr «orgnr»
Tack för ditt köp!
=== hand-pharmacy sv
Du har ett nytt e-recept. Hämta ut med BankID eller uppge personnummer (ÅÅMMDD-XXXX) på apoteket.
Ordernummer: «dlluhn_dash»
=== hand-tax sv
Skatteverket
Slutskattebesked 2025
Personnummer «pnr»
Överskott att återbetala: «amount»
Utbetalas till konto «se_konto»
OCR-nummer för inbetalning: «ocr10»
=== hand-tax sv
Hej, jag hjälper min pappa Gösta Lindahl (född 1921) med deklarationen. Hans personnummer är
«pnr@y1921». Jag själv har «pnr:long». Hur gör jag för att bli ombud? Mvh Eva Lindahl
=== hand-akassa sv
Från: Unionens a-kassa
Ämne: Beslut om ersättning
Hej Farida Rahimi!
Du har beviljats inkomstrelaterad ersättning från «date». Ärendenummer: «dlluhn_dash».
Personnummer: «pnr:long_dash»
Ersättningen betalas ut till ditt konto «se_konto».
=== hand-akassa sv
Kassakort vecka 47
Medlemsnr  «dlluhn»
Pnr        «pnr»
Arbetade timmar   8
Sökta arbeten     4 (bifogas)
=== hand-pension sv
Orange kuvertet - Pensionsmyndigheten
Personnummer: «pnr:long_space»
Din prognos vid 67 år: «amount» i månaden
Försäkringsnummer (tjänstepension, AMF): «dlluhn12r»
=== hand-pension sv
Jag vill ändra förmånstagare på min pensionsförsäkring. Försäkringsnummer «dlluhn_dash». Mitt
personnummer är «pnr», min sambo Roger Nyström har «pnr». Hälsningar Lena Vikström
=== hand-socialtjanst sv
Socialtjänsten - Orosanmälan
Barn: Elvira  «pnr:long_dash@child»
Vårdnadshavare: Sandra Åkesson «pnr:long_dash@y1978-1992»
Anmälare: förskolan Myran, tel «phone_se»
Dnr «case»
=== hand-socialtjanst sv
Utredning enligt 11 kap. 1 § SoL
Barnen i familjen: Mohammed «pnr@child», Amina «pnr@child» och Yusuf «pnr@child».
Handläggare: Tove Berglund, «phone_se»
=== hand-prison sv
KRIMINALVÅRDEN Frivården Göteborg
Klient: Kim Sandberg
Pnr: «pnr»
Inskrivningsnr: «dlluhn_dash»
Övervakare: Lars-Åke Holm
Prövotid t.o.m. «date»
=== hand-prison sv
Besökslista anstalten Hall, lördag
Intagen          Besökare               Besökarens pnr
Rehnberg         Malin Rehnberg         «pnr:long»
Haddad           Nour Haddad            «pnr:long»
Svensson         Lotta Svensson         «pnr:long»
=== hand-church sv
Svenska kyrkan - Dopanmälan
Barnets namn: Ebbe Oskar
Personnummer: «pnr:long_dash@y2025»
Vårdnadshavare 1: «pnr:long_dash»
Vårdnadshavare 2: «pnr:long_dash»
Bokningsnr: «dlluhn»
=== hand-church sv
Hej! Jag vill gå ur Svenska kyrkan. Mitt personnummer är «pnr:short». Mvh Jonny Kallio
=== hand-sport sv
LOK-stöd redovisning - IFK Tumba Handboll (org.nr «orgnr»)
Deltagare                Personnummer
Alva Söderberg           «pnr:long@child»
Hugo Lindström           «pnr:long@child»
Wilmer Ek                «pnr:long@child»
Selma Nordin             «pnr:long@child»
=== hand-sport sv
Hej! Min son Melvin ska börja på fotbollen. Hans personnummer är «pnr:long_dash@child», mitt mobilnummer
«mobile_se». Medlemsavgiften betalar vi till bankgiro «bg» med OCR «ocrn». /Jessica
=== hand-housing sv
Brf Solrosen - Ansökan om andrahandsuthyrning
Bostadsrättshavare: Fredrik Almqvist, pnr «pnr»
Andrahandshyresgäst: Chen Wei, samordningsnummer «sam»
Lägenhetsnr (Lantmäteriet): 1102   Föreningens lgh-nr: «num6»
Period: 2027-01-01 - 2027-12-31
=== hand-housing sv
Hyresavi december
Hyresgäst: Ingrid Sjöberg
Kundnr «dlluhn»
Att betala: 7 345 kr till bankgiro «bg», OCR «ocr10»
Förfallodag: 2026-12-31
=== hand-debt sv
KRAVBREV
Gäldenär: Robin Fransson, «pnr»
Vårt ärendenummer: «dlluhn_dash»
Uppdragsgivare: Elbolaget i Norr AB («orgnr»)
Kapitalbelopp «amount»
Betala till bankgiro «bg», ange OCR «ocrn»
=== hand-debt sv
Vi har fått in en betalning med referens «dlluhn» men kan inte hitta ärendet. Om det är ditt
personnummer du angett - skicka inte det igen, ring oss på «phone_se» istället.
=== hand-hr sv
Personalärende - ändrade uppgifter
Anst.nr: «num6»
Namn: Hampus Wikander
Personnummer: «pnr:long_dash»
Nytt clearing/kontonummer: «se_konto»
Gäller från lön december.
=== hand-hr sv
Hej lön! Vi har en ny timanställd från måndag: Ebba Lund, «pnr». Hon har jämkning, så skatteavdraget
blir lägre. Anställningsavtal nr «dlluhn_dash» finns i Visma. /Therese HR
=== hand-itticket sv
Ärende #«num6» - BankID fungerar inte i lönesystemet
Anmälare: Per-Olof Grahn
Beskrivning: Inloggning med personnummer «pnr:long» ger felkod RFA8. Telefon: «mobile_se»
IMEI: «imei»
=== hand-itticket sv
INC«num8» Felaktig koppling i HR-integrationen: anställd «pnr:long_dash» synkas mot fel AD-konto
(ska vara «pnr:long_dash»). Körning «ts» misslyckades.
=== hand-realestate sv
KÖPEKONTRAKT
Säljare: Margareta Holmgren, «pnr@aged»
Köpare: Isak Berg, «pnr@young» och Wilma Falk, «pnr@young»
Fastighet: Uppsala Luthagen 12:4
Köpeskilling: 4 250 000 kr
Handpenning till mäklarens klientmedelskonto «se_konto»
=== hand-realestate sv
Objekt-ID «dlluhn» - Villa i Bjärred, 142 kvm
Mäklare: Svensk Fastighetsförmedling, org.nr «orgnr»
Visning söndag 13-14. Anmäl dig till «mobile_se».
=== hand-travel sv
BOKNINGSBEKRÄFTELSE  Bokningsnr: 8HXQ4T
Resenär: LINDQVIST/KARIN MRS   Biljett: 117«dlluhn»
DY 4056 ARN-BGO 14DEC 0905 1015
Resenär: LINDQVIST/NILS MSTR   Biljett: 117«dlluhn»
Medlemsnummer: «num8»
=== hand-travel sv
Hej, vi reser till Thailand i jul och behöver visum för min man, han har samordningsnummer «sam:long_dash»
eftersom han inte är folkbokförd ännu. Bokning «dlluhn12r_dash». /Mai Nguyen
=== hand-slack sv
#lön-hjälp
Emil Sundqvist  10:22
någon som har pnr till nya konsulten? 🙏
Josefin Ahl  10:24
«pnr» (Amir Karimi)
Emil Sundqvist  10:24
tack! ta bort meddelandet sen 😅
=== hand-calendar sv
Ämne: Rehabmöte - Tobias Wall
När: torsdag 4 december 2026 13:00-14:00 (UTC+01:00)
Plats: Teams
Anteckningar: Tobias («pnr») deltar med facklig representant. Mötes-ID: «num8» «num6»
=== hand-outlookfwd sv
Från: Annika Börjesson
Skickat: den 28 november 2026 09:14
Till: Löneservice
Ämne: VB: Felaktig skatt

Se nedan.

-----Ursprungligt meddelande-----
Från: Patrik Åström
Skickat: den 27 november 2026 17:40
Ämne: Felaktig skatt

Hej! Mitt personnummer är «pnr:long_dash», och jag har fått för mycket dragen skatt i november.
=== hand-outlookfwd sv
> Kan du skicka personnumret?
>
Javisst: «pnr:nl»
Mvh Klas
=== hand-minutes sv
Protokoll styrelsemöte Brf Eken 2026-11-25
§ 4 Medlemsfrågor
Överlåtelse lgh 1204 till Emma Ivarsson («pnr») godkändes.
Andrahandsuthyrning lgh 1307 (Olle Dahl, «pnr») beviljades t.o.m. 2027-06-30.
§ 5 Nästa möte: 2027-01-20
=== hand-ocrform sv
ANSÖKAN OM PARKERINGSTILLSTÅND
Sökande:   Hans Åberg
Pers.nr:   «pnr:ocr»
Adress:    Storgatan 5, 721 30 Västerås
Tel:       «phone_se»
=== hand-ocrform sv
FÖRSÄKRINGSKASSAN - Anmälan om tillfällig föräldrapenning
Barnets personnummer   «pnr:ocr@child»
Förälderns personnummer «pnr:long_dash»
=== hand-pdfcols sv
Lönespecifikation        November 2026            Anst.nr «num6»
Namn                    Skattetabell 33           Kostnadsställe 410
Mikaela Björk           Kolumn 1
«pnr:long_dash»          Bruttolön «amount»
Clearing/konto «se_konto»            Netto «amount»
=== hand-html sv
Hej Oskar Lindgren!
 
Tack för din beställning [https://shop.example/order/«dlluhn12r»]!
 
Leveransadress: Ringvägen 4, 118 60 Stockholm
Personnummer (för kreditprövning): «pnr»
 
Har du frågor? Ring oss på «phone_se».
=== hand-markdown sv
| Namn | Personnummer | Avd | Anst.nr |
|------|--------------|-----|---------|
| Linnea Östberg | «pnr:long» | Ekonomi | «dlluhn» |
| Arvid Norén | «pnr:long_dash» | IT | «dlluhn» |
| Zeynep Kaya | «sam:long_dash» | Lager | «dlluhn» |
=== hand-log sv
2026-11-30T07:55:02.114Z INFO  bankid.collect orderRef=«dlluhn12r»-«num6» pnr=«pnr:long» status=complete
2026-11-30T07:55:02.130Z INFO  session.create user=«pnr:long» ip=10.4.2.17
2026-11-30T07:57:40.001Z ERROR export.job id=«ts» failed: disk full
=== hand-log sv
[«ts#a»] backup start
[«ts#a»] 14 231 filer kopierade
[«ts#a»] klar
=== hand-csv sv
"namn","personnummer","adress"
"Nilsson, Bo","«pnr:long»","Kungsgatan 3, lgh 1101"
"Ekberg, Maj","«pnr:long»","Box 12, ""c/o Ekberg"""
"Gül, Deniz","«sam:long»","Fjällgatan 8"
=== hand-csv sv
kund_id;skapad;payload
«num6»;2026-11-12;"{""pnr"":""«pnr:long»"",""namn"":""Agnes Holm"",""tel"":""«mobile_se»""}"
«num6»;2026-11-13;"{""orgnr"":""«orgnr»"",""namn"":""Holm Bygg AB""}"
=== hand-dos sv
PERSNR       NAMN                     KST   LÖN
------------ ------------------------ ----- --------
«pnr:long» ANDERSSON, STIG           4100  «amount»
«pnr:long» BERGQVIST, INGA-LILL      4100  «amount»
«pnr:long» CARLÉN, TORD              4300  «amount»
=== hand-sms sv
Hej det är farmor. Personnumret du ville ha: «pnr@aged». Kram
=== hand-sms sv
Ditt paket «tracking» kan hämtas hos ICA Nära. Kod: «num6». Hälsningar PostNord
=== hand-prose sv
Vår dotter föddes förra året och fick personnummer «pnr:long_dash@y2025» redan på BB.
=== hand-prose sv
Observera att ditt kundnummer «dlluhn_dash» inte är ditt personnummer även om det ser ut så.
=== hand-prose sv
Min farfar fyllde 100 i våras. Hans personnummer skrivs nu med plustecken: «pnr@y1926».
=== hand-neg sv
Fakturanr 2026-«num6»
Kundnr «dlluhn»    Ordernr «dlluhn_dash»
Org.nr «orgnr»   Momsreg.nr «momsreg»
Bankgiro «bg»   Plusgiro «pg»
OCR «ocr10»
=== hand-neg sv
Telefonlista Hemtjänsten Norr
Gruppledare   «mobile_se»
Natt          «mobile_se»
Kontor        «phone_se»
Fax           «phone_se»
=== hand-neg sv
Tips: skriv aldrig hela personnumret i mejl. Skriv så här: «masked_pnr».
=== hand-neg sv
Personnumret «pnr_bad» är inte giltigt (kontrollsiffran stämmer inte). Kontrollera och försök igen.
=== hand-neg sv
Lotto: «lotto». Din kupong «dlluhn» gav 5 rätt. Vinst: «amount».
=== hand-neg sv
Streckkoder i leveransen: «ean_se», «ean_se», «ean_se». Kollinr «sscc».
=== hand-mixed sv
Personal på bygget i Köpenhamn:
Mats Hedlund, pnr «pnr»
Søren Kofoed, dansk CPR «cpr»
Aleksander Nowak, samordningsnr «sam»
Ring platschefen: «mobile_se»
=== hand-mixed sv
Hej! Jag flyttar till Danmark och har fått CPR-nummer «cpr». Mitt svenska personnummer är «pnr:long_dash».
Kan ni uppdatera mina uppgifter? /Ellen Holm
=== hand-finnish sv
Personuppgifter för tjänstgöring (Åbo)
Namn: Mikaela Grönroos
Personbeteckning: «hetu»
FO-nummer (arbetsgivare): «ytunnus»
Referensnummer för lön: «viite»
=== hand-finnish sv
Jag är finlandssvensk och har både finsk personbeteckning («hetu») och svenskt personnummer («pnr»)
sedan jag flyttade till Umeå. /Jonas Wikström
=== hand-family sv
Bouppteckning efter Ruth Engström, «pnr#d@old», avliden 2026-10-02.
Dödsbodelägare: sonen Lars Engström «pnr» och dottern Berit Hed «pnr».
Den avlidnas personnummer «pnr#d:long» ska anges på alla handlingar.
=== hand-quote sv
Han sa bara "det är «pnr» om ni behöver det" och lade på.
=== hand-quote sv
Kunden uppgav ”«pnr:long»” men namnet stämde inte med folkbokföringen.
=== hand-linebreak sv
Ansökan från Lejla Hodžić, personnummer «pnr:nl», avser
bostadsbidrag för perioden januari-juni.
=== hand-teams sv
Jenny Lund 14:02
@Oskar kolla om «pnr:long_dash» finns i Agda
Oskar Bergh 14:05
finns, men med fel adress
Jenny Lund 14:05
ok, order «dlluhn12r_dash» väntar på det
=== hand-ts sv
Filnamn: lonefil_«ts».csv, skapad av integrationen. Körningen «ts» innehöll 412 rader.
=== hand-sam sv
Anställd med samordningsnummer: Dmitri Volkov, «sam:long_dash». Han har ännu inte fått personnummer.
'''
