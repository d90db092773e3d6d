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

  init(_ row: Row) {
    id = row[0]
    sourceLang = row[1]
    targetLang = row[2]
    source = row[3]
    target = row[4]
    normalizedSource = row[5] ?? source
    tokenCount = row[6]
    contextKey = row[7]
    document = row[8]
    tuid = row[9]
    created = row[10]
    changed = row[11]
    confidence = row[12]
    details = row[13]
    scoringSource = row[14] ?? normalizedSource
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
