#!/usr/bin/env bash
# What `make demo` runs: segments the sample article and its English translation,
# aligns them (TMX and TSV), extracts a bilingual glossary (TSV, TBX, OmegaT) and
# writes a QA report, then prints a summary and where everything is.
set -euo pipefail
cd "$(dirname "$0")/.."
TANDEM=${TANDEM:-.build/release/tandem}
OUT=${DEMO_OUT:-out/demo}
mkdir -p "$OUT"

DE=Samples/putin-kim-summit.de.txt
EN=Samples/putin-kim-summit.en.txt
NAME=putin-kim-summit

"$TANDEM" segment --lang de "$DE" > "$OUT/$NAME.de.sentences.txt"
"$TANDEM" segment --lang en "$EN" > "$OUT/$NAME.en.sentences.txt"

"$TANDEM" align "$DE" "$EN" --source-lang de --target-lang en -o "$OUT/$NAME.de-en.tmx"
"$TANDEM" align "$DE" "$EN" --source-lang de --target-lang en -o "$OUT/$NAME.de-en.tsv"

for format in tsv tbx omegat; do
  case $format in tsv) file=$NAME.glossary.tsv ;; tbx) file=$NAME.glossary.tbx ;; omegat) file=$NAME.glossary.utf8 ;; esac
  "$TANDEM" glossary extract "$OUT/$NAME.de-en.tmx" --source-lang de --target-lang en \
    --glossary Glossaries/de-en --format "$format" -o "$OUT/$file"
done

# tandem check exits 1 when it finds errors; in the demo that is a finding, not a failure (2 is).
check_status=0
"$TANDEM" check "$DE" "$EN" --source-lang de --target-lang en --glossary Glossaries/de-en \
  > "$OUT/$NAME.check.txt" || check_status=$?
[ "$check_status" -le 1 ] || { echo "tandem check failed (exit $check_status)" >&2; exit "$check_status"; }

echo
echo "Alignment of $DE with $EN:"
awk -F'\t' 'NR > 1 { types[$4]++; if ($5 == "low") low++; n++ }
  END { printf "  %d links:", n; for (t in types) printf " %s×%d", t, types[t]; printf "\n  %d low-confidence links (confidence < 0.5, flagged \"low\")\n", low }' \
  "$OUT/$NAME.de-en.tsv"
echo "Glossary: $(( $(wc -l < "$OUT/$NAME.glossary.tsv") - 1 )) entries; top 5:"
awk -F'\t' 'NR > 1 && NR <= 6 { printf "  %s → %s\n", $1, $2 }' "$OUT/$NAME.glossary.tsv"
echo "QA report: $(grep -c '\[[a-z-]*\]' "$OUT/$NAME.check.txt") findings (tandem check exit $check_status)"
echo
echo "Written to $OUT/:"
for f in "$OUT"/*; do printf '  %s\n' "$f"; done
