#!/usr/bin/env bash
# Acceptance for TMX export (issue 4): the TMX that `make demo` writes opens in real tools.
#   1. xmllint validates it against the TMX 1.4 DTD;
#   2. translate-toolkit loads every one of its units (ttk-check FILE N);
#   3. OmegaT, given it as an auto-translation memory, inserts one of its English
#      translations into the German sample (omegat-check).
# Env: TANDEM and SHARED (exported by .ci/run); TMX=file checks that file instead of the
# demo's; OMEGAT_EXPECT overrides the English sentence OmegaT must insert.
set -euo pipefail
cd "$(dirname "$0")/../.."
TANDEM=${TANDEM:-$PWD/.build/release/tandem}
SHARED=${SHARED:-$(cd .. && pwd)/shared}
DEMO_OUT=${DEMO_OUT:-out/demo}
DE=Samples/putin-kim-summit.de.txt
EN=Samples/putin-kim-summit.en.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -z "${TMX:-}" ]; then
  DEMO_OUT=$DEMO_OUT TANDEM=$TANDEM bash Samples/demo.sh > "$work/demo.log"
  TMX=$(ls "$DEMO_OUT"/*.tmx 2>/dev/null | head -n 1 || true)
  [ -n "$TMX" ] || { echo "FAIL: make demo wrote no $DEMO_OUT/*.tmx"; cat "$work/demo.log"; exit 1; }
fi
echo "TMX: $TMX"

echo "-- xmllint --dtdvalid tmx14.dtd"
xmllint --noout --dtdvalid "$SHARED/data/formats/tmx14.dtd" "$TMX"

units=$(grep -o '<tu[ >]' "$TMX" | wc -l)
echo "-- translate-toolkit loads all $units units"
[ "$units" -gt 0 ] || { echo "FAIL: the TMX holds no <tu>"; exit 1; }
"$SHARED/tools/ttk-check" "$TMX" "$units" | tail -n 2

echo "-- tandem reads back all $units units"
"$TANDEM" convert "$TMX" "$work/back.jsonl" 2> "$work/convert.log"
read_back=$(wc -l < "$work/back.jsonl")
[ "$read_back" -eq "$units" ] || { echo "FAIL: tandem read $read_back of $units units"; cat "$work/convert.log"; exit 1; }

expect=${OMEGAT_EXPECT:-$(sed -n 2p "$EN")}
echo "-- OmegaT inserts \"${expect:0:60}…\" into $DE"
"$SHARED/tools/omegat-check" "$TMX" "$DE" "$expect"
