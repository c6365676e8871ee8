"""The learned special-category filter (classify/category_model.py): inference, golden decisions, junk input, and
that the shipped weights are what the committed training script makes."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from pii_scanner.classify import category_model as cm
from pii_scanner.core.config import DetectConfig, ScanConfig
from pii_scanner.core.model import Item
from pii_scanner.pipeline import Processor

ROOT = Path(__file__).resolve().parents[2]


def _categories(processor: Processor, text: str) -> tuple[list[str], list[dict[str, object]]]:
    item = Item("mem:///d.txt", "mem:///d.txt", name="d.txt", data=text.encode("utf-8"))
    result = processor.process(item)[0]
    return list(result.categories), list(result.category_evidence)


@pytest.fixture(scope="module")
def with_model() -> Processor:
    return Processor.build(ScanConfig())


@pytest.fixture(scope="module")
def rules_alone() -> Processor:
    return Processor.build(ScanConfig(detect=DetectConfig(category_model=False)))


# Sentences of our own (not from any labelled set), positives and hard negatives, da and sv.
GOLDEN = [
    ("Hej Karin, jeg er sygemeldt resten af ugen med lungebetændelse. Hilsen Morten Lund", {"health"}),
    (
        "Referat fra opfølgningssamtale: Svend Aagaard fortalte, at han er blevet diagnosticeret med type 2-diabetes.",
        {"health"},
    ),
    (
        "Till lönekontoret: Jag, Ingrid Holm, är medlem i Kommunal sedan 2015 och vill att avgiften dras på lönen.",
        {"trade_union"},
    ),
    ("Notat: Ahmed Karimi har afsonet en dom på otte måneder for vold og er nu løsladt.", {"criminal_records"}),
    ("Hej Lotta! Jag är sjukskriven för utmattningssyndrom till och med fredag. /Maria Ek", {"health"}),
    ("Mette Kjær stiller op for Socialdemokratiet ved kommunalvalget i november.", {"political_opinion"}),
    ("Jonas Berg är dömd för rattfylleri och har fått körkortet indraget i ett år.", {"criminal_records"}),
    (
        "Kære Lene, min søn Oskar har fået konstateret epilepsi, så han kan ikke deltage i svømning. Mvh Hanne Dahl",
        {"health"},
    ),
    ("Vores personalepolitik: medarbejdere, der er sygemeldt i mere end 14 dage, indkaldes til en samtale.", set()),
    ("Statistik 2025: tolv procent av de anställda var medlemmar i en fackförening.", set()),
    ("Vi söker en sjuksköterska till vår diabetesmottagning. Ansökan skickas till Anna Berg senast 1 maj.", set()),
    ("Prisliste: influenzavaccination 150 kr., helbredsattest 450 kr., kørekortsattest 600 kr.", set()),
    ("Kursus i førstehjælp ved hjertestop – tilmelding hos Jens Lund senest fredag.", set()),
    ("Föreläsning om religionens roll i samhället. Värd för kvällen: Per Olsson.", set()),
    ("Nyhedsbrev: Fagforeningen 3F har fået ny formand, og forbundet melder om flere medlemmer i år.", set()),
    ("Kurs: Att bemöta kunder med demens, 3 timmar, pris 1 200 kr. Kursledare Karin Ström.", set()),
    # the rules set trade_union here (an organisation's spokesperson quoting its statistics); the model drops it
    ("Enligt Kommunals ordförande Anna Persson har förbundet tappat medlemmar i år, visar statistiken.", set()),
]


@pytest.mark.parametrize(("text", "expected"), GOLDEN)
def test_golden_sentences(with_model: Processor, text: str, expected: set[str]) -> None:
    got, evidence = _categories(with_model, text)
    assert set(got) == expected
    for e in evidence:  # the model's probability is the evidence's confidence
        assert 0.0 <= float(str(e["confidence"])) <= 1.0


def test_the_model_vetoes_what_the_rules_set(with_model: Processor, rules_alone: Processor) -> None:
    text = GOLDEN[-1][0]
    assert _categories(rules_alone, text)[0] == ["trade_union"]
    assert _categories(with_model, text)[0] == []


def test_the_model_only_drops(with_model: Processor, rules_alone: Processor) -> None:
    for text, _expected in GOLDEN:
        got, evidence = _categories(with_model, text)
        rules, rule_evidence = _categories(rules_alone, text)
        assert set(got) <= set(rules)
        kept = [(e["category"], e["sentence"], e["terms"]) for e in rule_evidence if e["category"] in got]
        assert [(e["category"], e["sentence"], e["terms"]) for e in evidence] == kept


def _reference(weights: dict[str, float], feats: dict[str, float]) -> float:
    """The logistic function written out another way: sorted sum, math.fsum."""
    z = math.fsum(weights.get(k, 0.0) * v for k, v in sorted(feats.items()))
    return math.exp(z) / (1.0 + math.exp(z)) if z < 0 else 1.0 / (1.0 + math.exp(-z))


FIXED = [
    ("Jens Hansen er sygemeldt med stress.", "health", [0, 36], "PERSON", [0, 11], ["sygemeld*", "stress"], 0.95),
    ("Jag är medlem i facket.", "trade_union", [0, 23], "first_person", [0, 3], ["facket"], 0.9),
    ("Policy: ingen får spara uppgifter om brott.", "criminal_records", [8, 43], "role", None, ["brott"], 0.55),
]


@pytest.mark.parametrize(("text", "category", "sentence", "anchor", "span", "terms", "conf"), FIXED)
def test_inference_equals_a_reference(
    text: str, category: str, sentence: list[int], anchor: str, span: list[int] | None, terms: list[str], conf: float
) -> None:
    model = cm.load_category_model()
    evidence = {
        "category": category,
        "confidence": conf,
        "sentence": sentence,
        "terms": terms,
        "anchor": anchor,
        "anchor_span": span,
        "via": "direct",
    }
    spans = [("PERSON", span[0], span[1])] if span and anchor == "PERSON" else []
    feats = cm.features(cm.document_view(text, spans, 1), category, [evidence])
    assert feats["c=" + category] == 1.0 and feats["anchor=" + cm._anchor_kind(anchor)] == 1.0
    assert model.probability(feats) == pytest.approx(_reference(dict(model.weights), feats), abs=1e-12)


def test_the_weights_file_is_well_formed() -> None:
    data = json.loads(cm.WEIGHTS.read_text(encoding="utf-8"))
    assert data["feature_version"] == cm.FEATURE_VERSION
    assert 0 < data["protected_threshold"] <= data["threshold"] < 1
    assert all(isinstance(v, float | int) and math.isfinite(v) for v in data["weights"].values())
    # hashed words only: no word of any training text is written out
    assert all(
        k.startswith(
            (
                "w",
                "c=",
                "anchor=",
                "via=",
                "n_",
                "conf",
                "str=",
                "dist=",
                "s_",
                "near_",
                "cue=",
                "g=",
                "persons=",
                "doc_",
                "ncat=",
                "lines=",
                "slen=",
                "bias",
                "protected",
                "question",
                "label",
            )
        )
        for k in data["weights"]
    )
    assert all(k[1:].isdigit() for k in data["weights"] if k.startswith("w"))
    with pytest.raises(ValueError, match="retrain"):
        cm.from_dict({**data, "feature_version": -1})


@pytest.mark.parametrize(
    "text",
    ["", " ", "\x00\x00", "💥" * 500, "a" * 50_000, "Ж\n" * 2000, "Jens Hansen er syg" + "\n" * 5000 + "?"],
)
def test_junk_input(text: str) -> None:
    model = cm.load_category_model()
    for evidence in (
        {
            "category": "health",
            "confidence": 0.0,
            "sentence": [0, 0],
            "terms": [],
            "anchor": "x",
            "anchor_span": None,
            "via": "",
        },
        {
            "category": "religion",
            "confidence": 1.0,
            "sentence": [0, len(text)],
            "terms": ["*", "+"],
            "anchor": "PERSON",
            "anchor_span": [len(text), len(text) + 5],
            "via": "direct",
        },
    ):
        feats = cm.features(cm.document_view(text, [("PERSON", 0, 3)], 9), str(evidence["category"]), [evidence])
        assert 0.0 <= model.probability(feats) <= 1.0


def test_the_weights_are_what_the_training_script_makes() -> None:
    """``python -m benchmarks.train_categories_model`` reproduces the shipped file byte for byte (a few seconds: it
    reads committed candidates only, so a change of the rules does not move the weights)."""
    from benchmarks.train_categories_model import main

    assert main(["--check"]) == 0
