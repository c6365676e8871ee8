"""Generated layouts for names.jsonl: many layouts, each drawn at most 7 times, every name marked ⟦...⟧."""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.redteam.holdout6.pools import firm, person, street, town

Family = Callable[[random.Random], tuple[str, str]]


def _p(rng: random.Random, lang: str, foreign: float = 0.15) -> tuple[str, str]:
    return person(rng, lang, foreign)


ASCII = str.maketrans(
    {
        "ş": "s",
        "ã": "a",
        "é": "e",
        "á": "a",
        "í": "i",
        "ó": "o",
        "ć": "c",
        "ń": "n",
        "ś": "s",
        "ø": "o",
        "å": "a",
        "æ": "ae",
        "ä": "a",
        "ö": "o",
    }
)


def _mailbox(word: str) -> str:
    return word.split()[0].lower().translate(ASCII)


def _lang(rng: random.Random) -> str:
    return rng.choice(["da", "sv"])


def appointment(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    (f1, l1), (f2, l2) = _p(rng, lang), _p(rng, lang)
    co = firm(rng, lang)
    if lang == "da":
        return (
            lang,
            f"Ny direktør i {co}\n⟦{f1} {l1}⟧ er udnævnt til administrerende direktør og afløser ⟦{f2} {l2}⟧. ⟦{l1}⟧ kommer fra en stilling i {town(rng, lang)}. - Jeg glæder mig, siger ⟦{f1} {l1}⟧.",
        )
    return (
        lang,
        f"Ny vd för {co}\n⟦{f1} {l1}⟧ utses till vd och efterträder ⟦{f2} {l2}⟧. ⟦{l1}⟧ kommer närmast från {town(rng, lang)}. - Jag ser fram emot det, säger ⟦{f1} {l1}⟧.",
    )


def court_brief(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    (f1, l1), (_f2, l2) = _p(rng, lang), _p(rng, lang)
    if lang == "da":
        return (
            lang,
            f"Retten i {town(rng, lang)}: En {rng.randint(20, 70)}-årig mand blev i dag idømt {rng.randint(2, 18)} måneders fængsel for bedrageri. Anklager ⟦{f1} {l1}⟧ var tilfreds. Forsvarer ⟦{l2}⟧ vil tale med sin klient om anke.",
        )
    return (
        lang,
        f"{town(rng, lang)} tingsrätt: En {rng.randint(20, 70)}-årig man döms till fängelse i {rng.randint(2, 18)} månader för bedrägeri. Åklagaren ⟦{f1} {l1}⟧ är nöjd. Försvararen ⟦{l2}⟧ ska diskutera ett överklagande med sin klient.",
    )


def sport_result(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    a, b, c = _p(rng, lang, 0.2), _p(rng, lang, 0.2), _p(rng, lang)
    t1 = town(rng, lang)
    t2 = town(rng, lang)
    while t2 == t1:
        t2 = town(rng, lang)
    if lang == "da":
        return (
            lang,
            f"{t1} - {t2} {rng.randint(0, 4)}-{rng.randint(0, 4)}\nMål: ⟦{a[0]} {a[1]}⟧ ({rng.randint(2, 44)}.), ⟦{b[1]}⟧ ({rng.randint(46, 90)}.)\nKampens spiller: ⟦{a[0]} {a[1]}⟧\nDommer: ⟦{c[0]} {c[1]}⟧",
        )
    return (
        lang,
        f"{t1} - {t2} {rng.randint(0, 4)}-{rng.randint(0, 4)}\nMål: ⟦{a[0]} {a[1]}⟧ ({rng.randint(2, 44)}), ⟦{b[1]}⟧ ({rng.randint(46, 90)})\nMatchens lirare: ⟦{a[0]} {a[1]}⟧\nDomare: ⟦{c[0]} {c[1]}⟧",
    )


def mail_body(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    (f1, _l1), (f2, l2), (f3, l3) = _p(rng, lang), _p(rng, lang), _p(rng, lang)
    if lang == "da":
        return (
            lang,
            f"Hej ⟦{f1}⟧\n\nTak for mødet i går. Jeg har talt med ⟦{f3} {l3}⟧, og vi kan levere fra uge {rng.randint(2, 50)}. ⟦{f3}⟧ sender tilbuddet i morgen.\n\nVenlig hilsen\n⟦{f2} {l2}⟧\n{firm(rng, lang)}",
        )
    return (
        lang,
        f"Hej ⟦{f1}⟧!\n\nTack för mötet i går. Jag har pratat med ⟦{f3} {l3}⟧ och vi kan leverera från vecka {rng.randint(2, 50)}. ⟦{f3}⟧ skickar offerten i morgon.\n\nVänliga hälsningar\n⟦{f2} {l2}⟧\n{firm(rng, lang)}",
    )


def attendance(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    people = [_p(rng, lang) for _ in range(rng.randint(3, 6))]
    names = ", ".join(f"⟦{f} {last}⟧" for f, last in people)
    lead = people[0]
    if lang == "da":
        return (
            lang,
            f"Referat af møde {rng.randint(1, 28)}/{rng.randint(1, 12)}\nDeltagere: {names}\nReferent: ⟦{lead[0]}⟧\n1. ⟦{people[1][1]}⟧ orienterede om økonomien.",
        )
    return (
        lang,
        f"Minnesanteckningar {rng.randint(1, 28)}/{rng.randint(1, 12)}\nNärvarande: {names}\nSekreterare: ⟦{lead[0]}⟧\n§1 ⟦{people[1][1]}⟧ informerade om ekonomin.",
    )


def csv_export(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    sep = rng.choice([";", ",", "\t"])
    rows = []
    for _ in range(rng.randint(3, 6)):
        f, last = _p(rng, lang)
        mail = f"{_mailbox(f)}.{_mailbox(last)}@example.{'dk' if lang == 'da' else 'se'}"
        rows.append(sep.join([f"⟦{f}⟧", f"⟦{last}⟧", mail, town(rng, lang)]))
    head = sep.join(
        ["fornavn", "efternavn", "email", "by"] if lang == "da" else ["förnamn", "efternamn", "epost", "ort"]
    )
    return lang, head + "\n" + "\n".join(rows)


def vcard(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    f, last = _p(rng, lang)
    return (
        lang,
        f"BEGIN:VCARD\nVERSION:4.0\nN:⟦{last}⟧;⟦{f}⟧;;;\nFN:⟦{f} {last}⟧\nORG:{firm(rng, lang)}\nTITLE:{rng.choice(['Controller', 'Sælger', 'Projektleder'] if lang == 'da' else ['Controller', 'Säljare', 'Projektledare'])}\nEND:VCARD",
    )


def ical(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    (f1, l1), (f2, l2) = _p(rng, lang), _p(rng, lang)
    summary = "Budgetmøde" if lang == "da" else "Budgetmöte"
    return lang, (
        f"BEGIN:VEVENT\nSUMMARY:{summary}\nORGANIZER;CN=⟦{f1} {l1}⟧:mailto:{_mailbox(f1)}@example.org\n"
        f"ATTENDEE;CN=⟦{f2} {l2}⟧;ROLE=REQ-PARTICIPANT:mailto:{_mailbox(l2)}@example.org\nLOCATION:{street(rng, lang)}\nEND:VEVENT"
    )


def teams_chat(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    (f1, l1), (f2, l2), (f3, _l3) = _p(rng, lang), _p(rng, lang), _p(rng, lang)
    minute = rng.randint(10, 55)
    if lang == "da":
        return (
            lang,
            f"⟦{f1} {l1}⟧  09:{minute}\n@⟦{f2}⟧ kan du tage opkaldet fra {firm(rng, lang)}?\n⟦{f2} {l2}⟧  09:{minute + 4}\nja, men ⟦{f3}⟧ skal med",
        )
    return (
        lang,
        f"⟦{f1} {l1}⟧  09:{minute}\n@⟦{f2}⟧ kan du ta samtalet från {firm(rng, lang)}?\n⟦{f2} {l2}⟧  09:{minute + 4}\nja, men ⟦{f3}⟧ måste vara med",
    )


def birthdays(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    lines = []
    for _ in range(rng.randint(2, 4)):
        f, last = _p(rng, lang)
        age = rng.choice([50, 60, 70, 75, 80, 90])
        lines.append(
            f"{age} år: ⟦{f} {last}⟧, {town(rng, lang)}"
            + (", fejrer dagen med familien." if lang == "da" else ", firar med familjen.")
        )
    return lang, ("Mærkedage\n" if lang == "da" else "Högtidsdagar\n") + "\n".join(lines)


def roster(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    days = ["Man", "Tir", "Ons", "Tor", "Fre"] if lang == "da" else ["Mån", "Tis", "Ons", "Tor", "Fre"]
    lines = []
    for d in days[: rng.randint(3, 5)]:
        ps = [_p(rng, lang, 0.2)[0] for _ in range(rng.randint(1, 3))]
        lines.append(f"{d}: " + ", ".join(f"⟦{p}⟧" for p in ps))
    return lang, ("Vagtplan\n" if lang == "da" else "Schema\n") + "\n".join(lines)


def hr_letter(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    (f1, l1), (f2, l2) = _p(rng, lang), _p(rng, lang)
    if lang == "da":
        return (
            lang,
            f"{town(rng, lang)}, {rng.randint(1, 28)}. november 2026\n\nKære ⟦{f1} {l1}⟧\n\nHermed bekræftes din ansættelse som {rng.choice(['lagermedarbejder', 'bogholder', 'chauffør'])}. Din nærmeste leder er ⟦{f2} {l2}⟧.\n\nMed venlig hilsen\n⟦{_p(rng, lang)[0]} {_p(rng, lang)[1]}⟧, HR",
        )
    return (
        lang,
        f"{town(rng, lang)} {rng.randint(1, 28)} november 2026\n\nHej ⟦{f1} {l1}⟧!\n\nHärmed bekräftas din anställning som {rng.choice(['lagerarbetare', 'redovisningsekonom', 'chaufför'])}. Din närmaste chef är ⟦{f2} {l2}⟧.\n\nVänliga hälsningar\n⟦{_p(rng, lang)[0]} {_p(rng, lang)[1]}⟧, HR",
    )


def invoice_contact(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    (f1, l1), (f2, l2) = _p(rng, lang), _p(rng, lang)
    co = firm(rng, lang)
    if lang == "da":
        return (
            lang,
            f"Faktura {rng.randint(1000, 9999)}\nKunde: {co}\nAtt.: ⟦{f1} {l1}⟧\nVores ref.: ⟦{f2[0]}. {l2}⟧\nBetaling senest 14 dage netto.",
        )
    return (
        lang,
        f"Faktura {rng.randint(1000, 9999)}\nKund: {co}\nAtt: ⟦{f1} {l1}⟧\nVår ref: ⟦{f2[0]}. {l2}⟧\nBetalning inom 30 dagar.",
    )


def thanks_list(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    ps = [_p(rng, lang) for _ in range(rng.randint(3, 5))]
    fam = _p(rng, lang, 0)[1]
    names = ", ".join(f"⟦{f} {last}⟧" for f, last in ps)
    if lang == "da":
        return (
            lang,
            f"Tak til vores frivillige: {names}. En særlig tak til familien ⟦{fam}⟧ og til {firm(rng, lang)} for sponsoratet.",
        )
    return (
        lang,
        f"Tack till våra volontärer: {names}. Ett särskilt tack till familjen ⟦{fam}⟧ och till {firm(rng, lang)} för sponsringen.",
    )


def candidates(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    ps = [_p(rng, lang) for _ in range(rng.randint(3, 5))]
    jobs = (
        ["lærer", "landmand", "sygeplejerske", "elektriker", "studerende"]
        if lang == "da"
        else ["lärare", "lantbrukare", "sjuksköterska", "elektriker", "student"]
    )
    lines = [f"{i + 1}. ⟦{f} {last}⟧, {rng.choice(jobs)}, {town(rng, lang)}" for i, (f, last) in enumerate(ps)]
    head = "Kandidatliste til kommunalvalget" if lang == "da" else "Kandidater till kommunvalet"
    return lang, head + "\n" + "\n".join(lines)


def surname_first(rng: random.Random) -> tuple[str, str]:
    lang = _lang(rng)
    ps = [_p(rng, lang) for _ in range(rng.randint(3, 6))]
    upper = rng.random() < 0.5
    lines = []
    for f, last in ps:
        name = f"{last}, {f}"
        lines.append(f"⟦{name.upper() if upper else name}⟧  {rng.randint(100, 999)}")
    return lang, (
        "Medarbejdere (efternavn, fornavn)  lokalnr.\n"
        if lang == "da"
        else "Anställda (efternamn, förnamn)  anknytning\n"
    ) + "\n".join(lines)


FAMILIES: dict[str, Family] = {
    "gen-appointment": appointment,
    "gen-court": court_brief,
    "gen-sport": sport_result,
    "gen-mail": mail_body,
    "gen-attendance": attendance,
    "gen-csv": csv_export,
    "gen-vcard": vcard,
    "gen-ical": ical,
    "gen-teams": teams_chat,
    "gen-birthdays": birthdays,
    "gen-roster": roster,
    "gen-hrletter": hr_letter,
    "gen-invoice": invoice_contact,
    "gen-thanks": thanks_list,
    "gen-candidates": candidates,
    "gen-surname-first": surname_first,
}
