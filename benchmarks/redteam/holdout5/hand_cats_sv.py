"""Hand-written Swedish documents for the v5 category hold-out (each written once)."""

BANK = r"""
=== hand-fk sv
Försäkringskassan – beslut
Till: Camilla Strand
⟦H|Du har rätt till sjukpenning från den 3 november eftersom din förmåga att arbeta är nedsatt på grund av utmattningssyndrom.⟧
Beslutet gäller till och med den 31 januari 2027.

=== hand-fk sv
Försäkringskassan – beslut
Till: Camilla Strand
Du har rätt till föräldrapenning från den 3 november för ditt barn Elsa. Beslutet gäller till och med den 31 januari 2027.

=== hand-fk sv
Så ansöker du om sjukpenning: Du som är anställd får sjuklön från arbetsgivaren de första 14 dagarna. Därefter
kan du ansöka om sjukpenning hos Försäkringskassan. Läkarintyg krävs från dag 8.

=== hand-skv sv
Hej Skatteverket!
⟦R|Jag har gått ur Svenska kyrkan och konverterat till judendomen,⟧ så jag vill inte betala kyrkoavgift längre.
Hur gör jag? Mvh Daniel Levin

=== hand-skv sv
Hej Skatteverket!
Jag har flyttat från Stockholm till Malmö och undrar om min kommunalskatt ändras från januari? Mvh Daniel Levin

=== hand-skv sv
Kyrkoavgiften betalas av den som är medlem i Svenska kyrkan och tas ut via skattsedeln. Avgiften för
begravningsverksamheten betalar alla som är folkbokförda i Sverige.

=== hand-kredit sv
Handläggarens anteckning, låneärende
Sökande: Anders Kvist
⟦C|Sökanden uppger att han dömdes för grovt bedrägeri 2022 och avtjänade tio månader på Kumla,⟧ men att han sedan
dess har fast anställning. Ärendet skickas till kreditkommittén.

=== hand-kredit sv
Handläggarens anteckning, låneärende
Sökande: Anders Kvist
Sökanden har fast anställning sedan 2022 och inga betalningsanmärkningar. Ärendet beviljas enligt delegation.

=== hand-forsakring sv
Skadeärende 40-2211, telefonanteckning
Ingrid Backlund ringde. ⟦H|Hon bröt handleden när hon halkade på isen utanför Coop och är sjukskriven i sex veckor.⟧
Vi skickar blankett för olycksfallsersättning.

=== hand-forsakring sv
Skadeärende 40-2212, telefonanteckning
Ingrid Backlund ringde. Hennes mobil gick sönder när hon halkade på isen utanför Coop. Vi skickar blankett för
allriskersättning.

=== hand-forsakring sv
Sjukvårdsförsäkring via jobbet
Försäkringen gäller alla anställda och ger snabb tillgång till specialistläkare, psykolog och operation. Den
gäller inte vid kroniska sjukdomar som fanns före anställningen.

=== hand-polis sv
Polisens händelse, Uppsala: En man i 30-årsåldern greps vid 02-tiden misstänkt för misshandel utanför en
nattklubb i centrala Uppsala. Brottsoffret fördes till sjukhus med lindriga skador.

=== hand-polis sv
Förhörsprotokoll
⟦C|Misstänkt: Ludvig Ahlin. Ahlin delgavs misstanke om olaga hot och ringa narkotikabrott den 21 november kl. 14.05.⟧
Han förnekade brott.

=== hand-polis sv
Förhörsprotokoll
Målsägande: Ludvig Ahlin. Ahlin berättade att han blev hotad av en okänd man vid busshållplatsen den 21 november.
Han kunde inte beskriva mannen närmare.

=== hand-dom sv
Tingsrättens dom i korthet
⟦C|Sofia Nyqvist döms för grovt rattfylleri till fängelse i en månad och hennes körkort återkallas.⟧

=== hand-dom sv
Nämndemän sökes till Solna tingsrätt. Uppdraget innebär att döma i brottmål och tvistemål tillsammans med en
lagfaren domare. Du ska vara svensk medborgare och folkbokförd i kommunen.

=== hand-ladok sv
Till Studentavdelningen
⟦H|Jag har dyslexi och ADHD och har ett beslut om särskilt pedagogiskt stöd från Funka,⟧ men det syns inte i Ladok.
Kan ni lägga in det innan tentan på fredag? /Jonatan Lind, jonli221

=== hand-ladok sv
Till Studentavdelningen
Jag har bytt program från ekonomi till juridik, men det syns inte i Ladok. Kan ni lägga in det innan tentan på
fredag? /Jonatan Lind, jonli221

=== hand-ladok sv
Funka – stöd för studenter med funktionsnedsättning. Du som har exempelvis dyslexi, ADHD eller en psykisk
funktionsnedsättning kan få förlängd skrivtid och anpassad tentamen.

=== hand-tandvard sv
Journalanteckning, Folktandvården
Pat. Ulla Bergkvist, 68 år. ⟦H|Pat. har Sjögrens syndrom med uttalad muntorrhet och tar Salagen.⟧ Fluorlackning,
ny tid om tre månader.

=== hand-tandvard sv
Journalanteckning, Folktandvården
Pat. Ulla Bergkvist, 68 år. Ingen karies, tandsten bortagen. Fluorlackning, ny tid om tolv månader.

=== hand-djur sv
Anteckning, Djursjukhuset
Ägare: Göran Wessman. ⟦H|Göran är rullstolsburen efter en stroke, så hemtjänsten hjälper till med promenaderna.⟧ Hunden
Tessan har artros, ny smärtlindring utskriven.

=== hand-djur sv
Anteckning, Djursjukhuset
Ägare: Göran Wessman. Hunden Tessan har artros och går kortare promenader. Ny smärtlindring utskriven.

=== hand-gym sv
Till Friskis&Svettis
⟦H|Jag har fått en ny knäled i oktober och undrar om jag kan frysa mitt årskort tills rehabiliteringen är klar.⟧
Vänliga hälsningar, Barbro Holmgren

=== hand-gym sv
Till Friskis&Svettis
Jag ska jobba i Norge under vintern och undrar om jag kan frysa mitt årskort tills jag är tillbaka i maj.
Vänliga hälsningar, Barbro Holmgren

=== hand-dejting sv
Om mig (Singelklubben): ⟦S|Lesbisk tjej, 34, i Göteborg som söker en kvinna att dela vardagen med.⟧ Gillar
klättring och böcker. /Elin

=== hand-dejting sv
Om mig (Singelklubben): Tjej, 34, i Göteborg som söker någon att dela vardagen med. Gillar klättring och böcker. /Elin

=== hand-forening sv
Protokoll, årsmöte Hyresgästföreningen Fruängen
§7 Val av ordförande: Kjell Ahlberg omvaldes. ⟦PO|Kjell meddelade att han också står på Vänsterpartiets lista till kommunfullmäktige.⟧
§8 Val av kassör: Nadia Omar.

=== hand-forening sv
Protokoll, årsmöte Hyresgästföreningen Fruängen
§7 Val av ordförande: Kjell Ahlberg omvaldes. Kjell tackade för förtroendet och lovade bättre städning i tvättstugan.
§8 Val av kassör: Nadia Omar.

=== hand-hyresvard sv
Hej Stena Fastigheter!
⟦H|Min pappa Rolf, som bor i lägenhet 1102, har fått Parkinson och kan inte längre ta trapporna,⟧ finns det en ledig
lägenhet med hiss? Mvh Petra Lindh

=== hand-hyresvard sv
Hej Stena Fastigheter!
Min pappa Rolf, som bor i lägenhet 1102, vill byta till en mindre lägenhet med hiss nu när han är ensam.
Finns det något ledigt? Mvh Petra Lindh

=== hand-begravning sv
Fonus, anteckning vid planeringssamtal
Anhörig: sonen Erik Ström. ⟦R|Erik är själv aktiv i Pingstkyrkan och vill att pastorn därifrån leder akten.⟧
Kistan väljs på torsdag.

=== hand-begravning sv
Fonus, anteckning vid planeringssamtal
Anhörig: sonen Erik Ström. Akten hålls i Ängelholms krematoriums kapell utan präst, med musik av Evert Taube.
Kistan väljs på torsdag.

=== hand-advokat sv
Hej Robin,
⟦C|Åklagaren har väckt åtal mot dig för grov stöld, och huvudförhandlingen är satt till den 14 januari.⟧ Vi ses på
mitt kontor den 8 januari för att gå igenom bevisningen. Mvh Lisa Forsgren, advokat

=== hand-advokat sv
Hej Robin,
Hyresnämnden har satt förhandlingen om din hyreshöjning till den 14 januari. Vi ses på mitt kontor den 8 januari.
Mvh Lisa Forsgren, advokat

=== hand-redovisning sv
Hej Maria! ⟦TU|Johan i lagret vill ha avdrag för Unionens medlemsavgift, han blev medlem i september.⟧ Kan du lägga in det
på lönen? /Anna, ekonomi

=== hand-redovisning sv
Hej Maria! Johan i lagret vill ha avdrag för friskvårdsbidraget, han har köpt årskort på gymmet i september. Kan du
lägga in det på lönen? /Anna, ekonomi

=== hand-lon sv
Lönespecifikation november – Per Sundqvist
Månadslön 34 100,00
⟦TU|Fackavgift IF Metall -420,00⟧
Skatt -9 812,00

=== hand-kivra sv
Kivra – nytt brev till Martina Ek
⟦H|Avsändare: Beroendecentrum Stockholm. Ämne: Kallelse till uppföljning, alkoholmottagningen.⟧

=== hand-kivra sv
Kivra – nytt brev till Martina Ek
Avsändare: Region Stockholm. Ämne: Information om nya öppettider på vårdcentralerna under julhelgen.

=== hand-sms sv
Emma: hej! kan inte komma på middagen ikväll
Emma: ⟦H|har fått migrän igen och ligger i mörkret med medicin⟧
Sara: åh stackars dig, krya på dig ❤️

=== hand-sms sv
Emma: hej! kan inte komma på middagen ikväll
Emma: bilen har gått sönder och bussen går inte förrän åtta
Sara: äsch, vi ses nästa vecka då ❤️

=== hand-rost sv
Röstmeddelande till vårdcentralen (automatisk text):
"hej det är Kenneth Holm, ⟦H|jag har fått högt blodtryck och min medicin tar slut på fredag,⟧ kan doktorn förnya
receptet, tack, ring mig på mobilen"

=== hand-rost sv
Röstmeddelande till vårdcentralen (automatisk text):
"hej det är Kenneth Holm från Holms Bygg, vi ska byta fönster på er byggnad nästa vecka, ring mig när det
passar att vi börjar, tack"

=== hand-ocr sv
[OCR, inskannat brev]
Till Social-
tjänsten. ⟦H|Min son Viktor har schizo-
freni och har inte tagit sin medicin på tre veckor.⟧ Jag är mycket orolig. Mvh Gunilla Sandberg

=== hand-excel sv
Deltagarlista kickoff (från Excel):
Namn	Avdelning	Special
Lina	Marknad	-
⟦H|Tomas	IT	rullstol, behöver ramp⟧
Hedda	Marknad	glutenfritt
⟦R|Yasmin	Ekonomi	halal⟧

=== hand-excel sv
Deltagarlista kickoff (från Excel):
Namn	Avdelning	Special
Lina	Marknad	-
Tomas	IT	kommer sent
Hedda	Marknad	vegetariskt
Yasmin	Ekonomi	-

=== hand-json sv
{"arende": "LSS-2026-0412", "sokande": {"namn": "Oscar Hägg", "alder": 17},
 ⟦H|"funktionsnedsattning": "autism och måttlig intellektuell funktionsnedsättning",⟧
 "insats": "korttidsboende"}

=== hand-json sv
{"insatser": ["ledsagarservice", "korttidsboende", "daglig verksamhet"],
 "lagrum": "LSS 9 §", "handlaggningstid_dagar": 90, "kommun": "Luleå"}

=== hand-hemtjanst sv
Hemtjänst Väster, anteckning 2026-11-28
Brukare: Alvar Nyström. ⟦H|Alvar har fått en ny kateter efter prostataoperationen och behöver hjälp att tömma påsen kvällstid.⟧
Dottern kommer på söndag.

=== hand-hemtjanst sv
Hemtjänst Väster, anteckning 2026-11-28
Brukare: Alvar Nyström. Handlade åt Alvar på ICA, betalade med hans kort. Dottern kommer på söndag.

=== hand-social sv
Journalanteckning, socialtjänsten
⟦C|Mamman, Jessica Holm, är dömd för narkotikabrott och har elektronisk fotboja till och med februari.⟧ Barnen bor
hos mormor under tiden.

=== hand-social sv
Journalanteckning, socialtjänsten
Mamman, Jessica Holm, jobbar natt på Arlanda till och med februari. Barnen bor hos mormor under tiden.

=== hand-hr sv
Hej gänget! ⟦H|Ronja har opererats för en bråck och blir hemma två veckor.⟧ Hon hälsar att hon läser mejl ibland. /Karin

=== hand-hr sv
Hej gänget! Ronja har flyttat till nya huset och blir hemma två veckor för att renovera. Hon läser mejl ibland. /Karin

=== hand-hr sv
Välkommen Aslak! ⟦E|Aslak är same och kommer från en renskötarfamilj i Jokkmokk.⟧ Han börjar som GIS-tekniker på måndag.

=== hand-hr sv
Välkommen Aslak! Aslak har bott i Jokkmokk och Kiruna och börjar som GIS-tekniker på måndag.

=== hand-hr sv
Hej Lena
⟦B|Vi har registrerat din ansiktsprofil i passersystemet, så du kommer in i labbet utan kort från och med i morgon.⟧
/Säkerhet

=== hand-hr sv
Hej Lena
Ditt nya passerkort med foto ligger i receptionen från och med i morgon. /Säkerhet

=== hand-hr sv
Policy: Alla anställda har rätt att vara medlemmar i en fackförening. Chefer får inte fråga om medlemskap vid
anställningsintervjuer.

=== hand-hr sv
Om en anställd blir sjuk mer än sju dagar ska läkarintyg lämnas till närmaste chef. Rehabiliteringsansvarig kontaktar
den anställde vid fler än sex sjukfrånvarotillfällen på ett år.

=== hand-gen sv
Klinisk genetik, Akademiska sjukhuset
⟦G,H|Hej Marianne, analysen visar att du bär anlag för Huntingtons sjukdom.⟧ Vi vill träffa dig för ett uppföljande samtal.

=== hand-gen sv
Klinisk genetik, Akademiska sjukhuset, ger råd till familjer med ärftliga sjukdomar. Remiss skickas av din läkare.

=== hand-gen sv
Nationellt forensiskt centrum
⟦G|DNA-analysen visar att Andreas Björk är biologisk far till barnet.⟧ Utlåtandet skickas till tingsrätten.

=== hand-tro sv
Hej Pia! ⟦R|Jag har blivit döpt i Missionskyrkan i somras,⟧ så jag vill gärna att vi ses för ett samtal om tro på söndag. /Amanda

=== hand-tro sv
Hej Pia! Jag har börjat sjunga i kören på Kulturhuset i somras, vi har konsert på söndag, kom gärna! /Amanda

=== hand-tro sv
Svenska kyrkan i Uppsala bjuder in till julbön på julafton kl. 23. Alla är välkomna, oavsett tro.

=== hand-etnisk sv
Anteckning, Arbetsförmedlingen
⟦E|Sökanden, Milan Stojanović, är rom och har erfarenhet av kulturtolkning för romska familjer.⟧ Han söker arbete som brobyggare.

=== hand-etnisk sv
Anteckning, Arbetsförmedlingen
Sökanden, Milan Stojanović, talar serbiska, svenska och engelska och har erfarenhet av tolkning. Han söker arbete
som tolk.

=== hand-politik sv
Hej alla! ⟦PO|Jag har blivit invald i Moderaternas styrelse i Nacka,⟧ så jag kan inte vara med i fotbollsstyrelsen längre. /Fredrik

=== hand-politik sv
Hej alla! Jag har fått ett nytt jobb i Nacka med längre dagar, så jag kan inte vara med i fotbollsstyrelsen längre. /Fredrik

=== hand-politik sv
Vallokalen i Brandbergsskolan är öppen kl. 8-20 på valdagen. Röstmottagare från alla partier behövs.

=== hand-sexuell sv
Hej Jenny! ⟦S|Min man Oskar och jag kommer gärna på er inflyttningsfest!⟧ Vi tar med vin. /Jonas

=== hand-sexuell sv
Hej Jenny! Min fru Olivia och jag kommer gärna på er inflyttningsfest! Vi tar med vin. /Jonas

=== hand-sexuell sv
Företaget deltar i Stockholm Pride med en egen vagn. Alla medarbetare är välkomna att gå med.

=== hand-blank sv
Hälsodeklaration
Namn: ______________
Har du någon kronisk sjukdom? Ja ☐ Nej ☐
Tar du regelbundet läkemedel? Ja ☐ Nej ☐

=== hand-blank sv
Mall: Hej [NAMN]! Tack för ditt sjukanmälan den [DATUM]. Vi hoppas att du blir frisk snart.

=== hand-spm sv
Får min chef fråga om jag är med i facket? Svar från Unionens rådgivning: Nej, det är i regel inte tillåtet.

=== hand-spm sv
Vad händer om en anställd döms för ett brott på fritiden? Det beror på brottet och tjänsten, svarar arbetsrättsjuristen.

=== hand-nyhet sv
Kvinna, 52, döms för bidragsbrott i Gävle. Hon ska ha fått assistansersättning för timmar som aldrig utfördes.

=== hand-nyhet sv
⟦C|Förre fullmäktigeledamoten Göran Ekdahl-Wiik (S) döms för ringa narkotikabrott.⟧ ⟦PO|Ekdahl-Wiik satt för Socialdemokraterna i fullmäktige från 2018.⟧

=== hand-nyhet sv
Andelen långtidssjukskrivna har ökat med fyra procent i Sverige under 2025, visar Försäkringskassans statistik.

=== hand-lang sv
Från: Malin Stenberg
Till: Lärarlaget åk 5, Björkskolan
Ämne: Inför utvecklingssamtalen

Hej allihop!

Några saker inför vecka 49:

1. Samtalen bokas i Skolplattformen. Tolk finns att boka via expeditionen.
2. ⟦H|Adams föräldrar har berättat att han fått diagnosen epilepsi, så alla måste känna till hans anfallsplan (ligger i pärmen).⟧
3. ⟦R|Zainabs familj firar inte lucia av religiösa skäl, så hon får vara i biblioteket under repetitionen.⟧
4. Vi behöver två vuxna till skridskodagen.

Tack! /Malin

=== hand-lang sv
PROTOKOLL – personalmöte Vårdcentralen Hagaby 2026-11-20

1. Influensavaccinationen: 1 240 patienter vaccinerade hittills.
2. Bemanning: två sjuksköterskor slutar i januari; rekrytering pågår.
3. Arbetsmiljö: Vision och Vårdförbundet har fått information om omorganisationen.
4. Julbord 12 december.
5. Övrigt: Påminnelse om att inte diskutera patienter i fikarummet.

Vid protokollet: Eva

=== hand-lang sv
Hej Karin!

Tack för kortet. Här är allt som vanligt, fast ⟦H|Gunnar har fått diagnosen Alzheimer i höstas⟧ och glömmer mer och mer.
Vi har fått hemtjänst två gånger om dagen nu. ⟦TU|Jag är fortfarande aktiv i Kommunals pensionärsklubb⟧ och det
håller mig uppe. Barnbarnen har flyttat till Umeå.

Kram från Siv

=== hand-bio sv
Hej Oskar!
⟦B|Ditt fingeravtryck är nu inläst i låset till vapenskåpet på skjutbanan, så du behöver inte hämta nyckeln längre.⟧
/Jaktskyttesektionen

=== hand-bio sv
Hej Oskar!
Din nya nyckel till vapenskåpet på skjutbanan ligger hos kassören. /Jaktskyttesektionen

=== hand-bio sv
Logg, passersystem labb B
⟦B|2026-11-29 07:41 metod=IRIS användare=Helena Ström resultat=godkänd⟧
⟦B|2026-11-29 07:44 metod=IRIS mall=registrerad 2026-09-12 användare=Tomas Vik resultat=godkänd⟧
2026-11-29 08:02 metod=KORT användare=Eva Lund resultat=godkänd

=== hand-gen2 sv
Hej Annika!
⟦G|Släktforskningstestet visar att du och Lars Ek är halvsyskon på fädernet.⟧ Ni delar 25 procent av DNA:t.
Vänliga hälsningar, DNA-tjänsten

=== hand-gen2 sv
Nu kan du beställa vårt DNA-test för släktforskning till rabatterat pris. Resultatet visar din härkomst och möjliga
släktingar. Erbjudandet gäller till jul.

=== hand-politik2 sv
Hej grannar!
⟦PO|Jag heter Lina Bergqvist och kandiderar för Liberalerna i regionvalet,⟧ så ni kommer att se mina affischer på
Storgatan. Välkomna till valstugan på lördag!
"""
