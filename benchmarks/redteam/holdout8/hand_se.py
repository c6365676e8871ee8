"""Hand-written Swedish documents (one each; «slots» are filled by render.py)."""

DOCS: list[tuple[str, str, str]] = [
    (
        "sv",
        "preschool",
        """Förskolan Humlan - ansökan om plats
Barnets namn: Elsa Wikström
Barnets personnummer: «se.long@2023-05-02»
Vårdnadshavare 1: Hampus Wikström, «se»
Vårdnadshavare 2: Nora Ali, «se»
Önskat placeringsdatum: 2027-01-11   Kö-nummer: «n5»""",
    ),
    (
        "sv",
        "school",
        """Frånvaroanmälan
Hej! Linus (åk 4, Solbackaskolan, pnr «se.plain@2017-03-30») är sjuk idag och imorgon. /pappa Fredrik, «mob»""",
    ),
    (
        "sv",
        "school",
        """Klasslista 2C - Ekebyskolan
Elev                 Personnummer     Modersmål
Alva Bergqvist       «se@2019-02-14»    svenska
Ibrahim Yusuf        «se@2019-08-30»    somaliska
Ines Kovač           «sesam@2019-04-09»    bosniska
Oliver Fransson      «se@2019-12-01»    svenska""",
    ),
    (
        "sv",
        "pharmacy",
        """Apotek Hjärtat - utlämning
Recept-ID: «n12»
Patient: Gunnel Sjöberg  Pnr: «seold@1925-03-18»
Förskrivare: leg. läk. Arlanda vc, förskrivarkod «n7»
Högkostnadsskydd: 2 840 kr kvar""",
    ),
    (
        "sv",
        "pharmacy",
        """Hej, jag ska hämta ut min mammas medicin på apoteket. Hon heter Inga-Lill Persson och hennes personnummer är «se.longdash@1944-07-21». Jag har fullmakt via e-tjänsten. /Kjell""",
    ),
    (
        "sv",
        "vet",
        """Djurkliniken Fyrtornet
Journal: Sixten (katt, hane, kastrerad)
ID-nummer (chip): 752098«n9»
Ägare: Lena Holmgren, personnr «se.plain»
Kundnummer «l10»  Faktura «n7»""",
    ),
    (
        "sv",
        "vet",
        """Jordbruksverket - registrering av hund
Mikrochip: 752 093 «n9»
Ägarens personnummer/organisationsnummer: «se»
Tidigare ägare: Kennel Björkbacken, org.nr «org»""",
    ),
    (
        "sv",
        "shipping",
        """Lastförteckning M/S Vingasand
Konossement nr «n10»
Avsändare: Öresund Logistik AB, org.nr «org»
Mottagare: Fiskeprodukter Nord AS, Tromsø (org.nr 9«n8»)
Befälhavare: Stefan Lindahl, pnr «se@1966-10-03»
Containers: MSKU «n7», TGHU «n7»""",
    ),
    (
        "sv",
        "pension",
        """Pensionsmyndigheten - beslut om allmän pension
Mottagare: Rut Åkesson, personnummer «seold@1926-06-30»
Ärendenummer: «l10d»
Garantipension fr.o.m. 2027-01: 9 204 kr/mån
Utbetalning till konto 8327-9, «n10»""",
    ),
    (
        "sv",
        "pension",
        """Förmånstagarförordnande (tjänstepension ITP)
Försäkrad: Jan-Olof Brandt, «se.long»
Förmånstagare: make/maka/sambo - Ulrika Brandt, «se.long»
Försäkringsnummer: «l10»
Org.nr arbetsgivare: «org»""",
    ),
    (
        "sv",
        "building",
        """Ansökan om bygglov - tillbyggnad enbostadshus
Diarienummer: BN 2026-«n6»
Fastighetsbeteckning: Tallkotten 7, Järfälla
Sökande: Amir Sadeghi, personnummer «se»
Kontrollansvarig: Lars Holmlund, certifieringsnr SC«n4»-«n2»
Fakturamottagare (om annan): Holmlund Bygg AB, org.nr «org»""",
    ),
    (
        "sv",
        "building",
        """Grannemedgivande
Jag/vi har tagit del av ritningar för fastigheten Rosenlund 4 och har inget att invända.
Namn: Birgit Lövgren  Pnr: «se@1951-09-11»
Fastighet: Rosenlund 5
Datum: 2026-11-20""",
    ),
    (
        "sv",
        "sports",
        """IK Frej - medlemsregister (utdrag)
medlemsnummer,namn,personnummer,sektion
«l10»,Wilma Dahl,«se.plain@2012-01-25»,fotboll
«l10»,Melker Ström,«se.plain@2011-06-14»,fotboll
«l10»,Saga Hedlund,«se.plain@2013-09-02»,friidrott
«l10»,Ture Nordin,,friidrott""",
    ),
    (
        "sv",
        "sports",
        """Licensansökan Svenska Ridsportförbundet
Ryttare: Majken Ek, född 2010-04-04, personnummer «se@2010-04-04»
Häst: Fjällbo's Quest, UELN 752004«n9»
Klubb: Gävle Ridklubb (föreningsnr «n5»)""",
    ),
    (
        "sv",
        "dental",
        """Folktandvården Ekbacken
Kallelse - undersökning
Patient: Hugo Lindblad, «se»
Tid: 2027-01-19 kl 09.20, tandläkare Sara Nyman
Betalas via Swish 123 «n3» «n2» «n2» eller bankgiro «n4»-«n4»
Avgiftsklass: Frisktandvård 3""",
    ),
    (
        "sv",
        "payroll",
        """LÖNESPECIFIKATION 2026-11
Anställd: Tove Jansson-Ek   Anst.nr 3317
Personnummer: «se.longdash»
Arbetsgivare: Västkust Lönetjänst AB, org.nr «org»
Bruttolön 38 500,00
Prel. skatt (tabell 32) -10 822,00
Netto 27 678,00 till clearing 8105-9, konto «n10»""",
    ),
    (
        "sv",
        "payroll",
        """Hej lönebyrån! Ny anställd från 1 dec: Ali Rezai, «sesam.plain». Han har samordningsnummer tills vidare, personnummer är sökt. Kontonummer kommer. Mvh Carina på Nordvik Bemanning""",
    ),
    (
        "sv",
        "payroll",
        """AGI-underlag (arbetsgivardeklaration på individnivå), period 202611
Betalningsmottagare;Personnummer;Kontant ersättning;Avdragen skatt;Fältkod
Pontus Åberg;«se.long»;41200;12054;011
Elvira Sandin;«se.long»;28900;6830;011
Krister Moberg;«seold.long@1925-11-02»;0;0;011
Arbetsgivarens org.nr: «org»""",
    ),
    (
        "sv",
        "sie",
        """#FLAGGA 0
#PROGRAM "Fortnox" 3.41
#FORMAT PC8
#GEN 20261201
#SIETYP 4
#ORGNR «org»
#FNAMN "Solbacka Fastigheter AB"
#RAR 0 20260101 20261231
#KONTO 1930 "Företagskonto"
#KONTO 2710 "Personalskatt"
#VER A 118 20261125 "Lön november, Emil Fors «se»"
{
#TRANS 7010 {} 35000.00
#TRANS 2710 {} -9800.00
#TRANS 1930 {} -25200.00
}
#VER A 119 20261126 "Faktura «n8» kund «l10»"
{
#TRANS 1510 {} 12500.00
#TRANS 3010 {} -12500.00
}""",
    ),
    (
        "sv",
        "sie",
        """#FLAGGA 0
#PROGRAM "Visma eEkonomi" 1.0
#SIETYP 4
#ORGNR «org»
#ADRESS "Agnes Lind" "Strandvägen 3" "372 30 Ronneby" "«mob»"
#RAR 0 20260101 20261231
#VER B 4 20260315 "Utlägg bil 2603«n2»"
{
#TRANS 5611 {} 1840.00
#TRANS 2893 {} -1840.00
}""",
    ),
    (
        "sv",
        "municipal",
        """Socialtjänsten - anmälan om orosanmälan mottagen
Barn: «se@2016-07-07» (namn skyddat)
Anmälare: skolkurator, Västerskolan
Dnr: SOC 2026/«n4»
Utredning inledd 2026-11-28""",
    ),
    (
        "sv",
        "municipal",
        """Beslut om färdtjänst
Sökande: Märta Olin, «seold@1921-12-24»
Beslut: bifall, giltigt t.o.m. 2029-12-31. Tillstånds-ID «l10».
Överklagande skickas till kommunen inom tre veckor.""",
    ),
    (
        "sv",
        "bank",
        """Kontoutdrag november 2026
Konto: Privatkonto 3300 «se.plain» (Nordea personkonto, kontonumret är personnumret)
Kontohavare: Erik Sandström
2026-11-05 Swish från 07«n8»     500,00
2026-11-25 Lön Sjöstads IT-drift  31 412,00
2026-11-27 Autogiro Telia «n8»  -399,00""",
    ),
    (
        "sv",
        "bank",
        """Hej! Jag vill säga upp mitt sparkonto. Mitt personnummer är «se.plain» och kontot heter Buffert, nummer 9020 «n7». Pengarna ska till mitt personkonto. /Jenny Sundberg""",
    ),
    (
        "sv",
        "insurance",
        """Skadeanmälan hem - vattenskada
Försäkringstagare: Göran Mellberg, «se»
Försäkringsnummer: «l10d» (står på försäkringsbrevet, inte personnumret)
Skadedatum: 2026-11-14
Hantverkare: Rörkraft i Uppsala AB, org.nr «org», F-skatt""",
    ),
    (
        "sv",
        "hospital",
        """Remiss till ortopedkliniken, Sahlgrenska
Patient: «se.longdash» Svante Ek, Hisings Kärra
Frågeställning: belastningssmärta vä knä sedan 3 mån, rtg u.a.
Remiss-ID «n10». Vårdgivare HSA-id SE2321000131-E«n12»""",
    ),
    (
        "sv",
        "hospital",
        """Provsvar från Klinisk kemi
Labb-ID: «l10»
Provtagning: 2026-11-29 07:45
Pat.: «se.plain»
P-Glukos 6,2 mmol/L
Svaret signerat av bmA Karin Öhrn""",
    ),
    (
        "sv",
        "estate",
        """Bouppteckning
efter Sven Ingvar Lundqvist, «seold@1924-02-09», avliden 2026-10-01, folkbokförd i Ljusdal
Dödsbodelägare:
  Britt Lundqvist, efterlevande make, «se@1931-05-10»
  Håkan Lundqvist, son, «se»
  Annika Lundqvist Berg, dotter, «se»
Förrättningsman: Fjällbyrån Ekonomi HB, org.nr «org»""",
    ),
    (
        "sv",
        "letter",
        """Hej Gunilla!
Tack för kortet. Jag har nu fått papperen från Skatteverket om pappas dödsfall, där står hans personnummer som «seold.dash@1923-08-19» med plus, eftersom han var över hundra. Jag trodde det var ett tryckfel först!
Kram Margareta""",
    ),
    (
        "sv",
        "letter",
        """Till Försäkringskassan
Angående mitt ärende om bostadsbidrag (ärendenr «l10d»): jag har bytt adress. Mitt personnummer är «se», och min dotters «se.plain@2014-10-10».
Med vänlig hälsning, Aida Hasanović""",
    ),
    (
        "sv",
        "email",
        """Ämne: Sv: ROT-avdrag
Hej Peter,
För att vi ska kunna göra ROT-avdraget behöver vi personnummer på båda ägarna: du har skickat ditt («se.long»), men vi saknar Annas. Fastighetsbeteckning: Solrosen 12.
Mvh Byggmästarna i Mälardalen, offert «n6»""",
    ),
    (
        "sv",
        "email",
        """Hej alla!
Årets julbord är 12/12. Anmälan via formuläret senast 4/12. Kostnad 450 kr dras på lönen. Frågor? Ring Lotta på «mob».
/Personalklubben""",
    ),
    (
        "sv",
        "email",
        """Hej Maria
Fakturan från Sjöstads IT-drift har OCR-nummer «ocr» och ska betalas till bankgiro 5«n3»-«n4» senast 2026-12-15. Vårt kundnummer hos dem är «l10d».
Hälsningar, Kim""",
    ),
    (
        "sv",
        "form",
        """BLANKETT SKV 7665 - Flyttanmälan
Personnummer/samordningsnummer ____«sesam.longdash»____
Ny adress: Vallgatan 8 lgh 1102, 413 11 Göteborg
Inflyttningsdatum 2026-12-01
Medflyttande: ____«se@2020-03-03»____ (barn)""",
    ),
    (
        "sv",
        "chat",
        """[14:02] Johanna: vad är ert pnr? ska boka flyget till Luleå
[14:03] Kalle: «se.long#k»
[14:03] Kalle: nej vänta, bara «se#k» räcker va
[14:05] Johanna: japp, och barnens?
[14:06] Kalle: «se@2015-01-31» och «se@2018-09-12»""",
    ),
    (
        "sv",
        "chat",
        """Slack #ekonomi
Fia: någon som vet vad 8604125512 är i reskontran?
Olle: det är ett fakturanummer från Elektroskandia, deras ser ut så
Fia: ok tack, trodde det var nåns personnummer""",
    ),
    (
        "sv",
        "ocr",
        """HYRESKONTRAKT FÖR BOSTADSLÄGENHET (inskannat)
Hyresgäst: Ronja Ek|und   Personnr: «se.space»
Hyresvärd: Solbacka Fastigheter AB   0rg.nr: «org»
Lägenhetsnummer 1204, objektsnr «n7»""",
    ),
    (
        "sv",
        "invoice",
        """FAKTURA «n6»
Rörkraft i Uppsala AB   Org.nr «org»   Momsreg.nr SE«n10»01   Godkänd för F-skatt
Kund: Siv Hägglund, «se.plain»  (ROT-avdrag begärt)
Fastighet: Uppsala Kåbo 12:4
Arbetskostnad 24 000,00  Material 8 120,00  ROT -7 200,00
Bankgiro «n4»-«n4»  OCR «ocr»""",
    ),
    (
        "sv",
        "hr",
        """Anställningsavtal
Arbetsgivare: Sjöstads IT-drift AB (org.nr «org»)
Arbetstagare: Noah Ekström, personnummer «se»
Befattning: drifttekniker. Tillträde 2027-02-01. Månadslön 41 000 kr.
Anställningsnummer: «l10»""",
    ),
    (
        "sv",
        "hr",
        """Intyg om anställning
Härmed intygas att Yasmin Haddad, «se.longdash», varit anställd hos oss sedan 2019-08-19 som undersköterska.
Kronobergs Bokföringstjänst AB, org.nr «org», tel 0470-«n6»""",
    ),
    (
        "sv",
        "log",
        """2026-11-30 10:22:41,118 INFO [bankid] auth start personalNumber=«se.long» orderRef=7f3a«n8»
2026-11-30 10:22:49,640 INFO [bankid] auth complete orderRef=7f3a«n8» status=complete
2026-11-30 10:23:02,004 DEBUG [session] created sid=«l10» ttl=1800
2026-11-30 10:24:15,377 ERROR [payment] bg=«n8» ocr=«ocr» rejected""",
    ),
    (
        "sv",
        "log",
        """nov 30 23:59:01 srv-lon01 lonekorning[4412]: körning 20261130-01 klar, 212 anställda, 0 fel
nov 30 23:59:01 srv-lon01 lonekorning[4412]: filen PAIN001_«n10».xml skickad till banken
nov 30 23:59:02 srv-lon01 lonekorning[4412]: kvittens id 8611«n6»""",
    ),
    (
        "sv",
        "markdown",
        """### Kontaktpersoner vid avvikelse

| Roll | Namn | Telefon | Personnr (för behörighet) |
|------|------|---------|---------------------------|
| Driftansvarig | Maja Engdahl | «mob» | «se» |
| Ställföreträdare | Oskar Lund | «mob» | «se.plain» |
| Leverantör | Sjöstads IT-drift AB | 08-«n7» | org.nr «org» |""",
    ),
    (
        "sv",
        "json",
        """{"kund":{"kundnr":"«l10»","namn":"Ebba Grön","personnummer":"«se.long»","adress":{"gata":"Kvarngatan 4","postnr":"118 47","ort":"Stockholm"}},"order":{"nr":"«l10d»","belopp":1299.0}}""",
    ),
    (
        "sv",
        "xml",
        """<Folkbokforingspost>
  <Personpost>
    <PersonId><PersonNr>«se.long»</PersonNr></PersonId>
    <Namn><Fornamn>Elvin</Fornamn><Efternamn>Roos</Efternamn></Namn>
    <Relation typ="V"><PersonNr>«se.long»</PersonNr></Relation>
    <Relation typ="B"><PersonNr>«se.long@2012-12-12»</PersonNr></Relation>
  </Personpost>
  <Avisering><Lopnummer>«l10»</Lopnummer></Avisering>
</Folkbokforingspost>""",
    ),
    (
        "sv",
        "url",
        """Skickar länken till ärendet: https://e-tjanst.kommun.se/arende/visa?pnr=«se.long»&id=«l10»
Logga in med BankID först.""",
    ),
    (
        "sv",
        "negatives",
        """Inventarielista - IT
Inv.nr       Typ          Serienr          Placering
5804120119   Laptop       PF3«n5»          Rum 204
7102283345   Skärm        CN-0«n6»       Rum 204
6611054411   Dockning     TH«n7»        Förråd
(inventarienummer: datum för inköp + löpnummer)""",
    ),
    (
        "sv",
        "negatives",
        """Betalningsuppgifter
Bankgiro: «n4»-«n4»
Plusgiro: «n6»-«n1»
OCR-nummer: «l10» (ange alltid vid betalning)
Org.nr: «org»   Momsreg.nr: SE«n10»01""",
    ),
    (
        "sv",
        "negatives",
        """Telefonlista - Gävle Ridklubb styrelse
Ordförande Petra   «mob»
Kassör Bengt       026-«n6»
Sekreterare Mira   «mob»
Stallet            «mob»
Föreningens org.nr «org»""",
    ),
    (
        "sv",
        "negatives",
        """Order bekräftad!
Ordernummer: «l10d»
Kundnummer: «l10»
Leverans: Postnord, kolli-id 00«n16»
Beräknad leverans 2026-12-04. Frågor? kundtjanst@exempel.se""",
    ),
    (
        "sv",
        "masked",
        """Kvitto - Apoteket
Kund: «smask»
Recept: 3 st, 2 uthämtade
Högkostnadsskydd: 1 275 kr kvar""",
    ),
    (
        "sv",
        "prose",
        """Min farmor fyllde hundra i våras och fick ett brev från kungen. Skatteverket hade redan i januari börjat skriva hennes personnummer med ett plustecken: «seold@1926-04-15». Sådant visste jag inte.""",
    ),
    (
        "sv",
        "prose",
        """Jag har fått samordningsnummer «sesam» efter att ha jobbat en sommar i Kiruna. Nu har jag flyttat hit på riktigt och fått ett vanligt personnummer, «se», så jag förstår inte varför Kivra fortfarande visar det gamla.""",
    ),
    (
        "sv",
        "tsv",
        "Namn\tPersonnummer\tAvdelning\tAnknytning\nLiam Sjögren\t«se»\tLager\t4411\nAlice Ruud\t«se»\tEkonomi\t4402\nDavid Cohen\t«sesam»\tIT\t4470\nEster Nordqvist\t«se»\tIT\t4471",
    ),
    (
        "sv",
        "csv-nohdr",
        """«se.long»;Gustav Nyqvist;Storgatan 8;83130
«se.long»;Tyra Nyqvist;Storgatan 8;83130
«se.long@2021-04-04»;Nils Nyqvist;Storgatan 8;83130""",
    ),
    (
        "sv",
        "sms",
        """Från Vårdcentralen Kärnan: Hej! Du har tid hos sjuksköterska 3/12 kl 13:40. Avboka senast 24 h innan på 1177.se. Ref «n9»""",
    ),
    (
        "sv",
        "sms",
        """Hej! Ringer från banken angående din kredit. Kan du bekräfta ditt pnr? Svara med de 10 siffrorna. /Handelsbanken  <-- bedrägeri, svara INTE""",
    ),
    (
        "sv",
        "mixed",
        """Hej Mette!
Vi ska registrera er danska konsult i våra system. Har han ett svenskt samordningsnummer? Hans danska CPR som ni skickade, «cpr», kan vi inte använda hos Skatteverket.
Mvh Helena, Norrsken Redovisning""",
    ),
    (
        "sv",
        "letter",
        """Kronofogden - utmätning av lön
Gäldenär: Robin Åström, «se»
Arbetsgivare: Götaälv Städservice AB, org.nr «org»
Målnummer: «n2»-«n6»-26
Förbehållsbelopp: 6 520 kr/mån. Utmätt belopp sätts in på Kronofogdens bankgiro 5050-1055, ange OCR «ocr».""",
    ),
]
