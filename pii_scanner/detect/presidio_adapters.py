"""Our recognizers as presidio-analyzer recognizers, so any Presidio deployment can add them.

>>> engine = offline_analyzer_engine()
>>> [r.entity_type for r in engine.analyze("cpr-nr 070761-4285", language="da")]
['DK_CPR']

Each wrapper runs our own engine restricted to one recognizer and marks results as already
context-enhanced, so Presidio's (quadratic, token-based) context step leaves our scores alone.
Nothing here loads a spaCy model: :func:`offline_analyzer_engine` uses Presidio's no-op NLP engine.
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import AnalysisExplanation, AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts, NoOpNlpEngine
from presidio_analyzer.recognizer_registry import RecognizerRegistry

from pii_scanner.core.config import DetectConfig
from pii_scanner.core.model import Finding
from pii_scanner.detect.engine import Engine
from pii_scanner.detect.recognizers.base import Recognizer
from pii_scanner.detect.registry import all_recognizers

LANGUAGES: tuple[str, ...] = ("da", "sv", "nb", "fi", "en")


class PiiScannerRecognizer(EntityRecognizer):  # type: ignore[misc]
    """A Presidio EntityRecognizer backed by one of our recognizers (validation, context, scores)."""

    def __init__(self, recognizer: Recognizer, language: str = "da", config: DetectConfig | None = None):
        self._recognizer = recognizer
        base = config or DetectConfig()
        # Presidio applies its own score threshold; report everything we verified.
        self._engine = Engine(
            DetectConfig(
                entities=recognizer.entities,
                min_score=0.0,
                context_window=base.context_window,
                languages=base.languages,
                recognizers_dir=base.recognizers_dir,
            ),
            recognizers=[recognizer],
        )
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
        return [self._result(f) for f in self._engine.detect(text) if f.entity_type in wanted]

    def _result(self, finding: Finding) -> RecognizerResult:
        exp = finding.explanation
        explanation = AnalysisExplanation(
            recognizer=self._recognizer.name,
            original_score=finding.score,
            pattern_name=exp.pattern,
            validation_result=None if exp.checksum is None else exp.checksum != "invalid",  # type: ignore[arg-type]
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
    """One wrapper per (registered recognizer, language)."""
    return [PiiScannerRecognizer(r, lang, config) for lang in languages for r in all_recognizers()]


def add_to_registry(registry: RecognizerRegistry, languages: tuple[str, ...] = LANGUAGES) -> RecognizerRegistry:
    """Add our recognizers to an existing Presidio registry (e.g. ``AnalyzerEngine().registry``)."""
    for recognizer in presidio_recognizers(languages):
        registry.add_recognizer(recognizer)
    return registry


def offline_analyzer_engine(languages: tuple[str, ...] = LANGUAGES) -> AnalyzerEngine:
    """A Presidio AnalyzerEngine with only our recognizers and no NLP model (never downloads)."""
    nlp_engine = NoOpNlpEngine(models=[{"lang_code": lang, "model_name": "none"} for lang in languages])
    registry = RecognizerRegistry(supported_languages=list(languages))
    add_to_registry(registry, languages)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=list(languages))
