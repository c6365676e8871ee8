# ruff: noqa: W293  (the blank lines of the flattened HTML mails hold a space, as such mails do)
"""Hand-written Swedish (and a few Norwegian) category documents (each written once)."""

DOCS = """
=== hand-gp sv
Journalanteckning 2026-11-27
Patient: Gösta Wahlgren
⟦health|Känd KOL, röker 20 cig/dag. Söker för ökad andfåddhet senaste veckan.⟧
Bedömning: exacerbation. Ordineras kortisonkur.
=== hand-gp sv
Hej vårdcentralen!
Jag behöver flytta min tid för hälsokontroll på fredag eftersom jag ska på konferens. Går det bra nästa vecka?
Hälsningar Anders Thulin
=== hand-gp sv
Hej!
⟦health|Vår son Elias, 4 år, har fått diagnosen autism på BUP och behöver stöd på förskolan.⟧ Kan ni skicka intyget direkt till förskolan?
Mvh Johanna Palm
=== hand-hospital sv
Rapport kväll -> natt, sal 3
⟦health|Margit Söderlund: nyopererad höftfraktur, smärtlindrad, vätskedropp.⟧ Dottern ringer i morgon bitti.
=== hand-hospital sv
Till undersköterska Lena Ek
Vi behöver en extra nattpersonal på infektionsavdelningen vecka 50. Kan du ta passet?
/Bemanningen
=== hand-pharmacy sv
Anteckning apoteket
⟦health|Kunden Kent Nyberg hämtar ut Antabus och berättar att han är inskriven på beroendemottagningen.⟧ Informerad om interaktioner.
=== hand-pharmacy sv
Nyhet: Nu kan du vaccinera dig mot säsongsinfluensa på apoteket utan tidsbokning. Pris 295 kr.
=== hand-akassa sv
Från: Arbetsförmedlingen
Till: Sanna Björk
Ämne: Din planering
⟦health|Eftersom du har en funktionsnedsättning efter din stroke kommer vi att erbjuda dig lönebidrag hos nästa arbetsgivare.⟧
Vänliga hälsningar, Arbetsförmedlingen
=== hand-akassa sv
Hej!
⟦trade_union|Jag har varit med i Kommunal i tolv år men har nu gått över till Vision eftersom jag blivit chef.⟧ Behöver jag byta a-kassa också?
/Ingela Sundberg
=== hand-akassa sv
Kära medlem!
Kom ihåg att aktivitetsrapportera senast den 14:e varje månad. Har du frågor är du välkommen att ringa oss.
Hälsningar Akademikernas a-kassa
=== hand-pension sv
Hej Roger Lindgren!
⟦health|Försäkringskassan har beviljat dig hel sjukersättning från 1 december på grund av din Parkinsons sjukdom.⟧
Ersättningen betalas ut den 25:e varje månad.
=== hand-pension sv
Tjänstepensionen ITP1 gäller för alla tjänstemän från 25 års ålder och omfattar även sjukförsäkring och premiebefrielse.
=== hand-socialtjanst sv
Journalanteckning socialtjänsten
⟦health|Mamman, Petra Holm, berättar att hon har bipolär sjukdom och att hon nu är välmedicinerad.⟧ Barnen bor hos henne varannan vecka.
=== hand-socialtjanst sv
Till vårdnadshavare på Ekbackens förskola
Vi har fått in fall av vinterkräksjuka. Håll barnen hemma 48 timmar efter sista symtom.
=== hand-socialtjanst sv
Orosanmälan
⟦criminal_records|Förskolan uppger att pappan, Dennis Wallin, har dömts för narkotikabrott och avtjänar straff med fotboja.⟧
=== hand-prison sv
Dagrapport anstalten Tidaholm
⟦criminal_records|Intagne Marko Petrović, som avtjänar sju års fängelse för grovt rån, har flyttats till avdelning C.⟧
Inga övriga händelser.
=== hand-prison sv
Kriminalvården söker kriminalvårdare till häktet i Göteborg. Utbildning sker på betald arbetstid.
=== hand-church sv
Hej församlingen!
⟦religion|Jag konverterade till katolicismen förra året och vill nu gå ur Svenska kyrkan.⟧ Hur gör jag?
Hälsningar Clara Dahlberg
=== hand-church sv
Välkommen till adventskonsert i Storkyrkan söndag kl. 18. Fri entré, kollekt till Svenska kyrkans internationella arbete.
=== hand-church sv
Hej HR!
⟦religion|Jag är judisk och skulle vilja ta ledigt på Jom Kippur nästa år.⟧ Jag tar det som semester.
/Daniel Rosenberg
=== hand-sport sv
Protokoll styrelsemöte Hammarby IK damlag
§3 ⟦health|Tränaren Emma Lind opererade korsbandet i förra veckan och blir borta resten av säsongen.⟧
§4 Nya matchställ beställs i januari.
=== hand-sport sv
Hej föräldrar!
Nästa helg är det cup i Borås. Samling vid klubbstugan kl. 7.30. Glöm inte matsäck!
/Tränarna
=== hand-housing sv
Felanmälan lgh 1102
⟦health|Hyresgästen Ingvar Holm är rullstolsburen och kommer inte in i tvättstugan sedan dörrautomatiken gick sönder.⟧
=== hand-housing sv
Felanmälan lgh 1102
Hyresgästen Ingvar Holm kommer inte in i tvättstugan sedan dörrautomatiken gick sönder. Han har ringt tre gånger.
=== hand-debt sv
Samtalsanteckning inkasso
⟦criminal_records|Gäldenären Patrik Axelsson uppger att han sitter häktad och inte kan betala förrän efter rättegången.⟧
=== hand-debt sv
Samtalsanteckning inkasso
Gäldenären Patrik Axelsson uppger att han jobbar i Norge och inte kan betala förrän efter nyår.
=== hand-hr sv
Hej alla!
⟦health|Lisa är sjukskriven resten av året efter sin utmattning.⟧ Vänd er till Martin med frågor om fakturorna.
/Åsa
=== hand-hr sv
Hej Lisa!
Vi har registrerat att du är föräldraledig från och med måndag. Grattis till familjetillökningen!
/HR
=== hand-hr sv
Till lön
⟦trade_union|Mehmet Kaya har valts till huvudskyddsombud för IF Metall på verkstaden.⟧ Han ska ha tid för utbildning i januari.
=== hand-hr sv
Till lön
Mehmet Kaya har blivit ny arbetsledare på verkstaden. Han ska ha tid för ledarskapsutbildning i januari.
=== hand-it sv
Ärende #7712 - passersystem
⟦biometric|Anställd Jonas Wikström har registrerat sitt ansikte för ansiktsigenkänning vid entrén.⟧ Passerkortet spärras.
=== hand-it sv
Från 1 februari inför vi irisskanner vid datahallen. Alla med behörighet kommer att kallas till registrering.
=== hand-it sv
Ärende #7713 - passersystem
Anställd Jonas Wikström har fått ett nytt foto på passerkortet eftersom det gamla var suddigt.
=== hand-realestate sv
Hej Camilla!
⟦sexual_orientation|Köparna är Sofia och hennes fru Maja Ek, som vill tillträda den 1 april.⟧ Bolånelöfte finns.
/Erik, mäklare
=== hand-realestate sv
Hej Camilla!
Köparna är Sofia och hennes sambo Johan Ek, som vill tillträda den 1 april. Bolånelöfte finns.
/Erik, mäklare
=== hand-travel sv
Bokningsanteckning
⟦health|Resenären Karl-Erik Lund är döv och behöver skriftlig information vid ombordstigning.⟧
=== hand-travel sv
Bokningsanteckning
Resenären Karl-Erik Lund har bokat extra bagage och vill sitta vid gången.
=== hand-slack sv
Petra Öhman 08:51
⟦health|jag har fått migrän igen, jobbar hemifrån idag med släckt skärm så mycket det går⟧
Kalle Jansson 08:53
krya på dig!
=== hand-slack sv
Petra Öhman 08:51
tåget står still i Flemingsberg, jobbar hemifrån idag
Kalle Jansson 08:53
ok!
=== hand-calendar sv
Ämne: Rehabiliteringsmöte - Oskar Berg
När: tisdag 9 december 09:00
⟦health|Anteckningar: Oskar återgår till 50 % efter sin hjärtinfarkt; företagshälsovården deltar.⟧
=== hand-calendar sv
Ämne: Lönesamtal - Oskar Berg
När: tisdag 9 december 09:00
Anteckningar: Genomgång av lönekriterierna och målen för nästa år.
=== hand-outlookfwd sv
Från: Helena Strand
Skickat: den 25 november 2026 11:03
Ämne: VB: Ledighet

Hej Göran, kan han få ledigt?
> ⟦political_opinion|Peter Åkesson är kandidat för Centerpartiet i kyrkovalet och regionvalet och behöver vara med på två valmöten.⟧
=== hand-outlookfwd sv
Från: Helena Strand
Skickat: den 25 november 2026 11:03
Ämne: VB: Ledighet

Hej Göran, kan han få ledigt?
> Peter Åkesson är röstmottagare i valet och behöver vara i vallokalen hela söndagen.
=== hand-minutes sv
Protokoll Brf Lärkan 2026-11-20
§1 ⟦political_opinion|Ordförande Lena Forsberg har valts in i kommunfullmäktige för Vänsterpartiet men kvarstår som ordförande.⟧
§2 Fasadrenovering: tre offerter.
=== hand-minutes sv
Protokoll Brf Lärkan 2026-11-20
§1 Ordförande Lena Forsberg omvaldes på stämman och kvarstår som ordförande.
§2 Fasadrenovering: tre offerter.
=== hand-ocrform sv
HÄLSODEKLARATION - SIMSKOLA
Barnets namn: Alice Berg
Sjukdomar: ⟦health|epilepsi, har medicin med sig⟧
Övrigt: ________
=== hand-ocrform sv
HÄLSODEKLARATION - SIMSKOLA
Barnets namn: ________
Sjukdomar: ________
Övrigt: ________
=== hand-pdfcols sv
DOM                                          Södertörns tingsrätt
Mål B 4410-26                                 2026-11-18
⟦criminal_records|Tilltalade Robin Engström döms för misshandel till villkorlig dom och dagsböter.⟧
=== hand-html sv
Hej Ahmad!
 
Tack för att du vill vara med i vårt nätverk.
⟦sexual_orientation|Som du berättade är du gay och vill engagera dig i HBTQ-nätverket på jobbet.⟧
 
Hälsningar
Linnea | Nätverket Regnbåge
=== hand-html sv
Hej alla!
 
Välkommen på frukost i Pride-veckan på fredag kl. 8.00 i matsalen. Alla är välkomna!
 
Hälsningar
Personalklubben
=== hand-markdown sv
| Namn | Fackförbund | Avgift/mån |
|---|---|---|
| ⟦trade_union|Tobias Ek | Unionen | 260 kr|⟧
| ⟦trade_union|Malin Rydén | Sveriges Ingenjörer | 320 kr|⟧
=== hand-markdown sv
| Fackförbund | Antal anställda som är medlemmar | Avgift/mån |
|---|---|---|
| Unionen | 23 | 260 kr |
| Sveriges Ingenjörer | 11 | 320 kr |
=== hand-log sv
2026-11-30 10:01:44 INFO passage dörr=B2 kort=55120 resultat=OK
2026-11-30 10:02:10 INFO ⟦biometric|passage dörr=B2 användare=Elin Sjöberg metod=fingeravtryck mall=FP-0091 resultat=OK⟧
=== hand-csv sv
namn,avdelning,anteckning
Lars Nyman,Lager,truckkort
⟦ethnic_origin|Anna Kuoljok,Kontor,"är same från Jokkmokk och talar lulesamiska"⟧
=== hand-csv sv
namn,avdelning,anteckning
Lars Nyman,Lager,truckkort
Anna Kuoljok,Kontor,"flyttade hit från Jokkmokk i våras"
=== hand-dos sv
NAMN                 AVD  ANM
ÖBERG TORD           40   ⟦criminal_records|DÖMD FÖR RATTFYLLERI 2025, KÖRKORT ÅTERKALLAT⟧
HAGMAN SIV           40   HLR-UTBILDAD
=== hand-sms sv
Hej pappa! ⟦health|Läkaren tror att det är blindtarmen, jag ska opereras i kväll.⟧ Ring mig! /Vera
=== hand-sms sv
Hej pappa! Bilen startar inte, kan du hämta mig vid skolan? /Vera
=== hand-news sv
Regionen har under året lagt 120 miljoner kronor på psykiatrisk vård för unga, enligt en ny rapport.
=== hand-news sv
En 31-årig man greps i natt misstänkt för inbrott i en villa i Kungälv.
=== hand-news sv
⟦criminal_records|Krögaren Jonas Hedin dömdes i går till dagsböter för rattfylleri, meddelar tingsrätten.⟧
=== hand-fiction sv
I romanen följer vi Amira, som är muslim och arbetar som sjuksköterska i Rinkeby. Boken är nominerad till Augustpriset.
=== hand-advice sv
Om du har högt blodtryck bör du röra på dig varje dag och dra ner på saltet. Prata med din vårdcentral.
=== hand-policy sv
Vi behandlar aldrig uppgifter om anställdas etniska ursprung, religion eller sexuella läggning.
=== hand-template sv
Hej [NAMN]!
Vi har tagit emot din sjukanmälan från [DATUM]. Kom ihåg att friskanmäla dig när du är tillbaka.
=== hand-stats sv
Andelen anställda som är med i facket har minskat från 71 till 68 procent, visar SCB:s nya siffror.
=== hand-job sv
Svenska kyrkan i Lund söker en diakon med inriktning mot äldre. Tjänsten är på heltid.
=== hand-job sv
Till Karin Holm
Du är anställd som kurator på beroendemottagningen från 1 januari och ska stötta patienter i behandling.
=== hand-course sv
Alla anställda erbjuds HLR-utbildning den 10 december. Anmälan till receptionen.
=== hand-genetic sv
Hej Maria!
⟦genetic+health|Gentestet visade att jag bär på anlag för Huntingtons sjukdom, och jag har börjat få de första symtomen.⟧
Jag behöver prata om anpassade arbetsuppgifter. /Stefan Lönn
=== hand-genetic sv
Hej Johan!
⟦genetic|DNA-analysen i faderskapsärendet visar att du är far till Wilma.⟧
Vänliga hälsningar, Familjerätten
=== hand-genetic sv
Regionen erbjuder nu genetisk screening för ärftlig tarmcancer till släktingar till drabbade. Kontakta din vårdcentral.
=== hand-ethnic sv
Hej redaktionen!
⟦ethnic_origin|Jag är själv tornedaling och uppvuxen med meänkieli i Pajala, och jag saknade det perspektivet i reportaget.⟧
/Elina Keskitalo
=== hand-ethnic sv
Hej redaktionen!
Jag har själv jobbat som lärare i Pajala i sex år, och jag saknade lärarnas perspektiv i reportaget.
/Elina Holm
=== hand-multi sv
PM - personalärende
⟦criminal_records|Rickard Sundin har berättat att han är misstänkt för olaga hot efter ett bråk på en fest.⟧
⟦health|Han är sjukskriven för en handfraktur från samma kväll.⟧
=== hand-multi sv
Hej!
⟦ethnic_origin+religion|Jag och min man är assyrier och syrisk-ortodoxa kristna, och vi firar jul den 7 januari.⟧
Kan jag få ledigt då? /Nahrin Yakoub
=== hand-multi sv
Till arbetsplatsombudet
⟦trade_union|Jag är medlem i Vårdförbundet.⟧ ⟦health|Jag fick missfall i oktober och är fortfarande sjukskriven.⟧ Kan du följa med på mötet med chefen? /Moa Lind
=== hand-neg-named sv
Hej Peter!
Tack för din presentation om GDPR och känsliga personuppgifter. Bilderna om hälsodata och fackmedlemskap ligger på intranätet.
/Karin
=== hand-neg-named sv
Hej Anna!
Kan du boka församlingshemmet i Adolf Fredrik till julfesten? Prästen har sagt ja.
/Tomas
=== hand-neg-named sv
Hej Hussein!
Kan du tolka på arabiska vid informationsmötet för nya hyresgäster? Vi ersätter enligt taxa.
/Lena
=== hand-neg-named sv
Jonas Berg har valts till ny ordförande i Samfällighetsföreningen Ekbacken efter Ulla Nord, som avgår efter tio år.
=== hand-neg-named sv
Hej Sara!
Din kollega Olle är pappaledig från 1 januari. Du tar över hans kunder under tiden.
/Lotta
=== hand-no no
Hei Kari
⟦health|Jeg er sykmeldt ut uken på grunn av lungebetennelse.⟧ Kan du ta møtet med leverandøren på torsdag?
Hilsen Ola Haugen
=== hand-no no
Hei Kari
Jeg er på kurs ut uken i Trondheim. Kan du ta møtet med leverandøren på torsdag?
Hilsen Ola Haugen
=== hand-no no
⟦trade_union|Tone Dahl er valgt som tillitsvalgt for Fagforbundet ved sykehjemmet.⟧ Hun starter i januar.
=== hand-no no
Alle ansatte i kommunen kan melde seg inn i en fagforening. Fagforeningskontingent gir skattefradrag.
=== hand-no no
⟦political_opinion|Lars Eik er medlem av Arbeiderpartiet og sitter i bystyret i Drammen.⟧
=== hand-no no
Arbeiderpartiet holder årsmøte i Drammen i februar. Alle medlemmer er velkomne.
"""
