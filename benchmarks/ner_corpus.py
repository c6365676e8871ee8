"""Generated Danish/Swedish evaluation text for the name recognizers, with gold PERSON spans.

Kept apart from the recognizer on purpose: its sentence templates and the extra name vocabulary
below are written for evaluation only, and every template list is split into a dev half (even
positions, used while tuning) and a test half (odd positions, reported). Names come from three
pools: names the recognizer knows, names held out from its lists (``held_out``), and rare/immigrant
names it has never seen.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from typing import Any

EXTRA_FIRST = [
    "Mohammad",
    "Fatima",
    "Ahmad",
    "Aisha",
    "Yusuf",
    "Amina",
    "Omar",
    "Leyla",
    "Hamid",
    "Nour",
    "Tariq",
    "Samira",
    "Dariusz",
    "Agnieszka",
    "Tomasz",
    "Nguyen",
    "Thi",
    "Duc",
    "Aleksandr",
    "Svetlana",
    "Kwame",
    "Abdi",
    "Hodan",
    "Farhan",
    "Jovana",
    "Dragan",
    "Mirela",
    "Goran",
    "Ilir",
    "Arben",
    "Parisa",
    "Reza",
    "Shirin",
    "Ravi",
    "Priya",
    "Chen",
    "Wei",
    "Siosaia",
    "Birk",
    "Eskild",
    "Gorm",
    "Thyra",
    "Ingrith",
    "Solvej",
    "Tyra",
    "Vidar",
    "Egil",
    "Ragnvald",
]
EXTRA_LAST = [
    "Rahimi",
    "Hosseini",
    "Al-Hassan",
    "Abdullahi",
    "Kowalczyk",
    "Wiśniewski",
    "Nowak",
    "Tran",
    "Pham",
    "Ivanova",
    "Petrović",
    "Hodžić",
    "Yilmaz",
    "Demir",
    "Çelik",
    "Osman",
    "Farah",
    "Mensah",
    "Sharma",
    "Zhang",
    "Mortazavi",
    "Karimi",
    "Haddad",
    "Kaya",
    "Begić",
    "Krasniqi",
    "Bæk",
    "Skjoldager",
    "Lykkegaard",
    "Tøttrup",
    "Wennerholm",
    "Fjällström",
    "Uggla",
    "Trolle",
    "Gyllenhammar",
    "Ehrensvärd",
]
PARTICLES = ["von", "af", "de"]


def faker_names() -> dict[str, tuple[list[str], list[str]]]:
    """First names and surnames per language from Faker, the same source the shipped lists come from."""
    import importlib

    out: dict[str, tuple[list[str], list[str]]] = {}
    for lang, locale in (("da", "da_DK"), ("sv", "sv_SE")):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        first = sorted({str(n) for n in provider.first_names})
        last = sorted({str(n) for n in provider.last_names})
        out[lang] = (first, last)
    return out


def held_out(names: list[str], share: float = 0.25) -> set[str]:
    """A stable pseudo-random share of ``names`` hidden from the recognizer."""
    return {n for n in names if int(hashlib.sha256(n.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < share}


@dataclass
class Doc:
    text: str = ""
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def add(self, s: str) -> None:
        self.text += s

    def person(self, s: str) -> None:
        self.spans.append((len(self.text), len(self.text) + len(s), "PERSON"))
        self.text += s


class Names:
    def __init__(self, rng: random.Random, first: list[str], last: list[str]) -> None:
        self.rng, self.first, self.last = rng, first, last

    def given(self) -> str:
        r = self.rng.random()
        if r < 0.2:
            return self.rng.choice(EXTRA_FIRST)
        if r < 0.3:
            return f"{self.rng.choice(self.first)}-{self.rng.choice(self.first)}"
        return self.rng.choice(self.first)

    def family(self) -> str:
        r = self.rng.random()
        if r < 0.2:
            return self.rng.choice(EXTRA_LAST)
        if r < 0.3:
            return f"{self.rng.choice(self.last)}-{self.rng.choice(self.last)}"
        if r < 0.37:
            return f"{self.rng.choice(PARTICLES)} {self.rng.choice(self.last)}"
        return self.rng.choice(self.last)

    def full(self) -> tuple[str, str]:
        family = self.family()
        given = self.given()
        if self.rng.random() < 0.15:
            given += " " + self.given()
        return f"{given} {family}", family


# --- templates: {P} full name, {F} first name, {L} last name mentioned alone, {X} a negative -------
DA_BODY = [
    "Jeg har talt med {P}, og hun sender kontrakten i morgen.",
    "Som aftalt med {P} flytter vi mødet til torsdag.",
    "{P} fra økonomiafdelingen har godkendt fakturaen.",
    "Kan du give {F} besked om det nye lokale?",
    "Vi mødes hos {X} kl. 10.",
    "Per capita er omkostningerne steget med 4 %.",
    "Leverancen fra {X} er forsinket.",
    "Dag for dag nærmer vi os deadline.",
    "Vores nye kontor ligger på {X}.",
    "{F} og jeg har gennemgået budgettet.",
    "Sagen behandles af {P} i næste uge.",
    "Frokosten bliver på {X}, som sidst.",
    "Husk at {P} skal have kopi af referatet.",
    "Per mail har vi modtaget tilbuddet fra {X}.",
    "Jeg vedhæfter oplægget som {F} bad om.",
    "Mark af i kalenderen, at vi holder lukket fredag.",
]
SV_BODY = [
    "Jag har pratat med {P} och hon skickar avtalet i morgon.",
    "Enligt överenskommelse med {P} flyttar vi mötet till torsdag.",
    "{P} på ekonomiavdelningen har godkänt fakturan.",
    "Kan du meddela {F} om den nya lokalen?",
    "Vi ses hos {X} klockan 10.",
    "Per capita har kostnaderna ökat med 4 procent.",
    "Leveransen från {X} är försenad.",
    "Dag för dag närmar vi oss deadline.",
    "Vårt nya kontor ligger på {X}.",
    "{F} och jag har gått igenom budgeten.",
    "Ärendet handläggs av {P} nästa vecka.",
    "Lunchen blir på {X} som förra gången.",
    "Kom ihåg att {P} ska ha en kopia av protokollet.",
    "Per post har vi fått offerten från {X}.",
    "Jag bifogar underlaget som {F} bad om.",
    "Sten och grus levereras till bygget på måndag.",
]
DA_NEWS = [
    "{R} {P} siger, at forslaget ikke er godt nok.",
    "Ifølge {P} vil {O} skære 200 stillinger.",
    "{L} afviser kritikken og kalder den urimelig.",
    "Det oplyser {P} til {M}.",
    "{P} ({A}) fra {C} blev i går kåret som årets ildsjæl.",
    "Mødet mellem {P} og {P} endte uden aftale.",
    "{L} sagde i går, at {O} vil investere i {C}.",
    "På {X} samledes flere hundrede mennesker.",
    "Kritikken kommer fra {R} {P}.",
    "{O} har ansat {P} som ny direktør.",
    "Aftalen blev underskrevet på {X} i {C}.",
    "Prisen går i år til {P}, der bor i {C}.",
    "Per person koster billetten 250 kroner.",
    '"Vi er meget tilfredse," siger {L}.',
]
SV_NEWS = [
    "{R} {P} säger att förslaget inte är tillräckligt.",
    "Enligt {P} ska {O} dra ned på 200 tjänster.",
    "{L} avfärdar kritiken och kallar den orimlig.",
    "Det uppger {P} för {M}.",
    "{P} ({A}) från {C} utsågs i går till årets eldsjäl.",
    "Mötet mellan {P} och {P} slutade utan avtal.",
    "{L} sade i går att {O} ska investera i {C}.",
    "På {X} samlades flera hundra personer.",
    "Kritiken kommer från {R} {P}.",
    "{O} har anställt {P} som ny vd.",
    "Avtalet skrevs under på {X} i {C}.",
    "Priset går i år till {P}, som bor i {C}.",
    "Per person kostar biljetten 250 kronor.",
    '"Vi är mycket nöjda", säger {L}.',
]
LANG: dict[str, dict[str, Any]] = {
    "da": dict(
        body=DA_BODY,
        news=DA_NEWS,
        agree=[" er enig. ", " kommenterer sagen. ", " har set tallene. "],
        hello=["Kære {F},", "Hej {F},", "Hej {F}", "Kære {P}", "Hej alle,", "Goddag,"],
        bye=["Med venlig hilsen", "Venlig hilsen", "Mvh.", "De bedste hilsner", "Venlige hilsner"],
        head=(("Fra", "Til", "Cc", "Emne"), ("From", "To", "Cc", "Subject")),
        subject=["Møde om budget", "Faktura", "Referat", "Ny medarbejder", "Opfølgning"],
        form=[
            "Navn: {P}\nAdresse: {X}\nTelefon: 12 34 56 78",
            "Ansøger: {P}\nStilling: Bogholder",
            "Kontaktperson: {P}\nFirma: {O}",
        ],
        roles=["statsminister", "borgmester", "direktør", "professor", "formand", "landstræner", "overlæge"],
        media=["DR Nyheder", "Politiken", "TV 2", "Ritzau", "Berlingske"],
        cities=["Aarhus", "Odense", "Aalborg", "Esbjerg", "Vejle", "Frederiksberg", "Roskilde", "Herning"],
        orgs=["Novo Nordisk", "Danske Bank", "Region Hovedstaden", "Folketinget", "Carlsberg", "Vestas"],
        titles=["Bogholder", "Økonomichef", "HR-partner", "Advokat", "Projektleder"],
        streets=[
            "H.C. Andersens Boulevard {n}",
            "{L}s Vej {n}",
            "{F} {L}s Gade {n}",
            "Niels Juels Gade {n}",
            "{F} {L}s Plads",
            "Dronning Louises Bro",
            "{L}sgade {n}",
            "Kong Hans' Vej {n}",
        ],
        firms=[
            "{F} {L} Group",
            "{L}s Bøfhus",
            "{L} & Søn ApS",
            "{L} Holding A/S",
            "{F} {L} Fonden",
            "Lars Larsen Group",
            "{L}s Tømrerfirma",
            "{F} {L} Consult ApS",
            "{L}s Bageri",
        ],
    ),
    "sv": dict(
        body=SV_BODY,
        news=SV_NEWS,
        agree=[" håller med. ", " kommenterar saken. ", " har sett siffrorna. "],
        hello=["Hej {F},", "Bästa {F},", "Hej {F}!", "Hej {P},", "Hej alla,", "Hej!"],
        bye=["Med vänliga hälsningar", "Vänliga hälsningar", "Mvh", "Hälsningar", "Vänlig hälsning"],
        head=(("Från", "Till", "Kopia", "Ämne"), ("From", "To", "Cc", "Subject")),
        subject=["Möte om budget", "Faktura", "Protokoll", "Ny medarbetare", "Uppföljning"],
        form=[
            "Namn: {P}\nAdress: {X}\nTelefon: 070-123 45 67",
            "Sökande: {P}\nTjänst: Redovisningsekonom",
            "Kontaktperson: {P}\nFöretag: {O}",
        ],
        roles=["statsminister", "kommunalråd", "vd", "professor", "ordförande", "förbundskapten", "överläkare"],
        media=["SVT Nyheter", "Dagens Nyheter", "TT", "Sveriges Radio", "Aftonbladet"],
        cities=["Göteborg", "Malmö", "Uppsala", "Umeå", "Västerås", "Örebro", "Linköping", "Lund"],
        orgs=["Volvo", "Ericsson", "Region Skåne", "Riksdagen", "Handelsbanken", "Vattenfall"],
        titles=["Redovisningsekonom", "Ekonomichef", "HR-partner", "Advokat", "Projektledare"],
        streets=[
            "Gustav Adolfs torg {n}",
            "{L}s väg {n}",
            "{F} {L}s gata {n}",
            "Drottninggatan {n}",
            "{L}sgatan {n}",
            "Karl Johans torg",
            "{F} {L}s plats",
            "Birger Jarlsgatan {n}",
        ],
        firms=[
            "{F} {L} Group",
            "{L}s Bageri AB",
            "{L} & Söner AB",
            "{L} Holding AB",
            "{F} {L} Stiftelsen",
            "Lars Larsen Group",
            "{L}s Bygg AB",
            "{F} {L} Consulting AB",
            "{L}s Konditori",
        ],
    ),
}


def _split(items: list[str], split: str) -> list[str]:
    return items[0::2] if split == "dev" else items[1::2]


class Generator:
    def __init__(self, lang: str, split: str, first: list[str], last: list[str], seed: int = 1) -> None:
        self.rng = random.Random(f"{lang}-{split}-{seed}")
        self.spec = LANG[lang]
        self.split = split
        self.names = Names(self.rng, first, last)

    def pick(self, key: str) -> str:
        return self.rng.choice(_split(self.spec[key], self.split))

    def fill(self, doc: Doc, template: str) -> None:
        """Append ``template`` with its slots filled, recording gold spans for person slots."""
        i = 0
        while i < len(template):
            j = template.find("{", i)
            if j < 0:
                doc.add(template[i:])
                break
            doc.add(template[i:j])
            k = template.index("}", j)
            self._slot(doc, template[j + 1 : k])
            i = k + 1

    def _slot(self, doc: Doc, slot: str) -> None:
        rng, spec = self.rng, self.spec
        if slot == "P":
            doc.person(self.names.full()[0])
        elif slot == "F":
            doc.person(self.names.given())
        elif slot == "L":
            # A lone surname refers to someone named in full just before (news style).
            full, family = self.names.full()
            doc.person(full)
            doc.add(self.rng.choice(self.spec["agree"]))
            doc.person(family)
        elif slot == "X":
            template = rng.choice(spec["streets"] + spec["firms"])
            doc.add(template.format(F=self.names.given(), L=rng.choice(self.names.last), n=rng.randint(1, 99)))
        elif slot == "R":
            doc.add(rng.choice(spec["roles"]))
        elif slot == "O":
            doc.add(rng.choice(spec["orgs"]))
        elif slot == "M":
            doc.add(rng.choice(spec["media"]))
        elif slot == "C":
            doc.add(rng.choice(spec["cities"]))
        elif slot == "A":
            doc.add(str(rng.randint(19, 80)))
        elif slot == "n":
            doc.add(str(rng.randint(1, 99)))

    def _address(self, doc: Doc) -> None:
        full = self.names.full()[0]
        doc.person(full)
        user = full.split()[0].casefold()
        doc.add(f" <{user}@{self.rng.choice(['firma.dk', 'bolag.se', 'gmail.com', 'example.org'])}>")

    def business(self) -> Doc:
        doc, rng = Doc(), self.rng
        labels = rng.choice(self.spec["head"])
        doc.add(f"{labels[0]}: ")
        self._address(doc)
        doc.add(f"\n{labels[1]}: ")
        for n in range(rng.randint(1, 2)):
            if n:
                doc.add(", ")
            self._address(doc)
        if rng.random() < 0.5:
            doc.add(f"\n{labels[2]}: ")
            self._address(doc)
        doc.add(f"\n{labels[3]}: {rng.choice(self.spec['subject'])}\n\n")
        self.fill(doc, self.pick("hello"))
        doc.add("\n\n")
        for _ in range(rng.randint(2, 5)):
            self.fill(doc, self.pick("body"))
            doc.add(" " if rng.random() < 0.6 else "\n")
        if rng.random() < 0.4:
            doc.add("\n\n")
            self.fill(doc, rng.choice(self.spec["form"]))
        doc.add("\n\n" + self.pick("bye") + "\n")
        doc.person(self.names.full()[0])
        doc.add(f"\n{rng.choice(self.spec['titles'])}\n")
        return doc

    def news(self) -> Doc:
        doc = Doc()
        for _ in range(self.rng.randint(4, 8)):
            self.fill(doc, self.pick("news"))
            doc.add(" " if self.rng.random() < 0.7 else "\n\n")
        return doc


# --- a fresh held-out set ---------------------------------------------------------------------
# Written after the recognizer was tuned on the dev half above and never used for tuning: other
# sentence shapes, other negatives, other rare names. Run with ``bench_ner.py --split fresh``.
FRESH_FIRST = [
    "Kwame",
    "Anja",
    "Mirza",
    "Ewa",
    "Tuomas",
    "Agnieszka",
    "Rashid",
    "Yasmin",
    "Kenji",
    "Oluwaseun",
    "Bashir",
    "Teodora",
    "Aleksi",
    "Ingvild",
    "Halima",
    "Bogdan",
    "Selin",
    "Arvid",
    "Nadia",
    "Wojciech",
]
FRESH_LAST = [
    "Mensah-Lund",
    "Kowalczyk",
    "Virtanen",
    "Öztürk",
    "Nakamura",
    "Adeyemi",
    "Rasmussen",
    "Bjørnskov",
    "Hedlund",
    "Karlqvist",
    "Haapala",
    "Dimitrov",
    "Ibrahimović",
    "Krogh",
    "Falkenberg",
    "Winther",
]
FRESH: dict[str, dict[str, list[str]]] = {
    "da": dict(
        body=[
            "Bestyrelsen har bedt {P} om at udarbejde et notat.",
            "Tillidsrepræsentant {P} deltog også i mødet.",
            "Klienten {P} har indsendt dokumentationen.",
            "Tak for hjælpen med regnskabet, {F}.",
            "Vi har modtaget {G} kvitteringer for marts.",
            "Ny procedure for rejseafregning træder i kraft 1. maj.",
            "Mødet holdes i Aarhus, hvor {P} viser de nye tal.",
            "Paris er valgt som sted for konferencen.",
            "Jeg sender referatet til {F} i eftermiddag.",
            "Spørgsmål om lønnen rettes til sagsbehandler {P}.",
            "August er travl, så planlæg ferien i god tid.",
            "Ifølge {P} mangler der to bilag.",
        ],
        news=[
            "Landsholdet blev i aftes reddet af en scoring fra {P}.",
            "{P} ({A}) er ny formand for {O}.",
            "Borgmester {P} vil ikke kommentere sagen.",
            "Bag forslaget står {P} og {P}.",
            "Det bekræfter {P} over for {M}.",
            "{L} understreger, at beslutningen er endelig.",
            "Juni blev den vådeste måned i {C} i 20 år.",
            "Ny rapport fra {O} vækker opsigt.",
            "I retten forklarede {P}, at pengene var lånt.",
            "Advokat {P} kalder dommen forkert.",
        ],
        sign=["Med venlig hilsen / {P}", "Venlig hilsen\n{P}", "{I}/{P}", "Mvh. {P}"],
        form=["KUNDE: {U}", "Navn: {P}\nCPR: 010101-0000", "FAKTURA NR. 4471\nKONTAKT: {U}"],
    ),
    "sv": dict(
        body=[
            "Styrelsen har bett {P} att ta fram ett underlag.",
            "Handläggare {P} återkommer med besked.",
            "Klienten {P} har skickat in sina papper.",
            "Tack för hjälpen med bokslutet, {F}.",
            "Här är {G} fullmakt i original.",
            "Nya rutiner för reseräkningar gäller från 1 maj.",
            "Mötet hålls i Uppsala, där {P} visar siffrorna.",
            "London är valt som plats för konferensen.",
            "Jag skickar protokollet till {F} i eftermiddag.",
            "Frågor om lönen besvaras av {P} på HR.",
            "Juli är semestertid, så planera i god tid.",
            "Enligt {P} saknas två bilagor.",
        ],
        news=[
            "Landslaget räddades i går av ett mål av {P}.",
            "{P} ({A}) blir ny ordförande för {O}.",
            "Kommunalrådet {P} vill inte kommentera saken.",
            "Bakom förslaget står {P} och {P}.",
            "Det bekräftar {P} för {M}.",
            "{L} understryker att beslutet är slutgiltigt.",
            "Maj blev den blötaste månaden i {C} på 20 år.",
            "Ny rapport från {O} väcker uppmärksamhet.",
            "I rätten förklarade {P} att pengarna var lånade.",
            "Advokaten {P} kallar domen felaktig.",
        ],
        sign=["Med vänliga hälsningar / {P}", "Vänliga hälsningar\n{P}", "{I}/{P}", "Mvh {P}"],
        form=["NAMN: {U}", "Namn: {P}\nPersonnummer: 19010101-0000", "FAKTURA NR 4471\nKUND: {U}"],
    ),
}


class FreshGenerator(Generator):
    """Documents from the fresh templates; a third of the names come from FRESH_FIRST/FRESH_LAST."""

    def __init__(self, lang: str, first: list[str], last: list[str], seed: int = 7) -> None:
        super().__init__(lang, "test", first, last, seed)
        self.rng = random.Random(f"{lang}-fresh-{seed}")
        self.names = Names(self.rng, first, last)
        self.fresh = FRESH[lang]

    def _person(self) -> tuple[str, str]:
        if self.rng.random() < 0.33:
            family = self.rng.choice(FRESH_LAST)
            return f"{self.rng.choice(FRESH_FIRST)} {family}", family
        return self.names.full()

    def _slot(self, doc: Doc, slot: str) -> None:
        if slot == "P":
            doc.person(self._person()[0])
        elif slot == "F":
            doc.person(self.rng.choice(FRESH_FIRST) if self.rng.random() < 0.33 else self.names.given())
        elif slot == "G":  # genitive: the span covers the whole word
            doc.person(self._person()[0] + "s")
        elif slot == "U":  # a name in capitals
            doc.person(self._person()[0].upper())
        elif slot == "I":
            doc.add(self.rng.choice(["JH", "MK", "ab", "LS"]))
        elif slot == "L":
            full, family = self._person()
            doc.person(full)
            doc.add(" har kommenteret sagen. " if self.rng.random() < 0.5 else " udtaler sig. ")
            doc.person(family)
        else:
            super()._slot(doc, slot)

    def business(self) -> Doc:
        doc = Doc()
        for _ in range(self.rng.randint(3, 6)):
            self.fill(doc, self.rng.choice(self.fresh["body"]))
            doc.add(" " if self.rng.random() < 0.6 else "\n")
        if self.rng.random() < 0.5:
            doc.add("\n")
            self.fill(doc, self.rng.choice(self.fresh["form"]))
            doc.add("\n")
        doc.add("\n")
        self.fill(doc, self.rng.choice(self.fresh["sign"]))
        doc.add("\n")
        return doc

    def news(self) -> Doc:
        doc = Doc()
        for _ in range(self.rng.randint(4, 8)):
            self.fill(doc, self.rng.choice(self.fresh["news"]))
            doc.add(" " if self.rng.random() < 0.7 else "\n\n")
        return doc


# --- a blind split ----------------------------------------------------------------------------
# Written in session 3 before looking at any error of the recognizer on it, scored once first
# (``bench_ner.py --split blind``): minutes, task lists, forwarded mail, "Efternavn, Fornavn",
# attention lines, phone lists; news with court reports, obituaries, sport, quotes and name lists;
# unknown first name + surname at the start of a sentence; streets and firms named with everyday
# words next to names.
BLIND_FIRST = [
    "Zainab",
    "Ebbe",
    "Malte",
    "Liva",
    "Idun",
    "Kasimir",
    "Nomvula",
    "Ferhat",
    "Jaroslav",
    "Signe-Lill",
    "Tindra",
    "Vilgot",
    "Assia",
    "Oskari",
    "Dusan",
    "Marit",
]
BLIND_LAST = [
    "Qureshi",
    "Brøndum",
    "Fagerlund",
    "Østergaard-Kim",
    "Lindholt",
    "Sandqvist",
    "Mwangi",
    "Halvorsen",
    "Kuznetsov",
    "Tjäder",
    "Rosenkvist",
    "Bakkegaard",
    "Nordahl",
    "Ekström",
    "Zielinski",
    "Hvidberg",
]
BLIND: dict[str, dict[str, list[str]]] = {
    "da": dict(
        body=[
            "Til stede: {P}, {P} og {P}.",
            "Afbud: {P}.\n",
            "Ansvarlig: {P} (frist fredag).",
            "Att.: {P}\n",
            "{Q} tiltræder stillingen som controller 1. marts.",
            "Regningen sendes til {B} v/ {P}, {S}.",
            "Kontakt {P}, tlf. 22 33 44 55, hvis der er spørgsmål.",
            "Deltagerliste: {Z}; {Z}.",
            "Beklager det sene svar - {F} har været syg.",
            "Mødet afholdes i kantinen på {S}.",
            "Vedrørende sagen om {P}: dokumenterne er modtaget.",
            "Skov og Have A/S har sendt en ny pris.",
            "Kopi til {F} og {F}.",
            "Referent: {P}\n",
        ],
        news=[
            "{Q} blev i går idømt fire måneders fængsel.",
            "Anklager {P} krævede en længere straf.",
            "{P} er død, 84 år gammel.",
            "Målet blev scoret af {P} i det 78. minut.",
            '"Det er en stor dag for byen," siger {P}.',
            "Blandt de nyvalgte er {P}, {P} og {P}.",
            "{Q} fra {C} vandt løbet foran {P}.",
            "Forsvarer {P} vil anke dommen.",
            "{L} erkender, at det gik for stærkt.",
            "Kulturprisen gik til forfatteren {P}.",
            "Vejdirektoratet lukker broen i weekenden.",
            "Efter mødet på {S} udtalte {P}, at sagen var lukket.",
        ],
        forward=["---------- Videresendt besked ----------\nFra: {A}\nDato: 3. juni\nTil: {A}"],
        sign=["Med venlig hilsen\n\n{P}\n{T}", "Venlig hilsen\n{Z}", "/{P}", "Bedste hilsner\n{F}"],
        titles=["Bogholder", "Regnskabschef", "Partner", "Advokatsekretær"],
        streets=["Skovvej {n}", "Strandvejen {n}", "Kirkestræde {n}", "Havnegade {n}", "Møllebakken {n}"],
        firms=["Hvidberg & Co.", "Brøndum Revision ApS", "Lindholt Transport A/S", "Nordahl Consult"],
    ),
    "sv": dict(
        body=[
            "Närvarande: {P}, {P} och {P}.",
            "Förhinder: {P}.\n",
            "Ansvarig: {P} (senast fredag).",
            "Att: {P}\n",
            "{Q} börjar som controller den 1 mars.",
            "Fakturan skickas till {B} c/o {P}, {S}.",
            "Kontakta {P}, tel. 070-234 56 78, om du har frågor.",
            "Deltagare: {Z}; {Z}.",
            "Ursäkta det sena svaret - {F} har varit sjuk.",
            "Mötet hålls i personalrummet på {S}.",
            "Angående ärendet om {P}: handlingarna har kommit in.",
            "Skog och Trädgård AB har skickat ett nytt pris.",
            "Kopia till {F} och {F}.",
            "Sekreterare: {P}\n",
        ],
        news=[
            "{Q} dömdes i går till fyra månaders fängelse.",
            "Åklagare {P} yrkade på ett längre straff.",
            "{P} har avlidit, 84 år gammal.",
            "Målet gjordes av {P} i den 78:e minuten.",
            '"Det är en stor dag för staden", säger {P}.',
            "Bland de nyvalda finns {P}, {P} och {P}.",
            "{Q} från {C} vann loppet före {P}.",
            "Försvarare {P} ska överklaga domen.",
            "{L} medger att det gick för fort.",
            "Kulturpriset gick till författaren {P}.",
            "Trafikverket stänger bron i helgen.",
            "Efter mötet på {S} sade {P} att ärendet var avslutat.",
        ],
        forward=["---------- Vidarebefordrat meddelande ----------\nFrån: {A}\nDatum: 3 juni\nTill: {A}"],
        sign=["Med vänliga hälsningar\n\n{P}\n{T}", "Vänliga hälsningar\n{Z}", "/{P}", "Hälsningar\n{F}"],
        titles=["Redovisningsekonom", "Ekonomichef", "Delägare", "Advokatsekreterare"],
        streets=["Skogsvägen {n}", "Strandvägen {n}", "Kyrkogatan {n}", "Hamngatan {n}", "Kvarnbacken {n}"],
        firms=["Tjäder & Co.", "Fagerlund Revision AB", "Sandqvist Transport AB", "Ekström Konsult"],
    ),
}


class BlindGenerator(FreshGenerator):
    """Documents from the blind templates; a third of the names come from BLIND_FIRST/BLIND_LAST."""

    def __init__(self, lang: str, first: list[str], last: list[str], seed: int = 23) -> None:
        super().__init__(lang, first, last, seed)
        self.rng = random.Random(f"{lang}-blind-{seed}")
        self.names = Names(self.rng, first, last)
        self.blind = BLIND[lang]

    def _person(self) -> tuple[str, str]:
        if self.rng.random() < 0.33:
            family = self.rng.choice(BLIND_LAST)
            return f"{self.rng.choice(BLIND_FIRST)} {family}", family
        return self.names.full()

    def _slot(self, doc: Doc, slot: str) -> None:
        rng, spec = self.rng, self.blind
        if slot == "Q":  # a rare first name + surname, both unseen, opening a sentence
            doc.person(f"{rng.choice(BLIND_FIRST)} {rng.choice(BLIND_LAST)}")
        elif slot == "Z":  # "Surname, First name" as in exported lists
            given = rng.choice(BLIND_FIRST) if rng.random() < 0.33 else self.names.given()
            doc.person(f"{self.names.family() if rng.random() < 0.67 else rng.choice(BLIND_LAST)}, {given}")
        elif slot == "A":
            full = self._person()[0]
            doc.person(full)
            doc.add(f" <{full.split()[0].casefold()}@{rng.choice(['kunde.dk', 'foretag.se', 'outlook.com'])}>")
        elif slot == "B":
            doc.add(rng.choice(spec["firms"]))
        elif slot == "S":
            doc.add(rng.choice(spec["streets"]).format(n=rng.randint(1, 120)))
        elif slot == "T":
            doc.add(rng.choice(spec["titles"]))
        elif slot == "F":
            doc.person(rng.choice(BLIND_FIRST) if rng.random() < 0.33 else self.names.given())
        else:
            super()._slot(doc, slot)

    def business(self) -> Doc:
        doc = Doc()
        if self.rng.random() < 0.3:
            self.fill(doc, self.rng.choice(self.blind["forward"]))
            doc.add("\n\n")
        for _ in range(self.rng.randint(3, 6)):
            self.fill(doc, self.rng.choice(self.blind["body"]))
            doc.add(" " if self.rng.random() < 0.4 else "\n")
        doc.add("\n")
        self.fill(doc, self.rng.choice(self.blind["sign"]))
        doc.add("\n")
        return doc

    def news(self) -> Doc:
        doc = Doc()
        for _ in range(self.rng.randint(4, 8)):
            self.fill(doc, self.rng.choice(self.blind["news"]))
            doc.add(" " if self.rng.random() < 0.7 else "\n\n")
        return doc


# --- a second blind split -------------------------------------------------------------------------
# Written after the session-3 fixes, scored once and left unfixed (``bench_ner.py --split blind2``):
# chat logs, interview transcripts, birthday and obituary notices, HR letters, reminders, results
# lists, newsletters; another pool of rare names.
BLIND2_FIRST = ["Yrsa", "Bilal", "Hedda", "Anouk", "Severin", "Mehmet", "Lykke-Marie", "Torgny", "Sanna", "Idris"]
BLIND2_LAST = ["Ottosen", "Bergkvist", "Demirci", "Haugaard", "Lilliehöök", "Okafor", "Rydahl", "Sjöqvist"]
BLIND2: dict[str, dict[str, list[str]]] = {
    "da": dict(
        body=[
            "[09:14] {P}: er I klar til mødet?",
            "[09:15] {F}: ja, om fem minutter",
            "Vi kan desværre ikke tilbyde dig stillingen, {F}.",
            "Din leder, {P}, har godkendt ferien.",
            "Påmindelse: fakturaen til {P} forfalder i morgen.",
            "Nyt fra personaleforeningen: {P} går på pension efter 31 år.",
            "Spørgsmål til lønsedlen sendes til {P} i HR.",
            "Jeg har bedt {F} om at kigge på kontrakten.",
            "Hvem overtager {G} opgaver?",
            "Bilaget er underskrevet af {P} og {P}.",
        ],
        news=[
            "Journalist: Hvad sker der nu?\n{P}: Vi venter på dommen.",
            "60 år: {P}, {C}, fylder 60 på søndag.",
            "Resultater: 1. {P}, 2. {P}, 3. {P}.",
            "{P}, der er direktør i {O}, afviser kritikken.",
            "I går døde {P} efter længere tids sygdom.",
            "Også {P} fra {C} var blandt de inviterede.",
            "Ifølge {G} advokat er sagen forældet.",
            "Dommer {P} gav de tiltalte ret.",
            "Borgerne i {C} hyldede {P} med et fakkeltog.",
            "{L} vil ikke stille op igen.",
        ],
        sign=["Venlig hilsen\n{P}\nHR-afdelingen", "Mvh {F}", "{P} | Projektleder | {O}"],
    ),
    "sv": dict(
        body=[
            "[09:14] {P}: är ni redo för mötet?",
            "[09:15] {F}: ja, om fem minuter",
            "Vi kan tyvärr inte erbjuda dig tjänsten, {F}.",
            "Din chef, {P}, har godkänt semestern.",
            "Påminnelse: fakturan till {P} förfaller i morgon.",
            "Nytt från personalklubben: {P} går i pension efter 31 år.",
            "Frågor om lönebeskedet skickas till {P} på HR.",
            "Jag har bett {F} att titta på avtalet.",
            "Vem tar över {G} uppgifter?",
            "Bilagan är undertecknad av {P} och {P}.",
        ],
        news=[
            "Reporter: Vad händer nu?\n{P}: Vi väntar på domen.",
            "60 år: {P}, {C}, fyller 60 på söndag.",
            "Resultat: 1. {P}, 2. {P}, 3. {P}.",
            "{P}, som är vd för {O}, tillbakavisar kritiken.",
            "I går avled {P} efter en tids sjukdom.",
            "Även {P} från {C} fanns bland de inbjudna.",
            "Enligt {G} advokat är brottet preskriberat.",
            "Domaren {P} gav de åtalade rätt.",
            "Invånarna i {C} hyllade {P} med ett fackeltåg.",
            "{L} tänker inte ställa upp igen.",
        ],
        sign=["Vänliga hälsningar\n{P}\nHR-avdelningen", "Mvh {F}", "{P} | Projektledare | {O}"],
    ),
}


class Blind2Generator(FreshGenerator):
    """Documents from the second blind templates; a third of the names from BLIND2_FIRST/BLIND2_LAST."""

    def __init__(self, lang: str, first: list[str], last: list[str], seed: int = 31) -> None:
        super().__init__(lang, first, last, seed)
        self.rng = random.Random(f"{lang}-blind2-{seed}")
        self.names = Names(self.rng, first, last)
        self.blind = BLIND2[lang]

    def _person(self) -> tuple[str, str]:
        if self.rng.random() < 0.33:
            family = self.rng.choice(BLIND2_LAST)
            return f"{self.rng.choice(BLIND2_FIRST)} {family}", family
        return self.names.full()

    def _slot(self, doc: Doc, slot: str) -> None:
        if slot == "F":
            doc.person(self.rng.choice(BLIND2_FIRST) if self.rng.random() < 0.33 else self.names.given())
        else:
            super()._slot(doc, slot)

    def business(self) -> Doc:
        doc = Doc()
        for _ in range(self.rng.randint(3, 6)):
            self.fill(doc, self.rng.choice(self.blind["body"]))
            doc.add("\n")
        doc.add("\n")
        self.fill(doc, self.rng.choice(self.blind["sign"]))
        doc.add("\n")
        return doc

    def news(self) -> Doc:
        doc = Doc()
        for _ in range(self.rng.randint(4, 8)):
            self.fill(doc, self.rng.choice(self.blind["news"]))
            doc.add(" " if self.rng.random() < 0.6 else "\n\n")
        return doc


# --- a third blind split, with its own held-out half ----------------------------------------------
# Written in session 4 before the recognizer was run on it. Each list is split: even positions are
# "blind3" (scored once first, then used for fixing), odd positions are "blind3h" (scored once first,
# never looked at while fixing, scored again at the end). Court and crime reports, obituaries,
# sport, politics, letters with Cc lists and signatures; particles ("af", "von", "de"), double
# surnames, hyphenated first names, initials ("J. Hansen"), nicknames, surnames that are also
# ordinary words ("Rask", "Strand", "Bonde", "Fisker"), first names that are words ("Sten");
# negatives: firms, brands, streets, prizes and buildings named after people.
BLIND3_FIRST = [
    "Thorvald",
    "Ingegerd",
    "Bodil-Marie",
    "Ejnar",
    "Gudrun",
    "Amalie-Rose",
    "Dusan",
    "Milos",
    "Hamza",
    "Oona",
    "Vidar",
    "Sten",
    "Lasse",
    "Kalle",
    "Pelle",
    "Tove-Lise",
    "Jens-Ole",
]
BLIND3_LAST = [
    "Tjäder",
    "Kjeldgaard",
    "Brix",
    "Munch-Petersen",
    "Rask",
    "Strand",
    "Bonde",
    "Fisker",
    "Skytte",
    "Lykke",
    "Winther",
    "Gyllenstierna",
    "af Ugglas",
    "von Platen",
    "de Geer",
    "Rosenkrantz",
    "Holm-Nielsen",
    "Bech Madsen",
    "Krogh Andersen",
]
BLIND3: dict[str, dict[str, list[str]]] = {
    "da": dict(
        body=[
            "Cc: {A}; {A}",
            "Kære {F}\n\nTak for et godt møde i går.",
            "Jeg har talt med {J} om tilbuddet, og hun vender tilbage.",
            "Sagen er overdraget til {P}, som er din nye kontaktperson.",
            "Hej {F} og {F}\n\nHer er referatet fra styregruppen.",
            "Deltagere: {P}, {P}, {J} (referent)",
            "Vi har modtaget din ansøgning, og {P} vil indkalde dig til samtale.",
            "Skriv gerne til {F}, hvis du har spørgsmål til budgettet.",
            "Kontrakten sendes til underskrift hos {P} i ugen efter påske.",
            "Fraværende: {F} (syg), {P}",
            "{P} holder oplæg om den nye strategi kl. 10.",
            "Se vedhæftede tilbud fra {B}, som {F} bad om.",
            "Til: {A}\nCc: {A}\nEmne: Opfølgning",
            "Som aftalt med {G} kontor flytter vi mødet til torsdag.",
            "Fakturaen er godkendt af {J} og sendt videre til bogholderiet.",
            "Vi mødes på {S}, hvor {P} viser rundt.",
            "Tak til {F} for hjælpen med flytningen.",
            "Ansvarlig: {P}\nDeadline: 14. juni",
            "Ring til {P} på lokal 214 eller skriv til {F}.",
            "Dokumentet ligger i mappen, som {P} har oprettet.",
        ],
        news=[
            "Den 34-årige {P} blev i går idømt tre års fængsel ved Retten i {C}.",
            "Anklager {P} krævede ubetinget fængsel.",
            "{P} døde fredag, 87 år gammel. Hun efterlader sig tre børn.",
            "Forsvarsadvokat {P} vil anke dommen.",
            "Målet blev scoret af {P} efter en aflevering fra {F}.",
            "Cheftræner {P} var tilfreds efter sejren over {B}.",
            "{L} glæder sig til kampen.",
            "Partiets ordfører, {P}, stemmer imod forslaget.",
            "Borgmester {P} ({PARTY}) indkalder til borgermøde.",
            "{P} og hustruen {F} har fået en søn.",
            "Mindeord: {P} blev født i {C} og arbejdede hele livet som {ROLE}.",
            "I {B} i {C} viser {P} sine nye værker.",
            "Politiet efterlyser {P}, der har været savnet siden søndag.",
            "Sagen mod {J} udsættes til januar.",
            "{P} vandt sølv i 400 meter løb, mens {P} blev nummer fire.",
            "Ministeren, {P}, siger, at loven træder i kraft næste år.",
            "Prisen går i år til {P} for romanen om {C}.",
            "{P}, kaldet {F}, var kendt i hele byen.",
            "Ifølge {P} fra {B} er priserne steget.",
            "Byrådsmedlem {P} trækker sig efter sagen om rejseudgifter.",
        ],
        firms=[
            "Georg Jensen",
            "Louis Poulsen",
            "Arne Jacobsen-stolene",
            "Niels Bohr Institutet",
            "Karen Blixen Museet",
            "Brdr. Hansen ApS",
            "Fisker & Søn",
            "Strand Hotel",
            "Rask Transport A/S",
            "Bonde Byg",
        ],
        streets=["H.C. Andersens Boulevard {n}", "Carl Nielsens Allé {n}", "Strandvejen {n}", "Bondegade {n}"],
        sign=[
            "Med venlig hilsen\n\n{P}\nAfdelingsleder\nTlf. 33 12 45 67",
            "Mvh\n{J}",
            "Venlig hilsen\n{F}\n\nSendt fra min iPhone",
            "Bedste hilsner\n{P} | Økonomi | {B}",
            "Hilsen {F}",
            "{P}\nAdvokat\n{B}",
        ],
        party=["S", "V", "K", "SF", "EL", "RV"],
        roles=["smed", "lærer", "sygeplejerske", "fisker", "bonde", "købmand"],
    ),
    "sv": dict(
        body=[
            "Kopia: {A}; {A}",
            "Hej {F}!\n\nTack för ett bra möte i går.",
            "Jag har pratat med {J} om offerten och hon återkommer.",
            "Ärendet har lämnats över till {P}, som är din nya kontaktperson.",
            "Hej {F} och {F}\n\nHär är protokollet från styrgruppen.",
            "Närvarande: {P}, {P}, {J} (sekreterare)",
            "Vi har tagit emot din ansökan och {P} kommer att kalla dig till intervju.",
            "Skriv gärna till {F} om du har frågor om budgeten.",
            "Avtalet skickas för underskrift till {P} veckan efter påsk.",
            "Frånvarande: {F} (sjuk), {P}",
            "{P} håller en dragning om den nya strategin kl. 10.",
            "Se bifogad offert från {B}, som {F} bad om.",
            "Till: {A}\nKopia: {A}\nÄmne: Uppföljning",
            "Som överenskommet med {G} kontor flyttar vi mötet till torsdag.",
            "Fakturan är godkänd av {J} och skickad vidare till ekonomi.",
            "Vi träffas på {S}, där {P} visar runt.",
            "Tack till {F} för hjälpen med flytten.",
            "Ansvarig: {P}\nDeadline: 14 juni",
            "Ring {P} på anknytning 214 eller skriv till {F}.",
            "Dokumentet ligger i mappen som {P} har skapat.",
        ],
        news=[
            "Den 34-årige {P} dömdes i går till tre års fängelse av {C} tingsrätt.",
            "Åklagare {P} yrkade på fängelse.",
            "{P} avled i fredags, 87 år gammal. Hon efterlämnar tre barn.",
            "Försvarsadvokaten {P} kommer att överklaga domen.",
            "Målet gjordes av {P} efter en passning från {F}.",
            "Huvudtränaren {P} var nöjd efter segern mot {B}.",
            "{L} ser fram emot matchen.",
            "Partiets talesperson, {P}, röstar mot förslaget.",
            "Kommunalrådet {P} ({PARTY}) bjuder in till medborgarmöte.",
            "{P} och hustrun {F} har fått en son.",
            "Minnesord: {P} föddes i {C} och arbetade hela livet som {ROLE}.",
            "På {B} i {C} visar {P} sina nya verk.",
            "Polisen efterlyser {P}, som har varit försvunnen sedan söndagen.",
            "Målet mot {J} skjuts upp till januari.",
            "{P} tog silver på 400 meter, medan {P} kom fyra.",
            "Ministern, {P}, säger att lagen träder i kraft nästa år.",
            "Priset går i år till {P} för romanen om {C}.",
            "{P}, kallad {F}, var känd i hela stan.",
            "Enligt {P} på {B} har priserna stigit.",
            "Fullmäktigeledamoten {P} avgår efter affären med reseräkningarna.",
        ],
        firms=[
            "Astrid Lindgrens Värld",
            "Carl Larsson-gården",
            "Nobelmuseet",
            "Bröderna Olssons Bygg AB",
            "Fisker & Son",
            "Strand Hotell",
            "Rask Åkeri AB",
            "Bonde Fastigheter",
            "Anders Zorn-museet",
            "Gustav Vasa kyrka",
        ],
        streets=["Drottninggatan {n}", "Strandvägen {n}", "Birger Jarlsgatan {n}", "Sankt Eriksgatan {n}"],
        sign=[
            "Med vänliga hälsningar\n\n{P}\nAvdelningschef\nTel. 08-123 45 67",
            "Mvh\n{J}",
            "Hälsningar\n{F}\n\nSkickat från min iPhone",
            "Bästa hälsningar\n{P} | Ekonomi | {B}",
            "Hälsningar {F}",
            "{P}\nAdvokat\n{B}",
        ],
        party=["S", "M", "SD", "C", "V", "KD", "L", "MP"],
        roles=["smed", "lärare", "sjuksköterska", "fiskare", "bonde", "handlare"],
    ),
}


class Blind3Generator(FreshGenerator):
    """Blind split 3: ``half`` "tune" takes the even template positions, "hold" the odd ones."""

    def __init__(self, lang: str, first: list[str], last: list[str], half: str = "tune", seed: int = 43) -> None:
        super().__init__(lang, first, last, seed)
        self.rng = random.Random(f"{lang}-blind3-{half}-{seed}")
        self.names = Names(self.rng, first, last)
        self.half = half
        self.b3 = {
            k: (v[0::2] if half == "tune" else v[1::2]) if k in ("body", "news", "sign") else v
            for k, v in BLIND3[lang].items()
        }

    def _given(self) -> str:
        return self.rng.choice(BLIND3_FIRST) if self.rng.random() < 0.33 else self.names.given()

    def _person(self) -> tuple[str, str]:
        r = self.rng.random()
        if r < 0.35:
            family = self.rng.choice(BLIND3_LAST)
            return f"{self._given()} {family}", family
        return self.names.full()

    def _slot(self, doc: Doc, slot: str) -> None:
        rng, spec = self.rng, self.b3
        if slot == "F":
            doc.person(self._given())
        elif slot == "J":  # an initial and a surname
            family = rng.choice(BLIND3_LAST) if rng.random() < 0.4 else self.names.family()
            doc.person(f"{self._given()[0]}. {family}")
        elif slot == "A":
            full = self._person()[0]
            doc.person(full)
            doc.add(f" <{full.split()[0].casefold()}@{rng.choice(['firma.dk', 'bolag.se', 'mail.com'])}>")
        elif slot == "B":
            doc.add(rng.choice(spec["firms"]))
        elif slot == "S":
            doc.add(rng.choice(spec["streets"]).format(n=rng.randint(1, 120)))
        elif slot == "PARTY":
            doc.add(rng.choice(spec["party"]))
        elif slot == "ROLE":
            doc.add(rng.choice(spec["roles"]))
        elif slot == "L":
            full, family = self._person()
            doc.person(full)
            doc.add(" vandt i fjor. " if self.spec is LANG["da"] else " vann i fjol. ")
            doc.person(family)
        else:
            super()._slot(doc, slot)

    def business(self) -> Doc:
        doc = Doc()
        for _ in range(self.rng.randint(3, 6)):
            self.fill(doc, self.rng.choice(self.b3["body"]))
            doc.add(" " if self.rng.random() < 0.3 else "\n")
        doc.add("\n")
        self.fill(doc, self.rng.choice(self.b3["sign"]))
        doc.add("\n")
        return doc

    def news(self) -> Doc:
        doc = Doc()
        for _ in range(self.rng.randint(4, 8)):
            self.fill(doc, self.rng.choice(self.b3["news"]))
            doc.add(" " if self.rng.random() < 0.7 else "\n\n")
        return doc
