"""Generated category documents for hold-out v11: six small layouts per language (meeting minutes, a case note, a
Teams line, an SMS, a tick-box form, a mail signed with name and role), eleven draws each. Each names one person:
minutes and case notes say a third-person sentence about them, Teams lines, SMS and mails a first-person one, the
form ticks Ja/Nej (Nej reveals nothing). Sentences are revealing (from a bank per language) or look-alikes."""

from __future__ import annotations

import random

DRAWS = 11
NAMES = {
    "da": (
        "Nivi Lyberth|Malik Kristiansen-Olsen|Hamdi Abdullahi Guled|Ewa Maria Kaczmarek|Emir Selimović|"
        "Sunisa Christensen|Tuula Heikkinen|Senthuran Ratnam|Rasha El-Sayed|Filmon Tesfamariam|Rebin Karim|"
        "Ib de Neergaard|Karen-Lis Juul Madsen|Nguyen Thanh Binh"
    ).split("|"),
    "sv": (
        "Áslat Kuhmunen|Elle-Maria Svonni|Hibaaq Ali Nur|Wojciech Zając|Amra Hadžić|Kanya Svensson|Jari Lehtonen|"
        "Thulasi Selvarajah|Omar Al-Najjar|Yohannes Berhane|Shirin Ahmadi|Carl-Axel von Essen|Ann-Britt Lind Ek|"
        "Tran Minh Chau"
    ).split("|"),
}
# Vietnamese names stand surname first: the given name is the last word
SURNAME_FIRST = ("Nguyen", "Tran")
REVEAL3 = {
    "da": [
        ("health", "{p} er sygemeldt efter en knæoperation og er tilbage om tre uger."),
        ("health", "{p} går til kemoterapi hver anden tirsdag og arbejder kun om formiddagen."),
        ("health", "{p} har fået høreapparat og skal sidde forrest til møderne."),
        ("health", "{p} er i behandling for spiseforstyrrelse og har fået nedsat tid."),
        ("genetic+health", "{p} har fået påvist Huntingtons sygdom ved en gentest."),
        ("biometric", "{p} har fået sit fingeraftryk registreret i låsen til medicinrummet."),
        ("trade_union", "{p} blev valgt som tillidsrepræsentant for Dansk El-Forbund."),
        ("religion", "{p} er konverteret til islam og ønsker halalmad ved arrangementer."),
        ("ethnic_origin", "{p} er samisk og har familie i Kautokeino."),
        ("political_opinion", "{p} sidder i byrådet for Enhedslisten og går tidligt om torsdagen."),
        ("sexual_orientation", "{p} sprang ud som homoseksuel til sommerfesten."),
        ("criminal_records", "{p} har fået en bøde for vold og må ikke arbejde i døren foreløbig."),
    ],
    "sv": [
        ("health", "{p} är sjukskriven efter en knäoperation och är tillbaka om tre veckor."),
        ("health", "{p} får cellgifter varannan tisdag och arbetar bara förmiddagar."),
        ("health", "{p} har fått hörapparat och behöver sitta längst fram på mötena."),
        ("health", "{p} behandlas för en ätstörning och har fått sänkt arbetstid."),
        ("genetic+health", "{p} har fått Huntingtons sjukdom bekräftad genom ett gentest."),
        ("biometric", "{p} har fått sitt fingeravtryck registrerat i låset till läkemedelsrummet."),
        ("trade_union", "{p} valdes till förtroendevald för Elektrikerförbundet."),
        ("religion", "{p} har konverterat till islam och vill ha halalmat vid personalfester."),
        ("ethnic_origin", "{p} är tornedaling och talar meänkieli med sina barn."),
        ("political_opinion", "{p} sitter i fullmäktige för Vänsterpartiet och går tidigt på torsdagar."),
        ("sexual_orientation", "{p} kom ut som homosexuell på sommarfesten."),
        ("criminal_records", "{p} har dömts för misshandel och får inte arbeta som ordningsvakt tills vidare."),
    ],
}
LOOK3 = {
    "da": [
        "{p} har fået ny bil og er tilbage om tre uger fra ferien i Norge.",
        "{p} går til svømning hver anden tirsdag og arbejder kun om formiddagen.",
        "{p} har fået nyt headset og skal sidde forrest til møderne.",
        "{p} tager et kursus i regnskab og har fået nedsat tid.",
        "{p} har fået adgangskort til medicinrummet.",
        "{p} blev valgt som kasserer for personaleforeningen.",
        "{p} ønsker vegetarmad ved arrangementer.",
        "{p} har været på ferie i Kautokeino.",
        "{p} er tilforordnet ved valget og går tidligt om torsdagen.",
        "{p} har fået en parkeringsafgift fra et privat P-selskab i Aarhus midtby.",
    ],
    "sv": [
        "{p} har köpt ny bil och är tillbaka om tre veckor från semestern i Norge.",
        "{p} simmar varannan tisdag och arbetar bara förmiddagar.",
        "{p} har fått nytt headset och behöver sitta längst fram på mötena.",
        "{p} läser en kurs i redovisning och har fått sänkt arbetstid.",
        "{p} har fått passerkort till läkemedelsrummet.",
        "{p} valdes till kassör i personalklubben.",
        "{p} vill ha vegetarisk mat vid personalfester.",
        "{p} har semestrat i Kiruna och åkt hundspann.",
        "{p} är röstmottagare i valet och går tidigt på torsdagar.",
        "{p} har fått en kontrollavgift från ett privat P-bolag i centrala Luleå.",
    ],
}
REVEAL1 = {
    "da": [
        ("health", "Jeg har fået konstateret sklerose og skal på Rigshospitalet hver tredje måned."),
        ("health", "Jeg er på afvænning fra sovepiller og kan ikke tage nattevagter."),
        ("health", "Jeg har fået en hjernerystelse og må ikke se på skærm i en uge."),
        ("genetic", "Min DNA-test viste, at jeg har en halvbror i Esbjerg, jeg aldrig har kendt."),
        ("biometric", "Jeg har fået min iris scannet til adgangen i datacentret."),
        ("trade_union", "Jeg har meldt mig ind i Dansk Metal i går."),
        ("religion", "Jeg er blevet medlem af den katolske kirke og går til messe om søndagen."),
        ("ethnic_origin", "Jeg er somalier og taler somali med mine forældre."),
        ("political_opinion", "Jeg er blevet formand for Venstres Ungdom i Viborg."),
        ("sexual_orientation", "Jeg er biseksuel og har lige fortalt det til mine forældre."),
        ("criminal_records", "Jeg er blevet sigtet for indbrud og skal til afhøring på mandag."),
    ],
    "sv": [
        ("health", "Jag har fått diagnosen MS och ska till Karolinska var tredje månad."),
        ("health", "Jag trappar ner på sömntabletter och kan inte ta nattpass."),
        ("health", "Jag har fått en hjärnskakning och får inte titta på skärm på en vecka."),
        ("genetic", "Mitt DNA-test visade att jag har en halvbror i Borås som jag aldrig känt."),
        ("biometric", "Jag har fått min iris skannad för inpassering i datahallen."),
        ("trade_union", "Jag gick med i IF Metall i går."),
        ("religion", "Jag har blivit medlem i katolska kyrkan och går i mässan på söndagar."),
        ("ethnic_origin", "Jag är somalier och pratar somaliska med mina föräldrar."),
        ("political_opinion", "Jag har blivit ordförande för Moderata ungdomsförbundet i Umeå."),
        ("sexual_orientation", "Jag är bisexuell och har precis berättat det för mina föräldrar."),
        ("criminal_records", "Jag är misstänkt för inbrott och ska förhöras på måndag."),
    ],
}
LOOK1 = {
    "da": [
        "Jeg har fået ny cykel og skal på Rigshospitalet med en pakke hver tredje måned.",
        "Jeg er ved at vænne mig til den nye app og kan ikke tage nattevagter i denne uge.",
        "Min skærm er gået i stykker, så jeg må ikke se noget i en uge.",
        "Min slægtsforskning viste, at min oldefar boede i Esbjerg.",
        "Jeg har fået mit adgangskort scannet til datacentret.",
        "Jeg har meldt mig ind i fitnesscentret i går.",
        "Jeg har været til koncert i domkirken og går til kor om søndagen.",
        "Jeg har været på ferie i Somalia og lært lidt somali.",
        "Jeg er blevet formand for grundejerforeningen i Viborg.",
        "Jeg er blevet vidne til et indbrud og skal afgive forklaring på mandag.",
    ],
    "sv": [
        "Jag har köpt ny cykel och ska till Karolinska med ett paket var tredje månad.",
        "Jag håller på att vänja mig vid den nya appen och kan inte ta nattpass den här veckan.",
        "Min skärm har gått sönder, så jag kan inte se något på en vecka.",
        "Min släktforskning visade att min farfars far bodde i Borås.",
        "Jag har fått mitt passerkort skannat för datahallen.",
        "Jag gick med i gymmet i går.",
        "Jag har varit på konsert i domkyrkan och sjunger i kör på söndagar.",
        "Jag har varit på semester i Somaliland och lärt mig lite somaliska.",
        "Jag har blivit ordförande i samfällighetsföreningen i Umeå.",
        "Jag har blivit vittne till ett inbrott och ska höras på måndag.",
    ],
}
TICK = {
    "da": [
        ("trade_union", "Er du medlem af en fagforening?", "Ja, HK"),
        ("health", "Tager du fast medicin?", "Ja, mod forhøjet blodtryk"),
        ("health", "Har du en kronisk sygdom?", "Ja, epilepsi"),
        ("criminal_records", "Er du tidligere straffet?", "Ja, færdselsdom 2021"),
        ("religion", "Ønsker du fri på religiøse helligdage?", "Ja, eid"),
        ("political_opinion", "Er du medlem af et politisk parti?", "Ja, Alternativet"),
    ],
    "sv": [
        ("trade_union", "Är du medlem i en fackförening?", "Ja, Unionen"),
        ("health", "Tar du regelbundet läkemedel?", "Ja, mot högt blodtryck"),
        ("health", "Har du någon kronisk sjukdom?", "Ja, epilepsi"),
        ("criminal_records", "Är du tidigare dömd för brott?", "Ja, trafikbrott 2021"),
        ("religion", "Önskar du ledigt på religiösa högtider?", "Ja, eid"),
        ("political_opinion", "Är du medlem i ett politiskt parti?", "Ja, Miljöpartiet"),
    ],
}
LAYOUTS = {
    "da": {
        "gen-minutes": "Referat, teammøde {day}/{mon}\nTil stede: {name}, {other}\nPkt. 2: {s}\nPkt. 3: Kaffeordningen fortsætter.",
        "gen-casenote": "Sagsnotat {day}.{mon}.{year} – medarbejder: {name}\n{s}\nOpfølgning aftalt. /{init}",
        "gen-teams": "#{chan}\n{name}  {hh}:{mm}\n@{other_first} {s}",
        "gen-sms": "{s} Vi ses, {first}",
        "gen-tickbox": "Personaleskema – {name}, afd. {dept}\n{q}\n{a}\nDato: {day}.{mon}.{year}",
        "gen-mail": "Hej alle\n\n{s}\n\nVenlig hilsen\n{name}\n{role}, {dept}",
    },
    "sv": {
        "gen-minutes": "Minnesanteckningar, gruppmöte {day}/{mon}\nNärvarande: {name}, {other}\n§ 2 {s}\n§ 3 Fikakassan fortsätter.",
        "gen-casenote": "Anteckning {year}-{mon}-{day} – medarbetare: {name}\n{s}\nUppföljning bokad. /{init}",
        "gen-teams": "#{chan}\n{name}  {hh}:{mm}\n@{other_first} {s}",
        "gen-sms": "{s} Hörs, {first}",
        "gen-tickbox": "Personalblankett – {name}, avd. {dept}\n{q}\n{a}\nDatum: {year}-{mon}-{day}",
        "gen-mail": "Hej alla\n\n{s}\n\nVänliga hälsningar\n{name}\n{role}, {dept}",
    },
}
THIRD = ("gen-minutes", "gen-casenote")
DEPTS = {"da": ["Lager", "Kundeservice", "Økonomi", "Køkken"], "sv": ["Lager", "Kundtjänst", "Ekonomi", "Kök"]}
ROLES = {"da": ["Teamleder", "Bogholder", "Lagermedarbejder"], "sv": ["Teamledare", "Redovisare", "Lagerarbetare"]}
CHANNELS = ["drift", "vagtplan", "general", "lager"]


def _first(name: str) -> str:
    parts = name.split()
    return parts[-1] if parts[0] in SURNAME_FIRST else parts[0]


def _answer(positive: bool, detail: str) -> str:
    return f"[X] {detail}" if positive else "[ ] Ja   [X] Nej"


def generate(rng: random.Random) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    seen: set[str] = set()
    for lang in ("da", "sv"):
        for n, (family, layout) in enumerate(LAYOUTS[lang].items()):
            for draw in range(DRAWS):
                positive = (draw + n) % 2 == 0
                while True:
                    name, other = rng.sample(NAMES[lang], 2)
                    q = a = ""
                    if family == "gen-tickbox":
                        category, q, detail = rng.choice(TICK[lang])
                        a = _answer(positive, detail)
                        sentence = f"{q}\n{a}"
                        category = category if positive else ""
                    elif family in THIRD:
                        category, sentence = rng.choice(REVEAL3[lang]) if positive else ("", rng.choice(LOOK3[lang]))
                        sentence = sentence.format(p=_first(name))
                    else:
                        category, sentence = rng.choice(REVEAL1[lang]) if positive else ("", rng.choice(LOOK1[lang]))
                    fields = {
                        "name": name,
                        "other": other,
                        "other_first": _first(other),
                        "first": _first(name),
                        "init": "".join(p[0] for p in other.replace("-", " ").split()).upper(),
                        "day": f"{rng.randrange(1, 29):02d}",
                        "mon": f"{rng.randrange(1, 13):02d}",
                        "year": str(rng.choice((2024, 2025, 2026))),
                        "hh": f"{rng.randrange(7, 18):02d}",
                        "mm": f"{rng.randrange(0, 60):02d}",
                        "chan": rng.choice(CHANNELS),
                        "dept": rng.choice(DEPTS[lang]),
                        "role": rng.choice(ROLES[lang]),
                        "q": q,
                        "a": a,
                        "s": sentence,
                    }
                    text = layout.format(**fields)
                    if text not in seen:
                        seen.add(text)
                        break
                labels: list[dict[str, object]] = []
                if category:
                    start = text.index(sentence)
                    for entity in category.split("+"):
                        labels.append({"start": start, "end": start + len(sentence), "entity": entity})
                docs.append({"lang": lang, "text": text, "labels": labels, "family": f"{family}-{lang}"})
    return docs
