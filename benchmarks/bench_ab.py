"""A/B of the scan's speed between two checkouts, in ONE run: did a change make the scan slower?

Times ``Engine.detect`` (in a child process per run, CPU time around the call) and
``pii-scanner scan FILE --format jsonl --entities <6 ids> --workers 1`` (CPU time of the child,
user + system, start-up included) on the SAME realistic and dense texts (bench_scan.make_text of
this checkout), alternating base and new run by run, best of ``--rounds``. Both sides must find
the same number of findings on the same text, else the line says so.

    git worktree add /tmp/base <ref>      # a read-only checkout of the base
    PYTHONPATH=. .venv/bin/python benchmarks/bench_ab.py --base /tmp/base [--size 1000000 --rounds 3]

The machine may be shared: the ratio new/base of one run is the figure, not the seconds.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_scan import DENSE_PROSE, ENTITIES, make_text  # noqa: E402

_ENGINE = r"""
import sys, time
from pii_scanner.core.config import DetectConfig
from pii_scanner.detect import Engine
engine = Engine(DetectConfig(entities=tuple(sys.argv[2].split(","))))
engine.detect("warm up 010190-1234 jens@example.dk")
text = open(sys.argv[1], encoding="utf-8").read()
start = time.process_time()
found = len(engine.detect(text))
print(time.process_time() - start, found)
"""


def _env(tree: Path, tmp: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONPYCACHEPREFIX=str(tmp / f"pyc-{abs(hash(str(tree)))}"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def engine_run(tree: Path, path: Path, tmp: Path) -> tuple[float, int]:
    """CPU seconds of ``Engine.detect`` on the file's text with ``tree``'s code, and the findings."""
    out = subprocess.run(
        [sys.executable, "-c", _ENGINE, str(path), ",".join(ENTITIES)],
        env=_env(tree, tmp),
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode:
        raise SystemExit(f"engine run failed in {tree}: {out.stderr[-2000:]}")
    seconds, found = out.stdout.split()
    return float(seconds), int(found)


def scan_run(tree: Path, path: Path, tmp: Path) -> tuple[float, int]:
    """CPU seconds (user + system) of ``pii-scanner scan`` with ``tree``'s code, and the findings."""
    fd, out_name = tempfile.mkstemp(suffix=".jsonl", dir=tmp)
    os.close(fd)
    cmd = [sys.executable, "-m", "pii_scanner", "scan", str(path), "--format", "jsonl"]
    cmd += ["--entities", ",".join(ENTITIES), "--workers", "1", "-o", out_name]
    proc = subprocess.Popen(cmd, env=_env(tree, tmp), cwd=tree, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"scan failed in {tree} ({code})")
    with open(out_name, encoding="utf-8") as fh:
        found = sum(1 for line in fh if '"record": "finding"' in line or '"record":"finding"' in line)
    os.unlink(out_name)
    return usage.ru_utime + usage.ru_stime, found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=Path, required=True, help="checkout of the base (git worktree add DIR REF)")
    parser.add_argument("--new", type=Path, default=ROOT, help="checkout of the new code (default: this one)")
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes of each text")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    trees = {"base": args.base.resolve(), "new": args.new.resolve()}
    with tempfile.TemporaryDirectory(prefix="bench-ab-") as name:
        tmp = Path(name)
        files = {}
        for label, prose in (("realistic", 0.7), ("dense", DENSE_PROSE)):
            files[label] = tmp / f"{label}.txt"
            files[label].write_text(make_text(args.size, prose, seed=7), encoding="utf-8")
        for tree in trees.values():
            scan_run(tree, files["realistic"], tmp)  # bytecode compiled before the timed runs
        runs: dict[tuple[str, str, str], list[tuple[float, int]]] = {}
        for n in range(args.rounds):
            for label, path in files.items():
                for kind, run in (("engine", engine_run), ("scan", scan_run)):
                    order = list(trees.items()) if n % 2 == 0 else list(trees.items())[::-1]
                    for side, tree in order:
                        runs.setdefault((label, kind, side), []).append(run(tree, path, tmp))
        print(f"base {trees['base']}  new {trees['new']}  best of {args.rounds}, CPU seconds, alternating")
        for label, path in files.items():
            mbytes = path.stat().st_size / 1e6
            for kind in ("engine", "scan"):
                base = min(s for s, _ in runs[(label, kind, "base")])
                new = min(s for s, _ in runs[(label, kind, "new")])
                found = {side: {f for _, f in runs[(label, kind, side)]} for side in trees}
                same = (
                    f"{min(found['new'])} findings, same"
                    if found["base"] == found["new"]
                    else f"FINDINGS DIFFER {found}"
                )
                print(
                    f"{label:<10} {kind:<6} {mbytes:5.2f} MB  base {mbytes / base:6.2f} MB/s  "
                    f"new {mbytes / new:6.2f} MB/s  new/base time {new / base:5.2f}  {same}"
                )


if __name__ == "__main__":
    main()
