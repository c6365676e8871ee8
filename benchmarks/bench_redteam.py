"""Red-team evaluation: `pii-scanner scan` end to end over the independent sets in benchmarks/data/redteam/.

    .venv/bin/python benchmarks/bench_redteam.py                      # every set present
    .venv/bin/python benchmarks/bench_redteam.py --set identifiers    # one set
    .venv/bin/python benchmarks/bench_redteam.py --set names --errors 50 --show-text

Each document is written as ``<id>.txt`` into a temporary folder, the folder is scanned with the real CLI
(``pii-scanner scan DIR --format jsonl --show-values --workers 1``, output to a file in a second temporary
folder), and both folders are deleted afterwards. Nothing of the tool is imported: only its output is read.

Scoring rules:
- identifiers (DK_CPR, SE_PERSONNUMMER, FI_PERSONAL_IDENTITY_CODE, NO_FODSELSNUMMER): a finding is a true
  positive when its entity type AND its exact character span (start, end) equal a label. A right span with the
  wrong country is a miss for the labelled entity and a false hit for the reported one. An "overlap" line uses
  a looser rule (same entity type, spans overlap) to tell boundary errors from real misses. Findings of other
  entity types (phones, e-mail, IBAN, PERSON...) are ignored in this set.
- categories: per document, the set of categories on the item record (``categories``) against the set of
  label entities; micro and per-category precision/recall over documents.
- names: PERSON findings against PERSON labels, exact span (CoNLL rule) and overlap.

``--data FILE --set KIND`` scores another file of the same shape (the hold-out sets in
benchmarks/data/redteam/holdout/, a fresh draw made with a builder's ``--seed``). ``--by-family`` adds figures
per document family. ``--errors N`` lists up to N misses and false hits per entity as ``id start-end``;
``--show-text`` adds the span's text (the data is synthetic).

A ``.txt`` document that opens with mail headers ("From: ...") is read by the CLI as a message, which reports
offsets into the text it scanned (subject, address lines rebuilt from the parsed headers, body joined by blank
lines); ``redteam/mail_offsets.py`` maps them back to the raw text exactly (each finding's value checked) and
counts any finding it cannot map as a false hit, so no document is dropped from the score.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.redteam import baseline
from benchmarks.redteam.formats import choose_format, write_as
from benchmarks.redteam.html_offsets import remap_html
from benchmarks.redteam.mail_offsets import Stats, remap

DATA = Path(__file__).resolve().parent / "data" / "redteam"
ID_ENTITIES = ("DK_CPR", "SE_PERSONNUMMER", "FI_PERSONAL_IDENTITY_CODE", "NO_FODSELSNUMMER")
CATEGORIES = (
    "health",
    "genetic",
    "biometric",
    "trade_union",
    "religion",
    "ethnic_origin",
    "sexual_orientation",
    "political_opinion",
    "criminal_records",
)
SETS = ("identifiers", "categories", "names")

Span = tuple[str, int, int, str]  # doc id, start, end, entity


def load(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def scanner_command() -> list[str]:
    exe = Path(sys.executable).parent / "pii-scanner"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pii-scanner")
    return [found] if found else [sys.executable, "-m", "pii_scanner"]


def run_scan(
    docs: list[dict[str, object]], extra: list[str], formats: dict[str, str] | None = None
) -> tuple[list[dict[str, object]], float, int]:
    """Scan the documents end to end; return the JSONL records, seconds taken and the exit code.

    ``formats`` maps a document id to the file type it is written as (default: all ``.txt``).
    """
    with (
        tempfile.TemporaryDirectory(prefix="redteam-in-") as src,
        tempfile.TemporaryDirectory(prefix="redteam-out-") as out,
    ):
        for doc in docs:
            did = str(doc["id"])
            write_as(Path(src), did, str(doc["text"]), (formats or {}).get(did, "txt"))
        result = Path(out, "scan.jsonl")
        cmd = [
            *scanner_command(),
            "scan",
            src,
            "--format",
            "jsonl",
            "--show-values",
            "--workers",
            "1",
            "-o",
            str(result),
            *extra,
        ]
        started = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=os.environ.copy(), check=False)
        seconds = time.perf_counter() - started
        if proc.returncode not in (0, 1):
            print(f"scan exited {proc.returncode}: {proc.stderr.strip()[-2000:]}", file=sys.stderr)
        records = []
        if result.exists():
            with result.open(encoding="utf-8") as fh:
                records = [json.loads(line) for line in fh if line.strip()]
        return records, seconds, proc.returncode


def doc_id(record: dict[str, object]) -> str:
    return Path(str(record.get("path", ""))).stem


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def overlaps(a: Span, b: Span) -> bool:
    return a[0] == b[0] and a[3] == b[3] and a[1] < b[2] and b[1] < a[2]


def score_spans(
    name: str,
    docs: list[dict[str, object]],
    records: list[dict[str, object]],
    entities: tuple[str, ...],
    errors: int,
    show_text: bool,
) -> None:
    texts = {str(d["id"]): str(d["text"]) for d in docs}
    gold: set[Span] = set()
    for d in docs:
        for lab in d["labels"]:  # type: ignore[attr-defined]
            if lab["entity"] in entities:
                gold.add((str(d["id"]), int(lab["start"]), int(lab["end"]), str(lab["entity"])))
    pred: set[Span] = set()
    for rec in records:
        if rec.get("record") == "item" or rec.get("entity_type") not in entities:
            continue
        pred.add((doc_id(rec), int(rec["start"]), int(rec["end"]), str(rec["entity_type"])))  # type: ignore[call-overload]
    print(f"\n== {name}: {len(docs)} documents, {len(gold)} labelled spans, {len(pred)} reported ==")
    print(f"{'entity':<28}{'gold':>6}{'found':>7}{'TP':>6}{'FP':>6}{'FN':>6}   P       R       F1     | overlap P / R")
    tot = Counter[str]()
    for ent in entities:
        g = {s for s in gold if s[3] == ent}
        p = {s for s in pred if s[3] == ent}
        if not g and not p:
            continue
        tp, fp, fn = len(g & p), len(p - g), len(g - p)
        op = sum(1 for s in p if any(overlaps(s, x) for x in g))
        og = sum(1 for s in g if any(overlaps(s, x) for x in p))
        tot.update(tp=tp, fp=fp, fn=fn, op=op, og=og, np=len(p), ng=len(g))
        P, R, F = prf(tp, fp, fn)
        oP = op / len(p) if p else 1.0
        oR = og / len(g) if g else 1.0
        print(f"{ent:<28}{len(g):>6}{len(p):>7}{tp:>6}{fp:>6}{fn:>6}   {P:.4f}  {R:.4f}  {F:.4f} | {oP:.4f} / {oR:.4f}")
        if errors:
            for kind, spans in (("miss", sorted(g - p)), ("false", sorted(p - g))):
                for s in spans[:errors]:
                    other = [
                        x[3] for x in (pred if kind == "miss" else gold) if (x[0], x[1], x[2]) == s[:3] and x[3] != ent
                    ]
                    note = (
                        f" (reported as {other[0]})"
                        if other and kind == "miss"
                        else (f" (labelled {other[0]})" if other else "")
                    )
                    snippet = f"  {texts.get(s[0], '')[s[1] : s[2]]!r}" if show_text else ""
                    print(f"    {kind:<5} {s[0]} {s[1]}-{s[2]}{note}{snippet}")
                if len(spans) > errors:
                    print(f"    ... {len(spans) - errors} more {kind}")
    cpr_gold = {s for s in gold if s[3] == "DK_CPR"}
    if cpr_gold:
        # CPR numbers without the modulus-11 check digit are issued since 2007; report them apart.
        def mod11(s: Span) -> bool:
            digits = [int(c) for c in texts[s[0]][s[1] : s[2]] if c.isdigit()]
            return (
                len(digits) == 10
                and sum(d * w for d, w in zip(digits, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1), strict=True)) % 11 == 0
            )

        for label, group in (
            ("modulus-11", {s for s in cpr_gold if mod11(s)}),
            ("no modulus-11", {s for s in cpr_gold if not mod11(s)}),
        ):
            found = len(group & pred)
            print(f"  DK_CPR recall, {label} numbers: {found}/{len(group)} = {found / len(group) if group else 1:.4f}")
    if len([e for e in entities if any(s[3] == e for s in gold | pred)]) > 1:
        P, R, F = prf(tot["tp"], tot["fp"], tot["fn"])
        print(
            f"{'all (micro)':<28}{tot['ng']:>6}{tot['np']:>7}{tot['tp']:>6}{tot['fp']:>6}{tot['fn']:>6}"
            f"   {P:.4f}  {R:.4f}  {F:.4f}"
        )


def compact(value: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", value).upper()


def score_values(
    name: str,
    docs: list[dict[str, object]],
    records: list[dict[str, object]],
    entities: tuple[str, ...],
    formats: dict[str, str],
) -> None:
    """Value rule for --formats: per document and entity, the multiset of values (identifiers compacted to
    letters and digits, names with whitespace collapsed) found against the labelled ones, per file type."""

    def key(entity: str, value: str) -> str:
        return " ".join(value.split()) if entity == "PERSON" else compact(value)

    texts = {str(d["id"]): str(d["text"]) for d in docs}
    gold: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for d in docs:
        for lab in d["labels"]:  # type: ignore[attr-defined]
            if lab["entity"] in entities:
                value = texts[str(d["id"])][lab["start"] : lab["end"]]
                gold[(str(d["id"]), str(lab["entity"]))][key(str(lab["entity"]), value)] += 1
    pred: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for rec in records:
        if rec.get("record") != "item" and rec.get("entity_type") in entities and "value" in rec:
            pred[(doc_id(rec), str(rec["entity_type"]))][key(str(rec["entity_type"]), str(rec["value"]))] += 1
    print(f"\n== {name} as files (value rule) ==")
    print(f"{'file type':<10}{'entity':<28}{'docs':>6}{'gold':>6}{'TP':>6}{'FP':>6}{'FN':>6}   P       R")
    for fmt in sorted(set(formats.values())):
        ids_of = {i for i, f in formats.items() if f == fmt}
        for ent in entities:
            tp = fp = fn = 0
            for did in ids_of:
                g, p = gold.get((did, ent), Counter()), pred.get((did, ent), Counter())
                both = sum((g & p).values())
                tp, fp, fn = tp + both, fp + sum(p.values()) - both, fn + sum(g.values()) - both
            if tp + fp + fn:
                P, R, _ = prf(tp, fp, fn)
                print(f"{fmt:<10}{ent:<28}{len(ids_of):>6}{tp + fn:>6}{tp:>6}{fp:>6}{fn:>6}   {P:.4f}  {R:.4f}")


def family_table(docs: list[dict[str, object]], records: list[dict[str, object]]) -> None:
    """Misses and false hits of the national identifiers per document family (any entity type)."""
    fam = {str(d["id"]): str(d.get("family")) for d in docs}
    gold = {
        (str(d["id"]), int(lab["start"]), int(lab["end"]), str(lab["entity"]))
        for d in docs
        for lab in d["labels"]  # type: ignore[attr-defined]
    }
    pred = {
        (doc_id(r), int(r["start"]), int(r["end"]), str(r["entity_type"]))  # type: ignore[call-overload]
        for r in records
        if r.get("entity_type") in ID_ENTITIES
    }
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    for d in docs:
        rows[fam[str(d["id"])]]["docs"] += 1
    for s in gold:
        rows[fam[s[0]]]["gold"] += 1
        rows[fam[s[0]]]["fn"] += s not in pred
    for s in pred:
        rows[fam.get(s[0], "?")]["fp"] += s not in gold
    print(f"\n{'family':<22}{'docs':>6}{'gold':>6}{'FN':>5}{'FP':>5}")
    for f, c in sorted(rows.items(), key=lambda kv: -(kv[1]["fn"] + kv[1]["fp"])):
        print(f"{f:<22}{c['docs']:>6}{c['gold']:>6}{c['fn']:>5}{c['fp']:>5}")


def score_categories(docs: list[dict[str, object]], records: list[dict[str, object]], errors: int) -> None:
    predicted: dict[str, set[str]] = defaultdict(set)
    for rec in records:
        if rec.get("record") == "item":
            predicted[doc_id(rec)] = set(rec.get("categories") or [])  # type: ignore[arg-type]
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    wrong: list[str] = []
    negatives = flagged_negatives = 0
    for d in docs:
        did = str(d["id"])
        # sentence-span labels ({"entity": ...}) or, in the own blind sets, plain category names
        gold = {str(lab["entity"]) if isinstance(lab, dict) else str(lab) for lab in d["labels"]}  # type: ignore[attr-defined]
        pred = predicted.get(did, set()) & set(CATEGORIES)
        if not gold:
            negatives += 1
            flagged_negatives += bool(pred)
        for c in CATEGORIES:
            counts[c]["tp"] += c in gold and c in pred
            counts[c]["fp"] += c not in gold and c in pred
            counts[c]["fn"] += c in gold and c not in pred
        if gold != pred:
            wrong.append(f"    {did}: labelled {sorted(gold) or '-'} reported {sorted(pred) or '-'}")
    print(f"\n== categories: {len(docs)} documents ({negatives} reveal no category about a person) ==")
    print(f"{'category':<22}{'gold':>6}{'TP':>6}{'FP':>6}{'FN':>6}   P       R       F1")
    tot = Counter[str]()
    for c in CATEGORIES:
        k = counts[c]
        tot.update(k)
        P, R, F = prf(k["tp"], k["fp"], k["fn"])
        print(f"{c:<22}{k['tp'] + k['fn']:>6}{k['tp']:>6}{k['fp']:>6}{k['fn']:>6}   {P:.4f}  {R:.4f}  {F:.4f}")
    P, R, F = prf(tot["tp"], tot["fp"], tot["fn"])
    print(
        f"{'micro':<22}{tot['tp'] + tot['fn']:>6}{tot['tp']:>6}{tot['fp']:>6}{tot['fn']:>6}   {P:.4f}  {R:.4f}  {F:.4f}"
    )
    print(f"negative documents flagged with any category: {flagged_negatives} of {negatives}")
    if errors:
        for line in wrong[:errors]:
            print(line)
        if len(wrong) > errors:
            print(f"    ... {len(wrong) - errors} more")


def mail_offsets(
    docs: list[dict[str, object]], records: list[dict[str, object]], errors: int
) -> list[dict[str, object]]:
    """Findings of documents the CLI read as mail (a ``.txt`` opening with ``From:``) moved to raw-text offsets.

    The CLI reports offsets into the text it scanned (subject, rebuilt address lines, body); the labels index
    the raw text. Every finding is kept: one that cannot be mapped exactly counts as a false hit."""
    stats = Stats()
    texts = {str(d["id"]): str(d["text"]) for d in docs}
    out = remap(records, texts, doc_id, stats)
    if stats.documents:
        print(
            f"read as mail by the CLI: {stats.documents} documents; {stats.mapped} findings mapped to raw offsets, "
            f"{len(stats.unmapped)} could not be (counted as false hits)"
        )
        for line in stats.unmapped[:errors]:
            print(f"    unmapped {line}")
    out, html_docs, unmapped = remap_html(out, texts, doc_id)
    if html_docs:
        print(
            f"read as HTML by the CLI: {html_docs} documents; findings mapped to raw offsets by value, "
            f"{len(unmapped)} could not be (counted as false hits)"
        )
        for line in unmapped[:errors]:
            print(f"    unmapped {line}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=[*SETS, "all"], default="all")
    ap.add_argument("--errors", type=int, default=0, help="list up to N misses and false hits per entity")
    ap.add_argument("--show-text", action="store_true", help="print the text of each listed span")
    ap.add_argument("--lang", help="only documents of this language (da, sv, ...)")
    ap.add_argument("--data", type=Path, help="score this file instead (with --set naming its kind)")
    ap.add_argument("--by-family", action="store_true", help="also figures per document family")
    ap.add_argument(
        "--baseline",
        action="store_true",
        help="identifiers: also score a context-free regex + check-digit reference (no scan)",
    )
    ap.add_argument(
        "--formats",
        action="store_true",
        help="write documents as .eml/.xlsx/.docx/.pdf/.txt by their shape and score by value per file type",
    )
    args = ap.parse_args(argv)
    if args.data and args.set == "all":
        ap.error("--data needs --set identifiers|categories|names")
    for name in SETS if args.set == "all" else (args.set,):
        path = args.data or DATA / f"{name}.jsonl"
        if not path.exists():
            print(f"(no {path})")
            continue
        docs = load(path)
        if args.lang:
            docs = [d for d in docs if d["lang"] == args.lang]
        formats = {str(d["id"]): choose_format(str(d["id"]), str(d["text"])) for d in docs} if args.formats else None
        records, seconds, rc = run_scan(docs, [], formats)
        items = [r for r in records if r.get("record") == "item"]
        failed = [r for r in items if r.get("error")]
        size = sum(len(str(d["text"]).encode()) for d in docs)
        print(
            f"\n[{name}] scanned {len(items)}/{len(docs)} items, {size / 1e3:.0f} kB, {seconds:.1f} s, "
            f"exit {rc}, {len(failed)} item errors"
        )
        if not formats:
            records = mail_offsets(docs, records, args.errors)
        if formats and name != "categories":
            score_values(name, docs, records, ID_ENTITIES if name == "identifiers" else ("PERSON",), formats)
            continue
        if name == "identifiers":
            score_spans(name, docs, records, ID_ENTITIES, args.errors, args.show_text)
            if args.baseline:
                reference = [
                    {"path": f"{d['id']}.txt", "entity_type": e, "start": s, "end": t}
                    for d in docs
                    for s, t, e in baseline.find(str(d["text"]), str(d["lang"]))
                ]
                score_spans("reference: regex + check digits, no context", docs, reference, ID_ENTITIES, 0, False)
            if args.by_family:
                family_table(docs, records)
        elif name == "categories":
            score_categories(docs, records, args.errors)
        else:
            by_lang = sorted({str(d["lang"]) for d in docs})
            score_spans(name, docs, records, ("PERSON",), args.errors, args.show_text)
            families = sorted({str(d.get("family")) for d in docs}) if args.by_family else []
            groups = [("lang", v) for v in by_lang] + [("family", v) for v in families]
            for key, value in groups:
                sub = [d for d in docs if str(d.get(key)) == value]
                keep = {str(d["id"]) for d in sub}
                score_spans(f"names [{value}]", sub, [r for r in records if doc_id(r) in keep], ("PERSON",), 0, False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
