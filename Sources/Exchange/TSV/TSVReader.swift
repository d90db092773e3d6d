import Foundation

/// Reads units from Tandem's TSV format (see `TSVFormat`), one line at a time.
///
/// The language pair comes from the options, or else from a `#src<TAB>tgt` first line.
/// Empty lines are skipped; a line with fewer than two fields is an error naming its line.
///
/// A first line of column names that starts `source<TAB>target` (as `tandem align` writes:
/// `source	target	confidence	type	flag	reason	repeat_of	id`) is a header, not a unit: it
/// names the columns. `id`/`tuid` is the unit's id; `confidence`, `type`, `flag` (`low`),
/// `reason` and `repeat_of` become the alignment properties (see
/// ``TranslationUnit/alignmentProperties(confidence:linkType:lowConfidence:reason:repeatOf:)``);
/// any other column becomes an `x-NAME` property; without an id column, units are numbered
/// from 1 as their links are. Without such a line the columns are source, target and id.
public final class TSVReader: TranslationUnitReader {
  enum Column: Equatable {
    case source, target, id, confidence, linkType, flag, reason, repeatOf
    case property(String)

    init(name: String) {
      switch name.lowercased() {
      case "source": self = .source
      case "target": self = .target
      case "id", "tuid": self = .id
      case "confidence", "x-confidence": self = .confidence
      case "type", "link-type", "x-link-type": self = .linkType
      case "flag", "x-flag": self = .flag
      case "reason", "x-reason": self = .reason
      case "repeat_of", "repeat-of", "x-repeat-of": self = .repeatOf
      case let other: self = .property(other.hasPrefix("x-") ? other : "x-" + other)
      }
    }
  }

  public let fileName: String
  public private(set) var sourceLanguage: String?
  public private(set) var targetLanguage: String?
  private let bytes: ChunkedBytes
  private var line: [UInt8] = []
  public private(set) var lineOfLastUnit: Int?
  private var pending: [UInt8]?
  private var columns: [Column] = [.source, .target, .id]
  /// Records read so far: the id of units from a file with a column header but no id
  /// column (`tandem align` output), so that they are numbered as the links are.
  private var records = 0

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
    let names = line.split(separator: 0x09, omittingEmptySubsequences: false).map {
      String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }
    if names.count >= 2, names[0].lowercased() == "source", names[1].lowercased() == "target" {
      columns = names.map(Column.init(name:))
      return
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
      let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
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
      var unit = TranslationUnit(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, source: "", target: "")
      var confidence: Double?
      var linkType: String?
      var lowConfidence = false
      var flag: String?
      var reason: String?
      var repeatOf: String?
      for (column, field) in zip(columns, fields) {
        switch column {
        case .source: unit.source = try text(field)
        case .target: unit.target = try text(field)
        case .id: if !field.isEmpty { unit.id = try text(field) }
        case .confidence:
          guard !field.isEmpty else { continue }
          guard let value = Double(try text(field)) else {
            throw .malformedRecord(file: fileName, line: lineNumber, reason: "the confidence '\(try text(field))' is not a number such as 0.875")
          }
          confidence = value
        case .linkType: linkType = try text(field)
        case .reason: reason = try text(field)
        case .repeatOf: repeatOf = try text(field)
        case .flag:
          let value = try text(field)
          if value == "low" || value == "low-confidence" { lowConfidence = true } else if !value.isEmpty { flag = value }
        case .property(let type):
          if !field.isEmpty { unit.properties.append(.init(type: type, value: try text(field))) }
        }
      }
      unit.properties = TranslationUnit.alignmentProperties(
        confidence: confidence, linkType: linkType, lowConfidence: lowConfidence, reason: reason, repeatOf: repeatOf)
        + unit.properties
      if let flag { unit.properties.append(.init(type: "x-flag", value: flag)) }
      records += 1
      if unit.id == nil, !columns.contains(.id) { unit.id = String(records) }
      lineOfLastUnit = lineNumber
      return unit
    }
  }
}

/// The reader is a cursor over one file; one task uses it at a time.
@available(*, unavailable)
extension TSVReader: Sendable {}
