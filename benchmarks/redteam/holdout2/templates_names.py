"""Templates of the v2 names hold-out (news-style and business text), written for this set.

Slots are described in names_render.py. Literal text holds the traps: firms, streets, prizes and places named
after people, and words that are also names (bo, per, storm, sol, rose, ek, strand, dam, skov), never labelled.
"""

from __future__ import annotations

NEWS: dict[str, list[str]] = {
    "da": [
        "Ny direktør i Vesterhavs Revision\n\nBestyrelsen har udnævnt «full:f#1» til administrerende direktør fra 1. "
        "februar. «last#1» kommer fra en stilling som økonomichef i Kronjylland VVS ApS. Hun afløser «full:m#2», der "
        'går på pension efter 22 år. "Det har været en fornøjelse," siger «last#2».',
        "Byretten: Betinget dom for bedrageri\n\nEn 43-årig mand fra Viborg, «full:m#1», blev i går idømt fire måneders "
        "betinget fængsel. Anklager «full#2» havde krævet ubetinget straf. Forsvarer «init#3» oplyser, at «first#1» "
        "overvejer at anke. Sagen blev ført i retssal 2 på H.C. Andersens Boulevard.",
        "Kommunalvalg: Stor fremgang i Skive\n\nListen fik 14 mandater, og «full:f#1» blev kommunens nye borgmester. "
        "Hendes partifælle «full:m#2» blev 1. viceborgmester. Den afgående borgmester, «full#3», ønskede tillykke. "
        "Valgnatten sluttede på Hotel Storm, hvor der var storm udenfor og fest indenfor.",
        "Håndbold: Sejr i sidste sekund\n\n«full:m#1» scorede det afgørende mål, da Bjerringbro vandt 29-28. "
        'Målmand «full:m#2» reddede 17 skud. Træner «full#3» roste især «last#1»: "Han er vores bedste spiller." '
        "Næste kamp spilles i Jyske Bank Boxen.",
        "Kultur: Ny udstilling på Kunsthal Aarhus\n\nMaleren «full:f#1» viser 30 nye værker. Kurator «full#2» kalder "
        "udstillingen et opgør med Skagensmalerne. «firstgen#1» billeder af sol og strand hænger ved siden af værker "
        "af «full#3». Udstillingen støttes af Ny Carlsbergfondet.",
        "Regnskab: Rekordoverskud i Skovsgaard Transport\n\nKoncernen tjente 84 mio. kr. før skat. Finansdirektør "
        "«full:m#1» peger på lavere brændstofpriser. Adm. direktør «full:f#2» vil bruge pengene på elektriske lastbiler, "
        "oplyser hun. Aktien steg 4 procent.",
        "Lokalt: Nyt bibliotek i Tranbjerg\n\nBorgmester «full#1» klippede snoren i går. Bibliotekar «full:f#2» viste "
        "rundt, og forfatteren «full#3» læste højt for børnene. «lastgen#2» kollega «first#4» serverede kage.",
        "Mindeord\n\n«full:m#1» er død, 81 år. Han var i 30 år lærer på Kløvermarkens Skole. Han efterlader hustruen "
        "«full:f#2» og sønnerne «first:m#3» og «first:m#4». Bisættelsen finder sted fra Sankt Lukas Kirke.",
        "Fodbold: Transfer på plads\n\nAGF har hentet den 24-årige «full:m#1» fra Randers. Sportschef «full#2» kalder "
        'ham "en moderne back". «last#1» har skrevet under på fire år og spiller med nummer 14.',
        "Udnævnelser\n\n«full#1» er ansat som afdelingsleder i Nordlys Advokater. «full#2» er udnævnt til partner. "
        "«init#3» er tiltrådt som kontorchef i Skatteministeriet.",
        "Retten i Kolding: Frifundet for trusler\n\nDen 27-årige «full:f#1» blev frifundet. Dommer «full#2» lagde vægt "
        "på, at vidnet «full#3» ikke kunne genkende hende. «lastgen#1» advokat, «full#4», var tilfreds.",
        "Portræt: Han bygger både i Ørestaden\n\n«full:m#1» er bådebygger og bor i en gammel pakhusbygning på "
        'Strandlinien. "Per definition er en båd aldrig færdig," siger «first#1», der lærte håndværket af sin '
        "morfar, «full:m#2».",
    ],
    "sv": [
        "Ny vd för Norrskens Redovisning\n\nStyrelsen har utsett «full:f#1» till ny vd från 1 februari. «last#1» kommer "
        'närmast från Vättervik Bygg AB. Hon efterträder «full:m#2», som går i pension. "Det har varit roliga år," '
        "säger «last#2».",
        "Tingsrätten: Villkorlig dom för bedrägeri\n\nEn 39-årig man från Umeå, «full:m#1», dömdes i går till villkorlig "
        "dom. Åklagare «full#2» hade yrkat fängelse. Försvarare «init#3» säger att «first#1» överväger att överklaga. "
        "Förhandlingen hölls i sal 4 vid Birger Jarlsgatan.",
        "Valet: Ny majoritet i Sundsvall\n\nEfter rösträkningen blev «full:f#1» kommunstyrelsens ordförande. Hennes "
        "partikamrat «full:m#2» blir vice ordförande. Förre ordföranden «full#3» gratulerade. Valvakan hölls på "
        "Hotell Ek vid Storgatan.",
        "Hockey: Seger efter straffar\n\n«full:m#1» avgjorde när Skellefteå vann med 3-2. Målvakten «full:m#2» räddade "
        "41 skott. Tränaren «full#3» berömde «last#1» efter matchen. Nästa match spelas i Hovet.",
        "Kultur: Ny utställning på Kulturhuset\n\nKonstnären «full:f#1» visar 25 nya verk. Curatorn «full#2» kallar "
        "utställningen ett uppbrott. «firstgen#1» målningar av sol och strand hänger bredvid verk av «full#3». "
        "Utställningen stöds av Carl Larsson-stiftelsen.",
        "Bokslut: Rekordvinst för Granlunda Åkeri\n\nKoncernen tjänade 61 miljoner kronor före skatt. Finanschefen "
        "«full:m#1» pekar på lägre dieselpriser. Vd «full:f#2» vill satsa på eldrivna lastbilar, säger hon.",
        "Lokalt: Nytt bibliotek i Gottsunda\n\nKommunalrådet «full#1» klippte bandet i går. Bibliotekarien «full:f#2» "
        "visade runt och författaren «full#3» läste för barnen. «lastgen#2» kollega «first#4» bjöd på kaffe.",
        "Minnesord\n\n«full:m#1» har avlidit, 84 år gammal. Han var i 35 år lärare vid Tallbackaskolan. Närmast sörjande "
        "är hustrun «full:f#2» och döttrarna «first:f#3» och «first:f#4». Begravningen sker i Sankt Olofs kyrka.",
        "Fotboll: Klart med nyförvärv\n\nHammarby har värvat 22-årige «full:m#1» från Sirius. Sportchefen «full#2» kallar "
        'honom "en modern mittfältare". «last#1» har skrivit på ett fyraårskontrakt.',
        "Utnämningar\n\n«full#1» har anställts som enhetschef vid Sjöbris Juridik. «full#2» har utsetts till delägare. "
        "«init#3» har tillträtt som departementsråd.",
        "Hovrätten: Friad från misshandel\n\nDen 31-åriga «full:f#1» friades av hovrätten. Rådmannen «full#2» ansåg att "
        "vittnet «full#3» var osäkert. «lastgen#1» advokat, «full#4», var nöjd.",
        "Porträtt: Han bygger båtar vid Slussen\n\n«full:m#1» är båtbyggare och bor på en pråm vid Hamngatan. "
        '"Båten blir aldrig klar," säger «first#1», som lärde sig hantverket av sin morfar «full:m#2».',
    ],
}

BUSINESS: dict[str, list[str]] = {
    "da": [
        "Fra: «full#1» <salg@firma.dk>\nTil: «full#2»\nEmne: Tilbud på rengøring\n\nKære «first#2»\n\nTak for mødet i "
        "går. Som aftalt sender jeg tilbuddet. Min kollega «full#3» ringer til dig på fredag, og «first#3» kan også "
        "svare på spørgsmål om vinduespolering.\n\nMed venlig hilsen\n«full#1»\nTranekær Rengøring A/S",
        "Referat af bestyrelsesmøde\n\nTil stede: «full#1» (formand), «full#2», «full#3», «init#4»\nAfbud: «full#5»\n\n"
        "1. Formanden bød velkommen. 2. «last#2» gennemgik regnskabet. 3. «first#3» orienterede om lejemålet på "
        "Åboulevarden. 4. Næste møde holdes hos «lastgen#4» kontor.",
        "Ansættelseskontrakt\n\nMellem Bakkehus Ejendomme A/S (arbejdsgiver) og «caps#1» (medarbejder) er der i dag "
        "indgået følgende aftale. Medarbejderen refererer til ejendomschef «full#2». Kontrakten er forhandlet af "
        "«full#3» på vegne af arbejdsgiveren.",
        "Hej «first#1»\n\nKan du bede «full#2» om at sende fakturaen til «first:f#3» i bogholderiet? Hun har ferie fra "
        "mandag, så ellers må den gå til «full#4».\n\nTak!\n«first#5»",
        "Mødeindkaldelse – projekt Nordlys\n\nDeltagere: «full#1», «full#2», «full#3»\nMødeleder: «init#4»\n\n"
        "«first#2» præsenterer tidsplanen. Vi holder mødet i lokalet Bo Bedre på 3. sal.",
        "Kære kunde\n\nVi har fået ny kontaktperson: «full#1» overtager din sag efter «full#2». Du kan fortsat ringe "
        "til vores hovednummer. «first#1» ser frem til samarbejdet.\n\nVenlig hilsen\nNordlys Advokater",
        "Velkommen til «full#1»!\n\nPå mandag starter «first#1» i økonomiafdelingen. «first#1» kommer fra Løgstør "
        "Lønservice ApS og skal arbejde sammen med «full#2» og «full#3». Tag godt imod vores nye kollega i frokoststuen.",
        "Vagtplan uge 49\n\nMandag: «full#1» / «full#2»\nTirsdag: «full#3»\nOnsdag: «init#4»\nTorsdag: «full#5»\n"
        "Fredag: lukket (personaledag hos Bach & Due Revision)\nSpørgsmål til «full#6».",
        "Fra: «full#1»\nTil: «full#2»\nCc: «full#3»\nEmne: SV: Regning\n\nHej «first#2»\nJeg har talt med "
        "«lastgen#3» revisor, «full#4», og vi kan godt betale over to rater. Per aftale sender jeg en ny aftale.\n\n"
        "Hilsen «first#1»",
        "Fuldmagt\n\nUndertegnede, «full#1», giver hermed «full#2» fuldmagt til at repræsentere mig ved "
        "generalforsamlingen i Helgenæs Pension. Vitterlighedsvidner: «full#3» og «init#4».",
    ],
    "sv": [
        "Från: «full#1» <forsaljning@bolaget.se>\nTill: «full#2»\nÄmne: Offert på städning\n\nHej «first#2»!\n\nTack för "
        "mötet igår. Som utlovat skickar jag offerten. Min kollega «full#3» ringer dig på fredag, och «first#3» kan "
        "också svara på frågor om fönsterputs.\n\nVänliga hälsningar\n«full#1»\nTornby Städ & Service AB",
        "Protokoll från styrelsemöte\n\nNärvarande: «full#1» (ordförande), «full#2», «full#3», «init#4»\nFrånvarande: "
        "«full#5»\n\n§1 Ordföranden öppnade mötet. §2 «last#2» redogjorde för ekonomin. §3 «first#3» informerade om "
        "lokalen på Linnégatan. §4 Nästa möte hålls på «lastgen#4» kontor.",
        "Anställningsavtal\n\nMellan Brunnsvikens Fastigheter AB (arbetsgivaren) och «caps#1» (arbetstagaren) har "
        "följande avtal träffats. Arbetstagaren rapporterar till fastighetschef «full#2». Avtalet har förhandlats av "
        "«full#3» för arbetsgivarens räkning.",
        "Hej «first#1»!\n\nKan du be «full#2» skicka fakturan till «first:f#3» på ekonomi? Hon har semester från måndag, "
        "så annars får den gå till «full#4».\n\nTack!\n«first#5»",
        "Kallelse – projekt Norrsken\n\nDeltagare: «full#1», «full#2», «full#3»\nMötesledare: «init#4»\n\n«first#2» "
        "presenterar tidplanen. Vi ses i rummet Strand på plan 3.",
        "Bästa kund\n\nDu har fått en ny kontaktperson: «full#1» tar över ditt ärende efter «full#2». Du når oss som "
        "vanligt på växeln. «first#1» ser fram emot samarbetet.\n\nVänliga hälsningar\nSjöbris Juridik HB",
        "Välkommen «full#1»!\n\nPå måndag börjar «first#1» på ekonomiavdelningen. «first#1» kommer från Klarälvens "
        "Lönetjänst AB och ska jobba med «full#2» och «full#3». Ta väl emot vår nya kollega i fikarummet.",
        "Bemanning vecka 49\n\nMåndag: «full#1» / «full#2»\nTisdag: «full#3»\nOnsdag: «init#4»\nTorsdag: «full#5»\n"
        "Fredag: stängt (personaldag på Ros & Lönn konferens)\nFrågor till «full#6».",
        "Från: «full#1»\nTill: «full#2»\nKopia: «full#3»\nÄmne: Sv: Faktura\n\nHej «first#2»!\nJag har pratat med "
        "«lastgen#3» revisor «full#4», och vi kan dela upp betalningen. Per capita blir det 400 kronor.\n\n"
        "Hälsningar «first#1»",
        "Fullmakt\n\nUndertecknad, «full#1», ger härmed «full#2» fullmakt att företräda mig vid stämman i Ljusnans "
        "Pension AB. Bevittnas av «full#3» och «init#4».",
    ],
}
