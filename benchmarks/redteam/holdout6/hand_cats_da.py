# ruff: noqa: W291 (the pasted spreadsheets keep their empty trailing cells)
"""Hand-written Danish documents for categories.jsonl (markup: ⟦TAGS|sentence⟧, tags in render.TAGS)."""

TEXT = r"""
=== hand-webshop da
Hej Zalando-kundeservice
Jeg vil gerne returnere de to par sko, ordre 40418822. ⟦H|Jeg har fået konstateret sukkersyge i sommer og må ikke gå i sko der trykker, så min fodterapeut har frarådet dem.⟧ Kan I sende en returlabel?
Mvh Grethe Kamp
=== hand-webshop da
Returpolitik: Du har 30 dages fuld returret. Undertøj, badetøj og hygiejneartikler kan af hygiejnemæssige årsager kun returneres i uåbnet emballage. Medicinsk udstyr som blodtryksmålere er undtaget returretten.
=== hand-webshop da
Hej. ⟦H|Jeg er lige blevet gravid og kan ikke passe kjolen alligevel⟧ - kan jeg bytte til en størrelse større, eller skal den returneres? /Sarah Holm
=== hand-retail da
Reklamation nr. 2291 - høreapparatbatterier
Kunden, Bent Aagesen, kom i butikken og klagede over at batterierne kun holder et par dage. ⟦H|Han bruger høreapparat på begge ører efter en arbejdsskade fra tiden på skibsværftet.⟧ Vi har byttet pakken.
=== hand-retail da
Personalemeddelelse, Bilka Tilst: Husk at kunder med synlige handicap eller kørestol kan bede om hjælp ved kassen. Vi har lånerollatorer ved indgang B. Butikken deltager i Handicapvenlig Butik-ordningen fra 1. marts.
=== hand-retail da
Vagtrapport, Salling Aarhus, lørdag
Kl. 14.20 stoppede vi en kvinde ved udgangen med varer for 1.200 kr. i tasken. ⟦C|Politiet kom og tog hende med, og hun blev sigtet for butikstyveri - hun opgav navnet Dorthe Lassen og var kendt af politiet fra tidligere.⟧ Varerne er sat på plads igen.
=== hand-shipping da
Chaufførskema, Vognmand Brix & Søn
Ny chauffør pr. 1/12: Kasper Holm, 34 år. ⟦C|Kasper har en betinget dom fra 2024 for spirituskørsel og fik kørekortet tilbage i august.⟧ Han kører natruten Aarhus-Padborg.
=== hand-shipping da
Hej Trine. Toldvæsenet har tilbageholdt forsendelsen med kosttilskud fra USA fordi den indeholder melatonin, som kræver recept i Danmark. Modtageren er et firma, så det er bare papirarbejde. /Logistik
=== hand-shipping da
Kære kunde, din pakke med insulinpen og kanyler er forsinket pga. tolden. ⟦H|Da vi kan se at du, Mikael Ravn, har type 1-diabetes ifølge din recept hos os, har vi bedt om hasteekspedition.⟧ Venlig hilsen Apotekets Netbutik
=== hand-housing da
Kære beboere i afd. 14
Der afholdes fælles iftar i beboerhuset lørdag kl. 17.45 for alle, der har lyst. Medbring gerne en ret. Arrangementet er åbent for alle, uanset tro. Hilsen aktivitetsudvalget
=== hand-housing da
Indstilling til akut boligtildeling
Ansøger: Hanne Ryberg, 57 år. ⟦H|Hanne har multipel sklerose og sidder nu i kørestol, så hun kan ikke længere komme op på 3. sal.⟧ Vi indstiller til en stueetagebolig med niveaufri adgang.
=== hand-housing da
Referat af bestyrelsesmøde, AB Solgården
Pkt 3: Klager over støj fra nr. 12. ⟦C|Bestyrelsen har fået oplyst, at beboeren i nr. 12, Jimmy Lund, sidder varetægtsfængslet og at lejligheden foreløbig står tom.⟧ Administrator kontakter hans advokat om husleje.
=== hand-housing da
Husorden for Andelsboligforeningen Kastanjen: Det er ikke tilladt at holde hund uden bestyrelsens godkendelse. Førerhunde og servicehunde for personer med handicap er altid tilladt.
=== hand-realestate da
Mægler-notat, fremvisning Egevej 4
Køberne, Mads og Jonas Winther-Berg, var meget interesserede. ⟦S|De er gift og har adopteret en lille pige, så de leder efter et hus med tre værelser tæt på skole.⟧ De vil give bud senest fredag.
=== hand-realestate da
Salgsopstilling: Villa med integreret garage, 142 m², bygget 1974. Huset er indrettet med trappelift, som kan medfølge. Tæt på Brugsen, skole og kirke. Energimærke D.
=== hand-charity da
Kære Inger Marie Holt
Tak for din gave på 5.000 kr. til vores arbejde for hjemløse i 2026. ⟦R|Som medlem af Frelsens Hær-korpset i Esbjerg har du nu støttet os i 12 år.⟧ Vi indberetter gaven til Skattestyrelsen.
=== hand-charity da
Donorliste til årsrapporten (kun dem der har sagt ja til offentliggørelse): Familien Hjorth, Bagerenes Fond, Lise og Ole Bang, Brugsforeningen i Ry. Tusind tak for jeres støtte til Kræftens Bekæmpelses lokalforening.
=== hand-charity da
Hej Hjerteforeningen. ⟦H|Min mand Aksel fik en blodprop i hjertet i foråret, og nu vil vi gerne give et bidrag som tak for jeres genoptræningsforløb.⟧ Vi overfører 2.000 kr. Venlig hilsen Vibeke Thorsen
=== hand-charity da
Indsamlingsaktion: Vi søger 40 frivillige indsamlere til Folkekirkens Nødhjælps sogneindsamling søndag d. 8. marts. Tilmeld dig på nettet.
=== hand-sports da
Hej forældre i U11. ⟦H|Noah har brækket armen og er ude resten af sæsonen.⟧ Vi sender ham en hilsen fra holdet. Træning torsdag som normalt. /Thomas, træner
=== hand-sports da
Generalforsamling i Skanderborg Tennisklub. Bestyrelsen foreslår en ny politik for krænkelser. Klubben har fået en børneattest på alle trænere, og ingen havde anmærkninger.
=== hand-sports da
Referat - bestyrelsesmøde i Gjern IF
Pkt 5. ⟦C|Klubbens tidligere kasserer, Bo Kjeldsen, er blevet dømt for underslæb af klubbens midler, 180.000 kr., og har fået tre måneders betinget fængsel.⟧ Klubben har fået pengene igen via forsikringen.
=== hand-sports da
Vi byder velkommen til vores nye svømmetræner, Ahmad. ⟦R|Ahmad er muslim og har bedt om at få fri fredag eftermiddag i fastemåneden, hvilket bestyrelsen har sagt ja til.⟧
=== hand-sports da
Invitation: Pride-stævne i Køge Svømmeklub. Alle er velkomne, uanset køn og seksualitet. Vi har regnbueflag og kage i cafeteriet.
=== hand-sports da
DGI Fodbold - dommerindstilling
⟦S|Martin Dahl (dommer i serie 2) har selv fortalt i dommerklubbens blad, at han er bøsse og har været sammen med sin kæreste Rasmus i seks år.⟧ Vi indstiller ham til Årets Dommer.
=== hand-hunting da
Ansøgning om våbentilladelse - bemærkninger fra politiet
⟦C|Ansøgeren, Preben Møller, er tidligere straffet for vold (2019), og tilladelsen afslås derfor.⟧ Afgørelsen kan påklages til Rigspolitiet inden 4 uger.
=== hand-hunting da
Jagtforeningen Vestskoven: Husk at alle nye jægere skal have bestået jagtprøven og have gyldigt jagttegn. Politiet kan afslå våbenpåtegning, hvis ansøgeren er straffet.
=== hand-recruit da
Intern note - kandidat til lagerstilling
⟦U|Tobias Frost har været tillidsrepræsentant for 3F på sit tidligere lager i Horsens.⟧ Han virker rolig og struktureret. Vi går videre til 2. samtale.
=== hand-recruit da
Jobopslag: Socialrådgiver til misbrugscentret i Randers. Du får erfarne kolleger og supervision. Løn efter overenskomst mellem KL og Dansk Socialrådgiverforening.
=== hand-recruit da
Reference for Maria Petrovic, tidl. ansat som kok
Maria var dygtig og stabil. ⟦H|Hun havde en længere sygemelding i 2023 pga. stress, men kom godt tilbage.⟧ Vi kan varmt anbefale hende.
=== hand-recruit da
Kære ansøger. Vi har modtaget din ansøgning og vender tilbage inden 14 dage. Bemærk at vi indhenter straffeattest på alle nyansatte i henhold til vores politik.
=== hand-recruit da
Opsummering fra screeningssamtale, vikarbureauet: ⟦E|Amaru Kleist er grønlænder, opvokset i Sisimiut, og søger job i Aalborg for at være tæt på familien.⟧ Kan starte med det samme.
=== hand-telecom da
Kundenotat, YouSee: ⟦H|Kunden Erna Bloch er blind og kan ikke bruge app'en; hun ønsker regninger som lydfil eller i punktskrift.⟧ Sat op til telefonbetjening.
=== hand-telecom da
Telefonselskabet tilbyder et særligt abonnement med tekst-til-tale for kunder med hørenedsættelse. Læs mere i vores tilgængelighedserklæring.
=== hand-utility da
Dispensation for rykkergebyr - Vandværket
⟦H|Kunden, Svend Haugaard, har været indlagt på psykiatrisk afdeling i tre måneder og har derfor ikke betalt.⟧ Rykkergebyrerne frafaldes.
=== hand-utility da
Fjernvarme Fyn har pr. 1. januar nye regler for betaling. Kunder, der modtager førtidspension eller folkepension, kan ansøge om afdragsordning.
=== hand-travel da
Booking-note, Nilles Rejser
Gruppe fra Brønderslev Menighedsråd, 22 personer, Israel 9 dage. Fokus: Jerusalem, Genesaret sø og Betlehem. Præst med som guide.
=== hand-travel da
Særlige ønsker til flyrejse: ⟦R|Yosef og Dalia Cohen spiser kun kosher, og de rejser ikke på sabbatten, så hjemrejsen skal være søndag.⟧ ⟦H|Dalia har desuden brug for assistance med kørestol i lufthavnen.⟧
=== hand-travel da
Hej. Kan I fortælle om hotellet i Antalya har halalmad og bederum? Vi overvejer at booke til påsken. Venlig hilsen
=== hand-immigration da
Afgørelse om asyl - resumé
⟦O,R|Ansøgeren, Reza Karimi, har forklaret at han var aktiv i et forbudt oppositionsparti i Iran og konverterede til kristendommen i 2021.⟧ Udlændingestyrelsen finder forklaringen troværdig, og der meddeles opholdstilladelse efter udlændingelovens § 7, stk. 1.
=== hand-immigration da
Statistik: Udlændingestyrelsen behandlede i 2025 i alt 2.314 asylsager. Flest ansøgere kom fra Syrien, Eritrea og Afghanistan. Anerkendelsesprocenten var 46.
=== hand-immigration da
Tolkens bemærkning til samtalen: ⟦S|Ansøgeren Yusuf A. fortalte at han er homoseksuel og blev forfulgt af sin familie i Uganda.⟧ Samtalen tog tre timer med pauser.
=== hand-interpreter da
Tolkebestilling bekræftet: somali, onsdag kl. 9, Jobcenter Silkeborg, borgersamtale. Tolk: Hibo Farah. Bemærk: samtalen kan vare op til 2 timer.
=== hand-interpreter da
Notat fra tolk (til koordinator): Jeg tolkede for Nimo Abdi ved lægen. ⟦H|Hun fik at vide at hun har brystkræft og skal opereres.⟧ Jeg var selv meget påvirket og vil gerne have supervision.
=== hand-research da
Samtykke til biobank: ⟦G,H|Deltageren, Kristian Holm, har fået foretaget helgenomsekventering, som viste en BRCA2-mutation, og er henvist til genetisk rådgivning.⟧
=== hand-research da
Deltagerinformation: Formålet med projektet er at undersøge arvelige faktorer ved hjertesygdom. Vi beder om en blodprøve til DNA-analyse. Deltagelse er frivillig, og du kan trække dit samtykke tilbage.
=== hand-research da
Forsøgsprotokol, bilag 3: Inklusionskriterier: alder 18-65, diagnosticeret med depression (ICD-10 F32), ingen misbrug. Eksklusion: graviditet, psykose.
=== hand-research da
Screeningslog: ⟦H|Deltager 014, Lene Winther, opfyldte kriterierne: moderat depression diagnosticeret maj 2026.⟧ Randomiseret til arm B.
=== hand-press da
PRESSEMEDDELELSE: Byrådsmedlem træder ud af partiet
⟦O|Byrådsmedlem Carsten Holck, der blev valgt for Venstre i 2021, melder sig ud af partiet og fortsætter som løsgænger.⟧ Han begrunder det med uenighed om skolestrukturen.
=== hand-press da
Lokalavisen: 58-årig mand anholdt efter indbrud i sommerhuse ved Rørvig. Politiet efterlyser vidner. Manden nægter sig skyldig.
=== hand-press da
Retsreportage: ⟦C|Den tidligere bankdirektør Allan Brink blev i går idømt to års fængsel for mandatsvig for 14 mio. kr. i Retten i Glostrup.⟧ Han ankede dommen.
=== hand-press da
Kronik: Fagbevægelsen har mistet medlemmer i 20 år. Kun 64 pct. af lønmodtagerne er i dag organiseret, og de gule fagforeninger vokser. Hvad betyder det for den danske model?
=== hand-election da
Kandidatliste, Socialdemokratiet, Randers Kommune
1. Torben Hansen, borgmester
2. Louise Bach, pædagog
3. Ali Haddad, buschauffør
⟦O|Liste A's kandidater ovenfor er opstillet for Socialdemokratiet ved kommunalvalget.⟧
=== hand-election da
Valgstyrer-instruks: Tilforordnede må ikke bære partisymboler i valglokalet. Stemmesedler, hvor vælgeren kan identificeres, er ugyldige.
=== hand-election da
Hej valgsekretariat. Jeg har fået indkaldelse som tilforordnet på valgdagen. Jeg kan desværre ikke, da jeg er bortrejst. Mvh Susanne Dyhr
=== hand-election da
⟦O|Jeg er selv medlem af SF og stiller op til regionsrådet i Nordjylland,⟧ så jeg kan ikke være tilforordnet. Venlig hilsen Lars Ulrik Birk
=== hand-cars da
Forsikringsnotat: ⟦C|Forsikringstager Jakob Agger har fået frakendt kørekortet betinget for 3 år efter kørsel med 1,4 promille.⟧ Præmien hæves fra næste termin.
=== hand-cars da
Autoværkstedet: Ombygning til kørestolsbil med rampe og håndbetjent speeder udføres efter aftale med kommunens hjælpemiddelafdeling. Pris ca. 85.000 kr.
=== hand-cars da
Bilforhandler-note: ⟦H|Kunden, Keld Brask, har kun én arm efter en ulykke og skal have automatgear og drejeknop på rattet.⟧ Bestilt.
=== hand-library da
Hej bibliotek. ⟦H|Min søn Viktor er ordblind, og vi vil gerne have adgang til Nota-lydbøger til ham.⟧ Han går i 4. klasse på Rådhusskolen. Mvh Camilla Weng
=== hand-library da
Bibliotekernes fællesudstilling i november: "Tro og tvivl i dansk litteratur". Foredrag med en præst og en ateist onsdag kl. 19. Gratis adgang.
=== hand-kindergarten da
Besked til stuen: ⟦H|Clara (Rød stue) har fået konstateret cøliaki, så hun skal have glutenfri mad fra mandag.⟧ Hendes mor har været nede med en liste. /Køkkenet
=== hand-kindergarten da
Kostpolitik, Børnehuset Mælkebøtten: Vi serverer ikke svinekød til frokost, og vi tager hensyn til allergier efter lægeerklæring. Forældre skal oplyse allergier ved indskrivning.
=== hand-kindergarten da
Referat af forældresamtale: ⟦E,R|Hamids forældre fortalte, at familien er kurdere fra Kobani og yeziddier, og at de gerne vil have at Hamid lærer kurmanji derhjemme.⟧ Vi aftalte at sprogstimulering fortsætter.
=== hand-kindergarten da
Kære forældre. Vi holder julefest i børnehaven fredag d. 12. Børnene synger julesange. Hvis I af religiøse grunde ikke ønsker at jeres barn deltager, så sig til.
=== hand-driving da
Køreskole: Helbredserklæring mangler for elev Sofie Nygaard. ⟦H|Hendes læge skal bekræfte at epilepsien har været anfaldsfri i over et år, før hun må køre til prøve.⟧
=== hand-driving da
Info: Har du en kronisk sygdom som diabetes eller epilepsi, skal din læge udfylde en helbredsattest før du kan få kørekort. Kontakt os hvis du er i tvivl.
=== hand-blood da
Karantæne-notat, Blodbanken
⟦S|Donor Jonas Lindberg oplyste ved samtalen at han har haft sex med en mand inden for de sidste fire måneder,⟧ og han er derfor udsat i 4 måneder efter gældende regler.
=== hand-blood da
Hvem kan blive bloddonor? Du skal være mellem 18 og 65 år, veje over 50 kg og være rask. Har du rejst i malariaområder eller fået tatovering for nylig, skal du vente før du kan tappe.
=== hand-blood da
Hej, jeg blev afvist ved tapningen i dag pga. lavt blodprocent. ⟦H|Jeg har jernmangel og får nu tilskud fra min læge.⟧ Kan jeg booke ny tid om 3 måneder? /Mette Sand
=== hand-pension da
PensionDanmark - afgørelse
⟦H|Vi har tilkendt dig, Lone Pihl, invalidepension, da din arbejdsevne efter diskusprolapsen er varigt nedsat med mere end halvdelen.⟧ Udbetaling sker fra 1. januar.
=== hand-pension da
Generelt om invalidepension: Du kan få udbetalt invalidepension, hvis din arbejdsevne er nedsat med mindst halvdelen. Vi vurderer på baggrund af lægelige oplysninger.
=== hand-union da
NYHEDSBREV fra Dansk Metal, Aarhus afdeling. ⟦U|Vi ønsker tillykke til Jesper Raun, der i denne måned har været medlem i 40 år og har siddet i afdelingsbestyrelsen siden 2009.⟧ Reception fredag kl. 14.
=== hand-union da
HK informerer: Ny overenskomst for butiksansatte giver 6,2 % mere i løn over tre år. Læs hele aftalen på hk.dk. Afstemningen slutter 20. marts.
=== hand-union da
Hej Jette. ⟦U|Jeg har meldt mig ud af Krifa og ind i FOA,⟧ så du skal ændre fradraget på min lønseddel fra næste måned. Mvh Peter Gade
=== hand-studenthousing da
Kollegiekontoret: Prioriteret indstilling
⟦H|Ansøgeren, Mikkel Rahbek, har autisme og har brug for et eget værelse med eget bad.⟧ Vi giver ham fortrinsret til værelse 214.
=== hand-studenthousing da
Kollegiets husregler: Rygning, også af e-cigaretter, er forbudt indendørs. Narkotika medfører ophævelse af lejemålet. Fester skal anmeldes til kollegiekontoret.
=== hand-whatsapp da
[08.11.26, 21:14] Maja: hvordan gik det hos lægen?
[08.11.26, 21:20] Emil: ⟦H|de tror det er sklerose, jeg skal til MR-scanning på tirsdag⟧
[08.11.26, 21:21] Maja: åh nej, jeg er her hvis du har brug for noget ❤️
=== hand-whatsapp da
[02.12.26, 10:02] Signe: skal vi spise sammen lørdag?
[02.12.26, 10:05] Amir: ja! ⟦R|men husk jeg spiser halal, og jeg faster stadig indtil kl 16 de næste par dage pga min tro⟧
[02.12.26, 10:06] Signe: klart, jeg laver vegetar 😊
=== hand-whatsapp da
[15.10.26, 19:40] Kim: hvem stemmer du på i morgen?
[15.10.26, 19:41] Lis: det er hemmeligt 😄
[15.10.26, 19:42] Kim: haha okay
=== hand-outlook da
Møde: Sparring med HR om sag 2026-114
Tid: torsdag 10:00-10:30
Agenda: ⟦C|Medarbejderen Thomas Skov har meddelt at han er sigtet for vold i nattelivet og skal i retten i januar.⟧ Vi drøfter om det har betydning for hans stilling som pædagog.
=== hand-outlook da
Møde: GDPR-kursus for nye medarbejdere
Agenda: Hvad er følsomme personoplysninger? Helbred, fagforening, religion, seksuel orientering, etnisk oprindelse og strafbare forhold. Eksempler og øvelser.
=== hand-spreadsheet da
	A	B	C	D
1	Navn	Afdeling	Fravær 2026 (dage)	Bemærkning
2	Lise Holm	Lager	3	
3	Henrik Krog	Lager	41	⟦H|Langtidssygemeldt, knæoperation⟧
4	Sara Hvid	Salg	0	
5	I alt		=SUM(C2:C4)	
=== hand-spreadsheet da
	A	B	C
1	Afdeling	Sygefravær %	Mål
2	Lager	5,2	4,0
3	Salg	2,1	3,0
4	Kontor	3,4	3,0
=== hand-fax da
FAX - Lægeerklæring til arbejdsgiver
Patient: Birgitte Schou
⟦H|Patienten er uarbejdsdygtig i perioden 1/11-30/11 grundet svær lungebetændelse.⟧
Dr. med. Jens Kure, Lægehuset Torvet
=== hand-minutes da
Referat fra menighedsrådsmøde, Sct. Nikolaj Sogn
Pkt 4: Kirkens nye kirkesanger er ansat. Pkt 5: Budget 2027 vedtaget. Pkt 6: Konfirmationsforberedelse flyttes til onsdag. Mødet sluttede kl. 21.
=== hand-minutes da
Referat, Grundejerforeningen Lærkereden. Eventuelt: ⟦R|Formanden, Knud Eriksen, fortalte at han efter 40 år er meldt ud af folkekirken og nu kalder sig ateist, så han deltager ikke i juleandagten.⟧ Det blev taget til efterretning.
=== hand-jira da
[HR-5123] Tilpasning af arbejdsplads
⟦H|Medarbejder Anne Kirk (lønnr. 4471) har fået diagnosen ADHD og har bedt om støjreducerende hovedtelefoner og faste arbejdsopgaver.⟧
Status: Godkendt af leder
=== hand-jira da
[SEC-77] Adgangskontrol: test af nye fingeraftrykslæsere i serverrummet. Leverandøren skal dokumentere at skabelonerne gemmes krypteret. Ingen medarbejdere er indrulleret endnu.
=== hand-jira da
[SEC-79] ⟦B|Fingeraftryk for Morten Lind og Ida Brask er nu indrulleret i adgangssystemet til serverrummet,⟧ og deres nøglekort er deaktiveret.
=== hand-pdfform da
Ansøgning om handicapparkeringskort
Ansøgers navn: ____________________
Diagnose: ____________________
Lægens underskrift: ____________________
Kortet udstedes af Danske Handicaporganisationer.
=== hand-pdfform da
Ansøgning om handicapparkeringskort
Ansøgers navn: Ejner Pedersen
⟦H|Diagnose: KOL, kan gå max 50 meter uden pause⟧
Lægens underskrift: Anne Due, læge
=== hand-markdown da
| Navn | Rolle | Kost |
|---|---|---|
| Jens | Træner | Alt |
| Yasmin | Spiller | ⟦R|Halal⟧ |
| Oliver | Spiller | ⟦H|Nøddeallergi (EpiPen)⟧ |
=== hand-markdown da
| Kategori | Antal henvendelser 2026 |
|---|---|
| Helbred | 412 |
| Fagforening | 38 |
| Strafbare forhold | 17 |
=== hand-genealogy da
Slægtsforskning - ⟦G|DNA-testen viste at Karen Vind og jeg, Hans Vind, er halvsøskende, ikke helsøskende som vi troede.⟧ Vi deler kun 25 % af vores DNA.
=== hand-biometric da
Ny medarbejder i produktionen: Husk at ⟦B|Ali Yilmaz' ansigtsskabelon er registreret i tidsregistreringen⟧, så han stempler ind med ansigtsgenkendelse fra mandag.
=== hand-biometric da
Vores nye tidsregistrering bruger ansigtsgenkendelse. Medarbejdere kan vælge at bruge nøglekort i stedet. Skabelonerne slettes ved fratrædelse.
=== hand-question da
Spørgsmål til HR: Hvis en kollega fortæller mig at hun er gravid, må jeg så sige det videre til vores chef?
=== hand-hypothetical da
Eksempel fra GDPR-kurset: "Forestil dig at en medarbejder fortæller, at hun har kræft. Hvilke regler gælder så for den oplysning?" Diskuter i grupper.
"""
