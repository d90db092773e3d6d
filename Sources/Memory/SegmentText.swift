import Segmentation

/// The normal form under which segments are compared and deduplicated, and
/// the stable keys derived from it.
public enum SegmentText {
  /// `text` in NFC with runs of white space collapsed to one space and
  /// trimmed at both ends. Two segments are "identical" when these agree.
  public static func normalized(_ text: String) -> String {
    var text = text
    let (asciiOnly, clean) = text.withUTF8 { bytes -> (Bool, Bool) in
      var ascii = true
      var clean = true
      var previousSpace = true
      for b in bytes {
        if b >= 0x80 { ascii = false }
        let space = b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
        if space && (previousSpace || b != 0x20) { clean = false }
        previousSpace = space
      }
      if previousSpace && !bytes.isEmpty { clean = false }
      return (ascii, clean)
    }
    var result = text
    if !asciiOnly, let nfc = try? UnicodeText.normalize(text, .nfc) { result = nfc }
    if clean && asciiOnly { return result }
    return collapsingWhiteSpace(result)
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
      if pendingSpace { output.append(0x20); pendingSpace = false }
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

  /// The primary language subtag, lowercased: "de-CH" → "de".
  public static func primaryLanguage(_ tag: String) -> String {
    let end = tag.firstIndex(where: { $0 == "-" || $0 == "_" }) ?? tag.endIndex
    return tag[..<end].lowercased()
  }
}
