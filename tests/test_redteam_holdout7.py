"""The v7 red-team hold-out is well-formed, reproducible and mostly hand-written (its texts are not scored here)."""

from __future__ import annotations

import importlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.redteam import ids  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "redteam" / "holdout7"
OCR_BACK = str.maketrans({"O": "0", "l": "1", "S": "5", "B": "8"})
CATEGORIES = {
    "health",
    "genetic",
    "biometric",
    "trade_union",
    "religion",
    "ethnic_origin",
    "sexual_orientation",
    "political_opinion",
    "criminal_records",
}
MAIL_START = re.compile(r"^(From|Fra|Från|To|Til|Till|Subject|Emne|Ämne|Date|Dato|Datum|Sent|Sendt|Skickat):", re.I)
KINDS = ("identifiers", "categories", "names")
LEAST = {"identifiers": 380, "categories": 320, "names": 260}


def _load(kind: str) -> list[dict[str, object]]:
    path = DATA / f"{kind}.jsonl"
    if not path.exists():
        pytest.skip(f"holdout7/{kind}.jsonl not built")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("kind", KINDS)
def test_builders_reproduce_the_committed_files(kind: str) -> None:
    path = DATA / f"{kind}.jsonl"
    if not path.exists():
        pytest.skip(f"holdout7/{kind}.jsonl not built")
    builder = importlib.import_module(f"benchmarks.redteam.holdout7.build_{kind}")
    lines = [json.dumps(doc, ensure_ascii=False) for doc in builder.build(builder.DEFAULT_SEED)]
    assert path.read_text(encoding="utf-8").splitlines() == lines


@pytest.mark.parametrize("kind", KINDS)
def test_mostly_hand_written_and_layouts_repeat_little(kind: str) -> None:
    docs = _load(kind)
    assert len(docs) >= LEAST[kind]
    assert len({d["id"] for d in docs}) == len(docs)
    hand = [d for d in docs if str(d["family"]).startswith("hand-")]
    assert len(hand) >= 0.6 * len(docs)
    layouts = Counter(str(d["family"]) for d in docs if not str(d["family"]).startswith("hand-"))
    assert not layouts or max(layouts.values()) <= 7, layouts.most_common(3)
    texts = [str(d["text"]) for d in docs]
    assert len(set(texts)) == len(texts)
    assert not any(mark in t for t in texts for mark in ("⟨", "⟩", "⟦", "⟧"))
    # the scanner reads mail-shaped text as a message: no document starts like a mail header
    assert not any(MAIL_START.match(t) for t in texts)
    assert not any("\r" in t or t.startswith("\ufeff") for t in texts)


def test_identifier_labels_are_valid_numbers_standing_alone() -> None:
    docs = _load("identifiers")
    seen: Counter[str] = Counter()
    for doc in docs:
        text = str(doc["text"])
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            span = text[lab["start"] : lab["end"]]
            entity = str(lab["entity"])
            seen[entity] += 1
            assert span and span == span.strip(), (doc["id"], span)
            readable = span.translate(OCR_BACK) if entity in ("DK_CPR", "SE_PERSONNUMMER") else span
            digits = re.sub(r"[^0-9A-Z]", "", readable)
            if entity == "DK_CPR":
                assert len(digits) == 10 and ids.cpr_birth_date(digits) is not None, (doc["id"], span)
            elif entity == "SE_PERSONNUMMER":
                full = [digits] if len(digits) == 12 else [c + digits for c in ("18", "19", "20")]
                assert any(ids.personnummer_ok(c) for c in full), (doc["id"], span)
            elif entity == "FI_PERSONAL_IDENTITY_CODE":
                assert ids.hetu_ok(span), (doc["id"], span)
            else:
                assert entity == "NO_FODSELSNUMMER" and ids.fodselsnummer_ok(digits), (doc["id"], span)
            assert not text[lab["start"] - 1 : lab["start"]].isalnum(), (doc["id"], span)
            assert not text[lab["end"] : lab["end"] + 1].isalnum(), (doc["id"], span)
    assert set(seen) == {"DK_CPR", "SE_PERSONNUMMER", "FI_PERSONAL_IDENTITY_CODE", "NO_FODSELSNUMMER"}
    assert sum(1 for d in docs if not d["labels"]) >= 60


def test_centenarians_coordination_numbers_and_post_2007_cprs_are_present() -> None:
    docs = _load("identifiers")
    plus = no_mod11 = coordination = 0
    for doc in docs:
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            span = str(doc["text"])[lab["start"] : lab["end"]]
            digits = re.sub(r"\D", "", span.translate(OCR_BACK))
            if lab["entity"] == "SE_PERSONNUMMER":
                if "+" in span:
                    plus += 1
                    assert re.fullmatch(r"\d{6}\+\n?\d{4}", span), span
                coordination += int(digits[4:6] if len(digits) == 10 else digits[6:8]) > 60
            if lab["entity"] == "DK_CPR":
                no_mod11 += not ids.cpr_is_mod11(digits)
    assert plus >= 4
    assert coordination >= 10
    assert no_mod11 >= 20


def test_renderer_labels_exactly_the_written_value() -> None:
    from benchmarks.redteam.holdout7.render import Doc, render

    source = "A ⟨cpr#x:space⟩ B ⟨pnr@old⟩ C ⟨cvr⟩ D ⟨cpr#x:plain⟩ ⟦Bo Ek⟧s E ⟦genetic,health|gentest ⟨cpr:nl⟩⟧."
    doc = render(Doc("t", "da", "t"), source, random.Random(5))
    spans = [doc.text[int(str(lab["start"])) : int(str(lab["end"]))] for lab in doc.labels]
    assert [lab["entity"] for lab in doc.labels] == [
        "DK_CPR",
        "SE_PERSONNUMMER",
        "DK_CPR",
        "PERSON",
        "DK_CPR",
        "genetic",
        "health",
    ]
    assert spans[0][6] == " " and spans[0].replace(" ", "") == spans[2] and "+" in spans[1]
    assert spans[3] == "Bo Ek" and spans[5] == spans[6] and spans[5].startswith("gentest ") and "\n" in spans[4]
    assert doc.text.startswith("A ") and "Bo Eks E" in doc.text
    unlabelled = render(Doc("t", "da", "t"), "x ⟨cpr⟩ ⟦health|syg⟧", random.Random(5), label_numbers=False)
    assert [lab["entity"] for lab in unlabelled.labels] == ["health"]
    with pytest.raises(ValueError):
        render(Doc("t", "da", "t"), "⟨nosuchkind⟩", random.Random(1))
    with pytest.raises(ValueError):
        render(Doc("t", "da", "t"), "⟦open", random.Random(1))


def test_category_labels_are_known_categories() -> None:
    docs = _load("categories")
    assert {d["lang"] for d in docs} >= {"da", "sv"}
    negatives = [d for d in docs if not d["labels"]]
    assert 0.4 * len(docs) <= len(negatives) <= 0.6 * len(docs)
    for doc in docs:
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            assert lab["entity"] in CATEGORIES, (doc["id"], lab)
            assert str(doc["text"])[lab["start"] : lab["end"]].strip(), doc["id"]


def test_name_spans_follow_the_rule() -> None:
    docs = _load("names")
    assert {d["lang"] for d in docs} >= {"da", "sv"}
    titles = {"borgmester", "fru", "vd", "professor", "advokat", "direktør", "herr", "hr.", "dr.", "minister"}
    for doc in docs:
        text = str(doc["text"])
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            span = text[lab["start"] : lab["end"]]
            assert lab["entity"] == "PERSON" and span == span.strip() and "@" not in span, (doc["id"], span)
            assert span.split()[0].lower() not in titles, (doc["id"], span)
            assert not text[lab["start"] - 1 : lab["start"]].isalpha(), (doc["id"], span)
            assert not text[lab["end"] : lab["end"] + 1].isalpha(), (doc["id"], span)


def test_splits_read_one_saved_bench_run(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.redteam.holdout7 import splits

    docs: list[dict[str, object]] = [
        {"id": "a", "lang": "da", "family": "hand-news", "labels": [{"start": 0, "end": 2, "entity": "PERSON"}]},
        {"id": "b", "lang": "sv", "family": "gen-minutes", "labels": [{"start": 0, "end": 3, "entity": "PERSON"}]},
    ]
    output = (
        "== names: 2 documents ==\n"
        "PERSON                           2      2     1     1     1   0.5  0.5  0.5 | 1 / 1\n"
        "    miss  a 0-2  'Bo'\n    false b 5-7  'Ek'\n== names [da]: ==\n    miss  b 0-3\n"
    )
    splits.spans(docs, output, "names")
    out = capsys.readouterr().out
    assert "lang=da       PERSON                      P 1.0000 R 0.0000" in out
    assert "generated     PERSON                      P 0.5000 R 1.0000" in out
    assert "news          PERSON                      P 1.0000 R 0.0000" in out
    cats: list[dict[str, object]] = [
        {"id": "a", "lang": "da", "family": "hand-x", "labels": [{"entity": "health"}]},
        {"id": "b", "lang": "sv", "family": "gen-y", "labels": []},
    ]
    splits.categories(cats, "    b: labelled - reported ['religion']\n")
    out = capsys.readouterr().out
    assert "hand          micro P 1.0000 R 1.0000" in out
    assert "lang=sv       micro P 0.0000 R 1.0000 F1 0.0000 (TP 0 FP 1 FN 0); negatives flagged 1 of 1" in out
