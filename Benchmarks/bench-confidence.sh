#!/usr/bin/env bash
# Calibration of `tandem align`'s confidence on the German-English books of ../shared:
# strict F1, share right among links >= .9, share of wrong links below .5, a reliability
# table, and the low links of Samples/. Prints figures; asserts nothing. Needs a release
# build ($TANDEM). The model itself is fitted by Benchmarks/fit-confidence.py.
set -euo pipefail
cd "$(dirname "$0")/.."
export TANDEM=${TANDEM:-.build/release/tandem}
python3 Benchmarks/confidence-report.py --tandem "$TANDEM" ${SHARED:+--shared "$SHARED"}
