import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Splits text into sentences: ICU's sentence break iterator, then the
/// language's rules (``SegmentationRules``), which merge ICU's candidates
/// (abbreviations, ordinals, initials, Roman numerals, ellipses, list markers)
/// and split where ICU does not ("world.Today", "1) one 2) two").
///
/// Lines and paragraphs come first (see ``sentences(in:)-(String)``): no
/// sentence crosses a blank line or a line that ends with final punctuation,
/// and a line without final punctuation (a heading, a caption) is a sentence
/// of its own.
///
/// ```swift
/// let sentences = try SentenceSegmenter(language: "de").sentences(in: "Wir trafen Dr. Meyer. Er lachte.")
/// // ["Wir trafen Dr. Meyer.", "Er lachte."]
/// ```
public struct SentenceSegmenter: Sendable {
  /// BCP 47 language tag, e.g. "de" or "en-GB"; ICU's locale.
  public let language: String
  /// The rules applied after ICU, or nil for ICU's boundaries alone.
  public let rules: SegmentationRules?
  /// SRX rules that replace ICU, ``rules`` and the line logic: they break
  /// the paragraphs between blank lines, line breaks and all, as OmegaT's
  /// plain-text filter hands them to its segmenter.
  public let srx: SRXSegmenter?

  /// A segmenter with the rules shipped for `language`; for a language
  /// without rules, ICU's rules for that locale alone (see ``hasRules``).
  public init(language: String) {
    self.init(language: language, rules: SegmentationRules.builtin(for: language))
  }

  public init(language: String, rules: SegmentationRules?) {
    self.language = language
    self.rules = rules
    self.srx = nil
  }

  /// A segmenter that breaks where `srx` says (see ``srx``), for segments
  /// that match those of a CAT tool using the same rules.
  public init(srx: SRXSegmenter) {
    self.language = srx.language
    self.rules = nil
    self.srx = srx
  }

  /// Whether language rules refine ICU's boundaries.
  public var hasRules: Bool { rules != nil }

  /// The sentences of `text`, in order, each with its paragraph index and
  /// UTF-16 range in `text`; the ``Sentence/content`` of a sentence is
  /// `text[range]`, which starts and ends with a character that is not white space.
  ///
  /// A blank line ends a paragraph; in a text without blank lines, each line
  /// is a paragraph. A line ending in sentence-final punctuation ends a
  /// sentence; a line without it is a sentence of its own, unless it ends in
  /// a space, comma or semicolon (a soft wrap), when it continues on the next
  /// line. CR and CRLF count as line breaks.
  ///
  /// - Throws: ``ICUError`` if ICU cannot open a break iterator.
  /// - Complexity: O(*n*) in the length of `text`.
  public func sentences(in text: String) throws(ICUError) -> [Sentence] {
    try sentences(utf16: Array(text.utf16))
  }

  /// The sentences of `document`; ranges are offsets into `document.utf16`.
  public func sentences(in document: Document) throws(ICUError) -> [Sentence] {
    try sentences(utf16: document.utf16)
  }

  private func sentences(utf16 units: [UInt16]) throws(ICUError) -> [Sentence] {
    if units.isEmpty { return [] }
    return try units.withUnsafeBufferPointer { u throws(ICUError) in
      if let srx { return Self.sentences(u, srx: srx) }
      let blocks = TextBlock.blocks(u)
      let parts = Self.partition(blocks, length: u.count)
      if parts.count == 1 { return try sentences(u, blocks: blocks[...], range: 0..<u.count) }
      // Parts end where a line ends a block, and ICU always breaks after a
      // line break, so each part can have an iterator of its own.
      let slots = ResultSlots(count: parts.count)
      defer { slots.deallocate() }
      let text = ReadOnlyText(units: u)
      DispatchQueue.concurrentPerform(iterations: parts.count) { index in
        let part = parts[index]
        do throws(ICUError) {
          slots[index] = .success(try sentences(text.units, blocks: blocks[part.blocks], range: part.range))
        } catch {
          slots[index] = .failure(error)
        }
      }
      var result: [Sentence] = []
      for index in parts.indices {
        switch slots[index] {
        case .success(let sentences): result += sentences
        case .failure(let error): throw error
        case nil: break
        }
      }
      return result
    }
  }

  /// Splits a long text into one part per processor, at block starts.
  private static func partition(_ blocks: [TextBlock], length: Int) -> [(blocks: Range<Int>, range: Range<Int>)] {
    let processors = max(1, min(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 8))
    let count = min(processors, length / minimumPartLength)
    guard count > 1 else { return [(0..<blocks.count, 0..<length)] }
    var parts: [(blocks: Range<Int>, range: Range<Int>)] = []
    var firstBlock = 0, start = 0
    for (index, block) in blocks.enumerated() where index > firstBlock {
      guard block.range.lowerBound >= (parts.count + 1) * length / count, parts.count < count - 1 else { continue }
      parts.append((firstBlock..<index, start..<block.range.lowerBound))
      firstBlock = index
      start = block.range.lowerBound
    }
    parts.append((firstBlock..<blocks.count, start..<length))
    return parts
  }

  /// Below this many code units a text is segmented on one thread.
  private static let minimumPartLength = 1 << 17

  /// The sentences of `blocks`, which lie in `range` of `u`, with one ICU iterator.
  private func sentences(
    _ u: UnsafeBufferPointer<UInt16>, blocks: ArraySlice<TextBlock>, range: Range<Int>
  ) throws(ICUError) -> [Sentence] {
    let part = UnsafeBufferPointer(rebasing: u[range])
    let candidates = try BreakIterator.boundaries(.sentence, locale: language, in: part)
    let shift = range.lowerBound
    var result: [Sentence] = []
    result.reserveCapacity(candidates.count)
    // One string for the part; sentences are slices of it. UTF-16 offsets
    // map to UTF-8 offsets by walking forward, as sentences come in order.
    let whole = String(utf16Units: part)
    var offsets = (utf16: range.lowerBound, utf8: 0)
    func index(at target: Int) -> String.Index {
      while offsets.utf16 < target {
        let unit = u[offsets.utf16]
        if unit < 0x80 {
          offsets.utf8 += 1
        } else if unit < 0x800 {
          offsets.utf8 += 2
        } else if unit >= 0xD800 && unit <= 0xDBFF && offsets.utf16 + 1 < range.upperBound
          && u[offsets.utf16 + 1] >= 0xDC00 && u[offsets.utf16 + 1] <= 0xDFFF
        {
          offsets.utf8 += 4
          offsets.utf16 += 1
        } else {
          offsets.utf8 += 3
        }
        offsets.utf16 += 1
      }
      return whole.utf8.index(whole.utf8.startIndex, offsetBy: offsets.utf8)
    }
    var cursor = 0
    var inside: [Int] = []
    for block in blocks {
      while cursor < candidates.count && candidates[cursor] + shift <= block.range.lowerBound { cursor += 1 }
      inside.removeAll(keepingCapacity: true)
      while cursor < candidates.count && candidates[cursor] + shift < block.range.upperBound {
        inside.append(candidates[cursor] + shift)
        cursor += 1
      }
      let breaks: [Int]
      if let rules {
        breaks = BoundaryRules(u: u, rules: rules, block: block.range).breaks(candidates: inside[...])
      } else {
        breaks = inside
      }
      var start = block.range.lowerBound
      for end in breaks + [block.range.upperBound] {
        var lower = start, upper = end
        while lower < upper && CodeUnit.isWhite(u[lower]) { lower += 1 }
        while upper > lower && CodeUnit.isWhite(u[upper - 1]) { upper -= 1 }
        if lower < upper {
          let content = whole[index(at: lower)..<index(at: upper)]
          result.append(Sentence(content: content, paragraph: block.paragraph, range: lower..<upper))
        }
        start = end
      }
    }
    return result
  }
}

extension SentenceSegmenter {
  /// The segments of `u` by SRX rules. A sentence's paragraph is that of the
  /// block where it starts, so that numbering does not depend on the rules.
  fileprivate static func sentences(_ u: UnsafeBufferPointer<UInt16>, srx: SRXSegmenter) -> [Sentence] {
    let blocks = TextBlock.blocks(u)
    var result: [Sentence] = []
    var block = 0
    for paragraph in blankLineParagraphs(u) {
      var start = paragraph.lowerBound
      for end in srx.breaks(u, paragraph: paragraph) + [paragraph.upperBound] {
        var lower = start, upper = end
        while lower < upper && CodeUnit.isWhite(u[lower]) { lower += 1 }
        while upper > lower && CodeUnit.isWhite(u[upper - 1]) { upper -= 1 }
        start = end
        guard lower < upper else { continue }
        while block + 1 < blocks.count && blocks[block + 1].range.lowerBound <= lower { block += 1 }
        result.append(
          Sentence(
            text: String(utf16Units: UnsafeBufferPointer(rebasing: u[lower..<upper])),
            paragraph: blocks.isEmpty ? 0 : blocks[block].paragraph, range: lower..<upper))
      }
    }
    return result
  }

  /// The stretches between blank lines (empty or white space only), from the
  /// first to the last character of their text lines.
  static func blankLineParagraphs(_ u: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var current: Range<Int>? = nil
    var lineStart = 0
    while lineStart <= u.count {
      var end = lineStart
      while end < u.count && !CodeUnit.isLineBreak(u[end]) { end += 1 }
      if (lineStart..<end).allSatisfy({ CodeUnit.isBlank(u[$0]) }) {
        if let paragraph = current { result.append(paragraph) }
        current = nil
      } else {
        current = (current?.lowerBound ?? lineStart)..<end
      }
      if end >= u.count { break }
      lineStart = end + 1
    }
    if let paragraph = current { result.append(paragraph) }
    return result
  }
}

/// The text shared by parallel tasks: nobody writes to it while they run.
private struct ReadOnlyText: @unchecked Sendable {
  let units: UnsafeBufferPointer<UInt16>
}

/// One result slot per parallel task; each task writes only its own slot
/// and the caller reads them after `concurrentPerform` returns, which is
/// what makes the unchecked sendability safe.
private struct ResultSlots: @unchecked Sendable {
  private let storage: UnsafeMutableBufferPointer<Result<[Sentence], ICUError>?>

  init(count: Int) {
    storage = .allocate(capacity: count)
    storage.initialize(repeating: nil)
  }

  subscript(index: Int) -> Result<[Sentence], ICUError>? {
    get { storage[index] }
    nonmutating set { storage[index] = newValue }
  }

  func deallocate() {
    _ = storage.deinitialize()
    storage.deallocate()
  }
}
