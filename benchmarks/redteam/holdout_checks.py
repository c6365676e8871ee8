"""What every red-team hold-out's files must be: reproducible, mostly hand-written, labelled by the rules.

The per-set tests (tests/test_redteam_holdout*.py) call these with their own thresholds; the texts are
never scored here. Each check raises AssertionError naming the document and span that break it.
"""

from __future__ import annotations

import importlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from benchmarks.redteam import ids

Doc = dict[str, object]

ROOT = Path(__file__).resolve().parents[2]
KINDS = ("identifiers", "categories", "names")
IDENTIFIERS = frozenset({"DK_CPR", "SE_PERSONNUMMER", "FI_PERSONAL_IDENTITY_CODE", "NO_FODSELSNUMMER"})
CATEGORIES = frozenset(
    {
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
)
# Letters an OCR'd number may hold in place of digits (labelled as written, checked as read back).
OCR_BACK = str.maketrans({"O": "0", "l": "1", "S": "5", "B": "8"})
# The scanner reads mail-shaped text as a message, so no document may start like a mail header.
MAIL_START = re.compile(r"^(From|Fra|Från|To|Til|Till|Subject|Emne|Ämne|Date|Dato|Datum|Sent|Sendt|Skickat):", re.I)
TITLES = frozenset({"borgmester", "fru", "vd", "professor", "advokat", "direktør", "herr", "hr.", "dr.", "minister"})


def data_dir(name: str) -> Path:
    return ROOT / "benchmarks" / "data" / "redteam" / name


def load(folder: Path, kind: str) -> list[Doc] | None:
    """The set's documents, or None when the file is not built (the caller skips)."""
    path = folder / f"{kind}.jsonl"
    if not path.exists():
        return None
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _labels(doc: Doc) -> list[dict[str, object]]:
    labels = doc["labels"]
    assert isinstance(labels, list), doc["id"]
    return labels


def _span(doc: Doc, label: dict[str, object]) -> str:
    return str(doc["text"])[int(str(label["start"])) : int(str(label["end"]))]


def check_reproduced(package: str, folder: Path, kind: str) -> None:
    """The committed file is what the set's seeded builder writes, byte for byte."""
    builder = importlib.import_module(f"{package}.build_{kind}")
    lines = [json.dumps(doc, ensure_ascii=False) for doc in builder.build(builder.DEFAULT_SEED)]
    assert (folder / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines() == lines


def check_hand_written(
    docs: list[Doc],
    least: int,
    *,
    hand_share: float = 0.6,
    max_draws: int = 7,
    markers: Iterable[str] = ("⟨", "⟩", "⟦", "⟧"),
    plain_text: bool = True,
) -> None:
    """Enough documents, mostly hand-written, no generated layout drawn too often, no builder markup left,
    and (``plain_text``) texts distinct, not starting like a mail header, without CR or BOM."""
    assert len(docs) >= least
    assert len({d["id"] for d in docs}) == len(docs)
    hand = [d for d in docs if str(d["family"]).startswith("hand-")]
    assert len(hand) >= hand_share * len(docs)
    layouts = Counter(str(d["family"]) for d in docs if not str(d["family"]).startswith("hand-"))
    assert not layouts or max(layouts.values()) <= max_draws, layouts.most_common(3)
    texts = [str(d["text"]) for d in docs]
    assert not any(mark in t for t in texts for mark in tuple(markers))
    if plain_text:
        assert len(set(texts)) == len(texts)
        assert not any(MAIL_START.match(t) for t in texts)
        assert not any("\r" in t or t.startswith("\ufeff") for t in texts)


def identifier_is_valid(entity: str, span: str) -> bool:
    """The span passes its country's official check (OCR letters read back as digits)."""
    readable = span.translate(OCR_BACK) if entity in ("DK_CPR", "SE_PERSONNUMMER") else span
    digits = re.sub(r"[^0-9A-Z]", "", readable)
    if entity == "DK_CPR":
        return len(digits) == 10 and ids.cpr_birth_date(digits) is not None
    if entity == "SE_PERSONNUMMER":
        full = [digits] if len(digits) == 12 else [c + digits for c in ("18", "19", "20")]
        return any(ids.personnummer_ok(c) for c in full)
    if entity == "FI_PERSONAL_IDENTITY_CODE":
        return ids.hetu_ok(span)
    return entity == "NO_FODSELSNUMMER" and ids.fodselsnummer_ok(digits)


def check_identifier_labels(docs: list[Doc], *, least_unlabelled: int, letters_after: bool = False) -> None:
    """Every label is a valid number standing alone (no letter or digit glued before it, no digit after it,
    nor a letter unless ``letters_after``), all four countries occur, and enough documents hold none."""
    seen: Counter[str] = Counter()
    for doc in docs:
        text = str(doc["text"])
        for lab in _labels(doc):
            span, entity = _span(doc, lab), str(lab["entity"])
            seen[entity] += 1
            assert span and span == span.strip(), (doc["id"], span)
            assert identifier_is_valid(entity, span), (doc["id"], entity, span)
            before = text[int(str(lab["start"])) - 1 : int(str(lab["start"]))]
            after = text[int(str(lab["end"])) : int(str(lab["end"])) + 1]
            assert not before.isalnum(), (doc["id"], span)
            assert not (after.isdigit() or (after.isalpha() and not letters_after)), (doc["id"], span)
    assert set(seen) == IDENTIFIERS
    assert sum(1 for d in docs if not d["labels"]) >= least_unlabelled


def special_numbers(docs: list[Doc]) -> tuple[int, int, int]:
    """How many personnummer are written with the centenarian '+', how many are coordination numbers
    (day + 60), and how many CPRs do without modulus 11; each '+' form is checked to be well written."""
    plus = coordination = no_mod11 = 0
    for doc in docs:
        for lab in _labels(doc):
            span = _span(doc, lab)
            digits = re.sub(r"\D", "", span.translate(OCR_BACK))
            if lab["entity"] == "SE_PERSONNUMMER":
                if "+" in span:
                    plus += 1
                    assert re.fullmatch(r"\d{6}\+\n?\d{4}", span), span
                coordination += int(digits[4:6] if len(digits) == 10 else digits[6:8]) > 60
            elif lab["entity"] == "DK_CPR":
                no_mod11 += not ids.cpr_is_mod11(digits)
    return plus, coordination, no_mod11


def check_category_labels(docs: list[Doc]) -> None:
    """Danish and Swedish, 40-60 % revealing nothing, every label a known category on some text."""
    assert {d["lang"] for d in docs} >= {"da", "sv"}
    negatives = [d for d in docs if not d["labels"]]
    assert 0.4 * len(docs) <= len(negatives) <= 0.6 * len(docs)
    for doc in docs:
        for lab in _labels(doc):
            assert lab["entity"] in CATEGORIES, (doc["id"], lab)
            assert _span(doc, lab).strip(), doc["id"]


def check_name_spans(docs: list[Doc]) -> None:
    """PERSON spans are trimmed, hold no address or leading title, and are whole words."""
    assert {d["lang"] for d in docs} >= {"da", "sv"}
    for doc in docs:
        text = str(doc["text"])
        for lab in _labels(doc):
            span = _span(doc, lab)
            assert lab["entity"] == "PERSON" and span == span.strip() and "@" not in span, (doc["id"], span)
            assert span.split()[0].lower() not in TITLES, (doc["id"], span)
            assert not text[int(str(lab["start"])) - 1 : int(str(lab["start"]))].isalpha(), (doc["id"], span)
            assert not text[int(str(lab["end"])) : int(str(lab["end"])) + 1].isalpha(), (doc["id"], span)
