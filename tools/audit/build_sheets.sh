#!/bin/bash
# build_sheets.sh OUTDIR PACK... : each pack's worksheet and key at seeds 1 and 2, with their text (pdftotext, from
# Debian's poppler-utils) beside them, for a blind audit (audit_brief.md). Run from the repository's root; PYTHON
# names the interpreter (.venv/bin/python by default; set PYTHONPATH to try another checkout's code).
set -u
out=$1; shift
py=${PYTHON:-.venv/bin/python}
scratch=$(mktemp -d)
for pack in "$@"; do
  name=$(basename "$pack" .yaml)
  for seed in 1 2; do
    dir=$out/$name/s$seed; mkdir -p "$dir"
    "$py" -m studypack build "$pack" --only worksheet --seed $seed --out "$scratch" --quiet 2> "$dir/warnings.txt"
    mv "$scratch/$name/worksheet.pdf" "$scratch/$name/answers.pdf" "$dir/" 2>/dev/null || echo "FAILED $pack seed $seed"
    pdftotext -layout "$dir/worksheet.pdf" "$dir/worksheet.txt"; pdftotext -layout "$dir/answers.pdf" "$dir/answers.txt"
  done
done
rm -rf "$scratch"
