import Segmentation

/// The normal form under which segments are compared and deduplicated, and
/// the stable keys derived from it.
public enum SegmentText {
  /// `text` in NFC with runs of white space collapsed to one space and
  /// trimmed at both ends. Two segments are "identical" when these agree.
  ///
  /// Most segments are already normal: one pass over the UTF-8 bytes finds
  /// that out, and only segments that need it go through ICU or a scalar loop.
  public static func normalized(_ text: String) -> String {
    var text = text
    let scan = text.withUTF8(scan)
    if scan.isNormal { return text }
    if scan.mayNeedNFC || scan.hasUnicodeSpace {
      let nfc = scan.mayNeedNFC ? ((try? UnicodeText.normalize(text, .nfc)) ?? text) : text
      return collapsingWhiteSpace(nfc)
    }
    return text.withUTF8(collapsingASCIISpace)
  }

  private struct Scan {
    var mayNeedNFC = false
    var hasUnicodeSpace = false
    var untidyASCIISpace = false
    var isNormal: Bool { !mayNeedNFC && !hasUnicodeSpace && !untidyASCIISpace }
  }

  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Scan {
    var result = Scan()
    var previousSpace = true
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x80 {
        let space = b == 0x20 || (b >= 0x09 && b <= 0x0D)
        if space && (previousSpace || b != 0x20) { result.untidyASCIISpace = true }
        previousSpace = space
        i += 1
        continue
      }
      previousSpace = false
      // Lead bytes below 0xCC encode U+0080–U+02FF, all NFC-stable;
      // U+00A0 (C2 A0) is the only white space among them.
      if b < 0xCC {
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { result.hasUnicodeSpace = true }
        i += 2
        continue
      }
      if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 {
        // U+2000–U+207F: punctuation, NFC-stable except U+2000/U+2001; spaces at U+2000–U+200A, U+2028/9, U+202F, U+205F.
        let c = UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        if c <= 0x0A || c == 0x28 || c == 0x29 || c == 0x2F || c == 0x5F { result.hasUnicodeSpace = true }
        if c <= 0x01 { result.mayNeedNFC = true }
        i += 3
        continue
      }
      result.mayNeedNFC = true
      result.hasUnicodeSpace = true  // rare: let the scalar loop decide
      return result
    }
    if previousSpace && !bytes.isEmpty { result.untidyASCIISpace = true }
    return result
  }

  private static func collapsingASCIISpace(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { output in
      var count = 0
      var pendingSpace = false
      for b in bytes {
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
          pendingSpace = count > 0
          continue
        }
        if pendingSpace {
          output[count] = 0x20
          count += 1
          pendingSpace = false
        }
        output[count] = b
        count += 1
      }
      return count
    }
  }

  private static func collapsingWhiteSpace(_ text: String) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !output.isEmpty
        continue
      }
      if pendingSpace {
        output.append(0x20)
        pendingSpace = false
      }
      output.append(contentsOf: scalar.utf8)
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// A stable 64-bit FNV-1a hash of the given strings, each followed by a
  /// separator byte that cannot occur in UTF-8 (0xFF).
  ///
  /// Stable across processes and platforms, unlike `Hasher`, because it is
  /// stored in the database.
  public static func key(_ parts: String...) -> Int64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for part in parts {
      for b in part.utf8 {
        hash ^= UInt64(b)
        hash &*= 0x0000_0100_0000_01B3
      }
      hash ^= 0xFF
      hash &*= 0x0000_0100_0000_01B3
    }
    return Int64(bitPattern: hash)
  }
}
