"""Hand-written Swedish documents of the v17 categories hold-out (markup: ``cats17_markup.py``; rules:
``cats17_build.py``). Professional records, legal text, HR casework, insurance, research, journalism, social
media, cross-border text and business mail."""

BANK = """
=== hand-journal sv
Journalanteckning, vårdcentralen Väster, 12/11
Besök: Roger Almqvist, 64 år. {{⟦health|KOL stadium 3, fortsatt rökare, ökar Spiriva och remitterar till rökavvänjning.⟧||Kom för att hämta intyg om att han lämnat blankett, inget annat ärende.}}

=== hand-journal sv
Omvårdnadsanteckning, avd. 14
{{⟦health|Pat. Sigrid Hedlund har haft ont i magen hela natten; fått Oxynorm 5 mg två gånger och fasta inför gastroskopi.⟧||Pat. Sigrid Hedlund har fått besök av sin dotter och vill ha kvällskaffe kl. 19.}}

=== hand-referral sv
Remiss, vårdcentralen Hisingen
Angående Patrik Sundell, 39 år. {{⟦health|Alkoholberoende sedan flera år, dricker en flaska vin om dagen, önskar nu Antabus och samtalsstöd.⟧||Remissen skickades till fel adress och vidarebefordras utan ändringar.}}

=== hand-discharge sv
Brev från Sundsvalls sjukhus
{{⟦health|Ingegerd Sjölin har opererats med ny höftled efter fall i hemmet och skrivs ut till korttidsboende.⟧||Ingegerd Sjölin har fått sin adress ändrad i vårt system och epikrisen skickas dit.}}

=== hand-homecare sv
Hemtjänsten Norrmalm, dagsanteckning
09.30 Hos Kjell Nordqvist. {{⟦health|Kjell har fått sitt insulin, blodsocker 14,2, och benet med bensåret är omlagt.⟧||Kjell har fått sin tidning och vi har handlat mjölk och bröd åt honom.}}

=== hand-homecare sv
Nattpatrullen, Mora
{{⟦health|Larm från Elsa Backlund kl. 03.12: hade ramlat på toaletten, blåmärke på höften, hjälpt i säng, ber distriktssköterskan titta till höften i dag.⟧||Larm från Elsa Backlund kl. 03.12: larmknappen ramlat ned bakom sängen, inget behov av hjälp.}}

=== hand-court sv
Hovrätten för Västra Sverige, dom
{{⟦criminal_records|Hovrätten fastställer tingsrättens dom; Mattias Öberg döms för grovt bedrägeri till fängelse i två år.⟧||Hovrätten fastställer tingsrättens dom i tvisten om köpet av fastigheten i Kungälv.}}

=== hand-lawyer sv
Hej Annika,
{{⟦criminal_records|Jag har nu fått ut förundersökningen; din son Viktor är misstänkt för misshandel och kommer att höras på måndag, jag följer med honom.⟧||Jag har nu fått ut bouppteckningen; din son Viktor ska skriva under den på måndag, jag skickar den till honom.}}
Vänliga hälsningar, advokat Karl-Johan Stiernborg

=== hand-police sv
Polisanmälan, Region Syd
{{⟦criminal_records|Den misstänkte, Dragan Ilić, greps efter att ha snattat för 900 kr på ICA och har erkänt.⟧||Butikschefen på ICA anmäler att en okänd person snattat för 900 kr; ingen misstänkt.}}

=== hand-probation sv
Frivården Uppsala, anteckning
{{⟦criminal_records|Jonas Kallin avtjänar skyddstillsyn med kontraktsvård och ska delta i samtal varannan vecka.⟧||Jonas Kallin är nyanställd frivårdsinspektör och ska delta i introduktionen varannan vecka.}}

=== hand-tribunal sv
Arbetsdomstolen, dom
{{⟦trade_union|Kommunal för talan för sin medlem Jenny Forslund, som skildes från sin provanställning efter att hon valts till skyddsombud.⟧||Arbetsgivaren för talan mot en tidigare säljare, Jenny Forslund, om konkurrensklausulen.}}

=== hand-sickleave sv
Anteckning, HR
Medarbetare: Emelie Sandgren. {{⟦health|Emelie har utmattningssyndrom och börjar arbetsträna 25 % med enbart administrativa uppgifter.⟧||Emelie har beviljats tjänstledighet för studier och börjar på 25 % i mars.}}

=== hand-sickleave sv
Anteckning från chef, avstämning
{{⟦health|Tomas Wiklund berättade att han fått diagnosen sömnapné och nu sover med CPAP, därför tröttheten på eftermiddagarna.⟧||Tomas Wiklund berättade att han byggt om huset och sovit dåligt, därför tröttheten på eftermiddagarna.}}

=== hand-disciplinary sv
Beslut om disciplinpåföljd
{{⟦criminal_records|Lars-Erik Wahlund har dömts för rattfylleri och förlorat körkortet; då tjänsten kräver körkort omplaceras han till lagret.⟧||Lars-Erik Wahlund har kört den nya lastbilen utan att skriva i loggboken; han får en skriftlig erinran.}}

=== hand-accommodation sv
Begäran om anpassning
{{⟦religion|Jag är muslim och ber om att få använda det lilla mötesrummet för fredagsbön kl. 12.30. /Hamza Yilmaz⟧||Jag ber om att få använda det lilla mötesrummet för mina telefonmöten kl. 12.30. /Hamza Yilmaz}}

=== hand-accommodation sv
Lokalfrågor, kontoret i Luleå
{{⟦health|Caroline Björk har nedsatt hörsel på båda öronen och behöver teleslinga i konferensrummet.⟧||Caroline Björk har flyttat till konferensrummet på plan 3 under ombyggnaden.}}

=== hand-unionneg sv
Protokoll, MBL-förhandling, Skanska Norr
{{⟦trade_union|För arbetstagarsidan: Kent Lundmark, Byggnads, och Maria Isaksson, Unionen.⟧||För arbetsgivarsidan: Kent Lundmark, HR, och Maria Isaksson, platschef.}} Parterna är överens om varselns omfattning.

=== hand-insurance sv
Skadeanmälan, Folksam
Försäkrad: Jennie Ståhl
{{⟦health|Jag har fått hjärnskakning och nackskada efter påkörning bakifrån och har varit sjukskriven i sex veckor.⟧||Bilen blev påkörd bakifrån när den stod parkerad; stötfångaren behöver bytas.}}

=== hand-pension sv
Ansökan, bilaga
{{⟦health|Sökande: Göran Lidén. Bipolär sjukdom typ 1 med fyra inläggningar de senaste tre åren.⟧||Sökande: Göran Lidén. Ansökan kompletteras med arbetsgivarintyg senast 30 april.}}

=== hand-research sv
Deltagarförteckning, studie om arbetsliv efter pandemin (Karolinska, sekretess)
{{⟦health|Åsa Berglund, 52, Solna, hjärntrötthet och yrsel sedan infektionen 2022⟧||Åsa Berglund, 52, Solna, har tackat ja till intervju i maj}}
Pontus Edvall, 47, Sundbyberg

=== hand-research sv
Intervjuutskrift, IP 12
IP 12: Jag gick med i partiet när jag var sjutton, det var mamma som tog med mig. Nu är jag inte så aktiv längre.

=== hand-ethics sv
Ansökan till Etikprövningsmyndigheten
Studien ska jämföra två behandlingar av typ 1-diabetes hos barn. Cirka 80 barn från Linköping och Jönköping tillfrågas via sina föräldrar; ingen har ännu rekryterats.

=== hand-news sv
Västerbottens-Kuriren
{{⟦political_opinion|Kommunalrådet Eva Granlund (S) vill bygga en ny simhall i Skellefteå.⟧||Kommunens fastighetschef Eva Granlund vill bygga en ny simhall i Skellefteå.}} Beslutet väntas i januari.

=== hand-news sv
Dagen
{{⟦religion|Kyrkoherden i Pingstkyrkan Jönköping, Samuel Lindh, går i pension efter 30 år.⟧||Kyrkvaktmästaren i Jönköping, Samuel Lindh, har fått kommunens miljöpris för cykeln som arbetsfordon.}}

=== hand-obituary sv
Minnesord
Märta Grönvall, Kalix, har avlidit 88 år gammal efter en lång tid med hjärtsvikt. Hon var aktiv i Svenska kyrkans syförening i femtio år. Närmast sörjer sonen Lennart med familj.

=== hand-obituary sv
Dödsannons
Vår älskade pappa Bengt Norrby har lämnat oss. {{⟦sexual_orientation|Saknad av Bengts man sedan trettio år, Håkan.⟧||Saknad av grannarna på Sjövägen och vännerna i båtklubben.}}

=== hand-social sv
Facebook, inlägg av Linda Åström
{{⟦health|Nu har jag varit nykter alkoholist i fem år! Tack AA och alla som stått ut med mig.⟧||Nu har jag sprungit fem mil på fem veckor! Tack alla som hejat på mig.}}

=== hand-social sv
X, @ollekarlsson_sd
{{⟦political_opinion|Ola Karlsson, ledamot för Sverigedemokraterna i Kalmar kommunfullmäktige. Åsikterna är mina egna.⟧||Ola Karlsson, busschaufför i Kalmar och pappa till tre. Åsikterna är mina egna.}}

=== hand-social sv
Flashback, tråd
Användare tyst_i_norr: Hur länge får polisen ha kvar ens DNA efter ett gripande om man blir frikänd? Jag skriver uppsats.

=== hand-crossborder sv
Mejl från Arbetsförmedlingen Malmö till Jobcenter København
{{⟦health|Vi har en arbetssökande, Henrik Dalsgaard från Köpenhamn, som efter sin hjärtinfarkt inte får lyfta tungt.⟧||Vi har en arbetssökande, Henrik Dalsgaard från Köpenhamn, som söker lagerjobb i Malmö.}} Har ni haft kontakt med honom?

=== hand-crossborder sv
Notering, Öresundsdirekt
{{⟦religion|Den danska pendlaren Birthe Iversen är medlem i Jehovas vittnen och vill inte ha blodtransfusion om något händer på jobbet.⟧||Den danska pendlaren Birthe Iversen vill veta om hon ska betala skatt i Sverige eller Danmark.}}

=== hand-bizmail sv
Hej Tobbe,
Tack för offerten på konferensen. {{⟦religion|Två av deltagarna, Sara och David Goldberg, äter bara koscher eftersom de är praktiserande judar.⟧||Två av deltagarna, Sara och David Goldberg, kommer först till middagen.}}
Hälsningar Malin

=== hand-bizmail sv
Till styrelsen,
{{⟦ethnic_origin|Vår nya ordförande Aslak Sarri är same och renskötare från Jokkmokk, och han vill att vi tittar på markfrågorna.⟧||Vår nya ordförande Aslak Sarri kommer från Jokkmokk, och han vill att vi tittar på elpriserna.}}

=== hand-hrfile sv
Personalakt, anteckning
{{⟦biometric|Fredrik Olausson har registrerat sitt ansikte i inpasseringen och sin röst i bankens telefonverifiering.⟧||Fredrik Olausson har fått nytt passerkort och ny kod till telefonväxeln.}}

=== hand-hrfile sv
Rekrytering, anteckning efter intervju
{{⟦ethnic_origin|Kandidaten, Abdirahman Warsame, berättade att han som somalier ofta blivit bortvald på CV:t.⟧||Kandidaten, Abdirahman Warsame, berättade att han ofta blivit bortvald för att han saknar körkort.}}

=== hand-police sv
Nationellt forensiskt centrum, svar
{{⟦biometric+criminal_records|Ansiktsjämförelsen av övervakningsbilden ger stark träff på Robin Sjögren, som nu är skäligen misstänkt för rånet.⟧||Ansiktsjämförelsen kunde inte genomföras, eftersom bilden från övervakningskameran var för suddig.}}

=== hand-genetic sv
Laboratoriet, Lund, svar
Till Petra Nyman. {{⟦genetic|Analysen visar att du är anlagsbärare för cystisk fibros; dina barn kan ärva anlaget.⟧||Analysen är inte klar ännu; vi hör av oss när provsvaret kommit.}}

=== hand-genetic sv
Biobank Sverige, provförteckning
{{⟦genetic|Prov 117, Björn Hällström, helgenomsekvensering klar: familjär hyperkolesterolemi, variant i LDLR.⟧||Prov 117, Björn Hällström, har förstörts enligt hans begäran och tas bort ur förteckningen.}}

=== hand-insurance sv
Hälsodeklaration, sjukvårdsförsäkring
{{⟦health+genetic|Sökande Emma Lindkvist uppger att hon har ärftlig hemokromatos bekräftad med gentest och tappas var tredje månad.⟧||Sökande Emma Lindkvist uppger att hon inte har några sjukdomar och inte står på någon medicin.}}

=== hand-hrfile sv
Mejl till lönekontoret
{{⟦trade_union|Dra fackavgiften till Vision för Annelie Borg från och med december.⟧||Dra friskvårdsavgiften för Annelie Borg från och med december.}}

=== hand-social sv
Instagram, @petterbakk
{{⟦sexual_orientation|Petter Bakk: Första Pride som öppet bisexuell. Tack till alla som sa att det var okej!⟧||Petter Bakk: Första Stockholm Marathon i mål. Tack till alla som sa att det var okej att gå!}}

=== hand-policy sv
Riktlinje, Region Gävleborg
Medarbetare med funktionsnedsättning ska erbjudas anpassning. Fackliga förtroendevalda får ledigt för uppdraget. Kläder med religiösa symboler är tillåtna.

=== hand-stat sv
Brå: Andelen anmälda hatbrott med islamofobiskt motiv ökade 2025, och 40 % av de misstänkta var under 30 år.

=== hand-news sv
SVT Västernorrland
Socialministern Helena Dahl besökte på tisdagen den nya psykiatriska akutmottagningen i Sundsvall.

=== hand-jobad sv
Lediga jobb: Sjuksköterska till infektionskliniken
Du arbetar med patienter med hiv och hepatit. Lön enligt avtal mellan SKR och Vårdförbundet.

=== hand-journal sv
Anteckning, elevhälsan
{{⟦health|Elev: Wilma Strand, åk 8. Självskadebeteende sedan hösten, skär sig på armarna, föräldrarna informerade.⟧||Elev: Wilma Strand, åk 8. Vill byta klass och har träffat kuratorn en gång om saken.}}

=== hand-court sv
Tingsrätten, protokoll
{{⟦criminal_records|Åklagaren yrkar att Simon Blomqvist ska häktas som på sannolika skäl misstänkt för grov narkotikabrottslighet.⟧||Målet avskrivs sedan parterna i hyrestvisten nått en förlikning.}}

=== hand-news sv
Sydsvenskan
⟦political_opinion+sexual_orientation|Riksdagsledamoten Jonas Ekberg (L) berättar att han och hans man väntar barn.⟧ Han tar föräldraledigt i vår.

=== hand-insurance sv
Livförsäkring, utredning
⟦health|Den försäkrade, Malin Öhrn, har diabetes typ 2 sedan 2019.⟧ ⟦religion|Enligt förordnandet ska beloppet gå till Livets Ord, där hon är medlem.⟧
"""
