"""Content classifier hooks (ARCHITECTURE.md): ``build_hooks(config)``, run by the pipeline per item.

Order matters: languages, special categories and document type first; risk last, since it reads
them. The text is scanned ONCE for the terms of every lexicon (special categories and document
types together); each classifier takes its share of the hits. Hooks see the item's text but keep
only labels and offsets: no text is stored on the result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

from pii_scanner.classify.category_model import load_category_model, rescore
from pii_scanner.classify.doc_types import DOC_TAG, doc_type_tagged, load_doc_types
from pii_scanner.classify.events import load_event_markers
from pii_scanner.classify.excerpt import masked_excerpt
from pii_scanner.classify.readable import readable
from pii_scanner.classify.risk import load_risk_rules
from pii_scanner.classify.special_categories import (
    CATEGORIES,
    IDENTIFYING,
    WORD_PROBES,
    category_tagged,
    load_special_categories,
)
from pii_scanner.classify.term_kernel import select as select_term_kernel
from pii_scanner.classify.terms import ItemText, TermSet
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.finding_log import has_entity
from pii_scanner.core.model import FLAG_SPECIAL_CATEGORY, Extracted, ItemResult

Hook = Callable[[ItemResult, Extracted], None]
_DOC_TAGS = frozenset({DOC_TAG})
# Findings that make an item about somebody, for the document types that describe a person.
PERSONAL_FINDINGS = IDENTIFYING | {"PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD"}


@cache
def combined_terms(folder: str | None = None) -> TermSet:
    """One term set over all content lexicons, so that an item's text is scanned once."""
    return TermSet.build(category_tagged(folder) + doc_type_tagged(folder))


def build_hooks(config: ScanConfig) -> list[Hook]:
    folder = config.detect.recognizers_dir
    special = load_special_categories(folder)
    doc_types = load_doc_types(folder)
    risk = load_risk_rules(folder)
    terms = combined_terms(folder)
    excerpts = config.output.context_chars > 0  # no masked contexts wanted: no excerpts either
    kernel = select_term_kernel(config.detect.fast_path)  # the compiled word pass, or None (pure Python)
    tails = tuple(special.compound_tail_tags)  # compound tails: checked during the term scan's word pass
    model = load_category_model() if config.detect.category_model else None

    def languages(result: ItemResult, extracted: Extracted) -> None:
        if result.languages or not extracted.parts:
            return
        from pii_scanner.detect.ner.langid import item_languages

        result.languages = item_languages(extracted.parts)

    def categories(result: ItemResult, extracted: Extracted) -> None:
        if not extracted.parts:
            return
        text = readable(extracted.text())  # same length: offsets of findings hold
        prepared = ItemText(text, kernel, tails, WORD_PROBES)  # lower-cased and split once for every lexicon
        hits = terms.scan(prepared, once=_DOC_TAGS)  # document types count distinct terms
        evidence = special.evidence(text, result.findings, hits, prepared=prepared)
        if model is not None and evidence:  # the learned filter: its probability becomes the confidence
            evidence = [replace(e, confidence=p) for e, p in rescore(text, evidence, result.findings, model)]
        result.categories = sorted({e.category for e in evidence}, key=CATEGORIES.index)
        result.category_evidence = [e.as_dict() for e in evidence]
        if excerpts:  # a masked excerpt of the sentence, like the masked contexts of findings
            for e, out in zip(evidence, result.category_evidence, strict=True):
                s0, s1 = e.sentence
                focus = [(h.start, h.end) for h in hits if s0 <= h.start < s1 and h.term in e.terms]
                anchor = [(*e.anchor_span, e.anchor_masked)] if e.anchor_span and e.anchor_masked else []
                out["excerpt"] = masked_excerpt(text, e.sentence, result.findings, focus, masked_spans=anchor)
        if result.categories:
            result.add_flag(FLAG_SPECIAL_CATEGORY)
        identified = bool(evidence) or has_entity(result.findings, PERSONAL_FINDINGS)
        result.doc_type = doc_types.classify(text, result.item.name, hits, identified=identified)

    def assess(result: ItemResult, extracted: Extracted) -> None:
        result.risk, result.risk_reasons = risk.assess(result)

    markers = load_event_markers(folder)

    def events(result: ItemResult, extracted: Extracted) -> None:
        # Retention events the document states ("sagen er afsluttet"): ints in metadata, kept by the index.
        if extracted.parts:
            result.metadata.update(markers.scan(extracted.text()))

    return [languages, categories, assess, events]
