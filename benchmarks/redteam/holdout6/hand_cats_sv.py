# ruff: noqa: W291 (the pasted spreadsheets keep their empty trailing cells)
"""Hand-written Swedish (and a few Norwegian/English) documents for categories.jsonl."""

TEXT = r"""
=== hand-webshop sv
Hej Apotea! Jag vill returnera stödstrumporna, fel storlek. ⟦H|Jag har fått blodpropp i benet och läkaren sa att jag ska ha klass 2.⟧ Ordernummer 5512098. /Gunnel Ek
=== hand-webshop sv
Returrätt: Läkemedel och receptbelagda varor kan inte returneras enligt lag. Öppnade hygienartiklar tas inte tillbaka. Kontakta kundtjänst om du fått fel vara.
=== hand-webshop sv
Kundtjänstlogg, CDON: Kunden Ronny Strand vill häva köpet av en gymmaskin. Han har ångrat sig och vill ha pengarna tillbaka. Returfrakt betalas av kunden.
=== hand-retail sv
Händelserapport, Coop Forum Haninge
⟦C|Kl 15.40 greps en man som senare identifierades som Kenneth Olausson för snatteri av rakblad och tandkräm; polisen upprättade anmälan och han delgavs misstanke om stöld.⟧
=== hand-retail sv
Till alla butikschefer: Från 1 januari får vi inte längre begära utdrag ur belastningsregistret vid anställning av kassapersonal. Policy uppdaterad på intranätet.
=== hand-retail sv
Stamkund i järnhandeln: ⟦H|Åke Lindgren har Parkinsons och vill att vi bär ut varorna till bilen åt honom.⟧ Alla i personalen vet om det.
=== hand-shipping sv
Åkeri Nilsson & Co - personalnotering: ⟦H|Chauffören Mattias Berg har fått diagnosen sömnapné och får inte köra nattpass förrän han har fått CPAP.⟧
=== hand-shipping sv
Tullverket har beslagtagit 14 kg kokain i en container i Helsingborgs hamn. Ingen person har ännu gripits. Utredningen fortsätter.
=== hand-shipping sv
Intern notis: ⟦C|Lagerarbetaren Fredrik Sjöö är dömd för grovt narkotikabrott och avtjänar straff på anstalten Kumla sedan oktober;⟧ hans anställning har upphört.
=== hand-housing sv
Brf Tallkotten - styrelseprotokoll §7: ⟦H|Medlemmen i lgh 1104, Birgit Sahlin, har fått en stroke och behöver en ramp vid entrén.⟧ Styrelsen beslutade att godkänna bygget på föreningens bekostnad.
=== hand-housing sv
Brf Sjöbris - trivselregler. Grillning på balkong är förbjuden. Ledsagarhund och assistanshund får alltid medföras i föreningens lokaler.
=== hand-housing sv
Hyresvärden Heimstaden: Vi har fått in klagomål om oljud från lägenhet 1201. Vi påminner alla hyresgäster om att det ska vara tyst mellan 22 och 07.
=== hand-housing sv
Protokoll, Brf Lönnen. Övrigt: ⟦O|Ordföranden Eva Sjöberg meddelade att hon valts in i kommunfullmäktige för Moderaterna⟧ och därför avgår vid årsstämman.
=== hand-realestate sv
Mäklarnotering: ⟦S|Säljarna, Lena och Karin Ahlström, är gifta och flyttar till Spanien.⟧ De vill ha tillträde senast 1 april.
=== hand-realestate sv
Objektsbeskrivning: Rymlig villa med anpassat badrum och trapphiss. Lämplig för person med rörelsehinder. Nära vårdcentral och kyrka.
=== hand-charity sv
Tack Margareta Holm för din månadsgåva till Islamic Relief. Du har nu varit månadsgivare i fem år. Din gåva har bidragit till vattenbrunnar i Somalia.
=== hand-charity sv
Tack-brev: Kära Torbjörn! ⟦R|Som ledamot i Svenska kyrkans församlingsråd i Vallby har du i tio år ordnat vår julinsamling.⟧ Tack för ditt engagemang!
=== hand-charity sv
Insamlingsstiftelsen RFSL:s årsrapport: Vi har samlat in 3,2 miljoner kronor till stöd för hbtqi-personer på flykt. Tack till alla givare!
=== hand-charity sv
Hej Cancerfonden. ⟦H|Min pappa Lennart Bergkvist dog inte - han lever, men har prostatacancer,⟧ och vi vill skänka 1 000 kr i hans namn. Mvh Kristina
=== hand-sports sv
Hej föräldrar! ⟦H|Ella i F12 har opererat korsbandet och är borta resten av säsongen.⟧ Vi skickar ett kort från laget. /Tränarna
=== hand-sports sv
Idrottsföreningens policy: Vi tar registerutdrag från Polisen för alla ledare som arbetar med barn. Utdraget visas för styrelsen och lämnas tillbaka.
=== hand-sports sv
Styrelseprotokoll Hammarby Bowling §4: ⟦C|Förre kassören Leif Magnusson har dömts för förskingring av klubbens pengar till villkorlig dom och dagsböter.⟧ Föreningen har fått ersättning från försäkringen.
=== hand-sports sv
Välkommen Samir som ny ungdomstränare! ⟦R|Samir är muslim och ber om ledigt till Eid al-Fitr, vilket vi självklart ordnar.⟧
=== hand-sports sv
⟦S|Vår målvakt Jonna Ek har berättat i lokaltidningen att hon är lesbisk och gift med Petra,⟧ och laget har skickat ett grattiskort till bröllopet i efterhand.
=== hand-sports sv
Inbjudan: Regnbågsturnering i innebandy för alla åldrar, arrangerad av Stockholm Pride och Innebandyförbundet. Ingen föranmälan krävs.
=== hand-hunting sv
Polisens yttrande i vapenärende: ⟦C|Sökanden Anders Wallin är dömd för olaga hot mot sin f.d. sambo 2023,⟧ varför licens inte kan beviljas.
=== hand-hunting sv
Jägareförbundet informerar: Vapenlicens kräver jägarexamen och att du inte förekommer i belastningsregistret för våldsbrott. Handläggningstid 3-6 månader.
=== hand-recruit sv
Intervjunotering: ⟦U|Jessica Lind är skyddsombud för Unionen på sin nuvarande arbetsplats⟧ och vill fortsätta med det fackliga arbetet hos oss.
=== hand-recruit sv
Platsannons: Undersköterska till demensboende i Kiruna. Kollektivavtal med Kommunal. Vi tar utdrag ur belastningsregistret innan anställning.
=== hand-recruit sv
Referens för Jonas Pettersson: ⟦H|Han var sjukskriven ett halvår 2022 för utmattning⟧ men kom tillbaka starkare. Vi rekommenderar honom.
=== hand-recruit sv
Rekryteringsföretaget noterar: ⟦E|Kandidaten Nils-Ante Kuhmunen är same och renskötare i Gällivare sameby,⟧ och söker deltid som fordonstekniker under vintern.
=== hand-recruit sv
Kandidaten Sara Alavi pratar flytande persiska, engelska och svenska och har bott i Teheran, London och Uppsala. Hon har svenskt medborgarskap sedan 2014.
=== hand-telecom sv
Kundnotering Telia: ⟦H|Kunden Ingvar Holmgren är döv och vill bara bli kontaktad via sms.⟧ Noterat i CRM.
=== hand-telecom sv
Telenor erbjuder rabatterat abonnemang för kunder med funktionsnedsättning. Ansök via blanketten på vår webbplats.
=== hand-utility sv
Ärende E.ON: ⟦H|Kunden Siv Persson är beroende av syrgasapparat i hemmet,⟧ så hon är prioriterad vid strömavbrott. Uppdatera kunden om planerat avbrott 4 dec.
=== hand-utility sv
Vattenfall: Vid planerade avbrott informerar vi särskilt kunder som har livsuppehållande medicinsk utrustning. Anmäl dig till vårt register via vårdcentralen.
=== hand-travel sv
Bokningsnotis, Ving: ⟦H|Resenären Göran Backlund behöver rullstolsassistans på Arlanda och i Palma.⟧ Specialkost: laktosfritt.
=== hand-travel sv
Pilgrimsresa till Santiago de Compostela i maj, arrangerad av Svenska kyrkan i Lund. 12 platser kvar. Anmälan senast 1 februari.
=== hand-travel sv
Hej resebyrån! ⟦R,H|Vi, familjen Goldberg, är judar och äter bara kosher, och vår son Ari har celiaki.⟧ Kan hotellet i Rom ordna det? /Miriam Goldberg
=== hand-immigration sv
Migrationsverket - beslut (sammanfattning): ⟦R|Sökanden, Mehdi Rostami, har konverterat från islam till kristendomen och döpts i Pingstkyrkan i Jönköping.⟧ Migrationsverket bedömer att han riskerar förföljelse vid återvändande.
=== hand-immigration sv
Landinformation: Hbtqi-personer i Uganda riskerar fängelsestraff enligt lag från 2023. Källa: Migrationsverkets Lifos.
=== hand-immigration sv
Offentligt biträdes anteckning: ⟦S,O|Min klient Aisha Nuur är bisexuell och har varit aktiv i ett oppositionsparti i Somaliland;⟧ båda grunderna ska åberopas i överklagandet.
=== hand-immigration sv
Statistik: Under 2025 beviljades 12 400 uppehållstillstånd av skyddsskäl. De största grupperna kom från Syrien, Eritrea och Ukraina.
=== hand-interpreter sv
Tolkbeställning: arabiska, fredag 10.00, Vårdcentralen Rosengård, läkarbesök. Tolk: Rana Haddad. Beställare: Region Skåne.
=== hand-interpreter sv
Tolkens avvikelserapport: ⟦H,C|Under samtalet berättade klienten, Kamal Yassin, att han är HIV-positiv och att han tidigare suttit i fängelse i Sverige för misshandel.⟧ Jag har tystnadsplikt men behöver stöd.
=== hand-research sv
Samtycke biobank: ⟦G,H|Deltagaren Lina Olsson har genomgått genetisk testning som visade att hon bär på anlag för ärftlig bröstcancer (BRCA1).⟧
=== hand-research sv
Forskningspersonsinformation: Studien undersöker genetiska riskfaktorer för typ 2-diabetes. Du tillfrågas eftersom du är mellan 40 och 70 år. Blodprov tas vid ett tillfälle.
=== hand-research sv
REDCap-notering: ⟦H|Deltagare 022, Petter Lund, har bekräftad ALS sedan mars.⟧ Inkluderad i kohort 2.
=== hand-research sv
Etikansökan, bilaga: Exklusionskriterier: graviditet, pågående cancerbehandling, missbruk. Inklusion: vuxna med astma.
=== hand-press sv
PRESSMEDDELANDE: ⟦O|Kommunalrådet Hanna Sundqvist (V) lämnar Vänsterpartiet och blir politisk vilde i fullmäktige.⟧ Hon anger som skäl oenighet om budgeten.
=== hand-press sv
Lokaltidningen: En 72-årig kvinna fick livshotande skador i en trafikolycka på E4 vid Gnarp i går. Hon fördes med ambulans till Sundsvalls sjukhus.
=== hand-press sv
Rättegångsreferat: ⟦C|Den före detta kommunchefen Mats Björklund dömdes i Örebro tingsrätt till fängelse i ett år och sex månader för grovt tagande av muta.⟧ Domen har överklagats.
=== hand-press sv
Debatt: Fackets roll på svensk arbetsmarknad. Organisationsgraden bland arbetare har sjunkit till 59 procent. LO måste förnya sig.
=== hand-election sv
Valsedel Kommunfullmäktige, Sverigedemokraterna, Ljusdal
1. Kent Sjödin
2. Annika Berglund
3. Rolf Hedin
⟦O|Valsedeln ovan listar Sverigedemokraternas kandidater i valet till kommunfullmäktige.⟧
=== hand-election sv
Instruktion för röstmottagare: Du får inte bära partisymboler i vallokalen. Kontrollera väljarens legitimation och kryssa i röstlängden.
=== hand-election sv
Hej valnämnden. ⟦O|Jag är medlem i Liberalerna och står på deras lista till regionfullmäktige,⟧ så jag kan inte vara röstmottagare. Vänligen Tor Bergman
=== hand-election sv
Hej! Jag har anmält mig som röstmottagare i valet och undrar när utbildningen är. Vänliga hälsningar Maja Ek
=== hand-cars sv
Försäkringsnotering: ⟦C|Försäkringstagaren Dennis Åström har dömts för rattfylleri och fått körkortet återkallat i 12 månader.⟧ Premien justeras.
=== hand-cars sv
Bilhandlarens notering: ⟦H|Kunden Berit Svahn har MS och behöver en bil med automatlåda och eldriven baklucka.⟧ Vi har beställt en Kia Niro.
=== hand-cars sv
Transportstyrelsen: Den som har diabetes med insulin måste lämna läkarintyg vid ansökan om körkort. Läs mer på transportstyrelsen.se.
=== hand-library sv
Hej biblioteket! ⟦H|Min dotter Wilma har dyslexi och behöver talböcker från Legimus.⟧ Kan ni hjälpa oss att skapa konto? //Sofia Lindqvist
=== hand-library sv
Bokcirkel på Stadsbiblioteket: "Tro, tvivel och Lagerlöf". Vi läser Jerusalem och samtalar med en präst och en humanist. Fri entré.
=== hand-kindergarten sv
Till köket på Förskolan Sjöstjärnan: ⟦H|Hugo (Blå) har konstaterad mjölkproteinallergi enligt läkarintyg.⟧ Han får inget med mjölk från måndag.
=== hand-kindergarten sv
Förskolans kostpolicy: Vi erbjuder vegetariskt alternativ varje dag och serverar inte fläskkött. Allergikost ges vid uppvisat läkarintyg.
=== hand-kindergarten sv
Anteckning från utvecklingssamtal: ⟦E|Maskas föräldrar berättade att familjen är romer och att de vill att Maska ska få modersmålsstöd på romani chib.⟧
=== hand-kindergarten sv
Kära vårdnadshavare! Luciafirandet är torsdag kl. 8. Barnen sjunger traditionella sånger. Meddela oss om ert barn inte ska delta av religiösa skäl.
=== hand-driving sv
Trafikskolan: ⟦H|Eleven Oliver Hansson har ADHD och har fått läkarintyg godkänt av Transportstyrelsen,⟧ så han kan boka uppkörning.
=== hand-driving sv
Information om syntest: Du måste klara syntestet innan du får körkortstillstånd. Har du glasögon, ta med dem.
=== hand-blood sv
Blodcentralen, anteckning: ⟦S|Givaren Joakim Frisk uppgav att han är i en relation med en man sedan tre år⟧ och ska enligt reglerna vänta med att ge blod.
=== hand-blood sv
Kan jag ge blod? Du som har haft hepatit, hiv eller vissa hjärtsjukdomar kan inte bli blodgivare. Har du rest i vissa länder behöver du vänta fyra veckor.
=== hand-blood sv
Hej Blodcentralen. ⟦H|Jag har fått diagnosen hypotyreos och tar Levaxin.⟧ Får jag fortsätta ge blod? /Hanna Nyberg
=== hand-pension sv
Beslut från Försäkringskassan (kopia till AMF): ⟦H|Du, Rolf Eriksson, beviljas hel sjukersättning från 1 januari på grund av din hjärtsvikt.⟧
=== hand-pension sv
Alecta informerar: Om du blir sjuk under lång tid kan du ha rätt till sjukpension från din tjänstepension. Kontakta oss för att ansöka.
=== hand-union sv
Medlemsbladet IF Metall Skaraborg: ⟦U|Grattis till Roger Håkansson som varit medlem i 50 år och klubbordförande på Volvo Skövde i 20 av dem!⟧ Vi firar med tårta den 5 mars.
=== hand-union sv
Unionen informerar: Nytt avtal klart för tjänstemän i industrin. Lönerna höjs med 3,4 procent från 1 april. Läs mer på unionen.se.
=== hand-union sv
Hej löneavdelningen! ⟦U|Jag har gått med i Vision från och med december,⟧ så fackavgiften ska dras på lönen. Tack! /Anneli Roos
=== hand-studenthousing sv
SSSB - förtur beviljad: ⟦H|Sökanden Erik Malm har cerebral pares och beviljas förtur till anpassat studentrum.⟧
=== hand-studenthousing sv
Studentbostäder: Vi tillämpar förtur för studenter med funktionsnedsättning. Ansökan ska styrkas med läkarintyg.
=== hand-whatsapp sv
[2026-11-03 20:11] Linnea: hur gick det på BUP?
[2026-11-03 20:15] Jakob: ⟦H|de säger att Alvin har autism, vi får en utredning på habiliteringen⟧
[2026-11-03 20:16] Linnea: kram ❤️
=== hand-whatsapp sv
[2026-12-01 07:40] Nadia: kommer du på julbordet?
[2026-12-01 07:45] Omar: ⟦R|nej jag äter inte fläsk och dricker inte alkohol, är muslim ju 😅⟧ men jag kommer på glöggen!
=== hand-whatsapp sv
[2026-09-10 18:02] Kent: ska du rösta på söndag?
[2026-09-10 18:03] Ulla: såklart, förtidsröstade igår
[2026-09-10 18:04] Kent: bra!
=== hand-outlook sv
Möte: HR-avstämning (konfidentiellt)
Agenda: ⟦C|Medarbetaren Pontus Lind har delgivits misstanke om bokföringsbrott i sitt tidigare bolag.⟧ Ska vi omplacera honom från ekonomiavdelningen?
=== hand-outlook sv
Möte: Friskvård och hälsa - informationsträff för alla anställda
Agenda: Nya friskvårdsbidraget, företagshälsovård, ergonomi.
=== hand-spreadsheet sv
	A	B	C	D
1	Namn	Avdelning	Frånvaro (dagar)	Notering
2	Per Ek	Lager	2	
3	Lisa Falk	Kontor	37	⟦H|Sjukskriven, utmattning⟧
4	Olle Vik	Lager	0	
=== hand-spreadsheet sv
	A	B	C
1	Avdelning	Sjukfrånvaro %	Mål %
2	Produktion	6,1	4,5
3	Kontor	2,8	3,0
=== hand-fax sv
FAX - Läkarintyg
Patient: Göran Öst
⟦H|Patienten har genomgått bypassoperation och bedöms arbetsoförmögen till 31/1.⟧
Leg. läkare Sara Nilsson, Vårdcentralen Bäckby
=== hand-minutes sv
Protokoll, Församlingsrådet i Nacka. §3: Ny kyrkomusiker anställd. §4: Budget fastställd. §5: Konfirmationslägret flyttas till Gotland.
=== hand-minutes sv
Protokoll, Samfällighetsföreningen Björkhagen. Övrigt: ⟦R|Ordföranden Bengt Ullman berättade att han lämnat Svenska kyrkan och i stället blivit medlem i Katolska kyrkan.⟧
=== hand-jira sv
[HR-889] Anpassning av arbetsplats
⟦H|Medarbetaren Cecilia Strand har synnedsättning och behöver en förstoringsskärm.⟧ Status: Beställd
=== hand-jira sv
[SEC-12] Upphandling av ansiktsigenkänning till huvudentrén. Kravställning: mallar ska lagras krypterat, ingen enrollering före DPIA.
=== hand-jira sv
[SEC-14] ⟦B|Irisskanning registrerad för Dag Wallin och Amir Saleh⟧ i labbets passagesystem. Kortläsaren avaktiverad för dem.
=== hand-pdfform sv
Ansökan om parkeringstillstånd för rörelsehindrade
Namn: ____________________
Diagnos: ____________________
Läkarintyg bifogas: [ ] ja [ ] nej
=== hand-pdfform sv
Ansökan om parkeringstillstånd för rörelsehindrade
Namn: Inga Sörensen
⟦H|Diagnos: Reumatoid artrit, kan gå högst 100 m⟧
Läkarintyg bifogas: [x] ja
=== hand-markdown sv
| Namn | Roll | Kost |
|---|---|---|
| Stina | Ledare | Allt |
| David | Deltagare | ⟦R|Kosher⟧ |
| Leo | Deltagare | Vegetarisk |
=== hand-genealogy sv
Släktforskning: ⟦G|DNA-testet visade att jag, Agneta Lund, och Bertil Nord är kusiner på fädernet⟧ - något ingen i familjen visste om.
=== hand-biometric sv
Ny i verkstaden: ⟦B|Tomas Rydbergs fingeravtryck är inlagt i stämpelklockan⟧ från måndag.
=== hand-question sv
Fråga till HR: Om en kollega berättar att hon är gravid, får jag säga det vidare till chefen?
=== hand-hypothetical sv
Övning på GDPR-utbildningen: "Tänk dig att en anställd berättar att han är med i ett fackförbund. Får arbetsgivaren registrera det?"
=== hand-no no
Notat fra NAV-møte: ⟦H|Kari Nordby er sykmeldt 100 % fra 3. november på grunn av ryggprolaps.⟧ Oppfølgingsmøte om seks uker.
=== hand-no no
Informasjon: Arbeidsgiver skal ha oppfølgingsplan klar innen fire uker etter sykmeldingen. Les mer på nav.no.
=== hand-no no
Styremøte i Borettslaget Solsiden: ⟦O|Styreleder Arne Haugen er valgt inn i bystyret for Arbeiderpartiet.⟧ Han fortsetter som styreleder.
=== hand-en sv
Note from our Stockholm HR partner: ⟦U|Employee Marcus Lindahl has been elected safety representative for Unionen at the Solna office.⟧ Please update the org chart.
=== hand-en da
Company policy (English version): We do not register employees' trade union membership. Union dues may be deducted from salary only at the employee's own request.
=== hand-en da
Incident report, Copenhagen warehouse: ⟦H|Forklift driver Daniel Rask broke his ankle in aisle 7 and was taken to Hvidovre Hospital.⟧ The area has been cordoned off.
"""
