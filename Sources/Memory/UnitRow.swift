import Exchange
import Foundation
import GRDB

/// A row of the `unit` table joined with its document's name.
struct UnitRow {
  static let select = """
    SELECT unit.id, sourceLang, targetLang, source, target, sourceNormalized, tokenCount, contextKey,
           document.name, tuid, created, changed, confidence, details, sourceScoring
    FROM unit LEFT JOIN document ON document.id = unit.documentId
    """

  var id: Int64
  var sourceLang: String
  var targetLang: String
  var source: String
  var target: String
  var normalizedSource: String
  var tokenCount: Int
  var contextKey: Int64?
  var document: String?
  var tuid: String?
  var created: Int64
  var changed: Int64
  var confidence: Double?
  var details: String?
  /// What the fuzzy scorer compares: the normalized source, with inline codes as tags (see ``ScoringText``).
  var scoringSource: String

  /// - Throws: `RowDecodingError` when a value has the wrong type (a damaged memory).
  init(_ row: Row) throws {
    id = try row.decode(atIndex: 0)
    sourceLang = try row.decode(atIndex: 1)
    targetLang = try row.decode(atIndex: 2)
    source = try row.decode(atIndex: 3)
    target = try row.decode(atIndex: 4)
    normalizedSource = try row.decode(String?.self, atIndex: 5) ?? source
    tokenCount = try row.decode(atIndex: 6)
    contextKey = try row.decode(atIndex: 7)
    document = try row.decode(atIndex: 8)
    tuid = try row.decode(atIndex: 9)
    created = try row.decode(atIndex: 10)
    changed = try row.decode(atIndex: 11)
    confidence = try row.decode(atIndex: 12)
    details = try row.decode(atIndex: 13)
    scoringSource = try row.decode(String?.self, atIndex: 14) ?? normalizedSource
  }

  var stored: StoredUnit {
    var properties: [TranslationUnit.Property] = []
    if let document { properties.append(.init(type: "x-document", value: document)) }
    if let confidence { properties.append(.init(type: "x-confidence", value: String(confidence))) }
    var unit = TranslationUnit(
      id: tuid, sourceLanguage: sourceLang, targetLanguage: targetLang, source: source, target: target,
      creationDate: Date(timeIntervalSince1970: TimeInterval(created)),
      changeDate: Date(timeIntervalSince1970: TimeInterval(changed)), properties: properties)
    UnitDetails.decode(details)?.apply(to: &unit)
    return StoredUnit(id: id, unit: unit)
  }
}
