"""Experiment: the engine's rule modules compiled by mypyc, unchanged; same findings? how much faster?

The rule steps (filters, record fields, layout, country votes, the recognizers' verifiers) are plain
typed Python. This copies the package to a temporary directory, compiles those modules there with
mypyc (from the dev dependencies; gcc needed), and then, in child processes:

- compares every finding of the engine corpus (``tests/detect/engine_corpus.py``, all four engine
  configurations at two thresholds) between this checkout and the compiled copy: they must be
  IDENTICAL, line for line;
- times ``Engine.detect`` (six entities, CPU time, best of ``--runs`` per child) on the realistic and
  dense texts of ``bench_scan.make_text``, the two trees taking turns for ``--rounds`` rounds.

It ships nothing: the compiled copy lives in the temporary directory only (see docs/performance.md,
"Session 8", for why it is not the fast path yet).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_mypyc_rules.py [--size 1000000 --rounds 3 --corpus 2000000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_scan import DENSE_PROSE, ENTITIES, make_text  # noqa: E402

#: The modules compiled: every step a candidate goes through after the candidate regex.
MODULES = (
    "pii_scanner/detect/filters.py",
    "pii_scanner/detect/fields.py",
    "pii_scanner/detect/layout.py",
    "pii_scanner/detect/country.py",
    "pii_scanner/detect/recognizers/base.py",
    "pii_scanner/detect/recognizers/national_ids.py",
    "pii_scanner/detect/recognizers/contact.py",
    "pii_scanner/detect/recognizers/financial.py",
)

_TIMER = r"""
import sys, time
import pii_scanner.detect.filters as filters
from pii_scanner.core.config import DetectConfig
from pii_scanner.detect import Engine
engine = Engine(DetectConfig(entities=tuple(sys.argv[2].split(","))))
engine.detect("warm up 010190-1234 jens@example.dk")
text = open(sys.argv[1], encoding="utf-8").read()
engine.detect(text)
best = min(
    (lambda t: (engine.detect(text), time.process_time() - t)[1])(time.process_time()) for _ in range(int(sys.argv[3]))
)
print(best, len(engine.detect(text)), filters.__file__.rsplit(".", 1)[-1])
"""


def _env(tree: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def build(tree: Path) -> None:
    """A copy of the package in ``tree`` with MODULES compiled in place by mypyc."""
    for name in ("pii_scanner", "recognizers"):
        shutil.copytree(ROOT / name, tree / name, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    (tree / "tests" / "detect").mkdir(parents=True)
    for name in ("tests/__init__.py", "tests/detect/__init__.py", "tests/detect/engine_corpus.py"):
        shutil.copy2(ROOT / name, tree / name)
    mypyc = Path(sys.executable).with_name("mypyc")
    done = subprocess.run(
        [str(mypyc), "--ignore-missing-imports", *MODULES], cwd=tree, capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise SystemExit(f"mypyc failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")


def corpus_lines(tree: Path, size: int, out: Path, action: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "tests.detect.engine_corpus", action, str(out), "--size", str(size)],
        cwd=tree,
        env=_env(tree),
        capture_output=True,
        text=True,
        check=False,
    )
    if action == "record" and done.returncode:
        raise SystemExit(f"engine_corpus {action} failed in {tree}: {done.stderr[-2000:]}")
    return (done.stdout.strip().splitlines() or [""])[-1] if done.returncode == 0 else done.stdout[-1500:]


def timed(tree: Path, path: Path, runs: int) -> tuple[float, int, str]:
    done = subprocess.run(
        [sys.executable, "-c", _TIMER, str(path), ",".join(ENTITIES), str(runs)],
        cwd=tree,
        env=_env(tree),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise SystemExit(f"timing failed in {tree}: {done.stderr[-2000:]}")
    seconds, found, kind = done.stdout.split()
    return float(seconds), int(found), kind


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes of each timed text")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=3, help="timed detects per child (best kept)")
    parser.add_argument("--corpus", type=int, default=2_000_000, help="characters of the engine corpus compared")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-mypyc-") as name:
        tmp = Path(name)
        compiled = tmp / "compiled"
        build(compiled)
        recorded = tmp / "findings.txt"
        print("this checkout:", corpus_lines(ROOT, args.corpus, recorded, "record"))
        print("compiled copy:", corpus_lines(compiled, args.corpus, recorded, "compare"))
        files = {}
        for label, prose in (("realistic", 0.7), ("dense", DENSE_PROSE)):
            files[label] = tmp / f"{label}.txt"
            files[label].write_text(make_text(args.size, prose, seed=7), encoding="utf-8")
        trees = {"python": ROOT, "mypyc": compiled}
        best: dict[tuple[str, str], tuple[float, int, str]] = {}
        for n in range(args.rounds):
            for label, path in files.items():
                order = list(trees.items()) if n % 2 == 0 else list(trees.items())[::-1]
                for side, tree in order:
                    got = timed(tree, path, args.runs)
                    if (label, side) not in best or got[0] < best[(label, side)][0]:
                        best[(label, side)] = got
        print(f"Engine.detect, six entities, CPU, best of {args.rounds} rounds x {args.runs} runs, alternating")
        for label, path in files.items():
            mbytes = path.stat().st_size / 1e6
            (py, py_found, py_kind), (mc, mc_found, mc_kind) = best[(label, "python")], best[(label, "mypyc")]
            same = "same findings" if py_found == mc_found else f"FINDINGS DIFFER {py_found} vs {mc_found}"
            print(
                f"{label:<10} {mbytes:5.2f} MB  python ({py_kind}) {1000 * py / mbytes:6.1f} ms/MB  "
                f"mypyc ({mc_kind}) {1000 * mc / mbytes:6.1f} ms/MB  = {py / mc:4.2f}x  {same}"
            )


if __name__ == "__main__":
    main()
