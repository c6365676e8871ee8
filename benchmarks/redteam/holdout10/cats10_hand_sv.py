"""Hand-written Swedish category documents for hold-out v10 (markup in ``cats10_markup.py``)."""

BANK = r"""
=== hand-mail sv
Hej Agneta!

Jag kan tyvärr inte vara med på planeringsdagen i Sundsvall. {{⟦health|Jag ska på återbesök på hjärtmottagningen efter min by-pass-operation⟧||Jag ska på utvecklingssamtal med min dotters lärare}} samma förmiddag.

Mvh
Kjell Öberg

=== hand-hr sv
Anteckning från rehabsamtal, Linnea Haglund
{{⟦health|Linnea har diagnosen utmattningssyndrom och börjar arbetsträna på 25 % från 1 oktober enligt Försäkringskassans plan.⟧||Linnea har bytt avdelning och börjar på 75 % från 1 oktober enligt egen önskan om kortare arbetstid.}}
Uppföljning: v. 44.

=== hand-chat sv
[Teams] Farid Rahimi 08:41
{{⟦religion|jag tar lunch lite senare idag, ska be zuhr i bönerummet⟧||jag tar lunch lite senare idag, ska ringa tandläkaren först}}
[Teams] Ulrika Sand 08:42
👍

=== hand-case sv
Socialtjänsten Botkyrka – journalanteckning
Klient: Zlatan Hodžić, 19 år
{{⟦criminal_records|Klienten dömdes i tingsrätten i förra veckan till ungdomstjänst för rån och har möte med ungdomstjänstsamordnaren på måndag.⟧||Klienten har fått sommarjobb i parkförvaltningen och har introduktionsmöte på måndag.}}

=== hand-form sv
ANMÄLAN – LÄGERSKOLA ÅK 6
Elevens namn: Vera Lindgren Sahlin
Medicinering/allergi: {{⟦health|Epilepsi – tar Lamictal morgon och kväll, akutmedicin (Buccolam) i väskan⟧||Inget}}
Simkunnig: Ja
Vårdnadshavare: Petra Sahlin

=== hand-sms sv
Hej Gun, Roger här. {{⟦political_opinion|Jag står ju på Miljöpartiets lista i kommunvalet så jag hinner inte med loppisen i september⟧||Jag är ju bortrest till Kreta i september så jag hinner inte med loppisen}}. Hälsn Roger Wiik

=== hand-mail sv
Hej Marcus,

Angående mötet om omplaceringen: {{⟦trade_union|din fackliga representant från IF Metall, Janne, har anmält att han vill vara med, och det går bra.⟧||din närmaste chef, Janne, har anmält att han vill vara med, och det går bra.}}

Vänliga hälsningar
Cecilia Borg, HR-partner

=== hand-case sv
Anteckning BVC, Rinkeby
Mamma: Fadumo Hassan Ali. Barn: Sagal, 18 mån.
{{⟦ethnic_origin|Mamma är somalisk och har bott i Sverige i två år; somalisk tolk bokas till nästa besök.⟧||Mamma har bytt telefonnummer; nytt nummer är registrerat i journalen.}}

=== hand-note sv
Överrapportering avd 12, natt
{{⟦health|Sängplats 3, Stig Holmberg: misstänkt lunginflammation, syrgas 2 l, odlingar tagna.⟧||Sängplats 3, Stig Holmberg: vill ha Dagens Nyheter på morgonen, ordnat med kiosken.}}
/Ssk Maj-Britt

=== hand-mail sv
Hej Jonatan,

{{⟦genetic|Mitt gentest på Karolinska visade att jag är anlagsbärare för cystisk fibros, så vi borde testa dig också innan vi försöker få barn.⟧||Mitt pass från Karolinska-resan har kommit tillbaka, så vi kan boka resan till Lissabon.}}

Kram Elsa

=== hand-hr sv
Passersystem – registrering
Anställd: Tobias Ek Lundqvist, lager Jönköping
{{⟦biometric|Handflatans venmönster registrerat i läsaren vid lagerporten 2/4, mall lagrad i passersystemet.⟧||Passerkort nr 80341 utlämnat 2/4, kvittens signerad.}}

=== hand-chat sv
Pappa: hur var skolan?
Wilma: bra
Wilma: {{⟦sexual_orientation|pappa jag är kär i en tjej. hon heter Nora och går i min klass⟧||pappa jag har fått sommarjobb. på ICA vid torget, från juni}}
Pappa: vad kul gumman ❤️

=== hand-news sv
Lokaltidningen Norrbotten
Kommunalrådet Bengt Nyström lämnar sitt uppdrag i byggnadsnämnden. {{⟦criminal_records|Han dömdes i förra veckan av Luleå tingsrätt till dagsböter för grovt rattfylleri.⟧||Han har i stället valts till ordförande i hamnbolaget.}} En ersättare utses i december.

=== hand-mail sv
Hej alla på Förskolan Ekorren

Kom ihåg att Mira på Blå avdelningen {{⟦religion|inte äter fläskkött eftersom familjen är judisk och äter koshert – vi har ordnat fiskbullar⟧||inte äter kiwi eftersom hon får klåda i munnen av det – vi har ordnat päron}}.

Hälsningar Åsa, förskollärare

=== hand-case sv
Frivården Malmö – anteckning
Klient: Patrik Sjöholm
{{⟦criminal_records|Klienten är villkorligt frigiven sedan 1 mars efter avtjänat straff för grov misshandel och ska träffa sin övervakare varannan vecka.⟧||Klienten deltog i anhörigträffen som närstående till en intagen.}}

=== hand-form sv
Ansökan om medlemsavgiftsbefrielse
Namn: Anna-Karin Dahl
Förening: {{⟦trade_union|Vårdförbundet, avdelning Skåne⟧||Lunds Kanotklubb}}
Skäl: föräldraledig
Datum: 2026-03-09

=== hand-hr sv
Minnesanteckningar, sjukfrånvarosamtal
Närvarande: Sanna Lindroth (medarbetare), Olle Granqvist (chef)
{{⟦health|Sanna har fått diagnosen MS och önskar anpassade arbetstider med vila mitt på dagen.⟧||Sanna har fått en ny hund och önskar anpassade arbetstider med promenad mitt på dagen.}}

=== hand-chat sv
Ebba: ska vi ha midsommar hos mig?
Jenny: jaa! men {{⟦religion|jag är adventist så jag kan inte jobba med förberedelserna på lördag, sabbaten⟧||jag jobbar på lördag förmiddag så jag kan inte hjälpa till med förberedelserna}}
Ebba: ingen fara

=== hand-mail sv
Till Hammarby Bouleklubb

Jag vill gärna börja i nybörjargruppen. {{⟦health|Jag har en ny knäled sedan i höstas så jag kan inte huka mig länge.⟧||Jag har nya klot sedan i höstas så jag är redo att börja.}}

Vänligen, Ingemar Sjöstedt

=== hand-note sv
Praktikdagbok, dag 2
Åt lunch med Dilan Aydın från ekonomi. {{⟦ethnic_origin|Hon är assyrier/syrian från Midyat och berättade om sin släkt i Södertälje.⟧||Hon har rest till Midyat på semester och berättade om maten där.}} Trevlig!

=== hand-sms sv
Hej Carina. {{⟦sexual_orientation|Min fru Louise och jag kommer båda på föräldramötet på onsdag.⟧||Min man Peter och jag kommer båda på föräldramötet på onsdag.}} Hälsningar Jessica (Idas mamma)

=== hand-form sv
Blodcentralen – hälsodeklaration
Namn: Daniel Forsberg
Fråga 11: Har du som man haft sex med en annan man de senaste 4 månaderna? {{⟦sexual_orientation|☒ Ja⟧||☒ Nej}}

=== hand-case sv
Migrationsverket – protokoll från asylutredning (utdrag)
Sökande: Ahmad Zaher Karimi
{{⟦political_opinion|Sökanden uppger att han hotades av talibanerna eftersom han var aktiv i ett oppositionellt parti och höll tal mot regimen i Herat.⟧||Sökanden uppger att han reste till Sverige för att återförenas med sin fru som redan bor här.}}

=== hand-mail sv
Hej Lennart,

{{⟦trade_union|Jag har gått med i Unionen nu och vill att avgiften dras på lönen från april.⟧||Jag har gått med i friskvårdsgruppen nu och vill att avgiften dras på lönen från april.}}

Mvh
Therese Nygren

=== hand-hr sv
Rekryteringsanteckning – kandidat 2, Oleksandr Kovalenko
Intryck: mycket erfaren svetsare. {{⟦criminal_records|Utdraget ur belastningsregistret visar en dom från 2022 för narkotikabrott, ringa.⟧||Utdraget ur belastningsregistret är utan anmärkning.}}

=== hand-chat sv
Grupp: Samfälligheten Tallbacken 🌲
Marianne (nr 7): {{⟦health|jag kan inte vara med på städdagen, har precis börjat med cellgifter efter min tjocktarmscancer⟧||jag kan inte vara med på städdagen, har precis börjat på ett nytt jobb med helgpass}}
Göran (nr 3): självklart, krya på dig / lycka till!

=== hand-news sv
Sport: Djurgården
{{⟦health|Mittfältaren Alexander Widell har fått en hjärnskakning och missar minst tre matcher, meddelar klubben.⟧||Mittfältaren Alexander Widell har skrivit på ett nytt treårskontrakt, meddelar klubben.}} Tränaren är nöjd.

=== hand-mail sv
Hej Monica,

Tack för samtalet. {{⟦genetic|DNA-testet visade att Henrik och min bror Kent är halvbröder, så arvskiftet måste göras om.⟧||Bouppteckningen är nu registrerad hos Skatteverket, så arvskiftet kan göras.}}

Med vänlig hälsning
Juristen Helena Kvist

=== hand-form sv
Inträdesansökan
Namn: Göran Lilja
{{⟦political_opinion|Jag ansöker om medlemskap i Vänsterpartiet, Uppsala partiförening.⟧||Jag ansöker om lånekort på Uppsala stadsbibliotek.}}
Underskrift: Göran Lilja

=== hand-note sv
Till vakterna, fredag
{{⟦criminal_records|Killen med keps, Robin Axelsson, har tillträdesförbud – han dömdes för att ha misshandlat en vakt här i fjol.⟧||Killen med keps, Robin Axelsson, är nyanställd i garderoben – han börjar kl. 21.}}

=== hand-case sv
Hemtjänsten, besöksanteckning
Brukare: Elsy Wahlberg, 91 år
{{⟦health|Elsy var orolig och desorienterad och hade inte tagit sin Alzheimermedicin; sjuksköterska kontaktad.⟧||Elsy hade bakat kanelbullar och dukat fram till barnbarnen; allt bra.}}

=== hand-mail sv
Hej Yusuf,

{{⟦religion|Jag har lagt in dig på schemat på juldagen, och som du bad om är du ledig under Eid al-Adha.⟧||Jag har lagt in dig på schemat på juldagen, och som du bad om är du ledig när din bror gifter sig.}}

Mvh Kristin

=== hand-sms sv
hej det är Sven-Olof. {{⟦biometric|jag har registrerat irisen på Arlanda för snabbare passkontroll så jag tar mig snabbt igenom⟧||jag har köpt snabbspår på Arlanda för säkerhetskontrollen så jag tar mig snabbt igenom}}

=== hand-hr sv
Avgångssamtal, Mattias Strandberg
{{⟦sexual_orientation|Mattias berättade att han upprepade gånger fått kommentarer om att han är gay och att det bidragit till att han slutar.⟧||Mattias berättade att han fått ett jobb närmare Skövde och att det är huvudskälet till att han slutar.}}

=== hand-chat sv
Lova: har du sett att Hampus ställer upp?
Tilde: {{⟦political_opinion|ja han är kandidat för Kristdemokraterna i Växjö, jag har lovat dela flygblad⟧||ja han springer Vasaloppet i år, jag har lovat heja vid Mora}}

=== hand-case sv
Elevhälsan, anteckning
Elev: Kerem Demir, 9B
{{⟦health|Kerem har sömnsvårigheter och nedstämdhet; remiss till BUP skickad.⟧||Kerem har vägts och mätts; tillväxten följer kurvan.}}

=== hand-mail sv
Hej Kristoffer,

{{⟦trade_union|Som förtroendevald för Byggnads på bygget i Mölndal⟧ vill jag påpeka att ställningen på plan 4 saknar räcke.||Som platschef på bygget i Mölndal vill jag påpeka att ställningen på plan 4 saknar räcke.}}

Hälsningar Anders Wallin

=== hand-note sv
Vigselplanering – Storkyrkan
{{⟦sexual_orientation|Vigsel av Henrik Åberg och Johan Myrberg⟧||Vigsel av Henrik Åberg och Johanna Myrberg}}, lördag 14 juni kl. 15. Prästen har fått musikönskemålen.

=== hand-misc sv
Integritetspolicy – Bostadsrättsföreningen Ängsgården
Vi behandlar normalt inga känsliga personuppgifter, till exempel uppgifter om hälsa, religiös övertygelse, medlemskap i fackförening, etniskt ursprung, sexuell läggning eller lagöverträdelser. Om du själv lämnar sådana uppgifter, till exempel vid en ansökan om parkeringstillstånd för rörelsehindrade, behandlar vi dem enligt artikel 9 i dataskyddsförordningen.

=== hand-news sv
IMY har beslutat att gymkedjan StarkCenter ska betala en sanktionsavgift på 1,2 miljoner kronor eftersom kedjan använde fingeravtrycksläsare i entrén utan rättslig grund. Kedjan har 24 anläggningar.

=== hand-news sv
Ny statistik från SCB: andelen fackligt anslutna bland privatanställda tjänstemän har minskat till 64 procent, medan sjukfrånvaron inom vård och omsorg ökade under vintern.

=== hand-misc sv
Recension: I Maria Sandbergs nya roman ”Fyrvaktarens dotter” följer vi Agnes, som efter ett fängelsestraff för förskingring flyttar tillbaka till Gotland och kämpar mot sin depression. Stark läsning.

=== hand-misc sv
Stadsvandring i Falun, lördag kl. 13
Vi berättar om gruvarbetaren Fet-Mats, som hittades i gruvan 1719, och om hur bergsmännens fackföreningar växte fram. Ingen anmälan krävs.

=== hand-mail sv
Hej Åsa,

Här kommer utkastet till det nya kollektivavtalet mellan Almega och Vision. Titta särskilt på reglerna om sjuklön och om vård av sjukt barn. Vi går igenom det på ledningsgruppen.

/Mats

=== hand-news sv
En 27-årig kvinna greps i natt i Västerås, misstänkt för inbrott i flera förråd. Polisen lämnar inga uppgifter om hennes identitet.

=== hand-misc sv
Ledigt jobb: Undersköterska till hematologen, Akademiska sjukhuset. Du arbetar med patienter som får cytostatika och stamcellstransplantation. Vi välkomnar sökande med olika bakgrund. Kontakt: vårdenhetschef Carina Ahlström.

=== hand-chat sv
Oskar: sjukt bra match igår
Ludde: ja helt galet, jag dog av skratt när målvakten halkade
Oskar: han var typ blind

=== hand-mail sv
Hej Niklas,

Kan du skicka budgeten för Q4? Revisorn vill se alla poster, även sponsringen av Pride-veckan och kundernas julbön i kyrkan.

Mvh Petra

=== hand-misc sv
Meny – Restaurang Basaren
Halal lammgryta · Koshervin · Vegansk falafeltallrik · Glutenfri kladdkaka
Fråga personalen om allergener.

=== hand-news sv
Valet 2026: Moderaterna ökade i Stockholms län medan Centerpartiet tappade två mandat i Jämtland. Valdeltagandet blev 83 procent.

=== hand-case sv
Tolkbokning
Somalisk tolk bokad till samtal 12/3 kl. 9 på Tensta vårdcentral. Tolk: Ubah Nur. Patienten kommer själv.

=== hand-hr sv
Personalbladet
Välkommen Sofie Lund till lönegruppen och grattis Per-Erik Sand till 30 år i företaget! Glöm inte vaccinationen mot säsongsinfluensa på fredag och valet av nytt skyddsombud i maj.

=== hand-note sv
Placering, Alvas studentmiddag
Bord 1: Alva, mamma, pappa, mormor
Bord 2: ⟦sexual_orientation|Moster Eva och hennes fru Cecilia⟧, kusin Leo
OBS: ⟦health|morfar har rullstol efter sin stroke⟧, så han sitter närmast dörren.

=== hand-mail sv
Hej Birger,

⟦criminal_records+political_opinion|Min dotter Ronja greps under Nordiska motståndsrörelsens motdemonstration i Göteborg, där hon var med för Ung Vänster, och är nu misstänkt för våldsamt upplopp.⟧ Kan du rekommendera en advokat?

Hälsningar
Susanne Ekdahl

=== hand-chat sv
Amir: kommer du på innebandyn ikväll?
Yasin: ⟦religion|nej ikväll går vi till moskén, det är sista fredagen i ramadan⟧
Amir: ok ses nästa vecka

=== hand-case sv
Patientklagomål (utdrag)
Anmälare: Barbro Ljung
⟦health|Jag opererades för ljumskbråck den 4 februari och har sedan dess haft kraftig smärta och infektion.⟧ Jag vill att IVO granskar vården.

=== hand-form sv
Läkarintyg – körkort
Sökande: Ronny Sundqvist
Diabetes: ⟦health|☒ typ 1, insulinbehandlad⟧   Epilepsi: ☐   Synfel: ☐

=== hand-note sv
Porträtt i personaltidningen
Jovan Marković kom till Borås 1993. ⟦ethnic_origin|Han är rom och talar romani med sina barnbarn⟧, och har jobbat på vår färgeri i 25 år.

=== hand-mail sv
Hej Inger,

⟦health+genetic|Genetikern i Lund bekräftade att jag har ärftlig bröstcancerrisk, BRCA1, så jag ska opereras förebyggande i vår.⟧ Kan du hoppa in för mig i kören?

Kram Lotta

=== hand-hr sv
Tidrapportering – ny terminal i verkstaden
Anställd: Mikael Rönnqvist
⟦biometric|Mikaels fingeravtryck lästes in i stämpelklockan den 3 mars; mallen sparas i tidssystemet.⟧

=== hand-mail sv
Hej doktorn,

⟦genetic+health|Det farmakogenetiska testet visade att jag är en långsam metaboliserare (CYP2C19), så jag har fått en annan dos av mitt blodförtunnande.⟧ Tack för hjälpen!

Hälsningar Gösta Nyberg

=== hand-misc sv
Produktblad: Dörrlåset SecuPlus 300 öppnas med fingeravtryck eller ansiktsigenkänning och sparar upp till 100 användare lokalt. Pris 3 495 kr hos Clas Ohlson.

=== hand-news sv
Forskare vid Uppsala universitet har kartlagt arvsmassan hos 2 000 anonyma blodgivare för att hitta genvarianter som påverkar risken för diabetes. Studien publiceras i Nature Genetics.

=== hand-chat sv
Grupp: Fiskelaget Storsjön
Nisse: tjena grabbar, ska vi ut å fiske på lördag?
Hasse B: {{⟦health|int ja, ja ha fått sockersjukan å ska på kontroll på lasarettet i Östersund⟧||int ja, ja ska på barnbarnets dop i Östersund}}
Nisse: de va tråkit

=== hand-mail sv
Hej Monika,

{{⟦health|Vår nya kollega Oscar är diabetiker och behöver ett kylskåp för insulinet nära sin arbetsplats.⟧||Vår nya kollega Oscar är norrlänning och behöver ett höj- och sänkbart skrivbord nära fönstret.}} Kan du beställa det?

Hälsningar Fredrik, fastighet

=== hand-note sv
Anteckningar, föräldramöte 3C
{{⟦religion|Elias föräldrar är med i en frikyrkoförsamling och vill inte att han deltar i halloweenfesten.⟧||Elias föräldrar är bortresta och vill att han hämtas tidigt från halloweenfesten.}} Inga övriga frågor.

=== hand-hr sv
Personalärende – Jenny Åkesson
{{⟦trade_union|Jenny är fackligt aktiv i Kommunal och har begärt att huvudskyddsombudet från facket deltar i samtalet.⟧||Jenny är nyexaminerad från yrkeshögskolan och har begärt att hennes mentor deltar i uppföljningssamtalet.}}
"""
