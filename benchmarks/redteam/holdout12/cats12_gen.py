"""Generated documents of the v12 categories hold-out: six layouts per language (a court list, a pharmacy SMS, a
payslip, a travel-assistance booking, a membership welcome and an access-system enrolment log), ``DRAWS`` each,
half revealing a category about the one person the document names and half the same layout with an ordinary line.

The revealing sentence or line is labelled; its look-alike is a negative (rule 81 of ``cats12_build.py``)."""

from __future__ import annotations

import random
from collections.abc import Callable

DRAWS = 10
Doc = dict[str, object]
Line = tuple[str, list[str]]  # (text, categories: empty for an ordinary line)

# Invented people of many origins, as written in Danish and Swedish registers.
PEOPLE = {
    "da": (
        "Lærke Bundgaard, Torsten Fogh, Yasmin El-Khatib, Oleksandr Bondarenko, Mie Skytte Hald, Niklas Ravnsborg, "
        "Ayşe Demirci, Rógvi Joensen, Sunniva Lykke Brandt, Jamal Warsame, Kaja Nowakowska, Bjarke de Neergaard, "
        "Thuy Nguyen Pedersen, Palle Ottosen, Ingeborg Kofoed, Arun Sivakumar, Gry Østergaard, Mathias Fyhn, "
        "Zainab Hussaini, Villum Krabbe, Nivi Kleist, Ebbe Rosenkvist, Dragana Perić, Ejnar Bach"
    ).split(", "),
    "sv": (
        "Ebba Lindroos, Tobias Hägglund, Nour Al-Sayed, Dmytro Kovalenko, Saga Wennerholm, Janne Kuoppala, "
        "Elif Kaplan, Märta von Essen, Hamid Rostami, Ingela Bäckman, Minh Anh Tran, Viggo Strömqvist, "
        "Amina Jama Farah, Sixten Almgren, Agnieszka Zielińska, Per-Olof Nyman, Maja Sundqvist Öberg, Kenan Hodžić, "
        "Lo Granath, Stellan af Klercker, Rebecka Mäki, Jesper Wallin, Desta Haile, Gunhild Sörlin"
    ).split(", "),
}
CITIES = {
    "da": "Odense Esbjerg Holbæk Viborg Næstved Herning Roskilde Sønderborg Frederikshavn Svendborg".split(),
    "sv": "Västerås Gävle Borås Karlstad Växjö Östersund Kalmar Skellefteå Halmstad Nyköping".split(),
}


def _first(name: str) -> str:
    return name.split()[0]


# --- the six layouts: each returns the lines before, the focus line, and the lines after -----------------------


def _court(rng: random.Random, lang: str, name: str, reveal: bool) -> tuple[str, Line, str]:
    city = rng.choice(CITIES[lang])
    if lang == "da":
        crimes = ["simpel vold", "butikstyveri", "spirituskørsel", "dokumentfalsk", "hærværk", "narkotikabesiddelse"]
        civil = ["lejesag", "inkasso", "skilsmisse, bodeling", "mangler ved bolig", "arvesag"]
        head = f"Retsliste, Retten i {city}, {rng.randint(2, 27)}. {rng.choice(['marts', 'april', 'maj'])}\n"
        head += f"Kl. 09.00, retssal {rng.randint(1, 6)}: Nordic Hus A/S mod Tømrerfirmaet Holm ApS – entreprise\n"
        if reveal:
            focus = f"Kl. 10.30, retssal {rng.randint(1, 6)}: Anklagemyndigheden mod {name} – {rng.choice(crimes)}"
        else:
            focus = f"Kl. 10.30, retssal {rng.randint(1, 6)}: {name} mod Boligselskabet Bo-Vest – {rng.choice(civil)}"
        tail = "\nDørene åbnes 15 minutter før. Tilhørere skal vise legitimation."
    else:
        crimes = ["misshandel", "snatteri", "rattfylleri", "urkundsförfalskning", "skadegörelse", "narkotikabrott"]
        civil = ["hyrestvist", "fordran", "vårdnad om barn", "fel i fastighet", "arvstvist"]
        head = f"Förhandlingslista, {city} tingsrätt, {rng.randint(2, 27)} {rng.choice(['mars', 'april', 'maj'])}\n"
        head += f"Kl. 09.00, sal {rng.randint(1, 6)}: Bygg & Mark i Norr AB mot Fasadteknik AB – entreprenad\n"
        if reveal:
            focus = f"Kl. 10.30, sal {rng.randint(1, 6)}: Åklagaren mot {name} – {rng.choice(crimes)}"
        else:
            focus = f"Kl. 10.30, sal {rng.randint(1, 6)}: {name} mot Stångåstaden AB – {rng.choice(civil)}"
        tail = "\nÅhörare är välkomna. Säkerhetskontroll vid entrén."
    return head, (focus, ["criminal_records"] if reveal else []), tail


def _pharmacy(rng: random.Random, lang: str, name: str, reveal: bool) -> tuple[str, Line, str]:
    drugs = ["Metformin", "Sertralin", "Levothyroxin", "Warfarin", "Lamotrigin", "Salbutamol inhalator", "Insulin"]
    goods = ["solcreme", "plaster", "håndcreme", "vitaminpiller", "tandtråd", "myggebalsam"]
    goods_sv = ["solskydd", "plåster", "handkräm", "vitaminer", "tandtråd", "myggmedel"]
    city = rng.choice(CITIES[lang])
    first = _first(name)
    if lang == "da":
        head = f"Apoteket {city}: Hej {first}. "
        focus = (
            f"Din recept på {rng.choice(drugs)} er klar til afhentning."
            if reveal
            else f"Din webordre med {rng.choice(goods)} er klar til afhentning."
        )
        tail = f" Vi har åbent til kl. {rng.choice([17, 18, 19])}. Kode: {rng.randint(1000, 9999)}"
    else:
        head = f"Apoteket {city}: Hej {first}! "
        focus = (
            f"Ditt recept på {rng.choice(drugs)} finns att hämta."
            if reveal
            else f"Din webbordrer med {rng.choice(goods_sv)} finns att hämta."
        )
        tail = f" Ta med legitimation. Hämtkod {rng.randint(1000, 9999)}."
    return head, (focus, ["health"] if reveal else []), tail


def _payslip(rng: random.Random, lang: str, name: str, reveal: bool) -> tuple[str, Line, str]:
    pay = rng.randint(26, 44) * 1000 + rng.choice([0, 250, 500, 750])
    if lang == "da":
        unions = ["HK Privat", "FOA", "3F", "Dansk Metal", "Serviceforbundet", "Krifa"]
        others = ["Frokostordning", "Firmatelefon, skattepligtig", "Personaleforening", "Sundhedsforsikring"]
        amount = f"{pay:,}".replace(",", ".")
        head = f"Lønseddel {rng.choice(['januar', 'februar', 'marts'])} – {name}\nGrundløn {amount},00\n"
        focus = f"Kontingent {rng.choice(unions)} -{rng.randint(380, 560)},00" if reveal else rng.choice(others)
        if not reveal:
            focus += f" -{rng.randint(90, 420)},00"
        tail = f"\nATP -99,00\nUdbetalt til konto i {rng.choice(['Danske Bank', 'Nordea', 'Jyske Bank'])}"
    else:
        unions = ["Kommunal", "Unionen", "IF Metall", "Vision", "Vårdförbundet", "Handels"]
        others = ["Personalklubb", "Förmån bilplats", "Lunchkuponger", "Gruppliv"]
        amount = f"{pay:,}".replace(",", " ")
        head = f"Lönespecifikation {rng.choice(['januari', 'februari', 'mars'])} – {name}\nMånadslön {amount},00\n"
        focus = f"Fackavgift {rng.choice(unions)} -{rng.randint(280, 560)},00" if reveal else rng.choice(others)
        if not reveal:
            focus += f" -{rng.randint(90, 420)},00"
        tail = f"\nSkatt -{pay // 4},00\nUtbetalas till konto i {rng.choice(['Swedbank', 'Handelsbanken', 'SEB'])}"
    return head, (focus, ["trade_union"] if reveal else []), tail


def _assistance(rng: random.Random, lang: str, name: str, reveal: bool) -> tuple[str, Line, str]:
    ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if lang == "da":
        needs = [
            "kørestol til flyets dør, kan ikke gå på trapper",
            "medbringer ilt (bærbar iltkoncentrator)",
            "insulin og køletaske i håndbagagen, type 1-diabetes",
            "blind, rejser med førerhund",
            "nyopereret i hoften, brug for ekstra plads",
        ]
        plain = ["vinduesplads", "ekstra kuffert på 23 kg", "barnevogn afleveres ved gaten", "vegetarisk måltid"]
        head = f"Booking {ref}, SAS, {rng.choice(CITIES[lang])}–Billund\nPassager: {name}\n"
        focus = f"Særlig service: {rng.choice(needs if reveal else plain)}"
        tail = "\nCheck-in åbner 24 timer før afgang."
    else:
        needs = [
            "rullstol till flygplansdörren, kan inte gå i trappor",
            "medför syrgas (bärbar koncentrator)",
            "insulin och kylväska i handbagaget, typ 1-diabetes",
            "synskadad, reser med ledarhund",
            "nyopererad i knät, behöver extra benutrymme",
        ]
        plain = ["fönsterplats", "extra väska 23 kg", "barnvagn lämnas vid gaten", "vegetarisk måltid"]
        head = f"Bokning {ref}, Norwegian, {rng.choice(CITIES[lang])}–Arlanda\nResenär: {name}\n"
        focus = f"Särskild service: {rng.choice(needs if reveal else plain)}"
        tail = "\nIncheckningen öppnar 24 timmar före avgång."
    return head, (focus, ["health"] if reveal else []), tail


def _membership(rng: random.Random, lang: str, name: str, reveal: bool) -> tuple[str, Line, str]:
    first = _first(name)
    if lang == "da":
        kinds = [
            ("Socialdemokratiet i {c}", "political_opinion"),
            ("Dansk Folkeparti, {c} lokalforening", "political_opinion"),
            ("HK Kommunal, afdeling {c}", "trade_union"),
            ("Den Katolske Kirke, Sankt Knuds Sogn i {c}", "religion"),
            ("Jehovas Vidner, {c} menighed", "religion"),
        ]
        plain = ["Haveforeningen Fremtiden i {c}", "{c} Kammerkor", "Motionsklubben {c} Løbere", "{c} Vinlaug"]
        city = rng.choice(CITIES[lang])
        org, cat = rng.choice(kinds) if reveal else (rng.choice(plain), "")
        head = f"Medlemsnr. {rng.randint(10000, 99999)}\n"
        focus = f"Kære {first}, velkommen som medlem af {org.format(c=city)}!"
        tail = f"\nDit medlemskort sendes til {name}. Kontingentet opkræves via Betalingsservice."
    else:
        kinds = [
            ("Socialdemokraterna i {c}", "political_opinion"),
            ("Kristdemokraterna, {c}", "political_opinion"),
            ("Vårdförbundet, avdelning {c}", "trade_union"),
            ("Katolska församlingen i {c}", "religion"),
            ("Pingstkyrkan i {c}", "religion"),
        ]
        plain = ["Koloniföreningen Solrosen i {c}", "{c} Manskör", "Löparklubben {c} IF", "{c} Vinprovarsällskap"]
        city = rng.choice(CITIES[lang])
        org, cat = rng.choice(kinds) if reveal else (rng.choice(plain), "")
        head = f"Medlemsnummer {rng.randint(10000, 99999)}\n"
        focus = f"Hej {first}, välkommen som medlem i {org.format(c=city)}!"
        tail = f"\nMedlemskortet skickas till {name}. Avgiften dras via autogiro."
    return head, (focus, [cat] if reveal else []), tail


def _access(rng: random.Random, lang: str, name: str, reveal: bool) -> tuple[str, Line, str]:
    stamp = f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)} 0{rng.randint(6, 9)}:{rng.randint(10, 59)}"
    door = rng.choice(["Hovedindgang", "Lager B", "Serverrum", "Laboratorium 2"])
    if lang == "da":
        ways = ["fingeraftryk (skabelon gemt)", "ansigtsskabelon", "håndfladescanning", "irisscanning"]
        plain = ["nøglekort nr. ", "pinkode, kort nr. ", "mobilnøgle, enhed nr. "]
        head = f"Adgangssystem – hændelseslog, {door}\n{stamp} Dør åbnet (kort) – Servicemedarbejder\n"
        how = rng.choice(ways) if reveal else rng.choice(plain) + str(rng.randint(1000, 9999))
        focus = f"{stamp} Registrering OK – {name} – {how}"
        tail = f"\n{stamp} Alarm deaktiveret – vagt"
    else:
        ways = ["fingeravtryck (mall sparad)", "ansiktsmall", "handflatsskanning", "irisskanning"]
        plain = ["passerkort nr. ", "pinkod, kort nr. ", "mobilnyckel, enhet nr. "]
        head = f"Passersystem – händelselogg, {door.replace('Hovedindgang', 'Huvudentré')}\n"
        head += f"{stamp} Dörr öppnad (kort) – Lokalvårdare\n"
        how = rng.choice(ways) if reveal else rng.choice(plain) + str(rng.randint(1000, 9999))
        focus = f"{stamp} Registrering OK – {name} – {how}"
        tail = f"\n{stamp} Larm frånslaget – väktare"
    return head, (focus, ["biometric"] if reveal else []), tail


Layout = Callable[[random.Random, str, str, bool], tuple[str, Line, str]]
LAYOUTS: dict[str, Layout] = {
    "courtlist": _court,
    "pharmacy": _pharmacy,
    "payslip": _payslip,
    "assistance": _assistance,
    "membership": _membership,
    "access": _access,
}


def generate(rng: random.Random) -> list[Doc]:
    docs: list[Doc] = []
    for lang in ("da", "sv"):
        for family, layout in LAYOUTS.items():
            for draw in range(DRAWS):
                name = rng.choice(PEOPLE[lang])
                head, (focus, cats), tail = layout(rng, lang, name, draw % 2 == 0)
                start = len(head)
                labels = [{"start": start, "end": start + len(focus), "entity": c} for c in cats]
                docs.append(
                    {"lang": lang, "text": head + focus + tail, "labels": labels, "family": f"gen-{family}-{lang}"}
                )
    return docs
