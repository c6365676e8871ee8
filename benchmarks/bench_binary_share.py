"""What reading binary data of types no extractor reads costs, on a realistic mixed share.

Builds a share of media and binaries beside ordinary documents (a 50 MB video, mp3s with ID3 tags, fonts,
executables, office text) and runs ``pii-scanner scan SHARE --format jsonl --workers 1`` on it: CPU time
of the child (user + system, start-up included), MB/s, findings and items per flag. With ``--base DIR``
(a checkout of the code before the change: ``git worktree add /tmp/base REF``) the same share is scanned by
both, alternating run by run, best of ``--rounds``; with ``--skip`` a third variant passes
``--skip-types 'audio/*,video/*,font/*'``. The machine may be shared: compare the figures of one run.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_binary_share.py [--base /tmp/base] [--rounds 2] [--skip]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import resource
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024


def _mp3(rng: random.Random, seconds: int, title: str) -> bytes:
    text = b"\x00" + title.encode("latin-1")
    frame = b"TIT2" + struct.pack(">I", len(text)) + b"\x00\x00" + text
    size = len(frame)
    tag = b"ID3\x03\x00\x00" + bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    frames = seconds * 38  # 128 kbit/s: about 38 frames of 417 bytes a second
    return tag + frame + b"".join(b"\xff\xfb\x90\x64" + rng.randbytes(413) for _ in range(frames))


def build_share(folder: Path, seed: int = 9) -> int:
    """The share; returns its size in bytes."""
    rng = random.Random(seed)
    media = folder / "Medier"
    media.mkdir(parents=True)
    (media / "julefrokost.mp4").write_bytes(
        b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + rng.randbytes(50 * MB)
    )
    for i in range(8):
        (media / f"podcast_{i:02d}.mp3").write_bytes(_mp3(rng, 240, f"Afsnit {i}"))
    fonts = folder / "Skrifttyper"
    fonts.mkdir()
    system_fonts = sorted(Path("/usr/share/fonts").rglob("*.ttf"))[:12] if Path("/usr/share/fonts").exists() else []
    for font in system_fonts:
        shutil.copy(font, fonts / font.name)
    tools = folder / "Programmer"
    tools.mkdir()
    for name in ("true", "ls", "cat", "python3"):
        found = shutil.which(name)
        if found:
            shutil.copy(Path(found).resolve(), tools / name)
    docs = folder / "Dokumenter"
    docs.mkdir()
    for i in range(40):
        lines = [f"Referat {i}: mødet blev holdt med Jens Hansen og Anna Berg." for _ in range(200)]
        (docs / f"referat_{i:02d}.txt").write_text("\n".join(lines), encoding="utf-8")
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def scan_once(root: Path, share: Path, extra: list[str]) -> tuple[float, collections.Counter[str], int]:
    env = {**os.environ, "PYTHONPATH": str(root), "PII_SCANNER_KEY": "k" * 32}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(
        [sys.executable, "-m", "pii_scanner", "scan", str(share), "--format", "jsonl", "--workers", "1", *extra],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=root,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    kinds: collections.Counter[str] = collections.Counter()
    for line in proc.stdout.splitlines():
        record = json.loads(line)
        if record["record"] == "item":
            for flag in record["flags"] or ["(none)"]:
                kinds[f"items flagged {flag}"] += 1
            kinds["items with an error"] += record["error"] is not None
        else:
            kinds[f"findings {record['entity_type']}"] += 1
    return cpu, kinds, proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=Path, default=None, help="a checkout of the code before the change")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--skip", action="store_true", help="also scan with --skip-types 'audio/*,video/*,font/*'")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-binary-") as tmp:
        share = Path(tmp) / "share"
        size = build_share(share)
        variants: list[tuple[str, Path, list[str]]] = [("new", ROOT, [])]
        if args.base is not None:
            variants.insert(0, ("base", args.base.resolve(), []))
        if args.skip:
            variants.append(("new, media skipped", ROOT, ["--skip-types", "audio/*,video/*,font/*"]))
        best: dict[str, tuple[float, collections.Counter[str], int]] = {}
        for _ in range(args.rounds):
            for name, root, extra in variants:
                cpu, kinds, code = scan_once(root, share, extra)
                if name not in best or cpu < best[name][0]:
                    best[name] = (cpu, kinds, code)
        print(f"share: {size / MB:.1f} MB, {sum(1 for p in share.rglob('*') if p.is_file())} files")
        for name, (cpu, kinds, code) in best.items():
            print(f"{name}: CPU {cpu:.1f} s, {size / MB / cpu:.1f} MB/s, exit {code}")
            for key, count in sorted(kinds.items()):
                print(f"    {key}: {count}")


if __name__ == "__main__":
    main()
