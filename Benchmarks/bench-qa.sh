#!/usr/bin/env bash
# Recall and noise of `tandem check`: plants ten kinds of error into the English
# side of a book from ../shared (Benchmarks/plant-qa-errors.py), checks the
# untouched and the planted pair, and prints how many planted errors an error or
# warning finds within one line, and what the untouched pair gets.
# QA_BOOKS picks the books (paths under ../shared/data, without extension).
# Prints figures; asserts nothing. Needs a release build ($TANDEM).
set -euo pipefail
cd "$(dirname "$0")/.."
TANDEM=${TANDEM:-.build/release/tandem}
SHARED=${SHARED:-$(cd .. && pwd)/shared}
BOOKS=${QA_BOOKS:-books-deen/kafka_verwandlung books-opus/kafka_prozess}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for book in $BOOKS; do
  src=$SHARED/data/$book.de tgt=$SHARED/data/$book.en gold=$SHARED/data/$book.deen
  [ -e "$src" ] || { echo "bench-qa: $src not found; set SHARED or QA_BOOKS" >&2; exit 2; }
  python3 Benchmarks/plant-qa-errors.py "$src" "$tgt" "$gold" "$work/planted.en" "$work/manifest.tsv"
  "$TANDEM" check "$src" "$tgt" --source-lang de --target-lang en --json > "$work/untouched.json" 2>/dev/null || [ $? -eq 1 ]
  "$TANDEM" check "$src" "$work/planted.en" --source-lang de --target-lang en --json > "$work/planted.json" 2>/dev/null \
    || [ $? -eq 1 ]
  python3 - "$book" "$src" "$work/manifest.tsv" "$work/untouched.json" "$work/planted.json" <<'PY'
import json, sys
book, src, manifest, untouched, planted = sys.argv[1:]
def findings(path):
    return [f for f in json.load(open(path))["findings"] if f["severity"] in ("error", "warning")]
def near(lines, line):
    return bool(lines) and lines[0] - 1 <= line <= lines[1] + 1
found, missed = [], []
planted_findings = findings(planted)
for row in open(manifest, encoding="utf-8"):
    kind, target_line, source_line = row.rstrip("\n").split("\t")
    hits = [f for f in planted_findings if near(f["target_lines"], int(target_line))
            or (kind == "omission" and near(f["source_lines"], int(source_line)))]
    (found if hits else missed).append(kind + ("" if not hits else " (" + "/".join(sorted({h["rule"] for h in hits})) + ")"))
clean = findings(untouched)
lines = sum(1 for _ in open(src, encoding="utf-8"))
errors = sum(f["severity"] == "error" for f in clean)
warnings = len(clean) - errors
print(f"{book}: planted errors found within one line: {len(found)}/{len(found) + len(missed)}")
print(f"  found: {', '.join(found)}")
print(f"  missed: {', '.join(missed) or '-'}")
print(f"  untouched pair: {errors} errors, {warnings} warnings for {lines} source lines ({100 * warnings / lines:.1f}%)")
PY
done
