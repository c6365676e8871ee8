"""Which country a number's row or sentence belongs to, for numbers valid in two countries.

The evidence is looked for from near to far: the candidate's own line (a CSV/TSV row: an e-mail
domain, a phone prefix, a city, a postcode, words of the language), the header row of its table
column, then the other lines of its
table or paragraph, then the language of the text part, then the text around. Mixed-language
documents therefore decide per row, not by their majority language. Data:
``recognizers/country_hints.yaml``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from pii_scanner.detect import fields, layout
from pii_scanner.detect.leads import Scanner, matches_at, scanner_of
from pii_scanner.detect.recognizers.base import Env

_EMAIL_TLD = re.compile(r"@[\w.-]+\.([A-Za-z]{2,3})\b|\bwww\.[\w-]+\.([A-Za-z]{2,3})\b")
_PHONE = re.compile(r"(?:\+|\b00)(\d{2,3})[ -]?\d")
_SV_LETTERS = re.compile(r"[äöÄÖ]")
# A city right after a capitalised word is a surname ("Mette Lund", "Anna Falun"): no vote.
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w.])[A-ZÆØÅÄÖ][a-zæøåäöéü]+ $")
_NEAR_LINES = 5
# A country code in capitals right before the number ("SE 681009-4950", "(FI, 100486-7480)"): its country.
# A travel list may put the document's kind after it ("FI NID 171039-4066": a national identity document).
_CODE_BEFORE = re.compile(r"(?<![\w-])([A-Z]{2,3})(?:[ \t]+(?:NID|NI|ID))?[ \t]*[,:]?[ \t]*$")
_KNOWN = ("da", "sv", "nb", "fi", "is")


def evidence(env: Env, text: str) -> Counter[str]:
    """Votes per language from one stretch of text."""
    hints = env.rules.hints
    votes: Counter[str] = Counter()
    # The compiled kernel tries each pattern only where it can start (same matches: detect/leads.py).
    look = _looker(env)
    for m in look(_EMAIL_TLD, text):
        lang = hints.tld.get((m.group(1) or m.group(2) or "").casefold())
        if lang:
            votes[lang] += 3
    for m in look(_PHONE, text):
        for size in (3, 2):
            lang = hints.phone.get(m.group(1)[:size])
            if lang:
                votes[lang] += 3
                break
    if hints.city is not None:
        for m in look(hints.city, text):
            lang = hints.city_lang.get(m.group().casefold())
            if lang and not _FIRST_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                votes[lang] += 3
    for pattern, lang in hints.postcode:
        found = look(pattern, text)
        if found:
            votes[lang] += 2 * len(found)
    for lang, pattern in hints.marks:
        votes[lang] += len(look(pattern, text))
    if not votes["fi"]:
        votes["sv"] += len(_SV_LETTERS.findall(text))
    return votes


def _looker(env: Env) -> Callable[[re.Pattern[str], str], list[re.Match[str]]]:
    """``lambda regex, text: list(leads.finditer(regex, text, make))`` for the scan's kernel, with each
    pattern's scanner looked up once per scan (a line's votes ask a dozen patterns)."""
    looker = env.memo.get("looker")
    if looker is not None:
        return looker  # type: ignore[no-any-return]
    make = env.kernel.lead_scanner
    # By identity: the rules' patterns live as long as the scan (a Pattern's hash reads its whole code).
    scanners: dict[int, tuple[re.Pattern[str], Scanner | None]] = {}

    def look(regex: re.Pattern[str], text: str) -> list[re.Match[str]]:
        if make is None:
            return list(regex.finditer(text))
        known = scanners.get(id(regex))
        if known is None or known[0] is not regex:
            known = scanners[id(regex)] = (regex, scanner_of(make, regex))
        scanner = known[1]
        if scanner is None:
            return list(regex.finditer(text))
        places = scanner.positions(text, 0, len(text), len(text))
        return list(matches_at(regex, text, places, len(text))) if places else []

    env.memo["looker"] = look
    return look


def _winner(votes: Counter[str]) -> str | None:
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] == 0:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def hint(env: Env, start: int, end: int) -> str | None:
    """The language of the country the number at ``start`` most likely belongs to, or None."""
    last = env.memo.get("hint")
    if last is not None and last[0] == start and last[1] == end:
        return last[2]  # type: ignore[no-any-return]  # the verifier and a filter ask for the same candidate
    found = _hint(env, start, end)
    env.memo["hint"] = (start, end, found)
    return found


# Stretches of text whose votes are kept, by the text itself: ``evidence`` reads nothing else, and the
# rows around a candidate are the rows around the next one; exports, forms and letters repeat lines.
_KEPT_LINES = 2048


def _line_votes(env: Env, lo: int, hi: int) -> Counter[str]:
    """``evidence`` of the line ``text[lo:hi]``, kept for the candidates that follow (never mutated)."""
    return _votes_of(env, env.text[lo:hi])


def _votes_of(env: Env, text: str) -> Counter[str]:
    """``evidence(env, text)``, kept by ``text`` for the rest of the scan (never mutated)."""
    kept: dict[str, Counter[str]] = env.memo.setdefault("votes", {})
    votes = kept.get(text)
    if votes is None:
        if len(kept) >= _KEPT_LINES:
            kept.clear()
        votes = kept[text] = evidence(env, text)
    return votes


_HEADER_NEAR = 512  # below the engine's window overlap (128 + 2 x context window + 512)


def _hint(env: Env, start: int, end: int) -> str | None:
    declared = fields.declared(env, start, end).country
    if declared is not None:
        return declared  # a field beside the value names its country ({"country": "FI"}, a nationality column)
    text = env.text
    code = _CODE_BEFORE.search(text, max(0, start - 12), start)
    if code is not None:
        named = env.rules.hints.countries.get(code.group(1).casefold())
        if named is not None:
            return named  # "Maja Kowalska (SE, 471066-2620)", "Filip Strand, SE 681009-4950"
    lo, hi = env.kernel.line_bounds(text, start)
    line = text[lo:start] + " " + text[end:hi]
    found = _winner(_votes_of(env, line))
    if found is not None:
        return found  # the row's own e-mail domain, phone, city: the person's, before the table maker's words
    # The table's header row labels the column: its language says whose numbers the table lists
    # ("Förnamn;Efternamn;Nummer" over Swedish rows pasted into a Danish mail). Only a header within
    # _HEADER_NEAR characters counts: a long text is detected in windows that see that much before each
    # number, and a window must decide as the whole text does.
    col = layout.column(text, start, end, 0, env.memo)
    if col is not None and col.header_row and text.rfind(col.header_row, max(0, lo - _HEADER_NEAR), lo) >= 0:
        found = _winner(_votes_of(env, col.header_row))
        if found is not None:
            return found
    votes: Counter[str] = Counter()
    cursor_lo, cursor_hi = lo, hi
    for _ in range(_NEAR_LINES):  # the rows above and below (a blank line ends the table)
        if cursor_lo == 0:
            break
        cursor_lo, cursor_hi = env.kernel.line_bounds(text, cursor_lo - 1)
        if not text[cursor_lo:cursor_hi].strip():
            break
        votes += _line_votes(env, cursor_lo, cursor_hi)
    cursor_lo, cursor_hi = lo, hi
    for _ in range(_NEAR_LINES):
        if cursor_hi >= len(text):
            break
        cursor_lo, cursor_hi = env.kernel.line_bounds(text, cursor_hi + 1)
        if not text[cursor_lo:cursor_hi].strip():
            break
        votes += _line_votes(env, cursor_lo, cursor_hi)
    found = _winner(votes)
    if found is not None:
        return found
    if env.lang in _KNOWN:
        return env.lang
    return _winner(_votes_of(env, text[max(0, start - 300) : start + 300]))
