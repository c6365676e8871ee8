"""The one place where recognizers are registered, for our engine and for Presidio alike."""

from __future__ import annotations

from pii_scanner.detect.recognizers.base import Recognizer
from pii_scanner.detect.recognizers.contact import EmailRecognizer, PhoneRecognizer
from pii_scanner.detect.recognizers.financial import CreditCardRecognizer, IbanRecognizer
from pii_scanner.detect.recognizers.national_ids import NationalIdRecognizer

# Order matters where two patterns could start at the same place: longer, more specific first.
RECOGNIZER_CLASSES: tuple[type[Recognizer], ...] = (
    IbanRecognizer,
    EmailRecognizer,
    NationalIdRecognizer,
    CreditCardRecognizer,
    PhoneRecognizer,
)


def build_recognizers(entities: tuple[str, ...] | frozenset[str] | None = None) -> list[Recognizer]:
    """Instances of every registered recognizer that covers at least one wanted entity."""
    wanted = None if entities is None else set(entities)
    return [cls() for cls in RECOGNIZER_CLASSES if wanted is None or wanted & set(cls.entities)]


def all_entities() -> tuple[str, ...]:
    return tuple(e for cls in RECOGNIZER_CLASSES for e in cls.entities)
