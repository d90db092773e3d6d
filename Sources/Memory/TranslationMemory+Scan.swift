import Exchange
import Segmentation

extension TranslationMemory {
  /// What ``lookup(_:scorer:)`` must return, found the slow way: every unit of the language
  /// pair is scored. The reference that tests and `Benchmarks/bench-tm.sh` measure recall
  /// against; linear in the size of the memory.
  public func lookupByScanning(_ query: LookupQuery, scorer: FuzzyScorer = FuzzyScorer()) throws -> [FuzzyMatch] {
    try lookupByScanning([query], scorer: scorer)[0]
  }

  /// The matches of each of `queries`, by scoring every unit against each (one pass over the
  /// memory for all of them). Units whose length alone rules them out (see ``ScoreBound``)
  /// are not scored: they cannot reach `minScore`.
  public func lookupByScanning(_ queries: [LookupQuery], scorer: FuzzyScorer = FuzzyScorer()) throws -> [[FuzzyMatch]] {
    struct Prepared {
      var query: LookupQuery
      var text: String
      var tokens: [Token]
      var bound: ScoreBound
      var minScore: Int
      var contextKey: Int64?
      var top: TopMatches
    }
    var prepared = queries.map { query in
      let text = SegmentText.normalized(query.text)
      let tokens = Tokenizer.tokens(text)
      let minScore = min(100, max(1, query.minScore))
      let lang = LanguageSubtag.primary(of: query.sourceLanguage)
      return Prepared(
        query: query, text: text, tokens: tokens,
        bound: ScoreBound(queryLength: tokens.reduce(0) { $0 + ($1.kind == .tag ? 0 : 1) }, minScore: minScore),
        minScore: minScore, contextKey: query.previous.map { SegmentText.key(lang, SegmentText.normalized($0)) },
        top: TopMatches(limit: query.limit))
    }
    return try storage.read("lookup") { reader in
      try reader.forEachUnit { unit in
          var unitTokens: [Token]?
          for k in prepared.indices {
            let query = prepared[k].query
            guard prepared[k].bound.upperBound(missing: 0, length: unit.tokenCount) >= prepared[k].bound.threshold,
              LanguageTag.selects(query.sourceLanguage, unit.sourceLang),
              LanguageTag.selects(query.targetLanguage, unit.targetLang)
            else { continue }
            if unitTokens == nil { unitTokens = Tokenizer.tokens(unit.scoringSource) }
            var (score, differences) = scorer.score(
              prepared[k].text, prepared[k].tokens, unit.scoringSource, unitTokens ?? [])
            guard score >= prepared[k].minScore else { continue }
            if score == 100, let key = prepared[k].contextKey, unit.contextKey == key { score = 101 }
            if let worst = prepared[k].top.worstScore, score < worst { continue }
            prepared[k].top.insert(FuzzyMatch(stored: unit.stored, score: score, differences: differences))
          }
      }
      return prepared.map(\.top.matches)
    }
  }
}
