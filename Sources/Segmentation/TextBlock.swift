/// A stretch of text that no sentence crosses: one line, or several lines
/// joined by soft wraps, with the index of its paragraph.
struct TextBlock: Equatable {
  /// UTF-16 range, without surrounding white space.
  var range: Range<Int>
  var paragraph: Int

  /// Splits `u` into blocks.
  ///
  /// - A blank line ends a paragraph. In a text without any blank line
  ///   between two lines of text, every line that ends a block also ends a
  ///   paragraph (one paragraph a line, as in many exported articles).
  /// - A line that ends with sentence-final punctuation (and closing quotes
  ///   or brackets) ends a block: no sentence continues past it.
  /// - A line that ends without final punctuation is a block of its own
  ///   (a heading, a photo caption, a list item), unless it is soft-wrapped:
  ///   it ends in a space or tab (as in format=flowed mail, RFC 3676), or in
  ///   a comma or semicolon; then it continues on the next line, unless that
  ///   line starts a list item ("• ", "- ", "* ", "3. ", "3) ").
  /// - PARAGRAPH SEPARATOR (U+2029) ends a paragraph like a blank line.
  static func blocks(_ u: UnsafeBufferPointer<UInt16>) -> [TextBlock] {
    struct Line {
      var content: Range<Int>
      var softWrapped: Bool
      /// Soft-wrapped only by a final comma or semicolon, which may also end a salutation or a list item.
      var endsInComma: Bool
      var paragraphSeparator: Bool
    }
    var lines: [Line] = []
    let n = u.count
    var start = 0
    while start <= n {
      var end = start
      while end < n {
        // Four code units at a time while all are below U+0080 and none below U+000E.
        if end + 4 <= n {
          let word = UnsafeRawPointer(u.baseAddress! + end).loadUnaligned(as: UInt64.self)
          let controls = (word &- 0x000E_000E_000E_000E) & ~word & 0x8000_8000_8000_8000
          if word & 0xFF80_FF80_FF80_FF80 == 0 && controls == 0 {
            end += 4
            continue
          }
        }
        if CodeUnit.isLineBreak(u[end]) { break }
        end += 1
      }
      var lower = start, upper = end
      while lower < upper && CodeUnit.isBlank(u[lower]) { lower += 1 }
      while upper > lower && CodeUnit.isBlank(u[upper - 1]) { upper -= 1 }
      var soft = false, comma = false
      if lower < upper {
        var last = upper
        while last > lower && CodeUnit.isClosing(u[last - 1]) { last -= 1 }
        let final = last > lower && CodeUnit.isTerminal(u[last - 1])
        comma = !final && upper == end && (u[upper - 1] == CodeUnit.comma || u[upper - 1] == CodeUnit.semicolon)
        soft = !final && (upper < end || comma)
      }
      lines.append(Line(content: lower..<upper, softWrapped: soft, endsInComma: comma,
                        paragraphSeparator: end < n && u[end] == CodeUnit.paragraphSeparator))
      if end >= n { break }
      start = end + (u[end] == CodeUnit.carriageReturn && end + 1 < n && u[end + 1] == CodeUnit.newline ? 2 : 1)
    }

    var hasBlankLines = false
    if let first = lines.firstIndex(where: { !$0.content.isEmpty }),
      let last = lines.lastIndex(where: { !$0.content.isEmpty }), first < last
    {
      hasBlankLines = lines[first...last].contains { $0.content.isEmpty }
    }

    var blocks: [TextBlock] = []
    var paragraph = 0
    var paragraphEnded = false
    var blockStart: Int? = nil
    for (index, line) in lines.enumerated() {
      if line.content.isEmpty {
        if !blocks.isEmpty { paragraphEnded = true }
        continue
      }
      if blockStart == nil {
        if paragraphEnded { paragraph += 1 }
        paragraphEnded = false
        blockStart = line.content.lowerBound
      }
      let nextHasText = index + 1 < lines.count && !lines[index + 1].content.isEmpty
      if line.softWrapped && nextHasText && !line.paragraphSeparator
        && !startsListItem(u, at: lines[index + 1].content)
        && (!line.endsInComma || continuesWrappedParagraph(u, line: line.content, next: lines[index + 1].content))
      {
        continue
      }
      let from = blockStart ?? line.content.lowerBound
      blocks.append(TextBlock(range: from..<line.content.upperBound, paragraph: paragraph))
      blockStart = nil
      if !hasBlankLines || line.paragraphSeparator { paragraphEnded = true }
    }
    return blocks
  }

  /// Whether a line ending in a comma or semicolon is wrapped inside a
  /// paragraph: not a list item ("- eggs,"), and either long (a wrapped line
  /// of prose) or followed by a line that starts lowercase. A short line
  /// before a capital is a salutation or a closing ("Hi Bob,", "Best regards,").
  private static func continuesWrappedParagraph(
    _ u: UnsafeBufferPointer<UInt16>, line: Range<Int>, next: Range<Int>
  ) -> Bool {
    if startsListItem(u, at: line) { return false }
    guard let first = next.first else { return false }
    return line.count >= minimumWrappedLineLength || !CodeUnit.isUpper(u[first])
  }

  /// Lines at least this long (UTF-16 code units) that end in a comma are taken for wrapped prose.
  private static let minimumWrappedLineLength = 40

  /// Whether `line` begins with a bullet, "- ", "* ", or 1–3 digits with "." or ")" and a space.
  private static func startsListItem(_ u: UnsafeBufferPointer<UInt16>, at line: Range<Int>) -> Bool {
    guard let first = line.first else { return false }
    if CodeUnit.isBullet(u[first]) { return true }
    if (u[first] == 0x2D || u[first] == 0x2A) && first + 1 < line.upperBound { return CodeUnit.isBlank(u[first + 1]) }
    var i = first
    while i < line.upperBound && i - first < 3 && CodeUnit.isDigit(u[i]) { i += 1 }
    guard i > first, i + 1 < line.upperBound, u[i] == CodeUnit.period || u[i] == 0x29 else { return false }
    return CodeUnit.isBlank(u[i + 1])
  }
}
