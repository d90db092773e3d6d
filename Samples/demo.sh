#!/usr/bin/env bash
# Runs Tandem on the sample article and its English translation (called by `make demo`).
set -euo pipefail
cd "$(dirname "$0")/.."
TANDEM=${TANDEM:-.build/release/tandem}
OUT=${DEMO_OUT:-out/demo}
mkdir -p "$OUT"

DE=Samples/putin-kim-summit.de.txt
EN=Samples/putin-kim-summit.en.txt

"$TANDEM" segment --lang de "$DE" > "$OUT/putin-kim-summit.de.sentences.txt"
"$TANDEM" segment --lang en "$EN" > "$OUT/putin-kim-summit.en.sentences.txt"

"$TANDEM" glossary extract "$DE" "$EN" --source-lang de --target-lang en -o "$OUT/putin-kim-summit.glossary.tsv" 2>/dev/null
"$TANDEM" check "$DE" "$EN" --glossary Glossaries/de-en > "$OUT/putin-kim-summit.check.txt" 2>/dev/null || true

echo "Tandem demo — written to $OUT/:"
for f in "$OUT"/*; do printf '  %-52s %s\n' "$f" "$(wc -l < "$f") lines"; done
