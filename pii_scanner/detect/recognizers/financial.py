"""IBAN (ISO 13616, mod 97) and payment card numbers (Luhn + issuer ranges)."""

from __future__ import annotations

from collections.abc import Iterable

from pii_scanner.core.errors import InvalidIdentifier
from pii_scanner.core.model import Finding
from pii_scanner.detect import filters
from pii_scanner.detect.identifiers import credit_card, iban
from pii_scanner.detect.identifiers._common import IdentifierInfo, luhn_checksum_ok
from pii_scanner.detect.recognizers.base import AFTER, BEFORE, Env, Pattern, Recognizer, context_around

# Bodies after the lead character (Pattern.lead).
# Groups of four as printed (the last group may be typed in lower case: "... 1000 h79").
_IBAN = r"(?<![\w].)[A-Z]\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Za-z0-9]{1,4})?(?![\w])(?![.-][A-Za-z0-9])"
# As people also type them, tried only where the printed form does not match (it may run on into a
# following number): the country code apart ("NO 02 15037577003"), dots ("NO07.8380.08.06006"),
# other groupings ("MK072 5012 0000 0589 84").
# A country code before a national identifier in its own form ("DK 290774-0172", "NO 11112071352", "FI
# 200303A7753" in a list whose column gaps a PDF lost) is no IBAN: the loose form does not take it (it
# would hide the identifier). An IBAN has more digits than a fødselsnummer after its country code. Nor is
# a label before a CPR or short personnummer ("ID 1401992746", "ID 140199 2746"): the shortest IBAN (Norway's)
# has 13 digits after its two letters. So with a fødselsnummer written with its space ("ID 630874 01261").
_NATIONAL_ID_AHEAD = r"(?!(?:\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]|\d{11}|(?:19|20)\d{6}-?\d{4}|\d{10}|\d{6} \d{4,5})(?![\w-]))"
_IBAN_LOOSE = rf"(?<![\w].)[A-Z] ?{_NATIONAL_ID_AHEAD}\d{{2}}(?:[ .-]?[A-Za-z0-9]{{1,5}}){{2,9}}(?![\w])"
_CARD = BEFORE + r"(?:\d{3}(?:[ -]?\d{4}){2}[ -]?\d{1,7}|\d{3}[ -]?\d{6}[ -]?\d{4,5}|\d{3}[ -]?\d{5}[ -]?\d{6})" + AFTER


class IbanRecognizer(Recognizer):
    name = "IbanRecognizer"
    entities: tuple[str, ...] = ("IBAN_CODE",)

    def patterns(self, ocr: bool) -> list[Pattern]:
        return [Pattern("iban", "A-Z", _IBAN), Pattern("iban_loose", "A-Z", _IBAN_LOOSE)]

    def verify(self, pattern: str, start: int, end: int, env: Env) -> Iterable[Finding]:
        # The greedy pattern may take a following group; shorten group by group until valid.
        raw = env.text[start:end]
        cut = len(raw)
        while cut >= 15:
            candidate = raw[:cut].rstrip()
            info = _iban_info(candidate)
            if info is None:
                space = max(candidate.rfind(" "), candidate.rfind("-"), candidate.rfind("."))
                if space < 0:
                    return []
                cut = space
                continue
            ctx = context_around(env, "IBAN_CODE", start, start + len(candidate))
            score = env.rules.score("IBAN_CODE", "valid")
            return [
                self.finding(
                    "IBAN_CODE",
                    start,
                    start + len(candidate),
                    score,
                    env,
                    info.normalized,
                    pattern,
                    checksum="valid",
                    ctx=ctx,
                )
            ]
        return []


def _iban_info(candidate: str) -> IdentifierInfo | None:
    """``iban.info(candidate)``, or None where it raises. A length that does not fit the country is
    said without raising: most greedy matches are shortened a group or two before one parses."""
    value = iban.compact(candidate)
    if iban.LENGTHS.get(value[:2]) != len(value):
        return None  # the parser refuses it for its country or its length
    try:
        return iban.info(candidate)
    except InvalidIdentifier:
        return None


class CreditCardRecognizer(Recognizer):
    name = "CreditCardRecognizer"
    entities: tuple[str, ...] = ("CREDIT_CARD",)

    def patterns(self, ocr: bool) -> list[Pattern]:
        # Issuer numbers of every supported brand start with 1-6 (UATP 1, Mastercard 2/5,
        # Amex/JCB/Diners 3, Visa/Dankort 4, Maestro 5/6, Discover/UnionPay 6).
        return [Pattern("card", "1-6", _CARD)]

    def verify(self, pattern: str, start: int, end: int, env: Env) -> Iterable[Finding]:
        raw = env.text[start:end]
        if not luhn_checksum_ok(credit_card.compact(raw)):
            return []  # most card-shaped numbers are other numbers: the parser would raise to say so
        try:
            info = credit_card.info(raw)
        except InvalidIdentifier:
            return []
        if filters.rejected_where("CREDIT_CARD", start, end, env) is not None:
            return []  # in a URL, a path or a payment code line: no need to read its context
        ctx = context_around(env, "CREDIT_CARD", start, end)
        if filters.rejected_by(filters.Candidate("CREDIT_CARD", start, end, ctx), env) is not None:
            return []
        # UATP numbers (leading 1) share their shape with many references: a lower base score.
        base = env.rules.score("CREDIT_CARD", "uatp" if info.subtype == "uatp" else "valid")
        score = base + (env.rules.context_boost if ctx.positive else 0.0)
        return [
            self.finding(
                "CREDIT_CARD",
                start,
                end,
                score,
                env,
                info.normalized,
                pattern,
                checksum="valid",
                subtype=info.subtype,
                ctx=ctx,
            )
        ]
