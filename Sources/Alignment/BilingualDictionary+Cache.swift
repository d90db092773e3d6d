/// A compact binary form of a `BilingualDictionary`, so that the 25 MB Ding
/// file is parsed once and later runs load it in a fraction of a second.
///
/// Layout (little endian): "TDC1", source and target language, the target
/// stem table, then each source stem with the indices of its target stems.
/// Strings are a UInt16 byte count followed by UTF-8.
extension BilingualDictionary {
  static let cacheMagic: [UInt8] = Array("TDC1".utf8)

  public func serialized() -> [UInt8] {
    var out = Self.cacheMagic
    var targetIndex: [String: UInt32] = [:]
    var targetTable: [String] = []
    let sources = translations.keys.sorted()
    for source in sources {
      for target in translations[source] ?? [] where targetIndex[target] == nil {
        targetIndex[target] = UInt32(targetTable.count)
        targetTable.append(target)
      }
    }
    Self.append(sourceLanguage, to: &out)
    Self.append(targetLanguage, to: &out)
    Self.append(UInt32(targetTable.count), to: &out)
    for target in targetTable { Self.append(target, to: &out) }
    Self.append(UInt32(sources.count), to: &out)
    for source in sources {
      let targets = translations[source] ?? []
      Self.append(source, to: &out)
      Self.append(UInt32(targets.count), to: &out)
      for target in targets { Self.append(targetIndex[target] ?? 0, to: &out) }
    }
    return out
  }

  /// Reads what `serialized()` wrote.
  public init(serialized bytes: [UInt8]) throws(AlignmentError) {
    var reader = ByteReader(bytes: bytes)
    guard try reader.bytes(4) == Self.cacheMagic else { throw .invalidDictionaryCache(reason: "wrong magic number") }
    let source = try reader.string()
    let target = try reader.string()
    let targetCount = Int(try reader.uint32())
    guard targetCount <= bytes.count else { throw .invalidDictionaryCache(reason: "bad target count") }
    var targets: [String] = []
    targets.reserveCapacity(targetCount)
    for _ in 0..<targetCount { targets.append(try reader.string()) }
    let sourceCount = Int(try reader.uint32())
    guard sourceCount <= bytes.count else { throw .invalidDictionaryCache(reason: "bad source count") }
    var translations: [String: [String]] = [:]
    translations.reserveCapacity(sourceCount)
    for _ in 0..<sourceCount {
      let stem = try reader.string()
      let count = Int(try reader.uint32())
      guard count <= targetCount else { throw .invalidDictionaryCache(reason: "bad entry size") }
      var list: [String] = []
      list.reserveCapacity(count)
      for _ in 0..<count {
        let index = Int(try reader.uint32())
        guard index < targets.count else { throw .invalidDictionaryCache(reason: "target index out of range") }
        list.append(targets[index])
      }
      translations[stem] = list
    }
    guard reader.isAtEnd else { throw .invalidDictionaryCache(reason: "trailing bytes") }
    self.init(sourceLanguage: source, targetLanguage: target, translations: translations)
  }

  private static func append(_ value: UInt32, to out: inout [UInt8]) {
    for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
  }

  private static func append(_ string: String, to out: inout [UInt8]) {
    let utf8 = Array(string.utf8.prefix(Int(UInt16.max)))
    out.append(UInt8(truncatingIfNeeded: utf8.count))
    out.append(UInt8(truncatingIfNeeded: utf8.count >> 8))
    out.append(contentsOf: utf8)
  }
}

/// Sequential reads from a byte array, throwing at the end instead of trapping.
private struct ByteReader {
  let bytes: [UInt8]
  var position = 0

  var isAtEnd: Bool { position == bytes.count }

  mutating func bytes(_ count: Int) throws(AlignmentError) -> [UInt8] {
    guard position + count <= bytes.count else { throw .invalidDictionaryCache(reason: "truncated") }
    defer { position += count }
    return Array(bytes[position..<position + count])
  }

  mutating func uint32() throws(AlignmentError) -> UInt32 {
    guard position + 4 <= bytes.count else { throw .invalidDictionaryCache(reason: "truncated") }
    var value: UInt32 = 0
    for k in 0..<4 { value |= UInt32(bytes[position + k]) << UInt32(8 * k) }
    position += 4
    return value
  }

  mutating func string() throws(AlignmentError) -> String {
    guard position + 2 <= bytes.count else { throw .invalidDictionaryCache(reason: "truncated") }
    let count = Int(bytes[position]) | Int(bytes[position + 1]) << 8
    position += 2
    guard position + count <= bytes.count else { throw .invalidDictionaryCache(reason: "truncated") }
    defer { position += count }
    return String(decoding: bytes[position..<position + count], as: UTF8.self)
  }
}
