"""Offline name recognizer: name lists plus cues, for when no spaCy pipeline is installed.

A bare "capitalised word in a name list" match is wrong on streets, firms and places named after
people ("H.C. Andersens Boulevard", "Lars Larsen Group") and on name-words used as words ("Per
capita", "Dag for dag"). So a span is accepted only on evidence: a known first name followed by
more name-like words, a cue around it (salutation, signature, "Navn:" field, From/To/Cc line, mail
display name, a title such as "direktør"), or a surname already seen in a full name in the same
text. Street, place and company words right after a run reject it. Scores stay below a model's.

Cost is linear: one regex pass over the text; each run looks at a bounded window around itself.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, repeat

from pii_scanner.core.model import Explanation, Finding
from pii_scanner.core.regex_cache import regex
from pii_scanner.detect.ner import name_kernel
from pii_scanner.detect.ner.columns import ColumnHeaders, column_header, name_cells
from pii_scanner.detect.ner.lexicon import Lexicon, load_lexicon

NAME = "ner_fallback"


def _letters(upper: bool) -> str:
    """Latin letters with diacritics (Latin-1, Extended-A/B, Extended Additional) of one case: Polish,
    Turkish, Vietnamese ("Zieliński", "Nguyễn Thị Lan") are written with them."""
    ranges = (range(0xC0, 0x250), range(0x1E00, 0x1F00))
    return "".join(c for r in ranges for c in map(chr, r) if (c.isupper() if upper else c.islower()) and c.isalpha())


_UP = "A-Z" + _letters(True)
_LOW = "a-z" + _letters(False)
_WORD = rf"[{_UP}](?:['’][{_UP}])?[{_LOW}]+(?:['’][{_LOW}]+)?(?:-[{_UP}]?[{_LOW}]+)*"
_INITIAL = rf"[{_UP}]\.(?:-?[{_UP}]\.)*"
_LOW_WORD = rf"[{_LOW}]{{2,}}"
_PARTICLE = r"(?:von|van|der|den|de|af|du|la|le|di|da|del|della|dos|das|el|al|bin|ibn|ben|zu|ter|ten)"
_TOKEN = rf"(?:{_WORD}|{_INITIAL})"
RUN = regex(rf"(?<![\w@.]){_TOKEN}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_TOKEN})*(?![\w@])")
# A name written in capitals ("NAMN: ÅSA LINDQVIST"); judged apart, on a field label or a known name.
_CAPS_WORD = rf"[{_UP}]{{2,}}(?:['’-][{_UP}]{{2,}})*"
# Words one or two blanks apart: a wider gap separates columns ("MORTEN LARSEN          SARA ELKJÆR").
# The first capital before the look-behind: a pattern led by a letter class skips ahead in C (~4x faster over a
# whole text than a look-behind tried at every position); the same matches.
CAPS_RUN = regex(rf"[{_UP}](?<![\w@./-].)[{_UP}]+(?:['’-][{_UP}]{{2,}})*(?:[ \t]{{1,2}}{_CAPS_WORD}){{0,4}}(?![\w@/])")
_INITIALS_SLASH = regex(rf"[ \t>]*[{_UP}]{{0,4}}/")  # "JH/Jens Hansen", "/Jakob" opening a line, "> /Jakob" quoted
_INITIAL_RE = regex(_INITIAL)
_PARTICLE_RE = regex(_PARTICLE)
_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))
_CAPITAL_PARTICLES = frozenset({"von", "af", "van", "zu", "ter", "ten", "du"})
_ARABIC_PARTICLES = frozenset({"el", "al", "abu", "ben", "bin", "ibn"})  # capitalised inside a name: "Nadia El Amrani"
_SHAPE = regex(
    r"(?:sen|søn|sson|son|ström|strøm|berg|gaard|gård|kvist|qvist|lund|holm|dahl|feldt|stedt|skov|bjerg"
    r"|rup|gren|blad|ling|inen|nen|ski|wska|cki|wicz|oğlu|oglu|ović|ić|ová|enko|zadeh|poulos|escu|yan|dotter|dóttir)s?$"
)
_STREET_SUFFIX = regex(
    r"(?:vej|gade|stræde|allé|plads|torv|gatan|vägen|torget|torg|gränd|platsen|veien|gata|gaten|plass|firma)$"
)
_NEXT_WORD = regex(r"[ \t]*['’]?[ \t]*(&|[\w/.]+)")
_AGE = regex(r"[ \t]*\(\d{1,3}(?:[ \t]*år)?\)")  # "Jens Hansen (45)" in news
_DISPLAY = regex(r"[\"']?[ \t]*<[^<>\s]+@")
_LINE_HEAD = regex(r"[ \t>*•-]*([^\W\d][\w .-]{0,30}?)[ \t]*:")
_WORDS_BEFORE = regex(r"([\w.]+)[ \t,]*$")

# Kinds of tokens in a run.
FIRST, AMBIG, LAST, BOTH, INIT, PART, SHAPE, OTHER, STOP, CUE, TITLE, STREET, STREET_END = range(13)
# STREET_END: a word shaped like a street name ("Vestergade"); a street only as a run's last word,
# a name before another name ("Solvej Trolle").
_NAMEY = {FIRST, AMBIG, LAST, BOTH, INIT, PART, SHAPE, OTHER}


@dataclass(frozen=True, slots=True)
class _Plain:
    """A run of name-like words, judged once per distinct run (see ``_plain``)."""

    length: int
    seg_length: int  # without trailing initials
    kinds: tuple[int, ...]
    keys: tuple[str, ...]
    ends: tuple[int, ...]
    field_last: bool  # the last word could label the next field ("... Närvarande:")
    seen: frozenset[str]
    surnames: frozenset[str]
    unknown: bool  # two or three unknown words: a name if a list or a pronoun says so
    brand: bool = False  # the run names a firm or place after a person ("Georg Jensen")
    first: str = ""  # the first name, for later mentions of it alone ("Sten" after "Sten Holm")


@dataclass(slots=True)
class _Seg:
    start: int
    end: int
    kinds: list[int]
    keys: list[str]
    cues: Sequence[str]
    ends: list[int]

    def pop(self) -> None:
        self.kinds.pop()
        self.keys.pop()
        self.ends.pop()


class FallbackNameFinder:
    """PERSON spans from name lists and cues; language-independent across da/sv/nb/fi/en."""

    def __init__(self, lexicon: Lexicon | None = None, *, fast_path: str = "auto") -> None:
        """``fast_path``: "auto" runs the compiled run pass when it is installed (``name_kernel``),
        "off" the pure-Python one; both find the same names."""
        self.lex = lexicon or load_lexicon()
        self._kernel = name_kernel.select(fast_path)
        self._person = name_kernel.person_maker(self._kernel)  # a PERSON Finding from its fields
        self._any_in = name_kernel.any_in(self._kernel)
        self._caps_pair = name_kernel.caps_pair(self._kernel, _has_caps_pair)
        # A sign-off ends the line ("Med venlig hilsen") or opens it before a comma; str.endswith and
        # str.startswith take tuples, which keeps this check in C.
        sigs = self.lex.signatures
        self._sig_exact = frozenset(sigs) | self.lex.closings  # "Tak!" alone on its line signs off too
        self._sig_tail = tuple(" " + sig for sig in sigs)
        self._sig_head = tuple(sig + "," for sig in sigs)
        # compound roles ("Landsholdstræner"); "-dotter"/"-datter" end patronymic surnames ("Persdotter")
        self._title_tails = tuple(
            t for t in self.lex.titles if len(t) >= 5 and " " not in t and t not in ("dotter", "datter")
        )
        # Street and firm words as compound tails; "-gård" ends many surnames (Kjærgård) and stays out.
        self._org_tails = (
            *(w for w in self.lex.street_words if len(w) >= 4 and not w.startswith("gård")),
            *_STREET_TAILS,
        )
        self._kinds: dict[str, int] = {}
        self._tokens: dict[str, tuple[int, str, bool]] = {}
        self._blocking: dict[str, bool] = {}
        self._explanations: dict[tuple[str, tuple[str, ...]], Explanation] = {}
        self._plains: dict[str, _Plain | None] = {}  # run -> its words judged once, or None
        # (run, cue bits) -> (score, value, normalised value, explanation) of a plain run
        self._decided_plain: dict[tuple[str, int], tuple[float, str, str, Explanation]] = {}
        self._decided_one: dict[tuple[str, int], tuple[float, str, int, str]] = {}  # ... and the word's class, key
        self._templates: dict[tuple[str, int], tuple[_Part, ...]] = {}  # (run, bits) -> its judged segments
        self._salutes: dict[str, bool] = {}  # a line's first word -> it is a salutation
        self._labels: dict[str, bool] = {}  # the text before a line's colon -> it is a person-field label
        self._next_facts_cache: dict[str, int] = {}  # the word after a run -> _NEXT_SEEN | _BLOCKS | _NEXT_SPEECH
        self._mask_explanations: dict[tuple[str, int], Explanation] = {}
        self._normalized: dict[str, str] = {}
        self._word_cues: dict[str, int] = {}  # a word before a run -> _TITLE, _SPEECH or 0
        self._layout_looks: dict[str, int] = {}  # a name's value -> what the layout check looks at in it
        self._join_looks: dict[str, tuple[int, int, str] | tuple[()]] = {}  # a name's value -> _join_look
        self._split_heads: set[str] | None = None  # listed surnames less their last letters (_ocr_split)
        self._first_keys: dict[str, str] = {}  # a name's value -> its listed first name, casefolded, or ""
        self._value_memo: dict[str, int] = {}  # a name's value -> its _VALUE_* bits (_value_facts)
        self._split_memo: dict[str, bool] = {}  # a name's value -> does its last word head a split surname
        self._lower_memo: tuple[str, str] | None = None  # the text being read and its lower-casing (_lowered)
        self._headers = ColumnHeaders(self.lex.column_first, self.lex.column_last, self.lex.column_full)
        if "" in self.lex.salutations:  # the line-opening shortcut in _context relies on it
            raise ValueError("an empty salutation in the name cues")
        # Every sign-off holds its last word: a text or line without any of these holds no sign-off
        # (plain substring tests; a regex alternation of the sign-offs is tried at every position).
        # A word holding another one ("hilsener", "takk", "mødelokalet") finds nothing that one does not.
        self._sig_words = _shortest({sig.rsplit(" ", 1)[-1] for sig in self._sig_exact})
        self._thing_words = _shortest(self.lex.named_things | self.lex.creatures)
        self._folded_any_in = name_kernel.folded_any_in(self._kernel)
        # "hunden Bjørn": the creature word and the blank before its name, as written (lower case or capitalised)
        self._creature_words = tuple(sorted({form + " " for w in self.lex.creatures for form in (w, w.capitalize())}))
        # Pieces of a text are case-folded with this much overlap: more than the longest word looked for.
        self._overlap = max((64, *(len(w) + 1 for w in (*self._sig_words, *self._thing_words))))
        # What the compiled run pass reads (the memo tables are shared with the pure one).
        never = sum(1 << kind for kind in _ALONE_NEVER)  # bits of a C long: 32 on Windows
        if never >= 1 << 31:
            raise ValueError("a word class beyond 30 cannot be handed to the compiled run pass")
        fields = self.lex.fields
        self._tables = (
            *(self._tokens, self._plains, fields, self._next_facts_cache, self._word_cues, never),
            *(self._salutes, self._labels, self._sig_words),
            *(self._sig_exact, self._sig_tail, self._sig_head, _SIG_STRIP),
        )
        # What the compiled judging of the runs reads (``_judge_records``' twin): the memo tables, the cue
        # names per bits, how a PERSON finding is made, and the helpers it calls on a miss or a rare branch.
        self._judge_tables = (
            *(self._decided_one, self._decided_plain, self._templates, self._plains, self._normalized),
            *(self._mask_explanations, _CUES, name_kernel.person_class(self._kernel), self._person),
            *(_particle_start, _Seg, LAST),
        )

    def _lowered(self, text: str) -> str:
        """``text.lower()``, done once for the passes of one ``find`` that need it (the column headers, the
        informal names in lower case); ``find`` forgets it when it returns."""
        memo = self._lower_memo
        if memo is not None and memo[0] is text:
            return memo[1]
        low = text.lower()
        self._lower_memo = (text, low)
        return low

    @property
    def compiled(self) -> bool:
        """Does this finder run the compiled run pass?"""
        return self._kernel is not None

    def find_many(self, texts: Sequence[str], langs: Sequence[str | None]) -> list[list[Finding]]:
        return [self.find(text) for text in texts]

    # --- per text -------------------------------------------------------------------------
    def find(self, text: str) -> list[Finding]:
        pending: list[_Pending] = []  # one-word runs not taken alone: mentions of a name found later?
        found: list[Finding] = []
        seen: set[str] = set()  # name tokens of accepted multi-word names (for lone mentions later)
        has_sig, has_things = self._text_words(text)
        heads = _Lines(has_sig)  # per line: what the cues need
        unknown: list[_Seg] = []  # runs of two or three unknown capitalised words ("Zainab Qureshi")
        surnames: set[str] = set()  # their last words, and "von Essen" forms with the particle
        firsts: set[str] = set()  # their first names
        kernel = self._kernel
        if kernel is None:
            records = self._runs(text, heads)
            self._judge_records(text, heads, records, found, pending, unknown, seen, surnames, firsts)
        else:  # both in one pass, each run judged as it is found
            kernel.find_runs(
                self,
                self._tables,
                self._judge_tables,
                text,
                heads,
                heads.sig,
                found,
                pending,
                unknown,
                seen,
                surnames,
                firsts,
            )
        if unknown and found:
            found.extend(self._coordinated(text, unknown, found))
            found.extend(self._repeated(text, unknown, found, surnames, seen))
        if unknown:
            found.extend(self._referred_to(text, unknown, found))
        if " & " in text and found:  # "Panel: Sol Mikkelsen & Ulrik Bonde": two people, not a firm
            found.extend(self._ampersand_pair(text, found))
        if self._caps_pair(text):
            capitals = self._capitals(text)
            register = self._caps_register(text)
            if register:  # "HOLM GUN    32.292,00": the whole line's name, not a word of it
                capitals = _replacing(capitals, register)  # the register's findings last
                kept = _replacing(found, register)
                found = kept[: len(kept) - len(register)]
            found.extend(capitals)
            found.extend(self._caps_again(text, found))  # "...: BO WESTERLUND" in a headline, "Bo Westerlund" below
            for f in capitals:  # "JENS PETER KROGH" ... "Krogh" later
                keys = f.normalized.casefold().split()
                if len(keys) > 1:
                    seen.update(keys)
                    surnames.add(keys[-1])
        if ", " in text and _SURNAME_FIRST_GATE.search(text) is not None:
            found = self._surname_first(text, found)
        if ", " in text and _CAPS_SURNAME_FIRST_GATE.search(text) is not None:  # "HOLM, METTE", "GRANT, Linn"
            caps_items = self._caps_surname_first(text)
            if caps_items:
                found = sorted(_replacing(found, caps_items), key=lambda f: f.start)
                for f in caps_items:
                    keys = f.normalized.casefold().split()
                    seen.update(keys)
                    surnames.add(keys[-1])
        if _VIETNAMESE_GATE.search(text) is not None:  # "Nguyen Thi Hoa", "Tran, Van Minh"
            vietnamese = self._vietnamese(text)
            if vietnamese:
                found = sorted(_replacing(found, vietnamese), key=lambda f: f.start)
                for f in vietnamese:
                    keys = f.normalized.casefold().split()
                    seen.update(keys)
                    surnames.add(keys[0])  # the family name comes first: "Nguyen kender branchen"
        colon = ":" in text
        colon_lines = _colon_line_starts(text) if colon else []  # roster, chat and field lines hold a colon
        if colon:
            found.extend(self._listed(text, found, colon_lines))
        naming = self._any_in(text, _NAMING_VERBS)
        lower_value = colon and _LOWER_VALUE.search(text) is not None  # a colon before a word in lower case
        if lower_value or naming:  # "Navn: nadia el-khatib", "jag heter hodan ali"
            lowered = self._lower_case(text, found, colon_lines if lower_value else [], naming)
            if lowered:
                found.extend(lowered)
        if " af " in text or " av " in text or " by " in text:  # "Oprettet af frode" under a poll or a post
            lowered = self._agent_lines(text, found)
            if lowered:
                found.extend(lowered)
        if found and (";" in text or colon) and text.count("\n") > 1:  # "c41e8aa jonas bech: merge", "frida k; ja"
            lowered = self._lower_rows(text, found)
            if lowered:
                found.extend(lowered)
        all_lower = text.islower()
        signed = (
            has_sig
            and text.rstrip().rstrip(" \t.!")[-1:].islower()  # the text ends in a word in lower case
            and _LOWER_SIGNED.search(text, max(0, len(text) - _SIGNED_TAIL)) is not None
        )
        if all_lower or signed:  # "signe er syg ... mvh rasmus", "hilsen ulla bech"
            lowered = self._lower_text(text, found, all_lower)
            if lowered:
                found.extend(lowered)
        added: list[Finding] = []
        mention = "@" in text
        if mention or colon:  # "@Nora Falk" in a chat, "Nora Falk 10:14" heading a chat post
            if mention:
                added = self._mentions(text)
            if colon:
                added.extend(self._speakers(text))
                added.extend(self._chat_lines(text))
                if _CAPS_SPEAKER_GATE.search(text) is not None:  # "GITTE: Siden 2009." in a transcript
                    added.extend(self._caps_speakers(text))
            if added:
                found = _replacing(found, added)
                for f in added:
                    keys = f.normalized.casefold().split()
                    seen.update(keys)
                    if len(keys) > 1:
                        firsts.add(keys[0])
                        surnames.update((keys[-1], _base(keys[-1])))
                    elif f.explanation.pattern == "chat_line":  # "Sten: ..." heads the thread, "Sten" in it
                        firsts.add(keys[0])
        later: list[Finding] = []  # lone mentions: never over a name found whole ("Molin, Malte")
        genitive = False  # a lone word ends in "s": an author's genitive before a work ("Grundtvigs salmer")?
        mid_label = colon and bool(found)  # "Til stede: Vita Hjort, Asbjørn Pham. Afbud: Bo." on one line
        for start, end, kind, key, cues in pending:  # a lone "Frederiksen" after "Mette Frederiksen" is the same person
            base = key[:-1] if len(key) > 3 and key[-1] == "s" else key  # _base(key)
            if base != key:
                genitive = True
            if ((key in seen or base in seen) and kind in _MENTIONED) or (
                kind == AMBIG
                and (
                    key in surnames
                    or base in surnames
                    or (
                        key in firsts
                        and not (key == "hans" and self._owned_next(text, end))  # "Hans mor": his mother
                        and self._lone_first_name(text, _Seg(start, end, [kind], [key], cues, [end]))
                    )
                    or (key != base and base in firsts and _OWNED_AFTER.match(text, end) is not None)  # "Vitas minde"
                    or (key in firsts and _APOSTROPHE_OWNED.match(text, end) is not None)  # "Hans’ arbejde"
                    or (key != base and base in self.lex.first and self._owned_next(text, end))  # "Pers forældre"
                )
            ):  # "Berg" after "Åsa Berg"; "Sten" after "Sten Holm"; "Vitas minde" after "Vita Brøndum"
                seg = _Seg(start, end, [kind], [key], cues, [end])
                _with_particle(text, seg, surnames)
                later.append(self._finding(text, seg, 0.6, "mention"))
            elif (
                text.startswith(" (", end)
                and (kind != OTHER or "mid_sentence" in cues)
                and self._role_in_parentheses(text, end)
            ):  # "Godkendt af Holm (driftsleder)", "Attesterad av Ek (ekonomichef)": a surname before a role
                seg = _Seg(start, end, [kind], [key], cues, [end])
                later.append(self._finding(text, seg, 0.65, "surname+role"))
            elif kind in (LAST, AMBIG) and base != key and self._surname_owns(text, key, end):
                seg = _Seg(start, end, [kind], [key], cues, [end])
                later.append(self._finding(text, seg, 0.6, "surname:genitive"))
            elif kind == FIRST and key.endswith("s"):  # a genitive, see _genitive_first
                seg = _Seg(start, end, [kind], [key], cues, [end])
                if self._genitive_first(text, seg):
                    later.append(self._finding(text, seg, 0.6, "first_name:genitive"))
            elif (
                kind == AMBIG
                and (text.startswith(_AND_AFTER, end) or text.endswith(_PLACED_BEFORE, max(0, start - 7), start))
                and self._word_name_placed(text, start, end, key, "mid_sentence" in cues)
            ) or (  # "hos Hassan på lageret", "fick hjälp av Mohammed": a listed first name that is a surname
                # too, after a preposition a person stands after (a person either way)
                kind == BOTH
                and "mid_sentence" in cues
                and text.endswith(_BOTH_BEFORE, max(0, start - 7), start)
                and key in self.lex.first
                and _DIGIT_NEXT.match(text, end) is None
            ):
                later.append(self._finding(text, _Seg(start, end, [kind], [key], cues, [end]), 0.6, "first_name:at"))
            elif kind == AMBIG and self._acts_alone(text, key, end) and _clause_start(text, start, cues):
                later.append(self._finding(text, _Seg(start, end, [kind], [key], cues, [end]), 0.6, "first_name+verb"))
            elif (
                mid_label
                and text.rfind(":", max(0, start - 3), start) >= 0
                and self._labelled_mid_line(text, kind, key, cues, start, end)
            ):
                later.append(self._finding(text, _Seg(start, end, [kind], [key], cues, [end]), 0.6, "field:mid_line"))
        if pending and (found or "(" in text):  # "Inger, Vagn, Ali, Lykke Brandt", "Storm (min søn)"
            later.extend(self._listed_alone(text, pending, found))
        if (
            pending and "-" in text and _SCORE.search(text) is not None
        ):  # "Lund (88.)", "men Vallys udlignede", "2-1 ved Nilsson"
            later.extend(self._sport_mentions(text, pending))
        for f in found:  # "läser Ebba Wiik-Bratt Strindbergs brev": a genitive ends a name of three words
            if f.value[-1] == "s" and f.value.count(" ") > 1:
                found = self._reader_and_author(text, found)
                break
        if genitive:  # "Grundtvigs salmer ... roser Grundtvig": the word after each lone genitive is looked at
            later.extend(self._authors(text, pending))
        if later:
            if len(later) > 1:  # a lone name two rules took ("Gitte og Sol": listed, and joined to a name)
                later = list({(f.start, f.end): f for f in reversed(later)}.values())
            found = _replacing(later, found)
        if added:  # no lone "Falk" inside "@Nora Falk"
            found = _replacing(found, added)
        if colon and found and text.count("\n") > 1:  # "Charlotte: ..." heads a chat post, "charlotte: ok" another
            lowered = self._lower_speakers(text, found)
            if lowered:
                found = sorted(_replacing(found, lowered), key=lambda f: f.start)
        if found and not all_lower:  # "Mette" found, then "mette siger" or "kim: sorry" in the same text
            lowered = self._lower_agreeing(text, found)
            if lowered:
                found = sorted(_replacing(found, lowered), key=lambda f: f.start)
        if (
            True
        ):  # "hej mette", "spørg lars om", "@jonas", "tak for i går, sofie!" (also in a text wholly in lower case)
            lowered = self._lower_informal(text, found, all_lower)
            if lowered:
                found = sorted(_replacing(found, lowered), key=lambda f: f.start)
        if found:  # "spørg lige kamilla" found, then "kamilla svarer ikke": the same person again
            lowered = self._lower_repeated(text, found)
            if lowered:
                found = sorted(_replacing(found, lowered), key=lambda f: f.start)
        if found and text.count("\n") > 1:  # "Uge 25: Lykke" under "Uge 22: Ebbe"; "6. Vita Glad, Sparta, 40:52"
            slotted = self._slot_rows(text, found)
            if slotted:
                found = sorted(_replacing(found, slotted), key=lambda f: f.start)
        if found and _HYPHEN_INITIALS_GATE.search(text) is not None:  # "H-E Tidholm": Hans-Erik's initials
            found = [self._hyphen_initials(text, f) for f in found]
        initialed = self._middle_initials(text, found, pending) if _LONE_CAPITAL.search(text) is not None else []
        if initialed:  # "Per E Samuelson": one name, not "Per" and "Samuelson"
            found = _replacing(found, initialed)
        if '"' in text or "“" in text or "”" in text:  # 'Bertil "Berra" Nilsson', 'Lars ”Lasse” Kyrk': one name
            # a dog, horse, cow or product named in quotes ('puddelen "Trille"', '1. "Molly", fører', 'pall "Karl"')
            found = [f for f in found if " " in f.value or not _quoted_alone(text, f.start, f.end)]
            nicknamed = self._nicknamed(text)
            if nicknamed:
                found = _replacing(found, nicknamed)
        if _REGNAL_GATE.search(text) is not None:  # "Carl XVI Gustaf", "dronning Margrethe II": one name
            regnal = self._regnal(text)
            if regnal:
                found = _replacing(found, regnal)
        if found and ("I-" in text or "V-" in text or "X-" in text):
            # "Christian IV-suiten", "Oscar II-salen": a room or a thing named after the king
            found = [f for f in found if _REGNAL_COMPOUND.match(text, f.end) is None]
        called = "kald" in text or "kalla" in text or "alias" in text
        if called and _CALLED_GATE.search(text) is not None:  # "Kenneth Bruun, kaldet Kenno,": a nickname too
            found.extend(self._called(text, found))
        vessel = "/" in text or "MS " in text
        if has_things:  # "hunden Bjørn ... Bjørn gøede", "Stormen Bodil ... da Bodil kom": every mention is the thing
            things = {f.value for f in found if self._named_thing(text, f)}
            if any(" " not in f.value for f in found) and self._any_in(text, self._creature_words):
                things.update(self._creature_names(text))
            if things:
                found = [f for f in found if f.value not in things and _base(f.value) not in things]
        if vessel or colon:  # one pass, each check only where it can hold
            found = [
                f
                for f in found
                if not (
                    # "M/S Karen Blixen" is a ship
                    (vessel and _VESSEL_BEFORE.search(text, max(0, f.start - _VESSEL_REACH), f.start) is not None)
                    # "Reporter: Vad händer nu?"; "Tor: Kim, Bo": the weekday label of a roster line is no name
                    or (
                        colon
                        and (
                            (
                                f.explanation.pattern == "cue:field"
                                and " " not in f.value
                                # "Læge: Lægerne i Ollerup", "Säljare: Nilssons Skor AB, Gävle": a place or a unit
                                and (self._sentence_after_label(text, f) or self._field_place(text, f))
                            )
                            or (
                                text.startswith(":", f.end)
                                and f.explanation.pattern != "chat"  # "tue: ok" in a thread of first names
                                and (self._roster_line(text, f.end) or self._day_label(text, f))
                            )
                        )
                    )
                )
            ]
        if "!" in text or "." in text or "?" in text:
            found = self._greeting_ended(text, found)
        found = self._columns(text, found)
        if "  " in text or "\t" in text:  # "Mette Lindberg       Rens": a column gap ends a name
            found = self._cut_at_gaps(text, found)
        if ";" in text or "\t" in text or "|" in text:  # "Lokale;Tid" / "H.C. Ørsted;10:00": the cells of a room
            # column, and every mention of them; "navn;mobil;by" / "Lund": a town's. Only a name filling a cell
            # is looked at, for a town only one word between delimiters.
            room_words = self.lex.named_things
            blocks: dict[int, tuple[int, int]] = {}
            rooms = {
                f.value
                for f in found
                if (
                    text[f.end : f.end + 1] in _CELL_END
                    if has_things
                    else " " not in f.value
                    and text[f.end : f.end + 1] in _DELIMITERS
                    and text[f.start - 1 : f.start] in _DELIMITERS
                )
                and (header := column_header(text, f.start, f.end, blocks).casefold().rstrip(":"))
                and ((has_things and header in room_words) or (" " not in f.value and header in _PLACE_HEADERS))
            }
            if rooms:
                found = [f for f in found if f.value not in rooms]
        if _WEEKDAY_GATE.search(text) is not None:  # "Man<TAB>Sol K.<TAB>Ask", "Mån 7-10: Lindberg 1 tr"
            found = self._weekday_rows(text, found)
        if found:  # "Aage Lunds Venner", "Dag Linds Vänner": a genitive name before a capitalised firm or club word
            found = [
                f
                for f in found
                if not self._genitive_before_firm(text, f)
                # most names hold no genitive before a second word: the call is skipped for them
                and not ((sp := f.value.find(" ")) > 3 and f.value[sp - 1] == "s" and self._genitive_firm(f.value))
            ]
        if found and ", " in text:  # "2019- projektleder, Ramboll": a role, a comma, then the employer
            found = [f for f in found if not self._employer_after_role(text, f)]
        if found and ("person" in text or "figur" in text):  # "Hovedpersonen Sonja": a character in a story
            found = [f for f in found if _FICTION_BEFORE.search(text, max(0, f.start - 24), f.start) is None]
        facts = self._value_facts(found)  # what the names found are made of: the three passes below need one
        if facts & _VALUE_PARTICLE:
            tails = self._particle_tails(text, found)  # "Johan Dalman de Geer" ... "Dalman de Geer kommer"
            if tails:
                found = sorted(_replacing(found, tails), key=lambda f: f.start)
        rare = found and self._any_in(text, _RARE_GATE)  # one pass for the three rare constructions below
        if rare and self._any_in(text, _SIBLING_GATE):  # "Brødrene Mads og Jonas Holm": two people, not a firm
            siblings = self._siblings(text, found)
            if siblings:
                found = sorted(_replacing(found, siblings), key=lambda f: f.start)
        if facts & _VALUE_LAST_FIRST and ". " in text:  # "Ahmed Abdullahi Warsame" ... "A. A. Warsame"
            initialed_surnames = self._initialed_surnames(text, found)
            if initialed_surnames:
                found = sorted(_replacing(found, initialed_surnames), key=lambda f: f.start)
        if rare and found and self._any_in(text, _ARTICLE_JOINS):  # "Yasmin el-Amin", "Omar al-Sayed": one name
            found = self._article_joined(text, found)
        places = self._named_places(text, found) if facts & _VALUE_GIVEN else set()
        if places:  # "i Hedvig Eleonora" ... "Hedvig Eleonora församling"
            found = [f for f in found if f.value not in places]
        if rare and found and self._any_in(text, _PLAYS_WORDS):  # "Bodil Udsen spiller Fie": the part played
            found = _played_parts(text, found)
        if found and "(" in text and _INITIALS_GATE.search(text) is not None:  # "Anders Hjelm (AH)" ... "Sekr.: AH"
            found = _initials_dropped(text, found)
        if found and _CLUB_GATE.search(text) is not None:  # "Sten IK", "Lind IF", "Djurgårdens IF": a sports club
            found = [f for f in found if " " in f.value or _CLUB_AFTER.match(text, f.end) is None]
        if found and (
            _POSTCODE_GATE.search(text) is not None
            or (("DK-" in text or "S-" in text or "SE-" in text) and _POSTCODE_COUNTRY.search(text) is not None)
        ):  # "Toftevej 12, 2800 Kgs. Lyngby", "131 40 Nacka"
            found = [
                f
                for f in found
                if _POSTCODE_BEFORE.search(text, max(0, f.start - 40), f.start) is None
                # "5000 Odense C. Murermestervilla": the town's postal district, then a word
                and (
                    _DISTRICT_VALUE.fullmatch(f.value) is None
                    or _DISTRICT_BEFORE.search(text, max(0, f.start - 60), f.start) is None
                )
            ]
        found = self._layout_checked(text, found)
        # a place named after a person has three words at least ("Kaj Munks Park"): most names are not looked at
        found = [f for f in found if f.value.count(" ") < 2 or not self._named_after(f.value)]
        if " og " in text or " och " in text:  # "Storm og regn prægede dagen", "Sol och värme": the weather
            found = [
                f
                for f in found
                if not (
                    " " not in f.value
                    and f.value.casefold() in _WEATHER_NAMES
                    and (m := _WEATHER_AFTER.match(text, f.end)) is not None
                    and m.group(1) in _WEATHER_WORDS
                )
                and not self._founders_thing(text, f)
            ]
        if found and ("AB " in text or "irma " in text):  # "Fastighets AB Gustav Dahlberg", "Firma Karl Mathsson"
            found = [f for f in found if not _firm_prefixed(text, f)]
        if found and ('"' in text or "”" in text):  # '"Fiils favorit"', '"Fru Jensens kringle"': a dish, a product
            found = [f for f in found if not self._quoted_owned(text, f)]
        rare_words = self._any_in(text, _RARE_WORDS)  # one pass for the words the two rules below need
        if rare_words and self._any_in(text, _MOURNED_WORDS):  # "Hun efterlades af Bent, ...": a death notice's
            mourners = self._mourners(text)
            if mourners:
                found = sorted(_replacing(found, mourners), key=lambda f: f.start)
        if "/" in text:  # "Dommere: Hansen/Abdi", "Boe/Mogensen vandt": a pair of surnames, a person each
            pairs = self._surname_pairs(text)
            if pairs:
                found = sorted(_replacing(found, pairs), key=lambda f: f.start)
        if rare_words and self._any_in(text, _MAKER_WORDS):  # "Arne Jacobsen tegnede stolen": the designer
            makers = self._makers(text)
            if makers:
                found = sorted(_replacing(found, makers), key=lambda f: f.start)
        if "Per " in text:  # "Per mail kan jeg bekræfte", "Per den 1 maj": the preposition, not the name
            found = [f for f in found if not (f.value == "Per" and _PER_PREPOSITION.match(text, f.end) is not None)]
        if found and (colon or self._any_in(text, _THING_TEXT_WORDS)):  # most prose holds none of these
            found = [f for f in found if not self._names_a_thing(text, f, colon)]
        if self._any_in(text, _OCR_PAIRS) and _OCR_GATE.search(text) is not None:  # "L0tte Friis": 0 for an o
            ocr = self._ocr_names(text)
            if ocr:
                found = sorted(_replacing(found, ocr), key=lambda f: f.start)
        if ", " in text and _AGED_GATE.search(text) is not None:  # "dömde i går Xhevat Berisa, 25, till"
            found.extend(self._aged(text, found))
        split_memo = self._split_memo  # a name's value -> may its last word head a split surname (absent: unknown)
        split = [
            f
            for f in found
            if split_memo.get(f.value, True) and text.startswith(" ", f.end) and text[f.end + 1 : f.end + 2].islower()
        ]
        if split:  # "Gunnar Sjö berg": a scanned surname split by a blank
            found = self._ocr_split(text, found, split)
        found.sort(key=lambda f: f.start)
        self._lower_memo = None  # a large text's copy is not kept between texts
        return found

    def _siblings(self, text: str, found: list[Finding]) -> list[Finding]:
        """The first name of the first of two siblings named after a plural of kinship ("Søstrene Ida og Maja
        Holm", "Bröderna Carl och Fredrik af Ugglas"): the word opens a firm's name too ("Bröderna Nilsson"), so
        only a listed first name joined by "og"/"och" to a name found is taken."""
        out: list[Finding] = []
        starts = {f.start for f in found}
        for m in _SIBLINGS.finditer(text):
            if m.end() in starts and (self.kind(m.group(1)) == FIRST or _is_first_name(self, m.group(1))):
                out.append(self._made(text, m.start(1), m.end(1), 0.6, "first_name", ("title",)))
        return out

    def _value_facts(self, found: list[Finding]) -> int:
        """The _VALUE_* bits of the names found, together (each name's memoised; the look-ups run in C)."""
        memo = self._value_memo
        values = [f.value for f in found]
        kinds = set(map(memo.get, values))
        if None in kinds:
            kinds.discard(None)
            for value in values:
                if value not in memo:
                    b = self._value_bits(value)
                    kinds.add(b)
                    if len(memo) < _KIND_CACHE_SIZE:
                        memo[value] = b
        bits = 0
        for kind in kinds:
            bits |= kind or 0
        return bits

    def _value_bits(self, value: str) -> int:
        """What a name found is made of: a particle inside its surname, a last word that is a listed first name,
        given names alone (_VALUE_*)."""
        words = value.split()
        if len(words) < 2:
            return 0
        kinds = [self.kind(w) for w in words]
        b = 0
        if len(words) >= 3 and any(w in _PARTICLES for w in words[1:-1]):
            b |= _VALUE_PARTICLE
        if kinds[-1] == FIRST:
            b |= _VALUE_LAST_FIRST
        if all(k == FIRST for k in kinds):
            b |= _VALUE_GIVEN
        return b

    def _initialed_surnames(self, text: str, found: list[Finding]) -> list[Finding]:
        """Initials before the last word of a name found, that word a listed first name ("Hibaq Mohamed Jama"
        ... "H. M. Jama"): the name again, its given names cut to initials (``initial+surname`` takes the
        other surnames)."""
        out: list[Finding] = []
        # Most texts name such a word once: whether it is named again is asked only of a word that initials
        # stand before, once per word (a whole-text count per name found made the pass grow with their number).
        lasts = {last for f in found if " " in f.value and self.kind(last := f.value.rsplit(" ", 1)[1]) == FIRST}
        if not lasts:
            return out
        again: dict[str, bool] = {}
        for m in _INITIALS_WORD.finditer(text):
            last = m.group(1)
            if last not in lasts or any(f.start <= m.start() and m.end() <= f.end for f in found):
                continue
            if last not in again:
                again[last] = text.count(last) > 1
            if again[last]:
                out.append(self._made(text, m.start(), m.end(), 0.65, "initial+surname", ()))
        return out

    def _named_places(self, text: str, found: list[Finding]) -> set[str]:
        """The names found made of given names alone ("Hedvig Eleonora", "Adolf Fredrik") that stand elsewhere in
        the text before a street, church or parish word ("Hedvig Eleonora församling"): a place named after a
        royal, not a person (a person's name ends in a surname)."""
        places = set()
        looked: set[str] = set()  # each value's mentions looked at once, however often it was found
        for f in found:
            value = f.value
            if value in looked or not self._value_memo.get(value, 0) & _VALUE_GIVEN:
                continue
            looked.add(value)
            at = text.find(value + " ")
            while at >= 0:
                nxt = _NEXT_WORD.match(text, at + len(value))
                word = "" if nxt is None else nxt.group(1)
                if (word[:1].isalpha() and self._blocks(word)) or _PLACE_AFTER.match(text, at + len(value)):
                    places.add(value)
                    break
                at = text.find(value + " ", at + 1)
        return places

    def _article_joined(self, text: str, found: list[Finding]) -> list[Finding]:
        """``found`` with a name that an Arabic article and a surname follow ("Yasmin el-Amin") taking them in,
        and the surname alone no more."""
        out: list[Finding] = []
        drop_from = -1
        for f in found:
            if f.start < drop_from:
                continue  # the surname, now inside the name before it
            m = _ARTICLE_AFTER.match(text, f.end)
            if m is not None:
                f = self._made_explained(text, f.start, m.end(), f.score, f.explanation)
                drop_from = m.end()
            out.append(f)
        return out

    def _particle_tails(self, text: str, found: list[Finding]) -> list[Finding]:
        """The surname of a name found whose surname holds a particle ("Maria de Fine Licht", "Johan Dalman de
        Geer"), named again on its own ("de Fine Licht kommer fra", "Dalman de Geer kommer"): the same person."""
        tails = set()
        memo = self._value_memo
        for f in found:
            if memo.get(f.value, 0) & _VALUE_PARTICLE:
                tails.add(f.value.split(None, 1)[1])
        out: list[Finding] = []
        for tail in tails:
            for form in {tail, tail[0].upper() + tail[1:]}:  # "de Geer" opens a sentence as "De Geer" too
                if text.count(form) < (2 if form == tail else 1):
                    continue  # the surname only inside the name: most texts
                at = text.find(form)
                while at >= 0:
                    start, end = at, at + len(form)
                    at = text.find(form, end)
                    if (start and (text[start - 1].isalnum() or text[start - 1] in "@.-")) or (
                        end < len(text) and (text[end].isalnum() or text[end] in "@-")
                    ):
                        continue
                    if any(f.start <= start and end <= f.end and " " in f.value for f in found):
                        continue
                    initials = _INITIALS_BEFORE.search(text, max(0, start - 9), start)  # "H. Munck af Rosenschöld"
                    if initials is not None:
                        start = initials.start()
                    out.append(self._made(text, start, end, 0.6, "mention", ()))
        return out

    def _employer_after_role(self, text: str, f: Finding) -> bool:
        """Is a one-word name cued by a role before a comma, in a CV's line of years ("2019- projektleder,
        Ramboll", "2015–2019 ingenjör, Sweco"), an unlisted word: the employer? Not a person in apposition
        ("Formand, Birthe", "Hendes mand, Andrij, er")."""
        if " " in f.value or f.explanation.pattern != "cue:title" or text[f.start - 2 : f.start] != ", ":
            return False
        return (
            self.kind(f.value) in (OTHER, SHAPE)
            and _YEARS_ROLE_BEFORE.search(text, max(0, f.start - 40), f.start) is not None
        )

    def _genitive_before_firm(self, text: str, f: Finding) -> bool:
        """A name in the genitive right before a capitalised word that names a firm, club or place ("Aage Lunds
        Venner", "Holms Blomster"): the whole names a thing after the person. The word is cut off the run when
        it is also an addressee noun ("Kære venner")."""
        value = f.value
        if value[-1] != "s" or not text.startswith(" ", f.end) or not text[f.end + 1 : f.end + 2].isupper():
            return False
        m = _NEXT_WORD.match(text, f.end)
        return m is not None and m.group(1)[:1].isupper() and self._blocks(m.group(1))

    def _quoted_owned(self, text: str, f: Finding) -> bool:
        """Is the name a genitive opening a quoted name of a thing, a lower-case noun after it closing the quote
        ('"Gretas gräddbulle"', '"Fru Jensens kringle"')? Not a name that ends in "s" ("Jens kommer"), nor a
        relative ('"Annas mor"')."""
        value = f.value
        if " " in value or value[-1] != "s" or value.casefold() in self.lex.first or value.casefold() in self.lex.last:
            return False
        m = _QUOTED_OWNED.match(text, f.end)
        return m is not None and m.group(1) not in self.lex.owned_nouns and _quote_opened(text, f.start)

    def _mourners(self, text: str) -> list[Finding]:
        """A listed first name (also one that is a word: "Bent", "Sten") right after "efterlades af", "savnes af",
        "sörjes av", "saknas av" in a death notice is one of the mourners."""
        out: list[Finding] = []
        for m in _MOURNED.finditer(text):
            key = m.group(1).casefold()
            if key in self.lex.first and key not in _MONTHS:
                seg = _Seg(m.start(1), m.end(1), [FIRST], [key], ["mid_sentence"], [m.end(1)])
                out.append(self._finding(text, seg, 0.6, "first_name:mourner"))
        return out

    def _surname_pairs(self, text: str) -> list[Finding]:
        """Two listed surnames joined by "/" (referees, a doubles pair in sports results): a person each; not in
        a path or an address (no "/", ".", "@" or word character next to the pair)."""
        out: list[Finding] = []
        at = text.find("/")
        while at > 0:  # at each "/" between a small letter and a capital, the words on both sides
            slash, at = at, text.find("/", at + 1)
            if not (text[slash + 1 : slash + 2].isupper() and text[slash - 1].islower()):
                continue
            m = _SURNAME_PAIR.search(text, max(0, slash - 40), slash + 41)
            while m is not None and m.end(1) < slash:
                m = _SURNAME_PAIR.search(text, m.end(1), slash + 41)
            if m is None or m.end(1) != slash:
                continue
            one, two = self._token(m.group(1)), self._token(m.group(2))
            if one[0] in (LAST, BOTH, SHAPE) and two[0] in (LAST, BOTH, SHAPE) and not one[2] and not two[2]:
                for g in (1, 2):
                    seg = _Seg(m.start(g), m.end(g), [LAST], [m.group(g).casefold()], [], [m.end(g)])
                    out.append(self._finding(text, seg, 0.6, "surname:pair"))
        return out

    def _caps_again(self, text: str, found: list[Finding]) -> list[Finding]:
        """A name of two words or more found in the text, written again wholly in capitals (a headline's, a
        caption's) where nothing was found: the same person."""
        values = {f.value for f in found if " " in f.value and f.value[1:2].islower()}
        if not values:
            return []
        taken = _Spans(found)
        out: list[Finding] = []
        for value in values:
            caps = value.upper()
            at = text.find(caps)
            while at >= 0:
                end = at + len(caps)
                if (
                    (at == 0 or not text[at - 1].isalnum())
                    and (end == len(text) or not text[end].isalnum())
                    and not taken.overlaps(at, end)
                    and ((nxt := _NEXT_WORD.match(text, end)) is None or not self._blocks(nxt.group(1)))
                ):  # not "JENS HANSEN A/S"
                    explanation = self._explanation("caps:again", [])
                    out.append(self._person(at, end, 0.7, caps, value, explanation))
                at = text.find(caps, end)
        return out

    def _makers(self, text: str) -> list[Finding]:
        """A firm's or brand's name that is its founder's ("Arne Jacobsen", "Carl Malmsten") before a verb of
        designing or founding is the person."""
        out: list[Finding] = []
        # "bär Carl Malmstens namn": the person the thing is named after (the genitive's "s" in the span)
        for word, before, extra in ((_MAKER_VERBS, _MAKER_BEFORE, 0), ((" namn", " navn"), _BORNE_BEFORE, 1)):
            for w in word:
                at = text.find(w)
                while at >= 0:
                    after = at + len(w)
                    if not text[after : after + 1].isalnum():
                        m = before.search(text, max(0, at - 60), at)
                        if m is not None and m.group(1).casefold() in self.lex.brands:
                            end = m.end(1) + extra
                            keys = text[m.start(1) : end].casefold().split()
                            seg = _Seg(m.start(1), end, [FIRST, LAST], keys, [], [end])
                            out.append(self._finding(text, seg, 0.7, "brand+maker"))
                    at = text.find(w, after)
        return out

    def _founders_thing(self, text: str, f: Finding) -> bool:
        """Is a first name alone joined by "og"/"och" to a name in the genitive before a foundation's, fund's or
        firm's word ("Karen og Ejnar Bergs Mindefond", "Knut och Alice Wallenbergs Stiftelse") one of the two
        founders the thing is named after?"""
        if " " in f.value or not text.startswith((" og ", " och ", " & "), f.end):
            return False
        if self.kind(f.value) not in (FIRST, BOTH, AMBIG):
            return False
        m = _FOUNDERS_AFTER.match(text, f.end)
        return m is not None and m.group(1).casefold().endswith((*self._org_tails, "legat", "legatet"))

    def _genitive_firm(self, value: str) -> bool:
        """Is a name of two words a name's genitive before a capitalised word that is no name ("Kurts Rør",
        "Ragnars Fisk", "Jensens Bøfhus" after a sign-off or a verb)? A firm or a shop named after its owner."""
        sp = value.find(" ")
        if sp < 4 or value[sp - 1] != "s" or value.find(" ", sp + 1) >= 0:
            return False  # most names: no genitive before a second word
        owner, thing = value[:sp], value[sp + 1 :]
        key, lex = owner.casefold(), self.lex
        if not (_given_genitive(lex, key) or _surname_genitive(lex, key)):
            return False
        kind, thing_key, _ = self._token(thing)
        return kind in (OTHER, SHAPE) and thing_key not in lex.first and thing_key not in lex.last

    def _ocr_split(self, text: str, found: list[Finding], split: list[Finding]) -> list[Finding]:
        """A surname that OCR or a line break split in two ("Kære Hr. Gunnar Lyk ke", "Gunnar Sjö berg"): a
        short piece in small letters after a name, no stop or everyday word, that joined to the name's last word
        makes a listed surname. The span takes the piece; the normalised name is the joined word."""
        lex = self.lex
        heads = self._split_heads
        if heads is None:  # the listed surnames without their last one to four letters
            heads = self._split_heads = {k[:-i] for k in lex.last for i in range(1, 5) if len(k) - i >= 2}
        memo = self._split_memo
        longer: dict[int, Finding] = {}
        for f in split:
            last = f.value[f.value.rfind(" ") + 1 :]
            head = last.casefold() in heads
            if len(memo) < _KIND_CACHE_SIZE:
                memo[f.value] = head
            if not head:  # most words after a name are words of the sentence
                continue
            m = _OCR_PIECE.match(text, f.end)
            if m is None:
                continue
            piece = m.group(1)
            joined = (last + piece).casefold()
            if piece in lex.stopwords or piece in lex.everyday_words or joined not in lex.last:
                continue
            normalized = f"{f.normalized.rsplit(' ', 1)[0]} {last}{piece}" if " " in f.normalized else last + piece
            longer[id(f)] = Finding(
                "PERSON", f.start, m.end(1), f.score, text[f.start : m.end(1)], normalized, f.explanation
            )
        return [longer.get(id(f), f) for f in found] if longer else found

    def _join_look(self, value: str) -> tuple[int, int, str] | tuple[()]:
        """Two names written one after the other, or a genitive before a name, read from a name's words alone
        and memoised: () neither; (end of the first name, start of the second, "") two names ("Underskrifter:
        Karin Holm Ahmed bin Salem": a listed given name right after a listed surname, two words at least on
        each side); (0, start of the name, stem) a club's, party's or town's genitive before a name ("Leksands
        Jiří Novotný": a first word ending in "s" that is no given name, before a listed given name), taken when
        the text writes the stem alone too."""
        look: tuple[int, int, str] | tuple[()] = ()
        spaces = value.count(" ")
        if spaces >= 3 or (spaces == 2 and value[value.find(" ") - 1] == "s"):
            tokens = _tokens(0, value)
            kinds = [self._token(t)[0] for _, _, t in tokens]
            cut = 0
            if len(tokens) >= 4 and kinds[0] in (FIRST, BOTH, AMBIG):
                cut = next(
                    (i for i in range(2, len(tokens) - 1) if kinds[i] in (FIRST, BOTH) and kinds[i - 1] == LAST), 0
                )
            head = tokens[0][2]
            if cut:
                look = (tokens[cut - 1][1], tokens[cut][0], "")
            elif (
                len(tokens) >= 3
                and head[-1] == "s"
                and kinds[1] in (FIRST, BOTH)
                and kinds[0] not in (FIRST, BOTH, AMBIG)  # not "Hans Ulrik Thygesen ... Han efterlader"
            ):
                look = (0, tokens[1][0], head[:-1])
        if len(self._join_looks) < _KIND_CACHE_SIZE:
            self._join_looks[value] = look
        return look

    @staticmethod
    def _owner_alone(text: str, stem: str, start: int) -> bool:
        """Does the text write this stem alone near it ("Brynäs slog Leksand", later "Leksands Jiří")? Looked for
        within _OWNER_REACH characters either side: a long text is not searched whole once per such name."""
        low, high = max(0, start - _OWNER_REACH), min(len(text), start + _OWNER_REACH)
        at = text.find(stem, low, high)
        while at >= 0:
            end = at + len(stem)
            alone = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            if at != start and alone:
                return True
            at = text.find(stem, at + 1, high)
        return False

    def _ocr_names(self, text: str) -> list[Finding]:
        """Names in scanned text whose "o", "i" or "l" came out as "0" or "1" ("L0tte Friis", "Kar1n Björk"): a
        capitalised word holding the digit that reads as a listed given name with the letter, before a
        capitalised surname."""
        lex = self.lex
        out: list[Finding] = []
        for gate in _OCR_GATE.finditer(text):  # each digit between letters: its word is read from its start
            start = gate.start()
            while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "01"):
                start -= 1
            m = _OCR_WORD.match(text, start)
            if m is None or (out and out[-1].start == m.start(1)):
                continue
            word = m.group(1)
            key = word.casefold()
            readings = {key.replace("0", "o").replace("1", "i"), key.replace("0", "o").replace("1", "l")}
            if any(r in lex.first and r not in lex.ambiguous for r in readings):
                out.append(self._made(text, m.start(1), m.end(), 0.7, "first+name", ["ocr"]))
        return out

    def _aged(self, text: str, found: list[Finding]) -> list[Finding]:
        """News gives a person's age in commas after the name ("dömde i går Xhevat Berisa, 25, till", "Retten
        idømte Tharsika Kandasamy, 67,"): two to four capitalised words before ", 25," are a name, also
        unknown ones, unless a word of them is a role, a firm, a street or a stop word."""
        taken = _Spans(found)
        out: list[Finding] = []
        for m in _AGED_GATE.finditer(text):
            before = _AGED_NAME.search(text, max(0, m.start() - 80), m.start())
            if before is None or taken.overlaps(before.start(), m.start()):
                continue
            tokens = _tokens(before.start(), before.group())
            kinds = [self._token(t)[0] for _, _, t in tokens]
            while kinds and kinds[0] in (TITLE, CUE, STOP):  # "Forsvarer Xhevat Berisa, 25,"
                tokens.pop(0)
                kinds.pop(0)
            if len(tokens) < 2 or not all(k in (FIRST, AMBIG, LAST, BOTH, SHAPE, OTHER, PART) for k in kinds):
                continue
            if any(self._token(t)[2] for _, _, t in tokens):  # ends like a street
                continue
            out.append(self._made(text, tokens[0][0], tokens[-1][1], 0.7, "name+age", ["age"]))
        return out

    @staticmethod
    def _described_cell(text: str, line: int, f: Finding) -> bool:
        """Does the name open a table cell that lower-case words fill up ("10221;Billy reol hvid;4",
        "| Stefan stol |"): a product with its description, not a person?"""
        at = f.start
        while at > line and text[at - 1] == " ":
            at -= 1
        if at == line or text[at - 1] not in ";|\t":  # after a cell delimiter (cheap: most names are in prose)
            return False
        return _DESCRIBED.match(text, f.end) is not None

    def _thing_column(self, text: str, line: int, start: int) -> bool:
        """Is the name in a table column whose header names rooms, halls or ships ("| Navn | Rolle | Lokale |",
        "Namn;Rum"): a room named after someone, not a person?"""
        at = start
        while at > line and text[at - 1] == " ":
            at -= 1
        if at == line or text[at - 1] not in "|;":
            return False
        delimiter = text[at - 1]
        column = text.count(delimiter, line, at)
        top = line
        for _ in range(_HEADER_REACH):  # up to the first row of the table
            if top == 0:
                break
            above = text.rfind("\n", 0, top - 1) + 1
            if delimiter not in text[above : top - 1]:
                break
            top = above
        if top == line:
            return False
        header_end = text.find("\n", top)
        cells = text[top:header_end].split(delimiter)
        if column >= len(cells):
            return False
        return cells[column].strip(" \t*_:\"'").casefold() in self.lex.named_things

    def _names_a_thing(self, text: str, f: Finding, colon: bool) -> bool:
        """Is a name-shaped finding a place, a product or an institution by what stands around it: a place
        before its municipality or parish ("Hedensted Kommune", "Gustav Vasa församling"), a king's name
        owning a place ("Kong Christian X's Gigthospital"), the value of a product or referral field
        ("Vare: Felix ketchup", "Bilmærke: Ford Mondeo", "Henvist til: Rigshospitalet"), or a form label
        that a value follows ("Fødselsår: 1968")?"""
        end = f.end
        if text.startswith(" ", end) and _THING_AFTER.match(text, end) is not None:
            return True
        at = f.start
        while at > 0 and text[at - 1] == " ":
            at -= 1
        if at > 0 and text[at - 1] in ";|\t":  # a table cell (most names stand in prose: one look back)
            line = text.rfind("\n", 0, at) + 1
            if text[end : end + 2].startswith((" ", "\t")) and self._described_cell(text, line, f):
                return True
            if self._thing_column(text, line, f.start):
                return True
        if not colon:
            return False
        number = " " not in f.value and _LABEL_OF_NUMBER.match(text, end) is not None
        # the line's head, looked for over a bounded stretch (linear cost on very long lines)
        line = text.rfind("\n", max(0, f.start - _LINE_LIMIT), f.start) + 1
        if line == 0 and f.start > _LINE_LIMIT:
            return False
        head = text.find(":", line, f.start)
        if head >= 0:
            label = text[line:head].strip(" \t>*•-").casefold()
            if label in _THING_FIELDS:
                return True
            if label in _FIRM_FIELDS and f.value.casefold() in self.lex.brands:
                return True  # "Kunde: Georg Jensen": the firm is the customer, no cue makes it a person
            if label in _ITEM_FIELDS:  # "Artikel:" heads a news article too: an item line holds a quantity
                stop = text.find("\n", end)
                return _QUANTITY.search(text, end, len(text) if stop < 0 else stop) is not None
        # a label after an earlier field's value on the line ("Navn: ...   Fødselsår: 1968"), not a speaker
        return number and text.find(": ", line, f.start) >= 0

    def _judge_records(
        self,
        text: str,
        heads: _Lines,
        records: list[tuple[int, int, int, int, str]],
        found: list[Finding],
        pending: list[_Pending],
        unknown: list[_Seg],
        seen: set[str],
        surnames: set[str],
        firsts: set[str],
    ) -> None:
        """Judge the runs ``_runs`` found, in order: findings to ``found``, one-word runs not taken alone to
        ``pending``, two or three unknown words to ``unknown``, and what accepted names add to ``seen``,
        ``surnames`` and ``firsts``. The compiled twin (``pii_scanner_names.judge``) does the same with the
        same memo tables, calling the methods here on a miss or a rare branch."""
        plains = self._plains
        decided_plain = self._decided_plain
        decided_one = self._decided_one
        person = self._person
        for what, start, end, mask, run in records:
            if what == _ONE:  # one word that passed the cheap tests (see ``_runs``)
                one = decided_one.get((run, mask)) or self._one_decision(run, mask)
                score, rule, kind, key = one
                if score == 0 and kind == LAST and self._acted(text, start, end, _CUES[mask]):
                    score, rule = 0.6, "surname+verb"  # "Nilsson var bäst på plan", "mens Thrane reddede"
                if score > 0:
                    if start > 1 and text[start - 1] in " \t\n":  # a particle may stand before it
                        start = _particle_start(text, start, key, surnames)
                    found.append(self._made_mask(text, start, end, score, rule, mask))
                else:
                    pending.append((start, end, kind, key, _CUES[mask]))
                continue
            if what == _PLAIN_RUN:
                # The common case, several words that are one name: everything about the words is
                # worked out once per distinct run; only the cues around this place are new.
                plain = plains.get(run) or self._plain(run)
                assert plain is not None  # _runs passed it as plain
                accepted = decided_plain.get((run, mask))
                if accepted is None:
                    accepted = self._plain_decision(run, plain, mask)
                score, value, normalized, explanation = accepted
                if score > 0:
                    found.append(person(start, start + plain.seg_length, score, value, normalized, explanation))
                    seen.update(plain.seen)
                    surnames.update(plain.surnames)
                    if plain.first:
                        firsts.add(plain.first)
                elif plain.unknown:
                    unknown.append(
                        _Seg(
                            start,
                            start + plain.seg_length,
                            list(plain.kinds),
                            list(plain.keys),
                            _CUES[mask],
                            [start + e for e in plain.ends],
                        )
                    )
                continue
            if not mask & _COLON:
                # Judged once per (run, cue bits) with all that accepting a part adds (``_general``);
                # only the offsets, a particle before a lone surname and the finding are per place.
                for (
                    a,
                    b,
                    score,
                    part_kinds,
                    part_keys,
                    part_cues,
                    ends,
                    explanation,
                    adds,
                    two_or_three,
                ) in self._general(run, mask):
                    if score > 0:
                        a += start
                        if len(part_kinds) == 1 and a > 1 and text[a - 1] in " \t\n":  # see _particle_start
                            a = _particle_start(text, a, part_keys[0], surnames)
                        found.append(self._made_explained(text, a, start + b, score, explanation))
                        if adds is not None:
                            seen.update(adds[0])
                            if adds[1]:
                                firsts.add(adds[1])
                            surnames.update(adds[2])
                    elif len(part_kinds) == 1:
                        pending.append((start + a, start + b, part_kinds[0], part_keys[0], part_cues))
                    elif two_or_three:  # unknown words: a name if a list or a pronoun says so
                        ends_here = [start + e for e in ends]
                        unknown.append(
                            _Seg(start + a, start + b, list(part_kinds), list(part_keys), part_cues, ends_here)
                        )
                continue
            self._colon_record(text, heads, start, run, mask, found, pending, unknown, seen, surnames, firsts)

    def _colon_record(
        self,
        text: str,
        heads: _Lines,
        start: int,
        run: str,
        mask: int,
        found: list[Finding],
        pending: list[_Pending],
        unknown: list[_Seg],
        seen: set[str],
        surnames: set[str],
        firsts: set[str],
    ) -> None:
        """A run a ":" follows: its last word may label the next field, so it is judged at this place."""
        judged = []  # a field label may end the run: judged at this place
        for seg in self._segments(text, start, run, heads):
            if mask & _SLASH:
                seg.cues = [*seg.cues, "signature"]
            judged.append((seg, *self._judge(seg)))
        for seg, score, rule in judged:
            if score > 0:
                if len(seg.kinds) == 1:
                    _with_particle(text, seg, surnames)
                found.append(self._finding(text, seg, score, rule))
                if len(seg.kinds) > 1:
                    for key, kind in zip(seg.keys, seg.kinds, strict=True):
                        if kind != INIT and kind != PART:
                            seen.add(key)
                            if len(key) > 3 and key[-1] == "s":
                                seen.add(key[:-1])
                    if seg.kinds[0] in (FIRST, AMBIG, BOTH):
                        firsts.add(seg.keys[0])
                    last = seg.keys[-1]
                    base = _base(last)
                    surnames.add(last)
                    surnames.add(base)
                    j = len(seg.kinds) - 2
                    while j >= 0 and seg.kinds[j] == PART:  # "der Berg", "van der Berg"
                        chain = " ".join(seg.keys[j:-1])
                        surnames.update(f"{chain} {k}" for k in (last, base))
                        j -= 1
            elif len(seg.kinds) == 1:
                pending.append((seg.start, seg.end, seg.kinds[0], seg.keys[0], seg.cues))
            elif (
                len(seg.kinds) <= 3
                and _UNKNOWN_NAMEY.issuperset(seg.kinds)
                and not any(key.endswith(self._org_tails) for key in seg.keys)
            ):
                unknown.append(seg)  # not "Kobbervej Tandklinik", "Krogh Advokatpartnerselskab"

    def _one_decision(self, run: str, mask: int) -> tuple[float, str, int, str]:
        """A one-word run's decision under these cue bits: (score, rule, its class, its key), memoised."""
        info = self._tokens.get(run) or self._token(run)
        one = (*self._judge_parts((info[0],), (info[1],), _CUES[mask]), info[0], info[1])
        if len(self._decided_one) < _KIND_CACHE_SIZE:
            self._decided_one[(run, mask)] = one
        return one

    def _normal_form(self, value: str) -> str:
        """``_normalize(value)``, memoised."""
        normalized = self._normalized.get(value)
        if normalized is None:
            normalized = self._normalize(value)
            if len(self._normalized) < _KIND_CACHE_SIZE:
                self._normalized[value] = normalized
        return normalized

    def _mask_explanation(self, rule: str, mask: int) -> Explanation:
        """The shared Explanation of ``rule`` under these cue bits, memoised."""
        explanation = self._mask_explanations.get((rule, mask))
        if explanation is None:
            explanation = self._mask_explanations[(rule, mask)] = self._explanation(rule, _CUES[mask])
        return explanation

    def _runs(self, text: str, heads: _Lines) -> list[tuple[int, int, int, int, str]]:
        """The capitalised runs worth judging, each as (what, start, end, cue bits, run).

        ``what`` is ``_ONE`` (one word), ``_PLAIN_RUN`` (several words that are one name wherever they
        stand, ``_Plain``) or ``_GENERAL`` (split into segments by ``_split``; its bits are the cues
        before it, the cues after it shifted by 8, ``_SLASH`` for a "/" sign-off before it, or only
        ``_COLON`` (and ``_SLASH``) when a ":" follows it). Runs that can never be a name here are left
        out: a one-word run that is never a name alone, a run a street/firm word follows, a path part
        after "/". The mechanics only: the rules are the methods it calls (class of a word, cues), so
        the compiled twin calls them too.
        """
        out: list[tuple[int, int, int, int, str]] = []
        known_tokens = self._tokens
        plains = self._plains
        fields = self.lex.fields
        next_facts = self._next_facts_cache
        for m in RUN.finditer(text):
            run = m.group()
            start = m.start()
            if " " not in run and "\t" not in run:  # one word: most runs, most never a name alone
                info = known_tokens.get(run) or self._token(run)
                if info[0] in _ALONE_NEVER or info[2]:
                    continue  # also a street name alone ("Vestergade", "Solvej")
                if text.startswith("& ", start - 2):
                    continue  # the second partner of a firm: "Kragh & Vestergaard"
                slash = start > 0 and text[start - 1] == "/"
                if slash and not self._slash_signature(text, start):
                    continue
                end = start + len(run)
                if text.startswith(":", end) and info[1] in fields:
                    continue  # "Kopia:", "Cc:" labelling the next field on the same line
                nxt = _NEXT_WORD.match(text, end)
                facts = 0 if nxt is None else next_facts.get(nxt.group(1)) or self._next_facts(nxt.group(1))
                if facts & _BLOCKS:
                    continue  # "Hansens Bageri", "Jensen & Søn"
                bits = self._context_mask(text, start, heads) | self._after_bits(text, end, facts, False)
                out.append((_ONE, start, end, bits | _SIGNATURE if slash else bits, run))
                continue
            slash = start > 0 and text[start - 1] == "/"
            if slash and not self._slash_signature(text, start):
                continue  # a path or URL part, not "JH/Jens Hansen"
            plain = plains[run] if run in plains else self._plain(run)
            if plain is not None and not (plain.field_last and text.startswith(":", start + plain.length)):
                end = start + plain.length
                nxt = _NEXT_WORD.match(text, end)
                facts = 0 if nxt is None else next_facts.get(nxt.group(1)) or self._next_facts(nxt.group(1))
                if facts & _BLOCKS:
                    continue  # "Gustav Adolfs torg", "Nielsen & Søn", "Jensen A/S"
                bits = self._context_mask(text, start, heads) | self._after_bits(text, end, facts, True)
                if slash:
                    bits |= _SIGNATURE
                if plain.brand and not bits & _STRONG_BITS:
                    continue  # "fra Georg Jensen": the firm, unless a label or a mail address says a person
                out.append((_PLAIN_RUN, start, end, bits, run))
                continue
            end = m.end()
            if text.startswith(":", end):  # the last word may label the next field: see _segments
                out.append((_GENERAL, start, end, _COLON | _SLASH if slash else _COLON, run))
                continue
            nxt = _NEXT_WORD.match(text, end)
            facts = 0 if nxt is None else next_facts.get(nxt.group(1)) or self._next_facts(nxt.group(1))
            if facts & _BLOCKS:
                continue  # "Gustav Adolfs torg", "Nielsen & Søn", "Jensen A/S"
            bits = self._context_mask(text, start, heads) | self._after_bits(text, end, facts, True) << 8
            out.append((_GENERAL, start, end, bits | _SLASH if slash else bits, run))
        return out

    def _acted(self, text: str, start: int, end: int, cues: Collection[str]) -> bool:
        """A lone surname opening a sentence or clause before a verb in the past tense, as match reports
        and news write them ("Nilsson var bäst", "mens Thrane reddede"); not a firm's verbs
        ("Ericsson meddelade") and not after a preposition ("rapport från Ericsson väcker")."""
        verb = _PAST_AFTER.match(text, end)
        if verb is None or verb.group(1) in _FIRM_VERBS:
            return False
        if "mid_sentence" not in cues:
            return True
        before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
        return before is not None and before.group(1).casefold() in _CLAUSE_OPENERS

    def _roster_line(self, text: str, colon: int) -> bool:
        """Is the label before this colon a duty-roster label ("Tir:", "Mån:", "Nattevagt:")?"""
        start = _line_start(text, colon)
        return text[start:colon].strip(" \t").casefold() in self.lex.roster_labels

    def _day_label(self, text: str, f: Finding) -> bool:
        """Is a one-word name before a colon a weekday's short form among other days so labelled ("Ons: Allan
        fyller 50. Tor: ledig. Fre: möte"): a diary's days, not a person?"""
        key = f.value.casefold()
        if key not in _WEEKDAYS:
            return False
        return any(m.group(1).casefold() != key for m in _DAY_LABEL.finditer(text))

    def _genitive_first(self, text: str, seg: _Seg) -> bool:
        """A first name in the genitive before the thing owned ("Torbens assistent", "Åsas möte") or a round
        birthday ("Karins 60-årsdag"); the name alone must be a listed first name that is no everyday word ("Hans"
        is also "his")."""
        key = seg.keys[0]
        base = key[:-1]
        lex = self.lex
        if not (
            len(key) > 3
            and key[-1] == "s"
            and key not in lex.first
            and base in lex.first
            and base not in lex.ambiguous
            and base not in lex.stopwords
        ):
            return False
        if _BIRTHDAY_AFTER.match(text, seg.end) is not None:  # "Karins 60-årsdag", "Ruths 70-års fødselsdag"
            return True
        # the name also stands alone in the text ("Hej Dorte" ... "Dortes møde"), or what follows is what a
        # person owns or is related to ("Ullas forældre", "Sørens gamle computer"): not a firm ("Vestas skære")
        return _OWNED_AFTER.match(text, seg.end) is not None and (
            self._owned_after(text, seg.end)
            or re.search(rf"(?<!\w){re.escape(text[seg.start : seg.end - 1])}(?![\w'’])", text) is not None
        )

    def _owned_next(self, text: str, end: int) -> bool:
        """Is the very next word a noun of what a person owns or is related to ("Pers forældre")?"""
        m = _TWO_WORDS_AFTER.match(text, end)
        return m is not None and m.group(1) in self.lex.owned_nouns and m.group(1) not in _OWNED_ADJECTIVES

    def _reader_and_author(self, text: str, found: list[Finding]) -> list[Finding]:
        """A name of three words or more whose last word is a genitive before a work ("läser Ebba Wiik-Bratt
        Strindbergs brev"): two people, the reader and the author."""
        out: list[Finding] = []
        for f in found:
            value = f.value
            cut = value.rfind(" ")
            work = _WORK_AFTER.match(text, f.end) if value.endswith("s") and value.count(" ") >= 2 else None
            if work is None or work.group(1) not in _WORK_NOUNS or "\n" in value or "\t" in value:
                out.append(f)
                continue
            head = value[:cut].rstrip()
            last = head.rsplit(" ", 1)[-1]
            kind = self.kind(last)
            if kind not in (LAST, SHAPE, OTHER) and not (kind == AMBIG and last.casefold() in self.lex.last):
                out.append(f)  # "Hans Christian Andersens eventyr": one name, its genitive
                continue
            pattern, context = f.explanation.pattern, f.explanation.context
            out.append(self._made(text, f.start, f.start + len(head), f.score, pattern, context))
            out.append(self._made(text, f.start + cut + 1, f.end, 0.6, "author", context))
        return out

    def _authors(self, text: str, pending: list[_Pending]) -> list[Finding]:
        """The genitive of a name before a word for what an author or composer made, inside a sentence
        ("viser, hvordan Grundtvigs salmer", "läser Strindbergs brev", "opfører Bachs Juleoratorium"), and that
        name alone elsewhere in the text ("roser Grundtvig"). Not a place's, a firm's or a definite noun's."""
        lex = self.lex
        authors: set[str] = set()
        for _, end, kind, key, cues in pending:
            if kind not in (OTHER, SHAPE, LAST, AMBIG) or not key.endswith("s"):
                continue
            if "mid_sentence" not in cues and kind not in (SHAPE, LAST):  # "Strindbergs pjäs" opens a sentence too
                continue
            base = key[:-1]
            if base in lex.places or base in lex.not_names or base in lex.street_words or base in lex.stopwords:
                continue
            if base not in lex.last and key.endswith(("ens", "ets", "nes", "nas")):
                continue  # "Kirkens salmer", "Nordens sagor": a definite noun's genitive
            work = _WORK_AFTER.match(text, end)
            if work is None:
                continue
            word = work.group(1)
            if word in _WORK_NOUNS or (word[:1].isupper() and word.casefold().endswith(_WORK_TAILS)):
                authors.add(base)
        if not authors:
            return []
        out: list[Finding] = []
        for start, end, kind, key, cues in pending:
            if key in authors or (key.endswith("s") and key[:-1] in authors):
                out.append(self._finding(text, _Seg(start, end, [kind], [key], cues, [end]), 0.6, "author"))
        return out

    def _surname_owns(self, text: str, key: str, end: int) -> bool:
        """A listed surname's genitive before a colleague's or a client's noun ("mødet med Kraghs kunde", "ved
        Foghs bord", "Bergmans kund har ringt"); not a firm's or a place's ("Nettos kunder", "Lunds kontor")."""
        base = key[:-1]
        lex = self.lex
        if base not in lex.last or base in lex.places or base in lex.street_words or base in lex.not_names:
            return False
        m = _TWO_WORDS_AFTER.match(text, end)
        return m is not None and m.group(1) in _WORK_OWNED

    def _owned_after(self, text: str, end: int) -> bool:
        """Is the word after ``end`` (or the one after an adjective) a noun of what a person owns or is related to?"""
        m = _TWO_WORDS_AFTER.match(text, end)
        if m is None:
            return False
        owned = self.lex.owned_nouns
        return m.group(1) in owned or (m.group(2) is not None and m.group(2) in owned)

    def _lone_first_name(self, text: str, seg: _Seg) -> bool:
        """A first name that is a word too ("Sten", "Bo", "Per"), seen in a full name before, alone:
        mid-sentence, before a finite verb, or as the whole line; not "Per capita", "Sten och grus"."""
        if "mid_sentence" in seg.cues or _VERB_AFTER.match(text, seg.end) is not None:
            return True
        if _WITH_WRITER.match(text, seg.end) is not None:  # "Bent og jeg kan godt torsdag"
            return True
        if _PAST_AFTER.match(text, seg.end) is not None and seg.keys[0] not in _MONTHS:  # "Kim fik", not "Maj blev"
            return True
        return text.startswith("\n", seg.end) or seg.end == len(text)

    def _finding(self, text: str, seg: _Seg, score: float, rule: str) -> Finding:
        return self._made(text, seg.start, seg.end, score, rule, seg.cues)

    def _made(self, text: str, start: int, end: int, score: float, rule: str, cues: Sequence[str]) -> Finding:
        return self._made_explained(text, start, end, score, self._explanation(rule, cues))

    def _made_explained(self, text: str, start: int, end: int, score: float, explanation: Explanation) -> Finding:
        value = text[start:end]
        normalized = self._normalized.get(value)
        if normalized is None:
            normalized = self._normalize(value)
            if len(self._normalized) < _KIND_CACHE_SIZE:
                self._normalized[value] = normalized
        return self._person(start, end, score, value, normalized, explanation)

    def _plain_decision(self, run: str, plain: _Plain, mask: int) -> tuple[float, str, str, Explanation]:
        """A plain run's decision under these cue bits, what its Finding holds (memoised)."""
        score, rule = self._judge_parts(plain.kinds, plain.keys, _CUES[mask])
        accepted = (score, "", "", _REJECTED)
        if score > 0:
            f = self._made_mask(run, 0, plain.seg_length, score, rule, mask)
            accepted = (score, f.value, f.normalized, f.explanation)
        if len(self._decided_plain) < _KIND_CACHE_SIZE:
            self._decided_plain[(run, mask)] = accepted
        return accepted

    def _made_mask(self, text: str, start: int, end: int, score: float, rule: str, mask: int) -> Finding:
        """``_made`` with the cues as bits (see ``_CUES``)."""
        value = text[start:end]
        normalized = self._normalized.get(value)
        if normalized is None:
            normalized = self._normalize(value)
            if len(self._normalized) < _KIND_CACHE_SIZE:
                self._normalized[value] = normalized
        explanation = self._mask_explanations.get((rule, mask))
        if explanation is None:
            explanation = self._mask_explanations[(rule, mask)] = self._explanation(rule, _CUES[mask])
        return self._person(start, end, score, value, normalized, explanation)

    def _explanation(self, rule: str, cues: Sequence[str]) -> Explanation:
        """Shared Explanation objects: a few dozen rule/cue combinations recur in every text."""
        key = (rule, tuple(cues))
        found = self._explanations.get(key)
        if found is None:
            context = tuple(sorted(set(cues)))
            found = self._explanations[key] = Explanation(recognizer=NAME, pattern=rule, context=context)
        return found

    def _normalize(self, value: str) -> str:
        """Collapse spaces and drop a genitive -s ("Mette Kjærgaards" -> "Mette Kjærgaard").

        The span keeps the whole word, as Danish and Swedish treebanks annotate it; the normalized
        form is what identifies the person, so both forms of a name fingerprint alike.
        """
        if value[-1] not in "sS":  # no genitive: only the spacing to collapse
            return value if "  " not in value and "\t" not in value else " ".join(value.split())
        words = value.split()
        last = words[-1]
        key = last.casefold()
        lex = self.lex
        if len(key) > 3 and key.endswith("s") and key not in lex.first and key not in lex.last:
            base = key[:-1]
            if base in lex.first or base in lex.last or _SHAPE.search(base) or key.endswith(("'s", "’s")):
                words[-1] = last[:-2] if key.endswith(("'s", "’s")) else last[:-1]
        return " ".join(words)

    # --- special forms ----------------------------------------------------------------------
    def _referred_to(self, text: str, unknown: list[_Seg], found: list[Finding]) -> list[Finding]:
        """Unknown two- or three-word names that the next sentence refers to with a personal
        pronoun: "Zainab Qureshi tiltræder 1. marts. Hun kommer fra ..."."""
        taken = {(f.start, f.end) for f in found}
        out: list[Finding] = []
        for seg in unknown:
            if (seg.start, seg.end) in taken:
                continue
            # "for Det Radikale Venstre fra 1990. Han ...": an institution's article or a known name of one
            if (
                text[seg.start - 4 : seg.start] in ("Det ", "Den ")
                or text[seg.start : seg.end].casefold() in self.lex.brands
            ):
                continue
            stop = _SENTENCE_STOP.search(text, seg.end, seg.end + 300)
            if stop is not None and _PRONOUN.match(text, stop.end()) and "\n" not in text[seg.end : stop.start()]:
                out.append(self._finding(text, seg, 0.6, "pronoun"))
        return out

    def _repeated(
        self, text: str, unknown: list[_Seg], found: list[Finding], surnames: set[str], seen: set[str]
    ) -> list[Finding]:
        """Unknown two- or three-word names written again after they were found ("2. Oksana Melnyk
        fremlagde"), the surnames of a found name written again without the first name ("Brøndum Holm"
        after "Anne-Sofie Brøndum Holm"), or sharing the surname of a person found ("Zeynep Arslan" ...
        "Elif Arslan")."""
        names = {f.normalized.casefold() for f in found}
        taken = {(f.start, f.end) for f in found}
        out: list[Finding] = []
        for seg in unknown:
            if (seg.start, seg.end) in taken:
                continue
            if " ".join(seg.keys) in names or (len(seg.keys) == 2 and seg.keys[-1] in surnames and seg.keys[0] in seen):
                out.append(self._finding(text, seg, 0.6, "mention"))
            elif len(seg.keys) == 2 and seg.kinds[0] in (OTHER, FIRST) and seg.keys[-1] in surnames:
                out.append(self._finding(text, seg, 0.6, "family"))
        return out

    def _listed(self, text: str, found: list[Finding], colon_lines: list[int]) -> list[Finding]:
        """First names on duty-roster lines ("Tirsdag: Lis, Bo, Sidsel") and chat speakers written in
        lower case ("[08:02] mette: ..."), with their other lower-case mentions in the chat."""
        lex = self.lex
        taken: _Spans | None = None  # the spans found, once a candidate needs them
        out: list[Finding] = []

        def free(start: int, end: int) -> bool:
            nonlocal taken
            if taken is None:
                taken = _Spans(found)
            return not taken.overlaps(start, end)

        for line_start in colon_lines:
            m = _ROSTER_LINE.match(text, line_start)
            if m is None or m.group(1).casefold() not in lex.roster_labels:
                continue
            items = [i for i in _ROSTER_ITEM.finditer(text, m.end(1) + 1, m.end())]
            words = [(i.start(1), i.end(1), self._token(i.group(1))) for i in items if " " not in i.group(1)]
            if not any(info[0] in (FIRST, BOTH, AMBIG) and info[1] in lex.first for _, _, info in words):
                continue  # "Fredag: Lukket": no first name on the line
            for start, end, info in words:
                if info[0] in (FIRST, BOTH, AMBIG, OTHER, LAST, SHAPE) and not info[2] and free(start, end):
                    seg = _Seg(start, end, [info[0]], [info[1]], ["roster"], [end])
                    out.append(self._finding(text, seg, 0.6, "roster"))
        speakers: set[str] = set()
        handles: set[str] = set()  # lower-case speakers no list holds ("[13:03] yuliya: ...")
        phrases: set[str] = set()  # speakers of two words or a double name, each part listed
        for line_start in colon_lines:
            m = _CHAT_SPEAKER.match(text, line_start)
            if m is not None:
                key = m.group(1)
                if " " in key or "-" in key:  # "[18:01] karl johan: ...", "[20:01] maj-britt: ..."
                    if self._lower_full_name(key):
                        phrases.add(key)
                else:
                    (speakers if key in lex.first else handles).add(key)
        speakers.update(phrases)
        plain: frozenset[int] = frozenset()  # lines of a thread written without clock times ("mads: ...")
        if not speakers and not handles:
            plain = self._plain_chat(text, colon_lines, speakers)

        def chat_line(pos: int) -> bool:
            start = _line_start(text, pos)
            return _CHAT_LINE.match(text, start) is not None or start in plain

        def continued(pos: int) -> bool:
            # A line with no speaker of its own right after a thread's line goes on with its message ("tue: ok"
            # / "tak yusuf 🎂"): a speaker's name there (not one that is a word too: "bo", "maj") is the speaker.
            start = _line_start(text, pos)
            return start > 0 and start not in colon_set and chat_line(start - 1)

        colon_set = frozenset(colon_lines)
        if speakers:  # "[09:03] Jakob Holm: ..." speaks in the same chat: "er jakob her?"
            for m in _CHAT_NAMED_SPEAKER.finditer(text):
                first = m.group(1).casefold()
                if first in lex.first and first not in lex.stopwords:
                    speakers.add(first)
            # A thread with a listed speaker: its other speakers are people too, unless a word the lists mark
            # as no name ("[10:02] status: ...", "[10:03] info: ...").
            speakers.update(h for h in handles if len(h) > 2 and self._lower_handle(h))
        if speakers:
            for m in _LOWER_WORD.finditer(text):
                word = m.group()
                if (
                    (
                        word in speakers
                        or (len(word) > 3 and word[-1] == "s" and word[:-1] in speakers)  # "har set mikkels oplader"
                        or (  # "kage hos jonna": a listed first name after a preposition of persons
                            word in lex.first
                            and text.endswith(_LOWER_NAME_BEFORE, max(0, m.start() - 6), m.start())
                            and self._lower_first(word)
                        )
                        or (  # "er ask med i aften?", "säg till stig att": a name where a person stands
                            (
                                (
                                    (word in lex.first or word in lex.ambiguous)
                                    and word not in lex.stopwords
                                    and word not in lex.not_names
                                )
                                or self._lower_unlisted(word)
                            )
                            and self._chat_slot(text, m.start(), m.end(), word)
                        )
                    )
                    and (
                        chat_line(m.start())
                        or (word in speakers and word not in lex.ambiguous and continued(m.start()))
                    )
                    and free(m.start(), m.end())
                    # "min mark er oversvømmet", "en lång dag": a word-name after a possessive or an article
                    and not (word in lex.ambiguous and _NOUN_BEFORE.search(text, max(0, m.start() - 12), m.start()))
                ):
                    seg = _Seg(m.start(), m.end(), [FIRST], [word], ["chat"], [m.end()])
                    out.append(self._finding(text, seg, 0.6, "chat"))
        if speakers:  # "[20:03] rune: ja, jeg tager Ask med": one capitalised word inside a message in lower case
            for m in _CHAT_CAPITAL.finditer(text):
                kind, key, street = self._token(m.group(1))
                if (
                    not street
                    and m.group(0).split(None, 1)[0].casefold() not in _PLACE_PREPOSITIONS
                    and (
                        kind in (FIRST, AMBIG, BOTH)
                        # an unlisted word, not a noun's definite form ("tager Volvoen", "Bilen")
                        or (kind == OTHER and self._caps_unknown(key) and not key.endswith(_DEFINITE_ENDINGS))
                    )
                    and key not in lex.everyday_words
                    and key not in lex.brands
                    and chat_line(m.start())
                    and free(m.start(1), m.end(1))
                ):
                    seg = _Seg(m.start(1), m.end(1), [kind], [key], ["chat"], [m.end(1)])
                    out.append(self._finding(text, seg, 0.6, "chat"))
        for phrase in phrases:
            at = text.find(phrase)
            while at >= 0:
                end = at + len(phrase)
                if (
                    not (at and (text[at - 1].isalnum() or text[at - 1] in "-@."))
                    and not (end < len(text) and (text[end].isalnum() or text[end] == "-"))
                    and chat_line(at)
                    and free(at, end)
                ):
                    keys = phrase.split()
                    seg = _Seg(at, end, [FIRST] * len(keys), keys, ["chat"], [end])
                    out.append(self._finding(text, seg, 0.6, "chat"))
                at = text.find(phrase, end)
        return out

    def _plain_chat(self, text: str, colon_lines: list[int], speakers: set[str]) -> frozenset[int]:
        """A thread written without clock times, one message a line after its speaker in lower case ("mads: hun
        er hos ask", "björk: hänger stig med?"). Three speaker lines at least by two speakers at least (user
        names such as "sarah_k" or "xXbjørnXx" count), two of them by a listed first name, or four lines or more
        in which every speaker speaks twice (a dialogue); a message of a named speaker talks (a question, a
        pronoun, yes or no: lines of labels and values do not). Adds the lower-case speakers that may be people
        to ``speakers`` and gives the thread's line starts. A label among the speakers ("navn:", "status:")
        makes none: a form."""
        if sum(text[line_start : line_start + 1].islower() for line_start in colon_lines) < 2:
            return frozenset()  # two speakers in lower case at least (most colon lines are capitalised labels)
        lex = self.lex
        lines: list[int] = []
        keys: list[str] = []
        names: list[str] = []
        others: set[str] = set()
        worded = False
        for line_start in colon_lines:
            m = _PLAIN_SPEAKER.match(text, line_start)
            if m is None:
                continue
            key = m.group(1)
            lines.append(line_start)
            keys.append(key)
            if not key.islower() or not key.isalpha():  # a user name ("sarah_k", "creeperKing99"): a line only
                handle = _NAME_HANDLE.fullmatch(key) if key.islower() else None
                if handle is None or not self._lower_first(handle.group(1)):
                    continue
                names.append(key)  # ... made of a listed first name ("mads_h"): a person's
            elif key in lex.fields or (key in lex.roster_labels and key not in lex.first):
                return frozenset()  # "navn: ...", "mandag: ...": a form or a roster ("thu" is a name too)
            elif key in lex.owned_nouns and key in lex.titles:  # "mor:", "far:" in a family thread
                continue
            elif not self._lower_handle(key) and not (key in lex.first and key in lex.roster_labels):
                continue  # a listed first name that is a day's short form too ("tue", "tor") speaks here
            elif key in lex.first:
                names.append(key)
            elif len(key) > 2 and key not in lex.everyday_words:
                others.add(key)
            else:
                continue
            if not worded:
                eol = text.find("\n", m.end())
                worded = _PLAIN_TALK.search(text, m.end(), eol if eol >= 0 else len(text)) is not None
        distinct = set(keys)
        if len(lines) < 3 or len(distinct) < 2 or not worded:
            return frozenset()
        if len(names) < 2 and not (len(lines) >= 4 and all(keys.count(k) > 1 for k in distinct)):
            return frozenset()
        speakers.update(names)
        speakers.update(others)
        return frozenset(lines)

    def _lower_unlisted(self, word: str) -> bool:
        """May a lower-case word no list holds be a name in a chat message (not a label, role, stop or everyday
        word, nor a noun's definite form)?"""
        return (
            len(word) > 2
            and self._lower_handle(word)
            and word not in self.lex.everyday_words
            and not word.endswith(_DEFINITE_ENDINGS)
        )

    def _chat_slot(self, text: str, start: int, end: int, word: str) -> bool:
        """Does a first name in a chat message in lower case stand where a person does? Asked whether someone
        comes along ("er ask med", "hänger stig med"), told something ("sig til hoa at", "säg åt frans att"),
        beside a pronoun ("stig og jeg", "jag och vera"), after a preposition of persons ending the message
        ("hørt fra liv??", "med björk"), waited for or fetched ("venter vi på sarah", "hente noah"), or opening a
        clause before a verb ("og sol tager kage med"; a name that is also a word only before a verb of doing:
        "sol er" may be the sun). A word no list holds only where the slot leaves no other reading: asked with
        "er"/"kommer" ... "med", told ... "at", or after "og" before a verb of doing ("og tenzin tager")."""
        before = text[max(0, start - 24) : start]
        after = text[end : end + 12]
        if word not in self.lex.first and word not in self.lex.ambiguous:
            return (
                (_SLOT_ASKED_BE.search(before) is not None and _SLOT_ALONG.match(after) is not None)
                or (_SLOT_TOLD.search(before) is not None and _SLOT_THAT.match(after) is not None)
                or (_SLOT_JOINED.search(before) is not None and _SLOT_DOING.match(after) is not None)
            )
        if _SLOT_ASKED.search(before) is not None and _SLOT_ALONG.match(after) is not None:
            return True
        if _SLOT_TOLD.search(before) is not None and _SLOT_THAT.match(after) is not None:
            return True
        if _SLOT_PRONOUN_BEFORE.search(before) is not None or _SLOT_PRONOUN_AFTER.match(after) is not None:
            return True
        if _SLOT_PERSON_PREP.search(before) is not None and _SLOT_MESSAGE_END.match(after) is not None:
            return True
        if _SLOT_FETCHED.search(before) is not None:
            return True
        if word in self.lex.ambiguous:
            return _SLOT_CLAUSE.search(before) is not None and _SLOT_DOING.match(after) is not None
        return self._lower_first(word) and self._lower_placed(text, start, end)

    def _lower_full_name(self, key: str) -> bool:
        """Is a lower-case "karl johan", "mohammed amin" or "maj-britt" a name: a listed first name that is no
        everyday word, then listed names (each part of a double first name listed)?"""
        words = key.split()
        if len(words) > 2:
            return False
        parts = words[0].split("-")  # a double name ("maj-britt") is no everyday word even if a part is
        if not (all(p in self.lex.first for p in parts) if len(parts) > 1 else self._lower_first(parts[0])):
            return False
        return all(self._lower_rest(w) for w in words[1:])

    def _lower_handle(self, key: str) -> bool:
        """May a lower-case chat speaker no list holds be a person (not a label, role or stop word)?"""
        lex = self.lex
        return not _in_any(
            key,
            lex.stopwords,
            lex.fields,
            lex.not_names,
            lex.titles,
            lex.roster_labels,
            lex.street_words,
            lex.named_things,
        )

    def _lower_first(self, key: str) -> bool:
        """Is a lower-case word a listed first name that is no everyday word too?"""
        lex = self.lex
        return key in lex.first and key not in lex.ambiguous and key not in lex.stopwords and key not in lex.not_names

    def _lower_rest(self, key: str) -> bool:
        """May a lower-case word follow a first name in a name written in lower case ("el-khatib", "abdi")?"""
        lex = self.lex
        if key in lex.stopwords or key in lex.not_names:
            return False
        if key in lex.last or (key in lex.first and key not in lex.ambiguous):  # "rasmus holm", not "ida sol"
            return True
        parts = key.split("-")
        return len(parts) > 1 and parts[-1] in lex.last and all(p in _PARTICLES or p in lex.last for p in parts)

    def _lower_case(self, text: str, found: list[Finding], colon_lines: list[int], naming: bool) -> list[Finding]:
        """Names written in lower case where a person's name must stand: the whole value of a name field
        ("Navn: nadia el-khatib") and the words after a verb of naming ("jeg hedder jamal abdi og ringede", "en
        der hed kirsten", "jag heter hodan ali"). The first word is a listed first name that is no everyday word,
        every other one a listed name."""
        spans: list[tuple[int, int]] = []
        for line_start in colon_lines:
            colon = text.find(":", line_start)
            value = colon + 1
            while text[value : value + 1] in (" ", "\t"):
                value += 1
            if not text[value : value + 1].islower():  # most field values open with a capital or a digit
                continue
            label = text[line_start:colon].strip(" \t").casefold()
            if not self._person_label(label):  # "Note: the ...": no name field
                continue
            m = _LOWER_FIELD.match(text, line_start)
            if m is None or not self._person_label(m.group(1).casefold()):
                continue
            words = list(_LOWER_NAME_WORD.finditer(text, m.start(2), m.end(2)))
            if (
                0 < len(words) <= 4
                and self._lower_first(words[0].group())
                and all(self._lower_rest(w.group()) for w in words[1:])
            ):
                spans.append((words[0].start(), words[-1].end()))
        for verb in _NAMING_VERBS if naming else ():  # str.find per verb: a regex at every position costs ~4 %
            at = text.find(verb)
            while at >= 0:
                m = _NAMED_LOWER.match(text, at + len(verb))
                if m is not None and self._lower_first(m.group(1)):
                    end = m.end(2) if m.group(2) and self._lower_rest(m.group(2)) else m.end(1)
                    spans.append((m.start(1), end))
                at = text.find(verb, at + 1)
        if not spans:
            return []
        taken = _Spans(found)
        out: list[Finding] = []
        for start, end in spans:
            if not taken.overlaps(start, end):
                keys = text[start:end].casefold().split()
                seg = _Seg(start, end, [FIRST] * len(keys), keys, ["field"], [end])
                out.append(self._finding(text, seg, 0.7, "lower_case"))
        return out

    def _agent_lines(self, text: str, found: list[Finding]) -> list[Finding]:
        """A first name in lower case closing a line an app writes under a poll, post or file: one or two words
        (a participle: "Oprettet", "Senest ændret", "Skapad", "Created"), "af"/"av"/"by", the name (a listed
        first name that is no everyday word, then perhaps a listed surname) and the line's end or a date after a
        separator ("Oprettet af frode", "Skapad av siri · 3 dec", "Last edited by anna"): who made it."""
        spans: list[tuple[int, int]] = []
        for prep in _AGENT_PREPS:  # str.find per word: most texts hold none, prose holds few
            at = text.find(prep)
            while at >= 0:
                m = _AGENT_TAIL.match(text, at + len(prep))
                if m is not None and self._lower_first(m.group(1)):
                    head = text[_line_start(text, at) : at].strip(" \t")
                    end = m.end(2) if m.group(2) and self._lower_rest(m.group(2)) else m.end(1)
                    # "Lavet af anna og co": a second word that is no name leaves the line no agent line
                    if _AGENT_HEAD.fullmatch(head) is not None and not (m.group(2) and end == m.end(1)):
                        spans.append((m.start(1), end))
                at = text.find(prep, at + 1)
        if not spans:
            return []
        taken = _Spans(found)
        out: list[Finding] = []
        for start, end in spans:
            if not taken.overlaps(start, end):
                keys = text[start:end].split()
                seg = _Seg(start, end, [FIRST] * len(keys), keys, ["field"], [end])
                out.append(self._finding(text, seg, 0.65, "lower_case:agent"))
        return out

    def _person_label(self, label: str) -> bool:
        """Does a field labelled so (casefolded) hold a person: a name field, a name column, or who did
        something ("oprettet af", "registrerad av", "created by")?"""
        return label in self.lex.fields or label in self.lex.column_full or _AGENT_LABEL.fullmatch(label) is not None

    def _lower_rows(self, text: str, found: list[Finding]) -> list[Finding]:
        """A name in lower case in the slot where other lines hold a name found ("a3f91c2 Jonas Bech: ret bug" /
        "c41e8aa jonas bech: merge"; a Doodle export's "frida k; ja; nej"): the slot is the line's start up to the
        name (commit ids and numbers alike) and the ";", ":", tab or "|" after it, filled with a found name on two
        lines at least. The lower-case run has two or three words: a listed first name (one that is also a word
        only before a listed surname), then listed names, particles or one initial."""
        slots: dict[tuple[str, str], int] = {}
        for f in found:
            delim = text[f.end : f.end + 1]
            if delim not in _ROW_DELIMITERS or " " not in f.value:
                continue
            line_start = text.rfind("\n", 0, f.start) + 1
            if f.start - line_start > _ROW_PREFIX:
                continue
            slot = (_row_shape(text[line_start : f.start]), delim)
            slots[slot] = slots.get(slot, 0) + 1
        slots = {slot: n for slot, n in slots.items() if n > 1}
        if not slots:
            return []
        taken = _Spans(found)
        out: list[Finding] = []
        line_start = 0
        while line_start < len(text):
            line_end = text.find("\n", line_start)
            if line_end < 0:
                line_end = len(text)
            # A run found in the 40 characters before a delimiter further on starts past the slot's prefix: only
            # a delimiter up to ``reach`` is looked for (the same rows, without a search on every long line).
            reach = min(line_end, line_start + _ROW_PREFIX + 41)
            for shape, delim in slots:
                at = text.find(delim, line_start, reach)
                if at <= line_start:
                    continue
                m = _LOWER_ROW_RUN.search(text, max(line_start, at - 40), at)
                if (
                    m is None
                    or m.start() - line_start > _ROW_PREFIX
                    or _row_shape(text[line_start : m.start()]) != shape
                    or taken.overlaps(m.start(), m.end())
                    or not self._lower_row_name(m.group().split())
                ):
                    continue
                keys = m.group().split()
                seg = _Seg(m.start(), m.end(), [FIRST] * len(keys), keys, ["field"], [m.end()])
                out.append(self._finding(text, seg, 0.7, "lower_case"))
                break
            line_start = line_end + 1
        return out

    def _lower_speakers(self, text: str, found: list[Finding]) -> list[Finding]:
        """A chat speaker's first name written in lower case elsewhere in the chat ("Charlotte: Løber vi?" ...
        "charlotte: perfekt, dennis tager kaffe med" after "Dennis: yes"; "Lise Holm: ..." ... "lise du skal
        med"): two lines at least open with a name found before ":", and the word in lower case is the first
        name of one of them, a listed first name that is no word too
        (``_lower_first``: not "sol", "dag", "mark"), standing alone (not "mette-kage", "mette.dk")."""
        heads: list[str] = []
        for f in found:
            if (
                text.startswith(":", f.end) and (f.start == 0 or text[f.start - 1] == "\n") and f.value[0].isupper()
            ):  # a full name heading a post is called by its first name ("Lise Holm:" ... "lise du skal med")
                heads.append(f.value.split(None, 1)[0].casefold())
        if len(heads) < 2:
            return []
        keys = [k for k in set(heads) if k in text and self._lower_first(k)]
        if not keys:
            return []
        taken = _Spans(found)
        out: list[Finding] = []
        for key in keys:
            at = text.find(key)
            while at >= 0:
                end = at + len(key)
                m = _LOWER_ALONE.match(text, at, end + 2)
                if m is not None and m.end() == end and not taken.overlaps(at, end):
                    seg = _Seg(at, end, [FIRST], [key], ["mid_sentence"], [end])
                    out.append(self._finding(text, seg, 0.6, "lower_case:speaker"))
                at = text.find(key, end)
        return out

    def _lower_agreeing(self, text: str, found: list[Finding]) -> list[Finding]:
        """A first name found capitalised, written in lower case elsewhere in the same text where a person stands
        (``_lower_placed``: "Jeg talte med Mette. mette siger ja"): a listed first name that is no everyday word.
        In a thread (two lines at least headed by a name found before ":") a line headed by a first name in lower
        case, perhaps with a surname's initial, speaks too: a word-name only if it was found capitalised ("kim:
        sorry" after "Brian og Kim"), any listed first name else ("søren k: jeg tager to")."""
        keys: set[str] = set()
        heads = 0
        first_keys = self._first_keys
        for f in found:
            value = f.value
            if not value[:1].isupper():
                continue
            first = first_keys.get(value)
            if first is None:  # memoised: the same names come back in every document
                first = value.split(None, 1)[0].casefold()
                if first not in self.lex.first or not first.isalpha():
                    first = ""
                if len(first_keys) < _KIND_CACHE_SIZE:
                    first_keys[value] = first
            if first:
                keys.add(first)
            if (f.start == 0 or text[f.start - 1] == "\n") and _HEAD_COLON.match(text, f.end) is not None:
                heads += 1  # "Ole K:": the initial is joined to the name later
        present = {k for k in keys if k in text}  # most texts: no name found is written in lower case too
        if not present and heads < 2:
            return []
        starts: list[tuple[int, int]] = []
        vocatives: set[int] = set()
        if present:
            starts = [m.span(1) for m in _AGREEING_AT.finditer(text) if m.group(1) in present]
            if ": " in text:  # "signe: abdi husk refleks", "hodan: ok birgitta": a chat post addressing someone
                for m in _VOCATIVE_AT.finditer(text):  # the post's head a speaker's first name ("hodan:")
                    if m.group(2) in present and m.group(1).casefold() in self.lex.first:
                        starts.append(m.span(2))
                        vocatives.add(m.start(2))
            at_start = _AGREEING_AT.match("\n" + text[:40])  # the text's first word
            if at_start is not None and at_start.group(1) in present:
                starts.append((at_start.start(1) - 1, at_start.end(1) - 1))
        # ... and a line headed by a first name found capitalised after "@" ("@Lise Ravn kan du ..." then "lise: ja"):
        # the "@" says it is a chat (not "line: str" in a manual that names a Line)
        mentioned = (
            {f.value.split(None, 1)[0].casefold() for f in found if f.explanation.pattern == "mention:@"}
            if heads < 2 and present and "@" in text
            else set()
        )
        headed = any("\n" + key + ":" in text for key in present & mentioned if self._lower_first(key))
        lines = list(_LOWER_HEAD.finditer(text)) if heads >= 2 or headed else []
        if not starts and not lines:
            return []
        taken = _Spans(found)
        out: list[Finding] = []
        for start, end in starts:
            word = text[start:end]
            if (
                word in keys
                and self._lower_first(word)
                and not taken.overlaps(start, end)
                and (start in vocatives or self._lower_placed(text, start, end))
                and not any(f.start == start for f in out)
            ):
                seg = _Seg(start, end, [FIRST], [word], ["mid_sentence"], [end])
                out.append(self._finding(text, seg, 0.6, "lower_case:agreeing"))
        if lines:
            for m in lines:
                key = m.group(1)
                start, end = m.start(1), m.end(2) if m.group(2) else m.end(1)
                if (
                    (
                        (key in keys or self._lower_first(key))
                        if heads >= 2
                        else key in mentioned and self._lower_first(key)
                    )
                    and not taken.overlaps(start, end)
                    and not any(f.start == start for f in out)
                ):
                    words = text[start:end].split()
                    seg = _Seg(start, end, [FIRST] * len(words), words, ["chat"], [end])
                    out.append(self._finding(text, seg, 0.6, "lower_case:speaker"))
        return out

    def _lower_informal(self, text: str, found: list[Finding], all_lower: bool) -> list[Finding]:
        """A listed first name in lower case (no everyday word: ``_lower_first``) in a text typed fast but not wholly
        in lower case, where only a person stands: greeted or thanked ("hej mette", "tak sofie"), asked or told
        ("spørg lars om", "fråga erik", "sig til peter", "ring till karin"), beside a pronoun ("mette og jeg",
        "jag och johan"), called at a message's end after a comma or a preposition of persons ("tak for i går,
        sofie!", "pratat med johan?"), or after "@" ("@jonas"); a listed surname in lower case may follow a
        greeted or told name ("ring til karin hansen")."""
        low = self._lowered(text)
        if len(low) != len(text):  # a letter that lower-cases to two ("İ"): offsets would shift
            return []
        spans: dict[int, int] = {}

        def take(start: int, end: int, surname: bool) -> None:
            key = text[start:end]
            if not key.islower() or not self._lower_first(key) or start in spans:
                return
            if surname:
                nxt = _LOWER_NAME_NEXT.match(text, end)
                if nxt is not None and nxt.group(1) in self.lex.last and self._lower_rest(nxt.group(1)):
                    end = nxt.end(1)  # "ring til karin hansen": a listed surname after it
            spans[start] = end

        def word_start(at: int) -> bool:
            return at == 0 or not (low[at - 1].isalnum() or low[at - 1] in "@._-")

        def genitive(start: int, end: int) -> None:  # "mormor ingers fødselsdag": the name's genitive
            key = text[start:end]
            if key.islower() and len(key) > 3 and key[-1] == "s" and self._lower_first(key[:-1]):
                spans.setdefault(start, end)

        joined = "og " in low or "och " in low
        for m in _INFORMAL_GREETED.finditer(low):
            if low[m.start() : m.start(1)].rstrip(" \t,") in _INFORMAL_GREETINGS:  # not "ti" or "sey" joined
                take(m.start(1), m.end(1), True)
        asked = "spørg" in low or "fråga" in low
        for m in _INFORMAL_ASKED_SOFT.finditer(low) if asked else ():  # "spørg lige kamilla", "fråga bara jesper"
            if word_start(m.start()):
                take(m.start(1), m.end(1), True)
        for m in _INFORMAL_SELF.finditer(low) if "det" in low else ():  # "det er tanja fra", "är det moa?"
            at = m.start() if low[m.start() - 3 : m.start()] not in ("er ", "är ", "er\t", "är\t") else m.start() - 3
            if word_start(at):
                take(m.start(1), m.end(1), True)
        kin = [(m.start(2), m.end(2)) for m in _LOWER_TITLED.finditer(low)]  # "farmor ruth", after a blank ...
        first = _LOWER_TITLED.match("\n" + low) if low[:1].isalpha() else None  # ... or opening the text
        if first is not None:
            kin.append((first.start(2) - 1, first.end(2) - 1))
        for start, end in kin:  # "mormor ingers fødselsdag": the genitive too
            take(start, end, True)
            genitive(start, end)
        if ", " in low or joined:  # "elias, oscar og william", "ulla og john": two listed first names at least
            done = 0
            for gate in _LOWER_CHAIN_GATE.finditer(text):  # a joint between words in lower case, found fast
                if gate.start() < done or gate.group(1) not in self.lex.first:
                    continue  # a chain of two first names at least has one after a joint
                head = _LOWER_CHAIN_HEAD.search(text, max(0, gate.start() - 30), gate.start())
                chain = _LOWER_CHAIN.match(text, head.start()) if head is not None else None
                if chain is None:
                    continue
                done = chain.end()
                items = [w for w in _LOWER_TEXT_WORD.finditer(text, chain.start(), done) if w.group() not in _AND_WORDS]
                named = [w for w in items if self._lower_first(w.group())]
                # a word-name listed among them counts too ("julia, max, mamma"), but only the others are taken
                if (
                    named
                    and sum(w.group() in self.lex.first and w.group() not in self.lex.stopwords for w in items) > 1
                ):
                    for w in named:
                        take(w.start(), w.end(), False)
        # told: not in a text wholly in lower case, where "ring til frank" may be English ("in case of illness")
        for m in _INFORMAL_TO.finditer(low) if ("til" in low or "åt" in low) and not all_lower else ():
            at = m.start()  # the verb's blanks end right before "til": a blank first (a word's start too)
            if at and low[at - 1] in " \t" and _INFORMAL_TOLD.search(low, max(0, at - 20), at) is not None:
                take(m.start(1), m.end(1), True)
        for m in _INFORMAL_AND.finditer(low) if joined else ():
            at = m.start()  # the pronoun's blanks end right before "og": a blank first (a word's start too)
            if at and low[at - 1] in " \t" and _INFORMAL_PRONOUN.search(low, max(0, at - 8), at) is not None:
                take(m.start(1), m.end(1), False)
        if "@" in text and not all_lower:  # a handle in a thread wholly in lower case is often left unmarked
            for m in _INFORMAL_AT.finditer(low):
                if m.start() == 0 or not (low[m.start() - 1].isalnum() or low[m.start() - 1] in "._"):
                    take(m.start(1), m.end(1), False)
        ends = _positions(low, "!?") if "?" in text or "!" in text else []
        tail = len(low.rstrip(" \t\n."))
        for at in (*ends, tail):  # "tak for i går, sofie!", "pratat med johan?": looked at back from the end
            if not text[at - 2 : at].rstrip(" \t")[-1:].islower():
                continue  # no word in lower case right before it (most "?" close a capitalised or a digit's word)
            called = _INFORMAL_CALLED.search(low, max(0, at - 30), at)
            if called is None:
                continue
            if called.group("anchor") == "," or (at != tail and word_start(called.start())):  # not "med karen"
                take(called.start("name"), called.end("name"), False)
        for m in _INFORMAL_PAIRED.finditer(low) if joined else ():
            at = m.start()  # the name's blanks end right before "og": a blank first (a word's start too)
            if at and low[at - 1] in " \t":
                before = _INFORMAL_BEFORE.search(text, max(0, at - 30), at)
                if before is not None:
                    take(before.start(1), before.end(1), False)
        if not spans:
            return []
        taken = _Spans(found)
        out: list[Finding] = []
        for start, end in sorted(spans.items()):
            if taken.overlaps(start, end):
                continue
            keys = text[start:end].split()
            seg = _Seg(start, end, [FIRST] * len(keys), keys, ["lower"], [end])
            out.append(self._finding(text, seg, 0.6, "lower_case:slot"))
        return out

    def _lower_repeated(self, text: str, found: list[Finding]) -> list[Finding]:
        """A first name found in lower case, written so again elsewhere in the text, or its genitive ("spørg lige
        kamilla" ... "kamilla svarer ikke"; "elias, oscar og william" ... "husk elias' sko"): the writer means the
        same person. Only a listed first name that is no everyday word (``_lower_first``), standing alone."""
        keys = {f.value for f in found if f.value.islower() and f.value.isalpha() and self._lower_first(f.value)}
        if not keys:
            return []
        taken = _Spans(found)
        out: list[Finding] = []
        for m in _LOWER_TEXT_WORD.finditer(text):
            word = m.group()
            if (word in keys or (len(word) > 3 and word[-1] == "s" and word[:-1] in keys)) and not taken.overlaps(
                m.start(), m.end()
            ):
                seg = _Seg(m.start(), m.end(), [FIRST], [word], ["lower"], [m.end()])
                out.append(self._finding(text, seg, 0.6, "lower_case:again"))
        return out

    def _slot_rows(self, text: str, found: list[Finding]) -> list[Finding]:
        """A first name that is a word too, or a first name and a surname, alone in the slot where two other lines
        at least hold a name found ("Uge 25: Lykke" among "Uge 22: Ebbe", "6. Vita Glad, Sparta" among "5. Bo
        Vinter, Sparta", "dag: jag kör" among "sol: jag kör"): the slot is the line's start up to the name
        (numbers alike, as in ``_lower_rows``) and what follows it (",", ";", ":", tab, "|" or the line's end).
        The value fills the slot: one or two capitalised words, a listed first name first and no street, firm,
        role or stop word after it ("3. Sol Energi", "Uge 30: Ferie" stay); a word in lower case only where
        another line of the slot holds a name in lower case."""
        slots: dict[tuple[str, str], set[int]] = {}
        lowered: set[tuple[str, str]] = set()
        full: dict[tuple[str, str], int] = {}  # how many names of two words or more fill the slot
        for f in found:
            delim = text[f.end : f.end + 1]
            if delim not in _SLOT_DELIMITERS:
                continue
            line_start = text.rfind("\n", 0, f.start) + 1
            if f.start - line_start > _ROW_PREFIX:
                continue
            prefix = text[line_start : f.start]
            slot = (_row_shape(prefix) if prefix else "", delim or "\n")
            lines = slots.get(slot)
            if lines is None:
                slots[slot] = {line_start}
            else:
                lines.add(line_start)
            if f.value.islower():
                lowered.add(slot)
            if " " in f.value:
                full[slot] = full.get(slot, 0) + 1
        ready = [slot for slot, lines in slots.items() if len(lines) > 1]
        if not ready:
            return []
        held: set[int] = set().union(*(slots[slot] for slot in ready))  # lines whose slot is filled already
        taken: _Spans | None = None
        out: list[Finding] = []
        for row in _SLOT_LINE.finditer(text):  # only the lines a slot can be filled on (see ``reach``)
            line_start = row.start()
            line_end = text.find("\n", line_start)
            if line_end < 0:
                line_end = len(text)
            if line_start in held or line_end - line_start < 3:
                continue
            # The name is searched in the 40 characters before ``at`` and must start within the prefix: an ``at``
            # past ``reach`` can fill no slot (the same rows, without a search on every long line).
            reach = min(line_end, line_start + _ROW_PREFIX + 40)
            looked: dict[str, tuple[re.Match[str] | None, str]] = {}  # slots of one delimiter: one search
            for shape, delim in ready:
                got = looked.get(delim)
                if got is None:
                    if delim == "\n":
                        at = line_end if line_end <= reach else -1
                    else:
                        at = text.find(delim, line_start, reach + 1)
                    m = _SLOT_NAME.search(text, max(line_start, at - 40), at) if at > line_start else None
                    if m is not None and m.start() - line_start > _ROW_PREFIX:
                        m = None
                    got = looked[delim] = (
                        m,
                        _row_shape(text[line_start : m.start()]) if m and m.start() > line_start else "",
                    )
                m, filled = got
                if (
                    m is None
                    or filled != shape
                    or not self._slot_name(m.group(1), (shape, delim) in lowered, full.get((shape, delim), 0) > 2)
                ):
                    continue
                if taken is None:
                    taken = _Spans(found)
                if taken.overlaps(m.start(), m.end(1)):
                    continue
                keys = m.group(1).casefold().split()
                seg = _Seg(m.start(), m.end(1), [FIRST] * len(keys), keys, ["field"], [m.end(1)])
                out.append(self._finding(text, seg, 0.65, "slot_row"))
                break
        return out

    def _slot_name(self, value: str, lower: bool, full: bool) -> bool:
        """Is a value in a row slot a name: see ``_slot_rows``. Where three full names fill the slot, two
        capitalised words no list holds as first name are one too ("Joar Hed" among "Elof Fors", "Maj Dahl"),
        unless one is a town or a firm, street, role or stop word."""
        lex = self.lex
        words = value.split()
        key = words[0].casefold()
        if full and len(words) == 2 and value[0].isupper() and not value.islower():
            return (
                all(self.kind(w) in _SLOT_KINDS for w in words)
                and not any(w.casefold() in lex.places for w in words)
                and words[1][0].isupper()
            )
        if key not in lex.first or key in lex.not_names or key in lex.roster_labels:
            return False
        if value.islower():
            return lower and len(words) == 1
        if not value[0].isupper():
            return False
        return all(self.kind(w) in _SLOT_KINDS for w in words)

    def _lower_row_name(self, words: list[str]) -> bool:
        """Two or three lower-case words that make a name: see ``_lower_rows``."""
        lex = self.lex
        first, last = words[0], words[-1]
        if len(words) < 2 or first not in lex.first or first in lex.stopwords or first in lex.not_names:
            return False
        if first in lex.ambiguous:  # "sol mikkelsen", "gry holm-winther", not "sol og"
            return len(words) == 2 and (self._lower_rest(last) or _base(last) in lex.last)
        return (
            all(  # after a first name that is no word also an unlisted surname: "ida brun", "nadia el amrani"
                len(w) == 1
                or w in _PARTICLES
                or self._lower_rest(w)
                or (len(w) > 2 and w not in lex.stopwords and w not in lex.not_names and w not in lex.everyday_words)
                for w in words[1:]
            )
            and not (len(last) == 1 and len(words) > 2)
        )

    def _lower_text(self, text: str, found: list[Finding], all_lower: bool) -> list[Finding]:
        """Names in a text written wholly in lower case (a chat or a comment typed fast: "hej mads kan du tage
        over? signe er syg"): every listed first name that is no everyday word, with a listed surname after it;
        and in any text a name in lower case closing it after a sign-off ("hilsen ulla bech", "mvh rasmus"),
        looked for in the text's last characters."""
        spans: list[tuple[int, int]] = []
        if all_lower:
            for m in _LOWER_TEXT_WORD.finditer(text):
                if self._lower_first(m.group()) and self._lower_placed(text, m.start(), m.end()):
                    nxt = _LOWER_NAME_NEXT.match(text, m.end())
                    end = nxt.end(1) if nxt is not None and self._lower_rest(nxt.group(1)) else m.end()
                    if not spans or spans[-1][1] < m.start():
                        spans.append((m.start(), end))
        for m in _LOWER_SIGNED.finditer(text, max(0, len(text) - _SIGNED_TAIL)):
            if self._lower_first(m.group(1)):
                end = m.end(2) if m.group(2) and self._lower_rest(m.group(2)) else m.end(1)
                if m.group(2) and end == m.end(1):
                    continue  # "hilsen ulla og co": a second word that is no name
                spans.append((m.start(1), end))
        taken = _Spans(found)
        out: list[Finding] = []
        for start, end in sorted(set(spans)):
            if not taken.overlaps(start, end) and not (out and out[-1].end > start):
                keys = text[start:end].split()
                seg = _Seg(start, end, [FIRST] * len(keys), keys, ["lower"], [end])
                out.append(self._finding(text, seg, 0.6, "lower_case"))
        return out

    def _lower_placed(self, text: str, start: int, end: int) -> bool:
        """Does a word in a text typed in lower case stand where a person does: after a greeting ("hej mads"),
        or opening a clause before a verb ("signe er syg", "og ali har fri")? A word-name alone anywhere else is
        read as the word ("in case of illness")."""
        before = _LOWER_BEFORE.search(text, max(0, start - 14), start)
        if before is None:
            return False
        word = before.group(1)
        if word is not None and word in self.lex.salutations:
            return True
        clause = word is None or word in _CLAUSE_JOINS or text[before.end(1) : start].strip(" \t") == ","
        if not clause:
            return False
        if _LOWER_VERB_AFTER.match(text, end) is not None:
            return True
        # a verb in the present or past tense by its ending ("kamilla svarer", "mattias hämtar", "ida ringede")
        verb = _LOWER_TENSED_AFTER.match(text, end)
        return verb is not None and verb.group(1) not in self.lex.stopwords

    def _name_words(self, start: int, run: str) -> list[tuple[int, int, int, str]]:
        """(start, end, kind, key) of a run's leading words that can be part of a name; particles inside."""
        words: list[tuple[int, int, int, str]] = []
        for s, e, tok in _tokens(start, run):
            kind, key, street = self._tokens.get(tok) or self._token(tok)
            if (kind in _ALONE_NEVER and kind != PART) or (street and kind != FIRST):  # "@Agata Zielińska"
                break
            words.append((s, e, kind, key))
        while words and words[-1][2] in (PART, INIT):
            words.pop()
        return words if words and words[0][2] != PART else []

    def _mentions(self, text: str) -> list[Finding]:
        """Names after "@" in chat exports ("Tak til @Jeppe Hvid og @Tinne Brink"); a lower-case handle
        ("@kasperj") is a user name, not a person's name."""
        out: list[Finding] = []
        for m in _MENTION.finditer(text):
            words = self._name_words(m.start(1), m.group(1))
            if not words or (len(words) == 1 and words[0][2] not in (FIRST, BOTH, AMBIG, LAST)):
                continue  # "@Salg", "@Alle": a team or everyone
            seg = _Seg(words[0][0], words[-1][1], [w[2] for w in words], [w[3] for w in words], ["mention"], [])
            out.append(self._finding(text, seg, 0.75, "mention:@"))
        return out

    def _speakers(self, text: str) -> list[Finding]:
        """A name heading a chat post with its time ("Nora Falk 10:14", "Lotte Bang 07:44  bo havde den")."""
        out: list[Finding] = []
        if _SPEAKER_TIME.search(text) is None:
            return out
        for m in _SPEAKER_HEAD.finditer(text):
            words = self._name_words(m.start(1), m.group(1))
            if len(words) < 2 or words[-1][1] != m.end(1) or _KNOWN.isdisjoint(w[2] for w in words):
                continue
            seg = _Seg(words[0][0], words[-1][1], [w[2] for w in words], [w[3] for w in words], ["speaker"], [])
            out.append(self._finding(text, seg, 0.75, "chat_speaker"))
        return out

    def _chat_lines(self, text: str) -> list[Finding]:
        """Speakers of a chat or SMS thread written "Sten: har du pratat med Bo?": a line opens with one or two
        capitalised words, a colon and a message in lower case. Two lines and two speakers at least, each a
        listed first name or surname and no field label, make the thread ("Status: i gang" is a form)."""
        if _THREAD_LINE_GATE.search(text) is None:
            return []
        lex = self.lex
        heads: list[tuple[int, int, str]] = []
        kin: set[str] = set()  # "Mor: husk mælk" in a family thread: a speaker, not a name
        for m in _THREAD_LINE.finditer(text):
            keys = [w.casefold() for w in m.group(1).split()]
            if len(keys) == 1 and keys[0] in lex.owned_nouns and keys[0] in lex.titles:
                kin.add(keys[0])
                continue
            if any(
                k in lex.fields or k in lex.not_names or k in lex.titles or k in lex.roster_labels or k in lex.stopwords
                for k in keys
            ):
                return []
            if not all(k in lex.first or k in lex.last or all(p in lex.first for p in k.split("-")) for k in keys):
                return []
            heads.append((m.start(1), m.end(1), " ".join(keys)))
        if len(heads) < 2 or len({h[2] for h in heads} | kin) < 2:
            return []
        explanation = self._explanation("chat_line", ["speaker"])
        return [Finding("PERSON", s, e, 0.7, text[s:e], " ".join(text[s:e].split()), explanation) for s, e, _ in heads]

    def _columns(self, text: str, found: list[Finding]) -> list[Finding]:
        """Cells under a name header ("Fornavn;Efternavn", "| Navn |", "Namn      Företag", vCard "N:"), when
        the column holds known names; a cell "Surname, First" is one name (normalised "First Surname")."""
        groups: dict[str, list[tuple[int, int, str]]] = {}
        roles: set[str] = set()
        for start, end, role in name_cells(text, self._headers, self._lowered):
            value = text[start:end]
            if not _CELL_NAME.fullmatch(value):
                continue
            roles.add(role)
            groups.setdefault("full" if role == "full" else "split", []).append((start, end, value))
        added: list[Finding] = []
        things: set[int] = set()  # rows naming a room ("Mødelokale;Niels Bohr;;3.01"): no cell of them is a person
        for group, cells in groups.items():
            # "Fornavn"/"Efternavn" say people; under "Name" a third of the cells must hold a name that
            # is no everyday word as well, or the column lists products or places
            lax = group == "split"
            if lax and "first" in roles and "last" in roles:  # both columns: each row is a person's two names
                for start, _, value in cells:
                    if value.casefold() in self.lex.named_things:
                        things.add(_line_start(text, start))
                cells = [c for c in cells if not self._column_word(c[2]) and _line_start(text, c[0]) not in things]
                added.extend(self._column_finding(start, end, value) for start, end, value in cells)
                continue
            if not lax:  # a firm listed among the people ("Brødrene Dahl", "Gustavs Bygg AB", a brand)
                firms = [(c[0], c[1]) for c in cells if self._firm_cell(c[2])]
                if firms:
                    cells = [c for c in cells if (c[0], c[1]) not in firms]
                    found = [f for f in found if not any(f.start < e and s < f.end for s, e in firms)]
            known = 0
            for _, _, value in cells:
                keys = [w.casefold() for w in _CELL_WORD.findall(value)]
                if any(
                    (k in self.lex.first or k in self.lex.last or _base(k) in self.lex.last)
                    and (lax or k not in self.lex.ambiguous)
                    for k in keys
                ):
                    known += 1
            if known * (3 if lax else 2) < len(cells):
                continue
            added.extend(self._column_finding(start, end, value) for start, end, value in cells)
        if things:
            found = [f for f in found if _line_start(text, f.start) not in things]
        return _replacing(found, added) if added else found

    def _firm_cell(self, value: str) -> bool:
        """Does a cell under a name header hold a firm: a firm or trade word, or a brand named after a person?"""
        words = _CELL_WORD.findall(value)
        return (
            any(self._token(w)[0] == STREET or (w.isupper() and w.casefold() in self.lex.street_words) for w in words)
            and not self._particle_name(value.split())  # "Sune de Place", "Nadia El Amrani"
        ) or " ".join(value.split()).casefold() in self.lex.brands

    def _particle_name(self, words: list[str]) -> bool:
        """Is a street word in these words a name's part: a surname after a first name and a particle ("Sune de
        Place") or an Arabic particle between a first name and a surname ("Nadia El Amrani")? See ``_split``."""
        if not 2 < len(words) < 5 or self.kind(words[0]) not in (FIRST, BOTH):
            return False
        kinds = [self.kind(w) for w in words]
        last = len(words) - 1
        excused = False
        for i, kind in enumerate(kinds):
            key = words[i].casefold()
            if kind != STREET and not (words[i].isupper() and key in self.lex.street_words):
                continue
            after_particle = i == last and kinds[i - 1] == PART and words[i - 1] in _PARTICLES
            if not after_particle and not (
                0 < i < last and key in _ARABIC_PARTICLES and kinds[i + 1] in (LAST, BOTH, SHAPE, OTHER)
            ):
                return False  # "Johans Måleri AB"
            excused = True
        return excused

    def _column_finding(self, start: int, end: int, value: str) -> Finding:
        surname, comma, first = value.partition(",")
        normalized = f"{first.strip()} {' '.join(surname.split())}" if comma else " ".join(value.split())
        return self._person(start, end, 0.75, value, normalized, self._explanation("column", ["field"]))

    def _column_word(self, value: str) -> bool:
        """A cell under a name column that holds no name: "Ukendt", "Kunde", "Navn" (a word of the cue lists;
        stop words are names there: "Per", "Dag", "Inga")."""
        lex = self.lex
        return any(
            k in lex.not_names or k in lex.fields or k in lex.column_first or k in lex.column_last
            for k in (w.casefold() for w in _CELL_WORD.findall(value))
        )

    def _ampersand_pair(self, text: str, found: list[Finding]) -> list[Finding]:
        """A first name and a surname before "&" and a person's full name found after it are two people ("Sol
        Mikkelsen & Ulrik Bonde"); the run pass drops the first as a firm's partner ("Carl Hansen & Søn", "Bang
        & Olufsen": no full name after the "&"). Not a brand ("Georg Jensen & ...")."""
        out: list[Finding] = []
        starts = {f.start: f for f in found}
        spans = _Spans(found)
        lex = self.lex
        at = text.find(" & ")
        while at >= 0:  # read back from each "&": a regex over the whole text tried every position
            after = at + 3
            at = text.find(" & ", after)
            while text.startswith((" ", "\t"), after):
                after += 1
            right = starts.get(after)
            if right is None or " " not in right.value:
                continue
            m = _AMPERSAND_PAIR.search(text, max(0, after - 80), after)
            if m is None or spans.overlaps(m.start(), m.end(1)):
                continue
            if _WORD_ENDS_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None:
                continue  # the pair ends a longer run ("Ole Kirk Holding & ...")
            first, last = self._token(m.group(2)), self._token(m.group(3))
            if not (
                (first[0] in (FIRST, BOTH) or (first[0] == AMBIG and first[1] in lex.first))
                and last[0] in (LAST, BOTH, AMBIG, SHAPE, OTHER, FIRST)
                and m.group(1).casefold() not in lex.brands
            ):
                continue
            out.append(self._made(text, m.start(), m.end(1), 0.7, "list", ["list"]))
        return out

    def _coordinated(self, text: str, unknown: list[_Seg], found: list[Finding]) -> list[Finding]:
        """Unknown two- or three-word names listed with a name already found: "A, B og C".

        A run of unknown capitalised words joined to a found person by ", " or a conjunction is
        taken as a further person of the list; a chain is followed both ways.
        """
        ends = {f.end: f for f in found if f.entity_type == "PERSON"}
        starts = {f.start: f for f in found if f.entity_type == "PERSON"}
        out: list[Finding] = []
        # A sign-off is never a name of the list ("Viele Grüße, Jens": not a second person).
        sig_exact = self._sig_exact
        todo = [s for s in sorted(unknown, key=lambda s: s.start) if text[s.start : s.end].casefold() not in sig_exact]
        # What joins each run to its neighbours: where a finding must end before it / start after it, and
        # whether a comma says it is a list. Read once; then a run is judged again only when a finding was
        # taken at one of its two places since it was last judged. The order of judging (and so of ``out``)
        # is that of passes over the runs in order of start, repeated while one takes a run: a run taken
        # makes its right neighbour a candidate in the same pass and its left one in the next.
        before_at: list[int | None] = []
        after_at: list[int | None] = []
        listed: list[bool] = []
        waiting_end: dict[int, list[int]] = {}  # a finding's end -> the runs it would join from the left
        waiting_start: dict[int, list[int]] = {}  # a finding's start -> the runs it would join from the right
        for i, seg in enumerate(todo):
            before = _COORDINATED_BEFORE.search(text, max(0, seg.start - 10), seg.start)
            after = _COORDINATED_AFTER.match(text, seg.end)
            before_at.append(None if before is None else before.start())
            after_at.append(None if after is None else after.end())
            comma = (before is not None and "," in before.group()) or (after is not None and "," in after.group())
            listed.append(comma)
            if before is not None:
                waiting_end.setdefault(before.start(), []).append(i)
            if after is not None:
                waiting_start.setdefault(after.end(), []).append(i)
        taken = [False] * len(todo)
        this_pass = list(range(len(todo)))  # a heap of run numbers (sorted: already a heap)
        queued = set(this_pass)
        next_pass: set[int] = set()
        while this_pass:
            i = heapq.heappop(this_pass)
            queued.discard(i)
            b, a = before_at[i], after_at[i]
            prev = ends.get(b) if b is not None else None
            nxt = starts.get(a) if a is not None else None
            if (  # "og"/"och" alone also joins a firm and a person: a list needs a comma somewhere
                (prev is not None and (listed[i] or _in_list(text, prev)))
                or (nxt is not None and (listed[i] or _in_list(text, nxt)))
            ):
                f = self._finding(text, todo[i], 0.6, "list")
                out.append(f)
                ends[f.end] = f
                starts[f.start] = f
                taken[i] = True
                for j in (*waiting_end.get(f.end, ()), *waiting_start.get(f.start, ())):
                    if taken[j] or j == i:
                        continue
                    if j > i:  # later in this pass
                        if j not in queued:
                            heapq.heappush(this_pass, j)
                            queued.add(j)
                    else:  # judged in this pass already: again in the next
                        next_pass.add(j)
            if not this_pass and next_pass:
                this_pass = sorted(next_pass)
                queued = set(this_pass)
                next_pass = set()
        return out

    def _surname_first(self, text: str, found: list[Finding]) -> list[Finding]:
        """ "Surname, First name" as exported lists and some signatures write it ("Lindholt, Ebbe;").

        Only as a list item (opening a line, or after ":" or ";", ending at ";", "." or the line's
        end), with both words name-like and at least one of them in the name lists. The span
        replaces whatever was found inside it; the normalised form is "First Surname", so both
        orders fingerprint alike.
        """
        added: list[Finding] = []
        unknown: list[re.Match[str]] = []
        for m in _surname_first_items(text):
            if text[m.start()] == ":" and self._roster_line(text, m.start()):
                continue  # "Tir: Ahmed, Kim": two first names on a duty roster
            given = m.group(5).split()
            last, first = self._token(m.group(4)), self._token(given[0])
            if last[2] or (first[2] and first[0] != FIRST) or first[0] not in _LIST_FIRST:
                continue
            if len(given) > 1 and text[m.start()] == ":" and self._token(given[-1])[0] in (LAST, BOTH):
                continue  # "CENTER: Bo, Ahmad Noori": a whole name after the comma, a list of two
            if m.group(3) and not self._double_surname(text, m):
                continue
            if m.group(3) and first[0] == OTHER and m.group(3).split()[0].casefold() in self.lex.first:
                continue  # "2. Mustafa Aydın, Skovbakken – 9 v": a first name and a surname, then a club or a town
            own = m.group().startswith("\n") or m.group(1) == '"'  # its own line, or quoted
            if not own and text[m.start()] == ":":  # "11:20  Hussain, Ali": a time slot opening the line
                own = _TIME_SLOT.fullmatch(text, _line_start(text, m.start()), m.start() + 3) is not None
            if m.group(1) == '"' and _DISPLAY.match(text, m.end()) and _KNOWN.intersection((last[0], first[0])):
                added.append(self._surname_first_finding(text, m))  # '"Hansen, Mette" <m@x.dk>'
                continue
            if last[0] == FIRST and own:  # "Kaya, Emre": a surname also a first name
                unknown.append(m)
                continue
            if last[0] not in _LIST_SURNAME:
                continue
            if last[0] not in (LAST, BOTH, SHAPE) and first[0] not in (FIRST, BOTH):
                if own:
                    unknown.append(m)  # an item of its own line: a person if the list holds a known one
                continue  # neither word is known as what it stands for
            added.append(self._surname_first_finding(text, m))
        if added:  # "Kaya, Emre" among "Nielsen, Karen" and "Østergaard, Lone"
            added.extend(self._surname_first_finding(text, m) for m in unknown)
        if not added:
            return found
        return sorted(_replacing(found, added), key=lambda f: f.start)

    def _double_surname(self, text: str, m: re.Match[str]) -> bool:
        """A "Surname, First" item whose surname is two words ("Lind Dahl, Per", "Berg Sjö, Anna"): only on a
        line of its own (not "Til stede: Jens Hansen, Per") and when the first word is itself a surname."""
        head = m.group(3).split()[0]
        if head.casefold() in _PARTICLES:
            return True
        if not m.group(1) and not (m.start() == 0 or text[m.start()] == "\n"):
            return False  # quoted ('"Storm Vad, Marie-Louise" <m@x>') or on a line of its own
        kind, key, blocked = self._token(head)
        return (
            not blocked
            and kind in (LAST, BOTH, AMBIG, SHAPE)
            and not (key in self.lex.first and key not in self.lex.last)
        )

    def _surname_first_finding(self, text: str, m: re.Match[str]) -> Finding:
        start, end = m.start(2), m.end(2)
        surname = " ".join(text[start : m.end(4)].split())
        explanation = self._explanation("surname,first", ["list"])
        return self._person(start, end, 0.7, text[start:end], f"{m.group(5)} {surname}", explanation)

    def _slash_signature(self, text: str, start: int) -> bool:
        """Is the "/" before ``start`` a sign-off's ("JH/Jens Hansen", "Mvh/Jens")?"""
        line_start = _line_start(text, start)
        prefix = text[line_start:start]
        if _INITIALS_SLASH.fullmatch(prefix) is not None or self._is_signature(prefix[:-1].casefold()):
            return True
        # "... Jens-Ole er syg. /Hanne": a sentence ends, "/" and the name close the line
        return _SENTENCE_SLASH.search(prefix) is not None and _SIGNED_TO_END.match(text, start) is not None

    def _capitals(self, text: str) -> list[Finding]:
        """Names in capitals: only after a person field label ("KUNDE:") or when the words are a
        known first name plus a known surname; headings ("FAKTURA", "KONTRAKT") never qualify."""
        lex = self.lex
        out: list[Finding] = []
        for m in CAPS_RUN.finditer(text):
            run = m.group()
            if " " not in run and "\t" not in run:  # one word ("CPR", "PDF"): only a known name can do
                key = run.casefold()
                if key not in lex.first and key not in lex.last and _base(key) not in lex.last:
                    continue
            words = [
                (m.start() + w.start(), m.start() + w.end(), w.group().casefold()) for w in _NONSPACE.finditer(run)
            ]
            if text.startswith(":", m.end()):
                words.pop()  # the last word is the next field's label
            while words and (words[-1][2] in lex.not_names or words[-1][2] in lex.street_words):
                words.pop()
            if not words or len(words) > 4:
                continue
            nxt = _NEXT_WORD.match(text, words[-1][1])
            if nxt is not None and (nxt.group(1) == "&" or nxt.group(1).casefold().rstrip(".") in lex.street_words):
                continue
            keys = [w[2] for w in words]
            if any(k in lex.not_names or k in lex.titles or k in lex.fields for k in keys):
                continue
            field = (
                "field" in self._context(text, words[0][0])
                or (len(words) >= 2 and self._role_after(text, words[-1][1]))
                or (  # a listed first name opening it: not a section's heading in capitals
                    len(words) >= 2
                    and keys[0] in lex.first
                    and keys[0] not in lex.ambiguous
                    and self._under_cv_heading(text, words[0][0], words[-1][1])
                )
            )
            known = [k in lex.first or k in lex.last or _base(k) in lex.last for k in keys]
            if field and (len(keys) >= 2 or known[0]):
                score, rule = (0.75 if any(known) else 0.7), "caps:field"
            elif (
                len(keys) >= 2
                and keys[0] in lex.first
                and keys[0] not in lex.ambiguous
                and keys[0] not in lex.stopwords
                and (keys[-1] in lex.last or _base(keys[-1]) in lex.last or _SHAPE.search(keys[-1]) is not None)
            ):
                score, rule = 0.65, "caps:first+surname"
            else:
                cut = self._caps_headline_name(keys)
                if not cut:
                    continue
                words, keys = words[:cut], keys[:cut]
                score, rule = 0.65, "caps:first+surname"
            seg = _Seg(words[0][0], words[-1][1], [OTHER] * len(words), keys, ["field"] if field else [], [])
            out.append(self._finding(text, seg, score, rule))
        return out

    @staticmethod
    def _under_cv_heading(text: str, start: int, end: int) -> bool:
        """Is the run alone on the line right under a CV's heading ("CURRICULUM VITAE" / "TYRA LIND"): a CV
        opens with its owner's name?"""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        rest = text[end:] if line_end < 0 else text[end:line_end]
        if line_start < 2 or text[line_start:start].strip(" \t") or rest.strip(" \t"):
            return False
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        return text[above_start : line_start - 1].strip(" \t:").casefold() in _CV_HEADINGS

    def _caps_headline_name(self, keys: Sequence[str]) -> int:
        """How many words of a headline in capitals are a name before its other words ("ANNA-KAROLINE BRUUS
        VANDT GULD", "ELSE MARIE BUNDGAARD FYLDER 80"): a listed first name (each part of a double one), maybe
        more first names, then listed or surname-shaped surnames; the next word no name. A first name that is
        also a word ("else", "per", "bo") only before a second first name. 0 when no name opens the run."""
        lex = self.lex
        if len(keys) < 3:
            return 0
        first = lex.first
        given = 0
        while given < len(keys) - 1 and all(p in first and p not in lex.last for p in keys[given].split("-")):
            given += 1
        if given == 0 or given > 2:
            return 0
        head = keys[0]
        if given == 1 and (head in lex.ambiguous or head in lex.stopwords):
            return 0
        cut = given
        while cut < len(keys) and (
            keys[cut] in lex.last or _base(keys[cut]) in lex.last or _SHAPE.search(keys[cut]) is not None
        ):
            cut += 1
        if cut == given or cut == len(keys) or cut > 4:
            return 0
        rest = keys[cut]
        if rest in first or rest in lex.street_words or rest in lex.not_names or " ".join(keys[:cut]) in lex.brands:
            return 0
        return cut

    def _hyphen_initials(self, text: str, f: Finding) -> Finding:
        """A found name with the initials of a double first name before it ("H-E Tidholm", "K.-G. Berg", "J-P
        Holm") holds them: a double first name's initials joined by a hyphen stand for one given name."""
        m = _HYPHEN_INITIALS_BEFORE.search(text, max(0, f.start - 8), f.start)
        if m is None or f.value[:1].islower():
            return f
        return self._made_explained(text, m.start(), f.end, max(f.score, 0.7), f.explanation)

    def _middle_initials(self, text: str, found: list[Finding], pending: list[_Pending]) -> list[Finding]:
        """A first name, a middle initial written without its dot, a surname ("Per E Samuelson", "Anna K
        Lindqvist"): the run pass splits at the lone capital. The first name is a listed one, found or lone
        (a word-name too: the initial and the surname make it a name), the surname listed or surname-shaped
        and no place; "I", "Å", "Ö", "Ø" are words, not initials ("til Per I Lund")."""
        # a blank two characters on is the cheap test (inline: this runs for every name and lone word)
        ends = [(f.start, f.end, f.value) for f in found if text[f.end + 2 : f.end + 3] == " "]
        ends.extend((p[0], p[1], p[3]) for p in pending if text[p[1] + 2 : p[1] + 3] == " " and p[2] in (FIRST, AMBIG))
        out: list[Finding] = []
        for start, end, value in ends:
            if not _initial_next(text, end, len(text)) or value.rsplit(None, 1)[-1].casefold() not in self.lex.first:
                continue
            m = _MIDDLE_INITIAL.match(text, end)
            if m is None or m.group(1) in "IÅÖØ":
                continue
            key = m.group(2).casefold()
            if key in self.lex.places or key in self.lex.street_words or key in self.lex.not_names:
                continue
            if key not in self.lex.last and _base(key) not in self.lex.last and _SHAPE.search(key) is None:
                continue
            out.append(self._made(text, start, m.end(), 0.65, "first+initial+surname", []))
        return out

    def _word_name_placed(self, text: str, start: int, end: int, key: str, mid: bool) -> bool:
        """A first name that is also a word ("Bo", "Per", "Else", "Sol"), capitalised mid-sentence where a person
        stands: after "hos", "med", "til"/"till" ("hos Bo", "till Per"), or joined by "og"/"och" to another such
        name ("Bo og Per kommer", "Sol og Bo er søskende", both then; the first one may open the sentence). Not
        months, English words, places, weather after a preposition ("til Maj", "med Sol"), nor "til Dag 2"."""
        lex = self.lex
        if not mid and (text.find(" og ", end, end + 5) < 0 and text.find(" och ", end, end + 6) < 0):
            return False  # at a sentence's start only before "og"/"och" and another name
        if key not in lex.first or key in _MONTHS or key in _ENGLISH_WORD_NAMES or key in _DEFINITE_WORD_NAMES:
            return False
        if _DIGIT_NEXT.match(text, end) is not None:
            return False
        before = _word_before_name(text, start).casefold() if mid else ""
        if before in _PERSON_PREPOSITIONS and key not in _WEATHER_NAMES:
            return True
        if before in _AND_WORDS:
            other = _NAME_BEFORE_AND.search(text, max(0, start - 30), start)
            return other is not None and self._coordinated_word_name(other.group(1).casefold(), key)
        after = _AND_NAME_AFTER.match(text, end)
        return after is not None and self._coordinated_word_name(after.group(1).casefold(), key)

    def _coordinated_word_name(self, other: str, key: str) -> bool:
        """Are two words joined by "og"/"och" both first names, at most one of them weather ("Sol og Bo")?"""
        lex = self.lex
        return (
            other in lex.first
            and other not in _MONTHS
            and other not in _ENGLISH_WORD_NAMES
            and other not in _DEFINITE_WORD_NAMES
            and (key not in _WEATHER_NAMES or other not in _WEATHER_NAMES)
        )

    def _acts_alone(self, text: str, key: str, end: int) -> bool:
        """A first name that is also a word, opening a sentence before an auxiliary or a verb of saying ("Per har
        glemt sin jakke", "Hans har hans guitar med", "Saga är lucia"): the word itself ("per", "hans", "saga")
        never stands bare before a finite verb there. Not months, weather or English words ("Storm kommer")."""
        return (
            key in self.lex.first
            and (key not in self.lex.stopwords or key in _NAME_STOPWORDS)  # not "Alla är välkomna"
            and key not in _DEFINITE_WORD_NAMES
            and key not in _MONTHS
            and key not in _ENGLISH_WORD_NAMES
            and key not in _WEATHER_NAMES
            and _AUX_AFTER.match(text, end) is not None
        )

    def _sentence_after_label(self, text: str, f: Finding) -> bool:
        """Is a field label's one-word value a stop word that opens a sentence ("Reporter: Vad händer nu?" in an
        interview transcript), not a name ("Til: Hans")?"""
        return (
            f.explanation.pattern == "cue:field"
            and " " not in f.value
            and f.value.casefold() in self.lex.stopwords
            and _LOWER_NEXT.match(text, f.end) is not None
        )

    def _named_thing(self, text: str, f: Finding) -> bool:
        """Is the finding a room, ship or storm named after someone: the word before it (a quote between
        allowed) or its own first word names the kind of thing ("Konferensrum Selma Lagerlöf")?"""
        things = self.lex.named_things
        if f.value.split(None, 1)[0].casefold() in things:
            return True
        word = _word_before_name(text, f.start)
        if word.isdigit():  # 'mødelokale 3 "Thit Jensen"', 'konferensrum 5 "Alva Myrdal"': the room's number between
            m = _NUMBERED_THING_BEFORE.search(text, max(0, f.start - 48), f.start)
            word = "" if m is None else m.group(1)
        if not word:
            return False
        key = word.casefold()
        # "Skoleskibet Georg Stage", "motorbåden Karen": a compound ending in a ship's or a room's word
        return key in things or (len(key) > 7 and key.endswith(_THING_TAILS))

    def _creature_names(self, text: str) -> set[str]:
        """The names written right after an animal or a storm ("hunden Bjørn", "Stormen 'Bodil'")."""
        names: set[str] = set()
        for word in self._creature_words:
            at = text.find(word)
            while at >= 0:
                if at == 0 or not text[at - 1].isalnum():
                    m = _CREATURE_NAME.match(text, at + len(word) - 1)
                    if m is not None:
                        names.add(m.group(1))
                at = text.find(word, at + 1)
        return names

    def _greeting_ended(self, text: str, found: list[Finding]) -> list[Finding]:
        """A salutation cues the name right after it ("Hej Maja!"); after the greeting's sentence has ended on
        the same line it still cues a first name ("Hej! Det här är Stig"), but no brand ("Hej! Tack för din
        beställning hos Clas Ohlson.") and no word the name lists lack ("Paketet skickas"): such runs are
        judged again without it."""
        if all(f.explanation.pattern != "cue:salutation" for f in found):
            return found  # nothing to judge again (most texts)
        out = []
        for f in found:
            if f.explanation.pattern != "cue:salutation":  # accepted by another rule ("Åsas möte" after "Åsa")
                out.append(f)
                continue
            line_start = _line_start(text, f.start)
            if _GREETING_END.search(text, line_start, f.start) is None:
                out.append(f)
                continue
            cues = [c for c in f.explanation.context if c != "salutation"]
            tokens = _tokens(f.start, f.value)
            infos = [self._tokens.get(tok) or self._token(tok) for _, _, tok in tokens]
            keys = [i[1] for i in infos]
            if " ".join(keys) in self.lex.brands:
                continue  # "hos Clas Ohlson": the brand needs a strong cue
            if any(k in self.lex.first or _base(k) in self.lex.first for k in keys):
                out.append(f)  # "Hej! Det här är Stig": a first name after a greeting still counts
                continue
            score, rule = self._judge_parts([i[0] for i in infos], keys, cues)
            if score > 0:
                out.append(self._made(text, f.start, f.end, score, rule, cues))
        return out

    def _caps_register(self, text: str) -> list[Finding]:
        """Lines of a register in capitals written "SURNAME FIRST" (payroll, members, class lists:
        "HOLM GUN      32.292,00", "DE NEERGAARD HENRIK", "FORS HOLM FOLKE"): the name opens the line
        before a column gap, a tab, a separator or the line's end; its last word is a listed first name and
        the words before it listed surnames, particles or surname-shaped. Two such lines make the register;
        one line alone is a heading as often as a name."""
        lex = self.lex
        hits: list[tuple[int, int, list[str]]] = []
        sure = 0
        for m in _CAPS_LINE.finditer(text):
            words = m.group(1).split()
            keys = [w.casefold() for w in words]
            given, surnames = keys[-1], keys[:-1]
            if not all(part in lex.first for part in given.split("-")):
                continue  # "HANS-JØRGEN": each part a first name
            if given in lex.not_names or given in lex.titles or given in lex.fields or given in lex.street_words:
                continue
            if any(k in lex.not_names or k in lex.titles or k in lex.fields for k in surnames):
                continue
            if any(k in lex.stopwords and k not in _PARTICLES for k in surnames):
                continue
            if surnames[0] in lex.first and surnames[0] not in lex.last and given in lex.last:
                continue  # "JENS HANSEN": first name first, the capitals pass reads it
            # a listed surname (or particle, or a surname's shape) proves the line; other lines of the same
            # register may hold surnames the lists lack ("BELLO OLUSEGUN", "HÖST IVAR"); a first name that is a
            # stop word ("INGA") or a surname that is a street word ("BRO") only after a proven surname
            proven = all(
                k in lex.last or _base(k) in lex.last or k in _PARTICLES or _SHAPE.search(k) is not None
                for k in surnames
            )
            if not proven and (given in lex.stopwords or any(k in lex.street_words for k in surnames)):
                continue
            sure += proven
            hits.append((m.start(1), m.end(1), words))
        if sure < 2 or 2 * sure < len(hits):
            return []
        out = []
        for start, end, words in hits:
            normalized = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in [words[-1], *words[:-1]])
            explanation = self._explanation("caps:surname_first", ["list"])
            out.append(Finding("PERSON", start, end, 0.7, text[start:end], normalized, explanation))
        return out

    def _caps_surname_first(self, text: str) -> list[Finding]:
        """ "SURNAME, FIRST" items of registers, crew lists and leader boards written in capitals ("MEDARBEJDER:
        HOLM, METTE", "150S   PEDERSEN, OLE   05:40", "1. GRANT, Linn -14", "ÖBERG, LINA, NIEMINEN, JARI"): the
        first name (each part of "ANNA-KARIN") is a listed first name, the surname a word that is no label,
        role, stop or street word; a first name that is also a word ("MAJ", "SOL") only after a listed
        surname. The item ends at the line's end, a column gap, a separator, a bracket or a score. One span,
        normalised "Mette Holm"."""
        out: list[Finding] = []
        # Items held back only because the first name is also a word or a surname is unlisted ("RAVNHOLT,
        # LYKKE"): taken when each opens its line in a roster of three such lines at least, one of them taken.
        held: list[tuple[re.Match[str], str, str]] = []
        for m in _CAPS_SURNAME_FIRST.finditer(text):
            surname, given = m.group(1), m.group(2)
            verdict = self._caps_item_verdict(surname, given)
            if verdict == _TAKE:
                out.append(self._caps_item(m, given, surname))
            elif verdict == _HOLD and _opens_line(text, m.start()):
                held.append((m, given, surname))
        lines = sum(_opens_line(text, f.start) for f in out)
        if held and lines and lines + len(held) >= 3:  # a list of three such lines, one of them certain
            out.extend(self._caps_item(m, given, surname) for m, given, surname in held)
            out.sort(key=lambda f: f.start)
        return out

    def _caps_item_verdict(self, surname: str, given: str) -> int:
        """Whether a "SURNAME, First" item is taken on its own (_TAKE), only inside a roster of such lines
        (_HOLD), or never (0). Held: a first name that is also a word ("MAJ", "SOL") or unlisted ("BOONSRI,
        Kittiya", "BLOM, Ros-Marie", "AL-SAADI, Mohammed Amin"), a surname of two or three words not all listed
        ("HERSI ADEN", "DE FINE LICHT", "LUND KJÆR"): in a list whose other lines are such items, a line of the same
        shape is one more, unless a word of it is a label, role, title, street or stop word."""
        lex = self.lex
        gkey = given.casefold()
        hold = False
        if " " in gkey:  # "VAN MINH", "THI HOA", "ANNA MARIA": each a first name, or a Vietnamese middle name
            first_word, gkey = gkey.split(" ", 1)
            if first_word not in _VIETNAMESE_MIDDLE_KEYS and first_word not in lex.first:
                if not self._caps_unknown(first_word):
                    return 0
                hold = True
        if gkey in lex.not_names or gkey in lex.titles or gkey in lex.fields:
            return 0
        for part in gkey.split("-"):
            if part not in lex.first:
                if not self._caps_unknown(part):
                    return 0
                hold = True
        skeys = surname.casefold().split()
        particled = len(skeys) > 1 and all(k in _PARTICLES for k in skeys[:-1])  # "DE LA CRUZ", "VAN DER BERG"
        if any(
            k in lex.not_names or k in lex.titles or k in lex.fields or k in lex.street_words
            for k in (skeys[-1:] if particled else skeys)
        ):
            return 0
        if any(k in lex.stopwords and k not in _PARTICLES for k in skeys):  # "DUE, Kirsten": a listed surname too
            if not all(k in lex.last or k not in lex.stopwords or k in _PARTICLES for k in skeys):
                return 0
            hold = True
        if any(k in lex.places for k in skeys):  # "LUND BERG, Idun": a place that is a surname too, in a roster
            if not all(k in lex.last or k not in lex.places for k in skeys):
                return 0
            hold = True
        listed = all(k in lex.last or _base(k) in lex.last or k in _PARTICLES or _SHAPE.search(k) for k in skeys)
        if len(skeys) > 1 and not listed and not particled:
            hold = True  # "LØNSEDDEL HOLM, METTE": a heading word before the surname, unless a roster's line
        if len(skeys) > 2 and not particled:
            hold = True  # three words: particles before the surname only, unless a roster's line
        if gkey in lex.street_words or ((gkey in lex.ambiguous or gkey in lex.stopwords) and not listed):
            hold = True
        return _HOLD if hold else _TAKE

    def _caps_unknown(self, key: str) -> bool:
        """An unlisted word that may still be a name in a roster: no stop, label, role, street or place word."""
        lex = self.lex
        return not _in_any(key, lex.stopwords, lex.not_names, lex.titles, lex.fields, lex.street_words, lex.places)

    def _named_after(self, value: str) -> bool:
        """A park, prize or beach named after a person ("Kaj Munks Park", "Ole Haslunds Kunstnerlegat", "Hans
        Christian Andersens Strand"): after a listed first name, a word inside the span is a genitive in -s that is
        no listed first name or surname ("Mads", "Bruus" are), and a capitalised word follows it."""
        words = value.split()
        lex = self.lex
        if len(words) < 3 or words[0].casefold() not in lex.first:
            return False  # "Nikonyd Rusubur Tazovels ...": unknown names are read as names
        for w in words[1:-1]:
            key = w.casefold()
            if key.endswith("s") and len(key) > 3 and w[0].isupper() and key not in lex.first and key not in lex.last:
                return True
        return False

    def _caps_item(self, m: re.Match[str], given: str, surname: str) -> Finding:
        normalized = " ".join(
            "-".join(p.capitalize() for p in w.split("-")) for w in [*given.split(), *surname.split()]
        )
        explanation = self._explanation("caps:surname,first", ["list"])
        return Finding("PERSON", m.start(), m.end(), 0.7, m.group(), normalized, explanation)

    def _vietnamese(self, text: str) -> list[Finding]:
        """Vietnamese names written family name first: a common family name, a middle name ("Thi", "Van", "Duc")
        and a given name ("Nguyen Thi Hoa", "Tran Van Minh"), also as a "Surname, Middle Given" list item ("Nguyen,
        Van Long"). One span, normalised in the written order without the comma."""
        out: list[Finding] = []
        explanation = self._explanation("vietnamese", [])
        for m in _VIETNAMESE.finditer(text):
            given = self._token(m.group(3))
            if given[0] in (STOP, CUE, TITLE, STREET) or given[2]:
                continue
            normalized = " ".join(m.group().replace(",", " ").split())
            out.append(Finding("PERSON", m.start(), m.end(), 0.7, m.group(), normalized, explanation))
        return out

    def _caps_speakers(self, text: str) -> list[Finding]:
        """Speaker labels of a transcript or subtitles written in capitals ("GITTE: Siden 2009.", "MORTEN: Har
        du set ..."): a listed first name (or first name and surname) opening its line before a colon and the
        words spoken. Two such lines at least, or one beside a role label in capitals ("INTERVIEWER:",
        "VÄRD:"), so a single heading "ANNA: ..." is not taken alone."""
        lex = self.lex
        heads: list[tuple[int, int]] = []
        weak: list[tuple[int, int]] = []  # a listed first name before an unlisted surname: beside a role label only
        labels = 0
        for m in _CAPS_SPEAKER.finditer(text):
            keys = m.group(1).casefold().split()
            if any(k in lex.fields or k in lex.not_names or k in lex.roster_labels for k in keys):
                continue
            if not all(part in lex.first for part in keys[0].split("-")):
                if len(keys) == 1 and (self._is_title(keys[0]) or keys[0].endswith(_ROLE_ENDINGS)):
                    labels += 1  # "INTERVIEWER:", "VÄRD:", "MODERATOR:"
                elif len(keys) == 1 and keys[0] in _SPEAKER_ROLES:
                    labels += 1
                continue
            if keys[0] in lex.stopwords and keys[0] not in _NAME_STOPWORDS:
                continue
            if len(keys) > 1 and not (keys[-1] in lex.last or _SHAPE.search(keys[-1])):
                if self._caps_unknown(keys[-1]):  # "KARINA DYBDAL:" answering "INTERVIEWER:"
                    weak.append((m.start(1), m.end(1)))
                continue
            heads.append((m.start(1), m.end(1)))
        if labels and weak:
            heads = sorted(heads + weak)
        if not heads or (len(heads) < 2 and not labels):
            return []
        explanation = self._explanation("caps:speaker", ["speaker"])
        return [
            Finding("PERSON", s, e, 0.7, text[s:e], " ".join(w.capitalize() for w in text[s:e].split()), explanation)
            for s, e in heads
        ]

    def _field_place(self, text: str, f: Finding) -> bool:
        """Is a one-word value a field label cued no name but a place or a unit: an unlisted word or a town
        after a place preposition ("Lægerne i Ollerup", "Gunnel från Lycksele") or after a comma that ends
        another value ("Nilssons Skor AB, Gävle", "Anneli Mård, Inköp"), or an unlisted noun's definite
        form ("Læge: Lægerne")?"""
        kind, key, _ = self._tokens.get(f.value) or self._token(f.value)
        before = text[max(0, f.start - 40) : f.start]
        if kind == LAST and _IN_PLACE_BEFORE.search(before) is not None:
            return True  # "Far: hun lander i Kastrup": many towns are surnames too ("Holm", "Lund")
        if kind not in (OTHER, SHAPE) and key not in self.lex.places:
            return False
        if _FIELD_PLACE_BEFORE.search(before) is not None:
            return True
        return kind == OTHER and key.endswith(_DEFINITE_ENDINGS) and len(key) > 5

    def _weekday_rows(self, text: str, found: list[Finding]) -> list[Finding]:
        """A rota or booking list whose lines open with a weekday, with or without a time, before a tab, ";",
        "|" or ":" ("Man<TAB>Storm R.<TAB>Sol", "Mån 7-10: Lindberg 1 tr"). The weekday is no name ("Tor",
        Thursday); a cell holding one to three name words (a first name, a surname, an initial), alone or before
        a flat or floor ("3.tv", "1 tr"), is a person, when two lines at least open with a weekday and two
        cells at least are certain (a first name that is no word; a word with an initial, "Hira B.", "A. Yilmaz";
        a first name and a listed surname). The other cells may then be names that are words or unlisted
        ("Sol", "Eik"), never a stop, label, role, street, place or everyday word ("ledig", "Lukket")."""
        rows = [m for m in _WEEKDAY_ROW.finditer(text) if m.group(1).casefold().rstrip(".") in _WEEKDAYS]
        if len(rows) < 2:
            return found
        lex = self.lex
        cells: list[tuple[int, int, bool]] = []  # start, end, certain
        days: list[tuple[int, int]] = []
        for row in rows:
            days.append((row.start(1), row.end(1)))
            for cell in _WEEKDAY_CELL.finditer(text, row.start(2), row.end(2)):
                name = _WEEKDAY_NAME.match(cell.group(1))
                if name is None:
                    continue
                rest = cell.group(1)[name.end() :].strip(" \t")
                if rest and not _WEEKDAY_REST.match(rest):
                    continue  # "Møde med Bo": a cell of words, not a name
                words = name.group().split()
                infos = [self._token(w) for w in words if not w.endswith(".")]
                if not infos or any(
                    street
                    or kind in (STOP, CUE, TITLE, STREET, STREET_END)
                    or (key in lex.everyday_words and kind not in (FIRST, AMBIG, BOTH))  # "Liv", "Karma" are names
                    or key in lex.not_names
                    or not self._caps_unknown(key)
                    for kind, key, street in infos
                ):
                    continue
                first = infos[0]
                if len(infos) == 2:  # "Bodil Ravn"
                    certain = (first[0] in (FIRST, BOTH) and infos[1][0] in (LAST, BOTH, AMBIG)) or (
                        first[0] == AMBIG and infos[1][0] in (LAST, BOTH)
                    )
                else:  # "Ingrid"; "Hira B.", "A. Yilmaz": a word with an initial is a person's
                    certain = len(words) > 1 or (first[0] in (FIRST, BOTH) and first[1] not in lex.ambiguous)
                if len(words) == 1 and first[0] == OTHER and not _named_elsewhere(text, words[0]):
                    continue  # "Fredagsbar": an unlisted word alone only if it stands before a name elsewhere
                start = cell.start(1)
                cells.append((start, start + name.end(), certain))
        if sum(c for _, _, c in cells) < 2:
            return found
        kept = [f for f in found if (f.start, f.end) not in days]  # "Tor<TAB>Kim V.": Thursday
        have = {(f.start, f.end) for f in kept}
        explanation = self._explanation("weekday_row", ["list"])
        added = [
            Finding("PERSON", s, e, 0.65, text[s:e], " ".join(text[s:e].split()), explanation)
            for s, e, _ in cells
            if (s, e) not in have
        ]
        return sorted(_replacing(kept, added), key=lambda f: f.start) if added else kept

    def _cut_at_gaps(self, text: str, found: list[Finding]) -> list[Finding]:
        """A column gap (two blanks or more, a tab) ends a name: a run read across it ("Mette Lindberg
        Rens", "Stine Ahrenkiel  Klinikassistent", a header row "Navn      Nat  Betalt") is cut there and
        each piece judged on its own, the first with the cues before the run."""
        out: list[Finding] = []
        for f in found:
            if "  " not in f.value and "\t" not in f.value:
                out.append(f)
                continue
            cues: Sequence[str] = f.explanation.context
            for piece in _PIECE.finditer(f.value):
                tokens = _tokens(f.start + piece.start(), piece.group())
                infos = [self._tokens.get(tok) or self._token(tok) for _, _, tok in tokens]
                if infos and (len(infos) > 1 or piece.start() == 0):  # a lone word after a gap is a cell
                    score, rule = self._judge_parts([i[0] for i in infos], [i[1] for i in infos], cues)
                    if score > 0:
                        out.append(self._made(text, tokens[0][0], tokens[-1][1], score, rule, cues))
                cues = ()
        return out

    def _listed_alone(self, text: str, pending: list[_Pending], found: list[Finding]) -> list[Finding]:
        """Lone first names the lists also hold as surnames or words, taken by their place:
        - an item of a list ("A, B og C") next to a name found ("Pakning: Inger, Vagn, Ali, Lykke Brandt", "Bent og
          Susanne, Lars og Mette"); not weather words, months or stop words;
        - before a relative in brackets ("Storm (min søn) har taget billederne")."""
        lex = self.lex
        out: list[Finding] = []
        ends = {f.end for f in found}
        starts = {f.start for f in found}
        taken: set[int] = set()
        # read forwards, then backwards if a name was taken: it joins its neighbours on ("Mette, Bo, Lykke, Ibrahim")
        for i, (start, end, kind, key, cues) in enumerate(chain(pending, reversed(pending))):
            if i == len(pending) and not taken:
                break  # nothing taken forwards: nothing to join backwards
            if start in taken:
                continue
            if kind in (LAST, AMBIG) and key in lex.last and self._surname_joined(text, start, end, key, ends):
                out.append(self._finding(text, _Seg(start, end, [kind], [key], cues, [end]), 0.6, "surname:listed"))
                taken.add(start)
                continue
            if kind not in (BOTH, AMBIG, FIRST) or key not in lex.first or key in lex.places:
                continue  # "Gunnel Sjöberg, Mora, fyller 90": the town after a name
            rel = _RELATIVE_AFTER.match(text, end) if "(" in text[end : end + 3] else None
            listed = rel is not None and (rel.group(1).casefold() in lex.owned_nouns or rel.group(1) in lex.titles)
            if (
                not listed
                and kind == AMBIG
                and (
                    (key in lex.stopwords and key not in _NAME_STOPWORDS)
                    # "Ida og Sol bytter": a weather word or month capitalised mid-sentence is a name there
                    or ((key in _WEATHER_NAMES or key in _MONTHS) and "mid_sentence" not in cues)
                )
            ):
                continue
            if not listed:
                before = _LIST_JOIN_BEFORE.search(text, max(0, start - 8), start)
                if before is not None and before.start() in ends:
                    listed = True
                else:
                    after = _LIST_JOIN_AFTER.match(text, end)
                    listed = after is not None and after.end() in starts
            if listed:
                out.append(self._finding(text, _Seg(start, end, [kind], [key], cues, [end]), 0.6, "first_name:listed"))
                taken.add(start)
                ends.add(end)
                starts.add(start)
        return out

    def _surname_joined(self, text: str, start: int, end: int, key: str, ends: set[int]) -> bool:
        """A listed surname alone joined by "og"/"och" to a full name found just before, where the clause goes on
        after it ("Målene blev scoret af Carsten Østergaard og Holm, mens ..."); not a place or a firm."""
        lex = self.lex
        if key in lex.places or key in lex.street_words or key in lex.not_names or key in lex.stopwords:
            return False
        if not text.endswith((" og ", " och ", "\tog ", "\toch "), max(0, start - 5), start):
            return False
        before = _AND_BEFORE.search(text, max(0, start - 6), start)
        return before is not None and before.start() in ends and _CLAUSE_AFTER.match(text, end) is not None

    def _labelled_mid_line(self, text: str, kind: int, key: str, cues: Sequence[str], start: int, end: int) -> bool:
        """Is a lone name the whole value of a person-field label that opens a sentence inside a line ("Til stede:
        Vita Hjort. Afbud: Bo. Mødet ...", "Förhinder: Sol.")? The line's first label is the field cue's. Not stop
        words, places or words of the cue lists ("Status: Afsluttet.")."""
        lex = self.lex
        if kind not in (FIRST, BOTH, AMBIG, LAST, OTHER) or "field" in cues:
            return False
        if key in lex.stopwords or key in lex.not_names or key in lex.places or key in lex.fields:
            return False
        label = _MID_LABEL.search(text, max(0, start - 40), start)
        return label is not None and _VALUE_END.match(text, end) is not None and label.group(1).casefold() in lex.fields

    def _sport_mentions(self, text: str, pending: list[_Pending]) -> list[Finding]:
        """Lone surnames of players in a match report (the text holds a score "2-1"): before a minute in
        brackets ("Lund (88.)"), before or right after a player's verb ("Vallys udlignede", "satte Fischer 2-0",
        "headede Mensah sejrsmålet ind"), after "ved"/"genom" behind a score or such a verb ("reducerede ved
        Aronsen", "2-1 ved Nilsson"). Not towns, clubs in capitals, firms or words after a preposition."""
        lex = self.lex
        out: list[Finding] = []
        for start, end, kind, key, cues in pending:
            if kind not in (LAST, BOTH, SHAPE, OTHER, AMBIG, FIRST):
                continue
            if key in lex.places or key in lex.not_names or key in lex.street_words or key in lex.stopwords:
                continue
            if kind == AMBIG and key not in lex.last:
                continue
            if key.endswith(self._org_tails) or key.endswith(_ORG_TAILS):
                continue
            if kind == OTHER and key.endswith(_DEFINITE_NOUN):
                continue  # "Segermålet gjorde Åkesson": a noun in its definite form
            hit = _MINUTE_AFTER.match(text, end) is not None
            if not hit:
                verb = _WORD_AFTER.match(text, end)
                if verb is not None and verb.group(1) in _PLAYER_VERBS:
                    prep = _WORDS_BEFORE.search(text, max(0, start - 30), start)
                    hit = prep is None or prep.group(1).casefold() not in _PLACE_PREPOSITIONS
            if not hit:
                prev = _WORDS_BEFORE.search(text, max(0, start - 30), start)
                if prev is not None:
                    word = prev.group(1).casefold()
                    if word in _PLAYER_VERBS:
                        hit = _OBJECT_AFTER.match(text, end) is not None
                    elif word in ("ved", "genom", "gennem"):
                        behind = text[max(0, prev.start() - 30) : prev.start()]
                        last = behind.split()[-1].casefold() if behind.split() else ""
                        hit = last in _PLAYER_VERBS or _SCORE.search(behind) is not None
                    elif word in ("fra", "från"):  # "Reduceringen kom fra Pham": the goal came from a player
                        came = None
                        if text.endswith(("kom ", "kommer "), 0, prev.start()):
                            came = _GOAL_CAME.search(text, max(0, prev.start() - 40), prev.start())
                        hit = came is not None and _goal_noun(came.group(1).casefold())
            if hit:
                particles = _PARTICLE_BEFORE.search(text, max(0, start - 24), start)
                if particles is not None and text[particles.start()].islower():
                    start = particles.start()  # "mens Bæk og von Holck scorede"
                out.append(self._finding(text, _Seg(start, end, [kind], [key], cues, [end]), 0.6, "surname:sport"))
        return out

    def _layout_checked(self, text: str, found: list[Finding]) -> list[Finding]:
        """Words around a name that are not part of it, by position:
        - a word before a full name that is no first name of the lists is a role, a party's or club's
          genitive or an imperative opening the sentence ("Bager Holger Petersen går", "Venstres Sebastian
          Dyhr", "Havearkitekt Signe Rud", "Träffa Åsa Lindquist-Bengtsson"): the name starts after it;
        - a town after a name and its job in a list row ("1. Pia Andersen, lærer, Herning") is no person."""
        lex = self.lex
        out: list[Finding] = []
        # Only names of three words and more, or of one word naming a place or a first name, are looked at.
        values = [f.value for f in found]
        if any(map(self._layout_looks.get, values, repeat(1))) and any(map(self._layout_look, values)):
            out = self._layout_looked_at(text, found)  # a name not memoised yet, or one to look at
        else:
            out = list(found)
        if "(" in text and lex.animals:  # "Dyr: Bella (labrador, 7 år)" ... "Bella halter"
            pets = {
                f.value for f in out if (m := _BRACKET_WORD.match(text, f.end)) and m.group(1).casefold() in lex.animals
            }
            if pets:
                out = [f for f in out if f.value not in pets and _base(f.value) not in pets]
        return out

    def _layout_look(self, value: str) -> int:
        """What ``_layout_looked_at`` looks at in a name: its words (``_LOOK_WORDS``: three words or more), a
        place (``_LOOK_PLACE``: one word naming one), a first name (``_LOOK_FIRST``: one word), or 0: nothing
        (it keeps the finding as it is). Memoised per value."""
        look = self._layout_looks.get(value)
        if look is None:
            if " " in value:
                look = _LOOK_WORDS if value.count(" ") > 1 or "\t" in value else 0
                if look and self._join_look(value):
                    look |= _LOOK_JOINED
            else:
                look = _LOOK_PLACE if value.casefold() in self.lex.places else 0
                if _is_first_name(self, value):
                    look |= _LOOK_FIRST
            if len(self._layout_looks) < _KIND_CACHE_SIZE:
                self._layout_looks[value] = look
        return look

    def _layout_looked_at(self, text: str, found: list[Finding]) -> list[Finding]:
        """``_layout_checked``'s look at each name's words and place (see there)."""
        lex = self.lex
        looks = self._layout_looks
        out: list[Finding] = []
        owners: set[str] = set()  # genitives cut off a name: their lone mentions are the club, not a person
        quantity: bool | None = None  # does the text give quantities ("2 stk. Billy reol")? Read when needed
        for f in found:
            value = f.value
            look = looks.get(value)
            if look is None:
                look = self._layout_look(value)
            if not look:
                out.append(f)
                continue
            if look & _LOOK_JOINED:
                first_end, second, stem = self._join_looks.get(value) or self._join_look(value) or (0, 0, "")
                explained = f.explanation
                if not stem:  # two names one after the other
                    out.append(self._made_explained(text, f.start, f.start + first_end, f.score, explained))
                    out.append(self._made_explained(text, f.start + second, f.end, f.score, explained))
                    continue
                if self._owner_alone(text, stem, f.start):  # "Brynäs slog Leksand ... Leksands Jiří Novotný"
                    out.append(self._made_explained(text, f.start + second, f.end, f.score, explained))
                    owners.add(stem)
                    continue
                look &= ~_LOOK_JOINED
            if look & _LOOK_FIRST and " " not in value:  # "2 stk. Billy reol", "1 st Ivar hylla": a product
                if quantity is None:
                    quantity = self._any_in(text, _QUANTITY_UNITS) and _QUANTITY_GATE.search(text) is not None
                if quantity and _QUANTITY_BEFORE.search(text, max(0, f.start - 16), f.start) is not None:
                    continue
            if look == _LOOK_WORDS and f.explanation.pattern in _TRIMMABLE:
                # Three words at least: two blanks, or a tab (tokens split at any blank run then).
                tokens = _tokens(f.start, value) if value.count(" ") > 1 or "\t" in value else []
                if len(tokens) >= 3:
                    infos = [self._tokens.get(tok) or self._token(tok) for _, _, tok in tokens]
                    head = infos[0][1]
                    if (
                        head not in lex.first
                        and infos[0][0] not in (FIRST, BOTH)  # "Ann-Mari Eva Lund": a double first name
                        and infos[1][0] in (FIRST, BOTH)
                        and infos[1][1] not in lex.ambiguous
                        # "Eritreanska Senait Tesfay": a father's given name as the surname
                        and (infos[-1][0] in _SURNAME_LIKE or _origin_adjective(head, infos[0][0]))
                        and self._role_head(text, f.start, head, infos[0][0])
                    ):
                        a = tokens[1][0]
                        cues = [c for c in f.explanation.context if c != "title"]
                        kinds, keys = [i[0] for i in infos[1:]], [i[1] for i in infos[1:]]
                        score, rule = self._judge_parts(kinds, keys, cues)
                        if score > 0:
                            out.append(self._made(text, a, f.end, score, rule, cues))
                            continue
            elif look & _LOOK_PLACE:
                if (
                    f.explanation.pattern in ("cue:title", "mention", "surname+verb", "first_name")
                    and _PLACE_IN_ROW.search(text, max(0, f.start - 40), f.start) is not None
                ):
                    continue  # "lærer, Herning": the town column of a candidate list
                prev = _WORDS_BEFORE.search(text, max(0, f.start - 20), f.start)
                if prev is not None and prev.group(1).casefold() in _PLACE_PREPOSITIONS and not f.value.isupper():
                    continue  # "Først i Brande", "Skifteretten i Hillerød"
            if look & _LOOK_FIRST and text.startswith((" ", "\t"), f.end):
                tail = _INITIAL_AFTER.match(text, f.end)  # "Forsvar: Villads, Noah B., Emil"
                if tail is None and "Ring" in text:
                    tail = _WORD_SURNAME_AFTER.match(text, f.end)  # "Deltagare: Lisa Kvist, Bo Ring, Mikael Vit"
                if tail is not None:
                    end = tail.end(1)
                    f = self._made(text, f.start, end, f.score, f.explanation.pattern, f.explanation.context)
            out.append(f)
        if owners:
            out = [f for f in out if not (f.value in owners and f.explanation.pattern == "mention")]
        return out

    def _role_head(self, text: str, start: int, head: str, kind: int) -> bool:
        """Is ``head`` (the first word of a three-word run, no listed first name) a word before the name: a
        genitive ("Venstres", "Moderaternas"), a listed surname or role compound opening the sentence
        ("Bager ...", "Havearkitekt ...", "Stationsbefäl ..."), a definite plural ("Grundarna") or an
        imperative ("Träffa")? An unknown first name before a known middle name stays ("Jovana Sonny Kaya")."""
        if kind == TITLE or head in self.lex.not_names:
            return True
        # a genitive of a party or organisation ("Venstres", "Moderaternas", "Kommunens"), not a name ending in
        # "-as", "-is", "-us" ("Niklas", "Boris", "Rasmus") the lists may lack
        if (
            len(head) >= 5
            and head.endswith(("es", "ns", "ts", "ernas", "arnas", "arna", "erne", "rne"))
            and head[:-1] not in self.lex.first
        ):
            return True
        if head.endswith("s") and head[:-1] in self.lex.places:
            return True  # a town's or its club's genitive ("Hernings Mikkel Hansen")
        opens = start == 0 or _SENTENCE_OPENING.search(text, max(0, start - 3), start) is not None
        if opens and _origin_adjective(head, kind):
            return True
        return opens and kind == AMBIG  # "Bager Holger Petersen går": a word-name, not "Charlotte Berta Friis"

    def _nicknamed(self, text: str) -> list[Finding]:
        """A nickname in quotes between a listed first name and a surname is part of the name ('Bertil
        "Berra" Nilsson', 'Nicolai "dev1ce" Reedtz'); the normalised form leaves the nickname out."""
        out: list[Finding] = []
        if _NICKNAMED_GATE.search(text) is None:
            return out
        for m in _NICKNAMED.finditer(text):
            first, last = self._token(m.group(1)), self._token(m.group(3))
            if first[0] not in (FIRST, BOTH) or first[2] or last[2] or last[0] in _ALONE_NEVER:
                continue
            normalized = f"{m.group(1)} {m.group(3)}"
            explanation = self._explanation("nickname", [])
            out.append(Finding("PERSON", m.start(), m.end(), 0.7, m.group(), normalized, explanation))
        return out

    def _regnal(self, text: str) -> list[Finding]:
        """A monarch's or pope's name with its number is one name ("Carl XVI Gustaf", "Frederik X",
        "Margrethe II"): a given name, a Roman number, and a second given name if one follows. Read from each
        number the gate finds (Danish "I", "you", is common; the name before it is looked for only there)."""
        out: list[Finding] = []
        for g in _REGNAL_GATE.finditer(text):
            number = g.group()
            if _ROMAN.fullmatch(number) is None or (number == "I" and _LOWER_NEXT.match(text, g.end())):
                continue
            at = g.start()
            before = _WORD_BEFORE_NUMBER.search(text, at - 40 if at > 40 else 0, at)
            if before is None:
                continue
            first = self._token(before.group(1))
            if first[0] not in (FIRST, BOTH) or first[2]:
                continue
            end = g.end()
            then = _WORD_NEXT.match(text, end)
            if then is not None and self._token(then.group(1))[0] in (FIRST, BOTH):
                end = then.end()
            value = text[before.start(1) : end]
            explanation = self._explanation("regnal", [])
            out.append(Finding("PERSON", before.start(1), end, 0.7, value, value, explanation))
        return out

    def _called(self, text: str, found: list[Finding]) -> list[Finding]:
        """A nickname introduced by "kaldet"/"kallad"/"alias" right after a name found ("Kenneth Bruun, kaldet
        Kenno,", "Per-Olof Lindgren, kallad Pelle"): one capitalised word that is not a stop word or place."""
        out: list[Finding] = []
        ends = {f.end for f in found}
        for m in _CALLED.finditer(text):
            if m.start() not in ends:
                continue
            kind, key, street = self._token(m.group(1))
            if kind in _ALONE_NEVER or street or key in self.lex.places:
                continue
            explanation = self._explanation("nickname", [])
            out.append(Finding("PERSON", m.start(1), m.end(1), 0.6, m.group(1), m.group(1), explanation))
        return out

    # --- token classes --------------------------------------------------------------------
    def kind(self, token: str) -> int:
        """The token's class, memoised: the same words come back in every document."""
        cached = self._kinds.get(token)
        if cached is None:
            cached = self._kind(token)
            if len(self._kinds) < _KIND_CACHE_SIZE:
                self._kinds[token] = cached
        return cached

    def _kind(self, token: str) -> int:
        lex = self.lex
        key = token.casefold()
        if _INITIAL_RE.fullmatch(token):
            return INIT
        if token[0].islower():
            return PART
        if key in self._sig_exact or key in lex.salutations:
            return CUE  # "Kh Pernille", "Hälsningar Per", "Hej Anna": the name follows on the line
        if key in lex.not_names or key in _CAPITAL_PARTICLES:
            return STOP  # "Von Platen" opening a sentence: the particle joins a surname found before
        if key in lex.titles or (key not in lex.first and key not in lex.last and self._is_title(key)):
            return TITLE  # also a role's definite form opening a sentence ("Grannen Jan Kronberg")
        if _LOWER_COMPOUND.search(token) and key not in lex.first and key not in lex.last:
            return (
                STREET  # "Carl Larsson-gården", "Georg Jensen-museet": a place named after someone ("Ha-eun" is a name)
            )
        base = key if key in lex.first or key in lex.last else _base(key)
        if key in lex.street_words:
            return AMBIG if key in lex.first else STREET  # "Marina", "Kirsten"... are names too
        first, last = base in lex.first, base in lex.last
        if first or last:
            if base in lex.ambiguous or key in lex.stopwords:
                return AMBIG
            return BOTH if first and last else FIRST if first else LAST
        if key in lex.stopwords:
            return STOP
        if key.endswith(self._title_tails) or (len(key) > 5 and key.endswith(_ROLE_TAILS)):
            return TITLE  # a compound role ("Landsholdstræner", "Talespersonen") or "Åklagare"
        if "-" in key:  # "Ann-Charlott", "Samuelsson-Malm": judged by their known parts
            parts = [_base(p) for p in key.split("-") if p]
            if any(p in lex.first and p not in lex.ambiguous for p in parts[:1]):
                return FIRST
            if any(p in lex.last or (len(p) > 4 and _SHAPE.search(p)) for p in parts[-1:]):
                return LAST
            if any(p in lex.first for p in parts):
                return FIRST
        if _STREET_SUFFIX.search(key):
            return STREET_END
        if key.endswith(_ORG_TAILS):
            return STREET  # "Sparekassen Himmerland", "Tycho Brahe Planetarium", "Projektgruppen"
        return SHAPE if len(key) > 4 and _SHAPE.search(key) else OTHER

    # --- runs -> segments with their cues -------------------------------------------------
    def _token(self, token: str) -> tuple[int, str, bool]:
        """(kind, casefolded key, ends like a street name), memoised like ``kind``."""
        cached = self._tokens.get(token)
        if cached is None:
            key = token.casefold()
            suffix = _STREET_SUFFIX.search(key)
            # "Agata" ends in "gata": a listed first name with one letter before a street ending is the name
            street = suffix is not None and (suffix.start() > 1 or key not in self.lex.first)
            cached = (self.kind(token), key, street)
            if len(self._tokens) < _KIND_CACHE_SIZE:
                self._tokens[token] = cached
        return cached

    def _blocks(self, word: str) -> bool:
        """Does the word after a run make it a street, place or firm ("torg", "&", "A/S")?"""
        cached = self._blocking.get(word)
        if cached is None:
            key = word.casefold().rstrip(".")
            cached = (
                key == "&"
                or (key in self.lex.street_words and not (word[0].islower() and key in self.lex.everyday_words))
                or _STREET_SUFFIX.search(key) is not None
            )
            if len(self._blocking) < _KIND_CACHE_SIZE:
                self._blocking[word] = cached
        return cached

    def _plain(self, run: str) -> _Plain | None:
        """A run of several words that are all name-like is one segment wherever it stands: its
        classes, keys, and what accepting it adds to ``seen`` and ``surnames`` are fixed by the
        words alone. None for the other runs (judged by ``_segments`` at each place)."""
        plain: _Plain | None = None
        if " " in run or "\t" in run:
            tokens = _tokens(0, run)
            infos = [self._tokens.get(tok) or self._token(tok) for _, _, tok in tokens]
            kinds = [OTHER if info[0] == STREET_END else info[0] for info in infos]
            role_first = self._role_first(kinds, [info[1] for info in infos]) or self._place_first(infos)
            if not infos[-1][2] and not role_first and _PLAIN.issuperset(info[0] for info in infos):
                keys = [info[1] for info in infos]
                ends = [t[1] for t in tokens]
                while len(kinds) > 1 and kinds[-1] == INIT:  # "Hansen A." ends a sentence
                    kinds.pop()
                    keys.pop()
                    ends.pop()
                if len(kinds) > 1:
                    seen: set[str] = set()
                    for key, kind in zip(keys, kinds, strict=True):
                        if kind != INIT and kind != PART:
                            seen.add(key)
                            if len(key) > 3 and key[-1] == "s":
                                seen.add(key[:-1])
                    last = keys[-1]
                    words = " ".join(keys)
                    brands = self.lex.brands
                    lex = self.lex
                    place = (
                        (
                            kinds[-1] == OTHER
                            and any(  # "Selma Lagerlöfs Mårbacka": a place named after her
                                key[-1] == "s"
                                and key not in lex.first
                                and key not in lex.last
                                and _base(key) in lex.last
                                for key in keys[1:-1]
                            )
                        )
                        or (  # "Isakssons Trädgård", "Jensens Bøfhus": a surname's genitive naming a shop or a firm
                            len(keys) == 2
                            and kinds[1] in (OTHER, SHAPE)
                            and (_surname_genitive(lex, keys[0]) or _given_genitive(lex, keys[0]))
                            and keys[1] not in lex.first
                            and keys[1] not in lex.last
                        )
                    )
                    plain = _Plain(
                        length=len(run),
                        brand=words in brands or _base(words) in brands or place,
                        first=keys[0] if kinds[0] in (FIRST, AMBIG, BOTH) else "",
                        seg_length=ends[-1],
                        kinds=tuple(kinds),
                        keys=tuple(keys),
                        ends=tuple(ends),
                        field_last=infos[-1][1] in self.lex.fields,
                        seen=frozenset(seen),
                        surnames=frozenset((last, _base(last))),
                        unknown=len(kinds) <= 3
                        and _UNKNOWN_NAMEY.issuperset(kinds)
                        and not any(key.endswith(self._org_tails) for key in keys),
                    )
        if len(self._plains) < _KIND_CACHE_SIZE:
            self._plains[run] = plain
        return plain

    def _segments(self, text: str, start: int, run: str, heads: _Lines | None = None) -> list[_Seg]:
        if " " not in run and "\t" not in run:  # one word: most runs ("Jeg", "Vi", "Mødet")
            kind, key, suffix = self._tokens.get(run) or self._token(run)
            if kind in _ALONE_NEVER or suffix:  # a street name alone ("Vestergade", "Solvej")
                return []
            end = start + len(run)
            if text.startswith(":", end) and key in self.lex.fields:
                return []  # "Kopia:", "Cc:" labelling the next field on the same line
            nxt = _NEXT_WORD.match(text, end)
            if nxt is not None and self._blocks(nxt.group(1)):
                return []  # "Hansens Bageri", "Jensen & Søn"
            cues = self._context(text, start, heads)
            cues.extend(self._after(text, end, nxt))
            return [_Seg(start, end, [kind], [key], cues, [end])]
        tokens = _tokens(start, run)
        infos = [self._tokens.get(tok) or self._token(tok) for _, _, tok in tokens]
        if text.startswith(":", tokens[-1][1]) and infos[-1][1] in self.lex.fields:
            tokens.pop()  # "Att: Vilgot Halvorsen Närvarande: ...": the last word labels the next field
            infos.pop()
        end = tokens[-1][1]
        nxt = _NEXT_WORD.match(text, end)
        facts = 0 if nxt is None else self._next_facts_cache.get(nxt.group(1)) or self._next_facts(nxt.group(1))
        if facts & _BLOCKS:
            return []  # "Gustav Adolfs torg", "Nielsen & Søn", "Jensen A/S"
        return self._split(
            tokens, infos, self._context_mask(text, start, heads), self._after_bits(text, end, facts, True)
        )

    def _general(self, run: str, bits: int) -> tuple[_Part, ...]:
        """The segments of a run no ":" follows, judged, memoised per (run, bits): its words and the cue
        bits around it (``_runs``) fix them. Each part also holds its explanation and what accepting it
        adds to the names seen (for later mentions), or for a part not accepted whether it is two or
        three unknown words (a name if a list or a pronoun says so)."""
        template = self._templates.get((run, bits))
        if template is None:
            tokens = _tokens(0, run)
            infos = [self._tokens.get(tok) or self._token(tok) for _, _, tok in tokens]
            parts = []
            for seg in self._split(tokens, infos, bits & 0xFF, bits >> 8 & 0xFF):
                if bits & _SLASH:
                    seg.cues = [*seg.cues, "signature"]
                score, rule = self._judge(seg)
                cues = tuple(seg.cues)
                parts.append(
                    (
                        *(seg.start, seg.end, score, tuple(seg.kinds), tuple(seg.keys), cues, tuple(seg.ends)),
                        self._explanation(rule, cues) if score > 0 else _REJECTED,
                        self._adds(seg) if score > 0 else None,
                        score <= 0 and self._unknown(seg),
                    )
                )
            template = tuple(parts)
            if len(self._templates) < _KIND_CACHE_SIZE:
                self._templates[(run, bits)] = template
        return template

    def _adds(self, seg: _Seg) -> tuple[frozenset[str], str, frozenset[str]] | None:
        """What an accepted segment of several words adds: its name words (and their forms without a
        genitive -s) to those seen, its first name, its surname with any particles; None for one word."""
        if len(seg.kinds) == 1:
            return None
        seen: set[str] = set()
        for key, kind in zip(seg.keys, seg.kinds, strict=True):
            if kind != INIT and kind != PART:
                seen.add(key)
                if len(key) > 3 and key[-1] == "s":
                    seen.add(key[:-1])
        first = seg.keys[0] if seg.kinds[0] in (FIRST, AMBIG, BOTH) else ""
        last = seg.keys[-1]
        base = _base(last)
        surnames = {last, base}
        j = len(seg.kinds) - 2
        while j >= 0 and seg.kinds[j] == PART:  # "der Berg", "van der Berg"
            chain = " ".join(seg.keys[j:-1])
            surnames.update(f"{chain} {k}" for k in (last, base))
            j -= 1
        return frozenset(seen), first, frozenset(surnames)

    def _unknown(self, seg: _Seg) -> bool:
        """Two or three unknown capitalised words, not a place or firm ("Kobbervej Tandklinik")."""
        return (
            1 < len(seg.kinds) <= 3
            and _UNKNOWN_NAMEY.issuperset(seg.kinds)
            and not any(key.endswith(self._org_tails) for key in seg.keys)
        )

    def _split(
        self, tokens: list[tuple[int, int, str]], infos: list[tuple[int, str, bool]], before: int, after: int
    ) -> list[_Seg]:
        """A run's words (``tokens``, their classes ``infos``) cut into segments at stop words, cues and
        titles, with the cue bits before (``before``) and after (``after``) the run."""
        kinds = [info[0] for info in infos]
        context = list(_CUES[before])
        if (  # "Maleren Tina Holm", "Sportschef Anders Bech": a role noun opening the sentence
            self._role_first(kinds, [info[1] for info in infos])
            and "mid_sentence" not in context
            and _STRONG.isdisjoint(context)
        ):
            kinds[0] = TITLE
        elif self._place_first(infos):  # "borgmester i Lemvig Erik Flyvholm": the town, then the person
            kinds[0] = STOP
        if not infos[-1][2] and _PLAIN.issuperset(kinds):  # the common case: the whole run is one name
            if STREET_END in kinds:
                kinds = [OTHER if k == STREET_END else k for k in kinds]
            keys = [info[1] for info in infos]
            while len(kinds) > 1 and kinds[-1] == INIT:  # "Hansen A." ends a sentence
                kinds.pop()
                keys.pop()
                tokens.pop()
            context.extend(_CUES[after])
            return [_Seg(tokens[0][0], tokens[-1][1], kinds, keys, context, [t[1] for t in tokens])]
        not_names = self.lex.not_names
        segs: list[_Seg] = []
        cur: _Seg | None = None
        cues = list(context)
        last = len(kinds) - 1
        if (  # after a label, title or sign-off a stop word before a surname is a first name ("Til: Inga Rahimi"),
            # and one that is a first name before another first name ("Inga Cristina Lindquist")
            kinds[0] == STOP
            and len(kinds) > 1
            and (kinds[1] in (LAST, BOTH, SHAPE) or (kinds[1] == FIRST and infos[0][1] in self.lex.first))
            and _STRONG.intersection(context)
            and infos[0][1] not in not_names
        ):
            kinds[0] = AMBIG
        for i, kind in enumerate(kinds):
            if i == last and kind != STREET and infos[i][2]:
                kinds[i] = STREET  # "Solvej 12", "Vestergade": a street, even when a name list has it
            elif kind == STREET_END:
                kinds[i] = OTHER
            elif (  # a capitalised stop word between a first name and a surname is a name ("Anna Dina Hansen")
                kind == STOP
                and 0 < i < last
                and kinds[i - 1] in (FIRST, BOTH)
                and kinds[i + 1] in (LAST, BOTH, SHAPE, FIRST)
                and infos[i][1] not in not_names
            ):
                kinds[i] = AMBIG
            elif (
                (  # ...and a surname after a name ("Poul Bak", "Malene Stokholm Bak", "Sten Ek")
                    kind == STOP
                    and i == last
                    and i > 0
                    and (
                        kinds[i - 1] in (FIRST, BOTH, LAST, SHAPE)
                        or (
                            kinds[i - 1] == AMBIG
                            and i == 1
                            and infos[0][1] in self.lex.first
                            and infos[1][1] in self.lex.last
                        )
                        or (i == 1 and kinds[0] == OTHER and not _STRONG.isdisjoint(context))  # "partner Villum Due"
                    )
                    and len(infos[i][1]) >= 3
                    and infos[i][1] not in not_names
                )
                or (  # a word shaped like a role but not one, after a first name: "Gösta Fiskare"
                    kind == TITLE
                    and i == last
                    and i > 0
                    and (
                        kinds[i - 1] in (FIRST, BOTH)
                        or (kinds[i - 1] == AMBIG and i == 1 and infos[0][1] in self.lex.first)
                    )
                    and infos[i][1] not in self.lex.titles
                    and not infos[i][1].endswith(self._title_tails)
                )
                or (  # a street word that is a surname, after a first name ("Mette Bakke", not "Kongens Bakke")
                    kind == STREET
                    and i > 0
                    and kinds[i - 1] in (FIRST, BOTH)
                    and infos[i][1] in self.lex.last
                    and not infos[i - 1][1].endswith("s")
                )
                or (  # ... or after a first name and a particle ("Sune de Place", not "Place de la Concorde")
                    kind == STREET
                    and i == last
                    and i > 1
                    and kinds[i - 1] == PART
                    and infos[i - 1][1] in _PARTICLES
                    and kinds[i - 2] in (FIRST, BOTH)
                    and not infos[i][2]
                )
            ):
                kinds[i] = LAST
            elif (  # an Arabic particle between a first name and a surname ("Nadia El Amrani"; "Hansen El" is a firm)
                kind == STREET
                and 0 < i < last
                and infos[i][1] in _ARABIC_PARTICLES
                and kinds[i - 1] in (FIRST, BOTH)
                and kinds[i + 1] in (LAST, BOTH, SHAPE, OTHER)
            ):
                kinds[i] = PART
            elif (  # a capitalised particle inside a name ("Stina De Geer", "L. De Geer")
                kind == STOP
                and 0 < i < last
                and infos[i][1] in _PARTICLES
                and kinds[i - 1] in (FIRST, BOTH, AMBIG, INIT, LAST)
                and (kinds[i + 1] in _SURNAME_LIKE or (kinds[i + 1] == FIRST and kinds[i - 1] in (LAST, BOTH)))
            ):  # ... also a Vietnamese middle name between family and given name ("Nguyen Van Minh")
                kinds[i] = PART
            elif kind == PART and 0 < i < last and kinds[i + 1] == FIRST and infos[i][1] not in _PATRONYMIC:
                kinds[i] = STOP  # a particle never precedes a first name: "Kender du Bodil Jensen"
        if (  # "Anbefalet af Storm Bruun", "Skrevet af Hansen": a participle and "af"/"av" are no part of the name
            len(kinds) > 2
            and kinds[0] == OTHER
            and kinds[1] == PART
            and infos[1][1] in ("af", "av")
            and len(infos[0][1]) >= 5
            and infos[0][1].endswith(_VERB_ENDINGS)
            and _STRONG.isdisjoint(context)
        ):
            kinds[0] = kinds[1] = STOP
        for (s, e, _tok), kind, info in zip(tokens, kinds, infos, strict=True):
            if kind == STREET:
                return segs if cur is None else []  # the name is part of a street/firm name
            if kind in (STOP, CUE, TITLE):
                if cur is not None:
                    segs.append(cur)
                    cur = None
                if kind == CUE:
                    cues = [*cues, "signature" if info[1] in self._sig_exact else "salutation"]
                elif kind == TITLE:
                    cues = [*cues, "title"]
                continue
            if cur is None:
                if kind == PART:
                    continue
                cur = _Seg(s, e, [], [], cues, [])
                cues = list(context)
            cur.end = e
            cur.kinds.append(kind)
            cur.keys.append(info[1])
            cur.ends.append(e)
        if cur is not None:
            segs.append(cur)
        for seg in segs:  # a trailing particle is not part of the name
            while seg.kinds and seg.kinds[-1] == PART:
                seg.pop()
            while len(seg.kinds) > 1 and seg.kinds[-1] == INIT:  # "Hansen A." ends a sentence
                seg.pop()
            if seg.ends:
                seg.end = seg.ends[-1]
        if after and segs:
            segs[-1].cues = [*segs[-1].cues, *_CUES[after]]
        return [s for s in segs if s.kinds]

    def _is_title(self, word: str) -> bool:
        """A role word, also in its definite form ("författaren", "grannen", "offeret", "ägaren")."""
        titles = self.lex.titles
        if word in titles:
            return True
        for ending in _DEFINITE:
            if word.endswith(ending) and len(word) > len(ending) + 2 and word[: -len(ending)] in titles:
                return True
        return False

    def _role_first(self, kinds: Sequence[int], keys: Sequence[str]) -> bool:
        """Does the run open with a role noun glued to a name ("Maleren Tina Holm", "Vagtchef Bo Kragh",
        "Undersköterskan Amina Yusuf")? An unknown long word with a role ending before a first name
        and a further name-like word; or before a first name alone ("Montør Nikolaj", "Servitören Kalle")."""
        if len(kinds) == 2:
            return kinds[0] == OTHER and kinds[1] == FIRST and len(keys[0]) >= 6 and keys[0].endswith(_ROLE_ALONE)
        return (
            len(kinds) >= 3
            and kinds[0] == OTHER
            and (kinds[1] in (FIRST, BOTH) or (kinds[1] == AMBIG and keys[1] in self.lex.first))
            and (kinds[1] != AMBIG or kinds[2] in _SURNAME_LIKE)
            and (
                (len(keys[0]) >= 6 and keys[0].endswith(_ROLE_ENDINGS))
                # ... or a verb in the past tense opening the sentence ("Ringde Anna Nowak", "Mødte Jens Holm")
                or (len(keys[0]) >= 5 and keys[0].endswith(("de", "te")))
            )
        )

    def _place_first(self, infos: Sequence[tuple[int, str, bool]]) -> bool:
        """Does the run open with a town that no name list holds, before a listed first name and a further
        word ("i Lemvig Erik Flyvholm", "kommunalrådet i Kalix Birgitta Pekkari")? A name never opens with a town."""
        if len(infos) < 3 or infos[0][0] != OTHER or infos[1][0] not in (FIRST, BOTH):
            return False
        lex = self.lex
        key = infos[0][1]
        return key in lex.places and key not in lex.first and key not in lex.last

    def _context(self, text: str, start: int, heads: _Lines | None = None) -> list[str]:
        """Cues before a run (see ``_context_mask``), as names."""
        return list(_CUES[self._context_mask(text, start, heads)])

    def _context_mask(self, text: str, start: int, heads: _Lines | None = None) -> int:
        """Cues before a run as bits: field label or salutation opening its line, signature above, title.

        Linear and cheap per run: what depends on the line alone (field label, first word, whether
        a sign-off occurs on it at all) is worked out once per line (``heads``); only bounded slices
        around the run are case-folded, and only when the line could hold a sign-off.
        """
        floor = start - _LINE_LIMIT if start > _LINE_LIMIT else 0
        nl = text.rfind("\n", floor, start)
        line_start = nl + 1 if nl >= 0 else floor
        cues = 0
        offset = start - line_start
        if heads is not None and (nl >= 0 or floor == 0):
            line = heads.get(line_start)
            if line is None:
                line = heads[line_start] = self._line(text, line_start, heads.sig)
            head_end, content, word_end, salutation, sig = line
            if start <= content:
                # The run opens its line: no label, first word or word before it can stand there, so
                # only a sign-off alone on the line above, or a comma leading the line, is a cue.
                if heads.sig and self._above_signs(text, line_start, heads):
                    cues = _SIGNATURE
                i = start - 1
                while i >= line_start and text[i] in " \t":
                    i -= 1
                if i >= line_start and text[i] == ",":
                    cues |= _MID
                return cues
            if head_end <= start and _FIELD_END.search(text, head_end, start) is None:
                cues = _FIELD
            if offset < 60 and start > word_end:
                if salutation:
                    cues |= _SALUTATION
            elif offset < 60 and self._salutation_first(text, line_start, start):
                cues |= _SALUTATION
            if sig and self._signature_before(text, line_start, start):
                cues |= _SIGNATURE
        else:
            head = _LINE_HEAD.match(text, line_start, start)
            if (
                head is not None
                and self._is_label(head.group(1).strip().casefold())
                and _FIELD_END.search(text, head.end(), start) is None
            ):
                cues = _FIELD
            if offset < 60 and self._salutation_first(text, line_start, start):
                cues |= _SALUTATION
            if self._signature_before(text, line_start, start):
                cues |= _SIGNATURE
        i = start - 1
        while i >= line_start and text[i] in " \t":
            i -= 1
        if i >= line_start:
            c = text[i]
            if c.islower() or c == ",":
                cues |= _MID
            if c in _CARE_OF_LAST and self._care_of(text, i - 4 if i > line_start + 4 else line_start, i + 1):
                return cues | _TITLE  # "c/o Assia Brøndum", "v/ Omar Poulsen"
        lo = start - 40 if start - 40 > line_start else line_start
        before = _WORD_BEFORE_REVERSED.match(text[lo:start][::-1])
        if before is not None:
            cues |= self._word_cue(before.group(1)[::-1])
        return cues

    def _care_of(self, text: str, lo: int, hi: int) -> bool:
        """Does ``text[lo:hi]`` end with "c/o", "v/", "att." or "attn."?"""
        return text[lo:hi].casefold().endswith(_CARE_OF)

    def _word_cue(self, word: str) -> int:
        """The cue a word gives a run right after it: a role ("direktør Jens") or a verb of saying."""
        cue = self._word_cues.get(word)
        if cue is None:
            key = word.casefold()
            cue = _TITLE if self._is_title(key) else _SPEECH if key in self.lex.speech_verbs else 0
            if cue == _TITLE and len(word) == 2 and word.isupper():
                cue = 0  # "DR Symfoniorkestret", "HR Norden": a broadcaster or a department, not "Dr", "Hr"
            if len(self._word_cues) < _KIND_CACHE_SIZE:
                self._word_cues[word] = cue
        return cue

    def _above_signs(self, text: str, line_start: int, heads: _Lines) -> bool:
        """Is the line above ``line_start`` a sign-off alone (memoised per line)?"""
        above = heads.above.get(line_start)
        if above is None:
            above = heads.above[line_start] = self._is_signature(_previous_line(text, line_start))
        return above

    def _line(self, text: str, line_start: int, sig_in_text: bool = True) -> _Line:
        """What the cues need to know about a line, worked out once: where its person-field label
        ends, where its content and its first word start and end, whether that word is a
        salutation, and whether a sign-off can occur on it (only if the text holds one)."""
        nl = text.find("\n", line_start, line_start + _LINE_LIMIT + 1)
        line = text[line_start : nl if nl >= 0 else line_start + _LINE_LIMIT + 1]
        stripped = line.lstrip(" \t,")
        content = line_start + len(line) - len(stripped)
        space = stripped.find(" ")
        first = stripped if space < 0 else stripped[:space]
        # Tabs inside the first word: judged the long way per run.
        word_end = _NO_HEAD if "\t" in first else content + len(first)
        salutation = self._salutes.get(first)
        if salutation is None:
            salutation = self._first_word_salutes(first)
        # Per run, a sign-off is looked for only on a line holding one of the sign-offs' last words.
        sig = sig_in_text and self._line_sig(text, line_start, line_start + len(line))
        return self._field_head(text, line_start), content, word_end, salutation, sig

    def _first_word_salutes(self, first: str) -> bool:
        """Is a line's first word a salutation ("Kære", "Hej,")? Memoised."""
        salutes = first.casefold().strip(",!") in self.lex.salutations
        if len(self._salutes) < _KIND_CACHE_SIZE:
            self._salutes[first] = salutes
        return salutes

    def _line_sig(self, text: str, lo: int, hi: int) -> bool:
        """Does ``text[lo:hi]`` (a line) hold one of the sign-offs' last words?"""
        return self._has_sig(text[lo:hi].casefold())

    def _text_has_sig(self, text: str) -> bool:
        """Does any sign-off word occur in the text? (See ``_text_words``.)"""
        return self._text_words(text)[0]

    def _text_words(self, text: str) -> tuple[bool, bool]:
        """Does any sign-off word occur in the case-folded text, does any word naming a room, ship or storm
        (``_named_thing`` finds nothing in a text without one)? Case-folded in bounded pieces (overlapping
        by more than the longest word), never as a second copy of a large text."""
        if self._folded_any_in is not None:
            both = self._folded_any_in(text, self._sig_words, self._thing_words)
            if both is not None:
                return both
        step = 1 << 16
        sig = things = False
        for i in range(0, max(len(text), 1), step):
            piece = text[i : i + step + self._overlap].casefold()
            sig = sig or self._any_in(piece, self._sig_words)
            things = things or self._any_in(piece, self._thing_words)
            if sig and things:
                break
        return sig, things

    def _has_sig(self, lowered: str) -> bool:
        return self._any_in(lowered, self._sig_words)

    def _salutation_first(self, text: str, line_start: int, start: int) -> bool:
        lowered = text[line_start:start].casefold().strip(" \t,")
        first_word = lowered.split(" ", 1)[0].strip(",!") if lowered else ""
        return first_word in self.lex.salutations

    def _signature_before(self, text: str, line_start: int, start: int) -> bool:
        """Does a sign-off end the line before ``start`` ("Med venlig hilsen Jens"), or stand alone
        on the line above when nothing precedes the run?"""
        if start - line_start <= _SHORT_PREFIX:
            lowered = text[line_start:start].casefold().strip(" \t,")
            return self._is_signature(lowered) or (not lowered and self._is_signature(_previous_line(text, line_start)))
        return self._long_signature(text, line_start, start)

    def _field_head(self, text: str, line_start: int) -> int:
        """Where a person-field label opening the line ends ("Navn:"), or a number past any run.

        The label regex cannot cross a newline and its lazy match ends as early as possible, so a
        run is after the label exactly when the label found on the whole line ends at or before it.
        """
        head = _LINE_HEAD.match(text, line_start)
        if head is not None:
            raw = head.group(1)
            label = self._labels.get(raw)
            if label is None:
                label = self._label_word(raw)
            if label:
                return head.end()
        return _NO_HEAD

    def _label_word(self, raw: str) -> bool:
        """Is the text before a line's colon a person-field label (``_is_label``)? Memoised."""
        label = self._is_label(raw.strip().casefold())
        if len(self._labels) < _KIND_CACHE_SIZE:
            self._labels[raw] = label
        return label

    def _is_label(self, label: str) -> bool:
        """A person field ("Navn", "Til stede") or a role ("Kasserer", "Landstræner") before a colon."""
        lex = self.lex
        if label in lex.fields or label in lex.titles or (" " not in label and label.endswith(self._title_tails)):
            return True
        words = label.split()  # "Obligatoriske deltagere", "Ny kontaktperson"
        return 1 < len(words) <= 3 and words[-1] in lex.fields

    def _long_signature(self, text: str, line_start: int, start: int) -> bool:
        """The signature test on a long line prefix, looking only at its two ends."""
        head = text[line_start : line_start + 64].casefold().lstrip(_SIG_STRIP)
        tail = text[start - 64 : start].casefold().rstrip(_SIG_STRIP)
        if len(head) < 30 or len(tail) < 30:  # mostly punctuation: test the whole prefix
            lowered = text[line_start:start].casefold().strip(" \t,")
            return self._is_signature(lowered) or (not lowered and self._is_signature(_previous_line(text, line_start)))
        return tail.endswith(self._sig_tail) or head.startswith(self._sig_head)

    def _after(self, text: str, end: int, nxt: re.Match[str] | None, *, several: bool = False) -> list[str]:
        """Cues after a run (see ``_after_mask``), as names."""
        return list(_CUES[self._after_mask(text, end, nxt, several)])

    def _after_mask(self, text: str, end: int, nxt: re.Match[str] | None, several: bool = False) -> int:
        """Cues after a run as bits: a mail address (display name), an age, a role in parentheses after
        a run of several words, a speech verb."""
        if _AFTER_HINT.match(text, end) is not None:
            hint = self._after_hint(text, end, several)
            if hint:
                return hint
        if nxt is not None and nxt.group(1).casefold() in self.lex.speech_verbs:
            return _SPEECH
        return 0

    def _after_bits(self, text: str, end: int, facts: int, several: bool) -> int:
        """``_after_mask`` with the next word's facts (``_next_facts``) already known."""
        if _AFTER_HINT.match(text, end) is not None:
            hint = self._after_hint(text, end, several)
            if hint:
                return hint
        return _SPEECH if facts & _NEXT_SPEECH else 0

    def _next_facts(self, word: str) -> int:
        """What the word right after a run says, memoised: it blocks the run (a street, place or firm
        word, see ``_blocks``), it is a verb of saying; _NEXT_SEEN so that no entry is 0."""
        facts = _NEXT_SEEN
        if self._blocks(word):
            facts |= _BLOCKS
        if word.casefold() in self.lex.speech_verbs:
            facts |= _NEXT_SPEECH
        if len(self._next_facts_cache) < _KIND_CACHE_SIZE:
            self._next_facts_cache[word] = facts
        return facts

    def _after_hint(self, text: str, end: int, several: bool) -> int:
        """What a "<" or "(" after a run says: a display name, an age, a role (several words only)."""
        if _DISPLAY.match(text, end):
            return _DISPLAY_NAME
        if _AGE.match(text, end):
            return _AGE_CUE
        if several and self._role_after(text, end):
            return _TITLE  # "Gitte Krog (medarbejder)", "Anna Berg (formand)"
        return 0

    def _role_after(self, text: str, end: int) -> bool:
        """A role in parentheses right after the run ("(medarbejder)", "(ordförande)")."""
        m = _ROLE_AFTER.match(text, end)
        return m is not None and m.group(1).casefold() in self.lex.titles

    def _role_in_parentheses(self, text: str, end: int) -> bool:
        """A role in parentheses after a lone word, also a compound one ("(driftsleder)", "(ekonomichef)")."""
        m = _ROLE_AFTER.match(text, end)
        if m is None:
            return False
        key = m.group(1).casefold()
        return (
            key in self.lex.titles
            or key.endswith(self._title_tails)
            or (len(key) > 6 and key.endswith(_ROLE_COMPOUND_TAILS))
        )

    def _is_signature(self, line: str) -> bool:
        line = line.strip(_SIG_STRIP)
        return line in self._sig_exact or line.endswith(self._sig_tail) or line.startswith(self._sig_head)

    # --- the decision ---------------------------------------------------------------------
    def _judge(self, seg: _Seg) -> tuple[float, str]:
        return self._judge_parts(seg.kinds, seg.keys, seg.cues)

    def _judge_parts(self, k: Sequence[int], keys: Sequence[str], cues: Collection[str]) -> tuple[float, str]:
        n = len(k)
        strong = _STRONG.intersection(cues)
        surname_end = k[-1] in (LAST, BOTH, SHAPE)
        if strong and n <= 5 and k.count(INIT) != n:
            known = not _KNOWN.isdisjoint(k)
            return (0.75 if known else 0.7), "cue:" + min(strong)
        if n >= 2:
            if k[0] in (FIRST, BOTH):
                return (0.75 if surname_end else 0.7), "first+name"
            if k[0] == AMBIG and keys[0] in self.lex.first and k[1] in (FIRST, LAST, BOTH, SHAPE):
                return 0.7, "first+name"  # "Hans Jørgen Lund", "Per Wiklund Lind"
            if (  # "Hans J. Wegner", "Per K. Holm": the pronoun or preposition is never followed by an initial
                n >= 3
                and k[0] == AMBIG
                and keys[0] in self.lex.first
                and k[1] == INIT
                and k[-1] in _SURNAME_LIKE
                and all(x == INIT for x in k[1:-1])
            ):
                return 0.7, "first+name"
            if k[0] == OTHER and k[1] == PART and keys[0].endswith(_VERB_ENDINGS):
                return 0.0, ""  # "Skrevet af Hansen", "Utfört av": a participle, not "Goran af Toft"
            if k[0] in (AMBIG, INIT, OTHER, SHAPE, LAST) and surname_end and k[0] != PART:
                return 0.65, "name+surname"
            if (  # "Bo Holm", "Vita Due", "Sten Storm": both words ambiguous, a first name, a list surname
                n == 2 and k[0] == AMBIG and k[1] == AMBIG and keys[0] in self.lex.first and keys[1] in self.lex.last
            ):
                return 0.65, "name+surname"
            if (  # "Liv Lind Rapp", "Per Lind Dahl": a double surname made of words after a first name that is one
                n == 3
                and k.count(AMBIG) == 3
                and keys[0] in self.lex.first
                and keys[1] in self.lex.last
                and keys[2] in self.lex.last
            ):
                return 0.65, "name+surname"
            if (  # "ja, Bo Sjö kommer", "att Liv Gran": a first name that is a word, capitalised mid-sentence
                n == 2
                and k[0] == AMBIG
                and k[1] in (AMBIG, OTHER)
                and "mid_sentence" in cues
                and keys[0] in self.lex.first
                and not (k[1] == OTHER and keys[0] in self.lex.street_words)  # "på Ica Maxi": a chain's shop
                and keys[0] not in _MONTHS
                and keys[0] not in _ENGLISH_WORD_NAMES
                and keys[0] not in self.lex.stopwords
            ):
                return 0.6, "name+surname"
            if n == 2 and k[0] == INIT and k[1] == AMBIG and keys[1] in self.lex.last:
                return 0.65, "initial+surname"  # "K. Björk", "P. Bach"
            if "speech" in cues and n <= 4 and k[-1] == AMBIG and k[-2] != INIT:
                return 0.65, "name+speech"  # "Shirin Lind kommenterar"
            if "speech" in cues and n <= 3 and _UNKNOWN_NAMEY.issuperset(k):
                return 0.65, "name+speech"  # "siger Assia Brøndum", "Ferhat Lindholt udtaler"
            if (
                n >= 3
                and k[0] in (OTHER, SHAPE)
                and k[1] in (FIRST, BOTH)
                and (k[-1] in _SURNAME_LIKE or k[-1] == FIRST)
            ):
                return 0.65, "name+first+name"  # "Jovana Sonny Kaya": an unknown first name, a known middle one
            if k[0] == INIT and n <= 4 and k[-1] in _SURNAME_LIKE and _INITIAL_OR_PARTICLE.issuperset(k[1:-1]):
                return 0.65, "initial+surname"  # "J. Fisker", "G. von Platen": an unknown word after initials
            if (  # "Sten de Geer", "Frede af Holm": a particle between two name-like words
                n <= 4
                and k[0] in _SURNAME_LIKE
                and (k[-1] in _SURNAME_LIKE or (k[-1] == FIRST and k[0] in (LAST, BOTH)))
                and PART in k[1:-1]
                and ("mid_sentence" in cues or keys[k.index(PART)] not in _WORD_PARTICLES)
            ):
                return 0.65, "name+particle"
            return 0.0, ""
        if k[0] == FIRST and (keys[0] in self.lex.first or "-" in keys[0]):
            return 0.6, "first_name"
        if k[0] in (LAST, BOTH, SHAPE) and "speech" in cues:
            return 0.6, "surname+speech"
        return 0.0, ""


_VERB_ENDINGS = ("et", "at", "it", "t", "de", "te")
# definite endings of role nouns: "naboen", "offeret", "lærerne", plural "journalisterne", "journalisterna"
_DEFINITE = ("en", "et", "n", "an", "t", "ne", "erne", "erna")
# How firms, clubs, groups and institutions end: a run holding such an unknown word is not a person.
_ORG_TAILS = (
    "kassen", "kassan", "banken", "klubben", "klubb", "byrån", "bureau", "foreningen", "föreningen",
    "forbundet", "förbundet", "selskabet", "sällskapet", "fonden", "stiftelsen", "gruppen", "afdelingen",
    "avdelningen", "udvalget", "utskottet", "nämnden", "skolen", "skolan", "gymnasium",
    "operan", "operaen", "teatret", "teatern", "museet", "museum", "centret", "centrum", "center",
    "planetarium", "observatorium", "observatoriet", "instituttet", "institutet",
    "samlings", "samling", "kirken", "kyrkan", "hallen", "sygehus",
    "sjukhus", "sjukhuset", "universitet", "universitetet", "invest", "fastigheter", "utveckling",
    "pris", "prisen", "priset", "medaljen", "råd", "rådet", "tandklinik", "tandklinikken", "tandvård", "tandvården",
    "service", "bostäder", "boliger", "gymnastik", "idræt", "idrott", "park",  # "Birk Centerpark"
    # authorities ("Energistyrelsen", "Transportstyrelsen", "Skolverket", "Ankenævnet", "Arbejdstilsynet")
    "styrelsen", "styrelse", "verket", "myndigheten", "nævnet", "direktoratet", "ministeriet", "inspektionen",
    "tilsynet", "ämbetet",
    # a place or practice named "the house" or "the clinic" ("Dyrlægehuset", "Kulturhuset", "Djurkliniken")
    "huset", "klinikken", "kliniken",
    "hjemmet", "hemmet",  # homes and institutions ("Julemærkehjemmet Kildemose", "Ålderdomshemmet")
    # colleges and academies ("Ribe Statsseminarium", "Kungliga Musikaliska Akademien")
    "seminarium", "seminariet", "akademiet", "akademien", "akademin", "højskolen", "folkhögskolan",
    # hospitals ("Rigshospitalet", "Gigthospital", "Centrallasarettet")
    "hospital", "hospitalet", "sygehuset", "lasarett", "lasarettet",
    # rentals, insurers, road associations and utilities signing a letter ("Sommerhusudlejning Nord",
    # "Stuguthyrning Öst", "Försäkringsbolaget X", "Vägsamfälligheten X", "Aabenraa Forsyning")
    "udlejning", "uthyrning", "bolaget", "samfällighet", "samfälligheten", "forsyning", "forsyningen",
    "spildevand", "renovation",
)  # fmt: skip
_SURNAME_LIKE = frozenset({OTHER, SHAPE, AMBIG, LAST, BOTH})
# how role nouns end: "Åklagare", "Klimatolog" ("-olog"), "Lodsejer"/"Husejeren" (an owner)
_ROLE_TAILS = ("are", "aren", "olog", "ologen", "ejer", "ejeren")  # "Åklagare", "Geolog", "Husejer"
# How role nouns end ("Maleren", "Konstnären", "Curatorn", "Designer", "Bibliotekar", "Sportschef").
# ... before a first name alone: no "-en"/"-et" of any definite noun ("Krogen Bojan" is an inn, "Fröken Julie" a play)
_ROLE_ALONE = (
    "rn", "er", "ar", "ør", "ör", "ist", "ent", "ant", "ende", "ande", "øren", "ören", "eren", "aren", "isten"
)  # fmt: skip
_ROLE_ENDINGS = ("en", "et", "rn", "er", "ar", "ef", "or", "ör", "ør", "ist", "ent", "ant", "ende", "ande")
# A finite verb after a lone name at a sentence start ("Stig ringer", "Dag arbetade"), not "Per person".
_VERB_AFTER = regex(
    rf"[ \t]+(?!(?:over|under|efter|eller|for|för|hver|fler|mer|der|her|där|här|när|hur|per|kvar|över)\b)"
    rf"([{_LOW}]+(?:r|de|te))\b"
)
# A verb in the past tense after a lone surname ("Nilsson var", "Thrane reddede", "Karlsson gjorde").
_PAST_AFTER = regex(
    rf"[ \t]+([{_LOW}]+(?:de|te|des|tes)|var|blev|gik|gick|fik|fick|tog|gav|kom|slog|vandt|vann|fandt|fann|holdt|höll"
    rf"|stod)\b"
)
# a verb only a person does after a name a firm carries ("Arne Jacobsen tegnede stolen", "Carl Malmsten ritade")
_MAKER_VERBS = (
    " tegnede", " ritade", " designede", " designade", " skabte", " skapade", " grundlagde", " grundade"
)  # fmt: skip
_MOURNED_WORDS = ("efterlades a", "savnes af", "sørges af", "sörjes av", "saknas av")
_MOURNED = regex(
    rf"(?:efterlades|savnes|sørges|sörjes|saknas)[ \t]+(?:af|av)[ \t]+(?:min|mi|sin|hans|hennes)?[ \t]*({_WORD})"
)
# a firm's form or prefix right before a name: "Fastighets AB Gustav Dahlberg", "Firma Karl Mathsson"
_FIRM_PREFIX = regex(r"(?:(?<![\w-])AB|(?<![\w-])[Ff]irma)[ \t]+\Z")
# a genitive opening a quoted name of a dish or a product: '"Fiils favorit"', '"Fru Jensens kringle"'
_QUOTED_OWNED = regex(rf"[ \t]+([{_LOW}]+)[\"”]")
# ... its quote opened after a definite noun or a verb of naming ('sandwichen "', 'heter "'), or a title inside it
_QUOTE_OPENED = regex(
    r"(?:(?<![\w-])(?:[a-zæøåäö]{3,}(?:en|et|n)|hedder|heter|kaldet|kallad|kaldes|kallas)[ \t]+[\"“”]"
    r"|[\"“”][A-ZÆØÅÄÖ][a-zæøåäö]+\.?[ \t]+)\Z"
)
_SURNAME_PAIR = regex(rf"(?<![\w/.@:-])({_WORD})/({_WORD})(?![\w/@-]|\.\w)")
_MAKER_WORDS = (*_MAKER_VERBS, " namn", " navn")
_RARE_WORDS = (*_MAKER_WORDS, *_MOURNED_WORDS)
_BORNE_BEFORE = regex(rf"(?<![\w-])({_WORD}[ \t]{_WORD})s[ \t]*\Z")
_MAKER_BEFORE = regex(rf"(?<![\w-])({_WORD}[ \t]{_WORD})[ \t]*\Z")
_MONTHS = frozenset({"april", "maj", "juni", "juli", "august", "augusti", "may", "june", "july"})
# A word in lower case after a run: the sentence goes on
_LOWER_NEXT = regex(rf"[ \t]+[{_LOW}]")
# Adjectives among the owned nouns: they count only before a noun ("Sørens gamle computer")
_OWNED_ADJECTIVES = frozenset({"gamle", "gamla", "nye", "nya", "egen", "egna", "første", "första", "sidste", "sista"})
# "Bent og jeg kan godt": a first name written in full before, coordinated with the writer
_WITH_WRITER = regex(r"[ \t]+(?:og|och)[ \t]+(?:jeg|jag|mig|mej|I|vi)\b")
# Auxiliaries and verbs of saying after a lone first name that is also a word ("Per har", "Saga är")
_AUX_AFTER = regex(
    r"[ \t]+(?:har|havde|hade|er|var|är|blev|blir|bliver|skal|ska|skulle|vil|vill|ville|kan|kunne|kunde|må|måste"
    r"|siger|säger|sagde|sa|skriver|skrev|tror|vet|ved"
    r"|sender|skickar|sänder|ringer|mailer|mejlar|henter|hämtar)\b"  # "Ravn sender tilbuddet" in a mail
)
# Stop words that are names and never stand bare before a finite verb: "hans" (his), "per", "dag", "sine"
_NAME_STOPWORDS = frozenset({"hans", "per", "dag", "sine"})
# Definite nouns, places and adjectives among the word-names ("Gaven kan betales", "London er dyr")
_DEFINITE_WORD_NAMES = frozenset(
    {
        *("gaven", "berlin", "london", "jordan", "liban", "sultan", "van", "von", "lin", "paris", "roma", "rom"),
        *("georgia", "florida", "virginia", "india", "kenya", "china", "cuba", "israel", "mora", "asia", "europa"),
        *("amerika", "afrika", "nord", "syd", "nya", "nye", "nyt", "ny", "alle", "all"),
    }
)
# Weather and seasons that are names too: bare before a verb in headlines ("Storm rammer", "Sol skinner")
# " E Samuelson" after a first name: a capital alone, then a capitalised word
_HYPHEN_INITIALS_GATE = regex(rf"[{_UP}]\.?-[{_UP}]\.?[ \t]")
_HYPHEN_INITIALS_BEFORE = regex(rf"(?<![\w.-])[{_UP}]\.?-[{_UP}]\.?[ \t]+\Z")
_LONE_CAPITAL = regex(rf" [{_UP}] [{_UP}]")  # what every _MIDDLE_INITIAL holds: a gate found from a blank on
_MIDDLE_INITIAL = regex(rf" ([{_UP}]) ({_WORD})(?![\w@-])")


def _initial_next(text: str, end: int, n: int) -> bool:
    """Does a capital stand alone after ``end`` (" E Samuelson")? Three character tests, no regex."""
    return end + 3 < n and text[end] == " " and text[end + 2] == " " and text[end + 1].isupper()


# Prepositions a person stands after ("hos Bo", "med Per", "till Sol"), and the words joining two names
_PERSON_PREPOSITIONS = frozenset({"hos", "med", "til", "till", "spørg", "fråga"})  # "spørg Sten": ask a person
_AND_WORDS = frozenset({"og", "och"})
_BOTH_BEFORE = (" hos ", " med ", " af ", " av ", " fra ", " från ", " til ", " till ", " efter ", "\nhos ", "\nmed ")
_AND_AFTER = (" og ", " och ")
_CELL_END = frozenset({";", "\t", "|", " ", "\r", "\n", ""})  # what may follow a name filling a table cell
_PLACED_BEFORE = (
    " hos ", " med ", " til ", " till ", " og ", " och ", " spørg ", " fråga ", "\nhos ", "\nmed ", "\ntil ", "\ntill "
)  # fmt: skip
_DIGIT_NEXT = regex(r"[ \t]*\d")
# a main character or a figure of a novel, film or play before a name: a character, not a person
_FICTION_BEFORE = regex(
    r"(?<!\w)(?i:hovedperson|huvudperson|romanfigur|rollefigur|hovedfigur|huvudfigur|bipersonen?|romanperson)"
    r"(?:en|erne|erna|na)?[ \t]+\Z"
)
# a plural of kinship before two first names joined ("Brødrene Mads og Jonas Holm", "Systrarna Ida och Li Berg")
_SIBLING_GATE = ("ødrene ", "öderna ", "østrene ", "ystrarna ", "villingerne ", "villingarna ")
_SIBLINGS = regex(
    rf"(?<![\w])(?:[Bb]rødrene|[Bb]röderna|[Ss]østrene|[Ss]ystrarna|[Tt]villingerne|[Tt]villingarna)[ \t]+"
    rf"({_WORD})[ \t]+(?:og|och)[ \t]+"
)
# an Arabic article joined to a surname by a hyphen, in lower case after a first name ("Yasmin el-Amin")
_ARTICLE_JOINS = (" el-", " al-")
_ARTICLE_AFTER = regex(rf"[ \t](?:el|al)-[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?(?![\w@-])")


# what a name found is made of (FallbackNameFinder._value_facts): a particle inside its surname ("Johan Dalman de
# Geer"), a last word that is a listed first name ("Hibaq Mohamed Jama"), given names alone ("Hedvig Eleonora")
_VALUE_PARTICLE, _VALUE_LAST_FIRST, _VALUE_GIVEN = 1, 2, 4
_INITIALS_BEFORE = regex(rf"(?<![\w.])(?:[{_UP}]\.[ \t]?){{1,3}}\Z")
# The look-behind after the first capital (not before it): the engine then skips to a capital in C.
_INITIALS_WORD = regex(rf"[{_UP}](?<![\w.].)\.[ \t]?(?:[{_UP}]\.[ \t]?){{0,2}}[ \t]*({_WORD})(?![\w@-])")
# a verb of acting between an actor's name and a first name alone: the part played ("Ghita Nørby spiller Fie")
_PLAYS_WORDS = (" spiller ", " spelar ", " gestalter ", " gestaltar ")
_RARE_GATE = (*_SIBLING_GATE, *_ARTICLE_JOINS, *_PLAYS_WORDS)  # what any of the three needs
_PLAYS_BETWEEN = regex(r"[ \t]+(?:spiller|spelar|gestalter|gestaltar)[ \t]+\Z")
# a person's initials in brackets after the name ("Anders Hjelm (AH)"): they stand for the name elsewhere too
_INITIALS_GATE = regex(rf"\([{_UP}]{{2,4}}\)")
_INITIALS_AFTER = regex(rf"[ \t]*\(([{_UP}]{{2,4}})\)")


def _surname_genitive(lex: Lexicon, key: str) -> bool:
    """Is ``key`` the genitive of a listed surname that no list holds as it stands ("isakssons", "jensens")?"""
    return len(key) > 3 and key[-1] == "s" and key not in lex.first and key not in lex.last and key[:-1] in lex.last


def _firm_prefixed(text: str, f: Finding) -> bool:
    """Does a firm's form or the word "Firma" stand right before the name, or open it?"""
    if f.value.startswith(("Firma ", "firma ")):
        return True
    return text.endswith(("AB ", "irma "), max(0, f.start - 5), f.start) and (
        _FIRM_PREFIX.search(text, max(0, f.start - 8), f.start) is not None
    )


def _quote_opened(text: str, start: int) -> bool:
    """Does a quote (perhaps and a title: '"Fru ') open right before ``start``?"""
    return _QUOTE_OPENED.search(text, max(0, start - 24), start) is not None


def _given_genitive(lex: Lexicon, key: str) -> bool:
    """Is ``key`` the genitive of a listed first name that no list holds as it stands ("kurts", "ragnars")? Before a
    capitalised word that is no name it names a firm or a shop ("Kurts Rør", "Ragnars Fisk")."""
    return len(key) > 3 and key[-1] == "s" and key not in lex.first and key not in lex.last and key[:-1] in lex.first


def _played_parts(text: str, found: list[Finding]) -> list[Finding]:
    """``found`` less a first name alone that follows an actor's name and a verb of acting."""
    ends = {f.end for f in found if " " in f.value}
    out = []
    for f in found:
        if " " not in f.value:
            m = _PLAYS_BETWEEN.search(text, max(0, f.start - 14), f.start)
            if m is not None and m.start() in ends:
                continue
        out.append(f)
    return out


def _initials_dropped(text: str, found: list[Finding]) -> list[Finding]:
    """``found`` less the initials a name found is given in brackets ("Elif Kaya (EK)"), wherever they stand:
    they may spell a name ("Ek", "Ah") but are the abbreviation of one."""
    initials = set()
    for f in found:
        m = _INITIALS_AFTER.match(text, f.end)
        if m is not None and " " in f.value:
            letters = "".join(w[0] for w in f.value.replace("-", " ").split()).upper()
            if m.group(1) == letters:
                initials.add(m.group(1))
    if not initials:
        return found
    return [f for f in found if f.value not in initials]


# a Nordic sports club's letters after one word name the club ("Sten IK", "Lind IF", "Vejle BK", "Malmö FF")
_CLUBS = r"(?:IF|IK|SK|BK|FF|FK|FC|GIF|AIK|IFK|AIF|BIK|HK|GF|IFF)"
_CLUB_GATE = regex(r" " + _CLUBS + r"(?![\w-])")
_CLUB_AFTER = regex(r"[ \t]" + _CLUBS + r"(?![\w-])")
# a town after a postcode that follows a street and house number ("Toftevej 12, 2800 Kgs. Lyngby", "Ekvägen 3, 131 40
# Nacka") or "DK-"/"SE-": a house number has at most three digits, so "i 2019, 2020 Jens Hansen" is no address
_POSTCODE = r"(?:[^\W\d]{2,}\.?[ \t]+\d{1,3}[ \t]?[A-Za-z]?,[ \t]*|\b(?:DK|SE|S)-)(?:\d{4}|\d{3}[ \t]\d{2})[ \t]+"
_POSTCODE_GATE = regex(r",[ \t]*(?:\d{4}|\d{3}[ \t]\d{2})[ \t]+[^\W\d]")  # a comma first: found fast
_POSTCODE_COUNTRY = regex(r"\b(?:DK|SE|S)-\d")
_POSTCODE_BEFORE = regex(_POSTCODE + r"\Z")
_REGNAL_COMPOUND = regex(rf"[ \t][IVX]{{1,5}}-[{_LOW}]")
_DISTRICT_BEFORE = regex(_POSTCODE + rf"[{_UP}][{_LOW}]+[ \t]+\Z")  # "Allé 14, 5000 Odense " before "C."
_DISTRICT_VALUE = regex(rf"[{_UP}]{{1,2}}\.[ \t]+{_WORD}")  # a district's letter, then one word
# "Bo og Per": the capitalised word right before the "og" (searched for up to the name after it)
_NAME_BEFORE_AND = regex(rf"(?<![\w-])([{_UP}][{_LOW}]+)[ \t]+(?:og|och)[ \t]+$")
_AND_NAME_AFTER = regex(rf"[ \t]+(?:og|och)[ \t]+([{_UP}][{_LOW}]+)(?![\w-])")
_WEATHER_NAMES = frozenset({"storm", "sol", "regn", "sne", "snö", "vind", "frost", "sommer", "sommar", "vinter"})
# the weather in lower case after a weather word that is a name too: "Storm og regn", "Sol och värme"
_WEATHER_AFTER = regex(r"[ \t]+(?:og|och)[ \t]+(\w+)")
_WEATHER_WORDS = _WEATHER_NAMES | {
    *("blæst", "blåst", "varme", "värme", "kulde", "kyla", "slud", "hagl", "torden", "åska", "tåge", "dimma"),
    *("skyer", "moln", "byger", "skurar", "rusk", "is", "kuling", "sludd", "hav", "vand", "vatten", "vejr", "väder"),
}
# "Hans’ arbejde": an apostrophe genitive before what is owned
_APOSTROPHE_OWNED = regex(rf"['’](?:[ \t]+)(?!(?:og|och|er|är|har|var)\b)[{_LOW}]{{3,}}")
# English words among the ambiguous names: they open brands and titles ("Royal Copenhagen", "Green Cargo")
_ENGLISH_WORD_NAMES = frozenset(
    {
        *("will", "bill", "rose", "grace", "hope", "joy", "faith", "summer", "winter", "autumn", "king", "young"),
        *("major", "royal", "story", "true", "ocean", "chance", "hunter", "rich", "long", "hill", "green", "white"),
        *("brown", "black", "gray", "grey", "love", "star", "sky", "river", "rain", "page", "bay", "lake", "rock"),
        *("stone", "wood", "max", "mark", "may", "june", "august", "can", "her", "even", "don", "art", "all"),
    }
)
# The lower-case noun a genitive first name owns ("Torbens assistent", "Dortes møde"), not a verb or a stop word
# A round birthday after a genitive ("Karins 60-årsdag", "Ebbes 40-års fødselsdag"), not a firm's jubilee
_BIRTHDAY_AFTER = regex(
    r"[ \t]+\d{1,3}[ \t]?-?[ \t]?års[ \t]?-?(?:dag|dagen|fødselsdag|fødselsdagen|födelsedag|födelsedagen|fest|festen)"
    r"(?!\w)"
)
_OWNED_AFTER = regex(rf"[ \t]+(?!(?:og|och|er|är|har|var|blev|som|der|at|att|i|på|til|till|for|för)\b)[{_LOW}]{{3,}}")
# The one or two lower-case words after a genitive ("Sørens gamle computer")
_TWO_WORDS_AFTER = regex(rf"[ \t]+([{_LOW}]+)(?:[ \t]+([{_LOW}]+))?")
# Past-tense verbs a firm named after a family takes as often as a person ("Ericsson meddelade").
_FIRM_VERBS = frozenset(
    [
        "meddelade",
        "meddelte",
        "rapporterade",
        "rapporterede",
        "lanserade",
        "lancerede",
        "investerade",
        "investerede",
        "købte",
        "köpte",
        "solgte",
        "sålde",
        "anställde",
        "ansatte",
        "varslade",
        "varslede",
        "ökade",
        "øgede",
        "minskade",
        "faldt",
        "steg",
        "leverede",
        "levererade",
        "tilbød",
        "erbjöd",
        "åbnede",
        "öppnade",
        "lukkede",
        "stängde",
        "omsatte",
        "redovisade",
        "ejede",
        "ägde",
    ]
)
# Words opening a clause in which a lone surname may act: "mens Thrane reddede", "medan Thorén räddade".
_CLAUSE_OPENERS = frozenset({"mens", "medan", "men", "og", "och", "da", "då", "når", "när", "så", "hvor", "där"})
_INITIAL_OR_PARTICLE = frozenset({INIT, PART})
# Particles that are everyday Danish/Swedish words too ("Bogen af Holm"): a name only mid-sentence.
_WORD_PARTICLES = frozenset({"af", "de", "den", "der", "da", "du", "di", "la", "le", "el", "al"})
# Particles meaning "son of": the father's first name follows ("Mohammed bin Salim").
_PATRONYMIC = frozenset({"bin", "ibn", "ben"})
_PARTICLE_BEFORE = regex(rf"(?<![\w])((?:{_PARTICLE}[ \t]+){{1,3}})$", re.IGNORECASE)


def _with_particle(text: str, seg: _Seg, surnames: set[str]) -> None:
    """Widen a lone surname to "af Nilsson" when the full name was written with that particle."""
    seg.start = _particle_start(text, seg.start, seg.keys[0], surnames)


def _particle_start(text: str, start: int, key: str, surnames: set[str]) -> int:
    """Where a lone surname starting at ``start`` starts with the particle its full name had."""
    m = _PARTICLE_BEFORE.search(text, max(0, start - 16), start)
    if m is None:
        return start
    words = list(_NONSPACE.finditer(m.group(1)))
    for i in range(len(words)):  # the longest particle chain the full name had: "van der Berg"
        particle = " ".join(w.group().casefold() for w in words[i:])
        if f"{particle} {key}" in surnames or f"{particle} {_base(key)}" in surnames:
            return m.start() + words[i].start()
    return start


_KIND_CACHE_SIZE = 200_000
_LOOK_WORDS, _LOOK_PLACE, _LOOK_FIRST, _LOOK_JOINED = 1, 2, 4, 8  # see FallbackNameFinder._layout_look
_MENTIONED = frozenset({FIRST, LAST, BOTH, SHAPE, OTHER})  # a lone word of these classes may mention a name found
# A one-word run left for later: start, end, class, key, cues.
_Pending = tuple[int, int, int, str, Sequence[str]]
_REJECTED = Explanation(recognizer=NAME, pattern="")  # stands in a memo entry of a run not taken
_LINE_LIMIT = 300  # how far back a line start is looked for (linear cost on very long lines)
_SHORT_PREFIX = 120
_NO_HEAD = 1 << 62
_SIG_STRIP = " \t,.!-/"
_WORD_BEFORE_REVERSED = regex(r"[ \t,]*([\w.]+)")
_STRONG = frozenset({"field", "salutation", "signature", "title", "display_name", "age"})
# The cues as bits (order and repeats never mattered): _CUES[bits] names them.
_CUE_NAMES = ("field", "salutation", "signature", "title", "display_name", "age", "mid_sentence", "speech")
_FIELD, _SALUTATION, _SIGNATURE, _TITLE, _DISPLAY_NAME, _AGE_CUE, _MID, _SPEECH = (1 << i for i in range(8))
_STRONG_BITS = _FIELD | _SALUTATION | _SIGNATURE | _TITLE | _DISPLAY_NAME | _AGE_CUE
_CUES = tuple(tuple(name for i, name in enumerate(_CUE_NAMES) if bits >> i & 1) for bits in range(256))
# What ``_runs`` hands on: one word, several words that are one name (``_Plain``), any other run.
_ONE, _PLAIN_RUN, _GENERAL = range(3)
_NEXT_SEEN, _BLOCKS, _NEXT_SPEECH = 1, 2, 4
_SLASH, _COLON = 1 << 16, 1 << 17  # a general run's bits: "/" before it, ":" after it
# A judged segment of a run, at offsets from the run's start: start, end, kinds, keys, cues, word ends, score, rule.
# A judged segment of a run, at offsets from the run's start: start, end, score, kinds, keys, cues, word ends, the
# explanation of its finding, what accepting it adds (``_adds``; None for one word or a segment not accepted), and
# for a segment not accepted whether it is two or three unknown words (``_unknown``).
_Part = tuple[
    int,
    int,
    float,
    tuple[int, ...],
    tuple[str, ...],
    tuple[str, ...],
    tuple[int, ...],
    Explanation,
    tuple[frozenset[str], str, frozenset[str]] | None,
    bool,
]
_NONSPACE = regex(r"\S+")
_LOWER_COMPOUND = regex(rf"-[{_LOW}]")


class _Spans:
    """The spans of some findings, sorted, with the furthest end reached so far: whether a span overlaps any
    of them is a binary search (a text with thousands of names and roster lines stays linear)."""

    def __init__(self, found: Sequence[Finding]) -> None:
        spans = sorted((f.start, f.end) for f in found)
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = []  # the furthest end among the spans sorted so far
        for _, end in spans:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def overlaps(self, start: int, end: int) -> bool:
        """Does a span ``s < end and start < e`` hold?"""
        i = bisect_left(self.starts, end) - 1  # the last span starting before ``end``
        return i >= 0 and self.reach[i] > start


def _replacing(found: list[Finding], added: list[Finding]) -> list[Finding]:
    """``added`` in place of whatever ``found`` holds inside or across their spans (sorted spans and a
    binary search: a contact export adds thousands)."""
    spans = _Spans(added)
    return [f for f in found if not spans.overlaps(f.start, f.end)] + added


# "@Nora Falk" in a chat: not an e-mail address's tail ("a@Firma"), at most four words
# (The look-behind after the "@" lets the regex engine jump from "@" to "@".)
_MENTION = regex(rf"@(?<![\w.@]@)({_TOKEN}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_TOKEN}){{0,3}})(?![\w@])")
# "Nora Falk 10:14" opening a line, alone or before the message two blanks on
_SPEAKER_HEAD = regex(
    rf"^[ \t]*({_WORD}(?:[ \t](?:{_PARTICLE}[ \t])*{_WORD}){{1,3}})"
    rf"[ \t]+\d{{1,2}}[:.]\d{{2}}(?=[ \t]*$|[ \t]{{2,}}|\t)",
    re.M,
)
# What every _SPEAKER_HEAD match holds, found from its digits on: texts without it skip the line-by-line regex.
_SPEAKER_TIME = regex(r"\d[:.]\d\d(?=[ \t]*$|[ \t]{2,}|\t)", re.M)
_CAPS_CELL_WORD = rf"[{_UP}]{{2,}}(?:['’-][{_UP}]{{2,}})*"
_CELL_WORD = regex(rf"{_WORD}|{_CAPS_CELL_WORD}")
# A table cell holding a name: words, particles and initials, or "Surname, First"
_CELL_PART = rf"(?:{_WORD}|{_CAPS_CELL_WORD}|{_INITIAL}|{_PARTICLE})"
_CELL_NAME = regex(rf"{_CELL_PART}(?:[ \t]{_CELL_PART}){{0,4}}(?:,[ \t]*{_CELL_PART}(?:[ \t]{_CELL_PART}){{0,2}})?")


def _opens_line(text: str, start: int) -> bool:
    """Whether only blanks or an item number ("1.", "12)") stand before ``start`` on its line. Looks back a few
    characters only, so a long line with many items costs no more per item."""
    low = max(0, start - _ITEM_HEAD)
    newline = text.rfind("\n", low, start)
    if newline < 0 and low > 0:
        return False
    return _ITEM_NUMBER.fullmatch(text, newline + 1, start) is not None


# "Per" before a channel, a date or a unit is the preposition ("Per mail", "Per telefon", "Per 1. april", "Per den
# 1 maj", "per stk."); before a verb it stays the name ("Per kommer")
_PER_PREPOSITION = regex(
    r" (?:\d|(?:den|mail|e-mail|email|mejl|telefon|tlf|sms|brev|post|fax|stk|styck|st|person|år|måned|månad|uge|"
    r"vecka|dag|time|timme|gang|gång|kilo|kg|liter|meter|km|bud|kurér|kurir|kvadratmeter|kvm|m2|m²|capita|stykke|"
    r"enhed|enhet|deltager|deltagare|kuvert|husstand|hushåll|barn|voksen|vuxen|næse)\b)"
)
_ITEM_NUMBER = regex(r"[ \t]*(?:\d{1,3}[.)][ \t]+)?")
_ITEM_HEAD = 12  # the longest line head an item may have: blanks and "123. "


def _in_list(text: str, f: Finding) -> bool:
    """Is the finding an item of a comma-separated list ("A, B og C")?"""
    return text.startswith(",", f.end) or text[max(0, f.start - 2) : f.start].startswith(",")


_KNOWN = frozenset({FIRST, LAST, BOTH, AMBIG})
# "Mandag: Hanne, Bo / Sidsel": a label opening the line, then the line's items
_ROSTER_LINE = regex(r"^[ \t]*([^\W\d][\w .]{1,25}?)[ \t]*:[^\n]*", re.M)
_ROSTER_ITEM = regex(
    rf"[ \t]*((?:{_WORD})(?:[ \t]+{_WORD}){{0,2}})[ \t]*(?:\([^()\n]{{1,25}}\)[ \t]*)?(?:,|/|\bog\b|\boch\b|$)", re.M
)  # an item may carry its shift or task in brackets ("Man: Bo (åbner), Ida")
# Chat lines: "[08:02] mette: ...", "08:02 mette: ..."
_CHAT_LINE = regex(r"[ \t]*\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?[ \t]+")
_CHAT_SPEAKER = regex(
    rf"^[ \t]*\[?\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\]?[ \t]+([{_LOW}]+(?:-[{_LOW}]+)?(?:[ \t][{_LOW}]+)?):", re.M
)
_CHAT_NAMED_SPEAKER = regex(
    rf"^[ \t]*\[?\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\]?[ \t]+({_WORD})(?:[ \t]+(?:{_WORD}|[{_UP}]\.?)){{0,2}}:", re.M
)
# Rotas and booking lists: a line opening with a weekday (group 1), a time span may follow, then a cell
# separator; group 2 is the rest of the line. A cell between separators (group 1), and the name words opening it.
_WEEKDAYS = frozenset(
    {
        *("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "man", "tir", "tirs", "ons"),
        *("tor", "tors", "fre", "lør", "søn", "måndag", "tisdag", "lördag", "söndag", "mån", "tis", "lör", "sön"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    }
)
# a weekday or its short form labelling what follows ("Ons:", "Tor.:", "fredag:")
# (ties in name order: a set's order changes per process, and the compiled-pattern cache keys on the source)
_DAY_LABEL = regex(rf"(?<![\w])({'|'.join(sorted(_WEEKDAYS, key=lambda w: (-len(w), w)))})\.?[ \t]*:", re.IGNORECASE)
# Before a one-word field value that is a place or a unit: a place preposition, or a comma after another value
# (a value of two words at least: "Abdullahi, Nomvula" is one name written surname first)
_YEARS_ROLE_BEFORE = regex(r"\d[-–]?[ \t]+[^\W\d]+,[ \t]\Z")  # "2019- projektleder, ", "2015–2019 ingenjör, "
_CV_HEADINGS = frozenset({"curriculum vitae", "cv", "resumé", "résumé", "meritförteckning", "levnadsbeskrivning"})
_IN_PLACE_BEFORE = regex(r"(?<!\w)(?:i|på|vid|ved)[ \t]+\Z")  # where something is, not from whom
_FIELD_PLACE_BEFORE = regex(r"(?:(?<!\w)(?:i|på|fra|från|vid|ved)[ \t]+|[\w.-]+[ \t]+[\w.-]+[ \t]*,[ \t]*)\Z")
_WEEKDAY_GATE = regex(
    r"\n[ \t]*(?:Man|Mån|Tir|Tis|Ons|Tor|Fre|Lør|Lör|Søn|Sön|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-zäåæøö]{0,6}\.?"
    r"(?:[ \t]*[\t;|:]|[ \t]+\d)"
)  # a weekday opening a line before a cell or a time ("Mange tak" and "Søren Holm" are none)
_WEEKDAY_ROW = regex(
    rf"^[ \t]*([{_UP}][{_LOW}]{{2,7}}\.?)"
    r"(?:[ \t]+\d{1,2}(?:[.:]\d{2})?[ \t]*[-–][ \t]*\d{1,2}(?:[.:]\d{2})?)?"
    r"[ \t]*(?:\t|;|\||:)([^\n]*)",
    re.M,
)
_WEEKDAY_CELL = regex(r"[ \t]*([^\t;|\n]+)")
_WEEKDAY_NAME = regex(rf"(?:{_INITIAL}[ \t]*)?{_WORD}(?:[ \t]+(?:{_WORD}|[{_UP}]\.))?")
_WEEKDAY_REST = regex(r"(?:\d|st\.|\()")  # "3.tv", "1 tr", "st.th", "(chauffør)"
_LOWER_WORD = regex(rf"(?<![\w@.]){_LOW_WORD}(?![\w@])")
# A chat line without a clock time: a speaker (a word or a user name, no blank) and a colon opening the line
_PLAIN_SPEAKER = regex(r"[ \t]*([^\W\d][\w.-]{1,24})(?:[ \t]+(?:skrev|skriver|wrote|writes))?:[ \t]+(?=\S)")
# A user name made of a listed first name and an initial, a surname or digits: "mads_h", "anna.berg", "jonas_92"
_NAME_HANDLE = regex(r"([^\W\d_]{2,})[_.][^\W_]{1,20}")
# What talk holds and a list of labels and values does not: a question, a pronoun, yes or no
_PLAIN_TALK = regex(r"\?|(?<!\w)(?:jeg|jag|du|vi|mig|mej|dig|dej|han|hun|hon|ja|nej|nä|ok|okay)(?!\w)")
# Where a person stands in a chat message (``_chat_slot``): the text before and after a listed first name
_SLOT_ASKED = regex(r"(?<!\w)(?:er|är|hænger|hänger|kommer|skal|ska|kan|vil|vill|tager|tar)[ \t]+\Z")
_SLOT_ASKED_BE = regex(r"(?<!\w)(?:er|är|hænger|hänger|kommer)[ \t]+\Z")
_SLOT_JOINED = regex(r"(?<!\w)(?:og|och)[ \t]+\Z")
_SLOT_ALONG = regex(r"[ \t]+med(?!\w)")
_SLOT_TOLD = regex(r"(?<!\w)(?:til|till|åt)[ \t]+\Z")
_SLOT_THAT = regex(r"[ \t]+(?:at|att|om)(?!\w)")
_SLOT_PRONOUN_BEFORE = regex(r"(?<!\w)(?:jeg|jag|du|vi|mig|mej)[ \t]+(?:og|och)[ \t]+\Z")
_SLOT_PRONOUN_AFTER = regex(r"[ \t]+(?:og|och)[ \t]+(?:jeg|jag|mig|mej)(?!\w)")
_SLOT_PERSON_PREP = regex(r"(?<!\w)(?:hos|med|fra|från)[ \t]+\Z")
_SLOT_MESSAGE_END = regex(r"[ \t]*(?:[,.!?]|\n|\Z)")
_SLOT_FETCHED = regex(
    r"(?<!\w)(?:(?:venter|venter vi|väntar|väntar vi|vente|vänta)[ \t]+på|hente|henter|hämta|hämtar)[ \t]+\Z"
)
_SLOT_CLAUSE = regex(r"(?:(?<!\w)(?:og|och|men|samt)[ \t]+|(?:\A|[.!?;:\n])[ \t]*)\Z")
_SLOT_DOING = regex(
    r"[ \t]+(?:tager|tar|tog|siger|säger|sagde|sa|skriver|skrev|ringer|ringde|henter|hämtar|spiller|spelar|"
    r"kører|kör|bager|bakar|køber|köper|laver|gör|tænker|tänker)(?!\w)"
)
# Headers of a column of towns ("navn;mobil;by"): a one-word name filling such a cell is the town
_DELIMITERS = frozenset({";", "\t", "|", "\r", "\n", ""})  # around a cell (the text's start reads as "\n")
_PLACE_HEADERS = frozenset(
    {"by", "ort", "postort", "stad", "city", "town", "bopæl", "hjemby", "hemort", "kommune", "kommun", "sted", "plats"}
)
# A capitalised word with a "0" or "1" among its letters (scanned text), before a capitalised word
_OWNER_REACH = 2000  # how far from a genitive before a name its stem is looked for
_OCR_PAIRS = tuple(d + c for d in "01" for c in "abcdefghijklmnopqrstuvwxyzæøåäöü")  # one compiled pass first
_OCR_GATE = regex(rf"[01](?<=[{_LOW}{_UP}][01])[{_LOW}]")
_OCR_WORD = regex(rf"(?<![\w])([{_UP}][{_LOW}]*[01][{_LOW}]+)[ \t]+{_WORD}(?![\w])")
# ", 25," or ", 25 år," after a name in news
_AGED_GATE = regex(r", (?:[1-9]\d?|1[01]\d)(?:,| år\b)")
_AGED_NAME = regex(rf"(?<![\w-]){_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_WORD}){{1,3}}\Z")
# "2 stk. Billy reol", "1 st Ivar hylla", "3 x Malm": a quantity and its unit before a product
_QUANTITY_UNITS = ("stk", " st ", " st.", " x ", "pcs", " ps", " pk", "kartong", "kasse")  # what a quantity holds
_QUANTITY_GATE = regex(r"\d[ \t]*(?:stk|st|x|pcs|pk|kartonger|kasser|ps)\.?[ \t]+[A-ZÆØÅÄÖ]")
_QUANTITY_BEFORE = regex(r"\d[ \t]*(?:stk\.?|st\.?|x|pcs\.?|pk\.?|kartonger|kasser|ps\.?)[ \t]+\Z")
_LOWER_NAME_BEFORE = (" hos ", " med ", " til ", " till ", " fra ", " från ", " af ", " av ")
# A line "Label: value" whose value is lower-case words only (a name field filled in by hand)
# the value may end in a remark in parentheses: "Oprettet af: jane (ekstern)"
_LOWER_FIELD = regex(
    rf"[ \t]*([^\W\d][^\n:]{{0,30}}?)[ \t]*:[ \t]*([{_LOW}][{_LOW} \t-]{{1,60}}?)[ \t]*"
    r"(?:\([^()\n]{1,30}\)[ \t]*)?(?:\n|\Z)"
)
# Where a person's first name in lower case stands in a text typed fast (``_lower_informal``): after a greeting
# or thanks, a verb of asking, telling or calling, a pronoun and "og"/"och", a comma closing a message, or "@"
# A word in lower case opening a clause (a line, after punctuation; the text's first word is matched apart) and a
# verb after it: where a first name found capitalised elsewhere stands in lower case ("mette siger ja")
# a chat post's first word before more words, or a name after "ok"/"tak"/"tack" closing the post (its speaker head
# a lower-case word or a name, then ": ")
_VOCATIVE_AT = regex(
    rf"^[ \t]*([^\W\d][\w-]*)(?:[ \t][^\n:]{{0,24}})?:[ \t]+(?:(?:ok|okay|tak|tack|takk),?[ \t]+)?([{_LOW}]{{2,}})"
    rf"(?=[ \t]+[{_LOW}]{{2,}}|[ \t]*[!.]?[ \t]*$)",
    re.M,
)
_AGREEING_AT = regex(
    rf"[.!?;:\n][ \t]*([{_LOW}]{{2,}})"
    r"(?=[ \t]+(?:er|är|har|var|kan|skal|ska|kommer|bliver|blir|vil|vill|må|får|fik|fick|gik|gick|sagde|sa|"
    r"siger|säger|tager|tar|ringer|ringde|skriver|skrev|mangler|saknas|kører|kör|tog)(?!\w))"
)
# Where a person's first name in lower case stands in a text typed fast (``_lower_informal``), searched in the text
# lower-cased (a regex led by a literal or one letter class skips ahead fast; a word's start is checked after).
# Greeted, thanked or asked: "hej mette", "tak sofie", "spørg lars om", "fråga erik"; a letter class first, then the
# word's start, then the rest (a regex led by one class skips ahead fast; the whole word is checked after)
_INFORMAL_GREETED = regex(
    r"[hktdsf](?<![\w@.\-].)(?:ej(?:sa|san|hej)?|all(?:å|o|øj)|i|e(?:y|llo)|jena(?:re)?|ære(?:ste)?|är[ae]|ear"
    rf"|a(?:kk?|ck)|hanks|p(?:ørge?|urgte)|råga(?:de|r)?)[ \t]*,?[ \t]+([{_LOW}]{{2,}})(?![\w@/-]|\.\w)"
)
_INFORMAL_GREETINGS = frozenset(
    {"hej", "hejsa", "hejsan", "hejhej", "hallå", "hallo", "halløj", "hi", "hey", "hello", "tjena", "tjenare"}
    | {"kære", "kæreste", "kära", "käre", "dear", "tak", "takk", "tack", "thanks"}
    | {"spørg", "spørge", "spurgte", "fråga", "frågade", "frågar"}
)
# Told: "til"/"till"/"åt" before the name, a verb of telling or calling before it ("sig til", "ring till")
_INFORMAL_TO = regex(rf"(?:til|till|åt)[ \t]+([{_LOW}]{{2,}})(?![\w@/-]|\.\w)")
_INFORMAL_TOLD = regex(
    r"(?<!\w)(?:sig|sige|sagde|siger|fortæl|fortalte|skriv|skrev|ring|ringer|ringede|sms|send|säg|sa|sade|"
    r"berätta|berättade|ringde|skicka|hälsa|hils|giv|ge)[ \t]+(?:det[ \t]+)?\Z"
)
# Beside a pronoun: "og"/"och" before the name, a pronoun before it ("jeg og mette", "jag och johan")
# Asked with a softening adverb between: "spørg lige kamilla", "fråga bara jesper"
_INFORMAL_ASKED_SOFT = regex(
    rf"(?:spørg|spørge|fråga)[ \t]+(?:lige|bare|bara|just|lite|også|också)[ \t]+([{_LOW}]{{2,}})(?![\w@/-]|\.\w)"
)
# Who is writing or called on the phone: "det er tanja fra tandlægen", "hej er det emma?", "det är moa på ..."
_INFORMAL_SELF = regex(  # led by the literal "det", found fast; "er det" is seen by a look-behind
    rf"det(?:(?<=[eä]r[ \t]det)|[ \t]+[eä]r)[ \t]+([{_LOW}]{{2,}})"
    r"(?=[ \t]+(?:fra|från|på|her|här|hos)(?!\w)|[ \t]*[?!,]|[ \t]*\n|[ \t]*\Z)"
)
# Words in lower case joined by commas and "og"/"och": "elias, oscar og william", "ulla og john"
_LOWER_CHAIN = regex(
    rf"(?<![\w@./-])[{_LOW}]{{2,}}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:og|och)[ \t]+)[{_LOW}]{{2,}}(?![\w@/-]|\.\w))+"
)
_LOWER_CHAIN_GATE = regex(
    rf"(?:,[ \t]*| o(?:g|ch) )([{_LOW}]{{2,}})(?![\w@/-]|\.\w)"
)  # a comma or a blank first: found fast
_LOWER_CHAIN_HEAD = regex(rf"(?<![\w@./-])[{_LOW}]{{2,}}\Z")
# A kinship word before a word in lower case: "farmor ruth", "mormor ingers fødselsdag", "lillebror max"
_KIN_WORDS = (
    "mor|far|mamma|pappa|mormor|morfar|farmor|farfar|bedstemor|bedstefar|oldemor|oldefar|bror|søster|syster|"
    "lillebror|storebror|lillesøster|storesøster|lillasyster|storasyster|moster|faster|morbror|farbror|onkel|"
    "tante|kusine|fætter|kusin|svoger|svigerinde|svägerska|svigermor|svärmor|svigerfar|svärfar|kone|mand|make|"
    "maka|sambo|kæreste|søn|datter|son|dotter"
)


def _by_first_letter(words: str) -> str:
    """An alternation of words grouped by their first letter ("m(?:ormor|or)|f(?:ar)"): the regex engine tries one
    group per position instead of every word."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words.split("|"), key=len, reverse=True):
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items())


# after a blank (the text's start is matched apart), the literal class first: found fast
_LOWER_TITLED = regex(rf"[ \t\n(]({_by_first_letter(_KIN_WORDS)})[ \t]+([{_LOW}]{{2,}})(?![\w@/-]|\.\w)")
_INFORMAL_AND = regex(rf"(?:og|och)[ \t]+([{_LOW}]{{2,}})(?![\w@/-]|\.\w)")
_INFORMAL_PRONOUN = regex(r"(?<!\w)(?:jeg|jag|du|vi|mig|mej)[ \t]+\Z")
_INFORMAL_AT = regex(rf"@([{_LOW}]{{2,}})(?![\w@/-]|\.\w)")
# A name called at the end of a message, after a comma or a preposition of persons ("tak for i går, sofie!",
# "har du pratat med johan?"), searched in the text lower-cased
_INFORMAL_CALLED = regex(rf"(?P<anchor>,|hos|med|fra|från|with)[ \t]*(?P<name>[{_LOW}]{{2,}})[ \t]*\Z")
# A name in lower case before "og jeg"/"och jag" ("mette og jeg tager toget"): the pronoun found first
_INFORMAL_PAIRED = regex(r"(?:og|och)[ \t]+(?:jeg|jag|mig|mej)(?!\w)")
_INFORMAL_BEFORE = regex(rf"(?<![\w@./-])([{_LOW}]{{2,}})[ \t]+\Z")
# A thread's line headed by a first name in lower case, perhaps with a surname's initial ("søren k: ...")
_LOWER_HEAD = regex(rf"^[ \t]*([{_LOW}]{{2,}})(?:[ \t]+([{_LOW}])\.?)?:[ \t]+(?=\S)", re.M)
_HEAD_COLON = regex(r"(?:[ \t]+[A-ZÆØÅÄÖ]\.?)?:[ \t]")
_AGENT_PREPS = (" af ", " av ", " by ")
# Before "af"/"av"/"by" on an app's line of who made it: one or two words, the line's whole start ("Oprettet",
# "Senest redigeret", "Created")
_AGENT_HEAD = regex(r"(?:[^\W\d]+[ \t]+)?[^\W\d]{3,}")
# After it: a name in lower case, perhaps a remark in parentheses, then the line's end or a separator and a date
_AGENT_TAIL = regex(
    rf"([{_LOW}]{{2,}})(?:[ \t]+([{_LOW}]{{2,}}(?:-[{_LOW}]+)*))?[ \t]*(?:\([^()\n]{{1,30}}\)[ \t]*)?"
    r"(?:[.!]?[ \t]*(?:\n|\Z)|[·•|,–-][ \t]*\d)"
)
_AGENT_LABEL = regex(r"[^\W\d]{3,}[ \t]+(?:af|av|by)")  # "Oprettet af", "Registrerad av", "Created by": who did it
# One capitalised word between words in small letters, or ending the message, on a chat line ("tager Ask med")
_CHAT_CAPITAL = regex(rf"(?<![\w@.])[{_LOW}]+[ \t]+({_WORD})(?=[ \t]+[{_LOW}]|[ \t]*[.!?]?[ \t]*$)(?![\w'’-])", re.M)
_DEFINITE_ENDINGS = ("en", "et", "erne", "ene", "na", "arna", "orna", "erna")
# Before a capitalised word in a chat message, a place rather than a person: "på Absalonsgade", "i Lund"
_PLACE_PREPOSITIONS = frozenset(
    {"på", "i", "til", "ved", "fra", "mod", "over", "vid", "till", "från", "mot", "över", "in", "af", "av", "mellem"}
)
# The piece of a split surname after a name: one to four small letters, a word of its own
_OCR_PIECE = regex(rf" ([{_LOW}]{{1,4}})(?![\w@/-])")
# A word of a text in lower case, not part of an address, handle, path or file name ("jens.holm@", "/mads/")
_LOWER_TEXT_WORD = regex(rf"(?<![\w@./-])[{_LOW}]{{2,}}(?![\w@/-]|\.\w)")
# Before a name in a text in lower case: a greeting word (group 1), or a clause's start (the text's, a line's,
# after punctuation, or after a conjunction)
_LOWER_BEFORE = regex(rf"(?:(?<![\w])([{_LOW}]+)[ \t,]+|(?:\A|[.!?;:\n])[ \t]*)\Z")
_CLAUSE_JOINS = frozenset({"og", "och", "men", "samt"})
# A verb right after a name opening a clause: "signe er syg", "omar är ledig", "ali har fri"
_LOWER_VERB_AFTER = regex(
    r"[ \t]+(?:er|är|har|var|kan|skal|ska|kommer|bliver|blir|vil|vill|må|får|fik|fick|gik|gick|sagde|sa|"
    r"siger|säger|tager|tar|ringer|ringde|skriver|skrev|mangler|saknas|kører|kör|tog)(?![\w])"
)
_LOWER_TENSED_AFTER = regex(rf"[ \t]+([{_LOW}]{{2,}}(?:er|ar|ede|ade))(?![\w@/-]|\.\w)")
_LOWER_NAME_NEXT = regex(rf"[ \t]+([{_LOW}]{{2,}}(?:-[{_LOW}]+)*)(?![\w@/-]|\.\w)")
# A sign-off, then a name in lower case closing the text: "hilsen ulla bech", "mvh rasmus"
_LOWER_SIGNED = regex(
    rf"(?<!\w)(?i:mvh|vh|kh|hilsen|hilsner|hälsningar|hälsning|kram|knus)[ \t,.]*(?:\n[ \t]*)?"
    rf"([{_LOW}]{{2,}})(?:[ \t]+([{_LOW}]{{2,}}(?:-[{_LOW}]+)*))?[ \t.!]*\s*\Z"
)
_SIGNED_TAIL = 80  # a sign-off closing the text: its last characters only
_LOWER_VALUE = regex(rf":[ \t]*[{_LOW}]")
_LOWER_NAME_WORD = regex(rf"[{_LOW}]+(?:-[{_LOW}]+)*")
# A verb of naming before a name in lower case: "jeg hedder jamal abdi", "en som hette jonna"
_NAMING_VERBS = (" hedder ", " hed ", " heder ", " heter ", " hette ", " hetat ", " kaldes ", " kallas ")
_NAMED_LOWER = regex(rf"([{_LOW}]+)(?:[ \t]+([{_LOW}]+(?:-[{_LOW}]+)*))?(?![\w])")
_SENTENCE_STOP = regex(r"[.!?](?:[ \t]+|[ \t]*\n+[ \t]*)(?=[A-ZÆØÅÄÖ])")
_PRONOUN = regex(r"(?:Han|Hun|Hon|He|She)\b")
_STREET_TAILS = ("vej", "gade", "gatan", "vägen", "torv", "torg")
_UNKNOWN_NAMEY = frozenset({OTHER, SHAPE, AMBIG, LAST, BOTH, FIRST})
_COORDINATED_BEFORE = regex(r"(?:,|[ \t]og|[ \t]och|[ \t]og/eller|[ \t]and|[ \t]samt|[ \t]&)[ \t]+$")
_COORDINATED_AFTER = regex(r",[ \t]+|[ \t]+(?:og|och|and|samt|&)[ \t]+")
# A field's value ends at a sentence end, at the next "Label:" on the same line, or after a mail
# address ("Til: A <a@x.dk> Fakturaen er ...").
_FIELD_END = regex(rf"[{_LOW}]{{2}}[.!?][ \t]|:[ \t]|>[ \t]")
_CARE_OF = ("c/o", "v/", "att.", "attn.")
_CARE_OF_LAST = frozenset(c[-1] for c in _CARE_OF)
# Per line: person-field label end, content start, first word end, first word a salutation, sign-off on it.
_Line = tuple[int, int, int, bool, bool]


class _Lines(dict[int, _Line]):
    """Line start -> ``_Line`` for one text; ``sig``: a sign-off occurs anywhere in the text;
    ``above``: line start -> the line above is a sign-off."""

    __slots__ = ("above", "sig")

    def __init__(self, sig: bool) -> None:  # dict.__new__ made it empty: no dict.__init__ call needed
        self.sig = sig
        self.above: dict[int, bool] = {}


# Starts on the delimiter itself (not a lookbehind) so the regex engine can skip ahead to it.
# Groups: 1 an opening quote, 2 the span, 3 particles, 4 the surname, 5 the first name(s). An item opens a line
# (after a row number), follows ":" or ";" or is quoted in a list; it ends at ";" or ".", the line's end, a column
# gap, a dash before a role ("Bergman, Love – ordförande"), or its closing quote (a mail display name).
_SURNAME_FIRST_ITEM = (
    rf"[ \t]*(?:\d{{1,3}}\.?[ \t]+)?(\")?"
    rf"(((?:{_PARTICLE}[ \t]+){{0,2}}|{_WORD}[ \t]+)({_WORD}),[ \t]+({_WORD}(?:[ \t]{_WORD})?))"
    rf"(?(1)\"|(?=[ \t]*(?:[;.]|$)|[ \t]{{2}}|\t|[ \t][–-][ \t]|[ \t]\([^()\n]{{1,30}}\)))"
)
# The text's start apart from the delimiters: with "\A" among them the regex engine tries every position.
_SURNAME_FIRST_HEAD = regex(rf"\A{_SURNAME_FIRST_ITEM}", re.M)
_SURNAME_FIRST = regex(rf"(?:[\n:;]|,(?=[ \t]*\")){_SURNAME_FIRST_ITEM}", re.M)
# What every item holds (a word ends in a small letter; a comma, blanks, a capital): a cheap pre-check.
_SURNAME_FIRST_GATE = regex(rf",(?<=[{_LOW}],)[ \t]+[{_UP}]")


def _colon_line_starts(text: str) -> list[int]:
    """Where the lines holding a ":" start, in order: a regex whose match opens a line (``^`` under ``re.M``),
    holds a ":" and no line break finds with ``match`` at these exactly what its ``finditer`` finds."""
    out: list[int] = []
    colon = text.find(":")
    while colon >= 0:
        out.append(text.rfind("\n", 0, colon) + 1)
        end = text.find("\n", colon)
        if end < 0:
            break
        colon = text.find(":", end)
    return out


def _surname_first_items(text: str) -> Iterator[re.Match[str]]:
    """What one regex with the text's start among the delimiters would find with ``finditer``: the start is
    tried first."""
    head = _SURNAME_FIRST_HEAD.match(text)
    if head is not None:
        yield head
    start = 0 if head is None else head.end()
    # Every item holds a comma after a small letter before blanks and a capital, and no line break but the
    # one it may open with: none starts before the line holding the first such comma.
    gate = _SURNAME_FIRST_GATE.search(text, start)
    if gate is None:
        return
    yield from _SURNAME_FIRST.finditer(text, max(start, text.rfind("\n", start, gate.start())))


# A register line in capitals: the name opens the line (after a number) before a gap, a tab, a separator or the end
_CAPS_LINE = regex(
    rf"^[ \t]*(?:\d{{1,4}}[.)]?[ \t]+)?({_CAPS_WORD}(?:[ \t]{_CAPS_WORD}){{1,3}})(?=[ \t]*$|[ \t]{{2,}}|\t|[ \t]*[;|])",
    re.M,
)
# "HOLM, METTE", "ENGSTRÖM, PER", "GRANT, Linn -14": a surname in capitals (up to three words: "LUND HOLM", "DE LA
# CRUZ"), a comma, the first name in capitals (two words: "NGUYEN, VAN MINH") or capitalised (two words: "AL-SAADI,
# Mohammed Amin"); ends at the line's
# end, a gap, a separator, a bracket or a score
_CAPS_SURNAME_FIRST = regex(
    rf"(?<![\w.@/-])((?:{_CAPS_WORD}[ \t]){{0,2}}{_CAPS_WORD}),[ \t]+"
    rf"({_CAPS_WORD}(?:[ \t]{_CAPS_WORD})?|{_WORD}(?:[ \t]{_WORD})?)"
    rf"(?=[ \t]*$|[ \t]{{2,}}|\t|[ \t]*[;,|(]|[ \t]+[-+–]?\d|[ \t]+[-–—][ \t])",
    re.M,
)
# What every such item holds: two capitals, a comma, blanks, a capital
# Found from its comma (the two capitals before it looked behind at), so the regex engine skips ahead to a comma.
_TAKE, _HOLD = 2, 1  # _caps_item_verdict: taken alone, or only in a roster of such lines
_CAPS_SURNAME_FIRST_GATE = regex(rf",(?<=[{_UP}]{{2}},)[ \t]+[{_UP}]")
# A transcript's speaker label in capitals opening a line: "GITTE:", "ANNE METTE:", "INTERVIEWER:"
_CAPS_SPEAKER = regex(rf"^[ \t]*({_CAPS_WORD}(?:[ \t]{_CAPS_WORD})?):[ \t]+(?=\S)", re.M)
_SPEAKER_ROLES = frozenset(
    {"värd", "vært", "host", "moderator", "intervjuare", "interviewer", "journalist", "reporter"}
)
_CAPS_SPEAKER_GATE = regex(rf"^[ \t]*[{_UP}]{{2,}}[^\n:]{{0,30}}:[ \t]", re.M)
_PIECE = regex(r"[^ \t]+(?: [^ \t]+)*")  # the pieces of a run between column gaps
_SENTENCE_SLASH = regex(r"[.!?][ \t]+/\Z")
# the name closing the line: one or two words, or a first name and a surname's initial ("/Dorthe B.")
_SIGNED_TO_END = regex(rf"{_WORD}(?:[ \t]+(?:{_WORD}|[{_UP}]\.))?[ \t]*(?:\n|\Z)")
# A surname's initial after a first name: "Noah B.," in lists, "Zoran P.:" heading a chat post, "Sara N. kl 12" in a
# note, "Sara N. Tack" before the next sentence; without its dot where no word of the name can follow ("Petra J: nej",
# "Er referens: Camilla D" at the line's end, "Hej Petra J och Sara").
_INITIAL_AFTER = regex(
    rf"[ \t]+([{_UP}]\.(?=[ \t]*[,;:)]|[ \t]*$|[ \t]+(?:og|och)\b|[ \t]+[{_LOW}]|[ \t]+[{_UP}][{_LOW}])"
    rf"|[{_UP}](?=[ \t]*[:,;)]|[ \t]*$|[ \t]+(?:og|och|→|->)(?!\w)))",  # "Hej Petra J och Sara N. Tack", "Ida K → Bo"
    re.M,
)
# "Ring" is an imperative opening a sentence ("Ring Jens") and a surname after a first name ("Bo Ring,")
_WORD_SURNAME_AFTER = regex(r"[ \t]+(Ring)(?=[ \t]*[,;)]|[ \t]*$)", re.M)


def _is_first_name(finder: FallbackNameFinder, value: str) -> bool:
    """Is the one-word value a listed first name (also one that is a word: "Bo")?"""
    return finder.kind(value) in (FIRST, BOTH, AMBIG) and value.casefold() in finder.lex.first


# Vietnamese names, family name first: common family names, middle names, then the given name
_VIETNAMESE = regex(
    r"(?<![\w-])(Nguyen|Nguyễn|Tran|Trần|Le|Lê|Pham|Phạm|Hoang|Hoàng|Huynh|Huỳnh|Phan|Vu|Vũ|Vo|Võ|Dang|Đặng|Bui|Bùi"
    r"|Do|Đỗ|Ho|Hồ|Ngo|Ngô|Duong|Dương|Ly|Lý|Dinh|Đinh|Truong|Trương|Lam|Lâm|Mai|Cao|Luong|Lương),?[ \t]+"
    r"(Thi|Thị|Van|Văn|Duc|Đức|Thanh|Ngoc|Ngọc|Quoc|Quốc|Huu|Hữu|Xuan|Xuân|Kim|Hong|Hồng|Minh|Gia|Bao|Bảo"
    r"|Bich|Bích|Thu|Hoai|Hoài|Phuong|Phương|Quang|Cong|Công|Manh|Mạnh|Khanh|Khánh|Trong|Trọng|Tien|Tiến"
    r"|Hai|Hải|Tuan|Tuấn|Dieu|Diệu)[ \t]+"
    rf"({_WORD})(?![\w-])"
)
_VIETNAMESE_MIDDLE = (
    "Thi",
    "Thị",
    "Van",
    "Văn",
    "Duc",
    "Đức",
    "Thanh",
    "Ngoc",
    "Ngọc",
    "Quoc",
    "Quốc",
    "Huu",
    "Hữu",
    "Xuan",
    "Xuân",
    "Bich",
    "Bích",
    "Thu",
    "Hoai",
    "Hoài",
    "Phuong",
    "Phương",
    "Quang",
    "Cong",
    "Công",
    "Manh",
    "Mạnh",
    "Khanh",
    "Khánh",
    "Trong",
    "Trọng",
    "Tien",
    "Tiến",
    "Hai",
    "Hải",
    "Tuan",
    "Tuấn",
    "Dieu",
    "Diệu",
)


_VIETNAMESE_MIDDLE_KEYS = frozenset(w.casefold() for w in _VIETNAMESE_MIDDLE)


def _word_gate(words: Sequence[str]) -> re.Pattern[str]:
    """``\b(?:word|...)\b`` for words of two letters or more, written so the regex engine skips ahead to a
    first letter: grouped by it, the boundary before a word looked behind at after its first letter."""
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = [rf"{re.escape(c)}(?<!\w{re.escape(c)})(?:{'|'.join(rest)})" for c, rest in heads.items()]
    return re.compile(rf"(?:{'|'.join(branches)})\b")


_VIETNAMESE_GATE = _word_gate(_VIETNAMESE_MIDDLE)
# A list's joint before or after a lone word ("Vagn, Ali", "Bent og Susanne")
# a possessive, an article or an adjective right before a word: the word is a noun ("min mark", "en lång dag";
# not "er": "er ask med?" asks for someone)
_NOUN_BEFORE = regex(
    r"(?<![\w])(?:min|din|sin|mit|dit|sit|vores|jeres|mitt|ditt|sitt|vår|vårt|en|ett|et|den|det|lang|lång"
    r"|god|hele|hel|hela)[ \t]+\Z"
)
# also the arrow of a draw's pairs ("Pia → Mohammed")
_LIST_JOIN_BEFORE = regex(r"(?:,|[ \t]og|[ \t]och|[ \t]samt|[ \t](?:→|->))[ \t]+\Z")
_LIST_JOIN_AFTER = regex(r"(?:,|[ \t]+og|[ \t]+och|[ \t]+samt|[ \t]+(?:→|->))[ \t]+")
# "Storm (min søn)": a relative named in brackets right after a first name
_RELATIVE_AFTER = regex(
    r"[ \t]*\((?:min|mit|mine|vores|vor|hans|hendes|sin|sit|din|dit|jeres|deres|vår|vårt|hennes|er|deras)[ \t]+(\w+)\)"
)
# A match score ("31-28", "2-0"), not a date, phone number or range of years
# The look-behind after the first digit (the same test of the character before it) lets the regex engine skip
# ahead to a digit instead of trying every position.
_SCORE = regex(r"\d(?<![\d.,:/-]\d)\d?-\d{1,2}(?![\d/-]|[.,:]\d)")
# A minute in brackets after a scorer ("Lund (88.)", "(12., 67.)")
_MINUTE_AFTER = regex(r"[ \t]*\(\d{1,3}\.?(?:[ \t]*(?:,|og|och)[ \t]*\d{1,3}\.?)*[ \t]*(?:min\.?)?\)")
_WORD_AFTER = regex(r"[ \t]+(\w+)")
# "satte Fischer 2-0", "headede Mensah sejrsmålet", "udlignede Bjerre, men"
_OBJECT_AFTER = regex(r"[ \t]*\n?[ \t]*(?<=\s)(?:[a-zæøåäöü]|\d{1,2}-\d)|[,.;!]")
_DEFINITE_NOUN = ("et", "en", "an", "erne", "arna", "ene", "na")
_BRACKET_WORD = regex(r"[ \t]*\(([^\W\d]+)(?![.\w])")  # "(labrador, 7 år)", not "(kat.nr. 44)"
# What players do in a match report, in the past tense (teams "vandt", "førte", "tabte" are left out)
_PLAYER_VERBS = frozenset(
    {
        "scorede", "udlignede", "headede", "reducerede", "lukkede", "reddede", "brændte", "assisterede", "bragte",
        "sikrede", "afgjorde", "øgede", "satte", "driblede", "skød", "scorade", "gjorde", "nickade", "kvitterade",
        "utjämnade", "reducerade", "räddade", "avgjorde", "sköt", "ökade", "fastställde", "stängde", "missade",
        "assisterade", "spikade", "prickade", "fik", "fick", "gav",
    }
)  # fmt: skip
# "Carsten Østergaard og Holm, mens": a lone surname joined to a full name, then a comma, a stop or a clause word
_AND_BEFORE = regex(r"[ \t]+(?:og|och)[ \t]+\Z")
_CLAUSE_AFTER = regex(r"[ \t]*(?:[,.;!?)]|$)|[ \t]+(?:og|och|mens|medan|som|der|da|då|efter|i|på)\b", re.M)
# What authors and composers make, after their genitive ("Grundtvigs salmer", "Strindbergs brev"), and the tails
# of a work's title ("Bachs Juleoratorium", "Matthæuspassion")
_WORK_NOUNS = frozenset(
    {
        "salmer", "psalmer", "sange", "sånger", "viser", "visor", "epistlar", "epistler", "digte", "dikter",
        "romaner", "noveller", "eventyr", "sagor", "skrifter", "dagbøger", "dagböcker", "breve", "brev", "malerier",
        "målningar", "værker", "verk", "symfonier", "symfoni", "kantater", "pjäser", "skuespil", "komedier",
        "kompositioner", "melodier", "digtning", "diktning", "forfatterskab", "författarskap",
        # ... and one of them
        "komedie", "komedi", "pjäs", "tragedie", "tragedi", "roman", "novelle", "novell", "digt", "dikt", "salme",
        "psalm", "opera", "skådespel",
    }
)  # fmt: skip
_WORK_TAILS = ("passion", "oratorium", "oratoriet", "requiem", "kantate", "kantat", "messe", "mässa")
_WORK_AFTER = regex(r"[ \t]+(\w+)")
# A time slot opening a line, up to its minutes ("11:20" before "  Hussain, Ali")
_TIME_SLOT = regex(r"[ \t]*\d{1,2}:\d\d")
# What a colleague has at work, after a surname's genitive ("Kraghs kunde", "Foghs bord", "Ekdahls chef")
_WORK_OWNED = frozenset(
    {
        "kunde", "kund", "klient", "chef", "sekretær", "sekreterare", "assistent", "bord", "skrivebord", "skrivbord",
        "kontor", "telefon", "mobil", "mail", "mejl", "sag", "ärende", "kalender", "team", "afløser", "vikarie",
        "vikar", "kollega", "stedfortræder", "ställföreträdare",
    }
)  # fmt: skip
# A label opening a sentence inside a line ("... Pham. Afbud: "), and the end of its one-word value
_MID_LABEL = regex(r"[.!?;][ \t]+([^\W\d][^\W\d \t]{1,20}(?:[ \t][^\W\d]{1,20})?):[ \t]*\Z")
_VALUE_END = regex(r"[ \t]*(?:[.;,]|$)", re.M)
# "Reduceringen kom fra", "Segermålet kom från": a goal came from the player named next (not "Hjælpen kom fra Brøndby")
_GOAL_CAME = regex(r"(?<![\w])(\w+)[ \t]+(?:kom|kommer)[ \t]+\Z")
_GOAL_NOUNS = frozenset(
    {
        "reduceringen", "reduktionen", "udligningen", "utjämningen", "kvitteringen", "føringen", "ledningen",
        "scoringen", "assisten", "oplægget", "framspelningen", "forspringet", "pointen", "straffen", "straffesparket",
        "straffsparken", "hattricket",
    }
)  # fmt: skip


def _goal_noun(word: str) -> bool:
    """A goal or assist in its definite form ("reduceringen", "sejrsmålet", "1-0-målet")."""
    return word in _GOAL_NOUNS or word.endswith(("målet", "målene", "målen"))


# Prepositions before a place ("i Brande", "från Örebro"); a surname after them is no player's either
_PLACE_PREPOSITIONS = frozenset(
    {"i", "fra", "från", "til", "till", "på", "ved", "vid", "mod", "mot", "nær", "nära", "af", "av", "hos", "mellem"}
)
# Rules whose run may have taken a word before the name in (see _layout_checked)
_TRIMMABLE = frozenset({"name+surname", "name+first+name", "name+speech", "first+name"})
_SENTENCE_OPENING = regex(r"(?:^|[.!?:]\s|[.!?]\s\s|\s[–-]\s|[\"“]\s?)\Z", re.M)
# "Pia Andersen, lærer, Herning": a name, a comma, a lower-case job, a comma before the town
_PLACE_IN_ROW = regex(rf"[{_UP}][{_LOW}]+,[ \t]+[{_LOW}][{_LOW} -]*,[ \t]+\Z")
# 'Bertil "Berra" Nilsson': first name, a nickname in quotes, surname
_NICKNAMED = regex(rf"(?<![\w])({_WORD})[ \t]+[\"“”]([^\"“”\n]{{2,20}})[\"”][ \t]+({_WORD})(?![\w])")
# "Carl XVI Gustaf", "Frederik X": a Roman number (I..XXXIX) after a word in small letters, ending its word
# (it opens on the number's first letter, which the engine can scan for)
_REGNAL_GATE = regex(r"[IVX](?<=[a-zæøåäöü][ \t][IVX])[IVX]{0,5}(?![\w.'’-])")
_ROMAN = regex(r"X{0,3}(?:IX|IV|V?I{0,3})")
_LOWER_NEXT = regex(rf"[ \t]+[{_LOW}]")  # "Anna I love you": an English "I"
_WORD_BEFORE_NUMBER = regex(rf"(?<![\w])({_WORD})[ \t]+\Z")
_WORD_NEXT = regex(rf"[ \t]+({_WORD})(?![\w])")
# ", kaldet Kenno", " kallad Pelle", " alias Tokmac": a nickname after a name
_CALLED = regex(rf",?[ \t]+(?:kaldet|kaldt|kaldes|kallad|kallas|kallades|alias)[ \t]+[\"“]?({_WORD})(?![\w])")
# Led by its first letters ("k"/"a" after no word character, i.e. ``\b(?:kald...|alias)``): a regex starting
# with ``\b`` is tried at every position of the text, this one only at a "k" or an "a".
_CALLED_GATE = regex(r"(?:k(?<!\wk)(?:ald(?:et|t|es)|alla(?:d|s|des))|a(?<!\wa)lias)[ \t]+[\"“]?[A-ZÆØÅÄÖ]")
# What every nickname match holds from its opening quote on: texts without it skip the regex tried at every capital.
_NICKNAMED_GATE = regex(rf"[\"“”][^\"“”\n]{{2,20}}[\"”][ \t]+[{_UP}]")
# "Sten: har du pratat med Bo?": one or two capitalised words opening a line, a colon, a message in lower case
_THREAD_LINE = regex(rf"^[ \t]*(?:\[\d{{1,2}}[:.]\d{{2}}\][ \t]*)?({_WORD}(?:[ \t]{_WORD})?):[ \t]+(?=[{_LOW}])", re.M)
# What every thread line holds, found from its colon (a word's small letter before it, a small letter after):
# texts without it skip the line-by-line regex.
_THREAD_LINE_GATE = regex(rf":(?<=[{_LOW}]:)[ \t]+[{_LOW}]")
# The word before a name, a quote between allowed ('mødelokale "Karen Blixen"')
_WORD_BEFORE_NAME = regex(r"([\w:]+)[ \t]*[\"“'«]?[ \t]*\Z")
# The same read backwards from the name: one match, not a search trying every place in the window.
_WORD_BEFORE_NAME_REVERSED = regex(r"[ \t]*[\"“'«]?[ \t]*([\w:]+)")


def _row_shape(prefix: str) -> str:
    """A line's start before a name, commit ids and numbers made alike ("a3f91c2 " and "c41e8aa " both "H ")."""
    return _ROW_NUMBER.sub("9", _ROW_COMMIT.sub("H", prefix))


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """Is the one-word name at start..end all a quote holds, but for a title word before it or a number after it
    ('"Molly"', '"Prins Valdemar"', '"Stina 881"')? Such a name in running text is a pet's, a horse's or a
    product's; a person's name stands alone in quotes only as a cell or value ('"Öberg","Stig"', 'name="Ib"',
    '"Ib" <ib@x.dk>') or after a word that names ('hed "Mikkel"', 'med navnet "Ib"')."""
    head = _QUOTED_HEAD.search(text, max(0, start - 24), start)
    tail = _QUOTED_TAIL.match(text, end)
    if head is None or tail is None:
        return False
    at = head.start()
    before = text[max(0, at - 24) : at].rstrip(" \t")
    if not before or before[-1] in _QUOTED_CELL_BEFORE or (before[-1] == ":" and before[-2:-1] in _QUOTES):
        return False  # a line opening with it, a CSV cell, a JSON value, name="..."
    after = text[tail.end() : tail.end() + 2]
    if after[:1] in ";\t|<" or after == " <" or (after[:1] == "," and after[1:2] not in (" ", "")):
        return False  # a cell before the next one, a mail display name
    word = before.rsplit(None, 1)[-1].casefold().rstrip(":")
    return word not in _NAMING_BEFORE_QUOTE  # 'Navn: "Trine"' is a value too


def _word_before_name(text: str, start: int) -> str:
    """What ``_WORD_BEFORE_NAME.search(text, max(0, start - 40), start)`` finds as its word ("" for nothing):
    blanks, at most one quote and blanks before the name, then the word (word characters never being blanks
    or quotes, the backward reading is the only one)."""
    m = _WORD_BEFORE_NAME_REVERSED.match(text[max(0, start - 40) : start][::-1])
    return "" if m is None else m.group(1)[::-1]


# A greeting's sentence ended before a name on its line: "Hej! Tack för ...", "Hej Maja. Din order ..."
_GREETING_END = regex(r"[.!?](?:[ \t]|$)")
# A ship's prefix before its name: "M/S Karen Blixen", "MS Estonia", "S/S Bohuslän"
# "Sol Mikkelsen & ": two capitalised words alone before an ampersand (no capitalised word before them)
_AMPERSAND_PAIR = regex(rf"(?<![\w&.-])(({_WORD})[ \t]({_WORD}))[ \t]+&[ \t]+\Z")
_WORD_ENDS_BEFORE = regex(rf"[{_UP}][\w.'’-]*[ \t]+$")  # a capitalised word right before: "Ole Kirk Holding &"
# a lower-case name in a row's slot (see _lower_rows): two or three words, the last an initial at least
_LOWER_ROW_RUN = regex(rf"(?<![\w@.-])[{_LOW}]{{2,}}(?:[ \t][{_LOW}]+(?:-[{_LOW}]+)*){{1,2}}[ \t]*$")
_ROW_DELIMITERS = frozenset(";:\t|")
# a word standing alone: not inside a word, a handle, an address, a compound or a domain ("mette-kage", "mette.dk")
_LOWER_ALONE = regex(r"(?<![\w@.\-])[^\W\d_]+(?![\w@\-]|\.\w)")
_SLOT_DELIMITERS = frozenset([*",;:\t|\n", ""])  # "": the text's end closes a slot as a line's end does
_SLOT_NAME = regex(rf"(?<![\w@.'’-])({_WORD}(?:[ \t]+{_WORD})?|[{_LOW}]+(?:-[{_LOW}]+)*)[ \t]*$")
_SLOT_KINDS = frozenset({FIRST, AMBIG, LAST, BOTH, SHAPE, OTHER})
_ROW_PREFIX = 16  # a name's slot opens its line or follows a commit id or a number
# A line a slot can be filled on (``_slot_rows``): 3 to 56 characters long (a line-end slot), or a delimiter
# among its first 57 characters (the name starts within _ROW_PREFIX and ends at most 40 before the delimiter).
_SLOT_LINE = regex(r"^(?:[^\n]{3,56}$|[^\n]{1,56}[,;:\t|])", re.M)
_ROW_COMMIT = regex(r"\b(?=[0-9a-f]*\d)[0-9a-f]{6,40}\b")
_ROW_NUMBER = regex(r"\d+")
# a quote opening right before a name, or before a title word and the name ('"Prins Valdemar"', '"Herr Nilsson"')
_QUOTED_HEAD = regex(rf"[\"“”«](?:[{_UP}][{_LOW}]+\.?[ \t]+)?$")
_QUOTED_TAIL = regex(r"(?:[ \t]+\d{1,5})?[\"“”»]")  # the quote closing after it, or after a number ("Stina 881")
_QUOTES = frozenset('"“”«»')
_QUOTED_CELL_BEFORE = frozenset("=,;[{(|\t\n")
# words before a name in quotes that say it is someone's name: 'hed "Mikkel"', 'heter "Anders"', 'navnet "Ib"'
_NAMING_BEFORE_QUOTE = frozenset(
    {"hed", "hedder", "heter", "hette", "heta", "hedde", "navn", "navnet", "navne", "namn", "namnet", "name", "named"}
    | {"called", "kaldet", "kaldes", "kaldte", "kaldtes", "kallad", "kallas", "kallade", "kallades"}
    | {"underskrev", "underskrevet", "signerat", "signeret"}
)
_CREATURE_NAME = regex(rf"[ \t]+[\"“'‘]?({_WORD})(?![\w])")  # "Bodil", after "stormen"
_VESSEL_BEFORE = regex(
    r"(?<![\w/])(?:M/[SVFTY]|S/S|MS|MV|HMS|HDMS)[ \t]+"
    r"(?:(?:Dronning|Drottning|Prinsesse|Prinsessan|Prins|Kong|Kung|Kronprins|Kronprinsesse|Kronprinsessan)[ \t]+)?$"
)  # "M/S Dronning Margrethe" is a ship too
_VESSEL_REACH = 24
# a place before the word for its municipality or parish: "Hedensted Kommune", "Gustav Vasa församling"
_PLACE_AFTER = regex(
    r"[ \t]+(?:[Kk]ommune|[Kk]ommun|stad|[Rr]egion|län|[Aa]mt|sogn|socken|[Ff]örsamling|[Ff]orsamling|[Ss]tift)(?![\w])"
)
_REGNAL_OWNED = rf"[ \t]+[IVX]{{1,5}}['’]s[ \t]+[{_UP}]"  # "Kong Frederik IX's Bro"
# words of a text the thing checks can hold in (a literal scan per text): table delimiters, place words, "IV's"
# a second founder's name in the genitive and the thing named after both ("og Ejnar Bergs Mindefond")
_FOUNDERS_AFTER = regex(rf"[ \t]+(?:og|och|&)[ \t]+(?:{_WORD}[ \t]+){{0,2}}{_WORD}s[ \t]+({_WORD})")
# compounds ending in these name a ship or a room ("skoleskibet", "motorbåden", "grupprummet")
_THING_TAILS = (
    "skibet", "skeppet", "båden", "båten", "fartyget", "færgen", "färjan", "lokale", "lokalet", "rum", "rummet"
)  # fmt: skip
_NUMBERED_THING_BEFORE = regex(
    r"(\w+)[ \t]+\d{1,3}[ \t]*[\"“'«][ \t]*\Z"
)  # the name quoted: "rum 3 Jens Holm" may list
_THING_TEXT_WORDS = (
    ";",
    "|",
    "\t",
    "ommun",
    "stad",
    "egion",
    "län",
    "mt ",
    "sogn",
    "socken",
    "rsamling",
    "tift",
    "'s ",
    "’s ",
)
_THING_AFTER = regex(rf"{_PLACE_AFTER.pattern}|{_REGNAL_OWNED}")
# field labels whose value is a product, a car or the institution a patient is referred to
_THING_FIELDS = frozenset(
    {
        "vare", "varer", "varenavn", "vara", "varor", "produkt", "product", "item",
        "bilmærke", "bilmärke", "bilmodel", "bilmodell", "model", "modell",
        "henvist til", "henvises til", "remitteret til", "remiss till", "remitteras till", "remitterad till",
        "indlagt på", "inlagd på", "referred to",
    }
)  # fmt: skip
_DESCRIBED = regex(rf"(?:[ ]+[{_LOW}]{{2,}})+[ ]*(?:[;|\t]|$)", re.M)  # the rest of a cell: lower-case words
_HEADER_REACH = 60  # rows looked up for a table's header
_FIRM_FIELDS = frozenset({"kunde", "kund", "customer", "leverandør", "leverantör", "supplier", "firma", "företag"})
_ITEM_FIELDS = frozenset({"artikel", "artikler", "artiklar"})
_QUANTITY = regex(r"\d[ \t]*(?:st|stk|styck|pcs|kg|x)\b")  # "19 st", "12 x 1 kg"
_LABEL_OF_NUMBER = regex(r":[ \t]*\d")  # "Fødselsår: 1968" after a name on a form line
_LIST_SURNAME = frozenset({LAST, BOTH, SHAPE, OTHER, AMBIG})
_LIST_FIRST = frozenset({FIRST, BOTH, OTHER, AMBIG})
_ALONE_NEVER = frozenset({STOP, CUE, TITLE, STREET, PART})
_PLAIN = frozenset({FIRST, AMBIG, LAST, BOTH, SHAPE, OTHER, INIT, STREET_END})  # a run of these is one segment
_AFTER_HINT = regex(r"[\"']?[ \t]*[<(]")
_ROLE_AFTER = regex(r"[ \t]*\(([^\W\d]+)\)")
_ROLE_COMPOUND_TAILS = ("chef", "leder", "ledare", "ansvarig", "ansvarlig", "direktør", "direktör")  # "driftchef"


def _tokens(start: int, run: str) -> list[tuple[int, int, str]]:
    """(start, end, token) of a run's words; plain single spaces are split without a regex."""
    if "\t" in run or "  " in run:
        return [(start + t.start(), start + t.end(), t.group()) for t in _NONSPACE.finditer(run)]
    out = []
    pos = start
    for tok in run.split(" "):
        out.append((pos, pos + len(tok), tok))
        pos += len(tok) + 1
    return out


_TWO_CAPITALS = regex(rf"[{_UP}]{{2}}")
_CAPS_PAIR = regex(rf"[{_UP}]{{2}}[ \t]+[{_UP}]{{2}}")
_CAPS_AFTER_COLON = regex(rf":[ \t]*[{_UP}]{{2}}")


def _origin_adjective(head: str, kind: int) -> bool:
    """An unknown word inflected like an adjective of origin before a name ("Ukrainske", "Eritreanska")."""
    return kind == OTHER and len(head) >= 6 and head.endswith(("ske", "ska"))


def _clause_start(text: str, start: int, cues: Collection[str]) -> bool:
    """Does a word at ``start`` open a sentence, or a clause after a comma or a conjunction ("..., Saga är
    lucia", "og Dag skal hente den")?"""
    if "mid_sentence" not in cues:
        return True
    before = _WORDS_BEFORE.search(text, max(0, start - 20), start)
    if before is None:
        return False
    return text[before.end(1) : start].strip(" \t") == "," or before.group(1).casefold() in _CLAUSE_OPENERS


def _has_caps_pair(text: str) -> bool:
    """Cheap pre-check: a name in capitals is two capitalised words or follows a "Label:" (each
    regex with one kind of first character, which the regex engine skips to)."""
    return _TWO_CAPITALS.search(text) is not None and (
        _CAPS_PAIR.search(text) is not None or (":" in text and _CAPS_AFTER_COLON.search(text) is not None)
    )


def _shortest(words: Collection[str]) -> tuple[str, ...]:
    """The words no other one of them stands in, sorted: a text holds one of these exactly when it holds
    one of ``words``."""
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def _positions(text: str, chars: str) -> list[int]:
    """Where any of ``chars`` stands in ``text``, in order: ``str.find`` per character (the regex engine tries a
    character class at every position, ~15x slower on a long text with few of them)."""
    out: list[int] = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            out.append(at)
            at = text.find(char, at + 1)
    out.sort()
    return out


def _named_elsewhere(text: str, word: str) -> bool:
    """Does this word stand somewhere in the text before an initial or a capitalised word ("Eik F.", "Eik
    Sommer")?"""
    at = text.find(word + " ")
    while at >= 0:
        nxt = at + len(word) + 1
        if (at == 0 or not text[at - 1].isalnum()) and text[nxt : nxt + 1].isupper():
            return True
        at = text.find(word + " ", nxt)
    return False


def _in_any(key: str, *sets: Collection[str]) -> bool:
    """Is the word in one of these word sets?"""
    for words in sets:  # noqa: SIM110 - a plain loop: any() makes a generator per call
        if key in words:
            return True
    return False


def _base(key: str) -> str:
    """Strip a genitive -s ("Hansens" -> "hansen")."""
    return key[:-1] if len(key) > 3 and key.endswith("s") else key


def _line_start(text: str, pos: int, limit: int = _LINE_LIMIT) -> int:
    """Start of the line holding ``pos``, looking back at most ``limit`` characters (linear cost)."""
    floor = max(0, pos - limit)
    nl = text.rfind("\n", floor, pos)
    return nl + 1 if nl >= 0 else floor


def _previous_line(text: str, line_start: int) -> str:
    """The nearest non-empty line above (at most two lines up), casefolded."""
    pos = line_start - 1
    for _ in range(3):
        if pos <= 0:
            return ""
        lo = _line_start(text, pos)
        line = text[lo:pos].strip()
        if line:
            return line.casefold()
        pos = lo - 1
    return ""
