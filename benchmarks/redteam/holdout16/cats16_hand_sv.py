"""Hand-written Swedish documents of the v16 categories hold-out (markup: ``cats16_markup.py``)."""

BANK = """
=== hand-sms sv
Hej Gunilla, det är Tessan. Jag kan inte komma på bokcirkeln ikväll. {{⟦health|Fick en ny skovsperiod av min MS i helgen och orkar knappt gå⟧.||Fick punktering på cykeln och bussen går inte i tid.}} Kram

=== hand-sms sv
Sms till pappa
Sitter på Sahlgrenska till kl 15. {{⟦health|Dialysen tar längre tid idag, njurvärdena var sämre⟧.||Mötet om praktiken drog ut på tiden.}} Ringer sen!

=== hand-sms sv
Folktandvården Gränby: Hej Roger Lind! Påminnelse om din tid onsdag 10.20. {{⟦health|Ta din antibiotika en timme före enligt läkaren, pga din hjärtklaff⟧.||Kom gärna 5 min innan, entrén är flyttad till baksidan.}} Svara JA.

=== hand-sms sv
Hej Amir! Kommer du på grillen lördag? / Jocke
Amir: {{⟦religion|Kan inte, det är ramadan och jag fastar, men vi ses efter Eid!⟧||Kan inte, jag jobbar helg, men vi ses nästa vecka!}}

=== hand-chat sv
[Messenger – Föräldrar F-klass Vasaskolan]
Petra (mamma till Liv): Någon som kan skjutsa Liv till simningen tisdag?
Mattias (pappa till Nils): Jag kan!
Petra (mamma till Liv): {{⟦criminal_records|Tack! Jag får inte köra förrän i juni efter domen för rattfylleri⟧ 😬||Tack! Bilen är på service tisdag 😬}}

=== hand-chat sv
[Slack #lager-göteborg]
Pontus Ek: vem tar lördagspasset 21/6?
Samira Haddad: {{⟦religion|inte jag, jag hjälper till i Syrisk-ortodoxa kyrkan på lördagar⟧||inte jag, jag ska på min kusins student}}
Pontus Ek: ok, Viktor?

=== hand-chat sv
Insta-DM med Alva (15):
alva: ska jag säga det till pappa
alva: {{⟦sexual_orientation|att jag är kär i Ebba och att vi är tillsammans⟧||att jag har fått IG i matte}}
alva: han kommer bli sur

=== hand-helpdesk sv
Ärende 55021 – IT-support
Användare: Ulrika Sandell (Lön)
Beskrivning: {{⟦biometric|Fingeravtrycksläsaren på datorn känner inte igen mitt tumavtryck efter brännskadan, kan ni registrera om mitt fingeravtryck?⟧||Datorn ber om lösenord varje morgon, kan ni kolla det?}}
Prioritet: normal

=== hand-helpdesk sv
Ärende 91002 – Bankens kundtjänst
Kunden Bertil Åström ringde. {{⟦health|Han har fått en demensdiagnos och dottern vill ha fullmakt för hans konton⟧.||Han flyttar till Spanien och dottern vill ha fullmakt för hans konton.}} Blankett skickad.

=== hand-crm sv
CRM · Kontakt: Jenny Stålhammar, inköpschef, Brunnsvik Trä AB
4/4 möte i Falun. {{⟦trade_union|Jenny berättade själv att hon är huvudskyddsombud för Unionen på företaget⟧, så torsdagar är svåra.||Jenny berättade att hon jobbar hemifrån på torsdagar.}}

=== hand-crm sv
Säljanteckning 9/2: Ring tillbaka till Lennart Bohm om solceller. {{⟦political_opinion|Han är ordförande för Sverigedemokraterna i kommunen⟧ och vill veta om bidrag för hela föreningen.||Han är ordförande för vägföreningen och vill veta om bidrag för hela föreningen.}}

=== hand-webform sv
Kontaktformulär – Anmälan till ölprovning
Namn: Sofie Granath
Antal: 2
Meddelande: {{⟦health|Jag är gravid i vecka 20 så jag provar inte, men följer gärna med min sambo⟧.||Jag kommer lite senare pga jobb, men följer gärna med min sambo.}}

=== hand-webform sv
Felanmälan via bostadsbolagets webb
Namn: Milan Dukić, Rinkebysvängen 12
Ärende: Klotter
Text: {{⟦ethnic_origin|Någon har skrivit "zigenare ut" på min dörr, vi är den enda romska familjen i trappuppgången⟧.||Någon har klottrat på tvättstugans dörr.}} Kan ni sanera?

=== hand-phone sv
Transkribering, samtal till försäkringsbolag, 3 mars
Kund (Kjell Rydén): Ja hej, det gäller min skada.
Handläggare: Ja.
Kund: {{⟦health|Läkaren säger att jag har en menisk-skada och måste opereras i april⟧.||Jag har glömt att skicka kvittot på kryckorna.}}
Handläggare: Jag noterar det.

=== hand-phone sv
Inspelat samtal, rekryteringsföretag
Kandidat (Therese Molin): Jag vill säga direkt {{⟦criminal_records|att jag är dömd för bedrägeri 2020 och att det syns i utdraget ur belastningsregistret⟧.||att jag kan börja först i september pga uppsägningstid.}}
Rekryterare: Tack för att du säger det.

=== hand-forum sv
Tråd: Inkluderande innebandyklubbar?
Användaren mange_malmo skriver: {{⟦sexual_orientation|Jag och min pojkvän Hampus söker en klubb där två killar som är ihop inte blir utstirrade i omklädningsrummet⟧.||Jag och min kollega söker en klubb där man inte behöver vara jättebra.}} Tips i Malmö?

=== hand-forum sv
Församlingsbladet, Sankt Mikaels församling
Välkommen till vår nya kyrkvaktmästare Tomas Wiik. {{⟦religion|Tomas kommer från Laestadianska rörelsen i Pajala och är en trogen kyrkobesökare⟧.||Tomas har tidigare arbetat som trädgårdsmästare i Luleå.}}

=== hand-forening sv
Protokoll, styrelsemöte HSB Brf Tallen
§ 5: Boende i nr 8, Gösta Wennberg, har klagat på oljud. {{⟦health|Gösta har tinnitus och hyperakusi och ber att renoveringen sker dagtid⟧.||Gösta ber att renoveringen sker dagtid.}}

=== hand-forening sv
Nyhetsbrev, Hammarby IF Friidrott
Grattis Leila Amini, vald till ny ordförande i ungdomssektionen! {{⟦political_opinion|Leila sitter också i kommunfullmäktige för Miljöpartiet⟧ och lovar att driva frågan om nya löparbanor.||Leila har själv tävlat i klubben sedan hon var nio och lovar att driva frågan om nya löparbanor.}}

=== hand-skole sv
Meddelande i Vklass från Jessica (mamma till Vincent, förskoleklass):
Hej! {{⟦health|Vincent har fått diagnosen celiaki och får inte äta gluten från och med nu⟧.||Vincent har fått nya gummistövlar, de är gröna.}} Vi lämnar en lista på fredag.

=== hand-skole sv
Frånvaroanmälan via Unikum
Elev: Yonatan Berhane, 5B
Orsak: {{⟦religion|Vi firar etiopisk-ortodox jul med församlingen⟧||Vi ska på farfars 80-årsdag i Uppsala}}

=== hand-hr sv
HR-systemet, frånvaro, fritext (medarbetare: Carina Lundh)
{{⟦health|Sjukskriven för utmattningssyndrom, läkarintyg bifogat, åter om sex veckor⟧||Föräldraledig, överenskommet med chef, åter om sex veckor}}

=== hand-hr sv
Introduktion, ny medarbetare Joel Ström
Utrustning: dator, headset. {{⟦biometric|Joels handflateavtryck är registrerat i passersystemet vid lastkajen⟧.||Joels passerkort är beställt och hämtas i receptionen.}}

=== hand-hr sv
Lönekontoret, anteckning
Annika Fors har bett att {{⟦trade_union|avgiften till Vårdförbundet dras via lönen från nästa månad⟧.||hennes sparade semesterdagar förs över till nästa år.}}

=== hand-insurer sv
Skadeanteckning · försäkring 7710-332 · Kund: Rolf Engdahl
{{⟦health|Kunden har narkolepsi och somnade vid ratten, därav påkörningen av staketet⟧.||Kunden bländades av solen, därav påkörningen av staketet.}} Väntar på polisrapport.

=== hand-insurer sv
Anteckning, sjukvårdsförsäkring, kund Maria Ohlin
{{⟦genetic|Maria uppger att hon bär en BRCA2-mutation och vill ha mammografi varje år⟧.||Maria undrar om försäkringen täcker mammografi.}}

=== hand-pharmacy sv
Apoteksanteckning, receptexpedition
Kund: Henrik Sjöqvist
{{⟦health|Första uttaget av Antabus, informerad om att alkohol inte får förekomma⟧.||Första uttaget av malariatabletter, informerad om myggmedel.}}

=== hand-physio sv
Journalanteckning, Fysio Kungsholmen
Pat.: Emil Jansson, 29 år
{{⟦health|Främre korsband av, opererad i januari, svullnad kvarstår⟧.||Vill ha program för att börja springa igen.}} Övningar utdelade.

=== hand-travel sv
Bokning, Ving, order 882104
Resenärer: Britt och Arne Holmgren
Särskilda önskemål: {{⟦health|Arne är blind och behöver ledsagning på flygplatsen⟧.||Vi vill sitta tillsammans och ha rum med balkong.}}

=== hand-travel sv
Flygbokning – måltidsval
Passagerare: Sara Bahrami
{{⟦religion|Halalmåltid, jag är praktiserande muslim⟧||Laktosfri måltid, tack}}

=== hand-recruit sv
Intervjuanteckningar, tjänst: produktionsledare
Kandidat: Mikael Forsberg
Bra på ledarskap. {{⟦health|Berättade själv att han har bipolär sjukdom som är välinställd med litium⟧.||Berättade att han har truckkort sedan förra året.}} Två referenser.

=== hand-recruit sv
CV – Ánne Marja Sara
Ideellt arbete: {{⟦ethnic_origin|Styrelseledamot i Sáminuorra, eftersom jag själv är same från Kautokeino-släkten i Kiruna⟧||Styrelseledamot i Kiruna skidklubb}}
Språk: svenska, engelska

=== hand-intranet sv
Intranätet · Personalnytt
Grattis Lars-Erik Dahl, 30 år hos oss! {{⟦trade_union|Lars-Erik har varit klubbordförande för IF Metall i tio år⟧ och är känd för sina kanelbullar.||Lars-Erik har varit brandskyddsansvarig i tio år och är känd för sina kanelbullar.}}

=== hand-intranet sv
Intranätet · Välkommen tillbaka
Jonas Viklund kommer tillbaka från föräldraledigheten på måndag. {{⟦sexual_orientation|Jonas och hans man har adopterat en son⟧ och vi ser fram emot att se bilder.||Jonas har varit på långresa i Asien och vi ser fram emot att se bilder.}}

=== hand-mail sv
Hej Anders
Tack för mötet. {{⟦criminal_records|Som sagt är min son Filip Norrman åtalad för misshandel, så jag tar ledigt onsdag för att följa honom till tingsrätten⟧.||Som sagt tar jag ledigt onsdag för att följa min son till tandläkaren.}}
Hälsningar Åsa

=== hand-mail sv
Hej grannar i Brf Linden!
Vår ordförande Per-Olof Sand är borta resten av månaden. {{⟦health|Per-Olof är inlagd efter en stroke⟧, och vice ordföranden tar över.||Per-Olof är på semester i Portugal, och vice ordföranden tar över.}}
Styrelsen

=== hand-dentist sv
Tandläkare Öhrn – journal
Pat. Mirja Kallio. {{⟦health|Omfattande skador efter metadonbehandling, patienten berättar om tidigare heroinberoende⟧.||Kontroll, inga hål, tandsten borttagen.}} Ny kallelse om 18 mån.

=== hand-webform sv
Ansökan: Fritidskort
Barnets namn: Aram Khalil
Vårdnadshavare: Dilan Khalil
Motivering: {{⟦ethnic_origin|Vi är kurder från Afrin och Aram blir kallad "terrorist" i klubben⟧.||Vi är fem barn och har svårt att betala avgiften.}}

=== hand-news sv
Lokaltidningen Norra Skåne
Kommunalrådet Magnus Eriksson (M) vill bygga om torget. ⟦political_opinion|Han valdes för Moderaterna 2022 och leder byggnadsnämnden⟧. Beslut väntas i maj.

=== hand-news sv
Biskop Karin Ljungqvist predikar i Härnösands domkyrka på påskdagen. ⟦religion|Hon har varit präst i Svenska kyrkan sedan 1980-talet⟧. Fri entré.

=== hand-news sv
Socialminister Jenny Lundh besökte i går Karolinska universitetssjukhuset och talade med personalen om vårdköer och bemanning.

=== hand-news sv
Statistik: Var femte svensk över 70 år har artros i knät, enligt en ny rapport från Socialstyrelsen. Andelen ökar.

=== hand-policy sv
Personalpolicy, Bergdahl Städ AB
Sjukanmälan görs till närmaste chef före kl 7. Medarbetare har rätt till ledighet vid religiösa högtider efter överenskommelse. Vi frågar aldrig om diagnos.

=== hand-policy sv
Resepolicy: Den som behöver specialkost av medicinska eller religiösa skäl bokar den själv i resebyråns portal. Kostnaden ersätts.

=== hand-policy sv
Kommunal och Almega har idag tecknat nytt avtal för 2025-2027. Lönerna höjs med 6,4 procent.

=== hand-newsletter sv
Nyhetsbrev, Gymnastikföreningen Örnen
Välkommen till årsmöte 18 mars kl 19 i klubbstugan. Alla medlemmar får lämna motioner. Fika finns.

=== hand-forum sv
Tråd: Fråga om celiaki
Användaren lisa_k: Om man har celiaki, kan man äta havregryn då? Frågar för en skoluppgift om kost.

=== hand-forum sv
Tråd: A-kassa för frilansare?
Användaren fotografen_j: Jag är frilans och funderar på om det lönar sig. Vad kostar det ungefär?

=== hand-crm sv
Kundanteckning: Skogsby Bygg AB har bokat HLR-kurs för 10 anställda. Kontaktperson Niklas Wester vill ha datum i vecka 40.

=== hand-hr sv
HR, fritext, Pernilla Strand: Har ansökt om att gå ner till 80 % från 1/9 för att hinna med sin hästgård. Chef har godkänt.

=== hand-webform sv
Webbformulär – Fråga om sjukvårdsförsäkring
Namn: Gustaf Ahlberg
Fråga: Täcker försäkringen psykolog om man skulle behöva det? Jag mår bra, vill bara veta.

=== hand-skole sv
Förskolan Tallkotten – veckobrev
Denna vecka har vi pratat om jul, chanukka och Eid, och barnen har gjort ljus. Kom ihåg matsäck på fredag.

=== hand-sms sv
Hej Bosse, jag är inte sjuk, jag missade bara tåget. Förlåt! Ses imorgon. /Lotta

=== hand-phone sv
Transkribering, kundtjänst, mobiloperatör
Kund (Peter Lundin): Jag vill säga upp mitt abonnemang.
Handläggare: Får jag fråga varför?
Kund: Jag flyttar ihop med min flickvän och hon har redan ett.

=== hand-chat sv
[Teams] Maja Sjöberg: hinner inte till morgonmötet, är hos veterinären med hunden 🐶 ses efter lunch

=== hand-recruit sv
Platsannons: Vi söker en undersköterska till vår mottagning för diabetes och hjärtsjukdomar. Medlemskap i fack krävs inte. Vi välkomnar sökande med olika bakgrund.

=== hand-mail sv
Hej alla
Fredagsfikat flyttas till 15.00 eftersom Henrik fyller år och bjuder på tårta i fikarummet.
/Linda

=== hand-intranet sv
Intranätet: Nu kan du logga in på mobilen med ansiktsigenkänning. Funktionen är frivillig och mallen sparas bara i telefonen.

=== hand-insurer sv
Skadeanteckning, kund Ingemar Holm: Inbrott i förråd, cykel och gräsklippare stulna. Polisanmälan inkommen, inga misstänkta.

=== hand-forening sv
Brf Eken: Styrelsen har beslutat att valaffischer inte får sättas upp i trapphusen före valet. Affischer tas ner.

=== hand-travel sv
Reseförfrågan: Vi är en grupp från Sankta Maria församling som vill pilgrimsvandra till Santiago i maj. 20 personer. Vad kostar det?

=== hand-chat sv
[Familjechatten]
Farmor: ⟦health|Jag har fått lunginflammation igen, doktorn säger att det är min KOL⟧.
Elsa: Åh nej farmor, ska vi komma med soppa?
Farmor: Ja tack 🥰

=== hand-mail sv
Från kund till elbolaget:
Jag har syrgas hemma och får inte bli strömlös. ⟦health|Jag har KOL i sista stadiet och är beroende av syrgas dygnet runt⟧. Vänliga hälsningar Sture Backman

=== hand-forum sv
Föräldragrupp, Facebook: Min dotter Ella, 8 år, har just fått diagnosen autism. ⟦health|Hon börjar i en liten grupp i höst och har svårt med ljud⟧. Erfarenheter?

=== hand-hr sv
HR, fritext (medarbetare: Niclas Berg)
⟦criminal_records|Niclas är dömd till fängelse i fyra månader och avtjänar straffet med fotboja från 1/11⟧. ⟦trade_union|Han har bett att hans ärende hos Byggnads inte tas upp i arbetslaget⟧.

=== hand-phone sv
Transkribering, samtal till hemtjänstens larmcentral
Anhörig (Lisa Holm): Det gäller min mamma, Gun Holm, på Kyrkvägen 9.
Larm: Ja?
Anhörig: ⟦health|Hon har blivit förvirrad på nätterna, läkaren tror att det är Alzheimers⟧. ⟦religion|Och hon vill ha besök av pastorn från Missionskyrkan, hon har varit med där hela livet⟧.
Larm: Vi noterar det.

=== hand-forening sv
Protokoll, årsmöte Roddklubben Kvick
§ 6: Val av styrelse. ⟦political_opinion|Kassören Tina Björk berättade att hon nu kandiderar för Liberalerna och därför inte ställer upp igen⟧. ⟦sexual_orientation|Hennes fru Maria tar över som kassör⟧.
"""
