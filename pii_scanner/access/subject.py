"""The data subject of a search: plaintext criteria (memory only) -> fingerprints (``SubjectKey``).

Every written form of an identifier collapses to the normalised value of the identifier modules
(``070761-4285``, ``0707614285`` and ``070761 4285`` -> ``0707614285``), then to the keyed
fingerprint the index stores. Names become fingerprints of folded tokens (store.tokens). A
``SubjectKey`` holds fingerprints only, so it can be stored with a request case and audited.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from pii_scanner.core.errors import ConfigError
from pii_scanner.core.privacy import Fingerprinter, mask_email, mask_name, mask_value
from pii_scanner.detect.identifiers import dk_cpr, se_personnummer
from pii_scanner.store.tokens import fold_name, legacy_tokens, name_tokens

_NON_DIGITS = re.compile(r"\D")
# The forms a number is written in and pasted from a letter: dots, any dash, blanks, a slash between the
# parts (07.07.61-4285, 070761–4285). Only the separators go; the digits must still make one number.
_ID_SEPARATORS = re.compile(r"[\s.\u00ad\u2010-\u2015\u2212/_-]+")
# One address, bare or as mail writes it: "Name <address>", "address (Name)", mailto:address.
_ANGLED = re.compile(r"(?s)[^<>]*<\s*([^<>\s]+)\s*>")
_COMMENTED = re.compile(r"(?s)([^<>()\s]+)\s*\([^<>()]*\)")
_COUNTRY_CODES = ("45", "46", "47", "358")


class SubjectError(ConfigError):
    """A search criterion is malformed (the message never repeats the value)."""


def _cpr_value(raw: str) -> str:
    digits = _ID_SEPARATORS.sub("", raw)
    return dk_cpr.validate(digits if digits.isascii() and digits.isdigit() else raw)


def _personnummer_value(raw: str) -> str:
    if "+" in raw:  # the century mark: kept where it stands, the other separators go
        return se_personnummer.validate(_ID_SEPARATORS.sub("", raw))
    digits = _ID_SEPARATORS.sub("", raw)
    return se_personnummer.validate(digits if digits.isascii() and digits.isdigit() else raw)


def email_value(raw: str) -> str:
    """The one address a criterion names, folded; a display name or ``mailto:`` around it is dropped.

    A criterion that is not exactly one address raises: matched whole, ``Søren <s@x.dk>`` would find
    nothing and the answer would read "nothing held" (and an erasure check "clean")."""
    text = raw.strip()
    if text[:7].casefold() == "mailto:":
        text = unquote(text[7:].split("?", 1)[0]).strip()
    if m := _ANGLED.fullmatch(text) or _COMMENTED.fullmatch(text):
        text = m.group(1)
    value = text.strip().casefold()
    local, _, domain = value.partition("@")
    if (
        not local
        or not domain
        or "@" in domain
        or any(c.isspace() or c in ',;<>()"' for c in value)
        or domain.startswith(".")
        or domain.endswith(".")
    ):
        raise SubjectError("--email is not one e-mail address")
    return value


# Bounds on what a search takes: a person's name, number or address is never longer, and an
# unbounded criterion makes the search itself the denial of service.
MAX_CRITERION_CHARS = 200
MAX_NAME_TOKENS = 12
MAX_VALUES_PER_FIELD = 20


def _check_sizes(field_values: dict[str, Sequence[str]]) -> None:
    for option, values in field_values.items():
        if len(values) > MAX_VALUES_PER_FIELD:
            raise SubjectError(f"--{option} given {len(values)} times; at most {MAX_VALUES_PER_FIELD} per search")
        for value in values:
            if len(value) > MAX_CRITERION_CHARS:
                raise SubjectError(f"--{option} is {len(value)} characters long; at most {MAX_CRITERION_CHARS}")


def name_fp(fp: Fingerprinter, token: str) -> str:
    """Fingerprint of one name token, as the store writes it in ``finding_tokens``."""
    return fp("name:" + token)


def phone_variants(raw: str) -> list[str]:
    """Normalised forms the detector may have stored for one phone number (national and +CC).

    >>> phone_variants("+45 12 34 56 78")
    ['+4512345678', '12345678']
    >>> phone_variants("070-123 45 67")
    ['+358701234567', '+460701234567', '+46701234567', '0701234567']
    """
    text = raw.strip()
    digits = _NON_DIGITS.sub("", text)
    if len(digits) < 5:
        raise SubjectError("--phone needs at least 5 digits")
    out: set[str] = set()
    if text.startswith("+") or digits.startswith("00"):
        digits = digits[2:] if digits.startswith("00") else digits
        out.add("+" + digits)
        for code in _COUNTRY_CODES:
            if digits.startswith(code):
                rest = digits[len(code) :]
                out.add(rest)
                if code in ("46", "358"):
                    out.update(
                        {"0" + rest.lstrip("0"), "+" + code + "0" + rest.lstrip("0"), "+" + code + rest.lstrip("0")}
                    )
    else:
        out.add(digits)
        if len(digits) == 8:
            out.update({"+45" + digits, "+47" + digits})
        if digits.startswith("0"):
            out.update({"+46" + digits[1:], "+358" + digits[1:], "+46" + digits})
    return sorted(out)


def phone_canonical(raw: str) -> str:
    """The national form of a phone number (what two spellings of one number share).

    >>> phone_canonical("+46 (0)70-123 45 67") == phone_canonical("070-123 45 67")
    True
    """
    text, digits = raw.strip(), _NON_DIGITS.sub("", raw)
    if not (text.startswith("+") or digits.startswith("00")):
        return digits
    digits = digits[2:] if digits.startswith("00") else digits
    for code in _COUNTRY_CODES:
        if digits.startswith(code):
            rest = digits[len(code) :]
            return "0" + rest.lstrip("0") if code in ("46", "358") else rest
    return "+" + digits


def _reorder(name: str) -> str:
    """'Hansen, Jens' -> 'Jens Hansen' (surname-first lists)."""
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        if last and first:
            return f"{first} {last}"
    return name


@dataclass(frozen=True, slots=True)
class IdentKey:
    kind: str  # cpr, personnummer, email, phone
    fps: tuple[str, ...]  # fingerprints of every normalised variant
    masked: str


@dataclass(frozen=True, slots=True)
class NameKey:
    """One searched name: per token (in order) the fingerprints that count as that token."""

    tokens: tuple[tuple[str, ...], ...]
    initial: str  # fingerprint of the first name's initial ("" for a one-token name)
    masked: str
    given_initial: bool = False  # searched as "S. Østergaard": tokens hold the full words only

    @property
    def all_fps(self) -> set[str]:
        return {f for variants in self.tokens for f in variants}


@dataclass(frozen=True, slots=True)
class SubjectKey:
    """Fingerprints only: safe to store with a case and to log by ``fingerprint``."""

    fingerprint: str
    idents: tuple[IdentKey, ...] = ()
    names: tuple[NameKey, ...] = ()

    @property
    def ident_fps(self) -> dict[str, str]:
        """fingerprint -> kind of criterion."""
        return {f: k.kind for k in self.idents for f in k.fps}

    @property
    def email_fps(self) -> set[str]:
        return {f for k in self.idents if k.kind == "email" for f in k.fps}

    @property
    def criteria(self) -> list[str]:
        return sorted({k.kind for k in self.idents} | ({"name"} if self.names else set()))

    def describe(self) -> list[str]:
        """Masked criteria for reports, e.g. ``cpr 070761-XXXX``."""
        return [f"{k.kind} {k.masked}" for k in self.idents] + [f"name {n.masked}" for n in self.names]

    def to_json(self) -> dict[str, Any]:
        return {
            "fingerprint": self.fingerprint,
            "idents": [{"kind": k.kind, "fps": list(k.fps), "masked": k.masked} for k in self.idents],
            "names": [
                {
                    "tokens": [list(t) for t in n.tokens],
                    "initial": n.initial,
                    "masked": n.masked,
                    "given_initial": n.given_initial,
                }
                for n in self.names
            ],
        }

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> SubjectKey:
        return cls(
            str(doc["fingerprint"]),
            tuple(IdentKey(str(k["kind"]), tuple(k["fps"]), str(k["masked"])) for k in doc["idents"]),
            tuple(
                NameKey(
                    tuple(tuple(t) for t in n["tokens"]),
                    str(n["initial"]),
                    str(n["masked"]),
                    bool(n.get("given_initial")),
                )
                for n in doc["names"]
            ),
        )


@dataclass(frozen=True)
class Subject:
    """What the user typed (plaintext; never stored, logged or printed)."""

    cpr: Sequence[str] = ()
    personnummer: Sequence[str] = ()
    names: Sequence[str] = ()
    email: Sequence[str] = ()
    phone: Sequence[str] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        *,
        cpr: Iterable[str] | str | None = None,
        personnummer: Iterable[str] | str | None = None,
        name: Iterable[str] | str | None = None,
        email: Iterable[str] | str | None = None,
        phone: Iterable[str] | str | None = None,
    ) -> Subject:
        def many(v: Iterable[str] | str | None) -> tuple[str, ...]:
            if v is None:
                return ()
            return (v,) if isinstance(v, str) else tuple(x for x in v if x)

        return cls(many(cpr), many(personnummer), many(name), many(email), many(phone))

    def is_empty(self) -> bool:
        return not (self.cpr or self.personnummer or self.names or self.email or self.phone)

    def __repr__(self) -> str:
        # Plaintext criteria: a repr shows how many of each were given, never what.
        counts = ", ".join(
            f"{label}=<{len(values)}>"
            for label, values in (
                ("cpr", self.cpr),
                ("personnummer", self.personnummer),
                ("names", self.names),
                ("email", self.email),
                ("phone", self.phone),
            )
        )
        return f"Subject({counts})"

    def key(self, fp: Fingerprinter) -> SubjectKey:
        """Validate and fingerprint every criterion (raises SubjectError, never echoing a value)."""
        if self.is_empty():
            raise SubjectError("give at least one of --cpr, --personnummer, --name, --email, --phone")
        _check_sizes(
            {"cpr": self.cpr, "personnummer": self.personnummer, "name": self.names, "email": self.email}
            | {"phone": self.phone}
        )
        idents: list[IdentKey] = []
        for raw in self.cpr:
            try:
                value = _cpr_value(raw)
            except ValueError as exc:
                raise SubjectError(f"--cpr is not a valid CPR number ({exc})") from None
            idents.append(IdentKey("cpr", (fp(value),), mask_value("DK_CPR", raw, value)))
        for raw in self.personnummer:
            try:
                value = _personnummer_value(raw)
            except ValueError as exc:
                raise SubjectError(f"--personnummer is not a valid personnummer ({exc})") from None
            idents.append(IdentKey("personnummer", (fp(value),), mask_value("SE_PERSONNUMMER", raw, value)))
        for raw in self.email:
            value = email_value(raw)
            idents.append(IdentKey("email", (fp(value),), mask_email(value)))
        for raw in self.phone:
            variants = phone_variants(raw)
            idents.append(IdentKey("phone", tuple(fp(v) for v in variants), mask_value("PHONE_NUMBER", raw, raw)))
        names = [self._name_key(fp, raw) for raw in self.names]
        return SubjectKey(self._fingerprint(fp), tuple(idents), tuple(names))

    def _fingerprint(self, fp: Fingerprinter) -> str:
        """One fingerprint per subject, the same for every spelling of the same criteria."""
        parts = {"cpr:" + _cpr_value(v) for v in self.cpr}
        parts |= {"pnr:" + _personnummer_value(v) for v in self.personnummer}
        parts |= {"email:" + email_value(v) for v in self.email}
        parts |= {"phone:" + phone_canonical(v) for v in self.phone}
        parts |= {"name:" + " ".join(sorted(name_tokens(_reorder(v)))) for v in self.names}
        return fp("subject:" + "|".join(sorted(parts)))

    @staticmethod
    def _name_key(fp: Fingerprinter, raw: str) -> NameKey:
        ordered = _reorder(raw)
        every = name_tokens(ordered)
        tokens = [t for t in every if len(t) > 1]
        if not tokens:
            raise SubjectError("--name needs at least one name of two letters or more")
        if len(every) > MAX_NAME_TOKENS:
            raise SubjectError(f"--name has {len(every)} parts; at most {MAX_NAME_TOKENS}")
        legacy = {fold_name(t): t for t in legacy_tokens(ordered)}  # once per name: linear, not per token
        if len(every[0]) == 1:  # "S. Østergaard": the initial is what is known of the first name
            return NameKey(
                tuple(_variants(fp, t, legacy) for t in tokens),
                name_fp(fp, every[0]),
                mask_name(ordered),
                given_initial=True,
            )
        initial = name_fp(fp, tokens[0][0]) if len(tokens) > 1 else ""
        return NameKey(tuple(_variants(fp, t, legacy) for t in tokens), initial, mask_name(ordered))


def _variants(fp: Fingerprinter, token: str, legacy: dict[str, str]) -> tuple[str, ...]:
    """The token's fingerprint, its genitive ("Kjærgaards", "Lindqvists") and its unfolded form's
    as the first index version stored it (``legacy``: folded -> unfolded token of the name)."""
    forms = {name_fp(fp, token)}
    if len(token) > 2 and not token.endswith(("s", "x", "z")):
        forms.add(name_fp(fp, token + "s"))  # Danish/Swedish genitive: the name plus -s
    if token in legacy:
        forms.add(name_fp(fp, legacy[token]))
    return tuple(sorted(forms))
