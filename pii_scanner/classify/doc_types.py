"""Document types that drive retention (recognizers/doc_types.yaml): weighted terms and file names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from pii_scanner.classify.terms import Hit, TermSet, load_yaml

DOC_TYPES = (
    "job_application",
    "cv",
    "payslip",
    "tax_assessment",
    "medical_certificate",
    "criminal_record_certificate",
    "employment_contract",
    "invoice",
    "aml_kyc",
)
_FILENAME_WEIGHT = 3.0
DOC_TAG = "doc"


@dataclass(frozen=True)
class DocTypes:
    terms: TermSet
    filenames: TermSet
    thresholds: dict[str, float]
    about_a_person: frozenset[str]  # types given only to items that identify somebody

    def classify(
        self, text: str, name: str = "", hits: Sequence[Hit] | None = None, *, identified: bool | None = None
    ) -> str | None:
        """The best-scoring type at or above its threshold, or None.

        ``hits``: this lexicon's hits when the caller scanned the text already (one pass per item).
        ``identified``: whether the item identifies somebody; False rules out the ``about_a_person``
        types (None: not known, no rule).
        """
        if hits is None:
            hits = self.terms.scan(text)
        score: dict[str, float] = {}
        for (_, doc_type, weight), _term in {(h.tag, h.term) for h in hits if h.tag[0] == DOC_TAG}:
            score[doc_type] = score.get(doc_type, 0.0) + float(weight)
        stem = name.rsplit(".", 1)[0].replace("_", " ").replace("-", " ") if name else ""
        for (_, doc_type, _), _term in self.filenames.hits(stem):
            score[doc_type] = score.get(doc_type, 0.0) + _FILENAME_WEIGHT
        ranked = sorted(
            (
                (s, -DOC_TYPES.index(t) if t in DOC_TYPES else -99, t)
                for t, s in score.items()
                if s >= self.thresholds.get(t, float("inf"))
                and (identified is not False or t not in self.about_a_person)
            ),
            reverse=True,
        )
        return ranked[0][2] if ranked else None


@cache
def load_doc_types(folder: str | None = None) -> DocTypes:
    data = load_yaml("doc_types.yaml", folder)["types"]
    names = [((DOC_TAG, str(t), ""), term) for t, spec in data.items() for term in spec.get("filename") or ()]
    thresholds = {t: float(spec["threshold"]) for t, spec in data.items()}
    personal = frozenset(t for t, spec in data.items() if spec.get("about_a_person"))
    return DocTypes(TermSet.build(doc_type_tagged(folder)), TermSet.build(names), thresholds, personal)


def doc_type_tagged(folder: str | None = None) -> list[tuple[tuple[str, ...], str]]:
    """The document-type terms with their tags, for a combined one-pass scan with other lexicons."""
    data = load_yaml("doc_types.yaml", folder)["types"]
    return [
        ((DOC_TAG, str(t), str(w)), str(term))
        for t, spec in data.items()
        for w, words in spec["terms"].items()
        for term in words or ()
    ]
