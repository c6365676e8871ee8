"""The minimisation report's past-retention list against documents of known category, event and age.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_retention.py             # both splits
    PYTHONPATH=. .venv/bin/python benchmarks/bench_retention.py --split heldout --verbose

benchmarks/retention_corpus.py writes a Danish share (case folders, personnel, customers,
bookkeeping), a USB stick with recruitment rounds, mail (.eml: resignations in the inbox root, general
mail), a Swedish share (source jurisdiction SE) and three registers (cases, employees, customers as
CSV), with each document's true category and due date. The corpus is swept with the shipped policy
plus the registers, and the report's past-retention list is compared with the truth:

- precision and recall of the past-retention list (documents holding personal data whose due date
  has passed);
- the share of documents (with personal data) whose category is right, and whose due date is right
  (same day; both "none" counts as right), overall and on the documents whose event is recorded
  somewhere (a letter, a register, a folder); where nothing records the event (a case closed silently,
  a recruitment round without a letter) the truth is a date no system can know and the report can only
  be approximate.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import date
from pathlib import Path
from urllib.parse import unquote

import sqlalchemy as sa

from benchmarks.retention_corpus import TODAY, build
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.resources import data_dir
from pii_scanner.reports.minimisation import minimisation
from pii_scanner.store import open_store
from pii_scanner.store import schema as s
from pii_scanner.sweeps.engine import sweep

SEEDS = {"dev": 5, "heldout": 17}
REGISTERS = """
registers:
  - {name: sager, category: case_material, csv: sager.csv, key: sagsnr, date: lukket}
  - {name: ansatte, category: personnel, csv: ansatte.csv, key: navn, date: fratraadt}
  - {name: kunder, category: aml, csv: kunder.csv, key: kunde, date: ophoert}
"""


def _rel(location: str) -> str:
    return unquote(location).split("/corpus/", 1)[1]


def run_split(split: str) -> dict[str, object]:
    tmp = Path(tempfile.mkdtemp(prefix=f"bench-retention-{split}-"))
    root = tmp / "corpus"
    corpus = build(root, SEEDS[split], split)
    policy = root / "policy.yaml"
    policy.write_text((data_dir("policies") / "retention.yaml").read_text(encoding="utf-8") + REGISTERS, "utf-8")
    db = tmp / "index.sqlite3"
    cfg = tmp / "sweep.toml"
    cfg.write_text(
        f'[store]\ndb = "{db}"\n[retention]\npolicy = "{policy}"\n'
        f'[[sources]]\ntype = "paths"\nname = "share"\npaths = ["{root / "share"}"]\norigin = "share"\n'
        f'[[sources]]\ntype = "paths"\nname = "usb"\npaths = ["{root / "usb"}"]\norigin = "removable"\n'
        f'[[sources]]\ntype = "paths"\nname = "mail"\npaths = ["{root / "mail"}"]\norigin = "share"\n'
        f'[[sources]]\ntype = "paths"\nname = "se"\npaths = ["{root / "se"}"]\norigin = "share"\njurisdiction = "SE"\n',
        encoding="utf-8",
    )
    t0 = time.perf_counter()
    sweep(config_path=cfg, db=str(db), config=ScanConfig(workers=1), notify=False)
    seconds = time.perf_counter() - t0
    _, data = minimisation(str(db), fmt="json")
    listed = {_rel(r["location"]): r for r in json.loads(data)["sections"]["past_retention"]}
    i = s.items.c
    with open_store(str(db)) as st, st.engine.connect() as conn:
        rows = conn.execute(
            sa.select(i.location, i.retention_category, i.retention_due, i.metadata).where(i.depth == 0)
        ).all()
    predicted = {
        _rel(r[0]): (r[1], r[2].date() if r[2] else None, bool((r[3] or {}).get("retention_approximate"))) for r in rows
    }
    truth_past = {d.rel for d in corpus.docs if d.personal and d.due is not None and d.due <= TODAY}
    got_past = set(listed)
    tp = len(truth_past & got_past)
    personal = [d for d in corpus.docs if d.personal]
    recorded = [d for d in personal if not d.approximate_truth]

    def share(docs: list, ok: object) -> float:  # type: ignore[type-arg]
        return sum(1 for d in docs if ok(d)) / len(docs) if docs else 1.0  # type: ignore[operator]

    def cat_ok(d: object) -> bool:
        return predicted.get(d.rel, (None, None, False))[0] == d.category  # type: ignore[attr-defined]

    def due_ok(d: object, slack: int = 0) -> bool:
        got = predicted.get(d.rel, (None, None, False))[1]  # type: ignore[attr-defined]
        want = d.due  # type: ignore[attr-defined]
        return got == want if got is None or want is None else abs((got - want).days) <= slack

    wrong = {
        "missed": sorted(truth_past - got_past),
        "wrongly_listed": sorted(got_past - truth_past),
        "category": sorted(
            f"{d.rel}: {predicted.get(d.rel, ('?',))[0]} != {d.category}" for d in personal if not cat_ok(d)
        ),
        "due": sorted(
            f"{d.rel}: {predicted.get(d.rel, (None, None))[1]} != {d.due}"
            + (" (event recorded nowhere)" if d.approximate_truth else "")
            for d in personal
            if not due_ok(d)
        ),
    }
    approx_listed = sum(1 for r in listed.values() if r.get("approximate"))
    return {
        "split": split,
        "documents": len(corpus.docs),
        "with_personal_data": len(personal),
        "truly_past": len(truth_past),
        "listed": len(got_past),
        "precision": tp / len(got_past) if got_past else 1.0,
        "recall": tp / len(truth_past) if truth_past else 1.0,
        "category_right": share(personal, cat_ok),
        "due_right": share(personal, due_ok),
        "due_right_2d": share(personal, lambda d: due_ok(d, 2)),
        "due_right_recorded_events": share(recorded, due_ok),
        "event_recorded_nowhere": len(personal) - len(recorded),
        "listed_as_approximate": approx_listed,
        "sweep_seconds": round(seconds, 1),
        "today": TODAY.isoformat(),
        "errors": wrong,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=[*SEEDS, "both"], default="both")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    for split in SEEDS if args.split == "both" else [args.split]:
        out = run_split(split)
        print(
            f"[{split}] {out['documents']} documents ({out['with_personal_data']} with personal data, "
            f"{out['truly_past']} truly past retention, "
            f"{out['event_recorded_nowhere']} whose event is recorded nowhere)"
        )
        print(
            f"[{split}] past-retention list: precision {out['precision']:.3f}, recall {out['recall']:.3f} "
            f"({out['listed']} listed, {out['listed_as_approximate']} marked approximate); "
            f"category right {out['category_right']:.3f}; due date right {out['due_right']:.3f} "
            f"(within 2 days {out['due_right_2d']:.3f}; "
            f"where the event is recorded {out['due_right_recorded_events']:.3f})"
        )
        if args.verbose:
            for kind, items in out["errors"].items():  # type: ignore[attr-defined]
                for item in items:
                    print(f"    {kind}: {item}")
        print(json.dumps({k: v for k, v in out.items() if k != "errors"}))


if __name__ == "__main__":
    _ = date
    main()
