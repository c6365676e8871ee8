"""Sentence bank for the generated part of categories.jsonl (v3; written for this set).

POS[lang][category]: sentences revealing the category about {n} (full name) / {f} (first name); FIRST: the
same said by the writer about themself (used only where the document is signed). NEG[lang]: sentences on
the same topics that reveal nothing about an identifiable person (policies, offers, statistics, jobs,
organisations, questions, hypotheticals, unnamed people). NEUTRAL[lang]: office small talk.
"""

from __future__ import annotations

POS: dict[str, dict[str, list[str]]] = {
    "da": {
        "health": [
            "{n} er sygemeldt efter en knæoperation og er tilbage om tre uger.",
            "{f} har fået konstateret astma og skal ikke arbejde i støvede rum.",
            "{n} er indlagt på Aalborg Universitetshospital med lungebetændelse.",
            "{f} går til behandling for depression og har bedt om færre kundemøder.",
            "{n} har migræne og har aftalt at kunne gå hjem, når et anfald kommer.",
        ],
        "genetic": [
            "{nm} har fået svar på faderskabssagen: DNA-analysen viser, at han er far til drengen.",
            "{f}s blodprøve er sendt til genetisk analyse for at finde arveanlægget i familien.",
        ],
        "biometric": [
            "{n}s fingeraftryk er registreret i tidsregistreringen på værkstedet.",
            "{f} har fået sit ansigt registreret i adgangskontrollen ved hovedindgangen.",
        ],
        "trade_union": [
            "{n} er medlem af FOA og har bedt om at få sin fagforening med til mødet.",
            "{f} er valgt som tillidsrepræsentant for 3F på lageret.",
            "{n} har meldt sig ind i Dansk Metal.",
        ],
        "religion": [
            "{n} holder fri til eid og har byttet vagt med Ole.",
            "{f} er aktiv i Indre Mission og ønsker ikke at arbejde om søndagen.",
            "{n} er katolik og går til messe i Sankt Andreas Kirke hver søndag.",
        ],
        "ethnic_origin": [
            "{n} er rom og taler romani med sin familie.",
            "{f} er af somalisk oprindelse og har tilbudt at hjælpe med at forklare reglerne for familien.",
        ],
        "sexual_orientation": [
            "{nm} kommer med sin mand Henrik til sommerfesten.",
            "{f} sprang ud som homoseksuel på sidste personalemøde.",
        ],
        "political_opinion": [
            "{n} stiller op til kommunalvalget for Enhedslisten.",
            "{f} er medlem af Dansk Folkeparti og sidder i partiets lokalbestyrelse.",
            "{n} er valgt til byrådet for Socialdemokratiet.",
        ],
        "criminal_records": [
            "{n} er sigtet for underslæb og er fritaget for tjeneste, mens politiet efterforsker.",
            "{f} har en dom for spirituskørsel og må derfor ikke køre firmabil.",
            "{n} afsoner en dom i fodlænke og arbejder kun i dagtimerne.",
        ],
    },
    "sv": {
        "health": [
            "{n} är sjukskriven efter en höftoperation och är tillbaka om en månad.",
            "{f} har fått diagnosen reumatism och behöver ett höj- och sänkbart bord.",
            "{n} ligger inne på Sahlgrenska med blodförgiftning.",
            "{f} går i behandling för utmattningssyndrom och jobbar 50 procent.",
            "{n} har epilepsi och får inte köra truck.",
        ],
        "genetic": [
            "{nm} har fått svar på DNA-testet som visar att han inte är biologisk far till barnet.",
            "{f}s prov har skickats för genetisk utredning av släktens hjärtsjukdom.",
        ],
        "biometric": [
            "{n}s fingeravtryck är registrerat i tidsstämplingen i verkstaden.",
            "{f} har registrerat sin ansiktsbild i passagesystemet vid huvudentrén.",
        ],
        "trade_union": [
            "{n} är medlem i Unionen och vill ha med sitt fackliga ombud på mötet.",
            "{f} är vald till skyddsombud för Kommunal på boendet.",
            "{n} har gått med i Vision.",
        ],
        "religion": [
            "{n} är ledig på eid och har bytt pass med Ola.",
            "{f} är pingstvän och vill inte arbeta på söndagar.",
            "{n} är ortodox kristen och firar jul den 7 januari.",
        ],
        "ethnic_origin": [
            "{n} är rom och talar romani med sin familj.",
            "{f} är av assyrisk härkomst och har erbjudit sig att tolka för familjen.",
        ],
        "sexual_orientation": [
            "{nf} kommer med sin fru Anna på sommarfesten.",
            "{f} kom ut som homosexuell på senaste personalmötet.",
        ],
        "political_opinion": [
            "{n} kandiderar till kommunfullmäktige för Sverigedemokraterna.",
            "{f} är medlem i Liberalerna och sitter i styrelsen för lokalavdelningen.",
            "{n} är invald i regionfullmäktige för Kristdemokraterna.",
        ],
        "criminal_records": [
            "{n} är misstänkt för förskingring och är avstängd medan polisen utreder.",
            "{f} är dömd för rattfylleri och får därför inte köra tjänstebil.",
            "{n} avtjänar sitt straff med fotboja och arbetar bara dagtid.",
        ],
    },
}

FIRST: dict[str, dict[str, list[str]]] = {
    "da": {
        "health": [
            "Jeg er sygemeldt med en diskusprolaps i resten af ugen.",
            "Jeg har fået konstateret cøliaki, så jeg kan ikke spise med til frokosten.",
        ],
        "trade_union": ["Jeg er medlem af HK og vil gerne have min fagforening med til mødet."],
        "religion": ["Jeg er jøde og holder fri på Yom Kippur."],
        "political_opinion": ["Jeg stiller op til regionsrådsvalget for Moderaterne."],
        "criminal_records": ["Jeg har en betinget dom fra 2022 for butikstyveri, som jeg vil være ærlig om."],
    },
    "sv": {
        "health": [
            "Jag är sjukskriven resten av veckan på grund av ischias.",
            "Jag har fått diagnosen celiaki och kan inte äta med på lunchen.",
        ],
        "trade_union": ["Jag är med i facket och vill ha med mitt ombud på mötet."],
        "religion": ["Jag är muslim och fastar under ramadan."],
        "political_opinion": ["Jag kandiderar till riksdagen för Miljöpartiet."],
        "criminal_records": ["Jag har en villkorlig dom från 2022 för snatteri, och jag vill vara ärlig om det."],
    },
}

NEG: dict[str, list[str]] = {
    "da": [
        "Alle medarbejdere kan fra januar få en gratis influenzavaccination i kantinen.",
        "Virksomhedens sundhedsforsikring dækker nu også psykolog.",
        "Sygefraværet i afdelingen faldt til 3,2 procent i tredje kvartal.",
        "Husk, at lægeerklæringer skal sendes krypteret.",
        "Hvis nogen skulle blive syge på turen, har vi en rejseforsikring.",
        "Er du medlem af en fagforening, kan du få juridisk hjælp der.",
        "Den nye overenskomst giver to ekstra feriedage.",
        "Firmaet har tilsluttet sig Dansk Industri.",
        "Kantinen serverer ikke svinekød i næste uge på grund af et tema om mellemøstligt køkken.",
        "Vi holder julefrokost fredag, og alle er velkomne uanset tro.",
        "Kommunen har afsat penge til en kampagne mod diskrimination.",
        "Virksomheden blev idømt en bøde på 250.000 kr. for overtrædelse af arbejdsmiljøloven.",
        "Politiet efterforsker et indbrud i firmaets lager i weekenden.",
        "Alle nye pædagoger skal aflevere straffeattest senest den 1. februar.",
        "Adgangssystemet kan fremover også bruge fingeraftryk for dem, der ønsker det.",
        "Til valgaftenen er alle partier inviteret til debat.",
        "Mette Rask har været sygeplejerske på kræftafdelingen i tyve år og går nu på pension.",
        "Advokat Bo Friis fører sagen for forsvaret i den store hvidvasksag.",
        "Sara Lind er ansat som præst i Vor Frue Kirke.",
        "Jonas Holm har booket en tolk i arabisk til mødet med familien.",
        "Politikere fra alle partier deltager i debatten om den nye skole.",
        "Ole Berg underviser i religion på gymnasiet.",
        "En medarbejder har meldt sig syg i dag, så der mangler folk i kassen.",
        "Pride-flaget hejses på rådhuset i uge 33.",
    ],
    "sv": [
        "Alla anställda kan från januari få en gratis influensavaccination i personalrummet.",
        "Företagets sjukvårdsförsäkring täcker nu även psykolog.",
        "Sjukfrånvaron på avdelningen sjönk till 3,4 procent under tredje kvartalet.",
        "Kom ihåg att läkarintyg ska skickas krypterat.",
        "Om någon skulle bli sjuk under resan har vi en reseförsäkring.",
        "Är du med i ett fackförbund kan du få juridisk hjälp där.",
        "Det nya kollektivavtalet ger två extra semesterdagar.",
        "Företaget har gått med i Almega.",
        "Personalmatsalen serverar inte fläskkött nästa vecka på grund av ett tema om mellanösternmat.",
        "Vi har julbord på fredag och alla är välkomna oavsett tro.",
        "Kommunen har avsatt pengar till en kampanj mot diskriminering.",
        "Bolaget dömdes att betala en företagsbot på 300 000 kronor för arbetsmiljöbrott.",
        "Polisen utreder ett inbrott i företagets lager under helgen.",
        "Alla nya förskollärare ska visa utdrag ur belastningsregistret före den 1 februari.",
        "Passersystemet kan framöver även använda fingeravtryck för den som vill.",
        "Till valvakan är alla partier inbjudna.",
        "Maria Sjö har varit sjuksköterska på onkologen i tjugo år och går nu i pension.",
        "Advokat Per Lund är försvarare i det stora penningtvättsmålet.",
        "Lisa Holm är anställd som präst i Gustav Vasa församling.",
        "Jonas Berg har bokat en tolk i somaliska till mötet med familjen.",
        "Politiker från alla partier deltar i debatten om den nya skolan.",
        "Olof Ek undervisar i religionskunskap på gymnasiet.",
        "En medarbetare har sjukanmält sig idag, så det saknas folk i kassan.",
        "Prideflaggan hissas vid stadshuset under Pride-veckan.",
    ],
}

NEUTRAL: dict[str, list[str]] = {
    "da": [
        "Mødet i morgen er flyttet til kl. 10.",
        "Husk at registrere jeres timer inden fredag.",
        "Printeren på 2. sal virker igen.",
        "Der er kage i kantinen i anledning af Lones fødselsdag.",
        "Nøglen til mødelokale 4 ligger i receptionen.",
        "Budgettet for næste år skal være klar den 15.",
        "Kunden i Vejle har bekræftet leverancen.",
        "Parkeringspladserne bag bygningen bliver asfalteret på torsdag.",
    ],
    "sv": [
        "Mötet i morgon är flyttat till kl. 10.",
        "Kom ihåg att rapportera era timmar före fredag.",
        "Skrivaren på plan 2 fungerar igen.",
        "Det finns tårta i fikarummet eftersom Lena fyller år.",
        "Nyckeln till mötesrum 4 ligger i receptionen.",
        "Budgeten för nästa år ska vara klar den 15:e.",
        "Kunden i Västerås har bekräftat leveransen.",
        "Parkeringen bakom huset asfalteras på torsdag.",
    ],
}

FEMALE: dict[str, list[str]] = {
    "da": [
        "Lærke",
        "Sidsel",
        "Malene",
        "Bodil",
        "Ulla",
        "Nadia",
        "Vibeke",
        "Astrid",
        "Lene",
        "Fatima",
        "Merete",
        "Cecilie",
    ],
    "sv": ["Frida", "Linnea", "Gunilla", "Maj", "Elsa", "Amina", "Pia", "Helena", "Sofia", "Kerstin", "Moa", "Ulrika"],
}
MALE: dict[str, list[str]] = {
    "da": [
        "Kristian",
        "Mogens",
        "Ulrik",
        "Bjarke",
        "Tobias",
        "Ali",
        "Svend",
        "Jakob",
        "Niels",
        "Emil",
        "Anker",
        "Rune",
    ],
    "sv": [
        "Erik",
        "Tobias",
        "Anders",
        "Gösta",
        "Ali",
        "Lennart",
        "Pontus",
        "Jakob",
        "Olle",
        "Henrik",
        "Ludvig",
        "Rune",
    ],
}
SURNAME: dict[str, list[str]] = {
    "da": [
        "Kvist",
        "Bruun",
        "Thygesen",
        "Hvidt",
        "Laustsen",
        "Abdi",
        "Møller",
        "Krarup",
        "Fenger",
        "Vestergaard",
        "Winther",
        "Dam",
    ],
    "sv": [
        "Lindahl",
        "Ahlberg",
        "Hedström",
        "Kvarnström",
        "Abdi",
        "Grahn",
        "Lundin",
        "Sundell",
        "Wester",
        "Nyman",
        "Falk",
        "Eklöf",
    ],
}
