#!/usr/bin/env bash
# Acceptance for `tandem align --anchors` (issue 10): on tom_sawyer_val with every 25th gold
# 1-1 link as anchor, every anchor is in the output and strict F1 over the other links is
# not lower than without anchors (Benchmarks/bench-anchors.sh measures it).
# Env: TANDEM and SHARED (exported by .ci/run).
set -euo pipefail
cd "$(dirname "$0")/../.."
export TANDEM=${TANDEM:-$PWD/.build/release/tandem}
export SHARED=${SHARED:-$(cd .. && pwd)/shared}
out=$(Benchmarks/bench-anchors.sh "$SHARED/data/books-opus/tom_sawyer_val" 25)
echo "$out"
python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
kept, total = map(int, re.search(r"anchors kept (\d+) of (\d+)", out).groups())
plain, anchored = map(float, re.search(r"without anchors ([\d.]+), with anchors ([\d.]+)", out).groups())
ok = kept == total and total > 0 and anchored >= plain
print(("ok  " if ok else "FAIL") + f" anchors kept {kept}/{total}, strict F1 {anchored:.4f} with vs {plain:.4f} without")
sys.exit(0 if ok else 1)
PY
