"""Hand-written Swedish documents of the v13 categories hold-out (markup: ``cats13_markup.py``; ``=== family lang``
starts a document). Genres new to v13: home-insurance claims, lost property at SL and Västtrafik, Swish
fundraisers, advice columns, Google reviews, exit interviews, whistleblower reports, prison-visit bookings, housing
queue applications, exam arrangements, "studentmössa" yearbooks, funeral wishes ("Vita arkivet"), parish-council
minutes, genetic-counselling and IVF letters, hearing-care reminders, customer-service chats, Discord, TV listings,
horoscopes, crosswords, package leaflets, museum labels, tenant complaints and allotment newsletters."""

BANK = """
=== hand-pair sv
Skadeanmälan hemförsäkring – Länsförsäkringar
Försäkringstagare: Josefin Åkerlund, Storgatan 9, Skellefteå
Händelse: vattenläcka från diskmaskinen den 12 februari.
{{⟦health|Förstört: min CPAP-apparat som jag använder varje natt för min sömnapné, samt mattan i köket.⟧||Förstört: min robotdammsugare som stod på golvet, samt mattan i köket.}}

=== hand-pair sv
Hittegods SL – Tekniska högskolan, vecka 7
Upphittat på tunnelbanan: brun handväska, visitkort "Rebecka Saarinen". {{⟦health|I väskan fanns ett EpiPen-kort där det står att hon har svår jordnötsallergi.⟧||I väskan fanns ett gymkort och en pocketbok av Camilla Läckberg.}}
Hämtas på Hittegodsexpeditionen, Klara Östra Kyrkogata.

=== hand-pair sv
Insamling via Swish: Hjälp Ibrahim hem till sin familj
{{⟦political_opinion|Ibrahim Osman sitter fängslad i Eritrea för att han var med i oppositionsrörelsen och skrev mot regeringen.⟧ Pengarna går till advokatkostnader.||Ibrahim Osman har fått uppehållstillstånd i Sverige och vill flyga hem till sin familj i Eritrea på besök. Pengarna går till biljetterna.}}
Swisha till 123 456 78 90, märk "Ibrahim".

=== hand-pair sv
Fråga Doktorn – Aftonbladet Plus
"Jag heter Oskar, 29, och {{⟦health|har haft panikattacker sedan jag blev sjukskriven för utmattningssyndrom i höstas⟧||har börjat springa på morgnarna sedan jag bytte jobb i höstas}}. Vad kan jag göra för att sova bättre?"

=== hand-pair sv
Google-recension – Klätterverket Göteborg ★★★☆☆
Henrik Sjöqvist skrev: {{⟦biometric|Min fingeravtrycksregistrering i entrégrinden försvann efter uppdateringen, så jag fick registrera fingret igen i kassan.⟧||Mitt medlemskort slutade fungera efter uppdateringen, så jag fick ett nytt kort i kassan.}} Annars bra ställe.

=== hand-pair sv
Avgångssamtal – anteckningar HR
Medarbetare: Lovisa Engström, kundtjänst
{{⟦trade_union|Lovisa uppger att hon som förtroendevald för Unionen ofta fick höra att hon "förstörde stämningen" på möten.⟧||Lovisa uppger att hon som ny teamledare ofta fick höra att hon "förstörde stämningen" med sina schemaändringar.}}
Sista arbetsdag: 30 april.

=== hand-pair sv
Visselblåsarärende 14/2026 – sammanfattning
Ärendet rör ekonomiassistent Patrik Nordlund.
{{⟦criminal_records|Anmälaren uppger att Patrik Nordlund dömdes för grovt bedrägeri 2022 och har avtjänat sitt straff på anstalten Kumla.⟧||Anmälaren uppger att Patrik Nordlund ofta beställer lunch på företagets konto utan godkännande.}}

=== hand-pair sv
Besöksbokning – Kriminalvården
Besökare: Marie Holmström (syster)
{{⟦criminal_records|Intagen: Dennis Holmström, anstalten Hall. Besök i besöksrum 3, söndag 10.00–12.00.⟧||Anställd: Dennis Holmström, frivården i Södertälje. Studiebesök med anhöriggruppen, söndag 10.00–12.00.}}

=== hand-pair sv
Bostadskö – ansökan om förtur, Uppsalahem
Sökande: Gunnel Wiklund
{{⟦health|Skäl: Jag har MS och använder rullator, och min nuvarande lägenhet ligger på fjärde våningen utan hiss.⟧||Skäl: Jag har fått jobb på Akademiska sjukhuset, och min nuvarande lägenhet ligger i Enköping.}}

=== hand-pair sv
Gymnasiet – anpassning vid nationella prov
Elev: Elias Granqvist, NA22b
{{⟦health|Elias har autism och skriver provet i ett eget rum med hörselkåpor och förlängd tid.⟧||Elias är tävlingsskytt och skriver provet i ett eget rum på onsdag eftersom han är på SM under ordinarie provdag.}}

=== hand-pair sv
STUDENTKATALOGEN 2026 – Te3c
Wilma Eklund: Klassens kompass, alltid först på plats. {{⟦political_opinion|Wilma är ordförande i Grön Ungdom i Lund och har knackat dörr inför varje val.⟧||Wilma är ordförande i elevkåren i Lund och har ordnat varje skolbal.}} Lycka till på Chalmers!

=== hand-pair sv
Vita arkivet – mina önskemål (Ruth Blomqvist, 68 år, skrivet i livet)
{{⟦religion|Jag vill ha en judisk begravning på Mosaiska församlingens begravningsplats i Malmö, och min son Daniel ska säga kaddish.⟧||Jag vill att min aska sprids i Öresund, och min son Daniel ska spela Evert Taube vid minnesstunden.}}

=== hand-pair sv
Klinisk genetik, Sahlgrenska
Till: Annika Rosengren
{{⟦genetic+health|Analysen visar att du har en sjukdomsorsakande variant i BRCA2, vilket innebär en kraftigt förhöjd risk för bröstcancer och äggstockscancer.⟧||Din remiss har inkommit och du erbjuds ett första samtal med genetisk vägledare den 3 juni.}}

=== hand-pair sv
Livio Fertilitetscentrum
Hej Tobias Wahlberg och Jonatan Ali! {{⟦sexual_orientation|Vi har nu matchat er med en surrogatbyrå i Kanada, som ni bad om efter er vigsel i våras.⟧||Vi har nu flyttat ert informationsmöte till måndag, eftersom läkaren blivit sjuk.}}

=== hand-pair sv
Påminnelse från Hörselkliniken Västerås
Hej Bengt Ohlsson! {{⟦health|Din hörapparat för ditt vänstra öra ska justeras, och vi gör om hörseltestet som visade måttlig hörselnedsättning.⟧||Din presentkortsrabatt på batterier gäller till den sista mars.}}

=== hand-pair sv
Chattlogg – Telia kundtjänst
Kund (Sara Lindkvist): Hur loggar jag in på Mina sidor?
Agent: {{⟦biometric|Du registrerade ditt ansikte i appen i förra veckan, så du loggar in genom att titta i kameran.⟧||Du loggar in med BankID eller med ditt kundnummer och ett lösenord.}}

=== hand-pair sv
#allmänt på Discord-servern "Lunds brädspelare"
[21:02] bjornfrost: {{⟦ethnic_origin|jag är same från Jokkmokk och min pappa har renar, så jag försvinner under kalvmärkningen i juni⟧||jag är från Jokkmokk och min pappa har en stuga, så jag försvinner till fjällen i juni}}
[21:03] gamla_mia: ok vi skjuter kampanjen

=== hand-pair sv
Kyrkorådets protokoll, Torslanda församling
§ 7 {{⟦religion|Mikael Strand, som har konverterat från islam, önskar bli döpt vid påskvakan.⟧||Mikael Strand, som har arbetat som vaktmästare i 20 år, går i pension vid påsk.}}
§ 8 Nya stolar till församlingshemmet.

=== hand-pair sv
Vaccinationsintyg – Vaccinationscentralen Malmö
Namn: Jelena Petrović
{{⟦health|Obs: inga levande vacciner på grund av pågående cytostatikabehandling mot leukemi.⟧||Obs: hepatit A-vaccin givet, dos två om sex månader inför resan till Vietnam.}}

=== hand-pair sv
Recension på Reco – Frisörsalong Lugna Gatan ★★★★★
Jag heter Veronica och {{⟦health|har alopeci efter min cellgiftsbehandling, och de hjälpte mig välja peruk⟧||skulle på bröllop i lördags, och de hjälpte mig med en uppsättning}}. Bästa bemötandet!

=== hand-pair sv
Inlägg i Facebookgruppen "Vi i Gottsunda"
Hej grannar! Jag heter Kenneth och bor på Valthornsvägen. {{⟦criminal_records|Jag har precis muckat efter två år för narkotikabrott och vill bara säga att jag gärna hjälper till med gräsklippningen.⟧||Jag har precis gått i pension efter 40 år på Posten och vill bara säga att jag gärna hjälper till med gräsklippningen.}}

=== hand-pair sv
Församlingsbladet, Gustav Vasa församling
{{⟦religion|Vi välkomnar Hamid Karimi, som döptes i våras och nu går konfirmationsläsning med vuxengruppen.⟧||Vi välkomnar Hamid Karimi, som har anställts som ny organist och börjar till pingst.}}

=== hand-pair sv
Lönespecifikation, april 2026 – Anders Fagerström
Månadslön 31 800,00
{{⟦trade_union|Fackavgift Byggnads -498,00⟧||Friskvård, massage -250,00}}
Skatt -8 904,00

=== hand-pair sv
Protokoll, föräldraföreningen Björkdalens förskola
{{⟦political_opinion|Kassör Hanna Forsell meddelade att hon kandiderar för Vänsterpartiet i kommunvalet och lämnar styrelsen.⟧||Kassör Hanna Forsell meddelade att hon får tvillingar i augusti och lämnar styrelsen.}}

=== hand-pair sv
SMS från Apotek Hjärtat
Hej Maja! Din beställning är klar att hämta: {{⟦health|Levaxin 100 mikrogram och Metformin 500 mg⟧||Solkräm SPF 30 och tandkräm}}. Välkommen!

=== hand-pair sv
Omdöme på Blocket – köpare Alexander Ring
{{⟦criminal_records|Säljaren vägrade sälja när han såg att jag har en dom för olaga hot på mig i belastningsregistret, men det står ju inte i annonsen.⟧||Säljaren vägrade sälja när han såg att jag bara hade 20-sedlar, men det står ju inte i annonsen.}}

=== hand-pair sv
Veckobrev från klass 4B, Skäggetorpsskolan
{{⟦religion|Aisha är ledig fredag för att fira eid al-fitr med sin familj.⟧||Aisha är ledig fredag för att åka till sin mormors 80-årsdag i Gävle.}} Glöm inte gympakläder!

=== hand-pair sv
Klubbnytt, Hammarby Damfotboll veteraner
{{⟦sexual_orientation|Grattis till målvakten Linda Ek som gifte sig med sin Therese på Skansen i juli!⟧||Grattis till målvakten Linda Ek som gifte sig med sin Tomas på Skansen i juli!}}

=== hand-pair sv
Offert – Bröderna Nyströms Flytt
Kund: Sven-Åke Lundin, Norrköping
{{⟦health|Notering: Kunden har Parkinsons sjukdom och behöver hjälp med packning av köket och el.⟧||Notering: Kunden har en flygel och behöver hjälp med bärning till tredje våningen.}}
Pris: 12 400 kr efter RUT-avdrag.

=== hand-pair sv
Passansökan – kvitto, Polisen Sundsvall
Sökande: Dragana Ilić
{{⟦biometric|Fingeravtryck och ansiktsbild har tagits och skickats för tillverkning.⟧||Avgiften på 400 kr är betald och ansökan har skickats för tillverkning.}}

=== hand-pair sv
Insändare i tidningen Kommunalarbetaren
Av Gunilla Strömberg, undersköterska i Kiruna. {{⟦trade_union|Som medlem i Kommunal sedan 1989 förstår jag inte varför förbundet sa ja till avtalet.⟧||Som undersköterska sedan 1989 förstår jag inte varför kommunen sa ja till det nya schemat.}}

=== hand-pair sv
Sommarlägret Tallbacken – anmälan
Barn: Ebbe Lindahl, 10 år
{{⟦genetic+health|Hälsa: Ebbe har ärftlig blödarsjuka (hemofili A), bekräftad med gentest, och har med sig faktorpreparat.⟧||Hälsa: Ebbe simmar bra och har med sig egen flytväst och snorkel.}}

=== hand-pair sv
Radiolyssnare ringer in – P4 Norrbotten (utskrift)
"Hej, jag heter Eero och bor i Pajala. {{⟦ethnic_origin|Jag är tornedaling, och vi pratar meänkieli hemma med barnen.⟧||Jag är snickare, och vi bygger om skolan hemma i byn.}}"

=== hand-neg sv
Bipacksedel – Alvedon 500 mg (utdrag)
Tala med läkare innan du tar Alvedon om du har nedsatt leverfunktion, dricker alkohol regelbundet eller är gravid. Förvaras utom syn- och räckhåll för barn.

=== hand-neg sv
TV-tablå, SVT1 ikväll
20.00 Tunna blå linjen: Sara och Jesper griper en man som misstänks för misshandel.
21.00 Solsidan: Alex får ont i ryggen och Ove vägrar gå till vårdcentralen.
22.00 Dokument inifrån: Gängen och kyrkan.

=== hand-neg sv
HOROSKOP – Skorpionen
Veckan bjuder på andlig klarhet. En gammal förälskelse kan dyka upp, och din hälsa mår bra av promenader. Rösta med hjärtat när familjen ska bestämma semestern.

=== hand-neg sv
Korsord v. 8 – lodrätt
3. Fackförbund för metallarbetare (2 ord)
8. Sjukdom i lederna (4)
11. Parti med blomman som symbol (11)
15. Den heliga skriften (6)

=== hand-neg sv
Historiska museet – montertext
Silverkors och torshammare i samma grav visar att människor i Birka blandade tro. Skelettet har spår av ledgångsreumatism och en läkt armfraktur.

=== hand-neg sv
Pressmeddelande – AstraZeneca
En ny studie med 5 200 patienter visar att läkemedlet sänker risken för sjukhusinläggning vid hjärtsvikt med 18 procent. Resultaten presenteras i Amsterdam.

=== hand-neg sv
IF Metall – kvartalsrapport
Förbundet ökade med 1 800 medlemmar under tredje kvartalet, främst inom fordonsindustrin. Konfliktfonden uppgår till 13 miljarder kronor.

=== hand-neg sv
Valfolder – Kristdemokraterna i Jönköping
Vi vill korta vårdköerna, ge äldre rätt till eget rum och bygga en ny sporthall i Huskvarna. Rösta på KD den 13 september!

=== hand-neg sv
Klagomål till hyresvärden – Stena Fastigheter
Tvättstugan på Fjällgatan 4 är trasig igen och det luktar mögel i källaren. Kan ni skicka en tekniker? Hälsningar, Lars Öberg, lgh 1102

=== hand-neg sv
Krogrecension: Bar Central, Umeå ★★★★☆
Vår servitör Kristian rekommenderade renskaven, som var gudomlig. Desserten var syndigt god och kaffet gjorde oss helt tokiga.

=== hand-neg sv
Kursplan, Sjuksköterskeprogrammet termin 5
Kursen behandlar omvårdnad vid cancer, psykisk ohälsa och demens samt läkemedelsberäkning. Studenten ska kunna bedöma patienter med diabetes och KOL.

=== hand-neg sv
Svenska kyrkan – pressmeddelande
Antalet medlemmar minskade under 2025 till 51,2 procent av befolkningen. Flest utträden skedde i storstadsregionerna.

=== hand-neg sv
Koloniföreningen Rosendal – medlemsblad
Ordförande Berit Sjögren hälsar alla välkomna till säsongen. Vattnet sätts på den 1 maj. Städdag i maj, fika i Sankt Pauli kyrkas församlingshem efteråt.

=== hand-neg sv
Mäklartext – Vikingavägen 12, Lund
Charmig villa med närhet till skola, synagoga, kyrka och livsmedelsbutik. Källaren är torr och kan bli gym eller hobbyrum.

=== hand-neg sv
Upphittad katt! Grå hane med blått halsband vid Ekebyvägen. Veterinären har DNA-testat honom för HCM inför avel, så han är registrerad hos en uppfödare i Vallentuna.

=== hand-neg sv
Reumatikerförbundet – nyhetsbrev
Välkommen till vårt öppna möte i Västerås den 15 april om ny forskning kring artros och om rätten till anpassning på jobbet. Anhöriga är också välkomna.

=== hand-neg sv
Hyreskontrakt, § 9 Särskilda bestämmelser
Hyresgästen får hålla ett husdjur. Rökning är förbjuden i lägenheten. Rullstolsramp vid port B underhålls av hyresvärden.

=== hand-neg sv
Tanke för veckan, personaltidningen
"Saliga är de fattiga i anden." – Matteus 5:3. Ta hand om varandra i mörkret!

=== hand-neg sv
Folkhälsorapport, Region Gävleborg
Var åttonde invånare har högt blodtryck och sju procent har diabetes. Andelen rökare har sjunkit till nio procent.

=== hand-neg sv
Pubquiz på Kvarteret, fråga 5–6
5. Vilken statsminister var medlem i Folkpartiet? 6. Vilken sjukdom led Karl XII av under fälttåget i Ryssland, enligt legenden?

=== hand-neg sv
E-postsignatur
Vänliga hälsningar
Johanna Ekvall
Kyrkoherde, Västerås domkyrkoförsamling
021-81 46 00

=== hand-neg sv
Svenskt Näringsliv – uttalande
Strejken i hamnarna kostar svenska företag 450 miljoner kronor om dagen. Vi uppmanar Hamnarbetarförbundet att återgå till förhandlingsbordet.

=== hand-neg sv
Bokcirkeln läser "Björnstad" av Fredrik Backman
Kevin anklagas för våldtäkt, och hela orten tar ställning. Vi ses hos Gunilla den 9:e och pratar om skuld och lojalitet.

=== hand-neg sv
Kursutbud, SPF Seniorerna
Stöd för anhöriga till personer med demens – fyra träffar i Borås. Ledare: kurator Petra Svanberg. Avgift 300 kr.

=== hand-neg sv
Polisens händelser, Västra Götaland
En 23-årig man greps i natt för rån i Borås. En kvinna skadades lindrigt i en trafikolycka i Alingsås. Inga namn lämnas ut.

=== hand-neg sv
Affisch på biblioteket
Föreläsning: "Beroende – vad kan anhöriga göra?" med beroendeläkaren Emil Zetterberg. Tisdag kl. 18. Fri entré.

=== hand-neg sv
Matsedel, Restaurang Edison, Linköpings universitet
Dagens: Kycklinggryta (halal). Vegetariskt: Falafel. Glutenfritt bröd finns. Fredag: Fisk och potatismos.

=== hand-neg sv
Stadgar för Bostadsrättsföreningen Ekbacken, § 14
Styrelsen får inte behandla uppgifter om medlemmars hälsa, religion eller politiska åsikter utöver vad lagen kräver.

=== hand-pos sv
Meddelande via 1177
Hej, det är Ann-Sofie Berglund. ⟦health|Mitt blodsocker har legat på 18 hela helgen fast jag tar insulinet enligt schemat.⟧ Ska jag åka in?

=== hand-pos sv
Försäkringskassan – beslut
Till Anton Lidberg. ⟦health|Du beviljas aktivitetsersättning eftersom din schizofreni gör att du inte kan arbeta under de kommande två åren.⟧ Beslutet kan överklagas.

=== hand-pos sv
Personaltidningen Region Skåne – "Möt en kollega"
⟦ethnic_origin|Undersköterskan Naz Hassan är kurd från Qamishli och kom till Malmö som femtonåring.⟧ Hon älskar att baka och springer Malmö halvmaraton.

=== hand-pos sv
Lokaltidningen – "Fem frågor till"
Johan Ahlqvist, 52, nämndeman i Falun. ⟦political_opinion|Varför Sverigedemokraterna? "För att jag vill ha hårdare straff för gängen."⟧ Favoritmat? Kroppkakor.

=== hand-pos sv
Patientnämnden – klagomål
Jag, Inger Magnusson, klagar på vården vid Norrlands universitetssjukhus. ⟦health|Efter min höftoperation fick jag en blodpropp i lungan som inte upptäcktes på två dagar.⟧

=== hand-pos sv
Uppropslista, Solna tingsrätt, måndag
09.00 B 3312-26 ⟦criminal_records|Åklagaren mot Kevin Lundström, grov stöld, huvudförhandling.⟧
10.30 T 8812-25 Tvist om entreprenad, Peab mot Brf Hagen.

=== hand-pos sv
SMS till chefen
Hej Lotta, det är Yonatan. ⟦religion|Jag vill ta ledigt fredagar före solnedgång under vintern för sabbaten, kan jag jobba in det på söndagar?⟧

=== hand-pos sv
Lokalförening, Vänsterpartiet Kiruna – Facebook
⟦political_opinion|Välkommen till vår nya medlem Aslak Kuoljok, som också blir vår kandidat till kommunfullmäktige!⟧ ⟦ethnic_origin|Aslak är same och renskötare i Gabna sameby.⟧

=== hand-pos sv
DNA-forum på Anbytarforum
Inlägg av Karin Hedberg: ⟦genetic|Mitt test på Ancestry visar att en man i Ohio delar 1 700 cM med mig, så han måste vara min halvbror.⟧ Pappa sa aldrig något.

=== hand-pos sv
Mejl från skyddsombudet
Hej alla på lagret i Jordbro. ⟦trade_union|Jag är er nya huvudskyddsombud för Handels och finns i fikarummet varje tisdag.⟧ /Malin Sund

=== hand-pos sv
Dom i sammandrag, Göteborgs tingsrätt
⟦criminal_records+health|Tilltalade Roger Björklund döms för misshandel och överlämnas till rättspsykiatrisk vård, då han led av en allvarlig psykisk störning.⟧

=== hand-pos sv
Referat från RFSL Stockholms volontärmöte
⟦sexual_orientation|Sofia Kaplan berättade att hon kom ut som lesbisk först vid fyrtio och vill starta en grupp för sena komma ut-resor.⟧ Nästa möte 10 maj.

=== hand-pos sv
Röstmeddelande, utskrift
"Hej pappa, det är Tilda. ⟦health|De har lagt in mig på BUP igen för min anorexi, så jag kan inte komma på lördag.⟧ Ring mig."

=== hand-pos sv
Wikipedia (svenska) – utdrag
Elisabeth Rydén (född 1968) är en svensk politiker. ⟦political_opinion|Hon är riksdagsledamot för Centerpartiet sedan 2014.⟧ Hon är utbildad veterinär.

=== hand-pos sv
Kommentar under artikeln om arbetsplatssäkerhet
Jag heter Peter Vikström, och ⟦biometric|min irisskanning vid ingången till serverhallen i Luleå godkänns inte längre efter min ögonoperation⟧.

=== hand-pos sv
Kollektivtrafiken – färdtjänstbeslut
Namn: Agneta Öhman. ⟦health|Du beviljas färdtjänst med rullstolstaxi eftersom du har en ryggmärgsskada.⟧ Beslutet gäller till 2028.
"""
