"""Our recognizers inside a stock Presidio AnalyzerEngine, with no model download."""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NoOpNlpEngine
from presidio_analyzer.recognizer_registry import RecognizerRegistry

from pii_scanner.detect.presidio_adapters import add_to_registry, offline_analyzer_engine, presidio_recognizers

TEXT = "Kære Jens. CPR-nr.: 070761-4285, personnummer 811218-9876, ordre 0707614285, mail jens@firma.dk"


def test_registered_for_every_nordic_language() -> None:
    langs = {r.supported_language for r in presidio_recognizers()}
    assert langs == {"da", "sv", "nb", "fi", "en"}


def test_offline_engine_finds_with_explanations() -> None:
    engine = offline_analyzer_engine()
    results = sorted(engine.analyze(TEXT, language="da", return_decision_process=True), key=lambda r: r.start)
    assert [(r.entity_type, TEXT[r.start : r.end]) for r in results] == [
        ("DK_CPR", "070761-4285"),
        ("SE_PERSONNUMMER", "811218-9876"),
        ("EMAIL_ADDRESS", "jens@firma.dk"),
    ]
    cpr = results[0]
    assert cpr.analysis_explanation is not None
    assert "checksum valid" in (cpr.analysis_explanation.textual_explanation or "")
    assert cpr.score == 1.0  # our context boost; Presidio did not add its own


def test_existing_engine_can_add_them() -> None:
    registry = RecognizerRegistry(supported_languages=["sv"])
    add_to_registry(registry, ("sv",))
    engine = AnalyzerEngine(
        registry=registry,
        nlp_engine=NoOpNlpEngine(models=[{"lang_code": "sv", "model_name": "none"}]),
        supported_languages=["sv"],
    )
    results = engine.analyze(
        "Org.nr 556724-3703, personnummer 19811218-9876", language="sv", entities=["SE_PERSONNUMMER"]
    )
    assert [r.entity_type for r in results] == ["SE_PERSONNUMMER"]
