"""Generated layouts for the v5 identifier hold-out: many distinct layouts, each drawn a few times."""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.redteam.holdout5.pools import name, street, town

Layout = Callable[[random.Random], tuple[str, str]]


def cpr(rng: random.Random, plain_bias: float = 0.3, old: bool = True) -> str:
    opt = rng.choices(["", "@nomod", "@jan1", "@old"], weights=[80, 10, 5, 5 if old else 0])[0]
    form = "plain" if rng.random() < plain_bias else rng.choice(["dash", "dash", "space"])
    return f"«cpr:{form}{opt}»"


def pnr(rng: random.Random, long_bias: float = 0.4, old: bool = True) -> str:
    opt = rng.choices(["", "@sam", "@old", "@young"], weights=[75, 10, 5 if old else 0, 10])[0]
    if rng.random() < long_bias:
        form = rng.choice(["long", "long_dash", "long_dash", "long_space"])
    else:
        form = rng.choice(["short_dash", "short_dash", "short"])
    return f"«pnr:{form}{opt}»"


def ident(rng: random.Random, lang: str) -> str:
    return cpr(rng) if lang == "da" else pnr(rng)


def lang_of(rng: random.Random) -> str:
    return rng.choice(["da", "sv"])


# --- layouts -----------------------------------------------------------------------------------------


def csv_jobcenter(rng: random.Random) -> tuple[str, str]:
    sep = rng.choice([";", ",", "\t"])
    rows = ["cpr" + sep + "navn" + sep + "ydelse" + sep + "sagsnr" + sep + "sidste_kontakt"]
    for _ in range(rng.randint(3, 7)):
        ydelse = rng.choice(["kontanthjælp", "dagpenge", "sygedagpenge", "ressourceforløb", "uddannelseshjælp"])
        rows.append(
            sep.join(
                [
                    cpr(rng, 0.9, old=False),
                    name(rng, "da"),
                    ydelse,
                    "«dl10m:plain»",
                    f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
                ]
            )
        )
    return "da", "\n".join(rows)


def kivra_notis(rng: random.Random) -> tuple[str, str]:
    sender = rng.choice(["Folksam", "Skatteverket", "CSN", "Länsförsäkringar", "Telia", "Region Skåne"])
    who = name(rng, "sv")
    body = (
        f"Kivra\nNytt brev från {sender}\n\nHej {who.split()[0]}!\nDu har fått ett nytt brev. "
        f"Mottagare: {who}, {pnr(rng)}.\nBrevets id: «ord12». Öppna appen för att läsa.\n"
    )
    if rng.random() < 0.5:
        body += f"Att betala: {rng.randint(100, 9000)} kr till bankgiro «bg», OCR «ocr».\n"
    return "sv", body


def eboks_log(rng: random.Random) -> tuple[str, str]:
    lines = ["tidspunkt;modtager_cpr;afsender;dokumenttype;status"]
    for _ in range(rng.randint(3, 6)):
        lines.append(
            f"2026-11-{rng.randint(1, 30):02d}T{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d};{cpr(rng, 1.0)};"
            f"{rng.choice(['Lønservice A/S', 'Kommunen', 'PFA', 'Sampension'])};{rng.choice(['lønseddel', 'brev', 'årsoversigt'])};"
            f"{rng.choice(['leveret', 'leveret', 'fejl: ingen postkasse'])}"
        )
    lines.append("# batch «ts:dash», CVR afsender «cvr»")
    return "da", "\n".join(lines)


def sie_file(rng: random.Random) -> tuple[str, str]:
    firm = rng.choice(["Bergs Måleri AB", "Norrlands Kyl HB", "Ekström Konsult", "Städ i Väst AB"])
    out = ["#FLAGGA 0", '#PROGRAM "Fortnox" 3.4', "#SIETYP 4", "#ORGNR «orgnr»", f'#FNAMN "{firm}"']
    for i in range(rng.randint(2, 4)):
        who = name(rng, "sv")
        if rng.random() < 0.6:
            out.append(f'#VER L {i + 1} 202611{rng.randint(10, 28)} "Lön {who} {pnr(rng, 0.0, old=False)}"')
        else:
            out.append(f'#VER A {i + 1} 202611{rng.randint(10, 28)} "Leverantörsfaktura «ord12» {who}"')
        out.append("{")
        out.append(f"#TRANS {rng.choice(['7010', '4010', '6110'])} {{}} {rng.randint(500, 40000)}.00")
        out.append(f"#TRANS 1930 {{}} -{rng.randint(500, 40000)}.00")
        out.append("}")
    return "sv", "\n".join(out)


def vcard(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    who = name(rng, lang)
    first, last = who.split()
    phone = "«dkphone:intl»" if lang == "da" else "«semobile:intl»"
    note = "CPR" if lang == "da" else "Pnr"
    card = f"BEGIN:VCARD\nVERSION:4.0\nN:{last};{first};;;\nFN:{who}\nTEL;TYPE=cell:{phone}\n"
    if rng.random() < 0.7:
        card += f"NOTE:{note} {ident(rng, lang)}\n"
    else:
        card += f"NOTE:Kundenr {'«dl10:plain»' if lang == 'da' else '«luhn10:plain»'}\n"
    card += f"ADR;TYPE=home:;;{street(rng, lang)};{town(rng, lang)};;;{'DK' if lang == 'da' else 'SE'}\nEND:VCARD"
    return lang, card


def ical(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    who = name(rng, lang)
    what = rng.choice(["Samtale", "Opfølgning", "Tandlæge"] if lang == "da" else ["Möte", "Uppföljning", "Tandläkare"])
    desc = (
        f"{what} med {who} ({'cpr' if lang == 'da' else 'pnr'} {ident(rng, lang)})"
        if rng.random() < 0.75
        else f"{what} - sag {'«dl10m:dash»' if lang == 'da' else '«ord12:dash»'}"
    )
    return lang, (
        f"BEGIN:VCALENDAR\nPRODID:-//Outlook//EN\nBEGIN:VEVENT\nDTSTART:202612{rng.randint(1, 22):02d}T{rng.randint(8, 15):02d}0000\n"
        f"SUMMARY:{what}\nDESCRIPTION:{desc}\nLOCATION:{town(rng, lang)}\nUID:«ts»-{rng.randint(100, 999)}\nEND:VEVENT\nEND:VCALENDAR"
    )


def sql_dump(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    table, col = ("borger", "cpr") if lang == "da" else ("patient", "personnummer")
    rows = []
    for i in range(rng.randint(2, 5)):
        val = ident(rng, lang).replace(":dash", ":plain").replace(":long_dash", ":long")
        other = "«dl10:plain»" if lang == "da" else "«luhn10:plain»"
        rows.append(f"({1000 + i}, '{name(rng, lang)}', '{val}', '{other}')")
    return (
        lang,
        f"-- dump {rng.randint(1, 9)}.{rng.randint(0, 9)}\nINSERT INTO `{table}` (`id`, `navn`, `{col}`, `kundenr`) VALUES\n"
        + ",\n".join(rows)
        + ";",
    )


def yaml_cfg(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    who = name(rng, lang)
    key = "cpr" if lang == "da" else "personnummer"
    org = "cvr: «cvr»" if lang == "da" else "orgnr: «orgnr»"
    val = ident(rng, lang) if rng.random() < 0.7 else ("«dl10:plain»" if lang == "da" else "«luhn10:plain»")
    k = key if "«cpr" in val or "«pnr" in val else "kundenummer"
    return (
        lang,
        f"service:\n  name: lon-export\n  {org}\n  batch_id: «ts»\ncontact:\n  name: {who}\n  {k}: '{val}'\n  phone: '{'«dkphone»' if lang == 'da' else '«semobile:dash»'}'\n",
    )


def json_api(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    key = "cprNummer" if lang == "da" else "personnummer"
    people = []
    for _ in range(rng.randint(1, 3)):
        people.append(
            f'{{"{key}": "{ident(rng, lang)}", "navn": "{name(rng, lang)}", "ref": "{"«dl10m:plain»" if lang == "da" else "«ord12»"}"}}'
        )
    return lang, '{"status": "ok", "total": ' + str(len(people)) + ', "items": [' + ", ".join(
        people
    ) + '], "requestId": "«ts»"}'


def git_log(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    lines = []
    for _ in range(rng.randint(3, 5)):
        sha = "".join(rng.choice("0123456789abcdef") for _ in range(7))
        who = name(rng, lang)
        msg = rng.choice(
            [
                f"fix: testdata indeholdt rigtigt nummer {ident(rng, lang)}"
                if lang == "da"
                else f"fix: testdata innehöll riktigt nummer {ident(rng, lang)}",
                f"bump version to {rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                f"import: ordre {'«dl10:plain»' if lang == 'da' else '«ord12»'} fejlede"
                if lang == "da"
                else "import: order «ord12» misslyckades",
                "refactor parser",
            ]
        )
        lines.append(f"{sha} {msg} ({who}, 2026-11-{rng.randint(1, 29):02d})")
    return lang, "\n".join(lines)


def stack_trace(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    val = ident(rng, lang).replace(":dash", ":plain")
    return lang, (
        f"2026-11-{rng.randint(1, 29):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:12,044 ERROR worker-{rng.randint(1, 8)} "
        f"request_id=«ts» order={'«dl10:plain»' if lang == 'da' else '«ord12»'}\n"
        f'Traceback (most recent call last):\n  File "app/sync.py", line {rng.randint(20, 400)}, in push\n'
        f'    client.update(person)\n  File "app/client.py", line {rng.randint(20, 400)}, in update\n'
        f"    raise ConflictError(person.id)\napp.errors.ConflictError: person {val} already exists"
    )


def payslip_da(rng: random.Random) -> tuple[str, str]:
    who = name(rng, "da")
    return "da", (
        f"LØNSPECIFIKATION {rng.choice(['OKTOBER', 'NOVEMBER'])} 2026\n{who.upper()}\n{street(rng, 'da')}\n\n"
        f"CPR-nr.: {cpr(rng, old=False)}     Lønnr.: {rng.randint(1, 400)}     Afd.: {rng.randint(10, 99)}\n"
        f"Arbejdsgiver CVR: «cvr»  P-nr.: «pnum»\n"
        f"Fast løn                   {rng.randint(25, 45)}.{rng.randint(0, 999):03d},00\n"
        f"Pension (ordning «dl10m:plain»)   -{rng.randint(1, 4)}.{rng.randint(0, 999):03d},00\n"
        f"Udbetales til reg./konto «dkacct»"
    )


def lonespec_sv(rng: random.Random) -> tuple[str, str]:
    who = name(rng, "sv")
    return "sv", (
        f"Lönespecifikation  Period 2026-{rng.randint(9, 11):02d}\nAnställd: {who}  ({pnr(rng, old=False)})\n"
        f"Arbetsgivare: {rng.choice(['Vårdbolaget Omsorg AB', 'Göta Logistik AB', 'Kommunal Service'])}  Org.nr «orgnr»\n"
        f"Grundlön {rng.randint(24, 48)} 000,00\nSkatteavdrag -{rng.randint(6, 14)} {rng.randint(100, 999)},00\n"
        f"Insättning: clearing/konto «seacct»\nLöneart-ref «ord12»"
    )


def sms_thread(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    a = name(rng, lang).split()[0]
    if lang == "da":
        lines = [f"{a}: hey kan du sende mit cpr, har glemt kortet", f"Mor: {cpr(rng, 0.6)}", f"{a}: tak!! <3"]
        if rng.random() < 0.5:
            lines.append("Mor: og husk at ringe til tandlægen på «dkphone»")
    else:
        lines = [f"{a}: kan du skicka mitt personnummer? ska fylla i en blankett", f"Mamma: {pnr(rng)}", f"{a}: tack ❤️"]
        if rng.random() < 0.5:
            lines.append("Mamma: ring farmor på «semobile:dash» också")
    return lang, "\n".join(lines)


def voicemail(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    who = name(rng, lang)
    if lang == "da":
        txt = f"Besked fra «dkphone:intl» (auto-transskription): hej det er {who} ... jeg ringer om min ansøgning ... mit cpr er {cpr(rng)} ... ring tilbage tak"
    else:
        txt = f"Meddelande från «semobile:intl» (automatisk text): hej det är {who} ... gäller mitt ärende ... personnummer {pnr(rng)} ... ring tillbaka"
    if rng.random() < 0.4:
        txt += " ... ordrenummer «dl10:space»" if lang == "da" else " ... ordernummer «ord12»"
    return lang, txt


def ocr_letter(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    who = name(rng, lang)
    first, last = who.split()
    if lang == "da":
        return "da", (
            f"KOMMUNE - Afgørelse (scannet)\nVedr. {first} {last[:3]}-\n{last[3:]}, cpr «cpr:{rng.choice(['ocr', 'nl', 'dash'])}»\n"
            f"Vi har be-\nhandlet din ansøgning af {rng.randint(1, 28)}.{rng.randint(1, 11)}. Sagsnr. «dl10m:dash»."
        )
    return "sv", (
        f"Beslut (inskannat)\nSökande: {first} {last[:3]}-\n{last[3:]}, pnr «pnr:{rng.choice(['ocr', 'nl', 'short_dash'])}»\n"
        f"Ansö-\nkan har be-\nviljats. Dnr «ord12:dash»."
    )


def wiki_table(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    head = "| Navn | CPR | Medarb.nr | Telefon |" if lang == "da" else "| Namn | Personnr | Anst.nr | Telefon |"
    rows = [head, "|---|---|---|---|"]
    for _ in range(rng.randint(2, 5)):
        num = "«dl10:plain»" if lang == "da" else "«luhn10:plain»"
        tel = "«dkphone»" if lang == "da" else "«semobile:dash»"
        rows.append(f"| {name(rng, lang)} | {ident(rng, lang)} | {num} | {tel} |")
    return lang, ("## Medarbejdere\n\n" if lang == "da" else "## Personal\n\n") + "\n".join(rows)


def kreditupp(rng: random.Random) -> tuple[str, str]:
    who = name(rng, "sv")
    return "sv", (
        f"KREDITUPPLYSNING  {rng.choice(['Creditsafe', 'UC', 'Bisnode'])}\nAvser: {who}  {pnr(rng, 0.7)}\n"
        f"Förfrågan gjord av: {rng.choice(['Ikano Bank', 'Resurs Bank', 'Klarna'])} (org.nr «orgnr»)\n"
        f"Referens: «ord12:dash»\nAnmärkningar: {rng.randint(0, 2)}\nTaxerad inkomst: {rng.randint(180, 700)} 000 kr"
    )


def skade(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    who = name(rng, lang)
    if lang == "da":
        return "da", (
            f"SKADEANMELDELSE\nSkadelidte: {who}\nCPR: {cpr(rng)}\nPolicenr.: «dl10m:plain»\nSkadenr.: «dl10:dash»\n"
            f"Hændelse: {rng.choice(['vandskade i kælder', 'cykeltyveri', 'glasskade', 'tandskade'])}\nIMEI (ved telefon): «imei»"
        )
    return "sv", (
        f"SKADEANMÄLAN\nSkadelidande: {who}\nPersonnr: {pnr(rng)}\nFörsäkringsnr: «luhn10:plain»\nSkadenr: «ord12»\n"
        f"Händelse: {rng.choice(['vattenskada', 'cykelstöld', 'glasruta', 'inbrott i förråd'])}"
    )


def exam_list(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    if lang == "da":
        rows = [
            f"{rng.randint(2019, 2025)}{rng.randint(1000, 9999)}  {name(rng, 'da'):<24}{cpr(rng, 0.5, old=False)}"
            for _ in range(rng.randint(3, 6))
        ]
        return (
            "da",
            f"EKSAMENSLISTE {rng.choice(['Statistik', 'Anatomi', 'Erhvervsret'])} - lokale {rng.randint(1, 4)}.{rng.randint(10, 99)}\n"
            + "\n".join(rows),
        )
    rows = [
        f"{name(rng, 'sv'):<24}{pnr(rng, 0.5, old=False)}  {rng.choice(['G', 'VG', 'U', '-'])}"
        for _ in range(rng.randint(3, 6))
    ]
    return (
        "sv",
        f"Resultatlista {rng.choice(['Makroekonomi', 'Anatomi', 'Juridisk översiktskurs'])} (Ladok-export)\n"
        + "\n".join(rows),
    )


def vet_journal(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    pet = rng.choice(["Molly", "Rex", "Luna", "Charlie", "Misse", "Sixten"])
    owner = name(rng, lang)
    if lang == "da":
        return (
            "da",
            f"Patient: {pet} (chip «num:15»)\nEjer: {owner}, {cpr(rng)}, tlf «dkphone»\nFaktura «dl10:plain»\nKunde-nr «dl10m:plain»",
        )
    return (
        "sv",
        f"Patient: {pet} (chip «num:15»)\nÄgare: {owner}, {pnr(rng)}, tel «semobile:dash»\nFaktura «ord12»\nKundnr «luhn10:plain»",
    )


def gym_log(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    lines = []
    for _ in range(rng.randint(4, 7)):
        num = "«dl10:plain»" if lang == "da" else "«luhn10:plain»"
        lines.append(
            f"2026-11-{rng.randint(1, 29):02d} {rng.randint(5, 22):02d}:{rng.randint(0, 59):02d} door=main card={num} result={rng.choice(['OK', 'OK', 'DENIED'])}"
        )
    return lang, "\n".join(lines)


def tenant_list(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    rows = []
    for _ in range(rng.randint(3, 5)):
        ap = (
            f"{rng.randint(1, 40)}, {rng.randint(0, 4)}.{rng.choice(['th', 'tv', 'mf'])}"
            if lang == "da"
            else f"lgh {rng.randint(1001, 1405)}"
        )
        idn = ident(rng, lang) if rng.random() < 0.8 else "(ikke oplyst)" if lang == "da" else "(saknas)"
        rows.append(f"{ap:<12} {name(rng, lang):<24} {idn}")
    title = (
        "Lejerliste pr. 1.12.2026 - Ejendommen " if lang == "da" else "Hyresgästförteckning 2026-12-01 - Fastigheten "
    )
    return lang, title + f"{street(rng, lang)}\n" + "\n".join(rows)


def funeral(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    dead = name(rng, lang)
    kin = name(rng, lang)
    if lang == "da":
        return (
            "da",
            f"Bedemandens notat\nAfdøde: {dead}, {cpr(rng)}\nAnmelder: {kin}, {cpr(rng)}\nOrdre «dl10:plain», kirke: {town(rng, 'da')} Kirke",
        )
    old = "«pnr:short_dash@old»" if rng.random() < 0.6 else pnr(rng)
    return (
        "sv",
        f"Uppdrag «ord12:dash»\nAvliden: {dead}, {old}\nBeställare: {kin}, {pnr(rng)}\nCeremoni i {town(rng, 'sv')}s kyrka",
    )


def family_tree(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    root = name(rng, lang)
    if lang == "da":
        kids = "\n".join(f"  ├─ {name(rng, 'da')} {cpr(rng)}" for _ in range(rng.randint(2, 3)))
        return "da", f"{root} «cpr@old»\n{kids}"
    kids = "\n".join(f"  ├─ {name(rng, 'sv')} {pnr(rng)}" for _ in range(rng.randint(2, 3)))
    return "sv", f"{root} «pnr:{rng.choice(['short_dash', 'short_dash', 'long_dash'])}@old»\n{kids}"


def neg_invoice(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    if lang == "da":
        return "da", (
            f"FAKTURA «dl10m:plain»\nKundenr. «dl10:plain»   Ordrenr. «dl10:dash»\nCVR «cvr»  EAN «gln»\n"
            f"Betaling: reg. {rng.randint(1000, 9999)} konto «dl10:plain»  / IBAN «iban_dk»\nFIK +71<«num:15»+«num:8»<\nTlf. «dkphone»"
        )
    return "sv", (
        "FAKTURA nr «luhn10:plain»\nKundnr «luhn10:plain»   Order «ord12»\nOrg.nr «orgnr»  Momsreg.nr SE«orgnr:plain»01\n"
        "Bankgiro «bg»  Plusgiro «pg»\nOCR «ocr»  IBAN «iban_se»\nTel «sephone»"
    )


def neg_tracking(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    c = "DK" if lang == "da" else "SE"
    lines = [
        f"«s10:{c.lower()}»  {rng.choice(['Leveret', 'Under transport', 'Afhentet'] if lang == 'da' else ['Levererad', 'Under transport', 'Uthämtad'])}"
        for _ in range(rng.randint(2, 4))
    ]
    lines.append("SSCC «sscc»")
    lines.append("Kolli-id «dl10:plain»" if lang == "da" else "Kolli-id «luhn10:plain»")
    return lang, "\n".join(lines)


def neg_phones(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    rows = []
    for _ in range(rng.randint(3, 6)):
        tel = (
            rng.choice(["«dkphone»", "«dkphone:intl»", "«dkphone:plain»"])
            if lang == "da"
            else rng.choice(["«semobile»", "«semobile:dash»", "«semobile:intl»", "«sephone»"])
        )
        rows.append(f"{name(rng, lang):<24}{tel}")
    head = "Telefonliste vagt" if lang == "da" else "Telefonlista jour"
    return lang, head + "\n" + "\n".join(rows)


def neg_nordic(rng: random.Random) -> tuple[str, str]:
    lang = lang_of(rng)
    rows = [
        f"Leverandør/Leverantör: {rng.choice(['Polar Oy', 'Saimaa Trading Oy'])} Y-tunnus «ytunnus»",
        f"Kunde/Kund: {rng.choice(['Fjord Fisk AS', 'Nordlys Energi AS'])} org.nr «noorg»",
        f"Gæst/Gäst: {rng.choice(['Sigrún Pálsdóttir', 'Einar Björnsson', 'Helga Jónsdóttir'])}, kennitala «kt»",
        "IMEI «imei»",
    ]
    rng.shuffle(rows)
    return lang, "\n".join(rows)


LAYOUTS: dict[str, Layout] = {
    "gen-csv-jobcenter": csv_jobcenter,
    "gen-kivra": kivra_notis,
    "gen-eboks-log": eboks_log,
    "gen-sie": sie_file,
    "gen-vcard": vcard,
    "gen-ical": ical,
    "gen-sql": sql_dump,
    "gen-yaml": yaml_cfg,
    "gen-json": json_api,
    "gen-gitlog": git_log,
    "gen-trace": stack_trace,
    "gen-payslip-da": payslip_da,
    "gen-lonespec-sv": lonespec_sv,
    "gen-sms": sms_thread,
    "gen-voicemail": voicemail,
    "gen-ocr": ocr_letter,
    "gen-wiki": wiki_table,
    "gen-kredit": kreditupp,
    "gen-skade": skade,
    "gen-exam": exam_list,
    "gen-vet": vet_journal,
    "gen-gym": gym_log,
    "gen-tenants": tenant_list,
    "gen-funeral": funeral,
    "gen-tree": family_tree,
    "gen-neg-invoice": neg_invoice,
    "gen-neg-tracking": neg_tracking,
    "gen-neg-phones": neg_phones,
    "gen-neg-nordic": neg_nordic,
}
