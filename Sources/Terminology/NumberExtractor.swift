/// Numbers of a segment in a normal form, so that "1.000" (German) and
/// "1,000" (English) compare equal, as do "3,5" and "3.5".
enum NumberExtractor {
  /// The normalised numbers of `tokens`, as a multiset (value → count).
  static func numbers(in tokens: [Token], language: String) -> [String: Int] {
    let decimalComma = ["de", "fr", "es", "it", "nl", "pt", "pl", "cs", "ru", "sv", "da", "nb", "fi"]
      .contains(StopWords.primarySubtag(language))
    var result: [String: Int] = [:]
    for token in tokens where token.isNumber {
      let digits = token.text.unicodeScalars.filter { $0.properties.numericType != nil || $0 == "." || $0 == "," }
      guard !digits.isEmpty else { continue }
      result[normalize(String(String.UnicodeScalarView(digits)), decimalComma: decimalComma), default: 0] += 1
    }
    return result
  }

  /// Removes group separators, writes the decimal separator as ".", and
  /// drops trailing zeros of a fraction ("3,50" → "3.5").
  static func normalize(_ number: String, decimalComma: Bool) -> String {
    let group: Character = decimalComma ? "." : ","
    let decimal: Character = decimalComma ? "," : "."
    var integer = "", fraction = ""
    var inFraction = false
    for c in number {
      if c == group { continue }
      if c == decimal { inFraction = true; continue }
      if inFraction { fraction.append(c) } else { integer.append(c) }
    }
    while fraction.hasSuffix("0") { fraction.removeLast() }
    while integer.count > 1, integer.hasPrefix("0") { integer.removeFirst() }
    return fraction.isEmpty ? integer : integer + "." + fraction
  }
}
