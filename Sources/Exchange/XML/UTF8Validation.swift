/// A fast check that bytes are well-formed UTF-8 (what `String(validating:)` checks, without
/// its generic overhead in hot loops).
enum UTF8Validation {
  static func string(_ bytes: [UInt8]) -> String? {
    bytes.withUnsafeBufferPointer { buffer in
      isValid(buffer) ? String(decoding: buffer, as: UTF8.self) : nil
    }
  }

  static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = b.count
    guard let base = b.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    while i < n {
      // Eight ASCII bytes at a time.
      while i + 8 <= n && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
      guard i < n else { break }
      let c = b[i]
      if c < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var minimum: UInt32
      var value: UInt32
      switch c {
      case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(c & 0x1F)
      case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(c & 0x0F)
      case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(c & 0x07)
      default: return false
      }
      guard i + length <= n else { return false }
      for k in 1..<length {
        let d = b[i + k]
        guard d & 0xC0 == 0x80 else { return false }
        value = value << 6 | UInt32(d & 0x3F)
      }
      guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return false }
      i += length
    }
    return true
  }
}
