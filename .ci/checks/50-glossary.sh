#!/usr/bin/env bash
# Glossary and QA acceptance on the sample: extracts the glossary in every format,
# validates TBX with translate-toolkit (ttk-check), TBX v3 with the RelaxNG schema,
# CSV and the OmegaT glossary with translate-toolkit and OmegaT itself
# (omegat-check with GLOSSARY=), checks the top pairs, and runs `tandem check`.
set -euo pipefail
cd "$(dirname "$0")/../.."
TANDEM=${TANDEM:-$PWD/.build/release/tandem}
SHARED=${SHARED:-$(cd .. && pwd)/shared}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
DE=Samples/putin-kim-summit.de.txt
EN=Samples/putin-kim-summit.en.txt
fail() { echo "FAIL: $*"; exit 1; }

# The glossary in every format, extraction only (no curated glossary).
for format in tsv csv omegat tbx tbx3; do
  case $format in omegat) ext=utf8 ;; tbx3) ext=v3.tbx ;; *) ext=$format ;; esac
  "$TANDEM" glossary extract "$DE" "$EN" --source-lang de --target-lang en -o "$OUT/sample.$ext" --format "$format"
done

# Acceptance: these pairs are among the top 20.
top20=$(sed -n '2,21p' "$OUT/sample.tsv" | cut -f1,2)
echo "top 10 pairs:"; echo "$top20" | head -10 | sed 's/\t/ → /; s/^/  /'
for pair in "spezielle Militäroperation	special military operation" "Partnerschaftsabkommen	partnership agreement" \
            "Nordkorea	North Korea" "Pjöngjang	Pyongyang" "Sowjetunion	Soviet Union" "UN-Sicherheitsrat	UN Security Council"; do
  grep -qxF "$pair" <<<"$top20" || fail "top 20 lacks '${pair/	/ → }'"
done

# Format validations.
"$SHARED/tools/ttk-check" "$OUT/sample.tbx" | tail -2 | grep -q PASS || fail "ttk-check rejects the TBX"
"$SHARED/tools/ttk-check" "$OUT/sample.csv" | tail -2 | grep -q PASS || fail "ttk-check rejects the CSV"
"$SHARED/tools/ttk-check" "$OUT/sample.utf8" | tail -2 | grep -q PASS || fail "ttk-check rejects the OmegaT glossary"
xmllint --noout --relaxng "$SHARED/data/formats/TBXcoreStructV03.rng" "$OUT/sample.v3.tbx" || fail "TBX v3 is not valid"

# OmegaT with the glossary, and a TMX of the sample's linked paragraphs.
paste "$DE" <(head -14 "$EN") | head -14 > "$OUT/aligned.tsv"
"$TANDEM" convert --source-lang de --target-lang en "$OUT/aligned.tsv" "$OUT/aligned.tmx" 2>/dev/null
GLOSSARY="$OUT/sample.utf8" "$SHARED/tools/omegat-check" "$OUT/aligned.tmx" "$DE" "the collapse of the Soviet Union in 1991" \
  | tail -1 | grep -q PASS || fail "OmegaT did not run with the glossary"

# tandem check: the untouched sample has one error, its real flaw ("die USA und China" where
# the text is about Russia and North Korea, issue 11: exit 1), and one repeated-block finding
# naming both ranges; a changed number and changed names are errors at line 11 and line 1;
# a missing file is exit 2.
set +e
"$TANDEM" check "$DE" "$EN" > "$OUT/check.txt"; status=$?
set -e
[ $status -eq 1 ] || { cat "$OUT/check.txt"; fail "tandem check on the sample should exit 1 (its one error), got $status"; }
grep -q '^de:1 / en:1: error \[names-out-of-context\].*USA und China' "$OUT/check.txt" \
  || { cat "$OUT/check.txt"; fail "tandem check misses 'die USA und China' in the first sentence"; }
errors=$(grep -c ': error \[' "$OUT/check.txt")
[ "$errors" -eq 1 ] || { cat "$OUT/check.txt"; fail "tandem check reports $errors errors on the sample (1 expected)"; }
grep -q '^de:15–27: warning \[repeated-block\] source lines 15–27 repeat lines 2–14' "$OUT/check.txt" \
  || fail "tandem check does not report the repeated block as one finding naming lines 15–27 and 2–14"
findings=$(grep -c '\[[a-z-]*\]' "$OUT/check.txt")
[ "$findings" -le 12 ] || fail "tandem check reports $findings findings on the sample (at most 12 expected)"
sed '11s/24 years/42 years/' "$EN" > "$OUT/changed.en.txt"
set +e
"$TANDEM" check "$DE" "$OUT/changed.en.txt" > "$OUT/changed.txt"; status=$?
set -e
[ $status -eq 1 ] || fail "tandem check with a changed number should exit 1, got $status"
grep '^de:11 / en:11: error \[number-mismatch\]' "$OUT/changed.txt" | grep -q '24.*42' || fail "tandem check misses the changed number"
sed '1s/the US and China/Russia and North Korea/' "$EN" > "$OUT/names.en.txt"
"$TANDEM" check "$DE" "$OUT/names.en.txt" > "$OUT/names.txt" || true
grep -q '^de:1 / en:1: error \[name-mismatch\]' "$OUT/names.txt" || fail "tandem check misses the changed names"
"$TANDEM" check "$DE" "$OUT/json.txt" --json > "$OUT/check.json" 2>/dev/null && fail "tandem check of a missing file succeeded" || status=$?
[ $status -eq 2 ] || fail "tandem check of a missing file should exit 2, got $status"
"$TANDEM" check "$DE" "$EN" --json > "$OUT/check.json" || true
python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))["findings"]; b=[x for x in f if x["rule"]=="repeated-block"][0]; assert b["source_lines"]==[15,27] and b["target_lines"]==[] and b["link"]>0, b' "$OUT/check.json" \
  || fail "tandem check --json lacks source_lines/target_lines"
echo "glossary: $(($(wc -l < "$OUT/sample.tsv") - 1)) entries; formats valid; check: the sample's wrong countries are its one error, the repeated block one warning, changed numbers/names are errors"
