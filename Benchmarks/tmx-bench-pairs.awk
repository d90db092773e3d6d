# Writes N German–English sentence pairs in Tandem's TSV format (see README, "TMX"),
# for bench-tmx.sh. Deterministic (srand(42)); text mixes umlauts, XML special characters,
# quotes, emoji and escaped tabs, so that the TMX writer and reader do real escaping work.
# Usage: awk -v n=2500000 -f Benchmarks/tmx-bench-pairs.awk > pairs.tsv
BEGIN {
  srand(42)
  split("Der Gipfel in Pjöngjang war ein großer Erfolg für beide Länder und ihre Regierungen " \
        "Putin & Kim unterzeichneten ein Abkommen über <Zusammenarbeit> „Sicherheit“ und Handel " \
        "mit 1.000 Tonnen Weizen 😀 sowie Verträge über Gesundheit, Bildung und Wissenschaft", de, " ")
  split("The summit in Pyongyang was a great success for both countries and their governments " \
        "Putin & Kim signed an agreement on <cooperation> \"security\" and trade " \
        "with 1,000 tonnes of wheat 😀 as well as treaties on health, education and science", en, " ")
  nde = length(de); nen = length(en)
  print "#de\ten"
  for (i = 1; i <= n; i++) {
    words = 8 + int(rand() * 14)
    s = de[1 + int(rand() * nde)]; t = en[1 + int(rand() * nen)]
    for (w = 1; w < words; w++) {
      s = s " " de[1 + int(rand() * nde)]
      t = t " " en[1 + int(rand() * nen)]
    }
    if (i % 50 == 0) { s = s "\\tSpalte"; t = t "\\tcolumn" }
    print s ".\t" t ".\t" i
  }
}
