"""Hand-written Swedish (and a few other) documents for categories.jsonl (v7), each written once."""

TEXT = r"""
=== psych sv
Journalanteckning, leg. psykolog Karin Åhman
Patient: Oskar Wennberg
⟦health|Oskar uppfyller kriterierna för social fobi och har undvikit föreläsningar sedan september.⟧ KBT påbörjas, 10 sessioner.
=== psych sv
Studenthälsan erbjuder samtal med psykolog för alla studenter. Du bokar via appen och det kostar ingenting. Vi för inga journaler som skickas till lärosätet.
=== physio sv
Hej Anders, jag kan tyvärr inte komma på träningen i veckan. ⟦health|Jag opererade menisken i fredags och går på kryckor i två veckor.⟧ Hörs! /Birgitta
=== physio sv
Fysioterapeuten tipsar: Tio minuters rörelse varje timme minskar risken för ryggont vid stillasittande arbete. Här är fem övningar du kan göra vid skrivbordet.
=== homecare sv
Genomförandeplan, hemtjänsten Söder
Brukare: Margareta Öberg
⟦health|Margareta har Parkinsons sjukdom och behöver hjälp med påklädning och medicin morgon och kväll.⟧ ⟦religion|Hon vill gärna ha hjälp att komma till mässan i den katolska kyrkan varannan söndag.⟧
=== homecare sv
Hemtjänsten i Söderort inför nytt planeringssystem den 1 februari. Brukarna påverkas inte, men vissa besökstider kan flyttas en kvart.
=== fertility sv
Hej Elin och Sofie!
⟦sexual_orientation,health|Grattis, blodprovet visar att Elin är gravid efter er första insemination hos oss!⟧ Vi bokar ett vaginalt ultraljud i vecka 7.
Fertilitetscentrum
=== fertility sv
Assisterad befruktning inom regionen: Du kan få upp till tre IVF-försök om du är under 40 år och inte har några egna barn. Samkönade par och ensamstående har samma rätt.
=== adoption sv
Medgivandeutredning - sammanfattning
Sökande: Fredrik och Hanna Ljung
⟦health|Fredrik har haft en depression 2019 som behandlades med samtalsterapi och är i dag besvärsfri.⟧ Socialnämnden föreslås lämna medgivande.
=== adoption sv
Hur lång tid tar en adoption? Från ansökan om medgivande till barnets hemkomst tar det i dag i genomsnitt fyra till fem år.
=== familylaw sv
Vårdnadsutredning, Familjerätten
⟦criminal_records|Mattias Ahlberg dömdes i maj 2025 till villkorlig dom och samhällstjänst för olaga hot mot Jenny.⟧ ⟦health|Jenny har uppgett att hon har PTSD efter händelsen och går i behandling.⟧
=== familylaw sv
Umgängesstöd är en insats där en kontaktperson från socialtjänsten närvarar vid umgänget. Insatsen beslutas av tingsrätten eller genom avtal som godkänns av socialnämnden.
=== familylaw sv
Hej Mattias
Jag har pratat med Leos förskola. ⟦health|Han har fått diagnosen autism, och de vill ha ett möte med oss båda om extra resurser.⟧ Kan du den 9:e?
/Jenny
=== kfm sv
Kronofogden - skuldsanering, beslut
Gäldenär: Petra Sandberg
⟦health|Gäldenären har på grund av sin långvariga sjukdom (fibromyalgi) ingen förmåga att betala skulderna inom överskådlig tid.⟧ Skuldsanering beviljas.
=== kfm sv
Statistik från Kronofogden 2026: 384 000 personer har skulder registrerade. Drygt 11 000 ansökte om skuldsanering under året.
=== inkasso sv
Till Intrum
⟦criminal_records|Jag har suttit på anstalt i Kumla fram till förra månaden och har därför inte kunnat betala.⟧ Jag ber om en avbetalningsplan.
Robin Nyström
=== inkasso sv
Vi samarbetar med Kronofogden och följer god inkassosed. Om du har svårt att betala kan du kontakta kommunens budget- och skuldrådgivning.
=== probate sv
Bouppteckning efter Gunnel Strand
Den avlidna var medlem i Svenska kyrkan och begravningen hölls i Uddevalla kyrka. Tillgångar och skulder enligt bilaga. Dödsbodelägare: Bertil Strand, Annika Strand Wall.
=== probate sv
Hej Annika, jag pratade med begravningsbyrån. ⟦religion|Pappa vill att prästen från Pingstkyrkan håller i akten eftersom han själv är aktiv där sedan 1970-talet.⟧ Kram Lasse
=== will sv
Inbördes testamente
⟦sexual_orientation|Vi, makarna Göran Ek och Peter Ek, förordnar att den efterlevande av oss ska ärva all kvarlåtenskap med full äganderätt.⟧
Stockholm 2026-10-15
=== will sv
Mall för testamente: "Jag, [NAMN], förordnar att min kvarlåtenskap ska tillfalla [MOTTAGARE]." Tänk på att bröstarvingar alltid har rätt till sin laglott.
=== lm sv
Lantmäteriet - förrättningsprotokoll
Sammanträde hölls på Rödön 3:14. Närvarande: Jämtkraft AB genom Sara Berg, och fastighetsägaren Olof Nilsson. Gränsen mellan fastigheterna bestämdes enligt karta.
=== farm sv
Hej Lars-Åke, Jordbruksverket vill ha läkarintyg till ansökan om force majeure. ⟦health|Du skrev att du fick en stroke i juni och inte kunde sköta vårbruket,⟧ så det borde räcka med ett intyg från neurologen. /Rådgivare Stina
=== fishing sv
Sportfiskarna Östersund - årsmöte
Föreningen har 612 medlemmar. Årsmötet beslutade att ansluta sig till kampanjen för fria vandringsvägar. Ny ordförande: Bengt Olofsson.
=== military sv
Mönstringsresultat
⟦health|Alva Sundqvist bedöms inte kunna genomföra grundutbildning på grund av ett hjärtfel som upptäcktes vid mönstringen.⟧
Plikt- och prövningsverket
=== military sv
Vem kallas till mönstring? Plikt- och prövningsverket väljer ut ungefär 20 000 personer per år utifrån svaren på mönstringsunderlaget.
=== military sv
Vapenfri tjänst: Den som har en allvarlig samvetsgrund mot att använda vapen kan ansöka om vapenfri tjänst. Ansökan görs skriftligen.
=== military sv
Hej Isak, ⟦religion|jag förstår att du som kväkare inte vill bära vapen,⟧ och jag hjälper dig gärna med ansökan om vapenfri tjänst. /Studievägledare Maria
=== tax sv
Slutskattebesked 2025 för Mikael Öhrn
Beskattningsbar förvärvsinkomst 448 100 kr
⟦religion|Kyrkoavgift (Svenska kyrkan, Sankt Görans församling) 4 213 kr⟧
Begravningsavgift 1 115 kr
=== tax sv
Alla som är folkbokförda i Sverige betalar begravningsavgift. Medlemmar i Svenska kyrkan betalar dessutom kyrkoavgift, som i genomsnitt är cirka 1 procent av den beskattningsbara inkomsten.
=== appeal sv
Begäran om omprövning
⟦health|Jag har haft utmattningssyndrom sedan mars och min läkare har sjukskrivit mig på heltid,⟧ men Försäkringskassan har dragit in sjukpenningen från dag 181.
Tove Mattsson
=== appeal sv
Dom i förvaltningsrätten, sammanfattning i nyhetsbrevet: En kvinna i 40-årsåldern fick rätt mot Försäkringskassan om sjukpenning efter dag 180. Domstolen ansåg att hennes arbetsförmåga var nedsatt.
=== csn sv
Hej CSN
⟦health|Jag ansöker om nedsättning av återbetalningen, eftersom jag är sjukskriven för ME/CFS sedan två år.⟧ Läkarintyg bifogas.
Axel Hjort
=== csn sv
Du kan få studiemedel med högre bidrag om du har en funktionsnedsättning som gör att du studerar långsammare. Ansökan görs hos CSN.
=== citizenship sv
Migrationsverket, beslut i medborgarskapsärende
⟦criminal_records|Sökanden, Tesfaye Gebremariam, dömdes 2024 för ringa narkotikabrott till dagsböter,⟧ vilket innebär en karenstid på ett år. Ansökan avslås.
=== citizenship sv
Medborgarskapsceremonin i Malmö äger rum på nationaldagen. Alla som blivit svenska medborgare under året är välkomna med en gäst.
=== namechange sv
Ansökan om nytt förnamn
⟦religion|Jag har konverterat till judendomen och vill därför byta förnamn till Miriam.⟧ Nuvarande namn: Linnea Pettersson.
=== namechange sv
Byta efternamn: Du kan byta till ett nybildat efternamn om det inte liknar ett befintligt efternamn. Handläggningstiden är cirka sex månader.
=== gender sv
Hej HR
Jag har fått beslut om ändrad juridisk könstillhörighet och nytt personnummer. Kan ni uppdatera lönesystemet diskret? Tack. /Alex Sundin
=== gender sv
⟦sexual_orientation|Hej! Jag och min fru Emma flyttar ihop till Göteborg i vår, så jag kommer att söka tjänsten där.⟧ Hälsningar Johanna
=== churchtax sv
Svenska kyrkan i Umeå: Under 2026 lämnade 1 204 personer kyrkan och 311 döptes. Medlemsantalet minskar med cirka 2 procent per år.
=== churchtax sv
Bekräftelse på utträde
⟦religion|Sebastian Ek har lämnat Svenska kyrkan den 18 november 2026.⟧ Kyrkoavgiften upphör från och med nästa inkomstår.
=== union sv
Förhandlingsprotokoll, IF Metall och Verkstads AB Norrland
⟦trade_union|Roger Lindh, medlem i IF Metall, har sagts upp på grund av arbetsbrist.⟧ Förbundet yrkar att turordningen ska tillämpas. Parterna är oeniga.
=== union sv
Kollektivavtalet för tjänstemän inom industrin 2025-2027 ger 6,4 procent i löneökning över två år. Avtalet är tecknat av Unionen och Sveriges Ingenjörer med Teknikföretagen.
=== union sv
Hej Kicki
⟦trade_union|Jag har gått över från Kommunal till Vision nu när jag blev enhetschef,⟧ så avdraget på lönen ska ändras från december.
/Maria Holmgren
=== union sv
Hej alla! Nu är det dags för skyddsrond på lagret, torsdag kl 13. Vår skyddsombud Fatima går runt med chefen. Kom med synpunkter på truckgångarna.
=== whistle sv
Visselblåsarrapport (anonym)
⟦criminal_records|Min chef Henrik Sjöberg har, såvitt jag vet, polisanmälts för bokföringsbrott efter att revisorn hittade falska fakturor.⟧
=== whistle sv
Visselblåsarfunktionen är öppen för alla medarbetare och konsulter. Rapporter behandlas av en extern byrå. Under 2026 inkom 5 rapporter, varav ingen ledde till polisanmälan.
=== fraud sv
Försäkringsutredning, sammanfattning
⟦criminal_records|Andreas Lundgren har polisanmälts för försök till försäkringsbedrägeri,⟧ eftersom cykeln han anmälde stulen hittades till salu i hans namn.
=== fraud sv
Varje år betalar försäkringsbolagen ut miljarder kronor på felaktiga grunder. Bolagens utredare använder bl.a. register över tidigare skador och öppna källor.
=== pi sv
Rapport, uppdrag 2026/114
⟦health|Carina Blom, som är sjukskriven för whiplashskada,⟧ observerades när hon bar tunga matkassar och körde bil. Uppdragsgivaren (försäkringsbolaget) har fått bilder.
=== energy sv
Ansökan om elstöd - särskilda skäl
⟦health|Jag har KOL och använder syrgaskoncentrator dygnet runt, därför har min elräkning fördubblats.⟧ Gunilla Nord
=== energy sv
Elstödet betalas ut automatiskt till alla hushåll i elområde 3 och 4 som har förbrukat mer än 2 000 kWh under perioden.
=== eldercare sv
Klagomål, äldreboendet Solrosen
⟦health|Min mamma Barbro Lindgren har demens och har tappat sex kilo på två månader eftersom ingen hjälper henne att äta.⟧ Jag kräver en förklaring.
Claes Lindgren
=== eldercare sv
IVO:s granskning av äldreboenden 2026 visar brister i nutrition på 18 av 60 granskade boenden. Rapporten finns på ivo.se.
=== school sv
Meddelande i Skolplattformen till mentor 7B
⟦health|Wilma har diabetes typ 1 och kan behöva äta något under lektionen; hon har insulinpump.⟧ Hälsningar Anneli (mamma)
=== school sv
Till vårdnadshavare i åk 8: Skolsköterskan genomför hälsosamtal under vecka 3. Eleverna fyller i en enkät om sömn, kost och mående innan samtalet.
=== school sv
Hej! ⟦religion|Yasmin kommer inte till skolan på fredag eftersom vi firar Eid al-Fitr med familjen.⟧ Hon gör läxorna hemma. /Omar Haddad
=== school sv
Skolplattformen - läsårsinfo: Skolavslutningen hålls i Sofia kyrka. Den som inte vill delta i kyrkan erbjuds en alternativ avslutning i aulan.
=== hotel sv
Anteckning i gästsystemet, rum 308
⟦health|Gästen Johan Lindqvist har celiaki och får inte äta gluten; köket informerat.⟧
=== hotel sv
Hotell Sjöfröken erbjuder allergivänliga rum, glutenfri frukost och laddstolpar för elbil. Boka direkt på hemsidan för bästa pris.
=== camping sv
Incidentrapport, Rättviks Camping 2026-07-22
⟦criminal_records|Gästen Leif Hedlund omhändertogs av polis för fylleri och misstänks för skadegörelse på servicehuset.⟧ Avtalet för säsongsplatsen sägs upp.
=== crewlist sv
Läkarintyg för sjöfolk - Helena Sundin
⟦health|Helena har opererats för en axelskada och bedöms som tillfälligt otjänlig för däcksarbete till och med februari.⟧
=== crewlist sv
Rederiets policy: All besättning testas slumpvis för alkohol och droger. Positiva prov leder till omedelbar avmönstring enligt avtalet med Seko.
=== news sv
En man i 30-årsåldern har anhållits misstänkt för grov stöld efter inbrott i en båtklubb i Nynäshamn. Polisen vill ha tips från allmänheten.
=== news sv
Kommunalrådet Anna-Karin Falk (C) lämnar politiken. ⟦political_opinion|"Centerpartiet har varit mitt hem i 25 år," säger hon till lokaltidningen.⟧
=== news sv
⟦criminal_records|Den tidigare fotbollstränaren Mikael Strand, 47, dömdes i tingsrätten till fängelse i ett år och sex månader för grovt bedrägeri mot föreningen.⟧ Han nekar till brott och överklagar.
=== news sv
Regeringen presenterade i dag ett förslag om skärpta straff för bidragsbrott. Förslaget ska träda i kraft den 1 juli 2027.
=== chat sv
Slack #lager
maja: ⟦trade_union|är det nån mer än jag som är med i facket här? vill bilda en klubb⟧
oskar: ja jag är med i handels
maja: nice 💪
=== chat sv
Slack #general
leo: någon som vill ha fika? jag fyller år 🎂
nora: ja! kommer om 5
=== chat sv
Teams
Ebba: ⟦political_opinion|jag har precis blivit invald i kommunfullmäktige för Liberalerna!!⟧
Jonas: grattis!!
=== chat sv
Teams
Ebba: har du sett att det är valdebatt i aulan i morgon?
Jonas: ja, alla partier är med. Lär bli intressant
=== sms sv
Hej pappa! ⟦health|Jag har fått gipsa armen, den var bruten.⟧ Kommer inte på middagen. /Elsa
=== sms sv
Vårdcentralen Gripen: Påminnelse om din bokade tid 2026-12-07 kl. 10:20. Avboka senast 24 h innan via 1177.
=== ooo sv
Automatiskt svar: ⟦health|Jag är sjukskriven efter en operation och är tillbaka tidigast i februari.⟧ Kontakta kundtjänst vid frågor.
Hälsningar, Lena Persson
=== ooo sv
Jag deltar i Almedalsveckan vecka 26 och har begränsad tillgång till mejl. Brådskande frågor: ring vxl.
=== minutes sv
Protokoll, styrelsemöte BRF Linnéan 14
§ 7 ⟦health|Ordförande Kim Lindqvist meddelar att han är sjukskriven för cancerbehandling och lämnar uppdraget;⟧ vice ordförande Sara Wik tar över.
=== minutes sv
Protokoll, arbetsplatsträff: Arbetsmiljöverket har gjort en inspektion. Företaget har fått ett föreläggande om bättre ventilation i tvätteriet.
=== hr sv
Rehabplan, Personalavdelningen
⟦health|Lukas Fransson har återkommande migrän och har haft 14 korta sjukfrånvarotillfällen i år.⟧ Företagshälsovården kopplas in.
=== hr sv
Hej Malin
⟦religion|Kan jag ta ledigt på Jom Kippur den 21 september? Jag fastar och går i synagogan hela dagen.⟧
Tack, David Goldberg
=== hr sv
Vi söker en diakon till Sankt Görans församling, 75 %. Du ska vara vigd diakon i Svenska kyrkan och ha erfarenhet av arbete med äldre.
=== hr sv
Lönespecifikation november, Roger Lindh
Grundlön 31 400 kr
⟦trade_union|Fackavgift IF Metall -612 kr⟧
Skatt -8 902 kr
=== hr sv
Lönespecifikation november, Jessica Blom
Grundlön 29 900 kr
Friskvårdsbidrag 500 kr
Skatt -8 100 kr
=== crim sv
Utdrag ur belastningsregistret begärt för Björn Axelsson inför anställning på förskolan Ekorren. Svar väntas inom två veckor.
=== crim sv
Hej Stina, jag har fått registerutdraget för den nya tränaren. ⟦criminal_records|Det finns en dom för misshandel från 2021 på Jonas Ljung,⟧ så jag tycker inte att vi kan ta in honom. /Ordföranden
=== ethnic sv
Anmälan till sameskolans föräldraråd
⟦ethnic_origin|Jag är same och renskötare i Gällivare, och mina två barn går i sameskolan.⟧
Nils-Anders Kuhmunen
=== ethnic sv
Kulturrådet fördelar 12 miljoner kronor till de nationella minoriteternas kultur: judar, romer, samer, sverigefinnar och tornedalingar.
=== ethnic sv
Hej! ⟦ethnic_origin|Min farmor var tornedaling och jag vill lära mig meänkieli för att förstå mina rötter.⟧ Finns det plats på kvällskursen? /Emma Niemi
=== ethnic sv
Kursen i meänkieli på folkhögskolan vänder sig till alla som vill lära sig språket. Ingen förkunskap krävs.
=== genetic sv
Klinisk genetik, Akademiska sjukhuset
⟦genetic,health|Analysen visar att Ida Falk bär på en variant i genen MLH1 som innebär Lynch syndrom och en förhöjd risk för tarmcancer.⟧ Koloskopi rekommenderas vartannat år.
=== genetic sv
Faderskapsutredning, familjerätten
⟦genetic|DNA-analysen utesluter att Robin Nyström är far till barnet.⟧ Familjerätten avskriver utredningen.
=== genetic sv
Forskningsprojektet LifeGene söker deltagare. Du lämnar blodprov och svarar på en enkät. Proverna sparas i biobanken och analyseras för genetiska riskfaktorer.
=== biometric sv
Nytt passersystem på labbet
⟦biometric|Irisavläsning är nu registrerad för Ulrika Sand och Tomas Hellström, som ska ha tillträde till renrummet.⟧
=== biometric sv
Mobiltelefonerna har stöd för Face ID och fingeravtryck. IT rekommenderar att man aktiverar biometrisk inloggning för bekvämlighet.
=== sexor sv
Hej Kicki, ⟦sexual_orientation|min sambo Ahmed och jag har förlovat oss!⟧ Vi ska ha fest i maj, du är bjuden. Kram Johan
=== sexor sv
Nytt på kontoret: Sara Wik har flyttat ihop med sin pojkvän Jonas i Västerås och pendlar in på onsdagar.
=== sexor sv
Företaget deltar i West Pride med en egen vagn. Alla anställda och deras familjer är välkomna att gå med.
=== politic sv
Hej kollegor
⟦political_opinion|Jag står på Vänsterpartiets lista till regionfullmäktige och kommer att vara ledig några dagar inför valet.⟧
Vänliga hälsningar, Rasmus Åberg
=== politic sv
Kallelse: Du har blivit utsedd till röstmottagare i Valdistrikt Kungsholmen 4. Utbildningen hålls den 12 augusti.
=== politic sv
BRF Linnéan 14: Kim Lindqvist valdes till ordförande för föreningen på årsstämman.
=== multi sv
Utredning, försörjningsstöd
⟦health|Nour Al-Sayed har svår astma och kan inte delta i etableringsprogrammets praktik just nu.⟧ ⟦ethnic_origin,religion|Familjen är yazidier från Sinjar och flydde 2015.⟧
=== multi sv
Språkcafé på biblioteket varje onsdag. Här kan du öva svenska med volontärer. Tolkar finns på arabiska, dari och tigrinja.
=== longletter sv
Kära Britt!

Tack för kortet. Det har varit en tung höst. ⟦health|Göran fick veta i september att han har prostatacancer, och han har strålbehandling varje dag i fem veckor.⟧ Han är trött men vid gott mod.

⟦religion|Vi har börjat gå på gudstjänsterna i Missionskyrkan igen, det ger oss styrka.⟧ Pastorn har hälsat på flera gånger.

Varma hälsningar
Yvonne
=== longletter sv
Till styrelsen

Vi har gått igenom ansökningarna till lägenheten. Vi föreslår att vi följer kölistan strikt. Vi får inte fråga om hälsa, religion eller familjeförhållanden; bara om inkomst och hur många som ska bo i lägenheten.

Uthyrningsgruppen
=== longletter sv
Tjänsteanteckning, socialtjänsten, hembesök 2026-11-26
Familjen: mamma Petra Johansson, pappa Kjell Boström, sonen Elias.
⟦health|Kjell berättar att han går på subutexbehandling och har varit drogfri i ett år.⟧ ⟦criminal_records|Han avtjänade 2023 ett straff för narkotikabrott.⟧ Elias verkar trygg. Nytt besök i januari.
=== transcript sv
[00:10:03] Handläggare: Hur mår du nu?
[00:10:05] Sökande (Kjell Boström): ⟦health|Ryggen är sämre. Jag har opererats två gånger och har fått ett nytt diskbråck.⟧
[00:10:11] Handläggare: Det var tråkigt att höra.
=== srt sv
33
00:08:44,000 --> 00:08:47,500
Ordföranden: Innan vi börjar, grattis till Maja som har fått barnbarn!

34
00:08:47,600 --> 00:08:50,000
Maja: Tack! Det är mitt första.
=== pptnotes sv
Bild 14 - Känsliga personuppgifter
Talaranteckningar: Gå igenom de nio kategorierna. Använd det påhittade exemplet "Kalle berättar i Teams att han är sjukskriven". Poängen: inte i öppna kanaler.
=== onenote sv
Samtal med Malin 27/11
- ⟦trade_union|skyddsombud för Unionen på avdelningen⟧
- vill gå ner till 80 %
- ⟦health|kommer tillbaka efter höftoperation i januari⟧
=== fax sv
FAX - Till biståndshandläggaren - Från Vårdcentralen Gripen
Ang. Stig Åkesson, 84 år.
⟦health|Patienten har hjärtsvikt och har fallit tre gånger i hemmet; korttidsboende rekommenderas.⟧
=== handform sv
Anmälan till PRO:s bussresa (handskriven)
Namn: Ingeborg Ahl
Behov: ⟦health|rullator, insulin⟧
Kost: laktosfri
=== handform sv
Anmälan - julbord
Namn: __________
Kost/allergier: __________
Övrigt: __________
=== survey sv
Medarbetarenkäten 2026: 9 procent uppger att de har varit sjukskrivna för stress. 22 procent är med i ett fackförbund enligt enkäten. Svarsfrekvens 74 procent.
=== survey sv
Fråga 17: Har du någon funktionsnedsättning som arbetsgivaren bör känna till? (frivilligt) Ja / Nej / Vill inte svara
=== no no
Hei Ingrid! ⟦health|Jeg har fått påvist cøliaki, så jeg kan ikke spise brødet på kurset.⟧ Takk for at du ordner det. Hilsen Kari Nordheim
=== no no
NAV informerer: Du har rett til sykepenger fra første dag dersom du er arbeidstaker og har vært i jobb i minst fire uker.
=== en en
Hi Tom, quick update on Lars: ⟦health|he's been diagnosed with a herniated disc and will be on sick leave until mid-January.⟧ Can you cover his client meetings in Malmö? Thanks, Sarah
=== en en
Our Nordic offices observe all public holidays. Employees who wish to take time off for other religious holidays can use flexible hours or vacation days.
=== en en
Case note (asylum interview, interpreter present)
⟦political_opinion|The applicant, Yonas Haile, states that he was a member of the opposition party EPDP in Eritrea and distributed leaflets.⟧ ⟦criminal_records|He was detained for four months in 2019 without trial.⟧
=== fi fi
Hei Satu, ⟦health|tyttäresi Aino on allerginen pähkinöille ja hänellä on adrenaliinikynä repussa.⟧ Kerron asiasta päiväkodin henkilökunnalle. Terveisin Päiväkoti Tähti
"""
