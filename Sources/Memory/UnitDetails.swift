import Exchange
import Foundation

/// What the `unit` table keeps of a unit beyond its text, languages, dates, document and
/// confidence (which have columns): inline codes, notes, properties and the TMX attributes
/// of the unit and of its two variants. Stored as JSON in `unit.details`, NULL when empty,
/// so that `tm import` → `tm export` gives back everything TMX 1.4b defines.
struct UnitDetails: Codable, Equatable {
  var notes: [String]?
  var properties: [TranslationUnit.Property]?
  var sourceCodes: [InlineCode]?
  var targetCodes: [InlineCode]?
  var attributes: [String: String]?
  var sourceDetails: TranslationUnit.VariantDetails?
  var targetDetails: TranslationUnit.VariantDetails?

  /// Properties with a column of their own, left out of the JSON.
  static let columnProperties: Set<String> = ["x-document", "x-confidence"]

  init(_ unit: TranslationUnit) {
    let properties = unit.properties.filter { !Self.columnProperties.contains($0.type) }
    notes = unit.notes.isEmpty ? nil : unit.notes
    self.properties = properties.isEmpty ? nil : properties
    sourceCodes = unit.sourceCodes.isEmpty ? nil : unit.sourceCodes
    targetCodes = unit.targetCodes.isEmpty ? nil : unit.targetCodes
    attributes = unit.attributes.isEmpty ? nil : unit.attributes
    sourceDetails = unit.sourceDetails.isEmpty ? nil : unit.sourceDetails
    targetDetails = unit.targetDetails.isEmpty ? nil : unit.targetDetails
  }

  var isEmpty: Bool { self == UnitDetails(TranslationUnit(sourceLanguage: "", targetLanguage: "", source: "", target: "")) }

  /// The JSON to store, nil when there is nothing.
  var json: String? {
    guard !isEmpty, let data = try? Self.encoder.encode(self) else { return nil }
    return String(decoding: data, as: UTF8.self)
  }

  static func decode(_ json: String?) -> UnitDetails? {
    guard let json else { return nil }
    return try? JSONDecoder().decode(UnitDetails.self, from: Data(json.utf8))
  }

  /// Puts the details back into `unit`.
  func apply(to unit: inout TranslationUnit) {
    unit.notes = notes ?? []
    unit.properties += properties ?? []
    unit.sourceCodes = sourceCodes ?? []
    unit.targetCodes = targetCodes ?? []
    unit.attributes = attributes ?? [:]
    unit.sourceDetails = sourceDetails ?? .init()
    unit.targetDetails = targetDetails ?? .init()
  }

  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()
}

/// The text the fuzzy scorer sees for a stored source: the normalized text with each inline
/// code as a tag token (`<bpt>`, `<ph>`, `</hi>` …) where it sat, so that codes count as
/// placeables, as the tags of a query do. Nil when the segment has no codes.
enum ScoringText {
  /// - Parameter text: The segment as read (the codes' offsets are into it), not yet normalized.
  static func make(_ text: String, codes: [InlineCode]) -> String? {
    guard !codes.isEmpty else { return nil }
    let utf8 = Array(text.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(utf8.count + codes.count * 8)
    var written = 0
    for code in codes {
      var offset = min(max(code.offset, written), utf8.count)
      while offset < utf8.count && utf8[offset] & 0xC0 == 0x80 { offset += 1 }
      result.append(contentsOf: utf8[written..<offset])
      written = offset
      result.append(contentsOf: " <\(code.element == .hiEnd ? "/hi" : code.element.rawValue)> ".utf8)
    }
    result.append(contentsOf: utf8[written...])
    return SegmentText.normalized(String(decoding: result, as: UTF8.self))
  }
}
