"""Hand-written Swedish documents of the v12 categories hold-out (markup: ``cats12_markup.py``).

Genres new to v12: 1177 and pharmacy notices, train-assistance bookings, payslips, contact ads, job letters, court
and police reports, council reservations, food blogs, gym and server-room access mails, 50th-birthday speeches,
invitations, Familjeliv-style forum posts, Blocket and Hemnet ads, death notices, strike rosters and film reviews."""

BANK = """
=== hand-1177 sv
1177: Hej Agneta Forsberg! {{⟦health|Du har fått ett nytt provsvar: ditt HbA1c är 71 mmol/mol och din diabetessköterska ringer dig på tisdag.⟧||Du har fått en ny kallelse: din tid för passfoto på polisen är flyttad till tisdag.}} Logga in med BankID för att läsa mer.

=== hand-train sv
SJ Bokningsbekräftelse, Stockholm C – Luleå C, 12 januari
Resenär: Bengt-Åke Nyström
{{⟦health|Ledsagning bokad: resenären är synskadad och har ledarhund med sig i vagn 4.⟧||Tillval bokat: fönsterplats och frukostbox i vagn 4.}}
Välkommen ombord!

=== hand-payslip sv
Lönespecifikation februari
Anställd: Zeynep Arslan, anst.nr 2210
Månadslön 29 800,00
{{⟦trade_union|Fackavgift Kommunal -462,00⟧||Friskvårdsbidrag 500,00}}
Preliminär skatt -7 120,00

=== hand-contact sv
Kontaktannons i Norrländska Socialdemokraten:
{{⟦sexual_orientation|Man, 52, i Boden söker en snäll man att dela vardagen med. Jag är öppet gay sedan länge.⟧||Man, 52, i Boden söker en snäll vän att dela fisket med. Jag har båt och stuga.}} Svar till Leif via tidningen.

=== hand-letter sv
Personligt brev – ekonomiassistent, Region Västerbotten
Hej Emma Sandlund! {{⟦political_opinion|Vid sidan av studierna har jag varit ordförande för Grön Ungdom i Umeå och drivit kampanjer inför valet.⟧||Vid sidan av studierna har jag varit ordförande för Umeå Studentkör och drivit turnéer inför jul.}} Jag ser fram emot att höra av dig.
Med vänliga hälsningar, Hugo Tornberg

=== hand-court sv
Norrköpings tingsrätt, dom 2026-03-04
{{⟦criminal_records|Tingsrätten dömer Patrik Lövgren för grov misshandel till fängelse i ett år och sex månader.⟧||Tingsrätten fastställer bodelningen mellan Patrik Lövgren och Jenny Lövgren enligt parternas överenskommelse.}}
Domen kan överklagas inom tre veckor.

=== hand-fullmakt sv
Kommunfullmäktige i Kalix, § 42 Ny sporthall
Fullmäktige beslutar att bygga sporthallen enligt förslaget. {{⟦political_opinion|Mot beslutet reserverar sig Ewa Lindqvist (SD) och Jörgen Häll (V).⟧||Beslutet skickas till tekniska förvaltningen och revisorerna.}} Protokollet justeras på måndag.

=== hand-foodblog sv
Glutenfria kanelbullar, äntligen!
{{⟦health|Min man Johan fick diagnosen celiaki i våras, så nu bakar jag allt glutenfritt hemma.⟧||Min man Johan fick en ny bakmaskin i födelsedagspresent, så nu bakar jag allt hemma.}} Receptet räcker till 24 bullar.

=== hand-gymsv sv
Välkommen till Nordic Wellness Kiruna, Tove Lantto!
{{⟦biometric|Ditt fingeravtryck är nu kopplat till ditt medlemskap, så du checkar in vid grinden med fingret.⟧||Din QR-kod är nu kopplad till ditt medlemskap, så du checkar in vid grinden med mobilen.}} Boka pass i appen.

=== hand-serverroom sv
Mejl från IT-säkerhet (intern)
Behörighet till serverhallen, Sundbyberg
{{⟦biometric|Mattias Ek har registrerats i irisskannern vid serverhallens dörr och har behörighet från måndag.⟧||Mattias Ek har fått ett nytt passerkort till serverhallens dörr och har behörighet från måndag.}}

=== hand-fifty sv
Tal på Lenas 50-årsfest
{{⟦sexual_orientation|Lena, du och din flickvän Moa har varit tillsammans i tolv år nu, och ni är fortfarande lika kära.⟧||Lena, du och din kollega Moa har drivit frisersalongen i tolv år nu, och ni är fortfarande lika pigga.}} Skål!

=== hand-sport sv
Från Sundsvalls FF:s hemsida
{{⟦health|Linnea Ek missar resten av säsongen efter en hjärnskakning i matchen mot Umeå.⟧||Linnea Ek missar resten av säsongen efter att ha fått ett stipendium till ett college i USA.}} Vi önskar henne lycka till.

=== hand-barmitzva sv
Inbjudan
{{⟦religion|Välkomna till Eliyahs bar mitzva i Stora synagogan i Stockholm lördagen den 16 maj.⟧||Välkomna till Eliyahs 13-årskalas på Gröna Lund lördagen den 16 maj.}}
OSA till Ruth och David senast 1 maj.

=== hand-23andme sv
Flashback-tråd "Överraskande DNA-resultat"
{{⟦genetic|Mitt eget resultat från 23andMe visade att jag har en halvbror i Göteborg som jag aldrig hört talas om.⟧||Min katt Sixtens DNA-test visade att han är till hälften norsk skogkatt.}} /Rolf_61

=== hand-preschool sv
Meddelande till Förskolan Ekorren
{{⟦health|Alva har epilepsi och kan få kortare frånvaroattacker, då räcker det att ni sitter bredvid henne.⟧||Alva har nya stövlar och kan få skavsår, då räcker det att ni sätter på plåster.}} Mamma Ylva

=== hand-forumsv sv
Familjeliv, tråd "Konvertera som vuxen?"
{{⟦religion|Jag blev muslim för två år sedan, och min familj har fortfarande svårt att acceptera det.⟧||Jag blev vegan för två år sedan, och min familj har fortfarande svårt att acceptera det.}} Hur gjorde ni? /Sanna_K

=== hand-armenian sv
Porträtt i Sydsvenskan: Aram Manukyan, 29, öppnar bageri på Möllevången.
{{⟦ethnic_origin|Han är armenier, född i Aleppo, och bakar lavash efter sin mormors recept.⟧||Han är utbildad konditor, född i Eslöv, och bakar bröd efter sin mormors recept.}}

=== hand-brca sv
Karolinska Universitetssjukhuset, Solna
{{⟦genetic+health|Patienten Cecilia Wahlgren bär en patogen variant i BRCA1 och erbjuds kontroller av bröst och äggstockar.⟧||Cecilia Wahlgrens ansökan om tjänsten som biomedicinsk analytiker har kommit in och hon kallas till intervju i april.}}

=== hand-strike sv
Strejkvaktslista, Kommunal sektion Sörmland, tisdag
{{⟦trade_union|Vakt vid entrén 06–10: Maria Johansson och Fatima Osman, båda medlemmar i Kommunal.⟧||Vakt vid entrén 06–10: Securitas, vakthavande Maria Johansson.}} Ta med varma kläder.

=== hand-orderbot sv
Polisen, ordningsbot
{{⟦criminal_records|Ordningsbot till Simon Ahlgren: cykling mot rött ljus på Vasagatan, 1 500 kronor.⟧||Kontrollavgift till Simon Ahlgren: parkering utan giltig biljett på Vasagatan, 800 kronor.}}

=== hand-grandpa sv
Sms till Elin
{{⟦health|Morfar har fått diagnosen KOL och måste ha syrgas hemma från nästa vecka.⟧||Morfar har fått en ny cykel i present och vill visa den från nästa vecka.}} Ring honom gärna. /Mamma

=== hand-unionen sv
Inlägg i personalchatten, Ericsson Lindholmen
{{⟦trade_union|Jag har gått med i Unionen nu efter omorganisationen, tips till er andra!⟧||Jag har gått med i gymmet på plan 3 nu efter omorganisationen, tips till er andra!}} /Kristoffer

=== hand-finnish sv
Välkomstbrev till ny medarbetare på Haparanda kommun:
{{⟦ethnic_origin|Aila Peräjärvi är sverigefinne och pratar finska med alla sina barn.⟧||Aila Peräjärvi är utbildad socionom och pratar gärna om sina barn.}} Hon börjar på socialtjänsten.

=== hand-remand sv
Lokalnytt, Motala
{{⟦criminal_records|Den 24-årige Alexander Wikström från Motala är häktad på sannolika skäl misstänkt för mordbrand.⟧||Den 24-årige Alexander Wikström från Motala har utsetts till årets unga företagare.}}

=== hand-hrsv sv
Till löneadministrationen
{{⟦health+trade_union|Stefan Åberg är sjukskriven för utmattningssyndrom sedan den 3 mars och har bett oss stoppa fackavgiften till Vision under tiden.⟧||Stefan Åberg har flyttat till Göteborg sedan den 3 mars och har bett oss ändra adressen i systemet.}} Mvh Annelie

=== hand-fragilex sv
Brev till kommunen
{{⟦genetic+health|Vår son Melker har fragil X-syndrom, bekräftat med DNA-analys, och behöver stöd i skolan hela dagen.⟧||Vår son Melker har bytt skola och behöver skjuts till träningen på kvällarna.}} Vänligen Anders och Cecilia Holm

=== hand-boyfriend sv
Instagram-kommentar under en bröllopsbild:
{{⟦sexual_orientation|Grattis Oskar och hans pojkvän Theo, vi ses på festen!⟧||Grattis Oskar och hans syster Thea, vi ses på festen!}} ❤️ /Malin

=== hand-dementia sv
Brev till fastighetsskötaren i Borås
{{⟦health|Min pappa Göte Lindahl har Parkinsons sjukdom och skakar så mycket att han inte kan byta glödlampor själv.⟧||Min pappa Göte Lindahl har flyttat hem från Spanien och vill att ni ringer på innan ni kommer.}} Hälsningar, Kerstin Lindahl

=== hand-priest sv
Mejl från Katarina församling: Kyrkoherde Hans Lidén tackar för gåvan till diakonin. Hälsningar, Hans Lidén, kyrkoherde, Svenska kyrkan Stockholm

=== hand-deathsv sv
Dödsannons
Vår älskade mamma och mormor Gunvor Sjöberg har stilla somnat efter en tids sjukdom, 87 år. Hon var trogen medlem i Pingstkyrkan i Jönköping. Begravningen äger rum i Pingstkyrkan den 8 april.

=== hand-filmsv sv
Filmrecension: "Mörkt vatten"
Huvudpersonen Karl, en alkoholiserad polis som är dömd för mened, försöker rädda sin dotter. Gustaf Skarsgård är lysande i rollen. Tre getingar av fem.

=== hand-jobadsv sv
Platsannons: Ombudsman till Kommunal avd. Mitt
Du ska stötta förtroendevalda och medlemmar i förhandlingar. Vi ser gärna sökande med olika bakgrund, funktionsförmåga och sexuell läggning. Kontakt: Lars Bäckström, rekryterare på förbundskontoret.

=== hand-hemnet sv
Hemnet – Villa i Fittja
Rymlig villa nära tunnelbana, moské, förskola och vårdcentral. Visning söndag 13–14. Mäklare: Jessica Amini, Fastighetsbyrån.

=== hand-imy sv
Integritetsskyddsmyndigheten har påfört Ljungdahls Åkeri AB en sanktionsavgift på 300 000 kronor för att ha kamerabevakat de anställdas omklädningsrum. Vd Per Ljungdahl säger att kamerorna nu är borttagna.

=== hand-fhm sv
Folkhälsomyndigheten: Andelen vuxna med diabetes i Norrbotten ökade till 7,4 procent 2025. Högst var andelen bland män över 65 år. Orsaken tros vara övervikt och stillasittande.

=== hand-akassa sv
Hej Linda på lön! Jonatan Berglund har gått över från Akademikernas a-kassa till Alfa-kassan från 1 april. Det påverkar inte hans lön. /Kent

=== hand-victimsv sv
Polisen Göteborg: Vid tretiden i natt rånades Birgitta Hellström, 74, av två unga män vid Järntorget. De tog hennes handväska. Polisen söker vittnen.

=== hand-horse sv
Säljes: Varmblodsvalack Nero, 7 år, DNA-verifierad härstamning efter Cantoblanco. Röntgad utan anmärkning. Ring Emelie, 070-123 45 67.

=== hand-chatsv sv
Teams, Team Ekonomi
Josefin: det där bokslutet var ju sjukt
Mohammed: haha ja jag blev helt galen på Excel
Josefin: jag dör. fika kl 3?

=== hand-strikenews sv
Kommunals medlemmar på äldreboendena i Sörmland strejkar från på måndag. Förbundet kräver fler anställda. Arbetsgivarna beklagar strejken.

=== hand-kyrkokonsert sv
Uppsala domkyrka: Påskkonsert med Allmänna Sången långfredag kl. 19. Dirigent Cecilia Rydinger. Fri entré, kollekt till Act Svenska kyrkan.

=== hand-prideinv sv
Intranät, Skanska: Vi går i Stockholm Pride-paraden den 1 augusti. Alla medarbetare och familjer är välkomna. Anmälan till Niklas Strand.

=== hand-policysv sv
Integritetspolicy, Reumatikerförbundet
Vi behandlar uppgifter om din hälsa bara om du själv lämnar dem, till exempel när du söker till en rehabvecka. Uppgifterna gallras efter två år.

=== hand-vaxin sv
Apotek Hjärtat: Nu vaccinerar vi mot influensa och covid-19 utan tidsbokning. Pris 395 kronor. Gäller alla över 18 år.

=== hand-history sv
Historiepodden: Gustav Vasa led av svår gikt på äldre dagar och var känd för sina vredesutbrott. Han dog 1560 på Stockholms slott.

=== hand-group sv
SVT Sápmi: Många samer i Jokkmokk oroar sig för den nya gruvan. Sametinget har överklagat beslutet. Renskötarna säger att betesmarken försvinner.

=== hand-minutes2 sv
Protokoll, styrelsemöte BRF Solgläntan
Närvarande: Kerstin Ohlin, Reza Karimi, Björn Sand
⟦health|Kerstin Ohlin lämnar ordförandeskapet eftersom hon ska opereras för en hjärnblödning och blir borta minst ett halvår.⟧ ⟦religion|Reza Karimi ber att årsmötet inte läggs på fredag kväll, eftersom han är ordförande i församlingen i Fittja moské.⟧ Björn Sand sköter kassan.

=== hand-sms4 sv
Hej Annika, kan du hämta Vide på fritids? ⟦health|Jag sitter på akuten med Sixten, läkaren tror att han har blindtarmsinflammation.⟧ Puss, Hanna

=== hand-sms5 sv
Hej Annika, kan du hämta Vide på fritids? Jag sitter fast i ett möte i Solna och hinner inte före fem. Puss, Hanna

=== hand-vote2 sv
Insändare i Gotlands Allehanda
⟦political_opinion|Jag har varit medlem i Centerpartiet i trettio år, men efter förslaget om färjorna lämnar jag partiet.⟧ Ingrid Mattsson, Hemse

=== hand-belastning sv
Utdrag ur belastningsregistret för Robin Sjöholm
⟦criminal_records|Dom 2022-11-03, Malmö tingsrätt: bedrägeri, villkorlig dom och dagsböter.⟧
Utdraget är giltigt i tre månader.

=== hand-skyddsombud sv
Byggnads region Väst, protokoll från arbetsplatsträff
⟦trade_union|Ali Hassan valdes till skyddsombud för Byggnads på bygget vid Järnvägsgatan.⟧ Nästa träff är den 4 juni.

=== hand-roma sv
Skolans välkomstbrev
⟦ethnic_origin|Vår nya elev Dragan Mitrović tillhör den romska minoriteten och får modersmålsundervisning i romani chib.⟧ Han går i klass 3B.

=== hand-ateist sv
Krönika av Pernilla Stenberg
⟦religion|Jag är ateist och humanist, och jag vigde mig borgerligt i Stadshuset.⟧ Ändå gråter jag varje gång jag hör Härlig är jorden.

=== hand-regionpol sv
Region Skåne, regionstyrelsen
⟦political_opinion|Carina Nordqvist (M) yrkade avslag på förslaget om nya vårdcentraler.⟧ Yrkandet avslogs.

=== hand-iris sv
Migrationsverket: Ditt uppehållstillstånd är klart, Tesfay Gebremedhin. ⟦biometric|Dina fingeravtryck och ditt ansiktsfoto har registrerats för kortet.⟧ Hämta kortet på servicecentret i Sundsvall.

=== hand-hypsv sv
Personalhandbok: Om du blir sjuk ska du sjukanmäla dig till din chef före klockan 8. Om du är med i facket kan ditt ombud följa med på rehabiliteringsmötet.

=== hand-faceguide sv
Guide: Så slår du på Face ID i din iPhone. Gå till Inställningar, välj Face ID och kod och följ instruktionerna. Funktionen kan också användas för att godkänna köp.

=== hand-elections sv
Valnatten i Luleå: Socialdemokraterna fick 38,1 procent, Moderaterna 16,4 och Sverigedemokraterna 15,2. Valdeltagandet var 79 procent.

=== hand-prenatal sv
Sms från Johanna till sin syster: ⟦genetic+health|Fostervattenprovet visade att bebisen har cystisk fibros, och nu vet vi att både Emil och jag är bärare.⟧ Vi ska träffa en genetisk vägledare på torsdag.

=== hand-clubmag sv
Medlemsbladet, Hammarby Bandy damlag
Månadens spelare är Jenny Forsgren, 27. ⟦sexual_orientation|Hon berättar att hon är lesbisk och att laget var först med att få veta.⟧ Hennes favoritmat är pizza.

=== hand-kurd sv
Intervju i personaltidningen, Region Örebro län
⟦ethnic_origin|Undersköterskan Shilan Karim är kurd från Sanandaj och pratar sorani med patienter som inte kan svenska.⟧ Hon har jobbat på avdelning 12 sedan 2019.

=== hand-panel sv
Program, Mångfaldsdagen på Volvo Torslanda, 14 oktober
13.00 Panel om rasism i arbetslivet. ⟦ethnic_origin|Lärlingen Naomi Bekele, som beskriver sig själv som afrosvensk med rötter i Etiopien, berättar om sitt första år i fabriken.⟧
14.00 Fika i matsalen.
"""
