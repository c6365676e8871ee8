"""Generated documents for categories.jsonl: one sentence-bank draw placed in one of many small containers.

A positive document holds one revealing sentence (sometimes two of different categories) plus topic
negatives and neutral lines; a negative document holds topic negatives and neutral lines only. First-person
sentences go only into signed containers (the signer is the person).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.redteam.holdout3.bank_cats import FEMALE, FIRST, MALE, NEG, NEUTRAL, POS, SURNAME


def person(rng: random.Random, lang: str, gender: str | None = None) -> tuple[str, str]:
    g = gender or rng.choice("mf")
    first = rng.choice(MALE[lang] if g == "m" else FEMALE[lang])
    return first, f"{first} {rng.choice(SURNAME[lang])}"


def fill(template: str, rng: random.Random, lang: str) -> str:
    f, n = person(rng, lang)
    fm, nm = person(rng, lang, "m")
    ff, nf = person(rng, lang, "f")
    return template.format(n=n, f=f, nm=nm, fm=fm, nf=nf, ff=ff)


def sentences(rng: random.Random, lang: str, categories: list[str], signed: bool) -> list[str]:
    """Marked-up sentences for one document: the revealing ones, topic negatives and neutral lines."""
    out: list[str] = []
    for cat in categories:
        pool = POS[lang][cat]
        if signed and cat in FIRST[lang] and rng.random() < 0.35:
            pool = FIRST[lang][cat]
        out.append(f"⟦{cat}|{fill(rng.choice(pool), rng, lang)}⟧")
    k = rng.randint(0 if categories else 1, 2)
    out += rng.sample(NEG[lang], k)
    out += rng.sample(NEUTRAL[lang], rng.randint(1, 2))
    rng.shuffle(out)
    return out


def _sign(rng: random.Random, lang: str) -> str:
    return person(rng, lang)[1]


def c_mail(rng: random.Random, lang: str, cats: list[str]) -> str:
    body = sentences(rng, lang, cats, True)
    hi = rng.choice(["Hej alle", "Hej", "Kære kolleger"] if lang == "da" else ["Hej alla", "Hej", "Hej kollegor"])
    bye = rng.choice(
        ["Mvh", "Venlig hilsen", "Hilsen"] if lang == "da" else ["Mvh", "Vänliga hälsningar", "Hälsningar"]
    )
    return f"{hi}\n\n" + " ".join(body) + f"\n\n{bye}\n{_sign(rng, lang)}"


def c_teams(rng: random.Random, lang: str, cats: list[str]) -> str:
    who = _sign(rng, lang)
    lines = sentences(rng, lang, cats, True)
    out = []
    for i, s in enumerate(lines):
        out.append(f"{who}  {9 + i // 2}:{10 + 7 * i:02d}\n{s}")
    return "\n\n".join(out)


def c_case_note(rng: random.Random, lang: str, cats: list[str]) -> str:
    head = "Notat" if lang == "da" else "Anteckning"
    return (
        f"{head} {rng.randint(1, 28)}.{rng.randint(1, 11)}.2025\n"
        + "\n".join("- " + s for s in sentences(rng, lang, cats, False))
        + f"\n/{person(rng, lang)[0]}"
    )


def c_minutes(rng: random.Random, lang: str, cats: list[str]) -> str:
    head = "Referat fra teammøde" if lang == "da" else "Minnesanteckningar från teammöte"
    pts = sentences(rng, lang, cats, False)
    return head + "\n\n" + "\n".join(f"{i + 1}. {s}" for i, s in enumerate(pts))


def c_handover(rng: random.Random, lang: str, cats: list[str]) -> str:
    head = "Vagtoverlevering aften → nat" if lang == "da" else "Överlämning kväll → natt"
    return head + "\n" + "\n".join("* " + s for s in sentences(rng, lang, cats, False))


def c_sms(rng: random.Random, lang: str, cats: list[str]) -> str:
    return " ".join(sentences(rng, lang, cats, True)) + f" /{person(rng, lang)[0]}"


def c_intranet(rng: random.Random, lang: str, cats: list[str]) -> str:
    head = rng.choice(
        ["Nyt fra afdelingen", "Ugens nyheder", "Kort nyt"]
        if lang == "da"
        else ["Nytt från avdelningen", "Veckans nyheter", "Kort om"]
    )
    return f"{head.upper()}\n\n" + "\n\n".join(sentences(rng, lang, cats, False))


def c_calendar(rng: random.Random, lang: str, cats: list[str]) -> str:
    subj = "Opfølgning" if lang == "da" else "Uppföljning"
    where = "Mødelokale 2" if lang == "da" else "Mötesrum 2"
    return f"{subj}\n{where}\n{rng.randint(1, 28)}/{rng.randint(1, 12)} 13:00-14:00\n\n" + "\n".join(
        sentences(rng, lang, cats, False)
    )


def c_service_log(rng: random.Random, lang: str, cats: list[str]) -> str:
    out = []
    for s in sentences(rng, lang, cats, False):
        out.append(
            f"2025-{rng.randint(1, 11):02d}-{rng.randint(10, 28)} {rng.randint(8, 16)}:{rng.randint(10, 59)}  {s}"
        )
    return "\n".join(out)


def c_forwarded(rng: random.Random, lang: str, cats: list[str]) -> str:
    a = _sign(rng, lang)
    sents = sentences(rng, lang, cats, True)
    fw = "Videresendt" if lang == "da" else "Vidarebefordrat"
    top = "Til orientering." if lang == "da" else "För kännedom."
    return f"{top}\n\n---- {fw} ----\n" + "\n".join("> " + s for s in sents) + f"\n> {a}"


CONTAINERS: dict[str, Callable[[random.Random, str, list[str]], str]] = {
    "gen-mail": c_mail,
    "gen-teams": c_teams,
    "gen-case-note": c_case_note,
    "gen-minutes": c_minutes,
    "gen-handover": c_handover,
    "gen-sms": c_sms,
    "gen-intranet": c_intranet,
    "gen-calendar": c_calendar,
    "gen-service-log": c_service_log,
    "gen-forwarded": c_forwarded,
}
