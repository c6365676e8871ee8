"""A frozen record of what classification gives on a fixed corpus, to prove speed work changes nothing.

The corpus: the special-category evaluation set (benchmarks/data/categories.jsonl), synthetic
business documents, and "stress" texts stitched from the lexicons themselves (category, document
type, cue and event terms next to names, identifiers, compounds, punctuation and case variants).
Each entry holds the text, the findings the detect stage gave when the record was made (so the
record does not move when detection changes) and every classification output: term hits,
categories with their evidence, document type, risk, languages, retention events, and the
categories found without findings (classification alone).

    PYTHONPATH=. .venv/bin/python -m tests.classify.classify_golden --record   # after an INTENDED change
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path
from typing import Any

from pii_scanner.classify import term_kernel
from pii_scanner.classify.content import build_hooks, combined_terms
from pii_scanner.classify.special_categories import load_special_categories
from pii_scanner.classify.terms import ItemText, load_yaml
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Explanation, Extracted, Finding, Item, ItemResult, TextPart

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "data" / "classify_golden.jsonl.gz"
SIX = ("DK_CPR", "SE_PERSONNUMMER", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD")
NAMES = ["notat.txt", "lønseddel_2024.pdf", "CV Jens Hansen.docx", "faktura-1234.pdf", "ansøgning.docx", "x"]


def _terms_of(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [t for v in node.values() for t in _terms_of(v)]
    if isinstance(node, list):
        return [str(t) for t in node]
    return []


def stress_texts(count: int = 80, seed: int = 14) -> list[str]:
    """Texts made of lexicon words in every shape the term matcher must get right."""
    rng = random.Random(seed)
    cats = load_yaml("special_categories.yaml")
    docs = load_yaml("doc_types.yaml")
    events = load_yaml("retention_events.yaml")
    # each lexicon drawn as often as the others, so that a growing category lexicon does not crowd out
    # the document-type and event terms
    lexicons = [_terms_of(cats["categories"]), _terms_of(docs["types"]), _terms_of(events["events"])]
    cues = _terms_of(cats["person"]) + _terms_of(cats["suppressors"]) + _terms_of(cats.get("relations") or {})
    heads = [str(h) for h in cats.get("generic_heads") or ()]
    parties = _terms_of(cats.get("party_abbreviations") or {})
    names = ["Mette Kjærgaard", "Jens Hansen", "Anna Lindqvist", "Kristen Madsen", "Peter", "Lone", "Dag Nya"]
    ids = ["010190-1234", "0101901234", "19900101-1239", "jens@firma.dk", "info@firma.dk", "120390 4567"]
    fillers = ["og", "i", "det", "han", "hon", "jeg", "jag", "er", "var", "blev", "den", "medarbejderen", "som"]
    seps = [" ", " ", " ", "  ", "-", "\n", ". ", ", ", "! ", "? ", ": ", "\n\n", " (", ") ", "'", "/", "."]

    def word() -> str:
        r = rng.random()
        if r < 0.35:
            t = rng.choice(rng.choice(lexicons)).lstrip("=").replace("~", rng.choice(["den lokale", "", "x y z w"]))
            t = t.replace("*", rng.choice(["", "e", "ede", "en", "s", "ning"]))
            if rng.random() < 0.15:
                t += rng.choice(heads) if heads else ""
        elif r < 0.5:
            t = rng.choice(cues).lstrip("=").replace("*", "").replace("~", "")
        elif r < 0.6:
            t = rng.choice(names)
        elif r < 0.68:
            t = rng.choice(ids)
        elif r < 0.72 and parties:
            t = rng.choice(names) + " (" + rng.choice(parties) + ")"
        else:
            t = rng.choice(fillers)
        shape = rng.random()
        if shape < 0.1:
            t = t.upper()
        elif shape < 0.25:
            t = t[:1].upper() + t[1:]
        return t

    out = []
    for _ in range(count):
        pieces = []
        for _ in range(rng.randrange(20, 400)):
            pieces.append(word())
            pieces.append(rng.choice(seps))
        if rng.random() < 0.1:
            pieces.insert(rng.randrange(len(pieces)), "İstanbul")  # lower() changes the length
        out.append("".join(pieces))
    return out


def corpus() -> list[str]:
    from pii_scanner.samples.synthetic import generate_document

    with open(ROOT / "benchmarks" / "data" / "categories.jsonl", encoding="utf-8") as fh:
        texts = [str(json.loads(line)["text"]) for line in fh]
    rng = random.Random(7)
    texts += [generate_document(rng, rng.randrange(2_000, 30_000), prose=p).text for p in (0.0, 0.5, 0.9) * 8]
    return texts + stress_texts()


def _finding(f: Finding) -> list[Any]:
    return [f.entity_type, f.start, f.end, f.score, f.value, f.normalized, f.subtype]


def _unfinding(row: list[Any]) -> Finding:
    kind, start, end, score, value, normalized, subtype = row
    return Finding(kind, start, end, score, value, normalized, Explanation(kind, "golden"), subtype, "body")


def outputs(text: str, findings: list[Finding], name: str, fast_path: str = "auto") -> dict[str, Any]:
    """Every classification output for one text and its findings (``fast_path``: "off" for pure Python,
    "auto" for the compiled word pass where it is installed)."""
    hooks = build_hooks(ScanConfig().with_(detect__fast_path=fast_path))
    item = Item(location=f"file:///golden/{name}", path=f"/golden/{name}", name=name)
    result = ItemResult(item=item, mime="text/plain", findings=list(findings))
    extracted = Extracted(mime="text/plain", parts=[TextPart(text, "body")])
    for hook in hooks:
        hook(result, extracted)
    kernel = term_kernel.select(fast_path)
    return {
        "hits": [[list(h.tag), h.term, h.start, h.end] for h in combined_terms().scan(ItemText(text, kernel))],
        "categories": result.categories,
        "evidence": result.category_evidence,
        "doc_type": result.doc_type,
        "risk": [result.risk, result.risk_reasons],
        "languages": result.languages,
        "events": {k: v for k, v in sorted(result.metadata.items()) if k.startswith("event_")},
        "alone": [e.as_dict() for e in load_special_categories().evidence(text)],
    }


def record(path: Path = GOLDEN) -> int:
    """Record with the REFERENCE matchers (the trie regex, the look-behind party regex), so that the
    record never comes from the optimised code it checks."""
    import re

    from pii_scanner.classify import special_categories
    from pii_scanner.classify.terms import Hit, TermSet
    from pii_scanner.core.config import DetectConfig
    from pii_scanner.detect import Engine
    from pii_scanner.pipeline import _name_finder

    def party_reference(pattern: re.Pattern[str], text: str) -> list[special_categories.Hit]:
        full = re.compile(r"(?<=[\w.])[ \t]?" + pattern.pattern)
        party, term = special_categories._PARTY, special_categories._PARTY_TERM
        return [special_categories.Hit(party, term, m.start(), m.end()) for m in full.finditer(text)]

    def scan_reference(self: TermSet, text: str | ItemText, *, once: frozenset[str] = frozenset()) -> list[Hit]:
        return self.scan_regex(text if isinstance(text, str) else text.text)  # all hits: ``once`` may skip repeats

    TermSet.scan = scan_reference  # type: ignore[method-assign]
    special_categories._party_hits = party_reference

    full = Engine(DetectConfig(), names=_name_finder(ScanConfig()))
    six = Engine(DetectConfig(entities=SIX))
    rows = []
    for n, text in enumerate(corpus()):
        engine = full if n % 2 else six
        findings = engine.detect_parts([TextPart(text, "body")])
        name = NAMES[n % len(NAMES)]
        rows.append({"text": text, "name": name, "findings": [_finding(f) for f in findings]})
        rows[-1]["expected"] = outputs(text, findings, name)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


def load(path: Path = GOLDEN) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def compare(row: dict[str, Any], fast_path: str = "auto") -> dict[str, Any]:
    """This code's outputs for a recorded row, JSON-normalised like the record."""
    got = outputs(row["text"], [_unfinding(r) for r in row["findings"]], row["name"], fast_path)
    normalised: dict[str, Any] = json.loads(json.dumps(got, ensure_ascii=False))
    return normalised


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--record", action="store_true")
    if parser.parse_args().record:
        print(f"recorded {record()} texts in {GOLDEN}")
