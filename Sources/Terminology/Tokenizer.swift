/// Splits a segment into words for term extraction.
///
/// A word is a run of letters, digits and combining marks; a hyphen or a
/// digit separator (`.` or `,` between digits) inside it is kept, so
/// "UN-Sicherheitsrat", "militärisch-technischen" and "1.000" are one word each.
/// Apostrophes end a word ("Putin’s" gives "Putin" and "s").
enum Tokenizer {
  static func tokens(in text: String) -> [Token] {
    let scalars = Array(text.unicodeScalars)
    var result: [Token] = []
    var index = 0
    var gapHasPunctuation = false
    var gapEndsSentence = true
    while index < scalars.count {
      let scalar = scalars[index]
      guard isWordScalar(scalar) else {
        if !isSpace(scalar) { gapHasPunctuation = true }
        if sentenceEnders.contains(scalar.value) { gapEndsSentence = true }
        index += 1
        continue
      }
      let start = index
      var hasDigit = false
      var truncated = false
      while index < scalars.count {
        let s = scalars[index]
        if isWordScalar(s) {
          if s.properties.numericType != nil { hasDigit = true }
          index += 1
        } else if s == "-" || s == "\u{2010}" || s == "\u{2011}" {
          if index + 1 < scalars.count, isWordScalar(scalars[index + 1]) {
            index += 1
          } else {
            truncated = index + 1 >= scalars.count || isSpace(scalars[index + 1])
            break
          }
        } else if (s == "." || s == ","), hasDigit, index + 1 < scalars.count,
          scalars[index + 1].properties.numericType != nil, scalars[index - 1].properties.numericType != nil
        {
          index += 1
        } else {
          break
        }
      }
      var word = String.UnicodeScalarView()
      word.append(contentsOf: scalars[start..<index])
      let text = String(word)
      var letters = 0, upper = 0
      for s in scalars[start..<index] where s.properties.isAlphabetic {
        letters += 1
        if s.properties.isUppercase { upper += 1 }
      }
      result.append(Token(
        text: text, lower: text.lowercased(),
        isCapitalized: scalars[start].properties.isUppercase,
        isAcronym: letters >= 2 && upper == letters,
        isNumber: hasDigit,
        isSentenceInitial: gapEndsSentence,
        followsPunctuation: gapHasPunctuation || result.isEmpty,
        isTruncated: truncated))
      if truncated { index += 1 }
      gapHasPunctuation = truncated
      gapEndsSentence = false
    }
    return result
  }

  private static let sentenceEnders: Set<UInt32> = [0x2E, 0x21, 0x3F, 0x3A, 0x2026]

  static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    let p = s.properties
    return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
      || p.generalCategory == .spacingMark
  }

  static func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
}
