"""A/B of the offline name step (``FallbackNameFinder.find``) between two checkouts, in ONE run.

The texts are ``ner_record.py``'s corpus as THIS checkout generates it, written once to a temporary file so
both sides read the same texts: the generated name-dense documents ("dense", ~9,500 documents, ~3.3 MB) or the
repository's prose ("prose"). Each side runs in a child process per round with its own checkout first on the
path (and, with ``--base-path``/``--new-path``, the directory holding its own build of ``pii_scanner_names``:
a build is used only when its source hash is the checkout's), warms the memo tables with one pass, then
reports the best CPU time of ``--passes`` passes. The sides alternate round by round; the machine may be
shared, so the ratio of one run is the figure.

    git worktree add /tmp/base <ref>     # or: git archive <ref> | tar -x -C /tmp/base
    PYTHONPATH=. .venv/bin/python benchmarks/bench_names_ab.py --base /tmp/base [--rounds 3] [--text prose]
    PII_SCANNER_PURE_PYTHON=1 ... bench_names_ab.py --base /tmp/base      # both sides in pure Python

Prints counts and MB/s only, never names.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

_CHILD = r"""
import json, sys, time
from pii_scanner.detect.ner import name_kernel
from pii_scanner.detect.ner.fallback import FallbackNameFinder
texts = json.load(open(sys.argv[1], encoding="utf-8"))
finder = FallbackNameFinder()
found = sum(len(finder.find(t)) for t in texts)
best = float("inf")
for _ in range(int(sys.argv[2])):
    start = time.process_time()
    for t in texts:
        finder.find(t)
    best = min(best, time.process_time() - start)
print(best, found, "compiled" if finder.compiled else "pure")
"""


def corpus(which: str) -> list[str]:
    """The texts of ner_record.py's corpus: the generated documents ("dense") or the prose."""
    sys.path.insert(0, str(HERE))
    import ner_record  # the benchmarks folder is not a package

    return [text for key, text in ner_record.corpus(300) if key.startswith("prose/") == (which == "prose")]


def run(tree: Path, extra: str | None, texts: Path, passes: int) -> tuple[float, int, str]:
    """Best CPU seconds of ``passes`` passes with ``tree``'s code, the findings, which pass ran."""
    path = os.pathsep.join(p for p in (str(tree), extra) if p)
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(texts), str(passes)],
        env={**os.environ, "PYTHONPATH": path},
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode:
        raise SystemExit(f"name step failed in {tree}: {out.stderr[-2000:]}")
    best, found, kind = out.stdout.split()
    return float(best), int(found), kind


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=Path, required=True, help="the checkout to compare with")
    ap.add_argument("--new", type=Path, default=HERE.parent, help="the checkout measured (default: this one)")
    ap.add_argument("--base-path", help="a directory put after --base on the path (its own native build)")
    ap.add_argument("--new-path", help="a directory put after --new on the path")
    ap.add_argument("--text", choices=("dense", "prose"), default="dense")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--passes", type=int, default=3)
    args = ap.parse_args()
    texts = corpus(args.text)
    volume = sum(len(t.encode()) for t in texts) / 1e6
    with tempfile.TemporaryDirectory(prefix="names-ab-") as tmp:
        path = Path(tmp) / "texts.json"
        path.write_text(json.dumps(texts), encoding="utf-8")
        print(f"{len(texts)} {args.text} documents, {volume:.2f} MB")
        best = {"base": float("inf"), "new": float("inf")}
        for i in range(args.rounds):
            for side, tree, extra in (("base", args.base, args.base_path), ("new", args.new, args.new_path)):
                cpu, found, kind = run(tree.resolve(), extra, path, args.passes)
                best[side] = min(best[side], cpu)
                print(f"round {i + 1} {side:4s} {kind:8s} {cpu:.3f} s CPU  {volume / cpu:.2f} MB/s  {found} names")
        print(
            f"best: base {volume / best['base']:.2f} MB/s, new {volume / best['new']:.2f} MB/s, "
            f"new/base speed {best['base'] / best['new']:.2f}x"
        )


if __name__ == "__main__":
    main()
