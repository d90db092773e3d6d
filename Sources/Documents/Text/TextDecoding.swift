/// Bytes to text for the markup readers: UTF-8 with or without a byte order
/// mark, or UTF-16 with one; CRLF and lone CR become LF.
enum TextDecoding {
  static func decode(_ bytes: [UInt8], name: String) throws(DocumentReadError) -> String {
    var text: String
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let bigEndian = bytes[0] == 0xFE
      var units: [UInt16] = []
      units.reserveCapacity(bytes.count / 2)
      var i = 2
      while i + 1 < bytes.count {
        units.append(bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
        i += 2
      }
      text = String(decoding: units, as: UTF16.self)
    } else {
      let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      let body = bytes[start...]
      guard let decoded = String(validating: body, as: UTF8.self) else {
        let (line, column) = firstInvalidUTF8(body)
        throw .invalidUTF8(file: name, line: line, column: column)
      }
      text = decoded
    }
    if text.utf8.contains(0x0D) {
      text = text.replacingCRLF()
    }
    return text
  }

  /// Line and column (in characters) of the first byte that is not UTF-8.
  private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> (Int, Int) {
    var line = 1, column = 1
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
      case .emptyInput, .error: return (line, column)
      }
    }
  }
}

extension String {
  /// CRLF and lone CR as LF.
  fileprivate func replacingCRLF() -> String {
    var out = String.UnicodeScalarView()
    var afterCR = false
    for scalar in unicodeScalars {
      if afterCR && scalar == "\n" { afterCR = false; continue }
      afterCR = scalar == "\r"
      out.append(afterCR ? "\n" : scalar)
    }
    return String(out)
  }
}
