/// A token of a sentence, as the aligner sees it.
enum Token: Hashable, Sendable {
  /// A word, lowercased; `capitalized` when it started with an uppercase letter.
  case word(String, capitalized: Bool)
  /// A number in `NumberNormalizer` form.
  case number(String)
  /// A punctuation class that translations keep: "?", "!", ":", "(", "\"", "%", "…".
  case punctuation(String)
}

/// Splits a sentence into tokens, scanning Unicode scalars once.
enum Tokenizer {
  static func tokens(of text: String) -> [Token] {
    var result: [Token] = []
    var word: [Unicode.Scalar] = []
    var number: [Unicode.Scalar] = []
    var pendingSeparator: Unicode.Scalar?

    func flushWord() {
      guard !word.isEmpty else { return }
      var text = String.UnicodeScalarView()
      text.append(contentsOf: word)
      let original = String(text)
      result.append(.word(original.lowercased(), capitalized: word[0].properties.isUppercase))
      word.removeAll(keepingCapacity: true)
    }
    func flushNumber() {
      guard !number.isEmpty else { return }
      result.append(.number(NumberNormalizer.normalize(number)))
      number.removeAll(keepingCapacity: true)
    }

    for scalar in text.unicodeScalars {
      let properties = scalar.properties
      if properties.numericType == .decimal {
        flushWord()
        if let separator = pendingSeparator, !number.isEmpty { number.append(separator) }
        pendingSeparator = nil
        number.append(scalar)
        continue
      }
      if !number.isEmpty, pendingSeparator == nil,
         scalar == "." || scalar == "," || scalar == "'" || scalar == "\u{2019}" {
        pendingSeparator = scalar
        continue
      }
      if properties.isAlphabetic || properties.generalCategory == .nonspacingMark {
        flushNumber()
        pendingSeparator = nil
        word.append(scalar)
        continue
      }
      flushWord()
      flushNumber()
      pendingSeparator = nil
      if let key = punctuationClass(scalar) { result.append(.punctuation(key)) }
    }
    flushWord()
    flushNumber()
    return result
  }

  private static func punctuationClass(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "?", "¿": "?"
    case "!", "¡": "!"
    case ":": ":"
    case "(", "[": "("
    case "\"", "«", "»", "„", "“", "”", "‚", "‘", "›", "‹": "\""
    case "%": "%"
    case "…": "…"
    default: nil
    }
  }
}
