/// Collects the text and codes of one block as a reader walks the markup,
/// collapsing white space as HTML does, and hands out finished blocks.
struct BlockBuilder {
  private var units: [UInt16] = []
  private var codes: [MarkupCode] = []
  private var pendingSpace = false
  private var nextPair = 1
  private var openPairs: [Int] = []
  /// Line where the current block's first text or code appeared.
  private var line = 0
  /// Whether white space is kept as it is (code blocks).
  var preservesWhiteSpace = false

  var isEmpty: Bool { units.isEmpty && codes.isEmpty }

  /// Appends text; runs of white space become one space unless `preservesWhiteSpace`.
  mutating func append(_ text: some StringProtocol, line: Int = 0) {
    if self.line == 0 { self.line = line }
    for unit in text.utf16 {
      if preservesWhiteSpace {
        units.append(unit)
      } else if unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0x0C {
        pendingSpace = true
      } else {
        flushSpace()
        units.append(unit)
      }
    }
  }

  /// A hard line break (`<br>`): survives white-space collapsing.
  mutating func appendLineBreak() {
    pendingSpace = false
    if !units.isEmpty && units.last != 0x0A { units.append(0x0A) }
  }

  /// Opens a span; returns its pair number for `close`.
  @discardableResult
  mutating func open(_ markup: String, line: Int = 0) -> Int {
    if self.line == 0 { self.line = line }
    flushSpace()
    let pair = nextPair
    nextPair += 1
    openPairs.append(pair)
    codes.append(MarkupCode(role: .open, offset: units.count, markup: markup, pair: pair))
    return pair
  }

  /// Closes the innermost open span (or the one numbered `pair`); a close
  /// without an open span becomes a standalone code.
  mutating func close(_ markup: String, pair: Int? = nil) {
    let chosen: Int?
    if let pair, let index = openPairs.lastIndex(of: pair) {
      openPairs.remove(at: index)
      chosen = pair
    } else if pair == nil, let last = openPairs.popLast() {
      chosen = last
    } else {
      chosen = nil
    }
    guard let chosen else { return standalone(markup) }
    codes.append(MarkupCode(role: .close, offset: units.count, markup: markup, pair: chosen))
  }

  mutating func standalone(_ markup: String, line: Int = 0) {
    if self.line == 0 { self.line = line }
    flushSpace()
    codes.append(MarkupCode(role: .standalone, offset: units.count, markup: markup, pair: nextPair))
    nextPair += 1
  }

  private mutating func flushSpace() {
    if pendingSpace && !units.isEmpty && units.last != 0x0A { units.append(0x20) }
    pendingSpace = false
  }

  /// The block collected so far, or nil when it has no text (markup alone
  /// makes no block); starts a new one either way.
  mutating func finish(_ kind: DocumentBlock.Kind) -> DocumentBlock? {
    defer { self = BlockBuilder(preservesWhiteSpace: false) }
    var end = units.count
    if preservesWhiteSpace {
      while end > 0 && (units[end - 1] == 0x0A || units[end - 1] == 0x20) { end -= 1 }
    } else {
      while end > 0 && units[end - 1] == 0x0A { end -= 1 }
    }
    var start = 0
    if preservesWhiteSpace {
      // Leading blank lines only; indentation of the first line is kept.
      var i = 0
      while i < end && (units[i] == 0x20 || units[i] == 0x09) { i += 1 }
      if i < end && units[i] == 0x0A { start = i + 1 }
    }
    let text = String(decoding: units[start..<end], as: UTF16.self)
    guard text.contains(where: { !$0.isWhitespace }) else { return nil }
    // A span still open at the block's end (`<b>text</p>`, an unknown tag never closed)
    // becomes a standalone code, as a close without an open does: no code is left unpaired.
    let unclosed = Set(openPairs)
    let kept = codes.map { code -> MarkupCode in
      var code = code
      code.offset = min(max(code.offset - start, 0), end - start)
      if code.role == .open, unclosed.contains(code.pair) { code.role = .standalone }
      return code
    }
    return DocumentBlock(kind: kind, text: text, codes: kept, line: line)
  }

  init(preservesWhiteSpace: Bool = false) {
    self.preservesWhiteSpace = preservesWhiteSpace
  }
}
