"""The red-team evaluation sets are well-formed: spans inside the text, every labelled identifier valid."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.redteam import ids  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "redteam"


def _load(name: str) -> list[dict[str, object]]:
    path = DATA / f"{name}.jsonl"
    if name.startswith("holdout/"):
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not path.exists():
        pytest.skip(f"{name}.jsonl not built")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("name", "least"),
    [("identifiers", 500), ("holdout/identifiers", 100), ("holdout2/identifiers", 400), ("holdout3/identifiers", 300)],
)
def test_identifier_labels_are_valid_numbers(name: str, least: int) -> None:
    docs = _load(name)
    assert len(docs) >= least
    assert len({d["id"] for d in docs}) == len(docs)
    seen: set[str] = set()
    for doc in docs:
        text = str(doc["text"])
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            span = text[lab["start"] : lab["end"]]
            digits = re.sub(r"[^0-9A-Z]", "", span)
            entity = lab["entity"]
            seen.add(entity)
            assert span == span.strip() and span, (doc["id"], span)
            if entity == "DK_CPR":
                assert ids.cpr_birth_date(digits) is not None, (doc["id"], span)
            elif entity == "SE_PERSONNUMMER":
                candidates = [digits] if len(digits) == 12 else [c + digits for c in ("18", "19", "20")]
                assert any(ids.personnummer_ok(c) for c in candidates), (doc["id"], span)
            elif entity == "FI_PERSONAL_IDENTITY_CODE":
                assert ids.hetu_ok(span), (doc["id"], span)
            elif entity == "NO_FODSELSNUMMER":
                assert ids.fodselsnummer_ok(digits), (doc["id"], span)
            else:
                raise AssertionError(entity)
            # a labelled number stands alone: no digit glued to either side
            assert (
                not text[lab["start"] - 1 : lab["start"]].isdigit() and not text[lab["end"] : lab["end"] + 1].isdigit()
            )
    assert seen == {"DK_CPR", "SE_PERSONNUMMER", "FI_PERSONAL_IDENTITY_CODE", "NO_FODSELSNUMMER"}


def test_generators_follow_the_official_rules() -> None:
    import random

    rng = random.Random(1)
    for _ in range(200):
        cpr = ids.make_cpr(rng)
        assert ids.cpr_birth_date(cpr) is not None and ids.cpr_is_mod11(cpr)
        assert ids.personnummer_ok(ids.make_personnummer(rng, coordination=rng.random() < 0.3))
        assert ids.hetu_ok(ids.make_hetu(rng))
        assert ids.fodselsnummer_ok(ids.make_fodselsnummer(rng))
    # known public examples
    assert ids.hetu_ok("131052-308T")
    assert ids.luhn_ok("8112189876")
    assert ids.cpr_birth_date("0101004000") is not None  # seventh digit 4, year 00 -> 2000
    assert ids.cpr_birth_date("3102901234") is None  # no 31 February


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


@pytest.mark.parametrize(
    ("name", "least"),
    [
        ("categories", 300),
        ("holdout/categories", 100),
        ("holdout/categories_newnames", 100),
        ("holdout2/categories", 300),
        ("holdout3/categories", 250),
    ],
)
def test_category_set_is_balanced_and_labelled_with_known_categories(name: str, least: int) -> None:
    docs = _load(name)
    assert len(docs) >= least
    negatives = [d for d in docs if not d["labels"]]
    assert 0.4 <= len(negatives) / len(docs) <= 0.6
    assert {d["lang"] for d in docs} == {"da", "sv"}
    seen: set[str] = set()
    for doc in docs:
        text = str(doc["text"])
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            assert lab["entity"] in CATEGORIES
            seen.add(lab["entity"])
            sentence = text[lab["start"] : lab["end"]]
            assert sentence.strip() == sentence and len(sentence) > 10, (doc["id"], sentence)
    assert seen == CATEGORIES


@pytest.mark.parametrize(("name", "least"), [("names", 300), ("holdout/names", 100), ("holdout/names_newnames", 100)])
def test_name_spans_are_names(name: str, least: int) -> None:
    docs = _load(name)
    assert len(docs) >= least
    assert {d["lang"] for d in docs} == {"da", "sv"}
    for doc in docs:
        text = str(doc["text"])
        assert doc["labels"], doc["id"]
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            assert lab["entity"] == "PERSON"
            span = text[lab["start"] : lab["end"]]
            # a name (particles aside: "af Ekenstam") starts with a capital and ends on a letter; no '@' (e-mail) inside
            assert span.split()[-1][0].isupper() and span[-1].isalpha() and "@" not in span, (doc["id"], span)
            assert not text[lab["end"] : lab["end"] + 1].isalpha(), (doc["id"], span)
            assert not text[lab["start"] - 1 : lab["start"]].isalpha(), (doc["id"], span)


def test_bench_scores_exact_spans_and_entity(capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_redteam as bench

    docs: list[dict[str, object]] = [
        {"id": "a", "lang": "da", "text": "CPR 070761-4285 og 010180-2026", "labels": []},
    ]
    docs[0]["labels"] = [
        {"start": 4, "end": 15, "entity": "DK_CPR"},
        {"start": 19, "end": 30, "entity": "DK_CPR"},
    ]
    records: list[dict[str, object]] = [
        {"record": "item", "path": "/x/a.txt"},
        {"path": "/x/a.txt", "entity_type": "DK_CPR", "start": 4, "end": 15},  # right
        {"path": "/x/a.txt", "entity_type": "SE_PERSONNUMMER", "start": 19, "end": 30},  # wrong country
        {"path": "/x/a.txt", "entity_type": "PHONE_NUMBER", "start": 0, "end": 3},  # other entity: ignored
    ]
    bench.score_spans("t", docs, records, bench.ID_ENTITIES, 0, False)
    out = capsys.readouterr().out
    cpr = next(line for line in out.splitlines() if line.startswith("DK_CPR"))
    se = next(line for line in out.splitlines() if line.startswith("SE_PERSONNUMMER"))
    assert cpr.split()[1:6] == ["2", "1", "1", "0", "1"]  # gold, found, TP, FP, FN
    assert se.split()[1:6] == ["0", "1", "0", "1", "0"]
    assert bench.prf(1, 1, 1)[:2] == (0.5, 0.5)


def test_documents_are_written_as_real_files(tmp_path: Path) -> None:
    from benchmarks.redteam.formats import choose_format, write_as

    mail = "Fra: Ane Bo <ane@firma.dk>\nTil: x@y.dk\nEmne: Hej\n\nCPR 070761-4285\n"
    table = "Navn;CPR;By\nA;070761-4285;Vejle\nB;010180-2026;Odense\n"
    assert choose_format("m", mail) == "eml"
    assert choose_format("t", table) == "xlsx"
    for fmt, text in (("eml", mail), ("xlsx", table), ("docx", mail), ("pdf", mail), ("txt", mail)):
        path = write_as(tmp_path, f"d-{fmt}", text, fmt)
        assert path.stat().st_size > 0
    import openpyxl

    sheet = openpyxl.load_workbook(tmp_path / "d-xlsx.xlsx").active
    assert sheet.cell(row=2, column=2).value == "070761-4285"
    assert b"070761-4285" in (tmp_path / "d-eml.eml").read_bytes()


def test_control_characters_are_written_as_a_word_processor_would(tmp_path: Path) -> None:
    # Old DOS reports carry form feeds; XML 1.0 forbids them, so they become page breaks (DOCX) or spaces.
    from benchmarks.redteam.formats import write_as

    report = "SIDE 1\n\x0cSIDE 2 CPR 070761-4285\x1b\nSlut\n"
    import docx

    document = docx.Document(str(write_as(tmp_path, "dos", report, "docx")))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "070761-4285" in text and "\x0c" not in text and "\x1b" not in text
    assert write_as(tmp_path, "dos-x", "Navn;CPR\nA\x0c;070761-4285\n", "xlsx").stat().st_size > 0


@pytest.mark.parametrize("kind", ["identifiers", "categories", "names"])
def test_holdout2_builders_reproduce_the_committed_files(kind: str) -> None:
    """The v2 hold-out is made by seeded builders: rebuilding gives the committed file byte for byte."""
    import importlib

    path = DATA / "holdout2" / f"{kind}.jsonl"
    if not path.exists():
        pytest.skip(f"holdout2/{kind}.jsonl not built")
    builder = importlib.import_module(f"benchmarks.redteam.holdout2.build_{kind}")
    lines = [json.dumps(doc, ensure_ascii=False) for doc in builder.build(builder.DEFAULT_SEED)]
    assert path.read_text(encoding="utf-8").splitlines() == lines


def test_holdout2_name_spans_exclude_titles_and_genitive_endings() -> None:
    """v2 rule: the span is the name; a letter after it is only the genitive "s" (then no letter)."""
    docs = _load("holdout2/names")
    assert len(docs) >= 250
    assert {d["lang"] for d in docs} == {"da", "sv"}
    titles = {"direktør", "professor", "vd", "fru", "herr", "hr.", "docent", "dr.med."}
    for doc in docs:
        text = str(doc["text"])
        assert doc["labels"], doc["id"]
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            assert lab["entity"] == "PERSON"
            span = text[lab["start"] : lab["end"]]
            assert span.split()[-1][0].isupper() and span[-1].isalpha() and "@" not in span, (doc["id"], span)
            assert span.split()[0].lower() not in titles, (doc["id"], span)
            assert not text[lab["start"] - 1 : lab["start"]].isalpha(), (doc["id"], span)
            after = text[lab["end"] : lab["end"] + 2]
            assert not after[:1].isalpha() or (after[0] == "s" and not after[1:2].isalpha()), (doc["id"], span)


@pytest.mark.parametrize("kind", ["identifiers", "categories", "names"])
def test_holdout3_builders_reproduce_the_committed_files(kind: str) -> None:
    """The v3 hold-out is made by seeded builders: rebuilding gives the committed file byte for byte."""
    import importlib

    path = DATA / "holdout3" / f"{kind}.jsonl"
    if not path.exists():
        pytest.skip(f"holdout3/{kind}.jsonl not built")
    builder = importlib.import_module(f"benchmarks.redteam.holdout3.build_{kind}")
    lines = [json.dumps(doc, ensure_ascii=False) for doc in builder.build(builder.DEFAULT_SEED)]
    assert path.read_text(encoding="utf-8").splitlines() == lines


def test_holdout3_is_mostly_hand_written() -> None:
    """The brief of v3: at least half of each file written by hand, the rest from many small layouts."""
    from collections import Counter

    for kind in ("identifiers", "categories", "names"):
        path = DATA / "holdout3" / f"{kind}.jsonl"
        if not path.exists():
            continue
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        hand = [d for d in docs if str(d["family"]).startswith("hand-")]
        assert len(hand) * 2 >= len(docs), kind
        layouts = Counter(str(d["family"]) for d in docs if d not in hand)
        assert not layouts or max(layouts.values()) <= 12, (kind, layouts.most_common(3))


def test_holdout3_slots_cannot_leak_into_the_text() -> None:
    """Every value and label of v3 comes from the renderer: no markup left, labels over exactly the value."""
    import random

    from benchmarks.redteam.holdout3.render import Doc, render

    doc = render(Doc("t", "da", "t"), "A «cpr:space» B «pnr:short_dash@old» C «cvr» ⟦PERSON|Bo Ek⟧s", random.Random(3))
    spans = [doc.text[int(str(lab["start"])) : int(str(lab["end"]))] for lab in doc.labels]
    assert [lab["entity"] for lab in doc.labels] == ["DK_CPR", "SE_PERSONNUMMER", "PERSON"]
    assert spans[0][6] == " " and "+" in spans[1] and spans[2] == "Bo Ek" and doc.text.endswith("Bo Eks")


def test_holdout3_name_spans_follow_the_rule() -> None:
    """v3 rule: a span starts and ends on a word boundary, holds no title or e-mail, and lists every name."""
    path = DATA / "holdout3" / "names.jsonl"
    if not path.exists():
        pytest.skip("holdout3/names.jsonl not built")
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(docs) >= 200 and {d["lang"] for d in docs} == {"da", "sv"}
    titles = {"borgmester", "fru", "vd", "professor", "advokat", "direktør", "herr", "hr."}
    for doc in docs:
        text = str(doc["text"])
        assert doc["labels"], doc["id"]
        for lab in doc["labels"]:  # type: ignore[attr-defined]
            span = text[lab["start"] : lab["end"]]
            assert lab["entity"] == "PERSON" and span == span.strip() and "@" not in span, (doc["id"], span)
            assert span.split()[0].lower() not in titles, (doc["id"], span)
            assert not text[lab["start"] - 1 : lab["start"]].isalpha(), (doc["id"], span)
            assert not text[lab["end"] : lab["end"] + 1].isalpha(), (doc["id"], span)
