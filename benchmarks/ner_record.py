"""Record the offline name finder's findings on a fixed corpus, or compare against a recording.

Speed work on ``detect/ner/fallback.py`` must keep the findings identical (except intended fixes);
this pins every field that reaches the output (span, score, rule, cues, normalised form) on every
generated split in both languages (blind3 halves included), the red-team name sets (v1, v2 and the
now-open v3; never the sealed v4) and the repository's own prose: 9,496 documents.

    .venv/bin/python benchmarks/ner_record.py record /tmp/ner.rec
    .venv/bin/python benchmarks/ner_record.py compare /tmp/ner.rec     # prints differing documents

Prints counts and offsets only, never names (the recording file does hold values: keep it in /tmp).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from code_root import use_root

use_root(sys.argv)  # --root DIR, else PYTHONPATH when set, else this checkout

from ner_corpus import Blind2Generator, Blind3Generator, BlindGenerator, FreshGenerator, Generator, faker_names  # noqa: E402

from pii_scanner.detect.ner.fallback import FallbackNameFinder  # noqa: E402

HERE = Path(__file__).resolve().parent


def corpus(docs: int) -> Iterator[tuple[str, str]]:
    """(key, text) pairs: generated splits, red-team sets, prose."""
    faker = faker_names()
    for lang in ("da", "sv"):
        first, last = faker[lang]
        gens = {
            "dev": Generator(lang, "dev", first, last),
            "test": Generator(lang, "test", first, last),
            "fresh": FreshGenerator(lang, first, last),
            "blind": BlindGenerator(lang, first, last),
            "blind2": Blind2Generator(lang, first, last),
            "blind3": Blind3Generator(lang, first, last, "tune"),
            "blind3h": Blind3Generator(lang, first, last, "hold"),
        }
        for split, gen in gens.items():
            for kind in ("business", "news"):
                for i in range(docs):
                    yield f"{lang}/{split}/{kind}/{i}", getattr(gen, kind)().text
    data = HERE / "data" / "redteam"
    sets = ("names.jsonl", "holdout/names.jsonl", "holdout/names_newnames.jsonl", "holdout2/names.jsonl")
    # holdout3 is open for tuning; holdout4 is sealed and never read here.
    for path in (data / name for name in (*sets, "holdout3/names.jsonl")):
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                yield f"{path.parent.name}/{path.name}/{row['id']}", row["text"]
    root = HERE.parent
    for path in sorted([*root.glob("docs/*.md"), root / "README.md", root / "CHANGELOG.md"]):
        yield f"prose/{path.name}", path.read_text(encoding="utf-8")


def findings(finder: FallbackNameFinder, text: str) -> list[list[object]]:
    return [
        [
            f.start,
            f.end,
            f.score,
            f.normalized,
            f.explanation.pattern if f.explanation else "",
            list(f.explanation.context) if f.explanation else [],
        ]
        for f in finder.find(text)
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("record", "compare"))
    ap.add_argument("file", type=Path)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--root", help="the checkout whose pii_scanner runs (default: PYTHONPATH when set, else this one)")
    args = ap.parse_args()
    finder = FallbackNameFinder()
    items = list(corpus(args.docs))
    t0 = time.process_time()
    got = {key: findings(finder, text) for key, text in items}
    cpu = time.process_time() - t0
    volume = sum(len(t.encode()) for _, t in items)
    total = sum(len(v) for v in got.values())
    print(f"{len(items)} documents, {volume / 1e6:.2f} MB, {total} findings, {cpu:.2f} s CPU")
    if args.mode == "record":
        args.file.write_text(json.dumps(got), encoding="utf-8")
        return
    want = json.loads(args.file.read_text(encoding="utf-8"))
    diff = [k for k in want if want[k] != got.get(k)]
    for key in diff[:40]:
        w, g = want[key], got.get(key, [])
        lost = [x[:2] for x in w if x not in g]
        new = [x[:2] for x in g if x not in w]
        print(f"DIFF {key}: lost {lost} new {new}")
    print(f"{len(diff)} of {len(want)} documents differ")
    sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
