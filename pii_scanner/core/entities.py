"""The entity catalogue: every entity the scanner knows and its attributes, in one place.

Every other list of entity names (the default entity set, national identifiers, personal data,
financial data, mask rules, the category order of the pandas frames...) is derived from
:data:`CATALOGUE`. Adding a national identifier means one entry here (see CONTRIBUTING.md).

>>> entity("DK_CPR").country, entity("DK_CPR").national_id
('DK', True)
>>> "FI_PERSONAL_IDENTITY_CODE" in NATIONAL_IDS
True
>>> DEFAULT_ENTITIES[:2]
('DK_CPR', 'SE_PERSONNUMMER')
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pii_scanner.core.errors import ConfigError


class MaskRule(StrEnum):
    """How a value is shown when it must not be shown whole (see ``core.privacy.mask_value``)."""

    DATE_PREFIX = "date_prefix"  # national IDs: the date part stays, the serial becomes X
    EMAIL = "email"  # first letter of the local part and the domain
    INITIALS = "initials"  # names and places: initials only
    IBAN = "iban"  # country code and the last four characters
    LAST_FOUR = "last_four"  # card numbers: the last four digits
    LAST_TWO = "last_two"  # phone numbers: the last two digits
    HIDDEN = "hidden"  # nothing but separators


@dataclass(frozen=True, slots=True)
class EntitySpec:
    """One entity and what the rest of the scanner needs to know about it.

    ``identifier`` names the pure identifier module in ``pii_scanner.detect.identifiers`` (None when
    the entity has no checksum scheme, e.g. names). ``candidate`` is the regex body that finds it in
    text for identifiers that do not share a shape with another (the Nordic ten-digit numbers are
    read together by the national-ID recognizer); ``lead`` the characters a candidate can start with.
    ``date_digits`` is how many leading digits of the normalised value are the (not secret) date part.
    """

    name: str
    description: str
    national_id: bool = False
    country: str | None = None  # ISO 3166 alpha-2 of the issuing country
    languages: tuple[str, ...] = ()  # languages whose context words matter most
    personal: bool = True  # its presence means the item holds personal data
    financial: bool = False
    mask: MaskRule = MaskRule.HIDDEN
    date_digits: int = 6
    normalized_length: int | None = None  # when fixed: a value of another length is masked whole
    presidio_name: str = ""  # the name Presidio uses for the same thing ("" = same as ``name``)
    default_on: bool = True
    identifier: str | None = None
    candidate: str | None = None
    lead: str = "0-9"
    base_score: float = 0.5  # used when recognizers/scores.yaml has no score for a reading

    @property
    def presidio(self) -> str:
        return self.presidio_name or self.name


CATALOGUE: tuple[EntitySpec, ...] = (
    EntitySpec(
        "DK_CPR",
        "Danish CPR number",
        national_id=True,
        country="DK",
        languages=("da",),
        mask=MaskRule.DATE_PREFIX,
        normalized_length=10,
        identifier="dk_cpr",
        base_score=0.7,
    ),
    EntitySpec(
        "SE_PERSONNUMMER",
        "Swedish personnummer or samordningsnummer",
        national_id=True,
        country="SE",
        languages=("sv",),
        mask=MaskRule.DATE_PREFIX,
        date_digits=8,
        normalized_length=12,
        identifier="se_personnummer",
        base_score=0.7,
    ),
    EntitySpec(
        "NO_FODSELSNUMMER",
        "Norwegian fødselsnummer, D- or H-number",
        national_id=True,
        country="NO",
        languages=("nb",),
        mask=MaskRule.DATE_PREFIX,
        identifier="no_fodselsnummer",
        base_score=0.8,
    ),
    EntitySpec(
        "FI_PERSONAL_IDENTITY_CODE",
        "Finnish henkilötunnus (HETU)",
        national_id=True,
        country="FI",
        languages=("fi",),
        mask=MaskRule.DATE_PREFIX,
        presidio_name="FI_PERSONAL_IDENTITY_CODE",
        identifier="fi_hetu",
        base_score=0.9,
    ),
    EntitySpec(
        "IS_KENNITALA",
        "Icelandic kennitala",
        national_id=True,
        country="IS",
        languages=("is",),
        mask=MaskRule.DATE_PREFIX,
        identifier="is_kennitala",
        base_score=0.55,
    ),
    EntitySpec("EMAIL_ADDRESS", "e-mail address", mask=MaskRule.EMAIL, base_score=0.9),
    EntitySpec("PHONE_NUMBER", "telephone number", mask=MaskRule.LAST_TWO, base_score=0.3),
    EntitySpec("IBAN_CODE", "international bank account number", financial=True, mask=MaskRule.IBAN, identifier="iban"),
    EntitySpec(
        "CREDIT_CARD",
        "payment card number",
        financial=True,
        mask=MaskRule.LAST_FOUR,
        identifier="credit_card",
        base_score=0.85,
    ),
    EntitySpec("PERSON", "a person's name", mask=MaskRule.INITIALS),
    # A place alone does not make an item hold personal data.
    EntitySpec("LOCATION", "a place or address", personal=False, mask=MaskRule.INITIALS),
)

_BY_NAME: dict[str, EntitySpec] = {spec.name: spec for spec in CATALOGUE}

ALL_ENTITIES: tuple[str, ...] = tuple(spec.name for spec in CATALOGUE)
DEFAULT_ENTITIES: tuple[str, ...] = tuple(spec.name for spec in CATALOGUE if spec.default_on)
NATIONAL_IDS: frozenset[str] = frozenset(spec.name for spec in CATALOGUE if spec.national_id)
PERSONAL_ENTITIES: frozenset[str] = frozenset(spec.name for spec in CATALOGUE if spec.personal)
FINANCIAL_ENTITIES: frozenset[str] = frozenset(spec.name for spec in CATALOGUE if spec.financial)
NER_ENTITIES: frozenset[str] = frozenset({"PERSON", "LOCATION"})
# National-ID entity -> the language its country writes in (to break ties between readings).
COUNTRY_LANGUAGE: dict[str, str] = {
    spec.name: spec.languages[0] for spec in CATALOGUE if spec.national_id and spec.languages
}


def national_ids_in_order() -> tuple[str, ...]:
    """The national identifiers in catalogue order (stable column and chart order)."""
    return tuple(spec.name for spec in CATALOGUE if spec.national_id)


def entity(name: str) -> EntitySpec:
    """The catalogue entry for ``name``; an unknown name is a ConfigError naming the known ones."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ConfigError(f"unknown entity {name!r}; known: {', '.join(ALL_ENTITIES)}") from None


def is_known(name: str) -> bool:
    return name in _BY_NAME
