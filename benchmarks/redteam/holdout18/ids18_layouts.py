"""Generated v18 layouts: each draws its wording, the written form of the number and the fillers from the rng;
the slots are filled by ``ids18_slots.render`` like the hand-written banks."""

from __future__ import annotations

import random
from collections.abc import Callable

DRAWS = 5
Layout = Callable[[random.Random], tuple[str, str]]


def _pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def mail_reply_sv(rng: random.Random) -> tuple[str, str]:
    first = _pick(rng, "ld", "l", "sd")
    again = _pick(rng, "s", "sd", "ls", "ss")
    topic = _pick(rng, "Friskvårdsbidrag", "Löneväxling", "Tjänstebil", "Föräldraledighet", "Ändrad skattetabell")
    return "sv", (
        f"Sv: {topic}\n\nHej ⟨svn#s⟩,\n\n"
        f"{_pick(rng, 'Det är ordnat nu.', 'Jag har lagt in det i systemet.', 'Klart från vår sida.')} "
        f"Vi hittade dig på personnumret ⟦pnr:{again}#a⟧.\n\n"
        f"Mvh\n⟨svn⟩\nHR-service, tel ⟨seph⟩\n\n"
        f"> Från: ⟨svn#s⟩\n> Skickat: ⟨date⟩ ⟨time⟩\n> Ämne: {topic}\n>\n"
        f"> Hej! Kan ni hjälpa mig med {topic.lower()}? Mitt personnummer är ⟦pnr:{first}#a⟧.\n"
        f"> Anställningsnummer ⟨n5⟩, tel ⟨seph⟩\n"
    )


def outlook_forward_da(rng: random.Random) -> tuple[str, str]:
    form = _pick(rng, "", ":n", ":en", ":spd", ":sl", ":dot", ":sp", ":nl")
    label = _pick(rng, "CPR-nr.", "Cpr", "Personnummer", "cpr.nr", "CPR nummer")
    return "da", (
        f"VS: {_pick(rng, 'Ændring af adresse', 'Ny bankkonto', 'Opdatering af stamdata', 'Skattekort')}\n\n"
        "Til orientering - kan du opdatere i lønsystemet?\n\n"
        "-----Oprindelig meddelelse-----\n"
        "Fra: ⟨dan#s⟩\nSendt: ⟨date⟩ ⟨time⟩\nTil: Løn\n\n"
        f"Hej. Jeg har fået ny adresse: ⟨dastreet⟩, ⟨dacity⟩.\n{label}: ⟦cpr{form}⟧\n"
        "Tlf. ⟨dkph⟩\n\nVenlig hilsen\n⟨dan#s⟩\n\n"
        "Denne e-mail og eventuelle vedhæftede filer er fortrolige og kun beregnet for modtageren.\n"
    )


def autoreply_en(rng: random.Random) -> tuple[str, str]:
    form = _pick(rng, "", "ld", "l", "co,ld", "co")
    return "en", (
        f"Automatic reply: {_pick(rng, 'Pension transfer', 'Salary certificate', 'Parental leave', 'ID check')}\n\n"
        f"Thank you for your message. I am out of office until ⟨date⟩. For urgent matters please call ⟨seph⟩.\n\n"
        "Your message:\n"
        f"> Hello, my Swedish personal identity number is ⟦pnr:{form}⟧ and my employee number is ⟨n5⟩.\n"
        "> Kind regards, ⟨enn⟩\n"
    )


def ics_sv(rng: random.Random) -> tuple[str, str]:
    form = _pick(rng, "ld", "l", "sd", "ls")
    what = _pick(rng, "Rehabiliteringsmöte", "Lönesamtal", "Uppföljning sjukskrivning", "Introduktion ny medarbetare")
    return "sv", (
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n"
        f"DTSTART:2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}T{rng.randint(7, 15):02d}0000\n"
        f"SUMMARY:{what} - ⟨svn⟩\n"
        f"DESCRIPTION:Personnummer ⟦pnr:{form}⟧\\, chef ⟨svn⟩\\, tel ⟨seph⟩\n"
        "LOCATION:Rum ⟨n3⟩\nUID:⟨n10⟩@kalender.local\nEND:VEVENT\nEND:VCALENDAR\n"
    )


def vcard_no(rng: random.Random) -> tuple[str, str]:
    form = _pick(rng, "", "sp", "d", "d,sp")
    return "no", (
        "BEGIN:VCARD\nVERSION:3.0\nFN:⟨non⟩\nTEL;TYPE=CELL:⟨noph⟩\n"
        f"NOTE:{_pick(rng, 'Fnr', 'Fødselsnr.', 'Fødselsnummer', 'Personnr')} ⟦fnr:{form}⟧ - "
        f"{_pick(rng, 'ny ansatt', 'vikar', 'sesongarbeider', 'medlem')}\n"
        "ORG:⟨noorg⟩\nEND:VCARD\n"
    )


def merge_fi(rng: random.Random) -> tuple[str, str]:
    form = _pick(rng, "", "new", "y2k", "new,y2k")
    return "fi", (
        "Hyvä ⟨fin⟩,\n\n"
        f"{_pick(rng, 'Vuosilomapalkkasi', 'Lomarahasi', 'Palkankorotuksesi', 'Työterveyshuollon sopimuksesi')} "
        "on päivitetty palkkajärjestelmään.\n"
        f"Henkilötunnus: ⟦hetu:{form}⟧\nHenkilönumero: ⟨n5⟩\nTili: FI⟨n8⟩⟨n8⟩\n\n"
        "Ystävällisin terveisin\nHenkilöstöhallinto, puh. ⟨fiph⟩\n"
    )


def payslip_no(rng: random.Random) -> tuple[str, str]:
    form = _pick(rng, "", "sp", "d")
    return "no", (
        f"LØNNSSLIPP {_pick(rng, 'januar', 'februar', 'mars', 'april', 'mai')} 2026\n"
        "Arbeidsgiver: ⟨noorg⟩\nAnsatt: ⟨non⟩\n"
        f"Fødselsnummer: ⟦fnr:{form}⟧\nAnsattnr: ⟨n4⟩\n"
        "Fastlønn ⟨amount⟩\nForskuddstrekk -⟨amount⟩\nUtbetalt til konto ⟨n4⟩.⟨n2⟩.⟨n5⟩\n"
    )


def daycare_sv(rng: random.Random) -> tuple[str, str]:
    form = _pick(rng, "kid,ld", "kid,l", "kid", "baby,ld")
    return "sv", (
        f"Erbjudande om förskoleplats - {_pick(rng, 'Uppsala', 'Umeå', 'Borås', 'Växjö')} kommun\n\n"
        "Barnets namn: ⟨svn⟩\n"
        f"Barnets personnummer: ⟦pnr:{form}⟧\n"
        "Förskola: ⟨svlast⟩s förskola, avdelning ⟨n2⟩\nStartdatum: ⟨date⟩\n"
        "Svara senast inom 14 dagar. Frågor: placeringsenheten ⟨seph⟩. Placerings-id ⟨luhn10⟩.\n"
    )


def church_da(rng: random.Random) -> tuple[str, str]:
    kind = rng.randrange(3)
    form = _pick(rng, "", ",n", ",dot")
    if kind == 0:
        return "da", (
            f"Navneattest\n\nBarnets navn: ⟨dan⟩\nPersonnummer: ⟦cpr:baby{form}⟧\n"
            f"Sogn: {_pick(rng, 'Budolfi', 'Vor Frue', 'Sankt Pauls', 'Haderslev Domsogn')}\n"
            "Udstedt ⟨date⟩ af kordegnen. J.nr. ⟨n5⟩.\n"
        )
    if kind == 1:
        year = rng.randint(1919, 1926)
        return "da", (
            f"Begravelse ⟨date⟩ kl. ⟨time⟩\nAfdøde: ⟨dan⟩, født {year}, cpr ⟦cpr:y{year}{form}⟧\n"
            "Gravsted: afd. ⟨n2⟩, nr. ⟨n3⟩\nBedemand: ⟨dan⟩, tlf. ⟨dkph⟩\n"
        )
    return "da", (
        f"Konfirmation ⟨date⟩\nKonfirmand: ⟨dan⟩\nCPR: ⟦cpr:kid{form}⟧\nForældre: ⟨dan⟩ og ⟨dan⟩, tlf. ⟨dkph⟩\n"
    )


def estate_sv(rng: random.Random) -> tuple[str, str]:
    heir = _pick(rng, "ld", "sd", "l", "old,ld")
    return "sv", (
        "Dödsboanmälan / bouppteckning - sammanställning\n\n"
        f"Avliden: ⟨svn⟩, ⟦pnr:cent⟧, {_pick(rng, 'änka', 'änkeman', 'ogift', 'gift')}\n"
        f"Dödsbodelägare: ⟨svn⟩, ⟦pnr:{heir}⟧\n"
        "Tillgångar: bankkonto ⟨clkto⟩ ⟨amount⟩ kr\nSkulder: begravningskostnad ⟨amount⟩ kr\n"
        "Ombud: ⟨svn⟩, tel ⟨seph⟩\n"
    )


def pension_fi(rng: random.Random) -> tuple[str, str]:
    year = rng.choice([1894, 1897, 1899, 1903, 1910, 1921, 1936, 1944])
    return "fi", (
        f"Eläkekortti (arkisto), {_pick(rng, 'Tampella', 'Finlayson', 'Nokia Oy', 'Enso-Gutzeit')}\n"
        f"Nimi: ⟨fin⟩\nSyntynyt: {year}\nHenkilötunnus: ⟦hetu:y{year}⟧\n"
        f"Eläke alkanut: {year + 65}\nKortin numero: ⟨n5⟩\n"
    )


def contract_en_dk(rng: random.Random) -> tuple[str, str]:
    form = _pick(rng, "", ":n", ":sp", ":dot")
    return "en", (
        f"EMPLOYMENT CONTRACT - {_pick(rng, 'Software Engineer', 'Warehouse Operator', 'Nurse', 'Accountant')}\n\n"
        "Employer: ⟨cvr⟩ (CVR)\nEmployee: ⟨enn⟩\n"
        f"{_pick(rng, 'CPR no.', 'Danish CPR number', 'Civil registration (CPR) no.', 'CPR')}: ⟦cpr{form}⟧\n"
        "Start date: ⟨date⟩\nMonthly salary: DKK ⟨amount⟩\nPension: ⟨n2⟩ % of salary\n"
        "Both parties have received a copy of this contract.\n"
    )


def polish_note_dk(rng: random.Random) -> tuple[str, str]:
    form = _pick(rng, "", ":n", ":en", ":sl")
    return "pl", (
        "Informacja o wynagrodzeniu - ⟨pln⟩\n"
        f"Numer CPR: ⟦cpr{form}⟧\nNumer pracownika: ⟨n4⟩\n"
        "Godziny w miesiącu: ⟨n3⟩\nStawka: ⟨n3⟩ DKK\nKonto: ⟨regkto⟩\n"
        f"Pytania: biuro płac, tel. ⟨dkph⟩ ({_pick(rng, 'pon-pt', 'wt i czw', 'codziennie')})\n"
    )


def union_sv(rng: random.Random) -> tuple[str, str]:
    form = _pick(rng, "ld", "l", "sd", "s")
    return "sv", (
        f"Medlemsavgifter {_pick(rng, 'IF Metall', 'Unionen', 'Kommunal', 'Vision')} - löneavdrag ⟨date⟩\n"
        f"⟦pnr:{form}⟧  ⟨svn⟩  ⟨n3⟩ kr\n⟦pnr:{form}⟧  ⟨svn⟩  ⟨n3⟩ kr\n"
        "Överförs till bankgiro ⟨bg⟩.\n"
    )


def library_da(rng: random.Random) -> tuple[str, str]:
    form = _pick(rng, "kid", "kid,n", "kid,dot")
    return "da", (
        f"Tilmelding til {_pick(rng, 'lektiecafé', 'sommerbogen', 'Læsehesten', 'kodeklub')} - biblioteket\n"
        f"Barn: ⟨dan⟩, cpr ⟦cpr:{form}⟧\nForælder: ⟨dan⟩, tlf. ⟨dkph⟩\nLånernr. ⟨n10⟩\n"
    )


def elderly_no(rng: random.Random) -> tuple[str, str]:
    form = _pick(rng, "old", "old,sp", "y1926", "y1931")
    return "no", (
        f"Vedtak om {_pick(rng, 'langtidsopphold i sykehjem', 'hjemmesykepleie', 'trygghetsalarm', 'dagsenter')}\n"
        f"Søker: ⟨non⟩\nFødselsnummer: ⟦fnr:{form}⟧\n"
        "Kontaktperson: ⟨non⟩, tlf. ⟨noph⟩\nSaksnr. ⟨n4⟩/⟨n5⟩\n"
    )


def nordic_staff(rng: random.Random) -> tuple[str, str]:
    return "en", (
        "Nordic staff - pension enrolment (group HR)\n"
        "Name            Country  National ID\n"
        f"⟨non⟩    NO       ⟦fnr:{_pick(rng, '', 'd', 'sp')}⟧\n"
        f"⟨fin⟩    FI       ⟦hetu:{_pick(rng, '', 'new', 'y2k')}⟧\n"
        "⟨dan⟩    DK       (pending)\n"
        "Group company: ⟨cvr⟩\n"
    )


def neg_signature(rng: random.Random) -> tuple[str, str]:
    return "da", (
        f"Sv: {_pick(rng, 'Tilbud', 'Ordre', 'Reklamation', 'Levering')} ⟨cprdash⟩\n\n"
        "Hej\nTak for din henvendelse. Vi vender tilbage hurtigst muligt.\n\n"
        "Med venlig hilsen\n⟨dan⟩\nKundeservice\nDirekte ⟨dkph⟩ | Mobil ⟨dkph⟩\n"
        "CVR ⟨cvr⟩ | EAN ⟨ean⟩ | Bank ⟨regkto⟩\n"
        "Ordrenr. ⟨cprlike⟩ | Kundenr. ⟨n6⟩\n"
    )


def neg_invoice_sv(rng: random.Random) -> tuple[str, str]:
    return "sv", (
        f"Faktura {_pick(rng, 'mars', 'april', 'maj', 'juni')} - ⟨svlast⟩s Bygg AB\n"
        "Fakturanummer ⟨luhn10⟩\nKundnummer ⟨luhn12d⟩\nOCR ⟨luhn10⟩\n"
        "Bankgiro ⟨bg⟩  Plusgiro ⟨pg⟩\nOrg.nr ⟨seorg⟩\nAtt betala ⟨amount⟩ kr\n"
    )


def neg_calendar(rng: random.Random) -> tuple[str, str]:
    return "en", (
        "BEGIN:VEVENT\n"
        f"SUMMARY:{_pick(rng, 'Payroll cut-off', 'Board meeting', 'Pension webinar', 'Union meeting')}\n"
        "DTSTART:⟨stamp12⟩\nX-CREATED-EPOCH:⟨epoch⟩\nX-SEQ:⟨dkstamp⟩\n"
        "DESCRIPTION:Dial-in ⟨dkph⟩ / ⟨seph⟩ / ⟨noph⟩ / ⟨fiph⟩\\, PIN ⟨n6⟩\n"
        "END:VEVENT\n"
    )


def neg_masked_list(rng: random.Random) -> tuple[str, str]:
    return "da", (
        f"Medarbejderliste (maskeret udtræk til {_pick(rng, 'revisor', 'forsikring', 'kantine', 'IT')})\n"
        "⟨dan⟩  ⟨cprmask⟩  lønnr. ⟨n5⟩  tlf. ⟨dkph⟩\n"
        "⟨dan⟩  ⟨cprmask⟩  lønnr. ⟨n5⟩  tlf. ⟨dkph⟩\n"
        "⟨svn⟩  ⟨pnrmask⟩  lønnr. ⟨n5⟩  tlf. ⟨seph⟩\n"
        "Fuldt CPR-nummer kan ses i lønsystemet af autoriserede brugere.\n"
    )


LAYOUTS: dict[str, Layout] = {
    "mail-reply-sv": mail_reply_sv,
    "outlook-forward-da": outlook_forward_da,
    "autoreply-en": autoreply_en,
    "ics-sv": ics_sv,
    "vcard-no": vcard_no,
    "merge-fi": merge_fi,
    "payslip-no": payslip_no,
    "daycare-sv": daycare_sv,
    "church-da": church_da,
    "estate-sv": estate_sv,
    "pension-fi": pension_fi,
    "contract-en-dk": contract_en_dk,
    "polish-note-dk": polish_note_dk,
    "union-sv": union_sv,
    "library-da": library_da,
    "elderly-no": elderly_no,
    "nordic-staff": nordic_staff,
    "neg-signature": neg_signature,
    "neg-invoice-sv": neg_invoice_sv,
    "neg-calendar": neg_calendar,
    "neg-masked-list": neg_masked_list,
}


def draws(rng: random.Random) -> list[tuple[str, str, str]]:
    """``DRAWS`` documents of every layout as (family, lang, markup), layouts interleaved."""
    out: list[tuple[str, str, str]] = []
    for _ in range(DRAWS):
        for name, layout in LAYOUTS.items():
            lang, markup = layout(rng)
            out.append((f"gen-{name}", lang, markup))
    return out
