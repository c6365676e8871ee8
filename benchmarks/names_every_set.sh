#!/bin/bash
# Scores every opened names set with the real CLI, one at a time and niced, and prints one line per set
# (gold, TP, FP, FN, P/R/F1); the full error lists go to OUTDIR/<set>.txt for a diff against an earlier run.
#   PY=/path/to/python benchmarks/names_every_set.sh OUTDIR
# A sealed hold-out being written is left out on purpose until it is opened (v18, holdout18, was opened in
# session 21 and v19, holdout19, in session 22; each is scored here since).
set -u
out=${1:?usage: names_every_set.sh OUTDIR}
py=${PY:-.venv/bin/python}
cd "$(dirname "$0")/.." || exit 2
mkdir -p "$out"
d=benchmarks/data/redteam
for f in $d/names.jsonl $d/holdout/names.jsonl $d/holdout/names_newnames.jsonl \
    $d/holdout{2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19}/names.jsonl benchmarks/data/names_blind{4,5,6,7,9,10}/names.jsonl; do
  [ -f "$f" ] || continue
  name=$(basename "$(dirname "$f")"); [ "$name" = redteam ] && name=top
  [ "$(basename "$f")" = names_newnames.jsonl ] && name=holdout_new
  PYTHONPATH=. nice -n 10 "$py" benchmarks/bench_redteam.py --data "$f" --set names --errors 100000 --show-text \
    > "$out/$name.txt" 2>&1
  printf "%-13s " "$name"
  awk '/^PERSON /{printf "gold %s TP %s FP %s FN %s  P %s R %s F1 %s", $2, $4, $5, $6, $7, $8, $9; exit}' "$out/$name.txt"
  echo
done
