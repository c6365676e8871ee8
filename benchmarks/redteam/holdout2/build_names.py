"""Build benchmarks/data/redteam/holdout2/names.jsonl (v2 names hold-out), seeded and reproducible.

    python benchmarks/redteam/holdout2/build_names.py                  # seed 1717, the committed file

Labelling rule: see the README section "holdout2/ ... names.jsonl".
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from benchmarks.redteam.holdout2.handwritten_names import DOCS  # noqa: E402
from benchmarks.redteam.holdout2.names_render import NameFiller  # noqa: E402
from benchmarks.redteam.holdout2.templates_names import BUSINESS, NEWS  # noqa: E402
from benchmarks.redteam.holdout2.textdoc import from_markup  # noqa: E402

OUT = ROOT / "benchmarks" / "data" / "redteam" / "holdout2" / "names.jsonl"
DEFAULT_SEED = 1717
DRAWS = 5


def check(doc: dict[str, Any]) -> None:
    text = doc["text"]
    assert doc["labels"], doc["id"]
    for lab in doc["labels"]:
        s, e = lab["start"], lab["end"]
        span = text[s:e]
        assert span == span.strip() and span[-1].isalpha() and span.split()[-1][0].isupper(), (doc["id"], span)
        assert not text[s - 1 : s].isalpha(), (doc["id"], span)
        after = text[e : e + 2]
        # a letter may follow only as the genitive ending "s" (then a non-letter)
        assert not after[:1].isalpha() or (after[0] == "s" and not after[1:2].isalpha()), (doc["id"], span)


def build(seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    docs: list[dict[str, Any]] = []
    for lang in ("da", "sv"):
        for family, templates in (("news", NEWS[lang]), ("business", BUSINESS[lang])):
            for t, template in enumerate(templates):
                for n in range(DRAWS):
                    made = NameFiller(rng, lang).render(template)
                    docs.append(
                        {
                            "id": f"h2n-{lang}-{family}{t:02d}-{n}",
                            "lang": lang,
                            "family": family,
                            "text": made.text,
                            "labels": made.labels,
                        }
                    )
    for n, (lang, markup) in enumerate(DOCS):
        text, labels = from_markup(markup)
        docs.append({"id": f"h2n-hand-{n:03d}", "lang": lang, "family": "hand", "text": text, "labels": labels})
    for d in docs:
        check(d)
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    docs = build(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    spans = sum(len(d["labels"]) for d in docs)
    gen = sum(1 for d in docs for lab in d["labels"] if d["text"][lab["end"] : lab["end"] + 1] in ("s", "'"))
    print(f"{len(docs)} documents, {spans} PERSON spans ({gen} followed by a genitive ending) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
