/// Splits a segment into word, number and tag tokens; spaces and
/// punctuation separate tokens and are not tokens themselves.
///
/// Works on UTF-8 code units and decodes a scalar only where a byte is not
/// ASCII, so that it can run over a million segments during an import.
public enum Tokenizer {
  /// The tokens of `text`, in order.
  public static func tokens(_ text: String) -> [Token] {
    var text = text
    return text.withUTF8 { tokens(utf8: $0) }
  }

  static func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    var result: [Token] = []
    result.reserveCapacity(bytes.count / 5)
    scan(bytes) { kind, start, end, latin1Only in
      var token = make(kind, bytes, start, end, latin1Only: latin1Only)
      if kind == .number { token.folded = token.text }
      result.append(token)
    }
    return result
  }

  /// The number of tokens of `text`: what the length window compares.
  public static func count(_ text: String) -> Int {
    var text = text
    var count = 0
    text.withUTF8 { scan($0) { _, _, _, _ in count += 1 } }
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
      scan(bytes) { kind, start, end, latin1Only in
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        switch kind {
        case .tag: return
        case .number:
          hasNumber = true
          body(slice)
        case .word where latin1Only:
          if scratch.count < slice.count { scratch = [UInt8](repeating: 0, count: slice.count) }
          scratch.withUnsafeMutableBufferPointer { fold(slice, into: $0) }
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

  /// Finds the tokens of `bytes`: calls `emit(kind, start, end, latin1Only)`
  /// for each, where `latin1Only` says that its letters are all in ASCII or
  /// U+00C0–U+00FF, so that ``fold(_:into:)`` can lowercase it.
  static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, _ emit: (Token.Kind, Int, Int, Bool) -> Void
  ) {
    var i = 0
    let n = bytes.count
    while i < n {
      let byte = bytes[i]
      if byte == UInt8(ascii: "<"), let end = tagEnd(bytes, from: i, close: UInt8(ascii: ">")) {
        emit(.tag, i, end, false)
        i = end
        continue
      }
      if byte == UInt8(ascii: "{"), let end = tagEnd(bytes, from: i, close: UInt8(ascii: "}")),
        end - i > 2, bytes[(i + 1)..<(end - 1)].allSatisfy(isASCIIDigit)
      {
        emit(.tag, i, end, false)
        i = end
        continue
      }
      let (isWord, width) = wordCharacter(bytes, at: i)
      guard isWord else {
        i += width
        continue
      }
      // A token: a run of word characters; digits may carry inner '.', ',' or ':'
      // followed by a digit ("1.000", "3,5", "12:30").
      let start = i
      var allDigits = true
      var latin1Only = true
      while i < n {
        let (inWord, w) = wordCharacter(bytes, at: i)
        if inWord {
          if w > 1 || !isASCIIDigit(bytes[i]) { allDigits = false }
          if w > 1 && (w != 2 || bytes[i] != 0xC3) { latin1Only = false }
          i += w
          continue
        }
        let b = bytes[i]
        if allDigits, b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ":"),
          i + 1 < n, isASCIIDigit(bytes[i + 1])
        {
          i += 1
          continue
        }
        break
      }
      emit(allDigits ? .number : .word, start, i, latin1Only)
    }
  }

  /// Lowercases ASCII and U+00C0–U+00DE: A–Z → a–z, À–Þ (C3 80–9E) → à–þ
  /// (C3 A0–BE), except × (C3 97). `output` holds at least `input.count` bytes.
  static func fold(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) {
    var previous: UInt8 = 0
    for (k, b) in input.enumerated() {
      if b >= 0x41 && b <= 0x5A {
        output[k] = b + 0x20
      } else if previous == 0xC3 && b >= 0x80 && b <= 0x9E && b != 0x97 {
        output[k] = b + 0x20
      } else {
        output[k] = b
      }
      previous = b
    }
  }

  private static func make(
    _ kind: Token.Kind, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
    latin1Only: Bool = false
  ) -> Token {
    let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
    let text = String(decoding: slice, as: UTF8.self)
    let folded: String
    if latin1Only {
      folded = String(unsafeUninitializedCapacity: slice.count) { buffer in
        fold(slice, into: buffer)
        return slice.count
      }
    } else {
      folded = text.lowercased()
    }
    return Token(kind: kind, text: text, folded: folded, utf8Offset: start)
  }

  /// The end (exclusive) of a tag that opens at `start`, if `close` comes
  /// within 100 bytes on the same line and no other '<' or '{' comes first.
  private static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, close: UInt8) -> Int? {
    var j = start + 1
    let limit = min(bytes.count, start + 100)
    while j < limit {
      let b = bytes[j]
      if b == close { return j > start + 1 ? j + 1 : nil }
      if b == UInt8(ascii: "<") || b == UInt8(ascii: "{") || b == UInt8(ascii: "\n") { return nil }
      j += 1
    }
    return nil
  }

  private static func isASCIIDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  /// Whether the scalar at `i` belongs to a word (letter, digit or mark), and its UTF-8 width.
  private static func wordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Bool, Int) {
    let b = bytes[i]
    if b < 0x80 {
      let isWord = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
      return (isWord, 1)
    }
    if b == 0xC3, i + 1 < bytes.count {  // U+00C0–U+00FF: letters but × and ÷
      return (bytes[i + 1] != 0x97 && bytes[i + 1] != 0xB7, 2)
    }
    if b == 0xC4 || b == 0xC5 { return (true, 2) }  // U+0100–U+017F: Latin Extended-A letters
    let width: Int
    var value: UInt32
    if b & 0xE0 == 0xC0 { width = 2; value = UInt32(b & 0x1F) }
    else if b & 0xF0 == 0xE0 { width = 3; value = UInt32(b & 0x0F) }
    else if b & 0xF8 == 0xF0 { width = 4; value = UInt32(b & 0x07) }
    else { return (false, 1) }  // a stray continuation byte: Swift strings hold valid UTF-8, so unreachable
    guard i + width <= bytes.count else { return (false, 1) }
    for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
    guard let scalar = Unicode.Scalar(value) else { return (false, width) }
    let properties = scalar.properties
    if properties.isAlphabetic { return (true, width) }
    switch properties.generalCategory {
    case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
      return (true, width)
    default:
      return (false, width)
    }
  }
}
