#!/usr/bin/env bash
# Acceptance for the translation memory (issue 6), end to end through `tandem tm`:
#   import from TSV and TMX, exact and fuzzy lookup, --batch JSON lines, concordance with and
#   without --stem, export that xmllint (TMX 1.4 DTD) and translate-toolkit accept, and a
#   malformed TMX that is reported with line and column and leaves the memory unchanged.
# Issue 13: en-GB and en-US translations stay apart and are selected exactly or by "en";
#   blank targets are not stored; lookup --limit returns exactly what an exhaustive scan
#   (--exhaustive) returns, on Kafka queries with words removed, swapped and added.
# Env: TANDEM and SHARED (exported by .ci/run).
set -euo pipefail
cd "$(dirname "$0")/../.."
TANDEM=${TANDEM:-$PWD/.build/release/tandem}
SHARED=${SHARED:-$(cd .. && pwd)/shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tm=(--tm "$work/memory.sqlite")
fail() { echo "FAIL: $*"; exit 1; }

books=$SHARED/data/books-deen
n=$(wc -l < "$books/kafka_verwandlung.de")
paste <(head -n "$n" "$books/kafka_verwandlung.de") <(head -n "$n" "$books/kafka_verwandlung.en") \
  | awk -F'\t' '$1 != "" && $2 != ""' > "$work/kafka.tsv"
units=$(wc -l < "$work/kafka.tsv")

echo "-- import $units units from TSV, twice (the second time all merge)"
"$TANDEM" tm import "${tm[@]}" --source-lang de --target-lang en "$work/kafka.tsv"
"$TANDEM" tm import "${tm[@]}" --source-lang de --target-lang en "$work/kafka.tsv" | grep -q "0 new, $units merged" \
  || fail "re-import did not merge every unit"

sentence='Als Gregor Samsa eines Morgens aus unruhigen Träumen erwachte, fand er sich in seinem Bett zu einem ungeheueren Ungeziefer verwandelt.'
variant='Als Gregor Samsa eines Morgens aus ruhigen Träumen erwachte, fand er sich in seinem Bett zu einem ungeheueren Ungeziefer verwandelt.'
echo "-- lookup: exact 100, one word changed 90..99"
"$TANDEM" tm lookup "${tm[@]}" --json "$sentence" | grep -q '"score" : 100' || fail "exact match is not 100"
score=$("$TANDEM" tm lookup "${tm[@]}" --json "$variant" | grep -o '"score" : [0-9]*' | head -n 1 | grep -o '[0-9]*$')
[ "$score" -ge 90 ] && [ "$score" -le 99 ] || fail "one word changed scored $score"

echo "-- lookup --batch: one JSON line per query"
printf '%s\n%s\n%s\n' "$sentence" "$variant" "Völlig unbekannter Satz ohne Treffer." > "$work/queries.txt"
"$TANDEM" tm lookup "${tm[@]}" --batch "$work/queries.txt" > "$work/matches.jsonl"
[ "$(wc -l < "$work/matches.jsonl")" -eq 3 ] || fail "--batch did not print 3 lines"
python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$work/matches.jsonl"

echo "-- search: 'Zimmer' whole words; --stem adds inflected forms (Zimmers, Zimmern)"
plain=$("$TANDEM" tm search "${tm[@]}" --json --limit 1000 Zimmer | grep -c '"match" :' || true)
stemmed=$("$TANDEM" tm search "${tm[@]}" --json --limit 1000 --stem Zimmer | grep -c '"match" :' || true)
"$TANDEM" tm search "${tm[@]}" --json --limit 1000 Zimmer | grep '"match" :' | grep -qv '"Zimmer"' && fail "plain search matched another form"
[ "$stemmed" -gt "$plain" ] || fail "--stem found $stemmed, plain $plain"

echo "-- export: TMX valid against the DTD, loaded by translate-toolkit"
"$TANDEM" tm export "${tm[@]}" -o "$work/out.tmx"
xmllint --noout --dtdvalid "$SHARED/data/formats/tmx14.dtd" "$work/out.tmx"
"$SHARED/tools/ttk-check" "$work/out.tmx" "$units" | tail -n 1

echo "-- import TMX into a new memory: same units"
"$TANDEM" tm import --tm "$work/copy.sqlite" "$work/out.tmx" | grep -q "$units new" || fail "TMX round trip"

echo "-- a malformed TMX: line and column, nothing stored"
head -c 2000 "$work/out.tmx" > "$work/broken.tmx"
if "$TANDEM" tm import "${tm[@]}" "$work/broken.tmx" 2> "$work/error.txt"; then fail "broken TMX imported"; fi
grep -Eq 'broken.tmx:[0-9]+:[0-9]+:' "$work/error.txt" || fail "no line:column in: $(cat "$work/error.txt")"
"$TANDEM" tm stats "${tm[@]}" | grep -q "^units: $units$" || fail "the memory changed"
echo "-- language variants: en-GB and en-US stay apart; 'en' selects both"
printf '#de\ten-GB\nDie Farbe ist grau.\tThe colour is grey.\nNur ein Leerzeichen.\t \n' > "$work/gb.tsv"
printf '#de\ten-US\nDie Farbe ist grau.\tThe colour is grey.\nDie Farbe ist grau.\tThe color is gray.\n' > "$work/us.tsv"
"$TANDEM" tm import --tm "$work/variants.sqlite" "$work/gb.tsv" 2> "$work/gb.log" | grep -q "1 new" \
  || fail "the blank target was stored: $(cat "$work/gb.log")"
grep -q "1 units with an empty" "$work/gb.log" || fail "no warning for the blank target"
"$TANDEM" tm import --tm "$work/variants.sqlite" "$work/us.tsv" | grep -q "2 new, 0 merged" || fail "en-US merged into en-GB"
count() { "$TANDEM" tm lookup --tm "$work/variants.sqlite" --source-lang de --target-lang "$1" --json "Die Farbe ist grau." | grep -c '"score"' || true; }
[ "$(count en-GB)" -eq 1 ] && [ "$(count en-us)" -eq 2 ] && [ "$(count en)" -eq 3 ] || fail "variant selection: en-GB $(count en-GB), en-US $(count en-us), en $(count en)"
"$TANDEM" tm export --tm "$work/variants.sqlite" --target-lang en-GB -o "$work/gb.tmx" 2> /dev/null
[ "$(grep -c '<tu ' "$work/gb.tmx")" -eq 1 ] || fail "export --target-lang en-GB"
xmllint --noout --dtdvalid "$SHARED/data/formats/tmx14.dtd" "$work/gb.tmx"

echo "-- lookup finds what an exhaustive scan finds (--limit 20, --min-score 50)"
python3 - "$work/kafka.tsv" "$work/recall.txt" <<'PY'
import random, sys
rng = random.Random(13)
lines = [l.split("\t")[0] for l in open(sys.argv[1], encoding="utf-8")]
out = []
for s in rng.sample(lines, 60):
    w = s.split()
    for _ in range(rng.randrange(1, 4)):
        k = rng.randrange(3)
        if k == 0 and len(w) > 2: del w[rng.randrange(len(w))]
        elif k == 1 and len(w) > 2:
            i = rng.randrange(len(w) - 1); w[i], w[i + 1] = w[i + 1], w[i]
        else: w.insert(rng.randrange(len(w) + 1), rng.choice(rng.choice(lines).split()))
    out.append(" ".join(w))
out += ["Gregor!", "»Gregor!«", "Und die Schwester?"]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
PY
"$TANDEM" tm lookup "${tm[@]}" --min-score 50 --limit 20 --batch "$work/recall.txt" > "$work/fast.jsonl"
"$TANDEM" tm lookup "${tm[@]}" --min-score 50 --limit 20 --batch "$work/recall.txt" --exhaustive > "$work/slow.jsonl"
python3 - "$work/fast.jsonl" "$work/slow.jsonl" <<'PY'
import json, sys
fast = [[(m["score"], m["id"]) for m in json.loads(l)["matches"]] for l in open(sys.argv[1])]
slow = [[(m["score"], m["id"]) for m in json.loads(l)["matches"]] for l in open(sys.argv[2])]
bad = [k for k, (a, b) in enumerate(zip(fast, slow)) if a != b]
total = sum(len(s) for s in slow)
if bad or len(fast) != len(slow): sys.exit(f"FAIL: {len(bad)} of {len(slow)} queries differ from the exhaustive scan (first: {bad[:3]})")
print(f"{len(slow)} queries, {total} matches, all identical to the exhaustive scan")
PY
echo "ok"
