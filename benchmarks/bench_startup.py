"""What a process pays before it reads anything: `pii-scanner` start-up, in ONE run, optionally A/B.

Runs each command as a child process (``python -m pii_scanner ...`` with this checkout first on the path,
or ``--base``'s for the base side), alternating sides round by round, and prints the CPU time of the
child (user + system, from wait4) and its wall time, best and median over ``--rounds``:

- ``--version`` and ``--help`` (no verb runs);
- ``scan`` of a one-line text file, default entities and the six identifiers (``--format jsonl``);
- ``import pii_scanner.pipeline`` alone (the scan path's imports, nothing built).

The data cache (parsed lexicons, compiled regular expressions) lives in a temporary folder shared by
both sides: the first round is a "cold" start (nothing cached) and is printed apart; the figures are
over the warm rounds. The machine may be shared: the ratio base/new of one run is the figure.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_startup.py [--base /tmp/base] [--rounds 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIX = "DK_CPR,SE_PERSONNUMMER,EMAIL_ADDRESS,PHONE_NUMBER,IBAN_CODE,CREDIT_CARD"


def _commands(tiny: Path) -> dict[str, list[str]]:
    scan = ["-m", "pii_scanner", "scan", str(tiny), "--format", "jsonl", "--workers", "1"]
    return {
        "--version": ["-m", "pii_scanner", "--version"],
        "--help": ["-m", "pii_scanner", "--help"],
        "scan tiny file, default entities": scan,
        "scan tiny file, six identifiers": [*scan, "--entities", SIX],
        "import pii_scanner.pipeline": ["-c", "import pii_scanner.pipeline"],
    }


def _run(root: Path, args: list[str], cache: Path) -> tuple[float, float]:
    """CPU seconds (user + system) and wall seconds of one child."""
    env = {**os.environ, "PYTHONPATH": str(root), "PII_SCANNER_CACHE_DIR": str(cache)}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *args], cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{args} under {root} exited {proc.returncode}")
    return usage.ru_utime + usage.ru_stime, wall


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=Path, help="a checkout to compare with (e.g. a worktree of an older commit)")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    sides = {"new": ROOT} | ({"base": args.base.resolve()} if args.base else {})
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; sides: {sides}")
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        tiny = Path(tmp) / "tiny.txt"
        tiny.write_text("Mødet er flyttet til torsdag kl. 10 i lokale 2.\n", encoding="utf-8")
        commands = _commands(tiny)
        cpu: dict[tuple[str, str], list[float]] = {}
        wall: dict[tuple[str, str], list[float]] = {}
        cold: dict[tuple[str, str], tuple[float, float]] = {}
        for side, root in sides.items():  # cold: each side with its own empty cache folder
            for name, command in commands.items():
                cold[side, name] = _run(root, command, Path(tmp) / f"cold-{side}-{len(cold)}")
        cache = Path(tmp) / "warm"
        for command in commands.values():  # fill the shared cache once per side
            for root in sides.values():
                _run(root, command, cache)
        for r in range(args.rounds):
            order = list(sides.items()) if r % 2 == 0 else list(reversed(sides.items()))
            for name, command in commands.items():
                for side, root in order:
                    c, w = _run(root, command, cache)
                    cpu.setdefault((side, name), []).append(c)
                    wall.setdefault((side, name), []).append(w)
        print(f"\nCPU seconds of the child, best / median of {args.rounds} warm rounds (wall best); cold = first start")
        for name in commands:
            line = f"{name:34s}"
            for side in sides:
                cs, ws = cpu[side, name], wall[side, name]
                line += (
                    f"  {side}: {min(cs):.3f} / {statistics.median(cs):.3f} (wall {min(ws):.3f},"
                    f" cold {cold[side, name][0]:.3f})"
                )
            if "base" in sides:
                line += f"  base/new {min(cpu['base', name]) / min(cpu['new', name]):.2f}x"
            print(line)
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
