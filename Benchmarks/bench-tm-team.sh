#!/usr/bin/env bash
# A team on one PostgreSQL memory (release build): 4 imports of distinct 50k-unit TMX files at
# once while 8 processes each run 100 --batch lookups, then 800 lookups compared with a SQLite
# memory of the same units, and an import killed halfway (Benchmarks/tm-team.py, which
# .ci/checks/65-postgres.sh runs as a test). Prints the import rate and the lookup latencies.
# TM_TEAM_UNITS overrides the total (default 200,000); TM_BENCH_POSTGRES=URL uses that empty
# database instead of a throw-away cluster (Tools/postgres-cluster).
set -euo pipefail
cd "$(dirname "$0")/.."
TANDEM=${TANDEM:-.build/release/tandem}
SHARED=${SHARED:-../shared}
WORK=$(mktemp -d) PG=$(mktemp -d)  # the cluster's own directory: its server runs as another user when we are root
cleanup() { Tools/postgres-cluster stop "$PG"; rm -rf "$WORK" "$PG"; }
trap cleanup EXIT
POSTGRES=${TM_BENCH_POSTGRES:-$(Tools/postgres-cluster start "$PG")}
python3 Benchmarks/tm-team.py --tandem "$TANDEM" --shared "$SHARED" --postgres "$POSTGRES" --work "$WORK" \
  --units "${TM_TEAM_UNITS:-200000}"
