import Foundation
import GRDB
import Synchronization
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
  /// How a command uses the memory.
  public enum Access: Sendable {
    /// Import and add: the file is created if needed and its schema brought up to date.
    case readWrite
    /// Lookup, search, export, stats: nothing is written, so a memory the user may only
    /// read (another user's, a shared copy, a read-only mount) still answers.
    case readOnly
  }

  let pool: any DatabaseWriter
  /// The database file, for messages.
  public let path: String

  /// Opens the memory at `path`. With `.readWrite` it is created (but not its directory)
  /// if needed and its schema brought up to date; with `.readOnly` it must exist and be
  /// up to date, and is never written.
  ///
  /// Writers queue: a second import waits for the one that holds the write lock (lookups
  /// never wait, the file is in WAL mode), calling `whenWaiting` once, when it starts to wait.
  ///
  /// - Throws: ``MemoryError/cannotOpen(path:reason:)``, ``MemoryError/needsUpgrade(path:)``.
  public init(path: String, access: Access = .readWrite, whenWaiting: (@Sendable () -> Void)? = nil) throws {
    self.path = path
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

  /// Runs `body`, turning SQLite errors into ``MemoryError/database(operation:path:underlying:)``
  /// and values of the wrong type (a damaged file) into ``MemoryError/damaged(operation:path:reason:)``.
  func wrap<T>(_ operation: String, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as DatabaseError {
      throw MemoryError.database(operation: operation, path: path, underlying: error)
    } catch let error as RowDecodingError {
      throw MemoryError.damaged(operation: operation, path: path, reason: String(describing: error))
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
        ).map {
          MemoryStatistics.LanguagePair(
            source: try $0.decode(atIndex: 0), target: try $0.decode(atIndex: 1), units: try $0.decode(atIndex: 2))
        }
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
      sources.insert(LanguageSubtag.primary(of: try row.decode(atIndex: 0)))
      targets.insert(LanguageSubtag.primary(of: try row.decode(atIndex: 1)))
    }
    return sources.sorted().map { (0, $0) } + targets.sorted().map { (1, $0) }
  }
}

/// Calls its closure the first time only: SQLite asks the busy handler again for every
/// statement that meets the lock, and the user needs to hear it once.
private final class WaitNotice: Sendable {
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
