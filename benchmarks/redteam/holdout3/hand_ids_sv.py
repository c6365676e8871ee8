"""Hand-written Swedish documents for identifiers.jsonl (values drawn by render.py).

Slots: «pnr:FORM» a labelled personnummer (forms long_dash, long, short_dash, short, long_space, short_space;
``@old`` born 1915-1926 so the short form takes "+"), «samo:FORM» a samordningsnummer; other kinds are
unlabelled hard negatives.
"""

from __future__ import annotations

DOCS: list[tuple[str, str]] = [
    (
        "mail-municipality",
        """Från: Kontaktcenter Sundbybergs stad
Till: Elin Sjöberg
Ämne: Ditt ärende «case:dnr»

Hej Elin,

Tack för din ansökan om förskoleplats. Vi har registrerat ansökan för ditt barn med personnummer
«pnr:long_dash@baby». Önskat placeringsdatum: 2026-01-12.

Observera att vi inte kan garantera plats på den förskola du valt i första hand. Besked skickas till
din e-post senast fyra månader före önskat datum.

Med vänliga hälsningar
Kontaktcenter
Sundbybergs stad, «telse:land»""",
    ),
    (
        "sms",
        """Hej! Det är Maja. Kan du ringa Försäkringskassan åt mig imorgon? Mitt personnr är «pnr:short_dash» 😘""",
    ),
    (
        "sms",
        """pappa vad är ditt personnummer, ska boka tid på vårdcentralen åt dig
- «pnr:long»
tack. du har tid 14.20 tisdag""",
    ),
    (
        "chat",
        """[2025-10-02 08:31] Anton Berg: har nån Sannas pnr? Hon ska in i lönesystemet innan den 25e
[2025-10-02 08:35] Lina Ek: «pnr:short_dash» enl anställningsavtalet
[2025-10-02 08:35] Anton Berg: tack! och clearing/konto?
[2025-10-02 08:36] Lina Ek: «kontose:swedbank»""",
    ),
    (
        "mail-union",
        """Hej Kerstin,

Jag har pratat med din arbetsgivare om schemat. De ska återkomma innan fredag.

För att vi ska kunna registrera dig som medlem i inkomstförsäkringen behöver jag ditt personnummer.
Medlemsnummer har du redan: «num:7».

Hälsningar
Göran Lindh, ombudsman
Kommunal Västra Götaland""",
    ),
    (
        "mail-union",
        """Hej Göran!
Tack för hjälpen. Personnummer: «pnr:long_dash». Jag har bytt mejl till kerstin.w@telia.com.
/Kerstin Wallin""",
    ),
    (
        "letter-landlord",
        """HYRESAVTAL – BOSTADSLÄGENHET

Hyresvärd: Fastighets AB Vallen, org.nr «orgnr»
Hyresgäst: Johan Nyström, pnr «pnr:short_dash»
           Amira Haddad, pnr «pnr:short_dash»

Lägenhetsnummer: «num:4» (Skatteverkets nr «num:4»)
Objektsnummer: «num:7»-«num:3»
Adress: Storgatan 14 B, 3 tr, 852 31 Sundsvall

Månadshyra: «num:4» kr. Hyran betalas i förskott till bankgiro «bg» med OCR «ocr:10».""",
    ),
    (
        "mail-landlord",
        """Hej,

Vi i lägenhet 1102 har haft problem med vattnet i två veckor. Felanmälan gjordes 3 november med
ärendenummer «num:7». Ingen har kommit.

Kontraktet står på mig, Lars-Erik Olofsson («pnr:short_dash@old»), men det är min dotter som bor här
nu med sina barn. Hon heter Petra.

Mvh
Lars-Erik""",
    ),
    (
        "mail-bank",
        """Hej,

Jag vill säga upp mitt sparkonto «kontose» och föra över pengarna till kontot i Handelsbanken
(clearingnr 6«num:3», kontonr «num:9»). Kontohavare: Ulla Sandberg, «pnr:long_dash».

Med vänlig hälsning
Ulla Sandberg""",
    ),
    (
        "letter-bank",
        """Swedbank AB (publ) · org.nr «orgnr»

Besked om ändrade villkor för ditt bolån

Kund: Fredrik Åberg              Personnummer: «pnr:long_space»
Lånenummer: «num:11»             Clearingnummer: 8«num:3»-«num:1»

Din nya ränta är 3,12 % från den 1 december 2025.""",
    ),
    (
        "mail-insurer",
        """Hej If,

Jag vill anmäla en skada på min bil «regnr:se» som blev påkörd på parkeringen vid ICA Maxi igår.
Försäkringsnummer «num:10». Skadenummer har jag inte fått än. Mitt personnummer: «pnr:short».

Mvh Camilla Jonsson""",
    ),
    (
        "mail-insurer",
        """Hej Camilla,

Tack för din skadeanmälan. Ditt skadenummer är «num:8»-«num:2». Vi ber dig att inte skicka
personnummer i okrypterad e-post framöver - logga in på Mina sidor i stället.

Vänliga hälsningar
Skadeservice, If Skadeförsäkring AB (publ), org.nr «orgnr»""",
    ),
    (
        "payslip",
        """LÖNESPECIFIKATION                                       Utbetalningsdag 2025-11-25
Byggnads & Montage i Luleå AB · Org.nr «orgnr»

Anställd: Mikael Forsberg                 Anst.nr: «num:4»
Personnr: «pnr:short_dash»                Skattetabell 33, kol 1

Månadslön                                 «amount:sv»
Övertid 50 %     8,0 tim                  «amount:sv»
Preliminär skatt                         -«amount:sv»
Nettolön                                  «amount:sv»
Utbetalas till konto «kontose»""",
    ),
    (
        "spreadsheet",
        """Namn\tPersonnummer\tAnställd\tTjänstgöringsgrad
Eva Lind\t«pnr:long_dash»\t2021-09-01\t100
Hassan Omar\t«pnr:long_dash»\t2023-02-15\t75
Karin Björk\t«pnr:long_dash»\t2019-06-01\t100
Nils Holm\t«samo:long_dash»\t2025-08-18\t50
""",
    ),
    (
        "spreadsheet",
        """Kundnr;Namn;Ort;Senaste köp
«luhn10»;Sjöbergs Bygg AB;Umeå;«date:iso»
«luhn10»;Anna Ek;Gävle;«date:iso»
«luhn10»;Frisörsalong Lock;Västerås;«date:iso»
«luhn10»;Per Nilsson;Kiruna;«date:iso»
«luhn10»;Café Linnea;Lund;«date:iso»
""",
    ),
    (
        "form",
        """ANMÄLAN OM FLYTT TILL SVERIGE

Efternamn: Kowalski        Förnamn: Piotr
Samordningsnummer (om du har): «samo:short_dash»
Födelsedatum: «date:iso»
Medborgarskap: Polen
Adress i Sverige: Bergsgatan 3, 214 22 Malmö
Telefon: «telse:intl»""",
    ),
    (
        "ocr-letter",
        """Skatteverket
                                                   2025-03-14
                                                   Dnr «num:3»-«num:6»-25/«num:4»

Lena Wikström
Tallstigen 5
903 38 UMEÅ

Personnummer «pnr:long_dash»

BESLUT OM SLUTLIG SKATT 2024
Du får tillbaka «amount:svint» kr. Pengarna betalas ut till ditt konto som är anmält till Skatteverket.
""",
    ),
    (
        "ocr-letter",
        """Region Skåne
Skånes universitetssjukhus, Lund · Ortopedmottagningen

KALLELSE

Patient:     Birgitta Håkansson
Personnr:    «pnr:short_dash@old»

Du kallas till återbesök måndag 8 december kl 10.40, Entré 52, plan 3.
Vid förhinder ring «telse:land» vardagar 8-10. Avgift 200 kr, frikort gäller.
Remiss-ID «num:10»""",
    ),
    (
        "mail-doctor",
        """Hej!

Min dotter Wilma («pnr:long_dash@kid») har fått utslag efter att ha börjat med penicillinet. Ska vi
fortsätta? Hon väger 19 kg. Ni nås inte på telefon.

/Jenny Strand, mamma""",
    ),
    (
        "mail-employer",
        """Hej Sofie och välkommen!

Inför din första dag behöver vi följande till löneavdelningen:
1. Personnummer (12 siffror)
2. Clearing- och kontonummer
3. Eventuell jämkning

Skicka INTE detta i mejl – använd formuläret i Medarbetarportalen.

Vänliga hälsningar
Eva, HR""",
    ),
    (
        "mail-employer",
        """Hej Eva, ursäkta, jag hade redan skrivit det här innan jag såg din mening om formuläret:
personnummer «pnr:long», clearing 3«num:3» konto «num:10». Kan du radera detta mejl?
/Sofie Lundqvist""",
    ),
    (
        "minutes",
        """Protokoll styrelsemöte BRF Tallbacken, 2025-09-22

§ 4 Medlemsärenden
Styrelsen beslutade att godkänna Ahmed Saleh («pnr:short_dash») som medlem i föreningen efter
förvärv av lägenhet nr 1204. Överlåtelseavgift debiteras köparen.

§ 5 Ekonomi
Föreningens bankgiro «bg» byts mot nytt, «bg». Org.nr «orgnr» oförändrat.

§ 6 Nästa möte 2025-10-20.""",
    ),
    (
        "complaint",
        """Till Inspektionen för vård och omsorg (IVO)

Klagomål på Vårdcentralen Näsby

Patient: Gunnar Eriksson, personnummer «pnr:short_dash@old». Jag skriver som hans dotter.

Pappa väntade sex timmar på akuten den 2 oktober utan att få smärtlindring. Ärendenummer hos regionen:
«case:diarie». Jag vill att ni utreder detta.

Maria Eriksson
«telse»""",
    ),
    (
        "mail-school",
        """Hej alla vårdnadshavare i 2B!

Fotograferingen är flyttad till torsdag. Om ni vill beställa extra kort använder ni koden «num:6» på
fotografens sida. Ingen behöver skicka barnets personnummer.

Hälsningar Fröken Annika""",
    ),
    (
        "mail-school",
        """Hej Annika, Ludvig har fått en ny skolskjuts-beslut och de vill ha hans personnummer på listan
till taxibolaget: «pnr:short_dash@kid». Kan du ge det till den som gör listan?
/Oskar (pappa)""",
    ),
    (
        "mail-lawyer",
        """Hej Margareta,

Bifogat finns utkast till gåvobrev. Gåvogivare: Bertil Ahlgren («pnr:short_dash@old»). Gåvotagare:
Karin Ahlgren («pnr:long_dash») och Stefan Ahlgren («pnr:long_dash»). Fastighet: Värmdö Ösby 3:14.

Vänligen
Advokat Henrik Sölve, Sölve & Partners Advokatbyrå, org.nr «orgnr»""",
    ),
    (
        "note-estate",
        """Bouppteckning efter Astrid Viola Norberg, pnr «pnr:long_dash@old», död 2025-07-03, Karlstad.
Dödsbodelägare: sonen Leif Norberg, pnr «pnr:long_dash», och dottern Sara Norberg Eld, pnr «pnr:long_dash».
Förrättningsman: Jur.kand. Ola Berg.""",
    ),
    (
        "mail-forward",
        """---------- Vidarebefordrat meddelande ----------
Från: Kundtjänst Vattenfall
Datum: tis 4 nov. 2025 kl 09:02
Ämne: Sv: Flytt

> Hej, jag flyttar 1/12. Avtalet står på min sambo Patrik Ström «pnr:short» men han har flyttat ut.
> Anläggnings-ID «num:18»
> Kundnummer «luhn10»

Hej! Vi behöver att Patrik själv säger upp avtalet.""",
    ),
    (
        "guidance",
        """Så fyller du i blanketten

Ruta 1: Personnummer anges med 12 siffror (ÅÅÅÅMMDD-XXXX). Är du född 1924 eller tidigare och anger
det kortare formatet, använd plustecken: ÅÅMMDD+XXXX.

Ruta 2: Har du samordningsnummer skriver du det i samma ruta. Exempel på felaktigt ifyllt:
19121212-1212 (testnummer), 12345678-9012.

Ruta 3: Organisationsnummer om du söker som företag.""",
    ),
    (
        "invoice",
        """FAKTURA                          Fakturanr «num:6»      Fakturadatum «date:iso»

Kund: Lindberg, Torbjörn         Kundnr: «luhn10»
Avtal: «luhn10:dash»

Målning fasad, 38 timmar              «amount:sv»
ROT-avdrag (personnummer «pnr:short_dash») -«amount:sv»
Att betala                             «amount:sv»

Betalas till bankgiro «bg» märkt med OCR «ocr»
Målerifirman Färg & Form AB · Org.nr «orgnr» · Momsreg.nr SE«num:10»01 · Godkänd för F-skatt""",
    ),
    (
        "invoice",
        """Påminnelse – faktura «num:7» förföll 2025-10-31

Kund: Elin Ahl, kundnummer «luhn10»
Belopp: «amount:sv» kr. OCR-nummer: «ocr:12». Plusgiro «pg».
Dröjsmålsränta debiteras enligt räntelagen. Org.nr «orgnr».""",
    ),
    (
        "sms",
        """Ditt paket från Zalando kan hämtas hos ICA Nära Björkhagen. Kolli-ID «num:10». Uppge kod «num:4». /PostNord""",
    ),
    (
        "sms",
        """Påminnelse: Tandläkartid Folktandvården Ekerö 2025-12-03 kl 09.30. Avboka senast 24 tim innan på «telse:land», annars debiteras 650 kr. Ref «luhn10»""",
    ),
    (
        "mail-municipality",
        """Hej Jonas,

Här är de som saknar beslut om försörjningsstöd för december. Jag tog med personnumren så du hittar
dem i Procapita:

«pnr:short_dash» Linnea Carlsson
«pnr:short_dash» Abdullahi Warsame
«samo:short_dash» Oksana Melnyk
«pnr:short» Tommy Fält

Radera mejlet när du är klar!
/Susanne""",
    ),
    (
        "mail-pension",
        """Hej Rolf Sundin,

Din allmänna pension börjar betalas ut den 25 januari 2026. Vi har registrerat din ansökan med
ärendenummer «num:8». Har du frågor, ring oss på 0771-776 776 och ha ditt personnummer till hands.

Med vänlig hälsning
Pensionsmyndigheten""",
    ),
    (
        "note",
        """Telefonanteckning 2025-11-12 13:55
Samtal från: Mona Lindgren (dotter)
Ang.: pappa, Sture Lindgren, «pnr:long_dash@old», boende Solgården avd 3. Vill diskutera
fallriskbedömning. Nås på «telse». Återkoppling torsdag. /Ssk Anette""",
    ),
    (
        "csv",
        """anstnr,fornamn,efternamn,personnummer,avdelning,epost
«num:5»,Johanna,Blom,«pnr:long»,Ekonomi,johanna.blom@bolaget.se
«num:5»,Erik,Falk,«pnr:long»,Lager,erik.falk@bolaget.se
«num:5»,Dragana,Petrović,«samo:long»,Lager,dragana.petrovic@bolaget.se
""",
    ),
    (
        "form",
        """ANMÄLAN TILL SIMSKOLA – HÖSTTERMINEN

Barnets namn: Elsa Nordin        Personnummer: «pnr:short@kid»
Vårdnadshavare: Kristoffer Nordin  Mobil: «telse»
Simkunnighet: kan simma 25 m
Medlemsnummer i klubben (om sådant finns): «num:5»""",
    ),
    (
        "mail-car",
        """Hej,

Jag sålde min Volvo V70 («regnr:se») den 3 november. Köparen har inte gjort ägarbytet och nu har jag fått
en parkeringsbot. Köparens uppgifter enligt köpekontraktet: Dennis Ramadani, personnummer
«pnr:short_dash». Kan ni hjälpa mig?

Mvh Ingela""",
    ),
    (
        "mail-association",
        """Hej alla i IFK Tumba P14!

Vi ska söka LOK-stöd och behöver personnummer på alla spelare. Följande saknas i listan:

Alvin Mattsson «pnr:short_dash@kid»
Nils Öberg saknas
Liam Kaya «pnr:short_dash@kid»

Nils föräldrar, skicka gärna till mig privat.
/Tränarna""",
    ),
    (
        "mail-audit",
        """Hej,

Vid genomgången av G:-enheten hittade vi en gammal kundlista (Excel, 2017) med kundnummer och
personnummer. Exempel från rad 5: kundnr «luhn10», personnummer «pnr:short_dash». Filen är flyttad till
Public 360 och raderad från G:. Kundnumren är Luhn-giltiga men är inte personnummer.

/Malin, IT-säkerhet""",
    ),
    (
        "chat",
        """Johanna 18:40
vad hade du för personnummer nu igen, ska fylla i hyresgästföreningens papper

Kalle 18:52
«pnr:long_dash» 🙄 du borde kunna det utantill vid det här laget

Johanna 18:53
haha nej""",
    ),
    (
        "mail-hospital",
        """Hej Mohammed Al-Sayed,

Du har fått en tid för röntgen av höger knä fredag 28 november kl 11.15 på Bild- och funktionsmedicin,
Akademiska sjukhuset, ingång 70. Ta med legitimation. Om du har samordningsnummer, ange det vid
incheckningen.

Bokningsnummer: «num:9»
Vänliga hälsningar
Röntgenbokningen""",
    ),
    (
        "police",
        """Polisanmälan, diarienummer «num:4»-K«num:6»-25

Målsägande: Sandra Bergqvist, «pnr:short_dash»
Brott: Bedrägeri (kortskimning)
Kortnummer (maskerat): **** **** **** «num:4»
Vittne: Okänd""",
    ),
    (
        "ocr-letter",
        """Försäkringskassan
Box 1164
621 22 Visby
                                 2025-04-02
                                 Ärendenummer «num:12»

Fatima Noor
Hagtornsvägen 8
421 41 Västra Frölunda

Beslut om bostadsbidrag
Personnummer: «pnr:long_dash»
Du får bostadsbidrag med «num:4» kronor per månad från och med april 2025.""",
    ),
    (
        "mail-hr",
        """Hej Per,

Angående Lars Fransson som slutar 31/12: han har anställningsnummer «num:5» och semesterskuld 14
dagar. Personnummer finns i Hogia, jag skriver inte in det här.

Mvh
Åsa, HR""",
    ),
    (
        "letter-bank",
        """Lånelöfte

Låntagare:     Johan Axelsson, «pnr:long_dash»
               Sara Axelsson, «pnr:long_dash»
Lånelöfte nr:  «num:9»
Belopp:        «amount:svint» kr
Giltigt till:  2026-03-31""",
    ),
    (
        "minutes",
        """Minnesanteckningar arbetsplatsträff, hemtjänsten Väster, 2025-11-05

1. Nya brukare: Elsy Strand (Lingonvägen 2) börjar med kvällsinsats. Personnummer finns i Lifecare.
2. Nyckelgömman hos brukare på Björkvägen har ny kod: «num:4».
3. Bil «regnr:se» ska på service onsdag.
4. Frågor: inga.""",
    ),
    (
        "mail-bank",
        """Hej! Jag vill lägga till min man som fullmaktshavare på mitt konto «kontose:handelsbanken». Han heter
Kenneth Olsson, personnummer «pnr:short_dash», och jag är «pnr:short_dash». Vi kan komma in på torsdag.
Hälsningar Margit Olsson""",
    ),
    (
        "mail-membership",
        """Välkommen till Svenska Turistföreningen!

Ditt medlemsnummer är «luhn10». Medlemskortet finns i appen. Avgiften dras via autogiro, betalarnummer
«num:8». Vi sparar inte ditt personnummer.""",
    ),
    (
        "mail-preschool",
        """Hej Johanna,

Vi har tagit emot din ansökan om barnomsorg för Leo. Syskonrabatten gäller om syskonet (Ella,
«pnr:short_dash@kid») har plats i samma kommun. Leos personnummer: «pnr:short_dash@kid».

Mvh Barnomsorgsenheten""",
    ),
    (
        "mail-it",
        """Hej,
Det nya ärendesystemet ger tickets nummer som «luhn10» - DLP-filtret i Outlook stoppar dem som personnummer.
Kan vi vitlista prefixet? Exempel på riktig träff i samma mejlkö: kunden skrev «pnr:short_dash» i fritext.
/Jimmy, servicedesk""",
    ),
    (
        "sole-trader",
        """Hej,

Som enskild näringsidkare har jag inget separat organisationsnummer – mitt personnummer är mitt
organisationsnummer. Skriv därför «pnr:short_dash» på fakturan som org.nr. Min F-skattsedel bifogas.

Mvh
Hanna Roos, Roos Fotografi""",
    ),
    (
        "spreadsheet",
        """Datum;Ver.nr;Text;Belopp
2025-01-03;«num:10»;Hyra;«amount:sv»
2025-01-03;«num:10»;El;«amount:sv»
2025-01-07;«num:10»;Inbetalning kund «luhn10»;«amount:sv»
2025-01-10;«num:10»;Lön;«amount:sv»
""",
    ),
    (
        "mail-citizen",
        """Hej!

Min mamma Signe Holmberg («pnr:long_dash@old») har fått avslag på ansökan om särskilt boende. Jag är
hennes god man. Beslutet har dnr «case:dnr». Vi vill överklaga. Vad ska vi göra?

Vänliga hälsningar
Tomas Holmberg""",
    ),
    (
        "list-ocr",
        """RÖSTLÄNGD - VALDISTRIKT Kungsholmen 4          Sida 12

Nr    Namn                         Född
«num:4»  Abrahamsson, Karl            1957
«num:4»  Adolfsson, Lisa              1992
«num:4»  Ahmadi, Farid                1985

Röstlängden får inte kopieras.""",
    ),
    (
        "mail-crossborder",
        """Hej,

Jag är dansk medborgare men arbetar i Helsingborg. Mitt svenska samordningsnummer är «samo:long_dash»
och mitt danska CPR är «cpr». Vilket ska stå på lönespecen?

Mvh Rasmus Vinther""",
    ),
]
