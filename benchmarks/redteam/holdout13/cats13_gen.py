"""Generated documents of the v13 categories hold-out: six layouts per language (an HR exit note, an insurance claim,
a hotel reception note, a fundraiser update, a student-yearbook blurb and a customer-service chat), ``DRAWS`` draws
each. Every layout has its own seven focus lines: four reveal a category about the one named person (all nine
categories across the layouts, ethnic origin, sexual orientation and genetic data included) and three are
look-alikes in the same place; each draw uses one of them, so half of the layout's draws (rounded up) reveal.
The revealing line is labelled whole."""

from __future__ import annotations

import random
from dataclasses import dataclass

DRAWS = 7
Line = tuple[str, str]  # (categories joined by "+", or "" for a look-alike; the line)


@dataclass(frozen=True)
class Layout:
    name: str
    head: str  # may use {name}, {first}, {num}, {day}
    tail: str
    lines: tuple[Line, ...]


PEOPLE = {
    "da": (
        "Jonas Skovbo",
        "Maria Lindholm-Ravn",
        "Hussein Al-Khafaji",
        "Ewa Kowalczyk",
        "Tenzin Dolma",
        "Anja Poulsen",
        "Kristoffer Bech",
        "Nilufar Sadeghi",
        "Ivan Petrenko",
        "Bjarke Mølholm",
        "Mette-Marie Vang",
        "Faisal Jama",
        "Nguyen Thi Lan",
        "Rasmus de Neergaard",
    ),
    "sv": (
        "Johanna Berglöf",
        "Mattias Kronqvist",
        "Zeynep Aydın",
        "Sirpa Niemelä",
        "Amanuel Tesfaye",
        "Ebba von Schéele",
        "Daniel Ström",
        "Parisa Mohammadi",
        "Oksana Melnyk",
        "Torsten Hägg",
        "Lina Al-Sayed",
        "Viktor Åberg",
        "Tran Van Minh",
        "Karin Lundh-Åström",
    ),
}

LAYOUTS = {
    "da": (
        Layout(
            "exit",
            "Fratrædelse – notat fra HR\nMedarbejder: {name}\nSidste arbejdsdag: {day}. juni",
            "Nøglekort og computer afleveret.",
            (
                (
                    "trade_union",
                    "Fratræder for at blive faglig sekretær i HK Handel, hvor {first} har været medlem i 15 år.",
                ),
                ("health", "Fratræder efter lang sygemelding med en diskusprolaps, der gør lagerarbejde umuligt."),
                (
                    "sexual_orientation",
                    "Fortæller, at kommentarer om at {first} er homoseksuel har gjort arbejdsmiljøet utåleligt.",
                ),
                ("religion", "Fratræder for at studere til imam ved et islamisk seminar i Istanbul."),
                ("", "Fratræder for at starte eget firma med webdesign i Aarhus."),
                ("", "Fratræder for at flytte til Fyn, hvor ægtefællen har fået job."),
                ("", "Fratræder efter at have fået et bedre betalt job hos en konkurrent."),
            ),
        ),
        Layout(
            "claim",
            "Skadesag {num} – Alm. Brand\nSikrede: {name}\nAnmeldt: {day}. marts",
            "Sagsbehandler: Team Privat, tlf. 35 47 47 47",
            (
                ("health", "Krav: Tandskade og hjernerystelse efter fald på cykelsti, behandlet på skadestuen."),
                (
                    "biometric",
                    "Krav: Nyt fingeraftrykslåst pengeskab, da sikredes registrerede fingeraftryk ikke længere genkendes efter branden.",
                ),
                (
                    "criminal_records",
                    "Krav afvist: Skaden skete under det indbrud, som sikrede selv er dømt for i byretten.",
                ),
                (
                    "genetic+health",
                    "Krav: Dækning af udgifter, da sikrede ved gentest har fået påvist arvelig hæmokromatose.",
                ),
                ("", "Krav: Ny cykel efter tyveri fra cykelkælder, politianmeldt."),
                ("", "Krav: Vandskade i badeværelset efter utæt rør, taget af VVS."),
                ("", "Krav: Ridse i lakken efter parkeringsskade i Bilka."),
            ),
        ),
        Layout(
            "hotel",
            "Booking {num} – Hotel Marselis\nGæst: {name}\nAnkomst: {day}. august, 2 nætter",
            "Betalt med kort.",
            (
                (
                    "religion",
                    "Note fra receptionen: Gæsten ønsker bedetæppe og retning mod Mekka markeret på værelset.",
                ),
                (
                    "health",
                    "Note fra receptionen: Gæsten medbringer dialysemaskine og skal have stikkontakt ved sengen.",
                ),
                ("biometric", "Note fra receptionen: Gæstens ansigt er registreret til nøglefri adgang til værelset."),
                (
                    "political_opinion",
                    "Note fra receptionen: Gæsten deltager i Venstres landsmøde som delegeret og skal have kvittering til partiet.",
                ),
                ("", "Note fra receptionen: Gæsten ønsker sen udtjekning og et stille værelse."),
                ("", "Note fra receptionen: Gæsten medbringer cykel og skal have plads i cykelrummet."),
                ("", "Note fra receptionen: Gæsten har bestilt morgenmad på værelset kl. 7."),
            ),
        ),
        Layout(
            "fund",
            'Opdatering fra indsamlingen "{name} videre" – dag {day}',
            "Tak til alle, der har givet!",
            (
                ("health", "Jeg, {first}, har nu fået min tredje kemobehandling, og håret er begyndt at falde af."),
                (
                    "criminal_records",
                    "Jeg, {first}, er løsladt efter tre år for narkotikasmugling og bruger pengene på et uddannelsesforløb.",
                ),
                (
                    "ethnic_origin",
                    "Jeg, {first}, er inuk fra Sisimiut, og pengene sender mig til trommedanserfestivalen i Nuuk.",
                ),
                (
                    "trade_union",
                    "Jeg, {first}, er fyret efter at have stiftet en fagforening på lageret, og pengene går til min advokat via 3F.",
                ),
                ("", "Jeg, {first}, har nu købt den nye kajak, og træningen er begyndt i Limfjorden."),
                ("", "Jeg, {first}, har nu fået plads på kokkeskolen, og knivene er bestilt."),
                ("", "Jeg, {first}, har nu sendt ansøgningen til kunstakademiet, og portfolioen er færdig."),
            ),
        ),
        Layout(
            "yearbook",
            "Studenterbladet {num}\n{name}, 3.c",
            "Vi kommer til at savne dig!",
            (
                (
                    "political_opinion",
                    "Har været næstformand i Danmarks Socialdemokratiske Ungdom og debatterer om alt.",
                ),
                ("sexual_orientation", "Kom ud som lesbisk i 2.g og stiftede skolens regnbueklub."),
                ("religion", "Går i den katolske kirke hver søndag og har været ministrant i fem år."),
                ("ethnic_origin", "Er stolt same fra Kautokeino og syr sine egne koftedragter."),
                ("", "Har været formand for festudvalget og arrangerer alt."),
                ("", "Spiller trommer i skolebandet og har været med i fem musicals."),
                ("", "Har læst alle bøger på biblioteket og vandt læsekonkurrencen."),
            ),
        ),
        Layout(
            "chat",
            "Chat – Telenor kundeservice, sag {num}\nKunde: {name}",
            "Chatten er afsluttet. Vurder os venligst.",
            (
                (
                    "health",
                    "Kunde: Jeg er døv og kan kun bruge chat, ikke telefon, så kan I sende koden på sms i stedet?",
                ),
                (
                    "criminal_records",
                    "Kunde: Jeg sidder i åbent fængsel på Møgelkær til maj, så min adresse skal ændres til fængslets.",
                ),
                (
                    "political_opinion",
                    "Kunde: Jeg er byrådskandidat for Liberal Alliance og skal have et ekstra nummer til kampagnen.",
                ),
                (
                    "trade_union",
                    "Kunde: Jeg er tillidsrepræsentant for Dansk Metal og vil høre om jeres fagforeningsrabat på abonnementer.",
                ),
                ("", "Kunde: Jeg flytter til Norge til maj, så min adresse skal ændres."),
                ("", "Kunde: Min telefon er gået i stykker, og jeg vil høre om en ny på afbetaling."),
                ("", "Kunde: Jeg har fået en for høj regning for roaming i Spanien."),
            ),
        ),
    ),
    "sv": (
        Layout(
            "exit",
            "Avslutssamtal – anteckning HR\nMedarbetare: {name}\nSista arbetsdag: {day} juni",
            "Passerkort och dator återlämnade.",
            (
                ("trade_union", "Slutar för att bli ombudsman på Kommunal, där {first} varit medlem i tolv år."),
                ("health", "Slutar efter lång sjukskrivning för reumatoid artrit, som gör lagerarbete omöjligt."),
                (
                    "sexual_orientation",
                    "Berättar att skämt om att {first} är bisexuell har gjort arbetsmiljön ohållbar.",
                ),
                ("religion", "Slutar för att studera till präst i Svenska kyrkan vid Uppsala stift."),
                ("", "Slutar för att starta eget företag med trädgårdsskötsel i Skövde."),
                ("", "Slutar för att flytta till Gotland, där sambon fått jobb."),
                ("", "Slutar efter att ha fått ett bättre betalt jobb hos en konkurrent."),
            ),
        ),
        Layout(
            "claim",
            "Skadeärende {num} – Folksam\nFörsäkrad: {name}\nAnmält: {day} mars",
            "Handläggare: Privatskador, tel. 0771-950 950",
            (
                ("health", "Krav: Tandskada och hjärnskakning efter fall i trappan, behandlad på akuten."),
                (
                    "biometric",
                    "Krav: Nytt kassaskåp, då den försäkrades registrerade fingeravtryck inte längre godkänns av låset efter branden.",
                ),
                (
                    "criminal_records",
                    "Krav avslaget: Skadan uppstod vid det inbrott som den försäkrade själv dömts för i tingsrätten.",
                ),
                (
                    "genetic+health",
                    "Krav: Ersättning för kostnader sedan den försäkrade genom gentest fått en ärftlig hjärtsjukdom påvisad.",
                ),
                ("", "Krav: Ny cykel efter stöld ur cykelrummet, polisanmäld."),
                ("", "Krav: Vattenskada i badrummet efter läckande rör."),
                ("", "Krav: Repa i lacken efter parkeringsskada vid Ikea."),
            ),
        ),
        Layout(
            "hotel",
            "Bokning {num} – Hotell Högland\nGäst: {name}\nAnkomst: {day} augusti, 2 nätter",
            "Betalt med kort.",
            (
                (
                    "religion",
                    "Anteckning från receptionen: Gästen vill ha koshermat och ingen elektronisk nyckel under sabbaten.",
                ),
                (
                    "health",
                    "Anteckning från receptionen: Gästen har med sig en syrgasapparat och behöver uttag vid sängen.",
                ),
                (
                    "biometric",
                    "Anteckning från receptionen: Gästens ansikte är registrerat för nyckelfri entré till rummet.",
                ),
                (
                    "political_opinion",
                    "Anteckning från receptionen: Gästen är ombud på Socialdemokraternas partikongress och kvittot ska till partiet.",
                ),
                ("", "Anteckning från receptionen: Gästen vill ha sen utcheckning och ett tyst rum."),
                ("", "Anteckning från receptionen: Gästen har med sig cykel och ska ha plats i förrådet."),
                ("", "Anteckning från receptionen: Gästen har beställt frukost på rummet kl. 7."),
            ),
        ),
        Layout(
            "fund",
            'Uppdatering från insamlingen "{name} vidare" – dag {day}',
            "Tack till alla som har swishat!",
            (
                (
                    "health",
                    "Jag, {first}, har nu fått min tredje cytostatikabehandling, och håret har börjat falla av.",
                ),
                (
                    "criminal_records",
                    "Jag, {first}, är frigiven efter tre år för grovt narkotikabrott och pengarna går till en utbildning.",
                ),
                (
                    "ethnic_origin",
                    "Jag, {first}, är romsk resande från Göteborg, och pengarna skickar mig till romska kulturdagarna i Paris.",
                ),
                (
                    "trade_union",
                    "Jag, {first}, fick sparken efter att jag startade en fackklubb för Handels på lagret, och pengarna går till min advokat.",
                ),
                ("", "Jag, {first}, har nu köpt den nya kajaken, och träningen har börjat i Vänern."),
                ("", "Jag, {first}, har nu kommit in på kockskolan, och knivarna är beställda."),
                ("", "Jag, {first}, har nu skickat ansökan till konsthögskolan, och portfolion är klar."),
            ),
        ),
        Layout(
            "yearbook",
            "Studentkatalogen {num}\n{name}, SA3b",
            "Vi kommer att sakna dig!",
            (
                ("political_opinion", "Har varit vice ordförande i Moderata ungdomsförbundet och debatterar om allt."),
                ("sexual_orientation", "Kom ut som gay i tvåan och startade skolans Pride-förening."),
                ("religion", "Går i Pingstkyrkan varje söndag och har lett tonårsgruppen i fem år."),
                ("ethnic_origin", "Är stolt assyrier från Södertälje och sjunger i kyrkans kör på syriska."),
                ("", "Har varit ordförande i balkommittén och ordnar allt."),
                ("", "Spelar trummor i skolbandet och har varit med i fem musikaler."),
                ("", "Har läst alla böcker på biblioteket och vann läsutmaningen."),
            ),
        ),
        Layout(
            "chat",
            "Chatt – Tele2 kundtjänst, ärende {num}\nKund: {name}",
            "Chatten är avslutad. Betygsätt oss gärna.",
            (
                (
                    "health",
                    "Kund: Jag har afasi efter en stroke och kan inte prata i telefon, så kan ni skicka koden som sms?",
                ),
                (
                    "criminal_records",
                    "Kund: Jag avtjänar mitt straff på anstalten Skogome till maj, så fakturaadressen ska ändras.",
                ),
                (
                    "political_opinion",
                    "Kund: Jag kandiderar för Liberalerna i regionvalet och behöver ett extra nummer till kampanjen.",
                ),
                ("trade_union", "Kund: Jag är förtroendevald i Seko och vill fråga om er fackrabatt på abonnemang."),
                ("", "Kund: Jag flyttar till Norge i maj, så fakturaadressen ska ändras."),
                ("", "Kund: Min telefon har gått sönder, och jag vill fråga om en ny på avbetalning."),
                ("", "Kund: Jag har fått en för hög faktura för roaming i Spanien."),
            ),
        ),
    ),
}


def _first(name: str) -> str:
    """The given name used in a first-person line ("Nguyen Thi Lan" and "Tran Van Minh" are surname first)."""
    parts = name.split()
    return parts[-1] if parts[0] in ("Nguyen", "Tran") else parts[0]


def _doc(rng: random.Random, lang: str, layout: Layout, line: Line, name: str) -> dict[str, object]:
    fields = {
        "name": name,
        "first": _first(name),
        "num": str(rng.randint(10000, 99999)),
        "day": str(rng.randint(2, 28)),
    }
    head = layout.head.format(**fields)
    focus = line[1].format(**fields)
    text = f"{head}\n{focus}\n{layout.tail}"
    start = len(head) + 1
    labels = [{"start": start, "end": start + len(focus), "entity": c} for c in line[0].split("+") if c]
    return {"lang": lang, "text": text, "labels": labels, "family": f"gen-{layout.name}-{lang}"}


def generate(rng: random.Random) -> list[dict[str, object]]:
    """``DRAWS`` documents per layout and language; each names one person drawn from the language's pool."""
    docs: list[dict[str, object]] = []
    for lang in ("da", "sv"):
        for layout in LAYOUTS[lang]:
            assert len(layout.lines) == DRAWS and sum(bool(c) for c, _ in layout.lines) == (DRAWS + 1) // 2
            order = list(layout.lines)
            rng.shuffle(order)
            names = rng.sample(PEOPLE[lang], DRAWS)
            docs.extend(_doc(rng, lang, layout, line, name) for line, name in zip(order, names, strict=True))
    return docs
