"""The optional compiled fast path of the detection engine, and its pure-Python twin.

A few small steps run for every candidate: cutting the context windows at sentence breaks, the URL
and path test, the look for a name before the number, a line's bounds, and the cheap checks of a
ten-digit number (separator, date shape, Luhn, kennitala and HETU check digits). A :class:`Kernel`
holds one implementation of each. :data:`PURE` is the reference, written here in Python; the
compiled one comes from the C extension ``pii_scanner_native`` (``native/`` in the source tree,
built and installed by ``./run setup`` where a C compiler is available). Both give identical
answers (``tests/detect/test_fastpath.py`` compares them on a large generated corpus, hostile
strings and the golden tables), so findings never depend on which one ran.

Which one runs: the compiled kernel when it can be imported, unless the environment variable
``PII_SCANNER_PURE_PYTHON=1`` or the setting ``[scan.detect] fast_path = "off"`` asks for Python.
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, fields
from types import ModuleType
from typing import TYPE_CHECKING, Protocol

from pii_scanner.core.config_schema import FAST_PATH_SETTINGS
from pii_scanner.core.errors import InvalidIdentifier
from pii_scanner.core.model import Explanation, Finding
from pii_scanner.detect.identifiers import dk_cpr, fi_hetu, is_kennitala, se_personnummer
from pii_scanner.detect.identifiers._common import IdentifierInfo, luhn_checksum_ok

if TYPE_CHECKING:
    from pii_scanner.detect.rules import Rules

PURE_ENV = "PII_SCANNER_PURE_PYTHON"
# The C module's interface version this code speaks, and the hash of the C source its answers were
# tested against (native/setup.py builds it in; tests/detect/test_fastpath.py checks it is the file's):
# a build of another version or source is ignored, and the pure path runs.
_ABI = 6
_SOURCE = "d5a2c3ddf4173da2"

# Bits of a ten-digit candidate's mask: the readings whose cheap checks pass.
READ_DK, READ_SE, READ_IS, READ_FI = 1, 2, 4, 8

_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-ZÆØÅÄÖ])|\n[ \t]*\n")
_AFTER_BREAK = re.compile(r"[.!?]\s+[A-ZÆØÅÄÖ]|\n")
_NON_DIGITS = re.compile(r"\D")
_LINE_LIMIT = 400


# --- the pure-Python kernel: the reference every other kernel must equal -----------------
def windows(text: str, start: int, end: int, window: int) -> tuple[str, str]:
    """Up to ``window`` characters before and after ``text[start:end]``; the one before starts
    after its last sentence break (or blank line), the one after stops at its first sentence
    break or line break."""
    before = text[max(0, start - window) : start]
    after = text[end : end + window]
    cut = -1
    for m in _SENTENCE_BREAK.finditer(before):
        cut = m.end()
    if cut >= 0:
        before = before[cut:]
    stop = _AFTER_BREAK.search(after)
    if stop is not None:
        after = after[: stop.start()]
    return before, after


def url_or_path(text: str, start: int) -> bool:
    """True when the token ending at ``start`` is part of a URL, query string or file path."""
    limit = max(0, start - 200)
    # A markup tag's end ("</navn><cpr>0707614285") starts a new token: no URL or path holds a raw ">".
    lo = (
        max(
            text.rfind(" ", limit, start),
            text.rfind("\n", limit, start),
            text.rfind("\t", limit, start),
            text.rfind(">", limit, start),
        )
        + 1
    )
    head = text[max(lo, limit) : start]
    if "=" in head and ("&" in head or ";" in head):
        return True  # a query string "a=1&id=0707614285"; a log's "cpr=0707614285" is no URL
    return "://" in head or "www." in head or "?" in head or "#" in head or "/" in head.rstrip(":")


def name_before(text: str, start: int) -> bool:
    """True when a letter ends the 60 characters before ``start`` (trailing " \\t;,|(" aside): only
    then can a person's name stand right before the number."""
    return text[max(0, start - 60) : start].rstrip(" \t;,|(")[-1:].isalpha()


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the line holding ``pos`` (at most 400 characters each side)."""
    lo = text.rfind("\n", max(0, pos - _LINE_LIMIT), pos) + 1 if pos > 0 else 0
    if lo == 0 and pos > _LINE_LIMIT:
        lo = pos - _LINE_LIMIT
    hi = text.find("\n", pos, pos + _LINE_LIMIT)
    return lo, (hi if hi >= 0 else min(len(text), pos + _LINE_LIMIT))


def separator(raw: str) -> str:
    """The separator written between date and serial ("", "-", "+", " ", or "ocr" when split)."""
    if raw.isdigit():
        return ""
    if len(raw) in (11, 13) and not raw[-5].isdigit() and raw[:-5].isdigit() and raw[-4:].isdigit():
        return raw[-5]
    return "ocr"


def ten_facts(raw: str) -> tuple[str, str, int]:
    """The separator, the ten digits and the mask of readings (``READ_*``) of a ten-digit candidate
    whose date shape and check digits pass: DDMM (or DD+60) for a CPR, YYMMDD and Luhn for a
    personnummer, the weighted check digit for a kennitala, the check character for a HETU."""
    sep = separator(raw)
    digits = raw if sep == "" else _NON_DIGITS.sub("", raw)
    first, second, third = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    mask = 0
    if not 1 <= second <= 12:
        return sep, digits, mask  # every reading of the shape has a month there
    dd_mm = 1 <= first <= 31 or 61 <= first <= 91
    if dd_mm and sep in ("", "-", " ", "ocr"):
        mask |= READ_DK
    if (1 <= third <= 31 or 61 <= third <= 91) and luhn_checksum_ok(digits):
        mask |= READ_SE
    if (
        sep in ("", "-")
        and digits[9] in "089"
        and (1 <= first <= 31 or 41 <= first <= 71)
        and is_kennitala.check_digit_ok(digits)
    ):
        mask |= READ_IS
    if sep in ("-", "+") and dd_mm and first <= 31 and fi_hetu.check_character(digits[:9]) == digits[9]:
        mask |= READ_FI
    return sep, digits, mask


# The scores a ten-digit reading can get (``Rules.score(entity, key)``), in the order TenReader takes them.
TEN_SCORE_KEYS = (
    ("DK_CPR", "mod11_valid"),
    ("DK_CPR", "mod11_exempt"),
    ("DK_CPR", "mod11_invalid"),
    ("DK_CPR", "mod11_not_required"),
    ("DK_CPR", "first_of_january"),
    ("DK_CPR", "replacement"),
    ("DK_CPR", "no_separator"),
    ("DK_CPR", "ocr_split"),
    ("SE_PERSONNUMMER", "ten_digits"),
    ("SE_PERSONNUMMER", "samordningsnummer"),
    ("SE_PERSONNUMMER", "no_separator"),
    ("IS_KENNITALA", "valid"),
    ("IS_KENNITALA", "company"),
    ("FI_PERSONAL_IDENTITY_CODE", "valid"),
    ("FI_PERSONAL_IDENTITY_CODE", "temporary"),
    ("FI_PERSONAL_IDENTITY_CODE", "digit_form"),
)
_MOD11_OPTIONAL_FROM = datetime.date(2007, 10, 1)

#: One reading of a ten-digit candidate: (entity, normalized, birth date, subtype, checksum, base score).
TenReading = tuple[str, str, "datetime.date | None", "str | None", "str | None", float]


class TenReader:
    """The readings of ten-digit candidates under one set of rules: the identifier modules parse
    (date, century, check digits), the rules' scores weigh (``scores`` in :data:`TEN_SCORE_KEYS`
    order). The reference for the compiled ``TenReader``."""

    def __init__(self, today: datetime.date, exempt: Collection[datetime.date], scores: Sequence[float]) -> None:
        if len(scores) != len(TEN_SCORE_KEYS):
            raise ValueError(f"scores must hold {len(TEN_SCORE_KEYS)} numbers")
        self.today = today
        self.exempt = frozenset(exempt)
        self.scores = dict(zip(TEN_SCORE_KEYS, (float(v) for v in scores), strict=True))

    def read(self, digits: str, sep: str, mask: int) -> list[TenReading] | None:
        """Every reading of the mask's countries that parses, in the order DK, SE, IS, FI."""
        readings: list[TenReading] = []
        if mask & READ_DK:
            found = self._parse(dk_cpr.info, digits, today=self.today, exempt_dates=self.exempt)
            if found is not None:
                readings.append(_row("DK_CPR", found, self._dk_score(found, sep)))
        if mask & READ_SE:
            se_form = digits[:6] + (sep if sep in ("-", "+") else "") + digits[6:]
            found = self._parse(se_personnummer.info, se_form, today=self.today)
            if found is not None:
                readings.append(_row("SE_PERSONNUMMER", found, self._se_score(found, se_form)))
        if mask & READ_IS:
            found = self._parse(is_kennitala.info, digits, today=self.today)
            if found is not None:
                key = "company" if found.subtype == "company" else "valid"
                readings.append(_row("IS_KENNITALA", found, self.scores["IS_KENNITALA", key]))
        if mask & READ_FI and sep in ("-", "+"):
            raw = digits[:6] + sep + digits[6:]
            found = self._parse(fi_hetu.info, raw, today=self.today)
            if found is not None:
                readings.append(_row("FI_PERSONAL_IDENTITY_CODE", found, self._fi_score(found, raw)))
        return readings

    @staticmethod
    def _parse(parse: Callable[..., IdentifierInfo], number: str, **kwargs: object) -> IdentifierInfo | None:
        try:
            return parse(number, **kwargs)
        except InvalidIdentifier:
            return None

    def _dk_score(self, info: IdentifierInfo, sep: str) -> float:
        key = {"valid": "mod11_valid", "exempt": "mod11_exempt"}.get(info.checksum or "", "mod11_invalid")
        born = info.birth_date
        if key == "mod11_invalid" and born is not None:
            if born >= _MOD11_OPTIONAL_FROM:
                key = "mod11_not_required"  # issued since October 2007: modulus 11 not guaranteed
            elif (born.month, born.day) == (1, 1):
                key = "first_of_january"  # the date given to people whose birthday is unknown
        value = self.scores["DK_CPR", key]
        if info.subtype == "replacement":
            value = min(value, self.scores["DK_CPR", "replacement"])
        if sep == "":
            value += self.scores["DK_CPR", "no_separator"]
        elif sep == "ocr":
            value += self.scores["DK_CPR", "ocr_split"]
        return value

    def _se_score(self, info: IdentifierInfo, se_form: str) -> float:
        value = self.scores["SE_PERSONNUMMER", "ten_digits"]
        if info.subtype == "samordningsnummer":
            value = min(value, self.scores["SE_PERSONNUMMER", "samordningsnummer"])
        if separator(se_form) == "":
            value += self.scores["SE_PERSONNUMMER", "no_separator"]
        return value

    def _fi_score(self, info: IdentifierInfo, raw: str) -> float:
        key = "temporary" if info.subtype == "temporary" else "valid"
        value = self.scores["FI_PERSONAL_IDENTITY_CODE", key]
        if raw[-1].isdigit() and raw[6] in "-+":
            # Same shape as a CPR/personnummer, and 1 in 31 of those passes the FI check: weaker.
            value = min(value, self.scores["FI_PERSONAL_IDENTITY_CODE", "digit_form"])
        return value


def _row(entity: str, info: IdentifierInfo, score: float) -> TenReading:
    return (entity, info.normalized, info.birth_date, info.subtype, info.checksum, score)


# A word after a number that labels a value of its own: "2602019783, tlf. +45 63487740".
LABELS_A_VALUE = re.compile(r"[ \t.:#=-]*(?:(?:nr|no|nummer)\.?[ \t:]*)?[+(]{0,2}\d")

#: The weighed context words of a span: (positive words, negative words, suppressed), or None.
ContextFound = tuple[tuple[str, ...], tuple[str, ...], bool]


def context_of(
    find_all: Callable[[str], list[tuple[int, int, bool]]],
    before: str,
    after: str,
    low_before: str,
    low_after: str,
    languages: Mapping[str, Collection[str]],
    negative_in: Mapping[str, Collection[str]],
    hint: Callable[[], str | None] | None,
    attached: Callable[[str], bool],
) -> ContextFound | None:
    """The context words of a span whose windows are ``before``/``after`` (and their lower case,
    as long), weighed: positive words count anywhere, unless ``languages`` lists the word for other
    languages than the row's (``hint()``) or ``negative_in`` for the row's; a negative word only
    when ``attached`` says it labels the span. A word after the span that labels a value of its own
    ("tlf. +45 ..."), or heads a phrase that does, is that value's. ``(positive, negative,
    suppressed)``, suppressed when a negative word stands nearer than any positive word; None when
    no word counts. ``find_all`` gives the context words' matches (start, end, positive)."""
    in_before = find_all(low_before)
    in_after = find_all(low_after)
    if not in_before and not in_after:
        return None
    pos: list[tuple[int, str]] = []
    neg: list[tuple[int, str]] = []

    def positive(is_p: bool, word: str) -> bool:
        if not is_p:
            return False
        if languages:
            langs = languages.get(word)
            if langs is not None and (hint is None or hint() not in langs):
                return False  # e.g. "p-nr" in Danish text: a production unit, not a personnummer
        if word in negative_in and hint is not None:
            return hint() not in negative_in[word]  # "Pnr." in a Danish list: a P-number
        return True

    for s, e, is_p in in_before:
        word = low_before[s:e].lower()
        if positive(is_p, word):
            pos.append((len(before) - e, word))
        elif attached(before[e:]):
            neg.append((len(before) - e, word))
    owned: set[int] = set()
    following = -1  # where the next context word starts, when it labels a value of its own
    for s, e, _ in reversed(in_after):
        if LABELS_A_VALUE.match(after, e) or (following >= 0 and not after[e:following].strip()):
            owned.add(s)
            following = s
        else:
            following = -1
    for s, e, is_p in in_after:
        if s in owned:
            continue
        word = low_after[s:e].lower()
        if positive(is_p, word):
            pos.append((s, word))
        elif attached(after[:s]):
            neg.append((s, word))
    if not pos and not neg:
        return None
    nearest_pos = min((d for d, _ in pos), default=None)
    nearest_neg = min((d for d, _ in neg), default=None)
    suppressed = nearest_neg is not None and (nearest_pos is None or nearest_neg < nearest_pos)
    return tuple(sorted({w for _, w in pos})), tuple(sorted({w for _, w in neg})), suppressed


class WordFinder(Protocol):
    """Context words compiled for one entity: the matches of ``rules._both`` over lower-cased text."""

    def find_all(self, text: str) -> list[tuple[int, int, bool]]:
        """(start, end, positive) of every match, as ``re.finditer`` finds them."""
        ...

    def search(self, text: str) -> bool:
        """True when some word matches."""
        ...

    def context(
        self,
        before: str,
        after: str,
        low_before: str,
        low_after: str,
        languages: Mapping[str, Collection[str]],
        negative_in: Mapping[str, Collection[str]],
        hint: Callable[[], str | None] | None,
        attached: Callable[[str], bool],
    ) -> ContextFound | None:
        """:func:`context_of` with this finder's matches."""
        ...


class TenReaderLike(Protocol):
    def read(self, digits: str, sep: str, mask: int) -> list[TenReading] | None: ...


class LeadScannerLike(Protocol):
    """Runs a :class:`pii_scanner.detect.leads.LeadTable` over text (``leads.positions`` is the reference)."""

    def positions(self, text: str, start: int, end: int, limit: int) -> list[int]: ...

    def places(self, text: str, start: int, end: int, limit: int) -> list[int]: ...


def finding(
    cls: type[Finding],
    entity_type: str,
    start: int,
    end: int,
    score: float,
    value: str,
    normalized: str,
    explanation: Explanation,
    subtype: str | None,
    part: str | None,
) -> Finding:
    """``cls(...)`` with the nine fields of a :class:`Finding` in order: the reference for the compiled
    ``finding``, which sets them without running the frozen dataclass's ``__init__``."""
    return cls(entity_type, start, end, score, value, normalized, explanation, subtype, part)


#: The fields, in order, the compiled ``finding`` sets: it is used only while Finding has exactly these
#: and nothing runs after ``__init__`` (a test fails when Finding changes).
FINDING_FIELDS = ("entity_type", "start", "end", "score", "value", "normalized", "explanation", "subtype", "part")


def _plain_finding_class() -> bool:
    return tuple(f.name for f in fields(Finding)) == FINDING_FIELDS and not hasattr(Finding, "__post_init__")


MakeFinding = Callable[
    [type[Finding], str, int, int, float, str, str, Explanation, "str | None", "str | None"], Finding
]


@dataclass(frozen=True, slots=True)
class Kernel:
    """One implementation of the per-candidate steps. ``ten_facts`` may answer None (text it does
    not handle, such as non-ASCII digits): the caller then asks :func:`ten_facts`."""

    name: str
    windows: Callable[[str, int, int, int], tuple[str, str]]
    url_or_path: Callable[[str, int], bool]
    name_before: Callable[[str, int], bool]
    line_bounds: Callable[[str, int], tuple[int, int]]
    ten_facts: Callable[[str], tuple[str, str, int] | None]
    # Builds a WordFinder from (positive words, negative words); None: the rules' regexes are used.
    word_trie: Callable[[Sequence[str], Sequence[str]], WordFinder] | None = None
    # Builds a reader of ten-digit candidates from (today, exempt dates, scores); its ``read`` may
    # answer None (digits it does not handle): the caller then asks a pure :class:`TenReader`.
    ten_reader: Callable[[datetime.date, Collection[datetime.date], Sequence[float]], TenReaderLike] = TenReader
    # Builds a scanner of candidate starts from (moves, guard) of a LeadTable; None: the regex alone
    # searches (the pure path: a Python loop over every character would be slower than ``re``).
    lead_scanner: Callable[[Sequence[int], bool], LeadScannerLike] | None = None
    # Builds a Finding from its nine fields (``finding`` above is the reference).
    finding: MakeFinding = finding

    @property
    def compiled(self) -> bool:
        return self.name == "compiled"

    def __reduce__(self) -> tuple[Callable[[str], Kernel], tuple[str]]:
        # By name: a worker without the extension (another machine) unpickles the pure kernel.
        return _kernel_named, (self.name,)


PURE = Kernel("pure Python", windows, url_or_path, name_before, line_bounds, ten_facts)


def _load() -> ModuleType | None:
    try:
        import pii_scanner_native  # type: ignore[import-not-found]  # optional, built from native/
    except ImportError:
        return None
    speaks = getattr(pii_scanner_native, "ABI", None) == _ABI
    return pii_scanner_native if speaks and getattr(pii_scanner_native, "SOURCE", None) == _SOURCE else None


_NATIVE = _load()


def _kernel_named(name: str) -> Kernel:
    """The kernel called ``name`` in this process: the compiled one only where it is installed."""
    return (compiled_kernel() or PURE) if name == "compiled" else PURE


def available() -> bool:
    """True when the compiled kernel is installed (and speaks this version's interface)."""
    return _NATIVE is not None


def compiled_kernel() -> Kernel | None:
    """The compiled kernel, or None when it is not installed."""
    if _NATIVE is None:
        return None
    n = _NATIVE
    return Kernel(
        "compiled",
        n.windows,
        n.url_or_path,
        n.name_before,
        n.line_bounds,
        n.ten_facts,
        n.WordTrie,
        n.TenReader,
        n.LeadScanner,
        n.finding if _plain_finding_class() else finding,
    )


def word_finders(rules: Rules, kernel: Kernel) -> dict[str, WordFinder]:
    """The kernel's word finders for the rules: one per entity (over lower-cased text, the same
    matches as ``ContextWords.both``) and, under "", one for ``Rules.any_context``. Empty for a
    kernel without them (the pure one): the regexes are used."""
    if kernel.word_trie is None:
        return {}
    found = {
        entity: kernel.word_trie(words.words[0], words.words[1])
        for entity, words in rules.context.items()
        if words.both is not None
    }
    if rules.any_context is not None:
        found[""] = kernel.word_trie(rules.any_context_words, ())
    return found


def ten_reader(rules: Rules, today: datetime.date, kernel: Kernel) -> TenReaderLike:
    """The kernel's reader of ten-digit candidates under ``rules`` on ``today``."""
    scores = [rules.score(entity, key) for entity, key in TEN_SCORE_KEYS]
    return kernel.ten_reader(today, rules.mod11_exempt_dates, scores)


def select(setting: str = "auto", environ: Mapping[str, str] | None = None) -> Kernel:
    """The kernel to run under ``setting`` ("auto" or "off") and the environment: compiled when
    installed, unless the setting is "off" or ``PII_SCANNER_PURE_PYTHON`` is set to anything but
    "" or "0"."""
    if setting not in FAST_PATH_SETTINGS:
        raise ValueError(f"fast_path must be one of {', '.join(FAST_PATH_SETTINGS)}, got {setting!r}")
    env = os.environ if environ is None else environ
    if setting == "off" or env.get(PURE_ENV, "") not in ("", "0"):
        return PURE
    return compiled_kernel() or PURE
