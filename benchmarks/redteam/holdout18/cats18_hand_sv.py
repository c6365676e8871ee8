"""Hand-written Swedish documents of the v18 categories hold-out (markup in ``cats18_markup.py``, rules in
``cats18_build.py``). Mailboxes (threads, forwards, auto-replies, calendars), personal papers kept at work,
school and preschool, associations, municipal decisions, buying and selling, hard negatives."""

BANK = """
=== hand-thread sv
Sv: möte på torsdag
Inga problem, vi flyttar mötet. /Fredrik

> Den 11 mars 2026 skrev Agneta Sjöberg:
> Hej Fredrik! {{⟦health|Jag har fått en ny tid för strålbehandlingen av min bröstcancer och kan inte komma på torsdag.⟧||Jag har fått en ny tid för besiktningen av min bil och kan inte komma på torsdag.}}

=== hand-thread sv
Sv: Sv: fika-listan
Jag tar vecka 14. /Märta

> Olof Lindqvist skrev:
> {{⟦religion|Jag hoppar över fikat under fastan fram till påsk, jag är katolik och tar det på allvar.⟧||Jag hoppar över fikat under mars fram till påsk, jag springer Göteborgsvarvet och tar det på allvar.}}

=== hand-forward sv
Vidarebefordrat av Linnea (HR)
-------- Vidarebefordrat meddelande --------
Avsändare: Gunnar Ek
{{⟦health|Min fru Ingrid Ek har fått diagnosen Alzheimers, så jag ansöker om närståendepenning och deltid från maj.⟧||Min fru Ingrid Ek har fått ett jobb i Umeå, så jag ansöker om att arbeta på distans från maj.}}
Linnea: kan du kolla med chefen?

=== hand-forward sv
Fwd: protokoll
Hej Stina, här kommer det som skickades till styrelsen.
> {{⟦trade_union|Sven Karlsson är vald till huvudskyddsombud för IF Metall på fabriken i Köping.⟧||Sven Karlsson är vald till ansvarig för brandskyddet på fabriken i Köping.}}

=== hand-autoreply sv
Autosvar: Tack för ditt mejl. {{⟦health|Jag är sjukskriven efter en hjärtinfarkt och är tillbaka tidigast 1 juni.⟧||Jag är på semester och är tillbaka 1 juni.}} Brådskande ärenden: växeln 08-123 400 00.
Hälsningar Malin Åkesson

=== hand-autoreply sv
Frånvaromeddelande, Håkan Berglund: {{⟦health|Jag är på behandlingshem för spelberoende till och med vecka 20.⟧||Jag är på utbildning i Lund till och med vecka 20.}} Kontakta Eva Nord för fakturafrågor.

=== hand-calendar sv
Kalender, Lovisa Dahl, vecka 41
Mån 09:00 Veckomöte
Tis 17:30 {{⟦health|Psykolog, ätstörningsmottagningen, Stockholms centrum för ätstörningar⟧||Padel med Frida, Hammarby padel}}
Ons 13:00 Leverantörsmöte
Fre 15:00 AW

=== hand-calendar sv
Delad kalender, Gustav Holm
Tor 08:00 Hälsokontroll, företagshälsovården
{{⟦health|Tor 10:30 Dialys, Njurmedicin Akademiska sjukhuset⟧||Tor 10:30 Frisör, Svartbäcksgatan}}
Tor 14:00 Styrgrupp

=== hand-cv sv
CV, Ebba Lindholm
Utbildning: civilekonom, Umeå universitet 2015.
Förtroendeuppdrag: {{⟦political_opinion|Ledamot i kommunfullmäktige i Umeå för Vänsterpartiet 2018-2022.⟧||Ledamot i styrelsen för Umeå bostadsrättsförening Björken 2018-2022.}}
Språk: svenska, engelska, franska.

=== hand-cv sv
MERITFÖRTECKNING
Nils Fors, undersköterska
Anställningar: Region Jämtland 2010-2025.
{{⟦trade_union|Facklig förtroendeman för Kommunal på Östersunds sjukhus 2016-2022.⟧||Handledare för nya undersköterskor på Östersunds sjukhus 2016-2022.}}

=== hand-application sv
Personligt brev, Aino Sarri
Jag söker tjänsten som lärare i Kiruna. {{⟦ethnic_origin|Jag är same och uppvuxen i en renskötarfamilj i Gabna sameby, och jag undervisar gärna i nordsamiska.⟧||Jag är uppvuxen i Kiruna och har jobbat som vikarie i Gabna skola, och jag undervisar gärna i engelska.}}

=== hand-application sv
Ansökan, Pontus Wiklund
{{⟦health|Jag vill vara öppen med att jag har bipolär sjukdom som är välbehandlad med litium sedan flera år.⟧||Jag vill vara öppen med att jag har en resa inbokad i juli som jag gärna behåller.}} Jag kan börja i augusti.

=== hand-reference sv
Referens för Viktor Sundin
Viktor arbetade som chaufför hos oss 2019-2023. {{⟦criminal_records|Anställningen upphörde efter att han dömdes för grov rattfylleri i Solna tingsrätt.⟧||Anställningen upphörde när han flyttade till Göteborg med sin familj.}}
Lena Ask, transportchef

=== hand-invitation sv
Välkomna!
{{⟦sexual_orientation|Sara och hennes fru Johanna firar sin son Elis ettårsdag i Stadsträdgården den 7 juni, och alla kollegor är välkomna på tårta efteråt.⟧||Sara och hennes man Johan firar sin son Elis ettårsdag i Stadsträdgården den 7 juni, och alla kollegor är välkomna på tårta efteråt.}}

=== hand-invitation sv
Inbjudan
{{⟦religion|Vår son David Rosen firar sin bar mitzva i Stora synagogan i Stockholm lördag 14 mars.⟧||Vår son David Rosen fyller 13 och firar med middag på Operakällaren lördag 14 mars.}}
Hjärtligt välkomna önskar Annika och Leif

=== hand-condolence sv
Kära Birgitta
Vi på kontoret beklagar sorgen efter din mamma. Hon var sjuk i ALS i flera år, och du har varit så stark.
{{⟦health|Vi vet också att din egen utmattning kom tillbaka i höstas, så ta den tid du behöver.⟧||Vi vet också att du har mycket med bouppteckningen nu, så ta den tid du behöver.}}
Dina kollegor på ekonomi

=== hand-leave sv
Ledighetsansökan
Namn: Yusuf Mahamed, lagret
{{⟦religion|Jag ansöker om ledigt 6-7 juni för att fira eid al-adha i moskén med familjen.⟧||Jag ansöker om ledigt 6-7 juni för att flytta till ny lägenhet i Rinkeby.}}
Beviljas: Per Ström

=== hand-leave sv
Ansökan om tjänstledighet
Jag, Hedvig Lund, ansöker om tjänstledighet utan lön i två månader. {{⟦health|Jag ska genomgå en IVF-behandling och behöver vila efter min andra missfall i år.⟧||Jag ska segla runt Gotland och behöver förbereda båten före avresan.}}

=== hand-school sv
Meddelande från mentor, klass 6B
Hej föräldrar! Utflykten till Skansen blir av på fredag.
{{⟦health|Till Elsas föräldrar: Elsa fick en allergisk reaktion mot nötter i matsalen, vi gav adrenalinpennan och ringde 112 enligt hennes åtgärdsprogram.⟧||Till Elsas föräldrar: Elsa tappade sin mössa i matsalen, vi har lagt den i hittegodset enligt skolans rutin.}}
Mvh Annika, mentor

=== hand-school sv
Individuell utvecklingsplan, åk 8, Ali Rezaei
Svenska: nå E i läsförståelse.
{{⟦health|Ali har dyslexi och använder talsyntes vid prov enligt beslut från elevhälsan.⟧||Ali vill gärna vara med i skolrådet nästa termin.}}

=== hand-daycare sv
Hej pedagoger på Förskolan Ekorren!
{{⟦health|Alva har fått diagnosen typ 1-diabetes och kommer med en sensor på armen, vi ses på mötet med diabetessköterskan i morgon.⟧||Alva har fått nya gummistövlar och kommer med dem på måndag, vi ses på föräldramötet i morgon.}}
Hälsningar Karin, Alvas mamma

=== hand-daycare sv
Veckobrev, Förskolan Humlan
Maten till midsommarfesten: {{⟦religion|Hassan och Amina får halalkött, som deras föräldrar önskat.⟧||Hassan och Amina får vegetariskt, som deras föräldrar önskat.}} Ta med solhatt!

=== hand-members sv
Närvarolista, Reumatikerförbundet Uppsala, träffen 4 februari
{{⟦health|Närvarande medlemmar med reumatoid artrit: Siv Dahlberg, Rune Holmqvist, Greta Nyström.⟧||Närvarande från kommunens fritidsförvaltning: Siv Dahlberg, Rune Holmqvist, Greta Nyström.}}
Nästa träff: 4 mars.

=== hand-members sv
Medlemsförteckning, Socialdemokraterna Hägersten, nya medlemmar januari
{{⟦political_opinion|Nya medlemmar: Axel Borg, Maja Hellström.⟧||Nya hyresgäster i föreningslokalen: Axel Borg, Maja Hellström.}}
Medlemsavgift betalas via Swish.

=== hand-club sv
IFK Lidingö, parasektionen
Laget till SM i Eskilstuna:
{{⟦health|Sittande volleyboll: Stig Forsberg och Ylva Hedin, båda benamputerade.⟧||Domare: Stig Forsberg och Ylva Hedin, båda med förbundets domarlicens.}}
Samling 06.45 vid klubbstugan.

=== hand-decision sv
Beslut
Till Tove Engström. Din ansökan har nu prövats. {{⟦health|Bostadsanpassningsbidrag beviljas med 48 000 kronor för en ramp vid entrén, eftersom din ryggmärgsskada gör att du använder rullstol.⟧||Bygglov beviljas för ett uterum på 15 kvadratmeter vid entrén, eftersom det följer detaljplanen.}}
Stadsbyggnadsförvaltningen, Göteborgs stad

=== hand-decision sv
Beslut om ekonomiskt bistånd
Sökande: Jonas Ek. {{⟦criminal_records|Bistånd beviljas för hyra under tiden du avtjänar ditt fängelsestraff på anstalten Kumla.⟧||Bistånd beviljas för hyra under tiden du väntar på beslut om a-kassa.}}
Socialtjänsten, Örebro kommun

=== hand-decision sv
Utredning enligt SoL, Malmö stad
Barn: Liam Persson, 4 år.
{{⟦health|Pappa Mikael Persson har en alkoholberoendediagnos och har skrivits in på Beroendecentrum Malmö.⟧||Pappa Mikael Persson har fått ett nytt jobb med skiftarbete och kan inte hämta på förskolan.}}

=== hand-pharmacy sv
Orderbekräftelse, Apotek Hjärtat
Kund: Erik Söderberg, hämtas i butik Sollentuna
{{⟦health|1 st Metformin 500 mg, 100 tabletter
1 st Ozempic 1 mg injektionspenna⟧||1 st Alvedon 500 mg, 20 tabletter
1 st Apoliva handkräm}}

=== hand-quote sv
Offert, sjukvårdsförsäkring, Kund: Astrid Wallin
{{⟦health|Vi undantar behandling av din diagnostiserade endometrios från försäkringen.⟧||Vi erbjuder 10 % rabatt eftersom du redan har hemförsäkring hos oss.}}
Offerten gäller till 30 april.

=== hand-travel sv
Bokningsbekräftelse, Resia
Resenär: Leif Granath, Arlanda-Jeddah, 2 april
{{⟦religion|Specialmåltid: muslimsk måltid (MOML). Resans syfte enligt resenären: umrah.⟧||Specialmåltid: vegetarisk (VGML). Resans syfte enligt resenären: konferens.}}

=== hand-payslip sv
Lönespecifikation mars, Ulf Sandberg
Månadslön 34 500
Skatt 8 944
{{⟦trade_union|Avdrag fackavgift Byggnads 495⟧||Avdrag personalkassa 50}}
Utbetalas 25 mars

=== hand-payslip sv
Lönespecifikation, Karin Holmberg, april
Bruttolön 41 200
{{⟦religion|Kyrkoavgift (Svenska kyrkan) 412⟧||Begravningsavgift 103}}
Nettolön 30 116

=== hand-certificate sv
Utdrag ur belastningsregistret, förskola
Sökande: Magnus Ström, vikarie
{{⟦criminal_records|Utdraget innehåller en dom för misshandel från Södertörns tingsrätt 2021.⟧||Utdraget innehåller inga noteringar.}}
Kontrollerat av rektor Ingrid

=== hand-biometric sv
Till IT
{{⟦biometric|Greta Nybergs fingeravtryck är nu inlagt i passagesystemet på lagret i Borås.⟧||Greta Nybergs passerkort är nu inlagt i passagesystemet på lagret i Borås.}}
/Fastighet

=== hand-biometric sv
Hej Björn! {{⟦biometric|Din ansiktsmall är registrerad i gymmets incheckning, så du kommer in genom att titta i kameran.⟧||Din pinkod är registrerad i gymmets incheckning, så du kommer in genom att slå koden.}} /Friskis Västerås

=== hand-genetic sv
Meddelande till Lena Forsman (personligt)
{{⟦genetic|Svaret från klinisk genetik visar att du bär anlaget för hemokromatos men inte är sjuk.⟧||Svaret från Skatteverket visar att du får tillbaka 2 300 kronor i maj.}}

=== hand-ethnic sv
Sv: ny på lagret
> Vem är nya killen?
{{⟦ethnic_origin|Det är Dragan Petrović, han är rom och kom från Serbien för tio år sedan.⟧||Det är Dragan Petrović, han kom från lagret i Jönköping för tio år sedan.}}

=== hand-thread sv
Sv: julbord
Kul! /Emma

> Den 1 dec. skrev Anders Falk:
> {{⟦sexual_orientation|Jag tar med min sambo Patrik, om det går bra med en respektive.⟧||Jag tar med min sambo Petra, om det går bra med en respektive.}}

=== hand-thread sv
Sv: valet
> Johan Tell skrev: {{⟦political_opinion|Jag är med i Sverigedemokraterna sedan i våras och delar flygblad i Gävle på lördag.⟧||Jag har inte bestämt mig än och ska lyssna på debatten i Gävle på lördag.}}
Ok Johan, vi tar det inte här. /Sofia

=== hand-policy sv
Rutin vid sjukfrånvaro, Bergs Redovisning AB
Sjukanmälan görs till närmaste chef före klockan nio. Från dag 8 krävs läkarintyg. Chefen frågar aldrig efter diagnos, och rehabiliteringsärenden förvaras åtskilda från personalakten.

=== hand-policy sv
Policy om religiösa högtider: Alla anställda kan byta semesterdagar mot lediga dagar vid religiösa högtider. Önskemål lämnas till chefen senast en månad innan. Bönerummet på plan 3 är öppet för alla.

=== hand-stats sv
Facklig anslutning 2025: 68 % av de anställda i handeln var medlemmar i ett fackförbund, en ökning med två procentenheter. Sjukskrivningar för psykisk ohälsa står för hälften av alla långa sjukfall. Statistiken avser grupper och inte enskilda.

=== hand-jobad sv
Lediga jobb: Vi söker en sjuksköterska till Beroendecentrum Stockholm. Du arbetar med patienter med opioidberoende. Kollektivavtal finns. Frågor besvaras av enhetschef Annika Ruth.

=== hand-topic sv
Intranät: Så stöttar du en kollega med cancer. Många vill fortsätta jobba under behandlingen. Fråga vad kollegan vill, anpassa arbetsuppgifter och respektera att alla inte vill prata om sjukdomen.

=== hand-news sv
Lokalt: Kommunstyrelsens ordförande Per Nyberg invigde i går den nya biblioteksfilialen i Tumba. Han läste högt för barnen och berättade om sina egna favoritböcker.

=== hand-news sv
{{⟦political_opinion|Fullmäktigeledamoten Siv Ljung har lämnat Centerpartiet och går över till Liberalerna, skriver hon på Facebook.⟧||Fullmäktigeledamoten Siv Ljung har valts till ordförande i kultur- och fritidsnämnden, skriver kommunen på sin webbplats.}}

=== hand-calendar sv
Gemensam kalender, Tandvården Linden
Tis 09:00 APT
Tis 13:00 Brandövning
Tor 15:00 Avtackning av Siv (tårta i personalrummet)

=== hand-members sv
Styrelsen i Sundbybergs Kanotklubb 2026: ordförande Lars Wahl, kassör Sofia Berg, sekreterare Mattias Öst. Årsavgift 850 kronor.

=== hand-payslip sv
Lönespecifikation februari, Oskar Bäck
A-kassa (Akademikernas a-kassa) 130
Friskvårdsbidrag 300
Semesterersättning 0

=== hand-thread sv
Sv: kontorslandskapet
Tack Malin, jag tar det med chefen.

> Malin Ekdahl skrev:
> ⟦trade_union|Jag är med i Unionen och har redan pratat med vår klubbordförande.⟧ ⟦health|Min tinnitus blir värre av ljudet i det öppna landskapet.⟧

=== hand-cv sv
CV, Amal Nur, förskollärare
Anställningar: Jönköpings kommun 2012-2025.
Ideellt: ⟦religion|Söndagsskollärare i Pingstkyrkan Jönköping.⟧
Förtroendeuppdrag: ⟦political_opinion|Ledamot för Miljöpartiet i barn- och utbildningsnämnden.⟧

=== hand-leave sv
Ledighetsansökan, Stina Moberg, ekonomi
⟦genetic+health|Jag har fått besked om att jag bär Lynchs syndrom och ska genomgå en förebyggande operation i juni.⟧ Jag ansöker därför om två veckors ledighet.
"""
