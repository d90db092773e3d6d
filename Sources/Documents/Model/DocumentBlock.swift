/// One block of a document: a heading, a paragraph, a list item, a table cell…
///
/// `text` holds only the words; the inline markup that sat in it (an HTML `<a>`,
/// a Markdown `**`, a DOCX bold run) is kept in `codes`, by offset, so that no
/// markup reaches a sentence and a writer can still put it back.
public struct DocumentBlock: Sendable, Equatable {
  /// What the block is in the document's structure.
  public enum Kind: Sendable, Hashable {
    /// A heading; level 1 is the title.
    case heading(level: Int)
    case paragraph
    /// An item of a list; depth 1 is the outermost list.
    case listItem(depth: Int)
    case tableCell
    /// A figure or table caption.
    case caption
    /// A block quote.
    case quote
    /// A footnote or endnote body.
    case footnote
    /// Preformatted text or source code; its line breaks are kept.
    case code

    /// The structural class an aligner should keep apart from others: 0 for
    /// running text (paragraphs, quotes), and one number per kind that should
    /// align only to its own kind (headings to headings, list items to list
    /// items). See `Aligner.align(…sourceClasses:targetClasses:)`.
    public var anchorClass: Int {
      switch self {
      case .paragraph, .quote: 0
      case .heading: 1
      case .listItem: 2
      case .tableCell: 3
      case .caption: 4
      case .footnote: 5
      case .code: 6
      }
    }

    /// A short name for listings: "h2", "p", "li", "td", "caption", "quote", "footnote", "code".
    public var name: String {
      switch self {
      case .heading(let level): "h\(level)"
      case .paragraph: "p"
      case .listItem: "li"
      case .tableCell: "td"
      case .caption: "caption"
      case .quote: "quote"
      case .footnote: "footnote"
      case .code: "code"
      }
    }
  }

  public var kind: Kind
  /// The text without markup. White space is collapsed to single spaces
  /// (except in code blocks); a hard line break (`<br>`, two trailing spaces
  /// in Markdown, `w:br`) is a line feed.
  public var text: String
  /// The inline markup of the block, in order of offset.
  public var codes: [MarkupCode]
  /// The 1-based line in the file (or the ZIP entry's XML) where the block starts.
  public var line: Int

  public init(kind: Kind, text: String, codes: [MarkupCode] = [], line: Int = 0) {
    self.kind = kind
    self.text = text
    self.codes = codes
    self.line = line
  }
}

/// A piece of inline markup kept beside the text of a block.
public struct MarkupCode: Sendable, Equatable {
  public enum Role: Sendable, Equatable {
    /// Opens a span (`<em>`, `**`, `[` of a link); `pair` links it to its close.
    case open
    /// Closes the span opened by the code with the same `pair`.
    case close
    /// Stands alone (`<img>`, a footnote reference).
    case standalone
  }

  public var role: Role
  /// Where the code sits, in UTF-16 code units from the start of the block's text.
  public var offset: Int
  /// The markup as it was written, e.g. `<a href="x.html">` or `**`.
  public var markup: String
  /// Shared by an open code and its close; unique within the block.
  public var pair: Int

  public init(role: Role, offset: Int, markup: String, pair: Int) {
    self.role = role
    self.offset = offset
    self.markup = markup
    self.pair = pair
  }
}
