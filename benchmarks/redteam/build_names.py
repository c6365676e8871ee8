"""Build benchmarks/data/redteam/names.jsonl: Danish and Swedish text with every PERSON mention labelled.

    python benchmarks/redteam/build_names.py

Labelling rule: every mention of a natural person by name is one PERSON span - full names, first names
alone, surnames alone, initial + surname, names with middle names, particles ("af", "von") and hyphens. The
span is the name only: titles and roles ("direktør", "advokat", "Dr.") stay outside; a genitive -s is part
of the written word and stays inside ("Mette Hansens"), a genitive apostrophe stays outside ("Niels'"). Not PERSON: e-mail addresses, initials alone ("/JH"),
firms, foundations, brands and streets that carry a person's name ("Hansen & Krogh", "H.C. Andersens
Boulevard", "Georg Jensen"), places and words that are also names ("Lund" the town, "bo" the verb).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from benchmarks.redteam.common import (
    DA_CITIES,
    DA_FIRMS,
    DA_LAST,
    OTHER_NAMES,
    SV_CITIES,
    SV_FIRMS,
    SV_LAST,
    Doc,
    build_args,
    email_of,
    firm_domain,
    from_markup,
    write_jsonl,
)
from benchmarks.redteam.people import DA_FEMALE, DA_MALE, SV_FEMALE, SV_MALE

DA_MIDDLE = ["Kjær", "Holm", "Juul", "Bech", "Krogh", "Friis", "Lykke", "Vang", "Bøgh", "Stokholm"]
SV_PARTICLE_LAST = ["af Strömholm", "von Lindau", "af Ekenstam", "de Vahl"]
SV_NOBLE_OK = True


class Name:
    def __init__(self, first: str, last: str, middle: str = "") -> None:
        self.first, self.last, self.middle = first, last, middle

    def form(self, key: str) -> str:
        full = " ".join(x for x in (self.first, self.middle, self.last) if x)
        if key == "":
            return full
        if key == "f":
            return self.first
        if key == "l":
            return self.last
        if key == "i":
            return f"{self.first[0]}. {self.last}"
        if key == "s":  # first + last without the middle name
            return f"{self.first} {self.last}"
        raise KeyError(key)


def make_name(rng: random.Random, lang: str, gender: str = "") -> Name:
    if gender:
        pool = (DA_FEMALE if gender == "f" else DA_MALE) if lang == "da" else (SV_FEMALE if gender == "f" else SV_MALE)
        return Name(rng.choice(pool), rng.choice(DA_LAST if lang == "da" else SV_LAST))
    r = rng.random()
    if r < 0.07:
        first, last = rng.choice(OTHER_NAMES).split(" ", 1)
        return Name(first, last)
    if lang == "da":
        first = rng.choice(DA_FEMALE + DA_MALE)
        if rng.random() < 0.08:
            first = rng.choice(["Anne-Marie", "Karl-Erik", "Hans-Henrik", "Lise-Lotte", "Per-Ole", "Jens Christian"])
        middle = rng.choice(DA_MIDDLE) if rng.random() < 0.2 else ""
        return Name(first, rng.choice(DA_LAST), middle)
    first = rng.choice(SV_FEMALE + SV_MALE)
    if rng.random() < 0.08:
        first = rng.choice(["Anna-Karin", "Lars-Erik", "Karl-Johan", "Eva-Lena", "Per-Olof", "Ann-Sofie"])
    last = rng.choice(SV_PARTICLE_LAST) if rng.random() < 0.04 else rng.choice(SV_LAST)
    return Name(first, last)


SLOT = re.compile(r"\{(\d)([flis]?)(g?)\}|\{(firm|city|date|amount|street|mail1|mail2)\}")


def genitive(word: str) -> str:
    return word + "'" if word[-1] in "sxzSXZ" else word + "s"


def render(rng: random.Random, d: Doc, tpl: str, names: list[Name]) -> None:
    """Write a template; person slots {1}, {1f}, {1l}, {1i}, {1s}, genitive {1g}/{1fg}... become PERSON labels."""
    lang = d.lang
    pos = 0
    for m in SLOT.finditer(tpl):
        d.t(tpl[pos : m.start()])
        pos = m.end()
        if m.group(1):
            name = names[int(m.group(1)) - 1]
            text = name.form(m.group(2))
            if m.group(3):
                text = genitive(text)
            if text.endswith("'"):  # "Niels'": the apostrophe is punctuation, outside the span
                d.lab(text[:-1], "PERSON").t("'")
            else:
                d.lab(text, "PERSON")
            continue
        key = m.group(4)
        if key == "firm":
            d.t(rng.choice(DA_FIRMS if lang == "da" else SV_FIRMS))
        elif key == "city":
            d.t(rng.choice(DA_CITIES if lang == "da" else SV_CITIES)[1])
        elif key == "date":
            d.t(
                f"{rng.randint(1, 28)}. {rng.choice(['marts', 'april', 'maj', 'juni'])}"
                if lang == "da"
                else f"{rng.randint(1, 28)} {rng.choice(['mars', 'april', 'maj', 'juni'])}"
            )
        elif key == "amount":
            d.t(
                f"{rng.randint(2, 900)},{rng.randint(1, 9)} mio. kr."
                if lang == "da"
                else f"{rng.randint(2, 900)},{rng.randint(1, 9)} miljoner kronor"
            )
        elif key == "street":
            d.t(
                rng.choice(
                    [
                        "H.C. Andersens Boulevard",
                        "Niels Juels Gade",
                        "Peter Bangs Vej",
                        "Ole Rømers Gade",
                        "Kong Christians Allé",
                    ]
                )
                if lang == "da"
                else rng.choice(
                    [
                        "Birger Jarlsgatan",
                        "Karlavägen",
                        "Gustav Adolfs torg",
                        "Olof Palmes gata",
                        "Drottning Kristinas väg",
                    ]
                )
            )
        elif key in ("mail1", "mail2"):
            who = names[0 if key == "mail1" else 1]
            d.t(
                email_of(
                    f"{who.first} {who.last}",
                    firm_domain(rng.choice(DA_FIRMS if lang == "da" else SV_FIRMS), "dk" if lang == "da" else "se"),
                )
            )
    d.t(tpl[pos:])


# Business correspondence. Slots: {1}.. persons; forms f (first), l (last), i (initial), s (first+last); g genitive.
CORR_DA = [
    "Fra: {1} <{mail1}>\nTil: {2} <{mail2}>\nEmne: Møde om budget\n\nHej {2f}\n\nKan vi flytte mødet til {date}? {3} fra økonomi deltager også, og {3f} har lovet at tage tallene med.\n\nVenlig hilsen\n{1}\n{firm}",
    "Kære {1f}\n\nTak for i går. Som aftalt sender jeg udkastet til kontrakten. Advokat {2} har gennemgået den, og {2l} har ingen bemærkninger.\n\nMed venlig hilsen\n{3}\nPartner, {firm}",
    "Hej alle\n\nVi siger velkommen til {1}, der starter i bogholderiet på mandag. {1f} kommer fra {firm} og skal sidde ved siden af {2s}.\n\nMvh {3f}",
    "Referat af driftsmøde {date}\n\nTil stede: {1}, {2}, {3} (referent)\nAfbud: {4}\n\n1. {1f} orienterede om status på flytningen.\n2. {2l} tager kontakt til udlejer.\n3. Næste møde indkaldes af {3i}.",
    "Hej {1f},\n\njeg har talt med {2} fra {firm} i telefonen. {2f} bekræfter, at leverancen kommer {date}. Kan du give {3f} besked?\n\n/{4f}",
    "Att.: {1}\n\nVedr. jeres faktura\n\nVi har modtaget fakturaen, men beløbet stemmer ikke med tilbuddet fra {2} af {date}. Kontakt venligst undertegnede.\n\nVenlig hilsen\n{3}\nBogholder",
    "{1} har bedt mig svare på din mail, da {1f} er på ferie til og med uge 32. Spørgsmål om lønnen kan også rettes til {2}.\n\nHilsen\n{3}",
    "Godt nytår!\n\nEn særlig tak til {1} og {2} for indsatsen på {firm}-projektet. Uden {1fg} overblik og {2fg} tålmodighed var vi ikke kommet i mål.\n\n{3}\nAdm. direktør",
    "<2f>Hej {1f}\n\nKender du {2}? Hun er revisor i {city} og anbefalet af {3}. Måske kan {2l} hjælpe med årsregnskabet.\n\nKh {4f}",
    "Dagsorden til bestyrelsesmøde\n\nFormand: {1}\nNæstformand: {2}\nKasserer: {3}\n\nPunkt 1: Godkendelse af referat (v. {1l})\nPunkt 2: Regnskab (v. {3l})\nPunkt 3: Eventuelt",
    "Kære {1f} og {2f}\n\nTak for en hyggelig aften. Hils {3f} og børnene!\n\nKærlig hilsen\n{4f}",
    "Fra: {1} <{mail1}>\nEmne: SV: Nøgler\n\nHej {2f}, nøglerne ligger hos receptionen på {street}. Spørg efter {3}.\n\n{1f}",
    "Hej {1f}\n\nVil du sende kontrakten til {2} i {city}? Adressen står i CRM. Ring til {3i} hvis du mangler noget.\n\nTak\n{4s}",
    "Notat\n\nJeg har i dag talt med {1}, som bekræfter, at {2} overtager ansvaret for kunden. {1l} og {2l} holder overdragelsesmøde {date}.\n\n{3i}",
    "<2m>Hej {1f}!\n\nDet var {2} der ringede – {2f} vil gerne have et tilbud på 40 stole. Han bor på {street} i {city}.\n\n/{3f}",
]
CORR_SV = [
    "Från: {1} <{mail1}>\nTill: {2} <{mail2}>\nÄmne: Möte om budget\n\nHej {2f}!\n\nKan vi flytta mötet till {date}? {3} från ekonomi är också med, och {3f} har lovat att ta med siffrorna.\n\nMed vänlig hälsning\n{1}\n{firm}",
    "Hej {1f},\n\nTack för i går. Som vi sa skickar jag utkastet till avtalet. Advokat {2} har gått igenom det och {2l} har inga synpunkter.\n\nVänliga hälsningar\n{3}\nDelägare, {firm}",
    "Hej alla!\n\nVi hälsar {1} välkommen till ekonomiavdelningen på måndag. {1f} kommer från {firm} och ska sitta bredvid {2s}.\n\nHälsningar {3f}",
    "Protokoll från driftmöte {date}\n\nNärvarande: {1}, {2}, {3} (sekreterare)\nFrånvarande: {4}\n\n1. {1f} informerade om flytten.\n2. {2l} kontaktar hyresvärden.\n3. Nästa möte kallas av {3i}.",
    "Hej {1f},\n\njag har pratat med {2} på {firm}. {2f} bekräftar att leveransen kommer {date}. Kan du meddela {3f}?\n\n/{4f}",
    "Att: {1}\n\nAng. er faktura\n\nVi har tagit emot fakturan men beloppet stämmer inte med offerten från {2} daterad {date}. Kontakta undertecknad.\n\nMed vänlig hälsning\n{3}\nEkonomiansvarig",
    "{1} har bett mig svara på ditt mejl eftersom {1f} har semester till och med vecka 32. Frågor om lön kan också ställas till {2}.\n\nHälsningar\n{3}",
    "Gott nytt år!\n\nEtt särskilt tack till {1} och {2} för insatsen i {firm}-projektet. Utan {1fg} överblick och {2fg} tålamod hade vi inte nått målet.\n\n{3}\nVD",
    "<2f>Hej {1f}!\n\nKänner du {2}? Hon är revisor i {city} och rekommenderad av {3}. Kanske kan {2l} hjälpa till med bokslutet.\n\nKram {4f}",
    "Dagordning styrelsemöte\n\nOrdförande: {1}\nVice ordförande: {2}\nKassör: {3}\n\nPunkt 1: Föregående protokoll ({1l})\nPunkt 2: Ekonomi ({3l})\nPunkt 3: Övrigt",
    "Hej {1f} och {2f}!\n\nTack för en trevlig kväll. Hälsa {3f} och barnen!\n\nKram\n{4f}",
    "Från: {1} <{mail1}>\nÄmne: Sv: Nycklar\n\nHej {2f}, nycklarna finns i receptionen på {street}. Fråga efter {3}.\n\n{1f}",
    "Hej {1f}\n\nKan du skicka avtalet till {2} i {city}? Adressen finns i CRM. Ring {3i} om något saknas.\n\nTack\n{4s}",
    "Anteckning\n\nJag har i dag talat med {1}, som bekräftar att {2} tar över ansvaret för kunden. {1l} och {2l} har överlämningsmöte {date}.\n\n{3i}",
    "<2m>Hej {1f}!\n\nDet var {2} som ringde – {2f} vill ha en offert på 40 stolar. Han bor på {street} i {city}.\n\n/{3f}",
]
NEWS_DA = [
    '<1f>{firm} henter ny direktør\n\n{1} bliver ny administrerende direktør i {firm}. Hun afløser {2}, der går på pension efter 14 år. "Jeg glæder mig til at komme i gang," siger {1l}, der kommer fra en stilling som økonomidirektør i {city}.',
    "Byrådet i {city} har valgt {1} som ny borgmester efter {2}. {1l} fik 17 af 31 stemmer. Oppositionens kandidat, {3}, fik resten.",
    'Retten i {city} frifandt torsdag den 54-årige {1} i sagen om dokumentfalsk. Forsvarer {2} kalder dommen "helt rigtig". Anklager {3} vil overveje at anke.',
    "<3m>{1} vinder årets iværksætterpris\n\nPrisen blev overrakt af {2} ved en reception på {street}. {1s} stiftede virksomheden sammen med sin bror {3f} i 2019.",
    '{firm} kom ud af regnskabsåret med et overskud på {amount}. "Det er vi tilfredse med," siger finansdirektør {1} til avisen. Bestyrelsesformand {2} bekræfter, at der udbetales udbytte.',
    "Forfatteren {1} er aktuel med en ny roman om sin farmor, {2}, der drev købmandsbutik i {city} i 1950'erne. {1l} læser op på biblioteket {date}.",
    "Trafikulykke på motorvejen ved {city}: En 31-årig mand er kørt på sygehuset. Politiets vagtchef, {1}, oplyser, at vejen var spærret i to timer.",
    "Landsholdstræner {1} har udtaget {2} og {3} til kampene i næste uge. {2l} var skadet i foråret, men er nu klar igen, fortæller {1s}.",
    "Fonden bag Georg Jensen-museet har modtaget en donation. Det oplyser fondens direktør, {1}, til avisen. Pengene går til en ny udstilling kurateret af {2}.",
    "<1f>Lokale beboere på {street} har samlet 800 underskrifter mod det nye byggeri. Talsperson {1} siger, at hun har talt med rådmand {2} om sagen.",
]
NEWS_SV = [
    "<1f>{firm} rekryterar ny vd\n\n{1} blir ny vd för {firm}. Hon efterträder {2}, som går i pension efter 14 år. – Jag ser fram emot att börja, säger {1l}, som kommer närmast från en tjänst som ekonomichef i {city}.",
    "Kommunfullmäktige i {city} har valt {1} till nytt kommunalråd efter {2}. {1l} fick 33 av 61 röster. Oppositionens kandidat, {3}, fick resten.",
    'Tingsrätten i {city} friade på torsdagen den 54-årige {1} i målet om urkundsförfalskning. Försvarare {2} kallar domen "helt riktig". Åklagare {3} överväger att överklaga.',
    "<3m>{1} vinner årets entreprenörspris\n\nPriset delades ut av {2} vid en mottagning på {street}. {1s} grundade företaget tillsammans med sin bror {3f} 2019.",
    "{firm} redovisar ett överskott på {amount} för verksamhetsåret. – Det är vi nöjda med, säger finanschef {1} till tidningen. Styrelseordförande {2} bekräftar att utdelning betalas ut.",
    "Författaren {1} är aktuell med en ny roman om sin mormor, {2}, som drev lanthandel i {city} på 1950-talet. {1l} läser ur boken på biblioteket {date}.",
    "Trafikolycka på E4:an vid {city}: En 31-årig man har förts till sjukhus. Polisens presstalesperson, {1}, uppger att vägen var avstängd i två timmar.",
    "Förbundskapten {1} har tagit ut {2} och {3} till matcherna nästa vecka. {2l} var skadad i våras men är nu redo igen, berättar {1s}.",
    "Stiftelsen bakom Carl Larsson-gården har fått en donation. Det uppger stiftelsens direktör, {1}, till tidningen. Pengarna går till en ny utställning med {2} som curator.",
    "<1f>Boende på {street} har samlat in 800 namnunderskrifter mot nybygget. Talespersonen {1} säger att hon har pratat med kommunalrådet {2} om saken.",
]

# Hand-written: labels in [[...|PERSON]] markup; the rest (firms, streets, places, brands) is deliberately not PERSON.
HAND_WRITTEN: list[tuple[str, str]] = [
    (
        "da",
        "Hej [[Bo|PERSON]]\n\nVi bor stadig på Lund Allé, men flytter til Holm i Nordborg efter sommer. Skal vi ses hos Hansen & Krogh på fredag?\n\n[[Ulla|PERSON]]",
    ),
    ("da", "Ring til [[Per|PERSON]] i kundeservice – per mail går det for langsomt."),
    ("da", "Købt hos Georg Jensen på Amagertorv: sølvske til [[Karen Skov|PERSON]], 895 kr."),
    ("da", "Fra: kim.dahl@firma.dk\n\nHej [[Søren|PERSON]],\nkan du bede [[Dahl|PERSON]] om at godkende bilaget? /KD"),
    (
        "da",
        "Mødet holdes i H.C. Ørsted-salen. Oplæg ved [[Birgitte Friis Stokholm|PERSON]] og [[Ahmed Hassan|PERSON]].",
    ),
    ("da", "[[Mette Kjærgaards|PERSON]] bil holder i vejen for varelevering igen."),
    ("da", "Tillykke til [[Lise-Lotte|PERSON]] med de 25 år i Nordlys Revision ApS!"),
    (
        "da",
        "Jeg har vedlagt fuldmagt fra [[J. Bundgaard|PERSON]] og kopi af pas for [[Jens Christian Bundgaard|PERSON]] jr.",
    ),
    ("da", "Carlsberg Fondet og Novo Nordisk Fonden støtter projektet, som ledes af professor [[Ida Winther|PERSON]]."),
    ("da", "KUNDE: [[JESPER RAVN|PERSON]]\nADRESSE: Nørregade 4, 8000 Aarhus C"),
    (
        "sv",
        "Hej [[Per|PERSON]]!\n\nVi bor kvar i Lund men flyttar till Berg utanför Östersund efter sommaren. Ses vi hos Lindqvist & Berg på fredag?\n\n[[Maja|PERSON]]",
    ),
    ("sv", "Köpt på IKEA Kungens Kurva: bokhylla till [[Sara Lindgren|PERSON]], 1 295 kr."),
    (
        "sv",
        "Mötet hålls i Alfred Nobel-salen. Föredrag av [[Cecilia af Strömholm|PERSON]] och [[Dragan Petrović|PERSON]].",
    ),
    ("sv", "[[Anna-Karin Holmbergs|PERSON]] bil står i vägen för leveranserna igen."),
    ("sv", "Stort grattis till [[Lars-Erik|PERSON]] som fyller 60!"),
    ("sv", "Från: stig.nyberg@telia.com\n\nHej [[Olof|PERSON]], kan du be [[Nyberg|PERSON]] attestera underlaget? /SN"),
    ("sv", "Bifogat finns fullmakt från [[E. Wallin|PERSON]] och passkopia för [[Ebba Wallin|PERSON]]."),
    (
        "sv",
        "Wallenberg-stiftelserna och Kamprad Family Foundation finansierar projektet, som leds av professor [[Leila Haddad|PERSON]].",
    ),
    ("sv", "KUND: [[MATS-OLA LUNDIN|PERSON]]\nADRESS: Storgatan 4, 903 26 Umeå"),
    ("sv", "Vi åt på Max vid Gustav Adolfs torg innan vi träffade [[Frida|PERSON]] och [[Axel|PERSON]]."),
]


def template_names(rng: random.Random, lang: str, tpl: str) -> tuple[str, list[Name]]:
    """The template without its ``<1f,2m>`` gender marks, and four people with distinct first and last names."""
    genders: dict[int, str] = {}
    if tpl.startswith("<"):
        marks, _, tpl = tpl[1:].partition(">")
        genders = {int(m[0]) - 1: m[1] for m in marks.split(",")}
    names: list[Name] = []
    while len(names) < 4:
        n = make_name(rng, lang, genders.get(len(names), ""))
        if all(n.last != m.last and n.first != m.first for m in names):
            names.append(n)
    return tpl, names


def build(seed: int = 17, n_generated: int = 320) -> list[dict[str, object]]:
    rng = random.Random(seed)
    records: list[dict[str, object]] = []
    for i in range(n_generated):
        lang = "da" if i % 2 == 0 else "sv"
        news = rng.random() < 0.4
        pool = (NEWS_DA if lang == "da" else NEWS_SV) if news else (CORR_DA if lang == "da" else CORR_SV)
        d = Doc(lang)
        tpl, names = template_names(rng, lang, rng.choice(pool))
        render(rng, d, tpl, names)
        records.append(d.record(f"name-{i:04d}", family="news" if news else "correspondence"))
    for j, (lang, text) in enumerate(HAND_WRITTEN):
        records.append(from_markup(lang, text).record(f"name-hand-{j:03d}", family="hand_written"))
    return records


def main() -> None:
    seed, out = build_args("names.jsonl", 17)
    records = build(seed)
    write_jsonl(out, records)
    n = sum(len(r["labels"]) for r in records)  # type: ignore[arg-type]
    print(f"{len(records)} documents, {n} PERSON spans")


if __name__ == "__main__":
    main()
