#!/usr/bin/env bash
# The alignment table of issue 9: strict F1 of `tandem align --presegmented` on every
# book of ../shared/data/books-deen and books-opus, German→English and English→German
# (mirrored and scored against the same gold), beside the better of hunalign's two
# figures from books-opus/README.md (empty dictionary, without and with -realign) and
# the goal (hunalign − .02); then Text+Berg de-fr dev and test0..6. Wall seconds per
# alignment. Prints figures; asserts nothing. Needs a release build ($TANDEM).
set -euo pipefail
cd "$(dirname "$0")/.."
TANDEM=${TANDEM:-.build/release/tandem}
SHARED=${SHARED:-$(cd .. && pwd)/shared}
score="$SHARED/tools/score-alignment"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

f1() { "$score" --json "$@" | python3 -c 'import json,sys; print("%.3f" % json.load(sys.stdin)["f1_strict"])'; }
# Runs the alignment, printing its wall seconds.
timed() {
  /usr/bin/time -f "%e" -o "$work/time" "$TANDEM" align "$@" --presegmented --format links 2>/dev/null
  cat "$work/time"
}

printf '%-22s %6s %6s %6s %8s %6s %6s\n' book de-en en-de diff hunalign goal seconds
# book folder hunalign-best (books-opus/README.md)
for entry in kafka_verwandlung:books-deen:.919 alice:books-deen:.796 machiavelli_principe:books-deen:.666 \
             tom_sawyer_val:books-opus:.900 kafka_prozess:books-opus:.939 karenina_vol1:books-opus:.830 \
             notre_dame:books-opus:.912 jane_eyre:books-opus:.783; do
  IFS=: read -r book folder hunalign <<<"$entry"
  base="$SHARED/data/$folder/$book"
  seconds=$(timed "$base.de" "$base.en" --source-lang de --target-lang en -o "$work/$book.deen")
  timed "$base.en" "$base.de" --source-lang en --target-lang de -o "$work/$book.ende" >/dev/null
  sed -E 's/^(\[[^]]*\]):(\[[^]]*\])$/\2:\1/' "$work/$book.ende" > "$work/$book.mirrored"
  forward=$(f1 -t "$work/$book.deen" -g "$base.deen")
  backward=$(f1 -t "$work/$book.mirrored" -g "$base.deen")
  python3 -c 'import sys
b, f, r, h, s = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
print("%-22s %6.3f %6.3f %+6.3f %8.3f %6.3f %6s%s" % (b, f, r, r - f, h, h - .02, s, "" if f >= h - .02 else "  below goal"))' \
    "$book" "$forward" "$backward" "$hunalign" "$seconds"
done

tb="$SHARED/data/textberg"
outputs=() golds=()
for doc in dev test0 test1 test2 test3 test4 test5 test6; do
  timed "$tb/$doc.de" "$tb/$doc.fr" --source-lang de --target-lang fr -o "$work/$doc.defr" >/dev/null
  [ "$doc" = dev ] || { outputs+=("$work/$doc.defr"); golds+=("$tb/$doc.defr"); }
done
echo "Text+Berg de-fr dev: strict F1 $(f1 -t "$work/dev.defr" -g "$tb/dev.defr") (goal .88)"
echo "Text+Berg de-fr test0..6: strict F1 $(f1 -t "${outputs[@]}" -g "${golds[@]}") (goal .90)"
