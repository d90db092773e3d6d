import Segmentation

/// Splits a segment into words for term extraction: the term extractor's view of the one word
/// scanner (`WordScanner` with `.terminology` options).
///
/// A word is a run of letters, digits and combining marks; a hyphen or a
/// digit separator (`.` or `,` between digits) inside it is kept, so
/// "UN-Sicherheitsrat", "militärisch-technischen" and "1.000" are one word each.
/// Apostrophes end a word ("Putin’s" gives "Putin" and "s").
enum Tokenizer {
  private static let scanner = WordScanner(.terminology)

  static func tokens(in text: String) -> [Token] {
    var text = text
    return text.withUTF8 { bytes in
      var result: [Token] = []
      var gapHasPunctuation = false
      var gapEndsSentence = true
      scanner.scan(bytes) { token in
        let slice = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
        let scalars = String(decoding: slice, as: UTF8.self).unicodeScalars
        guard token.kind == .word || token.kind == .number else {
          gapHasPunctuation = true
          if let scalar = scalars.first, sentenceEnders.contains(scalar.value) { gapEndsSentence = true }
          return
        }
        let text = String(scalars)
        var letters = 0, upper = 0, hasDigit = false
        for s in scalars {
          if s.properties.isAlphabetic {
            letters += 1
            if s.properties.isUppercase { upper += 1 }
          }
          if s.properties.numericType != nil { hasDigit = true }
        }
        result.append(Token(
          text: text, lower: text.lowercased(),
          isCapitalized: scalars[scalars.startIndex].properties.isUppercase,
          isAcronym: letters >= 2 && upper == letters,
          isNumber: hasDigit,
          isSentenceInitial: gapEndsSentence,
          followsPunctuation: gapHasPunctuation || result.isEmpty,
          isTruncated: token.isTruncated))
        gapHasPunctuation = false
        gapEndsSentence = false
      }
      return result
    }
  }

  private static let sentenceEnders: Set<UInt32> = [0x2E, 0x21, 0x3F, 0x3A, 0x2026]
}
