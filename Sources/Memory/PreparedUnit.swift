import Exchange
import Foundation
import Segmentation

/// A unit ready to be stored: normalized, keyed, its words extracted.
/// Everything an import computes that needs no database.
struct PreparedUnit: Sendable {
  var unit: TranslationUnit
  var source: String
  var target: String
  var sourceLang: String
  var targetLang: String
  var sourceKey: Int64
  var pairKey: Int64
  var contextKey: Int64?
  var tokenCount: Int
  var document: String?
  var created: Int64
  var changed: Int64
  var confidence: Double?
  /// ``UnitDetails`` as JSON, nil when there are none.
  var details: String?
  /// See ``ScoringText``.
  var scoringSource: String?
  /// The distinct words and numbers of each side, numbered by a ``Vocabulary``
  /// (which sets them): `sourceTerms` in its table `sourceTable`, and so on.
  var sourceTable = 0
  var sourceTerms: [Int32] = []
  var targetTable = 0
  var targetTerms: [Int32] = []
}

extension PreparedUnit {
  /// Prepares `unit`, the `number`th of its import (for messages).
  ///
  /// `contextKey` is set only from an `x-context-pre` or `prev` property;
  /// ``withContext(after:)`` falls back to the unit before it.
  init(_ unit: TranslationUnit, number: Int, document defaultDocument: String?, now: Int64) throws {
    guard !unit.sourceLanguage.isEmpty, !unit.targetLanguage.isEmpty else {
      throw MemoryError.missingLanguage(unit: number)
    }
    let source = SegmentText.normalized(unit.source)
    let target = SegmentText.normalized(unit.target)
    let sourceLang = LanguageSubtag.primary(of: unit.sourceLanguage)
    let targetLang = LanguageSubtag.primary(of: unit.targetLanguage)
    let created = unit.creationDate.map { Int64($0.timeIntervalSince1970) } ?? now
    let scoringSource = ScoringText.make(unit.source, codes: unit.sourceCodes)  // offsets are into the raw text
    self.init(
      unit: unit, source: source, target: target, sourceLang: sourceLang, targetLang: targetLang,
      sourceKey: SegmentText.key(sourceLang, source),
      // Full tags: en-GB and en-US translations of one source are two units.
      pairKey: SegmentText.key(
        LanguageTag.normalized(unit.sourceLanguage), LanguageTag.normalized(unit.targetLanguage), source, target),
      contextKey: (unit.property("x-context-pre") ?? unit.property("prev")).map {
        SegmentText.key(sourceLang, SegmentText.normalized($0))
      },
      tokenCount: Tokenizer.count(source), document: unit.property("x-document") ?? defaultDocument,
      created: created, changed: unit.changeDate.map { Int64($0.timeIntervalSince1970) } ?? created,
      confidence: unit.property("x-confidence").flatMap(Double.init),
      details: UnitDetails(unit).json, scoringSource: scoringSource)
  }

  /// This unit with the unit before it in the input as its context, unless it
  /// has one already or they come from different documents or languages.
  func withContext(after previous: PreparedUnit?) -> PreparedUnit {
    guard contextKey == nil, let previous, previous.document == document, previous.sourceLang == sourceLang
    else { return self }
    var unit = self
    unit.contextKey = previous.sourceKey
    return unit
  }
}
