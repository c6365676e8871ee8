"""Hand-written Danish documents for categories.jsonl.

``⟦category|sentence⟧`` marks the sentence that reveals the category about an identifiable person
(``⟦genetic+health|...⟧`` for two); a document without marks reveals nothing about anybody.
"""

from __future__ import annotations

DOCS: list[tuple[str, str]] = [
    (
        "mail-hr",
        """Hej Susanne

Jeg vil bare lige orientere dig om, at Michael Kjær fra lageret ringede i morges. ⟦health|Han er blevet opereret for en diskusprolaps og er sygemeldt resten af måneden.⟧ Han regner med at starte på nedsat tid i december.

Kan du give vagtplanlæggeren besked?

Mvh
Anja""",
    ),
    (
        "mail-hr",
        """Hej Susanne

Michael Kjær fra lageret ringede i morges. Han har fået en ny opgave i Kolding-afdelingen fra december og stopper derfor hos os den 30. november. Kan du give vagtplanlæggeren besked?

Mvh
Anja""",
    ),
    (
        "sms",
        """hej Bo, jeg kommer ikke i morgen. ⟦health|har været på skadestuen, brækket håndleddet, får gips på i 6 uger⟧ 😩 /Mikkel""",
    ),
    (
        "sms",
        """hej Bo, jeg kommer ikke i morgen, min bil er gået i stykker og værkstedet har den til fredag. /Mikkel""",
    ),
    (
        "mail-union",
        """Kære Lars Holm

⟦trade_union|Tak for din indmeldelse i HK Privat. Du er nu medlem med virkning fra 1. november.⟧ Dit medlemskort kan hentes i appen.

Venlig hilsen
HK Privat, Medlemsservice""",
    ),
    (
        "mail-union",
        """Kære Lars Holm

Tak for din henvendelse om vores kursus "Forhandling for begyndere". Kurset er åbent for alle, også ikke-medlemmer, og koster 1.200 kr. Du kan tilmelde dig på hjemmesiden.

Venlig hilsen
HK Privat, Kursusafdelingen""",
    ),
    (
        "minutes",
        """Referat af samarbejdsudvalgsmøde 12.11.2025

Til stede: Direktør Ole Brix, HR-chef Tina Lund, ⟦trade_union|tillidsrepræsentant Kim Åberg (3F)⟧ og arbejdsmiljørepræsentant Jeanette Foss.

1. Ny vagtplan fra januar: drøftet, godkendt med justeringer.
2. Kantineordning: prisen stiger til 32 kr.
3. Næste møde 10. december.""",
    ),
    (
        "minutes",
        """Referat af samarbejdsudvalgsmøde 12.11.2025

Til stede: Direktør Ole Brix, HR-chef Tina Lund og medarbejderrepræsentanterne Kim Åberg og Jeanette Foss.

1. Ny vagtplan fra januar: drøftet, godkendt med justeringer.
2. Overenskomsten med 3F udløber i marts; ledelsen forbereder forhandlingerne.
3. Næste møde 10. december.""",
    ),
    (
        "mail-private",
        """Kære Hanne

Tusind tak for de dejlige blomster. ⟦health|Jeg har fået at vide, at det er brystkræft, men de har fanget det tidligt, og jeg skal opereres på torsdag.⟧ Jeg skal nok fortælle, hvordan det går.

Kærlig hilsen
Birgit Holt""",
    ),
    (
        "mail-private",
        """Kære Hanne

Tusind tak for de dejlige blomster til min fødselsdag. Vi havde en hyggelig dag, og børnebørnene var her alle sammen. Jeg glæder mig til at se dig til jul.

Kærlig hilsen
Birgit Holt""",
    ),
    (
        "note-municipality",
        """Journalnotat, 4.11.2025, sagsbehandler Per Worm

Borger: Jamal Omar, Tingvej 12, 8800 Viborg.
Borger mødte op til samtale med tolk. ⟦health|Borger oplyser, at han er i behandling for PTSD hos Psykiatrien i Viborg og tager antidepressiv medicin.⟧ Vi aftalte at indhente en statusattest fra psykiateren.
Næste samtale: 2.12.2025.""",
    ),
    (
        "note-municipality",
        """Journalnotat, 4.11.2025, sagsbehandler Per Worm

Borger: Jamal Omar, Tingvej 12, 8800 Viborg.
Borger mødte op til samtale med tolk. Vi gennemgik jobplanen; borger ønsker at tage truckcertifikat. Jeg sender en ansøgning til AMU.
Næste samtale: 2.12.2025.""",
    ),
    (
        "mail-colleague",
        """Hej alle

Som nogle af jer ved, har Jesper og jeg været kærester i et par år. ⟦sexual_orientation|Vi skal giftes til sommer, og I er alle inviteret!⟧

Kh Thomas Vang""",
    ),
    (
        "mail-colleague",
        """Hej alle

Som nogle af jer ved, har Jesper Mørk fra salg været hos os i ti år. Vi holder et lille jubilæumsarrangement fredag kl. 14 i kantinen. Alle er velkomne!

Kh Thomas Vang""",
    ),
    (
        "news-local",
        """Byrådet i Skive fik i går to nye medlemmer. ⟦political_opinion|Lene Damsgaard (V) og Ahmed Raza (S) indtræder som stedfortrædere for Karsten Bruun og Vivi Holm, der begge er gået på orlov.⟧ Det første møde med de nye medlemmer holdes den 9. december.""",
    ),
    (
        "news-local",
        """Skive Kommune har fået ny kommunaldirektør. Lene Damsgaard kommer fra en stilling som direktør i Viborg Kommune og tiltræder den 1. februar. Hun afløser Karsten Bruun, der går på pension efter 14 år.""",
    ),
    (
        "mail-school",
        """Kære Mette og Jon

⟦religion|Tak for jeres besked om, at Aisha fremover ikke deltager i svømning, fordi hun af religiøse grunde ønsker at bære tørklæde.⟧ Vi finder en løsning sammen med idrætslæreren.

Venlig hilsen
Skoleleder Per Bach""",
    ),
    (
        "mail-school",
        """Kære forældre

Vi minder om, at skolen holder lukket i efterårsferien. Religionsundervisningen i 7. klasse har i år et forløb om verdensreligionerne med besøg i en kirke, en moské og en synagoge. Alle elever deltager.

Venlig hilsen
Skoleleder Per Bach""",
    ),
    (
        "police-note",
        """Til Personaleafdelingen

⟦criminal_records|Medarbejder Nikolaj Thomsen blev den 2. oktober idømt 30 dages betinget fængsel for vold på en natklub i Aalborg.⟧ Han har selv oplyst det. Da han ikke arbejder med børn, har det ikke betydning for ansættelsen.

/Søren, leder""",
    ),
    (
        "police-note",
        """Til Personaleafdelingen

Medarbejder Nikolaj Thomsen blev den 2. oktober overfaldet på en natklub i Aalborg og har anmeldt det til politiet. Han er tilbage på arbejde på mandag og har bedt om at få nattevagterne byttet i en periode.

/Søren, leder""",
    ),
    (
        "mail-access",
        """Hej IT

⟦biometric|Jeg har i dag registreret fingeraftryk for Nanna Bech i adgangssystemet til serverrummet, så hun kan låse sig ind uden kort.⟧

/Carsten, facility""",
    ),
    (
        "mail-access",
        """Hej IT

Nanna Bech har fået nyt adgangskort til serverrummet, da det gamle var knækket. Foto til kortet er taget i receptionen. Det gamle kort er spærret.

/Carsten, facility""",
    ),
    (
        "mail-genetic",
        """Kære Karina Lind

⟦genetic+health|Svaret på din gentest viser, at du er bærer af en mutation i BRCA2-genet, som øger risikoen for bryst- og æggestokkræft.⟧ Vi anbefaler en samtale i Klinisk Genetisk Afdeling.

Med venlig hilsen
Overlæge Marianne Friis""",
    ),
    (
        "mail-genetic",
        """Kære Karina Lind

Tak for din interesse for vores foredrag om arvelighed og kræft. Foredraget holdes den 20. januar i Auditorium 2 og handler om, hvornår gentests giver mening. Det er gratis og åbent for alle.

Med venlig hilsen
Klinisk Genetisk Afdeling""",
    ),
    (
        "chat",
        """[14:03] Louise: skal vi tage Dilan med til julefrokosten i Kurdistan Kulturforening? ⟦ethnic_origin|hun sagde hendes familie er kurdere fra Diyarbakir og hun kunne vise os rundt⟧
[14:05] Maja: ja!! hun er så sød
[14:05] Louise: jeg spørger hende i morgen""",
    ),
    (
        "chat",
        """[14:03] Louise: skal vi tage Dilan med til julefrokosten?
[14:04] Louise: hun har lige været på ferie i Tyrkiet, hun kan fortælle om det
[14:05] Maja: ja!! hun er så sød
[14:05] Louise: jeg spørger hende i morgen""",
    ),
    (
        "form-hr",
        """PERSONALESKEMA

Navn: Rasmus Lind
Stilling: Tekniker
Fagforening: Dansk Metal
⟦trade_union|Kontingent trækkes via lønnen: ja⟧
Pårørende: Maria Lind, tlf. 22 33 44 55""",
    ),
    (
        "form-hr",
        """PERSONALESKEMA

Navn: Rasmus Lind
Stilling: Tekniker
Fagforening: ønsker ikke at oplyse
Pension: PensionDanmark
Pårørende: Maria Lind, tlf. 22 33 44 55""",
    ),
    (
        "mail-lawyer",
        """Kære Anders Vestergaard

⟦criminal_records|Anklagemyndigheden har i dag rejst tiltale mod dig for overtrædelse af straffelovens § 279 (bedrageri) i sagen om momsrefusion.⟧ Sagen forventes at komme for i byretten i marts. Jeg ringer til dig i morgen.

Venlig hilsen
Advokat Helle Søgaard""",
    ),
    (
        "mail-lawyer",
        """Kære Anders Vestergaard

Vedlagt finder du min opgørelse over salær i sagen om købet af ejendommen i Hornbæk. Sælgers advokat har accepteret afslaget på 40.000 kr., og skødet er nu tinglyst.

Venlig hilsen
Advokat Helle Søgaard""",
    ),
    (
        "mail-private",
        """Kære familie

⟦religion|Mange af jer har spurgt, hvorfor jeg ikke længere kommer til gudstjeneste: jeg er meldt ud af folkekirken og er blevet buddhist.⟧ Jeg håber, I vil respektere det.

Kærlig hilsen
Sofie Malling""",
    ),
    (
        "mail-private",
        """Kære familie

Mange af jer har spurgt, hvorfor jeg ikke kom til konfirmationen: jeg var på arbejde i Hamborg hele weekenden og kunne ikke få fri. Jeg kommer til julefrokosten.

Kærlig hilsen
Sofie Malling""",
    ),
    (
        "policy",
        """Personalepolitik: Sygdom og fravær

Medarbejdere, der er syge, skal melde sig syge til nærmeste leder inden kl. 8. Ved sygdom ud over 14 dage afholdes en sygefraværssamtale. Virksomheden tilbyder alle medarbejdere en sundhedsforsikring, der dækker behandling hos psykolog og fysioterapeut.""",
    ),
    (
        "policy",
        """Privatlivspolitik for ansøgere

Vi behandler ikke følsomme oplysninger om dig, såsom helbred, fagforeningsmedlemskab, religion, etnisk oprindelse eller seksuel orientering, medmindre du selv giver os dem. Straffeattest indhentes kun til stillinger med adgang til børn.""",
    ),
    (
        "stats",
        """Sygefraværet i Region Sjælland steg i 2024 til 5,1 procent. Flest sygedage havde social- og sundhedsassistenterne, mens lægerne havde færrest. Andelen af medarbejdere, der er medlem af en fagforening, er faldet til 68 procent.""",
    ),
    (
        "mail-hr",
        """Hej Bjarne

⟦health|Hanne Kirk er gravid og går på barsel fra 1. marts.⟧ Hun kommer tilbage i januar næste år. Kan vi finde en vikar til hendes kunder?

/Christina""",
    ),
    (
        "mail-hr",
        """Hej Bjarne

Hanne Kirks mand har fået job i Aarhus, så de flytter til foråret. Hun går på barselsorlov fra 1. marts, når deres adoptivbarn kommer hjem fra Colombia, og vil gerne tale om muligheden for hjemmearbejde, når hun kommer tilbage.

/Christina""",
    ),
    (
        "note-doctor",
        """Konsultation 11.11.2025
⟦health|Pt. Erik Bundgaard, 62 år, kendt med type 2-diabetes og forhøjet blodtryk. BT i dag 158/94. Metformin øges til 1000 mg x 2.⟧
Kontrol om 3 mdr.""",
    ),
    (
        "mail-election",
        """Kære Ida Koch

⟦political_opinion|Tillykke med valget til Regionsrådet for Socialistisk Folkeparti.⟧ Vi glæder os til samarbejdet i udvalget for sundhed.

Med venlig hilsen
Sekretariatet, Region Nordjylland""",
    ),
    (
        "mail-election",
        """Kære Ida Koch

Tillykke med valget som formand for Grundejerforeningen Strandhaven. Vi glæder os til samarbejdet om den nye sti langs vandet.

Med venlig hilsen
Teknik og Miljø, Frederikshavn Kommune""",
    ),
    (
        "mail-election",
        """Kære alle

Kommunen afholder valgaften i rådhushallen den 18. november. Alle partier er inviteret til at stille med en repræsentant, og der serveres kaffe og kage. Hjælpere til optællingen kan melde sig til Lene Friis.""",
    ),
    (
        "mail-employee",
        """Hej Tina

⟦health|Jeg vil lige sige, at jeg er ordblind, så hvis du kan sende referaterne som lydfil eller give mig lidt ekstra tid, ville det hjælpe meget.⟧

Tak!
Simon Holst""",
    ),
    (
        "mail-employee",
        """Hej Tina

Jeg vil lige sige, at jeg har svært ved at nå at læse referaterne før møderne, fordi de kommer sent. Kan vi aftale, at de sendes dagen før?

Tak!
Simon Holst""",
    ),
    (
        "mail-family",
        """Hej Kirsten

⟦criminal_records|Din bror Torben er blevet varetægtsfængslet i Vestre Fængsel, sigtet for narkotikasmugling.⟧ Jeg er hans forsvarer og vil gerne tale med dig om hans børn.

Med venlig hilsen
Advokat Morten Krebs""",
    ),
    (
        "mail-family",
        """Hej Kirsten

Din bror Torben er blevet udnævnt som skifteværge i boet efter jeres mor. Jeg er boets advokat og vil gerne tale med dig om fordelingen af indboet.

Med venlig hilsen
Advokat Morten Krebs""",
    ),
    (
        "mail-colleague",
        """Hej Pia

⟦sexual_orientation|Kan Louise og hendes kone Marie begge komme med til julefrokosten? Louise spurgte i dag.⟧

Hilsen
Gitte""",
    ),
    (
        "mail-colleague",
        """Hej Pia

Kan Louise og hendes mand begge komme med til julefrokosten? Louise spurgte i dag, og jeg ved ikke, om vi har plads til ledsagere i år.

Hilsen
Gitte""",
    ),
    (
        "note-school",
        """Elevsamtale 3.11. – Emma Dalby, 8.B
⟦health|Emma fortæller, at hun har spiseforstyrrelse og går til behandling i børne- og ungdomspsykiatrien.⟧ Hun ønsker, at lærerne ved det, men ikke klassekammeraterne.
Aftale: opfølgning om 4 uger. /AKT-lærer Rikke""",
    ),
    (
        "note-school",
        """Elevsamtale 3.11. – Emma Dalby, 8.B
Emma fortæller, at hun har svært ved at nå lektierne, fordi hun træner håndbold fire gange om ugen. Vi aftalte en lektieplan og at hun bruger lektiecaféen om torsdagen.
Aftale: opfølgning om 4 uger. /AKT-lærer Rikke""",
    ),
    (
        "mail-bank",
        """Kære Jørgen Aagaard

Vi kan desværre ikke åbne en erhvervskonto til dig. ⟦criminal_records|Vi har i forbindelse med vores kundekendskabsprocedure fået oplyst, at du i 2023 blev dømt for hvidvask.⟧

Med venlig hilsen
Danske Andelskassers Bank""",
    ),
    (
        "mail-bank",
        """Kære Jørgen Aagaard

Vi kan desværre ikke åbne en erhvervskonto til dit selskab, før vi har modtaget dokumentation for selskabets ejerforhold og formål, jf. hvidvaskloven. Send venligst en ejerbog og seneste årsrapport.

Med venlig hilsen
Danske Andelskassers Bank""",
    ),
    (
        "letter-greenland",
        """Kære Paninnguaq

⟦ethnic_origin|Tak for din ansøgning til stipendiet for grønlandske studerende; du skriver, at du er inuk og opvokset i Sisimiut.⟧ Ansøgningen behandles i december.

Venlig hilsen
Fonden for Nordatlantiske Studerende""",
    ),
    (
        "letter-greenland",
        """Kære Paninnguaq

Tak for din ansøgning om værelse på kollegiet. Du står nu på ventelisten som nummer 14. Vi forventer at kunne tilbyde et værelse i løbet af foråret.

Venlig hilsen
Kollegiekontoret""",
    ),
    (
        "mail-gym",
        """Hej Kasper

⟦biometric|Din ansigtsgenkendelse er nu oprettet, så du kan komme ind i centret uden kort.⟧ Husk at slå den fra i appen, hvis du melder dig ud.

Hilsen
Fitness Nord""",
    ),
    (
        "mail-gym",
        """Hej Kasper

Fra 1. januar kan alle medlemmer vælge at komme ind med ansigtsgenkendelse i stedet for kort. Det er frivilligt, og du kan læse mere om, hvordan vi behandler dine data, på vores hjemmeside.

Hilsen
Fitness Nord""",
    ),
    (
        "mail-hr-union",
        """Hej Helle

⟦trade_union|Jeg har meldt mig ud af Krifa og ind i Lederne, så du skal ændre fradraget på min lønseddel.⟧

Mvh
Poul Krogsgaard""",
    ),
    (
        "mail-hr-union",
        """Hej Helle

Jeg har skiftet pensionsselskab fra PFA til Velliv, så du skal ændre fradraget på min lønseddel fra december.

Mvh
Poul Krogsgaard""",
    ),
    (
        "sms",
        """⟦health|Hej skat, jeg er indlagt på Rigshospitalet med blodprop i hjertet⟧, men de siger det ser fint ud. Kan du hente Oliver? /Mor""",
    ),
    (
        "chat-team",
        """[10:21] Anders Holt: nogen der ved hvad kantinen har i dag? vi har gæster fra Ankara til frokost og de spiser ikke svinekød
[10:22] Mia: de har vegetar og fisk
[10:22] Anders Holt: fint, det tager vi""",
    ),
    (
        "news-court",
        """Retten i Holbæk idømte i går en 34-årig mand fra Jyderup fire måneders fængsel for indbrud i tre sommerhuse. Manden nægtede sig skyldig. Anklager Sara Holm var tilfreds med dommen.""",
    ),
    (
        "news-court",
        """⟦criminal_records|Tidligere borgmester Jens Erik Sandø blev i går idømt 60 dagsbøder ved Retten i Herning for at have kørt spirituskørsel med en promille på 1,1.⟧ Han har frakendt kørekortet i tre år.""",
    ),
    (
        "mail-party",
        """Hej Maja

⟦political_opinion|Velkommen som medlem af Radikale Venstre i Roskilde!⟧ Vi holder medlemsmøde den 3. december, hvor vi skal tale om kommunens budget.

Hilsen Lokalformand Asger Bech""",
    ),
    (
        "mail-party",
        """Hej Maja

Tak for din interesse for vores debatmøde om klima i Roskilde. Mødet er åbent for alle, og vi har inviteret politikere fra alle partier. Der er gratis kaffe.

Hilsen Folkeoplysningsforbundet""",
    ),
]
