"""Generated category layouts of v4: each ``(rng, positive) -> (lang, marked-up text)``.

A document holds 1-2 revealing sentences from ``bank_cats.POSITIVE`` (positive documents only), 0-2 topic
negatives and 1-2 neutral lines, shuffled, inside one of 18 containers that real systems and people produce.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.redteam.holdout4.bank_cats import NEUTRAL, POSITIVE, TOPIC_NEG

Family = Callable[[random.Random, bool], tuple[str, str]]

FEMALE = {
    "da": ["Anja", "Bettina", "Dorte", "Gry", "Hanne", "Janni", "Karoline", "Lærke", "Nanna", "Pernille", "Solvej"],
    "sv": ["Annika", "Britt", "Ewa", "Frida", "Hanna", "Jenny", "Kristina", "Maja", "Petra", "Saga", "Tove"],
}
MALE = {
    "da": ["Anders", "Bent", "Claus", "Flemming", "Holger", "Jakob", "Kenneth", "Mogens", "Per", "Steen", "Troels"],
    "sv": ["Bertil", "Conny", "Gustav", "Hugo", "Jesper", "Kjell", "Magnus", "Pontus", "Roland", "Sixten", "Ture"],
}
LAST = {
    "da": [
        "Bisgaard",
        "Dahl",
        "Eskildsen",
        "Fogh",
        "Guldager",
        "Hedegaard",
        "Juul",
        "Kromann",
        "Lindholm",
        "Møller",
        "Nyholm",
        "Pallesen",
        "Riis",
        "Sejersen",
        "Vang",
        "Aagaard",
        "Hussein",
        "Nowak",
        "Tran",
    ],
    "sv": [
        "Alm",
        "Berglund",
        "Cederholm",
        "Dahlin",
        "Ek",
        "Fält",
        "Granlund",
        "Hellström",
        "Jonsson",
        "Karlén",
        "Lundmark",
        "Nyberg",
        "Runesson",
        "Sjödin",
        "Wester",
        "Abdullahi",
        "Kowalski",
        "Pham",
    ],
}
FEMALE_MARKERS = (" hun ", " hendes ", " hon ", " hennes ", "sin kæreste Line", "sin flickvän")
MALE_MARKERS = (" hans ", " han ")


def _gender(sentence: str) -> str | None:
    s = f" {sentence} "
    if any(m in s for m in FEMALE_MARKERS):
        return "f"
    if any(m in s for m in MALE_MARKERS):
        return "m"
    return None


def _person(rng: random.Random, lang: str, gender: str | None) -> tuple[str, str]:
    g = gender or rng.choice("fm")
    first = rng.choice(FEMALE[lang] if g == "f" else MALE[lang])
    return first, f"{first} {rng.choice(LAST[lang])}"


def _fill(rng: random.Random, lang: str, sentence: str) -> tuple[str, str]:
    first, full = _person(rng, lang, _gender(sentence))
    return sentence.replace("{p}", full).replace("{f}", first), full


def compose(rng: random.Random, lang: str, positive: bool) -> tuple[list[str], list[str]]:
    """Marked sentences in shuffled order, and the names of the people they are about."""
    out: list[str] = []
    names: list[str] = []
    if positive:
        picks = rng.sample(POSITIVE[lang], rng.choice((1, 1, 2)))
        for cats, sentence in picks:
            text, name = _fill(rng, lang, sentence)
            out.append(f"⟦{cats}|{text}⟧")
            names.append(name)
    for sentence in rng.sample(TOPIC_NEG[lang], rng.randint(0 if positive else 1, 2)):
        text, name = _fill(rng, lang, sentence)
        out.append(text)
        if "{p}" in sentence:
            names.append(name)
    out += rng.sample(NEUTRAL[lang], rng.randint(1, 2))
    rng.shuffle(out)
    return out, names


def _writer(rng: random.Random, lang: str) -> str:
    return _person(rng, lang, None)[1]


def akasse_log(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    head = "Sagslog - medlem nr. " if lang == "da" else "Ärendelogg - medlem nr "
    out = [head + str(rng.randint(100000, 999999))]
    for i, ln in enumerate(lines):
        out.append(
            f"2026-11-{10 + i:02d} {rng.randint(8, 15)}:{rng.randint(10, 59)}  [{rng.choice(['AK', 'LM', 'JB', 'SH'])}]  {ln}"
        )
    return lang, "\n".join(out)


def claim_form(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    if lang == "da":
        head = [
            "SKADEANMELDELSE / ANSØGNING",
            f"Sagsnr.: {rng.randint(10000, 99999)}",
            f"Anmelder: {_writer(rng, lang)}",
            "Beskrivelse:",
        ]
    else:
        head = [
            "SKADEANMÄLAN / ANSÖKAN",
            f"Skadenr: {rng.randint(10000, 99999)}",
            f"Anmälare: {_writer(rng, lang)}",
            "Beskrivning:",
        ]
    return lang, "\n".join(head + ["  " + ln for ln in lines])


def slack_json(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    msgs = [
        f'  {{"user": "U0{rng.randint(1000000, 9999999)}", "user_name": "{_writer(rng, lang)}", "ts": "1764{rng.randint(100000, 999999)}.000{rng.randint(100, 999)}", "text": "{ln}"}}'
        for ln in lines
    ]
    return lang, "[\n" + ",\n".join(msgs) + "\n]"


def csv_note(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    head = "id;dato;registreret_af;notat" if lang == "da" else "id;datum;registrerad_av;anteckning"
    rows = [f'{rng.randint(1000, 9999)};2026-11-{rng.randint(1, 29):02d};{_writer(rng, lang)};"{ln}"' for ln in lines]
    return lang, "\n".join([head, *rows])


def md_table(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    head = "| # | Punkt | Ansvarlig |\n|---|---|---|" if lang == "da" else "| # | Punkt | Ansvarig |\n|---|---|---|"
    rows = [f"| {i + 1} | {ln} | {rng.choice(['AK', 'MH', 'SL', 'TB'])} |" for i, ln in enumerate(lines)]
    title = "## Opfølgningspunkter uge 48" if lang == "da" else "## Uppföljningspunkter v. 48"
    return lang, "\n".join([title, "", head, *rows])


def audit_log(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    out = []
    for ln in lines:
        out.append(
            f"2026-11-30T{rng.randint(7, 17):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)}Z hr-system action=note.update "
            f'actor={rng.choice(["hr01", "lon02", "adm"])} record={rng.randint(1000, 9999)} comment="{ln}"'
        )
    return lang, "\n".join(out)


def pdf_journal(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    if lang == "da":
        head = [f"{'Personalesag':<40}Side 1 af 1", f"{'Oprettet af: ' + _writer(rng, lang):<40}Fortroligt", ""]
    else:
        head = [f"{'Personalärende':<40}Sida 1 av 1", f"{'Upprättad av: ' + _writer(rng, lang):<40}Konfidentiellt", ""]
    return lang, "\n".join(head + lines)


def dos_register(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    head = "NR    DATO      BEMÆRKNING" if lang == "da" else "NR    DATUM     ANMÄRKNING"
    rows = [f"{rng.randint(100, 999):<6}{rng.randint(1, 28):02d}.11.26  {ln}" for ln in lines]
    return lang, "\n".join([head, "-" * 60, *rows])


def json_csv(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    rows = ["event;created;payload"]
    for ln in lines:
        rows.append(
            f'note.created;2026-11-{rng.randint(1, 29):02d};"{{""author"": ""{_writer(rng, lang)}"", ""text"": ""{ln}""}}"'
        )
    return lang, "\n".join(rows)


def ticket(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    if lang == "da":
        head = [
            f"Sag #{rng.randint(10000, 99999)} er opdateret",
            f"Anmoder: {_writer(rng, lang)}",
            "Status: Åben",
            "Seneste kommentar:",
        ]
    else:
        head = [
            f"Ärende #{rng.randint(10000, 99999)} har uppdaterats",
            f"Beställare: {_writer(rng, lang)}",
            "Status: Öppen",
            "Senaste kommentar:",
        ]
    return lang, "\n".join(head + lines)


def voicemail(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    if lang == "da":
        head = f"Ny telefonsvarerbesked fra +45 {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} (0:{rng.randint(20, 59)})\nTransskription (automatisk, kan indeholde fejl):"
        tail = "... ja, ring tilbage når du har tid. Hej hej."
    else:
        head = f"Nytt röstmeddelande från 070-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)} (0:{rng.randint(20, 59)})\nTranskribering (automatisk, kan innehålla fel):"
        tail = "... ja, ring tillbaka när du hinner. Hej då."
    return lang, head + "\n" + " ".join(lines) + " " + tail


def ocr_note(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    head = "NOTAT  (indscannet)  Dato: 2/l2-26" if lang == "da" else "ANTECKNING  (inskannad)  Datum: 2/l2-26"
    return lang, head + "\n" + "\n".join(lines) + "\n" + "_" * 20


def probation_log(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    head = "Vagtjournal, afdeling 3" if lang == "da" else "Vaktjournal, avdelning 3"
    out = [head] + [f"Kl. {7 + 2 * i:02d}.{rng.choice(['00', '15', '30', '45'])}  {ln}" for i, ln in enumerate(lines)]
    return lang, "\n".join(out)


def pharmacy_note(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    head = (
        ["Rådgivningsnotat - apoteket", f"Farmaceut: {_writer(rng, lang)}"]
        if lang == "da"
        else ["Rådgivningsanteckning - apoteket", f"Farmaceut: {_writer(rng, lang)}"]
    )
    return lang, "\n".join(head + lines)


def housing_log(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    head = (
        f"Boligforeningen - henvendelse nr. {rng.randint(100, 999)}"
        if lang == "da"
        else f"Bostadsbolaget - ärende nr {rng.randint(100, 999)}"
    )
    return lang, head + "\n" + "\n".join("* " + ln for ln in lines)


def school_message(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    w = _writer(rng, lang)
    if lang == "da":
        return lang, f"Besked i Aula fra {w}\nTil: Lærerteamet 5.a\n\n" + " ".join(lines) + f"\n\nVh {w.split()[0]}"
    return lang, f"Meddelande i Skolplattformen från {w}\nTill: Arbetslag 5A\n\n" + " ".join(
        lines
    ) + f"\n\nMvh {w.split()[0]}"


def crm_note(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    head = (
        f"Kundenotat (CRM) - rådgiver {_writer(rng, lang)}"
        if lang == "da"
        else f"Kundanteckning (CRM) - rådgivare {_writer(rng, lang)}"
    )
    return lang, head + "\n" + "\n".join(f"- {ln}" for ln in lines)


def inline_reply(rng: random.Random, positive: bool) -> tuple[str, str]:
    lang = rng.choice(["da", "sv"])
    lines, _ = compose(rng, lang, positive)
    w = _writer(rng, lang)
    intro = "Svar i teksten nedenfor." if lang == "da" else "Svar i texten nedan."
    out = [intro, ""]
    for ln in lines:
        q = rng.choice(
            ["> Noget nyt?", "> Hvordan går det med holdet?", "> Andet?"]
            if lang == "da"
            else ["> Något nytt?", "> Hur går det med gruppen?", "> Annat?"]
        )
        out += [q, ln, ""]
    out.append(w.split()[0])
    return lang, "\n".join(out)


FAMILIES: dict[str, Family] = {
    "gen-akasselog": akasse_log,
    "gen-claimform": claim_form,
    "gen-slackjson": slack_json,
    "gen-csvnote": csv_note,
    "gen-mdtable": md_table,
    "gen-auditlog": audit_log,
    "gen-pdfjournal": pdf_journal,
    "gen-dosregister": dos_register,
    "gen-jsoncsv": json_csv,
    "gen-ticket": ticket,
    "gen-voicemail": voicemail,
    "gen-ocrnote": ocr_note,
    "gen-probationlog": probation_log,
    "gen-pharmacynote": pharmacy_note,
    "gen-housinglog": housing_log,
    "gen-schoolmsg": school_message,
    "gen-crmnote": crm_note,
    "gen-inlinereply": inline_reply,
}
