"""Generated documents of the v14 categories hold-out: six everyday business layouts per language (an absence
registration, the "any other business" item of staff-meeting minutes, a manager's one-to-one note, a case
worker's note, a CRM customer note and a pasted team chat), ``DRAWS`` draws each.

Each layout has its own seven focus lines: ``REVEALING`` of them state a category about the one person the
document names (the focus line is labelled as a whole line), the others are look-alikes that use the same words
without revealing anything. Every focus line is used once per layout and language, in an order drawn from the seed.
"""

from __future__ import annotations

import random

from benchmarks.redteam.holdout14.cats14_markup import render

DRAWS = 7
REVEALING = 3

# 14 invented people per language, of varied origins; no name is part of another.
PEOPLE: dict[str, tuple[tuple[str, bool], ...]] = {
    "da": (
        ("Benedikte Skovgaard", True),
        ("Hussein Al-Tamimi", False),
        ("Agnieszka Wróbel", True),
        ("Troels Kirkegaard", False),
        ("Lan Nguyen", True),
        ("Mikael Brødsgaard", False),
        ("Fatuma Warsame", True),
        ("Oleksandr Kovalenko", False),
        ("Solvej Munch-Pedersen", True),
        ("Kenneth Damgaard", False),
        ("Parisa Rahimi", True),
        ("Halfdan Ravn", False),
        ("Tenzin Dolkar", True),
        ("Ufuk Demirci", False),
    ),
    "sv": (
        ("Gunilla Åkerström", True),
        ("Bashir Mohammadi", False),
        ("Katarzyna Nowicka", True),
        ("Tommy Lindholm", False),
        ("Chau Tran", True),
        ("Ingvar af Klercker", False),
        ("Saida Abdirahman", True),
        ("Dmytro Bondarenko", False),
        ("Majken Lundberg-Ohlsson", True),
        ("Jimmy Öberg", False),
        ("Leila Hosseini", True),
        ("Sixten Granqvist", False),
        ("Pema Yangzom", True),
        ("Emre Yıldız", False),
    ),
}

PRON = {
    "da": {True: ("hun", "hende", "hendes", "kone"), False: ("han", "ham", "hans", "mand")},
    "sv": {True: ("hon", "henne", "hennes", "fru"), False: ("han", "honom", "hans", "man")},
}

# (layout, template, focus lines): the first REVEALING lines are "category|line", the rest plain look-alikes.
# Placeholders: {name}, {first}, {he}, {him}, {his}, {He}, {His}, {spouse} (of the same sex), {FOCUS}.
LAYOUTS: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "da": (
        (
            "absence",
            "Fraværsregistrering – Lønservice\nMedarbejder: {name}\nAfdeling: Ordremodtagelsen\nPeriode: 3.–14. marts\n"
            "Årsag oplyst af medarbejderen:\n{FOCUS}\nGodkendt af nærmeste leder.",
            (
                "health|Indlagt på Hvidovre Hospital med en blodprop i lungen, derefter hjemmebehandling.",
                "religion|Pilgrimsrejse til Mekka (hajj) med familien; afholdes som ferie.",
                "criminal_records|Afsoner en dom på 14 dages fængsel for spirituskørsel i Horserød.",
                "Omsorgsdage til barnets indkøring i vuggestue.",
                "Kursus i lungeredning (førstehjælp) for hele afdelingen.",
                "Flytning til ny adresse i Greve.",
                "Kaldet som domsmand ved Retten i Glostrup i to dage.",
            ),
        ),
        (
            "minutes",
            "Referat af afdelingsmøde, Kundecenter Vest\nDeltagere: hele afdelingen, 11 personer\n"
            "1. Nye åbningstider godkendt.\n2. Eventuelt:\n{FOCUS}\nNæste møde: tirsdag i uge 20.",
            (
                "trade_union|{name} er valgt som ny tillidsrepræsentant for HK og deltager i lokalforhandlingerne.",
                "political_opinion|{name} er opstillet for Radikale Venstre til byrådet og holder valgmøde i kantinen.",
                "sexual_orientation|{name} fortalte, at {he} og {his} {spouse} skal adoptere og går på orlov i efteråret.",
                "{name} er valgt som ny repræsentant i kantineudvalget.",
                "{name} arrangerer et debatmøde om kommunalvalget, hvor alle partier er inviteret.",
                "{name} fortalte, at {he} skal på barsel i efteråret.",
                "{name} takkede for blomsterne til {his} 50-års fødselsdag.",
            ),
        ),
        (
            "oneone",
            "Notat – 1:1-samtale\nMedarbejder: {name}\nLeder: afdelingschef, Indkøb\nEmner: trivsel og arbejdsopgaver\n"
            "{FOCUS}\nAftale: ny samtale om fire uger.",
            (
                "health|{first} fortalte, at {he} er i behandling for en spiseforstyrrelse og har brug for faste pauser.",
                "genetic|{first} fortalte, at en gentest har vist, at {he} har arvelig Huntingtons sygdom.",
                "ethnic_origin|{first} fortalte, at {he} som kurder fra Iran har oplevet nedsættende bemærkninger på lageret.",
                "{first} fortalte, at {he} ønsker flere opgaver med leverandørerne i Iran og Tyrkiet.",
                "{first} fortalte, at {he} har brug for faste pauser til at gå en tur.",
                "{first} fortalte, at {he} gerne vil på kursus i kontraktret.",
                "{first} fortalte, at {he} trives og ikke har noget at bemærke.",
            ),
        ),
        (
            "casenote",
            "Journalnotat, Borgerservice Roskilde\nBorger: {name}\nHenvendelse: telefon\n{FOCUS}\n"
            "Sagsbehandler sender svar i e-Boks inden for ti dage.",
            (
                "criminal_records|Borgeren oplyser, at {he} er prøveløsladt og under tilsyn af Kriminalforsorgen.",
                "biometric|Borgeren har fået taget fingeraftryk og ansigtsfoto til sit nye pas i dag.",
                "health|Borgeren oplyser, at {he} har fået amputeret venstre ben og søger om handicapbil.",
                "Borgeren spørger, hvordan man søger job i Kriminalforsorgen.",
                "Borgeren har betalt gebyret til sit nye pas i dag.",
                "Borgeren søger om tilskud til bil til sin forening.",
                "Borgeren har fået nyt NemID-nøglekort og mangler en pinkode.",
            ),
        ),
        (
            "crm",
            "CRM-note, Salesforce\nKontakt: {name}\nKunde: Sjællands Installationsservice ApS\nAktivitet: opkald\n"
            "{FOCUS}\nNæste skridt: tilbud sendes fredag.",
            (
                "health|{first} er lige kommet tilbage efter kemoterapi for tyktarmskræft og tager kun korte møder.",
                "religion|{first} holder sabbat og kan ikke holde møder fredag efter kl. 14.",
                "trade_union|{first} er medlem af Dansk El-Forbunds hovedbestyrelse og vil have overenskomsten med i tilbuddet.",
                "{first} er lige kommet tilbage fra ferie og tager kun korte møder.",
                "{first} kan ikke holde møder fredag efter kl. 14 på grund af weekendvagt.",
                "{first} vil have overenskomstdækkede underleverandører med i tilbuddet.",
                "{first} spurgte til leveringstid på kabelbakker.",
            ),
        ),
        (
            "chat",
            "Kopieret fra Teams, kanal #drift\n09:12 vagtleder: godmorgen alle\n09:14 {name}: godmorgen\n"
            "{FOCUS}\n09:20 vagtleder: ok, tak for besked",
            (
                "health|09:15 {name}: jeg går kl 12, skal til kontrol for min epilepsi",
                "political_opinion|09:15 {name}: jeg går kl 12, skal dele løbesedler ud for Liberal Alliance",
                "sexual_orientation|09:15 {name}: jeg går kl 12, skal til møde i LGBT+ Danmarks netværk for biseksuelle, jeg er ny i styregruppen",
                "09:15 {name}: jeg går kl 12, skal til kontrol med bilen",
                "09:15 {name}: jeg går kl 12, skal høre en debat om valget på biblioteket",
                "09:15 {name}: jeg går kl 12, skal til en vielse på rådhuset som forlover",
                "09:15 {name}: jeg går kl 12, skal hente min nye cykel",
            ),
        ),
    ),
    "sv": (
        (
            "absence",
            "Frånvaroanmälan – Lönecenter\nMedarbetare: {name}\nAvdelning: Orderhantering\nPeriod: 3–14 mars\n"
            "Orsak enligt medarbetaren:\n{FOCUS}\nGodkänd av närmaste chef.",
            (
                "health|Inlagd på Södersjukhuset med en lungemboli, därefter vård i hemmet.",
                "religion|Vallfärd till Mecka (hajj) med familjen; tas ut som semester.",
                "criminal_records|Avtjänar ett fängelsestraff på en månad för grovt rattfylleri på anstalten Skogome.",
                "Föräldraledighet för inskolning på förskolan.",
                "Kurs i hjärt-lungräddning för hela avdelningen.",
                "Flytt till ny adress i Haninge.",
                "Kallad som nämndeman vid Södertörns tingsrätt i två dagar.",
            ),
        ),
        (
            "minutes",
            "Protokoll, avdelningsmöte, Kundcenter Väst\nNärvarande: hela avdelningen, 12 personer\n"
            "§ 1 Nya öppettider godkändes.\n§ 2 Övriga frågor:\n{FOCUS}\nNästa möte: tisdag vecka 20.",
            (
                "trade_union|{name} har valts till ny klubbordförande för Unionen och deltar i lokala förhandlingar.",
                "political_opinion|{name} står på Centerpartiets lista till kommunfullmäktige och håller valmöte i personalrummet.",
                "sexual_orientation|{name} berättade att {he} och {his} {spouse} ska adoptera och går på föräldraledighet i höst.",
                "{name} har valts till ny representant i personalmatsalens råd.",
                "{name} ordnar en debatt om kommunvalet dit alla partier är inbjudna.",
                "{name} berättade att {he} går på föräldraledighet i höst.",
                "{name} tackade för blommorna på {his} 50-årsdag.",
            ),
        ),
        (
            "oneone",
            "Anteckning – enskilt samtal\nMedarbetare: {name}\nChef: avdelningschef, Inköp\nÄmnen: arbetsmiljö och uppgifter\n"
            "{FOCUS}\nÖverenskommelse: nytt samtal om fyra veckor.",
            (
                "health|{first} berättade att {he} får behandling för bipolär sjukdom och behöver fasta arbetstider.",
                "genetic|{first} berättade att ett gentest har visat att {he} bär på anlag för ärftlig ALS.",
                "ethnic_origin|{first} berättade att {he} som rom har fått nedsättande kommentarer på lagret.",
                "{first} berättade att {he} vill ha fler uppgifter med leverantörerna i Rumänien.",
                "{first} berättade att {he} behöver fasta arbetstider för att hinna hämta på förskolan.",
                "{first} berättade att {he} vill gå en kurs i avtalsrätt.",
                "{first} berättade att {he} trivs och inte har något att ta upp.",
            ),
        ),
        (
            "casenote",
            "Journalanteckning, Servicecenter Uppsala kommun\nKlient: {name}\nKontakt: telefon\n{FOCUS}\n"
            "Handläggaren svarar via Mina meddelanden inom tio dagar.",
            (
                "criminal_records|Klienten uppger att {he} är villkorligt frigiven och har övervakning av Frivården.",
                "biometric|Klienten har lämnat fingeravtryck och ansiktsfoto för sitt nya pass i dag.",
                "health|Klienten uppger att {he} har fått vänster ben amputerat och söker bilstöd.",
                "Klienten frågar hur man söker jobb inom Kriminalvården.",
                "Klienten har betalat avgiften för sitt nya pass i dag.",
                "Klienten söker bidrag till en minibuss för sin förening.",
                "Klienten har fått ett nytt BankID och behöver hjälp att logga in.",
            ),
        ),
        (
            "crm",
            "CRM-anteckning, Lime\nKontakt: {name}\nKund: Mälardalens Elservice AB\nAktivitet: samtal\n"
            "{FOCUS}\nNästa steg: offert skickas på fredag.",
            (
                "health|{first} är nyss tillbaka efter strålbehandling för prostatacancer och tar bara korta möten.",
                "religion|{first} firar sabbat och kan inte ha möten på fredagar efter kl. 14.",
                "trade_union|{first} sitter i Elektrikerförbundets förbundsstyrelse och vill ha kollektivavtalet med i offerten.",
                "{first} är nyss tillbaka från semestern och tar bara korta möten.",
                "{first} kan inte ha möten på fredagar efter kl. 14 på grund av helgjour.",
                "{first} vill ha underleverantörer med kollektivavtal i offerten.",
                "{first} frågade om leveranstid för kabelstegar.",
            ),
        ),
        (
            "chat",
            "Kopierat från Slack, kanal #drift\n09:12 skiftledare: god morgon alla\n09:14 {name}: god morgon\n"
            "{FOCUS}\n09:20 skiftledare: ok, tack för info",
            (
                "health|09:15 {name}: jag går kl 12, ska på kontroll för min diabetes",
                "political_opinion|09:15 {name}: jag går kl 12, ska dela ut flygblad för Kristdemokraterna",
                "sexual_orientation|09:15 {name}: jag går kl 12, ska på möte i RFSL:s nätverk för bisexuella, jag sitter i styrgruppen",
                "09:15 {name}: jag går kl 12, ska på besiktning med bilen",
                "09:15 {name}: jag går kl 12, ska lyssna på en valdebatt på biblioteket",
                "09:15 {name}: jag går kl 12, ska vara vittne på en vigsel i stadshuset",
                "09:15 {name}: jag går kl 12, ska hämta min nya cykel",
            ),
        ),
    ),
}


def _fill(template: str, full: str, female: bool, lang: str) -> str:
    he, him, his, spouse = PRON[lang][female]  # spouse: of the same sex
    return template.format(
        name=full,
        first=full.split()[0],
        he=he,
        him=him,
        his=his,
        He=he.capitalize(),
        His=his.capitalize(),
        spouse=spouse,
        FOCUS="{FOCUS}",
    )


def generate(rng: random.Random) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for lang in ("da", "sv"):
        for layout, template, focus in LAYOUTS[lang]:
            assert len(focus) == DRAWS and all("|" in f for f in focus[:REVEALING])
            order = list(range(DRAWS))
            rng.shuffle(order)
            for i in order:
                full, female = rng.choice(PEOPLE[lang])
                line = _fill(focus[i], full, female, lang)
                if i < REVEALING:
                    category, _, line = line.partition("|")
                    line = f"⟦{category}|{line}⟧"
                text, labels = render(_fill(template, full, female, lang).replace("{FOCUS}", line))
                docs.append({"lang": lang, "text": text, "labels": labels, "family": f"gen-{layout}-{lang}"})
    return docs
