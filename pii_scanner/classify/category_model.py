"""A learned second opinion on the special-category rules: each category the rules set on an item is re-scored.

The rule classifier (special_categories.py) proposes categories with evidence; this module turns one category's
evidence on one item into features a reader would name (what anchors the sentence to a person and how near,
negation and hypothetical cues, the genre of the whole document, how many people and categories it names, the
words around the trigger, hashed) and scores them with a logistic regression trained on the labelled sets
(``python -m benchmarks.train_categories_model`` writes ``category_model.json`` next to this file; inference is
a sparse dot product in pure Python). Whether the product uses it is decided by leave-one-writer-out evaluation
(``benchmarks/categories_lowo.py``, docs/classification.md), never by the figure on a set it was fitted on.

No text is kept: features are lexicon entries, closed-class cue names and hashed lower-case words (words that
start with a capital, names most of all, are left out of the bag).
"""

from __future__ import annotations

import json
import math
import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pii_scanner.classify.special_categories import CATEGORY_TAG, Evidence, category_tagged, load_special_categories
from pii_scanner.classify.terms import TermSet
from pii_scanner.core.entities import NATIONAL_IDS
from pii_scanner.core.model import Finding

WEIGHTS = Path(__file__).with_name("category_model.json")
FEATURE_VERSION = 1
# cue kinds the lexicon gained after the weights were trained: left out, so the features stay the ones trained on
# (the rules drop the hits these cues cover before the model sees them)
_UNTRAINED_CUES = frozenset({"asked", "withheld"})
HASH_BITS = 14  # buckets for the bag of words: 16,384, collisions rare at a few thousand distinct words
_STEM = 6  # a word's first letters stand for its inflected forms ("diagnosen", "diagnoser" -> "diagno")
_WORD = re.compile(r"[^\W\d_]+")
_NEAR = 6  # words either side of a trigger that count as its neighbourhood

# Closed classes (da/sv/nb/en), named by what they are, not taken from any labelled sentence.
_NEGATION = frozenset(
    [
        "ikke",
        "ikkje",
        "inte",
        "ej",
        "ingen",
        "inga",
        "intet",
        "inget",
        "aldrig",
        "aldri",
        "never",
        "not",
        "no",
        "none",
        "without",
        "uden",
        "utan",
        "uten",
    ]
)
_MODAL = frozenset(
    [
        "kan",
        "kunne",
        "kunde",
        "kanske",
        "måske",
        "måske",
        "might",
        "may",
        "could",
        "would",
        "skulle",
        "ville",
        "bør",
        "borde",
    ]
)
_IF = frozenset(["hvis", "om", "ifall", "såfremt", "if", "whether"])
_GENERIC = frozenset(
    [
        "alle",
        "alla",
        "all",
        "everyone",
        "man",
        "nogen",
        "någon",
        "noen",
        "anyone",
        "medarbejdere",
        "medarbetare",
        "anställda",
        "ansatte",
        "employees",
        "borgere",
        "medborgare",
        "patienter",
        "patienterna",
        "pasienter",
        "elever",
        "eleverna",
        "students",
    ]
)
_FIRST = frozenset(
    [
        "jeg",
        "jag",
        "eg",
        "i",
        "mig",
        "meg",
        "me",
        "min",
        "mit",
        "mine",
        "mitt",
        "mina",
        "my",
        "vi",
        "we",
        "os",
        "oss",
        "our",
        "vores",
        "vår",
        "vårt",
        "våra",
    ]
)
_THIRD = frozenset(["han", "hun", "hon", "he", "she", "hans", "hennes", "hendes", "his", "her", "ham", "honom", "him"])
_SECOND = frozenset(["du", "dig", "deg", "dej", "you", "din", "dit", "ditt", "dina", "dine", "your"])
# Genre cues of a whole document: a policy, statistics, a job advert, news about an organisation, a price list,
# a course or event, a form to fill in. Stems (prefixes of a lower-case word).
_GENRES: dict[str, tuple[str, ...]] = {
    "policy": (
        "politik",
        "policy",
        "retningslinj",
        "riktlinj",
        "regler",
        "reglement",
        "procedur",
        "rutin",
        "vejledning",
        "vägledning",
        "veiledning",
        "guideline",
        "personalehåndbog",
        "personalhandbok",
    ),
    "stats": (
        "procent",
        "prosent",
        "percent",
        "andel",
        "antal",
        "antall",
        "statistik",
        "statistikk",
        "gennemsnit",
        "genomsnitt",
        "gjennomsnitt",
        "tabel",
        "rapport",
        "undersøgels",
        "undersökning",
    ),
    "jobad": (
        "søger",
        "söker",
        "ansøg",
        "ansök",
        "stilling",
        "tjänst",
        "kvalifikation",
        "kvalifikasjon",
        "arbejdsopgav",
        "arbetsuppgift",
        "tiltrædelse",
        "tillträde",
        "hiring",
        "applicant",
    ),
    "news": (
        "ifølge",
        "enligt",
        "oplyser",
        "uppger",
        "meddeler",
        "meddelar",
        "pressemeddelels",
        "pressmeddeland",
        "nyhed",
        "nyhet",
        "artikel",
        "artikkel",
        "journalist",
    ),
    "price": ("pris", "priser", "kr", "sek", "dkk", "nok", "moms", "rabat", "rabatt", "tilbud", "erbjudand"),
    "event": (
        "kursus",
        "kurs",
        "tilmeld",
        "anmäl",
        "program",
        "workshop",
        "webinar",
        "seminar",
        "konferen",
        "foredrag",
        "föredrag",
        "arrangement",
    ),
    "form": ("ja", "nej", "sæt", "kryds", "kryss", "udfyld", "fyll", "blanket", "blankett", "skema"),
}
_GREETING = frozenset(
    [
        "hej",
        "hei",
        "hi",
        "hello",
        "kære",
        "kära",
        "kjære",
        "dear",
        "mvh",
        "hilsen",
        "hälsningar",
        "hälsning",
        "regards",
        "venlig",
    ]
)
_STRENGTHS = ("strong", "medium", "weak", "hint", "meta")


@dataclass(frozen=True)
class CategoryModel:
    """Weights of one logistic regression over every category (a bias per category, every other feature shared)."""

    weights: Mapping[str, float]
    threshold: float  # a candidate below it is dropped
    protected_threshold: float  # ... or below this one, for a near-certain person-anchored candidate

    def probability(self, feats: Mapping[str, float]) -> float:
        z = sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keeps(self, p: float, protected: bool) -> bool:
        return p >= (self.protected_threshold if protected else self.threshold)


def from_dict(data: Mapping[str, Any]) -> CategoryModel:
    if data.get("feature_version") != FEATURE_VERSION:
        raise ValueError("category_model.json: written for other features; retrain (benchmarks.train_categories_model)")
    return CategoryModel(
        {str(k): float(v) for k, v in data["weights"].items()},
        float(data["threshold"]),
        float(data["protected_threshold"]),
    )


@cache
def load_category_model(path: str | None = None) -> CategoryModel:
    data = json.loads(Path(path or WEIGHTS).read_text(encoding="utf-8"))
    return from_dict(data)


@cache
def _strengths() -> dict[tuple[str, str], str]:
    """Lexicon entry (as evidence names it) -> strength, per category."""
    out: dict[tuple[str, str], str] = {}
    for tag, term in category_tagged():
        if tag[0] == CATEGORY_TAG:
            out.setdefault((tag[1], term.rstrip("+")), tag[2])
    return out


@cache
def _cues() -> TermSet:
    return load_special_categories().cues


def _bucket(word: str) -> str:
    return f"w{zlib.crc32(word.encode('utf-8')) & ((1 << HASH_BITS) - 1)}"


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _bin(n: float, edges: Sequence[float]) -> int:
    return sum(1 for e in edges if n >= e)


@dataclass
class DocumentView:
    """What the features need of an item, computed once per item."""

    text: str
    words: list[tuple[int, int, str]]
    lower: list[str]
    genres: frozenset[str]
    persons: int
    has_id: bool
    has_email: bool
    first_person: bool
    greeting: bool
    categories: int
    lines: int


def document_view(text: str, findings: Sequence[tuple[str, int, int]], categories: int) -> DocumentView:
    """``findings``: (entity type, start, end) of the item's findings."""
    words = _words(text)
    lower = [w[2].casefold() for w in words]
    genres = frozenset(g for g, stems in _GENRES.items() if any(w.startswith(stems) for w in lower))
    return DocumentView(
        text=text,
        words=words,
        lower=lower,
        genres=genres,
        persons=len({text[a:b] for kind, a, b in findings if kind == "PERSON"}),
        has_id=any(kind in NATIONAL_IDS for kind, _a, _b in findings),
        has_email=any(kind == "EMAIL_ADDRESS" for kind, _a, _b in findings),
        first_person=any(w in _FIRST for w in lower),
        greeting=any(w in _GREETING for w in lower[:8]) or any(w in _GREETING for w in lower[-8:]),
        categories=categories,
        lines=text.count("\n") + 1,
    )


def _anchor_kind(anchor: str) -> str:
    if anchor in NATIONAL_IDS:
        return "id"
    return anchor if anchor in ("PERSON", "EMAIL_ADDRESS", "first_person", "pronoun", "role") else "other"


def protected(evidence: Mapping[str, Any]) -> bool:
    """A near-certain rule hit anchored on a named or identified person (or the writer): kept unless the model is
    confident it is wrong."""
    return float(evidence["confidence"]) >= 0.9 and _anchor_kind(str(evidence["anchor"])) in (
        "PERSON",
        "id",
        "EMAIL_ADDRESS",
        "first_person",
    )


def features(doc: DocumentView, category: str, evidence: Sequence[Mapping[str, Any]]) -> dict[str, float]:
    """Features of one category on one item: ``evidence`` is the rules' evidence for it, best first (as_dict form)."""
    best = evidence[0]
    c = category
    f: dict[str, float] = {"bias": 1.0, "c=" + c: 1.0}

    # Shared by every category (a per-category bias only): crossing each feature with the category fitted the
    # training writers and carried worse in leave-one-writer-out (docs/classification.md).
    def add(name: str, value: float = 1.0) -> None:
        f[name] = f.get(name, 0.0) + value

    conf = float(best["confidence"])
    add("conf", conf)
    add(f"conf>={_bin(conf, (0.7, 0.8, 0.9, 0.95, 0.99))}")
    kind = _anchor_kind(str(best["anchor"]))
    add("anchor=" + kind)
    add("via=" + str(best["via"]))
    add(f"n_ev={min(len(evidence), 3)}")
    add("protected", 1.0 if protected(best) else 0.0)
    s0, s1 = (int(x) for x in best["sentence"])
    strengths = _strengths()
    levels = {strengths.get((c, str(t)), "other") for t in best["terms"]}
    for level in _STRENGTHS:
        if level in levels:
            add("str=" + level)
            break
    add(f"n_terms={min(len(best['terms']), 3)}")
    # Words of the sentence and the trigger's neighbourhood.
    text = doc.text
    idx = [i for i, (a, _b, _w) in enumerate(doc.words) if s0 <= a < s1]
    sent = [doc.lower[i] for i in idx]
    stems = [w for t in best["terms"] for w in str(t).rstrip("*+").casefold().split()[:1] if len(w) >= 3]
    trig = [i for i in idx if any(doc.lower[i].startswith(st) for st in stems)]
    anchor_span = best.get("anchor_span")
    if trig and anchor_span:
        a0 = int(anchor_span[0])
        dist = min(abs(doc.words[i][0] - a0) for i in trig)
        inside = s0 <= a0 < s1
        add(f"dist={'in' if inside else 'out'}{_bin(dist, (15, 40, 80, 160))}")
    elif anchor_span is None:
        add("dist=none")
    else:
        add("dist=noterm")
    near: set[int] = set()
    for i in trig:
        near.update(range(i - _NEAR, i + _NEAR + 1))
    for name, lexicon in (
        ("neg", _NEGATION),
        ("modal", _MODAL),
        ("if", _IF),
        ("generic", _GENERIC),
        ("first", _FIRST),
        ("third", _THIRD),
        ("second", _SECOND),
    ):
        if any(w in lexicon for w in sent):
            add("s_" + name)
        if any(doc.lower[i] in lexicon for i in near if 0 <= i < len(doc.lower) and i in idx):
            add("near_" + name)
    piece = text[s0:s1]
    if "?" in piece:
        add("question")
    if ":" in piece[:40]:
        add("label")
    add(f"slen={_bin(len(sent), (6, 12, 25, 50))}")
    for hit in _cues().scan(piece):
        if hit.tag[0] not in _UNTRAINED_CUES:
            add("cue=" + hit.tag[0])
    # The document.
    for g in sorted(doc.genres):
        add("g=" + g)
    add(f"persons={min(doc.persons, 3)}")
    if doc.has_id:
        add("doc_id")
    if doc.has_email:
        add("doc_email")
    if doc.first_person:
        add("doc_first")
    if doc.greeting:
        add("doc_greeting")
    add(f"ncat={min(doc.categories, 3)}")
    add(f"lines={_bin(doc.lines, (3, 8, 20, 60))}")
    # Bag of words: lower-case words only (a capital starts names, which must not count), stemmed and hashed.
    for i in idx:
        w = doc.words[i][2]
        if w[:1].isupper() and i != idx[0]:
            continue
        stem = doc.lower[i][:_STEM]
        f[_bucket("s:" + stem)] = 1.0
        if i in near:
            f[_bucket("n:" + stem)] = 1.0
    return f


def rescore(
    text: str, evidence: Sequence[Evidence], findings: Sequence[Finding], model: CategoryModel
) -> list[tuple[Evidence, float]]:
    """The evidence the model keeps, each with the model's probability for its category (rules' order kept)."""
    by_cat: dict[str, list[Evidence]] = {}
    for e in evidence:
        by_cat.setdefault(e.category, []).append(e)
    doc = document_view(text, [(f.entity_type, f.start, f.end) for f in findings], len(by_cat))
    probs: dict[str, float] = {}
    for c, evs in by_cat.items():
        dicts = [e.as_dict() for e in evs]
        p = model.probability(features(doc, c, dicts))
        if model.keeps(p, protected(dicts[0])):
            probs[c] = p
    return [(e, probs[e.category]) for e in evidence if e.category in probs]
