import ArgumentParser
import Documents
import Exchange
import Foundation
import CDispatch  // Hummingbird brings it into the build, and it then owns the C struct stat
import Segmentation

/// Errors reading the files named on the command line.
enum InputFileError: Error, CustomStringConvertible {
  case notFound(String)
  case isDirectory(String)
  case unreadable(String, reason: String)
  case notADirectory(String, source: String)
  case malformedJSONLine(line: Int)

  var description: String {
    switch self {
    case .notFound(let path): "\(path): no such file. Check the path, or pass '-' to read standard input."
    case .isDirectory(let path): "\(path): is a directory. Pass a text file."
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)."
    case .notADirectory(let path, let source):
      "\(path) (from \(source)): not a directory. Point it to a directory holding LANG.abbreviations.txt and LANG.words.txt."
    case .malformedJSONLine(let line):
      "<stdin>:\(line): not a JSON object with a \"text\" string. Send one {\"id\": ..., \"text\": \"...\"} a line."
    }
  }
}

/// A file argument: a path, or "-" for standard input.
struct InputFile {
  let argument: String

  /// The name to use in messages.
  var displayName: String { argument == "-" ? "<stdin>" : argument }

  /// All bytes of the file (or of standard input, read to its end).
  func readBytes() throws -> [UInt8] {
    if argument == "-" {
      return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
      throw InputFileError.notFound(argument)
    }
    if isDirectory.boolValue { throw InputFileError.isDirectory(argument) }
    return try readFile()
  }

  /// Reads the file with read(2) straight into the array: no intermediate `Data`.
  private func readFile() throws -> [UInt8] {
    let fd = open(argument, O_RDONLY)
    guard fd >= 0 else { throw InputFileError.unreadable(argument, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw InputFileError.unreadable(argument, reason: String(cString: strerror(errno)))
    }
    // A regular file in one read into uninitialised storage; then whatever
    // more there is (a growing file, a pipe named on the command line).
    let size = max(Int(info.st_size), 0)
    var failure: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = 0
      while count < size {
        let n = read(fd, buffer.baseAddress! + count, size - count)
        if n < 0 && errno == EINTR { continue }
        if n < 0 { failure = errno; return }
        if n == 0 { return }
        count += n
      }
    }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while failure == 0 {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n < 0 { failure = errno }
      if n <= 0 { break }
      bytes.append(contentsOf: chunk[..<n])
    }
    if failure != 0 { throw InputFileError.unreadable(argument, reason: String(cString: strerror(failure))) }
    return bytes
  }
}

/// `--input-format` and `--unwrap`: how `segment`, `align`, `glossary`,
/// `check` and `tm add` read their files.
struct DocumentInputOptions: ParsableArguments {
  @Option(
    name: .customLong("input-format"),
    help: ArgumentHelp(
      "Input format: \(DocumentFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: from the extension; text otherwise).",
      valueName: "format"))
  var inputFormat: String?
  @Flag(help: "Plain text is hard-wrapped (exported from PDF): rejoin the lines of a paragraph and words hyphenated at line ends.")
  var unwrap = false

  func validate() throws {
    if let inputFormat, DocumentFormat(name: inputFormat) == nil {
      throw ValidationError(
        "unknown input format '\(inputFormat)'; use \(DocumentFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    }
  }

  /// The format to read `path` in.
  func format(of path: String) -> DocumentFormat {
    inputFormat.flatMap(DocumentFormat.init(name:)) ?? DocumentFormat(path: path) ?? .text
  }
}

/// A file read for segmenting or aligning.
struct InputDocument {
  enum Content {
    /// Plain text, segmented by Segmentation's own paragraph and line rules.
    case text(String)
    /// Blocks with structure (HTML, Markdown, DOCX, ODT, unwrapped text, or one block per unit).
    case blocks([DocumentBlock])
  }

  var content: Content
  /// The units of an XLIFF, PO or SRT file, one per block, in order.
  var units: [TranslationUnit]?
  /// Whether the blocks hold the units' targets (a bilingual file read as the target side).
  var blocksAreTargets = false
  /// The XLIFF version of the file, when it is XLIFF.
  var xliffVersion: XLIFFReader.Version?

  init(text: String) { content = .text(text) }
  init(blocks: [DocumentBlock]) { content = .blocks(blocks) }
}

extension InputFile {
  /// Reads the file as `options` say. `language` is the file's language,
  /// which PO and SRT files do not state; `isTarget` picks, in a bilingual
  /// unit file, the translations rather than the sources.
  func readDocument(options: DocumentInputOptions, language: String, isTarget: Bool) throws -> InputDocument {
    let format = options.format(of: argument)
    let bytes = try readBytes()
    switch format {
    case .text where !options.unwrap:
      return InputDocument(text: try Document(decoding: bytes, name: displayName).text)
    case .text, .html, .markdown, .docx, .odt:
      return InputDocument(blocks: try DocumentReader.blocks(bytes, name: displayName, format: format))
    case .xliff, .po, .srt:
      let unitFormat: UnitFormat = format == .xliff ? .xliff : format == .po ? .po : .srt
      let hint = format == .xliff ? nil : language
      let reader = try unitFormat.reader(source: MemoryByteSource(bytes), fileName: displayName, sourceLanguage: hint)
      let units = try reader.readAll()
      let targets = isTarget && units.contains { !$0.target.isEmpty }
      var document = InputDocument(blocks: units.map { unit in
        targets
          ? DocumentBlock(unit: unit.target, codes: unit.targetCodes)
          : DocumentBlock(unit: unit.source, codes: unit.sourceCodes)
      })
      document.units = units
      document.blocksAreTargets = targets
      document.xliffVersion = (reader as? XLIFFReader)?.version
      return document
    }
  }
}

extension DocumentBlock {
  /// A unit's segment as a paragraph block; TMX-style codes (UTF-8 offsets) become markup codes (UTF-16 offsets).
  init(unit text: String, codes: [InlineCode]) {
    let utf8 = Array(text.utf8)
    let markup = codes.enumerated().map { index, code in
      let prefix = String(decoding: utf8[..<min(max(code.offset, 0), utf8.count)], as: UTF8.self)
      let role: MarkupCode.Role = code.element == .bpt ? .open : code.element == .ept ? .close : .standalone
      return MarkupCode(role: role, offset: prefix.utf16.count, markup: code.content,
                        pair: code.attributes["i"].flatMap { Int($0) } ?? -(index + 1))
    }
    self.init(kind: .paragraph, text: text, codes: markup)
  }
}

/// The sentences of a document, each with its paragraph (block), the
/// structural class of its block, and its place in the block's text.
struct DocumentSentences {
  var texts: [String] = []
  /// Paragraph (or block) index of each sentence; nil when presegmented.
  var paragraphs: [Int]?
  /// `DocumentBlock.Kind.anchorClass` of each sentence's block; nil for plain text.
  var classes: [Int]?
  /// UTF-16 range of each sentence in its block's text (block documents only).
  var ranges: [Range<Int>] = []
  /// 1-based first and last line of each sentence in the input: exact for
  /// plain text and presegmented input, the block's first line for block
  /// documents (nil when the reader does not know it).
  var lines: [ClosedRange<Int>?] = []

  init() {}

  /// Segments `document`: plain text as `tandem segment` does, blocks one by
  /// one (no sentence crosses a block; markup never reaches a sentence).
  init(_ document: InputDocument, segmenter: SentenceSegmenter) throws {
    switch document.content {
    case .text(let text):
      let found = try segmenter.sentences(in: text)
      texts = found.map(\.text)
      paragraphs = found.map(\.paragraph)
      lines = Self.lines(of: found.map(\.range), in: text)
    case .blocks(let blocks):
      let found = try segmenter.sentences(inBlocks: blocks)
      texts = found.map { String($0.content.joiningLines) }
      paragraphs = found.map(\.paragraph)
      classes = found.map { blocks[$0.paragraph].kind.anchorClass }
      ranges = found.map(\.range)
      lines = found.map { blocks[$0.paragraph].line > 0 ? blocks[$0.paragraph].line...blocks[$0.paragraph].line : nil }
    }
  }

  /// The lines of UTF-16 `ranges` (in order) of `text`: 1 plus the line feeds before each end.
  static func lines(of ranges: [Range<Int>], in text: String) -> [ClosedRange<Int>?] {
    let units = Array(text.utf16)
    var line = 1, offset = 0
    func advance(to end: Int) {
      while offset < min(end, units.count) {
        if units[offset] == 0x0A { line += 1 }
        offset += 1
      }
    }
    return ranges.map { range in
      advance(to: range.lowerBound)
      let first = line
      advance(to: max(range.lowerBound, range.upperBound - 1))
      return first...line
    }
  }

  /// One sentence a line, as given (`--presegmented`); a block document's
  /// blocks are its lines.
  init(presegmented document: InputDocument) {
    let text: String
    switch document.content {
    case .text(let plain): text = plain
    case .blocks(let blocks): text = blocks.map { String(Substring($0.text).joiningLines) }.joined(separator: "\n")
    }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    if lines.last == "" { lines.removeLast() }
    texts = lines
    self.lines = lines.indices.map { $0 + 1...$0 + 1 }
  }
}

extension SentenceSegmenter {
  /// The sentences of each block in turn: a sentence's paragraph is its
  /// block's index, its range is in the block's text.
  func sentences(inBlocks blocks: [DocumentBlock]) throws -> [Sentence] {
    var all: [Sentence] = []
    for (index, block) in blocks.enumerated() {
      for sentence in try sentences(in: Document(text: block.text)) {
        all.append(Sentence(content: sentence.content, paragraph: index, range: sentence.range))
      }
    }
    return all
  }
}
