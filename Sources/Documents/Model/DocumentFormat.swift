/// The formats a document is read from, chosen by `--input-format` or the file's extension.
///
/// XLIFF, PO and SRT are translation-unit formats: Exchange reads them
/// (`UnitFormat`); they are listed here so that one name picks any input.
public enum DocumentFormat: String, Sendable, CaseIterable {
  case text, html, markdown, docx, odt, xliff, po, srt

  /// The format a path's extension names, if any (`.txt` and files without
  /// an extension are not named: they are text by default).
  public init?(path: String) {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: ".") else { return nil }
    switch name[name.index(after: dot)...].lowercased() {
    case "txt", "text": self = .text
    case "html", "htm", "xhtml": self = .html
    case "md", "markdown", "mdown", "mkd": self = .markdown
    case "docx": self = .docx
    case "odt": self = .odt
    case "xlf", "xliff", "sdlxliff", "mqxliff": self = .xliff
    case "po", "pot": self = .po
    case "srt": self = .srt
    default: return nil
    }
  }

  /// The format named by `--input-format`, accepting a few common aliases ("md", "htm", "txt", "xlf").
  public init?(name: String) {
    if let exact = DocumentFormat(rawValue: name.lowercased()) {
      self = exact
    } else if let byExtension = DocumentFormat(path: "x." + name) {
      self = byExtension
    } else {
      return nil
    }
  }

  /// Whether the Documents module reads this format into blocks (the others
  /// are plain text, read by Segmentation, or unit formats, read by Exchange).
  public var isBlockFormat: Bool {
    switch self {
    case .html, .markdown, .docx, .odt: true
    case .text, .xliff, .po, .srt: false
    }
  }
}
