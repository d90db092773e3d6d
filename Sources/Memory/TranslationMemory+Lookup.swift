import Exchange
import Foundation
import GRDB

extension TranslationMemory {
  /// The best matches for `query.text`, best first: exact matches (100, or
  /// 101 with the same previous segment) and fuzzy ones down to `minScore`.
  ///
  /// Candidates come from the word index: a unit can reach `minScore` only
  /// if it misses at most `d` of the query's distinct words, where `d` is
  /// the edit distance that score allows at the longest length the window
  /// admits, so it must contain one of the `d + 1` rarest of them. Those
  /// postings give the candidates; the other words' postings prune the
  /// ones that miss too many; the best-covered candidates within the
  /// length window are then scored by ``FuzzyScorer``.
  ///
  /// - Complexity: Proportional to the postings of the query's words, not
  ///   to the size of the memory.
  public func lookup(_ query: LookupQuery, scorer: FuzzyScorer = FuzzyScorer()) throws -> [FuzzyMatch] {
    try wrap("lookup") {
      try pool.read { db in try Lookup(db: db, query: query, scorer: scorer).run() }
    }
  }
}

/// One fuzzy lookup inside a read transaction.
struct Lookup {
  /// At most this many candidates (the best-covered) are fetched and scored.
  static let candidateLimit = 400

  let db: Database
  let query: LookupQuery
  let scorer: FuzzyScorer
  let text: String
  let tokens: [Token]
  let lang: String

  init(db: Database, query: LookupQuery, scorer: FuzzyScorer) {
    self.db = db
    self.query = query
    self.scorer = scorer
    text = SegmentText.normalized(query.text)
    tokens = Tokenizer.tokens(text)
    lang = SegmentText.primaryLanguage(query.sourceLanguage)
  }

  func run() throws -> [FuzzyMatch] {
    let minScore = min(100, max(1, query.minScore))
    var candidates = Set(try exactIDs())
    if minScore < 100 { candidates.formUnion(try indexCandidates(minScore: minScore)) }

    let contextKey = query.previous.map { SegmentText.key(lang, SegmentText.normalized($0)) }
    let allowed = 1 - Double(minScore) / 100
    var matches: [FuzzyMatch] = []
    let fetch = try db.cachedStatement(sql: "\(UnitRow.select) WHERE unit.id = ?")
    for id in candidates {
      guard let row = try Row.fetchOne(fetch, arguments: [id]) else { continue }
      let unit = UnitRow(row)
      guard SegmentText.primaryLanguage(unit.sourceLang) == lang,
        SegmentText.primaryLanguage(unit.targetLang) == SegmentText.primaryLanguage(query.targetLanguage)
      else { continue }
      let n = tokens.count
      let m = unit.tokenCount
      if Double(abs(n - m)) > allowed * Double(max(n, m)) + 1e-9 { continue }  // length window
      let source = unit.normalizedSource
      var (score, differences) = scorer.score(text, tokens, source, Tokenizer.tokens(source))
      guard score >= minScore else { continue }
      if score == 100, let contextKey, unit.contextKey == contextKey { score = 101 }
      matches.append(FuzzyMatch(stored: unit.stored, score: score, differences: differences))
    }
    matches.sort {
      ($0.score, $0.stored.unit.changeDate ?? .distantPast, -$0.stored.id)
        > ($1.score, $1.stored.unit.changeDate ?? .distantPast, -$1.stored.id)
    }
    return Array(matches.prefix(max(0, query.limit)))
  }

  private func exactIDs() throws -> [Int64] {
    try Int64.fetchAll(
      db.cachedStatement(sql: "SELECT id FROM unit WHERE sourceKey = ?"),
      arguments: [SegmentText.key(lang, text)])
  }

  /// Candidate ids from the word index (see ``TranslationMemory/lookup(_:scorer:)``).
  private func indexCandidates(minScore: Int) throws -> [Int64] {
    let words = Array(Set(tokens.lazy.filter { $0.kind == .word }.map(\.folded)))
    guard !words.isEmpty else { return [] }
    let allowed = 1 - Double(minScore) / 100
    // The most words a candidate may miss: d ≤ allowed · m and m ≤ n / (1 − allowed).
    let maxMissing = Int((allowed * Double(tokens.count) / (1 - allowed)).rounded(.down))

    var frequencies: [(term: String, count: Int)] = []
    let countStatement = try db.cachedStatement(
      sql: "SELECT sum(count) FROM posting WHERE side = 0 AND lang = ? AND term = ?")
    var absent = 0
    for word in words {
      let count = try Int.fetchOne(countStatement, arguments: [lang, word]) ?? 0
      if count == 0 { absent += 1 } else { frequencies.append((word, count)) }
    }
    guard absent <= maxMissing, !frequencies.isEmpty else { return [] }
    frequencies.sort { ($0.count, $0.term) < ($1.count, $1.term) }
    let budget = maxMissing - absent  // words each candidate may still miss
    let required = min(frequencies.count, budget + 1)

    // Union of the rarest `required` words, counting how many each unit has.
    var hits: [Int64: Int] = [:]
    var ids: [Int64] = []
    for (term, _) in frequencies[..<required] {
      try postings(term, into: &ids)
      for id in ids { hits[id, default: 0] += 1 }
    }
    var seen = required
    var candidates = hits.keys.filter { seen - (hits[$0] ?? 0) <= budget }.sorted()
    var covered = candidates.map { hits[$0] ?? 0 }

    // The other words only prune: a unit that misses more than `budget` goes.
    for (term, _) in frequencies[required...] {
      try postings(term, into: &ids)
      var k = 0
      var keptIDs: [Int64] = []
      var keptCovered: [Int] = []
      seen += 1
      for (index, candidate) in candidates.enumerated() {
        while k < ids.count, ids[k] < candidate { k += 1 }
        let has = k < ids.count && ids[k] == candidate
        let count = covered[index] + (has ? 1 : 0)
        if seen - count <= budget {
          keptIDs.append(candidate)
          keptCovered.append(count)
        }
      }
      candidates = keptIDs
      covered = keptCovered
      if candidates.isEmpty { return [] }
    }
    if candidates.count <= Self.candidateLimit { return candidates }
    let best = zip(candidates, covered).sorted { ($0.1, $0.0) > ($1.1, $1.0) }
    return best.prefix(Self.candidateLimit).map(\.0)
  }

  /// The ids of the source units of language `lang` that contain `term`, ascending.
  private func postings(_ term: String, into ids: inout [Int64]) throws {
    ids.removeAll(keepingCapacity: true)
    let statement = try db.cachedStatement(
      sql: "SELECT ids FROM posting WHERE side = 0 AND lang = ? AND term = ? ORDER BY chunk")
    let rows = try Row.fetchCursor(statement, arguments: [lang, term])
    while let row = try rows.next() {
      try row.withUnsafeData(atIndex: 0) { data in
        data?.withUnsafeBytes { PostingList.decode($0, into: &ids) }
      }
    }
  }
}
