"""Generated layouts for categories.jsonl: a revealing sentence (or a look-alike that reveals nothing about a
person) placed in many document layouts; each layout is drawn at most 7 times."""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.redteam.holdout6.pools import firm, full, person, town

# (tags, sentence); {n} is a full name, {f} a first name. Tags "" = reveals nothing about a person.
POS_DA = [
    ("H", "{n} er sygemeldt med en diskusprolaps og forventes tilbage om seks uger."),
    ("H", "{f} har fået en ny hofte og går til genoptræning to gange om ugen."),
    ("H", "{w} fortalte, at hun er i behandling for angst hos en psykolog."),
    ("H", "{f} har migræne og skal helst sidde væk fra det skarpe lys ved vinduet."),
    ("H", "{w} er gravid i 5. måned og går på barsel til marts."),
    ("H,G", "{n} har fået svar på en gentest, der viser anlæg for arvelig tarmkræft."),
    ("G", "En faderskabstest har vist, at {n} er far til drengen."),
    ("B", "{n}s fingeraftryk er nu registreret i adgangssystemet på lageret."),
    ("U", "{n} er ny tillidsrepræsentant for HK i kundeservice."),
    ("U", "{f} har meldt sig ind i Dansk Metal efter sin svendeprøve."),
    ("R", "{n} er katolik og beder om fri til messen juleaften."),
    ("R", "{f} fejrer jødisk påske og holder fri de første to dage."),
    ("E", "{n} er født i Nuuk og er grønlænder på begge sider af familien."),
    ("S", "{m} og hans mand flytter til Odense til sommer."),
    ("S", "{wf} fortalte på julefrokosten, at hun er biseksuel."),
    ("O", "{n} sidder i byrådet for Konservative og er formand for teknisk udvalg."),
    ("O", "{f} er aktiv i Radikal Ungdom og stiller op til regionsrådet."),
    ("C", "{n} er idømt 40 dages ubetinget fængsel for vold og afsoner med fodlænke."),
    ("C", "{n} er sigtet for dokumentfalsk og har fået forbud mod at kontakte kunderne."),
    ("H,C", "{n} er dømt for narkotikakørsel og går i misbrugsbehandling på Lænkeambulatoriet."),
]
NEG_DA = [
    "Firmaets sundhedsforsikring dækker fysioterapi og psykologhjælp for alle ansatte.",
    "Sygefraværet i afdelingen faldt fra 4,8 til 3,9 procent i 2026.",
    "Overenskomsten mellem DI og 3F giver ret til seniordage fra 62 år.",
    "Persondatapolitikken beskriver, hvordan vi behandler følsomme oplysninger som helbred og fagforening.",
    "En 31-årig mand blev i nat anholdt for indbrud i en villa i Brabrand.",
    "{n} er sygeplejerske på onkologisk afdeling og arbejder i weekenden.",
    "{n} er forsvarsadvokat og har travlt med en stor straffesag i landsretten.",
    "{n} har booket præsten til barnedåben i Vor Frue Kirke den 4. maj.",
    "{n} forhandler overenskomsten på arbejdsgiversiden for Dansk Erhverv.",
    "{n} holder oplæg om GDPR og særlige kategorier af personoplysninger.",
    "{n} har bestilt tolk til mødet med familien fra Syrien.",
    "{n} underviser i religion på Gymnasiet og tager klassen med til moskéen.",
    "{n} er formand for grundejerforeningen og har indkaldt til generalforsamling.",
    "{n} skal holde barsel i otte uger fra februar.",
    "{n} taler flydende tyrkisk og har boet i Berlin i ti år.",
    "Virksomheden blev idømt en bøde på 400.000 kr. for overtrædelse af arbejdsmiljøloven.",
    "Alle medarbejdere tilbydes en influenzavaccination i kantinen torsdag.",
    "Hvis du bliver syg på ferien, skal du kontakte din leder hurtigst muligt.",
    "Valgnatten fejres i kantinen med pizza og storskærm for alle partier.",
    "Dagens menu: kylling, halal-certificeret, og en vegetarret.",
]
POS_SV = [
    ("H", "{n} är sjukskriven för utmattningssyndrom och återkommer på halvtid i januari."),
    ("H", "{f} har opererat knät och går på kryckor ett par veckor."),
    ("H", "{w} har berättat att hon har bipolär sjukdom och går på kontroller varje månad."),
    ("H", "{f} har diabetes typ 1 och behöver kunna äta vid fasta tider."),
    ("H", "{w} är gravid och har fått foglossning, så hon jobbar hemifrån."),
    ("H,G", "{m} har fått besked efter ett gentest att han bär på anlag för Huntingtons sjukdom."),
    ("G", "Ett DNA-test i faderskapsmålet visade att {n} är pappa till barnet."),
    ("B", "{n}s ansikte är registrerat i passersystemet vid huvudentrén."),
    ("U", "{n} är nyvald ordförande i Kommunals sektion på sjukhuset."),
    ("U", "{f} har gått med i Byggnads och betalar avgiften via lönen."),
    ("R", "{n} är ortodox kristen och firar jul den 7 januari."),
    ("R", "{f} fastar under ramadan och vill gärna ha lunch efter solnedgången."),
    ("E", "{n} är tornedaling och talar meänkieli med sina föräldrar."),
    ("S", "{m} och hans make har precis adopterat en dotter."),
    ("S", "{wf} berättade på kickoffen att hon lever med en kvinna sedan tio år."),
    ("O", "{n} sitter i kommunfullmäktige för Kristdemokraterna."),
    ("O", "{f} är medlem i Grön Ungdom och kandiderar i kyrkovalet för Miljöpartiet."),
    ("C", "{n} dömdes förra året för grovt bedrägeri och har fotboja."),
    ("C", "{n} är häktad misstänkt för mordbrand i ett förråd i Gävle."),
    ("H,C", "{n} är dömd för rattfylleri och går i alkoholbehandling via företagshälsovården."),
]
NEG_SV = [
    "Företagets sjukvårdsförsäkring gäller alla anställda från första dagen.",
    "Sjukfrånvaron på lagret sjönk till 5,1 procent under hösten.",
    "Kollektivavtalet mellan Almega och Unionen ger rätt till löneväxling till pension.",
    "Integritetspolicyn beskriver hur vi hanterar känsliga personuppgifter som hälsa och fackligt medlemskap.",
    "En 44-årig kvinna anhölls i natt misstänkt för rån mot en butik i Borås.",
    "{n} är sjuksköterska på infektionskliniken och jobbar natt i december.",
    "{n} är försvarsadvokat i ett stort bedrägerimål i hovrätten.",
    "{n} har bokat kyrkan till sitt bröllop i juni.",
    "{n} förhandlar lönerna för arbetsgivarsidan på Svensk Handel.",
    "{n} håller en utbildning om GDPR och känsliga personuppgifter.",
    "{n} har bokat tolk till mötet med familjen från Eritrea.",
    "{n} undervisar i religionskunskap och ska besöka synagogan med klassen.",
    "{n} är ordförande i samfällighetsföreningen och kallar till stämma.",
    "{n} är föräldraledig på halvtid fram till sommaren.",
    "{n} talar flytande arabiska och har bott i Kairo i fem år.",
    "Bolaget dömdes till företagsbot på 500 000 kronor för miljöbrott.",
    "Alla anställda erbjuds vaccination mot säsongsinfluensa i personalrummet.",
    "Om du blir sjuk under semestern ska du ringa din chef samma dag.",
    "Valvakan hålls i aulan med tårta och storbildsskärm för alla partier.",
    "Dagens lunch: halalslaktad kyckling eller vegetarisk lasagne.",
]

Family = Callable[[random.Random], tuple[str, str]]
MEN = {
    "da": ["Henrik", "Søren", "Mikkel", "Jens", "Kasper", "Anders"],
    "sv": ["Johan", "Erik", "Mikael", "Anders", "Fredrik", "Nils"],
}
WOMEN = {
    "da": ["Mette", "Louise", "Camilla", "Trine", "Sanne", "Line"],
    "sv": ["Anna", "Karin", "Sara", "Emma", "Linda", "Maria"],
}


def _draw(rng: random.Random, lang: str, positive: bool) -> tuple[str, str]:
    """A sentence with markup: a labelled revealing sentence or an unlabelled look-alike."""
    first, last = person(rng, lang, 0.15)
    name = f"{first} {last}"
    if positive:
        tags, s = rng.choice(POS_DA if lang == "da" else POS_SV)
        man = f"{rng.choice(MEN[lang])} {last}"
        woman = f"{rng.choice(WOMEN[lang])} {last}"
        body = s.format(n=name, f=first, m=man, w=woman, wf=woman.split()[0])
        return f"⟦{tags}|{body}⟧", name
    s = rng.choice(NEG_DA if lang == "da" else NEG_SV)
    return s.format(n=name, f=first), name


def _lang(rng: random.Random) -> str:
    return rng.choice(["da", "sv"])


def crm_note(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    s, _name = _draw(rng, lang, rng.random() < 0.45)
    head = "Kundenotat" if lang == "da" else "Kundanteckning"
    return (
        lang,
        f"{head} #{rng.randint(10000, 99999)} · {firm(rng, lang)}\nAnsvarlig: {full(rng, lang)}\n\n{s}\n\n-- oprettet via CRM"
        if lang == "da"
        else f"{head} #{rng.randint(10000, 99999)} · {firm(rng, lang)}\nAnsvarig: {full(rng, lang)}\n\n{s}\n\n-- skapad via CRM",
    )


def slack_export(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    s, _name = _draw(rng, lang, rng.random() < 0.45)
    a, b = full(rng, lang), full(rng, lang)
    filler = "godmorgen alle" if lang == "da" else "god morgon allihop"
    return (
        lang,
        f"#{'personale' if lang == 'da' else 'personal'}\n{a}  09:02\n{filler}\n{b}  09:05\n{s}\n{a}  09:06\n👍",
    )


def minutes(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    s, _name = _draw(rng, lang, rng.random() < 0.45)
    if lang == "da":
        return (
            lang,
            f"Referat, personalemøde {town(rng, lang)}\nTil stede: {full(rng, lang)}, {full(rng, lang)}, {full(rng, lang)}\n1. Nyt fra ledelsen\n2. Personale: {s}\n3. Eventuelt: intet.",
        )
    return (
        lang,
        f"Protokoll, personalmöte {town(rng, lang)}\nNärvarande: {full(rng, lang)}, {full(rng, lang)}, {full(rng, lang)}\n§1 Information från ledningen\n§2 Personal: {s}\n§3 Övrigt: inget.",
    )


def newsletter(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    s, _name = _draw(rng, lang, rng.random() < 0.4)
    if lang == "da":
        return (
            lang,
            f"NYHEDSBREV - {rng.choice(['Foreningen Fjordhusene', 'Klubben Sydhavnen', 'Kolonihaveforeningen Lyset'])}\nKære medlemmer\nSæsonen er godt i gang. {s} Husk kontingentet inden 1. marts.\nBestyrelsen",
        )
    return (
        lang,
        f"MEDLEMSBLAD - {rng.choice(['Koloniföreningen Solgläntan', 'Båtklubben Norrviken', 'Pensionärsföreningen Eken'])}\nHej alla medlemmar!\nSäsongen har börjat bra. {s} Glöm inte medlemsavgiften före 1 mars.\nStyrelsen",
    )


def jira_ticket(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    s, name = _draw(rng, lang, rng.random() < 0.45)
    key = f"HR-{rng.randint(100, 9999)}"
    return (
        lang,
        f"[{key}] {'Opfølgning' if lang == 'da' else 'Uppföljning'}\n{'Beskrivelse' if lang == 'da' else 'Beskrivning'}: {s}\nPrioritet: {rng.choice(['Lav', 'Medium', 'Høj'] if lang == 'da' else ['Låg', 'Medel', 'Hög'])}\nReporter: {name.split()[0].lower()}.{rng.randint(1, 99)}",
    )


def csv_notes(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    rows = []
    any_pos = rng.random() < 0.45
    for i in range(rng.randint(3, 5)):
        if any_pos and i == 1:
            s, _name = _draw(rng, lang, True)
        else:
            name = full(rng, lang)
            s = rng.choice(
                ["Ingen bemærkninger", "Ferie uge 30", "Har flyttet afdeling"]
                if lang == "da"
                else ["Inga anmärkningar", "Semester v. 30", "Har bytt avdelning"]
            )
        rows.append(f'"{name}";"{s}"')
    head = '"Navn";"Bemærkning"' if lang == "da" else '"Namn";"Anteckning"'
    return lang, head + "\n" + "\n".join(rows)


def press_release(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    s, _name = _draw(rng, lang, rng.random() < 0.35)
    if lang == "da":
        return (
            lang,
            f"PRESSEMEDDELELSE {rng.randint(1, 28)}. november 2026\n{firm(rng, lang)} styrker organisationen\n{s}\nFor yderligere information kontakt kommunikationsafdelingen.",
        )
    return (
        lang,
        f"PRESSMEDDELANDE {rng.randint(1, 28)} november 2026\n{firm(rng, lang)} stärker organisationen\n{s}\nFör mer information kontakta kommunikationsavdelningen.",
    )


def sms_thread(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    s, _name = _draw(rng, lang, rng.random() < 0.5)
    return (
        lang,
        f"SMS-tråd eksporteret {rng.randint(1, 28)}/11\n> {'Har du hørt det?' if lang == 'da' else 'Har du hört?'}\n< {s}\n> {'Okay, tak for besked' if lang == 'da' else 'Okej, tack för att du sa det'}",
    )


def case_log(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    s, _name = _draw(rng, lang, rng.random() < 0.45)
    d = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026"
    return (
        lang,
        f"{'Journal' if lang == 'da' else 'Logg'} {d} kl. {rng.randint(8, 16)}:{rng.randint(10, 59)}\n{s}\n{'Næste skridt' if lang == 'da' else 'Nästa steg'}: {'opfølgning om 14 dage' if lang == 'da' else 'uppföljning om 14 dagar'}.",
    )


def outlook_body(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    s, name = _draw(rng, lang, rng.random() < 0.4)
    if lang == "da":
        return (
            lang,
            f"Møde: 1:1 med {name}\nTid: tirsdag 13:00-13:30\nSted: Mødelokale {rng.choice(['Fyr', 'Hav', 'Skov'])}\nNoter: {s}",
        )
    return (
        lang,
        f"Möte: 1:1 med {name}\nTid: tisdag 13:00-13:30\nPlats: Rum {rng.choice(['Fyren', 'Havet', 'Skogen'])}\nAnteckningar: {s}",
    )


def json_record(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    s, name = _draw(rng, lang, rng.random() < 0.45)
    return (
        lang,
        f'{{"id": {rng.randint(1000, 9999)}, "name": "{name}", "note": "{s}", "updated": "2026-11-{rng.randint(1, 30):02d}"}}',
    )


def letter(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    s, _name = _draw(rng, lang, rng.random() < 0.4)
    if lang == "da":
        return (
            lang,
            f"{town(rng, lang)}, den {rng.randint(1, 28)}. november 2026\n\nKære kollegaer\n\n{s}\n\nMed venlig hilsen\n{full(rng, lang)}\nPersonalechef",
        )
    return (
        lang,
        f"{town(rng, lang)} den {rng.randint(1, 28)} november 2026\n\nHej kollegor\n\n{s}\n\nVänliga hälsningar\n{full(rng, lang)}\nPersonalchef",
    )


def markdown_row(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    s, _name = _draw(rng, lang, rng.random() < 0.45)
    head = "| Dato | Emne | Note |" if lang == "da" else "| Datum | Ämne | Notering |"
    return (
        lang,
        f"{head}\n|---|---|---|\n| 2026-11-{rng.randint(1, 30):02d} | {'Personale' if lang == 'da' else 'Personal'} | {s} |\n| 2026-11-{rng.randint(1, 30):02d} | IT | {'Ny printer' if lang == 'da' else 'Ny skrivare'} |",
    )


def ocr_scan(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    s, _name = _draw(rng, lang, rng.random() < 0.45)
    return (
        lang,
        f"[{'scannet' if lang == 'da' else 'inskannad'} side 2/3]\n...{'fortsat fra forrige side' if lang == 'da' else 'fortsättning från föregående sida'}\n{s}\n  - {rng.randint(2, 3)} -",
    )


def whatsapp_group(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    s, _name = _draw(rng, lang, rng.random() < 0.5)
    a = full(rng, lang).split()[0]
    day, minute = rng.randint(1, 28), rng.randint(10, 49)
    ask = "har I hørt nyt fra arbejdet?" if lang == "da" else "har ni hört något från jobbet?"
    return (
        lang,
        f"[{day:02d}.11.26, 20:{minute}] {a}: {ask}\n[{day:02d}.11.26, 20:{minute + 7}] {full(rng, lang).split()[0]}: {s}",
    )


def faq(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    s, _name = _draw(rng, lang, False)
    if lang == "da":
        return (
            lang,
            f"Ofte stillede spørgsmål\nSpørgsmål: Hvad gør jeg, hvis jeg bliver syg?\nSvar: Ring til din leder før kl. 8.\nSpørgsmål: Hvem er min tillidsrepræsentant?\nSvar: Se intranettet.\n{s}",
        )
    return (
        lang,
        f"Vanliga frågor\nFråga: Vad gör jag om jag blir sjuk?\nSvar: Ring din chef före kl. 8.\nFråga: Vem är mitt skyddsombud?\nSvar: Se intranätet.\n{s}",
    )


FAMILIES: dict[str, Family] = {
    "gen-crm-note": crm_note,
    "gen-slack": slack_export,
    "gen-minutes": minutes,
    "gen-newsletter": newsletter,
    "gen-jira": jira_ticket,
    "gen-csv-notes": csv_notes,
    "gen-press": press_release,
    "gen-sms": sms_thread,
    "gen-caselog": case_log,
    "gen-outlook": outlook_body,
    "gen-json": json_record,
    "gen-letter": letter,
    "gen-markdown": markdown_row,
    "gen-ocr": ocr_scan,
    "gen-whatsapp": whatsapp_group,
    "gen-faq": faq,
}
