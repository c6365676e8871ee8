"""Synthetic Danish/Swedish business text with planted identifiers and hard negatives.

Used by the benchmarks and the detection-quality notebook to measure precision and recall: every
planted identifier is returned with its span, so a scorer knows exactly what should be found.
Numbers are generated here from the published rules (mod 11 for CPR, Luhn for personnummer),
independently of the detector's own identifier modules. All people and numbers are made up.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Mapping
from dataclasses import dataclass, field

CPR_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)

FIRST_DA = [
    "Jens",
    "Mette",
    "Søren",
    "Anne",
    "Mads",
    "Louise",
    "Niels",
    "Camilla",
    "Rasmus",
    "Ida",
    "Frederik",
    "Sofie",
    "Ahmad",
    "Fatima",
    "Bjørn",
    "Kirsten",
]
LAST_DA = [
    "Hansen",
    "Jensen",
    "Nielsen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Østergaard",
    "Møller",
    "Khan",
    "Yilmaz",
]
FIRST_SV = [
    "Anna",
    "Erik",
    "Maria",
    "Lars",
    "Karin",
    "Johan",
    "Eva",
    "Per",
    "Åsa",
    "Björn",
    "Linnéa",
    "Oskar",
    "Mohammed",
    "Ali",
    "Ingrid",
]
LAST_SV = [
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Öberg",
    "Åkesson",
    "Hassan",
    "Lindqvist",
]

DA_TEMPLATES = [
    "Kære {name}\n\nHermed bekræftes din ansættelse. Dit CPR-nr. {cpr} er registreret i lønsystemet.\n",
    "Medarbejder: {name}, cpr {cpr}, afdeling Løn. Ordrenr. {order} er afsendt {date}.\n",
    "Borgeren {name} (født {cpr}) har henvendt sig vedr. sag {case}. Ring på tlf. {phone_dk}.\n",
    "{name}\t{cpr}\t{amount} kr.\n",
    "Vi har modtaget din ansøgning. Personnummer: {cpr}. Faktura {order} betales til {iban_dk}.\n",
    "Patient {name} {cpr} er indkaldt til kontrol den {date}. Kontonr {account}.\n",
    "Fra: {email}\nTil: lon@firma.dk\nEmne: Lønseddel\n\nHej, mit cpr nummer er {cpr_nosep}. Mvh {name}\n",
]
SV_TEMPLATES = [
    "Hej {name}!\n\nDitt personnummer {pnr} är registrerat hos Skatteverket. Ordernummer {order}.\n",
    "Anställd: {name}, personnr {pnr12}, avdelning Lön. Fakturanr {order} förfaller {date}.\n",
    "Patient {name}, född {pnr}, kallas till återbesök. Telefon {phone_se}.\n",
    "{name}\t{pnr}\t{amount} kr\n",
    "Vårt organisationsnummer är {orgnr}. Kontaktperson {name}, pnr {pnr}. OCR-nummer {ocr}.\n",
    "Samordningsnummer {samordning} tilldelades {name} den {date}.\n",
    "Med vänliga hälsningar\n{name}\n{email}\nMobil {phone_se}\n",
]
NEGATIVE_LINES = [
    "Ordre {order} sendt {date}. Beløb {amount} kr.\n",
    "Fakturanr. {order_sep} forfalder {date}.\n",
    "Kontonr. {account} reg.nr. 1234.\n",
    "Ring +45 {phone_plain} eller +46 {phone_plain}.\n",
    "Org.nr {orgnr} – CVR {cvr}.\n",
    "EAN {ean} varenr. {order}.\n",
    "Referencenr. {order} og sagsnr. {order}.\n",
    "Se https://intra.firma.dk/sag/{order} for detaljer.\n",
    "Sporingsnummer {tracking} hos PostNord.\n",
    "Beløb: {amount} kr. Dato {date}. Side 12 af 40.\n",
    "Betal via IBAN {iban_dk}.\n",
]
TABLE_HEADER = "Ordrenummer;Beløb;Status\n"
# Ordinary business prose without identifiers: most of a real document is like this.
PROSE_DA = [
    "Tak for et godt møde i går. Vi har gennemgået budgettet for næste kvartal og aftalt de næste skridt.",
    "Projektgruppen mødes igen på torsdag kl. 10 i mødelokale 3, hvor vi drøfter tidsplanen.",
    "Husk at opdatere jeres timeregistrering inden fredag, så lønkørslen kan gennemføres til tiden.",
    "Den nye version af systemet rulles ud i weekenden; forvent kortvarige afbrydelser lørdag nat.",
    "Referatet fra bestyrelsesmødet ligger på intranettet under punktet om strategi og økonomi.",
    "Vi forventer en omsætning på niveau med sidste år, dog med en svag stigning i andet halvår.",
    "Kontoret holder lukket mellem jul og nytår; henvendelser besvares fra den 2. januar.",
]
PROSE_SV = [
    "Tack för ett bra möte igår. Vi har gått igenom budgeten för nästa kvartal och kommit överens om nästa steg.",
    "Projektgruppen träffas igen på torsdag klockan 10 i konferensrum 3 för att diskutera tidplanen.",
    "Kom ihåg att uppdatera tidrapporteringen före fredag så att lönekörningen kan genomföras i tid.",
    "Den nya versionen av systemet rullas ut i helgen; räkna med kortare avbrott natten till söndag.",
    "Protokollet från styrelsemötet finns på intranätet under punkten om strategi och ekonomi.",
    "Vi räknar med en omsättning i nivå med förra året, med en svag ökning under andra halvåret.",
    "Kontoret är stängt mellan jul och nyår; ärenden besvaras från den 2 januari.",
]


@dataclass
class Planted:
    entity_type: str
    start: int
    end: int
    normalized: str


@dataclass
class Document:
    text: str
    planted: list[Planted] = field(default_factory=list)
    language: str = "da"


class _Builder:
    """Appends text in pieces (linear, unlike ``str +=`` on an attribute) and records spans."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.planted: list[Planted] = []

    def add(self, text: str) -> None:
        self.pieces.append(text)
        self.length += len(text)


def _cpr_century_digit(year: int, rng: random.Random) -> int:
    """A 7th digit that encodes ``year`` (0-3: 19xx; 4/9: 20xx if YY <= 36 else 19xx; 5-8: 20xx/18xx)."""
    if 1900 <= year <= 1936:
        return rng.choice([0, 1, 2, 3])
    if 1937 <= year <= 1999:
        return rng.choice([0, 1, 2, 3, 4, 9])
    if 2000 <= year <= 2036:
        return rng.choice([4, 9, 5, 6, 7, 8])
    return rng.choice([5, 6, 7, 8])


def make_cpr(rng: random.Random, born: datetime.date | None = None) -> str:
    """A random modulus-11-valid CPR number (10 digits)."""
    while True:
        day = born or datetime.date(1930, 1, 1) + datetime.timedelta(days=rng.randrange(33000))
        seventh = _cpr_century_digit(day.year, rng)
        digits = day.strftime("%d%m%y") + str(seventh) + f"{rng.randrange(1000):03d}"
        if sum(int(d) * w for d, w in zip(digits, CPR_WEIGHTS, strict=True)) % 11 == 0:
            return digits


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def make_personnummer(rng: random.Random, coordination: bool = False) -> str:
    """A random valid personnummer, 12 digits YYYYMMDDNNNC."""
    born = datetime.date(1930, 1, 1) + datetime.timedelta(days=rng.randrange(33000))
    day = born.day + (60 if coordination else 0)
    ten = f"{born:%y%m}{day:02d}{rng.randrange(1000):03d}"
    return f"{born.year}{ten[2:]}{_luhn_digit(ten)}"


def _fillers(rng: random.Random) -> dict[str, str]:
    order = f"{rng.randrange(10**9, 10**10)}"
    return {
        "order": order,
        "order_sep": f"{order[:6]}-{order[6:]}",
        "case": f"{rng.randrange(2015, 2026)}-{rng.randrange(10**5):05d}",
        "date": f"{rng.randrange(1, 29):02d}.{rng.randrange(1, 13):02d}.{rng.randrange(2015, 2027)}",
        "amount": f"{rng.randrange(1, 999)}.{rng.randrange(1000):03d},{rng.randrange(100):02d}",
        "account": f"{rng.randrange(10**9, 10**10)}",
        "phone_dk": f"{rng.randrange(20, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
        "phone_se": f"070-{rng.randrange(100, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
        "phone_plain": f"{rng.randrange(10**9, 10**10)}",
        "orgnr": "556724-3703",
        "cvr": f"{rng.randrange(10**7, 10**8)}",
        "ean": f"{rng.randrange(10**12, 10**13)}",
        "ocr": f"{rng.randrange(10**9, 10**10)}",
        "tracking": f"{rng.randrange(10**13, 10**14)}",
        "iban_dk": "DK50 0040 0440 1162 43",
    }


def _fill(
    template: str, values: Mapping[str, tuple[str, str | None, str | None]], plain: dict[str, str], doc: _Builder
) -> None:
    """Append ``template`` to the document, recording the spans of planted identifiers."""
    pos = 0
    while pos < len(template):
        open_at = template.find("{", pos)
        if open_at < 0:
            doc.add(template[pos:])
            break
        doc.add(template[pos:open_at])
        close_at = template.index("}", open_at)
        key = template[open_at + 1 : close_at]
        if key in values:
            written, entity, normalized = values[key]
            start = doc.length
            doc.add(written)
            if entity is not None and normalized is not None:
                doc.planted.append(Planted(entity, start, doc.length, normalized))
        else:
            doc.add(plain[key])
        pos = close_at + 1


def generate_document(rng: random.Random, size: int, language: str | None = None, prose: float = 0.0) -> Document:
    """A document of about ``size`` characters mixing Danish and Swedish business text.

    ``prose`` is the share of paragraphs that are ordinary prose without identifiers (0 gives the
    densest text: a record, a table or a block of hard negatives in every paragraph).
    """
    doc = _Builder()
    while doc.length < size:
        lang = language or rng.choice(["da", "sv"])
        if rng.random() < prose:
            sentences = PROSE_DA if lang == "da" else PROSE_SV
            doc.add(" ".join(rng.choice(sentences) for _ in range(rng.randrange(2, 6))) + "\n\n")
            continue
        roll = rng.random()
        plain = _fillers(rng)
        if roll < 0.30:
            for _ in range(rng.randrange(3, 8)):
                _fill(rng.choice(NEGATIVE_LINES), {}, plain, doc)
            continue
        if roll < 0.36:
            doc.add(TABLE_HEADER)
            for _ in range(rng.randrange(4, 12)):
                p = _fillers(rng)
                doc.add(f"{p['order']};{p['amount']};afsendt\n")
            continue
        if lang == "da":
            first, last = rng.choice(FIRST_DA), rng.choice(LAST_DA)
            cpr = make_cpr(rng)
            values = {
                "cpr": (f"{cpr[:6]}-{cpr[6:]}" if rng.random() < 0.8 else f"{cpr[:6]} {cpr[6:]}", "DK_CPR", cpr),
                "cpr_nosep": (cpr, "DK_CPR", cpr),
            }
            template = rng.choice(DA_TEMPLATES)
        else:
            first, last = rng.choice(FIRST_SV), rng.choice(LAST_SV)
            pnr = make_personnummer(rng)
            sam = make_personnummer(rng, coordination=True)
            values = {
                "pnr": (f"{pnr[2:8]}-{pnr[8:]}", "SE_PERSONNUMMER", pnr),
                "pnr12": (pnr if rng.random() < 0.5 else f"{pnr[:8]}-{pnr[8:]}", "SE_PERSONNUMMER", pnr),
                "samordning": (f"{sam[2:8]}-{sam[8:]}", "SE_PERSONNUMMER", sam),
            }
            template = rng.choice(SV_TEMPLATES)
        plain["name"] = f"{first} {last}"
        plain["email"] = f"{first.lower()}.{last.lower()}@example.{'dk' if lang == 'da' else 'se'}"
        _fill(template, values, plain, doc)
        doc.add("\n")
    return Document("".join(doc.pieces), doc.planted, language or "mixed")


def generate_corpus(seed: int, documents: int, size: int, prose: float = 0.0) -> list[Document]:
    rng = random.Random(seed)
    return [generate_document(rng, size, prose=prose) for _ in range(documents)]
