"""E-mail addresses and Nordic phone numbers (DK/SE/NO/FI national forms and +45/+46/+47/+358)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from pii_scanner.core.model import Finding
from pii_scanner.core.regex_cache import regex
from pii_scanner.detect import fastpath, filters, layout
from pii_scanner.detect.recognizers.base import AFTER, Env, Pattern, Recognizer, context_around

_EMAIL_LOCAL = re.compile(r"[\w.%+\-]{1,64}\Z")
# Top-level domain: letters, or an internationalised one in its ASCII form ("xn--p1ai").
_EMAIL_DOMAIN = regex(
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.){1,8}(?:xn--[A-Za-z0-9\-]{1,59}[A-Za-z0-9]|[A-Za-z]{2,24})(?![\w@])"
)
_EMAIL_BEFORE = frozenset(".%+-@")
# Bodies after the lead character (Pattern.lead).
_PHONE_INTL = r"(?<![\w+].)(?:(?<=\+)|(?<=0)0)(?:45|46|47|358)[ -]?(?:\(0\)[ -]?)?\d(?:[ -]?\d){5,10}" + AFTER
_PHONE_NATIONAL = (
    r"(?<![\w+\-./,].)"
    + r"(?:"
    + r"\d \d{2} \d{2} \d{2}"  # DK/NO grouped: 12 34 56 78
    + r"|\d{3} \d{4}"  # 1234 5678
    + r"|\d{2} \d{2} \d{3}"  # NO: 123 45 678
    + r"|(?<=0)\d{1,3}[- ]\d{2,3}(?: \d{2}){2}"  # SE: 08-123 45 67, 070-123 45 67
    + r"|(?<=0)\d{1,3}-\d{5,8}"  # SE/FI: 070-1234567
    + r"|(?<=0)\d{1,2} \d{3,4} \d{3,4}"  # FI: 040 123 4567
    + r"|\d{7}"  # DK/NO plain: only with context
    + r")"
    + AFTER
)
_NON_DIGITS = re.compile(r"\D")


class EmailRecognizer(Recognizer):
    name = "EmailRecognizer"
    entities: tuple[str, ...] = ("EMAIL_ADDRESS",)

    def patterns(self, ocr: bool) -> list[Pattern]:
        return []

    def candidates(
        self, text: str, start: int, end: int, kernel: fastpath.Kernel = fastpath.PURE
    ) -> Iterator[tuple[str, int, int]]:
        """Addresses around each "@": the local part has no cheap first character to search for."""
        at = text.find("@", start, end + 64)
        while at >= 0:
            local = _EMAIL_LOCAL.search(text, max(0, at - 64), at)
            domain = _EMAIL_DOMAIN.match(text, at + 1)
            if local is not None and domain is not None:
                first = local.start()
                while first < at and not text[first].isalnum():
                    first += 1  # an address starts with a letter or digit
                before = text[first - 1] if first else " "
                if first < at and start <= first < end and not (before.isalnum() or before in _EMAIL_BEFORE):
                    yield "email", first, domain.end()
            at = text.find("@", at + 1, end + 64)

    def verify(self, pattern: str, start: int, end: int, env: Env) -> Iterable[Finding]:
        value = env.text[start:end]
        local = value.rpartition("@")[0]
        if ".." in value or local.endswith(".") or local.startswith("."):
            return []
        score = env.rules.score("EMAIL_ADDRESS", "valid")
        return [self.finding("EMAIL_ADDRESS", start, end, score, env, value.lower(), pattern)]


class PhoneRecognizer(Recognizer):
    name = "NordicPhoneRecognizer"
    entities: tuple[str, ...] = ("PHONE_NUMBER",)

    def patterns(self, ocr: bool) -> list[Pattern]:
        return [Pattern("phone_intl", "+0", _PHONE_INTL), Pattern("phone_national", "0-9", _PHONE_NATIONAL)]

    def verify(self, pattern: str, start: int, end: int, env: Env) -> Iterable[Finding]:
        raw = env.text[start:end]
        digits = _NON_DIGITS.sub("", raw)
        if pattern == "phone_intl":
            if digits.startswith("00"):
                digits = digits[2:]
            normalized = "+" + digits
            if not _plausible_international(normalized):
                return []
            key = "international"
        else:
            normalized = digits
            key = "national_plain" if raw.isdigit() else "national_grouped"
        kind = "PHONE_NUMBER" if pattern == "phone_intl" else "PHONE_NUMBER_NATIONAL"
        if filters.rejected_where("PHONE_NUMBER", start, end, env, kind) is not None:
            return []  # part of a longer number, a URL or a path: no need to read its context
        ctx = context_around(env, "PHONE_NUMBER", start, end)
        if not ctx.positive and not ctx.suppressed:
            # A table's header ("Telefon", "Kontonr") labels the cell: looked up only when it matters.
            label = layout.header(env.text, start, end, env.memo)
            if label:
                ctx = context_around(env, "PHONE_NUMBER", start, end, label=label)
        if filters.rejected_by(filters.Candidate("PHONE_NUMBER", start, end, ctx), env, kind) is not None:
            return []
        score = env.rules.score("PHONE_NUMBER", key) + (env.rules.context_boost if ctx.positive else 0.0)
        return [self.finding("PHONE_NUMBER", start, end, score, env, normalized, pattern, ctx=ctx)]


_NATIONAL_LENGTHS = {"45": (8,), "47": (8,), "46": (7, 8, 9, 10), "358": (6, 7, 8, 9, 10, 11)}


def _plausible_international(number: str) -> bool:
    """Subscriber-number length fits the country (a leading trunk 0 is dropped)."""
    for code, lengths in _NATIONAL_LENGTHS.items():
        if number.startswith("+" + code):
            rest = number[1 + len(code) :]
            if rest.startswith("0") and code in ("46", "358"):
                rest = rest[1:]
            return len(rest) in lengths
    return False
