"""The rules' candidates on each red-team set as the set's writer met them: the code of the commit that added it.

    PYTHONPATH=. nice .venv/bin/python -m benchmarks.categories_blind_candidates        # writes BLIND_CANDIDATES
    PYTHONPATH=. nice .venv/bin/python -m benchmarks.categories_blind_candidates --new  # adds folds not in it yet

Every opened red-team category set was scored once, sealed, by the code of its day, and the rules were tuned on
it afterwards; today's rules make almost no false hit on the opened sets (about 1 in 50 candidates), while a new
writer's set meets them with one in five. A filter trained on today's candidates would learn from the few
mistakes tuning left. So for each red-team folder this script checks out (``git archive``, into a temporary
folder) the package and lexicons of the commit that added the folder's categories.jsonl (a data-only commit:
the code then had never seen the set), runs the set's documents through that code's Processor in a subprocess,
and keeps per document the category evidence (offsets, lexicon entries, anchor kinds, confidence; no text, no
masked values) and the offsets and types of its findings; the project's own sets likewise, by the code of
OWN_COMMIT. benchmarks/train_categories_model.py and categories_lowo.py read the file with the current texts (a
document whose text changed since is skipped).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RED = ROOT / "benchmarks" / "data" / "redteam"
BLIND_CANDIDATES = RED / "blind_rule_candidates.jsonl"
SEALED = frozenset({"holdout18", "holdout19"})  # not listed: opened in sessions 21-22, left out of the shipped filter

# Runs inside the old code (its own PYTHONPATH): reads documents on stdin, writes one JSON line each.
_RUNNER = r"""
import dataclasses, json, sys
from pii_scanner.core.config import DetectConfig, ScanConfig
from pii_scanner.core.model import Item
from pii_scanner.pipeline import Processor
# the rules alone: a commit that ships the learned filter would hand over only what it kept
off = {"category_model": False} if "category_model" in {f.name for f in dataclasses.fields(DetectConfig)} else {}
processor = Processor.build(ScanConfig(detect=DetectConfig(**off)))
for line in sys.stdin:
    doc = json.loads(line)
    item = Item("mem:///doc.txt", "mem:///doc.txt", name="doc.txt", data=doc["text"].encode("utf-8"))
    result = processor.process(item)[0]
    evidence = [
        {k: e.get(k) for k in ("category", "confidence", "sentence", "terms", "anchor", "anchor_span", "via")}
        for e in result.category_evidence
    ]
    findings = [[f.entity_type, f.start, f.end] for f in result.findings]
    print(json.dumps({"id": doc["id"], "evidence": evidence, "findings": findings}), flush=True)
"""


def text_key(text: str) -> str:
    """Which version of a document the candidates were made on (a digest of the whole synthetic document)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# The project's own sets (benchmarks/data/categories*.jsonl) were written alongside the rules and tuned on as they
# came: they are kept as the rules of one fixed commit (session 18's start) met them, so that training reads only
# committed data and the weights do not move when the rules change.
OWN_COMMIT = "1f8ca749f7466b1014f6a1735dac5d4f4a7186bb"


def own_sets() -> Iterator[tuple[str, list[Path]]]:
    for path in sorted((ROOT / "benchmarks" / "data").glob("categories*.jsonl")):
        yield "own/" + path.stem, [path]


def folders() -> Iterator[tuple[str, list[Path]]]:
    yield "rt", sorted(RED.glob("categories.jsonl"))
    for folder in sorted(p for p in RED.iterdir() if p.is_dir() and p.name not in SEALED):
        files = sorted(folder.glob("categories*.jsonl"))
        if files:
            yield "rt/" + folder.name, files


def added_in(path: Path) -> str:
    out = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%H", "--", str(path.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return out[-1]


def run_old(commit: str, files: list[Path]) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory(prefix="blindrules-") as tmp:
        archive = subprocess.run(
            ["git", "archive", commit, "pii_scanner", "recognizers"], cwd=ROOT, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        docs = [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
        out = subprocess.run(
            [sys.executable, "-c", _RUNNER],
            input="\n".join(docs) + "\n",
            capture_output=True,
            text=True,
            check=True,
            cwd=tmp,
            env={"PYTHONPATH": tmp, "PATH": "/usr/bin:/bin", "HOME": tmp},
        ).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    texts = {json.loads(d)["id"]: json.loads(d)["text"] for d in docs}
    for r in rows:
        r["text_key"] = text_key(texts[r["id"]])
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--new",
        action="store_true",
        help="keep the folds already in the file (their code of the day is fixed) and add only the newly opened ones",
    )
    args = ap.parse_args(argv)
    lines: list[str] = []
    done: set[str] = set()
    if args.new and BLIND_CANDIDATES.exists():
        lines = [line for line in BLIND_CANDIDATES.read_text(encoding="utf-8").splitlines() if line.strip()]
        done = {json.loads(line)["fold"] for line in lines}
    for fold, files in [*folders(), *own_sets()]:
        if fold in done:
            continue
        commit = added_in(files[0]) if fold.startswith("rt") else OWN_COMMIT
        rows = run_old(commit, files)
        print(f"{fold:<14} {commit[:10]} {len(rows)} documents", flush=True)
        for r in rows:
            lines.append(json.dumps({"fold": fold, "commit": commit[:10], **r}, ensure_ascii=False))
    BLIND_CANDIDATES.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
