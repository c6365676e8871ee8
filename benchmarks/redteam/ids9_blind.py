"""Blind batch ids9: identifier documents in layouts the earlier sets barely used (written session 9).

Payment and registry XML/JSON with a scheme or type field beside the value, guest and passenger lists with a
nationality column, OCR'd scans (misread letters, spaces inside), web and proxy logs with encoded keys,
LDIF/vCard/CSV directory exports, and hard negatives (customer and member numbers that pass Luhn or modulus 11
in exports that say they hold no personal numbers). Committed BEFORE its first score; its first run is the
honest figure of the rules it was written against, anything later is tuned.

    python -m benchmarks.redteam.ids9_blind --output benchmarks/data/redteam/ids9_blind/identifiers.jsonl

Markup: ``<<KIND>>`` or ``<<KIND:form>>`` is replaced by a generated number; KIND DK/SE/FI/NO is labelled
(DK_CPR, SE_PERSONNUMMER, FI_PERSONAL_IDENTITY_CODE, NO_FODSELSNUMMER), KIND NEG is not.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from collections.abc import Callable
from pathlib import Path

from benchmarks.redteam import ids
from benchmarks.redteam.bank import split_bank, write_jsonl

TODAY = dt.date(2026, 12, 1)
DEFAULT_SEED = 909
ENTITY = {"DK": "DK_CPR", "SE": "SE_PERSONNUMMER", "FI": "FI_PERSONAL_IDENTITY_CODE", "NO": "NO_FODSELSNUMMER"}
MARK = re.compile(r"<<(DK|SE|FI|NO|NEG)(?::([a-z_0-9]+))?>>")
# a scanner or fax reading a digit as a letter
MISREAD = {"1": "l", "0": "O", "8": "B", "5": "S"}


def _misread(rng: random.Random, value: str, first: bool = False) -> str:
    places = [i for i, c in enumerate(value) if c in MISREAD]
    i = 0 if first and value[0] in MISREAD else rng.choice(places[1:] or places)
    return value[:i] + MISREAD[value[i]] + value[i + 1 :]


def _dk(rng: random.Random, form: str) -> str:
    if form == "nomod":
        born = ids.random_birth_date(rng, 2008, 2022)
        d = ids.make_cpr(rng, born, mod11=False)
    else:
        d = ids.make_cpr(rng)
    if form in ("plain", "nomod"):
        return d
    if form == "space":
        return f"{d[:6]} {d[6:]}"
    if form == "ocr":
        return _misread(rng, f"{d[:6]}-{d[6:]}")
    return f"{d[:6]}-{d[6:]}"


def _se(rng: random.Random, form: str) -> str:
    if form == "old":
        born = ids.random_birth_date(rng, 1919, 1926)
        return ids.pnr_forms(ids.make_personnummer(rng, born), TODAY)["short_dash"]
    coord = form.startswith("coord")
    twelve = ids.make_personnummer(rng, coordination=coord)
    forms = ids.pnr_forms(twelve, TODAY)
    key = form.removeprefix("coord_") if coord else form
    if key in ("", "coord"):
        key = "short_dash"
    if key == "ocr":
        return _misread(rng, forms["long_dash"])
    if key == "ocr_first":
        return _misread(rng, forms["long_dash"], first=True)
    if key == "spaced":
        return f"{twelve[:4]} {twelve[4:8]} {twelve[8:]}"
    return forms[key]


def _neg(rng: random.Random, form: str) -> str:
    makers: dict[str, Callable[[random.Random], str]] = {
        "luhn10": ids.date_like_luhn_ten,
        "cprdate": ids.date_like_ten,
        "cvr": ids.make_cvr,
        "pnum": ids.make_p_number,
        "orgnr": ids.make_se_orgnr,
        "ocrref": ids.make_ocr,
    }
    if form == "luhn12":
        return ids.make_personnummer(rng)
    if form == "invalid_dk":
        d = ids.make_cpr(rng)
        return f"{d[:6]}-{d[6:9]}{(int(d[9]) + 3) % 10}"
    return makers[form or "cprdate"](rng)


def render(rng: random.Random, markup: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    labels: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(markup):
        out.append(markup[pos : m.start()])
        length += m.start() - pos
        kind, form = m.group(1), m.group(2) or ""
        if kind == "DK":
            value = _dk(rng, form)
        elif kind == "SE":
            value = _se(rng, form)
        elif kind == "FI":
            value = ids.make_hetu(rng)
        elif kind == "NO":
            value = ids.make_fodselsnummer(rng)
        else:
            value = _neg(rng, form)
        if kind != "NEG":
            labels.append({"start": length, "end": length + len(value), "entity": ENTITY[kind]})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(markup[pos:])
    return "".join(out), labels


# --- generated layouts: rng -> (lang, markup) -----------------------------------------------------------

FIRST = ["Karin", "Mads", "Sofie", "Henrik", "Elin", "Jonas", "Astrid", "Mikkel", "Ida", "Oskar", "Freja", "Nils"]
LAST = ["Holm", "Lindqvist", "Bech", "Sandberg", "Kjær", "Öhman", "Dahl", "Vestergaard", "Berglund", "Friis"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _xml_payroll(rng: random.Random) -> tuple[str, str]:
    country = rng.choice(["DK", "SE"])
    rows = []
    for _ in range(rng.randint(2, 3)):
        value = "<<DK:plain>>" if country == "DK" else "<<SE:long>>"
        rows.append(
            f"  <Dbtr>\n    <Nm>{_name(rng)}</Nm>\n    <Id><PrvtId><Othr>\n      <Id>{value}</Id>\n"
            "      <SchmeNm><Cd>NIDN</Cd></SchmeNm>\n    </Othr></PrvtId></Id>\n  </Dbtr>\n"
            f"  <RmtInf><Ustrd>Faktura <<NEG:cprdate>></Ustrd></RmtInf>"
        )
    return ("da" if country == "DK" else "sv"), "<DrctDbtTxInf>\n" + "\n".join(rows) + "\n</DrctDbtTxInf>"


def _json_type_field(rng: random.Random) -> tuple[str, str]:
    lines = []
    for _ in range(rng.randint(3, 4)):
        kind = rng.choice(["DK", "SE", "NO", "FI", "CUST"])
        if kind == "CUST":
            lines.append(f'{{"holder": "{_name(rng)}", "doc": {{"type": "CUSTOMER_NO", "value": "<<NEG:luhn10>>"}}}}')
        else:
            value = {"DK": "<<DK>>", "SE": "<<SE:long>>", "NO": "<<NO>>", "FI": "<<FI>>"}[kind]
            lines.append(
                f'{{"holder": "{_name(rng)}", "doc": {{"type": "NATIONAL_ID", "issuer": "{kind}", "value": "{value}"}}}}'
            )
    return "en", "\n".join(lines)


def _guest_list(rng: random.Random) -> tuple[str, str]:
    sep = rng.choice([";", "\t", "  |  "])
    head = sep.join(["Værelse", "Gæst", "Statsborgerskab", "Legitimation"])
    rows = [head]
    for _ in range(rng.randint(4, 6)):
        nat = rng.choice(["Danmark", "Sverige", "Norge", "Tyskland", "Sverige"])
        ident = {
            "Danmark": "<<DK:plain>>",
            "Sverige": rng.choice(["<<SE:short>>", "<<SE:long>>", "<<SE:short_dash>>"]),
            "Norge": "<<NO>>",
            "Tyskland": f"Pass C{rng.randint(10000000, 99999999)}",
        }[nat]
        rows.append(sep.join([str(rng.randint(101, 420)), _name(rng), nat, ident]))
    return "da", "Overnattende gæster, nat til lørdag\n" + "\n".join(rows)


def _ocr_scan(rng: random.Random) -> tuple[str, str]:
    form = rng.choice(["ocr", "spaced", "ocr_first"])
    return "sv", (
        "[skannad sida 1 av 2]\n"
        f"Beslut om bostadsanpassningsbidrag\nSökande: {_name(rng)}\n"
        f"Personnr: <<SE:{form}>>\n"
        f"Dnr BAB <<NEG:ocrref>>   Handläggare: {_name(rng)}"
    )


def _proxy_log(rng: random.Random) -> tuple[str, str]:
    lines = []
    for _ in range(rng.randint(3, 4)):
        t = f"2026-11-{rng.randint(10, 28)}T0{rng.randint(0, 9)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}Z"
        kind = rng.choice(["cpr", "order", "pnr"])
        if kind == "cpr":
            q = "redirect=%2Fsag%3Fcpr%3D<<DK:plain>>"
        elif kind == "pnr":
            q = "next=%2Fminasidor%3Fpersonnummer%3D<<SE:long>>"
        else:
            q = "return=%2Fordrer%3Fordrenr%3D<<NEG:cprdate>>"
        lines.append(f"{t} 10.1.4.{rng.randint(2, 250)} GET /login?{q} 302")
    return "en", "\n".join(lines)


def _ldif(rng: random.Random) -> tuple[str, str]:
    country = rng.choice(["DK", "SE"])
    name = _name(rng)
    first, last = name.split()
    attr = "norEduPersonNIN" if country == "SE" else "schacPersonalUniqueID"
    value = f"{attr}: <<SE:long>>" if country == "SE" else f"{attr}: urn:schac:personalUniqueID:dk:CPR:<<DK:plain>>"
    return "en", (
        f"dn: uid={first.lower()}{last.lower()[:2]},ou=people,dc=kommune,dc=example\n"
        f"objectClass: inetOrgPerson\ncn: {name}\nsn: {last}\ngivenName: {first}\n"
        f"employeeNumber: <<NEG:ocrref>>\n{value}\n"
    )


def _loan_export(rng: random.Random) -> tuple[str, str]:
    rows = ["Avtalsnr;Medlemsnummer;Insats;Status"]
    for _ in range(rng.randint(5, 7)):
        rows.append(f"{rng.randint(100000, 999999)};<<NEG:luhn10>>;{rng.randint(1, 90)} 000;aktiv")
    return "sv", (
        "Rapport från medlemsregistret (avidentifierad: innehåller inga personnummer, endast medlemsnummer)\n"
        + "\n".join(rows)
    )


def _crew_list(rng: random.Random) -> tuple[str, str]:
    rows = ["No.  Name                   Nationality   ID document"]
    for i in range(1, rng.randint(4, 6)):
        nat = rng.choice(["SWE", "DNK", "NOR", "FIN", "PHL"])
        ident = {
            "SWE": "<<SE:long_dash>>",
            "DNK": "<<DK>>",
            "NOR": "<<NO>>",
            "FIN": "<<FI>>",
            "PHL": f"P{rng.randint(1000000, 9999999)}A",
        }[nat]
        rows.append(f"{i:<4} {_name(rng):<22} {nat:<13} {ident}")
    return "en", "CREW LIST - M/V NORDLYS - departure Frederikshavn\n" + "\n".join(rows)


LAYOUTS: list[tuple[str, Callable[[random.Random], tuple[str, str]]]] = [
    ("gen-xml-debit", _xml_payroll),
    ("gen-json-docs", _json_type_field),
    ("gen-guests", _guest_list),
    ("gen-ocr-scan", _ocr_scan),
    ("gen-proxy-log", _proxy_log),
    ("gen-ldif", _ldif),
    ("gen-member-export", _loan_export),
    ("gen-crew-list", _crew_list),
]

# --- hand-written documents: "=== family lang" starts each ----------------------------------------------

HAND = """
=== hand-xml da
<Lønindberetning>
  <Medarbejder>
    <Navn>Birgitte Lauridsen</Navn>
    <Identifikation type="CPR"><<DK:plain>></Identifikation>
    <Medarbejdernr>4471</Medarbejdernr>
  </Medarbejder>
</Lønindberetning>
=== hand-xml sv
<Person>
  <Namn>Gösta Ahlgren</Namn>
  <Identitet typ="personnummer"><<SE:long>></Identitet>
  <Kundnummer><<NEG:luhn10>></Kundnummer>
</Person>
=== hand-xml en
<Party><Name>Ulla Brink</Name><Identifier scheme="urn:oid:1.2.208.176.1.2"><<DK:plain>></Identifier></Party>
<Order><Number><<NEG:cprdate>></Number></Order>
=== hand-xml en
<Beneficiary>
  <FullName>Torbjörn Vik</FullName>
  <NationalId country="SE"><<SE:long>></NationalId>
  <Account>SE35 5000 0000 0549 1000 0003</Account>
</Beneficiary>
=== hand-xml en
<Cdtr><Nm>Per Munk</Nm><Id><PrvtId><Othr><Id><<DK>></Id><SchmeNm><Prtry>CPR</Prtry></SchmeNm></Othr></PrvtId></Id></Cdtr>
=== hand-xml en
<InitgPty><Nm>Fjordvej Byg ApS</Nm><Id><OrgId><Othr><Id><<NEG:cvr>></Id><SchmeNm><Cd>CUST</Cd></SchmeNm></Othr></OrgId></Id></InitgPty>
<Dbtr><Nm>Fjordvej Byg ApS</Nm><Id><OrgId><Othr><Id><<NEG:cprdate>></Id><SchmeNm><Cd>TXID</Cd></SchmeNm></Othr></OrgId></Id></Dbtr>
=== hand-json en
{"customer": {"name": "Signe Lykke", "identifiers": [{"scheme": "DK:CPR", "id": "<<DK:plain>>"}, {"scheme": "loyalty", "id": "<<NEG:cprdate>>"}]}}
=== hand-json en
{"applicant": {"fullName": "Hampus Nordin", "idType": "PERSONNUMMER", "idValue": "<<SE:long>>", "applicationNo": "<<NEG:luhn10>>"}}
=== hand-json en
[{"name": "Aino Virtanen", "nationality": "FI", "personalId": "<<FI>>"}, {"name": "Kasper Friis", "nationality": "DK", "personalId": "<<DK:plain>>"}, {"name": "Ebbe Lund", "nationality": "SE", "personalId": "<<SE:short>>"}]
=== hand-guests da
Gæsteliste, bryllup på Kokkedal Slot (til hotellets kartotek)
Navn                 Land   ID
Rasmus Kofoed        DK     <<DK:plain>>
Linnéa Sjögren       SE     <<SE:short>>
Ingvild Haugen       NO     <<NO>>
Marco Bianchi        IT     CA12345AB
=== hand-guests sv
Passagerarlista färja Grenå-Varberg
Namn;Medborgarskap;Födelsedatum;ID-handling
Jesper Brink;dansk;12.03.1977;<<DK>>
Hedvig Strand;svensk;04.11.1990;<<SE:short_dash>>
Sune Mørk;dansk;;<<DK:plain>>
=== hand-guests en
Delegates, Nordic Payroll Forum - badge list
Surname, First name | Country | Personal no.
Krogh, Anette | Denmark | <<DK>>
Eklund, Viktor | Sweden | <<SE:short_dash>>
Lahti, Mikko | Finland | <<FI>>
=== hand-ocr sv
SKANNAD: Anmälan om flyttning
Namn: Britt-Marie Åkerlund
Personnummer: <<SE:ocr>>
Ny adress: Storgatan 14 B, Umeå
=== hand-ocr sv
Kopia av ID-kort (inläst)
EFTERNAMN / SURNAME  LUNDH
PERSONNUMMER  <<SE:spaced>>
KORTNUMMER <<NEG:ocrref>>
=== hand-ocr da
Indscannet blanket - Ansøgning om boligstøtte
Ansøger: Kim Vestergaard   CPR-nr.: <<DK:ocr>>
Husstandens indkomst: 312.400 kr
=== hand-ocr sv
Ärende avseende: Ingegerd Mattsson <<SE:ocr_first>>
Beslut: bifall. Beslutsdatum 2026-10-14
=== hand-ocr da
Modtager: <<NEG:invalid_dk>>
Brev fra Udbetaling Danmark (kopi, ulæselig stempel)
=== hand-url en
2026-11-18 08:12:44 INFO GET /borgerservice/opslag?q=cpr%3A<<DK:plain>>&src=portal 200 14ms
2026-11-18 08:12:51 INFO GET /borgerservice/kvittering?ordre=<<NEG:cprdate>> 200 9ms
=== hand-url en
referer=https%3A%2F%2Fintra.example.se%2Fhandlaggning%3Fpnr%3D<<SE:long>>%26flik%3Dbeslut
=== hand-url en
https://kommune.example.dk/api/sager?personCpr=<<DK:plain>>&status=aaben
https://kommune.example.dk/api/fakturaer?fakturaId=<<NEG:cprdate>>
=== hand-ldif en
dn: cn=Malene Skov,ou=Ansatte,dc=firma,dc=dk
objectClass: person
cn: Malene Skov
title: Bogholder
dkCprNumber: <<DK:plain>>
telephoneNumber: +45 33 12 40 90
=== hand-ldif en
dn: uid=lnorlin,ou=users,dc=hogskolan,dc=se
cn: Lars Norlin
norEduPersonNIN: <<SE:long>>
employeeNumber: 20481
=== hand-vcard en
BEGIN:VCARD
VERSION:3.0
FN:Henny Laursen
N:Laursen;Henny;;;
NOTE:CPR <<DK>> (til lønsystemet)
TEL;TYPE=cell:+45 21 44 90 18
END:VCARD
=== hand-vcard en
BEGIN:VCARD
VERSION:4.0
FN:Ove Sjöqvist
X-PERSONNUMMER:<<SE:long_dash>>
ORG:Sjöqvist Måleri AB
END:VCARD
=== hand-csv sv
förnamn,efternamn,personnummer,e-post
Alva,Hedberg,<<SE:long>>,alva.hedberg@example.se
Frans,Wikström,<<SE:long>>,frans.w@example.se
=== hand-csv da
medlemsnr;navn;fødselsdato;kontingent
<<NEG:cprdate>>;Poul Dam;12-04-1961;450
<<NEG:cprdate>>;Inger Bak;03-09-1958;450
<<NEG:cprdate>>;Vagn Holt;21-11-1949;300
=== hand-en en
Our Swedish contractor's personal identity number on record is <<SE:short_dash>>; please add it to the access card request.
=== hand-en en
Reminder: the Danish employee (CPR <<DK>>) and the Swedish one (personnummer <<SE:long_dash>>) both start Monday.
=== hand-en en
Tenant reference <<NEG:cprdate>> - please quote this number when you call.
=== hand-mixed da
Svensk statsborger: Emelie Forsberg, svensk personnummer <<SE:short_dash>>. Dansk CPR er endnu ikke tildelt.
=== hand-mixed sv
Dansk medborgare bosatt i Malmö: Lone Kristiansen, dansk CPR <<DK>>, samordningsnummer <<SE:coord_short_dash>>.
=== hand-mixed sv
Arvsskifte: dödsboet efter Gunnar Ek, född <<SE:old>>, delägare enligt bouppteckningen.
=== hand-mixed fi
Asiakas: Pekka Salo, henkilötunnus <<FI>>. Ruotsalainen puoliso: Maria Salo, personnummer <<SE:long_dash>>.
=== hand-neg da
Eksporten indeholder ingen CPR-numre. Kolonnen "Kundenr" er vores egne numre.
Kundenr;Navn;Saldo
<<NEG:cprdate>>;Lene Bruun;1.200,00
<<NEG:cprdate>>;Ole Krag;560,50
<<NEG:cprdate>>;Jytte Møller;0,00
=== hand-neg sv
Utdrag ur kundregistret. Obs: kolumnen Kundnr är inte personnummer.
Kundnr	Namn	Ort
<<NEG:luhn10>>	Siv Åberg	Gävle
<<NEG:luhn10>>	Kent Malm	Luleå
<<NEG:luhn10>>	Doris Falk	Kalmar
<<NEG:luhn10>>	Rune Ek	Visby
=== hand-neg sv
Ordernummer <<NEG:luhn10>> har skickats. Leveranstid 3-5 dagar.
=== hand-neg da
Deres polices nummer er <<NEG:cprdate>>. Oplys det ved skade.
=== hand-neg en
Batch 2026-11 payout file, ids are internal employee keys (not national ids):
emp_key,amount
<<NEG:luhn10>>,12000
<<NEG:luhn10>>,9800
<<NEG:luhn10>>,15100
=== hand-dk da
Hej Mette, barnets CPR er <<DK:nomod>>, mor er <<DK>>. Kan du oprette dem i journalen?
=== hand-dk da
Lejekontrakt - lejer: Thomas Bisgaard (<<DK>>), medlejer: Rikke Bisgaard (<<DK>>)
=== hand-se sv
Sökande: Ylva Törnblad <<SE:short_dash>>
Medsökande: Erik Törnblad <<SE:short_dash>>
Fastighet: Kärr 2:14
=== hand-se sv
Kronofogden, utdrag. Gäldenär (identitet): <<SE:long_dash>>. Skuld 23 410 kr. Bolag i samma mål: <<NEG:orgnr>>.
=== hand-no nb
Ansatt: Kari Nordmann, fødselsnummer <<NO>>, startdato 1. desember.
"""


def hand_docs() -> list[tuple[str, str, str]]:
    return split_bank(HAND)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    docs: list[dict[str, object]] = []
    for family, lang, markup in hand_docs():
        text, labels = render(rng, markup)
        docs.append({"id": f"b9-{len(docs) + 1:03d}", "lang": lang, "family": family, "text": text, "labels": labels})
    for family, layout in LAYOUTS:
        for _ in range(5):
            lang, markup = layout(rng)
            text, labels = render(rng, markup)
            docs.append(
                {"id": f"b9-{len(docs) + 1:03d}", "lang": lang, "family": family, "text": text, "labels": labels}
            )
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--output", type=Path, required=True)
    args = ap.parse_args()
    write_jsonl(build(args.seed), args.output)


if __name__ == "__main__":
    main()
