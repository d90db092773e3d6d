/// Reads units from Tandem's TSV format (see `TSVFormat`), one line at a time.
///
/// The language pair comes from the options, or else from a `#src<TAB>tgt` first line.
/// Empty lines are skipped; a line with fewer than two fields is an error naming its line.
public final class TSVReader: TranslationUnitReader {
  public let fileName: String
  public private(set) var sourceLanguage: String?
  public private(set) var targetLanguage: String?
  private let bytes: ChunkedBytes
  private var line: [UInt8] = []
  private var pending: [UInt8]?

  /// Reads the optional header line. Options given here win over the header.
  public init(source: some ByteSource, fileName: String, sourceLanguage: String? = nil, targetLanguage: String? = nil) throws(ExchangeError) {
    self.fileName = fileName
    bytes = ChunkedBytes(source)
    self.sourceLanguage = sourceLanguage.map(LanguageTag.normalized)
    self.targetLanguage = targetLanguage.map(LanguageTag.normalized)
    guard try bytes.nextLine(into: &line) else { return }
    if line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
    if line.first == UInt8(ascii: "#") {
      let fields = line.dropFirst().split(separator: 0x09, omittingEmptySubsequences: false)
      if fields.count >= 2 {
        let tags = fields.prefix(2).map { String(decoding: TSVFormat.unescape($0), as: UTF8.self) }
        if tags.allSatisfy(Self.looksLikeLanguageTag) {
          self.sourceLanguage = self.sourceLanguage ?? LanguageTag.normalized(tags[0])
          self.targetLanguage = self.targetLanguage ?? LanguageTag.normalized(tags[1])
          return
        }
      }
    }
    pending = line
  }

  private static func looksLikeLanguageTag(_ s: String) -> Bool {
    !s.isEmpty && s.count <= 35 && s.utf8.allSatisfy { b in
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b | 0x20) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
    } && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(s.utf8.first! | 0x20)
  }

  public func next() throws(ExchangeError) -> TranslationUnit? {
    while true {
      let lineNumber: Int
      if let p = pending {
        line = p
        pending = nil
        lineNumber = 1
      } else {
        lineNumber = bytes.line
        guard try bytes.nextLine(into: &line) else { return nil }
      }
      if line.isEmpty { continue }
      let fields = line.split(separator: 0x09, maxSplits: 3, omittingEmptySubsequences: false)
      guard fields.count >= 2 else {
        throw .malformedRecord(file: fileName, line: lineNumber, reason: "expected 'source<TAB>target', found no tab. Escape tabs inside a field as \\t")
      }
      guard let sourceLanguage else { throw .missingLanguage(file: fileName, which: "source") }
      guard let targetLanguage else { throw .missingLanguage(file: fileName, which: "target") }
      func text(_ field: ArraySlice<UInt8>) throws(ExchangeError) -> String {
        guard let s = UTF8Validation.string(TSVFormat.unescape(field)) else {
          throw .malformedRecord(file: fileName, line: lineNumber, reason: "not valid UTF-8. Save the file as UTF-8")
        }
        return s
      }
      let id = fields.count > 2 && !fields[2].isEmpty ? try text(fields[2]) : nil
      return TranslationUnit(
        id: id, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
        source: try text(fields[0]), target: try text(fields[1]))
    }
  }
}

/// The reader is a cursor over one file; one task uses it at a time.
@available(*, unavailable)
extension TSVReader: Sendable {}
