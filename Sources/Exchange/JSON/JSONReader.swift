import Foundation

/// Reads units from JSON written by ``JSONWriter``: an array of objects, or JSON Lines;
/// and the links of `tandem align --format json` (`{"links": [{"sourceText", "targetText",
/// "confidence", "type", "lowConfidence", "reason", "repeat_of", "id"}, …]}`), one unit a
/// link, with the alignment properties (see
/// ``TranslationUnit/alignmentProperties(confidence:linkType:lowConfidence:reason:repeatOf:)``).
///
/// It streams: it finds where each top-level object ends by scanning bytes (strings and
/// nesting), then decodes that object alone, so memory is bounded by the largest unit.
public final class JSONReader: TranslationUnitReader {
  public let fileName: String
  private let bytes: ChunkedBytes
  private let sourceLanguage: String?
  private let targetLanguage: String?
  private let decoder = JSONDecoder()
  private var object: [UInt8] = []
  private var inArray: Bool?
  private var finished = false
  /// The units of an alignment document not handed out yet, last first.
  private var pendingLinks: [TranslationUnit] = []

  /// Languages given here win over those in the objects.
  public init(source: some ByteSource, fileName: String, sourceLanguage: String? = nil, targetLanguage: String? = nil) {
    self.fileName = fileName
    bytes = ChunkedBytes(source)
    self.sourceLanguage = sourceLanguage.map(LanguageTag.normalized)
    self.targetLanguage = targetLanguage.map(LanguageTag.normalized)
  }

  private func malformed(_ reason: String) -> ExchangeError {
    .malformedRecord(file: fileName, line: bytes.line, reason: reason)
  }

  /// The next byte that is not white space (or a byte order mark).
  private func nextSignificant() throws(ExchangeError) -> UInt8? {
    while let b = try bytes.next() {
      switch b {
      case 0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF: continue
      default: return b
      }
    }
    return nil
  }

  public func next() throws(ExchangeError) -> TranslationUnit? {
    if let unit = pendingLinks.popLast() { return unit }
    guard !finished else { return nil }
    var b = try nextSignificant()
    if inArray == nil {
      inArray = b == UInt8(ascii: "[")
      if inArray == true { b = try nextSignificant() }
    } else if inArray == true, b == UInt8(ascii: ",") {
      b = try nextSignificant()
    }
    if inArray == true && b == UInt8(ascii: "]") || b == nil {
      if inArray == true && b == nil { throw malformed("the JSON array is not closed with ']'") }
      finished = true
      return nil
    }
    guard b == UInt8(ascii: "{") else {
      throw malformed("expected '{' to start a unit, found '\(Character(Unicode.Scalar(b ?? 0x3F)))'")
    }
    let line = bytes.line
    try readObject()
    let record: JSONRecord
    do {
      record = try decoder.decode(JSONRecord.self, from: Data(object))
    } catch {
      if inArray == false, let links = try? decoder.decode(AlignmentLinksDocument.self, from: Data(object)) {
        return try units(of: links)
      }
      throw .malformedRecord(file: fileName, line: line, reason: "not a unit object (\(Self.describe(error)))")
    }
    guard let source = sourceLanguage ?? record.sourceLanguage.map(LanguageTag.normalized) else {
      throw .missingLanguage(file: fileName, which: "source")
    }
    guard let target = targetLanguage ?? record.targetLanguage.map(LanguageTag.normalized) else {
      throw .missingLanguage(file: fileName, which: "target")
    }
    return TranslationUnit(
      id: record.id, sourceLanguage: source, targetLanguage: target, source: record.source, target: record.target,
      creationDate: record.creationDate.flatMap(JSONRecord.parse), changeDate: record.changeDate.flatMap(JSONRecord.parse),
      properties: record.properties ?? [], notes: record.notes ?? [],
      sourceCodes: record.sourceCodes ?? [], targetCodes: record.targetCodes ?? [],
      attributes: record.attributes ?? [:], sourceDetails: record.sourceDetails ?? .init(),
      targetDetails: record.targetDetails ?? .init())
  }

  /// The units of an alignment document: the first returned, the others kept in `pendingLinks`.
  private func units(of document: AlignmentLinksDocument) throws(ExchangeError) -> TranslationUnit? {
    guard let source = sourceLanguage else { throw .missingLanguage(file: fileName, which: "source") }
    guard let target = targetLanguage else { throw .missingLanguage(file: fileName, which: "target") }
    pendingLinks = document.links.enumerated().reversed().map { index, link in
      link.unit(number: index + 1, sourceLanguage: source, targetLanguage: target)
    }
    return pendingLinks.popLast()
  }

  /// Reads one object, from its '{' (already read) to the matching '}', into `object`.
  private func readObject() throws(ExchangeError) {
    object.removeAll(keepingCapacity: true)
    object.append(UInt8(ascii: "{"))
    var depth = 1
    var inString = false
    var escaped = false
    while depth > 0 {
      guard let b = try bytes.next() else { throw malformed("the file ends inside a unit object") }
      object.append(b)
      if inString {
        if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
      } else if b == UInt8(ascii: "\"") {
        inString = true
      } else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
        depth += 1
      } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
        depth -= 1
      }
    }
  }

  private static func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, _): "missing \"\(key.stringValue)\""
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      "wrong type at \"\(context.codingPath.map(\.stringValue).joined(separator: "."))\""
    default: "invalid JSON"
    }
  }
}

/// What `tandem align --format json` and `tandem review` write.
private struct AlignmentLinksDocument: Decodable {
  var links: [AlignmentLinkRecord]
}

/// The reader is a cursor over one file; one task uses it at a time.
@available(*, unavailable)
extension JSONReader: Sendable {}
