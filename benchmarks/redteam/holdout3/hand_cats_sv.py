"""Hand-written Swedish documents for categories.jsonl (markup as in hand_cats_da.py)."""

from __future__ import annotations

DOCS: list[tuple[str, str]] = [
    (
        "mail-hr",
        """Hej Malin,

Johan Ek på ekonomi hörde av sig i morse. ⟦health|Han har fått en hjärnskakning efter en cykelolycka och är sjukskriven i två veckor.⟧ Kan du se till att hans fakturor attesteras av någon annan under tiden?

/Annika""",
    ),
    (
        "mail-hr",
        """Hej Malin,

Johan Ek på ekonomi hörde av sig i morse. Han har fått en cykel via förmånscykelprogrammet och undrar hur avdraget syns på lönespecen. Kan du svara honom?

/Annika""",
    ),
    (
        "sms",
        """⟦health|Hej, ligger kvar på Danderyd, de tror det är gallsten, ska opereras imorgon⟧ så jag missar mötet. /Petra""",
    ),
    ("sms", """Hej, sitter fast på E4 vid Danderyd, olycka längre fram, så jag missar början på mötet. /Petra"""),
    (
        "mail-union",
        """Hej Ahmed Yousef,

⟦trade_union|Välkommen som medlem i IF Metall! Ditt medlemskap gäller från den 1 december och din avgift dras via lönen.⟧

Hälsningar
IF Metall, avdelning 20""",
    ),
    (
        "mail-union",
        """Hej Ahmed Yousef,

Tack för att du besökte vår monter på jobbmässan. Här kommer broschyren om arbetsmiljö på lager som du bad om. Den är gratis och får spridas vidare.

Hälsningar
IF Metall, avdelning 20""",
    ),
    (
        "minutes",
        """Protokoll, samverkansgrupp, 2025-11-06

Närvarande: Rektor Eva Sjö, biträdande rektor Magnus Berg, ⟦trade_union|Lena Åkesson (Lärarförbundet, huvudskyddsombud)⟧, Jonas Lind (Lärarnas Riksförbund).

§ 1 Arbetsmiljöenkäten: resultaten presenterades.
§ 2 Läsårsplanering: godkänd.""",
    ),
    (
        "minutes",
        """Protokoll, ledningsgrupp, 2025-11-06

Närvarande: Rektor Eva Sjö, biträdande rektor Magnus Berg, Lena Åkesson, Jonas Lind.

§ 1 Arbetsmiljöenkäten: resultaten presenterades. Facken har begärt förhandling om schemat.
§ 2 Läsårsplanering: godkänd.""",
    ),
    (
        "mail-private",
        """Hej Gunnel!

Tack för kortet. ⟦health|Ja, det stämmer att jag har fått diagnosen Parkinsons sjukdom, men medicinen hjälper bra än så länge.⟧ Vi ses på julmarknaden!

Kram
Ingrid Sandberg""",
    ),
    (
        "mail-private",
        """Hej Gunnel!

Tack för kortet. Ja, det stämmer att vi har sålt sommarstugan i Roslagen, men vi har hyrt en i Dalarna i stället. Vi ses på julmarknaden!

Kram
Ingrid Sandberg""",
    ),
    (
        "note-social",
        """Journalanteckning 2025-10-29, handläggare Sara Lund

Klient: Mehmet Aydin.
⟦criminal_records|Klienten berättar att han avtjänar ett straff med fotboja för rattfylleri och får inte köra bil.⟧ Han behöver därför hjälp med färdtjänst till praktiken.
Åtgärd: ansökan om färdtjänst.""",
    ),
    (
        "note-social",
        """Journalanteckning 2025-10-29, handläggare Sara Lund

Klient: Mehmet Aydin.
Klienten berättar att hans bil har gått sönder och att han därför inte kan ta sig till praktiken i Märsta. Han har inte råd att laga den.
Åtgärd: ansökan om bidrag till SL-kort.""",
    ),
    (
        "mail-colleague",
        """Hej allihop!

⟦sexual_orientation|Jag och min man Fredrik har äntligen fått adoptionsbeskedet!⟧ Jag kommer att vara föräldraledig från mars.

Kram
Niklas Öberg""",
    ),
    (
        "mail-colleague",
        """Hej allihop!

Jag och min fru har äntligen fått adoptionsbeskedet! Jag kommer att vara föräldraledig från mars, och Kristina tar över mina kunder.

Kram
Niklas Öberg""",
    ),
    (
        "news-local",
        """⟦political_opinion|Kommunalrådet Sofia Hedlund (M) meddelade i går att hon ställer upp för omval till kommunfullmäktige i Östersund.⟧ Hon har suttit i fullmäktige sedan 2014.""",
    ),
    (
        "news-local",
        """Östersunds kommun har anställt en ny kommundirektör. Sofia Hedlund kommer närmast från Region Jämtland Härjedalen och börjar den 1 mars. Hon efterträder Per-Olov Lind som går i pension.""",
    ),
    (
        "mail-school",
        """Hej Amal och Bashir,

⟦religion|Vi har noterat att Yasmin fastar under ramadan och inte äter lunch i skolan under den perioden.⟧ Hon får gärna vara i biblioteket under lunchen.

Vänliga hälsningar
Mentor Karin Dahl""",
    ),
    (
        "mail-school",
        """Hej alla vårdnadshavare,

Under vårterminen läser årskurs 8 om världsreligionerna. Klassen besöker Katedralskolans kyrka, en moské och en synagoga. Besöken ingår i undervisningen och alla elever deltar.

Vänliga hälsningar
Mentor Karin Dahl""",
    ),
    (
        "mail-manager",
        """Hej HR,

⟦criminal_records|Vår nya vaktmästare Robin Sjögren har visat ett utdrag ur belastningsregistret där det står att han dömdes för stöld 2021.⟧ Jag vill diskutera om vi ska gå vidare med anställningen.

/Peter, förvaltare""",
    ),
    (
        "mail-manager",
        """Hej HR,

Vår nya vaktmästare Robin Sjögren har blivit av med sin cykel som stals från förrådet i helgen. Han har gjort en polisanmälan. Kan vi sätta upp en kamera vid förrådet?

/Peter, förvaltare""",
    ),
    (
        "mail-access",
        """Hej,

⟦biometric|Jag har registrerat Moa Lindqvists fingeravtryck i låset till läkemedelsrummet på avdelning 12.⟧ Hon kan nu öppna utan tagg.

/Ulf, driftavdelningen""",
    ),
    (
        "mail-access",
        """Hej,

Alla på avdelning 12 ska registrera fingeravtryck i låset till läkemedelsrummet före den 1 december. Bokning görs hos driftavdelningen. Taggarna slutar fungera vid årsskiftet.

/Ulf, driftavdelningen""",
    ),
    (
        "mail-genetic",
        """Hej Linnea Fors,

⟦genetic+health|Din genetiska analys visar att du har ärftlig hyperkolesterolemi (familjär hyperkolesterolemi).⟧ Vi rekommenderar att även dina barn testas.

Med vänliga hälsningar
Klinisk genetik, Karolinska Universitetssjukhuset""",
    ),
    (
        "mail-genetic",
        """Hej Linnea Fors,

Tack för att du vill delta i vår informationskväll om genetiska tester. Vi berättar om när ett test kan vara till nytta och hur resultaten tolkas. Kvällen är öppen för alla och kostar inget.

Med vänliga hälsningar
Patientföreningen Hjärtebarnen""",
    ),
    (
        "mail-paternity",
        """Hej Dennis,

⟦genetic|Resultatet av faderskapstestet (DNA-analys) visar att du är far till barnet.⟧ Socialnämnden kallar er båda till ett möte för att bekräfta faderskapet.

Med vänlig hälsning
Familjerätten i Norrköping""",
    ),
    (
        "chat",
        """[16:10] Hanna: ska vi fråga Nils-Ante om han vill följa med till Jokkmokks marknad?
[16:11] Emil: ⟦ethnic_origin|ja han är ju same och hans familj har renar där uppe⟧
[16:11] Hanna: perfekt då vet han allt""",
    ),
    (
        "chat",
        """[16:10] Hanna: ska vi fråga Nils-Ante om han vill följa med till Jokkmokks marknad?
[16:11] Emil: ja han har jobbat i Kiruna i fem år, han vet hur kallt det blir
[16:11] Hanna: perfekt då vet han allt""",
    ),
    (
        "form-hr",
        """PERSONALBLANKETT

Namn: Sara Nyman
Befattning: Undersköterska
⟦trade_union|Fackförbund: Kommunal (medlemsavgift dras på lön)⟧
Närmast anhörig: Leif Nyman""",
    ),
    (
        "form-hr",
        """PERSONALBLANKETT

Namn: Sara Nyman
Befattning: Undersköterska
Fackförbund: Vill ej uppge
Närmast anhörig: Leif Nyman""",
    ),
    (
        "mail-lawyer",
        """Hej Kristian Borg,

⟦criminal_records|Åklagaren har i dag väckt åtal mot dig för grovt bokföringsbrott.⟧ Huvudförhandlingen i Göteborgs tingsrätt är preliminärt satt till den 12 februari.

Med vänliga hälsningar
Advokat Elin Strömberg""",
    ),
    (
        "mail-lawyer",
        """Hej Kristian Borg,

Bifogat är min faktura för arbetet med köpekontraktet för bostadsrätten på Linnégatan. Överlåtelsen är nu registrerad hos föreningen och handpenningen är utbetald.

Med vänliga hälsningar
Advokat Elin Strömberg""",
    ),
    (
        "mail-private",
        """Hej mamma och pappa,

⟦religion|Jag ville berätta det själv innan ni hör det från någon annan: jag har konverterat till katolicismen och blev upptagen i kyrkan i påskas.⟧

Kram
Johanna Lilja""",
    ),
    (
        "mail-private",
        """Hej mamma och pappa,

Jag ville berätta det själv innan ni hör det från någon annan: jag har sagt upp mig från banken och ska plugga till sjuksköterska i höst.

Kram
Johanna Lilja""",
    ),
    (
        "policy",
        """Riktlinje för rehabilitering

Medarbetare som är sjukskrivna mer än 14 dagar ska erbjudas ett rehabiliteringsmöte. Chefen ansvarar för att en plan för återgång i arbete upprättas inom 30 dagar. Företagshälsovården kan anlitas för bedömning av arbetsförmåga.""",
    ),
    (
        "policy",
        """Integritetspolicy för medlemmar

Föreningen behandlar inte känsliga personuppgifter om dig, som uppgifter om hälsa, etniskt ursprung, politiska åsikter, religiös övertygelse, medlemskap i fackförening eller sexuell läggning, utan ditt uttryckliga samtycke.""",
    ),
    (
        "stats",
        """Andelen anställda som är medlemmar i ett fackförbund sjönk 2024 till 68 procent enligt SCB. Bland de sjukskrivna var psykisk ohälsa den vanligaste orsaken. Kvinnor var sjukskrivna dubbelt så ofta som män.""",
    ),
    (
        "mail-hr",
        """Hej Jens,

⟦health|Elin Backman är gravid och har fått ett intyg om att hon inte ska lyfta tungt.⟧ Kan vi flytta henne till kassan tills hon går på föräldraledighet?

/Lotta""",
    ),
    (
        "mail-hr",
        """Hej Jens,

Elin Backman går på föräldraledighet från den 1 april, och hennes sambo tar över efter sommaren. Kan vi planera in en vikarie i kassan?

/Lotta""",
    ),
    (
        "note-doctor",
        """Besöksanteckning 2025-11-10
⟦health|Pat. Anders Lindberg, 71 år, med KOL stadium 3 och förmaksflimmer. Ökad andfåddhet senaste veckan.⟧ Ordinerat kortison under 5 dagar.
Återbesök om 2 veckor.""",
    ),
    (
        "mail-election",
        """Hej Fatima Hassan,

⟦political_opinion|Grattis till valet till regionfullmäktige för Vänsterpartiet!⟧ Välkommen till introduktionsdagen den 15 januari.

Hälsningar
Regionkansliet, Region Uppsala""",
    ),
    (
        "mail-election",
        """Hej Fatima Hassan,

Grattis till valet som ordförande i bostadsrättsföreningen Linden! Välkommen till kommunens informationsmöte för styrelser den 15 januari.

Hälsningar
Samhällsbyggnadsförvaltningen""",
    ),
    (
        "mail-employee",
        """Hej Maria,

⟦health|Jag har ADHD och har svårt med öppna kontorslandskap, så jag skulle vilja ha ett eget rum några dagar i veckan.⟧ Finns det möjlighet till det?

Tack,
Oscar Wallin""",
    ),
    (
        "mail-employee",
        """Hej Maria,

Jag har svårt att koncentrera mig i det öppna kontorslandskapet när bygget pågår utanför. Skulle jag kunna jobba hemifrån några dagar i veckan tills det är klart?

Tack,
Oscar Wallin""",
    ),
    (
        "mail-family",
        """Hej Birgitta,

⟦criminal_records|Din son Marcus har anhållits i sin frånvaro, misstänkt för grov misshandel.⟧ Jag är förordnad som hans offentliga försvarare och vill gärna prata med dig.

Med vänlig hälsning
Advokat Jonas Sundqvist""",
    ),
    (
        "mail-family",
        """Hej Birgitta,

Din son Marcus har utsetts till god man för din syster. Jag är handläggare på överförmyndarnämnden och vill gärna prata med dig om hennes ekonomi.

Med vänlig hälsning
Överförmyndarnämnden, Sundsvall""",
    ),
    (
        "mail-colleague",
        """Hej Sanna,

⟦sexual_orientation|Kommer Erik och hans pojkvän Samir på kräftskivan?⟧ Jag behöver veta hur många vi blir.

/Lotta""",
    ),
    (
        "mail-colleague",
        """Hej Sanna,

Kommer Erik och hans flickvän på kräftskivan? Jag behöver veta hur många vi blir, så att jag kan beställa rätt mängd kräftor.

/Lotta""",
    ),
    (
        "note-school",
        """Elevhälsomöte 2025-11-04 – Alva Ström, 9C
⟦health|Alva har diagnosen dyslexi och får läsa in läromedel som ljudbok.⟧ Mentor följer upp i januari.
/Specialpedagog Ylva""",
    ),
    (
        "note-school",
        """Elevhälsomöte 2025-11-04 – Alva Ström, 9C
Alva har hög frånvaro på måndagar på grund av tävlingar i simning. Hon får ta igen prov på onsdagar. Mentor följer upp i januari.
/Specialpedagog Ylva""",
    ),
    (
        "mail-bank",
        """Hej Thomas Rydén,

⟦criminal_records|Vi har fått kännedom om att du är dömd för penningtvättsbrott, och vi avslutar därför affärsrelationen med dig.⟧ Dina konton stängs den 31 december.

Med vänlig hälsning
Sparbanken Nord""",
    ),
    (
        "mail-bank",
        """Hej Thomas Rydén,

Enligt penningtvättslagen måste vi ha aktuell kundkännedom. Vi ber dig därför svara på några frågor om dina affärer med utlandet via internetbanken senast den 31 december.

Med vänlig hälsning
Sparbanken Nord""",
    ),
    (
        "letter-minority",
        """Hej Jenny,

⟦ethnic_origin|Tack för din ansökan om stipendium för tornedalingar; du skriver att din familj är tornedalsk och att du talar meänkieli med din farmor.⟧ Ansökan behandlas i januari.

Vänliga hälsningar
Stiftelsen Meänmaa""",
    ),
    (
        "letter-minority",
        """Hej Jenny,

Tack för din anmälan till kursen i meänkieli för nybörjare. Kursen startar i februari i Haparanda och är öppen för alla. Ta med egen ordbok om du har.

Vänliga hälsningar
Studieförbundet Vuxenskolan""",
    ),
    (
        "mail-gym",
        """Hej Viktor,

⟦biometric|Din handflatsskanning är nu registrerad, och du kan gå in på gymmet dygnet runt.⟧ Vill du ta bort den, kontakta receptionen.

Hälsningar
Nordic Wellness Kiruna""",
    ),
    (
        "mail-gym",
        """Hej Viktor,

Nu har vi öppet dygnet runt! Du kommer in med ditt medlemskort eller med appen. Vill du ha ett nytt kort kan du hämta det i receptionen.

Hälsningar
Nordic Wellness Kiruna""",
    ),
    (
        "sms",
        """⟦health|Hej, jag är inlagd på psyk sedan i fredags⟧ och får inte ha telefonen så mycket. Säg till Ebba att jag ringer när jag kan. /Linus""",
    ),
    (
        "news-court",
        """En 28-årig man från Borlänge dömdes i går av Falu tingsrätt till fängelse i ett år för grov stöld. Mannen nekade till brott. Kammaråklagare Lisa Åberg säger att hon är nöjd.""",
    ),
    (
        "news-court",
        """⟦criminal_records|Förre landstingsrådet Bengt Ahlsén dömdes i går av Västmanlands tingsrätt till villkorlig dom och dagsböter för trolöshet mot huvudman.⟧ Han överväger att överklaga.""",
    ),
    (
        "mail-party",
        """Hej Emma,

⟦political_opinion|Välkommen som medlem i Centerpartiet i Uppsala!⟧ Vi ses på medlemsmötet den 4 december.

Hälsningar
Kretsordförande Lars Öhrn""",
    ),
    (
        "mail-party",
        """Hej Emma,

Tack för att du anmält dig till debattkvällen om landsbygdens framtid. Alla riksdagspartier deltar, och kvällen är öppen för allmänheten.

Hälsningar
Studiefrämjandet Uppsala""",
    ),
    (
        "chat-team",
        """[09:02] Karin: vem tar Anders pass på fredag?
[09:03] Johan: ⟦religion|han är ledig för att fira Jom kippur med sin familj i synagogan⟧
[09:03] Karin: ok jag tar det""",
    ),
    (
        "chat-team",
        """[09:02] Karin: vem tar Anders pass på fredag?
[09:03] Johan: han är ledig, ska på bröllop i Malmö
[09:03] Karin: ok jag tar det""",
    ),
]
