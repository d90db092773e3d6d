#!/usr/bin/env bash
# Scale of `tandem align --presegmented`: synthetic German-English bitexts of
# about 10k, 50k and 100k sentences a side (the books in ../shared repeated),
# wall and CPU time, peak memory and strict F1 against the concatenated gold links.
# Prints figures; asserts nothing. Needs a release build ($TANDEM).
set -euo pipefail
cd "$(dirname "$0")/.."
TANDEM=${TANDEM:-.build/release/tandem}
SHARED=${SHARED:-$(cd .. && pwd)/shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Build the dictionary cache first so that it does not count in the timings.
printf 'a\n' > "$work/one.de"; printf 'a\n' > "$work/one.en"
"$TANDEM" align "$work/one.de" "$work/one.en" --source-lang de --target-lang en --presegmented --format links >/dev/null 2>&1
for n in 10000 50000 100000; do
  python3 Benchmarks/make-bitext.py "$SHARED" "$n" "$work/bitext"
  sentences="$(wc -l < "$work/bitext.de") x $(wc -l < "$work/bitext.en")"
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" \
    "$TANDEM" align "$work/bitext.de" "$work/bitext.en" --source-lang de --target-lang en \
      --presegmented --format links -o "$work/out.links" 2>/dev/null
  read -r seconds kilobytes user system < "$work/time"
  f1=$("$SHARED/tools/score-alignment" --json -t "$work/out.links" -g "$work/bitext.deen" \
       | python3 -c 'import json,sys; print("%.3f" % json.load(sys.stdin)["f1_strict"])')
  cpu=$(python3 -c 'import sys; print("%.1f" % (float(sys.argv[1]) + float(sys.argv[2])))' "$user" "$system")
  printf 'align %s sentences: %s s wall, %s s CPU, peak %d MB, strict F1 %s\n' \
    "$sentences" "$seconds" "$cpu" $((kilobytes / 1024)) "$f1"
done
