import Foundation
import GRDB

/// An error of the translation-memory store.
public enum MemoryError: Error, Sendable {
  /// The store file could not be opened or is not a Tandem memory.
  case cannotOpen(path: String, reason: String)
  /// A read-only command met a memory written by an older Tandem, whose schema it may not upgrade.
  case needsUpgrade(path: String)
  /// SQLite failed during `operation` ("import", "lookup", ...).
  case database(operation: String, path: String, underlying: DatabaseError)
  /// A stored value has the wrong type: the file was changed by something other than Tandem.
  case damaged(operation: String, path: String, reason: String)
  /// `--stem` was asked for a language that Snowball has no stemmer for.
  case noStemmer(language: String)
  /// A unit to import has an empty language tag.
  case missingLanguage(unit: Int)
  /// The PostgreSQL server could not be reached or refused the connection; `advice` says what to do.
  case cannotConnect(location: String, reason: String, advice: String)
  /// A read-only command met a PostgreSQL database that holds no Tandem memory yet.
  case noMemory(location: String)
  /// `tandem tm copy` was asked to copy a memory into itself.
  case copyToItself(path: String)
  /// PostgreSQL failed during `operation`; `sqlState` is its error code when it sent one.
  case postgres(operation: String, location: String, message: String, sqlState: String?)
}

extension MemoryError: CustomStringConvertible {
  public var description: String {
    switch self {
    case let .cannotOpen(path, reason):
      "\(path): cannot open the translation memory: \(reason). Check the path, or pass another with --tm."
    case let .needsUpgrade(path):
      "\(path): the memory was written by an older Tandem and needs an upgrade, which a read-only command does "
        + "not do. Run 'tandem tm migrate --tm \(path)' once with write access, or ask its owner to."
    case let .database(operation, path, underlying):
      "\(path): \(operation) failed: SQLite error \(underlying.resultCode.rawValue): \(underlying.message ?? "unknown")."
        + (operation == "import" ? " Nothing of this import was stored." : "")
        + (underlying.isDamage
          ? " The file is damaged: run 'tandem tm check --tm \(path)', export what is readable, or restore a backup."
          : operation == "import" ? "" : " Check that the file is a Tandem memory.")
    case let .damaged(operation, path, reason):
      "\(path): \(operation) failed: the memory is damaged (\(reason.prefix(300))). Run 'tandem tm check --tm \(path)' "
        + "to see how far, and export what is readable into a new memory, or restore a backup."
    case let .noStemmer(language):
      "no Snowball stemmer for language '\(language)'. Search without --stem."
    case let .missingLanguage(unit):
      "unit \(unit) has no source or target language. Pass --source-lang and --target-lang."
    case let .cannotConnect(location, reason, advice):
      "\(location): cannot connect to PostgreSQL: \(reason.replacingOccurrences(of: "\n", with: " ")). \(advice)"
    case let .noMemory(location):
      "\(location): this database holds no translation memory yet. Import into it first (tandem tm import --tm URL), "
        + "or create its tables with 'tandem tm migrate --tm URL'."
    case let .copyToItself(path):
      "\(path): cannot copy a memory into itself. Name another memory to copy into."
    case let .postgres(operation, location, message, sqlState):
      "\(location): \(operation) failed: PostgreSQL\(sqlState.map { " error \($0)" } ?? ""): "
        + message.replacingOccurrences(of: "\n", with: " ")
        + (operation == "import" ? " Nothing of this import was stored." : "")
        + Self.advice(sqlState: sqlState)
    }
  }

  /// What to do about a PostgreSQL error, by its SQLSTATE class.
  private static func advice(sqlState: String?) -> String {
    guard let sqlState else { return " Check that the server still runs and the connection is not cut." }
    switch sqlState {
    case "42501": return " The role lacks a privilege on the memory's tables: ask the database owner to grant it."
    case "42P01", "42703": return " The tables are not a Tandem memory of this version: run 'tandem tm migrate --tm URL'."
    case "53100": return " The server's disk is full: free space there, then run the command again."
    case let state where state.hasPrefix("08") || state.hasPrefix("57"):
      return " The connection was lost or the server shut down: run the command again once it is back."
    default: return ""
    }
  }
}

extension DatabaseError {
  /// The file itself is broken (overwritten pages, not a database), not the request.
  var isDamage: Bool { resultCode == .SQLITE_CORRUPT || resultCode == .SQLITE_NOTADB }
}
