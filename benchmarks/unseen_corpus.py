# ruff: noqa: E501  (templates read best one line per line of the generated text)
"""A second identifier corpus: business numbers in layouts the detection rules were never written for.

``bench_detect_corpus.py`` labels almost every hard negative with a word the rules know ("Ordrenr.",
"OCR"). Real text does not: invoice, order, case, customer, policy and account numbers stand after
labels nobody listed ("Aftalenr.", "Målernummer", "Er referens"), glued to prefixes ("INV-"), in
headerless CSV/TSV rows, in e-mail signatures, after a bank's registration number, as time stamps
("Batch 2311151430"), as phone numbers without a label, as ISBNs and OCR references that pass the
personnummer's Luhn check. This corpus puts those next to real CPR numbers and personnummer written
the same way (unlabelled, in headerless rows, after new labels), so a rule that buys precision
with recall shows it.

Three splits with DISJOINT template families, label words, names and seeds:

- ``tune``: rules may be tuned on it freely;
- ``holdout``: run ONCE before any tuning (its first-run figures are reported), then looked at;
- ``sealed``: not run until tuning was finished; its first run is the estimate to quote.

Hard negatives are drawn hard on purpose: most are date-shaped AND pass the check of the reading
they imitate (CPR modulus 11, personnummer Luhn), so precision here is a worst case for their
class. Gold is (entity, normalised value) per document; ``optional`` lists findings that are
right but not required (a phone number without a label); ``negatives`` lists (class, digits) so
the benchmark can say which class a false finding came from. Numbers come from this file's own
generators (and bench_detect_corpus's), never from the package.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from bench_detect_corpus import TODAY, _date, _luhn_digit, _mod11, cpr, orgnr, pnr

Gold = list[tuple[str, str]]


@dataclass
class Doc:
    name: str
    text: str
    gold: Gold = field(default_factory=list)
    optional: Gold = field(default_factory=list)
    negatives: list[tuple[str, str]] = field(default_factory=list)  # (class, digits)


@dataclass
class Part:
    text: str
    gold: Gold = field(default_factory=list)
    optional: Gold = field(default_factory=list)
    negatives: list[tuple[str, str]] = field(default_factory=list)


# --- number generators --------------------------------------------------------------------------
def cpr_like(rng: random.Random) -> str:
    """Ten digits with a valid CPR date (1940-2005) passing modulus 11: not a CPR here."""
    return cpr(rng, True, _date(rng, 1940, 2005))


def se_like(rng: random.Random) -> str:
    """Ten digits YYMMDDNNNC with a valid date passing Luhn (what an OCR reference may look like)."""
    born = _date(rng, 1940, 2005)
    nine = f"{born:%y%m%d}{rng.randint(0, 999):03d}"
    return nine + _luhn_digit(nine)


def both_like(rng: random.Random) -> str:
    """Half CPR-shaped, half personnummer-shaped hard negatives."""
    return cpr_like(rng) if rng.random() < 0.5 else se_like(rng)


def any_ten(rng: random.Random) -> str:
    """A plain random ten-digit number (most are no date at all)."""
    return f"{rng.randint(10**9, 10**10 - 1)}"


def column_number(rng: random.Random) -> str:
    """A cell of a column of business numbers: a few hard ones among plain numbers, as real order
    and serial columns are (a column drawn only from hard ones would be a list of identifiers)."""
    return both_like(rng) if rng.random() < 0.2 else any_ten(rng)


def stamp10(rng: random.Random) -> str:
    """YYMMDDhhmm: a compact time stamp of the last years."""
    when = datetime.datetime(2019, 1, 1) + datetime.timedelta(minutes=rng.randint(0, 7 * 365 * 24 * 60))
    return when.strftime("%y%m%d%H%M")


def stamp12(rng: random.Random) -> str:
    when = datetime.datetime(2019, 1, 1) + datetime.timedelta(minutes=rng.randint(0, 7 * 365 * 24 * 60))
    return when.strftime("%Y%m%d%H%M")


def dated_serial(rng: random.Random) -> str:
    """YYMMDD + a four-digit serial of the day (invoice/order numbers), written YYMMDD-NNNN."""
    day = datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randint(0, 6 * 365))
    return f"{day:%y%m%d}{rng.randint(1, 400):04d}"


def ean13(rng: random.Random, prefix: str = "57") -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(12 - len(prefix)))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def isbn10(rng: random.Random) -> str:
    """An ISBN-10 of the Danish (87) or Swedish (91) group, check digit 0-9 only, SE-date-shaped."""
    while True:
        body = (
            rng.choice(["87", "91"])
            + f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + f"{rng.randint(0, 999):03d}"
        )
        check = sum((10 - i) * int(d) for i, d in enumerate(body)) % 11
        digit = (11 - check) % 11
        if digit < 10:
            return body + str(digit)


def dk_account(rng: random.Random) -> tuple[str, str]:
    return f"{rng.randint(1000, 9899)}", cpr_like(rng)


def dk_mobile(rng: random.Random) -> str:
    return f"{rng.choice([2, 3, 4, 5, 6, 7, 8, 9])}{rng.randint(0, 9999999):07d}"


def se_mobile(rng: random.Random) -> str:
    """070 + 7 digits: written compactly it has a CPR date shape (07, 0X, ...)."""
    return f"070{rng.randint(1, 9)}{rng.randint(0, 999999):06d}"


def iban(country: str, bban: str) -> str:
    def num(s: str) -> str:
        return "".join(str(int(c, 36)) for c in s)

    check = 98 - int(num(bban + country + "00")) % 97
    return f"{country}{check:02d}{bban}"


def dk_iban(rng: random.Random) -> str:
    return iban("DK", f"{rng.randint(1000, 9899)}{rng.randint(0, 10**10 - 1):010d}")


def se_iban(rng: random.Random) -> str:
    return iban("SE", f"{rng.choice([500, 600, 800, 300])}{rng.randint(0, 10**17 - 1):017d}")


def grouped(value: str, sep: str = " ") -> str:
    return sep.join(value[i : i + 4] for i in range(0, len(value), 4))


def no_fnr(rng: random.Random) -> str:
    """A valid Norwegian fødselsnummer (11 digits, two mod-11 check digits)."""
    while True:
        born = _date(rng, 1940, 1999)
        body = f"{born:%d%m%y}{rng.randint(0, 499):03d}"
        k1 = 11 - sum(int(d) * w for d, w in zip(body, (3, 7, 6, 1, 8, 9, 4, 5, 2), strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        body += str(k1)
        k2 = 11 - sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return body + str(k2)


def fi_hetu(rng: random.Random) -> str:
    born = _date(rng, 1940, 2005)
    serial = rng.randint(2, 899)
    sign = "-" if born.year < 2000 else "A"
    number = int(f"{born:%d%m%y}{serial:03d}")
    return f"{born:%d%m%y}{sign}{serial:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[number % 31]}"


def cpr_written(ten: str, rng: random.Random, forms: tuple[str, ...] = ("-", "-", " ", "")) -> str:
    sep = rng.choice(forms)
    return f"{ten[:6]}{sep}{ten[6:]}"


def pnr_written(twelve: str, rng: random.Random) -> str:
    plus = TODAY.year - int(twelve[:4]) >= 100
    r = rng.random()
    if r < 0.5:
        return f"{twelve[2:8]}{'+' if plus else '-'}{twelve[8:]}"
    if r < 0.8:
        return f"{twelve[:8]}-{twelve[8:]}"
    return twelve


def real_cpr(rng: random.Random) -> str:
    """A CPR of a person alive now. Numbers without modulus 11 are issued since October 2007: here
    one in twenty people is born 2008-2015 and half of those have such a number."""
    if rng.random() < 0.05:
        return cpr(rng, rng.random() < 0.5, _date(rng, 2008, 2015))
    return cpr(rng, True, _date(rng, 1938, 2006))


# --- vocabularies per split (disjoint) ----------------------------------------------------------
VOCAB: dict[str, dict[str, list[str]]] = {
    "tune": {
        "dk_first": ["Lars", "Hanne", "Jesper", "Tina", "Morten", "Susanne"],
        "dk_last": ["Mortensen", "Sørensen", "Rasmussen", "Pedersen", "Vestergaard"],
        "se_first": ["Mikael", "Eva", "Jonas", "Helena", "Fredrik", "Malin"],
        "se_last": ["Andersson", "Gustafsson", "Pettersson", "Eriksson", "Lindgren"],
        "dk_city": ["Kolding", "Vejle", "Horsens", "Aarhus"],
        "se_city": ["Västerås", "Örebro", "Uppsala", "Lund"],
        "dk_firm": ["Nordvind ApS", "Byggeservice A/S", "Kontorhuset I/S"],
        "se_firm": ["Skogsbruk AB", "Hemtjänst Norr AB", "Verkstaden HB"],
        "dk_label": [
            "Aftalenr.",
            "Abonnementsnummer",
            "Kundereference",
            "Forbrugernummer",
            "Lejemålsnr.",
            "Bookingnr.",
        ],
        "se_label": ["Avtalsnummer", "Medlemsnummer", "Er referens", "Mätarnummer", "Avinummer", "Bokningsnr"],
        "en_label": ["Contract no.", "Booking ref", "Customer ID", "Policy number"],
        "dk_verb": ["Tak for din bestilling", "Vi har modtaget din betaling for aftale", "Din pakke"],
        "se_verb": ["Tack för din beställning", "Vi har tagit emot din betalning för avtal", "Ditt paket"],
        "prefix": ["INV-", "ORD-", "PO-"],
        "dk_domain": ["nordvind.dk", "byggeservice.dk"],
        "se_domain": ["skogsbruk.se", "hemtjanst.se"],
    },
    "holdout": {
        "dk_first": ["Karen", "Ole", "Lise", "Henning", "Bente", "Claus"],
        "dk_last": ["Christiansen", "Andersen", "Frandsen", "Winther", "Iversen"],
        "se_first": ["Gunnar", "Sara", "Oskar", "Lena", "Viktor", "Ida"],
        "se_last": ["Karlsson", "Bergström", "Jonsson", "Sjöberg", "Nordin"],
        "dk_city": ["Esbjerg", "Næstved", "Randers", "Viborg"],
        "se_city": ["Norrköping", "Sundsvall", "Gävle", "Karlstad"],
        "dk_firm": ["Fjordens VVS ApS", "Elektrikeren A/S", "Revisorhuset"],
        "se_firm": ["Bygg & Måleri AB", "Tandvården Syd AB", "Redovisningsbyrån HB"],
        "dk_label": ["Policenummer", "Målernummer", "Medlemsnr.", "Kontraktnummer", "Installationsnr.", "Deres ref."],
        "se_label": [
            "Kontraktsnummer",
            "Försäkringsbrev nr",
            "Anläggnings-ID",
            "Vår referens",
            "Objektnummer",
            "Lägenhetsnr",
        ],
        "en_label": ["Membership no.", "Ticket", "Shipment", "Claim number"],
        "dk_verb": ["Vi bekræfter hermed aftale", "Din reservation", "Vedrørende forsikring"],
        "se_verb": ["Vi bekräftar härmed avtal", "Din reservation", "Angående försäkring"],
        "prefix": ["SO-", "KND-", "F-"],
        "dk_domain": ["fjordensvvs.dk", "elektrikeren.dk"],
        "se_domain": ["byggmaleri.se", "tandvarden.se"],
    },
    "sealed": {
        "dk_first": ["Annette", "Brian", "Dorthe", "Kim", "Pernille", "Steen"],
        "dk_last": ["Kjeldsen", "Bertelsen", "Overgaard", "Lund", "Damgaard"],
        "se_first": ["Stina", "Anders", "Maja", "Ola", "Karolina", "Håkan"],
        "se_last": ["Magnusson", "Lundqvist", "Holm", "Engström", "Axelsson"],
        "dk_city": ["Hillerød", "Svendborg", "Skive", "Haderslev"],
        "se_city": ["Kristianstad", "Luleå", "Falun", "Trollhättan"],
        "dk_firm": ["Tømrerfirmaet Bøg", "Klinik Vest ApS", "Dansk Udlejning A/S"],
        "se_firm": ["Fastighetsförvaltning AB", "Kliniken Öst AB", "Transport i Norr AB"],
        "dk_label": ["Ejendomsnr.", "Aftale-ID", "Billetnummer", "Forsikringsnummer", "Lejernr.", "Vores ref."],
        "se_label": ["Kund-ID", "Betalningsreferens", "Fastighetsnr", "Biljettnummer", "Ärende-ID", "Lånenummer"],
        "en_label": ["Agreement no.", "Order ID", "Account ref", "Loan number"],
        "dk_verb": ["Hermed kvittering for abonnement", "Din bestilling", "Angående lejemål"],
        "se_verb": ["Härmed kvitto för abonnemang", "Din bokning", "Gällande hyresavtal"],
        "prefix": ["REF-", "INV", "A-"],
        "dk_domain": ["klinikvest.dk", "udlejning.dk"],
        "se_domain": ["kliniken.se", "transportnorr.se"],
    },
    "tune5": {
        "dk_first": ["Birgitte", "Poul", "Mette", "Søren", "Camilla", "Finn"],
        "dk_last": ["Thomsen", "Kristensen", "Lauridsen", "Bak", "Skov"],
        "se_first": ["Åsa", "Lennart", "Emelie", "Nils", "Johanna", "Göran"],
        "se_last": ["Nyström", "Hedberg", "Forsberg", "Sandberg", "Wikström"],
        "dk_city": ["Roskilde", "Holbæk", "Vordingborg", "Ribe"],
        "se_city": ["Borås", "Växjö", "Visby", "Ystad"],
        "se_town_surname": ["Lund", "Falun", "Mora"],
        "dk_firm": ["Malerfirmaet Skov", "Byens Bager ApS", "Tandlægerne I/S"],
        "se_firm": ["Fotograf", "Snickeri", "Trädgårdstjänst"],
        "dk_neutral": ["IDNR", "Nøgle", "Felt 3", "Værdi"],
        "se_neutral": ["IDNR", "Nyckel", "Fält 3", "Värde"],
        "dk_stem": ["lønseddel", "kontrakt", "opsigelse", "ansættelsesbrev"],
        "se_stem": ["lönespec", "anställningsavtal", "intyg", "uppsägning"],
        "dk_child": ["Emma", "Noah", "Ida", "Oscar"],
        "se_child": ["Elsa", "Liam", "Alva", "Hugo"],
        "dk_domain": ["skov.dk", "bager.dk"],
        "se_domain": ["snickeri.se", "tradgard.se"],
    },
    "sealed5": {
        "dk_first": ["Vibeke", "Torben", "Lone", "Allan", "Rikke", "Jørgen"],
        "dk_last": ["Jeppesen", "Holm", "Nygaard", "Mikkelsen", "Dahl"],
        "se_first": ["Ingrid", "Bengt", "Frida", "Per", "Louise", "Kent"],
        "se_last": ["Lindqvist", "Ekström", "Berg", "Öberg", "Sjögren"],
        "dk_city": ["Nyborg", "Grenaa", "Thisted", "Køge"],
        "se_city": ["Kiruna", "Motala", "Varberg", "Skövde"],
        "se_town_surname": ["Lund", "Kalmar", "Borås"],
        "dk_firm": ["VVS-Montøren", "Frisør Dahl", "Vognmand Holm"],
        "se_firm": ["Hantverkare", "Konsult", "Städtjänst"],
        "dk_neutral": ["Nummer", "Nr.", "Kode", "ID"],
        "se_neutral": ["Nummer", "Nr", "Kod", "ID"],
        "dk_stem": ["lønsedler", "feriepenge", "sygemelding", "personalesag"],
        "se_stem": ["lönebesked", "semesterlön", "sjukintyg", "personalakt"],
        "dk_child": ["Freja", "William", "Alma", "Lucas"],
        "se_child": ["Maja", "Elias", "Vera", "Leo"],
        "dk_domain": ["holm.dk", "dahl-frisor.dk"],
        "se_domain": ["konsult.se", "stadtjanst.se"],
    },
    "tune7": {
        "dk_first": ["Helle", "Kenneth", "Maja", "Rasmus", "Louise", "Anders"],
        "dk_last": ["Juhl", "Bisgaard", "Kirkegaard", "Vinther", "Lykke"],
        "se_first": ["Linnea", "Magnus", "Therese", "Olof", "Petra", "Jakob"],
        "se_last": ["Björk", "Nordqvist", "Hallberg", "Strand", "Wallin"],
        "dk_child": ["Karla", "Alfred", "Agnes", "Carl"],
        "card_key": ["card", "badge_id", "kort_nr", "card_no"],
        "door": ["hoveddør", "lager", "kantine", "p-kælder"],
        "sie_invoice": ["Leverantörsfaktura", "Kundfaktura"],
        "scheme": ["Pension (ordning {n})", "ATP/arbejdsmarkedspension, aftale {n}", "Gruppeliv (police {n})"],
        "denial_dk": ["Brug {n} (ikke dit CPR-nummer) ved login.", "Skriv {n} - ikke dit cpr-nummer - i feltet."],
        "denial_se": ["Ange {n} (inte ditt personnummer) vid inloggning.", "Använd {n}, inte ditt personnummer."],
        "machine_header": ["modtager_cpr", "borgerCpr", "cpr_nr"],
        "tree": ["├─ ", "└─ ", "├── "],
        "trace_noun": ["person", "subject"],
        "kin_dk": ["datter", "søn", "barn"],
        "list_label": ["Vores sagsnumre", "Ordrenumre i dag", "Fakturanumre"],
        "request_dk": [
            "kan du sende dit cpr igen",
            "mangler lige dit cpr-nummer til skolen",
            "hvad er dit personnummer",
        ],
    },
    "sealed7": {
        "dk_first": ["Gitte", "Jan", "Line", "Mads", "Sanne", "Bjarne"],
        "dk_last": ["Munk", "Kjærgaard", "Riis", "Svendsen", "Toft"],
        "se_first": ["Cecilia", "Rolf", "Hanna", "Tobias", "Agneta", "Erik"],
        "se_last": ["Sundberg", "Lindholm", "Ek", "Mattsson", "Nylund"],
        "dk_child": ["Ellen", "Valdemar", "Clara", "Otto"],
        "card_key": ["token", "badge", "keycard", "brik"],
        "door": ["port-2", "kontor", "serverrum", "indgang-a"],
        "sie_invoice": ["Inköpsfaktura", "Slutfaktura", "Kreditfaktura"],
        "scheme": ["Sundhedsordning {n}", "Pensionsordning nr. {n}", "Pension (aftale {n})"],
        "denial_dk": ["Koden {n} (ikke dit CPR-nummer) gælder i 24 timer.", "Indtast {n}, ikke dit CPR-nummer."],
        "denial_se": ["Koden {n} (inte ditt personnummer) gäller i ett dygn.", "Skriv {n} - inte ditt personnummer."],
        "machine_header": ["recipient_cpr", "personCprNummer", "kunde_cpr"],
        "tree": ["|-- ", "+-- ", "`-- "],
        "trace_noun": ["citizen", "person"],
        "kin_dk": ["datter", "søn", "hustru"],
        "list_label": ["Sagsnumre hos os", "Bilagsnumre", "Kundenumre"],
        "request_dk": ["send lige dit cpr til lægen", "jeg skal bruge dit cpr-nr", "har du dit personnummer"],
    },
}
VOCAB.update(
    {
        "tune8": {
            "dk_first": ["Birthe", "Jesper", "Nanna", "Ulrik", "Tove", "Mikkel"],
            "dk_last": ["Hvidt", "Brandt", "Kofoed", "Lauridsen", "Mørch"],
            "se_first": ["Elin", "Gustav", "Sofia", "Pelle", "Ylva", "Arvid"],
            "se_last": ["Ek", "Blom", "Hellström", "Norén", "Åberg"],
            "intl_first": ["Siobhán", "Zoë", "Łucja", "Joaquín", "Ana", "Ewa"],
            "intl_last": ["Murphy", "Wójcik", "Núñez", "Silva", "Zielińska"],
            "url_key": ["cpr", "cprnr", "patient_cpr", "personnummer", "borgerCpr"],
            "url_person_segment": ["borger", "borgere", "patient", "personer"],
            "url_thing_segment": ["ordre", "order", "faktura", "sag", "invoice"],
            "url_host": ["sag.kommune.example.dk", "api.region.example.dk", "portal.example.se"],
            "pair_intro_dk": [
                "Kunden læste sit CPR op i par: {n}.",
                "CPR (læst op): {n}",
                "Hun gav mig cpr-nummeret {n} i telefonen.",
            ],
            "pair_intro_se": ["Personnummer (uppläst i par): {n}", "Hon läste upp sitt personnummer: {n}."],
            "pair_phone": ["Ring {n} efter kl. 16", "Tlf. {n}"],
            "en_cpr": [
                "He gave his CPR over the phone ({n}).",
                "Her CPR number is {n}, please update the record.",
                "CPR provided by the customer: {n}",
            ],
            "en_pnr": [
                "The recipient's Swedish personal identity number is required for imports above {a} SEK (provided: {n}).",
                "Personal identity number given at the counter: {n}.",
            ],
            "dn_style": ["openssl", "oneline", "etsi", "ldif"],
            "chat_style": ["whatsapp_ios", "whatsapp_android"],
            "request_dk": ["Kan du sende dit cpr, jeg skal tilmelde dig tandlægen", "hvad er dit cpr-nummer igen?"],
            "aside_dk": ["privatperson uden CVR", "lønmodtager, ikke CVR"],
            "swift_thing": ["FAKT", "INV", "FAKTURA"],
            "lottery": ["Vinstnummer vecka {w}", "Vindernumre uge {w}", "Lottnummer v. {w}"],
            "list_person": ["Medarbejdere på projektet", "Deltagere i kurset", "Borgere i sagen"],
            "list_thing": ["Sagsnumre i dag", "Ordrenumre fra webshoppen"],
            "initials": ["KH", "LB", "MS", "JT", "AP"],
        },
        "sealed8": {
            "dk_first": ["Grethe", "Henrik", "Josefine", "Palle", "Ulla", "Tobias"],
            "dk_last": ["Krogh", "Bundgaard", "Friis", "Sloth", "Westergaard"],
            "se_first": ["Märta", "Hampus", "Tove", "Ivar", "Saga", "Lukas"],
            "se_last": ["Ås", "Hed", "Sundin", "Lindblad", "Falk"],
            "intl_first": ["Aoife", "Chloé", "Małgorzata", "Iñigo", "Dóra", "Radosław"],
            "intl_last": ["Brennan", "Dubois", "Kowalczyk", "Ibáñez", "Szabó"],
            "url_key": ["cpr_nummer", "personnr", "pnr", "borger_cpr", "cprNummer"],
            "url_person_segment": ["borgere", "patienter", "person", "borger"],
            "url_thing_segment": ["orders", "fakturaer", "sager", "ticket", "shipment"],
            "url_host": ["intra.example.dk", "selvbetjening.example.dk", "minasidor.example.se"],
            "pair_intro_dk": [
                "Borgeren oplyste CPR i par: {n}",
                "cpr læst op som {n}",
                "Noteret fra telefonen, CPR {n}.",
            ],
            "pair_intro_se": ["Personnumret lästes upp: {n}", "Pnr (uppläst): {n}"],
            "pair_phone": ["Mobil {n}", "Ring gerne på {n}"],
            "en_cpr": [
                "She read her CPR number to me by phone: {n}.",
                "The patient's CPR is {n} according to the referral.",
                "CPR given via phone ({n}), please verify.",
            ],
            "en_pnr": [
                "Import above {a} SEK requires the buyer's personal identity number ({n}).",
                "Swedish personal number on file: {n}.",
            ],
            "dn_style": ["rfc4514", "openssl", "etsi", "ldif"],
            "chat_style": ["whatsapp_android", "whatsapp_ios"],
            "request_dk": ["Send lige dit cpr, så jeg kan booke lægen", "jeg mangler dit cpr til forsikringen"],
            "aside_dk": ["borger uden CVR-nummer", "privat, uden CVR"],
            "swift_thing": ["FAKT", "INVOICE", "FAKTNR"],
            "lottery": ["Vinstnummer dragning {w}", "Vindernumre runde {w}", "Lottnummer vecka {w}"],
            "list_person": ["Elever på holdet", "Medarbejdere i afdelingen", "Deltagere på turen"],
            "list_thing": ["Bilagsnumre denne uge", "Fakturanumre til rykker"],
            "initials": ["RB", "ST", "HJ", "KM", "OL"],
        },
    }
)


class Gen:
    def __init__(self, split: str, rng: random.Random) -> None:
        self.v = VOCAB[split]
        self.rng = rng

    def pick(self, key: str) -> str:
        return self.rng.choice(self.v[key])

    def person(self, country: str) -> str:
        return f"{self.pick(country + '_first')} {self.pick(country + '_last')}"

    def email(self, name: str, country: str) -> str:
        local = name.lower().replace(" ", ".")
        for a, b in (("ø", "o"), ("æ", "ae"), ("å", "a"), ("ö", "o"), ("ä", "a")):
            local = local.replace(a, b)
        return f"{local}@{self.pick(country + '_domain')}"


Template = Callable[[Gen], Part]


def _neg(part: Part, cls: str, digits: str) -> str:
    part.negatives.append((cls, digits))
    return digits


# --- templates, family A (tune) ---------------------------------------------------------------------
def a_invoice_unknown_labels(g: Gen) -> Part:
    p = Part("")
    firm, name = g.pick("dk_firm"), g.person("dk")
    lines = [
        f"{firm}",
        f"Faktura til {name}",
        f"{g.pick('dk_label')}: {_neg(p, 'unknown_label', both_like(g.rng))}",
        f"{g.pick('dk_label')} {_neg(p, 'unknown_label', both_like(g.rng))}",
        f"Forfald {g.rng.randint(1, 28)}.{g.rng.randint(1, 12)}.2026    Beløb {g.rng.randint(100, 9999)},{g.rng.randint(10, 99)} kr.",
    ]
    p.text = "\n".join(lines) + "\n"
    return p


def a_running_text_numbers(g: Gen) -> Part:
    p = Part("")
    if g.rng.random() < 0.5:
        p.text = (
            f"Hej {g.pick('dk_first')}\n\n{g.pick('dk_verb')} {_neg(p, 'running_text', both_like(g.rng))}. "
            f"Den sendes i morgen fra vores lager i {g.pick('dk_city')}.\n"
        )
    else:
        p.text = (
            f"Hej {g.pick('se_first')}!\n\n{g.pick('se_verb')} {_neg(p, 'running_text', both_like(g.rng))}. "
            f"Leverans sker inom tre dagar från {g.pick('se_city')}.\n"
        )
    return p


def a_bank_reg_account(g: Gen) -> Part:
    p = Part("")
    reg, acc = dk_account(g.rng)
    _neg(p, "bank_account", acc)
    form = g.rng.choice(["Overfør beløbet til {r} {a}", "Betaling: {r} {a}", "Danske Bank {r} {a}", "Bank {r}-{a}"])
    p.text = form.format(r=reg, a=acc) + f" senest den {g.rng.randint(1, 28)}. i måneden.\n"
    return p


def a_signature_dk(g: Gen) -> Part:
    p = Part("")
    name = g.person("dk")
    mobile = dk_mobile(g.rng)
    reg, acc = dk_account(g.rng)
    _neg(p, "signature", acc)
    ean = _neg(p, "ean", ean13(g.rng))
    p.text = (
        f"Med venlig hilsen\n\n{name}\nProjektleder\n{g.pick('dk_firm')}\n"
        f"M: +45 {mobile[:2]} {mobile[2:4]} {mobile[4:6]} {mobile[6:]}\n"
        f"CVR {g.rng.randint(10000000, 99999999)} · Bank {reg} {acc} · EAN {ean}\n"
    )
    p.gold.append(("PHONE_NUMBER", "+45" + mobile))
    return p


def a_headerless_orders(g: Gen) -> Part:
    p = Part("")
    rows = []
    for _ in range(g.rng.randint(3, 6)):
        number = _neg(p, "headerless_orders", column_number(g.rng))
        rows.append(
            f"{number};{g.person('dk')};2026-{g.rng.randint(1, 12):02d}-{g.rng.randint(1, 28):02d};"
            f"{g.rng.randint(100, 99999)},{g.rng.randint(10, 99)}"
        )
    p.text = "\n".join(rows) + "\n"
    return p


def a_headerless_people(g: Gen) -> Part:
    p = Part("")
    rows = []
    for _ in range(g.rng.randint(3, 6)):
        if g.rng.random() < 0.5:
            name, number = g.person("dk"), real_cpr(g.rng)
            mail = g.email(name, "dk")
            rows.append(f"{name};{cpr_written(number, g.rng)};{g.pick('dk_city')};{mail}")
            p.gold += [("DK_CPR", number), ("EMAIL_ADDRESS", mail)]
        else:
            name, number = g.person("se"), pnr(g.rng)
            mail = g.email(name, "se")
            rows.append(f"{name};{pnr_written(number, g.rng)};{g.pick('se_city')};{mail}")
            p.gold += [("SE_PERSONNUMMER", number), ("EMAIL_ADDRESS", mail)]
    p.text = "\n".join(rows) + "\n"
    return p


def a_timestamps(g: Gen) -> Part:
    p = Part("")
    lines = []
    for _ in range(g.rng.randint(2, 4)):
        if g.rng.random() < 0.5:
            lines.append(f"Kørsel {_neg(p, 'timestamp', stamp10(g.rng))} afsluttet uden fejl")
        else:
            lines.append(f"Batch {_neg(p, 'timestamp', stamp12(g.rng))}: {g.rng.randint(1, 500)} poster")
    p.text = "\n".join(lines) + "\n"
    return p


def a_prefixed_refs(g: Gen) -> Part:
    p = Part("")
    refs = [f"{g.pick('prefix')}{_neg(p, 'prefixed', both_like(g.rng))}" for _ in range(3)]
    p.text = f"Vedr. {refs[0]}, {refs[1]} og {refs[2]}: betalt.\n"
    return p


def a_form_positive(g: Gen) -> Part:
    p = Part("")
    name, number = g.person("dk"), real_cpr(g.rng)
    label = g.rng.choice(["Personnr./CPR", "CPR/personnummer", "Cpr.nr", "Personnummer (CPR)"])
    p.text = (
        f"ANSØGNING\nNavn: {name}\n{label}: {cpr_written(number, g.rng)}\nAdresse: Østergade 4, {g.pick('dk_city')}\n"
    )
    p.gold.append(("DK_CPR", number))
    return p


def a_se_phones_unlabelled(g: Gen) -> Part:
    p = Part("")
    name = g.person("se")
    mobile = _neg(p, "phone_unlabelled", se_mobile(g.rng))
    mail = g.email(name, "se")
    p.text = f"{name}\n{g.pick('se_firm')}\n{mobile}\n{mail}\n"
    p.optional.append(("PHONE_NUMBER", mobile))
    p.gold.append(("EMAIL_ADDRESS", mail))
    return p


def a_iban_forms(g: Gen) -> Part:
    p = Part("")
    dk, se = dk_iban(g.rng), se_iban(g.rng)
    p.text = f"IBAN: {grouped(dk)}\nBetala till {grouped(se)} (SWIFT ESSESESS)\n"
    p.gold += [("IBAN_CODE", dk), ("IBAN_CODE", se)]
    return p


def a_name_then_number(g: Gen) -> Part:
    p = Part("")
    if g.rng.random() < 0.5:
        name, number = g.person("dk"), real_cpr(g.rng)
        p.text = f"{name} ({cpr_written(number, g.rng, ('-', ' '))}) begynder den 1. {g.rng.choice(['maj', 'juni'])}.\n"
        p.gold.append(("DK_CPR", number))
    else:
        name, number = g.person("se"), pnr(g.rng)
        p.text = f"{name}, {pnr_written(number, g.rng)}, börjar den 1 {g.rng.choice(['maj', 'juni'])}.\n"
        p.gold.append(("SE_PERSONNUMMER", number))
    return p


FAMILY_A: list[Template] = [
    a_invoice_unknown_labels,
    a_running_text_numbers,
    a_bank_reg_account,
    a_signature_dk,
    a_headerless_orders,
    a_headerless_people,
    a_timestamps,
    a_prefixed_refs,
    a_form_positive,
    a_se_phones_unlabelled,
    a_iban_forms,
    a_name_then_number,
]


# --- templates, family B (holdout) ------------------------------------------------------------------
def b_mixed_tsv_unknown_header(g: Gen) -> Part:
    p = Part("")
    header = g.rng.choice(["Navn\tID\tBy\tE-mail", "Namn\tNummer\tOrt\tE-post", "Name\tNo.\tCity\tMail"])
    rows = [header]
    for _ in range(g.rng.randint(3, 6)):
        if g.rng.random() < 0.5:
            name, number = g.person("dk"), real_cpr(g.rng)
            mail = g.email(name, "dk")
            rows.append(f"{name}\t{cpr_written(number, g.rng, ('-', ''))}\t{g.pick('dk_city')}\t{mail}")
            p.gold += [("DK_CPR", number), ("EMAIL_ADDRESS", mail)]
        else:
            name, number = g.person("se"), pnr(g.rng)
            mail = g.email(name, "se")
            rows.append(f"{name}\t{pnr_written(number, g.rng)}\t{g.pick('se_city')}\t{mail}")
            p.gold += [("SE_PERSONNUMMER", number), ("EMAIL_ADDRESS", mail)]
    p.text = "\n".join(rows) + "\n"
    return p


def b_inventory_serials(g: Gen) -> Part:
    p = Part("")
    rows = []
    for _ in range(g.rng.randint(3, 6)):
        model = g.rng.choice(["Lenovo T14", "Dell 5440", "HP 840 G9", "iPhone 14", "Samsung A54"])
        rows.append(f"{model:<12}  {_neg(p, 'serial', column_number(g.rng))}  {g.person(g.rng.choice(['dk', 'se']))}")
    p.text = "Udlånt udstyr pr. 1/3\n\n" + "\n".join(rows) + "\n"
    return p


def b_se_payment_slip(g: Gen) -> Part:
    p = Part("")
    ocr_ref = _neg(p, "ocr_reference", se_like(g.rng))
    p.text = (
        f"INBETALNING/GIRERING AVI\n{g.pick('se_firm')}\nBankgiro {g.rng.randint(100, 999)}-{g.rng.randint(1000, 9999)}\n"
        f"{g.pick('se_label')}\n{_neg(p, 'unknown_label', se_like(g.rng))}\n"
        f"Ange vid betalning: {ocr_ref}\nAtt betala {g.rng.randint(100, 9999)},00 kr\n"
    )
    return p


def b_dated_serial_invoices(g: Gen) -> Part:
    p = Part("")
    lines = ["Bilagsoversigt"]
    for _ in range(g.rng.randint(2, 5)):
        number = _neg(p, "dated_serial", dated_serial(g.rng))
        lines.append(f"{number[:6]}-{number[6:]}  {g.pick('dk_firm')}  {g.rng.randint(100, 9999)},00")
    p.text = "\n".join(lines) + "\n"
    return p


def b_english_mail(g: Gen) -> Part:
    p = Part("")
    a, b = _neg(p, "unknown_label", both_like(g.rng)), _neg(p, "unknown_label", both_like(g.rng))
    dk, number = g.person("dk"), real_cpr(g.rng)
    p.text = (
        f"Hi all,\n{g.pick('en_label')} {a} is approved; {g.pick('en_label')} {b} still pending.\n"
        f"Our new colleague {dk} (CPR {cpr_written(number, g.rng)}) starts Monday.\n"
    )
    p.gold.append(("DK_CPR", number))
    return p


def b_isbn_and_ean(g: Gen) -> Part:
    p = Part("")
    isbn = _neg(p, "isbn", isbn10(g.rng))
    ean = _neg(p, "ean", ean13(g.rng, "73"))
    p.text = f"Litteraturliste: Bogføring i praksis, 3. udg. ISBN {isbn}. Varestregkode {ean}.\n"
    return p


def b_phone_list_no_header(g: Gen) -> Part:
    p = Part("")
    rows = []
    for _ in range(g.rng.randint(3, 5)):
        if g.rng.random() < 0.5:
            m = _neg(p, "phone_unlabelled", se_mobile(g.rng))
            rows.append(f"{g.person('se')}, {m}")
            p.optional.append(("PHONE_NUMBER", m))
        else:
            m = dk_mobile(g.rng)
            rows.append(f"{g.person('dk')}, {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}")
            p.optional.append(("PHONE_NUMBER", m))
    p.text = "\n".join(rows) + "\n"
    return p


def b_new_label_positive(g: Gen) -> Part:
    p = Part("")
    if g.rng.random() < 0.5:
        name, number = g.person("se"), pnr(g.rng)
        label = g.rng.choice(["Pers.nr", "Personnr.", "Person-nr", "Personnummer/samordningsnr"])
        p.text = f"Sökande: {name}\n{label} {pnr_written(number, g.rng)}\nOrt: {g.pick('se_city')}\n"
        p.gold.append(("SE_PERSONNUMMER", number))
    else:
        name, number = g.person("dk"), real_cpr(g.rng)
        label = g.rng.choice(["CPR.nr.", "Cpr-nr", "Personnummer", "CPR nummer"])
        p.text = f"Ansøger: {name}\n{label} {cpr_written(number, g.rng)}\nBy: {g.pick('dk_city')}\n"
        p.gold.append(("DK_CPR", number))
    return p


def b_norwegian_finnish(g: Gen) -> Part:
    p = Part("")
    fnr, hetu = no_fnr(g.rng), fi_hetu(g.rng)
    p.text = (
        f"Nordisk team: {g.pick('dk_first')} (Oslo), fødselsnummer {fnr[:6]} {fnr[6:]}; "
        f"{g.pick('se_first')} (Helsinki), henkilötunnus {hetu}.\n"
    )
    p.gold += [("NO_FODSELSNUMMER", fnr), ("FI_PERSONAL_IDENTITY_CODE", hetu)]
    return p


def b_amount_columns(g: Gen) -> Part:
    p = Part("")
    rows = ["Konto      Tekst            Saldo"]
    for _ in range(g.rng.randint(3, 5)):
        rows.append(
            f"{g.rng.randint(1000, 9999)}       {g.rng.choice(['Løn', 'Husleje', 'Moms', 'Kassen'])}"
            f"{' ' * 12}{g.rng.randint(1, 9)}.{g.rng.randint(100, 999)}.{g.rng.randint(100, 999)},{g.rng.randint(10, 99)}"
        )
    p.text = "\n".join(rows) + "\n"
    return p


def b_prose_cpr_no_label(g: Gen) -> Part:
    p = Part("")
    name, number = g.person("dk"), real_cpr(g.rng)
    p.text = (
        f"Kære {g.pick('dk_first')}\n\nJeg sender hermed oplysninger på {name}, {cpr_written(number, g.rng, ('-',))}, "
        f"som skal med på lønnen fra næste måned.\n"
    )
    p.gold.append(("DK_CPR", number))
    return p


FAMILY_B: list[Template] = [
    b_mixed_tsv_unknown_header,
    b_inventory_serials,
    b_se_payment_slip,
    b_dated_serial_invoices,
    b_english_mail,
    b_isbn_and_ean,
    b_phone_list_no_header,
    b_new_label_positive,
    b_norwegian_finnish,
    b_amount_columns,
    b_prose_cpr_no_label,
]


# --- templates, family C (sealed) -------------------------------------------------------------------
def c_pipe_table_unknown_header(g: Gen) -> Part:
    p = Part("")
    rows = ["| Kunde | Nummer | Oprettet |", "|---|---|---|"]
    for _ in range(g.rng.randint(3, 6)):
        rows.append(
            f"| {g.pick('dk_firm')} | {_neg(p, 'unknown_header', column_number(g.rng))} | 2025-{g.rng.randint(1, 12):02d}-01 |"
        )
    p.text = "\n".join(rows) + "\n"
    return p


def c_se_signature(g: Gen) -> Part:
    p = Part("")
    name = g.person("se")
    org = orgnr(g.rng)
    switchboard = f"08{g.rng.randint(10000000, 99999999)}"
    p.text = (
        f"Vänliga hälsningar\n{name}\n{g.pick('se_firm')}\nOrg.nr {org[:6]}-{org[6:]} | Bankgiro "
        f"{g.rng.randint(100, 999)}-{g.rng.randint(1000, 9999)} | Växel {_neg(p, 'phone_unlabelled', switchboard)}\n"
    )
    p.optional.append(("PHONE_NUMBER", switchboard))
    return p


def c_unknown_label_lines_se(g: Gen) -> Part:
    p = Part("")
    lines = [f"{g.pick('se_label')}: {_neg(p, 'unknown_label', both_like(g.rng))}" for _ in range(g.rng.randint(2, 4))]
    p.text = f"{g.pick('se_firm')}\n" + "\n".join(lines) + f"\nKontaktperson {g.person('se')}\n"
    return p


def c_unknown_label_lines_dk(g: Gen) -> Part:
    p = Part("")
    lines = [f"{g.pick('dk_label')} {_neg(p, 'unknown_label', both_like(g.rng))}" for _ in range(g.rng.randint(2, 4))]
    p.text = f"{g.pick('dk_firm')}\n" + "\n".join(lines) + f"\nSagsbehandler: {g.person('dk')}\n"
    return p


def c_running_text_se(g: Gen) -> Part:
    p = Part("")
    p.text = (
        f"Hej,\n{g.pick('se_verb')} {_neg(p, 'running_text', both_like(g.rng))} är nu registrerad. "
        f"Kontakta {g.person('se')} om något är fel.\n"
    )
    return p


def c_tracking(g: Gen) -> Part:
    p = Part("")
    postnord = f"00370{g.rng.randint(10**14, 10**15 - 1)}"
    gls = _neg(p, "tracking", both_like(g.rng))
    p.text = f"Din pakke er afsendt.\nPostNord: {postnord}\nGLS pakkenummer: {gls} 1\nTrack & trace: {_neg(p, 'tracking', both_like(g.rng))}\n"
    return p


def c_form_positive_se(g: Gen) -> Part:
    p = Part("")
    name, number = g.person("se"), pnr(g.rng, g.rng.random() < 0.15)
    p.text = f"Blankett A\nFullständigt namn: {name}\nPersonnummer (ÅÅÅÅMMDD-XXXX): {number[:8]}-{number[8:]}\nUtdelningsadress: Storgatan 1\n"
    p.gold.append(("SE_PERSONNUMMER", number))
    return p


def c_headerless_people_tsv(g: Gen) -> Part:
    p = Part("")
    rows = []
    for _ in range(g.rng.randint(3, 6)):
        name, number = g.person("dk"), real_cpr(g.rng)
        rows.append(f"{name}\t{cpr_written(number, g.rng, ('-', ''))}\t{g.pick('dk_city')}")
        p.gold.append(("DK_CPR", number))
    p.text = "\n".join(rows) + "\n"
    return p


def c_mixed_row_with_dates(g: Gen) -> Part:
    p = Part("")
    name, number = g.person("se"), pnr(g.rng)
    ref = _neg(p, "unknown_label", both_like(g.rng))
    p.text = (
        f"Ärendelogg {g.rng.randint(2024, 2026)}-{g.rng.randint(1, 12):02d}-{g.rng.randint(1, 28):02d}: "
        f"{name} ({number[2:8]}-{number[8:]}) ringde angående {g.pick('se_label').lower()} {ref}.\n"
    )
    p.gold.append(("SE_PERSONNUMMER", number))
    return p


def c_ibans_dashed(g: Gen) -> Part:
    p = Part("")
    dk = dk_iban(g.rng)
    p.text = f"Kontoudtog for {g.pick('dk_firm')}: IBAN {grouped(dk, '-')} (SWIFT DABADKKK)\n"
    p.gold.append(("IBAN_CODE", dk))
    return p


def c_prefixed_glued(g: Gen) -> Part:
    p = Part("")
    p.text = (
        f"Faktura {g.pick('prefix')}{_neg(p, 'prefixed', both_like(g.rng))} og kreditnota "
        f"{g.pick('prefix')}{_neg(p, 'prefixed', both_like(g.rng))} udlignet.\n"
    )
    return p


FAMILY_C: list[Template] = [
    c_pipe_table_unknown_header,
    c_se_signature,
    c_unknown_label_lines_se,
    c_unknown_label_lines_dk,
    c_running_text_se,
    c_tracking,
    c_form_positive_se,
    c_headerless_people_tsv,
    c_mixed_row_with_dates,
    c_ibans_dashed,
    c_prefixed_glued,
]


# --- templates, family D (written after hold-out v3's error classes, in layouts and words of its own;
# splits tune5 and sealed5: sealed5 scored once) --------------------------------------------------
def _country(g: Gen) -> str:
    return "dk" if g.rng.random() < 0.5 else "se"


def _person_id(g: Gen, part: Part, country: str, forms: tuple[str, ...] = ("-", "-", " ", "")) -> str:
    """A real identifier of the country, written in one of its forms; added to the gold."""
    if country == "dk":
        ten = real_cpr(g.rng)
        part.gold.append(("DK_CPR", ten))
        return cpr_written(ten, g.rng, forms)
    twelve = pnr(g.rng)
    part.gold.append(("SE_PERSONNUMMER", twelve))
    return pnr_written(twelve, g.rng)


def _row(cells: list[str], delim: str) -> str:
    return delim.join(cells) if delim != "|" else "| " + " | ".join(cells) + " |"


def d_people_export_neutral_header(g: Gen) -> Part:
    """A people export whose identifier column is headed by a word naming nothing ("IDNR", "Nøgle")."""
    p = Part("")
    c = _country(g)
    delim = g.rng.choice([";", "\t", "|"])
    rows = [_row([("Navn" if c == "dk" else "Namn"), "E-mail", g.pick(c + "_neutral"), "Postnr"], delim)]
    if delim == "|":
        rows.append("|---|---|---|---|")
    for _ in range(g.rng.randint(3, 6)):
        name = g.person(c)
        rows.append(_row([name, g.email(name, c), _person_id(g, p, c), f"{g.rng.randint(1000, 9990)}"], delim))
    p.text = "\n".join(rows) + "\n"
    return p


def d_serials_in_people_rows(g: Gen) -> Part:
    """The same layout holding date-prefixed case numbers of one season (written YYMMDD-NNNN): no ids."""
    p = Part("")
    c = _country(g)
    delim = g.rng.choice([";", "\t"])
    base = datetime.date(2024, 1, 1) + datetime.timedelta(days=g.rng.randint(0, 600))
    rows = [_row([("Navn" if c == "dk" else "Namn"), g.pick(c + "_neutral"), "By"], delim)]
    for _ in range(g.rng.randint(3, 6)):
        day = base + datetime.timedelta(days=g.rng.randint(0, 40))
        serial = _neg(p, "dated_serial_column", f"{day:%y%m%d}{g.rng.randint(1, 400):04d}")
        rows.append(_row([g.person(c), f"{serial[:6]}-{serial[6:]}", g.pick(c + "_city")], delim))
    p.text = "\n".join(rows) + "\n"
    return p


def d_member_numbers_beside_ids(g: Gen) -> Part:
    """Identifiers in a column that says so, member numbers (hard: valid dates with checks) beside."""
    p = Part("")
    c = _country(g)
    label = "CPR" if c == "dk" else "Personnr"
    rows = [f"{'Navn' if c == 'dk' else 'Namn'};{label};{'Medlemsnr' if c == 'dk' else 'Medlemsnummer'}"]
    for _ in range(g.rng.randint(3, 5)):
        rows.append(f"{g.person(c)};{_person_id(g, p, c)};{_neg(p, 'member_number', both_like(g.rng))}")
    p.text = "\n".join(rows) + "\n"
    return p


def d_fixed_width_with_rule(g: Gen) -> Part:
    """A fixed-width report with a rule line under its header, names in capitals."""
    p = Part("")
    c = _country(g)
    head = f"{('NAVN' if c == 'dk' else 'NAMN'):<24}{'AFD':<6}{g.pick(c + '_neutral').upper()}"
    rows = [head, g.rng.choice(["=", "-"]) * len(head)]
    for _ in range(g.rng.randint(3, 5)):
        rows.append(f"{g.person(c).upper():<24}{g.rng.randint(10, 99):<6}{_person_id(g, p, c)}")
    p.text = "\n".join(rows) + "\n"
    return p


def d_attachment_names(g: Gen) -> Part:
    """File names in a mail: identifiers glued by "_"; scans, invoices and photos beside."""
    p = Part("")
    c = _country(g)
    ident = _person_id(g, p, c, forms=("",))
    if c == "se" and g.rng.random() < 0.5:
        ident = next(v for e, v in p.gold[-1:])  # the twelve digits
    lines = [
        f"{'Vedhæftede filer' if c == 'dk' else 'Bifogade filer'}:",
        f"  {g.pick(c + '_stem')}_{ident}{g.rng.choice(['', '_okt', '_2024'])}.pdf",
        f"  scan_{stamp12(g.rng)[:8]}_{g.rng.randint(1000, 9999)}.pdf",
        f"  faktura_{g.rng.randint(1000000, 9999999)}.pdf",
        f"  IMG_{stamp12(g.rng)[:8]}_{g.rng.randint(100000, 999999)}.jpg",
    ]
    p.text = "\n".join(lines) + "\n"
    return p


def d_children_in_brackets(g: Gen) -> Part:
    """Children's CPRs (born 2008 or later, issued without modulus 11) after a first name in brackets."""
    p = Part("")
    kids = []
    for _ in range(2):
        ten = cpr(g.rng, False, _date(g.rng, 2008, 2022))
        p.gold.append(("DK_CPR", ten))
        kids.append(f"{g.pick('dk_child')} ({ten})")
    order = _neg(p, "order_line", cpr(g.rng, False, _date(g.rng, 2008, 2022)))
    p.text = (
        f"Søskenderabat gælder for {kids[0]} og {kids[1]}, som begge går i institutionen.\n"
        f"Ordrelinje ({order}) er faktureret separat.\n"
    )
    return p


def d_sole_trader(g: Gen) -> Part:
    """A sole trader's organisationsnummer is the personnummer; a company's is not a date at all."""
    p = Part("")
    twelve = pnr(g.rng, born=_date(g.rng, 1950, 1999))
    p.gold.append(("SE_PERSONNUMMER", twelve))
    company = _neg(p, "company_orgnr", orgnr(g.rng))
    p.text = (
        f"{g.person('se')}, {g.pick('se_firm')} (enskild firma), org.nr {twelve[2:8]}-{twelve[8:]}, godkänd för F-skatt.\n"
        f"Underleverantör: {g.pick('se_firm')} AB, org.nr {company[:6]}-{company[6:]}.\n"
    )
    return p


def d_dash_blocks(g: Gen) -> Part:
    """A record printed as "key - value" lines: only the identifier's key names it."""
    p = Part("")
    c = _country(g)
    name = g.person(c)
    key = "Personnummer" if c == "se" else g.rng.choice(["Cpr.nr.", "CPR-nummer"])
    lines = [
        f"{'Navn' if c == 'dk' else 'Namn'} - {name}",
        f"{key} - {_person_id(g, p, c)}",
        f"{'Aftalenr.' if c == 'dk' else 'Avtalsnr.'} - {_neg(p, 'dash_block_number', both_like(g.rng))}",
        f"{'Lejemålsnr.' if c == 'dk' else 'Objektnr.'} - {g.rng.randint(100000, 999999)}",
    ]
    p.text = "\n".join(lines) + "\n"
    return p


def d_short_note_town_surname(g: Gen) -> Part:
    """A one-line note in Danish: the surname is also a Swedish town, the number valid in both."""
    p = Part("")
    while True:
        ten = cpr(g.rng, True, _date(g.rng, 1945, 2000))
        if _luhn_digit(ten[:9]) == ten[9]:
            break
    p.gold.append(("DK_CPR", ten))
    p.text = (
        f"Notat: {g.pick('dk_first')} {g.pick('se_town_surname')} {ten[:6]}-{ten[6:]} ringede i går og vil have svar.\n"
    )
    return p


def d_dotted_dates(g: Gen) -> Part:
    """A CPR written with its date as a date after a word naming it; a validity period beside."""
    p = Part("")
    ten = real_cpr(g.rng)
    p.gold.append(("DK_CPR", ten))
    period = _neg(p, "dotted_period", cpr(g.rng, True, _date(g.rng, 1940, 2005)))
    p.text = (
        f"Ægtefællens personnummer: {ten[:2]}.{ten[2:4]}.{ten[4:6]}-{ten[6:]}.\n"
        f"Kortet gælder {period[:2]}.{period[2:4]}.{period[4:6]}-{period[6:]} til udløb.\n"
    )
    return p


def d_possessive_refers_back(g: Gen) -> Part:
    """ "Hendes er: ..." standing for the identifier named in the sentence before."""
    p = Part("")
    ten = cpr(g.rng, False, _date(g.rng, 2008, 2022))
    p.gold.append(("DK_CPR", ten))
    p.text = f"Vi mangler stadig din datters CPR-nummer til tilmeldingen.\nHendes er: {ten}\n"
    return p


FAMILY_D: list[Template] = [
    d_people_export_neutral_header,
    d_serials_in_people_rows,
    d_member_numbers_beside_ids,
    d_fixed_width_with_rule,
    d_attachment_names,
    d_children_in_brackets,
    d_sole_trader,
    d_dash_blocks,
    d_short_note_town_surname,
    d_dotted_dates,
    d_possessive_refers_back,
]


# --- templates, family E (tune7 / sealed7): the classes hold-out v5 showed, written after the session-7 rules
def _any_cpr(g: Gen, part: Part, lo: int = 1945, hi: int = 2005, forms: tuple[str, ...] = ("-", "-", " ", "")) -> str:
    """A real CPR of any birth date; one in three issued without modulus 11 (as since 2007)."""
    ten = cpr(g.rng, g.rng.random() >= 0.33, _date(g.rng, lo, hi))
    part.gold.append(("DK_CPR", ten))
    return cpr_written(ten, g.rng, forms)


def _child_cpr(g: Gen, part: Part) -> str:
    """A child's CPR, born 2008-2022 and issued without modulus 11, written as ten digits."""
    ten = cpr(g.rng, False, _date(g.rng, 2008, 2022))
    part.gold.append(("DK_CPR", ten))
    return ten


def _stamp(g: Gen) -> str:
    when = datetime.datetime(2026, 11, 1) + datetime.timedelta(minutes=g.rng.randint(0, 28 * 24 * 60))
    return when.strftime(g.rng.choice(["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]))


def e_access_log(g: Gen) -> Part:
    """A door-access log: the card/badge/token values are no identifiers (hard: valid dates, checks pass)."""
    p = Part("")
    key = g.pick("card_key")
    lines = []
    for _ in range(g.rng.randint(3, 7)):
        value = _neg(p, "access_card", both_like(g.rng))
        lines.append(f"{_stamp(g)} door={g.pick('door')} {key}={value} result={g.rng.choice(['OK', 'DENIED'])}")
    p.text = "\n".join(lines) + "\n"
    return p


def e_sie(g: Gen) -> Part:
    """An SIE 4 export: supplier/customer invoice numbers led by a date (12 digits, Luhn) in #VER texts,
    salaries with the employee's personnummer."""
    p = Part("")
    lines = [
        "#FLAGGA 0",
        '#PROGRAM "Visma Administration" 2000',
        "#SIETYP 4",
        f"#ORGNR {orgnr(g.rng)[:6]}-{orgnr(g.rng)[6:]}",
    ]
    for n in range(1, g.rng.randint(3, 5)):
        day = datetime.date(2026, 11, g.rng.randint(1, 28))
        if g.rng.random() < 0.5:
            issued = datetime.date(2019, 1, 1) + datetime.timedelta(days=g.rng.randint(0, 5 * 365))
            nine = f"{issued:%y%m%d}{g.rng.randint(0, 999):03d}"
            number = _neg(p, "sie_invoice", f"{issued.year // 100}{nine}{_luhn_digit(nine)}")
            text, series = f"{g.pick('sie_invoice')} {number} {g.person('se')}", "A"
        else:
            twelve = pnr(g.rng, born=_date(g.rng, 1950, 2004))
            p.gold.append(("SE_PERSONNUMMER", twelve))
            text, series = f"Lön {g.person('se')} {pnr_written(twelve, g.rng)}", "L"
        amount = g.rng.randint(1000, 60000)
        lines += [
            f'#VER {series} {n} {day:%Y%m%d} "{text}"',
            "{",
            f"#TRANS {g.rng.choice([4010, 6110, 7010])} {{}} {amount}.00",
            f"#TRANS 1930 {{}} -{amount}.00",
            "}",
        ]
    p.text = "\n".join(lines) + "\n"
    return p


def e_payslip_scheme(g: Gen) -> Part:
    """A Danish payslip: the employee's CPR, and a pension or insurance scheme's number beside."""
    p = Part("")
    scheme = g.pick("scheme").format(n=_neg(p, "scheme_number", cpr_like(g.rng)))
    p.text = (
        f"LØNSPECIFIKATION {g.rng.choice(['SEPTEMBER', 'OKTOBER', 'NOVEMBER'])} 2026\n{g.person('dk').upper()}\n\n"
        f"CPR-nr.: {_any_cpr(g, p, 1950, 2004, ('-', ' '))}     Lønnr.: {g.rng.randint(10, 999)}\n"
        f"Fast løn                   {g.rng.randint(25, 49)}.{g.rng.randint(100, 999)},00\n"
        f"{scheme}   -{g.rng.randint(1, 4)}.{g.rng.randint(100, 999)},00\n"
    )
    return p


def e_denial(g: Gen) -> Part:
    """A number the text says is not the identifier."""
    p = Part("")
    c = _country(g)
    p.text = g.pick(f"denial_{c}").format(n=_neg(p, "denied", both_like(g.rng))) + "\n"
    return p


def e_machine_header(g: Gen) -> Part:
    """A ;-separated export under machine headers ("modtager_cpr"): CPRs, many without modulus 11, as ten digits."""
    p = Part("")
    rows = [f"tidspunkt;{g.pick('machine_header')};afsender;status"]
    for _ in range(g.rng.randint(3, 5)):
        rows.append(
            f"{_stamp(g)};{_any_cpr(g, p, forms=('',))};{g.rng.choice(['PFA', 'Kommunen', 'Lønservice'])};leveret"
        )
    p.text = "\n".join(rows) + "\n"
    return p


def e_family_tree(g: Gen) -> Part:
    """A box-drawn family tree: a name and a CPR on each line, some issued without modulus 11."""
    p = Part("")
    last = g.pick("dk_last")
    lines = [f"{g.pick('dk_first')} {last} {_any_cpr(g, p, 1930, 1960)}"]
    for _ in range(g.rng.randint(3, 5)):
        lines.append(f"  {g.pick('tree')}{g.pick('dk_first')} {last} {_any_cpr(g, p, 1955, 2005)}")
    p.text = "\n".join(lines) + "\n"
    return p


def e_stack_trace(g: Gen) -> Part:
    """A stack trace whose message names the person by the number; request and order ids in the log line."""
    p = Part("")
    p.text = (
        f"{_stamp(g)},044 ERROR worker-{g.rng.randint(1, 9)} request_id={_neg(p, 'log_id', stamp12(g.rng))} "
        f"order={_neg(p, 'log_id', both_like(g.rng))}\nTraceback (most recent call last):\n"
        f'  File "app/sync.py", line {g.rng.randint(10, 400)}, in push\n    client.update(record)\n'
        f"app.errors.ConflictError: {g.pick('trace_noun')} {_any_cpr(g, p)} {g.rng.choice(['already exists', 'not found'])}\n"
    )
    return p


def e_sms(g: Gen) -> Part:
    """An SMS thread: a request for the CPR, answered by the number alone."""
    p = Part("")
    a, b = g.pick("dk_first"), g.pick("dk_first")
    timed = g.rng.random() < 0.5
    t = (lambda m: f"[{14 + m // 60}:{m % 60:02d}] ") if timed else (lambda m: "")
    p.text = f"{t(2)}{a}: hej, {g.pick('request_dk')}?\n{t(5)}{b}: {_any_cpr(g, p, forms=('', '-'))}\n{t(6)}{a}: tak!\n"
    return p


def e_kin(g: Gen) -> Part:
    """An application in lower case: the applicant's CPR, children after a kinship word in brackets."""
    p = Part("")
    kids = ", ".join(f"{g.pick('dk_child').lower()} ({g.pick('kin_dk')}) {_child_cpr(g, p)}" for _ in range(2))
    p.text = f"boligstøtte\nansøger: {g.person('dk').lower()} {_any_cpr(g, p, forms=('',))}\nhusstand: {kids}\n"
    return p


def e_first_names(g: Gen) -> Part:
    """Children's CPRs after their first names in a sentence."""
    p = Part("")
    one, two = g.rng.sample(g.v["dk_child"], 2)
    p.text = (
        f"Tilmelding til {g.rng.choice(['svømning', 'fodbold', 'musikskolen'])} for {one} {_child_cpr(g, p)} "
        f"og {two} {_child_cpr(g, p)}. Betaler: {g.person('dk')}.\n"
    )
    return p


def e_birth_date_row(g: Gen) -> Part:
    """Rows giving a birth date and then the CPR without modulus 11 (ten digits)."""
    p = Part("")
    rows = []
    for _ in range(g.rng.randint(2, 4)):
        born = _date(g.rng, 1950, 2004)
        ten = cpr(g.rng, False, born)
        p.gold.append(("DK_CPR", ten))
        when = born.strftime(g.rng.choice(["%d.%m.%Y", "%Y-%m-%d", "%d-%m-%Y"]))
        rows.append(f"{g.person('dk')};{when};{ten};{g.rng.randint(1000, 9990)}")
    p.text = "\n".join(rows) + "\n"
    return p


def e_samordning_twelve(g: Gen) -> Part:
    """A samordningsnummer with its century in an English log line (no Swedish word)."""
    p = Part("")
    twelve = pnr(g.rng, coordination=True, born=_date(g.rng, 1950, 2004))
    p.gold.append(("SE_PERSONNUMMER", twelve))
    sep = g.rng.choice([" ", "-"])
    p.text = (
        f"{_stamp(g)} WARN dedupe: record {twelve[:8]}{sep}{twelve[8:]} merged into batch {g.rng.randint(100, 999)}\n"
    )
    return p


def e_broken_twelve(g: Gen) -> Part:
    """A personnummer with its century broken at the hyphen by a line end."""
    p = Part("")
    twelve = pnr(g.rng, born=_date(g.rng, 1950, 2004))
    p.gold.append(("SE_PERSONNUMMER", twelve))
    p.text = (
        f"Tingsrätten, mål B {g.rng.randint(1000, 9999)}-26. Den tilltalade {g.person('se')}, född {twelve[:8]}-\n"
        f"{twelve[8:]}, har överklagat domen.\n"
    )
    return p


_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def e_hetu_in_swedish(g: Gen) -> Part:
    """A HETU in Swedish text, with the century signs of 2023 too."""
    p = Part("")
    born = _date(g.rng, 1950, 2012)
    sign = g.rng.choice(["-", "U", "V"]) if born.year < 2000 else g.rng.choice(["A", "B", "C"])
    serial = g.rng.randint(2, 899)
    hetu = f"{born:%d%m%y}{sign}{serial:03d}{_HETU_CHECK[int(f'{born:%d%m%y}{serial:03d}') % 31]}"
    p.gold.append(("FI_PERSONAL_IDENTITY_CODE", hetu))
    p.text = f"Finlandssvensk anställd i {g.rng.choice(['Haparanda', 'Umeå'])}: {g.person('se')}, finsk personbeteckning {hetu}.\n"
    return p


def e_no_dotted(g: Gen) -> Part:
    """Fødselsnummer asked for in a sentence; the last one written with a dotted date."""
    p = Part("")
    first, second = no_fnr(g.rng), no_fnr(g.rng)
    p.gold += [("NO_FODSELSNUMMER", first), ("NO_FODSELSNUMMER", second)]
    p.text = (
        f"Hei! Vi trenger fødselsnummeret til begge for barnehageplassen: Ola {first}. Mor: Kari\n"
        f"Hagen, {second[:2]}.{second[2:4]}.{second[4:6]} {second[6:]}. Takk!\n"
    )
    return p


def e_list_label(g: Gen) -> Part:
    """A list of CPR-shaped numbers (hyphen, modulus 11) after a label naming another kind of number."""
    p = Part("")
    numbers = [_neg(p, "listed_number", cpr_like(g.rng)) for _ in range(3)]
    p.text = f"{g.pick('list_label')}: " + ", ".join(f"{n[:6]}-{n[6:]}" for n in numbers) + ".\n"
    return p


FAMILY_E: list[Template] = [
    e_access_log,
    e_sie,
    e_payslip_scheme,
    e_denial,
    e_machine_header,
    e_family_tree,
    e_stack_trace,
    e_sms,
    e_kin,
    e_first_names,
    e_birth_date_row,
    e_samordning_twelve,
    e_broken_twelve,
    e_hetu_in_swedish,
    e_no_dotted,
    e_list_label,
]


# --- templates, family F (tune8 / sealed8): the classes hold-out v6 showed, as families, written with the
# session-8 rules (not independent: the rules' own author wrote them, to see they carry to other shapes)
def _pnr12(g: Gen, part: Part, lo: int = 1940, hi: int = 2004) -> str:
    twelve = pnr(g.rng, born=_date(g.rng, lo, hi))
    part.gold.append(("SE_PERSONNUMMER", twelve))
    return twelve


def _pairs(digits: str, sep: str, grouping: int = 0) -> str:
    """Read out in pairs; grouping 1: the date in pairs and the serial whole, 2: DDMM then pairs."""
    if grouping == 1 and len(digits) == 10:
        return sep.join(digits[i : i + 2] for i in range(0, 6, 2)) + (" " if sep == "." else sep) + digits[6:]
    if grouping == 2 and len(digits) == 10:
        return digits[:4] + " " + " ".join(digits[i : i + 2] for i in range(4, 10, 2))
    return sep.join(digits[i : i + 2] for i in range(0, len(digits), 2))


def f_urls(g: Gen) -> Part:
    """Identifiers in URLs and request lines under a key or segment naming them or their holder; other
    numbers under keys and segments naming things (hard negatives: valid CPR dates, modulus 11)."""
    p = Part("")
    host = g.pick("url_host")
    ten = cpr(g.rng, True, _date(g.rng, 1945, 2004))
    p.gold.append(("DK_CPR", ten))
    query = g.rng.choice(["?{k}={n}&fane=stamdata", "?filter[{k}]={n}", "?q={k}:{n}"]).format(
        k=g.pick("url_key"), n=ten
    )
    lines = [
        f"{_stamp(g)} INFO GET /v2/opslag{query} 200 {g.rng.randint(5, 90)}ms",
        f"{_stamp(g)} INFO GET /v2/{g.pick('url_thing_segment')}/{_neg(p, 'url_thing', cpr_like(g.rng))}/status 200",
        f"{_stamp(g)} INFO GET /v2/opslag?id={_neg(p, 'url_id', cpr_like(g.rng))} 404",
    ]
    if g.rng.random() < 0.5:
        person = cpr(g.rng, True, _date(g.rng, 1945, 2004))
        p.gold.append(("DK_CPR", person))
        route = g.rng.choice(["", "#/", "app/#/"])
        lines.append(f"Link: https://{host}/{route}{g.pick('url_person_segment')}/{person}/oversigt")
    else:
        lines.append(f"GET /api/v1/kunder/{_pnr12(g, p)}/fakturor HTTP/1.1 200")
        lines.append(
            f"GET /api/v1/ordrer/{_neg(p, 'url_thing', pnr(g.rng, born=_date(g.rng, 1950, 2004)))}/status HTTP/1.1 200"
        )
    p.text = "\n".join(lines) + "\n"
    return p


def f_pairs(g: Gen) -> Part:
    """An identifier read out in pairs of digits after a word naming it; a phone number in pairs beside."""
    p = Part("")
    sep = g.rng.choice([" ", " ", "-", "."])
    if g.rng.random() < 0.6:
        ten = cpr(g.rng, True, _date(g.rng, 1945, 2004))
        p.gold.append(("DK_CPR", ten))
        said = g.pick("pair_intro_dk").format(n=_pairs(ten, sep, g.rng.choice([0, 0, 1, 2])))
    else:
        said = g.pick("pair_intro_se").format(n=_pairs(_pnr12(g, p), sep))
    phone = g.pick("pair_phone").format(n=_pairs(_neg(p, "phone_pairs", cpr_like(g.rng)), " "))
    p.text = f"Telefonnotat {g.rng.randint(1, 28)}/11: {said} {phone}.\n"
    return p


def f_english(g: Gen) -> Part:
    """English prose: a CPR written with a space, a personnummer with its century, an amount and its
    currency or "over the phone" between; an invoice in SEK as a hard negative."""
    p = Part("")
    ten = cpr(g.rng, True, _date(g.rng, 1945, 2004))
    p.gold.append(("DK_CPR", ten))
    a = g.pick("en_cpr").format(n=f"{ten[:6]} {ten[6:]}")
    b = g.pick("en_pnr").format(a=f"{g.rng.randint(1, 9)} {g.rng.randint(100, 999)}", n=_pnr12(g, p))
    c = f"Invoice {_neg(p, 'invoice', se_like(g.rng))} of {g.rng.randint(200, 9000)} SEK is overdue."
    p.text = f"Ticket #{g.rng.randint(10000, 99999)}\n{a} {b}\n{c}\n"
    return p


def f_certificate(g: Gen) -> Part:
    """A certificate subject in several notations: its serialNumber holds the holder's personnummer; the
    certificate's own serial number (hex) and a device's serial number (no subject) are no identifiers."""
    p = Part("")
    name = g.person("se")
    twelve = _pnr12(g, p)
    style = g.pick("dn_style")
    if style == "openssl":
        subject = f"        Subject: C=SE, O=Testbank AB, CN={name}, serialNumber={twelve}"
    elif style == "oneline":
        subject = f"subject=/C=SE/O=Testbank AB/CN={name}/serialNumber={twelve}"
    elif style == "rfc4514":
        subject = f"Subject DN: SERIALNUMBER={twelve},CN={name},O=Testbank AB,C=SE"
    elif style == "ldif":
        subject = f"dn: cn={name},ou=People,dc=testbank,dc=se\nobjectClass: person\nserialNumber: {twelve}\ncn: {name}"
    else:
        subject = f"        Subject: C=SE, CN={name}, serialNumber=PNOSE-{twelve}"
    hexed = ":".join(f"{g.rng.randint(0, 255):02x}" for _ in range(8))
    device = _neg(p, "device_serial", se_like(g.rng))
    p.text = (
        f"Certificate:\n    Data:\n        Serial Number: {hexed}\n{subject}\n"
        f"Token hardware serialNumber={device} (firmware {g.rng.randint(1, 9)}.{g.rng.randint(0, 9)})\n"
    )
    return p


def f_chat(g: Gen) -> Part:
    """A chat export with dates and seconds: the answer to a request for the CPR is the number alone."""
    p = Part("")
    a, b = g.pick("dk_first"), g.pick("dk_first")
    ten = cpr(g.rng, g.rng.random() < 0.6, _date(g.rng, 1960, 2006))
    p.gold.append(("DK_CPR", ten))
    day = f"{g.rng.randint(1, 28):02d}.11.26"
    if g.pick("chat_style") == "whatsapp_ios":

        def head(m: int) -> str:
            return f"[{day}, 19:{m:02d}:{g.rng.randint(0, 59):02d}] "
    else:

        def head(m: int) -> str:
            return f"{day}, 19:{m:02d} - "

    p.text = f"{head(3)}{a}: {g.pick('request_dk')}\n{head(5)}{b}: {ten}\n{head(6)}{a}: Tak 👍\n"
    return p


def f_denied_negative(g: Gen) -> Part:
    """A label line whose aside denies a negative word ("uden CVR"); a CVR line as hard negative."""
    p = Part("")
    ten = cpr(g.rng, True, _date(g.rng, 1945, 2004))
    p.gold.append(("DK_CPR", ten))
    p.text = (
        f"Modtager: {g.person('dk')}\nCPR-nr. ({g.pick('aside_dk')}): {ten[:6]}-{ten[6:]}\n"
        f"Afsender CVR: {_neg(p, 'cvr_labelled', cpr_like(g.rng))}\n"
    )
    return p


def f_centenarian(g: Gen) -> Part:
    """A centenarian's personnummer with "+" broken over two lines."""
    p = Part("")
    twelve = _pnr12(g, p, 1910, 1925)
    p.text = (
        f"Tack-brev till våra äldsta givare: {g.person('se')} (personnr {twelve[2:8]}+\n{twelve[8:]}) har gett "
        f"sedan {g.rng.randint(1960, 1990)}. Givarnr {_neg(p, 'donor_number', any_ten(g.rng))}.\n"
    )
    return p


def f_plain_short(g: Gen) -> Part:
    """Plain ten-digit personnummer after a holder's name (foreign letters, two-letter surnames) on a
    pension statement or a library card; agreement and card numbers beside."""
    p = Part("")
    twelve = _pnr12(g, p, 1950, 2000)
    name = g.rng.choice([f"{g.pick('intl_first')} {g.pick('intl_last')}", g.person("se")])
    if g.rng.random() < 0.5:
        p.text = (
            f"Pension - årsbesked\nAvtal {_neg(p, 'agreement', any_ten(g.rng))}\n{name}, {twelve[2:]}\n"
            f"Värde 31 dec: {g.rng.randint(10, 900)}.{g.rng.randint(100, 999)},{g.rng.randint(10, 99)} kr\n"
        )
    else:
        p.text = f"Lånekort\nMålsman: {name}, {twelve[2:]}\nLånekortsnummer {g.rng.randint(10**13, 10**14 - 1)}\n"
    return p


def f_d_number(g: Gen) -> Part:
    """A Norwegian D-number under an English label."""
    p = Part("")
    fnr = no_fnr(g.rng)
    d = f"{int(fnr[:2]) + 40}{fnr[2:9]}"
    # recompute the two check digits for the D-number body
    k1 = 11 - sum(int(x) * w for x, w in zip(d, (3, 7, 6, 1, 8, 9, 4, 5, 2), strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return f_d_number(g)
    d += str(k1)
    k2 = 11 - sum(int(x) * w for x, w in zip(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return f_d_number(g)
    d += str(k2)
    p.gold.append(("NO_FODSELSNUMMER", d))
    label = g.rng.choice(["D-number", "D number", "Norwegian D-number"])
    p.text = f"Contractor onboarding - Norway\nName: {g.pick('intl_first')} {g.pick('intl_last')}\n{label}: {d}\nTax card: received\n"
    return p


def f_swift(g: Gen) -> Part:
    """An MT103 whose remittance line names an invoice by an abbreviation (hard negative: personnummer-shaped)."""
    p = Part("")
    n = _neg(p, "swift_invoice", se_like(g.rng))
    written = f"{n[:6]}-{n[6:]}" if g.rng.random() < 0.5 else n
    p.text = (
        f":20:REF{g.rng.randint(10**9, 10**10 - 1)}\n:32A:261201SEK{g.rng.randint(100, 9000)},00\n"
        f":50K:/{g.rng.randint(10**11, 10**12 - 1)}\n{g.person('se').upper()}\n:59:/{g.rng.randint(10**13, 10**14 - 1)}\n"
        f"{g.person('se').upper()}\n:70:{g.pick('swift_thing')} {written} HYRA\n:71A:OUR\n"
    )
    return p


def f_lottery(g: Gen) -> Part:
    """Winning numbers under their label and a numbered draw (hard negatives: valid personnummer)."""
    p = Part("")
    numbers = [_neg(p, "lottery", se_like(g.rng)) for _ in range(3)]
    label = g.pick("lottery").format(w=g.rng.randint(1, 52))
    p.text = f"Spel: {label}: " + ", ".join(f"{n[:6]}-{n[6:]}" for n in numbers) + ". Kontrollera din lott.\n"
    return p


def f_list_positive(g: Gen) -> Part:
    """A list after a label naming people, initials in brackets, some CPRs without modulus 11; a list of
    case numbers the same way as hard negatives."""
    p = Part("")
    items = []
    for k in range(3):
        ten = cpr(g.rng, k != 1, _date(g.rng, 1950, 2004))
        p.gold.append(("DK_CPR", ten))
        items.append(f"{ten[:6]}-{ten[6:]} ({g.pick('initials')})")
    cases = [_neg(p, "case_list", cpr_like(g.rng)) for _ in range(2)]
    p.text = (
        f"{g.pick('list_person')}: {items[0]}, {items[1]} og {items[2]}.\n"
        f"{g.pick('list_thing')}: " + ", ".join(f"{c[:6]}-{c[6:]} ({g.pick('initials')})" for c in cases) + ".\n"
    )
    return p


def f_pdf_country_list(g: Gen) -> Part:
    """A Nordic staff list whose column gaps a PDF lost: a country code, one space, the identifier."""
    p = Part("")
    ten = cpr(g.rng, True, _date(g.rng, 1950, 2004))
    twelve = pnr(g.rng, born=_date(g.rng, 1950, 2004))
    fnr = no_fnr(g.rng)
    p.gold += [("DK_CPR", ten), ("SE_PERSONNUMMER", twelve), ("NO_FODSELSNUMMER", fnr)]
    p.text = (
        "Nordisk medarbejderliste\nNavn Land Identitetsnummer\n"
        f"{g.person('dk')} DK {ten[:6]}-{ten[6:]}\n{g.person('se')} SE {twelve[2:8]}-{twelve[8:]}\n"
        f"{g.pick('intl_first')} Berg NO {fnr}\n"
    )
    return p


_LETTER_FOR = {"0": "O", "1": "l", "5": "S", "8": "B"}


def f_ocr_fax(g: Gen) -> Part:
    """A faxed or scanned letter: a personnummer after its holder's name with one letter for a digit; a
    lot number of the same shape without a holder as the hard negative."""
    p = Part("")
    twelve = _pnr12(g, p, 1930, 1990)
    ten = f"{twelve[2:8]}-{twelve[8:]}"
    spots = [i for i, ch in enumerate(ten) if ch in _LETTER_FOR]
    if spots:
        i = g.rng.choice(spots)
        ten = ten[:i] + _LETTER_FOR[ten[i]] + ten[i + 1 :]
    lot = se_like(g.rng)
    lot_spots = [i for i, ch in enumerate(lot) if ch in _LETTER_FOR]
    lot_written = f"{lot[:6]}-{lot[6:]}"
    if lot_spots:
        i = g.rng.choice(lot_spots)
        lot_written = lot_written[: i + (i >= 6)] + _LETTER_FOR[lot[i]] + lot_written[i + (i >= 6) + 1 :]
    p.negatives.append(("lot_misread", lot))
    p.text = (
        f"FAX Från: {g.pick('se_last')} & Partners   Sida 1 av {g.rng.randint(1, 3)}\n"
        f"Ang.: Dödsbo efter {g.person('se')}, {ten}\n"
        f"Bilaga: parti {lot_written} (inventarieförteckning)\n"
    )
    return p


def f_gift(g: Gen) -> Part:
    """A gift reported for the tax deduction: the donor's number after a word for the gift in a payment
    line or a receipt; a gift card's number beside as the hard negative."""
    p = Part("")
    if g.rng.random() < 0.5:
        twelve = _pnr12(g, p, 1945, 2000)
        p.text = (
            f":20:{g.rng.randint(10**11, 10**12 - 1)}\n:32A:261201SEK{g.rng.randint(100, 9000)},00\n"
            f"{g.person('se').upper()}\n:70:{g.rng.choice(['GAVA', 'GÅVA', 'GAVE'])} {twelve[2:]}\n"
        )
    else:
        ten = cpr(g.rng, True, _date(g.rng, 1945, 2000))
        p.gold.append(("DK_CPR", ten))
        card = _neg(p, "gift_card", cpr_like(g.rng))
        p.text = (
            f"Kvittering for gave til {g.rng.choice(['Kræftens Bekæmpelse', 'Red Barnet', 'Dyrenes Beskyttelse'])}\n"
            f"Giver: {g.person('dk')}, {ten[:6]}-{ten[6:]}\nGavekort nr. {card}\n"
        )
    return p


FAMILY_F: list[Template] = [
    f_ocr_fax,
    f_gift,
    f_urls,
    f_pairs,
    f_english,
    f_certificate,
    f_chat,
    f_denied_negative,
    f_centenarian,
    f_plain_short,
    f_d_number,
    f_swift,
    f_lottery,
    f_list_positive,
    f_pdf_country_list,
]


FAMILIES = {
    "tune": FAMILY_A,
    "holdout": FAMILY_B,
    "sealed": FAMILY_C,
    "tune5": FAMILY_D,
    "sealed5": FAMILY_D,
    "tune7": FAMILY_E,
    "sealed7": FAMILY_E,
    "tune8": FAMILY_F,
    "sealed8": FAMILY_F,
}
SEEDS = {
    "tune": 31_337,
    "holdout": 90_210,
    "sealed": 271_828,
    "tune5": 5_551,
    "sealed5": 8_675_309,
    "tune7": 7_007,
    "sealed7": 70_707,
    "tune8": 8_008,
    "sealed8": 80_808,
}


def corpus(split: str, documents: int, seed: int | None = None) -> list[Doc]:
    """``documents`` documents of the split; each joins one to three templates (like a real file)."""
    templates = FAMILIES[split]
    rng = random.Random(SEEDS[split] if seed is None else seed)
    gen = Gen(split, rng)
    docs = []
    for i in range(documents):
        doc = Doc(f"unseen-{split}-{i:04d}.txt", "")
        texts = []
        for template in rng.sample(templates, k=rng.randint(1, 3)):
            part = template(gen)
            texts.append(part.text)
            doc.gold += part.gold
            doc.optional += part.optional
            doc.negatives += part.negatives
        doc.text = "\n".join(texts)
        docs.append(doc)
    return docs


assert all(_mod11(cpr_like(random.Random(s))) for s in range(3))
