/// Appends text to a UTF-8 buffer as XML character data or as an attribute value.
///
/// `&`, `<`, `>` become references everywhere; in attributes `"` does too, and tab, line
/// feed and carriage return become character references so that attribute-value
/// normalization cannot turn them into spaces. A carriage return in text is written as
/// `&#13;` so that line-end normalization keeps it. Characters XML 1.0 forbids
/// (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF) are dropped and counted.
struct XMLEscaper {
  /// Characters dropped because XML 1.0 forbids them.
  private(set) var removed = 0

  mutating func append(_ string: String, to out: inout [UInt8], attribute: Bool) {
    var string = string
    string.withUTF8 { utf8 in
      var start = 0
      var i = 0
      let n = utf8.count
      while i < n {
        let b = utf8[i]
        let replacement: StaticString?
        var skip = 1
        switch b {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        case UInt8(ascii: "\"") where attribute: replacement = "&quot;"
        case 0x09 where attribute: replacement = "&#9;"
        case 0x0A where attribute: replacement = "&#10;"
        case 0x0D: replacement = "&#13;"
        case 0x09, 0x0A: replacement = nil
        case 0..<0x20:
          replacement = ""
          removed += 1
        case 0xEF where i + 2 < n && utf8[i + 1] == 0xBF && (utf8[i + 2] == 0xBE || utf8[i + 2] == 0xBF):
          replacement = ""  // U+FFFE, U+FFFF
          removed += 1
          skip = 3
        default: replacement = nil
        }
        if let replacement {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
          out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
          i += skip
          start = i
        } else {
          i += 1
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<n]))
    }
  }
}
