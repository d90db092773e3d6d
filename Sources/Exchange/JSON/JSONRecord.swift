import Foundation

/// How a unit looks in Tandem's JSON: one object per unit, keys as in ``TranslationUnit``.
///
/// ```json
/// {"id":"7","sourceLanguage":"de","targetLanguage":"en","source":"Guten Tag.","target":"Good day.",
///  "creationDate":"2024-05-01T12:00:00Z","properties":[{"type":"x-confidence","value":"0.93"}],"notes":["checked"]}
/// ```
/// Only `source` and `target` are required; languages missing from an object come from
/// the reader's options. Dates are UTC, ISO 8601, whole seconds.
struct JSONRecord: Codable {
  var id: String?
  var sourceLanguage: String?
  var targetLanguage: String?
  var source: String
  var target: String
  var creationDate: String?
  var changeDate: String?
  var properties: [TranslationUnit.Property]?
  var notes: [String]?
  var sourceCodes: [InlineCode]?
  var targetCodes: [InlineCode]?
  var attributes: [String: String]?
  var sourceDetails: TranslationUnit.VariantDetails?
  var targetDetails: TranslationUnit.VariantDetails?

  init(_ unit: TranslationUnit) {
    id = unit.id
    sourceLanguage = LanguageTag.normalized(unit.sourceLanguage)
    targetLanguage = LanguageTag.normalized(unit.targetLanguage)
    source = unit.source
    target = unit.target
    creationDate = unit.creationDate.map(Self.format)
    changeDate = unit.changeDate.map(Self.format)
    properties = unit.properties.isEmpty ? nil : unit.properties
    notes = unit.notes.isEmpty ? nil : unit.notes
    sourceCodes = unit.sourceCodes.isEmpty ? nil : unit.sourceCodes
    targetCodes = unit.targetCodes.isEmpty ? nil : unit.targetCodes
    attributes = unit.attributes.isEmpty ? nil : unit.attributes
    sourceDetails = unit.sourceDetails.isEmpty ? nil : unit.sourceDetails
    targetDetails = unit.targetDetails.isEmpty ? nil : unit.targetDetails
  }

  /// "2024-05-01T12:00:00Z"
  static func format(_ date: Date) -> String {
    var s = Array(TMXDate.format(date))
    s.insert(":", at: 13)
    s.insert(":", at: 11)
    s.insert("-", at: 6)
    s.insert("-", at: 4)
    return String(s)
  }

  static func parse(_ string: String) -> Date? {
    guard string.utf8.count == 20 else { return nil }
    return TMXDate.parse(String(string.filter { $0 != "-" && $0 != ":" }))
  }
}
