#!/usr/bin/env bash
# Acceptance for documents in (issue 12, items 1, 2 and 5):
#   1. The sample article and its English translation as HTML (<p> per paragraph, a <nav>,
#      a <footer>, a <script>, inline <em>/<a>), Markdown (emphasis, links, code spans) and
#      DOCX (python-docx, bold/italic runs, a footer) align with the same links as the same
#      text as plain text (a title line, then the sample's lines), the titles align as
#      headings, and no markup reaches a segment.
#   2. XLIFF 1.2, XLIFF 2.0 and PO files of 18 units convert to TMX with all 18 units; an
#      SRT file keeps cue numbers and times out of the text; align of two monolingual XLIFF
#      files writes bilingual XLIFF (-o x.xlf) that keeps unit ids and inline codes.
# The documents are made here (documents/make-documents.py), in a venv with python-docx.
# Env: TANDEM (default .build/release/tandem).
set -euo pipefail
cd "$(dirname "$0")/../.."
TANDEM=${TANDEM:-$PWD/.build/release/tandem}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL $*"; status=1; }
ok() { echo "ok   $*"; }

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check python-docx
"$work/venv/bin/python" .ci/checks/documents/make-documents.py Samples "$work"

align() {  # source target output
  "$TANDEM" align "$1" "$2" --source-lang de --target-lang en -o "$3" 2>>"$work/stderr.log"
}
align "$work/article.de.txt" "$work/article.en.txt" "$work/plain.tsv"
# source, target and link type; confidences may differ in the last digit.
cut -f1,2,4 "$work/plain.tsv" > "$work/plain.links"
for format in html md docx; do
  align "$work/article.de.$format" "$work/article.en.$format" "$work/$format.tsv"
  cut -f1,2,4 "$work/$format.tsv" > "$work/$format.links"
  if cmp -s "$work/plain.links" "$work/$format.links"; then
    ok "$format: the same $(($(wc -l < "$work/plain.links") - 1)) links as the plain text"
  else
    fail "$format: links differ from the plain text's:"; diff "$work/plain.links" "$work/$format.links" | head -20
  fi
  if cut -f1,2 "$work/$format.tsv" | grep -nE '<[a-zA-Z/!]|&[a-z]+;|\*\*|\]\(|`|w:|Home \||All rights reserved|var x' > "$work/markup"; then
    fail "$format: markup or boilerplate reached a segment:"; head -5 "$work/markup"
  else
    ok "$format: no markup or boilerplate in any segment"
  fi
  title=$(sed -n 2p "$work/$format.tsv" | cut -f1,2,4)
  [ "$title" = "$(printf 'Putin und Kim unterzeichnen Partnerschaftsabkommen\tPutin and Kim sign partnership agreement\t1-1')" ] \
    && ok "$format: the titles (headings) align 1-1" || fail "$format: the titles do not align: $title"
done

for file in units-12.xlf units-20.xlf units.po; do
  "$TANDEM" convert "$work/$file" "$work/$file.tmx" 2>>"$work/stderr.log"
  n=$(grep -c '<tu ' "$work/$file.tmx" || true)
  [ "$n" = 18 ] && ok "$file: 18 units to TMX" || fail "$file: $n units to TMX, expected 18"
  xmllint --noout "$work/$file.tmx" || fail "$file.tmx is not well-formed XML"
done

"$TANDEM" convert --source-lang en "$work/cues.srt" "$work/cues.jsonl" 2>>"$work/stderr.log"
cues=$(wc -l < "$work/cues.jsonl")
[ "$cues" = 3 ] && ok "srt: 3 cues read" || fail "srt: $cues cues read, expected 3"
if grep -E -- '-->|[0-9]{2}:[0-9]{2}:[0-9]{2}|"source":"[0-9]|<i>' "$work/cues.jsonl" | grep -v x-srt > /dev/null; then
  fail "srt: a cue number, time or tag reached the text"
else
  ok "srt: cue numbers, times and tags stay out of the text"
fi
"$TANDEM" segment --lang en "$work/cues.srt" > "$work/cues.txt"
if grep -qE -- '-->|^[0-9]+$' "$work/cues.txt"; then fail "srt: segment printed numbers or times"; else ok "srt: segment prints the cues' sentences only"; fi

align "$work/article.de.xlf" "$work/article.en.xlf" "$work/bilingual.xlf"
xmllint --noout "$work/bilingual.xlf" || fail "bilingual.xlf is not well-formed XML"
targets=$(grep -c '<target>' "$work/bilingual.xlf" || true)
ids=$(grep -o 'trans-unit id="p[0-9]*"' "$work/bilingual.xlf" | wc -l)
codes=$(grep '<target>' "$work/bilingual.xlf" | grep -c '<g id="1" ctype="bold">' || true)
# Every German line is a unit; the 13 repeated lines have no English counterpart (1-0 links).
lines=$(grep -c . Samples/putin-kim-summit.de.txt)
[ "$ids" = "$lines" ] && [ "$targets" -ge 13 ] && [ "$codes" -ge 13 ] \
  && ok "xliff: align writes bilingual XLIFF, $ids ids kept, $targets targets, $codes with their inline codes" \
  || fail "xliff: $ids ids ($lines expected), $targets targets (>= 13), $codes targets with codes (>= 13)"

[ $status = 0 ] || { echo "-- stderr"; tail -20 "$work/stderr.log"; }
exit $status
