import Exchange
import Foundation
import GRDB
import Segmentation

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
  static let candidateLimit = 300
  /// The rarest words are read until their postings reach this many ids.
  static let unionBudget = 60_000
  /// Words in more units than this only cost time when pruning: skipped.
  static let pruneLimit = 150_000

  struct Candidate {
    var id: Int64
    /// Query words seen so far that the unit lacks, absent ones included.
    var missing: Int
  }

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
    lang = LanguageSubtag.primary(of: query.sourceLanguage)
  }

  func run() throws -> [FuzzyMatch] {
    let minScore = min(100, max(1, query.minScore))
    let allowed = 1 - Double(minScore) / 100
    let exact = try exactIDs()
    var candidates = exact.map { Candidate(id: $0, missing: 0) }
    if minScore < 100 {
      let exactSet = Set(exact)
      candidates += try indexCandidates(allowed: allowed).filter { !exactSet.contains($0.id) }
    }

    let contextKey = query.previous.map { SegmentText.key(lang, SegmentText.normalized($0)) }
    let n = tokens.count
    let longest = Double(n) / max(1 - allowed, 0.01)  // the length window's upper end
    var matches: [FuzzyMatch] = []
    let fetch = try db.cachedStatement(sql: "\(UnitRow.select) WHERE unit.id = ?")
    for candidate in candidates {
      // Candidates come best-covered first: stop once none left can enter the top `limit`.
      if matches.count >= query.limit, candidate.missing > 0 {
        let bound = 100 * (1 - Double(candidate.missing) / max(longest, 1))
        if bound < Double(matches[query.limit - 1].score) { break }
      }
      guard let row = try Row.fetchOne(fetch, arguments: [candidate.id]) else { continue }
      let unit = UnitRow(row)
      guard LanguageTag.selects(query.sourceLanguage, unit.sourceLang),
        LanguageTag.selects(query.targetLanguage, unit.targetLang)
      else { continue }
      let m = unit.tokenCount
      if Double(abs(n - m)) > allowed * Double(max(n, m)) + 1e-9 { continue }  // length window
      let source = unit.scoringSource
      var (score, differences) = scorer.score(text, tokens, source, Tokenizer.tokens(source))
      guard score >= minScore else { continue }
      if score == 100, let contextKey, unit.contextKey == contextKey { score = 101 }
      matches.append(FuzzyMatch(stored: unit.stored, score: score, differences: differences))
      matches.sort {
        ($0.score, $0.stored.unit.changeDate ?? .distantPast, -$0.stored.id)
          > ($1.score, $1.stored.unit.changeDate ?? .distantPast, -$1.stored.id)
      }
      if matches.count > query.limit { matches.removeLast() }
    }
    return matches
  }

  private func exactIDs() throws -> [Int64] {
    try Int64.fetchAll(
      db.cachedStatement(sql: "SELECT id FROM unit WHERE sourceKey = ?"),
      arguments: [SegmentText.key(lang, text)])
  }

  /// Candidates from the word index, best-covered first (see ``TranslationMemory/lookup(_:scorer:)``).
  ///
  /// The rarest words give the candidates; their postings are read up to
  /// ``unionBudget`` ids, so for a query made only of very common words a
  /// unit that shares none of the rarest ones may be missed.
  private func indexCandidates(allowed: Double) throws -> [Candidate] {
    let words = Array(Set(tokens.lazy.filter { $0.kind == .word }.map(\.folded)))
    guard !words.isEmpty else { return [] }
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
    let required = min(frequencies.count, maxMissing - absent + 1)

    // Merge the postings of the rarest words into (id, words present), ascending by id.
    var ids: [Int64] = []
    var merged: [(id: Int64, present: Int)] = []
    var read = 0
    var used = 0
    for (term, count) in frequencies[..<required] {
      if used > 0, read + count > Self.unionBudget { break }
      try postings(term, count: count, into: &ids)
      merged = Self.merge(merged, ids)
      read += count
      used += 1
    }
    var seen = used
    merged.removeAll { absent + seen - $0.present > maxMissing }

    // Every other word prunes the units that now miss too many.
    for (term, count) in frequencies[used...] where count <= Self.pruneLimit {
      if merged.isEmpty { break }
      try postings(term, count: count, into: &ids)
      seen += 1
      var k = 0
      var kept: [(id: Int64, present: Int)] = []
      kept.reserveCapacity(merged.count)
      for entry in merged {
        while k < ids.count, ids[k] < entry.id { k += 1 }
        let present = entry.present + (k < ids.count && ids[k] == entry.id ? 1 : 0)
        if absent + seen - present <= maxMissing { kept.append((entry.id, present)) }
      }
      merged = kept
    }
    merged.sort { ($0.present, $0.id) > ($1.present, $1.id) }
    return merged.prefix(Self.candidateLimit).map { Candidate(id: $0.id, missing: absent + seen - $0.present) }
  }

  /// Merges sorted `ids` into sorted `entries`, counting one more word for each id.
  static func merge(_ entries: [(id: Int64, present: Int)], _ ids: [Int64]) -> [(id: Int64, present: Int)] {
    var result: [(id: Int64, present: Int)] = []
    result.reserveCapacity(entries.count + ids.count)
    var i = 0
    var j = 0
    while i < entries.count || j < ids.count {
      if j == ids.count || (i < entries.count && entries[i].id < ids[j]) {
        result.append(entries[i])
        i += 1
      } else if i == entries.count || ids[j] < entries[i].id {
        result.append((ids[j], 1))
        j += 1
      } else {
        result.append((entries[i].id, entries[i].present + 1))
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
