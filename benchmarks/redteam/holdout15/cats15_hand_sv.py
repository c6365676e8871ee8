"""Hand-written Swedish documents of the v15 categories hold-out (markup: ``cats15_markup.py``): socialtjänst,
skola, LSS, hemtjänst, vårdcentral and sjukhus, Försäkringskassan-style and private insurers, pension companies,
unions, bostadsbolag, polis and domstol, HR and business mail."""

BANK = """
=== hand-kommun sv
Utredning enligt SoL 11 kap. 1 §
Klient: Tobias Engström
{{⟦health|Tobias har ett långvarigt beroende av amfetamin och har vårdats på Beroendecentrum två gånger i år⟧.||Tobias har bott i andra hand i två år och vill ha hjälp att söka förstahandskontrakt.}}
Bedömning: insatser enligt nedan.

=== hand-kommun sv
Handläggare, anteckning
{{⟦health|Elsa Nyqvist har Downs syndrom och ett hjärtfel som kräver tillsyn nattetid⟧, så hon beviljas plats i gruppbostad enligt LSS.||Elsa Nyqvist har fyllt 18 och vill flytta hemifrån, så hon ställs i bostadskön hos Bostadsförmedlingen.}}

=== hand-skola sv
Till vårdnadshavare till Liam Öhrn, 5B
{{Elevhälsan har träffat Liam. ⟦health|Han har fått diagnosen dyslexi och får talsyntes på alla prov⟧.||Elevhälsan har träffat Liam. Han har bytt till fotbollsgruppen på fritids och trivs bra.}}
Hälsningar, Anneli, specialpedagog

=== hand-hemtjänst sv
Hemtjänsten Väster – rapport kväll
{{Astrid Mård, Kvarngatan 3: ⟦health|såret på benet vätskar igen, hon har bensår av sin diabetes och distriktssköterskan kommer i morgon⟧.||Astrid Mård, Kvarngatan 3: hon vill ha middagen tidigare, 16.30 i stället för 17.}}

=== hand-vård sv
Meddelande från vårdcentralen
Patient: Roger Dahlberg
{{⟦health|Patienten har kroniska ryggsmärtor efter en arbetsolycka och förbrukar mer oxikodon än ordinerat⟧.||Patienten önskar byta vårdcentral och remissen gäller enbart överflyttning av journal.}}
Dr L. Sandén, Vårdcentralen Tuna

=== hand-vård sv
1177-meddelande
Hej Camilla Roos! {{⟦health|Ditt cellprov visar cellförändringar, och du kallas till kolposkopi⟧.||Ditt provsvar har inte kommit än, och vi återkommer när det finns.}}
Vänliga hälsningar, Barnmorskemottagningen Solna

=== hand-försäkring sv
Beslut om sjukpenning
Till Henrik Ståhl
{{⟦health|Vi har bedömt att din utmattningsdepression sätter ned din arbetsförmåga med hälften⟧, och du får sjukpenning på halvtid.||Vi har bedömt att du inte har skickat in läkarintyget i tid, och du får därför inte sjukpenning för perioden.}}
Handläggare 4412

=== hand-försäkring sv
Anteckning, Skandia Sjukvårdsförsäkring
Kund: Maria Lundh, avtal 77120
{{⟦health|Kunden har fått diagnosen ME/CFS och söker ersättning för rehabilitering⟧.||Kunden har flyttat till Umeå och vill byta vårdgivare i avtalet.}}

=== hand-pension sv
Hej Alecta
{{⟦health|Jag har fått sjukersättning på grund av min Parkinson och vill veta om tjänstepensionen påverkas⟧.||Jag har gått ned till 80 procent och vill veta om tjänstepensionen påverkas.}}
Mvh Ulf Bergkvist

=== hand-fack sv
Protokoll, arbetsplatsträff Tåg Mitt
{{⟦trade_union|Mikaela Ström valdes till huvudskyddsombud för klubben⟧.||Mikaela Ström valdes till ansvarig för personalfesten.}}
Mötet avslutades kl 19.

=== hand-fack sv
Hej Erik!
{{⟦trade_union|Som din kontaktperson på Lärarförbundet kan jag bekräfta att vi företräder dig i förhandlingen⟧ med skolan på torsdag.||Som din rektor kan jag bekräfta att vi träffas för samtal med skolan på torsdag.}}
/Petra

=== hand-hr sv
Lönekontoret, ändring
{{⟦trade_union|Ta bort fackavgiften till Vision för Ylva Segerstedt från april, hon har gått över till Akademikerförbundet SSR⟧.||Ta bort friskvårdsavdraget för Ylva Segerstedt från april, hon har slutat på gymmet.}}

=== hand-bostad sv
Störningsärende, Stångåstaden
{{⟦religion|Hyresgästen Daniel Rosen uppger att grannarna klagat på att han har en sukka på balkongen under lövhyddohögtiden⟧.||Hyresgästen Daniel Rosen uppger att grannarna klagat på att han har en grill på balkongen under midsommar.}}
Bovärden pratar med grannarna.

=== hand-skola sv
Ledighetsansökan
Elev: Fatima Abdi, 7A
{{⟦religion|Fatima ansöker om ledighet för att fira Eid al-Fitr med församlingen i moskén⟧.||Fatima ansöker om ledighet för att åka på sin kusins bröllop i Göteborg.}}
Beviljas: ja

=== hand-hemtjänst sv
Levnadsberättelse, Äldreboendet Björkhagen
{{⟦religion|Karl-Åke är laestadian och vill inte titta på tv eller lyssna på radio⟧.||Karl-Åke har varit skogsarbetare och vill inte ha radion på under maten.}}
Namn: Karl-Åke Niemi

=== hand-polis sv
Delgivning
Till Andreas Lindh
{{⟦criminal_records|Du är misstänkt för misshandel på Stortorget natten mot den 4 maj⟧ och kallas till förhör.||Du är målsägande i ärendet om misshandel på Stortorget natten mot den 4 maj och kallas till förhör.}}
Polismyndigheten, region Syd

=== hand-krim sv
Frivården Uppsala – samtal
{{⟦criminal_records|Jonny Häll har skyddstillsyn efter domen för olaga hot mot sin före detta sambo⟧.||Jonny Häll har fått praktik på bilverkstaden och börjar måndag.}}

=== hand-hr sv
Rekrytering, förskolan Ekbacken
{{⟦criminal_records|Utdraget ur belastningsregistret för Simon Kraft visar en dom för narkotikabrott 2022⟧, så vi går inte vidare.||Utdraget ur belastningsregistret för Simon Kraft saknar anteckningar, så vi går vidare.}}

=== hand-kommun sv
Jäv, nämndsammanträde
{{⟦political_opinion|Jag, Lena Ask, sitter för Vänsterpartiet i nämnden och anmäler jäv i ärende 7⟧ eftersom min bror är sökande.||Jag, Lena Ask, är handläggare i ärende 7 och anmäler jäv eftersom min bror är sökande.}}

=== hand-hr sv
Intranätet
{{⟦political_opinion|Vår kollega Oscar Ekdahl valdes i helgen till ordförande för Moderata Ungdomsförbundet i Dalarna⟧. Stort grattis!||Vår kollega Oscar Ekdahl valdes i helgen till ordförande för Falu Orienteringsklubb. Stort grattis!}}

=== hand-kommun sv
Tolkbeställning
{{⟦ethnic_origin|Klienten Eino Kitok är same och önskar tolk på lulesamiska⟧.||Klienten Eino Kitok har bott i Jokkmokk och önskar tolk på finska.}}
Datum: 14/10 kl 9.

=== hand-skola sv
Modersmålsundervisning, ansökan
Elev: Ninos Yousef, 3C
{{⟦ethnic_origin|Familjen är assyrier och vill att Ninos läser assyriska⟧.||Familjen har flyttat från Södertälje och vill att Ninos läser engelska extra.}}

=== hand-bostad sv
Anteckning, boendesocial
{{⟦sexual_orientation|Peter Gran berättar att han och hans man Johan har fått hatbrev i brevlådan⟧.||Peter Gran berättar att han och hans fru Johanna har fått reklam i brevlådan trots skylt.}}
Polisanmälan har gjorts.

=== hand-hr sv
Föräldraledighet, anmälan
Namn: Sanna Wikström
{{⟦sexual_orientation|Min fru Karolina föder i november och jag tar ut tio dagar i samband med barnets födelse⟧.||Min syster Karolina föder i november och jag tar ut två dagar semester.}}

=== hand-hr sv
Checklista, ny personal, Region Gävleborg
Namn: Daniel Roos
{{⟦biometric|Fingeravtryck för läkemedelsskåpet: registrerat 2/9⟧||Passerkort för läkemedelsskåpet: utlämnat 2/9}}
IT-konto: klart

=== hand-försäkring sv
Chatt, Länsförsäkringar
Kund (Anneli Frost): {{⟦biometric|min röst känns inte igen av röstinloggningen efter min stämbandsoperation⟧||jag kommer inte in på appen efter att jag bytt mobil}}
Handläggare: Vi skickar en ny inloggningslänk.

=== hand-vård sv
Klinisk genetik, Karolinska
Till Göran Sjöblom
{{⟦health+genetic|Analysen visar att du har Huntingtons sjukdom, med en förlängd CAG-sekvens i HTT-genen⟧.||Analysen av din systers prov är inte klar, och vi kan inte lämna ut något om den till dig.}}

=== hand-vård sv
Remiss till onkogenetiken
{{⟦genetic|Pat. Sofia Lindahl är bärare av en patogen variant i MLH1 (Lynch syndrom)⟧ och önskar råd om koloskopi.||Pat. Sofia Lindahl önskar koloskopi efter en tidningsartikel, ingen ärftlighet känd.}}

=== hand-skola sv
Schoolsoft-meddelande
{{Hej Annika! ⟦health|Wilma fick ett epilepsianfall på rasten och ambulansen tog henne till Sachsska⟧. Ring mig.||Hej Annika! Wilma tappade sin mössa på rasten och den ligger i kapprummet. Ring om du vill.}}
/Jonas, mentor

=== hand-försäkring sv
Handläggning, AFA Försäkring
{{⟦health|Kjell Rudin har fått hörselskada efter åren på pappersbruket och ansöker om livränta⟧.||Kjell Rudin har gått i pension från pappersbruket och ansöker om utbetalning av avgångsbidrag.}}

=== hand-kommun sv
Arbetsmarknadsenheten, anteckning
Deltagare: Hanna Berglöf
{{⟦health|Hanna har social fobi och klarar inte att äta lunch med gruppen⟧, så hon får gå hem kl 11.||Hanna har körkortslektion varje onsdag, så hon får gå hem kl 11.}}

=== hand-domstol sv
Kallelse till huvudförhandling, Attunda tingsrätt
{{⟦criminal_records|Tilltalad: Marcus Öst. Åtalet gäller grov stöld⟧.||Nämndeman: Marcus Öst. Målet gäller grov stöld.}}
Datum 12 juni kl 9.30.

=== hand-fack sv
Hej Malin
{{⟦trade_union|Jag har pratat med vår ombudsman på Handels och hon vill vara med när jag träffar chefen⟧.||Jag har pratat med min granne som är jurist och hon tycker att jag ska träffa chefen.}}
/Sara Holmgren

=== hand-kommun sv
Brev från Bostadsbolaget Mimer
Till Birgitta Lööf
Entrén till ert hus byggs om i maj. {{⟦health|Du får en ramp vid din port, eftersom du har MS och använder rullstol⟧.||Under tiden använder ni källaringången på gaveln.}}

=== hand-hemtjänst sv
Lapp till kvällspersonalen
{{Ture på nr 5 ska ha ögondroppar två gånger, ⟦health|hans glaukom har blivit sämre⟧.||Ture på nr 5 ska ha kaffe två gånger, han sover dåligt annars.}} Ture Lindén, nr 5.

=== hand-kommun sv
Riktlinje för sjukfrånvaro, Ale kommun
Sjukanmälan görs till närmaste chef före kl 7. Från dag 15 tar Försäkringskassan över. Chefen ska inte fråga om diagnos.

=== hand-vård sv
Väntetider, höftoperationer 2026
Ortopedkliniken i Västerås opererade 611 patienter förra året. Medianväntetiden var 74 dagar. Vi öppnar en ny operationssal i september.

=== hand-fack sv
Lediga jobb: ombudsman till Byggnads Norr
Du kommer att driva förhandlingar och utbilda skyddsombud. Erfarenhet från byggbranschen är meriterande.

=== hand-bostad sv
Ordningsregler, HSB Brf Ängen
Samlingslokalen kan hyras för födelsedagar, dop, bröllop, Eid och jul. Städa efter er. Rökning förbjuden.

=== hand-polis sv
Polisen informerar
En 31-årig man greps i går för inbrott i Hässelby. Han är anhållen i sin frånvaro. Polisen söker vittnen.

=== hand-hr sv
Till alla chefer
Vid anställningsintervjuer får ni inte fråga om graviditet, fackligt medlemskap, religion eller hälsa. Fråga hellre om erfarenheter. HR svarar på frågor.

=== hand-kommun sv
Sjukfrånvaro i äldreomsorgen, kvartal 3
Sjukfrånvaron låg på 8,1 procent. Besvär från rörelseorganen och psykisk ohälsa dominerar. Statistiken redovisas inte per person.

=== hand-skola sv
Veckobrev från Lillskolan
I december uppmärksammar vi lucia, jul, hanukka och diwali. Barnen gör ljusstakar. Alla familjer är välkomna att bidra.

=== hand-vård sv
Vårdcentralen Hagen informerar: Influensavaccin erbjuds alla över 65 år och personer med kronisk sjukdom från 1 november. Boka tid i appen.

=== hand-försäkring sv
Villkor, sjukvårdsförsäkring
Försäkringen gäller inte för sjukdomar som var kända innan försäkringen tecknades, till exempel diabetes, cancer, psykisk sjukdom och missbruk.

=== hand-kommun sv
Lediga jobb: socialsekreterare till vuxenenheten, Borås
Du arbetar med personer med missbruk och psykisk ohälsa. Socionomexamen krävs.

=== hand-bostad sv
Hej alla grannar
Någon har målat partisymboler på soprummets dörr. Vi vet inte vem. Dörren är målad. Ring bovärden om ni ser något.

=== hand-kommun sv
Protokoll, kommunfullmäktige 12 april, § 44
Fullmäktige beslutade med rösterna från S, M och C att bygga om simhallen. SD och V reserverade sig.

=== hand-hr sv
Hej alla! Restaurangen har nu halal, vegetariskt och glutenfritt varje dag. Saknar ni något, maila Jenny.

=== hand-fack sv
Autosvar, Vårdförbundet
Tack för ditt mejl. Vi svarar inom tre arbetsdagar. Vid brådskande ärenden, ring 08-147 700.

=== hand-vård sv
Hej Leif, arbetsplatsträffen på hjärtmottagningen är flyttad från måndag till tisdag kl 14 eftersom överläkaren är på kurs. Ta med schemat. Hälsningar, Karin, sekreterare

=== hand-kommun sv
Chatt med kontaktcenter
Invånare: hej behöver nytt id-kort, hur bokar jag?
Kontaktcenter: Boka på polisens webb. Ta med gammal legitimation. Foto och fingeravtryck tas på plats.

=== hand-hr sv
Utvecklingssamtal, Anders Falk
Anders vill gå en kurs i projektledning och ta mer ansvar för budgeten. Han trivs och har ingen frånvaro.

=== hand-polis sv
Intyg
Det finns inga anteckningar i belastningsregistret om Mattias Strand. Utdraget gäller tre månader.

=== hand-skola sv
Mejl till rektor
Jag tycker inte att vi bara ska ha skolavslutning i kyrkan. Kan vi ordna något alternativ för dem som inte vill gå dit? /Lotta, SO-lärare

=== hand-kommun sv
Den sökande har inte kommit till mötet. Kommunicering har skickats. Försörjningsstödet stoppas inte före svarstiden. /HK

=== hand-hemtjänst sv
Hej, får min pappa besök av prästen på boendet? Han kände honom från när de spelade boule ihop i Vasaparken. Mvh Eva

=== hand-fack sv
Medlemstidning, Kommunalarbetaren
Tema: när kollegan blir sjuk. Vi har pratat med fyra undersköterskor om hur man stöttar varandra. Alla är anonyma.

=== hand-försäkring sv
Hej Maja! Ja, hemförsäkringen täcker cykeln även i cykelrummet. Självrisk 1 500 kr. Hälsningar, Per, If

=== hand-kommun sv
Jag ringer igen för att grannen skriker på nätterna och jag tror han är psykiskt sjuk. Vet inte vad han heter. /anonymt samtal till kontaktcenter

=== hand-skola sv
Elevrådet bjuder in alla ungdomsförbund till skoldebatt den 2 september. Frågor lämnas i förväg.

=== hand-polis sv
Till Kristoffer Hed
Vi har tagit emot din anmälan om stöld av moped. Utredningen läggs ned eftersom det saknas spår. Du kan begära överprövning.

=== hand-kommun sv
Teams, handläggare:
Lars Edström ringde om sin syster igen. Hon är myndig och vi får inte lämna ut något. Har sagt det till honom.

=== hand-vård sv
Vi söker frivilliga till sjukhuskaféet på Sahlgrenska. Ingen erfarenhet krävs. Anmäl dig i receptionen.

=== hand-kommun sv
Anteckning
Samtal med Jenny Palm. ⟦health|Jenny berättar att hon har PTSD efter en våldtäkt och inte klarar öppna kontorslandskap⟧. Vi söker en annan praktikplats.

=== hand-hemtjänst sv
SMS från son:
Hej! Mamma säger att ingen gett henne hjärtmedicinen i morse? ⟦health|Hon har förmaksflimmer och måste ha Eliquis varje dag⟧. Ring mig. /Patrik Sund, son till Berit Sund

=== hand-hr sv
Bekräftelse
Hej Yusuf Osman! ⟦religion|Din ledighet för hajj till Mecka i juni är beviljad⟧. Vi ses i juli.
HR, Scania Södertälje

=== hand-kommun sv
Yttrande, DO-anmälan
Anmälaren Dragan Nikolić uppger ⟦ethnic_origin|att han är rom⟧ och att bostadsbolaget därför nekat honom lägenhet. Bolaget bestrider detta.

=== hand-fack sv
Välkommen Hampus!
⟦trade_union|Tack för att du gått med i IF Metall⟧. Din första avgift dras i maj. Välkommen!
/Medlemsservice

=== hand-krim sv
kort ant.
tel m. Robin Ek. ⟦criminal_records|R. avtjänar straff med fotboja, 2 mån för olovlig körning⟧. kan ej komma till kursen. ok.

=== hand-pension sv
Till SPP
Jag var diakon i Svenska kyrkan och har sagt upp mig. ⟦religion|Jag har blivit ortodox och kan inte längre tjänstgöra i kyrkan⟧. Hur flyttar jag min pension?
Maria Blom

=== hand-hr sv
Teams
Linus Ahl: kommer 10 idag
Linus Ahl: ⟦health|ska på kontroll efter min pacemaker-operation⟧
Camilla Ek: ok, krya på dig

=== hand-polis sv
Pass – ny tid
Hej Leyla Hassan! ⟦biometric|Ditt fingeravtryck från ansökan den 5 mars gick inte att läsa⟧, så du behöver komma tillbaka. Ta med kvittot.
Passexpeditionen, Malmö

=== hand-bostad sv
Svar till styrelsen
Jag, Roland Kvist, har skyltar på balkongen. ⟦political_opinion|Jag är med i Sverigedemokraterna och kandiderar till regionfullmäktige⟧. Skyltarna tas ned efter valet.

=== hand-skola sv
Protokoll, elevhälsomöte
Elev: Alvin Strömberg, 4A. Närvarande: mamma, mentor, kurator.
⟦health|Alvin har utretts för autism och ADHD och ska få stöd i klassrummet⟧. Mamma vill inte att klassen informeras.

=== hand-kommun sv
Tillsyn, LSS-boendet Gläntan
En boende har fått fel medicin två gånger. IVO förelägger om nya rutiner. Ingen boende nämns vid namn i rapporten.

=== hand-kommun sv
Orosanmälan, mottagning
Skolan anmäler oro för Meron Tesfay, 14 år. ⟦religion+ethnic_origin|Familjen är eritreanska tigrinjer och ortodoxt kristna, och Meron säger att hon inte får gå på simlektionerna av religiösa skäl⟧. ⟦health|Hon har också självskadebeteende och skär sig på armarna⟧.
Åtgärd: samtal med vårdnadshavare.

=== hand-fack sv
Förhandlingsprotokoll, Kommunal sektion Hemtjänst
⟦trade_union|Kommunal företräder medlemmen Gunnel Ek⟧. ⟦health|Gunnel har haft en stroke och kan inte längre lyfta⟧, så arbetsgivaren erbjuder omplacering till larmcentralen.

=== hand-krim sv
Yttrande till tingsrätten, frivården
⟦criminal_records|Den tilltalade, Kevin Sandberg, har tidigare dömts för rån och olaga vapeninnehav⟧. ⟦health|Han har ett pågående cannabisberoende och har påbörjat behandling på Maria Ungdom⟧.

=== hand-vård sv
Tack för ditt besök på avdelning 32! Fyll gärna i vår enkät om hur du upplevde vården. Det tar fem minuter.
"""
