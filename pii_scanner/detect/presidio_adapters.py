"""Our recognizers as presidio-analyzer recognizers, so any Presidio deployment can add them.

>>> engine = offline_analyzer_engine()
>>> [r.entity_type for r in engine.analyze("cpr-nr 070761-4285", language="da")]
['DK_CPR']
>>> [r.entity_type for r in engine.analyze("Henkilötunnus 270780-8172", language="fi")]
['FI_PERSONAL_IDENTITY_CODE']

How the wrappers behave inside Presidio:

- One wrapper per (our recognizer, language). The wrappers of one language share ONE run of our
  engine over the text (all recognizers together, cached per text), and each hands out the results
  of its own recognizer. So a wrapper never reports what our engine would not: no phone fragment
  inside an IBAN or card number, no second reading of one number.
- The wrapper's language is the one Presidio analyses in (``analyze(..., language="fi")`` selects
  the "fi" wrappers); it is passed to our engine, where it decides numbers valid in two countries.
- Results below our engine's threshold (``DetectConfig.min_score``, 0.5) are not returned, whatever
  Presidio's own ``score_threshold`` (0 by default).
- ``validation_result`` is True for a passed checksum and None where the checksum says nothing:
  a CPR number failing modulus 11 is still a CPR number (issued since 2007), never "invalid".
- Results are marked as already context-enhanced, so Presidio's token-based context step leaves
  our scores alone. Nothing here loads a spaCy model: :func:`offline_analyzer_engine` uses
  Presidio's no-op NLP engine.
"""

from __future__ import annotations

import threading
from typing import Any

from presidio_analyzer import AnalysisExplanation, AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts, NoOpNlpEngine
from presidio_analyzer.recognizer_registry import RecognizerRegistry

from pii_scanner.core.config import DetectConfig
from pii_scanner.core.entities import NER_ENTITIES
from pii_scanner.core.model import Finding
from pii_scanner.detect.engine import Engine
from pii_scanner.detect.recognizers.base import Recognizer
from pii_scanner.detect.registry import all_recognizers

LANGUAGES: tuple[str, ...] = ("da", "sv", "nb", "fi", "en")
#: Presidio's predefined recognizers that ours replace (Nordic formats, validated, one pass): remove
#: them from a registry before :func:`add_to_registry`, or both report the same spans.
OVERLAPPING_PRESIDIO_RECOGNIZERS: tuple[str, ...] = (
    "EmailRecognizer",
    "PhoneRecognizer",
    "IbanRecognizer",
    "CreditCardRecognizer",
)
# Languages that name a country of ours; others (en) leave the country to the text.
_COUNTRY_LANGUAGES = frozenset({"da", "sv", "nb", "fi", "is"})
# Checksums that say the identifier is valid; "invalid" means only "no check passed" for DK CPR.
_VALID = frozenset({"valid", "exempt"})


class SharedRun:
    """One run of our engine with every recognizer over a text, shared by the wrappers of a language.

    The last text's findings are kept, so the wrappers that Presidio calls one after the other on
    the same text cost one engine pass together.
    """

    def __init__(self, language: str | None, config: DetectConfig | None = None) -> None:
        base = config or DetectConfig()
        recognizers = all_recognizers()
        entities = tuple(dict.fromkeys(e for r in recognizers for e in r.entities if e not in NER_ENTITIES))
        self.engine = Engine(
            DetectConfig(
                entities=entities,
                min_score=base.min_score,
                context_window=base.context_window,
                languages=base.languages,
                recognizers_dir=base.recognizers_dir,
                ocr_tolerant=base.ocr_tolerant,
            ),
            recognizers=recognizers,
        )
        self.lang = language if language in _COUNTRY_LANGUAGES else None
        self._lock = threading.Lock()
        self._last: tuple[str, list[Finding]] | None = None

    def findings(self, text: str) -> list[Finding]:
        with self._lock:
            if self._last is not None and self._last[0] == text:
                return self._last[1]
            found = self.engine.detect(text, lang=self.lang)
            self._last = (text, found)
            return found


class PiiScannerRecognizer(EntityRecognizer):
    """A Presidio EntityRecognizer backed by one of our recognizers (validation, context, scores)."""

    def __init__(
        self,
        recognizer: Recognizer,
        language: str = "da",
        config: DetectConfig | None = None,
        *,
        run: SharedRun | None = None,
    ):
        self._recognizer = recognizer
        self._run = run or SharedRun(language, config)
        super().__init__(
            supported_entities=list(recognizer.entities),
            name=recognizer.name,
            supported_language=language,
        )

    def load(self) -> None:
        """Nothing to load: patterns are compiled in __init__."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        wanted = set(entities) if entities else set(self.supported_entities)
        wanted &= set(self.supported_entities)
        return [
            self._result(f)
            for f in self._run.findings(text)
            if f.entity_type in wanted and f.explanation.recognizer == self._recognizer.name
        ]

    def _result(self, finding: Finding) -> RecognizerResult:
        exp = finding.explanation
        explanation = AnalysisExplanation(
            recognizer=self._recognizer.name,
            original_score=finding.score,
            pattern_name=exp.pattern,
            # Presidio annotates ``validation_result: bool = None``; None is its own "not validated".
            validation_result=validation_result(exp.checksum),  # type: ignore[arg-type]
            textual_explanation=_describe(finding),
        )
        metadata: dict[str, Any] = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self._recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
        }
        return RecognizerResult(
            finding.entity_type,
            finding.start,
            finding.end,
            finding.score,
            analysis_explanation=explanation,
            recognition_metadata=metadata,
        )


def validation_result(checksum: str | None) -> bool | None:
    """Presidio's ``validation_result``: True when a checksum passed, None when it says nothing.

    Never False: a number that fails its check is not reported at all, except a CPR number without
    modulus 11, which is a real CPR number (issued so since 2007) and must not read as "invalid".
    """
    return True if checksum in _VALID else None


def _describe(finding: Finding) -> str:
    exp = finding.explanation
    parts = [f"pattern {exp.pattern}"]
    if exp.checksum:
        parts.append(f"checksum {exp.checksum}")
    if exp.context:
        parts.append("context " + ", ".join(exp.context))
    if finding.subtype:
        parts.append(f"subtype {finding.subtype}")
    return "; ".join(parts)


def presidio_recognizers(
    languages: tuple[str, ...] = LANGUAGES, config: DetectConfig | None = None
) -> list[EntityRecognizer]:
    """One wrapper per (registered recognizer, language); the wrappers of a language share one run."""
    out: list[EntityRecognizer] = []
    for lang in languages:
        run = SharedRun(lang, config)
        out.extend(PiiScannerRecognizer(r, lang, config, run=run) for r in all_recognizers())
    return out


def add_to_registry(
    registry: RecognizerRegistry, languages: tuple[str, ...] = LANGUAGES, config: DetectConfig | None = None
) -> RecognizerRegistry:
    """Add our recognizers to an existing Presidio registry (e.g. ``AnalyzerEngine().registry``)."""
    for recognizer in presidio_recognizers(languages, config):
        registry.add_recognizer(recognizer)
    return registry


def offline_analyzer_engine(languages: tuple[str, ...] = LANGUAGES) -> AnalyzerEngine:
    """A Presidio AnalyzerEngine with only our recognizers and no NLP model (never downloads)."""
    nlp_engine = NoOpNlpEngine(models=[{"lang_code": lang, "model_name": "none"} for lang in languages])
    registry = RecognizerRegistry(supported_languages=list(languages))
    add_to_registry(registry, languages)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=list(languages))
