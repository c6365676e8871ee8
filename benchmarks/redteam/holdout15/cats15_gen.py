"""Generated documents of the v15 categories hold-out: six public-sector and regulated-organisation layouts per
language (a municipal journal entry, a hospital discharge summary, an insurer's claim form, a housing
association's case log, a job-centre follow-up and a police or court letter), DRAWS draws each.

Every draw names one invented person and carries one focus line. Layout ``i``, draw ``j`` takes the revealing
line ``(i * REVEALING + j) % len(REVEAL[lang])`` for its first REVEALING draws, so the six layouts go round all
ten revealing lines of a language; the other draws take a look-alike line that uses the same words without
revealing a category about the person. The seed draws the person, dates, case numbers and the order of draws.
"""

from __future__ import annotations

import random

DRAWS = 9
REVEALING = 4

# (full name, female): invented; origins vary (Danish, Swedish, Syrian, Polish, Eritrean, Bosnian, Chilean,
# Faroese, Finnish, Afghan, Thai, Lithuanian), one particle and one double surname per language.
PEOPLE: dict[str, list[tuple[str, bool]]] = {
    "da": [
        ("Birthe Kjærgaard", True),
        ("Allan Vestergaard Due", False),
        ("Rania Haddad", True),
        ("Tomasz Wiśniewski", False),
        ("Selam Tesfaye", True),
        ("Emir Hodžić", False),
        ("Valentina Rojas", True),
        ("Rógvi Joensen", False),
        ("Gurli Skafte", True),
        ("Kenneth de Thurah", False),
        ("Nasrin Ahmadzai", True),
        ("Bent Ulrichsen", False),
    ],
    "sv": [
        ("Gunilla Rehnberg", True),
        ("Sami Khoury", False),
        ("Aleksandra Nowak", True),
        ("Yonas Gebremedhin", False),
        ("Amra Begić", True),
        ("Kent Wallin-Stråhle", False),
        ("Pirjo Hämäläinen", True),
        ("Somchai Srisuk", False),
        ("Ruta Kazlauskaitė", True),
        ("Conny af Sillén", False),
        ("Margareta Öberg", True),
        ("Jimmy Lindqvist", False),
    ],
}

# (category, line): revealing focus lines, one or more per category; {p} is the person's first name.
REVEAL: dict[str, list[tuple[str, str]]] = {
    "da": [
        ("health", "{He} er fortsat sygemeldt efter sin blodprop i hjernen og taler stadig langsomt."),
        ("health", "Borgeren fortæller, at {he} hører stemmer om natten og har fået ny medicin af psykiateren."),
        ("trade_union", "{p} møder med sin bisidder fra FOA, hvor {he} har været medlem i tolv år."),
        ("religion", "{p} ønsker ikke mødetid fredag over middag, da {he} går til fredagsbøn i moskéen."),
        ("criminal_records", "{He} blev løsladt fra Vestre Fængsel i marts efter at have afsonet for vold."),
        ("political_opinion", "{p} sidder i byrådet for Liberal Alliance og beder om, at det noteres som inhabilitet."),
        ("ethnic_origin", "{p} oplyser selv, at {he} er inuk og ønsker tolk på grønlandsk."),
        ("sexual_orientation", "{p} bor sammen med {spouse}, som {he} ønsker registreret som nærmeste pårørende."),
        ("biometric", "Ved fremmødet blev {his} fingeraftryk og ansigtsbillede optaget og gemt i sagen."),
        ("genetic", "Gentesten viser, at {p} bærer anlæg for arvelig hæmokromatose."),
    ],
    "sv": [
        ("health", "{He} har fått diagnosen bipolär sjukdom typ 2 och medicineras med litium."),
        ("health", "{p} är nyopererad för bröstcancer och går på strålning tre dagar i veckan."),
        ("trade_union", "{p} är skyddsombud för Kommunal på arbetsplatsen och vill ha facket med på mötet."),
        ("religion", "{p} är aktiv i Svenska Alliansmissionen och vill inte arbeta under söndagens gudstjänst."),
        ("criminal_records", "{He} dömdes i tingsrätten förra året för grovt rattfylleri och har villkorlig dom."),
        ("political_opinion", "{p} är medlem i Kristdemokraterna och kandiderar till kommunfullmäktige."),
        ("ethnic_origin", "{p} berättar att {he} är same och att familjen har renskötsel i Gällivare."),
        ("sexual_orientation", "{p} lever med {spouse} och vill att partnern står som närmast anhörig."),
        ("biometric", "Vid besöket registrerades {his} fingeravtryck och ansiktsbild i passystemet."),
        ("genetic", "Genetisk utredning visar att {p} bär på en mutation i BRCA2-genen."),
    ],
}

# Look-alike lines: the same words, no category revealed about the named person.
LOOK: dict[str, list[str]] = {
    "da": [
        "{p} spørger, om en blodprop i hjernen kan give ret til fleksjob, fordi {he} har læst om det.",
        "Kommunen tilbyder alle borgere i ressourceforløb en samtale med en psykolog, hvis de ønsker det.",
        "{p} møder uden bisidder og oplyser, at {he} ikke ønsker at inddrage nogen organisation.",
        "{p} ønsker ikke mødetid fredag over middag, da {he} henter sit barnebarn i børnehaven.",
        "{He} har fremvist en ren straffeattest til brug for praktikstedet.",
        "{p} har spurgt, hvem der sidder i byrådets social- og sundhedsudvalg.",
        "{p} har boet tre år i Nuuk som ung og taler lidt grønlandsk.",
        "{p} bor sammen med sin bror og ønsker ham med som pårørende.",
        "{p} fik udleveret et nyt adgangskort med billede til rådhusets personaleindgang.",
        "Pjecen om arvelige sygdomme blev udleveret til alle fremmødte, også til {p}.",
    ],
    "sv": [
        "{p} frågade om bipolär sjukdom kan ge rätt till sjukersättning, eftersom {he} läst en artikel.",
        "Alla som deltar i programmet erbjuds en hälsokontroll på vårdcentralen.",
        "{p} kom utan ombud och vill inte att någon organisation ska delta.",
        "{p} vill inte arbeta på söndagar eftersom {he} har barnen varannan helg.",
        "{He} har lämnat ett utdrag ur belastningsregistret utan anteckningar.",
        "{p} frågade vilka partier som sitter i kommunfullmäktiges socialnämnd.",
        "{p} har arbetat två säsonger i Gällivare och kan lite samiska ord.",
        "{p} bor med sin syster och vill att hon står som närstående.",
        "{p} fick ett nytt passerkort med foto till stadshusets personalingång.",
        "Broschyren om ärftliga sjukdomar delades ut till alla som kom, även till {p}.",
    ],
}

# A same-sex spouse: the partner's gender follows the person's (rule 110).
SPOUSE = {
    "da": {True: "sin kone, Lise", False: "sin mand, Jens"},
    "sv": {True: "sin fru Therese", False: "sin man Patrik"},
}

PRON = {
    "da": {True: ("hun", "hendes"), False: ("han", "hans")},
    "sv": {True: ("hon", "hennes"), False: ("han", "hans")},
}

LAYOUTS: dict[str, list[str]] = {
    "da": [
        "Journalnotat – Socialafdelingen, Voksenområdet\nSagsnr.: {case}\nBorger: {full}\nDato: {date}\n"
        "Notat vedr. opfølgning på boligsag\n{focus}\nAftalt nyt møde om fire uger. /sagsbehandler",
        "EPIKRISE\nAfdeling: Medicinsk Afdeling M2\nPatient: {full}\nUdskrevet: {date}\nForløb:\n{focus}\n"
        "Videre plan: kontrol hos egen læge. Kopi sendt til patienten via e-Boks.",
        "Skadeanmeldelse – arbejdsskade / ulykke\nForsikringstager: {full}\nPolicenr.: {case}\n"
        "Anmeldt: {date}\nSupplerende oplysninger:\n{focus}\nSendes til vurdering hos skadebehandler.",
        "Beboersag {case} – Afdeling 14, Boligselskabet Vesterlunden\nLejer: {full}\nLog {date}:\n"
        "Beboeren var på kontoret vedr. klage over støj.\n{focus}\nBoligsocial medarbejder kontakter igen.",
        "Jobcenter – referat af samtale\nBorger: {full}\nSamtaledato: {date}\nMålgruppe: 6.1\n{focus}\n"
        "Næste samtale: om tre måneder. Referatet er læst op for borgeren.",
        "Partshøring\nSag: {case}\nTil: {full}\nDato: {date}\nPolitiet har modtaget oplysninger i sagen.\n"
        "{focus}\nDu kan komme med bemærkninger inden 14 dage.",
    ],
    "sv": [
        "Journalanteckning – Socialtjänsten, vuxenenheten\nDnr: {case}\nKlient: {full}\nDatum: {date}\n"
        "Uppföljning av bostadsärende\n{focus}\nNytt möte om en månad. /handläggare",
        "EPIKRIS\nKlinik: Medicinkliniken avd 7\nPatient: {full}\nUtskriven: {date}\nFörlopp:\n{focus}\n"
        "Fortsatt planering: återbesök på vårdcentralen. Kopia till patienten via 1177.",
        "Skadeanmälan – olycksfall\nFörsäkringstagare: {full}\nFörsäkringsnr: {case}\nAnmäld: {date}\n"
        "Kompletterande uppgifter:\n{focus}\nSkickas till skadereglerare för bedömning.",
        "Ärende {case} – Bostadsbolaget Tallbacken, område Norr\nHyresgäst: {full}\nLogg {date}:\n"
        "Hyresgästen besökte kontoret om störningar från grannen.\n{focus}\nBovärden återkommer.",
        "Arbetsförmedlingen – anteckning planeringssamtal\nSökande: {full}\nDatum: {date}\n{focus}\n"
        "Nästa avstämning om tre månader. Anteckningen lästes upp för den sökande.",
        "Underrättelse\nÄrende: {case}\nTill: {full}\nDatum: {date}\nPolisen har fått in uppgifter i ärendet.\n"
        "{focus}\nDu kan lämna synpunkter inom två veckor.",
    ],
}


def _fill(line: str, full: str, female: bool, lang: str) -> str:
    he, his = PRON[lang][female]
    first = full.split()[0]
    spouse = SPOUSE[lang][female]
    return line.format(p=first, he=he, He=he.capitalize(), his=his, His=his.capitalize(), spouse=spouse)


def generate(rng: random.Random) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for lang in ("da", "sv"):
        reveal, look = REVEAL[lang], LOOK[lang]
        for i, layout in enumerate(LAYOUTS[lang]):
            draws: list[tuple[str, str]] = []
            for j in range(REVEALING):
                draws.append(reveal[(i * REVEALING + j) % len(reveal)])
            draws += [("", line) for line in rng.sample(look, DRAWS - REVEALING)]
            rng.shuffle(draws)
            for category, line in draws:
                full, female = rng.choice(PEOPLE[lang])
                focus = _fill(line, full, female, lang)
                text = layout.format(
                    full=full,
                    focus=focus,
                    case=f"{rng.randint(10, 99)}.{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                    date=f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.2026",
                )
                labels: list[dict[str, object]] = []
                if category:
                    start = text.index(focus)
                    labels = [{"start": start, "end": start + len(focus), "entity": category}]
                docs.append({"lang": lang, "text": text, "labels": labels, "family": f"gen-{lang}-{i + 1}"})
    return docs
