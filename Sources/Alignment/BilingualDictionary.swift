/// Word translations between two languages, read once from a dictionary file
/// and shared by the aligner and terminology extraction.
///
/// Two views of the same entries:
/// - stems (`translations`), so that inflected forms in the texts find them:
///   what the aligner scores with;
/// - whole lowercase headwords (`wordTranslations`) with the target content
///   words, how often each word occurs on the source side
///   (`referenceCounts`, a rough general-language frequency) and which
///   headwords are translated with a capitalised word (`properNouns`):
///   what term extraction and checking use.
public struct BilingualDictionary: Sendable, Equatable {
  public let sourceLanguage: String
  public let targetLanguage: String
  /// Source stem → target stems, each list without duplicates.
  public private(set) var translations: [String: [String]]
  /// Lowercase source headword (a word or phrase, or an abbreviation) →
  /// lowercase target content words.
  public private(set) var wordTranslations: [String: Set<String>]
  /// Lowercase word → number of entries whose source side mentions it.
  public private(set) var referenceCounts: [String: Int]
  /// Lowercase source headwords translated with a capitalised target
  /// ("Russland" → "Russia"): places, people, days.
  public private(set) var properNouns: Set<String>

  /// An empty dictionary, of no particular language pair.
  public init() { self.init(sourceLanguage: "", targetLanguage: "") }

  public init(
    sourceLanguage: String, targetLanguage: String, translations: [String: [String]] = [:],
    wordTranslations: [String: Set<String>] = [:], referenceCounts: [String: Int] = [:], properNouns: Set<String> = []
  ) {
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.translations = translations
    self.wordTranslations = wordTranslations
    self.referenceCounts = referenceCounts
    self.properNouns = properNouns
  }

  /// Number of (source stem, target stem) pairs.
  public var pairCount: Int { translations.values.reduce(0) { $0 + $1.count } }

  /// The target content words (lowercase) given for `word`; empty when unknown.
  public func translations(of word: String) -> Set<String> {
    wordTranslations[word.lowercased()] ?? []
  }

  /// Whether the dictionary has an entry headed by `word`.
  public func knows(_ word: String) -> Bool {
    wordTranslations[word.lowercased()] != nil
  }

  /// Whether the dictionary translates `word` with a capitalised target, i.e. a proper noun.
  public func isProperNoun(_ word: String) -> Bool {
    properNouns.contains(word.lowercased())
  }

  /// How often `word` occurs on the dictionary's source side (0 when unknown).
  public func referenceCount(of word: String) -> Int {
    referenceCounts[word.lowercased()] ?? 0
  }

  /// The dictionary with its headword view reduced to `vocabulary` (lowercase
  /// words): what a run over a few texts needs, so that words of other texts
  /// do not count as known. The stems are kept.
  public func keepingWords(in vocabulary: Set<String>) -> BilingualDictionary {
    var copy = self
    copy.wordTranslations = wordTranslations.filter { vocabulary.contains($0.key) }
    copy.referenceCounts = referenceCounts.filter { vocabulary.contains($0.key) }
    copy.properNouns = properNouns.filter { vocabulary.contains($0) }
    return copy
  }

  /// The same stem pairs read the other way: a German–English dictionary
  /// becomes English–German evidence. The headword view, which holds whole
  /// source phrases, is not inverted: the result has none.
  ///
  /// - Complexity: O(*p*), where *p* is `pairCount`.
  public func inverted() -> BilingualDictionary {
    var result = BilingualDictionary(sourceLanguage: targetLanguage, targetLanguage: sourceLanguage)
    for source in translations.keys.sorted() {
      for target in translations[source] ?? [] { result.add(sourceStem: target, targetStem: source) }
    }
    return result
  }

  /// The dictionary as evidence from `source` to `target` (ISO 639-1 codes):
  /// itself, or ``inverted()`` when it is the other way round; nil for
  /// another language pair. A dictionary of no particular pair (empty
  /// languages) is taken as it is.
  public func oriented(from source: String, to target: String) -> BilingualDictionary? {
    if (sourceLanguage, targetLanguage) == (source, target) || (sourceLanguage.isEmpty && targetLanguage.isEmpty) {
      return self
    }
    if (sourceLanguage, targetLanguage) == (target, source) { return inverted() }
    return nil
  }

  /// The union of dictionaries for one language pair, each taken either
  /// way round (``oriented(from:to:)``), so that a French–German file adds
  /// to a German–French one; the headword views are merged as they are.
  /// Dictionaries of other language pairs are left out.
  ///
  /// `fallbacks` count less: a pair of theirs is added only when neither
  /// of its stems has an entry, on its side, in `dictionaries`. So a large
  /// but noisier dictionary fills the gaps of a curated one without
  /// diluting it, and the result is the same read either way round.
  public static func merging(
    _ dictionaries: [BilingualDictionary], fallbacks: [BilingualDictionary] = [], from source: String, to target: String
  ) -> BilingualDictionary {
    var result = BilingualDictionary(sourceLanguage: source, targetLanguage: target)
    for dictionary in dictionaries {
      guard let oriented = dictionary.oriented(from: source, to: target) else { continue }
      for stem in oriented.translations.keys.sorted() {
        for targetStem in oriented.translations[stem] ?? [] { result.add(sourceStem: stem, targetStem: targetStem) }
      }
      for (headword, words) in oriented.wordTranslations {
        result.add(headword: headword, targetWords: words, isProperNoun: oriented.properNouns.contains(headword))
      }
      result.referenceCounts.merge(oriented.referenceCounts, uniquingKeysWith: +)
    }
    let coveredSource = Set(result.translations.keys)
    let coveredTarget = Set(result.translations.values.joined())
    for dictionary in fallbacks {
      guard let oriented = dictionary.oriented(from: source, to: target) else { continue }
      for stem in oriented.translations.keys.sorted() where !coveredSource.contains(stem) {
        for targetStem in oriented.translations[stem] ?? [] where !coveredTarget.contains(targetStem) {
          result.add(sourceStem: stem, targetStem: targetStem)
        }
      }
    }
    return result
  }

  /// Adds a pair of stems.
  mutating func add(sourceStem: String, targetStem: String) {
    guard !sourceStem.isEmpty, !targetStem.isEmpty else { return }
    // No copy of the list may be alive during the append, or every append
    // would copy it (quadratic in the translations of a frequent stem).
    guard translations[sourceStem]?.contains(targetStem) != true else { return }
    translations[sourceStem, default: []].append(targetStem)
  }

  /// Adds target content words to a headword.
  mutating func add(headword: String, targetWords: Set<String>, isProperNoun: Bool) {
    wordTranslations[headword, default: []].formUnion(targetWords)
    if isProperNoun { properNouns.insert(headword) }
  }

  /// Counts one mention of `word` on the source side.
  mutating func countReference(_ word: String) {
    referenceCounts[word, default: 0] += 1
  }
}

/// A dictionary read from text, with the lines that could not be used.
public struct DictionaryParseResult: Sendable {
  public var dictionary: BilingualDictionary
  /// Lines that are neither comments nor blank and that do not have the expected shape.
  public var malformedLines: Int
  /// 1-based number of the first malformed line, for the message.
  public var firstMalformedLine: Int?
}
