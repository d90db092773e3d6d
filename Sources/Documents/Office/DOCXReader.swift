/// Reads a Word document (.docx, Office Open XML): the paragraphs of
/// `word/document.xml`, then the footnotes and endnotes.
///
/// - Headings by outline level (of the paragraph or its style) or by a style
///   named "heading N", "Title" (1) or "Subtitle" (2).
/// - List items: paragraphs with numbering (`w:numPr`, depth `w:ilvl` + 1) or a
///   "List…" style ("List Bullet 2" is depth 2).
/// - Table cells, captions ("Caption"), quotes ("Quote", "Intense Quote") and
///   code (a style naming code or preformatted text).
/// - Bold, italic and underlined runs, hyperlinks and footnote references become codes.
/// - Deleted text of tracked changes and field instructions are left out.
public enum DOCXReader {
  public static func blocks(_ bytes: [UInt8], name: String) throws(DocumentReadError) -> [DocumentBlock] {
    let archive = try OfficeArchive(bytes: bytes, file: name)
    let document = try archive.requiredText("word/document.xml", format: .docx)
    var styles = Styles()
    if let text = try archive.text("word/styles.xml") { styles = try Styles(text, file: name) }
    var blocks = try read(document, entry: "word/document.xml", file: name, styles: styles, notes: false)
    for entry in ["word/footnotes.xml", "word/endnotes.xml"] {
      if let notes = try archive.text(entry) {
        blocks += try read(notes, entry: entry, file: name, styles: styles, notes: true)
      }
    }
    return blocks
  }

  /// Paragraph styles: what each says about headings, lists and kinds.
  struct Styles {
    struct Style {
      var name = ""
      var basedOn: String?
      var outlineLevel: Int?
      var numbered = false
    }
    var byID: [String: Style] = [:]

    init() {}

    init(_ text: String, file: String) throws(DocumentReadError) {
      var tokenizer = MarkupTokenizer(text, mode: .xml, file: file, entry: "word/styles.xml")
      var current: (id: String, style: Style)?
      while let token = try tokenizer.next() {
        switch token {
        case .start(let tag, let attributes, _, _):
          switch tag {
          case "w:style" where attributes["w:type"] == "paragraph":
            current = (attributes["w:styleId"] ?? "", Style())
          case "w:name": current?.style.name = attributes["w:val"] ?? ""
          case "w:basedOn": current?.style.basedOn = attributes["w:val"]
          case "w:outlineLvl": current?.style.outlineLevel = attributes["w:val"].flatMap { Int($0) }
          case "w:numId": current?.style.numbered = attributes["w:val"] != "0"
          default: break
          }
        case .end("w:style", _):
          if let current { byID[current.id] = current.style }
          current = nil
        default: break
        }
      }
    }

    /// The kind a paragraph of style `id` has, following `basedOn`.
    func kind(of id: String?) -> DocumentBlock.Kind? {
      var seen: Set<String> = []
      var next = id
      while let id = next, !seen.contains(id) {
        seen.insert(id)
        let style = byID[id] ?? Style(name: id)
        let name = style.name.lowercased()
        if let level = style.outlineLevel, level < 9 { return .heading(level: level + 1) }
        if name.hasPrefix("heading"), let level = Int(name.filter(\.isNumber)), (1...9).contains(level) {
          return .heading(level: level)
        }
        if name == "title" { return .heading(level: 1) }
        if name == "subtitle" { return .heading(level: 2) }
        if style.numbered || name.hasPrefix("list") {
          return .listItem(depth: Int(name.filter(\.isNumber)) ?? 1)
        }
        if name == "caption" { return .caption }
        if name == "quote" || name == "intense quote" || name == "block text" { return .quote }
        if name.contains("code") || name.contains("preformatted") || name == "plain text" { return .code }
        if name == "footnote text" || name == "endnote text" { return .footnote }
        next = style.basedOn
      }
      return nil
    }
  }

  private static let skipped: Set<String> = [
    "w:instrText", "w:delText", "w:del", "mc:Fallback", "w:sectPr", "w:commentReference",
  ]

  private static func read(
    _ text: String, entry: String, file: String, styles: Styles, notes: Bool
  ) throws(DocumentReadError) -> [DocumentBlock] {
    var tokenizer = MarkupTokenizer(text, mode: .xml, file: file, entry: entry)
    var paragraphs = ParagraphStack()
    var tableDepth = 0
    var inText = false
    var skipper = SubtreeSkipper(skipped)
    var inParagraphProperties = false
    var inRunProperties = false
    var runFormats: [String] = []
    var runOpen: [(markup: String, pair: Int)] = []
    var hyperlinks: [Int] = []
    var numberingLevel: Int?
    var noteType: String?

    func openRunFormats(_ paragraphs: inout ParagraphStack) {
      guard !runFormats.isEmpty, runOpen.isEmpty else { return }
      let markup = runFormats.map { "<\($0)>" }.joined()
      let closing = runFormats.reversed().map { "</\($0)>" }.joined()
      paragraphs.withBuilder { runOpen.append((closing, $0.open(markup))) }
    }

    while let token = try tokenizer.next() {
      let line = tokenizer.tokenLine
      if skipper.skips(token) { continue }
      switch token {
      case .start(let tag, let attributes, let selfClosing, let raw):
        switch tag {
        case "w:footnote", "w:endnote":
          noteType = attributes["w:type"]
          if noteType == "separator" || noteType == "continuationSeparator" || noteType == "continuationNotice" {
            if !selfClosing { skipper.skip(tag) }
          }
        case "w:tbl": tableDepth += 1
        case "w:p":
          paragraphs.begin(notes ? .footnote : tableDepth > 0 ? .tableCell : .paragraph)
          numberingLevel = nil
          if selfClosing { paragraphs.end() }
        case "w:pPr": inParagraphProperties = true
        case "w:pStyle" where inParagraphProperties && !notes && tableDepth == 0:
          if let kind = styles.kind(of: attributes["w:val"]) { paragraphs.setKind(kind) }
        case "w:outlineLvl" where inParagraphProperties && !notes && tableDepth == 0:
          if let level = attributes["w:val"].flatMap({ Int($0) }), level < 9 { paragraphs.setKind(.heading(level: level + 1)) }
        case "w:ilvl" where inParagraphProperties:
          numberingLevel = attributes["w:val"].flatMap { Int($0) }
        case "w:numId" where inParagraphProperties && !notes && tableDepth == 0:
          if attributes["w:val"] != "0" { paragraphs.setKind(.listItem(depth: (numberingLevel ?? 0) + 1)) }
        case "w:rPr":
          inRunProperties = !inParagraphProperties
        case "w:b", "w:i", "w:u", "w:strike":
          let value = attributes["w:val"] ?? "true"
          if inRunProperties && value != "0" && value != "false" && value != "none" {
            runFormats.append(String(tag.dropFirst(2)))
          }
        case "w:r":
          runFormats = []
          runOpen = []
        case "w:t":
          inText = !selfClosing
          if inText { openRunFormats(&paragraphs) }
        case "w:tab", "w:ptab":
          if !inParagraphProperties { paragraphs.withBuilder { $0.append("\t", line: line) } }
        case "w:br", "w:cr":
          if attributes["w:type"] == "page" || attributes["w:type"] == "column" {
            paragraphs.withBuilder { $0.append(" ", line: line) }
          } else {
            paragraphs.withBuilder { $0.appendLineBreak() }
          }
        case "w:noBreakHyphen": paragraphs.withBuilder { $0.append("\u{2011}", line: line) }
        case "w:hyperlink":
          if !selfClosing { paragraphs.withBuilder { hyperlinks.append($0.open(raw, line: line)) } }
        case "w:footnoteReference", "w:endnoteReference":
          paragraphs.withBuilder { $0.standalone(raw, line: line) }
        default: break
        }
      case .end(let tag, let raw):
        switch tag {
        case "w:tbl": tableDepth = max(0, tableDepth - 1)
        case "w:p": paragraphs.end()
        case "w:pPr": inParagraphProperties = false
        case "w:rPr": inRunProperties = false
        case "w:t": inText = false
        case "w:r":
          for (markup, pair) in runOpen { paragraphs.withBuilder { $0.close(markup, pair: pair) } }
          runOpen = []
          runFormats = []
        case "w:hyperlink":
          if let pair = hyperlinks.popLast() { paragraphs.withBuilder { $0.close(raw, pair: pair) } }
        default: break
        }
      case .text(let text):
        if inText { paragraphs.withBuilder { $0.append(text, line: line) } }
      }
    }
    return paragraphs.blocks
  }
}
