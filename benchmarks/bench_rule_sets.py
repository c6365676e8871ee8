"""The installed compiled rule modules (``native/rules``, mypyc) against the pure ones: same findings? how fast?

Needs the build (``./run setup``, or ``pip install ./native/rules``). In one run:

- the engine corpus (``tests/detect/engine_corpus.py``: four entity sets at thresholds 0 and 0.5) with
  both rule sets in this process: the finding lines must be IDENTICAL;
- ``Engine.detect`` (six entities, CPU, best of ``--runs``) on the realistic and dense texts of
  ``bench_scan.make_text``, the two sets taking turns in this process;
- ``pii-scanner scan`` (one worker, six entities, jsonl, CPU time of the child) on those texts at each
  ``--sizes``, with the compiled rules and with ``PII_SCANNER_PURE_RULES=1``, alternating for
  ``--rounds`` rounds; the finding records must be the same. The C kernel runs in both.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_rule_sets.py [--sizes 4,16 --rounds 3 --corpus 1000000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from bench_scan import DENSE_PROSE, ENTITIES, MB, make_text, run_scan  # noqa: E402

from pii_scanner.core.config import DetectConfig  # noqa: E402
from pii_scanner.detect import Engine, rule_sets  # noqa: E402
from tests.detect import engine_corpus  # noqa: E402


def _load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def compare_corpus(size: int, compiled: rule_sets.RuleSet) -> None:
    corpus = engine_corpus.make_corpus(size=size)
    lines = {}
    for rules in (rule_sets.PURE, compiled):
        started = time.process_time()
        lines[rules.name] = list(engine_corpus.findings_lines(corpus, engine_corpus.all_engines(rules)))
        took = time.process_time() - started
        print(f"engine corpus, {rules.name} rules: {len(lines[rules.name])} lines, {took:.1f} s CPU")
    same = lines[rule_sets.PURE.name] == lines[compiled.name]
    print("engine corpus:", "IDENTICAL" if same else "DIFFERENT")
    if not same:
        raise SystemExit(1)


def time_engines(texts: dict[str, str], compiled: rule_sets.RuleSet, rounds: int, runs: int) -> None:
    engines = {r.name: Engine(DetectConfig(entities=ENTITIES), rule_set=r) for r in (rule_sets.PURE, compiled)}
    best: dict[tuple[str, str], float] = {}
    for n in range(rounds):
        for label, text in texts.items():
            order = list(engines.items()) if n % 2 == 0 else list(engines.items())[::-1]
            for name, engine in order:
                engine.detect(text[:1000])
                for _ in range(runs):
                    started = time.process_time()
                    engine.detect(text)
                    took = time.process_time() - started
                    best[label, name] = min(best.get((label, name), took), took)
    print(f"Engine.detect, six entities, CPU, best of {rounds} rounds x {runs} runs, alternating ({_load()})")
    for label, text in texts.items():
        mbytes = len(text.encode()) / MB
        pure, fast = best[label, rule_sets.PURE.name], best[label, compiled.name]
        print(
            f"  {label:<9} {mbytes:5.2f} MB  pure rules {1000 * pure / mbytes:6.1f} ms/MB  "
            f"compiled {1000 * fast / mbytes:6.1f} ms/MB  = {pure / fast:4.2f}x"
        )


def _is_finding(record: dict[str, object]) -> bool:
    return record.get("record") == "finding"


def time_scans(tmp: Path, sizes: list[int], rounds: int) -> None:
    args = ["--format", "jsonl", "--entities", ",".join(ENTITIES), "--workers", "1"]
    sides = {"compiled": {rule_sets.PURE_RULES_ENV: ""}, "pure rules": {rule_sets.PURE_RULES_ENV: "1"}}
    run_scan([str(ROOT / "README.md"), *args])  # bytecode compiled once, not in a timed run
    print(f"pii-scanner scan, one worker, six entities, CPU of the child, {rounds} rounds alternating")
    for size in sizes:
        for label, prose in (("realistic", 0.7), ("dense", DENSE_PROSE)):
            path = tmp / f"{label}-{size}.txt"
            path.write_text(make_text(size * MB, prose, seed=7), encoding="utf-8")
            mbytes = path.stat().st_size / MB
            seconds: dict[str, list[float]] = {name: [] for name in sides}
            found: dict[str, list[object]] = {}
            loads = []
            for n in range(rounds):
                order = list(sides.items()) if n % 2 == 0 else list(sides.items())[::-1]
                for name, env in order:
                    loads.append(os.getloadavg()[0])
                    cpu, _, _, records = run_scan([str(path), *args], env, keep=_is_finding)
                    seconds[name].append(cpu)
                    found[name] = records
            same = "same findings" if found["compiled"] == found["pure rules"] else "FINDINGS DIFFER"
            ratios = sorted(p / c for p, c in zip(seconds["pure rules"], seconds["compiled"], strict=True))
            best_p, best_c = min(seconds["pure rules"]), min(seconds["compiled"])
            print(
                f"  {label:<9} {mbytes:5.1f} MB  pure rules {mbytes / best_p:5.2f} MB/s  compiled "
                f"{mbytes / best_c:5.2f} MB/s  best/best {best_p / best_c:4.2f}x  per round "
                f"{ratios[0]:.2f}-{ratios[-1]:.2f}x  {same}  (load {min(loads):.1f}-{max(loads):.1f})"
            )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=int, default=1_000_000, help="characters of the engine corpus compared")
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes of each in-process timed text")
    parser.add_argument("--sizes", default="4,16", help="MB of the scanned texts (comma-separated; '' skips)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=3, help="timed detects per round (best kept)")
    args = parser.parse_args(argv)
    compiled = rule_sets.compiled_rules()
    if compiled is None:
        raise SystemExit(f"the compiled rule modules are {rule_sets.status()}: pip install ./native/rules")
    if args.corpus:
        compare_corpus(args.corpus, compiled)
    kinds = (("realistic", 0.7), ("dense", DENSE_PROSE))
    texts = {label: make_text(args.size, prose, seed=7) for label, prose in kinds}
    time_engines(texts, compiled, args.rounds, args.runs)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if sizes:
        with tempfile.TemporaryDirectory(prefix="bench-rules-") as tmp:
            time_scans(Path(tmp), sizes, args.rounds)


if __name__ == "__main__":
    main()
