"""Generated v9 category documents: three small containers per language (a personnel note, a Teams line, a
``;``-separated remark row), 7 draws each, one named person and one sentence from the bank below (about two
thirds revealing, one third a look-alike that reveals nothing about the person), plus a neutral line."""

from __future__ import annotations

import random

from benchmarks.redteam.holdout9.cats9_markup import render

# (first, last, female) - names of several origins living in Denmark and Sweden
PEOPLE = {
    "da": [
        ("Mette", "Vestergård", True),
        ("Hodan", "Warsame", True),
        ("Emre", "Kaplan", False),
        ("Agnieszka", "Nowicka", True),
        ("Oleksii", "Bondar", False),
        ("Thi Mai", "Nguyen", True),
        ("Kasper", "Lysgaard", False),
        ("Nirmala", "Sivakumar", True),
        ("Jørn", "Abildtrup", False),
        ("Rania", "Saleh", True),
        ("Dieter", "Hoffmann", False),
        ("Signe", "Kjeldsen", True),
    ],
    "sv": [
        ("Elin", "Fjällström", True),
        ("Abdiwali", "Hersi", False),
        ("Zeynep", "Arslan", True),
        ("Tomasz", "Kaczmarek", False),
        ("Olena", "Hrytsenko", True),
        ("Van Long", "Pham", False),
        ("Gunilla", "Sandell", True),
        ("Kajan", "Ratnam", False),
        ("Per-Olof", "Nordqvist", False),
        ("Lina", "Haddad", True),
        ("Jürgen", "Weiss", False),
        ("Maja", "Öberg", True),
    ],
}

PRON = {
    "da": (("han", "hans", "ham"), ("hun", "hendes", "hende")),
    "sv": (("han", "hans", "honom"), ("hon", "hennes", "henne")),
}
# a spouse of the same sex as the named person
SPOUSE = {"da": ("mand", "kone"), "sv": ("man", "fru")}

POS = {
    "da": [
        "⟦health|{first} er sygemeldt efter en knæoperation og er tilbage om tre uger.⟧",
        "⟦health|{first} har fortalt, at {he} er i behandling for angst.⟧",
        "⟦health|{first} har sukkersyge og skal kunne holde pause for at måle blodsukker.⟧",
        "⟦trade_union|{first} er tillidsrepræsentant for FOA i afdelingen.⟧",
        "⟦trade_union|{first} har bedt os trække kontingent til Dansk Metal over lønnen.⟧",
        "⟦religion|{first} holder fri til eid og faster under ramadanen.⟧",
        "⟦religion|{first} er aktiv i Pinsekirken og leder søndagsskolen.⟧",
        "⟦political_opinion|{first} stiller op for Moderaterne til regionsrådsvalget.⟧",
        "⟦criminal_records|{first} er sigtet for dokumentfalsk, og sagen kører ved Retten i Glostrup.⟧",
        "⟦sexual_orientation|{first} kommer med sin {spouse} til firmafesten; {he} blev gift med {him} sidste år.⟧",
        "⟦ethnic_origin|{first} er grønlænder og taler kalaallisut med sin familie.⟧",
        "⟦biometric|{first} har fået sit fingeraftryk registreret i låsesystemet til medicinrummet.⟧",
        "⟦genetic+health|{first} har fået svar på en gentest, der viser arvelig kræftrisiko (Lynch syndrom).⟧",
    ],
    "sv": [
        "⟦health|{first} är sjukskriven efter en axeloperation och är tillbaka om tre veckor.⟧",
        "⟦health|{first} har berättat att {he} går i KBT för social fobi.⟧",
        "⟦health|{first} har epilepsi och får inte arbeta ensam på natten.⟧",
        "⟦trade_union|{first} är arbetsplatsombud för Handels i butiken.⟧",
        "⟦trade_union|{first} vill att fackavgiften till Kommunal dras på lönen.⟧",
        "⟦religion|{first} är ledig för eid och fastar under ramadan.⟧",
        "⟦religion|{first} är medlem i Evangeliska Fosterlands-Stiftelsen och sjunger i kyrkokören.⟧",
        "⟦political_opinion|{first} kandiderar för Kristdemokraterna till regionfullmäktige.⟧",
        "⟦criminal_records|{first} är misstänkt för bedrägeri och har fått en kallelse till förhör.⟧",
        "⟦sexual_orientation|{first} tar med sin {spouse} på julfesten; {he} gifte sig med {him} förra året.⟧",
        "⟦ethnic_origin|{first} är same och ska vara ledig under kalvmärkningen i juli.⟧",
        "⟦biometric|{first} har fått sitt ansikte registrerat i passersystemet till serverhallen.⟧",
        "⟦genetic+health|{first} har fått svar på ett gentest som visar ärftlig hjärtsjukdom (kardiomyopati).⟧",
    ],
}
NEG = {
    "da": [
        "{first} har bestilt sygeforsikring til hele afdelingen hos Tryg.",
        "{first} holder oplæg om fagforeningernes historie på biblioteket.",
        "{first} har booket kirkesalen til personalets julekoncert.",
        "{first} arbejder på hospice og har nattevagt i weekenden.",
        "{first} er valgt som formand for grundejerforeningen.",
        "{first} har sat sit fingeraftryk på hele den nye strategi.",
    ],
    "sv": [
        "{first} har tecknat sjukvårdsförsäkring för hela avdelningen hos Skandia.",
        "{first} håller föredrag om fackföreningsrörelsens historia på biblioteket.",
        "{first} har bokat kyrksalen till personalens julkonsert.",
        "{first} jobbar på hospice och har nattpass i helgen.",
        "{first} har valts till ordförande i samfällighetsföreningen.",
        "{first} har satt sina fingeravtryck på hela nya strategin.",
    ],
}
NEUTRAL = {
    "da": [
        "Husk at opdatere vagtplanen inden fredag.",
        "Kaffemaskinen på 2. sal er repareret.",
        "Næste møde er den 14.",
    ],
    "sv": [
        "Kom ihåg att uppdatera schemat före fredag.",
        "Kaffemaskinen på plan 2 är lagad.",
        "Nästa möte är den 14:e.",
    ],
}


def _container(layout: str, lang: str, full: str, sentence: str, neutral: str, n: int) -> str:
    if layout == "note":
        head = "Personalenotat" if lang == "da" else "Personalanteckning"
        who = "Medarbejder" if lang == "da" else "Medarbetare"
        return f"{head} #{4100 + n}\n{who}: {full}\n{sentence}\n{neutral}"
    if layout == "teams":
        boss = "Leder" if lang == "da" else "Chef"
        return f"[Teams, 09:{10 + n:02d}] {boss}: {neutral}\n[Teams, 09:{12 + n:02d}] {boss}: {sentence}"
    head = "navn;afdeling;bemærkning" if lang == "da" else "namn;avdelning;anmärkning"
    dept = ("Lager", "Kundeservice", "Økonomi") if lang == "da" else ("Lager", "Kundtjänst", "Ekonomi")
    return f"{head}\n{full};{dept[n % 3]};{sentence}"


def generate(rng: random.Random) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for lang in ("da", "sv"):
        pos = list(POS[lang])
        neg = list(NEG[lang])
        rng.shuffle(pos)
        rng.shuffle(neg)
        for layout in ("note", "teams", "csv"):
            for n in range(7):
                first, last, female = rng.choice(PEOPLE[lang])
                he, his, him = PRON[lang][female]
                if n % 3 == 2:
                    sentence = neg.pop() if neg else rng.choice(NEG[lang])
                else:
                    sentence = pos.pop() if pos else rng.choice(POS[lang])
                full = f"{first} {last}"
                filled = sentence.format(first=first, he=he, his=his, him=him, spouse=SPOUSE[lang][female])
                markup = _container(layout, lang, full, filled, rng.choice(NEUTRAL[lang]), n)
                text, labels = render(markup)
                docs.append({"lang": lang, "text": text, "labels": labels, "family": f"gen-{layout}-{lang}"})
    return docs
