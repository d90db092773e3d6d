import Foundation

/// Reads an OpenDocument text (.odt): the body of `content.xml`.
///
/// `text:h` are headings (`text:outline-level`), paragraphs in `text:list-item`
/// are list items (depth = nesting of `text:list`), paragraphs in
/// `table:table-cell` table cells; a note body (`text:note-body`) becomes
/// footnote blocks after its paragraph. Paragraph styles (following their
/// parents) named "Caption"/"Illustration"/"Table"/"Figure", "Quotations" or
/// "Preformatted Text" give captions, quotes and code. `text:span` and
/// `text:a` become codes; `text:s`, `text:tab` and `text:line-break` are
/// white space and line breaks.
public enum ODTReader {
  public static func blocks(_ bytes: [UInt8], name: String) throws(DocumentReadError) -> [DocumentBlock] {
    let archive = try OfficeArchive(bytes: bytes, file: name)
    let content = try archive.requiredText("content.xml", format: .odt)
    var parents: [String: String] = [:]
    if let styles = try archive.text("styles.xml") { try collectParents(styles, entry: "styles.xml", file: name, into: &parents) }
    try collectParents(content, entry: "content.xml", file: name, into: &parents)
    return try read(content, file: name, parents: parents)
  }

  /// Paragraph style name → parent style name.
  private static func collectParents(
    _ text: String, entry: String, file: String, into parents: inout [String: String]
  ) throws(DocumentReadError) {
    var tokenizer = MarkupTokenizer(text, mode: .xml, file: file, entry: entry)
    while let token = try tokenizer.next() {
      if case .start("style:style", let attributes, _, _) = token, let name = attributes["style:name"] {
        parents[name] = attributes["style:parent-style-name"] ?? ""
      }
    }
  }

  private static func styleKind(_ name: String?, parents: [String: String]) -> DocumentBlock.Kind? {
    var seen: Set<String> = []
    var next = name
    while let style = next, !style.isEmpty, !seen.contains(style) {
      seen.insert(style)
      let plain = style.replacingOccurrences(of: "_20_", with: " ").lowercased()
      switch plain {
      case "caption", "illustration", "table", "figure", "drawing", "text": return .caption
      case "quotations", "quote": return .quote
      case "preformatted text", "source text": return .code
      case "title": return .heading(level: 1)
      case "subtitle": return .heading(level: 2)
      default: break
      }
      next = parents[style]
    }
    return nil
  }

  private static let skipped: Set<String> = [
    "text:note-citation", "office:annotation", "text:tracked-changes", "text:sequence-decls", "office:forms",
    "text:table-of-content-source", "office:automatic-styles", "office:font-face-decls", "office:scripts",
  ]

  private static func read(_ text: String, file: String, parents: [String: String]) throws(DocumentReadError) -> [DocumentBlock] {
    var tokenizer = MarkupTokenizer(text, mode: .xml, file: file, entry: "content.xml")
    var paragraphs = ParagraphStack()
    var skipper = SubtreeSkipper(skipped)
    var listDepth = 0
    var inListItem = 0
    var tableCells = 0
    var notes = 0
    var spans: [Int] = []
    var inBody = false
    while let token = try tokenizer.next() {
      let line = tokenizer.tokenLine
      if skipper.skips(token) { continue }
      switch token {
      case .start(let tag, let attributes, let selfClosing, let raw):
        if tag == "office:text" { inBody = true }
        guard inBody else { continue }
        switch tag {
        case "text:list": if !selfClosing { listDepth += 1 }
        case "text:list-item", "text:list-header": if !selfClosing { inListItem += 1 }
        case "table:table-cell": if !selfClosing { tableCells += 1 }
        case "text:note-body": if !selfClosing { notes += 1 }
        case "text:h", "text:p":
          var kind: DocumentBlock.Kind
          if notes > 0 {
            kind = .footnote
          } else if tag == "text:h" {
            kind = .heading(level: attributes["text:outline-level"].flatMap { Int($0) } ?? 1)
          } else if let styled = styleKind(attributes["text:style-name"], parents: parents) {
            kind = styled
          } else if tableCells > 0 {
            kind = .tableCell
          } else if inListItem > 0 {
            kind = .listItem(depth: max(listDepth, 1))
          } else {
            kind = .paragraph
          }
          paragraphs.begin(kind)
          spans = []
          if selfClosing { paragraphs.end() }
        case "text:s":
          let count = attributes["text:c"].flatMap { Int($0) } ?? 1
          paragraphs.withBuilder { $0.append(String(repeating: " ", count: max(1, min(count, 100))), line: line) }
        case "text:tab": paragraphs.withBuilder { $0.append("\t", line: line) }
        case "text:line-break": paragraphs.withBuilder { $0.appendLineBreak() }
        case "text:span", "text:a":
          if !selfClosing { paragraphs.withBuilder { spans.append($0.open(raw, line: line)) } }
        case "text:note":
          paragraphs.withBuilder { $0.standalone(raw, line: line) }
        default: break
        }
      case .end(let tag, let raw):
        guard inBody else { continue }
        switch tag {
        case "office:text": inBody = false
        case "text:list": listDepth = max(0, listDepth - 1)
        case "text:list-item", "text:list-header": inListItem = max(0, inListItem - 1)
        case "table:table-cell": tableCells = max(0, tableCells - 1)
        case "text:note-body": notes = max(0, notes - 1)
        case "text:h", "text:p": paragraphs.end()
        case "text:span", "text:a":
          if let pair = spans.popLast() { paragraphs.withBuilder { $0.close(raw, pair: pair) } }
        default: break
        }
      case .text(let text):
        if inBody && paragraphs.isInParagraph { paragraphs.withBuilder { $0.append(text, line: line) } }
      }
    }
    return paragraphs.blocks
  }
}
