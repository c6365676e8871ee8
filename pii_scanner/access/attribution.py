"""Whose data is where in one item's text: the subject's, a namesake's, or someone else's.

The index search and the name recognisers say *that* an item mentions the subject's name; this
module reads the text itself (live search, excerpts, verify-erasure) and decides *which* mention
is the subject:

1. Name occurrences: every PERSON finding, plus runs of capitalised or upper-case words holding a
   searched name token (the offline recogniser skips "NAMN: ASA LINDQVIST"; genitives such as
   "Kjærgaards" match through the subject key's -s variants). Adjacent pieces of one name are
   joined ("Lindqvist, Åsa").
2. Segments: each occurrence owns the text from its start (or its line's start) up to the next
   occurrence (or the next one's line, a blank line, or ``SEGMENT_CHARS``). Identifiers, phones,
   e-mails and addresses in a segment belong to that occurrence's person.
3. A subject-name occurrence whose segment holds the subject's own CPR/personnummer is confirmed;
   one whose segment holds a *different* number of a kind the subject was searched by is a
   namesake ("Jens Hansen, CPR 010203-XXXX" when the subject's CPR is another); else it is free.
4. The item's decision: ``answer`` (an identifier matched, or an exact name with nothing
   conflicting), ``review`` (a partial name, or a free name next to an unattributed conflicting
   number), ``namesake`` (every name occurrence is a namesake's).

Excerpt windows are the subject's own segments; inside them every finding that is not the
subject's (any score), every e-mail, phone-shaped number and known name word that is not theirs is
replaced by a placeholder, so a pack carries nothing of anyone else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache

from pii_scanner.access.known import known_findings
from pii_scanner.access.match import RANK, NameSpan, clusters, name_level
from pii_scanner.access.subject import SubjectKey, name_fp
from pii_scanner.core.entities import NATIONAL_IDS
from pii_scanner.core.model import Finding
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.detect.engine import NAME_PART
from pii_scanner.detect.known import base64_texts, percent_decoded
from pii_scanner.store.tokens import fold_name, name_tokens

SEGMENT_CHARS = 300  # a person's record rarely runs longer than this after their name
# Identifier kinds a subject can conflict on: a different number of the same kind is another person.
CONFLICT_KINDS = {"DK_CPR": "cpr", "SE_PERSONNUMMER": "personnummer"}
ANSWER_LEVELS = ("exact", "initial")
PLACEHOLDER = {
    "PERSON": "[NAME]",
    "DK_CPR": "[CPR]",
    "SE_PERSONNUMMER": "[PERSONNUMMER]",
    "EMAIL_ADDRESS": "[E-MAIL]",
    "PHONE_NUMBER": "[PHONE]",
    "LOCATION": "[ADDRESS]",
    "IBAN_CODE": "[ACCOUNT]",
    "CREDIT_CARD": "[CARD]",
}

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
_GAP = re.compile(r"[ \t]+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+")
# 8+ digits joined by up to three blanks, dashes (any: en, em, minus, soft hyphen), dots, slashes or
# underscores, or a leading +: phones, account and ID numbers in every form people write them
# ("230479/1007", "230479—1007", "23 04 79 - 10 07"). Possessive: a run that ends in a letter fails
# at once instead of being tried again at every split (a long line of digits stays linear).
_NUMBER = re.compile(
    r"(?<![\w])\+?\d(?:[ \t\u00a0\u202f\u2007\u2009\u200b-\u200d\u2060\ufeff.\-/_\u00ad\u2010-\u2015\u2212]{0,3}"
    r"\d){7,}+(?![\w])"
)
_ONE_DATE = r"(?:\d{4}[-.]\d{2}[-.]\d{2}|\d{2}[-.]\d{2}[-.]\d{4})"
# A date, or dates joined as a range ("01.05.2026 - 31.05.2026"): dates, not numbers to mask.
_DATE = re.compile(rf"^{_ONE_DATE}(?:[ \u00a0]{{0,2}}[-\u2013\u2014/][ \u00a0]{{0,2}}{_ONE_DATE})*$")


@dataclass(slots=True)
class Occurrence:
    start: int
    end: int
    spans: list[NameSpan]
    level: str | None  # best match against the searched names; None: someone else
    status: str = "other"  # confirmed | free | namesake | other
    seg_start: int = 0
    seg_end: int = 0


@dataclass(slots=True)
class Verdict:
    decision: str | None  # answer | review | namesake | None (not about the subject)
    matched: set[str] = field(default_factory=set)
    reason: str | None = None
    own: list[tuple[int, int]] = field(default_factory=list)  # the subject's values (shown as written)
    windows: list[tuple[int, int]] = field(default_factory=list)  # excerpt windows
    masks: list[tuple[int, int, str]] = field(default_factory=list)  # other people's data in the windows
    namesakes: int = 0


@cache
def _lexicon_words() -> frozenset[str]:
    """Folded first names and surnames of the offline recogniser (to mask names it did not report)."""
    try:
        from pii_scanner.detect.ner.lexicon import load_lexicon

        lex = load_lexicon()
    except (ImportError, OSError):
        return frozenset()
    ordinary = lex.ambiguous | lex.stopwords | lex.salutations | lex.fields | lex.titles | lex.not_names
    return frozenset(fold_name(w) for w in (lex.first | lex.last) - ordinary if len(w) > 2) - {
        fold_name(w) for w in ordinary
    }


@cache
def _title_words() -> frozenset[str]:
    """Words that stand before a person's name (hr., fru, dr., lægen), folded, without their dot."""
    try:
        from pii_scanner.detect.ner.lexicon import load_lexicon

        return frozenset(t.casefold().rstrip(".") for t in load_lexicon().titles if " " not in t)
    except (ImportError, OSError):
        return frozenset()


def names_the_subject(fp: Fingerprinter, key: SubjectKey, text: str) -> str:
    """The words of ``text`` (a file or folder name) that are one searched full name (two or more tokens,
    every one present), in the order written; "" when none is."""
    words = [(t, name_fp(fp, t)) for t in name_tokens(text)]
    fps = {f for _, f in words}
    for nk in key.names:
        if len(nk.tokens) > 1 and all(any(v in fps for v in variants) for variants in nk.tokens):
            wanted = nk.all_fps
            return " ".join(dict.fromkeys(t for t, f in words if f in wanted))
    return ""


def _known_name(word: str, names: frozenset[str]) -> bool:
    folded = fold_name(word)
    return folded in names or (folded.endswith("s") and folded[:-1] in names)  # a genitive too


def _names_a_person(word: str, before: str, names: frozenset[str]) -> bool:
    """A name word written in lower case ("hr. jensen", "p. hansen", "dr. lise nielsens"): known, and
    right after a title, an initial or another such name. The recogniser takes capitalised words only."""
    if not _known_name(word, names):
        return False
    prev = before.rstrip()
    if len(prev) == len(before):  # not separated by a blank
        return False
    last = prev.rsplit(None, 1)[-1] if prev else ""
    return (len(last) == 2 and last[0].isalpha() and last[1] == ".") or last.casefold().rstrip(".") in _title_words()


def lexicon_words() -> frozenset[str]:
    """Folded first names and surnames (not ordinary words) the offline recogniser knows."""
    return _lexicon_words()


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def text_name_spans(text: str, fp: Fingerprinter, wanted: set[str]) -> list[NameSpan]:
    """Runs of capitalised or upper-case words around searched name tokens (any letter case)."""
    cache_fp: dict[str, str] = {}

    def fps(word: str) -> list[tuple[str, bool]]:
        out = []
        for tok in name_tokens(word):
            if tok not in cache_fp:
                cache_fp[tok] = name_fp(fp, tok)
            out.append((cache_fp[tok], len(tok) == 1))
        return out

    spans: list[NameSpan] = []
    run: list[tuple[int, int, list[tuple[str, bool]]]] = []

    def flush() -> None:
        hits = [n for n, (_, _, toks) in enumerate(run) if any(f in wanted and not i for f, i in toks)]
        if hits:
            lo, hi = hits[0], hits[-1]
            if lo > 0 and all(i for _, i in run[lo - 1][2]):  # "Å. Lindqvist": keep the initial
                lo -= 1
            tokens = tuple(t for _, _, toks in run[lo : hi + 1] for t in toks)
            spans.append(NameSpan(None, run[lo][0], run[hi][1], tokens))
        run.clear()

    prev_end = -1
    for m in _WORD.finditer(text):
        word = m.group()
        if not _capitalised(word):
            flush()
            prev_end = -1
            continue
        end = m.end() - (1 if word.endswith(".") and len(word) > 2 else 0)
        if run and not (prev_end >= 0 and _GAP.fullmatch(text[prev_end : m.start()] or " ")):
            flush()
        run.append((m.start(), end, fps(word.rstrip(".") if len(word) > 2 else word)))
        prev_end = m.end()
    flush()
    return spans


_JOIN = re.compile(r"[ \t]*,?[ \t]*")


def _clusters(text: str, spans: list[NameSpan]) -> list[list[NameSpan]]:
    """Adjacent pieces of one name ("Lindqvist, Åsa"), as match.clusters, but never across a line
    break: a list of "Surname, First" lines is many people."""

    def adjacent(prev: NameSpan, span: NameSpan) -> bool:
        return prev.end <= span.start and _JOIN.fullmatch(text[prev.end : span.start]) is not None

    return clusters(spans, adjacent)


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _block_end(text: str, pos: int) -> int:
    m = _BLANK_LINE.search(text, pos)
    return m.start() if m else len(text)


def occurrences(
    text: str, fp: Fingerprinter, key: SubjectKey, findings: Sequence[Finding], *, loose: bool = False
) -> list[Occurrence]:
    """Every name occurrence in the text, matched against the subject and given its segment."""
    person = [
        NameSpan(None, f.start, f.end, tuple((name_fp(fp, t), len(t) == 1) for t in name_tokens(f.value)))
        for f in findings
        if f.entity_type == "PERSON"
    ]
    wanted = set().union(*(n.all_fps for n in key.names)) if key.names else set()
    extra = [
        s
        for s in (text_name_spans(text, fp, wanted) if wanted else [])
        if not any(p.start < s.end and s.start < p.end for p in person)
    ]
    occs: list[Occurrence] = []
    for cluster in _clusters(text, [*person, *extra]):
        levels = [lv for n in key.names if (lv := name_level(n, cluster, loose=loose))]
        level = min(levels, key=lambda lv: RANK[lv]) if levels else None
        occs.append(Occurrence(cluster[0].start, max(s.end for s in cluster), list(cluster), level))
    occs.sort(key=lambda o: o.start)
    for n, occ in enumerate(occs):
        prev_end = occs[n - 1].end if n else 0
        occ.seg_start = max(prev_end, _line_start(text, occ.start))
        limit = min(_block_end(text, occ.end), occ.end + SEGMENT_CHARS)
        if n + 1 < len(occs):
            nxt = occs[n + 1].start
            nxt_line = _line_start(text, nxt)
            limit = min(limit, nxt if nxt_line <= occ.end else nxt_line)
        occ.seg_end = max(limit, occ.end)
    return occs


def _owner(occs: Sequence[Occurrence], pos: int) -> Occurrence | None:
    for occ in occs:
        if occ.seg_start <= pos < occ.seg_end:
            return occ
    return None


def attribute(
    text: str,
    fp: Fingerprinter,
    key: SubjectKey,
    findings: Sequence[Finding],
    *,
    loose: bool = False,
    header_matches: set[str] | None = None,
    mask_findings: Sequence[Finding] | None = None,
) -> Verdict:
    """Decide whether (and where) the item's text concerns the subject; see the module doc.

    ``findings`` (above the reporting threshold) decide; ``mask_findings`` (every candidate, any
    score; default ``findings``) are masked in the excerpt windows when they are not the subject's.
    """
    kinds = key.ident_fps
    searched = {k.kind for k in key.idents}
    # A finding in the item's own name has offsets into that name, not into the text: it says the
    # item concerns someone, but it owns no span of the text, opens no window and masks nothing.
    in_name = [f for f in findings if f.part == NAME_PART]
    findings = [f for f in findings if f.part != NAME_PART]
    if mask_findings is not None:
        mask_findings = [f for f in mask_findings if f.part != NAME_PART]
    occs = occurrences(text, fp, key, findings, loose=loose)
    foreign = _foreign_addresses(fp, key, mask_findings or findings)
    mine = _Mine(fp, key)
    own_ids: list[Finding] = []
    conflicts: list[Finding] = []
    matched = set(header_matches or ())
    named_by_name = False
    unattributed_conflict = False
    for f in in_name:
        if f.entity_type == "PERSON":
            if names_the_subject(fp, key, f.value):  # "CV Søren Østergaard.pdf", a folder named so
                named_by_name = True
                matched.add("name:exact")
            continue
        kind = kinds.get(fp(f.normalized))
        if kind:
            named_by_name = True
            matched.add(kind)
        elif CONFLICT_KINDS.get(f.entity_type) in searched:
            unattributed_conflict = True
    for f in findings:
        if f.entity_type == "PERSON":
            continue
        kind = kinds.get(fp(f.normalized))
        if kind:
            own_ids.append(f)
            matched.add(kind)
        elif CONFLICT_KINDS.get(f.entity_type) in searched:
            conflicts.append(f)
    for f in own_ids:
        occ = _owner(occs, f.start)
        if occ is not None and occ.level is not None:
            occ.status = "confirmed"
    for f in conflicts:
        occ = _owner(occs, f.start)
        if occ is None:
            unattributed_conflict = True
        elif occ.level is not None and occ.status != "confirmed":
            occ.status = "namesake"
    subject_occs = [o for o in occs if o.level is not None]
    for occ in subject_occs:
        if occ.status == "other":
            occ.status = "free"
    usable = [o for o in subject_occs if o.status in ("confirmed", "free")]
    namesakes = sum(o.status == "namesake" for o in subject_occs)
    best = min((o.level for o in usable if o.level), key=lambda lv: RANK[lv], default=None)
    if best is not None:
        matched.add("name:" + best)
    verdict = Verdict(None, matched, namesakes=namesakes)
    if own_ids or header_matches or named_by_name:
        verdict.decision = "answer"
    elif best is None:
        if namesakes:
            verdict.decision, verdict.reason = (
                "namesake",
                "same name, but next to a different CPR/personnummer: another person",
            )
            verdict.matched = {"name:namesake"}
        return (
            _finish(verdict, text, occs, own_ids, mask_findings or findings, foreign, mine)
            if verdict.decision
            else verdict
        )
    elif best not in ANSWER_LEVELS:
        verdict.decision, verdict.reason = "review", f"partial name match ({best})"
    elif unattributed_conflict:
        verdict.decision = "review"
        verdict.reason = "name matches, but the item also holds a different CPR/personnummer: check for a namesake"
    elif best == "initial" and _surname_shared(occs):
        verdict.decision, verdict.reason = "review", "initial and surname only, and another person shares the surname"
    else:
        verdict.decision = "answer"
    return _finish(verdict, text, occs, own_ids, mask_findings or findings, foreign, mine)


def _surname_shared(occs: Sequence[Occurrence]) -> bool:
    """Another name occurrence (not the subject) holds one of the subject's matched occurrence's tokens."""
    mine = {f for o in occs if o.level for s in o.spans for f, i in s.tokens if not i}
    return any(o.level is None and mine & {f for s in o.spans for f, i in s.tokens if not i} for o in occs)


_LOCAL_WORDS = re.compile(r"[^\W\d_]+")


def _foreign_addresses(fp: Fingerprinter, key: SubjectKey, findings: Sequence[Finding]) -> set[tuple[int, int]]:
    """E-mail addresses that name someone else ("cc peter.olsen@firma.dk" in the subject's own line):
    a known first name or surname in the local part that is none of the subject's name words. The
    subject's own searched address is theirs whatever it holds."""
    wanted: set[str] = set().union(*(n.all_fps for n in key.names)) if key.names else set()
    names = _lexicon_words()
    mine = key.email_fps
    out: set[tuple[int, int]] = set()
    for f in findings:
        if f.entity_type != "EMAIL_ADDRESS" or fp(f.normalized) in mine or fp(f.value.strip().casefold()) in mine:
            continue
        for word in _LOCAL_WORDS.findall(f.value.split("@", 1)[0]):
            if (
                len(word) > 2
                and fold_name(word) in names
                and not any(name_fp(fp, tok) in wanted for tok in name_tokens(word))
            ):
                out.add((f.start, f.end))
                break
    return out


def _finish(
    verdict: Verdict,
    text: str,
    occs: Sequence[Occurrence],
    own_ids: Sequence[Finding],
    findings: Sequence[Finding],
    foreign: AbstractSet[tuple[int, int]] = frozenset(),
    mine: _Mine | None = None,
) -> Verdict:
    """The subject's own spans, the excerpt windows and what to mask inside them."""
    shown = [
        o
        for o in occs
        if o.status == "confirmed" or (o.status == "free" and o.level in ANSWER_LEVELS and verdict.decision == "answer")
    ]
    own: list[tuple[int, int]] = [(s.start, s.end) for o in shown for s in o.spans]
    own += [(f.start, f.end) for f in own_ids]
    windows = [(o.seg_start, o.seg_end) for o in shown]
    for f in own_ids:
        if not any(lo <= f.start < hi for lo, hi in windows):
            lo = max([_line_start(text, f.start)] + [o.end for o in occs if o.end <= f.start])
            line_end = text.find("\n", f.end)
            hi = min([len(text) if line_end < 0 else line_end] + [o.start for o in occs if o.start >= f.end])
            windows.append((lo, max(hi, f.end)))
    windows = _merge(windows)
    # A segment opened by a greeting ("Kære Søren Østergaard, ring til mig på ...") is the writer's text
    # to the subject: its phones, e-mails and addresses are the writer's, not the subject's own.
    owning = [o for o in shown if not _addressed(text, o)]
    in_own_segment = {(f.start, f.end) for f in findings if any(o.seg_start <= f.start < o.seg_end for o in owning)}
    masks: list[tuple[int, int, str]] = []
    own_set = set(own)
    for f in findings:
        if (f.start, f.end) in own_set or not _inside(windows, f.start):
            continue
        if f.entity_type == "PERSON" or (f.start, f.end) not in in_own_segment or (f.start, f.end) in foreign:
            masks.append((f.start, f.end, PLACEHOLDER.get(f.entity_type, "[REDACTED]")))
        elif f.entity_type in NATIONAL_IDS:
            masks.append((f.start, f.end, PLACEHOLDER.get(f.entity_type, "[ID]")))
    for o in occs:
        if o not in shown:
            masks += [
                (s.start, s.end, "[NAME]")
                for s in o.spans
                if _inside(windows, s.start) and (s.start, s.end) not in own_set
            ]
    masks += _stray(text, windows, own, in_own_segment, mine)
    verdict.own, verdict.windows, verdict.masks = sorted(set(own)), windows, sorted(set(masks))
    return verdict


# Salutations: the name after them is the one the writer speaks to. An addressee line ("Til: ...",
# "Att.") is not one: the address or phone written with the name there is the addressee's.
_GREETINGS = frozenset(
    {"kære", "hej", "hejsa", "hey", "hi", "hello", "dear", "hei", "hallo", "goddag", "god morgen", "godmorgen"}
    | {"bäste", "bästa", "käre", "kära", "tjena", "hejhej"}
)


def _addressed(text: str, occ: Occurrence) -> bool:
    """Whether the occurrence is greeted at the start of its line ("Kære Søren Østergaard,")."""
    before = text[_line_start(text, occ.start) : occ.start].strip().rstrip(",:;!").strip().casefold()
    return before in _GREETINGS


def _merge(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(a, b) for a, b in out]


def _inside(windows: Sequence[tuple[int, int]], pos: int) -> bool:
    return any(lo <= pos < hi for lo, hi in windows)


def _stray(
    text: str,
    windows: Sequence[tuple[int, int]],
    own: Sequence[tuple[int, int]],
    reported: set[tuple[int, int]],
    mine: _Mine | None = None,
) -> list[tuple[int, int, str]]:
    """Fail closed: e-mails, long numbers and known name words no finding accounts for."""

    def covered(s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in own) or any(a < e and s < b for a, b in reported)

    names = _lexicon_words()
    out: list[tuple[int, int, str]] = []
    for lo, hi in windows:
        chunk = text[lo:hi]
        for m in _EMAIL.finditer(chunk):
            s, e = lo + m.start(), lo + m.end()
            if not covered(s, e):
                out.append((s, e, "[E-MAIL]"))
        for m in _NUMBER.finditer(chunk):
            if not _DATE.match(m.group()):
                out += _uncovered_numbers(text, lo + m.start(), lo + m.end(), [*own, *reported])
        decoded = percent_decoded(chunk)
        if decoded is not None:  # a link's query hides them: "cpr=150582%2D4321", "jens%40x.dk", "2233%204455"
            view, places = decoded
            for m in _EMAIL.finditer(view):
                s, e = lo + places[m.start()][0], lo + places[m.end() - 1][1]
                if e - s > m.end() - m.start() and not covered(s, e):
                    out.append((s, e, "[E-MAIL]"))
            for m in _NUMBER.finditer(view):
                s, e = lo + places[m.start()][0], lo + places[m.end() - 1][1]
                if e - s > m.end() - m.start() and not _DATE.match(m.group()):
                    # A run may join the subject's number and another's ("120385%2D1002%2F2304791007"):
                    # the pieces no known span accounts for, in the decoded view, are masked.
                    known = [
                        (i, i + 1)
                        for i in range(m.start(), m.end())
                        if any(a < lo + places[i][1] and lo + places[i][0] < b for a, b in [*own, *reported])
                    ]
                    for a, b, _ in _uncovered_numbers(view, m.start(), m.end(), known):
                        out.append((lo + places[a][0], lo + places[b - 1][1], "[NUMBER]"))
        for s, e, plain in base64_texts(chunk):  # a blob of an export: decoded, it may write anyone's values
            if not covered(lo + s, lo + e):
                if _holds_values(plain, (), mine.is_name_word if mine is not None else None):
                    out.append((lo + s, lo + e, "[ENCODED]"))
            elif mine is not None:
                # The subject's value inside made the blob "theirs"; decoded, it may write someone else's
                # too. Then it is masked, naming the subject's own values it holds as they are written.
                theirs = mine.values_in(plain)
                if _holds_values(plain, [(a, b) for a, b, _ in theirs], mine.is_name_word):
                    written = ", ".join(dict.fromkeys(v for _, _, v in theirs))
                    out.append((lo + s, lo + e, f"[ENCODED: holds {written} and another person's data]"))
        after_name = -1  # where the last lower-case name masked here ended: the next name word goes too
        for m in _WORD.finditer(chunk):
            word = m.group().rstrip(".")
            s, e = lo + m.start(), lo + m.start() + len(word)
            if len(word) <= 2 or covered(s, e):
                continue
            if _capitalised(word):
                if fold_name(word) in names:
                    out.append((s, e, "[NAME]"))
            elif (after_name >= 0 and not text[after_name:s].strip() and _known_name(word, names)) or (
                _names_a_person(word, text[max(lo, s - 40) : s], names)
            ):
                out.append((s, e, "[NAME]"))
                after_name = e
    return out


def _holds_values(
    text: str,
    theirs: Sequence[tuple[int, int]] = (),
    is_subject_word: Callable[[str], bool] | None = None,
) -> bool:
    """Whether ``text`` writes an e-mail address or a number of 8+ digits that is no date, outside the
    subject's own spans (``theirs``); with ``is_subject_word``, also a known name word not the subject's."""

    def outside(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in theirs)

    if any(outside(m.start(), m.end()) for m in _EMAIL.finditer(text)):
        return True
    for m in _NUMBER.finditer(text):
        if not _DATE.match(m.group()) and _uncovered_numbers(text, m.start(), m.end(), theirs):
            return True
    if is_subject_word is None:
        return False
    names = _lexicon_words()
    return any(
        _capitalised(w) and fold_name(w) in names and not is_subject_word(w)
        for m in _WORD.finditer(text)
        if len(w := m.group().rstrip(".")) > 2 and outside(m.start(), m.end())
    )


class _Mine:
    """The subject's own values and name words as the fail-closed masking asks for them."""

    def __init__(self, fp: Fingerprinter, key: SubjectKey) -> None:
        self._fp, self._key = fp, key
        self._name_fps: set[str] = set().union(*(n.all_fps for n in key.names)) if key.names else set()

    def values_in(self, text: str) -> list[tuple[int, int, str]]:
        """The subject's CPR, personnummer, phones and e-mails ``text`` writes: start, end, as written."""
        return [(f.start, f.end, f.value) for f in known_findings(text, self._fp, self._key)]

    def is_name_word(self, word: str) -> bool:
        return any(name_fp(self._fp, tok) in self._name_fps for tok in name_tokens(word))


_DIGITS = re.compile(r"\d(?:.*\d)?", re.S)


def _uncovered_numbers(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The pieces of one number run that no known span accounts for and that still hold 8+ digits: a run
    joining the subject's own CPR and someone else's ("120385-1002 / 230479-1007") masks the other one."""
    inside = sorted((max(a, start), min(b, end)) for a, b in spans if a < end and start < b)
    pieces, pos = [], start
    for a, b in inside:
        if a > pos:
            pieces.append((pos, a))
        pos = max(pos, b)
    if pos < end:
        pieces.append((pos, end))
    out = []
    for a, b in pieces:
        m = _DIGITS.search(text, a, b)  # the piece without the separators at its ends
        if m and sum(c.isdigit() for c in m.group()) >= 8:
            out.append((m.start(), m.end(), "[NUMBER]"))
    return out


def render_excerpts(text: str, verdict: Verdict) -> list[str]:
    """The windows as text: the subject's values as written, everything in ``masks`` replaced."""
    out = []
    for lo, hi in verdict.windows:
        pieces: list[str] = []
        pos = lo
        for start, end, shown in verdict.masks:
            if start < lo or start >= hi:
                continue
            if start < pos:  # overlaps the mask before it: what it covers past that one is hidden too
                pos = max(pos, end)
                continue
            pieces.append(text[pos:start])
            pieces.append(shown)
            pos = max(pos, end)
        pieces.append(text[pos:hi] if pos < hi else "")
        body = "".join(pieces).strip()
        if body:
            out.append(("…" if lo > 0 else "") + body + ("…" if hi < len(text) else ""))
    return out
