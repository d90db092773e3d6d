import Exchange
import GRDB
import Segmentation

extension TranslationMemory {
  /// Calls `body` with every stored unit, in the order they were added,
  /// optionally only those of one language pair (primary subtags compared).
  ///
  /// Reads through a cursor inside one read transaction: memory use does not
  /// grow with the store, and a concurrent import is not seen half-done.
  public func forEachUnit(
    sourceLanguage: String? = nil, targetLanguage: String? = nil,
    _ body: (StoredUnit) throws -> Void
  ) throws {
    let source = sourceLanguage.map { LanguageSubtag.primary(of: $0) }
    let target = targetLanguage.map { LanguageSubtag.primary(of: $0) }
    try wrap("export") {
      try pool.read { db in
        let rows = try Row.fetchCursor(db, sql: "\(UnitRow.select) ORDER BY unit.id")
        while let row = try rows.next() {
          let unit = UnitRow(row)
          if let source, LanguageSubtag.primary(of: unit.sourceLang) != source { continue }
          if let target, LanguageSubtag.primary(of: unit.targetLang) != target { continue }
          try body(unit.stored)
        }
      }
    }
  }
}
