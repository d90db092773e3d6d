#!/usr/bin/env bash
# Acceptance: `--srx omegat` segments as OmegaT 3.6 (Debian) does with its default rules.
# 1. OmegaT, driven as ../shared/tools/omegat-check drives it, fills every segment of the
#    sample from the TMX of `tandem align --srx omegat` (project_stats.txt Remaining: 0).
# 2. OmegaT's own segments (a pseudo-translation TMX of the same project layout) equal
#    `tandem segment --srx omegat` on the sample and on test texts written for this check.
# Needs $TANDEM (the release binary) and $SHARED (../shared); java and omegat come with
# omegat-check (it installs Debian's omegat with apt when missing).
set -euo pipefail
: "${TANDEM:?set TANDEM to the release binary}" "${SHARED:?set SHARED to the shared directory}"
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

"$TANDEM" align Samples/putin-kim-summit.de.txt Samples/putin-kim-summit.en.txt \
  --source-lang de --target-lang en --srx omegat -o "$work/x.tmx"
report=$("$SHARED/tools/omegat-check" "$work/x.tmx" Samples/putin-kim-summit.de.txt "Kim said" 2>&1) || true
echo "$report"
if ! grep -q '^PASS' <<<"$report" || ! grep -q 'segments Remaining: 0$' <<<"$report"; then
  echo "FAIL: OmegaT leaves segments of the sample untranslated with the TMX of align --srx omegat" >&2
  status=1
fi

# OmegaT's segments of FILE in LANG, one JSON string a line, sorted (OmegaT lists them unordered).
omegat_segments() {  # LANG FILE
  local project=$work/p-$1 tmx=$work/pseudo-$1.tmx
  rm -rf "$project"
  mkdir -p "$project"/{source,target,tm/auto,glossary,dictionary,omegat,cfg}
  cat > "$project/omegat.project" <<XML
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat><project version="1.0">
 <source_dir>__DEFAULT__</source_dir><target_dir>__DEFAULT__</target_dir><tm_dir>__DEFAULT__</tm_dir>
 <glossary_dir>__DEFAULT__</glossary_dir><glossary_file>__DEFAULT__</glossary_file><dictionary_dir>__DEFAULT__</dictionary_dir>
 <source_lang>$1</source_lang><target_lang>fr</target_lang>
 <source_tok>org.omegat.tokenizer.LuceneGermanTokenizer</source_tok><target_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</target_tok>
 <sentence_seg>true</sentence_seg><support_default_translations>true</support_default_translations><remove_tags>false</remove_tags>
</project></omegat>
XML
  cp "$2" "$project/source/"
  java -Djava.awt.headless=true -Dfile.encoding=UTF-8 -jar /usr/share/omegat/OmegaT.jar "$project" \
    --mode=console-createpseudotranslatetmx --pseudotranslatetmx="$tmx" --pseudotranslatetype=equal \
    --config-dir="$project/cfg" --disable-project-locking --no-team > "$project/omegat.log" 2>&1
  python3 - "$tmx" <<'PY'
import json, sys, xml.etree.ElementTree as ET
segments = {"".join(tu.find("tuv").find("seg").itertext()) for tu in ET.parse(sys.argv[1]).iter("tu")}
for s in sorted(segments): print(json.dumps(s, ensure_ascii=False))
PY
}

tandem_segments() {  # LANG FILE
  "$TANDEM" segment --lang "$1" --srx omegat --format json "$2" | python3 -c '
import json, sys
for s in sorted({x["text"] for x in json.load(sys.stdin)}): print(json.dumps(s, ensure_ascii=False))'
}

for case in de:Samples/putin-kim-summit.de.txt de:Tests/SegmentationTests/Fixtures/OmegaT/de-news.txt \
  en:Tests/SegmentationTests/Fixtures/OmegaT/en-news.txt; do
  language=${case%%:*} file=${case#*:}
  omegat_segments "$language" "$file" > "$work/omegat.txt"
  tandem_segments "$language" "$file" > "$work/tandem.txt"
  if diff "$work/omegat.txt" "$work/tandem.txt" > "$work/diff.txt"; then
    echo "$file: $(wc -l < "$work/omegat.txt") segments, the same as OmegaT's"
  else
    echo "FAIL $file: segments differ from OmegaT's (< OmegaT, > tandem --srx omegat):" >&2
    cat "$work/diff.txt" >&2
    status=1
  fi
done
exit $status
