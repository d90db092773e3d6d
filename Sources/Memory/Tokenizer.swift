import Segmentation

/// Splits a segment into word, number and tag tokens; spaces and
/// punctuation separate tokens and are not tokens themselves.
///
/// The translation memory's view of the one word scanner (`WordScanner` with `.memory` options),
/// which runs over a million segments during an import.
public enum Tokenizer {
  private static let scanner = WordScanner(.memory)

  /// The tokens of `text`, in order.
  public static func tokens(_ text: String) -> [Token] {
    var text = text
    return text.withUTF8 { tokens(utf8: $0) }
  }

  static func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    var result: [Token] = []
    result.reserveCapacity(bytes.count / 5)
    scanner.scan(bytes) { token in
      let slice = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
      let text = String(decoding: slice, as: UTF8.self)
      let kind: Token.Kind
      let folded: String
      switch token.kind {
      case .number: (kind, folded) = (.number, text)
      case .inlineCode: (kind, folded) = (.tag, text.lowercased())
      case .word, .punctuation: (kind, folded) = (.word, CaseFolding.lowercased(slice, latin1Only: token.latin1Only))
      }
      result.append(Token(kind: kind, text: text, folded: folded, utf8Offset: token.start))
    }
    return result
  }

  /// The number of tokens of `text`: what the length window compares.
  public static func count(_ text: String) -> Int {
    var text = text
    var count = 0
    text.withUTF8 { scanner.scan($0) { _ in count += 1 } }
    return count
  }

  /// After the words and numbers of a segment that has numbers, ``forEachTerm(_:_:)`` gives this
  /// term too: numbers are placeables that match any number, so a lookup finds units that match
  /// a query only by their numbers through it. No word can spell it ('#' is not a word character).
  static let anyNumberTerm = "#number"

  /// Calls `body` with the lowercased UTF-8 bytes of each word and number of
  /// `text` (valid during the call only), without building `Token` values;
  /// then ``anyNumberTerm`` if there was a number.
  static func forEachTerm(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    var text = text
    var scratch = [UInt8](repeating: 0, count: 64)
    var hasNumber = false
    text.withUTF8 { bytes in
      scanner.scan(bytes) { token in
        let slice = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
        switch token.kind {
        case .inlineCode, .punctuation: return
        case .number:
          hasNumber = true
          body(slice)
        case .word where token.latin1Only:
          if scratch.count < slice.count { scratch = [UInt8](repeating: 0, count: slice.count) }
          scratch.withUnsafeMutableBufferPointer { CaseFolding.fold(slice, into: $0) }
          scratch.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<slice.count])) }
        case .word:
          var folded = String(decoding: slice, as: UTF8.self).lowercased()
          folded.withUTF8(body)
        }
      }
    }
    if hasNumber {
      var term = anyNumberTerm
      term.withUTF8(body)
    }
  }
}
