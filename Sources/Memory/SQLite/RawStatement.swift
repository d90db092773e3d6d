import GRDB
import GRDBSQLite

/// A prepared GRDB statement bound and run through the SQLite C API.
///
/// An import runs one insert per unit; GRDB's `StatementArguments` (an array
/// of existentials, checked and converted on every call) and its execution
/// bookkeeping cost more than the insert itself. The statement stays owned
/// by GRDB (which finalizes it); this only binds, steps and resets it.
struct RawStatement {
  /// SQLite copies bound text and blobs before `bind` returns.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  let statement: Statement
  private let handle: SQLiteStatement
  private let connection: SQLiteConnection?

  init(_ db: Database, sql: String) throws {
    statement = try db.makeStatement(sql: sql)
    handle = statement.sqliteStatement
    connection = db.sqliteConnection
  }

  func bind(_ index: Int32, _ value: String?) {
    guard var value else {
      sqlite3_bind_null(handle, index)
      return
    }
    value.withUTF8 { bindText(index, $0) }
  }

  /// Binds UTF-8 `bytes` as text.
  func bindText(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else {
      _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)  // a nil pointer would bind NULL
      return
    }
    base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
      _ = sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Self.transient)
    }
  }

  func bind(_ index: Int32, _ value: Int64?) {
    guard let value else {
      sqlite3_bind_null(handle, index)
      return
    }
    sqlite3_bind_int64(handle, index, value)
  }

  func bind(_ index: Int32, _ value: Double?) {
    guard let value else {
      sqlite3_bind_null(handle, index)
      return
    }
    sqlite3_bind_double(handle, index, value)
  }

  func bind(_ index: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { raw in
      if let base = raw.baseAddress {
        _ = sqlite3_bind_blob(handle, index, base, Int32(raw.count), Self.transient)
      } else {
        _ = sqlite3_bind_zeroblob(handle, index, 0)  // a nil pointer would bind NULL
      }
    }
  }

  /// Runs the statement to its end (it must return no rows) and resets it.
  func run() throws {
    let code = sqlite3_step(handle)
    guard code == SQLITE_DONE else {
      let message = connection.map { String(cString: sqlite3_errmsg($0)) }
      sqlite3_reset(handle)
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
    sqlite3_reset(handle)
  }

  /// The rows the last ``run()`` changed.
  var changes: Int { Int(sqlite3_changes(connection)) }

  /// The rowid of the last insert on this connection.
  var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(connection) }
}
