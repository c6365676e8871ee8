"""The leave-one-writer-out harness of the learned identifier filter (benchmarks/ids_lowo.py) and its features
(benchmarks/redteam/id_features.py): features on text written here (da/sv, identifiers and look-alikes), the
sparse scoring, junk input, and that the sealed hold-out is never among the sets read."""

from __future__ import annotations

import datetime

import pytest

from benchmarks.redteam import id_features
from pii_scanner.core.config import DetectConfig
from pii_scanner.detect import Engine
from tests.helpers.nordic_numbers import make_cpr, make_personnummer

TODAY = datetime.date(2026, 12, 3)
CPR = make_cpr(datetime.date(1961, 7, 7), 1)
PNR = make_personnummer(datetime.date(1984, 2, 9), 263)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(DetectConfig(min_score=0.0), today=TODAY)


def _features(engine: Engine, text: str, entity: str, lang: str | None = None) -> list[str]:
    found = [f for f in engine.detect(text, lang=lang) if f.entity_type == entity]
    assert found, "the rules find no candidate"
    return id_features.features(text, found[0], lang, TODAY)


def test_person_label_and_hyphen_da(engine: Engine) -> None:
    f = _features(engine, f"Ansøger: Lise Holm, cpr-nr. {CPR[:6]}-{CPR[6:]}, tlf. 12 34 56 78", "DK_CPR", "da")
    assert {"label:person", "sep:hyphen", "age:18-110", "chk:valid", "lang:own", "row:name"} <= set(f)
    assert not any(name.startswith("stamp12") for name in f)


def test_personnummer_label_sv(engine: Engine) -> None:
    f = _features(engine, f"Sökande: Karin Berg\npersonnummer {PNR[:8]}-{PNR[8:]}", "SE_PERSONNUMMER", "sv")
    assert {"label:person", "sep:hyphen", "len:12", "age:18-110", "lang:own"} <= set(f)


def _stamp(day: datetime.date, hhmm: str) -> str:
    """A 12-digit date-time YYYYMMDDhhmm that also passes the personnummer's Luhn check (minute moved)."""
    for minute in range(int(hhmm[2:]), 60):
        text = f"{day:%Y%m%d}{hhmm[:2]}{minute:02d}"
        digits = [int(c) for c in text[2:]]
        total = sum(d if i % 2 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
        if total % 10 == 0:
            return text
    raise AssertionError("no Luhn-valid minute")


def test_timestamp_in_a_log_line_sv(engine: Engine) -> None:
    stamp = _stamp(datetime.date(2023, 5, 14), "0930")
    text = f"ärende 4411 uppdaterat {stamp} av handläggare, ordernr 77812"
    found = [f for f in engine.detect(text, lang="sv") if f.entity_type == "SE_PERSONNUMMER"]
    if not found:
        pytest.skip("the rules already drop this timestamp")
    f = id_features.features(text, found[0], "sv", TODAY)
    assert {"tail:hhmm", "century:20", "stamp12&unnamed", "line_label:other", "age:2-17"} <= set(f)


def test_column_header_and_running_cells_da(engine: Engine) -> None:
    rows = "\n".join(f"{n};{make_cpr(datetime.date(1970 + n, 3, 1 + n), n % 5)};Aarhus" for n in range(4))
    f = _features(engine, "Løbenr;CPR;By\n" + rows, "DK_CPR", "da")
    assert {"table", "col:person"} <= set(f)


def test_no_digit_of_the_number_in_the_features(engine: Engine) -> None:
    text = f"kunde {CPR} oprettet 2024-01-02 10:11"
    for f in engine.detect(text, lang="da"):
        if f.entity_type in id_features.ENTITIES:
            names = id_features.features(text, f, "da", TODAY)
            assert all(CPR not in name and CPR[:6] not in name for name in names)


def test_junk_text_gives_features_without_error(engine: Engine) -> None:
    junk = "\x00;;;\t|" * 50 + f"{CPR}" + "\n;;\n" * 30 + "ÆØÅ\u2028" * 10
    for f in engine.detect(junk):
        if f.entity_type in id_features.ENTITIES:
            assert "bias" in id_features.features(junk, f, None, TODAY)


def test_probability_is_the_logistic_of_the_summed_weights() -> None:
    weights = {"bias": 1.0, "label:person": 2.0, "stamp12&unnamed": -5.0}
    assert id_features.probability_with(weights, ["bias", "label:person", "unknown"]) == pytest.approx(0.95257413)
    assert id_features.probability_with(weights, ["bias", "stamp12&unnamed"]) == pytest.approx(0.01798621)
    assert id_features.probability_with({}, ["bias"]) == 1.0
    assert id_features.probability_with({"bias": -1e6}, ["bias"]) > 0.0  # clamped, no overflow


def test_harness_reads_no_sealed_set(monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks import ids_lowo

    assert "holdout18" in ids_lowo.OPENED  # opened in session 21
    assert not set(ids_lowo.OPENED) & set(ids_lowo.SEALED)
    monkeypatch.setattr(ids_lowo, "SEALED", ("holdout19",))
    with pytest.raises(AssertionError):
        ids_lowo.set_file("holdout19")
