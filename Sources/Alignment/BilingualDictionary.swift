/// Word translations between two languages, stored as Snowball stems so that
/// inflected forms in the texts find them: source stem → target stems.
public struct BilingualDictionary: Sendable, Equatable {
  public let sourceLanguage: String
  public let targetLanguage: String
  /// Source stem → target stems, each list without duplicates.
  public private(set) var translations: [String: [String]]

  public init(sourceLanguage: String, targetLanguage: String, translations: [String: [String]] = [:]) {
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.translations = translations
  }

  /// Number of (source stem, target stem) pairs.
  public var pairCount: Int { translations.values.reduce(0) { $0 + $1.count } }

  /// Adds a pair of stems.
  mutating func add(sourceStem: String, targetStem: String) {
    guard !sourceStem.isEmpty, !targetStem.isEmpty else { return }
    if let existing = translations[sourceStem] {
      if !existing.contains(targetStem) { translations[sourceStem]!.append(targetStem) }
    } else {
      translations[sourceStem] = [targetStem]
    }
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
