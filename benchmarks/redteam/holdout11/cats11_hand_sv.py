"""Hand-written Swedish category documents of hold-out v11 (markup: ``cats11_markup.py``). Same kinds as the Danish
bank (dialogues, tick-box forms, case notes, minutes, SMS, Teams lines, signatures), Swedish settings."""

BANK = """
=== hand-dialogue sv
Utvecklingssamtal, kundtjänst, 14 mars
Chef: Hur mår du egentligen?
Ilona Mäkelä-Ström: {{⟦health|Jag har fått diagnosen utmattningssyndrom och går hos en psykolog varannan vecka.⟧||Bra, men jag vill gärna gå ner till 80 procent för att hinna plugga på kvällarna.}}
Chef: Vi tar det med HR.

=== hand-tickbox sv
Anmälan till Vallentuna Ridklubb, vårterminen
Barnets namn: Nour Al-Khatib   Ålder: 11
Har barnet någon sjukdom eller allergi som ledarna bör känna till?
{{⟦health|[X] Ja – svår astma, har inhalator i ryggsäcken.⟧||[ ] Ja   [X] Nej}}
Underskrift: Rania Al-Khatib

=== hand-casenote sv
Journalanteckning socialtjänsten, 2 maj – klient: Mirza Begović
{{⟦health|Klienten uppger att han har återfallit i spelmissbruk och vill ha stöd från beroendemottagningen.⟧||Klienten uppger att han har fått ett vikariat på Postnord och vill avsluta försörjningsstödet.}}
Uppföljning 16/5. /EL

=== hand-minutes sv
Protokoll, arbetsplatsträff, tvätteriet
§ 4 {{⟦trade_union|Siri Pirttijärvi valdes till nytt skyddsombud för Kommunal på tvätteriet.⟧||Siri Pirttijärvi valdes till ny ansvarig för fikalistan på tvätteriet.}}
§ 5 Övriga frågor: inga.

=== hand-sms sv
Hej Kicki! {{⟦religion|Jag går på mässa i katolska kyrkan på söndag morgon, så jag kan komma först vid tolv.⟧||Jag har tvättstugan på söndag morgon, så jag kan komma först vid tolv.}} /Marta

=== hand-welcome sv
Välkommen Ánde Sara till redaktionen! {{⟦ethnic_origin|Ánde är same från Karesuando och skriver gärna om renskötseln.⟧||Ánde har tidigare jobbat på en lokaltidning i Karesuando och skriver gärna om skoter.}}

=== hand-minutes sv
Årsmöte, Bostadsrättsföreningen Lärkan 3
{{⟦political_opinion|Gunnel Åkerlund-Yilmaz berättade att hon kandiderar för Centerpartiet till regionfullmäktige.⟧||Gunnel Åkerlund-Yilmaz berättade att hon kandiderar till ordförandeposten i föreningen.}}
Mötet avslutades 20.45.

=== hand-chat sv
[Familjechatten]
Viktor Lindén: {{⟦sexual_orientation|jag och min pojkvän Elias har flyttat ihop i Sundsvall, han vill jättegärna träffa er⟧||jag och min flickvän Elina har flyttat ihop i Sundsvall, hon vill jättegärna träffa er}}
Mormor: Vad roligt, kom på fika!

=== hand-casenote sv
Anteckning från bovärd, Hyresbostäder i Norrköping
Hyresgäst: Kenan Mehmedović, trapphus B
{{⟦criminal_records|Kenan är villkorligt frigiven från anstalten Skänninge efter ett rånstraff.⟧||Kenan är hemkommen efter ett halvår som säsongsarbetare i Norge.}}
Han vill gärna hjälpa till vid städdagen.

=== hand-it sv
Hej IT-support
{{⟦biometric|Mitt fingeravtryck fungerar inte längre i tidsstämplingen vid lastkajen, kan ni registrera det på nytt?⟧||Min tagg fungerar inte längre i tidsstämplingen vid lastkajen, kan ni aktivera den på nytt?}}
Mvh Somchai Larsson, lagret

=== hand-mail sv
Hej Annika
{{⟦genetic+health|Gentestet visade att jag har ärftlig långt QT-syndrom, så jag får inte springa Göteborgsvarvet.⟧||Läkarintyget till jobbet är klart, så jag kan äntligen anmäla mig till Göteborgsvarvet.}}
Kram Jenny

=== hand-absence sv
{{⟦health|Jag är sjukskriven för en depression och räknar med att vara tillbaka i maj.⟧||Jag är inte sjuk – jag tar ut komp resten av veckan och är tillbaka på måndag.}}
Hälsningar Ulrika Bergqvist, lön och personal

=== hand-notice sv
Till alla på plan 3
{{⟦health|Ahmed Osman har fått en hjärtinfarkt och ligger på Danderyds sjukhus.⟧||Om någon får symtom på en hjärtinfarkt finns hjärtstartaren vid receptionen.}}
Driftchefen

=== hand-rota sv
Meddelande till kvällspasset
{{⟦religion|Kom ihåg att Mesfin Tesfaye är ledig på ortodox påsk, eftersom han firar den med sin församling.⟧||Kom ihåg att många är lediga runt påsk, så lägg schemat i god tid.}}

=== hand-news sv
{{⟦criminal_records|Åkaren Leif Östberg-Nilsson döms till dagsböter för att ha kört med manipulerad färdskrivare.⟧||Åkeriet Östberg-Nilssons Transport AB får en sanktionsavgift för manipulerade färdskrivare.}} Domen meddelades i Växjö tingsrätt.

=== hand-forum sv
Tråd: Omröstning om nytt avtal
{{⟦trade_union|Som medlem i Vårdförbundet undrar jag när vi röstar.⟧||Som ny på avdelningen undrar jag när vi röstar om semesterschemat.}}
– Maria-Theresia Lundkvist, avdelning 12

=== hand-school sv
Hej Petra!
{{⟦health|Vår dotter Alva har fått en ADHD-diagnos, så hon behöver sitta nära tavlan.⟧||Vår dotter Alva har fått glasögon, så hon vill gärna sitta nära tavlan.}}
Mvh Johan och Sanna Ek-Hedlund

=== hand-interview sv
Intervju i föreningsbladet
– Var kommer du ifrån, Zhilwan?
– {{⟦ethnic_origin|Jag är kurdisk feyli från Bagdad och kom hit med mina föräldrar 2009.⟧||Jag är uppvuxen i Rinkeby och flyttade hit med mina föräldrar 2009.}}

=== hand-podcast sv
Transkribering, podden "Bruksorten", avsnitt 7
PROGRAMLEDARE: Hur var det att vara sexton i Sandviken?
JOHANNES AHO: {{⟦sexual_orientation|Jag kom ut som gay när jag var sexton, och pappa tog det bättre än jag trodde.⟧||Jag flyttade hemifrån när jag var sexton, och pappa tog det bättre än jag trodde.}}

=== hand-chat sv
Farid Nazari: {{⟦political_opinion|nu har jag gått med i Vänsterpartiet, första mötet är på torsdag⟧||nu har jag gått med i klätterklubben, första passet är på torsdag}}
Lisa: wow

=== hand-record sv
Utdrag ur belastningsregistret – Oskar Rantanen
{{⟦criminal_records|Ringa narkotikabrott, strafföreläggande 2023.⟧||Inga uppgifter finns registrerade.}}

=== hand-school sv
Hej matsalsgruppen
{{⟦biometric|Vår son Noah är registrerad för betalning med handflatan i skolans café, men vi vill att ni tar bort honom.⟧||Vår son Noah är registrerad för betalning med kort i skolans café, men vi vill att ni tar bort honom.}}
Mvh Emelie Sjöberg

=== hand-minutes sv
Styrelsemöte i Samfällighetsföreningen Björkhagen
§ 2 {{⟦health|Ordföranden Bengt Kyrö deltog inte eftersom han är inlagd efter en stroke.⟧||Ordföranden Bengt Kyrö deltog inte eftersom han är på semester i Thailand.}}
§ 3 Snöröjningen.

=== hand-parents sv
Hej föräldrar i 3B
{{⟦religion|Eftersom vi är laestadianer tittar Elsa inte på film, så hon stannar hemma på filmkvällen.⟧||Eftersom vi är bortresta den helgen stannar Elsa hemma på filmkvällen.}}
Hälsningar Maria, Elsas mamma

=== hand-lab sv
Rättsgenetiska enheten, svar i ärende 24-5520
{{⟦genetic|Analysen visar att Roger Holmqvist med 99,9 procents sannolikhet är far till Tindra Sandberg.⟧||Proverna har kommit in och analyseras inom fyra veckor.}}

=== hand-chatbot sv
Chatt med lönekontoret
Ronny Sundin: {{⟦trade_union|mitt fack Seko säger att ni ska betala OB för nyårsafton⟧||min kompis på HR säger att ni ska betala OB för nyårsafton}}
Lönekontoret: Vi kollar upp det.

=== hand-mail sv
Hej Magnus
{{⟦health|Jag har fått missfall och behöver vara hemma resten av veckan.⟧||Jag har fått vattenskada i badrummet och behöver vara hemma resten av veckan.}}
Hälsningar Daw Khin Aye

=== hand-letter sv
Insändare
{{⟦political_opinion|Som medlem i Sverigedemokraterna sedan 2010 är jag besviken på den nya busslinjen.⟧||Som boende i Tullinge sedan 2010 är jag besviken på den nya busslinjen.}}
Gösta Ringdahl, Tullinge

=== hand-dialogue sv
Från personalfesten, återberättat av Camilla
– Vad är det där på din fotled, Jonte?
– {{⟦criminal_records|Det är en fotboja, jag avtjänar mitt straff för rattfylleri hemma.⟧||Det är min nya pulsklocka, jag har bara flyttat ner den till foten.}}

=== hand-school sv
Nytt från förskoleklassen
{{⟦religion+ethnic_origin|Vår nya elev Ninos är assyrier och går i syrisk-ortodoxa kyrkan med sin familj.⟧||Vår nya elev Ninos har precis flyttat hit från Södertälje med sin familj.}} Ta väl emot honom.

=== hand-hr sv
Anteckning i personalsystemet, 4 juni
{{⟦health|Aino Koskinen har beviljats lönebidrag på grund av sin hörselnedsättning.⟧||Aino Koskinen har beviljats distansarbete på fredagar.}}

=== hand-sms sv
{{⟦sexual_orientation|Kan du hämta barnen? Petra och hennes fru tar dem i helgen.⟧||Kan du hämta barnen? Petra och hennes man tar dem i helgen.}} /Malin

=== hand-tickbox sv
Hälsodeklaration, reseförsäkring
Namn: Fadumo Abdi Warsame
Har du under de senaste tre månaderna vårdats på sjukhus?
{{⟦health|[X] Ja – inlagd fem dagar för njurbäckeninflammation i februari.⟧||[ ] Ja   [X] Nej}}

=== hand-mail sv
Hej Eva
{{⟦trade_union|Jag har gått ur Unionen och in i Akademikerförbundet SSR, eftersom de är bättre på vår bransch.⟧||Jag har bytt från Telia till Tele2, eftersom de är bättre på vår ort.}}
Hälsningar Camilla Nyström

=== hand-club sv
Från styrelsen i IFK Rinkeby
{{⟦criminal_records|Daniel Wärn-Koivisto är avstängd efter att ha dömts för misshandel av en motståndare efter matchen.⟧||Daniel Wärn-Koivisto är avstängd efter att flera gånger ha glömt att betala medlemsavgiften.}}

=== hand-sms sv
Hej Lotta! {{⟦health|Hamza har fått diagnosen celiaki, så han kan inte äta tårtan på kalaset.⟧||Hamza har blivit vegetarian, så han äter inte korven på kalaset.}} Mvh Sara (Hamzas mamma)

=== hand-casenote sv
Migrationsärende, sammanfattning
{{⟦political_opinion|Kalkidan Girma har beviljats asyl eftersom hon var aktiv i oppositionspartiet Ezema i Etiopien.⟧||Kalkidan Girma har beviljats arbetstillstånd som undersköterska i Gävle.}}

=== hand-signature sv
Tack för i dag, jag skickar anteckningarna i morgon.

Vänliga hälsningar
Pirjo Heikkinen
{{⟦trade_union|Huvudskyddsombud, Vision⟧||Enhetschef, hemtjänsten}}
Östersunds kommun

=== hand-teams sv
#schema
@Linnea Åhlén {{⟦health|stanna hemma tills halsflussen har gått över 🤒⟧||glöm inte att byta din lördag med Omar 👍}}
Annelie Back

=== hand-casenote sv
Journalanteckning, frivården
⟦criminal_records+health|Klienten, Tomasz Wiśniewski, är dömd till kontraktsvård för sitt alkoholberoende efter ett rattfylleri.⟧ Nästa besök 14 augusti.

=== hand-speech sv
Tal till farfar Stig på 85-årsdagen
Du har alltid sagt vad du tycker. ⟦political_opinion|Du satt i fullmäktige för Kristdemokraterna i tolv år och delar fortfarande ut deras flygblad.⟧ Skål!
Ditt barnbarn Wilma

=== hand-minutes sv
Minnesanteckningar, arbetsgrupp för likabehandling
Närvarande: Sanna Labba, Henrik Öhman, Yonas Haile
⟦ethnic_origin|Sanna Labba berättade att hon som same har mött okunniga frågor om sitt ursprung på lunchen.⟧
Nästa möte 2 oktober.

=== hand-signature sv
Vi ses på konfirmandträffen på torsdag.

Vänliga hälsningar
Karl-Johan Strömberg
Kyrkoherde, Ljusdals pastorat

=== hand-stats sv
Sjukfrånvaro per avdelning, kvartal 1
Lager 4,4 % · Kontor 2,1 % · Kök 5,3 %
Frånvaron på lagret beror främst på ryggbesvär och influensa. Siffrorna är avidentifierade.

=== hand-union sv
Är du med i facket får du gratis hjälp att granska ditt anställningsavtal. Fråga ditt skyddsombud eller ring oss på 010-442 70 00.

=== hand-charity sv
Cancerloppet i Umeå: Lena Stenlund och hennes lag sprang 38 varv och samlade in 5 100 kronor till Barncancerfonden.

=== hand-chat sv
Albin: nya kebaben vid torget är sjukt god, jag är helt beroende
Mohammed: haha samma, ska vi dit efter träningen?
Kristian: jag hänger på

=== hand-news sv
IF Metall och Teknikföretagen har kommit överens om ett nytt avtal för verkstadsindustrin. Teknikföretagens förhandlare Annika Westerholm kallar det ”rimligt”.

=== hand-hypothetical sv
Om du blir sjuk under resan ska du genast kontakta Europ Assistance. Ta med ditt EU-kort. Vänliga hälsningar Resegruppen, Selma Lagerlöfs väg 4
"""
