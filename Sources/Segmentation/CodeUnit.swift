/// Character classes of UTF-16 code units, for the segmenter's hot loops.
///
/// ASCII is decided with comparisons; other code units go through the
/// standard library's Unicode properties. Surrogates count as letters of no
/// case (they only occur in scripts the rules do not treat specially).
enum CodeUnit {
  static let newline: UInt16 = 0x0A
  static let carriageReturn: UInt16 = 0x0D
  static let space: UInt16 = 0x20
  static let period: UInt16 = 0x2E
  static let comma: UInt16 = 0x2C
  static let semicolon: UInt16 = 0x3B
  static let ellipsis: UInt16 = 0x2026
  static let lineSeparator: UInt16 = 0x2028
  static let paragraphSeparator: UInt16 = 0x2029

  /// A line break: LF, CR, NEL, LINE or PARAGRAPH SEPARATOR.
  @inline(__always) static func isLineBreak(_ u: UInt16) -> Bool {
    if u < 0x0E { return u == 0x0A || u == 0x0D }
    return u >= 0x85 && (u == 0x85 || u == 0x2028 || u == 0x2029)
  }

  /// White space within a line (no line breaks).
  @inline(__always) static func isBlank(_ u: UInt16) -> Bool {
    if u < 0x80 { return u == 0x20 || u == 0x09 || u == 0x0B || u == 0x0C }
    return u == 0xA0 || (u >= 0x2000 && u <= 0x200B) || u == 0x202F || u == 0x205F || u == 0x3000
      || u == 0xFEFF
  }

  @inline(__always) static func isWhite(_ u: UInt16) -> Bool { isBlank(u) || isLineBreak(u) }

  @inline(__always) static func isDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }

  @inline(__always) static func isASCIILetter(_ u: UInt16) -> Bool {
    (u | 0x20) >= 0x61 && (u | 0x20) <= 0x7A
  }

  static func isLetter(_ u: UInt16) -> Bool {
    if u < 0x80 { return isASCIILetter(u) }
    if u >= 0xD800 && u <= 0xDFFF { return true }
    return Unicode.Scalar(u)?.properties.isAlphabetic ?? false
  }

  static func isUpper(_ u: UInt16) -> Bool {
    if u < 0x80 { return u >= 0x41 && u <= 0x5A }
    return Unicode.Scalar(u)?.properties.isUppercase ?? false
  }

  static func isLower(_ u: UInt16) -> Bool {
    if u < 0x80 { return u >= 0x61 && u <= 0x7A }
    return Unicode.Scalar(u)?.properties.isLowercase ?? false
  }

  /// Punctuation that ends a sentence (ICU's STerm and ATerm, the common ones).
  @inline(__always) static func isTerminal(_ u: UInt16) -> Bool {
    u == 0x2E || u == 0x21 || u == 0x3F || u == 0x2026 || u == 0x203C || u == 0x2047 || u == 0x2048
      || u == 0x2049 || u == 0x203D || u == 0x3002 || u == 0xFF01 || u == 0xFF1F || u == 0xFF0E
      || u == 0x037E || u == 0x0589 || u == 0x061F || u == 0x06D4 || u == 0x0964 || u == 0x0965
  }

  /// Quotes and closing brackets that may follow the final punctuation of a sentence.
  @inline(__always) static func isClosing(_ u: UInt16) -> Bool {
    u == 0x22 || u == 0x27 || u == 0x29 || u == 0x5D || u == 0x7D || u == 0x201D || u == 0x2019
      || u == 0x201C || u == 0x2018 || u == 0xBB || u == 0xAB || u == 0x203A || u == 0x2039
  }

  /// Quotes and opening brackets that may come before the first word of a sentence.
  @inline(__always) static func isOpening(_ u: UInt16) -> Bool {
    u == 0x22 || u == 0x27 || u == 0x28 || u == 0x5B || u == 0x7B || u == 0x201E || u == 0x201A
      || u == 0x201C || u == 0x2018 || u == 0xBB || u == 0xAB || u == 0x203A || u == 0x2039
      || u == 0xBF || u == 0xA1
  }

  /// List bullets: • ‣ ⁃ ◦ ▪ ● ∙.
  @inline(__always) static func isBullet(_ u: UInt16) -> Bool {
    u == 0x2022 || u == 0x2023 || u == 0x2043 || u == 0x25E6 || u == 0x25AA || u == 0x25CF || u == 0x2219
  }

  /// Dashes and hyphens that may stand before a number ("1.-3. Jahrhundert").
  @inline(__always) static func isDash(_ u: UInt16) -> Bool {
    u == 0x2D || u == 0x2010 || u == 0x2011 || u == 0x2012 || u == 0x2013 || u == 0x2014 || u == 0x2212
      || u == 0x2F
  }

  /// The lowercase of an ASCII or Latin-1 capital, otherwise `u` itself.
  static func lowercased(_ u: UInt16) -> UInt16 {
    if (u >= 0x41 && u <= 0x5A) || (u >= 0xC0 && u <= 0xDE && u != 0xD7) { return u | 0x20 }
    return u
  }
}
