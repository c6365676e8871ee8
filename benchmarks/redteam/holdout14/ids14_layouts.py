"""Generated layouts of the v14 identifier hold-out: ordinary business documents, each drawn DRAWS times.

Each layout returns slot markup (see ``ids14_slots``); names, firms and places come from ``common``.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.redteam import common as c

DRAWS = 7
R = random.Random


def _da(rng: R) -> str:
    return f"{rng.choice(c.DA_FIRST)} {rng.choice(c.DA_LAST)}"


def _sv(rng: R) -> str:
    return f"{rng.choice(c.SV_FIRST)} {rng.choice(c.SV_LAST)}"


def _no(rng: R) -> str:
    return f"{rng.choice(c.NO_FIRST)} {rng.choice(c.NO_LAST)}"


def _fi(rng: R) -> str:
    return f"{rng.choice(c.FI_FIRST)} {rng.choice(c.FI_LAST)}"


def _cpr(rng: R) -> str:
    return rng.choice(("[[cpr]]", "[[cpr]]", "[[cpr:nd]]", "[[cpr:sp]]", "[[cpr:kid]]", "[[cpr:jan]]"))


def _pnr(rng: R) -> str:
    return rng.choice(("[[pnr]]", "[[pnr:l]]", "[[pnr:s]]", "[[pnr:co]]", "[[pnr:sn]]", "[[pnr:lsp]]"))


def payroll_csv_da(rng: R) -> str:
    sep = rng.choice((";", ",", "\t", "|"))
    rows = [sep.join(("Medarb.nr", "Navn", "CPR", "Reg.nr og konto", "Brutto"))]
    for _ in range(rng.randint(2, 4)):
        rows.append(sep.join(("{{n}}", _da(rng), _cpr(rng), "{{kto:sp}}", "{{amount:da}}")))
    return (
        "Hej Lønservice\n\nHer er ændringerne til lønkørslen for december, jeg har kopieret dem ud af regnearket:\n\n"
        + "\n".join(rows)
        + f"\n\nSig til hvis noget mangler.\n\nMvh\n{_da(rng)}\nBogholderiet, tlf. {{{{dkph}}}}"
    )


def payroll_tsv_sv(rng: R) -> str:
    header = rng.random() < 0.6
    rows = ["Anst.nr\tNamn\tPersonnr\tClearing, konto\tBrutto"] if header else []
    for _ in range(rng.randint(3, 5)):
        rows.append("\t".join(("{{n}}", _sv(rng), _pnr(rng), "{{clr}}", "{{amount}}")))
    intro = "" if header else " (kolumnerna: anst.nr, namn, personnummer, clearing och konto, brutto)"
    return (
        f"Hej!\nNya anställda från 1/1 att lägga upp i lönesystemet{intro}:\n\n"
        + "\n".join(rows)
        + f"\n\nHälsningar\n{_sv(rng)}\nHR-koordinator | {{{{seph}}}}"
    )


def invoice_da(rng: R) -> str:
    return (
        f"FAKTURA\n{rng.choice(c.DA_FIRMS)}\nCVR-nr. {{{{cvr}}}}  P-nr. {{{{pnum}}}}\n"
        + (f"Kunde: {_da(rng)}, cpr-nr. {_cpr(rng)} (håndværkerfradrag)\n" if rng.random() < 0.5 else "")
        + "Fakturanr. {{cprlike}}   Kundenr. {{cprlike:dash}}\nEAN-lokationsnr. {{ean}}\n"
        "Ordrenr. {{n}}  Dato 03.12.2026\n\nKonsulentbistand november  {{amount:da}}\nMoms 25 %  {{amount:da}}\n"
        "I alt DKK  {{amount:da}}\n\nBetaling: {{fik}}\nBank: reg.nr. og kontonr. {{kto}}\nIBAN {{iban}}\n"
        "Spørgsmål: {{dkph}}"
    )


def faktura_sv(rng: R) -> str:
    return (
        f"{rng.choice(c.SV_FIRMS)}\nOrg.nr {{{{orgnr}}}}  Momsreg.nr SE{{{{orgnr:nd}}}}01\n\nFAKTURA\n"
        + (f"Kund: {_sv(rng)} (privatperson, personnr {_pnr(rng)}, RUT-avdrag)\n" if rng.random() < 0.5 else "")
        + "Fakturanummer: {{luhn10}}\nKundnummer: {{luhn10:dash}}\nFakturadatum: 2026-12-01  Förfallodatum: 2026-12-31\n"
        "Att betala: {{amount}} kr\nBankgiro: {{bg}}  Plusgiro: {{pg}}\nOCR: {{ocr:10}}\nTel. {{seph}}"
    )


def hr_mail_da(rng: R) -> str:
    who, hr = _da(rng), _da(rng)
    return (
        f"Hej {hr.split()[0]}\n\nTak for svaret. Jeg har rettet det, så det nu står rigtigt:\n"
        f"CPR: [[cpr#a]]\nNy adresse: {rng.choice(c.DA_STREETS)} {{{{hn}}}}, {' '.join(rng.choice(c.DA_CITIES))}\n\n"
        f"Venlig hilsen\n{who}\nMobil {{{{dkph}}}}\n\n"
        f"Den 2. dec. 2026 kl. 14.12 skrev {hr} <hr@firma.dk>:\n"
        "> Hej, vi mangler dit cpr-nummer til Skat og din nye adresse.\n> Vores sagsnr. er {{cprlike}}.\n"
        "> Du skrev tidligere [[cpr:sp#a]], men vi mangler stadig adressen."
    )


def hr_mail_sv(rng: R) -> str:
    who = _sv(rng)
    return (
        f"Hej,\n\njag har bytt bank och behöver ändra lönekontot. Mitt personnummer är {_pnr(rng)} och anställnings"
        f"nummer {{{{n}}}}.\nNytt konto: clearing {{{{clr}}}}.\n\nTack på förhand!\n{who}\nLagerarbetare, skift B\n"
        "Mobil: {{seph}}\n\n-----Ursprungligt meddelande-----\nHej! Skicka personnummer (ÅÅÅÅMMDD-XXXX) "
        "och nytt kontonummer så fixar vi det."
    )


def minutes_da(rng: R) -> str:
    a, b, d = _da(rng), _da(rng), _da(rng)
    return (
        f"REFERAT AF BESTYRELSESMØDE\n{rng.choice(c.DA_FIRMS)} (CVR {{{{cvr:sp}}}})\nTid: 3. december 2026 kl. 16.00\n"
        f"Til stede: {a} (formand), {b}, {d}\n\n1. Ændring af tegningsregel\nBestyrelsen vedtog at "
        f"anmelde {d} som ny direktør. Til anmeldelsen hos Erhvervsstyrelsen bruges "
        f"{d.split()[0]}s cpr.nr. {_cpr(rng)}.\n2. Regnskab\nBudget for 2027 godkendt, kassebeholdning {{{{amount:da}}}} kr.\n"
        "3. Eventuelt\nIntet.\n\nReferent: " + a
    )


def contract_sv(rng: R) -> str:
    emp = _sv(rng)
    return (
        f"ANSTÄLLNINGSAVTAL\n\nArbetsgivare: {rng.choice(c.SV_FIRMS)}, org.nr {{{{orgnr}}}}\n"
        f"Arbetstagare: {emp}, personnummer {_pnr(rng)}\nAdress: {rng.choice(c.SV_STREETS)} {{{{hn}}}}, "
        f"{' '.join(rng.choice(c.SV_CITIES))}\n\n§ 1 Anställningsform: tillsvidare från 2027-01-07.\n"
        "§ 2 Lön: {{amount}} kr per månad, utbetalas den 25:e till konto {{clr}}.\n"
        "§ 3 Kollektivavtal: Unionen/Almega.\n\nUnderskrifter ___________________"
    )


def teams_da(rng: R) -> str:
    a, b = _da(rng), _da(rng)
    return (
        f"[09.14] {a}: har du cpr på den nye vikar? lønsystemet vil ikke tage hende uden\n"
        f"[09.15] {b}: 2 sek\n[09.17] {b}: {_cpr(rng)}\n[09.17] {b}: og hendes tlf er {{{{dkph}}}}\n"
        f"[09.18] {a}: tak 👍 bilag {{{{n}}}} er også bogført nu"
    )


def slack_sv(rng: R) -> str:
    a, b = _sv(rng), _sv(rng)
    return (
        f"{a}  10:02\nkan nån kolla varför Visma inte hittar {b.split()[0]}? pnr {_pnr(rng)}\n"
        f"{b}  10:05\nprova med samordningsnumret istället, jag fick det först: [[pnr:co]]\n"
        f"{a}  10:06\nfunkar! ärende {{{{luhn10}}}} stängt"
    )


def voucher_da(rng: R) -> str:
    who = _da(rng)
    return (
        "UDLÆGSBILAG\nBilagsnr. {{n}}   Bogføringsdato 02-12-2026\n"
        f"Medarbejder: {who}   CPR-nr.: {_cpr(rng)}\nFormål: kundemøde i Malmö, togbillet og frokost\n"
        "Beløb: {{amount:da}} kr   Konto 4410 Rejser\nUdbetales til reg./konto {{kto}}\nGodkendt af: " + _da(rng)
    )


def reminder_sv(rng: R) -> str:
    who = _sv(rng)
    return (
        f"PÅMINNELSE\n\n{who}\nPersonnr: {_pnr(rng)}\n\nVi har ännu inte fått betalt för faktura {{{{luhn12}}}}.\n"
        "Kundnummer {{luhn10}}. Belopp {{amount}} kr plus påminnelseavgift 60 kr.\n"
        "Betala till bankgiro {{bg}} med OCR {{ocr}}.\nFrågor? Ring kundtjänst {{seph}} (vardagar 8-17)."
    )


def pdf_da(rng: R) -> str:
    rows = []
    for _ in range(rng.randint(2, 4)):
        rows.append(f"{_da(rng)} {_cpr(rng)} {rng.choice(c.DA_STREETS)} {{{{hn}}}} {' '.join(rng.choice(c.DA_CITIES))}")
    return (
        "Side 1 af 2   Fortrolig   Personaleliste pr. 01.12.2026\nNavn CPR-nr. Adresse Postnr. By\n"
        + "\n".join(rows)
        + "\nUdskrevet 0312261004 af lønsystemet  Side 1"
    )


def form_sv(rng: R) -> str:
    return (
        "BLANKETT: ÄNDRING AV SKATTETABELL\n(fyll i med tydlig handstil)\n\n"
        f"Namn: {_sv(rng)}\nPersonnummer: {_pnr(rng)}\nSkattetabell: 32  Kolumn: 1\n"
        "Telefon dagtid: {{seph}}\nDatum: 2026-11-28   Namnteckning: ____________"
    )


def staff_en(rng: R) -> str:
    return (
        "Nordic staff register (export from HR, 03/12/2026)\nName | Country | National ID | Phone\n"
        f"{_da(rng)} | DK | {_cpr(rng)} | {{{{dkph}}}}\n{_sv(rng)} | SE | {_pnr(rng)} | {{{{seph}}}}\n"
        f"{_no(rng)} | NO | [[fnr]] | {{{{noph}}}}\n{_fi(rng)} | FI | [[hetu]] | {{{{fiph}}}}"
    )


def md_table_da(rng: R) -> str:
    rows = [f"| {{{{n}}}} | {_da(rng)} | {_cpr(rng)} | {{{{dkph}}}} |" for _ in range(rng.randint(2, 3))]
    return (
        "Her er listen over deltagere til førstehjælpskurset (vi skal bruge cpr til certifikaterne):\n\n"
        "| Nr | Navn | Cpr-nr | Telefon |\n|---|---|---|---|\n" + "\n".join(rows)
    )


def onboarding_no(rng: R) -> str:
    who = _no(rng)
    return (
        f"Hei,\n\nvi har ansatt {who} fra Bergen i avdelingen i Oslo. Fødselsnummer: [[fnr]].\n"
        "Han pendler, så vi trenger også hans danske cpr til A-skatten: " + _cpr(rng) + "\n"
        "Kontonummer for lønn: {{kid}} (obs: ikke fødselsnummer)\nOrg.nr. {{noorg:sp}}\n\nMvh\n"
        f"{_no(rng)}, tlf {{{{noph}}}}"
    )


def fi_payroll(rng: R) -> str:
    rows = [f"{_fi(rng)};[[hetu]];{{{{amount}}}}"]
    return (
        "Palkka-aineisto joulukuu / löner december (Suomen tytäryhtiö, Y-tunnus {{ytun}})\n"
        "Nimi;Henkilötunnus;Brutto\n" + "\n".join(rows) + "\n[[hetu:new]] = uusi työntekijä "
        f"{_fi(rng)} (henkilötunnus vahvistettu DVV:stä)"
    )


def neg_creditors_da(rng: R) -> str:
    rows = [
        f"{{{{n}}}};{firm};{{{{cvr}}}};{{{{kto}}}};{{{{dkph}}}}" for firm in rng.sample(c.DA_FIRMS, rng.randint(3, 5))
    ]
    return "Kreditorliste (udtræk)\nLev.nr;Navn;CVR;Reg.nr-konto;Telefon\n" + "\n".join(rows)


def neg_contacts_sv(rng: R) -> str:
    return (
        f"Kontaktlista leverantörer, uppdaterad {{{{yymm}}}}\n{rng.choice(c.SV_FIRMS)}, org.nr {{{{orgnr}}}}, "
        "tel {{seph}}\nNorsk partner, org.nr {{noorg}}, tel {{noph}}\nFinsk partner, Y-tunnus {{ytun}}, "
        "puh {{fiph}}\nDansk partner, CVR {{cvr}}, tlf {{dkph}}\nSenaste export: {{stamp12}}\n"
        "Leverantörsnr hos oss: {{luhn10}}, {{luhn12:dash}}"
    )


def pension_da(rng: R) -> str:
    who = _da(rng)
    return (
        f"Kære {who.split()[0]}\n\nVi har modtaget din anmodning om ændring af begunstigelse på police nr. "
        f"{{{{cprlike}}}}.\nForsikringstager: {who}, cpr-nr. {_cpr(rng)}\nBegunstiget: ægtefælle, cpr-nr. "
        f"{_cpr(rng)}\n\nÆndringen træder i kraft {{{{dkstamp}}}} (registreret dato og tid).\n\nMed venlig hilsen\n"
        "Pensionsservice, tlf. {{dkph}}"
    )


LAYOUTS: dict[str, tuple[str, Callable[[R], str]]] = {
    "payroll-csv-da": ("da", payroll_csv_da),
    "payroll-tsv-sv": ("sv", payroll_tsv_sv),
    "invoice-da": ("da", invoice_da),
    "faktura-sv": ("sv", faktura_sv),
    "hr-mail-da": ("da", hr_mail_da),
    "hr-mail-sv": ("sv", hr_mail_sv),
    "minutes-da": ("da", minutes_da),
    "contract-sv": ("sv", contract_sv),
    "teams-da": ("da", teams_da),
    "slack-sv": ("sv", slack_sv),
    "voucher-da": ("da", voucher_da),
    "reminder-sv": ("sv", reminder_sv),
    "pdf-da": ("da", pdf_da),
    "form-sv": ("sv", form_sv),
    "staff-en": ("en", staff_en),
    "mdtable-da": ("da", md_table_da),
    "onboarding-no": ("no", onboarding_no),
    "payroll-fi": ("fi", fi_payroll),
    "neg-creditors-da": ("da", neg_creditors_da),
    "neg-contacts-sv": ("sv", neg_contacts_sv),
    "pension-da": ("da", pension_da),
}


def draws(rng: R) -> list[tuple[str, str, str]]:
    """DRAWS documents of each layout, layouts interleaved."""
    out = []
    for _ in range(DRAWS):
        for name, (lang, make) in LAYOUTS.items():
            out.append((f"gen-{name}", lang, make(rng)))
    return out
