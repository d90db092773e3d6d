/// The characters XML 1.0 allows, and escaping for text and attribute values.
enum XMLCharacters {
  /// `Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`
  static func isAllowed(_ v: UInt32) -> Bool {
    switch v {
    case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }
}
