#!/usr/bin/env bash
# `tandem align --anchors` (issue 10): every EVERY-th gold 1-1 link of a book given as an
# anchor. Prints how many anchors the output keeps and strict F1 over the other links (the
# anchors taken out of gold and output alike), with and without anchors.
# Usage: bench-anchors.sh [BOOK [EVERY]]   (default: books-opus/tom_sawyer_val, 25)
# With ALL=1 instead: the dev books (books-deen and books-opus) concatenated, one anchor
# every 2,000 gold links, against the books aligned one by one without anchors.
# Needs a release build ($TANDEM). Asserts nothing (.ci/checks/35-anchors.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
TANDEM=${TANDEM:-.build/release/tandem}
SHARED=${SHARED:-$(cd .. && pwd)/shared}
score="$SHARED/tools/score-alignment"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
align() { "$TANDEM" align "$1" "$2" --source-lang de --target-lang en --presegmented --format links "${@:3}" 2>/dev/null; }
f1() { "$score" --json -t "$1" -g "$2" | python3 -c 'import json,sys; print("%.4f" % json.load(sys.stdin)["f1_strict"])'; }
# pick GOLD EVERY ONLY11 > ANCHORS: with ONLY11=1 every EVERY-th 1-1 gold link; with 0 the
# first 1-1 link at or after every EVERY-th link.
pick() { awk -v every="$2" -v only11="$3" '
  { one = $0 ~ /^\[[0-9]+\]:\[[0-9]+\]$/ }
  only11 { if (one && ++k % every == 0) print; next }
  { if (++n % every == 0) due = 1; if (due && one) { print; due = 0 } }' "$1"; }
# without ANCHORS FILE: FILE without the anchor lines.
without() { grep -vxF -f "$1" "$2" || true; }

if [[ "${ALL:-}" != 1 ]]; then
  book=${1:-$SHARED/data/books-opus/tom_sawyer_val} every=${2:-25}
  pick "$book.deen" "$every" 1 > "$work/anchors"
  align "$book.de" "$book.en" > "$work/plain"
  align "$book.de" "$book.en" --anchors "$work/anchors" > "$work/anchored"
  kept=$(grep -cxF -f "$work/anchors" "$work/anchored" || true)
  without "$work/anchors" "$book.deen" > "$work/gold"
  without "$work/anchors" "$work/plain" > "$work/plain-rest"
  without "$work/anchors" "$work/anchored" > "$work/anchored-rest"
  echo "$(basename "$book"): anchors kept $kept of $(wc -l < "$work/anchors")"
  echo "$(basename "$book"): strict F1 without anchors $(f1 "$work/plain-rest" "$work/gold"), with anchors $(f1 "$work/anchored-rest" "$work/gold")"
  exit 0
fi

# The dev books one after the other, links renumbered by the lines before them.
: > "$work/all.de"; : > "$work/all.en"; : > "$work/all.deen"; : > "$work/each"; : > "$work/each-gold"
for book in "$SHARED"/data/books-deen/*.de "$SHARED"/data/books-opus/*.de; do
  book=${book%.de}
  [[ -f "$book.deen" && -f "$book.en" ]] || continue
  ds=$(wc -l < "$work/all.de") es=$(wc -l < "$work/all.en")
  align "$book.de" "$book.en" | python3 Benchmarks/shift-links.py "$ds" "$es" >> "$work/each"
  python3 Benchmarks/shift-links.py "$ds" "$es" < "$book.deen" >> "$work/all.deen"
  cat "$book.de" >> "$work/all.de"; cat "$book.en" >> "$work/all.en"
done
pick "$work/all.deen" 2000 0 > "$work/anchors"
align "$work/all.de" "$work/all.en" > "$work/plain"
align "$work/all.de" "$work/all.en" --anchors "$work/anchors" > "$work/anchored"
kept=$(grep -cxF -f "$work/anchors" "$work/anchored" || true)
without "$work/anchors" "$work/all.deen" > "$work/gold"
echo "dev books concatenated ($(wc -l < "$work/all.de") x $(wc -l < "$work/all.en")): anchors kept $kept of $(wc -l < "$work/anchors")"
echo "strict F1 one by one $(f1 <(without "$work/anchors" "$work/each") "$work/gold"), concatenated without anchors $(f1 <(without "$work/anchors" "$work/plain") "$work/gold"), with anchors $(f1 <(without "$work/anchors" "$work/anchored") "$work/gold")"
