import Exchange
import Foundation
import Segmentation

extension TranslationMemory {
  /// The best matches for `query.text`, best first: exact matches (100, or
  /// 101 with the same previous segment) and fuzzy ones down to `minScore`.
  ///
  /// Exact, not a budget: every unit that can score `minScore` is a candidate,
  /// and candidates are scored in the order of their ``ScoreBound`` until none
  /// left can enter the top `limit`, so the result is what scoring every unit
  /// of the pair would give (ties on score broken by change date, then id).
  /// A unit lacking query words of multiplicity more than
  /// ``ScoreBound/maxMissing`` cannot reach `minScore`, so it must contain one
  /// of the rarest words whose multiplicities add up to more than that: their
  /// postings give the candidates, the other words' postings count what each
  /// lacks, and its length (from `unit_length`) completes its bound.
  ///
  /// Numbers match any number, so "has a number" is a term of the index too
  /// (``Tokenizer/anyNumberTerm``); a query of tags only finds exact matches.
  ///
  /// - Complexity: Proportional to the postings of the query's words and to
  ///   the candidates whose bound can still beat the top `limit`.
  public func lookup(_ query: LookupQuery, scorer: FuzzyScorer = FuzzyScorer()) throws -> [FuzzyMatch] {
    try storage.read("lookup") { reader in try Lookup(reader: reader, query: query, scorer: scorer).run() }
  }
}

/// One fuzzy lookup inside a read transaction: reads the index (storage), leaves the
/// bounds to ``ScoreBound`` and the ranking to ``TopMatches``.
struct Lookup {
  /// Words in more units than this are not read to count what candidates lack: they are
  /// assumed present, which keeps every bound an upper bound and costs only scoring time.
  static let pruneLimit = 150_000

  let reader: any MemoryReader
  let query: LookupQuery
  let scorer: FuzzyScorer
  let text: String
  let tokens: [Token]
  let lang: String
  let bound: ScoreBound

  init(reader: any MemoryReader, query: LookupQuery, scorer: FuzzyScorer) {
    self.reader = reader
    self.query = query
    self.scorer = scorer
    text = SegmentText.normalized(query.text)
    tokens = Tokenizer.tokens(text)
    lang = LanguageSubtag.primary(of: query.sourceLanguage)
    bound = ScoreBound(
      queryLength: tokens.reduce(0) { $0 + ($1.kind == .tag ? 0 : 1) }, minScore: min(100, max(1, query.minScore)))
  }

  func run() throws -> [FuzzyMatch] {
    let minScore = min(100, max(1, query.minScore))
    var ranked: [(id: Int64, bound: Double)] = try exactIDs().map { ($0, 101) }
    if minScore < 100 {
      let exact = Set(ranked.map(\.id))
      let lengths = UnitLengths.Reader(reader)
      let candidates = try indexCandidates()
      try lengths.prefetch(candidates.lazy.map(\.id))
      for candidate in candidates where !exact.contains(candidate.id) {
        let upper = bound.upperBound(missing: candidate.missing, length: try lengths.length(of: candidate.id))
        if upper >= bound.threshold { ranked.append((candidate.id, upper)) }
      }
    }
    ranked.sort { ($0.bound, $0.id) > ($1.bound, $1.id) }

    let contextKey = query.previous.map { SegmentText.key(lang, SegmentText.normalized($0)) }
    var top = TopMatches(limit: query.limit)
    var fetched: [Int64: UnitRow] = [:]
    for (rank, candidate) in ranked.enumerated() {
      if let worst = top.worstScore, !ScoreBound.canBeat(candidate.bound, worst: worst) { break }
      if rank % reader.unitBatchSize == 0 {  // the next candidates in rank order, at once where that pays
        let ids = ranked[rank..<min(rank + reader.unitBatchSize, ranked.count)].map(\.id)
        fetched = Dictionary(try reader.units(ids: ids).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      }
      guard let unit = fetched[candidate.id] else { continue }
      guard LanguageTag.selects(query.sourceLanguage, unit.sourceLang),
        LanguageTag.selects(query.targetLanguage, unit.targetLang)
      else { continue }
      let source = unit.scoringSource
      var (score, differences) = scorer.score(text, tokens, source, Tokenizer.tokens(source))
      guard score >= minScore else { continue }
      if score == 100, let contextKey, unit.contextKey == contextKey { score = 101 }
      top.insert(FuzzyMatch(stored: unit.stored, score: score, differences: differences))
    }
    return top.matches
  }

  private func exactIDs() throws -> [Int64] {
    try reader.unitIDs(sourceKey: SegmentText.key(lang, text))
  }

  /// Every unit of the source language that can reach `minScore` by the words it lacks,
  /// with the multiplicity of query words it lacks (see ``TranslationMemory/lookup(_:scorer:)``).
  private func indexCandidates() throws -> [(id: Int64, missing: Int)] {
    var multiplicity: [String: Int] = [:]
    for token in tokens {
      switch token.kind {
      case .word: multiplicity[token.folded, default: 0] += 1
      case .number: multiplicity[Tokenizer.anyNumberTerm, default: 0] += 1  // placeables: any number matches
      case .tag: break
      }
    }
    guard !multiplicity.isEmpty else { return [] }
    let maxMissing = bound.maxMissing

    var frequencies: [(term: String, count: Int, weight: Int)] = []
    var absent = 0
    let counts = try reader.postingCounts(side: 0, lang: lang, terms: multiplicity.keys.sorted())
    for (word, weight) in multiplicity {
      let count = counts[word] ?? 0
      if count == 0 { absent += weight } else { frequencies.append((word, count, weight)) }
    }
    guard absent <= maxMissing, !frequencies.isEmpty else { return [] }
    frequencies.sort { ($0.count, $0.term) < ($1.count, $1.term) }
    // The rarest words whose weights exceed what a unit may still lack: every candidate has one.
    var required = 0
    var weight = 0
    while required < frequencies.count, weight <= maxMissing - absent {
      weight += frequencies[required].weight
      required += 1
    }

    var ids: [Int64] = []
    var merged: [(id: Int64, present: Int)] = []
    for (term, count, weight) in frequencies[..<required] {
      try postings(term, count: count, into: &ids)
      merged = Self.merge(merged, ids, weight: weight)
    }
    var seenWeight = absent + frequencies[..<required].reduce(0) { $0 + $1.weight }
    merged.removeAll { seenWeight - $0.present > maxMissing }

    // Every other word counts what the candidates lack, and prunes those that lack too much.
    for (term, count, weight) in frequencies[required...] where count <= Self.pruneLimit {
      if merged.isEmpty { break }
      try postings(term, count: count, into: &ids)
      seenWeight += weight
      var k = 0
      var kept: [(id: Int64, present: Int)] = []
      kept.reserveCapacity(merged.count)
      for entry in merged {
        while k < ids.count, ids[k] < entry.id { k += 1 }
        let present = entry.present + (k < ids.count && ids[k] == entry.id ? weight : 0)
        if seenWeight - present <= maxMissing { kept.append((entry.id, present)) }
      }
      merged = kept
    }
    return merged.map { ($0.id, seenWeight - $0.present) }
  }

  /// Merges sorted `ids` into sorted `entries`, adding `weight` present tokens for each id.
  static func merge(_ entries: [(id: Int64, present: Int)], _ ids: [Int64], weight: Int) -> [(id: Int64, present: Int)] {
    var result: [(id: Int64, present: Int)] = []
    result.reserveCapacity(entries.count + ids.count)
    var i = 0
    var j = 0
    while i < entries.count || j < ids.count {
      if j == ids.count || (i < entries.count && entries[i].id < ids[j]) {
        result.append(entries[i])
        i += 1
      } else if i == entries.count || ids[j] < entries[i].id {
        result.append((ids[j], weight))
        j += 1
      } else {
        result.append((entries[i].id, entries[i].present + weight))
        i += 1
        j += 1
      }
    }
    return result
  }

  /// The ids of the source units of language `lang` that contain `term`, ascending.
  private func postings(_ term: String, count: Int, into ids: inout [Int64]) throws {
    ids.removeAll(keepingCapacity: true)
    ids.reserveCapacity(count)
    try reader.appendPostings(side: 0, lang: lang, term: term, to: &ids)
  }
}
