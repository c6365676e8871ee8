"""Generated containers for the v5 category hold-out: one person named, 0-2 revealing sentences, shuffled."""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.redteam.holdout5.bank_cats import NEUTRAL, POS, TOPIC
from benchmarks.redteam.holdout5.pools import DA_LAST, SV_LAST

MALE = {
    "da": "Anders Carsten Esben Henning Jesper Lars Nikolaj Rune Torben Viggo Asger Emil Gustav Jonas Leif Niels Palle Sune Aksel Villads Kaj Bo".split(),
    "sv": "Axel Carl Elias Gustav Isak Karl Magnus Olle Rasmus Tobias Viktor Ebbe Hugo Jonas Leo Nils Oskar Yusuf Amir Dag Stig Love".split(),
}
FEMALE = {
    "da": "Birthe Dorthe Frida Gitte Ida Karoline Malene Pia Signe Ulla Vibeke Bodil Dagmar Freja Hanne Katrine Marianne Rikke Tove Yasmin Agnes Tilde Lykke".split(),
    "sv": "Agnes Birgitta Dalia Frida Hedvig Jenny Linnea Nora Pernilla Sigrid Ulrika Wilma Åsa Alma Ines Klara Maja Saga Tyra Vera Mirja Liv".split(),
}
PRON = {"da": {"m": ("han", "hans"), "f": ("hun", "hendes")}, "sv": {"m": ("han", "hans"), "f": ("hon", "hennes")}}

Container = Callable[[random.Random, str, list[str]], str]


def person(rng: random.Random, lang: str, gender: str | None = None) -> tuple[str, str, str]:
    g = gender or rng.choice("mf")
    first = rng.choice(MALE[lang] if g == "m" else FEMALE[lang])
    last = rng.choice(DA_LAST if lang == "da" else SV_LAST)
    return first, f"{first} {last}", g


def sentences(rng: random.Random, lang: str, positive: bool) -> tuple[list[str], str]:
    """Markup sentences about one person (the revealing ones wrapped in a label) and the person's full name."""
    picks = rng.sample(POS[lang], rng.choice([1, 1, 2])) if positive else []
    gender = None
    for _, s in picks:
        if "mand Anders" in s:
            gender = "m"
        elif "fru Sara" in s:
            gender = "f"
    if len(picks) == 2 and {"mand Anders" in picks[0][1], "fru Sara" in picks[1][1]} == {True}:
        picks = picks[:1]
    first, full, g = person(rng, lang, gender)
    h, h2 = PRON[lang][g]
    fill = {"n": full, "f": first, "h": h, "H": h.capitalize(), "h2": h2}
    out = [f"⟦{tag}|{s.format(**fill)}⟧" for tag, s in picks]
    out += [s.format(**fill) for s in rng.sample(TOPIC[lang], rng.choice([0, 1] if positive else [1, 1, 2]))]
    neutral = rng.sample(NEUTRAL[lang], rng.choice([1, 2]))
    if not any("{" in s for s in neutral) and not positive:
        neutral.append(rng.choice([s for s in NEUTRAL[lang] if "{n}" in s]))
    out += [s.format(**fill) for s in neutral]
    rng.shuffle(out)
    return out, full


def csv_notes(rng: random.Random, lang: str, lines: list[str]) -> str:
    head = "dato;medarbejder;notat" if lang == "da" else "datum;handläggare;anteckning"
    who = rng.choice(["AH", "LK", "MJ", "SB"])
    return head + "\n" + "\n".join(f"2026-11-{rng.randint(1, 29):02d};{who};{s}" for s in lines)


def digital_mail(rng: random.Random, lang: str, lines: list[str]) -> str:
    app, sender = ("e-Boks", "Personaleafdelingen") if lang == "da" else ("Kivra", "Personalavdelningen")
    return f"{app}: ny besked fra {sender}\n\n" + " ".join(lines)


def sms(rng: random.Random, lang: str, lines: list[str]) -> str:
    a, b = ("Chef", "Mig") if lang == "da" else ("Chefen", "Jag")
    return "\n".join(
        f"[{(a, b)[i % 2]} {rng.randint(8, 17)}:{rng.randint(0, 59):02d}] {s}" for i, s in enumerate(lines)
    )


def json_crm(rng: random.Random, lang: str, lines: list[str]) -> str:
    notes = ",\n    ".join(f'"{s}"' for s in lines)
    return f'{{"id": {rng.randint(10000, 99999)}, "type": "note",\n  "noter": [\n    {notes}\n  ]}}'


def xml_case(rng: random.Random, lang: str, lines: list[str]) -> str:
    tag = "Notat" if lang == "da" else "Anteckning"
    body = "\n".join(f"  <{tag}>{s}</{tag}>" for s in lines)
    return f'<Sag nr="{rng.randint(1000, 9999)}">\n{body}\n</Sag>'


def ical(rng: random.Random, lang: str, lines: list[str]) -> str:
    summ = "Personalemøde" if lang == "da" else "Personalmöte"
    return "BEGIN:VEVENT\nSUMMARY:" + summ + "\nDESCRIPTION:" + "\\n".join(lines) + "\nEND:VEVENT"


def vcard(rng: random.Random, lang: str, lines: list[str]) -> str:
    return "BEGIN:VCARD\nVERSION:3.0\nFN:Kontakt\nNOTE:" + " ".join(lines) + "\nEND:VCARD"


def voicemail(rng: random.Random, lang: str, lines: list[str]) -> str:
    head = "Talebesked (automatisk transskription):" if lang == "da" else "Röstmeddelande (automatisk text):"
    return head + '\n"... ' + " ... ".join(lines) + ' ..."'


def ocr_letter(rng: random.Random, lang: str, lines: list[str]) -> str:
    head = (
        "[Scannet brev]\nTil perso-\nnaleafdelingen\n"
        if lang == "da"
        else "[Inskannat brev]\nTill perso-\nnalavdelningen\n"
    )
    return head + "\n".join(lines)


def md_minutes(rng: random.Random, lang: str, lines: list[str]) -> str:
    head = "## Referat, teammøde" if lang == "da" else "## Protokoll, teammöte"
    return head + "\n\n" + "\n".join(f"- {s}" for s in lines)


def ticket(rng: random.Random, lang: str, lines: list[str]) -> str:
    lbl = "Beskrivelse" if lang == "da" else "Beskrivning"
    return f"Sag #{rng.randint(10000, 99999)} - HR\nStatus: åben\n{lbl}:\n" + "\n".join(lines)


def claim(rng: random.Random, lang: str, lines: list[str]) -> str:
    q = "Beskriv forløbet med dine egne ord:" if lang == "da" else "Beskriv vad som hänt med egna ord:"
    return q + "\n" + " ".join(lines)


def landlord(rng: random.Random, lang: str, lines: list[str]) -> str:
    head = "Til administrationen\n" if lang == "da" else "Till förvaltaren\n"
    return head + " ".join(lines)


def newsletter(rng: random.Random, lang: str, lines: list[str]) -> str:
    head = "NYT FRA KLUBBEN" if lang == "da" else "NYTT FRÅN KLUBBEN"
    return head + "\n\n" + "\n\n".join(lines)


def sql_notes(rng: random.Random, lang: str, lines: list[str]) -> str:
    rows = ",\n".join(f"({rng.randint(100, 999)}, '{s}')" for s in lines)
    return f"INSERT INTO notes (case_id, text) VALUES\n{rows};"


def tsv(rng: random.Random, lang: str, lines: list[str]) -> str:
    head = "Dato\tBemærkning" if lang == "da" else "Datum\tAnmärkning"
    return head + "\n" + "\n".join(f"{rng.randint(1, 28)}/11\t{s}" for s in lines)


def quoted(rng: random.Random, lang: str, lines: list[str]) -> str:
    top = "Tak, noteret." if lang == "da" else "Tack, noterat."
    return top + "\n\n" + "\n".join(f"> {s}" for s in lines)


def comments(rng: random.Random, lang: str, lines: list[str]) -> str:
    w = "skrev"
    who = ["Leder", "HR", "Teamleder"] if lang == "da" else ["Chef", "HR", "Teamledare"]
    return "\n".join(f"{rng.choice(who)} {w}: {s}" for s in lines)


CONTAINERS: dict[str, Container] = {
    "gen-csv-notes": csv_notes,
    "gen-digital-mail": digital_mail,
    "gen-sms": sms,
    "gen-json-crm": json_crm,
    "gen-xml-case": xml_case,
    "gen-ical": ical,
    "gen-vcard": vcard,
    "gen-voicemail": voicemail,
    "gen-ocr": ocr_letter,
    "gen-md-minutes": md_minutes,
    "gen-ticket": ticket,
    "gen-claim": claim,
    "gen-landlord": landlord,
    "gen-newsletter": newsletter,
    "gen-sql": sql_notes,
    "gen-tsv": tsv,
    "gen-quoted": quoted,
    "gen-comments": comments,
}


def draw(rng: random.Random, container: Container, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, full = sentences(rng, lang, positive)
    body = container(rng, lang, lines)
    if not any(full in s for s in lines):
        body = (f"Vedr.: {full}\n" if lang == "da" else f"Gäller: {full}\n") + body
    return lang, body
