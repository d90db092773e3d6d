/// A compact binary form of a `BilingualDictionary`, so that the 25 MB Ding
/// file is parsed once and later runs load it in a fraction of a second.
///
/// Layout (little endian): "TDC2", source and target language, the target
/// stem table, then each source stem with the indices of its target stems;
/// then the headword view: the target word table, each headword with its
/// proper-noun flag and the indices of its target words, and each counted
/// word with its reference count. Strings are a UInt16 byte count followed
/// by UTF-8. The magic number changes with the layout, so older caches are
/// rejected and rebuilt.
extension BilingualDictionary {
  static let cacheMagic: [UInt8] = Array("TDC2".utf8)

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
    appendHeadwords(to: &out)
    return out
  }

  private func appendHeadwords(to out: inout [UInt8]) {
    var wordIndex: [String: UInt32] = [:]
    var wordTable: [String] = []
    let headwords = wordTranslations.keys.sorted()
    var sortedTargets: [[String]] = []
    sortedTargets.reserveCapacity(headwords.count)
    for headword in headwords {
      let targets = (wordTranslations[headword] ?? []).sorted()
      for target in targets where wordIndex[target] == nil {
        wordIndex[target] = UInt32(wordTable.count)
        wordTable.append(target)
      }
      sortedTargets.append(targets)
    }
    Self.append(UInt32(wordTable.count), to: &out)
    for word in wordTable { Self.append(word, to: &out) }
    Self.append(UInt32(headwords.count), to: &out)
    for (headword, targets) in zip(headwords, sortedTargets) {
      Self.append(headword, to: &out)
      out.append(properNouns.contains(headword) ? 1 : 0)
      Self.append(UInt32(targets.count), to: &out)
      for target in targets { Self.append(wordIndex[target] ?? 0, to: &out) }
    }
    let counted = referenceCounts.keys.sorted()
    Self.append(UInt32(counted.count), to: &out)
    for word in counted {
      Self.append(word, to: &out)
      Self.append(UInt32(clamping: referenceCounts[word] ?? 0), to: &out)
    }
  }

  /// Reads what `serialized()` wrote; with `headwords: false` only the
  /// stems, which is all the aligner needs and much faster to load (the
  /// headword section is then neither read nor checked).
  public init(serialized bytes: [UInt8], headwords: Bool = true) throws(AlignmentError) {
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
    guard headwords else {
      self.init(sourceLanguage: source, targetLanguage: target, translations: translations)
      return
    }
    let wordCount = Int(try reader.uint32())
    guard wordCount <= bytes.count else { throw .invalidDictionaryCache(reason: "bad word count") }
    var words: [String] = []
    words.reserveCapacity(wordCount)
    for _ in 0..<wordCount { words.append(try reader.string()) }
    let headwordCount = Int(try reader.uint32())
    guard headwordCount <= bytes.count else { throw .invalidDictionaryCache(reason: "bad headword count") }
    var wordTranslations: [String: Set<String>] = [:]
    wordTranslations.reserveCapacity(headwordCount)
    var properNouns: Set<String> = []
    for _ in 0..<headwordCount {
      let headword = try reader.string()
      let flag = try reader.bytes(1)[0]
      guard flag <= 1 else { throw .invalidDictionaryCache(reason: "bad proper-noun flag") }
      if flag == 1 { properNouns.insert(headword) }
      let count = Int(try reader.uint32())
      guard count <= wordCount else { throw .invalidDictionaryCache(reason: "bad headword size") }
      var set = Set<String>(minimumCapacity: count)
      for _ in 0..<count {
        let index = Int(try reader.uint32())
        guard index < words.count else { throw .invalidDictionaryCache(reason: "word index out of range") }
        set.insert(words[index])
      }
      wordTranslations[headword] = set
    }
    let countedCount = Int(try reader.uint32())
    guard countedCount <= bytes.count else { throw .invalidDictionaryCache(reason: "bad reference count") }
    var referenceCounts: [String: Int] = [:]
    referenceCounts.reserveCapacity(countedCount)
    for _ in 0..<countedCount {
      let word = try reader.string()
      referenceCounts[word] = Int(try reader.uint32())
    }
    guard reader.isAtEnd else { throw .invalidDictionaryCache(reason: "trailing bytes") }
    self.init(
      sourceLanguage: source, targetLanguage: target, translations: translations,
      wordTranslations: wordTranslations, referenceCounts: referenceCounts, properNouns: properNouns)
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
