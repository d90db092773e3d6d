import Exchange
import GRDB
import Segmentation

extension TranslationMemory {
  /// What ``lookup(_:scorer:)`` must return, found the slow way: every unit of the language
  /// pair is scored. The reference that tests and `Benchmarks/bench-tm.sh` measure recall
  /// against; linear in the size of the memory.
  public func lookupByScanning(_ query: LookupQuery, scorer: FuzzyScorer = FuzzyScorer()) throws -> [FuzzyMatch] {
    let text = SegmentText.normalized(query.text)
    let tokens = Tokenizer.tokens(text)
    let minScore = min(100, max(1, query.minScore))
    let lang = LanguageSubtag.primary(of: query.sourceLanguage)
    let contextKey = query.previous.map { SegmentText.key(lang, SegmentText.normalized($0)) }
    return try wrap("lookup") {
      try pool.read { db in
        var top = TopMatches(limit: query.limit)
        let rows = try Row.fetchCursor(db, sql: "\(UnitRow.select) ORDER BY unit.id")
        while let row = try rows.next() {
          let unit = UnitRow(row)
          guard LanguageTag.selects(query.sourceLanguage, unit.sourceLang),
            LanguageTag.selects(query.targetLanguage, unit.targetLang)
          else { continue }
          let source = unit.scoringSource
          var (score, differences) = scorer.score(text, tokens, source, Tokenizer.tokens(source))
          guard score >= minScore else { continue }
          if score == 100, let contextKey, unit.contextKey == contextKey { score = 101 }
          if let worst = top.worstScore, score < worst { continue }
          top.insert(FuzzyMatch(stored: unit.stored, score: score, differences: differences))
        }
        return top.matches
      }
    }
  }
}
