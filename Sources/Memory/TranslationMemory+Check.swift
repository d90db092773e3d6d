import GRDB

extension TranslationMemory {
  /// What ``check()`` found: SQLite's own integrity check, then the values Tandem reads
  /// in every table with the type it expects (a file edited by hand or by another tool,
  /// or overwritten in places, shows here before a lookup trips over it).
  public struct CheckReport: Sendable, Equatable {
    /// One line per problem; empty when the memory is sound.
    public var problems: [String]
    public var isSound: Bool { problems.isEmpty }
  }

  /// Checks the whole file; reads only. A file too damaged to read through is a report
  /// with SQLite's reason, not an error.
  public func check() throws -> CheckReport {
    do {
      return try checkTables()
    } catch let MemoryError.database(_, _, underlying) where underlying.isDamage {
      return CheckReport(problems: ["SQLite: \(underlying.message ?? "database disk image is malformed")"])
    }
  }

  private func checkTables() throws -> CheckReport {
    try wrap("check") {
      try pool.read { db in
        var problems: [String] = []
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
        if integrity != ["ok"] { problems += integrity.map { "SQLite: \($0)" } }
        for (table, condition) in Self.expectedTypes {
          let bad = try Row.fetchOne(
            db, sql: "SELECT count(*), min(rowid), max(rowid) FROM \(table) WHERE NOT (\(condition))")
          guard let bad, let count: Int = try bad.decode(atIndex: 0), count > 0 else { continue }
          let first: Int64? = try bad.decode(atIndex: 1), last: Int64? = try bad.decode(atIndex: 2)
          let range = first.map { first in last.map { $0 == first ? " (row \(first))" : " (rows \(first)–\($0))" } ?? "" } ?? ""
          problems.append("\(table): \(count) rows with a value of the wrong type\(range)")
        }
        for (table, condition) in Self.expectedTypesWithoutRowID {
          let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE NOT (\(condition))") ?? 0
          if count > 0 { problems.append("\(table): \(count) rows with a value of the wrong type") }
        }
        return CheckReport(problems: problems)
      }
    }
  }

  /// Per table, what every row must satisfy (the column types the readers decode).
  private static let expectedTypes: [(String, String)] = [
    ("unit", """
      typeof(id) = 'integer' AND typeof(sourceLang) = 'text' AND typeof(targetLang) = 'text'
      AND typeof(source) = 'text' AND typeof(target) = 'text'
      AND typeof(sourceNormalized) IN ('text', 'null') AND typeof(targetNormalized) IN ('text', 'null')
      AND typeof(sourceKey) = 'integer' AND typeof(pairKey) = 'integer' AND typeof(contextKey) IN ('integer', 'null')
      AND typeof(tokenCount) = 'integer' AND typeof(documentId) IN ('integer', 'null') AND typeof(tuid) IN ('text', 'null')
      AND typeof(created) = 'integer' AND typeof(changed) = 'integer' AND typeof(confidence) IN ('real', 'integer', 'null')
      AND typeof(details) IN ('text', 'null') AND typeof(sourceScoring) IN ('text', 'null')
      """),
    ("document", "typeof(id) = 'integer' AND typeof(name) = 'text' AND typeof(header) IN ('text', 'null')"),
    ("unit_length", "typeof(chunk) = 'integer' AND typeof(lengths) = 'blob' AND length(lengths) = 8192"),
  ]
  /// Tables without a rowid to name the rows by.
  private static let expectedTypesWithoutRowID: [(String, String)] = [
    ("posting", """
      typeof(side) = 'integer' AND typeof(lang) = 'text' AND typeof(term) = 'text'
      AND typeof(chunk) = 'integer' AND typeof(count) = 'integer' AND typeof(ids) = 'blob'
      """),
    ("language_pair", "typeof(sourceLang) = 'text' AND typeof(targetLang) = 'text' AND typeof(units) = 'integer'"),
  ]
}
