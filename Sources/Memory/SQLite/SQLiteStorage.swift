import Exchange
import Foundation
import GRDB
import Synchronization

/// A memory in one SQLite file, in WAL mode: lookups keep answering while an import
/// writes, and a second writer waits for the first (SQLite's write lock).
final class SQLiteStorage: MemoryStorage {
  let pool: any DatabaseWriter
  let location: String

  /// Opens the file at `path`; see ``TranslationMemory/init(path:access:whenWaiting:)``.
  init(path: String, access: TranslationMemory.Access, whenWaiting: (@Sendable () -> Void)?) throws {
    location = path
    var configuration = Configuration()
    let waiting = WaitNotice(whenWaiting)
    configuration.busyMode = .callback { tries in
      if tries == 0 { waiting.notify() }
      usleep(20_000)
      return true  // wait as long as the other writer takes; Ctrl-C ends the wait
    }
    configuration.readonly = access == .readOnly
    configuration.prepareDatabase { db in
      if access == .readWrite {
        // Commits survive a crash of the process; only a power loss may lose the last ones.
        try db.execute(sql: "PRAGMA synchronous = NORMAL")
      }
      try db.execute(sql: "PRAGMA cache_size = -65536")  // 64 MiB per connection
    }
    let migrator = DatabaseMigrator.translationMemory
    do {
      switch access {
      case .readWrite:
        pool = try DatabasePool(path: path, configuration: configuration)
        // Migrate only when needed: migrating takes the write lock, which a
        // running import holds, and lookups must not wait for it.
        if try !pool.read({ try migrator.hasCompletedMigrations($0) }) {
          try migrator.migrate(pool)
        }
      case .readOnly:
        pool = try Self.openReadOnly(path: path, configuration: configuration)
        guard try pool.read({ try migrator.hasCompletedMigrations($0) }) else {
          throw MemoryError.needsUpgrade(path: path)
        }
      }
    } catch let error as DatabaseError {
      throw MemoryError.cannotOpen(path: path, reason: error.message ?? "SQLite error \(error.resultCode.rawValue)")
    }
  }

  /// One read-only connection. A reader of a WAL database needs its `-shm` file, which
  /// SQLite creates beside the database: a user without write access to the directory
  /// cannot. When no `-wal` file holds uncheckpointed commits (the memory was closed
  /// cleanly), the file alone is the whole memory and is opened as immutable instead.
  private static func openReadOnly(path: String, configuration: Configuration) throws -> DatabaseQueue {
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      _ = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
      return queue
    } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN {
      guard !FileManager.default.fileExists(atPath: path + "-wal"),
        let escaped = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)
      else { throw error }
      return try DatabaseQueue(path: "file:\(escaped)?immutable=1", configuration: configuration)
    }
  }

  func read<T>(_ operation: String, _ body: (any MemoryReader) throws -> T) throws -> T {
    try wrap(operation) { try pool.read { db in try body(SQLiteReader(db)) } }
  }

  func write<T>(_ operation: String, _ body: (any MemoryWriter) throws -> T) throws -> T {
    try wrap(operation) { try pool.write { db in try body(try SQLiteWriter(db)) } }
  }

  func appliedMigrations() throws -> [String] {
    try wrap("migrate") { try pool.read { try DatabaseMigrator.translationMemory.appliedMigrations($0) } }
  }

  func bytesOnDisk() throws -> Int64 {
    var bytes: Int64 = 0
    for suffix in ["", "-wal"] {
      let attributes = try? FileManager.default.attributesOfItem(atPath: location + suffix)
      bytes += (attributes?[.size] as? NSNumber)?.int64Value ?? 0
    }
    return bytes
  }

  /// Turns SQLite errors into ``MemoryError/database(operation:path:underlying:)`` and values
  /// of the wrong type (a damaged file) into ``MemoryError/damaged(operation:path:reason:)``.
  private func wrap<T>(_ operation: String, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as DatabaseError {
      throw MemoryError.database(operation: operation, path: location, underlying: error)
    } catch let error as RowDecodingError {
      throw MemoryError.damaged(operation: operation, path: location, reason: String(describing: error))
    }
  }

  /// SQLite's own integrity check, then the values Tandem reads in every table with the
  /// type it expects. A file too damaged to read through is a report with SQLite's reason.
  func check() throws -> [String] {
    do {
      return try wrap("check") { try pool.read { db in try Self.problems(db) } }
    } catch let MemoryError.database(_, _, underlying) where underlying.isDamage {
      return ["SQLite: \(underlying.message ?? "database disk image is malformed")"]
    }
  }

  private static func problems(_ db: Database) throws -> [String] {
    var problems: [String] = []
    let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
    if integrity != ["ok"] { problems += integrity.map { "SQLite: \($0)" } }
    for (table, condition) in expectedTypes {
      let bad = try Row.fetchOne(
        db, sql: "SELECT count(*), min(rowid), max(rowid) FROM \(table) WHERE NOT (\(condition))")
      guard let bad, let count: Int = try bad.decode(atIndex: 0), count > 0 else { continue }
      let first: Int64? = try bad.decode(atIndex: 1), last: Int64? = try bad.decode(atIndex: 2)
      let range = first.map { first in last.map { $0 == first ? " (row \(first))" : " (rows \(first)–\($0))" } ?? "" } ?? ""
      problems.append("\(table): \(count) rows with a value of the wrong type\(range)")
    }
    for (table, condition) in expectedTypesWithoutRowID {
      let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE NOT (\(condition))") ?? 0
      if count > 0 { problems.append("\(table): \(count) rows with a value of the wrong type") }
    }
    return problems
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

/// The reads of ``MemoryReader`` on one SQLite connection, with cached statements.
struct SQLiteReader: MemoryReader {
  let db: Database

  init(_ db: Database) { self.db = db }

  func unitIDs(sourceKey key: Int64) throws -> [Int64] {
    try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM unit WHERE sourceKey = ?"), arguments: [key])
  }

  func postingCount(side: UInt8, lang: String, term: String) throws -> Int {
    try Int.fetchOne(
      db.cachedStatement(sql: "SELECT sum(count) FROM posting WHERE side = ? AND lang = ? AND term = ?"),
      arguments: [side, lang, term]) ?? 0
  }

  func appendPostings(side: UInt8, lang: String, term: String, to ids: inout [Int64]) throws {
    let statement = try db.cachedStatement(
      sql: "SELECT ids FROM posting WHERE side = ? AND lang = ? AND term = ? ORDER BY chunk")
    let rows = try Row.fetchCursor(statement, arguments: [side, lang, term])
    while let row = try rows.next() {
      try row.withUnsafeData(atIndex: 0) { data in
        data?.withUnsafeBytes { PostingList.decode($0, into: &ids) }
      }
    }
  }

  func terms(side: UInt8, lang: String, from lower: String, below upper: String) throws -> [String] {
    try String.fetchAll(
      db.cachedStatement(sql: "SELECT DISTINCT term FROM posting WHERE side = ? AND lang = ? AND term >= ? AND term < ?"),
      arguments: [side, lang, lower, upper])
  }

  func unit(id: Int64) throws -> UnitRow? {
    try Row.fetchOne(db.cachedStatement(sql: "\(UnitRow.select) WHERE unit.id = ?"), arguments: [id]).map(UnitRow.init)
  }

  func forEachUnit(_ body: (UnitRow) throws -> Void) throws {
    let rows = try Row.fetchCursor(db, sql: "\(UnitRow.select) ORDER BY unit.id")
    while let row = try rows.next() { try body(try UnitRow(row)) }
  }

  func unitLengths(chunk: Int64) throws -> [UInt8]? {
    try Data.fetchOne(db.cachedStatement(sql: "SELECT lengths FROM unit_length WHERE chunk = ?"), arguments: [chunk])
      .map { [UInt8]($0) }
  }

  func languagePairs() throws -> [(source: String, target: String, units: Int)] {
    try Row.fetchAll(
      db, sql: "SELECT sourceLang, targetLang, units FROM language_pair WHERE units > 0 ORDER BY units DESC, sourceLang, targetLang"
    ).map { (try $0.decode(atIndex: 0), try $0.decode(atIndex: 1), try $0.decode(atIndex: 2)) }
  }

  func forEachDocumentHeader(_ body: (String, String, String?, String?) throws -> Void) throws {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT name, header, (SELECT sourceLang FROM unit WHERE documentId = document.id LIMIT 1),
               (SELECT targetLang FROM unit WHERE documentId = document.id LIMIT 1)
        FROM document WHERE header IS NOT NULL ORDER BY id
        """)
    while let row = try rows.next() {
      try body(try row.decode(atIndex: 0), try row.decode(atIndex: 1), try row.decode(atIndex: 2), try row.decode(atIndex: 3))
    }
  }

  func counts() throws -> (units: Int, documents: Int, terms: Int) {
    (
      try Int.fetchOne(db, sql: "SELECT count(*) FROM unit") ?? 0,
      try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
      try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT DISTINCT side, lang, term FROM posting)") ?? 0
    )
  }
}

/// The writes of ``MemoryWriter`` on one SQLite connection.
///
/// Into an empty memory (the bulk case) it imports without the `unit` table's secondary
/// indexes: it drops them and creates them again in ``finish()``, which sorts once instead
/// of updating two B-trees at random places for every unit. All of this is inside the
/// import's transaction, so a failed or killed import leaves the indexes as they were.
final class SQLiteWriter: MemoryWriter {
  let db: Database
  private var insertUnit: RawStatement?
  private let insertPosting: RawStatement
  private var droppedIndexes: [String] = []

  init(_ db: Database) throws {
    self.db = db
    insertPosting = try RawStatement(
      db, sql: "INSERT INTO posting (side, lang, term, chunk, count, ids) VALUES (?, ?, ?, ?, ?, ?)")
  }

  func isEmpty() throws -> Bool { try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM unit)") != true }

  func beginBulkImport() throws {
    droppedIndexes = try Row.fetchAll(
      db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'unit' AND sql IS NOT NULL"
    ).map { row in
      let name: String = try row.decode(atIndex: 0)
      try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
      return try row.decode(atIndex: 1)
    }
  }

  func willInsert(_ units: [PreparedUnit]) throws {}

  func insert(_ unit: PreparedUnit, documentID: Int64?) throws -> InsertOutcome {
    let insert = try insertUnit ?? makeInsert()
    insert.bind(1, unit.unit.sourceLanguage)
    insert.bind(2, unit.unit.targetLanguage)
    insert.bind(3, unit.unit.source)
    insert.bind(4, unit.unit.target)
    insert.bind(5, unit.source == unit.unit.source ? nil : unit.source)
    insert.bind(6, unit.target == unit.unit.target ? nil : unit.target)
    insert.bind(7, unit.sourceKey)
    insert.bind(8, unit.pairKey)
    insert.bind(9, unit.contextKey)
    insert.bind(10, Int64(unit.tokenCount))
    insert.bind(11, documentID)
    insert.bind(12, unit.unit.id)
    insert.bind(13, unit.created)
    insert.bind(14, unit.changed)
    insert.bind(15, unit.confidence)
    insert.bind(16, unit.details)
    insert.bind(17, unit.scoringSource)
    try insert.run()
    return insert.changes == 1 ? .added(insert.lastInsertedRowID) : .present(nil)
  }

  /// Without the pair-key index (dropped for a bulk import) the insert cannot meet a conflict.
  private func makeInsert() throws -> RawStatement {
    let statement = try RawStatement(
      db,
      sql: """
        INSERT INTO unit (sourceLang, targetLang, source, target, sourceNormalized, targetNormalized,
                          sourceKey, pairKey, contextKey, tokenCount, documentId, tuid, created, changed, confidence,
                          details, sourceScoring)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """ + (droppedIndexes.isEmpty ? " ON CONFLICT(pairKey) DO NOTHING" : ""))
    insertUnit = statement
    return statement
  }

  func merge(_ unit: PreparedUnit, into id: Int64?) throws {
    let statement = try db.cachedStatement(
      sql: """
        UPDATE unit SET
          created = max(created, ?1),
          changed = max(changed, ?2),
          contextKey = coalesce(contextKey, ?3),
          confidence = coalesce(max(confidence, ?4), confidence, ?4),
          details = coalesce(details, ?6),
          sourceScoring = coalesce(sourceScoring, ?7)
        WHERE 
        """ + (id == nil ? "pairKey = ?5" : "id = ?5"))
    try statement.execute(arguments: [
      unit.created, unit.changed, unit.contextKey, unit.confidence, id ?? unit.pairKey, unit.details,
      unit.scoringSource,
    ])
  }

  func documentID(named name: String) throws -> Int64 {
    try db.execute(sql: "INSERT INTO document (name) VALUES (?) ON CONFLICT(name) DO NOTHING", arguments: [name])
    guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE name = ?", arguments: [name]) else {
      throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "document '\(name)' vanished after its insert")
    }
    return id
  }

  func setDocumentHeader(name: String, json: String) throws {
    try db.execute(
      sql: "INSERT INTO document (name, header) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET header = excluded.header",
      arguments: [name, json])
  }

  func unitLengths(chunk: Int64) throws -> [UInt8]? { try SQLiteReader(db).unitLengths(chunk: chunk) }

  func storeUnitLengths(chunk: Int64, _ lengths: [UInt8]) throws {
    try db.cachedStatement(sql: "INSERT OR REPLACE INTO unit_length (chunk, lengths) VALUES (?, ?)")
      .execute(arguments: [chunk, Data(lengths)])
  }

  func lastPostingChunk(side: UInt8, lang: String, term: String) throws -> (chunk: Int64, count: Int, ids: [UInt8])? {
    let statement = try db.cachedStatement(
      sql: "SELECT chunk, count, ids FROM posting WHERE side = ? AND lang = ? AND term = ? ORDER BY chunk DESC LIMIT 1")
    guard let row = try Row.fetchOne(statement, arguments: [side, lang, term]) else { return nil }
    return (try row.decode(atIndex: 0), try row.decode(atIndex: 1), [UInt8](try row.decode(Data.self, atIndex: 2)))
  }

  func updatePostingChunk(side: UInt8, lang: String, term: String, chunk: Int64, count: Int, ids: [UInt8]) throws {
    try db.cachedStatement(
      sql: "UPDATE posting SET count = ?, ids = ? WHERE side = ? AND lang = ? AND term = ? AND chunk = ?"
    ).execute(arguments: [count, Data(ids), side, lang, term, chunk])
  }

  func insertPostingChunk(
    side: UInt8, lang: String, term: UnsafeBufferPointer<UInt8>, chunk: Int64, count: Int, ids: [UInt8]
  ) throws {
    insertPosting.bind(1, Int64(side))
    insertPosting.bind(2, lang)
    insertPosting.bindText(3, term)
    insertPosting.bind(4, chunk)
    insertPosting.bind(5, Int64(count))
    insertPosting.bind(6, ids)
    try insertPosting.run()
  }

  func endPostings() throws {}

  func addUnits(_ count: Int, toPair source: String, _ target: String) throws {
    try db.cachedStatement(
      sql: """
        INSERT INTO language_pair (sourceLang, targetLang, units) VALUES (?, ?, ?)
        ON CONFLICT(sourceLang, targetLang) DO UPDATE SET units = units + excluded.units
        """
    ).execute(arguments: [source, target, count])
  }

  func finish() throws {
    for sql in droppedIndexes { try db.execute(sql: sql) }
    droppedIndexes = []
  }
}

extension UnitRow {
  /// - Throws: `RowDecodingError` when a value has the wrong type (a damaged memory).
  init(_ row: Row) throws {
    let source: String = try row.decode(atIndex: 3)
    self.init(
      id: try row.decode(atIndex: 0), sourceLang: try row.decode(atIndex: 1), targetLang: try row.decode(atIndex: 2),
      source: source, target: try row.decode(atIndex: 4),
      normalizedSource: try row.decode(String?.self, atIndex: 5), tokenCount: try row.decode(atIndex: 6),
      contextKey: try row.decode(atIndex: 7), document: try row.decode(atIndex: 8), tuid: try row.decode(atIndex: 9),
      created: try row.decode(atIndex: 10), changed: try row.decode(atIndex: 11),
      confidence: try row.decode(atIndex: 12), details: try row.decode(atIndex: 13),
      scoringSource: try row.decode(String?.self, atIndex: 14))
  }
}

/// Calls its closure the first time only: SQLite asks the busy handler again for every
/// statement that meets the lock, and the user needs to hear it once.
final class WaitNotice: Sendable {
  private let notice: (@Sendable () -> Void)?
  private let told = Mutex(false)

  init(_ notice: (@Sendable () -> Void)?) { self.notice = notice }

  func notify() {
    let first = told.withLock { told in
      defer { told = true }
      return !told
    }
    if first { notice?() }
  }
}
