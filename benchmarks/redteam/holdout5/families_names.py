"""Generated layouts for the v5 name hold-out: news and business shapes, pools with hard names."""

from __future__ import annotations

import random
from collections.abc import Callable

FIRST = {
    "da": (
        "Bo Sol Storm Lykke Ask Gry Kaj Bent Ulla Per Hans Vilde Frej Asta Ejnar Gunver Tage Aase Ib Mette Søren Kirsten "
        "Jørgen Pernille Mads Trine Thor Ditte Villum Alberte Esther Halfdan"
    ).split(),
    "sv": (
        "Dag Liv Stig Love Vilja Juni Sten Ulf Bo Per Karl Märta Sune Gun Tora Ivar Majken Göte Signe Birger Astrid Ebba "
        "Nils Inga Torbjörn Ylva Alvar Siv Edvin Greta Folke"
    ).split(),
}
LAST = {
    "da": "Skov Lund Bak Sand Storm Kjær Fisker Smed Bonde Ravn Krog Bro Dal Vinter Sommer Høst Munk Brink Toft Holm Vad Kure Mose Bæk".split(),
    "sv": "Ek Falk Lönn Vik Strand Sten Berg Lind Holm Björk Ström Fors Nord Malm Gran Höst Sommar Dahl Hed Bäck Rask Sjö Löv Rapp".split(),
}
FOREIGN = (
    "Agnieszka Kowalczyk|Mehmet Öztürk|Nguyen Thi Hoa|Abdullahi Hassan Nur|Zainab Al-Sadr|Yonas Tesfaye|Siriporn Chaiyasit|"
    "Maria Clara Santos|Dimitrios Papadakis|Emina Hadžić|Reza Ahmadi|Ayesha Siddiqui|Javier Morales|Olusegun Bello|"
    "Li Na|Oksana Shevchenko|Kwame Mensah|Sandeep Kaur|Giulia Romano|Sean Ó Briain"
).split("|")
DOUBLE = {
    "da": "Anne-Mette Hans-Jørgen Lise-Lotte Jens-Ole Marie-Louise Per-Ulrik Bo-Erik".split(),
    "sv": "Ann-Sofie Per-Olof Karl-Erik Eva-Lena Lars-Göran Anna-Karin Bo-Inge".split(),
}
PARTICLE = "Carl-Johan von Essen|Ebba af Trolle|Henrik de Neergaard|Louise von Holck|Fredrik de Geer|Sophie af Sandeberg".split(
    "|"
)
TOWNS = {
    "da": "Skive Nyborg Haderslev Ikast Grenaa Thisted Sorø Ribe".split(),
    "sv": "Eksjö Mora Kiruna Ystad Falun Arvika Tierp Visby".split(),
}
FIRMS = {
    "da": ["Skov & Bak ApS", "Ravn Rådgivning", "Bonde Transport A/S", "Brdr. Sand", "Lund Ejendomme", "Fisker Biler"],
    "sv": ["Ek & Falk AB", "Strands Bygg", "Lind Juridik AB", "Bröderna Sten", "Björk Fastigheter", "Malms Åkeri"],
}

Layout = Callable[[random.Random], tuple[str, str]]


def person(rng: random.Random, lang: str) -> tuple[str, str]:
    """(first, last) - mostly pool names, sometimes foreign or with a particle."""
    r = rng.random()
    if r < 0.2:
        parts = rng.choice(FOREIGN).split()
        return parts[0], " ".join(parts[1:])
    if r < 0.27:
        parts = rng.choice(PARTICLE).split()
        return parts[0], " ".join(parts[1:])
    first = rng.choice(FIRST[lang])
    if rng.random() < 0.12:
        first = rng.choice(DOUBLE[lang])
    last = rng.choice(LAST[lang])
    if rng.random() < 0.12:
        last = f"{rng.choice(LAST[lang])} {last}"
    return first, last


def p(text: str) -> str:
    return f"⟦P|{text}⟧"


def gen(text: str) -> str:
    """Genitive: -s inside the span, an apostrophe outside."""
    return f"⟦P|{text}⟧'" if text[-1] in "sxz" else f"⟦P|{text}s⟧"


def lang_of(rng: random.Random) -> str:
    return rng.choice(["da", "sv"])


def mail_header(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    (f1, l1), (f2, l2), (f3, l3) = person(rng, lang), person(rng, lang), person(rng, lang)

    def mail(f: str, last: str) -> str:
        domain = rng.choice(["firma", "kommune", "bolaget"])
        return f"{f.lower()}.{last.split()[-1].lower()}@{domain}.{'dk' if lang == 'da' else 'se'}"

    hi, regards = ("Hej", "Venlig hilsen") if lang == "da" else ("Hej", "Vänliga hälsningar")
    body = (
        f'From: {p(f"{f1} {l1}")} <{mail(f1, l1)}>\nTo: "{p(f"{l2}, {f2}")}" <{mail(f2, l2)}>\nCc: {p(f"{f3} {l3}")} <{mail(f3, l3)}>\n'
        f"Subject: {'Møde' if lang == 'da' else 'Möte'} {rng.randint(1, 28)}/12\n\n{hi} {p(f2)}\n\n"
        + (f"{p(f3)} og jeg kan godt torsdag." if lang == "da" else f"{p(f3)} och jag kan på torsdag.")
        + f"\n\n{regards}\n{p(f1)}"
    )
    return lang, body


def vcard(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    f, last = person(rng, lang)
    firm = rng.choice(FIRMS[lang])
    return lang, (
        f"BEGIN:VCARD\nVERSION:3.0\nN:{p(last)};{p(f)};;;\nFN:{p(f'{f} {last}')}\nORG:{firm}\n"
        f"EMAIL:{f.lower()[:1]}{last.split()[-1].lower()}@example.org\nEND:VCARD"
    )


def ical(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    people = [person(rng, lang) for _ in range(rng.randint(2, 4))]
    att = "\n".join(
        f"ATTENDEE;CN={p(f'{f} {last}')};ROLE=REQ-PARTICIPANT:mailto:{f.lower()[:1]}{last.split()[-1].lower()}@example.org"
        for f, last in people
    )
    org_f, org_l = person(rng, lang)
    return lang, (
        f"BEGIN:VEVENT\nSUMMARY:{'Statusmøde' if lang == 'da' else 'Statusmöte'}\nORGANIZER;CN={p(f'{org_f} {org_l}')}:mailto:org@example.org\n{att}\nEND:VEVENT"
    )


def git_log(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    out = []
    for _ in range(rng.randint(2, 3)):
        f, last = person(rng, lang)
        rf, rl = person(rng, lang)
        sha = "".join(rng.choice("0123456789abcdef") for _ in range(40))
        out.append(
            f"commit {sha}\nAuthor: {p(f'{f} {last}')} <{f.lower()[:1]}{last.split()[-1].lower()}@dev.example>\n"
            f"Date:   Mon Nov {rng.randint(1, 30)} 10:{rng.randint(10, 59)}:00 2026 +0100\n\n    Fix export of invoices\n\n    Reviewed-by: {p(f'{rf} {rl}')}\n"
        )
    return lang, "\n".join(out)


def sql_insert(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    rows = []
    for i in range(rng.randint(2, 4)):
        f, last = person(rng, lang)
        rows.append(f"({i + 1}, '{p(f)}', '{p(last)}', '{rng.choice(TOWNS[lang])}')")
    return lang, "INSERT INTO contacts (id, first_name, last_name, city) VALUES\n" + ",\n".join(rows) + ";"


def json_users(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    items = []
    for _ in range(rng.randint(1, 3)):
        f, last = person(rng, lang)
        mf, ml = person(rng, lang)
        items.append(
            f'{{"displayName": "{p(f"{f} {last}")}", "department": "{rng.choice(["IT", "HR", "Sales"])}", "manager": "{p(f"{ml}, {mf}")}"}}'
        )
    return lang, '{"value": [' + ", ".join(items) + "]}"


def sms(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    (f1, _), (f2, _), (f3, l3) = person(rng, lang), person(rng, lang), person(rng, lang)
    if lang == "da":
        lines = [
            f"{p(f1)}: har du snakket med {p(f3)}?",
            f"{p(f2)}: ja, {p(f'{f3} {l3}')} kommer kl 18",
            f"{p(f1)}: super, så køber jeg ind",
        ]
    else:
        lines = [
            f"{p(f1)}: har du pratat med {p(f3)}?",
            f"{p(f2)}: ja, {p(f'{f3} {l3}')} kommer kl 18",
            f"{p(f1)}: toppen, då handlar jag",
        ]
    return lang, "\n".join(lines)


def news_appointment(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    f, last = person(rng, lang)
    of, ol = person(rng, lang)
    firm = rng.choice(FIRMS[lang])
    town = rng.choice(TOWNS[lang])
    if lang == "da":
        return lang, (
            f"{town}: {p(f'{f} {last}')} er ansat som direktør i {firm}. {p(last)} kommer fra en stilling i {rng.choice(['Arla', 'Danfoss', 'Region Midt'])}. "
            f'Stillingen blev ledig, da {p(f"{of} {ol}")} gik på pension. "{p(f)} kender branchen," siger bestyrelsen.'
        )
    return lang, (
        f"{town}: {p(f'{f} {last}')} blir ny vd för {firm}. {p(last)} kommer närmast från {rng.choice(['Scania', 'Region Dalarna', 'ICA'])}. "
        f'Tjänsten lämnas av {p(f"{of} {ol}")}, som går i pension. "{p(f)} kan branschen," säger styrelsen.'
    )


def news_sport(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    scorers = [person(rng, lang) for _ in range(3)]
    (a, al), (b, bl), (_c, cl) = scorers
    if lang == "da":
        return lang, (
            f"Håndbold: {rng.choice(TOWNS['da'])} HK vandt {rng.randint(25, 34)}-{rng.randint(20, 30)}. {p(f'{a} {al}')} var topscorer med "
            f"{rng.randint(6, 11)} mål, mens {p(bl)} og {p(cl)} scorede fem hver. Træner {p(f'{b} {bl}')} roste {gen(a)} indsats."
        )
    return lang, (
        f"Innebandy: {rng.choice(TOWNS['sv'])} IBK vann med {rng.randint(5, 9)}–{rng.randint(1, 4)}. {p(f'{a} {al}')} gjorde tre mål, "
        f"{p(bl)} och {p(cl)} ett var. Tränaren {p(f'{b} {bl}')} berömde {gen(a)} insats."
    )


def police_quote(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    f, last = person(rng, lang)
    if lang == "da":
        return lang, (
            f'En 28-årig mand blev natten til søndag anholdt i {rng.choice(TOWNS["da"])} efter et indbrud. "Vi fik hurtigt en beskrivelse," '
            f"siger vagtchef {p(f'{f} {last}')}. Ifølge {p(last)} er der ikke andre mistænkte."
        )
    return lang, (
        f'En 28-årig man greps natten till söndag i {rng.choice(TOWNS["sv"])} efter ett inbrott. "Vi fick snabbt ett signalement," '
        f"säger polisens presstalesperson {p(f'{f} {last}')}. Enligt {p(last)} finns inga fler misstänkta."
    )


def minutes(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    people = [person(rng, lang) for _ in range(4)]
    present = ", ".join(p(f"{f} {last}") for f, last in people[:3])
    (f0, _), (f1, _) = people[0], people[1]
    (af, al) = people[3]
    if lang == "da":
        return (
            lang,
            f"Til stede: {present}\nAfbud: {p(f'{af} {al}')}\n1. {p(f0)} orienterede om økonomien.\n2. {gen(af)} forslag udsættes.\n3. {p(f1)} skriver referat.",
        )
    return (
        lang,
        f"Närvarande: {present}\nFrånvarande: {p(f'{af} {al}')}\n1. {p(f0)} informerade om ekonomin.\n2. {gen(af)} förslag bordläggs.\n3. {p(f1)} skriver protokoll.",
    )


def payroll_caps(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    rows = []
    for _ in range(rng.randint(3, 5)):
        f, last = person(rng, lang)
        rows.append(f"{p(f'{last.upper()} {f.upper()}'):<40} {rng.randint(20, 45)}.{rng.randint(100, 999)},00")
    head = "LØNLISTE NOVEMBER 2026" if lang == "da" else "LÖNELISTA NOVEMBER 2026"
    return lang, head + "\n" + "\n".join(rows)


def yaml_owners(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    (f1, l1), (f2, l2) = person(rng, lang), person(rng, lang)
    return lang, (
        f"service: invoice-export\nowner:\n  name: {p(f'{f1} {l1}')}\n  email: {f1.lower()[:1]}{l1.split()[-1].lower()}@example.org\n"
        f"oncall:\n  - {p(f'{f2} {l2}')}\n  - team-{rng.choice(['alpha', 'nord', 'syd'])}\n"
    )


def school_msg(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    (k1, _), (k2, _), (pf, pl) = person(rng, lang), person(rng, lang), person(rng, lang)
    (t, _) = person(rng, lang)
    if lang == "da":
        return (
            lang,
            f"Kære forældre\nTak til {gen(k1)} forældre og til {p(f'{pf} {pl}')} for kagen. {p(k2)} har glemt sin jakke.\nHilsen {p(t)}",
        )
    return (
        lang,
        f"Hej föräldrar!\nTack till {gen(k1)} föräldrar och till {p(f'{pf} {pl}')} för kakan. {p(k2)} har glömt sin jacka.\nHälsningar {p(t)}",
    )


def reference(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    f, last = person(rng, lang)
    (sf, sl) = person(rng, lang)
    firm = rng.choice(FIRMS[lang])
    if lang == "da":
        return (
            lang,
            f"{p(f'{f} {last}')} har været ansat hos {firm} i tre år. {gen(f)} arbejde har været grundigt.\n{p(f'{sf} {sl}')}, leder",
        )
    return (
        lang,
        f"{p(f'{f} {last}')} har arbetat på {firm} i tre år. {gen(f)} arbete har varit noggrant.\n{p(f'{sf} {sl}')}, chef",
    )


LAYOUTS: dict[str, Layout] = {
    "gen-mail-header": mail_header,
    "gen-vcard": vcard,
    "gen-ical": ical,
    "gen-gitlog": git_log,
    "gen-sql": sql_insert,
    "gen-json-users": json_users,
    "gen-sms": sms,
    "gen-news-appointment": news_appointment,
    "gen-news-sport": news_sport,
    "gen-police-quote": police_quote,
    "gen-minutes": minutes,
    "gen-payroll-caps": payroll_caps,
    "gen-yaml-owners": yaml_owners,
    "gen-school": school_msg,
    "gen-reference": reference,
}
