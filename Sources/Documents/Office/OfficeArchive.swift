/// The ZIP container of a DOCX or ODT file, its XML entries as text.
struct OfficeArchive {
  private let archive: ZipArchive
  let file: String

  init(bytes: [UInt8], file: String) throws(DocumentReadError) {
    self.file = file
    guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) else {
      throw .notAZipArchive(file: file, reason: "it does not start with a ZIP signature")
    }
    do {
      archive = try ZipArchive(bytes: bytes)
    } catch {
      throw .notAZipArchive(file: file, reason: error.reason)
    }
  }

  /// The entry `path` decoded as UTF-8, or nil when the archive has no such entry.
  func text(_ path: String) throws(DocumentReadError) -> String? {
    guard let entry = archive.entry(path) else { return nil }
    let contents: [UInt8]
    do {
      contents = try archive.contents(of: entry)
    } catch {
      throw .unreadableEntry(file: file, entry: path, reason: error.reason)
    }
    do {
      return try TextDecoding.decode(contents, name: "\(file) (entry \(path))")
    } catch {
      throw .unreadableEntry(file: file, entry: path, reason: "not UTF-8")
    }
  }

  /// The entry `path`, which the format requires.
  func requiredText(_ path: String, format: DocumentFormat) throws(DocumentReadError) -> String {
    guard let text = try text(path) else { throw .missingEntry(file: file, entry: path, format: format) }
    return text
  }
}

/// Paragraphs as an office reader walks them: a paragraph may hold another
/// (a text box, a footnote body), whose blocks follow the outer paragraph's.
struct ParagraphStack {
  private var open: [(builder: BlockBuilder, kind: DocumentBlock.Kind)] = []
  private var deferred: [DocumentBlock] = []
  private(set) var blocks: [DocumentBlock] = []

  var isInParagraph: Bool { !open.isEmpty }

  mutating func begin(_ kind: DocumentBlock.Kind) {
    open.append((BlockBuilder(preservesWhiteSpace: kind == .code), kind))
  }

  /// Changes the kind of the innermost paragraph (its properties come after its start tag).
  mutating func setKind(_ kind: DocumentBlock.Kind) {
    guard !open.isEmpty else { return }
    open[open.count - 1].kind = kind
    open[open.count - 1].builder.preservesWhiteSpace = kind == .code
  }

  var kind: DocumentBlock.Kind? { open.last?.kind }

  mutating func withBuilder(_ body: (inout BlockBuilder) -> Void) {
    guard !open.isEmpty else { return }
    body(&open[open.count - 1].builder)
  }

  mutating func end() {
    guard var last = open.popLast() else { return }
    guard let block = last.builder.finish(last.kind) else { return }
    if open.isEmpty {
      blocks.append(block)
      blocks.append(contentsOf: deferred)
      deferred = []
    } else {
      deferred.append(block)
    }
  }

  /// Blocks outside the body (footnotes), appended at the end.
  mutating func append(_ more: [DocumentBlock]) { blocks.append(contentsOf: more) }
}
