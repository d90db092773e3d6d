#!/usr/bin/env bash
# Acceptance for the team memory on PostgreSQL (issue 14): 4 imports of distinct 50k-unit TMX
# files at once while 8 processes each run 100 --batch lookups; no command fails, the memory
# then holds exactly 200,000 units, and 800 lookups give the same JSON as a SQLite memory of the
# same units; an import killed halfway leaves nothing (Benchmarks/tm-team.py). Then the other
# tm commands against PostgreSQL: search, export (DTD-valid TMX), copy to SQLite and back.
# Env: TANDEM, SHARED; TANDEM_TEST_POSTGRES (the server .ci/run starts), else a cluster of its own.
set -euo pipefail
cd "$(dirname "$0")/../.."
TANDEM=${TANDEM:-$PWD/.build/release/tandem}
SHARED=${SHARED:-$(cd .. && pwd)/shared}
work=$(mktemp -d) pg=$(mktemp -d)  # the cluster's own directory: its server runs as another user when we are root
cleanup() { Tools/postgres-cluster stop "$pg"; rm -rf "$work" "$pg"; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }
server=${TANDEM_TEST_POSTGRES:-$(Tools/postgres-cluster start "$pg")}
db=tandem_check_$$
psql -q "$server" -c "CREATE DATABASE $db"
url=${server%/*}/$db

python3 Benchmarks/tm-team.py --tandem "$TANDEM" --shared "$SHARED" --postgres "$url" --work "$work" --units 200000

echo "-- search and export against PostgreSQL equal SQLite's"
[ "$("$TANDEM" tm search --tm "$url" --limit 50 Vertrag)" = "$("$TANDEM" tm search --tm "$work/reference.sqlite" --limit 50 Vertrag)" ] \
  || fail "tm search differs"
"$TANDEM" tm export --tm "$url" -o "$work/pg.tmx" 2>/dev/null
"$TANDEM" tm export --tm "$work/reference.sqlite" -o "$work/sqlite.tmx" 2>/dev/null
xmllint --noout --dtdvalid "$SHARED/data/formats/tmx14.dtd" "$work/pg.tmx" || fail "the export is not valid TMX"
cmp <(grep -v '<header' "$work/pg.tmx") <(grep -v '<header' "$work/sqlite.tmx") || fail "the exports differ"

echo "-- tm copy: PostgreSQL → SQLite holds every unit"
"$TANDEM" tm copy "$url" "$work/copy.sqlite" >/dev/null 2>&1
"$TANDEM" tm stats --tm "$work/copy.sqlite" | grep -q "^units: 200000$" || fail "the copy does not hold 200000 units"

echo "-- clear errors: a missing database, a refused connection, TANDEM_TM"
out=$("$TANDEM" tm stats --tm "${server%/*}/tandem_missing_db" 2>&1 || true)
echo "$out" | grep -q "createdb" || fail "missing database: $out"
out=$("$TANDEM" tm stats --tm "postgresql://tandem:secret@127.0.0.1:1/tandem" 2>&1 || true)
echo "$out" | grep -q "Check that PostgreSQL runs" || fail "refused connection: $out"
echo "$out" | grep -q secret && fail "the password is in the message: $out"
TANDEM_TM=$url "$TANDEM" tm stats | grep -q "^units: 200000$" || fail "TANDEM_TM is not used"
psql -q "$server" -c "DROP DATABASE $db"
echo "PASS: team memory on PostgreSQL"
