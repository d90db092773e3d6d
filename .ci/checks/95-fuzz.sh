#!/usr/bin/env bash
# Hardening (issue 15): every libFuzzer target runs for 60 s on its seed corpus and finds
# nothing (a crash, an assertion, a leak of memory past 2 GB or a 10 s hang fails the check).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash Fuzz/run "${FUZZ_SECONDS:-60}"
