"""Generated v19 layouts: each draws its wording, the written form of the number and the fillers from the rng;
the slots are filled by ``ids19_slots.render`` like the hand-written banks."""

from __future__ import annotations

import random
from collections.abc import Callable

DRAWS = 4
Layout = Callable[[random.Random], tuple[str, str]]


def _p(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def zendesk_da(rng: random.Random) -> tuple[str, str]:
    form = _p(rng, "", ":n", ":sp", ":en", ":o1")
    topic = _p(rng, "Adgang til lønseddel", "Forkert skattekort", "Ændring af bankkonto", "Manglende feriepenge")
    return "da", (
        f"#⟨zdt⟩ {topic}\nStatus: {_p(rng, 'Åben', 'Afventer', 'Løst')} · Kanal: Web-formular\n"
        f"Anmoder: ⟨dan#a⟩\n\n{_p(rng, 'Hej', 'Hejsa', 'Goddag')}, {topic.lower()}. "
        f"{_p(rng, 'Mit CPR', 'Cpr-nr', 'Personnummer', 'CPR nummer')}: ⟦cpr{form}⟧\n\n"
        f"-- Intern note --\nTjekket i systemet ⟨isodt⟩. Ref ⟨cprlike⟩.\n"
    )


def servicenow_sv(rng: random.Random) -> tuple[str, str]:
    form = _p(rng, "", "ld", "l", "s")
    return "sv", (
        f"⟨inc⟩ · Kategori: {_p(rng, 'Lön', 'Behörighet', 'Personalsystem', 'Reseräkning')}\n"
        f"Anmälare: ⟨svn⟩ · Tel ⟨seph⟩\n"
        f"Kort beskrivning: {_p(rng, 'Kan inte attestera', 'Saknas i systemet', 'Fel chef kopplad', 'Dubbel post')}\n"
        f"Beskrivning: Gäller medarbetare ⟨svn⟩, {_p(rng, 'personnummer', 'pnr', 'personnr', 'pers.nr')} "
        f"⟦pnr:{form}⟧. Skapad ⟨stamp12d⟩.\n"
    )


def applog_dk(rng: random.Random) -> tuple[str, str]:
    key = _p(rng, "cpr", "cprNr", "personnummer", "borger_cpr", "subject")
    return "en", (
        f"{_p(rng, '2026-11-06', '2026-11-07', '2026-10-30')} 1{rng.randint(0, 9)}:0{rng.randint(0, 9)}:22.⟨n3⟩ "
        f"INFO  RequestLog - id=⟨guid⟩ {key}=⟦cpr:n⟧ status=200\n"
        f"{_p(rng, '2026-11-06', '2026-11-07')} 1{rng.randint(0, 9)}:1{rng.randint(0, 9)}:01.⟨n3⟩ "
        "DEBUG Cache - key=⟨hash⟩ ttl=⟨n4⟩ seq=⟨seq⟩\n"
    )


def json_se(rng: random.Random) -> tuple[str, str]:
    key = _p(rng, "personnummer", "personalIdentityNumber", "ssn", "pnr", "nationalId")
    form = _p(rng, "l", "ld", "", "co,l")
    return "en", (
        '{"id":"⟨guid⟩","created":"⟨isodt⟩",'
        f'"{key}":"⟦pnr:{form}⟧","name":"⟨svn⟩","customerNo":"⟨luhn10⟩","ts":⟨epoch⟩}}\n'
    )


def pdf_columns_da(rng: random.Random) -> tuple[str, str]:
    form = _p(rng, "", ":n", ":dot", ":sp", ":o3")
    what = _p(rng, "Tilskud til medicin", "Enkeltydelse", "Hjælpemiddel", "Befordringsgodtgørelse")
    return "da", (
        f"{what.upper()}                        Side 1 af 2\n"
        "Ansøger                              Sagsbehandler\n"
        "⟨dan⟩                         ⟨dan⟩\n"
        f"{_p(rng, 'CPR-nr.', 'Cpr.', 'Personnummer')}                              Tlf. ⟨dkph⟩\n"
        f"⟦cpr{form}⟧                         Sagsnr. ⟨cprlike⟩\n"
        "Vi har bevilget ⟨amount⟩ kr. Beløbet udbetales til din NemKonto.\n"
    )


def pdf_hyphen_sv(rng: random.Random) -> tuple[str, str]:
    form = _p(rng, "nl", "ld", "l", "")
    return "sv", (
        f"Härmed intygas att ⟨svn⟩, person-\nnummer ⟦pnr:{form}⟧, har varit anställd hos oss som "
        f"{_p(rng, 'undersköterska', 'lagerarbetare', 'IT-tekniker', 'lärare')}\n"
        f"sedan ⟨date⟩ och är {_p(rng, 'fortfarande anställd', 'anställd tills vidare', 'tjänstledig från årsskiftet')}.\n"
        f"                                                    Sida {rng.randint(1, 3)}\n"
        "Arbetsgivare: ⟨svlast⟩ AB, org.nr ⟨seorg⟩\n"
    )


def xlsx_semicolon_da(rng: random.Random) -> tuple[str, str]:
    head = _p(rng, "Navn;CPR;Hold", "navn;cprnr;hold", "Deltager;Personnummer;Hold")
    rows = "".join(f"⟨dan⟩;⟦cpr:{_p(rng, 'n', 'n', 'sp', 'kid,n')}⟧;{rng.randint(1, 9)}\n" for _ in range(3))
    return "da", f"{head}\n{rows}Holdleder;⟨dan⟩;tlf ⟨dkph⟩\n"


def xlsx_tab_sv(rng: random.Random) -> tuple[str, str]:
    rows = "".join(f"⟨svn⟩\t⟦pnr:{_p(rng, 'ld', 'l', 's', '')}⟧\t⟨amount⟩\n" for _ in range(3))
    return "sv", f"Namn\tPersonnummer\tBelopp\n{rows}Summa\t\t⟨amount⟩\nKörning ⟨stamp12⟩\n"


def ocr_form_da(rng: random.Random) -> tuple[str, str]:
    form = _p(rng, ":o1", ":o2", ":o3", "", ":sp")
    label = _p(rng, "CPR-nr", "Cpr nr", "C PR-nr.", "CPR-nurnmer")
    return "da", (
        f"(scannet) {_p(rng, 'Blanket 05.023', 'Ansøgning om friplads', 'Tilmelding til madordning')}\n"
        f"Navn ⟨dan⟩\n{label} ⟦cpr{form}⟧\nTelefon ⟨dkph⟩\nDato ⟨date⟩  Underskrift ............\n"
    )


def ocr_form_sv(rng: random.Random) -> tuple[str, str]:
    form = _p(rng, "o1", "o2", "", "ld")
    label = _p(rng, "Pers0nnummer", "Personnumrner", "Personnummer", "Pnr")
    return "sv", (
        f"(skannad blankett) {_p(rng, 'Ansökan om färdtjänst', 'Anmälan om skolskjuts', 'Ansökan om parkeringstillstånd')}\n"
        f"Sökande ⟨svn⟩\n{label} ⟦pnr:{form}⟧\nAdress ⟨svstreet⟩, ⟨svcity⟩\nTelefon ⟨seph⟩\n"
    )


def teams_da(rng: random.Random) -> tuple[str, str]:
    hour, minute = rng.randint(8, 15), rng.randint(10, 49)
    return "da", (
        f"⟨dan#a⟩ {hour}:{minute}\n"
        f"{_p(rng, 'kan du slå', 'gider du tjekke', 'vil du lige finde')} "
        f"{_p(rng, 'hende', 'ham', 'borgeren')} i KMD? ⟦cpr:{_p(rng, 'n', '', 'n', 'sp')}⟧\n"
        f"⟨dan#b⟩ {hour}:{minute + rng.randint(1, 9)}\n"
        f"{_p(rng, 'fundet', 'jep, hun står der', 'han har ny adresse', 'findes ikke??')}\n"
    )


def sms_sv(rng: random.Random) -> tuple[str, str]:
    return "sv", (
        f"{_p(rng, 'Hej', 'Hejsan', 'Tjena')}! {_p(rng, 'Här är', 'Skickar')} "
        f"{_p(rng, 'min dotters', 'min sons', 'mitt')} personnummer till {_p(rng, 'simskolan', 'försäkringen', 'vårdcentralen')}: "
        f"⟦pnr:{_p(rng, 'kid', 's', '', 'kid,ld')}⟧ /⟨svn⟩\n"
    )


def journal_da(rng: random.Random) -> tuple[str, str]:
    who = _p(rng, "Sygeplejerske", "SSA", "Visitator", "Socialrådgiver")
    note = _p(
        rng,
        "Borger ønsker hjælp til bad 2 x ugentligt.",
        "Sårskift udført, såret heler pænt.",
        "Borger virker forvirret, kontakt til pårørende.",
        "Bevilget madordning fra næste uge.",
    )
    return "da", (
        f"Journalnotat ⟨date⟩ · {who} ⟨dan⟩\nBorger: ⟨dan⟩, ⟦cpr:{_p(rng, 'old', 'cent', '', 'old,c49')}⟧\n{note}\n"
    )


def claim_sv(rng: random.Random) -> tuple[str, str]:
    return "sv", (
        f"Skadeanmälan {_p(rng, 'hem', 'olycksfall', 'resa', 'djur')}\n"
        f"Försäkringstagare ⟨svn⟩, pnr ⟦pnr:{_p(rng, '', 'ld', 'l', 'cent')}⟧\n"
        "Försäkringsnummer ⟨luhn10⟩ · Skadenummer ⟨luhn12d⟩\n"
        "Ersättning betalas till ⟨clkto⟩\n"
    )


def court_da(rng: random.Random) -> tuple[str, str]:
    return "da", (
        f"{_p(rng, 'RETTEN I GLOSTRUP', 'RETTEN I ODENSE', 'RETTEN I AARHUS')}   Rettens nr. {rng.randint(1, 99)}-"
        "⟨n4⟩/2026\nAnklagemyndigheden mod\n"
        f"⟨dan⟩\n{_p(rng, 'cpr.nr.', 'CPR', 'født')} ⟦cpr:{_p(rng, '', 'y2k', 'dot', 'sl')}⟧\n"
        f"Forhold: overtrædelse af {_p(rng, 'færdselslovens § 117', 'straffelovens § 276', 'lov om euforiserende stoffer')}\n"
    )


def bank_payment_dk(rng: random.Random) -> tuple[str, str]:
    rows = "".join('"⟨dan⟩","⟦cpr:n⟧","⟨n4⟩","⟨cprlike⟩","⟨amount⟩"\n' for _ in range(rng.randint(2, 4)))
    return "da", (f'"Navn","CPR","Reg","Konto","Beløb"\n{rows}Fil dannet ⟨dkstamp⟩, afsender CVR ⟨cvr⟩\n')


def foreign_en_no_fi(rng: random.Random) -> tuple[str, str]:
    return "en", (
        f"Posted workers – {_p(rng, 'Oslo', 'Bergen', 'Helsinki', 'Turku')} project\n"
        "⟨non⟩  Norwegian ID ⟦fnr:" + _p(rng, "", "d", "sp", "d,sp") + "⟧\n"
        "⟨fin⟩  Finnish ID ⟦hetu:" + _p(rng, "", "new", "y2k", "new,y2k") + "⟧\n"
        "Site phone ⟨noph⟩ · Finnish office ⟨fiph⟩\n"
    )


def neg_stamps(rng: random.Random) -> tuple[str, str]:
    return "en", (
        f"build {_p(rng, 'nightly', 'release', 'hotfix')} #⟨n4⟩\nstarted ⟨dt14⟩ finished ⟨isodt⟩\n"
        "artifact sha ⟨hash⟩\nrun id ⟨guid⟩\nticket ⟨jira⟩ · seq ⟨seq⟩ · epoch ⟨epoch⟩\n"
    )


def neg_invoice_sv(rng: random.Random) -> tuple[str, str]:
    return "sv", (
        f"Faktura {_p(rng, 'nr', 'nummer', '#')} ⟨luhn10⟩\nKundnummer ⟨luhn10⟩ · Ordernr ⟨luhn12⟩\n"
        f"Bankgiro ⟨bg⟩ · OCR ⟨ocr⟩ · Org.nr ⟨seorg⟩\nKontakt ⟨seph⟩\n"
    )


def neg_parcel_da(rng: random.Random) -> tuple[str, str]:
    return "da", (
        f"{_p(rng, 'GLS', 'PostNord', 'DAO', 'Bring')}: din pakke ⟨track⟩ er på vej.\n"
        "Ordrenr. ⟨cprlike⟩ · Kundenr. ⟨cprlike⟩ · Kuponkode ⟨coupon⟩\n"
        "Spørgsmål: ⟨dkph⟩\n"
    )


LAYOUTS: dict[str, Layout] = {
    "zendesk-da": zendesk_da,
    "servicenow-sv": servicenow_sv,
    "applog-dk": applog_dk,
    "json-se": json_se,
    "pdfcols-da": pdf_columns_da,
    "pdfhyph-sv": pdf_hyphen_sv,
    "xlsx-da": xlsx_semicolon_da,
    "xlsx-sv": xlsx_tab_sv,
    "ocr-da": ocr_form_da,
    "ocr-sv": ocr_form_sv,
    "teams-da": teams_da,
    "sms-sv": sms_sv,
    "journal-da": journal_da,
    "claim-sv": claim_sv,
    "court-da": court_da,
    "payfile-dk": bank_payment_dk,
    "nofi-en": foreign_en_no_fi,
    "neg-stamps": neg_stamps,
    "neg-invoice-sv": neg_invoice_sv,
    "neg-parcel-da": neg_parcel_da,
}


def draws(rng: random.Random) -> list[tuple[str, str, str]]:
    """``DRAWS`` documents of every layout as (family, lang, markup), layouts interleaved."""
    out: list[tuple[str, str, str]] = []
    for _ in range(DRAWS):
        for name, layout in LAYOUTS.items():
            lang, markup = layout(rng)
            out.append((f"gen-{name}", lang, markup))
    return out
