"""Generated layouts for categories.jsonl (v7). Each layout mixes statements that reveal a category about a named
person (labelled) with statements on the same topics that reveal nothing about anyone (hard negatives) and
neutral office lines; about half the documents carry no label. Each layout is drawn at most 7 times."""

from __future__ import annotations

import random

from benchmarks.redteam.holdout7 import pools as P

# (text with {n} for a named person, tags) - tags "" for a statement that reveals nothing about a person
DA_POS = [
    ("{n} er sygemeldt med hjernerystelse efter et fald på cyklen", "health"),
    ("{n} har fået konstateret sukkersyge og skal have tid til kontrol hver tredje måned", "health"),
    ("{f} er gravid og har termin i maj", "health"),
    ("{n} er i behandling for alkoholafhængighed på Ringgården", "health"),
    ("{n} har fået høreapparat på begge ører og beder om at sidde forrest til møderne", "health"),
    ("{n} er medlem af Dansk Metal og vil have fagforeningen med til samtalen", "trade_union"),
    ("{n} er nyvalgt tillidsrepræsentant for FOA på afdelingen", "trade_union"),
    ("{n} sidder i kommunalbestyrelsen for Venstre", "political_opinion"),
    ("{n} er opstillet for Socialdemokratiet til regionsrådsvalget", "political_opinion"),
    ("{n} blev i oktober idømt 40 dagbøder for butikstyveri", "criminal_records"),
    ("{n} er sigtet for vold og er sat fri i afventning af retssagen", "criminal_records"),
    ("{n} blev døbt som voksen i Apostelkirken i sommer", "religion"),
    ("{x} holder fri fredag eftermiddag for at gå i moské", "religion"),
    ("{f} og hendes kone har lige fået en søn", "sexual_orientation"),
    ("{n} har registreret sit fingeraftryk i den nye adgangskontrol til lageret", "biometric"),
    ("{x} er kurder fra Diyarbakir og tolker gerne for de nye kolleger", "ethnic_origin"),
    ("{n} har fået lavet en gentest, som viste arvelig hjertesygdom", "genetic,health"),
]
DA_NEG = [
    "Husk at kantinen holder lukket mellem jul og nytår",
    "Sygefraværet i afdelingen faldt fra 4,1 til 3,6 % i tredje kvartal",
    "Fagforeningerne og arbejdsgiverne mødes til forhandling i februar",
    "Alle medarbejdere tilbydes gratis influenzavaccination i uge 45",
    "Den nye persondatapolitik beskriver, hvordan vi behandler helbredsoplysninger",
    "Kommunalvalget afholdes tirsdag, og alle kan stemme på rådhuset",
    "{n} har bestilt lokale til julefrokosten",
    "{n} er ny sygeplejerske på onkologisk afdeling fra 1. januar",
    "{n} har skrevet referatet fra mødet i samarbejdsudvalget",
    "{n} holder oplæg om GDPR og særlige kategorier på fredag",
    "{n} skal til tandlægen torsdag formiddag og kommer lidt senere",
    "Der er fællessang i kirken på søndag, alle er velkomne",
    "{n} har sendt lønsedlerne ud via e-Boks",
    "Forsikringen dækker behandling hos fysioterapeut for alle ansatte",
    "{n} er barselsvikar for Anne frem til august",
]
SV_POS = [
    ("{n} är sjukskriven för en hjärnskakning efter en cykelolycka", "health"),
    ("{n} har fått diagnosen diabetes typ 2 och behöver gå på kontroller", "health"),
    ("{f} är gravid i vecka 20", "health"),
    ("{n} går i behandling för spelberoende", "health"),
    ("{n} har en synskada och behöver förstoringsprogram på datorn", "health"),
    ("{n} är med i Kommunal och vill ha med sitt ombud", "trade_union"),
    ("{n} har valts till huvudskyddsombud för Unionen", "trade_union"),
    ("{n} sitter i kommunfullmäktige för Moderaterna", "political_opinion"),
    ("{n} kandiderar för Miljöpartiet i regionvalet", "political_opinion"),
    ("{n} dömdes i september till dagsböter för snatteri", "criminal_records"),
    ("{n} är misstänkt för misshandel och har fått kontaktförbud", "criminal_records"),
    ("{n} har konfirmerats som vuxen i Svenska kyrkan", "religion"),
    ("{x} ber fredagsbönen i moskén och går tidigare på fredagar", "religion"),
    ("{m} och hans man har adopterat en dotter", "sexual_orientation"),
    ("{n} har registrerat sitt fingeravtryck i passagesystemet för serverrummet", "biometric"),
    ("{n} är rom och arbetar som brobyggare på skolan", "ethnic_origin"),
    ("{n} har gjort ett gentest som visade anlag för ärftlig bröstcancer", "genetic,health"),
]
SV_NEG = [
    "Kom ihåg att personalrummet städas på fredag",
    "Sjukfrånvaron på enheten minskade till 5,2 procent i höstas",
    "Facket och arbetsgivaren träffas för löneförhandling i mars",
    "Alla anställda erbjuds gratis vaccination mot säsongsinfluensa",
    "Integritetspolicyn beskriver hur vi hanterar känsliga personuppgifter",
    "Valet till kyrkofullmäktige hålls nästa år",
    "{n} har bokat lokal till julbordet",
    "{n} börjar som undersköterska på strokeavdelningen i januari",
    "{n} för protokoll på arbetsplatsträffen",
    "{n} håller en utbildning om dataskydd och känsliga uppgifter",
    "{n} ska till optikern och kommer efter lunch",
    "Det är adventskonsert i kyrkan på söndag, alla är välkomna",
    "{n} har skickat ut lönebeskeden via Kivra",
    "Friskvårdsbidraget höjs till 5 000 kronor för alla anställda",
    "{n} vikarierar för Anna under hennes föräldraledighet",
]


def _statements(rng: random.Random, lang: str, k: int, positive: bool) -> list[tuple[str, str]]:
    pos, neg = (DA_POS, DA_NEG) if lang == "da" else (SV_POS, SV_NEG)
    out = [(_fill(t, rng, lang), "") for t in rng.sample(neg, k)]
    if positive:
        for text, tags in rng.sample(pos, rng.choice([1, 1, 2])):
            out.insert(rng.randint(0, len(out)), (_fill(text, rng, lang), tags))
    return out


def _fill(text: str, rng: random.Random, lang: str) -> str:
    last = P.DK_LAST if lang == "da" else P.SE_LAST
    women = P.DK_WOMEN if lang == "da" else P.SE_WOMEN
    men = P.DK_MEN if lang == "da" else P.SE_MEN
    text = text.replace("{n}", P.dk(rng) if lang == "da" else P.se(rng))
    text = text.replace("{f}", f"{rng.choice(women)} {rng.choice(last)}")
    text = text.replace("{m}", f"{rng.choice(men)} {rng.choice(last)}")
    return text.replace("{x}", rng.choice(P.FOREIGN))


def _mark(text: str, tags: str) -> str:
    return f"⟦{tags}|{text}⟧" if tags else text


def _mail(rng: random.Random, lang: str) -> tuple[str, str]:
    sts = _statements(rng, lang, rng.randint(2, 3), rng.random() < 0.5)
    body = " ".join(_mark(t + ".", g) for t, g in sts)
    if lang == "da":
        return lang, f"Hej {rng.choice(P.DK_FIRST)}\n\nLige et par ting fra ugen: {body}\n\nMvh\n{P.dk(rng)}"
    return lang, f"Hej {rng.choice(P.SE_FIRST)}!\n\nNågra saker från veckan: {body}\n\nHälsningar\n{P.se(rng)}"


def mail_da(rng: random.Random) -> tuple[str, str]:
    return _mail(rng, "da")


def mail_sv(rng: random.Random) -> tuple[str, str]:
    return _mail(rng, "sv")


def _minutes(rng: random.Random, lang: str) -> tuple[str, str]:
    sts = _statements(rng, lang, rng.randint(2, 4), rng.random() < 0.5)
    items = "\n".join(f"{i + 1}. {_mark(t + '.', g)}" for i, (t, g) in enumerate(sts))
    head = "Referat fra afdelingsmøde " if lang == "da" else "Minnesanteckningar, enhetsmöte "
    return lang, head + P.date(rng, "%d.%m.%Y" if lang == "da" else "%Y-%m-%d") + "\n" + items


def minutes_da(rng: random.Random) -> tuple[str, str]:
    return _minutes(rng, "da")


def minutes_sv(rng: random.Random) -> tuple[str, str]:
    return _minutes(rng, "sv")


def _chat(rng: random.Random, lang: str) -> tuple[str, str]:
    sts = _statements(rng, lang, 2, rng.random() < 0.5)
    first = P.DK_FIRST if lang == "da" else P.SE_FIRST
    a, b = rng.sample(first, 2)
    ok = rng.choice(["ok", "👍", "tak" if lang == "da" else "tack", "noted"])
    said = [(a, _mark(t, g)) for t, g in sts]
    said.insert(1, (b, ok))
    minute = rng.randint(0, 400)
    lines = []
    for who, text in said:
        minute += rng.randint(1, 25)
        lines.append(f"[{8 + minute // 60}:{minute % 60:02d}] {who}: {text}")
    return lang, "\n".join(lines)


def chat_da(rng: random.Random) -> tuple[str, str]:
    return _chat(rng, "da")


def chat_sv(rng: random.Random) -> tuple[str, str]:
    return _chat(rng, "sv")


def absence_register(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    if lang == "da":
        pos = ["syg (influenza)", "sygemeldt, knæoperation", "syg - migræne", "delvis raskmeldt (stress)"]
        neg = ["ferie", "barsel", "kursus", "afspadsering", "omsorgsdag", "tjenestefri"]
        head = "Medarbejder;Uge;Fraværsårsag"
    else:
        pos = ["sjuk (förkylning)", "sjukskriven, höftoperation", "sjuk - magsjuka", "deltidssjukskriven (utmattning)"]
        neg = ["semester", "föräldraledig", "utbildning", "komp", "tjänstledig", "flex"]
        head = "Anställd;Vecka;Frånvaroorsak"
    positive = rng.random() < 0.5
    rows = [head]
    n = rng.randint(3, 6)
    sick_row = rng.randrange(n) if positive else -1
    for i in range(n):
        who = P.dk(rng) if lang == "da" else P.se(rng)
        reason = f"⟦health|{rng.choice(pos)}⟧" if i == sick_row else rng.choice(neg)
        rows.append(f"{who};{rng.randint(1, 52)};{reason}")
    return lang, "\n".join(rows)


def diet_list(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    if lang == "da":
        pos = [
            ("halal", "religion"),
            ("kosher", "religion"),
            ("cøliaki - strengt glutenfri", "health"),
            ("nøddeallergi, har EpiPen", "health"),
        ]
        neg = ["vegetar", "ingen særlige", "pescetar", "laktosefri", "vegansk", "spiser ikke svampe"]
        head = "Tilmeldte til julefrokost - kost"
    else:
        pos = [
            ("halal", "religion"),
            ("koscher", "religion"),
            ("celiaki - strikt glutenfritt", "health"),
            ("jordnötsallergi, har adrenalinpenna", "health"),
        ]
        neg = ["vegetarian", "inga", "pescetarian", "laktosfritt", "vegan", "äter inte svamp"]
        head = "Anmälda till julbordet - specialkost"
    positive = rng.random() < 0.5
    n = rng.randint(4, 7)
    hit = rng.randrange(n) if positive else -1
    rows = [head]
    for i in range(n):
        who = P.dk(rng) if lang == "da" else P.se(rng)
        if i == hit:
            text, tag = rng.choice(pos)
            rows.append(f"{who}: ⟦{tag}|{text}⟧")
        else:
            rows.append(f"{who}: {rng.choice(neg)}")
    return lang, "\n".join(rows)


def payroll_deductions(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    positive = rng.random() < 0.5
    who = P.dk(rng) if lang == "da" else P.se(rng)
    if lang == "da":
        lines = [
            f"Lønseddel {P.date(rng, '%m/%Y')} - {who}",
            f"Grundløn {rng.randint(28, 45)}.{rng.randint(100, 999)},00",
        ]
        extra = [
            "Pension 12 % -3.480,00",
            "Sundhedsforsikring (skattepligtig) 212,00",
            "Kantine -420,00",
            "AM-bidrag -2.312,00",
            "Fritvalgskonto 1.450,00",
        ]
        union = f"⟦trade_union|Fagforeningskontingent ({rng.choice(['HK', '3F', 'FOA', 'Dansk Metal'])}) -{rng.randint(380, 560)},00⟧"
    else:
        lines = [
            f"Lönespecifikation {P.date(rng, '%Y-%m')} - {who}",
            f"Månadslön {rng.randint(28, 45)} {rng.randint(100, 999)} kr",
        ]
        extra = [
            "Pensionsavsättning ITP1",
            "Förmånsvärde bil 1 850 kr",
            "Friskvårdsbidrag 300 kr",
            "Preliminär skatt -9 120 kr",
            "Semesterersättning 2 340 kr",
        ]
        union = f"⟦trade_union|Fackavgift {rng.choice(['Unionen', 'Kommunal', 'Handels', 'IF Metall'])} -{rng.randint(190, 640)} kr⟧"
    body = rng.sample(extra, 3)
    if positive:
        body.insert(rng.randint(0, 3), union)
    return lang, "\n".join(lines + body)


def access_log(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    positive = rng.random() < 0.5
    rows = []
    for _ in range(rng.randint(3, 5)):
        who = P.dk(rng) if lang == "da" else P.se(rng)
        rows.append(
            f"{P.date(rng, '%Y-%m-%d')} {rng.randint(6, 18):02d}:{rng.randint(0, 59):02d}  Kort {rng.randint(10000, 99999)}  {who}  {'adgang givet' if lang == 'da' else 'passage beviljad'}"
        )
    if positive:
        who = P.dk(rng) if lang == "da" else P.se(rng)
        enrol = (
            f"Fingeraftryk indrulleret for {who} (skabelon gemt i læseren)"
            if lang == "da"
            else f"Ansiktsmall registrerad för {who} (lagras i terminalen)"
        )
        rows.insert(rng.randint(0, len(rows)), f"{P.date(rng, '%Y-%m-%d')} ADMIN  ⟦biometric|{enrol}⟧")
    else:
        rows.append(
            "ADMIN  " + ("Nyt adgangskort med foto udstedt" if lang == "da" else "Nytt passerkort med foto utfärdat")
        )
    return lang, "\n".join(rows)


def court_list(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    rows = ["Retslister" if lang == "da" else "Förhandlingslista, tingsrätten"]
    positive = rng.random() < 0.5
    for _ in range(rng.randint(2, 4)):
        if lang == "da":
            rows.append(
                f"Sag BS-{rng.randint(1000, 9999)}/2026  civil sag om {rng.choice(['lejeforhold', 'mangler ved hus', 'erstatning', 'arv'])}  parter: {P.dk(rng)} mod {rng.choice(P.DK_FIRMS)}"
            )
        else:
            rows.append(
                f"Mål T {rng.randint(1000, 9999)}-26  tvistemål om {rng.choice(['hyra', 'fel i fastighet', 'skadestånd', 'arv'])}  parter: {P.se(rng)} ./. {rng.choice(P.SE_FIRMS)}"
            )
    if positive:
        if lang == "da":
            line = f"Sag SS-{rng.randint(1000, 9999)}/2026  straffesag, tiltalt: {P.dk(rng)}, {rng.choice(['tyveri', 'vold', 'spirituskørsel', 'bedrageri'])}"
        else:
            line = f"Mål B {rng.randint(1000, 9999)}-26  brottmål, tilltalad: {P.se(rng)}, {rng.choice(['stöld', 'misshandel', 'rattfylleri', 'bedrägeri'])}"
        rows.insert(rng.randint(1, len(rows)), f"⟦criminal_records|{line}⟧")
    return lang, "\n".join(rows)


def candidate_list(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    positive = rng.random() < 0.5
    names = [P.dk(rng) if lang == "da" else P.se(rng) for _ in range(rng.randint(3, 5))]
    if lang == "da":
        party = rng.choice(["Socialdemokratiet", "Venstre", "SF", "Det Konservative Folkeparti", "Moderaterne"])
        if positive:
            return (
                lang,
                f"⟦political_opinion|Kandidatliste, {party}, kommunalvalget - {', '.join(names)}⟧\nValgmøde i hallen torsdag kl. 19.",
            )
        return (
            lang,
            f"Valgstyrere og tilforordnede, afstemningssted {rng.choice(P.DK_TOWNS)} Skole: {', '.join(names)}\nMødetid 07.30. Husk madpakke.",
        )
    party = rng.choice(["Socialdemokraterna", "Moderaterna", "Centerpartiet", "Vänsterpartiet", "Kristdemokraterna"])
    if positive:
        return (
            lang,
            f"⟦political_opinion|Valsedel, {party}, kommunfullmäktige - {', '.join(names)}⟧\nValstuga på torget lördag kl. 11-14.",
        )
    return (
        lang,
        f"Röstmottagare i valdistrikt {rng.choice(P.SE_TOWNS)} Centrum: {', '.join(names)}\nSamling 07.15 i vallokalen.",
    )


def parish_notes(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    positive = rng.random() < 0.5
    who = P.dk(rng) if lang == "da" else P.se(rng)
    if lang == "da":
        neutral = [
            "Kirkekaffen står menighedsrådet for.",
            "Organisten er på ferie i uge 7.",
            "Kirkegårdens åbningstider ændres 1. marts.",
        ]
        pos = [
            f"{who} ønsker at blive døbt som voksen til påske",
            f"{who} har meldt sig ind i folkekirken igen efter 10 år udenfor",
        ]
        head = "Kirkekontoret - noter"
    else:
        neutral = [
            "Kyrkkaffet ordnas av syföreningen.",
            "Organisten har semester vecka 7.",
            "Kyrkogårdens öppettider ändras 1 mars.",
        ]
        pos = [f"{who} vill döpas som vuxen i påsk", f"{who} har gått med i Svenska kyrkan igen efter tio år"]
        head = "Pastorsexpeditionen - anteckningar"
    lines = rng.sample(neutral, 2)
    if positive:
        lines.insert(rng.randint(0, 2), f"⟦religion|{rng.choice(pos)}.⟧")
    else:
        lines.append(
            f"{who} har booket sognegården til en fødselsdag."
            if lang == "da"
            else f"{who} har bokat församlingshemmet till ett 50-årskalas."
        )
    return lang, head + "\n- " + "\n- ".join(lines)


def case_note(rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    sts = _statements(rng, lang, rng.randint(1, 2), rng.random() < 0.5)
    head = ("Journalnotat, jobcenter, " if lang == "da" else "Journalanteckning, arbetsförmedlingen, ") + P.date(
        rng, "%d.%m.%Y" if lang == "da" else "%Y-%m-%d"
    )
    return lang, head + "\n" + "\n".join(_mark(t + ".", g) for t, g in sts)


LAYOUTS = [
    ("mail-da", mail_da, 7),
    ("mail-sv", mail_sv, 7),
    ("minutes-da", minutes_da, 7),
    ("minutes-sv", minutes_sv, 7),
    ("chat-da", chat_da, 7),
    ("chat-sv", chat_sv, 7),
    ("absence-register", absence_register, 7),
    ("diet-list", diet_list, 7),
    ("payroll-deductions", payroll_deductions, 7),
    ("access-log", access_log, 7),
    ("court-list", court_list, 7),
    ("candidate-list", candidate_list, 7),
    ("parish-notes", parish_notes, 7),
    ("case-note", case_note, 7),
]
