import Foundation

/// The words and numbers of one import, numbered per (side, language).
///
/// The import's worker thread numbers the terms of each unit while it
/// prepares it (``number(_:)``), so that the storing thread only appends
/// (term number, unit id) pairs; the storing thread reads the terms back
/// when it writes postings (``withTerms(_:)``). Numbers stay fixed for the
/// whole import.
final class Vocabulary: @unchecked Sendable {  // `tables` is only touched with `lock` held
  struct Table {
    var side: UInt8
    var lang: String
    var terms = TermInterner()
    /// The last unit (by its number in the import) that contained each term.
    var lastUnit: [Int] = []
  }

  private let lock = NSLock()
  private var tables: [Table] = []

  /// Numbers the distinct terms of both sides of `units` (the `firstNumber`th unit first).
  func number(_ units: inout [PreparedUnit], firstNumber: Int) {
    lock.lock()
    defer { lock.unlock() }
    // Work on a local copy (moved out, so not copied): no exclusivity checks per term.
    var tables = self.tables
    self.tables = []
    defer { self.tables = tables }
    for k in units.indices {
      let number = firstNumber + k
      let source = Self.table(&tables, side: 0, lang: units[k].sourceLang)
      units[k].sourceTable = source
      units[k].sourceTerms = Self.terms(of: units[k].source, in: &tables[source], unit: number)
      let target = Self.table(&tables, side: 1, lang: units[k].targetLang)
      units[k].targetTable = target
      units[k].targetTerms = Self.terms(of: units[k].target, in: &tables[target], unit: number)
    }
  }

  /// Calls `body` with the tables, while no terms are added.
  func withTables<R>(_ body: ([Table]) throws -> R) rethrows -> R {
    lock.lock()
    defer { lock.unlock() }
    return try body(tables)
  }

  private static func table(_ tables: inout [Table], side: UInt8, lang: String) -> Int {
    var k = 0
    while k < tables.count && (tables[k].side != side || tables[k].lang != lang) { k += 1 }
    if k == tables.count { tables.append(Table(side: side, lang: lang)) }
    return k
  }

  private static func terms(of text: String, in table: inout Table, unit: Int) -> [Int32] {
    var result: [Int32] = []
    Tokenizer.forEachTerm(text) { bytes in
      let term = table.terms.intern(bytes)
      if term == table.lastUnit.count {
        table.lastUnit.append(unit)
      } else {
        guard table.lastUnit[term] != unit else { return }
        table.lastUnit[term] = unit
      }
      result.append(Int32(term))
    }
    return result
  }
}
