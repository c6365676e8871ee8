"""The name finder's cheap pre-checks and rewritten whole-text searches find exactly what the plain regexes
they replace find: each is compared with its reference (the regex as it was written before) on hostile
random texts. A pre-check may only skip texts in which the search it guards finds nothing."""

from __future__ import annotations

import random
import re

import pytest

from pii_scanner.detect.ner import columns, fallback
from pii_scanner.detect.ner.fallback import FallbackNameFinder
from tests.detect.ner.names_kernel_fuzz import PIECES

_UP, _LOW, _WORD, _TOKEN, _PARTICLE = fallback._UP, fallback._LOW, fallback._WORD, fallback._TOKEN, fallback._PARTICLE

# The regexes as written before the pre-checks and rewrites: the references.
SURNAME_FIRST = re.compile(
    rf"(?:\A|[\n:;]|,(?=[ \t]*\"))[ \t]*(?:\d{{1,3}}\.?[ \t]+)?(\")?"
    rf"(((?:{_PARTICLE}[ \t]+){{0,2}}|{_WORD}[ \t]+)({_WORD}),[ \t]+({_WORD}(?:[ \t]{_WORD})?))"
    rf"(?(1)\"|(?=[ \t]*(?:[;.]|$)|[ \t]{{2}}|\t|[ \t][–-][ \t]|[ \t]\([^()\n]{{1,30}}\)))",
    re.M,
)
CAPS_PAIR = re.compile(rf"[{_UP}]{{2}}[ \t]+[{_UP}]{{2}}|:[ \t]*[{_UP}]{{2}}")
SCORE = re.compile(r"(?<![\d.,:/-])\d{1,2}-\d{1,2}(?![\d/-]|[.,:]\d)")
CAPS_SURNAME_FIRST_GATE = re.compile(rf"[{_UP}]{{2}},[ \t]+[{_UP}]")
MENTION = re.compile(rf"(?<![\w.@])@({_TOKEN}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_TOKEN}){{0,3}})(?![\w@])")

MORE = [
    "Hansen, Mette",
    "Lindholt, Ebbe;",
    '"Hansen, Mette" <m@x.dk>',
    "1. Kaya, Emre",
    "von Essen, Jan",
    "Bergman, Love – ordförande",
    "Lind Dahl, Per (teamledare) .....",
    "Berg Sjö, Anna",
    "Nora Falk 10:14",
    "Lotte Bang 07:44  bo havde den",
    "[08:02] mette: hej",
    "12.05",
    "9:30\t",
    "@Nora Falk",
    "a@Firma",
    "@@Jens",
    ".@Jens",
    "_@Jens",
    "@",
    "JENS HANSEN",
    "CPR",
    "Navn: ÅSA",
    ":  ÅSA",
    "Fornavn;Efternavn\nMette;Hansen\n",
    "| Navn | By |\n|---|---|\n| Mette Hansen | Aarhus |\n",
    'Navn,By\n"Hansen, Mette",Aarhus\n',
    "Namn      Företag\nÅsa Berg  Acme\n",
    "FIRST NAME\tSURNAME\nJens\tHansen\n",
    "kontaktperson",
    "Kontakt Person",
    "efternavn",
    "\u0130",
    "K\u212a",
    "Name",
    "NAME",
    "nimi",
    "first name",
    "Vårdnadshavare",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [*PIECES, *MORE]
    out = ["", ",", "Hansen, Mette", "\nHansen, Mette\n", ": Hansen, Mette", "Jens 10:14", "@Jens Hansen"]
    for _ in range(count):
        out.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))))
    return out


TEXTS = _texts(3000, 7)


def test_surname_first_items_are_the_regex_matches() -> None:
    for text in TEXTS:
        want = [m.span() for m in SURNAME_FIRST.finditer(text)]
        got = [m.span() for m in fallback._surname_first_items(text)]
        assert got == want, text
        assert [m.groups() for m in fallback._surname_first_items(text)] == [
            m.groups() for m in SURNAME_FIRST.finditer(text)
        ]
        if want:  # the pre-check never skips a text with an item
            assert fallback._SURNAME_FIRST_GATE.search(text) is not None, text


def test_caps_pair_check_is_the_regex() -> None:
    for text in TEXTS:
        assert fallback._has_caps_pair(text) == (CAPS_PAIR.search(text) is not None), text


def test_mention_regex_finds_what_the_look_behind_first_one_did() -> None:
    for text in TEXTS:
        want = [(m.span(), m.group(1)) for m in MENTION.finditer(text)]
        assert [(m.span(), m.group(1)) for m in fallback._MENTION.finditer(text)] == want, text


def test_speaker_time_check_never_skips_a_speaker_line() -> None:
    hits = 0
    for text in TEXTS:
        if fallback._SPEAKER_HEAD.search(text) is not None:
            hits += 1
            assert fallback._SPEAKER_TIME.search(text) is not None, text
    assert hits > 10  # the texts hold speaker lines at all


@pytest.fixture(scope="module")
def finder() -> FallbackNameFinder:
    return FallbackNameFinder(fast_path="off")


def test_header_word_places_are_the_alternation_matches(finder: FallbackNameFinder) -> None:
    headers = finder._headers
    hits = 0
    for text in TEXTS:
        lowered = text.lower()
        if len(lowered) != len(text):
            continue
        want = [m.span() for m in headers._lower_pattern.finditer(lowered)]
        hits += len(want)
        assert headers._lower_matches(lowered) == want, text
    assert hits > 100


def test_header_words_found_in_a_text_whose_lower_case_is_longer(finder: FallbackNameFinder) -> None:
    text = "\u0130 Navn;By\nMette;Hansen\n"  # "İ" lower-cases to two characters: the case-blind regex runs
    assert len(text.lower()) != len(text)
    assert finder._headers.starts(text) == [2]


def _split_by_characters(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    cells = []
    quoted = False
    cell = start
    for pos in range(start, end):
        c = text[pos]
        if c == '"':
            quoted = not quoted
        elif c == delimiter and not quoted:
            cells.append((cell, pos))
            cell = pos + 1
    cells.append((cell, end))
    if delimiter == "|":
        if cells and not text[cells[0][0] : cells[0][1]].strip():
            cells = cells[1:]
        if cells and not text[cells[-1][0] : cells[-1][1]].strip():
            cells = cells[:-1]
    return cells


def test_cells_split_without_quotes_as_character_by_character() -> None:
    for text in TEXTS[:1000]:
        for delimiter in columns._DELIMITERS:
            for start, end in ((0, len(text)), (1, max(1, len(text) - 1)), (len(text) // 2, len(text))):
                assert columns._split(text, start, end, delimiter) == _split_by_characters(
                    text, start, end, delimiter
                ), (text, start, end, delimiter)


def test_word_before_a_name_read_backwards_is_the_regex_search() -> None:
    rng = random.Random(11)
    pieces = [
        "Mødelokale",
        "lokale:",
        " ",
        "\t",
        '"',
        "“",
        "'",
        "«",
        "»",
        "x",
        "æ",
        "3",
        ":",
        "\n",
        "-",
        "ß",
        "\ud800",
        "\x00",
    ]
    samples = [*TEXTS[:1500], *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 60))) for _ in range(3000))]
    for text in samples:
        for start in {0, 1, len(text) // 3, len(text) // 2, max(0, len(text) - 1), len(text)}:
            m = fallback._WORD_BEFORE_NAME.search(text, max(0, start - 40), start)
            assert fallback._word_before_name(text, start) == ("" if m is None else m.group(1)), (text, start)


def test_nickname_and_thread_line_checks_never_skip_a_match() -> None:
    rng = random.Random(5)
    pieces = ["Bertil", ' "Berra" ', "“Berra”", " Nilsson", "Sten", ": ", "har du", "\n", "[10:14] ", " ", '"', "x"]
    samples = [*TEXTS, *("".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) for _ in range(3000))]
    nick = thread = 0
    for text in samples:
        if fallback._NICKNAMED.search(text) is not None:
            nick += 1
            assert fallback._NICKNAMED_GATE.search(text) is not None, text
        if fallback._THREAD_LINE.search(text) is not None:
            thread += 1
            assert fallback._THREAD_LINE_GATE.search(text) is not None, text
    assert nick > 20 and thread > 20


def test_score_and_capitals_list_checks_are_the_regexes_they_replace() -> None:
    """The score regex with its look-behind after the first digit finds the same spans; the "SURNAME, First" check
    found from its comma answers as the regex found from the capitals; a score needs a "-"."""
    rng = random.Random(13)
    pieces = [*PIECES, *MORE, "2-1", "12-10", "1-0.", "3-2,5", "1/2-3", ".4-4", "4-4-4", "HOLM, METTE", "ÖBERG,\tLINA"]
    pieces += ["9", "10", "-", " ", "\n", ",", ".", ":", "/", "A", "BB", "Ǆ", "\u0130", "\U0001d400", "\x00", "\ud800"]
    samples = [*TEXTS, *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(20_000))]
    found = 0
    for text in samples:
        want = [m.span() for m in SCORE.finditer(text)]
        assert [m.span() for m in fallback._SCORE.finditer(text)] == want, text
        assert not want or "-" in text
        caps = CAPS_SURNAME_FIRST_GATE.search(text) is not None
        assert (fallback._CAPS_SURNAME_FIRST_GATE.search(text) is not None) == caps, text
        found += bool(want) + caps
    assert found > 1000


def test_layout_and_greeting_shortcuts_change_nothing(finder: FallbackNameFinder) -> None:
    """The layout check looks at names of three words or one place word only, the greeting check at salutation
    cues only: on random spans and rules, the same result as looking at every name."""
    from pii_scanner.core.model import Explanation, Finding

    rng = random.Random(17)
    rules = ["name+surname", "first+name", "cue:title", "mention", "cue:salutation", "first_name", "surname+verb"]
    words = [
        "Bager",
        "Holger",
        "Petersen",
        "Herning",
        "i",
        "Lund",
        "Åsa",
        "lærer,",
        "Pia",
        "Andersen,",
        "Brande",
        "Hej!",
    ]
    words += [
        "Bella",
        "(labrador)",
        "\t",
        "  ",
        "Anna",
        "Maria",
        "Berg",
        "Venstres",
        "Skifteretten",
        "Först",
        "B.",
        "Ring",
    ]
    checked = 0
    for _ in range(3000):
        parts = [rng.choice(words) for _ in range(rng.randint(1, 14))]
        text = " ".join(parts)
        starts = [sum(len(p) + 1 for p in parts[:i]) for i in range(len(parts))]
        found = []
        for _ in range(rng.randint(0, 4)):  # names from word to word, as the finder makes them
            i = rng.randrange(len(parts))
            j = min(len(parts), i + rng.randint(1, 4))
            a, b = starts[i], starts[j - 1] + len(parts[j - 1])
            value = text[a:b]
            if not value.strip() or value != value.strip():
                continue
            explanation = Explanation(recognizer="ner_fallback", pattern=rng.choice(rules), context=("title",))
            found.append(Finding("PERSON", a, b, 0.7, value, value, explanation))
        want = finder._layout_looked_at(text, found)
        if "(" in text and finder.lex.animals:
            pets = {
                f.value
                for f in want
                if (m := fallback._BRACKET_WORD.match(text, f.end)) and m.group(1).casefold() in finder.lex.animals
            }
            want = [f for f in want if f.value not in pets and fallback._base(f.value) not in pets] if pets else want
        assert finder._layout_checked(text, found) == want, text
        greeted = [f for f in found if f.explanation.pattern != "cue:salutation"]
        assert finder._greeting_ended(text, greeted) == greeted
        checked += len(found)
    assert checked > 3000


def test_vietnamese_middle_name_check_is_the_word_regex() -> None:
    """The check for a Vietnamese middle name, grouped by first letter, finds what ``\b(?:Thi|...)\b`` finds."""
    reference = re.compile(rf"\b(?:{'|'.join(fallback._VIETNAMESE_MIDDLE)})\b")
    rng = random.Random(19)
    pieces = [*PIECES, *MORE, *fallback._VIETNAMESE_MIDDLE, "Nguyen", "x", "_", "1", "é", "\u0301", "Đ", "T", " ", "\n"]
    samples = [*TEXTS, *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(20_000))]
    hits = 0
    for text in samples:
        want = [m.span() for m in reference.finditer(text)]
        assert [m.span() for m in fallback._VIETNAMESE_GATE.finditer(text)] == want, text
        hits += bool(want)
    assert hits > 1000


def test_sign_off_and_thing_word_checks_are_the_case_folded_search(finder: FallbackNameFinder) -> None:
    """Whether a text holds a sign-off word or a named-thing word: the compiled pass over the text (no folded
    copy) and the pure one over folded pieces answer as one search in the whole folded text, also for texts
    the compiled pass leaves to Python (past Latin-1, "ß", "µ") and a word across two pieces."""
    pure = FallbackNameFinder(fast_path="off")

    def want(text: str) -> tuple[bool, bool]:
        folded = text.casefold()
        return any(w in folded for w in finder._sig_words), any(w in folded for w in finder._thing_words)

    rng = random.Random(29)
    pieces = [*PIECES, *MORE, "MVH", "Hilsen", "HÄLSNING", "Mødelokalet", "RUM", "Straße", "µ", "K", "ẞ", "–"]
    samples = [*TEXTS, *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(5000))]
    edge = "x" * ((1 << 16) - 3)
    samples += [edge + "HILSEN", edge + "Mødelokale", edge + "–HILSEN", "Gruß\nMVH"]
    hits = 0
    for text in samples:
        expected = want(text)
        assert finder._text_words(text) == expected, text[:60]
        assert pure._text_words(text) == expected, text[:60]
        hits += expected[0] + expected[1]
    assert hits > 1000
    assert all(not any(o != w and o in w for o in finder._thing_words) for w in finder._thing_words)


_KINDS = FallbackNameFinder()


def joined(value: str) -> bool:
    """Two names run together or a genitive before a name, read word by word as ``_join_look`` describes."""
    words = value.split()
    kinds = [_KINDS.kind(w) for w in words]
    first = (fallback.FIRST, fallback.BOTH)
    joints = range(2, len(words) - 1)
    cut = any(kinds[i] in first and kinds[i - 1] == fallback.LAST for i in joints)
    if cut and kinds[0] in (*first, fallback.AMBIG):
        return True
    return len(words) >= 3 and words[0][-1] == "s" and kinds[1] in first and kinds[0] not in (*first, fallback.AMBIG)


def test_layout_look_is_what_the_layout_check_reads(finder: FallbackNameFinder) -> None:
    """The layout check's per-name memo (three words or more, two names run together or a genitive before a
    name, a place word, a first name) is the plain reading of the name, cold and warm."""
    rng = random.Random(31)
    words = ["Holger", "Petersen", "Herning", "Anna", "Bo", "Lund", "Brande", "Venstres", "\t", "Åsa", "Maria", "x"]
    words += ["Karin", "Østergaard", "Ahmed", "Leksands"]

    def plain(value: str) -> int:
        if " " in value:
            look = fallback._LOOK_WORDS if value.count(" ") > 1 or "\t" in value else 0
            return look | (fallback._LOOK_JOINED if look and joined(value) else 0)
        look = fallback._LOOK_PLACE if value.casefold() in finder.lex.places else 0
        return look | (fallback._LOOK_FIRST if fallback._is_first_name(finder, value) else 0)

    values = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 4))) for _ in range(2000)]
    values += ["Herning", "Anna", "Bo", "Anna\tLund", "Anna Lund", "Anna Maria Lund", "HERNING"]
    values += ["Karin Østergaard Ahmed Lund", "Leksands Anna Lund"]
    seen = {0: 0, 1: 0, 2: 0, 4: 0, 8: 0}
    for _ in range(2):  # cold, then from the memo
        for value in values:
            look = plain(value)
            assert finder._layout_look(value) == look, value
            for bit in seen:
                seen[bit] += bool(look & bit) if bit else not look
    assert all(seen.values()), seen


def test_roster_and_chat_lines_read_from_the_colon_lines_are_the_regex_matches() -> None:
    """The roster and chat-speaker regexes tried only at the starts of lines holding a colon find what their
    ``finditer`` over the whole text finds."""
    rng = random.Random(37)
    pieces = [*PIECES, *MORE, "Man: Bo, Ida", "Tirsdag:", "[08:02] mette: hej", "08:02 jakob:", ":", "\n", "\r\n", " "]
    samples = [*TEXTS, *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(8000))]
    samples += [":" * 50, "\n" * 50, "a:" * 1000, ":\n" * 500, "x" * 5000 + ":"]
    hits = 0
    for text in samples:
        starts = fallback._colon_line_starts(text)
        assert starts == sorted(set(starts)), text
        for pattern in (fallback._ROSTER_LINE, fallback._CHAT_SPEAKER, fallback._CHAT_NAMED_SPEAKER):
            want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            got = [(m.span(), m.groups()) for m in (pattern.match(text, i) for i in starts) if m is not None]
            assert got == want, (pattern.pattern[:30], text)
            hits += bool(want)
    assert hits > 1000


def test_call_end_positions_are_the_character_class_matches() -> None:
    call_end = re.compile(r"[!?]")
    rng = random.Random(17)
    pieces = ["!", "?", "!?", "??", "a", " ", "\n", "hej", "¿", "¡", "\u203c"]
    samples = [*TEXTS, *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(5000))]
    hits = 0
    for text in samples:
        want = [m.start() for m in call_end.finditer(text)]
        assert fallback._positions(text, "!?") == want, text
        hits += len(want)
    assert hits > 10_000


def test_the_lower_cased_text_is_kept_for_one_text_only(finder: FallbackNameFinder) -> None:
    """The passes of one ``find`` share the text's lower-casing; another text never reads it, and none is kept."""
    text = "Fornavn;Efternavn\nMette;Hansen\n\nhej sofie, husk at ringe til lars i morgen\n"
    want = [(f.start, f.end, f.value) for f in FallbackNameFinder(fast_path="off").find(text)]
    assert len(want) >= 3
    finder._lowered("Hej Mette, tak for sidst. Vi ses på fredag, hilsen Lars.\n" * 2)  # another text's
    assert [(f.start, f.end, f.value) for f in finder.find(text)] == want
    assert finder._lower_memo is None
