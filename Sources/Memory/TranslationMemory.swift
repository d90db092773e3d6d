import Foundation
import Segmentation

/// A translation memory in one SQLite file or a PostgreSQL database: import,
/// deduplication, exact, fuzzy and concordance lookups, export.
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

  let storage: any MemoryStorage
  /// Where the memory is, for messages: the database file, or the PostgreSQL URL without its password.
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
    storage = try SQLiteStorage(path: path, access: access, whenWaiting: whenWaiting)
    self.path = path
  }

  /// Opens the team memory in the PostgreSQL database at `url` (`postgresql://user@host:port/db`).
  /// With `.readWrite` its tables are created or brought up to date (see ``PostgresSchema``);
  /// with `.readOnly` they must be up to date.
  ///
  /// Imports take turns (an advisory lock), calling `whenWaiting` once when one has to wait;
  /// lookups never wait.
  ///
  /// - Throws: ``MemoryError/cannotConnect(location:reason:advice:)``, ``MemoryError/needsUpgrade(path:)``,
  ///   ``MemoryError/postgres(operation:location:message:sqlState:)``.
  public init(postgres url: String, access: Access = .readWrite, whenWaiting: (@Sendable () -> Void)? = nil) throws {
    let storage = try PostgresStorage(url: url, access: access, whenWaiting: whenWaiting)
    self.storage = storage
    path = storage.location
  }

  /// Whether `location` names a PostgreSQL database (a `postgresql://` or `postgres://` URL)
  /// rather than a file.
  public static func isPostgresURL(_ location: String) -> Bool {
    location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
  }

  /// The schema migrations applied to the memory, oldest first (`tandem tm migrate`).
  /// Opening it to write applies the missing ones.
  public func appliedMigrations() throws -> [String] { try storage.appliedMigrations() }

  /// Counts for `tandem tm stats`.
  public func statistics() throws -> MemoryStatistics {
    let (counts, pairs) = try storage.read("stats") { reader in (try reader.counts(), try reader.languagePairs()) }
    return MemoryStatistics(
      units: counts.units,
      pairs: pairs.map { MemoryStatistics.LanguagePair(source: $0.source, target: $0.target, units: $0.units) },
      documents: counts.documents, indexedTerms: counts.terms, bytesOnDisk: try storage.bytesOnDisk())
  }

  /// The primary language subtags of the stored sources and targets.
  public func languages() throws -> (sources: [String], targets: [String]) {
    try storage.read("lookup") { try $0.primaryLanguages() }
  }
}

extension MemoryReader {
  /// The primary language subtags of the stored sources and of the stored targets, each sorted.
  func primaryLanguages() throws -> (sources: [String], targets: [String]) {
    let pairs = try languagePairs()
    return (
      Set(pairs.map { LanguageSubtag.primary(of: $0.source) }).sorted(),
      Set(pairs.map { LanguageSubtag.primary(of: $0.target) }).sorted()
    )
  }
}
