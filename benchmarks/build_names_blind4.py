"""Build an own blind names batch (names_blind4, names_blind5) from its hand-written source (names marked ``{{...}}``).

    python benchmarks/build_names_blind4.py                      # names_blind4: writes the .jsonl next to the source
    python benchmarks/build_names_blind4.py names_blind5         # another batch folder under benchmarks/data/

Same shape as the red-team sets, so ``bench_redteam.py --set names --data ...`` scores it end to end.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
_MARK = re.compile(r"\{\{(.+?)\}\}")


def documents(source: str) -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for block in source.split("=== ")[1:]:
        head, _, body = block.partition("\n")
        doc_id, lang, kind = head.split()
        marked = body.rstrip("\n")
        text, labels, pos = [], [], 0
        for m in _MARK.finditer(marked):
            text.append(marked[pos : m.start()])
            start = sum(len(t) for t in text)
            text.append(m.group(1))
            labels.append({"start": start, "end": start + len(m.group(1)), "entity": "PERSON"})
            pos = m.end()
        text.append(marked[pos:])
        docs.append({"id": doc_id, "lang": lang, "family": f"hand-{kind}", "text": "".join(text), "labels": labels})
    return docs


def main() -> None:
    here = DATA / (sys.argv[1] if len(sys.argv) > 1 else "names_blind4")
    docs = documents((here / "source.txt").read_text(encoding="utf-8"))
    lines = [json.dumps(d, ensure_ascii=False) for d in docs]
    (here / "names.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    spans = sum(len(d["labels"]) for d in docs)  # type: ignore[arg-type]
    print(f"{len(docs)} documents, {spans} PERSON spans")


if __name__ == "__main__":
    main()
