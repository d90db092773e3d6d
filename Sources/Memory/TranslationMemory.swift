import Foundation
import GRDB
import Segmentation

/// A translation memory in one SQLite file: import, deduplication, exact,
/// fuzzy and concordance lookups, export.
///
/// The file is in WAL mode, so lookups keep answering while an import
/// writes; an import is one transaction, so one that fails or is killed
/// leaves the memory as it was. For example:
///
/// ```swift
/// let memory = try TranslationMemory(path: "memory.sqlite")
/// try memory.importUnits(units, document: "handbook.tmx")
/// let matches = try memory.lookup(LookupQuery("Der Vertrag wurde unterzeichnet.",
///                                             sourceLanguage: "de", targetLanguage: "en"))
/// ```
///
/// ## Topics
/// - ``importUnits(document:progress:next:)``
/// - ``importUnits(_:document:progress:)``
/// - ``lookup(_:scorer:)``
/// - ``search(_:)``
/// - ``forEachUnit(sourceLanguage:targetLanguage:_:)``
/// - ``statistics()``
public final class TranslationMemory: Sendable {
  let pool: DatabasePool
  /// The database file, for messages.
  public let path: String

  /// Opens the memory at `path`, creating it (but not its directory) if needed,
  /// and brings its schema up to date.
  ///
  /// - Throws: ``MemoryError/cannotOpen(path:reason:)``.
  public init(path: String) throws {
    self.path = path
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)  // a second import waits for the first
    configuration.prepareDatabase { db in
      // Commits survive a crash of the process; only a power loss may lose the last ones.
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      try db.execute(sql: "PRAGMA cache_size = -65536")  // 64 MiB per connection
    }
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
      // Migrate only when needed: migrating takes the write lock, which a
      // running import holds, and lookups must not wait for it.
      let migrator = DatabaseMigrator.translationMemory
      if try !pool.read({ try migrator.hasCompletedMigrations($0) }) {
        try migrator.migrate(pool)
      }
    } catch let error as DatabaseError {
      throw MemoryError.cannotOpen(path: path, reason: error.message ?? "SQLite error \(error.resultCode.rawValue)")
    }
  }

  /// Runs `body`, turning SQLite errors into ``MemoryError/database(operation:path:underlying:)``.
  func wrap<T>(_ operation: String, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as DatabaseError {
      throw MemoryError.database(operation: operation, path: path, underlying: error)
    }
  }

  /// Counts for `tandem tm stats`.
  public func statistics() throws -> MemoryStatistics {
    try wrap("stats") {
      try pool.read { db in
        let units = try Int.fetchOne(db, sql: "SELECT count(*) FROM unit") ?? 0
        let pairs = try Row.fetchAll(
          db,
          sql: "SELECT sourceLang, targetLang, count(*) AS n FROM unit GROUP BY sourceLang, targetLang ORDER BY n DESC"
        ).map { MemoryStatistics.LanguagePair(source: $0[0], target: $0[1], units: $0[2]) }
        let documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0
        let terms =
          try Int.fetchOne(
            db, sql: "SELECT count(*) FROM (SELECT DISTINCT side, lang, term FROM posting)") ?? 0
        var bytes: Int64 = 0
        for suffix in ["", "-wal"] {
          let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
          bytes += (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        }
        return MemoryStatistics(
          units: units, pairs: pairs, documents: documents, indexedTerms: terms, bytesOnDisk: bytes)
      }
    }
  }

  /// The primary language subtags of the stored sources and targets.
  public func languages() throws -> (sources: [String], targets: [String]) {
    try wrap("lookup") {
      let indexed = try pool.read { try Self.indexedLanguages($0) }
      return (indexed.filter { $0.0 == 0 }.map(\.1), indexed.filter { $0.0 == 1 }.map(\.1))
    }
  }

  /// The (side, language) pairs of the stored units, primary subtags: a read of the small
  /// `language_pair` table that imports keep, not a walk through the index.
  static func indexedLanguages(_ db: Database) throws -> [(UInt8, String)] {
    var sources = Set<String>()
    var targets = Set<String>()
    for row in try Row.fetchAll(db, sql: "SELECT sourceLang, targetLang FROM language_pair WHERE units > 0") {
      sources.insert(LanguageSubtag.primary(of: row[0]))
      targets.insert(LanguageSubtag.primary(of: row[1]))
    }
    return sources.sorted().map { (0, $0) } + targets.sorted().map { (1, $0) }
  }
}
