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

  /// The distinct lowercased words and numbers of `text`: the terms the
  /// word index stores for it.
  public static func terms(_ text: String) -> Set<String> {
    var terms = Set<String>()
    for token in tokens(text) where token.kind != .tag { terms.insert(token.folded) }
    return terms
  }

  static func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    var result: [Token] = []
    result.reserveCapacity(bytes.count / 5)
    var i = 0
    let n = bytes.count
    while i < n {
      let byte = bytes[i]
      if byte == UInt8(ascii: "<"), let end = tagEnd(bytes, from: i, close: UInt8(ascii: ">")) {
        result.append(make(.tag, bytes, i, end))
        i = end
        continue
      }
      if byte == UInt8(ascii: "{"), let end = tagEnd(bytes, from: i, close: UInt8(ascii: "}")),
        end - i > 2, bytes[(i + 1)..<(end - 1)].allSatisfy(isASCIIDigit)
      {
        result.append(make(.tag, bytes, i, end))
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
      var hasASCIIOnly = true
      while i < n {
        let (inWord, w) = wordCharacter(bytes, at: i)
        if inWord {
          if w > 1 || !isASCIIDigit(bytes[i]) { allDigits = false }
          if w > 1 { hasASCIIOnly = false }
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
      var token = make(allDigits ? .number : .word, bytes, start, i, asciiOnly: hasASCIIOnly)
      if allDigits { token.folded = token.text }
      result.append(token)
    }
    return result
  }

  private static func make(
    _ kind: Token.Kind, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
    asciiOnly: Bool = false
  ) -> Token {
    let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
    let text = String(decoding: slice, as: UTF8.self)
    let folded: String
    if asciiOnly {
      folded = String(unsafeUninitializedCapacity: slice.count) { buffer in
        for (k, b) in slice.enumerated() {
          buffer[k] = (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) ? b + 32 : b
        }
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
