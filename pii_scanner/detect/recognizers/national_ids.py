"""Nordic national identity numbers: DK CPR, SE personnummer, NO fødselsnummer, FI HETU, IS kennitala.

The ten-digit shape ``NNNNNN-NNNN`` is shared by CPR, personnummer and kennitala, so one pattern
finds it and the verifier weighs every reading: checksum, date, context words of each country.
Only the best reading is reported. Identifier rules live in :mod:`pii_scanner.detect.identifiers`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import NamedTuple

from pii_scanner.core.data_cache import code_key, remembered
from pii_scanner.core.entities import COUNTRY_LANGUAGE, entity
from pii_scanner.core.errors import InvalidIdentifier
from pii_scanner.core.model import Finding
from pii_scanner.core.regex_cache import regex
from pii_scanner.core.resources import data_dir
from pii_scanner.detect import country, fastpath, fields, filters, layout, leads
from pii_scanner.detect.identifiers import dk_cpr, fi_hetu, no_fodselsnummer, se_personnummer
from pii_scanner.detect.identifiers._common import IdentifierInfo
from pii_scanner.detect.recognizers.base import (
    AFTER,
    BEFORE,
    ContextHit,
    Env,
    Pattern,
    Recognizer,
    context_around,
)
from pii_scanner.detect.rules import key_form

DK, SE, NO, FI, IS = (
    entity("DK_CPR").name,
    entity("SE_PERSONNUMMER").name,
    entity("NO_FODSELSNUMMER").name,
    entity("FI_PERSONAL_IDENTITY_CODE").name,
    entity("IS_KENNITALA").name,
)

# Bodies after the leading digit (Pattern.lead "0-9"). Every reading of the ten-digit shape (CPR
# DDMMYY, personnummer YYMMDD, kennitala DDMMYY, HETU DDMMYY) has a month 01-12 in digits 3-4:
# requiring it in the pattern drops most order and account numbers before any Python runs.
_MONTH = r"(?:0[1-9]|1[0-2])"
# Separators as typed or pasted: hyphen, plus, space, and what word processors turn them into (en
# dash, non-breaking hyphen, minus sign, non-breaking space). Read as "-" or " " (see _PLAIN).
# An em dash ("--" as a word processor corrects it) and a soft hyphen (a typed hyphenation point, U+00AD) are
# dashes too.
_SEP = "[-+ \u2010-\u2014\u2212\u00a0\u202f\u00ad]"
_DASH = "[-+\u2010-\u2014\u2212\u00ad]"
_PLAIN = str.maketrans(
    dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212\u00ad", "-") | dict.fromkeys("\u00a0\u202f", " ")
)
# Separators people use that no register writes ("cpr 230479/1007", "230479.1007", "230479_1007"): a slash also
# joins a number and its sub-number or two numbers, a dot ends a decimal, an underscore glues a file name's parts,
# so the number is read after a word naming the identifier only, scored as an OCR split.
# A TAB between the halves ("cpr 230479<TAB>1007", a DOCX tab stop) is read so too, and only when it is the only TAB
# on its line: in a row of TABs it is a column break, the halves two cells ("Navn<TAB>230479<TAB>1007<TAB>").
_TEN_ODD_SEP = rf"\d{_MONTH}\d{{2}}[/._\t]\d{{4}}"
# Also as forms filled in by hand or scanned write it: a dash set apart by spaces ("290660 - 2833"),
# a scanner's gap on one side of the dash ("210673 -1759", "210673- 1759"), and the hyphen of a line broken inside
# the number ("110391-\n1539"); all read as OCR splits. A centenarian's "+" broken the same way ("220128+\n9861")
# keeps its "+" (the century) and is scored so.
_TEN = rf"\d{_MONTH}\d{{2}}(?:{_SEP}| [-\u2013] ?|[-\u2013] |[-+]\r?\n)?\d{{4}}"
# A form with one box per digit ("|0|7|0|7|6|1|-|4|2|8|5|", "[1][9][8][1]...", "0 7 0 7 6 1 - 4 2 8 5"):
# read like an OCR split and another `boxed_digits` lower (a word naming it is needed).
_BOX = r"(?:\][ ]?\[|[ ]?\|[ ]?|[ \u00a0])"
_BOX_GAP = rf"(?:{_BOX}(?:[-\u2013]{_BOX})?|\][-\u2013]\[)"
_TEN_BOXED = rf"(?:{_BOX}\d){{5}}{_BOX_GAP}\d(?:{_BOX}\d){{3}}"
_TWELVE_BOXED = rf"(?<=[12]){_BOX}\d(?:{_BOX}\d){{6}}{_BOX_GAP}\d(?:{_BOX}\d){{3}}"
# Read out or written in pairs of digits ("15 07 83 13 85", "19 90 05 30 04 22"): read like boxes.
_PAIR = r"[ .\-]"
# Other read-out groupings: the date in pairs and the serial whole ("07 07 61 4285"), DDMM then pairs ("0707 61 42 85").
_TEN_PAIRS = (
    rf"\d(?:{_PAIR}{_MONTH}{_PAIR}\d\d(?:{_PAIR}\d\d{_PAIR}\d\d|[ -]\d{{4}})"
    rf"|{_MONTH} \d\d \d\d \d\d)"
)
_TWELVE_PAIRS = rf"(?:(?<=1)9|(?<=2)0){_PAIR}\d\d{_PAIR}{_MONTH}{_PAIR}\d\d{_PAIR}\d\d{_PAIR}\d\d"
# (the month's shape is checked in the pattern, as for the other ten-digit forms: most digit runs stop there)
_TEN_MISREAD = r"[\dOolI|SB](?:[0O][1-9lI|SB]|[1lI|][0-2O])[\dOolI|SB]{2}[-+][\dOolI|SB]{4}"
# The same with the century ("200S0706-5142", "19740113-52l0"): read after its holder's name like the above.
_TWELVE_MISREAD = r"(?:(?<=1)[9]|(?<=2)[0O])[\dOolI|SB]{2}(?:[0O][1-9lI|SB]|[1lI|][0-2O])[\dOolI|SB]{2}-[\dOolI|SB]{4}"
# A personnummer grouped by year, month and day, and number ("1964 0526 2889", as a scan or a card prints
# it): read like one digit per box, after a word naming it only.
_TWELVE_GROUPED = rf"(?:(?<=1)9|(?<=2)0)\d{{2}} {_MONTH}\d{{2}} \d{{4}}"
# A CPR with its date written as a date ("10.01.85-3755"): read like an OCR split (0.15 lower).
_TEN_DOTTED = rf"\d\.{_MONTH}\.\d{{2}}[-\u2010-\u2013\u2212]\d{{4}}"
_TEN_OCR = r"\d ?(?:0 ?[1-9]|1 ?[0-2]) ?\d{2} ?[-+]? ?\d{4}"  # "0101 90-1234", "01 01 90 - 1234"
# A scanner's gap after the dash ("19800416- 2346") is read as the ten-digit form's is, as an OCR split.
_TWELVE = rf"(?:(?<=1)[89]|(?<=2)0)\d{{2}}(?:0[1-9]|1[0-2])\d{{2}}(?:{_SEP}|-\r?\n|[-\u2013] )?\d{{4}}"
# Text taken out of a PDF without the space between two cells glues a number written in an identifier's own form
# (its separator; a HETU's century sign) to the next cell's capitalised word: "19891215-3973Karin Öberg",
# "140960-9682Danish", "080410A8723Asumistuki". Only the own form: plain digits glued to a word are codes.
_NEXT_WORD = r"(?=[A-ZÆØÅÄÖ][a-zæøåäö]{2})"
_GLUED_TEN = (
    rf"\d{_MONTH}\d{{2}}(?:{_DASH}\d{{4}}|[A-FU-Y]\d{{3}}[0-9A-FHJ-NPR-Y]|{_DASH}\d{{3}}[A-FHJ-NPR-Y]){_NEXT_WORD}"
)
_GLUED_TWELVE = rf"(?:(?<=1)9|(?<=2)0)\d{{2}}{_MONTH}\d{{2}}-\d{{4}}{_NEXT_WORD}"
_GLUED_DASHES = frozenset("-+\u2010\u2011\u2012\u2013\u2014\u2212\u00ad")
_NO_MONTH = r"(?:[04][1-9]|[15][0-2])"  # month, or month + 40 (H-numbers)
_ELEVEN = rf"\d{_NO_MONTH}\d{{2}}[ -]?\d{{5}}"
# Fødselsnummer as people also write them: "18-06-15-92527", "26 11 15 940 14", "10 04 87 44 732",
# "111115984-03".
_ELEVEN_SPLIT = (
    rf"\d(?:-{_NO_MONTH}-\d{{2}}-?\d{{5}}"
    rf"| {_NO_MONTH} \d{{2}} (?:\d{{5}}|\d{{3}} \d{{2}}|\d{{2}} \d{{3}})"
    rf"|{_NO_MONTH}\d{{5}}-\d{{2}})"
)  # only non-capturing groups: the engine names its own
# A fødselsnummer with its date written as a date ("05.11.57 11433"): read after a word naming it only.
_ELEVEN_DOTTED = rf"\d\.{_NO_MONTH}\.\d{{2}} \d{{5}}"
# "-"/"+" with a digit check character has the ten-digit shape; that pattern reads it as FI too.
# The check character is also typed in lower case ("131052-308t"); the century sign A-F/U-Y only in
# upper case (a lower-case letter there reads as a word).
_FI = rf"\d{_MONTH}\d{{2}}(?:[A-FU-Y]\d{{3}}[0-9A-FHJ-NPR-Ya-fhj-npr-y]|{_DASH}\d{{3}}[A-FHJ-NPR-Ya-fhj-npr-y])"
_NON_DIGITS = regex(r"\D")


_COUNTRY_LANG = COUNTRY_LANGUAGE
# How many values one check character/digit tells apart: the chance a random number passes is 1/n.
_CHECK_STRENGTH = {FI: 31, DK: 11, IS: 11, SE: 10}
_NORWEGIAN = COUNTRY_LANGUAGE[NO]


# A person's name right before the number: "Jens Hansen 070761-4285", "Marianne Jensen Hansen
# (140100-6347)", "Ida Madsen;180806-9021" (capitalised words, the last of three letters or more).
# Any Latin letters ("José Núñez", "Łucja Wójcik"); a surname of two letters only before a comma ("Elin Ek, ").
_CAP = "[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f]"
_HOLDER = regex(
    rf"(?:^|[\s;,\t|(\"']){_CAP}+(?:[- ]{_CAP}+)*[ \t]+"
    rf"(?:{_CAP}{{2,}}[ \t]*[,;\t|(]?|(?!(?:Nr|No|Id|Tf|Ex)\b){_CAP}[ \t]*,)[ \t]*$"
)
# A name and the holder's address before the number ("Tilde Mørup, Kærvej 18, 210598-2244", "Ole Dahl, Byvej 3,
# 8000 Aarhus C, ..."): a list of parties heard or of residents writes each person so.
_NAME_ADDRESS = regex(
    rf"(?:^|[\s;,(]){_CAP}+(?:[- ]{_CAP}+)*[ \t]+{_CAP}{{2,}},[ \t]*{_CAP}{{2,}}(?:[ \t]+{_CAP}{{2,}})?[ \t]+\d{{1,4}}"
    rf"[A-Za-z]?(?:,[ \t]*\d{{4}}[ \t]+{_CAP}+(?:[ \t]+[A-Z]\b)?)?[ \t]*[,;]?[ \t]*$"
)
# A list item of one first name and its number ("  - Alma  0303188546", "2) Viktor: 0908214768"): a
# household's children listed by first name.
_LISTED_NAME = regex(rf"^[ \t]*(?:[-*\u2022\u2013]|\d{{1,2}}[.)])[ \t]+{_CAP}{{2,}}[ \t]*[:,]?[ \t]*$")
# A chat message's header line: a sender and a time ("Helle Dalsgaard, 28.11.2026 09:18", "[09:18] Helle:").
_CHAT_HEADER = regex(
    r"[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+[^\n\d]{1,40}|[^\n]{1,40}[ \t,]\d{1,2}:\d{2}\]?[ \t]*\r?"
)


# One first name with the number in brackets, capitalised inside a sentence (a proper noun, not the
# sentence's first word): "sammen med Lucas (1406095391)".
_NAME_BRACKET = regex(rf"(?:^|\s)[a-zæøåäö]+[ \t]+{_CAP}{{2,}} \($")
# "Hendes er: 2806245745", "Mitt är 5010146990": a possessive standing for an identifier named just
# before ("Vi mangler kun hendes CPR ... Hendes er: ...").
_POSSESSIVE_IS = regex(
    r"(?:^|[\s.,;])(?:hendes|hans|mit|min|dit|din|hennes|mitt|ditt|hennar|deres|deras|sit|sitt)[ \t]+"
    r"(?:er|var|är|blir|bliver)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
# "Det er 3009214064", "hennes är 4909191514", "It is 0707614285": a copula whose subject stands for an identifier
# named in the sentences just before ("... lillebrors cpr ..., kan du sende det? Det er ...").
_REFERRING_IS = regex(
    r"(?:^|[\s.,;!?])(?:det|den|it|that|this|hendes|hans|mit|min|dit|din|hennes|mitt|ditt|hennar|deres|deras|sit|sitt|"
    r"his|hers|mine|"
    # a relative's genitive standing for the identifier just named ("mitt personnummer är ... och pappas är ...")
    r"pappas|mammas|fars|mors|farens|morens|faderns|moderns|sønnens|sonens|datterens|dotterns|barnets|barnas|"
    r"børnenes|makens|makans|mannens|mandens|hustruns|konens|hustruens|sambons|samleverens|brors|broderns|"
    r"broderens|systerns|søsterens|dad's|mum's|mom's|father's|mother's|son's|daughter's|husband's|wife's)"
    r"[ \t]+(?:er|var|är|blir|bliver|is|was|will be"
    r"|(?:skal|ska|skall|bør|bör|må|should|must)[ \t]+(?:være|vara|be))[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
# The writer has the identifier just named ("behöver vi ditt personnummer ... Jag har 5408132073 från intervjun"),
# unless the clause goes on to say what else it is ("Vi har 4504081102 som spårningsnummer").
_HAVE_BEFORE = regex(r"(?:^|[\s.,;!?])(?:jeg|jag|vi)[ \t]+har[ \t]+$", re.IGNORECASE)
_CLAUSE_WORDS = regex(r"[^\W\d_][\w.-]*|[.,;:!?\n]")
_COPULA_BEFORE = regex(r"(?:er|ar|är|ir|is|as|be|være|vara)[ \t]*:?[ \t]*$", re.IGNORECASE)  # cheap first look
_REFERS_BACK = 300  # characters looked back for the identifier word a possessive stands for


# A leader of dots between a list's names and their numbers ("Lucas Skov ............ 2404205869").
_LEADER = regex(r"[ \t]*[.\u2026\u00b7_]{4,}[ \t]*$")
_LEADER_ENDS = frozenset((". ", "..", "… ", "……", "_ ", "__", "· ", "··", ".\t"))


def _after_name(env: Env, start: int) -> bool:
    text = env.text
    if text[start - 3 : start] in _DASH_GAPS:
        # "Mikkel Møller - 1302175443": a list's name and number joined by a dash between spaces
        head = text[max(0, start - 63) : start - 3]
        if _HOLDER.search(head[head.rfind("\n") + 1 :]) is not None:
            return True
    if (
        _COPULA_BEFORE.search(text, max(0, start - 12), start) is not None
        and _POSSESSIVE_IS.search(text, max(0, start - 40), start) is not None
        and _names_id_before(env, start - _REFERS_BACK, start)
    ):
        return True
    if text[start - 2 : start] in _LEADER_ENDS:
        leader = _LEADER.search(text, max(0, start - 80), start)
        if leader is not None:
            # "3. Lucas Skov ............ 2404205869": a dot leader joins the name to its number
            head = text[max(0, leader.start() - 60) : leader.start()]
            line = head[head.rfind("\n") + 1 :] + " "
            if _HOLDER.search(line) is not None:
                return True
            listed = _LISTED_NAME.search(line)  # one word after a list mark: a first name, not "1. Indledning"
            return (
                listed is not None
                and listed.group().strip(" \t-*\u2022\u2013.):,0123456789").casefold() in _first_names()
            )
    if not env.kernel.name_before(text, start):
        # else the common case, decided without the regular expression
        return _answers_a_request(env, start) or _kin_before(env, start) or _address_before(env, start)
    head = text[max(0, start - 60) : start]
    cut = head.rfind("\n")
    line = head[cut + 1 :] if cut >= 0 else head
    return (
        _HOLDER.search(line) is not None
        or _NAME_BRACKET.search(line) is not None
        or _LISTED_NAME.search(line) is not None
        or _kin_before(env, start)
        or _first_name_before(line)
        or _address_before(env, start)
    )


_DASH_GAPS = frozenset((" - ", " \u2013 "))
# A record that opens with the number and goes on with its holder's name ("101283/1931 Preben Søgaard 39.855,50",
# "17.07.98-3007 Lene Bach"): a first name of the name lists, then a capitalised surname.
_NAME_AFTER = regex(rf"[ \t]+({_CAP}+)[ \t]+{_CAP}+(?:-{_CAP}+)?(?:[ \t,;]|$)", re.MULTILINE)


def _name_after(env: Env, start: int, end: int) -> bool:
    """The number opens its line (list marks and indentation aside) and its holder's name follows it."""
    text = env.text
    lo = text.rfind("\n", 0, start) + 1
    if text[lo:start].strip(" \t-*\u2022\u2013") or text[end : end + 1] not in (" ", "\t"):
        return False
    m = _NAME_AFTER.match(text, end)
    return m is not None and m.group(1).casefold() in _first_names()


_HOUSE_NUMBER_END = regex(r"\d[A-Za-z]?[ \t]*[,;]?[ \t]*$")  # cheap first look: a house number ends the text before


def _address_before(env: Env, start: int) -> bool:
    """The holder's name and street address stand right before the number, on its line."""
    if _HOUSE_NUMBER_END.search(env.text, max(0, start - 8), start) is None:
        return False
    head = env.text[max(0, start - 80) : start]
    return _NAME_ADDRESS.search(head[head.rfind("\n") + 1 :]) is not None


# A word for a family member right before the number, in brackets or as a label ("rasmus (søn)
# 1009167094", "Hustru: 0303188546").
def _declared_identity(env: Env, entity: str, start: int, end: int) -> bool:
    """The value stands under a key naming an identity number of any country ("ID-nr", "personalId"),
    and a field beside it declares the country ``entity`` belongs to."""
    told = fields.declared(env, start, end)
    return (
        told.country is not None
        and told.country == _COUNTRY_LANG.get(entity)
        and key_form(told.key) in env.rules.labels.identity_keys
    )


_KIN_BEFORE = regex(r"(?:^|[\s(,;])\(?([^\W\d_]{2,12})\)?[ \t]*:?[ \t]*$")


def _kin_before(env: Env, start: int) -> bool:
    m = _KIN_BEFORE.search(env.text, max(0, start - 20), start)
    return m is not None and m.group(1).lower() in env.rules.labels.kin


# One capitalised first name inside a sentence right before the number ("for Emil 1411096160 og Ella
# ..."): a word before it that is not capitalised (or "og"/"och"/"and", a comma) says it is no
# sentence's first word; the name must be a known first name that is no common word.
_FIRST_NAME = regex(rf"(?:[a-zæøåäö]+|,)[ \t]+({_CAP}{{2,}})[ \t]*$")


def _first_name_before(line: str) -> bool:
    m = _FIRST_NAME.search(line)
    return m is not None and m.group(1).casefold() in _first_names()


_NAME_TABLES = ("names.tsv", "extra_names.tsv", "world_names.tsv")


@cache
def _first_names() -> frozenset[str]:
    """Given names of the name lists (recognizers/names/) that are no surname, casefolded; read once
    per process (kept between processes by the data cache: the lists are large)."""
    base = data_dir("recognizers") / "names"
    paths = [base / table for table in _NAME_TABLES if (base / table).is_file()]

    def build() -> list[str]:
        first: set[str] = set()
        last: set[str] = set()
        for path in paths:
            with open(path, encoding="utf-8") as fh:
                for row in fh:
                    if row[:1] == "#" or not row.strip():
                        continue
                    name, kind, *_ = row.rstrip("\n").split("\t", 2)
                    (first if kind == "first" else last).add(name.casefold())
        return sorted(first - last)

    try:
        key = (*(path.read_bytes() for path in paths), code_key(__file__))
        return frozenset(remembered("first_names", key, build))
    except OSError:
        return frozenset()


def _answers_a_request(env: Env, start: int) -> bool:
    """The number opens a chat message (the line above is its header: a sender and a time) and the
    messages before name the identifier ("mangler cpr til lønkørslen" ... "271095-9181 (ham med to
    efternavne)"): the answer to a request for it."""
    text = env.text
    lo = text.rfind("\n", max(0, start - 200), start) + 1
    if lo == 0:
        return False
    if text[lo:start].strip():
        return filters.chat_answer(env, lo, start)  # "Mor: 1401580309" after "send mit cpr"
    above = text.rfind("\n", max(0, lo - 120), lo - 1) + 1
    if _CHAT_HEADER.fullmatch(text, above, lo - 1) is None:
        return False
    return _names_id_before(env, above - _REFERS_BACK, above)


def _requested_word(env: Env, start: int, end: int) -> str:
    """The word naming the identifier in a request before, when the number is a whole chat message
    answering it ("Jonas: kan du sende mit cpr" / "Mor: 1401580309"): the request labels the answer
    as a label would. "" otherwise."""
    text = env.text
    lo, hi = layout.line_bounds(text, start)
    if text[end:hi].strip(" \t\r.!") or not text[lo:start].strip():
        return ""
    return filters.chat_request(env, lo, start)


# An identifier written in its own form: with its separator, or twelve digits with the century.
_OWN_FORM_CELL = regex(r"\d{6}[-+]\d{4}|(?:19|20)\d{6}-?\d{4}")


def _column_in_own_forms(env: Env, start: int, end: int) -> bool:
    """Another cell of the candidate's column is an identifier written in its own form: the column
    holds people's identifiers, so its header is read in that sense ("pnr" is no P-number there)."""
    col = layout.column(env.text, start, end, int(env.rules.setting("table", "neighbours")), env.memo)
    if col is None:
        return False
    return any(_OWN_FORM_CELL.fullmatch(cell.strip()) for cell in col.cells)


def _personnummer_column(env: Env, start: int, end: int) -> bool:
    """Every cell of the candidate's column, this one included, is a valid personnummer."""
    col = layout.column(env.text, start, end, int(env.rules.setting("table", "neighbours")), env.memo)
    if col is None:
        return False
    # Every cell, this one included, a valid personnummer (date and Luhn): a P-number passes both about one
    # time in thirty, so three such cells are a column of personnummer ("pnr;anstnr;brutto;skatt").
    cells = [cell.strip() for cell in col.cells]
    return (
        len(cells) >= _PNR_COLUMN_CELLS - 1
        and all(cell.isdigit() and len(cell) == 10 and se_personnummer.is_valid(cell, env.today) for cell in cells)
        and se_personnummer.is_valid(env.text[start:end], env.today)
    )


_PNR_COLUMN_CELLS = 3


def _swedish() -> str:
    return "sv"


# A noun for a person as the number's own label ("ConflictError: person 170494 4980 already exists",
# "subject: 0707614285"): the number identifies that person.
_LABEL_WORD = regex(r"(?:^|[\s(\[{,;])([^\W\d_]{4,14}|[^\W\d_]{2,3}\.)[ \t]*[:=#]?[ \t]*$")  # "Pt.:" too


def _person_label(env: Env, start: int) -> str:
    m = _LABEL_WORD.search(env.text, max(0, start - 20), start)
    word = m.group(1).lower() if m is not None else ""
    if word in env.rules.labels.persons or word.rstrip(".") in env.rules.labels.persons:
        return word.rstrip(".")
    if word == "serialnumber" or env.text[start - 1 : start] in ("=", "-", ":", '"'):
        if filters.dn_serial_number(env.text, start):
            return "serialnumber"  # a certificate subject's identity number ("CN=..., serialNumber=1990...")
        if _PERSONAL_CODE_BEFORE.search(env.text, max(0, start - 6), start):
            return "pno"  # "PNOSE-199005300422": ETSI's code of a natural person's national number
    return ""


def _recipient_before(env: Env, start: int) -> bool:
    """A noun naming the receiver labels the number ("Modtager: 160794-2B50")."""
    m = _LABEL_WORD.search(env.text, max(0, start - 20), start)
    return m is not None and m.group(1).lower() in env.rules.labels.recipients


def _url_key_word(env: Env, start: int) -> str:
    """A word of the URL key or segment right before the number naming an identifier or a person."""
    for word in reversed(filters.url_key_words(env.text, start)):
        if word in env.rules.labels.persons or any(_positive_of(env, name, word) for name in (DK, SE, NO)):
            return word
    return ""


def _positive_of(env: Env, entity: str, word: str) -> bool:
    """``word`` is a positive context word of ``entity`` (a word naming the identifier of another country,
    "cpr" for a personnummer reading, names nothing here); a word naming any ("personnummer", "id-nummer")
    counts for each that lists it."""
    words = env.rules.context.get(entity)
    found = None if words is None or words.both is None else words.both.fullmatch(word.lower())
    return found is not None and found.lastgroup == "p"


def _named_next_to(windows: tuple[str, str], words: tuple[str, ...]) -> bool:
    """One of ``words`` stands in the context windows with no digit between it and the number."""
    before, after = windows[0].lower(), windows[1].lower()
    for word in words:
        i = before.rfind(word)
        if i >= 0 and not any(ch.isdigit() for ch in before[i + len(word) :]):
            return True
        j = after.find(word)
        if j >= 0 and not any(ch.isdigit() for ch in after[:j]):
            return True
    return False


def _listed_label_words(env: Env, start: int) -> dict[str, str]:
    """Per entity, a positive word of it in the label of the list the number stands in ("Medarbejdere
    på projektet: 151061-1760 (KH), 031282-2088": the list's label names every number of it)."""
    text = env.text
    if text[start - 2 : start] not in (", ", "; ") and text[start - 4 : start] not in (" og ", "och ", "and "):
        return {}
    lo, _ = layout.line_bounds(text, start)
    clause = filters.list_label(text, lo, start).lower()
    found: dict[str, str] = {}
    if not clause:
        return found
    for name in (DK, SE, NO):
        words = env.rules.context.get(name)
        if words is None or words.both is None:
            continue
        for m in words.both.finditer(clause):
            if m.lastgroup == "p":
                found[name] = m.group().lower()
                break
    return found


_PERSONAL_CODE_BEFORE = regex(r"(?<![^\W_])PNO[A-Z]{2}[-:]$")


_BROKEN_WORD = regex(r"-\r?\n")


def _broken_label(env: Env, start: int) -> bool:
    """A word naming the identifier, broken by a hyphen at a line end, stands right before
    ("Personnum-\nmer: l9961106-3299" in a scanned form): read whole. So does one of several words a scanner
    spaced out ("personal  number  850225-2l44")."""
    head = env.text[max(0, start - 40) : start]
    if "\n" in head and _names_id_before(env, 0, 0, _BROKEN_WORD.sub("", head)):
        return True
    return "  " in head and _names_id_before(env, 0, 0, _SPACE_RUN.sub(" ", head))


_SPACE_RUN = regex(r"[ \t]{2,}")


def _referred_id_word(env: Env, start: int) -> str:
    """The identifier word a copula's subject stands for ("... cpr ... Det er 3009214064"): the last one named in
    the 300 characters before, or ""."""
    text, words = env.text, env.rules.id_words
    if (
        words is None
        or _COPULA_BEFORE.search(text, max(0, start - 12), start) is None
        or (
            _REFERRING_IS.search(text, max(0, start - 40), start) is None
            and not (_HAVE_BEFORE.search(text, max(0, start - 12), start) and not _clause_names_other(env, start))
        )
    ):
        return ""
    found = list(words.finditer(text[max(0, start - _REFERS_BACK) : start].lower()))
    return found[-1].group() if found else ""


def _clause_names_other(env: Env, start: int) -> bool:
    """A word after the number, in its clause, names another kind of number ("... 4504081102 som spårningsnummer")."""
    end = start
    while end < len(env.text) and env.text[end].isdigit():
        end += 1
    for m in _CLAUSE_WORDS.finditer(env.text, end, end + 80):
        word = m.group().lower()
        if word in ".,;:!?\n":
            return False
        if filters.names_other_number(word, "", env):
            return True
    return False


def _named_before(env: Env, entity: str, lo: int, hi: int) -> bool:
    """A positive word of ``entity`` stands in text[lo:hi] ("Vi trenger fødselsnummeret til begge
    barna ... Mor: Ingrid Hagen, 13.10.74 42302": the list the sentence asked for)."""
    words = env.rules.context.get(entity)
    if words is None or words.both is None:
        return False
    return any(m.lastgroup == "p" for m in words.both.finditer(env.text[max(0, lo) : hi].lower()))


def _heading_names(env: Env, entity: str, heading: str) -> str:
    """The positive word of ``entity`` in a list's ``heading`` (lower case), else "". A word of two senses ("pnr":
    a Danish P-number) names nothing here."""
    words = env.rules.context.get(entity)
    if not heading or words is None or words.both is None:
        return ""
    for m in words.both.finditer(heading):
        if m.lastgroup == "p" and m.group() not in env.rules.negative_in and m.group() not in words.languages:
            return m.group()
    return ""


# A bracket opening right after the number and closing on its line: an aside about the number.
_BRACKET_AFTER = regex(r"[ \t]{0,2}\(([^()\n]{1,150})\)")


def _bracket_names(env: Env, entity: str, end: int, hint: Callable[[], str | None]) -> str:
    """The positive word of ``entity`` in a bracket right after the number, else "". A word of two senses ("PNR")
    counts where the row's language gives it this sense."""
    m = _BRACKET_AFTER.match(env.text, end)
    words = env.rules.context.get(entity)
    if m is None or words is None or words.both is None:
        return ""
    for found in words.both.finditer(m.group(1).lower()):
        if found.lastgroup != "p":
            continue
        word = found.group()
        senses = env.rules.negative_in.get(word) or words.languages.get(word)
        if senses is None:
            return word
        lang = hint()
        if word in env.rules.negative_in and lang is not None and lang not in senses:
            return word
        if word in words.languages and lang in senses:
            return word
    return ""


# The word right before a bracket that the number closes ("his CPR (it's on the letter, starts with the birth date:
# 2508254876)"): the bracket explains the named identifier and ends with it.
_WORD_BEFORE_BRACKET = regex(r"([^\W\d_][\w.-]*)[ \t]?\($")


def _bracket_opened_by(env: Env, entity: str, start: int, end: int) -> str:
    """The positive word of ``entity`` right before the bracket the number ends (on its line), else ""."""
    text = env.text
    if text[end : end + 1] != ")":
        return ""
    lo = text.rfind("(", max(0, start - 150), start)
    if lo < 0 or any(ch in text[lo + 1 : start] for ch in "()\n"):
        return ""
    m = _WORD_BEFORE_BRACKET.search(text, max(0, lo - 30), lo + 1)
    if m is None or not _positive_of(env, entity, m.group(1)):
        return ""
    return m.group(1).lower()


def _names_id_before(env: Env, lo: int, hi: int, text: str | None = None) -> bool:
    words = env.rules.id_words
    span = env.text[max(0, lo) : hi] if text is None else text
    return words is not None and words.search(span.lower()) is not None


def _more_specific(ctx: ContextHit, words: list[str]) -> bool:
    """One of the reading's context words holds another reading's word and more ("svenske
    personnummer" holds "personnummer")."""
    return any(other != word and other in word for word in ctx.positive for other in words)


# A context word is the number's own label when only a separator stands between ("kennitala\n261272-2029",
# "CPR-nr.: 070761-4285").
_OWN_LABEL_GAP = regex(r"[\s:.#=()-]{0,4}$")


# ... or opens the bracket right after it ("181010-7110 (kennitala, ikke til dansk løn)").
# ... or an HL7 field's assigning authority after the value's empty components ("0106147317^^^CPR")
_OWN_LABEL_AFTER = regex(r"[ \t]*[(,][ \t]*|\^{1,4}")


def _own_label(ctx: ContextHit, head: str, tail: str = "") -> bool:
    """One of the reading's context words ends right before the number (``head``: the text before
    it, lower case) or opens the bracket right after it (``tail``): it labels this number, where
    another reading's word may name another ("Hun har ikke dansk cpr endnu; islandsk kennitala
    261272-2029")."""
    gap = _OWN_LABEL_AFTER.match(tail) if tail else None
    for word in ctx.positive:
        at = head.rfind(word)
        if at >= 0 and _OWN_LABEL_GAP.fullmatch(head, at + len(word)):
            return True
        if gap is not None and tail.startswith(word, gap.end()):
            return True
    return False


def _check_strength(reading: _Reading) -> int:
    if reading.entity == DK and reading.checksum != "valid":
        return 1  # a CPR without modulus 11 passed no check
    return _CHECK_STRENGTH.get(reading.entity, 1)


# Evidence for a CPR failing modulus 11 (issued so since 2007, for any birth date) that nothing names.
_SHAPED = regex(r"(?<![\w-])\d{6}[- ]?\d{4}(?![\w-])")
_PEER_LINES = 3
_WORDS, _DIGITS, _BLANKS = regex(r"[^\W\d_]+"), regex(r"\d+"), regex(r"[ \t]+")
_MARKS = regex(r"[^\w\s]+")
_LEAD = regex(r"[^\w]*")  # indentation, list and tree marks ("  ├── ", "└─ ", "- ")


def _prefix_shape(prefix: str) -> str:
    """What stands before a number on its line, as a shape: words, numbers, blanks and runs of other
    marks each one mark, leading indentation and tree or list marks dropped ("  ├─ Rikke Frandsen ",
    "  └── Leif Yilmaz " and the tree's root "Jesper Qvist " are alike)."""
    lead = _LEAD.match(prefix)
    rest = prefix[lead.end() :] if lead is not None else prefix
    return _BLANKS.sub(" ", _MARKS.sub("-", _DIGITS.sub("9", _WORDS.sub("a", rest))))


def _cpr_peers(env: Env, start: int) -> bool:
    """The rows written like the candidate's (the same shape before the number), up to three lines
    above and below, hold CPRs: at least one passes modulus 11 and at least a third of them do (a
    column of random numbers passes 1 in 11). A family tree, a list of parents, a tenants' list."""
    text = env.text
    if filters.SE_MOBILE.match(text, start) is not None:
        return False  # "Viktor Nordin, 0702722923": a Swedish mobile's shape is no evidence
    lo, hi = layout.line_bounds(text, start)
    shape = _prefix_shape(text[lo:start])
    others = strong = 0
    for line_lo, line_hi in _lines_around(text, lo, hi, _PEER_LINES):
        for m in _SHAPED.finditer(text, line_lo, line_hi):
            if _prefix_shape(text[line_lo : m.start()]) != shape or filters.SE_MOBILE.fullmatch(m.group()):
                continue
            others += 1
            digits = _NON_DIGITS.sub("", m.group())
            strong += dk_cpr.is_valid(digits, env.today) and dk_cpr.mod11_ok(digits)
    return strong >= 1 and 3 * strong >= others


_MOD11_OPTIONAL_FROM = datetime.date(2007, 10, 1)
_CELL_EDGE = frozenset(";|,\t")


def _whole_cell(text: str, start: int, end: int) -> bool:
    """The number is a whole cell of a delimited row ("D;2102199892;0003"), not a cell's word ("recept 1602109592")."""
    before = text[max(0, start - 2) : start].strip(" ")
    after = text[end : end + 2].strip(" ")
    return (
        (before[-1:] in _CELL_EDGE or not before or before[-1:] == "\n")
        and (after[:1] in _CELL_EDGE or not after or after[:1] in "\r\n")
        and (before[-1:] in _CELL_EDGE or after[:1] in _CELL_EDGE)
    )


def _issued_without_mod11(born: datetime.date | None) -> bool:
    """A CPR with this birth date may fail modulus 11: born since October 2007, or on 1 January (an unknown date)."""
    return born is not None and (born >= _MOD11_OPTIONAL_FROM or (born.month, born.day) == (1, 1))


def _lines_around(text: str, lo: int, hi: int, count: int) -> Iterator[tuple[int, int]]:
    """Bounds of up to ``count`` lines above and below the line [lo, hi) (not the line itself)."""
    up = lo
    for _ in range(count):
        if up <= 0:
            break
        above_lo, above_hi = layout.line_bounds(text, up - 1)
        yield above_lo, above_hi
        up = above_lo
    down = hi
    for _ in range(count):
        if down >= len(text):
            break
        below_lo, below_hi = layout.line_bounds(text, down + 1)
        yield below_lo, below_hi
        down = below_hi


# A date written as a date (day first, or ISO): the holder's birth date beside the number.
_WRITTEN_DATE = regex(
    r"(?<![\d.])(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?![\d])|(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])"
)


def _born_on_row(env: Env, start: int, born: datetime.date) -> bool:
    """The candidate's line, or the line above or below, gives the birth date the number starts
    with ("Ida Holm, født 13.08.1965, 1308653299"): the number is that person's CPR."""
    text = env.text
    lo, hi = layout.line_bounds(text, start)
    spans = [(lo, hi), *_lines_around(text, lo, hi, 1)]
    if str(born.year) not in text[min(a for a, _ in spans) : max(b for _, b in spans)]:
        return False  # the common case: no year of it written near, decided without the pattern
    for line_lo, line_hi in spans:
        for m in _WRITTEN_DATE.finditer(text, line_lo, line_hi):
            if m.group(1):
                day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            else:
                year, month, day = int(m.group(4)), int(m.group(5)), int(m.group(6))
            if (year, month, day) == (born.year, born.month, born.day):
                return True
    return False


def _shared_with_row(readings: list[_Reading], lang: str | None) -> bool:
    """Another reading of the number belongs to the row's country ("101184-4041", a HETU and a CPR, in
    a Danish row)."""
    return any(r.entity != FI and _COUNTRY_LANG.get(r.entity) == lang for r in readings)


# The birth date written on the row stands for a context word (a tie with a kennitala reading goes
# to the number it agrees with; no foreign-row penalty).
_BORN_ON_ROW = ContextHit(("birth date on the row",), (), False)


class _Reading(NamedTuple):  # one per reading weighed: a tuple is cheaper than a frozen dataclass
    entity: str
    normalized: str
    born: datetime.date | None
    subtype: str | None
    checksum: str | None
    score: float


# An identifier glued by "_" into a file name ("lønseddel_1203880762.pdf", "intyg_195506031995.pdf",
# "0707614285_kontrakt.docx"): the shared pattern refuses a number glued to a word character, so these
# are looked for around each "_", only inside a token that ends with a file extension.
_EXTENSION_AHEAD = r"(?=[^\s/\\:;,\"'<>|()]*\.[A-Za-z][A-Za-z0-9]{1,4}(?![\w.]))"
_AFTER_UNDERSCORE = regex(
    rf"(?:(?P<ten>\d\d{_MONTH}\d{{2}}[-+]?\d{{4}})|(?P<twelve>(?:19|20)\d{{2}}{_MONTH}\d{{2}}-?\d{{4}}))"
    rf"(?![^\W_])(?![-+]\d){_EXTENSION_AHEAD}"
)
_NAME_AHEAD = regex(_EXTENSION_AHEAD)
_BEFORE_UNDERSCORE = regex(
    rf"(?<![\w+])(?:(?P<ten>\d\d{_MONTH}\d{{2}}[-+]?\d{{4}})|(?P<twelve>(?:19|20)\d{{2}}{_MONTH}\d{{2}}-?\d{{4}}))_$"
)


# A form's blank filled in on the line ("Cpr-nr ___180250-4698___", "Personnummer ____19651287-7488____"): a run
# of underscores before the number, and another run or the end of the word after it.
_IN_BLANK = regex(
    rf"(?:(?P<ten>\d\d{_MONTH}\d{{2}}[-+]?\d{{4}})|(?P<twelve>(?:19|20)\d{{2}}{_MONTH}\d{{2}}-?\d{{4}}))"
    r"(?=__|[ \t\r\n]|$)"
)


def _in_file_names(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    """Identifier-shaped numbers glued by "_" into a file name or written in a form's blank ("___"),
    starting in [start, end)."""
    at = text.find("_", max(0, start - 1), end + 14)
    while at >= 0:
        if text[at - 1 : at] == "_":
            blank = _IN_BLANK.match(text, at + 1)
            if blank is not None and start <= blank.start() < end:
                yield ("ten_digits" if blank.group("ten") else "se_twelve"), blank.start(), blank.end()
                at = text.find("_", blank.end(), end + 14)
                continue
        m = _AFTER_UNDERSCORE.match(text, at + 1)
        if m is not None and start <= m.start() < end:
            yield ("ten_digits" if m.group("ten") else "se_twelve"), m.start(), m.end()
        else:
            b = _BEFORE_UNDERSCORE.search(text, max(0, at - 13), at + 1)
            if b is not None and start <= b.start() < end and _NAME_AHEAD.match(text, at) is not None:
                yield ("ten_digits" if b.group("ten") else "se_twelve"), b.start(), b.end() - 1
        at = text.find("_", at + 1, end + 14)


# A file named by the identifier and a date joined by "-" ("/scan/hr/1403723238-2019-10-08.pdf",
# "C:\\Bilag\\198112189876-20240131.docx"): the shared pattern refuses a number followed by "-" and a digit,
# so these are looked for after each path separator, only as the start of a file's name with an extension.
_BACKSLASH = "\\"
_DATED_FILE_NAME = regex(
    rf"(?:(?P<ten>\d\d{_MONTH}\d{{2}}[-+]?\d{{4}})|(?P<twelve>(?:19|20)\d{{2}}{_MONTH}\d{{2}}-?\d{{4}}))"
    rf"(?=-(?:19|20)\d\d-?[01]\d-?[0-3]\d(?!\d)){_EXTENSION_AHEAD}"
)


def _dated_file_names(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    """Identifier-shaped numbers opening a file's name, a date after them ("-2019-10-08"), starting in [start, end)."""
    for sep in (_SLASH, _BACKSLASH):
        at = text.find(sep, max(0, start - 1), end)
        while at >= 0:
            m = _DATED_FILE_NAME.match(text, at + 1)
            if m is not None and start <= m.start() < end:
                yield ("ten_digits" if m.group("ten") else "se_twelve"), m.start(), m.end()
            at = text.find(sep, at + 1, end)


# IATA's document-type code for a national identity number, glued to the number in reservation records
# ("SSR FOID SK HK1/NI0707614285", "FOID/NI070761-4285").
_ID_CODE = "/NI"
_AFTER_ID_CODE = regex(
    rf"(?:(?P<ten>\d\d{_MONTH}\d{{2}}[-+]?\d{{4}})|(?P<twelve>(?:19|20)\d{{2}}{_MONTH}\d{{2}}-?\d{{4}}))(?![\d])"
)


# A percent-encoded URL (a redirect target in a query, a referer in a log) glues the number to the
# encoded "=", ":" or "/" before it ("%3Fcpr%3D0707614285", "q=cpr%3A...", "%2Fborger%2F..."): the shared
# pattern refuses a number glued to a letter, so these are looked for after each encoded separator.
_ENCODED = "%"
_ENCODED_SEPARATOR = regex(r"%(?:3[dDaA]|2[fF])")
_AFTER_ENCODED = regex(
    rf"(?:(?P<ten>\d\d{_MONTH}\d{{2}}[-+]?\d{{4}})|(?P<twelve>(?:19|20)\d{{2}}{_MONTH}\d{{2}}-?\d{{4}}))(?![\w])"
)


def _after_encoded(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    for sep in _ENCODED_SEPARATOR.finditer(text, max(0, start - 3), end):
        m = _AFTER_ENCODED.match(text, sep.end())
        if m is not None and start <= m.start() < end:
            yield ("ten_digits" if m.group("ten") else "se_twelve"), m.start(), m.end()


# UN/EDIFACT sets a segment's data elements apart by "+" and their components by ":" ("NAD+ZZZ+198812107269::ZZZ'",
# "RFF+AVF:..."): there a "+" glued to the element before is a separator, not the international prefix of a
# phone number (the shared pattern refuses a number after "+"). Read after a segment tag on the line only.
_EDIFACT_SEPARATOR = "+"
_EDIFACT_TAG = regex(r"(?<![^'\s\"])[A-Z][A-Z0-9]{2}\+")
_AFTER_EDIFACT = regex(
    rf"(?:(?P<ten>\d\d{_MONTH}\d{{2}}[- ]?\d{{4}})|(?P<twelve>(?:19|20)\d{{2}}{_MONTH}\d{{2}}-?\d{{4}}))"
    r"(?=[+:'\"\r\n]|$)"
)
_SEGMENT_LOOK_BACK = 300


# The DOC segment (document details: a passenger list's travel document) holds the traveller's identity
# document number. Passports and identity cards of these countries are numbered with 8 or 9 characters; a
# ten- or twelve-digit number there that reads as a birth date with its check is the national identifier.
_EDIFACT_DOCUMENT = "DOC+"
_DOCUMENT_CONTEXT = ContextHit(("travel document",), (), False)


def _edifact_document(text: str, start: int) -> bool:
    """The number stands in an EDIFACT DOC segment (the segment opens after "'" or a line break)."""
    lo = max(text.rfind("'", max(0, start - 80), start), text.rfind("\n", max(0, start - 80), start)) + 1
    return text[lo:start].lstrip().startswith(_EDIFACT_DOCUMENT)


def _after_edifact(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    at = text.find(_EDIFACT_SEPARATOR, max(0, start - 1), end)
    while at >= 0:
        glued = at > 0 and (text[at - 1].isalnum() or text[at - 1] in ":+")
        m = _AFTER_EDIFACT.match(text, at + 1) if glued else None
        if m is not None and start <= m.start() < end:
            lo = max(text.rfind("\n", 0, at) + 1, at - _SEGMENT_LOOK_BACK)
            if _EDIFACT_TAG.search(text, lo, at + 1) is not None:
                yield ("ten_digits" if m.group("ten") else "se_twelve"), m.start(), m.end()
        at = text.find(_EDIFACT_SEPARATOR, at + 1, end)


# ETSI EN 319 412-1's semantics identifier of a natural person's national number in a certificate:
# "PNO", the country, "-" ("serialNumber=PNOSE-199005300422", "PNODK-0707614285").
_PERSONAL_CODE = "PNO"
_PERSONAL_CODE_COUNTRY = regex(r"[A-Z]{2}[-:]")


def _after_id_code(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    at = text.find(_ID_CODE, max(0, start - 3), end)
    while at >= 0:
        m = _AFTER_ID_CODE.match(text, at + 3)
        if m is not None and start <= m.start() < end:
            yield ("ten_digits" if m.group("ten") else "se_twelve"), m.start(), m.end()
        at = text.find(_ID_CODE, at + 3, end)
    at = text.find(_PERSONAL_CODE, max(0, start - 6), end)
    while at >= 0:
        if not text[at - 1 : at].isalnum() and _PERSONAL_CODE_COUNTRY.match(text, at + 3):
            m = _AFTER_ID_CODE.match(text, at + 6)
            if m is not None and start <= m.start() < end:
                yield ("ten_digits" if m.group("ten") else "se_twelve"), m.start(), m.end()
        at = text.find(_PERSONAL_CODE, at + 3, end)


# A number with a letter a scanner or a typist put for a digit (O/o for 0, l/I/| for 1, S for 5, B for 8),
# right after a word naming the identifier ("Cpr.nr.: 151l83-4933", "Personnummer: [ 790406-O626 ]"):
# a person still reads it, so it is read, but only with that label (OCR parts are read so throughout).
# cpr, cpr-nr, pers.nr, personnummer..., and "Pnr" (a P-number has no letters: only personnummer are read)
# "C PR": a scan's gap inside the capitals.
_OCR_LABEL_WORDS = ("cpr", "Cpr", "CPR", "C PR", "pers", "Pers", "PERS", "pnr", "Pnr", "PNR")
_OCR_CHAR = "0-9OolIS8B|"
# The halves as a letter may stand apart: a dash, a space, or a dash between spaces ("CPR-nr. O11262 4384",
# "CPR-NR 02l250 - 2960"), as the digits' own form allows.
_OCR_GAP = "(?:[-+]|[ ]?[-\u2013][ ]?|[ ])?"
_OCR_GAP_CHARS = "-+ \u2013"
# The rest of the label holds no digit (a digit there is the number's own first one) and may be broken
# by a hyphen at a line end ("Personnum-\nmer:"); the century may be misread too ("l9961106-3299").
_OCR_AFTER_LABEL = regex(
    rf"(?:[^\W\d]|[.\- ]|-\r?\n){{0,14}}?[ \t]*[:.]?[ \t]*\[?[ \t]*"
    rf"(?<![\w])(?P<n>(?:[1lI|][9]|2[0Oo])?[{_OCR_CHAR}]{{6}}{_OCR_GAP}[{_OCR_CHAR}]{{4}})(?![\w])"
)
# A scan's gap inside the number, right after a word naming the identifier on its line ("CPR-nr.: 0707 61-4285",
# "cpr 070761-42 85", "Pers0nnummer 8004 16-2346"): the reader sees one number, so it is read there and only there,
# scored as an OCR split (without the word, "0707 61-4285" is as likely a phone number and a code). The label's
# rest may hold a scan's 0 for o ("Pers0nnummer") and a "/" naming a second kind ("Persnr/orgnr").
_OCR_SPACED_AFTER_LABEL = regex(
    r"(?:[^\W\d]|[./\- ]|0(?=[^\W\d])){0,14}?[ \t]*[:.]?[ \t]*\[?[ \t]*"
    r"(?<![\w])(?P<n>\d\d(?:0[1-9]|1[0-2]) \d{2}-\d{4}|\d\d(?:0[1-9]|1[0-2])\d{2}-\d{2} \d{2})(?![\w-])"
)
_MISREAD = regex(r"\d[OolISB|]|[OolISB|]\d")  # a cheap first look near a label
_OCR_LETTERS = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "S": "5", "B": "8"})


# Nordea's personkonto: clearing number 3300, then the holder's personnummer as the account number ("3300
# 6810047404"). The shared pattern reads the fourteen digits as a card's candidate, so the number after the
# clearing number is looked for on its own.
_PERSONKONTO = "3300 "
_PERSONKONTO_DASH = "3300-"  # "Kontonummer: 3300-5310094205" (clearing and account joined by a dash)
_AFTER_PERSONKONTO = regex(rf"\d\d{_MONTH}\d{{2}}\d{{4}}(?![\w])(?![-./+]\d)(?! \d)")  # no card's next group


# "3300 8112189876", "clearing 3300, kontonummer 8112189876": the account number after Nordea's personkonto clearing.
_PERSONKONTO_BEFORE = regex(
    r"(?<![\w.,])3300(?: |-|,?[ \t]+(?:konto(?:nummer|nr\.?)|kontonr\.?|account(?: number)?):?[ \t]+)$"
)
_PERSONKONTO_CONTEXT = ContextHit(("personkonto",), (), False)


def _after_personkonto(text: str, start: int, end: int, prefix: str = _PERSONKONTO) -> Iterator[tuple[str, int, int]]:
    at = text.find(prefix, max(0, start - len(prefix)), end)
    while at >= 0:
        if not text[at - 1 : at].isalnum():
            m = _AFTER_PERSONKONTO.match(text, at + len(prefix))
            if m is not None and start <= m.start() < end:
                yield "ten_digits", m.start(), m.end()
        at = text.find(prefix, at + 1, end)


# A number with a sub-number after "/" ("personnummer 810915-6060/2", a register's second entry for the person):
# the shared pattern refuses a number followed by "/" and a digit (dates, fractions, case numbers "2024-1234/2"),
# so these are looked for before each "/" and read after a word naming the identifier only.
_SLASH = "/"
_BEFORE_SLASH = regex(
    rf"(?:(?P<ten>\d\d{_MONTH}\d{{2}}[-+]?\d{{4}})|(?P<twelve>(?:19|20)\d{{2}}{_MONTH}\d{{2}}-?\d{{4}}))"
)
_SUB_NUMBER = regex(r"/\d{1,3}(?![\d/.,-]?\d)")
# Two identifiers of one shape joined by "/" ("CPR 2410709670/2104689623", spouses on one return): each is read,
# after a word naming the identifier only (as a sub-number is).
_PAIRED = regex(rf"/(?P<n>\d\d{_MONTH}\d{{2}}[-+]?\d{{4}})(?![\w/])(?![-.,]\d)")


def _before_slash(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    at = text.find(_SLASH, start + 10, end + 14)
    while at >= 0:
        pair = _PAIRED.match(text, at)
        if pair is not None:
            for size in (10, 11):
                lo = at - size
                if lo < 0 or (lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in _GLUE_BEFORE_SLASH)):
                    continue
                first = _BEFORE_SLASH.fullmatch(text, lo, at)
                if first is not None and first.group("ten"):
                    if start <= lo < end:
                        yield "ten_digits", lo, at
                    if start <= pair.start("n") < end:
                        yield "ten_digits", pair.start("n"), pair.end("n")
                    break
        if _SUB_NUMBER.match(text, at) is not None:
            for size in (10, 11, 12, 13):
                lo = at - size
                if lo < start or lo >= end or not text[lo].isdigit() or text[lo - 1 : lo] in _GLUE_BEFORE_SLASH:
                    continue
                if lo > 0 and text[lo - 1].isalnum():
                    continue
                m = _BEFORE_SLASH.fullmatch(text, lo, at)
                if m is not None:
                    yield ("ten_digits" if m.group("ten") else "se_twelve"), lo, at
                    break
        at = text.find(_SLASH, at + 1, end + 14)


_GLUE_BEFORE_SLASH = ("_", "+", "/", ".", "-")


def _slashed(text: str, end: int) -> bool:
    """The number is followed by "/" and a digit (found by :func:`_before_slash`)."""
    return text[end : end + 1] == _SLASH and text[end + 1 : end + 2].isdigit()


# One pass finds every word the candidate hooks look for: the OCR labels, "_" (a file name's glue) and "/NI".
_HOOK_WORDS = (
    *_OCR_LABEL_WORDS,
    *("_", _ID_CODE, _PERSONAL_CODE, _ENCODED, _EDIFACT_SEPARATOR, _PERSONKONTO, _PERSONKONTO_DASH, _SLASH),
    _BACKSLASH,
)
_HOOKS = regex("|".join(re.escape(word) for word in _HOOK_WORDS))


def _hook_places(text: str, start: int, end: int, kernel: fastpath.Kernel) -> list[int] | None:
    """Every place in ``text[max(0, start - 40) : end + 14]`` where a ``_HOOK_WORDS`` word may start
    (no fewer: the compiled kernel's scanner, in one pass), or None without a compiled kernel."""
    scanner = None if kernel.lead_scanner is None else leads.scanner_of(kernel.lead_scanner, _HOOKS)
    if scanner is None:
        return None
    return scanner.positions(text, max(0, start - 40), end + 14, end + 14)


def _label_places(text: str, lo: int, end: int, places: list[int] | None) -> Iterator[tuple[str, int]]:
    """(word, place) of every ``_OCR_LABEL_WORDS`` word in ``text[lo:end]``, word by word in their
    order, places ascending: what ``text.find`` finds word after word (none of the words overlaps
    itself). With ``places`` (:func:`_hook_places`) only those are looked at; ``find`` passes the
    text once per word (six passes of a long text, most of them finding nothing)."""
    if places is None:
        for word in _OCR_LABEL_WORDS:
            at = text.find(word, lo, end)
            while at >= 0:
                yield word, at
                at = text.find(word, at + len(word), end)
        return
    for word in _OCR_LABEL_WORDS:
        for at in places:
            if at >= lo and text.startswith(word, at, end):
                yield word, at


def _found(text: str, word: str, lo: int, hi: int, places: list[int] | None) -> bool:
    """``text.find(word, lo, hi) >= 0``, looking only at ``places`` when given."""
    if places is None:
        return text.find(word, lo, hi) >= 0
    return any(at >= lo and text.startswith(word, at, hi) for at in places)


# Text taken out of a PDF without spaces glues the number to the next field's label ("CPR-nr.180945-2448Navn:",
# "Pnr:3703152581Namn:"): after a word naming the identifier, a number followed by a capitalised label and ":",
# the label perhaps abbreviated ("...4152Ejendomsnr.:"), or by the next word of the sentence ("Personnummer
# 9604154295kontrollerat mot ...": letters only, so no code or hex string goes on there).
_GLUED_TO_NEXT_LABEL = regex(
    rf"(?:[^\W\d]|[.\-]){{0,14}}?[ \t]*[:.]?[ \t]*"
    rf"(?P<n>(?:19|20)?\d\d{_MONTH}\d{{2}}[-+]?\d{{4}})"
    rf"(?=[A-ZÆØÅÄÖ][a-zæøåäö]{{1,20}}\.?:|[a-zæøåäö]{{3,20}}(?![\w]))"
)


def _ocr_letters(text: str, start: int, end: int, places: list[int] | None = None) -> Iterator[tuple[str, int, int]]:
    """Numbers with a letter for a digit right after a word naming the identifier, starting in [start, end); and
    numbers glued to the next field's label there."""
    seen: set[int] = set()
    for word, at in _label_places(text, max(0, start - 40), end, places):
        glued = _GLUED_TO_NEXT_LABEL.match(text, at + len(word))
        if glued is not None and start <= glued.start("n") < end and glued.start("n") not in seen:
            seen.add(glued.start("n"))
            twelve = len(_NON_DIGITS.sub("", glued.group("n"))) == 12
            yield ("se_twelve" if twelve else "ten_digits"), glued.start("n"), glued.end("n")
            continue
        spaced = _OCR_SPACED_AFTER_LABEL.match(text, at + len(word))
        if spaced is not None and start <= spaced.start("n") < end and spaced.start("n") not in seen:
            seen.add(spaced.start("n"))
            yield "ocr_spaced", spaced.start("n"), spaced.end("n")
            continue
        m = _OCR_AFTER_LABEL.match(text, at + len(word)) if _MISREAD.search(text, at, at + 48) else None
        if m is not None and start <= m.start("n") < end and m.start("n") not in seen:
            number = m.group("n")
            letters = sum(not ch.isdigit() and ch not in _OCR_GAP_CHARS for ch in number)
            # One or two misread digits (more is a word or a code); a check letter may be a HETU's.
            if 1 <= letters <= 2 and not fi_hetu.is_valid(number):
                seen.add(m.start("n"))
                twelve = sum(ch not in _OCR_GAP_CHARS for ch in number) == 12
                kind = "ocr_twelve" if twelve else "ocr_ten"
                yield kind, m.start("n"), m.end("n")


_STAMP_YEARS = 5  # a file name's date-and-time stamp is of the last few years


def _time_stamp(raw: str, today: datetime.date) -> bool:
    """``raw`` reads as a recent date and a time of day, as file names are stamped: YYYYMMDD-hhmm or
    YYMMDDhhmm ("lon_20240919-1711.csv")."""
    digits = _NON_DIGITS.sub("", raw)
    if len(digits) == 10:
        digits = f"{today.year // 100}{digits}"
    if len(digits) != 12 or int(digits[8:10]) > 23 or int(digits[10:12]) > 59:
        return False
    try:
        day = datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return False
    return day <= today and today.year - day.year <= _STAMP_YEARS


_MOMENT_YEARS = 10  # a record's date and time of day is of the last years (as filters._RECENT_STAMP_YEARS)


def _unnamed_moment(raw: str, today: datetime.date) -> bool:
    """``raw`` is twelve digits (yyyymmddhhmm, perhaps a hyphen before the time) reading as a date of the last ten
    years, not after today, and a time of day: as systems stamp a record, a receipt or a build."""
    digits = _NON_DIGITS.sub("", raw)
    if len(digits) != 12 or raw[:1] == "+" or int(digits[8:10]) > 23 or int(digits[10:12]) > 59:
        return False
    try:
        day = datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return False
    return day <= today and today.year - day.year <= _MOMENT_YEARS


# Text taken out of a PDF whose table lost every space between its cells: the header's words glued together
# ("NavnPersonnummerAfdeling"), each row's name, number and next cell too ("Eva Holm0707614285Ja"). Under such a header
# naming the identifier, a row's number glued between the holder's name and the next cell is read as its own cell.
_GLUED_HEADER = regex(r"(?m)^[ \t]*((?:[A-ZÆØÅÄÖ][a-zæøåäö]+(?:-?[a-zæøåäö]+)?\.?){2,6})[ \t]*\r?$")
_GLUED_HEADER_PART = regex(r"[A-ZÆØÅÄÖ][a-zæøåäö-]*\.?")
_GLUED_ID_WORDS = frozenset(
    (
        "cpr",
        "cprnr",
        "cpr-nr",
        "cpr-nummer",
        "personnummer",
        "personnr",
        "persnr",
        "pnr",
        "fødselsnummer",
        "henkilötunnus",
    )
)
_GLUED_ROW = regex(
    rf"[ \t]*{_CAP}+(?:[ \t]+{_CAP}+)+?(?<=[a-zæøåäö])"
    rf"(?P<n>(?:19|20)\d{{6}}-\d{{4}}|\d{{6}}[-+]\d{{4}}|\d{{10}})(?=[A-ZÆØÅÄÖ][a-zæøåäö]*[ \t]*\r?$|[ \t]*\r?$)"
)
_GLUED_TABLE_REACH = 3000  # characters above a chunk looked at for a glued header
_GLUED_ROWS = 40


def _glued_table_rows(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    """Numbers starting in [start, end) glued into rows under a glued header naming the identifier."""
    for header in _GLUED_HEADER.finditer(text, max(0, start - _GLUED_TABLE_REACH), end):
        parts = {part.rstrip(".").lower() for part in _GLUED_HEADER_PART.findall(header.group(1))}
        if not parts & _GLUED_ID_WORDS:
            continue
        cursor = header.end() + 1
        for _ in range(_GLUED_ROWS):
            if cursor >= len(text) or cursor >= end:
                break
            line_end = text.find("\n", cursor)
            line_end = len(text) if line_end < 0 else line_end
            row = _GLUED_ROW.match(text, cursor, line_end)
            if row is None:
                break
            n_lo, n_hi = row.start("n"), row.end("n")
            if start <= n_lo < end:
                yield ("se_twelve" if n_hi - n_lo == 13 else "ten_digits"), n_lo, n_hi
            cursor = line_end + 1


_STAMP_OPENS_LINE = regex(r"[ \t]*(?:19|20)\d{6}-?\d{4}(?![\w])")
_STAMP_LINES = 3


def _named_off_stamp_lines(env: Env, entity: str, start: int, end: int) -> bool:
    """A word naming ``entity`` stands in the number's window on a line that does not open with a recent date and time
    of day: a log of such lines ("20240309-1511 BankID ok") has its words after each stamp, not naming it. Words on
    the number's own line name it only from a bracket or after a comma right after it; a number not opening its line
    is named by its window as usual."""
    text = env.text
    lo, hi = layout.line_bounds(text, start)
    if text[lo:start].strip(" \t") or _OWN_LABEL_AFTER.match(text, end) is not None:
        return True
    w_lo, w_hi = max(0, start - env.window), min(len(text), end + env.window)
    for a, b in _lines_around(text, lo, hi, _STAMP_LINES):
        if b <= w_lo or a >= w_hi:
            continue
        stamp = _STAMP_OPENS_LINE.match(text, a)
        if stamp is not None and _unnamed_moment(stamp.group().strip(), env.today):
            continue
        if filters.own_word_in(text[max(a, w_lo) : min(b, w_hi)].lower(), entity, env):
            return True
    return False


_CARD_BEFORE = regex(r"(?<![\w-])(?:kort|kortet)[ \t]*(?:nr\.?|nummer)?[ \t]*:?[ \t]*$", re.IGNORECASE)


def _unnamed_moment_ten(raw: str, today: datetime.date) -> bool:
    """``raw`` is ten plain digits reading as ddmmyyhhmm: a date of the last ten years, not after today, and a time
    of day."""
    if len(raw) != 10 or not raw.isdigit() or int(raw[6:8]) > 23 or int(raw[8:]) > 59:
        return False
    try:
        day = datetime.date(2000 + int(raw[4:6]), int(raw[2:4]), int(raw[:2]))
    except ValueError:
        return False
    return day <= today and today.year - day.year <= _MOMENT_YEARS


# A cell of a delimited row that is a person's full name ("Tyra Nyqvist", "Ulf af Klint"): the row's holder.
_NAME_CELL = regex(
    r"[A-ZÆØÅÄÖÜ][a-zæøåäöüéè]+(?:-[A-ZÆØÅÄÖÜ][a-zæøåäöüéè]+)?"
    r"(?:[ \t]+(?:af|von|van|de)?[ \t]*[A-ZÆØÅÄÖÜ][a-zæøåäöüéè]+){1,3}"
)


def _name_cell_on_row(env: Env, start: int) -> bool:
    """The number's line is a delimited row ("...;Tyra Nyqvist;Storgatan 9") one of whose cells is a full name."""
    lo, hi = layout.line_bounds(env.text, start)
    delim = layout.line_delimiter(env.text, lo, hi, env.memo)
    if delim is None:
        return False
    return any(_NAME_CELL.fullmatch(cell.strip(" \t\r\"'")) for cell in env.text[lo:hi].split(delim))


_INFANT_YEARS = 2  # as filters.implausible_age: an unlabelled personnummer of a younger holder is a serial


def _infant(born: datetime.date, today: datetime.date) -> bool:
    return (today.year - born.year - ((today.month, today.day) < (born.month, born.day))) < _INFANT_YEARS


def _century_before(reading: _Reading) -> _Reading:
    """The reading a century earlier: ten digits without a separator drop the centenarian's "+", so a holder named
    on the row ("2610105955  Ester Falk" on a care home's list) is 100, not a baby nothing names."""
    if reading.born is None:
        return reading
    try:
        born = reading.born.replace(year=reading.born.year - 100)
    except ValueError:
        return reading  # 29 February of a year whose century before had none
    return reading._replace(normalized=f"{born.year:04d}{reading.normalized[4:]}", born=born)


class NationalIdRecognizer(Recognizer):
    name = "NordicNationalIdRecognizer"
    entities: tuple[str, ...] = (DK, SE, NO, FI, IS)

    def candidates(
        self, text: str, start: int, end: int, kernel: fastpath.Kernel = fastpath.PURE
    ) -> Iterator[tuple[str, int, int]]:
        places = _hook_places(text, start, end, kernel)
        glued = _found(text, "_", max(0, start - 1), end + 14, places)
        coded = _found(text, _ID_CODE, max(0, start - 3), end, places) or _found(
            text, _PERSONAL_CODE, max(0, start - 6), end, places
        )
        encoded = _found(text, _ENCODED, max(0, start - 3), end, places)
        edifact = _found(text, _EDIFACT_SEPARATOR, max(0, start - 1), end, places)
        if _found(text, _PERSONKONTO, max(0, start - len(_PERSONKONTO)), end, places):
            yield from _after_personkonto(text, start, end)
        if _found(text, _PERSONKONTO_DASH, max(0, start - len(_PERSONKONTO_DASH)), end, places):
            yield from _after_personkonto(text, start, end, _PERSONKONTO_DASH)
        if _found(text, _SLASH, start + 10, end + 14, places):
            yield from _before_slash(text, start, end)
        if _found(text, _SLASH, max(0, start - 1), end, places) or _found(
            text, _BACKSLASH, max(0, start - 1), end, places
        ):
            yield from _dated_file_names(text, start, end)
        yield from self._glued(text, start, end, glued, coded, places, encoded, edifact)
        yield from _glued_table_rows(text, start, end)

    @staticmethod
    def _glued(
        text: str,
        start: int,
        end: int,
        glued: bool,
        coded: bool,
        places: list[int] | None,
        encoded: bool = False,
        edifact: bool = False,
    ) -> Iterator[tuple[str, int, int]]:
        if glued:
            yield from _in_file_names(text, start, end)
        if coded:
            yield from _after_id_code(text, start, end)
        if encoded:
            yield from _after_encoded(text, start, end)
        if edifact:
            yield from _after_edifact(text, start, end)
        yield from _ocr_letters(text, start, end, places)

    def patterns(self, ocr: bool) -> list[Pattern]:
        ten = _TEN_OCR if ocr else _TEN
        return [
            Pattern("se_twelve", "12", BEFORE + _TWELVE + AFTER),
            Pattern("fi_hetu", "0-9", r"(?<![\w+-].)" + _FI + r"(?![\w])"),
            Pattern("no_eleven", "0-9", BEFORE + _ELEVEN + AFTER),
            Pattern("no_split", "0-9", BEFORE + _ELEVEN_SPLIT + AFTER),
            Pattern("no_dotted", "0-9", BEFORE + _ELEVEN_DOTTED + AFTER),
            Pattern("ten_digits", "0-9", BEFORE + ten + AFTER),
            Pattern("ten_digits", "0-9", BEFORE + _TEN_DOTTED + AFTER),
            Pattern("boxed", "0-9", BEFORE + _TWELVE_BOXED + AFTER),
            Pattern("boxed", "0-9", BEFORE + _TEN_BOXED + AFTER),
            Pattern("boxed", "12", BEFORE + _TWELVE_PAIRS + AFTER),
            Pattern("boxed", "0-9", BEFORE + _TEN_PAIRS + AFTER),
            Pattern("ocr_sep", "0-9", BEFORE + _TEN_ODD_SEP + AFTER),
            # Last: what no pattern above took. A letter for a digit in the identifier's own form
            # ("370l03-3346" in a fax): read after its holder's name only, when the check passes.
            Pattern("ocr_named", "0-9", BEFORE + _TEN_MISREAD + AFTER),
            Pattern("ocr_named", "12", BEFORE + _TWELVE_MISREAD + AFTER),
            Pattern("boxed", "12", BEFORE + _TWELVE_GROUPED + AFTER),
            Pattern("glued_twelve", "12", BEFORE + _GLUED_TWELVE),
            Pattern("glued_ten", "0-9", BEFORE + _GLUED_TEN),
        ]

    def verify(self, pattern: str, start: int, end: int, env: Env) -> Iterable[Finding]:
        raw = env.text[start:end]
        if not raw.isascii():
            raw = raw.translate(_PLAIN)
        if env.text[start - 1 : start] == "_" and _time_stamp(raw, env.today):
            return []  # "lon_20240919-1711.csv": a file name's date and time, not a child's personnummer
        if pattern == "glued_ten":  # glued to the next cell's word: read as the form it is written in
            pattern = "ten_digits" if raw[6] in _GLUED_DASHES and raw[7:].isdigit() else "fi_hetu"
        elif pattern == "glued_twelve":
            pattern = "se_twelve"
        if pattern == "ocr_spaced":  # "0707 61-4285", "070761-42 85": read without the scan's gap
            raw, pattern = raw.replace(" ", ""), "ocr_ten"
        named_misread = pattern == "ocr_named"
        if named_misread and (raw.isascii() and sum(ch in "OolI|SB" for ch in raw) not in (1, 2)):
            return []  # no letter (a number no other pattern takes: not an identifier) or a word
        misread = pattern.startswith("ocr_") or pattern == "no_dotted"
        dotted = pattern == "no_dotted"
        slashed = False  # "261178/9826": the halves set apart by "/"
        if pattern == "no_dotted":
            raw, pattern = raw.replace(".", ""), "no_split"
        elif pattern == "ocr_sep":  # "230479/1007": read as "230479-1007", scored as an OCR split
            if raw[6] == "\t":
                lo, hi = layout.line_bounds(env.text, start)
                if env.text.count("\t", lo, hi) > 1:
                    return []  # table cells
            slashed = raw[6] == "/"
            raw, pattern = f"{raw[:6]}-{raw[7:]}", "ten_digits"
        elif misread:  # a letter for a digit: read as the digits meant, scored as an OCR split
            raw = raw.translate(_OCR_LETTERS)
            twelve = pattern == "ocr_twelve" or (named_misread and len(_NON_DIGITS.sub("", raw)) == 12)
            pattern = "se_twelve" if twelve else "ten_digits"
        if pattern == "ten_digits":
            plus_broken = "+\n" in raw or "+\r\n" in raw
            if plus_broken:
                raw = raw.replace("\r", "").replace("\n", "")
            # The compiled kernel answers None for text it leaves to Python (non-ASCII digits).
            facts = env.kernel.ten_facts(raw) or fastpath.ten_facts(raw)
            if misread:
                facts = ("ocr", facts[1], facts[2])
            sep = facts[0]
            readings = self._ten_readings(raw, facts, env)
            if plus_broken:  # read with its "+" (born 100 years before), scored as an OCR split
                sep = "ocr"
                less = env.rules.score(SE, "ocr_split")
                readings = [r._replace(score=r.score + env.rules.score(r.entity, "ocr_split", less)) for r in readings]
        elif pattern == "boxed":
            sep = "ocr"
            readings = self._boxed_readings(raw, env)
        else:
            sep = fastpath.separator(raw)
            if pattern == "se_twelve":
                broken = "\n" in raw  # "19970323-\n7496": a line broken at the hyphen, read as an OCR split
                if broken:
                    raw = raw.replace("\r", "").replace("\n", "")
                elif "- " in raw:  # "19800416- 2346": a scanner's gap after the dash, an OCR split as well
                    raw, broken = raw.replace("- ", "-"), True
                readings = self._reading(SE, raw, env, se_personnummer.info, self._se_score)
                if misread or broken:
                    sep = "ocr"
                    less = env.rules.score(SE, "ocr_split")
                    readings = [r._replace(score=r.score + less) for r in readings]
            elif pattern in ("no_eleven", "no_split"):
                readings = self._reading(NO, raw, env, no_fodselsnummer.info, self._no_score)
            else:
                readings = self._reading(FI, raw, env, fi_hetu.info, self._fi_score)
        if not readings:
            return []
        # The country hint costs a look at the row: asked only where a word's sense or a tie needs it.
        asked: list[str | None] = []

        def hint() -> str | None:
            if not asked:
                asked.append(country.hint(env, start, end))
            return asked[0]

        # In an export or log record the number's own field is its context (see detect/fields.py).
        field = fields.at(env.text, start, end, env.memo)
        windows = fields.windows(env, start, end, field)
        plain = raw.isdigit() and len(raw) == 10
        named: list[bool] = []  # asked lazily: only readings without a context word need it

        def holder() -> bool:
            if not named:
                named.append(_after_name(env, start) or _name_after(env, start, end))
            return named[0]

        label = fields.label(env, start, end, field)
        sense = hint
        if plain and label and _column_in_own_forms(env, start, end):
            plain = False  # "pnr" over "570507-3368" and "198812200098": no P-numbers (ten plain digits) there
        elif plain and label and _personnummer_column(env, start, end):
            # "pnr;anstnr;brutto;skatt" over cells that all pass the personnummer's date and Luhn checks: the
            # header is read in its Swedish sense, whatever the text's language
            plain = False
            sense = _swedish
        scored: list[tuple[float, _Reading, ContextHit]] = []
        person_label: list[str] = []  # asked lazily: the person noun labelling the number, or ""
        alike: list[bool] = []  # asked lazily: rows written alike hold CPRs (_cpr_peers)

        def peers() -> bool:
            if not alike:
                alike.append(_cpr_peers(env, start))
            return alike[0]

        labelled = 0.0  # the best base score among readings a negative word labels as something else
        listed: list[dict[str, str]] = []  # asked lazily: the list's label words per entity
        referred: list[str] = []  # asked lazily: the identifier word a copula before refers back to
        headed: list[str] = []  # asked lazily: the heading of the list the number's row belongs to
        legend: list[str] = []  # asked lazily: the field name a legend line gives the number's token
        for reading in readings:
            ctx = context_around(env, reading.entity, start, end, windows, label=label, hint=sense, other_senses=plain)
            if not ctx.positive and not ctx.negative and _declared_identity(env, reading.entity, start, end):
                # "ID-nr" beside "Nat. DK", {"nationality": "FI", "personalId": ...}: the row's own country's
                # identifier, when the value is valid there.
                ctx = ContextHit((fields.declared(env, start, end).key,), (), False)
            if not ctx.positive and not ctx.negative:
                if not headed:
                    headed.append(filters.list_heading(env.text, start, env.memo).lower())
                word = _heading_names(env, reading.entity, headed[0])
                if word:
                    # "Børnenes CPR:" over "Emil 2509116321", "Ida 1706128897": the list's heading names every row's
                    ctx = ContextHit((word,), (), False)
            if not ctx.positive or ctx.suppressed:
                if not legend:
                    legend.append(
                        layout.legend_field(env.text, start, end) or layout.ordered_legend(env.text, start, end) or ""
                    )
                word = _heading_names(env, reading.entity, legend[0].lower())
                if word:
                    # "0751 2010493369 20260101 431204" over "(kommunekode, cpr, dato og beløb i øre)": the legend
                    # names each field of the record in order
                    ctx = ContextHit((word,), (), False)
            if not ctx.positive:
                word = filters.subject_named(env, start)
                if word and _positive_of(env, reading.entity, word):
                    ctx = ContextHit((word,), (), False)  # the text says the identifier stands in the subject line
            if not ctx.positive and not ctx.negative:
                word = _bracket_names(env, reading.entity, end, hint)
                if word:
                    # "0001312420 (tio siffror utan bindestreck, fältet heter PNR)": a bracket right after the
                    # number speaks of it ("(inte ditt personnummer)" is a denial, read by labelled_otherwise)
                    ctx = ContextHit((word,), (), False)
            if not ctx.positive and not ctx.negative:
                word = _bracket_opened_by(env, reading.entity, start, end)
                if word:
                    ctx = ContextHit((word,), (), False)
            if not ctx.positive and not ctx.negative:
                if not referred:
                    referred.append(_referred_id_word(env, start))
                if referred[0] and _positive_of(env, reading.entity, referred[0]):
                    ctx = ContextHit((referred[0],), (), False)
            if not ctx.positive and not ctx.negative:
                if not person_label:
                    person_label.append(_person_label(env, start))
                    person_label.append(
                        (_requested_word(env, start, end) or _url_key_word(env, start)) if not person_label[0] else ""
                    )
                if not person_label[0] and not listed:
                    listed.append(_listed_label_words(env, start))
                if not person_label[0] and reading.entity in listed[0]:
                    ctx = ContextHit((listed[0][reading.entity],), (), False)
                elif person_label[0]:
                    ctx = ContextHit((person_label[0],), (), False)  # "person 170494 4980 already exists"
                elif person_label[1] and (
                    _positive_of(env, reading.entity, person_label[1]) or person_label[1] in env.rules.labels.persons
                ):
                    # the request's word names this reading ("kan du sende dit cpr" / "Tove: 0406054775"), or
                    # the URL's key or segment does ("?q=borgerCpr:...", "/personer/<n>/")
                    ctx = ContextHit((person_label[1],), (), False)
                elif (
                    reading.entity == DK
                    and reading.checksum == "invalid"
                    and reading.born is not None
                    and _born_on_row(env, start, reading.born)
                ):
                    ctx = _BORN_ON_ROW  # the holder's birth date written beside it ("Ida Holm;1965-08-13;1308653299")
            if pattern == "boxed" and ctx.positive and not _named_next_to(windows, ctx.positive):
                # One digit per box or pairs read out: only a word naming THIS number reads it ("CPR (læst op):
                # 09 09 60 43 97 Ring 07 10 81 47 83": the second is the phone's).
                ctx = ContextHit((), ctx.negative, ctx.suppressed)
            if pattern == "boxed" and not ctx.positive:
                continue  # boxes and pairs are read after a word naming the number only, not after a name
            paired = env.text[start - 1 : start] == _SLASH and _PAIRED.match(env.text, start - 1) is not None
            if not ctx.positive and (_slashed(env.text, end) or paired):
                # "810915-6060/2": a sub-number after "/" is read after a word naming the identifier only; so
                # are both numbers of a pair joined by "/" ("2410709670/2104689623")
                continue
            if not ctx.positive and env.text[start - 1 : start] == _EDIFACT_SEPARATOR:
                if not (reading.checksum != "invalid" and _edifact_document(env.text, start)):
                    continue  # an EDIFACT element (_after_edifact) is read after a word naming the identifier only
                ctx = _DOCUMENT_CONTEXT
            if (
                misread
                and not ctx.positive
                and not (named_misread and reading.checksum == "valid" and (holder() or _recipient_before(env, start)))
                # "Vedr.: Jytte Bang 170967/9739": a slash between the halves right after the holder's name, the check
                # passing (modulus 11, Luhn), as a misread letter is read there
                and not (slashed and reading.checksum == "valid" and holder())
                and not _broken_label(env, start)
                and not (dotted and _named_before(env, NO, start - _REFERS_BACK, start))
            ):
                continue  # a misread digit or a dotted date is read only after a word naming the identifier
            if (
                reading.subtype == "samordningsnummer"
                and (not ctx.positive or ctx.positive == tuple(person_label[:1]))  # "person" names no country
                and pattern != "se_twelve"
                and sep != "+"
                and hint() != "sv"
                and not (sep == "-" and (holder() or filters.listed_with_name(env, start, end)))
            ):
                # Skatteverket's day + 60 is a Swedish number: outside a Swedish row or text an impossible
                # day is a typing error or another number ("ikke 340581-6988 men 061172-4047"). Written
                # with its century (twelve digits) or a centenarian's "+" (no CPR has one) it can be nothing
                # but Swedish; so it is in its own form beside its holder's name ("-560277-2211,Folke Ljung").
                continue
            if (
                reading.entity == SE
                and reading.checksum == "valid"
                and _PERSONKONTO_BEFORE.search(env.text, max(0, start - 30), start)
            ):
                ctx = _PERSONKONTO_CONTEXT  # the clearing number says the account number is the personnummer
            if (
                reading.entity == SE
                and sep == ""
                and not ctx.positive
                and reading.born is not None
                and _infant(reading.born, env.today)
                and (holder() or filters.listed_with_name(env, start, end))
            ):
                reading = _century_before(reading)
            if (
                reading.entity == SE
                and pattern == "se_twelve"
                and sep in ("", "-")
                and _unnamed_moment(raw, env.today)
                and (not ctx.positive or not _named_off_stamp_lines(env, SE, start, end))
                and (field is None or field.kind != "hl7")  # HL7 fields: their own date/time rule (filters)
                and not holder()
                and not filters.listed_with_name(env, start, end)
                and not _name_cell_on_row(env, start)
            ):
                # "Swish 202301222259", "build=202208040200", "Tagen 20240612-1125": twelve digits of a recent date and
                # a time of day that nothing names as a personnummer and no holder's name stands by are that moment.
                # A child's personnummer reads so one time in seven; it comes with a label, a column or a name.
                continue
            if (
                reading.entity == SE
                and not ctx.positive
                and _CARD_BEFORE.search(env.text, max(0, start - 20), start) is not None
            ):
                # "kort 9207304321 dörr 3" in a door log: a card's number. For the personnummer only: a Danish health
                # card ("det gule kort") carries the CPR, and after the number "kort" is "short" ("(kort format)").
                continue
            if (
                reading.entity == DK
                and sep == ""
                and not ctx.positive
                and _unnamed_moment_ten(raw, env.today)
                and not holder()
                and not filters.listed_with_name(env, start, end)
            ):
                # "run export at 2403220704", "mote_1111251114.txt": ten digits reading as a date of the last ten
                # years and a time of day (ddmmyyhhmm). As a CPR the hour's first digit (0-2) puts the birth in the
                # 1900s: a holder over 100 that nothing names and no name stands by.
                continue
            candidate = filters.Candidate(reading.entity, start, end, ctx, reading.born)
            rejected = filters.rejected_by(candidate, env)
            if rejected == "negative_context":
                labelled = max(labelled, reading.score)
            if rejected is not None:
                continue
            score = reading.score + (env.rules.context_boost if ctx.positive else 0.0)
            if ctx.positive and pattern == "ten_digits" and "." in raw:
                # "Danish CPR" over "15.06.62-4293": the date written as a date was held against it only until a
                # word named the identifier
                score += env.rules.setting("dotted_date")
            if (
                not ctx.positive
                and (plain or (reading.entity == FI and pattern == "ten_digits" and _shared_with_row(readings, hint())))
                and hint() in _COUNTRY_LANG.values()
                and hint() != _COUNTRY_LANG.get(reading.entity)
                and not (reading.entity == DK and reading.checksum == "invalid" and peers())
                and not (
                    reading.entity == DK
                    and reading.checksum == "valid"
                    and hint() == _NORWEGIAN
                    and env.lang == _NORWEGIAN
                )
            ):
                # Nothing names a plain ten-digit number, and its row belongs to another country
                # ("0701234567" on a Swedish signature is no CPR). Likewise a HETU with a digit check
                # character that also reads as a CPR or personnummer ("101184-4041") in a Danish row.
                # Rows written alike holding CPRs say the row is Danish whatever the text around.
                # Not a CPR reading passing modulus 11 in text identified as Norwegian: written Danish and Norwegian
                # are alike enough that a short Danish text is often identified as Norwegian, and no Norwegian number
                # has ten digits (a Swedish mobile number, "0708129547", fails modulus 11 nine times in ten).
                score -= env.rules.setting("foreign_row")
            if not ctx.positive and (holder() or (label and filters.identifier_column(candidate, env))):
                # After its holder's name, or in a column of people's identifiers under a header that
                # names nothing ("IDNR"): the row says whose number it is.
                score += env.rules.setting("after_name")
                if reading.entity == DK and reading.checksum == "invalid" and peers():
                    # ... and the rows written like it hold CPRs passing modulus 11.
                    score += env.rules.setting("after_name")
            elif (
                not ctx.positive
                and reading.entity == DK
                and reading.checksum == "invalid"
                and reading.subtype is None  # not a replacement number (day or month moved)
                and _issued_without_mod11(reading.born)
                and _whole_cell(env.text, start, end)
                and not (label and filters.names_other_number(label, reading.entity, env))
                and not filters.row_names_other_number(env, start, end)
                and peers()
            ):
                # "D;2102199892;0003;..." among records "D;0209610620;0001;...": rows written alike hold CPRs passing
                # modulus 11, and this one's birth date (since October 2007, or 1 January) needs none
                score += env.rules.setting("after_name")
            scored.append((round(score, 3), reading, ctx))
        # "Sag 070761-4285": the label names a case number whatever the country; a weaker reading
        # of another country does not inherit the number (only stronger evidence for it does).
        scored = [item for item in scored if item[0] > labelled]
        if not scored:
            return []
        top = max(s for s, _, _ in scored)
        margin = env.rules.setting("country_margin")
        close = [item for item in scored if item[0] >= top - margin - 1e-9]
        close.sort(key=lambda item: -item[0])
        if len(close) > 1:
            # A number valid in two countries with (nearly) equal evidence: the row's country
            # decides. With no evidence at all, a reading with a context word wins, then the one
            # whose check is least likely to pass by chance (HETU 1 in 31, CPR 1 in 11,
            # personnummer 1 in 10); never the order of the readings.
            # A more specific context word beats the plain one it contains ("svenske personnummer"
            # names the Swedish number, "personnummer" alone either).
            # A context word that is the number's own label beats one standing further off.
            words = [w for item in close for w in item[2].positive]
            head = env.text[max(0, start - 40) : start].lower() if words else ""
            tail = env.text[end : end + 40].lower() if words else ""
            lang = hint()
            if lang is None:
                close.sort(
                    key=lambda item: (
                        not _more_specific(item[2], words),
                        not ((head or tail) and _own_label(item[2], head, tail)),
                        not item[2].positive,
                        -_check_strength(item[1]),
                    )
                )
            else:
                close.sort(
                    key=lambda item: (
                        not _more_specific(item[2], words),
                        not ((head or tail) and _own_label(item[2], head, tail)),
                        _COUNTRY_LANG.get(item[1].entity) != lang,
                    )
                )
        score, reading, ctx = close[0]
        if reading.entity not in env.entities:
            return []
        return [
            self.finding(
                reading.entity,
                start,
                end,
                score,
                env,
                reading.normalized,
                pattern,
                checksum=reading.checksum,
                subtype=reading.subtype,
                ctx=ctx,
                notes=("ocr-split",) if sep == "ocr" else (),
            )
        ]

    # --- readings -------------------------------------------------------------------------
    def _reading(
        self,
        entity: str,
        raw: str,
        env: Env,
        parse: Callable[..., IdentifierInfo],
        score: Callable[[IdentifierInfo, str, Env], float],
    ) -> list[_Reading]:
        # Every country's reading is weighed even when only some entities are wanted, so that
        # asking for SE_PERSONNUMMER alone does not turn a CPR into a samordningsnummer.
        try:
            info = parse(raw, today=env.today)
        except InvalidIdentifier:
            return []
        score_of = score(info, raw, env)
        return [_Reading(entity, info.normalized, info.birth_date, info.subtype, info.checksum, score_of)]

    def _ten_readings(self, raw: str, facts: tuple[str, str, int], env: Env) -> list[_Reading]:
        # The cheap checks (date shape, check digits) are in the facts: most ten-digit numbers in
        # documents (orders, accounts) fail them, and the full parsers would raise (slow) to say so.
        sep, digits, mask = facts
        if not mask:
            return []
        rows = env.reader().read(digits, sep, mask)
        if rows is None:  # digits the compiled reader leaves to Python
            rows = fastpath.ten_reader(env.rules, env.today, fastpath.PURE).read(digits, sep, mask) or []
        readings = [_Reading._make(row) for row in rows]
        if "." in raw:
            # "10.01.85-3755": a date and a number, unless a word names the identifier; a date with
            # dots in day-month-year order is a Danish way of writing it (no personnummer, HETU...).
            less = env.rules.setting("dotted_date")
            readings = [r._replace(score=r.score - less) for r in readings if r.entity == DK]
        return readings

    def _boxed_readings(self, raw: str, env: Env) -> list[_Reading]:
        """One digit per box: read as the digits it holds, scored as an OCR split and lower again."""
        digits = _NON_DIGITS.sub("", raw)
        less = env.rules.setting("boxed_digits")
        if len(digits) == 12:
            form = digits[:8] + ("-" if "-" in raw or "\u2013" in raw else "") + digits[8:]
            less -= env.rules.score(SE, "ocr_split")
            readings = self._reading(SE, form, env, se_personnummer.info, self._se_score)
        else:
            facts = fastpath.ten_facts(f"{digits[:6]} {digits[6:]}")
            readings = self._ten_readings(digits, ("ocr", facts[1], facts[2]), env)
        return [r._replace(score=r.score - less) for r in readings]

    # --- scores ---------------------------------------------------------------------------
    def _se_score(self, info: IdentifierInfo, raw: str, env: Env) -> float:
        sep = fastpath.separator(raw)
        digits = _NON_DIGITS.sub("", raw)
        value = env.rules.score(SE, "twelve_digits" if len(digits) == 12 else "ten_digits")
        if info.subtype == "samordningsnummer":
            value = min(value, env.rules.score(SE, "samordningsnummer"))
        if sep == "":
            value += env.rules.score(SE, "no_separator")
        elif sep == "ocr":
            value += env.rules.score(SE, "ocr_split")
        return value

    def _no_score(self, info: IdentifierInfo, raw: str, env: Env) -> float:
        key = {"d_number": "d_number", "h_number": "h_number"}.get(info.subtype or "", "valid")
        return env.rules.score(NO, key)

    def _fi_score(self, info: IdentifierInfo, raw: str, env: Env) -> float:
        value = env.rules.score(FI, "temporary" if info.subtype == "temporary" else "valid")
        if raw[-1].isdigit() and raw[6] in "-+":
            # Same shape as a CPR/personnummer, and 1 in 31 of those passes the FI check: weaker.
            value = min(value, env.rules.score(FI, "digit_form"))
        return value
