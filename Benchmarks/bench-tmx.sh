#!/usr/bin/env bash
# TMX figures (release build; prints, asserts nothing):
#   writing: TU/s of `tandem convert pairs.tsv big.tmx` for a generated ~1 GB TMX;
#   reading: TU/s and peak memory of `tandem convert big.tmx /dev/null --to tsv` (target < 200 MB);
#   safety:  time to reject the "billion laughs" fixture.
# The files live in a temporary directory that is deleted afterwards (needs ~1.5 GB free).
# Env: TMX_BENCH_UNITS (default 3,100,000 ≈ 1 GB), COMPARE_XMLPARSER=1 also times Foundation's XMLParser.
set -euo pipefail
cd "$(dirname "$0")/.."
TANDEM=${TANDEM:-.build/release/tandem}
UNITS=${TMX_BENCH_UNITS:-3100000}
dir=$(mktemp -d "${TMPDIR:-/tmp}/tandem-bench-tmx.XXXXXX")
trap 'rm -rf "$dir"' EXIT

# Runs a command under GNU time; sets $elapsed (wall s), $cpu (user + system s) and $rss (peak resident KB).
# On a shared machine wall time includes waiting for a core; CPU time does not.
measure() {
  /usr/bin/time -f '%e %U %S %M' -o "$dir/time" "$@" 2> "$dir/stderr" || true
  read -r elapsed user system rss < <(tail -n 1 "$dir/time")
  cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
}
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }
mb() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1048576 }'; }

awk -v n="$UNITS" -f Benchmarks/tmx-bench-pairs.awk > "$dir/pairs.tsv"

measure "$TANDEM" convert "$dir/pairs.tsv" "$dir/big.tmx"
size=$(stat -c %s "$dir/big.tmx")
echo "TMX write: $UNITS units, $(mb "$size") MB; wall ${elapsed} s = $(rate "$UNITS" "$elapsed") TU/s;" \
  "CPU ${cpu} s = $(rate "$UNITS" "$cpu") TU/s, $(rate "$(mb "$size")" "$cpu") MB/s; peak memory $((rss / 1024)) MB"

measure "$TANDEM" convert "$dir/big.tmx" /dev/null --to tsv
grep -q "$UNITS units" "$dir/stderr" || { echo "TMX read: unexpected result:"; cat "$dir/stderr"; exit 1; }
echo "TMX read:  $UNITS units, $(mb "$size") MB; wall ${elapsed} s = $(rate "$UNITS" "$elapsed") TU/s;" \
  "CPU ${cpu} s = $(rate "$UNITS" "$cpu") TU/s, $(rate "$(mb "$size")" "$cpu") MB/s; peak memory $((rss / 1024)) MB (target < 200 MB)"

start=$(date +%s%N)
if "$TANDEM" convert Tests/ExchangeTests/Fixtures/billion-laughs.tmx /dev/null --to tsv 2> "$dir/laughs"; then
  echo "billion laughs: NOT rejected"
else
  echo "billion laughs: rejected in $(( ($(date +%s%N) - start) / 1000000 )) ms (process start included): $(cut -c 1-90 "$dir/laughs")…"
fi

if [ "${COMPARE_XMLPARSER:-0}" = 1 ]; then
  swiftc -O Benchmarks/xmlparser-count.swift -o "$dir/xmlparser-count" 2> /dev/null
  measure "$dir/xmlparser-count" "$dir/big.tmx" > "$dir/count"
  echo "Foundation XMLParser (InputStream, counting only): wall ${elapsed} s; CPU ${cpu} s = $(rate "$UNITS" "$cpu") TU/s;" \
    "peak memory $((rss / 1024)) MB ($(cat "$dir/count"))"
fi
