#!/usr/bin/env bash
# Derailment at scale (issue 9): the dev books (books-deen and books-opus) concatenated
# twice, about 80k sentences a side, aligned as one text: wall seconds, peak memory and
# strict F1, against the same books aligned one by one (goals: within .01, ≤ 60 s,
# ≤ 1.5 GB). Prints figures; asserts nothing. Needs a release build ($TANDEM).
set -euo pipefail
cd "$(dirname "$0")/.."
TANDEM=${TANDEM:-.build/release/tandem}
SHARED=${SHARED:-$(cd .. && pwd)/shared}
score="$SHARED/tools/score-alignment"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
align() { "$TANDEM" align "$1" "$2" --source-lang de --target-lang en --presegmented --format links "${@:3}" 2>/dev/null; }
f1() { "$score" --json -t "$1" -g "$2" | python3 -c 'import json,sys; print("%.4f" % json.load(sys.stdin)["f1_strict"])'; }

: > "$work/all.de"; : > "$work/all.en"; : > "$work/all.deen"; : > "$work/each"
for copy in 1 2; do
  for book in "$SHARED"/data/books-deen/*.de "$SHARED"/data/books-opus/*.de; do
    book=${book%.de}
    [[ -f "$book.deen" && -f "$book.en" ]] || continue
    ds=$(wc -l < "$work/all.de") es=$(wc -l < "$work/all.en")
    [ "$copy" = 1 ] && align "$book.de" "$book.en" > "$work/$(basename "$book").links"
    python3 Benchmarks/shift-links.py "$ds" "$es" < "$work/$(basename "$book").links" >> "$work/each"
    python3 Benchmarks/shift-links.py "$ds" "$es" < "$book.deen" >> "$work/all.deen"
    cat "$book.de" >> "$work/all.de"; cat "$book.en" >> "$work/all.en"
  done
done
/usr/bin/time -f "%e %M" -o "$work/time" "$TANDEM" align "$work/all.de" "$work/all.en" \
  --source-lang de --target-lang en --presegmented --format links -o "$work/all.links" 2>/dev/null
read -r seconds kilobytes < "$work/time"
echo "dev books twice ($(wc -l < "$work/all.de") x $(wc -l < "$work/all.en") sentences): $seconds s wall, peak $((kilobytes / 1024)) MB"
echo "strict F1 concatenated $(f1 "$work/all.links" "$work/all.deen"), one by one $(f1 "$work/each" "$work/all.deen")"
