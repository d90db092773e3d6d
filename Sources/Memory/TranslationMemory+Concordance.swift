import Exchange
import Foundation
import Segmentation

extension TranslationMemory {
  /// Units whose source or target contains the words of `query.text` as
  /// whole words, next to each other and in order, newest first.
  ///
  /// With `query.stem`, a word also matches the indexed words that share
  /// its Snowball stem in that side's language ("Militäroperationen" for
  /// "Militäroperation").
  ///
  /// - Throws: ``MemoryError/noStemmer(language:)`` when `stem` is set and a
  ///   language of the memory has no Snowball stemmer.
  public func search(_ query: ConcordanceQuery) throws -> [ConcordanceHit] {
    try storage.read("search") { reader in try Concordance(reader: reader, query: query).run() }
  }
}

/// One concordance search inside a read transaction.
struct Concordance {
  let reader: any MemoryReader
  let query: ConcordanceQuery
  let words: [String]

  init(reader: any MemoryReader, query: ConcordanceQuery) {
    self.reader = reader
    self.query = query
    words = Tokenizer.tokens(SegmentText.normalized(query.text)).filter { $0.kind != .tag }.map(\.folded)
  }

  func run() throws -> [ConcordanceHit] {
    guard !words.isEmpty, query.limit > 0 else { return [] }
    var hits: [ConcordanceHit] = []
    for (side, lang) in try indexedLanguages() {
      let filter = side == 0 ? query.sourceLanguage : query.targetLanguage
      if let filter, LanguageSubtag.primary(of: filter) != lang { continue }
      let stemmer: Stemmer?
      if query.stem {
        let s = Stemmer(language: lang)
        guard s.isAvailable else { throw MemoryError.noStemmer(language: lang) }
        stemmer = s
      } else {
        stemmer = nil
      }
      let wanted = words.map { stemmer?.stem($0) ?? $0 }
      var ids: Set<Int64>?
      for (word, stem) in zip(words, wanted) {
        let terms = try stemmer.map { try variants(of: word, stem: stem, side: side, lang: lang, stemmer: $0) } ?? [word]
        var found = Set<Int64>()
        for term in terms { found.formUnion(try postings(side: side, lang: lang, term: term)) }
        ids = ids.map { $0.intersection(found) } ?? found
      }
      for id in (ids ?? []).sorted(by: >) {
        guard hits.count < query.limit else { return hits }
        guard let unit = try reader.unit(id: id) else { continue }
        if let wanted = query.sourceLanguage, !LanguageTag.selects(wanted, unit.sourceLang) { continue }
        if let wanted = query.targetLanguage, !LanguageTag.selects(wanted, unit.targetLang) { continue }
        let text = side == 0 ? unit.source : unit.target
        guard let hit = occurrence(in: text, wanted: wanted, stemmer: stemmer) else { continue }
        hits.append(
          ConcordanceHit(
            stored: unit.stored, side: side == 0 ? .source : .target,
            before: hit.before, match: hit.match, after: hit.after))
      }
    }
    return hits
  }

  /// The first run of tokens in `text` that matches `wanted`, split into context and match.
  private func occurrence(in text: String, wanted: [String], stemmer: Stemmer?)
    -> (before: String, match: String, after: String)?
  {
    let tokens = Tokenizer.tokens(text).filter { $0.kind != .tag }
    guard tokens.count >= wanted.count else { return nil }
    let keys = tokens.map { stemmer?.stem($0.folded) ?? $0.folded }
    for start in 0...(tokens.count - wanted.count) where Array(keys[start..<(start + wanted.count)]) == wanted {
      let utf8 = Array(text.utf8)
      let from = tokens[start].utf8Offset
      let lastToken = tokens[start + wanted.count - 1]
      let to = lastToken.utf8Offset + lastToken.text.utf8.count
      return (
        String(decoding: utf8[..<from], as: UTF8.self),
        String(decoding: utf8[from..<to], as: UTF8.self),
        String(decoding: utf8[to...], as: UTF8.self)
      )
    }
    return nil
  }

  /// Indexed words of (side, lang) with the stem `stem`. Inflection keeps the
  /// first letter up to an umlaut ("Haus", "Häuser"), so only words that
  /// begin like `word` are stemmed.
  private func variants(of word: String, stem: String, side: UInt8, lang: String, stemmer: Stemmer) throws
    -> [String]
  {
    guard let first = word.unicodeScalars.first else { return [word] }
    let umlauts: [Character: Character] = ["a": "ä", "o": "ö", "u": "ü", "ä": "a", "ö": "o", "ü": "u"]
    var initials = [Character(first)]
    if let other = umlauts[Character(first)] { initials.append(other) }
    var result: [String] = []
    for initial in initials {
      guard let scalar = initial.unicodeScalars.first, let next = Unicode.Scalar(scalar.value + 1) else { continue }
      for term in try reader.terms(side: side, lang: lang, from: String(initial), below: String(Character(next)))
      where stemmer.stem(term) == stem {
        result.append(term)
      }
    }
    return result
  }

  private func postings(side: UInt8, lang: String, term: String) throws -> [Int64] {
    var ids: [Int64] = []
    try reader.appendPostings(side: side, lang: lang, term: term, to: &ids)
    return ids
  }

  /// The (side, primary language) pairs of the stored units: sources first, then targets.
  private func indexedLanguages() throws -> [(UInt8, String)] {
    let (sources, targets) = try reader.primaryLanguages()
    return sources.map { (0, $0) } + targets.map { (1, $0) }
  }
}
