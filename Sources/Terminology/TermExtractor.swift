import Alignment
import Foundation

/// Finds term candidates in the segments of one language, without a
/// part-of-speech tagger.
///
/// German: capitalised words are nouns or names; runs of them ("Kim Jong Un",
/// "Nord Korea") and attributive adjectives before them ("der speziellen
/// Militäroperation") form candidates, listed under a base form (adjectives
/// in the weak nominative "-e" form, genitive "-s"/"-es" removed).
/// Other languages: n-grams of up to four words bounded by stopwords,
/// numbers and punctuation ("UN Security Council", "special military operation").
/// Candidates are grouped by stem key and ranked by C-value.
///
/// ```swift
/// let terms = TermExtractor(language: "de").candidates(in: ["Die spezielle Militäroperation …"])
/// ```
public struct TermExtractor: Sendable {
  /// BCP 47 tag of the segments, e.g. "de".
  public var language: String
  /// The longest candidate, in words.
  public var maxWords: Int

  public init(language: String, maxWords: Int = 4) {
    self.language = language
    self.maxWords = maxWords
  }

  /// The term candidates of `segments`, best first (C-value, then frequency).
  /// Candidates that occur only inside longer candidates are left out.
  /// - Parameter dictionary: Used to choose between genitive endings
  ///   ("-es" or "-s"); optional.
  public func candidates(in segments: [String], dictionary: BilingualDictionary = .init()) -> [TermCandidate] {
    let normalizer = WordNormalizer(language: language)
    return candidates(in: segments.map(Tokenizer.tokens(in:)), normalizer: normalizer, dictionary: dictionary)
  }

  /// Whether candidates that occur only inside longer ones are left out
  /// (true for term lists; the pairing keeps them as possible translations).
  var dropsNested = true

  // MARK: - Internals

  struct Occurrence {
    var key: String
    var words: [String]
    var surface: String
    var segment: Int
    var range: Range<Int>
  }

  func candidates(in segments: [[Token]], normalizer: WordNormalizer, dictionary: BilingualDictionary)
    -> [TermCandidate]
  {
    let stop = StopWords.list(for: language)
    let german = StopWords.primarySubtag(language) == "de"
    var occurrences: [Occurrence] = []
    if german {
      var nounForms: Set<String> = []
      for tokens in segments { for t in tokens where t.isCapitalized { nounForms.insert(t.text) } }
      for (index, tokens) in segments.enumerated() {
        germanOccurrences(tokens, segment: index, stop: stop, nounForms: nounForms,
                          dictionary: dictionary, normalizer: normalizer, into: &occurrences)
      }
    } else {
      var lowercaseWords: Set<String> = []
      for tokens in segments { for t in tokens where !t.isCapitalized { lowercaseWords.insert(t.text) } }
      for (index, tokens) in segments.enumerated() {
        ngramOccurrences(tokens, segment: index, stop: stop, lowercaseWords: lowercaseWords,
                         normalizer: normalizer, into: &occurrences)
      }
    }
    return group(occurrences)
  }

  /// Candidates of one German segment.
  private func germanOccurrences(
    _ tokens: [Token], segment: Int, stop: Set<String>, nounForms: Set<String>,
    dictionary: BilingualDictionary, normalizer: WordNormalizer, into result: inout [Occurrence]
  ) {
    let n = tokens.count
    func usable(_ i: Int) -> Bool {
      let t = tokens[i]
      return !stop.contains(t.lower) && !t.isTruncated && !t.isNumber
    }
    func joined(_ i: Int) -> Bool { i < n && !tokens[i].followsPunctuation }
    var isAdjective = [Bool](repeating: false, count: n)
    var isNoun = [Bool](repeating: false, count: n)
    for i in 0..<n where usable(i) {
      isNoun[i] = tokens[i].isCapitalized
    }
    // Attributive adjectives: right to left, so that "riesigen russischen Flaggen" chains.
    for i in stride(from: n - 2, through: 0, by: -1) where usable(i) && joined(i + 1) {
      guard isNoun[i + 1] || isAdjective[i + 1] else { continue }
      let t = tokens[i]
      guard Self.hasAdjectiveEnding(t.lower) else { continue }
      if t.isCapitalized && !t.isSentenceInitial && !Self.isRelationalAdjective(t.lower) { continue }
      if i > 0, joined(i), isNoun[i - 1], !isAdjective[i - 1], !tokens[i - 1].isCapitalized || !t.isCapitalized {
        // "NOUN adj NOUN" is a verb or an adverb after a noun ("sagte Putin").
        if !t.isCapitalized { continue }
      }
      isAdjective[i] = true
      isNoun[i] = false
    }
    var i = 0
    while i < n {
      guard isNoun[i] else { i += 1; continue }
      var end = i
      while end + 1 < n, isNoun[end + 1], joined(end + 1) { end += 1 }
      // Adjectives directly before the run.
      var adjectiveStart = i
      while adjectiveStart > 0, isAdjective[adjectiveStart - 1], joined(adjectiveStart), i - adjectiveStart < 2 {
        adjectiveStart -= 1
      }
      let genitiveBefore: (Int) -> Bool = { start in
        start > 0 && joined(start) && Self.genitiveDeterminers.contains(tokens[start - 1].lower)
      }
      for start in i...end {
        for stop in start...min(end, start + maxWords - 1) {
          guard stop == start || isNameRun(tokens[start...stop], nounForms: nounForms, dictionary: dictionary)
          else { continue }
          add(tokens, start..<(stop + 1), adjectivesUntil: start, genitive: genitiveBefore(start),
              segment: segment, nounForms: nounForms, dictionary: dictionary, normalizer: normalizer, into: &result)
        }
      }
      if adjectiveStart < i {
        for start in adjectiveStart..<i {
          add(tokens, start..<(i + 1), adjectivesUntil: i, genitive: genitiveBefore(start),
              segment: segment, nounForms: nounForms, dictionary: dictionary, normalizer: normalizer, into: &result)
        }
      }
      i = end + 1
    }
  }

  /// Whether adjacent capitalised German words form one term: names
  /// ("Kim Jong Un"), or a compound written apart ("Nord Korea" beside
  /// "Nordkorea"). Adjacent common nouns belong to different phrases ("erhält
  /// das Land Wirtschaftshilfe"), and a genitive name qualifies the next noun
  /// ("Putins Besuch"). Without a dictionary every run counts.
  private func isNameRun(_ run: ArraySlice<Token>, nounForms: Set<String>, dictionary: BilingualDictionary) -> Bool {
    if dictionary.wordTranslations.isEmpty { return true }
    let joined = run.map(\.text).joined()
    let capitalizedJoined = String(joined.prefix(1)) + joined.dropFirst().lowercased()
    if nounForms.contains(capitalizedJoined) || dictionary.knows(joined.lowercased()) { return true }
    for token in run.dropLast() where token.text.hasSuffix("s") && nounForms.contains(String(token.text.dropLast())) {
      return false
    }
    return run.allSatisfy { NameHeuristics.isName($0, dictionary: dictionary) }
  }

  private func add(
    _ tokens: [Token], _ range: Range<Int>, adjectivesUntil nounStart: Int, genitive: Bool, segment: Int,
    nounForms: Set<String>, dictionary: BilingualDictionary, normalizer: WordNormalizer,
    into result: inout [Occurrence]
  ) {
    var words: [String] = []
    for index in range {
      let t = tokens[index]
      if index < nounStart {
        let lowered = t.isCapitalized && !t.isSentenceInitial ? t.text : t.lower
        words.append(Self.adjectiveBase(lowered))
      } else if index == range.upperBound - 1 {
        words.append(Self.genitiveBase(t.text, afterDeterminer: genitive, nounForms: nounForms, dictionary: dictionary))
      } else {
        words.append(t.text)
      }
    }
    let surface = tokens[range].map(\.text).joined(separator: " ")
    result.append(Occurrence(key: normalizer.key(words: words), words: words, surface: surface,
                             segment: segment, range: range))
  }

  /// Candidates of one segment in a language without German rules: stopword-bounded n-grams.
  private func ngramOccurrences(
    _ tokens: [Token], segment: Int, stop: Set<String>, lowercaseWords: Set<String>,
    normalizer: WordNormalizer, into result: inout [Occurrence]
  ) {
    let n = tokens.count
    var i = 0
    while i < n {
      func usable(_ k: Int) -> Bool {
        let t = tokens[k]
        return (t.isAcronym || !stop.contains(t.lower)) && !t.isTruncated && !t.isNumber
          && t.lower.unicodeScalars.count > 1
      }
      guard usable(i) else { i += 1; continue }
      var end = i
      while end + 1 < n, usable(end + 1), !tokens[end + 1].followsPunctuation { end += 1 }
      for start in i...end {
        for last in start...min(end, start + maxWords - 1) {
          let words = tokens[start...last].map { t in
            t.isSentenceInitial && !t.isAcronym && lowercaseWords.contains(t.lower) ? t.lower : t.text
          }
          result.append(Occurrence(
            key: normalizer.key(words: words), words: words,
            surface: tokens[start...last].map(\.text).joined(separator: " "),
            segment: segment, range: start..<(last + 1)))
        }
      }
      i = end + 1
    }
  }

  /// Groups occurrences by key, picks base forms and variants, computes C-values.
  private func group(_ occurrences: [Occurrence]) -> [TermCandidate] {
    struct Group {
      var forms: [String: Int] = [:]
      var firstForm = ""
      var wordCount = 0
      var surfaces: [String: Int] = [:]
      var frequency = 0
      var segments: Set<Int> = []
    }
    var groups: [String: Group] = [:]
    var order: [String] = []
    var bySegment: [Int: [Int]] = [:]
    for (index, occurrence) in occurrences.enumerated() {
      let form = occurrence.words.joined(separator: " ")
      if groups[occurrence.key] == nil {
        groups[occurrence.key] = Group(firstForm: form, wordCount: occurrence.words.count)
        order.append(occurrence.key)
      }
      groups[occurrence.key]!.forms[form, default: 0] += 1
      groups[occurrence.key]!.surfaces[occurrence.surface, default: 0] += 1
      groups[occurrence.key]!.frequency += 1
      groups[occurrence.key]!.segments.insert(occurrence.segment)
      bySegment[occurrence.segment, default: []].append(index)
    }
    // Longer candidates each candidate occurs inside (for the C-value).
    var containers: [String: Set<String>] = [:]
    for indices in bySegment.values {
      for a in indices {
        for b in indices where a != b {
          let inner = occurrences[a], outer = occurrences[b]
          if inner.key != outer.key, outer.range.count > inner.range.count,
            outer.range.lowerBound <= inner.range.lowerBound, outer.range.upperBound >= inner.range.upperBound
          {
            containers[inner.key, default: []].insert(outer.key)
          }
        }
      }
    }
    var result: [TermCandidate] = []
    for key in order {
      guard let g = groups[key] else { continue }
      let form = g.forms.max { ($0.value, $1.key.count, $1.key) < ($1.value, $0.key.count, $0.key) }?.key ?? g.firstForm
      let wordCount = form.split(separator: " ").count
      var nested = 0.0
      if let outer = containers[key], !outer.isEmpty {
        nested = Double(outer.reduce(0) { $0 + (groups[$1]?.frequency ?? 0) }) / Double(outer.count)
      }
      let cValue = log2(Double(wordCount) + 1) * (Double(g.frequency) - nested)
      guard cValue > 0 || !dropsNested, form.unicodeScalars.count > 1 else { continue }
      let variants = g.surfaces.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
      result.append(TermCandidate(
        form: form, key: key, wordCount: wordCount, variants: variants, frequency: g.frequency,
        segments: g.segments.sorted(), termhood: cValue))
    }
    return result.sorted { ($0.termhood, $0.frequency, $1.form) > ($1.termhood, $1.frequency, $0.form) }
  }

  // MARK: - German morphology

  static let genitiveDeterminers: Set<String> = [
    "des", "eines", "dieses", "jenes", "jedes", "seines", "ihres", "unseres", "eures", "meines", "deines", "keines",
  ]

  /// Inflected adjective endings: -e, -en, -er, -es, -em.
  static func hasAdjectiveEnding(_ lower: String) -> Bool {
    guard lower.unicodeScalars.count >= 4 else { return false }
    return lower.hasSuffix("e") || lower.hasSuffix("en") || lower.hasSuffix("er") || lower.hasSuffix("es")
      || lower.hasSuffix("em")
  }

  /// Adjectives derived from nouns or names ("russisch", "territorial",
  /// "speziell") and ordinals: the kind that forms terms and proper names
  /// ("Russische Föderation", "Zweiter Weltkrieg") even when capitalised.
  static func isRelationalAdjective(_ lower: String) -> Bool {
    var stem = lower
    for ending in ["en", "er", "es", "em", "e"] where stem.hasSuffix(ending) {
      stem.removeLast(ending.count)
      break
    }
    if ordinals.contains(stem) { return true }
    return ["isch", "al", "ell", "är", "ar", "iv", "ik"].contains { stem.hasSuffix($0) }
  }

  private static let ordinals: Set<String> = [
    "erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt",
  ]

  /// The weak nominative form of an inflected adjective: "speziellen" → "spezielle".
  static func adjectiveBase(_ word: String) -> String {
    for ending in ["en", "er", "es", "em"] where word.hasSuffix(ending) {
      return String(word.dropLast())
    }
    return word
  }

  /// The noun without a genitive ending, when the text or the context shows one:
  /// the shorter form occurs elsewhere ("Nordkoreas" → "Nordkorea"), or a genitive
  /// determiner precedes ("des UN-Sicherheitsrates" → "UN-Sicherheitsrat").
  static func genitiveBase(
    _ word: String, afterDeterminer: Bool, nounForms: Set<String>, dictionary: BilingualDictionary
  ) -> String {
    guard word.hasSuffix("s"), word.unicodeScalars.count > 3 else { return word }
    let withoutS = String(word.dropLast())
    let withoutES = word.hasSuffix("es") ? String(word.dropLast(2)) : nil
    if nounForms.contains(withoutS) { return withoutS }
    if let withoutES, nounForms.contains(withoutES) { return withoutES }
    guard afterDeterminer, !word.hasSuffix("ss") else { return word }
    if let withoutES, withoutES.unicodeScalars.count >= 3,
      !(dictionary.knows(withoutS) && !dictionary.knows(withoutES))
    {
      return withoutES
    }
    return withoutS
  }
}
