"""Build benchmarks/data/redteam/holdout/*.jsonl: a second, held-back draw written in other layouts and words.

    python benchmarks/redteam/build_holdout.py
    python benchmarks/redteam/build_holdout.py --new-names   # categories/names again, with names no other set uses

Same labelling rules as the main sets (see benchmarks/data/redteam/README.md), but none of the main sets'
templates: forwarded mail threads, JSON/XML/Markdown exports, SMS, decision letters, loan applications, CVs,
chat logs, obituaries, sport results... Meant to be run once at the end, after the fixes, to see whether they
generalise. Fixers: please do not open or tune against these files.

Markup in the templates: ``[[KIND]]`` or ``[[KIND:form]]`` is a true identifier generated fresh and labelled;
``{{KIND}}`` is an unlabelled number (a hard negative); ``[[text|category]]`` labels a sentence; ``{1}``,
``{1f}``... are person names (labelled PERSON in the names set).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from benchmarks.redteam import ids
from benchmarks.redteam.build_identifiers import cpr_text, dk_phone, fnr_text, hetu_text, pnr_text, se_phone
from benchmarks.redteam.build_names import render, template_names
from benchmarks.redteam.common import DATA_DIR, Doc, write_jsonl
from benchmarks.redteam.people import genitive, person

OUT = DATA_DIR / "holdout"

ENT = {"CPR": "DK_CPR", "PNR": "SE_PERSONNUMMER", "HETU": "FI_PERSONAL_IDENTITY_CODE", "FNR": "NO_FODSELSNUMMER"}


def true_id(rng: random.Random, kind: str, form: str) -> str:
    if kind == "CPR":
        return cpr_text(rng, style=form or None)
    if kind == "PNR":
        if form == "coord":
            return pnr_text(rng, coord=True)
        return pnr_text(rng, form=form or None)
    if kind == "HETU":
        return hetu_text(rng)
    if kind == "FNR":
        return fnr_text(rng)
    raise KeyError(kind)


def negative_number(rng: random.Random, kind: str) -> str:
    table = {
        "DATE10": lambda: ids.date_like_ten(rng),
        "LUHN10": lambda: ids.date_like_luhn_ten(rng),
        "CVR": lambda: ids.make_cvr(rng),
        "PNUM": lambda: ids.make_p_number(rng),
        "ORG": lambda: ids.make_se_orgnr(rng),
        "BG": lambda: ids.make_bankgiro(rng),
        "PG": lambda: ids.make_plusgiro(rng),
        "EAN": lambda: ids.make_ean13(rng),
        "OCR": lambda: ids.make_ocr(rng),
        "DKPHONE": lambda: dk_phone(rng),
        "SEPHONE": lambda: se_phone(rng),
        "IBANDK": lambda: ids.make_iban_dk(rng),
        "REG": lambda: f"{rng.randint(1000, 9999)}",
        "N6": lambda: f"{rng.randint(100000, 999999)}",
        "N8": lambda: f"{rng.randint(10000000, 99999999)}",
        "N10": lambda: f"{rng.randint(10**9, 10**10 - 1)}",
        "YEAR": lambda: str(rng.randint(2019, 2026)),
        "AMOUNT": lambda: f"{rng.randint(100, 99999)},{rng.randint(0, 99):02d}",
    }
    return table[kind]()


TOKEN = re.compile(r"\[\[([A-Z]+)(?::([a-z_]+))?\]\]|\{\{([A-Z0-9]+)\}\}")


def id_doc(rng: random.Random, lang: str, tpl: str) -> Doc:
    d = Doc(lang)
    pos = 0
    for m in TOKEN.finditer(tpl):
        d.t(tpl[pos : m.start()])
        pos = m.end()
        if m.group(1):
            d.lab(true_id(rng, m.group(1), m.group(2) or ""), ENT[m.group(1)])
        else:
            d.t(negative_number(rng, m.group(3)))
    d.t(tpl[pos:])
    return d


ID_TEMPLATES: list[tuple[str, str]] = [
    (
        "da",
        "Fra: Borgerservice <post@kommune.dk>\nEmne: Afgørelse om boligstøtte\n\nDeres j.nr.: {{YEAR}}-{{N6}}\nCPR: [[CPR]]\n\nKommunen har truffet afgørelse om, at De fra 1. januar modtager boligstøtte på kr. {{AMOUNT}} pr. måned. Beløbet udbetales til Deres NemKonto.\n\nKlagevejledning: Klagen sendes til kommunen, som genvurderer sagen inden for 4 uger.\n\nMed venlig hilsen\nBorgerservice\nTlf. {{DKPHONE}}",
    ),
    (
        "da",
        "---------- Videresendt besked ----------\nFra: Løn <loen@firma.dk>\nDato: 3. marts kl. 09:14\n\n> Hej, kan I bekræfte cpr for den nye elev?\n> Vi har [[CPR:plain]] i systemet.\n\nJa, det er korrekt. Eleven starter på værkstedet på mandag. Ring på {{DKPHONE}} hvis noget mangler.\n\nMvh Tove",
    ),
    (
        "da",
        "| Navn | CPR | Afdeling | Lønnr. |\n|---|---|---|---|\n| Ib Hald | [[CPR]] | Lager | {{N6}} |\n| Gry Sand | [[CPR]] | Salg | {{N6}} |\n| Aage Vinde | [[CPR:plain]] | IT | {{N6}} |\n| Vikar | – | Lager | {{N6}} |",
    ),
    (
        "da",
        '{"kunde": {"navn": "Rita Bork", "cpr": "[[CPR:plain]]", "kundeId": "{{DATE10}}"}, "ordre": {"id": "{{DATE10}}", "ean": "{{EAN}}", "beloeb": "{{AMOUNT}}"}}',
    ),
    (
        "da",
        "<Medarbejder><Navn>Hugo Brix</Navn><CPRNummer>[[CPR:plain]]</CPRNummer><Medarbejdernummer>{{DATE10}}</Medarbejdernummer><PNummer>{{PNUM}}</PNummer></Medarbejder>",
    ),
    (
        "da",
        "SMS fra {{DKPHONE}}: hej det er Kirsten fra 2.th, mit cpr er [[CPR]] hvis i skal bruge det til vaskeriet. mvh K",
    ),
    (
        "da",
        "Låneansøgning\n\nAnsøger 1: Jonna Frisk, [[CPR]]\nAnsøger 2: Bent Frisk, [[CPR]]\nNuværende bank: reg. {{REG}} konto {{DATE10}}\nÅrsindkomst husstand: kr. {{AMOUNT}}\nØnsket lån: kr. {{AMOUNT}}\nSagsnummer: {{DATE10}}",
    ),
    (
        "da",
        "Telefonnotat {{YEAR}}\nRingede fra {{DKPHONE}} vedr. sin mors dødsbo. Moderens cpr.nr. oplyst som [[CPR]]. Skifterettens j.nr. BS-{{N6}}/{{YEAR}}. Ringer tilbage i morgen.",
    ),
    (
        "da",
        "Kreditorliste pr. 31/12\nKreditornr.   CVR        Navn                      Saldo\n{{DATE10}}    {{CVR}}   Elektrikeren ApS          {{AMOUNT}}\n{{DATE10}}    {{CVR}}   Papirgrossisten A/S       {{AMOUNT}}\n{{DATE10}}    {{CVR}}   Vagtselskabet Nord        {{AMOUNT}}",
    ),
    (
        "da",
        "Betaling med FIK: +71<{{N10}}{{N6}}+{{N8}}<\nBetalingsid: {{DATE10}}\nSidste rettidige betalingsdag: 15.04.\nSpørgsmål til fakturaen: {{DKPHONE}}",
    ),
    (
        "da",
        "Kære Søren\n\nJeg har modtaget din lønseddel, men mit personnummer står forkert. Det skal være [[CPR]], ikke det der står på sedlen.\n\nVenlig hilsen\nAnja",
    ),
    (
        "da",
        "Tjekliste ny medarbejder\n[x] Kontrakt underskrevet\n[x] CPR-nr. modtaget ([[CPR:dash]])\n[ ] Skattekort\n[ ] Nøglebrik nr. {{N6}}\n[ ] Telefon {{DKPHONE}}",
    ),
    (
        "da",
        "Vi har registreret følgende pårørende: Ægtefælle Lis Brandt, tlf. {{DKPHONE}}. Barn: Villum Brandt, født [[CPR]].",
    ),
    (
        "sv",
        "Beslut om sjukpenning\n\nPersonnummer: [[PNR]]\nÄrendenummer: {{LUHN10}}\n\nDu får sjukpenning från och med den 4 mars. Ersättningen betalas ut till ditt konto den 25:e varje månad.\n\nOm du inte är nöjd med beslutet kan du begära omprövning inom två månader.\n\nMed vänlig hälsning\nHandläggare, tfn {{SEPHONE}}",
    ),
    (
        "sv",
        "---------- Vidarebefordrat meddelande ----------\nFrån: Lön <lon@foretaget.se>\n\n> Hej! Kan ni bekräfta personnumret för den nya praktikanten?\n> Vi har [[PNR:long]] i systemet.\n\nJa, det stämmer. Praktikanten börjar på måndag. Ring {{SEPHONE}} om något saknas.\n\n/Karin",
    ),
    (
        "sv",
        "| Namn | Personnummer | Avdelning | Anst.nr |\n|---|---|---|---|\n| Åke Ling | [[PNR]] | Lager | {{N6}} |\n| Siri Dahl | [[PNR]] | Sälj | {{N6}} |\n| Vikarie | – | Lager | {{N6}} |",
    ),
    (
        "sv",
        '{"kund": {"namn": "Berit Ek", "personnummer": "[[PNR:long]]", "kundnummer": "{{LUHN10}}"}, "order": {"id": "{{LUHN10}}", "ocr": "{{OCR}}"}}',
    ),
    (
        "sv",
        "<Anstalld><Namn>Tord Blom</Namn><Personnummer>[[PNR:short]]</Personnummer><Anstallningsnummer>{{LUHN10}}</Anstallningsnummer><Organisationsnummer>{{ORG}}</Organisationsnummer></Anstalld>",
    ),
    (
        "sv",
        "SMS från {{SEPHONE}}: hej det är Lisa i trapphus B, mitt personnr är [[PNR:short_dash]] om ni behöver det för tvättstugan /L",
    ),
    (
        "sv",
        "Låneansökan\n\nSökande: Gun Frisk, [[PNR]]\nMedsökande: Bo Frisk, [[PNR]]\nNuvarande bank: clearingnr {{REG}}, konto {{N10}}\nÖnskat lån: {{AMOUNT}} kr\nReferensnummer: {{LUHN10}}",
    ),
    (
        "sv",
        "Telefonanteckning\nRingde från {{SEPHONE}} ang. sin mammas dödsbo. Mammans personnummer uppgavs som [[PNR:short_dash]]. Bouppteckning ska lämnas senast 30 juni. Återkommer i morgon.",
    ),
    (
        "sv",
        "Leverantörsreskontra 31/12\nLev.nr       Org.nr        Namn                    Saldo\n{{LUHN10}}   {{ORG}}   Elfirman AB             {{AMOUNT}}\n{{LUHN10}}   {{ORG}}   Pappersgrossisten AB    {{AMOUNT}}\n{{LUHN10}}   {{ORG}}   Bevakning Nord AB       {{AMOUNT}}",
    ),
    (
        "sv",
        "Betala till bankgiro {{BG}} eller plusgiro {{PG}}. Ange OCR {{LUHN10}} vid betalning. Förfallodag 2026-04-30. Frågor: {{SEPHONE}}",
    ),
    (
        "sv",
        "Hej Olle!\n\nMitt personnummer är fel på lönebeskedet. Det ska vara [[PNR]], inte det som står där.\n\nHälsningar\nJenny",
    ),
    (
        "sv",
        "Checklista nyanställd\n[x] Avtal påskrivet\n[x] Personnummer mottaget ([[PNR:long_dash]])\n[ ] Skattetabell\n[ ] Passerkort nr {{N6}}\n[ ] Mobil {{SEPHONE}}",
    ),
    ("sv", "Anhöriga: make Rolf Brandt, tfn {{SEPHONE}}. Barn: Vilma Brandt, [[PNR:long_dash]]."),
    (
        "sv",
        "Hej, jag har inget svenskt personnummer än, bara samordningsnummer [[PNR:coord]]. Räcker det för att öppna lönekonto?",
    ),
    (
        "da",
        "Employee ID;Name;National ID;Country;Email\n{{DATE10}};Lasse Brink;[[CPR]];DK;lasse.brink@firma.dk\n{{LUHN10}};Ulrika Stål;[[PNR]];SE;ulrika.stal@firma.se\n{{N10}};Aino Laine;[[HETU]];FI;aino.laine@firma.fi\n{{DATE10}};Trond Vik;[[FNR]];NO;trond.vik@firma.no",
    ),
    ("fi", "Hei! Henkilötunnukseni on [[HETU]] ja tilinumero FI21 1234 5600 0007 85. Terveisin Ville"),
    ("nb", "Hei, jeg begynner i Oslo-kontoret. Fødselsnummeret mitt er [[FNR]]. Hilsen Sigrid"),
    (
        "da",
        "Log-uddrag\n{{YEAR}}-03-15 10:42:13 bruger {{N6}} slog CPR [[CPR:plain]] op i folkeregisteret (formål: sag {{DATE10}})\n{{YEAR}}-03-15 10:43:55 bruger {{N6}} eksporterede rapport {{DATE10}}",
    ),
    (
        "sv",
        "Loggutdrag\n{{YEAR}}-03-15 10:42:13 användare {{N6}} slog upp personnummer [[PNR:long]] i SPAR (ärende {{LUHN10}})\n{{YEAR}}-03-15 10:43:55 användare {{N6}} exporterade rapport {{LUHN10}}",
    ),
    (
        "da",
        "Gavekort nr. {{DATE10}} – værdi kr. 500 – gyldigt til {{YEAR}}. Kan bruges i alle butikker. Kundeservice {{DKPHONE}}.",
    ),
    ("sv", "Presentkort nr {{LUHN10}} – värde 500 kr – giltigt till {{YEAR}}. Kundtjänst {{SEPHONE}}."),
    (
        "da",
        "Vagtplan uge 12\nMandag: Ole ({{DKPHONE}})\nTirsdag: Pia ({{DKPHONE}})\nOnsdag: Ole\nKontrolnr. {{DATE10}}",
    ),
    ("sv", "Jourlista vecka 12\nMåndag: Nils ({{SEPHONE}})\nTisdag: Pia ({{SEPHONE}})\nKontrollnr {{LUHN10}}"),
]


def build_identifiers(rng: random.Random) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for k in range(4):
        for j, (lang, tpl) in enumerate(ID_TEMPLATES):
            out.append(id_doc(rng, lang, tpl).record(f"hold-id-{k}-{j:03d}", family=f"holdout_{j:03d}"))
    return out


# --- categories --------------------------------------------------------------------------------------

CAT_TEMPLATES: list[tuple[str, str]] = [
    (
        "da",
        "Hej {T}\n\n{N} har været på barsel og vender tilbage 1. maj på 30 timer om ugen. Vi skal finde en ny plads til {him} i åbent kontor.\n\nHilsen\nHR",
    ),
    (
        "da",
        "Til lederen\n\n[[{N} har fået en hjernerystelse ved et fald på trappen og er fritaget for skærmarbejde i fire uger|health]]. Arbejdsskaden er anmeldt.\n\nMvh Arbejdsmiljøgruppen",
    ),
    (
        "da",
        "Notat\n\n[[{F} har oplyst, at {he} er ordblind og har brug for oplæsningsprogram|health]]. IT installerer det i næste uge.",
    ),
    (
        "da",
        "Kære kolleger\n\nVi har den glæde at kunne fortælle, at [[{N} er blevet valgt som fællestillidsrepræsentant for FOA-medlemmerne|trade_union]]. Tillykke!",
    ),
    (
        "da",
        "Hej\n\n[[{F} beder om fri fredag eftermiddag til fredagsbøn i moskéen i Brabrand|religion]]. Jeg har sagt ja, hvis {he} arbejder timerne ind.\n\n/Kim",
    ),
    (
        "da",
        "[[{N} er opstillet som spidskandidat for Dansk Folkeparti i Vejle Kommune|political_opinion]], og vi har aftalt, at {he} ikke udtaler sig på firmaets vegne.",
    ),
    (
        "da",
        "Personalesag\n\n[[{N} blev ved byretten i sidste måned dømt for butikstyveri|criminal_records]]. Da {he} arbejder i kassen, har vi flyttet {him} til lageret.",
    ),
    (
        "da",
        "<m>Hej {T}\n\nBare så du ved det: [[{F} og {his} kæreste Mikkel er blevet gift på rådhuset|sexual_orientation]]. Der samles ind til en gave.",
    ),
    ("da", "Til IT\n\nOpret venligst [[håndfladescanning for {N} til laboratoriet|biometric]]. {F} starter mandag."),
    (
        "da",
        "Referat\n\n[[{F} er halvt grønlandsk inuk og taler grønlandsk med sin mor|ethnic_origin]]. {He} vil gerne tage sig af vores kunder i Nuuk.",
    ),
    (
        "da",
        "Hej {T}\n\n[[Blodprøven viste, at {F} har arvet anlægget for cystisk fibrose fra begge forældre|genetic,health]]. {He} er hjemme resten af ugen.",
    ),
    (
        "da",
        "Hej alle\n\nHusk tilmelding til firmaets motionsløb. Der er præmier til de tre hurtigste hold, og der serveres frugt og vand ved målstregen.\n\nHilsen Personaleforeningen",
    ),
    (
        "da",
        "Politik for alkohol og rusmidler\n\nMedarbejdere må ikke være påvirkede i arbejdstiden. Ved mistanke om misbrug tilbydes behandling via sundhedsordningen. Ledere kan få rådgivning hos HR.",
    ),
    (
        "da",
        "Nyhedsbrev\n\nFagforeningerne og arbejdsgiverne er nået til enighed om en ny overenskomst for industrien. Lønnen stiger med 10 % over tre år.",
    ),
    (
        "da",
        "{N} har sendt et spørgsmål om, hvorvidt firmaets sundhedsordning dækker fysioterapi. Svaret er ja, op til 10 behandlinger om året.",
    ),
    ("da", "Vi gør opmærksom på, at kantinen holder lukket på Kristi Himmelfartsdag og 2. pinsedag."),
    (
        "da",
        "{N} har spurgt, om firmaet vil sponsorere en stand ved folkemødet på Bornholm. Ledelsen beslutter det på næste møde.",
    ),
    ("da", "Revisionsselskabet er i dag frifundet i sagen om bogføringsfejl. Ingen medarbejdere var tiltalt."),
    ("da", "{N} har bestilt et kursus i mangfoldighedsledelse for alle afdelingsledere."),
    (
        "da",
        "Hej {T}\n\nJeg er med i Ældre Sagens besøgstjeneste om tirsdagen, så jeg går kl. 15 den dag.\n\nHilsen {N}",
    ),
    (
        "sv",
        "Hej {T}!\n\n{N} har varit föräldraledig och börjar igen 1 maj på 75 procent. Vi behöver ordna en plats åt {him} i kontorslandskapet.\n\nHälsningar\nHR",
    ),
    (
        "sv",
        "Till chefen\n\n[[{N} fick en hjärnskakning när {he} halkade i trappan och ska undvika skärmarbete i fyra veckor|health]]. Arbetsskadan är anmäld.\n\nHälsningar skyddsombudet",
    ),
    (
        "sv",
        "Anteckning\n\n[[{F} har berättat att {he} har dyslexi och behöver talsyntes|health]]. IT installerar det nästa vecka.",
    ),
    (
        "sv",
        "Hej kollegor!\n\nVi är glada att berätta att [[{N} har valts till huvudskyddsombud för Kommunal|trade_union]]. Grattis!",
    ),
    (
        "sv",
        "Hej\n\n[[{F} ber om ledigt på fredag eftermiddag för fredagsbönen i moskén i Rinkeby|religion]]. Jag har sagt ja om {he} tar igen timmarna.\n\n/Kim",
    ),
    (
        "sv",
        "[[{N} står som förstanamn för Liberalerna i Nacka kommun|political_opinion]], och vi har kommit överens om att {he} inte uttalar sig för företagets räkning.",
    ),
    (
        "sv",
        "Personalärende\n\n[[{N} dömdes av tingsrätten förra månaden för snatteri|criminal_records]]. Eftersom {he} arbetar i kassan har vi flyttat {him} till lagret.",
    ),
    (
        "sv",
        "<f>Hej {T}!\n\nBara så du vet: [[{F} och {his} flickvän Moa har gift sig i stadshuset|sexual_orientation]]. Vi samlar in till en present.",
    ),
    ("sv", "Till IT\n\nLägg upp [[handflatsskanning för {N} till laboratoriet|biometric]]. {F} börjar på måndag."),
    (
        "sv",
        "Protokoll\n\n[[{F_s} pappa är finlandssvensk och {his} mamma är sverigefinne; {he} talar finska hemma|ethnic_origin]]. {He} tar gärna hand om våra finska kunder.",
    ),
    (
        "sv",
        "Hej {T}!\n\n[[Blodprovet visade att {F} har ärvt anlaget för hemokromatos från båda föräldrarna|genetic,health]]. {He} är hemma resten av veckan.",
    ),
    (
        "sv",
        "Hej alla!\n\nGlöm inte anmälan till företagsloppet. Det blir priser till de tre snabbaste lagen och frukt och vatten vid målgången.\n\nHälsningar Personalföreningen",
    ),
    (
        "sv",
        "Alkohol- och drogpolicy\n\nAnställda får inte vara påverkade under arbetstid. Vid misstanke om missbruk erbjuds behandling via företagshälsovården. Chefer kan få stöd av HR.",
    ),
    (
        "sv",
        "Nyhetsbrev\n\nFacken och arbetsgivarna har enats om ett nytt industriavtal. Lönerna höjs med 10 procent på tre år.",
    ),
    (
        "sv",
        "{N} har frågat om företagets sjukvårdsförsäkring täcker sjukgymnastik. Svaret är ja, upp till tio behandlingar per år.",
    ),
    ("sv", "Vi påminner om att personalrestaurangen är stängd på Kristi himmelfärdsdag och midsommarafton."),
    ("sv", "{N} har frågat om företaget vill ha en monter under Almedalsveckan. Ledningen beslutar på nästa möte."),
    ("sv", "Revisionsbyrån friades i dag i målet om bokföringsfel. Ingen anställd var åtalad."),
    ("sv", "{N} har beställt en utbildning i inkluderande ledarskap för alla avdelningschefer."),
    (
        "sv",
        "Hej {T}!\n\nJag är volontär i Röda Korsets besöksverksamhet på tisdagar, så jag går kl. 15 den dagen.\n\nHälsningar {N}",
    ),
]


def cat_doc(rng: random.Random, lang: str, tpl: str) -> Doc:
    female = None
    if tpl.startswith("<"):
        mark, _, tpl = tpl[1:].partition(">")
        female = mark == "f"
    who = person(rng, lang, female)
    to = person(rng, lang)
    values = {
        "N": who.full,
        "F": who.first,
        "F_s": genitive(who.first),
        "T": to.first,
        **who.pron(),
    }
    d = Doc(lang)
    rest = tpl
    while "[[" in rest:
        before, _, tail = rest.partition("[[")
        inner, _, rest = tail.partition("]]")
        span, _, cats = inner.rpartition("|")
        d.t(before.format(**values))
        start = d.pos
        d.t(span.format(**values))
        for c in cats.split(","):
            d.mark(start, c)
    d.t(rest.format(**values))
    return d


def build_categories(rng: random.Random) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for k in range(3):
        for j, (lang, tpl) in enumerate(CAT_TEMPLATES):
            out.append(cat_doc(rng, lang, tpl).record(f"hold-cat-{k}-{j:03d}", family=f"holdout_{j:03d}"))
    return out


# --- names -------------------------------------------------------------------------------------------

NAME_TEMPLATES: list[tuple[str, str]] = [
    (
        "da",
        "CV\n\n{1}\nFødt 1988 i {city}\n\nErhverv\n2019-: Controller, {firm}\n2014-2019: Revisorassistent hos {2}, statsaut. revisor\n\nReferencer\n{3}, økonomichef, tlf. på forespørgsel",
    ),
    (
        "da",
        "<2f>[09:12] {1f}: godmorgen, er {2f} kommet?\n[09:13] {3f}: nej, hun er til tandlæge\n[09:13] {1f}: ok, så tager jeg mødet med {4}\n[09:15] {3f}: 👍",
    ),
    (
        "da",
        "<1m,2f,3m,4m>Mindeord\n\n{1} er død, 81 år. {1f} var i 30 år ansat hos {firm} og kendt for sin hjælpsomhed. {1l} efterlader sig hustruen {2f} og sønnerne {3f} og {4f}.",
    ),
    (
        "da",
        "Resultater fra klubmesterskabet\n1. {1} 38:12\n2. {2} 39:40\n3. {3} 41:05\nFormand {4} overrakte pokalerne.",
    ),
    (
        "da",
        "Cc: {1}; {2}\n\nHej {3f}\n\nJeg har sat {1l} og {2l} på cc, da de sidder med sagen fra starten.\n\nMvh\n{4}\nSpecialkonsulent | {firm}\n{street}",
    ),
    (
        "da",
        "Invitation\n\n{1} og {2} inviterer til reception i anledning af deres 25 års jubilæum hos {firm} fredag kl. 14 på {street}.",
    ),
    (
        "da",
        "Spørgsmål fra {1} (medlem nr. 4411): Hvornår afholdes generalforsamlingen? Svar fra {2}: Den 12. april i klubhuset.",
    ),
    (
        "da",
        "Nyt fra bestyrelsen\n\nEfter ti år som kasserer takker {1} af. {1f} afløses af {2}, mens {3s} fortsætter som formand. Bestyrelsen takker {1f} for indsatsen.",
    ),
    (
        "da",
        '<2f>Artikel: Tømrermester {1} fra {city} har fået Håndværksprisen. "Det er hele holdets fortjeneste," siger {1l}, der driver firmaet med sin datter {2f}.',
    ),
    ("da", "Vagtskifte: {1i} har nattevagt, {2i} overtager kl. 7. Ved sygdom ring til {3}."),
    (
        "sv",
        "CV\n\n{1}\nFödd 1988 i {city}\n\nArbetslivserfarenhet\n2019-: Controller, {firm}\n2014-2019: Revisorsassistent hos {2}, auktoriserad revisor\n\nReferenser\n{3}, ekonomichef, lämnas på begäran",
    ),
    (
        "sv",
        "<2f>[09:12] {1f}: godmorgon, har {2f} kommit?\n[09:13] {3f}: nej, hon är hos tandläkaren\n[09:13] {1f}: ok, då tar jag mötet med {4}\n[09:15] {3f}: 👍",
    ),
    (
        "sv",
        "<1m,2f,3m,4m>Minnesord\n\n{1} har avlidit, 81 år gammal. {1f} arbetade i 30 år på {firm} och var känd för sin hjälpsamhet. {1l} sörjs närmast av hustrun {2f} och sönerna {3f} och {4f}.",
    ),
    (
        "sv",
        "Resultat från klubbmästerskapet\n1. {1} 38:12\n2. {2} 39:40\n3. {3} 41:05\nOrdförande {4} delade ut pokalerna.",
    ),
    (
        "sv",
        "Kopia: {1}; {2}\n\nHej {3f}!\n\nJag har satt {1l} och {2l} på kopia eftersom de har haft ärendet från början.\n\nHälsningar\n{4}\nUtredare | {firm}\n{street}",
    ),
    (
        "sv",
        "Inbjudan\n\n{1} och {2} bjuder in till mottagning med anledning av sina 25 år på {firm}, fredag kl. 14 på {street}.",
    ),
    ("sv", "Fråga från {1} (medlem nr 4411): När hålls årsmötet? Svar från {2}: Den 12 april i klubbstugan."),
    (
        "sv",
        "Nytt från styrelsen\n\nEfter tio år som kassör slutar {1}. {1f} efterträds av {2}, medan {3s} fortsätter som ordförande. Styrelsen tackar {1f} för insatsen.",
    ),
    (
        "sv",
        "<2f>Artikel: Snickarmästaren {1} från {city} har fått Hantverkspriset. – Det är hela lagets förtjänst, säger {1l}, som driver firman med sin dotter {2f}.",
    ),
    ("sv", "Passbyte: {1i} har nattpasset, {2i} tar över kl. 7. Vid sjukdom ring {3}."),
]


def build_names(rng: random.Random) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for k in range(6):
        for j, (lang, tpl) in enumerate(NAME_TEMPLATES):
            d = Doc(lang)
            tpl, names = template_names(rng, lang, tpl)
            render(rng, d, tpl, names)
            out.append(d.record(f"hold-name-{k}-{j:03d}", family=f"holdout_{j:03d}"))
    return out


# Names from pools none of the other sets use, to tell a general rule from a name list extended with the sets' names.
NEW_POOLS = {
    "DA_MALE": "Ejnar Valdemar Svend Knud Vagn Arne Holger Kaj Verner Tage Erling Bjarne Finn Gunnar Harald Ivan "
    "Johannes Konrad Leo Magnus Otto Rune Sigurd Troels Uffe Vilhelm Aage Hjalte Palle Laust",
    "DA_FEMALE": "Asta Inger Bente Grethe Sonja Ruth Erna Agnete Dagmar Edith Frida Gudrun Henny Inge Johanne Karla Lis "
    "Merete Nina Oda Petrea Rigmor Solvej Thyra Vera Alberte Esther Klara Tilde Ellen",
    "DA_LAST": "Overgaard Thorsen Lindhardt Borup Kirkegaard Nørgaard Vinther Hvid Bruun Ebbesen Gade Mølgaard Toft "
    "Lykkegaard Schou Ladefoged Stampe Agerbæk Rosendahl Mathiasen Hedegaard Brink Nyholm Refsgaard Lassen Eskildsen "
    "Kjeldsen Frost Bertelsen Thuesen",
    "SV_MALE": "Sune Gösta Ingvar Kjell Bengt Folke Ragnar Evert Åke Ture Sixten Valter Arvid Helge Birger Dag Einar "
    "Hugo Ivar Jarl Lage Melker Roland Sigge Tage Vilgot Yngve Elis Alrik Osvald",
    "SV_FEMALE": "Gun Britt Ingegerd Solveig Barbro Åsa Rut Tyra Gunilla Inga Karolina Ingela Majken Dagny Elsa Gertrud "
    "Hjördis Irma Kerstin Lisen Margit Nanny Ronja Saga Signe Tekla Vendela Wilma Ester Juni",
    "SV_LAST": "Ekström Hedlund Sundqvist Åberg Wiklund Nordin Öberg Strandberg Hellström Boström Sandström Lindholm "
    "Backman Nordqvist Åström Falk Grahn Hägg Kvist Lilja Moberg Norén Ohlsson Palm Rask Sjögren Tholin Vik Westin Ågren",
}
NEW_OTHER = (
    "Mustafa Demir|Ayşe Çelik|Omid Karimi|Agnieszka Wiśniewska|Tomasz Zieliński|Ana Popescu|Goran Ilić|Hodan Abdi|"
    "Yusuf Osman|Mariam Said|Tran Thi Lan|Carlos Oliveira|Ingrid Müller|Priya Sharma"
)


def use_new_pools() -> None:
    """Swap the name pools in place (every builder holds the same list objects)."""
    from benchmarks.redteam import common, people

    for key, names in NEW_POOLS.items():
        module = people if key in ("DA_MALE", "DA_FEMALE", "SV_MALE", "SV_FEMALE") else common
        getattr(module, key)[:] = names.split()
    common.OTHER_NAMES[:] = NEW_OTHER.split("|")


def main() -> None:
    if "--new-names" in sys.argv:
        use_new_pools()
        rng = random.Random(4051)
        for name, records in (("categories", build_categories(rng)), ("names", build_names(rng))):
            for rec in records:
                rec["id"] = str(rec["id"]).replace("hold-", "hold-nn-")
            write_jsonl(OUT / f"{name}_newnames.jsonl", records)
            print(f"holdout/{name}_newnames.jsonl: {len(records)} documents")
        return
    rng = random.Random(2026)
    for name, records in (
        ("identifiers", build_identifiers(rng)),
        ("categories", build_categories(rng)),
        ("names", build_names(rng)),
    ):
        write_jsonl(OUT / f"{name}.jsonl", records)
        print(f"holdout/{name}.jsonl: {len(records)} documents, {sum(len(r['labels']) for r in records)} labels")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
