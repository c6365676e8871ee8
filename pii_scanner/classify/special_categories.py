"""GDPR art. 9/10 special categories from Danish, Swedish and English lexicons (recognizers/special_categories.yaml).

A category counts when its distinct terms found weigh at least the threshold: one strong word
("sygemeldt", "fagforening", "straffeattest") suffices, one weak word ("læge", "kirke") does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pii_scanner.classify.terms import TermSet, load_yaml

CATEGORIES = (
    "health",
    "trade_union",
    "religion",
    "ethnic_origin",
    "sexual_orientation",
    "political_opinion",
    "biometric_genetic",
    "criminal_records",
)


@dataclass(frozen=True)
class SpecialCategories:
    terms: TermSet
    weights: dict[str, float]
    threshold: float

    def classify(self, text: str) -> list[str]:
        """Categories present in ``text``, in the fixed order of CATEGORIES."""
        score: dict[str, float] = {}
        for (category, strength), _term in self.terms.hits(text):
            score[category] = score.get(category, 0.0) + self.weights[strength]
        return [c for c in CATEGORIES if score.get(c, 0.0) >= self.threshold]


@cache
def load_special_categories(folder: str | None = None) -> SpecialCategories:
    data = load_yaml("special_categories.yaml", folder)
    tagged = [
        ((category, strength), term)
        for category, spec in data["categories"].items()
        for strength, by_lang in spec.items()
        for words in by_lang.values()
        for term in words or ()
    ]
    weights = {k: float(v) for k, v in data["weights"].items()}
    return SpecialCategories(TermSet.build(tagged), weights, float(data["threshold"]))
