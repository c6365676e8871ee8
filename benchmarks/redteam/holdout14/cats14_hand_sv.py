"""Hand-written Swedish documents of the v14 categories hold-out (markup: ``cats14_markup.py``)."""

BANK = """
=== hand-pair sv
Hej Karin!
Jag kommer inte in i morgon. {{⟦health|Läkaren har sjukskrivit mig i två veckor för utmattningssyndrom.⟧||Jag har fått byta pass med Maja och jobbar på lördag i stället.}}
Hälsningar Göran Lindqvist, ekonomi

=== hand-pair sv
Protokoll, arbetsplatsträff, Borlänge lager 12 mars
Närvarande: Lennart, Siv, Pontus, Malin (sekr.)
§ 4. {{⟦trade_union|Pontus har valts till nytt skyddsombud för IF Metall och tar över efter Siv.⟧||Pontus har valts till ny ansvarig för fikakassan och tar över efter Siv.}}
§ 5. Övriga frågor: inga.

=== hand-pair sv
Hej Elin,
Tack för samtalet i går. Som vi kom överens om antecknar jag att {{⟦health|du går på behandling för ätstörning varannan måndag och därför börjar kl. 10 de dagarna⟧||du lämnar barnen på förskolan varannan måndag och därför börjar kl. 10 de dagarna}}.
Vänliga hälsningar
Agneta Berg, HR

=== hand-pair sv
Ärendelogg, kundtjänst Elgiganten, ärende 40192
Kunden Olof Sundin ringer om en tvättmaskin.
{{⟦health|Han berättar att han sitter i rullstol efter en stroke och behöver att maskinen installeras på en sockel.⟧||Han berättar att han har flyttat och behöver att maskinen levereras till den nya adressen i Gävle.}}
Åtgärd: ny leverans bokad.

=== hand-pair sv
Hej allihop i supportteamet,
{{⟦religion|Yusuf går tidigt på fredagar under ramadan för att hinna till fredagsbönen i moskén i Fittja.⟧||Yusuf går tidigt på fredagar i maj för att hinna till sonens fotbollsmatch i Tumba.}} Ring Linnea i stället.
/Ulla

=== hand-pair sv
Anteckning från handläggare, Arbetsförmedlingen Sundsvall
Sökande: Viktor Hedlund
{{⟦criminal_records|Den sökande frigavs från anstalten Hall i februari efter ett straff för grov stöld och vill ha hjälp med praktik.⟧||Den sökande har kommit hem efter en säsong på en skidort i februari och vill ha hjälp med praktik.}}
Nästa möte: 3 mars.

=== hand-pair sv
Hej Birgitta,
Kan jag få byta skrivbord? {{⟦health|Min reumatism har blivit värre, och jag klarar inte trapporna till tredje våningen längre.⟧||Jag sitter mycket i telefon, och det är för stökigt vid kopiatorn på tredje våningen.}}
Hälsningar Frida på lönekontoret

=== hand-pair sv
Chatt med Swedbanks kundtjänst 09:14
Kund (Håkan Ek): jag kan inte logga in med ansiktet i appen längre
{{⟦biometric|Handläggare: Jag ser att din registrerade ansiktsmall har raderats efter telefonbytet. Du behöver registrera ditt ansikte igen.⟧||Handläggare: Jag ser att ditt BankID har gått ut efter telefonbytet. Du behöver beställa ett nytt.}}

=== hand-pair sv
Överlämning – Stina Wallin slutar 30/6
{{⟦trade_union|Stina har varit ordförande i Vårdförbundets avdelning på sjukhuset och ska få sin behörighet till avdelningens mappar borttagen.⟧||Stina har varit ordförande i personalklubben och ska få sin behörighet till klubbens mappar borttagen.}}
Datorn lämnas till IT.

=== hand-pair sv
Kära Jonas och Fredrik!
{{⟦sexual_orientation|Grattis till bröllopet! Vi hälsar er välkomna i vårt nätverk för regnbågsföräldrar i Umeå.⟧||Grattis till huset! Vi hälsar er välkomna i samfällighetsföreningen i Umeå.}}
Styrelsen

=== hand-pair sv
Minnesanteckning – medarbetarsamtal med Gustav Ålund
{{⟦political_opinion|Gustav berättade att han kandiderar för Vänsterpartiet i kommunvalet och vill gå ner i tid under valrörelsen.⟧||Gustav berättade att han ska gå en chefsutbildning i höst och vill gå ner i tid under den perioden.}}
Uppföljning: chefen återkommer.

=== hand-pair sv
Hej Magnus,
Angående din ansökan som väktare: {{⟦criminal_records|Utdraget ur belastningsregistret visar en dom för misshandel från 2022, och vi kan därför inte anställa dig.⟧||Utdraget ur belastningsregistret är tomt, men tjänsten är tyvärr redan tillsatt.}}
Med vänlig hälsning
Avarn Rekrytering

=== hand-pair sv
Hej Annika,
{{⟦genetic|Gentestet på Karolinska visade att jag har anlag för Lynchs syndrom, precis som pappa, så jag ska göra koloskopi vartannat år.⟧||Karolinska har flyttat pappas återbesök till fredag, så jag ska skjutsa honom dit.}} Jag tar ledigt på förmiddagen.
Kristina

=== hand-pair sv
Inlägg i Facebookgruppen "Föräldrar i 4B"
Hej alla. {{⟦ethnic_origin|Vi är en samisk familj från Jokkmokk, och vår dotter har blivit retad för sin kolt på skolan.⟧||Vi har nyss flyttat från Jokkmokk, och vår dotter har blivit retad för sin dialekt på skolan.}} Har någon annan varit med om något liknande?
Hälsningar Nils-Anders Kuhmunen

=== hand-pair sv
Sjukanmälan via Quinyx, meddelande till schemaläggare
Från medarbetare Alva Nord: {{⟦health|Jag ligger inlagd med gallsten och opererades i natt. Kan inte ta några pass resten av veckan.⟧||Jag har bytt pass med Ebba på lördag. Hon har sagt ja i chatten.}}

=== hand-pair sv
Personalnytt, vecka 9
{{⟦religion|Välkommen tillbaka Mattias Krona, som har varit tjänstledig för att studera till pastor i Equmeniakyrkan och döptes som vuxen i januari.⟧||Välkommen tillbaka Mattias Krona, som har varit tjänstledig för att bygga om sitt torp.}}
Personalmatsalen är stängd på fredag.

=== hand-pair sv
Journalanteckning, Folktandvården Sätra
Patient: Leif Strand
{{⟦health|Patienten uppger att han tar Waran efter en hjärtinfarkt; extraktionen skjuts upp.⟧||Patienten uppger att han vill ha morgontider; extraktionen planeras till nästa vecka.}}

=== hand-pair sv
Meddelande i Teams från Lovisa till Rune
{{⟦trade_union|Jag har pratat med mitt fack, Kommunal, och de skickar en ombudsman till mötet om min uppsägning.⟧||Jag har pratat med min advokat, och hon skickar ett brev om staketet till grannen.}}

=== hand-pair sv
Klagomål till SL kundtjänst
Jag heter Ylva Brandt och {{⟦health|är döv, och utropen om ersättningsbussar vid Liljeholmen syns inte på någon skylt.⟧||bor vid Liljeholmen, och skylten om ersättningsbussar har varit trasig i tre veckor.}}

=== hand-pair sv
PM i försäkringsärende 2024-3310
Skadelidande: Torbjörn Sjöberg
{{⟦criminal_records|Torbjörn Sjöberg har dömts av tingsrätten för rattfylleri i samband med olyckan och har fått körkortet återkallat i två år.⟧||Torbjörn Sjöberg har skickat in foton på bilen och verkstadens offert.}}

=== hand-pair sv
Hej Sven,
{{⟦political_opinion|Tack för att du vill stå på Moderaternas lista till regionfullmäktige i Halland. Vi skickar samtyckesblanketten digitalt.⟧||Tack för att du vill stå på valberedningens lista till styrelsen i Halmstad golfklubb. Vi skickar blanketten digitalt.}}
Hälsningar Märta

=== hand-pair sv
Passerlogg, huvudkontoret Solna
{{⟦biometric|Anställd Hedvig Sandberg: handflatsskanning godkänd vid dörren till arkivet 08:03.⟧||Anställd Hedvig Sandberg: passerkort använt vid dörren till arkivet 08:03.}}

=== hand-pair sv
Till förskolan Ekorren
{{⟦health|Vår son Axel har fått diagnosen celiaki och måste äta helt glutenfri mat från och med nu.⟧||Vår son Axel hämtas av sin mormor på torsdagar från och med nästa månad.}}
Hälsningar Sara och Johan Ring

=== hand-pair sv
Sms från Tove till arbetsledaren
{{⟦sexual_orientation|Min fru Hanna och jag ska på informationsmöte på fertilitetskliniken i Huddinge, så jag kommer en timme senare.⟧||Min sambo och jag ska på bilbesiktningen, så jag kommer en timme senare.}}

=== hand-pair sv
Anställningsavtal, bilaga
Arbetstagare: Stig Holm
{{⟦health|Stig Holm har särskilt högriskskydd hos Försäkringskassan på grund av epilepsi, så arbetsgivaren får ersättning för sjuklönen.⟧||Stig Holm arbetar deltid de första tre månaderna på egen begäran.}}

=== hand-pair sv
Protokoll från kyrkorådet, Sankt Matteus
{{⟦religion|Ny medlem: Karl Ekström, som har konverterat från islam och togs upp i Svenska kyrkan genom dop i maj.⟧||Ny medlem: Karl Ekström, som har flyttat till församlingen och valts till kassör.}}

=== hand-pair sv
Tjänsteanteckning, socialtjänsten Kiruna
{{⟦ethnic_origin|Den sökande, Aili Pekkari, är tornedaling och vill ha tolk på meänkieli vid mötet.⟧||Den sökande, Aili Pekkari, vill ha mötet efter kl. 15 på grund av sitt arbete.}}

=== hand-pair sv
Kära Gunnar,
Jag vill be om ursäkt för i fredags. {{⟦health|Jag var berusad på kickoffen eftersom jag fått ett återfall efter tre år som nykter alkoholist, och nu går jag på Beroendecentrum igen.⟧||Jag gick tidigt från kickoffen eftersom jag skulle hinna med tåget, och jag glömde säga hej då.}}
Olof

=== hand-pair sv
Lönekontoret, rättelse
{{⟦trade_union|För Anders Wikström dras från och med nu medlemsavgift till Byggnads på lönen, 495 kr i månaden.⟧||För Anders Wikström dras från och med nu friskvårdsbidraget av på lönen, 495 kr i månaden.}}

=== hand-pair sv
Hej Lena,
{{⟦genetic|Vi har fått svar på Noahs genetiska utredning: han har Duchennes muskeldystrofi, bekräftat med DNA-analys.⟧||Vi har fått svar på Noahs ansökan: han har fått plats på fritids från augusti.}}
Vänliga hälsningar
Eva, elevhälsan

=== hand-pos sv
Hej Ingrid,
⟦health|Kan du säga till de andra att jag är sjukskriven för halsfluss?⟧ Jag har fått penicillin och hoppas vara tillbaka på måndag.
Mvh Erik

=== hand-pos sv
Protokoll, skyddskommittén kvartal 3
§ 2 Sjukfrånvaro: ⟦health|Greta på packavdelningen har varit sjukskriven i fem veckor för depression och arbetstränar nu 25 %.⟧
§ 3 Nya skyddsskor är beställda.

=== hand-pos sv
Hej David!
Som din chef bekräftar jag att du får vara ledig den 2 oktober till Rosh ha-shana. ⟦religion|Jag vet att det är viktigt för dig att vara i synagogan med din familj.⟧
Vänliga hälsningar
Ebba

=== hand-pos sv
Internt mejl, juristavdelningen
Gällande den sökande Fredrik Lund: ⟦criminal_records|Han skriver själv i ansökan att han har avtjänat tre år för narkotikabrott.⟧ Vi behöver bedöma om det spelar roll för tjänsten.

=== hand-pos sv
Chatt, kundtjänst Tele2
⟦trade_union|Kund: Hej, jag heter Johan och är med i Unionen, får jag rabatt på abonnemanget genom fackets avtal?⟧
Handläggare: Ja, det får du.

=== hand-pos sv
Till hemtjänsten i Mora
⟦health|Min pappa, Bertil Lund, har fått Alzheimers och klarar inte längre att ta sin medicin själv.⟧ Vi vill därför ha hjälp morgon och kväll.
Hälsningar dottern Anna Lund

=== hand-pos sv
Inlägg på Linkedin
⟦sexual_orientation|Jag är stolt över att vara den första öppet bisexuella ordföranden i Västsvenska Handelskammarens ungdomsråd.⟧ Tack för stödet! /Linnea Falk

=== hand-pos sv
Klagomål till hemtjänsten
⟦health|Jag har KOL och behöver hjälp med syrgasen kl. 8 varje morgon, men er personal kom först kl. 11 i går.⟧ Det är tredje gången.
Mvh Per Nyberg, Orsa

=== hand-pos sv
Hej Malin,
⟦religion|Jag vill gärna vara ledig på Eid al-Adha den 6 juni, det är den viktigaste högtiden för oss som muslimer.⟧
Hälsningar Amira

=== hand-pos sv
HR-anteckning, konfidentiell
⟦political_opinion|Medarbetaren Björn Ahl har berättat att han är invald i kommunfullmäktige för Sverigedemokraterna.⟧ Han har informerats om reglerna för politiskt arbete på arbetstid.

=== hand-pos sv
Checklista, nyanställd, Vårdcentralen Norr
Namn: Lovisa Engström
⟦biometric|Fingeravtryck för läkemedelsskåpet: registrerat 3/9 (se passersystemet).⟧
Nyckel till omklädningsrum: utlämnad.

=== hand-pos sv
Hej Ulf,
⟦ethnic_origin|Efter vårt samtal förstår jag att du är assyrier och gärna vill vara kontaktperson för de assyriska familjerna.⟧ Det tycker jag är en bra idé.
Hälsningar Kristina, rektor

=== hand-pos sv
Hej, det är Sofia på plan 3. ⟦health|Jag är gravid i vecka 30 och får inte bära tungt, så jag kan tyvärr inte hjälpa till med flytten i helgen.⟧

=== hand-pos sv
Anteckning, personalavdelningen
⟦criminal_records|Medarbetaren Oskar Ljung har meddelat att han är åtalad för olaga hot och ska till Attunda tingsrätt den 14 juni.⟧ Han vill vara ledig den dagen.

=== hand-pos sv
Hej Siv – bara så du vet innan du träffar Henrik i morgon: ⟦political_opinion|han har just lämnat Socialdemokraterna efter 25 år och gått med i Liberalerna.⟧ Han är lite känslig för det.

=== hand-pos sv
Protokoll från möte i Seko klubb 14
Närvarande: Rune Hed (ordf.), Viktor Moberg, Annika Stål.
⟦trade_union|Viktor valdes till ny huvudskyddsombud på depån.⟧

=== hand-neg sv
Policy för sjukfrånvaro, Norrlogistik AB
Sjukanmäl dig till närmaste chef före kl. 7. Vid frånvaro längre än 14 dagar kallas du till ett rehabiliteringsmöte. Du behöver aldrig berätta din diagnos för chefen.

=== hand-neg sv
Platsannons: Ombudsman till Unionen Region Mitt
Vi söker en erfaren ombudsman som kan stötta våra förtroendevalda. Kunskap om kollektivavtal är meriterande. Sista ansökningsdag 1 maj.

=== hand-neg sv
Hej Lena!
Kan du beställa två kartonger kopieringspapper och en ny första hjälpen-låda till kontoret? Den gamla har gått ut. Plåster, kompresser och ögonspolning.
Tack! Johan

=== hand-neg sv
Pressmeddelande från Region Skåne
Antalet personer med typ 2-diabetes i regionen har ökat med 5 procent sedan 2021. Regionen öppnar därför två nya diabetesmottagningar i Lund och Kristianstad.

=== hand-neg sv
Protokoll, ledningsgruppen 8 maj
§ 1 Sjukfrånvaron under kvartalet var 3,8 %, lägre än i fjol.
§ 2 Vi överväger att erbjuda alla anställda massage som friskvård.
§ 3 Budgeten godkändes.

=== hand-neg sv
Hej Karin!
Jag är inte sjuk, bara trött efter flytten. Jag kommer som vanligt i morgon.
Ann-Sofie

=== hand-neg sv
Nyhetsbrev från IF Metall Göteborg
Avtalsrörelsen är klar. Lägstalönerna höjs med 3 % från den 1 april. Glöm inte att uppdatera dina kontaktuppgifter i appen.

=== hand-neg sv
Hej alla!
Julbordet är fredag den 13 december. Det finns halal-, vegetariska och fläsk-rätter, så säg till om ni har önskemål. Det finns alkoholfri glögg också.
/Personalklubben

=== hand-neg sv
Kundtjänst, standardsvar
Tack för din fråga om rabatt för fackmedlemmar. Vi erbjuder tyvärr inte längre rabatt genom fackliga avtal. Ring oss gärna om du har fler frågor.

=== hand-neg sv
Kära kollegor,
Kom ihåg att man inte får fråga om religion, politisk uppfattning eller fackmedlemskap vid en anställningsintervju. Läs vår nya guide på intranätet.
Vänliga hälsningar HR

=== hand-neg sv
PM: Ansökan om särskilt högriskskydd
Arbetsgivaren kan få ersättning för sjuklönekostnader när en anställd har en sjukdom som kan ge många sjukdagar. Den anställda ansöker själv hos Försäkringskassan.

=== hand-neg sv
Intern chatt, #sälj
Maja: vem kan ta mötet med Ericsson på torsdag?
Per: jag kan men jag är hos tandläkaren kl 9
Maja: toppen, då börjar vi kl 11

=== hand-neg sv
Försäkringsvillkor, Folksam Hem
Försäkringen gäller inte för skador som uppkommit när du varit påverkad av alkohol eller narkotika, eller skador du orsakat med avsikt.

=== hand-neg sv
Hej Maria!
Grannen sa att någon i trappuppgången hade suttit i fängelse, men jag vet inte vem och det är nog bara skvaller. Kan vi byta låset till källaren ändå?
Mvh Doris, nr 14, 2 tr

=== hand-neg sv
Protokoll, styrelsen för Gävle Islamiska Förening
Bokslutet för 2024 godkändes. Taket över bönesalen ska lagas för 160 000 kr. Nästa möte 3 september.

=== hand-neg sv
Artikel i Computer Sweden
Allt fler företag använder fingeravtryck och ansiktsigenkänning för passage. IMY påminner om att biometriska uppgifter kräver särskilt stöd och att ett passerkort ofta räcker.

=== hand-neg sv
Hej Torbjörn,
Tack för din ansökan till tjänsten som sjuksköterska på hjärtavdelningen. Vi vill bjuda in dig till intervju tisdag kl. 10.
Vänliga hälsningar
Hanna Fors, vårdenhetschef

=== hand-neg sv
Beslut om valaffischer, Stadsbyggnadsnämnden
Partierna får sätta upp valaffischer från den 14 augusti. Affischerna ska tas ner senast 8 dagar efter valet. Vid överträdelse tas en avgift ut.

=== hand-pos sv
Minnesanteckning, rehabsamtal med Linnea Holm
Linnea berättade att hon har varit borta mycket eftersom hennes dotter har ADHD och inte kan vara på fritids. ⟦health|Själv har hon fått diagnosen endometrios och har svår värk flera dagar i månaden.⟧
Överenskommelse: Linnea börjar kl. 9 de närmaste två månaderna.

=== hand-pos sv
Hej Gunnar,
Jag har pratat med Siv i receptionen. ⟦religion|Hon är med i Jehovas vittnen och vill därför inte vara med och fira midsommar,⟧ men hon tar gärna ett extra pass på personalfesten i augusti.
Ulla

=== hand-pos sv
Hej Leif,
⟦trade_union|Som ditt ombud från Handels⟧ bekräftar jag att jag kommer till mötet. ⟦health|Jag förstår att du har varit sjukskriven för PTSD sedan rånet i butiken,⟧ och det behöver vi prata om.
Med vänlig hälsning
Karin Sjögren

=== hand-pos sv
Anteckning, personalenheten, Härnösands kommun
⟦criminal_records|Medarbetaren Göran Ljungberg har dömts till två månaders fängelse för misshandel av en granne och avtjänar straffet med fotboja från 1 mars.⟧ ⟦health|Han uppger samtidigt att han får behandling för sitt alkoholberoende.⟧

=== hand-pos sv
Hej Annika, tack för fikat i går. Vad skönt att din mamma mår bättre. ⟦health|Jag hoppas att hennes nya pacemaker fungerar bra,⟧ och hälsa henne från mig.
Kram Birgitta

=== hand-pos sv
Ansökan om deltid, Henrik Åberg
⟦health+genetic|Min son och jag har båda hemofili A, bekräftat med gentest på Sahlgrenska.⟧ Jag behöver kunna gå kl. 14 två dagar i veckan.

=== hand-pos sv
Hej alla, det är Malin. Jag flyttar till Luleå eftersom min flickvän Astrid har fått jobb där. ⟦sexual_orientation|Vi har varit ihop i sex år och ska gifta oss i sommar, så ni är alla bjudna till bröllopet i stadshuset.⟧

=== hand-pos sv
Välkomstbrev till nya medlemmar, Lärarförbundet
Hej Tove Lindgren!
⟦trade_union|Välkommen som medlem i Lärarförbundet från den 1 februari.⟧ Ditt medlemsnummer finns i appen.

=== hand-neg sv
Hej Stig,
Om en medarbetare någon gång berättar om en allvarlig sjukdom: lyssna, och fråga vad vi kan göra. Skriv inte ner diagnosen. Det är bara ett allmänt råd från HR inför ditt första år som chef.
Agneta

=== hand-neg sv
Hej Rune!
Nej, jag är inte med i något fack och har aldrig varit det. Jag vill ändå höra om er inkomstförsäkring.
Elin

=== hand-neg sv
Internt mejl
En kund ringde i går och sa att hon hade cancer, men hon ville inte uppge namn eller kundnummer och vi hittade henne inte. Ärendet är avslutat.
/Kundtjänst

=== hand-neg sv
Protokoll från styrelsemöte, Hammarby IF Friidrott
Vi har anmält ett lag till Pride-loppet och ett till Cancerfondens Gå för livet. Kassören betalar startavgiften.

=== hand-neg sv
Hej Eva!
Jag röstar alltid men säger aldrig vad, inte ens till min man. Kan vi inte prata om något annat på lunchen i morgon?
Märta

=== hand-neg sv
Offert från Feelgood Företagshälsa
Vi erbjuder alla era anställda samtalsstöd, sjukgymnastik och hälsokontroller för 95 kr per anställd och månad.

=== hand-neg sv
Hej Olle,
Din tjänst som sjukhuspräst på Akademiska sjukhuset börjar den 1 april. Du har kontor på entréplanet vid kapellet.
Vänliga hälsningar, ledningen

=== hand-neg sv
Lokaltidningen, näringsliv
Advokatbyrån Berg & Lind har specialiserat sig på brottmål och öppnar ett nytt kontor i Jönköping med fem försvarsadvokater.

=== hand-neg sv
Hej Frida!
Tack för ditt fina tal i bygdegården. Särskilt berättelsen om din farmor som kom till Sverige 1956 berörde många. Vi ses på midsommar.
Karin

=== hand-pos sv
Anteckning från introduktionsmöte, praktikant Hamid Noori
⟦ethnic_origin+religion|Hamid är hazar och shiamuslim från Afghanistan och frågar efter en plats att be vid lunchtid.⟧ Vi har hittat en hörna i mötesrum 2.
Handledare: Lennart på verkstaden.

=== hand-pos sv
Hej Anders!
⟦political_opinion|Tack för ditt tal på Miljöpartiets kongress,⟧ och ⟦trade_union|grattis till valet som vice ordförande i Kommunal Väst.⟧ Jag ringer nästa vecka om samarbetet.
Mvh Britt
"""
