#!/bin/bash
# Scores every opened identifier set with the real CLI, one at a time and niced, and prints one line per set
# (P/R, false hits, misses per entity); the full error lists go to OUTDIR/<set>.txt for a diff against an earlier run.
#   PY=/path/to/python benchmarks/ids_every_set.sh OUTDIR
# holdout to holdout19 are opened (v19 opened in session 22); a sealed hold-out being written is left out on purpose until it is opened.
set -u
out=${1:?usage: ids_every_set.sh OUTDIR}
py=${PY:-.venv/bin/python}
cd "$(dirname "$0")/.." || exit 2
mkdir -p "$out"
d=benchmarks/data/redteam
for f in $d/identifiers.jsonl $d/holdout/identifiers.jsonl $d/holdout{2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19}/identifiers.jsonl \
    $d/ids9_blind/identifiers.jsonl $d/ids10_blind/identifiers.jsonl; do
  [ -f "$f" ] || continue
  name=$(basename "$(dirname "$f")"); [ "$name" = redteam ] && name=top
  PYTHONPATH=. nice -n 10 "$py" benchmarks/bench_redteam.py --data "$f" --set identifiers --errors 400 --show-text \
    > "$out/$name.txt" 2>&1
  printf "%-11s " "$name"
  awk '/^(DK_CPR|SE_PERSONNUMMER|FI_PERS|NO_FOD)/{printf "%s %s/%s fp%s fn%s  ", substr($1,1,2), $7, $8, $5, $6}' "$out/$name.txt"
  echo
done
