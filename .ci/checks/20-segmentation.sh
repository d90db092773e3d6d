#!/usr/bin/env bash
# Acceptance: sentence segmentation on the Golden Rules suites (release build).
# Fails below 31/31 core German cases or 50/50 core English cases, or below 24/24 on
# Tests/SegmentationTests/Fixtures/web-en.jsonl (English web text, written for Tandem).
# Needs $TANDEM (the release binary) and $SHARED (../shared), as exported by .ci/run.
set -euo pipefail
: "${TANDEM:?set TANDEM to the release binary}" "${SHARED:?set SHARED to the shared directory}"
scorer="$SHARED/tools/score-segmentation"
cd "$(dirname "$0")/../.."
status=0

check() {  # language, required core passes, [data file]
  local language=$1 required=$2 data=${3:-$SHARED/data/segmentation/golden_$1.jsonl} line passed total
  line=$("$scorer" "$data" -v \
    --cmd "$TANDEM segment --lang $language --jsonl" | tail -n 1)
  echo "$language: $line"
  if [[ $line =~ core[[:space:]]+([0-9]+)/([0-9]+) ]]; then
    passed=${BASH_REMATCH[1]} total=${BASH_REMATCH[2]}
  else
    echo "FAIL $language: cannot find 'core N/M' in the scorer's output" >&2
    status=1
    return
  fi
  if (( passed < required )); then
    echo "FAIL $language: $passed/$total core cases pass, $required required" >&2
    status=1
  fi
}

check de 31
check en 50
check en 24 Tests/SegmentationTests/Fixtures/web-en.jsonl
exit $status
