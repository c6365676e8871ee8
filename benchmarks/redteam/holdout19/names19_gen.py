"""Generated documents of the v19 names hold-out: six layouts per language (a results list and a church notice
for ``news``, a mail with a table booking and a signature, and a property or estate listing for ``business``, a
lower-case SMS thread and a podcast transcript with speaker labels for ``mixed``), DRAWS draws each, from 16
invented people per language of Nordic, Ukrainian, Polish, Arab, Somali, Vietnamese, Tamil, Turkish and German
origin, with particles, hyphens and names that are also words (Sten, Siv, Storm, Vinter, Eng, Lo, Ek). Every
drawn name is a PERSON span wherever it stands (full, given name alone, family name alone, lower case, as a
speaker label, in a genitive); the same strings inside a shop's, a firm's or a street's name, in an e-mail
address and in initials are not."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import NamedTuple

from benchmarks.redteam.holdout10.cats10_markup import render

DRAWS = 4


class P(NamedTuple):
    full: str
    given: str
    family: str


PEOPLE: dict[str, list[P]] = {
    "da": [
        P("Mette Kjærgaard", "Mette", "Kjærgaard"),
        P("Lasse Bo Nielsen", "Lasse", "Nielsen"),
        P("Sten Ravn", "Sten", "Ravn"),
        P("Siv Damgaard", "Siv", "Damgaard"),
        P("Oksana Levchenko", "Oksana", "Levchenko"),
        P("Tomasz Grabowski", "Tomasz", "Grabowski"),
        P("Leila Haddad", "Leila", "Haddad"),
        P("Hodan Abdi Nur", "Hodan", "Nur"),
        P("Nguyen Van Toan", "Toan", "Nguyen"),
        P("Kavitha Ramanathan", "Kavitha", "Ramanathan"),
        P("Frederik von Holstein", "Frederik", "von Holstein"),
        P("Ida Storm-Hansen", "Ida", "Storm-Hansen"),
        P("Jens Peter Vinter", "Jens Peter", "Vinter"),
        P("Karoline Eng", "Karoline", "Eng"),
        P("Mustafa Aydın", "Mustafa", "Aydın"),
        P("Heike Brandt", "Heike", "Brandt"),
    ],
    "sv": [
        P("Mikael Lindholm", "Micke", "Lindholm"),
        P("Karl Berglund", "Kalle", "Berglund"),
        P("Siv Åström", "Siv", "Åström"),
        P("Sten Ek", "Sten", "Ek"),
        P("Oleh Marchenko", "Oleh", "Marchenko"),
        P("Agata Wróbel", "Agata", "Wróbel"),
        P("Rania Khalil", "Rania", "Khalil"),
        P("Ayaan Hassan Jama", "Ayaan", "Jama"),
        P("Tran Thi Thu", "Thu", "Tran"),
        P("Senthil Kumaran", "Senthil", "Kumaran"),
        P("Ebba von Essen", "Ebba", "von Essen"),
        P("Jonna Storm-Larsson", "Jonna", "Storm-Larsson"),
        P("Per-Anders Vinter", "Per-Anders", "Vinter"),
        P("Lo Hedberg", "Lo", "Hedberg"),
        P("Emre Kaya", "Emre", "Kaya"),
        P("Uwe Hoffmann", "Uwe", "Hoffmann"),
    ],
}
# Short forms a friend would write: Mikael -> Micke, Karl -> Kalle (the given field holds them).

_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "a", "ö": "o", "ó": "o", "ı": "i", "-": "", "é": "e"})


def n(name: str) -> str:
    """A PERSON span in markup."""
    return f"⟦{name}⟧"


def gen(name: str, lang: str) -> str:
    """A genitive: -s inside the span; after s, x or z the apostrophe (Danish) or nothing (Swedish), outside."""
    if name[-1] in "sxz":
        return n(name) + ("'" if lang == "da" else "")
    return n(name + "s")


def _addr(p: P, domain: str) -> str:
    return f"{p.given.split()[0].lower().translate(_ASCII)}.{p.family.split()[-1].lower().translate(_ASCII)}@{domain}"


def _initials(p: P) -> str:
    return "".join(w[0] for w in p.full.replace("-", " ").split()).upper()


def _results(rng: random.Random, lang: str, ps: list[P]) -> str:
    score = sorted((rng.randint(4, 11) for _ in ps), reverse=True)
    if lang == "da":
        club = f"{ps[0].family.split()[-1]}s Bordtennisklub"
        rows = "\n".join(
            f"{i}. {n(p.full)}, {club if i == 1 else 'Skovbakken'} – {s} v"
            for i, (p, s) in enumerate(zip(ps, score, strict=True), 1)
        )
        return (
            f"BORDTENNIS – Jyllandsmesterskaberne, senior A\n{rows}\n"
            f"Finalen: {n(ps[0].family)} – {n(ps[1].family)} 3-1 (11-8, 9-11, 11-6, 12-10).\n"
            f"{n(ps[0].given)} spiller til daglig i {club}, der er opkaldt efter klubbens stifter. "
            f"Stævneleder: {n(ps[4].full)}."
        )
    club = f"{ps[0].family.split()[-1]}s Pingisklubb"
    rows = "\n".join(
        f"{i}. {n(p.full)}, {club if i == 1 else 'Spårvägen'} – {s} v"
        for i, (p, s) in enumerate(zip(ps, score, strict=True), 1)
    )
    return (
        f"BORDTENNIS – Distriktsmästerskapen, herrar/damer elit\n{rows}\n"
        f"Final: {n(ps[0].family)}–{n(ps[1].family)} 3–1 (11–8, 9–11, 11–6, 12–10).\n"
        f"{n(ps[0].given)} tävlar för {club}, som bär grundarens namn. Tävlingsledare: {n(ps[4].full)}."
    )


def _church(rng: random.Random, lang: str, ps: list[P]) -> str:
    age = rng.randint(71, 98)
    if lang == "da":
        home = f"{ps[3].family.split()[-1]}s Minde"
        return (
            f"Kirkenyt, {rng.choice(['Hørning', 'Sejs', 'Brædstrup'])} Sogn\n"
            f"Døbt: {n(ps[0].full)}, faddere {n(ps[1].full)} og {n(ps[2].given)}.\n"
            f"Død: {n(ps[3].full)}, {age} år, plejehjemmet {home}. {gen(ps[3].given, lang)} bisættelse er fredag kl. 13.\n"
            f"Kirkekaffen søndag står {n(ps[4].given)} for – tak, {n(ps[4].given.lower())}! 🙂"
        )
    home = f"{ps[3].family.split()[-1]}gården"
    return (
        f"Församlingsnytt, {rng.choice(['Ljusdal', 'Järbo', 'Hamrånge'])}\n"
        f"Döpt: {n(ps[0].full)}, faddrar {n(ps[1].full)} och {n(ps[2].given)}.\n"
        f"Avliden: {n(ps[3].full)}, {age} år, äldreboendet {home}. {gen(ps[3].given, lang)} begravning är fredag kl. 13.\n"
        f"Kyrkkaffet på söndag ordnar {n(ps[4].given)} – tack {n(ps[4].given.lower())}! 🙂"
    )


def _booking(rng: random.Random, lang: str, ps: list[P]) -> str:
    guests = rng.randint(6, 24)
    domain = (
        rng.choice(["nordhavn-it.dk", "fynsbyg.dk"]) if lang == "da" else rng.choice(["vastkust-it.se", "norrbygg.se"])
    )
    if lang == "da":
        place = f"Café {ps[2].family.split()[-1]}"
        return (
            f"Hej {n(ps[1].given)}\n\nJeg har booket {place} til julefrokosten, {guests} kuverter. "
            f"{n(ps[2].given)} fra caféen skriver, at de gerne vil have antallet senest fredag. "
            f"{n(ps[3].full)} og {n(ps[4].given)} kommer senere.\n\n"
            f"Venlig hilsen\n{n(ps[0].full)}\nKontorchef\n{_addr(ps[0], domain)} | +45 {rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}\n"
            f"/{_initials(ps[0])}"
        )
    place = f"Restaurang {ps[2].family.split()[-1]}"
    return (
        f"Hej {n(ps[1].given)},\n\nJag har bokat {place} till julbordet, {guests} kuvert. "
        f"{n(ps[2].given)} på restaurangen vill ha antalet senast fredag. "
        f"{n(ps[3].full)} och {n(ps[4].given)} kommer senare.\n\n"
        f"Vänliga hälsningar\n{n(ps[0].full)}\nKontorschef\n{_addr(ps[0], domain)} | 070-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}\n"
        f"/{_initials(ps[0])}"
    )


def _listing(rng: random.Random, lang: str, ps: list[P]) -> str:
    price = rng.randint(18, 64) * 100_000
    no = rng.randint(2, 40)
    if lang == "da":
        street = f"{ps[4].family}s Allé"
        return (
            f"Dødsbo sælges: {street} {no}\n"
            f"Parcelhus fra 1968 sælges efter {n(ps[0].full)}. Kontantpris {price:,} kr.\n".replace(",", ".")
            + f"Fremvisning ved ejendomsmægler {n(ps[1].full)}. Bobestyrer: advokat {n(ps[2].full)}.\n"
            f"Arvingerne, {n(ps[3].given)} og {n(ps[4].full)}, ønsker hurtig overtagelse. Vejen er opkaldt efter "
            f"{gen(ps[4].family, lang)} oldefar."
        )
    street = f"{ps[4].family}s gata"
    return (
        f"Dödsbo till salu: {street} {no}\n"
        f"Villa från 1968 säljs efter {n(ps[0].full)}. Utgångspris {price:,} kr.\n".replace(",", " ")
        + f"Visning med mäklare {n(ps[1].full)}. Dödsbodelägare: {n(ps[3].given)} och {n(ps[4].full)}. "
        f"Boutredningsman: advokat {n(ps[2].full)}.\nGatan har fått namn efter {gen(ps[4].family, lang)} farfars far."
    )


def _sms(rng: random.Random, lang: str, ps: list[P]) -> str:
    t = rng.choice(["5", "17", "halv 6", "18.30"])
    g = [p.given.split()[0].lower() for p in ps]
    if lang == "da":
        shop = f"bager {ps[3].family.split()[-1].lower()}"
        return (
            f"{n(g[0])}: ses hos {n(g[1])} kl {t}?\n{n(g[1])}: ja kom bare. {n(g[2])} tager kage med fra {shop}\n"
            f"{n(g[2])}: haha ja, spørg lige {n(g[3])} om det passer\n{n(g[0])}: ok 👍 "
            f"og {gen(g[4], lang)} kæreste?\n{n(g[1])}: ved ikke, skriv til {n(g[4])}"
        )
    shop = f"konditori {ps[3].family.split()[-1].lower()}"
    return (
        f"{n(g[0])}: ses hos {n(g[1])} kl {t}?\n{n(g[1])}: ja kom. {n(g[2])} tar med fika från {shop}\n"
        f"{n(g[2])}: haha ja, fråga {n(g[3])} om det passar\n{n(g[0])}: ok 👍 "
        f"och {gen(g[4], lang)} kille?\n{n(g[1])}: vet inte, skriv till {n(g[4])}"
    )


def _podcast(rng: random.Random, lang: str, ps: list[P]) -> str:
    ep = rng.randint(3, 90)
    a, b = ps[0].given.split()[0], ps[1].given.split()[0]
    if lang == "da":
        return (
            f'Transskription, podcasten "Arbejdsliv", afsnit {ep}\n'
            f"{n(a.upper())}: Velkommen. Med mig i studiet er {n(ps[1].full)}.\n"
            f"{n(b.upper())}: Tak, {n(a)}. Jeg har jo arbejdet sammen med {n(ps[2].full)} i ti år.\n"
            f"{n(a.upper())}: Og {n(ps[2].family)} har netop fået {ps[3].family.split()[-1]}-prisen?\n"
            f"{n(b.upper())}: Ja, prisen er opkaldt efter {n(ps[3].full)}, der grundlagde fagforeningen.\n"
            f"{n(a.upper())}: Hilsen til {n(ps[4].given)}, der klipper afsnittet."
        )
    return (
        f'Transkribering, podden "Arbetsliv", avsnitt {ep}\n'
        f"{n(a.upper())}: Välkomna. Med mig i studion sitter {n(ps[1].full)}.\n"
        f"{n(b.upper())}: Tack, {n(a)}. Jag har ju jobbat med {n(ps[2].full)} i tio år.\n"
        f"{n(a.upper())}: Och {n(ps[2].family)} har just fått {ps[3].family.split()[-1]}priset?\n"
        f"{n(b.upper())}: Ja, priset är uppkallat efter {n(ps[3].full)}, som grundade facket.\n"
        f"{n(a.upper())}: Hälsningar till {n(ps[4].given)}, som klipper avsnittet."
    )


Layout = Callable[[random.Random, str, list[P]], str]
LAYOUTS: tuple[tuple[str, str, Layout], ...] = (
    ("gen-results", "news", _results),
    ("gen-church", "news", _church),
    ("gen-booking", "business", _booking),
    ("gen-listing", "business", _listing),
    ("gen-sms", "mixed", _sms),
    ("gen-podcast", "mixed", _podcast),
)


def generate(rng: random.Random) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for lang in ("da", "sv"):
        for family, genre, layout in LAYOUTS:
            for _ in range(DRAWS):
                ps = rng.sample(PEOPLE[lang], 5)
                text, labels = render(layout(rng, lang, ps))
                docs.append(
                    {"lang": lang, "text": text, "labels": labels, "family": f"{family}-{lang}", "genre": genre}
                )
    return docs
