/// Reads Markdown into blocks: the CommonMark block structure (ATX and
/// setext headings, paragraphs, bullet and ordered lists, block quotes,
/// fenced and indented code, thematic breaks, HTML blocks), GitHub's pipe
/// tables and footnote definitions. Emphasis, code spans, links, images,
/// footnote references and inline HTML become codes (see `MarkdownInline`).
public enum MarkdownReader {
  struct Line {
    var text: Substring
    var number: Int
  }

  public static func blocks(_ text: String, name: String) throws(DocumentReadError) -> [DocumentBlock] {
    var lines: [Line] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      lines.append(Line(text: line, number: index + 1))
    }
    var parser = Parser(name: name)
    try parser.parse(lines[...], listDepth: 0, inQuote: false)
    return parser.blocks
  }

  private struct Parser {
    let name: String
    var blocks: [DocumentBlock] = []

    init(name: String) { self.name = name }

    mutating func parse(_ lines: ArraySlice<Line>, listDepth: Int, inQuote: Bool) throws(DocumentReadError) {
      let textKind: DocumentBlock.Kind = listDepth > 0 ? .listItem(depth: listDepth) : inQuote ? .quote : .paragraph
      var paragraph: [Line] = []
      func flush(_ parser: inout Parser, as kind: DocumentBlock.Kind? = nil) {
        guard !paragraph.isEmpty else { return }
        parser.emit(paragraph, kind: kind ?? textKind)
        paragraph = []
      }
      var i = lines.startIndex
      while i < lines.endIndex {
        let line = lines[i]
        let (indent, rest) = Self.indentation(line.text)
        if rest.isEmpty {
          flush(&self)
          i += 1
          continue
        }
        if paragraph.isEmpty && indent >= 4 {  // indented code
          var end = i
          var code: [Substring] = []
          while end < lines.endIndex {
            let (k, r) = Self.indentation(lines[end].text)
            if !r.isEmpty && k < 4 { break }
            code.append(r.isEmpty ? "" : Self.dropColumns(lines[end].text, 4))
            end += 1
          }
          emitCode(code, line: line.number)
          i = end
          continue
        }
        if indent < 4, let fence = Self.fence(rest) {
          flush(&self)
          var end = i + 1
          var code: [Substring] = []
          while end < lines.endIndex {
            let (k, r) = Self.indentation(lines[end].text)
            if k < 4, let closing = Self.fence(r), closing.character == fence.character, closing.count >= fence.count,
              r.drop(while: { $0 == fence.character }).allSatisfy(\.isWhitespace)
            {
              break
            }
            code.append(Self.dropColumns(lines[end].text, min(indent, k)))
            end += 1
          }
          emitCode(code, line: line.number)
          i = min(end + 1, lines.endIndex)
          continue
        }
        if indent < 4, let (level, title) = Self.atxHeading(rest) {
          flush(&self)
          emit([Line(text: title, number: line.number)], kind: .heading(level: level))
          i += 1
          continue
        }
        if indent < 4, !paragraph.isEmpty, let level = Self.setextLevel(rest) {
          flush(&self, as: .heading(level: level))
          i += 1
          continue
        }
        if indent < 4, Self.isThematicBreak(rest) {
          flush(&self)
          i += 1
          continue
        }
        if indent < 4, rest.hasPrefix(">") {
          flush(&self)
          var inner: [Line] = []
          var end = i
          while end < lines.endIndex {
            let (k, r) = Self.indentation(lines[end].text)
            if k < 4, r.hasPrefix(">") {
              var content = r.dropFirst()
              if content.first == " " { content = content.dropFirst() }
              inner.append(Line(text: content, number: lines[end].number))
            } else if !r.isEmpty, let last = inner.last, !Self.indentation(last.text).1.isEmpty, !Self.startsBlock(r) {
              inner.append(Line(text: r, number: lines[end].number))  // lazy continuation
            } else {
              break
            }
            end += 1
          }
          try parse(inner[...], listDepth: listDepth, inQuote: true)
          i = end
          continue
        }
        if indent < 4, let width = Self.listMarkerWidth(rest), paragraph.isEmpty || Self.canInterrupt(rest) {
          flush(&self)
          let contentColumn = indent + width
          var inner = [Line(text: rest.dropFirst(width), number: line.number)]
          var end = i + 1
          while end < lines.endIndex {
            let (k, r) = Self.indentation(lines[end].text)
            if r.isEmpty {
              var next = end + 1
              while next < lines.endIndex && Self.indentation(lines[next].text).1.isEmpty { next += 1 }
              guard next < lines.endIndex, Self.indentation(lines[next].text).0 >= contentColumn else { break }
              inner.append(Line(text: "", number: lines[end].number))
            } else if k >= contentColumn {
              inner.append(Line(text: Self.dropColumns(lines[end].text, contentColumn), number: lines[end].number))
            } else if let last = inner.last, !Self.indentation(last.text).1.isEmpty, !Self.startsBlock(r),
              Self.listMarkerWidth(r) == nil
            {
              inner.append(Line(text: r, number: lines[end].number))  // lazy continuation
            } else {
              break
            }
            end += 1
          }
          try parse(inner[...], listDepth: listDepth + 1, inQuote: inQuote)
          i = end
          continue
        }
        if indent < 4, paragraph.isEmpty, rest.contains("|"), i + 1 < lines.endIndex,
          Self.isTableSeparator(Self.indentation(lines[i + 1].text).1)
        {
          var end = i
          while end < lines.endIndex, Self.indentation(lines[end].text).1.contains("|") {
            if end != i + 1 {
              for cell in Self.cells(Self.indentation(lines[end].text).1) {
                emit([Line(text: cell, number: lines[end].number)], kind: .tableCell)
              }
            }
            end += 1
          }
          i = end
          continue
        }
        if indent < 4, paragraph.isEmpty, let body = Self.footnoteDefinition(rest) {
          var note = [Line(text: body, number: line.number)]
          var end = i + 1
          while end < lines.endIndex, case let (k, r) = Self.indentation(lines[end].text), !r.isEmpty,
            k >= 4 || (!Self.startsBlock(r) && Self.footnoteDefinition(r) == nil && !Self.isLinkReferenceDefinition(r))
          {
            note.append(Line(text: r, number: lines[end].number))
            end += 1
          }
          emit(note, kind: .footnote)
          i = end
          continue
        }
        if indent < 4, paragraph.isEmpty, Self.isLinkReferenceDefinition(rest) {
          i += 1
          continue
        }
        if indent < 4, paragraph.isEmpty, Self.startsHTMLBlock(rest) {
          var end = i
          var html = ""
          while end < lines.endIndex, !Self.indentation(lines[end].text).1.isEmpty {
            html += lines[end].text + "\n"
            end += 1
          }
          for var block in try HTMLReader.blocks(html, name: name) {
            block.line += line.number - 1
            if block.kind == .paragraph { block.kind = textKind }
            blocks.append(block)
          }
          i = end
          continue
        }
        paragraph.append(Line(text: rest, number: line.number))
        i += 1
      }
      flush(&self)
    }

    /// A paragraph's lines as one block: lines join with a space, or a line
    /// break after two trailing spaces or a backslash.
    mutating func emit(_ lines: [Line], kind: DocumentBlock.Kind) {
      var text = ""
      for (index, line) in lines.enumerated() {
        var content = line.text.drop(while: { $0 == " " || $0 == "\t" })
        let last = index == lines.count - 1
        var hardBreak = false
        if !last {
          if content.hasSuffix("  ") {
            hardBreak = true
          } else if content.hasSuffix("\\") {
            hardBreak = true
            content = content.dropLast()
          }
        }
        while content.last == " " || content.last == "\t" { content = content.dropLast() }
        text += content
        if !last { text += hardBreak ? "\n" : " " }
      }
      var builder = BlockBuilder()
      MarkdownInline.append(text, to: &builder, line: lines.first?.number ?? 0)
      if let block = builder.finish(kind) { blocks.append(block) }
    }

    mutating func emitCode(_ lines: [Substring], line: Int) {
      var builder = BlockBuilder(preservesWhiteSpace: true)
      builder.append(lines.joined(separator: "\n"), line: line)
      if let block = builder.finish(.code) { blocks.append(block) }
    }

    // MARK: Line classification

    /// Columns of leading white space (a tab to the next multiple of 4) and the rest.
    static func indentation(_ line: Substring) -> (Int, Substring) {
      var columns = 0
      var index = line.startIndex
      while index < line.endIndex, line[index] == " " || line[index] == "\t" {
        columns = line[index] == "\t" ? (columns / 4 + 1) * 4 : columns + 1
        index = line.index(after: index)
      }
      var rest = line[index...]
      if rest.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { rest = rest[rest.endIndex...] }
      return (columns, rest)
    }

    /// `line` without its first `columns` columns of indentation.
    static func dropColumns(_ line: Substring, _ columns: Int) -> Substring {
      var dropped = 0
      var index = line.startIndex
      while index < line.endIndex, dropped < columns, line[index] == " " || line[index] == "\t" {
        dropped = line[index] == "\t" ? (dropped / 4 + 1) * 4 : dropped + 1
        index = line.index(after: index)
      }
      return line[index...]
    }

    static func fence(_ rest: Substring) -> (character: Character, count: Int)? {
      guard let first = rest.first, first == "`" || first == "~" else { return nil }
      let count = rest.prefix(while: { $0 == first }).count
      guard count >= 3 else { return nil }
      if first == "`" && rest.dropFirst(count).contains("`") { return nil }
      return (first, count)
    }

    static func atxHeading(_ rest: Substring) -> (Int, Substring)? {
      let level = rest.prefix(while: { $0 == "#" }).count
      guard (1...6).contains(level) else { return nil }
      var title = rest.dropFirst(level)
      guard title.isEmpty || title.first == " " || title.first == "\t" else { return nil }
      title = title.drop(while: { $0 == " " || $0 == "\t" })
      while title.last == " " { title = title.dropLast() }
      let closing = title.reversed().prefix(while: { $0 == "#" }).count
      if closing > 0 {
        let before = title.dropLast(closing)
        if before.isEmpty || before.last == " " { title = before }
      }
      while title.last == " " { title = title.dropLast() }
      return (level, title)
    }

    static func setextLevel(_ rest: Substring) -> Int? {
      let rest = trimmed(rest)
      guard let first = rest.first, first == "=" || first == "-" else { return nil }
      guard rest.allSatisfy({ $0 == first }) else { return nil }
      return first == "=" ? 1 : 2
    }

    static func isThematicBreak(_ rest: Substring) -> Bool {
      guard let first = rest.first, first == "*" || first == "-" || first == "_" else { return false }
      let marks = rest.filter { $0 != " " && $0 != "\t" }
      return marks.count >= 3 && marks.allSatisfy { $0 == first }
    }

    /// Width of a list marker and the spaces after it ("- ", "12. ", "3) "), if the line starts one.
    static func listMarkerWidth(_ rest: Substring) -> Int? {
      var marker = 0
      if let first = rest.first, first == "-" || first == "*" || first == "+" {
        marker = 1
      } else {
        let digits = rest.prefix(while: \.isASCIIDigit).count
        guard (1...9).contains(digits), rest.dropFirst(digits).first == "." || rest.dropFirst(digits).first == ")"
        else { return nil }
        marker = digits + 1
      }
      let after = rest.dropFirst(marker)
      if trimmed(after).isEmpty { return marker + 1 }
      let spaces = after.prefix(while: { $0 == " " }).count
      guard spaces > 0 || after.first == "\t" else { return nil }
      return marker + (spaces > 4 ? 1 : max(spaces, 1))
    }

    /// Whether a list item may interrupt a paragraph (CommonMark: a bullet, or an ordered list starting at 1).
    static func canInterrupt(_ rest: Substring) -> Bool {
      guard let width = listMarkerWidth(rest), !rest.dropFirst(width).allSatisfy(\.isWhitespace) else { return false }
      if let first = rest.first, first.isASCIIDigit { return rest.hasPrefix("1.") || rest.hasPrefix("1)") }
      return true
    }

    static func startsBlock(_ rest: Substring) -> Bool {
      rest.hasPrefix(">") || fence(rest) != nil || atxHeading(rest) != nil || isThematicBreak(rest)
        || canInterrupt(rest)
    }

    static func trimmed(_ text: Substring) -> Substring {
      var text = text
      while text.last == " " || text.last == "\t" || text.last == "\r" { text = text.dropLast() }
      return text
    }

    static func isTableSeparator(_ rest: Substring) -> Bool {
      guard rest.contains("-") else { return false }
      return rest.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " }
    }

    static func cells(_ row: Substring) -> [Substring] {
      var row = trimmed(row)
      if row.first == "|" { row = row.dropFirst() }
      if row.last == "|" && !row.hasSuffix("\\|") { row = row.dropLast() }
      var cells: [Substring] = []
      var start = row.startIndex
      var index = row.startIndex
      while index < row.endIndex {
        if row[index] == "\\" {
          index = row.index(after: index)
          if index < row.endIndex { index = row.index(after: index) }
          continue
        }
        if row[index] == "|" {
          cells.append(row[start..<index])
          start = row.index(after: index)
        }
        index = row.index(after: index)
      }
      cells.append(row[start...])
      return cells
    }

    static func footnoteDefinition(_ rest: Substring) -> Substring? {
      guard rest.hasPrefix("[^"), let close = rest.firstIndex(of: "]"),
        rest[rest.index(after: close)...].hasPrefix(":")
      else { return nil }
      return rest[rest.index(close, offsetBy: 2)...].drop(while: { $0 == " " })
    }

    static func isLinkReferenceDefinition(_ rest: Substring) -> Bool {
      guard rest.hasPrefix("["), !rest.hasPrefix("[^"), let close = rest.firstIndex(of: "]") else { return false }
      let after = rest[rest.index(after: close)...]
      return after.hasPrefix(":") && after.dropFirst().contains(where: { !$0.isWhitespace })
    }

    static func startsHTMLBlock(_ rest: Substring) -> Bool {
      guard rest.hasPrefix("<") else { return false }
      let name = rest.dropFirst().drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
      return rest.hasPrefix("<!--") || HTMLReader.blockElements.contains(name) || name == "script" || name == "style"
    }
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
