import Alignment

/// What terminology adds to the shared dictionary: its notion of a target
/// content word (handed to the parser) and the vocabulary of the texts at hand.
extension BilingualDictionary {
  /// A dictionary from explicit word translations (for tests and small lexicons):
  /// word → target phrases; a capitalised target makes the word a proper noun.
  public init(_ translations: [String: [String]]) {
    var words: [String: Set<String>] = [:]
    var properNouns: Set<String> = []
    for (word, targets) in translations {
      words[word.lowercased(), default: []].formUnion(targets.flatMap(Self.contentWords))
      // Abbreviations ("US") are kept even when they spell a stopword.
      let abbreviations = targets.filter { $0.count > 1 && $0.allSatisfy(\.isUppercase) }
      words[word.lowercased(), default: []].formUnion(abbreviations.map { $0.lowercased() })
      if targets.contains(where: { $0.first?.isUppercase ?? false }) { properNouns.insert(word.lowercased()) }
    }
    self.init(sourceLanguage: "", targetLanguage: "", wordTranslations: words, properNouns: properNouns)
  }

  /// The lowercase words of `texts` (German stopwords aside) and their
  /// possible compound parts (every prefix and suffix of at least three
  /// letters, hyphen parts): what a dictionary needs to keep for pairing
  /// terms of these texts (see `keepingWords(in:)`).
  public static func vocabulary(of texts: [String]) -> Set<String> {
    var result: Set<String> = []
    for text in texts {
      for token in Tokenizer.tokens(in: text) where !token.isNumber && !StopWords.german.contains(token.lower) {
        let lower = token.lower
        result.insert(lower)
        for part in lower.split(separator: "-") {
          let scalars = Array(part.unicodeScalars)
          result.insert(String(part))
          guard scalars.count >= 5 else { continue }
          for cut in 3..<scalars.count {
            var head = String.UnicodeScalarView(), tail = String.UnicodeScalarView()
            head.append(contentsOf: scalars[..<cut])
            tail.append(contentsOf: scalars[cut...])
            result.insert(String(head))
            if scalars.count - cut >= 3 { result.insert(String(tail)) }
          }
        }
      }
    }
    return result
  }

  private static let targetNoise: Set<String> = ["sb", "sth", "sb.", "sth.", "etw", "jdn", "jdm"]

  /// The lowercase words of an English phrase, without stopwords: what the
  /// dictionary parser keeps of a target alternative
  /// (`parseDing(_:sourceLanguage:targetLanguage:reversed:targetContentWords:)`).
  public static func contentWords(_ phrase: String) -> [String] {
    Tokenizer.tokens(in: phrase).compactMap { token in
      let word = token.lower
      return StopWords.english.contains(word) || targetNoise.contains(word) || token.isNumber ? nil : word
    }
  }
}
