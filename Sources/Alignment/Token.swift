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
      let lowered: String
      if word.allSatisfy({ $0.isASCII }) {
        lowered = String(decoding: word.map { UInt8($0.value) | ($0.value >= 65 && $0.value <= 90 ? 0x20 : 0) },
                         as: UTF8.self)
      } else {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: word)
        lowered = String(text).lowercased()
      }
      let first = word[0]
      let capitalized = first.isASCII ? (first.value >= 65 && first.value <= 90) : first.properties.isUppercase
      result.append(.word(lowered, capitalized: capitalized))
      word.removeAll(keepingCapacity: true)
    }
    func flushNumber() {
      guard !number.isEmpty else { return }
      result.append(.number(NumberNormalizer.normalize(number)))
      number.removeAll(keepingCapacity: true)
    }

    for scalar in text.unicodeScalars {
      if scalar.isASCII {  // fast path: no Unicode property lookups
        let v = scalar.value
        if v >= 48 && v <= 57 {
          flushWord()
          if let separator = pendingSeparator, !number.isEmpty { number.append(separator) }
          pendingSeparator = nil
          number.append(scalar)
          continue
        }
        if (v >= 65 && v <= 90) || (v >= 97 && v <= 122) {
          flushNumber()
          pendingSeparator = nil
          word.append(scalar)
          continue
        }
      }
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
