import Exchange
import GRDB

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
    let source = sourceLanguage.map(SegmentText.primaryLanguage)
    let target = targetLanguage.map(SegmentText.primaryLanguage)
    try wrap("export") {
      try pool.read { db in
        let rows = try Row.fetchCursor(db, sql: "\(UnitRow.select) ORDER BY unit.id")
        while let row = try rows.next() {
          let unit = UnitRow(row)
          if let source, SegmentText.primaryLanguage(unit.sourceLang) != source { continue }
          if let target, SegmentText.primaryLanguage(unit.targetLang) != target { continue }
          try body(unit.stored)
        }
      }
    }
  }
}
