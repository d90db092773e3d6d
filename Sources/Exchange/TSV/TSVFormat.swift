/// Tandem's tab-separated format, for spreadsheets and shell tools.
///
/// One unit a line: `source<TAB>target[<TAB>id]`, UTF-8, lines ending in "\n" (a "\r\n"
/// is read too). Inside a field, a backslash escapes what would break the line:
/// `\t` (tab), `\n` (line feed), `\r` (carriage return) and `\\` (a backslash).
/// An optional first line `#<source tag><TAB><target tag>`, e.g. `#de	en-GB`, names the
/// language pair. Fields are not quoted: a `"` is an ordinary character.
enum TSVFormat {
  static func escape(_ s: String, into out: inout [UInt8]) {
    var s = s
    s.withUTF8 { utf8 in
      var start = 0
      for i in 0..<utf8.count {
        let escape: UInt8
        switch utf8[i] {
        case 0x09: escape = UInt8(ascii: "t")
        case 0x0A: escape = UInt8(ascii: "n")
        case 0x0D: escape = UInt8(ascii: "r")
        case UInt8(ascii: "\\"): escape = UInt8(ascii: "\\")
        default: continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
        out.append(UInt8(ascii: "\\"))
        out.append(escape)
        start = i + 1
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    }
  }

  /// The field with its escapes undone; an unknown escape such as `\x` is kept as written.
  static func unescape(_ field: ArraySlice<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(field.count)
    var escaped = false
    for b in field {
      if escaped {
        switch b {
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
        default: out.append(UInt8(ascii: "\\")); out.append(b)
        }
        escaped = false
      } else if b == UInt8(ascii: "\\") {
        escaped = true
      } else {
        out.append(b)
      }
    }
    if escaped { out.append(UInt8(ascii: "\\")) }
    return out
  }
}
