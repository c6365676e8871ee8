"""Generated layouts of the v9 hold-out (a minority of the set; at most DRAWS documents each).

Each layout writes a source with the same slots as the hand-written bank (``slots.py``) and renders it, so
labels come from the renderer. Wording, separators, row counts and which columns appear vary per draw.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.redteam.common import Doc
from benchmarks.redteam.holdout9.slots import render

DRAWS = 7

DA_FIRST = [
    "Aksel",
    "Bodil",
    "Carsten",
    "Dagmar",
    "Eskild",
    "Frida",
    "Gunnar",
    "Hella",
    "Iben",
    "Jens Ole",
    "Karla",
    "Leif",
    "Merete",
    "Niels",
    "Ofelia",
    "Palle",
    "Rigmor",
    "Svend",
    "Tove",
    "Ulla",
    "Valdemar",
    "Yrsa",
    "Asger",
    "Bente",
    "Cecilie",
    "Ditlev",
    "Elna",
    "Finn",
    "Grethe",
    "Holger",
]
DA_LAST = [
    "Aagaard",
    "Bisgaard",
    "Dybdahl",
    "Enevoldsen",
    "Fog",
    "Gram",
    "Hedegaard",
    "Isaksen",
    "Juul",
    "Kastrup",
    "Lauritsen",
    "Munch",
    "Nørskov",
    "Overgaard",
    "Pihl",
    "Quist",
    "Rosendahl",
    "Sejersen",
    "Tvede",
    "Udsen",
    "Vestergaard",
    "Winther",
    "Ølgaard",
    "Aabye",
]
SV_FIRST = [
    "Agneta",
    "Bertil",
    "Cecilia",
    "Dan",
    "Ebba",
    "Folke",
    "Greta",
    "Harald",
    "Irma",
    "Jarl",
    "Kerstin",
    "Linnéa",
    "Mats",
    "Naima",
    "Olof",
    "Pia",
    "Ragnar",
    "Siv",
    "Tage",
    "Ulrika",
    "Vilgot",
    "Åsa",
    "Alva",
    "Birger",
    "Dagny",
    "Einar",
    "Frans",
    "Gunvor",
]
SV_LAST = [
    "Alm",
    "Bergkvist",
    "Dahlin",
    "Ekdahl",
    "Fransson",
    "Granath",
    "Hedström",
    "Isberg",
    "Jonsson",
    "Kjellberg",
    "Lundell",
    "Malmgren",
    "Norling",
    "Oskarsson",
    "Palmqvist",
    "Rydberg",
    "Sundqvist",
    "Tornberg",
    "Ulander",
    "Wennström",
    "Åkesson",
    "Öberg",
]
NO_NAMES = ["Sigrid Haugland", "Torbjørn Eide", "Randi Vik", "Kjetil Moen", "Solveig Brekke", "Audun Lie"]
FI_NAMES = ["Aila Hämäläinen", "Tapio Laine", "Riikka Heino", "Jarmo Lehto", "Outi Salonen", "Veikko Koski"]
DA_TOWNS = [
    "8900 Randers C",
    "4000 Roskilde",
    "6000 Kolding",
    "7500 Holstebro",
    "9800 Hjørring",
    "4700 Næstved",
    "2630 Taastrup",
    "5700 Svendborg",
]
SV_TOWNS = [
    "891 33 Örnsköldsvik",
    "722 11 Västerås",
    "352 30 Växjö",
    "831 30 Östersund",
    "302 45 Halmstad",
    "621 41 Visby",
    "461 30 Trollhättan",
]
DA_FIRMS = [
    "Limfjordens VVS ApS",
    "Kastrup Kontorservice A/S",
    "Hedens Bogføring ApS",
    "Grenå Maskinstation I/S",
    "Sydfyns Rengøring ApS",
    "Brandes Advokater",
]
SV_FIRMS = [
    "Norrlands Golv AB",
    "Ekdahls Revision AB",
    "Bergslagens Åkeri AB",
    "Kustens Tandvård AB",
    "Hallands Lönekontor AB",
    "Mälarhöjdens Fastigheter AB",
]


def da(rng: random.Random) -> str:
    return f"{rng.choice(DA_FIRST)} {rng.choice(DA_LAST)}"


def sv(rng: random.Random) -> str:
    return f"{rng.choice(SV_FIRST)} {rng.choice(SV_LAST)}"


LAYOUTS: dict[str, Callable[[random.Random], Doc]] = {}


def layout(fn: Callable[[random.Random], Doc]) -> Callable[[random.Random], Doc]:
    LAYOUTS[fn.__name__.replace("_", "-")] = fn
    return fn


@layout
def da_mail_quoted(rng: random.Random) -> Doc:
    boss, clerk, emp = da(rng), da(rng), da(rng)
    form = rng.choice(["", "plain", "space", "endash"])
    neg = rng.choice(["lønnr. {{digits:5}}", "kontonr. {{regkto}}", "ordrenr. {{ten}}", "telefon {{tel:dk}}"])
    head = rng.choice(["Hej {0}", "Kære {0}", "Hej {0},"]).format(boss.split()[0])
    src = (
        f"{head}\n\nJeg har nu oprettet {emp} i lønsystemet. Se mit svar nedenfor.\n\n"
        f"Mvh\n{clerk}\n{rng.choice(DA_FIRMS)}\n\n"
        f"> {rng.choice(['Den', 'On'])} {rng.randint(1, 28)}.{rng.randint(1, 11)}.2026 skrev {boss}:\n"
        f"> Kan du oprette {emp.split()[0]}? CPR: [[cpr:{form}]] – {neg}.\n> \n> /{boss.split()[0]}"
    )
    return render("da", src, rng)


@layout
def sv_mail_quoted(rng: random.Random) -> Doc:
    a, b, c = sv(rng), sv(rng), sv(rng)
    form = rng.choice(["", "ld", "l", "s"])
    opts = form + (",samo" if rng.random() < 0.25 else "")
    src = (
        f"Hej {a.split()[0]}!\n\nTack, jag har lagt in {c} som ny hyresgäst.\n\n/{b}\n"
        f"{rng.choice(SV_FIRMS)} | Växel {{{{tel:sefix}}}}\n\n"
        f"-----Ursprungligt meddelande-----\n"
        f"Från: {a}\nSkickat: den {rng.randint(1, 28)} november 2026\n\n"
        f"Hej! Hyresgästen heter {c} och har personnummer [[pnr:{opts}]]. "
        f"Kontraktsnummer {{{{{rng.choice(['tenl', 'digits:8', 'ocr:10'])}}}}}."
    )
    return render("sv", src, rng)


@layout
def da_daycare_list(rng: random.Random) -> Doc:
    sep = rng.choice([" | ", ";", "\t", "  "])
    rows = []
    for _ in range(rng.randint(3, 6)):
        opts = "plain," if sep != "  " and rng.random() < 0.4 else ""
        opts += rng.choice(["small", "nomod,small", "nomod,small", "baby"])
        rows.append(sep.join([rng.choice(DA_FIRST), f"[[cpr:{opts}]]", "{{tel:dk}}"]))
    head = sep.join(["Barn", rng.choice(["Cpr", "CPR-nr.", "Personnr."]), "Forældre tlf."])
    src = (
        f"{rng.choice(['Vuggestuen Mariehønen', 'Børnehaven Kastanjen', 'Dagtilbud Nord, stue 2'])} – "
        f"{rng.choice(['liste til udflugt', 'tilmelding til juleklip', 'nødkontakter'])}\n\n{head}\n"
        + "\n".join(rows)
        + "\n"
    )
    return render("da", src, rng)


@layout
def sv_class_list(rng: random.Random) -> Doc:
    rows = []
    for _ in range(rng.randint(3, 6)):
        rows.append(f"{{{{tenl}}}}  {rng.choice(SV_FIRST)} {rng.choice(SV_LAST)}  [[pnr:ld,school]]")
    src = (
        f"Klasslista {rng.choice(['5A', '3B', '7C', '9A'])} – {rng.choice(['Björkskolan', 'Ängsskolan', 'Centralskolan'])}\n"
        f"Elev-id     Namn     Personnummer\n" + "\n".join(rows) + f"\nMentor: {sv(rng)}, tfn {{{{tel:se}}}}\n"
    )
    return render("sv", src, rng)


@layout
def da_court_header(rng: random.Random) -> Doc:
    t, v = da(rng), da(rng)
    court = rng.choice(["Retten i Herning", "Retten på Frederiksberg", "Retten i Sønderborg", "Retten i Hillerød"])
    label = rng.choice(["cpr.nr.", "CPR", "personnummer", "cpr-nr."])
    src = (
        f"{court}\nDOM afsagt {{{{date:dk}}}}\nSag {rng.choice(['SS', 'BS'])}-{{{{digits:5}}}}/2026\n\n"
        f"Anklagemyndigheden mod {t}, {label} [[cpr]]\n"
        f"Forurettede: {v}"
        + (", [[cpr]]" if rng.random() < 0.6 else " (cpr udeladt)")
        + f"\nForsvarer: advokat {da(rng)}, tlf. {{{{tel:dk}}}}\nPolitiets j.nr. {{{{digits:4}}}}-{{{{digits:5}}}}-{{{{digits:5}}}}-26\n"
    )
    return render("da", src, rng)


@layout
def sv_court_header(rng: random.Random) -> Doc:
    t = sv(rng)
    src = (
        f"{rng.choice(['Göteborgs tingsrätt', 'Uppsala tingsrätt', 'Hovrätten för Västra Sverige'])}\n"
        f"DOM {{{{date:iso}}}}    Mål nr {rng.choice(['B', 'T', 'FT'])} {{{{digits:4}}}}-26\n\n"
        f"PARTER\nKärande: {rng.choice(SV_FIRMS)}, org.nr {{{{orgnr}}}}\n"
        f"Svarande: {t.upper() if rng.random() < 0.3 else t}, [[pnr:{rng.choice(['', 'ld', 's'])}]]\n"
        f"Ombud: advokat {sv(rng)}\n"
    )
    return render("sv", src, rng)


@layout
def da_hr_pipe(rng: random.Random) -> Doc:
    sep = rng.choice(["|", "¦", " ; ", ","])
    cols = ["Lønnr", "Navn", "CPR", "Reg", "Konto"]
    rows = []
    for _ in range(rng.randint(3, 5)):
        opt = rng.choice(["plain", "plain", "", "plain,nomod,jan1"])
        rows.append(sep.join(["{{digits:5}}", da(rng), f"[[cpr:{opt}]]", "{{digits:4}}", "{{kto}}"]))
    src = sep.join(cols) + "\n" + "\n".join(rows) + "\n"
    return render("da", src, rng)


@layout
def sv_hr_tab(rng: random.Random) -> Doc:
    rows = []
    for _ in range(rng.randint(3, 5)):
        opt = rng.choice(["l", "ld", "l,samo", "s"])
        rows.append("\t".join(["{{digits:4}}", sv(rng), f"[[pnr:{opt}]]", "{{clearing}}"]))
    src = "Anst.nr\tNamn\tPersonnummer\tLönekonto\n" + "\n".join(rows) + "\n"
    return render("sv", src, rng)


@layout
def da_invoice_many(rng: random.Random) -> Doc:
    estate = rng.random() < 0.4
    buyer = f"Dødsbo efter {da(rng)}, cpr [[cpr:old]]" if estate else f"{rng.choice(DA_FIRMS)}, CVR {{{{cvr}}}}"
    src = (
        f"FAKTURA {{{{digits:6}}}}\n{rng.choice(DA_FIRMS)} · CVR {{{{cvr}}}} · P-nr. {{{{pnum}}}}\n"
        f"Kunde: {buyer}\nKundenr. {{{{ten}}}} · Ordrenr. {{{{ten}}}} · Rekvisition {{{{digits:10}}}}\n"
        f"Levering: pakke {{{{sscc}}}}, fragtbrev {{{{dhl}}}}\n"
        f"I alt {{{{amount}}}} kr. Betal til reg. {{{{digits:4}}}} konto {{{{kto}}}} eller {{{{iban:dk,grp}}}}.\n"
        f"Spørgsmål: {{{{tel:dk}}}}\n"
    )
    return render("da", src, rng)


@layout
def sv_invoice_many(rng: random.Random) -> Doc:
    rot = rng.random() < 0.5
    src = (
        f"Faktura {{{{digits:7}}}} från {rng.choice(SV_FIRMS)}, org.nr {{{{orgnr}}}}\n"
        f"Kundnr {{{{tenl}}}}   OCR {{{{ocr:10}}}}   Bankgiro {{{{bg}}}}\n"
        + (f"ROT-avdrag, köpare {sv(rng)} [[pnr:{rng.choice(['ld', 'l', ''])}]]\n" if rot else "Inget ROT-avdrag.\n")
        + "Leveransnr {{sscc}} · Kontakt {{tel:se}}\nAtt betala {{amount}} kr\n"
    )
    return render("sv", src, rng)


@layout
def json_hr(rng: random.Random) -> Doc:
    lang = rng.choice(["da", "sv"])
    items = []
    for _ in range(rng.randint(2, 4)):
        if lang == "da":
            items.append(
                f'{{"id": "{{{{ten}}}}", "navn": "{da(rng)}", "cpr": "[[cpr:{rng.choice(["plain", ""])}]]", '
                f'"tlf": "{{{{tel:dk,plain}}}}"}}'
            )
        else:
            items.append(
                f'{{"id": "{{{{tenl}}}}", "namn": "{sv(rng)}", "pnr": "[[pnr:{rng.choice(["l", "s", "ld"])}]]", '
                f'"tel": "{{{{tel:se,plain}}}}"}}'
            )
    src = '{"export": "personal", "rows": [\n  ' + ",\n  ".join(items) + "\n]}\n"
    return render(lang, src, rng)


@layout
def sv_xml(rng: random.Random) -> Doc:
    people = "".join(
        f"  <Person>\n    <Namn>{sv(rng)}</Namn>\n    <PersonId>[[pnr:l{',samo' if rng.random() < 0.2 else ''}]]</PersonId>\n"
        f"    <Kundnr>{{{{tenl}}}}</Kundnr>\n  </Person>\n"
        for _ in range(rng.randint(2, 3))
    )
    src = f'<Utdrag skapad="{{{{date:iso}}}}" org="{{{{orgnr:plain}}}}">\n{people}</Utdrag>\n'
    return render("sv", src, rng)


@layout
def sql_dump(rng: random.Random) -> Doc:
    dk = rng.random() < 0.5
    vals = []
    for _ in range(rng.randint(2, 4)):
        if dk:
            vals.append(f"({{{{digits:6}}}}, '{da(rng)}', '[[cpr:plain]]', '{{{{kto}}}}')")
        else:
            vals.append(f"({{{{digits:6}}}}, '{sv(rng)}', '[[pnr:l]]', '{{{{tenl}}}}')")
    cols = "(id, navn, cpr, konto)" if dk else "(id, namn, personnr, kundnr)"
    src = (
        f"-- dump {{{{date:iso}}}}\nINSERT INTO {'ansat' if dk else 'kund'} {cols} VALUES\n" + ",\n".join(vals) + ";\n"
    )
    return render("da" if dk else "sv", src, rng)


@layout
def audit_log(rng: random.Random) -> Doc:
    dk = rng.random() < 0.5
    key, slot = ("cpr", "[[cpr:plain]]") if dk else ("pnr", f"[[pnr:{rng.choice(['l', 's'])}]]")
    lines = []
    for i in range(rng.randint(3, 5)):
        stamp = f"2026-11-{rng.randint(1, 30):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
        if rng.random() < 0.6:
            lines.append(f"{stamp} user={{{{digits:5}}}} action=lookup {key}={slot} result=found")
        else:
            lines.append(
                f"{stamp} user={{{{digits:5}}}} action=login session={{{{{'ten' if dk else 'tenl'}}}}} ip=10.0.{i}.{rng.randint(2, 250)}"
            )
    return render("da" if dk else "sv", "\n".join(lines) + "\n", rng)


@layout
def url_log(rng: random.Random) -> Doc:
    dk = rng.random() < 0.5
    lines = []
    for _ in range(rng.randint(3, 5)):
        r = rng.random()
        if r < 0.45:
            lines.append(
                "GET /borger?cpr=[[cpr:plain]]&visning=kort 200" if dk else "GET /api/person/[[pnr:l]]/adress 200"
            )
        elif r < 0.75:
            lines.append(
                "GET /ordre?id={{ten}}&kunde={{ten}} 200" if dk else "GET /order?id={{tenl}}&kund={{tenl}} 200"
            )
        else:
            lines.append(
                "POST /betaling?fik={{ocr:15}}&belob={{digits:5}} 302"
                if dk
                else "POST /betalning?ocr={{ocr:10}}&belopp={{digits:5}} 302"
            )
    return render("da" if dk else "sv", "\n".join(lines) + "\n", rng)


@layout
def da_chat(rng: random.Random) -> Doc:
    a, b = rng.choice(DA_FIRST), rng.choice(DA_FIRST)
    q = rng.choice(["hvad er cpr på", "har du cpr til", "send lige personnummeret på"])
    who = da(rng)
    ans = rng.choice(["[[cpr:plain]]", "[[cpr]]", "det er [[cpr]]", "[[cpr:nomod,kid]] (barnet)"])
    neg = rng.choice(["og hendes tlf er {{tel:dk,plain}}", "kundenr {{ten}}", "ordre {{ten}} er sendt"])
    src = (
        f"[{rng.randint(7, 16):02d}:{rng.randint(10, 59)}] {a}: {q} {who}?\n"
        f"[{rng.randint(7, 16):02d}:{rng.randint(10, 59)}] {b}: {ans}\n"
        f"[{rng.randint(7, 16):02d}:{rng.randint(10, 59)}] {b}: {neg}\n"
    )
    return render("da", src, rng)


@layout
def da_ocr_form(rng: random.Random) -> Doc:
    form = rng.choice(["spdash", "space", "nl", "", "dot"])
    word = rng.choice(["CPR-nr .", "Cpr . nr .", "CPR nr:", "Personnr ."])
    src = (
        f"{rng.choice(['ANSØGNlNG', 'BLANKET', 'TlLMELDlNG'])}  {{{{digits:2}}}}.{{{{digits:3}}}}\n"
        f"Navn :  {da(rng)}\n{word}  [[cpr:{form}]]\n"
        f"Tlf :  {{{{tel:dk}}}}   Kunde nr .  {{{{ten}}}}\n"
        f"Dato  {{{{date:dk}}}}    Underskrift  ______\n"
    )
    return render("da", src, rng)


@layout
def en_memo(rng: random.Random) -> Doc:
    dane, swede = da(rng), sv(rng)
    src = (
        f"MEMO – {rng.choice(['Payroll', 'People Ops', 'Finance'])}, {rng.choice(DA_FIRMS)}\n\n"
        f"{dane} (CPR [[cpr:{rng.choice(['', 'plain'])}]]) transfers to our Malmö entity on {{{{date:iso}}}}. "
        f"{swede} moves the other way; Swedish personnummer [[pnr:{rng.choice(['ld', 'sd'])}]].\n"
        f"Cost centre {{{{digits:4}}}}, PO {{{{ten}}}}, vendor no. {{{{tenl}}}}.\n"
    )
    return render("en", src, rng)


@layout
def nordic_roster(rng: random.Random) -> Doc:
    rows = [
        f"{rng.choice(NO_NAMES)}; NO; [[fnr{':dnr' if rng.random() < 0.3 else ''}]]",
        f"{rng.choice(FI_NAMES)}; FI; [[hetu]]",
        f"{da(rng)}; DK; [[cpr:plain]]",
        f"{sv(rng)}; SE; [[pnr:ld]]",
    ]
    rng.shuffle(rows)
    if rng.random() < 0.5:
        lang, head = "da", f"Deltagere, nordisk {rng.choice(['konference', 'workshop', 'kursus'])}\nNavn; Land; ID\n"
    else:
        lang, head = (
            "en",
            f"Participants, Nordic {rng.choice(['conference', 'workshop', 'course'])}\nName; Country; ID\n",
        )
    src = head + "\n".join(rows[: rng.randint(3, 4)]) + "\nBooking {{ten}}\n"
    return render(lang, src, rng)


@layout
def da_municipal(rng: random.Random) -> Doc:
    who = da(rng)
    kid = rng.random() < 0.5
    src = (
        f"{rng.choice(['Odense', 'Viborg', 'Greve', 'Faxe'])} Kommune\n{rng.choice(['Afgørelse', 'Bevilling', 'Afslag'])} "
        f"vedrørende {rng.choice(['tabt arbejdsfortjeneste', 'merudgifter', 'fritidspas', 'boligindretning'])}\n\n"
        f"Kære {who}\nCPR: [[cpr]]\n"
        + ("Barnets cpr: [[cpr:nomod,kid]]\n" if kid else "")
        + "Sagsnr.: {{digits:2}}.{{digits:2}}.{{digits:2}}-P{{digits:2}}-{{digits:4}}-26\n"
        "Beløbet {{amount}} kr. udbetales til din NemKonto. Spørgsmål: {{tel:dk}}.\n"
    )
    return render("da", src, rng)


@layout
def sv_kommun(rng: random.Random) -> Doc:
    src = (
        f"{rng.choice(['Sundsvalls', 'Lunds', 'Karlstads', 'Skellefteå'])} kommun – beslut om "
        f"{rng.choice(['färdtjänst', 'hemtjänst', 'bostadsanpassning'])}\n\n"
        f"Sökande: {sv(rng)}, [[pnr:{rng.choice(['', 'ld', 'old', 'ld,old'])}]]\n"
        f"Diarienummer: {{{{digits:4}}}}-{{{{digits:4}}}}\nHandläggare: {sv(rng)}, tfn {{{{tel:sefix}}}}\n"
    )
    return render("sv", src, rng)


@layout
def da_bank_statement(rng: random.Random) -> Doc:
    rows = []
    for _ in range(rng.randint(4, 6)):
        txt = rng.choice(
            [
                "Overførsel {{kto}}",
                "BS aftale {{ten}}",
                "MobilePay {{tel:dk,plain}}",
                "Dankort {{digits:4}}",
                "Løn ref {{ten}}",
            ]
        )
        rows.append(f"{rng.randint(1, 28):02d}.11  {txt}  {{{{amount}}}}")
    src = "Kontoudtog konto {{regkto}}\n" + "\n".join(rows) + "\nIngen personnumre vises på udtog.\n"
    return render("da", src, rng)


@layout
def sv_yaml(rng: random.Random) -> Doc:
    people = "".join(
        f'  - namn: {sv(rng)}\n    personnummer: "[[pnr:{rng.choice(["ld", "l"])}]]"\n    medlemsnr: {{{{tenl}}}}\n'
        for _ in range(rng.randint(2, 3))
    )
    src = (
        f"forening: {rng.choice(['Båtklubben Viken', 'Skytteföreningen', 'Körföreningen Lyran'])}\nmedlemmar:\n{people}"
    )
    return render("sv", src, rng)


@layout
def da_police(rng: random.Random) -> Doc:
    src = (
        f"{rng.choice(['Midt- og Vestjyllands', 'Fyns', 'Nordsjællands'])} Politi – {rng.choice(['Rapport', 'Anmeldelse'])}\n"
        f"J.nr. {{{{digits:4}}}}-{{{{digits:5}}}}-{{{{digits:5}}}}-26\n"
        f"Anmelder: {da(rng)}, [[cpr:{rng.choice(['', 'plain', 'space'])}]], tlf. {{{{tel:dk}}}}\n"
        f"Køretøj: reg.nr. {rng.choice(['AB', 'CX', 'DE'])} {{{{digits:2}}}} {{{{digits:3}}}}, stelnr. {{{{digits:10}}}}\n"
    )
    return render("da", src, rng)


@layout
def sv_member_two_cols(rng: random.Random) -> Doc:
    rows = [f"{{{{tenl}}}} | {sv(rng)} | [[pnr:{rng.choice(['s', 'sd'])}]]" for _ in range(rng.randint(3, 5))]
    src = "Medlemsnr | Namn | Personnr\n" + "\n".join(rows) + "\n"
    return render("sv", src, rng)
