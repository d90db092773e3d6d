import Segmentation

/// A token of a sentence, as the aligner sees it.
enum Token: Hashable, Sendable {
  /// A word, lowercased; `capitalized` when it started with an uppercase letter.
  case word(String, capitalized: Bool)
  /// A number in `NumberNormalizer` form.
  case number(String)
  /// A punctuation class that translations keep: "?", "!", ":", "(", "\"", "%", "…".
  case punctuation(String)
}

/// Splits a sentence into tokens: the aligner's view of the one word scanner
/// (`WordScanner` with `.alignment` options).
enum Tokenizer {
  private static let scanner = WordScanner(.alignment)

  static func tokens(of text: String) -> [Token] {
    var text = text
    return text.withUTF8 { bytes in
      var result: [Token] = []
      scanner.scan(bytes) { token in
        let slice = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
        let text = String(decoding: slice, as: UTF8.self)
        let first = text.unicodeScalars[text.unicodeScalars.startIndex]
        switch token.kind {
        case .word:
          let capitalized = first.isASCII ? (first.value >= 65 && first.value <= 90) : first.properties.isUppercase
          result.append(.word(CaseFolding.lowercased(slice, latin1Only: token.latin1Only), capitalized: capitalized))
        case .number:
          result.append(.number(NumberNormalizer.normalize(Array(text.unicodeScalars))))
        case .punctuation:
          if let key = punctuationClass(first) { result.append(.punctuation(key)) }
        case .inlineCode:
          break  // not recognized with the alignment options
        }
      }
      return result
    }
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
