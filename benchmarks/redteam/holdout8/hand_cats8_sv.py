"""Hand-written Swedish category documents for hold-out v8 (redteam10b). Markup as in hand_cats8_da."""

DOCS = r"""
@ sv hand-school
Hej föräldrar i klass 4B! Utvecklingssamtalen hålls vecka 46. Boka en tid i Skolplattformen senast fredag.
@ sv hand-school
Hej Malin. ⟦health|Vilgot har fått diagnosen ADHD och börjar med medicin på måndag.⟧ Kan ni hålla lite extra koll på honom efter lunch? Hälsningar Petra, Vilgots mamma
@ sv hand-school
Skolans plan mot kränkande behandling gäller alla elever. Diskriminering på grund av etnicitet, religion eller sexuell läggning accepteras inte.
@ sv hand-school
Till mentorn. ⟦religion|Amir firar eid al-fitr med familjen på torsdag⟧ och kommer därför inte till skolan. Med vänlig hälsning Leila Hosseini
@ sv hand-school
Protokoll, skolrådet: Nya cykelställ köps in. Rektor Helena Borg informerade om schemat för nästa läsår.
@ sv hand-school
Elevhälsan: ⟦health|Ebba i 8C har en ätstörning och följs upp av BUP varannan vecka.⟧ Informera berörda lärare. /skolsköterska Annika Rudberg
@ sv hand-club
IFK Nyby, styrelsemöte. ⟦health|Ungdomsledaren Tommy Sahlin har opererat höften och är borta resten av säsongen.⟧ Josefin tar över P12.
@ sv hand-club
Ridklubben Hästhoven söker ridlärare på halvtid. Krav: ridlärarutbildning och utdrag ur belastningsregistret.
@ sv hand-club
Hej laget. Jag kan inte spela på lördag. ⟦health|Läkaren säger att jag har hjärnskakning efter förra matchen.⟧ Kör hårt! /Alva
@ sv hand-club
Schackklubben Löparen har klubbkväll varje tisdag kl. 18. Nybörjare är välkomna.
@ sv hand-housing
Bostadsrättsföreningen Björkhagen: Årsstämman valde Karl-Erik Sand till ordförande. Avgiften höjs med 3 procent.
@ sv hand-housing
Till förvaltaren. ⟦health|Jag är rullstolsburen sedan en stroke⟧ och behöver en automatisk dörröppnare i port 2. Vänliga hälsningar Gunnel Åkesson, lgh 1203
@ sv hand-housing
Felanmälan: Droppande kran i tvättstugan, hus B. Anmält av Lennart Blom.
@ sv hand-housing
Grannsämja: ⟦criminal_records|Boende i lgh 1105, Patrik Ehn, är polisanmäld för skadegörelse i garaget⟧ enligt styrelsens protokoll.
@ sv hand-pharmacy
Apotek Hjärtat informerar: Nu kan du förnya recept via appen. Leveranstiden är 1-2 dagar.
@ sv hand-pharmacy
Rådgivningsanteckning, Apoteket Kronan: ⟦health|Kunden Birgitta Lööf hämtar Waran; informerad om interaktion med värktabletter.⟧
@ sv hand-pharmacy
Apoteket söker apotekstekniker till helger. Skicka ansökan till butikschefen.
@ sv hand-insurance
Skadeanmälan 2026-4411: Inbrott i förråd, cykel stulen. Försäkringstagare Elin Svärd. Självrisk 1 500 kr.
@ sv hand-insurance
Skadeanmälan olycksfall: ⟦health|Försäkrade Jonas Ekberg fick en whiplashskada vid en påkörning bakifrån och är sjukskriven på halvtid.⟧
@ sv hand-insurance
Villkor, sjukvårdsförsäkring: Försäkringen gäller för planerad vård hos privata vårdgivare. Psykiska diagnoser omfattas efter 12 månader.
@ sv hand-hr
Hej HR. ⟦trade_union|Jag är ny förtroendevald för Unionen på kontoret⟧ och undrar vilka dagar facklig tid kan tas ut. Mvh Stina Lilja
@ sv hand-hr
Personalpolicy: Vid sjukdom ska du sjukanmäla dig i HR-portalen senast kl. 9. Läkarintyg krävs från dag 15.
@ sv hand-hr
Rehabiliteringsplan, Oskar Dahlin. ⟦health|Oskar har utmattningssyndrom och börjar arbeta 25 procent från 1 mars.⟧ Avstämning med Försäkringskassan i april.
@ sv hand-hr
Inbjudan: Frukostseminarium om inkludering och HBTQ på jobbet. Föreläsare från RFSL. Anmälan på intranätet.
@ sv hand-hr
Lönebesked februari. Anställd: Sanna Frisk. Bruttolön 34 200 kr. ⟦trade_union|Fackavgift Vision -280 kr.⟧ Skatt 9 020 kr.
@ sv hand-hr
Kollektivavtal för tjänstemän: Löneökningen är 3,3 procent från 1 april. Lokala parter kan komma överens om fördelningen.
@ sv hand-hr
Hej Lina. Bara så du vet: ⟦trade_union|jag gick med i Kommunal förra veckan⟧ så om det blir bråk om schemat kan jag ta hjälp därifrån. /Fatima
@ sv hand-journal
Journalanteckning, Vårdcentralen Gnesta. ⟦health|Pat. Rolf Hägg, 59 år, söker för bröstsmärta; EKG visar förmaksflimmer.⟧ Remiss till kardiologen.
@ sv hand-journal
Vårdcentralen är stängd under midsommarafton. Vid akuta besvär, ring 1177.
@ sv hand-journal
BVC-anteckning: ⟦sexual_orientation|Föräldrarna Johan och Mattias Lindqvist kom med dottern Selma på 6-månaderskontroll.⟧ Selma följer sin kurva.
@ sv hand-chat
[08:55] Ronja: någon som har laddaren till projektorn?
[08:56] Hugo: ligger i lådan i rum 3
[08:56] Ronja: tack!
@ sv hand-chat
[22:10] Tilde: ⟦health|mina panikattacker har kommit tillbaka, orkar inte komma på festen⟧
[22:12] Moa: åh nej, jag kommer förbi imorgon ❤️
@ sv hand-chat
[13:01] Elias: ⟦religion|jag fastar ju under ramadan så jag hoppar över lunchen idag⟧
[13:02] Nils: ok, vi ses på mötet kl 14
@ sv hand-chat
[13:01] Elias: jag har en tandläkartid så jag hoppar över lunchen idag
[13:02] Nils: ok, vi ses på mötet kl 14
@ sv hand-chat
[19:45] Anton: ⟦political_opinion|kandiderar för Centerpartiet i kommunvalet, rösta på mig 😅⟧
[19:46] Julia: självklart!
@ sv hand-minutes
Protokoll, församlingsrådet: Kyrkans orgel ska renoveras. Kostnaden beräknas till 800 000 kr. Kyrkoherden informerade om konfirmandlägret.
@ sv hand-minutes
Protokoll, samfällighetsföreningen: ⟦political_opinion|Ledamoten Bertil Ahlgren meddelade att han är nominerad av Moderaterna till kommunfullmäktige⟧ och lämnar styrelsen.
@ sv hand-minutes
Arbetsplatsträff: Ny skrivare installeras. Sommarschemat ska vara klart i maj. Välkommen till Samir som börjar på ekonomi.
@ sv hand-social
Äntligen! ⟦sexual_orientation|Jag och min fru Elin gifte oss i helgen på Gotland 🌈⟧ Tack alla som kom! /Maja
@ sv hand-social
Välkommen till Stockholm Pride! Paraden startar kl. 13 vid Humlegården. Alla är välkomna.
@ sv hand-social
Inlägg i gruppen "Grannar i Hökarängen": Hittat nyckelknippa vid busshållplatsen. Den finns hos mig i port 4.
@ sv hand-social
⟦ethnic_origin|Som same från Jokkmokk är renskötseln en del av min familjs historia,⟧ berättar Ánde Pavval i ett reportage.
@ sv hand-social
Reportage: Jokkmokks marknad lockar varje år tusentals besökare. Här säljs slöjd, renskinn och torkat kött.
@ sv hand-letter
Insändare: Regionen måste satsa mer på cancervården. Köerna växer varje år. Gösta Hallin, Umeå
@ sv hand-letter
Insändare. ⟦health|Jag fick bröstcancer för tre år sedan⟧ och väntade sju veckor på operation. Det är inte värdigt. Kerstin Myrberg, Sundsvall
@ sv hand-letter
Insändare: ⟦political_opinion,trade_union|Som gammal sosse och medlem i IF Metall i trettio år⟧ kan jag inte längre försvara partiets linje. Roger Fält, Borlänge
@ sv hand-news
En 29-årig kvinna greps i natt misstänkt för rån i centrala Örebro. Polisen söker vittnen.
@ sv hand-news
⟦criminal_records|Den tidigare kommunalrådet Lars-Åke Brink dömdes i dag till villkorlig dom och dagsböter för trolöshet mot huvudman.⟧ Han överklagar domen.
@ sv hand-news
IMY har gett ett försäkringsbolag en sanktionsavgift på 12 miljoner kronor för brister i hanteringen av hälsouppgifter.
@ sv hand-news
Byggföretaget Stenhus AB döms att betala 2 miljoner i företagsbot för arbetsmiljöbrott.
@ sv hand-news
Ny statistik från SCB: Andelen fackanslutna bland unga ökade förra året till 52 procent.
@ sv hand-news
Blodcentralen behöver fler givare inför sommaren. Boka tid på geblod.nu.
@ sv hand-court
Tingsrätten, dom. ⟦criminal_records|Den tilltalade Dragan Mićić döms för grovt narkotikabrott till fängelse i tre år.⟧
@ sv hand-court
Tingsrätten: Målet om hyresskulden mellan bostadsbolaget och hyresgästen avskrivs efter förlikning.
@ sv hand-social-services
Socialtjänsten, utredning. ⟦criminal_records|Pappan, Kevin Ström, avtjänar ett fängelsestraff i Kumla⟧ och har umgänge via videosamtal.
@ sv hand-social-services
Arbetsförmedlingen, anteckning: ⟦health|Sökande Helena Grahn har fibromyalgi och kan arbeta högst halvtid.⟧ Lönebidrag utreds.
@ sv hand-social-services
Kommunen erbjuder anhörigstöd till dig som vårdar en närstående. Samtalen är kostnadsfria.
@ sv hand-akasse
Hej. ⟦trade_union|Jag vill gå ur Handels men stå kvar i a-kassan.⟧ Hur gör jag? Mvh Sebastian Ljung
@ sv hand-akasse
Akademikernas a-kassa informerar: Från 1 oktober ändras reglerna för ersättningsnivåer.
@ sv hand-bio
Behörighetslogg, Serverhall Kista: ⟦biometric|Irisskanning registrerad för Jenny Wahl, mall 0192, åtkomst nivå 3.⟧
@ sv hand-bio
Produktblad: Kassaskåp med fingeravtrycksläsare, 30 lagrade avtryck, batteridrift.
@ sv hand-bio
Hej IT. Jag har tappat mitt passerkort. Kan ni spärra det och beställa ett nytt med samma foto? /Greger Malm
@ sv hand-genetic
Klinisk genetik: ⟦genetic,health|Anlagstestet visar att Sofia Rehn bär genen för Huntingtons sjukdom.⟧ Genetisk vägledning erbjuds.
@ sv hand-genetic
Hej kusin! ⟦genetic|DNA-testet visade att du och jag faktiskt är halvsyskon⟧ – pappa har en del att förklara. Kram Linnea
@ sv hand-genetic
Populärvetenskap: Hur fungerar ett DNA-test? Testet jämför genetiska markörer mellan människor.
@ sv hand-religion
Hej pastor Edlund. ⟦religion|Vi vill döpa vår dotter Tuva i Frikyrkan i Ljungby i augusti.⟧ Hälsningar Anna och Jimmy Berg
@ sv hand-religion
Gudstjänst i Missionskyrkan varje söndag kl. 11. Kyrkkaffe efteråt. Alla välkomna.
@ sv hand-religion
Hej chefen. ⟦religion|Jag har blivit katolik och vill gärna ta ledigt på trettondagen för mässan.⟧ /Marcus Enqvist
@ sv hand-religion
Ledigt jobb: Församlingspedagog i Svenska kyrkan, Västerås. Tillsvidare, heltid.
@ sv hand-ethnic
Tolkbeställning: Somalisk tolk till samtal med familjen Warsame, onsdag kl. 13 på socialkontoret.
@ sv hand-ethnic
Anteckning, elevsamtal: ⟦ethnic_origin|Naomi berättar att hennes mamma är romsk⟧ och att de firar romernas nationaldag.
@ sv hand-ethnic
Rapport: Antalet utrikes födda i Sverige var 2,1 miljoner. Flest kommer från Syrien och Irak.
@ sv hand-multi
Asylärende, PM. ⟦political_opinion|Sökanden Reza Karimi var aktiv i ett förbjudet oppositionsparti⟧ ⟦criminal_records|och satt fängslad i sex månader utan rättegång.⟧
@ sv hand-multi
Brev från advokat: ⟦criminal_records|Du är misstänkt för rattfylleri,⟧ ⟦health|och journalen visar att du behandlas för diabetes, vilket kan förklara dina symtom.⟧ Till: Magnus Wiklund
@ sv hand-neg-named
Hej Carina. Tack för intervjun för tjänsten som undersköterska på onkologen. Vi hör av oss nästa vecka. /Rekryteringen
@ sv hand-neg-named
Hej Leif. Du är utsedd till röstmottagare i valdistrikt 12. Utbildningen hålls den 3 september.
@ sv hand-neg-named
Försvarare i målet är advokat Elisabet Norén. Hon nås via kansliet.
@ sv hand-neg-named
Hej Britt. Församlingshemmet är bokat för din 70-årsfest den 14 juni. Nyckeln hämtas hos vaktmästaren.
@ sv hand-neg-named
Hej Ulrika. ⟦health|Jag har fått ett missfall⟧ och är borta resten av veckan. Säg inget till de andra ännu. /Emelie
@ sv hand-neg-named
Hej Ulrika. Jag är föräldraledig från maj till december. Vi kan ses om överlämningen på torsdag. /Emil
@ sv hand-neg-named
Hej Hamid. Din tolk till läkarbesöket är bokad. Tolken talar dari och kommer kl. 9.
@ sv hand-neg-named
Anteckning: Viktor Sund föreläste om GDPR och känsliga personuppgifter för ledningsgruppen.
"""
DOCS2 = r"""
@ sv hand-hr
Från: Per-Olof Kvist. ⟦trade_union|Som huvudskyddsombud för IF Metall⟧ vill jag boka ett möte om ventilationen i hall 3.
@ sv hand-hr
Medarbetarhandbok: Det är frivilligt att vara medlem i en fackförening. Arbetsgivaren frågar aldrig om medlemskap.
@ sv hand-hr
Till lönekontoret. ⟦trade_union|Jag har bytt fack från Vision till Kommunal från 1 mars⟧, så avdraget ska ändras. Mvh Tove Rask
@ sv hand-hr
Avgångssamtal med Hanna Dalgren: Hon slutar för att studera vidare. Hon uppskattade arbetsmiljön men önskade mer distansarbete.
@ sv hand-hr
Anpassning av arbetsplats: ⟦health|Medarbetaren Ville Kronqvist har nedsatt hörsel och behöver hörslinga i konferensrummet.⟧
@ sv hand-hr
Årsredovisning: Sjukfrånvaron i koncernen var 5,2 procent. Företagshälsovården har anlitats för friskvårdsinsatser.
@ sv hand-hr
Hej Jenny. ⟦criminal_records|Utdraget ur belastningsregistret för den nya fritidsledaren Robin Alm visar en dom för misshandel från 2021.⟧ Vi kan inte anställa honom. /Ingela
@ sv hand-hr
Hej Jenny. Utdraget ur belastningsregistret för den nya fritidsledaren är beställt. Hon börjar när det har kommit.
@ sv hand-police
Polisens händelselogg: Ett bageri i Västerås har anmält inbrott. Kassaskåpet var orört. Ingen gripen.
@ sv hand-police
Anmälan: ⟦criminal_records|Enligt vittnet är Simon Järv anhållen misstänkt för grov stöld från byggvaruhuset.⟧
@ sv hand-police
Information: Utdrag ur belastningsregistret beställer du på polisens webbplats. Det tar ungefär två veckor.
@ sv hand-prison
Kriminalvården, dagsrapport: ⟦criminal_records|Intagne Tobias Fagerlund har avtjänat halva straffet och ansöker om permission till sin mors begravning.⟧
@ sv hand-probation
Kriminalvården: Fler dömda ska kunna avtjäna straff med fotboja enligt regeringens förslag.
@ sv hand-sex
Blodcentralen, karens: ⟦sexual_orientation|Givaren Olle Brandt uppger att han har en manlig partner sedan två månader⟧ och får vänta med att ge blod.
@ sv hand-sex
Grattis Lisa och Stefan på er bröllopsdag! Vi ses på middagen i Sigtuna. Kram Maria
@ sv hand-sex
Hej allihop! ⟦sexual_orientation|Jag och min man Henrik har köpt hus i Lerum,⟧ så jag slutar vid månadsskiftet. Tack för allt! /Jonatan
@ sv hand-sex
Hej allihop! Jag och min man Henrik har köpt hus i Lerum, så jag slutar vid månadsskiftet. Tack för allt! /Lovisa
@ sv hand-sex
Personalföreningen bjuder på regnbågsfika under Pride-veckan. Alla är välkomna!
@ sv hand-political
Valsedel, Liberalerna, Uppsala kommun: ⟦political_opinion|1. Carl-Johan Wennberg 2. Minna Laakso 3. Hampus Ivarsson⟧
@ sv hand-political
Valdagen är den 13 september. Vallokalerna är öppna kl. 8-20. Ta med legitimation.
@ sv hand-political
Hej chefen. ⟦political_opinion|Jag har blivit invald i regionfullmäktige för Vänsterpartiet⟧ och behöver ledigt på sammanträdena. Mvh Amra Kovač
@ sv hand-political
Paneldebatt om bostadspolitik i Folkets hus. Företrädare för alla riksdagspartier medverkar.
@ sv hand-political
Hej Sara! Vem röstar du på? – Det är hemligt 😄 – Haha ok. Ses på valvakan!
@ sv hand-religion
Slutskattebesked: ⟦religion|Kyrkoavgift (Svenska kyrkan, Ljusnarsbergs församling) 1 620 kr.⟧ Skattskyldig: Ingvar Säll.
@ sv hand-religion
Hej Mira. Julbordet är den 11 december. Det finns både fläsk, fisk och vegetariskt. /Festkommittén
@ sv hand-religion
Kostlista, lägerskolan: Wilma – glutenfritt. Adam – ⟦religion|koscher⟧. Edvin – laktosfritt. Ella – inga.
@ sv hand-religion
⟦religion|Jag gick ur Svenska kyrkan när jag blev ateist,⟧ skriver Jessica Holmlund i en krönika om borgerliga begravningar.
@ sv hand-religion
Artikel: Allt fler väljer borgerlig vigsel. Under 2025 var drygt hälften av vigslarna borgerliga.
@ sv hand-health
SMS: Hej pappa, ⟦health|jag har stukat foten på gympan, är på akuten nu⟧ /Elsa
@ sv hand-health
SMS: Hej pappa, tåget är försenat, jag är hemma vid sju. /Elsa
@ sv hand-health
Hemtjänst, besöksanteckning: ⟦health|Brukaren Göta Lindahl, 91 år, har Parkinsons sjukdom och behöver hjälp med påklädning.⟧
@ sv hand-health
Gymmet har nu öppet dygnet runt. Kom ihåg att blippa ditt kort vid entrén.
@ sv hand-health
Till förskolan. ⟦health|Ines har celiaki och får inte äta gluten,⟧ ni har fått intyget från läkaren. Hälsningar Robin, Ines pappa
@ sv hand-health
Mejl från Jörgen Wall: Jag följer min bror till sjukgymnasten på torsdag och kommer in kl. 11.
@ sv hand-health
Hälsokontroll via företagshälsovården: Alla anställda erbjuds blodtryck och blodfetter vecka 14.
@ sv hand-health
Hej Lasse. ⟦health|Min son Melker ligger inne med blindtarmsinflammation,⟧ så jag jobbar hemifrån resten av veckan. /Therese
@ sv hand-health
Kurs: Hjärt-lungräddning för vuxna, 3 timmar. Ingen förkunskap krävs.
@ sv hand-bio
Passerlogg: 07:45 ⟦biometric|ansiktsigenkänning godkänd: Kalle Rydén (mall 5512)⟧, entré A.
@ sv hand-bio
Passerlogg: 07:45 kort 7721 godkänt, entré A. 07:49 kort 3302 nekat.
@ sv hand-ethnic
Mångfaldsenkät (ifylld): Namn: Aino Keskitalo. ⟦ethnic_origin|Minoritet: tornedaling.⟧ Språk: meänkieli, svenska.
@ sv hand-ethnic
Mångfaldsenkät (tom): Namn: ____ Minoritet: ____ Språk: ____
@ sv hand-ethnic
Hej. Min svärmor är från Polen och har svenskt medborgarskap. Vilka handlingar behövs för ett nytt pass? /Karin Ek
@ sv hand-genetic
Rättsgenetiskt utlåtande: ⟦genetic|Faderskapsanalysen visar att Mattias Grön är far till barnet.⟧
@ sv hand-genetic
Forskningsstudie söker 3 000 deltagare till en studie om gener och diabetes. Deltagarna får en gratis hälsokontroll.
@ sv hand-multi
Samordnad individuell plan: ⟦criminal_records|Mamman, Jessica Nord, har dömts för snatteri⟧ ⟦health|och går i behandling för spelberoende på Beroendecentrum.⟧
@ sv hand-multi
Hyresavtal för festlokal: Hyresgäst Ola Hed, 5 juli, 60 personer. Deposition 1 500 kr.
@ sv hand-long
God morgon alla! Kort från kundtjänst: Kön var lång igår men vi hann med alla ärenden. Nytt returflöde lanseras vecka 20. Glöm inte tidrapporten på fredag. ⟦health|Amanda är sjukskriven resten av veckan efter en mindre knäoperation,⟧ så Noah tar hennes pass. Kaffeautomaten på plan 2 är lagad. Tack för era insatser! /Bodil
@ sv hand-long
Nyhetsbrev från Reumatikerföreningen i Sörmland: I vår startar vi en bassänggrupp för personer med artros, ledd av fysioterapeuten Sanna Berglöf. Vi ordnar även föreläsningar om sömn. Medlemsavgiften är oförändrad och vi hoppas se många på vårfesten.
@ sv hand-multi
Överklagande, Migrationsverket. ⟦sexual_orientation|Klienten Yusuf Demir är homosexuell⟧ ⟦health|och har en hiv-diagnos⟧ som inte kan behandlas i hemlandet.
@ sv hand-multi
Landinformation: Homosexuella förföljs i flera länder i regionen och tillgången till hiv-medicin är begränsad.
"""
DOCS3 = r"""
@ sv hand-chat
[18:02] Wilhelm: hänger du med på afterwork?
[18:03] Oskar: ⟦trade_union|nej, klubbmöte i facket, jag är ju kassör i Byggnads nu⟧
[18:03] Wilhelm: nörd 😄
@ sv hand-chat
[07:40] Maria K: ⟦religion|hinner inte till morgonmötet, det är askonsdag och jag ska på mässa först⟧
[07:41] Chefen Per: okej, vi ses kl 10
@ sv hand-chat
[12:15] Felicia: har ni sett att Telia fått böter?
[12:16] Rasmus: ja, nåt med konkurrenslagen
@ sv hand-social
Inlägg: ⟦health,genetic|Jag och min dotter Stella har fått veta att vi båda har ärftlig hjärtsjukdom – gentestet visade samma mutation.⟧ Dela gärna! /Annelie Borg
@ sv hand-social
Kampanj: Gratis gentest för ärftlig hjärtsjukdom om flera i familjen drabbats. Prata med din vårdcentral.
@ sv hand-form
Anmälan till sommarläger. Barnets namn: Vincent Ahl. Allergier: inga. ⟦health|Medicin: Concerta på morgonen.⟧ Vårdnadshavares tel.: 070-111 22 33.
@ sv hand-form
Anmälan till sommarläger. Barnets namn: ____. Allergier: ____. Medicin: ____. Vårdnadshavares tel.: ____.
@ sv hand-insurance
Skadeanmälan, reseförsäkring: ⟦health|Försäkrade Per Holmén lades in på sjukhus i Alicante med lunginflammation⟧ och flögs hem efter en vecka.
@ sv hand-insurance
Reseförsäkringen täcker hemtransport vid akut sjukdom. Självrisk 500 kr.
@ sv hand-hr
Hej Tomas! Kul att du tackat ja till tjänsten som integrationssamordnare, där du ska stötta nyanlända. Vi ses 1 mars. /Birgitta
@ sv hand-hr
Hej alla! ⟦ethnic_origin|Vår nya kollega Máret är same och uppvuxen i en renskötarfamilj i Arjeplog;⟧ hon börjar på måndag på ekonomi. /Leif
@ sv hand-hr
Hej alla! Vår nya kollega Máret har bott i Arjeplog i fem år och jobbat på kommunen där; hon börjar på måndag på ekonomi. /Leif
@ sv hand-school
Till arbetslaget: ⟦criminal_records|Storebror till Elvin i 9B, Dennis Kask, sitter häktad,⟧ så Elvin kan ha det tufft. Visa hänsyn. /Rektor Ola
@ sv hand-school
Nytt från fritids: Vi har fått nya cyklar och en grillplats. Kom ihåg kläder efter väder!
@ sv hand-letter
Insändare: Partierna borde inte få ta emot anonyma bidrag. Det skadar förtroendet. Pelle Tolf, Nora
@ sv hand-letter
Insändare: ⟦political_opinion|Jag har röstat på Moderaterna hela livet och är fortfarande medlem,⟧ men nu funderar jag på att gå ur. Kjell Vitt, Torsby
@ sv hand-journal
Epikris: ⟦health|Pat. Ragnhild Sköld, inlagd för hjärtsvikt, skrivs ut till hemmet med vätskedrivande.⟧ Uppföljning på hjärtmottagningen.
@ sv hand-journal
Kvalitetsrapport: Väntetiden till hjärtmottagningen har minskat till 21 dagar i snitt.
@ sv hand-minutes
Protokoll, kvinnoföreningen. ⟦religion|Ordföranden Samira Hussein berättade om sin vallfärd till Mecka⟧ och om att bära slöja på jobbet.
@ sv hand-minutes
Protokoll, hembygdsföreningen: Föredrag om utvandringen till Amerika. Fika efteråt. Nästa möte i april.
@ sv hand-news
Fotbollsspelaren ⟦sexual_orientation|Albin Gräs kommer ut som homosexuell⟧ i en intervju i lokaltidningen. Han hoppas inspirera andra.
@ sv hand-news
Fotbollsklubben startar en kampanj mot homofobi på läktarna. Spelarna bär regnbågsband i helgen.
"""
DOCS4 = r"""
@ sv hand-bio
Hej support. ⟦biometric|Min handflateskanning fungerar inte längre vid labbets entré, fast jag registrerades i måndags.⟧ Kan ni radera mallen och ta om den? /Ulf Sjökvist
@ sv hand-bio
Hej support. Min tagg fungerar inte längre vid labbets entré. Kan ni skicka en ny? /Ulf Sjökvist
@ sv hand-bio
Gymkedjan Kraft inför inpassering med ansiktsigenkänning på alla anläggningar. Medlemmar kan välja att behålla kortet.
@ sv hand-religion
Begravningsbyrån, anteckning: Avlidne Harald Berg. ⟦religion|Sonen Mikael Berg, som själv är aktiv i Pingstkyrkan, önskar psalmen "Blott en dag"⟧ och minnesstund i kyrkans lokaler.
@ sv hand-religion
Begravningsbyråns prislista: Kyrklig begravning, borgerlig ceremoni och muslimsk begravning. Alla priser inkl. moms.
@ sv hand-political
Pressmeddelande från Liberalerna: Partiet håller landsmöte i Västerås 14-15 september. Ackreditering via webbplatsen.
@ sv hand-union
Hej Maria. ⟦trade_union|Jag är fortfarande med i Lärarförbundet fast jag gått i pension,⟧ så jag kommer på deras seniorträff. /Inger
@ sv hand-union
Protokoll, samverkansgruppen: Arbetsgivaren och arbetstagarrepresentanterna diskuterade nytt arbetstidsavtal. Nästa möte 2 juni.
"""
