"""Access-request packs on a synthetic organisation: per-subject recall and precision, leaked data.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_access.py            # both splits
    PYTHONPATH=. .venv/bin/python benchmarks/bench_access.py --split heldout

benchmarks/access_corpus.py writes a share, a USB export (removable origin) and mail (.eml) with 12
data subjects written in every form (CPR/personnummer in several written forms, full name, names in
capitals, genitives, ASCII spellings surname-first, initial + surname, e-mail in a mail header, phone,
contact-list rows, a CV on the USB stick), 4 namesakes (same name, another CPR/personnummer: alone,
and next to the subject in one document) and up to 16 decoys (Anne-Sofie Møller for Anne Møller,
another first name with the surname, the first name with another surname). The corpus is swept,
then for each subject a request case is opened with everything a request gives (identifier, name,
e-mail, phone) and ``request export --live`` writes the pack.

Per subject: recall and precision of the pack's items against the documents that hold the subject's
data; "leaks": strings of OTHER people (identifiers, phones, e-mails, streets, name words the subject
does not share) written in the documents of the pack and found anywhere in the pack's files. A pack is
exact when recall = precision = 1 and nothing leaked. The to-review list (next to the pack) is counted,
not scored. Split ``heldout`` uses disjoint name pools and other phrasings, and was not looked at while
the matching was built.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote

from benchmarks.access_corpus import Doc, Person, build
from pii_scanner.access import Subject, request_export, request_open
from pii_scanner.core.config import ScanConfig
from pii_scanner.sweeps.engine import sweep

SEEDS = {"dev": 11, "heldout": 29}
HEADER = "subject  cc  expected  packed  recall precision  leaks review"


def _config(tmp: Path, root: Path, db: Path) -> Path:
    cfg = tmp / "sweep.toml"
    cfg.write_text(
        f'[store]\ndb = "{db}"\n'
        f'[[sources]]\ntype = "paths"\nname = "share"\npaths = ["{root / "share"}"]\norigin = "share"\n'
        f'[[sources]]\ntype = "paths"\nname = "usb"\npaths = ["{root / "usb"}"]\norigin = "removable"\n'
        f'[[sources]]\ntype = "paths"\nname = "mail"\npaths = ["{root / "mail"}"]\norigin = "share"\n',
        encoding="utf-8",
    )
    return cfg


def _subject(p: Person) -> Subject:
    ident = {"cpr": p.ident} if p.country == "DK" else {"personnummer": p.ident}
    return Subject.of(name=p.name, email=p.email, phone=p.phone, **ident)


def _leaks(subject: Person, docs: list[Doc], pack_text: str) -> list[str]:
    own_words = {w.casefold() for w in re.split(r"[\s\-]+", subject.name)}
    own = {subject.email, subject.phone, subject.street, *subject.ident_forms()}
    found = []
    for doc in docs:
        for pid, strings in doc.written.items():
            if pid == subject.pid:
                continue
            for s in strings:
                if s in own:
                    continue
                if re.fullmatch(r"[^\W\d_][\w\s.,'-]*", s) and "@" not in s and not re.search(r"\d", s):
                    for word in re.split(r"[\s,\-.]+", s):
                        shown = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", pack_text, re.IGNORECASE)
                        if len(word) > 1 and word.casefold() not in own_words and shown:
                            found.append(f"{pid}:name-word")
                elif s in pack_text:
                    found.append(f"{pid}:{'email' if '@' in s else 'number/street'}")
    return found


def run_split(split: str, keep: Path | None = None) -> dict[str, object]:
    tmp = Path(tempfile.mkdtemp(prefix=f"bench-access-{split}-", dir=keep))
    root = tmp / "corpus"
    world, docs, subjects = build(root, SEEDS[split], split)
    db = tmp / "index.sqlite3"
    cfg = _config(tmp, root, db)
    t0 = time.perf_counter()
    sweep(config_path=cfg, db=str(db), config=ScanConfig(workers=1), notify=False)
    sweep_s = time.perf_counter() - t0
    rows = []
    t1 = time.perf_counter()
    for s in subjects:
        case = request_open(str(db), _subject(s))
        result = request_export(str(db), case.id, tmp / f"pack-{s.pid}", live=True, config=cfg)
        data = json.loads((result.path / "data.json").read_text(encoding="utf-8"))
        got = {unquote(i["location"]).split("/corpus/", 1)[1] for i in data["items"]}
        want = {d.rel for d in docs if s.pid in d.people}
        in_pack = [d for d in docs if d.rel in got]
        text = "\n".join(p.read_text(encoding="utf-8") for p in result.path.rglob("*") if p.is_file())
        leaks = _leaks(s, in_pack, text)
        tp = len(got & want)
        rows.append(
            {
                "subject": s.pid,
                "country": s.country,
                "expected": len(want),
                "packed": len(got),
                "recall": tp / len(want) if want else 1.0,
                "precision": tp / len(got) if got else 1.0,
                "leaks": len(leaks),
                "to_review": result.to_review,
                "missed": sorted(want - got),
                "wrong": sorted(got - want),
                "leak_kinds": sorted(set(leaks)),
            }
        )
    packs_s = time.perf_counter() - t1
    exact = sum(r["recall"] == 1.0 and r["precision"] == 1.0 and r["leaks"] == 0 for r in rows)
    tp = sum(round(r["recall"] * r["expected"]) for r in rows)
    return {
        "split": split,
        "documents": len(docs),
        "subjects": len(subjects),
        "namesakes": sum(p.role == "namesake" for p in world.people.values()),
        "decoys": sum(p.role == "decoy" for p in world.people.values()),
        "micro_recall": tp / sum(r["expected"] for r in rows),
        "micro_precision": tp / max(1, sum(r["packed"] for r in rows)),
        "min_recall": min(r["recall"] for r in rows),
        "min_precision": min(r["precision"] for r in rows),
        "leaks": sum(r["leaks"] for r in rows),
        "exact_packs": exact,
        "sweep_seconds": round(sweep_s, 1),
        "pack_seconds_each": round(packs_s / len(subjects), 1),
        "per_subject": rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=[*SEEDS, "both"], default="both")
    parser.add_argument("--verbose", action="store_true", help="print what was missed, wrong or leaked")
    args = parser.parse_args()
    for split in SEEDS if args.split == "both" else [args.split]:
        out = run_split(split)
        print(
            f"[{split}] {out['documents']} documents, {out['subjects']} subjects, {out['namesakes']} namesakes, "
            f"{out['decoys']} decoys"
        )
        print(HEADER)
        for r in out["per_subject"]:  # type: ignore[attr-defined]
            print(
                f"{r['subject']:8} {r['country']:3} {r['expected']:8d} {r['packed']:7d} {r['recall']:7.3f} "
                f"{r['precision']:9.3f} {r['leaks']:6d} {r['to_review']:6d}"
            )
            if args.verbose and (r["missed"] or r["wrong"] or r["leak_kinds"]):
                print("    missed", r["missed"], "wrong", r["wrong"], "leaks", r["leak_kinds"])
        print(
            f"[{split}] micro recall {out['micro_recall']:.3f}, micro precision {out['micro_precision']:.3f}, "
            f"min recall {out['min_recall']:.3f}, min precision {out['min_precision']:.3f}, "
            f"third-party leaks {out['leaks']}, exact packs {out['exact_packs']}/{out['subjects']}; "
            f"sweep {out['sweep_seconds']} s, {out['pack_seconds_each']} s per pack"
        )
        print(json.dumps({k: v for k, v in out.items() if k != "per_subject"}))


if __name__ == "__main__":
    main()
