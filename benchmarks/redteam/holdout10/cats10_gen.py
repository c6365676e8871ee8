"""Generated category documents for hold-out v10: five small layouts per language (helpdesk ticket, calendar
entry, transcribed voicemail, ``;`` row, shift log), seven draws each. Each names one person who writes or says one
first-person sentence: revealing (from a bank per language) or a look-alike that reveals nothing."""

from __future__ import annotations

import random

DRAWS = 7
NAMES = {
    "da": (
        "Jens Thorsager|Mette Lykkegaard|Abdirahman Farah|Zeynep Kaya|Katarzyna Wójcik|Oksana Melnyk|Tran Van Long|"
        "Kavitha Rajendran|Khaled Al-Masri|Jürgen Hoffmann|Sigrid Nørgaard|Bashir Osman|Piotr Zieliński|Linh Pham"
    ).split("|"),
    "sv": (
        "Gunilla Stenberg|Olle Fransson|Hodan Mohamed|Emre Şahin|Agnieszka Kowalczyk|Taras Bondarenko|Nguyen Thi Hoa|"
        "Suresh Pillai|Layla Haddad|Klaus Becker|Birgitta Nordin|Abdullahi Yusuf|Marek Kamiński|Dang Minh Tuan"
    ).split("|"),
}
REVEAL = {
    "da": [
        ("health", "Jeg er sygemeldt med diskusprolaps og kan ikke løfte noget de næste uger."),
        ("health", "Jeg er startet på antidepressiv medicin og er lidt træt om formiddagen."),
        ("health", "Jeg har fået konstateret type 1-diabetes og skal måle blodsukker i arbejdstiden."),
        ("health", "Jeg skal have fjernet en modermærkekræft på hudafdelingen i morgen."),
        ("genetic+health", "Min gentest viste, at jeg har anlæg for arvelig hæmokromatose."),
        ("biometric", "Jeg har fået registreret mit ansigt til adgangen i laboratoriet."),
        ("trade_union", "Jeg er valgt som tillidsrepræsentant for HK i vores afdeling."),
        ("religion", "Jeg holder sabbat fra fredag aften, så jeg kan ikke tage vagter der."),
        ("religion", "Jeg er blevet døbt i baptistkirken i weekenden."),
        ("ethnic_origin", "Jeg er tamil fra Jaffna og taler tamil med mine forældre."),
        ("political_opinion", "Jeg er kandidat for Konservative til kommunalvalget."),
        ("sexual_orientation", "Jeg er biseksuel og har lige fortalt det til min familie."),
        ("criminal_records", "Jeg har fået en dom for butikstyveri og skal aftjene samfundstjeneste."),
        ("criminal_records", "Jeg er sigtet for skattesvig og skal til afhøring hos politiet."),
    ],
    "sv": [
        ("health", "Jag är sjukskriven för ett diskbråck och får inte lyfta något på några veckor."),
        ("health", "Jag har börjat med antidepressiva och är lite trött på förmiddagarna."),
        ("health", "Jag har fått diagnosen typ 1-diabetes och måste mäta blodsockret under arbetstid."),
        ("health", "Jag ska operera bort ett malignt melanom på hudkliniken i morgon."),
        ("genetic+health", "Mitt gentest visade att jag bär anlag för ärftlig hemokromatos."),
        ("biometric", "Jag har registrerat mitt ansikte för inpasseringen till labbet."),
        ("trade_union", "Jag har blivit vald till förtroendevald för Kommunal på vår enhet."),
        ("religion", "Jag firar sabbat från fredag kväll, så jag kan inte ta pass då."),
        ("religion", "Jag blev döpt i pingstkyrkan i helgen."),
        ("ethnic_origin", "Jag är same och uppvuxen i en renskötarfamilj i Jokkmokk."),
        ("political_opinion", "Jag är kandidat för Liberalerna i kommunvalet."),
        ("sexual_orientation", "Jag är bisexuell och har precis berättat det för min familj."),
        ("criminal_records", "Jag har dömts för snatteri och ska göra samhällstjänst."),
        ("criminal_records", "Jag är misstänkt för skattebrott och ska förhöras av polisen."),
    ],
}
LOOKALIKE = {
    "da": [
        "Jeg kan ikke løfte noget de næste uger, fordi jeg har fået en ny kontorstol til ryggen.",
        "Jeg er træt om formiddagen, fordi vi har fået en ny hundehvalp.",
        "Jeg skal måle temperaturen i kølerummet i arbejdstiden.",
        "Jeg skal have fjernet min gamle bil fra parkeringspladsen i morgen.",
        "Jeg har fået registreret min nye nummerplade til parkeringen.",
        "Jeg er valgt som kasserer i personaleforeningen.",
        "Jeg holder fri fredag aften, så jeg kan ikke tage vagter der.",
        "Jeg har været til barnedåb hos min kollega i weekenden.",
        "Jeg har været på ferie i Jaffna og lært lidt tamil.",
        "Jeg er tilforordnet vælgerne ved kommunalvalget.",
        "Jeg har fået en parkeringsafgift fra et privat P-selskab i Aarhus.",
    ],
    "sv": [
        "Jag får inte lyfta något på några veckor, för jag har fått en ny skrivbordsstol för ryggen.",
        "Jag är trött på förmiddagarna eftersom vi har fått en valp.",
        "Jag måste mäta temperaturen i kylrummet under arbetstid.",
        "Jag ska ta bort min gamla bil från parkeringen i morgon.",
        "Jag har registrerat min nya registreringsskylt för parkeringen.",
        "Jag har blivit vald till kassör i personalklubben.",
        "Jag är ledig fredag kväll, så jag kan inte ta pass då.",
        "Jag var på dop hos min kollega i helgen.",
        "Jag har semestrat i Jokkmokk och åkt hundspann.",
        "Jag är röstmottagare i kommunvalet.",
        "Jag har fått en parkeringsbot i Uppsala.",
    ],
}
LAYOUTS = {
    "da": {
        "gen-ticket": "Sag #{num} – oprettet af {name}\nKategori: Vagtplan\nBeskrivelse: {s}\nStatus: Åben",
        "gen-calendar": "Kalender – {name}\n{day}. {month} kl. {hh}:00  Note til teamet: {s}",
        "gen-voicemail": 'Talebesked fra {name}, {hh}:{mm} (automatisk udskrift):\n"Hej, det er {first}. {s} Ring gerne tilbage."',
        "gen-row": "navn;afdeling;bemærkning\n{name};{dept};{s}",
        "gen-log": "Vagtlog uge {week}\n{hh}:{mm} {name} ringede: {s}\n{hh2}:15 Alt roligt på gangen.",
    },
    "sv": {
        "gen-ticket": "Ärende #{num} – skapat av {name}\nKategori: Schema\nBeskrivning: {s}\nStatus: Öppet",
        "gen-calendar": "Kalender – {name}\n{day} {month} kl. {hh}:00  Notering till gruppen: {s}",
        "gen-voicemail": 'Röstmeddelande från {name}, {hh}:{mm} (automatisk transkribering):\n"Hej, det är {first}. {s} Ring gärna tillbaka."',
        "gen-row": "namn;avdelning;anmärkning\n{name};{dept};{s}",
        "gen-log": "Vaktlogg vecka {week}\n{hh}:{mm} {name} ringde: {s}\n{hh2}:15 Lugnt i korridoren.",
    },
}
MONTHS = {"da": ["januar", "marts", "maj", "september", "november"], "sv": ["januari", "mars", "maj", "september"]}
DEPTS = {"da": ["Lager", "Kundeservice", "Økonomi", "Kantine"], "sv": ["Lager", "Kundtjänst", "Ekonomi", "Köket"]}


def generate(rng: random.Random) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for lang in ("da", "sv"):
        for family, layout in LAYOUTS[lang].items():
            for draw in range(DRAWS):
                name = rng.choice(NAMES[lang])
                positive = draw % 2 == 0 if family in ("gen-ticket", "gen-row", "gen-log") else draw % 2 == 1
                if positive:
                    category, sentence = rng.choice(REVEAL[lang])
                else:
                    category, sentence = "", rng.choice(LOOKALIKE[lang])
                fields = {
                    "num": str(rng.randrange(10000, 99999)),
                    "name": name,
                    "first": name.split()[0],
                    "day": str(rng.randrange(1, 28)),
                    "month": rng.choice(MONTHS[lang]),
                    "hh": f"{rng.randrange(7, 16):02d}",
                    "hh2": f"{rng.randrange(17, 23):02d}",
                    "mm": f"{rng.randrange(0, 60):02d}",
                    "week": str(rng.randrange(1, 52)),
                    "dept": rng.choice(DEPTS[lang]),
                    "s": sentence,
                }
                text = layout.format(**fields)
                labels: list[dict[str, object]] = []
                if category:
                    start = text.index(sentence)
                    for entity in category.split("+"):
                        labels.append({"start": start, "end": start + len(sentence), "entity": entity})
                docs.append({"lang": lang, "text": text, "labels": labels, "family": f"{family}-{lang}"})
    return docs
