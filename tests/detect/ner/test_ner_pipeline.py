"""The spaCy pipeline path: load by path, label mapping, batching, offsets on long texts, no download."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.config import NerConfig, ScanConfig
from pii_scanner.core.errors import ConfigError
from pii_scanner.detect.ner import NameFinderRouter, build_name_finder, check_pipelines
from pii_scanner.detect.ner.pipelines import SpacyNameFinder, load_pipeline, resolve

S1 = "Mødet i Aalborg blev ledet af Karin Holm ."
S2 = "Jens Hansen bor i Odense og arbejder hos Mærsk ."


def config_for(path: Path, **ner: Any) -> ScanConfig:
    return ScanConfig(ner=NerConfig(pipelines={"da": str(path)}, **ner))


def test_load_by_path_and_map_labels(tiny_model: Path) -> None:
    finder = build_name_finder(config_for(tiny_model))
    assert isinstance(finder, NameFinderRouter)
    [found] = finder.find_many([S2], ["da"])
    got = {(f.entity_type, S2[f.start : f.end]) for f in found}
    assert ("PERSON", "Jens Hansen") in got
    assert ("LOCATION", "Odense") in got
    assert not any(f.entity_type == "ORG" for f in found)  # ORG kept out by default
    assert all(f.explanation.recognizer == "spacy" and f.value == S2[f.start : f.end] for f in found)
    assert all(f.normalized == " ".join(f.value.split()) for f in found)


def test_include_org(tiny_model: Path) -> None:
    finder = build_name_finder(config_for(tiny_model, include_org=True))
    assert finder is not None
    [found] = finder.find_many([S2], ["da"])
    assert ("ORG", "Mærsk") in {(f.entity_type, f.value) for f in found}


def test_missing_package_is_a_clear_error_and_nothing_is_downloaded(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy.cli

    def no_download(*args: object, **kwargs: object) -> None:
        raise AssertionError("download attempted")

    monkeypatch.setattr(spacy.cli, "download", no_download)
    with pytest.raises(ConfigError, match=r"not installed.*never downloads"):
        resolve("da_core_news_lg_not_here")
    with pytest.raises(ConfigError, match="does not exist"):
        resolve("/nonexistent/model/dir")
    with pytest.raises(ConfigError):
        check_pipelines(ScanConfig(ner=NerConfig(pipelines={"sv": "sv_core_news_missing"})))
    with pytest.raises(ConfigError):
        build_name_finder(ScanConfig(ner=NerConfig(pipelines={"da": "xx_missing_pipeline"})))


def test_folder_without_config_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"config\.cfg"):
        resolve(str(tmp_path))


def test_batches_go_through_nlp_pipe(tiny_model: Path) -> None:
    nlp = load_pipeline(str(tiny_model), 1000)
    calls: list[int] = []
    real_pipe = nlp.pipe

    class Spy:
        def __getattr__(self, name: str) -> Any:
            return getattr(nlp, name)

        def pipe(self, texts: Any, batch_size: int = 0) -> Any:
            calls.append(batch_size)
            return real_pipe(texts, batch_size=batch_size)

    finder = SpacyNameFinder(Spy(), batch_size=4, max_chars=1000)
    texts = [S1, S2] * 10
    out = finder.find_many(texts)
    assert calls == [4]  # one pipe call over all texts, in batches of 4
    assert len(out) == 20
    assert all(any(f.entity_type == "PERSON" for f in found) for found in out)


def test_long_text_is_chunked_with_true_offsets(tiny_model: Path) -> None:
    max_chars = 300
    finder = build_name_finder(config_for(tiny_model, max_chars=max_chars))
    assert finder is not None
    paragraph = " ".join([S1, S2] * 3)
    text = "\n\n".join([paragraph] * 8)  # > max_chars, several chunks, no text gets lost
    assert len(text) > 5 * max_chars
    [found] = finder.find_many([text], ["da"])
    persons = [f for f in found if f.entity_type == "PERSON"]
    assert len(persons) == text.count("Karin Holm") + text.count("Jens Hansen")
    assert all(text[f.start : f.end] == f.value for f in found)
    # Same spans as running each sentence alone: chunking costs nothing.
    single = finder.find_many([S1, S2], ["da", "da"])
    assert len(persons) == 8 * 3 * sum(1 for part in single for f in part if f.entity_type == "PERSON")


def test_max_length_never_bites(tiny_model: Path) -> None:
    nlp = load_pipeline(str(tiny_model), 5_000_000)
    assert nlp.max_length > 5_000_000


def test_language_routing(tiny_model: Path) -> None:
    finder = build_name_finder(config_for(tiny_model))
    assert finder is not None
    sv = "Hej Karin,\n\nVi ses på mötet i morgon.\n\nMed vänliga hälsningar\nAnders Berg"
    found_da, found_sv = finder.find_many([S2, sv], [None, None])  # languages detected
    assert {f.explanation.recognizer for f in found_da} == {"spacy"}
    assert {f.explanation.recognizer for f in found_sv} == {"ner_fallback"}
    assert {f.value for f in found_sv} == {"Karin", "Anders Berg"}


def test_disabled_gives_none() -> None:
    assert build_name_finder(ScanConfig(ner=NerConfig(enabled=False))) is None
