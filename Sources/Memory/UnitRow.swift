import Exchange
import Foundation

/// A row of the `unit` table joined with its document's name, as either storage reads it.
struct UnitRow {
  /// The query both storages read units with (followed by their WHERE or ORDER BY), its columns in field order.
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

  /// The stored columns; `normalizedSource` and `scoringSource` are NULL (nil) when equal to
  /// the source and the normalized source.
  init(
    id: Int64, sourceLang: String, targetLang: String, source: String, target: String, normalizedSource: String?,
    tokenCount: Int, contextKey: Int64?, document: String?, tuid: String?, created: Int64, changed: Int64,
    confidence: Double?, details: String?, scoringSource: String?
  ) {
    self.id = id
    self.sourceLang = sourceLang
    self.targetLang = targetLang
    self.source = source
    self.target = target
    self.normalizedSource = normalizedSource ?? source
    self.tokenCount = tokenCount
    self.contextKey = contextKey
    self.document = document
    self.tuid = tuid
    self.created = created
    self.changed = changed
    self.confidence = confidence
    self.details = details
    self.scoringSource = scoringSource ?? normalizedSource ?? source
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
