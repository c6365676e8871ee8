"""The one place where recognizers are registered, for our engine and for Presidio alike."""

from __future__ import annotations

from pii_scanner.core.entities import CATALOGUE
from pii_scanner.detect.recognizers.base import Recognizer
from pii_scanner.detect.recognizers.catalogue_ids import CatalogueIdRecognizer
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


def all_recognizers() -> list[Recognizer]:
    """One instance of every recognizer: the hand-written ones, then one per catalogue identifier
    that has a candidate pattern of its own and is not already covered."""
    recognizers: list[Recognizer] = [cls() for cls in RECOGNIZER_CLASSES]
    covered = {e for r in recognizers for e in r.entities}
    for spec in CATALOGUE:
        if spec.candidate is not None and spec.name not in covered:
            recognizers.append(CatalogueIdRecognizer(spec))
    return recognizers


def build_recognizers(entities: tuple[str, ...] | frozenset[str] | None = None) -> list[Recognizer]:
    """Instances of every registered recognizer that covers at least one wanted entity."""
    wanted = None if entities is None else set(entities)
    return [r for r in all_recognizers() if wanted is None or wanted & set(r.entities)]
