"""Hand-written Swedish category documents for v9 (written once; ``{{A||B}}`` gives a minimal pair)."""

BANK = r"""
=== hand-hr sv
Hej Marie,

Uppdatering från kundtjänst: {{⟦health|Linda Wester är sjukskriven på heltid för utmattningssyndrom åtminstone till mitten av april.⟧||Linda Wester har gått över till fakturateamet på heltid åtminstone till mitten av april.}} Vi tar in en konsult under tiden.

Mvh
Roger
=== hand-hr sv
Anteckning – rehabiliteringsmöte
Medarbetare: Patrik Olausson
Närvarande: Patrik, chef Susanne Ek, Previa
{{⟦health|Patrik har opererats för en hjärnblödning i höstas och har kvar yrsel; arbetsträning 25 % från vecka 10.⟧||Patrik har varit tjänstledig för studier i höstas och vill gå tillbaka till heltid från vecka 10.}}
=== hand-chat sv
[07:41] Emelie: god morgon!!
[07:44] Hampus Lindell: {{⟦health|ja e sjuk idag, har fått halsfluss å feber, ska te vårdcentralen kl 10⟧||ja e sen idag, Pågatåget står still i Hässleholm, kommer nån gång efter 10}}
[07:45] Emelie: krya på dig / okej!
=== hand-chat sv
Jenny: fikar vi kl 3?
Oskar Dahlberg: {{⟦health|int för mej, har fått diabetes typ 2 å ska hålla igen på sockret⟧||int för mej, ska på tandläkarn kl 3 å göra rent}}
=== hand-mail sv
Hej Åsa,

{{⟦health|Jag har fått beskedet att jag har MS och kommer behöva gå ner till 75 % från maj.⟧||Jag har fått beskedet att jag har kommit in på masterutbildningen och kommer behöva gå ner till 75 % från maj.}} Kan vi ses på torsdag och prata om hur det påverkar projektet?

Hälsningar
Tobias Roos
=== hand-note sv
Journalanteckning, Vårdcentralen Bergsjön
Pat. Ronja Haglund
{{⟦health|Besvär med panikångest sedan i våras, insätts sertralin 50 mg, återbesök om 4 veckor.⟧||Kommer för intyg till körkortsansökan; synprov utan anmärkning, återbesök vid behov.}}
=== hand-note sv
Hemtjänsten, genomförandeplan
Brukare: Gösta Lindh, 88 år
{{⟦health|Gösta har Parkinsons sjukdom och behöver hjälp med medicinering fyra gånger om dagen.⟧||Gösta vill ha hjälp med storhandling på fredagar och att någon följer med till frisören en gång i månaden.}}
=== hand-form sv
ANMÄLAN – LÄGERSKOLA ÅRSKURS 5
Elevens namn: Vilgot Strand
Mediciner / sjukdomar: {{⟦health|Epilepsi – akutmedicin Buccolam finns i väskan⟧||–}}
Kost: Vanlig
Vårdnadshavare: Petra Strand
=== hand-sms sv
{{⟦health|Hej Bosse, Lisa har blivit inlagd på Sahlgrenska med blindtarmsinflammation, hon opereras i kväll. /Anette⟧||Hej Bosse, Lisa har blivit antagen till Chalmers, hon flyttar till Göteborg i augusti. /Anette}}
=== hand-mail sv
Hej allihopa,

{{⟦health|Jag är gravid och beräknad till den 3 september, så jag kommer att vara föräldraledig från mitten av augusti.⟧||Jag kommer att vara föräldraledig från mitten av augusti, när vår adoptivdotter kommer hem från Colombia.}}

Kram
Josefin Åberg
=== hand-note sv
Socialtjänsten, utredningsanteckning
Klient: Mattias Berglöf
{{⟦health|Mattias uppger att han sedan i januari går på Subutex-behandling vid beroendemottagningen i Huddinge.⟧||Mattias uppger att han sedan i januari har praktik på ett lager i Huddinge genom Arbetsförmedlingen.}}
=== hand-hr sv
Ärende i HR-portalen
Anställd: Sanna Wikberg
{{⟦health|Sanna behöver en höj- och sänkbar arbetsplats eftersom hon har reumatism och inte kan sitta längre stunder.⟧||Sanna behöver en höj- och sänkbar arbetsplats eftersom hon flyttar till den nya avdelningen i plan 4.}}
=== hand-mail sv
Hej Lennart

{{⟦genetic+health|Provsvaret från genetiska mottagningen visar att du bär på anlaget för Huntingtons sjukdom.⟧||Genetiska mottagningen erbjuder rådgivning till alla som undrar över ärftliga sjukdomar i släkten.}} Vi bokar gärna ett samtal med en genetisk vägledare.

Med vänlig hälsning
Klinisk genetik, Karolinska Universitetssjukhuset
=== hand-chat sv
Alva: fick du svar på släktforskningstestet?
Wilma Hedberg: {{⟦genetic|ja, DNA-matchningen visar att pappa har en helbror i Kanada som ingen visste om!!⟧||nej det kostade för mycket, blev inget}}
=== hand-note sv
Tingsrätten, dagboksblad
{{⟦genetic|Rättsgenetiska undersökningen visar att Marcus Lövgren med 99,99 % sannolikhet är far till barnet.⟧||Målet om faderskap har skjutits upp till den 12 mars på grund av sjukdom hos rättens ordförande.}}
=== hand-hr sv
Supportärende 22114
{{⟦biometric|Vi har registrerat Kajsa Nordins ansiktsprofil i passersystemet till labbet; hon kan nu gå in utan bricka.⟧||Vi har registrerat Kajsa Nordins nya passerbricka i passersystemet till labbet; den gamla är spärrad.}}
=== hand-chat sv
Henrik: funkar det nya inloggningssystemet?
Amanda Berg: {{⟦biometric|ja, har lagt in mitt fingeravtryck i läsaren vid lagret, går jättesmidigt⟧||ja, har satt mina fingeravtryck på hela nya budgeten, gick jättesmidigt}}
=== hand-mail sv
Hej Niklas,

{{⟦biometric|Din röstprofil är nu registrerad hos banken, så nästa gång du ringer identifieras du automatiskt.⟧||Ditt nya kort är nu registrerat hos banken, så nästa gång du handlar kan du använda det.}}

Vänliga hälsningar
Kundservice
=== hand-mail sv
Hej Kristoffer,

{{⟦trade_union|Jag har blivit vald till arbetsplatsombud för Kommunal här på äldreboendet och vill gärna vara med på nästa APT.⟧||Jag har blivit vald till sammankallande i trivselgruppen här på äldreboendet och vill gärna vara med på nästa APT.}}

Mvh
Madeleine Rönn
=== hand-form sv
LÖNESPECIFIKATION MARS 2026
Anställd: Dragan Ilić
Månadslön 34 200,00
{{⟦trade_union|Fackavgift IF Metall -398,00⟧||Friskvårdsbidrag 500,00}}
Skatt -8 931,00
=== hand-chat sv
Kalle: e du med i facket?
Hanna Sjöqvist: {{⟦trade_union|ja, Vision sen 2019, dom hjälpte mej när jag blev omplacerad⟧||nej, dom ringde från Vision men jag sa nej tack}}
=== hand-mail sv
Hej Emir

{{⟦religion|Jag vet att du ber fredagsbön i moskén, så vi flyttar teammötet från fredag kl. 12 till torsdag.⟧||Jag vet att du hämtar på förskolan på fredagar, så vi flyttar teammötet från fredag kl. 15 till torsdag.}}

Hälsningar
Camilla Norén
=== hand-note sv
Äldreboendet Tallbacken – levnadsberättelse
Boende: Sigrid Eklund
{{⟦religion|Sigrid är aktiv i Svenska Missionskyrkan och vill gärna läsa Bibeln tillsammans med personalen på kvällen.⟧||Sigrid har varit sömmerska i Borås och vill gärna lyssna på radioteater tillsammans med personalen på kvällen.}}
=== hand-mail sv
Hej Skatteverket

{{⟦religion|Jag har gått ur Svenska kyrkan och blivit medlem i Katolska kyrkan i Sverige; vänligen ändra kyrkoavgiften från och med 2027.⟧||Jag har flyttat från Uppsala till Enköping; vänligen ändra min folkbokföringsadress från och med 1 mars.}}

Hälsningar
Teresia Wallén
=== hand-form sv
Ansökan om ledighet
Namn: David Rosenberg
Datum: 2026-04-02
{{⟦religion|Anledning: Pesach – jag firar sederaftonen med församlingen i Göteborg.⟧||Anledning: Flytt till ny lägenhet i Göteborg.}}
=== hand-note sv
Arbetsförmedlingen, anteckning
Sökande: Nils-Ante Kuhmunen
{{⟦ethnic_origin|Nils-Ante är same och arbetar säsongsvis med renskötsel i familjens sameby; söker deltid vintertid.⟧||Nils-Ante har jobbat säsongsvis på ett hotell i Jokkmokk; söker deltid vintertid.}}
=== hand-mail sv
Hej Jessica

{{⟦ethnic_origin|Min mamma är tornedaling från Pajala, så meänkieli var mitt första språk hemma.⟧||Min mamma har jobbat som lärare i Pajala, så jag har varit där varje sommar.}} Jag vill gärna vara med i projektet om minoritetsspråk.

Hälsningar
Jonna Wanhainen
=== hand-form sv
Medarbetarenkät 2026 – frivilliga frågor
Namn: Aram Bakir
Etnisk tillhörighet: {{⟦ethnic_origin|kurd (assyrisk mor)⟧||vill inte uppge}}
=== hand-mail sv
Hej alla

{{⟦political_opinion|Jag kandiderar för Vänsterpartiet till kommunfullmäktige i Umeå i höst och har lagt några valsedlar i fikarummet.⟧||Jag ska vara röstmottagare för valnämnden i Umeå i höst och har lagt informationen om förtidsröstning i fikarummet.}}

/Ellinor Sandström
=== hand-chat sv
Micke: vem ska du rösta på?
Johan Åkerlund: {{⟦political_opinion|Moderaterna, jag är ju med i MUF sen gymnasiet⟧||har inte bestämt mig än, ska läsa valkompassen}}
=== hand-note sv
Protokoll, Brf Lönnen, årsstämma
{{⟦political_opinion|Till ny ordförande valdes Birgitta Heed (C), som även sitter i byggnadsnämnden för Centerpartiet.⟧||Till ny ordförande valdes Birgitta Heed, som tidigare varit kassör i föreningen.}}
=== hand-mail sv
Hej Rebecka

{{⟦sexual_orientation|Min fru Johanna och jag kommer gärna på julbordet, om respektive är välkomna.⟧||Min man Johan och jag kommer gärna på julbordet, om respektive är välkomna.}}

Kram
Lina Forsman
=== hand-chat sv
Vera: hur var dejten?
Albin Kjellberg: {{⟦sexual_orientation|grym! han heter Theo och vi ska ses igen på fredag 😊⟧||grym! hon heter Thea och vi ska ses igen på fredag 😊}}
=== hand-note sv
Ungdomsmottagningen, anteckning
{{⟦sexual_orientation|Elin, 19 år, berättar att hon är bisexuell och ännu inte har berättat det för sina föräldrar.⟧||Elin, 19 år, berättar att hon har flyttat hemifrån och ännu inte har hittat en egen läkare.}}
=== hand-mail sv
Hej Karin

{{⟦criminal_records|Jag vill vara ärlig innan anställningen: jag dömdes för narkotikabrott 2022 och avtjänade fyra månader på anstalt.⟧||Jag vill vara ärlig innan anställningen: jag har ett glapp i CV:t 2022 eftersom jag reste runt i Asien i fyra månader.}}

Vänliga hälsningar
Sebastian Höglund
=== hand-note sv
Polisens händelselogg, Norrbotten (utdrag)
{{⟦criminal_records|02:40 Greps Rasmus Nilsson, 34, i Kalix misstänkt för rattfylleri; körkortet omhändertogs.⟧||02:40 Anmälde Rasmus Nilsson, 34, i Kalix att hans bil hade stulits från parkeringen.}}
=== hand-sms sv
{{⟦criminal_records|Hej Lotta, din kusin Robin sitter häktad i Kronoberg, så han kommer inte på dopet på lördag. /Mamma⟧||Hej Lotta, din kusin Robin sitter fast i Bangkok, flyget är inställt, så han kommer inte på dopet på lördag. /Mamma}}
=== hand-note sv
Frivården Umeå – verkställighetsplan
{{⟦criminal_records|Klienten Jimmy Backlund avtjänar sitt straff med fotboja till och med 30 juni.⟧||Vår handläggare Jimmy Backlund håller utbildning om fotbojor för nya kollegor den 30 juni.}}
=== hand-mail sv
Hej Hussein

{{⟦health+religion|Min man Ali är muslim och vill helst bli undersökt av en manlig läkare inför sin knäoperation.⟧||Min man Ali vill helst få en tid på förmiddagen inför sitt utvecklingssamtal.}}

Mvh
Leyla Mansour
=== hand-mail sv
Hej Gunilla

{{⟦political_opinion+trade_union|Jag är huvudskyddsombud för Unionen och sitter i kommunfullmäktige för Socialdemokraterna, så jag kan inte ta kvällsjouren på tisdagar.⟧||Jag är tränare i innebandylaget och sitter i styrelsen för hembygdsföreningen, så jag kan inte ta kvällsjouren på tisdagar.}}

Hälsningar
Ola Bengtzon
=== hand-note sv
Migrationsverket – protokoll från asylutredning
Sökande: Hamid R.
{{⟦political_opinion+criminal_records|Sökanden uppger att han var medlem i ett oppositionsparti och satt häktad i fem månader utan rättegång.⟧||Sökanden uppger att han har arbetat som elektriker och har en syster i Norge.}}
=== hand-news sv
{{⟦criminal_records|Den tidigare ekonomichefen på bostadsbolaget, Anneli Forsgren, dömdes i går av Falu tingsrätt till ett års fängelse för grov trolöshet mot huvudman.⟧||Falu tingsrätt behandlade i går ett mål om grov trolöshet mot huvudman; den tilltalade är en 56-årig kvinna från Dalarna.}}
=== hand-news sv
{{⟦health|Skidåkaren Ebba Tjärnström har drabbats av hjärnskakning efter fallet i Davos och kommer inte att tävla i världscupen i januari, uppger förbundet.⟧||Skidåkaren Ebba Tjärnström har bytt tränare efter säsongen i Davos och kommer att tävla i världscupen i januari, uppger förbundet.}}
=== hand-mail sv
Hej Ulf

{{⟦health|Jag har fått diagnosen dyslexi, så jag skulle behöva talsyntes på datorn och lite längre tid vid skrivuppgifter.⟧||Jag har fått en ny dator, så jag skulle behöva talsyntesen installerad igen och hjälp att flytta mina filer.}}

/Moa Lindfors
=== hand-chat sv
[Teams] Robin Qvist: {{⟦health|drar vid 14, ska på BUP med min son Elton ang hans autismutredning⟧||drar vid 14, ska på föräldramöte för min son Elton}}
[Teams] Jenny K: 👍
=== hand-form sv
Skadeanmälan – olycksfallsförsäkring
Försäkrad: Kevin Ståhl
Beskrivning: {{⟦health|Ramlade av stegen hemma och bröt nyckelbenet; opererades på Norrlands universitetssjukhus 12/1.⟧||Stegen gick sönder när jag rensade hängrännan, och den skadade bilens motorhuv.}}
=== hand-sms sv
{{⟦health|tjena farsan, har fått en ny insulinpump nu så kan äntligen sova hela natten /Vide⟧||tjena farsan, har fått ett nytt jobb nu så kan äntligen betala hyran själv /Vide}}
=== hand-mail sv
Hej föräldrar i Ekorrens avdelning

{{⟦health|Vi vill påminna om att Liam har celiaki, så ta gärna med glutenfritt om ni bakar till kalaset.⟧||Vi vill påminna om att vi inte serverar något med nötter, så tänk på det om ni bakar till kalaset.}}

Hälsningar
Förskolläraren Maria Sjölin
=== hand-chat sv
Filip: va du inte på träningen?
Axel Granqvist: {{⟦health|nej fick en hjärnskakning i matchen i lördags, läkaren sa ingen hockey på 3 veckor⟧||nej hade tentaplugg, sorry, kommer på torsdag}}
=== hand-mail sv
Hej pastor Jonas,

{{⟦religion|Vi vill gärna döpa vår dotter Ester i Filadelfiaförsamlingen i pingst, och hennes gudmor är min syster.⟧||Vi vill gärna hyra församlingshemmet för vår dotter Esters studentmottagning i juni, om det är ledigt.}}

Hälsningar
Rebecka och Simon Hallberg
=== hand-chat sv
Elsa: kommer du på afterworken?
Yasmin Farah: {{⟦religion|ja men dricker inte, det e ramadan å jag fastar⟧||ja men dricker inte, kör bil hem efteråt}}
=== hand-mail sv
Hej Annika

{{⟦trade_union|Jag har gått ur Unionen och in i Akademikerförbundet SSR, så fackavgiften ska dras till det nya förbundet från juli.⟧||Jag har bytt hemförsäkring från Folksam till If, så avdraget ska tas bort från lönen från juli.}}

Hälsningar
Malin Ekdahl
=== hand-note sv
Anteckning, S-föreningen Gamla Stan, medlemsmöte
{{⟦political_opinion|Daniel Strömqvist nominerades som Socialdemokraternas kandidat till regionfullmäktige.⟧||Daniel Strömqvist höll ett föredrag om stadsodling och fick tack för arbetet med hemsidan.}}
=== hand-mail sv
Hej Björn

{{⟦ethnic_origin|Jag är rom och har kalderash-bakgrund, så jag vill gärna hjälpa till när ni tar fram materialet om nationella minoriteter.⟧||Jag har läst en kurs om nationella minoriteter, så jag vill gärna hjälpa till när ni tar fram materialet.}}

Hälsningar
Angelina Taikon Lindberg
=== hand-note sv
BVC-anteckning, 4-månaderskontroll
Barn: Olle
{{⟦sexual_orientation|Papporna Martin Eriksson och Fredrik Nyholm är hemma båda två denna månad.⟧||Föräldrarna Martin Eriksson och Frida Nyholm är hemma båda två denna månad.}}
=== hand-hr sv
Meddelande från receptionen
{{⟦biometric|Anders Hedlunds irismönster är nu inlagt i säkerhetsslussen till datahallen.⟧||Anders Hedlunds nya foto är nu inlagt på passerkortet till datahallen.}}
=== hand-policy sv
Integritetspolicy – Solgläntans Bageri AB
Vi behandlar inga känsliga personuppgifter som hälsa, religion, etniskt ursprung, fackligt medlemskap, politiska åsikter eller sexuell läggning. Uppgifter om lagöverträdelser hanteras endast vid anställning till befattningar med kontanthantering.
=== hand-policy sv
Personalhandbok, avsnitt 4: Sjukfrånvaro
Vid sjukdom anmäler du frånvaro till din chef före kl. 8 första dagen. Från dag 8 krävs läkarintyg. Rehabiliteringsansvaret ligger hos arbetsgivaren enligt arbetsmiljölagen.
=== hand-policy sv
Från intranätet: Sjukfrånvaron i koncernen var 4,8 % under 2025. 71 % av medarbetarna är medlemmar i ett fackförbund, och 23 personer har gått vår kurs i mental hälsa.
=== hand-news sv
IMY har gett Gymkedjan Puls AB en sanktionsavgift på 2 miljoner kronor för att ha använt ansiktsigenkänning i entréerna utan rättslig grund.
=== hand-news sv
Polisen i Malmö grep under natten två män i 20-årsåldern misstänkta för ett rån mot en tobaksaffär på Möllevångstorget. Båda är anhållna i sin frånvaro.
=== hand-news sv
Ur arkivet: Torparen Per Olsson i Tuna dömdes 1861 till spöstraff för att ha stulit en kalv från kyrkoherden. Domboken finns i landsarkivet i Uppsala.
=== hand-news sv
Recension: I Maja Sjöstrands nya roman drabbas huvudpersonen, en ensamstående präst i Härnösand, av bröstcancer och tappar sin tro. En stark berättelse om tvivel.
=== hand-mail sv
Hej Petra

Kan du boka en tolk på tigrinja till mötet med Semhar Tesfay på tisdag? Det gäller hennes ansökan om förskoleplats.

Tack
Mats
=== hand-mail sv
Hej Kenneth

Stort tack för din insats i Cancerfondens insamling – du och Kerstin samlade in 9 400 kronor på Hjärtloppet. Det är rekord!

Hälsningar
Britt
=== hand-chat sv
Jonna: har du sett Mikaels nya båt?
Emil Sund: ja den är sjukt snygg, han är helt sjuk i huvudet som köpte den för de pengarna haha
=== hand-chat sv
Sandra: dom sa att leveransen kommer imorgon, jag tror dom har fel adress
Malte Ek: dom skickar alltid till gamla kontoret, jag ringer dom
=== hand-mail sv
Hej Ingela

Johan har verkligen satt sina fingeravtryck på den nya webbplatsen – kunderna älskar den. Kan du beställa blommor till honom?

Hälsningar
Peter
=== hand-mail sv
Hej Carina

Jag håller i kräftskivan den 28 augusti igen i år. Lena tar med snapsvisor och Göran grillar. Hör av dig om du har någon allergi mot skaldjur!

/Kjell
=== hand-news sv
Sport: Viktor Carlgren dömdes för offside två gånger innan han satte straffen i 88:e minuten. Domaren Glenn Åkerö visade dessutom Alexander Fors rött kort.
=== hand-mail sv
Hej Sune

Sätt Linnea som hemlig kopia när du skickar offerten. Och tack för din fängslande föreläsning på kickoffen – alla pratade om den efteråt!

Hälsningar
Rut
=== hand-note sv
Protokoll, samverkansgruppen 5 mars
Närvarande: Agneta Bruhn (vd), Stefan Mörk (HR), Lotta Ring (ekonomi)
Ledningen informerade om det nya kollektivavtalet med Unionen från 1 april. Sjukfrånvaropolicyn ses över och alla erbjuds HLR-utbildning i maj.
=== hand-mail sv
Hej Solveig

Kan du hjälpa mig hitta en lokal för julgudstjänsten för de boende? Diakonen från Sofia församling har lovat att komma. Alla i huset är välkomna.

Hälsningar
Barbro Sjöholm, ordförande i hyresgästföreningen
=== hand-hr sv
Platsannons: Sjuksköterska till infektionskliniken, Danderyds sjukhus. Du arbetar med patienter med hiv och hepatit och ingår i ett tvärprofessionellt team. Kontakta vårdenhetschef Ulrika Brandt för mer information.
=== hand-mail sv
Hej Marcus

Kundfokus finns i vårt DNA, och det ska alla nyanställda känna från första dagen. Kan du och Therese ta fram introduktionen till mars?

Hälsningar
Anneli
=== hand-mail sv
Hej Fredrik

Jag svänger vänster vid rondellen och parkerar vid Folkets Hus, där mötet om den nya vägen är. Hänger du med? Det är vägföreningen som bjuder in, inte något parti.

/Göte
=== hand-chat sv
Klara: var ska vi äta?
Isak Lund: den nya libanesiska på Södergatan? de har både halal och veganskt
=== hand-news sv
Rapport: Var fjärde svensk med utländsk bakgrund har upplevt diskriminering på arbetsmarknaden, enligt en ny undersökning från Diskrimineringsombudsmannen med 2 300 svarande.
=== hand-note sv
Ur protokollet: Fatima Jama är utsedd till skyddsombud för lagret av medarbetarna. Hon deltar i skyddskommittén tillsammans med chefen.
=== hand-mail sv
Hej Ove

Tack för att du följde med din mamma till sjukgymnasten i går, så kunde jag ta butiken. Glöm inte att registrera timmarna som flex.

/Bertil
=== hand-mail sv
Hej!

Iris Lundmark är din nya kontaktperson på Fastighetsservice Norr. Du når henne på 090-12 34 56 alla vardagar.

Vänliga hälsningar
Kundtjänst
=== hand-mail sv
Hej Lisa

Jag är föräldraledig från 1 juni i sex månader. Min kollega Jonas tar över schemaläggningen under tiden.

Hälsningar
Anders Falk
=== hand-chat sv
Kristian: vad gör du i helgen?
Sara Holmgren: ska på 40-årskalas hos min kusin i Gävle, och på söndag till Judiska museet med min pojkvän Tobias
=== hand-news sv
Kommunfullmäktige i Borlänge antog budgeten med röster från Socialdemokraterna, Centerpartiet och Liberalerna. Kommunstyrelsens ordförande kallade den ansvarsfull med plats för fler undersköterskor.
=== hand-hr sv
Anteckning, utvecklingssamtal
Medarbetare: Johanna Persdotter
Johanna vill gå en kurs i facklitteratur och skrivande, och hon vill gärna bli fackman inom upphandling. Hon är en duktig fackboksförfattare och har skrivit om Gripen-projektet.
=== hand-mail sv
Hej Göran

Vi har tagit emot ett parti med 40 pallar från leverantören. Jonas fällde tyvärr en gran när han backade truck, men ingen kom till skada.

Mvh
Ronny
=== hand-mail sv
Hej Petra

Lite nytt innan du kommer tillbaka från semestern:
- Personalrummet målas vecka 30.
- Vi har fått en ny skrivare på plan 1.
- ⟦health|Gunnar är tillbaka efter tolv veckor på behandlingshem för sitt alkoholberoende och börjar på 50 %.⟧
- Glöm inte att attestera tidrapporterna.

Kram Lotta
=== hand-note sv
Rapport, avd. 12, kväll
Sal 1: Inga Lundh – lugn kväll, åt bra.
⟦health|Sal 2: Harry Bäckström – går på dialys tre gånger i veckan, nästa gång torsdag kl. 8, fastande från midnatt.⟧
Sal 3: tom, städad.
=== hand-mail sv
Hej Tord

Vi söker en vikarie för Stina Ahlgren i vår. ⟦health|Stina är cancersjuk och ska genomgå en ny strålbehandling i mars.⟧ Känner du någon?

Vänliga hälsningar
Karin
=== hand-chat sv
Ronny: vem är den nya på lagret
Leif Nyman: ⟦trade_union|det e Kent, han har varit med i Transport i 30 år och var klubbordförande i hamnen⟧
=== hand-mail sv
Hej alla

Grattis till Eva Lundqvist som fyller 60! ⟦political_opinion|Eva har varit medlem i Liberalerna sedan 1990 och sitter i kommunfullmäktige i Sigtuna för partiet.⟧ Vi firar henne på fredag kl. 14.

Hälsningar ledningen
=== hand-mail sv
Hej Jacob

Inför fikat på torsdag: ⟦religion|Samuel är Jehovas vittne och firar inte födelsedagar, så vi hoppar över sången och tårtan.⟧

/Lena
=== hand-mail sv
Hej Birgitta

⟦religion|Magdalena är ledig vecka 19 eftersom hon ska på pilgrimsvandring till Santiago de Compostela med sin katolska församling.⟧ Kan du ta hennes pass?

Hälsningar
Olle
=== hand-note sv
Samtalsanteckning, Ante Pavval
⟦ethnic_origin|Ante, som är same från Jåhkåmåhkke, berättar att han saknar den samiska gemenskapen i Stockholm.⟧ Vi tipsar om Sameföreningen.
=== hand-chat sv
Sofia: vilka följer med till Göteborg?
Linus Wahl: ⟦sexual_orientation|Erik och hans pojkvän Adam, de har precis köpt hus i Majorna⟧
=== hand-mail sv
Hej Malin

⟦sexual_orientation|Ida Sundqvist vill gå med i vårt hbtqi-nätverk, eftersom hon är lesbisk och vill träffa andra på jobbet.⟧ Kan du skicka en länk till henne?

/Jonas
=== hand-note sv
Ärende 2026-087, butikschefens anteckning
⟦criminal_records|Robin Eklöf har godkänt ett strafföreläggande på 40 dagsböter för snatteri i vår butik i Kungens kurva.⟧ Han har fått tillträdesförbud i ett år.
=== hand-chat sv
Tanja: har Dennis kommit ut?
Jonny Lind: ⟦criminal_records|ja, han blev frisläppt från Kumla förra veckan efter tio månader⟧
=== hand-mail sv
Hej Maria

⟦genetic+health|Den genetiska utredningen visade att vår dotter Alice har Ehlers-Danlos syndrom, så hon följs upp på Astrid Lindgrens barnsjukhus en gång om året.⟧ Därför behöver jag vara ledig 3 juni.

Vänliga hälsningar
Christoffer Holm
=== hand-mail sv
Hej IT

⟦biometric|Therese Lundin är nu upplagd i den nya tidsstämplingen med fingeravtrycksläsare vid entrén.⟧ Hon behöver fortfarande ett vanligt kort till matsalen.

Mvh Service
=== hand-note sv
Kommunens integrationsenhet
⟦religion+ethnic_origin|Shirin Rahimi är bahá'í och hazara, och hon önskar en tolk på dari, inte persiska.⟧
=== hand-mail sv
Hej Karin

⟦health+trade_union|Arbetsplatsombudet Sami Yousef (Vision) är med på mötet om Annas sjukskrivning; hon har fått en stroke och rehabiliteras.⟧

Mvh
Lena, HR
=== hand-form sv
HÄLSODEKLARATION – KÖRKORT (skannad)
Namn: Ingvar Sundqvist        Födelseår: 1956
Har du:
{{[X] Diabetes   [ ] Epilepsi   [ ] Hjärtsjukdom
⟦health|Om ja, beskriv: Typ 1, insulinbehandlad sedan 1988⟧||[ ] Diabetes   [ ] Epilepsi   [ ] Hjärtsjukdom
Om ja, beskriv:}}
Underskrift: I. Sundqvist
=== hand-mail sv
Hej Susanne

Jag skickar vidare Peters svar så att du vet bakgrunden.

> Hej Carina
> Tack för inbjudan till teamdagen. {{⟦health|Jag kan tyvärr inte följa med på kanotturen eftersom jag fortfarande får cellgifter mot min leukemi.⟧||Jag kan tyvärr inte följa med på kanotturen eftersom jag har lovat att skjutsa min dotter till en handbollscup.}}
> Hälsningar Peter Rosén

Kram Carina
=== hand-mixed sv
Meddelande från Skolplattformen – klass 4B, Kvarnbyskolan
Till vårdnadshavare för Ebbe
{{⟦health|Som vi sa på mötet är Ebbes utredning klar – han har fått diagnosen ADHD och får en resursperson på mattelektionerna.⟧||Som vi sa på mötet bjuder vi in alla vårdnadshavare i årskursen till en temakväll om ADHD och lärande på torsdag kl. 19.}}
Hälsningar Pernilla Gad, klasslärare
=== hand-chat sv
[Messenger] Britt Holm: hur är det med din syster?
[Messenger] Gun Kjellén: {{⟦health|hon har kommit hem från psykiatrin, dom säger att det är bipolär sjukdom⟧||hon har kommit hem från Thailand, dom hade en fantastisk resa}}
=== hand-note sv
Anteckning, kommunens kontaktcenter
Medborgare: Helmer Nyqvist, Närpes (Finland, flyttat till Umeå)
Han berättar på österbottniska: "{{⟦health|Ja ha fått ett nytt hjärta i vintras, så ja kan int åk ti stan mer⟧||Ja ha fått en ny bil i vintras, så ja kan åk ti stan själv nu}}".
Handläggare: Marlene Isaksson
=== hand-mail sv
Hej alla i Rotary Kalmar

{{⟦political_opinion|Vår kassör Jörgen Carlén kandiderar för Sverigedemokraterna i kommunvalet och tar därför en paus från styrelsen fram till valet.⟧||Vår kassör Jörgen Carlén tar en paus från styrelsen fram till hösten, eftersom han bygger om huset.}}

Vänliga hälsningar
Ordföranden
=== hand-hr sv
Avgångssamtal, anteckningar
Medarbetare: Rasmus Gyllenborg
{{⟦trade_union|Rasmus berättar att han som förtroendevald för IF Metall har upplevt ett dåligt samarbete med produktionschefen.⟧||Rasmus berättar att han som teamkoordinator har upplevt ett dåligt samarbete med produktionschefen.}}
Orsak: nytt jobb i Jönköping.
=== hand-mail sv
Hej Signe

Personaltidningen för december är nästan klar. Innehåll:
- Intervju med Lone Juhlin om det nya lagret i Norrköping.
- Julfesten: Peter Dahl och Sara Bengtsson fixar musiken.
- Friskvård: Alla kan nu få gratis influensavaccin.
- Fackens nya avtal: Se översikten på intranätet.
- Vi var med på Stockholm Pride med 40 kollegor – tack till Mikael Hvit för banderollerna!
Kram Ditte
"""
