"""Our recognizers inside a stock Presidio AnalyzerEngine, with no model download."""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NoOpNlpEngine
from presidio_analyzer.recognizer_registry import RecognizerRegistry

from pii_scanner.core.model import Finding
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


def test_presidio_language_reaches_our_engine() -> None:
    engine = offline_analyzer_engine()
    # Valid as a personnummer and as a HETU: the language Presidio analyses in decides.
    assert [r.entity_type for r in engine.analyze("nummer 270780-8172", language="fi")] == ["FI_PERSONAL_IDENTITY_CODE"]
    assert [r.entity_type for r in engine.analyze("nummer 270780-8172", language="sv")] == ["SE_PERSONNUMMER"]


def test_results_below_our_threshold_are_not_returned() -> None:
    engine = offline_analyzer_engine()
    # a number failing modulus 11 with no context scores 0.4: below our 0.5, whatever Presidio's 0
    assert engine.analyze("nummer 150390-1238", language="da", score_threshold=0.0) == []


def test_post_2007_cpr_is_not_marked_invalid() -> None:
    engine = offline_analyzer_engine()
    (result,) = engine.analyze("CPR-nummer: 150390-1238", language="da", return_decision_process=True)
    assert result.entity_type == "DK_CPR"
    assert result.analysis_explanation is not None
    assert result.analysis_explanation.validation_result is None  # not False: a real CPR number
    (valid,) = engine.analyze("CPR-nummer: 070761-4285", language="da", return_decision_process=True)
    assert valid.analysis_explanation is not None and valid.analysis_explanation.validation_result is True


def test_no_phone_fragments_inside_iban_or_card() -> None:
    engine = offline_analyzer_engine()
    text = "IBAN DK50 0040 0440 1162 43, kort 4571 0000 0000 0001 og konto 1234 5678 9012 3456 78"
    types = sorted(r.entity_type for r in engine.analyze(text, language="da"))
    assert "PHONE_NUMBER" not in types
    assert "IBAN_CODE" in types


def test_one_engine_pass_per_text_for_all_wrappers() -> None:
    recognizers = presidio_recognizers(("da",))
    (run,) = {id(r._run): r._run for r in recognizers}.values()  # type: ignore[attr-defined]
    calls: list[str] = []
    original = run.engine.detect

    def counting(text: str, **kwargs: object) -> list[Finding]:
        calls.append(text)
        return original(text, **kwargs)  # type: ignore[arg-type]

    run.engine.detect = counting  # type: ignore[method-assign]
    registry = RecognizerRegistry(supported_languages=["da"])
    for r in recognizers:
        registry.add_recognizer(r)
    engine = AnalyzerEngine(
        registry=registry,
        nlp_engine=NoOpNlpEngine(models=[{"lang_code": "da", "model_name": "none"}]),
        supported_languages=["da"],
    )
    found = engine.analyze(TEXT, language="da")
    assert len(found) == 3 and calls == [TEXT]
