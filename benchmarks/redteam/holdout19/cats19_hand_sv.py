"""Swedish hand-written documents of the v19 categories hold-out (markup: ``cats19_markup.py``; ``=== family lang``
starts a document). Written for this set; people are invented."""

BANK = """
=== hand-social sv
Annika Ström Berggren
2 tim ·
Ett år sedan operationen idag 🙏 {{⟦health|Bröstcancern är borta men cellgifterna sitter fortfarande i kroppen, så jag går ner i tid ett tag till⟧.||Flytten är klar men kartongerna står fortfarande i hallen, så jag tar semester ett tag till.}} Tack för alla hälsningar!
Gilla · Kommentera

=== hand-social sv
Jimmy Lindqvist
{{⟦political_opinion|Nu är det officiellt: jag står på Kristdemokraternas lista till kommunfullmäktige i Skellefteå!⟧||Nu är det officiellt: jag står på startlistan till Vasaloppet från Sälen!}} Rösta på mig 😄
💬 34 kommentarer

=== hand-social sv
Kommentarer
Ulla Berg: Jag tycker att skolan ska vara fri från religion, punkt.
Mats Engström: Men då får väl skolavslutningen flyttas från kyrkan också?
Ulla Berg: Ja varför inte
Lena Kvist: Det har ni diskuterat i tre år nu 😂

=== hand-social sv
Erik Sandberg Wahl
Vi har bott ihop i fem år nu och igår friade jag! {{⟦sexual_orientation|Min pojkvän Johan sa ja innan jag ens hann ner på knä⟧||Min flickvän Johanna sa ja innan jag ens hann ner på knä}} 💍 Bröllop nästa sommar på Gotland.

=== hand-social sv
Instagram · Linnea Jarl (@linnea.jarl)
{{⟦health|Dag 14 utan alkohol. Behandlingen på beroendemottagningen är tuffare än jag trodde⟧ men jag ger inte upp.||Dag 14 utan socker. Utmaningen med jobbarkompisarna är tuffare än jag trodde men jag ger inte upp.}} #nyttliv

=== hand-forum sv
Forum › Hälsa › Diabetes
Ämne: Någon som fått Ozempic utskrivet?
Skrivet av: karin_h_lund (Karin H. Lund)
{{⟦health|Jag har typ 2-diabetes och läkaren skrev ut Ozempic i förra veckan⟧.||Min svärmor undrar om Ozempic säljs receptfritt, hon har läst om det i tidningen.}} Hur lång tid tar det innan illamåendet går över?
Svar från pelle_s: Några veckor för mig.

=== hand-forum sv
Tråd: Utträde ur Svenska kyrkan – hur lång tid?
Inlägg av anders.bergkvist (Anders Bergkvist)
{{⟦religion|Jag gick ur Svenska kyrkan i september⟧||Jag läste om utträden på Skatteverkets sida i september}} men kyrkoavgiften står kvar på lönespecen. Måste man kontakta församlingen?
Svar: Det tar upp till två månader.

=== hand-forum sv
Forum › Privatekonomi
Ämne: Fackavgift avdragsgill?
Hej! Stämmer det att man kan få skattereduktion för fackavgift igen? Jag hittar inget på Skatteverket. Vad gäller för a-kassan?
/ nyfiken i Borås

=== hand-chat sv
SMS · Pappa
Pappa: Hämtar du Elsa på fotbollen?
Pappa: {{⟦health|Jag är kvar på dialysen till sex⟧||Jag är kvar på kontoret till sex}}
Jag: Ja fixar det
Pappa: Tack gumman
(Telefonen tillhör Maria Östlund)

=== hand-chat sv
Messenger – "Kusinerna 🎄"
Hanna Eklöf: Julafton hos oss i år?
Rami Haddad: {{⟦religion|Vi firar ortodox jul den 7 januari med kyrkan i Södertälje, men vi kommer gärna på glöggen⟧||Vi firar hos svärföräldrarna den 24 december i Södertälje, men vi kommer gärna på glöggen}}
Hanna Eklöf: Perfekt ❤️

=== hand-chat sv
Teams – Ekonomi Göteborg
Sofia Andersson 09:40
Ska vi boka lunch på fredag?
Yusuf Abdi 09:42
{{⟦religion|Jag kan inte på fredag, jag går till moskén på fredagsbönen⟧||Jag kan inte på fredag, jag går till tandläkaren på lunchen}}
Sofia Andersson 09:42
Torsdag då?

=== hand-chat sv
Teams – Kundtjänst
Petra Lund 13:01
Någon som vet var nyckeln till bönerummet finns? En kund frågade.
Johan Ek 13:03
Receptionen har den. Rummet är öppet för alla.

=== hand-service sv
Samtalslogg – Folksam, skadeavdelningen
Handläggare: Du pratar med Linda. Vad heter du?
Kund: Bengt Åkesson.
Kund: {{⟦health|Jag fick en hjärtinfarkt i Spanien och vill veta om reseförsäkringen täcker sjukhuset i Málaga⟧.||Jag fick en stöld i Spanien och vill veta om reseförsäkringen täcker kameran som försvann i Málaga.}}
Handläggare: Jag kollar villkoren.

=== hand-service sv
Chatt – Telia kundtjänst
Kund (Marie Holmgren): Hej, mitt bredband har legat nere sedan i morse
Agent Kevin: Hej Marie! Det är en driftstörning i Sundbyberg, beräknas klar 16.00
Kund (Marie Holmgren): ok, får man nån ersättning?
Agent Kevin: Ja, vi krediterar automatiskt en dag.

=== hand-service sv
Samtalsanteckning – Handelsbanken
Kund: Gunilla Roos
{{⟦biometric|Kunden har registrerat röstavtryck och verifieras från och med nu med sin röst i telefonbanken⟧.||Kunden har registrerat ny mobil och verifieras från och med nu med BankID i telefonbanken.}}
Övrigt: ingen åtgärd.

=== hand-service sv
Apotek Hjärtat – kundtjänst, chatt
Kund: Hej jag har beställt Alvedon och ögondroppar men fått fel paket
Apotek: Hej! Vi skickar rätt paket idag, du kan behålla det andra.
Kund: Tack! /Eva

=== hand-service sv
Apoteket – telefonanteckning
Stig Hammar ringde 10.05. {{⟦health|Han frågar om hans Levaxin mot den underaktiva sköldkörteln kan skickas till Ljusdal⟧ i stället för hem.||Han frågar om hans beställning av solkräm och plåster kan skickas till Ljusdal i stället för hem.}} Svar: ja.

=== hand-service sv
SAS kundtjänst – chattsammanfattning
Resenär: Fatima Rahimi, bokning 4ZQ8LM
{{⟦religion|Resenären önskar halalmåltid (MOML) på båda sträckorna eftersom hon följer islamiska kostregler⟧.||Resenären önskar fönsterplats på båda sträckorna eftersom hon vill se fjällen.}}
Ändringsavgift: 0 kr.

=== hand-review sv
MEDARBETARSAMTAL 2026
Medarbetare: Oskar Nyström, montör
Chef: Karin Wallin
{{⟦trade_union|Oskar är vald skyddsombud för IF Metall på monteringen och vi gick igenom hur hans uppdrag påverkar schemat⟧.||Oskar är vald brandskyddsansvarig på monteringen och vi gick igenom hur hans uppdrag påverkar schemat.}}
Mål: utbildning i truck och lyft.

=== hand-review sv
Utvecklingssamtal – anteckningar
Medarbetare: Jenny Sjöberg
{{⟦health|Jenny berättar att hennes hörselnedsättning gör öppna landskapet jobbigt och hon har fått nya hörapparater⟧.||Jenny berättar att hennes pendling gör tidiga möten jobbiga och hon har fått ett nytt busskort.}}
Åtgärd: tyst rum vid behov.

=== hand-exit sv
Avgångssamtal
Medarbetare: Tobias Ek, säljare
Anledning: {{⟦health|Tobias slutar för att han har utmattningssyndrom och hans läkare avråder från säljjobb med provision⟧.||Tobias slutar för att han har fått ett jobb med fast lön och kortare resväg i Uppsala.}}
Skulle rekommendera oss: ja, med reservation.

=== hand-exit sv
Avgångssamtal – mall
Fråga om anledningen men tvinga inte fram svar. Anteckna inte hälsa, religion, facklig tillhörighet eller politiska åsikter om medarbetaren inte själv vill det.

=== hand-whistle sv
Visselblåsarrapport 2026-11
Rapporten gäller: inköpare Magnus Hedberg, Norrköping
{{⟦criminal_records|Enligt rapporten är Magnus Hedberg dömd för mutbrott 2022 och sköter nu alla upphandlingar⟧.||Enligt rapporten har Magnus Hedberg tagit emot julklappar från leverantörer och sköter nu alla upphandlingar.}}
Rapportören är anonym.

=== hand-whistle sv
Visselblåsarfunktionen – årsredovisning
Under 2025 kom 9 rapporter: 4 om trakasserier, 2 om jäv, 3 utanför tillämpningsområdet. En har polisanmälts. Inga personer pekas ut.

=== hand-survey sv
Medarbetarenkät 2026 – fritext (namn anges frivilligt)
Namn: Helena Borg, lager
{{⟦health|Jag har fibromyalgi och de kalla lokalerna gör ont⟧||Jag har långt till jobbet och de kalla lokalerna gör det inte bättre}}. Annars trivs jag.

=== hand-survey sv
Kursutvärdering (anonym)
Svar 4: Jag har dyslexi och hann inte läsa allt före tentan.
Svar 5: Bra föreläsare!
Svar 6: Mer tid för grupparbetet.

=== hand-interview sv
Intervju 3 – transkription (deltagaren har godkänt namn)
I: Hur kom du in i föreningslivet?
Sirkka Mäkelä: {{⟦ethnic_origin|Jag är tornedaling från Pajala, och i meänkieliföreningen kände jag mig hemma direkt⟧.||Jag är pensionär från Pajala, och i bridgeklubben kände jag mig hemma direkt.}}
I: Och idag?
Sirkka Mäkelä: Jag är kassör.

=== hand-interview sv
Intervju IP 11 – transkription
I: Vad hände efter domen?
IP 11: Jag fick fotboja i fyra månader. Jobbet visste inget.
I: Hur påverkade det familjen?
IP 11: Barnen tyckte det var spännande.

=== hand-dating sv
Profil: Malin, 41, Västerås
{{⟦sexual_orientation|Tjej som söker tjej för långa promenader och kanske något mer⟧||Tjej som söker kille för långa promenader och kanske något mer}}. Gillar katter, bad och Melodifestivalen (förlåt).

=== hand-dating sv
Kontaktannons, Dagen
{{⟦religion|Troende man, 62, medlem i pingstförsamlingen i Jönköping, söker en kvinna som delar tron⟧||Pigg man, 62, medlem i golfklubben i Jönköping, söker en kvinna som delar intresset}}. Svar till Rolf Nilsson via tidningen.

=== hand-obituary sv
Vår älskade
Gösta Lindgren
* 3 mars 1944 † 20 november 2026
Efter en lång tids sjukdom i Parkinson somnade han lugnt. Han var trogen medlem i Centerpartiet och i Byggnads i över femtio år.
Begravningen äger rum i Hova kyrka.
Birgitta, Anna och Peter med familjer

=== hand-obituary sv
Minnessida – Maj-Britt Olofsson (1940–2026)
Skrivet av dottern Carina Olofsson:
Mamma lärde mig baka och sjunga. {{⟦health|Själv är jag sjukskriven för depression sedan i våras, så hennes samtal varje kväll betydde allt⟧.||Själv är jag utstationerad i Bryssel sedan i våras, så hennes samtal varje kväll betydde allt.}}
Tänd ett ljus 🕯️

=== hand-podcast sv
[Transkription, poddavsnitt "Andra chansen" #22]
PROGRAMLEDARE: Dagens gäst är snickaren Robin Ahlgren.
ROBIN AHLGREN: {{⟦criminal_records|Jag dömdes för rån när jag var tjugo och satt tre år på Kumla⟧.||Jag gick bygg när jag var tjugo och jobbade tre år i Kumla.}}
PROGRAMLEDARE: Hur kom du vidare?

=== hand-podcast sv
[Transkription, YouTube "Privatekonomi för alla", avsnitt 9]
Hej! Idag pratar vi om fackföreningar. Vad kostar det, vad får man, och varför ska man ha både facket och a-kassan? Vi jämför Unionen, Vision och några gula alternativ.

=== hand-newscomment sv
Kommentarer: "Kommunen höjer skatten med 35 öre"
Lars-Åke Persson: {{⟦political_opinion|Jag har röstat på Sverigedemokraterna i tre val och gör det igen⟧.||Jag har bott i den här kommunen i tre decennier och flyttar aldrig.}}
Maria Selin: Skatten behövs till äldreomsorgen.

=== hand-newscomment sv
Kommentarer: "Fler söker hjälp för spelberoende"
Kent Ljung: Spelbolagen borde förbjudas att göra reklam.
Anneli Dahl: Håller med, min granne har läst om det.

=== hand-tenants sv
BRF Linblomman – styrelseprotokoll 2026-10-14
Närvarande: Eva (ordf), Karim, Lotta, Nils
§ 4 {{⟦health|Medlemmen Ingrid Svensson har ALS och behöver en automatisk dörröppnare i trapphus B⟧.||Medlemmen Ingrid Svensson önskar en automatisk dörröppnare i trapphus B för barnvagnarnas skull.}} Styrelsen tar in offert.
§ 5 Tvättstugan: ny bokningstavla.

=== hand-tenants sv
Hyresgästföreningen lokalförening Rinkeby – nyhetsbrev
Julfest i samlingslokalen 13 december. Maten är halal och vegetarisk så att alla kan äta. Anmälan till Lotta i port 4.

=== hand-club sv
IK Sirius Innebandy – styrelsemöte
§ 6 {{⟦criminal_records|Utdraget ur belastningsregistret för ny ledare Daniel Falk visar en dom för barnpornografibrott, och han kan därför inte bli ledare för P12⟧.||Utdraget ur belastningsregistret för ny ledare Daniel Falk visar inga noteringar, och han kan därför bli ledare för P12.}}
§ 7 Hallen stänger påsklovet.

=== hand-club sv
Hammarby IF Friidrott – medlemsinfo
Från 1 januari har vi nya dörrar med fingeravtrycksläsare på klubbhuset. Du väljer själv om du vill registrera fingeravtryck eller använda tagg. Inga uppgifter lämnas ut.

=== hand-counselling sv
Studievägledning – anteckning
Student: Alva Nordin, socionomprogrammet termin 3
{{⟦health|Alva berättar att hon har bipolär sjukdom och har varit inlagd i två veckor, och hon vill skjuta upp praktiken⟧.||Alva berättar att hon har ett extrajobb på helger och har varit på resa i två veckor, och hon vill skjuta upp praktiken.}}
Uppföljning: januari.

=== hand-counselling sv
Studievägledning – anteckning
Student: Viktor Hallberg
Viktor vill byta till ekonomprogrammet. Vi gick igenom behörighet och sista ansökningsdag. Han återkommer.

=== hand-jobcenter sv
Arbetsförmedlingen – anteckning
Arbetssökande: Jonas Wikström
{{⟦criminal_records|Jonas är villkorligt frigiven från anstalten Hall sedan oktober och har övervakning av frivården⟧, och han vill jobba inom bygg.||Jonas är klar med sin yrkesutbildning på Hall sedan oktober och har körkort för lastbil, och han vill jobba inom bygg.}}
Nästa kontakt: vecka 2.

=== hand-jobcenter sv
Arbetsförmedlingen – anteckning
Arbetssökande: Aila Baltzar
{{⟦ethnic_origin|Aila berättar att hon är rom och har mött fördomar i intervjuer⟧. ⟦health|Hon har även epilepsi och kan inte köra bil⟧.||Aila berättar att hon är undersköterska och har mött långa köer i intervjuer. Hon har även barn och kan inte jobba natt.}}
Åtgärd: matchning mot vården.

=== hand-caselaw sv
Arbetsdomstolens dom (sammanfattning)
{{⟦trade_union|AD fann att Hanna Björklund sagts upp för att hon som klubbordförande i Handels drev krav på kollektivavtal⟧.||AD fann att arbetstagaren sagts upp för att klubben drev krav på kollektivavtal; arbetstagaren är anonymiserad i domen.}} Arbetsgivaren ska betala skadestånd.

=== hand-caselaw sv
Hovrättens dom (sammanfattning)
{{⟦criminal_records|Hovrätten dömde Patrik Lundgren till fängelse i två år för grovt bedrägeri mot äldre⟧.||Hovrätten dömde den tilltalade (AA) till fängelse i två år för grovt bedrägeri mot äldre.}} Domen har överklagats.

=== hand-caselaw sv
DO:s beslut (sammanfattning)
En man med samisk bakgrund nekades hyra en stuga. DO fann att det var diskriminering på grund av etnisk tillhörighet. Parterna är anonymiserade.

=== hand-social sv
Facebook · Nils-Erik Kuoljok
{{⟦ethnic_origin|Som same och renskötare i Jokkmokk är jag trött på att höra att vi inte finns⟧||Som pensionär och fiskare i Jokkmokk är jag trött på att höra att vägen inte plogas}}. Kom till mötet i kväll.

=== hand-social sv
LinkedIn · Sara Olausson
{{⟦genetic|Jag fick beskedet från klinisk genetik att jag bär på BRCA1, precis som mamma⟧. Jag har tagit beslutet att operera mig förebyggande och vill dela det här.||Jag fick beskedet från rekryteringen att jag börjar på onkologen, precis som mamma. Jag har tagit beslutet att flytta hem och vill dela det här.}}

=== hand-chat sv
SMS · Syrran
Syrran: Vad sa genetikern?
Jag: {{⟦genetic|Jag bär anlag för hemokromatos. Inte sjuk, men ska lämna blodprov varje år⟧||Inget ännu, provet skickades till fel labb. Ska lämna nytt blodprov nästa vecka}}
Syrran: Ring mig ikväll
(Mobilen tillhör Emma Rosén)

=== hand-service sv
Gym – medlemsservice, e-postsvar
Hej Kristoffer Palm!
{{⟦biometric|Ditt ansikte är nu registrerat i vår incheckning, så du kommer in utan kort från och med måndag⟧.||Ditt nya kort är nu registrerat i vår incheckning, så du kommer in utan app från och med måndag.}}
Hälsningar, Friskis Kundservice

=== hand-chat sv
Teams – Anders Molin & Petra Wik
Anders Molin: Kan du ta mötet med Unionen-klubben på torsdag?
Petra Wik: {{⟦trade_union|Ja, jag är ju med i Unionen själv sedan i våras⟧||Ja, jag är ju ledig från kundmötet ändå sedan i våras}}
Anders Molin: Toppen

=== hand-survey sv
Enkät till föreningens medlemmar – fritext
Namn: Bertil Holm
{{⟦political_opinion+trade_union|Jag sitter i Vänsterpartiets styrelse i Luleå och är aktiv i Seko, så jag hoppas att föreningen tar ställning mot nedläggningen⟧.||Jag sitter i föreningens styrelse sedan 2019 och är aktiv i matlaget, så jag hoppas att föreningen tar ställning mot nedläggningen.}}

=== hand-review sv
Utvecklingssamtal – chefens anteckningar
Medarbetare: Mikael Forsberg
{{⟦sexual_orientation+health|Mikael berättade att hans man Daniel ska opereras för en hjärntumör i januari och att han behöver vara hemma⟧.||Mikael berättade att hans svåger Daniel ska flytta till Umeå i januari och att han behöver hjälpa till.}}
Vi ses igen i mars.

=== hand-service sv
Mobiloperatör – kundtjänst, ärendelogg
Kund: Leila Haddad Strand, nytt abonnemang
{{⟦biometric|Kundens identitet kontrollerades med ansiktsigenkänning mot passfotot i appen, och hennes ansiktsmall sparas i 30 dagar⟧.||Kundens identitet kontrollerades med BankID i appen, och hennes beställning sparas i 30 dagar.}}
Leverans: SIM-kort med post.

=== hand-social sv
Facebook · Karin Lövgren
Stödgalan för Bröstcancerfonden gick av stapeln igår i Folkets Hus! Vi samlade in 48 000 kr. Tack alla som kom, sjöng och bakade.
"""
